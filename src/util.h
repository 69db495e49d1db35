/* util.h - small helpers shared by the stages: a growable buffer, string
 * utilities and the diagnostics list. Internal; not installed. */
#ifndef JFY_UTIL_H
#define JFY_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "jatsify.h"

char *jfyp_strdup(const char *s);
/* Inline: recognizers copy some 800 strings a page. */
static inline char *jfyp_strndup(const char *s, size_t n) {
    char *r = malloc(n + 1);
    if (!r)
        return NULL;
    memcpy(r, s, n);
    r[n] = '\0';
    return r;
}
/* malloc'd printf; NULL on out of memory. */
char *jfyp_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A growable byte buffer. On allocation failure it latches an error flag and
 * ignores further writes, so callers check once, at finish. */
typedef struct {
    char *data;
    size_t len, cap;
    int failed;
} jfyp_buf;

static inline void jfyp_buf_init(jfyp_buf *b) { *b = (jfyp_buf){0}; }
/* jfyp_buf_put when the buffer has to grow (or has failed). */
void jfyp_buf_put_grow(jfyp_buf *b, const char *s, size_t n);
/* Inline where the bytes fit, as most do: the call was a third of the
 * cost of the seventy thousand puts of a batch (bench/instructions). */
static inline void jfyp_buf_put(jfyp_buf *b, const char *s, size_t n) {
    if (!b->failed && b->len + n + 1 <= b->cap) {
        memcpy(b->data + b->len, s, n);
        b->len += n;
        b->data[b->len] = '\0';
        return;
    }
    jfyp_buf_put_grow(b, s, n);
}
static inline void jfyp_buf_puts(jfyp_buf *b, const char *s) { jfyp_buf_put(b, s, strlen(s)); }
/* Inline: text is built a character at a time in places (page lines,
 * heading keys), hundreds of thousands of calls a page. */
static inline void jfyp_buf_putc(jfyp_buf *b, char c) {
    if (!b->failed && b->len + 2 <= b->cap) {
        b->data[b->len++] = c;
        b->data[b->len] = '\0';
        return;
    }
    jfyp_buf_put(b, &c, 1);
}
/* Appends n copies of c. */
void jfyp_buf_fill(jfyp_buf *b, char c, size_t n);
/* Room for n more bytes and a terminator after the data, for the caller
 * to write and then count in len: where they start, NULL on OOM. */
char *jfyp_buf_room(jfyp_buf *b, size_t n);
/* Returns the NUL-terminated data (ownership passes to the caller) or NULL
 * when an allocation failed; the buffer is left empty either way. */
char *jfyp_buf_finish(jfyp_buf *b);
void jfyp_buf_free(jfyp_buf *b);

/* ASCII-only helpers: the page's structure words are ASCII. */
/* Inline: a line is compared with lists of names, and most comparisons
 * end at the first byte, where the call cost more than the test
 * (bench/instructions). */
static inline int jfyp_strieq(const char *a, const char *b) {
    for (;; a++, b++) {
        unsigned char x = (unsigned char)*a, y = (unsigned char)*b;
        /* equal, or the same ASCII letter in the other case */
        if (x != y && ((x | 0x20) != (y | 0x20) || (unsigned)((x | 0x20) - 'a') > 25))
            return 0;
        if (!x)
            return 1;
    }
}
/* Inline: callers try it at every position of a line, and most tries fail
 * on the first byte. */
static inline int jfyp_strnieq(const char *a, const char *b, size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        /* equal, or the same ASCII letter in the other case */
        if (x != y && ((x | 0x20) != (y | 0x20) || (unsigned)((x | 0x20) - 'a') > 25))
            return 0;
        if (!x)
            return 1;
    }
    return 1;
}
const char *jfyp_stristr(const char *hay, const char *needle);
/* Whether the text holds a licence's words cut from their statement
 * ("Commons Attribution License", "... is licensed under a") or a running
 * head's page count: the page's furniture, never a heading. */
int jfyp_furniture_words(const char *t);
/* Trims ASCII and Unicode spaces (NBSP, thin spaces) in place; returns s. */
char *jfyp_trim(char *s);
/* Collapses runs of white space to one space and drops it at both ends,
 * in place (jfyp_trim as well: trimming before or after adds nothing);
 * returns s. */
char *jfyp_squeeze(char *s);

/* Words of s parted by spaces. */
int jfyp_count_words(const char *s);
/* Sorts v[0..n) ascending. */
void jfyp_sort_sizes(size_t *v, size_t n);
/* Appends x to the growable array *v of *len items in *cap slots; -1 when
 * it cannot grow (then *v is unchanged and still the caller's to free). */
int jfyp_sizes_push(size_t **v, size_t *len, size_t *cap, size_t x);
int jfyp_is_space_at(const char *s, size_t *len);
/* The byte length of the white space character at s (ASCII, NBSP, the
 * U+2000 spaces, U+202F, U+205F, U+3000, U+FEFF), 0 if s is not at one. */
static inline size_t jfyp_space_len(const char *s) {
    const unsigned char *u = (const unsigned char *)s;
    unsigned c = u[0];
    if (c < 0x80)
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (c == 0xC2)
        return u[1] == 0xA0 ? 2 : 0;
    if (c == 0xE2) {
        if (u[1] == 0x80)
            return (u[2] >= 0x80 && u[2] <= 0x8B) || u[2] == 0xAF ? 3 : 0;
        return u[1] == 0x81 && u[2] == 0x9F ? 3 : 0;
    }
    if (c == 0xE3)
        return u[1] == 0x80 && u[2] == 0x80 ? 3 : 0;
    if (c == 0xEF)
        return u[1] == 0xBB && u[2] == 0xBF ? 3 : 0;
    return 0;
}

/* The byte length of a space within a line at s: ' ', no-break, the
 * typographic spaces (U+2000 to U+200A) and the narrow no-break space, as
 * PDF text sets between a label and its text ("Fig. 1\u2002Venn",
 * "1\u202F|\u202FIntroduction"); 0 when none. */
static inline size_t jfyp_typeset_space_len(const char *s) {
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] == ' ')
        return 1;
    if (u[0] == 0xC2 && u[1] == 0xA0)
        return 2;
    if (u[0] == 0xE2 && u[1] == 0x80 && ((u[2] >= 0x80 && u[2] <= 0x8A) || u[2] == 0xAF))
        return 3;
    return 0;
}

/* Decodes one UTF-8 code point at s (valid UTF-8 assumed); *len gets its
 * byte length. Inline for ASCII, which most text is and which callers
 * decode byte by byte; jfyp_utf8_decode_multi does the rest. */
int jfyp_utf8_decode_multi(const char *s, size_t *len);
static inline int jfyp_utf8_decode(const char *s, size_t *len) {
    if ((unsigned char)s[0] < 0x80) {
        *len = 1;
        return (unsigned char)s[0];
    }
    return jfyp_utf8_decode_multi(s, len);
}
/* Appends code point cp as UTF-8. */
void jfyp_buf_put_cp(jfyp_buf *b, int cp);
/* Unicode-aware case mapping of a whole string (utf8proc), malloc'd. */
char *jfyp_utf8_lower(const char *s);
/* Counts letters and how many of them are upper case. */
void jfyp_utf8_case_counts(const char *s, int *letters, int *upper);
/* Bits set in a 16-bit mask (an SSE2 byte mask). Without -mpopcnt
 * __builtin_popcount is a call into libgcc (about twenty instructions plus
 * the call), and these masks are counted once for every sixteen bytes of
 * text. */
extern const unsigned char jfyp_pop8[256];
static inline int jfyp_pop16(unsigned x) {
#ifdef __POPCNT__
    return __builtin_popcount(x);
#else
    /* two lookups: half the instructions of the bit-twiddled count */
    return jfyp_pop8[x & 0xFFu] + jfyp_pop8[(x >> 8) & 0xFFu];
#endif
}
/* Code points in s[0..len). */
size_t jfyp_utf8_count(const char *s, size_t len);
/* "MCCARTHY" -> "Mccarthy", "SETON-ROGERS" -> "Seton-Rogers": first letter
 * of each word part (after space, hyphen, apostrophe) upper, rest lower. */
char *jfyp_titlecase(const char *s);

/* The diagnostics list of a document. */
typedef struct {
    jfy_diag *items;
    size_t len, cap;
} jfyp_diags;

void jfyp_diags_add(jfyp_diags *d, jfy_level level, int line, int col,
                    const char *rule, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
void jfyp_diags_free(jfyp_diags *d);

void jfyp_error_set(jfy_error *err, jfy_code code, const char *source,
                    int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

#endif
