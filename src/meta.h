/* meta.h - the sidecar stage: facts the page does not state, merged into
 * the recognized tree. Per-file entries beat what the text says; the text
 * beats the sidecar's issue-level defaults (volume, issue, date); journal
 * facts (title, ids, ISSN, publisher) come from the sidecar alone. */
#ifndef JFY_META_H
#define JFY_META_H

#include "node.h"
#include "recognize.h"
#include "util.h"

/* Applies meta (may be NULL) to doc for the input at input_path (may be
 * NULL), then reports required JATS facts still missing as errors naming
 * the sidecar key that supplies them. Returns -1 on out of memory. */
int jfyp_meta_apply(const jfy_meta *meta, const char *input_path, jfy_node *doc,
                    jfyp_diags *diags);

/* Fills h with the sidecar's journal facts recognition may use as hints
 * (journal title, abbreviated title, journal ids, publisher name); the
 * strings belong to meta (may be NULL: h is left empty). */
void jfyp_meta_hints(const jfy_meta *meta, jfyp_hints *h);

#endif
