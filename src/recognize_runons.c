/* recognize_runons.c - a PDF text extraction (pdftotext and the like) puts
 * no blank line between paragraphs, headings or front-matter fields: the
 * title, the byline, the affiliations, "Received: ...", "DOI: ..." and the
 * licence arrive as one block, and body paragraphs run together. This stage
 * splits such run-on blocks again by the shape of their lines, and drops the
 * page furniture a browser or viewer prints between pages (a date and time
 * stamp, the file's URL, "2/7"), joining the text a page break cut.
 *
 * Only a document whose blocks are run-on (many printed lines per block,
 * one long block at least) is split: a page that already separates its
 * blocks with blank lines is left exactly as it is. */
#include "front.h"
#include "names.h"
#include "recognize.h"
#include "textlines.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static size_t cp_len(const char *s) { return jfyp_utf8_count(s, strlen(s)); }

/* ---- page furniture printed between pages ---- */

/* "11/26/26, 3:01 AM", "2026-11-26 03:01" */
static int is_datetime_stamp(const char *s) {
    const char *p = s;
    int parts = 0;
    while (isdigit((unsigned char)*p)) {
        while (isdigit((unsigned char)*p))
            p++;
        parts++;
        if (*p != '/' && *p != '-' && *p != '.')
            break;
        p++;
    }
    if (parts != 3)
        return 0;
    if (*p == ',')
        p++;
    while (*p == ' ')
        p++;
    if (!isdigit((unsigned char)*p))
        return 0;
    while (isdigit((unsigned char)*p))
        p++;
    if (*p != ':')
        return 0;
    p++;
    if (!isdigit((unsigned char)p[0]) || !isdigit((unsigned char)p[1]))
        return 0;
    p += 2;
    if (*p == ':' && isdigit((unsigned char)p[1]))
        p += 3;
    while (*p == ' ')
        p++;
    if ((p[0] == 'A' || p[0] == 'P' || p[0] == 'a' || p[0] == 'p') && (p[1] == 'M' || p[1] == 'm'))
        p += 2;
    return *p == '\0';
}

/* "2/7", "Page 2 of 7" */
static int is_page_of(const char *s) {
    const char *p = s;
    if (jfyp_strnieq(p, "page ", 5))
        p += 5;
    if (!isdigit((unsigned char)*p))
        return 0;
    while (isdigit((unsigned char)*p))
        p++;
    while (*p == ' ')
        p++;
    if (*p == '/')
        p++;
    else if (jfyp_strnieq(p, "of ", 3))
        p += 3;
    else
        return 0;
    while (*p == ' ')
        p++;
    if (!isdigit((unsigned char)*p))
        return 0;
    while (isdigit((unsigned char)*p))
        p++;
    return *p == '\0';
}

static int is_lone_url(const char *s) {
    return (strncmp(s, "file://", 7) == 0 || strncmp(s, "http://", 7) == 0 ||
            strncmp(s, "https://", 8) == 0) &&
           !strchr(s, ' ');
}

/* The one-line text of a paragraph, or NULL (more lines, or not text). */
static char *one_line(jfy_node *n) {
    if (n->type != JFY_N_PARAGRAPH)
        return NULL;
    for (jfy_node *k = n->first; k; k = k->next)
        if (k->type == JFY_N_SOFTBREAK || k->type == JFY_N_LINEBREAK)
            return NULL;
    return jfyp_node_plain(n);
}

/* Sure furniture: a stamp, a page count, a file's own address; a lone web
 * address only when the page repeats it. */
static int sure_furniture(const char *t, int repeats) {
    return is_datetime_stamp(t) || is_page_of(t) || strncmp(t, "file://", 7) == 0 ||
           (is_lone_url(t) && repeats >= 2);
}

typedef struct {
    jfy_node *n;
    char *text; /* one-line paragraph's text, else NULL */
    int repeats;
    int sure;
} blk;

static void trim_inplace(char *s) {
    char *t = jfyp_trim(s);
    if (t != s)
        memmove(s, t, strlen(t) + 1);
}

static int ends_sentence(const char *t) {
    size_t n = strlen(t);
    while (n && strchr(" )\"'", t[n - 1]))
        n--;
    while (n >= 3 && (unsigned char)t[n - 3] == 0xE2 && (unsigned char)t[n - 2] == 0x80 &&
           ((unsigned char)t[n - 1] == 0x9D || (unsigned char)t[n - 1] == 0x99))
        n -= 3;
    return n && strchr(".!?:", t[n - 1]);
}

static int cmp_text(const void *a, const void *b) {
    return strcmp((*(blk *const *)a)->text, (*(blk *const *)b)->text);
}

/* The running title a viewer prints in every page's header is known as
 * furniture where it sits beside the stamp or page count; where the page's
 * text flow put it elsewhere (on the first page, after the text's first
 * line) it is the same line, so it goes too (marked 3: no page seam).
 * byt: the blocks with one-line text, sorted by it. */
static void spread_furniture(blk **byt, size_t nt) {
    for (size_t i = 0; i < nt;) {
        size_t j = i;
        int known = 0;
        while (j < nt && strcmp(byt[i]->text, byt[j]->text) == 0)
            known += byt[j++]->sure == 2;
        if (known >= 2)
            for (size_t k = i; k < j; k++)
                if (!byt[k]->sure)
                    byt[k]->sure = 3;
        i = j;
    }
}

/* The first "doi" label in t: a word of its own, no part of "doing" nor
 * of a web page's path ("pubs.example.org/doi/10.1/x", where a
 * supporting file is: no DOI reader takes that). */
static const char *doi_label(const char *t) {
    for (const char *p = t; (p = jfyp_stristr(p, "doi")) != NULL; p += 3) {
        int path = p > t && p[-1] == '/' && p[3] == '/';
        if (!path && !(p > t && isalpha((unsigned char)p[-1])) && !isalpha((unsigned char)p[3]))
            return p;
    }
    return NULL;
}

/* Whether a block that stays prints the DOI d[0..len) after a "doi"
 * label, where the DOI readers find it: d itself, not a longer DOI it
 * opens (eLife's ".001" under the abstract is a component's). */
static int printed_elsewhere(const blk *v, size_t nb, const char *d, size_t len) {
    for (size_t i = 0; i < nb; i++) {
        if (v[i].sure || !v[i].n)
            continue;
        char *t = v[i].text ? v[i].text : jfyp_node_plain(v[i].n);
        const char *label = t ? doi_label(t) : NULL;
        int found = 0;
        for (const char *p = label; p && (p = strstr(p, "10.")) != NULL; p++)
            if (strncmp(p, d, len) == 0 && !isalnum((unsigned char)p[len]) &&
                !(p[len] && strchr("./-_", p[len]) && isalnum((unsigned char)p[len + 1]))) {
                found = 1;
                break;
            }
        if (t != v[i].text)
            free(t);
        if (found)
            return 1;
    }
    return 0;
}

/* A DOI the page repeats in its furniture ("https://dx.doi.org/10..." in
 * every footer) is the article's own; where that is the only place the
 * page prints it, it is kept before the line goes, as recognize_pages.c
 * does. Elsewhere the DOI readers take it from the text. Asked once. */
static int keep_doi(jfyp_rec *r, const blk *v, size_t nb, const blk *b, int *asked) {
    size_t len;
    const char *d;
    if (*asked || !b->text || b->repeats < 2 || jfyp_has_doi(r) || !(d = jfyp_labelled_doi(b->text, &len)))
        return 0;
    *asked = 1;
    if (printed_elsewhere(v, nb, d, len))
        return 0;
    return jfyp_set_doi(r, d, len, b->n);
}

int jfyp_recognize_pdf_furniture(jfyp_rec *r) {
    size_t nb = 0, cap = 0;
    blk *v = NULL, **byt = NULL;
    int rc = -1;
    for (jfy_node *n = jfyp_rec_first(r); n; n = jfyp_rec_next(r, n)) {
        if (nb == cap) {
            cap = cap ? cap * 2 : 64;
            blk *nv = realloc(v, cap * sizeof *nv);
            if (!nv)
                goto out;
            v = nv;
        }
        v[nb].n = n;
        v[nb].text = NULL;
        v[nb].repeats = 0;
        v[nb].sure = 0;
        nb++;
        char *t = one_line(n);
        if (n->type == JFY_N_PARAGRAPH && !t && n->first && !n->first->next &&
            n->first->type == JFY_N_LINK)
            t = jfyp_node_plain(n);
        if (t)
            trim_inplace(t);
        v[nb - 1].text = t;
    }
    /* How often each one-line text occurs: sorted, so that a page of
     * thousands of blocks costs n log n, not n^2 (tests/pathological.sh). */
    byt = malloc((nb ? nb : 1) * sizeof *byt);
    if (!byt)
        goto out;
    size_t nt = 0;
    for (size_t i = 0; i < nb; i++)
        if (v[i].text)
            byt[nt++] = &v[i];
    qsort(byt, nt, sizeof *byt, cmp_text);
    for (size_t i = 0; i < nt;) {
        size_t j = i;
        while (j < nt && strcmp(byt[i]->text, byt[j]->text) == 0)
            j++;
        for (size_t k = i; k < j; k++)
            byt[k]->repeats = (int)(j - i);
        i = j;
    }
    int any = 0;
    for (size_t i = 0; i < nb; i++)
        if (v[i].text && sure_furniture(v[i].text, v[i].repeats))
            v[i].sure = any = 1;
    if (!any) {
        rc = 0;
        goto out;
    }
    /* A repeated one-line block (the running title) that sits in a run of
     * sure furniture is furniture too. */
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < nb; i++) {
            if (v[i].sure || !v[i].text || v[i].repeats < 2 || cp_len(v[i].text) > 100 ||
                ends_sentence(v[i].text))
                continue;
            if ((i > 0 && v[i - 1].sure) || (i + 1 < nb && v[i + 1].sure))
                v[i].sure = 2;
        }
    spread_furniture(byt, nt);
    /* Drop each run of furniture; the paragraphs around a run inside the
     * text are the halves of one a page break cut, unless the first ends a
     * sentence and the second opens with a capital on a shorter line: the
     * run-on splitter after this stage looks at that line shape again. */
    size_t i = 0;
    int asked = 0;
    while (i < nb) {
        if (!v[i].sure) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < nb && v[j].sure)
            j++;
        for (size_t k = i; k < j; k++) {
            if (keep_doi(r, v, nb, &v[k], &asked) < 0)
                goto out;
            jfyp_node_free(v[k].n);
            v[k].n = NULL;
        }
        int seam = 0;
        for (size_t k = i; k < j; k++)
            seam |= v[k].sure != 3;
        if (seam && i > 0 && j < nb && v[i - 1].n && v[j].n && v[i - 1].n->type == JFY_N_PARAGRAPH &&
            v[j].n->type == JFY_N_PARAGRAPH && !v[i - 1].text && !v[j].text) {
            if (jfyp_paras_join(v[i - 1].n, v[j].n) < 0)
                goto out;
            v[j].n = v[i - 1].n;
        }
        i = j;
    }
    rc = 0;
out:
    free(byt);
    for (size_t k = 0; k < nb; k++)
        free(v[k].text);
    free(v);
    return rc;
}

/* ---- splitting run-on blocks by line shape ---- */

/* A label that opens a front-matter field on a line of its own. */
static int starts_field(const char *s) {
    static const char *const labels[] = {
        "Received",  "Accepted",  "Published",  "Revised",     "Available online",
        "DOI",       "Keywords",  "Key words",  "Abstract",    "Correspondence",
        "*Correspondence",        "Corresponding author",      "*Corresponding author",
        "E-mail",    "*E-mail",   "Email",      "*Email",      "Copyright",
        "Citation",  "Editor",    "Academic Editor",           "Handling Editor",
        "Edited by", "Reviewed by", "Funding",  "Competing interests", NULL};
    /* most lines go on in small letters, which open none of these but the
     * addresses and the licence's words below ("doi:", "https://", "this
     * is an open", any case): told by their first byte */
    if (s[0] >= 'a' && s[0] <= 'z' && s[0] != 'd' && s[0] != 'h' && s[0] != 't')
        return 0;
    if (strncmp(s, "https://doi.org/", 16) == 0 || strncmp(s, "http://dx.doi.org/", 18) == 0 ||
        strncmp(s, "doi:", 4) == 0 || strncmp(s, "\xC2\xA9", 2) == 0)
        return 1;
    if (jfyp_strnieq(s, "This is an open", 15) || jfyp_strnieq(s, "This is an Open", 15) ||
        jfyp_strnieq(s, "This article is distributed", 27))
        return 1;
    for (int i = 0; labels[i]; i++) {
        if (s[0] != labels[i][0]) /* most lines differ at once */
            continue;
        size_t n = strlen(labels[i]);
        if (strncmp(s, labels[i], n) != 0)
            continue;
        char c = s[n];
        /* "Received: 3 May", "Received 3 May", "DOI 10.", "Abstract" alone */
        if (c == ':' || c == '\0' || c == '.' ||
            (c == ' ' && (isdigit((unsigned char)s[n + 1]) || s[n + 1] == ':')))
            return 1;
        if (i <= 4 && c == ' ' && isupper((unsigned char)s[n + 1]) &&
            strstr(s, "20") != NULL)
            return 1; /* "Published 12 March 2020" with a month first */
    }
    return 0;
}

static int starts_licence(const char *s) {
    return strncmp(s, "Copyright", 9) == 0 || strncmp(s, "\xC2\xA9", 2) == 0 ||
           jfyp_strnieq(s, "This is an open", 15) ||
           jfyp_strnieq(s, "This article is distributed", 27);
}

/* A name with its affiliation marker: "Pearce1,", "Walter1,*", "Smith*". */
static int has_name_marker(const char *s) {
    int found = 0;
    for (const char *w = s; *w;) {
        while (*w == ' ')
            w++;
        const char *e = w;
        while (*e && *e != ' ' && *e != ',')
            e++;
        if (e - w >= 3 && isupper((unsigned char)w[0])) {
            const char *p = w + 1;
            while (p < e && (islower((unsigned char)*p) || ((unsigned char)*p & 0x80) ||
                             *p == '-' || *p == '\'' ||
                             (isupper((unsigned char)*p) &&
                              (p[-1] == '-' || islower((unsigned char)p[-1])))))
                p++;
            if (p > w + 1 && p < e && islower((unsigned char)p[-1]) &&
                (isdigit((unsigned char)*p) || *p == '*')) {
                const char *q = p;
                while (q < e && (isdigit((unsigned char)*q) || strchr("*,\xE2\x80\xA0\xA1", *q)))
                    q++;
                if (q == e)
                    found = 1;
            }
        }
        w = *e ? e + 1 : e;
    }
    return found;
}

/* "1 University of ...", "2 School ...", "* Department ...": an affiliation
 * opening with its marker. */
static int starts_affiliation(const char *s) {
    const char *p = s;
    if (isdigit((unsigned char)*p)) {
        while (isdigit((unsigned char)*p))
            p++;
        if (p - s > 2)
            return 0;
    } else if (*p == '*' || *p == '#') {
        p++;
    } else if ((unsigned char)*p == 0xE2 && (unsigned char)p[1] == 0x80 &&
               ((unsigned char)p[2] == 0xA0 || (unsigned char)p[2] == 0xA1)) {
        p += 3;
    } else {
        return 0;
    }
    if (*p == ' ')
        p++;
    return isupper((unsigned char)p[0]) && islower((unsigned char)p[1]);
}

/* Whether the word ending at t + e (after the last space before it) is
 * one of words. */
static int last_word_in(const char *t, size_t e, const char *const *words) {
    size_t n = e;
    while (n && t[n - 1] != ' ')
        n--;
    for (int i = 0; words[i]; i++)
        if (strlen(words[i]) == e - n && strncmp(words[i], t + n, e - n) == 0)
            return 1;
    return 0;
}

static int last_word_glue(const char *t) {
    static const char *const glue[] = {"and", "of", "the", "for", "in", "at", "to", "a",
                                       "an",  "on", "with", "de", "da", "do", "des", "&", NULL};
    return last_word_in(t, strlen(t), glue);
}

/* The line goes on in the next: it ends mid-phrase. */
static int ends_open(const char *t) {
    size_t n = strlen(t);
    if (!n)
        return 0;
    char c = t[n - 1];
    if (strchr(",;-&/(", c))
        return 1;
    /* en dash */
    if (n >= 3 && (unsigned char)t[n - 3] == 0xE2 && (unsigned char)t[n - 2] == 0x80 &&
        (unsigned char)t[n - 1] == 0x93)
        return 1;
    return last_word_glue(t);
}

typedef struct {
    int measure;  /* the width most lines stay within, in characters */
    int text;     /* the body text column's width: where its lines cluster */
    int block;    /* the same of the block being split, when it is wider */
    int zone;     /* 1 while in the front matter */
    int front_left; /* front-matter lines still allowed */
    int refs;     /* past the references heading */
    int bylined;  /* the first byline has been read */
    int text_first; /* the block's first line is text under a heading */
} state;

/* A justified line pdftotext broke into single words: it and a neighbour
 * hold one word each. */
static int fragment(const jfyp_lines *l, size_t i) {
    if (jfyp_count_words(l->v[i].text) != 1)
        return 0;
    return (i > 0 && jfyp_count_words(l->v[i - 1].text) == 1) ||
           (i + 1 < l->n && jfyp_count_words(l->v[i + 1].text) == 1);
}

static int starts_upper(const char *s) {
    size_t len;
    int cp = jfyp_utf8_decode(s, &len);
    if (cp < 128)
        return isupper(cp) || isdigit(cp) || cp == '"' || cp == '(' || cp == '[';
    return !jfyp_starts_lower(s);
}

static int is_abstract_label(const char *s) {
    return jfyp_strieq(s, "Abstract") || jfyp_strieq(s, "Summary") ||
           jfyp_after_label(s, "Abstract") != NULL || strncmp(s, "Background:", 11) == 0;
}

/* Body: a heading line between sentences. */
static int heading_at(const jfyp_lines *l, size_t i, const state *st, int opens) {
    const char *c = l->v[i].text;
    if (i + 1 >= l->n || fragment(l, i) || (i == 0 && st->text_first))
        return 0;
    /* short beside the page's widest lines, and clearly short of the
     * text column's: a column's line of text stopping at a capital
     * ("...coded by the International" / "Classification of...") is
     * nearly as wide as the column. The first line of a block, under a
     * blank line, may run past the usual heading's width: it stays well
     * short of the text column's edge, where a paragraph's first line
     * reaches. */
    int wide = i == 0 && (int)cp_len(c) <= st->text * 3 / 4;
    if (((int)cp_len(c) > st->measure * 6 / 10 && !wide) || (int)cp_len(c) > st->block * 8 / 10 ||
        jfyp_count_words(c) > 10 || !jfyp_looks_like_heading(c))
        return 0;
    size_t n = strlen(c);
    if (c[n - 1] == ':' || c[n - 1] == '?' || c[n - 1] == '!' || c[n - 1] == ')')
        return 0;
    /* a line the column's edge cut mid-phrase ("the staff of the") heads
     * nothing, unless the next line ends the heading it opens ("Mental
     * Exercise and" / "Cognitive Reserve") */
    if (ends_open(c)) {
        const char *d = l->v[i + 1].text;
        if ((int)cp_len(d) > st->measure * 6 / 10 || jfyp_count_words(d) > 6 || ends_open(d) ||
            !jfyp_looks_like_heading(d) || ends_sentence(d))
            return 0;
    }
    /* a line going on in a parenthesis ("...the China Kadoorie Biobank" /
     * "(CKB) project in...", "...airflow obstruction" / "(n = 5,906)")
     * goes on a sentence: text opens under a heading, not an aside */
    if (!starts_upper(l->v[i + 1].text) || jfyp_starts_lower(l->v[i + 1].text) ||
        l->v[i + 1].text[0] == '(')
        return 0;
    return i == 0 || opens || ends_sentence(l->v[i - 1].text);
}

/* A caption's label alone on its line ("Figure 6.", "Fig. 1", "TABLE 2:"):
 * MuPDF sets a bold label on a line of its own over its caption, which
 * goes on under it and opens anew under the sentence before it. */
static int label_alone(const char *t) {
    size_t n = strlen(t);
    if (!n || n > 16 || jfyp_count_words(t) > 3 || !jfyp_is_caption_start(t))
        return 0;
    if (t[n - 1] == '.' || t[n - 1] == ':')
        n--;
    if (n && isalpha((unsigned char)t[n - 1]) && n >= 2 && isdigit((unsigned char)t[n - 2]))
        n--; /* "Figure 3a" */
    return n && isdigit((unsigned char)t[n - 1]);
}

/* Body: the previous line ends its paragraph. */
static int para_end_before(const jfyp_lines *l, size_t i, const state *st) {
    const char *p = l->v[i - 1].text, *c = l->v[i].text;
    if (!ends_sentence(p) || !starts_upper(c) || jfyp_starts_lower(c))
        return 0;
    if ((int)cp_len(p) >= st->block * 3 / 4)
        return 0;
    if (jfyp_count_words(p) == 1 && i >= 2 && jfyp_count_words(l->v[i - 2].text) == 1)
        return 0;
    /* a "1." or "[2]" entry line of a list cmark kept in the paragraph */
    return 1;
}

/* "2" alone on a line before "Center for ...": the marker of an
 * affiliation a justified narrow column printed apart from its text. */
static int lone_marker(const jfyp_lines *l, size_t i) {
    const char *c = l->v[i].text;
    size_t n = strlen(c);
    if (n < 1 || n > 2 || !isdigit((unsigned char)c[0]) || (n == 2 && !isdigit((unsigned char)c[1])))
        return 0;
    const char *d = i + 1 < l->n ? l->v[i + 1].text : "";
    return isupper((unsigned char)d[0]) && islower((unsigned char)d[1]);
}

static int affiliation_at(const jfyp_lines *l, size_t i) {
    return i < l->n && (starts_affiliation(l->v[i].text) || lone_marker(l, i));
}

static int title_goes_on(const jfyp_lines *l, size_t i, size_t opened);

/* The byline the lines from i on open, if they do: names separated by
 * commas, wrapped at any word (a justified narrow column prints them a
 * word a line). Returns the index of its last line, or -1. A single name
 * counts only when an affiliation, an address or a field follows it. */
static long byline_run(const jfyp_lines *l, size_t i, size_t opened) {
    const char *c = l->v[i].text;
    if (!starts_upper(c) || jfyp_starts_lower(c) || starts_field(c) || affiliation_at(l, i) ||
        jfyp_title_label_line(c) || jfyp_title_running_header(c))
        return -1;
    size_t j = i;
    while (j + 1 < l->n && j - i < 24 &&
           (ends_open(l->v[j].text) || jfyp_count_words(l->v[j].text) == 1 ||
            jfyp_count_words(l->v[j + 1].text) == 1 || has_name_marker(l->v[j + 1].text) ||
            strchr(l->v[j + 1].text, ',')) &&
           !starts_field(l->v[j + 1].text) && !affiliation_at(l, j + 1) &&
           !strchr(l->v[j + 1].text, '@'))
        j++;
    for (;; j--) {
        char *t = jfyp_lines_join(l, i, j);
        if (!t)
            return -2;
        size_t n;
        int marked;
        int rc = jfyp_byline_weigh(t, &n, &marked);
        int ok = 0;
        if (rc == 1 && n >= 2)
            ok = 1;
        else if (rc == 1 && n == 1 && jfyp_name_plausible(t) && jfyp_count_words(t) <= 4) {
            const char *d = j + 1 < l->n ? l->v[j + 1].text : "";
            ok = marked || affiliation_at(l, j + 1) || jfyp_front_has_institution_word(d) ||
                 strchr(d, '@');
        }
        /* The last line of a title reads as names glued to the byline
         * under it ("Generation Web" + "Duncan Hull1,2"): a byline's first
         * line holds a comma or a marker, or is a name cut by the wrap. */
        if (ok && j > i && jfyp_count_words(c) >= 2 && !strchr(c, ',') && !has_name_marker(c) &&
            !ends_open(c))
            ok = 0;
        /* ... or its one-word last line ("Century" + "Scott Stonington,
         * Seth M Holmes"): the byline starts on the next line */
        if (ok && j > i && i > opened && !strchr(c, ',') && !has_name_marker(c) &&
            title_goes_on(l, i, opened)) {
            long next = byline_run(l, i + 1, i + 1);
            if (next < -1) {
                free(t);
                return -2;
            }
            if (next >= 0)
                ok = 0;
        }
        free(t);
        if (rc < 0)
            return -2;
        if (ok)
            return (long)j;
        if (j == i)
            return -1;
    }
}

/* A title wrapped over lines in the front matter: the line before goes on
 * (no sentence end, not a label or the running header), and this one
 * opens nothing else. */
static int title_goes_on(const jfyp_lines *l, size_t i, size_t opened) {
    const char *p = l->v[i - 1].text, *c = l->v[i].text;
    size_t n = strlen(p);
    if (i - opened >= 4 || jfyp_count_words(p) < 2 || strchr(".!?", p[n - 1]))
        return 0;
    if (jfyp_title_label_line(p) || jfyp_title_label_line(c) || jfyp_title_running_header(p) ||
        jfyp_title_running_header(c) || strchr(p, '@') ||
        (strchr(p, ',') && jfyp_front_has_institution_word(p)))
        return 0;
    return starts_upper(c) && !starts_field(c) && !affiliation_at(l, i);
}

/* Marks in brk[] the lines a new block starts at. Returns how many. */
static int plan(const jfyp_lines *l, char *brk, state *st) {
    int nb = 0, kind = 0;
    long byl_end = -1; /* the byline being read ends at this line */
    size_t opened = 0; /* the line the current block opens at */
    for (size_t i = 0; i < l->n; i++) {
        const char *c = l->v[i].text;
        brk[i] = 0;
        if (st->zone && (st->front_left <= 0 || is_abstract_label(c))) {
            st->zone = 0;
            if (i > 0)
                brk[i] = 1;
        }
        if (st->zone)
            st->front_left--;
        int into_refs = !st->zone && jfyp_is_references_heading(c);
        if (i == 0) {
            if (into_refs)
                st->refs = 1;
            if (jfyp_keywords_label(c))
                kind = 4;
            else if (st->zone) {
                kind = starts_field(c) ? 3 : affiliation_at(l, i) ? 2
                       : has_name_marker(c) ? 1 : 0;
                if (kind == 0 && !st->bylined) {
                    byl_end = byline_run(l, i, 0);
                    if (byl_end < -1)
                        return -1;
                    if (byl_end >= 0)
                        kind = 1, st->bylined = 1;
                }
                if (kind == 1)
                    st->bylined = 1;
            }
            continue;
        }
        const char *p = l->v[i - 1].text;
        if (brk[i]) {
            kind = 0;
        } else if (kind == 4 && !ends_open(p) && starts_upper(c) && !jfyp_starts_lower(c)) {
            /* a keyword list ends where a line goes on with no separator */
            brk[i] = 1;
            kind = 0;
            if (i + 1 < l->n && heading_at(l, i, st, 1))
                kind = 5; /* the next line opens under this heading */
        } else if (kind == 5) {
            brk[i] = 1;
            kind = 0;
        } else if (st->zone) {
            long run = -1;
            if (kind == 1 && (long)i <= byl_end) {
                /* inside the byline read ahead */
            } else if (starts_field(c)) {
                brk[i] = 1;
                kind = 3;
            } else if (affiliation_at(l, i) && (!ends_open(p) || lone_marker(l, i))) {
                brk[i] = 1;
                kind = 2;
            } else if (kind != 1 && has_name_marker(c) && !has_name_marker(p) &&
                       jfyp_count_words(c) >= 2) {
                brk[i] = 1;
                kind = 1;
                st->bylined = 1;
            } else if (kind != 1 && !st->bylined && !ends_open(p) &&
                       (run = byline_run(l, i, opened)) >= 0) {
                brk[i] = 1;
                kind = 1;
                byl_end = run;
                st->bylined = 1;
            } else if (run < -1) {
                return -1;
            } else if (kind == 1) {
                if (!(has_name_marker(c) || ends_open(p) || jfyp_starts_lower(c))) {
                    brk[i] = 1;
                    kind = 0;
                }
            } else if (kind == 0 && !ends_open(p) && !fragment(l, i) &&
                       (jfyp_title_label_line(c) || jfyp_title_running_header(p))) {
                /* the journal's running header, the article-type label */
                brk[i] = 1;
            } else if (kind == 0) {
                if (!(ends_open(p) || jfyp_starts_lower(c) || fragment(l, i) ||
                      fragment(l, i - 1) || (int)cp_len(p) >= st->measure * 8 / 10 ||
                      (!st->bylined && title_goes_on(l, i, opened))))
                    brk[i] = 1;
            }
        } else if (st->refs) {
            /* reference entries wrap at any width and hold short lines
             * ending in a period; only the licence after them goes apart */
            if (starts_licence(c) && !starts_licence(p))
                brk[i] = 1;
        } else {
            /* a starred note ("*Correspondence: ...") is the page's
             * footnote, set apart from the text it interrupts however
             * long that text's line before it */
            if (starts_field(c) && (ends_sentence(p) || (int)cp_len(p) < st->measure * 3 / 4 || *c == '*') &&
                !jfyp_strnieq(c, "Published", 9) && !jfyp_strnieq(c, "Received", 8) &&
                !jfyp_strnieq(c, "Accepted", 8))
                brk[i] = 1;
            else if ((into_refs || jfyp_keywords_label(c)) && ends_sentence(p))
                brk[i] = 1;
            else if (label_alone(c) && ends_sentence(p) && i + 1 < l->n && starts_upper(l->v[i + 1].text))
                brk[i] = 1;
            else if (heading_at(l, i, st, 0))
                brk[i] = 1;
            else if (label_alone(p))
                ; /* its caption goes on under it */
            else if (heading_at(l, i - 1, st, i >= 2 && brk[i - 1]))
                brk[i] = 1;
            else if (para_end_before(l, i, st))
                brk[i] = 1;
        }
        if (into_refs)
            st->refs = 1;
        if (brk[i] && jfyp_keywords_label(c))
            kind = 4;
        if (brk[i])
            opened = i;
        nb += brk[i];
    }
    return nb;
}

/* Moves lines [i, end) of para into a new paragraph after it (or after
 * `after`, when given). */
static int split_at(jfy_node *para, jfyp_lines *l, size_t i, jfy_node *after) {
    jfy_node *q = jfyp_lines_split(para, l, i);
    if (!q)
        return -1;
    if (after) {
        jfyp_node_unlink(q);
        jfyp_node_insert_after(after, q);
    }
    return 0;
}

/* The licence printed after the last reference reads, in a list cmark
 * made of numbered entries, as the last entry's tail: it goes after the
 * list, as a block of its own. */
static int licence_out_of_list(jfy_node *list) {
    jfy_node *item = list->last;
    jfy_node *para = item && item->type == JFY_N_ITEM ? item->last : NULL;
    if (!para || para->type != JFY_N_PARAGRAPH)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(para, &l) < 0)
        return -1;
    int rc = 0;
    for (size_t i = 1; i < l.n; i++)
        if (starts_licence(l.v[i].text)) {
            rc = split_at(para, &l, i, list);
            break;
        }
    jfyp_lines_free(&l);
    return rc;
}

/* "1. Introduction" over its text with no blank line between reads in
 * CommonMark as an ordered list's item holding the heading and every
 * paragraph after it up to the next blank line (or the next numbered
 * heading, another item). The item's paragraph is split like any block,
 * the heading kept over its first paragraph; the paragraphs after it go
 * after a one-item list, where a blank line would have put them, and
 * stay in the item of a longer one, which the headings' reader unlists
 * whole. Only when every item's first line reads as a heading over text:
 * a list's own item is a sentence. */
static int head_item(jfy_node *it) {
    jfy_node *p = it->first;
    if (!p || p != it->last || p->type != JFY_N_PARAGRAPH)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(p, &l) < 0)
        return -1;
    int ok = 0;
    if (l.n >= 2) {
        const char *t = l.v[0].text;
        size_t n0 = strlen(t);
        ok = n0 && jfyp_count_words(t) <= 8 && isupper((unsigned char)t[0]) &&
             jfyp_looks_like_heading(t) && !strchr(".:;,?!", t[n0 - 1]) && starts_upper(l.v[1].text) &&
             !jfyp_starts_lower(l.v[1].text);
    }
    jfyp_lines_free(&l);
    return ok;
}

static int head_list(jfy_node *n) {
    if (n->type != JFY_N_LIST || !jfyp_node_attr(n, "ordered") || !n->first)
        return 0;
    for (jfy_node *it = n->first; it; it = it->next) {
        int h = it->type == JFY_N_ITEM ? head_item(it) : 0;
        if (h <= 0)
            return h;
    }
    return 1;
}

/* Signs inside one block that it holds several: a line shorter than the
 * measure ends a sentence and a capital opens the next line; a line opens a
 * front-matter field or an affiliation. */
static void count_seams(const jfyp_lines *l, int measure, int *ends, int *fields) {
    *ends = *fields = 0;
    for (size_t i = 1; i < l->n; i++) {
        const char *p = l->v[i - 1].text, *c = l->v[i].text;
        if (ends_sentence(p) && starts_upper(c) && !jfyp_starts_lower(c) &&
            (int)cp_len(p) < measure * 3 / 4 && jfyp_count_words(p) >= 3)
            (*ends)++;
        if ((starts_field(c) || starts_affiliation(c)) && !ends_open(p))
            (*fields)++;
    }
}

/* Paragraph ends inside blocks that make a page run-on by themselves,
 * with no front-matter field run into another: a page whose front matter
 * the extraction parted with blank lines (a publisher's first-page boxes)
 * while its columns' paragraphs run together. A page set with blank lines
 * shows none or a few (a short line of a hard-wrapped paragraph); a page
 * of many short blocks (a table's cells, an appendix of formulas) shows
 * them in few of its blocks. */
#define RUNON_ENDS 20

/* Whether the page is run-on (2: its body only), and its measure. A page
 * whose blocks are separated by blank lines has few lines a block and no
 * block with several paragraph ends or several field labels inside. */
static int survey(jfyp_rec *r, int *runon, int *measure, int *text) {
    size_t paras = 0, lines = 0, longest = 0, len = 0, cap = 0;
    size_t *w = NULL;
    *runon = 0;
    *measure = *text = 0;
    for (int pass = 0; pass < 2; pass++) {
        int ends = 0, fields = 0, most_fields = 0;
        for (jfy_node *x = jfyp_rec_first(r); x; x = jfyp_rec_next(r, x)) {
            /* the text under a numbered heading read as a list's item
             * is the page's text too */
            int hl = head_list(x);
            if (hl < 0) {
                free(w);
                return -1;
            }
            for (jfy_node *it = hl ? x->first : NULL, *n = hl ? it->first : x; n;
                 it = it ? it->next : NULL, n = it ? it->first : NULL) {
                if (n->type != JFY_N_PARAGRAPH)
                    continue;
                jfyp_lines l;
                if (jfyp_lines_of(n, &l) < 0) {
                    free(w);
                    return -1;
                }
                if (pass == 1) {
                    int e, f;
                    count_seams(&l, *measure, &e, &f);
                    ends += e;
                    fields += f;
                    if (f > most_fields)
                        most_fields = f;
                    jfyp_lines_free(&l);
                    continue;
                }
                paras++;
                lines += l.n;
                if (l.n > longest)
                    longest = l.n;
                for (size_t i = 0; i < l.n; i++) {
                    if (jfyp_sizes_push(&w, &len, &cap, cp_len(l.v[i].text)) < 0) {
                        free(w);
                        jfyp_lines_free(&l);
                        return -1;
                    }
                }
                jfyp_lines_free(&l);
            }
        }
        if (pass == 0) {
            /* lines pdftotext ran together (two lines of one baseline,
             * the two columns of a table) may be more than a tenth of
             * all: the body text's measure is read where its lines
             * cluster */
            if (len >= 12) {
                jfyp_sort_sizes(w, len);
                *measure = (int)w[len * 9 / 10];
                *text = (int)jfyp_dense_measure(w, len);
            }
            free(w);
            w = NULL;
            if (*measure < 20 || !paras)
                return 0;
        } else {
            /* blank-line separated pages show at most one of each, and
             * few lines a block; a short page (a correction, a notice)
             * must show long blocks of a narrow column too */
            (void)longest;
            int long_blocks = lines >= 4 * paras;
            *runon = (len >= 40 || (long_blocks && *measure <= 64)) &&
                     (most_fields >= 3 || (most_fields >= 1 && ends >= 2) ||
                      (most_fields >= 2 && long_blocks));
            if (!*runon && !most_fields && ends >= RUNON_ENDS && (size_t)ends * 8 >= paras)
                *runon = 2;
        }
    }
    return 0;
}

/* Each item of list n after the first into a one-item list of its own,
 * numbered as it was, after n: the heading items part as if a block had
 * stood between them. */
static int one_item_lists(jfy_node *n) {
    const char *st = jfyp_node_attr(n, "start");
    int num = st ? atoi(st) : 1;
    for (jfy_node *it = n->first; it->next; it = it->next)
        num++;
    /* from the last, each put straight after n: they stand in order */
    for (jfy_node *it = n->last; it != n->first; num--) {
        jfy_node *pv = it->prev, *m = jfyp_node_new(JFY_N_LIST);
        char b[24];
        snprintf(b, sizeof b, "%d", num);
        if (!m || jfyp_node_set_attr(m, "ordered", "1") < 0 || jfyp_node_set_attr(m, "start", b) < 0) {
            if (m)
                jfyp_node_free(m);
            return -1;
        }
        jfyp_node_unlink(it);
        jfyp_node_span_from(m, it);
        jfyp_node_append(m, it);
        jfyp_node_insert_after(n, m);
        it = pv;
    }
    n->end_line = n->first->end_line;
    n->end_col = n->first->end_col;
    return 0;
}

/* Splits paragraph para at the ends plan() finds, the pieces after
 * `after` (or after para). keep_head: no split under the first line. */
static int split_block(jfy_node *para, jfy_node *after, int keep_head, state *st, int runon, int measure,
                       int text) {
    jfyp_lines l;
    if (jfyp_lines_of(para, &l) < 0)
        return -1;
    char *brk = l.n ? malloc(l.n) : NULL;
    if (l.n && !brk) {
        jfyp_lines_free(&l);
        return -1;
    }
    /* a block set in a smaller type (the references, a note) runs
     * more characters a line than the text */
    st->block = text;
    if (l.n >= 6) {
        size_t *w = malloc(l.n * sizeof *w);
        if (!w) {
            free(brk);
            jfyp_lines_free(&l);
            return -1;
        }
        for (size_t i = 0; i < l.n; i++)
            w[i] = cp_len(l.v[i].text);
        int own = (int)jfyp_dense_measure(w, l.n);
        free(w);
        if (own > st->block)
            st->block = own;
    }
    /* past front matter the extraction parted, a block is split only
     * where a paragraph visibly ends inside it: a keyword list, a
     * table's lines hold no such end */
    int e = 1, f;
    if (runon == 2)
        count_seams(&l, measure, &e, &f);
    /* under a heading read with it, the plan starts at the text */
    jfyp_lines v = l;
    if (keep_head && v.n) {
        v.v++;
        v.n--;
        brk[0] = 0;
    }
    st->text_first = keep_head;
    int nb = v.n && e ? plan(&v, brk + (keep_head ? 1 : 0), st) : 0;
    st->text_first = 0;
    int rc = nb < 0 ? -1 : 0;
    if (keep_head && l.n > 1)
        brk[1] = 0;
    for (size_t i = l.n; nb > 0 && i-- > 1;)
        if (brk[i] && split_at(para, &l, i, after) < 0) {
            rc = -1;
            break;
        }
    free(brk);
    jfyp_lines_free(&l);
    return rc;
}

int jfyp_recognize_runons(jfyp_rec *r) {
    int runon, measure, text;
    /* what CommonMark took for underlined headings is read as printed
     * before any reader weighs a block as a heading or a table's cells */
    if (jfyp_demote_underlines(r) < 0 || survey(r, &runon, &measure, &text) < 0)
        return -1;
    if (!runon)
        return 0;
    /* a page whose front matter came apart is read as past it */
    state st = {measure, text, text, runon == 1, 80, 0, 0, 0};
    for (jfy_node *n = jfyp_rec_first(r); n;) {
        jfy_node *next = jfyp_rec_next(r, n);
        int hl = head_list(n);
        if (hl < 0)
            return -1;
        if (hl) {
            if (one_item_lists(n) < 0)
                return -1;
            /* a numbered heading is past the front matter */
            st.zone = 0;
            for (jfy_node *x = n; x != next; x = jfyp_rec_next(r, x)) {
                jfy_node *it = x->first;
                if (split_block(it->first, x, 1, &st, runon, measure, text) < 0)
                    return -1;
                /* past the pieces just put after it */
                while (jfyp_rec_next(r, x) != next && jfyp_rec_next(r, x)->type == JFY_N_PARAGRAPH)
                    x = jfyp_rec_next(r, x);
            }
            st.zone = 0;
            n = next;
            continue;
        }
        if (n->type != JFY_N_PARAGRAPH) {
            char *h = NULL;
            if (jfyp_heading_text(n, &h) < 0)
                return -1;
            if (h && jfyp_is_references_heading(h))
                st.refs = 1;
            free(h);
            st.zone = 0;
            if (st.refs && n->type == JFY_N_LIST && licence_out_of_list(n) < 0)
                return -1;
            n = next;
            continue;
        }
        if (split_block(n, NULL, 0, &st, runon, measure, text) < 0)
            return -1;
        n = next;
    }
    return 0;
}

/* ---- a sentence cut between two blocks ----
 *
 * Extractions that keep the page's text boxes (MuPDF, pdfminer) part a
 * paragraph wherever the layout broke a box: at a column's foot, beside a
 * figure, at a line the justification spread, with no page seam between
 * the halves ("... compares the performance of the current study" / blank
 * / "with the previously reported works."). A block that ends inside a
 * sentence over a block that opens on a word in lower case is one
 * paragraph: a new paragraph, a heading, a caption or a reference opens
 * on a capital, a number or a label, and a lower-case word goes on from
 * what stands above it. The block above must be running text (two lines,
 * or one of 40 bytes: a heading or a label is shorter), and no list's
 * item a line (one line opening in lower case itself). The sections
 * stage joins a cut block of two lines before the headings are read; a
 * block of one line (MuPDF gives a justified line a box of its own) it
 * leaves, as a heading may be one. This pass runs on the body's sections
 * once they are read: the heading reader has weighed the blocks as the
 * page gave them, and only body text is joined. */

#define CUT_LINE 40 /* bytes: a one-line block this long is running text */

/* The plain text of p's last line (malloc'd; NULL when out of memory)
 * and in *more whether a line stands over it. Only that line is read: p
 * grows with every join, and reading it whole each time was quadratic. */
static char *cut_last_line(const jfy_node *p, int *more) {
    const jfy_node *k = p->last;
    while (k && k->prev && k->prev->type != JFY_N_SOFTBREAK && k->prev->type != JFY_N_LINEBREAK)
        k = k->prev;
    *more = k && k->prev != NULL;
    if (!k || k->type == JFY_N_SOFTBREAK || k->type == JFY_N_LINEBREAK)
        return calloc(1, 1);
    return jfyp_range_text(k, p->last);
}

/* Whether the text ends inside a sentence: on a letter, a digit, a comma,
 * a hyphen or an opening bracket, not on a stop, a colon or a semicolon
 * (a list's lead-in, an item's end). */
static int ends_inside(const char *t) {
    size_t n = strlen(t);
    while (n && t[n - 1] == ' ')
        n--;
    if (!n)
        return 0;
    unsigned char c = (unsigned char)t[n - 1];
    if (isalnum(c) || c == ',' || c == '-' || c == '(')
        return 1;
    /* a letter outside ASCII ("é", "ç") */
    size_t k = n;
    while (k && ((unsigned char)t[k - 1] & 0xC0) == 0x80)
        k--;
    return k && k < n && (unsigned char)t[k - 1] >= 0xC3 && (unsigned char)t[k - 1] <= 0xC9;
}

/* Whether the paragraph opens on a word of two lower-case letters or
 * more ("with", "was"), not on a symbol's name ("mRNA", "pH", "p-value")
 * or a list's letter ("a)"). */
static int opens_on_lower_word(const jfy_node *q) {
    const jfy_node *n = q->first;
    if (!n || n->type != JFY_N_TEXT || !n->text)
        return 0;
    const char *t = n->text;
    size_t i = 0;
    while (islower((unsigned char)t[i]))
        i++;
    return i >= 2 && (!t[i] || t[i] == ' ' || t[i] == ',' || t[i] == '.' || t[i] == ';');
}

/* Whether the text ends on a word a hyphen broke: a letter, then '-'. */
static int ends_broken_word(const char *t) {
    size_t n = strlen(t);
    return n >= 2 && t[n - 1] == '-' && isalpha((unsigned char)t[n - 2]);
}

/* Joins q on to p; a word broken at the cut ("sys-" / "tematically") is
 * read whole, as a line end's is where the next line opens in lower
 * case. -1 on out of memory. */
static int join_cut(jfy_node *p, jfy_node *q) {
    jfy_node *end = p->last;
    if (jfyp_paras_join(p, q) < 0)
        return -1;
    if (end && end->type == JFY_N_TEXT && end->text && ends_broken_word(end->text) && end->next &&
        end->next->type == JFY_N_SOFTBREAK) {
        end->text[strlen(end->text) - 1] = '\0';
        jfyp_node_free(end->next);
    }
    return 0;
}

/* Whether the text's last word is one a sentence cannot end on: an
 * article, a preposition, a conjunction, an auxiliary ("... shown in
 * Table 3 and" / "The non-treated group ..."). */
static int ends_on_glue_word(const char *t) {
    static const char *const glue[] = {
        "a",     "an",    "the",     "of",     "in",      "on",     "at",    "to",      "for",
        "with",  "by",    "from",    "and",    "or",      "nor",    "but",   "as",      "than",
        "that",  "which", "whose",   "who",    "between", "into",   "onto",  "over",    "under",
        "during", "after", "before", "within", "without", "among",  "via",   "per",     "like",
        "such",  "is",    "are",     "was",    "were",    "be",     "been",  "its",     "their",
        "our",   "this",  "these",   "those",  "both",    "each",   "not",   "using",   "including",
        "about", "against", "through", "upon", "while",   "whereas", "whether", "has", "have",
        "had",   "can",   "may",     "will",   "would",   "should", "could", "de",      "da",
        "do",    "em",    "la",      "el",     "des",     "du",     "et",    "und",     "der", "die",
        NULL};
    size_t e = strlen(t);
    while (e && t[e - 1] == ' ')
        e--;
    return last_word_in(t, e, glue);
}

/* Whether the text ends on a lower-case letter or a comma: inside a
 * sentence, and not on a number (a citation after a stop, "skills.25"). */
static int ends_on_small_letter(const char *t) {
    size_t n = strlen(t);
    while (n && t[n - 1] == ' ')
        n--;
    if (!n)
        return 0;
    unsigned char c = (unsigned char)t[n - 1];
    if (c < 0x80)
        return islower(c) || c == ',';
    size_t k = n;
    while (k && ((unsigned char)t[k - 1] & 0xC0) == 0x80)
        k--;
    return k < n && jfyp_starts_lower(t + k);
}

/* Whether the word of n bytes at t is one a sentence opens on as often
 * as a name does ("In China", "The Netherlands", "We", "However"): after
 * a cut, a rest opening on one is as likely a new sentence, and "Where,
 * SC is ..." under a formula the text lost is a paragraph of its own. */
static int is_opener(const char *t, size_t n) {
    static const char *const opener[] = {
        "a",       "an",      "the",      "this",     "these",   "that",   "those",  "in",
        "on",      "at",      "to",       "for",      "with",    "by",     "from",   "as",
        "of",      "and",     "or",       "but",      "we",      "our",    "it",     "its",
        "they",    "their",   "he",       "she",      "his",     "her",    "there",  "here",
        "however", "moreover", "furthermore", "although", "though", "thus", "therefore", "hence",
        "since",   "when",    "while",    "whereas",  "if",      "after",  "before", "during",
        "all",     "some",    "most",     "many",     "each",    "both",   "other",  "one",
        "no",      "not",     "only",     "such",     "among",   "between", "within", "unlike",
        "like",    "despite", "overall",  "finally",  "first",   "second", "then",   "also",
        "where",   "which",   "who",      "what",     "how",     "why",    "so",     "yet",
        "because", "indeed",  "instead",  NULL};
    for (int i = 0; opener[i]; i++)
        if (strlen(opener[i]) == n && strncasecmp(opener[i], t, n) == 0)
            return 1;
    return 0;
}

/* Whether the line opens on a bracket a sentence goes on in ("(November
 * and December), when ...", "(Table 1). The ...", "(HIV) and ..."): one
 * that closes on that line, and no list's label ("(c) Chitosan ...",
 * "(6b) Precise ...") or symbol's line ("(s)", "(cid:129) Life ..."). */
static int opens_on_bracket(const char *t) {
    if (t[0] != '(' || !isalnum((unsigned char)t[1]) || !strchr(t, ')') || !strncmp(t, "(cid:", 5))
        return 0;
    size_t w = 1;
    while (isalnum((unsigned char)t[w]))
        w++;
    if (t[w] == ')' && w <= 4) {
        const char *r = t + w + 1;
        if (!*r || (r[0] == ' ' && !jfyp_starts_lower(r + 1)))
            return 0;
    }
    return 1;
}

/* Whether the line opens on a name a sentence goes on in ("... grown in
 * the" / "Botanic Garden of ..."; "... using" / "LogCombiner ver."; "...
 * Convolvulaceae," / "Gesneriaceae, Lamiaceae, ..."): a word of two
 * letters or more with a capital or a digit inside it, or a capitalised
 * word before another or after a comma. A capitalised word before one in
 * lower case ("Seeds from seven ...", "Numerous studies ...") opens a new
 * sentence as often as it names a plant, and is left; so are a caption's
 * or a note's label and the words a sentence opens on. */
static int opens_on_name(const char *t) {
    static const char *const label[] = {"Figure", "Fig", "Table", "Tab", "Box", "Scheme",
                                        "Chart", "Panel", "Appendix", "Supplementary", "Supplemental",
                                        "Note", "Notes", "Source", "Sources", "Abbreviations",
                                        "Keywords", "Key", "Received", "Correspondence", "Funding",
                                        "Data", "Video", "Map", "Plate", "Graph", "Photo", "Open",
                                        "Creative", "Citation", "Supporting", NULL};
    if (!isupper((unsigned char)t[0]))
        return 0;
    size_t w = 1;
    int inner = 0, small = 0;
    while (isalnum((unsigned char)t[w]) || (t[w] == '-' && isalnum((unsigned char)t[w + 1]))) {
        inner |= isupper((unsigned char)t[w]) || isdigit((unsigned char)t[w]);
        small |= islower((unsigned char)t[w]);
        w++;
    }
    if (w < 2 || !small || is_opener(t, w))
        return 0;
    for (int i = 0; label[i]; i++)
        if (strlen(label[i]) == w && strncmp(label[i], t, w) == 0)
            return 0;
    /* a table's row or a running head: cells apart */
    if (strstr(t, "   "))
        return 0;
    if (inner)
        return t[w] == ' ' || t[w] == ',' || t[w] == '.';
    const char *r = t + w + (t[w] == ',');
    if (r[0] != ' ' || !isupper((unsigned char)r[1]))
        return 0;
    /* a reference's head ("Moreau, J.", "Harzing AW.") */
    size_t j = 1;
    while (isupper((unsigned char)r[j]) || r[j] == '.')
        j++;
    if (j <= 4 && (r[j] == '.' || r[j] == ',' || r[j - 1] == '.'))
        return 0;
    return t[w] == ',' || islower((unsigned char)r[2]);
}

/* Whether the paragraph opens as a sentence's rest may where a page or a
 * column cut it, on a bracket or on a name. Its first line must be
 * running text, and end the sentence if it is the only one: a heading, a
 * page's foot or a running head is one line with no stop. */
static int opens_after_cut(const jfy_node *q, int *bracket) {
    const jfy_node *n = q->first;
    if (!n || n->type != JFY_N_TEXT || !n->text)
        return 0;
    const char *t = n->text;
    size_t line = strlen(t);
    int more = n->next && (n->next->type == JFY_N_SOFTBREAK || n->next->type == JFY_N_LINEBREAK) &&
               n->next->next;
    /* a short one is a bracket ending the sentence ("(Silou et al., 2004).") */
    if (!more && (n->next || line < 3 || t[line - 1] != '.' ||
                  (line < CUT_LINE && (t[0] != '(' || t[line - 2] != ')'))))
        return 0;
    /* a page's foot the furniture pass left: a journal line, a link */
    if (strstr(t, "doi") || strstr(t, "www.") || strstr(t, "http") || strstr(t, "\xc2\xa9"))
        return 0;
    *bracket = t[0] == '(';
    return *bracket ? opens_on_bracket(t) : opens_on_name(t);
}

/* A sentence cut where the page or the column ends may go on in a block
 * opening on a name or a bracket ("... grown from seed in the" / "Botanic
 * Garden of ..."; "... between the two seasons" / "(November ...")). The
 * block above must be a body paragraph whose last line runs the column's
 * width (a paragraph's own last line is short, a heading shorter), no
 * page's foot (a link, an address), and end where no sentence can:
 * before a name, on a word like "the" or "and" or on a comma; before a
 * bracket, on any word in lower case. */
static int cut_before_capital(const char *last, const jfy_node *q, int more) {
    int bracket;
    if (strlen(last) < (more ? CUT_LINE : 2 * CUT_LINE) || !ends_on_small_letter(last) ||
        strchr(last, '@') || strstr(last, "www.") || strstr(last, "http") || strstr(last, "DOI") ||
        !opens_after_cut(q, &bracket))
        return 0;
    if (bracket)
        return 1;
    size_t n = strlen(last);
    return last[n - 1] == ',' || ends_on_glue_word(last);
}

/* A block of running text opening on a word in lower case goes on the
 * paragraph above it, whatever that one ended on: no paragraph opens so,
 * and the break is a page's or a column's seam, a figure's or a display
 * formula's place ("... takes the form:" / formula lost / "where x is
 * ..."), or an item of a list the lead-in's paragraph holds. A lone
 * line is left unless it is long and ends a sentence: a figure's label, a
 * table's cell, a list's items a block each ("the first post at the wall"). */
static int rest_of_paragraph(const jfy_node *q) {
    const jfy_node *n = q->first;
    int more = n->next && (n->next->type == JFY_N_SOFTBREAK || n->next->type == JFY_N_LINEBREAK) &&
               n->next->next;
    size_t len = strlen(n->text);
    return more || (len >= CUT_LINE && n->text[len - 1] == '.');
}

/* The paragraphs of one section, and of the sections in it. */
static int join_cuts_in(jfy_node *c) {
    for (jfy_node *p = c->first; p;) {
        if (p->type == JFY_N_SECTION && join_cuts_in(p) < 0)
            return -1;
        jfy_node *q = p->next;
        if (!q || p->type != JFY_N_PARAGRAPH || q->type != JFY_N_PARAGRAPH ||
            jfyp_node_attr(p, "running-header") || jfyp_node_attr(q, "running-header")) {
            p = q;
            continue;
        }
        int more;
        char *t = cut_last_line(p, &more);
        if (!t)
            return -1;
        /* one line opening in lower case over another is a list's item
         * a block ("the first post at the wall" / "the second post ...") */
        int join = opens_on_lower_word(q)
                       ? (ends_inside(t) && (more || (strlen(t) >= CUT_LINE && !opens_on_lower_word(p)))) ||
                             rest_of_paragraph(q)
                       : cut_before_capital(t, q, more);
        free(t);
        if (join) {
            if (join_cut(p, q) < 0)
                return -1;
            continue; /* p may go on into the block after q too */
        }
        p = q;
    }
    return 0;
}

/* ---- a short line repeated as a paragraph of its own ----
 *
 * A one-line paragraph whose very text stands as a paragraph of its own
 * elsewhere in the body is no paragraph of the text: a running line the
 * page pass could not tell ("(page number not for citation purposes)"
 * under "Page 3 of 6"), a table's cell or a figure's label left in the
 * text ("Not modelled.", "b."), a formula's crumb ("X ∞"). Running text
 * does not repeat itself line for line. A paragraph alone between its
 * section's heading and the next ("Not applicable." under each
 * declaration) is that section's text and stays. */

#define CRUMB_MAX 100 /* bytes: longer lines are sentences */

typedef struct {
    jfy_node *para;
    char *text;
} crumb;

static int single_line(const jfy_node *p) {
    for (const jfy_node *k = p->first; k; k = k->next)
        if (k->type == JFY_N_SOFTBREAK || k->type == JFY_N_LINEBREAK)
            return 0;
    return p->first != NULL;
}

static int collect_crumbs(jfy_node *c, crumb **v, size_t *n, size_t *cap) {
    for (jfy_node *p = c->first; p; p = p->next) {
        if (p->type == JFY_N_SECTION && collect_crumbs(p, v, n, cap) < 0)
            return -1;
        if (p->type != JFY_N_PARAGRAPH || !single_line(p) || jfyp_node_attr(p, "running-header"))
            continue;
        char *t = jfyp_range_text(p->first, p->last);
        if (!t)
            return -1;
        /* a heading read as a paragraph repeats by nature: Methods and
         * Results may both hold a "Sperm analysis" */
        if (!*t || strlen(t) > CRUMB_MAX || jfyp_looks_like_heading(t)) {
            free(t);
            continue;
        }
        if (*n == *cap) {
            size_t m = *cap ? *cap * 2 : 32;
            crumb *w = realloc(*v, m * sizeof *w);
            if (!w) {
                free(t);
                return -1;
            }
            *v = w;
            *cap = m;
        }
        (*v)[(*n)++] = (crumb){p, t};
    }
    return 0;
}

static int cmp_crumb(const void *a, const void *b) {
    return strcmp(((const crumb *)a)->text, ((const crumb *)b)->text);
}

static int alone_in_section(const jfy_node *p) {
    return (!p->prev || p->prev->type != JFY_N_PARAGRAPH) &&
           (!p->next || p->next->type != JFY_N_PARAGRAPH);
}

static int drop_repeated_lines(jfy_node *body) {
    crumb *v = NULL;
    size_t n = 0, cap = 0;
    int rc = collect_crumbs(body, &v, &n, &cap);
    if (rc == 0 && n > 1) {
        qsort(v, n, sizeof *v, cmp_crumb);
        for (size_t i = 0; i < n;) {
            size_t j = i + 1;
            while (j < n && strcmp(v[j].text, v[i].text) == 0)
                j++;
            /* decided before any goes: dropping one leaves the next alone */
            for (size_t k = i; k < j && j - i >= 2; k++)
                if (alone_in_section(v[k].para))
                    v[k].para = NULL;
            for (size_t k = i; k < j && j - i >= 2; k++)
                if (v[k].para)
                    jfyp_node_free(v[k].para);
            i = j;
        }
    }
    for (size_t i = 0; i < n; i++)
        free(v[i].text);
    free(v);
    return rc;
}

/* ---- a page's running foot read as a paragraph ----
 *
 * A line printed at each page's foot or head carrying the page's number
 * and the journal's web address or the article's DOI ("PLOS ONE |
 * www.plosone.org 8", "2214 submit your manuscript | www.dovepress.com",
 * "Smith J, et al. BMJ Open 2021;11:e04. doi:10.1136/... 9") is no
 * paragraph: a one-line block, no full stop at its end, an address, and
 * a bare number (the page's) at either end. Its page number differs from
 * page to page, so the repeated-line pass cannot see it. Dropped before
 * the sentence the page break cut is joined across it. */

#define FOOT_MAX 120 /* bytes: a running line is shorter */

static int has_address(const char *t) {
    return jfyp_stristr(t, "www.") || jfyp_stristr(t, "http://") || jfyp_stristr(t, "https://") ||
           jfyp_stristr(t, "doi:") || jfyp_stristr(t, "doi.org");
}

/* A number of one to five digits standing alone at t's start or end. */
static int page_number_at_edge(const char *t) {
    size_t n = strlen(t), k = 0;
    while (k < n && isdigit((unsigned char)t[k]))
        k++;
    if (k >= 1 && k <= 5 && t[k] == ' ')
        return 1;
    k = 0;
    while (k < n && isdigit((unsigned char)t[n - 1 - k]))
        k++;
    return k >= 1 && k <= 5 && k < n && t[n - 1 - k] == ' ';
}

static int running_foot(const char *t) {
    size_t n = strlen(t);
    return n && n <= FOOT_MAX && t[n - 1] != '.' && has_address(t) && page_number_at_edge(t);
}

static int drop_running_feet(jfy_node *c) {
    for (jfy_node *p = c->first, *next; p; p = next) {
        next = p->next;
        if (p->type == JFY_N_SECTION) {
            if (drop_running_feet(p) < 0)
                return -1;
            continue;
        }
        if (p->type != JFY_N_PARAGRAPH || !single_line(p))
            continue;
        char *t = jfyp_range_text(p->first, p->last);
        if (!t)
            return -1;
        trim_inplace(t);
        int foot = running_foot(t);
        free(t);
        if (foot)
            jfyp_node_free(p);
    }
    return 0;
}

int jfyp_recognize_cut_sentences(jfyp_rec *r) {
    if (drop_running_feet(r->body) < 0 || drop_repeated_lines(r->body) < 0)
        return -1;
    return join_cuts_in(r->body);
}
