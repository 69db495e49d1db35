#!/bin/sh
# The shared library exports the public jfy_ API and nothing else, and every
# function declared in src/jatsify.h is exported.
. "$(dirname "$0")/lib.sh"
so=$(ls "$top_builddir"/src/.libs/libjatsify.so 2>/dev/null | head -n 1)
[ -n "$so" ] || { echo "Bail out! src/.libs/libjatsify.so not built"; exit 1; }
nm -D --defined-only "$so" | awk '$2 ~ /^[TDBR]$/ {print $3}' | sort >"$TMP/exported"
stray=$(grep -v '^jfy_' "$TMP/exported" | grep -v '^_' | tr '\n' ' ')
[ -z "$stray" ] && ok "only jfy_ symbols exported" || not_ok "stray exports: $stray"
sed -n 's/^[a-z].*[ *]\(jfy_[a-z_]*\)(.*/\1/p' "$top_srcdir/src/jatsify.h" | sort -u >"$TMP/declared"
missing=$(comm -23 "$TMP/declared" "$TMP/exported" | tr '\n' ' ')
[ -z "$missing" ] && ok "all $(wc -l <"$TMP/declared") declared functions exported" || not_ok "declared but not exported: $missing"
done_testing
