/* jsonld.h - the schema.org JSON-LD emitter. */
#ifndef JFY_JSONLD_H
#define JFY_JSONLD_H

#include <stddef.h>

#include "jatsify.h"
#include "node.h"

/* The JSON-LD of a recognized tree, as the emitter's own values. */
typedef struct jfyp_jsonld jfyp_jsonld;

/* Builds the JSON-LD object for a recognized tree. NULL on out of memory. */
jfyp_jsonld *jfyp_jsonld_build(const jfy_node *doc);
void jfyp_jsonld_free(jfyp_jsonld *j);

/* j as jansson's json_dumps(j, JSON_INDENT(2)) writes it, plus a newline;
 * malloc'd, its length in *len; NULL on out of memory. */
char *jfyp_jsonld_dump(const jfyp_jsonld *j, size_t *len);

/* The recognized tree of a converted document (convert.c), for
 * tests/emit_check.c, which holds the dump to jansson's on it. */
const jfy_node *jfyp_doc_tree(const jfy_doc *d);

#endif
