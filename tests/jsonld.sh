#!/bin/sh
# The JSON-LD of the seeds and cases parses and uses only schema.org types
# and properties valid where they stand (shared/tools/check_jsonld.py).
. "$(dirname "$0")/lib.sh"
shared=$(shared_dir) || { echo "Bail out! ../shared not found (set JATSIFY_SHARED_DIR)"; exit 1; }
for in in "$top_srcdir"/seeds/*.txt "$top_srcdir"/tests/cases/*/*.txt; do
    [ -f "$in" ] || continue
    b=$(basename "$in" .txt)
    "$JATSIFY" convert -q --no-validate "$in" -o "$TMP/$b.xml" 2>/dev/null
    check "$b.jsonld is valid schema.org" python3 "$shared/tools/check_jsonld.py" "$TMP/$b.jsonld"
done
done_testing
