/* recognize_title.c - the head of an article page: the journal's running
 * header ("eLife 2012; 1: e00240", "PLoS Biology | www.plosbiology.org"),
 * the article-type label ("RESEARCH ARTICLE", "*Commentary*", read by
 * recognize_article_type.c), and the title with its subtitle, which sit
 * just above the byline. */
#include "front.h"
#include "masthead.h"
#include "names.h"
#include "textlines.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <stdio.h>
#include <utf8proc.h>

#define ZONE 16 /* blocks looked at from the top */

static int is_year_at(const char *p) {
    return ((p[0] == '1' && p[1] == '9') || (p[0] == '2' && p[1] == '0')) && p[2] >= '0' &&
           p[2] <= '9' && p[3] >= '0' && p[3] <= '9' && !(p[4] >= '0' && p[4] <= '9');
}

/* "1 de 19", "Page 2 of 12": the page's count, a running line. */
static int page_count(const char *t) {
    static const char *const pre[] = {"page ", "p\xc3\xa1gina ", "pagina ", "pag. ", "p. ", "", NULL};
    static const char *const of[] = {" de ", " of ", " / ", " from ", NULL};
    for (size_t i = 0; pre[i]; i++) {
        size_t n = strlen(pre[i]);
        if (!jfyp_strnieq(t, pre[i], n))
            continue;
        const char *p = t + n;
        size_t d = strspn(p, "0123456789");
        if (d == 0 || d > 4)
            continue;
        p += d;
        for (size_t k = 0; of[k]; k++) {
            size_t m = strlen(of[k]);
            if (jfyp_strnieq(p, of[k], m)) {
                size_t e = strspn(p + m, "0123456789");
                if (e >= 1 && e <= 4 && !p[m + e])
                    return 1;
            }
        }
    }
    return 0;
}

/* "eISSN 2005-8330", "ISSN 1234-567X (Print)": the journal's serial
 * number on a line of its own, which no title holds. */
static int issn_line(const char *t) {
    const char *k = strstr(t, "ISSN");
    if (!k || jfyp_count_words(t) > 8)
        return 0;
    for (const char *p = k + 4; *p; p++) {
        size_t d = strspn(p, "0123456789");
        if (d == 4 && p[4] == '-' && strspn(p + 5, "0123456789") >= 3 &&
            (strspn(p + 5, "0123456789") == 4 || p[8] == 'X' || p[8] == 'x'))
            return 1;
        if (d)
            p += d - 1;
    }
    return 0;
}

/* A page range: digits, a hyphen or en dash, digits. */
static int page_range_in(const char *t) {
    for (const char *p = t; *p; p++) {
        if (!isdigit((unsigned char)*p) || (p > t && isdigit((unsigned char)p[-1])))
            continue;
        const char *q = p + strspn(p, "0123456789");
        size_t dash = *q == '-' ? 1 : !strncmp(q, "\xe2\x80\x93", 3) ? 3 : 0;
        if (dash && isdigit((unsigned char)q[dash]))
            return 1;
    }
    return 0;
}

/* "Vol. 36, No. 1, 242-244": a volume, an issue and pages in one line. */
static int vol_issue_pages(const char *t) {
    const char *v = jfyp_stristr(t, "vol. ");
    if (!v || !isdigit((unsigned char)v[5]))
        return 0;
    const char *n = jfyp_stristr(v, "no. ");
    return n && isdigit((unsigned char)n[4]) && page_range_in(n);
}

/* "Heliyon 5 (2019) e01329", "Field Methods 12 (2021) 100417-100425": the
 * citation line many publishers print over the title, its volume, the year
 * in brackets and the article number or pages closing the line. A title
 * that cites a year keeps words after it, or has no volume before it. */
static int volume_year_number(const char *t) {
    if (jfyp_count_words(t) > 12)
        return 0;
    for (const char *p = t; *p; p++) {
        if (*p != '(' || !is_year_at(p + 1) || p[5] != ')' || p == t)
            continue;
        const char *b = p;
        if (b[-1] == ' ')
            b--;
        if (b == t || !isdigit((unsigned char)b[-1]))
            continue;
        while (b > t && isdigit((unsigned char)b[-1]))
            b--;
        if (b == t || b[-1] != ' ')
            continue;
        const char *q = p + 6;
        q += strspn(q, " ,:");
        if (q == p + 6 && *q)
            continue;
        if (*q == 'e' || *q == 'E')
            q++;
        size_t d = strspn(q, "0123456789");
        if (d == 0)
            continue;
        q += d;
        if (*q == '-' || !strncmp(q, "\xe2\x80\x93", 3)) {
            q += *q == '-' ? 1 : 3;
            q += strspn(q, "0123456789");
        }
        if (!*q)
            return 1;
    }
    return 0;
}

/* A web address spelled out a letter at a time, as one reader gives a
 * masthead's tracked small type ("j o u r n a l h o m e p a g e : w w w .
 * e l s e v i e r . c o m / ..."): every word a glyph or two, the address
 * there once the spaces are squeezed out. */
static int spaced_address(const char *t) {
    char sq[256];
    size_t n = 0, words = 0, single = 0;
    for (const char *p = t; *p;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        const char *b = p;
        while (*p && *p != ' ')
            p++;
        words++;
        single += p - b <= 2;
        if (n + (size_t)(p - b) >= sizeof sq)
            return 0;
        memcpy(sq + n, b, (size_t)(p - b));
        n += (size_t)(p - b);
    }
    sq[n] = 0;
    return words >= 12 && single * 10 >= words * 9 && (jfyp_stristr(sq, "www.") || jfyp_stristr(sq, "http"));
}

/* The placeholders an article in press prints for its volume, year and
 * pages ("Journal of Optometry (2020) xxx, xxx---xxx", "Engineering xxx
 * (xxxx) xxx"): two words of x's alone or more. */
static int press_placeholders(const char *t) {
    int n = 0;
    for (const char *p = t; *p; p++) {
        if (*p != 'x' || (p > t && isalnum((unsigned char)p[-1])))
            continue;
        size_t k = strspn(p, "x");
        if (k >= 3 && !isalnum((unsigned char)p[k]))
            n++;
        p += k - 1;
    }
    return n >= 2;
}

/* A journal's running header: its name with year, volume and page
 * ("eLife 2012; 1: e00240", "J Biol Chem (2010) 285:1234"), or with its
 * site ("PLoS Biology | www.plosbiology.org"). */
static int running_header(const char *t) {
    const char *s = t;
    if (page_count(t) || issn_line(t) || volume_year_number(t))
        return 1;
    if (jfyp_count_words(t) <= 16 && press_placeholders(t))
        return 1;
    while (*s == '*' || *s == '_')
        s++;
    /* The "Open Access" badge printed on its own line. */
    if (jfyp_strnieq(s, "open access", 11) && (!s[11] || s[11] == '*' || s[11] == '_'))
        return 1;
    size_t words = 1;
    int year = 0, volpage = 0, url = 0, bar = 0;
    for (const char *p = t; *p; p++) {
        if (*p == ' ')
            words++;
        if ((p == t || !(p[-1] >= '0' && p[-1] <= '9')) && is_year_at(p))
            year = 1;
        if (*p >= '0' && *p <= '9' && (p[1] == ':' || p[1] == ';' || p[1] == '('))
            volpage = 1;
        /* "14 (1): 131-137": the issue in brackets before the pages, the
         * brackets holding its digits alone ("(3-4):" too; "(COVID-19): a
         * structured" is a title's line) */
        if (*p >= '0' && *p <= '9' && p[1] == ')' && p[2] == ':') {
            const char *b = p;
            while (b > t && ((b[-1] >= '0' && b[-1] <= '9') || b[-1] == '-') && p - b < 8)
                b--;
            volpage |= b > t && b[-1] == '(';
        }
        if (*p == '|')
            bar = 1;
    }
    url = jfyp_stristr(t, "www.") || jfyp_stristr(t, "http") || jfyp_stristr(t, ".org") ||
          jfyp_stristr(t, ".com");
    if (jfyp_stristr(t, "vol.") || jfyp_stristr(t, "volume ") || jfyp_stristr(t, "pp."))
        volpage = 1;
    /* "Journal of X, Vol. 36, No. 1, 242-244": the volume, the issue and
     * the pages of a citation line, a running head with no year */
    if (words <= 16 && vol_issue_pages(t))
        return 1;
    /* "Volume 63: 1-12", "Vol. 9, 2019" alone on the cover's line */
    if (words <= 6 && (jfyp_strnieq(t, "volume ", 7) || jfyp_strnieq(t, "vol. ", 5)) &&
        isdigit((unsigned char)t[t[3] == '.' ? 5 : 7]))
        return 1;
    /* "Vol 10 No 1" with no stops, the label a reader runs into it
     * ("Vol 10 No 1Research") */
    if (words <= 4 && jfyp_strnieq(t, "vol ", 4) && isdigit((unsigned char)t[4])) {
        const char *n = jfyp_stristr(t + 4, " no ");
        if (n && isdigit((unsigned char)n[4]))
            return 1;
    }
    /* A header block that also prints the DOI holds a fact: left for the
     * DOI reader rather than dropped. */
    if (words > 16 || strchr(t, '@') || jfyp_stristr(t, "doi"))
        return 0;
    return (year && (volpage || bar)) || (url && (bar || year)) || (volpage && bar);
}

static int first_cp(const char *s) {
    size_t l;
    return *s ? jfyp_utf8_decode(s, &l) : 0;
}

/* A word set up the page's margin ("ORIGINAL" turned on its side), which
 * a layout reader gives a glyph a line ("O" / "R" / "I" ...): every word
 * of the block one glyph, over more than one line, or a block of one line
 * holding one glyph alone (MuPDF gives each glyph of such a word a block
 * of its own; a lone drop cap, "A", is so taken too). A label spelled out
 * with spaces on a line of its own ("K E Y W O R D S") is no such column. */
static int glyph_column(const jfy_node *n, const char *t) {
    if (n->end_line <= n->line && jfyp_count_words(t) > 1)
        return 0;
    for (const char *p = t; *p;) {
        size_t l;
        if (*p == ' ') {
            p++;
            continue;
        }
        jfyp_utf8_decode(p, &l);
        p += l ? l : 1;
        if (*p && *p != ' ')
            return 0;
    }
    return *t != 0;
}

/* "Publisher: Grace Whitfield": a role and a name, not a title. */
static int role_line(const char *t) {
    const char *c = strchr(t, ':');
    if (!c || c - t > 40)
        return 0;
    int words = 0;
    for (const char *p = t; p < c; p++)
        words += *p == ' ';
    c++;
    while (*c == '*' || *c == '_' || *c == ' ')
        c++;
    int after = 1;
    for (const char *p = c; *p; p++)
        after += *p == ' ';
    /* A role is a word or three; a name a few words, no question. */
    return words <= 3 && after <= 4 && !strpbrk(c, "?!") && jfyp_name_plausible(c);
}

/* The text [s, e) ends on a species' abbreviation: one capital ("L.") or
 * "sp." / "spp." / "var.". */
static int taxon_end(const char *s, const char *e) {
    const char *w = e - 1; /* the full stop */
    while (w > s && w[-1] != ' ')
        w--;
    size_t n = (size_t)(e - 1 - w);
    return (n == 1 && *w >= 'A' && *w <= 'Z') || (n == 2 && !strncmp(w, "sp", 2)) ||
           (n == 3 && (!strncmp(w, "spp", 3) || !strncmp(w, "var", 3)));
}

/* "6 January 2016", "03 September 2015": a day and a month's name. */
static int date_start(const char *s) {
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                                         "oct", "nov", "dec", NULL};
    const char *p = s;
    while (*p >= '0' && *p <= '9')
        p++;
    if (p - s > 2 || *p != ' ')
        return 0;
    for (size_t i = 0; months[i]; i++)
        if (jfyp_strnieq(p + 1, months[i], 3))
            return 1;
    return 0;
}

/* Where a platform's version note at the end of the title starts
 * (" [v2; ref status: indexed, http://...]"), or NULL. */
static const char *version_note(const char *s) {
    size_t n = strlen(s);
    if (n < 4 || s[n - 1] != ']')
        return NULL;
    const char *b = strrchr(s, '[');
    if (!b || b == s || b[-1] != ' ')
        return NULL;
    int v = b[1] == 'v' && b[2] >= '0' && b[2] <= '9';
    return v || jfyp_stristr(b, "status") || jfyp_stristr(b, "http") ? b - 1 : NULL;
}

/* Title-shaped: a capitalized line of a few words, not a sentence, not a
 * label, address or date line. */
/* "C L I N I C A L  T R I A L": a label set in spaced letters. A reader
 * that keeps the letters' gaps may leave a word of them whole in places
 * ("M A T E RIALS SCIENC E") and the small capitals in lower case ("O r i
 * g i n a l  r e s e a r c h"): still most of the words are one letter,
 * which no title's are. (A title-shaped line in spaced lower-case letters
 * is still taken where nothing better is found: callers that only split
 * the kicker off pass any_case.) */
static int spaced_letters_of(const char *s, int any_case) {
    int single = 0, words = 0, caps = 1, longest = 0;
    for (const char *p = s; *p;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        const char *b = p;
        while (*p && *p != ' ') {
            caps &= *p >= 'A' && *p <= 'Z';
            p++;
        }
        words++;
        if (p - b > longest)
            longest = (int)(p - b);
        single += (p - b <= 2 && *b >= 'A' && *b <= 'Z') || (any_case && p - b == 1 && *b >= 'a' && *b <= 'z');
    }
    /* (one word of capitals a reader broke in three or four, all but
     * its tail of a letter or two: "C LI M ATOLOGY") */
    if (caps && (words == 3 || words == 4) && single == words - 1 && longest >= 5)
        return 1;
    return words >= 5 && single * 10 >= words * 7;
}

static int spaced_letters(const char *s) {
    return spaced_letters_of(s, 0);
}

static int titleish_core(const char *t);
static int all_caps(const char *t);

/* A title may open on a name spelt in lower case with a capital or a
 * figure inside ("mRNA", "p53", "eDNA", "nwb4edu"): a sentence carried
 * over from a column never does. */
static int lower_name_word(const char *s) {
    if (!(*s >= 'a' && *s <= 'z'))
        return 0;
    int inner = 0, digits = 0;
    const char *p = s + 1;
    for (; *p && *p != ' ' && *p != ':' && *p != ','; p++) {
        /* "a1111111111": a reader's junk, no name */
        if (*p >= '0' && *p <= '9' && ++digits > 4)
            return 0;
        if ((*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9'))
            inner = 1;
        else if (!(*p >= 'a' && *p <= 'z') && *p != '-')
            return 0;
    }
    return inner && p - s >= 2;
}

/* "Check for updates": the Crossmark badge's words beside the title, an
 * OCR'd scrap of its logo maybe before them ("(® Check for updates"). */
static int crossmark_badge(const char *t) {
    const char *b = jfyp_stristr(t, "check for updates");
    return b && !b[17] && jfyp_count_words(t) <= 5;
}

static int titleish(const char *t) {
    /* "(2026). Title. Journal, 69(1)": a citation box's tail, cut from
     * its names ("Cite this article: Roe J, Doe K" / "(2026). ..."), that
     * repeats the title printed above it; no title opens on its year */
    if (t[0] == '(' && is_year_at(t + 1) && t[5] == ')' && (t[6] == '.' || t[6] == ','))
        return 0;
    /* a correction's text, naming the article it corrects ("In the
     * article Effect of ... published in ..., where it reads:") */
    if (jfyp_strnieq(t, "In the article ", 15) || jfyp_strnieq(t, "In the original article ", 24) ||
        jfyp_strnieq(t, "In the published article ", 25))
        return 0;
    /* a notice's field ("Article title: ..."), naming another article */
    const char *f = jfyp_after_label(t, "article title");
    if (f && f > t + 13 && memchr(t + 13, ':', (size_t)(f - t - 13)))
        return 0;
    const char *v = version_note(t);
    if (!v)
        return titleish_core(t);
    char *c = jfyp_strndup(t, (size_t)(v - t));
    int ok = c && titleish_core(c);
    free(c);
    return ok;
}

static int titleish_core(const char *t) {
    const char *s = t;
    while (*s == '*' || *s == '_')
        s++;
    size_t n = strlen(s), words = 1;
    for (const char *p = s; *p; p++)
        words += *p == ' ';
    if (n < 4 || n > 400 || words > 50 || words < 1)
        return 0;
    int cp = first_cp(s);
    utf8proc_category_t c = utf8proc_category(cp);
    if (!(c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT || c == UTF8PROC_CATEGORY_LO ||
          c == UTF8PROC_CATEGORY_ND || cp == '"' || cp == 0x201C || cp == '\'' || cp == 0x2018 ||
          cp == '(' || cp == '[' || lower_name_word(s)))
        return 0;
    if (strchr(s, '@') || jfyp_stristr(s, "http") || jfyp_front_meta_line(s) || role_line(s) ||
        spaced_letters(s))
        return 0;
    /* "China / Original article": a section's name and the kind of
     * article, set apart by a slash, head the page, not the title */
    {
        const char *sl = NULL;
        for (const char *q = strstr(s, " / "); q; q = strstr(q + 1, " / "))
            sl = q;
        if (sl && jfyp_title_label_line(sl + 3))
            return 0;
    }
    if (crossmark_badge(s))
        return 0;
    /* "ACKNOWLEDGMENTS", "Discussion": a page that starts mid-article
     * opens on a section heading, never on the article's title. */
    if (jfyp_section_kind(s) != JFYP_SEC_NONE)
        return 0;
    size_t dl;
    if ((jfyp_stristr(s, "doi") && strstr(s, "10.")) || jfyp_find_doi(s, &dl))
        return 0;
    const char *e = s + n;
    while (e > s && (e[-1] == '*' || e[-1] == '_' || e[-1] == ' '))
        e--;
    /* (note signs run together with a comma, "analysis*,**") */
    if (e > s + 1 && e[-1] == ',' && e < s + n && *e == '*' && e[-2] == '*')
        for (e--; e > s && (e[-1] == '*' || e[-1] == ' ');)
            e--;
    if (e > s && (e[-1] == ':' || e[-1] == ',' || e[-1] == ';'))
        return 0;
    /* A sentence ends with a full stop; a title rarely does, but for a
     * species' abbreviation ("Ocimum L.", "Candida spp.") */
    if (e > s && e[-1] == '.' && words > 3 && !taxon_end(s, e) && !all_caps(s))
        return 0;
    /* "6 January 2016 ...": a date line of a sidebar */
    if (cp >= '0' && cp <= '9' && date_start(s))
        return 0;
    /* "1 Department of ..." : an affiliation */
    if (cp >= '0' && cp <= '9' && jfyp_front_has_institution_word(s))
        return 0;
    return 1;
}

static int only_child_is(const jfy_node *b, jfy_node_type t) {
    return b->first && b->first == b->last && b->first->type == t;
}

/* How many middle dots set words apart in t ("J. Roe · K. Doe ·"). */
static size_t middle_dots(const char *t) {
    size_t dots = 0;
    for (const char *p = t; (p = strstr(p, " \xc2\xb7")) != NULL; p += 3)
        dots++;
    return dots;
}

/* Names set apart by middle dots, two dots or more: a byline's, as some
 * publishers print it, never a title's. */
static int dot_names(const char *t) {
    return middle_dots(t) >= 2;
}

static int is_byline(const char *t) {
    /* a block opening on a lower-case "and" goes on the line above: the
     * first of a byline's blocks names someone first ("terraenovae" /
     * "and Blacknose Sharks", a title's italic run in a box of its own) */
    if (!strncmp(t, "and ", 4))
        return 0;
    jfyp_byname *v = NULL;
    size_t n = 0;
    int rc = jfyp_byline_read(t, &v, &n);
    jfyp_byline_free(v, n);
    if (rc)
        return rc;
    /* names set apart by middle dots ("J. Roe · K. Doe · L. Poe ·"), as
     * some publishers print a byline: read with commas for the dots */
    static const char dot[] = " \xc2\xb7";
    if (!dot_names(t))
        return 0;
    char *c = malloc(strlen(t) + 1);
    if (!c)
        return -1;
    char *o = c;
    for (const char *p = t; *p;) {
        if (!strncmp(p, dot, 3)) {
            *o++ = ',';
            p += 3;
        } else
            *o++ = *p++;
    }
    /* (the dot a wrap leaves at the line's end is no name's) */
    while (o > c && (o[-1] == ',' || o[-1] == ' '))
        o--;
    *o = '\0';
    rc = jfyp_byline_read(c, &v, &n);
    jfyp_byline_free(v, n);
    free(c);
    return rc;
}

/* A byline of two names or more, or of marked names: 1, 0 when not, -1
 * on OOM. */
static int strong_byline(const char *t) {
    size_t n;
    int marked;
    int rc = jfyp_byline_weigh(t, &n, &marked);
    if (rc < 0)
        return -1;
    return rc == 1 && (n >= 2 || marked);
}

/* Names ending on the "and" before a name set in the next block
 * ("Jane Roe1, Ann Poe2 and" / "Kate Zed1", as MuPDF gives a byline's
 * lines): 1, 0 when not, -1 on OOM. */
static int open_names(const char *t) {
    size_t n = strlen(t);
    size_t cut = n > 4 && !strcmp(t + n - 4, " and") ? n - 4 : n > 2 && !strcmp(t + n - 2, " &") ? n - 2 : 0;
    if (!cut)
        return 0;
    char *pre = jfyp_strndup(t, cut);
    if (!pre)
        return -1;
    int ok = strong_byline(pre);
    free(pre);
    return ok;
}

static int marked_name(const char *t);
static int sentence_end(const char *t);

/* Names set apart by separators, the last cut by the wrap after its
 * given name ("Jane Roe ; John Doe ; Kate"): 1, 0 when not, -1 on OOM. */
static int cut_names(const char *t) {
    const char *s = jfyp_names_cut_tail(t);
    if (!s)
        return 0;
    char *pre = jfyp_strndup(t, (size_t)(s - t));
    if (!pre)
        return -1;
    int ok = strpbrk(pre, ",;") ? strong_byline(pre) : 0;
    free(pre);
    return ok;
}

/* A notice in sentences over the article ("Since January 2020 the
 * publisher has ..."): many words, a sentence ended inside. */
static int prose(const char *t) {
    int words = 0;
    for (const char *p = t; *p; p++)
        words += *p == ' ';
    size_t n = strlen(t);
    return words >= 15 && (sentence_end(t) || (n && t[n - 1] == '.'));
}

/* An article-type label the type reader does not know, printed over the
 * title: a few capitalized words ending on a kind of paper ("Clinical
 * Study", "Trial Designs", "Study Protocol Clinical Trial"), maybe with
 * the journal's name and a sign across the line in a column-keeping
 * extraction ("Brief Report      Medicine      ®"). */
static int kind_label(const char *t) {
    static const char *const kinds[] = {"article", "articles", "study", "report", "review", "paper",
                                        "communication", "letter", "note", "editorial", "commentary",
                                        "protocol", "trial", "design", "designs", "reviews", "analysis",
                                        "meta-analysis", "reports", "communications", "letters", "notes",
                                        "papers", "viewpoint", "viewpoints", "perspective", "perspectives",
                                        "commentaries", "editorials", "guidelines", "guideline", NULL};
    if (jfyp_title_label_line(t))
        return 1;
    /* the section's topic before the kind, an em dash between
     * ("Coronavirus Disease 2019—Review", "Oncology — Original Article"):
     * a title names no kind of paper after a short topic so, and one
     * that ends "— A Review" opens its kind with the article */
    const char *dash = strstr(t, "\xe2\x80\x94");
    if (dash && !strstr(dash + 3, "\xe2\x80\x94") && dash > t) {
        const char *k = dash + 3;
        while (*k == ' ')
            k++;
        /* (read in place: a copy's failure would read as no label) */
        int nw = 0, topic = 1;
        for (const char *h = t; h < dash && topic; h++) {
            nw += *h != ' ' && (h == t || h[-1] == ' ');
            topic = nw <= 4 && !strchr(".:;,?", *h);
        }
        if (topic && *k && strncmp(k, "A ", 2) && strncmp(k, "An ", 3) && strncmp(k, "The ", 4) &&
            !strchr(k, ':'))
            return kind_label(k);
    }
    int words = 0, low = 0;
    const char *last = t, *cell_end = strstr(t, "   ");
    if (!cell_end)
        cell_end = t + strlen(t);
    for (const char *p = t; p < cell_end;) {
        while (*p == ' ')
            p++;
        if (p >= cell_end)
            break;
        /* a joining word between two kinds ("Systematic Review and
         * Meta-Analysis"), never the first or the last */
        if (words && (!strncmp(p, "and ", 4) || !strncmp(p, "& ", 2))) {
            p += *p == '&' ? 2 : 4;
            continue;
        }
        /* the kind's word alone in lower case after capitalized ones
         * ("Practice guidelines", "BMJ Quality Improvement report"): a
         * label in sentence case, which no title of so few words is, its
         * last word ending no capitalized run so */
        if (low || !((*p >= 'A' && *p <= 'Z') || (words && *p >= 'a' && *p <= 'z')))
            return 0;
        low = *p >= 'a' && *p <= 'z';
        last = p;
        words++;
        while (*p && *p != ' ')
            p++;
    }
    if (words < 1 || words > 4)
        return 0;
    /* the cells beside it: a word or two each, no figures */
    for (const char *p = cell_end; *p;) {
        while (*p == ' ')
            p++;
        const char *e = strstr(p, "   ");
        if (!e)
            e = p + strlen(p);
        int w = 0;
        for (const char *q = p; q < e; q++) {
            if (*q >= '0' && *q <= '9')
                return 0;
            w += q == p || (q[-1] == ' ' && *q != ' ');
        }
        if (w > 2)
            return 0;
        p = e;
    }
    size_t ll = strcspn(last, " ");
    /* (in lower case only the kinds no heading of a paper's sections
     * names so: "Study design" and "Data analysis" head sections) */
    if (low && !((ll == 6 && !strncmp(last, "report", 6)) || (ll == 10 && !strncmp(last, "guidelines", 10))))
        return 0;
    for (size_t i = 0; kinds[i]; i++)
        if (strlen(kinds[i]) == ll && jfyp_strnieq(last, kinds[i], ll))
            return 1;
    return 0;
}

/* The kind's label set in small capitals, which a reader gives in lower
 * case ("regular research article", "original article"): two to four
 * lower-case words ending on a word that names a paper. No title's line
 * reads so on its own: its line in sentence case closes no phrase on
 * "article". */
static int small_caps_kind(const char *t) {
    /* (a section's heading names its papers in the plural: "brief
     * communications", "selected reports") */
    static const char *const kinds[] = {"article", "articles", "paper", "report", "review", "communication",
                                        "papers", "reports", "communications", "letters", NULL};
    int words = 0;
    const char *last = t;
    for (const char *p = t; *p;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        last = p;
        words++;
        for (; *p && *p != ' '; p++)
            if (!(*p >= 'a' && *p <= 'z') && *p != '-')
                return 0;
    }
    if (words < 2 || words > 4)
        return 0;
    for (size_t i = 0; kinds[i]; i++)
        if (strcmp(last, kinds[i]) == 0)
            return 1;
    return 0;
}

/* A side column's label over the contact's name, a line of its own
 * ("Corresponding author:", "Correspondence:", "Correspondência |
 * Correspondence:"). */
static int contact_label(const char *t) {
    size_t n = strlen(t);
    if (n == 0 || t[n - 1] != ':' || jfyp_count_words(t) > 4)
        return 0;
    return jfyp_strnieq(t, "correspond", 10);
}

/* "EDITED AND REVIEWED BY", "Reviewed by": a label over the names of a
 * page's editors or reviewers, neither title nor byline. */
static int by_label(const char *t) {
    /* (the side column's "OPEN ACCESS" badge read into its first label) */
    if (!strncmp(t, "OPEN ACCESS ", 12))
        t += 12;
    size_t n = strlen(t);
    return n >= 3 && jfyp_count_words(t) <= 5 && jfyp_strieq(t + n - 2, "by") && t[n - 3] == ' ';
}

/* An institution's address: its word and two commas or more. */
static int address(const char *t) {
    int commas = 0;
    for (const char *p = t; *p; p++)
        commas += *p == ',';
    return commas >= 2 && jfyp_front_has_institution_word(t);
}

/* A line no name reads as: six words or more, three of them in lower
 * case ("Music intervention improves the physical and ..."). */
static int long_title(const char *t) {
    int words = 0, lower = 0;
    for (const char *p = t; *p;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        words++;
        lower += *p >= 'a' && *p <= 'z';
        while (*p && *p != ' ')
            p++;
    }
    int commas = 0;
    for (const char *p = t; *p; p++)
        commas += *p == ',';
    return words >= 6 && (lower >= 3 || (lower >= 2 && commas < 2)) && !marked_name(t);
}

/* A journal's name in the page's banner, worded apart from the sidecar's
 * ("Chemistry—A European Journal" for "Chemistry (Weinheim ...)"): a few
 * words, one of them "Journal", no sentence, a long title under it. */
static int journal_banner(const char *t, const char *below) {
    int words = jfyp_count_words(t);
    if (!below || words < 2 || words > 6 || sentence_end(t) || strchr(t, ':') || !long_title(below) || !titleish(below))
        return 0;
    for (const char *p = strstr(t, "Journal"); p; p = strstr(p + 1, "Journal")) {
        unsigned char b = p > t ? (unsigned char)p[-1] : ' ';
        unsigned char a = (unsigned char)p[7];
        /* (a word of its own: after a space or a dash, none of "Journals") */
        if ((b == ' ' || b >= 0x80 || b == '-') && (!a || a == ' ' || a == ','))
            return 1;
    }
    return 0;
}

/* Words of four letters or more opening in lower case: a title in
 * sentence case has a few, one in title case none. */
static int lower_long_words(const char *t) {
    int n = 0;
    for (const char *p = t; *p;) {
        while (*p == ' ' || *p == '\n')
            p++;
        const char *e = p;
        while (*e && *e != ' ' && *e != '\n')
            e++;
        n += e - p >= 4 && *p >= 'a' && *p <= 'z';
        p = e;
    }
    return n;
}

/* A short line in title case ("From the Field", "Research Letter") under
 * a title in sentence case: a label in the journal's style, not the
 * title's last words, which keep its case. */
static int case_clash(const char *ta, const char *tb) {
    int words = jfyp_count_words(tb);
    if (words < 2 || words > 4 || all_caps(tb) || lower_long_words(tb) || lower_long_words(ta) < 2 ||
        strcspn(tb, "0123456789:;,.@()") != strlen(tb))
        return 0;
    /* (the line's first word and its last in capitals) */
    const char *last = strrchr(tb, ' ');
    return tb[0] >= 'A' && tb[0] <= 'Z' && last && last[1] >= 'A' && last[1] <= 'Z';
}

/* A kind's or a journal section's label set between the title and the
 * byline ("STATE OF THE ART", "Practice guidelines", "Review Article"),
 * where a reader of the content stream gives it: a line of its own, a
 * few words, in capitals or naming a kind, a blank line from the title.
 * A subtitle runs on from its title's block or names no kind so. */
static int between_label(const jfy_node *above, const char *ta, const jfy_node *n, const char *t) {
    if (n->line != n->end_line || n->line <= above->end_line + 1 || jfyp_count_words(t) > 4 ||
        strpbrk(t, ".,;?"))
        return 0;
    if (kind_label(t) || small_caps_kind(t) || case_clash(ta, t))
        return 1;
    char *printed = NULL;
    int kind = jfyp_article_type_label(t, &printed) != NULL;
    free(printed);
    if (kind)
        return 1;
    /* (capitals alone, two words or more: one is a name's surname) */
    return all_caps(t) && jfyp_count_words(t) >= 2;
}

/* The banner's sentence on where the journal's contents are to be had
 * ("Contents lists available at ...", "Available online at ..."): a
 * line of the masthead, no title. */
static int banner_line(const char *t) {
    const char *a = jfyp_stristr(t, "available ");
    return a && jfyp_count_words(t) <= 8 && (!strncmp(a + 10, "at ", 3) || !strncmp(a + 10, "online at ", 10)) &&
           (a == t || jfyp_strnieq(t, "contents", 8));
}

/* The rights' line of a page's head: the copyright's sign, or the
 * publisher's sentence naming its house ("... published by Example
 * House Ltd on behalf of the Society"). No title reads so. */
static int banner_line(const char *t);
static int rights_line(const char *t) {
    if (strstr(t, "\xc2\xa9") || banner_line(t))
        return 1;
    return jfyp_stristr(t, " published by ") &&
           (jfyp_stristr(t, " on behalf of ") || jfyp_stristr(t, " Ltd") || jfyp_stristr(t, " Inc"));
}

/* The masthead's lines: the journal's homepage, and a short line over
 * it (the journal's name: "Annals of X" / "journal homepage: www...."),
 * however a title it reads. */
static int masthead_name(char **txt, int i, int n) {
    if (jfyp_stristr(txt[i], "journal homepage"))
        return 1;
    return i + 1 < n && jfyp_strnieq(txt[i + 1], "journal homepage", 16) && jfyp_count_words(txt[i]) <= 8 &&
           !sentence_end(txt[i]);
}

/* A line of a title's prose, not of names: one of English's small words
 * other than "and" ("between", "of"), or the colon before a title's
 * second part, and no author's mark ("Roe,a", "*", a dagger) a line of
 * names glued to it would bring. */
static int title_prose_line(const char *t) {
    static const char *const small[] = {"the", "of", "in", "on", "for", "with", "to", "from", "by", "an",
                                        "at", "into", "between", "among", "via", "under", "through", NULL};
    if (strpbrk(t, "*@") || strstr(t, "\xe2\x80\xa0") || strstr(t, "\xe2\x80\xa1"))
        return 0;
    int prose = strchr(t, ':') != NULL;
    for (const char *p = t; *p;) {
        while (*p == ' ')
            p++;
        const char *e = p;
        while (*e && *e != ' ')
            e++;
        size_t n = (size_t)(e - p);
        /* ("Roe,a" / "Roe,bc": a letter marker after a name's comma) */
        const char *c = memchr(p, ',', n);
        if (c && c + 1 < e && c[1] >= 'a' && c[1] <= 'z' && e - c <= 4)
            return 0;
        for (size_t i = 0; small[i] && !prose; i++)
            prose = strlen(small[i]) == n && !strncmp(p, small[i], n);
        p = e;
    }
    return prose;
}

static int count_words_upper(const char *t) {
    int words = 0;
    for (const char *p = t; *p;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        words += !(*p >= 'a' && *p <= 'z');
        while (*p && *p != ' ')
            p++;
    }
    return words;
}

/* A name with its marker glued on ("Temesgen1", "Ahmad2*"): a byline's,
 * never a title's word. */
static int marked_name(const char *t) {
    for (const char *p = t; *p;) {
        while (*p == ' ')
            p++;
        const char *w = p;
        while (*p && *p != ' ' && *p != ',')
            p++;
        const char *d = w;
        while (d < p && !(*d >= '0' && *d <= '9'))
            d++;
        if (d - w >= 4 && d < p && *w >= 'A' && *w <= 'Z' && d[-1] >= 'a' && d[-1] <= 'z') {
            const char *e = d;
            while (e < p && ((*e >= '0' && *e <= '9') || *e == '*' || *e == ','))
                e++;
            if (e == p)
                return 1;
        }
        if (*p == ',')
            p++;
    }
    return 0;
}

/* A sentence's end inside the text: a lower-case word of three letters or
 * more, a full stop, a capital ("each plot. Total"). */
static int sentence_end(const char *t) {
    for (const char *p = strstr(t, ". "); p; p = strstr(p + 1, ". ")) {
        const char *w = p;
        while (w > t && w[-1] >= 'a' && w[-1] <= 'z')
            w--;
        if (p - w >= 3 && (w == t || w[-1] == ' ') && p[2] >= 'A' && p[2] <= 'Z')
            return 1;
    }
    return 0;
}

static int ends_open(const char *p);
static int low_tail_line(const char *t);
static int subtitle_opens(const char *p, const char *c);
static int subtitle_under(const char *ta, const char *tb);
static int other_language(const char *a, const char *b);
static int lower_words(const char *t);

/* A sentence ending on a colon that leads to what the page prints under
 * it ("This article was published in the following journal:"): a verb
 * of being in it, which a title's line has not. */
static int lead_in(const char *t) {
    static const char *const verbs[] = {" was ", " were ", " is ", " are ", " has been ", " have been ", NULL};
    size_t n = strcspn(t, "\n");
    if (n < 2 || t[n - 1] != ':' || jfyp_count_words(t) < 5)
        return 0;
    for (size_t i = 0; verbs[i]; i++) {
        const char *v = strstr(t, verbs[i]);
        if (v && v < t + n)
            return 1;
    }
    return 0;
}

/* A title's first lines: title-shaped, or ending on the colon before
 * its second part ("... of COX-1, COX-2, TNF-α and IL-1:"). */
static int titleish_head(const char *t) {
    if (titleish(t))
        return 1;
    size_t n = strlen(t);
    if (n < 2 || t[n - 1] != ':')
        return 0;
    char *c = jfyp_strndup(t, n - 1);
    int ok = c && titleish(c);
    free(c);
    return ok;
}

/* The title's last word wrapped onto a line of its own right under it,
 * a word that also names a kind of article ("... Africa: A Scoping" /
 * "Review"): the line above ends on an article and one word, a noun
 * phrase its noun must close, so the word is no label over what follows
 * but the title's end. */
static int title_tail_word(const jfy_node *a, const char *ta, const jfy_node *b, const char *tb) {
    if (!a->end_line || b->line != a->end_line + 1 || b->line != b->end_line || strchr(tb, ' ') ||
        !kind_label(tb))
        return 0;
    const char *lf = strrchr(ta, '\n');
    const char *al = lf ? lf + 1 : ta;
    size_t n = strlen(al);
    while (n && al[n - 1] == ' ')
        n--;
    /* the last word: letters (a hyphen inside), no closing mark */
    size_t w = n;
    while (w && al[w - 1] != ' ')
        w--;
    if (w == n || !(al[n - 1] >= 'a' && al[n - 1] <= 'z'))
        return 0;
    size_t e = w;
    while (e && al[e - 1] == ' ')
        e--;
    size_t s = e;
    while (s && al[s - 1] != ' ')
        s--;
    static const char *const articles[] = {"A", "a", "An", "an", "The", "the", NULL};
    for (size_t i = 0; articles[i]; i++)
        if (strlen(articles[i]) == e - s && strncmp(al + s, articles[i], e - s) == 0)
            return 1;
    return 0;
}

/* Whether t opens on a preposition or conjunction in title case ("Into
 * Nevada", "Of Lamb"): no name's first word, a title's words going on. */
static int function_word_open(const char *t) {
    static const char *const w[] = {"About", "Across", "After", "Against", "Along", "Among", "And", "Around",
                                    "At", "Before", "Between", "Beyond", "By", "During", "For", "From",
                                    "In", "Into", "Of", "On", "Or", "Over", "Through", "To", "Toward",
                                    "Towards", "Under", "Versus", "Via", "With", "Within", "Without", NULL};
    size_t n = strcspn(t, " ");
    if (!t[n])
        return 0;
    for (size_t i = 0; w[i]; i++)
        if (strlen(w[i]) == n && strncmp(t, w[i], n) == 0)
            return 1;
    return 0;
}

/* strong_byline of block n's first line; 0 for no paragraph. */
static int first_line_names(const jfy_node *n) {
    if (!n || n->type != JFY_N_PARAGRAPH)
        return 0;
    char *raw = jfyp_front_text((jfy_node *)n, 1);
    if (!raw)
        return -1;
    char *f = jfyp_trim(raw);
    f[strcspn(f, "\n")] = '\0';
    int st = strong_byline(f);
    free(raw);
    return st;
}

static int degree_byline(const char *t);

/* Whether b's first line is names with their degrees in commas. -1 on OOM. */
static int opens_degree_byline(const char *tb) {
    size_t n = strcspn(tb, "\n");
    char *f = jfyp_strndup(tb, n);
    if (!f)
        return -1;
    int d = degree_byline(f);
    free(f);
    return d;
}

/* Whether block b (text tb) goes on the title printed in block a (text
 * ta) right above it: a PDF extraction may cut a title's lines into blocks
 * of their own. No blank line between them (but for a column's gaps,
 * below), the line before opens onto the next (no sentence end), and b is
 * no field, address or byline. */
static int title_goes_on(const jfy_node *a, const char *ta, const jfy_node *b, const char *tb) {
    if (title_tail_word(a, ta, b, tb))
        return 1;
    int deg = opens_degree_byline(tb);
    if (deg)
        return deg < 0 ? -1 : 0;
    if (!a->end_line || b->line <= a->end_line || jfyp_count_words(ta) + jfyp_count_words(tb) > 50)
        return 0;
    /* A column-keeping extraction leaves blank lines in a title's column
     * where the column beside it prints a line: across a few of them the
     * title goes on only where its line does ("... time" / "between
     * colostrum and"), the next one opening in lower case, or the line
     * above ending on an open word. */
    if (b->line != a->end_line + 1) {
        size_t l;
        int cp = jfyp_utf8_decode(tb, &l);
        const char *lf = strrchr(ta, '\n');
        /* or the title's lines, a full line each, set at one indent
         * apart from the left edge beside a sidebar's lines */
        const char *al = lf ? lf + 1 : ta;
        int aligned = a->col > 1 && b->col == a->col && a->line == a->end_line && b->line == b->end_line &&
                      strlen(al) >= 40 && jfyp_count_words(al) >= 4;
        /* (a word cut by a hyphen goes on across more of them, the
         * column beside may print a field and its gap there; and it goes
         * on whatever case the next line opens in: "... Meta-" /
         * "Analysis in a ...", as a reader leaving a blank line under
         * each line gives a title in title case) */
        size_t all = strlen(al);
        int cut = all >= 2 && al[all - 1] == '-' && al[all - 2] >= 'a' && al[all - 2] <= 'z';
        /* (a title set in capitals, a full line of them over the rest:
         * a reader that leaves a blank line under each line of the page
         * cuts it into blocks a line each) */
        int caps = a->line == a->end_line && strlen(al) >= 40 && jfyp_count_words(al) >= 5 &&
                   all_caps(al) && all_caps(tb);
        /* (a title's last words alone on a line, one blank line under
         * the rest, "... Gray Wolf Movement" / "Into Nevada": OCR sets
         * the wide gap of large type between its lines as a blank one;
         * two or three words under a line closed by a letter, opening
         * on a preposition or conjunction in title case, or closed by an
         * abbreviation's stop, "Candida spp."; other short lines there
         * are labels: "Artigo", "Open Access") */
        int tail = b->line == a->end_line + 2 && b->line == b->end_line && jfyp_count_words(tb) >= 2 &&
                   jfyp_count_words(tb) <= 3 &&
                   jfyp_count_words(ta) >= 5 && all >= 25 && al[all - 1] >= 'a' && al[all - 1] <= 'z' &&
                   tb[0] >= 'A' && tb[0] <= 'Z' && tb[1] >= 'a' && tb[1] <= 'z' && !all_caps(tb) && !case_clash(ta, tb) &&
                   strlen(tb) >= 4 && strcspn(tb, "0123456789:;,@()") == strlen(tb) &&
                   ((tb[strlen(tb) - 1] >= 'a' && tb[strlen(tb) - 1] <= 'z' && function_word_open(tb)) ||
                    (tb[strlen(tb) - 1] == '.' && tb[strlen(tb) - 2] >= 'a' && tb[strlen(tb) - 2] <= 'z'));
        /* (the title's last words in lower case alone on a line, a wide
         * gap under the rest and the byline right under them, "...
         * Essential Oil" / "against Foodborne Pathogens" / "Jane Roe1 &
         * John Doe2": a column-keeping reader pads the title's column to
         * the side column's lines beside it) */
        int low = 0;
        if (b->line > a->end_line + 4 && b->line <= a->end_line + 8 && b->line == b->end_line &&
            low_tail_line(tb) && b->next && b->next->type == JFY_N_PARAGRAPH && b->next->line == b->end_line + 1) {
            low = first_line_names(b->next);
            if (low < 0)
                return -1;
        }
        if (b->line > a->end_line + (cut || low ? 8 : 4) || jfyp_count_words(tb) > 15 ||
            !(utf8proc_category(cp) == UTF8PROC_CATEGORY_LL || ends_open(al) || aligned || caps || tail || cut))
            return 0;
        /* (a name in lower-cased small capitals with its marker is the
         * byline's first, "huma ali1") */
        if (b->line == b->end_line && jfyp_byline_lower_name(tb))
            return 0;
        /* a name under a title ending on "on" is its byline */
        int nm = tail && function_word_open(tb) ? 0 : is_byline(tb);
        /* (a few words in title case alone, under a line ending open
         * and right over a byline of two or more names, "... Materials
         * with" / "Life Cycle Sustainability" / "Jun Zha1, Wen Li2":
         * OCR's blank line split the title, the names start below) */
        if (nm > 0 && ends_open(al) && b->line == b->end_line && jfyp_count_words(tb) <= 5 &&
            !strpbrk(tb, ",;&") && !marked_name(tb) && b->next && b->next->line == b->end_line + 1) {
            char *raw = jfyp_front_text(b->next, 1);
            if (!raw)
                return -1;
            char *f = jfyp_trim(raw);
            f[strcspn(f, "\n")] = '\0';
            int sb = strong_byline(f);
            free(raw);
            if (sb < 0)
                return -1;
            if (sb)
                nm = 0;
        }
        if (nm)
            return nm < 0 ? -1 : 0;
        if (tail && function_word_open(tb) && !(utf8proc_category(cp) == UTF8PROC_CATEGORY_LL || ends_open(al)))
            return 1;
    }
    /* "This article was published in the following journal:": a
     * sentence leading to what is printed under it */
    {
        char *raw = jfyp_front_text(b, 1);
        if (!raw)
            return -1;
        int li = lead_in(jfyp_trim(raw));
        /* b's first line names people, the last one cut by the wrap
         * ("Jane Roe ; John Doe ; Kate"): a byline, whatever follows it */
        if (!li) {
            char *f = jfyp_trim(raw);
            f[strcspn(f, "\n")] = '\0';
            li = cut_names(f);
        }
        free(raw);
        if (li)
            return li < 0 ? -1 : 0;
    }
    size_t n = strlen(ta);
    while (n && (ta[n - 1] == ' ' || ta[n - 1] == '*' || ta[n - 1] == '_'))
        n--;
    if (!n || strchr(".!?;,", ta[n - 1]) || strchr(ta, '@') || strchr(tb, '@'))
        return 0;
    size_t dl;
    /* (a line left open on an article takes a kind's words as its own:
     * "... Parkinson's Disease: A" / "Systematic Review and Meta-Analysis") */
    if (kind_label(ta) || (kind_label(tb) && !ends_open(ta)) || jfyp_find_doi(tb, &dl) ||
        jfyp_find_doi(ta, &dl))
        return 0;
    if (jfyp_front_meta_line(tb) || jfyp_front_meta_line(ta) || running_header(tb) ||
        (jfyp_title_label_line(tb) && !ends_open(ta)) || jfyp_section_kind(tb) != JFYP_SEC_NONE ||
        sentence_end(tb) || (jfyp_front_has_institution_word(tb) && strchr(tb, ',')))
        return 0;
    if (marked_name(tb))
        return 0;
    /* a subtitle under a title in sentence case, or the title again in
     * another language */
    if (other_language(ta, tb))
        return 0;
    if (subtitle_under(ta, tb))
        return 0;
    int b_name = is_byline(tb);
    if (b_name < 0)
        return -1;
    if (b_name && !ends_open(ta))
        return 0;
    size_t l;
    int cp = jfyp_utf8_decode(tb, &l);
    utf8proc_category_t c = utf8proc_category(cp);
    /* a line opening on a figure is an affiliation's or a date's */
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT ||
           c == UTF8PROC_CATEGORY_LO || cp == '(' || cp == 0x201C || cp == '"';
}

/* Whether block b is names a line each, two lines or more, each line
 * read as one name and nothing else. 1, 0, -1 on OOM. */
static int name_lines(jfy_node *b) {
    if (b->line == b->end_line)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(b, &l) < 0)
        return -1;
    int yes = l.n >= 2;
    for (size_t i = 0; i < l.n && yes == 1; i++) {
        jfyp_byname *v = NULL;
        size_t n = 0;
        yes = strchr(l.v[i].text, ',') ? 0 : jfyp_byline_read(l.v[i].text, &v, &n);
        jfyp_byline_free(v, n);
        if (yes == 1 && n != 1)
            yes = 0;
    }
    jfyp_lines_free(&l);
    return yes;
}

/* Whether a and b are of about as many words, as a title and its
 * translation are. */
static int same_length(const char *a, const char *b) {
    int wa = jfyp_count_words(a), wb = jfyp_count_words(b);
    return wa * 2 >= wb && wb * 2 >= wa;
}

/* Cuts a platform's version note off the end of the title node t. 0, or
 * -1 on OOM. */
/* A footnote's mark a symbol font draws at the title's end comes out as a
 * glyph of the private-use area (U+E000..U+F8FF), no character of the
 * title: dropped, with the spaces before it. */
static void drop_symbol_tail(jfy_node *t) {
    jfy_node *k = t->last;
    if (!k || k->type != JFY_N_TEXT || !k->text)
        return;
    size_t n = strlen(k->text), was = n;
    for (;;) {
        while (n && k->text[n - 1] == ' ')
            n--;
        const unsigned char *u = (const unsigned char *)k->text + (n >= 3 ? n - 3 : 0);
        if (n >= 3 && (u[0] == 0xEE || (u[0] == 0xEF && u[1] >= 0x80 && u[1] <= 0xA3)) && u[1] >= 0x80 &&
            u[1] <= 0xBF && u[2] >= 0x80 && u[2] <= 0xBF)
            n -= 3;
        else
            break;
    }
    if (n < was && n) {
        k->text[n] = '\0';
        jfyp_node_changed(k);
    }
}

/* "OPEN Medicinal Plant Leaf Extract ...": the open-access badge some
 * publishers print left of the title in capitals, which OCR reads into
 * the title's first line: dropped when a word in title case follows it
 * (a title in capitals, "OPEN ACCESS TO ...", keeps it). */
/* The kind's label printed in the margin beside a title's middle line,
 * which a reading-order extraction runs into that line ("A database of
 * geopositioned" / "Data Descriptor Middle East Respiratory Syndrome" /
 * "Coronavirus occurrences"): a label of two or three capitalized words
 * the type reader knows, a capitalized word after it, the line above
 * ending on no colon (a subtitle's "Case Report and ..." opens so). The
 * label goes. 0, or -1 on OOM. */
static int drop_side_label(jfy_node *t) {
    for (jfy_node *k = t->first; k && k->next; k = k->next) {
        if (!jfyp_inline_is_break(k))
            continue;
        jfy_node *x = k->next, *a = k->prev;
        if (x->type != JFY_N_TEXT || !x->text || !a || a->type != JFY_N_TEXT || !a->text)
            continue;
        size_t al = strlen(a->text);
        while (al && a->text[al - 1] == ' ')
            al--;
        if (!al || a->text[al - 1] == ':')
            continue;
        const char *p = x->text;
        for (int words = 1; words <= 3; words++) {
            if (!(*p >= 'A' && *p <= 'Z'))
                break;
            p++;
            while (*p >= 'a' && *p <= 'z')
                p++;
            if (*p != ' ')
                break;
            const char *rest = p + 1;
            if (words >= 2 && rest[0] >= 'A' && rest[0] <= 'Z' && rest[1] >= 'a' && rest[1] <= 'z') {
                char *label = jfyp_strndup(x->text, (size_t)(p - x->text)), *printed = NULL;
                if (!label)
                    return -1;
                const char *type = jfyp_article_type_label(label, &printed);
                free(label);
                free(printed);
                if (type) {
                    memmove(x->text, rest, strlen(rest) + 1);
                    jfyp_node_changed(x);
                    return 0;
                }
            }
            p = rest;
        }
    }
    return 0;
}

static void drop_badge_head(jfy_node *t) {
    jfy_node *k = t->first;
    if (!k || k->type != JFY_N_TEXT || !k->text || strncmp(k->text, "OPEN ", 5) != 0)
        return;
    size_t n = 5;
    if (!strncmp(k->text + n, "ACCESS ", 7))
        n += 7;
    const char *w = k->text + n;
    if (!(w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'a' && w[1] <= 'z') || jfyp_count_words(w) < 3)
        return;
    memmove(k->text, w, strlen(w) + 1);
    jfyp_node_changed(k);
}

/* Where a printer's slug ends s[0..n) ("... Hazard jerd_469"), or -1:
 * the journal's code and the manuscript's number joined by an underscore,
 * which no title has. A code glued on to the title's last word is taken
 * as four letters at most, the length such codes run to. */
static long slug_start(const char *s, size_t n) {
    size_t e = n;
    while (e && s[e - 1] >= '0' && s[e - 1] <= '9')
        e--;
    if (e == n || e < 3 || s[e - 1] != '_' || !(s[e - 2] >= 'a' && s[e - 2] <= 'z'))
        return -1;
    size_t b = e - 1;
    while (b && s[b - 1] >= 'a' && s[b - 1] <= 'z')
        b--;
    if (b && s[b - 1] != ' ') {
        if (e - 1 - b <= 4)
            return -1;
        b = e - 1 - 4;
    }
    return (long)b;
}

/* The printer's slug some typesetters leave by the title ("jerd_469
 * 61..66": code, manuscript, pages), read into its last line or run into
 * its last word when the reader joins the two boxes: dropped. */
static void drop_slug_tail(jfy_node *t) {
    jfy_node *k = t->last;
    while (k && k->type == JFY_N_SOFTBREAK)
        k = k->prev;
    if (!k || k->type != JFY_N_TEXT || !k->text)
        return;
    char *s = k->text;
    size_t n = strlen(s);
    while (n && s[n - 1] == ' ')
        n--;
    /* the pages "61..66", on the slug's line or one of their own */
    size_t e = n;
    while (e && s[e - 1] >= '0' && s[e - 1] <= '9')
        e--;
    if (e < n && e >= 3 && s[e - 1] == '.' && s[e - 2] == '.' && s[e - 3] >= '0' && s[e - 3] <= '9') {
        size_t b = e - 2;
        while (b && s[b - 1] >= '0' && s[b - 1] <= '9')
            b--;
        if (b && s[b - 1] != ' ')
            return;
        n = b;
        while (n && s[n - 1] == ' ')
            n--;
        if (!n) {
            jfy_node *p = k->prev;
            while (p && p->type == JFY_N_SOFTBREAK)
                p = p->prev;
            if (!p || p->type != JFY_N_TEXT || !p->text)
                return;
            size_t m = strlen(p->text);
            while (m && p->text[m - 1] == ' ')
                m--;
            if (slug_start(p->text, m) <= 0)
                return;
            while (k->prev != p)
                jfyp_node_free(k->prev);
            jfyp_node_free(k);
            k = p;
            s = k->text;
            n = m;
        }
    }
    long b = slug_start(s, n);
    if (b < 0)
        return;
    if (b == 0) { /* the slug on a line of its own */
        jfy_node *p = k->prev;
        while (p && p->type == JFY_N_SOFTBREAK)
            p = p->prev;
        if (!p || p->type != JFY_N_TEXT)
            return;
        while (k->prev != p)
            jfyp_node_free(k->prev);
        jfyp_node_free(k);
        return;
    }
    n = (size_t)b;
    while (n && s[n - 1] == ' ')
        n--;
    if (n) {
        s[n] = '\0';
        jfyp_node_changed(k);
    }
}

static int drop_version_note(jfy_node *t) {
    char *all = jfyp_node_plain(t);
    if (!all)
        return -1;
    int has = version_note(all) != NULL;
    free(all);
    if (!has)
        return 0;
    for (jfy_node *k = t->last; k; k = k->prev) {
        const char *b = k->type == JFY_N_TEXT && k->text ? strrchr(k->text, '[') : NULL;
        if (!b)
            continue;
        while (k->next)
            jfyp_node_free(k->next);
        size_t n = (size_t)(b - k->text);
        while (n && k->text[n - 1] == ' ')
            n--;
        k->text[n] = '\0';
        jfyp_node_changed(k);
        return 0;
    }
    return 0;
}

/* Moves the inline content of a title block into node, rejoining words
 * broken across lines. */
static int take_inlines(jfy_node *b, jfy_node *node) {
    jfy_node *from = b;
    if (b->type == JFY_N_PARAGRAPH && (only_child_is(b, JFY_N_STRONG) || only_child_is(b, JFY_N_EMPH)))
        from = b->first;
    jfyp_node_move_children(from, node);
    for (jfy_node *k = node->first; k; k = k->next) {
        if (k->type != JFY_N_TEXT || !k->text || !k->next || k->next->type != JFY_N_SOFTBREAK)
            continue;
        size_t n = strlen(k->text);
        if (n < 2 || k->text[n - 1] != '-')
            continue;
        jfy_node *brk = k->next, *after = brk->next;
        size_t l;
        int before = n >= 2 ? k->text[n - 2] : 0;
        int next = after && after->type == JFY_N_TEXT && after->text
                       ? jfyp_utf8_decode(after->text, &l)
                       : 0;
        if (before >= 'a' && before <= 'z' &&
            utf8proc_category(next) == UTF8PROC_CATEGORY_LL) {
            k->text[n - 1] = '\0';
            jfyp_node_changed(k);
        }
        jfyp_node_free(brk);
    }
    return 0;
}

/* A node of the given type holding the inlines of blocks first..last, one
 * soft break between blocks, spanning them. NULL on OOM. */
static jfy_node *blocks_node(jfy_node_type type, jfy_node **blk, int first, int last) {
    jfy_node *t = jfyp_node_new(type);
    if (!t)
        return NULL;
    jfyp_node_span_from(t, blk[first]);
    for (int i = first; i <= last; i++) {
        if (i > first) {
            jfy_node *brk = jfyp_node_new(JFY_N_SOFTBREAK);
            if (!brk) {
                jfyp_node_free(t);
                return NULL;
            }
            jfyp_node_append(t, brk);
        }
        take_inlines(blk[i], t);
    }
    t->end_line = blk[last]->end_line;
    t->end_col = blk[last]->end_col;
    return t;
}

static char *printed_label(const char *printed) {
    int letters, upper;
    jfyp_utf8_case_counts(printed, &letters, &upper);
    if (letters > 1 && upper == letters) {
        /* "RESEARCH ARTICLE" -> "Research Article" */
        return jfyp_titlecase(printed);
    }
    return jfyp_strdup(printed);
}


/* ---- a title and the byline under it printed as one block ---- */

static int all_caps(const char *t) {
    int letters, upper;
    jfyp_utf8_case_counts(t, &letters, &upper);
    return letters > 1 && upper == letters;
}

/* The last line of the byline lines [j, ...] of l open, or -1 (-2 on
 * OOM); *names gets how many names it reads. One name alone, unmarked, is
 * not taken: a title's last line reads as one ("Malaria Epidemic Area",
 * "Pesquisa Nacional de Saude"). */
/* Whether a title's line can end where line p does: a line ending in an
 * article, preposition or conjunction goes on in the next one ("... and
 * Essential Oils in" / "Extending Shelf Life ..."). */
static int ends_open(const char *p) {
    static const char *const words[] = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "from",
                                        "with", "by", "and", "or", "into", "via", "versus", "vs",
                                        /* and in Portuguese, Spanish and French titles (not "e" nor
                                         * "y", a vitamin's or a variable's letter) */
                                        "de", "da", "do", "das", "dos", "em", "na", "no", "nas", "nos",
                                        "para", "com", "por", "del", "la", "las", "los", "el", "en",
                                        "con", "des", "du", "et", "pour", "sur", "aux", NULL};
    const char *w = strrchr(p, ' ');
    w = w ? w + 1 : p;
    for (size_t i = 0; words[i]; i++)
        if (jfyp_strieq(w, words[i]))
            return 1;
    return 0;
}

/* Whether line c can open a byline: no lower-case word but a name's
 * particle or "and" ("Diagnosis of Primary Hepatic Carcinoma" is a
 * title's line), and a line of more than five words names several people
 * with commas, "and" or markers ("Intracellular Domain Does Not Induce
 * Expression or Enhance" names nobody). */
static int byline_opener(const char *c) {
    static const char *const particles[] = {"and", "et", "van", "von", "de", "da", "das", "dos", "del",
                                            "della", "der", "den", "di", "du", "la", "le", "y", "bin",
                                            "ibn", "al", "el", "ten", "ter", "zu", "e", NULL};
    int words = 0, listy = strchr(c, ',') || strchr(c, '&') || strchr(c, '*');
    for (const char *p = c; *p;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        const char *e = p;
        while (*e && *e != ' ')
            e++;
        words++;
        /* letter markers ("Ravi Menon a, Sunita Rao b,c") are no words,
         * nor a bullet, bar or spaced full stop set between names
         * ("Jane Roe . John Doe .", a dropped symbol's stand-in) */
        if ((e - p == 3 && !strncmp(p, "\xe2\x80\xa2", 3)) || (e - p == 1 && (*p == '|' || *p == '.'))) {
            listy = 1;
            p = e;
            continue;
        }
        int marker = 1;
        for (const char *q = p; q < e && marker; q++) {
            /* (the corresponding author's sign set as a mathematical
             * asterisk U+2217, a low asterisk U+204E or a dagger after
             * "Ann Poe b,") */
            if (e - q >= 3 && (!strncmp(q, "\xe2\x88\x97", 3) || !strncmp(q, "\xe2\x81\x8e", 3) ||
                               !strncmp(q, "\xe2\x80\xa0", 3) || !strncmp(q, "\xe2\x80\xa1", 3))) {
                q += 2;
                continue;
            }
            marker = *q == ',' || *q == '*' || (*q >= '0' && *q <= '9') ||
                     (*q >= 'a' && *q <= 'z' && !(q + 1 < e && q[1] >= 'a' && q[1] <= 'z'));
        }
        if (marker) {
            listy = 1;
            p = e;
            continue;
        }
        if (*p >= 'a' && *p <= 'z') {
            /* "brandtner2": a surname in lower case, its marker glued on */
            const char *d = p;
            while (d < e && *d >= 'a' && *d <= 'z')
                d++;
            int glued = d - p >= 4 && d < e && *d >= '0' && *d <= '9';
            while (glued && d < e && ((*d >= '0' && *d <= '9') || *d == ',' || *d == '*'))
                d++;
            if (glued && d == e) {
                listy = 1;
                p = e;
                continue;
            }
            int ok = 0;
            for (size_t i = 0; particles[i] && !ok; i++) {
                size_t pl = strlen(particles[i]);
                /* (or hyphened to the family name: "bin-Reza") */
                ok = !strncmp(p, particles[i], pl) &&
                     (pl == (size_t)(e - p) || (p[pl] == '-' && p[pl + 1] >= 'A' && p[pl + 1] <= 'Z'));
            }
            if (!ok)
                return 0;
            listy |= !strncmp(p, "and ", 4);
        }
        for (const char *q = p; q < e; q++)
            listy |= *q >= '0' && *q <= '9';
        p = e;
    }
    return words <= 5 || listy;
}

static long byline_from(const jfyp_lines *l, size_t j, size_t *names) {
    size_t top = j + 5 < l->n ? j + 5 : l->n - 1;
    for (size_t k = top + 1; k-- > j;) {
        /* a number alone under the names labels the address below it */
        if (k > j && strspn(l->v[k].text, "0123456789, ") == strlen(l->v[k].text))
            continue;
        /* nor do the names run on over an address's line ("a" / "Xi'an
         * Traffic Institute, ..." / "b") */
        int address = 0;
        for (size_t a = j + 1; a <= k && !address; a++)
            address = jfyp_front_has_institution_word(l->v[a].text);
        if (address)
            continue;
        char *t = jfyp_lines_join(l, j, k);
        if (!t)
            return -2;
        jfyp_byname *v = NULL;
        size_t n = 0;
        int rc = jfyp_byline_read(t, &v, &n);
        free(t);
        if (rc < 0)
            return -2;
        int marked = 0;
        for (size_t x = 0; x < n; x++)
            marked |= *v[x].markers != '\0';
        jfyp_byline_free(v, n);
        *names = n;
        if (rc == 1 && (n >= 2 || marked))
            return (long)k;
    }
    return -1;
}

/* Names read from t: how many, and whether any bears a marker (-1 on
 * OOM, 0 names when t is no byline). */
static int names_of(const char *t, size_t *cnt, int *marked) {
    size_t n = 0;
    int rc = jfyp_byline_weigh(t, &n, marked);
    if (rc < 0)
        return -1;
    *cnt = rc == 1 ? n : 0;
    return 0;
}

/* Line c of a title's block reads as one name with no marker, no comma
 * or "and" leading on, over a line of names that bear markers
 * ("Deaminase-Producing Bacteria" / "Jane Roe † and John Doe*†"): a
 * title's last line in capitalized words, as a byline wrapped between
 * two names never leaves the first unmarked. 1, 0, -1 on OOM. */
static int title_line_over_marked_names(const char *c, const char *below) {
    size_t n = strlen(c);
    if (!n || c[n - 1] == ',' || c[n - 1] == ';' || (n >= 4 && !strcmp(c + n - 4, " and")))
        return 0;
    size_t cnt, next;
    int marked, next_marked;
    if (names_of(c, &cnt, &marked) < 0 || names_of(below, &next, &next_marked) < 0)
        return -1;
    return cnt == 1 && !marked && next >= 1 && next_marked;
}

/* Whether t holds nothing but affiliation markers: lower-case letters
 * or figures a character or two long, commas, note signs ("a", "b,c",
 * "1", "∗"). */
static int markers_only(const char *t) {
    int any = 0;
    for (const char *p = t; *p;) {
        if (*p == ' ' || *p == ',' || *p == '*') {
            p++;
            continue;
        }
        if (!strncmp(p, "\xe2\x88\x97", 3) || !strncmp(p, "\xe2\x80\xa0", 3) || !strncmp(p, "\xe2\x80\xa1", 3)) {
            p += 3;
            continue;
        }
        size_t w = strcspn(p, " ,*");
        if (w > 2)
            return 0;
        for (size_t k = 0; k < w; k++)
            if (!((p[k] >= 'a' && p[k] <= 'z') || (p[k] >= '0' && p[k] <= '9')))
                return 0;
        any = 1;
        p += w;
    }
    return any;
}

/* A byline of several or marked names on the block's first line, the
 * raised markers of the addresses a reader set on lines of their own
 * under it ("Jane Roe a, John Doe b,∗" / "a" / "b"): the block is the
 * byline, though the markers joined onto the names read as none.
 * 1, 0 when not, -1 on OOM. */
static int names_over_marker_lines(jfy_node *b) {
    if (b->line == b->end_line)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(b, &l) < 0)
        return -1;
    int ok = l.n >= 2 && l.n <= 6;
    for (size_t k = 1; k < l.n && ok; k++)
        ok = markers_only(l.v[k].text);
    if (ok)
        ok = strong_byline(l.v[0].text);
    jfyp_lines_free(&l);
    return ok;
}

/* A block of names one a line, each with its marker ("Dong Roe 1,*" /
 * "Ana Poe 2"), as a byline set down the side of the page: 1, 0 when not,
 * -1 on OOM. Unmarked lines could be a title's in capitalized words. */
static int marked_name_per_line(const jfy_node *b) {
    char *t = jfyp_front_text(b, 1);
    if (!t)
        return -1;
    int lines = 0, ok = strchr(t, '\n') != NULL;
    for (char *p = t; p && ok > 0 && lines < 40;) {
        char *e = strchr(p, '\n');
        if (e)
            *e = '\0';
        size_t cnt;
        int marked;
        if (names_of(jfyp_trim(p), &cnt, &marked) < 0)
            ok = -1;
        else
            ok = cnt == 1 && marked;
        lines++;
        p = e ? e + 1 : NULL;
    }
    free(t);
    return ok;
}

/* A single capital with its full stop as a word ("Jane Q. Roe"). */
static int initial_in(const char *t) {
    for (const char *p = t; *p; p++)
        if ((p == t || p[-1] == ' ') && p[0] >= 'A' && p[0] <= 'Z' && p[1] == '.' && p[2] == ' ')
            return 1;
    return 0;
}

/* One unmarked name of two to five words alone on a line ("Jane Q.
 * Roe"): 1, 0 when not, -1 on OOM. */
static int lone_name(const char *t) {
    jfyp_byname *v = NULL;
    size_t n = 0;
    int rc = jfyp_byline_read(t, &v, &n);
    if (rc < 0)
        return -1;
    int words = 1;
    for (const char *p = t; *p; p++)
        words += *p == ' ';
    int ok = rc == 1 && n == 1 && !*v[0].markers && words >= 2 && words <= 5 && !strchr(t, ',');
    jfyp_byline_free(v, n);
    return ok;
}

/* A line of an affiliation or contact printed under a name in a
 * conference paper's author block: an institution, an address (figures,
 * a comma), an e-mail, or an acronym alone ("ID-IMAG"). */
static int author_block_line(const char *t) {
    if (strchr(t, '@') || strchr(t, ',') || jfyp_front_has_institution_word(t))
        return 1;
    int letters, upper, digits = 0;
    jfyp_utf8_case_counts(t, &letters, &upper);
    for (const char *p = t; *p; p++)
        digits += *p >= '0' && *p <= '9';
    return (digits > 0 && letters > 0) || (letters > 1 && upper == letters && !strchr(t, ' '));
}

/* A block of one author: a name alone on its first line ("Jane Q. Roe"),
 * its affiliation's lines under it (an institution, an address); not a
 * contact's name over an e-mail, which a correspondence block prints. 1,
 * 0 when not, -1 on OOM. */
static int name_over_address(jfy_node *b) {
    jfyp_lines l;
    if (jfyp_lines_of(b, &l) < 0)
        return -1;
    int ok = l.n >= 2 && l.n <= 5 ? lone_name(l.v[0].text) : 0;
    for (size_t i = 1; i < l.n && ok > 0; i++)
        ok = author_block_line(l.v[i].text) && !strchr(l.v[i].text, '@');
    jfyp_lines_free(&l);
    return ok;
}

/* Authors a block each, the name over its affiliation ("Jane Q. Roe" /
 * "Department of ..., Town, Land"), as a layout reader (pdfminer.six)
 * boxes them: the name set in a block of its own, as other readers give
 * the first, where two authors' blocks stand in a row (or one over a
 * name alone). 0, or -1 on OOM. */
static int split_name_blocks(jfyp_rec *r) {
    int seen = 0, prev = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < ZONE; n = jfyp_rec_next(r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH) {
            prev = 0;
            continue;
        }
        int one = name_over_address(n), two = 0;
        if (one < 0)
            return -1;
        jfy_node *x = jfyp_rec_next(r, n);
        if (one && !prev && x && x->type == JFY_N_PARAGRAPH) {
            if (x->line == x->end_line) {
                char *t = jfyp_front_text(x, 0);
                if (!t)
                    return -1;
                two = lone_name(t);
                free(t);
            } else
                two = name_over_address(x);
            if (two < 0)
                return -1;
        }
        if (one && (prev || two)) {
            jfyp_lines l;
            if (jfyp_lines_of(n, &l) < 0)
                return -1;
            jfy_node *q = jfyp_lines_split(n, &l, 1);
            jfyp_lines_free(&l);
            if (!q)
                return -1;
            n = q;
        }
        prev = one && (prev || two);
    }
    return 0;
}

/* Conference papers set their authors side by side, each name over its
 * affiliation; an extraction gives the first name at the foot of the
 * title's block (with its affiliation lines under it) and the next name
 * alone in the block after. The line where that first name stands, or 0
 * (-1 on OOM). One name at a block's foot is the side-by-side shape only
 * when the next block is another name alone: a name with its affiliation
 * under it there is the first author, and the line above it the title's
 * last ("Analytical Hierarchical Process"). */
static long side_by_side_name(jfyp_rec *r, jfy_node *n, const jfyp_lines *l) {
    /* The blocks under it: names alone, then as many affiliation blocks
     * as there are names with the one at the title's foot (e-mail blocks
     * aside), row after row; a name whose affiliation the page prints
     * under it in its own block makes the count come out even without
     * the title's line. */
    int names = 0, affs = 0, mails = 0, seen = 0;
    for (jfy_node *x = jfyp_rec_next(r, n); x && seen < 16; x = jfyp_rec_next(r, x), seen++) {
        if (x->type != JFY_N_PARAGRAPH)
            break;
        char *t = jfyp_front_text(x, 0);
        if (!t)
            return -1;
        int stop = jfyp_front_stop(x, t, 0) || jfyp_front_meta_line(t);
        free(t);
        if (stop)
            break;
        jfyp_lines nl;
        if (jfyp_lines_of(x, &nl) < 0)
            return -1;
        int one = nl.n == 1 ? lone_name(nl.v[0].text) : 0, block = nl.n > 0 && !one, mail = 1;
        for (size_t i = 0; i < nl.n && block; i++) {
            block = author_block_line(nl.v[i].text);
            mail &= strchr(nl.v[i].text, '@') != NULL;
        }
        jfyp_lines_free(&nl);
        if (one < 0)
            return -1;
        if (one && affs == 0)
            names++;
        else if (one && affs > 0 && affs == names)
            names++; /* the next row of names */
        else if (block) {
            affs += !mail;
            mails += mail;
        } else
            break;
        if (names == 0)
            return 0;
    }
    /* an affiliation printed alike for every author may be gone as a
     * running line by now: the e-mail blocks count then */
    if (names == 0 || (affs != names + 1 && !(affs == 0 && mails == names + 1)))
        return 0;
    for (size_t j = l->n - 1; j >= 1 && j + 5 >= l->n; j--) {
        int one = lone_name(l->v[j].text);
        if (one < 0)
            return -1;
        if (one) {
            for (size_t k = j + 1; k < l->n; k++)
                if (!author_block_line(l->v[k].text))
                    return 0;
            return (long)j;
        }
        if (!author_block_line(l->v[j].text))
            return 0;
    }
    return 0;
}

/* Whether the names go on in a block below n that opens with the comma
 * between two names (", Jane Roe", ", and John Doe"): pdftotext sets a
 * byline's superscripts apart and breaks the line at each, and a sidebar
 * may come between. 1, 0, -1 on OOM. */
static int comma_names_follow(jfyp_rec *r, jfy_node *n) {
    int seen = 0;
    for (jfy_node *x = jfyp_rec_next(r, n); x && seen < 10; x = jfyp_rec_next(r, x), seen++) {
        if (x->type != JFY_N_PARAGRAPH)
            return 0;
        char *t = jfyp_front_text(x, 0);
        if (!t)
            return -1;
        int ok = t[0] == ',' && t[1] == ' ' && !strchr(t, '\n') ? is_byline(t + 2) : 0;
        if (!ok && !strncmp(t, "and ", 4) && !strchr(t, '\n'))
            ok = is_byline(t + 4);
        int stop = jfyp_front_stop(x, t, 0);
        /* (a marked name first, "Jane Roe 1,*", is the byline's first:
         * the names after their commas go on from it, and what stands
         * over it is the title's, "... Feed-Forward MPC") */
        if (!ok && !stop && strpbrk(t, "0123456789*") && !strchr(t, '\n'))
            stop = is_byline(t);
        free(t);
        if (ok || stop < 0)
            return ok ? ok : -1;
        if (stop)
            return 0;
    }
    return 0;
}

/* The first of a title's lines: a title wraps where it likes, after the
 * comma of a list in it ("An energy,"), which no whole title ends on. (A
 * line ending on a colon stays no title: it labels what is under it,
 * "SENIOR EDITORS:".) */
static int title_first_line(const char *c) {
    size_t n = strlen(c);
    if (n < 2 || c[n - 1] != ',')
        return titleish(c);
    char *d = jfyp_strndup(c, n - 1);
    if (!d)
        return -1;
    int ok = titleish(d);
    free(d);
    return ok;
}

static int marker_line(const char *t);

/* Whether the block after n is a name's marker alone ("1", "1,2*"), as
 * pdftotext sets a raised figure apart from the line it belongs to, or
 * the first address the marker labels. 1, 0, -1 on OOM. */
static int marker_block_follows(jfyp_rec *r, jfy_node *n) {
    jfy_node *x = jfyp_rec_next(r, n);
    if (!x || x->type != JFY_N_PARAGRAPH)
        return 0;
    char *t = jfyp_front_text(x, 0);
    if (!t)
        return -1;
    int ok = !strchr(t, '\n') && marker_line(t);
    /* or the next name's marker over it, the names going on in that
     * block ("3" / "Ana Lima" / ", Rui Costa"): pdftotext sets a raised
     * figure on a line of its own and may read a byline's names out of
     * order */
    if (!ok) {
        char *raw = jfyp_front_text(x, 1);
        if (!raw) {
            free(t);
            return -1;
        }
        char *nl = strchr(raw, '\n');
        if (nl) {
            *nl = '\0';
            ok = marker_line(jfyp_trim(raw));
        }
        free(raw);
        /* (the block read as one line: the names after the marker) */
        if (ok)
            ok = is_byline(t + strspn(t, "0123456789,* "));
        if (ok < 0) {
            free(t);
            return -1;
        }
    }
    /* the marker gone (read as a page number): the address it labels,
     * opening on the same figure ("1 Department of ...") */
    if (!ok && t[0] == '1' && (t[1] == ' ' || (t[1] >= 'A' && t[1] <= 'Z'))) {
        size_t e = strcspn(t, "\n");
        char *first = jfyp_strndup(t, e);
        if (!first) {
            free(t);
            return -1;
        }
        /* (or an acronym's unit and place, ending on its country:
         * "1 ICTEAM, UCLouvain, Belgium") */
        ok = jfyp_front_has_institution_word(first) || (strchr(first, ',') && jfyp_office_country_ends(first));
        free(first);
    }
    free(t);
    return ok;
}

/* The block after n opens on an institution's address: its first line
 * names an institution, two commas or more on it. 1, 0 when not, -1 on
 * OOM. */
static int address_block_follows(jfyp_rec *r, jfy_node *n) {
    jfy_node *x = jfyp_rec_next(r, n);
    if (!x || x->type != JFY_N_PARAGRAPH)
        return 0;
    char *raw = jfyp_front_text(x, 1);
    if (!raw)
        return -1;
    char *f = jfyp_trim(raw);
    f[strcspn(f, "\n")] = '\0';
    int ok = f[0] >= 'A' && f[0] <= 'Z' && !strchr(f, '@') && address(f);
    free(raw);
    return ok;
}

/* t is the journal's name of two words or more, in any case. */
static int is_journal_name(const jfyp_hints *h, const char *t) {
    for (size_t i = 0; i < JFYP_HINT_NAMES && h->journal_names[i]; i++)
        if (strchr(h->journal_names[i], ' ') && jfyp_strieq(t, h->journal_names[i]))
            return 1;
    return 0;
}

/* The words of t in lower case, a space before each ("inquiry the
 * journal of ..."): for comparing names by their words. */
static size_t word_keys(const char *t, char *out, size_t cap) {
    size_t n = 0, words = 0;
    for (const char *p = t; *p && n + 2 < cap;) {
        if (!isalnum((unsigned char)*p) && !((unsigned char)*p & 0x80)) {
            p++;
            continue;
        }
        out[n++] = ' ';
        while ((isalnum((unsigned char)*p) || ((unsigned char)*p & 0x80)) && n + 2 < cap)
            out[n++] = (char)tolower((unsigned char)*p++);
        words++;
    }
    out[n] = '\0';
    return words;
}

/* Whether t, of four words or more, is the journal's name as its cover
 * prints it, worded a little apart from the sidecar's ("INQUIRY: The
 * Journal of Health Care Organization, Provision, and Financing" for
 * "Inquiry: A Journal of Medical Care Organization, Provision and
 * Financing"): most of its words are the name's, and most of the name's
 * are its. A title shares a word or two with its journal's name, not
 * most of them. */
static int journal_like(const jfyp_hints *h, const char *t) {
    char tk[512], nk[512], w[128];
    size_t tw = word_keys(t, tk, sizeof tk);
    if (tw < 4 || strlen(t) > 300)
        return 0;
    for (size_t i = 0; i < JFYP_HINT_NAMES && h->journal_names[i]; i++) {
        size_t nw = word_keys(h->journal_names[i], nk, sizeof nk), shared = 0;
        if (nw < 3)
            continue;
        /* each of t's words found among the name's */
        for (const char *p = tk; *p;) {
            size_t l = strcspn(p + 1, " ") + 1;
            if (l + 2 < sizeof w) {
                memcpy(w, p, l);
                w[l] = ' ';
                w[l + 1] = '\0';
                size_t nl = strlen(nk);
                nk[nl] = ' ';
                nk[nl + 1] = '\0';
                shared += strstr(nk, w) != NULL;
                nk[nl] = '\0';
            }
            p += l;
        }
        if (shared * 10 >= tw * 7 && shared * 10 >= nw * 7)
            return 1;
    }
    return 0;
}

/* Whether block n's first line is a few words in title case, no name's
 * marker nor separator, and the lines under it a byline of two names or
 * more: if so n is split under its first line (1; -1 on OOM). */
static int tail_over_names(jfy_node *n) {
    jfyp_lines l;
    if (jfyp_lines_of(n, &l) < 0)
        return -1;
    int ok = 0;
    const char *c = l.n >= 2 ? l.v[0].text : "";
    size_t w = jfyp_count_words(c);
    if (l.n >= 2 && w >= 2 && w <= 5 && !strpbrk(c, ",;&*0123456789") && !all_caps(c) &&
        c[0] >= 'A' && c[0] <= 'Z' && titleish(c)) {
        ok = strong_byline(l.v[1].text);
        if (ok > 0)
            ok = jfyp_lines_split(n, &l, 1) ? 1 : -1;
    }
    jfyp_lines_free(&l);
    return ok;
}

/* How many of the names read from t bear a marker, into *marked, and how
 * many they are, into *cnt (0 when t reads as no names); -1 on OOM. */
static int marked_names(const char *t, size_t *cnt, size_t *marked) {
    jfyp_byname *v = NULL;
    size_t n = 0;
    int rc = jfyp_byline_read(t, &v, &n);
    if (rc < 0)
        return -1;
    *cnt = rc == 1 ? n : 0;
    *marked = 0;
    for (size_t x = 0; rc == 1 && x < n; x++)
        *marked += *v[x].markers != '\0';
    jfyp_byline_free(v, n);
    return 0;
}

/* A title that lists terms in capitalized words ("Medullary Thyroid
 * Carcinoma, Parathyroid Hyperplasia, and ...") reads as names, and with
 * the byline under it in one block the whole block reads as a byline.
 * A byline marks all its names or none, whatever line they wrap on: the
 * lines of names with no marker over lines of names that all bear one
 * are the title's (an article-type label may stand over them). Block n
 * is split where the marked names start: 1, 0 when it is no such block,
 * -1 on OOM. */
static int list_title_over_marked_names(jfy_node *n) {
    jfyp_lines l;
    if (jfyp_lines_of(n, &l) < 0)
        return -1;
    size_t t0 = l.n >= 3 && jfyp_title_label_line(l.v[0].text) ? 1 : 0;
    int ok = 0;
    for (size_t j = t0 + 1; j < l.n && j <= t0 + 3 && !ok && l.n <= 10; j++) {
        const char *p = l.v[j - 1].text;
        size_t pn = strlen(p);
        /* (a byline wrapped after a comma or "and" goes on) */
        if (!pn || p[pn - 1] == ',' || p[pn - 1] == ';' || (pn >= 4 && !strcmp(p + pn - 4, " and")))
            continue;
        char *head = jfyp_lines_join(&l, t0, j - 1), *rest = head ? jfyp_lines_join(&l, j, l.n - 1) : NULL;
        size_t hc = 0, hm = 0, rn = 0, rm = 0;
        int bad = !head || !rest || marked_names(head, &hc, &hm) < 0 || marked_names(rest, &rn, &rm) < 0;
        ok = !bad && hc >= 2 && hm == 0 && rn >= 2 && rm == rn && titleish(head) && !address(head);
        free(head);
        free(rest);
        if (bad) {
            jfyp_lines_free(&l);
            return -1;
        }
        if (ok && !jfyp_lines_split(n, &l, j))
            ok = -1;
    }
    jfyp_lines_free(&l);
    return ok;
}

/* A PDF extraction prints the title's lines and the names under it with
 * no blank line between: the block is split where the byline starts, and
 * again where it ends. */
/* "Ron Roe, BSc; Ann K. Poe, MD, PhD; and ...": how many names with
 * their degrees a byline set apart by semicolons holds in its parts (a
 * name of two to four capitalized words, then degrees: a capital and up
 * to four letters each). */
static size_t degree_names(const char *t) {
    size_t names = 0;
    for (const char *p = t; *p;) {
        const char *e = strchr(p, ';');
        if (!e)
            e = p + strlen(p);
        while (p < e && *p == ' ')
            p++;
        if (e - p > 4 && !strncmp(p, "and ", 4))
            p += 4;
        const char *c = memchr(p, ',', (size_t)(e - p));
        int ok = c != NULL && *p >= 'A' && *p <= 'Z';
        int words = 1;
        for (const char *q = p; ok && q < c; q++)
            if (*q == ' ' && ++words > 4)
                ok = 0;
        ok = ok && words >= 2;
        for (const char *q = c; ok && q && q < e;) {
            q++;
            while (q < e && *q == ' ')
                q++;
            const char *w = q;
            while (q < e && *q != ',' && *q != ' ')
                q++;
            ok = q - w >= 2 && q - w <= 5 && *w >= 'A' && *w <= 'Z';
            while (q < e && *q == ' ')
                q++;
            if (q < e && *q != ',')
                ok = 0;
            if (q >= e)
                break;
        }
        names += ok;
        p = *e ? e + 1 : e;
    }
    return names;
}

/* Whether word w[0..n) is an academic degree's abbreviation ("MD", "PhD",
 * "MMed", "FRACP", "BSc"): letters alone, two capitals at least, few
 * lower-case letters. */
static int degree_word(const char *w, size_t n) {
    size_t up = 0, low = 0;
    for (size_t i = 0; i < n; i++) {
        if (w[i] >= 'A' && w[i] <= 'Z')
            up++;
        else if (w[i] >= 'a' && w[i] <= 'z')
            low++;
        else
            return 0;
    }
    return n >= 2 && n <= 7 && up >= 2 && low <= 3 && w[0] >= 'A' && w[0] <= 'Z';
}

/* A byline of names with their degrees in commas, whatever parts the
 * names ("SK Wong*, MD, MMed, P Srisuk, FRCR", "Ann Roe, MBBS, FAMS .
 * Li Wei, MBBS"): parts of one degree each, two at least, and every
 * other part a name of two to four capitalized words, a degree after
 * each name. No title's line reads so. */
static int degree_byline(const char *t) {
    size_t degrees = 0, names = 0;
    int after_name = 0;
    for (const char *p = t; *p;) {
        const char *e = p;
        while (*e && *e != ',' && *e != ';' && !(e[0] == ' ' && e[1] == '.' && (e[2] == ' ' || !e[2])))
            e++;
        const char *a = p, *b = e;
        while (a < b && (*a == ' ' || *a == '.'))
            a++;
        if (b - a > 4 && !strncmp(a, "and ", 4))
            a += 4;
        while (b > a && (b[-1] == ' ' || b[-1] == '*' || b[-1] == '.' || (b[-1] >= '0' && b[-1] <= '9')))
            b--;
        if (b > a) {
            if (memchr(a, ' ', (size_t)(b - a)) == NULL && degree_word(a, (size_t)(b - a))) {
                if (!after_name && !degrees)
                    return 0;
                degrees++;
                after_name = 0;
            } else {
                if (after_name)
                    return 0;
                int words = 0;
                for (const char *q = a; q < b;) {
                    while (q < b && *q == ' ')
                        q++;
                    if (q >= b)
                        break;
                    if (!(*q >= 'A' && *q <= 'Z') && (size_t)(b - q) >= 2 && strncmp(q, "de", 2) && strncmp(q, "van", 3))
                        return 0;
                    words++;
                    while (q < b && *q != ' ')
                        q++;
                }
                if (words < 2 || words > 4)
                    return 0;
                names++;
                after_name = 1;
            }
        }
        p = *e == ' ' ? e + 2 : *e ? e + 1 : e;
    }
    return names >= 1 && degrees >= 2 && !after_name;
}

/* A title's last line naming a place and the year it looks at ("Chi
 * Minh City, 2005", "Da Nang Province 2011"): it ends on a year, as no
 * line of names does, however name-shaped its words read. */
static int year_tail(const char *t) {
    size_t n = strlen(t);
    while (n && (t[n - 1] == ' ' || t[n - 1] == '.'))
        n--;
    if (n < 6 || !is_year_at(t + n - 4) || (t[n - 5] != ' ' && t[n - 5] != ','))
        return 0;
    return jfyp_count_words(t) <= 8;
}

static int split_title_byline(jfyp_rec *r) {
    int seen = 0, cut_before = 0, open_before = 0;
    const jfy_node *above = NULL;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < ZONE; above = n, n = jfyp_rec_next(r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH)
            return 0;
        /* whether the block before ends on a word cut by a hyphen ("...
         * an anti-multidrug-" / "resistant pathogens agent") */
        int cut_above = cut_before, open_above = open_before;
        {
            char *raw = jfyp_front_text(n, 1);
            if (!raw)
                return -1;
            size_t rl = strlen(raw);
            cut_before = rl >= 2 && raw[rl - 1] == '-' && raw[rl - 2] >= 'a' && raw[rl - 2] <= 'z';
            const char *ll = strrchr(raw, '\n');
            open_before = jfyp_count_words(raw) >= 4 && ends_open(ll ? ll + 1 : raw);
            free(raw);
        }
        char *t = jfyp_front_text(n, 0);
        if (!t)
            return -1;
        int stop = jfyp_front_stop(n, t, 0), whole = stop ? 0 : is_byline(t);
        /* (a label over the title, "Brief Communications", reads as a
         * name: the title and byline are looked for under it) */
        if (whole > 0 && (is_journal_name(r->hints, t) || kind_label(t) || jfyp_title_label_line(t)))
            whole = 0;
        free(t);
        if (whole < 0)
            return -1;
        /* The title's last words alone over the names, a blank line
         * under the rest of it ending open ("... Materials with" / "Life
         * Cycle Sustainability" / "Jun Zha1, Wen Li2"): OCR sets large
         * type's line gap as a blank line, and the block reads as names
         * as a whole; its first line goes back to the title (title_goes_on
         * joins it), the names start under it. */
        if (whole && open_above && above && n->line == above->end_line + 2) {
            int tail = tail_over_names(n);
            if (tail < 0)
                return -1;
            if (tail)
                return 0;
        }
        /* (a title of terms read as names with the byline: cut apart) */
        if (whole)
            return list_title_over_marked_names(n) < 0 ? -1 : 0;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        /* The title, the names and the abstract's prose with no blank
         * line between read as prose: split there too, and look no
         * further. A block opening on a section heading is the body. */
        if (stop && (l.n < 3 || jfyp_front_stop(n, l.v[0].text, 0))) {
            jfyp_lines_free(&l);
            return 0;
        }
        long at = -1, end = -1;
        /* "Clinical Study" / the title / the names, in one block: the
         * title starts under the label */
        size_t t0 = l.n >= 3 && jfyp_title_label_line(l.v[0].text) ? 1 : 0;
        const char *c0 = l.n >= 2 ? l.v[t0].text : "";
        int head = l.n >= 2 ? title_first_line(c0) : 0;
        if (head < 0) {
            jfyp_lines_free(&l);
            return -1;
        }
        if (head && !running_header(c0) && !jfyp_title_label_line(c0)) {
            size_t names = 0;
            for (size_t j = t0 + 1; j < l.n && j <= t0 + 6; j++) {
                const char *p = l.v[j - 1].text, *c = l.v[j].text;
                if (strchr(p, '@') || jfyp_front_meta_line(c))
                    break;
                /* "MULTILINGUAL QUESTION ANSWERING" + "TRACK Jane Roe1, ...":
                 * a capitals title ends where the capitals do. */
                size_t w = strcspn(c, " ");
                char *first = jfyp_strndup(c, w);
                if (!first) {
                    jfyp_lines_free(&l);
                    return -1;
                }
                int caps_word = all_caps(first) && !all_caps(c);
                free(first);
                if (caps_word && all_caps(p))
                    continue;
                if (ends_open(p) || !byline_opener(c) || year_tail(c))
                    continue;
                /* a title's line ending on a comma that names nobody goes
                 * on in the next ("... between Cyclometallation," /
                 * "Fluoride Migration, and Hydrogen Bonding"), however
                 * name-shaped that is; a line of names ending on a comma
                 * ("Jane Roe,a Mark Poe,") is no title's, whether or not
                 * it reads as a byline alone */
                size_t pl = strlen(p);
                if (pl && p[pl - 1] == ',' && jfyp_count_words(p) >= 3 && !strpbrk(p, "0123456789") &&
                    title_prose_line(p)) {
                    int pn = is_byline(p);
                    if (pn < 0) {
                        jfyp_lines_free(&l);
                        return -1;
                    }
                    if (!pn)
                        continue;
                }
                int over = j + 1 < l.n ? title_line_over_marked_names(c, l.v[j + 1].text) : 0;
                if (over < 0) {
                    jfyp_lines_free(&l);
                    return -1;
                }
                if (over)
                    continue;
                size_t cnt = 0;
                long k = byline_from(&l, j, &cnt);
                if (k < -1) {
                    jfyp_lines_free(&l);
                    return -1;
                }
                /* one name alone at the block's foot, the others below
                 * after their markers ("Jane Roe" / "1,2" / ", John Doe") */
                if (k < 0 && j + 1 == l.n && at < 0) {
                    int one = lone_name(c), more = one > 0 ? comma_names_follow(r, n) : one;
                    /* or one author's name, its marker set apart in the
                     * next block ("Jane Roe" / "1" / "1 Department ...") */
                    if (one > 0 && !more)
                        more = marker_block_follows(r, n);
                    /* or one author's name with an initial or with its
                     * degrees ("Jane Q. Roe", "Jane Roe, MD, MPH"), the
                     * address opening the next block ("Division of ...,
                     * University of ..., City"): a title's line stands
                     * over the byline, never right over an address */
                    if (!more && (one > 0 ? initial_in(c) : one == 0 && degree_byline(c) && !strchr(c, ';')))
                        more = address_block_follows(r, n);
                    if (more < 0) {
                        jfyp_lines_free(&l);
                        return -1;
                    }
                    if (more)
                        k = (long)j, cnt = 1;
                }
                /* a single author's name over the address, all in the
                 * title's block ("... in Small Island States" / "Maria
                 * LOPEZ" / "School of Public Health, ..."): a title's
                 * line never sits on an institution's */
                /* (its line a name's few words, the address's opening
                 * in capitals and naming a place after a comma: "Kinship
                 * Terminology Finds Limited Support" / "for Its
                 * Co-Evolution with Social Organisation" is a title's) */
                if (k < 0 && j + 1 < l.n && at < 0 && jfyp_count_words(c) <= 4 &&
                    !jfyp_starts_lower(l.v[j + 1].text) && strchr(l.v[j + 1].text, ',') &&
                    jfyp_front_has_institution_word(l.v[j + 1].text)) {
                    int one = lone_name(c);
                    if (one < 0) {
                        jfyp_lines_free(&l);
                        return -1;
                    }
                    if (one)
                        k = (long)j, cnt = 1;
                }
                /* The title's last line glued to the first name reads as
                 * a byline of as many names as the next line does: the
                 * byline starts at the latest such line. */
                if (k >= 0 && (at < 0 || (cnt == names && k == end)))
                    at = (long)j, end = k, names = cnt;
            }
        }
        /* one author's name with an initial at the top of the
         * abstract's block ("Jane Q. Roe" / "In this report, ..."):
         * split under it */
        if (at < 0 && l.n >= 3 && initial_in(l.v[0].text) && jfyp_count_words(l.v[1].text) >= 10) {
            int one = lone_name(l.v[0].text);
            if (one != 0) {
                jfy_node *q = one > 0 ? jfyp_lines_split(n, &l, 1) : NULL;
                jfyp_lines_free(&l);
                return q ? 0 : -1;
            }
        }
        /* the names, then their address lines, in one block: split
         * where the names end */
        if (at < 0 && l.n >= 2 && !stop) {
            size_t cnt = 0;
            long k = byline_from(&l, 0, &cnt);
            if (k < -1) {
                jfyp_lines_free(&l);
                return -1;
            }
            /* (past the address's marker on a line of its own: "1", "a") */
            size_t a = (size_t)k + 1;
            while (k >= 0 && a + 1 < l.n &&
                   (marker_line(l.v[a].text) ||
                    (l.v[a].text[0] >= 'a' && l.v[a].text[0] <= 'z' && !l.v[a].text[1])))
                a++;
            if (k >= 0 && a < l.n && author_block_line(l.v[a].text) &&
                jfyp_front_has_institution_word(l.v[a].text)) {
                jfy_node *q = jfyp_lines_split(n, &l, (size_t)k + 1);
                jfyp_lines_free(&l);
                return q ? 0 : -1;
            }
        }
        /* the end of a title cut by a hyphen across blank rows, one
         * author's name with an initial under it ("resistant pathogens
         * agent" / "Jane Q. Roe"), maybe the abstract's prose under that:
         * split over the name and under it */
        if (at < 0 && cut_above && l.n >= 2 && (l.n == 2 || jfyp_count_words(l.v[2].text) >= 10) &&
            l.v[0].text[0] >= 'a' && l.v[0].text[0] <= 'z' &&
            initial_in(l.v[1].text) && !sentence_end(l.v[0].text)) {
            int one = lone_name(l.v[1].text);
            if (one < 0) {
                jfyp_lines_free(&l);
                return -1;
            }
            if (one)
                at = end = 1;
        }
        if (at < 0 && head && !running_header(c0) && !jfyp_title_label_line(c0)) {
            long j = side_by_side_name(r, n, &l);
            if (j < 0) {
                jfyp_lines_free(&l);
                return -1;
            }
            if (j > 0)
                at = end = j;
        }
        if (at > 0) {
            jfy_node *q = jfyp_lines_split(n, &l, (size_t)at);
            jfyp_lines_free(&l);
            if (!q)
                return -1;
            {
                jfyp_lines m;
                if (jfyp_lines_of(q, &m) < 0)
                    return -1;
                size_t cut = (size_t)(end - at + 1);
                jfy_node *x = cut < m.n ? jfyp_lines_split(q, &m, cut) : q;
                jfyp_lines_free(&m);
                if (!x)
                    return -1;
            }
            return 0;
        }
        jfyp_lines_free(&l);
        if (stop)
            return 0;
    }
    return 0;
}

/* A title's block that ends on a sentence leading to what the page prints
 * next ("This article was published in the following journal:") when
 * that is gone (a running line, dropped as furniture): the lead-in goes.
 * 0, or -1 on OOM. */
/* Whether line x only ends the sentence the line above wrapped ("... 4.0
 * International" / "License. To view a copy ..."): its first word closes
 * with a full stop and the line above ends with none. Such a word is no
 * field's label. */
static int wrapped_sentence_end(const char *above, const char *x) {
    size_t n = strlen(above);
    while (n && above[n - 1] == ' ')
        n--;
    if (!n || strchr(".:;!?)]", above[n - 1]))
        return 0;
    const char *sp = strchr(x, ' ');
    return sp && sp > x + 1 && sp[-1] == '.';
}

/* A series' or section's label over the title's first line b
 * ("Anatomopathological Session", "Clinical Vignette"): two or three
 * words in title case, no figure, no open end, over a line of six words
 * or more, more than twice as long (a title's own first line is not so
 * much shorter than the next: it wraps where its line is full). A name
 * in the label's place is one only with no byline under the title
 * (names_below). 1, 0, -1 on OOM. */
static int series_label(const char *a, const char *b, int names_below) {
    int words = 0;
    for (const char *p = a; *p;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        words++;
        size_t l;
        int cp = jfyp_utf8_decode(p, &l);
        if (!l || utf8proc_category(cp) != UTF8PROC_CATEGORY_LU)
            return 0;
        for (p += l; *p && *p != ' '; p += l) {
            cp = jfyp_utf8_decode(p, &l);
            if (!l || (utf8proc_category(cp) != UTF8PROC_CATEGORY_LL && cp != '-'))
                return 0;
        }
    }
    if (words < 2 || words > 3 || strlen(a) * 2 > strlen(b) || ends_open(a) || !titleish_head(b) ||
        jfyp_count_words(b) < 6 || !(*b >= 'A' && *b <= 'Z') || jfyp_front_has_institution_word(b))
        return 0;
    /* (two words in title case read as a name: a name alone over a title
     * with its byline under it is no author's) */
    int by = is_byline(a);
    return by < 0 ? -1 : !by || names_below;
}

/* series_label for block a, a line alone, over block b, the title's,
 * with block below under it (or NULL). */
static int series_block(const jfy_node *a, const char *ta, const jfy_node *b, const jfy_node *below) {
    if (a->line != a->end_line || b->type != JFY_N_PARAGRAPH || b->line > a->end_line + 2)
        return 0;
    char *raw = jfyp_front_text((jfy_node *)b, 1);
    if (!raw)
        return -1;
    char *f = jfyp_trim(raw);
    f[strcspn(f, "\n")] = '\0';
    int names = first_line_names(below);
    int sl = names < 0 ? -1 : series_label(ta, f, names);
    free(raw);
    return sl;
}

/* A series' label over the title's lines in their block, the byline
 * in the next (split_title_byline has cut it off): the label goes into
 * a block of its own. 0, or -1 on OOM. */
static int split_series_label(jfyp_rec *r) {
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < 4; n = jfyp_rec_next(r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH)
            return 0;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        int label = 0;
        if (l.n >= 2) {
            int names = first_line_names(jfyp_rec_next(r, n));
            label = names < 0 ? -1 : series_label(l.v[0].text, l.v[1].text, names);
        }
        jfy_node *q = label > 0 ? jfyp_lines_split(n, &l, 1) : n;
        jfyp_lines_free(&l);
        if (label < 0 || !q)
            return -1;
        if (label)
            return 0;
    }
    return 0;
}

static int drop_lead_in(jfyp_rec *r) {
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < ZONE; n = jfyp_rec_next(r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH)
            break;
        char *all = jfyp_front_text(n, 0);
        if (!all)
            return -1;
        int stop = jfyp_front_stop(n, all, 0);
        free(all);
        if (stop)
            break;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        /* the lead-in opening a block, what it leads to (the journal's
         * name) gone as a banner and the byline's first name run on in its
         * place ("This article was published in the following Dove Press
         * journal:" / "Lei Wang"): the lead-in goes */
        if (l.n >= 2 && lead_in(l.v[0].text) && !jfyp_front_meta_line(l.v[0].text)) {
            /* (the first name's markers may stand on a line of their own) */
            char *rest = jfyp_lines_join(&l, 1, l.n > 3 ? 2 : l.n - 1);
            int by = rest ? is_byline(rest) : -1;
            free(rest);
            if (by < 0) {
                jfyp_lines_free(&l);
                return -1;
            }
            if (by) {
                jfyp_lines_remove(n, &l, 0, 0);
                jfyp_lines_free(&l);
                if (jfyp_lines_of(n, &l) < 0)
                    return -1;
            }
        }
        jfy_node *next = jfyp_rec_next(r, n);
        const char *t = l.n >= 2 ? l.v[l.n - 1].text : "";
        size_t k = strlen(t);
        if (k && t[k - 1] == ':' && jfyp_count_words(t) >= 5 && titleish_head(l.v[0].text) &&
            !jfyp_front_has_institution_word(l.v[0].text) &&
            !jfyp_front_meta_line(t) && (!next || next->line != n->end_line + 1))
            jfyp_lines_remove(n, &l, l.n - 1, l.n - 1);
        /* the lead-in with what it leads to, the journal's name, still
         * under it: both go ("This article was published in the
         * following Dove Press journal:" / "Drug Design, Development and
         * Therapy") */
        else if (l.n >= 3 && lead_in(l.v[l.n - 2].text) && titleish_head(l.v[0].text) &&
                 !jfyp_front_has_institution_word(l.v[0].text) && !strchr(l.v[l.n - 1].text, '@') &&
                 jfyp_count_words(l.v[l.n - 1].text) <= 8) {
            jfyp_lines_remove(n, &l, l.n - 2, l.n - 1);
            jfyp_lines_free(&l);
            if (jfyp_lines_of(n, &l) < 0)
                return -1;
        }
        /* "Clinical Study" over the title's lines in their block, or the
         * label in small capitals ("regular research article"): a label,
         * gone */
        int label = l.n >= 2 && (kind_label(l.v[0].text) || small_caps_kind(l.v[0].text)) &&
                    !strchr(l.v[0].text, ':') && titleish_head(l.v[1].text) && !kind_label(l.v[1].text) &&
                    !jfyp_front_has_institution_word(l.v[1].text) && !strchr(l.v[1].text, ',');
        if (label) {
            jfy_node *q = jfyp_lines_split(n, &l, 1);
            jfyp_lines_free(&l);
            if (!q)
                return -1;
            n = q;
            if (jfyp_lines_of(n, &l) < 0)
                return -1;
            next = jfyp_rec_next(r, n);
        }
        /* "Retracted: Title" / "Received 13 January 2016; ...": a field's
         * line under the title's opens a block of its own */
        for (size_t i = 1; i < l.n && l.n >= 2 && titleish(l.v[0].text) &&
                           !jfyp_front_has_institution_word(l.v[0].text);
             i++)
            if (jfyp_front_meta_line(l.v[i].text) && l.v[i].text[0] >= 'A' && l.v[i].text[0] <= 'Z' &&
                !wrapped_sentence_end(l.v[i - 1].text, l.v[i].text)) {
                if (!jfyp_lines_split(n, &l, i)) {
                    jfyp_lines_free(&l);
                    return -1;
                }
                break;
            }
        jfyp_lines_free(&l);
    }
    return 0;
}

/* The small words of English and of the Romance languages in t: a title
 * printed again in another language under the first (SciELO's
 * Portuguese or Spanish title and its English one) changes which kind
 * it is made of. */
static void lang_words(const char *t, int *en, int *ro) {
    static const char *const english[] = {"the", "of", "and", "in", "on", "for", "with", "to", "from",
                                          "by", "an", "at", "its", "into", "between", "among", NULL};
    static const char *const romance[] = {"de", "da", "do", "dos", "das", "no", "na", "nos", "nas", "em",
                                          "e", "o", "os", "um", "uma", "com", "para", "por", "pela",
                                          "pelo", "ao", "del", "la", "las", "el", "los", "en", "y",
                                          "con", "al", "una", "le", "les", "des", "du", "et", "sur",
                                          "pour", "dans", "aux", NULL};
    *en = *ro = 0;
    for (const char *p = t; *p;) {
        while (*p == ' ')
            p++;
        const char *e = p;
        while (*e && *e != ' ')
            e++;
        size_t n = (size_t)(e - p);
        for (size_t i = 0; english[i]; i++)
            if (strlen(english[i]) == n && !strncmp(p, english[i], n))
                (*en)++;
        for (size_t i = 0; romance[i]; i++)
            if (strlen(romance[i]) == n && !strncmp(p, romance[i], n))
                (*ro)++;
        p = e;
    }
}

/* 1 when t reads English, 2 when it reads Romance, 0 when unclear: two
 * small words of one kind or more and at most a quarter as many of the
 * other. */
static int lang_of(const char *t) {
    int en, ro;
    lang_words(t, &en, &ro);
    if (en >= 2 && ro * 4 <= en)
        return 1;
    if (ro >= 2 && en * 4 <= ro)
        return 2;
    return 0;
}

/* Whether b, under the title a, is the title again in another language. */
static int other_language(const char *a, const char *b) {
    int la = lang_of(a), lb = lang_of(b);
    size_t l;
    utf8proc_category_t c = utf8proc_category(jfyp_utf8_decode(b, &l));
    return la && lb && la != lb && (c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT);
}

/* A title and its translation in one block: split where the language
 * changes at a line's start. 0, or -1 on OOM. */
static int split_translation(jfyp_rec *r) {
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < 8; n = jfyp_rec_next(r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH)
            return 0;
        char *all = jfyp_front_text(n, 0);
        if (!all)
            return -1;
        int stop = jfyp_front_stop(n, all, 0);
        free(all);
        if (stop)
            return 0;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        if (l.n < 2 || !titleish_head(l.v[0].text) || address(l.v[0].text)) {
            jfyp_lines_free(&l);
            continue;
        }
        size_t at = 0;
        for (size_t i = 1; i < l.n && !at; i++) {
            char *a = jfyp_lines_join(&l, 0, i - 1), *b = jfyp_lines_join(&l, i, l.n - 1);
            if (!a || !b) {
                free(a);
                free(b);
                jfyp_lines_free(&l);
                return -1;
            }
            if (!ends_open(l.v[i - 1].text) && other_language(a, b) && titleish_head(l.v[i].text))
                at = i;
            free(a);
            free(b);
        }
        jfy_node *q = at ? jfyp_lines_split(n, &l, at) : n;
        jfyp_lines_free(&l);
        if (!q)
            return -1;
        if (at)
            return 0;
    }
    return 0;
}

/* Words of a line that open in lower case. */
static int lower_words(const char *t) {
    int lower = 0;
    for (const char *p = t; *p;) {
        while (*p == ' ')
            p++;
        lower += *p >= 'a' && *p <= 'z';
        while (*p && *p != ' ')
            p++;
    }
    return lower;
}

/* A line of corresponding-author or note symbols alone ("∗", "*,†"):
 * what pdftotext leaves of a byline's marker set apart. */
static int symbols_only(const char *t) {
    int any = 0;
    for (const char *p = t; *p;) {
        if (*p == ' ' || *p == ',') {
            p++;
            continue;
        }
        if (*p == '*') {
            p++, any = 1;
            continue;
        }
        /* ∗ † ‡ */
        if (!strncmp(p, "\xe2\x88\x97", 3) || !strncmp(p, "\xe2\x80\xa0", 3) ||
            !strncmp(p, "\xe2\x80\xa1", 3)) {
            p += 3, any = 1;
            continue;
        }
        return 0;
    }
    return any;
}

/* Whether line c, under line p of a title set in sentence case, opens
 * its subtitle: a capitalized article and lower-case words ("A protocol
 * of randomized controlled trial"), p ending on no open word. A short
 * subtitle of two or three words ending on a lower-case one ("A
 * meta-analysis", "A Japanese perspective") is one too: a sentence-case
 * title does not capitalize an article inside it. */
static int subtitle_opens(const char *p, const char *c) {
    static const char *const articles[] = {"A ", "An ", "The ", NULL};
    size_t pn = strlen(p);
    if (!pn || ends_open(p) || strchr(":-,;", p[pn - 1]))
        return 0;
    for (size_t k = 0; articles[k]; k++) {
        size_t al = strlen(articles[k]);
        if (strncmp(c, articles[k], al) != 0 || !titleish(c) || is_byline(c))
            continue;
        if (c[al] >= 'a' && c[al] <= 'z' && lower_words(c) >= 2)
            return 1;
        const char *w = strrchr(c, ' ');
        size_t words = jfyp_count_words(c);
        /* (p ending on a word: a dash ends "globalisation—" / "The
         * Tulsi case", the title's own two halves) */
        if (words >= 2 && words <= 3 && w && w[1] >= 'a' && w[1] <= 'z' && strlen(w + 1) >= 4 &&
            !strpbrk(c, "0123456789.,;:") && isalnum((unsigned char)p[pn - 1]))
            return 1;
    }
    return 0;
}

/* Adds the words of t opening in lower case to *lower, those opening on
 * a capital to *upper. */
static void case_counts(const char *t, int *lower, int *upper) {
    for (const char *p = t; *p;) {
        while (*p == ' ' || *p == '\n')
            p++;
        if (!*p)
            break;
        *lower += *p >= 'a' && *p <= 'z';
        *upper += *p >= 'A' && *p <= 'Z';
        while (*p && *p != ' ' && *p != '\n')
            p++;
    }
}

/* Whether the title's lines over a subtitle-shaped line c, lower and
 * upper of their words opening in lower case and on a capital, set c
 * apart by its case: a title in sentence case, three lower-case words or
 * more (its wrap may hold most of them: "Associations of RASSF1A, RARb,
 * and CDH1" / "promoter hypermethylation with ..."), or a title in title
 * case over a line in sentence case ("Standard and Transmission-Based
 * Precautions" / "An update for dentistry"), the case of neither one
 * title's lines. */
static int subtitle_case(int lower, int upper, const char *c) {
    if (lower >= 3)
        return 1;
    return upper >= 2 && upper >= 2 * lower && lower_words(c) >= 2;
}

/* Whether tb, under title lines ta, opens the title's subtitle. */
static int subtitle_under(const char *ta, const char *tb) {
    const char *lf = strrchr(ta, '\n');
    if (!subtitle_opens(lf ? lf + 1 : ta, tb))
        return 0;
    int lower = 0, upper = 0;
    case_counts(ta, &lower, &upper);
    return subtitle_case(lower, upper, tb);
}

/* A title set in sentence case ("Music intervention improves the
 * physical and ...") with its subtitle in the same block, on a line of its
 * own that opens on a capitalized article ("A protocol of randomized
 * controlled trial", "The first report ..."): the subtitle is split off
 * into a block of its own, and a line of byline symbols under it ("∗")
 * goes. 0, or -1 on OOM. */
static int split_subtitle(jfyp_rec *r) {
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < 8; n = jfyp_rec_next(r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH)
            return 0;
        char *all = jfyp_front_text(n, 0);
        if (!all)
            return -1;
        int stop = jfyp_front_stop(n, all, 0);
        free(all);
        if (stop)
            return 0;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        if (l.n < 2 || !titleish_head(l.v[0].text) || jfyp_front_has_institution_word(l.v[0].text)) {
            jfyp_lines_free(&l);
            continue;
        }
        size_t last = l.n;
        while (last > 1 && symbols_only(l.v[last - 1].text))
            last--;
        size_t at = 0;
        /* (the case of the title's lines over line i, counted as the
         * loop goes down the block) */
        int lower = 0, upper = 0;
        for (size_t i = 1; i < last && !at; i++) {
            case_counts(l.v[i - 1].text, &lower, &upper);
            if (subtitle_opens(l.v[i - 1].text, l.v[i].text) && subtitle_case(lower, upper, l.v[i].text))
                at = i;
        }
        if (!at && last == l.n) {
            jfyp_lines_free(&l);
            continue;
        }
        /* the symbols under the title, then the subtitle split off */
        if (last < l.n) {
            jfyp_lines_remove(n, &l, last, l.n - 1);
            jfyp_lines_free(&l);
            if (jfyp_lines_of(n, &l) < 0)
                return -1;
        }
        /* (a byline of one line run on under the subtitle's line, the
         * block's last, "An update for dentistry" / "Jane Q. Roe, DDS,
         * MS", goes to a block of its own: the byline reader looks for
         * names at a block's head, and a lone name with its degrees is
         * split from the line over it only over an address) */
        int names = at && at + 2 == l.n ? is_byline(l.v[at + 1].text) : 0;
        if (names < 0) {
            jfyp_lines_free(&l);
            return -1;
        }
        jfy_node *q = at ? jfyp_lines_split(n, &l, at) : n;
        jfyp_lines_free(&l);
        if (q && names > 0 && q != n) {
            if (jfyp_lines_of(q, &l) < 0)
                return -1;
            jfy_node *x = l.n > 1 ? jfyp_lines_split(q, &l, 1) : q;
            jfyp_lines_free(&l);
            return x ? 0 : -1;
        }
        return q ? 0 : -1;
    }
    return 0;
}

/* A byline's first marker at the foot of the title's block ("... in
 * vitro Study" / "1" / "Jane Roe, 2John Doe"): a column-keeping
 * extraction sets the raised figure on a line of its own right under the
 * title. It goes into a block of its own, as a reading-order extraction
 * prints it. 0, or -1 on OOM. */
static int marker_line(const char *t) {
    size_t digits = strspn(t, "0123456789");
    if (digits < 1 || digits > 2)
        return 0;
    /* (the corresponding author's sign after the figures: "1,2✉",
     * "3†") */
    static const char *const signs[] = {"\xe2\x9c\x89", "\xe2\x80\xa0", "\xe2\x80\xa1", NULL};
    const char *p = t + strspn(t, "0123456789,*");
    int signed_ = *p != '\0';
    while (*p) {
        size_t k = 0;
        while (signs[k] && strncmp(p, signs[k], strlen(signs[k])) != 0)
            k++;
        if (!signs[k])
            return 0;
        p += strlen(signs[k]);
    }
    return 1 + signed_;
}

static int split_marker_tail(jfyp_rec *r) {
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < 8; n = jfyp_rec_next(r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH)
            return 0;
        jfy_node *next = jfyp_rec_next(r, n);
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        size_t at = 0;
        int sign = 0;
        for (size_t i = 1; i < l.n && !at; i++)
            if ((sign = marker_line(l.v[i].text)) != 0)
                at = i;
        int mark = at && titleish_head(l.v[0].text) && !jfyp_front_has_institution_word(l.v[0].text);
        /* (figures with the corresponding author's sign are a byline's
         * whatever the reader made of the names: pdfminer.six sets them
         * in scraps) */
        if (mark && sign < 2) {
            /* the names under it, in this block or the next */
            char *t = at + 1 < l.n ? jfyp_lines_join(&l, at + 1, l.n - 1)
                      : next && next->type == JFY_N_PARAGRAPH ? jfyp_front_text(next, 0)
                                                              : jfyp_strdup("");
            if (!t) {
                jfyp_lines_free(&l);
                return -1;
            }
            mark = strong_byline(t);
            free(t);
        }
        jfy_node *q = mark > 0 ? jfyp_lines_split(n, &l, at) : n;
        jfyp_lines_free(&l);
        if (mark < 0 || !q)
            return -1;
        if (!mark)
            continue;
        if (jfyp_lines_of(q, &l) < 0)
            return -1;
        jfy_node *x = l.n >= 2 ? jfyp_lines_split(q, &l, 1) : q;
        jfyp_lines_free(&l);
        return x ? 0 : -1;
    }
    return 0;
}

/* A web address alone ("royalsocietypublishing.org/journal/rsta",
 * "www.example.com"): a word with no space, a dot between letters and a
 * path or a "www." before it. */
static int bare_site(const char *t) {
    /* (a DOI's address is the DOI reader's) */
    if (!*t || strchr(t, ' ') || strchr(t, '@') || jfyp_stristr(t, "doi"))
        return 0;
    if (jfyp_strnieq(t, "www.", 4) || jfyp_strnieq(t, "http", 4))
        return 1;
    const char *dot = strchr(t, '.'), *slash = strchr(t, '/');
    return dot && slash && dot < slash && dot > t && isalpha((unsigned char)dot[1]);
}

/* The journal's site printed under the title with no blank line between
 * (a banner's line a reader set in the title's box): split off, as no
 * title ends on a web address. 0, or -1 on OOM. */
static int split_site_tail(jfyp_rec *r) {
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < 8; n = jfyp_rec_next(r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH)
            return 0;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        int cut = l.n >= 2 && bare_site(l.v[l.n - 1].text) && titleish_head(l.v[0].text) &&
                  !bare_site(l.v[l.n - 2].text);
        jfy_node *q = cut ? jfyp_lines_split(n, &l, l.n - 1) : n;
        jfyp_lines_free(&l);
        if (!q)
            return -1;
    }
    return 0;
}

/* A label in spaced letters under the title with no blank line between
 * ("The intersection of ..." / "A R T I C L E I N F O"), a side
 * column's head a reader ran on under the title: split off, as no
 * title ends on one. 0, or -1 on OOM. */
static int split_spaced_tail(jfyp_rec *r) {
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < 8; n = jfyp_rec_next(r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH)
            return 0;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        size_t at = l.n;
        while (at > 1 && spaced_letters(l.v[at - 1].text))
            at--;
        int cut = at < l.n && titleish_head(l.v[0].text) && !spaced_letters(l.v[0].text);
        jfy_node *q = cut ? jfyp_lines_split(n, &l, at) : n;
        jfyp_lines_free(&l);
        if (!q)
            return -1;
    }
    return 0;
}

/* Whether t may be a title's last words set alone: two to six words,
 * the first in lower case, no figure or stop. */
static int low_tail_line(const char *t) {
    size_t l;
    return utf8proc_category(jfyp_utf8_decode(t, &l)) == UTF8PROC_CATEGORY_LL && jfyp_count_words(t) >= 2 &&
           jfyp_count_words(t) <= 6 && strcspn(t, "0123456789:;,.@()") == strlen(t);
}

/* A title's last words in lower case alone on a line, a wide gap under
 * the rest, over the byline with no blank line between ("... Essential
 * Oil" / (blank lines) / "against Foodborne Pathogens" / "Jane Roe1 &
 * John Doe2"): split off the names, for the title to take them back
 * (title_goes_on). 0, or -1 on OOM. */
static int split_low_tail(jfyp_rec *r) {
    int seen = 0;
    jfy_node *prev = NULL;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < 8; prev = n, n = jfyp_rec_next(r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH)
            return 0;
        if (!prev || prev->type != JFY_N_PARAGRAPH || !prev->end_line || n->line <= prev->end_line + 4 ||
            n->line > prev->end_line + 8 || n->line == n->end_line)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        int cut = l.n >= 2 && low_tail_line(l.v[0].text);
        if (cut && (cut = strong_byline(l.v[1].text)) < 0) {
            jfyp_lines_free(&l);
            return -1;
        }
        jfy_node *q = cut ? jfyp_lines_split(n, &l, 1) : n;
        jfyp_lines_free(&l);
        if (!q)
            return -1;
    }
    return 0;
}

/* A title wrapped after a species' abbreviation ("... of Ocimum sanctum
 * L." / "Essential Oils at ..."): a run-on reader takes the full stop for
 * a sentence's end and starts the next line's block there, with the
 * names under it. The title's next line comes back onto it when it reads
 * as a title's line, not as names. 0, or -1 on OOM. */
static int rejoin_taxon_wrap(jfyp_rec *r) {
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < 8; n = jfyp_rec_next(r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH)
            return 0;
        char *t = jfyp_front_text(n, 0);
        if (!t)
            return -1;
        int stop = jfyp_front_stop(n, t, 0);
        size_t tn = strlen(t);
        int cand = !stop && tn > 2 && t[tn - 1] == '.' && taxon_end(t, t + tn) && titleish(t) &&
                   !jfyp_front_has_institution_word(t);
        free(t);
        if (stop)
            return 0;
        if (!cand)
            continue;
        jfy_node *q = jfyp_rec_next(r, n);
        if (!q || q->type != JFY_N_PARAGRAPH || q->line != n->end_line + 1)
            return 0;
        jfyp_lines l;
        if (jfyp_lines_of(q, &l) < 0)
            return -1;
        const char *c = l.n ? l.v[0].text : "";
        int go = l.n && titleish(c) && !byline_opener(c) && !jfyp_front_stop(q, c, 0) &&
                 !jfyp_front_has_institution_word(c) && !sentence_end(c);
        jfy_node *rest = go && l.n > 1 ? jfyp_lines_split(q, &l, 1) : q;
        jfyp_lines_free(&l);
        if (!rest)
            return -1;
        if (!go)
            return 0;
        return jfyp_paras_join(n, q);
    }
    return 0;
}

/* Whether line t is a badge's scraps as OCR reads them (". se ®",
 * ". ee ®": the check-for-updates mark printed beside a title's first
 * line): a few tokens, none with more than two letters, one a sign that
 * is neither letter, figure nor plain punctuation. */
static int badge_scraps(const char *t) {
    int tokens = 0, sign = 0;
    for (const char *p = t; *p;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        int letters = 0;
        for (; *p && *p != ' '; p++) {
            unsigned char c = (unsigned char)*p;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                letters++;
            else if (c >= 0xC2 && c <= 0xC3 && (unsigned char)p[1] >= 0x80) {
                /* (a Latin-1 sign: "©", "®", "°") */
                sign |= c == 0xC2;
                letters += c == 0xC3;
                p++;
            } else if (c >= 0x80)
                return 0;
            else if (c >= '0' && c <= '9')
                return 0;
        }
        if (letters > 2)
            return 0;
        tokens++;
    }
    return tokens >= 2 && tokens <= 5 && sign;
}

/* ". se ®" / "Plant functional groups modulate ...": a badge's scraps
 * OCR reads over the title's first line, in its block. They go into a
 * block of their own, which no title reader takes. 0, or -1 on OOM. */
static int split_badge_scraps(jfyp_rec *r) {
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < 10; n = jfyp_rec_next(r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH || n->end_line - n->line > 6)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        int go = l.n >= 2 && badge_scraps(l.v[0].text) && titleish(l.v[1].text) &&
                 jfyp_count_words(l.v[1].text) >= 3;
        jfy_node *rest = go ? jfyp_lines_split(n, &l, 1) : n;
        jfyp_lines_free(&l);
        if (!rest)
            return -1;
        if (go)
            return 0;
    }
    return 0;
}

/* Whether t, a block's text, could be the second half of a title a wide
 * gap cut in two: opens on a word in lower case, letters only, holds one
 * or two lines' words and no field, address, link or sentence's end. */
static int lower_title_tail(const char *t) {
    size_t w = 0;
    while (t[w] >= 'a' && t[w] <= 'z')
        w++;
    if (w < 3 || (t[w] != ' ' && t[w] != ',' && t[w] != '\0'))
        return 0;
    size_t words = jfyp_count_words(t);
    size_t n = strlen(t);
    return words >= 1 && words <= 14 && n < 140 && !strpbrk(t, ":@/;") && t[n - 1] != '.' && !sentence_end(t);
}

/* "Early detection of lung cancer in Czech high-risk" / (blank) /
 * "asymptomatic individuals (ELEGANCE)": OCR parts a title's lines into
 * blocks where the line spacing of a large type widens, and the title
 * reader takes one half, or the subtitle under them, for the title. A
 * block at the top that reads as a title's start, no sentence closed,
 * with a block right under it that opens in lower case and reads as a
 * title's end, is one block again. 0, or -1 on OOM. */
static int rejoin_lower_tail(jfyp_rec *r) {
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < 10; n = jfyp_rec_next(r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        jfy_node *q = jfyp_rec_next(r, n);
        if (!q || q->type != JFY_N_PARAGRAPH || q->line > n->end_line + 3 || q->line != q->end_line)
            continue;
        /* the title's first line ends the block (a logo's scraps may
         * stand over it in the same block: "Medicine" / "f OPEN ]") */
        jfyp_lines l;
        if (n->end_line - n->line > 3)
            continue;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        const char *t = l.n ? l.v[l.n - 1].text : "";
        size_t tn = strlen(t);
        int cand = tn > 20 && titleish(t) && jfyp_count_words(t) >= 4 && !jfyp_front_stop(n, t, 0) &&
                   !jfyp_front_has_institution_word(t) && !sentence_end(t) && !strpbrk(t, ":@/") &&
                   t[tn - 1] != '.' && t[tn - 1] != ',';
        if (!cand) {
            jfyp_lines_free(&l);
            continue;
        }
        char *c = jfyp_front_text(q, 0);
        if (!c) {
            jfyp_lines_free(&l);
            return -1;
        }
        int go = lower_title_tail(c) && !jfyp_front_stop(q, c, 0);
        /* (a byline's names parted the same way are no title's: "Jane Roe
         * Smith1,2" / "and John Doe3,4") */
        int names = go ? is_byline(t) : 0;
        if (names < 0) {
            free(c);
            jfyp_lines_free(&l);
            return -1;
        }
        go = go && !names;
        if (!go) {
            free(c);
            jfyp_lines_free(&l);
            continue;
        }
        jfy_node *head = l.n > 1 ? jfyp_lines_split(n, &l, l.n - 1) : n;
        jfyp_lines_free(&l);
        if (!head) {
            free(c);
            return -1;
        }
        n = head;
        /* and a subtitle under them ("A study protocol"), parted the same
         * way, goes back under the title's lines for the subtitle's reader */
        jfy_node *s = jfyp_rec_next(r, q);
        char *u = s && s->type == JFY_N_PARAGRAPH && s->line == s->end_line && s->line <= q->end_line + 3
                      ? jfyp_front_text(s, 0)
                      : NULL;
        int sub = u && subtitle_opens(c, u);
        free(u);
        free(c);
        if (jfyp_paras_join(n, q) < 0 || (sub && jfyp_paras_join(n, s) < 0))
            return -1;
        return 0;
    }
    return 0;
}

/* The kind's label in capitals between a title's lines ("Heat waves and
 * hospital admissions" / "ORIGINAL RESEARCH" / "across three countries"):
 * a content-stream reader sets a banner's label printed beside the title
 * at the height where it stands. It goes into a block of its own over the
 * title, as it reads. 0, or -1 on OOM. */
static int lift_label_line(jfyp_rec *r) {
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < 8; n = jfyp_rec_next(r, n), seen++) {
        if (n->type == JFY_N_HEADING)
            continue;
        if (n->type != JFY_N_PARAGRAPH)
            return 0;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        size_t at = 0;
        if (l.n >= 3 && titleish_head(l.v[0].text) && lower_words(l.v[0].text) >= 2 &&
            !jfyp_front_stop(n, l.v[0].text, 0))
            for (size_t i = 1; i + 1 < l.n && !at; i++)
                if (all_caps(l.v[i].text) && jfyp_title_label_line(l.v[i].text) && lower_words(l.v[i + 1].text) >= 2 &&
                    !all_caps(l.v[i + 1].text))
                    at = i;
        jfy_node *q = at ? jfyp_lines_lift(n, &l, at, at + 1) : NULL;
        jfyp_lines_free(&l);
        if (at && !q)
            return -1;
        if (q) {
            jfyp_node_insert_before(n, q);
            return 0;
        }
    }
    return 0;
}

/* A title ending on a colon ("Heat waves and hospital admissions:"), its
 * subtitle in the block a blank line under it ("a nationwide
 * case-crossover study"), as a reader sets lines apart where the subtitle
 * stands lower: the subtitle comes back onto the title, which ends on no
 * colon. A field's label ("Correspondence:") is no title of several words
 * in lower case. 0, or -1 on OOM. */
static int rejoin_colon_subtitle(jfyp_rec *r) {
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < 8; n = jfyp_rec_next(r, n), seen++) {
        /* (a label over the title may be read as a heading) */
        if (n->type == JFY_N_HEADING)
            continue;
        if (n->type != JFY_N_PARAGRAPH)
            return 0;
        char *t = jfyp_front_text(n, 0);
        if (!t)
            return -1;
        int stop = jfyp_front_stop(n, t, 0);
        size_t tn = strlen(t);
        int cand = 0;
        if (!stop && tn > 2 && t[tn - 1] == ':' && t[tn - 2] != ' ') {
            t[tn - 1] = '\0';
            cand = titleish(t) && lower_words(t) >= 2 && jfyp_count_words(t) >= 4 && !jfyp_front_meta_line(t) &&
                   !address(t);
        }
        free(t);
        if (stop)
            return 0;
        if (!cand)
            continue;
        jfy_node *q = jfyp_rec_next(r, n);
        if (!q || q->type != JFY_N_PARAGRAPH || q->line > n->end_line + 2)
            return 0;
        char *c = jfyp_front_text(q, 0);
        if (!c)
            return -1;
        size_t cn = strlen(c), words = jfyp_count_words(c);
        int go = cn > 2 && words >= 2 && words <= 25 && !strchr(":;,", c[cn - 1]) &&
                 (titleish(c) || (c[0] >= 'a' && c[0] <= 'z' && lower_words(c) >= 2)) && !strchr(c, '@') &&
                 !jfyp_front_stop(q, c, 0) && !jfyp_front_meta_line(c) && !address(c) &&
                 !sentence_end(c);
        int names = go ? is_byline(c) : 0;
        free(c);
        if (names < 0)
            return -1;
        if (!go || names)
            return 0;
        return jfyp_paras_join(n, q);
    }
    return 0;
}

/* A line ending on a full stop after a word in lower case ("...
 * non-commercial purposes."), not on an abbreviation ("L."). */
static int sentence_closed(const char *t) {
    size_t n = strlen(t);
    return n >= 3 && t[n - 1] == '.' && t[n - 2] >= 'a' && t[n - 2] <= 'z' && t[n - 3] >= 'a' &&
           t[n - 3] <= 'z';
}

/* The journal's masthead line: its name, then a comma and its place or
 * publisher ("Economia e Sociedade, Campinas, Unicamp. IE"). */
/* The journal's name set in capitals as its logo at a line's head, a
 * section's name in mixed case after it ("CHEST Recent Advances in Chest
 * Medicine" for "Chest"): the page's head, no title's first words (a
 * title in capitals goes on in capitals). */
static int journal_logo_line(const jfyp_hints *h, const char *t) {
    for (size_t i = 0; i < JFYP_HINT_NAMES && h->journal_names[i]; i++) {
        const char *nm = h->journal_names[i];
        size_t nl = strlen(nm);
        if (nl < 4 || !jfyp_strnieq(t, nm, nl) || t[nl] != ' ')
            continue;
        int caps = 1;
        for (size_t k = 0; k < nl && caps; k++)
            caps = !(t[k] >= 'a' && t[k] <= 'z');
        if (caps && !all_caps(t + nl + 1) && jfyp_count_words(t + nl + 1) <= 8)
            return 1;
    }
    return 0;
}

static int opens_on_journal_name(const jfyp_hints *h, const char *t) {
    for (size_t i = 0; i < JFYP_HINT_NAMES && h->journal_names[i]; i++) {
        const char *nm = h->journal_names[i];
        size_t nl = strlen(nm);
        if (strchr(nm, ' ') && jfyp_strnieq(t, nm, nl) && t[nl] == ',')
            return 1;
    }
    return 0;
}

/* Line t ends on the journal's name of two words or more, in any case,
 * as a word of its own. */
static int ends_on_journal_name(const jfyp_hints *h, const char *t) {
    size_t tl = strlen(t);
    for (size_t i = 0; i < JFYP_HINT_NAMES && h->journal_names[i]; i++) {
        const char *nm = h->journal_names[i];
        size_t nl = strlen(nm);
        if (!strchr(nm, ' ') || nl > tl || (nl < tl && t[tl - nl - 1] != ' '))
            continue;
        if (jfyp_strieq(t + tl - nl, nm))
            return 1;
    }
    return 0;
}

/* A running header or the DOI's line printed over the title with no
 * blank line between ("Roe and Poe., Afr J Ex Stud., (2017) 14 (1):
 * 131-137" / "doi:10.5555/..." / the title): split off, so that the
 * title's block opens on the title. 0, or -1 on OOM. */
static int split_head_lines(jfyp_rec *r) {
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < 8; n = jfyp_rec_next(r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH)
            return 0;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        size_t i = 0, dl;
        /* (or a subject's kicker in spaced letters right over it, or the
         * masthead's "journal homepage: www...." line, or a line opening
         * on the DOI, the dates after it: "doi:10.1093/... Advance Access
         * publication 12 August 2020") */
        const char *d;
        while (i + 1 < l.n && (running_header(l.v[i].text) || spaced_letters_of(l.v[i].text, 1) ||
                               jfyp_strnieq(l.v[i].text, "journal homepage", 16) ||
                               ((d = jfyp_find_doi(l.v[i].text, &dl)) &&
                                (jfyp_count_words(l.v[i].text) <= 2 ||
                                 (d - l.v[i].text <= 4 && jfyp_count_words(l.v[i].text) <= 12)))))
            i++;
        /* the article-type label set right over the title, no blank line
         * between ("Review" / "Elicitation, an Effective ..."), at the
         * page's top: lower down a word such as "Correspondence" heads a
         * note */
        if (seen == 0 && i + 1 < l.n && jfyp_title_label_line(l.v[i].text))
            i++;
        /* an open-access notice in sentences over the title, joined to
         * it where the page's furniture between them was dropped: its
         * lines up to the one that ends its last sentence */
        if (i == 0 && l.n > 1 && jfyp_strnieq(l.v[0].text, "This is an open", 15)) {
            size_t k = 0;
            while (k + 1 < l.n && !sentence_closed(l.v[k].text))
                k++;
            if (k + 1 < l.n && sentence_closed(l.v[k].text) && k < 4)
                i = k + 1;
        }
        /* a collection's or section's heading over the title, closed by
         * the journal's name set beside it ("... – Original Manuscript
         * SCIENCE PROGRESS" / the title) */
        int named = 0;
        for (size_t k = 0; i == 0 && k + 1 < l.n && k < 3; k++)
            if (ends_on_journal_name(r->hints, l.v[k].text))
                i = k + 1, named = 1;
        if (i == 0 && l.n > 1 && journal_logo_line(r->hints, l.v[0].text))
            i = 1, named = 1;
        int stop = l.n && jfyp_front_stop(n, l.v[0].text, 0);
        /* (a title of some words, not a sidebar's "Software"; a title set
         * narrow beside the journal's furniture, in lines of two words) */
        jfy_node *q = i > 0 && titleish(l.v[i].text) &&
                              jfyp_count_words(l.v[i].text) >= (named && i + 1 < l.n ? 2 : 3)
                          ? jfyp_lines_split(n, &l, i)
                          : n;
        jfyp_lines_free(&l);
        if (!q)
            return -1;
        if (stop)
            return 0;
        if (q != n)
            n = q;
    }
    return 0;
}

/* Names in small capitals read in lower case, a line each, that a reader
 * setting a blank line only between boxes gives in one block ("huma ali
 * 1" / "savita Dixit 1" / ...): split a line a block, as other readers
 * give them, for the byline's reader of such names. 0, or -1 on OOM. */
static int split_small_caps_names(jfyp_rec *r) {
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < 24; n = jfyp_rec_next(r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH || n->line == n->end_line)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        int all = l.n >= 2;
        for (size_t i = 0; i < l.n && all; i++)
            all = jfyp_byline_lower_name(l.v[i].text);
        jfy_node *q = n;
        for (size_t i = l.n; all && i-- > 1;) {
            /* from the last line up: the lines above stay the caller's */
            if (!jfyp_lines_split(n, &l, i)) {
                q = NULL;
                break;
            }
        }
        jfyp_lines_free(&l);
        if (!q)
            return -1;
    }
    return 0;
}

/* The title's last line cut into a block of its own by an earlier
 * reader, a line that reads as one unmarked name ("Deaminase-Producing
 * Bacteria") between the title's lines and a byline of marked names
 * right under it (or a blank line under it, as a reader that sets the
 * byline apart gives it): it goes back on the title (see
 * title_line_over_marked_names). 0, or -1 on OOM. */
static int rejoin_name_shaped_line(jfyp_rec *r) {
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < ZONE; n = jfyp_rec_next(r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH)
            return 0;
        jfy_node *q = jfyp_rec_next(r, n);
        jfy_node *z = q ? jfyp_rec_next(r, q) : NULL;
        if (!z || q->type != JFY_N_PARAGRAPH || z->type != JFY_N_PARAGRAPH || q->line != n->end_line + 1 ||
            q->end_line != q->line || z->line > q->end_line + 2)
            continue;
        char *t = jfyp_front_text(n, 0);
        if (!t)
            return -1;
        int stop = jfyp_front_stop(n, t, 0), name = stop ? 0 : is_byline(t);
        int cand = !stop && name == 0 && titleish(t) && !running_header(t) && !jfyp_title_label_line(t);
        free(t);
        if (name < 0)
            return -1;
        if (stop)
            return 0;
        if (!cand)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(q, &l) < 0)
            return -1;
        jfyp_lines lz;
        if (jfyp_lines_of(z, &lz) < 0) {
            jfyp_lines_free(&l);
            return -1;
        }
        int over = l.n == 1 && lz.n >= 1 ? title_line_over_marked_names(l.v[0].text, lz.v[0].text) : 0;
        jfyp_lines_free(&l);
        jfyp_lines_free(&lz);
        if (over < 0)
            return -1;
        if (over)
            return jfyp_paras_join(n, q);
    }
    return 0;
}

/* One word, or one word on each line of its block: a side tab
 * ("ORIGINAL") repeated down a page's margin reads as the same word
 * twice. */
static int one_word(const char *t) {
    const char *sp = strchr(t, ' ');
    if (!sp)
        return *t != '\0';
    size_t n = (size_t)(sp - t);
    for (const char *p = sp; *p;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        if (!jfyp_strnieq(p, t, n) || (p[n] != ' ' && p[n] != '\0'))
            return 0;
        p += n;
    }
    return 1;
}

/* A notice's title and the journal's name that signs it in one block
 * ("Retraction" / "Retracted: ..." / "... Antibodies" / "Journal of X" /
 * "Received ..."): the name goes into a block of its own under the
 * title, where recognize_bylines.c reads it, and the lines after it into
 * another. 0, or -1 on OOM. */
static int split_notice_signature(jfyp_rec *r) {
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < 8; n = jfyp_rec_next(r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        size_t t0 = l.n, j;
        for (size_t i = 0; i < 2 && i + 1 < l.n && t0 == l.n; i++)
            if (jfyp_notice_title(l.v[i].text))
                t0 = i;
        for (j = t0 + 1; j < l.n && j <= t0 + 5 && !is_journal_name(r->hints, l.v[j].text); j++)
            ;
        if (j >= l.n || j > t0 + 5) {
            jfyp_lines_free(&l);
            continue;
        }
        jfy_node *q = jfyp_lines_split(n, &l, j);
        jfyp_lines_free(&l);
        if (!q)
            return -1;
        if (jfyp_lines_of(q, &l) < 0)
            return -1;
        jfy_node *q2 = l.n > 1 ? jfyp_lines_split(q, &l, 1) : q;
        jfyp_lines_free(&l);
        return q2 ? 0 : -1;
    }
    return 0;
}

static int link_list(const jfy_node *n, int min_items);

/* Whether block n opens on a label alone ("Specialty section:", one word
 * to three ending on a colon), on a line of its own or over two lines or
 * more. 1, 0, -1 on OOM. */
static int label_alone(const jfy_node *n) {
    char *t = jfyp_front_text(n, 1);
    if (!t)
        return -1;
    size_t first = strcspn(t, "\n"), words = 1, lines = 1;
    for (size_t i = 0; i < first; i++)
        words += t[i] == ' ';
    for (const char *p = t; *p; p++)
        lines += *p == '\n';
    int ok = first >= 3 && t[first - 1] == ':' && words <= 3 && (lines == 1 || lines >= 3);
    free(t);
    return ok;
}

/* A sidebar's facts ("Citation: ...", "Editor: ...", "Copyright: ...",
 * "Funding: ...") that a reader keeping the content stream's order sets
 * before the title's column, each field in blocks of its own lines: the
 * run of them under a scrap or two of page furniture, two fields at
 * least, each field's lines that go on it right under it (no blank line
 * between; the line above left open, or no title's shape, as a lone
 * address or a citation's "J Ecol 12(3): e0417." has). Sets
 * *first and *last to the run's blocks, NULL when there is none. 0, or
 * -1 on OOM. */
static int side_fields(jfyp_rec *r, jfy_node **first, jfy_node **last) {
    *first = *last = NULL;
    jfy_node *f = NULL, *l = NULL;
    int fields = 0, lead = 0, open = 0, gap2 = 0, label_over = 0, cit = 0, cit_open = 0;
    char prev[256] = "";
    for (jfy_node *n = jfyp_rec_first(r); n; n = jfyp_rec_next(r, n)) {
        if (n->type == JFY_N_LIST && !f && lead < 3 && !jfyp_node_attr(n, "ordered")) {
            /* a logo's scrap OCR read as a bullet ("- One") over the
             * side column's fields */
            int scrap = link_list(n, 1);
            if (scrap < 0)
                return -1;
            if (!scrap)
                break;
            lead++;
            continue;
        }
        if (n->type != JFY_N_PARAGRAPH)
            break;
        char *t = jfyp_front_text(n, 0);
        if (!t)
            return -1;
        size_t tl = strlen(t);
        int field = jfyp_front_meta_line(t) && !jfyp_front_stop(n, t, 0) ? 1 : 0;
        /* (a field in sentences, a licence's, may read as prose) */
        field |= jfyp_front_meta_line(t) && !jfyp_stristr(t, "abstract") && f;
        /* a field whose label no list names ("*Correspondence:",
         * "Specialty section:"), alone in its block or on the first of
         * three lines or more, in a run of two fields or more: a title's
         * head ending on a colon has one line under it or two */
        if (!field && f && fields >= 2) {
            int lab = label_alone(n);
            if (lab < 0) {
                free(t);
                return -1;
            }
            field = lab;
        }
        int url = !strchr(t, ' ') && (jfyp_stristr(t, "http") || jfyp_stristr(t, "www."));
        /* (MuPDF sets a blank line between the column's lines, a list of
         * names going on past "and" too: "Academic Editors: Jane Roe and"
         * / "John Doe") */
        int on = f && !field && (n->line == l->end_line + 1 || (gap2 && n->line == l->end_line + 2)) &&
                 (open || url || !titleish(t));
        /* a label alone ("Reviewed by:") has its field's lines under it,
         * whatever lines the extraction gave it */
        on |= f && !field && label_over;
        /* MuPDF sets a blank line under each of the side column's lines
         * when it opens on the article's citation ("Citation: Roe, J.;" /
         * "" / "Poe, A. Factors" / "" / "Affecting the ..."): the
         * citation's lines down to its DOI, and under it the lines that
         * plainly go on the line above (after a comma, a cut word, a
         * function word; in lower case; a name under an editor's label;
         * no title's shape) */
        if (cit && f && !field && !on && n->line >= l->end_line + 2 && n->line <= l->end_line + 8) {
            size_t pl = strlen(prev);
            /* (a field of the column a label of a few words opens,
             * "Publisher's Note:", or a licence's sentence) */
            const char *colon = strchr(t, ':');
            int spaces = 0;
            for (const char *c = t; colon && c < colon; c++)
                spaces += *c == ' ';
            int lab = colon && colon > t && spaces <= 2;
            /* (lines a reader of the dates took out between them) */
            on = lab && !sentence_end(t);
            if (n->line == l->end_line + 2)
                on |= cit_open || (pl && strchr(",;/-", prev[pl - 1])) || ends_open(prev) || jfyp_starts_lower(t) ||
                      lab || jfyp_stristr(t, "licen") || jfyp_stristr(t, "open access") ||
                      jfyp_stristr(t, "creative commons");
            /* (the kind's label over the title ends the column) */
            if (on && (jfyp_title_label_line(t) || kind_label(t)))
                on = 0;
            if (!on && open && jfyp_count_words(t) <= 3 && jfyp_stristr(prev, "editor")) {
                on = is_byline(t);
                if (on < 0) {
                    free(t);
                    return -1;
                }
            }
        }
        /* (OCR reads a logo and its badges as a few scraps of a word or
         * three: "PLOS" / "Check for updates" / "6 OPEN ACCESS") */
        int scrap = !f && !field && (lead < 3 || (lead < 6 && jfyp_count_words(t) <= 3)) &&
                    (!titleish(t) || running_header(t) ||
                     (jfyp_count_words(t) <= 3 && !kind_label(t) && !jfyp_title_label_line(t) &&
                      strncmp(t, "TYPE ", 5) != 0));
        /* (the page's type label over the column: "SYSTEMATIC REVIEW" /
         * "published: 12 May 2024" / "Edited by: ...") */
        scrap |= !f && !field && lead < 3 && jfyp_title_label_line(t);
        if (field && !f)
            cit = cit_open = jfyp_strnieq(t, "citation:", 9);
        /* (the citation ends at its DOI, or at the next field) */
        if (cit_open && field && f)
            cit_open = 0;
        if (cit_open && (field || on)) {
            size_t dl;
            if (jfyp_find_doi(t, &dl))
                cit_open = 0;
        }
        if (field || on) {
            snprintf(prev, sizeof prev, "%s", t);
        }
        open = tl && !strchr(".!?", t[tl - 1]);
        gap2 = tl >= 4 && !strcmp(t + tl - 4, " and");
        label_over = field && tl && t[tl - 1] == ':' && jfyp_count_words(t) <= 4;
        free(t);
        if (field) {
            if (!f)
                f = n;
            fields++;
            l = n;
        } else if (on)
            l = n;
        else if (scrap)
            lead++;
        else
            break;
    }
    if (fields >= 2) {
        *first = f;
        *last = l;
    }
    return 0;
}

/* Whether a bullet list is a column's links: two to six items of one to
 * three words each, each opening on a capital and none closing on a stop
 * ("Review", "Repository", "Archive"); -1 on OOM. */
static int link_list(const jfy_node *n, int min_items) {
    char *t = jfyp_front_text(n, 1);
    if (!t)
        return -1;
    int items = 0, ok = 1;
    for (char *line = t; ok && line && *line;) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        char *p = line;
        if (*p == '*' && p[1] == ' ')
            p += 2;
        size_t len = strlen(p);
        int words = jfyp_count_words(p);
        if (!(*p >= 'A' && *p <= 'Z') || words < 1 || words > 3 || len > 30 || p[len - 1] == '.')
            ok = 0;
        items++;
        line = nl ? nl + 1 : NULL;
    }
    free(t);
    return ok && items >= min_items && items <= 6;
}

/* The footnote sign a title ends on ("... batteries†", "... μ+μ−∗"):
 * its length in bytes at the end of t (spaces after it skipped), 0 when
 * the title ends on none. The signs a note on a title takes; a digit or a
 * letter marks an address, no title. */
static size_t title_sign(const char *t, size_t *at) {
    static const char *const signs[] = {"\u2020", "\u2021", "*", "\u2217", "\u2606", "\u22c6", "\u00a7"};
    size_t n = strlen(t);
    while (n && t[n - 1] == ' ')
        n--;
    for (size_t i = 0; i < sizeof signs / sizeof *signs; i++) {
        size_t k = strlen(signs[i]);
        if (n > k + 10 && !memcmp(t + n - k, signs[i], k)) {
            *at = n - k;
            return k;
        }
    }
    return 0;
}

/* The same sign opening a note's line: "*" and "∗" are one sign in two
 * fonts. The text after the sign and its spaces, or NULL. */
static const char *note_after_sign(const char *line, const char *sign, size_t k) {
    const char *p = NULL;
    if (!strncmp(line, sign, k))
        p = line + k;
    else if ((!strncmp(sign, "*", k) || !strncmp(sign, "\u2217", k)) &&
             (!strncmp(line, "*", 1) || !strncmp(line, "\u2217", 3)))
        p = line + (line[0] == '*' ? 1 : 3);
    if (!p)
        return NULL;
    while (*p == ' ')
        p++;
    /* a note is a sentence in capitals' case: "Electronic supplementary
     * information ...", "Supported by ..." */
    return *p >= 'A' && *p <= 'Z' ? p : NULL;
}

/* A line that opens another note at the page's foot ("‡ These authors
 * ...", "1) E-mail: ...") or the page's furniture under the notes. */
static int other_note(const char *t) {
    static const char *const signs[] = {"\u2020", "\u2021", "*", "\u2217", "\u2606", "\u22c6", "\u00a7", "\u00b6", "#"};
    for (size_t i = 0; i < sizeof signs / sizeof *signs; i++)
        if (!strncmp(t, signs[i], strlen(signs[i])))
            return 1;
    size_t d = strspn(t, "0123456789");
    if (d && d <= 2 && t[d] == ')')
        return 1;
    /* (a copyright line, its sign among its first words: "This journal is
     * (c) The ... Society 2020"; the DOI the note ends on, its word on a
     * line of its own as MuPDF breaks a link's words, goes on it) */
    const char *c = strstr(t, "\u00a9");
    return (c && c - t <= 24) || (jfyp_opens_field(t) && strncmp(t, "DOI", 3) != 0);
}

/* Whether the note ends on this line: a sentence closed, or a bare DOI or
 * address, the note's last words ("... see DOI:" / "10.1039/c9sc04175c"),
 * or a DOI under its label at the line's end. */
static int note_closes(const char *t) {
    size_t n = strlen(t);
    if (n && t[n - 1] == '.')
        return 1;
    size_t dl;
    const char *d = jfyp_find_doi(t, &dl);
    /* (or a sentence's last words on the DOI: "... details. See DOI:
     * 10.1039/d2sc00595f", the column's prose a reader ran on under it) */
    return d && (d == t || (d - t >= 5 && jfyp_strnieq(d - 5, "DOI: ", 5))) && (size_t)(d - t) + dl + 1 >= n;
}

/* Whether a note says where the work was done ("From the University
 * Health Network ...", "From Mercy Hospital ...", "Study carried out at the Faculty of ...",
 * "Trabalho realizado no ..."): a note on the authors under the sign the
 * title ends on, their institutions', never the title's own. */
static int place_note(const char *body) {
    static const char *const where[] = {"carried out at", "carried out in", "performed at", "conducted at",
                                        "realizado n", "realizada n", "realizado e", "realizada e", NULL};
    if (!strncmp(body, "From the ", 9) || (!strncmp(body, "From ", 5) && body[5] >= 'A' && body[5] <= 'Z'))
        return 1;
    size_t n = strlen(body), head = n < 60 ? n : 60;
    for (size_t i = 0; where[i]; i++) {
        const char *w = jfyp_stristr(body, where[i]);
        if (w && (size_t)(w - body) < head)
            return 1;
    }
    return 0;
}

/* A note on the title itself, printed at the first page's foot under the
 * sign the title ends on ("† Electronic supplementary information (ESI)
 * available: ...", "∗ Supported by National Natural Science Foundation
 * ..."), as RSC's and IOP's pages print it and their JATS keeps it, a
 * <fn> inside <article-title>: lifted out of whatever block a reader ran
 * it into (an address, the column's prose) into a note that follows the
 * title. A note on the authors (an address, "Corresponding author") is
 * the byline's. 0, or -1 on OOM. */
static int take_title_note(jfyp_rec *r, jfy_node *title) {
    char *tt = jfyp_node_plain(title);
    if (!tt)
        return -1;
    size_t at = 0, k = title_sign(tt, &at);
    char sign[8] = "";
    if (k)
        memcpy(sign, tt + at, k);
    free(tt);
    if (!k)
        return 0;
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < 120; n = jfyp_rec_next(r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH || n->line > title->line + 220)
            continue;
        jfyp_lines l = {0};
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        for (size_t i = 0; i < l.n; i++) {
            const char *body = note_after_sign(l.v[i].text, sign, k);
            if (!body || strchr(l.v[i].text, '@') || jfyp_strnieq(body, "correspond", 10) ||
                jfyp_strnieq(body, "these authors", 13) || jfyp_strnieq(body, "present address", 15))
                continue;
            size_t j = i, len = strlen(l.v[i].text);
            while (j + 1 < l.n && !note_closes(l.v[j].text) && !other_note(l.v[j + 1].text) &&
                   len + strlen(l.v[j + 1].text) < 700)
                len += strlen(l.v[++j].text);
            /* (a note on where the work was done stays in the page, set
             * apart in a block of its own from what the block ran on
             * with, "Correspondence to: ...", as the title's would be) */
            if (place_note(body)) {
                jfy_node *q = i > 0 ? jfyp_lines_split(n, &l, i) : n;
                jfyp_lines_free(&l);
                if (!q)
                    return -1;
                jfyp_lines m;
                if (jfyp_lines_of(q, &m) < 0)
                    return -1;
                size_t cut = j - i + 1;
                jfy_node *x = cut < m.n ? jfyp_lines_split(q, &m, cut) : q;
                jfyp_lines_free(&m);
                return x ? 0 : -1;
            }
            char *note = jfyp_lines_join(&l, i, j);
            if (!note)
                return -1;
            const char *txt = note_after_sign(note, sign, k);
            jfy_node *fn = jfyp_node_new(JFY_N_FOOTNOTE), *para = jfyp_node_new(JFY_N_PARAGRAPH),
                     *tx = jfyp_node_new_text(JFY_N_TEXT, txt ? txt : note);
            char *id = jfyp_rec_id(r, 2, "fn");
            if (!fn || !para || !tx || !id || jfyp_node_set_attr(fn, "id", id) < 0 ||
                jfyp_node_set_attr(fn, "label", sign) < 0) {
                free(note);
                free(id);
                jfyp_node_free(fn);
                jfyp_node_free(para);
                jfyp_node_free(tx);
                return -1;
            }
            free(note);
            free(id);
            jfyp_node_append(para, tx);
            jfyp_node_append(fn, para);
            jfyp_node_span_from(fn, n);
            jfyp_node_append(r->front, fn);
            if (jfyp_lines_remove(n, &l, i, j))
                jfyp_node_free(n);
            jfyp_lines_free(&l);
            return 0;
        }
        jfyp_lines_free(&l);
    }
    return 0;
}

/* Whether a ends on an initial's full stop in quotes it opened ("...
 * University of Campania “L.") and b closes them before its first
 * comma ("Vanvitelli”, Italy"): one name cut in two, not two blocks.
 * A comma in each of two blocks alone is no such cut: a title in words
 * and commas stands under an editor's address too. */
static int cut_in_quoted_name(const char *a, const char *b) {
    size_t n = strlen(a);
    while (n && a[n - 1] == ' ')
        n--;
    if (n < 3 || a[n - 1] != '.' || !(a[n - 2] >= 'A' && a[n - 2] <= 'Z'))
        return 0;
    const char *q = a + n - 2;
    int open = (q - a >= 3 && !memcmp(q - 3, "\xe2\x80\x9c", 3)) || q[-1] == '"';
    const char *comma = strchr(b, ',');
    const char *close = strstr(b, "\xe2\x80\x9d");
    if (!close || (comma && close > comma))
        close = strchr(b, '"');
    return open && comma && close && close < comma;
}

/* A block under an editors' label: the name right under it, or the end
 * of its address an extraction set in a block of its own ("Jane Roe,
 * University of X “A." / "B.”, Italy", cut at a blank line after a
 * name in quotes that ends on an initial's full stop). */
static int under_by_label(char **txt, int i, int from) {
    if (i - 1 >= from && by_label(txt[i - 1]))
        return 1;
    return i - 2 >= from && by_label(txt[i - 2]) && strchr(txt[i - 1], ',') && jfyp_count_words(txt[i - 1]) <= 20 &&
           strchr(txt[i], ',') && jfyp_count_words(txt[i]) <= 8 && cut_in_quoted_name(txt[i - 1], txt[i]);
}

/* A title's second line printed over its first in a block of two lines,
 * the rest of the title a blank line under it ("green-hyaluronic acid
 * mixture" / "The efficacy and safety of indocyanine" / "" / "for
 * localization in ..."): a layout reader sets a line of larger type's
 * raised glyphs first. The lines go back in order when the first opens
 * in lower case, the second in capitals on no name nor sentence's end,
 * and the next block goes on in lower case. 0, or -1 on OOM. */
static int raise_title_line(jfyp_rec *r) {
    int seen = 0;
    const jfy_node *above = NULL;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < 6; above = n, n = jfyp_rec_next(r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH)
            return 0;
        jfy_node *next = jfyp_rec_next(r, n);
        if (!next || next->type != JFY_N_PARAGRAPH || n->end_line != n->line + 1)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        const char *a = l.n == 2 ? l.v[0].text : NULL, *b = l.n == 2 ? l.v[1].text : NULL;
        int ok = a && jfyp_starts_lower(a) && b[0] >= 'A' && b[0] <= 'Z' && jfyp_count_words(a) >= 3 &&
                 jfyp_count_words(b) >= 4 && !strchr(".:;,!?", b[strlen(b) - 1]) && !sentence_end(a) &&
                 !ends_open(b) && !all_caps(b);
        if (ok) {
            char *nt = jfyp_front_text(next, 0), *at = above ? jfyp_front_text((jfy_node *)above, 0) : NULL;
            if (!nt || (above && !at)) {
                free(nt);
                free(at);
                jfyp_lines_free(&l);
                return -1;
            }
            /* (nothing over it the lower line could go on from) */
            size_t al = at ? strlen(at) : 0;
            ok = jfyp_starts_lower(nt) && titleish(b) &&
                 !(al && (strchr(",-", at[al - 1]) || ends_open(at)));
            if (ok)
                ok = is_byline(b) == 0 && is_byline(a) == 0;
            free(nt);
            free(at);
        }
        if (ok) {
            jfy_node *q = jfyp_lines_split(n, &l, 1);
            jfyp_lines_free(&l);
            if (!q)
                return -1;
            /* the upper line's nodes go after the lower's, a line break
             * between */
            jfy_node *brk = jfyp_node_new(JFY_N_SOFTBREAK);
            if (!brk)
                return -1;
            jfyp_node_append(q, brk);
            while (n->first) {
                jfy_node *c = n->first;
                jfyp_node_unlink(c);
                jfyp_node_append(q, c);
            }
            q->line = n->line;
            jfyp_node_free(n);
            return 0;
        }
        jfyp_lines_free(&l);
    }
    return 0;
}

/* The byline's label on a line of its own under the title in the same
 * block ("... pulmonary tuberculosis" / "Authors:" / "Lesley T. Roe1"),
 * as a reader gives a side column's head run on under the title, the
 * names under it or in the next block: the title ends over the label.
 * 0, or -1 on OOM. */
static int split_authors_label(jfyp_rec *r) {
    static const char *const labels[] = {"Authors:", "Author:", "Authors", "Author(s):", NULL};
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < 8; n = jfyp_rec_next(r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH || n->end_line == n->line)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        size_t at = 0;
        for (size_t i = 1; i < l.n && !at; i++)
            for (size_t k = 0; labels[k] && !at; k++)
                if (!strcmp(l.v[i].text, labels[k]))
                    at = i;
        int ok = at && titleish_head(l.v[0].text) && !jfyp_front_stop(n, l.v[0].text, 0);
        if (!ok) {
            jfyp_lines_free(&l);
            continue;
        }
        /* the names under the label go in a block of their own, and the
         * label, a word of furniture, goes */
        jfy_node *q = at + 1 < l.n ? jfyp_lines_split(n, &l, at + 1) : n;
        jfyp_lines_free(&l);
        if (!q || jfyp_lines_of(n, &l) < 0)
            return -1;
        int rm = jfyp_lines_remove(n, &l, at, at);
        jfyp_lines_free(&l);
        return rm < 0 ? -1 : 0;
    }
    return 0;
}

/* Where the text between the dashes of a subtitle set as "-a case
 * report-" starts (its length in *len), or NULL: a hyphen, an en or an em
 * dash at both ends, a few words of letters between. */
static const char *dashed_inner(const char *t, size_t *len) {
    static const char *const dashes[] = {"-", "\xe2\x80\x93", "\xe2\x80\x94", NULL};
    size_t n = strlen(t);
    for (size_t k = 0; dashes[k]; k++) {
        size_t dl = strlen(dashes[k]);
        if (n < 2 * dl + 3 || strncmp(t, dashes[k], dl) != 0 || strcmp(t + n - dl, dashes[k]) != 0)
            continue;
        const char *a = t + dl, *e = t + n - dl;
        while (a < e && *a == ' ')
            a++;
        while (e > a && e[-1] == ' ')
            e--;
        size_t words = 1;
        for (const char *p = a; p < e; p++) {
            if (*p == ' ')
                words++;
            else if (!isalpha((unsigned char)*p) && *p != '-')
                return NULL;
        }
        if (e - a < 4 || words > 6)
            return NULL;
        *len = (size_t)(e - a);
        return a;
    }
    return NULL;
}

/* A title's subtitle set between dashes on the last line of its block
 * ("Emergency surgery in an outbreak" / "-a case report-"), as some
 * journals print a case report's: the dashes give way to the colon the
 * title's citation prints ("...: a case report"), before the readers
 * below take the line, which opens on no capital, for the prose's. 0, or
 * -1 on OOM. */
static int dashed_subtitle(jfyp_rec *r) {
    int seen = 0;
    jfy_node *prev = NULL;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < 8; prev = n, n = jfyp_rec_next(r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        /* (on a line of its own in the title's block, or a block of its
         * own right under it, as an extraction parts it) */
        int apart = n->line == n->end_line && prev && prev->type == JFY_N_PARAGRAPH && prev->end_line &&
                    n->line == prev->end_line + 1;
        jfy_node *head = apart ? prev : n;
        jfyp_lines l, d;
        if (jfyp_lines_of(head, &l) < 0)
            return -1;
        if (apart && jfyp_lines_of(n, &d) < 0) {
            jfyp_lines_free(&l);
            return -1;
        }
        const jfyp_lines *dl = apart ? &d : &l;
        size_t len = 0, i = dl->n - 1, lines = l.n + (apart ? 1 : 0);
        const char *in = lines >= 2 && lines <= 5 && dl->n ? dashed_inner(dl->v[i].text, &len) : NULL;
        const jfyp_line *over = !in ? NULL : apart ? &l.v[l.n - 1] : &l.v[i - 1];
        jfy_node *dash = in ? dl->v[i].first : NULL, *tail = over ? over->last : NULL;
        int ok = dash && dash == dl->v[i].last && dash->type == JFY_N_TEXT && tail && tail->type == JFY_N_TEXT &&
                 titleish_head(l.v[0].text) && *over->text && !strchr(":.", over->text[strlen(over->text) - 1]);
        char *word = ok ? jfyp_strndup(in, len) : NULL;
        jfyp_lines_free(&l);
        if (apart)
            jfyp_lines_free(&d);
        if (!ok)
            continue;
        size_t tl = word ? strlen(tail->text) : 0;
        char *colon = word ? malloc(tl + 2) : NULL;
        if (!colon) {
            free(word);
            return -1;
        }
        memcpy(colon, tail->text, tl);
        while (tl && colon[tl - 1] == ' ')
            tl--;
        colon[tl] = ':';
        colon[tl + 1] = '\0';
        jfyp_node_take_text(tail, colon);
        jfyp_node_take_text(dash, word);
        return apart ? jfyp_paras_join(prev, n) : 0;
    }
    return 0;
}

/* A title whose lines a reader gave a block each, no blank line between
 * them ("Three-Dimensional PrGO-Based" / "Sandwich Composites With MoS2"
 * / ...), where the page repeats them elsewhere (in a side column's
 * citation): three such lines or more, each going on the one above as a
 * title's line does, the byline a blank line under them, are one block
 * again, lest its first line of two capitalized words read as a name. 0, or -1
 * on OOM. */
static int rejoin_line_blocks(jfyp_rec *r) {
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < 24; seen++) {
        if (n->type != JFY_N_PARAGRAPH)
            return 0;
        jfy_node *nx = jfyp_rec_next(r, n);
        if (n->line != n->end_line) {
            n = nx;
            continue;
        }
        char *t = jfyp_front_text(n, 0);
        if (!t)
            return -1;
        int stop = jfyp_front_stop(n, t, 0);
        if (stop || !titleish(t) || jfyp_front_meta_line(t)) {
            free(t);
            if (stop)
                return 0;
            n = nx;
            continue;
        }
        /* the run of one-line blocks that go on as a title's lines */
        jfy_node *last = n, *q = nx;
        char *lt = t;
        int k = 1, words = jfyp_count_words(t);
        while (q && q->type == JFY_N_PARAGRAPH && q->line == q->end_line && q->line == last->end_line + 1) {
            char *qt = jfyp_front_text(q, 0);
            if (!qt) {
                free(lt);
                return -1;
            }
            int on = titleish(qt) && !jfyp_front_meta_line(qt) ? title_goes_on(last, lt, q, qt) : 0;
            if (on <= 0) {
                free(qt);
                if (on < 0) {
                    free(lt);
                    return -1;
                }
                break;
            }
            free(lt);
            lt = qt;
            words += jfyp_count_words(qt);
            last = q, k++;
            q = jfyp_rec_next(r, q);
        }
        free(lt);
        /* its last line of a few words in title case ("Lithium Storage")
         * reads as a name: it goes on the run where the byline stands a
         * blank line under it */
        if (k >= 3 && q && q->type == JFY_N_PARAGRAPH && q->line == q->end_line && q->line == last->end_line + 1) {
            jfy_node *q2 = jfyp_rec_next(r, q);
            char *qt = jfyp_front_text(q, 0);
            char *bt = q2 && q2->type == JFY_N_PARAGRAPH && q2->line > q->end_line + 1 ? jfyp_front_text(q2, 0) : NULL;
            if (!qt || (q2 && !bt && q2->type == JFY_N_PARAGRAPH && q2->line > q->end_line + 1)) {
                free(qt);
                free(bt);
                return -1;
            }
            size_t w = jfyp_count_words(qt);
            int tail = bt && w >= 2 && w <= 5 && !strpbrk(qt, ",;&*0123456789") && !all_caps(qt) &&
                       qt[0] >= 'A' && qt[0] <= 'Z' && titleish(qt) ? strong_byline(bt) : 0;
            free(qt);
            free(bt);
            if (tail < 0)
                return -1;
            if (tail) {
                last = q, k++;
                q = q2;
            }
        }
        int names = 0;
        if (k >= 3 && words >= 6 && q && q->type == JFY_N_PARAGRAPH && q->line > last->end_line + 1) {
            char *bt = jfyp_front_text(q, 0);
            if (!bt)
                return -1;
            names = strong_byline(bt);
            free(bt);
            if (names < 0)
                return -1;
        }
        if (names) {
            for (jfy_node *m = jfyp_rec_next(r, n); k > 1; k--) {
                jfy_node *after = jfyp_rec_next(r, m);
                if (jfyp_paras_join(n, m) < 0)
                    return -1;
                m = after;
            }
            return 0;
        }
        n = last == n ? nx : jfyp_rec_next(r, last);
    }
    return 0;
}

/* "Santos WM, Primeira MR, Paiva LG": names as a citation gives them,
 * each a surname and the initials after it, set apart by commas. */
static int cited_names(const char *t, size_t n) {
    size_t names = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && (t[i] == ' ' || t[i] == ','))
            i++;
        size_t e = i;
        while (e < n && t[e] != ',')
            e++;
        /* the part's last word: one to three capitals */
        size_t w = e;
        while (w > i && t[w - 1] != ' ')
            w--;
        if (w == i || e - w < 1 || e - w > 3)
            return 0;
        for (size_t k = w; k < e; k++)
            if (!(t[k] >= 'A' && t[k] <= 'Z'))
                return 0;
        names++;
        i = e;
    }
    return names >= 2;
}

/* Whether a word of t opens on "cite" ("Cite this article", "Please
 * cite as"): a citation box's prompt. Inside a word it is a title's
 * ("Excited States", "Elicited Responses"). */
static int cite_word(const char *t) {
    for (const char *p = t; (p = jfyp_stristr(p, "cite")) != NULL; p += 4)
        if (p == t || !isalpha((unsigned char)p[-1]))
            return 1;
    return 0;
}

/* Whether t is an article's label or a byline, which a title on the
 * last resort never is. 1, 0, -1 on OOM. */
static int label_or_byline(const char *t) {
    char *printed = NULL;
    int label = jfyp_article_type_label(t, &printed) != NULL;
    free(printed);
    return label ? 1 : is_byline(t);
}

static int last_resort_shape_of(const jfyp_rec *r, const char *t, int over_names);

/* A line no reader above took for the title, yet shaped as one: many
 * words, a few in lower case, no sentence, no byline, no list of
 * keywords, none of the page's furniture (its running header, the
 * journal's name, a label, a DOI, a date, an address). */
static int last_resort_shape(const jfyp_rec *r, const char *t) {
    return last_resort_shape_of(r, t, 0);
}

/* (over a byline's line a title in capitalized words, "Nasal Pressure
 * Swings in Children", passes too: the names under it tell it from a
 * field or a label) */
static int last_resort_shape_of(const jfyp_rec *r, const char *t, int over_names) {
    size_t semis = 0, colons = 0;
    for (const char *p = t; *p; p++) {
        semis += *p == ';';
        colons += *p == ':';
    }
    /* (fields run together, "Editor in chief: ... Managing editor: ...",
     * are a masthead's or a sidebar's) */
    int shaped = over_names ? jfyp_count_words(t) >= 4 && !marked_name(t) : long_title(t);
    if (semis >= 2 || colons >= 2 || jfyp_count_words(t) > 40 || !shaped || !titleish(t) || prose(t) ||
        sentence_end(t) || running_header(t) || rights_line(t) || kind_label(t) || is_journal_name(r->hints, t) || journal_like(r->hints, t) || opens_on_journal_name(r->hints, t) ||
        address(t) || (jfyp_front_has_institution_word(t) && strchr(t, ',')) || cite_word(t) ||
        jfyp_stristr(t, "www."))
        return 0;
    /* (a foot note's or an address's number before it: "3 Scholarship
     * holder at ...") */
    size_t d = strspn(t, "0123456789");
    if (d >= 1 && d <= 2 && t[d] == ' ' && t[d + 1] >= 'A' && t[d + 1] <= 'Z')
        return 0;
    /* (a citation's head, "Roe J, Doe K. The title ...", names first) */
    const char *stop = strstr(t, ". ");
    if (stop) {
        char *names = jfyp_strndup(t, (size_t)(stop - t));
        int cited = !names ? -1 : cited_names(t, (size_t)(stop - t)) ? 1 : strong_byline(names);
        free(names);
        if (cited)
            return cited < 0 ? -1 : 0;
    }
    int no = label_or_byline(t);
    return no < 0 ? -1 : !no;
}

/* How many of block n's first lines read as the title over a byline or
 * an address in the same block ("Reducing needle-stick injuries of the" /
 * "emergency department" / "SK Wong*, MD, P Srisuk, FRCR" / "Department
 * of ..."): the title's lines pass as one, the next line names people or
 * a place. 0 when none do, -1 on OOM. */
static int title_head_lines(const jfyp_rec *r, jfy_node *n) {
    jfyp_lines l;
    if (jfyp_lines_of(n, &l) < 0)
        return -1;
    int found = 0;
    for (size_t i = 1; i < l.n && i <= 4 && !found; i++) {
        const char *c = l.v[i].text;
        if (ends_open(l.v[i - 1].text) || jfyp_starts_lower(c))
            continue;
        int who = degree_byline(c) || (address(c) && strchr(c, ','));
        if (!who && (who = is_byline(c)) < 0) {
            found = -1;
            break;
        }
        /* (or names wrapped over the next lines, one cut at the line's end) */
        if (!who && byline_opener(c)) {
            size_t cnt = 0;
            long k = byline_from(&l, i, &cnt);
            if (k < -1) {
                found = -1;
                break;
            }
            who = k >= 0 && cnt >= 2;
        }
        if (!who)
            continue;
        char *h = jfyp_lines_join(&l, 0, i - 1);
        int ok = h ? last_resort_shape_of(r, h, 1) : -1;
        free(h);
        if (ok < 0) {
            found = -1;
            break;
        }
        if (ok)
            found = (int)i;
    }
    jfyp_lines_free(&l);
    return found;
}

static int last_resort_pass(jfyp_rec *r, int pass);
static int any_title(jfyp_rec *r);

/* The last resort, once every reader above found no title: a page's
 * title group needs one (an empty one fails the schema), and a line
 * shaped as a title on the page's first screen, before the abstract or
 * the body's first section, is the likeliest (one set beside a side
 * column, under a citation box, after a notice, in a block with lists
 * over it). 0, or -1 on OOM. */
static int last_resort_title(jfyp_rec *r) {
    for (const jfy_node *c = r->front->first; c; c = c->next)
        if (c->type == JFY_N_TITLE)
            return 0;
    /* (whole blocks first; then a block's title lines over names or an
     * address in it; then a title whose capitals were lost) */
    for (int pass = 0; pass < 3; pass++) {
        if (last_resort_pass(r, pass) < 0)
            return -1;
        for (const jfy_node *c = r->front->first; c; c = c->next)
            if (c->type == JFY_N_TITLE)
                return 0;
    }
    return any_title(r);
}

/* Whether t may stand as the title when no reader found one: a line or
 * a few opening on a capital or a digit, of two words to thirty, no
 * sentence's end, none of the page's furniture (a running header, the
 * journal's name, a label, a DOI, an address, an e-mail, a web address)
 * and no names. 1, 0, -1 on OOM. */
static int any_title_shape(const jfyp_rec *r, const char *t) {
    int cp = first_cp(t);
    size_t n = strlen(t), w = jfyp_count_words(t);
    if (!(utf8proc_category(cp) == UTF8PROC_CATEGORY_LU || (cp >= '0' && cp <= '9')) || w < 2 || w > 30 ||
        strchr(".,;-", t[n - 1]) || strchr(t, '@') || jfyp_stristr(t, "www.") || jfyp_stristr(t, "http") ||
        running_header(t) || rights_line(t) || page_count(t) || issn_line(t) || kind_label(t) || role_line(t) ||
        is_journal_name(r->hints, t) || journal_like(r->hints, t) || address(t) || jfyp_find_doi(t, &n))
        return 0;
    /* (two words of letters: "2008 1" is a date and a page's number) */
    int lw = 0;
    for (const char *p = t; *p && lw < 2; p++)
        if (isalpha((unsigned char)*p) && (p == t || p[-1] == ' '))
            lw++;
    if (lw < 2)
        return 0;
    int no = label_or_byline(t);
    return no < 0 ? -1 : !no;
}

/* The title's lines at the head of a block its first paragraph's lines
 * run on in ("Rising fever in coastal towns:" / "Watch the farms" / "The
 * spring of 2021 brought an early rise ..."): one line or two, each
 * shorter than three quarters of the longest of the next three, which are
 * the prose's. Their text in *out (malloc'd) when they pass; 0, or -1 on
 * OOM. */
static int head_title_lines(jfyp_rec *r, jfy_node *n, char **out) {
    jfyp_lines l;
    if (jfyp_lines_of(n, &l) < 0)
        return -1;
    size_t len[5] = {0};
    for (size_t i = 0; i < l.n && i < 5; i++)
        len[i] = strlen(l.v[i].text);
    size_t j = 0;
    for (size_t i = 1; i <= 2 && i + 1 < l.n && !j; i++) {
        size_t wide = 0;
        for (size_t k = i; k < l.n && k < i + 3; k++)
            wide = len[k] > wide ? len[k] : wide;
        int shorter = 1;
        for (size_t k = 0; k < i; k++)
            shorter &= len[k] * 4 < wide * 3;
        if (len[i] * 4 >= wide * 3 && shorter)
            j = i;
    }
    int rc = 0;
    char *h = j ? jfyp_lines_join(&l, 0, j - 1) : NULL;
    jfyp_lines_free(&l);
    if (j && !h)
        return -1;
    if (h && (rc = any_title_shape(r, h)) > 0) {
        *out = h;
        return 0;
    }
    free(h);
    return rc < 0 ? -1 : 0;
}

/* The title when every reader and the last resort found none: the text
 * of the first block of the head shaped as one, before the abstract or
 * the body's first section, with the block under it when it ends on the
 * colon before a subtitle. Kept aside on the front ("fallback-title")
 * and set as the title only once every reader is done
 * (jfyp_recognize_title_fallback): the block stays whatever the readers
 * make of it (a heading, a note), and no reader reads the page around a
 * title no reader found (a page cut from an article's middle has none
 * at all, and its first lines are the body's). 0, or -1 on OOM. */
static int any_title(jfyp_rec *r) {
    int k = 0;
    char *found = NULL;
    for (jfy_node *n = jfyp_rec_first(r); n && k < 40 && !found; n = jfyp_rec_next(r, n), k++) {
        if (n->type != JFY_N_PARAGRAPH && n->type != JFY_N_HEADING)
            continue;
        char *t = jfyp_front_text(n, 0);
        if (!t)
            return -1;
        int kind = jfyp_section_kind(t);
        if (kind == JFYP_SEC_FRONT || kind == JFYP_SEC_TOP) {
            free(t);
            break;
        }
        int ok = kind == JFYP_SEC_NONE && n->end_line <= n->line + 3 ? any_title_shape(r, t) : 0;
        if (ok < 0) {
            free(t);
            return -1;
        }
        if (!ok) {
            free(t);
            if (kind == JFYP_SEC_NONE && n->type == JFY_N_PARAGRAPH && head_title_lines(r, n, &found) < 0)
                return -1;
            continue;
        }
        found = t;
        size_t tl = strlen(t);
        jfy_node *x = t[tl - 1] == ':' ? jfyp_rec_next(r, n) : NULL;
        if (x && x->type == JFY_N_PARAGRAPH && x->end_line <= x->line + 2) {
            char *xt = jfyp_front_text(x, 0);
            if (!xt) {
                free(found);
                return -1;
            }
            int go = any_title_shape(r, xt);
            char *both = go > 0 ? jfyp_join_wrapped(found, xt) : NULL;
            free(xt);
            if (go < 0 || (go > 0 && !both)) {
                free(found);
                return -1;
            }
            if (both) {
                free(found);
                found = both;
            }
        }
    }
    int rc = found ? jfyp_node_set_attr(r->front, "fallback-title", found) : 0;
    free(found);
    return rc;
}

int jfyp_recognize_title_fallback(jfyp_rec *r) {
    const char *t = jfyp_node_attr(r->front, "fallback-title");
    if (!t)
        return 0;
    int rc = 0;
    if (!jfyp_node_child(r->front, JFY_N_TITLE)) {
        jfy_node *title = jfyp_node_new_with_text(JFY_N_TITLE, t);
        if (!title)
            return -1;
        drop_symbol_tail(title);
        jfyp_node_append(r->front, title);
    }
    rc = jfyp_node_set_attr(r->front, "fallback-title", NULL);
    return rc;
}

/* Whether t, opening in lower case, reads as a title once its first
 * letter is a capital, with names right under it ("a database of
 * geopositioned ..." / "Jane Roe1, John Doe2"): a font whose capitals an
 * extraction lost, on the title as on the abstract's first words. 1, 0,
 * -1 on OOM. */
static int lower_title_over_names(const jfyp_rec *r, const jfy_node *n, const char *t) {
    if (!(t[0] >= 'a' && t[0] <= 'z'))
        return 0;
    const jfy_node *u = jfyp_rec_next(r, n);
    if (!u || u->type != JFY_N_PARAGRAPH)
        return 0;
    char *c = jfyp_strndup(t, strlen(t));
    if (!c)
        return -1;
    c[0] = (char)(c[0] - 'a' + 'A');
    int ok = last_resort_shape(r, c);
    free(c);
    if (ok <= 0)
        return ok;
    char *ut = jfyp_front_text(u, 0);
    if (!ut)
        return -1;
    int b = is_byline(ut);
    free(ut);
    return b;
}

static int last_resort_pass(jfyp_rec *r, int pass) {
    int lower = pass == 2;
    int k = 0, field = -10, names = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && k < 40; n = jfyp_rec_next(r, n), k++) {
        /* (blocks a reader moved up from lower on the page are passed,
         * not taken for the end of the head) */
        if (n->line > 120 || (n->type != JFY_N_PARAGRAPH && n->type != JFY_N_HEADING))
            continue;
        /* (a title runs to a few lines; a block of many is a note's) */
        if (n->end_line > n->line + 7)
            continue;
        char *t = jfyp_front_text(n, 0);
        if (!t)
            return -1;
        int kind = jfyp_section_kind(t);
        int ok = kind != JFYP_SEC_NONE ? 0 : lower ? lower_title_over_names(r, n, t) : last_resort_shape(r, t);
        /* (the title's lines over the names or an address in one block:
         * parted under the title's) */
        int head = !ok && pass == 1 && kind == JFYP_SEC_NONE && n->type == JFY_N_PARAGRAPH && n->end_line > n->line
                       ? title_head_lines(r, n) : 0;
        if (head > 0) {
            jfyp_lines hl;
            jfy_node *q = NULL;
            if (jfyp_lines_of(n, &hl) == 0) {
                q = jfyp_lines_split(n, &hl, (size_t)head);
                jfyp_lines_free(&hl);
            }
            char *ht = q ? jfyp_front_text(n, 0) : NULL;
            free(t);
            if (!ht)
                return -1;
            t = ht;
            ok = 1;
        } else if (head < 0)
            ok = -1;
        if (!ok && !names && (names = is_byline(t)) < 0)
            ok = -1;
        /* (a field's label, "Correspondence:", and the lines under it:
         * the field's) */
        size_t tl = strlen(t);
        if (jfyp_count_words(t) <= 4 && tl && t[tl - 1] == ':')
            field = k;
        free(t);
        if (ok < 0)
            return -1;
        if (kind == JFYP_SEC_FRONT || kind == JFYP_SEC_TOP)
            break;
        if (!ok || k <= field + 5)
            continue;
        /* (its lines in blocks of their own, as MuPDF sets them apart) */
        jfy_node *run[4] = {n};
        char *rt[4] = {NULL};
        int last = 0, oom = !(rt[0] = jfyp_front_text(n, 0));
        while (!oom && last < 3) {
            jfy_node *x = jfyp_rec_next(r, run[last]);
            if (!x || x->type != JFY_N_PARAGRAPH)
                break;
            char *xt = jfyp_front_text(x, 0);
            int g = !xt ? -1 : titleish_head(xt) || jfyp_starts_lower(xt) ? is_byline(xt) : 1;
            g = g < 0 ? -1 : g ? 0 : title_goes_on(run[last], rt[last], x, xt);
            if (g <= 0) {
                free(xt);
                oom = g < 0;
                break;
            }
            run[++last] = x;
            rt[last] = xt;
        }
        for (int i = 0; i < 4; i++)
            free(rt[i]);
        if (oom)
            return -1;
        jfy_node *title = blocks_node(JFY_N_TITLE, run, 0, last);
        if (!title)
            return -1;
        /* (names over it and none under it: the byline's reader reads
         * from the head, as a side column of names a line each gives
         * them first) */
        jfy_node *under = jfyp_rec_next(r, run[last]);
        char *ut = names && under ? jfyp_front_text(under, 0) : NULL;
        int below = ut ? is_byline(ut) : names && under ? -1 : 0;
        free(ut);
        if (below < 0) {
            jfyp_node_free(title);
            return -1;
        }
        drop_symbol_tail(title);
        jfyp_node_append(r->front, title);
        for (int i = 0; i <= last; i++)
            jfyp_node_free(run[i]);
        if (names && !below && jfyp_node_set_attr(r->front, "names-over-title", "1") < 0)
            return -1;
        return 0;
    }
    return 0;
}

int jfyp_recognize_title(jfyp_rec *r) {
    jfy_node *blk[ZONE];
    char *txt[ZONE];
    int nb = 0, rc = -1;
    if (rejoin_line_blocks(r) < 0 || dashed_subtitle(r) < 0 || raise_title_line(r) < 0 || split_authors_label(r) < 0 || split_head_lines(r) < 0 || split_small_caps_names(r) < 0 || split_name_blocks(r) < 0 || split_notice_signature(r) < 0 || rejoin_taxon_wrap(r) < 0 || rejoin_colon_subtitle(r) < 0 || lift_label_line(r) < 0 || rejoin_name_shaped_line(r) < 0 || drop_lead_in(r) < 0 ||
        split_marker_tail(r) < 0 || split_site_tail(r) < 0 || split_spaced_tail(r) < 0 || split_low_tail(r) < 0 || rejoin_lower_tail(r) < 0 || split_badge_scraps(r) < 0 || split_subtitle(r) < 0 ||
        split_title_byline(r) < 0 || split_series_label(r) < 0 || split_translation(r) < 0)
        return -1;
    jfy_node *side, *side_last;
    if (side_fields(r, &side, &side_last) < 0)
        return -1;
    for (jfy_node *n = jfyp_rec_first(r); n && nb < ZONE; n = jfyp_rec_next(r, n)) {
        /* the sidebar's facts stay for their readers, no title's */
        if (n == side) {
            n = side_last;
            continue;
        }
        /* the authors' addresses numbered "1." ... at the page's top,
         * over the title (read as a list), as a reader keeping the
         * content stream's order gives a page's foot notes first: passed
         * over, as no title's line */
        if (n->type == JFY_N_LIST && nb < 4) {
            char *lt = jfyp_front_text(n, 0);
            if (!lt)
                goto out;
            int inst = jfyp_front_has_institution_word(lt) && jfyp_count_words(lt) < 400;
            free(lt);
            if (inst)
                continue;
        }
        /* a side column's links ('+ Repository', '+ Archive'), their
         * bullets read as list markers by OCR when it gives the column
         * before the title: no end of the head */
        if (n->type == JFY_N_LIST && nb < 8 && !jfyp_node_attr(n, "ordered")) {
            /* (one such item alone at the very top is a logo's scrap
             * OCR read as a bullet: "PLOS" / "- One") */
            int links = link_list(n, nb < 4 ? 1 : 2);
            if (links < 0)
                goto out;
            if (links)
                continue;
        }
        if (n->type != JFY_N_PARAGRAPH && n->type != JFY_N_HEADING)
            break;
        char *t = jfyp_front_text(n, 0);
        if (!t)
            goto out;
        /* a word turned up the margin, read a glyph a line, over the
         * title: no line of the head */
        if (nb < 4 && glyph_column(n, t)) {
            free(t);
            continue;
        }
        blk[nb] = n;
        txt[nb++] = t;
    }
    int label = -1, byline = -1, title = -1, kicker = -1, subtitle = -1, trans = -1, trans_last = -1, start;
    int names_over = 0; /* the title read under the byline */
    int name_tail = -1;  /* the title's last line, read as a name */
    char *printed = NULL;
    const char *type = NULL;
    jfy_node *title_node = NULL;
    /* The label is printed above the title. */
    for (int i = 0, reach = 5; i < nb && i < reach && label < 0; i++) {
        /* A masthead broken into a word a line ("de", "2022;") by a PDF
         * extraction pushes the label down without moving it. */
        if (jfyp_article_type_fragment(txt[i]))
            reach++;
        if (i > 0 && title_tail_word(blk[i - 1], txt[i - 1], blk[i], txt[i]))
            continue;
        if ((type = jfyp_article_type_label(txt[i], &printed))) {
            /* (one in capitals under a name, a block each, stands under
             * the byline: read below) */
            int under = i >= 2 && all_caps(txt[i]) && blk[i]->line == blk[i]->end_line ? is_byline(txt[i - 1]) : 0;
            if (under < 0)
                goto out;
            if (under) {
                type = NULL;
                free(printed);
                printed = NULL;
                continue;
            }
            label = i;
        } else if (jfyp_front_stop(blk[i], txt[i], 0))
            break;
    }
    /* Some publishers print the label twice (in the page's banner and
     * again over the title): the second one is no title. */
    int label_twice = -1;
    if (label >= 0 && label + 1 < nb && jfyp_strieq(txt[label + 1], txt[label]))
        label_twice = label++;
    /* or in the page's head and again over the title, a metadata layer's
     * lines between them (the journal's name, its ISSNs, the DOI) where
     * a reader extracts the PDF's hidden text too: the title stands under
     * the second */
    for (int i = label + 2; label >= 0 && label_twice < 0 && i + 1 < nb && i <= label + 4; i++)
        if (jfyp_strieq(txt[i], txt[label]) && titleish(txt[i + 1]) && jfyp_count_words(txt[i + 1]) >= 3) {
            int fld = 0;
            size_t dl;
            for (int k = label + 1; k < i; k++)
                fld |= jfyp_find_doi(txt[k], &dl) != NULL;
            if (fld)
                label = i;
            break;
        }
    /* The front matter ends at an Abstract or Introduction line, at
     * prose, or at a lesser heading other than the one right under a
     * level-1 title (its subtitle). */
    int end = nb;
    for (int i = label + 1; i < nb; i++) {
        const char *lv = jfyp_node_attr(blk[i], "level");
        const char *plv = i > 0 ? jfyp_node_attr(blk[i - 1], "level") : NULL;
        /* the first column's heading alone ("Introduction") that a
         * layout reader sets over the title when its box stands higher
         * on the page: a long title and a byline under it, no byline
         * over it, and the head goes on */
        if (one_word(txt[i]) && i + 2 < nb && long_title(txt[i + 1]) && titleish(txt[i + 1]) &&
            jfyp_front_stop(blk[i], txt[i], 0)) {
            int over = 0, by = is_byline(txt[i + 2]);
            for (int k = label + 1; k < i && !over && by > 0; k++)
                over = is_byline(txt[k]);
            if (by < 0 || over < 0)
                goto out;
            if (!over && by)
                continue;
        }
        /* the same with the column's first lines under it, cut off
         * mid-sentence, as MuPDF gives the column's top before the title
         * that spans it ("INTRODUCTION" / "Artificial intelligence is
         * expected to help by overcoming current" / the title / names) */
        if (one_word(txt[i]) && i + 3 < nb && blk[i + 1]->type == JFY_N_PARAGRAPH &&
            jfyp_count_words(txt[i + 1]) >= 10 && !strchr(".!?:", txt[i + 1][strlen(txt[i + 1]) - 1]) &&
            long_title(txt[i + 2]) &&
            titleish(txt[i + 2]) && jfyp_front_stop(blk[i], txt[i], 0)) {
            int over = 0, by = is_byline(txt[i + 3]);
            int on = by > 0 ? title_goes_on(blk[i + 1], txt[i + 1], blk[i + 2], txt[i + 2]) : 0;
            for (int k = label + 1; k < i && !over && by > 0 && !on; k++)
                over = is_byline(txt[k]);
            if (by < 0 || over < 0 || on < 0)
                goto out;
            if (!over && by && !on) {
                i++;
                continue;
            }
        }
        if (jfyp_front_stop(blk[i], txt[i], 0) ||
            (blk[i]->type == JFY_N_HEADING && lv && atoi(lv) >= 2 &&
             !(i > 0 && blk[i - 1]->type == JFY_N_HEADING && plv && atoi(plv) == 1))) {
            end = i;
            break;
        }
    }
    for (int i = label + 1; i < end && byline < 0; i++) {
        /* the journal's name over its homepage's line, a block each
         * ("Marine Ecology" / "journal homepage: www...."), is the
         * masthead's, however like two names it reads */
        if (i + 1 < end && (spaced_address(txt[i + 1]) || jfyp_strnieq(txt[i + 1], "journal homepage", 16)))
            continue;
        /* the contact's name and address under its label, a line a
         * block down to the e-mail, as a side column set over the title
         * gives them: no byline */
        if (contact_label(txt[i])) {
            int k = i + 1;
            while (k < end && k <= i + 8 && !strchr(txt[k], '@') && blk[k]->line == blk[k]->end_line &&
                   jfyp_count_words(txt[k]) <= 8)
                k++;
            if (k < end && k <= i + 8 && k > i + 1 && strchr(txt[k], '@') && jfyp_count_words(txt[k]) <= 4) {
                i = k;
                continue;
            }
        }
        int b = is_byline(txt[i]);
        if (b == 0)
            b = cut_names(txt[i]);
        if (b == 0 && i + 1 < end)
            b = open_names(txt[i]);
        if (b == 0)
            b = marked_name_per_line(blk[i]);
        if (b == 0)
            b = names_over_marker_lines(blk[i]);
        /* figures with the corresponding author's sign alone under the
         * title ("1,2✉"): the byline starts there, whatever scraps a
         * reader (pdfminer.six) made of its names */
        if (b == 0 && i > label + 1 && marker_line(txt[i]) == 2 && titleish(txt[i - 1]))
            b = 1;
        /* names in small capitals the reader gives in lower case, one a
         * block with its marker ("huma ali1" / "savita Dixit1" / "Bahy a
         * ali2,3"): three such blocks in a row are the byline */
        if (b == 0 && i + 2 < end) {
            int run = 1;
            for (int k = i; k <= i + 2 && run; k++)
                run = blk[k]->line == blk[k]->end_line && jfyp_byline_lower_name(txt[k]);
            b = run;
        }
        if (b < 0)
            goto out;
        /* the name under a "Corresponding author:" label, a block of its
         * own, is the contact's, not the byline (a layout reader sets the
         * side column's facts over the title) */
        if (b && i > 0 && contact_label(txt[i - 1]))
            b = 0;
        /* the kind named in a banner's field ("TYPE Opinion", which the
         * type's reader takes), set apart over the title: no name */
        if (b && strncmp(txt[i], "TYPE ", 5) == 0 && jfyp_title_label_line(txt[i] + 5))
            b = 0;
        /* the journal's own name ("Chemical" / "Science") names nobody,
         * save under a notice's title, which it signs */
        if (is_journal_name(r->hints, txt[i]))
            b = i > label + 1 && jfyp_notice_title(txt[i - 1]);
        /* A name-shaped line is the title only when a byline of several
         * names or marked names follows it. */
        if (b && i + 1 < end && byline < 0) {
            size_t cnt;
            int marked;
            int nb2 = jfyp_byline_weigh(txt[i + 1], &cnt, &marked);
            if (nb2 < 0)
                goto out;
            jfyp_byname *w = NULL;
            size_t cw = 0;
            if (jfyp_byline_read(txt[i], &w, &cw) < 0)
                goto out;
            int self_marked = cw && *w[0].markers;
            jfyp_byline_free(w, cw);
            if (nb2 == 1 && (cnt > 1 || marked) && !self_marked && titleish(txt[i]) && !dot_names(txt[i]) &&
                (i == label + 1 || i == 0))
                b = 0;
        }
        /* One unmarked name-shaped line ("STUDY PROTOCOL", "Clinical
         * Trial") above a title and a byline of several or marked names
         * is a label, not the byline. */
        if (b && i + 2 <= end) {
            int weak = strong_byline(txt[i]);
            if (weak < 0)
                goto out;
            /* a title of many words in lower case right under it, no
             * address: what stands over a title is no byline */
            if (!weak && long_title(txt[i + 1]) && titleish(txt[i + 1]) && !address(txt[i + 1]) &&
                !strchr(txt[i + 1], '@'))
                b = 0;
            for (int j = i + 2; j < end && j <= i + 3 && !weak && b; j++) {
                int st = strong_byline(txt[j]);
                if (st < 0)
                    goto out;
                /* a long title between them needs no more than a byline */
                if (!st && long_title(txt[i + 1]) && (st = is_byline(txt[j])) < 0)
                    goto out;
                if (st && titleish(txt[i + 1]) && !is_byline(txt[i + 1]))
                    b = 0;
            }
        }
        /* One name-shaped line alone ("Oxygen Delivery Masks*", a title's
         * last line with its note's sign), a line of no names under it
         * (the subtitle) and a byline of several names under that: the
         * title's, not the byline */
        if (b && i > label + 1 && i + 2 < end && titleish(txt[i - 1]) && titleish(txt[i + 1]) &&
            !address(txt[i + 1]) && !jfyp_front_has_institution_word(txt[i + 1])) {
            size_t c1 = 0, c2 = 0;
            int m1 = 0, m2 = 0;
            int w1 = jfyp_byline_weigh(txt[i], &c1, &m1);
            int mid = w1 == 1 && c1 == 1 ? is_byline(txt[i + 1]) : 1;
            int w2 = !mid ? jfyp_byline_weigh(txt[i + 2], &c2, &m2) : 0;
            if (w1 < 0 || mid < 0 || w2 < 0)
                goto out;
            /* (names with their degrees the weigher does not count:
             * "Jane Roe, MD; John Doe, PhD") */
            int w3 = !mid && w2 == 0 && degree_names(txt[i + 2]) >= 2;
            if (!mid && ((w2 == 1 && c2 >= 2) || w3)) {
                b = 0;
                name_tail = blk[i]->line <= blk[i - 1]->end_line + 2 ? i : -1;
            }
        }
        /* A title's line read as names ("Leaf Extract and Pure Flavonoid
         * Mediated Green") goes on in the next block, a byline under both */
        if (b && i + 2 < end && jfyp_count_words(txt[i + 1]) - count_words_upper(txt[i + 1]) >= 2) {
            int g = title_goes_on(blk[i], txt[i], blk[i + 1], txt[i + 1]);
            if (g < 0)
                goto out;
            for (int j = i + 2; g && j < end && j <= i + 4 && b; j++) {
                int st = is_byline(txt[j]);
                if (st < 0)
                    goto out;
                if (st)
                    b = 0;
            }
        }
        if (b)
            byline = i;
    }
    if (byline < 0)
        byline = end;
    /* The byline's first name over the title, the others under it: names
     * in a side column a line each, the first set higher than the title's
     * first line, as a reader of the content stream gives them ("Jane
     * RoeI,II" / the title / "John DoeII" ...). One marked name alone, a
     * long title under it, more names or marked ones under that, and no
     * long title above. */
    int name_over = -1;
    if (byline + 2 < end && blk[byline]->line == blk[byline]->end_line && long_title(txt[byline + 1]) &&
        titleish(txt[byline + 1])) {
        size_t c1 = 0, c2 = 0;
        int m1 = 0, m2 = 0;
        int w1 = jfyp_byline_weigh(txt[byline], &c1, &m1);
        int w2 = w1 == 1 && c1 == 1 && m1 ? jfyp_byline_weigh(txt[byline + 2], &c2, &m2) : 0;
        int w3 = w2 == 1 && (c2 >= 2 || m2) ? is_byline(txt[byline + 1]) : 1;
        if (w1 < 0 || w2 < 0 || w3 < 0)
            goto out;
        int above = 0;
        for (int k = 0; k < byline && !above; k++)
            above = long_title(txt[k]);
        if (!w3 && !above)
            title = name_over = byline + 1;
    }
    /* Running headers and the label at the very top. */
    start = 0;
    for (int i = 0; i < byline && i < 5; i++) {
        int kl = kind_label(txt[i]);
        if (!kl && i + 1 < byline && i != label) {
            /* the cells of a column-keeping line, before squeezing */
            char *raw = jfyp_front_text(blk[i], 1);
            if (!raw)
                goto out;
            kl = !strchr(raw, '\n') && kind_label(jfyp_trim(raw));
            free(raw);
        }
        if (i == label ||
            ((running_header(txt[i]) || kl || banner_line(txt[i]) || masthead_name(txt, i, byline) || opens_on_journal_name(r->hints, txt[i]) ||
              journal_logo_line(r->hints, txt[i]) || journal_like(r->hints, txt[i]) || (i + 1 < byline && journal_banner(txt[i], txt[i + 1]))) &&
             i + 1 < byline))
            start = i + 1;
        else
            break;
    }
    /* The title: a level-1 heading or a line all in bold is marked up as
     * one; otherwise the title-shaped line after the label, or nearest the
     * byline. */
    for (int i = 0; i < byline && title < 0; i++) {
        if (i == label || running_header(txt[i]) || journal_like(r->hints, txt[i]))
            continue;
        const char *lv = jfyp_node_attr(blk[i], "level");
        if ((blk[i]->type == JFY_N_HEADING && lv && atoi(lv) == 1) ||
            (blk[i]->type == JFY_N_PARAGRAPH && only_child_is(blk[i], JFY_N_STRONG) &&
             titleish(txt[i])))
            title = i;
    }
    /* (the journal's serial numbers or volume on a line of their own
     * under the label are furniture the title is looked for under) */
    int after_label = label + 1;
    while (label >= 0 && after_label + 1 < byline && after_label < label + 3 && running_header(txt[after_label]))
        after_label++;
    if (title < 0 && after_label > label + 1 && start <= label + 1 && titleish(txt[after_label]) &&
        !opens_on_journal_name(r->hints, txt[after_label])) {
        title = after_label;
        start = after_label;
    }
    if (title < 0) {
        /* a subject's kicker, a word or a few in capitals, between the
         * label and a title in mixed case ("EDITORIAL" / "CORONAVIRUS" /
         * the title) */
        if (label >= 0 && label + 2 < byline && start <= label + 1 && jfyp_count_words(txt[label + 1]) <= 3 &&
            all_caps(txt[label + 1]) && blk[label + 1]->line == blk[label + 1]->end_line &&
            titleish(txt[label + 2]) && !all_caps(txt[label + 2]) && jfyp_count_words(txt[label + 2]) >= 3 &&
            !opens_on_journal_name(r->hints, txt[label + 2]))
            title = kicker = label + 2;
        else if (label >= 0 && label + 1 < byline && start <= label + 1 && titleish(txt[label + 1]) &&
                 !opens_on_journal_name(r->hints, txt[label + 1]) &&
                 !(strstr(txt[label + 1], "\xe2\x80\x94") && kind_label(txt[label + 1])) &&
                 !(label + 2 < byline && all_caps(txt[label + 1]) && jfyp_count_words(txt[label + 1]) <= 3 &&
                   titleish(txt[label + 2]) && !all_caps(txt[label + 2])))
            title = label + 1;
        else if (label >= 0 && start < byline && start > label && titleish(txt[start]) &&
                 !(start == label + 1 && start + 1 < byline && all_caps(txt[start]) &&
                   jfyp_count_words(txt[start]) <= 3 && titleish(txt[start + 1]) && !all_caps(txt[start + 1])))
            title = start;
    }
    /* "EDITED BY" and the editor's name under it are no title when a
     * title-shaped line stands elsewhere */
    int by_object = 0;
    for (int i = start; i < byline && title < 0; i++)
        by_object |= i != label && titleish(txt[i]) && !running_header(txt[i]) && !by_label(txt[i]) &&
                     !under_by_label(txt, i, start);
    if (title < 0 && byline < end)
        for (int i = byline - 1; i >= start && title < 0; i--)
            if (i != label && titleish(txt[i]) && !running_header(txt[i]) &&
                !journal_like(r->hints, txt[i]) &&
                /* a word alone between a long title and the byline is
                 * the kind's label ("Artigo") a layout reader set after
                 * the title it stands over */
                !(i - 1 >= start && i - 1 != label &&
                  ((i == byline - 1 && one_word(txt[i])) || between_label(blk[i - 1], txt[i - 1], blk[i], txt[i])) &&
                  long_title(txt[i - 1]) && titleish(txt[i - 1]) && !running_header(txt[i - 1])) &&
                !(by_object && (by_label(txt[i]) || under_by_label(txt, i, start))) &&
                /* (the title's last word wrapped under it: the title is
                 * the block above) */
                !(i - 1 >= start && i - 1 != label && title_tail_word(blk[i - 1], txt[i - 1], blk[i], txt[i]))) {
                title = i;
                /* the subtitle nearest the byline, its title above it */
                /* (the title again in another language may stand a blank
                 * line under it, as MuPDF sets blocks apart: a translation
                 * of about as many words, no scrap of furniture) */
                if (i - 1 >= start && i - 1 != label && blk[i]->line <= blk[i - 1]->end_line + 2 &&
                    titleish(txt[i - 1]) &&
                    ((blk[i]->line == blk[i - 1]->end_line + 1 && subtitle_under(txt[i - 1], txt[i])) ||
                     (other_language(txt[i - 1], txt[i]) &&
                      (blk[i]->line == blk[i - 1]->end_line + 1 || same_length(txt[i - 1], txt[i])))))
                    title = i - 1;
                /* the same with the lower title's lines set in blocks of
                 * their own (a column-keeping extraction leaves blank
                 * lines between them, one title or the other in more than
                 * one block): the first block of the title above reads in
                 * another language than the lower's first */
                int f = i, g;
                while (title == i && f - 1 > start && f - 1 != label && titleish(txt[f - 1]) &&
                       (g = title_goes_on(blk[f - 1], txt[f - 1], blk[f], txt[f])) != 0) {
                    if (g < 0)
                        goto out;
                    f--;
                }
                for (g = f - 1; title == i && g - 1 >= start && g - 1 != label && titleish(txt[g - 1]);
                     g--) {
                    int on = title_goes_on(blk[g - 1], txt[g - 1], blk[g], txt[g]);
                    if (on < 0)
                        goto out;
                    if (!on)
                        break;
                }
                if (title == i && (f < i || g < f - 1) && g >= start && g != label && titleish(txt[g]) &&
                    !running_header(txt[g]) && other_language(txt[g], txt[f]))
                    title = g;
            }
    /* No title over the names, a name a block from the page's head on:
     * the title and its translation under them, right over the
     * abstract's heading, as a reader gives a side column of names
     * first ("Jane RoeI,II" / "John DoeII" / the title / the title in
     * English / "RESUMO") */
    if (title < 0 && byline < end && byline <= start + 1 && end < nb) {
        int k = byline;
        while (k < end && is_byline(txt[k]) > 0)
            k++;
        if (k > byline + 1 && k + 2 == end && titleish(txt[k]) && titleish(txt[k + 1]) &&
            long_title(txt[k]) && !address(txt[k]) && other_language(txt[k], txt[k + 1]) &&
            jfyp_section_kind(txt[end]) == JFYP_SEC_FRONT) {
            title = k;
            trans = trans_last = k + 1;
            names_over = 1;
        }
    }
    /* With neither label nor byline to go by, only the first line can be
     * the title. */
    /* (a word alone over a long title is a section's or a kind's label:
     * "Articles", "Artigo") */
    int lone_word = 0;
    for (int i = start + 1; start < end && one_word(txt[start]) && i < end && i <= start + 3; i++)
        lone_word |= long_title(txt[i]) && titleish(txt[i]);
    /* (or a short line of a few words alone, a block of its own that the
     * long title under it does not go on from: the kind's or a series'
     * label, "Practice guidelines", "CHAPTER SIX", which no byline read
     * under the title leaves standing first) */
    if (!lone_word && title < 0 && byline == end && label < 0 && start + 1 < end && !one_word(txt[start]) &&
        jfyp_count_words(txt[start]) <= 4 && blk[start]->line == blk[start]->end_line &&
        long_title(txt[start + 1]) && titleish(txt[start + 1]) && !sentence_end(txt[start + 1]) &&
        !running_header(txt[start + 1]) && !address(txt[start + 1])) {
        int on = title_goes_on(blk[start], txt[start], blk[start + 1], txt[start + 1]);
        if (on < 0)
            goto out;
        lone_word = !on;
    }
    /* (or a journal section's label in capitals opening the page, an
     * article's code beside it maybe ("STATE OF THE ART 1B-H3-01"), a
     * long title a few blocks under it and no byline read) */
    for (int i = start + 1; !lone_word && title < 0 && byline == end && label < 0 && i < end && i <= start + 4 &&
                            blk[start]->line == blk[start]->end_line && all_caps(txt[start]) &&
                            jfyp_count_words(txt[start]) >= 2 && jfyp_count_words(txt[start]) <= 5 &&
                            !strchr(txt[start], ':');
         i++)
        lone_word = long_title(txt[i]) && titleish(txt[i]) && !sentence_end(txt[i]) && !running_header(txt[i]) &&
                    !rights_line(txt[i]);
    /* (or a series' label over the title, the names under that opening
     * the next block) */
    if (!lone_word && title < 0 && byline == end && start + 2 < end) {
        lone_word = series_block(blk[start], txt[start], blk[start + 1], blk[start + 2]);
        if (lone_word < 0)
            goto out;
    }
    if (title < 0 && byline == end && start < end && (start > 0 || label >= 0) &&
        titleish(txt[start]) && !running_header(txt[start]) && !lone_word)
        title = start;
    if (title < 0 && byline == end && start == 0 && label < 0 && end > 0 && titleish(txt[0]) &&
        !role_line(txt[0]) && !lone_word)
        title = 0;
    /* No byline read: a title of many words near the top, past a scrap
     * of furniture (a sign, a label) a PDF prints over it. */
    /* (the rights' lines passed over reach no nearer the top) */
    for (int i = start, reach = start + 4; title < 0 && byline == end && i < end && i < reach; i++) {
        if (rights_line(txt[i])) {
            reach++;
            continue;
        }
        if (long_title(txt[i]) && titleish(txt[i]) && !running_header(txt[i]) && !address(txt[i]) &&
            !sentence_end(txt[i]))
            title = i;
        else if (jfyp_count_words(txt[i]) > 4 && !prose(txt[i]) && !running_header(txt[i]) &&
                 !kind_label(txt[i]))
            break;
    }
    /* A notice that prints no title of its own ("Correction" over
     * "Article title: ...", the notice's text under it) is titled by its
     * label, as its publisher titles it. */
    if (title < 0 && label >= 0 && label_twice < 0 &&
        (strcmp(type, "correction") == 0 || strcmp(type, "retraction") == 0 ||
         strcmp(type, "expression-of-concern") == 0 || strcmp(type, "addendum") == 0)) {
        int tfirst = label, tlast = label;
        jfy_node *t = blocks_node(JFY_N_TITLE, blk, tfirst, tlast);
        if (!t)
            goto out;
        jfyp_node_append(r->front, t);
    }
    /* No title found past the Crossmark badge, the page's real one set
     * where no reader here finds it (run into a column beside it): the
     * badge's words stand as the title, as a title group needs one, no
     * worse than none, and the body keeps no scrap of furniture. */
    int notice = title < 0 && label >= 0 && label_twice < 0 &&
                 (strcmp(type, "correction") == 0 || strcmp(type, "retraction") == 0 ||
                  strcmp(type, "expression-of-concern") == 0 || strcmp(type, "addendum") == 0);
    for (int i = 0; title < 0 && !notice && i < end && i < byline; i++)
        if (i != label && crossmark_badge(txt[i]))
            title = i;
    /* The title's lines cut into blocks of their own: the blocks right
     * above and under it that go on it. */
    int tfirst = title, tlast = title;
    while (title >= 0 && !names_over && tfirst - 1 > label && tfirst - 1 >= start && tfirst - 1 != label_twice &&
           tfirst != name_over) {
        int g = title_goes_on(blk[tfirst - 1], txt[tfirst - 1], blk[tfirst], txt[tfirst]);
        if (g < 0)
            goto out;
        /* (a line of a title in title case opening on a lower-case word,
         * "per Day in ...", a block of its own: it goes on the title when
         * the title's line above it does) */
        if (g && jfyp_starts_lower(txt[tfirst - 1]) && tfirst - 2 > label && tfirst - 2 >= start &&
            tfirst - 2 != label_twice && !running_header(txt[tfirst - 2]) && titleish_head(txt[tfirst - 2]) &&
            !ends_on_journal_name(r->hints, txt[tfirst - 2])) {
            int g2 = title_goes_on(blk[tfirst - 2], txt[tfirst - 2], blk[tfirst - 1], txt[tfirst - 1]);
            if (g2 < 0)
                goto out;
            if (g2) {
                tfirst -= 2;
                continue;
            }
        }
        if (!g || running_header(txt[tfirst - 1]) || !titleish_head(txt[tfirst - 1]) ||
            ends_on_journal_name(r->hints, txt[tfirst - 1]))
            break;
        /* (a series' label over the title, its byline under it) */
        if (tfirst - 1 < 4 && (g = series_block(blk[tfirst - 1], txt[tfirst - 1], blk[tfirst],
                                                 title + 1 < nb ? blk[title + 1] : NULL)) != 0) {
            if (g < 0)
                goto out;
            break;
        }
        tfirst--;
    }
    while (title >= 0 && !names_over && tlast + 1 < end && tlast + 1 < nb) {
        if (tlast == name_tail)
            break;
        /* (names over their markers' lines are the byline, however
         * close under the title) */
        if (tlast + 1 == byline) {
            int nm = names_over_marker_lines(blk[byline]);
            if (nm < 0)
                goto out;
            if (nm)
                break;
        }
        int g = tlast + 1 == name_tail ? 1 : title_goes_on(blk[tlast], txt[tlast], blk[tlast + 1], txt[tlast + 1]);
        if (g < 0)
            goto out;
        /* (the journal's name under a notice's title signs it; the
         * names under a title with the first name over it are theirs) */
        if (!g || (is_journal_name(r->hints, txt[tlast + 1]) && jfyp_notice_title(txt[tfirst])) ||
            tlast == name_over)
            break;
        tlast++;
    }
    if (tlast >= byline && tlast + 1 < end && !names_over) {
        /* the byline was one of the title's lines: the next block is it */
        byline = tlast + 1;
    }
    /* A subtitle: the next line, set apart as a lesser heading or in
     * italics, or plainly between title and byline. */
    if (title >= 0 && tlast + 1 < byline && tlast + 1 < end && tlast + 1 != label) {
        title = tlast; /* the subtitle stands under the title's last block */
        jfy_node *b = blk[title + 1];
        const char *lv = jfyp_node_attr(b, "level");
        const char *tl = jfyp_node_attr(blk[title], "level");
        /* An address above the names is an affiliation, not a subtitle;
         * nor are names a line each, bare, over the rest of the byline (a
         * layout reader, pdfminer.six, sets a byline's first column in a
         * box of its own, the markers cut off: "Jane Roe" / "Ana de Lima"). */
        int address = jfyp_front_has_institution_word(txt[title + 1]) && strchr(txt[title + 1], ',');
        int names = name_lines(b);
        if (names < 0)
            goto out;
        address |= names;
        /* (the title's first block tells its language better than a
         * last one of a word or two) */
        if (titleish(txt[title + 1]) && !address &&
            (other_language(txt[title], txt[title + 1]) || other_language(txt[tfirst], txt[title + 1]))) {
            trans = trans_last = title + 1;
            /* its lines in blocks of their own, as the title's may be */
            while (trans_last + 1 < byline) {
                int g = title_goes_on(blk[trans_last], txt[trans_last], blk[trans_last + 1],
                                      txt[trans_last + 1]);
                if (g < 0)
                    goto out;
                if (!g)
                    break;
                trans_last++;
            }
        } else if (titleish(txt[title + 1]) && !running_header(txt[title + 1]) && !address &&
            ((b->type == JFY_N_HEADING && lv && tl && atoi(lv) > atoi(tl)) ||
             (b->type == JFY_N_PARAGRAPH && only_child_is(b, JFY_N_EMPH)) ||
             (title + 2 == byline && byline < end)))
            subtitle = title + 1;
    }

    /* A section name read as a type label ("DISCUSSION") with no title
     * under it is the heading of a page that starts mid-article. */
    if (label >= 0 && title < 0 && jfyp_section_kind(txt[label]) != JFYP_SEC_NONE) {
        if (start == label + 1)
            start = label;
        label = -1;
    }
    /* The label in capitals under the byline's names, two or more, a
     * block each, as a reader taking a page's right-hand furniture after
     * the names gives it ("JANE ROE" / "JOHN DOE" / "REVIEWS" / the
     * abstract); not a side column's field under a line of names
     * ("*CORRESPONDENCE") */
    if (label < 0 && title >= 0 && byline > tlast) {
        int names = 1;
        for (int i = byline + 1; i < end && i <= byline + 12 && names > 0; i++) {
            if (i >= byline + 2 && blk[i]->line == blk[i]->end_line && all_caps(txt[i]) && txt[i][0] != '*' &&
                (type = jfyp_article_type_label(txt[i], &printed))) {
                label = i;
                break;
            }
            names = is_byline(txt[i]);
            if (names < 0)
                goto out;
        }
    }
    /* (a series' label right over the title is furniture too, read before
     * the title's blocks are claimed) */
    int series = title >= 0 && tfirst >= 1 && tfirst - 1 < 4 && tfirst - 1 != label
                     ? series_block(blk[tfirst - 1], txt[tfirst - 1], blk[tfirst], tlast + 1 < nb ? blk[tlast + 1] : NULL)
                     : 0;
    if (series < 0)
        goto out;
    /* Claim what was read. */
    if (label >= 0) {
        char *heading = printed_label(printed);
        if (!heading || jfyp_node_set_attr(r->doc, "article-type", type) < 0 ||
            jfyp_node_set_attr(r->front, "heading", heading) < 0) {
            free(heading);
            free(printed);
            goto out;
        }
        free(heading);
    }
    free(printed);
    if (title >= 0) {
        jfy_node *t = blocks_node(JFY_N_TITLE, blk, tfirst, tlast);
        if (!t)
            goto out;
        if (drop_version_note(t) < 0) {
            jfyp_node_free(t);
            goto out;
        }
        drop_symbol_tail(t);
        drop_slug_tail(t);
        drop_badge_head(t);
        if (drop_side_label(t) < 0) {
            jfyp_node_free(t);
            goto out;
        }
        jfyp_node_append(r->front, t);
        title_node = t;
        /* (the byline's reader reads from the head then) */
        if (names_over && jfyp_node_set_attr(r->front, "names-over-title", "1") < 0)
            goto out;
    }
    if (subtitle >= 0) {
        jfy_node *t = blocks_node(JFY_N_SUBTITLE, blk, subtitle, subtitle);
        if (!t)
            goto out;
        jfyp_node_append(r->front, t);
    }
    if (trans >= 0) {
        jfy_node *t = blocks_node(JFY_N_TRANS_TITLE, blk, trans, trans_last);
        if (!t)
            goto out;
        jfyp_node_append(r->front, t);
    }
    /* the first name over the title goes to the head of the names under
     * it, where the byline is read */
    if (name_over >= 0 && blk[name_over - 1] && blk[name_over + 1] && blk[name_over + 1]->first) {
        jfy_node *brk = jfyp_node_new(JFY_N_SOFTBREAK), *head = blk[name_over + 1]->first;
        if (!brk)
            goto out;
        jfyp_node_insert_before(head, brk);
        while (blk[name_over - 1]->first)
            jfyp_node_insert_before(brk, blk[name_over - 1]->first);
        jfyp_node_free(blk[name_over - 1]);
        blk[name_over - 1] = NULL;
    }
    /* The running header and label are furniture once read; blocks above
     * the title that are neither stay for other recognizers. */
    for (int i = 0; i < nb; i++) {
        /* an editor's label and the name and address under it: no
         * author's, nor any part of the article */
        int editor = title >= 0 && by_object && i < byline && i >= start &&
                     (by_label(txt[i]) || under_by_label(txt, i, 0)) &&
                     jfyp_count_words(txt[i]) <= 20 && !strchr(txt[i], '@');
        int drop = editor || i == label || i == label_twice || (title >= 0 && i >= tfirst && i <= tlast) ||
                   i == subtitle || (trans >= 0 && i >= trans && i <= trans_last) || i < start ||
                   (title >= 0 && i == tfirst - 1 && (kind_label(txt[i]) || series || tfirst == kicker)) ||
                   /* (the badge is furniture, no heading of the body) */
                   (title >= 0 && txt[i] && crossmark_badge(txt[i]));
        if (drop && blk[i]) {
            jfyp_node_free(blk[i]);
            blk[i] = NULL;
        }
    }
    if (title_node && take_title_note(r, title_node) < 0)
        goto out;
    if (last_resort_title(r) < 0)
        goto out;
    rc = 0;
out:
    for (int i = 0; i < nb; i++)
        free(txt[i]);
    return rc;
}

int jfyp_title_label_line(const char *t) {
    char *printed = NULL;
    const char *type = jfyp_article_type_label(t, &printed);
    free(printed);
    return type != NULL;
}

int jfyp_title_lang(const jfyp_rec *r) {
    jfy_node *t = jfyp_node_child(r->front, JFY_N_TITLE);
    char *s = t ? jfyp_node_plain(t) : NULL;
    int l = s ? lang_of(s) : 0;
    /* a title with words in capitals run into it ("ORIGINAL ... DOMAIN
     * Bases intelectuais ...") was read with a banner: no evidence */
    int caps = 0;
    for (const char *p = s; p && *p;) {
        while (*p == ' ')
            p++;
        const char *e = p;
        int upper = 0, lower = 0;
        for (; *e && *e != ' '; e++) {
            upper += *e >= 'A' && *e <= 'Z';
            lower += *e >= 'a' && *e <= 'z';
        }
        caps += upper >= 4 && !lower;
        p = e;
    }
    free(s);
    return caps >= 2 ? 0 : l;
}

int jfyp_lang_of(const char *t) {
    return lang_of(t);
}

int jfyp_title_running_header(const char *t) {
    return running_header(t);
}

int jfyp_title_author_block_line(const char *t) {
    return author_block_line(t);
}

int jfyp_notice_title(const char *t) {
    static const char *const words[] = {"Retracted", "Retraction", "Erratum", "Corrigendum",
                                        "Correction", "Expression of Concern", NULL};
    for (size_t i = 0; words[i]; i++)
        if (strncasecmp(t, words[i], strlen(words[i])) == 0)
            return 1;
    return 0;
}
