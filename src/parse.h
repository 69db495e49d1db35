/* parse.h - second stage: UTF-8 text to a tree of blocks and inlines. */
#ifndef JFY_PARSE_H
#define JFY_PARSE_H

#include "node.h"

/* Parses text (CommonMark with GFM tables via cmark-gfm) into a DOCUMENT
 * node. Plain text with no Markdown parses as paragraphs split at blank
 * lines, hard-wrapped lines kept as SOFTBREAKs. NULL on out of memory. */
jfy_node *jfyp_parse(const char *text, size_t len);

#endif
