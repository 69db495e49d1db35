/* rules.h - the checks an XSD cannot express (see jfy_rule_at for the
 * list). Internal; not installed. */
#ifndef JFY_RULES_H
#define JFY_RULES_H

#include "jatsify.h"
#include "jtree.h"

/* Receives one finding: the node it is about (its start tag gives line and
 * column), the attribute when the finding is about one (or NULL), the
 * rule's level and id, and the message. */
typedef void (*jfyp_rule_emit)(void *ctx, const jt_node *node, const char *attr, jfy_level level,
                               const char *rule, const char *message);

/* Runs every rule over doc. 0, or -1 when memory ran out. */
int jfyp_rules_check(const jt_doc *doc, jfyp_rule_emit emit, void *ctx);

#endif
