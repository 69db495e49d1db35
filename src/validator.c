/* validator.c - checking any JATS document: parse once (never resolving
 * anything the document names), find what it declares itself to be, run
 * the chosen schema, then the rules an XSD cannot express (rules.c). Every
 * problem gets a line and a column: libxml2 gives lines only, so the
 * column is found by looking for the element's start tag on that line. */
#include "jatsify.h"

#include <libxml/entities.h>
#include <libxml/hash.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jtree.h"
#include "rules.h"
#include "schema.h"
#include "util.h"

/* A checker keeps one validation context per schema it has met; a run
 * uses at most a handful of schemas (1.4, 1.3, profile). */
#define MAX_VCTXT 8

struct jfy_validator {
    jfy_validate_options opts;
    xmlParserCtxtPtr pc;
    size_t pc_bytes; /* bytes parsed with pc since it was made */
    struct {
        xmlSchemaPtr schema;
        xmlSchemaValidCtxtPtr vc;
    } vcs[MAX_VCTXT];
    size_t nvcs;
    jt_doc *jt; /* the compact tree, reused from one document to the next */
    int no_scan; /* JATSIFY_NO_SCAN: libxml2 parses every document (for comparisons) */
    int last_by_profile; /* the last check's schema verdict came from fastcheck.c */
    int defer;           /* jfy_validator_set_defer */
};

typedef struct {
    jfy_diag_fn fn;
    void *ud;
    const char *xml;
    size_t len;
    size_t *starts; /* byte offset of each line, built on the first problem */
    size_t nlines;
    /* The last column found: messages come in document order, so the next
     * one on the same line counts on from here instead of from the line's
     * start (a one-line document is otherwise counted once per message). */
    const char *col_at;
    int col_val;
    int index_failed;
    int errors;
    int nemitted; /* problems of any level reported so far */
    jt_doc *jt;
} run;

jfy_validator *jfy_validator_new(const jfy_validate_options *opts, jfy_error *err) {
    jfy_global_init();
    jfy_validator *v = calloc(1, sizeof *v);
    if (v && opts)
        v->opts = *opts;
    if (v) {
        v->pc = xmlNewParserCtxt();
        v->jt = jfyp_jt_new();
        const char *ns = getenv("JATSIFY_NO_SCAN");
        v->no_scan = ns && *ns && strcmp(ns, "0") != 0;
    }
    if (!v || !v->pc || !v->jt) {
        if (v) {
            xmlFreeParserCtxt(v->pc);
            jfyp_jt_free(v->jt);
        }
        free(v);
        jfyp_error_set(err, JFY_ERR_NOMEM, "", 0, 0, "out of memory");
        return NULL;
    }
    return v;
}

int jfy_validator_last_by_profile(const jfy_validator *v) { return v && v->last_by_profile; }

void jfy_validator_free(jfy_validator *v) {
    if (!v)
        return;
    for (size_t i = 0; i < v->nvcs; i++)
        xmlSchemaFreeValidCtxt(v->vcs[i].vc);
    xmlFreeParserCtxt(v->pc);
    jfyp_jt_free(v->jt);
    free(v);
}

static xmlSchemaValidCtxtPtr valid_ctxt(jfy_validator *v, xmlSchemaPtr schema) {
    for (size_t i = 0; i < v->nvcs; i++)
        if (v->vcs[i].schema == schema)
            return v->vcs[i].vc;
    xmlSchemaValidCtxtPtr vc = xmlSchemaNewValidCtxt(schema);
    if (!vc)
        return NULL;
    if (v->nvcs == MAX_VCTXT) {
        /* Never reached with the schemas jatsify knows; keep it bounded. */
        xmlSchemaFreeValidCtxt(v->vcs[0].vc);
        memmove(v->vcs, v->vcs + 1, sizeof v->vcs[0] * (MAX_VCTXT - 1));
        v->nvcs--;
    }
    v->vcs[v->nvcs].schema = schema;
    v->vcs[v->nvcs].vc = vc;
    v->nvcs++;
    return vc;
}

/* memchr from newline to newline: a byte-by-byte count cost about as
 * much as the schema check of a valid page, and the index is built for
 * every file with a problem (rules warn on most published articles). */
static void build_index(run *r) {
    if (r->starts || r->index_failed)
        return;
    size_t cap = 64;
    r->starts = malloc(cap * sizeof *r->starts);
    if (!r->starts) {
        r->index_failed = 1;
        return;
    }
    r->starts[0] = 0;
    r->nlines = 1;
    const char *p = r->xml, *end = r->xml + r->len;
    while (p < end && (p = memchr(p, '\n', (size_t)(end - p)))) {
        p++;
        if (r->nlines == cap) {
            size_t *ns = realloc(r->starts, 2 * cap * sizeof *ns);
            if (!ns) {
                free(r->starts);
                r->starts = NULL;
                r->index_failed = 1;
                return;
            }
            r->starts = ns;
            cap *= 2;
        }
        r->starts[r->nlines++] = (size_t)(p - r->xml);
    }
}

static int is_name_end(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '>' || c == '/';
}

/* Elements before this many steps back are not looked at: a one-line
 * document with many problems would otherwise cost quadratic time. */
#define MAX_BACK_STEPS 100000

/* How many elements with node's name start before it on the same line. */
static int same_before(xmlNodePtr node, int line) {
    int count = 0, steps = 0;
    xmlNodePtr n = node;
    while (steps++ < MAX_BACK_STEPS) {
        if (n->prev) {
            n = n->prev;
            while (n->type == XML_ELEMENT_NODE && n->last)
                n = n->last;
        } else {
            n = n->parent;
        }
        if (!n || n->type == XML_DOCUMENT_NODE)
            break;
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (xmlGetLineNo(n) != line)
            break;
        if (xmlStrEqual(n->name, node->name) &&
            (n->ns ? n->ns->prefix : NULL) == (node->ns ? node->ns->prefix : NULL))
            count++;
    }
    return count;
}

/* Column (1-based, in characters) of the skip+1-th start tag "<qname"
 * on line, or of attr inside it; 1 when it cannot be found there (the tag
 * began on an earlier line). */
static int column_at(run *r, int line, const char *qname, int skip, const char *attr) {
    build_index(r);
    if (!r->starts || (size_t)line > r->nlines)
        return 1;
    const char *s = r->xml + r->starts[line - 1];
    const char *end = (size_t)line < r->nlines ? r->xml + r->starts[line] : r->xml + r->len;
    size_t ql = strlen(qname);
    const char *hit = NULL;
    /* memchr to each '<': a whole document on one line (common in
     * published JATS) made a byte-by-byte compare cost ~1M instructions a
     * message. */
    for (const char *p = s; p + ql < end; p++) {
        p = memchr(p, '<', (size_t)(end - ql - p));
        if (!p)
            break;
        if (memcmp(p, qname, ql) == 0 && is_name_end(p[ql]) && skip-- == 0) {
            hit = p;
            break;
        }
    }
    if (!hit)
        return 1;
    if (attr) {
        size_t al = strlen(attr);
        for (const char *p = hit + ql; p + al < end && *p != '>'; p++)
            if ((p[-1] == ' ' || p[-1] == '\t') && memcmp(p, attr, al) == 0 &&
                (p[al] == '=' || p[al] == ' ')) {
                hit = p;
                break;
            }
    }
    int col = 1;
    const char *from = s;
    if (r->col_at && r->col_at >= s && r->col_at <= hit) {
        from = r->col_at;
        col = r->col_val;
    }
    for (const char *p = from; p < hit; p++)
        col += ((unsigned char)*p & 0xC0) != 0x80;
    r->col_at = hit;
    r->col_val = col;
    return col;
}

/* Column of the start tag of node on line, or of attr inside it. Several
 * such tags on one line (a document on one line): which one is node is
 * told by counting the same-named elements before it. */
static int column_of(run *r, int line, xmlNodePtr node, const char *attr) {
    if (line <= 0 || !node || node->type != XML_ELEMENT_NODE)
        return 1;
    char qname[256];
    if (node->ns && node->ns->prefix)
        snprintf(qname, sizeof qname, "<%s:%s", node->ns->prefix, node->name);
    else
        snprintf(qname, sizeof qname, "<%s", node->name);
    return column_at(r, line, qname, same_before(node, line), attr);
}

/* The same for the compact tree: its nodes in document order stand for
 * libxml2's walk back through the tree (same_before), step for step. */
static int column_of_jt(run *r, jt_doc *d, int line, const jt_node *node, const char *attr) {
    if (line <= 0 || !node || node->type != JT_ELEM)
        return 1;
    char qname[256];
    if (node->prefix)
        snprintf(qname, sizeof qname, "<%s:%s", node->prefix, node->name);
    else
        snprintf(qname, sizeof qname, "<%s", node->name);
    size_t n;
    jt_node *const *order = jfyp_jt_order(d, &n);
    int count = 0, steps = 0;
    for (size_t i = node->idx; steps++ < MAX_BACK_STEPS && i > 0;) {
        const jt_node *k = order[--i];
        if (k->type != JT_ELEM)
            continue;
        if (k->line != line)
            break;
        if (k->name == node->name && k->prefix == node->prefix)
            count++;
    }
    return column_at(r, line, qname, count, attr);
}

static int line_of(xmlNodePtr node) {
    long l = node ? xmlGetLineNo(node) : 0;
    return l > 0 && l < INT_MAX ? (int)l : 0;
}

static void emit(run *r, jfy_level level, int line, int col, const char *rule, const char *msg) {
    if (level == JFY_ERROR)
        r->errors++;
    r->nemitted++;
    if (!r->fn)
        return;
    jfy_diag d = {level, line, col, rule, msg};
    r->fn(&d, r->ud);
}

static void rule_emit(void *ctx, const jt_node *node, const char *attr, jfy_level level,
                      const char *rule, const char *msg) {
    run *r = ctx;
    int line = node ? node->line : 0;
    emit(r, level, line, column_of_jt(r, r->jt, line, node, attr), rule, msg);
}

static void schema_error(void *ud, xmlErrorPtr e) {
    run *r = ud;
    if (!e || e->level < XML_ERR_ERROR)
        return;
    char msg[1024];
    snprintf(msg, sizeof msg, "%s", e->message ? e->message : "invalid");
    size_t l = strlen(msg);
    while (l && (msg[l - 1] == '\n' || msg[l - 1] == ' '))
        msg[--l] = '\0';
    xmlNodePtr node = e->node;
    int line = e->line;
    /* libxml2 stores lines in 16 bits unless asked; past 65535 the node
     * knows better. */
    if (node && (line <= 0 || line >= 65535))
        line = line_of(node);
    /* "Element 'x', attribute 'y': ..." is about y: point at it. */
    char attr[128] = "";
    const char *a = strstr(msg, ", attribute '");
    if (a && a[13] != '{') {
        size_t n = strcspn(a + 13, "'");
        if (n < sizeof attr)
            snprintf(attr, sizeof attr, "%.*s", (int)n, a + 13);
    }
    emit(r, JFY_ERROR, line, column_of(r, line, node, attr[0] ? attr : NULL), "schema", msg);
}

/* "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.1 20151215//EN" ->
 * tag set "Journal Publishing", version "1.1"; the pre-JATS NLM DTDs
 * ("-//NLM//DTD Journal Publishing DTD v3.0 ...") get "NLM " in front. */
static void parse_public_id(const char *id, jfy_declared *d) {
    const char *p = strstr(id, "//DTD ");
    if (!p)
        return;
    p += 6;
    int jats = strncmp(p, "JATS (Z39.96) ", 14) == 0;
    if (jats)
        p += 14;
    const char *v = strstr(p, " DTD v");
    if (!v)
        return;
    snprintf(d->tagset, sizeof d->tagset, "%s%.*s", jats ? "" : "NLM ", (int)(v - p), p);
    v += 6;
    size_t n = strcspn(v, " /");
    if (!d->version[0])
        snprintf(d->version, sizeof d->version, "%.*s", (int)n, v);
}

static int line_at(const char *xml, size_t len, const char *hit) {
    int line = 1;
    for (const char *p = xml; p < hit && p < xml + len; p++)
        line += *p == '\n';
    return line;
}

/* From the root's dtd-version (and its line) and the DOCTYPE's public id. */
static void find_declared(const char *dv, int root_line, const char *public_id, const char *xml,
                          size_t len, jfy_declared *d) {
    memset(d, 0, sizeof *d);
    if (dv) {
        snprintf(d->version, sizeof d->version, "%s", dv);
        d->line = root_line;
    }
    if (public_id) {
        parse_public_id(public_id, d);
        if (d->tagset[0] && !d->line) {
            /* The prolog is short: the DOCTYPE is near the top. */
            size_t scan = len < 65536 ? len : 65536;
            const char *hit = NULL;
            for (size_t i = 0; i + 9 <= scan && !hit; i++)
                if (memcmp(xml + i, "<!DOCTYPE", 9) == 0)
                    hit = xml + i;
            d->line = hit ? line_at(xml, len, hit) : 1;
        }
    }
}

static void find_declared_doc(xmlDocPtr doc, const char *xml, size_t len, jfy_declared *d) {
    xmlNodePtr root = xmlDocGetRootElement(doc);
    xmlChar *dv = root ? xmlGetNoNsProp(root, (const xmlChar *)"dtd-version") : NULL;
    xmlDtdPtr dtd = doc->intSubset;
    find_declared((const char *)dv, dv ? line_of(root) : 0,
                  dtd && dtd->ExternalID ? (const char *)dtd->ExternalID : NULL, xml, len, d);
    xmlFree(dv);
}

static void find_declared_jt(jt_doc *t, const char *xml, size_t len, jfy_declared *d) {
    jt_node *root = jfyp_jt_root(t);
    const char *dv = root ? jfyp_jt_attr(root, JT_NS_NONE, "dtd-version") : NULL;
    find_declared(dv, dv ? root->line : 0, jfyp_jt_public_id(t), xml, len, d);
}

static void check_declared(run *r, const jfy_declared *d, jfy_schema *s) {
    const char *sv = jfy_schema_version(s);
    int other_tagset = d->tagset[0] && strcmp(d->tagset, "Journal Publishing") != 0;
    int other_version = d->version[0] && sv[0] && strcmp(d->version, sv) != 0;
    if (!other_tagset && !other_version)
        return;
    char msg[512];
    snprintf(msg, sizeof msg,
             "the document declares %s%s%s%s; it was checked against JATS Journal "
             "Publishing %s (%s)",
             d->tagset[0] ? d->tagset : "JATS", d->version[0] ? " " : "", d->version,
             d->tagset[0] ? "" : " (dtd-version)", sv[0] ? sv : "",
             jfy_schema_is_embedded(s) ? "jatsify profile" : "official XSD");
    emit(r, JFY_WARNING, d->line, 1, "declared-version", msg);
}

/* Entities are not substituted while parsing (that would load external
 * ones), and libxml2's schema validator cannot walk entity references. So
 * after parsing, a reference to an internal entity is replaced by a copy of
 * its content, and one to an external or undeclared entity (whose text
 * jatsify never reads) is dropped, with a warning once per name. */
typedef struct {
    run *r;
    xmlDocPtr doc;
    xmlHashTablePtr seen;
    int expansions;
} entities;

/* Expansions per document: nested entities can multiply (the "billion
 * laughs" shape), so a document needing more is not expanded further. */
#define MAX_EXPANSIONS 10000

static void entity_warning(entities *e, xmlNodePtr ref, const char *why) {
    if (xmlHashAddEntry(e->seen, ref->name, (void *)ref) != 0)
        return;
    char msg[512];
    snprintf(msg, sizeof msg, "the entity '&%s;' %s, so its content is not checked",
             (const char *)ref->name, why);
    int line = line_of(ref->parent);
    emit(e->r, JFY_WARNING, line, column_of(e->r, line, ref->parent, NULL), "entity-not-expanded",
         msg);
}

static void settle_entities(entities *e, xmlNodePtr n) {
    while (n) {
        xmlNodePtr next = n->next;
        if (n->type == XML_ELEMENT_NODE) {
            settle_entities(e, n->children);
        } else if (n->type == XML_ENTITY_REF_NODE) {
            xmlEntityPtr ent = (xmlEntityPtr)n->children;
            if (!ent)
                entity_warning(e, n, "is not declared in the document (jatsify never loads DTDs)");
            else if (ent->etype != XML_INTERNAL_GENERAL_ENTITY)
                entity_warning(e, n, "is external (jatsify never loads external entities)");
            else if (e->expansions >= MAX_EXPANSIONS)
                entity_warning(e, n, "is nested too deeply to expand");
            else if (ent->children) {
                e->expansions++;
                xmlNodePtr copy = xmlDocCopyNodeList(e->doc, ent->children), first = NULL;
                while (copy) {
                    xmlNodePtr c = copy;
                    copy = copy->next;
                    xmlUnlinkNode(c);
                    c->parent = NULL;
                    xmlNodePtr added = xmlAddPrevSibling(n, c);
                    if (!first)
                        first = added;
                }
                /* The copies may hold references themselves: walk them next. */
                if (first)
                    next = first;
            }
            xmlUnlinkNode(n);
            xmlFreeNode(n);
        }
        n = next;
    }
}

/* libxml2 prints what no context handler takes (warnings about entities,
 * for one) through its per-thread handler; the library never prints. */
static void silent(void *ud, xmlErrorPtr e) {}

/* Parsed by libxml2 as the checks need it: no network, no DTD, no entity
 * substitution, no XInclude (a DOCTYPE is read as a declaration and
 * nothing it names is fetched); big lines so that problems past line 65535
 * keep their true line. NULL when not well-formed (e says why). */
static xmlDocPtr parse(jfy_validator *v, const char *xml, size_t len) {
    jfyp_loads_refused = 1;
    xmlDocPtr doc = xmlCtxtReadMemory(v->pc, xml, (int)len, "document.xml", NULL,
                                      XML_PARSE_NONET | XML_PARSE_NOERROR |
                                          XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES | XML_PARSE_COMPACT);
    jfyp_loads_refused = 0;
    return doc;
}

/* 0 after a not-well-formed message, -1 on OOM. */
static int not_well_formed(jfy_validator *v, run *r, jfy_error *err) {
    xmlErrorPtr e = xmlCtxtGetLastError(v->pc);
    if (e && e->code == XML_ERR_NO_MEMORY) {
        jfyp_error_set(err, JFY_ERR_NOMEM, "", 0, 0, "out of memory");
        return -1;
    }
    char msg[1024];
    snprintf(msg, sizeof msg, "not well-formed XML: %s",
             e && e->message ? e->message : "parse error");
    size_t l = strlen(msg);
    while (l && (msg[l - 1] == '\n' || msg[l - 1] == ' '))
        msg[--l] = '\0';
    emit(r, JFY_ERROR, e ? e->line : 0, e && e->int2 > 0 ? e->int2 : 1, "not-well-formed", msg);
    return 0;
}

/* A parser context keeps its names dictionary from one document to the
 * next, and libxml2 caps a dictionary at 10 MB (XML_MAX_DICTIONARY_LIMIT)
 * without XML_PARSE_HUGE: past it, every new name fails and well-formed
 * documents were reported not well-formed after a few hundred files with
 * long distinct names (found by tests/xmlfuzz.c). A fresh context every
 * megabyte of input keeps the dictionary far below the cap, so each
 * document is read as xmllint reads it in a context of its own. */
#define PC_RENEW_BYTES (1u << 20)

static int renew_parser(jfy_validator *v, size_t len) {
    if (v->pc_bytes && v->pc_bytes + len > PC_RENEW_BYTES) {
        xmlParserCtxtPtr pc = xmlNewParserCtxt();
        if (!pc)
            return -1;
        xmlFreeParserCtxt(v->pc);
        v->pc = pc;
        v->pc_bytes = 0;
    }
    v->pc_bytes += len;
    return 0;
}

/* libxml2's tree after entities are settled. 1, 0 when not well-formed
 * (reported), -1 on OOM. */
static int parse_settled(jfy_validator *v, run *r, const char *xml, size_t len, xmlDocPtr *out,
                         jfy_error *err) {
    *out = NULL;
    if (renew_parser(v, len) < 0) {
        jfyp_error_set(err, JFY_ERR_NOMEM, "", 0, 0, "out of memory");
        return -1;
    }
    xmlDocPtr doc = parse(v, xml, len);
    *out = doc;
    if (!doc)
        return not_well_formed(v, r, err);
    if (doc->intSubset) {
        entities e = {r, doc, xmlHashCreate(8), 0};
        if (!e.seen) {
            xmlFreeDoc(doc);
            *out = NULL;
            jfyp_error_set(err, JFY_ERR_NOMEM, "", 0, 0, "out of memory");
            return -1;
        }
        settle_entities(&e, xmlDocGetRootElement(doc));
        xmlHashFree(e.seen, NULL);
    }
    return 1;
}

void jfy_validator_set_defer(jfy_validator *v, int defer) { v->defer = defer != 0; }

/* As jfyp_has_mathml, on the compact tree. */
static int jt_has_mathml(const jt_doc *jt) {
    size_t n = 0;
    jt_node *const *all = jfyp_jt_order(jt, &n);
    for (size_t i = 0; i < n; i++)
        if (all[i]->type == JT_ELEM && all[i]->ns == JT_NS_MML)
            return 1;
    return 0;
}

int jfy_validator_check(jfy_validator *v, const char *xml, size_t len, jfy_diag_fn fn,
                        void *userdata, jfy_declared *declared, jfy_schema **used,
                        jfy_error *err) {
    xmlSetStructuredErrorFunc(NULL, silent);
    jfy_declared dummy;
    if (!declared)
        declared = &dummy;
    memset(declared, 0, sizeof *declared);
    if (used)
        *used = NULL;
    v->last_by_profile = 0;
    run r = {.fn = fn, .ud = userdata, .xml = xml, .len = len, .jt = v->jt};
    if (len > INT_MAX) {
        emit(&r, JFY_ERROR, 0, 0, "not-well-formed", "the file is larger than 2 GB");
        return 1;
    }
    /* Plain XML is read straight into the compact tree (jtree.c); libxml2
     * builds its own tree only for the rest, or when a schema must judge. */
    xmlDocPtr doc = NULL;
    int scanned = v->no_scan ? 0 : jfyp_jt_scan(v->jt, xml, len);
    if (scanned < 0) {
        jfyp_error_set(err, JFY_ERR_NOMEM, "", 0, 0, "out of memory");
        return -1;
    }
    if (scanned) {
        find_declared_jt(v->jt, xml, len, declared);
    } else {
        int p = parse_settled(v, &r, xml, len, &doc, err);
        if (p <= 0) {
            free(r.starts);
            return p < 0 ? -1 : r.errors;
        }
        find_declared_doc(doc, xml, len, declared);
        if (jfyp_jt_from_xml(v->jt, doc) < 0) {
            xmlFreeDoc(doc);
            free(r.starts);
            jfyp_error_set(err, JFY_ERR_NOMEM, "", 0, 0, "out of memory");
            return -1;
        }
    }
    jfy_schema *s = v->opts.choose ? v->opts.choose(declared, userdata) : v->opts.schema;
    int rc = 0;
    if (s) {
        if (used)
            *used = s;
        /* Within the profile: valid for it and for the official 1.4 schema,
         * with nothing compiled. Otherwise libxml2 says what is wrong. */
        int by_profile = jfyp_schema_covers_profile(s) && jfyp_profile_accepts_tree(v->jt);
        if (!by_profile && v->defer && r.nemitted == 0 &&
            jfyp_schema_defer(s, doc ? jfyp_has_mathml(xmlDocGetRootElement(doc))
                                     : jt_has_mathml(v->jt))) {
            xmlFreeDoc(doc);
            free(r.starts);
            return JFY_CHECK_DEFERRED;
        }
        if (!by_profile && !doc) {
            /* The scanner read it, so libxml2 parses it too, into the same tree. */
            int p = parse_settled(v, &r, xml, len, &doc, err);
            if (p <= 0) {
                free(r.starts);
                return p < 0 ? -1 : r.errors;
            }
        }
        xmlSchemaPtr compiled =
            by_profile ? NULL
                       : jfyp_schema_compiled(s, jfyp_has_mathml(xmlDocGetRootElement(doc)), err);
        xmlSchemaValidCtxtPtr vc = compiled ? valid_ctxt(v, compiled) : NULL;
        if (by_profile) {
            v->last_by_profile = 1;
            check_declared(&r, declared, s);
        } else if (!compiled) {
            rc = -1;
        } else if (!vc) {
            jfyp_error_set(err, JFY_ERR_NOMEM, "", 0, 0, "out of memory");
            rc = -1;
        } else {
            check_declared(&r, declared, s);
            int before = r.errors;
            xmlSchemaSetValidStructuredErrors(vc, schema_error, &r);
            int vr = xmlSchemaValidateDoc(vc, doc);
            xmlSchemaSetValidStructuredErrors(vc, NULL, NULL);
            if (vr < 0) {
                jfyp_error_set(err, JFY_ERR_SCHEMA, jfy_schema_path(s), 0, 0,
                               "internal validation error");
                rc = -1;
            } else if (vr > 0 && r.errors == before) {
                emit(&r, JFY_ERROR, 0, 0, "schema", "the document is not valid");
            }
        }
    }
    if (rc == 0 && !v->opts.no_rules && jfyp_rules_check(v->jt, rule_emit, &r) < 0) {
        jfyp_error_set(err, JFY_ERR_NOMEM, "", 0, 0, "out of memory");
        rc = -1;
    }
    xmlFreeDoc(doc);
    free(r.starts);
    return rc < 0 ? -1 : r.errors;
}
