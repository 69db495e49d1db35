/* fastcheck.c - a parsed document against the profile's build-time tables
 * (profile_tables.h), without compiling any XSD.
 *
 * Compiling the profile XSD costs tens of milliseconds, the official one
 * far more, while most documents checked (jatsify's own output above all)
 * are plainly within the profile. One walk of the tree settles those: it
 * answers 1 only when the profile XSD certainly accepts the document, and
 * since every document the profile accepts the official JATS 1.4
 * Publishing schema accepts too, that is the official verdict as well.
 * Anything unusual (entity references, an internal DTD subset, CDATA in
 * element content, whitespace around a token, a comment in simple
 * content) answers 0: the caller then asks libxml2, so a doubt costs time
 * and never a verdict. Built-in type checks and patterns are libxml2's
 * own (xmlSchemaValidatePredefinedType, xmlRegexp), as its validator uses. */
#include <libxml/tree.h>
#include <libxml/xmlregexp.h>
#include <libxml/xmlschemastypes.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "jtree.h"
#include "profile_tables.h"
#include "schema.h"

#define MAX_PATTERNS 16
/* Deeper than libxml2 parses by default: such a document goes to libxml2. */
#define MAX_DEPTH 1024

static pthread_once_t patterns_once = PTHREAD_ONCE_INIT;
static xmlRegexpPtr patterns[MAX_PATTERNS];
static int patterns_ready;

/* The patterns are tiny: all compiled once per process, kept for its life. */
static void compile_patterns(void) {
    jfy_global_init();
    if (jfyp_pt_npatterns > MAX_PATTERNS)
        return;
    for (unsigned i = 0; i < jfyp_pt_npatterns; i++)
        if (!(patterns[i] = xmlRegexpCompile((const xmlChar *)jfyp_pt_patterns[i])))
            return;
    patterns_ready = 1;
}

typedef struct {
    const char *s;
    size_t n;
} span;

typedef struct {
    span *ids; /* open addressing, capacity a power of two */
    size_t nids, idcap;
    span *refs;
    size_t nrefs, refcap;
} walk;

static size_t hash_span(span v) {
    size_t h = 2166136261u;
    for (size_t i = 0; i < v.n; i++)
        h = (h ^ (unsigned char)v.s[i]) * 16777619u;
    return h;
}

static int same(span a, span b) { return a.n == b.n && memcmp(a.s, b.s, a.n) == 0; }

static int id_known(const walk *w, span v) {
    if (!w->idcap)
        return 0;
    for (size_t i = hash_span(v) & (w->idcap - 1);; i = (i + 1) & (w->idcap - 1)) {
        if (!w->ids[i].s)
            return 0;
        if (same(w->ids[i], v))
            return 1;
    }
}

/* 1 when v is new and recorded, 0 for a duplicate or no memory. */
static int id_add(walk *w, span v) {
    if (2 * (w->nids + 1) > w->idcap) {
        size_t cap = w->idcap ? 2 * w->idcap : 64;
        span *t = calloc(cap, sizeof *t);
        if (!t)
            return 0;
        for (size_t k = 0; k < w->idcap; k++) {
            if (!w->ids[k].s)
                continue;
            size_t i = hash_span(w->ids[k]) & (cap - 1);
            while (t[i].s)
                i = (i + 1) & (cap - 1);
            t[i] = w->ids[k];
        }
        free(w->ids);
        w->ids = t;
        w->idcap = cap;
    }
    size_t i = hash_span(v) & (w->idcap - 1);
    for (; w->ids[i].s; i = (i + 1) & (w->idcap - 1))
        if (same(w->ids[i], v))
            return 0;
    w->ids[i] = v;
    w->nids++;
    return 1;
}

static int ref_add(walk *w, span v) {
    if (w->nrefs == w->refcap) {
        size_t cap = w->refcap ? 2 * w->refcap : 64;
        span *t = realloc(w->refs, cap * sizeof *t);
        if (!t)
            return 0;
        w->refs = t;
        w->refcap = cap;
    }
    w->refs[w->nrefs++] = v;
    return 1;
}

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* No XSD whitespace anywhere, or (list) single spaces between tokens: a
 * value that whitespace normalization would change is left to libxml2. */
static int clean(const char *v, int list) {
    if (list && (v[0] == ' ' || (v[0] && v[strlen(v) - 1] == ' ')))
        return 0;
    for (const char *p = v; *p; p++)
        if (is_space(*p) && !(list && *p == ' ' && p[1] != ' '))
            return 0;
    return 1;
}

static xmlSchemaValType builtin(unsigned base) {
    switch (base) {
    case JFYP_PT_ID: return XML_SCHEMAS_ID;
    case JFYP_PT_IDREF: return XML_SCHEMAS_IDREF;
    case JFYP_PT_IDREFS: return XML_SCHEMAS_IDREFS;
    case JFYP_PT_NMTOKEN: return XML_SCHEMAS_NMTOKEN;
    case JFYP_PT_NMTOKENS: return XML_SCHEMAS_NMTOKENS;
    case JFYP_PT_NCNAME: return XML_SCHEMAS_NCNAME;
    case JFYP_PT_ANYURI: return XML_SCHEMAS_ANYURI;
    case JFYP_PT_LANGUAGE: return XML_SCHEMAS_LANGUAGE;
    case JFYP_PT_INTEGER: return XML_SCHEMAS_INTEGER;
    case JFYP_PT_NONNEGATIVEINTEGER: return XML_SCHEMAS_NNINTEGER;
    case JFYP_PT_POSITIVEINTEGER: return XML_SCHEMAS_PINTEGER;
    case JFYP_PT_TOKEN: return XML_SCHEMAS_TOKEN;
    default: return XML_SCHEMAS_UNKNOWN;
    }
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* 1 when v is an ASCII NCName (or, for the token types, ASCII name
 * characters), single spaces between the items of a list: valid for the
 * name-like built-in types without asking libxml2 (most ids, rids and
 * tokens of a document). 0 when not sure. */
static int plain_name(unsigned base, const char *v) {
    int ncname = base == JFYP_PT_ID || base == JFYP_PT_IDREF || base == JFYP_PT_IDREFS ||
                 base == JFYP_PT_NCNAME;
    int token = base == JFYP_PT_NMTOKEN || base == JFYP_PT_NMTOKENS;
    int list = base == JFYP_PT_IDREFS || base == JFYP_PT_NMTOKENS;
    if (!ncname && !token)
        return 0;
    const unsigned char *p = (const unsigned char *)v;
    for (;;) {
        const unsigned char *start = p;
        for (;; p++) {
            unsigned c = *p;
            int letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
            int other = (c >= '0' && c <= '9') || c == '-' || c == '.';
            if (letter || (other && (token || p > start)) || (token && c == ':'))
                continue;
            break;
        }
        if (p == start)
            return 0;
        if (!*p)
            return 1;
        if (!list || *p != ' ' || !p[1])
            return 0;
        p++;
    }
}

/* 1 when v is certainly a valid value of simple type id. */
static int value_ok(walk *w, unsigned id, const char *v) {
    const jfyp_pt_stype *st = &jfyp_pt_stypes[id];
    int list = st->base == JFYP_PT_IDREFS || st->base == JFYP_PT_NMTOKENS;
    if (st->base != JFYP_PT_STRING && !plain_name(st->base, v)) {
        if (!clean(v, list))
            return 0;
        xmlSchemaTypePtr t = xmlSchemaGetBuiltInType(builtin(st->base));
        if (!t || xmlSchemaValidatePredefinedType(t, (const xmlChar *)v, NULL) != 0)
            return 0;
    }
    if (st->base == JFYP_PT_ID && !id_add(w, (span){v, strlen(v)}))
        return 0;
    if (st->base == JFYP_PT_IDREF && !ref_add(w, (span){v, strlen(v)}))
        return 0;
    if (st->base == JFYP_PT_IDREFS)
        for (const char *p = v; *p;) {
            size_t n = strcspn(p, " ");
            if (!ref_add(w, (span){p, n}))
                return 0;
            p += n + (p[n] == ' ');
        }
    if (st->enum_count &&
        !bsearch(&v, jfyp_pt_enums + st->enum_first, st->enum_count, sizeof(char *), cmp_str))
        return 0;
    if (st->pattern >= 0 && xmlRegexpExec(patterns[st->pattern], (const xmlChar *)v) != 1)
        return 0;
    return 1;
}

/* The text of a simple element: one text node or none. */
static const char *text_of(const jt_node *first) {
    if (!first)
        return "";
    if (first->type != JT_TEXT || first->next)
        return NULL;
    return first->text;
}

static int attrs_ok(walk *w, const jt_attr *attrs, size_t nattrs, const jfyp_pt_type *t) {
    unsigned required = 0;
    const jfyp_pt_attr *list = jfyp_pt_attrs + t->attr_first;
    for (size_t i = 0; i < nattrs; i++) {
        const jt_attr *a = &attrs[i];
        unsigned ns;
        if (a->ns == JT_NS_NONE)
            ns = JFYP_PT_NS_NONE;
        else if (a->ns == JT_NS_XLINK)
            ns = JFYP_PT_NS_XLINK;
        else if (a->ns == JT_NS_XML)
            ns = JFYP_PT_NS_XML;
        else
            return 0;
        if (a->odd)
            return 0;
        const jfyp_pt_attr *d = NULL;
        size_t lo = 0, hi = t->attr_count;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            int c = (int)list[mid].ns - (int)ns;
            if (!c)
                c = strcmp(list[mid].name, a->name);
            if (!c) {
                d = &list[mid];
                break;
            }
            if (c < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        const char *v = d ? a->value : NULL;
        if (!v || (d->fixed && strcmp(v, d->fixed) != 0) || !value_ok(w, d->stype, v))
            return 0;
        required += d->required;
    }
    return required == t->required;
}

static int lookup_name(const char *key) {
    const char *const *hit =
        bsearch(&key, jfyp_pt_names, jfyp_pt_nnames, sizeof(char *), cmp_str);
    return hit ? (int)(hit - jfyp_pt_names) : -1;
}

/* The profile's index of an element name with no namespace. */
static int plain_index(const char *name) { return strchr(name, ':') ? -1 : lookup_name(name); }

/* The profile's index of an element name in the ali namespace. */
static int ali_index(const char *name) {
    /* an undeclared prefix: libxml2 keeps "ali:x" as the name */
    char buf[64];
    return (size_t)snprintf(buf, sizeof buf, "ali:%s", name) >= sizeof buf ? -1 : lookup_name(buf);
}

/* Looked up once per distinct name (jtree.c interns them). */
static int name_index(const jt_node *el) {
    jt_name_cache *c = jfyp_jt_name_cache(el->name);
    if (el->ns == JT_NS_NONE) {
        if (c->pt_none == -2)
            c->pt_none = plain_index(el->name);
        return c->pt_none;
    }
    if (el->ns != JT_NS_ALI)
        return -1;
    if (c->pt_ali == -2)
        c->pt_ali = ali_index(el->name);
    return c->pt_ali;
}

static const jfyp_pt_trans *step(unsigned state, int name) {
    const jfyp_pt_state *s = &jfyp_pt_states[state];
    size_t lo = s->first, hi = (size_t)s->first + s->count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int n = jfyp_pt_trans_[mid].name;
        if (n == name)
            return &jfyp_pt_trans_[mid];
        if (n < name)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

static int blank(const char *s) {
    for (; s && *s; s++)
        if (!is_space(*s))
            return 0;
    return 1;
}

static int element_ok(walk *w, const jt_node *node, unsigned type, int depth) {
    const jfyp_pt_type *t = &jfyp_pt_types[type];
    if (depth > MAX_DEPTH || !attrs_ok(w, node->attrs, node->nattrs, t))
        return 0;
    if (t->content == JFYP_PT_EMPTY)
        return node->first == NULL;
    if (t->content == JFYP_PT_SIMPLE) {
        const char *v = text_of(node->first);
        return v && value_ok(w, (unsigned)t->stype, v);
    }
    unsigned state = t->start;
    for (const jt_node *c = node->first; c; c = c->next) {
        switch (c->type) {
        case JT_ELEM: {
            int name = name_index(c);
            const jfyp_pt_trans *tr = name < 0 ? NULL : step(state, name);
            if (!tr || !element_ok(w, c, tr->type, depth + 1))
                return 0;
            state = tr->next;
            break;
        }
        case JT_TEXT:
            if (t->content != JFYP_PT_MIXED && !blank(c->text))
                return 0;
            break;
        case JT_CDATA:
            if (t->content != JFYP_PT_MIXED)
                return 0;
            break;
        case JT_OTHER:
            break;
        default:
            return 0;
        }
    }
    return jfyp_pt_states[state].accepting;
}

int jfyp_profile_accepts_tree(const jt_doc *doc) {
    pthread_once(&patterns_once, compile_patterns);
    if (!patterns_ready || !doc)
        return 0;
    /* Declarations in an internal subset can make attributes IDs or add
     * defaults behind the schema's back: libxml2 decides those. */
    const jt_node *root = jfyp_jt_root(doc);
    if (!jfyp_jt_plain_top(doc) || !root || root->ns != JT_NS_NONE ||
        strcmp(root->name, "article") != 0)
        return 0;
    walk w = {0};
    int ok = element_ok(&w, root, jfyp_pt_root_type, 0);
    for (size_t i = 0; ok && i < w.nrefs; i++)
        ok = id_known(&w, w.refs[i]);
    free(w.ids);
    free(w.refs);
    return ok;
}

/* ---------------------------------------------------------------------- */
/* The document jatsify built, read where it is                           */

/* What jfyp_jt_from_built and the walk above made of it, without the
 * compact tree in between: a copy of every node, made only to be walked
 * once, cost as much as the walk (bench/instructions). Every answer is
 * the one the compact tree gave: the same limits, the same doubts. */

/* Element names are the document's dictionary's: looked up once each by
 * address. */
#define BUILT_NAMES 256
typedef struct {
    const xmlChar *name;
    unsigned ns;
    int index;
} built_name;

typedef struct {
    walk w;
    built_name names[BUILT_NAMES];
    /* one element's attributes, read before its children are */
    jt_attr attrs[JFYP_JT_MAX_ATTRS];
} built_walk;

static int built_index(built_walk *b, const xmlNode *x, unsigned ns) {
    if (ns != JT_NS_NONE && ns != JT_NS_ALI)
        return -1;
    size_t h = ((uintptr_t)x->name >> 3) % BUILT_NAMES;
    for (size_t i = 0; i < BUILT_NAMES; i++, h = (h + 1) % BUILT_NAMES) {
        built_name *s = &b->names[h];
        if (s->name == x->name && s->ns == ns)
            return s->index;
        if (!s->name) {
            s->name = x->name;
            s->ns = ns;
            s->index = ns == JT_NS_NONE ? plain_index((const char *)x->name)
                                        : ali_index((const char *)x->name);
            return s->index;
        }
    }
    return ns == JT_NS_NONE ? plain_index((const char *)x->name) : ali_index((const char *)x->name);
}

static int empty_text(const xmlNode *c) {
    return c->type == XML_TEXT_NODE && (!c->content || !*c->content);
}

static int built_ok(built_walk *b, const xmlNode *node, unsigned type, int depth) {
    const jfyp_pt_type *t = &jfyp_pt_types[type];
    if (depth > MAX_DEPTH || depth > JFYP_JT_MAX_DEPTH)
        return 0;
    size_t na = 0;
    for (const xmlAttr *a = node->properties; a; a = a->next, na++) {
        if (na == JFYP_JT_MAX_ATTRS)
            return 0;
        jt_attr *at = &b->attrs[na];
        at->name = (const char *)a->name;
        at->ns = a->ns ? (unsigned char)jfyp_jt_ns_kind(a->ns->href) : JT_NS_NONE;
        at->odd = 0;
        /* one text or none, as the emitter sets values */
        const xmlNode *c = a->children;
        if (c && (c->type != XML_TEXT_NODE || c->next))
            return 0;
        at->value = c && c->content ? (const char *)c->content : "";
        if (!jfyp_jt_xml_chars(at->value))
            return 0;
        /* written twice, a name would make the bytes not well-formed */
        for (size_t k = 0; k < na; k++)
            if (b->attrs[k].ns == at->ns && strcmp(b->attrs[k].name, at->name) == 0)
                return 0;
    }
    if (!attrs_ok(&b->w, b->attrs, na, t))
        return 0;
    if (node->children && depth + 1 > JFYP_JT_MAX_DEPTH)
        return 0;
    /* an empty text is not written: the bytes have none */
    if (t->content == JFYP_PT_EMPTY) {
        for (const xmlNode *c = node->children; c; c = c->next)
            if (!empty_text(c))
                return 0;
        return 1;
    }
    if (t->content == JFYP_PT_SIMPLE) {
        const char *v = "";
        int texts = 0;
        for (const xmlNode *c = node->children; c; c = c->next) {
            if (empty_text(c))
                continue;
            if (c->type != XML_TEXT_NODE || texts++ ||
                !jfyp_jt_xml_chars((const char *)c->content))
                return 0;
            v = (const char *)c->content;
        }
        return value_ok(&b->w, (unsigned)t->stype, v);
    }
    unsigned state = t->start;
    for (const xmlNode *c = node->children; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE) {
            unsigned ns = c->ns ? jfyp_jt_ns_kind(c->ns->href) : JT_NS_NONE;
            int name = built_index(b, c, ns);
            const jfyp_pt_trans *tr = name < 0 ? NULL : step(state, name);
            if (!tr || !built_ok(b, c, tr->type, depth + 1))
                return 0;
            state = tr->next;
        } else if (c->type == XML_TEXT_NODE) {
            if (empty_text(c))
                continue;
            if (!jfyp_jt_xml_chars((const char *)c->content) ||
                (t->content != JFYP_PT_MIXED && !blank((const char *)c->content)))
                return 0;
        } else {
            return 0;
        }
    }
    return jfyp_pt_states[state].accepting;
}

int jfyp_profile_accepts_built(xmlDocPtr doc) {
    pthread_once(&patterns_once, compile_patterns);
    if (!patterns_ready || !doc)
        return 0;
    const xmlNode *root = doc->children;
    if (!root || root->type != XML_ELEMENT_NODE || root->next || doc->intSubset ||
        doc->extSubset || (root->ns && jfyp_jt_ns_kind(root->ns->href) != JT_NS_NONE) ||
        strcmp((const char *)root->name, "article") != 0)
        return 0;
    built_walk *b = calloc(1, sizeof *b);
    if (!b)
        return 0;
    int ok = built_ok(b, root, jfyp_pt_root_type, 0);
    for (size_t i = 0; ok && i < b->w.nrefs; i++)
        ok = id_known(&b->w, b->w.refs[i]);
    free(b->w.ids);
    free(b->w.refs);
    free(b);
    return ok;
}

int jfyp_profile_accepts(xmlDocPtr doc) {
    if (!doc)
        return 0;
    jt_doc *t = jfyp_jt_new();
    int ok = t && jfyp_jt_from_xml(t, doc) == 0 && jfyp_profile_accepts_tree(t);
    jfyp_jt_free(t);
    return ok;
}
