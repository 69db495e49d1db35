/* meta.h - the sidecar stage: facts the page does not state, merged into
 * the recognized tree. Per-file entries beat what the text says; the text
 * beats the sidecar's issue-level defaults (volume, issue, date); journal
 * facts (title, ids, ISSN, publisher) come from the sidecar alone. */
#ifndef JFY_META_H
#define JFY_META_H

#include "node.h"
#include "util.h"

/* Applies meta (may be NULL) to doc for the input at input_path (may be
 * NULL), then reports required JATS facts still missing as errors naming
 * the sidecar key that supplies them. Returns -1 on out of memory. */
int jfyp_meta_apply(const jfy_meta *meta, const char *input_path, jfy_node *doc,
                    jfyp_diags *diags);

#endif
