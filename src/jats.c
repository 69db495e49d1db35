/* jats.c - the JATS 1.4 Publishing emitter: reads the recognized tree and
 * builds the XML with libxml2's tree API (libxml2 does all escaping). The
 * element order follows the JATS content models, whatever order the
 * recognizers added things in, so a recognizer cannot make the output
 * invalid by where it puts a node. */
#include "jats.h"
#include "util.h"

#include <libxml/parserInternals.h> /* xmlStringText, xmlStringTextNoenc */
#include <libxml/xmlsave.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define NS_XLINK "http://www.w3.org/1999/xlink"
#define NS_ALI "http://www.niso.org/schemas/ali/1.0/"
#define NS_MML "http://www.w3.org/1998/Math/MathML"

/* Twice as many slots as the emitter has names. */
#define NAME_SLOTS 256

typedef struct {
    const char *literal;
    const xmlChar *interned;
} name_slot;

typedef struct {
    xmlDocPtr doc;
    xmlNsPtr xlink, ali;
    name_slot names[NAME_SLOTS];
    /* The run of text emit_inlines is joining, one buffer for every level
     * of inline nesting (a level joins after where it found the buffer's
     * end), so a run costs no allocation of its own. */
    jfyp_buf text;
} emitter;

/* The helpers below that make a node (intern, el, new_text,
 * add_text_len) are inlined into the emitter: a page makes some 1,000
 * elements and 1,400 texts, and each paid the calls of its own
 * (bench/instructions). */

/* An element name in the document's dictionary. Names are string
 * constants, so the dictionary is asked once a name a page, not once an
 * element; a full table only means asking it again. */
static inline __attribute__((always_inline)) const xmlChar *intern(emitter *e, const char *name) {
    size_t h = ((uintptr_t)name >> 3) % NAME_SLOTS;
    for (size_t i = 0; i < NAME_SLOTS; i++, h = (h + 1) % NAME_SLOTS) {
        name_slot *s = &e->names[h];
        if (s->literal == name)
            return s->interned;
        if (!s->literal) {
            s->interned = xmlDictLookup(e->doc->dict, BAD_CAST name, -1);
            if (s->interned)
                s->literal = name;
            return s->interned;
        }
    }
    return xmlDictLookup(e->doc->dict, BAD_CAST name, -1);
}

/* A node just made for this document, put last among parent's children:
 * what xmlAddChild does for it, without its tests for a text to merge
 * into (an element has none; the callers of a text have looked) and for
 * a node of another document. */
static xmlNodePtr append(xmlNodePtr parent, xmlNodePtr x) {
    if (!x)
        return NULL;
    x->parent = parent;
    if (parent->last) {
        parent->last->next = x;
        x->prev = parent->last;
    } else {
        parent->children = x;
    }
    parent->last = x;
    return x;
}

static inline __attribute__((always_inline)) xmlNodePtr el(emitter *e, xmlNodePtr parent,
                                                           const char *name) {
    const xmlChar *n = parent ? intern(e, name) : NULL;
    if (!n)
        return NULL;
    /* The node takes the dictionary's name as it is, with no copy; its
     * namespace is its parent's, as xmlNewChild gives it. */
    return append(parent, xmlNewDocNodeEatName(e->doc, parent->ns, (xmlChar *)n, NULL));
}

/* Texts this short (punctuation, labels, names, years: most of a page's
 * text nodes) are kept in the document's dictionary. */
#define SHORT_TEXT 24

/* A text node. Without the arena (jfyp_xml_arena_begin) a short text is
 * the dictionary's string, as libxml2's own parser makes short texts,
 * where each was a copy malloc'd and freed of its own; libxml2 never frees
 * a dictionary string, and copies one before appending to it. From the
 * arena a copy costs less than the dictionary's hash. */
static int xa_serving(void);

static inline __attribute__((always_inline)) xmlNodePtr new_text(xmlDocPtr doc, const char *text,
                                                                 size_t len) {
    if (len > SHORT_TEXT || xa_serving())
        return xmlNewDocTextLen(doc, BAD_CAST text, (int)len);
    const xmlChar *kept = xmlDictLookup(doc->dict, BAD_CAST text, (int)len);
    xmlNodePtr t = kept ? xmlNewDocText(doc, NULL) : NULL;
    if (t)
        t->content = (xmlChar *)(uintptr_t)kept;
    return t;
}

/* An element holding one text node, empty when text is NULL (then it is
 * written <name></name>, as before). */
static xmlNodePtr text_el(emitter *e, xmlNodePtr parent, const char *name, const char *text) {
    xmlNodePtr x = el(e, parent, name);
    if (x)
        append(x, new_text(e->doc, text ? text : "", text ? strlen(text) : 0));
    return x;
}

/* Remembers which tree node an element was made from, for provenance. */
static xmlNodePtr from(const jfy_node *n, xmlNodePtr x) {
    if (x && n)
        x->_private = (void *)n;
    return x;
}

/* An attribute the element does not have yet (the emitter sets each name
 * once an element), so libxml2 is not asked to look for one to replace:
 * its name from the dictionary, its value a text node made as new_text
 * makes one (a short value is the dictionary's, not a copy). No value is
 * an ID without a DTD or xml:id, so there is none to register. */
static void ns_attr(emitter *e, xmlNodePtr x, xmlNsPtr ns, const char *name, const char *value) {
    const xmlChar *n = x ? intern(e, name) : NULL;
    xmlAttrPtr a = n ? xmlNewNsPropEatName(x, ns, (xmlChar *)n, NULL) : NULL;
    xmlNodePtr t = a ? new_text(e->doc, value, strlen(value)) : NULL;
    if (t) {
        t->parent = (xmlNodePtr)a;
        a->children = a->last = t;
    }
}

static void attr(emitter *e, xmlNodePtr x, const char *name, const char *value) {
    if (value && *value)
        ns_attr(e, x, NULL, name, value);
}

static inline __attribute__((always_inline)) void add_text_len(xmlNodePtr x, const char *text,
                                                               size_t len) {
    if (!x || !len)
        return;
    /* Merge into a preceding text node so the output has no split runs. */
    if (x->last && x->last->type == XML_TEXT_NODE)
        xmlNodeAddContentLen(x->last, BAD_CAST text, (int)len);
    else
        append(x, new_text(x->doc, text, len));
}

static void add_text(xmlNodePtr x, const char *text) {
    if (text)
        add_text_len(x, text, strlen(text));
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

static void emit_inlines(emitter *e, xmlNodePtr x, const jfy_node *parent);

static void emit_name(emitter *e, xmlNodePtr parent, const jfy_node *n) {
    xmlNodePtr name = from(n, el(e, parent, "name"));
    const char *sur = jfyp_node_attr(n, "surname"), *given = jfyp_node_attr(n, "given");
    if (sur && *sur) {
        text_el(e, name, "surname", sur);
        if (given && *given)
            text_el(e, name, "given-names", given);
    } else {
        text_el(e, name, "given-names", given);
    }
    const char *v;
    if ((v = jfyp_node_attr(n, "prefix")))
        text_el(e, name, "prefix", v);
    if ((v = jfyp_node_attr(n, "suffix")))
        text_el(e, name, "suffix", v);
}

static void emit_inline(emitter *e, xmlNodePtr x, const jfy_node *n) {
    const char *name = simple_name(n->type);
    xmlNodePtr c;
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
            c = from(n, el(e, x, "email"));
            emit_inlines(e, c, n);
        } else if (is_absolute_url(href)) {
            c = from(n, el(e, x, "ext-link"));
            attr(e, c, "ext-link-type", "uri");
            ns_attr(e, c, e->xlink, "href", href);
            emit_inlines(e, c, n);
        } else {
            /* A link to nowhere ("#") on an extracted page carries no
             * target; its text stays. */
            emit_inlines(e, x, n);
        }
        return;
    }
    case JFY_N_IMAGE:
        emit_inlines(e, x, n);
        return;
    case JFY_N_URI:
        c = from(n, text_el(e, x, "uri", n->text));
        if (jfyp_node_attr(n, "href"))
            ns_attr(e, c, e->xlink, "href", jfyp_node_attr(n, "href"));
        return;
    case JFY_N_XREF:
        c = from(n, el(e, x, "xref"));
        attr(e, c, "ref-type", jfyp_node_attr(n, "ref-type"));
        attr(e, c, "rid", jfyp_node_attr(n, "rid"));
        emit_inlines(e, c, n);
        return;
    case JFY_N_NAMED:
        c = from(n, el(e, x, "named-content"));
        attr(e, c, "content-type", jfyp_node_attr(n, "content-type"));
        emit_inlines(e, c, n);
        return;
    case JFY_N_RELATED: {
        c = from(n, el(e, x, "related-article"));
        const char *t = jfyp_node_attr(n, "type");
        attr(e, c, "related-article-type", t ? t : "article-reference");
        attr(e, c, "page", jfyp_node_attr(n, "page"));
        attr(e, c, "vol", jfyp_node_attr(n, "vol"));
        attr(e, c, "issue", jfyp_node_attr(n, "issue"));
        const char *doi = jfyp_node_attr(n, "doi");
        if (doi) {
            attr(e, c, "ext-link-type", "doi");
            ns_attr(e, c, e->xlink, "href", doi);
        }
        emit_inlines(e, c, n);
        return;
    }
    case JFY_N_NAME:
        emit_name(e, x, n);
        return;
    case JFY_N_PERSON_GROUP:
        c = from(n, el(e, x, "person-group"));
        attr(e, c, "person-group-type", jfyp_node_attr(n, "type"));
        emit_inlines(e, c, n);
        return;
    case JFY_N_PUB_ID:
        c = from(n, text_el(e, x, "pub-id", n->text));
        attr(e, c, "pub-id-type", jfyp_node_attr(n, "type"));
        return;
    case JFY_N_COUNTRY:
        c = from(n, text_el(e, x, "country", n->text));
        attr(e, c, "country", jfyp_node_attr(n, "code"));
        return;
    default:
        break;
    }
    if (name) {
        c = from(n, el(e, x, name));
        if (n->type == JFY_N_INSTITUTION)
            attr(e, c, "content-type", jfyp_node_attr(n, "content-type"));
        if (n->text)
            add_text(c, n->text);
        emit_inlines(e, c, n);
        return;
    }
    /* Anything else inline: keep its text rather than lose it. */
    if (n->text)
        add_text(x, n->text);
    emit_inlines(e, x, n);
}

/* A run of text and line ends is joined first and added once: adding it
 * piece by piece copies the growing text node each time, quadratic in a
 * long paragraph. */
static void flush_text(emitter *e, xmlNodePtr x, size_t from) {
    if (e->text.len > from) {
        add_text_len(x, e->text.data + from, e->text.len - from);
        e->text.len = from;
    }
}

static void emit_inlines(emitter *e, xmlNodePtr x, const jfy_node *parent) {
    size_t from = e->text.len;
    for (const jfy_node *n = parent->first; n; n = n->next) {
        if (n->type == JFY_N_TEXT) {
            if (n->text)
                jfyp_buf_puts(&e->text, n->text);
            continue;
        }
        if (n->type == JFY_N_SOFTBREAK || n->type == JFY_N_LINEBREAK) {
            jfyp_buf_putc(&e->text, ' ');
            continue;
        }
        flush_text(e, x, from);
        emit_inline(e, x, n);
    }
    flush_text(e, x, from);
}

static void emit_blocks(emitter *e, xmlNodePtr x, const jfy_node *parent);

static void emit_table(emitter *e, xmlNodePtr wrap, const jfy_node *t) {
    xmlNodePtr table = el(e, wrap, "table");
    xmlNodePtr head = NULL, body = NULL;
    for (const jfy_node *row = t->first; row; row = row->next) {
        if (row->type != JFY_N_ROW)
            continue;
        int is_head = jfyp_node_attr(row, "header") != NULL;
        xmlNodePtr sect;
        if (is_head && !body)
            sect = head ? head : (head = el(e, table, "thead"));
        else
            sect = body ? body : (body = el(e, table, "tbody"));
        xmlNodePtr tr = el(e, sect, "tr");
        for (const jfy_node *cell = row->first; cell; cell = cell->next)
            emit_inlines(e, el(e, tr, is_head ? "th" : "td"), cell);
    }
}

static void emit_caption(emitter *e, xmlNodePtr parent, const jfy_node *cap) {
    xmlNodePtr c = from(cap, el(e, parent, "caption"));
    const jfy_node *t = jfyp_node_child(cap, JFY_N_TITLE);
    if (t)
        emit_inlines(e, from(t, el(e, c, "title")), t);
    for (const jfy_node *k = cap->first; k; k = k->next)
        if (k->type == JFY_N_PARAGRAPH)
            emit_inlines(e, from(k, el(e, c, "p")), k);
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

static void emit_blocks_as(emitter *e, xmlNodePtr x, const jfy_node *parent, int paras_only);

/* label?, title, then content blocks, then nested sections: the order
 * sec, abstract, ack, notes and back all require. */
static void emit_titled_as(emitter *e, xmlNodePtr x, const jfy_node *n, int need_title, int paras_only) {
    const jfy_node *label = jfyp_node_child(n, JFY_N_LABEL);
    const jfy_node *title = jfyp_node_child(n, JFY_N_TITLE);
    if (label)
        from(label, text_el(e, x, "label", label->text));
    if (title)
        emit_inlines(e, from(title, el(e, x, "title")), title);
    else if (need_title)
        el(e, x, "title");
    emit_blocks_as(e, x, n, paras_only);
}

static void emit_titled(emitter *e, xmlNodePtr x, const jfy_node *n, int need_title) {
    emit_titled_as(e, x, n, need_title, 0);
}

static void emit_block(emitter *e, xmlNodePtr x, const jfy_node *n) {
    xmlNodePtr c;
    switch (n->type) {
    case JFY_N_PARAGRAPH:
        if (jfyp_node_attr(n, "supplementary")) {
            /* a supplementary file's entry: its text is the file's caption */
            c = from(n, el(e, x, "supplementary-material"));
            emit_inlines(e, el(e, el(e, c, "caption"), "p"), n);
        } else
            emit_inlines(e, from(n, el(e, x, "p")), n);
        break;
    case JFY_N_HEADING:
        /* A heading no recognizer made a section of: kept as a bold line. */
        emit_inlines(e, el(e, from(n, el(e, x, "p")), "bold"), n);
        break;
    case JFY_N_LIST:
        c = from(n, el(e, x, "list"));
        attr(e, c, "list-type", jfyp_node_attr(n, "ordered") ? "order" : "bullet");
        for (const jfy_node *it = n->first; it; it = it->next) {
            xmlNodePtr li = from(it, el(e, c, "list-item"));
            emit_blocks_as(e, li, it, 2);
            if (!li->children)
                el(e, li, "p");
        }
        break;
    case JFY_N_QUOTE:
        c = from(n, el(e, x, "disp-quote"));
        emit_blocks(e, c, n);
        break;
    case JFY_N_CODE_BLOCK:
        from(n, text_el(e, x, "preformat", n->text));
        break;
    case JFY_N_TABLE:
        emit_table(e, from(n, el(e, x, "table-wrap")), n);
        break;
    case JFY_N_TABLE_WRAP: {
        c = from(n, el(e, x, "table-wrap"));
        attr(e, c, "id", jfyp_node_attr(n, "id"));
        const jfy_node *k;
        if ((k = jfyp_node_child(n, JFY_N_LABEL)))
            text_el(e, c, "label", k->text);
        if ((k = jfyp_node_child(n, JFY_N_CAPTION)))
            emit_caption(e, c, k);
        if ((k = jfyp_node_child(n, JFY_N_TABLE)))
            emit_table(e, c, k);
        /* cells read off a page whose rows cannot be rebuilt, line for line */
        if ((k = jfyp_node_child(n, JFY_N_CODE_BLOCK)))
            from(k, text_el(e, c, "preformat", k->text));
        /* the notes printed under the table (recognize_figure_text.c) */
        if ((k = jfyp_node_child(n, JFY_N_NOTES))) {
            xmlNodePtr foot = from(k, el(e, c, "table-wrap-foot"));
            for (const jfy_node *p = k->first; p; p = p->next)
                emit_inlines(e, from(p, el(e, foot, "p")), p);
        }
        break;
    }
    case JFY_N_FIG: {
        c = from(n, el(e, x, "fig"));
        attr(e, c, "id", jfyp_node_attr(n, "id"));
        const jfy_node *k;
        if ((k = jfyp_node_child(n, JFY_N_LABEL)))
            text_el(e, c, "label", k->text);
        if ((k = jfyp_node_child(n, JFY_N_CAPTION)))
            emit_caption(e, c, k);
        break;
    }
    case JFY_N_SECTION:
        c = from(n, el(e, x, "sec"));
        attr(e, c, "id", jfyp_node_attr(n, "id"));
        attr(e, c, "sec-type", jfyp_node_attr(n, "sec-type"));
        emit_titled(e, c, n, 1);
        break;
    case JFY_N_ACK:
        emit_titled_as(e, el(e, x, "ack"), n, 0, 1);
        break;
    case JFY_N_NOTES:
        c = from(n, el(e, x, "notes"));
        attr(e, c, "notes-type", jfyp_node_attr(n, "type"));
        emit_titled(e, c, n, 0);
        break;
    case JFY_N_FOOTNOTES:
        c = from(n, el(e, x, "fn-group"));
        for (const jfy_node *fn = n->first; fn; fn = fn->next) {
            if (fn->type != JFY_N_FOOTNOTE)
                continue;
            xmlNodePtr f = from(fn, el(e, c, "fn"));
            attr(e, f, "id", jfyp_node_attr(fn, "id"));
            attr(e, f, "fn-type", jfyp_node_attr(fn, "fn-type"));
            emit_titled_as(e, f, fn, 0, 1);
        }
        break;
    case JFY_N_REF_LIST:
        c = from(n, el(e, x, "ref-list"));
        if (jfyp_node_child(n, JFY_N_TITLE))
            emit_inlines(e, el(e, c, "title"), jfyp_node_child(n, JFY_N_TITLE));
        for (const jfy_node *ref = n->first; ref; ref = ref->next) {
            if (ref->type != JFY_N_REF)
                continue;
            xmlNodePtr r = from(ref, el(e, c, "ref"));
            attr(e, r, "id", jfyp_node_attr(ref, "id"));
            const jfy_node *label = jfyp_node_child(ref, JFY_N_LABEL);
            if (label)
                text_el(e, r, "label", label->text);
            /* an entry grouping several works has a citation for each */
            int cited = 0;
            for (const jfy_node *cit = ref->first; cit; cit = cit->next) {
                if (cit->type != JFY_N_CITATION)
                    continue;
                xmlNodePtr mc = from(cit, el(e, r, "mixed-citation"));
                attr(e, mc, "publication-type", jfyp_node_attr(cit, "publication-type"));
                emit_inlines(e, mc, cit);
                cited = 1;
            }
            if (!cited)
                el(e, r, "mixed-citation");
        }
        break;
    case JFY_N_TITLE:
    case JFY_N_LABEL:
    case JFY_N_RULE:
        break; /* titles are written by their container; rules carry nothing */
    default:
        /* Inline content at block level: wrap it in a paragraph. */
        emit_inline(e, from(n, el(e, x, "p")), n);
        break;
    }
}

/* Blocks first, then sections, then back-of-section lists: JATS wants
 * sections after all the paragraphs of their parent. paras_only: the
 * container's model takes paragraphs (and, when 2, lists) but no other
 * block; those go inside a <p>. */
static void emit_blocks_as(emitter *e, xmlNodePtr x, const jfy_node *parent, int paras_only) {
    for (const jfy_node *n = parent->first; n; n = n->next) {
        if (n->type == JFY_N_SECTION || n->type == JFY_N_REF_LIST || n->type == JFY_N_FOOTNOTES)
            continue;
        if (!paras_only || para_shaped(n) || (paras_only == 2 && n->type == JFY_N_LIST))
            emit_block(e, x, n);
        else
            emit_block(e, el(e, x, "p"), n);
    }
    for (const jfy_node *n = parent->first; n; n = n->next)
        if (n->type == JFY_N_SECTION)
            emit_block(e, x, n);
    for (const jfy_node *n = parent->first; n; n = n->next)
        if (n->type == JFY_N_REF_LIST || n->type == JFY_N_FOOTNOTES)
            emit_block(e, x, n);
}

static void emit_blocks(emitter *e, xmlNodePtr x, const jfy_node *parent) {
    emit_blocks_as(e, x, parent, 0);
}

static void emit_contrib(emitter *e, xmlNodePtr group, const jfy_node *n) {
    xmlNodePtr c = from(n, el(e, group, "contrib"));
    attr(e, c, "contrib-type", jfyp_node_attr(n, "contrib-type"));
    attr(e, c, "corresp", jfyp_node_attr(n, "corresp"));
    attr(e, c, "id", jfyp_node_attr(n, "id"));
    for (const jfy_node *k = n->first; k; k = k->next)
        if (k->type == JFY_N_ORCID) {
            xmlNodePtr id = from(k, text_el(e, c, "contrib-id", k->text));
            attr(e, id, "contrib-id-type", "orcid");
        }
    for (const jfy_node *k = n->first; k; k = k->next)
        if (k->type == JFY_N_NAME)
            emit_name(e, c, k);
        else if (k->type == JFY_N_COLLAB)
            from(k, text_el(e, c, "collab", k->text));
    for (const jfy_node *k = n->first; k; k = k->next) {
        xmlNodePtr r;
        switch (k->type) {
        case JFY_N_ROLE:
            r = from(k, text_el(e, c, "role", k->text));
            attr(e, r, "content-type", jfyp_node_attr(k, "content-type"));
            attr(e, r, "vocab", jfyp_node_attr(k, "vocab"));
            attr(e, r, "vocab-identifier", jfyp_node_attr(k, "vocab-identifier"));
            attr(e, r, "vocab-term", jfyp_node_attr(k, "vocab-term"));
            attr(e, r, "vocab-term-identifier", jfyp_node_attr(k, "vocab-term-identifier"));
            break;
        case JFY_N_XREF:
        case JFY_N_EMAIL:
        case JFY_N_URI:
            emit_inline(e, c, k);
            break;
        default:
            break;
        }
    }
}

static void emit_contribs(emitter *e, xmlNodePtr parent, const jfy_node *group) {
    xmlNodePtr g = el(e, parent, "contrib-group");
    attr(e, g, "content-type", jfyp_node_attr(group, "content-type"));
    for (const jfy_node *k = group->first; k; k = k->next)
        if (k->type == JFY_N_CONTRIB)
            emit_contrib(e, g, k);
}

static void emit_aff(emitter *e, xmlNodePtr parent, const jfy_node *n) {
    xmlNodePtr a = from(n, el(e, parent, "aff"));
    attr(e, a, "id", jfyp_node_attr(n, "id"));
    attr(e, a, "content-type", jfyp_node_attr(n, "content-type"));
    /* label must come first in practice; the rest is mixed content. */
    const jfy_node *label = jfyp_node_child(n, JFY_N_LABEL);
    if (label)
        from(label, text_el(e, a, "label", label->text));
    for (const jfy_node *k = n->first; k; k = k->next)
        if (k->type != JFY_N_LABEL)
            emit_inline(e, a, k);
}

/* The article's publication date, or its issue's ("collection"); other
 * dates are its history. */
static int publication_date(const jfy_node *d) {
    const char *t = jfyp_node_attr(d, "type");
    return strcmp(t, "pub") == 0 || strcmp(t, "collection") == 0;
}

static void emit_date(emitter *e, xmlNodePtr parent, const char *name, const jfy_node *d) {
    xmlNodePtr x = from(d, el(e, parent, name));
    const char *type = jfyp_node_attr(d, "type");
    attr(e, x, "date-type", type);
    attr(e, x, "publication-format", jfyp_node_attr(d, "format"));
    const char *y = jfyp_node_attr(d, "year"), *m = jfyp_node_attr(d, "month"),
               *day = jfyp_node_attr(d, "day");
    char iso[16];
    if (y && m && day)
        snprintf(iso, sizeof iso, "%s-%s-%s", y, m, day);
    else if (y && m)
        snprintf(iso, sizeof iso, "%s-%s", y, m);
    else
        snprintf(iso, sizeof iso, "%s", y ? y : "");
    attr(e, x, "iso-8601-date", iso);
    if (day)
        text_el(e, x, "day", day);
    if (m)
        text_el(e, x, "month", m);
    text_el(e, x, "year", y);
}

static void emit_journal_meta(emitter *e, xmlNodePtr front, const jfy_node *j) {
    xmlNodePtr jm = el(e, front, "journal-meta");
    if (!j)
        return;
    for (const jfy_attr *a = j->attrs; a; a = a->next)
        if (strncmp(a->key, "id:", 3) == 0)
            attr(e, text_el(e, jm, "journal-id", a->value), "journal-id-type", a->key + 3);
    const char *t = jfyp_node_attr(j, "title");
    const char *ab = jfyp_node_attr(j, "abbrev-title");
    if (t || ab) {
        xmlNodePtr g = el(e, jm, "journal-title-group");
        if (t)
            text_el(e, g, "journal-title", t);
        if (ab)
            attr(e, text_el(e, g, "abbrev-journal-title", ab), "abbrev-type", "publisher");
    }
    for (const jfy_node *k = j->first; k; k = k->next)
        if (k->type == JFY_N_CONTRIBS)
            emit_contribs(e, jm, k);
    for (const jfy_node *k = j->first; k; k = k->next)
        if (k->type == JFY_N_AFF)
            emit_aff(e, jm, k);
    for (const jfy_attr *a = j->attrs; a; a = a->next) {
        if (strncmp(a->key, "issn:", 5) != 0)
            continue;
        xmlNodePtr is = text_el(e, jm, "issn", a->value);
        const char *kind = a->key + 5;
        if (strcmp(kind, "print") == 0 || strcmp(kind, "electronic") == 0)
            attr(e, is, "publication-format", kind);
        else
            attr(e, is, "pub-type", kind);
    }
    const char *pn = jfyp_node_attr(j, "publisher-name");
    if (pn) {
        xmlNodePtr p = el(e, jm, "publisher");
        text_el(e, p, "publisher-name", pn);
        if (jfyp_node_attr(j, "publisher-loc"))
            text_el(e, p, "publisher-loc", jfyp_node_attr(j, "publisher-loc"));
    }
    for (const jfy_node *k = j->first; k; k = k->next)
        if (k->type == JFY_N_NOTES)
            emit_block(e, jm, k);
}

static void emit_permissions(emitter *e, xmlNodePtr am, const jfy_node *p) {
    xmlNodePtr x = from(p, el(e, am, "permissions"));
    const char *v;
    if ((v = jfyp_node_attr(p, "statement")))
        text_el(e, x, "copyright-statement", v);
    if ((v = jfyp_node_attr(p, "year")))
        text_el(e, x, "copyright-year", v);
    if ((v = jfyp_node_attr(p, "holder")))
        text_el(e, x, "copyright-holder", v);
    for (const jfy_node *l = p->first; l; l = l->next) {
        if (l->type != JFY_N_LICENSE)
            continue;
        xmlNodePtr lic = from(l, el(e, x, "license"));
        const char *href = jfyp_node_attr(l, "href");
        if (href) {
            ns_attr(e, lic, e->xlink, "href", href);
            xmlNewChild(lic, e->ali, BAD_CAST "license_ref", BAD_CAST href);
        }
        for (const jfy_node *k = l->first; k; k = k->next)
            if (k->type == JFY_N_PARAGRAPH)
                emit_inlines(e, from(k, el(e, lic, "license-p")), k);
    }
}

static void emit_article_meta(emitter *e, xmlNodePtr front, const jfy_node *f) {
    xmlNodePtr am = el(e, front, "article-meta");
    const jfy_node *k;
    for (k = f->first; k; k = k->next)
        if (k->type == JFY_N_ARTICLE_ID)
            attr(e, from(k, text_el(e, am, "article-id", k->text)), "pub-id-type", jfyp_node_attr(k, "type"));
    const char *heading = jfyp_node_attr(f, "heading");
    if (heading) {
        xmlNodePtr sg = el(e, el(e, am, "article-categories"), "subj-group");
        attr(e, sg, "subj-group-type", "heading");
        text_el(e, sg, "subject", heading);
    }
    xmlNodePtr tg = el(e, am, "title-group");
    xmlNodePtr at = el(e, tg, "article-title");
    if ((k = jfyp_node_child(f, JFY_N_TITLE)))
        emit_inlines(e, from(k, at), k);
    /* a note on the title (recognize_title.c) stands inside it, as the
     * publishers who print one keep it */
    if ((k = jfyp_node_child(f, JFY_N_FOOTNOTE))) {
        xmlNodePtr fn = from(k, el(e, at, "fn"));
        attr(e, fn, "id", jfyp_node_attr(k, "id"));
        if (jfyp_node_attr(k, "label"))
            text_el(e, fn, "label", jfyp_node_attr(k, "label"));
        emit_blocks(e, fn, k);
    }
    if ((k = jfyp_node_child(f, JFY_N_SUBTITLE)))
        emit_inlines(e, from(k, el(e, tg, "subtitle")), k);
    if ((k = jfyp_node_child(f, JFY_N_TRANS_TITLE)))
        emit_inlines(e, from(k, el(e, el(e, tg, "trans-title-group"), "trans-title")), k);
    for (k = f->first; k; k = k->next)
        if (k->type == JFY_N_CONTRIBS)
            emit_contribs(e, am, k);
    for (k = f->first; k; k = k->next)
        if (k->type == JFY_N_AFF)
            emit_aff(e, am, k);
    if ((k = jfyp_node_child(f, JFY_N_AUTHOR_NOTES))) {
        xmlNodePtr an = el(e, am, "author-notes");
        for (const jfy_node *c = k->first; c; c = c->next) {
            if (c->type == JFY_N_CORRESP) {
                xmlNodePtr co = from(c, el(e, an, "corresp"));
                attr(e, co, "id", jfyp_node_attr(c, "id"));
                emit_inlines(e, co, c);
            } else if (c->type == JFY_N_FOOTNOTE) {
                xmlNodePtr fn = from(c, el(e, an, "fn"));
                attr(e, fn, "id", jfyp_node_attr(c, "id"));
                attr(e, fn, "fn-type", jfyp_node_attr(c, "fn-type"));
                emit_blocks(e, fn, c);
            }
        }
    }
    int pub = 0;
    for (k = f->first; k; k = k->next)
        if (k->type == JFY_N_DATE && publication_date(k)) {
            emit_date(e, am, "pub-date", k);
            pub = 1;
        }
    if (!pub)
        el(e, am, "pub-date-not-available");
    const char *v;
    if ((v = jfyp_node_attr(f, "volume")))
        text_el(e, am, "volume", v);
    if ((v = jfyp_node_attr(f, "issue")))
        text_el(e, am, "issue", v);
    if ((v = jfyp_node_attr(f, "fpage"))) {
        text_el(e, am, "fpage", v);
        if ((v = jfyp_node_attr(f, "lpage")))
            text_el(e, am, "lpage", v);
    } else if ((v = jfyp_node_attr(f, "elocation-id"))) {
        text_el(e, am, "elocation-id", v);
    }
    for (k = f->first; k; k = k->next)
        if (k->type == JFY_N_PRODUCT) {
            xmlNodePtr pr = from(k, el(e, am, "product"));
            attr(e, pr, "product-type", jfyp_node_attr(k, "type"));
            emit_inlines(e, pr, k);
        }
    xmlNodePtr hist = NULL;
    for (k = f->first; k; k = k->next)
        if (k->type == JFY_N_DATE && !publication_date(k))
            emit_date(e, hist ? hist : (hist = el(e, am, "history")), "date", k);
    if ((k = jfyp_node_child(f, JFY_N_PERMISSIONS)))
        emit_permissions(e, am, k);
    for (k = f->first; k; k = k->next)
        if (k->type == JFY_N_RELATED)
            emit_inline(e, am, k);
    for (k = f->first; k; k = k->next)
        if (k->type == JFY_N_ABSTRACT) {
            xmlNodePtr ab = from(k, el(e, am, "abstract"));
            attr(e, ab, "abstract-type", jfyp_node_attr(k, "type"));
            emit_titled(e, ab, k, 0);
        }
    for (k = f->first; k; k = k->next)
        if (k->type == JFY_N_KEYWORDS) {
            xmlNodePtr kg = from(k, el(e, am, "kwd-group"));
            attr(e, kg, "kwd-group-type", jfyp_node_attr(k, "type"));
            if (jfyp_node_child(k, JFY_N_TITLE))
                emit_inlines(e, el(e, kg, "title"), jfyp_node_child(k, JFY_N_TITLE));
            for (const jfy_node *w = k->first; w; w = w->next)
                if (w->type == JFY_N_KEYWORD)
                    emit_inlines(e, from(w, el(e, kg, "kwd")), w);
        }
    for (k = f->first; k; k = k->next)
        if (k->type == JFY_N_FUNDING) {
            xmlNodePtr fg = from(k, el(e, am, "funding-group"));
            for (const jfy_node *a = k->first; a; a = a->next) {
                if (a->type != JFY_N_AWARD)
                    continue;
                xmlNodePtr ag = el(e, fg, "award-group");
                if (jfyp_node_attr(a, "source"))
                    text_el(e, ag, "funding-source", jfyp_node_attr(a, "source"));
                if (jfyp_node_attr(a, "id"))
                    text_el(e, ag, "award-id", jfyp_node_attr(a, "id"));
            }
            if (jfyp_node_attr(k, "statement"))
                text_el(e, fg, "funding-statement", jfyp_node_attr(k, "statement"));
        }
}

xmlDocPtr jfyp_jats_build(const jfy_node *docnode) {
    emitter e = {0};
    e.doc = xmlNewDoc(BAD_CAST "1.0");
    if (!e.doc)
        return NULL;
    /* Declared in the serialization, which then writes UTF-8 as it is. */
    e.doc->encoding = xmlStrdup(BAD_CAST "UTF-8");
    /* Element and attribute names are interned in the document's
     * dictionary, once each, instead of copied into every node and freed
     * again with it. */
    e.doc->dict = xmlDictCreate();
    if (!e.doc->encoding || !e.doc->dict) {
        xmlFreeDoc(e.doc);
        return NULL;
    }
    xmlNodePtr art = xmlNewDocNode(e.doc, NULL, BAD_CAST "article", NULL);
    xmlDocSetRootElement(e.doc, art);
    e.xlink = xmlNewNs(art, BAD_CAST NS_XLINK, BAD_CAST "xlink");
    e.ali = xmlNewNs(art, BAD_CAST NS_ALI, BAD_CAST "ali");
    xmlNewNs(art, BAD_CAST NS_MML, BAD_CAST "mml");
    attr(&e, art, "article-type", jfyp_node_attr(docnode, "article-type"));
    attr(&e, art, "dtd-version", "1.4");
    const char *lang = jfyp_node_attr(docnode, "lang");
    xmlNodeSetLang(art, BAD_CAST(lang ? lang : "en"));

    const jfy_node *f = jfyp_node_child(docnode, JFY_N_FRONT);
    const jfy_node *body = jfyp_node_child(docnode, JFY_N_BODY);
    const jfy_node *back = jfyp_node_child(docnode, JFY_N_BACK);
    xmlNodePtr front = el(&e, art, "front");
    emit_journal_meta(&e, front, f ? jfyp_node_child(f, JFY_N_JOURNAL) : NULL);
    if (f) {
        emit_article_meta(&e, front, f);
        for (const jfy_node *k = f->first; k; k = k->next)
            if (k->type == JFY_N_NOTES)
                emit_block(&e, front, k);
    } else {
        el(&e, el(&e, el(&e, front, "article-meta"), "title-group"), "article-title");
    }
    if (body && body->first)
        emit_blocks(&e, el(&e, art, "body"), body);
    if (back && back->first)
        emit_blocks(&e, el(&e, art, "back"), back);
    int failed = e.text.failed;
    jfyp_buf_free(&e.text);
    if (failed) {
        xmlFreeDoc(e.doc);
        return NULL;
    }
    return e.doc;
}

/* Names the element texts holding none of the bytes libxml2's serializer
 * escapes in text ('<', '>', '&', CR) xmlStringTextNoenc, which it writes
 * as they are: escaping them byte by byte changed nothing and was a
 * quarter of the serializer's work (bench/instructions). Any text with one
 * of those bytes is escaped by libxml2 as before. Attribute values are
 * not walked: libxml2 escapes them whatever their text's name. The texts
 * named are listed in *marked (malloc'd), to be named back after the dump
 * without a second walk; one there is no room to list stays as it was. */
static size_t plain_texts(xmlDocPtr doc, xmlNodePtr **marked) {
    xmlNodePtr root = xmlDocGetRootElement(doc), x = root;
    size_t n = 0, cap = 0;
    *marked = NULL;
    while (x) {
        if (x->type == XML_TEXT_NODE && x->content && x->name == xmlStringText &&
            !x->content[strcspn((const char *)x->content, "<>&\r")]) {
            if (n == cap) {
                size_t nc = cap ? cap * 4 : 256;
                xmlNodePtr *v = realloc(*marked, nc * sizeof *v);
                if (v) {
                    *marked = v;
                    cap = nc;
                }
            }
            if (n < cap) {
                (*marked)[n++] = x;
                x->name = xmlStringTextNoenc;
            }
        }
        if (x->type == XML_ELEMENT_NODE && x->children) {
            x = x->children;
            continue;
        }
        while (x != root && !x->next)
            x = x->parent;
        x = x == root ? NULL : x->next;
    }
    return n;
}

char *jfyp_jats_serialize(xmlDocPtr doc, size_t *len) {
    /* An output buffer with no write callback: libxml2 appends to it and
     * nothing else, where one writing to a callback asked after every
     * piece (a tag's '<', its name, an indent) whether a chunk was due and
     * copied each chunk out again. Dumped as a node, the document is
     * written as xmlSaveDoc writes it: the declaration naming the
     * document's UTF-8 (no conversion: the text is UTF-8 already), then the
     * tree indented. */
    xmlOutputBufferPtr out = xmlAllocOutputBuffer(NULL);
    if (!out)
        return NULL;
    xmlNodePtr *marked;
    size_t nmarked = plain_texts(doc, &marked);
    xmlNodeDumpOutput(out, doc, (xmlNodePtr)doc, 0, 1, (const char *)doc->encoding);
    for (size_t i = 0; i < nmarked; i++)
        marked[i]->name = xmlStringText;
    free(marked);
    const xmlChar *bytes = xmlOutputBufferGetContent(out);
    size_t n = xmlOutputBufferGetSize(out);
    char *r = out->error || !bytes ? NULL : malloc(n + 1);
    if (r) {
        memcpy(r, bytes, n);
        r[n] = '\0';
        if (len)
            *len = n;
    }
    xmlOutputBufferClose(out);
    return r;
}

/* ---------------------------------------------------------------------- */
/* libxml2's allocations for one document, from an arena                  */

/* A page's JATS is some 3,000 libxml2 allocations (nodes, attributes,
 * texts, the dictionary, the output buffer), each malloc'd and then freed
 * one by one by xmlFreeDoc: a fifth of the JATS stage. Between
 * jfyp_xml_arena_begin and jfyp_xml_arena_end they come from a per-thread
 * arena instead, and the document is dropped with it, not freed node by
 * node. Under AddressSanitizer there is no arena (every allocation stays
 * malloc's, so overflows and leaks are seen), as in arena.c. */
#if defined(__SANITIZE_ADDRESS__)
#define NO_XML_ARENA 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NO_XML_ARENA 1
#endif
#endif

#ifndef NO_XML_ARENA
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>
#include <pthread.h>

typedef struct xa_chunk {
    struct xa_chunk *next;
    size_t cap, used;
    max_align_t data[];
} xa_chunk;

/* Each allocation is preceded by its size (for xmlRealloc), in a header
 * that keeps the alignment malloc gives. */
#define XA_HDR sizeof(max_align_t)
/* The arena's first chunk, and the most a thread keeps between documents. */
#define XA_MIN ((size_t)64 << 10)
#define XA_KEEP ((size_t)8 << 20)

/* A document whose allocations pass this (a text grown by many appends
 * leaves each old copy behind) gets the rest from malloc, and is freed
 * with xmlFreeDoc after all. */
#define XA_LIMIT ((size_t)8 << 20)

typedef struct {
    xa_chunk *chunks; /* the current one first */
    char *last;       /* the newest allocation, which may grow in place */
    size_t total;     /* bytes taken for this document */
    int active;       /* libxml2's allocations come from here */
    int overflow;     /* some came from malloc after all */
} xml_arena;

static __thread xml_arena xa;
static int xa_installed;
/* Frees a thread's chunks when it ends. */
static pthread_key_t xa_key;
static int xa_key_ok;
static pthread_once_t xa_key_once = PTHREAD_ONCE_INIT;

static void xa_thread_end(void *unused) {
    (void)unused;
    for (xa_chunk *c = xa.chunks, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    xa.chunks = NULL;
}

static void xa_key_make(void) { xa_key_ok = pthread_key_create(&xa_key, xa_thread_end) == 0; }

static int xa_owns(const void *p) {
    for (const xa_chunk *c = xa.chunks; c; c = c->next)
        if ((const char *)p >= (const char *)c->data &&
            (const char *)p < (const char *)c->data + c->used)
            return 1;
    return 0;
}

static size_t xa_size(const void *p) {
    size_t n;
    memcpy(&n, (const char *)p - XA_HDR, sizeof n);
    return n;
}

static size_t xa_round(size_t n) { return (n + XA_HDR - 1) / XA_HDR * XA_HDR; }

/* A new chunk, or malloc past the limit: apart from xa_alloc, whose
 * common case (room in the chunk) then saves no registers for it, a tenth
 * of a page's JATS stage in some 4,000 calls (bench/instructions). */
__attribute__((noinline)) static void *xa_alloc_more(size_t n, size_t need) {
    if (xa.total + need > XA_LIMIT) {
        xa.overflow = 1;
        return malloc(n);
    }
    xa_chunk *c = xa.chunks;
    size_t cap = c && 2 * c->cap > XA_MIN ? 2 * c->cap : XA_MIN;
    while (cap < need)
        cap *= 2;
    xa_chunk *nc = malloc(sizeof *nc + cap);
    if (!nc)
        return NULL;
    nc->cap = cap;
    nc->used = need;
    nc->next = c;
    xa.chunks = nc;
    xa.total += need;
    char *p = (char *)nc->data + XA_HDR;
    memcpy(p - XA_HDR, &n, sizeof n);
    xa.last = p;
    return p;
}

/* Inlined into xa_malloc, libxml2's xmlMalloc, which some 4,000 calls a
 * page reach through its pointer: the common case is a dozen steps, and a
 * call of its own was a third more (bench/instructions). */
static inline __attribute__((always_inline)) void *xa_alloc(size_t n) {
    if (n > SIZE_MAX / 2)
        return NULL;
    size_t need = XA_HDR + xa_round(n ? n : 1);
    xa_chunk *c = xa.chunks;
    if (!c || c->cap - c->used < need || xa.total + need > XA_LIMIT)
        return xa_alloc_more(n, need);
    xa.total += need;
    char *p = (char *)c->data + c->used + XA_HDR;
    c->used += need;
    memcpy(p - XA_HDR, &n, sizeof n);
    xa.last = p;
    return p;
}

static void *xa_malloc(size_t n) { return xa.active ? xa_alloc(n) : malloc(n); }

static void xa_free(void *p) {
    if (p && xa.chunks && xa_owns(p))
        return; /* dropped with the arena */
    free(p);
}

static void *xa_realloc(void *p, size_t n) {
    if (!p || !xa.chunks || !xa_owns(p))
        return p || !xa.active ? realloc(p, n) : xa_alloc(n);
    size_t old = xa_size(p);
    xa_chunk *c = xa.chunks;
    if (p == xa.last && n <= SIZE_MAX / 2) {
        /* the newest allocation (a growing buffer) grows where it is */
        size_t start = (size_t)((char *)p - (char *)c->data);
        size_t end = start + xa_round(n ? n : 1);
        size_t more = end > c->used ? end - c->used : 0;
        if (end <= c->cap && xa.total + more <= XA_LIMIT) {
            xa.total += more;
            c->used = end;
            memcpy((char *)p - XA_HDR, &n, sizeof n);
            return p;
        }
    }
    void *q = xa.active ? xa_alloc(n) : malloc(n);
    if (q)
        memcpy(q, p, old < n ? old : n);
    return q;
}

static char *xa_strdup(const char *s) {
    size_t n = strlen(s) + 1;
    char *d = xa_malloc(n);
    if (d)
        memcpy(d, s, n);
    return d;
}

void jfyp_xml_arena_install(void) {
    xmlFreeFunc f;
    xmlMallocFunc m;
    xmlReallocFunc r;
    xmlStrdupFunc s;
    /* Only over libxml2's own defaults: an allocator someone else set up
     * is left alone (and no document uses the arena). */
    if (xmlMemGet(&f, &m, &r, &s) == 0 && f == free && m == malloc && r == realloc &&
        xmlMemSetup(xa_free, xa_malloc, xa_realloc, xa_strdup) == 0)
        xa_installed = 1;
}

int jfyp_xml_arena_begin(void) {
    if (!xa_installed || xa.active || xmlMalloc != xa_malloc || xmlFree != xa_free)
        return 0;
    /* The key's value only makes its destructor run at the thread's end. */
    pthread_once(&xa_key_once, xa_key_make);
    if (!xa_key_ok || (!pthread_getspecific(xa_key) && pthread_setspecific(xa_key, &xa) != 0))
        return 0;
    xa.active = 1;
    return 1;
}

void jfyp_xml_arena_pause(void) { xa.active = 0; }

static int xa_serving(void) { return xa.active; }

/* An error raised while the arena served libxml2 keeps its strings in the
 * thread's last error, to be freed later: they go first. */
static int error_in_arena(const xmlError *e) {
    return e && ((e->message && xa_owns(e->message)) || (e->file && xa_owns(e->file)) ||
                 (e->str1 && xa_owns(e->str1)) || (e->str2 && xa_owns(e->str2)) ||
                 (e->str3 && xa_owns(e->str3)));
}

void jfyp_xml_arena_end(xmlDocPtr doc) {
    xa.active = 0;
    if (error_in_arena(xmlGetLastError()))
        xmlResetLastError();
    /* Its malloc'd part freed, the arena's part left as it is. */
    if (xa.overflow)
        xmlFreeDoc(doc);
    xa.overflow = 0;
    xa.total = 0;
    /* One chunk as large as all of this document's for the next one. */
    size_t total = 0;
    for (xa_chunk *c = xa.chunks; c; c = c->next)
        total += c->cap;
    if (xa.chunks && !xa.chunks->next) {
        xa.chunks->used = 0;
    } else {
        for (xa_chunk *c = xa.chunks, *next; c; c = next) {
            next = c->next;
            free(c);
        }
        xa.chunks = NULL;
        if (total && total <= XA_KEEP && (xa.chunks = malloc(sizeof *xa.chunks + total))) {
            xa.chunks->cap = total;
            xa.chunks->used = 0;
            xa.chunks->next = NULL;
        }
    }
    xa.last = NULL;
}

#else
void jfyp_xml_arena_install(void) {}
int jfyp_xml_arena_begin(void) { return 0; }
void jfyp_xml_arena_pause(void) {}
static int xa_serving(void) { return 0; }
void jfyp_xml_arena_end(xmlDocPtr doc) { xmlFreeDoc(doc); }
#endif
