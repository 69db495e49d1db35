/* jats.h - the JATS emitter. */
#ifndef JFY_JATS_H
#define JFY_JATS_H

#include <libxml/tree.h>

#include "node.h"

/* Builds the JATS document for a recognized tree. NULL on out of memory. */
xmlDocPtr jfyp_jats_build(const jfy_node *doc);
/* Serializes as indented UTF-8 with an XML declaration; malloc'd. */
char *jfyp_jats_serialize(xmlDocPtr doc, size_t *len);

/* libxml2's allocations from a per-thread arena (none under
 * AddressSanitizer). jfyp_xml_arena_install sets libxml2's allocator, once
 * before any thread starts (jfy_global_init), unless someone else's is set.
 * Between jfyp_xml_arena_begin (1 when the arena serves; 0 when not: then
 * free the document with xmlFreeDoc as usual) and jfyp_xml_arena_end, what
 * libxml2 allocates in this thread comes from the arena and xmlFree of it
 * does nothing; jfyp_xml_arena_end(doc) drops it all, doc with it (freeing
 * with xmlFreeDoc only what came from malloc past the arena's bound).
 * After jfyp_xml_arena_pause, new allocations are malloc's again (to be
 * kept past the end) while the document can still be read. */
void jfyp_xml_arena_install(void);
int jfyp_xml_arena_begin(void);
void jfyp_xml_arena_pause(void);
void jfyp_xml_arena_end(xmlDocPtr doc);

#endif
