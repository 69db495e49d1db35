/* rules.c - the checks an XSD cannot express, in the spirit of the JATS4R
 * recommendations and PMC's style rules: cross-references that resolve to
 * the right kind of element, identifiers whose check digits hold, dates
 * that exist, the facts a deposit needs. Each rule has a stable id (used in
 * messages, --report output and the man page) and a level. */
#include "rules.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "country.h"
#include "util.h"

static const jfy_rule rules[] = {
    {"rid-target", JFY_ERROR,
     "every rid names an id in the document, and an xref points at the kind of element its "
     "ref-type says (bibr at ref, aff at aff, fig at fig, table at table-wrap...)"},
    {"id-unique", JFY_ERROR, "no two elements share an id"},
    {"contrib-aff", JFY_WARNING,
     "when the article has affiliations, each author is linked to one (xref ref-type=\"aff\", "
     "an aff inside the contrib, or an aff in its contrib-group)"},
    {"contrib-type", JFY_WARNING, "every contrib says what it is (contrib-type)"},
    {"corresp-contact", JFY_WARNING,
     "a corresponding author has an email or address (in the contrib, or in the corresp note "
     "it points to)"},
    {"country-code", JFY_ERROR, "country/@country is an ISO 3166-1 alpha-2 code such as GB"},
    {"issn-check", JFY_ERROR, "an ISSN is NNNN-NNNC and its check digit is right"},
    {"orcid-check", JFY_ERROR,
     "an ORCID iD is https://orcid.org/NNNN-NNNN-NNNN-NNNC and its check digit is right"},
    {"doi-syntax", JFY_ERROR, "a DOI is a bare 10.PREFIX/SUFFIX, not a URL"},
    {"date-exists", JFY_ERROR,
     "a date with year, month and day exists (no 31 April, 29 February only in leap years), "
     "months are 1-12, years four digits, iso-8601-date agrees"},
    {"license-or-copyright", JFY_WARNING,
     "article-meta has permissions with a license or a copyright statement"},
    {"ref-source", JFY_WARNING,
     "a reference has a source or a title (a ref that is only unstructured text is a note)"},
    {"empty-text", JFY_ERROR,
     "elements that carry a required fact (article-title, journal-title, surname, source, year, "
     "issn, volume, kwd, email...) are not empty"},
};

size_t jfy_rule_count(void) { return sizeof rules / sizeof rules[0]; }

const jfy_rule *jfy_rule_at(size_t i) { return i < jfy_rule_count() ? &rules[i] : NULL; }

typedef struct {
    jfyp_rule_emit emit;
    void *ctx;
    /* id -> element: open addressing over the ids' strings (they live
     * as long as the tree), capacity a power of two */
    struct id_slot {
        const char *id;
        const jt_node *el;
    } *ids;
    size_t nids, idcap;
    int oom;
    int has_aff;
} checker;

static void report(checker *c, const jt_node *n, const char *attr, const char *rule, const char *fmt,
                   ...) __attribute__((format(printf, 5, 6)));

static jfy_level level_of(const char *rule) {
    for (size_t i = 0; i < jfy_rule_count(); i++)
        if (strcmp(rules[i].id, rule) == 0)
            return rules[i].level;
    return JFY_ERROR;
}

static void report_at(checker *c, const jt_node *n, const char *attr, jfy_level level,
                      const char *rule, const char *fmt, va_list ap) {
    char msg[768];
    vsnprintf(msg, sizeof msg, fmt, ap);
    c->emit(c->ctx, n, attr, level, rule, msg);
}

static void report(checker *c, const jt_node *n, const char *attr, const char *rule, const char *fmt,
                   ...) {
    va_list ap;
    va_start(ap, fmt);
    report_at(c, n, attr, level_of(rule), rule, fmt, ap);
    va_end(ap);
}

static void note(checker *c, const jt_node *n, const char *rule, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void note(checker *c, const jt_node *n, const char *rule, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    report_at(c, n, NULL, JFY_INFO, rule, fmt, ap);
    va_end(ap);
}

/* ---------------------------------------------------------------------- */
/* Tree helpers. JATS elements have no namespace; MathML and others do.   */

static int is(const jt_node *n, const char *name) {
    return n && n->type == JT_ELEM && n->ns == JT_NS_NONE && strcmp(n->name, name) == 0;
}

static const jt_node *child(const jt_node *n, const char *name) {
    for (const jt_node *k = n ? n->first : NULL; k; k = k->next)
        if (is(k, name))
            return k;
    return NULL;
}

/* The first descendant element with this name, depth-first. Recursion is
 * bounded by the parser's nesting limit (256 levels without XML_PARSE_HUGE). */
static const jt_node *descendant(const jt_node *n, const char *name) {
    for (const jt_node *k = n ? n->first : NULL; k; k = k->next) {
        if (k->type != JT_ELEM)
            continue;
        if (is(k, name))
            return k;
        const jt_node *d = descendant(k, name);
        if (d)
            return d;
    }
    return NULL;
}

static const jt_node *ancestor(const jt_node *n, const char *name) {
    for (n = n ? n->parent : NULL; n && n->type == JT_ELEM; n = n->parent)
        if (is(n, name))
            return n;
    return NULL;
}

/* An attribute in no namespace (xmlGetNoNsProp), or NULL. */
static const char *attr(const jt_node *n, const char *name) {
    return jfyp_jt_attr(n, JT_NS_NONE, name);
}

static int attr_is(const jt_node *n, const char *name, const char *value) {
    const char *v = attr(n, name);
    return v && strcmp(v, value) == 0;
}

static void gather(const jt_node *n, jfyp_buf *b) {
    for (const jt_node *k = n->first; k; k = k->next) {
        if (k->type == JT_TEXT || k->type == JT_CDATA)
            jfyp_buf_puts(b, k->text);
        else if (k->type == JT_ELEM)
            gather(k, b);
    }
}

/* The element's text (all its descendants' text, as xmlNodeGetContent),
 * trimmed, malloc'd ("" for none); NULL on OOM. */
static char *text_of(checker *c, const jt_node *n) {
    char *s;
    if (n->first && !n->first->next && n->first->type == JT_TEXT) {
        s = jfyp_strdup(n->first->text);
    } else {
        jfyp_buf b;
        jfyp_buf_init(&b);
        gather(n, &b);
        s = jfyp_buf_finish(&b);
    }
    if (!s) {
        c->oom = 1;
        return NULL;
    }
    return jfyp_trim(s);
}

static size_t hash_str(const char *s) {
    size_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static const jt_node *id_lookup(const checker *c, const char *id) {
    if (!c->idcap)
        return NULL;
    for (size_t i = hash_str(id) & (c->idcap - 1);; i = (i + 1) & (c->idcap - 1)) {
        if (!c->ids[i].id)
            return NULL;
        if (strcmp(c->ids[i].id, id) == 0)
            return c->ids[i].el;
    }
}

/* id is new (id_lookup said so). 0, or -1 on OOM. */
static int id_add(checker *c, const char *id, const jt_node *el) {
    if (2 * (c->nids + 1) > c->idcap) {
        size_t cap = c->idcap ? 2 * c->idcap : 256;
        struct id_slot *t = calloc(cap, sizeof *t);
        if (!t)
            return -1;
        for (size_t k = 0; k < c->idcap; k++) {
            if (!c->ids[k].id)
                continue;
            size_t i = hash_str(c->ids[k].id) & (cap - 1);
            while (t[i].id)
                i = (i + 1) & (cap - 1);
            t[i] = c->ids[k];
        }
        free(c->ids);
        c->ids = t;
        c->idcap = cap;
    }
    size_t i = hash_str(id) & (c->idcap - 1);
    while (c->ids[i].id)
        i = (i + 1) & (c->idcap - 1);
    c->ids[i].id = id;
    c->ids[i].el = el;
    c->nids++;
    return 0;
}

/* ---------------------------------------------------------------------- */
/* Pass 1: ids                                                            */

static void collect_ids(checker *c, const jt_node *n) {
    for (; n && !c->oom; n = n->next) {
        if (n->type != JT_ELEM)
            continue;
        if (is(n, "aff"))
            c->has_aff = 1;
        const char *id = attr(n, "id");
        if (id) {
            const jt_node *first = id_lookup(c, id);
            if (first) {
                report(c, n, "id", "id-unique", "id '%s' is already used by the <%s> on line %ld",
                       id, first->name, (long)first->line);
            } else if (id_add(c, id, n) < 0) {
                c->oom = 1;
            }
        }
        collect_ids(c, n->first);
    }
}

/* ---------------------------------------------------------------------- */
/* Cross-references                                                       */

/* ref-type -> the elements it may point at (NULL: any). JATS 1.4 Tag
 * Library, "ref-type"; JATS4R "Cross-references". */
static const struct {
    const char *ref_type;
    const char *targets[4];
} xref_kinds[] = {
    {"aff", {"aff", "aff-alternatives"}},
    {"app", {"app"}},
    {"author-notes", {"author-notes", "fn"}},
    {"bibr", {"ref", "element-citation", "mixed-citation"}},
    {"boxed-text", {"boxed-text"}},
    {"chem", {"chem-struct-wrap", "chem-struct"}},
    {"collab", {"collab", "contrib"}},
    {"contrib", {"contrib"}},
    {"corresp", {"corresp", "fn"}},
    {"disp-formula", {"disp-formula", "disp-formula-group"}},
    {"fig", {"fig", "fig-group"}},
    {"fn", {"fn"}},
    {"kwd", {"kwd", "compound-kwd"}},
    {"list", {"list", "list-item", "def-list", "def-item"}},
    {"plate", {"fig", "graphic"}},
    {"scheme", {"fig", "graphic", "chem-struct-wrap"}},
    {"sec", {"sec", "app", "ack"}},
    {"statement", {"statement"}},
    {"supplementary-material", {"supplementary-material"}},
    {"table", {"table-wrap", "table-wrap-group", "table"}},
    {"table-fn", {"fn"}},
};

static void check_rid(checker *c, const jt_node *n) {
    const char *rid_attr = attr(n, "rid");
    if (!rid_attr)
        return;
    char *rid = jfyp_strdup(rid_attr);
    if (!rid) {
        c->oom = 1;
        return;
    }
    const char *ref_type = is(n, "xref") ? attr(n, "ref-type") : NULL;
    int kind = -1;
    for (size_t i = 0; ref_type && i < sizeof xref_kinds / sizeof xref_kinds[0]; i++)
        if (strcmp(ref_type, xref_kinds[i].ref_type) == 0)
            kind = (int)i;
    char *save = NULL;
    for (char *tok = strtok_r(rid, " \t\r\n", &save); tok; tok = strtok_r(NULL, " \t\r\n", &save)) {
        const jt_node *target = id_lookup(c, tok);
        if (!target) {
            report(c, n, "rid", "rid-target", "rid '%s' names no id in the document", tok);
            continue;
        }
        if (kind < 0)
            continue;
        int fits = 0;
        for (size_t k = 0; k < 4 && xref_kinds[kind].targets[k]; k++)
            fits |= is(target, xref_kinds[kind].targets[k]);
        if (!fits)
            report(c, n, "rid", "rid-target",
                   "xref ref-type='%s' points at '%s', a <%s> (line %ld), not a <%s>", ref_type,
                   tok, target->name, (long)target->line,
                   xref_kinds[kind].targets[0]);
    }
    free(rid);
}

/* ---------------------------------------------------------------------- */
/* Contributors                                                           */

static const jt_node *xref_to(checker *c, const jt_node *contrib, const char *ref_type) {
    for (const jt_node *k = contrib->first; k; k = k->next) {
        if (is(k, "xref") && attr_is(k, "ref-type", ref_type))
            return k;
    }
    return NULL;
}

static int has_contact(const jt_node *n) {
    return descendant(n, "email") || descendant(n, "address") || descendant(n, "addr-line") ||
           is(n, "email");
}

static void check_contrib(checker *c, const jt_node *n) {
    const char *type = attr(n, "contrib-type");
    if (!type) {
        report(c, n, NULL, "contrib-type",
               "<contrib> has no contrib-type: say author, editor, reviewer...");
    }
    int author = !type || strcmp(type, "author") == 0;
    int in_front = ancestor(n, "article-meta") || ancestor(n, "front-stub");
    int named = child(n, "name") || child(n, "string-name") || child(n, "name-alternatives");
    if (author && in_front && named && c->has_aff && !xref_to(c, n, "aff") && !child(n, "aff") &&
        !child(n, "aff-alternatives") && !child(n->parent, "aff") &&
        !child(n->parent, "aff-alternatives")) {
        report(c, n, NULL, "contrib-aff",
               "this author is not linked to an affiliation: add <xref ref-type=\"aff\" "
               "rid=\"...\"/>");
    }
    int corresp = attr_is(n, "corresp", "yes");
    const jt_node *cx = xref_to(c, n, "corresp");
    if (!corresp && !cx)
        return;
    if (has_contact(n))
        return;
    /* Any note the contrib points to (corresp, author-notes, fn) may hold
     * the contact. */
    for (const jt_node *k = n->first; k; k = k->next) {
        if (!is(k, "xref"))
            continue;
        const char *rid = attr(k, "rid");
        const jt_node *t = rid ? id_lookup(c, rid) : NULL;
        if (t && has_contact(t))
            return;
    }
    /* corresp="yes" with the contact in author-notes, not linked by xref:
     * a single corresp note with an email covers it. */
    const jt_node *meta = ancestor(n, "article-meta");
    const jt_node *notes = meta ? child(meta, "author-notes") : NULL;
    for (const jt_node *k = notes ? notes->first : NULL; k; k = k->next)
        if ((is(k, "corresp") || (is(k, "fn") && attr_is(k, "fn-type", "corresp"))) &&
            has_contact(k))
            return;
    report(c, n, NULL, "corresp-contact",
           "this corresponding author has no email or address, in the contrib or in the "
           "corresp note");
}

/* ---------------------------------------------------------------------- */
/* Identifiers                                                            */

static void check_country(checker *c, const jt_node *n) {
    const char *code = attr(n, "country");
    if (!code)
        return;
    if (!jfyp_country_name(code)) {
        const char *guess = jfyp_country_code(code);
        if (guess)
            report(c, n, "country", "country-code",
                   "country='%s' is not an ISO 3166-1 alpha-2 code; did you mean '%s'?", code,
                   guess);
        else
            report(c, n, "country", "country-code",
                   "country='%s' is not an ISO 3166-1 alpha-2 code (two capital letters, such "
                   "as GB or BR)",
                   code);
    }
}

/* ISSN: 7 digits weighted 8..2, check = 11 - sum mod 11 (10 is X). */
static void check_issn(checker *c, const jt_node *n) {
    char *t = text_of(c, n);
    if (!t || !*t) {
        free(t);
        return; /* empty-text says it */
    }
    int ok = strlen(t) == 9 && t[4] == '-';
    int sum = 0;
    for (int i = 0, w = 8; ok && i < 9; i++) {
        if (i == 4)
            continue;
        if (i < 8 && !isdigit((unsigned char)t[i]))
            ok = 0;
        else if (i < 8)
            sum += (t[i] - '0') * w--;
    }
    if (!ok || !(isdigit((unsigned char)t[8]) || t[8] == 'X')) {
        report(c, n, NULL, "issn-check", "'%s' is not an ISSN: the form is NNNN-NNNC", t);
    } else {
        int check = (11 - sum % 11) % 11;
        char want = check == 10 ? 'X' : (char)('0' + check);
        if (t[8] != want)
            report(c, n, NULL, "issn-check",
                   "ISSN '%s' has a wrong check digit: '%c', expected '%c' (mistyped?)", t, t[8],
                   want);
    }
    free(t);
}

/* ORCID: ISO 7064 MOD 11-2 over the first 15 digits. */
static void check_orcid(checker *c, const jt_node *n) {
    const char *type = attr(n, "contrib-id-type");
    int orcid = type && strcmp(type, "orcid") == 0;
    char *t = text_of(c, n);
    if (!t)
        return;
    if (!orcid && !strstr(t, "orcid.org/")) {
        free(t);
        return;
    }
    const char *id = t;
    const char *slash = strrchr(t, '/');
    if (slash)
        id = slash + 1;
    int ok = strlen(id) == 19 && id[4] == '-' && id[9] == '-' && id[14] == '-';
    int total = 0;
    for (int i = 0; ok && i < 18; i++) {
        if (i == 4 || i == 9 || i == 14)
            continue;
        if (!isdigit((unsigned char)id[i]))
            ok = 0;
        else
            total = (total + id[i] - '0') * 2;
    }
    if (ok && !(isdigit((unsigned char)id[18]) || id[18] == 'X'))
        ok = 0;
    if (!ok) {
        report(c, n, NULL, "orcid-check",
               "'%s' is not an ORCID iD: the form is https://orcid.org/NNNN-NNNN-NNNN-NNNC", t);
    } else {
        int check = (12 - total % 11) % 11;
        char want = check == 10 ? 'X' : (char)('0' + check);
        if (id[18] != want)
            report(c, n, NULL, "orcid-check",
                   "ORCID iD '%s' has a wrong check digit: '%c', expected '%c' (mistyped?)", id,
                   id[18], want);
        else if (strncmp(t, "https://orcid.org/", 18) != 0)
            note(c, n, "orcid-check", "write the ORCID iD as https://orcid.org/%s", id);
    }
    free(t);
}

/* DOI: "10." + registrant code (digits, dot-separated) + "/" + a suffix
 * without spaces (Crossref's recommended pattern, widened to any
 * registrant length). */
static void check_doi(checker *c, const jt_node *n) {
    /* An ext-link shows any text; the DOI is its target. */
    const char *href = is(n, "ext-link") ? jfyp_jt_attr(n, JT_NS_XLINK, "href") : NULL;
    char *t = href ? jfyp_strdup(href) : text_of(c, n);
    if (!t)
        c->oom = 1;
    else
        jfyp_trim(t);
    if (!t || !*t) {
        free(t);
        return;
    }
    const char *p = t;
    int ok = strncmp(p, "10.", 3) == 0;
    if (ok) {
        p += 3;
        const char *d = p;
        while (isdigit((unsigned char)*p) || (*p == '.' && p > d && isdigit((unsigned char)p[1])))
            p++;
        ok = p - d >= 4 && *p == '/' && p[1];
        for (p++; ok && *p; p++)
            if (isspace((unsigned char)*p))
                ok = 0;
    }
    if (!ok && is(n, "ext-link") && strstr(t, "doi.org/10.")) {
        /* A link may point at the resolver: judge the DOI in it. */
        char *bare = jfyp_strdup(strstr(t, "doi.org/") + 8);
        free(t);
        if (!bare) {
            c->oom = 1;
            return;
        }
        t = bare;
        ok = 1;
        const char *q = t + 3, *d = q;
        while (isdigit((unsigned char)*q) || (*q == '.' && q > d && isdigit((unsigned char)q[1])))
            q++;
        ok = q - d >= 4 && *q == '/' && q[1];
        for (q++; ok && *q; q++)
            if (isspace((unsigned char)*q))
                ok = 0;
    }
    if (!ok) {
        const char *in = strstr(t, "10.");
        if (in && in != t)
            report(c, n, NULL, "doi-syntax", "give the bare DOI '%s', not '%s'", in, t);
        else
            report(c, n, NULL, "doi-syntax",
                   "'%s' is not a DOI: the form is 10.NNNN/suffix, without spaces", t);
    }
    free(t);
}

static int is_doi_holder(const jt_node *n) {
    if (is(n, "article-id") || is(n, "pub-id") || is(n, "object-id"))
        return attr_is(n, "pub-id-type", "doi");
    if (is(n, "ext-link"))
        return attr_is(n, "ext-link-type", "doi");
    return 0;
}

/* ---------------------------------------------------------------------- */
/* Dates                                                                  */

static int all_digits(const char *s) {
    if (!*s)
        return 0;
    for (; *s; s++)
        if (!isdigit((unsigned char)*s))
            return 0;
    return 1;
}

static int days_in(int year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

static void check_date(checker *c, const jt_node *n) {
    const jt_node *y = child(n, "year"), *m = child(n, "month"), *d = child(n, "day");
    if (!y && !m && !d)
        return;
    char *ys = y ? text_of(c, y) : NULL, *ms = m ? text_of(c, m) : NULL,
         *ds = d ? text_of(c, d) : NULL;
    int year = 0, month = 0, day = 0, bad = 0;
    /* References write "2019a" or "1879 [1985]" and may name months: only
     * their leading year and numeric parts are checked. */
    int citation = is(n, "element-citation") || is(n, "mixed-citation") ||
                   is(n, "nlm-citation") || is(n, "citation") || ancestor(n, "ref");
    if (citation && ys && strlen(ys) > 4 && isdigit((unsigned char)ys[3]))
        ys[4] = '\0';
    if (citation && ms && !all_digits(ms))
        ms[0] = '\0';
    if (citation && (!ms || !*ms) && ds)
        ds[0] = '\0';
    if (ys && *ys) {
        if (strlen(ys) != 4 || !all_digits(ys)) {
            report(c, y, NULL, "date-exists", "year '%s' is not four digits", ys);
            bad = 1;
        } else {
            year = atoi(ys);
        }
    }
    if (ms && *ms) {
        month = all_digits(ms) && strlen(ms) <= 2 ? atoi(ms) : 0;
        if (month < 1 || month > 12) {
            report(c, m, NULL, "date-exists", "month '%s' is not a number from 1 to 12", ms);
            bad = 1;
            month = 0;
        }
    }
    if (ds && *ds) {
        day = all_digits(ds) && strlen(ds) <= 2 ? atoi(ds) : 0;
        if (day < 1 || day > 31) {
            report(c, d, NULL, "date-exists", "day '%s' is not a number from 1 to 31", ds);
            bad = 1;
            day = 0;
        } else if (month && day > days_in(year ? year : 2000, month)) {
            report(c, d, NULL, "date-exists", "%04d-%02d-%02d does not exist: month %d has %d days%s",
                   year, month, day, month, days_in(year ? year : 2000, month),
                   month == 2 && year ? " that year" : "");
            bad = 1;
        }
    }
    if (!bad && year && month && day) {
        const char *iso = attr(n, "iso-8601-date");
        char want[16];
        snprintf(want, sizeof want, "%04d-%02d-%02d", year, month, day);
        if (iso && strncmp(iso, want, 10) != 0)
            report(c, n, "iso-8601-date", "date-exists",
                   "iso-8601-date='%s' does not match the date's parts (%s)", iso, want);
    }
    free(ys);
    free(ms);
    free(ds);
}

/* ---------------------------------------------------------------------- */
/* References, permissions, empty text                                    */

/* Judged per <ref>: a ref often holds the same work twice, as text
 * (mixed-citation) and structured (element-citation). */
static void check_ref(checker *c, const jt_node *n) {
    static const char *const titles[] = {"source", "article-title", "chapter-title", "part-title",
                                         "data-title", "trans-title", "trans-source"};
    for (size_t i = 0; i < sizeof titles / sizeof titles[0]; i++)
        if (descendant(n, titles[i]))
            return;
    const jt_node *structured = descendant(n, "element-citation");
    if (!structured)
        structured = descendant(n, "nlm-citation");
    const jt_node *mixed = descendant(n, "mixed-citation");
    int tagged = 0;
    for (const jt_node *k = mixed ? mixed->first : NULL; k; k = k->next)
        tagged |= k->type == JT_ELEM;
    if (structured || tagged) {
        report(c, structured ? structured : mixed, NULL, "ref-source",
               "this reference has neither a <source> nor a title");
    } else if (mixed) {
        /* Unstructured text is legitimate JATS; the reader has the text. */
        note(c, mixed, "ref-source",
             "this reference is unstructured: no <source> or title is tagged");
    }
}


/* No text but white space: checked in place, since most elements pass and
 * copying their text out (xmlNodeGetContent) cost more than all the other
 * rules together. */
static int blank(const jt_node *n) {
    for (const jt_node *k = n->first; k; k = k->next) {
        if (k->type == JT_ELEM && !blank(k))
            return 0;
        if ((k->type == JT_TEXT || k->type == JT_CDATA))
            for (const char *p = k->text; *p;) {
                size_t l;
                if (!jfyp_is_space_at(p, &l))
                    return 0;
                p += l;
            }
    }
    return 1;
}

static void check_empty(checker *c, const jt_node *n) {
    /* An element with element content (inline-graphic, an image of the
     * title) is not empty. */
    for (const jt_node *k = n->first; k; k = k->next)
        if (k->type == JT_ELEM)
            return;
    if (blank(n))
        report(c, n, NULL, "empty-text", "<%s> is empty", n->name);
}

static void check_permissions(checker *c, const jt_node *article_meta) {
    const jt_node *p = child(article_meta, "permissions");
    if (p && (child(p, "license") || child(p, "copyright-statement")))
        return;
    report(c, article_meta, NULL, "license-or-copyright",
           "no license or copyright statement: add <permissions> with <license> or "
           "<copyright-statement> to article-meta");
}

/* ---------------------------------------------------------------------- */

/* What each element name is checked for, looked up once per element: a
 * chain of name comparisons per rule cost more than the checks. Sorted by
 * name (strcmp) for bsearch. */
enum {
    K_TEXT = 1,     /* carries a required fact: must not be empty */
    K_CONTRIB = 2,
    K_COUNTRY = 4,
    K_ISSN = 8,
    K_ORCID = 16,
    K_REF = 32,
    K_META = 64,
    K_DOI = 128,    /* may hold a DOI (pub-id-type / ext-link-type says) */
};

static const struct kind {
    const char *name;
    int flags;
} kinds[] = {
    {"article-id", K_TEXT | K_DOI}, {"article-meta", K_META},
    {"article-title", K_TEXT},      {"contrib", K_CONTRIB},
    {"contrib-id", K_TEXT | K_ORCID}, {"copyright-statement", K_TEXT},
    {"copyright-year", K_TEXT},     {"country", K_TEXT | K_COUNTRY},
    {"day", K_TEXT},
    {"elocation-id", K_TEXT},       {"email", K_TEXT},
    {"ext-link", K_DOI},            {"fpage", K_TEXT},
    {"given-names", K_TEXT},        {"institution", K_TEXT},
    {"isbn", K_TEXT},               {"issn", K_TEXT | K_ISSN},
    {"issn-l", K_TEXT | K_ISSN},    {"issue", K_TEXT},
    {"journal-id", K_TEXT},         {"journal-title", K_TEXT},
    {"kwd", K_TEXT},                {"license-p", K_TEXT},
    {"lpage", K_TEXT},              {"month", K_TEXT},
    {"object-id", K_DOI},           {"pub-id", K_TEXT | K_DOI},
    {"publisher-name", K_TEXT},     {"ref", K_REF},
    {"source", K_TEXT},             {"subject", K_TEXT},
    {"surname", K_TEXT},            {"volume", K_TEXT},
    {"year", K_TEXT},
};

static int kind_cmp(const void *key, const void *elem) {
    return strcmp(key, ((const struct kind *)elem)->name);
}

/* Looked up once per distinct name (jtree.c interns them). */
static int kind_of(const jt_node *n) {
    jt_name_cache *cache = jfyp_jt_name_cache(n->name);
    if (cache->rule_kind < 0) {
        const struct kind *k =
            bsearch(n->name, kinds, sizeof kinds / sizeof kinds[0], sizeof kinds[0], kind_cmp);
        cache->rule_kind = k ? k->flags : 0;
    }
    return cache->rule_kind;
}

/* A date holder: an element with a year, month or day child. */
static int has_date_part(const jt_node *n) {
    for (const jt_node *k = n->first; k; k = k->next)
        if (k->type == JT_ELEM && k->ns == JT_NS_NONE &&
            (strcmp(k->name, "year") == 0 || strcmp(k->name, "month") == 0 ||
             strcmp(k->name, "day") == 0))
            return 1;
    return 0;
}

static void walk(checker *c, const jt_node *n) {
    for (; n && !c->oom; n = n->next) {
        if (n->type != JT_ELEM || n->ns != JT_NS_NONE)
            continue;
        if (n->nattrs)
            check_rid(c, n);
        int k = kind_of(n);
        if (k & K_TEXT)
            check_empty(c, n);
        if (k & K_CONTRIB)
            check_contrib(c, n);
        else if (k & K_COUNTRY)
            check_country(c, n);
        else if (k & K_ISSN)
            check_issn(c, n);
        else if (k & K_ORCID)
            check_orcid(c, n);
        else if (k & K_REF)
            check_ref(c, n);
        else if (k & K_META)
            check_permissions(c, n);
        if ((k & K_DOI) && is_doi_holder(n))
            check_doi(c, n);
        if (n->first && has_date_part(n))
            check_date(c, n);
        walk(c, n->first);
    }
}

int jfyp_rules_check(const jt_doc *doc, jfyp_rule_emit emit, void *ctx) {
    checker c = {emit, ctx, NULL, 0, 0, 0, 0};
    const jt_node *root = jfyp_jt_root(doc);
    collect_ids(&c, root);
    if (!c.oom)
        walk(&c, root);
    free(c.ids);
    return c.oom ? -1 : 0;
}
