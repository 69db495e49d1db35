/* front.c - reading the top of a page for the front-matter recognizers:
 * a block's text as printed, the lines that end the front matter, the
 * emails and institution words in a line. */
#include "front.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

static void render(jfyp_buf *b, const jfy_node *n) {
    for (const jfy_node *k = n->first; k; k = k->next) {
        switch (k->type) {
        case JFY_N_TEXT:
        case JFY_N_CODE:
            jfyp_buf_puts(b, k->text ? k->text : "");
            break;
        case JFY_N_SOFTBREAK:
        case JFY_N_LINEBREAK:
            jfyp_buf_putc(b, '\n');
            break;
        case JFY_N_EMPH:
            jfyp_buf_putc(b, '*');
            render(b, k);
            jfyp_buf_putc(b, '*');
            break;
        case JFY_N_STRONG:
            jfyp_buf_puts(b, "**");
            render(b, k);
            jfyp_buf_puts(b, "**");
            break;
        case JFY_N_SUP:
            jfyp_buf_putc(b, JFYP_SUP);
            render(b, k);
            jfyp_buf_putc(b, JFYP_SUP);
            break;
        case JFY_N_LINK: {
            const char *href = jfyp_node_attr(k, "href");
            if (k->first)
                render(b, k);
            else if (href)
                jfyp_buf_puts(b, strncmp(href, "mailto:", 7) == 0 ? href + 7 : href);
            break;
        }
        case JFY_N_IMAGE:
            break;
        default:
            if (k->text)
                jfyp_buf_puts(b, k->text);
            render(b, k);
            break;
        }
    }
}

static void render_block(jfyp_buf *b, const jfy_node *n) {
    if (n->type != JFY_N_LIST) {
        if (n->type == JFY_N_CODE_BLOCK && n->text)
            jfyp_buf_puts(b, n->text);
        render(b, n);
        return;
    }
    const char *st = jfyp_node_attr(n, "start");
    int ordered = jfyp_node_attr(n, "ordered") != NULL, num = st ? atoi(st) : 1;
    for (const jfy_node *it = n->first; it; it = it->next, num++) {
        if (it != n->first)
            jfyp_buf_putc(b, '\n');
        if (ordered) {
            char lab[16];
            snprintf(lab, sizeof lab, "%d ", num);
            jfyp_buf_puts(b, lab);
        } else {
            jfyp_buf_puts(b, "* ");
        }
        for (const jfy_node *p = it->first; p; p = p->next) {
            if (p != it->first)
                jfyp_buf_putc(b, '\n');
            render_block(b, p);
        }
    }
}

static int is_lower_at(const char *s) {
    size_t l;
    if (!*s)
        return 0;
    return utf8proc_category(jfyp_utf8_decode(s, &l)) == UTF8PROC_CATEGORY_LL;
}

/* Whether the token at s is an e-mail address followed by a column's gap:
 * a line of another column set beside a word hyphenated at the line end
 * ("anti-" over "name@host.org      microbial ...") is no second half of
 * that word, while an address broken at its own hyphen ("gb-" over
 * "admin@host.org or ...") runs on in its sentence. */
static int address_at(const char *s) {
    size_t tl = strcspn(s, " \t\n");
    return strcspn(s, "@ \t\n") < tl && strspn(s + tl, " \t") >= 2;
}

/* The code point that ends at p (exclusive), or 0. */
static int cp_before(const char *start, const char *p) {
    const char *q = p;
    if (q <= start)
        return 0;
    q--;
    while (q > start && ((unsigned char)*q & 0xC0) == 0x80)
        q--;
    size_t l;
    return jfyp_utf8_decode(q, &l);
}

static int super_digit(int cp) {
    switch (cp) {
    case 0x2070: return '0';
    case 0xB9: return '1';
    case 0xB2: return '2';
    case 0xB3: return '3';
    case 0x2074: return '4';
    case 0x2075: return '5';
    case 0x2076: return '6';
    case 0x2077: return '7';
    case 0x2078: return '8';
    case 0x2079: return '9';
    default: return 0;
    }
}

/* ^1,2^ (Pandoc superscript): short marker text between carets. */
static size_t caret_sup(const char *p) {
    if (*p != '^')
        return 0;
    size_t i = 1;
    while (p[i] && p[i] != '^' && p[i] != ' ' && p[i] != '\n' && i < 24)
        i++;
    return p[i] == '^' && i > 1 ? i + 1 : 0;
}

/* ASCII bytes none of the rules below reads ('<', '^', ',' and the line
 * break start them), as a table: every byte of every front-matter block
 * passes this test (bench/instructions). */
static const unsigned char plain_ascii_tab[256] = {
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    /* 0x80-0xFF: UTF-8, read by the rules */
};

static int plain_ascii(char c) { return plain_ascii_tab[(unsigned char)c]; }

/* The end of a run of plain bytes (plain_ascii, or a comma) from q on;
 * SSE2 tests sixteen at a time, the page's front blocks being mostly such
 * runs (bench/instructions). */
static const char *plain_run_end(const char *q, const char *end) {
#ifdef __SSE2__
    while (end - q >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)q);
        /* NUL and the bytes from 0x80 on are below 1 as signed bytes */
        __m128i stop = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
                                                 _mm_cmpeq_epi8(v, _mm_set1_epi8('<'))),
                                    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('^')),
                                                 _mm_cmplt_epi8(v, _mm_set1_epi8(1))));
        unsigned m = (unsigned)_mm_movemask_epi8(stop);
        if (m)
            return q + __builtin_ctz(m);
        q += 16;
    }
#else
    (void)end;
#endif
    while (plain_ascii(*q) || *q == ',')
        q++;
    return q;
}

static char *finish(const char *raw, int lines) {
    jfyp_buf b;
    jfyp_buf_init(&b);
    int in_super = 0;
    const char *end = raw + strlen(raw);
    for (const char *p = raw; *p;) {
        size_t l;
        /* Runs of ASCII none of the rules below reads are copied whole; a
         * comma is read only inside superscript digits ("1,2"). */
        if (plain_ascii(*p) || (*p == ',' && !in_super)) {
            if (in_super) {
                jfyp_buf_putc(&b, JFYP_SUP);
                in_super = 0;
            }
            const char *q = plain_run_end(p + 1, end);
            jfyp_buf_put(&b, p, (size_t)(q - p));
            p = q;
            continue;
        }
        if (jfyp_strnieq(p, "<sup>", 5) || jfyp_strnieq(p, "</sup>", 6)) {
            jfyp_buf_putc(&b, JFYP_SUP);
            p += p[1] == '/' ? 6 : 5;
            continue;
        }
        size_t c = caret_sup(p);
        if (c) {
            jfyp_buf_putc(&b, JFYP_SUP);
            jfyp_buf_put(&b, p + 1, c - 2);
            jfyp_buf_putc(&b, JFYP_SUP);
            p += c;
            continue;
        }
        int cp = jfyp_utf8_decode(p, &l);
        int sd = super_digit(cp);
        size_t l2;
        if (sd || (in_super && (cp == ',' || cp == 0x207A) && p[l] &&
                   super_digit(jfyp_utf8_decode(p + l, &l2)))) {
            if (!in_super)
                jfyp_buf_putc(&b, JFYP_SUP);
            in_super = 1;
            jfyp_buf_putc(&b, sd ? (char)sd : (cp == ',' ? ',' : '+'));
            p += l;
            continue;
        }
        if (in_super) {
            jfyp_buf_putc(&b, JFYP_SUP);
            in_super = 0;
        }
        if (*p == '\n') {
            /* A word broken at the line end: "Uni-" "versity" is one word,
             * "Calvo-" "Bado" keeps its hyphen. */
            int before = b.len >= 2 && b.data[b.len - 1] == '-' ? cp_before(b.data, b.data + b.len - 1) : 0;
            if (before && utf8proc_category(before) >= UTF8PROC_CATEGORY_LU &&
                utf8proc_category(before) <= UTF8PROC_CATEGORY_LO && !address_at(p + 1)) {
                if (utf8proc_category(before) == UTF8PROC_CATEGORY_LL && is_lower_at(p + 1))
                    b.len--;
                p++;
                continue;
            }
            jfyp_buf_putc(&b, lines ? '\n' : ' ');
            p++;
            continue;
        }
        jfyp_buf_put(&b, p, l);
        p += l;
    }
    if (in_super)
        jfyp_buf_putc(&b, JFYP_SUP);
    return jfyp_buf_finish(&b);
}

/* Recognizers ask for the same block's text again and again (about two
 * asks a block on the corpus), and the rules after the rendering cost twice
 * the rendering. The text is a function of the rendered bytes and of lines
 * alone, so a slot keyed by the block's address keeps the last rendering
 * and its text, and is used only when the new rendering is the same bytes:
 * a block changed, or freed and another made at its address, is rendered
 * anew and found different. Per thread; freed when the thread ends. With
 * 512 slots a page's blocks pushed each other out: one rendering in six
 * was of a block the slots had held already (bench/instructions). */
enum { TEXT_SLOTS = 2048, TEXT_KEEP_MAX = 4096 };

typedef struct {
    char *raw, *text; /* raw NULL: empty */
    size_t raw_len, text_len;
    int lines;
    const jfy_node *block; /* whose rendering raw was last found to be */
    uint64_t made;         /* jfyp_tree_mark then */
} text_slot;

static __thread text_slot *text_cache;
static pthread_key_t text_key;
static int text_key_ok;
static pthread_once_t text_once = PTHREAD_ONCE_INIT;

static void text_cache_free(void *c) {
    text_slot *t = c;
    for (size_t i = 0; i < TEXT_SLOTS; i++) {
        free(t[i].raw);
        free(t[i].text);
    }
    free(t);
}

static void text_key_make(void) { text_key_ok = pthread_key_create(&text_key, text_cache_free) == 0; }

static text_slot *text_slot_of(const jfy_node *block, int lines) {
    if (!text_cache) {
        pthread_once(&text_once, text_key_make);
        if (!text_key_ok || !(text_cache = calloc(TEXT_SLOTS, sizeof *text_cache)))
            return NULL;
        if (pthread_setspecific(text_key, text_cache) != 0) {
            free(text_cache);
            text_cache = NULL;
            return NULL;
        }
    }
    uint64_t h = ((uint64_t)(uintptr_t)block + (unsigned)!!lines) * 0x9E3779B97F4A7C15u;
    return &text_cache[h >> 53]; /* the top 11 bits: TEXT_SLOTS */
}

/* The slot's text, when its rendering is still block's: the block has not
 * changed since the rendering was found to be its (block->changed), and
 * the rendering is not even redone. */
static char *unchanged(const text_slot *c, const jfy_node *block, int lines) {
    if (!c->raw || c->block != block || c->lines != lines || block->changed > c->made)
        return NULL;
#ifdef JFYP_CHECK_TREE_GEN
    jfyp_buf b;
    jfyp_buf_init(&b);
    render_block(&b, block);
    if (b.len != c->raw_len || (b.len && memcmp(b.data, c->raw, b.len)))
        __builtin_trap(); /* a write to the tree went unstamped */
    jfyp_buf_free(&b);
#endif
    return jfyp_strndup(c->text, c->text_len);
}

char *jfyp_front_text(const jfy_node *block, int lines) {
    text_slot *c = text_slot_of(block, lines);
    char *kept = c ? unchanged(c, block, lines) : NULL;
    if (kept)
        return kept;
    jfyp_buf b;
    jfyp_buf_init(&b);
    render_block(&b, block);
    size_t raw_len = b.len;
    char *raw = jfyp_buf_finish(&b);
    if (!raw)
        return NULL;
    if (raw_len > TEXT_KEEP_MAX)
        c = NULL;
    if (c && c->raw && c->lines == lines && c->raw_len == raw_len && !memcmp(c->raw, raw, raw_len)) {
        free(raw);
        c->block = block;
        c->made = jfyp_tree_mark();
        return jfyp_strndup(c->text, c->text_len);
    }
    char *t = finish(raw, lines);
    if (t && !lines)
        jfyp_squeeze(t);
    if (c && t) {
        size_t tl = strlen(t);
        char *keep = jfyp_strndup(t, tl);
        if (keep) {
            free(c->raw);
            free(c->text);
            *c = (text_slot){raw, keep, raw_len, tl, lines, block, jfyp_tree_mark()};
            return t;
        }
    }
    free(raw);
    return t;
}

char *jfyp_front_unsup(char *s) {
    char *w = s;
    for (char *p = s; *p; p++)
        if (*p != JFYP_SUP)
            *w++ = *p;
    *w = '\0';
    return s;
}

static const char *skip_marks(const char *t) {
    while (*t == '*' || *t == ' ' || *t == '_' || *t == '#' || *t == JFYP_SUP)
        t++;
    return t;
}

static const char *const meta_starts[] = {
    "received", "accepted", "published", "revised", "available online", "doi", "https://doi",
    "http://doi", "http://dx.doi", "https://dx.doi", "copyright", "\xc2\xa9", "(c) ",
    "keywords", "key words", "key-words", "abstract", "citation", "cite this", "to cite",
    "how to cite", "edited by", "academic editor", "editor:", "reviewed by", "open access",
    "licen", "this is an open", "this article is", "this is an article", "funding",
    "competing interest", "palavras-chave", "palavras chave", "resumo", "resumen", "summary",
    "submitted", "article history", "handling editor", "data availability", "communicated by",
    NULL};

int jfyp_front_meta_line(const char *text) {
    const char *t = skip_marks(text);
    /* the labels are lower case: a first byte that differs, lowered,
     * rules one out before it is compared (every front block is asked) */
    char c0 = *t >= 'A' && *t <= 'Z' ? (char)(*t | 0x20) : *t;
    for (size_t i = 0; meta_starts[i]; i++)
        if (meta_starts[i][0] == c0 && jfyp_strnieq(t, meta_starts[i], strlen(meta_starts[i])))
            return 1;
    return 0;
}

static const char *const section_words[] = {
    "abstract", "summary", "introduction", "background", "methods", "materials and methods",
    "results", "discussion", "conclusion", "conclusions", "resumo", "resumen", "main text",
    "main", "synopsis", "highlights", "author summary", "significance", NULL};

/* Whether the full stop at p in text ends a sentence: a lower-case letter
 * before it, a capital after its space, and the word it ends no
 * capitalised abbreviation of up to five bytes ("Av. Central"). */
static int sentence_stop(const char *text, const char *p) {
    if (!(p[1] == ' ' && p[2] >= 'A' && p[2] <= 'Z' && p > text && p[-1] >= 'a' && p[-1] <= 'z'))
        return 0;
    const char *w = p;
    while (w > text && w[-1] != ' ' && w[-1] != '\n')
        w--;
    return !(*w >= 'A' && *w <= 'Z') || p - w > 5;
}

int jfyp_front_stop(const jfy_node *block, const char *text, int headings) {
    const char *t = skip_marks(text);
    /* "1. Introduction", "I. INTRODUCTION" */
    while ((*t >= '0' && *t <= '9') || *t == '.' || *t == ' ')
        t++;
    if ((t[0] == 'I' || t[0] == 'i') && (t[1] == '.' || t[1] == ' '))
        t += 2;
    t = skip_marks(t);
    for (size_t i = 0; section_words[i]; i++) {
        if ((t[0] | 0x20) != section_words[i][0])
            continue; /* the words are lower-case ASCII */
        size_t n = strlen(section_words[i]);
        if (jfyp_strnieq(t, section_words[i], n)) {
            const char *e = t + n;
            while (*e == '*' || *e == '_' || *e == ' ')
                e++;
            if (*e == '\0' || *e == ':' || *e == '.' || *e == '-' ||
                (block->type == JFY_N_HEADING && *e == '\0'))
                return 1;
            /* "Abstract Background: ..." run in */
            if (i == 0 && (*e >= 'A' && *e <= 'Z'))
                return 1;
        }
    }
    /* Running prose: many words in full sentences. A capitalised word
     * before the stop is an address's abbreviation ("Av. Central",
     * "Carr. Norte"), not a sentence's end. */
    size_t words = 0, stops = 0;
    const char *p = text;
#ifdef __SSE2__
    /* Sixteen bytes a step, the spaces counted and only the full stops
     * looked at: every block of the top of the page is asked, the byte
     * walk was most of this function's cost (bench/instructions). The
     * first 2 KB at most: no more is read below 121 words as a rule. */
    for (const char *end = p + strnlen(p, 2048); end - p >= 16; p += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
        words += (size_t)jfyp_pop16((unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' '))));
        if (words > 120)
            return 1;
        for (unsigned dots = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('.'))); dots;
             dots &= dots - 1)
            stops += sentence_stop(text, p + __builtin_ctz(dots));
    }
#endif
    for (; *p; p++) {
        if (*p == ' ' && ++words > 120)
            return 1; /* read no further into a long paragraph */
        if (*p == '.')
            stops += sentence_stop(text, p);
    }
    if (words > 120 || (words > 50 && stops >= 2))
        return 1;
    /* Headings below the title open the article's sections. */
    const char *lv = jfyp_node_attr(block, "level");
    return headings && block->type == JFY_N_HEADING && lv && atoi(lv) >= 2;
}

static int local_char(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'';
}

static int domain_char(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '.' || c == '-';
}

int jfyp_front_emails(const char *text, char ***out, size_t **at, size_t *n) {
    *out = NULL;
    if (at)
        *at = NULL;
    *n = 0;
    size_t cap = 0;
    for (const char *p = strchr(text, '@'); p; p = strchr(p + 1, '@')) {
        const char *s = p, *e = p + 1;
        while (s > text && local_char((unsigned char)s[-1]))
            s--;
        while (s < p && (*s == '.' || *s == '\''))
            s++;
        while (*e && domain_char((unsigned char)*e))
            e++;
        while (e > p + 1 && (e[-1] == '.' || e[-1] == '-'))
            e--;
        const char *dot = memchr(p + 1, '.', (size_t)(e - p - 1));
        if (s == p || !dot || dot == p + 1 || dot == e - 1)
            continue;
        if (*n == cap) {
            cap = cap ? cap * 2 : 4;
            char **v = realloc(*out, cap * sizeof *v);
            if (!v)
                goto oom;
            *out = v;
            if (at) {
                size_t *a = realloc(*at, cap * sizeof *a);
                if (!a)
                    goto oom;
                *at = a;
            }
        }
        char *em = jfyp_strndup(s, (size_t)(e - s));
        if (!em)
            goto oom;
        if (at)
            (*at)[*n] = (size_t)(s - text);
        (*out)[(*n)++] = em;
        p = e - 1;
    }
    return 0;
oom:
    jfyp_front_strv_free(*out, *n);
    *out = NULL;
    if (at) {
        free(*at);
        *at = NULL;
    }
    *n = 0;
    return -1;
}

static int lower_word_char(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.';
}

/* Whether [p, e) is a domain with a dot inside it. */
static int dotted(const char *p, const char *e) {
    const char *d = memchr(p, '.', (size_t)(e - p));
    return d && d > p && d + 1 < e;
}

static const char *domain_end(const char *p) {
    while (*p && domain_char((unsigned char)*p))
        p++;
    while (p[-1] == '.' || p[-1] == '-')
        p--;
    return p;
}

char *jfyp_front_mend_emails(char *s) {
    if (!s)
        return NULL;
    for (char *p = strchr(s, '@'); p; p = strchr(p + 1, '@')) {
        if (p == s)
            continue;
        /* "name @host.org" */
        if (p[-1] == ' ' && p - s >= 3 && local_char((unsigned char)p[-2]) && p[-2] != '.' &&
            dotted(p + 1, domain_end(p + 1))) {
            memmove(p - 1, p, strlen(p) + 1);
            p--;
        }
        /* "name@ host.org" */
        if (p[1] == ' ' && p > s && local_char((unsigned char)p[-1]) &&
            domain_char((unsigned char)p[2]) && dotted(p + 2, domain_end(p + 2)))
            memmove(p + 1, p + 2, strlen(p + 2) + 1);
        /* "name@host. org": the first dot ends the line */
        char *d = p + 1;
        while (*d && domain_char((unsigned char)*d) && *d != '.')
            d++;
        if (d > p + 1 && d[0] == '.' && d[1] == ' ' && d[2] >= 'a' && d[2] <= 'z') {
            char *w = d + 2;
            while (*w >= 'a' && *w <= 'z')
                w++;
            if (w - (d + 2) >= 2 && !((unsigned char)*w >= 0x80 || (*w >= 'A' && *w <= 'Z')))
                memmove(d + 1, d + 2, strlen(d + 2) + 1);
        }
        /* "; first last@host.org": the rule between the words was lost */
        char *l = p;
        while (l > s && local_char((unsigned char)l[-1]))
            l--;
        if (l > s + 3 && l[-1] == ' ' && l < p) {
            char *w = l - 1;
            while (w > s && lower_word_char((unsigned char)w[-1]))
                w--;
            if (w < l - 1 && w >= s + 2 && w[-1] == ' ' && w[-2] == ';' && *w >= 'a' && *w <= 'z')
                l[-1] = '_';
        }
    }
    return s;
}

void jfyp_front_strv_free(char **v, size_t n) {
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

/* Stems match the start of a word; the rest match whole words. */
static const char *const inst_stems[] = {
    "universi", "institu", "istitut", "depart", "dept", "facult", "faculd", "laborat",
    "hospital", "hôpital", "hospit", "centre", "center", "centro", "zentrum", "school",
    "college", "colegio", "clinic", "clínic", "klinik", "museu", "museo", "ministr",
    "ministé", "academ", "foundation", "fundaç", "fundaci", "programme", "program",
    "division", "divisão", "división", "council", "agency", "survey", "research",
    "sciences", "escola", "escuela", "école", "ecole", "núcleo", "nucleo", "grupo",
    "secretar", "organi", "society", "corporation", "observator", "station", "estación",
    "estação", "polytechn", "politécn", "hochschule", "graduate", "unidade", "unidad",
    NULL};
static const char *const inst_words[] = {"unit", "inc", "ltd", "gmbh", "lab", "group",
                                         "service", "services", "nih", "cnrs", "inserm",
                                         "csic", "office", NULL};

enum { NSTEMS = sizeof inst_stems / sizeof *inst_stems - 1 };
_Static_assert(NSTEMS < 256, "stem numbers fit in a byte");

/* The stems by their first byte: every word of every affiliation block is
 * tried, where testing the first byte of every stem cost more than the
 * rest of the test. */
static unsigned char stem_by_byte[NSTEMS], stem_from[257];
/* the bytes a word of inst_words opens with: the list is not walked at a
 * word that opens with none of them */
static unsigned char word_first[256];
static pthread_once_t stems_once = PTHREAD_ONCE_INIT;

static void index_stems(void) {
    size_t count[256] = {0}, at[256];
    for (size_t i = 0; i < NSTEMS; i++)
        count[(unsigned char)inst_stems[i][0]]++;
    for (size_t c = 0, sum = 0; c < 256; c++) {
        at[c] = stem_from[c] = (unsigned char)sum;
        sum += count[c];
    }
    stem_from[256] = NSTEMS;
    for (size_t i = 0; i < NSTEMS; i++)
        stem_by_byte[at[(unsigned char)inst_stems[i][0]]++] = (unsigned char)i;
    for (size_t i = 0; inst_words[i]; i++)
        word_first[(unsigned char)inst_words[i][0]] = 1;
}

int jfyp_front_has_institution_word(const char *text) {
    char *low = jfyp_utf8_lower(text);
    if (!low)
        return 0;
    int hit = 0;
    pthread_once(&stems_once, index_stems);
    for (char *p = low; *p && !hit; p++) {
        if (p != low && (((unsigned char)p[-1] >= 'a' && (unsigned char)p[-1] <= 'z') ||
                         (unsigned char)p[-1] >= 0x80))
            continue;
        unsigned char b = (unsigned char)*p;
        for (size_t k = stem_from[b]; k < stem_from[b + 1] && !hit; k++) {
            const char *stem = inst_stems[stem_by_byte[k]];
            hit = stem[1] == p[1] && strncmp(p, stem, strlen(stem)) == 0;
        }
        for (size_t i = 0; word_first[b] && inst_words[i] && !hit; i++) {
            if (inst_words[i][0] != *p)
                continue;
            size_t n = strlen(inst_words[i]);
            hit = strncmp(p, inst_words[i], n) == 0 &&
                  !((p[n] >= 'a' && p[n] <= 'z') || (unsigned char)p[n] >= 0x80);
        }
    }
    free(low);
    return hit;
}
