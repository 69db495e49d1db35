/* recognize_citation_line.c - the year, volume and issue of the journal's
 * citation line at the top of the first page: "BMC Genomics (2015)
 * 16:413", "J Clin Exp Dent. 2016;8(3):e230-5.", "Saudi Med J 2018; Vol.
 * 39 (2): 124-130", "J Arthropod-Borne Dis, September 2017, 11(3):
 * 427-432", "2022, Vol. 105(3) 1-29", "Volume 2016, Article ID 7245947".
 * The line is read before anything else runs, since page clean-up drops it
 * as a running head or banner, and kept aside. Once the page's own history
 * is read, the year (and month) becomes the issue's date where the page
 * printed no publication date, and the volume and issue fill what the
 * sidecar does not give. Nothing is taken out of the page. */
#include "recognize.h"
#include "textlines.h"

#include <stdio.h>
#include <string.h>

#define HEAD_LINES 80 /* the first page's head: where the line is printed */
#define MAX_LINE 160  /* bytes: a citation line is no paragraph */
/* A layout reader (pdfminer.six) gives the first page's foot after the
 * page's text, past the head: there only the barred line, whose marked
 * volume no sentence has, is read ("2001 | vol. 98 | no. 18"). */
#define FOOT_LINES 200
/* The second page's running head, where a citation line with no month
 * may find it: past the first page's text. */
#define MONTH_LINES 400

static const char *const months[] = {"January", "February", "March",     "April",   "May",      "June",
                                     "July",    "August",   "September", "October", "November", "December"};

static int digits(const char *p, int max, int *val) {
    int n = 0, v = 0;
    while (n < max && p[n] >= '0' && p[n] <= '9')
        v = v * 10 + (p[n++] - '0');
    if (n == 0 || (p[n] >= '0' && p[n] <= '9'))
        return 0;
    *val = v;
    return n;
}

static const char *spaces(const char *p) {
    while (*p == ' ')
        p++;
    return p;
}

/* A month's abbreviation just before the year, as running heads print
 * it ("Vol. 21, No. 4, Apr 2018", "Sept. 2019", "OCT 2018"), 1-12, or 0;
 * a range ("Jan-Feb 2018") is the issue's season. */
static int month_abbrev_before(const char *line, const char *year) {
    if (year - line < 4 || year[-1] != ' ')
        return 0;
    const char *e = year - 1;
    if (e[-1] == '.')
        e--;
    const char *b = e;
    while (b > line && ((b[-1] >= 'a' && b[-1] <= 'z') || (b[-1] >= 'A' && b[-1] <= 'Z')))
        b--;
    size_t n = (size_t)(e - b);
    if ((n != 3 && n != 4) || (b > line && b[-1] != ' ' && b[-1] != ','))
        return 0;
    /* Title case or capitals: "Apr", "APR", never "apr" */
    int caps = b[1] >= 'A' && b[1] <= 'Z';
    for (size_t k = 1; k < n; k++)
        if (caps ? !(b[k] >= 'A' && b[k] <= 'Z') : !(b[k] >= 'a' && b[k] <= 'z'))
            return 0;
    for (int m = 0; m < 12; m++) {
        if (b[0] != months[m][0] || !jfyp_strnieq(b, months[m], n))
            continue;
        /* four letters only for "Sept"; "June", "July" are whole names */
        return n == 3 || m == 8 ? m + 1 : 0;
    }
    return 0;
}

/* The month a PubMed-style line abbreviates after the year, with the
 * day maybe, up to the semicolon before the volume ("2019 Mar 1;24
 * (2):e217-30", "2018 Oct;21(10)"): how many bytes it takes, its month
 * in *month; 0 when none. */
static size_t month_abbrev_after(const char *after, int *month) {
    const char *p = after + 1;
    if (after[0] != ' ' || !(p[0] >= 'A' && p[0] <= 'Z') || !(p[1] >= 'a' && p[1] <= 'z') ||
        !(p[2] >= 'a' && p[2] <= 'z'))
        return 0;
    int m = 0;
    for (int k = 0; k < 12 && !m; k++)
        if (strncmp(p, months[k], 3) == 0)
            m = k + 1;
    const char *q = p + 3;
    int day;
    if (*q == ' ') {
        int n = digits(q + 1, 2, &day);
        if (!n || day < 1 || day > 31)
            return 0;
        q += 1 + n;
    }
    if (!m || *q != ';')
        return 0;
    *month = m;
    return (size_t)(q - after);
}

/* The month named just before a year ("September 2017") or after it
 * ("2015 January;"), 1-12, or 0. */
static int month_near(const char *line, const char *year) {
    for (int m = 0; m < 12; m++) {
        size_t n = strlen(months[m]);
        /* "October-December 2014": a range of months, the issue's season */
        if (year - line >= (long)n + 1 && strncmp(year - n - 1, months[m], n) == 0 && year[-1] == ' ')
            return year - line > (long)n + 1 && year[-n - 2] == '-' ? 0 : m + 1;
        if (year[4] == ' ' && strncmp(year + 5, months[m], n) == 0 && (year[5 + n] == ';' || year[5 + n] == ','))
            return m + 1;
    }
    return month_abbrev_before(line, year);
}

/* After the year: the volume and its issue or page ("16:413", "8(3):",
 * "Vol. 39 (2):", "105(3) 1-29", "10, 214"); the volume in *vol, the issue in *iss
 * (0 when none). 1 when found. */
static int volume_after(const char *p, int *vol, int *iss) {
    p = spaces(p);
    if (*p == ')')
        p = spaces(p + 1);
    if (*p == ';' || *p == ',' || *p == '.')
        p = spaces(p + 1);
    /* (in capitals: "2021, VOL. 43, NO. 1, 159-167") */
    if (strncmp(p, "Vol.", 4) == 0 || strncmp(p, "VOL.", 4) == 0)
        p = spaces(p + 4);
    int n = digits(p, 4, vol);
    if (!n || *vol == 0)
        return 0;
    p = spaces(p + n);
    *iss = 0;
    if (*p == '(') {
        int k = digits(p + 1, 4, iss);
        if (!k || p[1 + k] != ')')
            return 0;
        return 1;
    }
    /* "Journal, 2016, 10, (Suppl-1) 214-226", "Molecules 2014, 19, 1234" */
    if (*p == ',' && p[1] == ' ' && (p[2] == '(' || (p[2] >= '0' && p[2] <= '9')))
        return 1;
    /* "2021, VOL. 43, NO. 1, 159-167": the issue marked as the volume was */
    if (*p == ',' && strncmp(spaces(p + 1), "NO. ", 4) == 0) {
        digits(spaces(spaces(p + 1) + 4), 4, iss);
        return 1;
    }
    return *p == ':';
}

typedef struct {
    int year, month, volume, issue, day;
} citation;

/* The full date a citation line prints beside its volume, in its year
 * ("Sci. Adv. 2020; 6 : eabd0086 29 July 2020", "BMJ VOLUME 324 13 APRIL
 * 2002 bmj.com"): the day and month in *c, the issue's or the article's
 * own date. */
static void full_date_in(const char *s, citation *c) {
    for (const char *p = s; *p; p++) {
        int d, m = 0, y;
        int n = (p == s || p[-1] == ' ') ? digits(p, 2, &d) : 0;
        if (!n || p[n] != ' ' || d < 1 || d > 31)
            continue;
        const char *q = p + n + 1;
        size_t k = 0;
        for (int i = 0; i < 12 && !m; i++) {
            k = strlen(months[i]);
            if (jfyp_strnieq(q, months[i], k) && q[k] == ' ')
                m = i + 1;
        }
        if (m && digits(q + k + 1, 4, &y) == 4 && y == c->year && (!c->month || c->month == m)) {
            c->month = m;
            c->day = d;
            return;
        }
    }
}

/* Past a separator: anything but letters and digits ("|", a dash, a
 * glyph a font put for the bar), or one letter standing alone between
 * spaces, the bar a symbol font's code reads as ("2001 u vol. 98": PNAS's
 * bar through pdfminer). */
static const char *separator(const char *p) {
    const char *q = p;
    while (*q && q - p < 8 && !((*q >= 'A' && *q <= 'Z') || (*q >= 'a' && *q <= 'z') || (*q >= '0' && *q <= '9')))
        q++;
    if (q > p && q[-1] == ' ' && q[0] >= 'a' && q[0] <= 'z' && q[1] == ' ')
        q = spaces(q + 1);
    return q;
}

/* After the year, past a separator, a marked volume and maybe its issue:
 * "2014 | Vol 5 | Issue 4", "August 28, 2001 | vol. 98 | no. 18", "2021,
 * VOL. 43, NO. 1". 1 when
 * found. */
static int marked_volume_after(const char *p, int *vol, int *iss) {
    const char *q = separator(p);
    if (q == p || !(strncmp(q, "Vol", 3) == 0 || strncmp(q, "vol.", 4) == 0 || strncmp(q, "VOL.", 4) == 0))
        return 0;
    q += strncmp(q, "Volume", 6) == 0 ? 6 : 3;
    if (*q == '.')
        q++;
    q = spaces(q);
    int n = digits(q, 4, vol);
    if (!n || *vol == 0)
        return 0;
    *iss = 0;
    q += n;
    const char *r = separator(q);
    if (r > q && (strncmp(r, "Issue ", 6) == 0 || strncmp(r, "No. ", 4) == 0 || strncmp(r, "no. ", 4) == 0 ||
                  strncmp(r, "NO. ", 4) == 0)) {
        r += *r == 'I' ? 6 : 4;
        digits(spaces(r), 4, iss);
    }
    return 1;
}

/* The volume a marker names in s before end ("Volume 7,", "Vol.9.",
 * "Vol 12", "vol. 98", "v. 33", or a number over a colon and the pages: "11: 832-840",
 * "49: e1112020"), or 0. */
static int volume_marker(const char *s, const char *end) {
    for (const char *p = s; p < end; p++) {
        int v, n;
        if ((p == s || p[-1] == ' ') && (strncmp(p, "Volume", 6) == 0 || strncmp(p, "Vol", 3) == 0 ||
                                         strncmp(p, "vol.", 4) == 0 || strncmp(p, "v. ", 3) == 0)) {
            const char *q = p + (strncmp(p, "Volume", 6) == 0 ? 6 : *p == 'v' && p[1] == '.' ? 1 : 3);
            if (*q == '.')
                q++;
            q = spaces(q);
            if (q < end && (n = digits(q, 4, &v)) && v > 0)
                return v;
        }
        if ((p == s || p[-1] == ' ') && (n = digits(p, 4, &v)) && v > 0 && p[n] == ':') {
            const char *q = spaces(p + n + 1);
            if ((*q >= '0' && *q <= '9') || (*q == 'e' && q[1] >= '0' && q[1] <= '9'))
                return v;
        }
    }
    return 0;
}

/* The year closing a citation line whose volume comes first: "Journal of
 * Medicine and Life Volume 7, Special Issue 3, 2014", "Iranian Journal of
 * X Vol.9. No.3. pp: 177-186, Summer 2011", "EXPERIMENTAL AND THERAPEUTIC
 * MEDICINE 11: 832-840, 2016". 1 when read. */
static int year_last(const char *s, size_t n, citation *c) {
    while (n && (s[n - 1] == ' ' || s[n - 1] == '.'))
        n--;
    int y;
    if (n < 6 || digits(s + n - 4, 4, &y) != 4 || y < 1900 || y > 2099 || s[n - 5] != ' ' ||
        (s[n - 6] >= '0' && s[n - 6] <= '9'))
        return 0;
    int vol = volume_marker(s, s + n - 5);
    if (!vol)
        return 0;
    *c = (citation){y, month_near(s, s + n - 4), vol, 0, 0};
    return 1;
}

/* The volume standing before the bracketed year at p ("Heliyon 5 (2019)"),
 * or 0; a volume and its issue joined by a dot ("Communication Research
 * 7.1 (2025) 1-36") give the issue in *iss. */
static int volume_before(const char *s, const char *p, int *iss) {
    *iss = 0;
    if (p - s < 4 || p[-1] != '(' || p[-2] != ' ')
        return 0;
    const char *e = p - 2, *b = e;
    while (b > s && b[-1] >= '0' && b[-1] <= '9')
        b--;
    int v;
    if (b == e || e - b > 4 || digits(b, 4, &v) != e - b)
        return 0;
    if (b - s >= 2 && b[-1] == '.' && b[-2] >= '0' && b[-2] <= '9') {
        int i = v;
        e = b - 1;
        b = e;
        while (b > s && b[-1] >= '0' && b[-1] <= '9')
            b--;
        if (e - b > 4 || digits(b, 4, &v) != e - b || (b > s && b[-1] != ' '))
            return 0;
        *iss = i;
        return v;
    }
    if (b > s && b[-1] != ' ')
        return 0;
    return v;
}

/* The volume before the article's number and the bracketed year at p:
 * "PHYSICAL REVIEW D 97, 025001 (2018)", "J. Chem. Phys. 148, 1234
 * (2018)": a journal's name, the volume, a comma, the number. 0 when
 * not so. */
static int volume_number_before(const char *s, const char *p) {
    if (p - s < 8 || p[-1] != '(' || p[-2] != ' ')
        return 0;
    const char *e = p - 2, *b = e;
    while (b > s && b[-1] >= '0' && b[-1] <= '9')
        b--;
    if (b == e || e - b > 8 || b - s < 4 || b[-1] != ' ' || b[-2] != ',')
        return 0;
    e = b - 2;
    b = e;
    while (b > s && b[-1] >= '0' && b[-1] <= '9')
        b--;
    int v;
    /* the journal's name stands before the volume: a letter or its dot */
    if (b == e || b - s < 2 || b[-1] != ' ' || digits(b, 4, &v) != e - b || v == 0 ||
        !((b[-2] >= 'A' && b[-2] <= 'Z') || (b[-2] >= 'a' && b[-2] <= 'z') || b[-2] == '.'))
        return 0;
    return v;
}

/* The volume a marker names before the year at p, with its issue: "VOL.
 * 49(3) 2019: 242 - 245" (a running foot), "Vol. 46, No. 1, 2010", "Vol.
 * 43, No. 1 (2019) 013104"; the volume in *vol, the issue in *iss. 1 when
 * found. Only a marked volume counts: a bare "49(3) 2019" may be a
 * count or a measure in a sentence. */
static int marked_volume_before(const char *s, const char *p, int *vol, int *iss) {
    const char *e = p;
    if (e > s && e[-1] == '(')
        e--;
    while (e > s && e[-1] == ' ')
        e--;
    if (e > s && e[-1] == ',')
        e--;
    if (e == p || e == s)
        return 0;
    /* the issue: "(3)" after the volume, or "No. 1" / "Issue 1" after a comma */
    const char *b = e;
    while (b > s && b[-1] >= '0' && b[-1] <= '9')
        b--;
    *iss = 0;
    if (e > s && e[-1] == ')') {
        b = e - 1;
        while (b > s && b[-1] >= '0' && b[-1] <= '9')
            b--;
        if (b == e - 1 || b == s || b[-1] != '(' || digits(b, 4, iss) != e - 1 - b)
            return 0;
        e = b - 1;
    } else {
        if (b == e || digits(b, 4, iss) != e - b)
            return 0;
        const char *m = b;
        while (m > s && m[-1] == ' ')
            m--;
        if (m - s >= 3 && (strncmp(m - 3, "No.", 3) == 0 || strncmp(m - 3, "NO.", 3) == 0))
            m -= 3;
        else if (m - s >= 5 && strncmp(m - 5, "Issue", 5) == 0)
            m -= 5;
        else
            return 0;
        while (m > s && m[-1] == ' ')
            m--;
        if (m == s || m[-1] != ',')
            return 0;
        e = m - 1;
    }
    b = e;
    while (b > s && b[-1] >= '0' && b[-1] <= '9')
        b--;
    if (b == e || digits(b, 4, vol) != e - b || *vol == 0)
        return 0;
    const char *m = b;
    while (m > s && m[-1] == ' ')
        m--;
    if (m - s >= 4 && (strncmp(m - 4, "VOL.", 4) == 0 || strncmp(m - 4, "Vol.", 4) == 0))
        m -= 4;
    else if (m - s >= 6 && (strncmp(m - 6, "Volume", 6) == 0 || strncmp(m - 6, "VOLUME", 6) == 0))
        m -= 6;
    else
        return 0;
    return m == s || m[-1] == ' ' || m[-1] == '|' || m[-1] == ',';
}

/* The citation shapes of one line, only the barred one when marked_only.
 * 1 when read. */
static int read_line(const char *s, citation *c, int marked_only) {
    if (strlen(s) > MAX_LINE)
        return 0;
    /* Hindawi: the year is the volume */
    if (strncmp(s, "Volume ", 7) == 0) {
        int y, n = digits(s + 7, 4, &y);
        if (n == 4 && y >= 1900 && y <= 2099 && strncmp(spaces(s + 7 + n), ", Article ID", 12) == 0) {
            *c = (citation){y, 0, 0, 0, 0};
            return 1;
        }
        return 0;
    }
    for (const char *p = s; *p; p++) {
        if (!(p[0] == '1' || p[0] == '2') || (p > s && p[-1] >= '0' && p[-1] <= '9'))
            continue;
        int y;
        if (digits(p, 4, &y) != 4 || y < 1900 || y > 2099)
            continue;
        /* the year stands apart: "(2015)", " 2016;", ", 2017," */
        if (p > s && !(p[-1] == '(' || p[-1] == ' '))
            continue;
        const char *after = p + 4;
        if (p > s && p[-1] == '(' && *after != ')')
            continue;
        int month = month_near(s, p);
        if (month && after[0] == ' ' && strncmp(after + 1, months[month - 1], strlen(months[month - 1])) == 0)
            after += 1 + strlen(months[month - 1]); /* "2015 January; 8(1)" */
        else if (!month)
            after += month_abbrev_after(after, &month); /* "2019 Mar 1;24 (2):e217-30" */
        int vol, iss;
        if ((!marked_only && volume_after(after, &vol, &iss)) || marked_volume_after(after, &vol, &iss)) {
            *c = (citation){y, month, vol, iss, 0};
            full_date_in(s, c);
            return 1;
        }
        if (!marked_only && marked_volume_before(s, p, &vol, &iss) &&
            (*after == 0 || *after == ':' || *after == ',' || *after == ';' || *after == ')' || *after == ' ')) {
            *c = (citation){y, month, vol, iss, 0};
            full_date_in(s, c);
            return 1;
        }
        if (!marked_only && *after == ')' && (vol = volume_number_before(s, p)) &&
            (!after[1] || (after[1] == ' ' && (!after[2] || after[2] == ' ')))) {
            /* the line ends there, or a wide gap parts it from the next column */
            *c = (citation){y, 0, vol, 0, 0};
            return 1;
        }
        if (!marked_only && (vol = volume_before(s, p, &iss)) && *after == ')') {
            /* "Heliyon 5 (2019) e01329", "J Clim 29 (2026) 100642": the
             * volume, the year in brackets, the article's number */
            const char *q = spaces(after + 1);
            if (q > after + 1 && ((*q >= '0' && *q <= '9') || (*q == 'e' && q[1] >= '0' && q[1] <= '9'))) {
                *c = (citation){y, 0, vol, iss, 0};
                return 1;
            }
        }
    }
    if (marked_only)
        return 0;
    if (year_last(s, strlen(s), c))
        return 1;
    /* a layout reader (pdfminer.six) glues the next box onto the line:
     * "Campinas, 33:e200057, 2021UN ESTUDIO", "2021https://doi.org/" */
    for (const char *p = s; *p; p++) {
        int y;
        if (p - s >= 2 && p[-1] == ' ' && p[-2] == ',' && digits(p, 4, &y) == 4 &&
            ((p[4] >= 'A' && p[4] <= 'Z') || strncmp(p + 4, "http", 4) == 0) && year_last(s, (size_t)(p + 4 - s), c))
            return 1;
    }
    return 0;
}

/* How many lines the citation line is looked for in: a foot's reach till
 * it is found, the head's once found with its month, the second page's
 * running head's when found with none or when a running head's line was
 * seen once past the head (its next page's copy is further on). */
static int reach(int found, int month, int running) {
    return found && month ? HEAD_LINES : found || running ? MONTH_LINES : FOOT_LINES;
}

/* The first citation line among the page's first lines, kept aside; a
 * publication date the first page's foot prints ("Published Online:
 * September 08, 2017"), which clean-up drops with the running foot, read
 * on the way. */
int jfyp_recognize_citation_line(jfyp_rec *r) {
    int seen = 0, found = 0, refs = 0;
    /* a layout reader (pdfminer.six) may part the line after its volume's
     * colon into two boxes: "Hoehnea 49:" then "e1112020, 4 tab., 2022";
     * such a head is held and read with the next line */
    char held[MAX_LINE + 1] = "", joined[2 * MAX_LINE + 2], year[12] = "";
    /* a first page with no citation line in its head ("Iran J Basic Med
     * Sci, Vol. 21, No. 10, Oct 2018" printed only in the running heads of
     * the pages after it): past the head, a line of the full shape counts
     * once printed alike a second time, as a running head is and a
     * sentence is not */
    char running[MAX_LINE + 1] = "";
    /* a citation line with no month: a running head further down may
     * repeat it with the issue's month ("Please cite this article as: ...
     * J Basic Sci 2018; 21: 347" over "J Basic Sci, Vol. 21, No. 4, Apr
     * 2018" on every page); read up to the foot's reach for that */
    for (jfy_node *n = jfyp_rec_first(r); n && seen < reach(found, r->cite_month, *running != 0) && !refs; n = jfyp_rec_next(r, n)) {
        if (n->type != JFY_N_PARAGRAPH && n->type != JFY_N_HEADING)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        /* a short page's reference list may start within the head: its
         * entries are the cited works' citation lines */
        for (size_t i = 0; i < l.n && seen < reach(found, r->cite_month, *running != 0) && !refs; i++, seen++) {
            if ((refs = jfyp_is_references_heading(l.v[i].text)))
                break;
            citation c;
            const char *t = l.v[i].text;
            if (!found && *held && seen < HEAD_LINES && !read_line(t, &c, 0)) {
                snprintf(joined, sizeof joined, "%s %s", held, t);
                t = joined;
            }
            *held = 0;
            size_t tn = strlen(l.v[i].text);
            if (!found && tn >= 3 && tn <= MAX_LINE && l.v[i].text[tn - 1] == ':' && l.v[i].text[tn - 2] >= '0' &&
                l.v[i].text[tn - 2] <= '9')
                memcpy(held, l.v[i].text, tn + 1);
            /* the running head's month is looked for over many lines:
             * only a line holding the year can repeat the citation */
            if (found && !r->cite_month && strstr(t, year) && read_line(t, &c, 0) && c.month &&
                c.year == r->cite_year && c.volume == r->cite_volume) {
                r->cite_month = c.month;
            } else if (found && seen >= HEAD_LINES) {
                continue;
            } else if (!found && ((found = read_line(t, &c, seen >= HEAD_LINES)) ||
                                  (seen >= HEAD_LINES && *running && strcmp(running, t) == 0 &&
                                   (found = read_line(t, &c, 0))))) {
                r->cite_year = c.year;
                snprintf(year, sizeof year, "%04d", c.year);
                r->cite_month = c.month;
                r->cite_day = c.day;
                r->cite_volume = c.volume;
                r->cite_issue = c.issue;
            } else if (!found && seen >= HEAD_LINES && !*running && strlen(t) <= MAX_LINE && read_line(t, &c, 0)) {
                memcpy(running, t, strlen(t) + 1);
            } else if (seen < HEAD_LINES && jfyp_read_published_line(r, l.v[i].text, n) < 0) {
                jfyp_lines_free(&l);
                return -1;
            }
        }
        jfyp_lines_free(&l);
    }
    return 0;
}

static int set_number(jfy_node *front, const char *key, int v) {
    char b[16];
    if (!v || jfyp_node_attr(front, key))
        return 0;
    snprintf(b, sizeof b, "%d", v);
    return jfyp_node_set_attr(front, key, b);
}

/* Where the page printed no publication date, the citation line's year
 * (and month) is the issue's: a "collection" date. */
int jfyp_recognize_citation_date(jfyp_rec *r) {
    if (!r->cite_year)
        return 0;
    for (jfy_node *c = r->front->first; c; c = c->next)
        if (c->type == JFY_N_DATE && strcmp(jfyp_node_attr(c, "type"), "pub") == 0)
            return set_number(r->front, "volume", r->cite_volume) < 0 ||
                           set_number(r->front, "issue", r->cite_issue) < 0
                       ? -1
                       : 0;
    jfy_node *d = jfyp_node_new(JFY_N_DATE);
    char y[8], m[8], dd[8];
    snprintf(y, sizeof y, "%04d", r->cite_year);
    snprintf(m, sizeof m, "%02d", r->cite_month);
    snprintf(dd, sizeof dd, "%02d", r->cite_day);
    if (!d || jfyp_node_set_attr(d, "type", "collection") < 0 || jfyp_node_set_attr(d, "year", y) < 0 ||
        (r->cite_month && jfyp_node_set_attr(d, "month", m) < 0) ||
        (r->cite_month && r->cite_day && jfyp_node_set_attr(d, "day", dd) < 0)) {
        jfyp_node_free(d);
        return -1;
    }
    jfyp_node_append(r->front, d);
    return set_number(r->front, "volume", r->cite_volume) < 0 || set_number(r->front, "issue", r->cite_issue) < 0
               ? -1
               : 0;
}
