#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

char *jfyp_strdup(const char *s) { return s ? jfyp_strndup(s, strlen(s)) : NULL; }

char *jfyp_strndup(const char *s, size_t n) {
    char *r = malloc(n + 1);
    if (!r)
        return NULL;
    memcpy(r, s, n);
    r[n] = '\0';
    return r;
}

static char *vprintf_alloc(const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        return NULL;
    char *r = malloc((size_t)n + 1);
    if (r)
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

void jfyp_buf_init(jfyp_buf *b) { memset(b, 0, sizeof *b); }

void jfyp_buf_put(jfyp_buf *b, const char *s, size_t n) {
    if (b->failed)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *d = realloc(b->data, cap);
        if (!d) {
            b->failed = 1;
            return;
        }
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void jfyp_buf_puts(jfyp_buf *b, const char *s) { jfyp_buf_put(b, s, strlen(s)); }
void jfyp_buf_putc(jfyp_buf *b, char c) { jfyp_buf_put(b, &c, 1); }

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

int jfyp_strieq(const char *a, const char *b) {
    while (*a && *b && lc((unsigned char)*a) == lc((unsigned char)*b))
        a++, b++;
    return *a == '\0' && *b == '\0';
}

int jfyp_strnieq(const char *a, const char *b, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (lc((unsigned char)a[i]) != lc((unsigned char)b[i]))
            return 0;
        if (!a[i])
            return 1;
    }
    return 1;
}

const char *jfyp_stristr(const char *hay, const char *needle) {
    size_t n = strlen(needle);
    for (; *hay; hay++)
        if (jfyp_strnieq(hay, needle, n))
            return hay;
    return NULL;
}

int jfyp_is_space_at(const char *s, size_t *len) {
    unsigned char c = (unsigned char)s[0];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        *len = 1;
        return 1;
    }
    if (c >= 0xC2) {
        size_t l;
        int cp = jfyp_utf8_decode(s, &l);
        if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F ||
            cp == 0x205F || cp == 0x3000 || cp == 0xFEFF) {
            *len = l;
            return 1;
        }
    }
    return 0;
}

char *jfyp_trim(char *s) {
    size_t l;
    char *p = s;
    while (*p && jfyp_is_space_at(p, &l))
        p += l;
    if (p != s)
        memmove(s, p, strlen(p) + 1);
    /* Find the end of the last non-space character walking forward, since
     * UTF-8 spaces cannot be recognized reliably from the back. */
    char *end = s;
    for (p = s; *p;) {
        if (jfyp_is_space_at(p, &l)) {
            p += l;
        } else {
            utf8proc_int32_t cp;
            utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)p, -1, &cp);
            p += k > 0 ? k : 1;
            end = p;
        }
    }
    *end = '\0';
    return s;
}

char *jfyp_squeeze(char *s) {
    char *w = s;
    int in_space = 0;
    size_t l;
    for (char *p = s; *p;) {
        if (jfyp_is_space_at(p, &l)) {
            p += l;
            in_space = 1;
            continue;
        }
        if (in_space && w != s)
            *w++ = ' ';
        in_space = 0;
        *w++ = *p++;
    }
    *w = '\0';
    return s;
}

int jfyp_utf8_decode(const char *s, size_t *len) {
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
    utf8proc_uint8_t tmp[4];
    utf8proc_ssize_t k = utf8proc_encode_char(cp, tmp);
    jfyp_buf_put(b, (const char *)tmp, (size_t)k);
}

char *jfyp_utf8_lower(const char *s) {
    jfyp_buf b;
    jfyp_buf_init(&b);
    size_t l;
    for (const char *p = s; *p; p += l)
        jfyp_buf_put_cp(&b, utf8proc_tolower(jfyp_utf8_decode(p, &l)));
    return jfyp_buf_finish(&b);
}

void jfyp_utf8_case_counts(const char *s, int *letters, int *upper) {
    *letters = *upper = 0;
    size_t l;
    for (const char *p = s; *p; p += l) {
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
