#!/bin/sh
# `jatsify validate`: verdicts identical to xmllint's on real published
# JATS, schema fixtures with their exact FILE:LINE:COL messages, exit
# codes, folder walks, -j not changing the output, declared versions,
# DOCTYPEs and external entities never resolved (no network), a 50 MB file.
# Files are batched into few calls: the schema compiles once per process.
. "$(dirname "$0")/lib.sh"
if ! xsd_dir >/dev/null; then
    echo "Bail out! official JATS XSD not found: set JATSIFY_XSD_DIR or configure --with-jats-xsd"
    exit 1
fi
XSD=$(xsd_dir)
V="$top_srcdir/tests/validate"

expect_rc() { # DESCRIPTION WANTED_RC COMMAND...
    local d=$1 want=$2; shift 2
    "$@" >"$TMP/out" 2>"$TMP/err"; local rc=$?
    if [ "$rc" -eq "$want" ]; then ok "$d (exit $want)"; else not_ok "$d: exit $rc, wanted $want"; diag <"$TMP/err"; head -n 20 "$TMP/out" | diag; fi
}
has() { # DESCRIPTION FILE FIXED-STRING
    if grep -qF -- "$3" "$2"; then ok "$1"; else not_ok "$1"; echo "wanted: $3" | diag; head -n 20 "$2" | diag; fi
}
hasnt() { # DESCRIPTION FILE FIXED-STRING
    if grep -qF -- "$3" "$2"; then not_ok "$1"; grep -F -- "$3" "$2" | head -n 5 | diag; else ok "$1"; fi
}

# --- Real published JATS: the same verdict as xmllint with the same schema.
corpus=$(shared_dir)/corpus/src
if [ -d "$corpus" ]; then
    (cd "$corpus" && xmllint --noout --nonet --schema "$XSD/jats-1.4-publishing-mathml3/JATS-journalpublishing1-4-mathml3.xsd" *.xml) >"$TMP/xmllint.raw" 2>&1
    sed -n 's/^\(.*\.xml\) validates$/\1 valid/p; s/^\(.*\.xml\) fails to validate$/\1 invalid/p' "$TMP/xmllint.raw" | sort >"$TMP/xmllint.verdicts"
    (cd "$corpus" && "$JATSIFY" validate --schema "$XSD" --jats-version 1.4 --no-rules --report json *.xml) >"$TMP/corpus.json" 2>"$TMP/err"
    python3 - "$TMP/corpus.json" "$corpus" >"$TMP/jatsify.verdicts" <<'EOF'
import json, os, sys
r = json.load(open(sys.argv[1]))
bad = {f["file"]: f["status"] for f in r["files"]}
for name in sorted(os.listdir(sys.argv[2])):
    if name.endswith(".xml"):
        print(name, "invalid" if bad.get(name) == "invalid" else "valid")
EOF
    n=$(wc -l <"$TMP/xmllint.verdicts")
    [ "$n" -gt 0 ] && [ "$n" -eq "$(ls "$corpus"/*.xml | wc -l)" ] && ok "xmllint gave a verdict for each of the $n corpus files" || not_ok "xmllint verdicts: $n"
    while read -r name verdict; do
        mine=$(grep "^$name " "$TMP/jatsify.verdicts" | cut -d' ' -f2)
        [ "$mine" = "$verdict" ] && ok "corpus $name: $verdict, as xmllint says" || not_ok "corpus $name: jatsify says '$mine', xmllint '$verdict'"
    done <"$TMP/xmllint.verdicts"
    grep -q ' invalid$' "$TMP/xmllint.verdicts" && grep -q ' valid$' "$TMP/xmllint.verdicts" && ok "the corpus has both valid and invalid files" || not_ok "corpus not mixed"
    # The messages too, line by line: in a run with MathML files (the full
    # schema, compiled anyway, checks the files without MathML too) and in a
    # run of files without MathML (the MathML-stubbed schema checks them).
    sed -n 's/^\([^:]*\.xml\):\([0-9]*\): element [^:]*: Schemas validity error : \(.*\)$/\1:\2: \3/p' "$TMP/xmllint.raw" | sort >"$TMP/xmllint.msgs"
    nomath=$(cd "$corpus" && grep -L '<mml:math' $(awk '$2 == "invalid" {print $1}' "$TMP/xmllint.verdicts"))
    grep -q mml:math "$corpus"/*.xml && [ -n "$nomath" ] || echo "Bail out! the corpus lacks MathML or invalid files without it"
    schema_msgs() { sed -n 's/^\([^:]*\.xml\):\([0-9]*\):[0-9]*: error: \(.*\) \[schema\]$/\1:\2: \3/p' | sort; }
    (cd "$corpus" && "$JATSIFY" validate --schema "$XSD" --jats-version 1.4 --no-rules *.xml) | schema_msgs >"$TMP/all.msgs"
    (cd "$corpus" && "$JATSIFY" validate --schema "$XSD" --jats-version 1.4 --no-rules $nomath) | schema_msgs >"$TMP/nomath.msgs"
    for f in $nomath; do grep "^$f:" "$TMP/xmllint.msgs"; done | sort >"$TMP/xmllint.nomath"
    [ -s "$TMP/xmllint.msgs" ] && cmp -s "$TMP/xmllint.msgs" "$TMP/all.msgs" &&
        ok "all $(wc -l <"$TMP/all.msgs") schema messages on the corpus are xmllint's (file, line, text)" ||
        { not_ok "schema messages differ from xmllint's"; diff "$TMP/xmllint.msgs" "$TMP/all.msgs" | head | diag; }
    [ -s "$TMP/xmllint.nomath" ] && cmp -s "$TMP/xmllint.nomath" "$TMP/nomath.msgs" &&
        ok "so are the $(wc -l <"$TMP/nomath.msgs") on its invalid files without MathML, checked alone (stubbed MathML)" ||
        { not_ok "stubbed-MathML messages differ from xmllint's"; diff "$TMP/xmllint.nomath" "$TMP/nomath.msgs" | head | diag; }
    # -j does not change a byte of the report (rules on, text format).
    (cd "$corpus" && "$JATSIFY" validate --schema "$XSD" -j 1 *.xml) >"$TMP/j1" 2>&1
    (cd "$corpus" && "$JATSIFY" validate --schema "$XSD" -j 4 . ) 2>&1 | sed 's#^\./##' >"$TMP/j4"
    cmp -s "$TMP/j1" "$TMP/j4" && ok "-j 1 on files and -j 4 on the folder give the same report" || { not_ok "-j changes the output"; diff "$TMP/j1" "$TMP/j4" | head | diag; }
else
    ok "# SKIP corpus not found"
fi

# --- Schema fixtures: NAME.xml with NAME.expected holding its exact lines.
(cd "$V/schema" && "$JATSIFY" validate --schema "$XSD" --no-rules *.xml) >"$TMP/fixtures.out" 2>&1
for exp in "$V"/schema/*.expected; do
    while IFS= read -r line; do
        has "schema fixture $(basename "$exp" .expected): $line" "$TMP/fixtures.out" "$line"
    done <"$exp"
done
for x in "$V"/schema/*.xml; do
    b=$(basename "$x")
    if [ -f "${x%.xml}.expected" ]; then
        grep -q "^$b:" "$TMP/fixtures.out" && ok "$b reported" || not_ok "$b not reported"
    else
        hasnt "$b has no problem" "$TMP/fixtures.out" "$b:"
    fi
done
has "summary line counts the fixtures" "$TMP/fixtures.out" "jatsify validate: 6 files: 1 valid, 5 invalid (5 errors, 0 warnings); schema: official JATS Journal Publishing 1.4 XSD"

# --- Exit codes.
expect_rc "a valid file" 0 "$JATSIFY" validate --schema "$XSD" "$V/valid.xml"
expect_rc "an invalid file" 1 "$JATSIFY" validate --schema "$XSD" --no-rules "$V/schema/unknown-element.xml"
expect_rc "a file that is not well-formed" 1 "$JATSIFY" validate --schema "$XSD" "$V/schema/not-well-formed.xml"
expect_rc "a missing file" 3 "$JATSIFY" validate --schema "$XSD" "$V/valid.xml" "$TMP/nope.xml"
has "the missing file is named" "$TMP/out" "$TMP/nope.xml: error: cannot read: No such file or directory [unreadable]"
expect_rc "unreadable wins over invalid" 3 "$JATSIFY" validate --schema "$XSD" "$V/schema/unknown-element.xml" "$TMP/nope.xml"
expect_rc "no file given" 2 "$JATSIFY" validate
expect_rc "unknown report format" 2 "$JATSIFY" validate --report pdf "$V/valid.xml"
expect_rc "bad -j" 2 "$JATSIFY" validate -j 0 "$V/valid.xml"
expect_rc "unknown JATS version" 2 "$JATSIFY" validate --jats-version 1.2 "$V/valid.xml"
expect_rc "--schema folder without the XSD" 2 "$JATSIFY" validate --schema "$TMP" "$V/valid.xml"
expect_rc "unknown option" 2 "$JATSIFY" validate --frobnicate "$V/valid.xml"
expect_rc "--help" 0 "$JATSIFY" validate --help
has "--help shows the usage on stdout" "$TMP/out" "Usage: jatsify validate"

# --- Folder walk: *.xml at any depth, hidden folders and other files skipped.
mkdir -p "$TMP/tree/a/b" "$TMP/tree/.git" "$TMP/tree/c"
cp "$V/valid.xml" "$TMP/tree/one.xml"
cp "$V/valid.xml" "$TMP/tree/a/b/two.xml"
cp "$V/schema/unknown-element.xml" "$TMP/tree/c/three.xml"
cp "$V/schema/unknown-element.xml" "$TMP/tree/.git/hidden.xml"
echo "not xml" >"$TMP/tree/a/notes.txt"
expect_rc "a folder with one invalid file" 1 "$JATSIFY" validate --schema "$XSD" --no-rules "$TMP/tree"
has "the folder walk finds 3 files" "$TMP/out" "jatsify validate: 3 files: 2 valid, 1 invalid"
has "the invalid file in a subfolder is reported" "$TMP/out" "$TMP/tree/c/three.xml:38:25: error: Element 'colour'"
hasnt "hidden folders are skipped" "$TMP/out" "hidden.xml"

# --- Declared versions: dtd-version 1.3 is checked against 1.3 when installed;
# another tag set (Archiving, from the DOCTYPE) is said.
sed 's/dtd-version="1.4"/dtd-version="1.3"/' "$V/valid.xml" >"$TMP/v13.xml"
if [ -f "$XSD/jats-1.3-publishing-mathml3/JATS-journalpublishing1-3-mathml3.xsd" ]; then
    expect_rc "a JATS 1.3 document is valid against 1.3" 0 "$JATSIFY" validate --schema "$XSD" "$TMP/v13.xml"
    has "the summary names the 1.3 schema" "$TMP/out" "official JATS Journal Publishing 1.3 XSD"
fi
expect_rc "--jats-version 1.4 forces 1.4" 0 "$JATSIFY" validate --schema "$XSD" --jats-version 1.4 "$TMP/v13.xml"
has "a version mismatch is a warning" "$TMP/out" "v13.xml:2:1: warning: the document declares JATS 1.3 (dtd-version); it was checked against JATS Journal Publishing 1.4 (official XSD) [declared-version]"
expect_rc "--strict: the version warning fails the file" 1 "$JATSIFY" validate --schema "$XSD" --strict --jats-version 1.4 "$TMP/v13.xml"
{ sed -n 1p "$V/valid.xml"; echo '<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.2 20190208//EN" "JATS-archivearticle1.dtd">'; sed 1d "$V/valid.xml" | sed 's/ dtd-version="1.4"//'; } >"$TMP/archiving.xml"
expect_rc "an Archiving document valid as Publishing" 0 "$JATSIFY" validate --schema "$XSD" "$TMP/archiving.xml"
has "the Archiving tag set is said" "$TMP/out" "archiving.xml:2:1: warning: the document declares Journal Archiving and Interchange 1.2; it was checked against JATS Journal Publishing 1.4 (official XSD) [declared-version]"

# --- DOCTYPE with a DTD and external entities on a local web server, and a
# local external entity: nothing is fetched, nothing is read, nothing expanded.
cat >"$TMP/server.py" <<'EOF'
import http.server, sys, threading
class H(http.server.SimpleHTTPRequestHandler):
    def log_message(self, fmt, *args):
        with open(sys.argv[2], "a") as f: f.write(self.path + "\n")
s = http.server.HTTPServer(("127.0.0.1", 0), lambda *a: H(*a, directory=sys.argv[3]))
open(sys.argv[1], "w").write(str(s.server_address[1]))
s.serve_forever()
EOF
mkdir -p "$TMP/www"
echo '<!ENTITY dtdent "<bogus-from-dtd/>">' >"$TMP/www/ext.dtd"
echo '<bogus-from-web/>' >"$TMP/www/ent.xml"
echo '<bogus-from-file/>' >"$TMP/ent-local.xml"
python3 "$TMP/server.py" "$TMP/port" "$TMP/hits" "$TMP/www" 2>/dev/null &
server=$!
i=0; while [ ! -s "$TMP/port" ] && [ $i -lt 100 ]; do sleep 0.2; i=$((i + 1)); done
port=$(cat "$TMP/port" 2>/dev/null)
if [ -n "$port" ] && python3 -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$port/ext.dtd').read()" 2>/dev/null && grep -q ext.dtd "$TMP/hits"; then
    ok "the local web server answers and logs (so the next test can fail)"
    : >"$TMP/hits"
    { sed -n 1p "$V/valid.xml"
      echo "<!DOCTYPE article SYSTEM \"http://127.0.0.1:$port/ext.dtd\" ["
      echo "  <!ENTITY web SYSTEM \"http://127.0.0.1:$port/ent.xml\">"
      echo "  <!ENTITY local SYSTEM \"$TMP/ent-local.xml\">"
      echo "  <!ENTITY co \"Test <italic>Press</italic>\">"
      echo "]>"
      sed 1d "$V/valid.xml" | sed 's#<p>Text citing#<p>\&web; \&local; \&dtdent; \&co; citing#'; } >"$TMP/entities.xml"
    expect_rc "a document with external entities is checked" 0 "$JATSIFY" validate --schema "$XSD" "$TMP/entities.xml"
    [ ! -s "$TMP/hits" ] && ok "nothing was fetched from the network" || { not_ok "fetched:"; diag <"$TMP/hits"; }
    hasnt "no external entity was expanded" "$TMP/out" "bogus"
    has "the web entity is reported, not expanded" "$TMP/out" "entities.xml:52:5: warning: the entity '&web;' is external (jatsify never loads external entities), so its content is not checked [entity-not-expanded]"
    has "the local entity is reported, not expanded" "$TMP/out" "the entity '&local;' is external"
    has "the entity of the unread DTD is reported" "$TMP/out" "the entity '&dtdent;' is not declared in the document (jatsify never loads DTDs)"
    hasnt "the internal entity is expanded silently" "$TMP/out" "&co;"
    sed 's#<italic>Press</italic>#<colour>Press</colour>#' "$TMP/entities.xml" >"$TMP/entities2.xml"
    expect_rc "an internal entity's content is validated" 1 "$JATSIFY" validate --schema "$XSD" "$TMP/entities2.xml"
    has "its content is what fails" "$TMP/out" "Element 'colour'"
else
    not_ok "local web server did not start"
fi
kill "$server" 2>/dev/null
wait "$server" 2>/dev/null

# --- A 50 MB file: valid, then with an error past line 65535 (libxml2's
# 16-bit line limit) reported on its true line.
python3 - "$V/valid.xml" "$TMP/big.xml" "$TMP/bigbad.xml" <<'EOF'
import sys
src = open(sys.argv[1]).read()
head, tail = src.split("<body>\n", 1)
para = "    <p>" + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 8 + "</p>\n"
n = 50 * 1024 * 1024 // len(para) + 1
body = para * n
open(sys.argv[2], "w").write(head + "<body>\n" + body + tail)
k = n - 10
lines = body.split("\n")
lines[k] = "    <p><colour>x</colour></p>"
open(sys.argv[3], "w").write(head + "<body>\n" + "\n".join(lines) + tail)
print(head.count("\n") + 1 + k + 1, file=open(sys.argv[3] + ".line", "w"))
EOF
size=$(wc -c <"$TMP/big.xml")
[ "$size" -ge 52428800 ] && ok "the generated file is 50 MB ($size bytes)" || not_ok "big file only $size bytes"
expect_rc "the 50 MB file is valid" 0 "$JATSIFY" validate --schema "$XSD" "$TMP/big.xml"
expect_rc "the 50 MB file with one error" 1 "$JATSIFY" validate --schema "$XSD" --no-rules "$TMP/bigbad.xml"
line=$(cat "$TMP/bigbad.xml.line")
[ "$line" -gt 65535 ] && ok "the error is past line 65535 (line $line)" || not_ok "error line $line"
has "its true line and column are reported" "$TMP/out" "bigbad.xml:$line:8: error: Element 'colour': This element is not expected."

done_testing
