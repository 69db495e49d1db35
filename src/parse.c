#include "parse.h"
#include "util.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Page layout indents lines (centred titles, column gutters, wrapped
 * affiliations). CommonMark reads four leading spaces as a code block,
 * which on an extracted page is always wrong, so deep indentation is
 * dropped before parsing. Fenced code is left alone. Line count does not
 * change, so line numbers stay true; columns of dedented lines shift. */
/* The word a hard-wrapped line ended on names something by its number
 * ("... as presented in Table" / "1. The ..."): the number opens the next
 * line, where CommonMark reads "1." as a list breaking into the paragraph.
 * ls, le: the line before, its text up to its end. */
static int wants_number(const char *ls, const char *le) {
    static const char *const words[] = {
        "table", "tables", "figure", "figures", "fig", "figs", "graph", "eq", "eqs",
        "equation", "equations", "ref", "refs", "section", "chapter", "appendix", "step",
        "stage", "phase", "group", "type", "scheme", "box", "file", "page", "p", "pp", "no",
        "vol", "model", NULL};
    while (le > ls && (le[-1] == ' ' || le[-1] == '\t' || le[-1] == '\r'))
        le--;
    if (le > ls && le[-1] == '.')
        le--;
    const char *w = le;
    while (w > ls && ((w[-1] >= 'a' && w[-1] <= 'z') || (w[-1] >= 'A' && w[-1] <= 'Z')))
        w--;
    size_t n = (size_t)(le - w);
    /* the word stands after a space or a parenthesis: "(Table", not "...Table" */
    if (!n || n > 9 || (w > ls && w[-1] != ' ' && w[-1] != '('))
        return 0;
    for (int i = 0; words[i]; i++)
        if (strlen(words[i]) == n && jfyp_strnieq(w, words[i], n))
            return 1;
    return 0;
}

/* The text dedented, written into one allocation: lines only lose bytes
 * but for the escape, one byte at most a line, so twice the text's length
 * is room enough (a growing buffer copied the page over as it grew). */
static char *dedent(const char *text, size_t len) {
    char *out = len < SIZE_MAX / 2 - 1 ? malloc(2 * len + 2) : NULL;
    if (!out)
        return NULL;
    char *o = out;
    int in_fence = 0;
    const char *p = text, *end = text + len;
    const char *prev = NULL, *prev_end = NULL; /* the line before, when not blank */
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        size_t cols = 0;
        const char *q = p;
        while (q < le && (*q == ' ' || *q == '\t')) {
            cols += *q == '\t' ? 4 : 1;
            q++;
        }
        if ((size_t)(le - q) >= 3 && (strncmp(q, "```", 3) == 0 || strncmp(q, "~~~", 3) == 0))
            in_fence = !in_fence;
        if (!in_fence && cols >= 4)
            p = q;
        /* "1." or "1)" under a line ending on "Table": the marker is
         * escaped, the line stays text of the paragraph */
        if (!in_fence && prev && le - q >= 2 && q[0] == '1' && (q[1] == '.' || q[1] == ')') &&
            (le - q == 2 || q[2] == ' ') && wants_number(prev, prev_end)) {
            memcpy(o, p, (size_t)(q + 1 - p));
            o += q + 1 - p;
            *o++ = '\\';
            p = q + 1;
        }
        memcpy(o, p, (size_t)(le - p));
        o += le - p;
        if (nl)
            *o++ = '\n';
        if (q < le) {
            prev = q;
            prev_end = le;
        } else {
            prev = NULL;
        }
        p = nl ? nl + 1 : end;
    }
    *o = '\0';
    return out;
}

static pthread_once_t ext_once = PTHREAD_ONCE_INIT;

/* cmark takes every node and buffer from its allocator and frees them one
 * by one, some thousand a page, all of them before jfyp_parse returns
 * (bench/instructions: malloc and free were a quarter of the parse). So
 * while a page is parsed its thread hands cmark memory from a bump arena,
 * freed whole at the end; free is nothing, and a buffer that grows while
 * it is the newest allocation (cmark's text buffers) grows in place.
 * Under AddressSanitizer every allocation is its own malloc, as cmark's
 * default would make it, so overflows still land in a redzone. Should a
 * block not be had, cmark's default calloc is asked, which ends the
 * program as cmark always did when out of memory. */
#if defined(__SANITIZE_ADDRESS__)
#define PARSE_MALLOC_EACH 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PARSE_MALLOC_EACH 1
#endif
#endif

static cmark_mem parse_mem;

#ifndef PARSE_MALLOC_EACH
typedef struct parse_block {
    struct parse_block *next;
    size_t used, cap;
    max_align_t data[];
} parse_block;

/* Each allocation is led by its size, for realloc's copy. */
typedef union {
    size_t size;
    max_align_t align;
} cell_head;

#define PARSE_BLOCK ((size_t)65536)

static _Thread_local parse_block *parse_blocks; /* the newest first */

static size_t cell_room(size_t size) {
    return (size + sizeof(cell_head) - 1) / sizeof(cell_head) * sizeof(cell_head);
}

/* A new block for a cell of n bytes (size asked): apart from cell_alloc,
 * whose common case (room in the block) then saves no registers for it
 * (bench/instructions: some 1,000 cells a page). */
__attribute__((noinline)) static void *cell_alloc_more(size_t size, size_t n) {
    parse_block *b = parse_blocks;
    size_t cap = n > PARSE_BLOCK / 4 ? n : PARSE_BLOCK;
    parse_block *nb = malloc(sizeof *nb + cap);
    if (!nb)
        nb = cmark_get_default_mem_allocator()->calloc(1, sizeof *nb + cap);
    nb->cap = cap;
    nb->used = n;
    /* a large allocation goes behind the current block, which keeps
     * its room */
    if (b && cap != PARSE_BLOCK) {
        nb->next = b->next;
        b->next = nb;
    } else {
        nb->next = b;
        parse_blocks = nb;
    }
    cell_head *h = (cell_head *)(void *)nb->data;
    h->size = size;
    return h + 1;
}

/* Inlined into cmark's calloc and realloc (some 1,200 cells a page), whose
 * common case then costs no call of its own. */
static inline __attribute__((always_inline)) void *cell_alloc(size_t size) {
    /* a size no block can hold: cmark's default calloc fails on it and
     * ends the program, as it always did */
    if (size > SIZE_MAX / 4)
        return cmark_get_default_mem_allocator()->calloc(1, size);
    size_t n = sizeof(cell_head) + cell_room(size);
    parse_block *b = parse_blocks;
    if (!b || b->cap - b->used < n)
        return cell_alloc_more(size, n);
    cell_head *h = (cell_head *)(void *)((char *)b->data + b->used);
    b->used += n;
    h->size = size;
    return h + 1;
}

static void *parse_calloc(size_t n, size_t size) {
    if (size && n > SIZE_MAX / size)
        return cmark_get_default_mem_allocator()->calloc(n, size);
    return memset(cell_alloc(n * size), 0, n * size);
}

static void *parse_realloc(void *p, size_t size) {
    if (!p)
        return cell_alloc(size);
    cell_head *h = (cell_head *)p - 1;
    size_t old = h->size;
    if (size <= old)
        return p;
    parse_block *b = parse_blocks;
    size_t have = cell_room(old), want = cell_room(size);
    if (size <= SIZE_MAX / 4 && (char *)p + have == (char *)b->data + b->used &&
        b->cap - b->used >= want - have) {
        b->used += want - have;
        h->size = size;
        return p;
    }
    void *q = cell_alloc(size);
    memcpy(q, p, old);
    return q;
}

static void parse_free(void *p) { (void)p; }

/* cmark's tree lies in the arena, freed whole: walking it node by node to
 * free nothing costs a pass over every node. */
static void free_cmark_tree(cmark_node *root) { (void)root; }

static void parse_arena_free(void) {
    for (parse_block *b = parse_blocks, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    parse_blocks = NULL;
}
#else
/* Plain malloc and a zeroing: glibc's calloc goes past the per-thread
 * cache of freed blocks. */
static void *parse_calloc_each(size_t n, size_t size) {
    if (!size || n <= SIZE_MAX / size) {
        void *p = malloc(n * size);
#ifdef __GNUC__
        /* hides where p came from: GCC would fuse malloc and memset back
         * into calloc */
        __asm__("" : "+r"(p));
#endif
        if (p)
            return memset(p, 0, n * size);
    }
    return cmark_get_default_mem_allocator()->calloc(n, size);
}

static void parse_arena_free(void) {}

static void free_cmark_tree(cmark_node *root) { cmark_node_free(root); }
#endif

static void register_ext(void) {
    cmark_gfm_core_extensions_ensure_registered();
#ifndef PARSE_MALLOC_EACH
    parse_mem = (cmark_mem){parse_calloc, parse_realloc, parse_free};
#else
    cmark_mem *def = cmark_get_default_mem_allocator();
    parse_mem = (cmark_mem){parse_calloc_each, def->realloc, def->free};
#endif
}

static jfy_node_type map_type(cmark_node *cn, int *leaf) {
    *leaf = 0;
    switch (cmark_node_get_type(cn)) {
    case CMARK_NODE_DOCUMENT: return JFY_N_DOCUMENT;
    case CMARK_NODE_PARAGRAPH: return JFY_N_PARAGRAPH;
    case CMARK_NODE_HEADING: return JFY_N_HEADING;
    case CMARK_NODE_LIST: return JFY_N_LIST;
    case CMARK_NODE_ITEM: return JFY_N_ITEM;
    case CMARK_NODE_BLOCK_QUOTE: return JFY_N_QUOTE;
    case CMARK_NODE_CODE_BLOCK: *leaf = 1; return JFY_N_CODE_BLOCK;
    /* Raw HTML on a page is text that happened to look like a tag. */
    case CMARK_NODE_HTML_BLOCK: *leaf = 1; return JFY_N_PARAGRAPH;
    case CMARK_NODE_THEMATIC_BREAK: *leaf = 1; return JFY_N_RULE;
    case CMARK_NODE_TEXT: *leaf = 1; return JFY_N_TEXT;
    case CMARK_NODE_HTML_INLINE: *leaf = 1; return JFY_N_TEXT;
    case CMARK_NODE_SOFTBREAK: *leaf = 1; return JFY_N_SOFTBREAK;
    case CMARK_NODE_LINEBREAK: *leaf = 1; return JFY_N_LINEBREAK;
    case CMARK_NODE_CODE: *leaf = 1; return JFY_N_CODE;
    case CMARK_NODE_EMPH: return JFY_N_EMPH;
    case CMARK_NODE_STRONG: return JFY_N_STRONG;
    case CMARK_NODE_LINK: return JFY_N_LINK;
    case CMARK_NODE_IMAGE: return JFY_N_IMAGE;
    default: break;
    }
    const char *ts = cmark_node_get_type_string(cn);
    if (strcmp(ts, "table") == 0) return JFY_N_TABLE;
    if (strcmp(ts, "table_row") == 0 || strcmp(ts, "table_header") == 0) return JFY_N_ROW;
    if (strcmp(ts, "table_cell") == 0) return JFY_N_CELL;
    if (strcmp(ts, "strikethrough") == 0) return JFY_N_STRIKE;
    /* Unknown extension nodes keep their text. */
    *leaf = 1;
    return JFY_N_TEXT;
}

static int fill(jfy_node *n, cmark_node *cn) {
    char num[32];
    n->line = cmark_node_get_start_line(cn);
    n->col = cmark_node_get_start_column(cn);
    n->end_line = cmark_node_get_end_line(cn);
    n->end_col = cmark_node_get_end_column(cn);
    switch (n->type) {
    case JFY_N_HEADING:
        snprintf(num, sizeof num, "%d", cmark_node_get_heading_level(cn));
        return jfyp_node_set_attr(n, "level", num);
    case JFY_N_LIST:
        if (cmark_node_get_list_type(cn) == CMARK_ORDERED_LIST) {
            snprintf(num, sizeof num, "%d", cmark_node_get_list_start(cn));
            if (jfyp_node_set_attr(n, "ordered", "1") < 0)
                return -1;
            return jfyp_node_set_attr(n, "start", num);
        }
        return 0;
    case JFY_N_LINK:
    case JFY_N_IMAGE:
        return jfyp_node_set_attr(n, "href", cmark_node_get_url(cn));
    case JFY_N_ROW:
        return cmark_gfm_extensions_get_table_row_is_header(cn)
                   ? jfyp_node_set_attr(n, "header", "1")
                   : 0;
    case JFY_N_TEXT:
    case JFY_N_CODE:
    case JFY_N_CODE_BLOCK: {
        const char *lit = cmark_node_get_literal(cn);
        return jfyp_node_set_text(n, lit ? lit : "");
    }
    case JFY_N_PARAGRAPH: {
        /* An HTML block mapped to a paragraph carries its text as a child. */
        if (cmark_node_get_type(cn) == CMARK_NODE_HTML_BLOCK) {
            const char *lit = cmark_node_get_literal(cn);
            jfy_node *t = jfyp_node_new_text(JFY_N_TEXT, lit ? lit : "");
            if (!t)
                return -1;
            jfyp_node_span_from(t, n);
            jfyp_node_append(n, t);
        }
        return 0;
    }
    default:
        return 0;
    }
}

/* The marker an ordered list item prints ("276." at the item's
 * line and column of src): CommonMark keeps only the list's first, and a
 * wrapped line that opens with a number and a dot (a page range's end, a
 * year) joins the list as an item with a number of its own. */
static int item_number(jfy_node *n, const char *src, const size_t *starts, size_t nlines) {
    if (n->type != JFY_N_ITEM || n->line < 1 || (size_t)n->line > nlines || n->col < 1)
        return 0;
    const char *p = src + starts[n->line - 1] + (n->col - 1);
    for (const char *q = src + starts[n->line - 1]; q < p; q++)
        if (!*q || *q == '\n')
            return 0;
    while (*p == ' ' || *p == '\t')
        p++;
    size_t d = 0;
    while (p[d] >= '0' && p[d] <= '9' && d < 9)
        d++;
    if (!d || (p[d] != '.' && p[d] != ')'))
        return 0;
    char num[16];
    memcpy(num, p, d + 1);
    num[d + 1] = 0;
    return jfyp_node_set_attr(n, "marker", num);
}

/* Byte offsets of src's line starts, for item_number. malloc'd. The line
 * ends are found with strchr, many bytes a step. */
static size_t *line_starts(const char *src, size_t *nlines) {
    size_t n = 1, k = 1;
    for (const char *p = src; (p = strchr(p, '\n')); p++)
        n++;
    size_t *v = malloc(n * sizeof *v);
    if (!v)
        return NULL;
    v[0] = 0;
    for (const char *p = src; (p = strchr(p, '\n')); p++)
        v[k++] = (size_t)(p - src) + 1;
    *nlines = n;
    return v;
}

jfy_node *jfyp_parse(const char *text, size_t len) {
    pthread_once(&ext_once, register_ext);
    char *src = dedent(text, len);
    if (!src)
        return NULL;
    cmark_parser *parser = cmark_parser_new_with_mem(
        CMARK_OPT_SOURCEPOS | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE, &parse_mem);
    if (!parser) {
        free(src);
        parse_arena_free();
        return NULL;
    }
    cmark_syntax_extension *ext = cmark_find_syntax_extension("table");
    if (ext)
        cmark_parser_attach_syntax_extension(parser, ext);
    ext = cmark_find_syntax_extension("strikethrough");
    if (ext)
        cmark_parser_attach_syntax_extension(parser, ext);
    cmark_parser_feed(parser, src, strlen(src));
    cmark_node *croot = cmark_parser_finish(parser);
    if (!croot) {
        free(src);
        cmark_parser_free(parser);
        parse_arena_free();
        return NULL;
    }
    /* the line starts, for the first list item (a page of prose has none) */
    size_t nlines = 0;
    size_t *starts = NULL;

    jfy_node *root = NULL, *cur = NULL;
    int ok = 1;
    cmark_iter *it = cmark_iter_new(croot);
    cmark_event_type ev;
    while (ok && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *cn = cmark_iter_get_node(it);
        int leaf;
        jfy_node_type t = map_type(cn, &leaf);
        if (ev == CMARK_EVENT_EXIT) {
            /* Only containers get EXIT events, empty ones included. */
            if (!leaf && cur)
                cur = cur->parent;
            continue;
        }
        if (t == JFY_N_ITEM && !starts && !(starts = line_starts(src, &nlines))) {
            ok = 0;
            break;
        }
        jfy_node *n = jfyp_node_new(t);
        if (!n || fill(n, cn) < 0 || item_number(n, src, starts, nlines) < 0) {
            jfyp_node_free(n);
            ok = 0;
            break;
        }
        /* cmark gives inlines no positions; they inherit their block's. */
        if (n->line == 0 && cur) {
            n->line = cur->line;
            n->col = cur->col;
            n->end_line = cur->end_line;
            n->end_col = cur->end_col;
        }
        if (!root) {
            root = cur = n;
            continue;
        }
        jfyp_node_append(cur, n);
        if (!leaf)
            cur = n;
    }
    cmark_iter_free(it);
    free(src);
    free(starts);
    free_cmark_tree(croot);
    cmark_parser_free(parser);
    parse_arena_free();
    if (!ok) {
        jfyp_node_free(root);
        return NULL;
    }
    return root;
}
