#!/bin/sh
# Article authors linked to their masthead roles and offices (unit check).
. "$(dirname "$0")/lib.sh"
exec "$top_builddir/tests/masthead_link_check"
