/* jats.h - the JATS emitter. */
#ifndef JFY_JATS_H
#define JFY_JATS_H

#include <libxml/tree.h>

#include "jatsify.h"
#include "node.h"

/* The JATS document of a recognized tree, in the emitter's own element tree. */
typedef struct jfyp_jats jfyp_jats;

/* Builds the JATS document for a recognized tree, which must outlive it.
 * NULL on out of memory. */
jfyp_jats *jfyp_jats_build(const jfy_node *doc);
void jfyp_jats_free(jfyp_jats *j);
/* Serializes as indented UTF-8 with an XML declaration; malloc'd. */
char *jfyp_jats_serialize(const jfyp_jats *j, size_t *len);
/* The same document as a libxml2 tree whose elements' _private point at the
 * recognized nodes they came from (for provenance); NULL on out of memory. */
xmlDocPtr jfyp_jats_xml(const jfyp_jats *j);

/* The recognized tree of a converted document (convert.c), for
 * tests/emit_check.c, which runs both emitters on it. */
const jfy_node *jfyp_doc_tree(const jfy_doc *d);

#endif
