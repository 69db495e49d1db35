#!/bin/sh
# The command line: exit codes, messages with file and line, where outputs
# go, atomic writes, untouched inputs, encodings.
. "$(dirname "$0")/lib.sh"
seed=$(ls "$top_srcdir"/seeds/*.txt | head -n 1)

expect_rc() { # DESCRIPTION WANTED_RC COMMAND...
    local d=$1 want=$2; shift 2
    "$@" >"$TMP/out" 2>"$TMP/err"; local rc=$?
    if [ "$rc" -eq "$want" ]; then ok "$d (exit $want)"; else not_ok "$d: exit $rc, wanted $want"; diag <"$TMP/err"; fi
}

expect_rc "--help" 0 "$JATSIFY" --help
grep -q '^Usage: jatsify' "$TMP/out" && ok "--help goes to stdout" || not_ok "--help output"
expect_rc "--version" 0 "$JATSIFY" --version
grep -q '^jatsify [0-9]' "$TMP/out" && ok "--version prints the version" || not_ok "--version output"
expect_rc "unknown command is a usage error" 2 "$JATSIFY" frobnicate
expect_rc "convert without input is a usage error" 2 "$JATSIFY" convert
expect_rc "convert --to nonsense is a usage error" 2 "$JATSIFY" convert --to pdf "$seed"
expect_rc "--to both on stdout is a usage error" 2 "$JATSIFY" convert --to both "$seed"
expect_rc "missing input cannot be read" 3 "$JATSIFY" convert --no-validate "$TMP/nope.txt" -o "$TMP/x.xml"
grep -q "nope.txt: error: cannot read" "$TMP/err" && ok "missing input is named in the message" || { not_ok "missing input message"; diag <"$TMP/err"; }

# A broken sidecar: line and column of the problem.
printf '{\n  "journal": {\n    "title": "X",\n  }\n}\n' >"$TMP/bad.json"
expect_rc "sidecar that is not JSON" 2 "$JATSIFY" convert --metadata "$TMP/bad.json" "$seed"
grep -Eq "bad.json:4:[0-9]+: error: the sidecar is not valid JSON" "$TMP/err" && ok "invalid JSON reported with line and column" || { not_ok "invalid JSON message"; diag <"$TMP/err"; }
printf '{\n  "journal": {\n    "title": ["X"]\n  }\n}\n' >"$TMP/type.json"
expect_rc "sidecar key of the wrong type" 2 "$JATSIFY" convert --metadata "$TMP/type.json" "$seed"
grep -q 'type.json:3:5: error: key "journal.title" must be a string' "$TMP/err" && ok "wrong type reported with line and column" || { not_ok "wrong type message"; diag <"$TMP/err"; }

# A sidecar without a journal id: the abbreviated title stands in, valid,
# with a warning naming the key to add; with neither, an error says so.
printf '{"journal": {"title": "Journal of Tests", "abbrev_title": "JOT",\n "issn": {"electronic": "2049-3630"}}}\n' >"$TMP/noid.json"
printf '# A Short Title for a Test Page\n\nJane Smith\n\nPublished: 3 March 2020\n\nSome text of the article.\n' >"$TMP/noid.txt"
expect_rc "no journal id, an abbreviated title: valid" 0 "$JATSIFY" convert --metadata "$TMP/noid.json" "$TMP/noid.txt" -o "$TMP/noid.xml"
grep -q '<journal-id journal-id-type="publisher-id">JOT</journal-id>' "$TMP/noid.xml" && ok "the abbreviated title is the journal's publisher-id" || not_ok "journal-id from the abbreviation"
grep -q 'noid.json to choose another \[journal-id-from-abbrev\]' "$TMP/err" && ok "the stand-in id is reported with the sidecar to fix" || { not_ok "journal-id-from-abbrev warning"; diag <"$TMP/err"; }
printf '{"journal": {"title": "Journal of Tests", "issn": {"electronic": "2049-3630"}}}\n' >"$TMP/noid2.json"
expect_rc "no journal id at all: invalid" 1 "$JATSIFY" convert --metadata "$TMP/noid2.json" "$TMP/noid.txt" -o "$TMP/noid2.xml"
grep -q 'noid2.json \[missing-journal-id\]' "$TMP/err" && ok "a missing journal id names the sidecar" || { not_ok "missing-journal-id message"; diag <"$TMP/err"; }

# Outputs: -o FILE.xml writes FILE.jsonld beside it, into new folders, and
# leaves no temporary files; the input is not touched.
sum_before=$(cksum <"$seed")
expect_rc "convert the seed into a new folder" 0 "$JATSIFY" convert --no-validate -q "$seed" -o "$TMP/new/dir/seed.xml"
[ -s "$TMP/new/dir/seed.xml" ] && [ -s "$TMP/new/dir/seed.jsonld" ] && ok "JATS and JSON-LD both written" || not_ok "outputs missing"
[ "$(ls "$TMP/new/dir" | wc -l)" -eq 2 ] && ok "no temporary files left behind" || { not_ok "stray files"; ls "$TMP/new/dir" | diag; }
[ "$(cksum <"$seed")" = "$sum_before" ] && ok "input unchanged" || not_ok "input modified"
expect_rc "stdout gets the JATS" 0 "$JATSIFY" convert --no-validate -q "$seed"
head -c 5 "$TMP/out" | grep -q '<?xml' && ok "stdout starts with the XML declaration" || not_ok "stdout content"
expect_rc "--to jsonld to stdout" 0 "$JATSIFY" convert --no-validate -q --to jsonld "$seed"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["@type"]=="ScholarlyArticle"' "$TMP/out" && ok "stdout JSON-LD parses" || not_ok "stdout JSON-LD"
cat "$seed" | "$JATSIFY" convert --no-validate -q --metadata "$top_srcdir/seeds/jatsify.json" - >"$TMP/stdin.xml" 2>"$TMP/err"
grep -q '<journal-title>' "$TMP/stdin.xml" && ok "stdin input with --metadata" || { not_ok "stdin input"; diag <"$TMP/err"; }
chmod 000 "$TMP/new/dir" 2>/dev/null
if [ "$(id -u)" != 0 ]; then
    expect_rc "unwritable output folder" 3 "$JATSIFY" convert --no-validate -q "$seed" -o "$TMP/new/dir/x.xml"
fi
chmod 755 "$TMP/new/dir"
printf 'x' >"$TMP/notdir"
expect_rc "output under a file that is not a folder" 3 "$JATSIFY" convert --no-validate -q "$seed" -o "$TMP/notdir/x.xml"

# Encodings: Windows-1252 bytes are read (with a warning); UTF-16 with BOM
# is read; a NUL byte without BOM is refused with its line.
printf 'Caf\351 au lait\n' >"$TMP/cp1252.txt"
"$JATSIFY" convert --no-validate "$TMP/cp1252.txt" >"$TMP/cp.xml" 2>"$TMP/err"
grep -q 'Café au lait' "$TMP/cp.xml" && ok "Windows-1252 input decoded" || not_ok "Windows-1252 decoding"
grep -q 'cp1252.txt:1: warning: byte 0xE9 is not UTF-8' "$TMP/err" && ok "non-UTF-8 input warned with its line" || { not_ok "cp1252 warning"; diag <"$TMP/err"; }
# MuPDF writes a character beyond U+FFFF (an equation's italic a,
# U+1D44E) as two UTF-8-encoded surrogates: joined into the character,
# with a warning at its line; a lone surrogate becomes U+FFFD. The
# Windows-1252 fallback used to refuse such a page whole.
printf 'An equation\nlet \355\240\265\355\261\216 be one, \355\240\265 alone\n' >"$TMP/cesu.txt"
"$JATSIFY" convert --no-validate "$TMP/cesu.txt" >"$TMP/cesu.xml" 2>"$TMP/err"
grep -q "let $(printf '\360\235\221\216') be one, $(printf '\357\277\275') alone" "$TMP/cesu.xml" && ok "CESU-8 surrogate pairs joined" || { not_ok "CESU-8 decoding"; diag <"$TMP/cesu.xml"; }
grep -q 'cesu.txt:2: warning: 1 character beyond U+FFFF came as UTF-16 surrogate pairs.*1 lone surrogate became U+FFFD' "$TMP/err" && ok "CESU-8 warned with its line" || { not_ok "CESU-8 warning"; diag <"$TMP/err"; }
printf '\377\376H\000i\000\n\000' >"$TMP/utf16.txt"
"$JATSIFY" convert --no-validate "$TMP/utf16.txt" >"$TMP/u16.xml" 2>/dev/null
grep -q '<p>Hi</p>' "$TMP/u16.xml" && ok "UTF-16 with BOM decoded" || not_ok "UTF-16 decoding"
printf 'line one\nline\000two\n' >"$TMP/nul.txt"
expect_rc "NUL byte refused" 1 "$JATSIFY" convert --no-validate "$TMP/nul.txt"
grep -q 'nul.txt:2: error: NUL byte' "$TMP/err" && ok "NUL byte reported with its line" || { not_ok "NUL message"; diag <"$TMP/err"; }
printf 'ligature \357\254\201ne\n' >"$TMP/lig.txt"
"$JATSIFY" convert --no-validate "$TMP/lig.txt" 2>/dev/null | grep -q 'ligature fine' && ok "ligatures expanded" || not_ok "ligature"
# NFC: a decomposed letter is composed (also after text NFC leaves alone,
# which decode passes through unnormalized); a composition first such as
# U+2265 or alpha stays as it is when no combining mark follows.
printf 'Cafe\314\201 \342\211\245 2 \316\261\n' >"$TMP/nfd.txt"
"$JATSIFY" convert --no-validate "$TMP/nfd.txt" 2>/dev/null | grep -q "$(printf 'Caf\303\251 \342\211\245 2 \316\261')" && ok "decomposed input composed (NFC)" || not_ok "NFC"
printf 'plain \342\200\231quoted\342\200\231 \342\211\245\314\270 text\n' >"$TMP/nfc2.txt"
"$JATSIFY" convert --no-validate "$TMP/nfc2.txt" 2>/dev/null | grep -q "$(printf 'plain \342\200\231quoted\342\200\231 \342\211\261 text')" && ok "a combining mark after a composition first composes" || not_ok "NFC of a first and a mark"
# An output that is a device or a pipe ("-o /dev/null") is written in
# place: renaming a temporary over it would put a file where it was.
mkfifo "$TMP/pipe.xml"
cat "$TMP/pipe.xml" >"$TMP/piped.xml" &
reader=$!
"$JATSIFY" convert --no-validate -q --metadata "$top_srcdir/seeds/jatsify.json" "$seed" -o "$TMP/pipe.xml" 2>"$TMP/err"
rc=$?
if [ -p "$TMP/pipe.xml" ]; then wait "$reader"; else kill "$reader" 2>/dev/null; fi
[ "$rc" -eq 0 ] && [ -p "$TMP/pipe.xml" ] && grep -q '<article ' "$TMP/piped.xml" &&
    ok "an output that is a pipe is written through, and stays a pipe" ||
    { not_ok "output onto a pipe: exit $rc"; diag <"$TMP/err"; }
[ ! -e "$TMP/pipe.jsonld" ] && ok "nothing is written beside a pipe (no pipe.jsonld)" ||
    not_ok "a JSON-LD file was written beside the pipe"
# Asking for two files onto one device is refused before anything is read.
"$JATSIFY" convert --no-validate -q --to both "$seed" -o "$TMP/pipe.xml" 2>"$TMP/err"
rc=$?
[ "$rc" -eq 2 ] && [ ! -e "$TMP/pipe.jsonld" ] && grep -q 'device or a pipe' "$TMP/err" &&
    ok "--to both onto a pipe is a usage error that names the pipe" ||
    { not_ok "--to both onto a pipe: exit $rc"; diag <"$TMP/err"; }
done_testing
