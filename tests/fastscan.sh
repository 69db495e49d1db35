#!/bin/sh
# The scanner (src/jtree.c) reads plain XML into the tree the checks use
# without libxml2's tree. Whatever it accepts, libxml2 must parse without
# an error into the same tree, lines included (fastscan_check compares
# them node by node); whatever it is unsure of it leaves to libxml2. Over
# the published articles, jatsify's own output, and byte-level variants at
# the edges of plain XML (tests/xmlmutate.py). Then validate's verdicts and
# messages with the scanner must be those of libxml2's tree alone.
. "$(dirname "$0")/lib.sh"
CHECK="$top_builddir/tests/fastscan_check"
corpus=$(shared_dir)/corpus
mkdir -p "$TMP/in" "$TMP/mut"
cp "$top_srcdir"/tests/golden/*.xml "$top_srcdir"/tests/validate/*.xml "$TMP/in/"
for f in "$top_srcdir"/tests/validate/*/*.xml; do cp "$f" "$TMP/in/$(basename "$(dirname "$f")")-$(basename "$f")"; done
[ -d "$corpus/src" ] && cp "$corpus"/src/*.xml "$TMP/in/"
"$CHECK" "$TMP"/in/*.xml >"$TMP/plain"
[ $? -eq 0 ] && ok "the scanner's tree is libxml2's on $(grep -c '^scan ok' "$TMP/plain") plain documents" ||
    { not_ok "scanner trees differ"; grep -A2 'DIFF\|BAD' "$TMP/plain" | head -20 | diag; }
if [ -d "$corpus/src" ]; then
    n=$(ls "$corpus"/src/*.xml | wc -l)
    s=$(for f in "$corpus"/src/*.xml; do grep -x "scan ok $TMP/in/$(basename "$f")" "$TMP/plain"; done | wc -l)
    [ "$s" -eq "$n" ] && ok "every published article of the corpus is read by the scanner ($n)" ||
        { not_ok "the scanner gives way on published articles"; grep -v '^scan ok' "$TMP/plain" | diag; }
fi
seeds="$top_srcdir/tests/golden/*.xml $top_srcdir/tests/validate/valid.xml"
[ -d "$corpus/src" ] && seeds="$seeds $corpus/src/plos-pmed.0040303.xml $corpus/src/scielo-paz-62.xml $corpus/src/sigs-pmc4062634.xml"
python3 "$top_srcdir/tests/xmlmutate.py" "$TMP/mut" $seeds
"$CHECK" "$TMP"/mut/*.xml >"$TMP/mutants"
[ $? -eq 0 ] && ok "on $(ls "$TMP"/mut/*.xml | wc -l) byte-level variants: $(grep -c '^scan ok' "$TMP/mutants") read alike, $(grep -c '^libxml2 ok' "$TMP/mutants") left to libxml2, $(grep -c '^libxml2 bad' "$TMP/mutants") not well-formed" ||
    { not_ok "scanner trees differ on variants"; grep -A2 'DIFF\|BAD' "$TMP/mutants" | head -20 | diag; }
# Each kind of edge goes the way it must.
expect() { # VARIANT OUTCOME
    grep -q "^$2 .*/jatsify-valid--$1.xml$" "$TMP/mutants" 2>/dev/null ||
        grep -q "^$2 .*/valid--$1.xml$" "$TMP/mutants"
}
for v in entity-amp-text charref-dec comment comment-empty pi crlf-text crlf-in-tag tag-multiline \
    end-tag-space single-quotes amp-in-attr ns-declared-elem decl-none decl-standalone utf8-4byte \
    xml-space gt-in-text brackets-in-text; do
    expect "$v" "scan ok" && ok "scanner reads $v" || { not_ok "scanner reads $v"; grep -- "--$v.xml" "$TMP/mutants" | diag; }
done
for v in cdata lone-cr-text tab-in-attr nl-in-attr charref-in-attr ns-default \
    ns-undeclared-elem name-nonascii pi-xml-stylesheet decl-latin1 deep bom; do
    expect "$v" "libxml2 ok" && ok "scanner leaves $v to libxml2" || { not_ok "scanner leaves $v to libxml2"; grep -- "--$v.xml" "$TMP/mutants" | diag; }
done
if [ -d "$corpus/src" ]; then
    grep -q "^libxml2 ok .*/plos-pmed.0040303--entity-undeclared.xml$" "$TMP/mutants" &&
        ok "scanner leaves an entity the DTD would declare to libxml2" || not_ok "entity-undeclared under a DOCTYPE"
fi
for v in entity-undeclared amp-bare lt-bare cdata-end-in-text comment-double-hyphen charref-zero charref-surrogate \
    mismatched-end attr-dup ns-dup bad-utf8 overlong-utf8 utf8-fffe control-char nul truncated \
    text-after-root second-root pi-xml-inside decl-late; do
    expect "$v" "libxml2 bad" && ok "not well-formed and not scanned: $v" || { not_ok "not well-formed: $v"; grep -- "--$v.xml" "$TMP/mutants" | diag; }
done
# validate: the same report through the scanner as through libxml2's tree
# alone (JATSIFY_NO_SCAN=1 turns the scanner off).
if xsd_dir >/dev/null; then
    for opt in "" "--no-rules" "--report json"; do
        "$JATSIFY" validate --schema "$(xsd_dir)" --jats-version 1.4 $opt "$TMP/mut" "$TMP/in" >"$TMP/a" 2>&1; echo "rc $?" >>"$TMP/a"
        JATSIFY_NO_SCAN=1 "$JATSIFY" validate --schema "$(xsd_dir)" --jats-version 1.4 $opt "$TMP/mut" "$TMP/in" >"$TMP/b" 2>&1; echo "rc $?" >>"$TMP/b"
        cmp -s "$TMP/a" "$TMP/b" && ok "validate $opt: scanner and libxml2's tree report alike ($(wc -l <"$TMP/a") lines)" ||
            { not_ok "validate $opt differs with the scanner"; diff "$TMP/b" "$TMP/a" | head -20 | diag; }
    done
fi
done_testing
