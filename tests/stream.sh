#!/bin/sh
# jatsify stream: one NDJSON line out per document line in, in input order
# whatever -j is; bad lines (not JSON, too long, undecodable text, a broken
# inline sidecar) answered in their own line without stopping the stream;
# GNU parallel --pipe over several processes gives the bytes one process
# gives.
. "$(dirname "$0")/lib.sh"
seed=$(ls "$top_srcdir"/seeds/*.txt | head -n 1)
sidecar="$top_srcdir/seeds/jatsify.json"

# Twenty documents: the seed with its sidecar inline (valid), variations,
# and bad lines in between.
python3 - "$seed" "$sidecar" >"$TMP/in.ndjson" <<'EOF'
import json, sys
seed = open(sys.argv[1], encoding="utf-8").read()
meta = json.load(open(sys.argv[2]))
name = sys.argv[1].rsplit("/", 1)[1]
out = []
for i in range(20):
    if i == 3:
        out.append('{"id": "broken", "text": ')           # not JSON
    elif i == 7:
        out.append(json.dumps({"id": "nul", "text": "a\u0000b"}))
    elif i == 9:
        out.append(json.dumps({"id": "badmeta", "text": "x", "metadata": {"journal": 1}}))
    elif i == 11:
        out.append("")                                     # blank: skipped
    elif i == 13:
        out.append(json.dumps({"id": "huge", "text": "x" * 70000}))
    elif i == 0:
        out.append(json.dumps({"id": name, "text": seed, "metadata": meta}))
    else:
        out.append(json.dumps({"id": i, "text": seed + "\nVariation %d.\n" % i}))
print("\n".join(out))
EOF

"$JATSIFY" stream -j1 --max-line 65536 <"$TMP/in.ndjson" >"$TMP/j1.ndjson" 2>"$TMP/err"
rc=$?
[ $rc -eq 0 ] && ok "stream answers every line (exit 0)" || { not_ok "stream exit $rc"; diag <"$TMP/err"; }
"$JATSIFY" stream -j4 --max-line 65536 <"$TMP/in.ndjson" >"$TMP/j4.ndjson" 2>/dev/null
check "-j4 output byte-identical to -j1" cmp "$TMP/j1.ndjson" "$TMP/j4.ndjson"

cat >"$TMP/check.py" <<'EOF'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
assert lines[-1] == "", "output must end with a newline"
docs = [json.loads(l) for l in lines[:-1]]
what = sys.argv[2]
def rules(d): return [e["rule"] for e in d["errors"]]
if what == "count":
    assert len(docs) == 19, len(docs)
elif what == "order":
    ids = [d["id"] for d in docs]
    want = ["000_845b4803e13374fb.txt", 1, 2, None, 4, 5, 6, "nul", 8, "badmeta", 10, 12, None, 14, 15, 16, 17, 18, 19]
    assert ids == want, ids
elif what == "valid":
    d = docs[0]
    assert d["valid"] is True, d["errors"]
    assert d["jats"].startswith("<?xml") and "<article-title>From the editors</article-title>" in d["jats"]
    assert d["jsonld"]["@type"] == "ScholarlyArticle", d["jsonld"]
    assert d["errors"] == []
elif what == "variation":
    d = docs[1]
    assert "Variation 1." in d["jats"] and d["jsonld"]["@type"] == "ScholarlyArticle"
elif what == "malformed":
    d = docs[3]
    assert d["jats"] is None and d["valid"] is False and rules(d) == ["malformed-json"], d
    assert docs[4]["id"] == 4 and docs[4]["jats"], "the line after a malformed one is converted"
elif what == "huge":
    d = docs[12]
    assert d["jats"] is None and rules(d) == ["line-too-long"], d
    assert "65536" in d["errors"][0]["message"]
elif what == "nul":
    d = docs[7]
    assert d["jats"] is None and rules(d) == ["decode"] and d["errors"][0]["line"] == 1, d
elif what == "badmeta":
    d = docs[9]
    assert d["jats"] is None and rules(d) == ["bad-metadata"] and "journal" in d["errors"][0]["message"], d
elif what == "invalid":
    d = docs[2]
    assert d["valid"] is False and "missing-issn" in rules(d), rules(d)
EOF
for w in count order valid variation malformed huge nul badmeta invalid; do
    check "stream contract: $w" python3 "$TMP/check.py" "$TMP/j1.ndjson" $w
done

# The default line limit (16 MiB) holds: a 17 MiB line is refused, the next
# one still answered.
python3 -c 'import json; print(json.dumps({"id": "big", "text": "x" * (17 << 20)})); print(json.dumps({"id": "after", "text": "Hello."}))' >"$TMP/big.ndjson"
"$JATSIFY" stream --no-validate <"$TMP/big.ndjson" >"$TMP/big.out" 2>"$TMP/err"
python3 -c '
import json, sys
d = [json.loads(l) for l in open(sys.argv[1])]
assert len(d) == 2 and d[0]["errors"][0]["rule"] == "line-too-long" and "16777216" in d[0]["errors"][0]["message"], d[0]
assert d[1]["id"] == "after" and d[1]["jats"]' "$TMP/big.out" && ok "a line over 16 MiB refused by default, the next one answered" || { not_ok "default line limit"; diag <"$TMP/err"; }
printf '{"id": 1, "text": "no newline at the end"}' | "$JATSIFY" stream --no-validate >"$TMP/last.out" 2>/dev/null
[ "$(wc -l <"$TMP/last.out")" -eq 1 ] && ok "a last line without newline answered" || not_ok "last line without newline"

expect_usage() { "$@" >/dev/null 2>&1; [ $? -eq 2 ] && ok "usage error: $*" || not_ok "not a usage error: $*"; }
expect_usage "$JATSIFY" stream --max-line 0
expect_usage "$JATSIFY" stream somefile

# GNU parallel --pipe: three lines per process, four at a time, outputs
# concatenated in order (-k); the result equals the single process's.
if ! command -v parallel >/dev/null 2>&1; then
    not_ok "GNU parallel not installed (it is in .ci/packages)"
elif ! parallel --version 2>/dev/null | grep -q 'GNU parallel'; then
    not_ok "'parallel' is not GNU parallel (moreutils?); install GNU parallel"
else
    HOME=$TMP parallel --will-cite --pipe -N3 -j4 -k --joblog "$TMP/joblog" \
        "$JATSIFY" stream -j1 --max-line 65536 <"$TMP/in.ndjson" >"$TMP/par.ndjson" 2>"$TMP/err"
    check "parallel --pipe merged output equals one process" cmp "$TMP/j1.ndjson" "$TMP/par.ndjson"
    jobs=$(($(wc -l <"$TMP/joblog") - 1))
    [ "$jobs" -ge 6 ] && ok "the input was spread over $jobs processes" || { not_ok "only $jobs parallel jobs"; diag <"$TMP/joblog"; }
fi
done_testing
