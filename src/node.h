/*
 * node.h - the document tree, the contract between the pipeline stages.
 *
 * parse.c builds a tree of presentational blocks and inlines (what the text
 * shows). Recognizers (recognize_*.c) rewrite it into scholarly structure
 * (what the text means): they move blocks under FRONT / BODY / BACK and turn
 * them into semantic nodes. Emitters (jats.c, jsonld.c) only read it.
 *
 * Scalar facts are attributes (string key/value); anything with inline
 * markup is children. Every node remembers the input line/column span it
 * came from, so diagnostics and provenance can point at the page.
 */
#ifndef JFY_NODE_H
#define JFY_NODE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "arena.h"
#include "util.h"

typedef enum {
    /* ---- produced by parse ---- */
    JFY_N_DOCUMENT,
    JFY_N_PARAGRAPH, /* attr running-header=yes: the page's running header
                        above the first page's text (recognize_pages.c);
                        supplementary=yes: an item of the supplementary
                        files' list (recognize_captions.c) */
    JFY_N_HEADING,   /* attr level */
    JFY_N_LIST,      /* attr ordered=1, start */
    JFY_N_ITEM,      /* attr marker: an ordered item's, as printed ("12.") */
    JFY_N_QUOTE,
    JFY_N_CODE_BLOCK, /* text */
    JFY_N_RULE,       /* thematic break */
    JFY_N_TABLE,
    JFY_N_ROW,        /* attr header=1 */
    JFY_N_CELL,
    JFY_N_TEXT,       /* text */
    JFY_N_SOFTBREAK,  /* a line end inside a paragraph */
    JFY_N_LINEBREAK,  /* a hard line break */
    JFY_N_EMPH,
    JFY_N_STRONG,
    JFY_N_CODE,       /* text */
    JFY_N_LINK,       /* attr href; children text */
    JFY_N_IMAGE,      /* attr href; children alt text */
    JFY_N_STRIKE,
    JFY_N_SUP,
    JFY_N_SUB,

    /* ---- added by recognizers: containers ---- */
    JFY_N_FRONT,   /* article front matter; scalar facts as attrs (see below) */
    JFY_N_BODY,
    JFY_N_BACK,
    JFY_N_JOURNAL, /* journal facts as attrs; children STAFF, AFF (offices) */

    /* ---- front matter ---- */
    JFY_N_TITLE,        /* article or section or list title; inline children */
    JFY_N_SUBTITLE,
    JFY_N_CONTRIBS,     /* contrib group; attr content-type */
    JFY_N_CONTRIB,      /* attrs contrib-type, corresp=yes, id */
    JFY_N_NAME,         /* attrs surname, given, prefix, suffix */
    JFY_N_COLLAB,       /* text */
    JFY_N_ROLE,         /* text; attrs vocab, vocab-term, vocab-term-identifier */
    JFY_N_XREF,         /* attrs ref-type, rid; inline children (may be empty) */
    JFY_N_EMAIL,        /* text */
    JFY_N_ORCID,        /* text: the iD as printed or as URL */
    JFY_N_AFF,          /* attr id; children address parts and TEXT separators */
    JFY_N_LABEL,        /* text */
    JFY_N_INSTITUTION,  /* text */
    JFY_N_ADDR_LINE,    /* text */
    JFY_N_CITY,         /* text */
    JFY_N_STATE,        /* text */
    JFY_N_POSTAL_CODE,  /* text */
    JFY_N_COUNTRY,      /* text; attr code (ISO 3166-1 alpha-2) */
    JFY_N_PHONE,        /* text */
    JFY_N_FAX,          /* text */
    JFY_N_URI,          /* text; attr href */
    JFY_N_ARTICLE_ID,   /* text; attr type (doi, pmid, publisher-id) */
    JFY_N_DATE,         /* attrs type (pub, received, accepted, ...), year, month, day */
    JFY_N_PERMISSIONS,  /* attrs statement, year, holder; children LICENSE */
    JFY_N_LICENSE,      /* attr href; children PARAGRAPH */
    JFY_N_ABSTRACT,     /* attr type; children PARAGRAPH / SECTION */
    JFY_N_KEYWORDS,     /* attr type; children KEYWORD */
    JFY_N_KEYWORD,      /* inline children */
    JFY_N_NOTES,        /* attr type (cover, printer, image-credit...); children PARAGRAPH */
    JFY_N_NAMED,        /* inline span with a meaning: attr content-type */
    JFY_N_RELATED,      /* reference to another article: attrs type, page, doi; inline children */
    JFY_N_AUTHOR_NOTES, /* children CORRESP / FN */
    JFY_N_CORRESP,      /* inline children */
    JFY_N_FUNDING,      /* funding group: children AWARD; attr statement */
    JFY_N_AWARD,        /* attrs id, source */

    /* ---- body and back ---- */
    JFY_N_SECTION,      /* attrs sec-type, id; first child TITLE (optional LABEL first) */
    JFY_N_FIG,          /* attrs id; children LABEL, CAPTION */
    JFY_N_TABLE_WRAP,   /* attrs id; children LABEL, CAPTION, TABLE */
    JFY_N_CAPTION,      /* children TITLE?, PARAGRAPH* */
    JFY_N_FOOTNOTES,    /* fn-group; children FOOTNOTE */
    JFY_N_FOOTNOTE,     /* attrs id, fn-type; children PARAGRAPH */
    JFY_N_ACK,          /* children TITLE, PARAGRAPH */
    JFY_N_REF_LIST,     /* children TITLE?, REF */
    JFY_N_REF,          /* attr id; child CITATION */
    JFY_N_CITATION,     /* mixed citation: attr publication-type; inline children with parts */
    JFY_N_PERSON_GROUP, /* attr type */
    JFY_N_ETAL,
    JFY_N_YEAR,         /* text */
    JFY_N_ARTICLE_TITLE,/* inline children */
    JFY_N_CHAPTER_TITLE,
    JFY_N_SOURCE,
    JFY_N_VOLUME,       /* text */
    JFY_N_ISSUE,        /* text */
    JFY_N_FPAGE,        /* text */
    JFY_N_LPAGE,        /* text */
    JFY_N_ELOCATION,    /* text */
    JFY_N_PUBLISHER_NAME,
    JFY_N_PUBLISHER_LOC,
    JFY_N_EDITION,
    JFY_N_PUB_ID,       /* text; attr type (doi, pmid, pmcid) */
    JFY_N_STRING_NAME,  /* in citations: NAME parts are children SURNAME/GIVEN */
    JFY_N_SURNAME,
    JFY_N_GIVEN,
    JFY_N_PRODUCT,      /* a reviewed book or product: attr type; inline children with parts */
    JFY_N_ISBN,         /* text */
    JFY_N_TRANS_TITLE,  /* the title printed again in another language; inline children */

    JFY_N__COUNT
} jfy_node_type;

typedef struct jfy_attr {
    char *key; /* in the attribute's own allocation (jfyp_node_set_attr) */
    char *value;
    struct jfy_attr *next;
    unsigned char in_arena; /* JFYP_IN_ARENA_*: which parts a document's arena holds */
} jfy_attr;

enum { JFYP_IN_ARENA_BLOCK = 1, JFYP_IN_ARENA_VALUE = 2 };

typedef struct jfy_node {
    jfy_node_type type;
    unsigned char text_in_arena; /* text is the document's (jfyp_node_arena_begin), not malloc'd */
    char *text;
    jfy_attr *attrs;
    struct jfy_node *parent, *first, *last, *prev, *next;
    int line, col;         /* start, 1-based; 0 when made up */
    int end_line, end_col; /* end, inclusive */
    uint64_t changed;      /* jfyp_tree_gen at its making or at the last
                              change in its subtree (jfyp_node_changed) */
} jfy_node;

/* Allocation failure returns NULL; callers propagate it. */
jfy_node *jfyp_node_new(jfy_node_type type);
jfy_node *jfyp_node_new_text(jfy_node_type type, const char *text);
/* A node whose text is the len bytes at text. */
jfy_node *jfyp_node_new_textn(jfy_node_type type, const char *text, size_t len);
/* A node of the type holding one TEXT child with a copy of text (or of its
 * len bytes): the shape of every title, keyword or paragraph a reader makes
 * from a string. NULL out of memory, with nothing left allocated. */
jfy_node *jfyp_node_new_with_text(jfy_node_type type, const char *text);
jfy_node *jfyp_node_new_with_textn(jfy_node_type type, const char *text, size_t len);
/* Frees the node and its subtree; unlinks it from its parent first. */
void jfyp_node_free(jfy_node *node);

/* jfyp_node_append (child last under parent) is inline, below
 * jfyp_node_changed. */
void jfyp_node_prepend(jfy_node *parent, jfy_node *child);
void jfyp_node_insert_before(jfy_node *sibling, jfy_node *child);
void jfyp_node_insert_after(jfy_node *sibling, jfy_node *child);
void jfyp_node_unlink(jfy_node *node);
/* Moves every child of from to the end of to. */
void jfyp_node_move_children(jfy_node *from, jfy_node *to);
/* Moves first and every sibling after it to the end of to. */
void jfyp_node_move_from(jfy_node *first, jfy_node *to);
/* Drops the spaces that cutting a label off left at the start of node's
 * first inline, when that is text. */
void jfyp_node_lstrip(jfy_node *node);

/* Whether n is a soft or a hard line break. */
static inline int jfyp_inline_is_break(const jfy_node *n) {
    return n->type == JFY_N_SOFTBREAK || n->type == JFY_N_LINEBREAK;
}

/* Moves the inlines from first to the end of para into a new paragraph
 * inserted after it, which starts where first does; the line breaks left at
 * the cut (para's end, the new paragraph's start) go. NULL on out of
 * memory. */
jfy_node *jfyp_para_split_before(jfy_node *para, jfy_node *first);

/* Returns 0 on success, -1 on out of memory. value NULL removes the key. */
int jfyp_node_set_attr(jfy_node *node, const char *key, const char *value);
/* Inline, as the walks over a page's nodes ask for some 3,600 a page. */
static inline const char *jfyp_node_attr(const jfy_node *n, const char *key) {
    /* the first byte settles most keys passed over, before a call */
    for (const jfy_attr *a = n ? n->attrs : NULL; a; a = a->next)
        if (a->key[0] == key[0] && strcmp(a->key, key) == 0)
            return a->value;
    return NULL;
}

int jfyp_node_set_text(jfy_node *node, const char *text);
/* Gives node the malloc'd text t (dropping the text it had) and stamps it
 * changed. Code outside node.c replaces a node's text only through this or
 * jfyp_node_set_text, never by freeing node->text itself: it may be in the
 * document's arena. */
void jfyp_node_take_text(jfy_node *node, char *t);

/* While a document is converted, the texts and attributes of the nodes
 * this thread makes are copied into the document's arena a (a page's tree
 * held some 2,000 malloc'd texts, each freed again one by one), and are
 * dropped with it, after the tree (jfyp_node_free leaves them alone).
 * One document a thread at a time; nodes made with no arena begun keep
 * malloc'd texts. */
void jfyp_node_arena_begin(jfyp_arena *a);
void jfyp_node_arena_end(void);

/* Copies the source span of from onto node. */
void jfyp_node_span_from(jfy_node *node, const jfy_node *from);

/* First child of the given type, or NULL. */
static inline jfy_node *jfyp_node_child(const jfy_node *n, jfy_node_type type) {
    for (jfy_node *c = n ? n->first : NULL; c; c = c->next)
        if (c->type == type)
            return c;
    return NULL;
}
/* Depth-first search for the first descendant of the given type. */
jfy_node *jfyp_node_find(const jfy_node *node, jfy_node_type type);

/* The plain text of a subtree: TEXT and CODE literals joined, soft breaks
 * and line breaks as single spaces. malloc'd; NULL on out of memory. */
char *jfyp_node_plain(const jfy_node *node);
/* Its length, and its text written at dst (room for that length), returning
 * the end (no terminator): for joining several nodes' text in one string. */
size_t jfyp_node_plain_len(const jfy_node *node);
char *jfyp_node_plain_at(const jfy_node *node, char *dst);
/* Its length, and its text written at buf when that length is at most cap
 * (else buf holds a part of it): one walk for a text that fits a buffer on
 * the stack. */
size_t jfyp_node_plain_into(const jfy_node *node, char *buf, size_t cap);
/* Its text appended to b, with no allocation of its own. */
void jfyp_node_plain_put(const jfy_node *node, jfyp_buf *b);
/* Its length in code points, counted without a copy (line widths). */
size_t jfyp_node_plain_cps(const jfy_node *node);

/* Deep copy of a subtree (unlinked). NULL on out of memory. */
jfy_node *jfyp_node_clone(const jfy_node *node);

const char *jfyp_node_type_name(jfy_node_type type);

/* Changes to the tree are stamped for the caches of a paragraph's lines
 * (textlines.c) and a block's front-matter text (front.c), which trust
 * what they made from a node while its stamp (node->changed) is no later
 * than the making, instead of comparing the whole paragraph or rendering
 * the block again. A change stamps the node changed and its ancestors with
 * this thread's count, jfyp_tree_gen; a cache keeping what it made takes
 * the count and moves it on (jfyp_tree_mark), so that every later change
 * is later. Every function above that makes, links, unlinks, frees, sets a
 * text or an attribute, or strips a text stamps, and code that writes a
 * node's text or type itself calls jfyp_node_changed(node) after it. A
 * tree is made and changed by one thread (jfy_convert), whose count orders
 * its changes. Under the sanitizers (JFYP_CHECK_TREE_GEN) the caches make
 * it again anyway and trap when a write went unstamped. */
extern _Thread_local uint64_t jfyp_tree_gen;
static inline void jfyp_node_changed(jfy_node *n) {
    /* An ancestor stamped with the count already has all its ancestors
     * stamped with it too: between two makings, each node is stamped once,
     * however deep it sits and however often it changes. */
    uint64_t g = jfyp_tree_gen;
    for (; n && n->changed != g; n = n->parent)
        n->changed = g;
}
static inline uint64_t jfyp_tree_mark(void) { return jfyp_tree_gen++; }

/* Unlinks a node about to be linked elsewhere. Most are new, linked
 * nowhere: for them the call (the thread's tree count read among it) was
 * two fifths of an append's cost (bench/instructions). */
static inline void jfyp_node_detach(jfy_node *n) {
    if (n->parent || n->prev || n->next)
        jfyp_node_unlink(n);
}

/* Inline: a page's tree is built and moved by some 2,400 appends. */
static inline void jfyp_node_append(jfy_node *parent, jfy_node *child) {
    jfyp_node_detach(child);
    child->parent = parent;
    child->prev = parent->last;
    if (parent->last)
        parent->last->next = child;
    else
        parent->first = child;
    parent->last = child;
    jfyp_node_changed(parent);
}

#ifndef JFYP_CHECK_TREE_GEN
#if defined(__SANITIZE_ADDRESS__)
#define JFYP_CHECK_TREE_GEN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define JFYP_CHECK_TREE_GEN 1
#endif
#endif
#endif

/* Depth-first pre-order walk: the node after n under root, or NULL.
 * Inline: every walk over a paragraph's inlines takes this step. */
static inline jfy_node *jfyp_node_next_in(const jfy_node *root, const jfy_node *n) {
    if (n->first)
        return n->first;
    while (n && n != root) {
        if (n->next)
            return n->next;
        n = n->parent;
    }
    return NULL;
}

#endif
