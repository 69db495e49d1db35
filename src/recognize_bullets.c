/* recognize_bullets.c - lists printed with bullet glyphs.
 *
 * A PDF keeps a list's bullets as characters ("•", "●", "▪") at the start
 * of its lines, and Markdown knows no such marker, so the list reaches the
 * tree as paragraphs: one per item when blank lines part them, or one
 * block holding the sentence that leads in, the items, whose wrapped lines
 * are not indented, and the paragraph that follows. Read back as a bullet
 * list, its items are no longer counted as paragraphs of their own. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "recognize.h"
#include "textlines.h"

/* The bullet glyph (and the space after it) opening s: its length, or 0. */
size_t jfyp_bullet_at(const char *s) {
    static const char *const glyphs[] = {"\xe2\x80\xa2", /* • */
                                         "\xe2\x97\x8f", /* ● */
                                         "\xe2\x96\xaa", /* ▪ */
                                         "\xe2\x96\xa0", /* ■ */
                                         "\xe2\x97\xa6", /* ◦ */
                                         "\xe2\x80\xa3", /* ‣ */
                                         "\xe2\x96\xba", /* ► */
                                         "\xe2\x96\xb8", /* ▸ */
                                         "\xe2\x9e\xa2"  /* ➢ */};
    /* every glyph opens on 0xe2: the many lines without one are let go
     * before nine compares */
    if ((unsigned char)s[0] != 0xe2)
        return 0;
    for (size_t i = 0; i < sizeof glyphs / sizeof *glyphs; i++) {
        size_t g = strlen(glyphs[i]), n = 0;
        /* some set the glyph twice ("►► ") */
        while (strncmp(s + n, glyphs[i], g) == 0)
            n += g;
        if (n && n <= 2 * g && (s[n] == ' ' || s[n] == '\t')) {
            while (s[n] == ' ' || s[n] == '\t')
                n++;
            return n;
        }
    }
    return 0;
}

static int is_break(const jfy_node *n) {
    return n->type == JFY_N_SOFTBREAK || n->type == JFY_N_LINEBREAK;
}

/* Whether the line starting at inline n opens with a bullet. */
static size_t line_bullet(const jfy_node *n) {
    return n && n->type == JFY_N_TEXT && n->text ? jfyp_bullet_at(n->text) : 0;
}

/* Characters of text in the inlines [n, end) (bytes: only compared with
 * other lines of the same block). */
static size_t text_len(const jfy_node *n, const jfy_node *end) {
    size_t len = 0;
    for (; n && n != end; n = n->next) {
        if (n->text)
            len += strlen(n->text);
        if (n->first)
            len += text_len(n->first, NULL);
    }
    return len;
}

/* The last character of the inlines [n, end), closing quotes and brackets
 * passed over. */
static char last_char(const jfy_node *n, const jfy_node *end) {
    const jfy_node *t = NULL;
    for (; n && n != end; n = n->next)
        if (n->type == JFY_N_TEXT && n->text && n->text[0])
            t = n;
    if (!t)
        return 0;
    size_t k = strlen(t->text);
    while (k && strchr(" )]\"'", t->text[k - 1]))
        k--;
    return k ? t->text[k - 1] : 0;
}

/* A block of items, led in or followed by text of its own, is cut into
 * runs: the lead-in, each item (its bullet line and the lines wrapped
 * under it), and a paragraph that starts after an item's sentence ends on
 * a line short of the block's measure. kind[i] is 1 for an item. */
#define MAX_RUNS 256

typedef struct {
    jfy_node *first[MAX_RUNS]; /* first inline of each run */
    int item[MAX_RUNS];
    size_t n;
} runs;

static void cut(jfy_node *para, runs *out) {
    size_t widest = 0;
    for (jfy_node *s = para->first; s;) {
        jfy_node *e = s;
        while (e && !is_break(e))
            e = e->next;
        size_t w = text_len(s, e);
        if (w > widest)
            widest = w;
        s = e ? e->next : NULL;
    }
    out->n = 0;
    int in_item = 0;
    for (jfy_node *s = para->first; s && out->n < MAX_RUNS;) {
        jfy_node *e = s;
        while (e && !is_break(e))
            e = e->next;
        int opens = 0, item = 0;
        if (line_bullet(s)) {
            opens = item = 1;
        } else if (out->n == 0) {
            opens = 1;
        } else if (in_item && s->prev && is_break(s->prev)) {
            /* the line before: where the item's text stopped */
            const jfy_node *ps = s->prev->prev;
            while (ps && ps->prev && !is_break(ps->prev))
                ps = ps->prev;
            char c = last_char(ps, s->prev);
            size_t w = text_len(ps, s->prev);
            opens = (c == '.' || c == '!' || c == '?' || c == ':') && w * 10 < widest * 8;
        }
        if (opens) {
            out->first[out->n] = s;
            out->item[out->n] = item;
            out->n++;
            in_item = item;
        }
        s = e ? e->next : NULL;
    }
}

/* A paragraph holding the inlines [s, end), moved out of their block. */
static jfy_node *take(jfy_node *s, const jfy_node *end, size_t strip) {
    jfy_node *p = jfyp_node_new(JFY_N_PARAGRAPH);
    if (!p)
        return NULL;
    p->line = s->line;
    p->col = s->col;
    while (s && s != end) {
        jfy_node *next = s->next;
        jfyp_node_unlink(s);
        jfyp_node_append(p, s);
        s = next;
    }
    if (strip && p->first && p->first->text) {
        if (jfyp_node_set_text(p->first, p->first->text + strip) < 0) {
            jfyp_node_free(p);
            return NULL;
        }
    }
    /* the line end that parted it from the next run */
    while (p->last && is_break(p->last))
        jfyp_node_free(p->last);
    const jfy_node *l = p->last;
    p->end_line = l ? (l->end_line ? l->end_line : l->line) : p->line;
    p->end_col = l ? l->end_col : p->col;
    return p;
}

static void stretch(jfy_node *to, const jfy_node *from) {
    if (!to->line) {
        to->line = from->line;
        to->col = from->col;
    }
    to->end_line = from->end_line;
    to->end_col = from->end_col;
}

/* Replaces para by its runs, appending items to list when the block just
 * before was a list of this kind. Returns the last node put in its place
 * (the list when the block ends with items), NULL on OOM. */
static jfy_node *rewrite(jfy_node *para, jfy_node *list) {
    runs rs;
    cut(para, &rs);
    jfy_node *last = NULL;
    for (size_t i = 0; i < rs.n; i++) {
        const jfy_node *end = i + 1 < rs.n ? rs.first[i + 1] : NULL;
        jfy_node *p = take(rs.first[i], end, rs.item[i] ? line_bullet(rs.first[i]) : 0);
        if (!p)
            return NULL;
        if (!rs.item[i]) {
            jfyp_node_insert_before(para, p);
            last = p;
            list = NULL;
            continue;
        }
        if (!list) {
            list = jfyp_node_new(JFY_N_LIST);
            if (!list) {
                jfyp_node_free(p);
                return NULL;
            }
            jfyp_node_insert_before(para, list);
        }
        jfy_node *it = jfyp_node_new(JFY_N_ITEM);
        if (!it) {
            jfyp_node_free(p);
            return NULL;
        }
        jfyp_node_span_from(it, p);
        jfyp_node_append(it, p);
        jfyp_node_append(list, it);
        stretch(list, it);
        last = list;
    }
    jfyp_node_free(para);
    return last;
}

/* "2.14. Se publican ..." / "3.2 Sample size ...": an item numbered
 * under a section number, as the rows of a checklist or questionnaire
 * print them. *major and *minor get its two numbers; 0 when the paragraph
 * opens with no such number. */
static int sub_number(const jfy_node *p, long *major, long *minor) {
    const jfy_node *t = p->first;
    if (!t || t->type != JFY_N_TEXT || !t->text)
        return 0;
    const char *s = t->text;
    size_t a = strspn(s, "0123456789");
    if (!a || a > 2 || s[a] != '.')
        return 0;
    size_t b = strspn(s + a + 1, "0123456789");
    if (!b || b > 2)
        return 0;
    const char *e = s + a + 1 + b;
    if (*e == '.')
        e++;
    if (*e != ' ' || !((unsigned char)e[1] >= 0x80 || (e[1] >= 'A' && e[1] <= 'Z') ||
                       (e[1] >= 'a' && e[1] <= 'z')))
        return 0;
    *major = strtol(s, NULL, 10);
    *minor = strtol(s + a + 1, NULL, 10);
    return 1;
}

/* A run of such paragraphs, each one short (an item's sentence or two,
 * where a section run in with its heading is longer), numbered on from one
 * to the next under the same major number, reads as a list: a PDF's
 * checklist whose rows pdftotext prints a paragraph each. A gap of a few
 * numbers is allowed, for rows the page set side by side and the text
 * joined into one paragraph. */
#define ITEM_MAX 400
#define RUN_MIN 4

/* "2.1. Search Strategies" alone on its line, no stop at its end: a
 * numbered subsection's heading, as a page prints four or more of them
 * apart by their text; a checklist's row is a sentence or a question. */
static int heading_row(const jfy_node *p) {
    const jfy_node *t = p->first;
    if (!t || t->next || t->type != JFY_N_TEXT || !t->text)
        return 0;
    size_t n = strlen(t->text);
    return n && t->text[n - 1] != '?' && jfyp_looks_like_heading(t->text);
}

static int sub_item(const jfy_node *p, long *major, long *minor) {
    return p && p->type == JFY_N_PARAGRAPH && !jfyp_node_attr(p, "running-header") &&
           sub_number(p, major, minor) && text_len(p->first, NULL) <= ITEM_MAX && !heading_row(p);
}

/* The items from n to stop (excluded) put in an ordered list of their own
 * where n stood; any other block between them stays where it was, between
 * two lists. */
static int wrap_items(jfy_node *n, const jfy_node *stop) {
    jfy_node *list = NULL;
    long ma, mi;
    for (jfy_node *p = n; p != stop;) {
        jfy_node *nx = p->next;
        if (!sub_item(p, &ma, &mi)) {
            list = NULL;
            p = nx;
            continue;
        }
        if (!list) {
            list = jfyp_node_new(JFY_N_LIST);
            if (!list || jfyp_node_set_attr(list, "ordered", "1") < 0) {
                jfyp_node_free(list);
                return -1;
            }
            jfyp_node_insert_before(p, list);
        }
        jfy_node *it = jfyp_node_new(JFY_N_ITEM);
        if (!it)
            return -1;
        jfyp_node_unlink(p);
        jfyp_node_span_from(it, p);
        jfyp_node_append(it, p);
        jfyp_node_append(list, it);
        stretch(list, it);
        p = nx;
    }
    return 0;
}

static int numbered_runs(jfyp_rec *r) {
    for (jfy_node *n = jfyp_rec_first(r); n;) {
        long ma, mi, ma2, mi2;
        if (!sub_item(n, &ma, &mi)) {
            n = jfyp_rec_next(r, n);
            continue;
        }
        size_t len = 1;
        jfy_node *e = n;
        for (;;) {
            /* one block between two items numbered on: a table's cells or
             * its caption, set where the checklist breaks across a page */
            jfy_node *x = e->next;
            if (x && !sub_item(x, &ma2, &mi2))
                x = x->next;
            if (!sub_item(x, &ma2, &mi2) || ma2 != ma || mi2 <= mi || mi2 > mi + 3)
                break;
            e = x;
            mi = mi2;
            len++;
        }
        jfy_node *after = jfyp_rec_next(r, e);
        if (len >= RUN_MIN && wrap_items(n, e->next) < 0)
            return -1;
        n = after;
    }
    return 0;
}

int jfyp_recognize_bullets(jfyp_rec *r) {
    if (numbered_runs(r) < 0)
        return -1;
    jfy_node *list = NULL; /* the list the block before ended with */
    for (jfy_node *n = jfyp_rec_first(r); n;) {
        jfy_node *next = jfyp_rec_next(r, n);
        if (n->type == JFY_N_PARAGRAPH && n->first) {
            int any = 0;
            for (jfy_node *s = n->first; s && !any; s = s->next)
                any = (s == n->first || (s->prev && is_break(s->prev))) && line_bullet(s);
            if (any) {
                /* items go on in the list just before only when this block
                 * opens with one */
                jfy_node *prev = list && n->prev == list && line_bullet(n->first) ? list : NULL;
                jfy_node *last = rewrite(n, prev);
                if (!last)
                    return -1;
                list = last->type == JFY_N_LIST ? last : NULL;
                n = next;
                continue;
            }
        }
        list = NULL;
        n = next;
    }
    return 0;
}
