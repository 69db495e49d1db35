#!/bin/sh
# convert -d --report json|junit: one entry per input page, counts equal to
# the summary line, a page that fails to convert and an invalid one shown
# as failures with FILE:LINE, an up-to-date page as skipped.
. "$(dirname "$0")/lib.sh"
seed=$(ls "$top_srcdir"/seeds/*.txt | head -n 1)
command -v python3 >/dev/null || { echo "1..0 # SKIP python3 not found"; exit 0; }

in=$TMP/in
mkdir -p "$in/a" "$in/b"
for p in a/one.txt a/two.txt; do cp "$seed" "$in/$p"; done
# A page cut from an article's middle: no line of it is a title's.
printf 'and the trial went on as planned, with no change to the protocol or the\nnumber of patients enrolled at each site.\n' >"$in/b/three.txt"
# A sidecar making every page but b/three.txt valid (that one has no title).
printf '{"journal": {"title": "Test Journal", "id": {"nlm-ta": "Test J"}, "issn": {"print": "1234-5678"}},
 "date": "2001-02-03", "files": {"a/one.txt": {"title": "One"}, "a/two.txt": {"title": "Two"}}}\n' >"$in/jatsify.json"
printf 'line one\nline\000two\n' >"$in/a/bad.txt"
touch -d '2020-01-01 00:00:00' "$in"/a/* "$in"/b/* "$in/jatsify.json"

# check_reports DESCRIPTION JSON JUNIT ERR: both parse, agree with the summary line.
check_reports() {
    python3 - "$2" "$3" "$4" >"$TMP/py.out" 2>&1 <<'PY'
import json, re, sys
import xml.etree.ElementTree as ET
jpath, xpath, errpath = sys.argv[1:4]
line = [l for l in open(errpath) if re.match(r"jatsify: \d+ converted", l)][-1]
conv, inv, fail, skip = map(int, re.findall(r"(\d+) (?:converted|invalid|failed|skipped)", line))
j = json.load(open(jpath))
s = j["summary"]
assert (s["converted"], s["invalid"], s["failed"], s["skipped"]) == (conv, inv, fail, skip), (s, line)
files = j["files"]
assert s["files"] == len(files) == conv + inv + fail + skip, (s, len(files))
by = {f["status"]: 0 for f in files}
for f in files:
    by[f["status"]] = by.get(f["status"], 0) + 1
assert by.get("converted", 0) == conv and by.get("invalid", 0) == inv, by
assert by.get("failed", 0) == fail and by.get("skipped", 0) == skip, by
assert sum(f["errors"] for f in files) == s["errors"]
root = ET.parse(xpath).getroot()
suite = root.find("testsuite")
cases = suite.findall("testcase")
assert len(cases) == int(suite.get("tests")) == len(files), (len(cases), suite.get("tests"))
nfail = sum(1 for c in cases if c.find("failure") is not None)
nerr = sum(1 for c in cases if c.find("error") is not None)
nskip = sum(1 for c in cases if c.find("skipped") is not None)
assert nfail == int(suite.get("failures")) and nerr == int(suite.get("errors")), (nfail, nerr)
assert nfail + nerr == inv + fail and nskip == skip == int(suite.get("skipped")), (nfail, nerr, nskip)
assert [c.get("name") for c in cases] == [f["file"] for f in files]
print("ok", len(cases))
PY
    if [ $? -eq 0 ]; then ok "$1"; else not_ok "$1"; diag <"$TMP/py.out"; fi
}

"$JATSIFY" convert -d "$TMP/out" -j2 --report json:"$TMP/r.json" -r junit:"$TMP/r/junit.xml" "$in" >"$TMP/stdout" 2>"$TMP/err"
rc=$?
[ "$rc" -eq 1 ] && ok "a batch with a bad page and an invalid one (exit 1)" || { not_ok "exit $rc, wanted 1"; diag <"$TMP/err"; }
check "json report written" test -s "$TMP/r.json"
check "junit report written (its folder created)" test -s "$TMP/r/junit.xml"
check "nothing on stdout when reports go to files" test ! -s "$TMP/stdout"
grep -q "jatsify: 2 converted, 1 invalid, 1 failed, 0 skipped" "$TMP/err" && ok "summary: 2 converted, 1 invalid, 1 failed" || { not_ok "summary"; diag <"$TMP/err"; }
check_reports "json and junit parse; one entry per page; counts equal the summary" "$TMP/r.json" "$TMP/r/junit.xml" "$TMP/err"

# The pages themselves, read back.
python3 - "$TMP/r.json" "$TMP/r/junit.xml" "$in" "$TMP/out" >"$TMP/py.out" 2>&1 <<'PY'
import json, sys
import xml.etree.ElementTree as ET
j = json.load(open(sys.argv[1])); inp, out = sys.argv[3], sys.argv[4]
f = {x["file"]: x for x in j["files"]}
bad = f[inp + "/a/bad.txt"]
assert bad["status"] == "failed" and "output" not in bad, bad
p = bad["problems"][0]
assert p["line"] == 2 and p["level"] == "error" and "NUL byte" in p["message"], p
three = f[inp + "/b/three.txt"]
assert three["status"] == "invalid" and three["output"] == out + "/b/three.xml", three
assert any(p["rule"] == "missing-title" for p in three["problems"]), three
one = f[inp + "/a/one.txt"]
assert one["status"] == "converted" and one["errors"] == 0, one
cases = {c.get("name"): c for c in ET.parse(sys.argv[2]).getroot().iter("testcase")}
fl = cases[inp + "/a/bad.txt"].find("failure")
assert fl is not None and fl.get("type") == "failed", ET.tostring(cases[inp + "/a/bad.txt"])
assert (inp + "/a/bad.txt:2:1: error: NUL byte") in fl.text, fl.text
fl = cases[inp + "/b/three.txt"].find("failure")
assert fl is not None and fl.get("type") == "invalid" and "[missing-title]" in fl.text, fl.text
assert cases[inp + "/a/one.txt"].find("failure") is None
print("ok")
PY
if [ $? -eq 0 ]; then ok "the bad page is a failure with FILE:LINE, the untitled page invalid, the others pass"; else not_ok "per-page entries"; diag <"$TMP/py.out"; fi

# A schema error points at the written XML, not at the input.
if xsd_dir >/dev/null; then
    mkdir -p "$TMP/in3/a"
    cp "$seed" "$TMP/in3/a/one.txt"
    printf '{"files": {"a/one.txt": {"title": "One"}}}\n' >"$TMP/nojournal.json"
    JATSIFY_XSD_DIR=$(xsd_dir) "$JATSIFY" convert -q -d "$TMP/out3" --metadata "$TMP/nojournal.json" -r json:"$TMP/r3.json" "$TMP/in3" 2>/dev/null
    python3 -c '
import json, sys
f = json.load(open(sys.argv[1]))["files"][0]
s = [p for p in f["problems"] if p["rule"] == "schema"]
assert s and all(p["file"].endswith("/a/one.xml") and p["line"] > 0 for p in s), f
' "$TMP/r3.json" >"$TMP/py.out" 2>&1 && ok "schema errors carry the output XML as their file" || { not_ok "schema error file"; diag <"$TMP/py.out"; }
else
    ok "# SKIP no official XSD: schema errors not checked"
fi

# Rerun: the pages written (valid or not) are up to date and skipped, the
# bad page is tried again; the reports say so.
"$JATSIFY" convert -d "$TMP/out" --report json:"$TMP/r2.json" --report junit:"$TMP/r2.xml" "$in" >/dev/null 2>"$TMP/err2"
grep -q "jatsify: 0 converted, 0 invalid, 1 failed, 3 skipped" "$TMP/err2" && ok "rerun: written pages skipped" || { not_ok "rerun summary"; diag <"$TMP/err2"; }
check_reports "rerun: skipped pages are <skipped/> and \"skipped\", counts equal the summary" "$TMP/r2.json" "$TMP/r2.xml" "$TMP/err2"

# json on stdout when no FILE is given: the report alone.
"$JATSIFY" convert -q -d "$TMP/out" -r json "$in" >"$TMP/stdout.json" 2>/dev/null
python3 -c 'import json,sys; assert json.load(open(sys.argv[1]))["summary"]["files"] == 4' "$TMP/stdout.json" >"$TMP/py.out" 2>&1 \
    && ok "--report json without FILE: the report alone on stdout" || { not_ok "json on stdout"; diag <"$TMP/py.out"; }

"$JATSIFY" convert -d "$TMP/o" -r xml:"$TMP/x" "$in" >/dev/null 2>&1; rc=$?
[ "$rc" -eq 2 ] && ok "an unknown report format is a usage error (exit 2)" || not_ok "unknown format: exit $rc"
"$JATSIFY" convert -r json "$in/a/one.txt" >/dev/null 2>&1; rc=$?
[ "$rc" -eq 2 ] && ok "--report without -d is a usage error (exit 2)" || not_ok "--report without -d: exit $rc"
done_testing
