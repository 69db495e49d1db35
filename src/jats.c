/* jats.c - the JATS 1.4 Publishing emitter: reads the recognized tree and
 * builds the XML as a small element tree of its own, then writes it. The
 * element order follows the JATS content models, whatever order the
 * recognizers added things in, so a recognizer cannot make the output
 * invalid by where it puts a node.
 *
 * The tree and its writer replace libxml2's tree API and serializer, which
 * cost a page 5.2 M instructions (an allocation per element, attribute and
 * text, a copy per name, a buffered, encoding-aware writer), for output that
 * stays byte for byte what xmlDocDumpFormatMemoryEnc(doc, .., "UTF-8", 1)
 * wrote: see write_jats. Nodes live in an arena (arena.h). */
#include "jats.h"
#include "arena.h"
#include "outbuf.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

#define NS_XLINK "http://www.w3.org/1999/xlink"
#define NS_ALI "http://www.niso.org/schemas/ali/1.0/"
#define NS_MML "http://www.w3.org/1998/Math/MathML"

typedef struct jx jx;
typedef struct jx_attr jx_attr;

struct jx_attr {
    const char *prefix; /* "xlink", "xml" or NULL */
    const char *name;
    char *value;
    jx_attr *next;
};

enum { JX_ELEMENT, JX_TEXT, JX_ENTITY_REF };

struct jx {
    int kind;
    const char *prefix; /* an element's namespace prefix ("ali") or NULL */
    const char *name;   /* element or entity name: always a literal or in the arena */
    jfyp_jats *doc;
    jx *parent, *first, *last, *next;
    jx_attr *attrs, *attrs_last;
    char *text; /* a text node's bytes, NUL-terminated, in the arena */
    size_t len, cap;
    const jfy_node *src; /* for provenance */
};

struct jfyp_jats {
    jfyp_arena arena;
    jx *root;
};

static jx *new_node(jfyp_jats *d, jx *parent, int kind) {
    jx *x = jfyp_arena_alloc(&d->arena, sizeof *x);
    if (!x)
        return NULL;
    memset(x, 0, sizeof *x);
    x->kind = kind;
    x->doc = d;
    if (parent) {
        x->parent = parent;
        if (parent->last)
            parent->last->next = x;
        else
            parent->first = x;
        parent->last = x;
    }
    return x;
}

static jx *el_ns(jx *parent, const char *prefix, const char *name) {
    if (!parent)
        return NULL;
    jx *x = new_node(parent->doc, parent, JX_ELEMENT);
    if (x) {
        x->prefix = prefix;
        x->name = name;
    }
    return x;
}

static jx *el(jx *parent, const char *name) { return el_ns(parent, NULL, name); }

/* Appends text, merging it into a text node that ends the element so the
 * output has no split runs; capacity doubles, so a run merged piece by
 * piece is copied a bounded number of times. */
static void add_text_n(jx *x, const char *text, size_t n, int even_empty) {
    if (!x || (!n && !even_empty))
        return;
    jfyp_jats *d = x->doc;
    jx *t = x->last;
    if (!t || t->kind != JX_TEXT) {
        if (!(t = new_node(d, x, JX_TEXT)))
            return;
    }
    if (t->len + n + 1 > t->cap) {
        size_t cap = t->cap ? 2 * (t->len + n + 1) : n + 1;
        char *p = jfyp_arena_alloc(&d->arena, cap);
        if (!p)
            return;
        if (t->len)
            memcpy(p, t->text, t->len);
        t->text = p;
        t->cap = cap;
    }
    memcpy(t->text + t->len, text, n);
    t->len += n;
    t->text[t->len] = '\0';
}

static void add_text(jx *x, const char *text) {
    if (text && *text)
        add_text_n(x, text, strlen(text), 0);
}

/* An element holding text (as xmlNewTextChild made it: an empty text still
 * makes a child, written <name></name>, not <name/>). */
static jx *text_el(jx *parent, const char *name, const char *text) {
    jx *x = el(parent, name);
    add_text_n(x, text ? text : "", text ? strlen(text) : 0, 1);
    return x;
}

/* Remembers which tree node an element was made from, for provenance. */
static jx *from(const jfy_node *n, jx *x) {
    if (x && n)
        x->src = n;
    return x;
}

/* Sets an attribute; one already set is replaced where it stands, as
 * xmlSetProp does. */
static void set_attr(jx *x, const char *prefix, const char *name, const char *value) {
    if (!x || !value)
        return;
    char *v = jfyp_arena_strndup(&x->doc->arena, value, strlen(value));
    if (!v)
        return;
    for (jx_attr *a = x->attrs; a; a = a->next)
        if (strcmp(a->name, name) == 0 &&
            (a->prefix == prefix || (a->prefix && prefix && strcmp(a->prefix, prefix) == 0))) {
            a->value = v;
            return;
        }
    jx_attr *a = jfyp_arena_alloc(&x->doc->arena, sizeof *a);
    if (!a)
        return;
    a->prefix = prefix;
    a->name = name;
    a->value = v;
    a->next = NULL;
    if (x->attrs_last)
        x->attrs_last->next = a;
    else
        x->attrs = a;
    x->attrs_last = a;
}

static void attr(jx *x, const char *name, const char *value) {
    if (value && *value)
        set_attr(x, NULL, name, value);
}

static void xlink_href(jx *x, const char *value) { set_attr(x, "xlink", "href", value); }

/* <ali:license_ref> with the licence URL as its content. It was made with
 * xmlNewChild, which reads its content as XML text (entity and character
 * references in it resolved, an unknown entity kept as a reference): a URL
 * with an '&' goes through that same function so the bytes do not change. */
static void license_ref(jx *lic, const char *href) {
    jx *r = el_ns(lic, "ali", "license_ref");
    if (!r || !*href)
        return;
    if (!strchr(href, '&')) {
        add_text(r, href);
        return;
    }
    xmlNodePtr list = xmlStringGetNodeList(NULL, BAD_CAST href);
    for (xmlNodePtr k = list; k; k = k->next) {
        if (k->type == XML_TEXT_NODE && k->content) {
            add_text_n(r, (const char *)k->content, strlen((const char *)k->content), 1);
        } else if (k->type == XML_ENTITY_REF_NODE) {
            jx *ref = new_node(r->doc, r, JX_ENTITY_REF);
            if (ref)
                ref->name = jfyp_arena_strndup(&r->doc->arena, (const char *)k->name,
                                               strlen((const char *)k->name));
        }
    }
    xmlFreeNodeList(list);
}

static int is_absolute_url(const char *h) {
    if (!h)
        return 0;
    const char *c = strchr(h, ':');
    if (!c || c == h)
        return 0;
    for (const char *p = h; p < c; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
              (*p >= '0' && *p <= '9') || *p == '+' || *p == '-' || *p == '.'))
            return 0;
    return 1;
}

/* Leaf or inline semantic nodes that map one-to-one onto a JATS element. */
static const char *simple_name(jfy_node_type t) {
    switch (t) {
    case JFY_N_EMPH: return "italic";
    case JFY_N_STRONG: return "bold";
    case JFY_N_STRIKE: return "strike";
    case JFY_N_SUP: return "sup";
    case JFY_N_SUB: return "sub";
    case JFY_N_CODE: return "monospace";
    case JFY_N_EMAIL: return "email";
    case JFY_N_ETAL: return "etal";
    case JFY_N_YEAR: return "year";
    case JFY_N_ARTICLE_TITLE: return "article-title";
    case JFY_N_CHAPTER_TITLE: return "chapter-title";
    case JFY_N_SOURCE: return "source";
    case JFY_N_VOLUME: return "volume";
    case JFY_N_ISSUE: return "issue";
    case JFY_N_FPAGE: return "fpage";
    case JFY_N_LPAGE: return "lpage";
    case JFY_N_ELOCATION: return "elocation-id";
    case JFY_N_PUBLISHER_NAME: return "publisher-name";
    case JFY_N_PUBLISHER_LOC: return "publisher-loc";
    case JFY_N_EDITION: return "edition";
    case JFY_N_ISBN: return "isbn";
    case JFY_N_SURNAME: return "surname";
    case JFY_N_GIVEN: return "given-names";
    case JFY_N_STRING_NAME: return "string-name";
    case JFY_N_COLLAB: return "collab";
    case JFY_N_INSTITUTION: return "institution";
    case JFY_N_ADDR_LINE: return "addr-line";
    case JFY_N_CITY: return "city";
    case JFY_N_STATE: return "state";
    case JFY_N_POSTAL_CODE: return "postal-code";
    case JFY_N_PHONE: return "phone";
    case JFY_N_FAX: return "fax";
    case JFY_N_LABEL: return "label";
    case JFY_N_ROLE: return "role";
    default: return NULL;
    }
}

static void emit_inlines(jx *x, const jfy_node *parent);

static void emit_name(jx *parent, const jfy_node *n) {
    jx *name = from(n, el(parent, "name"));
    const char *sur = jfyp_node_attr(n, "surname"), *given = jfyp_node_attr(n, "given");
    if (sur && *sur) {
        text_el(name, "surname", sur);
        if (given && *given)
            text_el(name, "given-names", given);
    } else {
        text_el(name, "given-names", given);
    }
    const char *v;
    if ((v = jfyp_node_attr(n, "prefix")))
        text_el(name, "prefix", v);
    if ((v = jfyp_node_attr(n, "suffix")))
        text_el(name, "suffix", v);
}

static void emit_inline(jx *x, const jfy_node *n) {
    const char *name = simple_name(n->type);
    jx *c;
    switch (n->type) {
    case JFY_N_TEXT:
        add_text(x, n->text);
        return;
    case JFY_N_SOFTBREAK:
    case JFY_N_LINEBREAK:
        add_text(x, " ");
        return;
    case JFY_N_LINK: {
        const char *href = jfyp_node_attr(n, "href");
        if (href && strncmp(href, "mailto:", 7) == 0) {
            c = from(n, el(x, "email"));
            emit_inlines(c, n);
        } else if (is_absolute_url(href)) {
            c = from(n, el(x, "ext-link"));
            attr(c, "ext-link-type", "uri");
            xlink_href(c, href);
            emit_inlines(c, n);
        } else {
            /* A link to nowhere ("#") on an extracted page carries no
             * target; its text stays. */
            emit_inlines(x, n);
        }
        return;
    }
    case JFY_N_IMAGE:
        emit_inlines(x, n);
        return;
    case JFY_N_URI:
        c = from(n, text_el(x, "uri", n->text));
        if (jfyp_node_attr(n, "href"))
            xlink_href(c, jfyp_node_attr(n, "href"));
        return;
    case JFY_N_XREF:
        c = from(n, el(x, "xref"));
        attr(c, "ref-type", jfyp_node_attr(n, "ref-type"));
        attr(c, "rid", jfyp_node_attr(n, "rid"));
        emit_inlines(c, n);
        return;
    case JFY_N_NAMED:
        c = from(n, el(x, "named-content"));
        attr(c, "content-type", jfyp_node_attr(n, "content-type"));
        emit_inlines(c, n);
        return;
    case JFY_N_RELATED: {
        c = from(n, el(x, "related-article"));
        const char *t = jfyp_node_attr(n, "type");
        attr(c, "related-article-type", t ? t : "article-reference");
        attr(c, "page", jfyp_node_attr(n, "page"));
        attr(c, "vol", jfyp_node_attr(n, "vol"));
        attr(c, "issue", jfyp_node_attr(n, "issue"));
        const char *doi = jfyp_node_attr(n, "doi");
        if (doi) {
            attr(c, "ext-link-type", "doi");
            xlink_href(c, doi);
        }
        emit_inlines(c, n);
        return;
    }
    case JFY_N_NAME:
        emit_name(x, n);
        return;
    case JFY_N_PERSON_GROUP:
        c = from(n, el(x, "person-group"));
        attr(c, "person-group-type", jfyp_node_attr(n, "type"));
        emit_inlines(c, n);
        return;
    case JFY_N_PUB_ID:
        c = from(n, text_el(x, "pub-id", n->text));
        attr(c, "pub-id-type", jfyp_node_attr(n, "type"));
        return;
    case JFY_N_COUNTRY:
        c = from(n, text_el(x, "country", n->text));
        attr(c, "country", jfyp_node_attr(n, "code"));
        return;
    default:
        break;
    }
    if (name) {
        c = from(n, el(x, name));
        if (n->type == JFY_N_INSTITUTION)
            attr(c, "content-type", jfyp_node_attr(n, "content-type"));
        if (n->text)
            add_text(c, n->text);
        emit_inlines(c, n);
        return;
    }
    /* Anything else inline: keep its text rather than lose it. */
    if (n->text)
        add_text(x, n->text);
    emit_inlines(x, n);
}

/* A run of text and line ends goes into one text node (add_text_n merges
 * it, with room that doubles: a long paragraph stays linear). */
static void emit_inlines(jx *x, const jfy_node *parent) {
    for (const jfy_node *n = parent->first; n; n = n->next) {
        if (n->type == JFY_N_TEXT) {
            if (n->text)
                add_text_n(x, n->text, strlen(n->text), 0);
        } else if (n->type == JFY_N_SOFTBREAK || n->type == JFY_N_LINEBREAK) {
            add_text_n(x, " ", 1, 0);
        } else {
            emit_inline(x, n);
        }
    }
}

static void emit_blocks(jx *x, const jfy_node *parent);

static void emit_table(jx *wrap, const jfy_node *t) {
    jx *table = el(wrap, "table");
    jx *head = NULL, *body = NULL;
    for (const jfy_node *row = t->first; row; row = row->next) {
        if (row->type != JFY_N_ROW)
            continue;
        int is_head = jfyp_node_attr(row, "header") != NULL;
        jx *sect;
        if (is_head && !body)
            sect = head ? head : (head = el(table, "thead"));
        else
            sect = body ? body : (body = el(table, "tbody"));
        jx *tr = el(sect, "tr");
        for (const jfy_node *cell = row->first; cell; cell = cell->next)
            emit_inlines(el(tr, is_head ? "th" : "td"), cell);
    }
}

static void emit_caption(jx *parent, const jfy_node *cap) {
    jx *c = from(cap, el(parent, "caption"));
    const jfy_node *t = jfyp_node_child(cap, JFY_N_TITLE);
    if (t)
        emit_inlines(from(t, el(c, "title")), t);
    for (const jfy_node *k = cap->first; k; k = k->next)
        if (k->type == JFY_N_PARAGRAPH)
            emit_inlines(from(k, el(c, "p")), k);
}

/* Blocks a paragraph-only container (ack, fn, list-item) takes as they
 * are; any other (a list, a preformat, a quote, a table) goes inside a <p>,
 * which JATS lets hold them, so the output stays valid whatever the
 * recognizers put there. */
static int para_shaped(const jfy_node *n) {
    switch (n->type) {
    case JFY_N_PARAGRAPH:
    case JFY_N_HEADING:
    case JFY_N_SECTION:
    case JFY_N_REF_LIST:
    case JFY_N_TITLE:
    case JFY_N_LABEL:
    case JFY_N_RULE:
        return 1;
    case JFY_N_LIST:
    case JFY_N_QUOTE:
    case JFY_N_CODE_BLOCK:
    case JFY_N_TABLE:
    case JFY_N_TABLE_WRAP:
    case JFY_N_FIG:
    case JFY_N_ACK:
    case JFY_N_NOTES:
    case JFY_N_FOOTNOTES:
        return 0;
    default:
        return 1; /* inline content: written as a paragraph */
    }
}

static void emit_blocks_as(jx *x, const jfy_node *parent, int paras_only);

/* label?, title, then content blocks, then nested sections: the order
 * sec, abstract, ack, notes and back all require. */
static void emit_titled_as(jx *x, const jfy_node *n, int need_title, int paras_only) {
    const jfy_node *label = jfyp_node_child(n, JFY_N_LABEL);
    const jfy_node *title = jfyp_node_child(n, JFY_N_TITLE);
    if (label)
        from(label, text_el(x, "label", label->text));
    if (title)
        emit_inlines(from(title, el(x, "title")), title);
    else if (need_title)
        el(x, "title");
    emit_blocks_as(x, n, paras_only);
}

static void emit_titled(jx *x, const jfy_node *n, int need_title) {
    emit_titled_as(x, n, need_title, 0);
}

static void emit_block(jx *x, const jfy_node *n) {
    jx *c;
    switch (n->type) {
    case JFY_N_PARAGRAPH:
        emit_inlines(from(n, el(x, "p")), n);
        break;
    case JFY_N_HEADING:
        /* A heading no recognizer made a section of: kept as a bold line. */
        emit_inlines(el(from(n, el(x, "p")), "bold"), n);
        break;
    case JFY_N_LIST:
        c = from(n, el(x, "list"));
        attr(c, "list-type", jfyp_node_attr(n, "ordered") ? "order" : "bullet");
        for (const jfy_node *it = n->first; it; it = it->next) {
            jx *li = from(it, el(c, "list-item"));
            emit_blocks_as(li, it, 2);
            if (li && !li->first)
                el(li, "p");
        }
        break;
    case JFY_N_QUOTE:
        c = from(n, el(x, "disp-quote"));
        emit_blocks(c, n);
        break;
    case JFY_N_CODE_BLOCK:
        from(n, text_el(x, "preformat", n->text));
        break;
    case JFY_N_TABLE:
        emit_table(from(n, el(x, "table-wrap")), n);
        break;
    case JFY_N_TABLE_WRAP: {
        c = from(n, el(x, "table-wrap"));
        attr(c, "id", jfyp_node_attr(n, "id"));
        const jfy_node *k;
        if ((k = jfyp_node_child(n, JFY_N_LABEL)))
            text_el(c, "label", k->text);
        if ((k = jfyp_node_child(n, JFY_N_CAPTION)))
            emit_caption(c, k);
        if ((k = jfyp_node_child(n, JFY_N_TABLE)))
            emit_table(c, k);
        /* cells read off a page whose rows cannot be rebuilt, line for line */
        if ((k = jfyp_node_child(n, JFY_N_CODE_BLOCK)))
            from(k, text_el(c, "preformat", k->text));
        break;
    }
    case JFY_N_FIG: {
        c = from(n, el(x, "fig"));
        attr(c, "id", jfyp_node_attr(n, "id"));
        const jfy_node *k;
        if ((k = jfyp_node_child(n, JFY_N_LABEL)))
            text_el(c, "label", k->text);
        if ((k = jfyp_node_child(n, JFY_N_CAPTION)))
            emit_caption(c, k);
        break;
    }
    case JFY_N_SECTION:
        c = from(n, el(x, "sec"));
        attr(c, "id", jfyp_node_attr(n, "id"));
        attr(c, "sec-type", jfyp_node_attr(n, "sec-type"));
        emit_titled(c, n, 1);
        break;
    case JFY_N_ACK:
        emit_titled_as(el(x, "ack"), n, 0, 1);
        break;
    case JFY_N_NOTES:
        c = from(n, el(x, "notes"));
        attr(c, "notes-type", jfyp_node_attr(n, "type"));
        emit_titled(c, n, 0);
        break;
    case JFY_N_FOOTNOTES:
        c = from(n, el(x, "fn-group"));
        for (const jfy_node *fn = n->first; fn; fn = fn->next) {
            if (fn->type != JFY_N_FOOTNOTE)
                continue;
            jx *f = from(fn, el(c, "fn"));
            attr(f, "id", jfyp_node_attr(fn, "id"));
            attr(f, "fn-type", jfyp_node_attr(fn, "fn-type"));
            emit_titled_as(f, fn, 0, 1);
        }
        break;
    case JFY_N_REF_LIST:
        c = from(n, el(x, "ref-list"));
        if (jfyp_node_child(n, JFY_N_TITLE))
            emit_inlines(el(c, "title"), jfyp_node_child(n, JFY_N_TITLE));
        for (const jfy_node *ref = n->first; ref; ref = ref->next) {
            if (ref->type != JFY_N_REF)
                continue;
            jx *r = from(ref, el(c, "ref"));
            attr(r, "id", jfyp_node_attr(ref, "id"));
            const jfy_node *label = jfyp_node_child(ref, JFY_N_LABEL);
            if (label)
                text_el(r, "label", label->text);
            const jfy_node *cit = jfyp_node_child(ref, JFY_N_CITATION);
            jx *mc = from(cit, el(r, "mixed-citation"));
            if (cit) {
                attr(mc, "publication-type", jfyp_node_attr(cit, "publication-type"));
                emit_inlines(mc, cit);
            }
        }
        break;
    case JFY_N_TITLE:
    case JFY_N_LABEL:
    case JFY_N_RULE:
        break; /* titles are written by their container; rules carry nothing */
    default:
        /* Inline content at block level: wrap it in a paragraph. */
        emit_inline(from(n, el(x, "p")), n);
        break;
    }
}

/* Blocks first, then sections, then back-of-section lists: JATS wants
 * sections after all the paragraphs of their parent. paras_only: the
 * container's model takes paragraphs (and, when 2, lists) but no other
 * block; those go inside a <p>. */
static void emit_blocks_as(jx *x, const jfy_node *parent, int paras_only) {
    for (const jfy_node *n = parent->first; n; n = n->next) {
        if (n->type == JFY_N_SECTION || n->type == JFY_N_REF_LIST || n->type == JFY_N_FOOTNOTES)
            continue;
        if (!paras_only || para_shaped(n) || (paras_only == 2 && n->type == JFY_N_LIST))
            emit_block(x, n);
        else
            emit_block(el(x, "p"), n);
    }
    for (const jfy_node *n = parent->first; n; n = n->next)
        if (n->type == JFY_N_SECTION)
            emit_block(x, n);
    for (const jfy_node *n = parent->first; n; n = n->next)
        if (n->type == JFY_N_REF_LIST || n->type == JFY_N_FOOTNOTES)
            emit_block(x, n);
}

static void emit_blocks(jx *x, const jfy_node *parent) {
    emit_blocks_as(x, parent, 0);
}

static void emit_contrib(jx *group, const jfy_node *n) {
    jx *c = from(n, el(group, "contrib"));
    attr(c, "contrib-type", jfyp_node_attr(n, "contrib-type"));
    attr(c, "corresp", jfyp_node_attr(n, "corresp"));
    attr(c, "id", jfyp_node_attr(n, "id"));
    for (const jfy_node *k = n->first; k; k = k->next)
        if (k->type == JFY_N_ORCID) {
            jx *id = from(k, text_el(c, "contrib-id", k->text));
            attr(id, "contrib-id-type", "orcid");
        }
    for (const jfy_node *k = n->first; k; k = k->next)
        if (k->type == JFY_N_NAME)
            emit_name(c, k);
        else if (k->type == JFY_N_COLLAB)
            from(k, text_el(c, "collab", k->text));
    for (const jfy_node *k = n->first; k; k = k->next) {
        jx *r;
        switch (k->type) {
        case JFY_N_ROLE:
            r = from(k, text_el(c, "role", k->text));
            attr(r, "content-type", jfyp_node_attr(k, "content-type"));
            attr(r, "vocab", jfyp_node_attr(k, "vocab"));
            attr(r, "vocab-identifier", jfyp_node_attr(k, "vocab-identifier"));
            attr(r, "vocab-term", jfyp_node_attr(k, "vocab-term"));
            attr(r, "vocab-term-identifier", jfyp_node_attr(k, "vocab-term-identifier"));
            break;
        case JFY_N_XREF:
        case JFY_N_EMAIL:
        case JFY_N_URI:
            emit_inline(c, k);
            break;
        default:
            break;
        }
    }
}

static void emit_contribs(jx *parent, const jfy_node *group) {
    jx *g = el(parent, "contrib-group");
    attr(g, "content-type", jfyp_node_attr(group, "content-type"));
    for (const jfy_node *k = group->first; k; k = k->next)
        if (k->type == JFY_N_CONTRIB)
            emit_contrib(g, k);
}

static void emit_aff(jx *parent, const jfy_node *n) {
    jx *a = from(n, el(parent, "aff"));
    attr(a, "id", jfyp_node_attr(n, "id"));
    attr(a, "content-type", jfyp_node_attr(n, "content-type"));
    /* label must come first in practice; the rest is mixed content. */
    const jfy_node *label = jfyp_node_child(n, JFY_N_LABEL);
    if (label)
        from(label, text_el(a, "label", label->text));
    for (const jfy_node *k = n->first; k; k = k->next)
        if (k->type != JFY_N_LABEL)
            emit_inline(a, k);
}

static void emit_date(jx *parent, const char *name, const jfy_node *d) {
    jx *x = from(d, el(parent, name));
    const char *type = jfyp_node_attr(d, "type");
    attr(x, "date-type", type);
    const char *y = jfyp_node_attr(d, "year"), *m = jfyp_node_attr(d, "month"),
               *day = jfyp_node_attr(d, "day");
    char iso[16];
    if (y && m && day)
        snprintf(iso, sizeof iso, "%s-%s-%s", y, m, day);
    else if (y && m)
        snprintf(iso, sizeof iso, "%s-%s", y, m);
    else
        snprintf(iso, sizeof iso, "%s", y ? y : "");
    attr(x, "iso-8601-date", iso);
    if (day)
        text_el(x, "day", day);
    if (m)
        text_el(x, "month", m);
    text_el(x, "year", y);
}

static void emit_journal_meta(jx *front, const jfy_node *j) {
    jx *jm = el(front, "journal-meta");
    if (!j)
        return;
    for (const jfy_attr *a = j->attrs; a; a = a->next)
        if (strncmp(a->key, "id:", 3) == 0)
            attr(text_el(jm, "journal-id", a->value), "journal-id-type", a->key + 3);
    const char *t = jfyp_node_attr(j, "title");
    const char *ab = jfyp_node_attr(j, "abbrev-title");
    if (t || ab) {
        jx *g = el(jm, "journal-title-group");
        if (t)
            text_el(g, "journal-title", t);
        if (ab)
            attr(text_el(g, "abbrev-journal-title", ab), "abbrev-type", "publisher");
    }
    for (const jfy_node *k = j->first; k; k = k->next)
        if (k->type == JFY_N_CONTRIBS)
            emit_contribs(jm, k);
    for (const jfy_node *k = j->first; k; k = k->next)
        if (k->type == JFY_N_AFF)
            emit_aff(jm, k);
    for (const jfy_attr *a = j->attrs; a; a = a->next) {
        if (strncmp(a->key, "issn:", 5) != 0)
            continue;
        jx *is = text_el(jm, "issn", a->value);
        const char *kind = a->key + 5;
        if (strcmp(kind, "print") == 0 || strcmp(kind, "electronic") == 0)
            attr(is, "publication-format", kind);
        else
            attr(is, "pub-type", kind);
    }
    const char *pn = jfyp_node_attr(j, "publisher-name");
    if (pn) {
        jx *p = el(jm, "publisher");
        text_el(p, "publisher-name", pn);
        if (jfyp_node_attr(j, "publisher-loc"))
            text_el(p, "publisher-loc", jfyp_node_attr(j, "publisher-loc"));
    }
    for (const jfy_node *k = j->first; k; k = k->next)
        if (k->type == JFY_N_NOTES)
            emit_block(jm, k);
}

static void emit_permissions(jx *am, const jfy_node *p) {
    jx *x = from(p, el(am, "permissions"));
    const char *v;
    if ((v = jfyp_node_attr(p, "statement")))
        text_el(x, "copyright-statement", v);
    if ((v = jfyp_node_attr(p, "year")))
        text_el(x, "copyright-year", v);
    if ((v = jfyp_node_attr(p, "holder")))
        text_el(x, "copyright-holder", v);
    for (const jfy_node *l = p->first; l; l = l->next) {
        if (l->type != JFY_N_LICENSE)
            continue;
        jx *lic = from(l, el(x, "license"));
        const char *href = jfyp_node_attr(l, "href");
        if (href) {
            xlink_href(lic, href);
            license_ref(lic, href);
        }
        for (const jfy_node *k = l->first; k; k = k->next)
            if (k->type == JFY_N_PARAGRAPH)
                emit_inlines(from(k, el(lic, "license-p")), k);
    }
}

static void emit_article_meta(jx *front, const jfy_node *f) {
    jx *am = el(front, "article-meta");
    const jfy_node *k;
    for (k = f->first; k; k = k->next)
        if (k->type == JFY_N_ARTICLE_ID)
            attr(from(k, text_el(am, "article-id", k->text)), "pub-id-type", jfyp_node_attr(k, "type"));
    const char *heading = jfyp_node_attr(f, "heading");
    if (heading) {
        jx *sg = el(el(am, "article-categories"), "subj-group");
        attr(sg, "subj-group-type", "heading");
        text_el(sg, "subject", heading);
    }
    jx *tg = el(am, "title-group");
    jx *at = el(tg, "article-title");
    if ((k = jfyp_node_child(f, JFY_N_TITLE)))
        emit_inlines(from(k, at), k);
    if ((k = jfyp_node_child(f, JFY_N_SUBTITLE)))
        emit_inlines(from(k, el(tg, "subtitle")), k);
    if ((k = jfyp_node_child(f, JFY_N_TRANS_TITLE)))
        emit_inlines(from(k, el(el(tg, "trans-title-group"), "trans-title")), k);
    for (k = f->first; k; k = k->next)
        if (k->type == JFY_N_CONTRIBS)
            emit_contribs(am, k);
    for (k = f->first; k; k = k->next)
        if (k->type == JFY_N_AFF)
            emit_aff(am, k);
    if ((k = jfyp_node_child(f, JFY_N_AUTHOR_NOTES))) {
        jx *an = el(am, "author-notes");
        for (const jfy_node *c = k->first; c; c = c->next) {
            if (c->type == JFY_N_CORRESP) {
                jx *co = from(c, el(an, "corresp"));
                attr(co, "id", jfyp_node_attr(c, "id"));
                emit_inlines(co, c);
            } else if (c->type == JFY_N_FOOTNOTE) {
                jx *fn = from(c, el(an, "fn"));
                attr(fn, "id", jfyp_node_attr(c, "id"));
                attr(fn, "fn-type", jfyp_node_attr(c, "fn-type"));
                emit_blocks(fn, c);
            }
        }
    }
    int pub = 0;
    for (k = f->first; k; k = k->next)
        if (k->type == JFY_N_DATE && strcmp(jfyp_node_attr(k, "type"), "pub") == 0) {
            emit_date(am, "pub-date", k);
            pub = 1;
        }
    if (!pub)
        el(am, "pub-date-not-available");
    const char *v;
    if ((v = jfyp_node_attr(f, "volume")))
        text_el(am, "volume", v);
    if ((v = jfyp_node_attr(f, "issue")))
        text_el(am, "issue", v);
    if ((v = jfyp_node_attr(f, "fpage"))) {
        text_el(am, "fpage", v);
        if ((v = jfyp_node_attr(f, "lpage")))
            text_el(am, "lpage", v);
    } else if ((v = jfyp_node_attr(f, "elocation-id"))) {
        text_el(am, "elocation-id", v);
    }
    for (k = f->first; k; k = k->next)
        if (k->type == JFY_N_PRODUCT) {
            jx *pr = from(k, el(am, "product"));
            attr(pr, "product-type", jfyp_node_attr(k, "type"));
            emit_inlines(pr, k);
        }
    jx *hist = NULL;
    for (k = f->first; k; k = k->next)
        if (k->type == JFY_N_DATE && strcmp(jfyp_node_attr(k, "type"), "pub") != 0)
            emit_date(hist ? hist : (hist = el(am, "history")), "date", k);
    if ((k = jfyp_node_child(f, JFY_N_PERMISSIONS)))
        emit_permissions(am, k);
    for (k = f->first; k; k = k->next)
        if (k->type == JFY_N_RELATED)
            emit_inline(am, k);
    for (k = f->first; k; k = k->next)
        if (k->type == JFY_N_ABSTRACT) {
            jx *ab = from(k, el(am, "abstract"));
            attr(ab, "abstract-type", jfyp_node_attr(k, "type"));
            emit_titled(ab, k, 0);
        }
    for (k = f->first; k; k = k->next)
        if (k->type == JFY_N_KEYWORDS) {
            jx *kg = from(k, el(am, "kwd-group"));
            attr(kg, "kwd-group-type", jfyp_node_attr(k, "type"));
            if (jfyp_node_child(k, JFY_N_TITLE))
                emit_inlines(el(kg, "title"), jfyp_node_child(k, JFY_N_TITLE));
            for (const jfy_node *w = k->first; w; w = w->next)
                if (w->type == JFY_N_KEYWORD)
                    emit_inlines(from(w, el(kg, "kwd")), w);
        }
    for (k = f->first; k; k = k->next)
        if (k->type == JFY_N_FUNDING) {
            jx *fg = from(k, el(am, "funding-group"));
            for (const jfy_node *a = k->first; a; a = a->next) {
                if (a->type != JFY_N_AWARD)
                    continue;
                jx *ag = el(fg, "award-group");
                if (jfyp_node_attr(a, "source"))
                    text_el(ag, "funding-source", jfyp_node_attr(a, "source"));
                if (jfyp_node_attr(a, "id"))
                    text_el(ag, "award-id", jfyp_node_attr(a, "id"));
            }
            if (jfyp_node_attr(k, "statement"))
                text_el(fg, "funding-statement", jfyp_node_attr(k, "statement"));
        }
}

jfyp_jats *jfyp_jats_build(const jfy_node *docnode) {
    jfyp_jats *d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    jx *art = d->root = new_node(d, NULL, JX_ELEMENT);
    if (!art) {
        jfyp_jats_free(d);
        return NULL;
    }
    art->name = "article";
    attr(art, "article-type", jfyp_node_attr(docnode, "article-type"));
    attr(art, "dtd-version", "1.4");
    const char *lang = jfyp_node_attr(docnode, "lang");
    set_attr(art, "xml", "lang", lang ? lang : "en");

    const jfy_node *f = jfyp_node_child(docnode, JFY_N_FRONT);
    const jfy_node *body = jfyp_node_child(docnode, JFY_N_BODY);
    const jfy_node *back = jfyp_node_child(docnode, JFY_N_BACK);
    jx *front = el(art, "front");
    emit_journal_meta(front, f ? jfyp_node_child(f, JFY_N_JOURNAL) : NULL);
    if (f) {
        emit_article_meta(front, f);
        for (const jfy_node *k = f->first; k; k = k->next)
            if (k->type == JFY_N_NOTES)
                emit_block(front, k);
    } else {
        el(el(el(front, "article-meta"), "title-group"), "article-title");
    }
    if (body && body->first)
        emit_blocks(el(art, "body"), body);
    if (back && back->first)
        emit_blocks(el(art, "back"), back);
    if (d->arena.failed) {
        jfyp_jats_free(d);
        return NULL;
    }
    return d;
}

void jfyp_jats_free(jfyp_jats *d) {
    if (!d)
        return;
    jfyp_arena_free(&d->arena);
    free(d);
}

/* The namespaces the root declares, as xmlNewNs added them. */
#define ROOT_NS " xmlns:xlink=\"" NS_XLINK "\" xmlns:ali=\"" NS_ALI "\" xmlns:mml=\"" NS_MML "\""

/* Escapes as libxml2 did: in text as xmlEscapeContent (<, >, &, CR), in an
 * attribute value as xmlBufAttrSerializeTxtContent (those, ", LF and TAB);
 * other bytes, non-ASCII ones too, pass as they are since the document is
 * written as UTF-8. The run up to the next byte to escape is found by
 * strcspn (vectorised in glibc), not a byte at a time. */
static void put_escaped(jfyp_buf *o, const char *s, int in_attr) {
    const char *stop = in_attr ? "<>&\r\"\n\t" : "<>&\r";
    for (;;) {
        size_t k = strcspn(s, stop);
        jfyp_out_put(o, s, k);
        s += k;
        switch (*s) {
        case '\0': return;
        case '<': jfyp_out_put(o, "&lt;", 4); break;
        case '>': jfyp_out_put(o, "&gt;", 4); break;
        case '&': jfyp_out_put(o, "&amp;", 5); break;
        case '\r': jfyp_out_put(o, "&#13;", 5); break;
        case '"': jfyp_out_put(o, "&quot;", 6); break;
        case '\n': jfyp_out_put(o, "&#10;", 5); break;
        default: jfyp_out_put(o, "&#9;", 4); break;
        }
        s++;
    }
}

/* libxml2 indents two spaces a level, up to 30 levels (MAX_INDENT 60). */
static void indent(jfyp_buf *o, int level) {
    static const char spaces[] = "                                                            ";
    jfyp_out_put(o, spaces, 2 * (size_t)(level > 30 ? 30 : level));
}

static void put_name(jfyp_buf *o, const jx *x) {
    if (x->prefix) {
        jfyp_out_puts(o, x->prefix);
        jfyp_out_putc(o, ':');
    }
    jfyp_out_puts(o, x->name);
}

/* The document as xmlDocDumpFormatMemoryEnc(doc, .., "UTF-8", 1) of
 * libxml2 2.9 wrote it (xmlsave.c, xmlNodeDumpOutputInternal, followed
 * step by step): the declaration; an element with no children as <x/>;
 * an element whose children are all elements with each child on a line of
 * its own, indented; an element with any text child, and everything in it,
 * with no whitespace added. */
static void write_jats(jfyp_buf *o, const jx *root) {
    jfyp_out_puts(o, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    int level = 0, format = 1;
    const jx *cur = root, *unformatted = NULL;
    for (;;) {
        if (cur->kind == JX_ELEMENT) {
            if (cur != root && format)
                indent(o, level);
            jfyp_out_putc(o, '<');
            put_name(o, cur);
            if (cur == root)
                jfyp_out_puts(o, ROOT_NS);
            for (const jx_attr *a = cur->attrs; a; a = a->next) {
                jfyp_out_putc(o, ' ');
                if (a->prefix) {
                    jfyp_out_puts(o, a->prefix);
                    jfyp_out_putc(o, ':');
                }
                jfyp_out_puts(o, a->name);
                jfyp_out_put(o, "=\"", 2);
                put_escaped(o, a->value, 1);
                jfyp_out_putc(o, '"');
            }
            if (!cur->first) {
                jfyp_out_put(o, "/>", 2);
            } else {
                if (format)
                    for (const jx *k = cur->first; k; k = k->next)
                        if (k->kind != JX_ELEMENT) {
                            format = 0;
                            unformatted = cur;
                            break;
                        }
                jfyp_out_putc(o, '>');
                if (format)
                    jfyp_out_putc(o, '\n');
                level++;
                cur = cur->first;
                continue;
            }
        } else if (cur->kind == JX_TEXT) {
            put_escaped(o, cur->text, 0);
        } else {
            jfyp_out_putc(o, '&');
            jfyp_out_puts(o, cur->name);
            jfyp_out_putc(o, ';');
        }
        for (;;) {
            if (cur == root) {
                jfyp_out_putc(o, '\n');
                return;
            }
            if (format)
                jfyp_out_putc(o, '\n');
            if (cur->next) {
                cur = cur->next;
                break;
            }
            cur = cur->parent;
            if (level > 0)
                level--;
            if (format)
                indent(o, level);
            jfyp_out_put(o, "</", 2);
            put_name(o, cur);
            jfyp_out_putc(o, '>');
            if (cur == unformatted) {
                format = 1;
                unformatted = NULL;
            }
        }
    }
}

char *jfyp_jats_serialize(const jfyp_jats *d, size_t *len) {
    jfyp_buf o;
    jfyp_buf_init(&o);
    write_jats(&o, d->root);
    return jfyp_out_finish(&o, len);
}

/* ns: xlink, ali, xml. */
static xmlNsPtr attr_ns(xmlNsPtr *ns, const jx_attr *a) {
    return !a->prefix ? NULL : strcmp(a->prefix, "xlink") == 0 ? ns[0] : ns[2];
}

/* The same tree in libxml2's form, each element's _private pointing at the
 * tree node it came from. */
static void to_xml(xmlDocPtr doc, xmlNsPtr *ns, xmlNodePtr parent, const jx *x) {
    for (; x; x = x->next) {
        xmlNodePtr c;
        if (x->kind == JX_TEXT) {
            c = xmlNewDocTextLen(doc, BAD_CAST x->text, (int)x->len);
        } else if (x->kind == JX_ENTITY_REF) {
            c = xmlNewReference(doc, BAD_CAST x->name);
        } else {
            c = xmlNewDocNode(doc, x->prefix ? ns[1] : NULL, BAD_CAST x->name, NULL);
            if (c) {
                c->_private = (void *)x->src;
                for (const jx_attr *a = x->attrs; a; a = a->next)
                    xmlNewNsProp(c, attr_ns(ns, a), BAD_CAST a->name, BAD_CAST a->value);
            }
        }
        if (!c)
            continue;
        xmlAddChild(parent, c);
        if (x->kind == JX_ELEMENT)
            to_xml(doc, ns, c, x->first);
    }
}

xmlDocPtr jfyp_jats_xml(const jfyp_jats *d) {
    xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
    if (!doc)
        return NULL;
    const jx *r = d->root;
    xmlNodePtr art = xmlNewDocNode(doc, NULL, BAD_CAST r->name, NULL);
    if (!art) {
        xmlFreeDoc(doc);
        return NULL;
    }
    xmlDocSetRootElement(doc, art);
    art->_private = (void *)r->src;
    xmlNsPtr ns[3];
    ns[0] = xmlNewNs(art, BAD_CAST NS_XLINK, BAD_CAST "xlink");
    ns[1] = xmlNewNs(art, BAD_CAST NS_ALI, BAD_CAST "ali");
    xmlNewNs(art, BAD_CAST NS_MML, BAD_CAST "mml");
    ns[2] = xmlSearchNsByHref(doc, art, XML_XML_NAMESPACE);
    for (const jx_attr *a = r->attrs; a; a = a->next)
        xmlNewNsProp(art, attr_ns(ns, a), BAD_CAST a->name, BAD_CAST a->value);
    to_xml(doc, ns, art, r->first);
    return doc;
}
