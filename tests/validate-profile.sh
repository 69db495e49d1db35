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
python3 - "$TMP/gen" $seeds <<'PY'
import copy, random, sys, xml.etree.ElementTree as ET
out, seeds = sys.argv[1], sys.argv[2:]
rng = random.Random(20241025)
ET.register_namespace("xlink", "http://www.w3.org/1999/xlink")
ET.register_namespace("mml", "http://www.w3.org/1998/Math/MathML")
ET.register_namespace("ali", "http://www.niso.org/schemas/ali/1.0/")
trees = [ET.parse(s) for s in seeds]
names = sorted({e.tag for t in trees for e in t.iter() if isinstance(e.tag, str)})
values = ["", "x", "01", "13", "31", "29", "2021", "20201", "GB", "UK", "gb", "1234-5678", "1234-567X",
          "12345678", "yes", "no", "author", "pub", "electronic", "doi", "bibr", "aff1", "r1", "en", "EN-gb"]
def parent_map(root):
    return {c: p for p in root.iter() for c in p}
def mutate(root):
    elems = [e for e in root.iter()][1:]
    pm = parent_map(root)
    e = rng.choice(elems)
    p = pm[e]
    op = rng.randrange(9)
    if op == 0:
        p.remove(e)
    elif op == 1:
        p.insert(list(p).index(e), copy.deepcopy(e))
    elif op == 2 and len(p) > 1:
        kids = list(p); i, j = rng.sample(range(len(kids)), 2)
        kids[i], kids[j] = kids[j], kids[i]
        for k in list(p): p.remove(k)
        for k in kids: p.append(k)
    elif op == 3:
        target = rng.choice([x for x in root.iter() if x is not e and e not in x.iter()] or [root])
        if e not in list(target.iter()):
            p.remove(e); target.insert(rng.randrange(len(target) + 1), e)
    elif op == 4:
        e.tag = rng.choice(names)
    elif op == 5 and e.attrib:
        k = rng.choice(sorted(e.attrib)); e.set(k, rng.choice(values))
    elif op == 6 and e.attrib:
        del e.attrib[rng.choice(sorted(e.attrib))]
    elif op == 7:
        if len(e) == 0: e.text = rng.choice(values)
    else:
        donor = rng.choice(trees).getroot()
        d = rng.choice([x for x in donor.iter()][1:])
        p.insert(rng.randrange(len(p) + 1), copy.deepcopy(d))
n = 0
for t in trees:
    for k in range(40):
        root = copy.deepcopy(t.getroot())
        for _ in range(0 if k == 0 else 1 + rng.randrange(3)):
            try: mutate(root)
            except (ValueError, IndexError): pass
        ET.ElementTree(root).write(f"{out}/d{n:04d}.xml", encoding="UTF-8", xml_declaration=True)
        n += 1
PY
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
