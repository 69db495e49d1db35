#!/bin/sh
# Recognizer cases as data: tests/cases/GROUP/NAME.txt is a small page and
# NAME.facts beside it the XPath facts its JATS must show. The sidecar
# tests/cases/jatsify.json is found by discovery, as a user's would be.
# An optional NAME.warnings lists messages the conversion must print.
# Adding a case adds two files, no code.
. "$(dirname "$0")/lib.sh"
# Without the checker every case would pass unread: say so and fail.
if [ ! -x "$XPATHCHECK" ]; then
    not_ok "facts checker $XPATHCHECK is built (make tests/xpathcheck, or make check)"
    done_testing; exit 1
fi
for in in "$top_srcdir"/tests/cases/*/*.txt; do
    [ -f "$in" ] || continue
    facts=${in%.txt}.facts
    name=$(basename "$(dirname "$in")")/$(basename "$in" .txt)
    [ -f "$facts" ] || { not_ok "$name: no .facts beside it"; continue; }
    out="$TMP/$(echo "$name" | tr / _).xml"
    "$JATSIFY" convert --no-validate "$in" -o "$out" 2>"$TMP/err"
    # Under --enable-sanitizers a leak or undefined behaviour is reported on
    # stderr (the exit code alone cannot tell it from an invalid page).
    if grep -q 'Sanitizer\|runtime error:' "$TMP/err"; then
        not_ok "$name: converts without a sanitizer report"; diag <"$TMP/err"
    else
        ok "$name: converts without a sanitizer report"
    fi
    # NAME.warnings beside it: lines the conversion must report
    if [ -f "${in%.txt}.warnings" ]; then
        while IFS= read -r want; do
            case "$want" in ""|"#"*) continue ;; esac
            if grep -qF -- "$want" "$TMP/err"; then ok "$name: reports $want"
            else not_ok "$name: reports $want"; diag <"$TMP/err"; fi
        done <"${in%.txt}.warnings"
    fi
    "$XPATHCHECK" "$out" "$facts" >"$TMP/out" 2>"$TMP/xerr"
    read_facts=0
    while IFS= read -r line; do
        case "$line" in
            "ok - "*) ok "$name: ${line#ok - }"; read_facts=1 ;;
            "not ok - "*) not_ok "$name: ${line#not ok - }"; read_facts=1 ;;
        esac
    done <"$TMP/out"
    # A page that converted to nothing, or facts the checker could not read,
    # must not pass by checking nothing.
    [ "$read_facts" = 1 ] || { not_ok "$name: its facts were checked"; diag <"$TMP/xerr"; }
done
done_testing
