#!/bin/sh
# `jatsify validate --report`: every format parsed by a reader that does not
# trust jatsify (python's json and xml, xmllint), counts checked against
# the files given, FORMAT:FILE written there with the text still on stdout.
. "$(dirname "$0")/lib.sh"
R="$top_srcdir/tests/validate/rules"
xsd_dir >/dev/null && schema="--schema $(xsd_dir)" || schema="--schema profile"
cp "$R"/issn-check.*.xml "$R"/contrib-type.*.xml "$R"/rid-target.bad.xml "$TMP/"
printf '<article><unclosed></article>\n' >"$TMP/broken.xml"
set -- "$TMP/contrib-type.bad.xml" "$TMP/contrib-type.good.xml" "$TMP/issn-check.bad.xml" \
    "$TMP/issn-check.good.xml" "$TMP/rid-target.bad.xml" "$TMP/broken.xml" "$TMP/missing.xml"
# 7 files: 3 valid (one with a warning), 3 invalid, 1 unreadable.

"$JATSIFY" validate $schema --report json:"$TMP/r.json" --report junit:"$TMP/r.junit.xml" \
    --report html:"$TMP/r.html" --report github:"$TMP/r.github" "$@" >"$TMP/stdout" 2>"$TMP/stderr"
rc=$?
[ $rc -eq 3 ] && ok "an unreadable file among them: exit 3" || not_ok "exit $rc, wanted 3"
grep -q '^jatsify validate: 7 files: 3 valid, 3 invalid, 1 unreadable' "$TMP/stdout" && ok "the text report still goes to stdout" || { not_ok "stdout text"; diag <"$TMP/stdout"; }
for f in r.json r.junit.xml r.html r.github; do [ -s "$TMP/$f" ] && ok "$f written" || not_ok "$f missing"; done
ls "$TMP" | grep -q 'tmp' && not_ok "temporary files left" || ok "no temporary files left beside the reports"

python3 - "$TMP/r.json" <<'PY' && ok "json: parses; one object per file with problems; counts add up" || not_ok "json report"
import json, sys
r = json.load(open(sys.argv[1]))
s = r["summary"]
assert (s["files"], s["valid"], s["invalid"], s["unreadable"]) == (7, 3, 3, 1), s
files = {f["file"].rsplit("/", 1)[1]: f for f in r["files"]}
assert set(files) == {"contrib-type.bad.xml", "issn-check.bad.xml", "rid-target.bad.xml", "broken.xml", "missing.xml"}, set(files)
assert files["missing.xml"]["status"] == "unreadable"
assert files["contrib-type.bad.xml"]["status"] == "valid" and files["contrib-type.bad.xml"]["warnings"] == 1
assert files["issn-check.bad.xml"]["status"] == "invalid"
p = files["rid-target.bad.xml"]["problems"][0]
assert (p["line"], p["column"], p["level"], p["rule"]) == (47, 42, "error", "rid-target"), p
assert sum(f["errors"] for f in r["files"]) == s["errors"]
assert files["broken.xml"]["problems"][0]["rule"] == "not-well-formed"
PY

xmllint --noout "$TMP/r.junit.xml" 2>"$TMP/err" && ok "junit: well-formed XML (xmllint)" || { not_ok "junit not well-formed"; diag <"$TMP/err"; }
python3 - "$TMP/r.junit.xml" <<'PY' && ok "junit: one testcase per file, failures and errors counted" || not_ok "junit report"
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
assert len(suites) == 1
s = suites[0]
cases = s.findall("testcase")
assert int(s.get("tests")) == len(cases) == 7, (s.get("tests"), len(cases))
fail = [c for c in cases if c.find("failure") is not None]
err = [c for c in cases if c.find("error") is not None]
assert int(s.get("failures")) == len(fail) == 3
assert int(s.get("errors")) == len(err) == 1
names = sorted(c.get("name").rsplit("/", 1)[1] for c in fail)
assert names == ["broken.xml", "issn-check.bad.xml", "rid-target.bad.xml"], names
assert "rid-target.bad.xml:47:42: error: rid 'r2'" in [c for c in fail if "rid-target" in c.get("name")][0].find("failure").text
PY

n=$(grep -c '^::' "$TMP/r.github")
bad=$(grep '^::' "$TMP/r.github" | grep -Evc '^::(error|warning|notice) file=[^,:]+(,line=[0-9]+,col=[0-9]+)?,title=[a-z-]+::.+$')
[ "$n" -ge 6 ] && [ "$bad" -eq 0 ] && ok "github: $n well-formed workflow annotations" || { not_ok "github annotations ($n, $bad malformed)"; diag <"$TMP/r.github"; }
grep -q "^::error file=$TMP/rid-target.bad.xml,line=47,col=42,title=rid-target::rid 'r2' names no id in the document$" "$TMP/r.github" && ok "github: file, line, col and message" || { not_ok "github rid line"; diag <"$TMP/r.github"; }
grep -q "^::warning file=$TMP/contrib-type.bad.xml,line=20,col=9,title=contrib-type::" "$TMP/r.github" && ok "github: a warning is ::warning" || not_ok "github warning"
printf '<article><p>a%%b, c: d\n' >"$TMP/esc.xml"
"$JATSIFY" validate $schema --report github "$TMP/esc.xml" >"$TMP/esc.out" 2>&1
grep -q '^::error file=.*esc.xml,line=2,col=[0-9]*,title=not-well-formed::.*' "$TMP/esc.out" && ! grep -q 'a%b' "$TMP/esc.out" && ok "github: one line per annotation, percent-escaped" || { not_ok "github escaping"; diag <"$TMP/esc.out"; }

xmllint --html --noout "$TMP/r.html" 2>"$TMP/err" && [ ! -s "$TMP/err" ] && ok "html: parses cleanly" || { not_ok "html parse"; diag <"$TMP/err"; }
grep -q '7 files: 3 valid, 3 invalid, 1 unreadable' "$TMP/r.html" && ok "html: summary first" || not_ok "html summary"
grep -q '&lt;xref ref-type="bibr" rid="r2"&gt;' "$TMP/r.html" && ok "html: a problem shown with its source line, escaped" || not_ok "html context"
grep -Eiq '<(link|script|img|iframe)|src=|url\(' "$TMP/r.html" && not_ok "html loads something" || ok "html: self-contained (no link, script, image or url())"

"$JATSIFY" validate $schema --report json "$TMP/issn-check.good.xml" >"$TMP/only.json" 2>&1
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert r["files"]==[] and r["summary"]["valid"]==1' "$TMP/only.json" && ok "json on stdout alone (no text mixed in); a clean file has no object" || { not_ok "json stdout"; diag <"$TMP/only.json"; }
"$JATSIFY" validate $schema --report junit:"$TMP/sub/dir/j.xml" "$TMP/issn-check.good.xml" >/dev/null 2>&1 && [ -s "$TMP/sub/dir/j.xml" ] && ok "report folders are created" || not_ok "report into new folder"
"$JATSIFY" validate $schema --report json: "$TMP/issn-check.good.xml" >/dev/null 2>&1; [ $? -eq 2 ] && ok "FORMAT: without a file is a usage error" || not_ok "json: accepted"
done_testing
