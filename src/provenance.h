/* provenance.h - the map from JATS elements back to the input text. */
#ifndef JFY_PROVENANCE_H
#define JFY_PROVENANCE_H

#include <libxml/tree.h>
#include <stddef.h>

/* doc must come from jfyp_jats_build (its elements point at tree nodes).
 * Returns malloc'd JSON, NULL on out of memory. */
char *jfyp_provenance(xmlDocPtr doc, const char *source, size_t *len);

#endif
