/* recognize_reviewed_book.c - a book review prints the reviewed book's
 * bibliographic line under its title: "*Salt and Tide.* By Edwin
 * Hargreave. Example University Press, Bristol, 2020. 288 pp. ISBN
 * 978-1-23456-789-7. £25.00". JATS holds it as article-meta/product
 * (product-type "book") with its parts tagged; the reviewer's "Reviewed
 * by" before the name is dropped so the byline reader sees a byline. */
#include "recognize.h"
#include "names.h"
#include "textlines.h"

#include <stdlib.h>
#include <string.h>

#define ZONE 8 /* blocks looked at from the top */

typedef struct {
    size_t s, e;
    jfy_node_type t;
} span;

static int is_year_at(const char *s, size_t i) {
    const char *p = s + i;
    return ((p[0] == '1' && p[1] == '9') || (p[0] == '2' && p[1] == '0')) && p[2] >= '0' &&
           p[2] <= '9' && p[3] >= '0' && p[3] <= '9' && !(p[4] >= '0' && p[4] <= '9') &&
           !(i && s[i - 1] >= '0' && s[i - 1] <= '9') && !(i && s[i - 1] == '-');
}

/* "By " or "Edited by " at a word start: the offset after it. */
static size_t by_at(const char *s, size_t i, int *editors) {
    if (i && s[i - 1] != ' ')
        return 0;
    if (jfyp_strnieq(s + i, "edited by ", 10)) {
        *editors = 1;
        return i + 10;
    }
    if (jfyp_strnieq(s + i, "by ", 3)) {
        *editors = 0;
        return i + 3;
    }
    return 0;
}

/* The end of a sentence-like segment from i: ". " not after an initial. */
static size_t segment_end(const char *s, size_t i) {
    for (size_t k = i; s[k]; k++)
        if (s[k] == '.' && (s[k + 1] == ' ' || !s[k + 1])) {
            /* "J." or "Q." is an initial, not the end */
            if (k >= 1 && s[k - 1] >= 'A' && s[k - 1] <= 'Z' && (k == 1 || s[k - 2] == ' '))
                continue;
            return k;
        }
    return strlen(s);
}

static const char *const publisher_words[] = {"Press", "Publish", "Books", "Verlag", "Editions",
                                              "Éditions", "Editora", "Editorial", "Presses",
                                              NULL};

static int publisher_word(const char *s, size_t n) {
    char buf[256];
    if (n >= sizeof buf)
        return 0;
    memcpy(buf, s, n);
    buf[n] = '\0';
    for (size_t i = 0; publisher_words[i]; i++)
        if (strstr(buf, publisher_words[i]))
            return 1;
    return 0;
}

static void trim_span(const char *s, size_t *a, size_t *b) {
    while (*a < *b && (s[*a] == ' ' || s[*a] == ',' || s[*a] == ':' || s[*a] == ';'))
        (*a)++;
    while (*b > *a && (s[*b - 1] == ' ' || s[*b - 1] == '.' || s[*b - 1] == ','))
        (*b)--;
}

static int add(span *v, int *n, size_t s, size_t e, jfy_node_type t) {
    if (*n >= 32 || e <= s)
        return 0;
    v[*n].s = s;
    v[*n].e = e;
    v[*n].t = t;
    (*n)++;
    return 1;
}

static int cmp_span(const void *a, const void *b) {
    const span *x = a, *y = b;
    return x->s < y->s ? -1 : x->s > y->s;
}

static int append_text(jfy_node *to, const char *s, size_t n) {
    if (!n)
        return 0;
    char *t = jfyp_strndup(s, n);
    jfy_node *k = t ? jfyp_node_new_text(JFY_N_TEXT, t) : NULL;
    free(t);
    if (!k)
        return -1;
    jfyp_node_append(to, k);
    return 0;
}

/* The names of "By A and B" as NAME nodes under a person-group. */
static int fill_names(jfy_node *pg, const char *s, size_t a, size_t b) {
    size_t i = a;
    while (i < b) {
        size_t j = i, next = b;
        for (; j < b; j++) {
            if (s[j] == ',' || s[j] == ';' || s[j] == '&') {
                next = j + 1;
                break;
            }
            if (jfyp_strnieq(s + j, " and ", 5)) {
                next = j + 5;
                break;
            }
        }
        size_t x = i, y = j;
        trim_span(s, &x, &y);
        if (append_text(pg, s + i, x - i) < 0)
            return -1;
        char *one = jfyp_strndup(s + x, y - x);
        if (!one)
            return -1;
        jfyp_name nm = {0};
        int ok = jfyp_name_parse(one, &nm);
        free(one);
        if (ok < 0)
            return -1;
        jfy_node *k = ok ? jfyp_node_new(JFY_N_NAME) : NULL;
        if (ok && (!k || jfyp_node_set_attr(k, "surname", nm.surname) < 0 ||
                   (nm.given && jfyp_node_set_attr(k, "given", nm.given) < 0))) {
            jfyp_node_free(k);
            jfyp_name_free(&nm);
            return -1;
        }
        if (ok) {
            jfyp_name_free(&nm);
            jfyp_node_append(pg, k);
        } else if (append_text(pg, s + x, y - x) < 0) {
            return -1;
        }
        if (append_text(pg, s + y, next - y) < 0)
            return -1;
        i = next;
    }
    return 0;
}

/* Reads s as a book's line; builds the product node, or NULL when the
 * shape is not there. *err on OOM. */
static jfy_node *read_book(const char *s, const char *emph, int *err) {
    size_t n = strlen(s), isbn = 0, isbn_end = 0, pp = 0;
    const char *q = jfyp_stristr(s, "ISBN");
    if (q) {
        size_t k = (size_t)(q - s) + 4;
        while (s[k] == ':' || s[k] == ' ' || s[k] == '-')
            k++;
        size_t d = k, digits = 0;
        while ((s[d] >= '0' && s[d] <= '9') || s[d] == '-' || s[d] == 'X' || s[d] == ' ') {
            digits += s[d] >= '0' && s[d] <= '9';
            if (s[d] == ' ' && !(s[d + 1] >= '0' && s[d + 1] <= '9'))
                break;
            d++;
        }
        if (digits >= 10) {
            isbn = k;
            isbn_end = d;
        }
    }
    pp = jfyp_stristr(s, " pp") || jfyp_stristr(s, " pages") ? 1 : 0;
    size_t by = 0, by_end = 0, by_start = 0;
    int editors = 0;
    for (size_t i = 0; i < n && !by; i++)
        if ((by = by_at(s, i, &editors))) {
            by_end = segment_end(s, by);
            by_start = i;
        }
    /* or, with no "By", the names right after the italic title
     * ("*The Long Count.* Helga Sörensen. Example University Press,
     * 2021."), where each reads as a person's name: only with the title
     * set apart by its italics, which tell where it ends */
    const char *et = !by && emph && *emph ? strstr(s, emph) : NULL;
    if (et && isbn) {
        size_t k = (size_t)(et - s) + strlen(emph);
        while (s[k] == '.' || s[k] == ',' || s[k] == ' ')
            k++;
        size_t e = segment_end(s, k);
        int names = e > k && e - k < 120, any = 0;
        for (size_t i = k; names && i < e;) {
            size_t j = i;
            while (j < e && s[j] != ',' && s[j] != ';' && !jfyp_strnieq(s + j, " and ", 5))
                j++;
            size_t x = i, y = j;
            trim_span(s, &x, &y);
            char *one = jfyp_strndup(s + x, y - x);
            if (!one) {
                *err = 1;
                return NULL;
            }
            int ok = y > x && jfyp_name_plausible(one) > 0;
            free(one);
            names = ok;
            any |= ok;
            i = j < e ? j + (s[j] == ' ' ? 5 : 1) : e;
        }
        if (names && any) {
            by_start = by = k;
            by_end = e;
            editors = 0;
        }
    }
    size_t year = 0;
    for (size_t i = by_end; i < n && !year; i++)
        if (is_year_at(s, i))
            year = i;
    if (!year || !(isbn || (pp && by)) || !by)
        return NULL;
    span v[32];
    int nv = 0;
    /* the book's title: set in italics, or the words before "By" */
    size_t ts = 0, te = 0;
    const char *t = emph ? strstr(s, emph) : NULL;
    if (t && *emph) {
        ts = (size_t)(t - s);
        te = ts + strlen(emph);
    } else {
        te = by_start;
    }
    trim_span(s, &ts, &te);
    add(v, &nv, ts, te, JFY_N_SOURCE);
    size_t ns = by, ne = by_end;
    trim_span(s, &ns, &ne);
    add(v, &nv, ns, ne, JFY_N_PERSON_GROUP);
    if (isbn)
        add(v, &nv, isbn, isbn_end, JFY_N_ISBN);
    add(v, &nv, year, year + 4, JFY_N_YEAR);
    /* publisher and place between the names and the year: "Place:
     * Publisher, 2020" or "Publisher, Place, 2020" */
    size_t a = by_end + 1, pub = 0, pub_end = 0;
    for (size_t i = a; i <= year; i++) {
        if (i == year || s[i] == ',' || s[i] == ':' || s[i] == ';' ||
            (s[i] == '.' && s[i + 1] == ' ')) {
            size_t x = a, y = i;
            trim_span(s, &x, &y);
            if (y > x) {
                if (!pub && publisher_word(s + x, y - x)) {
                    pub = x;
                    pub_end = y;
                    add(v, &nv, x, y, JFY_N_PUBLISHER_NAME);
                    /* "Place: Publisher" */
                    size_t b = x;
                    while (b > by_end && s[b - 1] == ' ')
                        b--;
                    if (b > by_end && s[b - 1] == ':') {
                        size_t ls = b - 1;
                        while (ls > by_end + 1 && s[ls - 1] != '.' && s[ls - 1] != ',')
                            ls--;
                        size_t lx = ls, ly = b - 1;
                        trim_span(s, &lx, &ly);
                        add(v, &nv, lx, ly, JFY_N_PUBLISHER_LOC);
                    }
                } else if (pub && x >= pub_end && i != year + 0 && s[i] != ':' &&
                           !(s[x] >= '0' && s[x] <= '9')) {
                    add(v, &nv, x, y, JFY_N_PUBLISHER_LOC);
                    break;
                }
            }
            a = i + 1;
        }
    }
    qsort(v, (size_t)nv, sizeof *v, cmp_span);
    jfy_node *p = jfyp_node_new(JFY_N_PRODUCT);
    if (!p || jfyp_node_set_attr(p, "type", "book") < 0) {
        jfyp_node_free(p);
        *err = 1;
        return NULL;
    }
    size_t at = 0;
    for (int i = 0; i < nv; i++) {
        if (v[i].s < at)
            continue; /* overlapping: the first read wins */
        if (append_text(p, s + at, v[i].s - at) < 0)
            goto oom;
        jfy_node *k = jfyp_node_new(v[i].t);
        if (!k)
            goto oom;
        jfyp_node_append(p, k);
        if (v[i].t == JFY_N_PERSON_GROUP) {
            if (jfyp_node_set_attr(k, "type", editors ? "editor" : "author") < 0 ||
                fill_names(k, s, v[i].s, v[i].e) < 0)
                goto oom;
        } else if (v[i].t == JFY_N_ISBN || v[i].t == JFY_N_YEAR) {
            char *x = jfyp_strndup(s + v[i].s, v[i].e - v[i].s);
            if (!x || jfyp_node_set_text(k, jfyp_trim(x)) < 0) {
                free(x);
                goto oom;
            }
            free(x);
        } else if (append_text(k, s + v[i].s, v[i].e - v[i].s) < 0) {
            goto oom;
        }
        at = v[i].e;
    }
    if (append_text(p, s + at, n - at) < 0)
        goto oom;
    return p;
oom:
    jfyp_node_free(p);
    *err = 1;
    return NULL;
}

/* "Reviewed by Priya Raman": the words go, the name stays. */
static void drop_reviewed_by(jfy_node *b) {
    jfy_node *k = b->first;
    while (k && (k->type == JFY_N_EMPH || k->type == JFY_N_STRONG) && k->first)
        k = k->first;
    if (!k || k->type != JFY_N_TEXT || !k->text)
        return;
    const char *w = jfyp_after_label(k->text, "Reviewed by");
    if (!w)
        return;
    if (!*w) {
        /* "Reviewed by **Daniel Okonkwo**, Institute of ...": the words
         * go, and the address after the name in bold is set apart as a
         * line of its own, for the address reader */
        jfy_node *name = k->next;
        if (!name || (name->type != JFY_N_STRONG && name->type != JFY_N_EMPH))
            return;
        jfy_node *rest = name->next;
        /* (read as the line under the name, as the address reader looks
         * for an address below the byline: only where the next block
         * starts lower still) */
        if (rest && rest->type == JFY_N_TEXT && rest->text && rest->text[0] == ',' &&
            rest->text[1] == ' ' && rest->text[2] && b->line && b->line == b->end_line &&
            (!b->next || b->next->line > b->line + 1)) {
            memmove(rest->text, rest->text + 2, strlen(rest->text + 2) + 1);
            jfyp_node_changed(rest);
            jfy_node *q = jfyp_para_split_before(b, rest);
            if (!q)
                return;
            q->line = q->end_line = b->line + 1;
        }
        jfyp_node_free(k);
        return;
    }
    memmove(k->text, w, strlen(w) + 1);
    jfyp_trim(k->text);
    jfyp_node_changed(k);
}

#define MAXLINES 12

/* A line that only goes on with the book's line: its ISBN, its price or
 * its binding ("ISBN 978-0-12-345678-9. £39.99 (hardback).") printed on a
 * line of their own once the line above ended a sentence. */
static int book_tail(const char *t) {
    static const char *const starts[] = {"ISBN", "£", "$", "€", "US$", "Price", "Paperback",
                                         "Hardback", "Hardcover", "Cloth", NULL};
    for (size_t i = 0; starts[i]; i++)
        if (jfyp_strnieq(t, starts[i], strlen(starts[i])))
            return 1;
    return 0;
}

/* pdftotext runs the title, the book's line, "Reviewed by" and the text
 * into one block: the book's lines (from the one that names the book
 * before "By" to the one that ends the line read as a book) and a
 * "Reviewed by" line are set apart as blocks of their own. */
static int split_runon(jfy_node *n) {
    jfy_node *first[MAXLINES];
    char *text[MAXLINES];
    int nl = 0, rc = 0;
    for (jfy_node *k = n->first; k && nl < MAXLINES;) {
        jfy_node *end = k;
        while (end && !jfyp_inline_is_break(end))
            end = end->next;
        first[nl] = k;
        if (!(text[nl] = jfyp_inline_text(k, end)))
            goto out;
        jfyp_squeeze(text[nl++]);
        k = end ? end->next : NULL;
    }
    if (nl < 2) {
        rc = 0;
        goto done;
    }
    int start = -1, stop = -1, reviewed = -1;
    for (int i = 0; i < nl && start < 0; i++) {
        int ed = 0;
        for (size_t c = 0; text[i][c] && start < 0; c++)
            if (by_at(text[i], c, &ed))
                start = c > 0 ? i : i - 1;
    }
    if (start >= 0) {
        jfyp_buf b;
        jfyp_buf_init(&b);
        for (int j = start; j < nl && stop < 0; j++) {
            if (j > start)
                jfyp_buf_putc(&b, ' ');
            jfyp_buf_puts(&b, text[j]);
            char *joined = jfyp_buf_finish(&b);
            if (!joined)
                goto out;
            jfyp_buf_puts(&b, joined);
            int err = 0;
            jfy_node *p = read_book(joined, NULL, &err);
            size_t tl = strlen(text[j]);
            if (p && tl && (text[j][tl - 1] == '.' || text[j][tl - 1] == ')'))
                stop = j;
            jfyp_node_free(p);
            free(joined);
            if (err) {
                jfyp_buf_free(&b);
                goto out;
            }
        }
        jfyp_buf_free(&b);
        while (stop >= 0 && stop + 1 < nl && book_tail(text[stop + 1]))
            stop++;
    }
    for (int i = 0; i < nl && reviewed < 0; i++)
        if (jfyp_after_label(text[i], "Reviewed by") && strlen(text[i]) < 80)
            reviewed = i;
    /* split from the last line up, so the earlier line pointers hold */
    int cut[4], nc = 0;
    if (reviewed >= 0 && reviewed + 1 < nl)
        cut[nc++] = reviewed + 1;
    if (reviewed > 0)
        cut[nc++] = reviewed;
    if (stop >= 0 && stop + 1 < nl && stop + 1 != reviewed)
        cut[nc++] = stop + 1;
    if (stop >= 0 && start > 0)
        cut[nc++] = start;
    for (int a = 0; a < nc; a++)
        for (int c = a + 1; c < nc; c++)
            if (cut[c] > cut[a]) {
                int t = cut[a];
                cut[a] = cut[c];
                cut[c] = t;
            }
    for (int a = 0; a < nc; a++)
        if ((a == 0 || cut[a] != cut[a - 1]) && !jfyp_para_split_before(n, first[cut[a]]))
            goto out;
done:
    for (int i = 0; i < nl; i++)
        free(text[i]);
    return rc;
out:
    rc = -1;
    goto done;
}

int jfyp_recognize_reviewed_book(jfyp_rec *r) {
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen++ < ZONE; n = jfyp_rec_next(r, n))
        if (n->type == JFY_N_PARAGRAPH && split_runon(n) < 0)
            return -1;
    seen = 0;
    int found = jfyp_node_child(r->front, JFY_N_PRODUCT) != NULL;
    jfy_node *n = jfyp_rec_first(r);
    while (n && seen++ < ZONE) {
        jfy_node *next = jfyp_rec_next(r, n);
        if (n->type != JFY_N_PARAGRAPH) {
            n = next;
            continue;
        }
        char *s = jfyp_node_plain(n);
        if (!s)
            return -1;
        jfyp_squeeze(s);
        if (jfyp_after_label(s, "Reviewed by")) {
            drop_reviewed_by(n);
        } else if (!found && strlen(s) < 600) {
            const jfy_node *em = n->first && n->first->type == JFY_N_EMPH ? n->first : NULL;
            char *emph = em ? jfyp_node_plain(em) : NULL;
            if (em && !emph) {
                free(s);
                return -1;
            }
            if (emph)
                jfyp_squeeze(emph);
            int err = 0;
            jfy_node *p = read_book(s, emph, &err);
            free(emph);
            if (err) {
                free(s);
                return -1;
            }
            if (p) {
                jfyp_node_span_from(p, n);
                jfyp_node_append(r->front, p);
                jfyp_node_free(n);
                found = 1;
            }
        }
        free(s);
        n = next;
    }
    return 0;
}
