/* columns.h - pages laid out in columns (pdftotext -layout and similar
 * extractions print both columns of a page side by side on each line) read
 * back into reading order, between decode and parse. Internal. */
#ifndef JFY_COLUMNS_H
#define JFY_COLUMNS_H

#include <stddef.h>

#include "node.h"

/* Where each line of the reordered text came from: its input line and the
 * byte offset in that line its text starts at. */
typedef struct {
    int line;
    int col;
} jfyp_origin;

typedef struct {
    jfyp_origin *lines;
    size_t n;
} jfyp_linemap;

/* Reads text (decoded UTF-8; form feeds, pdftotext's page breaks, still in
 * it) page by page. A page whose lines share a vertical gutter is cut there
 * and each band between full-width lines is given left column first; form
 * feeds become line ends. Takes text (malloc'd): returns it when no page
 * has a gutter or a form feed (most pages, and no copy is made), else
 * frees it and returns the malloc'd reordered text; fills map; NULL (text
 * freed) on out of memory. When nothing moved, map->lines is NULL: line
 * numbers of the result are those of the input. */
char *jfyp_columns(char *text, size_t len, jfyp_linemap *map);

/* Puts the input's line and column back on every node of tree. */
void jfyp_columns_remap(jfy_node *tree, const jfyp_linemap *map);

void jfyp_linemap_free(jfyp_linemap *map);

#endif
