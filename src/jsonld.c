/* jsonld.c - the schema.org JSON-LD emitter: reads the recognized tree and
 * builds one ScholarlyArticle as JSON values of its own, in an arena (with
 * jansson a page cost some 3,000 allocations and a hash table per object).
 * Every type and property used here exists in schema.org and is valid where
 * it is used (checked by the test suite against the vocabulary). Keys are
 * emitted in a fixed order so the same tree always gives the same bytes. */
#include "jsonld.h"
#include "arena.h"
#include "outbuf.h"
#include "util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The JSON values the build makes, in an arena: strings, integers, arrays
 * and objects whose keys keep their insertion order (as jansson's do). */
enum { JV_STRING, JV_INTEGER, JV_ARRAY, JV_OBJECT };

typedef struct jv jv;
typedef struct jv_item jv_item;

struct jv_item {
    const char *key; /* NULL in an array */
    jv *value;
    jv_item *next;
};

struct jv {
    int type;
    const char *s; /* a string's bytes, NUL-terminated */
    size_t len;
    long long i;
    jv_item *first, *last; /* an array's or an object's members */
    size_t n;
};

struct jfyp_jsonld {
    jfyp_arena arena;
    jv *root;
};

typedef struct {
    jfyp_arena *arena;
} ld;

static jv *new_value(ld *c, int type) {
    jv *v = jfyp_arena_alloc(c->arena, sizeof *v);
    if (v) {
        memset(v, 0, sizeof *v);
        v->type = type;
    }
    return v;
}

static jv *jv_object(ld *c) { return new_value(c, JV_OBJECT); }
static jv *jv_array(ld *c) { return new_value(c, JV_ARRAY); }

static jv *jv_integer(ld *c, long long i) {
    jv *v = new_value(c, JV_INTEGER);
    if (v)
        v->i = i;
    return v;
}

/* jansson's UTF-8 check (utf.c, utf8_check_string), which json_string
 * applied: a string that fails it was left out, and still is. */
static int utf8_valid(const unsigned char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        /* ASCII eight bytes at a time */
        uint64_t w;
        while (i + 8 <= n && (memcpy(&w, s + i, 8), !(w & 0x8080808080808080u)))
            i += 8;
        if (i >= n)
            break;
        unsigned u = s[i];
        if (u < 0x80)
            continue;
        size_t count = u >= 0xC2 && u <= 0xDF   ? 2
                       : u >= 0xE0 && u <= 0xEF ? 3
                       : u >= 0xF0 && u <= 0xF4 ? 4
                                                : 0;
        if (!count || count > n - i)
            return 0;
        long value = u & (count == 2 ? 0x1F : count == 3 ? 0xF : 0x7);
        for (size_t k = 1; k < count; k++) {
            unsigned b = s[i + k];
            if (b < 0x80 || b > 0xBF)
                return 0;
            value = (value << 6) + (b & 0x3F);
        }
        if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) ||
            (count == 2 && value < 0x80) || (count == 3 && value < 0x800) ||
            (count == 4 && value < 0x10000))
            return 0;
        i += count - 1;
    }
    return 1;
}

/* A copy of s; NULL for NULL or invalid UTF-8 (as json_string). */
static jv *jv_string(ld *c, const char *s) {
    if (!s)
        return NULL;
    size_t n = strlen(s);
    if (!utf8_valid((const unsigned char *)s, n))
        return NULL;
    jv *v = new_value(c, JV_STRING);
    if (v && !(v->s = jfyp_arena_strndup(c->arena, s, n)))
        return NULL;
    if (v)
        v->len = n;
    return v;
}

/* A string of this file's own (a type's name, a fixed value): ASCII that
 * lives as long as the program, so neither checked nor copied. */
static jv *jv_literal(ld *c, const char *s) {
    jv *v = new_value(c, JV_STRING);
    if (v) {
        v->s = s;
        v->len = strlen(s);
    }
    return v;
}

static jv_item *member(const jv *o, const char *k) {
    for (jv_item *m = o->first; m; m = m->next)
        if (m->key[0] == k[0] && strcmp(m->key, k) == 0)
            return m;
    return NULL;
}

static jv *jv_get(const jv *o, const char *k) {
    jv_item *m = o ? member(o, k) : NULL;
    return m ? m->value : NULL;
}

static void append(ld *c, jv *container, const char *k, jv *v) {
    jv_item *m = jfyp_arena_alloc(c->arena, sizeof *m);
    if (!m)
        return;
    m->key = k;
    m->value = v;
    m->next = NULL;
    if (container->last)
        container->last->next = m;
    else
        container->first = m;
    container->last = m;
    container->n++;
}

/* Sets o[k], ignoring NULL values (absent facts); a key set again keeps
 * its place, as in jansson. Inlined: some 1,000 a page. */
static inline __attribute__((always_inline)) void put(ld *c, jv *o, const char *k, jv *v) {
    if (!v || !o)
        return;
    jv_item *m = member(o, k);
    if (m)
        m->value = v;
    else
        append(c, o, k, v);
}

static jv *str(ld *c, const char *s) { return s && *s ? jv_string(c, s) : NULL; }

static jv *typed(ld *c, const char *type) {
    jv *o = jv_object(c);
    put(c, o, "@type", jv_literal(c, type));
    return o;
}

/* Plain text of a subtree, whitespace collapsed, as a JSON string: the
 * text is written into the arena and collapsed there, where a malloc'd copy
 * was made, copied again and freed (thousands a page). */
static jv *plain(ld *cx, const jfy_node *n) {
    if (!n)
        return NULL;
    /* one walk where the text fits the buffer; a longer one is walked
     * again into the arena */
    char tmp[1024];
    size_t raw = jfyp_node_plain_into(n, tmp, sizeof tmp);
    char *t = jfyp_arena_alloc(cx->arena, raw + 1);
    if (!t)
        return NULL;
    if (raw <= sizeof tmp)
        memcpy(t, tmp, raw);
    else
        jfyp_node_plain_at(n, t);
    t[raw] = '\0';
    jfyp_squeeze(t);
    size_t len = strlen(t);
    if (!len || !utf8_valid((const unsigned char *)t, len))
        return NULL;
    jv *v = new_value(cx, JV_STRING);
    if (v) {
        v->s = t;
        v->len = len;
    }
    return v;
}

/* An abstract as one text: its blocks spaced apart, a section's title
 * leading its text as "Title: ", after its number as printed ("II.
 * Methods: "). */
static void abstract_blocks(jfyp_buf *b, const jfy_node *n) {
    for (const jfy_node *c = n->first; c; c = c->next) {
        if ((c->type == JFY_N_TITLE && n->type == JFY_N_ABSTRACT) ||
            (c->type == JFY_N_LABEL && n->type == JFY_N_SECTION))
            continue;
        char *t = c->type == JFY_N_SECTION ? NULL : jfyp_node_plain(c);
        if (c->type == JFY_N_SECTION) {
            const jfy_node *title = jfyp_node_child(c, JFY_N_TITLE);
            const jfy_node *label = jfyp_node_child(c, JFY_N_LABEL);
            char *tt = title ? jfyp_node_plain(title) : NULL;
            if (tt && *tt) {
                jfyp_buf_puts(b, " ");
                if (label && label->text && *label->text) {
                    jfyp_buf_puts(b, label->text);
                    jfyp_buf_puts(b, " ");
                }
                jfyp_buf_puts(b, tt);
                jfyp_buf_puts(b, ":");
            }
            free(tt);
            abstract_blocks(b, c);
        } else if (c->type != JFY_N_TITLE && t) {
            jfyp_buf_puts(b, " ");
            jfyp_buf_puts(b, t);
        }
        free(t);
    }
}

static jv *abstract_text(ld *cx, const jfy_node *n) {
    if (!n)
        return NULL;
    jfyp_buf b;
    jfyp_buf_init(&b);
    abstract_blocks(&b, n);
    char *t = jfyp_buf_finish(&b);
    if (!t)
        return NULL;
    jfyp_squeeze(t);
    jv *j = str(cx, t);
    free(t);
    return j;
}

/* Appends v to the array at o[k], creating it. Repeatable properties are
 * always arrays, even of one, so consumers see one shape. */
static void push(ld *cx, jv *o, const char *k, jv *v) {
    if (!v)
        return;
    jv *a = jv_get(o, k);
    if (!a) {
        a = jv_array(cx);
        put(cx, o, k, a);
    }
    /* jansson's append to a value that is no array dropped the value */
    if (a && a->type == JV_ARRAY)
        append(cx, a, NULL, v);
}

static const char *attr(const jfy_node *n, const char *k) { return jfyp_node_attr(n, k); }

static jv *iso_date(ld *cx, const jfy_node *d) {
    const char *y = attr(d, "year"), *m = attr(d, "month"), *day = attr(d, "day");
    if (!y)
        return NULL;
    char b[16];
    if (m && day)
        snprintf(b, sizeof b, "%s-%s-%s", y, m, day);
    else if (m)
        snprintf(b, sizeof b, "%s-%s", y, m);
    else
        snprintf(b, sizeof b, "%s", y);
    return jv_string(cx, b);
}

static jv *person_from_name(ld *cx, const jfy_node *name) {
    jv *p = typed(cx, "Person");
    const char *g = attr(name, "given"), *s = attr(name, "surname");
    char *full = jfyp_printf("%s%s%s", g ? g : "", g && s ? " " : "", s ? s : "");
    put(cx, p, "name", str(cx, full));
    free(full);
    put(cx, p, "givenName", str(cx, g));
    put(cx, p, "familyName", str(cx, s));
    put(cx, p, "honorificSuffix", str(cx, attr(name, "suffix")));
    return p;
}

static jv *postal_address(ld *cx, const jfy_node *aff) {
    jv *a = typed(cx, "PostalAddress");
    jfyp_buf street;
    jfyp_buf_init(&street);
    for (const jfy_node *k = aff->first; k; k = k->next) {
        switch (k->type) {
        case JFY_N_ADDR_LINE:
            if (street.len)
                jfyp_buf_puts(&street, ", ");
            jfyp_buf_puts(&street, k->text ? k->text : "");
            break;
        case JFY_N_CITY: put(cx, a, "addressLocality", str(cx, k->text)); break;
        case JFY_N_STATE: put(cx, a, "addressRegion", str(cx, k->text)); break;
        case JFY_N_POSTAL_CODE: put(cx, a, "postalCode", str(cx, k->text)); break;
        case JFY_N_COUNTRY:
            put(cx, a, "addressCountry", str(cx, attr(k, "code") ? attr(k, "code") : k->text));
            break;
        default: break;
        }
    }
    char *st = jfyp_buf_finish(&street);
    put(cx, a, "streetAddress", str(cx, st));
    free(st);
    if (a && a->n == 1)
        return NULL;
    return a;
}

/* An aff as an Organization: its institution (or whole text) as name,
 * the rest as a PostalAddress and contact points. */
static jv *organization(ld *cx, const jfy_node *aff) {
    jv *o = typed(cx, "Organization");
    const char *id = attr(aff, "id");
    if (id) {
        char *ref = jfyp_printf("#%s", id);
        put(cx, o, "@id", str(cx, ref));
        free(ref);
    }
    /* Department and university tagged apart are one organization's name. */
    jv *name = NULL;
    jfyp_buf nb;
    jfyp_buf_init(&nb);
    for (const jfy_node *k = aff->first; k; k = k->next)
        if (k->type == JFY_N_INSTITUTION && k->text) {
            if (nb.len)
                jfyp_buf_puts(&nb, ", ");
            jfyp_buf_puts(&nb, k->text);
        }
    char *joined = jfyp_buf_finish(&nb);
    if (joined && *joined)
        name = str(cx, joined);
    free(joined);
    if (!name) {
        /* No tagged institution: the aff's own text names it. */
        name = plain(cx, aff);
    }
    put(cx, o, "name", name);
    put(cx, o, "address", postal_address(cx, aff));
    for (const jfy_node *k = aff->first; k; k = k->next) {
        if (k->type == JFY_N_PHONE)
            push(cx, o, "telephone", str(cx, k->text));
        else if (k->type == JFY_N_FAX)
            push(cx, o, "faxNumber", str(cx, k->text));
        else if (k->type == JFY_N_EMAIL)
            push(cx, o, "email", str(cx, k->text));
        else if (k->type == JFY_N_URI)
            put(cx, o, "url", str(cx, attr(k, "href") ? attr(k, "href") : k->text));
    }
    return o;
}

/* An xref's aff: in the article's front, or among the journal's offices
 * (an editorial's authors are often masthead staff). */
static const jfy_node *find_aff(const jfy_node *scope, const char *rid) {
    for (const jfy_node *k = scope->first; k; k = k->next)
        if (k->type == JFY_N_AFF && attr(k, "id") && strcmp(attr(k, "id"), rid) == 0)
            return k;
    const jfy_node *j = jfyp_node_child(scope, JFY_N_JOURNAL);
    return j ? find_aff(j, rid) : NULL;
}

static jv *contrib_person(ld *cx, const jfy_node *c, const jfy_node *scope) {
    const jfy_node *name = jfyp_node_child(c, JFY_N_NAME);
    jv *p;
    if (name) {
        p = person_from_name(cx, name);
    } else {
        p = typed(cx, "Organization");
        put(cx, p, "name", plain(cx, jfyp_node_child(c, JFY_N_COLLAB)));
    }
    for (const jfy_node *k = c->first; k; k = k->next) {
        if (k->type == JFY_N_EMAIL) {
            put(cx, p, "email", str(cx, k->text));
        } else if (k->type == JFY_N_ORCID && k->text) {
            const char *id = k->text;
            const char *bare = strstr(id, "orcid.org/");
            char *url = jfyp_printf("https://orcid.org/%s", bare ? bare + 10 : id);
            put(cx, p, "identifier", str(cx, url));
            put(cx, p, "sameAs", str(cx, url));
            free(url);
        } else if (k->type == JFY_N_ROLE && name && !attr(k, "vocab")) {
            /* a CRediT role says what the person did for this article,
             * not their job; schema.org's Person has no place for it */
            put(cx, p, "jobTitle", str(cx, k->text));
        } else if (k->type == JFY_N_XREF && attr(k, "ref-type") &&
                   strcmp(attr(k, "ref-type"), "aff") == 0 && attr(k, "rid") && name) {
            const jfy_node *aff = find_aff(scope, attr(k, "rid"));
            if (aff)
                push(cx, p, "affiliation", organization(cx, aff));
        }
    }
    return p;
}

static void contributors(ld *cx, jv *art, const jfy_node *front) {
    for (const jfy_node *g = front->first; g; g = g->next) {
        if (g->type != JFY_N_CONTRIBS)
            continue;
        for (const jfy_node *c = g->first; c; c = c->next) {
            if (c->type != JFY_N_CONTRIB)
                continue;
            const char *t = attr(c, "contrib-type");
            const char *prop = t && strcmp(t, "editor") == 0 ? "editor" : "author";
            push(cx, art, prop, contrib_person(cx, c, front));
        }
    }
}

/* The masthead: staff as the publisher's employees in their roles
 * (schema.org's Role pattern), offices as departments with addresses. */
static jv *publisher(ld *cx, const jfy_node *journal) {
    const char *pn = attr(journal, "publisher-name");
    if (!pn && !journal->first)
        return NULL;
    jv *o = typed(cx, "Organization");
    put(cx, o, "name", str(cx, pn));
    put(cx, o, "location", str(cx, attr(journal, "publisher-loc")));
    for (const jfy_node *k = journal->first; k; k = k->next)
        if (k->type == JFY_N_AFF)
            push(cx, o, "department", organization(cx, k));
    for (const jfy_node *g = journal->first; g; g = g->next) {
        if (g->type != JFY_N_CONTRIBS)
            continue;
        for (const jfy_node *c = g->first; c; c = c->next) {
            if (c->type != JFY_N_CONTRIB)
                continue;
            const jfy_node *name = jfyp_node_child(c, JFY_N_NAME);
            if (!name)
                continue;
            jv *person = person_from_name(cx, name);
            for (const jfy_node *x = c->first; x; x = x->next)
                if (x->type == JFY_N_XREF && attr(x, "rid")) {
                    char *ref = jfyp_printf("#%s", attr(x, "rid"));
                    jv *w = jv_object(cx);
                    put(cx, w, "@id", str(cx, ref));
                    free(ref);
                    put(cx, person, "worksFor", w);
                    break;
                }
            int roles = 0;
            for (const jfy_node *r = c->first; r; r = r->next) {
                if (r->type != JFY_N_ROLE)
                    continue;
                jv *role = typed(cx, "OrganizationRole");
                put(cx, role, "roleName", str(cx, r->text));
                put(cx, role, "employee", person);
                push(cx, o, "employee", role);
                roles++;
            }
            if (!roles)
                push(cx, o, "employee", person);
        }
    }
    return o;
}

static jv *periodical(ld *cx, const jfy_node *journal) {
    jv *p = typed(cx, "Periodical");
    put(cx, p, "name", str(cx, attr(journal, "title")));
    put(cx, p, "alternateName", str(cx, attr(journal, "abbrev-title")));
    for (const jfy_attr *a = journal->attrs; a; a = a->next)
        if (strncmp(a->key, "issn:", 5) == 0)
            push(cx, p, "issn", str(cx, a->value));
    put(cx, p, "publisher", publisher(cx, journal));
    return p;
}

/* Cover credit: the issue's image, its title and artist tagged inline. */
static jv *cover_image(ld *cx, const jfy_node *notes) {
    jv *img = typed(cx, "ImageObject");
    /* The caption is the credit itself, not its "Cover" label. */
    const jfy_node *para = jfyp_node_child(notes, JFY_N_PARAGRAPH);
    put(cx, img, "caption", plain(cx, para ? para : notes));
    for (const jfy_node *n = notes->first; n; n = jfyp_node_next_in(notes, n)) {
        if (n->type != JFY_N_NAMED || !attr(n, "content-type"))
            continue;
        const char *ct = attr(n, "content-type");
        if (strcmp(ct, "cover-title") == 0 || strcmp(ct, "title") == 0) {
            put(cx, img, "name", plain(cx, n));
        } else if (strcmp(ct, "artist") == 0 || strcmp(ct, "creator") == 0) {
            jv *p = typed(cx, "Person");
            put(cx, p, "name", plain(cx, n));
            push(cx, img, "creator", p);
        }
    }
    return img;
}

static jv *citation(ld *cx, const jfy_node *ref) {
    const jfy_node *cit = jfyp_node_child(ref, JFY_N_CITATION);
    if (!cit)
        return NULL;
    /* the first of each part, in one walk of the citation */
    const jfy_node *at = NULL, *src = NULL, *ct = NULL, *vol = NULL, *fpage = NULL;
    for (const jfy_node *n = cit->first; n; n = jfyp_node_next_in(cit, n)) {
        const jfy_node **first = n->type == JFY_N_ARTICLE_TITLE   ? &at
                                 : n->type == JFY_N_SOURCE        ? &src
                                 : n->type == JFY_N_CHAPTER_TITLE ? &ct
                                 : n->type == JFY_N_VOLUME        ? &vol
                                 : n->type == JFY_N_FPAGE         ? &fpage
                                                                  : NULL;
        if (first && !*first)
            *first = n;
    }
    /* A work with volume or pages but no tagged title is still an article
     * of a periodical; one with a publisher and no volume is a book. */
    int periodical = at || vol || fpage;
    const char *type = ct ? "Chapter"
                       : periodical ? "ScholarlyArticle"
                       : src ? "Book"
                             : "CreativeWork";
    int paged = strcmp(type, "ScholarlyArticle") == 0 || strcmp(type, "Chapter") == 0;
    jv *w = typed(cx, type);
    if (at || (periodical && !ct)) {
        put(cx, w, "name", plain(cx, at ? at : src));
        if (src && at) {
            jv *per = typed(cx, "Periodical");
            put(cx, per, "name", plain(cx, src));
            put(cx, w, "isPartOf", per);
        }
    } else if (ct) {
        put(cx, w, "name", plain(cx, ct));
        if (src) {
            jv *book = typed(cx, "Book");
            put(cx, book, "name", plain(cx, src));
            put(cx, w, "isPartOf", book);
        }
    } else if (src) {
        put(cx, w, "name", plain(cx, src));
    } else {
        put(cx, w, "name", plain(cx, cit));
    }
    for (const jfy_node *n = cit->first; n; n = jfyp_node_next_in(cit, n)) {
        if (n->type == JFY_N_NAME) {
            push(cx, w, "author", person_from_name(cx, n));
        } else if (n->type == JFY_N_STRING_NAME) {
            jv *p = typed(cx, "Person");
            put(cx, p, "name", plain(cx, n));
            put(cx, p, "familyName", plain(cx, jfyp_node_child(n, JFY_N_SURNAME)));
            put(cx, p, "givenName", plain(cx, jfyp_node_child(n, JFY_N_GIVEN)));
            push(cx, w, "author", p);
        } else if (n->type == JFY_N_YEAR && !jv_get(w, "datePublished")) {
            put(cx, w, "datePublished", plain(cx, n));
        } else if (n->type == JFY_N_PUB_ID && n->text && attr(n, "type") &&
                   strcmp(attr(n, "type"), "doi") == 0) {
            char *u = jfyp_printf("https://doi.org/%s", n->text);
            put(cx, w, "sameAs", str(cx, u));
            free(u);
            jv *pv = typed(cx, "PropertyValue");
            put(cx, pv, "propertyID", jv_literal(cx, "doi"));
            put(cx, pv, "value", str(cx, n->text));
            put(cx, w, "identifier", pv);
        } else if (n->type == JFY_N_FPAGE && paged) {
            put(cx, w, "pageStart", plain(cx, n));
        } else if (n->type == JFY_N_LPAGE && paged) {
            put(cx, w, "pageEnd", plain(cx, n));
        }
    }
    return w;
}

static jv *build(ld *cx, const jfy_node *doc) {
    jv *art = jv_object(cx);
    if (!art)
        return NULL;
    put(cx, art, "@context", jv_literal(cx, "https://schema.org"));
    put(cx, art, "@type", jv_literal(cx, "ScholarlyArticle"));
    const jfy_node *front = jfyp_node_child(doc, JFY_N_FRONT);
    const jfy_node *journal = front ? jfyp_node_child(front, JFY_N_JOURNAL) : NULL;
    const jfy_node *k;
    const char *doi = NULL;
    if (front)
        for (k = front->first; k; k = k->next)
            if (k->type == JFY_N_ARTICLE_ID && attr(k, "type") &&
                strcmp(attr(k, "type"), "doi") == 0)
                doi = k->text;
    if (doi) {
        char *u = jfyp_printf("https://doi.org/%s", doi);
        put(cx, art, "@id", str(cx, u));
        put(cx, art, "sameAs", str(cx, u));
        free(u);
        jv *pv = typed(cx, "PropertyValue");
        put(cx, pv, "propertyID", jv_literal(cx, "doi"));
        put(cx, pv, "value", str(cx, doi));
        put(cx, art, "identifier", pv);
    }
    if (!front)
        return art;
    put(cx, art, "headline", plain(cx, jfyp_node_child(front, JFY_N_TITLE)));
    /* the title again in another language where there is no subtitle */
    put(cx, art, "alternativeHeadline", plain(cx, jfyp_node_child(front, JFY_N_SUBTITLE)
                                              ? jfyp_node_child(front, JFY_N_SUBTITLE)
                                              : jfyp_node_child(front, JFY_N_TRANS_TITLE)));
    put(cx, art, "genre", str(cx, attr(doc, "article-type")));
    put(cx, art, "articleSection", str(cx, attr(front, "heading")));
    put(cx, art, "inLanguage", str(cx, attr(doc, "lang") ? attr(doc, "lang") : "en"));
    contributors(cx, art, front);
    for (k = front->first; k; k = k->next)
        if (k->type == JFY_N_DATE &&
            (strcmp(attr(k, "type"), "pub") == 0 || strcmp(attr(k, "type"), "collection") == 0))
            put(cx, art, "datePublished", iso_date(cx, k)); /* the article's, or its issue's */
    put(cx, art, "pageStart", str(cx, attr(front, "fpage")));
    put(cx, art, "pageEnd", str(cx, attr(front, "lpage")));
    if ((k = jfyp_node_child(front, JFY_N_PERMISSIONS))) {
        const char *y = attr(k, "year");
        if (y)
            put(cx, art, "copyrightYear", jv_integer(cx, atoi(y)));
        if (attr(k, "holder")) {
            jv *h = typed(cx, "Organization");
            put(cx, h, "name", str(cx, attr(k, "holder")));
            put(cx, art, "copyrightHolder", h);
        }
        put(cx, art, "copyrightNotice", str(cx, attr(k, "statement")));
        const jfy_node *lic = jfyp_node_child(k, JFY_N_LICENSE);
        if (lic)
            put(cx, art, "license",
                attr(lic, "href") ? str(cx, attr(lic, "href")) : plain(cx, lic));
    }
    /* The main abstract (no abstract-type), else the first of any kind. */
    const jfy_node *ab = NULL;
    for (k = front->first; k; k = k->next)
        if (k->type == JFY_N_ABSTRACT && (!ab || (attr(ab, "type") && !attr(k, "type"))))
            ab = k;
    put(cx, art, "abstract", abstract_text(cx, ab));
    for (k = front->first; k; k = k->next)
        if (k->type == JFY_N_KEYWORDS)
            for (const jfy_node *w = k->first; w; w = w->next)
                if (w->type == JFY_N_KEYWORD)
                    push(cx, art, "keywords", plain(cx, w));

    /* isPartOf: issue -> volume -> periodical, as deep as the facts go. */
    jv *part = journal ? periodical(cx, journal) : NULL;
    jv *issue_node = NULL;
    if (attr(front, "volume")) {
        jv *v = typed(cx, "PublicationVolume");
        put(cx, v, "volumeNumber", str(cx, attr(front, "volume")));
        put(cx, v, "isPartOf", part);
        part = v;
    }
    if (attr(front, "issue")) {
        jv *i = typed(cx, "PublicationIssue");
        put(cx, i, "issueNumber", str(cx, attr(front, "issue")));
        put(cx, i, "isPartOf", part);
        part = issue_node = i;
    }
    for (k = front->first; k; k = k->next) {
        if (k->type != JFY_N_NOTES || !attr(k, "type"))
            continue;
        const char *t = attr(k, "type");
        if (strcmp(t, "front-matter") == 0)
            continue; /* text no reader placed: no credit */
        if (strcmp(t, "cover") == 0)
            put(cx, issue_node ? issue_node : art, "image", cover_image(cx, k));
        else
            push(cx, art, "creditText", plain(cx, k));
    }
    put(cx, art, "isPartOf", part);

    /* A reviewed book: what the review is about. */
    for (const jfy_node *n = front->first; n; n = n->next) {
        if (n->type != JFY_N_PRODUCT)
            continue;
        jv *b = typed(cx, attr(n, "type") && strcmp(attr(n, "type"), "book") == 0 ? "Book"
                                                                                   : "Product");
        put(cx, b, "name", plain(cx, jfyp_node_find(n, JFY_N_SOURCE)));
        for (const jfy_node *w = n->first; w; w = jfyp_node_next_in(n, w))
            if (w->type == JFY_N_NAME)
                push(cx, b, "author", person_from_name(cx, w));
        put(cx, b, "datePublished", plain(cx, jfyp_node_find(n, JFY_N_YEAR)));
        put(cx, b, "isbn", plain(cx, jfyp_node_find(n, JFY_N_ISBN)));
        const jfy_node *pub = jfyp_node_find(n, JFY_N_PUBLISHER_NAME);
        if (pub) {
            jv *o = typed(cx, "Organization");
            put(cx, o, "name", plain(cx, pub));
            put(cx, b, "publisher", o);
        }
        push(cx, art, "about", b);
    }

    /* Cross-references to other articles by page, wherever they are on
     * the page (body, or a cover credit): mentions. */
    for (const jfy_node *n = doc->first; n; n = jfyp_node_next_in(doc, n)) {
        if (n->type != JFY_N_RELATED)
            continue;
        jv *m = typed(cx, "ScholarlyArticle");
        put(cx, m, "name", str(cx, attr(n, "title")));
        put(cx, m, "pageStart", str(cx, attr(n, "page")));
        if (attr(n, "doi")) {
            char *u = jfyp_printf("https://doi.org/%s", attr(n, "doi"));
            put(cx, m, "sameAs", str(cx, u));
            free(u);
        }
        put(cx, m, "description", plain(cx, n));
        push(cx, art, "mentions", m);
    }
    const jfy_node *back = jfyp_node_child(doc, JFY_N_BACK);
    for (const jfy_node *n = back ? back->first : NULL; n; n = jfyp_node_next_in(back, n))
        if (n->type == JFY_N_REF)
            push(cx, art, "citation", citation(cx, n));
    return art;
}

/* The dump below writes exactly what jansson's json_dumps(JSON_INDENT(2))
 * wrote for these values (objects in insertion order, arrays, strings,
 * integers), in one pass into one buffer. */

/* Inlined into dump_value: a line break and indent before every member
 * (some 1,400 a page) cost a call each. */
static inline __attribute__((always_inline)) void dump_indent(jfyp_buf *b, int depth) {
    static const char nl_spaces[] = "\n                                ";
    size_t n = (size_t)depth * 2 + 1;
    if (n < sizeof nl_spaces) {
        jfyp_out_put(b, nl_spaces, n);
        return;
    }
    jfyp_out_putc(b, '\n');
    for (n--; n;) {
        size_t k = n < sizeof nl_spaces - 2 ? n : sizeof nl_spaces - 2;
        jfyp_out_put(b, nl_spaces + 1, k);
        n -= k;
    }
}

/* Whether the eight bytes at p hold a byte JSON escapes (below 0x20, '"',
 * '\\'), tested as one word (the bit tests are exact for "any byte below
 * 0x20" and "any byte equal"). */
static int escapes_in_word(const char *p) {
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    uint64_t w, q, bs;
    memcpy(&w, p, 8);
    q = w ^ (ones * '"');
    bs = w ^ (ones * '\\');
    return ((((w - ones * 0x20) & ~w) | ((q - ones) & ~q) | ((bs - ones) & ~bs)) & highs) != 0;
}

/* Bytes of s[0..n) before the first one JSON escapes, tested eight at a
 * time: a word with none of them is skipped whole. */
static size_t plain_run(const char *s, size_t n) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8)
        if (escapes_in_word(s + i))
            break;
    /* the last bytes, fewer than eight: the word ending at n (its first
     * bytes tested already) settles most strings without the byte walk,
     * which was half of this cost (bench/instructions) */
    if (i + 8 > n && i < n && n >= 8 && !escapes_in_word(s + n - 8))
        return n;
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c == '"' || c == '\\')
            break;
    }
    return i;
}

static void dump_string(jfyp_buf *b, const char *s, size_t len) {
    static const char hex[] = "0123456789ABCDEF";
    const char *end = s + len;
    jfyp_out_putc(b, '"');
    for (;;) {
        size_t k = plain_run(s, (size_t)(end - s));
        jfyp_out_put(b, s, k);
        s += k;
        if (s == end)
            break;
        unsigned char c = (unsigned char)*s++;
        switch (c) {
        case '"': jfyp_out_put(b, "\\\"", 2); break;
        case '\\': jfyp_out_put(b, "\\\\", 2); break;
        case '\b': jfyp_out_put(b, "\\b", 2); break;
        case '\f': jfyp_out_put(b, "\\f", 2); break;
        case '\n': jfyp_out_put(b, "\\n", 2); break;
        case '\r': jfyp_out_put(b, "\\r", 2); break;
        case '\t': jfyp_out_put(b, "\\t", 2); break;
        default: {
            char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            jfyp_out_put(b, u, 6);
        }
        }
    }
    jfyp_out_putc(b, '"');
}

/* A key and its colon: keys are this file's names of schema.org
 * properties, which JSON needs no escape in. */
static void dump_key(jfyp_buf *b, const char *k) {
    size_t n = strlen(k);
    if (!jfyp_out_room(b, n + 4))
        return;
    char *o = b->data + b->len;
    o[0] = '"';
    memcpy(o + 1, k, n);
    memcpy(o + 1 + n, "\": ", 3);
    b->len += n + 4;
}

static void dump_value(jfyp_buf *b, const jv *v, int depth) {
    switch (v->type) {
    case JV_INTEGER: {
        char num[32];
        int n = snprintf(num, sizeof num, "%lld", v->i);
        jfyp_out_put(b, num, (size_t)n);
        return;
    }
    case JV_STRING: dump_string(b, v->s, v->len); return;
    default: {
        int obj = v->type == JV_OBJECT;
        jfyp_out_putc(b, obj ? '{' : '[');
        if (v->first) {
            for (const jv_item *m = v->first; m; m = m->next) {
                dump_indent(b, depth + 1);
                if (obj)
                    dump_key(b, m->key);
                dump_value(b, m->value, depth + 1);
                if (m->next)
                    jfyp_out_putc(b, ',');
            }
            dump_indent(b, depth);
        }
        jfyp_out_putc(b, obj ? '}' : ']');
    }
    }
}

jfyp_jsonld *jfyp_jsonld_build(const jfy_node *doc) {
    jfyp_jsonld *j = calloc(1, sizeof *j);
    if (!j)
        return NULL;
    ld cx = {&j->arena};
    j->root = build(&cx, doc);
    if (!j->root || j->arena.failed) {
        jfyp_jsonld_free(j);
        return NULL;
    }
    return j;
}

void jfyp_jsonld_free(jfyp_jsonld *j) {
    if (!j)
        return;
    jfyp_arena_free(&j->arena);
    free(j);
}

char *jfyp_jsonld_dump(const jfyp_jsonld *j, size_t *len) {
    jfyp_buf b;
    jfyp_buf_init(&b);
    dump_value(&b, j->root, 0);
    jfyp_out_putc(&b, '\n');
    return jfyp_out_finish(&b, len);
}
