#!/bin/sh
# Pathological inputs, cmark style: each shape is generated at sizes n, 2n
# and 10n and converted in a subprocess under a hard timeout (CPU time
# measured). The growth from 2n to 10n gives the exponent of the work:
# log((t(10n) - t0) / (t(2n) - t0)) / log 5, where t0 is the process's fixed
# start-up cost, measured on a one-line page. It is 1 when the work is
# linear and 2 when it is quadratic: it must stay below 1.5, so that no
# recognizer is quadratic in headings, lines, pages or nesting. Both
# differences span at least 2n of work; the older measure divided by the
# step from n to 2n alone, which a sanitizer build's timing noise once
# swung from 9 to 19 on a linear shape (bound 18).
. "$(dirname "$0")/lib.sh"
N=${JFY_PATHOLOGICAL_N:-3000}
LIMIT=60 # seconds per conversion
MIN_MS=150 # below this, the cost of 2n over start-up is noise: compared against this floor

# run FILE: CPU milliseconds (user + system) the conversion took, or
# "timeout". CPU time, not wall time: on a loaded machine wall time
# measures the neighbours (an empty page once took 1.3 s of wall time).
run() {
    python3 - "$LIMIT" "$JATSIFY" "$1" "$TMP/out.xml" <<'PY'
import resource, subprocess, sys
limit, jatsify, src, out = sys.argv[1:5]
try:
    subprocess.run([jatsify, "convert", "-q", "--no-validate", src, "-o", out],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=int(limit))
except subprocess.TimeoutExpired:
    print("timeout")
    sys.exit(0)
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(int((r.ru_utime + r.ru_stime) * 1000))
PY
}

# Generators: SHAPE SIZE > file
gen() {
    case "$1" in
    headings) # capitalised headings, each over a short paragraph
        awk -v n="$2" 'BEGIN { for (i = 1; i <= n; i++)
            printf "SECTION NUMBER %d\n\nThe text of section %d runs on for a while and ends.\n\n", i, i }' ;;
    numbered) # numbered headings three deep
        awk -v n="$2" 'BEGIN { for (i = 1; i <= n; i++)
            printf "%d.%d.%d Part %d\n\nText of part %d, which ends here.\n\n", i / 100 + 1, i / 10 % 10 + 1, i % 10 + 1, i, i }' ;;
    paragraph) # one hard-wrapped paragraph, every line hyphenated
        awk -v n="$2" 'BEGIN { for (i = 1; i <= n; i++)
            printf "word%d lorem ipsum dolor sit amet consectetur adipiscing elit hyph-\nenated\n", i }' ;;
    pages) # page after page with a number and a running header
        awk -v n="$2" 'BEGIN { for (i = 1; i <= n; i++)
            printf "Text of page %d goes on without a stop at the end of the page and\n\n%d\nJournal of Things 2020; 1: %d\n\nthe text goes on overleaf in lower case.\n\n", i, i, i }' ;;
    headers) # a page number beside a running line that differs on every page
        awk -v n="$2" 'function w(i,  s) { s = ""; do { s = s sprintf("%c", 97 + i % 26); i = int(i / 26) } while (i > 0); return s }
            BEGIN { for (i = 1; i <= n; i++)
            printf "Text of page %d goes on without a stop at the end of the page and\n\n%d\nThe story of %s\n\nthe text goes on overleaf in lower case for %s.\n\n", i, i, w(i), w(i * 7) }' ;;
    nesting) # quotes and lists nested ever deeper
        awk -v n="$2" 'BEGIN { for (i = 1; i <= n; i++) { s = ""; for (j = 0; j < i % 40; j++) s = s "> ";
            printf "%s- item %d\n", s, i } }' ;;
    captions) # captions and statements between paragraphs
        awk -v n="$2" 'BEGIN { for (i = 1; i <= n; i++)
            printf "Figure %d. A caption. With a second sentence.\n\nTable %d Another caption\n\nFunding: grant %d.\n\n", i, i, i }' ;;
    columns) # one endless two-column page, both columns side by side
        awk -v n="$2" 'BEGIN { for (i = 1; i <= n; i++)
            printf "     %-46s      %s\n", "left column line " i " of a justified", "right column line " i " runs on as well" }' ;;
    row) # one row of words a wide gap apart (a row of marks over a byline)
        awk -v n="$2" 'BEGIN { printf "A title\n\n%45s", ""; for (i = 1; i <= n; i++) printf "a      "; printf "\nand text under it\n" }' ;;
    headrow) # the same row opening a page after the first (a running head boxed in its corner)
        awk -v n="$2" 'BEGIN { printf "A title\n\f%45s", ""; for (i = 1; i <= n; i++) printf "a      "; printf "\nand text under it\n" }' ;;
    licence) # a licence run on for pages: wrapped addresses and closing brackets
        awk -v n="$2" 'BEGIN { printf "A title\n\nCopyright: (c) 2020 The Authors. This is an open access article under the CC BY license.";
            for (i = 1; i <= n; i++) printf " Reuse of part %d is permitted on the terms at www.example.org/terms. php (see %d).", i, i;
            printf "\n\nText under it.\n" }' ;;
    runon) # one sentence run on from page to page, never ending with a stop
        awk -v n="$2" 'BEGIN { printf "A title\n\n"; for (i = 1; i <= n / 2; i++)
            printf "the sentence goes on over page %d and on\nwith more words about the same thing\nand still more words that run on\n\f", i; printf "and ends.\n" }' ;;
    byblock) # a byline over one block of many lines (its addresses looked for line by line)
        awk -v n="$2" 'BEGIN { printf "A title of the paper\n\nJane Roe, John Doe\n\n"; for (i = 1; i <= n; i++)
            printf "the text of line %d goes on and on without an end\nand on\nand on\nand on\n", i; printf "\nText under it.\n" }' ;;
    addresses) # a correspondence line of addresses spaced at every dot (a zero-width space read as one)
        awk -v n="$2" 'BEGIN { printf "A title of the paper\n\nJane Roe1*, John Doe1\n\n1 Department of Things, University of Place, Country\n\n*Correspondence: ";
            for (i = 1; i <= n; i++) printf "jane. roe@ uksh. de, john. doe@ uksh. de, ann. poe@ uksh. de, ";
            printf "end@x. y. z\n\nAbstract\n\nThe abstract text runs on.\n" }' ;;
    linkpieces) # a reference's link broken over line after line, each line one piece of it
        awk -v n="$2" 'BEGIN { printf "A title\n\nReferences\n\n1. Roe J. A paper. J Things. 2020;1:1-2.\n";
            for (i = 1; i <= n; i++) printf "http://www.example.org/people/page%d\n", i;
            printf "\n2. Doe J. Another paper. J Things. 2021;2:3-4.\n" }' ;;
    linkblocks) # a reference's link cut after its prefix, then one-word blocks on for pages (each joined to the link)
        awk -v n="$2" 'BEGIN { printf "A title\n\nReferences\n\n1. Roe J. A paper. J Things. 2020;1:1-2. https://doi.org/10.1080/\n";
            for (i = 1; i <= n; i++) printf "\nx%d\n\ny%d\n\nz%d\n\nw%d\n", i, i, i, i;
            printf "\n2. Doe J. Another paper. J Things. 2021;2:3-4.\n" }' ;;
    yearless) # numbered entries with no year, past 9999 (five figures are no label: they run on into one open entry)
        awk -v n="$2" 'BEGIN { printf "A title\n\nReferences\n\n"; for (i = 1; i <= n; i++)
            printf "%d. Roe J, Doe K, et al. Title of it (2nd ed.). Pew Research Center, Vol. 3. R package version 1.2.\n", i }' ;;
    hiddendigits) # a publisher's hidden figures on line after line of the page's head block (each line taken out)
        awk -v n="$2" 'BEGIN { printf "A title of the paper\n"; for (i = 1; i <= n; i++)
            printf "1234567890():,;\nword line %d\n", i; printf "\nAbstract\n\nThe abstract text runs on.\n" }' ;;
    gluedname) # a byline's last name with word after word glued on (each glued word looked back from)
        awk -v n="$2" 'BEGIN { printf "A title of the paper\n\nJane Roe1, John Doe2, Ann Poe"; for (i = 1; i <= n; i++)
            printf "Abc"; printf "3\n\nText under it.\n" }' ;;
    lostdots) # a keyword list's endless line of terms parted by unmapped dots, ending on one, then more such lines
        awk -v n="$2" 'BEGIN { printf "A title of the paper\n\nJane Roe1, John Doe2\n\nKeywords"; for (i = 1; i <= n; i++)
            printf " Term %d (cid:2)", i; printf "\n\n"; for (i = 1; i <= n; i++) printf "Term %d (cid:2) Other %d (cid:2)\n", i, i;
            printf "Last term\n\nIntroduction\n\nText under it.\n" }' ;;
    dropcap) # a short summary over an endless block opening on a word a lost drop cap cut
        awk -v n="$2" 'BEGIN { printf "A title of the paper\n\nJane Roe1, John Doe2\n\nRust fungi are rarely found in cuttings. We found them in three batches of forty. Cuttings may carry them far.\n\nust fungi spread"; for (i = 1; i <= n; i++)
            printf " with the wind and"; printf " end.\n" }' ;;
    esac
}

# the fixed start-up cost: the least of three runs on a one-line page
printf 'A title\n\nText under it.\n' >"$TMP/tiny.txt"
t0=
for i in 1 2 3; do
    u=$(run "$TMP/tiny.txt")
    [ "$u" != timeout ] && { [ -z "$t0" ] || [ "$u" -lt "$t0" ]; } && t0=$u
done
[ -n "$t0" ] || t0=0

# exponent T2 T10: 100 times the exponent of the growth from 2n to 10n
exponent() {
    awk -v t0="$t0" -v t2="$1" -v t10="$2" -v floor="$MIN_MS" 'BEGIN {
        a = t2 - t0; if (a < floor) a = floor
        b = t10 - t0; if (b < a) b = a
        printf "%d\n", 100 * log(b / a) / log(5) }'
}

for shape in headings numbered paragraph pages headers nesting captions columns row headrow licence runon byblock addresses linkpieces linkblocks yearless hiddendigits gluedname lostdots dropcap; do
    gen "$shape" "$N" >"$TMP/small.txt"
    gen "$shape" $((N * 2)) >"$TMP/mid.txt"
    gen "$shape" $((N * 10)) >"$TMP/large.txt"
    t1=$(run "$TMP/small.txt")
    t2=$(run "$TMP/mid.txt")
    t10=$(run "$TMP/large.txt")
    # a loaded machine or a sanitizer's allocator adds noise: an exponent
    # over the bound is measured twice more and the fastest times kept
    if [ "$t2" != timeout ] && [ "$t10" != timeout ] && [ "$(exponent "$t2" "$t10")" -ge 150 ]; then
        for i in 1 2; do
            u2=$(run "$TMP/mid.txt")
            u10=$(run "$TMP/large.txt")
            [ "$u2" != timeout ] && [ "$u2" -lt "$t2" ] && t2=$u2
            [ "$u10" != timeout ] && [ "$u10" -lt "$t10" ] && t10=$u10
        done
    fi
    if [ "$t1" = timeout ] || [ "$t2" = timeout ] || [ "$t10" = timeout ]; then
        not_ok "$shape: converts within ${LIMIT}s at n=$N, 2n and 10n (n: $t1, 2n: $t2, 10n: $t10)"
        continue
    fi
    r=$(exponent "$t2" "$t10")
    msg="exponent of the work from 2n to 10n = $((r / 100)).$((r / 10 % 10))$((r % 10)) (start-up: ${t0}ms, n=$N: ${t1}ms, 2n: ${t2}ms, 10n: ${t10}ms)"
    if [ "$r" -lt 150 ]; then
        ok "$shape: $msg"
    else
        not_ok "$shape: $msg, not below 1.5"
    fi
done
done_testing
