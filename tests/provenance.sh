#!/bin/sh
# --provenance: every XPath in OUT.prov.json names exactly one element of
# OUT.xml, and spans point at the input lines the element came from.
. "$(dirname "$0")/lib.sh"
seed=$(ls "$top_srcdir"/seeds/*.txt | head -n 1)
"$JATSIFY" convert -q --no-validate --provenance "$seed" -o "$TMP/seed.xml"
[ -s "$TMP/seed.prov.json" ] && ok "--provenance writes OUT.prov.json" || not_ok "no provenance file"
python3 - "$TMP/seed.prov.json" "$seed" >"$TMP/facts" <<'PY' || not_ok "provenance JSON unreadable"
import json, sys
prov = json.load(open(sys.argv[1]))
assert prov["source"].endswith(".txt")
lines = open(sys.argv[2], encoding="utf-8").read().split("\n")
for path, span in prov["elements"].items():
    assert 1 <= span["line"] <= span["end_line"] <= len(lines), (path, span)
    print(f"count({path}) => 1")
PY
[ -s "$TMP/facts" ] && ok "provenance spans lie inside the input" || not_ok "provenance spans"
"$XPATHCHECK" "$TMP/seed.xml" "$TMP/facts" >"$TMP/out"
bad=$(grep -c '^not ok' "$TMP/out")
total=$(grep -c '^ok' "$TMP/out")
[ "$bad" -eq 0 ] && [ "$total" -gt 10 ] && ok "all $total provenance XPaths resolve to one element" || { not_ok "$bad XPaths do not resolve"; grep '^not ok' "$TMP/out" | head | diag; }
# The link to the focus URL sits on the line that prints it.
url_line=$(grep -n 'www.nature.com/nrc/focus/migration' "$seed" | head -n 1 | cut -d: -f1)
python3 - "$TMP/seed.prov.json" "$url_line" <<'PY' && ok "ext-link points at input line $url_line" || not_ok "ext-link provenance"
import json, sys
els = json.load(open(sys.argv[1]))["elements"]
hits = [s for p, s in els.items() if p.endswith("/ext-link")]
sys.exit(0 if hits and hits[0]["line"] == int(sys.argv[2]) else 1)
PY
# A CRediT role points at the author-contributions paragraph it was read from.
case_in="$top_srcdir/tests/cases/contributions/dotted.txt"
stmt_line=$(grep -n 'designed the study' "$case_in" | head -n 1 | cut -d: -f1)
"$JATSIFY" convert -q --no-validate --provenance "$case_in" -o "$TMP/roles.xml"
python3 - "$TMP/roles.prov.json" "$stmt_line" <<'PY' && ok "CRediT role points at input line $stmt_line" || not_ok "role provenance"
import json, sys
els = json.load(open(sys.argv[1]))["elements"]
hits = [s for p, s in els.items() if "/contrib" in p and p.split("/")[-1].startswith("role")]
sys.exit(0 if hits and all(s["line"] == int(sys.argv[2]) for s in hits) else 1)
PY
# Columns read back into order keep their place on the page: the right
# column's first heading points at its own line and column, not at the
# line it lands on after the left column.
case_in="$top_srcdir/tests/cases/pdftext/layout-columns.txt"
"$JATSIFY" convert -q --no-validate --provenance "$case_in" -o "$TMP/cols.xml"
want=$(grep -n 'Introduction$' "$case_in" | head -n 1 | awk -F: '{ print $1 ":" index($0, "Introduction") - length($1) - 1 }')
python3 - "$TMP/cols.prov.json" "$want" <<'PY' && ok "a right-column heading points at input $want" || not_ok "column provenance (want $want)"
import json, sys
els = json.load(open(sys.argv[1]))["elements"]
s = els.get("/article/body/sec[1]/title")
line, col = map(int, sys.argv[2].split(":"))
sys.exit(0 if s and s["line"] == line and s["column"] == col else 1)
PY
# A history field OCR read on the byline's first line and cut off from
# it spans that line's head, not the byline's lines under it.
case_in="$top_srcdir/tests/cases/ocr/o13-history-span.txt"
want=$(grep -n '^Received: ' "$case_in" | head -n 1 | cut -d: -f1)
"$JATSIFY" convert -q --no-validate --provenance "$case_in" -o "$TMP/hist.xml"
python3 - "$TMP/hist.prov.json" "$want" <<'PY' && ok "a history field cut from the byline spans input line $want alone" || not_ok "history field provenance (want line $want)"
import json, sys
els = json.load(open(sys.argv[1]))["elements"]
s = els.get("/article/front/article-meta/history/date[1]")
line = int(sys.argv[2])
sys.exit(0 if s and s["line"] == line and s["end_line"] == line and s["end_column"] == len("Received: 11 January 2024") else 1)
PY
"$JATSIFY" convert -q --no-validate --provenance "$seed" >/dev/null 2>"$TMP/err"
[ $? -eq 2 ] && ok "--provenance without -o is a usage error" || not_ok "--provenance without -o"
done_testing
