/* recognize_dehyphenate.c - words a typesetter hyphenated at the end of a
 * line ("mec-" / "hanisms") read whole again.
 *
 * The rule, for a line that ends in a letter and a hyphen:
 * - the next line starts with a lower-case letter: the word is joined
 *   without the hyphen ("mechanisms"), unless the page itself prints the
 *   hyphenated form ("green-leaf") elsewhere and never the closed one; a
 *   compound the author hyphenated keeps its hyphen;
 * - the next line starts with a capital or a digit ("Ing-" / "Nang",
 *   "COVID-" / "19"): the hyphen is the author's and the halves are joined
 *   with it, unless the page prints the closed form elsewhere and never the
 *   hyphenated one ("micro-" / "RNAs" where "microRNAs" occurs).
 * A line ending in a digit and a hyphen or an en dash before a digit ("123-"
 * / "130", "40–" / "59", a range) is joined with it. Other line ends stay
 * soft breaks. Before all this, a page whose extractor set a space after
 * every hard hyphen inside a line ("non- human") has it closed up. */
#include "recognize.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Lower-cased words, end to end in one pool; a slot keeps its word's
 * hash, start and length, so that neither a lookup nor the table's growth
 * measures or hashes a stored word again, and the set is two allocations,
 * not one a word.
 *
 * A page asks about a few words only: the two forms, hyphenated and
 * closed, of each word broken at a line end. So the set holds those
 * (marking set), and reading the page's words only marks the ones it
 * holds as seen: a probe a word, no insertion. When a join may change the
 * word a later question is made of (a line that is one word, after another
 * line end), the set holds every word of the page instead. */
typedef struct {
    size_t hash, at, len; /* len 0: an empty slot (no word is empty) */
    int seen;
} slot;

typedef struct {
    slot *slot;
    size_t cap, len;
    jfyp_buf pool;
    int marking; /* the page's words mark slots instead of being added */
    /* marking: for each first byte of the words held, the lengths they
     * have (bit 63 for 63 bytes or more); an ASCII word whose first byte
     * and length match none of them is passed over unhashed */
    uint64_t first_len[128];
    /* and the last bytes they end in (the low six bits of each): a word
     * of an asked length mostly ends otherwise, and is not hashed either */
    uint64_t first_last[128];
} wordset;

static size_t hash(const char *s, size_t n) {
    size_t h = 1469598103934665603u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211u;
    return h;
}

/* The first table is small: a page asks about a few dozen words at most,
 * and zeroing a thousand slots for them cost more than the lookups
 * (bench/instructions); a set of every word grows as it must. */
static int set_grow(wordset *w) {
    size_t cap = w->cap ? w->cap * 2 : 64;
    slot *sl = calloc(cap, sizeof *sl);
    if (!sl)
        return -1;
    for (size_t i = 0; i < w->cap; i++)
        if (w->slot[i].len) {
            size_t h = w->slot[i].hash & (cap - 1);
            while (sl[h].len)
                h = (h + 1) & (cap - 1);
            sl[h] = w->slot[i];
        }
    free(w->slot);
    w->slot = sl;
    w->cap = cap;
    return 0;
}

/* Where the lower-cased word s[0..n) with hash h is or would go. */
static size_t set_find(const wordset *w, const char *s, size_t n, size_t h) {
    size_t i = h & (w->cap - 1);
    while (w->slot[i].len && (w->slot[i].hash != h || w->slot[i].len != n ||
                              memcmp(w->pool.data + w->slot[i].at, s, n) != 0))
        i = (i + 1) & (w->cap - 1);
    return i;
}

static int set_has(const wordset *w, const char *s) {
    if (!w->cap)
        return 0;
    size_t n = strlen(s);
    const slot *sl = &w->slot[set_find(w, s, n, hash(s, n))];
    return sl->len != 0 && (!w->marking || sl->seen);
}

/* Adds the lower-cased word low[0..n) with hash h, or marks it seen. The
 * table grows before the lookup, so one probe finds the word or its free
 * slot. */
static int set_put(wordset *w, const char *low, size_t n, size_t h) {
    if (w->marking) {
        if (w->cap) {
            slot *sl = &w->slot[set_find(w, low, n, h)];
            sl->seen |= sl->len != 0;
        }
        return 0;
    }
    if ((w->len + 1) * 2 > w->cap && set_grow(w) < 0)
        return -1;
    size_t i = set_find(w, low, n, h);
    if (w->slot[i].len)
        return 0;
    size_t at = w->pool.len;
    jfyp_buf_put(&w->pool, low, n);
    if (w->pool.failed)
        return -1;
    w->slot[i] = (slot){h, at, n, 0};
    w->len++;
    return 0;
}

/* The ASCII word characters (the hyphen, digits, letters), each as its
 * lower case; a space for the others. */
static const char ascii_word[] = "                "
                                 "                "
                                 "             -  "
                                 "0123456789      "
                                 " abcdefghijklmno"
                                 "pqrstuvwxyz     "
                                 " abcdefghijklmno"
                                 "pqrstuvwxyz     ";
_Static_assert(sizeof ascii_word == 128 + 1, "a row of sixteen for each ASCII code");

/* Adds the word s[0..n), lower-cased. */
static int set_add(wordset *w, const char *s, size_t n, int ascii) {
    /* Most words are short and ASCII: lower-cased and hashed on the stack. */
    char tmp[64];
    if (ascii && n < sizeof tmp) {
        size_t h = 1469598103934665603u;
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)ascii_word[(unsigned char)s[i]];
            tmp[i] = (char)c;
            h = (h ^ c) * 1099511628211u;
        }
        return set_put(w, tmp, n, h);
    }
    char *raw = jfyp_strndup(s, n);
    char *low = raw ? jfyp_utf8_lower(raw) : NULL;
    free(raw);
    if (!low)
        return -1;
    size_t ln = strlen(low);
    int rc = set_put(w, low, ln, hash(low, ln));
    free(low);
    return rc;
}

static void set_free(wordset *w) {
    free(w->slot);
    jfyp_buf_free(&w->pool);
}

static int is_wordchar_multi(int cp) {
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) || c == UTF8PROC_CATEGORY_ND;
}

/* Inline for ASCII: the page's words are read a character at a time. */
static inline int is_wordchar(int cp) {
    if (cp < 0x80)
        return ascii_word[cp] != ' ';
    return is_wordchar_multi(cp);
}

/* Every word of the text, hyphenated compounds whole. An ASCII word is
 * lower-cased and hashed as it is read, as set_add would after. */
static int add_words(wordset *w, const char *s) {
    const char *p = s;
    while (*p) {
        size_t l = 1;
        unsigned char b = (unsigned char)*p;
        int word = b < 0x80 ? ascii_word[b] != ' ' && b != '-' : is_wordchar(jfyp_utf8_decode(p, &l));
        if (!word) {
            p += l;
            continue;
        }
        if (w->marking && b < 0x80) {
            unsigned char first = (unsigned char)ascii_word[b];
            uint64_t lens = w->first_len[first];
            if (!lens) {
                /* the same word's end as below, without its hash: its
                 * ASCII runs a byte a test */
                for (;;) {
                    while ((b = (unsigned char)*p) < 0x80 && ascii_word[b] != ' ') /* NUL is ' ' */
                        p++;
                    if (b < 0x80 || !is_wordchar(jfyp_utf8_decode(p, &l)))
                        break;
                    p += l;
                }
                continue;
            }
            /* An ASCII word's length, read before its hash: most words
             * have no length the asked words that open like them have. */
            const char *s0 = p, *e0;
            while ((b = (unsigned char)*p) < 0x80 && ascii_word[b] != ' ') /* NUL is ' ' */
                p++;
            for (e0 = p; e0[-1] == '-';) /* the word opens with no hyphen */
                e0--;
            if (!(b >= 0x80 && is_wordchar(jfyp_utf8_decode(p, &l)))) {
                size_t n0 = (size_t)(e0 - s0);
                if (!(lens >> (n0 < 63 ? n0 : 63) & 1) ||
                    !(w->first_last[first] >> (ascii_word[(unsigned char)e0[-1]] & 63) & 1))
                    continue;
            }
            p = s0; /* read again below, hashed */
        }
        const char *start = p, *end = p;
        int ascii = 1;
        char tmp[64];
        size_t k = 0, h = 1469598103934665603u, h_end = h;
        while (*p) {
            b = (unsigned char)*p;
            if (b < 0x80) {
                unsigned char c = (unsigned char)ascii_word[b];
                if (c == ' ')
                    break;
                if (k < sizeof tmp)
                    tmp[k] = (char)c;
                k++;
                h = (h ^ c) * 1099511628211u;
                p++;
                if (c != '-') {
                    end = p;
                    h_end = h;
                }
                continue;
            }
            if (!is_wordchar(jfyp_utf8_decode(p, &l)))
                break;
            ascii = 0;
            p += l;
            end = p;
        }
        size_t n = (size_t)(end - start);
        if (ascii && n < sizeof tmp ? set_put(w, tmp, n, h_end) < 0 : set_add(w, start, n, ascii) < 0)
            return -1;
    }
    return 0;
}

/* Start of the word that ends at s + n (before the line-end hyphen). */
static size_t word_start(const char *s, size_t n) {
    size_t i = n;
    while (i > 0) {
        size_t j = i - 1;
        while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80)
            j--;
        size_t l;
        if (!is_wordchar(jfyp_utf8_decode(s + j, &l)))
            break;
        i = j;
    }
    return i;
}

static size_t word_len(const char *s) {
    size_t i = 0, l;
    while (s[i]) {
        int cp = jfyp_utf8_decode(s + i, &l);
        if (!is_wordchar(cp) || cp == '-')
            break;
        i += l;
    }
    return i;
}

static int letter_before_hyphen(const char *t, size_t n, int *digit) {
    if (n < 2 || t[n - 1] != '-')
        return 0;
    size_t j = n - 2;
    while (j > 0 && ((unsigned char)t[j] & 0xC0) == 0x80)
        j--;
    size_t l;
    int cp = jfyp_utf8_decode(t + j, &l);
    utf8proc_category_t c = utf8proc_category(cp);
    *digit = c == UTF8PROC_CATEGORY_ND;
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) || *digit;
}

/* a[0..an), a hyphen if asked, b[0..bn), lower-cased; NULL on out of
 * memory. */
static char *joined_lower(const char *a, size_t an, const char *b, size_t bn, int hyphen) {
    size_t n = an + (size_t)hyphen + bn;
    char *s = malloc(n + 1);
    if (!s)
        return NULL;
    memcpy(s, a, an);
    s[an] = '-';
    memcpy(s + an + hyphen, b, bn);
    s[n] = '\0';
    /* the halves are nearly always ASCII: lowered in place */
    int ascii = 1;
    for (size_t i = 0; i < n; i++)
        ascii &= (unsigned char)s[i] < 0x80;
    if (ascii) {
        for (size_t i = 0; i < n; i++)
            s[i] = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] + 32) : s[i];
        return s;
    }
    char *low = jfyp_utf8_lower(s);
    free(s);
    return low;
}

/* The word broken after left[0..ln) and continued by right, lower-cased,
 * hyphenated (*hyl) and closed (*cll); -1 on out of memory. */
static int forms(const char *left, size_t ln, const char *right, char **hyl, char **cll) {
    size_t ws = word_start(left, ln - 1);
    size_t rl = word_len(right);
    *hyl = joined_lower(left + ws, ln - 1 - ws, right, rl, 1);
    *cll = joined_lower(left + ws, ln - 1 - ws, right, rl, 0);
    if (*hyl && *cll)
        return 0;
    free(*hyl);
    free(*cll);
    return -1;
}

/* 1 keep the hyphen, 0 drop it, -1 leave the line break alone. */
static int decide(const wordset *w, const char *left, size_t ln, const char *right, int *oom) {
    int digit;
    if (!letter_before_hyphen(left, ln, &digit))
        return -1;
    size_t l;
    int cp = jfyp_utf8_decode(right, &l);
    utf8proc_category_t c = utf8proc_category(cp);
    if (digit)
        return c == UTF8PROC_CATEGORY_ND ? 1 : -1;
    int upper = c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_ND;
    if (!upper && c != UTF8PROC_CATEGORY_LL)
        return -1;
    /* an address followed by a column's gap is set beside the word in
     * another column ("anti-" over "name@host.org      microbial"), no
     * second half of it ("gb-" over "admin@host.org or" is) */
    size_t tl = strcspn(right, " \t");
    if (strcspn(right, "@ \t") < tl && right[tl] && strspn(right + tl, " \t") >= 2)
        return -1;
    char *hyl, *cll;
    if (forms(left, ln, right, &hyl, &cll) < 0) {
        *oom = 1;
        return 0;
    }
    int keep;
    if (upper) /* "micro-" / "RNAs" is "microRNAs" where the page prints it so */
        keep = !(set_has(w, cll) && !set_has(w, hyl));
    else
        keep = set_has(w, hyl) && !set_has(w, cll);
    free(hyl);
    free(cll);
    return keep;
}

static int text_then_break(const jfy_node *n) {
    return n && n->type == JFY_N_TEXT && n->text && n->next && n->next->type == JFY_N_SOFTBREAK &&
           n->next->next && n->next->next->type == JFY_N_TEXT && n->next->next->text;
}

/* Whether the line end after text may be joined: a letter or digit and a
 * hyphen, or an en dash. */
static int may_join(const char *text) {
    size_t ln = strlen(text);
    int digit;
    return letter_before_hyphen(text, ln, &digit) ||
           (ln >= 3 && memcmp(text + ln - 3, "\xE2\x80\x93", 3) == 0);
}

/* The words the page will be asked about (every line that ends in a
 * letter and a hyphen before a line gives two) go into w, which then
 * marks; 1 when a line whose one word a join may lengthen asks (the
 * words asked about are not known before the joins: the caller fills w
 * with every word instead), -1 on out of memory. */
static int words_asked(const jfyp_rec *r, wordset *w) {
    for (jfy_node *n = r->doc->first; n; n = jfyp_node_next_in(r->doc, n)) {
        int digit;
        size_t ln;
        if (!text_then_break(n) || !letter_before_hyphen(n->text, ln = strlen(n->text), &digit) ||
            digit)
            continue;
        if (word_start(n->text, ln - 1) == 0 && n->prev && n->prev->type == JFY_N_SOFTBREAK &&
            text_then_break(n->prev->prev) && may_join(n->prev->prev->text))
            return 1;
        char *hyl, *cll;
        if (forms(n->text, ln, n->next->next->text, &hyl, &cll) < 0)
            return -1;
        size_t hn = strlen(hyl), cn = strlen(cll);
        /* forms are never empty, and the two open alike */
        w->first_len[(unsigned char)hyl[0] & 0x7F] |= (uint64_t)1 << (hn < 63 ? hn : 63) |
                                                     (uint64_t)1 << (cn < 63 ? cn : 63);
        w->first_last[(unsigned char)hyl[0] & 0x7F] |= (uint64_t)1 << (hyl[hn - 1] & 63) |
                                                      (uint64_t)1 << (cll[cn - 1] & 63);
        int rc = set_put(w, hyl, hn, hash(hyl, hn)) < 0 || set_put(w, cll, cn, hash(cll, cn)) < 0
                     ? -1
                     : 0;
        free(hyl);
        free(cll);
        if (rc < 0)
            return -1;
    }
    w->marking = 1;
    return 0;
}

/* Marks the page's hyphenated words: at each hyphen strchr finds, the run
 * of word characters around it, read by add_words from a copy (so that
 * its ends are the run's) as the walk over every word would read it. */
static int mark_hyphenated(const jfyp_rec *r, wordset *w) {
    for (jfy_node *n = r->doc->first; n; n = jfyp_node_next_in(r->doc, n)) {
        if (n->type != JFY_N_TEXT || !n->text)
            continue;
        const char *t = n->text;
        for (const char *h = strchr(t, '-'); h; h = strchr(h, '-')) {
            size_t from = word_start(t, (size_t)(h - t)), l;
            while (*h && is_wordchar(jfyp_utf8_decode(h, &l)))
                h += l;
            char *run = jfyp_strndup(t + from, (size_t)(h - t) - from);
            int rc = run ? add_words(w, run) : -1;
            free(run);
            if (rc < 0)
                return -1;
        }
    }
    return 0;
}

/* Whether some join's decision (decide) reads the mark of a closed form:
 * a line going on in lower case where the page prints the hyphenated
 * form, or in a capital or a digit where it does not. Else the page's
 * other words need not be read: most pages (bench/instructions). 1 on
 * out of memory too (*oom set). */
static int closed_forms_read(const jfyp_rec *r, const wordset *w, int *oom) {
    for (jfy_node *n = r->doc->first; n; n = jfyp_node_next_in(r->doc, n)) {
        int digit;
        size_t ln, l;
        if (!text_then_break(n) || !letter_before_hyphen(n->text, ln = strlen(n->text), &digit) ||
            digit)
            continue;
        const char *right = n->next->next->text;
        utf8proc_category_t c = utf8proc_category(jfyp_utf8_decode(right, &l));
        int upper = c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_ND;
        if (!upper && c != UTF8PROC_CATEGORY_LL)
            continue;
        char *hyl, *cll;
        if (forms(n->text, ln, right, &hyl, &cll) < 0) {
            *oom = 1;
            return 1;
        }
        int printed = set_has(w, hyl);
        free(hyl);
        free(cll);
        if (upper ? !printed : printed)
            return 1;
    }
    return 0;
}

/* Words that follow a hyphen the author left open on purpose: the first
 * half of a pair sharing its second ("pre- and post-operative", "low- or
 * high-dose", "mono- to trivalent"). */
static int suspends(const char *w, size_t n) {
    static const char *const glue[] = {"and", "or", "nor", "to", "as", "but", "than",
                                       "versus", "vs", "through", "until", "till"};
    for (size_t i = 0; i < sizeof glue / sizeof *glue; i++)
        if (strlen(glue[i]) == n && memcmp(glue[i], w, n) == 0)
            return 1;
    return 0;
}

static int is_lower(char c) { return c >= 'a' && c <= 'z'; }
static int is_alpha(char c) { return is_lower(c) || (c >= 'A' && c <= 'Z'); }

/* Whether p, in text opening at s, is a hyphen with one space after it and
 * a lower-case word that is no conjunction ("non- human"), given the byte
 * before it, b. */
static int open_hyphen(const char *p, char b) {
    if (p[0] != '-' || p[1] != ' ' || !is_lower(p[2]) || !is_alpha(b))
        return 0;
    size_t wl = 0;
    while (is_alpha(p[2 + wl]))
        wl++;
    return !suspends(p + 2, wl);
}

/* Some extractors (MuPDF) put a space after every hard hyphen a line
 * holds ("a non- human host", "higher- resolution"), so that such a page
 * prints more compounds open than closed ("well-known"). On that page
 * each is closed again; elsewhere an open hyphen is the author's own
 * ("Control- untransformed tissue" in a legend) and stays. A line end is
 * no part of this (the joins below read it). Two passes, in place. */
static void close_open_hyphens(jfyp_rec *r) {
    size_t open = 0, closed = 0;
    for (jfy_node *n = r->doc->first; n; n = jfyp_node_next_in(r->doc, n)) {
        if (n->type != JFY_N_TEXT || !n->text)
            continue;
        /* strchr reads many bytes a test: a line's hyphens are few, and
         * this was a byte walk of the whole page (bench/instructions) */
        for (const char *p = n->text; *p && (p = strchr(p + 1, '-'));) {
            open += open_hyphen(p, p[-1]);
            closed += is_alpha(p[-1]) && is_lower(p[1]);
        }
    }
    if (open <= closed)
        return;
    for (jfy_node *n = r->doc->first; n; n = jfyp_node_next_in(r->doc, n)) {
        if (n->type != JFY_N_TEXT || !n->text || !strstr(n->text, "- "))
            continue;
        char *o = n->text;
        int changed = 0;
        char before = ' '; /* the text is closed up behind p: p[-1] may be gone */
        for (const char *p = n->text; *p; p++) {
            char b = before;
            *o++ = before = *p;
            if (open_hyphen(p, b)) {
                p++; /* the space goes */
                changed = 1;
            }
        }
        *o = '\0';
        if (changed)
            jfyp_node_changed(n);
    }
}

int jfyp_recognize_dehyphenate(jfyp_rec *r) {
    wordset w = {0};
    close_open_hyphens(r);
    jfyp_buf_init(&w.pool);
    int rc = -1, oom = 0;
    int all = words_asked(r, &w);
    if (all < 0)
        goto out;
    if (all) {
        set_free(&w);
        w = (wordset){0};
    }
    /* The hyphenated forms asked about are marked first (each holds a
     * hyphen); every word of the page is read only when a closed form's
     * mark decides a join, or when the set holds every word. */
    int read_all = all;
    if (!all && w.len) {
        if (mark_hyphenated(r, &w) < 0)
            goto out;
        read_all = closed_forms_read(r, &w, &oom);
        if (oom)
            goto out;
    }
    if (read_all)
        for (jfy_node *n = r->doc->first; n; n = jfyp_node_next_in(r->doc, n))
            if (n->type == JFY_N_TEXT && n->text && add_words(&w, n->text) < 0)
                goto out;
    /* The word's first part moves to the next line's text node; the break
     * between them goes. Each join copies one line, never the paragraph. */
    for (jfy_node *n = r->doc->first; n;) {
        if (n->type == JFY_N_TEXT && n->text && n->next && n->next->type == JFY_N_SOFTBREAK &&
            n->next->next && n->next->next->type == JFY_N_TEXT && n->next->next->text) {
            jfy_node *brk = n->next, *rt = brk->next;
            size_t ln = strlen(n->text);
            /* a range broken after its en dash: the dash stays, no space */
            int dash = ln >= 4 && memcmp(n->text + ln - 3, "\xE2\x80\x93", 3) == 0 &&
                       n->text[ln - 4] >= '0' && n->text[ln - 4] <= '9' && rt->text[0] >= '0' &&
                       rt->text[0] <= '9';
            int keep = dash ? 1 : decide(&w, n->text, ln, rt->text, &oom);
            if (oom)
                goto out;
            if (keep >= 0) {
                size_t ws = word_start(n->text, ln - (dash ? 3 : 1));
                char *t = jfyp_printf("%.*s%s", (int)(keep ? ln - ws : ln - 1 - ws),
                                      n->text + ws, rt->text);
                if (!t)
                    goto out;
                jfyp_node_take_text(rt, t);
                rt->line = n->end_line;
                rt->col = n->end_col > (int)(ln - ws) ? n->end_col - (int)(ln - ws) + 1 : 1;
                jfyp_node_free(brk);
                if (ws == 0) {
                    rt->line = n->line;
                    rt->col = n->col;
                    jfyp_node_free(n);
                } else {
                    n->text[ws] = '\0';
                    jfyp_node_changed(n);
                }
                n = rt;
                continue;
            }
        }
        n = jfyp_node_next_in(r->doc, n);
    }
    rc = 0;
out:
    set_free(&w);
    return rc;
}
