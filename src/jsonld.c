/* jsonld.c - the schema.org JSON-LD emitter: reads the recognized tree and
 * builds one ScholarlyArticle with jansson. Every type and property used
 * here exists in schema.org and is valid where it is used (checked by the
 * test suite against the vocabulary). Keys are emitted in a fixed order so
 * the same tree always gives the same bytes. */
#include "jsonld.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

/* json_object_set_new that ignores NULL values (absent facts). */
static void put(json_t *o, const char *k, json_t *v) {
    if (v)
        json_object_set_new(o, k, v);
}

static json_t *str(const char *s) { return s && *s ? json_string(s) : NULL; }

static json_t *typed(const char *type) {
    json_t *o = json_object();
    put(o, "@type", json_string(type));
    return o;
}

/* Plain text of a subtree, whitespace collapsed, as a JSON string. */
static json_t *plain(const jfy_node *n) {
    if (!n)
        return NULL;
    char *t = jfyp_node_plain(n);
    if (!t)
        return NULL;
    jfyp_squeeze(jfyp_trim(t));
    json_t *j = str(t);
    free(t);
    return j;
}

/* An abstract as one text: its blocks spaced apart, a section's title
 * leading its text as "Title: ". */
static void abstract_blocks(jfyp_buf *b, const jfy_node *n) {
    for (const jfy_node *c = n->first; c; c = c->next) {
        if (c->type == JFY_N_TITLE && n->type == JFY_N_ABSTRACT)
            continue;
        char *t = c->type == JFY_N_SECTION ? NULL : jfyp_node_plain(c);
        if (c->type == JFY_N_SECTION) {
            const jfy_node *title = jfyp_node_child(c, JFY_N_TITLE);
            char *tt = title ? jfyp_node_plain(title) : NULL;
            if (tt && *tt) {
                jfyp_buf_puts(b, " ");
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

static json_t *abstract_text(const jfy_node *n) {
    if (!n)
        return NULL;
    jfyp_buf b;
    jfyp_buf_init(&b);
    abstract_blocks(&b, n);
    char *t = jfyp_buf_finish(&b);
    if (!t)
        return NULL;
    jfyp_squeeze(jfyp_trim(t));
    json_t *j = str(t);
    free(t);
    return j;
}

/* Appends v to the array at o[k], creating it. Repeatable properties are
 * always arrays, even of one, so consumers see one shape. */
static void push(json_t *o, const char *k, json_t *v) {
    if (!v)
        return;
    json_t *a = json_object_get(o, k);
    if (!a) {
        a = json_array();
        json_object_set_new(o, k, a);
    }
    json_array_append_new(a, v);
}

static const char *attr(const jfy_node *n, const char *k) { return jfyp_node_attr(n, k); }

static json_t *iso_date(const jfy_node *d) {
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
    return json_string(b);
}

static json_t *person_from_name(const jfy_node *name) {
    json_t *p = typed("Person");
    const char *g = attr(name, "given"), *s = attr(name, "surname");
    char *full = jfyp_printf("%s%s%s", g ? g : "", g && s ? " " : "", s ? s : "");
    put(p, "name", str(full));
    free(full);
    put(p, "givenName", str(g));
    put(p, "familyName", str(s));
    put(p, "honorificSuffix", str(attr(name, "suffix")));
    return p;
}

static json_t *postal_address(const jfy_node *aff) {
    json_t *a = typed("PostalAddress");
    jfyp_buf street;
    jfyp_buf_init(&street);
    for (const jfy_node *k = aff->first; k; k = k->next) {
        switch (k->type) {
        case JFY_N_ADDR_LINE:
            if (street.len)
                jfyp_buf_puts(&street, ", ");
            jfyp_buf_puts(&street, k->text ? k->text : "");
            break;
        case JFY_N_CITY: put(a, "addressLocality", str(k->text)); break;
        case JFY_N_STATE: put(a, "addressRegion", str(k->text)); break;
        case JFY_N_POSTAL_CODE: put(a, "postalCode", str(k->text)); break;
        case JFY_N_COUNTRY:
            put(a, "addressCountry", str(attr(k, "code") ? attr(k, "code") : k->text));
            break;
        default: break;
        }
    }
    char *st = jfyp_buf_finish(&street);
    put(a, "streetAddress", str(st));
    free(st);
    if (json_object_size(a) == 1) {
        json_decref(a);
        return NULL;
    }
    return a;
}

/* An aff as an Organization: its institution (or whole text) as name,
 * the rest as a PostalAddress and contact points. */
static json_t *organization(const jfy_node *aff) {
    json_t *o = typed("Organization");
    const char *id = attr(aff, "id");
    if (id) {
        char *ref = jfyp_printf("#%s", id);
        put(o, "@id", str(ref));
        free(ref);
    }
    /* Department and university tagged apart are one organization's name. */
    json_t *name = NULL;
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
        name = str(joined);
    free(joined);
    if (!name) {
        /* No tagged institution: the aff's own text names it. */
        name = plain(aff);
    }
    put(o, "name", name);
    put(o, "address", postal_address(aff));
    for (const jfy_node *k = aff->first; k; k = k->next) {
        if (k->type == JFY_N_PHONE)
            push(o, "telephone", str(k->text));
        else if (k->type == JFY_N_FAX)
            push(o, "faxNumber", str(k->text));
        else if (k->type == JFY_N_EMAIL)
            push(o, "email", str(k->text));
        else if (k->type == JFY_N_URI)
            put(o, "url", str(attr(k, "href") ? attr(k, "href") : k->text));
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

static json_t *contrib_person(const jfy_node *c, const jfy_node *scope) {
    const jfy_node *name = jfyp_node_child(c, JFY_N_NAME);
    json_t *p;
    if (name) {
        p = person_from_name(name);
    } else {
        p = typed("Organization");
        put(p, "name", plain(jfyp_node_child(c, JFY_N_COLLAB)));
    }
    for (const jfy_node *k = c->first; k; k = k->next) {
        if (k->type == JFY_N_EMAIL) {
            put(p, "email", str(k->text));
        } else if (k->type == JFY_N_ORCID && k->text) {
            const char *id = k->text;
            const char *bare = strstr(id, "orcid.org/");
            char *url = jfyp_printf("https://orcid.org/%s", bare ? bare + 10 : id);
            put(p, "identifier", str(url));
            put(p, "sameAs", str(url));
            free(url);
        } else if (k->type == JFY_N_ROLE && name && !attr(k, "vocab")) {
            /* a CRediT role says what the person did for this article,
             * not their job; schema.org's Person has no place for it */
            put(p, "jobTitle", str(k->text));
        } else if (k->type == JFY_N_XREF && attr(k, "ref-type") &&
                   strcmp(attr(k, "ref-type"), "aff") == 0 && attr(k, "rid") && name) {
            const jfy_node *aff = find_aff(scope, attr(k, "rid"));
            if (aff)
                push(p, "affiliation", organization(aff));
        }
    }
    return p;
}

static void contributors(json_t *art, const jfy_node *front) {
    for (const jfy_node *g = front->first; g; g = g->next) {
        if (g->type != JFY_N_CONTRIBS)
            continue;
        for (const jfy_node *c = g->first; c; c = c->next) {
            if (c->type != JFY_N_CONTRIB)
                continue;
            const char *t = attr(c, "contrib-type");
            const char *prop = t && strcmp(t, "editor") == 0 ? "editor" : "author";
            push(art, prop, contrib_person(c, front));
        }
    }
}

/* The masthead: staff as the publisher's employees in their roles
 * (schema.org's Role pattern), offices as departments with addresses. */
static json_t *publisher(const jfy_node *journal) {
    const char *pn = attr(journal, "publisher-name");
    if (!pn && !journal->first)
        return NULL;
    json_t *o = typed("Organization");
    put(o, "name", str(pn));
    put(o, "location", str(attr(journal, "publisher-loc")));
    for (const jfy_node *k = journal->first; k; k = k->next)
        if (k->type == JFY_N_AFF)
            push(o, "department", organization(k));
    for (const jfy_node *g = journal->first; g; g = g->next) {
        if (g->type != JFY_N_CONTRIBS)
            continue;
        for (const jfy_node *c = g->first; c; c = c->next) {
            if (c->type != JFY_N_CONTRIB)
                continue;
            const jfy_node *name = jfyp_node_child(c, JFY_N_NAME);
            if (!name)
                continue;
            json_t *person = person_from_name(name);
            for (const jfy_node *x = c->first; x; x = x->next)
                if (x->type == JFY_N_XREF && attr(x, "rid")) {
                    char *ref = jfyp_printf("#%s", attr(x, "rid"));
                    json_t *w = json_object();
                    put(w, "@id", str(ref));
                    free(ref);
                    put(person, "worksFor", w);
                    break;
                }
            int roles = 0;
            for (const jfy_node *r = c->first; r; r = r->next) {
                if (r->type != JFY_N_ROLE)
                    continue;
                json_t *role = typed("OrganizationRole");
                put(role, "roleName", str(r->text));
                put(role, "employee", json_incref(person));
                push(o, "employee", role);
                roles++;
            }
            if (!roles)
                push(o, "employee", json_incref(person));
            json_decref(person);
        }
    }
    return o;
}

static json_t *periodical(const jfy_node *journal) {
    json_t *p = typed("Periodical");
    put(p, "name", str(attr(journal, "title")));
    put(p, "alternateName", str(attr(journal, "abbrev-title")));
    for (const jfy_attr *a = journal->attrs; a; a = a->next)
        if (strncmp(a->key, "issn:", 5) == 0)
            push(p, "issn", str(a->value));
    put(p, "publisher", publisher(journal));
    return p;
}

/* Cover credit: the issue's image, its title and artist tagged inline. */
static json_t *cover_image(const jfy_node *notes) {
    json_t *img = typed("ImageObject");
    /* The caption is the credit itself, not its "Cover" label. */
    const jfy_node *para = jfyp_node_child(notes, JFY_N_PARAGRAPH);
    put(img, "caption", plain(para ? para : notes));
    for (const jfy_node *n = notes->first; n; n = jfyp_node_next_in(notes, n)) {
        if (n->type != JFY_N_NAMED || !attr(n, "content-type"))
            continue;
        const char *ct = attr(n, "content-type");
        if (strcmp(ct, "cover-title") == 0 || strcmp(ct, "title") == 0) {
            put(img, "name", plain(n));
        } else if (strcmp(ct, "artist") == 0 || strcmp(ct, "creator") == 0) {
            json_t *p = typed("Person");
            put(p, "name", plain(n));
            push(img, "creator", p);
        }
    }
    return img;
}

static json_t *citation(const jfy_node *ref) {
    const jfy_node *cit = jfyp_node_child(ref, JFY_N_CITATION);
    if (!cit)
        return NULL;
    const jfy_node *at = jfyp_node_find(cit, JFY_N_ARTICLE_TITLE);
    const jfy_node *src = jfyp_node_find(cit, JFY_N_SOURCE);
    const jfy_node *ct = jfyp_node_find(cit, JFY_N_CHAPTER_TITLE);
    /* A work with volume or pages but no tagged title is still an article
     * of a periodical; one with a publisher and no volume is a book. */
    int periodical = at || jfyp_node_find(cit, JFY_N_VOLUME) || jfyp_node_find(cit, JFY_N_FPAGE);
    const char *type = ct ? "Chapter"
                       : periodical ? "ScholarlyArticle"
                       : src ? "Book"
                             : "CreativeWork";
    int paged = strcmp(type, "ScholarlyArticle") == 0 || strcmp(type, "Chapter") == 0;
    json_t *w = typed(type);
    if (at || (periodical && !ct)) {
        put(w, "name", plain(at ? at : src));
        if (src && at) {
            json_t *per = typed("Periodical");
            put(per, "name", plain(src));
            put(w, "isPartOf", per);
        }
    } else if (ct) {
        put(w, "name", plain(ct));
        if (src) {
            json_t *book = typed("Book");
            put(book, "name", plain(src));
            put(w, "isPartOf", book);
        }
    } else if (src) {
        put(w, "name", plain(src));
    } else {
        put(w, "name", plain(cit));
    }
    for (const jfy_node *n = cit->first; n; n = jfyp_node_next_in(cit, n)) {
        if (n->type == JFY_N_NAME) {
            push(w, "author", person_from_name(n));
        } else if (n->type == JFY_N_STRING_NAME) {
            json_t *p = typed("Person");
            put(p, "name", plain(n));
            put(p, "familyName", plain(jfyp_node_child(n, JFY_N_SURNAME)));
            put(p, "givenName", plain(jfyp_node_child(n, JFY_N_GIVEN)));
            push(w, "author", p);
        } else if (n->type == JFY_N_YEAR && !json_object_get(w, "datePublished")) {
            put(w, "datePublished", plain(n));
        } else if (n->type == JFY_N_PUB_ID && n->text && attr(n, "type") &&
                   strcmp(attr(n, "type"), "doi") == 0) {
            char *u = jfyp_printf("https://doi.org/%s", n->text);
            put(w, "sameAs", str(u));
            free(u);
            json_t *pv = typed("PropertyValue");
            put(pv, "propertyID", json_string("doi"));
            put(pv, "value", str(n->text));
            put(w, "identifier", pv);
        } else if (n->type == JFY_N_FPAGE && paged) {
            put(w, "pageStart", plain(n));
        } else if (n->type == JFY_N_LPAGE && paged) {
            put(w, "pageEnd", plain(n));
        }
    }
    return w;
}

json_t *jfyp_jsonld_build(const jfy_node *doc) {
    json_t *art = json_object();
    if (!art)
        return NULL;
    put(art, "@context", json_string("https://schema.org"));
    put(art, "@type", json_string("ScholarlyArticle"));
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
        put(art, "@id", str(u));
        put(art, "sameAs", str(u));
        free(u);
        json_t *pv = typed("PropertyValue");
        put(pv, "propertyID", json_string("doi"));
        put(pv, "value", str(doi));
        put(art, "identifier", pv);
    }
    if (!front)
        return art;
    put(art, "headline", plain(jfyp_node_child(front, JFY_N_TITLE)));
    /* the title again in another language where there is no subtitle */
    put(art, "alternativeHeadline", plain(jfyp_node_child(front, JFY_N_SUBTITLE)
                                              ? jfyp_node_child(front, JFY_N_SUBTITLE)
                                              : jfyp_node_child(front, JFY_N_TRANS_TITLE)));
    put(art, "genre", str(attr(doc, "article-type")));
    put(art, "articleSection", str(attr(front, "heading")));
    put(art, "inLanguage", str(attr(doc, "lang") ? attr(doc, "lang") : "en"));
    contributors(art, front);
    for (k = front->first; k; k = k->next)
        if (k->type == JFY_N_DATE && (strcmp(attr(k, "type"), "pub") == 0 || strcmp(attr(k, "type"), "collection") == 0))
            put(art, "datePublished", iso_date(k)); /* the article's, or its issue's */
    put(art, "pageStart", str(attr(front, "fpage")));
    put(art, "pageEnd", str(attr(front, "lpage")));
    if ((k = jfyp_node_child(front, JFY_N_PERMISSIONS))) {
        const char *y = attr(k, "year");
        if (y)
            put(art, "copyrightYear", json_integer(atoi(y)));
        if (attr(k, "holder")) {
            json_t *h = typed("Organization");
            put(h, "name", str(attr(k, "holder")));
            put(art, "copyrightHolder", h);
        }
        put(art, "copyrightNotice", str(attr(k, "statement")));
        const jfy_node *lic = jfyp_node_child(k, JFY_N_LICENSE);
        if (lic)
            put(art, "license", attr(lic, "href") ? str(attr(lic, "href")) : plain(lic));
    }
    /* The main abstract (no abstract-type), else the first of any kind. */
    const jfy_node *ab = NULL;
    for (k = front->first; k; k = k->next)
        if (k->type == JFY_N_ABSTRACT && (!ab || (attr(ab, "type") && !attr(k, "type"))))
            ab = k;
    put(art, "abstract", abstract_text(ab));
    for (k = front->first; k; k = k->next)
        if (k->type == JFY_N_KEYWORDS)
            for (const jfy_node *w = k->first; w; w = w->next)
                if (w->type == JFY_N_KEYWORD)
                    push(art, "keywords", plain(w));

    /* isPartOf: issue -> volume -> periodical, as deep as the facts go. */
    json_t *part = journal ? periodical(journal) : NULL;
    json_t *issue_node = NULL;
    if (attr(front, "volume")) {
        json_t *v = typed("PublicationVolume");
        put(v, "volumeNumber", str(attr(front, "volume")));
        put(v, "isPartOf", part);
        part = v;
    }
    if (attr(front, "issue")) {
        json_t *i = typed("PublicationIssue");
        put(i, "issueNumber", str(attr(front, "issue")));
        put(i, "isPartOf", part);
        part = issue_node = i;
    }
    for (k = front->first; k; k = k->next) {
        if (k->type != JFY_N_NOTES || !attr(k, "type"))
            continue;
        const char *t = attr(k, "type");
        if (strcmp(t, "front-matter") == 0)
            continue; /* text no reader placed: no credit */
        if (strcmp(t, "cover") == 0)
            put(issue_node ? issue_node : art, "image", cover_image(k));
        else
            push(art, "creditText", plain(k));
    }
    put(art, "isPartOf", part);

    /* A reviewed book: what the review is about. */
    for (const jfy_node *n = front->first; n; n = n->next) {
        if (n->type != JFY_N_PRODUCT)
            continue;
        json_t *b = typed(attr(n, "type") && strcmp(attr(n, "type"), "book") == 0 ? "Book"
                                                                                   : "Product");
        put(b, "name", plain(jfyp_node_find(n, JFY_N_SOURCE)));
        for (const jfy_node *w = n->first; w; w = jfyp_node_next_in(n, w))
            if (w->type == JFY_N_NAME)
                push(b, "author", person_from_name(w));
        put(b, "datePublished", plain(jfyp_node_find(n, JFY_N_YEAR)));
        put(b, "isbn", plain(jfyp_node_find(n, JFY_N_ISBN)));
        const jfy_node *pub = jfyp_node_find(n, JFY_N_PUBLISHER_NAME);
        if (pub) {
            json_t *o = typed("Organization");
            put(o, "name", plain(pub));
            put(b, "publisher", o);
        }
        push(art, "about", b);
    }

    /* Cross-references to other articles by page, wherever they are on
     * the page (body, or a cover credit): mentions. */
    for (const jfy_node *n = doc->first; n; n = jfyp_node_next_in(doc, n)) {
        if (n->type != JFY_N_RELATED)
            continue;
        json_t *m = typed("ScholarlyArticle");
        put(m, "name", str(attr(n, "title")));
        put(m, "pageStart", str(attr(n, "page")));
        if (attr(n, "doi")) {
            char *u = jfyp_printf("https://doi.org/%s", attr(n, "doi"));
            put(m, "sameAs", str(u));
            free(u);
        }
        put(m, "description", plain(n));
        push(art, "mentions", m);
    }
    const jfy_node *back = jfyp_node_child(doc, JFY_N_BACK);
    for (const jfy_node *n = back ? back->first : NULL; n; n = jfyp_node_next_in(back, n))
        if (n->type == JFY_N_REF)
            push(art, "citation", citation(n));
    return art;
}

/* The dump below writes exactly what json_dumps(JSON_INDENT(2)) writes for
 * the values jfyp_jsonld_build makes (objects in insertion order, arrays,
 * strings, integers): one pass into one buffer, where jansson's goes through
 * a callback per piece and re-validates every string's UTF-8 (jansson already
 * did when the string was made). */
static void dump_indent(jfyp_buf *b, int depth) {
    static const char spaces[] = "                                ";
    jfyp_buf_putc(b, '\n');
    for (size_t n = (size_t)depth * 2; n;) {
        size_t k = n < sizeof spaces - 1 ? n : sizeof spaces - 1;
        jfyp_buf_put(b, spaces, k);
        n -= k;
    }
}

static void dump_string(jfyp_buf *b, const char *s, size_t len) {
    static const char hex[] = "0123456789ABCDEF";
    const char *end = s + len, *run = s;
    jfyp_buf_putc(b, '"');
    for (; s < end; s++) {
        unsigned char c = (unsigned char)*s;
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        jfyp_buf_put(b, run, (size_t)(s - run));
        run = s + 1;
        switch (c) {
        case '"': jfyp_buf_put(b, "\\\"", 2); break;
        case '\\': jfyp_buf_put(b, "\\\\", 2); break;
        case '\b': jfyp_buf_put(b, "\\b", 2); break;
        case '\f': jfyp_buf_put(b, "\\f", 2); break;
        case '\n': jfyp_buf_put(b, "\\n", 2); break;
        case '\r': jfyp_buf_put(b, "\\r", 2); break;
        case '\t': jfyp_buf_put(b, "\\t", 2); break;
        default: {
            char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            jfyp_buf_put(b, u, 6);
        }
        }
    }
    jfyp_buf_put(b, run, (size_t)(s - run));
    jfyp_buf_putc(b, '"');
}

/* 0, or -1 for a value the build never makes (then the caller uses jansson). */
static int dump_value(jfyp_buf *b, const json_t *v, int depth) {
    switch (json_typeof(v)) {
    case JSON_NULL: jfyp_buf_put(b, "null", 4); return 0;
    case JSON_TRUE: jfyp_buf_put(b, "true", 4); return 0;
    case JSON_FALSE: jfyp_buf_put(b, "false", 5); return 0;
    case JSON_INTEGER: {
        char num[32];
        int n = snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
        jfyp_buf_put(b, num, (size_t)n);
        return 0;
    }
    case JSON_STRING: dump_string(b, json_string_value(v), json_string_length(v)); return 0;
    case JSON_ARRAY: {
        size_t n = json_array_size(v);
        jfyp_buf_putc(b, '[');
        if (n) {
            for (size_t i = 0; i < n; i++) {
                dump_indent(b, depth + 1);
                if (dump_value(b, json_array_get(v, i), depth + 1) < 0)
                    return -1;
                if (i + 1 < n)
                    jfyp_buf_putc(b, ',');
            }
            dump_indent(b, depth);
        }
        jfyp_buf_putc(b, ']');
        return 0;
    }
    case JSON_OBJECT: {
        void *it = json_object_iter((json_t *)v);
        jfyp_buf_putc(b, '{');
        if (it) {
            while (it) {
                dump_indent(b, depth + 1);
                const char *k = json_object_iter_key(it);
                dump_string(b, k, strlen(k));
                jfyp_buf_put(b, ": ", 2);
                if (dump_value(b, json_object_iter_value(it), depth + 1) < 0)
                    return -1;
                it = json_object_iter_next((json_t *)v, it);
                if (it)
                    jfyp_buf_putc(b, ',');
            }
            dump_indent(b, depth);
        }
        jfyp_buf_putc(b, '}');
        return 0;
    }
    default: return -1;
    }
}

char *jfyp_jsonld_dump(const json_t *j, size_t *len) {
    jfyp_buf b;
    jfyp_buf_init(&b);
    if (dump_value(&b, j, 0) < 0) {
        jfyp_buf_free(&b);
        char *s = json_dumps(j, JSON_INDENT(2));
        if (!s)
            return NULL;
        jfyp_buf_init(&b);
        jfyp_buf_puts(&b, s);
        free(s);
    }
    jfyp_buf_putc(&b, '\n');
    *len = b.len;
    return jfyp_buf_finish(&b);
}
