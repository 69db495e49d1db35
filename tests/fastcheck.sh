#!/bin/sh
# The built-in profile's tables (src/fastcheck.c) settle a document as
# valid only when libxml2 agrees: for every document they accept, the
# profile XSD and the official JATS 1.4 schema accept it too. Checked over
# the generated valid and mutated documents of validate-profile.sh, the
# published articles of the corpus, and jatsify's own output (seed, cases,
# corpus pages), all of which the tables must accept (else jatsify's
# verdicts would all go through a compiled schema). Then mutations that
# the tables must refuse, each alone.
. "$(dirname "$0")/lib.sh"
if ! xsd_dir >/dev/null; then
    echo "Bail out! official JATS XSD not found: set JATSIFY_XSD_DIR or configure --with-jats-xsd"
    exit 1
fi
CHECK="$top_builddir/tests/fastcheck_check -x $(xsd_14)"
V="$top_srcdir/tests/validate"
corpus=$(shared_dir)/corpus

# jatsify's output: the seed, the cases, the corpus pages.
mkdir -p "$TMP/out" "$TMP/gen" "$TMP/mut"
cp "$top_srcdir"/tests/golden/*.xml "$TMP/out/"
for in in "$top_srcdir"/tests/cases/*/*.txt; do
    "$JATSIFY" convert -q --no-validate "$in" -o "$TMP/out/case-$(basename "$(dirname "$in")")-$(basename "$in" .txt).xml" 2>/dev/null
done
if [ -d "$corpus/public" ]; then
    for f in "$corpus"/public/*.txt; do
        b=$(basename "$f" .txt)
        "$JATSIFY" convert -q --no-validate --metadata "${f%.*.txt}.jatsify.json" "$f" -o "$TMP/out/page-$b.xml" 2>/dev/null
    done
fi
nout=$(ls "$TMP"/out/*.xml | wc -l)
$CHECK "$TMP"/out/*.xml >"$TMP/own" || { echo "Bail out! fastcheck_check failed"; exit 1; }
refused=$(awk '$1 != 1' "$TMP/own")
[ -z "$refused" ] && ok "the tables accept all $nout documents jatsify wrote (seed, cases, corpus pages)" ||
    { not_ok "the tables refuse jatsify output:"; echo "$refused" | head | diag; }

# validate says how its verdicts were reached.
"$JATSIFY" validate --schema "$(xsd_dir)" --jats-version 1.4 --no-rules -q "$TMP"/out/*.xml >"$TMP/sum" 2>&1
grep -qF ": $nout files: $nout valid, 0 invalid" "$TMP/sum" &&
    grep -qF "; $nout of $nout files accepted by the built-in profile without compiling it" "$TMP/sum" &&
    ok "validate (official XSD) settles all $nout from the tables and says so" || { not_ok "validate summary"; diag <"$TMP/sum"; }
"$JATSIFY" validate --schema profile --report json "$(ls "$TMP"/out/*.xml | head -n 1)" >"$TMP/sum.json" 2>&1
python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["summary"]; sys.exit(s["by_profile"] != 1)' "$TMP/sum.json" &&
    ok "the JSON summary counts it (by_profile)" || { not_ok "JSON by_profile"; diag <"$TMP/sum.json"; }

# Generated documents (validate-profile.sh's set) and published articles.
seeds="$V/valid.xml $top_srcdir/tests/golden/*.xml $V/rules/contrib-aff.good.xml $V/rules/corresp-contact.good.xml $V/rules/license-or-copyright.good.xml"
[ -d "$corpus/src" ] && seeds="$seeds $corpus/src/plos-pmed.0040303.xml $corpus/src/scielo-paz-62.xml $corpus/src/sigs-pmc4062634.xml"
python3 "$top_srcdir/tests/mutate.py" "$TMP/gen" $seeds
# and the same mutations of jatsify's output (near misses of what the tables accept)
mkdir -p "$TMP/gen2"
python3 "$top_srcdir/tests/mutate.py" "$TMP/gen2" $(ls "$TMP"/out/*.xml | awk 'NR % 7 == 1')
others="$TMP/gen/*.xml $TMP/gen2/*.xml"
# and published articles using what publishers deposit beyond jatsify's own
# output (object-id, nlm-citation, alternatives, front-stub, issue-part,
# supplement, series...), mutated mostly there; some of these articles are
# invalid: every mutant the tables accept must still be valid.
if [ -d "$corpus/src" ]; then
    mkdir -p "$TMP/gen3"
    MUTATE_FOCUS="object-id nlm-citation alternatives textual-form issue-id issue-part front-stub
        related-object supplement series access-date data-title conf-sponsor x" \
        python3 "$top_srcdir/tests/mutate.py" "$TMP/gen3" $(for b in plos-pbio.2002354 scielo-csc-a3 \
            scielo-hoehnea-e762021 peerj-pubchunks1 plos-pmed.0020007 scielo-abc-letter elife-06003 \
            scielo-rsp-2025 elife-pubchunks1 mdpi-metabolites-04-00932; do echo "$corpus/src/$b.xml"; done)
    others="$others $TMP/gen3/*.xml $corpus/src/*.xml"
fi
$CHECK $others >"$TMP/others" || { echo "Bail out! fastcheck_check failed"; exit 1; }
cat "$TMP/own" >>"$TMP/others"
total=$(wc -l <"$TMP/others")
accepted=$(awk '$1 == 1' "$TMP/others" | wc -l)
wrong=$(awk '$1 == 1 && ($2 != "valid" || $3 != "valid")' "$TMP/others")
[ -z "$wrong" ] && ok "every one of the $accepted documents (of $total) the tables accept, the profile XSD and the official XSD accept" ||
    { not_ok "the tables accept documents libxml2 rejects:"; echo "$wrong" | head | diag; }
[ "$accepted" -ge 100 ] && ok "the tables accept a fair share ($accepted of $total)" || not_ok "the tables accept only $accepted of $total"
valid=$(awk '$2 == "valid"' "$TMP/others" | wc -l)
missed=$(awk '$1 == 0 && $2 == "valid"' "$TMP/others")
nmissed=$(echo "$missed" | grep -c . )
ok "the profile XSD accepts $valid; the tables leave $nmissed of those to libxml2 (slower, same verdict)"
[ "$nmissed" -gt 0 ] && echo "$missed" | head -n 5 | diag

# Each mutation of a valid jatsify document must be refused.
base="$top_srcdir/tests/golden/000_845b4803e13374fb.xml"
grep -q '<aff id=' "$base" && grep -q 'rid=' "$base" && grep -q 'country=' "$base" && grep -q '<issn' "$base" ||
    { echo "Bail out! the golden seed output lacks what the mutations change"; exit 1; }
mutation() { # NAME SED-EXPRESSION [libxml2-misses-it]
    sed "$2" "$base" >"$TMP/mut/$1.xml"
    cmp -s "$base" "$TMP/mut/$1.xml" && { not_ok "$1: the mutation changed nothing"; return; }
    $CHECK "$TMP/mut/$1.xml" >"$TMP/m" 2>&1
    case "$(cut -d' ' -f1-2 "$TMP/m")" in
        "0 invalid") ok "the tables refuse $1 (so does the profile XSD)" ;;
        "0 valid") if [ -n "${3:-}" ]; then ok "the tables refuse $1 (libxml2's XSD validator does not check it)"
                   else not_ok "$1: the profile XSD accepts the mutation: not a test"; fi ;;
        *) not_ok "the tables accept $1"; diag <"$TMP/m" ;;
    esac
}
mutation unknown-element 's#<article-title>#<article-title><blink>x</blink>#'
mutation wrong-order '0,/<journal-meta>/s#<journal-meta>#<journal-meta><issn pub-type="epub">2049-3630</issn>#'
mutation missing-required-child 's#<journal-title>[^<]*</journal-title>##'
mutation text-in-element-content 's#<article-meta>#<article-meta>stray text#'
mutation unknown-attribute 's#<article #<article colour="red" #'
mutation bad-enum-value 's#dtd-version="1.4"#dtd-version="9.9"#'
mutation bad-issn-pattern '0,/<issn[^>]*>[0-9]/s#\(<issn[^>]*>\)\([0-9]\{4\}\)-#\1\2 #'
mutation duplicate-id '0,/<aff id="[^"]*"/s#<aff id="\([^"]*\)"\(.*\)#<aff id="\1"\2<aff id="\1"><institution>X</institution></aff>#'
mutation dangling-rid '0,/rid="[^"]*"/s#rid="[^"]*"#rid="nowhere"#' libxml2-misses-it
mutation bad-country-code '0,/country="[A-Z]*"/s#country="[A-Z]*"#country="XX"#'
mutation bad-xml-lang 's#xml:lang="en"#xml:lang="en_GB!"#'
mutation wrong-namespace 's#<article #<article xmlns="http://example.org/jats" #'
mutation xlink-href-no-namespace 's#xlink:href=#href=#'
mutation missing-required-attribute '0,/<related-article /s#<related-article related-article-type="[^"]*"#<related-article#'
mutation bad-day '0,/<day>/s#<day>[0-9]*</day>#<day>32</day>#'
mutation id-not-ncname '0,/<aff id="/s#<aff id="#<aff id="1#'
mutation fixed-value '0,/<ext-link /s#<ext-link #<ext-link xlink:type="extended" #'
# Refused by the tables, the document goes to libxml2: its message, line, column.
"$JATSIFY" validate --schema profile --no-rules "$TMP/mut/unknown-element.xml" >"$TMP/v" 2>&1
grep -q "^$TMP/mut/unknown-element.xml:[0-9]*:[0-9]*: error: Element 'blink': This element is not expected" "$TMP/v" &&
    ! grep -q 'accepted by the built-in profile' "$TMP/v" &&
    ok "a document outside the profile gets libxml2's verdict, with line and column" || { not_ok "fallback"; diag <"$TMP/v"; }
# ALI in <permissions>: a page with a licence URL.
base="$TMP/out/case-permissions-cc-by-url.xml"
grep -q '<ali:license_ref' "$base" || { echo "Bail out! $base has no ali:license_ref"; exit 1; }
mutation ali-license-in-no-namespace 's#<ali:license_ref[^>]*>\([^<]*\)</ali:license_ref>#<license_ref>\1</license_ref>#'
mutation ali-prefix-undeclared 's# xmlns:ali="[^"]*"##'
mutation ali-element-in-wrong-place '0,/<license-p>/s#<license-p>#<license-p><ali:free_to_read/>#'
done_testing
