#!/bin/sh
# The real-article corpus (../shared/corpus/public): every input converts,
# every JATS is valid against the official XSD (checked by xmllint in one
# call), every JSON-LD is valid schema.org, and no field's score falls below
# its floor in tests/corpus.floor. The floors only ever rise: raise them
# when recognition improves, never lower them to make a change pass.
. "$(dirname "$0")/lib.sh"
shared=$(shared_dir) || { echo "Bail out! ../shared not found (set JATSIFY_SHARED_DIR)"; exit 1; }
corpus="$shared/corpus"
xsd_dir >/dev/null || { echo "Bail out! official JATS XSD not found"; exit 1; }
mkdir -p "$TMP/pred"
n=0; failed=""
for f in "$corpus"/public/*.txt; do
    b=$(basename "$f" .txt)
    id=${b%.*}
    "$JATSIFY" convert -q --no-validate --metadata "$corpus/public/$id.jatsify.json" "$f" \
        -o "$TMP/pred/$b.xml" 2>>"$TMP/convert.err"
    rc=$?
    # 0 and 1 both mean written; 1 flags facts the page lacks.
    [ $rc -le 1 ] && [ -s "$TMP/pred/$b.xml" ] || failed="$failed $b(exit $rc)"
    n=$((n + 1))
done
[ -z "$failed" ] && ok "all $n corpus inputs convert" || not_ok "conversion failed:$failed"

xmllint --noout --nonet --schema "$(xsd_14)" "$TMP/pred"/*.xml >"$TMP/xmllint.out" 2>&1
invalid=$(grep -c 'fails to validate' "$TMP/xmllint.out")
if [ "$invalid" -eq 0 ]; then ok "all corpus outputs valid JATS 1.4 (xmllint)"
else not_ok "$invalid corpus outputs invalid JATS 1.4"; grep -v 'validates$' "$TMP/xmllint.out" | head -n 30 | diag; fi

if python3 "$shared/tools/check_jsonld.py" "$TMP/pred"/*.jsonld >"$TMP/jsonld.out" 2>&1; then
    ok "all corpus JSON-LD valid schema.org"
else
    not_ok "corpus JSON-LD problems"; head -n 30 "$TMP/jsonld.out" | diag
fi

python3 "$corpus/score.py" "$TMP/pred" --corpus "$corpus" --split public --json "$TMP/score.json" >"$TMP/score.txt" 2>&1
python3 - "$TMP/score.json" "$top_srcdir/tests/corpus.floor" >"$TMP/floors" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
for line in open(sys.argv[2]):
    line = line.split("#")[0].split()
    if len(line) != 3:
        continue
    field, style, floor = line[0], line[1], float(line[2])
    got = s[style][field]["score"]
    verdict = "ok" if got + 1e-9 >= floor else "not ok"
    print(f"{verdict} - corpus {field} ({style}) {got:.3f} >= floor {floor:.3f}")
PY
while IFS= read -r line; do
    case "$line" in
        "ok - "*) ok "${line#ok - }" ;;
        "not ok - "*) not_ok "${line#not ok - }" ;;
    esac
done <"$TMP/floors"
tail -n 30 "$TMP/score.txt" | diag
done_testing
