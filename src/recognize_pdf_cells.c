/* recognize_pdf_cells.c - what is left of a table or a chart when text is
 * extracted from a PDF page without its caption nearby: blocks of figures
 * ("0.58 (0.47-0.72)", "1.00", "< 0.001"), axis ticks, lone symbols ("†",
 * "b"). Left alone each block is a body paragraph, and a page of results
 * turns into dozens of one-number paragraphs. A run of such blocks is kept,
 * line for line, as one preformatted block: nothing is lost, and no
 * paragraph is invented.
 *
 * A block is one when letters make up less than two fifths of its visible
 * characters. Full stops, commas, colons and semicolons are left out of the
 * count, so that a key's dot leaders ("Leaves oblong ........") or a list of
 * abbreviations do not make prose look like figures. Runs after the
 * reference list and back matter have taken theirs (a numbered list whose
 * labels extraction put in a block of their own looks the same). */
#include "recognize.h"
#include "textlines.h"

#include <stdlib.h>

static int is_cells(const char *s) {
    int letters = 0, upper = 0, visible = 0;
    for (const char *p = s; *p;) {
        size_t n;
        int cp = jfyp_utf8_decode(p, &n);
        if (cp != ' ' && cp != '.' && cp != ',' && cp != ':' && cp != ';' && cp != 0xA0)
            visible++;
        p += n ? n : 1;
    }
    jfyp_utf8_case_counts(s, &letters, &upper);
    return visible > 0 && 5 * letters < 2 * visible;
}

/* Whether paragraph b reads as figures; -1 on out of memory. */
static int cells_block(jfy_node *b) {
    if (b->type != JFY_N_PARAGRAPH || jfyp_node_attr(b, "running-header"))
        return 0;
    char *t = jfyp_node_plain(b);
    if (!t)
        return -1;
    int yes = is_cells(t);
    free(t);
    return yes;
}

/* Appends b's lines to out, one a line. */
static int put_lines(jfy_node *b, jfyp_buf *out) {
    jfyp_lines l;
    if (jfyp_lines_of(b, &l) < 0)
        return -1;
    for (size_t i = 0; i < l.n; i++) {
        if (out->len)
            jfyp_buf_putc(out, '\n');
        jfyp_buf_puts(out, l.v[i].text);
    }
    jfyp_lines_free(&l);
    return 0;
}

int jfyp_recognize_pdf_cells(jfyp_rec *r) {
    jfy_node *b = jfyp_rec_first(r);
    while (b) {
        int c = cells_block(b);
        if (c < 0)
            return -1;
        if (!c) {
            b = jfyp_rec_next(r, b);
            continue;
        }
        jfyp_buf out;
        jfyp_buf_init(&out);
        jfy_node *last = b, *x = b;
        for (;;) {
            if (put_lines(x, &out) < 0) {
                jfyp_buf_free(&out);
                return -1;
            }
            last = x;
            x = jfyp_rec_next(r, x);
            if (!x || (c = cells_block(x)) == 0)
                break;
            if (c < 0) {
                jfyp_buf_free(&out);
                return -1;
            }
        }
        char *text = jfyp_buf_finish(&out);
        jfy_node *pre = text ? jfyp_node_new_text(JFY_N_CODE_BLOCK, text) : NULL;
        free(text);
        if (!pre)
            return -1;
        jfyp_node_span_from(pre, b);
        pre->end_line = last->end_line;
        pre->end_col = last->end_col;
        jfyp_node_insert_before(b, pre);
        for (jfy_node *y = b, *stop = x; y != stop;) {
            jfy_node *nx = jfyp_rec_next(r, y);
            jfyp_node_free(y);
            y = nx;
        }
        b = x;
    }
    return 0;
}
