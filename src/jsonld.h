/* jsonld.h - the schema.org JSON-LD emitter. */
#ifndef JFY_JSONLD_H
#define JFY_JSONLD_H

#include <jansson.h>

#include "node.h"

/* Builds the JSON-LD object for a recognized tree. NULL on out of memory. */
json_t *jfyp_jsonld_build(const jfy_node *doc);

/* j as json_dumps(j, JSON_INDENT(2)) writes it, plus a newline; malloc'd,
 * its length in *len; NULL on out of memory. */
char *jfyp_jsonld_dump(const json_t *j, size_t *len);

#endif
