/* recognize_dates.c - the article's history as printed: "Received: 3 March
 * 2014; Accepted: 5 May 2014 | Published: 2014-06-01", "Published online
 * 12 Jan 2015", "Recebido em 12 de março de 2020". A label starts a line,
 * follows a separator, or carries a colon; a date must follow it directly,
 * so running text ("patients who received ...") is never read as history.
 * Lines holding nothing but history are claimed. */
#include "recognize.h"
#include "textlines.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Longer labels first: "Received in revised form" is not "Received". */
static const struct {
    const char *label;
    const char *type;
} labels[] = {
    {"Advance Access publication", "pub"},
    {"This article was published", "pub"}, /* "... at Annals.org on 16 March 2020." */
    {"Article published online", "pub"},
    {"Online publication date", "pub"},
    {"Published Online First", "pub"},
    {"Online publication", "pub"},
    {"Version of record online", "pub"}, /* (under "Accepted manuscript online", no acceptance) */
    {"Received in revised form", "rev-recd"},
    {"First draft submitted", "received"},
    {"Received for publication", "received"},
    {"Received for review", "received"},
    {"Revision accepted", "accepted"}, /* "...; revision accepted April 27, 2020" */
    {"Received revised", "rev-recd"},
    {"Revision received", "rev-recd"},
    {"Revised version received", "rev-recd"},
    {"Accepted for publication", "accepted"},
    {"Date of acceptance", "accepted"},
    {"Date of submission", "received"},
    {"Date of publication", "pub"},
    {"Manuscript received", "received"},
    {"Article received", "received"},
    {"Publication date", "pub"},
    {"Published online", "pub"},
    {"First published", "pub"},
    {"Latest published", "latest"},
    {"Online First", "pub"},
    {"Available online", "pub"},
    {"Date received", "received"},
    {"Date accepted", "accepted"},
    {"Date published", "pub"},
    {"Received", "received"},
    {"Submitted", "received"},
    {"Revised", "rev-recd"},
    {"Accepted", "accepted"},
    {"Published", "pub"},
    {"Epub", "pub"},
    {"Recebido", "received"},
    {"Submissão", "received"},
    {"Submetido", "received"},
    {"Soumis", "received"},
    {"Eingereicht", "received"},
    {"Recibido", "received"},
    {"Reçu", "received"},
    {"Eingegangen", "received"},
    {"Reformulado", "rev-recd"},
    {"Revisado", "rev-recd"},
    {"Aceito", "accepted"},
    {"Aceite", "accepted"},
    {"Aceptado", "accepted"},
    {"Aprovado", "accepted"},
    {"Aprobado", "accepted"},
    {"Approved", "accepted"},
    {"Accepté", "accepted"},
    {"Angenommen", "accepted"},
    {"Publicado", "pub"},
    {"Publié", "pub"},
};

enum { NLABELS = sizeof labels / sizeof *labels };
_Static_assert(NLABELS < 256, "label numbers fit in a byte");

/* The labels by their first letter, each letter's in the table's order:
 * field_at is tried at every capital of every dated paragraph, where
 * testing the first letter of every label cost more than the rest. */
static unsigned char by_letter[NLABELS], letter_from[27];
static pthread_once_t letters_once = PTHREAD_ONCE_INIT;

static void index_letters(void) {
    size_t count[26] = {0}, at[26];
    for (size_t i = 0; i < NLABELS; i++)
        count[(labels[i].label[0] | 0x20) - 'a']++;
    for (size_t c = 0, sum = 0; c < 26; c++) {
        at[c] = letter_from[c] = (unsigned char)sum;
        sum += count[c];
    }
    letter_from[26] = NLABELS;
    for (size_t i = 0; i < NLABELS; i++)
        by_letter[at[(labels[i].label[0] | 0x20) - 'a']++] = (unsigned char)i;
}

/* Words a label may carry before its date ("Accepted after revision: 17
 * Dec 2019", "Accepted for" over "publication on 16 October 2016"). */
static const char *const fillers[] = {"on",    "em",   "el",          "le",     "am",
                                      "date",  "online", "in",        "final",  "form",
                                      "the",   "for",  "publication", "after revision",
                                      "after review", "ahead of print"};

static const struct {
    const char *name;
    int month;
} months[] = {
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6},
    {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11},
    {"december", 12}, {"janeiro", 1}, {"fevereiro", 2}, {"março", 3}, {"abril", 4},
    {"maio", 5}, {"junho", 6}, {"julho", 7}, {"agosto", 8}, {"setembro", 9},
    {"outubro", 10}, {"novembro", 11}, {"dezembro", 12}, {"enero", 1}, {"febrero", 2},
    {"marzo", 3}, {"mayo", 5}, {"junio", 6}, {"julio", 7}, {"septiembre", 9},
    {"setiembre", 9}, {"octubre", 10}, {"noviembre", 11}, {"diciembre", 12},
    {"janvier", 1}, {"février", 2}, {"mars", 3}, {"avril", 4}, {"mai", 5}, {"juin", 6},
    {"juillet", 7}, {"août", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11},
    {"décembre", 12}, {"januar", 1}, {"februar", 2}, {"märz", 3}, {"juni", 6},
    {"juli", 7}, {"oktober", 10}, {"dezember", 12}, {"sept", 9},
};

static int is_alpha_at(const char *p) {
    return (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (unsigned char)*p >= 0x80;
}

/* Length of a Unicode hyphen or dash (U+2010-U+2015) at p, else 0:
 * typesetters print "09‑Jun‑2014" with non-breaking hyphens. */
static size_t dash_len(const char *p) {
    return (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 && (unsigned char)p[2] >= 0x90 &&
                   (unsigned char)p[2] <= 0x95
               ? 3
               : 0;
}

/* A month name or its abbreviation (three letters or more, optional dot)
 * at p; *end after it. 0 when none. */
static int month_at(const char *p, const char **end) {
    const char *q = p;
    while (*q && is_alpha_at(q) && !(*q == (char)0xC2 && (unsigned char)q[1] == 0xA0) && !dash_len(q))
        q++;
    size_t n = (size_t)(q - p);
    if (n < 3 || n > 12)
        return 0;
    char word[16];
    memcpy(word, p, n);
    word[n] = '\0';
    char *low = jfyp_utf8_lower(word);
    if (!low)
        return 0;
    int m = 0;
    size_t ln = strlen(low);
    for (size_t i = 0; i < sizeof months / sizeof *months && !m; i++)
        if (strcmp(low, months[i].name) == 0 || (ln >= 3 && strncmp(low, months[i].name, ln) == 0))
            m = months[i].month;
    free(low);
    if (m) {
        if (*q == '.')
            q++;
        *end = q;
    }
    return m;
}

static int digits_at(const char *p, int maxn, int *val) {
    int n = 0, v = 0;
    while (p[n] >= '0' && p[n] <= '9' && n < maxn + 1) {
        v = v * 10 + (p[n] - '0');
        n++;
    }
    if (n == 0 || n > maxn)
        return 0;
    *val = v;
    return n;
}

static const char *skip_sp(const char *p) {
    size_t l;
    while (*p && jfyp_is_space_at(p, &l))
        p += l;
    return p;
}

/* " de " / ", " / " " between date parts. */
static const char *skip_joiner(const char *p) {
    p = skip_sp(p);
    if (*p == ',' || *p == '-' || *p == '/')
        p = skip_sp(p + 1);
    else if (dash_len(p))
        p = skip_sp(p + 3);
    if ((jfyp_strnieq(p, "de ", 3) || jfyp_strnieq(p, "del ", 4)))
        p = skip_sp(p + (p[2] == ' ' ? 3 : 4));
    return p;
}

static int good_year(int y) { return y >= 1800 && y <= 2199; }

/* Parses one printed date at p. Returns the end, or NULL. */
static const char *parse_date(const char *p, int *y, int *m, int *d) {
    int a, b, c, n, k;
    const char *e;
    *y = *m = *d = 0;
    p = skip_sp(p);
    if ((n = digits_at(p, 4, &a)) == 4) {
        /* 2014-03-03, 2014/3/3, 2014.03 */
        if ((p[4] == '-' || p[4] == '/' || p[4] == '.') && (k = digits_at(p + 5, 2, &b))) {
            if (b < 1 || b > 12)
                return NULL;
            *y = a;
            *m = b;
            e = p + 5 + k;
            if (*e == p[4] && (n = digits_at(e + 1, 2, &c)) && c >= 1 && c <= 31) {
                *d = c;
                e += 1 + n;
            }
            return good_year(a) ? e : NULL;
        }
        if (!good_year(a) || (p[4] >= '0' && p[4] <= '9'))
            return NULL;
        *y = a;
        /* "2015 Jan 12" */
        const char *q = skip_sp(p + 4), *qe;
        if ((b = month_at(q, &qe))) {
            *m = b;
            q = skip_sp(qe);
            if ((n = digits_at(q, 2, &c)) && c >= 1 && c <= 31 && !(q[n] >= '0' && q[n] <= '9')) {
                *d = c;
                return q + n;
            }
            return qe;
        }
        return p + 4;
    }
    if (n >= 1 && n <= 2) {
        e = p + n;
        /* 03/03/2014, 3.3.2014: day first unless that cannot be. */
        if ((*e == '/' || *e == '.' || *e == '-') && (k = digits_at(e + 1, 2, &b)) &&
            e[1 + k] == *e && digits_at(e + 2 + k, 4, &c) == 4) {
            int day = a, mon = b;
            if (mon > 12 && day <= 12) {
                day = b;
                mon = a;
            }
            if (mon < 1 || mon > 12 || day < 1 || day > 31 || !good_year(c))
                return NULL;
            *y = c;
            *m = mon;
            *d = day;
            return e + 2 + k + 4;
        }
        /* 3 March 2014, 3rd of March, 2014, 12-Jan-2015, 12 de março de 2020 */
        if (strncmp(e, "st", 2) == 0 || strncmp(e, "nd", 2) == 0 || strncmp(e, "rd", 2) == 0 ||
            strncmp(e, "th", 2) == 0)
            e += 2;
        if (*e == '.')
            e++;
        const char *q = skip_joiner(e);
        if (jfyp_strnieq(q, "of ", 3))
            q += 3;
        if (!(b = month_at(q, &q)))
            return NULL;
        q = skip_joiner(q);
        if (digits_at(q, 4, &c) != 4 || !good_year(c) || a < 1 || a > 31)
            return NULL;
        *y = c;
        *m = b;
        *d = a;
        return q + 4;
    }
    /* March 3, 2014; March 2014; Mar. 3 2014 */
    if ((b = month_at(p, &e))) {
        const char *q = skip_sp(e);
        if ((n = digits_at(q, 2, &a)) && !(q[n] >= '0' && q[n] <= '9')) {
            const char *r = q + n;
            if (strncmp(r, "st", 2) == 0 || strncmp(r, "nd", 2) == 0 ||
                strncmp(r, "rd", 2) == 0 || strncmp(r, "th", 2) == 0)
                r += 2;
            r = skip_joiner(r);
            if (digits_at(r, 4, &c) == 4 && good_year(c) && a >= 1 && a <= 31) {
                *y = c;
                *m = b;
                *d = a;
                return r + 4;
            }
            return NULL;
        }
        q = skip_joiner(e);
        if (digits_at(q, 4, &c) == 4 && good_year(c)) {
            *y = c;
            *m = b;
            return q + 4;
        }
    }
    return NULL;
}

typedef struct {
    const char *type;
    int y, m, d;
    size_t start, end; /* span in the paragraph text */
    int online;        /* the label says the date is the online one */
} found;

static int is_sep(int c) {
    return c == ';' || c == '|' || c == ',' || c == '.' || c == ':' || c == '(' || c == ')' ||
           c == '[' || c == ']' || c == '/';
}

/* A history label in lower case with its colon opening a line
 * ("received: 07 December 2016"): a side column's field, which an
 * extraction may give a block of its own. */
static int lower_colon_label(const char *t) {
    /* (no "published: ": a head's lower-case date over the DOI is the
     * banner's, read as the publication date already) */
    static const char *const w[] = {"received: ", "revised: ", "accepted: "};
    for (size_t i = 0; i < sizeof w / sizeof *w; i++)
        if (strncmp(t, w[i], strlen(w[i])) == 0)
            return 1;
    return 0;
}

/* Tries every label at p; on a dated label fills f and returns 1. */
static int field_at(const char *text, const char *p, int at_boundary, int lower_ok, found *f) {
    if (!(*p >= 'A' && *p <= 'Z') && (unsigned char)*p < 0x80 && !(lower_ok && *p >= 'a' && *p <= 'z'))
        return 0; /* labels are capitalised; running text is not a label */
    /* Every label starts with an ASCII letter: its first byte filters. */
    int c0 = *p >= 'A' && *p <= 'Z' ? *p + 32 : *p;
    if (c0 < 'a' || c0 > 'z')
        return 0;
    pthread_once(&letters_once, index_letters);
    for (size_t j = letter_from[c0 - 'a']; j < letter_from[c0 - 'a' + 1]; j++) {
        size_t i = by_letter[j];
        const char *after = jfyp_after_label(p, labels[i].label);
        if (!after)
            continue;
        /* Without a boundary before it, the label must carry a colon; in
         * lower case it follows a dated field ("Received 12 July 2017;
         * accepted 28 December 2017") or carries one. */
        /* (a label of three words or more, "Advance Access publication 12
         * August 2020" after the DOI on its line, says what it is alone) */
        const char *sp = strchr(labels[i].label, ' ');
        int long_label = sp && strchr(sp + 1, ' ') && *p >= 'A' && *p <= 'Z';
        if ((!(at_boundary || long_label) || (*p >= 'a' && *p <= 'z' && !lower_ok)) &&
            !memchr(p, ':', (size_t)(after - p)))
            continue;
        const char *q = after;
        for (int guard = 0; guard < 5; guard++) {
            int moved = 0;
            /* a filler may follow a comma ("Accepted, after review: ...")
             * or open the next line */
            const char *s = q;
            if (*s == ',')
                s++;
            while (*s == ' ' || *s == '\n')
                s++;
            for (size_t k = 0; k < sizeof fillers / sizeof *fillers; k++) {
                const char *a2 = jfyp_after_label(s, fillers[k]);
                if (a2 && a2 != s) {
                    q = a2;
                    moved = 1;
                    break;
                }
            }
            if (!moved)
                break;
        }
        int y, m, d;
        const char *e = parse_date(q, &y, &m, &d);
        /* "This article was published at Annals.org on 16 March 2020": the
         * place named, one word, before the date */
        if (!e && jfyp_strnieq(labels[i].label, "This article", 12) &&
            (jfyp_strnieq(q, "at ", 3) || jfyp_strnieq(q, "in ", 3))) {
            const char *w = q + 3, *x = w;
            while (*x && *x != ' ' && x - w < 40)
                x++;
            if (x > w && strncmp(x, " on ", 4) == 0)
                e = parse_date(x + 4, &y, &m, &d);
        }
        if (!e || (*e >= '0' && *e <= '9') || (is_alpha_at(e) && *e != ' '))
            continue;
        f->type = labels[i].type;
        /* "Published online", "Available online", "Epub", "Advance Access
         * publication": the electronic edition's date (JATS4R) */
        f->online = jfyp_stristr(labels[i].label, "online") || strcmp(labels[i].label, "Epub") == 0 ||
                    strncmp(labels[i].label, "Advance", 7) == 0;
        f->y = y;
        f->m = m;
        f->d = d;
        f->start = (size_t)(p - text);
        f->end = (size_t)(e - text);
        return 1;
    }
    return 0;
}

static int have_type(const jfyp_rec *r, const char *type) {
    for (jfy_node *c = r->front->first; c; c = c->next)
        if (c->type == JFY_N_DATE && strcmp(jfyp_node_attr(c, "type"), type) == 0)
            return 1;
    return 0;
}

static int add_date(jfyp_rec *r, const found *f, const jfy_node *from) {
    const char *type = f->type;
    if (strcmp(type, "latest") == 0) {
        /* "First published: 12 Aug 2014 ... Latest published: 27 Jan
         * 2015": the page is the latest version, published on that date */
        type = "pub";
        for (jfy_node *c = r->front->first, *next; c; c = next) {
            next = c->next;
            if (c->type == JFY_N_DATE && strcmp(jfyp_node_attr(c, "type"), type) == 0) {
                jfyp_node_unlink(c);
                jfyp_node_free(c);
            }
        }
    } else if (have_type(r, type)) {
        return 0; /* the first printed date of each kind is the article's */
    }
    jfy_node *d = jfyp_node_new(JFY_N_DATE);
    if (!d)
        return -1;
    jfyp_node_span_from(d, from);
    char b[8];
    int rc = jfyp_node_set_attr(d, "type", type);
    if (f->online && strcmp(type, "pub") == 0)
        rc |= jfyp_node_set_attr(d, "format", "electronic");
    snprintf(b, sizeof b, "%04d", f->y);
    rc |= jfyp_node_set_attr(d, "year", b);
    if (f->m) {
        snprintf(b, sizeof b, "%02d", f->m);
        rc |= jfyp_node_set_attr(d, "month", b);
        if (f->d) {
            snprintf(b, sizeof b, "%02d", f->d);
            rc |= jfyp_node_set_attr(d, "day", b);
        }
    }
    jfyp_node_append(r->front, d);
    return rc ? -1 : 0;
}

/* A line holding nothing but "Published online: DATE" among the first
 * page's lines, read before page clean-up: journals print it in the foot
 * of every page, which clean-up drops as a running foot. 1 when read. */
int jfyp_read_published_line(jfyp_rec *r, const char *line, const jfy_node *from) {
    const char *after = jfyp_after_label(line, "Published online");
    if (!after || after == line || have_type(r, "pub"))
        return 0;
    found f;
    if (!field_at(line, line, 1, 0, &f) || strcmp(f.type, "pub") != 0)
        return 0;
    const char *e = line + f.end;
    while (*e == ' ' || *e == '.')
        e++;
    if (*e)
        return 0;
    return add_date(r, &f, from) < 0 ? -1 : 1;
}

/* Reads the history out of one paragraph; claims the lines it used up. */
/* After a dated field, up to four words of a label this file does not
 * know ("final version resubmitted on", "re-presentada el") and their
 * date: the end of the date, else NULL. */
static const char *unlabelled_dated(const char *p) {
    const char *q = p;
    for (int words = 0; words < 4; words++) {
        const char *w = q;
        while (is_alpha_at(q) || *q == '-')
            q++;
        if (q == w || *q != ' ')
            return NULL;
        q = skip_sp(q);
        int y, m, d;
        const char *e = parse_date(q, &y, &m, &d);
        if (e && !(*e >= '0' && *e <= '9') && !(is_alpha_at(e) && *e != ' '))
            return e;
    }
    return NULL;
}

/* Whether some line holds four digits in a row: every date parse_date
 * reads has its year so, and most paragraphs have none, so they are let
 * go before their text is joined and walked label by label. */
static int has_four_digits(const jfyp_lines *l) {
    /* from digit to digit: most of a paragraph's text is letters, passed
     * over many bytes at a time */
    for (size_t i = 0; i < l->n; i++)
        for (const char *t = l->v[i].text; (t = strpbrk(t, "0123456789"));) {
            const char *e = t;
            while (*e >= '0' && *e <= '9')
                e++;
            if (e - t >= 4)
                return 1;
            t = e;
        }
    return 0;
}

/* "History: Received ...", "Article history: Received ...": the label a
 * line of history may open with, its dated fields after it; else t. */
static const char *after_history_label(const char *t) {
    const char *a = jfyp_after_label(t, "Article history");
    if (!a)
        a = jfyp_after_label(t, "History");
    /* "ARTICLE HISTORY Received 16 March 2020; ...": a label set in
     * capitals needs no colon to be one */
    if (a && a > t && !memchr(t, ':', (size_t)(a - t)) && !(t[1] >= 'A' && t[1] <= 'Z'))
        a = NULL;
    return a ? a : t;
}

/* note: para is an editor's note ("Edited by A. Roe, ..., and approved June
 * 27, 2001"), where the labels run in lower case inside the sentence. */
static int scan_paragraph(jfyp_rec *r, jfy_node *para, int *gone, int note) {
    jfyp_lines l;
    *gone = 0;
    if (jfyp_lines_of(para, &l) < 0)
        return -1;
    if (!has_four_digits(&l)) {
        jfyp_lines_free(&l);
        return 0;
    }
    /* The lines as one text, so a date wrapped onto the next line reads. */
    jfyp_buf b;
    jfyp_buf_init(&b);
    size_t *starts = calloc(l.n + 1, sizeof *starts);
    for (size_t i = 0; i < l.n; i++) {
        if (starts)
            starts[i] = b.len;
        jfyp_buf_puts(&b, l.v[i].text);
        jfyp_buf_putc(&b, '\n');
    }
    char *text = jfyp_buf_finish(&b);
    if (!text || !starts) {
        free(text);
        free(starts);
        jfyp_lines_free(&l);
        return -1;
    }
    starts[l.n] = strlen(text);
    char *used = calloc(strlen(text) + 1, 1);
    int rc = used ? 0 : -1, any = 0, read = 0;
    /* A block of dated lines all in lower case, a side column's history
     * ("received on 13-06-2011" / "accepted on 23-06-2011" / "available
     * online ...", "received: 07 December 2016" / "accepted: 21 February
     * 2017"): its first line is the label and the date alone. */
    int lower_head = strlen(l.v[0].text) < 40 &&
                     ((l.n >= 2 && jfyp_strnieq(l.v[0].text, "received on ", 12)) || lower_colon_label(l.v[0].text));
    for (const char *p = text; rc == 0 && *p;) {
        /* Outside a run of fields, and outside an editor's note, only a
         * capital or "(received for review" opens one: the text up to the
         * next such letter is passed over at once. */
        if (!any && !note && !(p == text && lower_head)) {
            while (*p && !(*p >= 'A' && *p <= 'Z') && !(p > text && p[-1] == '(' && (*p | 0x20) == 'r'))
                p++;
            if (!*p)
                break;
        }
        /* "Received on 3 May 2020, final version resubmitted on 2 June 2020
         * and approved on 9 July 2020": after a dated field, "and" joins the
         * next one, and an unknown label's date is passed over */
        if (any && *p >= 'a' && *p <= 'z' && p > text && !is_alpha_at(p - 1)) {
            const char *c = NULL;
            if (jfyp_strnieq(p, "and ", 4))
                c = p + 4;
            else if ((p[0] == 'y' || p[0] == 'e') && p[1] == ' ')
                c = p + 2;
            if (c) {
                memset(used + (p - text), 1, (size_t)(c - p));
                p = c;
                continue;
            }
        }
        /* Labels are capitalised ASCII words: elsewhere no field starts.
         * Right after a dated field, a label with its colon may be in lower
         * case ("Received: 2 May 2014; accepted: 9 June 2014", Frontiers);
         * so may "(received for review May 30, 2000)" (PNAS) anywhere. */
        int lower_ok = (any || (p == text && lower_head)) && *p >= 'a' && *p <= 'z';
        if (!lower_ok && p > text && p[-1] == '(' && jfyp_strnieq(p, "received for review ", 20))
            lower_ok = 1;
        int after_and = note && p - text >= 4 && p[-4] == 'a' && p[-3] == 'n' && p[-2] == 'd' &&
                        p[-1] == ' ';
        if (after_and && *p >= 'a' && *p <= 'z')
            lower_ok = 1;
        if ((!(*p >= 'A' && *p <= 'Z') && !lower_ok) || (p > text && is_alpha_at(p - 1))) {
            if (*p != ' ' && !is_sep((unsigned char)*p) && *p != '\n')
                any = 0;
            p++;
            continue;
        }
        int boundary = p == text || p[-1] == '\n' || after_and;
        if (!boundary) {
            const char *q = p;
            while (q > text && (q[-1] == ' '))
                q--;
            boundary = q > text && (is_sep((unsigned char)q[-1]) || q[-1] == '\n' || any);
            /* after a history label in capitals opening the line */
            if (!boundary && q - text >= 7 && strncmp(q - 7, "HISTORY", 7) == 0) {
                const char *ls = q - 7;
                if (ls - text >= 8 && strncmp(ls - 8, "ARTICLE ", 8) == 0)
                    ls -= 8;
                boundary = ls == text || ls[-1] == '\n';
            }
            /* "•" and "·" separate fields too */
            if (q - text >= 2 && ((unsigned char)q[-2] == 0xC2 && (unsigned char)q[-1] == 0xB7))
                boundary = 1;
            if (q - text >= 3 && (unsigned char)q[-3] == 0xE2 && (unsigned char)q[-2] == 0x80 &&
                (unsigned char)q[-1] == 0xA2)
                boundary = 1;
            /* a footnote's mark in a symbol font, which MuPDF gives as a
             * private-use character (U+E000-U+F8FF) */
            if (q - text == 3 && ((unsigned char)q[-3] == 0xEE ||
                                  ((unsigned char)q[-3] == 0xEF && (unsigned char)q[-2] < 0xA4)))
                boundary = 1;
        }
        found f;
        if ((p == text || !is_alpha_at(p - 1)) && field_at(text, p, boundary, lower_ok, &f)) {
            rc = add_date(r, &f, para);
            memset(used + f.start, 1, f.end - f.start);
            any = read = 1;
            p = text + f.end;
            continue;
        }
        const char *skip;
        if (lower_ok && (skip = unlabelled_dated(p))) {
            memset(used + (p - text), 1, (size_t)(skip - p));
            p = skip;
            continue;
        }
        if (*p != ' ' && !is_sep((unsigned char)*p) && *p != '\n')
            any = 0;
        p++;
    }
    /* Claim the runs of lines with nothing but history and separators,
     * the "History:" label a line opens with among them. */
    for (size_t i = 0; rc == 0 && read && i < l.n; i++) {
        const char *t = text + starts[i], *a = after_history_label(t);
        memset(used + starts[i], 1, (size_t)(a - t));
        /* the journal's web address closing the lower-case block */
        if (lower_head && i + 1 == l.n && i > 0 && jfyp_strnieq(t, "www.", 4) && !strchr(t, ' '))
            memset(used + starts[i], 1, starts[i + 1] - starts[i]);
    }
    if (rc == 0) {
        for (size_t i = l.n; i-- > 0;) {
            int all = 1, some = 0;
            for (size_t k = starts[i]; k < starts[i + 1] && all; k++) {
                unsigned char c = (unsigned char)text[k];
                if (used[k])
                    some = 1;
                else if (!(c == ' ' || c == '\n' || is_sep(c) || c == 0xC2 || c == 0xB7 ||
                           c == 0xE2 || c == 0x80 || c == 0xA2))
                    all = 0;
            }
            if (all && some && jfyp_lines_remove(para, &l, i, i)) {
                *gone = 1;
                break;
            }
        }
    }
    free(used);
    free(text);
    free(starts);
    jfyp_lines_free(&l);
    return rc;
}

/* A heading or one-line paragraph naming the reference list: the dates
 * after it are the cited works'. */
static int opens_references(jfy_node *n) {
    if (n->type != JFY_N_HEADING && n->type != JFY_N_PARAGRAPH)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(n, &l) < 0)
        return 0;
    int yes = l.n == 1 && jfyp_is_references_heading(l.v[0].text);
    jfyp_lines_free(&l);
    return yes;
}

/* Reads the history out of para; frees it when nothing else was in it. */
static int dated_line(const jfyp_line *ln);
static size_t dated_run_end(const jfyp_lines *l, size_t i);

/* A bare DOI under two dated lines or more ("Accepted 1 February 2023" /
 * "Published 8 March 2023" / "10.1126/sciadv.adf7209"), a block some
 * journals print at the article's end: the article's own, where none
 * was read yet. Its line is taken out. */
static int history_doi(jfyp_rec *r, jfy_node *para) {
    if (jfyp_has_doi(r))
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(para, &l) < 0)
        return -1;
    int rc = 0;
    size_t end = l.n && dated_line(&l.v[0]) ? dated_run_end(&l, 0) : 0, len;
    const char *d = end >= 3 && !dated_line(&l.v[end - 1]) ? jfyp_find_doi(l.v[end - 1].text, &len) : NULL;
    if (d && jfyp_set_doi(r, d, len, para) < 0)
        rc = -1;
    else if (d && jfyp_lines_remove(para, &l, end - 1, end - 1))
        rc = 1; /* (no line left: never, a dated one is under it) */
    jfyp_lines_free(&l);
    return rc < 0 ? -1 : 0;
}

static int read_history(jfyp_rec *r, jfy_node *para) {
    int gone;
    if (history_doi(r, para) < 0)
        return -1;
    if (scan_paragraph(r, para, &gone, 0) < 0)
        return -1;
    if (gone)
        jfyp_node_free(para);
    return 0;
}

int jfyp_opens_dated_label(const char *t) {
    found f;
    return field_at(t, t, 1, 0, &f);
}

/* Whether a line opens with a dated label ("| Accepted: ..." from a row
 * of fields too, "History: Received ..."). */
static int dated_line(const jfyp_line *ln) {
    const char *t = ln->text;
    while (*t == '|' || *t == ' ')
        t++;
    t = after_history_label(t);
    found f;
    return ln->first->type == JFY_N_TEXT && field_at(t, t, 1, 0, &f);
}

/* The editor's note the affiliations reader took out ("Edited by A. Roe,
 * ..., and approved June 27, 2001 (received for review May 30, 2000)")
 * holds history; its text stays where it is. */
static int history_in_editor_note(jfyp_rec *r) {
    jfy_node *notes = jfyp_node_child(r->front, JFY_N_AUTHOR_NOTES);
    for (jfy_node *fn = notes ? notes->first : NULL; fn; fn = fn->next) {
        const char *type = jfyp_node_attr(fn, "fn-type");
        if (fn->type != JFY_N_FOOTNOTE || !type || strcmp(type, "edited-by") != 0)
            continue;
        for (jfy_node *p = fn->first; p; p = p->next) {
            int gone;
            if (p->type == JFY_N_PARAGRAPH && scan_paragraph(r, p, &gone, 1) < 0)
                return -1;
        }
    }
    return 0;
}

/* Whether para holds two dated lines in a row ("Submitted 16 July 2019"
 * over "Accepted 6 December 2019"), maybe under the editor's name: a
 * history block, which some journals print after the reference list, at
 * the article's end. */
static int history_block(jfy_node *para) {
    if (para->type != JFY_N_PARAGRAPH)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(para, &l) < 0)
        return -1;
    int yes = 0;
    for (size_t i = 0; i + 1 < l.n && !yes; i++)
        yes = dated_line(&l.v[i]) && dated_line(&l.v[i + 1]);
    jfyp_lines_free(&l);
    return yes;
}

/* "Communicated by A. Roe, Place, June 27, 2001 (received for review May
 * 30, 2000)", "Contributed by ..., May 1, 2001 (sent for review ...)": the
 * date that closes the editor's line, before the review note, is the
 * article's acceptance (PNAS). 1 when read from para, -1 out of memory. */
static int communicated_in(jfyp_rec *r, jfy_node *para) {
    jfyp_lines l;
    if (jfyp_lines_of(para, &l) < 0)
        return -1;
    int rc = 0;
    for (size_t i = 0; i < l.n && !rc; i++) {
        const char *t = l.v[i].text, *note = NULL;
        if (strncmp(t, "Communicated by ", 16) != 0 && strncmp(t, "Contributed by ", 15) != 0)
            continue;
        if (!(note = strstr(t, " (received for review ")) && !(note = strstr(t, " (sent for review ")))
            continue;
        /* the date after the last comma but one before the note */
        const char *c = note, *at = NULL;
        for (int commas = 0; c > t && commas < 2; c--)
            if (c[-1] == ',' && ++commas == 2)
                at = c;
        found f = {"accepted", 0, 0, 0, 0, 0, 0};
        const char *e = at ? parse_date(skip_sp(at), &f.y, &f.m, &f.d) : NULL;
        if (e && e == note)
            rc = add_date(r, &f, para) < 0 ? -1 : 1;
    }
    jfyp_lines_free(&l);
    return rc;
}

/* The editor's line in the page's first blocks, or in the note the
 * affiliations reader took it into. */
static int communicated_line(jfyp_rec *r) {
    int rc = 0, seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && !rc && seen < 12; n = jfyp_rec_next(r, n), seen++)
        if (n->type == JFY_N_PARAGRAPH)
            rc = communicated_in(r, n);
    jfy_node *notes = jfyp_node_child(r->front, JFY_N_AUTHOR_NOTES);
    for (jfy_node *fn = notes ? notes->first : NULL; fn && !rc; fn = fn->next)
        for (jfy_node *p = fn->first; p && !rc; p = p->next)
            if (p->type == JFY_N_PARAGRAPH)
                rc = communicated_in(r, p);
    return rc < 0 ? -1 : 0;
}

int jfyp_recognize_dates(jfyp_rec *r) {
    jfy_node *n = jfyp_rec_first(r);
    int refs = 0;
    while (n) {
        jfy_node *next = jfyp_rec_next(r, n);
        refs = refs || opens_references(n);
        int block = refs ? history_block(n) : 0;
        if (block < 0)
            return -1;
        if (n->type == JFY_N_PARAGRAPH && (!refs || block) && read_history(r, n) < 0)
            return -1;
        n = next;
    }
    if (communicated_line(r) < 0)
        return -1;
    return history_in_editor_note(r);
}

/* "* Corresponding author.\nE-mail: ...\nReceived ..." reads as a Markdown
 * bullet: the history under it is read out of the item's paragraphs. */
static int history_in_list(jfyp_rec *r, jfy_node *list) {
    for (jfy_node *it = list->first; it; it = it->next) {
        jfy_node *next;
        for (jfy_node *p = it->first; p; p = next) {
            next = p->next;
            if (p->type != JFY_N_PARAGRAPH)
                continue;
            jfyp_lines l;
            if (jfyp_lines_of(p, &l) < 0)
                return -1;
            int dated = 0;
            for (size_t i = 1; i < l.n && !dated; i++)
                dated = dated_line(&l.v[i]);
            jfyp_lines_free(&l);
            if (dated && read_history(r, p) < 0)
                return -1;
        }
    }
    return 0;
}

/* pdftotext runs the history line into the block above it (the title, the
 * journal's name over it): the readers of titles and bylines would take
 * it for theirs. Such a block is cut before a line that opens with a dated
 * label ("Received 13 January 2016; Accepted ..."). */
/* After the reference list, where cited works' dates are, only a line
 * opening with "Received" and a date is the article's history: some
 * publishers print it at the article's end, under the references or run
 * into their last entry ("Received June 15, 2006; accepted ..."). */
static int received_line(const jfyp_lines *l, size_t i) {
    const jfyp_line *ln = &l->v[i];
    const char *t = ln->text;
    while (*t == '|' || *t == ' ')
        t++;
    t = after_history_label(t);
    if (jfyp_strnieq(t, "Received", 8))
        return dated_line(ln);
    /* "Manuscript received on DATE. Accepted for" over "publication on
     * DATE.": a block of its own (in a note's block its wrapped date may
     * lie apart, and the line be lifted into the body alone) */
    if (i == 0 && jfyp_strnieq(t, "Manuscript received", 19))
        return dated_line(ln);
    /* "Submitted 8 November 2022" over "Accepted 1 February 2023": the
     * same history under its other first label, known by the dated line
     * under it (a cited work's "Submitted to ..." has none) */
    return jfyp_strnieq(t, "Submitted ", 10) && i + 1 < l->n && dated_line(ln) && dated_line(&l->v[i + 1]);
}

/* The end of the run of dated lines that opens at line i, and of the
 * bare DOI line under it, if any ("Published 8 March 2023" over
 * "10.1126/sciadv.adf7209": the article's, which the DOI reader takes
 * from the history's block). */
static size_t dated_run_end(const jfyp_lines *l, size_t i) {
    size_t j = i + 1, len;
    while (j < l->n && dated_line(&l->v[j]))
        j++;
    const char *d = j < l->n ? jfyp_find_doi(l->v[j].text, &len) : NULL;
    return d && d == l->v[j].text && !d[len] ? j + 1 : j;
}

/* A history line run into an entry of a (reference) list, the last or
 * one a column's foot ends ("... competing interests." over "Submitted 8
 * November 2022", the next entry after the block): its lines become a
 * paragraph after the list, *rest. */
static int history_after_list(jfy_node *list, jfy_node **rest) {
    *rest = NULL;
    for (jfy_node *it = list->first; it; it = it->next) {
        jfy_node *p = it->type == JFY_N_ITEM ? it->last : NULL;
        if (!p || p->type != JFY_N_PARAGRAPH)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(p, &l) < 0)
            return -1;
        size_t cut = 0;
        for (size_t i = 1; i < l.n && !cut; i++)
            if (received_line(&l, i))
                cut = i;
        jfy_node *r = cut ? jfyp_lines_lift(p, &l, cut, dated_run_end(&l, cut)) : NULL;
        jfyp_lines_free(&l);
        if (cut && !r)
            return -1;
        if (r) {
            jfyp_node_unlink(r);
            jfyp_node_insert_after(list, r);
            *rest = r;
            return 0;
        }
    }
    return 0;
}

/* A history label alone on its line ("Recebido") whose date opens the
 * next block: a side column's "label over date" fields, cut where a line of
 * the column beside them begins. 1 when para is such a label and next
 * opens with a date. */
static int label_over_date(const jfyp_lines *a, jfy_node *para, jfy_node *next) {
    if (!next || para->type != JFY_N_PARAGRAPH || next->type != JFY_N_PARAGRAPH)
        return 0;
    int label = 0;
    if (a->n == 1) {
        const char *t = a->v[0].text;
        for (size_t i = 0; i < sizeof labels / sizeof *labels && !label; i++) {
            const char *after = jfyp_after_label(t, labels[i].label);
            label = after && *after == '\0';
        }
    }
    if (!label)
        return 0;
    jfyp_lines b;
    if (jfyp_lines_of(next, &b) < 0)
        return -1;
    int y, m, d;
    const char *e = b.n ? parse_date(b.v[0].text, &y, &m, &d) : NULL;
    int dated = e && !(*e >= '0' && *e <= '9') && !(is_alpha_at(e) && *e != ' ');
    jfyp_lines_free(&b);
    return dated;
}

/* A history label and its colon closing a line, the date gone from it
 * ("...; Published online:"): a wide line's last field, whose date the
 * extraction set on a line of its own, which page clean-up may leave a
 * block apart. */
static int dangling_label(const char *t) {
    size_t n = strlen(t);
    while (n && t[n - 1] == ' ')
        n--;
    if (!n || t[n - 1] != ':')
        return 0;
    n--;
    for (size_t i = 0; i < NLABELS; i++) {
        size_t k = strlen(labels[i].label);
        if (k <= n && jfyp_strnieq(t + n - k, labels[i].label, k) &&
            (n == k || t[n - k - 1] == ' ' || is_sep((unsigned char)t[n - k - 1])))
            return 1;
    }
    return 0;
}

/* A block holding one line that is a date and nothing else. */
static int date_alone(jfy_node *para) {
    if (!para || para->type != JFY_N_PARAGRAPH)
        return 0;
    jfyp_lines b;
    if (jfyp_lines_of(para, &b) < 0)
        return -1;
    int y, m, d;
    const char *e = b.n == 1 ? parse_date(b.v[0].text, &y, &m, &d) : NULL;
    int yes = e && d && !*skip_sp(e);
    jfyp_lines_free(&b);
    return yes;
}

/* "Received: Oct 31st 2019" and, blocks further on, "Accepted: May 8th
 * 2020": a side column's history that an extraction ran among the
 * references; the acceptance is the article's once its receipt was read
 * there, and only with its label's colon. */
static int late_accepted(const jfyp_rec *r, const jfyp_line *ln) {
    const char *t = ln->text;
    return strncmp(t, "Accepted:", 9) == 0 && dated_line(ln) && have_type(r, "received") &&
           !have_type(r, "accepted");
}

int jfyp_recognize_history_lines(jfyp_rec *r) {
    jfy_node *next;
    int after_refs = 0;
    for (jfy_node *n = jfyp_rec_first(r); n; n = next) {
        next = jfyp_rec_next(r, n);
        /* a paragraph's lines are taken once here for every test below */
        jfyp_lines l = {NULL, 0};
        if ((n->type == JFY_N_PARAGRAPH || (n->type == JFY_N_HEADING && !after_refs)) &&
            jfyp_lines_of(n, &l) < 0)
            return -1;
        if (!after_refs && l.n == 1 && jfyp_is_references_heading(l.v[0].text))
            after_refs = 1;
        if (n->type != JFY_N_PARAGRAPH)
            jfyp_lines_free(&l);
        if (n->type == JFY_N_LIST && !after_refs && history_in_list(r, n) < 0)
            return -1;
        if (n->type == JFY_N_LIST && after_refs) {
            /* run into the list's last entry: cut off and set after it */
            jfy_node *rest = NULL;
            if (history_after_list(n, &rest) < 0)
                return -1;
            if (rest)
                next = rest;
            continue;
        }
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        /* "...; Published online:" over a block of "14 August 2020" alone:
         * the field's date, set back after its label */
        if (!after_refs && l.n && dangling_label(l.v[l.n - 1].text)) {
            int alone = date_alone(next);
            if (alone < 0) {
                jfyp_lines_free(&l);
                return -1;
            }
            if (alone) {
                jfyp_lines_free(&l);
                next = jfyp_rec_next(r, next);
                if (jfyp_paras_join(n, jfyp_rec_next(r, n)) < 0 || jfyp_lines_of(n, &l) < 0)
                    return -1;
            }
        }
        int over = after_refs ? 0 : label_over_date(&l, n, next);
        if (over) {
            jfyp_lines_free(&l);
            if (over < 0)
                return -1;
            next = jfyp_rec_next(r, next);
            if (jfyp_paras_join(n, jfyp_rec_next(r, n)) < 0 || read_history(r, n) < 0)
                return -1;
            continue;
        }
        size_t cut = 0;
        int dated = 0;
        found f;
        /* a block of labelled notes ("Academic Editor: ...", "Received:
         * ...") is one block; the readers of notes take it whole */
        for (size_t i = 0; i < l.n; i++) {
            if (after_refs ? !(received_line(&l, i) || late_accepted(r, &l.v[i])) : !dated_line(&l.v[i]))
                continue;
            dated = 1;
            if (i > 0 && !cut && !jfyp_opens_field(l.v[i - 1].text) &&
                !field_at(l.v[i - 1].text, l.v[i - 1].text, 1, 0, &f))
                cut = i;
        }
        /* after the references only the history lines come out: what
         * follows them stays where it was */
        jfy_node *rest = !cut ? NULL
                         : after_refs ? jfyp_lines_lift(n, &l, cut, dated_run_end(&l, cut))
                                      : jfyp_lines_split(n, &l, cut);
        jfyp_lines_free(&l);
        if (cut && !rest)
            return -1;
        if (rest)
            next = rest;
        /* The history is read now, and its lines taken out: the readers of
         * bylines, addresses and correspondence notes ahead would take
         * lines under them for theirs (a history line under an e-mail,
         * under a lone affiliation marker). */
        if (dated && !cut && read_history(r, n) < 0)
            return -1;
    }
    return 0;
}
