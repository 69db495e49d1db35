/* recognize_interleaved.c - a two-column page that text extraction read
 * across both columns, one line of each in turn, every line its own block.
 *
 * The shape: a run of one-line blocks in which a line is continued not by
 * the block under it but by the one two below ("insec-" / <other column> /
 * "ticidal, ..."). The run is read back as its two columns, the first
 * column's lines (the run's first, third, ... block) before the second's,
 * each column's lines joined into paragraphs again.
 *
 * Strict, so that lists, references and headings printed a line a block are
 * never reordered: the run needs several continuations at step two, no
 * fewer than at step one, and clearly more breaks at step one (a sentence
 * ending before a lower-case line, a hyphen before a capital, a lower-case
 * word before a capitalised one) than at step two. */
#include "recognize.h"
#include "front.h"
#include "textlines.h"

#include <stdlib.h>
#include <string.h>

/* Shorter lines are headings, labels or page furniture, not column text. */
#define MIN_LINE 25
#define MIN_RUN 6
#define MIN_STEP2 2

typedef struct {
    jfy_node *node;
    char *text;     /* its plain text, malloc'd */
    size_t len;     /* without blanks and trailing soft hyphens */
    size_t end;     /* where those end in text */
    size_t hyphen;  /* length of the word before a line-end hyphen, 0 if none */
    int open_paren; /* a parenthesis opened and not closed */
    int closes;     /* a closing parenthesis before any opening one */
    int stop;       /* ends a sentence after a lower-case word */
} line;

static int is_lower(int c) { return c >= 'a' && c <= 'z'; }
static int is_upper(int c) { return c >= 'A' && c <= 'Z'; }
/* (one test: each byte of the page's text goes through it) */
static int is_letter(int c) { return (unsigned)((c | 0x20) - 'a') < 26; }

/* One letter into the hash, in lower case: only ASCII letters are hashed,
 * so setting 0x20 lowers a capital and leaves the rest. */
static uint64_t fnv_step(uint64_t h, unsigned char c) { return (h ^ (unsigned)(c | 0x20)) * 1099511628211u; }

static uint64_t fnv(uint64_t h, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        h = fnv_step(h, (unsigned char)s[i]);
    return h;
}
#define FNV0 1469598103934665603u

/* The page's words (ASCII letters, any case) as hashes: whether a word
 * split at a line end is one the page prints whole elsewhere. */
typedef struct {
    uint64_t *slot; /* 0: empty */
    size_t cap, len;
} words;

static int words_put(words *w, uint64_t h) {
    h |= 1;
    if ((w->len + 1) * 2 > w->cap) {
        size_t cap = w->cap ? w->cap * 2 : 4096;
        uint64_t *sl = calloc(cap, sizeof *sl);
        if (!sl)
            return -1;
        for (size_t i = 0; i < w->cap; i++)
            if (w->slot[i]) {
                size_t j = w->slot[i] & (cap - 1);
                while (sl[j])
                    j = (j + 1) & (cap - 1);
                sl[j] = w->slot[i];
            }
        free(w->slot);
        w->slot = sl;
        w->cap = cap;
    }
    size_t j = h & (w->cap - 1);
    while (w->slot[j] && w->slot[j] != h)
        j = (j + 1) & (w->cap - 1);
    if (!w->slot[j]) {
        w->slot[j] = h;
        w->len++;
    }
    return 0;
}

static int words_has(const words *w, uint64_t h) {
    h |= 1;
    if (!w->cap)
        return 0;
    size_t j = h & (w->cap - 1);
    while (w->slot[j] && w->slot[j] != h)
        j = (j + 1) & (w->cap - 1);
    return w->slot[j] != 0;
}

static int words_read(jfyp_rec *r, words *w) {
    for (jfy_node *n = jfyp_rec_first(r); n; n = jfyp_rec_next(r, n)) {
        char *s = jfyp_node_plain(n);
        if (!s)
            return -1;
        for (size_t i = 0; s[i];) {
            if (!is_letter((unsigned char)s[i])) {
                i++;
                continue;
            }
            /* hashed as it is read: one walk over the page's text */
            uint64_t h = FNV0;
            for (; is_letter((unsigned char)s[i]); i++)
                h = fnv_step(h, (unsigned char)s[i]);
            if (words_put(w, h) < 0) {
                free(s);
                return -1;
            }
        }
        free(s);
    }
    return 0;
}

/* A top-level paragraph of one line, long enough to be column text:
 * 1 (l filled, l->text to free), 0 when not, -1 on out of memory. */
static int one_line(const jfy_node *n) {
    if (n->type != JFY_N_PARAGRAPH || jfyp_node_attr(n, "running-header"))
        return 0;
    for (jfy_node *c = n->first; c; c = c->next)
        if (jfyp_inline_is_break(c))
            return 0;
    return 1;
}

/* A line that opens with a number and a parenthesis ("2013) and ...", a
 * citation's year wrapped to the line start) that the parser took for a
 * one-item list: its paragraph, and *marker the number as printed. */
static jfy_node *wrapped_number(const jfy_node *n, const char **marker) {
    if (n->type != JFY_N_LIST || !n->first || n->first != n->last)
        return NULL;
    const jfy_node *item = n->first;
    const char *m = jfyp_node_attr(item, "marker");
    if (item->type != JFY_N_ITEM || !m || !*m || m[strlen(m) - 1] != ')' ||
        !item->first || item->first != item->last || !one_line(item->first))
        return NULL;
    *marker = m;
    return item->first;
}

static char *line_text(const jfy_node *n) {
    const char *marker;
    const jfy_node *p = wrapped_number(n, &marker);
    if (!p)
        return one_line(n) ? jfyp_node_plain(n) : NULL;
    char *t = jfyp_node_plain(p);
    if (!t)
        return NULL;
    char *s = jfyp_printf("%s %s", marker, t);
    free(t);
    return s;
}

/* The one-item list back as the paragraph of one line it was printed as. */
static jfy_node *unlist(jfy_node *n) {
    const char *marker;
    jfy_node *p = wrapped_number(n, &marker);
    if (!p)
        return n;
    char *m = jfyp_printf("%s ", marker);
    jfy_node *para = m ? jfyp_node_new_with_text(JFY_N_PARAGRAPH, m) : NULL;
    free(m);
    if (!para)
        return NULL;
    jfyp_node_move_children(p, para);
    jfyp_node_span_from(para, n);
    jfyp_node_insert_before(n, para);
    jfyp_node_unlink(n);
    jfyp_node_free(n);
    return para;
}

static int read_line(jfy_node *n, line *l) {
    if (n->type != JFY_N_PARAGRAPH && n->type != JFY_N_LIST)
        return 0;
    if (!one_line(n) && n->type == JFY_N_PARAGRAPH)
        return 0;
    if (n->type == JFY_N_LIST) {
        const char *marker;
        if (!wrapped_number(n, &marker))
            return 0;
    }
    char *s = line_text(n);
    if (!s)
        return -1;
    size_t len = strlen(s);
    /* trailing blanks and the soft hyphen some typesetters print after a
     * hard one */
    for (;;) {
        if (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
            len--;
        else if (len >= 2 && (unsigned char)s[len - 2] == 0xC2 &&
                 (unsigned char)s[len - 1] == 0xAD)
            len -= 2;
        else
            break;
    }
    size_t at = 0;
    while (at < len && s[at] == ' ')
        at++;
    /* a numbered heading opens a column's section: never column text; a
     * short line is, when it ends a paragraph ("2014).") */
    int last_line = len - at >= 6 && s[len - 1] == '.' &&
                    (s[len - 2] == ')' ||
                     (is_lower((unsigned char)s[len - 2]) && is_lower((unsigned char)s[len - 3]) &&
                      is_lower((unsigned char)s[len - 4]))) &&
                    !(is_upper((unsigned char)s[at]) && is_upper((unsigned char)s[at + 1]));
    if ((len - at < MIN_LINE && !last_line) || jfyp_section_number(s + at, NULL)) {
        free(s);
        return 0;
    }
    memset(l, 0, sizeof *l);
    l->node = n;
    l->text = s;
    l->len = len - at;
    l->end = len;
    if (s[len - 1] == '-') {
        size_t k = len - 1;
        while (k > at && is_letter((unsigned char)s[k - 1]))
            k--;
        l->hyphen = len - 1 - k;
    }
    int depth = 0, seen = 0;
    /* from one parenthesis to the next: extraction styles that set a
     * paragraph on one line make these lines long (only blanks and soft
     * hyphens follow len, none of them a parenthesis) */
    for (const char *p = s + at; (p = strpbrk(p, "()")) && p < s + len; p++) {
        if (*p == '(') {
            depth++;
            seen = 1;
        } else {
            if (!seen)
                l->closes = 1;
            seen = 1;
            if (depth)
                depth--;
        }
    }
    l->open_paren = depth > 0;
    int last = (unsigned char)s[len - 1];
    l->stop = (last == '.' || last == '?' || last == '!') && len - at >= 4 &&
              is_lower((unsigned char)s[len - 2]) && is_lower((unsigned char)s[len - 3]) &&
              is_lower((unsigned char)s[len - 4]);
    return 1;
}

static const char *start(const line *b) {
    const char *t = b->text;
    while (*t == ' ')
        t++;
    return t;
}

/* Line b surely goes on from line a: the word a hyphenated ends in b's
 * first letters as the page prints it whole elsewhere, or b closes the
 * parenthesis a opened. */
static int goes_on(const words *w, const line *a, const line *b) {
    if (a->open_paren && b->closes)
        return 1;
    if (!a->hyphen)
        return 0;
    const char *t = start(b);
    size_t k = 0;
    while (is_lower((unsigned char)t[k]))
        k++;
    if (!k)
        return 0;
    uint64_t h = fnv(FNV0, a->text + a->end - 1 - a->hyphen, a->hyphen);
    return words_has(w, fnv(h, t, k));
}

static int interleaved(const words *w, const line *l, size_t n) {
    size_t on1 = 0, on2 = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        on1 += goes_on(w, &l[i], &l[i + 1]);
        if (i + 2 < n)
            on2 += goes_on(w, &l[i], &l[i + 2]);
    }
    return on2 >= MIN_STEP2 && on2 > 4 * on1;
}

/* One column's lines (every second of the run from `from`) as paragraphs
 * before anchor: a paragraph ends at a sentence's end on a line clearly
 * shorter than the column's longest. */
static int rejoin(line *l, size_t n, size_t from, jfy_node *anchor) {
    size_t width = 0;
    for (size_t i = from; i < n; i += 2)
        if (l[i].len > width)
            width = l[i].len;
    jfy_node *para = NULL;
    for (size_t i = from; i < n; i += 2) {
        jfy_node *x = l[i].node;
        if (!para) {
            jfyp_node_insert_before(anchor, x);
            para = x;
        } else {
            jfy_node *br = jfyp_node_new(JFY_N_SOFTBREAK);
            if (!br)
                return -1;
            jfyp_node_append(para, br);
            jfyp_node_move_children(x, para);
            para->end_line = x->end_line;
            para->end_col = x->end_col;
            jfyp_node_free(x);
        }
        if (l[i].stop && l[i].len * 20 < width * 17)
            para = NULL;
    }
    return 0;
}

static int reorder(line *l, size_t n) {
    jfy_node *anchor = l[n - 1].node->next;
    if (!anchor)
        return 0;
    for (size_t i = 0; i < n; i++) {
        l[i].node = unlist(l[i].node);
        if (!l[i].node)
            return -1;
    }
    for (size_t i = 0; i < n; i++)
        jfyp_node_unlink(l[i].node);
    if (rejoin(l, n, 0, anchor) < 0 || rejoin(l, n, 1, anchor) < 0)
        return -1;
    return 0;
}

/* The addresses' numbers set as a column of their own, a box each, that a
 * layout reader gives before the column of addresses ("1" / "2" / "3" /
 * then "Sea Mammal Research Unit, ..." / "School of ..." / ...): each
 * number goes back in front of its address, in turn, as the page prints
 * them. k numbers 1..k, then k addresses (an institution's name, or a
 * present address). Run before the page numbers' reader, which would take
 * the lone numbers for page numbers. 0, or -1 on OOM. */
static int join_label_column(jfyp_rec *r) {
    jfy_node *lab[9];
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < 80; n = jfyp_rec_next(r, n), seen++) {
        size_t k = 0;
        jfy_node *x = n;
        for (; x && k < 9 && x->type == JFY_N_PARAGRAPH && x->line == x->end_line; x = jfyp_rec_next(r, x)) {
            char *t = jfyp_front_text(x, 0);
            if (!t)
                return -1;
            int is = t[0] == (char)('1' + k) && !t[1];
            free(t);
            if (!is)
                break;
            lab[k++] = x;
        }
        if (k < 2)
            continue;
        jfy_node *addr[9];
        size_t a = 0;
        for (; x && a < k && x->type == JFY_N_PARAGRAPH; x = jfyp_rec_next(r, x)) {
            char *t = jfyp_front_text(x, 0);
            if (!t)
                return -1;
            int is = (jfyp_front_has_institution_word(t) || jfyp_strnieq(t, "present address", 15)) &&
                     strchr(t, ',') && !strchr(t, '@') && jfyp_count_words(t) <= 60 && !(t[0] >= '0' && t[0] <= '9');
            free(t);
            if (!is)
                break;
            addr[a++] = x;
        }
        if (a < k) {
            n = lab[k - 1];
            continue;
        }
        /* "1 Sea Mammal Research Unit, ...", as a line: a number alone
         * on a line of its own would read as a page's number; the first
         * address takes the column's place */
        for (size_t i = 0; i < k; i++) {
            char num[4] = {(char)('1' + i), ' ', '\0', '\0'};
            jfy_node *t = jfyp_node_new_text(JFY_N_TEXT, num);
            if (!t)
                return -1;
            jfyp_node_prepend(addr[i], t);
        }
        addr[0]->line = lab[0]->line;
        for (size_t i = 0; i < k; i++)
            jfyp_node_free(lab[i]);
        n = addr[k - 1];
    }
    return 0;
}

/* The last name's raised marker that a layout reader sets in a box of its
 * own under the byline ("... and Ana" / "Rees" / then "4"): it goes back
 * on the name, before the page numbers' reader takes the lone number for a
 * page's, where the byline's other names carry markers and this one none.
 * 0, or -1 on OOM. */
static int join_marker_under_byline(jfyp_rec *r) {
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < 24; n = jfyp_rec_next(r, n), seen++) {
        jfy_node *b = jfyp_rec_next(r, n);
        if (n->type != JFY_N_PARAGRAPH || !b || b->type != JFY_N_PARAGRAPH || b->line != b->end_line ||
            b->line > n->end_line + 2)
            continue;
        char *u = jfyp_front_text(b, 0);
        if (!u)
            return -1;
        size_t fig = strspn(u, "0123456789");
        int mark = fig >= 1 && fig <= 2 && !u[fig];
        char u0[3] = {u[0], fig > 1 ? u[1] : '\0', '\0'};
        free(u);
        if (!mark)
            continue;
        char *t = jfyp_front_text(n, 0);
        if (!t)
            return -1;
        jfyp_byname *v = NULL;
        size_t cnt = 0;
        int rc = jfyp_count_words(t) <= 60 ? jfyp_byline_read(t, &v, &cnt) : 0;
        free(t);
        if (rc < 0)
            return -1;
        int others = rc == 1 && cnt >= 2 && !*v[cnt - 1].markers;
        for (size_t i = 0; others && i + 1 < cnt; i++)
            others = *v[i].markers != '\0';
        jfyp_byline_free(v, cnt);
        if (!others)
            continue;
        /* on the name's line, as the other names' markers stand */
        char num[8] = " ";
        memcpy(num + 1, u0, fig);
        num[1 + fig] = '\0';
        jfy_node *x = jfyp_node_new_text(JFY_N_TEXT, num);
        if (!x)
            return -1;
        jfyp_node_append(n, x);
        jfyp_node_free(b);
    }
    return 0;
}

int jfyp_recognize_interleaved(jfyp_rec *r) {
    if (join_label_column(r) < 0 || join_marker_under_byline(r) < 0)
        return -1;
    line *l = NULL;
    size_t cap = 0, k = 0;
    words w = {0};
    int have_words = 0, rc = 0;
    jfy_node *n = jfyp_rec_first(r);
    while (n && rc == 0) {
        k = 0;
        jfy_node *x = n;
        /* the run's blocks are siblings, in page order */
        while (x) {
            if (k == cap) {
                size_t nc = cap ? cap * 2 : 64;
                line *nl = realloc(l, nc * sizeof *nl);
                if (!nl) {
                    rc = -1;
                    break;
                }
                l = nl;
                cap = nc;
            }
            int got = read_line(x, &l[k]);
            if (got < 0)
                rc = -1;
            if (got <= 0)
                break;
            k++;
            x = x->next;
        }
        jfy_node *after = k ? l[k - 1].node->next : jfyp_rec_next(r, n);
        /* the page's words are read only for a run with a hyphenated
         * line: goes_on looks a word up for nothing else */
        int hyphens = 0;
        for (size_t i = 0; rc == 0 && k >= MIN_RUN && i + 1 < k && !hyphens; i++)
            hyphens = l[i].hyphen != 0;
        if (rc == 0 && hyphens && !have_words) {
            have_words = 1;
            rc = words_read(r, &w);
        }
        if (rc == 0 && k >= MIN_RUN && interleaved(&w, l, k) && reorder(l, k) < 0)
            rc = -1;
        for (size_t i = 0; i < k; i++)
            free(l[i].text);
        k = 0;
        n = after;
        while (n && (n->type == JFY_N_FRONT || n->type == JFY_N_BODY ||
                     n->type == JFY_N_BACK || n->type == JFY_N_JOURNAL))
            n = jfyp_rec_next(r, n);
    }
    free(l);
    free(w.slot);
    return rc;
}
