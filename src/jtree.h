/* jtree.h - a compact read-only document tree for the checks that follow a
 * parse (profile tables, rules), built either straight from the bytes by a
 * scanner that knows only the plain shapes of XML (jfyp_jt_scan), or from a
 * libxml2 tree (jfyp_jt_from_xml). Nodes live in an arena that is reused
 * from one document to the next, so a document costs no malloc and no
 * per-node free. Internal; not installed. */
#ifndef JFY_JTREE_H
#define JFY_JTREE_H

#include <libxml/tree.h>
#include <stddef.h>

enum { JT_ELEM, JT_TEXT, JT_CDATA, JT_OTHER /* comment, PI, DOCTYPE */, JT_ODD };
/* Namespaces the checks tell apart. */
enum { JT_NS_NONE, JT_NS_XLINK, JT_NS_XML, JT_NS_ALI, JT_NS_MML, JT_NS_OTHER };

typedef struct {
    const char *name; /* local name */
    unsigned char ns;
    unsigned char odd; /* not one plain text value (entity references): tables give way */
    const char *value;
} jt_attr;

typedef struct jt_node jt_node;
struct jt_node {
    unsigned char type, ns;
    int line;           /* elements: as libxml2 records it (the line of the start tag's end) */
    size_t idx;         /* position in document order over all nodes */
    const char *name;   /* elements: local name, interned (see jfyp_jt_name_cache) */
    const char *prefix; /* elements in a namespace: its prefix or NULL */
    jt_node *parent, *first, *last, *next, *prev;
    const char *text;   /* text and CDATA: the content, NUL-terminated */
    jt_attr *attrs;
    size_t nattrs;
};

typedef struct jt_doc jt_doc;

/* Per interned element name: caches for the checks (-2: not yet known). */
typedef struct {
    int pt_none, pt_ali; /* index in the profile's name table, or -1 */
    int rule_kind;       /* rules.c's flags, -1 unknown */
} jt_name_cache;

jt_doc *jfyp_jt_new(void);
void jfyp_jt_free(jt_doc *d);

/* Builds the tree from xml when it keeps to plain XML: well-formed by a
 * scanner that refuses anything it does not check completely (a DOCTYPE
 * with an internal subset, entity references other than the predefined
 * ones, CDATA, character references in attributes, carriage returns not
 * followed by a line feed, non-ASCII names, files over 8 MB...). 1 when
 * built (libxml2 would parse the same bytes without an error into the same
 * tree, lines included), 0 when not (use libxml2), -1 on OOM. */
int jfyp_jt_scan(jt_doc *d, const char *xml, size_t len);

/* Builds the tree from a libxml2 document. 0, or -1 on OOM. */
int jfyp_jt_from_xml(jt_doc *d, xmlDocPtr doc);

/* The scanner's limits (libxml2's own are above them), which a check of
 * a libxml2 tree about to be written keeps to as well, so that it answers
 * as the scan of the written bytes would. */
#define JFYP_JT_MAX_DEPTH 200
#define JFYP_JT_MAX_ATTRS 256

/* 1 when text is all XML Chars in UTF-8: libxml2's serializer writes them
 * so that they read back as text. 0 when the written bytes might not be
 * well-formed (a control character, a byte that is no UTF-8, U+FFFE). */
int jfyp_jt_xml_chars(const char *text);
/* The JT_NS_ kind of a namespace name (JT_NS_OTHER for NULL). */
unsigned jfyp_jt_ns_kind(const xmlChar *href);

jt_node *jfyp_jt_root(const jt_doc *d);
/* Exactly one element at the top, nothing there but comments, PIs and the
 * DOCTYPE, and no DTD declarations (internal subset) that could make
 * attributes IDs or add defaults. */
int jfyp_jt_plain_top(const jt_doc *d);
/* The DOCTYPE's public id when the scanner read one (NULL otherwise). */
const char *jfyp_jt_public_id(const jt_doc *d);
/* All nodes in document order (top-level ones included). */
jt_node *const *jfyp_jt_order(const jt_doc *d, size_t *n);
jt_name_cache *jfyp_jt_name_cache(const char *interned_name);

/* The value of the attribute name in namespace ns, or NULL. */
const char *jfyp_jt_attr(const jt_node *n, unsigned ns, const char *name);

#endif
