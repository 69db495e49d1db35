/* xmlfuzz - differential fuzzing of the scanner (src/jtree.c) against
 * libxml2, and of `validate` with the scanner against `validate` without.
 *
 *   xmlfuzz [-n N] [-s SEED] [-x XSD_DIR] [-o DIR] [-v] FILE...
 *
 * Each FILE is checked as it is, then N mutants (default 2000, or
 * $XMLFUZZ_N; $XMLFUZZ_SEED for the generator) are made from them: byte-level
 * edits (truncation, deleted, duplicated, swapped and replaced bytes) and
 * edits at the edges of XML (markup and references inserted in text, in
 * tags and in attribute values, XML declarations, BOMs, DOCTYPEs with
 * internal subsets and entity declarations, CDATA, PIs, comments,
 * namespaces, duplicate attributes, CR/LF, deep nesting, long names). For
 * each input, the invariants the scanner owes libxml2:
 *   1. when the scanner builds a tree, libxml2 (parsed as validator.c
 *      parses) finds the input well-formed and its tree is the same: names,
 *      namespaces, attributes, text, lines (tests/jtdump.h);
 *   2. `validate` (jfy_validator_check, the official 1.4 XSD with -x, else
 *      the built-in profile; rules on) gives the same return value and the
 *      same messages, lines and columns with the scanner as without
 *      (JATSIFY_NO_SCAN);
 *   3. with -x, whenever the scanner read the input, the schema verdict of
 *      `validate` (no "schema" or "not-well-formed" error) is xmllint's:
 *      libxml2 parsing as `xmllint --nonet --schema` does and validating
 *      against the same XSD compiled on its own.
 * A failing input is written to DIR (-o) as fail-NNNN.xml; the exit status
 * is 1 when any invariant failed. The last line counts the inputs and
 * which way each went. */
#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/jatsify.h"
#include "jtdump.h"

#define XSD_DRIVER "/jats-1.4-publishing-mathml3/JATS-journalpublishing1-4-mathml3.xsd"
/* Mutants grow by inserted snippets: keep them bounded. */
#define FUZZ_MAX_LEN (4u << 20)

static void silent(void *ud, xmlErrorPtr e) {
    (void)ud;
    (void)e;
}

static void die(const char *what) {
    fprintf(stderr, "xmlfuzz: %s\n", what);
    exit(2);
}

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0, k;
    char *b = malloc(cap);
    while (b && (k = fread(b + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap) {
            char *nb = realloc(b, cap *= 2);
            if (!nb)
                free(b);
            b = nb;
        }
    }
    fclose(f);
    *len = n;
    return b;
}

/* ---------------------------------------------------------------------- */
/* Random numbers: xorshift64*, the same inputs for the same seed.        */

static uint64_t rng_state;
static uint64_t rnd(void) {
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 2685821657736338717ull;
}
static size_t below(size_t n) { return n ? (size_t)(rnd() % n) : 0; }
#define PICK(a) (a[below(sizeof a / sizeof a[0])])

/* ---------------------------------------------------------------------- */
/* A growable byte buffer and the edits.                                  */

typedef struct {
    char *p;
    size_t len, cap;
} buf;

static void reserve(buf *b, size_t n) {
    if (b->len + n + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->len + n + 1)
        cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p)
        die("out of memory");
    b->p = p;
    b->cap = cap;
}

static void replace(buf *b, size_t at, size_t del, const char *s, size_t n) {
    if (at > b->len)
        at = b->len;
    if (del > b->len - at)
        del = b->len - at;
    if (b->len - del + n > FUZZ_MAX_LEN)
        return;
    reserve(b, n);
    memmove(b->p + at + n, b->p + at + del, b->len - at - del);
    memcpy(b->p + at, s, n);
    b->len = b->len - del + n;
}

static void insert(buf *b, size_t at, const char *s) { replace(b, at, 0, s, strlen(s)); }

/* A random position where c occurs (searching on from a random place,
 * around the end), or SIZE_MAX. */
static size_t find_from_random(const buf *b, char c) {
    if (!b->len)
        return SIZE_MAX;
    size_t start = below(b->len);
    const char *p = memchr(b->p + start, c, b->len - start);
    if (!p)
        p = memchr(b->p, c, start);
    return p ? (size_t)(p - b->p) : SIZE_MAX;
}

/* A random position of s (two bytes or more). */
static size_t find_str_random(const buf *b, const char *s) {
    size_t n = strlen(s);
    for (int tries = 0; tries < 8; tries++) {
        size_t at = find_from_random(b, s[0]);
        if (at == SIZE_MAX)
            return SIZE_MAX;
        if (b->len - at >= n && memcmp(b->p + at, s, n) == 0)
            return at;
        /* on to the next occurrence */
        for (size_t i = at + 1; i + n <= b->len; i++)
            if (memcmp(b->p + i, s, n) == 0)
                return i;
    }
    return SIZE_MAX;
}

/* Where an element's content starts: just after a start tag's '>'. */
static size_t content_pos(const buf *b) {
    for (int tries = 0; tries < 16; tries++) {
        size_t at = find_from_random(b, '>');
        if (at == SIZE_MAX)
            return below(b->len + 1);
        if (at > 0 && b->p[at - 1] != '/' && b->p[at - 1] != '?' && b->p[at - 1] != '-')
            return at + 1;
    }
    return below(b->len + 1);
}

/* Just before a start tag's end ('>' or "/>"), where attributes go. */
static size_t tag_end_pos(const buf *b) {
    for (int tries = 0; tries < 16; tries++) {
        size_t at = find_from_random(b, '<');
        if (at == SIZE_MAX || at + 1 >= b->len)
            return below(b->len + 1);
        unsigned char c = (unsigned char)b->p[at + 1];
        if (c == '/' || c == '!' || c == '?')
            continue;
        const char *gt = memchr(b->p + at, '>', b->len - at);
        if (!gt)
            continue;
        size_t e = (size_t)(gt - b->p);
        return e > at && b->p[e - 1] == '/' ? e - 1 : e;
    }
    return below(b->len + 1);
}

/* Just after an element name in a start tag. */
static size_t after_name_pos(const buf *b) {
    for (int tries = 0; tries < 16; tries++) {
        size_t at = find_from_random(b, '<');
        if (at == SIZE_MAX)
            break;
        size_t i = at + 1;
        if (i >= b->len || b->p[i] == '/' || b->p[i] == '!' || b->p[i] == '?')
            continue;
        while (i < b->len && b->p[i] != ' ' && b->p[i] != '>' && b->p[i] != '/' && b->p[i] != '\n')
            i++;
        return i;
    }
    return below(b->len + 1);
}

/* Inside an attribute value: just after '="' or "='". */
static size_t attr_value_pos(const buf *b) {
    size_t at = find_str_random(b, below(4) ? "=\"" : "='");
    if (at == SIZE_MAX)
        at = find_str_random(b, "=\"");
    if (at == SIZE_MAX)
        return below(b->len + 1);
    /* anywhere in the value */
    size_t i = at + 2, n = below(12);
    while (n-- && i < b->len && b->p[i] != '"' && b->p[i] != '\'')
        i++;
    return i;
}

/* Snippets for character data. */
static const char *const text_bits[] = {
    "<", ">", "&", ";", "]]>", "]]", "]>", "--", "-->", "<!--", "&nbsp;", "&amp;", "&lt;",
    "&gt;", "&quot;", "&apos;", "&amp", "&lt", "& amp;", "&AMP;", "&#0;", "&#xD800;",
    "&#xDFFF;", "&#xFFFE;", "&#xFFFF;", "&#xFFFD;", "&#x10FFFF;", "&#x110000;", "&#65;",
    "&#x41;", "&#X41;", "&#9;", "&#10;", "&#13;", "&#x;", "&#;", "&#x0041;", "&#0000000065;",
    "&#00000000065;", "&#1114111;", "&#4294967361;", "&#18446744073709551681;",
    "&#x100000041;", "&#60;", "&#38;", "&#38;#60;", "&#-1;", "&# 65;", "&#65", "&a:b;", "&x;",
    "&x", "&\xC3\xA9;", "\xEF\xBB\xBF", "\xC3", "\xC3\xA9", "\xED\xA0\x80", "\xF4\x90\x80\x80",
    "\xC0\xAF", "\xE0\x80\xAF", "\xF0\x9F\x98\x80", "\xEF\xBF\xBE", "\xEF\xBF\xBF", "\xC2\x85",
    "\xE2\x80\xA8", "\xC2\x80", "\xF8\x88\x80\x80\x80", "\xFF", "\x80", "\x7F", "\x01", "\x0B",
    "\x0C", "\x1F", "\r", "\r\n", "\n\r", "\r\r\n", "\t", "\n", "<![CDATA[x]]>", "<![CDATA[",
    "<![CDATA[]]>", "<![CDATA[a]]]]><![CDATA[>]]>", "<![cdata[x]]>", "<?pi x?>", "<?pi?>",
    "<?pi\nx\r\ny?>", "<?pi x\r?>", "<?xml version='1.0'?>", "<?xml-stylesheet href='a'?>",
    "<?XML x?>", "<?xm?>", "<?xmlx?>", "<?p:i x?>", "<? x?>", "<?pi x", "<!-- c -->",
    "<!-- a -- b -->", "<!---->", "<!--->", "<!-- - -->", "<!--a--->", "<!--\r-->",
    "<!--\r\n-->", "<!--\xC3-->", "<!--", "<b/>", "<b>", "</b>", "<b >x</b >", "<b\n/>",
    "<b\r/>", "<b\r\n>x</b\r\n>", "<b\t/>", "<q:x xmlns:q='urn:q'/>", "<q:x/>", "<xml:x/>",
    "<xmlns:x/>", "<a:b:c/>", "<_x/>", "<x.y-z/>", "<-x/>", "<.x/>", "<1x/>", "<x\xC3\xA9/>",
    "<\xC3\xA9/>", "< b/>", "<b/ >", "<b / >", "</>", "<>", "<!DOCTYPE x>", "<!ELEMENT x ANY>",
    "<:x/>", "<x:/>", "<b a='1' a='2'/>", "<b a=\"1\" b='2'/>", "<b a='x\ny'/>",
    "<b xml:space='preserve'>  </b>", "<mml:math xmlns:mml='http://www.w3.org/1998/Math/MathML'/>",
    "<x xmlns='urn:d'/>", "<x xmlns=''/>"};

/* Snippets for a start tag, before its end. */
static const char *const attr_bits[] = {
    " a=\"1\"", " a='1'", " a=\"1\" a=\"2\"", " a='1' a=\"1\"", " a=1", " a", " a=\"\"", " a =\t\"1\"",
    "\n a=\"1\"", "\ta=\"1\"", "\r\na=\"1\"", "\ra=\"1\"", " a=\"1\"b=\"2\"", " xml:space=\"preserve\"",
    " xml:space=\"default\"", " xml:space=\"bogus\"", " xml:lang=\"en\"", " xml:id=\"i1\"",
    " xml:base=\"x\"", " xml:a=\"1\" xml:a=\"2\"", " xmlns=\"\"", " xmlns=\"urn:d\"",
    " xmlns:q=\"\"", " xmlns:q=\"urn:q\" q:a=\"1\"", " xmlns:q=\"urn:q\" xmlns:r=\"urn:q\" q:a=\"1\" r:a=\"2\"",
    " xmlns:q=\"urn:q\" q:a=\"1\" a=\"2\"", " xmlns:q=\"urn:q\" xmlns:q=\"urn:r\"", " q:a=\"1\"",
    " xlink:href=\"x\"", " xlink:href=\"x\" xlink:href=\"y\"",
    " xmlns:xlink=\"http://www.w3.org/1999/xlink\"", " xmlns:xlink=\"urn:other\"",
    " xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:type=\"simple\"",
    " xmlns:xml=\"http://www.w3.org/XML/1998/namespace\"", " xmlns:xml=\"urn:x\"",
    " xmlns:xmlns=\"urn:x\"", " xmlns:q=\"http://www.w3.org/2000/xmlns/\"",
    " xmlns:q=\"http://www.w3.org/XML/1998/namespace\"",
    " xmlns:mml=\"http://www.w3.org/1998/Math/MathML\"", " xmlns:ali=\"http://www.niso.org/schemas/ali/1.0/\"",
    " xmlns:q=\"relative\"", " xmlns:q=\"urn:&amp;\"", " xmlns:q=\"urn:&#65;\"",
    " a=\"x\ny\"", " a=\"x\ty\"", " a=\"x\r\ny\"", " a=\"x\ry\"", " a=\"&#10;\"", " a=\"&#9;\"",
    " a=\"&#13;\"", " a=\"&#32;\"", " a=\"&#x20;&#x20;\"", " a=\"&lt;\"", " a=\"<\"", " a=\">\"",
    " a=\"&\"", " a=\"&nbsp;\"", " a=\"&amp;amp;\"", " a=\"\xC3\xA9\"", " a=\"\xC3\"", " a = \"1\"",
    " a=\"'\"", " a='\"'", " a=\"\x01\"", " id=\"x\" id=\"y\"", " id=\" x \"", " :a=\"1\"",
    " a:=\"1\"", " a:b:c=\"1\"", " xmlns:=\"urn:x\"", " \xC3\xA9=\"1\"", " a\xC3\xA9=\"1\"",
    " dtd-version=\"1.3\"", " dtd-version=\"1.4\"", " dtd-version=\"3.0\"", " article-type=\"\"",
    " a=\"1\"/", "/", " /"};

/* Snippets inside an attribute value. */
static const char *const value_bits[] = {
    "\n", "\t", "\r\n", "\r", "&#10;", "&#9;", "&#13;", "&#xD;", "&#32;", "&amp;", "&lt;", "&gt;",
    "&quot;", "&apos;", "<", ">", "&", "&nbsp;", "'", "\"", "\xC3", "\xC3\xA9", "\xEF\xBF\xBE",
    "  ", " ", "&#0;", "&#x10FFFF;", "&#xD800;", "&amp", "&#38;", "&#60;", "\x01", "\x7F", "]]>"};

/* XML declarations (and what may come before one). */
static const char *const decls[] = {
    "", "<?xml version=\"1.0\"?>\n", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
    "<?xml version='1.0' encoding='utf-8' standalone='yes'?>\n",
    "<?xml version=\"1.0\" standalone=\"no\"?>", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n",
    "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n", "<?xml version=\"1.0\" encoding=\"US-ASCII\"?>\n",
    "<?xml version=\"1.0\" encoding=\"utf8\"?>\n", "<?xml version=\"1.1\"?>\n",
    "<?xml version=\"1.0\" standalone=\"maybe\"?>\n", "<?xml  version = \"1.0\"  ?>\n",
    "<?xml version=\"1.0\"encoding=\"UTF-8\"?>\n", "<?xml encoding=\"UTF-8\"?>\n",
    "<?xml version=\"1.0\" standalone=\"yes\" encoding=\"UTF-8\"?>\n", "\n<?xml version=\"1.0\"?>\n",
    " <?xml version=\"1.0\"?>", "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n", "\xEF\xBB\xBF",
    "\xEF\xBB\xBF\n", "\xFE\xFF", "\xFF\xFE", "<?xml version=\"1.0\"\r\n?>\n",
    "<?xml version=\"1.0\"\r?>", "<?xml\tversion=\"1.0\"?>", "<?xml version=\"1.0\"?>\r\n",
    "<?xml version=\"1.0\"?>\r", "<?xml version=\"1.0\"?><?xml version=\"1.0\"?>",
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\" ?>", "<?xml version=\"1.0\" ?>",
    "<?xml version=\"1.0\" encoding=\"\"?>", "<?xml version=\"1.0\" encoding=\"UTF-8\n\"?>",
    "<?xml version='1.0\"?>", "<?xml version=\"1.0\" foo=\"bar\"?>", "<?xml?>", "<?xml ?>",
    "<?XML version=\"1.0\"?>", "<?xml version=\"1.0\"?>\n<!-- c -->\n<?pi x?>\n"};

/* DOCTYPEs: the name is taken from the root element when "%s" is there. */
static const char *const doctypes[] = {
    "<!DOCTYPE %s>\n",
    "<!DOCTYPE %s PUBLIC \"-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.4 20241031//EN\" "
    "\"JATS-journalpublishing1-4.dtd\">\n",
    "<!DOCTYPE %s PUBLIC \"-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.3 "
    "20210610//EN\" \"JATS-archivearticle1-3.dtd\">\n",
    "<!DOCTYPE %s PUBLIC \"-//NLM//DTD Journal Publishing DTD v3.0 20080202//EN\" "
    "\"journalpublishing3.dtd\">\n",
    "<!DOCTYPE %s SYSTEM \"x.dtd\">\n", "<!DOCTYPE %s SYSTEM 'x.dtd' >\n",
    "<!DOCTYPE %s PUBLIC '-//X//EN' 'x.dtd'>", "<!DOCTYPE %s PUBLIC \"-//X//EN\">\n",
    "<!DOCTYPE %s PUBLIC \"-//X//EN\" 'x\xC3\xA9.dtd'>\n", "<!DOCTYPE %s []>\n",
    "<!DOCTYPE %s [ ]>\n", "<!DOCTYPE %s [<!ENTITY x \"ex\">]>\n",
    "<!DOCTYPE %s [<!ENTITY nbsp \"&#160;\">]>\n",
    "<!DOCTYPE %s [<!ENTITY amp \"&#38;#38;\">]>\n",
    "<!DOCTYPE %s [<!ENTITY lt \"&#38;#60;\">]>\n", "<!DOCTYPE %s [<!ENTITY gt \"X\">]>\n",
    "<!DOCTYPE %s [<!ENTITY x \"<b>bold</b>\">]>\n",
    "<!DOCTYPE %s [<!ENTITY x \"a &y; b\"><!ENTITY y \"Y\">]>\n",
    "<!DOCTYPE %s [<!ATTLIST %s xml:lang CDATA 'fr'>]>\n",
    "<!DOCTYPE %s [<!ATTLIST %s id ID #IMPLIED>]>\n",
    "<!DOCTYPE %s [<!ATTLIST %s article-type NMTOKEN #IMPLIED>]>\n",
    "<!DOCTYPE %s [<!ENTITY %% p \"x\">]>\n",
    "<!DOCTYPE %s SYSTEM \"x.dtd\" [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>\n",
    "<!DOCTYPE %s [<!ELEMENT %s ANY>]>\n", "<!DOCTYPE q:%s>\n", "<!DOCTYPE %sx>\n",
    "<!DOCTYPE %s PUBLIC \"a\nb\" \"c\">\n", "<!DOCTYPE %s PUBLIC \"a\r\nb\" \"c\">\n",
    "<!DOCTYPE %s PUBLIC \"a\rb\" \"c\">\n", "<!DOCTYPE %s PUBLIC \"a\tb\" \"c\">\n",
    "<!DOCTYPE %s PUBLIC \"a{b\" \"c\">\n", "<!DOCTYPE %s PUBLIC \"a  b\" \"c\">\n",
    "<!DOCTYPE %s PUBLIC \" a \" \"c\">\n", "<!DOCTYPE  %s  SYSTEM  \"\" >\n",
    "<!DOCTYPE %s SYSTEM \"a\"b\">\n", "<!DOCTYPE %s PUBLIC \"-//X//EN\"\"x.dtd\">\n",
    "<!DOCTYPE %s SYSTEM\"x.dtd\">\n", "<!DOCTYPE %s\nPUBLIC\n\"-//X//EN\"\n\"x.dtd\"\n>\n",
    "<!DOCTYPE %s\r\nSYSTEM \"x.dtd\">", "<!DOCTYPE %s\rSYSTEM \"x.dtd\">",
    "<!DOCTYPE %s SYSTEM \"x\r\n.dtd\">", "<!DOCTYPE %s SYSTEM \"x\n.dtd\">",
    "<!DOCTYPE %s PUBLIC \"-//X//EN\" \"x.dtd\">\n<!DOCTYPE %s>\n", "<!doctype %s>\n",
    "<!DOCTYPE %s PUBLIC \"'\" \"x\">", "<!DOCTYPE %s PUBLIC '\"' \"x\">"};

/* Element names the root may be renamed to, or inserted elements carry. */
static void long_name(buf *b, size_t n) {
    static const char alpha[] = "abcdefghijklmnopqrstuvwxyz-.0123456789";
    reserve(b, n);
    b->p[b->len++] = 'n';
    for (size_t i = 1; i < n; i++)
        b->p[b->len++] = alpha[below(sizeof alpha - 1)];
}

/* The root element's name (up to 64 bytes), "article" when not found. */
static void root_name(const buf *b, char out[65]) {
    strcpy(out, "article");
    for (size_t i = 0; i + 1 < b->len; i++) {
        if (b->p[i] != '<')
            continue;
        unsigned char c = (unsigned char)b->p[i + 1];
        if (c == '?' || c == '!' || c == '/')
            continue;
        size_t k = 0;
        while (i + 1 + k < b->len && k < 64 && b->p[i + 1 + k] != ' ' && b->p[i + 1 + k] != '>' &&
               b->p[i + 1 + k] != '/' && b->p[i + 1 + k] != '\n' && b->p[i + 1 + k] != '\t' &&
               b->p[i + 1 + k] != '\r')
            k++;
        if (k) {
            memcpy(out, b->p + i + 1, k);
            out[k] = '\0';
        }
        return;
    }
}

/* Length of the XML declaration at the start, 0 if none. */
static size_t decl_len(const buf *b) {
    if (b->len < 6 || memcmp(b->p, "<?xml", 5) != 0)
        return 0;
    const char *e = memchr(b->p, '>', b->len);
    return e ? (size_t)(e - b->p) + 1 : 0;
}

/* Removes an existing DOCTYPE without internal subset. */
static void strip_doctype(buf *b) {
    size_t at = find_str_random(b, "<!DOCTYPE");
    if (at == SIZE_MAX)
        return;
    const char *e = memchr(b->p + at, '>', b->len - at);
    const char *lb = memchr(b->p + at, '[', b->len - at);
    if (e && (!lb || lb > e))
        replace(b, at, (size_t)(e - b->p) + 1 - at, "", 0);
}

/* Element names and attribute values met in the seeds, for edits that
 * keep a document well-formed but change what the schema sees. */
static char **names, **values;
static size_t nnames, nvalues;

static void remember(char ***list, size_t *n, const char *s, size_t len) {
    if (*n >= 4096 || len == 0 || len > 80)
        return;
    for (size_t i = 0; i < *n; i++)
        if (strlen((*list)[i]) == len && memcmp((*list)[i], s, len) == 0)
            return;
    char **l = realloc(*list, (*n + 1) * sizeof **list);
    char *c = malloc(len + 1);
    if (!l || !c)
        die("out of memory");
    memcpy(c, s, len);
    c[len] = '\0';
    l[(*n)++] = c;
    *list = l;
}

static int name_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == ':';
}

static void learn(const buf *b) {
    for (size_t i = 0; i + 1 < b->len; i++) {
        if (b->p[i] == '<' && name_byte((unsigned char)b->p[i + 1]) && b->p[i + 1] != '-') {
            size_t k = i + 1;
            while (k < b->len && name_byte((unsigned char)b->p[k]))
                k++;
            remember(&names, &nnames, b->p + i + 1, k - i - 1);
        } else if (b->p[i] == '=' && b->p[i + 1] == '"') {
            const char *q = memchr(b->p + i + 2, '"', b->len - i - 2);
            if (q && !memchr(b->p + i + 2, '<', (size_t)(q - b->p) - i - 2))
                remember(&values, &nvalues, b->p + i + 2, (size_t)(q - b->p) - i - 2);
        }
    }
}

/* The element whose start tag is at or after a random '<': its span
 * [*from, *to) up to the end of its end tag, and its name. 0 if none. */
static int element_span(const buf *b, size_t *from, size_t *to, size_t *name_end) {
    for (int tries = 0; tries < 16; tries++) {
        size_t at = find_from_random(b, '<');
        if (at == SIZE_MAX || at + 1 >= b->len)
            return 0;
        if (!name_byte((unsigned char)b->p[at + 1]) || b->p[at + 1] == ':')
            continue;
        size_t ne = at + 1;
        while (ne < b->len && name_byte((unsigned char)b->p[ne]))
            ne++;
        const char *gt = memchr(b->p + ne, '>', b->len - ne);
        if (!gt)
            continue;
        size_t g = (size_t)(gt - b->p);
        *from = at;
        *name_end = ne;
        if (b->p[g - 1] == '/') {
            *to = g + 1;
            return 1;
        }
        /* the matching end tag: same-named start and end tags counted */
        size_t nl = ne - at - 1, depth = 1;
        for (size_t i = g + 1; i + nl + 2 < b->len; i++) {
            if (b->p[i] != '<')
                continue;
            int end = b->p[i + 1] == '/';
            const char *nm = b->p + i + 1 + end;
            if ((size_t)(b->p + b->len - nm) <= nl || memcmp(nm, b->p + at + 1, nl) != 0 ||
                name_byte((unsigned char)nm[nl]))
                continue;
            if (!end) {
                const char *e2 = memchr(nm, '>', (size_t)(b->p + b->len - nm));
                if (e2 && e2[-1] != '/')
                    depth++;
                continue;
            }
            if (--depth == 0) {
                const char *e2 = memchr(nm, '>', (size_t)(b->p + b->len - nm));
                if (!e2)
                    return 0;
                *to = (size_t)(e2 - b->p) + 1;
                return 1;
            }
        }
    }
    return 0;
}

/* Edits that keep the document well-formed (mostly): whole elements
 * deleted, repeated, moved or renamed, attribute values changed. */
static void mutate_element(buf *b) {
    size_t from, to, ne;
    if (!element_span(b, &from, &to, &ne))
        return;
    switch (below(5)) {
    case 0:
        replace(b, from, to - from, "", 0);
        break;
    case 1:
    case 2: { /* repeated where it is, or moved into another element */
        size_t len = to - from;
        char *copy = malloc(len);
        if (!copy)
            die("out of memory");
        memcpy(copy, b->p + from, len);
        if (below(2)) {
            replace(b, to, 0, copy, len);
        } else {
            replace(b, from, len, "", 0);
            replace(b, content_pos(b), 0, copy, len);
        }
        free(copy);
        break;
    }
    case 3: { /* renamed (start and end tag) to another name of the seeds */
        if (!nnames)
            break;
        const char *nn = names[below(nnames)];
        size_t ol = ne - from - 1, nl = strlen(nn);
        if (to - from >= ol + 3 && b->p[to - 2] != '/' && to >= ol + 1 &&
            memcmp(b->p + to - 1 - ol, b->p + from + 1, ol) == 0)
            replace(b, to - 1 - ol, ol, nn, nl);
        replace(b, from + 1, ol, nn, nl);
        break;
    }
    default: { /* an attribute value in its start tag replaced */
        const char *gt = memchr(b->p + ne, '>', b->len - ne);
        const char *eq = gt ? memchr(b->p + ne, '=', (size_t)(gt - b->p) - ne) : NULL;
        if (!eq || eq + 1 >= gt || (eq[1] != '"' && eq[1] != '\''))
            break;
        const char *q = memchr(eq + 2, eq[1], (size_t)(gt - eq) - 1);
        if (!q || !nvalues)
            break;
        const char *v = values[below(nvalues)];
        replace(b, (size_t)(eq + 2 - b->p), (size_t)(q - eq - 2), v, strlen(v));
        break;
    }
    }
}

static void mutate_once(buf *b) {
    char tmp[512];
    size_t n = b->len;
    if (below(5) == 0) {
        mutate_element(b);
        return;
    }
    switch (below(24)) {
    case 0: /* truncate */
        if (n)
            b->len = below(4) ? below(n) : n - 1 - below(n < 64 ? n : 64);
        break;
    case 1: /* delete a few bytes */
        replace(b, below(n + 1), 1 + below(16), "", 0);
        break;
    case 2: { /* duplicate a range */
        size_t at = below(n + 1), len = 1 + below(64);
        if (at + len > n)
            len = n - at;
        if (len && len < sizeof tmp) {
            memcpy(tmp, b->p + at, len);
            replace(b, at, 0, tmp, len);
        }
        break;
    }
    case 3: /* swap two bytes */
        if (n >= 2) {
            size_t i = below(n), j = below(3) ? (i + 1 < n ? i + 1 : i - 1) : below(n);
            char c = b->p[i];
            b->p[i] = b->p[j];
            b->p[j] = c;
        }
        break;
    case 4: { /* replace a byte: near markup or anywhere */
        static const unsigned char bytes[] = {'<', '>', '&', ';', '"', '\'', '/', '=', ':', ' ',
                                              '\t', '\r', '\n', 0, 0x80, 0xC3, 0xFF, 0xEF, '#',
                                              '!', '?', '-', ']', '[', 'x', 0x0B, 0x7F};
        size_t at = below(2) ? find_from_random(b, PICK("<>&=\"'")) : below(n);
        if (at != SIZE_MAX && at < n)
            b->p[at] = (char)PICK(bytes);
        break;
    }
    case 5:
    case 6: /* markup or a reference in text, or anywhere */
        insert(b, below(3) ? content_pos(b) : below(n + 1), PICK(text_bits));
        break;
    case 7:
    case 8: /* an attribute in a start tag */
        insert(b, below(2) ? tag_end_pos(b) : after_name_pos(b), PICK(attr_bits));
        break;
    case 9:
    case 10: /* inside an attribute value */
        insert(b, attr_value_pos(b), PICK(value_bits));
        break;
    case 11: { /* another XML declaration, BOM */
        size_t d = decl_len(b);
        const char *decl = PICK(decls); /* once: PICK draws anew each time */
        replace(b, 0, below(4) ? d : 0, decl, strlen(decl));
        break;
    }
    case 12: { /* a DOCTYPE */
        char root[65], dt[1024];
        root_name(b, root);
        if (below(3))
            strip_doctype(b);
        snprintf(dt, sizeof dt, PICK(doctypes), root, root);
        size_t d = decl_len(b);
        if (d < b->len && b->p[d] == '\n')
            d++;
        replace(b, d, 0, dt, strlen(dt));
        break;
    }
    case 13: { /* an entity the DOCTYPE may declare, in text or an attribute */
        static const char *const refs[] = {"&x;", "&y;", "&nbsp;", "&p;", "&amp;", "&lt;", "&gt;"};
        insert(b, below(3) ? content_pos(b) : attr_value_pos(b), PICK(refs));
        break;
    }
    case 14: { /* deep nesting around the limits */
        static const size_t depths[] = {150, 198, 199, 200, 201, 202, 254, 255, 256, 257, 300};
        size_t k = PICK(depths), at = content_pos(b);
        size_t wrong = below(8) ? SIZE_MAX : below(k); /* one end tag that does not match */
        buf nest = {0};
        for (size_t i = 0; i < k; i++)
            insert(&nest, nest.len, "<b>");
        insert(&nest, nest.len, "x");
        for (size_t i = 0; i < k; i++)
            insert(&nest, nest.len, i == wrong ? "</c>" : "</b>");
        replace(b, at, 0, nest.p, nest.len);
        free(nest.p);
        break;
    }
    case 15: { /* a long element or attribute name */
        static const size_t lens[] = {255, 999, 1000, 1001, 1002, 4096, 50000, 50001};
        size_t k = PICK(lens);
        buf nm = {0};
        long_name(&nm, k);
        buf el = {0};
        if (below(2)) {
            insert(&el, 0, "<");
            replace(&el, el.len, 0, nm.p, nm.len);
            insert(&el, el.len, ">t</");
            replace(&el, el.len, 0, nm.p, nm.len);
            insert(&el, el.len, ">");
            replace(b, content_pos(b), 0, el.p, el.len);
        } else {
            insert(&el, 0, " ");
            replace(&el, el.len, 0, nm.p, nm.len);
            insert(&el, el.len, "=\"v\"");
            replace(b, tag_end_pos(b), 0, el.p, el.len);
        }
        free(nm.p);
        free(el.p);
        break;
    }
    case 16: { /* line ends: CRLF or CR throughout, or at one place */
        int mode = (int)below(4);
        if (mode < 2) {
            buf o = {0};
            reserve(&o, n * 2 + 1);
            for (size_t i = 0; i < n; i++) {
                if (b->p[i] == '\n') {
                    o.p[o.len++] = '\r';
                    if (mode == 0)
                        o.p[o.len++] = '\n';
                } else {
                    o.p[o.len++] = b->p[i];
                }
            }
            free(b->p);
            *b = o;
        } else {
            size_t at = find_from_random(b, '\n');
            if (at != SIZE_MAX)
                replace(b, at, mode == 2 ? 1 : 0, "\r", 1);
        }
        break;
    }
    case 17: { /* an end tag's name changed, or the tag dropped */
        size_t at = find_str_random(b, "</");
        if (at == SIZE_MAX)
            break;
        const char *e = memchr(b->p + at, '>', n - at);
        if (!e)
            break;
        size_t end = (size_t)(e - b->p);
        if (below(2) && end > at + 3)
            b->p[at + 2 + below(end - at - 2)] = PICK("xy-:.1 ");
        else if (below(2))
            replace(b, at, end + 1 - at, "", 0);
        else
            replace(b, end, 0, below(2) ? " " : "\n", 1);
        break;
    }
    case 18: { /* a start tag repeated (its element left open) */
        size_t at = tag_end_pos(b);
        size_t lt = at;
        while (lt > 0 && b->p[lt] != '<')
            lt--;
        if (at < n && at > lt && at - lt + 1 < sizeof tmp) {
            size_t len = at - lt + (b->p[at] == '/' ? 2 : 1);
            if (lt + len <= n) {
                memcpy(tmp, b->p + lt, len);
                replace(b, lt, 0, tmp, len);
            }
        }
        break;
    }
    case 19: { /* an attribute of a tag repeated in it */
        size_t at = find_str_random(b, "=\"");
        if (at == SIZE_MAX)
            break;
        size_t s = at;
        while (s > 0 && b->p[s - 1] != ' ' && b->p[s - 1] != '<' && b->p[s - 1] != '\n')
            s--;
        const char *q = memchr(b->p + at + 2, '"', n - at - 2);
        if (!q || b->p[s - 1] == '<')
            break;
        size_t e = (size_t)(q - b->p) + 1;
        if (e - s + 1 < sizeof tmp) {
            tmp[0] = ' ';
            memcpy(tmp + 1, b->p + s, e - s);
            replace(b, e, 0, tmp, e - s + 1);
        }
        break;
    }
    case 20: { /* text, a comment or a second element after the root */
        static const char *const tails[] = {"\n", "x", "<!-- c -->", "<?pi x?>", "<r/>", "&amp;",
                                            "<!DOCTYPE r>", "\r\n", "\xEF\xBB\xBF", " \t\r\n",
                                            "<?xml version=\"1.0\"?>", "]]>", "\r"};
        insert(b, n, PICK(tails));
        break;
    }
    case 21: { /* many lines: past libxml2's 16-bit line numbers */
        static const size_t counts[] = {65533, 65534, 65535, 65536, 70000};
        size_t k = PICK(counts), at = content_pos(b);
        buf nl = {0};
        reserve(&nl, k);
        memset(nl.p, '\n', k);
        nl.len = k;
        replace(b, at, 0, nl.p, nl.len);
        free(nl.p);
        break;
    }
    case 22: { /* a prefix on an element (declared or not) */
        static const char *const pre[] = {"q:", "xlink:", "mml:", "xml:", "xmlns:", "ali:", ":"};
        size_t at = find_from_random(b, '<');
        if (at != SIZE_MAX && at + 1 < n && b->p[at + 1] != '!' && b->p[at + 1] != '?') {
            const char *p = PICK(pre);
            insert(b, at + 1 + (b->p[at + 1] == '/'), p);
        }
        break;
    }
    default: { /* a span of the document moved elsewhere */
        size_t at = below(n + 1), len = 1 + below(200);
        if (at + len > n)
            len = n - at;
        if (len && len < sizeof tmp) {
            memcpy(tmp, b->p + at, len);
            replace(b, at, len, "", 0);
            replace(b, below(b->len + 1), 0, tmp, len);
        }
        break;
    }
    }
}

/* ---------------------------------------------------------------------- */
/* The checks.                                                            */

typedef struct {
    size_t inputs, scanned, libxml2_ok, not_wf, validated, valid, xsd_checked, failures;
} counts;

static const char *fail_dir;
static int verbose;
static counts C;

static void save_failure(const char *xml, size_t len, const char *why, const char *label) {
    C.failures++;
    printf("FAIL %s: %s\n", label, why);
    if (!fail_dir)
        return;
    char path[4096];
    snprintf(path, sizeof path, "%s/fail-%04zu.xml", fail_dir, C.failures);
    FILE *f = fopen(path, "wb");
    if (f) {
        fwrite(xml, 1, len, f);
        fclose(f);
        printf("  saved as %s\n", path);
    }
}

static void collect(const jfy_diag *d, void *ud) {
    FILE *f = ud;
    fprintf(f, "%d %d:%d %s %s\n", (int)d->level, d->line, d->column, d->rule, d->message);
}

typedef struct {
    char *text;
    size_t len;
    int rc;
    int schema_bad; /* a "schema" or "not-well-formed" error */
} report;

static void validate_into(jfy_validator *v, const char *xml, size_t len, report *r) {
    FILE *f = open_memstream(&r->text, &r->len);
    if (!f)
        die("out of memory");
    jfy_error err;
    memset(&err, 0, sizeof err);
    r->rc = jfy_validator_check(v, xml, len, collect, f, NULL, NULL, &err);
    if (r->rc < 0)
        fprintf(f, "failed: %s\n", err.text);
    fclose(f);
    /* level 2 = JFY_ERROR: only errors count */
    r->schema_bad = 0;
    for (const char *l = r->text; l && *l;) {
        if (l[0] == '2' && l[1] == ' ') {
            const char *sp = strchr(l + 2, ' ');
            if (sp && (strncmp(sp + 1, "schema ", 7) == 0 || strncmp(sp + 1, "not-well-formed ", 16) == 0))
                r->schema_bad = 1;
        }
        l = strchr(l, '\n');
        if (l)
            l++;
    }
}

typedef struct {
    jt_doc *scan_tree, *xml_tree;
    xmlParserCtxtPtr pc;
    jfy_validator *with_scan, *without_scan;
    xmlSchemaValidCtxtPtr xsd; /* NULL without -x */
} harness;

static void check_input(harness *h, const char *xml, size_t len, const char *label) {
    C.inputs++;
    /* A context of its own for each input, as xmllint reads each file: a
     * reused one fills its names dictionary (see validator.c). */
    xmlFreeParserCtxt(h->pc);
    if (!(h->pc = xmlNewParserCtxt()))
        die("out of memory");
    int scanned = jfyp_jt_scan(h->scan_tree, xml, len);
    if (scanned < 0)
        die("out of memory in the scanner");
    /* As validator.c parses. */
    xmlDocPtr doc = xmlCtxtReadMemory(h->pc, xml, (int)len, "document.xml", NULL,
                                      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                                          XML_PARSE_BIG_LINES | XML_PARSE_COMPACT);
    if (!scanned) {
        if (doc)
            C.libxml2_ok++;
        else
            C.not_wf++;
    } else {
        C.scanned++;
        if (!doc) {
            xmlErrorPtr e = xmlCtxtGetLastError(h->pc);
            char why[600];
            snprintf(why, sizeof why, "the scanner read it, libxml2 finds it not well-formed: %s",
                     e && e->message ? e->message : "?");
            size_t l = strlen(why);
            while (l && why[l - 1] == '\n')
                why[--l] = '\0';
            save_failure(xml, len, why, label);
        } else {
            if (jfyp_jt_from_xml(h->xml_tree, doc) < 0)
                die("out of memory");
            const char *pid = doc->intSubset && doc->intSubset->ExternalID
                                  ? (const char *)doc->intSubset->ExternalID
                                  : NULL;
            size_t la, lb;
            char *da = jt_dump(h->scan_tree, jfyp_jt_public_id(h->scan_tree), &la);
            char *db = jt_dump(h->xml_tree, pid, &lb);
            if (!da || !db)
                die("out of memory");
            if (la != lb || memcmp(da, db, la) != 0) {
                save_failure(xml, len, "the scanner's tree is not libxml2's", label);
                jt_dump_first_diff(stdout, da, la, db, lb);
            }
            free(da);
            free(db);
        }
    }
    xmlFreeDoc(doc);
    if (!scanned) {
        /* validate then parses with libxml2 whether the scanner is on or
         * off: the same code either way. */
        if (verbose)
            printf("%s %s\n", doc ? "libxml2-ok" : "not-wf", label);
        return;
    }
    /* Through validate, with the scanner and without. */
    report a = {0}, b = {0};
    validate_into(h->with_scan, xml, len, &a);
    validate_into(h->without_scan, xml, len, &b);
    C.validated++;
    if (a.rc != b.rc || a.len != b.len || memcmp(a.text, b.text, a.len) != 0) {
        save_failure(xml, len, "validate reports differently with the scanner", label);
        printf("  with the scanner (%d):\n%.600s  without (%d):\n%.600s", a.rc, a.text, b.rc,
               b.text);
    }
    if (a.rc == 0)
        C.valid++;
    if (h->xsd && a.rc >= 0) {
        /* As `xmllint --nonet --schema` reads and validates it. */
        xmlDocPtr x = xmlCtxtReadMemory(h->pc, xml, (int)len, "document.xml", NULL,
                                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                                            XML_PARSE_BIG_LINES | XML_PARSE_COMPACT);
        int xmllint_bad = !x || xmlSchemaValidateDoc(h->xsd, x) != 0;
        xmlFreeDoc(x);
        C.xsd_checked++;
        if (xmllint_bad != a.schema_bad) {
            save_failure(xml, len,
                         xmllint_bad ? "validate finds no schema error, xmllint rejects it"
                                     : "validate finds a schema error, xmllint accepts it",
                         label);
            printf("  validate:\n%.600s", a.text);
        }
    }
    if (verbose)
        printf("scanned rc=%d %s\n", a.rc, label);
    free(a.text);
    free(b.text);
}

int main(int argc, char **argv) {
    size_t n = 2000;
    uint64_t seed = 1;
    const char *xsd_dir = NULL;
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "-n") == 0 && i + 1 < argc)
            n = strtoull(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "-s") == 0 && i + 1 < argc)
            seed = strtoull(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "-x") == 0 && i + 1 < argc)
            xsd_dir = argv[++i];
        else if (strcmp(argv[i], "-o") == 0 && i + 1 < argc)
            fail_dir = argv[++i];
        else if (strcmp(argv[i], "-v") == 0)
            verbose = 1;
        else
            die("usage: xmlfuzz [-n N] [-s SEED] [-x XSD_DIR] [-o DIR] [-v] FILE...");
    }
    if (getenv("XMLFUZZ_N") && *getenv("XMLFUZZ_N"))
        n = strtoull(getenv("XMLFUZZ_N"), NULL, 10);
    if (getenv("XMLFUZZ_SEED") && *getenv("XMLFUZZ_SEED"))
        seed = strtoull(getenv("XMLFUZZ_SEED"), NULL, 10);
    rng_state = seed * 0x9E3779B97F4A7C15ull + 1;
    jfy_global_init();
    xmlSetStructuredErrorFunc(NULL, silent);
    setvbuf(stdout, NULL, _IOLBF, 0);

    size_t nseeds = (size_t)(argc - i);
    if (!nseeds)
        die("no seed documents");
    buf *seeds = calloc(nseeds, sizeof *seeds);
    if (!seeds)
        die("out of memory");
    for (size_t k = 0; k < nseeds; k++) {
        seeds[k].p = slurp(argv[i + k], &seeds[k].len);
        if (!seeds[k].p)
            die("cannot read a seed");
        learn(&seeds[k]);
    }

    harness h = {jfyp_jt_new(), jfyp_jt_new(), xmlNewParserCtxt(), NULL, NULL, NULL};
    jfy_error err;
    memset(&err, 0, sizeof err);
    jfy_schema *schema = NULL;
    xmlSchemaPtr xsd = NULL;
    if (xsd_dir) {
        char path[4096];
        snprintf(path, sizeof path, "%s%s", xsd_dir, XSD_DRIVER);
        schema = jfy_schema_new(path, &err);
        xmlSchemaParserCtxtPtr spc = xmlSchemaNewParserCtxt(path);
        xsd = spc ? xmlSchemaParse(spc) : NULL;
        xmlSchemaFreeParserCtxt(spc);
        if (!schema || !xsd)
            die("the official XSD does not load");
        h.xsd = xmlSchemaNewValidCtxt(xsd);
        xmlSchemaSetValidStructuredErrors(h.xsd, silent, NULL);
    } else {
        schema = jfy_schema_new_profile(&err);
    }
    if (!schema || !h.scan_tree || !h.xml_tree || !h.pc)
        die("out of memory");
    jfy_validate_options opts = {.schema = schema};
    unsetenv("JATSIFY_NO_SCAN");
    h.with_scan = jfy_validator_new(&opts, &err);
    setenv("JATSIFY_NO_SCAN", "1", 1);
    h.without_scan = jfy_validator_new(&opts, &err);
    unsetenv("JATSIFY_NO_SCAN");
    if (!h.with_scan || !h.without_scan)
        die("out of memory");

    for (size_t k = 0; k < nseeds; k++)
        check_input(&h, seeds[k].p, seeds[k].len, argv[i + k]);
    buf m = {0};
    char label[4200];
    for (size_t k = 0; k < n; k++) {
        size_t s = below(nseeds);
        m.len = 0;
        replace(&m, 0, 0, seeds[s].p, seeds[s].len);
        size_t edits = 1 + (below(3) ? 0 : below(4));
        for (size_t e = 0; e < edits; e++)
            mutate_once(&m);
        snprintf(label, sizeof label, "mutant %zu of %s (seed %llu)", k, argv[i + s],
                 (unsigned long long)seed);
        check_input(&h, m.p ? m.p : "", m.len, label);
        if (n >= 20000 && (k + 1) % 5000 == 0)
            fprintf(stderr, "xmlfuzz: %zu of %zu mutants, %zu failures\n", k + 1, n, C.failures);
    }
    printf("xmlfuzz: %zu inputs (%zu seeds, %zu mutants, seed %llu): %zu read by the scanner "
           "(%zu through validate both ways, %zu valid, %zu against xmllint's verdict), %zu left "
           "to libxml2 and well-formed, %zu not well-formed; %zu failures\n",
           C.inputs, nseeds, n, (unsigned long long)seed, C.scanned, C.validated, C.valid,
           C.xsd_checked, C.libxml2_ok, C.not_wf, C.failures);

    free(m.p);
    for (size_t k = 0; k < nnames; k++)
        free(names[k]);
    for (size_t k = 0; k < nvalues; k++)
        free(values[k]);
    free(names);
    free(values);
    for (size_t k = 0; k < nseeds; k++)
        free(seeds[k].p);
    free(seeds);
    jfy_validator_free(h.with_scan);
    jfy_validator_free(h.without_scan);
    if (h.xsd)
        xmlSchemaFreeValidCtxt(h.xsd);
    if (xsd)
        xmlSchemaFree(xsd);
    jfy_schema_free(schema);
    xmlFreeParserCtxt(h.pc);
    jfyp_jt_free(h.scan_tree);
    jfyp_jt_free(h.xml_tree);
    xmlCleanupParser();
    return C.failures ? 1 : 0;
}
