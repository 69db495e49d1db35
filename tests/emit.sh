#!/bin/sh
# The JSON-LD emitter writes its own bytes (src/jsonld.c): they must be
# jansson's indented dump of what jansson reads back from them, on every
# tree the seed, the cases and the corpus give, and on those trees with
# bytes that need escaping put into every text and attribute
# (tests/emit_check.c). The writer follows jansson 2.14. The JATS is
# libxml2's own serialization and needs no such check.
. "$(dirname "$0")/lib.sh"
CHECK="$top_builddir/tests/emit_check"
set -- "$top_srcdir"/seeds/*.txt "$top_srcdir"/tests/cases/*/*.txt
corpus=$(shared_dir)/corpus/public
[ -d "$corpus" ] && set -- "$@" "$corpus"/*.txt
"$CHECK" "$@" >"$TMP/out" 2>/dev/null
rc=$?
if [ $rc -eq 0 ] && [ ! -s "$TMP/out" ]; then
    ok "JSON-LD writer equals jansson's dump on $# inputs, three trees each"
else
    not_ok "JSON-LD writer differs (exit $rc)"
    head -n 20 "$TMP/out" | diag
fi
done_testing
