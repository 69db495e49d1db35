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
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* What a paragraph's characters are: those that show (all but spaces,
 * no-break spaces and . , : ;), ASCII letters, and Latin-1 and Latin
 * Extended signs. Counted in one pass for both tests below. */
typedef struct {
    int visible, plain, signs;
} char_counts;

/* One character at s into k; its length in bytes. */
static size_t count_char(const char *s, char_counts *k) {
    size_t n;
    int cp = jfyp_utf8_decode(s, &n);
    /* letters first: most characters are */
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) {
        k->plain++;
        k->visible++;
        return n ? n : 1;
    }
    switch (cp) {
    case ' ':
    case '.':
    case ',':
    case ':':
    case ';':
    case 0xA0:
        break;
    default:
        k->visible++;
    }
    if (cp >= 0xA0 && cp < 0x300)
        k->signs++;
    return n ? n : 1;
}

/* Sixteen ASCII bytes a test where SSE2 is there (every paragraph of a
 * page is counted: bench/instructions); a block holding another byte is
 * counted a character at a time up to and past that byte. */
static char_counts count_chars(const char *s) {
    char_counts k = {0, 0, 0};
    const char *p = s, *end = s + strlen(s);
#ifdef __SSE2__
    const __m128i fold = _mm_set1_epi8(0x20), shift = _mm_set1_epi8((char)(128 - 'a')),
                  below = _mm_set1_epi8((char)(-128 + 26));
    while (end - p >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
        unsigned high = (unsigned)_mm_movemask_epi8(v);
        if (high) {
            const char *stop = p + __builtin_ctz(high) + 1;
            while (p < stop)
                p += count_char(p, &k);
            continue;
        }
        /* c | 0x20 in 'a'..'z', as a signed compare after a shift */
        __m128i lower = _mm_add_epi8(_mm_or_si128(v, fold), shift);
        unsigned letters = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(lower, below));
        __m128i gap = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
                                                _mm_cmpeq_epi8(v, _mm_set1_epi8('.'))),
                                   _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(',')),
                                                _mm_cmpeq_epi8(v, _mm_set1_epi8(':'))));
        gap = _mm_or_si128(gap, _mm_cmpeq_epi8(v, _mm_set1_epi8(';')));
        unsigned gaps = (unsigned)_mm_movemask_epi8(gap);
        k.plain += jfyp_pop16(letters);
        k.visible += 16 - jfyp_pop16(gaps);
        p += 16;
    }
#endif
    while (p < end)
        p += count_char(p, &k);
    return k;
}

/* Text in a font whose encoding the extraction could not map comes out
 * as runs of Latin-1 and Latin Extended signs ("ÅÉÊ·É ·ÊÈÅËʸƑ"): more
 * of them than plain letters, where a page in a language with accents
 * holds a few among many plain letters. No paragraph can be read from it;
 * it is kept as printed. */
static int is_garbled(const char_counts *k) { return k->signs >= 20 && k->signs > 2 * k->plain; }

static int is_cells(const char *s, const char_counts *k) {
    /* the ASCII letters alone are enough for most prose: letters are
     * counted (all scripts) only when they are not */
    if (!k->visible || 5 * k->plain >= 2 * k->visible)
        return 0;
    int letters = 0, upper = 0;
    jfyp_utf8_case_counts(s, &letters, &upper);
    return 5 * letters < 2 * k->visible;
}

/* A bullet list whose items hold no text: a table's dashes for empty
 * cells ("-" a line), which Markdown reads as list markers. */
static int dash_list(const jfy_node *b) {
    if (b->type != JFY_N_LIST || jfyp_node_attr(b, "ordered") || !b->first)
        return 0;
    for (const jfy_node *it = b->first; it; it = it->next)
        for (const jfy_node *k = it->first; k; k = k->next)
            if (k->type != JFY_N_PARAGRAPH || k->first)
                return 0;
    return 1;
}

/* The unclaimed top-level block before n, or NULL. */
static jfy_node *rec_prev(const jfy_node *n) {
    jfy_node *x = n->prev;
    while (x && (x->type == JFY_N_FRONT || x->type == JFY_N_BODY || x->type == JFY_N_BACK))
        x = x->prev;
    return x;
}

#define COLUMN_LINES 4 /* lines of a table's column set as one block */
#define COLUMN_LINE 30  /* bytes: a cell's word or two */

/* A column of a table's cells that extraction kept as one block
 * ("Sesqui" / "Mono" / "Diter" / ...): four lines or more, each a word or
 * three, none ending a sentence or a phrase, none bulleted (a list of
 * words is a list). Prose wraps at a column's width, and a heading with
 * its subheading holds fewer or longer lines. -1 on out of memory. */
static int column_block(jfy_node *b) {
    jfyp_lines l;
    if (jfyp_lines_of(b, &l) < 0)
        return -1;
    int yes = l.n >= COLUMN_LINES;
    for (size_t i = 0; i < l.n && yes; i++) {
        const char *t = l.v[i].text;
        size_t n = strlen(t);
        yes = n > 0 && n <= COLUMN_LINE && jfyp_count_words(t) <= 3 && !strchr(".:;,", t[n - 1]) &&
              !jfyp_bullet_at(t) && !jfyp_is_section_name(t) && !jfyp_is_caption_start(t);
    }
    jfyp_lines_free(&l);
    return yes;
}

/* Whether paragraph b reads as figures; -1 on out of memory. */
static int cells_block(jfy_node *b) {
    if (dash_list(b))
        return 1;
    if (b->type != JFY_N_PARAGRAPH || jfyp_node_attr(b, "running-header"))
        return 0;
    char *t = jfyp_node_plain(b);
    if (!t)
        return -1;
    char_counts k = count_chars(t);
    int yes = is_cells(t, &k) || is_garbled(&k);
    free(t);
    return yes ? yes : column_block(b);
}

#define CELL_LINE 64  /* bytes: a cell's line, shorter than a column's */
#define CELL_WORDS 10

static int one_line(const jfy_node *p) {
    for (const jfy_node *k = p->first; k; k = k->next)
        if (k->type == JFY_N_SOFTBREAK || k->type == JFY_N_LINEBREAK)
            return 0;
    return 1;
}

/* Whether paragraph b holds one to three lines, each passing line_ok:
 * 1 or 0, -1 on out of memory. */
static int short_block(jfy_node *b, int (*line_ok)(const char *t, size_t n)) {
    if (b->type != JFY_N_PARAGRAPH || jfyp_node_attr(b, "running-header"))
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(b, &l) < 0)
        return -1;
    int yes = l.n >= 1 && l.n <= 3;
    for (size_t i = 0; i < l.n && yes; i++)
        yes = line_ok(l.v[i].text, strlen(l.v[i].text));
    jfyp_lines_free(&l);
    return yes;
}

static int label_line_ok(const char *t, size_t n) {
    return n > 0 && n <= 40 && jfyp_count_words(t) <= 5 && !strchr(".:;,", t[n - 1]) &&
           !jfyp_is_section_name(t) && !jfyp_is_caption_start(t);
}

/* A block of one to three short lines, no sentence among them: a row's or
 * a column's label ("Cultivated (%)", "Van") that extraction set apart
 * between two blocks of a table's figures. -1 on out of memory. */
static int label_block(jfy_node *b) {
    return short_block(b, label_line_ok);
}

/* Whether t holds a colon closing the word before it ("j: fuel type"); a
 * colon set between spaces is a ratio ("9 : 1"), which a cell may hold. */
static int word_colon(const char *t) {
    for (const char *c = strstr(t, ": "); c; c = strstr(c + 1, ": "))
        if (c > t && c[-1] != ' ')
            return 1;
    return 0;
}

/* Whether the full stop at p closes a botanist's abbreviation ("Curcuma
 * spp.", "Pseudomonas sp. UW4", "Cucumis sativus L. cv."), which a
 * species cell ends on and no sentence does. */
static int taxon_stop(const char *t, const char *p) {
    static const char *const abbr[] = {"sp", "spp", "cv", "var", "subsp"};
    const char *w = p;
    while (w > t && w[-1] != ' ')
        w--;
    if (w == t)
        return 0; /* the genus's name comes first */
    for (size_t i = 0; i < sizeof abbr / sizeof *abbr; i++)
        if ((size_t)(p - w) == strlen(abbr[i]) && strncmp(w, abbr[i], (size_t)(p - w)) == 0)
            return 1;
    return 0;
}

/* Whether a full stop in t ends a sentence: one inside the line followed by
 * a space, or the last character. */
static int sentence_stop(const char *t, size_t n) {
    for (const char *p = strchr(t, '.'); p; p = strchr(p + 1, '.'))
        if ((p[1] == ' ' || p == t + n - 1) && !taxon_stop(t, p))
            return 1;
    return 0;
}

static int cell_line_ok(const char *t, size_t n) {
    /* "j: fuel type": a definition under a formula, no cell */
    return n > 0 && n <= CELL_LINE && jfyp_count_words(t) <= CELL_WORDS && !strchr(":;", t[n - 1]) &&
           !sentence_stop(t, n) && !word_colon(t) && !jfyp_is_section_name(t) && !jfyp_is_caption_start(t);
}

/* A block of one to three lines a table's cell may hold ("Flavonoids,
 * phenolic acids, terpenoids" / "Copper sulfate"): lines shorter than a
 * column of text, no sentence ending on them. -1 on out of memory. */
static int cell_text_block(jfy_node *b) {
    return short_block(b, cell_line_ok);
}

#define MAX_LABELS 3 /* label blocks in a row inside a table */

/* Whether x, which reads as no figures, is a label inside a run of cells:
 * a block that reads as figures again follows it, through at most
 * MAX_LABELS labels. -1 on out of memory. */
static int label_inside(jfyp_rec *r, jfy_node *x) {
    for (int i = 0; x && i < MAX_LABELS; i++) {
        int lb = label_block(x);
        if (lb <= 0)
            return lb;
        x = jfyp_rec_next(r, x);
        int c = x ? cells_block(x) : 0;
        if (c)
            return c;
    }
    return 0;
}

/* Appends b's lines to out, one a line. */
static int put_lines(jfy_node *b, jfyp_buf *out) {
    if (b->type == JFY_N_CODE_BLOCK) {
        if (b->text && *b->text) {
            if (out->len)
                jfyp_buf_putc(out, '\n');
            jfyp_buf_puts(out, b->text);
        }
        return 0;
    }
    if (b->type == JFY_N_LIST) {
        for (const jfy_node *it = b->first; it; it = it->next) {
            if (out->len)
                jfyp_buf_putc(out, '\n');
            jfyp_buf_putc(out, '-');
        }
        return 0;
    }
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

/* Replaces the blocks from b through last with one preformatted block of
 * their lines. 0, or -1 on out of memory. */
static int merge_run(jfyp_rec *r, jfy_node *b, jfy_node *last) {
    jfyp_buf out;
    jfyp_buf_init(&out);
    jfy_node *stop = jfyp_rec_next(r, last);
    for (jfy_node *x = b; x != stop; x = jfyp_rec_next(r, x))
        if (put_lines(x, &out) < 0) {
            jfyp_buf_free(&out);
            return -1;
        }
    return jfyp_rec_preformat_run(r, b, last, &out);
}

#define MAX_RESIDUE 12 /* blocks of a figure's or a table's own text */

/* A figure's own text (axis labels, panel letters, a legend's keys) comes
 * just before its caption, a table's cells just after: the labels there,
 * with the figures among them, are kept as one preformatted block like
 * the cells, and are no body paragraphs. A run must hold figures (cells):
 * labels alone may be a subheading. -1 on out of memory. */
int jfyp_recognize_pdf_figtext(jfyp_rec *r) {
    jfy_node *n = jfyp_rec_first(r);
    while (n) {
        jfy_node *next = jfyp_rec_next(r, n);
        int fig = n->type == JFY_N_FIG, tab = n->type == JFY_N_TABLE_WRAP;
        if (!fig && !tab) {
            n = next;
            continue;
        }
        jfy_node *v[MAX_RESIDUE];
        int k = 0, cells = -1;
        for (jfy_node *x = fig ? rec_prev(n) : next; x && k < MAX_RESIDUE;
             x = fig ? rec_prev(x) : jfyp_rec_next(r, x)) {
            int c = cells_block(x);
            if (c < 0)
                return -1;
            if (!c) {
                if (x->type == JFY_N_CODE_BLOCK)
                    c = 1;
                else if ((c = label_block(x)) < 0)
                    return -1;
                else if (!c)
                    break;
                else
                    c = 0; /* a label */
            }
            if (c)
                cells = k;
            v[k++] = x;
        }
        /* a table's labels count up to its last block of figures, a
         * figure's all of them */
        if (cells >= 0) {
            int m = fig ? k : cells + 1;
            if (m > 1 || v[0]->type != JFY_N_CODE_BLOCK) {
                jfy_node *first = fig ? v[m - 1] : v[0], *last = fig ? v[0] : v[m - 1];
                if (!fig)
                    next = jfyp_rec_next(r, last);
                if (merge_run(r, first, last) < 0)
                    return -1;
            }
        }
        n = next;
    }
    return 0;
}

/* Whether a text of b's holds an ASCII lower-case letter: the letters
 * are not all capitals then, which is known without b's text copied out
 * (a line of prose shows one within its first few bytes). */
static int has_ascii_lower(const jfy_node *b) {
    for (const jfy_node *n = b; n; n = jfyp_node_next_in(b, n)) {
        if (!n->text || n->type == JFY_N_SOFTBREAK || n->type == JFY_N_LINEBREAK)
            continue;
        for (const unsigned char *c = (const unsigned char *)n->text; *c; c++)
            if (*c >= 'a' && *c <= 'z')
                return 1;
    }
    return 0;
}

/* Whether b is one line in capitals ("ACCESS PROBLEMS"); -1 on out of
 * memory. */
static int caps_line(const jfy_node *b) {
    if (b->type != JFY_N_PARAGRAPH || !one_line(b) || has_ascii_lower(b))
        return 0;
    char *t = jfyp_node_plain(b);
    if (!t)
        return -1;
    int letters = 0, upper = 0;
    jfyp_utf8_case_counts(t, &letters, &upper);
    free(t);
    return letters >= 4 && upper == letters;
}

/* Whether the page sets a conventional section name ("INTRODUCTION",
 * "DISCUSSION") as a line in capitals: then its other lines in capitals
 * are headings too, not a table's labels. -1 on out of memory. */
static int caps_section_names(jfyp_rec *r) {
    for (jfy_node *b = jfyp_rec_first(r); b; b = jfyp_rec_next(r, b)) {
        int c = caps_line(b);
        if (c <= 0) {
            if (c < 0)
                return -1;
            continue;
        }
        char *t = jfyp_node_plain(b);
        if (!t)
            return -1;
        int named = jfyp_section_kind(jfyp_trim(t)) == JFYP_SEC_TOP;
        free(t);
        if (named)
            return 1;
    }
    return 0;
}

#define MIN_LABEL_RUN 4 /* label blocks in a row that make a table's text */

/* The last block of the run of label blocks (and figures among them) that
 * b, a label, opens, when the run holds MIN_LABEL_RUN labels at least;
 * else NULL. A run that falls short is read once from each of its fewer
 * than MIN_LABEL_RUN labels, so the reading stays linear; a run turned
 * down whole sets *past to its last block. 1 in *oom on out of memory. */
static jfy_node *label_run(jfyp_rec *r, jfy_node *b, int caps_names, int *oom, jfy_node **past) {
    jfy_node *last = NULL;
    int labels = 0, lower = 0;
    for (jfy_node *x = b; x; x = jfyp_rec_next(r, x)) {
        /* b the caller has read already: no figures */
        int c = x->type == JFY_N_CODE_BLOCK ? 1 : x == b ? 0 : cells_block(x), lb = 0;
        if (!c && (lb = label_block(x)) == 0)
            lb = cell_text_block(x);
        if (c < 0 || lb < 0) {
            *oom = 1;
            return NULL;
        }
        /* a run opens on a label: started from figures, a run short of
         * labels would be read again from each of its blocks */
        if ((!c && !lb) || (x == b && !lb))
            break;
        if (caps_names && last == b && x != b) {
            int cl = lb ? caps_line(x) : 1;
            if (cl < 0) {
                *oom = 1;
                return NULL;
            }
            lower = !cl;
        }
        labels += lb;
        last = x;
    }
    if (labels < MIN_LABEL_RUN)
        return NULL;
    /* a heading in the page's capitals over subheadings in ordinary case
     * that head no text of their own ("STAR METHODS" / "Key resources
     * table" / "Resource availability"): no table. A heading's lines in
     * capitals set a block each are left as they were. */
    int cb = caps_names && lower ? caps_line(b) : 0;
    if (cb < 0) {
        *oom = 1;
        return NULL;
    }
    if (cb) {
        *past = last;
        return NULL;
    }
    /* short lines right above the introduction are what the front matter
     * left (a banner, an editor's line, names, addresses), no table */
    jfy_node *x = jfyp_rec_next(r, last);
    char *t = x && (x->type == JFY_N_PARAGRAPH || x->type == JFY_N_HEADING) ? jfyp_node_plain(x) : NULL;
    if (x && (x->type == JFY_N_PARAGRAPH || x->type == JFY_N_HEADING) && !t) {
        *oom = 1;
        return NULL;
    }
    const char *type = t ? jfyp_section_type(jfyp_trim(t)) : NULL;
    int intro = type && strcmp(type, "intro") == 0;
    free(t);
    if (intro)
        *past = last; /* read no part of the run again */
    return intro ? NULL : last;
}

int jfyp_recognize_pdf_cells(jfyp_rec *r) {
    int caps_names = caps_section_names(r);
    if (caps_names < 0)
        return -1;
    jfy_node *b = jfyp_rec_first(r);
    while (b) {
        int c = cells_block(b);
        if (c < 0)
            return -1;
        if (!c) {
            /* a table whose cells are words ("Leaves" / "Ocimum sanctum" /
             * "Antibacterial"), a block each: no run of body text or
             * headings is made of such blocks alone */
            int oom = 0;
            jfy_node *past = NULL;
            jfy_node *end = label_run(r, b, caps_names, &oom, &past);
            if (oom)
                return -1;
            if (past) {
                b = jfyp_rec_next(r, past);
                continue;
            }
            if (end) {
                jfy_node *after = jfyp_rec_next(r, end);
                if (merge_run(r, b, end) < 0)
                    return -1;
                b = after;
                continue;
            }
            b = jfyp_rec_next(r, b);
            continue;
        }
        jfy_node *last = b, *x = b;
        for (;;) {
            last = x;
            x = jfyp_rec_next(r, x);
            if (!x)
                break;
            if ((c = cells_block(x)) == 0 && (c = label_inside(r, x)) == 0)
                break;
            if (c < 0)
                return -1;
        }
        /* a column's label right above its figures ("Conifer (%)"); a line
         * in capitals over one line of figures alone is a heading over
         * what the page's furniture left ("ACCESS PROBLEMS" over a stray
         * "2002") */
        jfy_node *pv = rec_prev(b);
        int lb = pv ? label_block(pv) : 0;
        if (lb < 0)
            return -1;
        int cl = lb && last == b && b->type == JFY_N_PARAGRAPH && one_line(b) ? caps_line(pv) : 0;
        if (cl < 0)
            return -1;
        if (lb && one_line(pv) && !cl)
            b = pv;
        if (merge_run(r, b, last) < 0)
            return -1;
        b = x;
    }
    return 0;
}
