#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

char *jfyp_strdup(const char *s) { return s ? jfyp_strndup(s, strlen(s)) : NULL; }

/* Formatted once into a buffer on the stack, which holds nearly every
 * result (labels, ids, links), and copied out; only a longer one is
 * formatted a second time, into its own allocation. */
static char *vprintf_alloc(const char *fmt, va_list ap) {
    char tmp[256];
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        return NULL;
    char *r = malloc((size_t)n + 1);
    if (r && (size_t)n < sizeof tmp)
        memcpy(r, tmp, (size_t)n + 1);
    else if (r)
        vsnprintf(r, (size_t)n + 1, fmt, ap);
    return r;
}

char *jfyp_printf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *r = vprintf_alloc(fmt, ap);
    va_end(ap);
    return r;
}

/* Room for n more bytes and the terminator; 0, or -1 (b->failed) on OOM. */
static int buf_room(jfyp_buf *b, size_t n) {
    if (b->failed)
        return -1;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 512;
        /* fourfold while small: a page's growing texts were copied half
         * again by each doubling (bench/instructions); twofold past 64 KB
         * keeps the slack of the large ones at most their size */
        while (cap < b->len + n + 1)
            cap *= cap < 65536 ? 4 : 2;
        /* malloc for a new buffer: realloc's own test of NULL was paid by
         * every buffer (bench/instructions) */
        char *d = b->data ? realloc(b->data, cap) : malloc(cap);
        if (!d) {
            b->failed = 1;
            return -1;
        }
        b->data = d;
        b->cap = cap;
    }
    return 0;
}

void jfyp_buf_put_grow(jfyp_buf *b, const char *s, size_t n) {
    if (buf_room(b, n) < 0)
        return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

char *jfyp_buf_room(jfyp_buf *b, size_t n) {
    return buf_room(b, n) < 0 ? NULL : b->data + b->len;
}

void jfyp_buf_fill(jfyp_buf *b, char c, size_t n) {
    if ((b->failed || b->len + n + 1 > b->cap) && buf_room(b, n) < 0)
        return;
    memset(b->data + b->len, c, n);
    b->len += n;
    b->data[b->len] = '\0';
}


char *jfyp_buf_finish(jfyp_buf *b) {
    char *r = NULL;
    if (!b->failed)
        r = b->data ? b->data : jfyp_strdup("");
    else
        free(b->data);
    jfyp_buf_init(b);
    return r;
}

void jfyp_buf_free(jfyp_buf *b) {
    free(b->data);
    jfyp_buf_init(b);
}

static int lc(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }



/* The needle's first byte, in either case, is found by strpbrk (which reads
 * many bytes at a time); strnieq runs only there. Recognizers search every
 * line for dozens of words (bench/instructions). */
const char *jfyp_stristr(const char *hay, const char *needle) {
    size_t n = strlen(needle);
    if (n == 0)
        return *hay ? hay : NULL;
    const char *p = hay;
#ifdef __SSE2__
    /* Sixteen positions at a time: only those whose bytes match the
     * needle's first and last, with 0x20 set in all (so either case of a
     * letter), are compared; a first letter alone stopped the search every
     * few bytes (bench/instructions: recognizers look for words in every
     * line). */
    if (n >= 2) {
        const char *end = hay + strlen(hay);
        const __m128i fold = _mm_set1_epi8(0x20);
        const __m128i first = _mm_set1_epi8((char)(needle[0] | 0x20));
        const __m128i last = _mm_set1_epi8((char)(needle[n - 1] | 0x20));
        while ((size_t)(end - p) >= n - 1 + 16) {
            __m128i a = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)p), fold);
            __m128i b = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(p + n - 1)), fold);
            unsigned bits = (unsigned)_mm_movemask_epi8(
                _mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, last)));
            for (; bits; bits &= bits - 1) {
                unsigned i = (unsigned)__builtin_ctz(bits);
                if (jfyp_strnieq(p + i, needle, n))
                    return p + i;
            }
            p += 16;
        }
        /* The last start positions, fewer than sixteen: one more block,
         * ending where the last match could start, with the positions
         * before p (tried already) masked off; the byte loop below is
         * left for texts too short for a block. */
        if (p > hay) {
            if (end - p < (ptrdiff_t)n)
                return NULL;
            const char *q = end - (n - 1) - 16;
            __m128i a = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)q), fold);
            __m128i b = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(q + n - 1)), fold);
            unsigned bits = (unsigned)_mm_movemask_epi8(
                                _mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, last))) &
                            (0xFFFFu << (unsigned)(p - q));
            for (; bits; bits &= bits - 1) {
                unsigned i = (unsigned)__builtin_ctz(bits);
                if (jfyp_strnieq(q + i, needle, n))
                    return q + i;
            }
            return NULL;
        }
    }
#endif
    int c0 = lc((unsigned char)needle[0]);
    char first[3] = {(char)c0, (char)(c0 >= 'a' && c0 <= 'z' ? c0 - 32 : 0), 0};
    for (; (p = strpbrk(p, first)); p++)
        if (jfyp_strnieq(p + 1, needle + 1, n - 1))
            return p;
    return NULL;
}

/* Whether the text holds a page count ("Page 2 of 3"), a running head's. */
static int page_of_pages(const char *t) {
    for (const char *p = jfyp_stristr(t, "page "); p; p = jfyp_stristr(p + 5, "page ")) {
        const char *q = p + 5;
        size_t d = strspn(q, "0123456789");
        if (d && (p == t || p[-1] == ' ') && jfyp_strnieq(q + d, " of ", 4) &&
            q[d + 4] >= '0' && q[d + 4] <= '9')
            return 1;
    }
    return 0;
}

int jfyp_furniture_words(const char *t) {
    return jfyp_stristr(t, "commons attribution") || jfyp_stristr(t, "licensed under") || page_of_pages(t);
}

int jfyp_is_space_at(const char *s, size_t *len) {
    size_t l = jfyp_space_len(s);
    if (l)
        *len = l;
    return l != 0;
}

static int ascii_space(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

char *jfyp_trim(char *s) {
    size_t l;
    char *p = s;
    while ((l = jfyp_space_len(p)))
        p += l;
    size_t n = strlen(p);
    if (p != s)
        memmove(s, p, n + 1);
    /* Trailing ASCII spaces come off from the back; when the byte before them
     * is not ASCII, a UTF-8 space may end there, which only a forward walk
     * recognizes reliably. */
    char *end = s + n;
    while (end > s && ascii_space((unsigned char)end[-1]))
        end--;
    if (end > s && (unsigned char)end[-1] >= 0x80) {
        end = s;
        for (p = s; *p;) {
            unsigned char c = (unsigned char)*p;
            if (c < 0x80) {
                p++;
                if (!ascii_space(c))
                    end = p;
            } else if ((l = jfyp_space_len(p))) {
                p += l;
            } else {
                utf8proc_int32_t cp;
                utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)p, -1, &cp);
                p += k > 0 ? k : 1;
                end = p;
            }
        }
    }
    *end = '\0';
    return s;
}

/* Bytes where squeezing has to look closer: the end, ASCII white space and
 * the lead bytes of the multi-byte spaces jfyp_space_len knows. Every other
 * byte is copied or skipped without a test of its own: squeeze runs over
 * every line of every paragraph several times (bench/instructions). */
static const unsigned char squeeze_stop[256] = {
    [0] = 1, ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1,
    [0xC2] = 1, [0xE2] = 1, [0xE3] = 1, [0xEF] = 1,
};

#ifdef __SSE2__
/* The bytes of v that are squeeze_stop's, a bit each: up to ' ' (the ASCII
 * white space, the end), and the lead bytes of the multi-byte spaces. */
static inline unsigned stop_mask(__m128i v, __m128i blank) {
    unsigned stops = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_max_epu8(v, blank), blank));
    /* an ASCII block, as most are, holds no lead byte: its sign bits tell
     * in one step what the four compares would */
    if (!_mm_movemask_epi8(v))
        return stops;
    __m128i lead = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xC2)),
                                             _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE2))),
                                _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE3)),
                                             _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xEF))));
    return stops | (unsigned)_mm_movemask_epi8(lead);
}
#endif

/* Past the 16-byte blocks from p on (the byte before p not a space) that
 * squeezing leaves as they are: no stop byte but single ' ', none of them
 * last in a block before a stop byte. Sixteen bytes a test where SSE2 is
 * there: most of squeezing's time was this skipping (bench/instructions). */
static const unsigned char *skip_plain_blocks(const unsigned char *s, const unsigned char *p,
                                              const unsigned char *end) {
#ifdef __SSE2__
    const __m128i blank = _mm_set1_epi8(' ');
    while (end - p > 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
        unsigned stops = stop_mask(v, blank);
        unsigned spaces = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, blank));
        if (stops != spaces || (spaces & (spaces >> 1)) || ((spaces & 0x8000) && squeeze_stop[p[16]]))
            break;
        p += 16;
    }
    /* The last bytes, sixteen or fewer: one more block ending at the end,
     * the bytes before p masked off; past it when none needs a closer look
     * (a stop byte other than ' ', a ' ' before a stop byte or the end),
     * else at the first that does. The byte walk of every text's tail was
     * a third of squeezing (bench/instructions). */
    if (end - p <= 16 && end - s >= 16) {
        const unsigned char *q = end - 16;
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)q);
        unsigned stops = stop_mask(v, blank);
        unsigned spaces = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, blank));
        unsigned look = ((stops & ~spaces) | (spaces & ((stops >> 1) | 0x8000u))) &
                        (0xFFFFu << (unsigned)(p - q));
        return look ? q + __builtin_ctz(look) : end;
    }
#else
    (void)s;
    (void)end;
#endif
    return p;
}

char *jfyp_squeeze(char *s) {
    /* The text up to the first space that changes (any but a single ' '
     * between two non-spaces) stays as it is: skipped without writing. */
    const unsigned char *p = (const unsigned char *)s, *end = p + strlen(s);
    if (!squeeze_stop[*p])
        p++; /* past a first byte that is no space: the blocks start after it */
    for (;;) {
        if (p != (const unsigned char *)s)
            p = skip_plain_blocks((const unsigned char *)s, p, end);
        while (!squeeze_stop[*p])
            p++;
        unsigned char c = *p;
        if (!c)
            return s;
        if (c == ' ') {
            if (p == (const unsigned char *)s || !p[1] ||
                (squeeze_stop[p[1]] && jfyp_space_len((const char *)p + 1)))
                break;
            p += 2;
            continue;
        }
        if (jfyp_space_len((const char *)p))
            break;
        p++;
    }
    char *w = (char *)p;
    const char *q = (const char *)p;
    int in_space = 0;
    for (;;) {
        unsigned char c = (unsigned char)*q;
        if (squeeze_stop[c]) {
            if (!c)
                break;
            size_t l = jfyp_space_len(q);
            if (l) {
                q += l;
                in_space = 1;
                continue;
            }
        }
        if (in_space && w != s)
            *w++ = ' ';
        in_space = 0;
        *w++ = *q++;
    }
    *w = '\0';
    return s;
}

/* Bits set in each byte value, for jfyp_pop16. */
const unsigned char jfyp_pop8[256] = {
    0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4, 1, 2, 2, 3, 2, 3, 3, 4, 2, 3, 3, 4, 3, 4, 4, 5,
    1, 2, 2, 3, 2, 3, 3, 4, 2, 3, 3, 4, 3, 4, 4, 5, 2, 3, 3, 4, 3, 4, 4, 5, 3, 4, 4, 5, 4, 5, 5, 6,
    1, 2, 2, 3, 2, 3, 3, 4, 2, 3, 3, 4, 3, 4, 4, 5, 2, 3, 3, 4, 3, 4, 4, 5, 3, 4, 4, 5, 4, 5, 5, 6,
    2, 3, 3, 4, 3, 4, 4, 5, 3, 4, 4, 5, 4, 5, 5, 6, 3, 4, 4, 5, 4, 5, 5, 6, 4, 5, 5, 6, 5, 6, 6, 7,
    1, 2, 2, 3, 2, 3, 3, 4, 2, 3, 3, 4, 3, 4, 4, 5, 2, 3, 3, 4, 3, 4, 4, 5, 3, 4, 4, 5, 4, 5, 5, 6,
    2, 3, 3, 4, 3, 4, 4, 5, 3, 4, 4, 5, 4, 5, 5, 6, 3, 4, 4, 5, 4, 5, 5, 6, 4, 5, 5, 6, 5, 6, 6, 7,
    2, 3, 3, 4, 3, 4, 4, 5, 3, 4, 4, 5, 4, 5, 5, 6, 3, 4, 4, 5, 4, 5, 5, 6, 4, 5, 5, 6, 5, 6, 6, 7,
    3, 4, 4, 5, 4, 5, 5, 6, 4, 5, 5, 6, 5, 6, 6, 7, 4, 5, 5, 6, 5, 6, 6, 7, 5, 6, 6, 7, 6, 7, 7, 8,
};

int jfyp_utf8_decode_multi(const char *s, size_t *len) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s, -1, &cp);
    if (k <= 0) {
        *len = 1;
        return (unsigned char)s[0];
    }
    *len = (size_t)k;
    return cp;
}

void jfyp_buf_put_cp(jfyp_buf *b, int cp) {
    if (cp >= 0 && cp < 0x80) {
        jfyp_buf_putc(b, (char)cp);
        return;
    }
    utf8proc_uint8_t tmp[4];
    utf8proc_ssize_t k = utf8proc_encode_char(cp, tmp);
    jfyp_buf_put(b, (const char *)tmp, (size_t)k);
}

char *jfyp_utf8_lower(const char *s) {
    /* ASCII, as nearly every text asked about is (heading keys, names),
     * lowered straight into an allocation of its own length: the growable
     * buffer's first 512 bytes were most of a short key's cost
     * (bench/instructions). A non-ASCII text goes on from its first such
     * byte in the same allocation, grown as the buffer grows. */
    size_t n = strlen(s), i = 0;
    char *r = malloc(n + 1);
    if (!r)
        return NULL;
#ifdef __SSE2__
    /* Sixteen ASCII bytes lowered at a time: 0x20 added where a byte is
     * 'A' to 'Z' (signed compares hold below 0x80). */
    for (__m128i v; i + 16 <= n && !_mm_movemask_epi8(v = _mm_loadu_si128((const __m128i *)(const void *)(s + i)));
         i += 16) {
        __m128i up = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                                   _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
        _mm_storeu_si128((__m128i *)(void *)(r + i), _mm_add_epi8(v, _mm_and_si128(up, _mm_set1_epi8(0x20))));
    }
#endif
    for (; (unsigned char)s[i] - 1u < 0x7Fu; i++)
        r[i] = (char)lc((unsigned char)s[i]);
    r[i] = '\0';
    if (i == n)
        return r;
    jfyp_buf b = {r, i, n + 1, 0};
    size_t l;
    for (const char *p = s + i; *p; p += l) {
        const char *q = p;
        while ((unsigned char)*q - 1u < 0x7Fu)
            q++;
        if (q > p) {
            size_t at = b.len;
            jfyp_buf_put(&b, p, (size_t)(q - p));
            if (!b.failed)
                for (char *c = b.data + at; *c; c++)
                    *c = (char)lc((unsigned char)*c);
            l = (size_t)(q - p);
            continue;
        }
        jfyp_buf_put_cp(&b, utf8proc_tolower(jfyp_utf8_decode(p, &l)));
    }
    return jfyp_buf_finish(&b);
}

/* The bytes less the continuation bytes (0x80 to 0xBF, below -64 as signed
 * bytes), sixteen at a time: every line of a page is measured. */
size_t jfyp_utf8_count(const char *s, size_t len) {
    size_t cont = 0, i = 0;
#ifdef __SSE2__
    for (; i + 16 <= len; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        cont += (size_t)jfyp_pop16((unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(-64))));
    }
    /* The last bytes, fewer than sixteen: one more block ending at len,
     * the bytes counted already shifted off; the byte walk was most of the
     * cost (bench/instructions). */
    if (i < len && len >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + len - 16));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(-64)));
        cont += (size_t)jfyp_pop16(m >> (16 - (len - i)));
        i = len;
    }
#endif
    for (; i < len; i++)
        cont += ((unsigned char)s[i] & 0xC0) == 0x80;
    return len - cont;
}

void jfyp_utf8_case_counts(const char *s, int *letters, int *upper) {
    *letters = *upper = 0;
    size_t l;
#ifdef __SSE2__
    const char *end = s + strlen(s);
#endif
    for (const char *p = s; *p; p += l) {
#ifdef __SSE2__
        /* Sixteen ASCII bytes at a time, counted by range tests (signed
         * compares hold: every byte is below 0x80). */
        __m128i v;
        if (end - p >= 16 && !_mm_movemask_epi8(v = _mm_loadu_si128((const __m128i *)(const void *)p))) {
            __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
            __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)),
                                           _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
            __m128i up = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                                       _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
            *letters += jfyp_pop16((unsigned)_mm_movemask_epi8(letter));
            *upper += jfyp_pop16((unsigned)_mm_movemask_epi8(up));
            l = 16;
            continue;
        }
#endif
        unsigned char c = (unsigned char)*p;
        if (c < 0x80) {
            l = 1;
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                (*letters)++;
                if (c <= 'Z')
                    (*upper)++;
            }
            continue;
        }
        int cp = jfyp_utf8_decode(p, &l);
        utf8proc_category_t cat = utf8proc_category(cp);
        if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LL ||
            cat == UTF8PROC_CATEGORY_LT || cat == UTF8PROC_CATEGORY_LO) {
            (*letters)++;
            if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT)
                (*upper)++;
        }
    }
}

char *jfyp_titlecase(const char *s) {
    jfyp_buf b;
    jfyp_buf_init(&b);
    size_t l;
    int start = 1;
    for (const char *p = s; *p; p += l) {
        int cp = jfyp_utf8_decode(p, &l);
        jfyp_buf_put_cp(&b, start ? utf8proc_toupper(cp) : utf8proc_tolower(cp));
        start = cp == ' ' || cp == '-' || cp == '\'' || cp == 0x2019 || cp == '.';
    }
    return jfyp_buf_finish(&b);
}

void jfyp_diags_add(jfyp_diags *d, jfy_level level, int line, int col,
                    const char *rule, const char *fmt, ...) {
    if (d->len == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 8;
        jfy_diag *items = realloc(d->items, cap * sizeof *items);
        if (!items)
            return; /* a lost diagnostic is better than a lost document */
        d->items = items;
        d->cap = cap;
    }
    va_list ap;
    va_start(ap, fmt);
    char *msg = vprintf_alloc(fmt, ap);
    va_end(ap);
    char *r = jfyp_strdup(rule);
    if (!msg || !r) {
        free(msg);
        free(r);
        return;
    }
    jfy_diag *g = &d->items[d->len++];
    g->level = level;
    g->line = line;
    g->column = col;
    g->rule = r;
    g->message = msg;
}

void jfyp_diags_free(jfyp_diags *d) {
    for (size_t i = 0; i < d->len; i++) {
        free((char *)d->items[i].rule);
        free((char *)d->items[i].message);
    }
    free(d->items);
    memset(d, 0, sizeof *d);
}

void jfyp_error_set(jfy_error *err, jfy_code code, const char *source, int line,
                    int col, const char *fmt, ...) {
    if (!err)
        return;
    err->code = code;
    err->line = line;
    err->column = col;
    snprintf(err->source, sizeof err->source, "%s", source ? source : "");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->text, sizeof err->text, fmt, ap);
    va_end(ap);
}

int jfyp_count_words(const char *s) {
    int n = 0, in = 0;
#ifdef __SSE2__
    /* Sixteen bytes a step: a word starts at a byte other than ' ' whose
     * byte before is ' ' (or the start). */
    size_t len = strlen(s), whole = len;
    unsigned space_before = 1;
    for (; len >= 16; s += 16, len -= 16) {
        unsigned sp = (unsigned)_mm_movemask_epi8(
            _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)s), _mm_set1_epi8(' ')));
        n += jfyp_pop16(~sp & ((sp << 1) | space_before) & 0xFFFFu);
        space_before = sp >> 15;
    }
    /* The last bytes, fewer than sixteen: one more block ending at the
     * end, only their starts counted (the byte before each is in the
     * block); the byte walk was half the cost (bench/instructions). */
    if (len && whole >= 16) {
        unsigned sp = (unsigned)_mm_movemask_epi8(
            _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + len - 16)), _mm_set1_epi8(' ')));
        return n + jfyp_pop16(~sp & (sp << 1) & (0xFFFFu << (16 - len)) & 0xFFFFu);
    }
    in = !space_before;
#endif
    for (; *s; s++) {
        if (*s == ' ')
            in = 0;
        else if (!in) {
            in = 1;
            n++;
        }
    }
    return n;
}

static int cmp_size(const void *a, const void *b) {
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return (x > y) - (x < y);
}

/* Line widths and lengths, sorted for a percentile: thousands of values a
 * page, all below a few hundred. Counted into place, where qsort's
 * comparison call a step cost a tenth of the recognizers sorting them
 * (bench/instructions); larger values go to qsort, as does a failed
 * allocation (same order). */
int jfyp_sizes_push(size_t **v, size_t *len, size_t *cap, size_t x) {
    if (*len == *cap) {
        size_t nc = *cap ? *cap * 2 : 256;
        size_t *nv = realloc(*v, nc * sizeof *nv);
        if (!nv)
            return -1;
        *v = nv;
        *cap = nc;
    }
    (*v)[(*len)++] = x;
    return 0;
}

void jfyp_sort_sizes(size_t *v, size_t n) {
    enum { COUNTED = 4096 };
    size_t max = 0;
    for (size_t i = 0; i < n; i++)
        if (v[i] > max)
            max = v[i];
    size_t *count = n > 1 && max < COUNTED ? calloc(max + 1, sizeof *count) : NULL;
    if (!count) {
        qsort(v, n, sizeof *v, cmp_size);
        return;
    }
    for (size_t i = 0; i < n; i++)
        count[v[i]]++;
    size_t k = 0;
    for (size_t x = 0; x <= max; x++)
        for (size_t c = count[x]; c; c--)
            v[k++] = x;
    free(count);
}
