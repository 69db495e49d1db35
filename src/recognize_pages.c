/* recognize_pages.c - page furniture: running headers and footers and page
 * numbers that a PDF extraction repeats on every page, dropped, and the
 * paragraph halves a page break left apart joined again.
 *
 * A running line is known by repetition: the same text (digits aside, so
 * "Journal 2011; 11: 174" and "... 175" count as one) at the edge of a block
 * on several pages. A page number is a lone number at a block's edge.
 * Extraction puts both at the seams between pages, so only the first and
 * last lines of a paragraph are looked at; text inside a paragraph is never
 * taken for furniture. The document's first block is left alone: the
 * running header above the title belongs to the front matter, which reads
 * volume and pages from it. */
#include "front.h"
#include "recognize.h"
#include "textlines.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

typedef struct {
    jfy_node *para;
    jfy_node *first, *last; /* inline nodes of the line, inclusive */
    char *text;             /* the line's plain text, trimmed */
    char *key;              /* text with digit runs as '#': page-independent */
    size_t text_at, key_at; /* where text and key are in the pool */
    int count;              /* lines in the document with this key */
    int same;               /* lines in the document with this very text */
    int pos;                /* 0 first line, 1 second, -1 last, -2 second last */
    int number;             /* is_page_number of the text, plus one; 0 not asked yet */
    int earliest;           /* the first in the document of the lines with its key */
} line;

typedef struct {
    line *v;
    size_t len, cap;
    /* the distinct keys of ten characters or more that two lines or more
     * share, sorted: a variant of a running line is looked up, not sought */
    const char **rep;
    size_t nrep;
    /* every line's text and key, end to end: one allocation, not two a
     * line; the lines point into it once all are read */
    jfyp_buf pool;
} lines;

static int is_break(const jfy_node *n) {
    return n->type == JFY_N_SOFTBREAK || n->type == JFY_N_LINEBREAK;
}


#define DIGITS "0123456789"

/* Appends the line's plain text as jfyp_range_text makes it, and after
 * its NUL its key (never longer than the text), to the pool: the offsets
 * of both, -1 when out of memory. */
static int text_and_key(jfyp_buf *pool, const jfy_node *first, const jfy_node *last, size_t *text_at,
                        size_t *key_at) {
    size_t len = 0;
    for (const jfy_node *n = first; n; n = n->next) {
        len += jfyp_node_plain_len(n);
        if (n == last)
            break;
    }
    size_t at = pool->len;
    /* the room, not cleared first: every byte kept is written below */
    char *s = jfyp_buf_room(pool, 2 * len + 2), *w = s;
    if (!s)
        return -1;
    for (const jfy_node *n = first; n; n = n->next) {
        w = jfyp_node_plain_at(n, w);
        if (n == last)
            break;
    }
    *w = '\0';
    jfyp_squeeze(s);
    w = s + strlen(s) + 1;
    *text_at = at;
    *key_at = at + (size_t)(w - s);
    for (const char *p = s;;) {
        size_t n = strcspn(p, DIGITS);
        memcpy(w, p, n);
        w += n;
        p += n;
        if (!*p)
            break;
        p += strspn(p, DIGITS);
        *w++ = '#';
    }
    *w = '\0';
    pool->len = at + (size_t)(w + 1 - s);
    pool->data[pool->len] = '\0';
    return 0;
}

static int push_line(lines *ls, jfy_node *para, jfy_node *first, jfy_node *last) {
    if (ls->len == ls->cap) {
        size_t cap = ls->cap ? ls->cap * 2 : 64;
        line *v = realloc(ls->v, cap * sizeof *v);
        if (!v)
            return -1;
        ls->v = v;
        ls->cap = cap;
    }
    line *l = &ls->v[ls->len];
    memset(l, 0, sizeof *l);
    l->para = para;
    l->first = first;
    l->last = last;
    if (text_and_key(&ls->pool, first, last, &l->text_at, &l->key_at) < 0)
        return -1;
    ls->len++;
    return 0;
}

/* The edge lines of one paragraph: up to two at each end. */
static int collect_edges(lines *ls, jfy_node *para) {
    jfy_node *starts[2] = {0}, *ends[2] = {0};
    jfy_node *tail_s[2] = {0}, *tail_e[2] = {0};
    int nlines = 0;
    jfy_node *s = para->first;
    while (s) {
        jfy_node *e = s;
        while (e->next && !is_break(e->next))
            e = e->next;
        if (!is_break(s) || s != e) {
            if (nlines < 2) {
                starts[nlines] = s;
                ends[nlines] = e;
            }
            tail_s[0] = tail_s[1];
            tail_e[0] = tail_e[1];
            tail_s[1] = s;
            tail_e[1] = e;
            nlines++;
        }
        s = e->next ? e->next->next : NULL;
    }
    for (int i = 0; i < 2 && i < nlines; i++) {
        if (push_line(ls, para, starts[i], ends[i]) < 0)
            return -1;
        ls->v[ls->len - 1].pos = i;
    }
    for (int i = 0; i < 2; i++) {
        int idx = nlines - 2 + i; /* line index in the paragraph */
        if (idx < 2 || !tail_s[i])
            continue;
        if (push_line(ls, para, tail_s[i], tail_e[i]) < 0)
            return -1;
        ls->v[ls->len - 1].pos = i - 2;
    }
    return 0;
}

static int cmp_key(const void *a, const void *b) {
    const line *x = *(line *const *)a, *y = *(line *const *)b;
    int c = strcmp(x->key, y->key);
    return c ? c : strcmp(x->text, y->text);
}

static int count_keys(lines *ls) {
    if (!ls->len)
        return 0;
    line **idx = malloc(ls->len * sizeof *idx);
    ls->rep = malloc(ls->len * sizeof *ls->rep);
    if (!idx || !ls->rep) {
        free(idx);
        return -1;
    }
    for (size_t i = 0; i < ls->len; i++)
        idx[i] = &ls->v[i];
    qsort(idx, ls->len, sizeof *idx, cmp_key);
    for (size_t i = 0; i < ls->len;) {
        size_t j = i;
        while (j < ls->len && strcmp(idx[j]->key, idx[i]->key) == 0)
            j++;
        /* A page repeats its running line once a page; the same line a few
         * lines apart is a list's ("..., Dental" / "Sciences, Virajpet,
         * Karnataka, India" closing three addresses), not furniture. A
         * formula's short crumbs ("dt") and the lines opening entries (a
         * list's author over several of its references) are left as they
         * were. */
        int lo = idx[i]->para->line, hi = lo, tails = 1;
        for (size_t k = i; k < j; k++) {
            int at = idx[k]->para->line;
            lo = at < lo ? at : lo;
            hi = at > hi ? at : hi;
            tails &= idx[k]->pos != 0;
        }
        int close = tails && j - i >= 2 && hi - lo <= 4 * (int)(j - i - 1) &&
                    strlen(idx[i]->key) >= 24;
        line *earliest = idx[i];
        for (size_t k = i; k < j; k++) {
            idx[k]->count = close ? 1 : (int)(j - i);
            earliest = idx[k] < earliest ? idx[k] : earliest;
        }
        earliest->earliest = 1;
        /* one key's lines are in text order: equal texts run together */
        for (size_t k = i; k < j;) {
            size_t m = k;
            while (m < j && strcmp(idx[m]->text, idx[k]->text) == 0)
                m++;
            for (size_t q = k; q < m; q++)
                idx[q]->same = (int)(m - k);
            k = m;
        }
        if (j - i >= 2 && strlen(idx[i]->key) >= 10)
            ls->rep[ls->nrep++] = idx[i]->key; /* idx is in key order */
        i = j;
    }
    free(idx);
    return 0;
}

/* "12", "- 12 -", "Page 12", "12 of 30", "12 / 30", "xii": 1; five digits
 * (a long volume's "13201"), 2: a page number only beside a line repeated on
 * three pages or more, since alone such a number is as likely a table's value. */
static int is_page_number(const char *s) {
    const char *p = s;
    if (jfyp_strnieq(p, "page ", 5))
        p += 5;
    if (*p == '-' || *p == '[')
        p++;
    while (*p == ' ')
        p++;
    const char *d = p;
    while (isdigit((unsigned char)*p))
        p++;
    size_t nd = (size_t)(p - d);
    if (nd == 0) {
        /* lower-case roman numerals of front-matter pages */
        size_t n = strspn(s, "ivxlc");
        return n > 0 && n <= 5 && s[n] == '\0';
    }
    if (nd > 5)
        return 0;
    /* a year wrapped onto its own line ("Published: August 2,\n2011") */
    if (nd == 4 && (strncmp(d, "19", 2) == 0 || strncmp(d, "20", 2) == 0))
        return 0;
    while (*p == ' ')
        p++;
    if (*p == '-' || *p == ']')
        p++;
    while (*p == ' ')
        p++;
    if (*p == '/' || jfyp_strnieq(p, "of ", 3)) {
        p += *p == '/' ? 1 : 3;
        while (*p == ' ')
            p++;
        if (!isdigit((unsigned char)*p))
            return 0;
        while (isdigit((unsigned char)*p))
            p++;
    }
    return *p == '\0' ? 1 + (nd == 5) : 0;
}

/* is_page_number of l's text, asked once: a paragraph's edge lines are
 * asked about as its own, as its neighbours' and when it is stripped. */
static int line_number(line *l) {
    if (!l->number)
        l->number = is_page_number(l->text) + 1;
    return l->number - 1;
}

/* Whether the first of a paragraph's nl edge lines is a bracketed number
 * over lines of text, "[2]" / "Odds FC et al. ...": a reference's label
 * over its entry (MuPDF sets each entry apart as a block so), which no page
 * number is; a bracketed number alone in its block may be an equation's. */
static int label_over_entry(line *const *L, int nl) {
    return nl > 1 && L[0]->text[0] == '[';
}

static int has_letters(const char *s, int min) {
    int letters = 0, upper = 0;
    jfyp_utf8_case_counts(s, &letters, &upper);
    return letters >= min;
}

/* Whether t[0,n) ends with a range of numbers: "1135–1148", "45-52". */
static int ends_page_range(const char *t, size_t n) {
    size_t i = n, d = 0;
    while (i > 0 && isdigit((unsigned char)t[i - 1]))
        i--, d++;
    if (!d)
        return 0;
    /* an en dash, or the hyphen and non-breaking hyphen of U+2010/2011
     * some typesetters put in page ranges ("228‑40") */
    if (i >= 3 && (unsigned char)t[i - 3] == 0xE2 && (unsigned char)t[i - 2] == 0x80 &&
        ((unsigned char)t[i - 1] == 0x93 || (unsigned char)t[i - 1] == 0x90 ||
         (unsigned char)t[i - 1] == 0x91))
        i -= 3;
    else if (i >= 1 && t[i - 1] == '-')
        i--;
    else
        return 0;
    return i > 0 && isdigit((unsigned char)t[i - 1]);
}

/* Whether t[0,n) ends with a reference's link to an index, "[PMID:
 * 17021093]" or "[PubMed: 123]", after text: one journal's entries end so
 * and differ in digits only, where no running line names an index entry. */
static int ends_link_caption(const char *t, size_t n) {
    if (n < 8 || t[n - 1] != ']')
        return 0;
    size_t o = n - 1;
    while (o > 0 && isdigit((unsigned char)t[o - 1]))
        o--;
    if (o == n - 1 || o < 2)
        return 0;
    while (o > 0 && t[o - 1] == ' ')
        o--;
    if (o < 2 || t[o - 1] != ':')
        return 0;
    o--;
    size_t w = o;
    while (o > 0 && isalpha((unsigned char)t[o - 1]))
        o--;
    return w - o >= 3 && o >= 2 && t[o - 1] == '[' && isupper((unsigned char)t[o]);
}

/* ", 2002." and nothing after: the year closing an entry whose DOI comes
 * before it ("doi:10.1016/S0921-4488(02)00016-0, 2002."), as some
 * publishers order a reference. */
static int year_closes(const char *p) {
    if (p[0] != ',' || p[1] != ' ' || strspn(p + 2, DIGITS) != 4)
        return 0;
    p += 6;
    if (*p >= 'a' && *p <= 'z')
        p++;
    return p[0] == '.' && p[1] == '\0';
}

/* Lines that repeat because documents are built that way, not because a
 * page repeats them: section names, caption and reference labels. */
static int repeats_by_nature(const line *l) {
    const char *t = l->text;
    if (jfyp_strnieq(t, "fig", 3) || jfyp_strnieq(t, "table", 5) || t[0] == '[' ||
        t[0] == '(' || jfyp_is_section_name(t))
        return 1;
    /* a reference's DOI on its own line: one journal's DOIs differ in
     * digits only, so their keys match; the article's own DOI printed
     * under the running header of three pages is that header's */
    size_t len;
    const char *d = jfyp_find_doi(t, &len);
    if (d && d - t <= 20 && (d[len] == '\0' || year_closes(d + len)))
        return l->same < 3;
    /* a sentence ends there: body text, not a running title */
    size_t n = strlen(t);
    if (n > 0 && strlen(l->key) > 60 && t[n - 1] == '.')
        return 1;
    /* a reference's last line, its pages closed by a full stop ("Cell
     * 85: 1135–1148."): one journal's entries differ in digits only; the
     * captions of the entry's links may follow ("133–139. [CrossRef]",
     * every entry a block of its own, as MuPDF reads them), or its
     * index's link ("3658 [PMID: 17021093]") */
    if (ends_link_caption(t, n))
        return 1;
    while (n > 2 && t[n - 1] == ']') {
        size_t o = n - 1;
        while (o > 0 && t[o - 1] != '[' && t[o - 1] != ']' && !isdigit((unsigned char)t[o - 1]))
            o--;
        if (o == 0 || t[o - 1] != '[')
            break;
        n = o - 1;
        while (n > 0 && t[n - 1] == ' ')
            n--;
    }
    return n > 2 && l->pos != 0 && t[n - 1] == '.' && ends_page_range(t, n - 1);
}

/* Another running line's key and this one's share a start of at least ten
 * characters: the short and long forms of one header ("Journal 2006" on
 * even pages, "Journal 2006; 3: e445" on odd ones). */
static int variant_of_running(const lines *ls, const line *l) {
    size_t n = strlen(l->key);
    if (n < 10 || !ls->nrep)
        return 0;
    /* a repeated key that starts with this one sorts first among those not
     * below it; one that this key starts with is one of its prefixes */
    size_t lo = 0, hi = ls->nrep;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(ls->rep[mid], l->key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < ls->nrep && ls->rep[lo] != l->key && strncmp(ls->rep[lo], l->key, n) == 0)
        return 1;
    for (size_t m = 10; m < n; m++) {
        size_t a = 0, b = lo;
        while (a < b) {
            size_t mid = a + (b - a) / 2;
            int c = strncmp(ls->rep[mid], l->key, m);
            if (c == 0 && ls->rep[mid][m] == '\0')
                return 1;
            if (c < 0)
                a = mid + 1;
            else
                b = mid;
        }
    }
    return 0;
}

/* Seen once beside a page number, a short line naming a year and ending
 * no sentence is the page's running header ("Some Journal 2011"). Not
 * the copyright line, which closes the licence's block on the last page
 * ("© The Author(s) 2024" over the folio): the permissions reader's. */
static int header_shaped(const char *t) {
    if (strncmp(t, "\xc2\xa9", 2) == 0)
        return 0;
    size_t words = 1, n = strlen(t);
    int year = 0;
    for (const char *p = t; *p; p++) {
        words += *p == ' ';
        if (p[0] >= '1' && p[0] <= '2' && p[1] >= '0' && p[1] <= '9' && p[2] >= '0' &&
            p[2] <= '9' && p[3] >= '0' && p[3] <= '9' && !(p[4] >= '0' && p[4] <= '9') &&
            (p == t || !(p[-1] >= '0' && p[-1] <= '9')))
            year = 1;
    }
    /* "Received: December 30, 2015" beside a marker is a labelled field;
     * so is "Received September 3, 2014; Accepted ..." without a colon */
    return year && words <= 8 && n > 0 && !strchr(".!?", t[n - 1]) && !jfyp_opens_field(t) &&
           !jfyp_opens_dated_label(t);
}

/* The journal's citation with its name left out, "2001; 98: 10214" or
 * "2002;324(7):880-4": year, volume (issue), pages. */
static int bare_citation(const char *t) {
    const char *p = t;
    if (!((p[0] == '1' && p[1] == '9') || (p[0] == '2' && p[1] == '0')) ||
        strspn(p, DIGITS) != 4)
        return 0;
    p += 4;
    p += strspn(p, " ");
    if (*p++ != ';')
        return 0;
    p += strspn(p, " ");
    size_t n = strspn(p, DIGITS);
    if (!n)
        return 0;
    p += n;
    if (*p == '(') {
        p += 1 + strspn(p + 1, DIGITS "-");
        if (*p++ != ')')
            return 0;
    }
    p += strspn(p, " ");
    if (*p++ != ':')
        return 0;
    p += strspn(p, " ");
    n = strspn(p, DIGITS "-");
    return n && !p[n];
}

/* A running line: repeated at block edges on three or more pages, or on two
 * when a page number sits beside it, or once beside a page number as a
 * variant of another running line. */
static int is_running(const lines *ls, const line *l, int beside_number) {
    /* most lines are neither repeated nor beside a number: the cheap test
     * first, before the section-name and DOI lookups */
    if (l->count < 3 && !beside_number)
        return 0;
    /* a line of figures alone is a table's row as likely as furniture;
     * the journal's citation without its name, on page after page beside
     * the page number, is the footer */
    if (!has_letters(l->text, 2))
        return beside_number && l->same >= 3 && bare_citation(l->text);
    if (strlen(l->text) > 160 || repeats_by_nature(l))
        return 0;
    if (l->count >= 3 || (l->count >= 2 && beside_number))
        return 1;
    return beside_number && (variant_of_running(ls, l) || header_shaped(l->text));
}

/* A running head that prints the article's title on the later pages is
 * the title itself where it first stands, near the top of the first page
 * (no running line dropped yet): one line heading its block, repeated
 * word for word, in mixed case with no figures (a journal's header names
 * a volume or a year, a footer's stands under the text) and short of a
 * sentence. Dropped there, the page keeps no title at all. */
static int title_first_seen(const jfyp_rec *r, const line *l) {
    const char *t = l->text;
    size_t n = strlen(t);
    if (!l->earliest || l->same != l->count || l->pos != 0 || n < 12 || n > 200 ||
        strchr(".:;,", t[n - 1]) || strpbrk(t, DIGITS "@/&") || strstr(t, "et al") || strstr(t, "xxx") ||
        jfyp_journal_name_line(r->hints, t, 1))
        return 0;
    int lower = 0, upper = 0;
    for (const char *p = t; *p; p++) {
        lower |= *p >= 'a' && *p <= 'z';
        upper |= *p >= 'A' && *p <= 'Z';
    }
    return lower && upper && isupper((unsigned char)t[0]) && jfyp_count_words(t) >= 4;
}

/* The edge lines of para, in page order; ls holds each paragraph's lines
 * together and in document order, so a window around the hint finds them. */
static int para_lines(lines *ls, size_t hint, const jfy_node *para, line **out) {
    int n = 0;
    size_t lo = hint > 8 ? hint - 8 : 0;
    for (size_t i = lo; i < ls->len && i < hint + 8 && n < 4; i++)
        if (ls->v[i].para == para)
            out[n++] = &ls->v[i];
    return n;
}

/* Whether a bracketed number alone ("[12]") is over a block (next) that
 * opens a reference's entry (a capital, a year within its first lines):
 * pdfminer sets each entry's label in a box of its own, beside its entry,
 * and such a label is no page number. -1 on out of memory. */
static int bracket_alone(lines *ls, size_t hint, const jfy_node *para) {
    line *L[4];
    return para && para->type == JFY_N_PARAGRAPH && para_lines(ls, hint, para, L) == 1 &&
           L[0]->text[0] == '[' && isdigit((unsigned char)L[0]->text[1]);
}

static int lone_label(jfy_node *next, int after_bracket) {
    /* a column of labels set apart from the column of entries ("[5]" /
     * "[6]" / ... / entries) is read by the references' reader from the
     * entries alone: only a label beside its own entry is kept */
    if (after_bracket || !next || next->type != JFY_N_PARAGRAPH)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(next, &l) < 0)
        return -1;
    int year = 0;
    for (size_t i = 0; i < l.n && i < 3 && !year; i++)
        for (const char *p = l.v[i].text; *p && !year; p++)
            year = (p[0] == '1' || p[0] == '2') && (p[1] == '9' || p[1] == '0') &&
                   isdigit((unsigned char)p[2]) && isdigit((unsigned char)p[3]) &&
                   !isdigit((unsigned char)p[4]) && (p == l.v[i].text || !isdigit((unsigned char)p[-1]));
    int entry = l.n && isupper((unsigned char)l.v[0].text[0]) && year;
    jfyp_lines_free(&l);
    return entry;
}

/* Removes the line's nodes and the break that separated it from the rest. */
static void drop_line(line *l, int at_start) {
    jfy_node *brk = at_start ? l->last->next : l->first->prev;
    jfy_node *n = l->first;
    for (;;) {
        jfy_node *next = n->next;
        int end = n == l->last;
        jfyp_node_free(n);
        if (end)
            break;
        n = next;
    }
    if (brk && is_break(brk))
        jfyp_node_free(brk);
    l->first = l->last = NULL;
}

/* Journals print the article's own DOI in the running footer of every
 * page ("Postgrad Med J 2010;86:272. doi:10.1136/..."): kept before the
 * line goes, when it names it as a DOI and the page has no DOI yet. */
static int keep_doi(jfyp_rec *r, const line *l) {
    size_t len;
    const char *d;
    if (l->count < 2 || jfyp_has_doi(r) || !(d = jfyp_labelled_doi(l->text, &len)))
        return 0;
    return jfyp_set_doi(r, d, len, l->first);
}

/* Whether line t carries on the sentence of the line above it, prev: a
 * word broken at a hyphen or a function word going on in lower case, or a
 * bracket opened above closing here ("differences (*P" / "< 0.05) from
 * control"). A caption's legend repeated under figure after figure ends
 * blocks as a running footer does, but no running line goes on from the
 * text above it. */
static int last_word_is_glue(const char *t);

static int carries_on(const char *prev, const char *t) {
    size_t n = strlen(prev);
    if (!n)
        return 0;
    const char *w = t;
    while (*w >= 'a' && *w <= 'z')
        w++;
    /* a word in lower case, not "www.journal.org" or "doi:10..." */
    int lower = w > t && (*w == ' ' || *w == ',' || *w == '\0');
    if (lower && ((prev[n - 1] == '-' && n >= 2 && isalpha((unsigned char)prev[n - 2])) ||
                  last_word_is_glue(prev)))
        return 1;
    int open = 0;
    for (const char *p = prev; *p; p++)
        open += (*p == '(') - (*p == ')');
    if (open <= 0)
        return 0;
    size_t close = strcspn(t, ")"), reopen = strcspn(t, "(");
    return t[close] && close < reopen;
}

/* The text of the line above l in its paragraph, NULL when l opens it or
 * out of memory (*oom set). */
static char *line_above(const line *l, int *oom) {
    jfy_node *brk = l->first->prev;
    if (!brk || !is_break(brk) || !brk->prev || is_break(brk->prev))
        return NULL;
    jfy_node *e = brk->prev, *b = e;
    while (b->prev && !is_break(b->prev))
        b = b->prev;
    char *t = jfyp_range_text(b, e);
    if (!t)
        *oom = 1;
    return t;
}

/* A line that is a labelled DOI and nothing else ("https://doi.org/10..."). */
static int bare_doi(const char *t) {
    size_t len;
    const char *d = jfyp_labelled_doi(t, &len);
    return d && d - t <= 20 && d[len] == '\0';
}

static int count_lines(const jfy_node *p, int limit);

/* Strips furniture from both edges of a paragraph. Returns bit 1 when the
 * start lost lines, bit 2 when the end did, 4 when nothing is left, 8 when
 * a running line went (not only a page number), 16 when the first page's
 * footer DOI went, -1 when out of memory. */
static int strip_paragraph(jfyp_rec *rec, lines *ls, size_t hint, jfy_node *para,
                           int prev_number, int next_number, int first_page, int front) {
    line *L[4];
    int nl = para_lines(ls, hint, para, L), r = 0;
    int num[4], drop[4] = {0};
    for (int i = 0; i < nl; i++)
        num[i] = i == 0 && label_over_entry(L, nl) ? 0 : line_number(L[i]);
    for (int i = 0; i < nl; i++)
        if (num[i] == 2)
            num[i] = (i > 0 && num[i - 1] != 2 && is_running(ls, L[i - 1], 0)) ||
                     (i + 1 < nl && num[i + 1] != 2 && is_running(ls, L[i + 1], 0));
    for (int i = 0; i < nl; i++) {
        int beside = (i > 0 && num[i - 1]) || (i + 1 < nl && num[i + 1]) ||
                     (i == 0 && prev_number) || (i == nl - 1 && next_number);
        drop[i] = num[i] || is_running(ls, L[i], beside);
        if (drop[i] && !num[i] && i == 0 && first_page && front && title_first_seen(rec, L[i]))
            drop[i] = 0;
    }
    int head = 0;
    while (head < nl && head < 2 && drop[head])
        head++;
    /* a line that goes on from the one above it is text: so is every
     * line below it */
    for (int i = nl - 2 > head ? nl - 2 : head; i < nl; i++) {
        if (!drop[i] || num[i])
            continue;
        int oom = 0;
        char *above = line_above(L[i], &oom);
        if (oom)
            return -1;
        int on = above && carries_on(above, L[i]->text);
        free(above);
        if (on) {
            for (int k = i; k < nl; k++)
                drop[k] = num[k];
            break;
        }
    }
    int tail = nl;
    while (tail > head && tail > nl - 2 && drop[tail - 1])
        tail--;
    for (int i = 0; i < nl; i++)
        if ((i < head || i >= tail) && !num[i] && keep_doi(rec, L[i]) < 0)
            return -1;
    /* The first page's footer prints the article's DOI under the running
     * citation ("Coast. Wetl. Res. 2025, 7, 41" / "https://doi.org/10...")
     * in one block, as MuPDF reads it; the later pages' footers, which
     * printed it alone, are gone already. Left behind, the DOI line joins
     * the text the page break cut: it is the article's, and furniture. */
    if (first_page && tail - head == 1 && (head || tail < nl) && count_lines(para, nl + 1) == nl &&
        bare_doi(L[head]->text)) {
        if (!jfyp_has_doi(rec)) {
            size_t len;
            const char *d = jfyp_find_doi(L[head]->text, &len);
            if (jfyp_set_doi(rec, d, len, L[head]->first) < 0)
                return -1;
        }
        if (head)
            head++;
        else
            tail--;
        r |= 16;
    }
    for (int i = 0; i < nl; i++)
        if ((i < head || i >= tail) && !num[i])
            r |= 8;
    for (int i = 0; i < head; i++)
        drop_line(L[i], 1);
    for (int i = nl - 1; i >= tail; i--)
        drop_line(L[i], 0);
    if (head)
        r |= 1;
    if (tail < nl)
        r |= 2;
    while (para->first && is_break(para->first))
        jfyp_node_free(para->first);
    while (para->last && is_break(para->last))
        jfyp_node_free(para->last);
    if (!para->first)
        r |= 4;
    return r;
}

static int only_number(lines *ls, size_t hint, const jfy_node *para, int tail) {
    line *L[4];
    int nl = para_lines(ls, hint, para, L);
    return nl > 0 && (tail || !label_over_entry(L, nl)) &&
           line_number(L[tail ? nl - 1 : 0]) == 1;
}

/* ---- joining the halves of a paragraph split by a page break ---- */

/* Code points on each line of p but the last, appended to *v. */
static int line_widths(const jfy_node *p, size_t **v, size_t *len, size_t *cap) {
    size_t w = 0;
    for (const jfy_node *k = p->first; k; k = k->next) {
        if (is_break(k)) {
            if (jfyp_sizes_push(v, len, cap, w) < 0)
                return -1;
            w = 0;
        } else {
            w += jfyp_node_plain_cps(k);
        }
    }
    return 0;
}

/* The page's measure: the width most wrapped lines reach (their 90th
 * percentile), 0 when the text is not hard-wrapped. */
static int text_width(jfyp_rec *r, int *width) {
    size_t *v = NULL, len = 0, cap = 0;
    *width = 0;
    for (jfy_node *n = jfyp_rec_first(r); n; n = jfyp_rec_next(r, n))
        if (n->type == JFY_N_PARAGRAPH && line_widths(n, &v, &len, &cap) < 0) {
            free(v);
            return -1;
        }
    if (len >= 20) {
        jfyp_sort_sizes(v, len);
        *width = (int)v[len * 9 / 10];
    }
    free(v);
    return 0;
}

/* Lines of p, counted no further than limit: the callers only ask
 * whether a paragraph has one line, or two, and a paragraph run on
 * across many pages would otherwise be walked whole at every break. */
static int count_lines(const jfy_node *p, int limit) {
    int n = 1;
    for (const jfy_node *k = p->first; k && n < limit; k = k->next)
        if (is_break(k))
            n++;
    return n;
}

static int last_line_cps(const jfy_node *p) {
    const jfy_node *k = p->last;
    while (k && k->prev && !is_break(k->prev))
        k = k->prev;
    size_t w = 0;
    for (; k; k = k->next)
        w += jfyp_node_plain_cps(k);
    return (int)w;
}

/* The last line of p reaches the measure: the text went on. */
static int last_line_full(const jfy_node *p, int width) {
    return width && last_line_cps(p) >= width - 3;
}

/* A short line of two or more words in capitals ("FIELD SAMPLING
 * PROTOCOL"): a heading whatever its name, as running text does not go on
 * in capitals for whole words at a line's start. Not a row of acronyms
 * ("DNN DBM GAN": a table's or figure's cells, no word of four letters),
 * nor the last line of a title in capitals, which goes on from a joining
 * word ("OF YOUNG ADULTS": a running head's tail). */
static int caps_heading(const char *t) {
    static const char *const joins[] = {"OF", "AND", "OR", "IN", "ON", "TO", "FOR", "WITH", "BY", "AT", "FROM"};
    int letters = 0, upper = 0, words = 0, long_word = 0;
    if (strlen(t) > 60)
        return 0;
    for (const char *s = t; *s;) {
        s += strspn(s, " ");
        if (!*s)
            break;
        size_t w = strcspn(s, " ");
        for (size_t k = 0; !words && k < sizeof joins / sizeof *joins; k++)
            if (strlen(joins[k]) == w && !strncmp(s, joins[k], w))
                return 0;
        words++;
        long_word |= w >= 4;
        s += w;
    }
    jfyp_utf8_case_counts(t, &letters, &upper);
    return words >= 2 && words <= 8 && long_word && letters >= 8 && upper == letters;
}

/* Whether q's first line, over more lines, is a section's conventional
 * name ("Materials and Methods" / text) or a heading in capitals
 * (caps_heading); -1 on out of memory. */
static int opens_on_section_name(const jfy_node *q) {
    jfyp_lines l;
    if (jfyp_lines_of((jfy_node *)q, &l) < 0)
        return -1;
    int named = l.n >= 2 && (jfyp_section_kind(l.v[0].text) != JFYP_SEC_NONE || caps_heading(l.v[0].text));
    jfyp_lines_free(&l);
    return named;
}

/* p is one line wrapped at the measure, not a line the page never wraps
 * (a heading, a contributor's line of a newspaper-style debate): the first
 * line of a paragraph the page break cut. */
static int wrapped_line(const jfy_node *p, int width) {
    int w = last_line_cps(p);
    if (!width || count_lines(p, 2) != 1 || w < width - 3 || w > width + 3)
        return 0;
    /* a caption's line is set to the measure too: "Fig. 6. Various ...",
     * where text reads "Fig. 3 shows ..." */
    const jfy_node *k = p->first;
    if (!k || k->type != JFY_N_TEXT || !k->text || !jfyp_is_caption_start(k->text))
        return 1;
    const char *d = k->text + strcspn(k->text, DIGITS);
    d += strspn(d, DIGITS);
    return *d && !strchr(".:|", *d);
}

static const char *last_text(const jfy_node *p) {
    for (const jfy_node *n = p->last; n; n = n->prev) {
        if (n->type == JFY_N_TEXT && n->text && *n->text)
            return n->text;
        if (!is_break(n) && n->type != JFY_N_TEXT) {
            const jfy_node *t = n->last;
            while (t && t->type != JFY_N_TEXT)
                t = t->prev;
            return t ? t->text : NULL;
        }
    }
    return NULL;
}

static int ends_sentence(const char *t) {
    size_t n = strlen(t);
    while (n && (t[n - 1] == ' ' || t[n - 1] == ')' || t[n - 1] == '"' || t[n - 1] == '\''))
        n--;
    /* closing curly quotes */
    while (n >= 3 && (unsigned char)t[n - 3] == 0xE2 && (unsigned char)t[n - 2] == 0x80 &&
           ((unsigned char)t[n - 1] == 0x9D || (unsigned char)t[n - 1] == 0x99))
        n -= 3;
    return n && strchr(".!?:", t[n - 1]);
}

static int last_word_is_glue(const char *t) {
    static const char *const glue[] = {"the", "a", "an", "of", "and", "or", "in", "on", "at",
                                       "to", "for", "with", "by", "from", "as", "that",
                                       "which", "is", "are", "was", "were", "be", "its",
                                       "their", "this", "these", "than", "between", NULL};
    size_t n = strlen(t);
    while (n && t[n - 1] == ' ')
        n--;
    size_t e = n;
    while (n && isalpha((unsigned char)t[n - 1]))
        n--;
    if (e == n || e - n > 8)
        return 0;
    for (int i = 0; glue[i]; i++)
        if (strlen(glue[i]) == e - n && strncmp(glue[i], t + n, e - n) == 0)
            return 1;
    return 0;
}

static int first_cp(const jfy_node *p) {
    const jfy_node *n = p->first;
    while (n && n->type != JFY_N_TEXT)
        n = n->first ? n->first : n->next;
    if (!n || !n->text || !*n->text)
        return 0;
    size_t l;
    return jfyp_utf8_decode(n->text, &l);
}

/* A paragraph's last line cut mid-sentence: on a word that asks for more
 * ("... 1 M LiPF6 in") or on a word in lower case. */
static int cut_mid_sentence(const char *t) {
    size_t n = strlen(t);
    while (n && t[n - 1] == ' ')
        n--;
    return n && !ends_sentence(t) && (last_word_is_glue(t) || islower((unsigned char)t[n - 1]));
}

/* p is one line naming a section: a conventional name or a heading in
 * capitals ("RESULTS AND DISCUSSION"). */
static int heading_line(const jfy_node *p) {
    const char *t = p->type == JFY_N_PARAGRAPH && p->first && p->first == p->last ? last_text(p) : NULL;
    return t && (jfyp_section_kind(t) != JFYP_SEC_NONE || caps_heading(t));
}

/* 1 when q is the rest of p's paragraph, -1 on out of memory. */
static int should_join(const jfy_node *p, const jfy_node *q, int width) {
    const char *t = last_text(p);
    if (!t || !*t)
        return 0;
    /* a key words list ends with no full stop: unless a separator ends
     * it, it goes on with no text overleaf (it may be the page's side
     * column, which an extractor keeping the drawing order, MuPDF, gives
     * last) */
    const jfy_node *head = p->first;
    if (head && head->type == JFY_N_TEXT && head->text && jfyp_keywords_label(head->text))
        return strchr(",;", t[strlen(t) - 1]) != NULL;
    if (ends_sentence(t)) {
        /* the page ended on a full line: the paragraph goes on overleaf,
         * unless what follows is a heading */
        char *h = NULL;
        int hs = jfyp_heading_text(q, &h);
        free(h);
        return hs == 0 && count_lines(q, 2) >= 2 && last_line_full(p, width);
    }
    int cp = first_cp(q);
    if (!cp)
        return 0;
    utf8proc_category_t c = utf8proc_category(cp);
    size_t n = strlen(t);
    if (strchr("-,;(", t[n - 1])) {
        /* a section's conventional name on a line of its own over text
         * ("DISCUSSION" / "Overall, ...") goes on from no broken word: the
         * other column's heading, set after this one's cut sentence */
        if (c != UTF8PROC_CATEGORY_LU || count_lines(q, 2) < 2)
            return 1;
        int named = opens_on_section_name(q);
        return named < 0 ? -1 : !named;
    }
    if (count_lines(p, 2) < 2 && strlen(t) < 40)
        return 0; /* a heading, not half a paragraph */
    if (c == UTF8PROC_CATEGORY_LU && count_lines(q, 2) == 1 && cut_mid_sentence(t) && heading_line(q))
        return 0; /* the other column's heading alone: heading_over_cut */
    if (c == UTF8PROC_CATEGORY_LU && last_word_is_glue(t) && count_lines(q, 2) >= 2) {
        /* "... see also File S5 for" / "Discussion" / text: a section's
         * name on a line of its own heads the page's other column, where
         * the cut sentence does not go on */
        int named = opens_on_section_name(q);
        if (named)
            return named < 0 ? -1 : 0;
    }
    if (c == UTF8PROC_CATEGORY_LL || last_word_is_glue(t))
        return 1;
    /* a sentence cut after a word, going on with a name ("Wong et al."):
     * both halves are running text. A reference entry ("[6]", "6.") is not
     * the rest of the one before. */
    if (!isalpha((unsigned char)t[n - 1]) || (count_lines(p, 2) < 2 && !wrapped_line(p, width)))
        return 0;
    if (c == UTF8PROC_CATEGORY_LU) {
        /* a table or figure set at the top of the page is no continuation */
        const jfy_node *k = q->first;
        if (k && k->type == JFY_N_TEXT && k->text && jfyp_is_caption_start(k->text))
            return 0;
        /* nor a section's conventional name on a line of its own
         * ("Materials and Methods" / "Chemicals and Reagents" / text): the
         * cut sentence goes on in another column */
        if (count_lines(q, 2) < 2)
            return 0;
        int named = opens_on_section_name(q);
        return named < 0 ? -1 : !named;
    }
    /* "... (Figure" / "1). The soil" */
    return cp != '[' && cp != '*' && cp != 0x2022;
}


/* ---- a justified column given a block a line ----
 *
 * MuPDF gives each line of some justified one-column reads its own block
 * ("number in Ocimum spp. is x = 12. O. basilicum and O. americanum are" /
 * blank / "reported to be tetraploid ..."), so that every line would be a
 * paragraph. The shape: a run of one-line blocks of the column's measure
 * whose lines go on into the next one (a broken word, a lower-case start)
 * far more often than a list, a reference list or a table's cells do. The
 * run is read back as the column's paragraphs: one ends on a line short
 * of the measure (the median line), where indentation, which the blocks
 * lost, would have told. recognize_interleaved.c reads the same shape
 * when two columns alternate. */

#define COLUMN_MIN_LINE 25
#define COLUMN_MIN_RUN 8

static int one_line_block(const jfy_node *n) {
    if (n->type != JFY_N_PARAGRAPH || !n->first)
        return 0;
    for (const jfy_node *k = n->first; k; k = k->next)
        if (is_break(k))
            return 0;
    return last_line_cps(n) >= COLUMN_MIN_LINE;
}

/* A line that opens an entry of its own: "[12] ...", "12. ...", a bullet. */
static int opens_entry(const jfy_node *n) {
    int cp = first_cp(n);
    if (cp == '[' || cp == 0x2022 || cp == '*' || cp == '-')
        return 1;
    const char *t = n->first && n->first->type == JFY_N_TEXT ? n->first->text : NULL;
    if (!t || !isdigit((unsigned char)*t))
        return 0;
    size_t d = strspn(t, DIGITS);
    return d <= 3 && (t[d] == '.' || t[d] == ')') && t[d + 1] == ' ';
}

/* How the run [a, stop) reads as one column's text: 1 when its lines go
 * on from one to the next in most places and nearly all of them fill the
 * measure (a justified column); *width gets the measure, their median. */
static int column_run(jfy_node *a, jfy_node *stop, jfyp_rec *r, int *width) {
    int n = 0, on = 0, entries = 0;
    int hist[128] = {0};
    for (jfy_node *x = a; x != stop; x = jfyp_rec_next(r, x)) {
        int cps = last_line_cps(x);
        hist[cps < 127 ? cps : 127]++;
        entries += opens_entry(x);
        jfy_node *y = jfyp_rec_next(r, x);
        if (y != stop) {
            const char *t = last_text(x);
            size_t tl = t ? strlen(t) : 0;
            int cp = first_cp(y);
            on += (tl && (t[tl - 1] == '-' || t[tl - 1] == ',')) ||
                  (cp && utf8proc_category(cp) == UTF8PROC_CATEGORY_LL);
        }
        n++;
    }
    if (n < COLUMN_MIN_RUN)
        return 0;
    int med = 0;
    for (int seen = 0; med < 127 && (seen += hist[med]) * 2 < n;)
        med++;
    int full = 0;
    for (int c = med * 85 / 100; c <= med * 115 / 100 && c < 128; c++)
        full += hist[c];
    *width = med;
    /* a justified column's lines fill the measure but for paragraphs'
     * last lines, and most go on mid-sentence; a list's items a line each
     * are ragged, and few lines of a list of entries go on */
    return med >= 45 && 5 * full >= 4 * n && 2 * on >= n && 6 * entries < n;
}

/* The run's lines as paragraphs: one ends on a line clearly short of the
 * measure, or a little short of it where a sentence ends. */
static int join_column_run(jfyp_rec *r, jfy_node *a, jfy_node *stop, int width) {
    jfy_node *para = a;
    for (jfy_node *x = jfyp_rec_next(r, a); x && x != stop;) {
        jfy_node *nx = jfyp_rec_next(r, x);
        const char *t = last_text(para);
        size_t tl = t ? strlen(t) : 0;
        while (tl && strchr(" )\"'", t[tl - 1]))
            tl--;
        int cps = last_line_cps(para);
        int stop_mark = tl && strchr(".!?", t[tl - 1]);
        if (cps * 5 < width * 4 || (stop_mark && cps * 100 < width * 92)) {
            para = x;
        } else if (jfyp_paras_join(para, x) < 0) {
            return -1;
        }
        x = nx;
    }
    return 0;
}

/* p opens on a word in lower case, letters alone ("ethylene carbonate"),
 * not an address ("nquist@example.org") */
static int lower_word_first(const jfy_node *p) {
    const jfy_node *n = p->first;
    const char *t = n && n->type == JFY_N_TEXT ? n->text : NULL;
    if (!t)
        return 0;
    t += strspn(t, " ");
    size_t i = 0;
    while (t[i] && t[i] != ' ')
        if (!islower((unsigned char)t[i++]))
            return 0;
    return i >= 2 && t[i] == ' ';
}

/* "... 1 M LiPF6 in" / "RESULTS AND DISCUSSION" / "ethylene carbonate and
 * ...": a paragraph cut mid-sentence, the other column's heading alone,
 * then the rest of the sentence, which the extraction read after the
 * heading set at the column's top. The halves join; the heading heads
 * what follows them. */
static int heading_over_cut(jfyp_rec *r, int width) {
    for (jfy_node *p = jfyp_rec_first(r); p;) {
        jfy_node *h = jfyp_rec_next(r, p), *c = h ? jfyp_rec_next(r, h) : NULL;
        const char *t = p->type == JFY_N_PARAGRAPH && !jfyp_node_attr(p, "running-header") &&
                                count_lines(p, 2) >= 2 && last_line_full(p, width)
                            ? last_text(p)
                            : NULL;
        /* a key words list ends with no full stop and goes on nowhere */
        if (!c || c->type != JFY_N_PARAGRAPH || !t || !cut_mid_sentence(t) || jfyp_keywords_label(t) ||
            !heading_line(h) || !lower_word_first(c)) {
            p = h;
            continue;
        }
        if (jfyp_paras_join(p, c) < 0)
            return -1;
        jfyp_node_unlink(h);
        jfyp_node_insert_after(p, h);
        p = h;
    }
    return 0;
}

/* Only the body's runs, from its first conventional section name on: the
 * front matter's blocks (an abstract a line a block with the first page's
 * side column between its lines) are read by their own stages. */
static int join_line_blocks(jfyp_rec *r) {
    int body = 0;
    for (jfy_node *n = jfyp_rec_first(r); n;) {
        if (!body || !one_line_block(n)) {
            const char *t = n->type == JFY_N_PARAGRAPH && count_lines(n, 2) == 1 ? last_text(n) : NULL;
            if (t && jfyp_is_references_heading(t))
                break; /* a reference list's entries are read later */
            if (t && n->first && n->first == n->last) {
                int depth = 0; /* "1 | Introduction": the name after its number */
                body |= jfyp_section_kind(t + jfyp_section_number(t, &depth)) == JFYP_SEC_TOP;
            } else if (!body && n->type == JFY_N_LIST && n->first && n->first == n->last) {
                /* "1. Introduction", which Markdown read as a list's item */
                char *h = jfyp_node_plain(n);
                if (!h)
                    return -1;
                body = jfyp_section_kind(jfyp_trim(h)) == JFYP_SEC_TOP;
                free(h);
            }
            n = jfyp_rec_next(r, n);
            continue;
        }
        jfy_node *stop = n;
        while (stop && one_line_block(stop))
            stop = jfyp_rec_next(r, stop);
        int width = 0;
        if (column_run(n, stop, r, &width) && join_column_run(r, n, stop, width) < 0)
            return -1;
        n = stop;
    }
    return 0;
}

/* ---- section numbers set apart ----
 *
 * Some pages set a section's number in a box of its own before its name,
 * which pdftotext gives as a block alone above the heading ("2" / "Born
 * cross-section" / text); alone, the number reads as a page number
 * and went with the furniture, and the heading lost its rank with it. The
 * shape: APART_MIN such pairs or more, the numbers rising from 1, 2 or 3,
 * mostly by one, the names all different (a page number over a running
 * title repeats the title). Two numbers over one name ("4" / "5" /
 * "Effective leptonic width") are two columns' headings read out of
 * order: the first is the name's. The number joins its heading's line,
 * marked as set apart: the section reads it as its label. */

#define APART_MIN 3
#define APART_MAX 64

typedef struct {
    jfy_node *num, *name; /* the number's block, the name's */
    int k;
} apart;

static const char *text_of(const jfy_node *k) {
    return k && k->type == JFY_N_TEXT && k->text ? k->text : NULL;
}

/* 1 to 99 alone, else 0 */
static int bare_number(const char *t) {
    if (!t)
        return 0;
    t += strspn(t, " ");
    size_t d = strspn(t, DIGITS);
    if (d < 1 || d > 2 || t[d + strspn(t + d, " ")])
        return 0;
    return atoi(t);
}

static int lone_number(const jfy_node *n) {
    return n && n->type == JFY_N_PARAGRAPH && n->first && n->first == n->last ? bare_number(text_of(n->first))
                                                                              : 0;
}

/* a short line in ordinary case that may name a section, the text node
 * holding it, over a block of text */
static int name_over_text(jfyp_rec *r, const jfy_node *q, const jfy_node *k) {
    const char *t = text_of(k);
    if (!t)
        return 0;
    t += strspn(t, " ");
    size_t n = strlen(t);
    while (n && t[n - 1] == ' ')
        n--;
    if (n < 4 || jfyp_utf8_count(t, n) > 60 || !isupper((unsigned char)t[0]) || strchr(".:;,", t[n - 1]) ||
        jfyp_is_caption_start(t))
        return 0;
    int lower = 0;
    for (size_t i = 0; i < n; i++)
        lower += islower((unsigned char)t[i]) != 0;
    const jfy_node *x = jfyp_rec_next(r, q);
    return lower >= 3 && x && x->type == JFY_N_PARAGRAPH && count_lines(x, 2) >= 2;
}

static int numbers_apart(jfyp_rec *r) {
    apart v[APART_MAX];
    int len = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && len < APART_MAX; n = jfyp_rec_next(r, n)) {
        int k = lone_number(n);
        if (!k)
            continue;
        jfy_node *q = jfyp_rec_next(r, n);
        if (q && lone_number(q) == k + 1)
            q = jfyp_rec_next(r, q);
        if (q && q->type == JFY_N_PARAGRAPH && q->first && q->first == q->last &&
            name_over_text(r, q, q->first)) {
            v[len++] = (apart){n, q, k};
            n = q;
        }
    }
    if (len < APART_MIN || v[0].k > 3)
        return 0;
    int ones = 0;
    for (int i = 1; i < len; i++) {
        if (v[i].k <= v[i - 1].k)
            return 0;
        ones += v[i].k == v[i - 1].k + 1;
    }
    if (ones * 2 < len - 1)
        return 0;
    for (int i = 0; i < len; i++)
        for (int j = i + 1; j < len; j++)
            if (strcmp(text_of(v[i].name->last), text_of(v[j].name->last)) == 0)
                return 0;
    for (int i = 0; i < len; i++) {
        jfy_node *f = v[i].name->last;
        char *u = jfyp_printf("%d %s", v[i].k, f->text + strspn(f->text, " "));
        if (!u || jfyp_node_set_text(f, u) < 0 || jfyp_node_set_attr(v[i].name, "label-apart", "yes") < 0) {
            free(u);
            return -1;
        }
        free(u);
        jfyp_node_unlink(v[i].num);
        jfyp_node_free(v[i].num);
    }
    return 0;
}

/* Whether a block is one address of three lines at most, opening on a
 * whole address line: its first line parts in four pieces or more at its
 * commas, and one of the first three opens
 * in capitals and names an institution ("MSc, RN, Hospital X, Town, ST,
 * Country." / "Department of Y, University Z, City, ..."). A side column's
 * address broken after its first piece ("Department of X,") keeps its
 * number's old reading. */
static int opens_address(const jfy_node *p) {
    jfyp_lines l;
    if (jfyp_lines_of((jfy_node *)p, &l) < 0)
        return -1;
    int ok = 0;
    const char *x = l.n ? l.v[0].text : "";
    int commas = 0;
    for (const char *q = x; *q; q++)
        commas += *q == ',';
    if (l.n <= 3 && isupper((unsigned char)*x) && commas >= 3)
        for (int k = 0; k < 3 && *x && !ok; k++) {
            while (*x == ' ')
                x++;
            const char *e = strchr(x, ',');
            size_t n = e ? (size_t)(e - x) : strlen(x);
            char seg[160];
            if (n >= sizeof seg)
                n = sizeof seg - 1;
            memcpy(seg, x, n);
            seg[n] = '\0';
            ok = !isdigit((unsigned char)*x) && !islower((unsigned char)*x) && jfyp_front_has_institution_word(seg);
            x = e ? e + 1 : x + n;
        }
    /* (prose is no address: four words in a row in lower case) */
    int run = 0;
    for (const char *q = l.n ? l.v[0].text : ""; *q && ok; q++)
        if (q == l.v[0].text || q[-1] == ' ') {
            run = islower((unsigned char)*q) ? run + 1 : 0;
            ok = run < 4;
        }
    jfyp_lines_free(&l);
    return ok;
}

/* Whether p's last line ends a sentence. */
static int ends_full_stop(const jfy_node *p) {
    jfyp_lines l;
    if (jfyp_lines_of((jfy_node *)p, &l) < 0)
        return -1;
    const char *x = l.n ? l.v[l.n - 1].text : "";
    size_t n = strlen(x);
    while (n && x[n - 1] == ' ')
        n--;
    int ok = n && x[n - 1] == '.';
    jfyp_lines_free(&l);
    return ok;
}

/* A number alone on the first page over a block that opens as an address
 * ("2" / "MSc, RN, Hospital X, ..."): an address's label the extraction
 * set apart (SciELO's foot notes), no page number: the block above
 * ends a sentence, and the one below is no prose. */
static int label_over_address(lines *ls, size_t hint, const jfy_node *prev, jfy_node *n, jfy_node *next) {
    line *L[4];
    if (!next || next->type != JFY_N_PARAGRAPH || !prev || prev->type != JFY_N_PARAGRAPH ||
        para_lines(ls, hint, n, L) != 1 ||
        count_lines(n, 2) != 1)
        return 0;
    const char *t = L[0]->text;
    size_t nd = strspn(t, "0123456789");
    if (nd == 0 || nd > 2 || t[nd] != '\0' || t[0] == '0')
        return 0;
    /* the notes above it end their sentences; a page number parts the
     * halves of one the page break cut */
    int stop = ends_full_stop(prev);
    return stop <= 0 ? stop : opens_address(next);
}

int jfyp_recognize_pages(jfyp_rec *r) {
    lines ls = {0};
    int rc = -1;
    jfyp_buf_init(&ls.pool);
    if (numbers_apart(r) < 0)
        goto out;
    jfy_node *top = jfyp_rec_first(r);
    for (jfy_node *n = top; n; n = jfyp_rec_next(r, n))
        if (n->type == JFY_N_PARAGRAPH && collect_edges(&ls, n) < 0)
            goto out;
    for (size_t i = 0; i < ls.len; i++) {
        ls.v[i].text = ls.pool.data + ls.v[i].text_at;
        ls.v[i].key = ls.pool.data + ls.v[i].key_at;
    }
    int width;
    if (count_keys(&ls) < 0 || text_width(r, &width) < 0)
        goto out;
    /* The header above the first page's text stays for the front matter,
     * marked so that no one takes it for a heading or a paragraph. */
    if (top && top->type == JFY_N_PARAGRAPH) {
        line *L[4];
        int nl = para_lines(&ls, 0, top, L);
        if (nl == 1 && is_running(&ls, L[0], 1) &&
            jfyp_node_set_attr(top, "running-header", "yes") < 0)
            goto out;
    }
    int first_page = 1; /* no running line dropped yet: still on the first page */
    int seam = 0; /* a page break lies between the previous block and this one */
    int dropped_number = 0; /* the block just dropped ended in a page number */
    int after_bracket = 0;  /* the block before was a bracketed number alone */
    size_t cur = 0;
    int blocks = 0; /* the blocks before this one: a title stands in the first few */
    jfy_node *prev = top;
    for (jfy_node *n = top ? jfyp_rec_next(r, top) : NULL; n;) {
        jfy_node *next = jfyp_rec_next(r, n);
        blocks++;
        if (n->type != JFY_N_PARAGRAPH) {
            prev = n;
            seam = dropped_number = after_bracket = 0;
            n = next;
            continue;
        }
        for (size_t i = cur; i < ls.len && i < cur + 8; i++)
            if (ls.v[i].para == n) {
                cur = i;
                break;
            }
        int prev_number = dropped_number || (prev && prev != top &&
                                             prev->type == JFY_N_PARAGRAPH &&
                                             only_number(&ls, cur, prev, 1));
        int next_number = next && next->type == JFY_N_PARAGRAPH && only_number(&ls, cur, next, 0);
        int ends_number = only_number(&ls, cur, n, 1);
        int bracket = bracket_alone(&ls, cur, n);
        int label = bracket ? lone_label(next, after_bracket) : 0;
        if (!bracket)
            label = label_over_address(&ls, cur, prev, n, next);
        after_bracket = bracket;
        if (label < 0)
            goto out;
        int s = label ? 0 : strip_paragraph(r, &ls, cur, n, prev_number, next_number, first_page, blocks < 4);
        if (s < 0)
            goto out;
        if (s & 8)
            first_page = 0;
        dropped_number = 0;
        if (s & 4) {
            jfyp_node_free(n);
            /* the first page's footer ends the footnotes above it (the
             * addresses, the correspondence), which the next page's text
             * does not go on: joined only across that page's dropped head */
            seam = !(s & 16);
            dropped_number = ends_number;
            n = next;
            continue;
        }
        int join = (seam || (s & 1)) && prev && prev->type == JFY_N_PARAGRAPH && prev != top
                       ? should_join(prev, n, width) : 0;
        if (join < 0)
            goto out;
        if (join) {
            if (jfyp_paras_join(prev, n) < 0)
                goto out;
            seam = (s & 2) != 0;
            n = next;
            continue;
        }
        seam = (s & 2) != 0;
        prev = n;
        n = next;
    }
    if (heading_over_cut(r, width) < 0 || join_line_blocks(r) < 0)
        goto out;
    rc = 0;
out:
    jfyp_buf_free(&ls.pool);
    free(ls.v);
    free(ls.rep);
    return rc;
}
