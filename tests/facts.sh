#!/bin/sh
# Facts: XPath assertions on the JATS of a page, written as data. Each
# tests/facts/NAME.facts names its input on a line "# input: PATH" (relative
# to the source tree); every other line is a fact for tests/xpathcheck.
. "$(dirname "$0")/lib.sh"
for facts in "$top_srcdir"/tests/facts/*.facts; do
    in=$(sed -n 's/^# input: //p' "$facts" | head -n 1)
    b=$(basename "$facts" .facts)
    "$JATSIFY" convert -q --no-validate "$top_srcdir/$in" -o "$TMP/$b.xml" 2>/dev/null
    "$XPATHCHECK" "$TMP/$b.xml" "$facts" | sed "s/^ok - /ok - $b: /; s/^not ok - /not ok - $b: /" >"$TMP/out"
    while IFS= read -r line; do
        case "$line" in
            "ok - "*) ok "${line#ok - }" ;;
            "not ok - "*) not_ok "${line#not ok - }" ;;
        esac
    done <"$TMP/out"
done
done_testing
