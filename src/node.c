#include "node.h"
#include "util.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static const char *const type_names[JFY_N__COUNT] = {
    [JFY_N_DOCUMENT] = "document", [JFY_N_PARAGRAPH] = "paragraph",
    [JFY_N_HEADING] = "heading", [JFY_N_LIST] = "list", [JFY_N_ITEM] = "item",
    [JFY_N_QUOTE] = "quote", [JFY_N_CODE_BLOCK] = "code_block",
    [JFY_N_RULE] = "rule", [JFY_N_TABLE] = "table", [JFY_N_ROW] = "row",
    [JFY_N_CELL] = "cell", [JFY_N_TEXT] = "text", [JFY_N_SOFTBREAK] = "softbreak",
    [JFY_N_LINEBREAK] = "linebreak", [JFY_N_EMPH] = "emph",
    [JFY_N_STRONG] = "strong", [JFY_N_CODE] = "code", [JFY_N_LINK] = "link",
    [JFY_N_IMAGE] = "image", [JFY_N_STRIKE] = "strike", [JFY_N_SUP] = "sup",
    [JFY_N_SUB] = "sub", [JFY_N_FRONT] = "front", [JFY_N_BODY] = "body",
    [JFY_N_BACK] = "back", [JFY_N_JOURNAL] = "journal", [JFY_N_TITLE] = "title",
    [JFY_N_SUBTITLE] = "subtitle", [JFY_N_CONTRIBS] = "contribs",
    [JFY_N_CONTRIB] = "contrib", [JFY_N_NAME] = "name", [JFY_N_COLLAB] = "collab",
    [JFY_N_ROLE] = "role", [JFY_N_XREF] = "xref", [JFY_N_EMAIL] = "email",
    [JFY_N_ORCID] = "orcid", [JFY_N_AFF] = "aff", [JFY_N_LABEL] = "label",
    [JFY_N_INSTITUTION] = "institution", [JFY_N_ADDR_LINE] = "addr_line",
    [JFY_N_CITY] = "city", [JFY_N_STATE] = "state",
    [JFY_N_POSTAL_CODE] = "postal_code", [JFY_N_COUNTRY] = "country",
    [JFY_N_PHONE] = "phone", [JFY_N_FAX] = "fax", [JFY_N_URI] = "uri",
    [JFY_N_ARTICLE_ID] = "article_id", [JFY_N_DATE] = "date",
    [JFY_N_PERMISSIONS] = "permissions", [JFY_N_LICENSE] = "license",
    [JFY_N_ABSTRACT] = "abstract", [JFY_N_KEYWORDS] = "keywords",
    [JFY_N_KEYWORD] = "keyword", [JFY_N_NOTES] = "notes", [JFY_N_NAMED] = "named",
    [JFY_N_RELATED] = "related", [JFY_N_AUTHOR_NOTES] = "author_notes",
    [JFY_N_CORRESP] = "corresp", [JFY_N_FUNDING] = "funding",
    [JFY_N_AWARD] = "award", [JFY_N_SECTION] = "section", [JFY_N_FIG] = "fig",
    [JFY_N_TABLE_WRAP] = "table_wrap", [JFY_N_CAPTION] = "caption",
    [JFY_N_FOOTNOTES] = "footnotes", [JFY_N_FOOTNOTE] = "footnote",
    [JFY_N_ACK] = "ack", [JFY_N_REF_LIST] = "ref_list", [JFY_N_REF] = "ref",
    [JFY_N_CITATION] = "citation", [JFY_N_PERSON_GROUP] = "person_group",
    [JFY_N_ETAL] = "etal", [JFY_N_YEAR] = "year",
    [JFY_N_ARTICLE_TITLE] = "article_title",
    [JFY_N_CHAPTER_TITLE] = "chapter_title", [JFY_N_SOURCE] = "source",
    [JFY_N_VOLUME] = "volume", [JFY_N_ISSUE] = "issue", [JFY_N_FPAGE] = "fpage",
    [JFY_N_LPAGE] = "lpage", [JFY_N_ELOCATION] = "elocation",
    [JFY_N_PUBLISHER_NAME] = "publisher_name",
    [JFY_N_PUBLISHER_LOC] = "publisher_loc", [JFY_N_EDITION] = "edition",
    [JFY_N_PUB_ID] = "pub_id", [JFY_N_STRING_NAME] = "string_name",
    [JFY_N_SURNAME] = "surname", [JFY_N_GIVEN] = "given",
    [JFY_N_PRODUCT] = "product", [JFY_N_ISBN] = "isbn",
    [JFY_N_TRANS_TITLE] = "trans_title",
};

const char *jfyp_node_type_name(jfy_node_type type) {
    if ((int)type < 0 || type >= JFY_N__COUNT || !type_names[type])
        return "?";
    return type_names[type];
}

/* Freed nodes wait on a per-thread list for the next node made. A page
 * makes and drops thousands, far past malloc's per-thread cache (seven
 * blocks a size): the rest went to its fast bins, to be consolidated again
 * at every large request. Each node is still a malloc'd block of its own,
 * so one given to free() instead is no harm. Under AddressSanitizer every
 * node goes back to malloc, so a use after free is still caught. */
#if defined(__SANITIZE_ADDRESS__)
#define NO_SPARES 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NO_SPARES 1
#endif
#endif

#ifndef NO_SPARES
/* Enough for a long page's tree; past it nodes go back to malloc. */
#define SPARES_MAX 8192

typedef struct spare {
    struct spare *next;
} spare;

static __thread spare *spares;
static __thread size_t nspares;
static __thread int spares_keyed;
static pthread_key_t spares_key;
static int spares_key_ok;
static pthread_once_t spares_once = PTHREAD_ONCE_INIT;

/* At the thread's end (the key's value is only a mark). */
static void spares_free(void *mark) {
    (void)mark;
    while (spares) {
        spare *next = spares->next;
        free(spares);
        spares = next;
    }
    nspares = 0;
}

static void spares_key_make(void) { spares_key_ok = pthread_key_create(&spares_key, spares_free) == 0; }

static void node_release(jfy_node *n) {
    if (!spares_keyed) {
        pthread_once(&spares_once, spares_key_make);
        spares_keyed = spares_key_ok && pthread_setspecific(spares_key, &spares_keyed) == 0 ? 1 : -1;
    }
    if (spares_keyed < 0 || nspares >= SPARES_MAX) {
        free(n);
        return;
    }
    spare *s = (spare *)(void *)n;
    s->next = spares;
    spares = s;
    nspares++;
}
#else
static void node_release(jfy_node *n) { free(n); }
#endif

/* Not calloc: glibc's calloc goes past the per-thread cache of freed
 * blocks. */
jfy_node *jfyp_node_new(jfy_node_type type) {
    jfy_node *n;
#ifndef NO_SPARES
    if (spares) {
        n = (jfy_node *)(void *)spares;
        spares = spares->next;
        nspares--;
    } else
#endif
        n = malloc(sizeof *n);
    if (n)
        *n = (jfy_node){.type = type, .changed = jfyp_tree_gen};
    return n;
}

/* The arena of the document this thread converts (jfyp_node_arena_begin),
 * and the bytes taken from it. */
static _Thread_local jfyp_arena *doc_arena;
static _Thread_local size_t doc_arena_bytes;

/* Past this a document's texts come from malloc again: a text replaced
 * over and over leaves each old copy in the arena, so this bounds what a
 * page can pile up there. */
#define DOC_ARENA_LIMIT ((size_t)16 << 20)

void jfyp_node_arena_begin(jfyp_arena *a) {
    doc_arena = a;
    doc_arena_bytes = 0;
}

void jfyp_node_arena_end(void) { doc_arena = NULL; }

/* n bytes from the document's arena, or NULL when there is none, it is
 * full or out of memory (then the caller mallocs). Inlined: every text and
 * attribute a page makes (some 2,000) comes through it, and a call of its
 * own cost a sixth of its work. */
static inline __attribute__((always_inline)) void *arena_take(size_t n) {
    if (!doc_arena || n > DOC_ARENA_LIMIT - doc_arena_bytes)
        return NULL;
    void *p = jfyp_arena_alloc(doc_arena, n);
    if (p)
        doc_arena_bytes += n;
    return p;
}

/* A copy of s[0..n) and a terminator, *in_arena telling where. Inlined
 * into the three makers of a text (some 1,700 texts a page). */
static inline __attribute__((always_inline)) char *text_copy(const char *s, size_t n,
                                                              unsigned char *in_arena) {
    char *p = n < SIZE_MAX ? arena_take(n + 1) : NULL;
    *in_arena = p != NULL;
    if (!p)
        return jfyp_strndup(s, n);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

static void drop_text(jfy_node *n) {
    if (!n->text_in_arena)
        free(n->text);
    n->text = NULL;
    n->text_in_arena = 0;
}

jfy_node *jfyp_node_new_text(jfy_node_type type, const char *text) {
    jfy_node *n = jfyp_node_new(type);
    if (n && text && jfyp_node_set_text(n, text) < 0) {
        free(n);
        return NULL;
    }
    return n;
}

jfy_node *jfyp_node_new_textn(jfy_node_type type, const char *text, size_t len) {
    jfy_node *n = jfyp_node_new(type);
    if (n && !(n->text = text_copy(text, len, &n->text_in_arena))) {
        free(n);
        return NULL;
    }
    return n;
}

static jfy_node *holding(jfy_node_type type, jfy_node *text) {
    jfy_node *n = text ? jfyp_node_new(type) : NULL;
    if (!n) {
        jfyp_node_free(text);
        return NULL;
    }
    jfyp_node_append(n, text);
    return n;
}

jfy_node *jfyp_node_new_with_text(jfy_node_type type, const char *text) {
    return holding(type, jfyp_node_new_text(JFY_N_TEXT, text));
}

jfy_node *jfyp_node_new_with_textn(jfy_node_type type, const char *text, size_t len) {
    return holding(type, jfyp_node_new_textn(JFY_N_TEXT, text, len));
}

static void free_attrs(jfy_attr *a) {
    while (a) {
        jfy_attr *next = a->next;
        if (!(a->in_arena & JFYP_IN_ARENA_VALUE))
            free(a->value);
        if (!(a->in_arena & JFYP_IN_ARENA_BLOCK))
            free(a);
        a = next;
    }
}

/* Iterative so that a pathological, deeply nested tree cannot overflow the
 * stack: children are spliced into a work list instead of recursed into. */
void jfyp_node_free(jfy_node *node) {
    if (!node)
        return;
    jfyp_node_unlink(node);
    jfy_node *work = node;
    while (work) {
        jfy_node *n = work;
        work = n->next;
        if (n->first) {
            n->last->next = work;
            work = n->first;
        }
        if (!n->text_in_arena)
            free(n->text);
        free_attrs(n->attrs);
        node_release(n);
    }
}

_Thread_local uint64_t jfyp_tree_gen;

void jfyp_node_unlink(jfy_node *n) {
    if (!n)
        return;
    jfyp_node_changed(n->parent);
    if (n->prev)
        n->prev->next = n->next;
    else if (n->parent)
        n->parent->first = n->next;
    if (n->next)
        n->next->prev = n->prev;
    else if (n->parent)
        n->parent->last = n->prev;
    n->parent = n->prev = n->next = NULL;
}

void jfyp_node_prepend(jfy_node *parent, jfy_node *child) {
    if (parent->first) {
        jfyp_node_insert_before(parent->first, child);
        return;
    }
    jfyp_node_append(parent, child);
}

void jfyp_node_insert_before(jfy_node *sib, jfy_node *child) {
    jfyp_node_detach(child);
    child->parent = sib->parent;
    child->next = sib;
    child->prev = sib->prev;
    if (sib->prev)
        sib->prev->next = child;
    else if (sib->parent)
        sib->parent->first = child;
    sib->prev = child;
    jfyp_node_changed(sib->parent);
}

void jfyp_node_insert_after(jfy_node *sib, jfy_node *child) {
    if (!sib->next && sib->parent) {
        jfyp_node_append(sib->parent, child);
        return;
    }
    jfyp_node_detach(child);
    child->parent = sib->parent;
    child->prev = sib;
    child->next = sib->next;
    if (sib->next)
        sib->next->prev = child;
    sib->next = child;
    jfyp_node_changed(sib->parent);
}

void jfyp_node_move_children(jfy_node *from, jfy_node *to) {
    while (from->first)
        jfyp_node_append(to, from->first);
}

void jfyp_node_move_from(jfy_node *first, jfy_node *to) {
    while (first) {
        jfy_node *next = first->next;
        jfyp_node_append(to, first);
        first = next;
    }
}

int jfyp_node_set_attr(jfy_node *n, const char *key, const char *value) {
    jfyp_node_changed(n);
    jfy_attr **pp = &n->attrs;
    while (*pp && strcmp((*pp)->key, key) != 0)
        pp = &(*pp)->next;
    if (!value) {
        if (*pp) {
            jfy_attr *a = *pp;
            *pp = a->next;
            a->next = NULL;
            free_attrs(a);
        }
        return 0;
    }
    unsigned char v_in_arena;
    char *v = text_copy(value, strlen(value), &v_in_arena);
    if (!v)
        return -1;
    if (*pp) {
        jfy_attr *a = *pp;
        if (!(a->in_arena & JFYP_IN_ARENA_VALUE))
            free(a->value);
        a->value = v;
        a->in_arena = (unsigned char)((a->in_arena & ~JFYP_IN_ARENA_VALUE) |
                                      (v_in_arena ? JFYP_IN_ARENA_VALUE : 0));
        return 0;
    }
    /* the key, never changed, in the attribute's own block */
    size_t kl = strlen(key);
    jfy_attr *a = arena_take(sizeof *a + kl + 1);
    unsigned char in_arena = a ? JFYP_IN_ARENA_BLOCK : 0;
    if (!a && !(a = malloc(sizeof *a + kl + 1))) {
        if (!v_in_arena)
            free(v);
        return -1;
    }
    a->key = memcpy((char *)(a + 1), key, kl + 1);
    a->value = v;
    a->next = NULL;
    a->in_arena = (unsigned char)(in_arena | (v_in_arena ? JFYP_IN_ARENA_VALUE : 0));
    *pp = a;
    return 0;
}

int jfyp_node_set_text(jfy_node *n, const char *text) {
    char *t = NULL;
    unsigned char in_arena = 0;
    if (text && !(t = text_copy(text, strlen(text), &in_arena)))
        return -1;
    drop_text(n);
    n->text = t;
    n->text_in_arena = in_arena;
    jfyp_node_changed(n);
    return 0;
}

void jfyp_node_take_text(jfy_node *n, char *t) {
    drop_text(n);
    n->text = t;
    jfyp_node_changed(n);
}

void jfyp_node_span_from(jfy_node *n, const jfy_node *from) {
    if (!from)
        return;
    n->line = from->line;
    n->col = from->col;
    n->end_line = from->end_line;
    n->end_col = from->end_col;
}

jfy_node *jfyp_node_find(const jfy_node *root, jfy_node_type type) {
    if (!root)
        return NULL;
    for (jfy_node *n = root->first ? root->first : NULL; n;
         n = jfyp_node_next_in(root, n))
        if (n->type == type)
            return n;
    return NULL;
}

/* A break stands for one space; other nodes for their text. The root's own
 * text counts too (a heading's or code block's literal), a document's not. */
static const char *plain_piece(const jfy_node *n, const jfy_node *root) {
    if (n == root)
        return root->text && root->type != JFY_N_DOCUMENT ? root->text : NULL;
    if (n->type == JFY_N_SOFTBREAK || n->type == JFY_N_LINEBREAK)
        return " ";
    return n->text;
}

size_t jfyp_node_plain_len(const jfy_node *root) {
    size_t len = 0;
    for (const jfy_node *n = root; n; n = jfyp_node_next_in(root, n)) {
        const char *t = plain_piece(n, root);
        if (t)
            len += strlen(t);
    }
    return len;
}

char *jfyp_node_plain_at(const jfy_node *root, char *dst) {
    for (const jfy_node *n = root; n; n = jfyp_node_next_in(root, n)) {
        const char *t = plain_piece(n, root);
        if (t) {
            size_t l = strlen(t);
            memcpy(dst, t, l);
            dst += l;
        }
    }
    return dst;
}

void jfyp_node_plain_put(const jfy_node *root, jfyp_buf *b) {
    for (const jfy_node *n = root; n; n = jfyp_node_next_in(root, n)) {
        const char *t = plain_piece(n, root);
        if (t)
            jfyp_buf_puts(b, t);
    }
}

size_t jfyp_node_plain_cps(const jfy_node *root) {
    size_t cps = 0;
    for (const jfy_node *n = root; n; n = jfyp_node_next_in(root, n)) {
        const char *t = plain_piece(n, root);
        if (t)
            cps += jfyp_utf8_count(t, strlen(t));
    }
    return cps;
}

size_t jfyp_node_plain_into(const jfy_node *root, char *buf, size_t cap) {
    size_t len = 0;
    for (const jfy_node *n = root; n; n = jfyp_node_next_in(root, n)) {
        /* a paragraph's every other piece: its space is put, not copied */
        if (n != root && (n->type == JFY_N_SOFTBREAK || n->type == JFY_N_LINEBREAK)) {
            if (len < cap)
                buf[len] = ' ';
            len++;
            continue;
        }
        const char *t = plain_piece(n, root);
        if (t) {
            size_t l = strlen(t);
            if (len + l <= cap)
                memcpy(buf + len, t, l);
            len += l;
        }
    }
    return len;
}

/* One walk into a buffer on the stack, then one allocation of the size
 * found (bench/instructions: the plain text of paragraphs is asked for
 * thousands of times a page); a text longer than the buffer is measured,
 * then copied by a second walk. */
char *jfyp_node_plain(const jfy_node *root) {
    char tmp[2048];
    size_t len = jfyp_node_plain_into(root, tmp, sizeof tmp);
    char *s = malloc(len + 1);
    if (!s)
        return NULL;
    if (len <= sizeof tmp)
        memcpy(s, tmp, len);
    else
        jfyp_node_plain_at(root, s);
    s[len] = '\0';
    return s;
}

jfy_node *jfyp_node_clone(const jfy_node *src) {
    jfy_node *n = jfyp_node_new_text(src->type, src->text);
    if (!n)
        return NULL;
    jfyp_node_span_from(n, src);
    for (const jfy_attr *a = src->attrs; a; a = a->next)
        if (jfyp_node_set_attr(n, a->key, a->value) < 0)
            goto fail;
    /* Recursion depth is bounded by the parser's nesting limit. */
    for (const jfy_node *c = src->first; c; c = c->next) {
        jfy_node *cc = jfyp_node_clone(c);
        if (!cc)
            goto fail;
        jfyp_node_append(n, cc);
    }
    return n;
fail:
    jfyp_node_free(n);
    return NULL;
}

void jfyp_node_lstrip(jfy_node *node) {
    jfy_node *k = node->first;
    if (k && k->type == JFY_N_TEXT && k->text) {
        size_t s = strspn(k->text, " ");
        memmove(k->text, k->text + s, strlen(k->text + s) + 1);
        jfyp_node_changed(k);
    }
}

jfy_node *jfyp_para_split_before(jfy_node *para, jfy_node *first) {
    jfy_node *q = jfyp_node_new(JFY_N_PARAGRAPH);
    if (!q)
        return NULL;
    jfyp_node_span_from(q, para);
    if (first->line)
        q->line = first->line, q->col = first->col;
    jfyp_node_move_from(first, q);
    jfyp_node_insert_after(para, q);
    while (para->last && jfyp_inline_is_break(para->last))
        jfyp_node_free(para->last);
    while (q->first && jfyp_inline_is_break(q->first))
        jfyp_node_free(q->first);
    return q;
}
