#!/bin/sh
# Differential fuzzing of the scanner (src/jtree.c) against libxml2, and of
# `validate` with the scanner against `validate` without (tests/xmlfuzz.c
# says what is checked). Seeds: jatsify's output, the validate fixtures,
# the inputs that once made the two disagree (tests/fuzz/, each checked as
# it is too) and three published articles of the corpus. Bounded for make
# check; XMLFUZZ_N=200000 (and XMLFUZZ_SEED) for a long run outside it.
. "$(dirname "$0")/lib.sh"
FUZZ="$top_builddir/tests/xmlfuzz"
corpus=$(shared_dir)/corpus
seeds="$top_srcdir/tests/golden/*.xml $top_srcdir/tests/validate/*.xml $top_srcdir/tests/validate/*/*.xml"
ls "$top_srcdir"/tests/fuzz/*.xml >/dev/null 2>&1 && seeds="$seeds $top_srcdir/tests/fuzz/*.xml"
[ -d "$corpus/src" ] && seeds="$seeds $corpus/src/plos-pmed.0040303.xml $corpus/src/scielo-paz-62.xml $corpus/src/sigs-pmc4062634.xml"
x=
xsd_dir >/dev/null && x="-x $(xsd_dir)"
mkdir -p "$TMP/fail"
"$FUZZ" -n "${XMLFUZZ_N:-1500}" -s "${XMLFUZZ_SEED:-1}" $x -o "$TMP/fail" $seeds >"$TMP/out" 2>&1
rc=$?
summary=$(tail -n 1 "$TMP/out")
[ $rc -eq 0 ] && ok "${summary#xmlfuzz: }" ||
    { not_ok "scanner and libxml2 disagree: ${summary#xmlfuzz: }"; grep -A6 '^FAIL' "$TMP/out" | head -60 | diag; }
n=$(ls "$top_srcdir"/tests/fuzz/*.xml 2>/dev/null | wc -l)
[ "$n" -gt 0 ] && ok "the $n inputs of tests/fuzz/ are among the seeds, each checked as it is" || ok "no regression inputs yet"
# Enough of the inputs must reach each side for the run to mean anything.
echo "$summary" | grep -q ' read by the scanner' && [ "$(echo "$summary" | sed 's/.*: \([0-9]*\) read by the scanner.*/\1/')" -gt 100 ] &&
    ok "more than 100 inputs read by the scanner" || not_ok "too few inputs reach the scanner: $summary"
echo "$summary" | grep -q 'left to libxml2' && [ "$(echo "$summary" | sed 's/.*, \([0-9]*\) not well-formed.*/\1/')" -gt 100 ] &&
    ok "more than 100 inputs not well-formed" || not_ok "too few malformed inputs: $summary"
# Found by the harness: one checker reuses libxml2's parser context, whose
# names dictionary libxml2 caps at 10 MB; past it, well-formed files were
# reported not well-formed. 350 files with a long name each, then a valid one.
mkdir -p "$TMP/dict"
python3 - "$TMP/dict" <<'PY'
import random, sys
r = random.Random(7)
for i in range(350):
    name = "n" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(49000))
    open("%s/a%03d.xml" % (sys.argv[1], i), "w").write('<?xml version="1.0"?>\n<article><%s/></article>\n' % name)
PY
cp "$top_srcdir/tests/validate/valid.xml" "$TMP/dict/z-valid.xml"
"$JATSIFY" validate -j1 --schema profile "$TMP/dict" >"$TMP/dict.out" 2>&1
if grep -q 'not-well-formed' "$TMP/dict.out" || ! grep -q '351 files: 1 valid, 350 invalid' "$TMP/dict.out"; then
    not_ok "17 MB of distinct names through one checker: files still read as xmllint reads them"
    grep 'not-well-formed\|files:' "$TMP/dict.out" | head -5 | cut -c1-200 | diag
else
    ok "17 MB of distinct names through one checker: files still read as xmllint reads them"
fi
done_testing
