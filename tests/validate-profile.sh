#!/bin/sh
# The embedded profile (xsd/jatsify-profile.xsd) is a strict subset of the
# official JATS 1.4 Publishing schema: over documents generated from valid
# seeds by random mutations (elements deleted, duplicated, swapped, moved,
# renamed; attributes changed or dropped; date parts, ISSNs and country
# codes altered), every document the profile accepts the official schema,
# run by xmllint, accepts too. Also: it works with no file installed, it
# is stricter where it says, and the summary names it.
. "$(dirname "$0")/lib.sh"
if ! xsd_dir >/dev/null; then
    echo "Bail out! official JATS XSD not found: set JATSIFY_XSD_DIR or configure --with-jats-xsd"
    exit 1
fi
OFFICIAL=$(xsd_14)
V="$top_srcdir/tests/validate"
mkdir -p "$TMP/gen"
seeds="$V/valid.xml $top_srcdir/tests/golden/*.xml $V/rules/contrib-aff.good.xml $V/rules/corresp-contact.good.xml $V/rules/license-or-copyright.good.xml"
corpus=$(shared_dir)/corpus/src
[ -d "$corpus" ] && seeds="$seeds $corpus/plos-pmed.0040303.xml $corpus/scielo-paz-62.xml $corpus/sigs-pmc4062634.xml"
python3 "$top_srcdir/tests/mutate.py" "$TMP/gen" $seeds
total=$(ls "$TMP/gen" | wc -l)
[ "$total" -ge 250 ] && ok "$total documents generated" || not_ok "only $total documents"
(cd "$TMP/gen" && xmllint --noout --nonet --schema "$OFFICIAL" *.xml 2>&1) |
    sed -n 's/^\(d[0-9]*\.xml\) validates$/\1/p' | sort >"$TMP/official.ok"
(cd "$TMP/gen" && "$JATSIFY" validate --schema profile --no-rules --report json *.xml) >"$TMP/profile.json" 2>"$TMP/err"
python3 - "$TMP/profile.json" "$TMP/gen" >"$TMP/profile.ok" <<'PY'
import json, os, sys
bad = {f["file"] for f in json.load(open(sys.argv[1]))["files"] if f["status"] != "valid"}
for n in sorted(os.listdir(sys.argv[2])):
    if n not in bad: print(n)
PY
np=$(wc -l <"$TMP/profile.ok"); no=$(wc -l <"$TMP/official.ok")
extra=$(comm -23 "$TMP/profile.ok" "$TMP/official.ok")
if [ -z "$extra" ]; then ok "every one of the $np documents the profile accepts, the official schema accepts"
else not_ok "the profile accepts documents the official schema rejects:"; echo "$extra" | head | diag
    for f in $(echo "$extra" | head -n 3); do xmllint --noout --nonet --schema "$OFFICIAL" "$TMP/gen/$f" 2>&1 | head -n 3 | diag; done
fi
[ "$np" -ge 40 ] && ok "the profile accepts a fair share ($np of $total)" || not_ok "the profile accepts only $np of $total"
stricter=$(comm -13 "$TMP/profile.ok" "$TMP/official.ok" | wc -l)
[ "$stricter" -gt 0 ] && ok "the profile is stricter: it rejects $stricter documents the official accepts" || not_ok "the profile rejects nothing the official accepts"
[ "$no" -lt "$total" ] && ok "the mutations make documents invalid ($((total - no)) of $total)" || not_ok "no mutation made a document invalid"

# Stricter where the official schema is loose: each case is valid for the
# official schema and rejected by the profile, with the reason. One call
# each (the official schema compiles once).
mkdir -p "$TMP/strict"
strict_case() { # NAME SED-EXPRESSION EXPECTED-IN-MESSAGE
    sed "$2" "$V/valid.xml" >"$TMP/strict/$1.xml"
    echo "$1.xml|$3" >>"$TMP/strict.cases"
}
strict_case no-journal-title 's#<journal-title-group>#<journal-title-group><abbrev-journal-title>TJ</abbrev-journal-title>#; /<journal-title>/d' "Element 'abbrev-journal-title': This element is not expected. Expected is ( journal-title )"
strict_case country-not-iso 's/country="GB"/country="UK"/' "The value 'UK' is not an element of the set"
strict_case issn-pattern 's/2049-3630/2049 3630/' "Element 'issn': [facet 'pattern'] The value '2049 3630'"
strict_case month-name 's#<month>02</month>#<month>Feb</month>#' "Element 'month': [facet 'pattern'] The value 'Feb'"
printf '<?xml version="1.0"?>\n<p>Just a paragraph.</p>\n' >"$TMP/strict/lone-p.xml"
echo "lone-p.xml|No matching global declaration available for the validation root" >>"$TMP/strict.cases"
(cd "$TMP/strict" && "$JATSIFY" validate --schema "$(xsd_dir)" --jats-version 1.4 --no-rules *.xml) >"$TMP/out" 2>&1 &&
    ok "the strictness cases are all valid for the official schema" || { not_ok "a strictness case is invalid for the official schema"; diag <"$TMP/out"; }
(cd "$TMP/strict" && "$JATSIFY" validate --schema profile --no-rules *.xml) >"$TMP/out" 2>&1
while IFS='|' read -r f msg; do
    grep "^$f:" "$TMP/out" | grep -qF -- "$msg" && ok "the profile rejects $f: $msg" || { not_ok "profile accepts $f"; grep "^$f" "$TMP/out" | diag; }
done <"$TMP/strict.cases"
"$JATSIFY" validate --schema profile "$V/valid.xml" >"$TMP/out" 2>&1
grep -q 'schema: jatsify profile of JATS Journal Publishing 1.4 (built in)' "$TMP/out" && ok "the summary says the profile was used" || { not_ok "summary"; diag <"$TMP/out"; }
env -u JATSIFY_XSD_DIR "$JATSIFY" validate --schema profile "$V/valid.xml" >/dev/null 2>&1 && ok "the profile works with no XSD folder around" || not_ok "profile without files"
done_testing
