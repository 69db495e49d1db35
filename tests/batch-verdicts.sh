#!/bin/sh
# convert -d settles a page's validity from the tree it writes the JATS from
# (jfy_doc_jats_checked) when that tree is plainly within the profile, and
# reads the written bytes back only otherwise. Its verdicts must be those of
# `jatsify validate` reading the same bytes: sidecar facts carrying what the
# serializer escapes (markup, a carriage return, "]]>"), what no XML
# document may hold (control characters, U+FFFE) in text and in attribute
# values, and what the profile refuses, each alone.
. "$(dirname "$0")/lib.sh"
if ! xsd_dir >/dev/null; then
    echo "Bail out! official JATS XSD not found: set JATSIFY_XSD_DIR or configure --with-jats-xsd"
    exit 1
fi
seed=$(ls "$top_srcdir"/seeds/*.txt | head -n 1)
mkdir -p "$TMP/in"
cp "$seed" "$TMP/in/p.txt"
n=0
while IFS='|' read -r name title issn idtype; do
    [ -n "$name" ] || continue
    n=$((n + 1))
    printf '{"journal": {"title": "%s", "id": {"%s": "Test J"}, "issn": {"print": "%s"}},\n "date": "2001-02-03", "files": {"p.txt": {"title": "A page"}}}\n' \
        "$title" "$idtype" "$issn" >"$TMP/in/$name.json"
    (cd "$TMP/in" && "$JATSIFY" convert -q -d "$TMP/out-$name" -j1 --schema "$(xsd_dir)" \
        --metadata "$name.json" p.txt) >/dev/null 2>&1
    batch=$?
    "$JATSIFY" validate -q --schema "$(xsd_dir)" --jats-version 1.4 --no-rules \
        "$TMP/out-$name/p.xml" >/dev/null 2>&1
    read_back=$?
    if [ "$batch" -eq "$read_back" ]; then ok "$name: batch verdict (exit $batch) is the written bytes' verdict"
    else not_ok "$name: batch exit $batch, validate of the written file exit $read_back"; fi
done <<'CASES'
plain|Test Journal|1234-5678|nlm-ta
markup|Tests & <Trials> \"quoted\" ]]> end|1234-5678|nlm-ta
carriage-return|Two\rlines|1234-5678|nlm-ta
control-in-text|Bell \u0007 journal|1234-5678|nlm-ta
nonchar-in-text|Odd \uFFFE journal|1234-5678|nlm-ta
control-in-attribute|Test Journal|1234-5678|nlm-ta\u0002
profile-refuses|Test Journal|12345678|nlm-ta
CASES
[ "$n" -eq 7 ] && ok "all $n sidecars tried" || not_ok "only $n sidecars tried"
done_testing
