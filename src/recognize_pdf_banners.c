/* recognize_pdf_banners.c - the publisher's furniture a PDF prints around
 * an article's first page, which extraction leaves as lines of text among
 * the title, bylines and headings:
 *
 *   - the journal's citation line: its name with year, volume, issue and
 *     pages or article number ("Journal (2014), 26:1, 147-154",
 *     "Volume 2010, Article ID 157939, 6 pages", "Journal 2014, 14:1"),
 *     and the journal's name again where it stands alone on that page;
 *   - the publisher's line ("X Publishing Corporation", "An X journal"),
 *     the journal's web address alone on a line, the "Open Access" badge;
 *   - a proceedings or conference line above the title, a price code
 *     ("1234-5678/08/10003+15$30.00");
 *   - a drop capital set apart from the rest of its word ("J" / "ournal").
 *
 * None of them is a title, a heading or a paragraph: they go. A DOI
 * printed in them stays, as a line of its own for recognize_doi.c; a
 * copyright sign extraction read as a letter ("C Society 2013. ...") is
 * given back its sign so that recognize_permissions.c knows the line.
 *
 * Blocks made of nothing but such lines go anywhere before the reference
 * list; lines inside a larger block go only at the top of the article,
 * before its abstract or first section, where no sentence holds them. */
#include "front.h"
#include "recognize.h"
#include "textlines.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define TOP_BLOCKS 24 /* how far down "the top of the article" reaches */
#define MAX_NAMES 4

enum { OTHER, BANNER, NAMEISH, RULE };

static int is_year_at(const char *s, const char *p) {
    return ((p[0] == '1' && p[1] == '9') || (p[0] == '2' && p[1] == '0')) && isdigit((unsigned char)p[2]) &&
           isdigit((unsigned char)p[3]) && !isdigit((unsigned char)p[4]) &&
           (p == s || !isdigit((unsigned char)p[-1]));
}

static int has_word(const char *s, const char *w) {
    size_t n = strlen(w);
    for (const char *p = s; (p = jfyp_stristr(p, w)); p++)
        if ((p == s || !isalpha((unsigned char)p[-1])) && !isalpha((unsigned char)p[n]))
            return 1;
    return 0;
}

/* ", 46, 52": two figures after commas, a volume and a first page. */
static int commas_figures(const char *s) {
    int n = 0;
    for (const char *p = strchr(s, ','); p; p = strchr(p + 1, ','))
        n += p[1] == ' ' && isdigit((unsigned char)p[2]);
    return n >= 2;
}

/* "Volume 13(3)", "Volume 13: 1-9", "Vol. 5, No. 2": the numbers
 * with no name. */
static int volume_line(const char *s) {
    const char *p = NULL;
    if (jfyp_strnieq(s, "volume ", 7))
        p = s + 7;
    else if (jfyp_strnieq(s, "vol. ", 5))
        p = s + 5;
    if (!p || !isdigit((unsigned char)*p) || jfyp_count_words(s) > 5)
        return 0;
    for (; *p; p++)
        if (isalpha((unsigned char)*p) && !jfyp_strnieq(p, "no", 2) && !jfyp_strnieq(p, "issue", 5))
            return 0;
        else if (isalpha((unsigned char)*p))
            while (isalpha((unsigned char)p[1]))
                p++;
    return 1;
}

/* Whether s prints a year, looked for from one 1 or 2 to the next. */
static int has_year(const char *s) {
    for (const char *p = s; (p = strpbrk(p, "12")); p++)
        if (is_year_at(s, p))
            return 1;
    return 0;
}

/* Where the year, volume and page part of a citation line starts, or NULL:
 * a year with a volume or page mark beside it ("(2014), 26:1, 147-154",
 * "2014, 14:1", "8(1): 7-10, 2009", "Volume 18, Issue 3"). s prints a
 * year: citation_line looked for it first, and only its lines come here. */
static const char *citation_part(const char *s) {
    int volpage = 0, range = 0;
    for (const char *p = s; *p; p++) {
        if (isdigit((unsigned char)*p) && (p[1] == ':' || p[1] == '(' || p[1] == ';') &&
            isdigit((unsigned char)p[2 + (p[2] == ' ')]))
            volpage = 1;
        if (isdigit((unsigned char)*p) && (p[1] == '-' || strncmp(p + 1, "\xE2\x80\x93", 3) == 0))
            range = 1;
    }
    if (!volpage && (has_word(s, "volume") || has_word(s, "vol") || has_word(s, "issue") ||
                     jfyp_stristr(s, "article id") || has_word(s, "pp")))
        volpage = 1;
    /* "Name, 46, 52-59, 2010": volume and page range set off by commas */
    if (range && commas_figures(s))
        volpage = 1;
    if (!(volpage || (range && strchr(s, '('))))
        return NULL;
    /* the name before it ends at the first figure or "(" of the numbers */
    const char *p = s;
    while (*p && !isdigit((unsigned char)*p) && *p != '(')
        p++;
    return p;
}

/* A citation line: short, no sentence in it. Its year is looked for
 * first (most lines print none), then its words are counted, only as far
 * as an eleventh (a line of prose has more), and only a line left is read
 * for the numbers beside the year: the whole of the body's lines that
 * print a year went through those (bench/instructions). */
static int citation_line(const char *s) {
    if (!has_year(s))
        return 0;
    int words = 0;
    for (const char *p = s; *p && words <= 10;) {
        while (*p == ' ')
            p++;
        const char *b = p;
        while (*p && *p != ' ')
            p++;
        int letters = 0;
        for (const char *q = b; q < p; q++)
            letters += isalpha((unsigned char)*q) != 0;
        words += letters >= 3;
    }
    return words <= 10 && citation_part(s) && !strchr(s, '@') && !jfyp_stristr(s, "received") &&
           !jfyp_stristr(s, "accepted");
}

/* A web address alone on a line; an ORCID iD's or a DOI's address is a
 * fact about the article, not furniture. */
static int url_line(const char *s) {
    if (strchr(s, ' ') || jfyp_stristr(s, "orcid") || jfyp_stristr(s, "doi"))
        return 0;
    return jfyp_strnieq(s, "http://", 7) || jfyp_strnieq(s, "https://", 8) || jfyp_strnieq(s, "www.", 4);
}

/* The "Open Access" badge, or "OPEN" alone in capitals. */
static int open_access(const char *s) {
    return jfyp_strieq(s, "open access") || strcmp(s, "OPEN") == 0;
}

/* The links a publisher's PDF prints to its web pages: "Read Online",
 * "View Article Online", "View Journal | View Issue" -- each part a verb
 * of reading and two or three capitalized words. */
static int viewer_link(const char *s) {
    /* most lines start with neither verb: told by their first byte */
    if (*s != 'V' && *s != 'R')
        return 0;
    int parts = 0;
    while (*s) {
        if (strncmp(s, "View ", 5) != 0 && strncmp(s, "Read ", 5) != 0)
            return 0;
        const char *e = strstr(s, " | ");
        size_t n = e ? (size_t)(e - s) : strlen(s);
        int words = 1;
        for (size_t k = 0; k < n; k++) {
            if (s[k] != ' ')
                continue;
            words++;
            if (k + 1 >= n || !isupper((unsigned char)s[k + 1]))
                return 0;
        }
        if (words > 3)
            return 0;
        parts++;
        s += e ? n + 3 : n;
    }
    return parts > 0;
}

/* "X Publishing Corporation", "Y Publishers", "An X and Y journal". */
static int publisher_line(const char *s, int words) {
    if (words < 2 || words > 7)
        return 0;
    for (const char *p = s; *p; p++)
        if (isdigit((unsigned char)*p) || *p == '.' || *p == ',' || *p == ':')
            return 0;
    if (has_word(s, "publishing") || has_word(s, "publishers"))
        return 1;
    size_t n = strlen(s);
    return (jfyp_strnieq(s, "an ", 3) || jfyp_strnieq(s, "a ", 2)) && n > 8 && jfyp_strieq(s + n - 7, "journal");
}

/* "1475-7516/08/10003+15$30.00": the printer's code and price. */
static int price_code(const char *s) {
    const char *d = strchr(s, '$');
    return d && isdigit((unsigned char)d[1]) && jfyp_count_words(s) <= 2 && strchr(s, '/');
}

/* A proceedings or conference line: "2010 International Conference on ...",
 * "A. Editor (Eds.): 11th Workshop, ...". */
/* Whether a meeting's word could start anywhere in s: a position whose
 * byte and two later ones are, either case, the first, fourth and last
 * letters of "conference", "workshop", "symposium" or "proceedings of"
 * (the first and last alone let one line in four through). One walk for
 * the four, sixteen positions a step, where four word searches over every
 * line were a fifth of this recognizer's cost (bench/instructions). */
static int meeting_candidate(const char *s) {
    size_t n = strlen(s), i = 0;
#ifdef __SSE2__
    const __m128i fold = _mm_set1_epi8(0x20);
#define JFYP_FOLDED(k) _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(s + i + (k))), fold)
#define JFYP_IS(x, c) _mm_cmpeq_epi8(x, _mm_set1_epi8(c))
#define JFYP_WORD(f, m, k, l) _mm_and_si128(_mm_and_si128(JFYP_IS(a, f), JFYP_IS(d, m)), JFYP_IS(JFYP_FOLDED(k), l))
    for (; i + 13 + 16 <= n; i += 16) {
        __m128i a = JFYP_FOLDED(0), d = JFYP_FOLDED(3);
        __m128i m = _mm_or_si128(_mm_or_si128(JFYP_WORD('c', 'f', 9, 'e'), JFYP_WORD('w', 'k', 7, 'p')),
                                 _mm_or_si128(JFYP_WORD('s', 'p', 8, 'm'), JFYP_WORD('p', 'c', 13, 'f')));
        if (_mm_movemask_epi8(m))
            return 1;
    }
#undef JFYP_WORD
#undef JFYP_IS
#undef JFYP_FOLDED
#endif
    for (; i + 7 < n; i++) {
        int c = s[i] | 0x20, d = s[i + 3] | 0x20;
        if ((c == 'c' && d == 'f' && i + 9 < n && (s[i + 9] | 0x20) == 'e') ||
            (c == 'w' && d == 'k' && (s[i + 7] | 0x20) == 'p') ||
            (c == 's' && d == 'p' && i + 8 < n && (s[i + 8] | 0x20) == 'm') ||
            (c == 'p' && d == 'c' && i + 13 < n && (s[i + 13] | 0x20) == 'f'))
            return 1;
    }
    return 0;
}

static int meeting_line(const char *s, int words) {
    /* the count first: a paragraph's long lines skip the word searches */
    if (words > 30 || !meeting_candidate(s))
        return 0;
    int meeting = has_word(s, "conference") || has_word(s, "workshop") || has_word(s, "symposium") ||
                  jfyp_stristr(s, "proceedings of");
    if (!meeting)
        return 0;
    if (jfyp_stristr(s, "(eds.)") || jfyp_stristr(s, "(ed.)"))
        return 1;
    return is_year_at(s, s) && s[4] == ' ' && isupper((unsigned char)s[5]) && words <= 14 &&
           !strstr(s, ". ");
}

/* A rule of dots or underscores drawn across the page. */
static int rule_line(const char *s) {
    size_t n = 0;
    for (; *s; s++, n++)
        if (*s != '.' && *s != '_' && *s != ' ')
            return 0;
    return n >= 8;
}

static int page_of(const char *s) {
    const char *p = s;
    if (!jfyp_strnieq(p, "page ", 5))
        return 0;
    p += 5;
    if (!isdigit((unsigned char)*p))
        return 0;
    while (isdigit((unsigned char)*p))
        p++;
    if (strncmp(p, " of ", 4) != 0 || !isdigit((unsigned char)p[4]))
        return 0;
    for (p += 4; isdigit((unsigned char)*p); p++)
        ;
    return *p == '\0';
}

/* A page number alone on a line. */
static int number_line(const char *s) {
    const char *p = s;
    while (*p == ' ')
        p++;
    if (!isdigit((unsigned char)*p))
        return 0;
    while (isdigit((unsigned char)*p))
        p++;
    while (*p == ' ')
        p++;
    return *p == '\0' && p - s <= 8;
}

/* A short line that could be a journal's name next to its banner. */
static int nameish(const char *s, int words) {
    if (words < 1 || words > 8 || strstr(s, ". ") || strchr(s, '@'))
        return 0;
    size_t n = strlen(s);
    if (s[n - 1] == '.' || s[n - 1] == ',' || s[n - 1] == ':')
        return 0;
    for (const char *p = s; *p; p++)
        if (isdigit((unsigned char)*p))
            return 0;
    return isupper((unsigned char)*s);
}

/* ---- the journal's own name, known from the caller's hints ---- */

/* The next letter or digit of *p, lower-cased, *p moved past it; 0 at the
 * end. Spacing, case and punctuation never tell two names apart. */
static int next_alnum(const char **p) {
    while (**p) {
        /* ASCII, most of a line, without the Unicode tables: the same
         * letters and digits, the same lower case */
        unsigned char a = (unsigned char)**p;
        if (a < 0x80) {
            (*p)++;
            if (a >= '0' && a <= '9')
                return a;
            if ((unsigned)((a | 0x20) - 'a') < 26)
                return a | 0x20;
            continue;
        }
        size_t l = 0;
        int cp = jfyp_utf8_decode(*p, &l);
        *p += l ? l : 1;
        utf8proc_category_t c = utf8proc_category(cp);
        if (c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT ||
            c == UTF8PROC_CATEGORY_LO || c == UTF8PROC_CATEGORY_ND)
            return utf8proc_tolower(cp);
    }
    return 0;
}

/* A web address printed beside the name ("www.x.com", "http://x.org/y"). */
static int url_word(const char *p, size_t n) {
    for (size_t i = 0; i + 3 < n; i++)
        if (!strncmp(p + i, "www.", 4) || !strncmp(p + i, "://", 3))
            return 1;
    const char *dot = NULL;
    for (size_t i = 0; i < n; i++)
        if (p[i] == '.')
            dot = p + i;
    return dot && dot > p && (size_t)(p + n - dot) >= 3 && (size_t)(p + n - dot) <= 4 &&
           islower((unsigned char)dot[1]) && memchr(p, '/', n) == NULL && strchr("abcdefghijklmnopqrstuvwxyz", *p);
}

/* What may follow the name on its line: figures (year, volume, pages), a
 * web address, the words of a citation. */
static int citation_rest(const char *s) {
    static const char *const ok[] = {"vol", "volume", "issue", "suppl", "supplement", "page", "pages",
                                     "article", "number", "tab", "fig", "jan", "feb", "mar", "apr", "may", "jun", "jul",
                                     "aug", "sep", "sept", "oct", "nov", "dec", "january", "february",
                                     "march", "april", "june", "july", "august", "september", "october",
                                     "november", "december", NULL};
    for (const char *p = s; *p;) {
        while (*p == ' ')
            p++;
        const char *e = p;
        while (*e && *e != ' ')
            e++;
        if (!url_word(p, (size_t)(e - p)))
            for (const char *w = p; w < e;) {
                while (w < e && !isalpha((unsigned char)*w) && !((unsigned char)*w & 0x80))
                    w++;
                const char *we = w;
                while (we < e && (isalpha((unsigned char)*we) || ((unsigned char)*we & 0x80)))
                    we++;
                if (we - w >= 3) {
                    int known = 0;
                    for (size_t i = 0; ok[i] && !known; i++)
                        known = strlen(ok[i]) == (size_t)(we - w) && jfyp_strnieq(w, ok[i], (size_t)(we - w));
                    if (!known)
                        return 0;
                }
                w = we;
            }
        p = e;
    }
    return 1;
}

/* 2 when line s is the name itself (any case, spacing, punctuation),
 * possibly with a web address or its citation after it; 1 when s is only
 * the name's first or last words (a name set over two lines: "ACTA" /
 * "AMAZONICA"); 0 when neither. */
static int is_alnum_cp(int cp) {
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT ||
           c == UTF8PROC_CATEGORY_LO || c == UTF8PROC_CATEGORY_ND;
}

static int name_match(const char *s, const char *name) {
    const char *p = s, *q = name, *end = s;
    int n = 0;
    for (;;) {
        const char *qs = q;
        int b = next_alnum(&q);
        int a = next_alnum(&p);
        if (!b) {
            size_t l = 0;
            /* the name ends at a word's end in the line */
            if (n < 3 || (*end && is_alnum_cp(jfyp_utf8_decode(end, &l))))
                return 0;
            return citation_rest(end) ? 2 : 0;
        }
        if (!a) {
            /* the line ends inside the name: at a word's end of it */
            return n >= 4 && qs > name && !is_alnum_cp((unsigned char)qs[0]) ? 1 : 0;
        }
        if (a != b)
            return 0;
        n++;
        end = p;
    }
}

/* The last words of name, from a word's start, are the whole of s. */
static int name_tail(const char *s, const char *name) {
    for (const char *w = name; (w = strchr(w, ' ')); w++) {
        const char *p = s, *q = w + 1;
        int a, b, n = 0;
        do {
            a = next_alnum(&p);
            b = next_alnum(&q);
            n += a != 0;
        } while (a && a == b);
        if (!a && !b && n >= 4)
            return 1;
    }
    return 0;
}

int jfyp_journal_name_line(const jfyp_hints *h, const char *s, int part) {
    if (!h)
        return 0;
    /* "Surname et al. Journal Name": the running head of later pages */
    /* looked for in the line's first 46 bytes only, where one starting
     * in the first 40 ends: a paragraph's long lines are not read whole */
    char head[47];
    size_t hn = strnlen(s, sizeof head - 1);
    memcpy(head, s, hn);
    head[hn] = '\0';
    const char *et = jfyp_stristr(head, " et al.");
    if (et && et - head < 40 && !memchr(s, ',', (size_t)(et - head)))
        s += et - head + 7;
    while (*s == ' ')
        s++;
    for (size_t i = 0; i < JFYP_HINT_NAMES && h->journal_names[i]; i++) {
        int m = name_match(s, h->journal_names[i]);
        if (m == 2 || (part && (m == 1 || name_tail(s, h->journal_names[i]))))
            return 1;
    }
    return 0;
}

typedef struct {
    char *names[MAX_NAMES]; /* journal names read off citation lines */
    int nnames;
    const jfyp_hints *hints; /* the journal's names as the caller knows them */
    int top;                 /* reading the top of the article */
} banners;

static int known_name(const banners *b, const char *s) {
    for (int i = 0; i < b->nnames; i++)
        if (jfyp_strieq(b->names[i], s))
            return 1;
    return 0;
}

/* The publisher's name alone on a line at the top ("Hindawi" over the
 * journal's name): its logo's word, no heading. */
static int publisher_name(const banners *b, const char *s) {
    return b->top && b->hints->publisher && *b->hints->publisher && jfyp_strieq(s, b->hints->publisher);
}

static int classify(const banners *b, const char *s) {
    int words = jfyp_count_words(s);
    if (publisher_name(b, s) || citation_line(s) || url_line(s) || open_access(s) || publisher_line(s, words) ||
        price_code(s) ||
        volume_line(s) || viewer_link(s) ||
        meeting_line(s, words) || page_of(s) || known_name(b, s) || (b->top && jfyp_journal_name_line(b->hints, s, 0)))
        return BANNER;
    if (rule_line(s))
        return RULE;
    return nameish(s, words) ? NAMEISH : OTHER;
}

/* Remembers the journal's name printed before a citation line's numbers. */
static int remember_name(banners *b, const char *s) {
    const char *c = citation_part(s);
    if (!c || b->nnames == MAX_NAMES)
        return 0;
    size_t n = (size_t)(c - s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == ','))
        n--;
    if (n < 4)
        return 0;
    char *name = jfyp_strndup(s, n);
    if (!name)
        return -1;
    static const char *const months[] = {"january", "february", "march", "april", "may", "june", "july",
                                         "august", "september", "october", "november", "december", NULL};
    int month = 0;
    for (int i = 0; months[i]; i++)
        month |= jfyp_strieq(name, months[i]);
    if (month || jfyp_count_words(name) > 8 || known_name(b, name)) {
        free(name);
        return 0;
    }
    b->names[b->nnames++] = name;
    return 0;
}

/* A paragraph of text (copied) put after block at, spanning it: what a
 * banner line held that a later reader wants. 0, or -1 on OOM. */
static int para_after(jfy_node *at, const char *text) {
    jfy_node *p = jfyp_node_new_with_text(JFY_N_PARAGRAPH, text);
    if (!p)
        return -1;
    jfyp_node_span_from(p, at);
    jfyp_node_span_from(p->first, at);
    jfyp_node_insert_after(at, p);
    return 0;
}

/* A paragraph holding the DOI printed in a banner line, for recognize_doi.c. */
static int keep_doi(jfy_node *at, const char *line) {
    size_t len;
    const char *d = jfyp_find_doi(line, &len);
    if (!d || !jfyp_stristr(line, "doi"))
        return 0;
    char *t = jfyp_printf("doi:%.*s", (int)len, d);
    if (!t)
        return -1;
    int rc = para_after(at, t);
    free(t);
    return rc;
}

/* A line that is only a DOI with its label: kept where it is. */
static int doi_line(const char *s) {
    /* the label first: most lines lack it, and the DOI search is dear */
    if (!jfyp_strnieq(s, "doi", 3))
        return 0;
    size_t len;
    const char *d = jfyp_find_doi(s, &len);
    return d && d[len] == '\0' && d - s <= 5;
}

/* The cell after a line's last wide gap (three spaces or more), as
 * pdftotext -layout prints a running header's items; NULL for none. */
static const char *last_cell(const char *raw) {
    const char *cell = NULL;
    for (const char *p = raw; *p; p++)
        if (p > raw && p[-1] != ' ' && strncmp(p, "   ", 3) == 0) {
            const char *q = p;
            while (*q == ' ')
                q++;
            if (*q)
                cell = q;
        }
    return cell;
}

/* The single text node of the line under line i of l (the first of the
 * next block's when i is the last), where the holder may run on. */
static jfy_node *line_under(jfyp_rec *r, jfy_node *n, const jfyp_lines *l, size_t i) {
    if (i + 1 < l->n)
        return l->v[i + 1].first == l->v[i + 1].last ? l->v[i + 1].first : NULL;
    jfy_node *next = jfyp_rec_next(r, n);
    if (!next || next->type != JFY_N_PARAGRAPH || !next->first || !n->line || next->line != n->end_line + 1)
        return NULL;
    jfy_node *g = next->first;
    return g->next && !(g->next->type == JFY_N_SOFTBREAK || g->next->type == JFY_N_LINEBREAK) ? NULL : g;
}

/* A copyright statement set as the last item of the head's banner row
 * ("Journal (2017), 16: 328-337        Copyright (c) 2017 by School of X",
 * its holder's end the last item of the row under it: "Received: ...
 * Y University"): the banner goes, the statement stays, as a paragraph
 * after the block for the permissions reader. */
static int keep_copyright_cell(jfy_node *n, const jfyp_line *ln, jfy_node *g) {
    const jfy_node *f = ln->first;
    if (f != ln->last || f->type != JFY_N_TEXT || !f->text)
        return 0;
    const char *c = last_cell(f->text);
    if (!c || !(strncmp(c, "\xc2\xa9", 2) == 0 || strncmp(c, "Copyright \xc2\xa9", 12) == 0))
        return 0;
    char *stmt = jfyp_strdup(c);
    if (!stmt)
        return -1;
    const char *more = g && g->type == JFY_N_TEXT && g->text ? last_cell(g->text) : NULL;
    size_t sn = strlen(stmt);
    /* the holder runs on where the statement ends with no stop */
    if (more && sn && !strchr(".;", stmt[sn - 1]) && isupper((unsigned char)*more) && !strchr(more, ':')) {
        char *both = jfyp_printf("%s %s", stmt, more);
        char *left = jfyp_strndup(g->text, (size_t)(more - g->text));
        if (!both || !left || jfyp_node_set_text(g, jfyp_trim(left)) < 0) {
            free(both);
            free(left);
            free(stmt);
            return -1;
        }
        free(left);
        free(stmt);
        stmt = both;
    }
    int rc = para_after(n, jfyp_squeeze(stmt));
    free(stmt);
    return rc;
}

/* "C Society 2013. The online version..." / "c" "2008" "Holder": a
 * copyright sign read as a letter, at the head of a statement. */
static int fix_copyright_sign(jfy_node *p, jfyp_lines *l) {
    jfy_node *k = l->v[0].first;
    if (!k || k->type != JFY_N_TEXT || !k->text)
        return 0;
    const char *t = l->v[0].text;
    if ((t[0] == 'C' || t[0] == 'c') && t[1] == '\0' && l->n >= 2 && strlen(l->v[1].text) == 4 &&
        is_year_at(l->v[1].text, l->v[1].text)) {
        /* the sign, the year and the holder each on a line */
        return jfyp_node_set_text(k, "\xC2\xA9");
    }
    if (t[0] != 'C' || t[1] != ' ' || !isupper((unsigned char)t[2]))
        return 0;
    /* a year after a holder's name, and reuse terms in the block */
    const char *y = NULL;
    for (const char *q = t + 2; *q && !y; q++)
        if (is_year_at(t, q))
            y = q;
    if (!y || jfyp_count_words(t + 2) - jfyp_count_words(y) > 8)
        return 0;
    char *all = jfyp_node_plain(p);
    if (!all)
        return -1;
    int cue = jfyp_stristr(all, "licen") || jfyp_stristr(all, "creative commons") ||
              jfyp_stristr(all, "open access") || jfyp_stristr(all, "permission");
    free(all);
    if (!cue || strncmp(k->text, "C ", 2) != 0)
        return 0;
    char *fixed = jfyp_printf("\xC2\xA9%s", k->text + 1);
    if (!fixed)
        return -1;
    int rc = jfyp_node_set_text(k, fixed);
    free(fixed);
    return rc;
}

/* A drop capital: a block of one capital letter and a block going on in
 * lower case ("J" / "ournal of ..."). */
static int join_drop_cap(jfyp_rec *r, jfy_node *n) {
    jfy_node *k = n->first;
    if (n->type != JFY_N_PARAGRAPH || !k || k != n->last || k->type != JFY_N_TEXT || !k->text ||
        !isupper((unsigned char)k->text[0]) || k->text[1])
        return 0;
    jfy_node *next = jfyp_rec_next(r, n);
    jfy_node *f = next && next->type == JFY_N_PARAGRAPH ? next->first : NULL;
    if (!f || f->type != JFY_N_TEXT || !f->text || !islower((unsigned char)f->text[0]))
        return 0;
    char *t = jfyp_printf("%c%s", k->text[0], f->text);
    if (!t || jfyp_node_set_text(f, t) < 0) {
        free(t);
        return -1;
    }
    free(t);
    next->line = n->line;
    next->col = n->col;
    jfyp_node_free(n);
    return 1;
}

/* Whether the block opens the article's body or its abstract. */
static int opens_body(const char *first) {
    int k = jfyp_section_kind(first);
    if (k == JFYP_SEC_TOP || k == JFYP_SEC_REFS)
        return 1;
    return jfyp_after_label(first, "abstract") != NULL || jfyp_after_label(first, "summary") != NULL;
}

/* The line leading to the journal's name at the foot of the block before
 * it ("This article was published in the following journal:") goes with
 * the name. 0, or -1 on OOM. */
static int lead_in_before(jfy_node *n) {
    jfy_node *p = n->prev;
    if (!p || p->type != JFY_N_PARAGRAPH || !n->line || p->end_line + 1 != n->line)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(p, &l) < 0)
        return -1;
    const char *t = l.n >= 2 ? l.v[l.n - 1].text : "";
    size_t k = strlen(t);
    if (k && t[k - 1] == ':' && jfyp_count_words(t) >= 4)
        jfyp_lines_remove(p, &l, l.n - 1, l.n - 1);
    jfyp_lines_free(&l);
    return 0;
}

/* The journal's name alone in block n right under a notice's title
 * ("Retracted: ..." / "Journal of X"): the notice's signature, which
 * recognize_bylines.c reads, no banner. */
static int notice_above(const jfy_node *n) {
    const jfy_node *p = n->prev;
    if (!p || (p->type != JFY_N_PARAGRAPH && p->type != JFY_N_HEADING))
        return 0;
    char *t = jfyp_front_text(p, 1);
    int hit = t && jfyp_notice_title(t);
    free(t);
    return hit;
}

/* The digits a publisher's PDF prints in hidden text on the first page
 * ("1234567890():,;", "Vol.:(0123456789)"), which a reader extracts as a
 * line of its own among the title's, the abstract's or the side column's:
 * the ten figures in a run and nothing else but their stops, brackets and
 * "Vol". */
static int hidden_digits(const char *s) {
    if (!((*s >= '0' && *s <= '9') || *s == 'V' || *s == '('))
        return 0;
    const char *d = strstr(s, "1234567890");
    if (!d)
        d = strstr(s, "0123456789");
    if (!d)
        return 0;
    for (const char *p = s; *p; p++) {
        if (p >= d && p < d + 10)
            continue;
        if (!strchr("():,;. ", *p) && !(p == s && strncmp(p, "Vol", 3) == 0))
            return 0;
        if (p == s && strncmp(p, "Vol", 3) == 0)
            p += 2;
    }
    return 1;
}

/* Takes such lines out of block n. 1 when nothing is left of it (n
 * freed), 0, -1 on OOM. */
static int drop_hidden_digits(jfy_node *n) {
    const jfy_node *k = n->first;
    int any = 0;
    /* (a cheap look first: the figures are rare, the blocks many) */
    for (; k && !any; k = k->next)
        any = k->type == JFY_N_TEXT && k->text && strstr(k->text, "567890");
    if (!any)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(n, &l) < 0)
        return -1;
    /* (last first, the lines read once: a removal leaves the lines above
     * it as they were read, where reading the block again after each
     * would be quadratic in a block of many such lines) */
    for (size_t i = l.n; i-- > 0;) {
        if (hidden_digits(l.v[i].text) && jfyp_lines_remove(n, &l, i, i)) {
            jfyp_lines_free(&l);
            jfyp_node_free(n);
            return 1;
        }
    }
    jfyp_lines_free(&l);
    return 0;
}

/* Reads block n: 1 when it was banner through and through and went,
 * 0 when it stays (lines may have gone when top), -1 on OOM. */
static int read_block(jfyp_rec *r, banners *b, jfy_node *n, int top, int head, int first_blocks, int after_banner) {
    jfyp_lines l;
    if (jfyp_lines_of(n, &l) < 0)
        return -1;
    int rc = 0, banner = 0, strong = 0, nameish_n = 0, other = 0, rules = 0, loose = 0;
    if (top && l.n == 1 && jfyp_journal_name_line(b->hints, l.v[0].text, 0) && notice_above(n)) {
        jfyp_lines_free(&l);
        return 0;
    }
    /* the journal's name under the title, in the block of its lines,
     * with the line that leads to it ("This article was published in
     * the following journal:"); under a notice's title it signs the
     * notice and stays */
    for (size_t i = 1; top && i < l.n; i++) {
        if (!jfyp_journal_name_line(b->hints, l.v[i].text, 0) || jfyp_notice_title(l.v[0].text) ||
            (i >= 2 && jfyp_notice_title(l.v[1].text)))
            continue;
        const char *p = l.v[i - 1].text;
        size_t pn = strlen(p), from = i;
        if (i >= 2 && pn && p[pn - 1] == ':')
            from = i - 1;
        /* the DOI printed beside the name stays */
        if (keep_doi(n, l.v[i].text) < 0)
            goto oom;
        int empty = jfyp_lines_remove(n, &l, from, i);
        jfyp_lines_free(&l);
        if (empty) {
            jfyp_node_free(n);
            return 1;
        }
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        i = from - 1;
    }
    /* the journal's name, or its last words ("AGING NEUROSCIENCE"), over
     * the article's dates in one block, as a column-keeping reader joins
     * a banner's left and right halves ("published: 23 December 2013"):
     * the name goes, the dates stay for their reader */
    if (top && l.n >= 2 && l.n <= 3 && jfyp_journal_name_line(b->hints, l.v[0].text, 1)) {
        int dated = 1;
        for (size_t i = 1; i < l.n && dated; i++)
            dated = jfyp_front_meta_line(l.v[i].text) && !jfyp_journal_name_line(b->hints, l.v[i].text, 1);
        if (dated) {
            jfyp_lines_remove(n, &l, 0, 0);
            jfyp_lines_free(&l);
            if (jfyp_lines_of(n, &l) < 0)
                return -1;
        }
    }
    /* the journal's name set over the lines of a block of its own
     * ("JOURNAL OF X" / "AND Y"), or a part of it alone ("ACTA") */
    if (top && l.n > 0 && l.n <= 3) {
        char *all = jfyp_lines_join(&l, 0, l.n - 1);
        if (!all)
            goto oom;
        int own = jfyp_journal_name_line(b->hints, all, 1);
        free(all);
        if (own && lead_in_before(n) < 0)
            goto oom;
        for (size_t i = 0; own && i < l.n; i++)
            if (keep_doi(n, l.v[i].text) < 0)
                goto oom;
        if (own) {
            jfyp_node_free(n);
            rc = 1;
            goto out;
        }
    }
    for (size_t i = 0; i < l.n; i++) {
        /* Once a line of text is seen in a block below the page's head,
         * the block stays and only its rules go (below): what is left to
         * learn is whether it has a rule, and the journal's names its
         * citation lines print (a citation line is always a banner). The
         * dozen tests of classify ran on every line of the body's
         * paragraphs (bench/instructions). */
        if (other && !head) {
            if (citation_line(l.v[i].text)) {
                if (remember_name(b, l.v[i].text) < 0)
                    goto oom;
            } else if (rule_line(l.v[i].text) && classify(b, l.v[i].text) == RULE)
                rules++;
            continue;
        }
        int c = classify(b, l.v[i].text);
        loose += c == BANNER && (page_of(l.v[i].text) || open_access(l.v[i].text));
        if (c == BANNER && citation_line(l.v[i].text) && remember_name(b, l.v[i].text) < 0)
            goto oom;
        if (c == BANNER) {
            banner++;
            strong += citation_line(l.v[i].text) ||
                      publisher_line(l.v[i].text, jfyp_count_words(l.v[i].text));
        } else if (c == RULE)
            rules++;
        else if (c == NAMEISH && !doi_line(l.v[i].text))
            nameish_n++;
        else if (!doi_line(l.v[i].text))
            other++;
    }
    /* a block of banner lines, with the DOI among them, or the journal's
     * name beside its citation or publisher line, at the top; below it
     * a citation line is as likely a reference entry, a publisher's line
     * a colophon's: only page and badge lines go there */
    if (banner && !other && (top ? nameish_n == 0 || strong : nameish_n == 0 && loose == banner)) {
        for (size_t i = 0; i < l.n; i++)
            if (keep_doi(n, l.v[i].text) < 0 ||
                (top && keep_copyright_cell(n, &l.v[i], line_under(r, n, &l, i)) < 0))
                goto oom;
        jfyp_node_free(n);
        rc = 1;
        goto out;
    }
    /* a journal's name or acronym alone at the head of the page, beside
     * its banner */
    if (first_blocks && l.n == 1 && nameish_n == 1) {
        const char *t = l.v[0].text;
        int letters = 0, upper = 0;
        jfyp_utf8_case_counts(t, &letters, &upper);
        /* (a kind of article in capitals, "LETTER" over an "Open
         * Access" badge, is its label, no acronym) */
        int acronym = letters == upper && letters <= 6 && !strchr(t, ' ') && !jfyp_title_label_line(t);
        jfy_node *next = jfyp_rec_next(r, n);
        int beside = 0;
        /* a name between two banners needs no more; one that opens the
         * page, the look of a journal's name (an acronym, "Journal") */
        int named = acronym || has_word(t, "journal") || (after_banner && !jfyp_title_label_line(t));
        if (named && next && next->type == JFY_N_PARAGRAPH) {
            jfyp_lines nl;
            if (jfyp_lines_of(next, &nl) < 0)
                goto oom;
            for (size_t i = 0; i < nl.n && !beside; i++)
                beside = classify(b, nl.v[i].text) == BANNER;
            jfyp_lines_free(&nl);
        }
        if (beside) {
            jfyp_node_free(n);
            rc = 1;
            goto out;
        }
    }
    /* a rule drawn under a title or across a table holds no text */
    if (!(head && banner) && !rules) {
        if (fix_copyright_sign(n, &l) < 0)
            goto oom;
        goto out;
    }
    /* in the first block that stays (the title's, or one beside the
     * banner), banner lines go one by one: further down such a line
     * inside a block is as likely prose ("in the April 2004 issue of");
     * rules anywhere */
    for (;;) {
        size_t i = 0;
        int c;
        while (i < l.n && (c = classify(b, l.v[i].text)) != RULE && !(head && c == BANNER))
            i++;
        if (i == l.n)
            break;
        if (keep_doi(n, l.v[i].text) < 0 ||
            (c == BANNER && keep_copyright_cell(n, &l.v[i], line_under(r, n, &l, i)) < 0))
            goto oom;
        int empty = jfyp_lines_remove(n, &l, i, i);
        jfyp_lines_free(&l);
        if (empty) {
            jfyp_node_free(n);
            return 1;
        }
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        /* a page number printed under the banner goes with it */
        int figures = 1;
        for (size_t k = 0; k < l.n && figures; k++)
            figures = number_line(l.v[k].text);
        if (figures) {
            jfyp_lines_free(&l);
            jfyp_node_free(n);
            return 1;
        }
    }
    if (fix_copyright_sign(n, &l) < 0)
        goto oom;
out:
    jfyp_lines_free(&l);
    return rc;
oom:
    jfyp_lines_free(&l);
    return -1;
}

static int opens_copyright(const jfy_node *n) {
    const jfy_node *k = n->first;
    if (n->type != JFY_N_PARAGRAPH || !k || k->type != JFY_N_TEXT || !k->text)
        return 0;
    const char *t = k->text;
    if (strncmp(t, "\xC2\xA9", 2) == 0)
        return 1;
    return strncmp(t, "Copyright ", 10) == 0 && (strncmp(t + 10, "\xC2\xA9", 2) == 0 || isdigit((unsigned char)t[10]));
}

/* A copyright and licence statement printed above the title would stand
 * where the title is looked for: it goes down to the head of the
 * abstract, with a DOI line printed under it, where the permissions and DOI
 * readers find them as well. */
static int move_copyright(jfyp_rec *r) {
    jfy_node *n = jfyp_rec_first(r);
    if (!n || !opens_copyright(n))
        return 0;
    jfy_node *last = n, *x = jfyp_rec_next(r, n);
    if (x && x->type == JFY_N_PARAGRAPH && x->first && x->first == x->last && x->first->type == JFY_N_TEXT &&
        x->first->text && doi_line(x->first->text)) {
        last = x;
        x = jfyp_rec_next(r, x);
    }
    for (int i = 0; x && i < TOP_BLOCKS; i++, x = jfyp_rec_next(r, x)) {
        const jfy_node *k = x->first;
        if (x->type == JFY_N_PARAGRAPH && k && k->type == JFY_N_TEXT && k->text && opens_body(k->text)) {
            for (jfy_node *m = n;;) {
                jfy_node *after = jfyp_rec_next(r, m);
                jfyp_node_unlink(m);
                jfyp_node_insert_before(x, m);
                if (m == last)
                    break;
                m = after;
            }
            return 0;
        }
    }
    return 0;
}

/* ---- a head drawn after the page's text ----
 * An extractor that keeps the order in which a page's content stream
 * draws its blocks (MuPDF, PyMuPDF's get_text(), pdfminer without layout
 * analysis) gives the title and byline wherever the typesetter drew them:
 * often after the first page's side column (licence, correspondence,
 * history), its abstract or even its first column of text. The head
 * read there is the one block of title shape over a byline of several or
 * marked names with prose (a paragraph of sentences) above both, near the
 * top; it goes back to the top with its byline and the addresses under
 * it, where the title and byline readers look for them. */
#define LATE_REACH 60 /* blocks from the top a late head may sit in */

static int ends_full_stop(const char *t) {
    size_t n = strlen(t);
    return n && t[n - 1] == '.';
}

/* The full stop before the words are counted: most blocks asked about are
 * not prose, and a paragraph's count is dear (bench/instructions). */
static int prose_block(const char *t) { return ends_full_stop(t) && jfyp_count_words(t) >= 30; }

static int head_shaped(const jfy_node *n, const char *t) {
    size_t len = strlen(t);
    if ((n->type != JFY_N_PARAGRAPH && n->type != JFY_N_HEADING) || !len || t[len - 1] == ':' ||
        t[len - 1] == ',')
        return 0;
    /* a title may end in an abbreviation ("... genus Ocimum L.", "sp.") */
    const char *lw = strrchr(t, ' ');
    int abbrev = lw && t[len - 1] == '.' && strlen(lw + 1) <= 3;
    int w = (t[len - 1] != '.' || abbrev) ? jfyp_count_words(t) : 0;
    return w >= 3 && w <= 40 && !strchr(t, '@') && !jfyp_front_meta_line(t) && !opens_body(t);
}

static int strong_names(const char *t) {
    size_t n;
    int marked;
    int rc = jfyp_byline_weigh(t, &n, &marked);
    if (rc < 0)
        return -1;
    /* two unmarked names may be two phrases joined by "and" */
    return rc == 1 && (n >= 3 || (n == 2 && marked));
}

/* A late head's byline run on into prose: its first line names several
 * people and the lines after it go on in lower case. Cut there: 1 cut, 0
 * not, -1 on OOM. */
static int byline_run_on(jfy_node *n) {
    jfyp_lines l;
    if (jfyp_lines_of(n, &l) < 0)
        return -1;
    int rc = 0;
    if (l.n >= 2 && !prose_block(l.v[0].text) && jfyp_starts_lower(l.v[1].text)) {
        rc = strong_names(l.v[0].text);
        if (rc > 0 && !jfyp_lines_split(n, &l, 1))
            rc = -1;
    }
    jfyp_lines_free(&l);
    return rc;
}

static int lift_late_head(jfyp_rec *r) {
    jfy_node *top = jfyp_rec_first(r), *prev = NULL;
    char *prev_t = NULL;
    int prose = 0, seen = 0, rc = 0, run = 0;
    for (jfy_node *n = top; n && seen < LATE_REACH; n = jfyp_rec_next(r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH && n->type != JFY_N_HEADING)
            break;
        char *t = jfyp_front_text(n, 0);
        if (!t) {
            rc = -1;
            break;
        }
        if (n->type == JFY_N_HEADING && jfyp_is_references_heading(t)) {
            free(t);
            break;
        }
        int b = 0;
        /* the byline's line run on into the next page's first sentence
         * ("... and Paul L. Drake3" / "provides insight into ..."), the
         * page's foot between them gone: the names go apart */
        if (prose && prev && n->type == JFY_N_PARAGRAPH && head_shaped(prev, prev_t)) {
            int cut = byline_run_on(n);
            if (cut > 0) {
                free(t);
                t = jfyp_front_text(n, 0);
            }
            if (cut < 0 || !t) {
                rc = -1;
                break;
            }
        }
        if (prose && prev && n->type == JFY_N_PARAGRAPH && head_shaped(prev, prev_t) &&
            !prose_block(t)) {
            b = strong_names(t);
            /* a byline over a byline is no title over one */
            int over = b > 0 ? strong_names(prev_t) : 0;
            if (b < 0 || over < 0) {
                free(t);
                rc = -1;
                break;
            }
            b = b && !over;
        }
        if (b) {
            /* the addresses right under the byline go up with it */
            jfy_node *last = n;
            for (int k = 0; k < 3; k++) {
                jfy_node *a = jfyp_rec_next(r, last);
                if (!a || a->type != JFY_N_PARAGRAPH || a->parent != n->parent)
                    break;
                char *at = jfyp_front_text(a, 0);
                if (!at) {
                    rc = -1;
                    break;
                }
                int inst = jfyp_front_has_institution_word(at) && !prose_block(at);
                free(at);
                if (!inst)
                    break;
                last = a;
            }
            free(t);
            if (rc < 0 || prev->parent != top->parent || n->parent != top->parent)
                break;
            /* a title broken into blocks ("... production by" / "Fusarium
             * graminearum in maize grains") goes up whole */
            jfy_node *from = prev;
            for (int k = 0; k < 2 && from != top && from->prev && from->prev->type == JFY_N_PARAGRAPH; k++) {
                char *pt = jfyp_front_text(from->prev, 0);
                if (!pt) {
                    rc = -1;
                    break;
                }
                size_t pl = strlen(pt);
                int go = head_shaped(from->prev, pt) && pl && !prose_block(pt) &&
                         !jfyp_front_has_institution_word(pt);
                /* (never the type label over it: "Research Article") */
                go = go && !jfyp_title_label_line(pt);
                if (go && from->prev->end_line + 1 != from->line) {
                    /* it runs on: its last word a lower-case word, or
                     * the line right over it, no blank line between (a
                     * title in title case cut a line a block: "... D
                     * Levels and Parkinson's Disease: A" / "Systematic
                     * Review and Meta-Analysis") */
                    const char *lw = strrchr(pt, ' ');
                    lw = lw ? lw + 1 : pt;
                    go = lw[0] >= 'a' && lw[0] <= 'z';
                }
                free(pt);
                if (!go)
                    break;
                from = from->prev;
            }
            if (rc < 0 || from == top)
                break;
            /* under the page's type label, where the type reader wants it
             * over the title ("SYSTEMATIC REVIEW") */
            jfy_node *at = top;
            {
                char *lt = jfyp_front_text(top, 0);
                if (!lt) {
                    rc = -1;
                    break;
                }
                if (jfyp_title_label_line(lt) && top->next && top->next != from)
                    at = top->next;
                free(lt);
            }
            for (jfy_node *m = from, *stop = last->next; m && m != stop;) {
                jfy_node *nx = m->next;
                jfyp_node_unlink(m);
                jfyp_node_insert_before(at, m);
                m = nx;
            }
            break;
        }
        /* prose cut into a block a line (double-spaced extraction) is
         * a run of long lines */
        int w = n->type == JFY_N_PARAGRAPH ? jfyp_count_words(t) : 0;
        run = w >= 9 ? run + w : 0;
        prose |= (n->type == JFY_N_PARAGRAPH && w >= 30 && ends_full_stop(t)) || run >= 60;
        free(prev_t);
        prev_t = t;
        prev = n;
    }
    free(prev_t);
    return rc;
}

int jfyp_recognize_pdf_banners(jfyp_rec *r) {
    banners b = {{0}, 0, r->hints, 1};
    int rc = 0, top = 1, blocks = 0, lead = 1;
    if (lift_late_head(r) < 0)
        return -1;
    for (jfy_node *n = jfyp_rec_first(r); n;) {
        if (n->type != JFY_N_PARAGRAPH) {
            char *h = n->type == JFY_N_HEADING ? jfyp_node_plain(n) : NULL;
            if (n->type == JFY_N_HEADING && !h) {
                rc = -1;
                break;
            }
            int refs = h && jfyp_is_references_heading(h);
            free(h);
            if (refs)
                break;
            lead = 0;
            n = jfyp_rec_next(r, n);
            continue;
        }
        if (top && blocks < 3) {
            int d = join_drop_cap(r, n);
            if (d < 0) {
                rc = -1;
                break;
            }
            if (d) {
                n = jfyp_rec_first(r);
                continue;
            }
        }
        jfy_node *next = jfyp_rec_next(r, n);
        jfy_node *k = n->first;
        char *first = k && k->type == JFY_N_TEXT && k->text ? k->text : NULL;
        /* the reference list's entries are not banners, whatever they print */
        if (first && jfyp_is_references_heading(first) && !n->first->next)
            break;
        if (first && top && opens_body(first))
            top = 0;
        blocks++;
        if (blocks > TOP_BLOCKS)
            top = 0;
        b.top = top;
        int h = top ? drop_hidden_digits(n) : 0;
        if (h) {
            if (h < 0) {
                rc = -1;
                break;
            }
            n = next;
            continue;
        }
        int x = read_block(r, &b, n, top, top && lead, lead && blocks <= 3, lead && blocks > 1);
        if (x < 0) {
            rc = -1;
            break;
        }
        if (!x)
            lead = 0;
        n = next;
    }
    for (int i = 0; i < b.nnames; i++)
        free(b.names[i]);
    return rc < 0 ? rc : move_copyright(r);
}
