#!/bin/sh
# The emitters write their own bytes (src/jats.c, src/jsonld.c): the JATS
# must be byte for byte libxml2's serializer of the same document, and the
# JSON-LD jansson's indented dump, on every tree the seed, the cases and
# the corpus give, and on those trees with bytes that need escaping put
# into every text and attribute (tests/emit_check.c). The writers follow
# libxml2 2.9 and jansson 2.14; a libxml2 whose serializer writes otherwise
# fails here, while jatsify's own output stays what it was.
. "$(dirname "$0")/lib.sh"
CHECK="$top_builddir/tests/emit_check"
set -- "$top_srcdir"/seeds/*.txt "$top_srcdir"/tests/cases/*/*.txt
corpus=$(shared_dir)/corpus/public
[ -d "$corpus" ] && set -- "$@" "$corpus"/*.txt
"$CHECK" "$@" >"$TMP/out" 2>/dev/null
rc=$?
if [ $rc -eq 0 ] && [ ! -s "$TMP/out" ]; then
    ok "JATS and JSON-LD writers equal libxml2's and jansson's on $# inputs, three trees each"
else
    not_ok "writers differ (exit $rc)"
    head -n 20 "$TMP/out" | diag
fi
done_testing
