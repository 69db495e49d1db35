/* recognize_vertical_text.c - text a page sets sideways: the journal's
 * name and citation up the margin of every page, a wide table turned on
 * its side. A layout reader that cannot follow rotated text (pdfminer.six
 * above all) gives it one glyph to a line, often in reverse order ("s", "d",
 * "o", "h", "t", "e", "m" for "methods"), in blocks parted by blank lines;
 * left alone each block is a paragraph of letters nobody wrote, and one
 * turned table makes a hundred of them.
 *
 * A run of blocks whose every line is a single glyph, holding a few
 * different letters, is such text and is dropped, as the running heads
 * most of it repeats are. A table's column of marks ("X", "Y", "N") holds
 * the same two or three letters over and over, and stays.
 * A lone digit at either end of the run is no part of it: a page's
 * number, which the page reader takes. */
#include "recognize.h"
#include "textlines.h"

#include <ctype.h>
#include <string.h>

#define VERTICAL_LETTERS 5 /* different letters of a run: fewer may be a
                            * figure's panel labels or a table's marks */

/* Whether line t is one glyph: one code point, or the letters a Latin
 * ligature ("ﬁ") is spelled out to. *kind gets the letter's code point
 * (lower case when ASCII), '0' for a digit, 0 for any other. */
static int one_glyph(const char *t, int *kind) {
    static const char *const ligatures[] = {"fi", "fl", "ff", "ffi", "ffl"};
    size_t k;
    *kind = 0;
    if (!*t)
        return 0;
    int cp = jfyp_utf8_decode(t, &k);
    *kind = cp < 0x80 ? (isalpha(cp) ? tolower(cp) : isdigit(cp) ? '0' : 0) : cp >= 0xC0 ? cp : 0;
    if (!t[k ? k : 1])
        return 1;
    for (size_t i = 0; i < sizeof ligatures / sizeof *ligatures; i++)
        if (strcmp(t, ligatures[i]) == 0)
            return 1;
    return 0;
}

/* Whether block b is one glyph to a line: 1 (its letters added to the
 * set seen, *seen bits for 'a'-'z' and bit 26 for any other letter), 0
 * when a line is not, -1 on out of memory. *figures gets whether it is a
 * lone digit, a page's number. */
static int glyph_block(jfy_node *b, unsigned long *seen, int *figures) {
    /* "0" over "-" reads as a heading underlined */
    if (b->type != JFY_N_PARAGRAPH && b->type != JFY_N_HEADING)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(b, &l) < 0)
        return -1;
    int yes = l.n > 0, digit = 0;
    for (size_t i = 0; i < l.n && yes; i++) {
        int kind;
        yes = one_glyph(l.v[i].text, &kind);
        digit = kind == '0';
        if (yes && kind && kind != '0')
            *seen |= 1UL << (kind <= 'z' ? kind - 'a' : 26);
    }
    *figures = l.n == 1 && digit;
    jfyp_lines_free(&l);
    return yes;
}

/* The number of bits set in v. */
static int bits(unsigned long v) {
    int n = 0;
    for (; v; v &= v - 1)
        n++;
    return n;
}

int jfyp_recognize_vertical_text(jfyp_rec *r) {
    jfy_node *b = jfyp_rec_first(r);
    while (b) {
        unsigned long seen = 0;
        int figures;
        int k = glyph_block(b, &seen, &figures);
        if (k < 0)
            return -1;
        if (!k) {
            b = jfyp_rec_next(r, b);
            continue;
        }
        /* the run b opens, without a page number at either end */
        jfy_node *first = NULL, *last = NULL, *x = b;
        for (; x && k > 0; x = jfyp_rec_next(r, x), k = x ? glyph_block(x, &seen, &figures) : 0)
            if (!figures) {
                if (!first)
                    first = x;
                last = x;
            }
        if (k < 0)
            return -1;
        if (bits(seen) >= VERTICAL_LETTERS)
            for (jfy_node *y = first, *stop = jfyp_rec_next(r, last); y != stop;) {
                jfy_node *ny = jfyp_rec_next(r, y);
                jfyp_node_free(y);
                y = ny;
            }
        b = x;
    }
    return 0;
}
