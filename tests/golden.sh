#!/bin/sh
# Golden files: every page in seeds/ converts to exactly the JATS and JSON-LD
# checked in under tests/golden/, and converting twice gives the same bytes.
# After an intended change: tests/golden.sh --update
. "$(dirname "$0")/lib.sh"
for in in "$top_srcdir"/seeds/*.txt; do
    b=$(basename "$in" .txt)
    "$JATSIFY" convert -q --no-validate "$in" -o "$TMP/$b.xml" 2>"$TMP/err" || true
    "$JATSIFY" convert -q --no-validate "$in" -o "$TMP/$b.again.xml" 2>/dev/null || true
    if [ "${1:-}" = "--update" ]; then
        cp "$TMP/$b.xml" "$top_srcdir/tests/golden/$b.xml"
        cp "$TMP/$b.jsonld" "$top_srcdir/tests/golden/$b.jsonld"
    fi
    for ext in xml jsonld; do
        if diff -u "$top_srcdir/tests/golden/$b.$ext" "$TMP/$b.$ext" >"$TMP/diff"; then
            ok "$b.$ext matches tests/golden/$b.$ext"
        else
            not_ok "$b.$ext differs from tests/golden/$b.$ext (run tests/golden.sh --update if intended)"
            head -n 60 "$TMP/diff" | diag
        fi
        check "$b.$ext is byte-identical on a second run" cmp "$TMP/$b.$ext" "$TMP/$b.again.$ext"
    done
done
done_testing
