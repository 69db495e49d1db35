/* recognize_doi.c - the article's DOI: "doi:10.1371/...", "DOI: 10...",
 * "https://doi.org/10...", "http://dx.doi.org/10...". References print
 * DOIs too, so the article's is a line of its own (label and DOI, nothing
 * else) before the reference list; failing that, the first DOI at the top
 * of the page, before the first section heading. */
#include "recognize.h"
#include "refparse.h"
#include "textlines.h"

#include <stdlib.h>
#include <string.h>

/* How far down a plain page, whose headings are not marked yet, "the top"
 * reaches: title, byline, affiliations, notes, abstract. */
#define TOP_BLOCKS 30
/* A versioned article's head, a label of its own: MuPDF gives the side
 * column's small blocks (referees, versions) before it */
#define VERSION_BLOCKS 60

/* A DOI a scan's OCR read into pieces: the label it stands after
 * ("doi", "https://doi.org/", "DOT:" for "DOI:"), and the DOI cut by a
 * space inside its prefix ("10. 1097/", "10.1517 1 /joddd", "10.1371 /journal") or
 * before its last digits at the line's end ("10.1177/11773901 18782877"),
 * its slash read as a bracket or bar ("10.1016]j"), a dot inside it read
 * as a comma ("j,jaim"). Only a DOI named as one is mended: an unlabelled
 * "10.2 /3" is as likely prose. The mended text, malloc'd, or NULL when
 * t holds no such DOI (or out of memory: the text stays as it was). */
static char *ocr_doi_mend(const char *t) {
    const char *p = strstr(t, "10.");
    if (!p)
        return NULL;
    /* the label, a few bytes before the DOI */
    const char *lab = p - (p - t > 24 ? 24 : p - t), *doi = NULL, *dot = NULL;
    for (const char *q = lab; q + 3 <= p; q++) {
        if (jfyp_strnieq(q, "doi", 3))
            doi = q;
        else if (strncmp(q, "DOT", 3) == 0 && (q == t || q[-1] == ' ') && (q[3] == ':' || q[3] == ' '))
            dot = q;
    }
    if (!doi && !dot)
        return NULL;
    for (const char *q = (doi ? doi : dot) + 3; q < p; q++) {
        if (*q != ':' && *q != ' ' && *q != '.' && *q != '/' && !(*q >= 'a' && *q <= 'z'))
            return NULL; /* "doi" far off in other words */
        /* "https:// doi. org/ 10. 1007/ s10584- 019-": a box-reading
         * extractor's space after each stop and slash, which the
         * reference reader mends whole */
        if ((*q == '.' || *q == '/') && q[1] == ' ')
            return NULL;
    }
    char *out = malloc(strlen(t) + 1);
    if (!out)
        return NULL;
    size_t o = (size_t)(p - t);
    memcpy(out, t, o);
    if (dot)
        out[dot - t + 2] = 'I';
    const char *q = p + 3;
    int changed = dot != NULL, digits = 0;
    memcpy(out + o, p, 3);
    o += 3;
    if (*q == ' ' && q[1] >= '0' && q[1] <= '9' && p > t && p[-1] != ' ') { /* "org/10. 1097/" */
        q++;
        changed = 1;
    }
    const char *reg = q;
    for (; *q >= '0' && *q <= '9'; q++, digits++)
        ;
    memcpy(out + o, reg, (size_t)(q - reg));
    o += (size_t)(q - reg);
    if (digits < 4 || digits > 9) {
        free(out);
        return NULL;
    }
    /* the prefix's end: " 1 /", " /", " 1/", "]", "|" */
    const char *s = q;
    while (*s == ' ')
        s++;
    const char *e = s;
    while (*e >= '0' && *e <= '9')
        e++;
    while (*e == ' ')
        e++;
    if (s > q && (*e == '/' || *e == ']' || *e == '|') && e - s <= 4 && e[1] && e[1] != ' ') {
        for (const char *c = s; c < e; c++)
            if (*c != ' ')
                out[o++] = *c;
        q = e;
        changed = 1;
    }
    if (*q == ']' || *q == '|') {
        if (!(q[1] >= 'a' && q[1] <= 'z') && !(q[1] >= 'A' && q[1] <= 'Z')) {
            free(out);
            return NULL;
        }
        changed = 1;
    } else if (*q != '/') {
        free(out);
        return NULL;
    }
    out[o++] = '/';
    q++;
    /* "10. 1007/ s10584- 019-": a box-reading extractor's spaces after
     * each stop and slash, which the reference reader mends whole */
    if (*q == ' ' || !*q) {
        free(out);
        return NULL;
    }
    /* the suffix, to the next space */
    for (; *q && *q != ' '; q++) {
        /* between lower-case letters only ("j,jaim"): a digit's comma
         * ("abc1,2") is as likely the DOI's own */
        if (*q == ',' && q[-1] >= 'a' && q[-1] <= 'z' && q[1] >= 'a' && q[1] <= 'z') {
            out[o++] = '.';
            changed = 1;
        } else {
            out[o++] = *q;
        }
    }
    /* the last digits apart, the line's end after them: no year. Only
     * when the suffix's last part is all digits ("11773901 18782877"):
     * "dryad.abc12 45" ends in letters and a number that is its own */
    size_t part = o;
    while (part > 0 && out[part - 1] >= '0' && out[part - 1] <= '9')
        part--;
    int digit_part = part < o && part > 0 && (out[part - 1] == '/' || out[part - 1] == '.' || out[part - 1] == '-');
    if (*q == ' ' && digit_part) {
        e = q + 1;
        while (*e >= '0' && *e <= '9')
            e++;
        size_t n = (size_t)(e - q - 1);
        int year = n == 4 && (strncmp(q + 1, "19", 2) == 0 || strncmp(q + 1, "20", 2) == 0);
        if (!*e && n >= 2 && !year) {
            memcpy(out + o, q + 1, n);
            o += n;
            q = e;
            changed = 1;
        }
    }
    strcpy(out + o, q);
    if (!changed) {
        free(out);
        return NULL;
    }
    return out;
}

/* Mends the OCR'd DOIs in the text of the blocks under n (see
 * ocr_doi_mend). 0, or -1 out of memory. */
static int ocr_dois_under(jfy_node *n) {
    for (jfy_node *c = n->first; c; c = c->next) {
        if (c->type == JFY_N_TEXT && c->text && strstr(c->text, "10.")) {
            char *m = ocr_doi_mend(c->text);
            if (m)
                jfyp_node_take_text(c, m);
        } else if (c->first && ocr_dois_under(c) < 0) {
            return -1;
        }
    }
    return 0;
}

const char *jfyp_find_doi(const char *s, size_t *len) {
    for (const char *p = s; (p = strstr(p, "10.")); p++) {
        if (p > s && ((p[-1] >= '0' && p[-1] <= '9') || p[-1] == '.'))
            continue;
        const char *q = p + 3;
        int digits = 0;
        while (*q >= '0' && *q <= '9') {
            q++;
            digits++;
        }
        while (*q == '.' && q[1] >= '0' && q[1] <= '9') /* 10.1000.10/... */
            for (q++; *q >= '0' && *q <= '9'; q++)
                ;
        if (digits < 4 || digits > 9 || *q != '/' || !q[1] || q[1] == ' ')
            continue;
        q++;
        while (*q && *q != ' ' && *q != '<' && *q != '>' && *q != '"')
            q++;
        while (q > p && (q[-1] == '.' || q[-1] == ',' || q[-1] == ';' || q[-1] == ')' ||
                         q[-1] == ']'))
            q--;
        *len = (size_t)(q - p);
        return p;
    }
    return NULL;
}

const char *jfyp_labelled_doi(const char *s, size_t *len) {
    const char *d = jfyp_find_doi(s, len), *label = d ? jfyp_stristr(s, "doi") : NULL;
    return label && label < d ? d : NULL;
}

/* What may stand beside a DOI on a line of its own. */
static int only_label(const char *s, size_t n) {
    static const char *const ok[] = {"https://dx.doi.org/", "http://dx.doi.org/",
                                     "https://doi.org/", "http://doi.org/", "dx.doi.org/",
                                     "doi.org/", "doi:", "doi", "digital object identifier"};
    char buf[64];
    while (n && (*s == ' ' || *s == '*' || *s == '[' || *s == '(')) {
        s++;
        n--;
    }
    while (n && (s[n - 1] == ' ' || s[n - 1] == ':'))
        n--;
    if (n == 0)
        return 1;
    if (n >= sizeof buf)
        return 0;
    memcpy(buf, s, n);
    buf[n] = '\0';
    for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
        const char *a = jfyp_after_label(buf, ok[i]);
        if (a && !*a)
            return 1;
        size_t k = strlen(ok[i]);
        if (jfyp_strnieq(buf, ok[i], k)) {
            const char *rest = buf + k;
            while (*rest == ' ' || *rest == ':')
                rest++;
            if (!*rest || jfyp_after_label(rest, "https://doi.org/") ||
                jfyp_after_label(rest, "http://dx.doi.org/"))
                return 1;
        }
    }
    return 0;
}

/* How much of a DOI is the article's where the extractor ran the box
 * beside it into it with no space between ("10.1/jice.2016www.jicep.com",
 * "10.1/1809-4392202202951ACTAAMAZONICA" over the journal's banner): a
 * web address, or a run of capitals closing a run of digits. */
static size_t glued_doi_len(const char *d, size_t len) {
    for (size_t i = 1; i + 4 <= len; i++)
        if (jfyp_strnieq(d + i, "www.", 4))
            return i;
    /* the journal's host without "www." in the running head beside it
     * ("10.1/kjr.2021.0048kjronline.org"): letters glued to the digits
     * the DOI ends in, then a host's ending (and maybe the text the
     * extractor ran on into) */
    static const char *const hosts[] = {".org", ".com", ".net"};
    for (size_t i = 4; i + 4 <= len; i++)
        for (size_t h = 0; h < sizeof hosts / sizeof *hosts; h++)
            if (jfyp_strnieq(d + i, hosts[h], 4)) {
                size_t k = i;
                while (k > 0 && ((d[k - 1] >= 'a' && d[k - 1] <= 'z') || d[k - 1] == '-'))
                    k--;
                if (i - k >= 3 && k > 0 && d[k - 1] >= '0' && d[k - 1] <= '9')
                    return k;
            }
    size_t e = len, caps = 0;
    while (e && d[e - 1] >= 'A' && d[e - 1] <= 'Z') {
        e--;
        caps++;
    }
    /* (one lower-case letter may close the digits: "...01252e") */
    size_t letter = e > 1 && d[e - 1] >= 'a' && d[e - 1] <= 'z' ? 1 : 0;
    size_t digits = 0;
    while (digits < 5 && e > letter + digits && d[e - 1 - letter - digits] >= '0' &&
           d[e - 1 - letter - digits] <= '9')
        digits++;
    if (digits < 5)
        return len;
    /* eight capitals are the banner's; five on the digits alone, a
     * label's first word ("...03521SHORT COMMUNICATION") */
    return caps >= 8 || (caps >= 5 && !letter) ? e : len;
}

int jfyp_set_doi(jfyp_rec *r, const char *doi, size_t len, const jfy_node *from) {
    len = glued_doi_len(doi, len);
    char *v = jfyp_strndup(doi, len);
    if (!v)
        return -1;
    jfy_node *id = jfyp_node_new_text(JFY_N_ARTICLE_ID, v);
    free(v);
    if (!id || jfyp_node_set_attr(id, "type", "doi") < 0) {
        jfyp_node_free(id);
        return -1;
    }
    jfyp_node_span_from(id, from);
    jfyp_node_append(r->front, id);
    return 0;
}

/* d (len bytes) is the DOI base (bn bytes) plus a numbered part, ".001":
 * the DOI eLife prints under the abstract and each figure, the article's
 * own in the running footer. */
static int part_of(const char *base, size_t bn, const char *d, size_t len) {
    return len == bn + 4 && strncmp(base, d, bn) == 0 && d[bn] == '.' && d[bn + 1] >= '0' && d[bn + 1] <= '9' &&
           d[bn + 2] >= '0' && d[bn + 2] <= '9' && d[bn + 3] >= '0' && d[bn + 3] <= '9';
}

int jfyp_has_doi(const jfyp_rec *r) {
    for (const jfy_node *c = r->front->first; c; c = c->next)
        if (c->type == JFY_N_ARTICLE_ID && strcmp(jfyp_node_attr(c, "type"), "doi") == 0)
            return 1;
    return 0;
}

/* "doi:10.1186/..." then "Cite this article as: ..." at the end of the
 * page: the article's own citation, printed after its references. */
static int cite_as(const char *t) {
    /* "Citation Holm SK, Nord E. 2020. ...": the label without its colon
     * over the first author's surname and initials */
    if (strncmp(t, "Citation ", 9) == 0 && t[9] >= 'A' && t[9] <= 'Z') {
        const char *p = t + 10;
        while ((*p >= 'a' && *p <= 'z') || *p == '-' || *p == '\'')
            p++;
        int caps = 0;
        if (*p == ' ' && p - t > 11)
            for (p++; *p >= 'A' && *p <= 'Z'; p++)
                caps++;
        if (caps >= 1 && caps <= 3 && (*p == ',' || *p == '.'))
            return 1;
    }
    return jfyp_after_label(t, "cite this article as") || jfyp_after_label(t, "to cite this article") ||
           jfyp_after_label(t, "please cite this article as") || jfyp_strnieq(t, "citation:", 9);
}

/* A component's DOI: the article's plus a numbered part, as PLOS prints
 * under each table and figure (".t001", ".g002", ".s001"): one letter and
 * three zero-led digits after the last dot. */
static int component_doi(const char *d, size_t len) {
    return len > 5 && d[len - 5] == '.' && d[len - 4] >= 'a' && d[len - 4] <= 'z' && d[len - 3] == '0' &&
           d[len - 2] >= '0' && d[len - 2] <= '9' && d[len - 1] >= '0' && d[len - 1] <= '9';
}

/* A correction notice's block naming the article it corrects, in
 * labelled fields ("Article title: ...", "Citation details: ...", "DOI:
 * 10.1/x"): its DOI is the corrected article's, not the notice's. */
static int corrected_article(const jfyp_lines *l) {
    for (size_t i = 0; i < l->n; i++)
        if (jfyp_after_label(l->v[i].text, "article title") || jfyp_after_label(l->v[i].text, "citation details"))
            return 1;
    return 0;
}

/* The DOI already read (by jfyp_recognize_doi_lines), or NULL. */
static const char *doi_read(const jfyp_rec *r) {
    for (const jfy_node *c = r->front->first; c; c = c->next)
        if (c->type == JFY_N_ARTICLE_ID && strcmp(jfyp_node_attr(c, "type"), "doi") == 0)
            return c->text;
    return NULL;
}

static int doi_line_at(jfyp_rec *r, jfy_node *n, jfyp_lines *l, size_t i) {
    size_t len;
    const char *t = l->v[i].text, *d = jfyp_find_doi(t, &len);
    if (!d || !only_label(t, (size_t)(d - t)) || d[len] != '\0' || component_doi(d, len))
        return 0;
    const char *had = doi_read(r);
    if (had && (strlen(had) != len || strncmp(had, d, len) != 0))
        return 0; /* another DOI on a line of its own: a related work's */
    if (had && !r->doi_early)
        return 0; /* read by another reader, which left the line */
    if (!had && jfyp_set_doi(r, d, len, n) < 0)
        return -1;
    if (n->type == JFY_N_PARAGRAPH && jfyp_lines_remove(n, l, i, i))
        jfyp_node_free(n);
    return 1;
}

static const char *wrapped_doi(const char *line, const char *next, char *buf, size_t size, size_t *len,
                               const char **tok);
static int replace_doi(jfyp_rec *r, const char *v, size_t len, jfy_node *n);

/* A block the article's own citation opens ("Citation: Holm S, Nord E
 * (2020) Title. Journal 7(2): e12. https://doi.org/10.5555/" over
 * "journal.x.0012"): PLOS, Frontiers, MDPI and microPublication print one
 * at the page's head or foot, its DOI, labelled or a doi.org link, ending
 * it (maybe cut at the line end after its slash). 1 when taken, -1 out
 * of memory. */
static int citation_block_doi(jfyp_rec *r, jfy_node *n, const jfyp_lines *l, int *open) {
    /* (the citation may close a block of the licence's lines) */
    int opens = 0, was = *open;
    for (size_t i = 0; i < l->n && !opens; i++)
        opens = cite_as(l->v[i].text);
    *open = 0;
    if (!opens && !was)
        return 0;
    /* (a citation's lines a reader cut into two blocks: the DOI ends the
     * second) */
    *open = opens;
    const char *last = l->v[l->n - 1].text, *d = NULL, *t = last, *at = NULL;
    char buf[256];
    size_t len = 0;
    if (l->n >= 2) {
        const char *tok = NULL, *w = wrapped_doi(l->v[l->n - 2].text, last, buf, sizeof buf, &len, &tok);
        /* (the continuation is the whole last line) */
        if (w && strcspn(last, " ") == strlen(last)) {
            d = w;
            t = l->v[l->n - 2].text;
            at = tok + (w - buf);
        }
    }
    if (!d) {
        for (const char *p = last, *e; (e = jfyp_find_doi(p, &len)); p = e + len)
            d = at = e;
        if (d) {
            const char *q = d + len;
            while (*q == '.' || *q == ' ')
                q++;
            if (*q)
                return 0;
        }
    }
    const char *word = d ? jfyp_stristr(t, "doi") : NULL;
    if (!word || word > at || component_doi(d, len))
        return 0;
    *open = 0;
    return replace_doi(r, d, len, n) < 0 ? -1 : 1;
}

/* A paragraph's DOI line followed by "Cite this article as" (on the next
 * line, or opening the next paragraph). 1 when found, -1 out of memory. */
static int cite_doi_in(jfyp_rec *r, jfy_node *n, const jfy_node *next, int *cite) {
    jfyp_lines l;
    if (jfyp_lines_of(n, &l) < 0)
        return -1;
    int rc = citation_block_doi(r, n, &l, cite);
    for (size_t i = 0; i < l.n && !rc; i++) {
        const char *after = i + 1 < l.n ? l.v[i + 1].text : NULL;
        if (!after && next && next->type == JFY_N_PARAGRAPH && next->first &&
            next->first->type == JFY_N_TEXT)
            after = next->first->text;
        if (after && cite_as(after))
            rc = doi_line_at(r, n, &l, i);
    }
    jfyp_lines_free(&l);
    return rc;
}

static int after_references(jfyp_rec *r, jfy_node *from) {
    int cite = 0;
    for (jfy_node *n = from; n; n = jfyp_rec_next(r, n)) {
        jfy_node *next = jfyp_rec_next(r, n);
        int rc = 0;
        if (n->type == JFY_N_PARAGRAPH)
            rc = cite_doi_in(r, n, next, &cite);
        else if (n->type == JFY_N_LIST && n->last && n->last->last &&
                 n->last->last->type == JFY_N_PARAGRAPH)
            /* a numbered list: the line sits in its last entry */
            rc = cite_doi_in(r, n->last->last, next, &cite);
        if (rc)
            return rc < 0 ? -1 : 0;
    }
    return 0;
}

/* A line at the page's head that opens with a DOI label ("doi: 10.1/x
 * How to cite ...") or ends a short citation line with one ("Journal 2016,
 * 4, 9; doi:10.1/x"): the article's DOI, whatever block extraction ran the
 * line into. 1 when taken, -1 out of memory. */
static int labelled_doi_line(jfyp_rec *r, jfy_node *n, const char *t, const char *next) {
    size_t len;
    const char *d = jfyp_find_doi(t, &len);
    /* (a figure's caption at the head, "doi:10.1/x.g002": the component's
     * DOI; the article's own comes from its citation line) */
    if (!d || component_doi(d, len))
        return 0;
    /* a DOI the line's end cut after a dot, its last part the whole next
     * line ("doi: 10.1016/j.x.2019." over "e01329") */
    char buf[256];
    const char *tok = NULL, *w = NULL;
    size_t wlen = 0;
    if (d[len] == '.' && !d[len + 1] && next && strcspn(next, " ") == strlen(next) &&
        (w = wrapped_doi(t, next, buf, sizeof buf, &wlen, &tok)) && tok + (w - buf) != d)
        w = NULL;
    const char *lab = d;
    while (lab > t && lab[-1] == ' ')
        lab--;
    int opens = only_label(t, (size_t)(d - t)) && (d > t || !d[len]);
    int ends = !d[len] && strlen(t) < 90 && lab - t >= 4 && jfyp_strnieq(lab - 4, "doi:", 4) &&
               (lab - 4 == t || lab[-5] == ' ') && lab - 4 > t &&
               (lab[-6] == ';' || lab[-6] == '.' || lab[-6] == ',');
    if (!opens && !ends)
        return 0;
    if (w ? jfyp_set_doi(r, w, wlen, n) < 0 : jfyp_set_doi(r, d, len, n) < 0)
        return -1;
    r->doi_early = 1;
    return 1;
}

/* A block the article's own citation opens, run on into the side
 * column's other notes ("Citation Holm SK, Nord E. 2020. ... https://
 * doi.org/10.1/x" over "Editor ...", "Received ..."): its first DOI
 * named as one is the article's. 1 when taken, -1 out of memory. */
static int citation_first_doi(jfyp_rec *r, jfy_node *n, const jfyp_lines *l) {
    for (size_t i = 0; i < l->n; i++) {
        const char *t = l->v[i].text, *tok = NULL, *w;
        char buf[256];
        size_t len = 0, wlen;
        const char *d = jfyp_find_doi(t, &len);
        if ((w = wrapped_doi(t, i + 1 < l->n ? l->v[i + 1].text : NULL, buf, sizeof buf, &wlen, &tok)) &&
            (!d || d >= tok)) {
            d = w;
            len = wlen;
        }
        if (!d)
            continue;
        const char *at = w && d == w ? tok + (w - buf) : d, *word = jfyp_stristr(t, "doi");
        if (!word || word > at || component_doi(d, len))
            return 0;
        return replace_doi(r, d, len, n) < 0 ? -1 : 1;
    }
    return 0;
}

/* The labelled DOI line of paragraph p, in an item of a list (items=1:
 * from its second line, never in a reference entry) or on its own: 1 when
 * read, 2 when p names the reference list, -1 out of memory. The line
 * stays where it is: the readers of the blocks around it know their
 * furniture; the DOI reader's own pass takes it out. */
static int labelled_doi_in(jfyp_rec *r, jfy_node *p, int items, int *cite) {
    jfyp_lines l;
    if (jfyp_lines_of(p, &l) < 0)
        return -1;
    int rc = 0;
    /* (the heading alone, or over the list's first lines in one block) */
    if (!items && l.n >= 1 && jfyp_is_references_heading(l.v[0].text))
        rc = 2;
    if (!items && !rc && (rc = citation_block_doi(r, p, &l, cite)) == 1)
        r->doi_early = 1;
    if (!items && !rc && l.n && cite_as(l.v[0].text) && (rc = citation_first_doi(r, p, &l)) == 1)
        r->doi_early = 1;
    /* a reference entry's DOI is the cited work's */
    size_t n = (items && l.n && jfyp_ref_name_at(l.v[0].text)) || corrected_article(&l) ? 0 : l.n;
    for (size_t i = items ? 1 : 0; i < n && !rc; i++)
        rc = labelled_doi_line(r, p, l.v[i].text, i + 1 < n ? l.v[i + 1].text : NULL);
    jfyp_lines_free(&l);
    return rc;
}

/* The article's DOI is v, read from block n: any DOI set before is
 * dropped. 0, or -1 out of memory. */
static int replace_doi(jfyp_rec *r, const char *v, size_t len, jfy_node *n) {
    for (jfy_node *c = r->front->first, *next; c; c = next) {
        next = c->next;
        if (c->type == JFY_N_ARTICLE_ID && strcmp(jfyp_node_attr(c, "type"), "doi") == 0)
            jfyp_node_free(c);
    }
    return jfyp_set_doi(r, v, len, n);
}

/* A versioned article's head ("v2 First published: 12 Aug 2014, 3:190
 * (doi: 10.1/x.1)" over "Latest published: 27 Jan 2015, 3:190 (doi:
 * 10.1/x.2)"): the page is the latest version, its DOI the article's,
 * whatever DOI the first version's line (repeated in the page's foot)
 * gave. 1 when read, -1 out of memory. */
/* Whether line t ends with label ("... (doi: ) Latest published:"). */
static int label_ends(const char *t, const char *label) {
    size_t n = strlen(t), k = strlen(label);
    while (n && t[n - 1] == ' ')
        n--;
    return n >= k && jfyp_strnieq(t + n - k, label, k) && (n == k || t[n - k - 1] == ' ');
}

static int latest_version_doi(jfyp_rec *r) {
    int blocks = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && blocks < VERSION_BLOCKS; n = jfyp_rec_next(r, n)) {
        blocks++;
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        const char *d = NULL;
        size_t len = 0, i;
        /* MuPDF gives the label's line in pieces, the DOI two lines
         * under it ("Latest published:" / "3" / "10.1/x.2"), maybe in the
         * next block */
        size_t below = 0;
        for (i = 0; i < l.n && !d && !below; i++)
            if (jfyp_after_label(l.v[i].text, "Latest published") || label_ends(l.v[i].text, "Latest published:")) {
                size_t k = i;
                for (; k < l.n && k <= i + 2 && !d; k++)
                    d = jfyp_find_doi(l.v[k].text, &len);
                if (!d && k == l.n)
                    below = i + 3 - k;
            }
        char *v = d ? jfyp_strndup(d, len) : NULL;
        jfyp_lines_free(&l);
        jfy_node *x = below ? jfyp_rec_next(r, n) : NULL;
        if (x && x->type == JFY_N_PARAGRAPH) {
            if (jfyp_lines_of(x, &l) < 0)
                return -1;
            for (i = 0; i < l.n && i < below && !d; i++)
                d = jfyp_find_doi(l.v[i].text, &len);
            v = d ? jfyp_strndup(d, len) : NULL;
            jfyp_lines_free(&l);
            n = x;
        }
        if (d && !v)
            return -1;
        if (!v)
            continue;
        int rc = replace_doi(r, v, len, n);
        free(v);
        if (rc < 0)
            return -1;
        r->doi_early = 1;
        return 1;
    }
    return 0;
}

/* A DOI kept from a line the page reader dropped as furniture is a guess:
 * a reference list's last lines of one journal's papers differ in digits
 * only and repeat like a running footer. A labelled DOI alone in its block
 * at the page's head ("doi:10.1/x", "https://doi.org/10.1/x") is the
 * article's own and wins. 1 when it replaced the guess, -1 out of memory. */
static int head_doi_over_footer(jfyp_rec *r) {
    const char *had = doi_read(r);
    int blocks = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && blocks < TOP_BLOCKS; n = jfyp_rec_next(r, n)) {
        blocks++;
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        /* the first DOI the head prints decides: the footer's own, or
         * another in a block with more than it, leaves the guess be */
        size_t len = 0, i = 0;
        const char *t = NULL, *d = NULL;
        for (; i < l.n && !d; i++)
            d = jfyp_find_doi(t = l.v[i].text, &len);
        /* (a line of its own closing a citation block, "How to cite
         * ..." over "http://doi.org/10.1/x", is as good as a block) */
        int take = d && (l.n == 1 || i == l.n) && d > t && !d[len] && only_label(t, (size_t)(d - t)) &&
                   !component_doi(d, len) && (strlen(had) != len || strncmp(had, d, len) != 0) &&
                   !part_of(had, strlen(had), d, len);
        char *v = take ? jfyp_strndup(d, len) : NULL;
        jfyp_lines_free(&l);
        if (!d)
            continue;
        if (!take)
            return 0;
        if (!v)
            return -1;
        int rc = replace_doi(r, v, len, n);
        free(v);
        return rc < 0 ? -1 : 1;
    }
    return 0;
}

/* Before the front matter's readers run: a labelled DOI line in the
 * page's first blocks. The readers of bylines, addresses and abstracts
 * would otherwise take the line into their fields; numbered addresses
 * ("1. Department ...") read as a list keep the lines under the last one
 * in its item. */
int jfyp_recognize_doi_lines(jfyp_rec *r) {
    for (jfy_node *n = jfyp_rec_first(r); n; n = jfyp_rec_next(r, n))
        if (n->first && ocr_dois_under(n) < 0)
            return -1;
    int latest = latest_version_doi(r);
    if (latest)
        return latest < 0 ? -1 : 0;
    if (jfyp_has_doi(r))
        return head_doi_over_footer(r) < 0 ? -1 : 0;
    int blocks = 0, cite = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && blocks < TOP_BLOCKS; n = jfyp_rec_next(r, n)) {
        blocks++;
        int rc = 0;
        if (n->type != JFY_N_PARAGRAPH)
            cite = 0;
        if (n->type == JFY_N_LIST) {
            for (jfy_node *it = n->first; it && !rc; it = it->next)
                for (jfy_node *p = it->first; p && !rc; p = p->next)
                    if (p->type == JFY_N_PARAGRAPH)
                        rc = labelled_doi_in(r, p, 1, &cite);
        } else if (n->type == JFY_N_PARAGRAPH) {
            rc = labelled_doi_in(r, n, 0, &cite);
        }
        if (rc)
            return rc < 0 ? -1 : 0;
    }
    return 0;
}

/* The DOI the line ends in, broken by the line's end after a slash, dot
 * or hyphen ("https://doi.org/10.1371/journal." over "pone.0323994",
 * "doi: 10.22038/" over "IJBMS.2018.1"), rejoined with the next line's
 * first word into buf: its start in buf, or NULL. After a dot the next
 * word must not open a sentence. tok: the broken word's start in line. */
static const char *wrapped_doi_n(const char *line, size_t n, const char *next, char *buf, size_t size,
                                 size_t *len, const char **tok) {
    /* (or before a dot: "https://doi.org/10.1128/JXY" over ".00912-19.",
     * no line of prose opening with a stop) */
    int dot_next = n && next && next[0] == '.' && ((next[1] >= '0' && next[1] <= '9') ||
                                                 (next[1] >= 'a' && next[1] <= 'z') || (next[1] >= 'A' && next[1] <= 'Z')) &&
                   ((line[n - 1] >= 'A' && line[n - 1] <= 'Z') || (line[n - 1] >= 'a' && line[n - 1] <= 'z') ||
                    (line[n - 1] >= '0' && line[n - 1] <= '9'));
    if (!n || !next || !(line[n - 1] == '/' || line[n - 1] == '.' || line[n - 1] == '-' || dot_next))
        return NULL;
    const char *w = line + n;
    while (w > line && w[-1] != ' ')
        w--;
    size_t wl = (size_t)(line + n - w), nl = strcspn(next, " ");
    if (!nl || wl + nl >= size || !strstr(w, "10."))
        return NULL;
    if (line[n - 1] == '.' && !((*next >= 'a' && *next <= 'z') || (*next >= '0' && *next <= '9')))
        return NULL;
    memcpy(buf, w, wl);
    memcpy(buf + wl, next, nl);
    buf[wl + nl] = '\0';
    *tok = w;
    return jfyp_find_doi(buf, len);
}

/* The same, the line's end a space: a block the page reader ran into one
 * line keeps a DOI cut after its prefix's slash as "10.1371/ journal.x"
 * (a slash and a space in the middle of the line). */
static const char *wrapped_doi(const char *line, const char *next, char *buf, size_t size, size_t *len,
                               const char **tok) {
    const char *w = wrapped_doi_n(line, strlen(line), next, buf, size, len, tok);
    for (const char *p = line; !w && (p = strstr(p, "10.")); p += 3) {
        const char *sl = p + 3;
        while (*sl >= '0' && *sl <= '9')
            sl++;
        if (sl - p >= 7 && sl[0] == '/' && sl[1] == ' ' && sl[2] && sl[2] != ' ')
            w = wrapped_doi_n(line, (size_t)(sl + 1 - line), sl + 2, buf, size, len, tok);
    }
    return w;
}

/* The first DOI of paragraph n at the page's top, taken when named as one
 * ("doi", "doi.org" before it), not any 10.x/y string. A DOI on the line
 * of a versioned article's first publication ("v2 First published: ...
 * (doi: 10.1/x.1)") is the earlier version's: passed over. 1 when taken,
 * -1 out of memory. */
static int top_doi(jfyp_rec *r, jfy_node *n) {
    jfyp_lines l;
    if (jfyp_lines_of(n, &l) < 0)
        return -1;
    int rc = 0, named_before = 0;
    for (size_t i = 0; i < l.n; i++) {
        const char *t = l.v[i].text, *tok = NULL, *w;
        char buf[256];
        size_t len = 0, wlen;
        const char *d = jfyp_find_doi(t, &len);
        if ((w = wrapped_doi(t, i + 1 < l.n ? l.v[i + 1].text : NULL, buf, sizeof buf, &wlen, &tok)) &&
            (!d || d >= tok)) {
            d = w;
            len = wlen;
        }
        const char *at = w && d == w ? tok + (w - buf) : d; /* where the DOI starts in t */
        const char *word = jfyp_stristr(t, "doi");
        if (d && jfyp_stristr(t, "first published") && jfyp_stristr(t, "first published") < at) {
            named_before = 1;
            continue;
        }
        if (d && component_doi(d, len))
            continue; /* a figure's, under its caption */
        if (d) {
            if ((named_before || (word && word < at)) && jfyp_set_doi(r, d, len, n) < 0)
                rc = -1;
            else
                rc = named_before || (word && word < at);
            break;
        }
        named_before |= word != NULL;
    }
    jfyp_lines_free(&l);
    return rc;
}

/* The page's head block (the publisher, the journal's name, the volume
 * and the DOI on a line of its own), which an extractor that keeps the
 * content stream's order (MuPDF) may give last, after the reference list
 * of a one-page notice: the DOI is the article's. The journal's name, in
 * the block or the one right above it, tells it from a reference entry's
 * block. 1 when read, -1 out of memory. */
static int journal_head_doi(jfyp_rec *r) {
    int named_above = 0; /* the block before names the journal */
    for (jfy_node *n = jfyp_rec_first(r); n; n = jfyp_rec_next(r, n)) {
        if (n->type != JFY_N_PARAGRAPH) {
            named_above = 0;
            continue;
        }
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        int named = 0, rc = 0;
        for (size_t i = 0; i < l.n && !named; i++)
            named = jfyp_journal_name_line(r->hints, l.v[i].text, 0);
        /* (the head's lines cut into two blocks at the volume line) */
        int head = named || named_above;
        named_above = named;
        for (size_t i = 0; i < l.n && head && !rc; i++) {
            size_t len;
            const char *t = l.v[i].text, *d = jfyp_find_doi(t, &len);
            if (d && d > t && !d[len] && only_label(t, (size_t)(d - t)) && !component_doi(d, len))
                rc = jfyp_set_doi(r, d, len, n) < 0 ? -1 : 1;
        }
        jfyp_lines_free(&l);
        if (rc)
            return rc;
    }
    return 0;
}

int jfyp_recognize_doi(jfyp_rec *r) {
    /* A line of its own (the DOI may be read already: its line goes). */
    for (jfy_node *n = jfyp_rec_first(r), *next; n; n = next) {
        next = jfyp_rec_next(r, n);
        if (n->type != JFY_N_PARAGRAPH && n->type != JFY_N_HEADING)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        /* a component's DOI printed under its table or figure, a block of
         * its own: the component's furniture, no paragraph of the text */
        size_t len;
        const char *d = l.n == 1 ? jfyp_find_doi(l.v[0].text, &len) : NULL;
        if (d && n->type == JFY_N_PARAGRAPH && !d[len] && component_doi(d, len) &&
            only_label(l.v[0].text, (size_t)(d - l.v[0].text))) {
            jfyp_lines_free(&l);
            jfyp_node_unlink(n);
            jfyp_node_free(n);
            continue;
        }
        /* the heading, or the heading over the list's first number */
        if (l.n >= 1 && jfyp_is_references_heading(l.v[0].text)) {
            jfyp_lines_free(&l);
            if (!jfyp_has_doi(r) && after_references(r, n) < 0)
                return -1;
            if (jfyp_has_doi(r))
                return 0;
            break;
        }
        int rc = 0;
        for (size_t i = 0, k = corrected_article(&l) ? 0 : l.n; i < k && !rc; i++)
            rc = doi_line_at(r, n, &l, i);
        jfyp_lines_free(&l);
        if (rc)
            return rc < 0 ? -1 : 0;
    }
    if (jfyp_has_doi(r))
        return 0;
    int head = journal_head_doi(r);
    if (head)
        return head < 0 ? -1 : 0;
    /* The top of the page: before its first section heading. */
    int seen_text = 0, blocks = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && blocks < TOP_BLOCKS; n = jfyp_rec_next(r, n)) {
        blocks++;
        /* (an abstract's heading, which box-ordering extractors give
         * above a head's citation line, is no section's) */
        if (n->type == JFY_N_HEADING && seen_text)
            break;
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        seen_text = 1;
        char *t = jfyp_node_plain(n);
        if (!t)
            return -1;
        int refs = jfyp_is_references_heading(jfyp_trim(t));
        free(t);
        /* (the heading over the list's first lines in one block) */
        jfyp_lines l;
        if (!refs && jfyp_lines_of(n, &l) < 0)
            return -1;
        if (!refs) {
            refs = l.n > 1 && jfyp_is_references_heading(l.v[0].text);
            jfyp_lines_free(&l);
        }
        if (refs)
            break;
        int rc = top_doi(r, n);
        if (rc)
            return rc < 0 ? -1 : 0;
    }
    return 0;
}
