# lib.sh - shared helpers for the shell tests: TAP output and locations.
# Each test script prints TAP ("ok"/"not ok" lines, the plan at the end);
# automake's tap-driver counts every line as one test.
set -u
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
JATSIFY="${JATSIFY:-$top_builddir/src/jatsify}"
XPATHCHECK="${XPATHCHECK:-$top_builddir/tests/xpathcheck}"
T_COUNT=0
T_FAILED=0
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

ok() { T_COUNT=$((T_COUNT + 1)); echo "ok $T_COUNT - $*"; }
not_ok() { T_COUNT=$((T_COUNT + 1)); T_FAILED=$((T_FAILED + 1)); echo "not ok $T_COUNT - $*"; }
# check DESCRIPTION COMMAND...: one test from a command's status.
check() { local d=$1; shift; if "$@" >"$TMP/check.out" 2>&1; then ok "$d"; else not_ok "$d"; sed 's/^/# /' "$TMP/check.out"; fi; }
diag() { sed 's/^/# /'; }
done_testing() { echo "1..$T_COUNT"; [ "$T_FAILED" -eq 0 ]; }

# The official JATS XSD folder: $JATSIFY_XSD_DIR, the configure-time one,
# then ../shared/xsd beside the source tree.
xsd_dir() {
    for d in "${JATSIFY_XSD_DIR:-}" "${JFY_CONFIGURED_XSD_DIR:-}" "$top_srcdir/../shared/xsd"; do
        [ -n "$d" ] && [ -f "$d/jats-1.4-publishing-mathml3/JATS-journalpublishing1-4-mathml3.xsd" ] && { echo "$d"; return 0; }
    done
    return 1
}
xsd_14() { echo "$(xsd_dir)/jats-1.4-publishing-mathml3/JATS-journalpublishing1-4-mathml3.xsd"; }
shared_dir() { for d in "${JATSIFY_SHARED_DIR:-}" "$top_srcdir/../shared"; do [ -n "$d" ] && [ -d "$d" ] && { echo "$d"; return 0; }; done; return 1; }
