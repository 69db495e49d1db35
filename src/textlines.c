/* textlines.c - a paragraph's printed lines, and the small judgements about
 * them the front-matter recognizers share. */
#include "textlines.h"

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static int is_break(const jfy_node *n) {
    return n->type == JFY_N_SOFTBREAK || n->type == JFY_N_LINEBREAK;
}

char *jfyp_range_text(const jfy_node *first, const jfy_node *last) {
    size_t len = 0;
    for (const jfy_node *n = first; n; n = n->next) {
        len += jfyp_node_plain_len(n);
        if (n == last)
            break;
    }
    char *s = malloc(len + 1), *w = s;
    if (!s)
        return NULL;
    for (const jfy_node *n = first; n; n = n->next) {
        w = jfyp_node_plain_at(n, w);
        if (n == last)
            break;
    }
    *w = '\0';
    return jfyp_squeeze(s);
}

/* The texts of a paragraph's lines are one allocation, shared by every copy
 * of the lines jfyp_lines_of hands out and the one it keeps for reuse, and
 * freed with the last of them (the texts are const): a malloc, a copy and
 * a free per line were a twentieth of a conversion (bench/instructions).
 * Each text starts at an 8-byte boundary; under AddressSanitizer it is
 * followed by a poisoned granule, so an overrun of one line's text is
 * caught as it would be in an allocation of its own. */
#if defined(__SANITIZE_ADDRESS__)
#define LINES_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LINES_ASAN 1
#endif
#endif
#ifdef LINES_ASAN
#include <sanitizer/asan_interface.h>
enum { TEXT_GAP = 8 };
#else
enum { TEXT_GAP = 0 };
#endif

/* The bytes a text of len bytes takes in a block, its terminator and the
 * gap after it included. */
static size_t text_room(size_t len) { return ((len + 1 + 7) & ~(size_t)7) + TEXT_GAP; }

/* The bytes of the text's room after its terminator are not its own. */
static void seal(char *t, size_t room) {
#ifdef LINES_ASAN
    size_t used = strlen(t) + 1;
    ASAN_POISON_MEMORY_REGION(t + used, room - used);
#else
    (void)t;
    (void)room;
#endif
}

typedef struct {
    size_t holders;
    max_align_t data[]; /* the texts */
} text_block;

/* The lines themselves are shared the same way: whoever only reads a
 * paragraph's lines holds the one array jfyp_lines_of made, counted in
 * its block (a copy of it for every reuse was a malloc, a copy and a free,
 * ~0.3 M instructions a page). A holder about to write into its lines
 * takes an array of its own first (lines_own): jfyp_lines_remove, and the
 * callers of jfyp_lines_of_own. Each array is still an allocation of its
 * own, so reading past its last line is an overflow AddressSanitizer sees. */
typedef struct {
    size_t holders;
    text_block *texts; /* NULL when there are no lines */
    jfyp_line v[];
} line_block;

static line_block *block_of(const jfyp_lines *l) {
    return (line_block *)(void *)((char *)l->v - offsetof(line_block, v));
}

/* Room for n lines and a block for their texts (bytes); 0, or -1 when out
 * of memory (out left empty). */
static int lines_alloc(jfyp_lines *out, size_t n, size_t bytes) {
    out->n = 0;
    out->v = NULL;
    line_block *lb = malloc(sizeof *lb + n * sizeof lb->v[0]);
    if (!lb)
        return -1;
    lb->holders = 1;
    lb->texts = NULL;
    if (n) {
        if (!(lb->texts = malloc(sizeof *lb->texts + bytes))) {
            free(lb);
            return -1;
        }
        lb->texts->holders = 1;
    }
    out->v = lb->v;
    return 0;
}

/* Another holder of from's lines. */
static void lines_share(const jfyp_lines *from, jfyp_lines *to) {
    *to = *from;
    if (to->v)
        block_of(to)->holders++;
}

/* Makes l's lines its own to write into: 0, or -1 when out of memory (l
 * still shared). */
static int lines_own(jfyp_lines *l) {
    line_block *lb = block_of(l);
    if (lb->holders == 1)
        return 0;
    line_block *own = malloc(sizeof *own + l->n * sizeof own->v[0]);
    if (!own)
        return -1;
    own->holders = 1;
    if ((own->texts = lb->texts))
        own->texts->holders++;
    memcpy(own->v, l->v, l->n * sizeof own->v[0]);
    lb->holders--; /* more than one held it */
    l->v = own->v;
    return 0;
}

/* The line of a paragraph at or after *n: its first and last inline
 * nodes; *n moves past it. 0 when no line is left. */
static int next_line(jfy_node **n, jfy_node **first, jfy_node **last) {
    jfy_node *k = *n;
    while (k && is_break(k))
        k = k->next;
    if (!k)
        return 0;
    *first = *last = k;
    while (k && !is_break(k)) {
        *last = k;
        k = k->next;
    }
    *n = k;
    return 1;
}

/* The line's plain text as jfyp_range_text makes it, written at dst; its
 * room in the block. */
static size_t line_text_at(const jfy_node *first, const jfy_node *last, char *dst) {
    char *w = dst;
    for (const jfy_node *x = first;; x = x->next) {
        w = jfyp_node_plain_at(x, w);
        if (x == last)
            break;
    }
    *w = '\0';
    size_t room = text_room((size_t)(w - dst));
    jfyp_squeeze(dst);
    return room;
}

static int lines_fresh(jfy_node *para, jfyp_lines *out) {
    size_t n = 0, bytes = 0;
    jfy_node *k = para->first, *first, *last;
    while (next_line(&k, &first, &last)) {
        size_t len = 0;
        for (const jfy_node *x = first;; x = x->next) {
            len += jfyp_node_plain_len(x);
            if (x == last)
                break;
        }
        n++;
        bytes += text_room(len);
    }
    if (lines_alloc(out, n, bytes) < 0)
        return -1;
    char *t = n ? (char *)block_of(out)->texts->data : NULL;
    k = para->first;
    while (next_line(&k, &first, &last)) {
        jfyp_line *l = &out->v[out->n++];
        l->first = first;
        l->last = last;
        l->text = t;
        size_t room = line_text_at(first, last, t);
        seal(t, room);
        t += room;
    }
    return 0;
}

/* Recognizers ask for the same paragraph's lines over and over: each walks
 * the page once, and some fifteen of them split paragraphs into lines
 * (bench/instructions: building the lines was a tenth of a conversion).
 * Each thread keeps the lines it last made for a paragraph, with the
 * jfyp_tree_mark they were made at; they are reused while the paragraph's
 * stamp (para->changed) is no later, so a recognizer that cut, moved or
 * rewrote anything in it in between gets fresh lines, and a paragraph
 * freed and another made at its address is newer than any lines kept. */
/* Slots by the paragraph's address: at 1024 a page's paragraphs collided
 * often enough that the misses moved with the heap's layout (up to 0.08 M a
 * page, bench/instructions); 4096 costs a zeroing walk of the table a
 * document. */
enum { CACHE_SLOTS = 4096 };

typedef struct {
    const jfy_node *para;
    uint64_t made; /* jfyp_tree_mark when the lines were made */
    jfyp_lines lines;
} cached;

/* The table outlives a document: a new one for every page was a large
 * calloc a page (zeroed, and a request large enough to make malloc
 * consolidate its fast bins). The key's destructor frees it when the thread
 * ends. A page fills some hundred of its slots, listed in used, so that
 * forgetting a page's lines visits those, not the whole table (the walk
 * over every slot was 0.05 M instructions a page). */
typedef struct {
    size_t n_used;
    unsigned short used[CACHE_SLOTS]; /* the slots holding a paragraph's lines */
    cached slot[CACHE_SLOTS];
} cache_table;

static _Thread_local cache_table *cache;
static pthread_key_t cache_key;
static int cache_key_ok;
static pthread_once_t cache_once = PTHREAD_ONCE_INIT;

static void cached_clear(cached *c) {
    jfyp_lines_free(&c->lines);
    memset(c, 0, sizeof *c);
}

static void forget_all(cache_table *t) {
    for (size_t i = 0; i < t->n_used; i++)
        cached_clear(&t->slot[t->used[i]]);
    t->n_used = 0;
}

static void cache_free(void *t) {
    forget_all(t);
    free(t);
}

static void cache_key_make(void) { cache_key_ok = pthread_key_create(&cache_key, cache_free) == 0; }

void jfyp_lines_forget(void) {
    if (cache)
        forget_all(cache);
}

static cached *slot_of(const jfy_node *para) {
    if (!cache) {
        pthread_once(&cache_once, cache_key_make);
        if (!cache_key_ok || !(cache = calloc(1, sizeof *cache)))
            return NULL;
        if (pthread_setspecific(cache_key, cache) != 0) {
            free(cache);
            cache = NULL;
            return NULL;
        }
    }
    uint64_t h = (uint64_t)(uintptr_t)para * 0x9E3779B97F4A7C15u;
    return &cache->slot[h >> 52]; /* the top 12 bits: CACHE_SLOTS */
}

#ifdef JFYP_CHECK_TREE_GEN
/* Whether lines a and b are the same lines of the same nodes. */
static int same_lines(const jfyp_lines *a, const jfyp_lines *b) {
    if (a->n != b->n)
        return 0;
    for (size_t i = 0; i < a->n; i++)
        if (a->v[i].first != b->v[i].first || a->v[i].last != b->v[i].last ||
            strcmp(a->v[i].text, b->v[i].text))
            return 0;
    return 1;
}
#endif

int jfyp_lines_of(jfy_node *para, jfyp_lines *out) {
    cached *c = slot_of(para);
    if (c && c->para == para && para->changed <= c->made) {
#ifdef JFYP_CHECK_TREE_GEN
        jfyp_lines now;
        if (lines_fresh(para, &now) == 0) {
            if (!same_lines(&now, &c->lines))
                __builtin_trap(); /* a write to the tree went unstamped */
            jfyp_lines_free(&now);
        }
#endif
        lines_share(&c->lines, out);
        return 0;
    }
    if (lines_fresh(para, out) < 0)
        return -1;
    if (c) {
        if (!c->para)
            cache->used[cache->n_used++] = (unsigned short)(c - cache->slot);
        jfyp_lines_free(&c->lines);
        lines_share(out, &c->lines);
        c->para = para;
        c->made = jfyp_tree_mark();
    }
    return 0;
}

int jfyp_lines_of_own(jfy_node *para, jfyp_lines *out) {
    if (jfyp_lines_of(para, out) < 0)
        return -1;
    if (lines_own(out) < 0) {
        jfyp_lines_free(out);
        return -1;
    }
    return 0;
}

void jfyp_lines_free(jfyp_lines *l) {
    line_block *lb = l->v ? block_of(l) : NULL;
    if (lb && --lb->holders == 0) {
        if (lb->texts && --lb->texts->holders == 0)
            free(lb->texts);
        free(lb);
    }
    l->v = NULL;
    l->n = 0;
}

int jfyp_lines_remove(jfy_node *para, jfyp_lines *l, size_t from, size_t to) {
    jfy_node *first = l->v[from].first, *last = l->v[to].last;
    jfy_node *stop = last->next;
    /* The break before the lines goes with them, or the one after when
     * they open the paragraph. */
    if (first->prev && is_break(first->prev))
        first = first->prev;
    else if (stop && is_break(stop))
        stop = stop->next;
    for (jfy_node *n = first; n != stop;) {
        jfy_node *next = n->next;
        jfyp_node_free(n);
        n = next;
    }
    /* Out of memory, other holders' pointers and these stay alike stale. */
    if (lines_own(l) == 0)
        for (size_t i = from; i <= to; i++)
            l->v[i].first = l->v[i].last = NULL;
    for (jfy_node *n = para->first; n; n = n->next)
        if (!is_break(n))
            return 0;
    return 1;
}

static int letter_cat(int cp) {
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LL ? 'l' : c == UTF8PROC_CATEGORY_LU ? 'u' : 0;
}

/* The code point before position end in s. */
static int cp_before(const char *s, size_t end) {
    size_t i = end;
    while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
        i--;
    if (i == 0)
        return 0;
    size_t l;
    return jfyp_utf8_decode(s + i - 1, &l);
}

/* Appends the wrapped line b to the text in buf, by the rules of
 * jfyp_join_wrapped. Looks only at the end of buf, so joining n lines one
 * by one stays linear. */
static void join_into(jfyp_buf *buf, const char *b) {
    size_t la = buf->len;
    const char *a = buf->data;
    if (la == 0 || !*b) {
        jfyp_buf_puts(buf, b);
        return;
    }
    size_t l;
    int next = jfyp_utf8_decode(b, &l);
    if (la >= 2 && a[la - 1] == '-' && letter_cat(cp_before(a, la - 1)) &&
        letter_cat(next) == 'l') {
        buf->len--; /* drop the line-end hyphen */
        jfyp_buf_puts(buf, b);
        return;
    }
    /* A URL or DOI broken after its slash or hyphen goes on unspaced. */
    if (a[la - 1] == '/' || a[la - 1] == '-') {
        const char *word = a + la;
        while (word > a && word[-1] != ' ')
            word--;
        if (jfyp_stristr(word, "http") || jfyp_stristr(word, "doi") ||
            jfyp_stristr(word, "www.")) {
            jfyp_buf_puts(buf, b);
            return;
        }
    }
    jfyp_buf_putc(buf, ' ');
    jfyp_buf_puts(buf, b);
}

char *jfyp_join_wrapped(const char *a, const char *b) {
    jfyp_buf buf;
    jfyp_buf_init(&buf);
    jfyp_buf_puts(&buf, a);
    join_into(&buf, b);
    return jfyp_buf_finish(&buf);
}

char *jfyp_lines_join(const jfyp_lines *l, size_t from, size_t to) {
    jfyp_buf buf;
    jfyp_buf_init(&buf);
    for (size_t i = from; i <= to; i++)
        join_into(&buf, l->v[i].text);
    return jfyp_buf_finish(&buf);
}

static int all_digits(const char *s) {
    if (!*s)
        return 0;
    for (; *s; s++)
        if ((*s < '0' || *s > '9') && *s != ' ')
            return 0;
    return 1;
}

/* How many lines of the page's paragraphs read exactly text. */
static int count_line(const jfyp_rec *r, const char *text) {
    int count = 0;
    size_t tl = strlen(text);
    for (jfy_node *n = r->doc->first; n; n = jfyp_node_next_in(r->doc, n)) {
        if (n->type != JFY_N_TEXT || !n->text)
            continue;
        /* Lines of one text run; furniture lines are plain text. */
        if (strlen(n->text) == tl && strcmp(n->text, text) == 0 &&
            (!n->prev || is_break(n->prev)) && (!n->next || is_break(n->next)))
            count++;
        if (count >= 2)
            break;
    }
    return count;
}

int jfyp_is_furniture(const jfyp_rec *r, jfy_node *para) {
    if (para->type != JFY_N_PARAGRAPH)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(para, &l) < 0)
        return 0;
    int furniture = l.n > 0 && l.n <= 3;
    for (size_t i = 0; furniture && i < l.n; i++) {
        const char *t = l.v[i].text;
        if (all_digits(t) && strlen(t) <= 5)
            continue;
        if (strlen(t) < 120 && l.v[i].first == l.v[i].last && count_line(r, t) >= 2)
            continue;
        furniture = 0;
    }
    jfyp_lines_free(&l);
    return furniture;
}

/* The first letters are equal, or label is empty (jfyp_after_label). */
const char *jfyp_after_label_rest(const char *s, const char *label) {
    size_t n = strlen(label);
    if (!jfyp_strnieq(s, label, n))
        return NULL;
    const char *p = s + n;
    if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (unsigned char)*p >= 0x80)
        return NULL;
    while (*p == ' ' || *p == ':' || *p == '.' || *p == '-')
        p++;
    /* An em or en dash used as the separator. */
    while (strncmp(p, "\xe2\x80\x94", 3) == 0 || strncmp(p, "\xe2\x80\x93", 3) == 0) {
        p += 3;
        while (*p == ' ')
            p++;
    }
    return p;
}

int jfyp_starts_lower(const char *s) {
    size_t l;
    return *s && letter_cat(jfyp_utf8_decode(s, &l)) == 'l';
}

int jfyp_looks_like_heading(const char *s) {
    size_t n = strlen(s);
    if (n == 0 || n > 90)
        return 0;
    char last = s[n - 1];
    if (last == '.' || last == ',' || last == ';' || last == '-')
        return 0;
    size_t l;
    int cp = jfyp_utf8_decode(s, &l);
    return letter_cat(cp) == 'u' || (*s >= '0' && *s <= '9');
}

int jfyp_opens_field(const char *s) {
    const char *c = strchr(s, ':');
    if (!c || c - s > 40 || c == s || (c[1] && c[1] != ' '))
        return 0;
    if (strncmp(s, "doi:", 4) == 0)
        return 1; /* printed in lower case, a field all the same */
    if (!(*s >= 'A' && *s <= 'Z') && (unsigned char)*s < 0x80)
        return 0;
    int words = 1;
    for (const char *p = s; p < c; p++) {
        if (*p == ' ')
            words++;
        else if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (unsigned char)*p >= 0x80 ||
                   *p == '-' || *p == '\'' || *p == '&' || *p == '/' || *p == '*'))
            return 0;
    }
    return words <= 5;
}

/* The text of the paragraphs continuing a licence across a page break:
 * furniture stepped over, a sentence going on in lower case appended. */
int jfyp_take_continuation(jfyp_rec *r, jfy_node *para, char **text) {
    size_t n = strlen(*text);
    if (n && ((*text)[n - 1] == '.' || (*text)[n - 1] == ')'))
        return 0;
    jfy_node *x = jfyp_rec_next(r, para);
    while (x && jfyp_is_furniture(r, x))
        x = jfyp_rec_next(r, x);
    if (!x || x->type != JFY_N_PARAGRAPH)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(x, &l) < 0)
        return -1;
    int rc = 0;
    if (l.n && (jfyp_starts_lower(l.v[0].text) || l.v[0].text[0] == '(') && !jfyp_opens_field(l.v[0].text)) {
        size_t end = 0;
        while (end + 1 < l.n && !jfyp_opens_field(l.v[end + 1].text))
            end++;
        char *more = jfyp_lines_join(&l, 0, end);
        char *all = more ? jfyp_join_wrapped(*text, more) : NULL;
        free(more);
        if (!all) {
            rc = -1;
        } else {
            free(*text);
            *text = all;
            if (jfyp_lines_remove(x, &l, 0, end))
                jfyp_node_free(x);
        }
    }
    jfyp_lines_free(&l);
    return rc;
}


int jfyp_is_references_heading(const char *t) {
    static const char *const names[] = {"References", "Reference list", "Bibliography",
                                        "Literature cited", "Works cited", "Referências",
                                        "Referencias", "Références", "Literatur",
                                        "References and notes", "Cited literature"};
    char buf[64];
    size_t n = strlen(t);
    if (n >= sizeof buf)
        return 0;
    memcpy(buf, t, n + 1);
    while (n && (buf[n - 1] == ':' || buf[n - 1] == '.' || buf[n - 1] == ' '))
        buf[--n] = '\0';
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (jfyp_strieq(buf, names[i]))
            return 1;
    return 0;
}

jfy_node *jfyp_lines_lift(jfy_node *para, jfyp_lines *l, size_t from, size_t to) {
    jfy_node *q = jfyp_node_new(JFY_N_PARAGRAPH);
    if (!q)
        return NULL;
    /* the break before the lines goes; one after them stays in para */
    jfy_node *k = l->v[from - 1].last->next;
    while (k && k != l->v[from].first) {
        jfy_node *nx = k->next;
        jfyp_node_free(k);
        k = nx;
    }
    jfy_node *stop = to < l->n ? l->v[to - 1].last->next : NULL;
    for (k = l->v[from].first; k != stop;) {
        jfy_node *nx = k->next;
        jfyp_node_unlink(k);
        jfyp_node_append(q, k);
        k = nx;
    }
    q->line = para->line ? para->line + (int)from : 0;
    q->col = para->col;
    if (to < l->n) {
        q->end_line = q->line ? q->line + (int)(to - from) - 1 : 0;
        q->end_col = 0;
    } else {
        q->end_line = para->end_line;
        q->end_col = para->end_col;
        para->end_line = q->line ? q->line - 1 : para->end_line;
    }
    jfyp_node_insert_after(para, q);
    return q;
}

jfy_node *jfyp_lines_split(jfy_node *para, jfyp_lines *l, size_t i) {
    return jfyp_lines_lift(para, l, i, l->n);
}

int jfyp_paras_join(jfy_node *p, jfy_node *q) {
    jfy_node *brk = jfyp_node_new(JFY_N_SOFTBREAK);
    if (!brk)
        return -1;
    jfyp_node_append(p, brk);
    jfyp_node_move_children(q, p);
    if (q->end_line > p->end_line) {
        p->end_line = q->end_line;
        p->end_col = q->end_col;
    }
    jfyp_node_free(q);
    return 0;
}
