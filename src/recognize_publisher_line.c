/* recognize_publisher_line.c - the publisher's name printed alone near the
 * top of a page, as a logo line ("nature publishing group", "ACME
 * UNIVERSITY PRESS"). It is not body text: it is taken off the page and
 * kept on the journal as "publisher-name-text", which meta.c uses only
 * when the sidecar names no publisher.
 *
 * Recognized by its shape alone: one short line, a few words and no
 * sentence, ending in a word publishers' names end in (Press, Publishers,
 * Publishing [Group], Ltd, Inc., GmbH, Verlag...). No company is named. */
#include "recognize.h"

#include <stdlib.h>
#include <string.h>

#define MAX_LINE 80
#define MAX_WORDS 7
/* How many unclaimed blocks count as "the top", and the length of the
 * first paragraph of prose, which ends it. */
#define TOP_BLOCKS 5
#define PROSE 200

static int ieq_n(const char *a, size_t n, const char *w) {
    return strlen(w) == n && jfyp_strnieq(a, w, n);
}

static const char *const small_words[] = {"of", "and", "the", "for", "&", "de", "du", "la",
                                          "und", "y", "e", NULL};

static int has_small_word(const char *s) {
    for (const char *p = s; *p;) {
        const char *e = strchr(p, ' ');
        size_t wl = e ? (size_t)(e - p) : strlen(p);
        for (int k = 0; small_words[k]; k++)
            if (ieq_n(p, wl, small_words[k]))
                return 1;
        p += wl;
        while (*p == ' ')
            p++;
    }
    return 0;
}

/* The words a publisher's name ends in. Company-form words (Ltd, Inc.,
 * GmbH, Publishers, "Publishing Group") say it alone; "Press" and
 * "Publishing" also end titles ("Freedom of the Press"), so they count
 * only in a name with no joining words, or a university's. */
static int publisher_tail(const char *s) {
    static const char *const strong[] = {"publishers", "ltd", "limited", "inc", "llc", "plc",
                                         "gmbh", "verlag", "ag", "b.v", "s.a", "s.l", NULL};
    static const char *const weak[] = {"press", "publishing", NULL};
    size_t n = strlen(s);
    while (n && s[n - 1] == '.')
        n--;
    size_t b = n;
    while (b && s[b - 1] != ' ')
        b--;
    for (int k = 0; strong[k]; k++)
        if (ieq_n(s + b, n - b, strong[k]))
            return 1;
    if (ieq_n(s + b, n - b, "group") && b >= 12 && jfyp_strnieq(s + b - 11, "publishing ", 11))
        return 1;
    for (int k = 0; weak[k]; k++)
        if (ieq_n(s + b, n - b, weak[k]))
            return !has_small_word(s) || jfyp_stristr(s, "university ") != NULL;
    return 0;
}

/* Several words, no digits or sentence punctuation, no "@" or "©" (an
 * address or a copyright line is someone else's). */
static int name_shape(const char *s) {
    int words = 1;
    size_t n = strlen(s);
    if (n < 4 || n > MAX_LINE || !strchr(s, ' '))
        return 0;
    for (const char *p = s; *p; p++) {
        if (*p >= '0' && *p <= '9')
            return 0;
        if (strchr(":;!?@/|()[]", *p) || strncmp(p, "\xc2\xa9", 2) == 0)
            return 0;
        if (*p == ' ')
            words++;
    }
    if (words > MAX_WORDS)
        return 0;
    /* The words are capitalised, or all in one case as a logo is: a
     * sentence has lower-case words after a capital. */
    int letters, upper;
    jfyp_utf8_case_counts(s, &letters, &upper);
    if (upper == 0 || upper == letters)
        return 1;
    for (const char *p = s; *p;) {
        const char *e = strchr(p, ' ');
        size_t wl = e ? (size_t)(e - p) : strlen(p);
        int ok = !(*p >= 'a' && *p <= 'z');
        for (int k = 0; !ok && small_words[k]; k++)
            ok = ieq_n(p, wl, small_words[k]);
        if (!ok)
            return 0;
        p += wl;
        while (*p == ' ')
            p++;
    }
    return 1;
}

/* A name set all in lower or upper case for the logo, recased as a name:
 * each word capitalised except the small joining words. */
static char *recase(const char *s) {
    int letters, upper;
    jfyp_utf8_case_counts(s, &letters, &upper);
    if (upper != 0 && upper != letters)
        return jfyp_strdup(s);
    char *low = jfyp_utf8_lower(s);
    if (!low)
        return NULL;
    jfyp_buf b;
    jfyp_buf_init(&b);
    int first = 1;
    for (char *p = low, *save = NULL, *w = strtok_r(p, " ", &save); w;
         w = strtok_r(NULL, " ", &save)) {
        int keep = 0;
        for (int k = 0; !first && small_words[k]; k++)
            keep |= strcmp(w, small_words[k]) == 0;
        if (!first)
            jfyp_buf_putc(&b, ' ');
        if (keep) {
            jfyp_buf_puts(&b, w);
        } else {
            char *t = jfyp_titlecase(w);
            if (!t) {
                jfyp_buf_free(&b);
                free(low);
                return NULL;
            }
            jfyp_buf_puts(&b, t);
            free(t);
        }
        first = 0;
    }
    free(low);
    return jfyp_buf_finish(&b);
}

static int has_break(const jfy_node *n) {
    for (const jfy_node *k = n->first; k; k = jfyp_node_next_in(n, k))
        if (k->type == JFY_N_SOFTBREAK || k->type == JFY_N_LINEBREAK)
            return 1;
    return 0;
}

int jfyp_recognize_publisher_line(jfyp_rec *r) {
    jfy_node *n = jfyp_rec_first(r);
    for (int k = 0; n && k < TOP_BLOCKS; k++) {
        jfy_node *next = jfyp_rec_next(r, n);
        char *s = jfyp_node_plain(n);
        if (!s)
            return -1;
        jfyp_squeeze(s);
        if (strlen(s) > PROSE) {
            free(s);
            break;
        }
        if (n->type == JFY_N_PARAGRAPH && !has_break(n) &&
            name_shape(s) && publisher_tail(s)) {
            char *name = recase(s);
            free(s);
            if (!name)
                return -1;
            int rc = 0;
            if (!jfyp_node_attr(r->journal, "publisher-name-text"))
                rc = jfyp_node_set_attr(r->journal, "publisher-name-text", name);
            free(name);
            if (rc < 0)
                return -1;
            jfyp_node_free(n);
            return 0;
        }
        free(s);
        n = next;
    }
    return 0;
}
