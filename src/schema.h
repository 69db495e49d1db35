/* schema.h - what validate.c shares with the document checker
 * (validator.c). Internal; not installed. */
#ifndef JFY_SCHEMA_H
#define JFY_SCHEMA_H

#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

#include "jatsify.h"

/* The compiled schema for a document with (need_mathml) or without MathML,
 * compiled on first request and shared afterwards. NULL with err filled when
 * it does not compile. Thread-safe. */
xmlSchemaPtr jfyp_schema_compiled(jfy_schema *s, int need_mathml, jfy_error *err);

/* 1 when a checker that defers (jfy_validator_set_defer) should put off a
 * document needing this variant: it is not compiled yet, and the schema is
 * held (jfy_schema_hold) or another thread is compiling it. 0 when it is
 * ready or this thread may compile it now. Records the variant as wanted
 * (jfy_schema_compile_wanted). */
int jfyp_schema_defer(jfy_schema *s, int need_mathml);

/* 1 when an element under n (or a following sibling) is in the MathML
 * namespace. */
int jfyp_has_mathml(xmlNodePtr n);

/* A schema compiled from xsd (len bytes, not copied: it must outlive the
 * schema) under the display name `name`, for the given JATS version. */
jfy_schema *jfyp_schema_new_embedded(const char *name, const char *version, const char *xsd,
                                     size_t len, jfy_error *err);

/* The profile's imported parts, by URL (".../jatsify-profile-xlink.xsd"):
 * static text and its length, or NULL. */
const char *jfyp_profile_part(const char *url, size_t *len);

/* 1 when s is the built-in profile or the official JATS 1.4 Journal
 * Publishing driver: schemas that accept every document the profile does. */
int jfyp_schema_covers_profile(const jfy_schema *s);

/* 1 when the profile XSD certainly accepts doc (and so the official JATS
 * 1.4 Publishing schema too), found from build-time tables without
 * compiling any schema; 0 when not or not sure (then ask libxml2).
 * Thread-safe. doc is only read. (fastcheck.c) */
int jfyp_profile_accepts(xmlDocPtr doc);
/* The same for a compact tree (jtree.h). */
struct jt_doc;
int jfyp_profile_accepts_tree(const struct jt_doc *doc);
/* The same for a document jatsify built, as libxml2's serializer will
 * write it (elements and texts only): answers as the compact tree of the
 * written bytes would, without reading them. */
int jfyp_profile_accepts_built(xmlDocPtr doc);

/* 1 when the profile certainly accepts the document jatsify built, doc,
 * as it will be written (jfyp_profile_accepts_built): then s,
 * which must cover the profile, accepts the written bytes, and they need
 * no reading. 0 when not sure (check the bytes with jfy_schema_validate),
 * -1 on OOM. Thread-safe; doc is only read. */
int jfyp_schema_accepts_built(jfy_schema *s, xmlDocPtr doc);

/* Nonzero while the calling thread parses a document: the entity loader
 * then refuses every load (DTD, external entity), local files included. */
extern __thread int jfyp_loads_refused;

#endif
