/* recognize_pdf_tables.c - a table as plain-text extraction leaves it: a
 * "Table 2. ..." caption line, then its cells as runs of short lines (one
 * cell a line, column after column) or rows of short words, in blocks of
 * their own or straight under the caption. Left alone, every cell would be a
 * lone short line, which reads as a section heading, and every number a
 * paragraph. The run becomes a TABLE_WRAP: the label, the caption as its
 * title and the cell text kept line for line as a preformatted block (the
 * rows and columns cannot be told apart reliably from the reading order).
 *
 * The run ends at the first block that reads as prose (long lines, most of
 * them continuing a sentence), a table note ("Note:", "Source:"), another
 * caption, or a conventional section heading. A caption with no cells after
 * it (the table was an image, or its cells came before it) is left to
 * recognize_captions.c. */
#include "recognize.h"
#include "textlines.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Length of the table label opening s ("Table 2", "TABLE IV", "Table S1"),
 * 0 when none; *rest gets the caption text after it and its punctuation. A
 * label counts when the line ends after it, punctuation (a dash between
 * spaces too) follows, or a word in capitals or "(continued)": "Table 2
 * shows" is body text. */
static size_t table_label(const char *s, const char **rest) {
    if (strncmp(s, "Table", 5) != 0 && strncmp(s, "TABLE", 5) != 0)
        return 0;
    const char *p = s + 5;
    /* "Table-2:": the number hyphened to the word */
    if (*p == '-' && isdigit((unsigned char)p[1]))
        p++;
    else if (*p != ' ')
        return 0;
    while (*p == ' ')
        p++;
    const char *num = p;
    if (*p == 'S' && isdigit((unsigned char)p[1]))
        p++;
    if (isdigit((unsigned char)*p)) {
        while (isdigit((unsigned char)*p))
            p++;
        if (isalpha((unsigned char)*p) && !isalpha((unsigned char)p[1]))
            p++; /* "Table 3a" */
    } else {
        while (*p && strchr("IVXL", *p))
            p++;
        if (p - num > 6)
            return 0;
    }
    if (p == num || isalnum((unsigned char)*p))
        return 0;
    size_t len = (size_t)(p - s);
    const char *q = p;
    /* "TABLE 1 | Caption": a bar set between spaces */
    if (q[0] == ' ' && q[1] == '|' && (q[2] == ' ' || !q[2]))
        q++;
    /* "Table 2 - Herbal rinses", "Table 3 – Strength": a dash between
     * spaces sets the label off as a stop does, and is the label's */
    size_t dash = q[0] != ' ' ? 0 : q[1] == '-' ? 1
                  : strncmp(q + 1, "\xE2\x80\x93", 3) == 0 || strncmp(q + 1, "\xE2\x80\x94", 3) == 0 ? 3 : 0;
    if (dash && q[1 + dash] == ' ')
        q += 1 + dash;
    else if (*q == '.' || *q == ':' || *q == '|')
        q++;
    else if (*q == ' ') {
        const char *w = q;
        while (*w == ' ')
            w++;
        if (!(isupper((unsigned char)*w) || (unsigned char)*w >= 0x80 || *w == '(' || isdigit((unsigned char)*w)))
            return 0;
    } else if (*q)
        return 0;
    while (*q == ' ')
        q++;
    *rest = q;
    return len;
}

/* Words with a letter in them: "= 73.1," is no word of prose. */
static int count_words(const char *s) {
    int n = 0, letter = 0;
    for (;; s++) {
        if (*s == ' ' || !*s) {
            n += letter;
            letter = 0;
            if (!*s)
                break;
        } else if (isalpha((unsigned char)*s) || (unsigned char)*s >= 0x80) {
            letter = 1;
        }
    }
    return n;
}

/* A rule of dots or dashes drawn across the table: no text to keep. */
static int is_rule(const char *s) {
    size_t n = 0;
    for (; *s; s++) {
        if (*s != '.' && *s != '-' && *s != '_' && *s != ' ')
            return 0;
        n++;
    }
    return n >= 5;
}

/* The words a caption line ends on when its sentence goes on below. */
static const char *const glue_words[] = {"of", "the", "and", "or", "in", "for", "with", "to", "on",
                                         "by", "a", "an", "from", "at", "as", "vs", NULL};

static int ends_open(const char *s) {
    const char *const *words = glue_words;
    size_t n = strlen(s);
    if (!n)
        return 0;
    if (s[n - 1] == '-' || s[n - 1] == ',')
        return 1;
    size_t b = n;
    while (b > 0 && s[b - 1] != ' ')
        b--;
    for (int i = 0; words[i]; i++)
        if (jfyp_strieq(s + b, words[i]))
            return 1;
    return 0;
}

/* Prose: lines of seven words and more that carry sentences on, from line
 * to line or through full stops; or one long line with a sentence end.
 * Table cells are short, and each line opens its own cell. */
static int is_prose(const jfyp_lines *l) {
    if (l->n == 0)
        return 0;
    int words = 0, lower = 0, stops = 0, glue = 0;
    for (size_t i = 0; i < l->n; i++) {
        const char *t = l->v[i].text;
        words += count_words(t);
        for (int g = 0; glue_words[g]; g++)
            glue += jfyp_strieq(t, glue_words[g]);
        if (i > 0 && jfyp_starts_lower(t))
            lower++;
        for (const char *p = strstr(t, ". "); p; p = strstr(p + 2, ". "))
            stops += isupper((unsigned char)p[2]) != 0;
        size_t n = strlen(t);
        stops += n && t[n - 1] == '.' && i + 1 == l->n;
    }
    int n = (int)l->n;
    /* a justified narrow column sets one word a line: "to", "the" alone on
     * lines are prose, no table has such cells */
    if (glue >= 2)
        return 1;
    if (n == 1)
        return (words >= 10 && (stops || jfyp_starts_lower(l->v[0].text))) ||
               /* a wrapped line of running text that the next line carries on */
               (words >= 7 && ends_open(l->v[0].text));
    if (words >= 9 * n)
        return 1;
    if (2 * words >= 13 * n && (lower * 5 >= (n - 1) * 2 || stops))
        return 1;
    /* figures thin a line's words ("6,250 vines per hectare)."), but
     * sentences still run on from line to line and end */
    return n >= 3 && words >= 5 * n && lower * 2 >= n - 1 && stops;
}

/* A table note or a block that opens something else after the table. */
static int ends_table(const char *first_line) {
    static const char *const notes[] = {"Note", "Notes", "Source", "Sources", "Abbreviations",
                                        "Footnote", "Footnotes", NULL};
    for (int i = 0; notes[i]; i++)
        if (jfyp_after_label(first_line, notes[i]) && first_line[strlen(notes[i])] != ' ')
            return 1;
    const char *rest;
    if (table_label(first_line, &rest) || jfyp_is_caption_start(first_line))
        return 1;
    /* "Reference" alone, singular, heads a table's column of citations;
     * a reference list's heading is plural */
    if (jfyp_strieq(first_line, "Reference"))
        return 0;
    if (jfyp_section_kind(first_line) != JFYP_SEC_NONE || jfyp_is_references_heading(first_line))
        return 1;
    int depth = 0;
    size_t num = jfyp_section_number(first_line, &depth);
    if (num && isupper((unsigned char)first_line[num]) && count_words(first_line + num) >= 1 &&
        !strchr(first_line + num, '(') && strlen(first_line) > num + 3) {
        /* "3. Results" or "2.1 Study area": a numbered heading, not "1. Yes (%)"
         * cells; a cell number stands alone or before figures */
        int digits = 0;
        for (const char *p = first_line + num; *p; p++)
            digits += isdigit((unsigned char)*p);
        if (!digits)
            return 1;
    }
    return 0;
}

typedef struct {
    jfyp_buf cells;
    int lines;
} table_text;

static void add_line(table_text *t, const char *s) {
    if (is_rule(s))
        return;
    if (t->cells.len)
        jfyp_buf_putc(&t->cells, '\n');
    jfyp_buf_puts(&t->cells, s);
    t->lines++;
}

/* Adds the lines of text, a preformatted block's, blank ones left out.
 * -1 on out of memory. */
static int add_rows(table_text *t, const char *text) {
    char *copy = jfyp_strdup(text);
    if (!copy)
        return -1;
    for (char *line = copy, *nl; line; line = nl) {
        if ((nl = strchr(line, '\n')))
            *nl++ = '\0';
        if (*line)
            add_line(t, line);
    }
    free(copy);
    return 0;
}

/* Whether block b (a paragraph) is a run of cells; its lines in *l. -1 on
 * out of memory. */
static int cell_block(jfy_node *b, jfyp_lines *l) {
    l->v = NULL;
    l->n = 0;
    if (b->type != JFY_N_PARAGRAPH)
        return 0;
    if (jfyp_lines_of(b, l) < 0)
        return -1;
    if (l->n == 0 || ends_table(l->v[0].text) || is_prose(l)) {
        jfyp_lines_free(l);
        return 0;
    }
    return 1;
}

/* A one-line block that the next block's first line carries on as
 * running text: a narrow column's prose cut into lines, not a cell. */
static int carried_on(jfyp_rec *r, jfy_node *b, const jfyp_lines *l) {
    jfy_node *nb = jfyp_rec_next(r, b);
    if (l->n != 1 || !nb || nb->type != JFY_N_PARAGRAPH)
        return 0;
    jfyp_lines nl;
    if (jfyp_lines_of(nb, &nl) < 0)
        return -1;
    int prose = 0;
    if (nl.n) {
        jfyp_line two[2] = {l->v[0], nl.v[0]};
        jfyp_lines pair = {two, 2};
        prose = is_prose(&pair);
    }
    jfyp_lines_free(&nl);
    return prose;
}

static int seam_at(const jfyp_lines *l, size_t i);
static int seam_blocks(jfyp_rec *r, jfy_node *b);

/* Whether the text of block x goes on past a page's seam, in a block of
 * its own or two, with a line in lower case. -1 on out of memory. */
static int cut_by_seam(jfyp_rec *r, jfy_node *x) {
    jfy_node *y = jfyp_rec_next(r, x);
    if (!y || y->type != JFY_N_PARAGRAPH)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(y, &l) < 0)
        return -1;
    int one = l.n == 2 && seam_at(&l, 0) == 2;
    jfyp_lines_free(&l);
    jfy_node *z = NULL;
    if (one) {
        z = jfyp_rec_next(r, y);
    } else {
        int sb = seam_blocks(r, y);
        if (sb <= 0)
            return sb;
        z = jfyp_rec_next(r, jfyp_rec_next(r, y));
    }
    if (!z || z->type != JFY_N_PARAGRAPH)
        return 0;
    if (jfyp_lines_of(z, &l) < 0)
        return -1;
    int lower = l.n && jfyp_starts_lower(l.v[0].text);
    jfyp_lines_free(&l);
    return lower;
}

/* A lone heading-like line followed by prose is the next section's
 * heading, not the table's last cell. */
static int heading_before_prose(jfyp_rec *r, jfy_node *b, const jfyp_lines *l) {
    if (l->n != 1 || !jfyp_looks_like_heading(l->v[0].text))
        return 0;
    for (const char *p = l->v[0].text; *p; p++)
        if (isdigit((unsigned char)*p))
            return 0;
    jfy_node *x = jfyp_rec_next(r, b);
    if (!x || x->type != JFY_N_PARAGRAPH)
        return 0;
    jfyp_lines nl;
    if (jfyp_lines_of(x, &nl) < 0)
        return -1;
    int prose = nl.n && is_prose(&nl);
    /* the page ended after the text's first line: it goes on in lower
     * case past the page's seam */
    if (nl.n == 1 && !prose && count_words(nl.v[0].text) >= 7 && (prose = cut_by_seam(r, x)) < 0) {
        jfyp_lines_free(&nl);
        return -1;
    }
    prose = prose && !jfyp_starts_lower(nl.v[0].text);
    jfyp_lines_free(&nl);
    return prose;
}

/* Whether t opens with a table note's mark ("* P < 0.05", "† Normal ..."). */
static int note_mark(const char *t) {
    static const char *const marks[] = {"*", "\xE2\x88\x97", "\xE2\x80\xA0", "\xE2\x80\xA1", "\xC2\xA7", "#", NULL};
    for (int i = 0; marks[i]; i++)
        if (strncmp(t, marks[i], strlen(marks[i])) == 0)
            return 1;
    return 0;
}

#define PROSE_CELL_LINES 10 /* lines of a sentence a table's cell holds */
#define SHORT_CELL_LINES 8
#define SHORT_CELL 45 /* bytes: a line of a short cell beside a sentence's */

/* Whether b, which reads as prose, is a cell of a table whose rows hold a
 * sentence or two each (a review's table of studies: "Li et al. [60]" /
 * "Green space exposure" / "Generalized anxiety disorder was positively
 * correlated with ..."): two short cells at least came just before it
 * (run), and two more follow it, the next row's first ones. Body text
 * after a table comes after its last cell, which is left out, and a
 * subheading over it is one short block. -1 on out of memory. */
static int prose_cell(jfyp_rec *r, jfy_node *b, int run) {
    if (run < 2 || !b || b->type != JFY_N_PARAGRAPH)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(b, &l) < 0)
        return -1;
    /* a column's head named as a section is ("Results", "Conclusion"),
     * but a heading has text under it, no row of short cells */
    int yes = l.n >= 1 && l.n <= PROSE_CELL_LINES && !jfyp_starts_lower(l.v[0].text) &&
              !note_mark(l.v[0].text) &&
              (!ends_table(l.v[0].text) || (l.n == 1 && jfyp_section_kind(l.v[0].text) != JFYP_SEC_NONE &&
                                            !jfyp_is_caption_start(l.v[0].text)));
    /* the text under a table, the next one's caption run into it */
    for (size_t i = 1; i < l.n && yes; i++) {
        const char *rest;
        yes = !table_label(l.v[i].text, &rest) && !jfyp_is_caption_start(l.v[i].text);
    }
    jfyp_lines_free(&l);
    jfy_node *x = b;
    for (int k = 0; k < 2 && yes; k++) {
        x = jfyp_rec_next(r, x);
        if (!x)
            return 0;
        if ((yes = cell_block(x, &l)) < 0)
            return -1;
        if (yes) {
            /* a narrow column's cell, no entry of a list set as wide as
             * the text */
            yes = l.n <= SHORT_CELL_LINES;
            for (size_t i = 0; i < l.n && yes; i++)
                yes = strlen(l.v[i].text) <= SHORT_CELL;
            jfyp_lines_free(&l);
        }
    }
    return yes;
}

static int build(jfyp_rec *r, jfy_node *cap_para, const char *label, const char *caption,
                 table_text *t, jfy_node *last) {
    jfy_node *w = jfyp_node_new(JFY_N_TABLE_WRAP);
    jfy_node *lab = jfyp_node_new_text(JFY_N_LABEL, label);
    jfy_node *cap = jfyp_node_new(JFY_N_CAPTION);
    jfy_node *title = jfyp_node_new_with_text(JFY_N_TITLE, caption);
    int any = t->lines > 0;
    char *cells = jfyp_buf_finish(&t->cells);
    jfy_node *pre = cells && any ? jfyp_node_new_text(JFY_N_CODE_BLOCK, cells) : NULL;
    char *id = jfyp_rec_id(r, 7, "tbl");
    free(cells);
    if (!w || !lab || !cap || !title || (any && !pre) || !id || jfyp_node_set_attr(w, "id", id) < 0) {
        free(id);
        jfyp_node_free(w);
        jfyp_node_free(lab);
        jfyp_node_free(cap);
        jfyp_node_free(title);
        jfyp_node_free(pre);
        return -1;
    }
    free(id);
    jfyp_node_span_from(w, cap_para);
    w->end_line = last->end_line;
    w->end_col = last->end_col;
    jfyp_node_span_from(lab, cap_para);
    jfyp_node_span_from(cap, cap_para);
    jfyp_node_span_from(title, cap_para);
    if (pre) {
        jfyp_node_span_from(pre, cap_para);
        pre->end_line = last->end_line;
        pre->end_col = last->end_col;
    }
    jfyp_node_append(cap, title);
    jfyp_node_append(w, lab);
    jfyp_node_append(w, cap);
    if (pre)
        jfyp_node_append(w, pre);
    jfyp_node_insert_before(cap_para, w);
    return 0;
}

/* A page's seam inside the block (this stage runs before page furniture
 * goes, so that a table's figures are not taken for page numbers): a
 * lone number and a short running header naming a year, either way
 * round. The number of lines it takes at i, or 0. */
static int seam_at(const jfyp_lines *l, size_t i) {
    if (i + 1 >= l->n)
        return 0;
    for (int k = 0; k < 2; k++) {
        const char *num = l->v[i + (size_t)k].text, *hdr = l->v[i + 1 - (size_t)k].text;
        size_t d = strspn(num, "0123456789");
        if (d == 0 || d > 4 || num[d])
            continue;
        size_t n = strlen(hdr);
        int year = 0, words = 1;
        for (const char *p = hdr; *p; p++) {
            words += *p == ' ';
            year |= (p[0] == '1' || p[0] == '2') && isdigit((unsigned char)p[1]) &&
                    isdigit((unsigned char)p[2]) && isdigit((unsigned char)p[3]);
        }
        if (year && words <= 8 && n && hdr[n - 1] != '.' && count_words(hdr) >= 1)
            return 2;
    }
    return 0;
}

/* The same seam printed as two one-line blocks. 1 when b and the block
 * after it are one, -1 out of memory. */
static int seam_blocks(jfyp_rec *r, jfy_node *b) {
    jfy_node *nb = jfyp_rec_next(r, b);
    if (b->type != JFY_N_PARAGRAPH || !nb || nb->type != JFY_N_PARAGRAPH)
        return 0;
    jfyp_lines a, c;
    if (jfyp_lines_of(b, &a) < 0)
        return -1;
    if (jfyp_lines_of(nb, &c) < 0) {
        jfyp_lines_free(&a);
        return -1;
    }
    int seam = 0;
    if (a.n == 1 && c.n == 1) {
        jfyp_line two[2] = {a.v[0], c.v[0]};
        jfyp_lines pair = {two, 2};
        seam = seam_at(&pair, 0) != 0;
    }
    jfyp_lines_free(&a);
    jfyp_lines_free(&c);
    return seam;
}

/* Reads a table from caption paragraph p on; *next gets the first block
 * after it. 0 when p is no table (left alone), 1 when made, -1 on OOM. */
static int read_table(jfyp_rec *r, jfy_node *p, jfy_node **next) {
    jfyp_lines l;
    if (jfyp_lines_of(p, &l) < 0)
        return -1;
    const char *rest = NULL;
    size_t ll = l.n ? table_label(l.v[0].text, &rest) : 0;
    if (!ll) {
        jfyp_lines_free(&l);
        return 0;
    }
    int rc = -1;
    char *label = jfyp_strndup(l.v[0].text, ll);
    jfyp_buf cap;
    jfyp_buf_init(&cap);
    table_text t = {{0}, 0};
    jfyp_buf_init(&t.cells);
    if (!label)
        goto out;
    jfyp_buf_puts(&cap, rest);
    size_t i = 1;
    jfy_node *b = jfyp_rec_next(r, p);
    jfy_node *cap_block = NULL; /* a caption alone in the block after the label */
    if (!*rest) {
        if (i < l.n)
            jfyp_buf_puts(&cap, l.v[i++].text);
        else if (b && b->type == JFY_N_PARAGRAPH) {
            jfyp_lines cl;
            if (jfyp_lines_of(b, &cl) < 0)
                goto out;
            if (cl.n >= 1 && cl.n <= 3 && !is_prose(&cl) && !ends_table(cl.v[0].text)) {
                for (size_t k = 0; k < cl.n; k++) {
                    if (k)
                        jfyp_buf_putc(&cap, ' ');
                    jfyp_buf_puts(&cap, cl.v[k].text);
                }
                cap_block = b;
                b = jfyp_rec_next(r, b);
            }
            jfyp_lines_free(&cl);
        }
    }
    /* the caption runs on while its sentence does, across a page's seam */
    const char *cur = i ? l.v[i - 1].text : "";
    while (i < l.n && cap.len && cap.data && !cap.failed) {
        size_t j = i + (size_t)seam_at(&l, i);
        if (j >= l.n)
            break;
        const char *nx = l.v[j].text;
        if (!(jfyp_starts_lower(nx) || ends_open(cur)) || cur[strlen(cur) - 1] == '.')
            break;
        jfyp_buf_putc(&cap, ' ');
        jfyp_buf_puts(&cap, nx);
        cur = nx;
        i = j + 1;
    }
    if (cap.failed)
        goto out;
    /* lines under the caption in its own block: cells, unless the caption
     * sat under its table and the text goes on */
    jfyp_lines under = {l.v + i, l.n - i};
    if (under.n && (is_prose(&under) || ends_table(under.v[0].text)))
        goto out_none;
    for (; i < l.n; i++) {
        int seam = seam_at(&l, i);
        if (seam)
            i += (size_t)seam - 1; /* furniture, not cells */
        else
            add_line(&t, l.v[i].text);
    }
    jfy_node *last = cap_block ? cap_block : p;
    int run = 0; /* short cells read last, in a row */
    while (b) {
        int sb = seam_blocks(r, b);
        if (sb < 0)
            goto out;
        if (sb) { /* left for the page stage, the table goes on past it */
            b = jfyp_rec_next(r, jfyp_rec_next(r, b));
            continue;
        }
        /* a table whose rows columns.c kept as the page set them, fenced
         * (a table across a page's two columns); its notes may follow */
        if (b->type == JFY_N_CODE_BLOCK && b->text && t.lines == 0) {
            if (add_rows(&t, b->text) < 0)
                goto out;
            last = b;
            b = jfyp_rec_next(r, b);
            continue;
        }
        jfyp_lines bl;
        int c = cell_block(b, &bl);
        if (c < 0)
            goto out;
        if (!c) {
            /* a sentence in a cell of its own between a row's short
             * cells */
            int pc = prose_cell(r, b, run);
            if (pc <= 0) {
                if (pc < 0)
                    goto out;
                break;
            }
            if (jfyp_lines_of(b, &bl) < 0)
                goto out;
            run = 0;
        } else {
            int nrun = run + 1;
            /* a short cell over the row's sentence is no heading */
            int h = prose_cell(r, jfyp_rec_next(r, b), nrun);
            if (h > 0)
                h = 0;
            else if (!h && !(h = heading_before_prose(r, b, &bl)))
                h = carried_on(r, b, &bl);
            if (h) {
                jfyp_lines_free(&bl);
                if (h < 0)
                    goto out;
                break;
            }
            run = nrun;
        }
        for (size_t k = 0; k < bl.n; k++) {
            int seam = seam_at(&bl, k);
            if (seam)
                k += (size_t)seam - 1;
            else
                add_line(&t, bl.v[k].text);
        }
        jfyp_lines_free(&bl);
        last = b;
        b = jfyp_rec_next(r, b);
    }
    if (t.cells.failed)
        goto out;
    /* two cells at least, or it was a caption above prose, which
     * recognize_captions.c reads; but for a label numbered in Roman
     * figures, which it does not */
    int roman = label[strlen(label) - 1] == 'I' || label[strlen(label) - 1] == 'V' ||
                label[strlen(label) - 1] == 'X';
    if (t.lines == 1 || (t.lines == 0 && (!roman || !cap.len)))
        goto out_none;
    char *caption = jfyp_buf_finish(&cap);
    if (!caption)
        goto out;
    jfyp_trim(caption);
    rc = build(r, p, label, caption, &t, last);
    free(caption);
    if (rc < 0)
        goto out;
    /* the blocks read go: from p through last, furniture included */
    for (jfy_node *x = p; x;) {
        jfy_node *nx = jfyp_rec_next(r, x);
        int end = x == last;
        jfyp_node_free(x);
        if (end)
            break;
        x = nx;
    }
    *next = b;
    rc = 1;
    goto out;
out_none:
    rc = 0;
out:
    jfyp_buf_free(&cap);
    jfyp_buf_free(&t.cells);
    free(label);
    jfyp_lines_free(&l);
    return rc;
}

/* Whether a 'T' in p's texts may open "Table" or "TABLE" (the rest of its
 * text, up to four bytes, begins the one or the other: the word may run on
 * into the next node). A line's text is its nodes' texts with spaces
 * narrowed, so a line opening with a label has one; most paragraphs have
 * none, and their lines need not be read. */
static int may_hold_label(const jfy_node *p) {
    for (const jfy_node *n = p->first; n; n = jfyp_node_next_in(p, n)) {
        if (!n->text || n->type == JFY_N_SOFTBREAK || n->type == JFY_N_LINEBREAK)
            continue;
        for (const char *c = strchr(n->text, 'T'); c; c = strchr(c + 1, 'T')) {
            size_t k = strnlen(c + 1, 4);
            if (strncmp(c + 1, "able", k) == 0 || strncmp(c + 1, "ABLE", k) == 0)
                return 1;
        }
    }
    return 0;
}

/* Before page furniture goes, the running header of a page can share the
 * block with the caption of the table at the page's head: the caption
 * line, where no sentence runs into it, starts a block of its own. */
static int split_at_caption(jfy_node *p, jfy_node **cap) {
    *cap = NULL;
    if (!may_hold_label(p))
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(p, &l) < 0)
        return -1;
    int rc = 0;
    for (size_t i = 1; i < l.n; i++) {
        const char *rest, *prev = l.v[i - 1].text;
        size_t n = strlen(prev);
        if (!table_label(l.v[i].text, &rest) || !n || islower((unsigned char)prev[n - 1]) ||
            prev[n - 1] == ',' || prev[n - 1] == '-' || ends_open(prev))
            continue;
        if (l.v[i].first->type != JFY_N_TEXT)
            break;
        if (!(*cap = jfyp_para_split_before(p, l.v[i].first)))
            rc = -1;
        break;
    }
    jfyp_lines_free(&l);
    return rc;
}

static int opens_with_label(const jfy_node *n) {
    return n->type == JFY_N_PARAGRAPH && n->first && n->first->type == JFY_N_TEXT && n->first->text &&
           (strncmp(n->first->text, "Table", 5) == 0 || strncmp(n->first->text, "TABLE", 5) == 0);
}

int jfyp_recognize_pdf_tables(jfyp_rec *r) {
    for (jfy_node *n = jfyp_rec_first(r); n;) {
        jfy_node *next = jfyp_rec_next(r, n);
        if (n->type == JFY_N_PARAGRAPH && !opens_with_label(n)) {
            jfy_node *cap;
            if (split_at_caption(n, &cap) < 0)
                return -1;
            if (cap)
                next = cap;
        } else if (opens_with_label(n) && read_table(r, n, &next) < 0) {
            return -1;
        }
        n = next;
    }
    return 0;
}
