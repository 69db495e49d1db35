/* recognize_offices.c - a publisher's office as a masthead prints it: a
 * few address lines ending in a city, postal code and country, then
 * contact lines ("Tel: ...; Fax: ...", "Tel/Fax", "Telephone", "E-mail").
 * Read into an AFF with institution, addr-line, city, state, postal-code,
 * country (with its ISO code), phone, fax and email children.
 *
 * The address is read from its end, where its shape is most regular: the
 * last comma-separated part is a country, the part before it holds the
 * postal code beside the city (or a state), everything before is street
 * lines, unless it names an organization. */
#include "country.h"
#include "masthead.h"
#include "util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

enum { C_PHONE = 1, C_FAX = 2, C_BOTH = 3, C_EMAIL = 4, C_URI = 8 };

/* Contact keywords, longer forms first so "Tel/Fax" wins over "Tel". The
 * one-letter forms count only before a colon ("T: +1 ..."). */
static const struct {
    const char *word;
    int kind, need_colon;
} keys[] = {
    {"telephone/fax", C_BOTH, 0}, {"phone/fax", C_BOTH, 0}, {"tel./fax", C_BOTH, 0},
    {"tel/fax", C_BOTH, 0},       {"fax/tel", C_BOTH, 0},   {"telephone", C_PHONE, 0},
    {"phone", C_PHONE, 0},        {"tel", C_PHONE, 0},      {"ph", C_PHONE, 1},
    {"t", C_PHONE, 1},            {"facsimile", C_FAX, 0},  {"fax", C_FAX, 0},
    {"f", C_FAX, 1},              {"e-mail", C_EMAIL, 0},   {"email", C_EMAIL, 0},
    {"e", C_EMAIL, 1},            {"website", C_URI, 0},    {"web", C_URI, 0},
    {"url", C_URI, 0},            {"internet", C_URI, 0},
};

/* The keyword at s (which must be at a word start): its kind and, in *len,
 * how far its label runs (the keyword, a full stop, a colon, spaces). */
static int keyword_at(const char *s, size_t *len) {
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
        size_t n = strlen(keys[i].word);
        if (!jfyp_strnieq(s, keys[i].word, n))
            continue;
        const char *p = s + n;
        if (isalpha((unsigned char)*p))
            continue;
        if (*p == '.')
            p++;
        while (*p == ' ')
            p++;
        int colon = *p == ':';
        if (keys[i].need_colon && !colon)
            continue;
        if (colon)
            p++;
        else if (!(*p == '+' || *p == '(' || isdigit((unsigned char)*p) ||
                   (keys[i].kind & (C_EMAIL | C_URI))))
            continue; /* "Phone companies" is prose, not a label */
        while (*p == ' ')
            p++;
        *len = (size_t)(p - s);
        return keys[i].kind;
    }
    return 0;
}

static int word_start(const char *s, const char *p) {
    return p == s || strchr(" ;,(|\t", p[-1]) != NULL;
}

static int is_email_token(const char *t, size_t n) {
    const char *at = memchr(t, '@', n);
    return at && at > t && memchr(at, '.', n - (size_t)(at - t)) != NULL;
}

static int is_uri_token(const char *t, size_t n) {
    return (n > 4 && jfyp_strnieq(t, "www.", 4)) || (n > 7 && jfyp_strnieq(t, "http://", 7)) ||
           (n > 8 && jfyp_strnieq(t, "https://", 8));
}

/* Only an e-mail address or web address, perhaps with a trailing stop. */
static int is_bare_contact(const char *s) {
    size_t n = strlen(s);
    while (n && strchr(".,;", s[n - 1]))
        n--;
    if (!n || memchr(s, ' ', n))
        return 0;
    return is_email_token(s, n) || is_uri_token(s, n);
}

int jfyp_office_is_contact_label(const char *label, size_t n) {
    char *s = jfyp_printf("%.*s: 1", (int)n, label);
    if (!s)
        return 0;
    size_t l;
    int k = keyword_at(s, &l);
    free(s);
    return k && l == n + 2;
}

int jfyp_office_is_contact(const char *line) {
    while (*line == ' ')
        line++;
    size_t l;
    return keyword_at(line, &l) != 0 || is_bare_contact(line);
}

static int has_digit(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (isdigit((unsigned char)s[i]))
            return 1;
    return 0;
}

/* Postal codes as countries print them, found at a word start of seg:
 * British "N1 9XW", Canadian "K1A 0B1", and digit codes with an optional
 * country prefix or second group ("10013-1917", "110 002", "D-69117").
 * Returns the start, *n its length; NULL when none. */
static int is_up(char c) { return c >= 'A' && c <= 'Z'; }
static int is_dg(char c) { return c >= '0' && c <= '9'; }
static int ends_token(char c) { return c == '\0' || !isalnum((unsigned char)c); }

static size_t uk_code(const char *p) {
    size_t i = 0;
    if (!is_up(p[i++]))
        return 0;
    if (is_up(p[i]))
        i++;
    if (!is_dg(p[i++]))
        return 0;
    if (is_dg(p[i]) || is_up(p[i]))
        i++;
    if (p[i] == ' ')
        i++;
    if (!is_dg(p[i]) || !is_up(p[i + 1]) || !is_up(p[i + 2]))
        return 0;
    i += 3;
    return ends_token(p[i]) ? i : 0;
}

static size_t ca_code(const char *p) {
    if (!is_up(p[0]) || !is_dg(p[1]) || !is_up(p[2]))
        return 0;
    size_t i = 3 + (p[3] == ' ');
    if (!is_dg(p[i]) || !is_up(p[i + 1]) || !is_dg(p[i + 2]))
        return 0;
    return ends_token(p[i + 3]) ? i + 3 : 0;
}

static size_t num_code(const char *p) {
    size_t i = 0;
    if (is_up(p[0]) && (p[1] == '-' || (is_up(p[1]) && p[2] == '-')))
        i = p[1] == '-' ? 2 : 3;
    size_t d = 0;
    while (is_dg(p[i + d]))
        d++;
    if (d < 3)
        return 0;
    i += d;
    if ((p[i] == '-' || p[i] == ' ') && is_dg(p[i + 1]) && is_dg(p[i + 2])) {
        size_t j = i + 1;
        while (is_dg(p[j]))
            j++;
        if (ends_token(p[j]) && j - i - 1 <= 4)
            i = j;
    }
    return ends_token(p[i]) ? i : 0;
}

static const char *postal_in(const char *seg, size_t *n) {
    for (const char *p = seg; *p; p++) {
        if (!word_start(seg, p))
            continue;
        size_t l = uk_code(p);
        if (!l)
            l = ca_code(p);
        if (!l)
            l = num_code(p);
        if (l) {
            *n = l;
            return p;
        }
    }
    return NULL;
}

/* The country at the end of text: its code and where its name starts.
 * Tries the last comma part whole, then its last three, two, one words. */
static const char *country_at_end(const char *text, size_t *start) {
    char *s = jfyp_strdup(text);
    if (!s)
        return NULL;
    size_t n = strlen(s);
    while (n && strchr(" .,;", s[n - 1]))
        s[--n] = '\0';
    const char *code = NULL;
    char *comma = strrchr(s, ',');
    char *last = comma ? comma + 1 : s;
    while (*last == ' ')
        last++;
    if (*last && (code = jfyp_country_code(last))) {
        *start = (size_t)(last - s);
    } else {
        char *p = s + n;
        for (int words = 1; words <= 3 && p > last; words++) {
            while (p > last && p[-1] != ' ')
                p--;
            if (p > last && !has_digit(p, strlen(p)) && (code = jfyp_country_code(p))) {
                *start = (size_t)(p - s);
                break;
            }
            while (p > last && p[-1] == ' ')
                p--;
        }
    }
    free(s);
    return code;
}

int jfyp_office_address_ends(const char *line) {
    size_t st, n = strlen(line), pn;
    while (n && line[n - 1] == ' ')
        n--;
    if (n && line[n - 1] == ',')
        return 0;
    if (country_at_end(line, &st))
        return 1;
    return postal_in(line, &pn) != NULL && !jfyp_office_is_contact(line);
}

int jfyp_office_country_ends(const char *line) {
    size_t st;
    return country_at_end(line, &st) != NULL;
}

int jfyp_office_address_like(const char *line) {
    size_t st;
    return has_digit(line, strlen(line)) || strchr(line, '@') || country_at_end(line, &st) ||
           jfyp_office_is_contact(line);
}

/* ---- building the AFF ---- */

typedef struct {
    jfy_node *aff;
    int parts;  /* address parts appended so far */
    int failed; /* out of memory */
} builder;

static void put_sep(builder *b, const char *sep) {
    if (b->failed || !b->aff->first)
        return;
    jfy_node *t = jfyp_node_new_text(JFY_N_TEXT, sep);
    if (!t) {
        b->failed = 1;
        return;
    }
    jfyp_node_append(b->aff, t);
}

static jfy_node *put_part(builder *b, jfy_node_type type, const char *sep, const char *text,
                          size_t n) {
    if (b->failed)
        return NULL;
    char *s = jfyp_strndup(text, n);
    if (!s) {
        b->failed = 1;
        return NULL;
    }
    jfyp_squeeze(s);
    size_t l = strlen(s);
    while (l && strchr(",;", s[l - 1]))
        s[--l] = '\0';
    if (!*s) {
        free(s);
        return NULL;
    }
    put_sep(b, sep);
    jfy_node *k = jfyp_node_new_text(type, s);
    free(s);
    if (!k) {
        b->failed = 1;
        return NULL;
    }
    jfyp_node_append(b->aff, k);
    b->parts++;
    return k;
}

/* Words that make an address part an organization's name rather than a
 * street line. */
static const char *const org_words[] = {
    "group", "publishing", "publishers", "publisher", "press", "university", "institute",
    "society", "ltd", "ltd.", "limited", "inc", "inc.", "company", "corporation", "association",
    "foundation", "college", "school", "hospital", "laboratory", "laboratories", "centre",
    "center", "department", "faculty", "gmbh", "ag", "plc", "llc", "verlag", "academy", NULL};

static int names_organization(const char *s, size_t n) {
    if (has_digit(s, n))
        return 0;
    char *w = jfyp_strndup(s, n);
    if (!w)
        return 0;
    int hit = 0;
    char *save = NULL;
    for (char *tok = strtok_r(w, " ,", &save); tok && !hit; tok = strtok_r(NULL, " ,", &save))
        for (size_t i = 0; org_words[i] && !hit; i++)
            hit = jfyp_strieq(tok, org_words[i]);
    free(w);
    return hit;
}

static int is_state_code(const char *s, size_t n) {
    if (n < 2 || n > 3)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!is_up(s[i]))
            return 0;
    return 1;
}

static size_t count_words(const char *s, size_t n) {
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && (i == 0 || s[i - 1] == ' '))
            w++;
    return w;
}

typedef struct {
    const char *s;
    size_t n;
} span;

static span trimmed(const char *s, size_t n) {
    while (n && (*s == ' ' || *s == ','))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == ','))
        n--;
    return (span){s, n};
}

/* City, state and postal code from the part that holds them; city_seg is
 * the part before, used when this one holds no city of its own. Returns
 * whether city_seg was used as the city. */
static int put_locality(builder *b, span seg, span prev, int have_prev) {
    size_t pn = 0;
    char *z = jfyp_strndup(seg.s, seg.n);
    if (!z) {
        b->failed = 1;
        return 0;
    }
    const char *pz = postal_in(z, &pn);
    size_t at = pz ? (size_t)(pz - z) : seg.n;
    free(z);
    span before = trimmed(seg.s, at), after = {0, 0};
    if (pz)
        after = trimmed(seg.s + at + pn, seg.n - at - pn);
    span place = before.n ? before : after;
    int used_prev = 0;
    if (!pz) {
        if (is_state_code(seg.s, seg.n) && have_prev && !has_digit(prev.s, prev.n)) {
            put_part(b, JFY_N_CITY, ", ", prev.s, prev.n);
            put_part(b, JFY_N_STATE, ", ", seg.s, seg.n);
            return 1;
        }
        if (!has_digit(seg.s, seg.n) && count_words(seg.s, seg.n) <= 4)
            put_part(b, JFY_N_CITY, ", ", seg.s, seg.n);
        else
            put_part(b, JFY_N_ADDR_LINE, ", ", seg.s, seg.n);
        return 0;
    }
    if (!place.n || is_state_code(place.s, place.n)) {
        /* "New York, NY 10013": the city is the part before. */
        if (have_prev && !has_digit(prev.s, prev.n)) {
            put_part(b, JFY_N_CITY, ", ", prev.s, prev.n);
            used_prev = 1;
        }
        if (place.n && before.n) {
            put_part(b, JFY_N_STATE, ", ", place.s, place.n);
            put_part(b, JFY_N_POSTAL_CODE, " ", pz ? seg.s + at : NULL, pn);
        } else {
            put_part(b, JFY_N_POSTAL_CODE, ", ", seg.s + at, pn);
            if (place.n)
                put_part(b, JFY_N_STATE, " ", place.s, place.n);
        }
        return used_prev;
    }
    if (before.n) {
        /* "Sydney NSW 2000": a state code between city and postal code. */
        size_t w = before.n;
        while (w && before.s[w - 1] != ' ')
            w--;
        if (w && is_state_code(before.s + w, before.n - w)) {
            put_part(b, JFY_N_CITY, ", ", before.s, w);
            put_part(b, JFY_N_STATE, " ", before.s + w, before.n - w);
        } else {
            put_part(b, JFY_N_CITY, ", ", before.s, before.n);
        }
        put_part(b, JFY_N_POSTAL_CODE, " ", seg.s + at, pn);
    } else {
        put_part(b, JFY_N_POSTAL_CODE, ", ", seg.s + at, pn);
        put_part(b, JFY_N_CITY, " ", after.s, after.n);
    }
    return 0;
}

static void put_address(builder *b, const char *text) {
    size_t cstart = 0, len = strlen(text);
    while (len && strchr(" .,;", text[len - 1]))
        len--;
    const char *code = country_at_end(text, &cstart);
    size_t body_end = code ? cstart : len;
    /* Comma-separated parts of what precedes the country. */
    span seg[24];
    size_t nseg = 0;
    const char *p = text, *end = text + body_end;
    while (p < end && nseg < sizeof seg / sizeof *seg) {
        const char *c = memchr(p, ',', (size_t)(end - p));
        const char *e = c ? c : end;
        span t = trimmed(p, (size_t)(e - p));
        if (t.n)
            seg[nseg++] = t;
        p = c ? c + 1 : end;
    }
    /* The locality: the last part when it has a country after it or a
     * postal code in it. */
    size_t loc = nseg;
    if (nseg) {
        size_t pn;
        char *z = jfyp_strndup(seg[nseg - 1].s, seg[nseg - 1].n);
        if (!z) {
            b->failed = 1;
            return;
        }
        if (code || postal_in(z, &pn))
            loc = nseg - 1;
        free(z);
    }
    size_t street_end = loc;
    if (loc < nseg && loc > 0) {
        /* Decided before writing: does the locality borrow the part before
         * it as the city? Then that part is not a street line. */
        size_t pn;
        char *z = jfyp_strndup(seg[loc].s, seg[loc].n);
        if (!z) {
            b->failed = 1;
            return;
        }
        const char *pz = postal_in(z, &pn);
        span before = pz ? trimmed(seg[loc].s, (size_t)(pz - z)) : seg[loc];
        span after = pz ? trimmed(seg[loc].s + (pz - z) + pn, seg[loc].n - (size_t)(pz - z) - pn)
                        : (span){0, 0};
        span place = before.n ? before : after;
        if (((pz && (!place.n || is_state_code(place.s, place.n))) ||
             (!pz && is_state_code(seg[loc].s, seg[loc].n))) &&
            !has_digit(seg[loc - 1].s, seg[loc - 1].n))
            street_end = loc - 1;
        free(z);
    }
    int seen_street = 0;
    for (size_t i = 0; i < street_end; i++) {
        int org = !seen_street && names_organization(seg[i].s, seg[i].n);
        put_part(b, org ? JFY_N_INSTITUTION : JFY_N_ADDR_LINE, ", ", seg[i].s, seg[i].n);
        seen_street |= !org;
    }
    if (loc < nseg)
        put_locality(b, seg[loc], loc > 0 ? seg[loc - 1] : (span){0, 0}, street_end < loc);
    if (code) {
        jfy_node *c = put_part(b, JFY_N_COUNTRY, ", ", text + cstart, len - cstart);
        if (c && jfyp_node_set_attr(c, "code", code) < 0)
            b->failed = 1;
    }
}

/* A phone value: the number as printed, and "4596/7" read as two numbers
 * sharing all but their last digits. */
static void put_numbers(builder *b, jfy_node_type type, const char *label, const char *v,
                        size_t n) {
    size_t i = 0;
    while (i < n && strchr("+0123456789 ()-./\xe2\x80\x93", v[i]))
        i++;
    span num = trimmed(v, i);
    while (num.n && strchr("-./ (", num.s[num.n - 1]))
        num.n--;
    int digits = 0;
    for (size_t k = 0; k < num.n; k++)
        digits += is_dg(num.s[k]);
    if (digits < 5)
        return;
    const char *slash = memchr(num.s, '/', num.n);
    if (!slash) {
        put_sep(b, label);
        put_part(b, type, "", num.s, num.n);
        return;
    }
    span left = trimmed(num.s, (size_t)(slash - num.s));
    span right = trimmed(slash + 1, num.n - (size_t)(slash + 1 - num.s));
    int rdig = 1;
    for (size_t k = 0; k < right.n; k++)
        rdig &= is_dg(right.s[k]);
    size_t run = 0;
    while (run < left.n && is_dg(left.s[left.n - 1 - run]))
        run++;
    put_sep(b, label);
    put_part(b, type, "", left.s, left.n);
    if (rdig && right.n && right.n < run) {
        char *second = jfyp_strndup(left.s, left.n);
        if (!second) {
            b->failed = 1;
            return;
        }
        memcpy(second + left.n - right.n, right.s, right.n);
        put_part(b, type, ", ", second, left.n);
        free(second);
    } else if (right.n) {
        put_part(b, type, ", ", right.s, right.n);
    }
}

static void put_contact(builder *b, int kind, const char *v, size_t n) {
    span t = trimmed(v, n);
    while (t.n && strchr(";.", t.s[t.n - 1]))
        t.n--;
    if (!t.n)
        return;
    if (kind & C_PHONE)
        put_numbers(b, JFY_N_PHONE, b->aff->first ? "; Tel: " : "Tel: ", t.s, t.n);
    if (kind & C_FAX)
        put_numbers(b, JFY_N_FAX, b->aff->first ? "; Fax: " : "Fax: ", t.s, t.n);
    if (kind & (C_EMAIL | C_URI)) {
        size_t e = 0;
        while (e < t.n && t.s[e] != ' ')
            e++;
        int email = is_email_token(t.s, e);
        if (!email && !is_uri_token(t.s, e))
            return;
        jfy_node *k = put_part(b, email ? JFY_N_EMAIL : JFY_N_URI, "; ", t.s, e);
        if (k && !email) {
            char *href = strncmp(k->text, "http", 4) == 0 ? jfyp_strdup(k->text)
                                                          : jfyp_printf("http://%s", k->text);
            if (!href || jfyp_node_set_attr(k, "href", href) < 0)
                b->failed = 1;
            free(href);
        }
    }
}

/* A contact line: each keyword's value runs to the next keyword. */
static void read_contacts(builder *b, const char *line) {
    const char *p = line;
    int kind = 0;
    const char *val = NULL;
    for (; *p; p++) {
        size_t l;
        int k;
        if (word_start(line, p) && (k = keyword_at(p, &l))) {
            if (kind)
                put_contact(b, kind, val, (size_t)(p - val));
            kind = k;
            val = p + l;
            p += l - 1;
        }
    }
    if (kind)
        put_contact(b, kind, val, (size_t)(p - val));
}

jfy_node *jfyp_office_build(const char *dept, const char *content_type, char *const *lines,
                            size_t n) {
    builder b = {0};
    b.aff = jfyp_node_new(JFY_N_AFF);
    if (!b.aff)
        return NULL;
    if (content_type && jfyp_node_set_attr(b.aff, "content-type", content_type) < 0)
        b.failed = 1;
    if (dept && *dept) {
        jfy_node *d = put_part(&b, JFY_N_INSTITUTION, "", dept, strlen(dept));
        if (d && jfyp_node_set_attr(d, "content-type", "dept") < 0)
            b.failed = 1;
    }
    /* Address text is everything that is not a contact, joined; bare
     * e-mail and web addresses inside it are contacts too. */
    jfyp_buf addr, bare;
    jfyp_buf_init(&addr);
    jfyp_buf_init(&bare);
    for (size_t i = 0; i < n; i++) {
        const char *s = lines[i];
        while (*s == ' ')
            s++;
        size_t l;
        if (keyword_at(s, &l))
            continue;
        for (const char *p = s; *p;) {
            size_t t = strcspn(p, " ");
            size_t tt = t;
            while (tt && strchr(".,;", p[tt - 1]))
                tt--;
            if (is_email_token(p, tt) || is_uri_token(p, tt)) {
                jfyp_buf_put(&bare, p, tt);
                jfyp_buf_putc(&bare, '\n');
            } else {
                if (addr.len)
                    jfyp_buf_putc(&addr, ' ');
                jfyp_buf_put(&addr, p, t);
            }
            p += t;
            while (*p == ' ')
                p++;
        }
    }
    char *a = jfyp_buf_finish(&addr), *e = jfyp_buf_finish(&bare);
    if (!a || !e) {
        b.failed = 1;
    } else {
        jfyp_squeeze(a);
        put_address(&b, a);
        for (size_t i = 0; i < n && !b.failed; i++) {
            const char *s = lines[i];
            while (*s == ' ')
                s++;
            size_t l;
            if (keyword_at(s, &l))
                read_contacts(&b, s);
        }
        for (char *p = e; *p && !b.failed;) {
            size_t t = strcspn(p, "\n");
            int email = is_email_token(p, t);
            put_contact(&b, email ? C_EMAIL : C_URI, p, t);
            p += t + (p[t] != '\0');
        }
    }
    free(a);
    free(e);
    if (b.failed) {
        jfyp_node_free(b.aff);
        return NULL;
    }
    return b.aff;
}
