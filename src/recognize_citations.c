/* recognize_citations.c - in-text citations linked to the reference list.
 *
 * Numbered citations are bracketed numbers, lists and ranges ("[1]",
 * "[1,2]", "[1-3]", "[1, 4–6]") or a superscript of the same; each number
 * that names an entry's label becomes a link to it. Author-year citations
 * are a surname (maybe "et al." or a second name) and a year, inside
 * parentheses ("(Smith et al., 2009; Lee, 2010)") or with the year in
 * them ("Smith and Jones (2009)"); the pair links to the entry with that
 * first author and year. Nothing links when the entry does not exist:
 * "[3]" on a page without a third entry stays text. */
#include "recognize.h"

#include <stdlib.h>
#include <string.h>

/* Citations per text run; more are left as text. */
#define MAX_HITS 64

typedef struct {
    const char *id;
    int label;     /* -1 when none */
    char *surname; /* lower case, last word of the first author's surname */
    char *year;    /* "2009", "2009a" */
} refkey;

typedef struct {
    refkey *k;
    size_t n;
    int in_order; /* entry i is labelled i + 1, for every i */
} refindex;

/* out = w[0..n) in lower case, as jfyp_utf8_lower makes it, when w is
 * ASCII, as nearly every surname and citation is (out has room for n + 1
 * bytes; it may be w or start before it): 1, else 0 and out untouched.
 * Without the copies and the case tables. */
static int ascii_lower(char *out, const char *w, size_t n) {
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)w[i] >= 0x80)
            return 0;
    for (size_t i = 0; i < n; i++)
        out[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
    out[n] = 0;
    return 1;
}

/* The last word of s in lower case: s itself, reused, when ASCII; else a
 * copy, s freed. NULL when out of memory. */
static char *last_word_lower(char *s) {
    const char *w = strrchr(s, ' ');
    w = w ? w + 1 : s;
    if (ascii_lower(s, w, strlen(w)))
        return s;
    char *low = jfyp_utf8_lower(w);
    free(s);
    return low;
}

static int index_refs(jfyp_rec *r, refindex *ix) {
    size_t cap = 0;
    for (jfy_node *rl = r->back->first; rl; rl = rl->next) {
        if (rl->type != JFY_N_REF_LIST)
            continue;
        for (jfy_node *ref = rl->first; ref; ref = ref->next) {
            if (ref->type != JFY_N_REF || !jfyp_node_attr(ref, "id"))
                continue;
            if (ix->n == cap) {
                cap = cap ? cap * 2 : 64;
                refkey *nk = realloc(ix->k, cap * sizeof *nk);
                if (!nk)
                    return -1;
                ix->k = nk;
            }
            refkey *k = &ix->k[ix->n++];
            *k = (refkey){jfyp_node_attr(ref, "id"), -1, NULL, NULL};
            jfy_node *lab = jfyp_node_child(ref, JFY_N_LABEL);
            if (lab && lab->text)
                k->label = atoi(lab->text);
            jfy_node *cit = jfyp_node_child(ref, JFY_N_CITATION);
            if (!cit)
                continue;
            jfy_node *pg = jfyp_node_find(cit, JFY_N_PERSON_GROUP);
            jfy_node *who = pg ? jfyp_node_find(pg, JFY_N_SURNAME) : NULL;
            if (!who)
                who = jfyp_node_find(cit, JFY_N_COLLAB);
            jfy_node *y = jfyp_node_find(cit, JFY_N_YEAR);
            if (who && y) {
                char *s = jfyp_node_plain(who), *ys = jfyp_node_plain(y);
                if (!s || !ys) {
                    free(s);
                    free(ys);
                    return -1;
                }
                jfyp_trim(s);
                jfyp_trim(ys);
                k->surname = last_word_lower(s);
                k->year = ys;
                if (!k->surname)
                    return -1;
            }
        }
    }
    return 0;
}

static void index_free(refindex *ix) {
    for (size_t i = 0; i < ix->n; i++) {
        free(ix->k[i].surname);
        free(ix->k[i].year);
    }
    free(ix->k);
}

static const char *by_label(const refindex *ix, int label) {
    /* a list numbered 1 to n, as numbered lists are, is indexed by its
     * labels: every number of every citation was a walk over the list */
    if (ix->in_order)
        return label >= 1 && (size_t)label <= ix->n ? ix->k[label - 1].id : NULL;
    for (size_t i = 0; i < ix->n; i++)
        if (ix->k[i].label == label)
            return ix->k[i].id;
    return NULL;
}

static const char *by_author_year(const refindex *ix, const char *t, size_t ss, size_t se,
                                  size_t ys, size_t ye) {
    char local[64], *low = local;
    if (se - ss >= sizeof local || !ascii_lower(local, t + ss, se - ss)) {
        char *w = jfyp_strndup(t + ss, se - ss);
        if (!w)
            return NULL;
        low = jfyp_utf8_lower(w);
        free(w);
        if (!low)
            return NULL;
    }
    const char *hit = NULL;
    for (size_t i = 0; i < ix->n && !hit; i++)
        if (ix->k[i].surname && strcmp(ix->k[i].surname, low) == 0 &&
            strlen(ix->k[i].year) == ye - ys && memcmp(ix->k[i].year, t + ys, ye - ys) == 0)
            hit = ix->k[i].id;
    if (low != local)
        free(low);
    return hit;
}

typedef struct {
    size_t s, e;
    const char *rid;
} hit;

static int is_digit(char c) {
    return c >= '0' && c <= '9';
}

static size_t dash_len(const char *t, size_t i) {
    if (t[i] == '-')
        return 1;
    if ((unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
        ((unsigned char)t[i + 2] == 0x93 || (unsigned char)t[i + 2] == 0x94))
        return 3;
    return 0;
}

/* Numbers in [s,e) ("1,2", "1-3", "1, 4–6"), each linked; 0 when the run
 * holds anything else or a number that names no entry. */
static int numbers(const refindex *ix, const char *t, size_t s, size_t e, hit *h, int *nh) {
    int start = *nh;
    size_t i = s;
    while (i < e) {
        if (!is_digit(t[i]))
            return (*nh = start), 0;
        size_t ns = i;
        int v = 0;
        while (i < e && is_digit(t[i]) && i - ns < 4)
            v = v * 10 + (t[i++] - '0');
        if (i < e && is_digit(t[i]))
            return (*nh = start), 0;
        const char *rid = by_label(ix, v);
        if (!rid || *nh == MAX_HITS)
            return (*nh = start), 0;
        h[(*nh)++] = (hit){ns, i, rid};
        size_t d;
        while (i < e && (t[i] == ' ' || t[i] == ','))
            i++;
        if (i < e && (d = dash_len(t, i)) != 0)
            i += d;
        while (i < e && t[i] == ' ')
            i++;
    }
    return *nh > start;
}

static int is_upper_start(const char *t, size_t i) {
    unsigned char c = (unsigned char)t[i];
    if (c >= 'A' && c <= 'Z')
        return 1;
    if (c >= 0xC3 && c <= 0xC5) /* Latin capitals with accents (U+00C0..) */
        return (c == 0xC3 && (unsigned char)t[i + 1] < 0x9F) || c > 0xC3;
    return 0;
}

static int word_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80 || c == '-' || c == '\'';
}

/* The surname before position p ("Smith" in "Smith et al., 2009",
 * "Smith and Jones, 2009", "Smith (2009)"): its span; 0 when none. */
static int surname_before(const char *t, size_t from, size_t p, size_t *ss, size_t *se) {
    size_t i = p;
    while (i > from && (t[i - 1] == ' ' || t[i - 1] == ',' || t[i - 1] == '('))
        i--;
    /* "et al." */
    if (i >= from + 6 && memcmp(t + i - 6, "et al.", 6) == 0)
        i -= 6;
    else if (i >= from + 5 && memcmp(t + i - 5, "et al", 5) == 0)
        i -= 5;
    else {
        /* "Smith and Jones": the first author is the one linked */
        size_t j = i;
        while (j > from && word_byte((unsigned char)t[j - 1]))
            j--;
        if (j > from + 5 && (memcmp(t + j - 5, " and ", 5) == 0))
            i = j - 5;
        else if (j > from + 3 && memcmp(t + j - 3, " & ", 3) == 0)
            i = j - 3;
    }
    while (i > from && t[i - 1] == ' ')
        i--;
    size_t e = i;
    while (i > from && word_byte((unsigned char)t[i - 1]))
        i--;
    if (i == e || !is_upper_start(t, i))
        return 0;
    *ss = i;
    *se = e;
    return 1;
}

static int year_here(const char *t, size_t i, size_t n, size_t *ye) {
    if (i + 4 > n || !is_digit(t[i]) || !is_digit(t[i + 1]) || !is_digit(t[i + 2]) ||
        !is_digit(t[i + 3]) || (t[i] != '1' && t[i] != '2'))
        return 0;
    if ((i > 0 && is_digit(t[i - 1])) || (i + 4 < n && is_digit(t[i + 4])))
        return 0;
    size_t e = i + 4;
    if (e < n && t[e] >= 'a' && t[e] <= 'z' && !(e + 1 < n && t[e + 1] >= 'a' && t[e + 1] <= 'z'))
        e++;
    *ye = e;
    return 1;
}

static int author_year(const refindex *ix, const char *t, size_t n, hit *h, int *nh) {
    size_t prev_ss = 0, prev_se = 0, prev_end = 0;
    int have_prev = 0;
    for (size_t i = 0; i < n && *nh < MAX_HITS; i++) {
        /* a year starts with a 1 or a 2: the text between is skipped in
         * one call, not tried byte by byte */
        const char *d = strpbrk(t + i, "12");
        if (!d)
            break;
        i = (size_t)(d - t);
        size_t ye;
        if (!year_here(t, i, n, &ye))
            continue;
        size_t ss, se, start;
        const char *rid = NULL;
        if (surname_before(t, prev_end, i, &ss, &se)) {
            rid = by_author_year(ix, t, ss, se, i, ye);
            start = ss;
        } else if (have_prev && i >= prev_end && i - prev_end <= 2 && t[prev_end] == ',') {
            /* "Smith et al., 2003, 2007": the same authors again */
            rid = by_author_year(ix, t, prev_ss, prev_se, i, ye);
            ss = prev_ss;
            se = prev_se;
            start = i;
        }
        if (rid) {
            size_t end = ye;
            /* "Smith (2009)": the parentheses belong to the citation */
            if (start == ss && i > 0 && t[i - 1] == '(' && end < n && t[end] == ')' &&
                !(start > 0 && memchr(t + prev_end, '(', i - 1 - prev_end)))
                end++;
            if (start == ss && end == ye && i > 0 && t[i - 1] == '(')
                start = i; /* only the year when the parenthesis stays open */
            h[(*nh)++] = (hit){start, end, rid};
            prev_ss = ss;
            prev_se = se;
            prev_end = end;
            have_prev = 1;
        } else {
            have_prev = 0;
        }
        i = ye - 1;
    }
    return 0;
}

static int link_text(const refindex *ix, jfy_node *tn, int numbered) {
    const char *t = tn->text;
    size_t n = strlen(t);
    hit h[MAX_HITS];
    int nh = 0;
    if (numbered) {
        /* brackets found by memchr, the closing one looked for no further
         * than a citation runs (40 bytes), not to the text's end */
        for (const char *o = memchr(t, '[', n); o; o = memchr(o + 1, '[', n - (size_t)(o + 1 - t))) {
            size_t i = (size_t)(o - t), room = n - i - 1;
            const char *c = memchr(o + 1, ']', room < 40 ? room : 40);
            if (!c)
                continue;
            numbers(ix, t, i + 1, (size_t)(c - t), h, &nh);
            o = c;
        }
    }
    author_year(ix, t, n, h, &nh);
    if (!nh)
        return 0;
    /* Hits come in text order per kind; order them all by start. */
    for (int a = 1; a < nh; a++)
        for (int b = a; b > 0 && h[b].s < h[b - 1].s; b--) {
            hit x = h[b];
            h[b] = h[b - 1];
            h[b - 1] = x;
        }
    size_t pos = 0;
    for (int k = 0; k < nh; k++) {
        if (h[k].s < pos)
            continue;
        if (h[k].s > pos) {
            /* the node's text copied once, straight from the run's */
            jfy_node *tx = jfyp_node_new_textn(JFY_N_TEXT, t + pos, h[k].s - pos);
            if (!tx)
                return -1;
            jfyp_node_span_from(tx, tn);
            jfyp_node_insert_before(tn, tx);
        }
        jfy_node *xr = jfyp_node_new_with_textn(JFY_N_XREF, t + h[k].s, h[k].e - h[k].s);
        if (!xr || jfyp_node_set_attr(xr, "ref-type", "bibr") < 0 || jfyp_node_set_attr(xr, "rid", h[k].rid) < 0) {
            jfyp_node_free(xr);
            return -1;
        }
        jfyp_node_span_from(xr, tn);
        jfyp_node_insert_before(tn, xr);
        pos = h[k].e;
    }
    char *rest = jfyp_strdup(t + pos);
    if (!rest)
        return -1;
    jfyp_node_take_text(tn, rest);
    return 0;
}

/* Whether n sits where a citation cannot: inside a link or another
 * cross-reference, code, or a title. */
static int skip_here(const jfy_node *n) {
    for (const jfy_node *p = n->parent; p; p = p->parent)
        if (p->type == JFY_N_XREF || p->type == JFY_N_LINK || p->type == JFY_N_CODE ||
            p->type == JFY_N_TITLE || p->type == JFY_N_CODE_BLOCK)
            return 1;
    return 0;
}

int jfyp_recognize_citations(jfyp_rec *r) {
    refindex ix = {NULL, 0, 0};
    if (index_refs(r, &ix) < 0) {
        index_free(&ix);
        return -1;
    }
    int rc = 0, numbered = 0;
    ix.in_order = 1;
    for (size_t i = 0; i < ix.n; i++) {
        numbered |= ix.k[i].label >= 0;
        ix.in_order &= (size_t)ix.k[i].label == i + 1;
    }
    if (ix.n) {
        /* Collect first: linking adds nodes the walk must not revisit. */
        size_t cap = 0, nt = 0;
        jfy_node **texts = NULL;
        for (jfy_node *n = r->body->first; n; n = jfyp_node_next_in(r->body, n)) {
            if (n->type != JFY_N_TEXT || !n->text || skip_here(n))
                continue;
            if (nt == cap) {
                cap = cap ? cap * 2 : 256;
                jfy_node **nx = realloc(texts, cap * sizeof *nx);
                if (!nx) {
                    rc = -1;
                    break;
                }
                texts = nx;
            }
            texts[nt++] = n;
        }
        for (size_t i = 0; rc == 0 && i < nt; i++) {
            jfy_node *tn = texts[i];
            /* a superscript that is only numbers: "<sup>1,2</sup>" */
            if (numbered && tn->parent && tn->parent->type == JFY_N_SUP && tn == tn->parent->first &&
                !tn->next) {
                hit h[MAX_HITS];
                int nh = 0;
                if (numbers(&ix, tn->text, 0, strlen(tn->text), h, &nh)) {
                    /* wrap the whole superscript's text per number */
                    char *b = jfyp_printf("[%s]", tn->text);
                    if (!b) {
                        rc = -1;
                        break;
                    }
                    /* the bracket path links it; the brackets go again after */
                    jfyp_node_take_text(tn, b);
                    rc = link_text(&ix, tn, 1);
                    /* drop the brackets again */
                    jfy_node *f = tn->parent->first, *l = tn->parent->last;
                    if (f && f->type == JFY_N_TEXT && f->text && f->text[0] == '[') {
                        memmove(f->text, f->text + 1, strlen(f->text));
                        jfyp_node_changed(f);
                    }
                    if (l && l->type == JFY_N_TEXT && l->text && *l->text &&
                        l->text[strlen(l->text) - 1] == ']') {
                        l->text[strlen(l->text) - 1] = 0;
                        jfyp_node_changed(l);
                    }
                    continue;
                }
            }
            rc = link_text(&ix, tn, numbered);
        }
        free(texts);
    }
    index_free(&ix);
    return rc;
}
