/* jsonld.h - the schema.org JSON-LD emitter. */
#ifndef JFY_JSONLD_H
#define JFY_JSONLD_H

#include <stddef.h>

#include "node.h"

/* The JSON-LD of a recognized tree: one ScholarlyArticle object, written as
 * json_dumps(JSON_INDENT(2)) writes it, plus a newline; malloc'd, its length
 * in *len (when len is not NULL); NULL on out of memory. */
char *jfyp_jsonld(const jfy_node *doc, size_t *len);

#endif
