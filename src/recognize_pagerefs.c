/* recognize_pagerefs.c - cross-references to other articles of the same
 * issue by page: "as discussed on [page 274](#)", "([page 265](#))", "see
 * page 302", "(p. 274, this issue)". Extraction keeps such a reference as a
 * link to nowhere or as plain words; it becomes a RELATED node of type
 * "in-this-issue" (the JATS Tag Library's suggested related-article-type
 * for "a related article in the same journal issue") carrying the page, so
 * that meta.c can resolve it to a DOI through the sidecar.
 *
 * Plain words are read only where they clearly point into the issue: a
 * dead link, "see/on page N", "(page N)", or any form next to "this
 * issue". A bare "(p. 153)" is a page of a cited work far more often than
 * an article of the issue: it is read only on a page that already has
 * clear cross-references. */
#include "recognize.h"

#include <stdlib.h>
#include <string.h>

#define RELATED_TYPE "in-this-issue"
#define NEAR 30 /* bytes around a reference searched for "this issue" */

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_word_char(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit((char)c) || c >= 0x80;
}

/* Page keyword at s: sets *abbrev for "p."/"pp.", returns its length with
 * the space after it, 0 if none. */
static size_t page_word(const char *s, int *abbrev) {
    static const struct { const char *w; int abbrev; } kw[] = {
        {"pages ", 0}, {"page ", 0}, {"pp. ", 1}, {"pp.", 1}, {"p. ", 1}, {"p.", 1}};
    /* their first two bytes, in either case, let most words go untried */
    if (((unsigned char)s[0] | 0x20) != 'p')
        return 0;
    unsigned c1 = (unsigned char)s[1] | 0x20;
    if (c1 != 'a' && c1 != 'p' && s[1] != '.')
        return 0;
    for (size_t k = 0; k < sizeof kw / sizeof *kw; k++) {
        size_t n = strlen(kw[k].w);
        if (jfyp_strnieq(s, kw[k].w, n)) {
            *abbrev = kw[k].abbrev;
            return n;
        }
    }
    return 0;
}

/* A page number or range at s ("274", "265-270", "265–270"): returns the
 * length, the first page's length in *first; 0 if none. */
static size_t page_number(const char *s, size_t *first) {
    size_t i = 0;
    while (is_digit(s[i]) && i < 6)
        i++;
    int dash_next = strncmp(s + i, "\xe2\x80\x93", 3) == 0 || strncmp(s + i, "\xe2\x80\x94", 3) == 0;
    if (i == 0 || i > 5 || (is_word_char((unsigned char)s[i]) && !dash_next))
        return 0;
    if (s[i] == '.' && is_digit(s[i + 1]))
        return 0;
    *first = i;
    size_t j = i;
    while (s[j] == ' ')
        j++;
    size_t dl = 0;
    if (s[j] == '-')
        dl = 1;
    else if (strncmp(s + j, "\xe2\x80\x93", 3) == 0 || strncmp(s + j, "\xe2\x80\x94", 3) == 0)
        dl = 3;
    if (dl) {
        size_t k = j + dl;
        while (s[k] == ' ')
            k++;
        size_t d = 0;
        while (is_digit(s[k + d]) && d < 6)
            d++;
        if (d && d <= 5 && !is_word_char((unsigned char)s[k + d]))
            return k + d;
    }
    return i;
}

static int near_this_issue(const char *t, size_t start, size_t end) {
    size_t from = start > NEAR ? start - NEAR : 0;
    size_t to = end + NEAR;
    size_t len = strlen(t);
    if (to > len)
        to = len;
    char *w = jfyp_strndup(t + from, to - from);
    if (!w)
        return 0;
    int hit = jfyp_stristr(w, "this issue") != NULL;
    free(w);
    return hit;
}

/* The word that ends right before offset i ("see", "on"), lower-cased
 * comparison against w. */
static int word_before(const char *t, size_t i, const char *w) {
    size_t e = i;
    while (e > 0 && t[e - 1] == ' ')
        e--;
    size_t n = strlen(w);
    if (e < n || !jfyp_strnieq(t + e - n, w, n))
        return 0;
    return e == n || !is_word_char((unsigned char)t[e - n - 1]);
}

/* Whether the reference t[i..e) reads as one into this issue. lenient:
 * the page already has clear cross-references, so "(p. 274)" and "see p.
 * 274" are read as more of them. */
static int points_into_issue(const char *t, size_t i, size_t e, int abbrev, int lenient) {
    if (near_this_issue(t, i, e))
        return 1;
    const char *after = t + e;
    /* "(page 265)": the parentheses hold the reference alone. */
    int alone = i > 0 && t[i - 1] == '(' && after[0] == ')';
    if (abbrev)
        return lenient && (alone || word_before(t, i, "see"));
    if (alone)
        return 1;
    /* "see page 274", "on page 302 X argues", but not "on page 3 of the
     * report" or "see page 4 in the manual". */
    if (word_before(t, i, "see") || word_before(t, i, "on")) {
        if (jfyp_strnieq(after, " of ", 4) || jfyp_strnieq(after, " in ", 4))
            return 0;
        return 1;
    }
    return 0;
}

static jfy_node *new_related(const char *page, size_t page_len) {
    jfy_node *rel = jfyp_node_new(JFY_N_RELATED);
    char *p = jfyp_strndup(page, page_len);
    if (!rel || !p || jfyp_node_set_attr(rel, "type", RELATED_TYPE) < 0 ||
        jfyp_node_set_attr(rel, "page", p) < 0) {
        jfyp_node_free(rel);
        free(p);
        return NULL;
    }
    free(p);
    return rel;
}

/* A link to nowhere whose words are a page reference ("[page 274](#)"),
 * or whose number follows "page" in the text before it ("page [274](#)"). */
static int read_dead_link(jfy_node *link) {
    const char *href = jfyp_node_attr(link, "href");
    if (href && *href && *href != '#')
        return 0;
    char *s = jfyp_node_plain(link);
    if (!s)
        return -1;
    jfyp_squeeze(s);
    int abbrev;
    size_t kw = page_word(s, &abbrev), first = 0;
    size_t num = page_number(s + kw, &first);
    int whole = num && s[kw + num] == '\0';
    if (whole && !kw) {
        /* A bare number: the keyword must end the text just before. */
        const jfy_node *prev = link->prev;
        int ab;
        whole = 0;
        if (prev && prev->type == JFY_N_TEXT && prev->text) {
            const char *t = prev->text;
            size_t n = strlen(t);
            for (size_t b = n > 7 ? n - 7 : 0; b < n && !whole; b++)
                whole = (b == 0 || !is_word_char((unsigned char)t[b - 1])) &&
                        page_word(t + b, &ab) == n - b;
        }
    }
    if (!whole) {
        free(s);
        return 0;
    }
    jfy_node *rel = new_related(s + kw, first);
    free(s);
    if (!rel)
        return -1;
    jfyp_node_span_from(rel, link);
    jfyp_node_move_children(link, rel);
    jfyp_node_insert_before(link, rel);
    jfyp_node_free(link);
    return 1;
}

/* Plain-text references in a text run: each found one is split out into
 * a RELATED node; the run after it is scanned in turn. */
static int read_text(jfy_node *text, int lenient, int *found_any) {
    while (text && text->text) {
        const char *t = text->text;
        size_t i, e = 0, first = 0, kw = 0;
        int abbrev = 0, found = 0;
        for (i = 0; t[i] && !found; i++) {
            /* Every page keyword starts with "p": the text up to the next
             * one is skipped in one call. */
            const char *q = strpbrk(t + i, "pP");
            if (!q)
                break;
            i = (size_t)(q - t);
            if (i > 0 && is_word_char((unsigned char)t[i - 1]))
                continue;
            if (!(kw = page_word(t + i, &abbrev)))
                continue;
            size_t num = page_number(t + i + kw, &first);
            if (!num)
                continue;
            e = i + kw + num;
            found = points_into_issue(t, i, e, abbrev, lenient);
        }
        if (!found)
            return 0;
        (*found_any)++;
        i--;
        jfy_node *rel = new_related(t + i + kw, first);
        char *ref = jfyp_strndup(t + i, e - i);
        jfy_node *inner = ref ? jfyp_node_new_text(JFY_N_TEXT, ref) : NULL;
        jfy_node *after = t[e] ? jfyp_node_new_text(JFY_N_TEXT, t + e) : NULL;
        char *before = jfyp_strndup(t, i);
        free(ref);
        if (!rel || !inner || (t[e] && !after) || !before) {
            jfyp_node_free(rel);
            jfyp_node_free(inner);
            jfyp_node_free(after);
            free(before);
            return -1;
        }
        jfyp_node_span_from(rel, text);
        jfyp_node_span_from(inner, text);
        jfyp_node_append(rel, inner);
        jfyp_node_insert_after(text, rel);
        if (after) {
            jfyp_node_span_from(after, text);
            jfyp_node_insert_after(rel, after);
        }
        jfyp_node_take_text(text, before);
        text = after;
    }
    return 0;
}

/* Reference lists, code and links with a target hold page numbers that are
 * not cross-references. */
static int skipped(const jfy_node *n) {
    switch (n->type) {
    case JFY_N_REF_LIST:
    case JFY_N_REF:
    case JFY_N_CITATION:
    case JFY_N_CODE:
    case JFY_N_CODE_BLOCK:
    case JFY_N_RELATED:
    case JFY_N_JOURNAL:
    case JFY_N_TITLE:
    case JFY_N_FPAGE:
    case JFY_N_LPAGE:
        return 1;
    default:
        return 0;
    }
}

static int walk(jfy_node *parent, int depth, int lenient, int *found) {
    if (depth > 64)
        return 0;
    for (jfy_node *c = parent->first, *next; c; c = next) {
        next = c->next;
        if (skipped(c))
            continue;
        int rc = 0;
        if (c->type == JFY_N_LINK) {
            rc = read_dead_link(c);
            if (rc > 0)
                (*found)++;
        } else if (c->type == JFY_N_TEXT) {
            rc = read_text(c, lenient, found);
        } else if (c->first) {
            rc = walk(c, depth + 1, lenient, found);
        }
        if (rc < 0)
            return -1;
    }
    return 0;
}

/* Two passes: the clear forms first; only a page that has some reads its
 * abbreviated ones. */
int jfyp_recognize_pagerefs(jfyp_rec *r) {
    int found = 0;
    if (walk(r->doc, 0, 0, &found) < 0)
        return -1;
    return found ? walk(r->doc, 0, 1, &found) : 0;
}
