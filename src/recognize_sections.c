/* recognize_sections.c - headings still unclaimed open sections; a section
 * runs to the next heading of the same or a higher level, so deeper
 * headings nest. */
#include "recognize.h"

#include <stdlib.h>

#define MAX_DEPTH 6 /* Markdown has six heading levels */

int jfyp_recognize_sections(jfyp_rec *r) {
    jfy_node *open[MAX_DEPTH + 1] = {0};
    int levels[MAX_DEPTH + 1] = {0};
    int depth = 0;
    jfy_node *n = jfyp_rec_first(r);
    while (n) {
        jfy_node *next = jfyp_rec_next(r, n);
        if (n->type == JFY_N_HEADING) {
            const char *ls = jfyp_node_attr(n, "level");
            int level = ls ? atoi(ls) : 1;
            while (depth > 0 && levels[depth - 1] >= level)
                depth--;
            if (depth == MAX_DEPTH)
                depth--;
            jfy_node *sec = jfyp_node_new(JFY_N_SECTION), *title = jfyp_node_new(JFY_N_TITLE);
            if (!sec || !title) {
                jfyp_node_free(sec);
                jfyp_node_free(title);
                return -1;
            }
            jfyp_node_span_from(sec, n);
            jfyp_node_span_from(title, n);
            jfyp_node_move_children(n, title);
            jfyp_node_append(sec, title);
            if (depth > 0)
                jfyp_node_append(open[depth - 1], sec);
            else
                jfyp_node_insert_before(n, sec);
            jfyp_node_free(n);
            open[depth] = sec;
            levels[depth] = level;
            depth++;
        } else if (depth > 0) {
            jfyp_node_append(open[depth - 1], n);
            if (n->end_line > open[0]->end_line)
                for (int i = 0; i < depth; i++)
                    open[i]->end_line = n->end_line;
        }
        n = next;
    }
    return 0;
}
