#!/bin/sh
# Name splitting and recasing, as data (tests/names.data).
. "$(dirname "$0")/lib.sh"
exec "$top_builddir/tests/names_check" "$top_srcdir/tests/names.data"
