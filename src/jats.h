/* jats.h - the JATS emitter. */
#ifndef JFY_JATS_H
#define JFY_JATS_H

#include <libxml/tree.h>

#include "node.h"

/* Builds the JATS document for a recognized tree. NULL on out of memory. */
xmlDocPtr jfyp_jats_build(const jfy_node *doc);
/* Serializes as indented UTF-8 with an XML declaration; malloc'd. */
char *jfyp_jats_serialize(xmlDocPtr doc, size_t *len);

#endif
