/* recognize_colophon.c - production notes a page prints in small type at
 * its foot: the printer line ("Printed in ... by ...", "Printed and bound
 * by ...") and image credits ("... images courtesy of ...", "Photo
 * credit: ..."). Each becomes front notes with a notes-type ("printer",
 * "image-credit"); JATS leaves notes-type open and no JATS4R
 * recommendation names these, so the values say plainly what the note is.
 *
 * Extraction often breaks such a line in two paragraphs ("Printed in X by
 * Y" / "on acid-free paper"): a short paragraph that continues an
 * unfinished one is joined back. */
#include "recognize.h"

#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <utf8proc.h>

#define MAX_NOTE 300
#define MAX_CONTINUATION 200

static int is_alnum(int cp) {
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
           (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}

/* Leading bullets and symbols. */
static const char *skip_decoration(const char *s) {
    size_t l;
    while (*s && !is_alnum(jfyp_utf8_decode(s, &l)))
        s += l;
    return s;
}

static int word_is(const char *s, const char *w) {
    size_t n = strlen(w);
    return jfyp_strnieq(s, w, n) && !((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= 'A' && s[n] <= 'Z'));
}

/* "Printed in", "Printed by", "Printed and bound in", "Printed on". */
static int is_printer_line(const char *s) {
    static const char *const next[] = {"in ", "by ", "and ", "on ", "at ", "for ", "& ", NULL};
    if (!word_is(s, "printed") || s[7] != ' ')
        return 0;
    for (int k = 0; next[k]; k++)
        if (jfyp_strnieq(s + 8, next[k], strlen(next[k])))
            return 1;
    return 0;
}

static int pic_initial(char c) {
    c = (char)(c | 0x20);
    return c == 'i' || c == 'p' || c == 'a';
}

/* "Photo credit:", "Image credits:", or a picture word followed closely by
 * "courtesy" ("Research Highlight images courtesy of ..."). */
static int is_image_credit(const char *s) {
    static const char *const pics[] = {"images", "image", "photographs", "photograph",
                                       "photos", "photo", "pictures", "picture",
                                       "illustrations", "illustration", "artwork", NULL};
    /* Every picture word starts with 'i', 'p' or 'a'; a word is compared
     * only with those that start with its letter. */
    for (int k = 0; pic_initial(*s) && pics[k]; k++)
        if ((*s | 0x20) == pics[k][0] && word_is(s, pics[k])) {
            const char *c = skip_decoration(s + strlen(pics[k]));
            if (word_is(c, "credit") || word_is(c, "credits"))
                return 1;
        }
    /* The picture word within the first few words, then "courtesy". */
    const char *p = s;
    for (int words = 0; *p && words < 6; words++) {
        for (int k = 0; pic_initial(*p) && pics[k]; k++)
            if ((*p | 0x20) == pics[k][0] && word_is(p, pics[k])) {
                const char *c = p + strlen(pics[k]);
                while (*c == ' ')
                    c++;
                if (word_is(c, "courtesy"))
                    return 1;
            }
        while (*p && *p != ' ')
            p++;
        while (*p == ' ')
            p++;
    }
    return 0;
}

static int ends_unfinished(const char *s) {
    size_t n = strlen(s);
    if (!n)
        return 0;
    char c = s[n - 1];
    return c != '.' && c != '!' && c != '?' && c != ':' && c != ';';
}

/* The last word of s is one a sentence cannot end on. */
static int ends_on_function_word(const char *s) {
    static const char *const fw[] = {"of", "by", "in", "on", "at", "for", "and", "with",
                                     "from", "the", "to", "&", "courtesy", NULL};
    const char *e = s + strlen(s), *b = e;
    while (b > s && b[-1] != ' ')
        b--;
    for (int k = 0; fw[k]; k++)
        if ((size_t)(e - b) == strlen(fw[k]) && jfyp_strnieq(b, fw[k], (size_t)(e - b)))
            return 1;
    return 0;
}

static char *plain_of(const jfy_node *n) {
    char *t = jfyp_node_plain(n);
    if (t)
        jfyp_squeeze(t);
    return t;
}

static const char *note_type(const char *s) {
    const char *b = skip_decoration(s);
    if (strlen(s) > MAX_NOTE)
        return NULL;
    if (is_printer_line(b))
        return "printer";
    if (is_image_credit(b))
        return "image-credit";
    return NULL;
}

/* Whether paragraph c continues the unfinished note text s. */
static int continues(const char *s, const jfy_node *c, int *oom) {
    *oom = 0;
    if (!c || c->type != JFY_N_PARAGRAPH || !ends_unfinished(s))
        return 0;
    char *t = plain_of(c);
    if (!t) {
        *oom = 1;
        return 0;
    }
    size_t l;
    int cp = *t ? jfyp_utf8_decode(t, &l) : 0;
    int lower = utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
    int ok = *t && strlen(t) <= MAX_CONTINUATION && (lower || ends_on_function_word(s)) &&
             !note_type(t);
    free(t);
    return ok;
}

/* Appends the inlines of c to p with a space between, joining the text
 * runs at the seam so later readers see one run. */
static int join_into(jfy_node *p, jfy_node *c) {
    jfy_node *last = p->last, *first = c->first;
    if (last && first && last->type == JFY_N_TEXT && first->type == JFY_N_TEXT) {
        char *t = jfyp_printf("%s %s", last->text ? last->text : "", first->text ? first->text : "");
        if (!t)
            return -1;
        jfyp_node_take_text(last, t);
        last->end_line = first->end_line;
        last->end_col = first->end_col;
        jfyp_node_free(first);
    } else {
        jfy_node *sp = jfyp_node_new_text(JFY_N_TEXT, " ");
        if (!sp)
            return -1;
        jfyp_node_append(p, sp);
    }
    jfyp_node_move_children(c, p);
    p->end_line = c->end_line;
    p->end_col = c->end_col;
    return 0;
}

static int line_break(const jfy_node *k) {
    return k->type == JFY_N_SOFTBREAK || k->type == JFY_N_LINEBREAK;
}

/* The plain text of one line of a paragraph: the inlines from n up to the
 * next line break, written into one allocation sized first (not a copy of
 * each inline's text). */
static char *line_from(const jfy_node *n) {
    size_t len = 0;
    for (const jfy_node *k = n; k && !line_break(k); k = k->next)
        len += jfyp_node_plain_len(k);
    char *t = malloc(len + 1), *w = t;
    if (!t)
        return NULL;
    for (; n && !line_break(n); n = n->next)
        w = jfyp_node_plain_at(n, w);
    *w = '\0';
    return jfyp_squeeze(t);
}

/* Whether the inlines from n to the paragraph's end are short enough for
 * notes (the line may begin a paragraph of prose). */
static int rest_is_short(const jfy_node *n) {
    size_t len = 0;
    for (; n; n = n->next) {
        char *t = jfyp_node_plain(n);
        len += t ? strlen(t) : 0;
        free(t);
    }
    return len <= MAX_NOTE;
}

/* Hard-wrapped text keeps the colophon's lines in one paragraph, after a
 * copyright line or an address ("Copyright (c) 2009 X / Printed in Y by
 * Z"). A line that starts a note, after a line that ended a sentence or a
 * short one, starts a paragraph of its own. Returns 1 when p was split. */
static int split_at_note(jfy_node *p, int *oom) {
    *oom = 0;
    char *prev = NULL;
    for (jfy_node *k = p->first; k; k = k->next) {
        int is_break = line_break(k);
        /* a line is read where it starts, not again from each of its inlines */
        if (!is_break && k != p->first)
            continue;
        char *line = line_from(is_break ? k->next : k);
        if (!line) {
            free(prev);
            *oom = 1;
            return 0;
        }
        if (is_break && prev && note_type(line) &&
            (strlen(prev) <= 60 || !ends_unfinished(prev)) && rest_is_short(k->next)) {
            free(line);
            free(prev);
            jfy_node *q = jfyp_node_new(JFY_N_PARAGRAPH);
            if (!q) {
                *oom = 1;
                return 0;
            }
            jfy_node *first = k->next;
            if (first)
                jfyp_node_span_from(q, first);
            q->end_line = p->end_line;
            q->end_col = p->end_col;
            p->end_line = k->line ? k->line : p->end_line;
            while (k->next)
                jfyp_node_append(q, k->next);
            jfyp_node_free(k);
            jfyp_node_insert_after(p, q);
            return 1;
        }
        free(prev);
        prev = line;
    }
    free(prev);
    return 0;
}

/* The words every note starts with or names its picture by. */
static const char *const note_words[] = {"printed", "image", "photo", "picture", "illustration", "artwork"};

/* Whether one of note_words starts at s (either case). */
static int note_word_at(const char *s) {
    for (size_t k = 0; k < sizeof note_words / sizeof *note_words; k++)
        if (jfyp_strnieq(s, note_words[k], strlen(note_words[k])))
            return 1;
    return 0;
}

/* Whether t holds one of note_words, in one pass: sixteen positions a test
 * where SSE2 is there, only those whose three bytes, 0x20 set in all (so
 * either case of a letter), open a word ("pri", "pho", "pic", "ima",
 * "ill", "art") compared; six searches of the whole text, one a word,
 * were most of this recognizer's time (bench/instructions). */
static int holds_note_word(const char *t) {
    const char *p = t, *end = t + strlen(t);
#ifdef __SSE2__
    const __m128i fold = _mm_set1_epi8(0x20);
    while (end - p >= 18) {
        __m128i a = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)p), fold);
        __m128i b = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(p + 1)), fold);
        __m128i c = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(p + 2)), fold);
#define EQ(v, ch) _mm_cmpeq_epi8(v, _mm_set1_epi8(ch))
#define AND(x, y) _mm_and_si128(x, y)
#define OR(x, y) _mm_or_si128(x, y)
        __m128i after_p = OR(OR(AND(EQ(b, 'r'), EQ(c, 'i')), AND(EQ(b, 'h'), EQ(c, 'o'))),
                             AND(EQ(b, 'i'), EQ(c, 'c')));
        __m128i after_i = OR(AND(EQ(b, 'm'), EQ(c, 'a')), AND(EQ(b, 'l'), EQ(c, 'l')));
        __m128i hit = OR(AND(EQ(a, 'p'), after_p),
                         OR(AND(EQ(a, 'i'), after_i), AND(EQ(a, 'a'), AND(EQ(b, 'r'), EQ(c, 't')))));
#undef EQ
#undef AND
#undef OR
        for (unsigned bits = (unsigned)_mm_movemask_epi8(hit); bits; bits &= bits - 1)
            if (note_word_at(p + __builtin_ctz(bits)))
                return 1;
        p += 16;
    }
#endif
    for (; p < end; p++) {
        unsigned char c = (unsigned char)*p | 0x20;
        if ((c == 'p' || c == 'i' || c == 'a') && note_word_at(p))
            return 1;
    }
    return 0;
}

/* Whether paragraph p holds a word every note starts with or names its
 * picture by ("Printed", "image", "photo", ...): most paragraphs hold
 * none, and are let go before each of their lines is read. Squeezing a
 * text only narrows its spaces, so a word in a line's text is in the
 * paragraph's. 1, 0, -1 on OOM. */
static int may_hold_note(const jfy_node *p) {
    char *t = jfyp_node_plain(p);
    if (!t)
        return -1;
    int found = holds_note_word(t);
    free(t);
    return found;
}

int jfyp_recognize_colophon(jfyp_rec *r) {
    jfy_node *n = jfyp_rec_first(r);
    while (n) {
        int may = n->type == JFY_N_PARAGRAPH ? may_hold_note(n) : 0;
        if (may < 0)
            return -1;
        if (!may) {
            n = jfyp_rec_next(r, n);
            continue;
        }
        int oom;
        split_at_note(n, &oom);
        if (oom)
            return -1;
        jfy_node *next = jfyp_rec_next(r, n);
        char *s = plain_of(n);
        if (!s)
            return -1;
        const char *type = note_type(s);
        if (!type) {
            free(s);
            n = next;
            continue;
        }
        jfy_node *notes = jfyp_node_new(JFY_N_NOTES);
        if (!notes || jfyp_node_set_attr(notes, "type", type) < 0) {
            jfyp_node_free(notes);
            free(s);
            return -1;
        }
        jfyp_node_append(r->front, notes);
        jfyp_node_append(notes, n);
        for (int k = 0; k < 3 && continues(s, next, &oom); k++) {
            jfy_node *c = next;
            next = jfyp_rec_next(r, c);
            if (join_into(n, c) < 0) {
                free(s);
                return -1;
            }
            jfyp_node_free(c);
            free(s);
            if (!(s = plain_of(n)))
                return -1;
        }
        free(s);
        if (oom)
            return -1;
        jfyp_node_span_from(notes, n);
        n = next;
    }
    return 0;
}
