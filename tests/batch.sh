#!/bin/sh
# convert -d OUTDIR: the input tree mirrored, outputs equal to one-page
# convert, up-to-date pages skipped, --force, a bad page that does not stop
# the batch, the same bytes whatever -j, a kill -9 then a rerun, and output
# paths that would leave OUTDIR refused.
. "$(dirname "$0")/lib.sh"
seed=$(ls "$top_srcdir"/seeds/*.txt | head -n 1)

expect_rc() { # DESCRIPTION WANTED_RC COMMAND...
    d=$1 want=$2; shift 2
    "$@" >"$TMP/out" 2>"$TMP/err"; rc=$?
    if [ "$rc" -eq "$want" ]; then ok "$d (exit $want)"; else not_ok "$d: exit $rc, wanted $want"; diag <"$TMP/err"; fi
}
summary_is() { # DESCRIPTION "N converted, N invalid, N failed, N skipped"
    if grep -q "jatsify: $2 in " "$TMP/err"; then ok "$1: $2"; else not_ok "$1: wanted '$2'"; diag <"$TMP/err"; fi
}
# A sidecar whose per-file titles make every listed page valid JATS.
sidecar() { # DIR PAGE...
    dir=$1; shift
    {
        printf '{"journal": {"title": "Test Journal", "id": {"nlm-ta": "Test J"}, "issn": {"print": "1234-5678"}},\n'
        printf ' "date": "2001-02-03", "files": {'
        sep=
        for p in "$@"; do printf '%s"%s": {"title": "Page %s"}' "$sep" "$p" "$p"; sep=', '; done
        printf '}}\n'
    } >"$dir/jatsify.json"
}
old() { touch -d '2020-01-01 00:00:00' "$@"; }

# The tree: pages two folders deep, plus files a folder walk must leave out.
in=$TMP/in
mkdir -p "$in/a/b" "$in/c"
for p in a/b/page.txt a/one.txt c/two.txt top.txt; do cp "$seed" "$in/$p"; done
printf 'not a page\n' >"$in/notes.md"
cp "$seed" "$in/.hidden.txt"
sidecar "$in" a/b/page.txt a/one.txt c/two.txt top.txt
old "$in/a/b/page.txt" "$in/a/one.txt" "$in/c/two.txt" "$in/top.txt" "$in/jatsify.json"

expect_rc "a folder converted" 0 "$JATSIFY" convert -d "$TMP/out1" -j2 "$in"
summary_is "summary" "4 converted, 0 invalid, 0 failed, 0 skipped"
check "a/b/page.txt -> OUTDIR/a/b/page.xml and .jsonld" test -s "$TMP/out1/a/b/page.xml" -a -s "$TMP/out1/a/b/page.jsonld"
check "c/two.txt mirrored" test -s "$TMP/out1/c/two.xml" -a -s "$TMP/out1/c/two.jsonld"
n=$(find "$TMP/out1" -type f | wc -l)
[ "$n" -eq 8 ] && ok "only *.txt pages converted, hidden ones left out" || { not_ok "$n files written, wanted 8"; find "$TMP/out1" | diag; }
"$JATSIFY" convert -q "$in/a/b/page.txt" -o "$TMP/single/page.xml" 2>/dev/null
check "batch JATS equals one-page convert" cmp "$TMP/single/page.xml" "$TMP/out1/a/b/page.xml"
check "batch JSON-LD equals one-page convert" cmp "$TMP/single/page.jsonld" "$TMP/out1/a/b/page.jsonld"
grep -q '<article-title>Page a/b/page.txt</article-title>' "$TMP/out1/a/b/page.xml" && ok "the sidecar's per-file entry applied" || not_ok "per-file sidecar entry"

# Resuming: outputs newer than their input and sidecar are left alone.
stamp=$(ls -l --time-style=full-iso "$TMP/out1/a/b/page.xml")
expect_rc "rerun" 0 "$JATSIFY" convert -d "$TMP/out1" "$in"
summary_is "up-to-date pages skipped" "0 converted, 0 invalid, 0 failed, 4 skipped"
[ "$(ls -l --time-style=full-iso "$TMP/out1/a/b/page.xml")" = "$stamp" ] && ok "skipped output not rewritten" || not_ok "skipped output rewritten"
touch "$in/c/two.txt"
expect_rc "rerun after an edit" 0 "$JATSIFY" convert -d "$TMP/out1" "$in"
summary_is "the edited page converted again" "1 converted, 0 invalid, 0 failed, 3 skipped"
old "$in/c/two.txt"
touch "$in/jatsify.json"
expect_rc "rerun after a sidecar edit" 0 "$JATSIFY" convert -d "$TMP/out1" "$in"
summary_is "a newer sidecar converts its pages again" "4 converted, 0 invalid, 0 failed, 0 skipped"
expect_rc "--force" 0 "$JATSIFY" convert -d "$TMP/out1" --force "$in"
summary_is "--force converts up-to-date pages" "4 converted, 0 invalid, 0 failed, 0 skipped"
rm "$TMP/out1/a/one.jsonld"
expect_rc "rerun with one output missing" 0 "$JATSIFY" convert -d "$TMP/out1" "$in"
summary_is "a page missing one output converted again" "1 converted, 0 invalid, 0 failed, 3 skipped"

# A bad page in the middle: reported with its line, counted, the rest done.
cp -r "$in" "$TMP/in2"
printf 'line one\nline\000two\n' >"$TMP/in2/a/bad.txt"
expect_rc "a batch with an undecodable page" 1 "$JATSIFY" convert -d "$TMP/out2" "$TMP/in2"
grep -q "in2/a/bad.txt:2: error: NUL byte" "$TMP/err" && ok "bad page reported as FILE:LINE: error" || { not_ok "bad page message"; diag <"$TMP/err"; }
summary_is "bad page counted" "4 converted, 0 invalid, 1 failed, 0 skipped"
check "pages after the bad one converted" test -s "$TMP/out2/c/two.xml" -a -s "$TMP/out2/top.jsonld"
check "no output for the bad page" test ! -e "$TMP/out2/a/bad.xml"
printf 'half' >"$TMP/out2/a/.bad.xml.jatsify-tmp"
"$JATSIFY" convert -q -d "$TMP/out2" "$TMP/in2" >/dev/null 2>&1
check "a killed run's temporary for a page that now fails is removed" test ! -e "$TMP/out2/a/.bad.xml.jatsify-tmp"
rm "$TMP/in2/jatsify.json"
printf '{"journal": [' >"$TMP/in2/c/jatsify.json"
expect_rc "a batch with a broken sidecar below" 1 "$JATSIFY" convert -d "$TMP/out3" "$TMP/in2"
grep -q "c/two.txt: error: not converted, its sidecar is unusable: .*c/jatsify.json:1:" "$TMP/err" && ok "pages under a broken sidecar fail, naming it" || { not_ok "broken sidecar message"; diag <"$TMP/err"; }
summary_is "pages elsewhere still converted (invalid: no sidecar)" "0 converted, 3 invalid, 2 failed, 0 skipped"

# Same bytes whatever -j, on a tree big enough to keep four workers busy.
big=$TMP/big
# Pages differ, so mixing them up would show.
python3 - "$seed" "$big" <<'EOF'
import os, sys
seed = open(sys.argv[1], "rb").read()
for d in (1, 2, 3):
    os.makedirs("%s/v%d" % (sys.argv[2], d))
    for i in range(200):
        with open("%s/v%d/p%d.txt" % (sys.argv[2], d, i), "wb") as f:
            f.write(seed + b"\nPage %d of volume %d.\n" % (i, d))
EOF
cp "$in/jatsify.json" "$big/"
find "$big" -type f -exec touch -d '2020-01-01 00:00:00' {} +
expect_rc "-j1" 0 "$JATSIFY" convert -q -d "$TMP/j1" -j1 "$big"
expect_rc "-j4" 0 "$JATSIFY" convert -q -d "$TMP/j4" -j4 "$big"
check "-j1 and -j4 outputs byte-identical" diff -r "$TMP/j1" "$TMP/j4"
[ "$(find "$TMP/j4" -name '*.xml' | wc -l)" -eq 600 ] && ok "600 pages written" || not_ok "pages missing"

# kill -9 mid-batch: what is there is whole; a rerun completes the rest.
"$JATSIFY" convert -q -d "$TMP/killed" -j1 "$big" 2>/dev/null &
pid=$!
tries=0
while [ -z "$(find "$TMP/killed" -name '*.xml' 2>/dev/null | head -n 1)" ] && [ $tries -lt 500 ]; do
    sleep 0.01; tries=$((tries + 1))
done
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
n=$(find "$TMP/killed" -name '*.xml' | wc -l)
[ "$n" -gt 0 ] && [ "$n" -lt 600 ] && ok "killed mid-batch ($n of 600 pages written)" || not_ok "kill landed outside the batch ($n of 600)"
bad=0
for f in $(cd "$TMP/killed" && find . -name '*.xml' -o -name '*.jsonld'); do
    cmp -s "$TMP/killed/$f" "$TMP/j1/$f" || { bad=1; echo "partial or wrong: $f" | diag; }
done
[ $bad -eq 0 ] && ok "every output present after the kill is whole" || not_ok "partial outputs after kill -9"
expect_rc "rerun after kill -9" 0 "$JATSIFY" convert -q -d "$TMP/killed" -j2 "$big"
check "after the rerun every output is there and right" diff -r "$TMP/j1" "$TMP/killed"
left=$(find "$TMP/killed" -name '.*' | wc -l)
[ "$left" -eq 0 ] && ok "no temporary files left" || { not_ok "$left temporary files left"; find "$TMP/killed" -name '.*' | diag; }

# Outputs never land outside OUTDIR.
mkdir -p "$TMP/elsewhere" "$TMP/out4"
ln -s "$TMP/elsewhere" "$TMP/out4/a"
expect_rc "a symbolic link inside OUTDIR" 1 "$JATSIFY" convert -d "$TMP/out4" "$in"
grep -q "refused: .*out4/a/one is a symbolic link" "$TMP/err" && ok "symbolic link refused with a message" || { not_ok "symlink message"; diag <"$TMP/err"; }
[ -z "$(ls -A "$TMP/elsewhere")" ] && ok "nothing written through the link" || not_ok "written through a symlink"
summary_is "pages elsewhere still converted" "2 converted, 0 invalid, 2 failed, 0 skipped"
mkdir -p "$TMP/w/x"
cp "$in/top.txt" "$TMP/w/top.txt"
(cd "$TMP/w/x" && "$JATSIFY" convert -d out ../top.txt >"$TMP/out" 2>"$TMP/err"); rc=$?
[ $rc -eq 1 ] && grep -q "top.txt: error: refused: its output would be outside" "$TMP/err" && ok "'..' input path refused" || { not_ok "'..' path: exit $rc"; diag <"$TMP/err"; }
check "nothing written above OUTDIR" test ! -e "$TMP/w/top.xml" -a ! -e "$TMP/w/x/top.xml"
expect_rc "absolute input path" 1 "$JATSIFY" convert -d "$TMP/out5" "$TMP/w/top.txt"
grep -q "refused: its output would be outside" "$TMP/err" && ok "absolute input path refused" || { not_ok "absolute path message"; diag <"$TMP/err"; }
(cd "$in" && "$JATSIFY" convert -q -d "$TMP/out6" ./a/one.txt c//two.txt >/dev/null 2>&1)
check "relative file arguments land at their own path" test -s "$TMP/out6/a/one.xml" -a -s "$TMP/out6/c/two.jsonld"

expect_rc "a missing input" 3 "$JATSIFY" convert -d "$TMP/out7" "$TMP/nope/gone.txt"
grep -q "gone.txt: error: cannot read" "$TMP/err" && ok "missing input named" || { not_ok "missing input message"; diag <"$TMP/err"; }
check "no output folder made for a missing input" test ! -e "$TMP/out7/tmp"
cp -r "$in" "$TMP/in3"
"$JATSIFY" convert -q -d "$TMP/in3/out" "$TMP/in3" >/dev/null 2>&1
expect_rc "OUTDIR inside the input tree" 0 "$JATSIFY" convert -d "$TMP/in3/out" "$TMP/in3"
summary_is "OUTDIR not walked as input" "0 converted, 0 invalid, 0 failed, 4 skipped"

# On a terminal, a progress bar; -q silences it. script(1) provides the terminal.
if command -v script >/dev/null 2>&1; then
    script -qec "'$JATSIFY' convert -d '$TMP/out8' '$in'" /dev/null >"$TMP/tty" 2>&1
    grep -q '\] 4/4 files .* files/s  ETA' "$TMP/tty" && ok "progress bar on a terminal" || { not_ok "no progress bar"; diag <"$TMP/tty"; }
    script -qec "'$JATSIFY' convert -q --force -d '$TMP/out8' '$in'" /dev/null >"$TMP/tty" 2>&1
    [ ! -s "$TMP/tty" ] && ok "-q silences progress and summary" || { not_ok "-q output"; diag <"$TMP/tty"; }
else
    not_ok "script(1) not found (util-linux)"
fi

expect_rc "several inputs without -d" 2 "$JATSIFY" convert "$in/top.txt" "$in/a/one.txt"
expect_rc "-d with -o" 2 "$JATSIFY" convert -d "$TMP/o" -o x.xml "$in"
expect_rc "-j without -d" 2 "$JATSIFY" convert -j 2 "$in/top.txt"
done_testing
