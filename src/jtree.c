/* jtree.c - the compact tree (jtree.h) and the scanner that builds it
 * from plain XML without libxml2's tree.
 *
 * Why: for an 80 KB published article, libxml2 spends about 5 M
 * instructions building its tree and 1 M freeing it, more than the checks
 * that read it. Most documents checked are plain XML (UTF-8, names in
 * ASCII, the five predefined entities, a DOCTYPE naming an external DTD
 * that is never loaded), and for those one pass over the bytes settles
 * well-formedness and builds the tree. The scanner is a subset judge: it
 * accepts only what it checks in full, and everything else (anything
 * libxml2 might treat in its own way) answers 0 so that libxml2 parses the
 * document as before. tests/fastscan.sh compares both trees, lines
 * included, on the corpus and on mutated documents. */
#include "jtree.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define NS_XLINK "http://www.w3.org/1999/xlink"
#define NS_XML "http://www.w3.org/XML/1998/namespace"
#define NS_XMLNS "http://www.w3.org/2000/xmlns/"
#define NS_ALI "http://www.niso.org/schemas/ali/1.0/"
#define NS_MML "http://www.w3.org/1998/Math/MathML"

/* libxml2 refuses deeper documents (256 without XML_PARSE_HUGE) and text
 * nodes over 10 MB: the scanner stays well inside both. */
#define SCAN_MAX_DEPTH JFYP_JT_MAX_DEPTH
#define SCAN_MAX_BYTES (8u << 20)
#define SCAN_MAX_NAME 1000
#define SCAN_MAX_ATTRS JFYP_JT_MAX_ATTRS
#define SCAN_MAX_NS 64
/* The intern table is emptied between documents past this many names. */
#define MAX_NAMES 8192

typedef struct chunk {
    struct chunk *next;
    size_t cap, used;
    max_align_t data[];
} chunk;

typedef struct {
    jt_name_cache cache;
    size_t len;
    char s[];
} iname;

struct jt_doc {
    chunk *chunks; /* the newest first */
    iname **names; /* open addressing, power-of-two capacity */
    size_t nnames, namecap;
    jt_node **order;
    size_t norder, ordercap;
    jt_node *root;
    int plain_top;
    const char *public_id;
    char *scratch; /* decoded text */
    size_t scratch_cap;
    int oom;
};

/* ---------------------------------------------------------------------- */
/* Arena                                                                  */

/* A new chunk for n bytes (rounded), taken from it; NULL when out of memory. */
static void *alloc_chunk(jt_doc *d, size_t n) {
    chunk *c = d->chunks;
    size_t cap = 64 * 1024;
    while (cap < n)
        cap *= 2;
    if (c && cap < 2 * c->cap)
        cap = 2 * c->cap;
    chunk *nc = malloc(sizeof *nc + cap);
    if (!nc) {
        d->oom = 1;
        return NULL;
    }
    nc->cap = cap;
    nc->used = n;
    nc->next = c;
    d->chunks = nc;
    return nc->data;
}

/* Inline, the new chunk apart: every node and text of a page comes from
 * here, and a call for each cost a tenth of the scan (bench/instructions). */
static inline void *alloc(jt_doc *d, size_t n) {
    n = (n + sizeof(max_align_t) - 1) & ~(sizeof(max_align_t) - 1);
    chunk *c = d->chunks;
    if (!c || c->cap - c->used < n)
        return alloc_chunk(d, n);
    void *p = (char *)c->data + c->used;
    c->used += n;
    return p;
}

/* Keeps the biggest chunk: after a few documents one chunk holds a whole
 * document and nothing is allocated per document any more. */
static void reset(jt_doc *d) {
    chunk *keep = d->chunks;
    for (chunk *c = d->chunks; c; c = c->next)
        if (c->cap > keep->cap)
            keep = c;
    for (chunk *c = d->chunks, *next; c; c = next) {
        next = c->next;
        if (c != keep)
            free(c);
    }
    if (keep) {
        keep->used = 0;
        keep->next = NULL;
    }
    d->chunks = keep;
    d->norder = 0;
    d->root = NULL;
    d->plain_top = 0;
    d->public_id = NULL;
    d->oom = 0;
    if (d->nnames > MAX_NAMES) {
        for (size_t i = 0; i < d->namecap; i++)
            free(d->names[i]);
        memset(d->names, 0, d->namecap * sizeof *d->names);
        d->nnames = 0;
    }
}

jt_doc *jfyp_jt_new(void) { return calloc(1, sizeof(jt_doc)); }

void jfyp_jt_free(jt_doc *d) {
    if (!d)
        return;
    for (chunk *c = d->chunks, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    for (size_t i = 0; i < d->namecap; i++)
        free(d->names[i]);
    free(d->names);
    free(d->order);
    free(d->scratch);
    free(d);
}

/* ---------------------------------------------------------------------- */
/* Interned names                                                         */

static size_t hash_bytes(const char *s, size_t n) {
    size_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static const char *intern(jt_doc *d, const char *s, size_t n) {
    if (2 * (d->nnames + 1) > d->namecap) {
        size_t cap = d->namecap ? 2 * d->namecap : 256;
        iname **t = calloc(cap, sizeof *t);
        if (!t) {
            d->oom = 1;
            return NULL;
        }
        for (size_t k = 0; k < d->namecap; k++) {
            if (!d->names[k])
                continue;
            size_t i = hash_bytes(d->names[k]->s, d->names[k]->len) & (cap - 1);
            while (t[i])
                i = (i + 1) & (cap - 1);
            t[i] = d->names[k];
        }
        free(d->names);
        d->names = t;
        d->namecap = cap;
    }
    size_t i = hash_bytes(s, n) & (d->namecap - 1);
    for (; d->names[i]; i = (i + 1) & (d->namecap - 1))
        if (d->names[i]->len == n && memcmp(d->names[i]->s, s, n) == 0)
            return d->names[i]->s;
    iname *e = malloc(sizeof *e + n + 1);
    if (!e) {
        d->oom = 1;
        return NULL;
    }
    e->cache = (jt_name_cache){-2, -2, -1};
    e->len = n;
    memcpy(e->s, s, n);
    e->s[n] = '\0';
    d->names[i] = e;
    d->nnames++;
    return e->s;
}

jt_name_cache *jfyp_jt_name_cache(const char *name) {
    return &((iname *)(void *)(name - offsetof(iname, s)))->cache;
}

/* ---------------------------------------------------------------------- */
/* Nodes                                                                  */

static jt_node *add_node(jt_doc *d, jt_node *parent, unsigned char type) {
    jt_node *n = alloc(d, sizeof *n);
    if (!n)
        return NULL;
    memset(n, 0, sizeof *n);
    n->type = type;
    if (d->norder == d->ordercap) {
        size_t cap = d->ordercap ? 2 * d->ordercap : 1024;
        jt_node **o = realloc(d->order, cap * sizeof *o);
        if (!o) {
            d->oom = 1;
            return NULL;
        }
        d->order = o;
        d->ordercap = cap;
    }
    n->idx = d->norder;
    d->order[d->norder++] = n;
    n->parent = parent;
    if (parent) {
        n->prev = parent->last;
        if (parent->last)
            parent->last->next = n;
        else
            parent->first = n;
        parent->last = n;
    }
    return n;
}

static char *copy(jt_doc *d, const char *s, size_t n) {
    char *c = alloc(d, n + 1);
    if (c) {
        memcpy(c, s, n);
        c[n] = '\0';
    }
    return c;
}

jt_node *jfyp_jt_root(const jt_doc *d) { return d->root; }
int jfyp_jt_plain_top(const jt_doc *d) { return d->plain_top; }
const char *jfyp_jt_public_id(const jt_doc *d) { return d->public_id; }
jt_node *const *jfyp_jt_order(const jt_doc *d, size_t *n) {
    *n = d->norder;
    return d->order;
}

const char *jfyp_jt_attr(const jt_node *n, unsigned ns, const char *name) {
    for (size_t i = 0; i < n->nattrs; i++)
        if (n->attrs[i].ns == ns && strcmp(n->attrs[i].name, name) == 0)
            return n->attrs[i].value;
    return NULL;
}

/* ---------------------------------------------------------------------- */
/* From a libxml2 tree                                                    */

unsigned jfyp_jt_ns_kind(const xmlChar *href) {
    const char *h = (const char *)href;
    if (!h)
        return JT_NS_OTHER;
    if (strcmp(h, NS_XLINK) == 0)
        return JT_NS_XLINK;
    if (strcmp(h, NS_XML) == 0)
        return JT_NS_XML;
    if (strcmp(h, NS_ALI) == 0)
        return JT_NS_ALI;
    if (strcmp(h, NS_MML) == 0)
        return JT_NS_MML;
    return JT_NS_OTHER;
}

static int from_node(jt_doc *d, jt_node *parent, xmlNodePtr x) {
    for (; x && !d->oom; x = x->next) {
        unsigned char type;
        switch (x->type) {
        case XML_ELEMENT_NODE: type = JT_ELEM; break;
        case XML_TEXT_NODE: type = JT_TEXT; break;
        case XML_CDATA_SECTION_NODE: type = JT_CDATA; break;
        case XML_COMMENT_NODE:
        case XML_PI_NODE:
        case XML_DTD_NODE: type = JT_OTHER; break;
        default: type = JT_ODD; break;
        }
        jt_node *n = add_node(d, parent, type);
        if (!n)
            return -1;
        if (type == JT_TEXT || type == JT_CDATA) {
            const char *c = x->content ? (const char *)x->content : "";
            if (!(n->text = copy(d, c, strlen(c))))
                return -1;
            continue;
        }
        if (type != JT_ELEM)
            continue;
        if (!parent && !d->root)
            d->root = n;
        long l = xmlGetLineNo(x);
        n->line = l > 0 && l < INT32_MAX ? (int)l : 0;
        if (!(n->name = intern(d, (const char *)x->name, strlen((const char *)x->name))))
            return -1;
        if (x->ns) {
            n->ns = (unsigned char)jfyp_jt_ns_kind(x->ns->href);
            n->prefix = (const char *)x->ns->prefix;
        }
        size_t na = 0;
        for (xmlAttrPtr a = x->properties; a; a = a->next)
            na++;
        if (na && !(n->attrs = alloc(d, na * sizeof *n->attrs)))
            return -1;
        n->nattrs = na;
        size_t i = 0;
        for (xmlAttrPtr a = x->properties; a; a = a->next, i++) {
            jt_attr *t = &n->attrs[i];
            t->name = (const char *)a->name;
            t->ns = a->ns ? (unsigned char)jfyp_jt_ns_kind(a->ns->href) : JT_NS_NONE;
            xmlNodePtr c = a->children;
            t->odd = c && (c->type != XML_TEXT_NODE || c->next || !c->content);
            if (!t->odd) {
                const char *v = c ? (const char *)c->content : "";
                t->value = copy(d, v, strlen(v));
            } else {
                xmlChar *v = xmlNodeListGetString(x->doc, c, 1);
                t->value = copy(d, v ? (const char *)v : "", v ? strlen((const char *)v) : 0);
                xmlFree(v);
            }
            if (!t->value)
                return -1;
        }
        if (x->children && from_node(d, n, x->children) < 0)
            return -1;
    }
    return d->oom ? -1 : 0;
}

int jfyp_jt_from_xml(jt_doc *d, xmlDocPtr doc) {
    reset(d);
    int elements = 0, other = 0;
    for (xmlNodePtr n = doc->children; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE)
            elements++;
        else if (n->type != XML_COMMENT_NODE && n->type != XML_PI_NODE && n->type != XML_DTD_NODE)
            other = 1;
    }
    d->plain_top = elements == 1 && !other &&
                   !((doc->intSubset && doc->intSubset->children) || doc->extSubset);
    return from_node(d, NULL, doc->children);
}

/* ---------------------------------------------------------------------- */
/* Texts of a libxml2 tree about to be serialized                         */

static size_t utf8_char(const unsigned char *p, const unsigned char *end);

/* 1 when s is all XML Chars in UTF-8, which libxml2's serializer writes as
 * they are or as references (it escapes only markup and, in attributes,
 * white space): then the bytes read back as s. Anything else (a control
 * character, a byte that is no UTF-8, U+FFFE) would make the written
 * document not well-formed, which only reading the bytes tells. */
int jfyp_jt_xml_chars(const char *text) {
    const unsigned char *p = (const unsigned char *)text, *end = p + strlen(text);
    while (p < end) {
#ifdef __SSE2__
        const __m128i sp = _mm_set1_epi8(0x20);
        while (end - p >= 16) {
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
            /* signed: bytes >= 0x80 are negative, so below 0x20 too */
            int bits = _mm_movemask_epi8(_mm_cmplt_epi8(x, sp));
            if (bits) {
                p += __builtin_ctz((unsigned)bits);
                break;
            }
            p += 16;
        }
#endif
        while (p < end && *p >= 0x20 && *p < 0x80)
            p++;
        if (p >= end)
            break;
        if (*p >= 0x80) {
            size_t n = utf8_char(p, end);
            if (!n)
                return 0;
            p += n;
        } else if (*p == '\t' || *p == '\n' || *p == '\r') {
            p++;
        } else {
            return 0;
        }
    }
    return 1;
}

/* ---------------------------------------------------------------------- */
/* The scanner                                                            */

typedef struct {
    const char *prefix; /* interned */
    unsigned kind;
} binding;

typedef struct {
    jt_doc *d;
    const unsigned char *p, *end;
    int line;
    binding ns[SCAN_MAX_NS];
    size_t nns;
} scan;

/* Byte classes in character data: 0 plain, 1 needs a look. */
static unsigned char text_class[256];
static unsigned char name_start[256], name_char[256];
static int tables_ready;

static void init_tables(void) {
    for (int c = 0; c < 256; c++) {
        text_class[c] = c < 0x20 || c >= 0x80 || c == '<' || c == '&' || c == ']' ? 1 : 0;
        name_start[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        name_char[c] = name_start[c] || (c >= '0' && c <= '9') || c == '-' || c == '.';
    }
    text_class['\t'] = 0;
    __atomic_store_n(&tables_ready, 1, __ATOMIC_RELEASE);
}

static int is_blank(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static int skip_blanks(scan *s) {
    const unsigned char *from = s->p;
    while (s->p < s->end && is_blank(*s->p)) {
        s->line += *s->p == '\n';
        s->p++;
    }
    return s->p > from;
}

/* Length of one valid UTF-8 sequence of an XML Char at p (>= 0x80), 0 if
 * none. */
static size_t utf8_char(const unsigned char *p, const unsigned char *end) {
    unsigned c = p[0];
    if (c >= 0xC2 && c <= 0xDF)
        return end - p >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (end - p < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
            return 0;
        unsigned cp = ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
        if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF)
            return 0;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (end - p < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 ||
            (p[3] & 0xC0) != 0x80)
            return 0;
        unsigned cp = ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) |
                      (p[3] & 0x3F);
        return cp >= 0x10000 && cp <= 0x10FFFF ? 4 : 0;
    }
    return 0;
}

/* An ASCII NCName; its length, 0 if none. */
static size_t ncname(scan *s) {
    const unsigned char *p = s->p;
    if (p >= s->end || !name_start[*p])
        return 0;
    while (p < s->end && name_char[*p])
        p++;
    size_t n = (size_t)(p - s->p);
    return n <= SCAN_MAX_NAME ? n : 0;
}

/* QName: prefix (may be empty) and local part. 0 when not plain. */
static int qname(scan *s, const char **pre, size_t *prelen, const char **loc, size_t *loclen) {
    size_t n = ncname(s);
    if (!n)
        return 0;
    const char *a = (const char *)s->p;
    s->p += n;
    if (s->p < s->end && *s->p == ':') {
        s->p++;
        size_t m = ncname(s);
        if (!m)
            return 0;
        *pre = a;
        *prelen = n;
        *loc = (const char *)s->p;
        *loclen = m;
        s->p += m;
        if (s->p < s->end && *s->p == ':')
            return 0;
    } else {
        *pre = NULL;
        *prelen = 0;
        *loc = a;
        *loclen = n;
    }
    return 1;
}

static int grow_scratch(jt_doc *d, size_t need) {
    if (need <= d->scratch_cap)
        return 1;
    size_t cap = d->scratch_cap ? d->scratch_cap : 4096;
    while (cap < need)
        cap *= 2;
    char *n = realloc(d->scratch, cap);
    if (!n) {
        d->oom = 1;
        return 0;
    }
    d->scratch = n;
    d->scratch_cap = cap;
    return 1;
}

/* A reference at p ('&'): the predefined entities and (in text) character
 * references of XML Chars. Writes its UTF-8 to out, returns the bytes
 * written, 0 when not plain. */
static size_t reference(scan *s, int charrefs, char out[4]) {
    const unsigned char *p = s->p + 1, *e = s->end;
    static const struct {
        const char *name;
        char c;
    } pre[] = {{"amp;", '&'}, {"lt;", '<'}, {"gt;", '>'}, {"quot;", '"'}, {"apos;", '\''}};
    for (size_t i = 0; i < 5; i++) {
        size_t n = strlen(pre[i].name);
        if ((size_t)(e - p) >= n && memcmp(p, pre[i].name, n) == 0) {
            s->p = p + n;
            out[0] = pre[i].c;
            return 1;
        }
    }
    if (!charrefs || p >= e || *p != '#')
        return 0;
    p++;
    unsigned long v = 0;
    int hex = p < e && *p == 'x', digits = 0;
    if (hex)
        p++;
    for (; p < e && *p != ';'; p++, digits++) {
        int c = *p, d;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (hex && c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        else
            return 0;
        if (digits > 7)
            return 0;
        v = v * (hex ? 16 : 10) + (unsigned long)d;
    }
    if (p >= e || !digits)
        return 0;
    if (!(v == 0x9 || v == 0xA || (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD) ||
          (v >= 0x10000 && v <= 0x10FFFF)))
        return 0;
    s->p = p + 1;
    if (v < 0x80) {
        out[0] = (char)v;
        return 1;
    }
    if (v < 0x800) {
        out[0] = (char)(0xC0 | (v >> 6));
        out[1] = (char)(0x80 | (v & 0x3F));
        return 2;
    }
    if (v < 0x10000) {
        out[0] = (char)(0xE0 | (v >> 12));
        out[1] = (char)(0x80 | ((v >> 6) & 0x3F));
        out[2] = (char)(0x80 | (v & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (v >> 18));
    out[1] = (char)(0x80 | ((v >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((v >> 6) & 0x3F));
    out[3] = (char)(0x80 | (v & 0x3F));
    return 4;
}

/* The first byte from p on that character data cannot pass over
 * unlooked: '<', '&', ']', a control character (tab and line feed too),
 * or a non-ASCII byte. Sixteen bytes at a time where SSE2 is there: most
 * of a document is plain text. */
static const unsigned char *skip_plain(const unsigned char *p, const unsigned char *end) {
#ifdef __SSE2__
    const __m128i lt = _mm_set1_epi8('<'), amp = _mm_set1_epi8('&'), rb = _mm_set1_epi8(']'),
                  sp = _mm_set1_epi8(0x20);
    while (end - p >= 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
        /* signed: bytes >= 0x80 are negative, so below 0x20 too */
        __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, lt), _mm_cmpeq_epi8(x, amp)),
                                 _mm_or_si128(_mm_cmpeq_epi8(x, rb), _mm_cmplt_epi8(x, sp)));
        int bits = _mm_movemask_epi8(m);
        if (bits)
            return p + __builtin_ctz((unsigned)bits);
        p += 16;
    }
#endif
    while (p < end && !text_class[*p])
        p++;
    return p;
}

/* Character data up to the next '<', as one text node under parent (none
 * when empty). 1, or 0 when not plain. */
static int text(scan *s, jt_node *parent) {
    jt_doc *d = s->d;
    const unsigned char *start = s->p, *seg = s->p;
    size_t out = 0; /* bytes in scratch when decoding */
    int decoding = 0;
    for (;;) {
        const unsigned char *p = skip_plain(s->p, s->end);
        s->p = p;
        if (p >= s->end)
            return 0;
        unsigned c = *p;
        if (c == '<')
            break;
        if (c == '\t') {
            s->p++;
        } else if (c == '\n') {
            s->line++;
            s->p++;
        } else if (c >= 0x80) {
            size_t n = utf8_char(p, s->end);
            if (!n)
                return 0;
            s->p += n;
        } else if (c == ']') {
            if (s->end - p >= 3 && p[1] == ']' && p[2] == '>')
                return 0;
            s->p++;
        } else if (c == '&' || c == '\r') {
            char buf[4];
            size_t n = 1;
            if (c == '\r') {
                if (p + 1 >= s->end || p[1] != '\n')
                    return 0;
                s->p++; /* libxml2 reads "\r\n" as "\n" */
                n = 0;
            } else if (!(n = reference(s, 1, buf))) {
                return 0;
            }
            size_t run = (size_t)(p - seg);
            if (!grow_scratch(d, out + run + 4))
                return -1;
            memcpy(d->scratch + out, seg, run);
            out += run;
            memcpy(d->scratch + out, buf, n);
            out += n;
            seg = s->p;
            decoding = 1;
        } else {
            return 0; /* a control character */
        }
    }
    const char *t;
    size_t n;
    if (decoding) {
        size_t run = (size_t)(s->p - seg);
        if (!grow_scratch(d, out + run))
            return -1;
        memcpy(d->scratch + out, seg, run);
        out += run;
        t = d->scratch;
        n = out;
    } else {
        t = (const char *)start;
        n = (size_t)(s->p - start);
    }
    if (!n)
        return 1;
    jt_node *node = add_node(d, parent, JT_TEXT);
    if (!node || !(node->text = copy(d, t, n)))
        return -1;
    return 1;
}

/* "<!--" at p: a comment without "--" inside. */
static int comment(scan *s, jt_node *parent) {
    const unsigned char *p = s->p + 4;
    for (;; p++) {
        if (p >= s->end)
            return 0;
        unsigned c = *p;
        if (c == '-' && p + 1 < s->end && p[1] == '-') {
            if (p + 2 >= s->end || p[2] != '>')
                return 0;
            break;
        }
        if (c == '\n') {
            s->line++;
        } else if (c >= 0x80) {
            size_t n = utf8_char(p, s->end);
            if (!n)
                return 0;
            p += n - 1;
        } else if (c < 0x20 && c != '\t' && !(c == '\r' && p + 1 < s->end && p[1] == '\n')) {
            return 0;
        }
    }
    s->p = p + 3;
    return add_node(s->d, parent, JT_OTHER) ? 1 : -1;
}

/* "<?" at p: a processing instruction whose target is a plain name not
 * starting with "xml". */
static int pi(scan *s, jt_node *parent) {
    s->p += 2;
    size_t n = ncname(s);
    if (!n || (n >= 3 && (s->p[0] | 0x20) == 'x' && (s->p[1] | 0x20) == 'm' &&
               (s->p[2] | 0x20) == 'l'))
        return 0;
    s->p += n;
    if (s->p + 1 < s->end && s->p[0] == '?' && s->p[1] == '>') {
        s->p += 2;
        return add_node(s->d, parent, JT_OTHER) ? 1 : -1;
    }
    if (!skip_blanks(s))
        return 0;
    for (const unsigned char *p = s->p;; p++) {
        if (p + 1 >= s->end)
            return 0;
        unsigned c = *p;
        if (c == '?' && p[1] == '>') {
            s->p = p + 2;
            break;
        }
        if (c == '\n') {
            s->line++;
        } else if (c >= 0x80) {
            size_t k = utf8_char(p, s->end);
            if (!k)
                return 0;
            p += k - 1;
        } else if (c < 0x20 && c != '\t' && !(c == '\r' && p[1] == '\n')) {
            return 0;
        }
    }
    return add_node(s->d, parent, JT_OTHER) ? 1 : -1;
}

static unsigned uri_kind(const unsigned char *v, size_t n) {
    static const struct {
        const char *uri;
        unsigned kind;
    } known[] = {{NS_XLINK, JT_NS_XLINK}, {NS_ALI, JT_NS_ALI}, {NS_MML, JT_NS_MML}};
    for (size_t i = 0; i < 3; i++)
        if (strlen(known[i].uri) == n && memcmp(known[i].uri, v, n) == 0)
            return known[i].kind;
    return JT_NS_OTHER;
}

typedef struct {
    const char *pre, *loc;
    size_t prelen, loclen;
    const char *value;
} raw_attr;

/* An attribute value after '=' and blanks: quoted, no '<', no white space
 * but the space (libxml2 normalizes the others), the predefined entities
 * only. Decoded into the arena. */
static const char *att_value(scan *s) {
    if (s->p >= s->end || (*s->p != '"' && *s->p != '\''))
        return NULL;
    unsigned q = *s->p++;
    const unsigned char *start = s->p, *p = s->p;
    int amp = 0;
    for (;; p++) {
        if (p >= s->end)
            return NULL;
        unsigned c = *p;
        if (c == q)
            break;
        if (c == '<' || c < 0x20)
            return NULL;
        if (c == '&')
            amp = 1;
        else if (c >= 0x80) {
            size_t n = utf8_char(p, s->end);
            if (!n)
                return NULL;
            p += n - 1;
        }
    }
    s->p = p + 1;
    size_t n = (size_t)(p - start);
    if (!amp)
        return copy(s->d, (const char *)start, n);
    char *v = alloc(s->d, n + 1), *o = v;
    if (!v)
        return NULL;
    const unsigned char *save = s->p;
    for (const unsigned char *r = start; r < p;) {
        if (*r != '&') {
            *o++ = (char)*r++;
            continue;
        }
        s->p = r;
        char buf[4];
        if (!reference(s, 0, buf))
            return NULL;
        *o++ = buf[0];
        r = s->p;
    }
    *o = '\0';
    s->p = save;
    return v;
}

static const char *lookup_prefix(scan *s, const char *pre, size_t n, unsigned *kind) {
    const char *ip = intern(s->d, pre, n);
    if (!ip)
        return NULL;
    for (size_t i = s->nns; i-- > 0;)
        if (s->ns[i].prefix == ip) {
            *kind = s->ns[i].kind;
            return ip;
        }
    return NULL;
}

typedef struct {
    jt_node *node;
    const char *pre, *loc;
    size_t prelen, loclen;
    size_t nns; /* bindings before this element's own */
} open_el;

/* The document from its first byte: 1 built, 0 not plain, -1 OOM. */
static int scan_doc(scan *s) {
    jt_doc *d = s->d;
    const unsigned char *e = s->end;
    static const char decl[] = "<?xml";
    if ((size_t)(e - s->p) >= 6 && memcmp(s->p, decl, 5) == 0 && is_blank(s->p[5])) {
        /* version="1.0" [encoding="UTF-8"] [standalone="yes|no"] */
        s->p += 5;
        static const char *const keys[] = {"version", "encoding", "standalone"};
        int k = 0, any = 0;
        for (;;) {
            int blank = skip_blanks(s);
            if (e - s->p >= 2 && s->p[0] == '?' && s->p[1] == '>') {
                s->p += 2;
                break;
            }
            if (!blank)
                return 0;
            size_t n = ncname(s);
            while (k < 3 && (strlen(keys[k]) != n || memcmp(s->p, keys[k], n) != 0))
                k++;
            if (k == 3 || (!any && k != 0))
                return 0;
            s->p += n;
            skip_blanks(s);
            if (s->p >= e || *s->p != '=')
                return 0;
            s->p++;
            skip_blanks(s);
            if (s->p >= e || (*s->p != '"' && *s->p != '\''))
                return 0;
            unsigned q = *s->p++;
            const unsigned char *v = s->p;
            while (s->p < e && *s->p != q && *s->p != '\n')
                s->p++;
            if (s->p >= e || *s->p != q)
                return 0;
            size_t vl = (size_t)(s->p - v);
            s->p++;
            int ok = k == 0   ? vl == 3 && memcmp(v, "1.0", 3) == 0
                     : k == 1 ? vl == 5 && (v[0] | 0x20) == 'u' && (v[1] | 0x20) == 't' &&
                                    (v[2] | 0x20) == 'f' && v[3] == '-' && v[4] == '8'
                              : (vl == 3 && memcmp(v, "yes", 3) == 0) ||
                                    (vl == 2 && memcmp(v, "no", 2) == 0);
            if (!ok)
                return 0;
            any = 1;
            k++;
        }
        if (!any)
            return 0;
    }
    int doctype = 0;
    /* The prolog: blanks, comments, PIs, one DOCTYPE. */
    for (;;) {
        skip_blanks(s);
        if (e - s->p < 2)
            return 0;
        if (s->p[0] != '<')
            return 0;
        int r;
        if (e - s->p >= 4 && memcmp(s->p, "<!--", 4) == 0) {
            r = comment(s, NULL);
        } else if (s->p[1] == '?') {
            r = pi(s, NULL);
        } else if (e - s->p >= 9 && memcmp(s->p, "<!DOCTYPE", 9) == 0 && !doctype) {
            doctype = 1;
            s->p += 9;
            if (!skip_blanks(s))
                return 0;
            size_t n = ncname(s);
            const char *pre, *loc;
            size_t pl, ll;
            if (!n || !qname(s, &pre, &pl, &loc, &ll))
                return 0;
            int blank = skip_blanks(s);
            if (s->p >= e)
                return 0;
            if (*s->p != '>') {
                int public = e - s->p >= 6 && memcmp(s->p, "PUBLIC", 6) == 0;
                if (!blank || (!public && !(e - s->p >= 6 && memcmp(s->p, "SYSTEM", 6) == 0)))
                    return 0;
                s->p += 6;
                if (!skip_blanks(s) || s->p >= e || (*s->p != '"' && *s->p != '\''))
                    return 0;
                if (public) {
                    unsigned q = *s->p++;
                    const unsigned char *v = s->p;
                    for (; s->p < e && *s->p != q; s->p++) {
                        unsigned c = *s->p;
                        if (c == '\n')
                            s->line++;
                        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                              (c >= '0' && c <= '9') || strchr(" \r\n-'()+,./:=?;!*#@$_%", (int)c)))
                            return 0;
                        if (c == '\r' || (c == '\'' && q == '\''))
                            return 0;
                    }
                    if (s->p >= e)
                        return 0;
                    if (!(d->public_id = copy(d, (const char *)v, (size_t)(s->p - v))))
                        return -1;
                    s->p++;
                    if (!skip_blanks(s) || s->p >= e || (*s->p != '"' && *s->p != '\''))
                        return 0;
                }
                unsigned q = *s->p++;
                for (; s->p < e && *s->p != q; s->p++)
                    if (*s->p < 0x20 || *s->p >= 0x80)
                        return 0;
                if (s->p >= e)
                    return 0;
                s->p++;
                skip_blanks(s);
                if (s->p >= e || *s->p != '>')
                    return 0; /* an internal subset ('[') goes to libxml2 */
            }
            s->p++;
            r = add_node(d, NULL, JT_OTHER) ? 1 : -1;
        } else if (name_start[s->p[1]]) {
            break;
        } else {
            return 0;
        }
        if (r <= 0)
            return r;
    }
    /* The elements. */
    open_el stack[SCAN_MAX_DEPTH];
    size_t depth = 0;
    raw_attr attrs[SCAN_MAX_ATTRS];
    jt_node *parent = NULL;
    for (;;) {
        /* at '<' */
        if (e - s->p < 2)
            return 0;
        unsigned c1 = s->p[1];
        if (name_start[c1]) {
            s->p++;
            open_el el = {0};
            if (!qname(s, &el.pre, &el.prelen, &el.loc, &el.loclen))
                return 0;
            el.nns = s->nns;
            size_t na = 0;
            int empty;
            for (;;) {
                int blank = skip_blanks(s);
                if (s->p >= e)
                    return 0;
                if (*s->p == '>') {
                    empty = 0;
                    break;
                }
                if (*s->p == '/') {
                    if (e - s->p < 2 || s->p[1] != '>')
                        return 0;
                    empty = 1;
                    break;
                }
                if (!blank)
                    return 0;
                raw_attr a;
                if (!qname(s, &a.pre, &a.prelen, &a.loc, &a.loclen))
                    return 0;
                skip_blanks(s);
                if (s->p >= e || *s->p != '=')
                    return 0;
                s->p++;
                skip_blanks(s);
                if (!(a.value = att_value(s)))
                    return d->oom ? -1 : 0;
                if (!a.pre && a.loclen == 5 && memcmp(a.loc, "xmlns", 5) == 0)
                    return 0; /* a default namespace */
                if (a.pre && a.prelen == 5 && memcmp(a.pre, "xmlns", 5) == 0) {
                    size_t vl = strlen(a.value);
                    if (!vl || (a.loclen == 3 && memcmp(a.loc, "xml", 3) == 0) ||
                        (a.loclen == 5 && memcmp(a.loc, "xmlns", 5) == 0) ||
                        strcmp(a.value, NS_XML) == 0 || strcmp(a.value, NS_XMLNS) == 0 ||
                        s->nns == SCAN_MAX_NS)
                        return 0;
                    const char *ip = intern(d, a.loc, a.loclen);
                    if (!ip)
                        return -1;
                    for (size_t i = el.nns; i < s->nns; i++)
                        if (s->ns[i].prefix == ip)
                            return 0; /* declared twice on one element */
                    s->ns[s->nns++] = (binding){ip, uri_kind((const unsigned char *)a.value, vl)};
                    continue;
                }
                if (na == SCAN_MAX_ATTRS)
                    return 0;
                attrs[na++] = a;
            }
            jt_node *n = add_node(d, parent, JT_ELEM);
            if (!n)
                return -1;
            n->line = s->line;
            if (!(n->name = intern(d, el.loc, el.loclen)))
                return -1;
            if (el.pre) {
                unsigned kind;
                if (!(n->prefix = lookup_prefix(s, el.pre, el.prelen, &kind)))
                    return d->oom ? -1 : 0;
                n->ns = (unsigned char)kind;
            }
            if (na) {
                if (!(n->attrs = alloc(d, na * sizeof *n->attrs)))
                    return -1;
                for (size_t i = 0; i < na; i++) {
                    jt_attr *t = &n->attrs[i];
                    if (!(t->name = intern(d, attrs[i].loc, attrs[i].loclen)))
                        return -1;
                    t->value = attrs[i].value;
                    t->odd = 0;
                    t->ns = JT_NS_NONE;
                    if (attrs[i].pre) {
                        unsigned kind;
                        if (attrs[i].prelen == 3 && memcmp(attrs[i].pre, "xml", 3) == 0)
                            kind = JT_NS_XML;
                        else if (!lookup_prefix(s, attrs[i].pre, attrs[i].prelen, &kind))
                            return d->oom ? -1 : 0;
                        t->ns = (unsigned char)kind;
                    }
                    /* Same local name twice: libxml2 may refuse it. */
                    for (size_t k = 0; k < i; k++)
                        if (n->attrs[k].name == t->name)
                            return 0;
                }
                n->nattrs = na;
            }
            if (!parent) {
                if (d->root)
                    return 0;
                d->root = n;
            }
            if (empty) {
                s->p += 2;
                s->nns = el.nns;
            } else {
                s->p++;
                if (depth == SCAN_MAX_DEPTH)
                    return 0;
                el.node = n;
                stack[depth++] = el;
                parent = n;
            }
        } else if (c1 == '/') {
            if (!depth)
                return 0;
            s->p += 2;
            /* The end tag names the open element when it repeats the start
             * tag's QName byte for byte and the name ends there: what
             * reading it with qname and comparing the parts would find,
             * without reading it twice. */
            open_el *el = &stack[depth - 1];
            const char *q = el->pre ? el->pre : el->loc;
            size_t ql = (size_t)(el->loc + el->loclen - q);
            if ((size_t)(e - s->p) <= ql || memcmp(s->p, q, ql) != 0 || name_char[s->p[ql]] ||
                s->p[ql] == ':')
                return 0;
            s->p += ql;
            skip_blanks(s);
            if (s->p >= e || *s->p != '>')
                return 0;
            s->p++;
            s->nns = el->nns;
            depth--;
            parent = depth ? stack[depth - 1].node : NULL;
        } else if (c1 == '!' && e - s->p >= 4 && memcmp(s->p, "<!--", 4) == 0) {
            int r = comment(s, parent);
            if (r <= 0)
                return r;
        } else if (c1 == '?') {
            int r = pi(s, parent);
            if (r <= 0)
                return r;
        } else {
            return 0; /* CDATA and anything else */
        }
        if (!depth)
            break;
        int r = text(s, parent);
        if (r <= 0)
            return r;
    }
    /* After the root: blanks, comments, PIs. */
    for (;;) {
        skip_blanks(s);
        if (s->p >= e)
            break;
        if (e - s->p < 2 || s->p[0] != '<')
            return 0;
        int r;
        if (e - s->p >= 4 && memcmp(s->p, "<!--", 4) == 0)
            r = comment(s, NULL);
        else if (s->p[1] == '?')
            r = pi(s, NULL);
        else
            return 0;
        if (r <= 0)
            return r;
    }
    /* Past line 65534 libxml2 keeps an element's line in 16 bits and
     * xmlGetLineNo guesses it from the node's children or siblings: lines
     * the scanner would not give alike, so such long files go to libxml2. */
    if (s->line >= 65535)
        return 0;
    d->plain_top = 1;
    return 1;
}

int jfyp_jt_scan(jt_doc *d, const char *xml, size_t len) {
    if (!__atomic_load_n(&tables_ready, __ATOMIC_ACQUIRE))
        init_tables(); /* idempotent: racing threads write the same bytes */
    reset(d);
    if (len == 0 || len > SCAN_MAX_BYTES || memchr(xml, '\0', len))
        return 0;
    scan s = {.d = d, .p = (const unsigned char *)xml, .end = (const unsigned char *)xml + len,
              .line = 1};
    int r = scan_doc(&s);
    if (d->oom)
        return -1;
    return r;
}
