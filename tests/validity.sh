#!/bin/sh
# Every JATS the tool writes for the seeds and the recognizer cases is valid
# against the official JATS 1.4 Publishing XSD, checked by xmllint, not by
# jatsify itself, and jatsify's own validator agrees.
. "$(dirname "$0")/lib.sh"
if ! xsd_dir >/dev/null; then
    echo "Bail out! official JATS XSD not found: set JATSIFY_XSD_DIR or configure --with-jats-xsd"
    exit 1
fi
xsd=$(xsd_14)
# One xmllint call for all of them: it compiles the schema once (seconds,
# most of it MathML) and says per file whether it validates.
mkdir -p "$TMP/valid"
files=""
for in in "$top_srcdir"/seeds/*.txt "$top_srcdir"/tests/cases/*/*.txt; do
    [ -f "$in" ] || continue
    b=$(basename "$(dirname "$in")")-$(basename "$in" .txt)
    "$JATSIFY" convert -q --no-validate "$in" -o "$TMP/valid/$b.xml" 2>/dev/null
    files="$files $TMP/valid/$b.xml"
done
# shellcheck disable=SC2086
xmllint --noout --nonet --schema "$xsd" $files >"$TMP/xmllint.out" 2>&1
for f in $files; do
    b=$(basename "$f" .xml)
    if grep -qxF "$f validates" "$TMP/xmllint.out"; then
        ok "$b: valid JATS 1.4 (xmllint)"
    else
        not_ok "$b: valid JATS 1.4 (xmllint)"
        grep -F "$f" "$TMP/xmllint.out" | diag
    fi
done
# jatsify's verdict matches: a valid page converts with exit 0 when the
# schema is given, and a broken sidecar-less page is reported invalid.
seed=$(ls "$top_srcdir"/seeds/*.txt | head -n 1)
check "convert validates the seed against the official XSD (exit 0)" \
    "$JATSIFY" convert -q --schema "$(xsd_dir)" "$seed" -o "$TMP/v.xml"
printf 'Just a line of text.\n' >"$TMP/nometa.txt"
"$JATSIFY" convert -q --schema "$(xsd_dir)" "$TMP/nometa.txt" -o "$TMP/nometa.xml" 2>"$TMP/err"
rc=$?
if [ $rc -eq 1 ] && grep -q 'issn' "$TMP/err"; then ok "a page without sidecar is written, reported invalid (exit 1), naming the ISSN"; else not_ok "no-sidecar page: exit $rc"; diag <"$TMP/err"; fi
done_testing
