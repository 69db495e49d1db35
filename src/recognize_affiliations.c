/* recognize_affiliations.c - the lines under the byline: affiliations with
 * the markers the names carry ("1 Department of X, University Y, City,
 * Country"), or one unmarked affiliation all the authors share; the
 * corresponding-author line with its emails ("*E-mail: x@y",
 * "Correspondence: ..."). Markers are linked both ways: each name gets an
 * xref to its affiliations, the starred name to the correspondence note
 * and the email that is its own. */
#include "country.h"
#include "front.h"
#include "textlines.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define MAX_AFFS 64
#define MAX_LEAD 24 /* a narrow side column prints each line of an address as a block */
#define EXTRA_BLOCKS 40 /* looked at beyond the front matter for marked affs */
/* e-mail lines read as notes of their own: a page of addresses is a
 * directory, not a byline's notes, and each note is checked against all */
#define MAX_LONE_EMAILS 16
/* notes the last-resort e-mail reader may add: a corresponding author or a few */
#define MAX_FALLBACK_NOTES 4

typedef struct {
    jfy_node **v;
    size_t n;
    const char *markers[256];
} contribs;

static int marker_in(const char *list, const char *m, size_t ml) {
    if (!list)
        return 0;
    for (const char *p = list; *p;) {
        const char *e = strchr(p, ',');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n == ml && strncmp(p, m, n) == 0)
            return 1;
        if (!e)
            break;
        p = e + 1;
    }
    return 0;
}

static int any_marker(const contribs *c, const char *m, size_t ml) {
    for (size_t i = 0; i < c->n; i++)
        if (marker_in(c->markers[i], m, ml))
            return 1;
    return 0;
}

static int has_letter_markers(const contribs *c) {
    for (size_t i = 0; i < c->n; i++)
        if (c->markers[i])
            for (const char *p = c->markers[i]; *p; p++)
                if (*p >= 'a' && *p <= 'z' && (p == c->markers[i] || p[-1] == ',') &&
                    (p[1] == ',' || !p[1]))
                    return 1;
    return 0;
}

static int is_corresp_marker(const char *m, size_t n) {
    return (n == 1 && *m == '*') || (n == 3 && (strncmp(m, "\xe2\x88\x97", 3) == 0 ||
                                                strncmp(m, "\xe2\x9c\x89", 3) == 0));
}

/* The footnote symbols pages mark names and addresses with. */
static size_t symbol_len(const char *p) {
    static const char *const syms[] = {"*", "\xe2\x88\x97", "\xe2\x80\xa0", "\xe2\x80\xa1",
                                       "\xc2\xa7", "\xc2\xb6", "#", "\xe2\x80\x96", NULL};
    for (size_t i = 0; syms[i]; i++) /* the first byte first: most differ there */
        if (syms[i][0] == *p && strncmp(p, syms[i], strlen(syms[i])) == 0)
            return strlen(syms[i]);
    return 0;
}

/* Length of the Roman numeral (capitals I, V, X, up to four) opening s,
 * closed by a space, a line's end or the text's: SciELO's labels ("II
 * Instituto ..."), which the byline reader takes off the names. */
static size_t roman_len(const char *s) {
    size_t k = 0;
    while (k < 5 && (s[k] == 'I' || s[k] == 'V' || s[k] == 'X'))
        k++;
    return k && k < 5 && (!s[k] || s[k] == ' ' || s[k] == '\n') ? k : 0;
}

/* The Roman numeral for v (1..39). */
static void roman_of(int v, char *out, size_t outsz) {
    static const char *const ones[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    char buf[16] = "";
    size_t k = 0;
    for (int t = v / 10; t > 0 && k < 4; t--)
        buf[k++] = 'X';
    buf[k] = '\0';
    snprintf(out, outsz, "%s%s", buf, ones[v % 10]);
}

static int is_upper_ascii_or_utf8(const char *s) {
    if (!*s)
        return 0;
    size_t l;
    utf8proc_category_t c = utf8proc_category(jfyp_utf8_decode(s, &l));
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

/* The label an affiliation line starts with: "1 ", "1Department", a
 * superscript, "a " when the names carry letters, "† ". Returns the length
 * of label plus the space after it, and the label in lab. */
static size_t aff_label(const char *t, const contribs *c, char *lab, size_t labsz) {
    const char *p = t;
    size_t n = 0;
    int numbered = 0;
    if (*p == JFYP_SUP) {
        const char *e = strchr(p + 1, JFYP_SUP);
        if (!e || e == p + 1 || (size_t)(e - p) > labsz)
            return 0;
        n = (size_t)(e - p - 1);
        memcpy(lab, p + 1, n);
        lab[n] = '\0';
        p = e + 1;
    } else if (*p >= '0' && *p <= '9') {
        while (p[n] >= '0' && p[n] <= '9')
            n++;
        if (n > 2)
            return 0;
        memcpy(lab, p, n);
        lab[n] = '\0';
        p += n;
        /* "1." or "1)" as list numbering */
        if (*p == '.' || *p == ')')
            p++;
        /* "2" on a line of its own: a justified narrow column printed
         * the marker apart from its address */
        if (*p == '\n' && p[1] >= 'A' && p[1] <= 'Z')
            p++;
        else if (*p != ' ' && !(*p >= 'A' && *p <= 'Z') && (unsigned char)*p < 0x80)
            return 0;
    } else if (*p >= 'a' && *p <= 'z' &&
               (p[1] == ' ' || (p[1] >= 'A' && p[1] <= 'Z') ||
                (p[1] == '\n' && is_upper_ascii_or_utf8(p + 2))) &&
               has_letter_markers(c)) {
        lab[0] = *p;
        lab[1] = '\0';
        n = 1;
        p++;
        if (*p == '\n')
            p++;
    } else if ((n = roman_len(p)) != 0 && n < labsz && any_marker(c, p, n)) {
        /* "II Instituto ...", "II" on a line of its own over it: a Roman
         * numeral the byline carries */
        memcpy(lab, p, n);
        lab[n] = '\0';
        p += n;
        if (*p == '\n')
            p++;
        while (*p == ' ')
            p++;
        if (!is_upper_ascii_or_utf8(p))
            return 0;
    } else if ((n = symbol_len(p)) != 0) {
        /* "∗Institute", "† Department", "‡" on a line of its own: a
         * footnote symbol names the affiliation when the byline carries it;
         * "**", "***" count on from one symbol */
        size_t one = n;
        while (n + one < labsz && strncmp(p + n, p, one) == 0)
            n += one;
        if (!any_marker(c, p, n) || n >= labsz)
            return 0;
        /* "*1", "*2" (the Japan Academy's): the byline reader keeps the
         * symbol of "SUZUKI*2,*3" and drops the figure, so the star the
         * names carry stands for the numbered series */
        if (n == one && p[n] >= '1' && p[n] <= '9' && n + 2 < labsz) {
            n += p[n + 1] >= '0' && p[n + 1] <= '9' ? 2 : 1;
            numbered = 1;
        }
        memcpy(lab, p, n);
        lab[n] = '\0';
        p += n;
        if (*p == '\n' && is_upper_ascii_or_utf8(p + 1))
            p++;
        else if (*p != ' ' && !is_upper_ascii_or_utf8(p))
            return 0;
    } else {
        return 0;
    }
    while (*p == ' ')
        p++;
    if (!numbered && !any_marker(c, lab, n) && c->n > 0 && !(lab[0] >= '0' && lab[0] <= '9'))
        return 0;
    return (size_t)(p - t);
}

/* Whether text reads as an address: an institution word, or a country at
 * the end of comma-separated parts. */
static int ends_with_country(const char *s, size_t n);
static int address_words(const char *t);
static int prose_not_address(const char *t);

/* Whether t's last one to three words name a country, after fifteen
 * characters or more ("... Manaus Brazil", "... Ambleside UK"). */
static int tail_country(const char *t) {
    size_t n = strlen(t);
    while (n && (t[n - 1] == ' ' || t[n - 1] == '.' || t[n - 1] == '\n'))
        n--;
    const char *w = t + n;
    int hit = 0;
    for (int k = 0; k < 3 && !hit && w > t; k++) {
        while (w > t && w[-1] != ' ' && w[-1] != '\n')
            w--;
        if (w - t < 15)
            break;
        char *tail = jfyp_strndup(w, (size_t)(t + n - w));
        hit = tail && jfyp_country_code(tail) && strlen(tail) >= 2;
        free(tail);
        while (w > t && (w[-1] == ' ' || w[-1] == '\n'))
            w--;
    }
    return hit;
}

static int addressish(const char *t) {
    if (strlen(t) < 6 || jfyp_front_meta_line(t))
        return 0;
    if (jfyp_front_has_institution_word(t))
        return 1;
    /* "Energy Association, 1000 Town, Slovenia; name@host": the authors'
     * e-mails after the country it ends with */
    if (strchr(t, '@') && ends_with_country(t, strlen(t)))
        return 1;
    const char *c = strrchr(t, ',');
    if (c) {
        char *tail = jfyp_strdup(c + 1);
        int hit = tail && jfyp_country_code(jfyp_trim(tail)) && strlen(tail) > 3;
        free(tail);
        /* "TRACE Wildlife Forensics Network, Edinburgh, UK": a name, its
         * town and its country, every word capitalised */
        if (!hit && memchr(t, ',', (size_t)(c - t)) && !strchr(t, '@') && ends_with_country(t, strlen(t)))
            hit = address_words(t);
        return hit;
    }
    /* "TRACE Wildlife Forensics Network Edinburgh UK": the commas left
     * out, as some publishers' XML renders the address; every word
     * capitalised and the last one or two a country */
    if (strchr(t, '@') || !address_words(t))
        return 0;
    return tail_country(t);
}

static int correspish_start(const char *t);

static int correspish(const char *t) {
    if (correspish_start(t))
        return 1;
    /* An address that ends with its email is an affiliation; a long
     * block that holds an e-mail somewhere is prose run together with a
     * note (two columns interleaved). */
    return strchr(t, '@') && strlen(t) < 600 &&
           (jfyp_stristr(t, "mail") || jfyp_stristr(t, "correspond")) &&
           !jfyp_front_has_institution_word(t);
}

/* The last of l's lines that holds an e-mail address, l->n when none. */
static size_t last_email_line(const jfyp_lines *l) {
    size_t k = l->n;
    for (size_t j = 0; j < l->n; j++)
        if (strchr(l->v[j].text, '@'))
            k = j;
    return k;
}

/* A line opening a correspondence note: "Correspondence to", "E-mail:". */
static int correspish_start(const char *t) {
    const char *s = t;
    while (*s == '*' || *s == ' ' || *s == JFYP_SUP || symbol_len(s))
        s += symbol_len(s) ? symbol_len(s) : 1;
    static const char *const starts[] = {"correspond", "e-mail", "email", "e-mails",
                                         "address correspondence", "address for correspondence",
                                         "contact", "to whom correspondence", "author for correspondence",
                                         "for reprints", "reprint requests", "requests for reprints",
                                         "to whom reprint", "autor para correspond",
                                         "autora para correspond", "autor correspondente",
                                         "autor de correspond", "dirección de correspond",
                                         "endereço para correspond",
                                         "\xe2\x9c\x89", NULL};
    /* the first byte, either case, before the whole start: every block's
     * text is asked (bench/instructions) */
    unsigned char c = (unsigned char)*s | 0x20;
    for (size_t i = 0; starts[i]; i++)
        if ((unsigned char)starts[i][0] == c && jfyp_strnieq(s, starts[i], strlen(starts[i])))
            return 1;
    return 0;
}

static int append_text(jfy_node *parent, jfy_node_type type, const char *s, size_t n,
                       const jfy_node *src) {
    if (n == 0)
        return 0;
    char *t = jfyp_strndup(s, n);
    jfy_node *x = t ? jfyp_node_new_text(type, t) : NULL;
    free(t);
    if (!x)
        return -1;
    jfyp_node_span_from(x, src);
    jfyp_node_append(parent, x);
    return 0;
}

/* Text with its emails as EMAIL nodes, appended to parent. */
static int append_with_emails(jfy_node *parent, const char *t, const jfy_node *src) {
    char **em;
    size_t *at, n;
    if (jfyp_front_emails(t, &em, &at, &n) < 0)
        return -1;
    size_t pos = 0;
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        rc |= append_text(parent, JFY_N_TEXT, t + pos, at[i] - pos, src);
        rc |= append_text(parent, JFY_N_EMAIL, em[i], strlen(em[i]), src);
        pos = at[i] + strlen(em[i]);
    }
    if (rc == 0)
        rc = append_text(parent, JFY_N_TEXT, t + pos, strlen(t + pos), src);
    jfyp_front_strv_free(em, n);
    free(at);
    return rc;
}

static int all_digits(const char *s, size_t n) {
    if (!n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!(s[i] >= '0' && s[i] <= '9') && s[i] != '-')
            return 0;
    return 1;
}

/* A postal code: digits ("66123", "90650-001"), or letters and digits
 * mixed in one or two short words ("C1428EHA", "B3H 4R2", "N1 9XW"). */
static int postal_code(const char *s, size_t n) {
    if (all_digits(s, n))
        return n >= 3;
    int digits = 0, words = 1;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= '0' && s[i] <= '9')
            digits++;
        else if (s[i] == ' ')
            words++;
        else if (!(s[i] >= 'A' && s[i] <= 'Z'))
            return 0;
    }
    return digits > 0 && words <= 2 && n <= 9;
}

static int state_code(const char *s, size_t n) {
    return n == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z';
}

typedef struct {
    const char *s;
    size_t n;      /* segment */
    size_t sep;    /* separator length after it */
    jfy_node_type type;
} seg;

static const char *country_of(const char *s, size_t n, size_t *skip) {
    /* the whole segment, else its last words ("MI UK") */
    *skip = 0;
    for (size_t from = 0; from < n; from++) {
        if (from && s[from - 1] != ' ' && s[from - 1] != '\n')
            continue;
        size_t len = n - from;
        char *c = jfyp_strndup(s + from, len);
        if (!c)
            return NULL;
        const char *code = NULL;
        int letters, upper;
        jfyp_utf8_case_counts(c, &letters, &upper);
        /* Three letters or fewer only in capitals: "and" is not Andorra. */
        if (letters > 3 || (letters == upper && letters >= 2))
            code = jfyp_country_code(c);
        free(c);
        if (code) {
            *skip = from;
            return code;
        }
    }
    return NULL;
}

static int is_upper_start(const char *s) {
    size_t l;
    utf8proc_category_t c = utf8proc_category(jfyp_utf8_decode(s, &l));
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

/* The aff's text as printed, its parts tagged: institution(s), city,
 * state, postal code, country; separators and the rest as text. */
static int fill_aff(jfy_node *aff, const char *t, const jfy_node *src) {
    /* Emails and their lead-in at the end stay text with EMAIL nodes. */
    size_t len = strlen(t);
    const char *tail = NULL;
    static const char *const leads[] = {"e-mail", "email", "e-mails", "emails", NULL};
    for (size_t i = 0; leads[i] && !tail; i++) {
        const char *x = jfyp_stristr(t, leads[i]);
        if (x && x > t)
            tail = x;
    }
    const char *at = strchr(t, '@');
    if (at && (!tail || at < tail)) {
        const char *s = at;
        while (s > t && s[-1] != ' ' && s[-1] != ',' && s[-1] != ';')
            s--;
        tail = s;
    }
    size_t addr = tail ? (size_t)(tail - t) : len;
    while (addr > 0 && (t[addr - 1] == ' ' || t[addr - 1] == ',' || t[addr - 1] == ';' ||
                        t[addr - 1] == '.'))
        addr--;

    /* "12489 Berlin (Germany)": the country in brackets after the city */
    size_t popen = 0, pclose = 0, whole = addr;
    if (addr > 4 && t[addr - 1] == ')') {
        size_t o = addr - 2;
        while (o > 0 && t[o] != '(' && t[o] != ')' && t[o] != ',')
            o--;
        if (o > 1 && t[o] == '(' && t[o - 1] == ' ' && t[o - 2] != ',') {
            char *c = jfyp_strndup(t + o + 1, addr - o - 2);
            if (!c)
                return -1;
            size_t sk;
            if (country_of(c, strlen(c), &sk) && sk == 0) {
                popen = o;
                pclose = addr - 1;
                addr = o - 1;
            }
            free(c);
        }
    }

    seg sg[48];
    size_t ns = 0;
    size_t i = 0, st = 0;
    /* "Department of X (Roe, Poe)": the names' commas part nothing; a
     * bracket never closed does not count */
    int depth = 0;
    size_t close = 0;
    for (size_t k = 0; k < addr; k++)
        if (t[k] == ')')
            close = k;
    while (i <= addr && ns < 48) {
        size_t sep = 0;
        if (i < close && t[i] == '(')
            depth++;
        else if (i < addr && t[i] == ')' && depth > 0)
            depth--;
        if (i == addr)
            sep = 0;
        else if (depth > 0)
            sep = 0;
        else if ((t[i] == ',' || t[i] == ';') && t[i + 1] == ' ')
            sep = 2;
        else if (t[i] == ',' || t[i] == ';')
            sep = 1;
        else if (t[i] == ' ' && (strncmp(t + i, " \xe2\x80\x93 ", 5) == 0))
            sep = 5;
        else if (t[i] == ' ' && strncmp(t + i, " - ", 3) == 0)
            sep = 3;
        else if (t[i] == '.' && t[i + 1] == ' ' && i > 0 && i + 2 < addr &&
                 t[i - 1] >= 'a' && t[i - 1] <= 'z' && is_upper_start(t + i + 2) &&
                 !(i >= 2 && t[i - 2] == ' '))
            sep = 2;
        if (i == addr || sep) {
            sg[ns].s = t + st;
            sg[ns].n = i - st;
            sg[ns].sep = sep;
            sg[ns].type = JFY_N_TEXT;
            ns++;
            if (i == addr)
                break;
            i += sep;
            st = i;
            continue;
        }
        i++;
    }
    if (pclose && ns > 0 && ns < 48) {
        sg[ns - 1].sep = 2;
        sg[ns].s = t + popen + 1;
        sg[ns].n = pclose - popen - 1;
        sg[ns].sep = 1;
        sg[ns].type = JFY_N_TEXT;
        ns++;
        addr = whole;
    } else if (pclose) {
        addr = whole;
    }
    if (ns == 0)
        return append_with_emails(aff, t, src);
    /* Country last; the segments before it, from the end: postal code,
     * state code, then the city. */
    size_t skip = 0;
    const char *code = country_of(sg[ns - 1].s, sg[ns - 1].n, &skip);
    /* "Tokyo, Japan 113-8655", "Singapore 119228", "Montreal, Canada H3A
     * 0G4": the postal code printed after the country */
    size_t cend = sg[ns - 1].n;
    for (size_t w = 0, cut = cend; !code && w < 2; w++) {
        const char *ls = sg[ns - 1].s;
        while (cut > 0 && ls[cut - 1] != ' ')
            cut--;
        if (cut < 3)
            break;
        cut--;
        if (!postal_code(ls + cut + 1, sg[ns - 1].n - cut - 1))
            continue;
        code = country_of(ls, cut, &skip);
        if (code)
            cend = cut;
    }
    int k = (int)ns - 1;
    int city = -1, state = -1, postal = -1;
    size_t postal_len = 0, state_len = 0;
    if (code) {
        sg[k].type = JFY_N_COUNTRY;
        k--;
        for (; k >= 0; k--) {
            const char *s = sg[k].s;
            size_t n = sg[k].n;
            if (postal_code(s, n) && postal < 0) {
                postal = k;
                postal_len = n;
                continue;
            }
            if (state_code(s, n) && state < 0) {
                state = k;
                state_len = n;
                continue;
            }
            /* "NY 12222" */
            if (n > 3 && state_code(s, 2) && s[2] == ' ' && postal_code(s + 3, n - 3) &&
                state < 0) {
                state = k;
                state_len = 2;
                continue;
            }
            break;
        }
        if (k >= 0 && !jfyp_front_has_institution_word(sg[k].s) && sg[k].n < 40 &&
            (is_upper_start(sg[k].s) || (sg[k].s[0] >= '0' && sg[k].s[0] <= '9')))
            city = k;
    }
    int inst = 0;
    for (size_t j = 0; j < ns; j++) {
        if ((int)j == city || j == ns - 1)
            continue;
        char *x = jfyp_strndup(sg[j].s, sg[j].n);
        if (!x)
            return -1;
        if (jfyp_front_has_institution_word(x)) {
            sg[j].type = JFY_N_INSTITUTION;
            inst = 1;
        }
        free(x);
    }
    if (!inst && (city != 0 || ns == 1) && !(code && ns == 1))
        sg[0].type = JFY_N_INSTITUTION;

    int rc = 0;
    for (size_t j = 0; j < ns && rc == 0; j++) {
        const char *s = sg[j].s;
        size_t n = sg[j].n;
        if ((int)j == city) {
            /* "66123 Saarbrücken": the postal code printed before the city */
            size_t d = 0;
            while (d < n && ((s[d] >= '0' && s[d] <= '9') || s[d] == '-'))
                d++;
            if (d >= 3 && d < n && s[d] == ' ') {
                rc |= append_text(aff, JFY_N_POSTAL_CODE, s, d, src);
                rc |= append_text(aff, JFY_N_TEXT, " ", 1, src);
                s += d + 1;
                n -= d + 1;
            }
            rc |= append_text(aff, JFY_N_CITY, s, n, src);
        } else if ((int)j == state) {
            rc |= append_text(aff, JFY_N_STATE, s, state_len, src);
            if (n > state_len) {
                rc |= append_text(aff, JFY_N_TEXT, " ", 1, src);
                rc |= append_text(aff, JFY_N_POSTAL_CODE, s + state_len + 1, n - state_len - 1, src);
            }
        } else if ((int)j == postal) {
            rc |= append_text(aff, JFY_N_POSTAL_CODE, s, postal_len, src);
        } else if (sg[j].type == JFY_N_COUNTRY) {
            rc |= append_text(aff, JFY_N_TEXT, s, skip, src);
            char *c = jfyp_strndup(s + skip, cend - skip);
            jfy_node *x = c ? jfyp_node_new_text(JFY_N_COUNTRY, c) : NULL;
            free(c);
            if (!x || jfyp_node_set_attr(x, "code", code) < 0) {
                jfyp_node_free(x);
                return -1;
            }
            jfyp_node_span_from(x, src);
            jfyp_node_append(aff, x);
            if (cend < n) {
                rc |= append_text(aff, JFY_N_TEXT, " ", 1, src);
                rc |= append_text(aff, JFY_N_POSTAL_CODE, s + cend + 1, n - cend - 1, src);
            }
        } else {
            rc |= append_text(aff, sg[j].type, s, n, src);
        }
        if (sg[j].sep)
            rc |= append_text(aff, JFY_N_TEXT, s + n, sg[j].sep, src);
        /* the dash separators were measured from the segment end */
        (void)s;
    }
    if (rc == 0 && addr < len)
        rc = append_with_emails(aff, t + addr, src);
    return rc;
}

typedef struct {
    jfyp_rec *r;
    contribs c;
    jfy_node *affs[MAX_AFFS];
    size_t naff;
    int marked; /* affs carry labels */
    jfy_node *notes;   /* AUTHOR_NOTES */
    jfy_node *corresp; /* first CORRESP */
    int solo;          /* no byline read: the last resort looks at a few blocks only */
} state;

static int add_corresp(state *S, const char *text, const jfy_node *src);

/* Where a correspondence note run on after the address starts: the
 * sentence or "; " part that opens with a correspondence or e-mail label
 * ("..., Indonesia. Corresponding author: ...", "..., India; Dr X - Email:
 * ..."), or NULL. */
static const char *note_run_on(const char *t) {
    /* (an empty block's text has no byte after its first) */
    for (const char *p = *t ? t + 1 : t; *p; p++) {
        if (!((p[-1] == '.' || p[-1] == ';') && *p == ' ') || p - t < 20)
            continue;
        const char *q = p + 1;
        size_t w = 0;
        while (q[w] && w < 28 && q[w] != ';')
            w++;
        char *part = jfyp_strndup(q, w);
        if (!part)
            return NULL;
        int hit = jfyp_stristr(part, "correspond") || jfyp_stristr(part, "e-mail") ||
                  jfyp_stristr(part, "email");
        free(part);
        if (hit)
            return p - 1;
    }
    return NULL;
}

/* "Departments of 2Biomedical Engineering and 3Gastroenterology, Asan
 * Medical Center, ..., Korea": units of one institution named at once,
 * each with the byline's number. Each is an address of its own, the
 * rest shared: "Department of Biomedical Engineering, Asan ...". Where
 * the list of units ends, its rest and its count (two or more, each after
 * the first numbered); 0 when text is no such list. */
static const char *const unit_plurals[][2] = {{"Departments of ", "Department of "},
                                              {"Divisions of ", "Division of "},
                                              {"Schools of ", "School of "},
                                              {"Laboratories of ", "Laboratory of "},
                                              {"Institutes of ", "Institute of "}};
static size_t digits_at(const char *p) {
    size_t n = 0;
    while (n < 3 && p[n] >= '0' && p[n] <= '9')
        n++;
    return n && n < 3 && is_upper_ascii_or_utf8(p + n) ? n : 0;
}
static int add_aff(state *S, const char *label, const char *text, const jfy_node *src);
static int has_label(const state *S, const char *lab);
static int add_units(state *S, const char *label, const char *text, const jfy_node *src) {
    size_t u = 0, pl = 0;
    for (; u < sizeof unit_plurals / sizeof unit_plurals[0]; u++)
        if (strncmp(text, unit_plurals[u][0], (pl = strlen(unit_plurals[u][0]))) == 0)
            break;
    if (u == sizeof unit_plurals / sizeof unit_plurals[0])
        return 0;
    /* the items: a separator (", and ", " and ", ", ") then a number
     * glued on a capital; the list ends at the first comma not so
     * followed */
    const char *item[8], *end[8];
    size_t ni = 0;
    const char *p = text + pl;
    item[ni] = p;
    const char *rest = NULL;
    while (*p && !rest) {
        size_t sl = strncmp(p, ", and ", 6) == 0 ? 6 : strncmp(p, " and ", 5) == 0 ? 5 : strncmp(p, ", ", 2) == 0 ? 2 : 0;
        if (!sl) {
            p++;
            continue;
        }
        if (digits_at(p + sl) && ni + 1 < 8) {
            end[ni++] = p;
            item[ni] = p + sl;
            p += sl;
        } else if (p[0] == ',') {
            end[ni++] = p;
            rest = p + 2;
        } else {
            p += sl;
        }
    }
    if (!rest || ni < 2)
        return 0;
    char labs[8][4];
    for (size_t i = 0; i < ni; i++) {
        size_t dl = digits_at(item[i]);
        if (!dl && i == 0 && label && strlen(label) < sizeof labs[0]) {
            snprintf(labs[i], sizeof labs[i], "%s", label);
        } else if (dl && any_marker(&S->c, item[i], dl)) {
            snprintf(labs[i], sizeof labs[i], "%.*s", (int)dl, item[i]);
            if (has_label(S, labs[i]))
                return 0;
            item[i] += dl;
        } else {
            return 0;
        }
    }
    for (size_t i = 0; i < ni; i++) {
        char *one = jfyp_printf("%s%.*s, %s", unit_plurals[u][1], (int)(end[i] - item[i]), item[i], rest);
        int rc = one ? add_aff(S, labs[i], one, src) : -1;
        free(one);
        if (rc < 0)
            return -1;
    }
    return 1;
}

/* Where the journal's own name starts when the page's foot printed it
 * under the notes and it ran on after an address's country ("...,
 * Cambridge, UK. Discover Oncology"), or NULL. */
static const char *journal_after_country(const state *S, const char *x) {
    for (const char *p = strstr(x, ". "); p; p = strstr(p + 1, ". "))
        if (ends_with_country(x, (size_t)(p - x)) && jfyp_journal_name_line(S->r->hints, p + 2, 0))
            return p + 1;
    return NULL;
}

/* Where the next address starts when the addresses were run into one
 * sentence, each opening on its letter or figure after a comma ("a
 * Department of X, b 2nd Department of Y, c ..., Brno, Czech
 * Republic."): the label after `label` in sequence, set apart by
 * spaces, that the byline uses and no address holds yet, before a
 * capital or a figure ("2nd"). NULL when there is none; *comma is then
 * where the address before it ends. */
static const char *run_in_next(const state *S, const char *label, const char *text, char *next,
                               const char **comma) {
    if (!label || strlen(label) != 1 || !((*label >= 'a' && *label < 'z') || (*label >= '1' && *label < '9')))
        return NULL;
    next[0] = (char)(*label + 1);
    next[1] = '\0';
    if (!any_marker(&S->c, next, 1) || has_label(S, next))
        return NULL;
    for (const char *p = strstr(text, ", "); p; p = strstr(p + 1, ", "))
        if (p[2] == next[0] && p[3] == ' ' && p > text &&
            (is_upper_ascii_or_utf8(p + 4) || (p[4] >= '0' && p[4] <= '9'))) {
            *comma = p;
            return p + 4;
        }
    return NULL;
}

/* Where the next address starts when the addresses ran on in one block,
 * each after the one before's country and a semicolon, the letter of
 * each glued on or set apart, the first one's lost ("..., Gdynia, Poland;
 * bDepartment of ..., Germany; c School ..."): the "; " before the letter after
 * `label` ("b" when there is none) that no address holds yet, or NULL. */
static const char *glued_next_letter(const state *S, const char *label, const char *text, char *next) {
    if (label && (strlen(label) != 1 || *label < 'a' || *label >= 'z'))
        return NULL;
    /* each candidate looks back over the text before it: past a block of
     * addresses' length, the scan would grow with the square of the text */
    if (strlen(text) > 6000)
        return NULL;
    next[0] = label ? (char)(*label + 1) : 'b';
    next[1] = '\0';
    if (has_label(S, next))
        return NULL;
    for (const char *q = strstr(text, "; "); q; q = strstr(q + 1, "; "))
        if (q[2] == next[0] && (is_upper_ascii_or_utf8(q + 3) || (q[3] == ' ' && is_upper_ascii_or_utf8(q + 4))) &&
            ends_with_country(text, (size_t)(q - text)))
            return q;
    /* "..., Bangkok, Thailand. bDepartment of ...": a full stop ends each
     * address, the letter glued on to the next */
    for (const char *q = strstr(text, ". "); q; q = strstr(q + 1, ". "))
        if (q[2] == next[0] && is_upper_ascii_or_utf8(q + 3) && ends_with_country(text, (size_t)(q - text)))
            return q;
    return NULL;
}

/* Where the next address starts when the addresses marked by symbols ran
 * on in one sentence, each after the country that closes the one before
 * and "; " or "; and " (a letter's signature: "*Hospital X, Lima, Peru;
 * †Institute Y, Cusco, Peru; and §University Z, Town, Peru"): the symbol
 * glued on a capital, of another kind than `label`'s. Its length in
 * *symlen; NULL when there is none. */
static const char *glued_next_symbol(const char *label, const char *text, size_t *symlen) {
    if (!label || !*label || symbol_len(label) != strlen(label) || strlen(text) > 6000)
        return NULL;
    for (const char *q = strstr(text, "; "); q; q = strstr(q + 1, "; ")) {
        const char *s = q + 2;
        if (strncmp(s, "and ", 4) == 0)
            s += 4;
        size_t sl = symbol_len(s);
        if (!sl || strncmp(s, label, sl) == 0 || !is_upper_ascii_or_utf8(s + sl) ||
            !ends_with_country(text, (size_t)(q - text)))
            continue;
        *symlen = sl;
        return q;
    }
    return NULL;
}

static int add_aff(state *S, const char *label, const char *text, const jfy_node *src) {
    if (S->naff == MAX_AFFS)
        return 0;
    size_t syml = 0;
    const char *sym = glued_next_symbol(label, text, &syml);
    if (sym) {
        const char *s = sym + 2 + (strncmp(sym + 2, "and ", 4) == 0 ? 4 : 0);
        char lab[8];
        snprintf(lab, sizeof lab, "%.*s", (int)syml, s);
        char *head = jfyp_strndup(text, (size_t)(sym - text));
        int rc = head ? add_aff(S, label, head, src) : -1;
        free(head);
        return rc < 0 ? rc : add_aff(S, lab, s + syml, src);
    }
    char nextlab[2];
    const char *comma = NULL, *after = run_in_next(S, label, text, nextlab, &comma);
    if (after) {
        char *head = jfyp_strndup(text, (size_t)(comma - text));
        int rc = head ? add_aff(S, label, head, src) : -1;
        free(head);
        return rc < 0 ? rc : add_aff(S, nextlab, after, src);
    }
    const char *glued = glued_next_letter(S, label, text, nextlab);
    if (glued) {
        /* the first address's letter lost, the byline's "a" is its */
        const char *first = label ? label : any_marker(&S->c, "a", 1) && !has_label(S, "a") ? "a" : NULL;
        /* or kept glued on, "aDepartment" / "a Department" */
        if (!label && text[0] == 'a' && (is_upper_ascii_or_utf8(text + 1) ||
                                         (text[1] == ' ' && is_upper_ascii_or_utf8(text + 2)))) {
            text += text[1] == ' ' ? 2 : 1;
            first = "a";
        }
        char *head = jfyp_strndup(text, (size_t)(glued - text));
        int rc = head ? add_aff(S, first, head, src) : -1;
        free(head);
        return rc < 0 ? rc : add_aff(S, nextlab, glued + (glued[3] == ' ' ? 4 : 3), src);
    }
    const char *jn = strlen(text) < 600 ? journal_after_country(S, text) : NULL;
    if (jn) {
        char *head = jfyp_strndup(text, (size_t)(jn - text));
        int rc = head ? add_aff(S, label, head, src) : -1;
        free(head);
        return rc;
    }
    int units = add_units(S, label, text, src);
    if (units)
        return units;
    const char *cut = note_run_on(text);
    if (cut) {
        char *head = jfyp_strndup(text, (size_t)(cut - text));
        int rc = head ? add_aff(S, label, head, src) : -1;
        free(head);
        const char *tail = cut + 1;
        while (*tail == ' ')
            tail++;
        if (rc >= 0 && add_corresp(S, tail, src) < 0)
            rc = -1;
        return rc;
    }
    jfy_node *aff = jfyp_node_new(JFY_N_AFF);
    char *id = jfyp_rec_id(S->r, 1, "aff");
    if (!aff || !id || jfyp_node_set_attr(aff, "id", id) < 0) {
        free(id);
        jfyp_node_free(aff);
        return -1;
    }
    free(id);
    jfyp_node_span_from(aff, src);
    if (label) {
        jfy_node *l = jfyp_node_new_text(JFY_N_LABEL, label);
        if (!l) {
            jfyp_node_free(aff);
            return -1;
        }
        jfyp_node_append(aff, l);
    }
    char *mended = jfyp_front_mend_emails(jfyp_strdup(text));
    if (!mended || fill_aff(aff, mended, src) < 0) {
        free(mended);
        jfyp_node_free(aff);
        return -1;
    }
    free(mended);
    jfyp_node_append(S->r->front, aff);
    S->affs[S->naff++] = aff;
    return 1;
}

static jfy_node *notes_of(state *S) {
    if (!S->notes) {
        S->notes = jfyp_node_child(S->r->front, JFY_N_AUTHOR_NOTES);
        if (!S->notes) {
            S->notes = jfyp_node_new(JFY_N_AUTHOR_NOTES);
            if (S->notes)
                jfyp_node_append(S->r->front, S->notes);
        }
    }
    return S->notes;
}

static int lower_label_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

/* An address printed with a break after each dot and after its '@' (a
 * zero-width space the template sets there, which MuPDF and pdfminer read
 * as a space: "jens. hoeppner@ uksh. de"), or broken at a line's end after
 * a dot ("i.\nmareschal@host"): made whole. A local part never ends on a
 * dot, so "x. y@" is one word; the host is read spaced only where two
 * breaks or more show the page's habit. In place. */
static void join_spaced_emails(char *s) {
    /* One pass, written over itself (the text only shrinks): moving the
     * rest of the text at each '@' was quadratic in a line of addresses. */
    char *w = s;
    for (const char *p = s; *p;) {
        if (*p != '@') {
            *w++ = *p++;
            continue;
        }
        const char *q = p + 1;
        int gaps = 0;
        if (*q == ' ')
            q++, gaps++;
        const char *e = q;
        while (lower_label_char(*e))
            e++;
        while (e > q && e[0] == '.' && e[1] == ' ' && lower_label_char(e[2])) {
            e += 2, gaps++;
            while (lower_label_char(*e))
                e++;
        }
        /* the local part, already written: "x. y@", x lower case after a
         * space or a rule */
        char *l = w;
        while (l > s && lower_label_char(l[-1]))
            l--;
        if (l < w && l - s >= 3 && l[-1] == ' ' && l[-2] == '.') {
            char *x = l - 2;
            while (x > s && (lower_label_char(x[-1]) || x[-1] == '.'))
                x--;
            /* "Tel: +1 4123864055. x@y": a number ends its sentence */
            int letter = 0;
            for (const char *y = x; y < l - 2; y++)
                letter |= *y >= 'a' && *y <= 'z';
            if (letter && x < l - 2 && (x == s || x[-1] == ' ' || x[-1] == ';' || x[-1] == ':' || x[-1] == '(')) {
                memmove(l - 1, l, (size_t)(w - l));
                w--;
            }
        }
        *w++ = *p++;
        if (gaps >= 2 && e > q)
            for (; p < e; p++)
                if (*p != ' ')
                    *w++ = *p;
    }
    *w = '\0';
}

static int add_corresp(state *S, const char *text, const jfy_node *src) {
    jfy_node *notes = notes_of(S);
    if (!notes)
        return -1;
    jfy_node *c = jfyp_node_new(JFY_N_CORRESP);
    char *id = jfyp_rec_id(S->r, 2, "cor");
    if (!c || !id || jfyp_node_set_attr(c, "id", id) < 0) {
        free(id);
        jfyp_node_free(c);
        return -1;
    }
    free(id);
    jfyp_node_span_from(c, src);
    const char *s = text;
    /* The star that points to it is the names' marker, not its text. */
    while (*s == '*' || *s == ' ' || *s == JFYP_SUP)
        s++;
    char *clean = jfyp_front_unsup(jfyp_strdup(s));
    if (clean)
        join_spaced_emails(clean);
    if (!clean || append_with_emails(c, jfyp_front_mend_emails(clean), src) < 0) {
        free(clean);
        jfyp_node_free(c);
        return -1;
    }
    free(clean);
    jfyp_node_append(notes, c);
    if (!S->corresp)
        S->corresp = c;
    return 0;
}

/* Two columns run together put the first page's correspondence note
 * inside a long block of prose: the note alone, from its opener to the
 * e-mail after it, is read; the block stays. 0, or -1 on OOM. */
static int long_block_corresp(state *S, const char *t, const jfy_node *src) {
    const char *o = jfyp_stristr(t, "corresponding author");
    if (!o)
        o = jfyp_stristr(t, "correspondence to");
    const char *at = o ? strchr(o, '@') : NULL;
    if (!at || at - o > 200)
        return 0;
    while (o > t && (o[-1] == '*' || o[-1] == JFYP_SUP))
        o--;
    const char *e = at;
    while (*e && *e != ' ' && *e != ',' && *e != ';')
        e++;
    while (e > at && e[-1] == '.')
        e--;
    char *x = jfyp_strndup(o, (size_t)(e - o));
    if (!x)
        return -1;
    /* only the label, a name and the e-mail: no prose run in */
    int words = 0;
    for (const char *p = x; *p; p++)
        words += *p == ' ';
    int rc = words <= 14 ? add_corresp(S, x, src) : 0;
    free(x);
    return rc;
}

/* The same note run on after its address on one line ("Universidad X,
 * Facultad Y. Street 6, 29013, City, España. Dirección de
 * correspondencia/Correspondence to: ..."), the address's label lost (the
 * page numbers' reader took a "1" alone for one): the address takes the
 * first label the byline carries and no address has; the block stays.
 * 0, or -1 on OOM. */
static size_t missing_labels(const state *S, char (*lab)[16], size_t nlab, char (*out)[16], size_t nout,
                             int symbols);
static int take_marked(state *S, const jfy_node *blk, const char *lines, int in_zone);
/* Whether the line from p to e opens an address on a label the byline
 * carries, glued on after the last one's full stop ("..., China.
 * 2School of Food Science, Shanxi"): the next line is its tail, not an
 * address of its own (the run's first label was read apart as a page
 * number; the lost-first reader takes the run whole). */
static int opens_glued_address(const state *S, const char *p, const char *e) {
    for (; p + 3 < e; p++) {
        if (p[0] != '.' || p[1] != ' ' || p[2] < '1' || p[2] > '9')
            continue;
        const char *d = p + 2;
        while (d < e && *d >= '0' && *d <= '9')
            d++;
        if (d - (p + 2) <= 2 && d < e && is_upper_ascii_or_utf8(d) &&
            any_marker(&S->c, p + 2, (size_t)(d - (p + 2))))
            return 1;
    }
    return 0;
}
static int long_block_address(state *S, const char *lines, const jfy_node *src) {
    char miss[1][16];
    if ((S->naff && !S->marked) || !missing_labels(S, NULL, 0, miss, 1, 0))
        return 0;
    for (const char *ls = lines, *prev = NULL; ls && *ls;
         prev = ls, ls = strchr(ls, '\n') ? strchr(ls, '\n') + 1 : NULL) {
        const char *le = strchr(ls, '\n');
        size_t n = le ? (size_t)(le - ls) : strlen(ls);
        if (n > 400 || !is_upper_ascii_or_utf8(ls) || (prev && opens_glued_address(S, prev, ls)))
            continue;
        const char *q = NULL;
        for (const char *p = ls; p + 2 < ls + n && !q; p++)
            if (p[0] == '.' && p[1] == ' ' && correspish_start(p + 2) && is_upper_ascii_or_utf8(p + 2))
                q = p;
        size_t al = q ? (size_t)(q - ls) : 0;
        if (!q || memchr(ls, '@', al) || !ends_with_country(ls, al))
            continue;
        char *addr = jfyp_strndup(ls, al);
        if (!addr)
            return -1;
        int inst = jfyp_front_has_institution_word(addr);
        char *joined = inst ? jfyp_printf("%s\n%s", miss[0], addr) : NULL;
        free(addr);
        if (!inst)
            continue;
        if (!joined)
            return -1;
        int m = take_marked(S, src, joined, 0);
        free(joined);
        return m < 0 ? -1 : 0;
    }
    return 0;
}

/* A new note of the author-notes of the given fn-type, its paragraph
 * holding t (empty when t is NULL), placed after the notes there are: the
 * note, NULL on OOM. */
static jfy_node *new_note(state *S, const char *type, const char *t, const jfy_node *blk) {
    jfy_node *notes = notes_of(S);
    jfy_node *fn = jfyp_node_new(JFY_N_FOOTNOTE), *para = jfyp_node_new(JFY_N_PARAGRAPH);
    char *id = jfyp_rec_id(S->r, 2, "fn");
    if (!notes || !fn || !para || !id || jfyp_node_set_attr(fn, "id", id) < 0 ||
        jfyp_node_set_attr(fn, "fn-type", type) < 0 ||
        (t && append_text(para, JFY_N_TEXT, t, strlen(t), blk) < 0)) {
        free(id);
        jfyp_node_free(fn);
        jfyp_node_free(para);
        return NULL;
    }
    free(id);
    jfyp_node_span_from(fn, blk);
    jfyp_node_span_from(para, blk);
    jfyp_node_append(fn, para);
    jfyp_node_append(notes, fn);
    return fn;
}

/* "Communicated by A. Roe, University X, ...": the editor who handled
 * the paper, a note on the authors with no symbol pointing to it. 0, or
 * -1 on OOM. */
static int add_edited_by(state *S, const jfy_node *blk, const char *t) {
    return new_note(S, "edited-by", t, blk) ? 0 : -1;
}

/* "† These authors contributed equally": a note a name's symbol points
 * to. Returns 1 when taken. */
static int take_note(state *S, const jfy_node *blk, const char *t) {
    size_t sl = 0;
    static const char *const syms[] = {"\xe2\x80\xa0", "\xe2\x80\xa1", "\xc2\xa7", "\xc2\xb6", "#",
                                       "\xe2\x80\x96", NULL};
    const char *p = t;
    if (*p == JFYP_SUP)
        p++;
    for (size_t i = 0; syms[i] && !sl; i++)
        if (syms[i][0] == *p && strncmp(p, syms[i], strlen(syms[i])) == 0)
            sl = strlen(syms[i]);
    if (!sl || strchr(t, '@') || !any_marker(&S->c, p, sl))
        return 0;
    char lab[8];
    snprintf(lab, sizeof lab, "%.*s", (int)sl, p);
    p += sl;
    while (*p == ' ' || *p == JFYP_SUP)
        p++;
    if (!*p)
        return 0;
    /* "†Department of X, University Y": an address the symbol marks */
    if (addressish(p) && jfyp_front_has_institution_word(p) && !jfyp_stristr(p, "address") &&
        !jfyp_stristr(p, "contribut") && !jfyp_stristr(p, "equal") && !jfyp_stristr(p, "deceased"))
        return 0;
    jfy_node *notes = notes_of(S);
    jfy_node *fn = jfyp_node_new(JFY_N_FOOTNOTE), *para = jfyp_node_new(JFY_N_PARAGRAPH);
    char *id = jfyp_rec_id(S->r, 2, "fn");
    const char *type = jfyp_stristr(p, "equal") ? "equal"
                       : jfyp_stristr(p, "deceased") ? "deceased"
                       : (jfyp_stristr(p, "present address") || jfyp_stristr(p, "current address"))
                           ? "present-address"
                           : "other";
    char *clean = jfyp_front_unsup(jfyp_strdup(p));
    jfy_node *lnode = jfyp_node_new_text(JFY_N_LABEL, lab);
    if (!notes || !fn || !para || !id || !clean || !lnode || jfyp_node_set_attr(fn, "id", id) < 0 ||
        jfyp_node_set_attr(fn, "fn-type", type) < 0 || jfyp_node_set_attr(fn, "label", lab) < 0 ||
        append_text(para, JFY_N_TEXT, clean, strlen(clean), blk) < 0) {
        free(id);
        free(clean);
        jfyp_node_free(fn);
        jfyp_node_free(para);
        jfyp_node_free(lnode);
        return -1;
    }
    free(id);
    free(clean);
    jfyp_node_span_from(fn, blk);
    jfyp_node_span_from(para, blk);
    jfyp_node_append(fn, lnode);
    jfyp_node_append(fn, para);
    jfyp_node_append(notes, fn);
    return 1;
}

/* "Present addresses" alone over the authors' new addresses, the note
 * run on over several blocks until a full stop ends it. */
static int present_opener(const char *t) {
    static const char *const labels[] = {"present addresses", "present address",
                                         "current addresses", "current address", NULL};
    for (size_t i = 0; labels[i]; i++) {
        const char *e = jfyp_after_label(t, labels[i]);
        if (e && (*e == '\0' || *e == '\n'))
            return 1;
    }
    return 0;
}

/* "Present address: Fund X, ...": the note's label and its text in one
 * block. */
static int present_note_start(const char *t) {
    static const char *const labels[] = {"present addresses:", "present address:",
                                         "current addresses:", "current address:", NULL};
    while (*t == ' ' || *t == JFYP_SUP || symbol_len(t))
        t += symbol_len(t) ? symbol_len(t) : 1;
    for (size_t i = 0; labels[i]; i++)
        if (jfyp_strnieq(t, labels[i], strlen(labels[i])))
            return 1;
    return 0;
}

/* Adds the text of blk to the present-address note, making it first. */
static int add_present_note(state *S, jfy_node **fn, const char *t, const jfy_node *blk) {
    if (!*fn) {
        if (!(*fn = new_note(S, "present-address", NULL, blk)))
            return -1;
    } else if (append_text((*fn)->last, JFY_N_TEXT, " ", 1, blk) < 0) {
        return -1;
    }
    return append_text((*fn)->last, JFY_N_TEXT, t, strlen(t), blk);
}

/* A note of the author-notes, unlabelled: a present address ("Present
 * address: ...") or another ("Support: ..."). */
static int add_note_fn(state *S, const char *t, const jfy_node *blk) {
    jfy_node *fn = NULL;
    if (present_note_start(t))
        return add_present_note(S, &fn, t, blk);
    return new_note(S, "other", t, blk) ? 0 : -1;
}

/* Splits a block's lines into affiliations where a line starts with the
 * next label; lines without one continue the one before. */
static int has_label(const state *S, const char *lab) {
    for (size_t a = 0; a < S->naff; a++) {
        const jfy_node *l = jfyp_node_child(S->affs[a], JFY_N_LABEL);
        if (l && l->text && strcmp(l->text, lab) == 0)
            return 1;
    }
    return 0;
}

/* Whether a line ends with ", Country" (a full stop after it allowed):
 * where one address ends when pdftotext ran several together. */
static int ends_with_country(const char *s, size_t n) {
    /* "..., Germany; name@host" */
    const char *at = memchr(s, '@', n);
    if (at) {
        while (at > s && at[-1] != ';')
            at--;
        if (at > s)
            n = (size_t)(at - 1 - s);
    }
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '.' || s[n - 1] == ';'))
        n--;
    /* "12489 Berlin (Germany)" */
    if (n > 4 && s[n - 1] == ')') {
        size_t o = n - 2;
        while (o > 0 && s[o] != '(' && s[o] != ')' && s[o] != ',')
            o--;
        size_t skip;
        if (o > 1 && s[o] == '(' && s[o - 1] == ' ' && n - o - 2 >= 2 &&
            country_of(s + o + 1, n - o - 2, &skip) && skip == 0)
            return 1;
    }
    size_t i = n;
    while (i > 0 && s[i - 1] != ',')
        i--;
    /* "the Netherlands" on a line of its own, the comma ending the one
     * before */
    if (i == 0 && (n > 40 || (!(s[0] >= 'A' && s[0] <= 'Z') && strncmp(s, "the ", 4) != 0)))
        return 0;
    const char *c = s + i;
    size_t cn = n - i;
    while (cn && *c == ' ') {
        c++;
        cn--;
    }
    size_t skip;
    if (cn < 2 || !country_of(c, cn, &skip))
        return 0;
    /* "Tokyo, 113-8677 Japan": a postal code before it */
    size_t pl = skip;
    while (pl && (c[pl - 1] == ' ' || c[pl - 1] == '\n'))
        pl--;
    return skip == 0 || (pl && all_digits(c, pl) && pl >= 3);
}

/* Whether [s, s+n) holds the authors' e-mails only, each maybe with the
 * initials it belongs to: "x@y (A.B.); z@w (C.D.)". */
static int emails_only(const char *s, size_t n) {
    int at = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && s[i] == ' ')
            i++;
        size_t j = i;
        while (j < n && s[j] != ' ')
            j++;
        size_t e = j;
        while (e > i && (s[e - 1] == ';' || s[e - 1] == ','))
            e--;
        if (e > i && memchr(s + i, '@', e - i))
            at = 1;
        else if (e > i && !(s[i] == '(' && s[e - 1] == ')' && e - i <= 16))
            return 0;
        i = j;
    }
    return at;
}

/* Whether the line of text ending at q ends an address: with its
 * country, or it holds the address's e-mails alone, broken off the line
 * ending with the country ("..., Mexico;" / "name@host", "..., Spain;
 * a@b (A.B.);" / "c@d (C.D.)"). */
static int line_ends_address(const char *text, const char *q) {
    const char *ls = q;
    while (ls > text && ls[-1] != '\n')
        ls--;
    if (ends_with_country(ls, (size_t)(q - ls)))
        return 1;
    if (ls == text || !emails_only(ls, (size_t)(q - ls)))
        return 0;
    /* a few lines of e-mails at most: each line is asked this, and a
     * long run must not be walked back from every one of its lines */
    const char *pe, *ps = ls;
    int back = 0;
    do {
        pe = ps - 1;
        ps = pe;
        while (ps > text && ps[-1] != '\n')
            ps--;
    } while (ps > text && ++back < 6 && emails_only(ps, (size_t)(pe - ps)));
    if (memchr(ps, '@', (size_t)(pe - ps)))
        return ends_with_country(ps, (size_t)(pe - ps));
    return pe > ps && pe[-1] == ';' && ends_with_country(ps, (size_t)(pe - ps));
}

/* Whether the line ending at q inside text ends an address and the next
 * opens another: not when the next holds only the e-mails of the one
 * above ("..., Poland;" / "x@y (Q.M.); z@w (R.S.)"). */
static int address_break(const char *text, const char *q) {
    return line_ends_address(text, q) && is_upper_ascii_or_utf8(q + 1) &&
           !emails_only(q + 1, strcspn(q + 1, "\n"));
}

/* Whether the line at s opens an institution's name: its first
 * comma-separated part holds an institution word, and it opens no note. */
static int opens_institution(const char *s) {
    size_t n = strcspn(s, "\n");
    char *line = jfyp_strndup(s, n);
    if (!line)
        return 0;
    line[strcspn(line, ",")] = '\0';
    int hit = is_upper_ascii_or_utf8(line) && jfyp_front_has_institution_word(line) &&
              !present_note_start(line) && !correspish_start(line);
    free(line);
    return hit;
}

/* Whether the line at s opens a note: "Present address: ...", "Tel.:
 * ...", "E-mail: ...", a field's name and a colon among its first words. */
static int opens_note(const char *s) {
    if (present_note_start(s) || correspish_start(s) || jfyp_front_meta_line(s))
        return 1;
    size_t n = strcspn(s, "\n"), words = 1;
    for (size_t i = 0; i < n && words <= 3; i++) {
        if (s[i] == ':')
            return 1;
        words += s[i] == ' ';
    }
    return 0;
}

/* Whether the line ending at q inside text ends with a semicolon and
 * the next one opens an institution's name: where one address of a list
 * set apart by semicolons ends, its label lost. */
static int semi_break(const char *text, const char *q) {
    return q > text && q[-1] == ';' && opens_institution(q + 1);
}

/* Whether the number k at q inside text (one address run into the one
 * before) is a label, when the byline does not carry it: the text before
 * ends with a country, or the number after it follows too, as in a
 * numbered list of addresses run into one line. */
static int glued_label_sure(const char *text, const char *q, int k) {
    size_t bn = (size_t)(q - text);
    /* "..., Tanzania, 3 Department": the comma ran them together */
    while (bn > 0 && (text[bn - 1] == ' ' || text[bn - 1] == '\n' || text[bn - 1] == ';' ||
                      text[bn - 1] == ','))
        bn--;
    if (bn > 4 && strncmp(text + bn - 4, " and", 4) == 0)
        bn -= 4;
    if (ends_with_country(text, bn))
        return 1;
    char next[8];
    int nl = snprintf(next, sizeof next, "%d", k + 1);
    for (const char *p = q + 1; (p = strstr(p, next)) != NULL; p++)
        if ((p[-1] == ' ' || p[-1] == '\n') && p[nl] == ' ' && is_upper_ascii_or_utf8(p + nl + 1))
            return 1;
    return 0;
}

/* "..., Tamil Nadu, china; 4scigen research ...": a number glued on to a
 * word in lower case after the semicolon that ends an address on its
 * country (MuPDF gives small capitals as lower case), not an ordinal
 * ("; 4th floor"). q is the number in text, wl its length. */
static int glued_after_country(const char *text, const char *q, size_t wl) {
    const char *w = q + wl;
    /* three letters: an ordinal's suffix has two */
    if (!(w[0] >= 'a' && w[0] <= 'z') || !(w[1] >= 'a' && w[1] <= 'z') || !(w[2] >= 'a' && w[2] <= 'z'))
        return 0;
    if (q - text < 3 || (q[-1] != ' ' && q[-1] != '\n') || q[-2] != ';')
        return 0;
    return ends_with_country(text, (size_t)(q - 2 - text));
}

/* "4200 Engineering Gateway": a street's number (one to five figures,
 * not opening on a zero) then a capitalised word. */
static int street_number_at(const char *p) {
    size_t d = 0;
    while (d < 6 && p[d] >= '0' && p[d] <= '9')
        d++;
    return d >= 1 && d <= 5 && p[0] != '0' && p[d] == ' ' && p[d + 1] >= 'A' && p[d + 1] <= 'Z' &&
           p[d + 2] >= 'a' && p[d + 2] <= 'z';
}

/* Whether t, up to the correspondence note run on after it, ends on a
 * country and opens on a capital or a street's number ("4200 Engineering
 * Gateway, Irvine, USA. *email: x@y"): an address without an
 * institution's word. */
static int marked_country_tail(const char *t) {
    const char *nr = note_run_on(t);
    size_t n = nr ? (size_t)(nr - t) : strlen(t);
    if (n >= 250 || memchr(t, '@', n) || !(is_upper_ascii_or_utf8(t) || street_number_at(t)))
        return 0;
    char *h = jfyp_strndup(t, n);
    int hit = h && tail_country(h);
    free(h);
    return hit;
}

/* The byline's digit markers no affiliation is labelled with yet, in
 * order, as a comma-free list of labels. */
static size_t missing_labels(const state *S, char (*lab)[16], size_t nlab, char (*out)[16],
                             size_t max, int symbols) {
    /* the order footnote symbols are used in */
    static const char *const syms[] = {"*", "\xe2\x88\x97", "\xe2\x80\xa0", "\xe2\x80\xa1",
                                       "\xc2\xa7", "\xc2\xb6", "\xe2\x80\x96", "#", NULL};
    size_t n = 0;
    for (int v = 1; v < 100 && n < max; v++) {
        char m[16];
        if ((symbols == 1 && !syms[v - 1]) || (symbols == 2 && v > 26) || (symbols == 3 && v > 39))
            break;
        if (symbols == 1)
            snprintf(m, sizeof m, "%s", syms[v - 1]);
        else if (symbols == 2)
            snprintf(m, sizeof m, "%c", 'a' + v - 1);
        else if (symbols == 3)
            roman_of(v, m, sizeof m);
        else
            snprintf(m, sizeof m, "%d", v);
        if (!any_marker(&S->c, m, strlen(m)) || has_label(S, m))
            continue;
        int used = 0;
        for (size_t i = 0; i < nlab; i++)
            used |= strcmp(lab[i], m) == 0;
        if (!used)
            snprintf(out[n++], sizeof out[0], "%s", m);
    }
    return n;
}

/* 0 for a number, 2 for a letter, 1 for a symbol, 3 for a Roman numeral */
static int label_kind(const char *lab) {
    if (lab[0] >= '0' && lab[0] <= '9')
        return 0;
    if (roman_len(lab) == strlen(lab))
        return 3;
    return lab[0] >= 'a' && lab[0] <= 'z' ? 2 : 1;
}

/* Whether a line is nothing but a label: a superscript printed apart. */
static int label_line(const state *S, const char *s, size_t n) {
    while (n && (*s == ' ' || *s == JFYP_SUP)) {
        s++;
        n--;
    }
    while (n && (s[n - 1] == ' ' || s[n - 1] == JFYP_SUP))
        n--;
    size_t rn = 0; /* "VIII": a Roman numeral is all the line holds */
    while (rn < n && rn < 5 && (s[rn] == 'I' || s[rn] == 'V' || s[rn] == 'X'))
        rn++;
    if (n && rn == n && n <= 4)
        return any_marker(&S->c, s, n);
    if (n == 0 || n > 3)
        return 0;
    if (all_digits(s, n) && n <= 2)
        return any_marker(&S->c, s, n);
    if (n == 1 && *s >= 'a' && *s <= 'z')
        return any_marker(&S->c, s, n);
    size_t sl = symbol_len(s);
    if (sl && sl < n && all_digits(s + sl, n - sl) && n - sl <= 2 && s[sl] != '0')
        return any_marker(&S->c, s, sl); /* "*1" alone: see aff_label */
    return sl == n && any_marker(&S->c, s, n);
}

/* "..., China; bKey Laboratory of ...", "..., Spain, cDepartment of
 * ...": the next letter glued on to the address it marks, after the
 * semicolon that ends the one before, or after a comma that follows its
 * country. */
static int glued_after_separator(const char *text, const char *q, char want) {
    if (q[0] != want || q - text < 3 || q[-1] != ' ' || !is_upper_ascii_or_utf8(q + 1) ||
        (q[1] >= 'A' && q[1] <= 'Z' && q[2] >= 'A' && q[2] <= 'Z'))
        return 0;
    if (q[-2] == ';')
        return 1;
    return q[-2] == ',' && ends_with_country(text, (size_t)(q - 2 - text));
}

/* "∗" alone under the last address: the star of the correspondence note
 * below, printed apart from it (the byline may have lost its own). */
static int lone_corresp_star(const char *s, size_t n) {
    while (n && s[n - 1] == ' ')
        n--;
    return n && is_corresp_marker(s, n);
}

/* Whether the line at s is a heading in letter-spaced capitals ("A R T
 * I C L E  I N F O", "A B S T R A C T"): five letters or more, each one
 * alone. */
static int spaced_caps_line(const char *s) {
    size_t letters = 0;
    for (const char *p = s; *p && *p != '\n'; p++) {
        if (*p == ' ')
            continue;
        if (!(*p >= 'A' && *p <= 'Z') || (p[1] && p[1] != ' ' && p[1] != '\n'))
            return 0;
        letters++;
    }
    return letters >= 5;
}

/* Where a label line over a letter-spaced heading starts in lines, or
 * NULL: pdftotext can print the last label after the addresses, on the
 * line over the box heading under them ("... United States" / "b" /
 * "A R T I C L E  I N F O"); the heading and what follows are no
 * address. */
static const char *label_over_spaced(const state *S, const char *lines) {
    for (const char *p = lines; p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL) {
        size_t n = strcspn(p, "\n");
        if (p != lines && p[n] == '\n' && label_line(S, p, n) && spaced_caps_line(p + n + 1))
            return p;
    }
    return NULL;
}

/* Puts the address rest, labelled lab, after entry i of the n read so
 * far (the caller keeps n under MAX_AFFS). */
static void insert_aff(char **texts, char (*labels)[16], size_t *n, size_t i, char *rest,
                       const char *lab) {
    memmove(texts + i + 2, texts + i + 1, (*n - i - 1) * sizeof texts[0]);
    memmove(labels + i + 2, labels + i + 1, (*n - i - 1) * sizeof labels[0]);
    texts[i + 1] = rest;
    snprintf(labels[i + 1], sizeof labels[0], "%s", lab);
    (*n)++;
}

static int city_tail_n(const char *t, size_t n);

/* Past the front matter only an affiliation a name still points to is
 * taken: numbered lists there are references or steps. */
static int take_marked(state *S, const jfy_node *blk, const char *lines, int in_zone) {
    char lab[16];
    size_t ll = aff_label(lines, &S->c, lab, sizeof lab);
    if (!ll)
        return 0;
    const char *over = label_over_spaced(S, lines);
    if (over) {
        char *cut = jfyp_strndup(lines, (size_t)(over - lines) + strcspn(over, "\n"));
        int m = cut ? take_marked(S, blk, cut, in_zone) : -1;
        free(cut);
        return m;
    }
    size_t ls = symbol_len(lab);
    int star_num = ls && lab[ls] && all_digits(lab + ls, strlen(lab + ls)) && any_marker(&S->c, lab, ls);
    if (!in_zone && (has_label(S, lab) || (!any_marker(&S->c, lab, strlen(lab)) && !star_num)))
        return 0;
    /* Check every aff the block holds reads as an address first. */
    jfyp_buf cur;
    jfyp_buf_init(&cur);
    char labels[MAX_AFFS][16];
    char *texts[MAX_AFFS];
    size_t n = 0;
    snprintf(labels[0], sizeof labels[0], "%s", lab);
    const char *p = lines + ll;
    int ok = 1;
    while (ok) {
        const char *nl = strchr(p, '\n');
        size_t seglen = nl ? (size_t)(nl - p) : strlen(p);
        /* a marker left on the last line, printed after its address */
        int stray = !nl && (label_line(S, p, seglen) || lone_corresp_star(p, seglen));
        if (cur.len && !stray)
            jfyp_buf_putc(&cur, '\n');
        if (!stray)
            jfyp_buf_put(&cur, p, seglen);
        char nlab[16];
        size_t nll = nl ? aff_label(nl + 1, &S->c, nlab, sizeof nlab) : 0;
        if (!nl || nll) {
            if (n == MAX_AFFS) {
                ok = 0;
                break;
            }
            texts[n] = jfyp_buf_finish(&cur);
            if (!texts[n]) {
                ok = -1;
                break;
            }
            n++;
            if (!nl)
                break;
            if (n < MAX_AFFS)
                snprintf(labels[n], sizeof labels[n], "%s", nlab);
            p = nl + 1 + nll;
        } else {
            p = nl + 1;
        }
    }
    jfyp_buf_free(&cur);
    /* past the front matter a "*1" address shows it is whole by its
     * country (a column's break may cut it before) */
    for (size_t i = 0; i < n && ok == 1 && star_num && !in_zone; i++) {
        size_t tl = strlen(texts[i]);
        while (tl && (texts[i][tl - 1] == '.' || texts[i][tl - 1] == ' ' || texts[i][tl - 1] == '\n'))
            tl--;
        ok = ends_with_country(texts[i], tl);
    }
    /* "1 Institute A, City 2 Department B, ...": the next number glued
     * on the same line, when the byline carries it and no line starts
     * with it */
    for (size_t i = 0; i < n && ok == 1 && n < MAX_AFFS; i++) {
        if (!all_digits(labels[i], strlen(labels[i])))
            continue;
        char want[8];
        int wl = snprintf(want, sizeof want, "%d", atoi(labels[i]) + 1);
        int dup = has_label(S, want);
        for (size_t j = 0; j < n; j++)
            dup |= strcmp(labels[j], want) == 0;
        int digits = 0;
        for (size_t j = 0; j < S->c.n && !digits; j++)
            digits = S->c.markers[j] && strpbrk(S->c.markers[j], "0123456789");
        if (dup)
            continue;
        /* the byline lost the number (its superscripts printed apart):
         * the text itself must show where an address ends */
        int unsure = digits && !any_marker(&S->c, want, (size_t)wl) &&
                     any_marker(&S->c, labels[i], strlen(labels[i]));
        for (char *q = texts[i]; (q = strstr(q, want)) != NULL; q++) {
            if (q == texts[i] || (q[-1] != ' ' && q[-1] != '\n'))
                continue;
            if (unsure && !glued_label_sure(texts[i], q, atoi(labels[i]) + 1))
                continue;
            /* "... School 2 Department", or glued after the stop that
             * ends the one before: "...; 2Department", "... UK |   3Nevada"
             * (-layout keeps the spaces) */
            const char *stop = q - 1;
            while (stop > texts[i] && (*stop == ' ' || *stop == '\n'))
                stop--;
            size_t skip;
            if (q[wl] == ' ' && is_upper_ascii_or_utf8(q + wl + 1))
                skip = (size_t)wl + 1;
            /* "...; 2. Department": list numbers run on after the stop
             * that ends the one before ("..., Norway. 2. Faculty": a
             * full stop after the country), or right after the country
             * ("..., Lagos, NGA 2. Surgery") */
            else if (q[wl] == '.' && q[wl + 1] == ' ' && is_upper_ascii_or_utf8(q + wl + 2) &&
                     q - texts[i] >= 2 &&
                     (q[-2] == ';' ||
                      ((q[-2] == ',' || q[-2] == '.') &&
                       ends_with_country(texts[i], (size_t)(q - 2 - texts[i]))) ||
                      (q[-2] != ' ' && q[-2] != '\n' &&
                       ends_with_country(texts[i], (size_t)(q - 1 - texts[i])))))
                skip = (size_t)wl + 2;
            else if (is_upper_ascii_or_utf8(q + wl) && q - texts[i] >= 2 &&
                     (strchr(";.,|", *stop) || (q - texts[i] >= 6 && strncmp(q - 6, ", and ", 6) == 0)))
                skip = (size_t)wl;
            /* "..., CA 92037, USA and 3Department of ...": the last one
             * joined on with "and" after the country, no comma; after a
             * city when the byline carries the number ("..., London and
             * 12HMDS Laboratory, ..., UK": the run's country comes last) */
            else if (is_upper_ascii_or_utf8(q + wl) && q - texts[i] >= 6 && strncmp(q - 5, " and ", 5) == 0 &&
                     (ends_with_country(texts[i], (size_t)(q - 5 - texts[i])) ||
                      (any_marker(&S->c, want, (size_t)wl) && city_tail_n(texts[i], (size_t)(q - 5 - texts[i])) > 0)))
                skip = (size_t)wl;
            else if (glued_after_country(texts[i], q, (size_t)wl))
                skip = (size_t)wl;
            /* "..., CA 92617, USA. 24200 Engineering Gateway, ...": the
             * next address opens on its street number, its label glued
             * on; only after the full stop that ends one on its country,
             * and only a label the byline carries */
            else if (q - texts[i] >= 2 && q[-2] == '.' && street_number_at(q + wl) &&
                     any_marker(&S->c, want, (size_t)wl) &&
                     ends_with_country(texts[i], (size_t)(q - 2 - texts[i])))
                skip = (size_t)wl;
            else
                continue;
            char *rest = jfyp_strdup(q + skip);
            if (!rest) {
                ok = -1;
                break;
            }
            q[-1] = '\0';
            /* "... Japan and 2 Department": the joining word goes */
            size_t bl = strlen(texts[i]);
            /* "... USA | 2Institute": a bar between them */
            while (bl > 0 && (texts[i][bl - 1] == ' ' || texts[i][bl - 1] == ';' ||
                              texts[i][bl - 1] == '|'))
                texts[i][--bl] = '\0';
            if (bl > 4 && strcmp(texts[i] + bl - 4, " and") == 0)
                texts[i][bl - 4] = '\0';
            insert_aff(texts, labels, &n, i, rest, want);
            break;
        }
    }
    /* "a Department of X, b Department of Y, c ...": lettered addresses
     * run on after commas, each letter one the byline carries */
    for (size_t i = 0; i < n && ok == 1 && n < MAX_AFFS; i++) {
        char c0 = labels[i][0];
        if (!(c0 >= 'a' && c0 < 'z') || labels[i][1])
            continue;
        char want[2] = {(char)(c0 + 1), '\0'};
        int dup = has_label(S, want);
        for (size_t j = 0; j < n; j++)
            dup |= strcmp(labels[j], want) == 0;
        if (dup)
            continue;
        /* a letter glued on to the name before it ("El-Helac") is not
         * read as a marker; glued on to an address's stop it is one */
        int marked = any_marker(&S->c, want, 1);
        for (char *q = texts[i] + 2; *q; q++) {
            /* "..., Saudi Arabia.bDepartment of ...": glued on after the
             * full stop that ends an address with its country */
            int glued = q[0] == want[0] && q[-1] == '.' && is_upper_ascii_or_utf8(q + 1) &&
                        ends_with_country(texts[i], (size_t)(q - texts[i]));
            int glued_sep = !glued && marked && glued_after_separator(texts[i], q, want[0]);
            if (glued_sep) {
                char *rest = jfyp_strdup(q + 1);
                if (!rest) {
                    ok = -1;
                    break;
                }
                q[-2] = '\0';
                insert_aff(texts, labels, &n, i, rest, want);
                break;
            }
            if (!glued && (!marked || q[0] != want[0] || q[1] != ' ' || !is_upper_ascii_or_utf8(q + 2) ||
                           (q[-1] != ' ' && q[-1] != '\n') || (q[-2] != ',' && q[-2] != ';')))
                continue;
            char *rest = jfyp_strdup(q + (glued ? 1 : 2));
            if (!rest) {
                ok = -1;
                break;
            }
            q[glued ? -1 : -2] = '\0';
            insert_aff(texts, labels, &n, i, rest, want);
            break;
        }
    }
    /* "*Institute A, City, Country; †Agency B, City, Country; and
     * ‡Institute C, ...": addresses run on after semicolons (a comma
     * after a country), each under a footnote symbol the byline carries */
    for (size_t i = 0; i < n && ok == 1 && n < MAX_AFFS; i++) {
        if (label_kind(labels[i]) != 1)
            continue;
        for (char *q = texts[i] + 1; *q; q++) {
            size_t sl = symbol_len(q), ml = sl;
            if (!sl)
                continue;
            while (ml + sl < 16 && strncmp(q + ml, q, sl) == 0)
                ml += sl;
            size_t b = (size_t)(q - texts[i]);
            while (b > 0 && (texts[i][b - 1] == ' ' || texts[i][b - 1] == '\n'))
                b--;
            if (b >= 4 && strncmp(texts[i] + b - 3, "and", 3) == 0 &&
                (texts[i][b - 4] == ' ' || texts[i][b - 4] == '\n')) {
                b -= 4;
                while (b > 0 && (texts[i][b - 1] == ' ' || texts[i][b - 1] == '\n'))
                    b--;
            }
            if (b < 2 || (texts[i][b - 1] != ';' &&
                          !(texts[i][b - 1] == ',' && ends_with_country(texts[i], b - 1))))
                continue;
            const char *w = q + ml;
            while (*w == ' ' || *w == '\n')
                w++;
            char slab[16];
            memcpy(slab, q, ml);
            slab[ml] = '\0';
            int dup = has_label(S, slab);
            for (size_t j = 0; j < n; j++)
                dup |= strcmp(labels[j], slab) == 0;
            if (dup || !is_upper_ascii_or_utf8(w) || !any_marker(&S->c, slab, ml))
                continue;
            char *rest = jfyp_strdup(w);
            if (!rest) {
                ok = -1;
                break;
            }
            texts[i][b - 1] = '\0';
            insert_aff(texts, labels, &n, i, rest, slab);
            break;
        }
    }
    /* Superscripts printed out of place leave an address without its
     * label inside the one before ("...Umeå, Sweden\nDepartment ..."):
     * split after a line ending in a country, when the byline has as many
     * markers no address claims. */
    if (ok == 1) {
        size_t need = 0, semis = 0;
        for (size_t i = 0; i < n; i++)
            for (const char *q = texts[i]; (q = strchr(q, '\n')) != NULL; q++) {
                if (address_break(texts[i], q)) {
                    need++;
                } else if (semi_break(texts[i], q)) {
                    semis++;
                }
            }
        char miss[MAX_AFFS][16];
        size_t nmiss = need || semis
                           ? missing_labels(S, labels, n, miss, MAX_AFFS, label_kind(labels[0]))
                           : 0;
        /* "..., Bangkok 10300;" / "Department of ...": the semicolon
         * ends an address only when the byline has a marker for each */
        int semi = semis && need + semis <= nmiss;
        if (semi)
            need += semis;
        /* more addresses than the byline's markers: a name's markers
         * were printed away from it, and the numbering goes on (a note
         * split off takes a number it leaves unused) */
        if (need > nmiss && label_kind(labels[0]) == 0) {
            int top = 0;
            for (size_t i = 0; i < n; i++)
                top = atoi(labels[i]) > top ? atoi(labels[i]) : top;
            for (size_t i = 0; i < nmiss; i++)
                top = atoi(miss[i]) > top ? atoi(miss[i]) : top;
            while (nmiss < need && nmiss < MAX_AFFS && top < 99) {
                char m[16];
                snprintf(m, sizeof m, "%d", ++top);
                if (!has_label(S, m))
                    snprintf(miss[nmiss++], sizeof miss[0], "%s", m);
            }
        }
        if (need && nmiss >= need && n + need <= MAX_AFFS) {
            size_t used = 0;
            for (size_t i = 0; i < n && ok == 1; i++) {
                for (char *q = texts[i]; (q = strchr(q, '\n')) != NULL; q++) {
                    if (!address_break(texts[i], q) &&
                        !(semi && semi_break(texts[i], q)))
                        continue;
                    char *rest = jfyp_strdup(q + 1);
                    if (!rest) {
                        ok = -1;
                        break;
                    }
                    *q = '\0';
                    insert_aff(texts, labels, &n, i, rest, miss[used++]);
                    break;
                }
            }
        }
    }
    for (size_t i = 0; i < n && ok == 1; i++) {
        for (char *q = texts[i]; *q; q++)
            if (*q == '\n')
                *q = ' ';
        jfyp_squeeze(texts[i]);
        jfyp_front_unsup(texts[i]);
        /* "Address: 1Department of X, ...": the heading the older BioMed
         * Central pages print before the numbered addresses, the first
         * one's number glued on after it */
        const char *ah = jfyp_strnieq(texts[i], "Address: ", 9)     ? texts[i] + 9
                         : jfyp_strnieq(texts[i], "Addresses: ", 11) ? texts[i] + 11
                                                                     : NULL;
        size_t lw = strlen(labels[i]);
        if (ah && lw && strncmp(ah, labels[i], lw) == 0 && is_upper_ascii_or_utf8(ah + lw))
            memmove(texts[i], ah + lw, strlen(ah + lw) + 1);
        /* the comma that ran it into the next address */
        size_t tl = strlen(texts[i]);
        while (tl > 0 && (texts[i][tl - 1] == ',' || texts[i][tl - 1] == ';'))
            texts[i][--tl] = '\0';
        /* "..., Leuven, Belgium. and" / "19" / "...": the word that joins
         * the last two addresses, left on the line before the label */
        if (tl > 4 && strcmp(texts[i] + tl - 4, " and") == 0) {
            size_t bl = tl - 4;
            while (bl > 0 && strchr(".,; ", texts[i][bl - 1]))
                bl--;
            if (ends_with_country(texts[i], bl)) {
                tl -= 4;
                while (tl > 0 && (texts[i][tl - 1] == ',' || texts[i][tl - 1] == ';' || texts[i][tl - 1] == ' '))
                    tl--;
                texts[i][tl] = '\0';
            }
        }
        /* past the front matter a numbered item in lower case is a list */
        if (!in_zone && ((!is_upper_ascii_or_utf8(texts[i]) && !(texts[i][0] >= '0' && texts[i][0] <= '9')) ||
                         strlen(texts[i]) > 300))
            ok = 0;
    }
    /* "4 Corresponding author: x@y" numbered last among the addresses */
    char *note = NULL;
    if (ok == 1 && n >= 2 && correspish_start(texts[n - 1]) && strchr(texts[n - 1], '@'))
        note = texts[--n];
    /* Each part an address; under the byline, in a list of three or more
     * where most are, a short capitalised one may be a company's or a
     * group's name ("2 Example Labs Inc 3 University of X"). */
    /* A note split off after an address's country ("Present address:
     * ...", "Apoio/Support: ...") is a note, not one of the addresses,
     * unless a name points to it by its label. */
    char notes_at[MAX_AFFS] = {0};
    for (size_t i = 1; i < n && ok == 1; i++)
        notes_at[i] = opens_note(texts[i]) && !strchr(texts[i], '@') &&
                      !any_marker(&S->c, labels[i], strlen(labels[i]));
    /* "*Present address: ...": a footnote symbol's present address is
     * the author's note, not one of the byline's addresses (those the
     * names number or letter, "4 Present address: ...", stay addresses) */
    for (size_t i = 0; i < n && ok == 1; i++)
        if (label_kind(labels[i]) == 1 && present_note_start(texts[i]) && !strchr(texts[i], '@'))
            notes_at[i] = 1;
    /* "†" / "These authors contributed equally to this work." under the
     * addresses: the symbol's note */
    for (size_t i = 1; i < n && ok == 1; i++)
        if (label_kind(labels[i]) == 1 && !is_corresp_marker(labels[i], strlen(labels[i])) &&
            !addressish(texts[i]) && !strchr(texts[i], '@') && !jfyp_front_has_institution_word(texts[i]))
            notes_at[i] = 1;
    size_t addr = 0;
    for (size_t i = 0; i < n && ok == 1; i++)
        addr += addressish(texts[i]) != 0;
    /* Under the byline, one a name points to by its label and that ends
     * on a country is an address without an institution's word ("2 Rede
     * de Pesquisa ... (RedeFauna) Manaus Brazil", "4 Present address:
     * ... Yosemite National Park El Portal California USA"); so is one
     * opening on a street's number after an address, in a first page's
     * footnote too ("2 4200 Engineering Gateway, Irvine, USA"). */
    for (size_t i = 0; i < n && ok == 1; i++)
        if (!notes_at[i] && prose_not_address(texts[i]))
            ok = 0;
    for (size_t i = 0; i < n && ok == 1; i++)
        if (!notes_at[i] && !addressish(texts[i]) &&
            !(in_zone && n >= 3 && 2 * addr > n && strlen(texts[i]) < 80 &&
              is_upper_ascii_or_utf8(texts[i]) && !strchr(texts[i], '@') && !strstr(texts[i], ". ")) &&
            !((in_zone || (i > 0 && street_number_at(texts[i]) && addressish(texts[i - 1]))) &&
              any_marker(&S->c, labels[i], strlen(labels[i])) && marked_country_tail(texts[i])))
            ok = 0;
    int rc = ok;
    if (ok == 1)
        for (size_t i = 0; i < n && rc >= 0; i++)
            if (notes_at[i] ? add_note_fn(S, texts[i], blk) < 0
                            : add_aff(S, labels[i], texts[i], blk) < 0)
                rc = -1;
    if (ok == 1 && rc >= 0 && note && add_corresp(S, note, blk) < 0)
        rc = -1;
    free(note);
    for (size_t i = 0; i < n; i++)
        free(texts[i]);
    if (rc == 1)
        S->marked = 1;
    return rc;
}

/* Letters only, lower case, accents off: "D’Alessandro" -> "dalessandro". */
static char *fold(const char *s) {
    /* ASCII (an e-mail's local part, most surnames) has no accents and
     * folds to its letters lower-cased: utf8proc_map's tables were most of
     * the e-mail assignment's cost (bench/instructions) */
    size_t n = 0;
    int ascii = 1;
    for (; s[n]; n++)
        ascii &= (unsigned char)s[n] < 0x80;
    if (ascii) {
        char *a = malloc(n + 1), *w = a;
        if (!a)
            return NULL;
        for (const char *p = s; *p; p++)
            if (*p >= 'a' && *p <= 'z')
                *w++ = *p;
            else if (*p >= 'A' && *p <= 'Z')
                *w++ = (char)(*p + 32);
        *w = '\0';
        return a;
    }
    utf8proc_uint8_t *d = NULL;
    if (utf8proc_map((const utf8proc_uint8_t *)s, 0, &d,
                     UTF8PROC_NULLTERM | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                         UTF8PROC_CASEFOLD) < 0)
        return NULL;
    char *w = (char *)d;
    for (char *p = (char *)d; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            *w++ = *p;
    *w = '\0';
    return (char *)d;
}

/* German spelling without umlauts: "Müller" is "mueller" in addresses. */
static char *fold_umlauts(const char *s) {
    static const char *const from[] = {"\xc3\xbc", "\xc3\xb6", "\xc3\xa4", "\xc3\x9c", "\xc3\x96",
                                       "\xc3\x84", "\xc3\x9f", NULL};
    static const char *const to[] = {"ue", "oe", "ae", "ue", "oe", "ae", "ss"};
    /* each of them opens with 0xC3: a name without that byte is folded
     * as it is, not compared a character at a time with all seven */
    if (!strchr(s, '\xc3'))
        return fold(s);
    jfyp_buf b;
    jfyp_buf_init(&b);
    for (const char *p = s; *p;) {
        int hit = 0;
        for (size_t i = 0; from[i] && !hit; i++)
            if (strncmp(p, from[i], 2) == 0) {
                jfyp_buf_puts(&b, to[i]);
                p += 2;
                hit = 1;
            }
        if (!hit)
            jfyp_buf_putc(&b, *p++);
    }
    char *u = jfyp_buf_finish(&b);
    char *f = u ? fold(u) : NULL;
    free(u);
    return f;
}

static int contrib_has_email(const jfy_node *c) { return jfyp_node_child(c, JFY_N_EMAIL) != NULL; }

static int give_email(jfy_node *c, const char *email) {
    jfy_node *e = jfyp_node_new_text(JFY_N_EMAIL, email);
    if (!e)
        return -1;
    jfyp_node_span_from(e, c);
    jfyp_node_append(c, e);
    return 0;
}

/* Each email to the author whose surname its local part spells; a last
 * one left to the one starred author still without. */
static int assign_emails(state *S) {
    if (!S->c.n)
        return 0;
    jfy_node *front = S->r->front;
    char **all = NULL;
    size_t n = 0, cap = 0;
    for (jfy_node *k = front->first; k; k = jfyp_node_next_in(front, k)) {
        if (k->type != JFY_N_EMAIL || !k->text || (k->parent && k->parent->type == JFY_N_CONTRIB))
            continue;
        int dup = 0;
        for (size_t i = 0; i < n; i++)
            dup |= jfyp_strieq(all[i], k->text);
        if (dup)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 8;
            char **v = realloc(all, cap * sizeof *v);
            if (!v) {
                free(all);
                return -1;
            }
            all = v;
        }
        all[n++] = k->text;
    }
    int rc = 0;
    char *used = calloc(n ? n : 1, 1);
    if (!used) {
        free(all);
        return -1;
    }
    for (size_t i = 0; i < n && rc == 0; i++) {
        const char *at = strchr(all[i], '@');
        char *local = at ? jfyp_strndup(all[i], (size_t)(at - all[i])) : NULL;
        char *fl = local ? fold(local) : NULL;
        free(local);
        if (!fl)
            continue;
        size_t best_len = 0;
        int best = -1, ties = 0;
        for (size_t j = 0; j < S->c.n; j++) {
            const jfy_node *nm = jfyp_node_child(S->c.v[j], JFY_N_NAME);
            const char *sur = nm ? jfyp_node_attr(nm, "surname") : NULL;
            char *fs = sur ? fold(sur) : NULL;
            if (fs && !strstr(fl, fs)) {
                free(fs);
                fs = fold_umlauts(sur);
            }
            if (fs && strlen(fs) >= 3 && strstr(fl, fs)) {
                if (strlen(fs) > best_len) {
                    best_len = strlen(fs);
                    best = (int)j;
                    ties = 0;
                } else if (strlen(fs) == best_len) {
                    ties++;
                }
            }
            free(fs);
        }
        if (best < 0) {
            /* "toddm@": the given name, when no surname is spelt. */
            for (size_t j = 0; j < S->c.n; j++) {
                const jfy_node *nm = jfyp_node_child(S->c.v[j], JFY_N_NAME);
                const char *given = nm ? jfyp_node_attr(nm, "given") : NULL;
                char *first = given ? jfyp_strndup(given, strcspn(given, " ")) : NULL;
                char *fg = first ? fold(first) : NULL;
                free(first);
                if (fg && strlen(fg) >= 4 && strncmp(fl, fg, strlen(fg)) == 0) {
                    ties += best >= 0;
                    best = (int)j;
                }
                free(fg);
            }
        }
        free(fl);
        if (best >= 0 && !ties && !contrib_has_email(S->c.v[best])) {
            rc = give_email(S->c.v[best], all[i]);
            used[i] = 1;
        }
    }
    size_t left = 0, li = 0;
    for (size_t i = 0; i < n; i++)
        if (!used[i]) {
            left++;
            li = i;
        }
    int want = -1, wants = 0;
    for (size_t j = 0; j < S->c.n; j++)
        if (jfyp_node_attr(S->c.v[j], "corresp") && !contrib_has_email(S->c.v[j])) {
            want = (int)j;
            wants++;
        }
    if (rc == 0 && left == 1 && wants == 1) {
        rc = give_email(S->c.v[want], all[li]);
    } else if (rc == 0 && left > 1 && left == (size_t)wants) {
        /* As many emails as starred authors: the page lists them in order. */
        size_t j = 0;
        for (size_t i = 0; i < n && rc == 0; i++) {
            if (used[i])
                continue;
            while (j < S->c.n && (!jfyp_node_attr(S->c.v[j], "corresp") || contrib_has_email(S->c.v[j])))
                j++;
            if (j < S->c.n)
                rc = give_email(S->c.v[j++], all[i]);
        }
    }
    else if (rc == 0 && left == 1 && S->c.n == 1 && !contrib_has_email(S->c.v[0]))
        rc = give_email(S->c.v[0], all[li]);
    free(used);
    free(all);
    return rc;
}

static int add_xref(jfy_node *c, const char *type, const char *rid, const char *label) {
    jfy_node *x = label ? jfyp_node_new_with_text(JFY_N_XREF, label) : jfyp_node_new(JFY_N_XREF);
    if (!x || jfyp_node_set_attr(x, "ref-type", type) < 0 || jfyp_node_set_attr(x, "rid", rid) < 0) {
        jfyp_node_free(x);
        return -1;
    }
    jfyp_node_span_from(x, c);
    jfyp_node_append(c, x);
    return 0;
}


/* xrefs from contrib c to the affs labelled p (n bytes): 1 linked, 0 none. */
static int link_label(state *S, jfy_node *c, const char *p, size_t n) {
    int hit = 0;
    for (size_t a = 0; a < S->naff; a++) {
        const jfy_node *l = jfyp_node_child(S->affs[a], JFY_N_LABEL);
        if (l && l->text && strlen(l->text) == n && strncmp(l->text, p, n) == 0) {
            const char *id = jfyp_node_attr(S->affs[a], "id");
            int dup = 0;
            for (const jfy_node *x = c->first; x && !dup; x = x->next)
                dup = x->type == JFY_N_XREF && jfyp_node_attr(x, "rid") &&
                      strcmp(jfyp_node_attr(x, "rid"), id) == 0;
            if (dup) {
                hit = 1;
                continue;
            }
            if (add_xref(c, "aff", id, l->text) < 0)
                return -1;
            hit = 1;
        }
    }
    return hit;
}

static int points_to(const jfy_node *c, const char *id) {
    for (const jfy_node *x = c->first; x; x = x->next)
        if (x->type == JFY_N_XREF && jfyp_node_attr(x, "rid") && strcmp(jfyp_node_attr(x, "rid"), id) == 0)
            return 1;
    return 0;
}

/* Extraction lost some names' markers (pdftotext sets superscripts over
 * the first names as a row of their own): when as many names point to no
 * address as labelled addresses have no name pointing to them, they pair
 * up in order. */
static int pair_unlinked(state *S) {
    if (!S->marked)
        return 0;
    size_t un[256], fa[MAX_AFFS], nu = 0, nf = 0;
    for (size_t i = 0; i < S->c.n && i < 256; i++) {
        int any = 0;
        for (const jfy_node *x = S->c.v[i]->first; x && !any; x = x->next)
            any = x->type == JFY_N_XREF && jfyp_node_attr(x, "ref-type") &&
                  strcmp(jfyp_node_attr(x, "ref-type"), "aff") == 0;
        if (!any)
            un[nu++] = i;
    }
    for (size_t a = 0; a < S->naff; a++) {
        const char *id = jfyp_node_attr(S->affs[a], "id");
        if (!jfyp_node_child(S->affs[a], JFY_N_LABEL) || !id)
            continue;
        int refd = 0;
        for (size_t i = 0; i < S->c.n && !refd; i++)
            refd = points_to(S->c.v[i], id);
        if (!refd)
            fa[nf++] = a;
    }
    if (nu == 0 || nu != nf)
        return 0;
    for (size_t k = 0; k < nu; k++) {
        const jfy_node *l = jfyp_node_child(S->affs[fa[k]], JFY_N_LABEL);
        if (add_xref(S->c.v[un[k]], "aff", jfyp_node_attr(S->affs[fa[k]], "id"), l->text) < 0)
            return -1;
    }
    return 0;
}

static int link(state *S) {
    for (size_t i = 0; i < S->c.n; i++) {
        jfy_node *c = S->c.v[i];
        const char *ms = S->c.markers[i];
        int linked = 0;
        for (const char *p = ms; p && *p;) {
            const char *e = strchr(p, ',');
            size_t n = e ? (size_t)(e - p) : strlen(p);
            int hit = link_label(S, c, p, n);
            /* "¹²" run together: 1 and 2 when there is no twelfth. */
            if (hit == 0 && n > 1 && all_digits(p, n))
                for (size_t q = 0; q < n && hit >= 0; q++) {
                    int h = link_label(S, c, p + q, 1);
                    hit = h < 0 ? -1 : (hit | h);
                }
            if (hit < 0)
                return -1;
            linked |= hit > 0;
            if (S->notes)
                for (jfy_node *f = S->notes->first; f; f = f->next) {
                    const char *fl = f->type == JFY_N_FOOTNOTE ? jfyp_node_attr(f, "label") : NULL;
                    if (fl && strlen(fl) == n && strncmp(fl, p, n) == 0 &&
                        add_xref(c, "fn", jfyp_node_attr(f, "id"), fl) < 0)
                        return -1;
                }
            /* a star that labels an address is not the corresponding mark */
            if (is_corresp_marker(p, n) && !hit) {
                if (jfyp_node_set_attr(c, "corresp", "yes") < 0)
                    return -1;
                if (S->corresp && add_xref(c, "corresp", jfyp_node_attr(S->corresp, "id"), "*") < 0)
                    return -1;
            }
            if (!e)
                break;
            p = e + 1;
        }
        if (!linked && !S->marked && S->naff > 0) {
            /* Unmarked: one shared by all, or one each in order. */
            if (S->naff == S->c.n) {
                if (add_xref(c, "aff", jfyp_node_attr(S->affs[i], "id"), NULL) < 0)
                    return -1;
            } else {
                for (size_t a = 0; a < S->naff; a++)
                    if (add_xref(c, "aff", jfyp_node_attr(S->affs[a], "id"), NULL) < 0)
                        return -1;
            }
        }
    }
    if (pair_unlinked(S) < 0)
        return -1;
    /* One author and a correspondence line: that author. */
    if (S->c.n == 1 && S->corresp && !jfyp_node_attr(S->c.v[0], "corresp"))
        if (jfyp_node_set_attr(S->c.v[0], "corresp", "yes") < 0)
            return -1;
    return 0;
}

/* Some pages print the affiliations between the title and the byline.
 * There only blocks whose labels the names carry are taken, or, when the
 * names carry no markers, the one address right above the names. */
static int take_before_byline(state *S, const jfy_node *group) {
    int title_end = 0, markers = 0;
    for (const jfy_node *k = S->r->front->first; k; k = k->next)
        if ((k->type == JFY_N_TITLE || k->type == JFY_N_SUBTITLE) && k->end_line > title_end)
            title_end = k->end_line;
    for (size_t i = 0; i < S->c.n; i++)
        if (S->c.markers[i] && *S->c.markers[i])
            markers = 1;
    if (!title_end || group->line <= title_end)
        return 0;
    jfy_node *last = NULL;
    for (jfy_node *n = jfyp_rec_first(S->r); n; n = jfyp_rec_next(S->r, n))
        if (n->line > title_end && n->line < group->line && n->type == JFY_N_PARAGRAPH)
            last = n;
    int rc = 0;
    for (jfy_node *n = jfyp_rec_first(S->r), *next; n && rc >= 0; n = next) {
        next = jfyp_rec_next(S->r, n);
        if (n->line <= title_end || n->line >= group->line || n->type != JFY_N_PARAGRAPH)
            continue;
        char *t = jfyp_front_text(n, 0), *lines = t ? jfyp_front_text(n, 1) : NULL;
        if (!t || !lines) {
            free(t);
            free(lines);
            return -1;
        }
        int m = 0;
        if (markers)
            m = take_marked(S, n, lines, 0);
        else if (n == last && !strchr(t, '@') && addressish(t) && jfyp_front_has_institution_word(t) &&
                 strlen(t) < 600) {
            char *clean = jfyp_front_unsup(jfyp_strdup(t));
            m = clean ? add_aff(S, NULL, clean, n) : -1;
            free(clean);
        }
        free(t);
        free(lines);
        if (m < 0)
            rc = -1;
        else if (m > 0)
            jfyp_node_free(n);
    }
    return rc;
}

static int bare_corresp_label(const char *t) {
    while (*t == '*' || *t == ' ' || *t == JFYP_SUP || symbol_len(t))
        t += symbol_len(t) ? symbol_len(t) : 1;
    const char *e = jfyp_after_label(t, "corresponding author");
    return e && *e == '\0';
}

/* pdftotext runs the notes at the foot of a first page into one block:
 * addresses, then "Correspondence to ..." or "Received ...", or a
 * correspondence line and then a marked address. The block is split where
 * one kind of line gives way to the other, so each part is read alone.
 * 0, or -1 on out of memory. */
static int present_opener(const char *t);
static int opens_institution(const char *s);

/* A line opening with a symbol the byline marks a name with and no
 * address uses ("☯ These authors contributed equally", "¤Current
 * address: ..."): an author note. */
static int note_symbol_line(const state *S, const char *x) {
    size_t n = symbol_len(x);
    if (!n && (unsigned char)*x >= 0x80) {
        utf8proc_category_t c = utf8proc_category(jfyp_utf8_decode(x, &n));
        if (c != UTF8PROC_CATEGORY_SO && c != UTF8PROC_CATEGORY_SC && c != UTF8PROC_CATEGORY_SM)
            n = 0;
    }
    if (!n || !any_marker(&S->c, x, n))
        return 0;
    /* "† Department of X, ...": the symbol marks an address */
    const char *r = x + n;
    while (*r == ' ')
        r++;
    return *r && !opens_institution(r);
}

/* Whether the block after n opens on an address that ends on its
 * country ("Children's Hospital, Orange County, CA, USA"): what a label
 * printed apart above it marks. */
static int over_address(jfy_node *n) {
    jfy_node *k = n->next;
    if (!k || k->type != JFY_N_PARAGRAPH)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(k, &l) < 0)
        return 0;
    int ok = l.n && is_upper_ascii_or_utf8(l.v[0].text) && jfyp_front_has_institution_word(l.v[0].text) &&
             ends_with_country(l.v[0].text, strlen(l.v[0].text));
    jfyp_lines_free(&l);
    return ok;
}

/* pdfminer and pdftotext run a first page's foot notes into one block
 * ("The authors have no conflicts ... to disclose." / "a Department of
 * X, b Department of Y, ..."): the first line past a full stop that opens
 * on a label the byline carries and reads as an address starts the
 * addresses, or 0. The label may be the block's last line, its address
 * the next block's; past the front matter (para given) the prose's last
 * line too. */
/* Whether line i opens a run of labelled addresses: the first label ("1",
 * "a"), the next one on a line of its own a few lines down. */
static int first_of_run(const state *S, const jfyp_lines *l, size_t i) {
    char lab[16], nx[16];
    if (!aff_label(l->v[i].text, &S->c, lab, sizeof lab) || (strcmp(lab, "1") != 0 && strcmp(lab, "a") != 0))
        return 0;
    const char *want = lab[0] == '1' ? "2" : "b";
    for (size_t j = i + 1; j < l->n && j <= i + 8; j++)
        if (aff_label(l->v[j].text, &S->c, nx, sizeof nx) && strcmp(nx, want) == 0)
            return 1;
    return 0;
}

static size_t marked_address_below(const state *S, const jfyp_lines *l, jfy_node *para) {
    char lab[16];
    for (size_t i = 1; i < l->n; i++) {
        const char *x = l->v[i].text, *w = l->v[i - 1].text;
        /* "From the a Institute ..., b ...": the addresses' sentence
         * run on under the prose the column broke off */
        if (strncmp(x, "From the ", 9) == 0 && aff_label(x + 9, &S->c, lab, sizeof lab) &&
            label_kind(lab) == 2 && !has_label(S, lab))
            return i;
        size_t wl = strlen(w);
        while (wl && w[wl - 1] == ' ')
            wl--;
        /* ("... the practical challenges of recruiting and" / "1School
         * of ...": a side column run on under the prose a page broke off
         * mid-sentence: the first label, the next one a few lines down) */
        if (wl && w[wl - 1] != '.' && !first_of_run(S, l, i))
            continue;
        if (!wl)
            continue;
        if (aff_label(x, &S->c, lab, sizeof lab) && any_marker(&S->c, lab, strlen(lab)) &&
            !has_label(S, lab) && addressish(x))
            return i;
        /* "a" the block's last line, its address the next block */
        if (i + 1 == l->n && label_line(S, x, strlen(x)))
            return i;
    }
    /* "... the term climate anxiety has been" / "1": the first label
     * left at the end of the prose a column broke off, its address (with
     * its country) the next block */
    const char *x = l->v[l->n - 1].text;
    if (para && l->n > 1 && label_line(S, x, strlen(x)) && over_address(para))
        return l->n - 1;
    return 0;
}

/* "a" alone past the front matter: the letter over the first of the
 * addresses printed at a page's foot (a lone digit there is more often a
 * page number). */
static int lone_letter(const jfy_node *n, const char *t) {
    while (*t == ' ' || *t == JFYP_SUP)
        t++;
    return n->type == JFY_N_PARAGRAPH && *t >= 'a' && *t <= 'z' && (!t[1] || t[1] == JFYP_SUP || t[1] == ' ');
}

static int split_kinds(const state *S, jfy_node *para, int notes_only) {
    jfyp_lines l;
    if (jfyp_lines_of(para, &l) < 0)
        return -1;
    int rc = 0;
    char lab0[16];
    size_t below = l.n > 1 && !aff_label(l.v[0].text, &S->c, lab0, sizeof lab0) &&
                           !label_line(S, l.v[0].text, strlen(l.v[0].text))
                       ? marked_address_below(S, &l, notes_only ? para : NULL)
                       : 0;
    if (below) {
        if (!jfyp_lines_split(para, &l, below))
            rc = -1;
    } else if (l.n > 1 && notes_only) {
        /* Out of the front matter only the notes under a run of marked
         * addresses are cut off ("..., Argentina" / "☯ These authors
         * contributed equally"), so the addresses read alone. */
        char lab[16];
        size_t i = aff_label(l.v[0].text, &S->c, lab, sizeof lab) ? 1 : l.n;
        for (; i < l.n; i++)
            if (note_symbol_line(S, l.v[i].text) &&
                ends_with_country(l.v[i - 1].text, strlen(l.v[i - 1].text)))
                break;
        if (i < l.n && !jfyp_lines_split(para, &l, i))
            rc = -1;
    } else if (l.n > 1) {
        char lab[16];
        int corr0 = correspish_start(l.v[0].text);
        int note0 = corr0 || jfyp_front_meta_line(l.v[0].text);
        int addr0 = !note0 && strlen(l.v[0].text) < 250 &&
                    (aff_label(l.v[0].text, &S->c, lab, sizeof lab) ||
                               label_line(S, l.v[0].text, strlen(l.v[0].text)) ||
                               addressish(l.v[0].text));
        for (size_t i = 1; i < l.n && (note0 || addr0); i++) {
            const char *x = l.v[i].text;
            /* "(Received 2 May 2012; accepted ...)" in brackets too */
            int cut = addr0 ? ((correspish_start(x) || jfyp_front_meta_line(x) || present_opener(x) ||
                                (note_symbol_line(S, x) && i > 0 &&
                                 ends_with_country(l.v[i - 1].text, strlen(l.v[i - 1].text))) ||
                                (*x == '(' && jfyp_front_meta_line(x + 1))) &&
                               !(*x >= 'a' && *x <= 'z'))
                            : (label_line(S, x, strlen(x)) ||
                               (corr0 && jfyp_front_meta_line(x) && !(*x >= 'a' && *x <= 'z')) ||
                               (aff_label(x, &S->c, lab, sizeof lab) && addressish(x)));
            if (cut) {
                if (!jfyp_lines_split(para, &l, i))
                    rc = -1;
                break;
            }
        }
    }
    jfyp_lines_free(&l);
    return rc;
}

/* ---- "Author details" at the end of an article (BMC, Springer) ---- */

/* The line that opens the list: "Author details", "Author information". */
static const char *details_heading(const char *t) {
    static const char *const heads[] = {"author details", "author information", "authors' details",
                                        "author affiliations", "affiliations", NULL};
    for (size_t i = 0; heads[i]; i++) {
        const char *e = jfyp_after_label(t, heads[i]);
        if (e && (*e == '\0' || *e == '\n' || (*e >= '0' && *e <= '9')))
            return e;
    }
    return NULL;
}

/* The list ends where the history lines start ("Received: ... /
 * Accepted: ..."), which BMC prints right under the last address in the
 * same block: they are split off for the dates reader. -1 on OOM. */
static int cut_at_meta(jfy_node *para) {
    jfyp_lines l;
    if (jfyp_lines_of(para, &l) < 0)
        return -1;
    int rc = 0;
    for (size_t i = 1; i < l.n; i++)
        if (jfyp_front_meta_line(l.v[i].text)) {
            if (!jfyp_lines_split(para, &l, i))
                rc = -1;
            break;
        }
    jfyp_lines_free(&l);
    return rc;
}

/* Where the label "k" starts in s at or after from: at a line start or
 * after ". " / ", " / "; ", glued to or followed by the address's first
 * capital. Its length in *len (label plus white space), or NULL. */
static const char *find_label(const char *s, const char *from, int k, size_t *len) {
    char want[8];
    int wl = snprintf(want, sizeof want, "%d", k);
    for (const char *p = from; (p = strstr(p, want)) != NULL; p++) {
        int start = p == s || p[-1] == '\n' ||
                    (p - s >= 2 && p[-1] == ' ' && (p[-2] == '.' || p[-2] == ',' || p[-2] == ';'));
        if (!start || (p[wl] >= '0' && p[wl] <= '9'))
            continue;
        const char *q = p + wl;
        while (*q == ' ' || *q == '\n')
            q++;
        if (is_upper_ascii_or_utf8(q)) {
            *len = (size_t)(q - p);
            return p;
        }
    }
    return NULL;
}

/* The numbered addresses under such a line, run together in one
 * paragraph ("1Dept X, City, Country. 2Dept Y, ...") or over several;
 * split at the labels 1, 2, 3 in turn. -1 on OOM. */
/* Parts n before a line that is the author details' heading alone, so
 * the list opens a block of its own: 1 split, 0 not, -1 on OOM. */
static int split_at_details(jfy_node *n) {
    jfyp_lines l;
    if (jfyp_lines_of(n, &l) < 0)
        return -1;
    int rc = 0;
    for (size_t i = 1; i < l.n && rc == 0; i++) {
        const char *e = details_heading(l.v[i].text);
        if (e && *e == '\0' && i + 1 < l.n)
            rc = jfyp_lines_split(n, &l, i) ? 1 : -1;
    }
    jfyp_lines_free(&l);
    return rc;
}

static int ocr_run_in_text(const char *j, char **out);
static char *aff_text_of(const jfy_node *aff);

static int ascii_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Whether an address with no label (its figure lost on the first page,
 * as OCR loses it) is x already: the same letters in order. 1, 0, -1 on
 * OOM. */
static int unlabelled_twin(const state *S, const char *x) {
    for (size_t a = 0; a < S->naff; a++) {
        if (jfyp_node_child(S->affs[a], JFY_N_LABEL))
            continue;
        char *t = aff_text_of(S->affs[a]);
        if (!t)
            return -1;
        const char *p = t, *q = x;
        for (;; p++, q++) {
            while (*p && !ascii_alnum(*p))
                p++;
            while (*q && !ascii_alnum(*q))
                q++;
            if (*p != *q || !*p)
                break;
        }
        int same = !*p && !*q;
        free(t);
        if (same)
            return 1;
    }
    return 0;
}

/* Whether s[0, n) ends on an address just begun: its label glued to its
 * first word after the full stop or semicolon that ended the one before
 * ("..., Canada. 2Radiation", "..., Canada; 2Radiation"), nothing after
 * it. */
static int label_word_ends(const char *s, size_t n) {
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\n'))
        n--;
    size_t w = n;
    while (w && s[w - 1] != ' ' && s[w - 1] != '\n')
        w--;
    size_t d = w;
    while (d < n && d - w < 3 && s[d] >= '0' && s[d] <= '9')
        d++;
    if (d == w || d - w > 2 || d >= n || !is_upper_ascii_or_utf8(s + d))
        return 0;
    for (size_t i = d + 1; i < n; i++)
        if (s[i] == '.' || s[i] == ',' || s[i] == ';' || s[i] == ')')
            return 0;
    /* the address before it ended there */
    size_t p = w;
    while (p && (s[p - 1] == ' ' || s[p - 1] == '\n'))
        p--;
    return p >= 2 && (s[p - 1] == '.' || s[p - 1] == ';');
}

static int add_unmarked_lines(state *S, const jfy_node *blk);
static int citation_heading(const char *x);
static int initialed_names(const char *o);
static const char *names_bracket(const char *x, const char *e);
static int add_unmarked_lines_to(state *S, const jfy_node *blk, jfy_node *const *tails, size_t nt);
static int take_details(state *S) {
    jfy_node *blk[16];
    size_t nb = 0;
    jfyp_buf b;
    jfyp_buf_init(&b);
    for (jfy_node *n = jfyp_rec_first(S->r); n && !nb; n = jfyp_rec_next(S->r, n)) {
        if (n->type != JFY_N_PARAGRAPH && n->type != JFY_N_HEADING)
            continue;
        char *t = jfyp_front_text(n, 1);
        if (!t)
            return -1;
        const char *e = details_heading(t);
        /* "Author Affiliations: Department of X, ..., City (Roe); Institute
         * of Y, ... (Doe, Poe).": the medical journals' run-in list, each
         * address closed by its authors' names */
        const char *ra = e || n->type != JFY_N_PARAGRAPH ? NULL : jfyp_after_label(t, "author affiliations");
        if (ra && memchr(t, ':', (size_t)(ra - t)) && strlen(t) < 2000) {
            int k = add_unmarked_lines(S, n);
            free(t);
            if (k > 0)
                jfyp_node_free(n);
            return k;
        }
        if (!e && n->type == JFY_N_PARAGRAPH && strstr(t, "\nAuthor ")) {
            /* "... by January 2021." / "Author affiliations" / "1" / ...:
             * the list's heading inside the prose a column ran it into */
            int k = split_at_details(n);
            if (k < 0) {
                free(t);
                return -1;
            }
            if (k > 0) {
                free(t);
                continue;
            }
        }
        if (e && n->type == JFY_N_PARAGRAPH) {
            free(t);
            if (cut_at_meta(n) < 0 || !(t = jfyp_front_text(n, 1)))
                return -1;
            e = details_heading(t);
        }
        if (e) {
            blk[nb++] = n;
            jfyp_buf_puts(&b, e);
        }
        free(t);
        if (!nb)
            continue;
        /* the paragraphs that go on with the list: a label, an address
         * after a label left alone, until something else */
        int after_label = 0;
        {
            char *u = jfyp_buf_finish(&b);
            if (!u)
                return -1;
            jfyp_trim(u);
            after_label = *u == '\0' || label_line(S, u + (strrchr(u, '\n') ? strrchr(u, '\n') - u + 1 : 0),
                                                   strlen(u + (strrchr(u, '\n') ? strrchr(u, '\n') - u + 1 : 0)));
            jfyp_buf_init(&b);
            jfyp_buf_puts(&b, u);
            free(u);
        }
        for (jfy_node *k = jfyp_rec_next(S->r, n); k && nb < 16; k = jfyp_rec_next(S->r, k)) {
            /* "..., Medical Center" / "- University of X, ..., Germany":
             * a line break before the dash inside an institution's name
             * reads as a one-item list; the address goes on in it */
            if (k->type == JFY_N_LIST && k->first && k->first == k->last && b.len && !after_label &&
                !ends_with_country(b.data, b.len) && strchr(",;:.", b.data[b.len - 1]) == NULL) {
                char *x = jfyp_front_text(k, 1);
                if (!x) {
                    jfyp_buf_free(&b);
                    return -1;
                }
                /* the item as the list renders it, its bullet first */
                const char *y = x;
                if (*y == '*' || *y == '-' || *y == '+')
                    y++;
                while (*y == ' ')
                    y++;
                /* its first line reads as the rest of one (what follows
                 * it in the item is the list's next lines, read as usual) */
                size_t yl = strcspn(y, "\n");
                char *first = jfyp_strndup(y, yl);
                if (!first) {
                    free(x);
                    jfyp_buf_free(&b);
                    return -1;
                }
                int go = is_upper_ascii_or_utf8(y) && !strchr(first, '@') && addressish(first);
                free(first);
                if (go) {
                    jfyp_buf_puts(&b, "\n- ");
                    jfyp_buf_puts(&b, y);
                    blk[nb++] = k;
                }
                free(x);
                if (!go)
                    break;
                continue;
            }
            if (k->type != JFY_N_PARAGRAPH)
                break;
            if (cut_at_meta(k) < 0) {
                jfyp_buf_free(&b);
                return -1;
            }
            char *x = jfyp_front_text(k, 1);
            if (!x) {
                jfyp_buf_free(&b);
                return -1;
            }
            char lab[16];
            int lone = label_line(S, x, strlen(x));
            /* the last address cut where a line ends on an abbreviation's
             * stop ("..., Dr." / "B.R.A Institute-..., New Delhi, India."):
             * the next block ends it on its country */
            size_t xl = strlen(x);
            int open = b.len && !ends_with_country(b.data, b.len) && xl < 300 && !strchr(x, '@') &&
                       is_upper_ascii_or_utf8(x) && ends_with_country(x, xl);
            /* "..., Canada. 2Radiation" / "Oncology Department, ...": a
             * column or page break inside an address, a label's word
             * glued on above it; the rest of the list (however long)
             * goes on in this block */
            int cut = b.len && label_word_ends(b.data, b.len) && !strchr(x, '@') && addressish(x);
            int go = !jfyp_front_meta_line(x) &&
                     (after_label || lone || open || cut || (aff_label(x, &S->c, lab, sizeof lab) && addressish(x)));
            if (go) {
                jfyp_buf_putc(&b, '\n');
                jfyp_buf_puts(&b, x);
                blk[nb++] = k;
                after_label = lone;
            }
            free(x);
            if (!go)
                break;
        }
    }
    char *all = jfyp_buf_finish(&b);
    if (!all)
        return -1;
    if (!nb) {
        free(all);
        return 0;
    }
    {
        /* (OCR'd, its labels read as glyphs) */
        const char *a = all + strspn(all, " \n");
        char *lines = NULL;
        int k = ocr_run_in_text(a, &lines);
        if (k < 0) {
            free(all);
            return -1;
        }
        if (k > 0) {
            free(all);
            all = lines;
        }
    }
    /* the pieces between labels 1, 2, 3 ... */
    const char *at[MAX_AFFS + 1];
    size_t ln[MAX_AFFS], np = 0, len;
    const char *p = all;
    for (int k = 1; np < MAX_AFFS; k++) {
        const char *q = find_label(all, p, k, &len);
        /* a label lost (a lone "13" at the top of a column read as the
         * page's number): the next one is there, and the address before
         * it ends on its country on a line of its own with the lost one's
         * on the next ("..., Newcastle, UK" / "Department of ..., UK" /
         * "14" / ...) */
        if (!q && k > 1 && np + 1 < MAX_AFFS) {
            size_t l2;
            const char *q2 = find_label(all, p, k + 1, &l2);
            const char *brk = NULL;
            for (const char *nl = q2 ? strchr(p, '\n') : NULL; nl && nl < q2 && !brk; nl = strchr(nl + 1, '\n'))
                if (nl + 1 < q2 && address_break(all, nl))
                    brk = nl + 1;
            if (brk) {
                at[np] = brk;
                ln[np++] = 0;
                q = q2;
                len = l2;
                k++;
            }
        }
        if (!q)
            break;
        at[np] = q;
        ln[np++] = len;
        p = q + len;
    }
    int rc = 0, took = 0;
    for (size_t i = 0; i < np && rc == 0; i++) {
        const char *a = at[i] + ln[i];
        size_t n = i + 1 < np ? (size_t)(at[i + 1] - a) : strlen(a);
        char *x = jfyp_strndup(a, n);
        if (!x) {
            rc = -1;
            break;
        }
        /* the last address ends on its country, the block going on with
         * something else ("..., Cardiff, UK" / "Twitter Jane Roe @jroe") */
        for (char *q = i + 1 == np ? strchr(x, '\n') : NULL; q; q = strchr(q + 1, '\n')) {
            if (!line_ends_address(x, q) || !is_upper_ascii_or_utf8(q + 1) || ends_with_country(q + 1, strlen(q + 1)))
                continue;
            char *e = strchr(q + 1, '\n');
            if (e)
                *e = '\0';
            int inst = jfyp_front_has_institution_word(q + 1);
            if (e)
                *e = '\n';
            if (!inst) {
                *q = '\0';
                break;
            }
        }
        for (char *q = x; *q; q++)
            if (*q == '\n')
                *q = ' ';
        jfyp_squeeze(x);
        size_t xl = strlen(x);
        while (xl && (x[xl - 1] == '.' || x[xl - 1] == ' '))
            x[--xl] = '\0';
        char lab[8];
        snprintf(lab, sizeof lab, "%d", (int)i + 1);
        int twin = addressish(x) ? unlabelled_twin(S, x) : 0;
        if (twin < 0) {
            rc = -1;
        } else if (addressish(x) && !twin && !has_label(S, lab)) {
            if (add_aff(S, lab, x, blk[0]) < 0)
                rc = -1;
            took = 1;
        } else if (addressish(x)) {
            took = 1;
        }
        free(x);
    }
    free(all);
    if (rc == 0 && took) {
        S->marked = 1;
        for (size_t i = 0; i < nb; i++)
            jfyp_node_free(blk[i]);
    }
    return rc;
}

/* Whether a line holds nothing but markers the byline carries, between
 * commas ("I,II"): a name's superscripts the byline left behind it. */
static int markers_only(const state *S, const char *x) {
    int any = 0;
    for (const char *p = x; *p;) {
        size_t n = strcspn(p, ",");
        while (n && p[n - 1] == ' ')
            n--;
        if (!n || !any_marker(&S->c, p, n))
            return 0;
        any = 1;
        p += strcspn(p, ",");
        if (*p == ',')
            p++;
        p += strspn(p, " ");
    }
    return any;
}

/* Whether a line of the addresses kept before the labelled ones is an
 * address of its own: its institution, a comma between its parts, and the
 * line above it ended where an address may end (not on ",", "of" or a
 * postal code). */
static int whole_address_line(const state *S, const char *x, const char *above) {
    if (strlen(x) < 25 || !is_upper_ascii_or_utf8(x) || !strstr(x, ", ") ||
        !jfyp_front_has_institution_word(x))
        return 0;
    /* "Japan and 2 Department of ...": the next address runs on in it */
    for (const char *q = strstr(x, " and "); q; q = strstr(q + 1, " and ")) {
        const char *d = q + 5;
        size_t dl = d[0] >= '1' && d[0] <= '9' ? (d[1] >= '0' && d[1] <= '9' ? 2 : 1) : 0;
        if (dl && any_marker(&S->c, d, dl))
            return 0;
    }
    if (!above)
        return 1;
    size_t al = strlen(above);
    while (al && above[al - 1] == ' ')
        al--;
    /* "..., 236-0004" / "Japan and 2 Department ...": a postal code goes
     * on to its country */
    if (!al || strchr(",;-&(", above[al - 1]) || (above[al - 1] >= '0' && above[al - 1] <= '9'))
        return 0;
    static const char *const joins[] = {" of", " and", " for", " the", " in", " at", NULL};
    for (size_t i = 0; joins[i]; i++) {
        size_t jl = strlen(joins[i]);
        if (al >= jl && jfyp_strnieq(above + al - jl, joins[i], jl))
            return 0;
    }
    return 1;
}

/* Appends the block's lines as printed to b, after a line break when
 * nl is set. 0, or -1 on OOM. */
static int put_block_lines(jfyp_buf *b, const jfy_node *blk, int nl) {
    char *x = jfyp_front_text(blk, 1);
    if (!x)
        return -1;
    if (nl)
        jfyp_buf_putc(b, '\n');
    jfyp_buf_puts(b, x);
    free(x);
    return 0;
}

/* The blocks kept as the first address, read as one marked with the
 * first marker no address has: 1 taken, 0 not, -1 on OOM. */
/* A block that opens (after a running head at most) on the heading of
 * the paper's own reference: "Suggested citation", "How to cite this
 * article", "Cite this article as:". */
static int citation_heading(const char *x) {
    static const char *const heads[] = {"suggested citation", "how to cite", "cite this article", "to cite this"};
    size_t n = strnlen(x, 80);
    for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
        size_t hl = strlen(heads[i]);
        for (size_t k = 0; k + hl <= n; k++)
            if ((k == 0 || x[k - 1] == ' ' || x[k - 1] == '\n') && strncasecmp(x + k, heads[i], hl) == 0)
                return 1;
    }
    return 0;
}

static int take_lead(state *S, jfy_node **all_lead, size_t nall, int symbols, const char *next) {
    char miss[8][16], nx[1][16];
    if (!missing_labels(S, NULL, 0, miss, 1, symbols))
        return 0;
    /* "I,II" kept first: a name's superscripts left under the byline, no
     * line of an address (taken with the blocks) */
    size_t skip = 0;
    while (skip + 1 < nall) {
        char *x = jfyp_front_text(all_lead[skip], 0);
        if (!x)
            return -1;
        int mo = markers_only(S, x);
        free(x);
        if (!mo)
            break;
        skip++;
    }
    jfy_node **lead = all_lead + skip;
    size_t nlead = nall - skip;
    /* "Suggested citation" / "How to cite this article" under the byline:
     * the paper's reference, its journal and year no address */
    for (size_t i = 0; i < nlead; i++) {
        char *x = jfyp_front_text(lead[i], 0);
        if (!x)
            return -1;
        int cite = citation_heading(x);
        free(x);
        if (cite)
            return 0;
    }
    /* the labels left for the kept lines: the labelled block that
     * follows them has its own */
    snprintf(nx[0], sizeof nx[0], "%s", next ? next : "");
    size_t nmiss = missing_labels(S, nx, next ? 1 : 0, miss, 8, symbols);
    if (!nmiss)
        return 0;
    /* "Senior resident. Department of X, ..., Town" / "Lecturer.
     * Department of Y, ..., City": as many lines as labels the byline
     * has left, each an address: each line gets the next label */
    jfyp_lines ll[MAX_LEAD];
    size_t nl = 0, nlines = 0;
    int each = nmiss >= 2, stopped = 0;
    char lab[16];
    for (size_t i = 0; i < nlead && each; i++) {
        if (jfyp_lines_of(lead[i], &ll[i]) < 0) {
            for (size_t k = 0; k < nl; k++)
                jfyp_lines_free(&ll[k]);
            return -1;
        }
        nl++;
        for (size_t j = 0; j < ll[i].n && each && !stopped; j++) {
            const char *x = ll[i].v[j].text;
            /* the labelled address the block goes on to ends the run */
            if (next && (strcmp(x, next) == 0 ||
                         (aff_label(x, &S->c, lab, sizeof lab) && strcmp(lab, next) == 0))) {
                stopped = 1;
                break;
            }
            each = whole_address_line(S, x, j ? ll[i].v[j - 1].text : NULL);
            nlines++;
        }
    }
    each = each && nlines == nmiss;
    jfyp_buf b;
    jfyp_buf_init(&b);
    size_t used = 0, seen = 0;
    for (size_t i = 0; i < nl && each; i++)
        for (size_t j = 0; j < ll[i].n; j++, seen++) {
            if (seen)
                jfyp_buf_putc(&b, '\n');
            if (seen < nlines) {
                jfyp_buf_puts(&b, miss[used++]);
                jfyp_buf_putc(&b, ' ');
            }
            jfyp_buf_puts(&b, ll[i].v[j].text);
        }
    for (size_t k = 0; k < nl; k++)
        jfyp_lines_free(&ll[k]);
    if (!each && !missing_labels(S, NULL, 0, miss, 1, symbols))
        return 0;
    if (!each)
        jfyp_buf_puts(&b, miss[0]);
    for (size_t i = 0; i < nlead && !each; i++)
        if (put_block_lines(&b, lead[i], 1) < 0) {
            jfyp_buf_free(&b);
            return -1;
        }
    char *all = jfyp_buf_finish(&b);
    if (!all)
        return -1;
    int m = take_marked(S, lead[0], all, 1);
    free(all);
    if (m > 0)
        for (size_t i = 0; i < nall; i++)
            jfyp_node_free(all_lead[i]);
    return m;
}

/* The label a line holds alone, a number, a letter or a Roman numeral,
 * as the v-th of its kind (1-based), or 0. The byline need not carry it:
 * superscripts printed on lines of their own are often lost to it. */
static int bare_label(const char *x, int kind) {
    size_t n = strlen(x);
    if (kind == 0 && n && n <= 2 && all_digits(x, n) && x[0] != '0')
        return atoi(x);
    if (kind == 2 && n == 1 && x[0] >= 'a' && x[0] <= 'z')
        return x[0] - 'a' + 1;
    if (kind == 3 && n && roman_len(x) == n)
        for (int v = 1; v < 40; v++) {
            char m[16];
            roman_of(v, m, sizeof m);
            if (strcmp(m, x) == 0)
                return v;
        }
    return 0;
}

/* "Universidade A, ..., Brasil" / "Universidade B, ..., Brasil" / "III" /
 * "Universidade C, ..." / ... / "I" / "II": the labels of the first
 * addresses printed after the list, each later one over its address on
 * a line of its own. Read in order when the labels left at the end are
 * as many as the addresses above the first label inside, and all of
 * them, ends first, count 1, 2, 3 ... of one kind. 1 taken (the blocks
 * and the labels' blocks are freed), 0 not, -1 on OOM. */
static int take_labels_after(state *S, jfy_node **lead, size_t nlead, jfy_node **pends, size_t npend,
                             const char *pendlab) {
    int kind = label_kind(pendlab);
    if (kind == 1 || !bare_label(pendlab, kind))
        return 0;
    jfyp_buf b;
    jfyp_buf_init(&b);
    for (size_t i = 0; i < nlead + npend; i++)
        if (put_block_lines(&b, i < nlead ? lead[i] : pends[i - nlead], i > 0) < 0) {
            jfyp_buf_free(&b);
            return -1;
        }
    char *all = jfyp_buf_finish(&b);
    if (!all)
        return -1;
    jfyp_front_unsup(all);
    enum { MAXL = 4 * MAX_LEAD };
    char *v[MAXL];
    size_t n = 0;
    for (char *p = all; p && n < MAXL; n++) {
        v[n] = p;
        p = strchr(p, '\n');
        if (p)
            *p++ = '\0';
        jfyp_trim(v[n]);
    }
    size_t from = 0;
    while (from < n && markers_only(S, v[from]))
        from++;
    size_t end = n, k = 0;
    while (end > from && bare_label(v[end - 1], kind))
        end--;
    size_t nt = n - end, first = from;
    while (first < end && !bare_label(v[first], kind))
        first++;
    int ok = n < MAXL && nt && first - from == nt && first < end;
    for (size_t i = from; i < first && ok; i++)
        ok = whole_address_line(S, v[i], i > from ? v[i - 1] : NULL);
    /* the labels in the order they name the addresses */
    const char *labs[MAXL];
    for (size_t i = end; i < n && ok; i++)
        labs[k++] = v[i];
    for (size_t i = first; i < end && ok; i++) {
        if (!bare_label(v[i], kind))
            continue;
        ok = i + 1 < end && !bare_label(v[i + 1], kind) && is_upper_ascii_or_utf8(v[i + 1]);
        labs[k++] = v[i];
    }
    ok = ok && k >= 3 && any_marker(&S->c, labs[0], strlen(labs[0]));
    for (size_t i = 0; i < k && ok; i++)
        ok = bare_label(labs[i], kind) == (int)i + 1 && !has_label(S, labs[i]);
    /* each label's text: its line, and the lines under it up to the next */
    char *texts[MAXL];
    size_t nx = 0;
    for (size_t i = from; i < end && ok; i++) {
        if (i >= first && bare_label(v[i], kind))
            i++;
        jfyp_buf_init(&b);
        jfyp_buf_puts(&b, v[i]);
        while (i >= first && i + 1 < end && !bare_label(v[i + 1], kind)) {
            jfyp_buf_putc(&b, ' ');
            jfyp_buf_puts(&b, v[++i]);
        }
        texts[nx] = jfyp_buf_finish(&b);
        if (!texts[nx])
            break;
        jfyp_squeeze(texts[nx]);
        ok = addressish(texts[nx]) && !prose_not_address(texts[nx]) && !strchr(texts[nx], '@');
        nx++;
    }
    int rc = ok && nx == k ? 1 : nx < k && ok ? -1 : 0;
    for (size_t i = 0; i < nx && rc == 1; i++)
        if (add_aff(S, labs[i], texts[i], lead[0]) < 0)
            rc = -1;
    if (rc == 1)
        S->marked = 1;
    for (size_t i = 0; i < nx; i++)
        free(texts[i]);
    free(all);
    if (rc > 0) {
        for (size_t i = 0; i < nlead; i++)
            jfyp_node_free(lead[i]);
        for (size_t i = 0; i < npend; i++)
            jfyp_node_free(pends[i]);
    }
    return rc;
}

/* Whether the names carry labels (digits, letters), not only the
 * corresponding author's symbol. */
static int label_marks(const contribs *c) {
    for (size_t i = 0; i < c->n; i++)
        for (const char *p = c->markers[i]; p && *p; p++)
            if ((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'z'))
                return 1;
    return 0;
}

/* "* jroe@inst.org": the star the byline marks the corresponding author
 * with, and nothing but e-mails after it. */
static int starred_emails(const state *S, const char *t) {
    size_t n = symbol_len(t);
    if (!n || !is_corresp_marker(t, n) || !any_marker(&S->c, t, n))
        return 0;
    const char *e = t + n;
    while (*e == ' ')
        e++;
    return *e && emails_only(e, strlen(e));
}

/* The line of a correspondence note's block where a sentence of its own
 * starts under the note's last e-mail line ("Equal contribution.", "These
 * authors contributed equally."): no e-mail, telephone or field after it,
 * ending with a full stop; 0 when none, (size_t)-1 on OOM. */
static size_t note_tail_at(jfy_node *n) {
    jfyp_lines l;
    if (jfyp_lines_of(n, &l) < 0)
        return (size_t)-1;
    size_t k = last_email_line(&l);
    size_t at = 0;
    if (k + 1 < l.n && is_upper_ascii_or_utf8(l.v[k + 1].text) && !jfyp_opens_field(l.v[k + 1].text)) {
        int ok = 1;
        for (size_t j = k + 1; j < l.n && ok; j++) {
            const char *t = l.v[j].text;
            ok = !strchr(t, '@') && !strchr(t, '+') && !jfyp_stristr(t, "tel") && !jfyp_stristr(t, "fax") &&
                 !jfyp_stristr(t, "phone");
        }
        const char *last = l.v[l.n - 1].text;
        size_t ln = strlen(last);
        if (ok && ln && last[ln - 1] == '.')
            at = k + 1;
    }
    jfyp_lines_free(&l);
    return at;
}

/* The note's lines before line k of n, joined; the lines from k on become
 * an author note of their own. NULL on OOM. */
static char *note_head(state *S, jfy_node *n, size_t k) {
    jfyp_lines l;
    if (jfyp_lines_of(n, &l) < 0)
        return NULL;
    char *head = jfyp_lines_join(&l, 0, k - 1), *rest = head ? jfyp_lines_join(&l, k, l.n - 1) : NULL;
    jfyp_lines_free(&l);
    if (!rest || add_note_fn(S, rest, n) < 0) {
        free(head);
        head = NULL;
    }
    free(rest);
    return head;
}

/* Where the lines after a note's last e-mail start when they are an
 * address ending with its country ("* Correspondence: x@y" / "Department
 * of X, City, USA"); 0 when not. */
static size_t address_after_note(const char *lines) {
    const char *at = strrchr(lines, '@');
    const char *nl = at ? strchr(at, '\n') : NULL;
    if (!nl || !nl[1] || strlen(nl + 1) > 300 || !is_upper_ascii_or_utf8(nl + 1))
        return 0;
    char *rest = jfyp_strdup(nl + 1);
    if (!rest)
        return 0;
    for (char *q = rest; *q; q++)
        if (*q == '\n')
            *q = ' ';
    int ok = addressish(rest) && ends_with_country(rest, strlen(rest)) && !jfyp_front_meta_line(rest);
    free(rest);
    return ok ? (size_t)(nl + 1 - lines) : 0;
}

static int address_words(const char *t);

/* Whether t reads as one address alone: capitalised words ending with
 * the country, no e-mail, no sentence. */
static int address_alone(const char *t) {
    size_t n = strlen(t);
    return n < 300 && is_upper_ascii_or_utf8(t) && !strchr(t, '@') && addressish(t) &&
           ends_with_country(t, n) && address_words(t);
}

/* "Editor: ..." / "The authors declare ..." / "Department of X, the First
 * Hospital of Y," / "City, Country." / "*": the first page's notes read
 * as one block over the correspondence note (LWW), the shared address
 * its last lines, under a line that ends a sentence, the note's star
 * printed apart after it. Those lines are the address: 1 taken, 0 not,
 * -1 on OOM. */
static int drop_taken(jfy_node *n, jfyp_lines *l, size_t i, size_t end);
static int note_address_tail(state *S, jfy_node *p1) {
    jfyp_lines l;
    if (jfyp_lines_of(p1, &l) < 0)
        return -1;
    size_t e = l.n ? l.n - 1 : 0;
    while (e > 0 && lone_corresp_star(l.v[e].text, strlen(l.v[e].text)))
        e--;
    int rc = 0;
    for (size_t k = e > 3 ? e - 3 : 1; k <= e && k > 0 && rc == 0; k++) {
        const char *up = l.v[k - 1].text;
        size_t un = strlen(up);
        if (!un || up[un - 1] != '.' || !is_upper_ascii_or_utf8(l.v[k].text))
            continue;
        char *t = jfyp_lines_join(&l, k, e);
        if (!t) {
            rc = -1;
            break;
        }
        if (address_alone(t) && jfyp_front_has_institution_word(t))
            rc = add_aff(S, NULL, t, p1) < 0 ? -1 : 1;
        free(t);
        if (rc > 0 && drop_taken(p1, &l, k, l.n - 1) < 0)
            rc = -1;
    }
    jfyp_lines_free(&l);
    return rc;
}

/* The note cut out of the block that holds the notes over it (pdfminer's
 * boxes): the block keeps the note's first line, the address its last
 * lines. 1 taken, 0 not, -1 on OOM. */
static int note_block_tail(state *S, const jfy_node *note) {
    for (jfy_node *n = jfyp_rec_first(S->r); n; n = jfyp_rec_next(S->r, n))
        if (n->type == JFY_N_PARAGRAPH && n->line == note->line && n->end_line > n->line)
            return note_address_tail(S, n);
    return 0;
}

/* "..., People's Republic of China" / "*These authors contributed equally
 * to" / "this work": the note a name's symbol points to, run on under the
 * address in its block (Dove's side column). The line the note opens on,
 * 0 when the block ends with no such note. */
static size_t symbol_note_under(const state *S, const jfyp_lines *l) {
    for (size_t k = l->n > 3 ? l->n - 3 : 1; k < l->n; k++) {
        const char *x = l->v[k].text, *u = l->v[k - 1].text;
        size_t sl = symbol_len(x);
        if (sl && any_marker(&S->c, x, sl) && (jfyp_stristr(x, "equal") || jfyp_stristr(x, "contribut")) &&
            !strchr(x, '@') && ends_with_country(u, strlen(u)))
            return k;
    }
    return 0;
}

/* "...prose." / "Center X and Department of Y, Pennsylvania" / "State
 * University, City, PA 16802, USA." / "*Corresponding author. Email:
 * x@y": the one address the names share at the page's foot, just above
 * the correspondence note, in one block or broken over two. Read after
 * the abstract, which lies above it. 1 taken, 0 not, -1 on OOM. */
static int take_note_address(state *S, int from) {
    const jfy_node *notes = NULL;
    for (const jfy_node *k = S->r->front->first; k && !notes; k = k->next)
        if (k->type == JFY_N_AUTHOR_NOTES)
            notes = k;
    const jfy_node *note = notes ? jfyp_node_child(notes, JFY_N_CORRESP) : NULL;
    if (!note || note->line <= from)
        return 0;
    jfy_node *p1 = NULL;
    for (jfy_node *n = jfyp_rec_first(S->r); n; n = jfyp_rec_next(S->r, n))
        if (n->type == JFY_N_PARAGRAPH && n->line > from && n->end_line < note->line &&
            n->end_line + 2 >= note->line)
            p1 = n;
    if (!p1)
        return note_block_tail(S, note);
    jfyp_lines l;
    if (jfyp_lines_of(p1, &l) < 0)
        return -1;
    size_t k = symbol_note_under(S, &l);
    if (k) {
        /* the address alone above the note, the note one of the authors' */
        char *addr = jfyp_lines_join(&l, 0, k - 1), *fn = addr ? jfyp_lines_join(&l, k, l.n - 1) : NULL;
        int rc = !fn ? -1 : 0;
        if (rc == 0 && address_alone(addr) && jfyp_front_has_institution_word(addr)) {
            rc = add_aff(S, NULL, addr, p1) < 0 || add_note_fn(S, fn, p1) < 0 ? -1 : 1;
        }
        free(addr);
        free(fn);
        /* the lines may point into p1's text: freed before it */
        jfyp_lines_free(&l);
        if (rc > 0)
            jfyp_node_free(p1);
        if (rc != 0)
            return rc;
    } else {
        jfyp_lines_free(&l);
    }
    jfy_node *p0 = p1->prev;
    if (p0 && (p0->type != JFY_N_PARAGRAPH || p0->end_line + 2 < p1->line))
        p0 = NULL;
    char *b = jfyp_front_text(p1, 0);
    char *a = b && p0 ? jfyp_front_text(p0, 0) : NULL;
    char *both = a ? jfyp_printf("%s %s", a, b) : NULL;
    int rc = 0;
    if (!b || (p0 && (!a || !both)))
        rc = -1;
    else if (both && address_alone(both))
        rc = add_aff(S, NULL, both, p1) < 0 ? -1 : 2;
    else if (address_alone(b))
        rc = add_aff(S, NULL, b, p1) < 0 ? -1 : 1;
    /* the note's star printed apart, a block of its own under them */
    int star = rc == 0 && b && p0 && lone_corresp_star(b, strlen(b));
    /* "*These authors contributed equally to this work" a block of its
     * own under the address: the note a name's symbol points to */
    size_t sl = rc == 0 && b && p0 && !star ? symbol_len(b) : 0;
    int eq = sl && any_marker(&S->c, b, sl) && !strchr(b, '@') &&
             (jfyp_stristr(b, "equal") || jfyp_stristr(b, "contribut"));
    /* the address's first line cut off above it ("Chengdu Women's and
     * Children's" / "Central Hospital, ..."): a line of its own under the
     * byline, no comma, no sentence's end */
    jfy_node *pp = eq ? p0->prev : NULL;
    char *whole = NULL;
    if (pp && pp->type == JFY_N_PARAGRAPH && pp->line > from && pp->line == pp->end_line &&
        pp->end_line + 1 == p0->line) {
        char *h = jfyp_front_text(pp, 0);
        size_t hl = h ? strlen(h) : 0;
        if (hl && !strchr(h, ',') && h[hl - 1] != '.' && is_upper_ascii_or_utf8(h))
            whole = jfyp_printf("%s %s", h, a);
        free(h);
    }
    if (eq && whole && address_alone(whole) && jfyp_front_has_institution_word(whole)) {
        rc = add_aff(S, NULL, whole, p0) < 0 || add_note_fn(S, b, p1) < 0 ? -1 : 2;
        if (rc > 0)
            jfyp_node_free(pp);
    } else if (eq && address_alone(a) && jfyp_front_has_institution_word(a)) {
        rc = add_aff(S, NULL, a, p0) < 0 || add_note_fn(S, b, p1) < 0 ? -1 : 2;
    }
    free(whole);
    /* the notes over the address already cut into blocks of their own:
     * the block over the star is the whole address */
    if (star && address_alone(a) && jfyp_front_has_institution_word(a))
        rc = add_aff(S, NULL, a, p0) < 0 ? -1 : 2;
    free(a);
    free(b);
    free(both);
    if (rc == 0) {
        rc = note_address_tail(S, star ? p0 : p1);
        if (rc > 0 && star)
            jfyp_node_free(p1);
        return rc == 0 ? note_block_tail(S, note) : rc;
    }
    if (rc == 2)
        jfyp_node_free(p0);
    if (rc > 0)
        jfyp_node_free(p1);
    return rc > 0 ? 1 : rc;
}

/* "Subject Category:" over its value in a side column: a field's name
 * the block's first line, one that does not name the addresses under it
 * ("Affiliation:", "Address:"). */
static int field_heading(const char *lines) {
    size_t n = strcspn(lines, "\n");
    if (!n || lines[n - 1] != ':' || n >= 60)
        return 0;
    char *h = jfyp_strndup(lines, n);
    int field = h && !jfyp_stristr(h, "affiliation") && !jfyp_stristr(h, "address") &&
                !jfyp_stristr(h, "author");
    free(h);
    return field;
}

static int address_line(const char *h);

/* An unlabelled address right under a labelled one, read as marked with
 * the next label of the same kind that the byline carries and no address
 * has yet: 1 taken, 0 not, -1 on OOM. */
static int take_next_label(state *S, const jfy_node *blk, const char *text) {
    const jfy_node *l = jfyp_node_child(S->affs[S->naff - 1], JFY_N_LABEL);
    /* "“Department of ..., Japan": OCR read the superscript number as a
     * quote; an address line whole after it is the next address, with the
     * next label when the byline's survived */
    static const char *const quotes[] = {"\xe2\x80\x98", "\xe2\x80\x99", "\xe2\x80\x9c", "\xe2\x80\x9d", "\"", "'",
                                         NULL};
    int quoted = 0;
    for (size_t i = 0; quotes[i] && !quoted; i++) {
        size_t ql = strlen(quotes[i]);
        if (strncmp(text, quotes[i], ql) == 0 && address_line(text + ql)) {
            text += ql;
            quoted = 1;
        }
    }
    char miss[1][16];
    if (!l || !l->text || !missing_labels(S, NULL, 0, miss, 1, label_kind(l->text)))
        return quoted ? (add_aff(S, NULL, text, blk) < 0 ? -1 : 1) : 0;
    char *joined = jfyp_printf("%s\n%s", miss[0], text);
    if (!joined)
        return -1;
    int m = take_marked(S, blk, joined, 1);
    free(joined);
    return m || !quoted ? m : add_aff(S, NULL, text, blk) < 0 ? -1 : 1;
}

/* Whether the prose goes on around a block between a and b: a's last
 * line stops mid-sentence ("... reviews the literature on", "...
 * associa-") and b picks it up in lower case ("levels of ...", "tions
 * between ..."). */
static int prose_goes_on(const char *a, const char *b) {
    size_t n = strlen(a);
    while (n && (a[n - 1] == ' ' || a[n - 1] == '\n'))
        n--;
    if (n < 30 || strlen(b) < 20 || !(b[0] >= 'a' && b[0] <= 'z'))
        return 0;
    char c = a[n - 1];
    return (c >= 'a' && c <= 'z') || c == ',' || c == '-';
}

/* OCR reads the byline's raised figures as quotes and signs glued to
 * the names ("Ghati', Roy', Tiwari?, Gupta®"), so the byline carries no
 * marks; BMC and Springer then print the addresses only in the "Author
 * details" list at the end, its own figures misread or lost too
 * ("..., India. Department of ... India. 'Department of ..."). With no
 * address found anywhere else, that list is still the article's: read
 * it as a marked byline's would be (the run-in reader wants glyphs among
 * the labels and two addresses at least, so prose is left alone). */
static int take_unmarked_details(state *S) {
    if (S->naff)
        return 0;
    return take_details(S);
}

/* pdftotext reads a side column of addresses in turn with the abstract
 * beside it, their labels printed apart: "... reviews the literature on"
 * / "Clinical Psychology, NHS Grampian, UK" / "levels of eco-emotions
 * ...". A whole address (in up to four blocks) that breaks a sentence
 * of the prose in two takes the next label the byline has no address
 * for. 0, or -1 on OOM. */
static int take_side_column(state *S) {
    const jfy_node *lab = S->marked && S->naff ? jfyp_node_child(S->affs[S->naff - 1], JFY_N_LABEL) : NULL;
    if (!lab || !lab->text)
        return 0;
    char miss[MAX_AFFS][16];
    size_t nmiss = missing_labels(S, NULL, 0, miss, MAX_AFFS, label_kind(lab->text));
    int from = S->affs[S->naff - 1]->end_line;
    size_t used = 0;
    int seen = 0;
    char *before = NULL;
    for (jfy_node *n = jfyp_rec_first(S->r), *next; n && used < nmiss && seen < EXTRA_BLOCKS; n = next) {
        next = jfyp_rec_next(S->r, n);
        if (n->line <= from)
            continue;
        seen++;
        if (n->type != JFY_N_PARAGRAPH) {
            free(before);
            before = NULL;
            continue;
        }
        char *t = jfyp_front_text(n, 0);
        if (!t) {
            free(before);
            return -1;
        }
        jfy_node *run[4];
        size_t k = 0;
        char *joined = NULL;
        int whole = 0, rc = 0;
        if (before && is_upper_ascii_or_utf8(t) && !correspish_start(t) && !opens_note(t)) {
            for (jfy_node *q = n; q && k < 4 && !whole && rc == 0; q = jfyp_rec_next(S->r, q)) {
                if (q->type != JFY_N_PARAGRAPH || (k && q->line > run[k - 1]->end_line + 1))
                    break;
                char *qt = k ? jfyp_front_text(q, 0) : jfyp_strdup(t);
                char *j = !qt ? NULL : joined ? jfyp_printf("%s %s", joined, qt) : jfyp_strdup(qt);
                free(qt);
                free(joined);
                joined = j;
                if (!j) {
                    rc = -1;
                    break;
                }
                run[k++] = q;
                whole = strlen(j) < 300 && ends_with_country(j, strlen(j));
            }
        }
        jfy_node *after = whole ? jfyp_rec_next(S->r, run[k - 1]) : NULL;
        char *at = after && after->type == JFY_N_PARAGRAPH ? jfyp_front_text(after, 0) : NULL;
        if (after && after->type == JFY_N_PARAGRAPH && !at)
            rc = -1;
        if (rc == 0 && at && address_alone(joined) && prose_goes_on(before, at)) {
            rc = add_aff(S, miss[used++], joined, n) < 0 ? -1 : 1;
            for (size_t i = 0; i < k && rc > 0; i++)
                jfyp_node_free(run[i]);
            next = after;
            free(t);
            t = NULL;
        }
        free(at);
        free(joined);
        if (rc < 0) {
            free(t);
            free(before);
            return -1;
        }
        if (t) {
            free(before);
            before = t;
        }
    }
    free(before);
    return 0;
}

/* Whether the kept blocks hold more than one address: a line ending in a
 * country with more lines after it. -1 on OOM. */
static int lead_splits(const state *S, jfy_node **lead, size_t nlead) {
    int hit = 0;
    for (size_t i = 0; i < nlead && !hit; i++) {
        char *x = jfyp_front_text(lead[i], 1);
        if (!x)
            return -1;
        /* "..., China; 2Department of ...": the next one's number run in
         * after the stop, a number the byline carries */
        for (const char *q = x; *q && !hit; q++) {
            if (!(q[0] == ';' || q[0] == ',' || q[0] == '.') || q[1] != ' ' || q[2] < '1' || q[2] > '9')
                continue;
            size_t dl = q[3] >= '0' && q[3] <= '9' ? 2 : 1;
            const char *a = q + 2 + dl;
            hit = any_marker(&S->c, q + 2, dl) && (is_upper_ascii_or_utf8(a) || (*a == ' ' && is_upper_ascii_or_utf8(a + 1)) ||
                                                   (*a == JFYP_SUP && is_upper_ascii_or_utf8(a + 1)));
        }
        /* "..., Saudi Arabia.bDepartment of ...": a letter the byline
         * carries glued on after the stop that ends an address */
        for (const char *q = strchr(x, '.'); q && !hit; q = strchr(q + 1, '.'))
            hit = q[1] >= 'a' && q[1] <= 'z' && is_upper_ascii_or_utf8(q + 2) && any_marker(&S->c, q + 1, 1) &&
                  ends_with_country(x, (size_t)(q - x));
        /* "..., Brazil; bInstitute of ...": a letter the byline carries
         * glued on after the semicolon that ends an address with its
         * country (the lone "a" over the first printed apart) */
        for (const char *q = strstr(x, "; "); q && !hit; q = strstr(q + 1, "; "))
            hit = q[2] >= 'a' && q[2] <= 'z' && is_upper_ascii_or_utf8(q + 3) && any_marker(&S->c, q + 2, 1) &&
                  ends_with_country(x, (size_t)(q - x));
        /* "..., Japan and 2 Department of ..." */
        for (const char *q = strstr(x, " and "); q && !hit; q = strstr(q + 1, " and ")) {
            const char *d = q + 5;
            size_t dl = d[0] >= '1' && d[0] <= '9' ? (d[1] >= '0' && d[1] <= '9' ? 2 : 1) : 0;
            hit = dl && d[dl] == ' ' && is_upper_ascii_or_utf8(d + dl + 1) && any_marker(&S->c, d, dl);
        }
        for (const char *q = x; (q = strchr(q, '\n')) != NULL && !hit; q++)
            hit = (line_ends_address(x, q) && is_upper_ascii_or_utf8(q + 1)) || semi_break(x, q);
        if (!hit && i + 1 < nlead)
            hit = ends_with_country(x, strlen(x));
        free(x);
    }
    return hit;
}

static int flush_lead_unmarked(state *S, jfy_node **lead, const int *ok, size_t *nlead,
                               int *adjacent, int *misses);

/* "* Department of X, ..., India" / "† Department of Y, ...": the star
 * the byline puts on a name, then a space, read by the parser as a
 * list's bullet; one item (a bullet list has more) opening on an
 * institution's name keeps it as the address's label when the byline
 * marks names with the symbols' series (the dagger too), not with the
 * star alone, the corresponding author's (OCR reads lost superscripts
 * as a star). */
static int star_item_address(const state *S, const jfy_node *n, const char *body) {
    return n->type == JFY_N_LIST && n->first && !n->first->next && any_marker(&S->c, "*", 1) &&
           any_marker(&S->c, "\xe2\x80\xa0", 3) && opens_institution(body + 2);
}

/* No marked address followed. When the byline's markers point to
 * addresses whose labels were lost and the blocks hold several, they are
 * numbered in order; else they read as they would have. */
static int flush_lead(state *S, jfy_node **lead, const int *ok, size_t *nlead, int *adjacent,
                      int *misses) {
    char miss[1][16];
    /* the byline's labels are numbers or letters */
    int kind = missing_labels(S, NULL, 0, miss, 1, 0) ? 0 : missing_labels(S, NULL, 0, miss, 1, 2) ? 2 : -1;
    if (*adjacent && kind >= 0) {
        int k = lead_splits(S, lead, *nlead);
        /* one address broken over the blocks: it ends only in the last */
        if (k == 0 && *nlead > 1) {
            char *x = jfyp_front_text(lead[0], 0);
            if (!x)
                return -1;
            k = !ends_with_country(x, strlen(x)) && !strchr(x, '@');
            free(x);
        }
        int m = k > 0 ? take_lead(S, lead, *nlead, kind, NULL) : k;
        if (m < 0)
            return -1;
        if (m > 0) {
            *nlead = 0;
            return 0;
        }
    }
    return flush_lead_unmarked(S, lead, ok, nlead, adjacent, misses);
}

/* Where the authors' names in brackets that close an address start,
 * "... Iowa City (Miller, Jones)", at e (the text's end, a stop after
 * the bracket allowed); NULL when no such bracket closes it. Names start
 * on a capital and hold no figures and no institution. */
static const char *names_bracket(const char *x, const char *e) {
    while (e > x && (e[-1] == '.' || e[-1] == ' '))
        e--;
    if (e == x || e[-1] != ')')
        return NULL;
    /* (no further back than the 200 bytes a bracket of names may hold:
     * each break looked at asks, and a block may hold many) */
    const char *o = e - 1;
    while (o > x && *o != '(' && e - o <= 200)
        o--;
    if (*o != '(' || e - o > 200 || !is_upper_ascii_or_utf8(o + 1))
        return NULL;
    for (const char *q = o + 1; q < e - 1; q++)
        if ((*q >= '0' && *q <= '9') || *q == '(' || *q == '@')
            return NULL;
    char *in = jfyp_strndup(o + 1, (size_t)(e - 2 - o));
    int inst = !in || jfyp_front_has_institution_word(in);
    free(in);
    return inst ? NULL : o;
}

/* Where an unmarked address block's first address ends on its country
 * and another opens on an institution's name, at a line's end or after
 * a semicolon: "Department of X, University Y, City, India" /
 * "Department of Z, ..." or "..., Italy; Department of Z, ...", or on
 * the names of its authors in brackets ("..., Norway (Olsen); Institute
 * of ..."). An address broken over lines does not end a line on its
 * country with the next naming an institution. The break's '\n' or ';',
 * or NULL. */
static const char *unmarked_break(const char *x) {
    for (const char *q = x; (q = strpbrk(q, "\n;")) != NULL; q++) {
        if (*q == '\n' ? address_break(x, q) && opens_institution(q + 1) && !strchr(q + 1, '@')
                       : q[1] == ' ' && (ends_with_country(x, (size_t)(q - x)) || names_bracket(x, q)) &&
                             opens_institution(q + 2))
            return q;
    }
    return NULL;
}

/* "(R.S. Roe, E.L. Doe)": names in the bracket given by their initials,
 * as the emerging-diseases letters print them; their publishers keep the
 * bracket as part of the address (the surnames alone, "(Roe; Doe)", are
 * the list's pointers back to the byline and go). */
static int initialed_names(const char *o) {
    const char *q = o + 1;
    return is_upper_ascii_or_utf8(q) && q[1] == '.' && (q[2] == ' ' || (q[2] >= 'A' && q[2] <= 'Z'));
}

/* The paragraphs after a run-in "Author affiliations:" block that go on
 * with its list: its lines an extraction set apart as paragraphs of their
 * own while the block's text stays open (no closing '.' or ')'), or the
 * last address's "(D.M.M. Roe, ...)" alone. How many were put in tails
 * (at most 8), -1 on OOM. */
static int list_tails(state *S, const jfy_node *blk, const char *t, jfy_node **tails) {
    size_t nt = 0;
    char *acc = NULL;
    for (jfy_node *k = jfyp_rec_next(S->r, (jfy_node *)blk); k && k->type == JFY_N_PARAGRAPH && nt < 8;
         k = jfyp_rec_next(S->r, k)) {
        char *u = jfyp_front_text(k, 1);
        if (!u) {
            free(acc);
            return -1;
        }
        jfyp_trim(u);
        const char *last = acc ? acc : t;
        size_t ul = strlen(u), al = strlen(last);
        while (al && (last[al - 1] == ' ' || last[al - 1] == '\n'))
            al--;
        int open = al && last[al - 1] != '.' && last[al - 1] != ')';
        int names = ul > 2 && ul < 200 && *u == '(' && u[ul - 1] == ')' && initialed_names(u) &&
                    names_bracket(u, u + ul) == u;
        int take = names || (open && ul && ul < 300 && !strchr(u, ':') && !strchr(u, '@'));
        if (take) {
            tails[nt++] = k;
            free(acc);
            acc = u;
        } else {
            free(u);
        }
        if (!take || names)
            break;
    }
    free(acc);
    return (int)nt;
}

/* The block's addresses one by one, split where unmarked_break says,
 * after the heading "Author affiliations:" and without the names in
 * brackets after each. 1 when split or so read, 0 when the block holds
 * one address as printed, -1 on OOM. */
static int add_unmarked_lines(state *S, const jfy_node *blk) {
    char *t = jfyp_front_text(blk, 1);
    if (!t)
        return -1;
    const char *h = jfyp_after_label(t, "author affiliations");
    jfy_node *tails[8];
    int nt = h && memchr(t, ':', (size_t)(h - t)) ? list_tails(S, blk, t, tails) : 0;
    free(t);
    if (nt < 0)
        return -1;
    int k = add_unmarked_lines_to(S, blk, tails, (size_t)nt);
    if (k > 0)
        for (int i = 0; i < nt; i++)
            jfyp_node_free(tails[i]);
    return k;
}

/* The same, the block's text going on with its tails' lines. */
static int add_unmarked_lines_to(state *S, const jfy_node *blk, jfy_node *const *tails, size_t nt) {
    char *x = jfyp_front_text(blk, 1);
    if (!x)
        return -1;
    if (nt) {
        jfyp_buf b;
        jfyp_buf_init(&b);
        jfyp_buf_puts(&b, x);
        free(x);
        for (size_t i = 0; i < nt; i++) {
            char *y = jfyp_front_text(tails[i], 1);
            if (!y) {
                jfyp_buf_free(&b);
                return -1;
            }
            jfyp_buf_puts(&b, "\n");
            jfyp_buf_puts(&b, y);
            free(y);
        }
        if (!(x = jfyp_buf_finish(&b)))
            return -1;
    }
    const char *h = jfyp_after_label(x, "author affiliations");
    if (!h)
        h = jfyp_after_label(x, "affiliations");
    if (h && !memchr(x, ':', (size_t)(h - x)))
        h = NULL;
    char *p = h ? (char *)h : x;
    if (!unmarked_break(p) && !(h && names_bracket(p, p + strlen(p)))) {
        free(x);
        return 0;
    }
    int rc = 1;
    while (p && rc > 0) {
        char *q = (char *)unmarked_break(p);
        char was = q ? *q : '\0';
        if (q)
            *q = '\0';
        char *o = (char *)names_bracket(p, p + strlen(p));
        char *keep = NULL;
        if (o && initialed_names(o)) {
            /* the address read without them (its country last), the
             * bracket then set after it as printed */
            keep = jfyp_strdup(o);
            if (!keep) {
                rc = -1;
                break;
            }
            for (char *r = keep; (r = strchr(r, '\n')) != NULL;)
                *r = ' ';
            jfyp_trim(keep);
            size_t kl = strlen(keep);
            while (kl && keep[kl - 1] == '.')
                keep[--kl] = '\0';
        }
        if (o)
            *o = '\0';
        /* the lines of one address joined as one line */
        for (char *r = p; (r = strchr(r, '\n')) != NULL;)
            *r = ' ';
        jfyp_front_unsup(p);
        jfyp_trim(p);
        size_t before = S->naff;
        if (add_aff(S, NULL, p, blk) < 0)
            rc = -1;
        if (keep && rc > 0 && S->naff == before + 1) {
            jfy_node *tn = NULL;
            jfyp_buf bb;
            jfyp_buf_init(&bb);
            jfyp_buf_puts(&bb, " ");
            jfyp_buf_puts(&bb, keep);
            char *ts = jfyp_buf_finish(&bb);
            if (!ts || !(tn = jfyp_node_new_text(JFY_N_TEXT, ts)))
                rc = -1;
            else
                jfyp_node_append(S->affs[before], tn);
            free(ts);
        }
        free(keep);
        p = q ? q + 1 + (was == ';') : NULL;
    }
    free(x);
    return rc;
}

static int flush_lead_unmarked(state *S, jfy_node **lead, const int *ok, size_t *nlead,
                               int *adjacent, int *misses) {
    for (size_t i = 0; i < *nlead; i++) {
        int cite = 0;
        if (*adjacent && !S->marked && ok[i]) {
            char *c = jfyp_front_text(lead[i], 0);
            if (!c)
                return -1;
            cite = citation_heading(c);
            free(c);
        }
        if (*adjacent && !S->marked && ok[i] && !cite) {
            int u = add_unmarked_lines(S, lead[i]);
            if (u < 0)
                return -1;
            if (u > 0) {
                jfyp_node_free(lead[i]);
                continue;
            }
            char *t = jfyp_front_text(lead[i], 0);
            char *clean = t ? jfyp_front_unsup(t) : NULL;
            if (!clean || add_aff(S, NULL, clean, lead[i]) < 0) {
                free(clean);
                return -1;
            }
            free(clean);
            jfyp_node_free(lead[i]);
        } else {
            *adjacent = 0;
            ++*misses;
        }
    }
    *nlead = 0;
    return 0;
}

/* "From the Department of X (Roe, Poe), University Y, and Department of
 * Z (Roe), University W, City, Country.": the medical journals' sentence
 * at the foot of the first page naming every author's address at once,
 * often run on under the abstract's last line. Read as one address the
 * names share, up to the line that ends it with its country. 1 taken, 0
 * not, -1 on OOM. */
static int refs_heading(const jfy_node *n);
/* "From the a CPC Research, Aurora, CO, b Division of ..., Boston, MA,
 * c ...": the sentence that names the authors' addresses at a page's foot
 * (American Heart Journal), each lettered as the byline marks the names.
 * It runs to the line before the dates or the reprint address. 1 when
 * taken (its last line in *end), 0, or -1 on out of memory. */
static int from_the_lettered(state *S, jfy_node *n, const jfyp_lines *l, size_t i, size_t *end) {
    char lab[16];
    const char *x = l->v[i].text + 9;
    if (!aff_label(x, &S->c, lab, sizeof lab) || label_kind(lab) != 2 || has_label(S, lab))
        return 0;
    size_t j = i;
    while (j + 1 < l->n && j < i + 12) {
        const char *y = l->v[j + 1].text;
        if (jfyp_front_meta_line(y) || correspish_start(y) || strchr(y, '@') || jfyp_stristr(y, "reprint"))
            break;
        j++;
    }
    char *a = jfyp_lines_join(l, i, j);
    if (!a)
        return -1;
    size_t naff = S->naff;
    int rc = strlen(a) < 2000 ? take_marked(S, n, a + 9, 1) : 0;
    free(a);
    if (rc > 0 && S->naff > naff + 1) {
        *end = j;
        return 1;
    }
    return rc < 0 ? -1 : 0;
}

/* Whether the line y (yl bytes) ends on a title's abbreviation, a
 * capital and up to five letters before the stop: "(Dr.", "Drs.",
 * "Messrs.". */
static int title_stop(const char *y, size_t yl) {
    size_t k = yl - 1, w = 0;
    while (k > 0 && ((y[k - 1] >= 'a' && y[k - 1] <= 'z') || (y[k - 1] >= 'A' && y[k - 1] <= 'Z'))) {
        k--;
        w++;
    }
    if (w < 2 || w > 6 || !(y[k] >= 'A' && y[k] <= 'Z'))
        return 0;
    for (size_t q = k + 1; q < yl - 1; q++)
        if (y[q] < 'a' || y[q] > 'z')
            return 0;
    return k == 0 || y[k - 1] == ' ' || y[k - 1] == '(';
}

/* "From the University X (Drs. A and B), Hospital Y, and the Department
 * of Z (Dr. C), University W, Town, ON, Canada": the authors named in
 * brackets after each address, the addresses joined by ", and the ", the
 * town and country printed once at the end. Each address is read with
 * the brackets dropped and the last one's town and country. 1 taken, 0
 * not this shape, -1 on OOM. */
/* Whether the bracket at o opens on a person's title, its stop printed
 * or not: "(Drs. A and B)", "(Dr Chan)", "(Mssrs. C, D)". */
static int title_bracket(const char *o) {
    static const char *const bare[] = {"Dr", "Drs", "Mr", "Mrs", "Ms", "Prof", "Profs", NULL};
    const char *sp = strchr(o, ' ');
    const char *c = strchr(o, ')');
    if (!c || !sp || sp > c)
        return 0;
    size_t wl = (size_t)(sp - o - 1);
    if (sp[-1] == '.' && title_stop(o + 1, wl))
        return 1;
    for (size_t i = 0; bare[i]; i++)
        if (strlen(bare[i]) == wl && strncmp(o + 1, bare[i], wl) == 0)
            return 1;
    return 0;
}

/* Whether segment s (up to its comma) names a unit of an institution,
 * not the institution: "Department of X", "Division of Y", "Stanley Ho
 * Center for Z", "School of W" read with the university after them. */
static int unit_segment(const char *s, size_t n) {
    static const char *const units[] = {"Department", "Division", "Section", "Unit", "Laborator", "Program",
                                        "Service", "School of", "Center for", "Centre for", "Institute of",
                                        "Faculty of", NULL};
    char *x = jfyp_strndup(s, n);
    if (!x)
        return 0;
    int hit = 0;
    for (size_t i = 0; units[i] && !hit; i++)
        hit = strstr(x, units[i]) != NULL;
    /* "University Health Network", "Toronto General Hospital": the
     * institution itself */
    static const char *const whole[] = {"University", "Hospital", "Universit", "College", "Clinic", NULL};
    for (size_t i = 0; whole[i] && hit; i++) {
        const char *w = strstr(x, whole[i]);
        /* ("Center for X of the University" stays a unit's) */
        if (w && (w == x || !strstr(x, " of ") || strstr(x, " of ") > w))
            hit = 0;
    }
    free(x);
    return hit;
}

/* "Departments of Medicine, Anesthesia and Intensive Care, and
 * Architecture, The Chinese University of X, Town, Country": each item
 * of the plural unit as "Department of Item, " and the rest, in out (up
 * to max, each malloc'd). The count (two or more), 0 when p is no such
 * list, -1 on OOM. */
static int plural_units(const char *p, char **out, int max) {
    size_t u = 0, pl = 0;
    for (; u < sizeof unit_plurals / sizeof unit_plurals[0]; u++)
        if (strncmp(p, unit_plurals[u][0], (pl = strlen(unit_plurals[u][0]))) == 0)
            break;
    if (u == sizeof unit_plurals / sizeof unit_plurals[0])
        return 0;
    const char *item[8], *end[8], *rest = NULL;
    int ni = 0;
    const char *q = p + pl;
    item[0] = q;
    while (*q && !rest && ni < 7) {
        size_t sl = strncmp(q, ", and ", 6) == 0 ? 6 : strncmp(q, ", ", 2) == 0 ? 2 : 0;
        if (!sl) {
            q++;
            continue;
        }
        end[ni++] = q;
        const char *nx = q + sl;
        size_t wl = strcspn(nx, ",");
        char *w = jfyp_strndup(nx, wl);
        if (!w)
            return -1;
        /* the rest opens on the institution ("The Chinese University") */
        int inst = strncmp(nx, "The ", 4) == 0 || jfyp_front_has_institution_word(w);
        free(w);
        if (inst)
            rest = nx;
        else
            item[ni] = nx;
        q = nx;
    }
    if (!rest || ni < 2 || ni > max)
        return 0;
    for (int i = 0; i < ni; i++) {
        out[i] = jfyp_printf("%s%.*s, %s", unit_plurals[u][1], (int)(end[i] - item[i]), item[i], rest);
        if (!out[i]) {
            while (i > 0)
                free(out[--i]);
            return -1;
        }
    }
    return ni;
}

static int from_the_parts_read(state *S, char **parts, int np, const jfy_node *src);

/* The parts of one "From the" chunk, the named brackets dropped (x is
 * written): each address is read with the institution, town and country
 * the last one prints after its own units, or with the town and country
 * alone when it names its institution itself. 1 taken, 0 not, -1 on OOM. */
static int from_the_parts(state *S, char *x, const jfy_node *src) {
    char *parts[8];
    int np = 0;
    for (char *p = x; p && np < 8;) {
        char *q = strstr(p, ", and the "), *r = strstr(p, ", the ");
        size_t sk = 10;
        if (r && (!q || r < q) && is_upper_ascii_or_utf8(r + 6)) {
            q = r;
            sk = 6;
        }
        if (q)
            *q = '\0';
        parts[np++] = p;
        p = q ? q + sk : NULL;
    }
    if (np == 1) {
        size_t had = S->naff;
        return add_aff(S, NULL, x, src) < 0 ? -1 : S->naff > had;
    }
    if (np >= 8)
        return 0;
    /* "Departments of A, B, and C, The University ...": one part a unit
     * each, the rest theirs */
    char *own_parts[8];
    int nown = 0, nq = 0;
    char *q8[8];
    for (int k = 0; k < np; k++) {
        char *ex[4];
        int ne = plural_units(parts[k], ex, 4);
        if (ne < 0) {
            for (int j = 0; j < nown; j++)
                free(own_parts[j]);
            return -1;
        }
        if (ne > 0 && nq + ne <= 8 && nown + ne <= 8) {
            for (int j = 0; j < ne; j++)
                q8[nq++] = own_parts[nown++] = ex[j];
        } else {
            for (int j = 0; j < ne; j++)
                free(ex[j]);
            if (nq < 8)
                q8[nq++] = parts[k];
        }
    }
    np = nq;
    for (int k = 0; k < np; k++)
        parts[k] = q8[k];
    int rc = from_the_parts_read(S, parts, np, src);
    for (int j = 0; j < nown; j++)
        free(own_parts[j]);
    return rc;
}

/* The parts read (from_the_parts): the last one's units, then what all
 * share. 1, 0, -1 on OOM. */
static int from_the_parts_read(state *S, char **parts, int np, const jfy_node *src) {
    /* the last part: its units, then what all share */
    const char *last = parts[np - 1], *shared = NULL, *town = NULL;
    for (const char *sg = last; sg && !shared;) {
        const char *c = strchr(sg, ',');
        size_t sl = c ? (size_t)(c - sg) : strlen(sg);
        if (sg != last && !unit_segment(sg, sl))
            shared = sg;
        sg = c ? c + 1 + strspn(c + 1, " ") : NULL;
    }
    for (const char *c = strchr(last, ','); c; c = strchr(c + 1, ',')) {
        char *head = jfyp_strndup(last, (size_t)(c - last));
        if (!head)
            return -1;
        const char *s0 = strrchr(head, ',');
        if (jfyp_front_has_institution_word(s0 ? s0 + 1 : head))
            town = c + 1 + strspn(c + 1, " ");
        free(head);
    }
    if (!town)
        return 0;
    int rc = 0;
    for (int k = 0; k < np && rc >= 0; k++) {
        size_t pl = strlen(parts[k]);
        int own = 0; /* the part names an institution of its own */
        for (const char *sg = parts[k]; sg && !own;) {
            const char *c = strchr(sg, ',');
            size_t sl = c ? (size_t)(c - sg) : strlen(sg);
            own = !unit_segment(sg, sl) && jfyp_front_has_institution_word(sg);
            sg = c ? c + 1 + strspn(c + 1, " ") : NULL;
        }
        const char *tail = own || !shared ? town : shared;
        char *one = k + 1 < np && !ends_with_country(parts[k], pl) ? jfyp_printf("%s, %s", parts[k], tail)
                                                                    : jfyp_strdup(parts[k]);
        if (!one || (addressish(one) && add_aff(S, NULL, one, src) < 0))
            rc = -1;
        free(one);
    }
    return rc < 0 ? -1 : 1;
}

/* "From the University X (Drs. A and B), Hospital Y, and the Department
 * of Z (Dr. C), University W, Town, ON, Canada": the authors named in
 * brackets after each address, the addresses joined by ", and the " or
 * ", the ", the town and country printed once at the end; a second
 * country's addresses after "; and the ". Each address is read with the
 * brackets dropped and what the last one shares. 1 taken, 0 not this
 * shape, -1 on OOM. */
static int from_the_named(state *S, const char *a, const jfy_node *src) {
    if (strncmp(a, "From the ", 9) != 0)
        return 0;
    char *x = jfyp_strdup(a + 9);
    if (!x)
        return -1;
    /* the brackets that open on a title ("(Drs. ", "(Dr ") go */
    int named = 0;
    for (char *o = strchr(x, '('); o; o = strchr(o, '(')) {
        char *c = strchr(o, ')');
        if (c && title_bracket(o)) {
            char *e = c + 1;
            while (o > x && o[-1] == ' ')
                o--;
            memmove(o, e, strlen(e) + 1);
            named = 1;
        } else {
            o++;
        }
    }
    int rc = 0;
    if (named) {
        /* the chunks each closed by a country ("..., Hong Kong, China;
         * and the School of X (Dr. D), ..., Australia") */
        char *p = x;
        while (p && rc >= 0) {
            char *q = NULL;
            for (char *s = strstr(p, "; "); s && !q; s = strstr(s + 1, "; "))
                if (ends_with_country(p, (size_t)(s - p)))
                    q = s;
            if (q) {
                *q = '\0';
                q += 2;
                if (strncmp(q, "and ", 4) == 0)
                    q += 4;
                if (strncmp(q, "the ", 4) == 0)
                    q += 4;
            }
            int k = from_the_parts(S, p, src);
            if (k < 0)
                rc = -1;
            else if (k > 0)
                rc = 1;
            p = q;
        }
    }
    free(x);
    return rc;
}

/* Where "From the " opens the note of addresses in line x: at its start,
 * after its heading ("Affiliations: From the ", "Affi liations:" as
 * MuPDF parts a ligature), or glued on the prose a column ran it into
 * after its note's symbol ("... hypoten*From the Stanley Ho Centre");
 * NULL elsewhere. */
static const char *from_the_open(const char *x) {
    const char *f = strstr(x, "From the ");
    if (!f)
        return NULL;
    if (f == x)
        return f;
    size_t k = (size_t)(f - x);
    if (symbol_len(f - 1) == 1 || (k >= 2 && symbol_len(f - 2) == 2) || (k >= 3 && symbol_len(f - 3) == 3))
        return f;
    if (k >= 14 && k < 20 && strncmp(f - 2, ": ", 2) == 0 && jfyp_stristr(x, "liations:") &&
        jfyp_stristr(x, "liations:") < f)
        return f;
    return NULL;
}

/* The first page's note of addresses with their authors' names in
 * brackets ("From the Department of X (Drs A and B), the Y (Dr C), and
 * the Department of Z (Dr D), University W, Town, Country."), read before
 * any other reader takes a piece of it: extraction parts it into blocks
 * (a heading of its first line, a break after "(Dr."), so its lines are
 * gathered over the blocks that go on with it, up to the full stop closing
 * it on a country. The blocks it filled go; a block of prose it was glued
 * on stays. 1 taken, 0 not, -1 on OOM. */
static int take_from_the_named(state *S, int from) {
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(S->r); n && seen < 150; n = jfyp_rec_next(S->r, n), seen++) {
        if (n->line && n->line <= from)
            continue;
        int refs = refs_heading(n);
        if (refs)
            return refs < 0 ? -1 : 0;
        if (n->type != JFY_N_PARAGRAPH && n->type != JFY_N_HEADING)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        size_t i = 0;
        const char *f = NULL;
        while (i < l.n && !(f = from_the_open(l.v[i].text)))
            i++;
        if (!f) {
            jfyp_lines_free(&l);
            continue;
        }
        /* the note's lines, over this block and up to three after it */
        jfyp_buf b;
        jfyp_buf_init(&b);
        jfyp_buf_puts(&b, f);
        jfy_node *blk[4] = {n, NULL, NULL, NULL};
        size_t nb = 1, endline = 0;
        int closed = 0, mid = 0; /* (closed inside its last line, the line stays) */
        jfyp_lines cur = l;
        int sep = 0; /* cur holds another block's lines than l */
        size_t k = i;
        for (;;) {
            const char *y = cur.v[k].text;
            size_t at = b.len;
            if (k > i || nb > 1) {
                jfyp_buf_putc(&b, ' ');
                jfyp_buf_puts(&b, y);
            }
            if (b.len > 1200 || b.failed)
                break;
            /* closed by the full stop after a country, the line's last
             * or a sentence's end inside it ("..., ON, Canada. This study
             * was funded ...") */
            for (size_t q = at; q < b.len && !closed; q++)
                if (b.data[q] == '.' && (q + 1 == b.len || b.data[q + 1] == ' ') && ends_with_country(b.data, q)) {
                    closed = 1;
                    mid = q + 1 < b.len;
                    b.len = q;
                    b.data[q] = '\0';
                }
            if (closed) {
                endline = k;
                break;
            }
            if (++k < cur.n)
                continue;
            /* the block ends: the note goes on in the next paragraph */
            jfy_node *nx = jfyp_rec_next(S->r, blk[nb - 1]);
            if (nb == 4 || !nx || nx->type != JFY_N_PARAGRAPH)
                break;
            if (sep)
                jfyp_lines_free(&cur);
            sep = 0;
            if (jfyp_lines_of(nx, &cur) < 0) {
                jfyp_buf_free(&b);
                jfyp_lines_free(&l);
                return -1;
            }
            sep = 1;
            blk[nb++] = nx;
            k = 0;
            if (!cur.n)
                break;
        }
        char *a = jfyp_buf_finish(&b);
        if (!a) {
            if (sep)
                jfyp_lines_free(&cur);
            jfyp_lines_free(&l);
            return -1;
        }
        jfyp_squeeze(a);
        size_t al = strlen(a);
        while (al && (a[al - 1] == '.' || a[al - 1] == ' '))
            a[--al] = '\0';
        int rc = closed && al < 1200 && ends_with_country(a, al) && !strchr(a, '@') ? from_the_named(S, a, n) : 0;
        free(a);
        if (rc > 0) {
            /* the blocks the note filled go; the first keeps the lines
             * above it, the last those under it */
            size_t last = nb - 1;
            if (last > 0) {
                if (!mid && endline + 1 == cur.n) {
                    jfyp_node_free(blk[last]);
                } else if ((!mid || endline > 0) &&
                           jfyp_lines_remove(blk[last], &cur, 0, mid ? endline - 1 : endline) == 1) {
                    jfyp_node_free(blk[last]);
                }
            }
            for (size_t q = 1; q < last; q++)
                jfyp_node_free(blk[q]);
            /* (a heading or a symbol before it goes with it; prose glued
             * before it stays, and the block with it) */
            int prose = f != l.v[i].text && !(symbol_len(l.v[i].text) && f - l.v[i].text <= 3) &&
                        !jfyp_stristr(l.v[i].text, "liations:");
            int keep_first = last == 0 && mid && endline == i;
            size_t to = last == 0 ? (mid ? endline - (endline > i) : endline) : l.n - 1;
            if (!prose && !keep_first && jfyp_lines_remove(n, &l, i, to) == 1)
                jfyp_node_free(n);
        }
        if (sep)
            jfyp_lines_free(&cur);
        jfyp_lines_free(&l);
        return rc;
    }
    return 0;
}

static int take_from_the(state *S) {
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(S->r), *next; n && seen < 80; n = next, seen++) {
        next = jfyp_rec_next(S->r, n);
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        if (refs_heading(n))
            break;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        int rc = 0;
        for (size_t i = 0; i < l.n && rc == 0; i++) {
            const char *x = l.v[i].text;
            size_t end = i;
            if (strncmp(x, "From the ", 9) == 0 && (rc = from_the_lettered(S, n, &l, i, &end)) != 0) {
                if (rc > 0 && jfyp_lines_remove(n, &l, i, end))
                    jfyp_node_free(n);
                break;
            }
            /* (its note's symbol before it: "*From the University X
             * (Drs. A and B), ..., Canada.") */
            size_t sym = i == 0 ? symbol_len(x) : 0;
            if (strncmp(x + sym, "From the ", 9) != 0 || !jfyp_front_has_institution_word(x))
                continue;
            for (size_t j = i; j < l.n && j < i + 8 && rc == 0; j++) {
                const char *y = l.v[j].text;
                size_t yl = strlen(y);
                if (!yl || y[yl - 1] != '.')
                    continue;
                char *a = jfyp_lines_join(&l, i, j);
                if (!a) {
                    rc = -1;
                    break;
                }
                if (sym)
                    memmove(a, a + sym, strlen(a + sym) + 1);
                size_t al = strlen(a);
                while (al && (a[al - 1] == '.' || a[al - 1] == ' '))
                    a[--al] = '\0';
                /* "... Toronto General Hospital, and the Department of
                 * Medicine (Dr." / "Fowler), Sunnybrook ..., Canada.": a
                 * title's stop is no sentence's end */
                if (al < 300 && !ends_with_country(a, al) && title_stop(y, yl)) {
                    free(a);
                    continue;
                }
                if (al < 300 && ends_with_country(a, al) && !strchr(a, '@')) {
                    size_t had = S->naff;
                    int k = from_the_named(S, a, n);
                    rc = k < 0 ? -1 : k > 0 ? 1 : add_aff(S, NULL, a, n) < 0 ? -1 : S->naff > had;
                    if (rc > 0 && jfyp_lines_remove(n, &l, i, j))
                        jfyp_node_free(n);
                }
                free(a);
                break;
            }
        }
        jfyp_lines_free(&l);
        if (rc != 0)
            return rc;
    }
    return 0;
}

/* ---- addresses with their authors in brackets (a side column) ---- */

/* Whether [p, e) lists people with their degrees, as a side column names
 * the authors at each address: "A J M Roe MD, Prof J Doe PhD". Each item
 * ends with a degree: a short word of capitals, lower case after the
 * first capital allowed ("PhD", "MBChB"). */
static int people_with_degrees(const char *p, const char *e) {
    int items = 0;
    while (p < e) {
        const char *c = memchr(p, ',', (size_t)(e - p));
        const char *ie = c ? c : e;
        while (ie > p && ie[-1] == ' ')
            ie--;
        const char *w = ie;
        while (w > p && w[-1] != ' ')
            w--;
        size_t wl = (size_t)(ie - w), up = 0;
        for (const char *q = w; q < ie; q++)
            up += *q >= 'A' && *q <= 'Z';
        /* a name before it: at least one more word */
        if (w == p || wl < 2 || wl > 6 || !(*w >= 'A' && *w <= 'Z') || up < 2)
            return 0;
        for (const char *q = w; q < ie; q++)
            if (!((*q >= 'A' && *q <= 'Z') || (*q >= 'a' && *q <= 'z')))
                return 0;
        items++;
        p = c ? c + 1 : e;
        while (p < e && *p == ' ')
            p++;
    }
    return items;
}

/* One address of a segment: text [a, b) then the tail shared by the
 * addresses the segment joins with "and" (", Institute, City, Country"). */
static int add_bracketed(state *S, const jfy_node *src, const char *a, const char *b, const char *tail,
                         size_t tl) {
    while (a < b && *a == ' ')
        a++;
    while (b > a && (b[-1] == ' ' || b[-1] == ','))
        b--;
    /* an address, not a sentence */
    if (b - a < 4 || (size_t)(b - a) + tl > 250)
        return 0;
    jfyp_buf t;
    jfyp_buf_init(&t);
    jfyp_buf_put(&t, a, (size_t)(b - a));
    jfyp_buf_put(&t, tail, tl);
    char *x = jfyp_buf_finish(&t);
    if (!x)
        return -1;
    jfyp_squeeze(x);
    int rc = addressish(x) ? add_aff(S, NULL, x, src) : 0;
    free(x);
    return rc;
}

/* "Lymphoma Unit, Central Hospital, Milan, Italy (A Roe MD, B Doe PhD);
 * Department of X (C Poe MD) and Department of Y (D Low MD), Institute,
 * City, Country; ...": the addresses with their authors in brackets, one
 * after the other, split at the semicolons. Read only when no address
 * was found in the usual places and the block holds several. */
static int take_bracketed(state *S) {
    int seen = 0, found = 0;
    for (jfy_node *n = jfyp_rec_first(S->r), *next; n && seen < (found ? 300 : 60); n = next, seen++) {
        next = jfyp_rec_next(S->r, n);
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        size_t first = 0, chars = 0;
        for (size_t i = 0; i < l.n; i++)
            chars += strlen(l.v[i].text);
        /* a side column's narrow lines, from the first line naming an
         * institution on (the costlier test only for narrow blocks) */
        if (l.n == 0 || chars / l.n > 50)
            first = l.n;
        while (first < l.n && !jfyp_front_has_institution_word(l.v[first].text))
            first++;
        int some = first < l.n;
        char *t = some ? jfyp_lines_join(&l, first, l.n - 1) : NULL;
        jfyp_lines_free(&l);
        if (some && !t)
            return -1;
        if (!t)
            continue;
        /* several bracketed author lists, each closing a segment */
        int groups = 0;
        for (const char *o = strchr(t, '('); o; o = strchr(o + 1, '(')) {
            const char *c = strchr(o, ')');
            if (c && people_with_degrees(o + 1, c))
                groups++;
        }
        int rc = 0, took = 0;
        /* the column goes on on the next page, after the first */
        for (const char *sg = t; groups >= (found ? 1 : 3) && *sg && rc >= 0;) {
            const char *e = sg;
            int depth = 0;
            while (*e && !(*e == ';' && depth == 0)) {
                depth += *e == '(' ? 1 : *e == ')' ? -1 : 0;
                e++;
            }
            /* the units: text then its bracket, "and" between them */
            const char *last = NULL, *unit = sg;
            const char *starts[8], *ends[8];
            size_t nu = 0;
            for (const char *o = sg; o < e && nu < 8; o++) {
                if (*o != '(')
                    continue;
                const char *c = memchr(o, ')', (size_t)(e - o));
                if (!c || !people_with_degrees(o + 1, c))
                    continue;
                starts[nu] = unit;
                ends[nu++] = o;
                last = c + 1;
                unit = c + 1;
                while (*unit == ' ')
                    unit++;
                if (strncmp(unit, "and ", 4) == 0)
                    unit += 4;
                o = c;
            }
            if (nu && last) {
                const char *tail = last;
                size_t tl = (size_t)(e - tail);
                for (size_t i = 0; i < nu && rc >= 0; i++) {
                    int k = add_bracketed(S, n, starts[i], ends[i], tail, tl);
                    rc = k < 0 ? -1 : rc;
                    took += k > 0;
                }
            }
            sg = *e ? e + 1 : e;
        }
        free(t);
        if (rc < 0)
            return -1;
        if (took) {
            found = 1;
            jfyp_node_free(n);
        }
    }
    return found;
}


/* ---- an address broken over two blocks ---- */

/* The last address's text as printed (its parts joined), malloc'd. */
static char *aff_text_of(const jfy_node *aff) {
    jfyp_buf b;
    jfyp_buf_init(&b);
    for (const jfy_node *k = aff->first; k; k = k->next)
        if (k->type != JFY_N_LABEL && k->text)
            jfyp_buf_puts(&b, k->text);
    return jfyp_buf_finish(&b);
}

/* Where the next number runs on in text after the semicolon that ends the
 * address aff on its country ("..., Indonesia; 3. Department of ..."): a
 * number the byline carries that no address has, the one after aff's;
 * the semicolon, its number in lab. NULL when none. */
static char *next_glued(const state *S, const jfy_node *aff, char *text, char *lab, size_t labsz) {
    const jfy_node *l = aff->first;
    if (!l || l->type != JFY_N_LABEL || !l->text || !all_digits(l->text, strlen(l->text)))
        return NULL;
    int wl = snprintf(lab, labsz, "%d", atoi(l->text) + 1);
    if (wl <= 0 || (size_t)wl >= labsz || !any_marker(&S->c, lab, (size_t)wl) || has_label(S, lab))
        return NULL;
    for (char *q = strstr(text, "; "); q; q = strstr(q + 1, "; ")) {
        const char *x = q + 2;
        if (strncmp(x, lab, (size_t)wl) != 0)
            continue;
        x += wl;
        if (*x == '.')
            x++;
        if (*x == ' ')
            x++;
        if (is_upper_ascii_or_utf8(x) && ends_with_country(text, (size_t)(q - text)))
            return q;
    }
    return NULL;
}

/* "4 Karen Center, School" / "" / "of Veterinary Medicine, ..., United
 * States of America, 5 Dirección" / "Regional ...": the address cut by a
 * blank line ends in the next block's first line on its country, and the
 * next number, the one after its own, runs on there. The addresses from
 * that number on are read as marked ones, the text before it goes to the
 * cut one (have, its text). 2 when taken (the block is used up), 0 not,
 * -1 on OOM. */
static int glued_next_run(state *S, jfy_node *aff, const char *have, jfy_node *n) {
    const jfy_node *l = aff->first;
    if (!l || l->type != JFY_N_LABEL || !l->text || !all_digits(l->text, strlen(l->text)))
        return 0;
    char want[8];
    int wl = snprintf(want, sizeof want, "%d", atoi(l->text) + 1);
    if (wl <= 0 || (size_t)wl >= sizeof want || has_label(S, want))
        return 0;
    char *x = jfyp_front_text(n, 1);
    if (!x)
        return -1;
    size_t fl = strnlen(x, 250);
    const char *at = NULL;
    for (const char *q = x + 2; q < x + fl && !at; q++) {
        if (strncmp(q, want, (size_t)wl) != 0 || q[-1] != ' ' || (q[-2] != ',' && q[-2] != ';'))
            continue;
        const char *w = q + wl;
        if (*w == '.')
            w++;
        if (*w == ' ')
            w++;
        if (is_upper_ascii_or_utf8(w) && ends_with_country(x, (size_t)(q - 2 - x)))
            at = q;
    }
    int rc = 0;
    if (at && !memchr(x, '@', (size_t)(at - x)) && !jfyp_front_meta_line(x)) {
        size_t had = S->naff;
        rc = take_marked(S, n, at, 1);
        if (rc > 0 && S->naff > had) {
            size_t hl = strlen(have);
            const char *lw = have + hl;
            while (lw > have && lw[-1] != ' ')
                lw--;
            /* the comma the line ended with was dropped with the label's
             * trailing punctuation; a line ending in "of" goes on */
            char *all = jfyp_printf("%s%s%.*s", have,
                                    is_upper_ascii_or_utf8(lw) && !(x[0] >= 'a' && x[0] <= 'z') ? ", " : " ",
                                    (int)(at - 2 - x), x);
            if (!all) {
                rc = -1;
            } else {
                for (char *q = all; *q; q++)
                    if (*q == '\n')
                        *q = ' ';
                jfyp_front_unsup(all);
                for (jfy_node *k = aff->first, *nx; k; k = nx) {
                    nx = k->next;
                    if (k->type != JFY_N_LABEL)
                        jfyp_node_free(k);
                }
                rc = fill_aff(aff, all, n) < 0 ? -1 : 2;
            }
            free(all);
        } else if (rc > 0) {
            rc = 0;
        }
    }
    free(x);
    return rc;
}

/* "3 Department of X, Faculty of Y," / "" / "Some University, City,
 * Country": a marked address cut by a blank line goes on in the next
 * block, up to the line that ends with its country. The lines are moved
 * into the last address; 1 when the block is used up, -1 on OOM. */
static int continue_last_aff(state *S, jfy_node *n) {
    if (!S->naff || !S->marked || n->type != JFY_N_PARAGRAPH)
        return 0;
    jfy_node *aff = S->affs[S->naff - 1];
    char *have = aff_text_of(aff);
    if (!have)
        return -1;
    size_t hl = strlen(have);
    int open = hl && !ends_with_country(have, hl) && !strchr(have, '@') && hl < 250;
    if (!open) {
        free(have);
        return 0;
    }
    /* "..., Florianópolis, SC," / "Brasil. Correspondence to: ...": the
     * country it ends on opens the next block, a note run on after it */
    const jfy_node *f = n->first;
    const char *dot = f && f->type == JFY_N_TEXT && f->text ? strchr(f->text, '.') : NULL;
    char *c = dot && dot - f->text >= 2 && dot - f->text <= 30 && (dot[1] == ' ' || !dot[1]) &&
                      (!dot[1] || is_upper_ascii_or_utf8(dot + 2))
                  ? jfyp_strndup(f->text, (size_t)(dot - f->text))
                  : NULL;
    if (c && jfyp_country_code(c)) {
        char *all = jfyp_printf("%s%s %s", have, have[hl - 1] == ',' ? "" : ",", c);
        int rc = all ? 0 : -1;
        if (all) {
            jfyp_front_unsup(all);
            for (jfy_node *k = aff->first, *nx; k; k = nx) {
                nx = k->next;
                if (k->type != JFY_N_LABEL)
                    jfyp_node_free(k);
            }
            rc = fill_aff(aff, all, n) < 0 ? -1 : 0;
            const char *rest = dot[1] ? dot + 2 : dot + 1;
            if (rc == 0 && !*rest && !f->next)
                rc = 1;
            else if (rc == 0 && jfyp_node_set_text(n->first, rest) < 0)
                rc = -1;
            /* the note left opens the block now: the addresses under it
             * part from it */
            else if (rc == 0 && split_kinds(S, n, 0) < 0)
                rc = -1;
        }
        free(c);
        free(all);
        free(have);
        return rc;
    }
    free(c);
    int g = glued_next_run(S, aff, have, n);
    if (g != 0) {
        free(have);
        return g;
    }
    jfyp_lines l;
    if (jfyp_lines_of(n, &l) < 0) {
        free(have);
        return -1;
    }
    char lab[16];
    size_t end = l.n;
    for (size_t i = 0; i < l.n && i < 3 && end == l.n; i++) {
        const char *x = l.v[i].text;
        /* ("Av. Tancredo Neves," / "2501, CP. 917, ..., Brazil": the
         * street's number opens the block, which ends on the country) */
        int number = i == 0 && x[0] >= '0' && x[0] <= '9' && ends_with_country(x, strlen(x));
        if (strchr(x, '@') || jfyp_front_meta_line(x) || correspish_start(x) ||
            aff_label(x, &S->c, lab, sizeof lab) || (i == 0 && !is_upper_ascii_or_utf8(x) && !number))
            break;
        if (ends_with_country(x, strlen(x)))
            end = i;
    }
    int rc = 0;
    if (end < l.n) {
        char *more = jfyp_lines_join(&l, 0, end);
        jfyp_buf b;
        jfyp_buf_init(&b);
        jfyp_buf_puts(&b, have);
        /* the comma the line ended with was dropped with the label's
         * trailing punctuation; a line ending in "of" or "and" goes on */
        const char *lw = have + hl;
        while (lw > have && lw[-1] != ' ')
            lw--;
        jfyp_buf_puts(&b, is_upper_ascii_or_utf8(lw) || (*lw >= '0' && *lw <= '9') ? ", " : " ");
        if (more)
            jfyp_buf_puts(&b, more);
        free(more);
        char *all = jfyp_buf_finish(&b);
        /* "...; 2. Department of" / "Anatomy, ..., Indonesia; 3. Department
         * of" / "Animal Physiology, ...": the next address run on after
         * the semicolon that ends this one on its country */
        char next[16] = "";
        char *glued = all ? next_glued(S, aff, all, next, sizeof next) : NULL;
        if (glued)
            *glued = '\0';
        if (!more || !all || !addressish(all)) {
            rc = all && more ? 0 : -1;
        } else {
            jfyp_front_unsup(all);
            for (jfy_node *k = aff->first, *nx; k; k = nx) {
                nx = k->next;
                if (k->type != JFY_N_LABEL)
                    jfyp_node_free(k);
            }
            rc = fill_aff(aff, all, n) < 0 ? -1 : 1;
            if (rc == 1 && glued) {
                char *rest = glued + 2 + strlen(next);
                rest += strspn(rest, ". ");
                if (add_aff(S, next, rest, n) < 0)
                    rc = -1;
            }
            if (rc == 1 && end + 1 < l.n) {
                if (!jfyp_lines_split(n, &l, end + 1))
                    rc = -1;
            }
        }
        free(all);
    }
    jfyp_lines_free(&l);
    free(have);
    return rc;
}

/* "From the a Institute, ..., Anschutz Medical" / "Campus, Aurora, CO,
 * c ...": a page whose abstract runs wider than the footnote breaks the
 * addresses' sentence into paragraphs where a line ends short and the
 * next opens on a capital. The sentence's text with the paragraphs after
 * n that go on with it (none of their lines the dates', the reprint
 * address's or an e-mail), those in more; NULL when none goes on or on
 * out of memory (*oom set). */
static char *from_the_more(const state *S, jfy_node *n, const char *from, jfy_node **more, size_t *nmore,
                           int *oom) {
    *nmore = 0;
    size_t fl = strlen(from);
    if (fl && ends_with_country(from, fl))
        return NULL;
    char *a = jfyp_strdup(from);
    size_t lines = 1;
    for (const char *q = from; (q = strchr(q, '\n')) != NULL; q++)
        lines++;
    for (jfy_node *m = jfyp_rec_next(S->r, n); a && m && m->type == JFY_N_PARAGRAPH && *nmore < 4;
         m = jfyp_rec_next(S->r, m)) {
        char *t = jfyp_front_text(m, 1);
        if (!t) {
            free(a);
            *oom = 1;
            return NULL;
        }
        int stop = !*t || strchr(t, '@') != NULL;
        size_t k = 0;
        for (const char *y = t; y && !stop; k++) {
            stop = jfyp_front_meta_line(y) || correspish_start(y) || jfyp_stristr(y, "reprint");
            y = strchr(y, '\n');
            y = y ? y + 1 : NULL;
        }
        if (stop || lines + k > 14 || strlen(a) + strlen(t) >= 2000) {
            free(t);
            break;
        }
        char *b = jfyp_printf("%s\n%s", a, t);
        free(t);
        free(a);
        a = b;
        more[(*nmore)++] = m;
        lines += k;
    }
    if (!a) {
        *oom = 1;
        return NULL;
    }
    if (!*nmore) {
        free(a);
        return NULL;
    }
    return a;
}

/* ---- correspondence notes printed away from the byline ---- */

static const char *skip_note_marks(const char *t) {
    for (;;) {
        if (*t == '*' || *t == ' ' || *t == JFYP_SUP)
            t++;
        else if (symbol_len(t))
            t += symbol_len(t);
        else if (strncmp(t, "\xe2\x9c\x89", 3) == 0 || strncmp(t, "\xe2\x88\x97", 3) == 0)
            t += 3;
        else
            return t;
    }
}

/* "E-mail: x@y", "Emails: ...": the text after the label when an address
 * follows it, else NULL. */
static const char *email_label_start(const char *t) {
    static const char *const labels[] = {"e-mail addresses", "e-mail address", "email address",
                                         "e-mails", "e-mail", "e\xe2\x80\x91mail", "emails",
                                         "email", NULL};
    t = skip_note_marks(t);
    for (size_t i = 0; labels[i]; i++) {
        const char *e = jfyp_after_label(t, labels[i]);
        if (!e)
            continue;
        size_t w = strcspn(e, " ,;");
        return memchr(e, '@', w) ? e : NULL;
    }
    return NULL;
}

/* A line that only opens a note: "*Correspondence:", "Corresponding
 * author", "Address for correspondence:". */
static int bare_opener(const char *t) {
    static const char *const labels[] = {"correspondence to", "address for correspondence",
                                         "author for correspondence", "corresponding authors",
                                         "corresponding author", "correspondence", NULL};
    t = skip_note_marks(t);
    for (size_t i = 0; labels[i]; i++) {
        const char *e = jfyp_after_label(t, labels[i]);
        if (e && *e == '\0')
            return 1;
    }
    return 0;
}

/* An e-mail label right before an address inside the text: "..., India
 * Email x@y". */
static int labelled_email_inside(const char *t) {
    for (const char *at = strchr(t, '@'); at; at = strchr(at + 1, '@')) {
        const char *s = at;
        while (s > t && s[-1] != ' ')
            s--;
        while (s > t && (s[-1] == ' ' || s[-1] == ':'))
            s--;
        const char *w = s;
        while (w > t && w[-1] != ' ')
            w--;
        if (email_label_start(w))
            return 1;
    }
    return 0;
}

/* Whether a line names one of the authors: a surname of theirs as a word. */
static int names_author(const state *S, const char *line) {
    for (size_t j = 0; j < S->c.n; j++) {
        const jfy_node *nm = jfyp_node_child(S->c.v[j], JFY_N_NAME);
        const char *sur = nm ? jfyp_node_attr(nm, "surname") : NULL;
        size_t sl = sur ? strlen(sur) : 0;
        if (sl < 2)
            continue;
        for (const char *p = strstr(line, sur); p; p = strstr(p + 1, sur)) {
            unsigned char b = p > line ? (unsigned char)p[-1] : ' ', a = (unsigned char)p[sl];
            if (!((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || b >= 0x80) &&
                !((a >= 'A' && a <= 'Z') || (a >= 'a' && a <= 'z') || a >= 0x80))
                return 1;
        }
    }
    return 0;
}

static size_t word_count(const char *s) {
    size_t w = 0;
    for (const char *p = s; *p; p++)
        if (*p != ' ' && (p == s || p[-1] == ' '))
            w++;
    return w;
}

/* "Jane Roe jroe@host.org": authors' names and their e-mails, nothing
 * else. */
static int names_and_emails(const state *S, const char *t) {
    if (strlen(t) > 200)
        return 0;
    int mails = 0, names = 0;
    for (const char *p = t; *p;) {
        while (*p == ' ')
            p++;
        size_t w = strcspn(p, " ");
        if (!w)
            break;
        if (memchr(p, '@', w)) {
            mails++;
        } else {
            size_t a = 0, b = w;
            while (a < b && (p[a] == '*' || p[a] == JFYP_SUP))
                a++;
            while (b > a && strchr(",;:*\x1f", p[b - 1]))
                b--;
            int hit = 0;
            for (size_t j = 0; j < S->c.n && !hit && b > a; j++) {
                const jfy_node *nm = jfyp_node_child(S->c.v[j], JFY_N_NAME);
                for (int k = 0; k < 2 && nm && !hit; k++) {
                    const char *v = jfyp_node_attr(nm, k ? "given" : "surname");
                    for (const char *q = v; q && *q && !hit;) {
                        size_t vl = strcspn(q, " ");
                        hit = vl == b - a && strncmp(q, p + a, vl) == 0;
                        q += vl;
                        while (*q == ' ')
                            q++;
                    }
                }
            }
            if (!hit)
                return 0;
            names++;
        }
        p += w;
    }
    return mails > 0 && names > 0;
}

/* "* Jane Roe" / "jroe@host.org" / "1": the starred author's name and
 * e-mail in the page's footnotes, maybe with the label of the first
 * address under it. The label (or "") in lab; 1 when the shape holds. */
static int starred_author_note(const state *S, const char *lines, char *lab, size_t labsz) {
    lab[0] = '\0';
    if (strncmp(lines, "* ", 2) != 0)
        return 0;
    const char *l1 = lines + 2, *e1 = strchr(l1, '\n');
    if (!e1 || e1 - l1 > 60)
        return 0;
    const char *l2 = e1 + 1, *e2 = strchr(l2, '\n');
    size_t n2 = e2 ? (size_t)(e2 - l2) : strlen(l2);
    if (!memchr(l2, '@', n2) || memchr(l2, ' ', n2))
        return 0;
    char *name = jfyp_strndup(l1, (size_t)(e1 - l1));
    int ok = name && word_count(name) <= 5 && names_author(S, name);
    free(name);
    if (!ok)
        return 0;
    if (e2) {
        const char *l3 = e2 + 1;
        if (strchr(l3, '\n') || !label_line(S, l3, strlen(l3)))
            return 0;
        snprintf(lab, labsz, "%s", l3);
        jfyp_front_unsup(jfyp_trim(lab));
    }
    return 1;
}

/* "Jane Roe · John Doe" / "Department of X, ..." / "e-mail: x@y": the
 * byline printed again in the first page's footnote, with the address all
 * its authors share and the corresponding e-mail. The line where the
 * address starts in *addr, where the e-mail starts in *mail. */
static int byline_note(const state *S, const jfyp_lines *l, size_t *addr, size_t *mail,
                       int names_above) {
    size_t i = 0;
    while (i < l->n && !jfyp_front_has_institution_word(l->v[i].text)) {
        if (!names_author(S, l->v[i].text) || strchr(l->v[i].text, '@'))
            return 0;
        i++;
    }
    if ((i == 0 && !names_above) || i == l->n)
        return 0;
    size_t m = i + 1;
    while (m < l->n && !email_label_start(l->v[m].text))
        m++;
    if (m != l->n - 1)
        return 0;
    *addr = i;
    *mail = m;
    return 1;
}

/* Where a note opening mid-line ("..., India. Correspondence and requests
 * ... (email: x@y)") ends a block, the address before it run into the
 * lines above: the offset in text of the sentence stop before the note,
 * or NULL. */
static const char *note_after_address(const char *text) {
    for (const char *p = strstr(text, ". "); p; p = strstr(p + 1, ". ")) {
        if (!correspish_start(p + 2))
            continue;
        return strchr(p, '@') && strlen(p) < 400 ? p : NULL;
    }
    return NULL;
}

/* The first line of the address that ends in a note opening mid-line at
 * line k: the lines above it that end with a comma are the address's
 * ("Laboratory X, University Y, Road," / "City, 110042, Country. ..."),
 * and it starts with a capital and names an institution. l->n if not. */
static size_t address_lines_before(const jfyp_lines *l, size_t k) {
    size_t s = k;
    while (s > 0 && k - s < 4) {
        const char *x = l->v[s - 1].text;
        size_t xl = strlen(x);
        while (xl && x[xl - 1] == ' ')
            xl--;
        /* "Department of X, ..., City of" / "Scientific Research ...": a
         * name broken after its joining word goes on too */
        const char *lw = x + xl;
        while (lw > x && lw[-1] != ' ')
            lw--;
        size_t wl = (size_t)(x + xl - lw);
        int joins = (wl == 2 && strncmp(lw, "of", 2) == 0) || (wl == 3 && strncmp(lw, "and", 3) == 0) ||
                    (wl == 3 && strncmp(lw, "for", 3) == 0) || (wl == 1 && *lw == '&');
        if (!xl || (x[xl - 1] != ',' && !(joins && is_upper_ascii_or_utf8(x) &&
                                           jfyp_front_has_institution_word(x))))
            break;
        s--;
    }
    if (!is_upper_ascii_or_utf8(l->v[s].text) || !jfyp_front_has_institution_word(l->v[s].text))
        return l->n;
    return s;
}

/* The blocks right above n that only name authors, one name line or more
 * each ("A. Roe  B. Doe (&)" / "C. Poe"), the byline's names repeated
 * over their address at the page's foot: how many (up to 3), -1 on OOM. */
static int names_blocks_above(const state *S, const jfy_node *n) {
    int k = 0;
    for (const jfy_node *p = n->prev; p && k < 3; p = p->prev, k++) {
        if (p->type != JFY_N_PARAGRAPH)
            break;
        jfyp_lines l;
        if (jfyp_lines_of((jfy_node *)p, &l) < 0)
            return -1;
        int ok = l.n > 0 && l.n <= 4;
        for (size_t i = 0; i < l.n && ok; i++)
            ok = strlen(l.v[i].text) < 200 && names_author(S, l.v[i].text) &&
                 !strchr(l.v[i].text, '@') && !jfyp_front_has_institution_word(l.v[i].text);
        jfyp_lines_free(&l);
        if (!ok)
            break;
    }
    return k;
}

/* Labels printed on a line of their own above their addresses, past the
 * abstract ("1" / "Department of X, ..."): the pairs from n on, read as
 * marked addresses. An address may be broken over two blocks, and lost
 * labels leave several run into one (split where a line ends with a
 * country). The label left in lab (may be "") opens the first. Returns
 * the number of blocks taken, -1 on OOM. */
/* "..., Toronto, ON M5S 3H6, Canada. E-mail: x@y": the address ends on
 * its country before the e-mail's label; the e-mail is the address's
 * tail. */
static int mail_after_country(const char *u) {
    const char *e = jfyp_stristr(u, "e-mail");
    if (!e)
        e = jfyp_stristr(u, "email");
    const char *at = strchr(u, '@');
    if (!e || e - u < 20 || at < e || !email_label_start(e) || strchr(at + 1, '\n'))
        return 0;
    return ends_with_country(u, (size_t)(e - u));
}

static int take_label_pairs(state *S, jfy_node *n, char *lab, size_t labsz) {
    int took = 0;
    for (jfy_node *next; n; n = next) {
        next = jfyp_rec_next(S->r, n);
        if (n->type != JFY_N_PARAGRAPH)
            break;
        char *t = jfyp_front_text(n, 1);
        if (!t)
            return -1;
        char *u = jfyp_front_unsup(jfyp_strdup(t));
        if (!u) {
            free(t);
            return -1;
        }
        jfyp_trim(u);
        int m = 0;
        if (label_line(S, u, strlen(u)) && !is_corresp_marker(u, strlen(u))) {
            snprintf(lab, labsz, "%s", u);
            m = 1;
        } else if (*lab && strlen(u) < 800 && (!strchr(u, '@') || mail_after_country(u))) {
            char *two = NULL;
            /* an address cut before its country goes on in the next block */
            const char *last = strrchr(t, '\n') ? strrchr(t, '\n') + 1 : t;
            int whole = ends_with_country(last, strlen(last));
            for (int i = whole ? 1 : 0; i < 2 && m == 0; i++) {
                int k = 1 - i;
                char *nx = NULL;
                if (k == 1) {
                    if (!next || next->type != JFY_N_PARAGRAPH)
                        continue;
                    nx = jfyp_front_text(next, 1);
                    if (!nx) {
                        m = -1;
                        break;
                    }
                }
                jfyp_buf b;
                jfyp_buf_init(&b);
                jfyp_buf_puts(&b, lab);
                jfyp_buf_putc(&b, '\n');
                jfyp_buf_puts(&b, t);
                if (nx) {
                    jfyp_buf_putc(&b, '\n');
                    jfyp_buf_puts(&b, nx);
                }
                free(nx);
                free(two);
                two = jfyp_buf_finish(&b);
                m = two ? take_marked(S, n, two, 0) : -1;
                if (m > 0 && k == 1) {
                    jfy_node *after = jfyp_rec_next(S->r, next);
                    jfyp_node_free(next);
                    next = after;
                }
            }
            free(two);
            if (m > 0)
                lab[0] = '\0';
        }
        free(t);
        free(u);
        if (m < 0)
            return -1;
        if (m == 0)
            break;
        took++;
        jfyp_node_free(n);
    }
    return took;
}

/* Whether t holds five words in a row in lower case: prose, as when
 * the columns of a page are printed side by side on one line; an
 * address's lower-case words are few ("Department of general surgery"). */
static int prose_run(const char *t) {
    int run = 0;
    for (const char *p = t; *p;) {
        while (*p == ' ' || *p == '\n')
            p++;
        if (!*p)
            break;
        run = (*p >= 'a' && *p <= 'z') ? run + 1 : 0;
        if (run >= 5)
            return 1;
        while (*p && *p != ' ' && *p != '\n')
            p++;
    }
    return 0;
}

/* Whether one of t's comma-separated parts ends on a country's name. */
static int names_country(const char *t) {
    for (const char *p = t; *p;) {
        while (*p == ' ' || *p == '\n')
            p++;
        size_t n = strcspn(p, ",;.");
        size_t len = n, skip;
        while (len && (p[len - 1] == ' ' || p[len - 1] == '\n'))
            len--;
        if (len && len < 80 && country_of(p, len, &skip))
            return 1;
        p += n;
        if (*p)
            p++;
    }
    return 0;
}

/* Whether t is sentences of prose rather than an address: long, five
 * lower-case words in a row, and no part of it a country (an abstract
 * that names a laboratory, run on under the byline). */
static int prose_not_address(const char *t) {
    return strlen(t) > 100 && prose_run(t) && !names_country(t);
}

/* "... the term has been" / "Children's Hospital, Orange County, CA,
 * USA" / "2" / ...: the first label read as a page number, its address
 * one line under the prose above; that line, an address with its
 * country, takes plab. 1 taken, 0 not, -1 on OOM. */
static int address_line(const char *h) {
    size_t hl = strlen(h);
    return hl < 200 && is_upper_ascii_or_utf8(h) && jfyp_front_has_institution_word(h) && ends_with_country(h, hl) &&
           !prose_run(h) && !strchr(h, '@');
}

/* (The label before plab lost too, "Children's Hospital, ..., USA" /
 * "University of X, Irvine, USA" / "3": each line over it an address
 * with its country takes the labels before plab in turn, as many as the
 * byline has left; *k says how many lines.) */
static int address_line_over(state *S, const jfy_node *n, const jfyp_lines *l, size_t i, const char *plab,
                             size_t *k) {
    int top = atoi(plab);
    size_t m0 = 0;
    while (m0 < i && m0 < 4 && (int)m0 < top && address_line(l->v[i - 1 - m0].text)) {
        char lb[16];
        snprintf(lb, sizeof lb, "%d", top - (int)m0);
        if (!any_marker(&S->c, lb, strlen(lb)) || has_label(S, lb))
            break;
        m0++;
    }
    if (!m0)
        return 0;
    jfyp_buf b;
    jfyp_buf_init(&b);
    for (size_t j = i - m0; j < i; j++) {
        char lb[16];
        snprintf(lb, sizeof lb, "%d", top - (int)(i - 1 - j));
        if (j > i - m0)
            jfyp_buf_putc(&b, '\n');
        jfyp_buf_puts(&b, lb);
        jfyp_buf_putc(&b, ' ');
        jfyp_buf_puts(&b, l->v[j].text);
    }
    char *hb = jfyp_buf_finish(&b);
    int m = hb ? take_marked(S, n, hb, 0) : -1;
    free(hb);
    *k = m0;
    return m;
}

/* Lines from..to joined, a line break kept after each that ends on a
 * country with the next opening on a capital: "..., Halle, Germany" /
 * "Kenya Agricultural ... Organisation, ...": an address whose label the
 * column beside it took (-layout) starts there, and take_marked parts
 * them when the byline has a label left. malloc'd; NULL on OOM. */
static char *join_at_countries(const jfyp_lines *l, size_t from, size_t to) {
    jfyp_buf b;
    jfyp_buf_init(&b);
    size_t s = from;
    for (size_t k = from; k <= to; k++) {
        const char *x = l->v[k].text;
        if (k < to && !(ends_with_country(x, strlen(x)) && is_upper_ascii_or_utf8(l->v[k + 1].text)))
            continue;
        char *part = jfyp_lines_join(l, s, k);
        if (!part) {
            jfyp_buf_free(&b);
            return NULL;
        }
        if (s > from)
            jfyp_buf_putc(&b, '\n');
        jfyp_buf_puts(&b, part);
        free(part);
        s = k + 1;
    }
    return jfyp_buf_finish(&b);
}

/* A label alone on an inner line of a block, the lines under it an
 * address (up to a lone symbol, a note or history line): taken as that
 * labelled address and cut from the block. 2 when the block is left
 * empty, 1 when lines were taken, 0 none, -1 on OOM. */
static int take_inner_label(state *S, jfy_node *n) {
    jfyp_lines l;
    if (jfyp_lines_of(n, &l) < 0)
        return -1;
    int rc = 0;
    for (size_t i = 0; i + 1 < l.n && rc == 0; i++) {
        const char *x = l.v[i].text;
        char lab[16];
        /* three printing ASCII bytes among the first fifteen stay in the
         * label (neither the marks nor trimming take them): no label of
         * two bytes, as most lines show at once (bench/instructions) */
        int printing = 0;
        for (size_t k = 0; k < sizeof lab - 1 && x[k] && printing < 3; k++)
            printing += x[k] > ' ' && x[k] < 0x7F;
        if (printing >= 3)
            continue;
        /* the line's first bytes, as snprintf would cut them, without its
         * measuring the whole line */
        size_t lk = strnlen(x, sizeof lab - 1);
        memcpy(lab, x, lk);
        lab[lk] = '\0';
        jfyp_front_unsup(lab);
        jfyp_trim(lab);
        size_t ll = strlen(lab);
        if (!ll || ll > 2 || !label_line(S, lab, ll) || is_corresp_marker(lab, ll) ||
            symbol_len(lab) == ll || has_label(S, lab))
            continue;
        /* (a blank line may part the label from its address) */
        size_t a0 = !*l.v[i + 1].text && i + 2 < l.n ? i + 2 : i + 1;
        const char *y = l.v[a0].text;
        if (!is_upper_ascii_or_utf8(y) || !jfyp_front_has_institution_word(y))
            continue;
        size_t j = a0;
        while (j + 1 < l.n) {
            const char *z = l.v[j + 1].text;
            size_t zl = strlen(z);
            if (label_line(S, z, zl) || symbol_len(z) == zl || correspish_start(z) ||
                jfyp_front_meta_line(z))
                break;
            j++;
        }
        char *a = join_at_countries(&l, a0, j);
        if (a && prose_run(a)) {
            free(a);
            continue;
        }
        /* "African Network," / "Dakar, Senegal" / "10" / ...: the label
         * above the block's first address read as a page number; the
         * lines before the first label are the address of the label
         * before it when the byline has that one left */
        int head = 0;
        size_t h0 = 0;
        if (a && i > 0 && all_digits(lab, ll) && atoi(lab) > 1) {
            char plab[16];
            snprintf(plab, sizeof plab, "%d", atoi(lab) - 1);
            char *h = any_marker(&S->c, plab, strlen(plab)) && !has_label(S, plab)
                          ? jfyp_lines_join(&l, 0, i - 1)
                          : NULL;
            /* (not a run of addresses, their labels glued on: "...,
             * Norway. 2Centre ...", its own first label lost) */
            if (h && opens_glued_address(S, h, h + strlen(h))) {
                ;
            } else if (h && strlen(h) < 300 && ends_with_country(h, strlen(h)) &&
                i <= 3 && addressish(h) && !prose_run(h) && !strchr(h, '@')) {
                char *hb = jfyp_printf("%s\n%s", plab, h);
                head = hb ? take_marked(S, n, hb, 0) : -1;
                free(hb);
            } else if (h && i > 1 && any_marker(&S->c, plab, strlen(plab)) && !has_label(S, plab) &&
                       (head = address_line_over(S, n, &l, i, plab, &h0)) > 0) {
                /* only the address lines right above: the prose the
                 * column broke off is above them */
                h0 = i - h0;
            }
            free(h);
        }
        size_t bl = a && head >= 0 ? strlen(a) + ll + 2 : 0;
        char *b = bl ? malloc(bl) : NULL;
        if (b)
            snprintf(b, bl, "%s\n%s", lab, a);
        int m = b ? take_marked(S, n, b, 0) : -1;
        free(a);
        free(b);
        if (m < 0)
            rc = -1;
        else if (m > 0)
            rc = jfyp_lines_remove(n, &l, head > 0 ? h0 : i, j) ? 2 : 1;
        else if (head > 0)
            rc = jfyp_lines_remove(n, &l, h0, i - 1) ? 2 : 1;
        if (m != 0 || head > 0)
            break;
    }
    jfyp_lines_free(&l);
    return rc;
}

/* Correspondence notes the front-matter pass did not reach: printed at
 * the foot of the first page under the abstract, or in a side column
 * after other notes. Read from the byline on, up to the references:
 * a block opening with an e-mail label or a correspondence label, a
 * block right under a correspondence label left alone, an address with
 * its labelled e-mail, the starred author's name over an e-mail, and the
 * byline printed again over the shared address. -1 on OOM. */
/* "Universidade X, Programa Y. Street, City, Brasil. Correspondência
 * para/Correspondence to: A. ROE. E-mail: <x@y>": a footnote holding an
 * address and the correspondence note after it, its label lost (the page
 * numbers' reader took a "1" alone for one). The address takes the first
 * label the byline carries and no address has. 1 taken, 0 not, -1 on
 * OOM. */
static int take_address_then_note(state *S, jfy_node *n, const char *t) {
    const char *q = NULL;
    for (const char *p = strstr(t, ". "); p && !q; p = strstr(p + 1, ". "))
        if (correspish_start(p + 2) && is_upper_ascii_or_utf8(p + 2))
            q = p;
    char miss[1][16];
    if (!q || q - t > 400 || !missing_labels(S, NULL, 0, miss, 1, 0))
        return 0;
    /* the block above must not break off mid-address ("..., CSIR-Human
     * Resource Development" / "Centre Campus, ..."): it ends a sentence,
     * or with the label a reader took for a page number */
    const jfy_node *pv = n->prev;
    if (pv && pv->type == JFY_N_PARAGRAPH) {
        char *pt = jfyp_front_text(pv, 0);
        if (!pt)
            return -1;
        size_t pl = strlen(pt);
        int mid = pl && pt[pl - 1] != '.' && !(pt[pl - 1] >= '0' && pt[pl - 1] <= '9');
        free(pt);
        if (mid)
            return 0;
    }
    size_t al = (size_t)(q - t);
    if (memchr(t, '@', al) || !ends_with_country(t, al))
        return 0;
    char *addr = jfyp_strndup(t, al);
    if (!addr)
        return -1;
    int inst = jfyp_front_has_institution_word(addr);
    char *joined = inst ? jfyp_printf("%s\n%s", miss[0], addr) : NULL;
    free(addr);
    if (!inst)
        return 0;
    if (!joined)
        return -1;
    int m = take_marked(S, n, joined, 0);
    free(joined);
    if (m <= 0)
        return m;
    /* the note ends with the line holding its last e-mail: what the block
     * ran on after it (the next label and address) stays */
    jfyp_lines l;
    if (jfyp_lines_of(n, &l) < 0)
        return -1;
    size_t last = last_email_line(&l);
    int rc = last + 1 < l.n && !jfyp_lines_split(n, &l, last + 1) ? -1 : 1;
    jfyp_lines_free(&l);
    char *now = rc > 0 ? jfyp_front_text(n, 0) : NULL;
    size_t off = (size_t)(q - t) + 2;
    if (!now || strlen(now) < off || add_corresp(S, now + off, n) < 0)
        rc = -1;
    free(now);
    return rc;
}

/* The first line of an author's biography: it opens with the name. */
static int bio_opens(const state *S, const char *first) {
    return names_author(S, first) && is_upper_ascii_or_utf8(first) && strlen(first) > 20;
}

/* "*Correspondence:" over a block of an author's biography with the
 * e-mail alone on the line after it ("Jane Roe received her Ph.D. ..." /
 * ... / "jroe@x.org;"), maybe with the page's next blocks run on under
 * it: that line's index, else 0. named: the biography began in a block
 * above. */
static size_t bio_email_line(const state *S, const jfyp_lines *l, int named) {
    size_t k = 0;
    while (k < l->n && !strchr(l->v[k].text, '@'))
        k++;
    if (k == l->n || k < (named ? 1u : 2u))
        return 0;
    const char *x = l->v[k].text;
    if (!emails_only(x, strlen(x)))
        return 0;
    if (!named && !bio_opens(S, l->v[0].text))
        return 0;
    return k;
}

/* A block of the journal's own facts ("© Medicina Oral S. L. - eISSN:
 * 1989-5488 eMail: x@y Indexed in: ..."): its e-mail is the journal's
 * office, no corresponding author's. */
static int journal_facts(const char *t) {
    const char *s = strstr(t, "ISSN");
    return (s && (s == t || s[-1] == ' ' || s[-1] == 'e' || s[-1] == 'p' || s[-1] == '-')) ||
           jfyp_stristr(t, "indexed in") != NULL;
}

/* names_and_emails over a block's lines up to its last e-mail: "Jane Roe"
 * / "jroe@x.org" with what the page ran on under it ("Full list of author
 * information is available ...") left out. 1 yes, 0 no, -1 out of memory. */
static int names_and_emails_head(const state *S, jfy_node *n) {
    jfyp_lines l;
    if (jfyp_lines_of(n, &l) < 0)
        return -1;
    size_t k = last_email_line(&l);
    int yes = 0;
    if (k < l.n) {
        char *head = jfyp_lines_join(&l, 0, k);
        if (!head) {
            jfyp_lines_free(&l);
            return -1;
        }
        yes = names_and_emails(S, head);
        free(head);
    }
    jfyp_lines_free(&l);
    return yes;
}

/* A list item "* Jane Roe" naming an author, and the block q under it
 * only her e-mail: the corresponding author's note, read as one. 1 when
 * taken (the caller frees both blocks), 0, -1 on OOM. */
static int starred_then_email(state *S, jfy_node *n, jfy_node *q) {
    char *a = jfyp_front_text(n, 1), *b = a ? jfyp_front_text(q, 1) : NULL;
    char *j = b ? jfyp_printf("%s\n%s", a, b) : NULL;
    char lab[16];
    int rc = !j ? -1 : 0;
    if (j && !strchr(a, '\n') && !strchr(b, '\n') && !strchr(b, ' ') && strchr(b, '@') &&
        starred_author_note(S, j, lab, sizeof lab)) {
        char *note = jfyp_printf("%s %s", a + 2, b);
        rc = note && add_corresp(S, note, n) == 0 ? 1 : -1;
        free(note);
    }
    free(a);
    free(b);
    free(j);
    return rc;
}

/* ---- lettered notes naming their authors (Chemistry Europe) ---- */

/* "[a] K. Roe, Dr. J. M. Doe": a bracketed letter, then names of authors
 * of the byline (initials and surnames, titles before them), every one
 * of them; the length of "[a] " and the letter in lab, or 0. */
static size_t bracket_names(const state *S, const char *t, char *lab, size_t labsz) {
    if (t[0] != '[' || !(t[1] >= 'a' && t[1] <= 'z') || t[2] != ']' || t[3] != ' ' || labsz < 2)
        return 0;
    const char *r = t + 4;
    size_t rl = strlen(r);
    if (rl < 4 || rl > 200 || strchr(r, '@') || !is_upper_ascii_or_utf8(r))
        return 0;
    /* each item a short name the byline has: "Dr. N. J. Farrer" */
    char item[80];
    for (const char *p = r; *p;) {
        size_t k = 0;
        while (p[k] && p[k] != ',' && strncmp(p + k, " and ", 5) != 0)
            k++;
        const char *q = p;
        size_t ql = k;
        while (ql && *q == ' ')
            q++, ql--;
        while (ql && q[ql - 1] == ' ')
            ql--;
        if (ql) {
            if (ql >= sizeof item)
                return 0;
            memcpy(item, q, ql);
            item[ql] = '\0';
            if (strpbrk(item, "0123456789"))
                return 0;
            if (word_count(item) > 6 || !names_author(S, item) || jfyp_front_has_institution_word(item))
                return 0;
        }
        p += k;
        p += *p == ',' ? 1 : *p ? 5 : 0;
    }
    lab[0] = t[1];
    lab[1] = '\0';
    return 4;
}

/* Whether a line under an address is one of its notes: "E-mail: x@y", a
 * home page. */
static int address_note_line(const char *t) {
    return email_label_start(t) || strchr(t, '@') || strncmp(t, "http", 4) == 0 || strncmp(t, "www.", 4) == 0 ||
           jfyp_after_label(t, "homepage") || jfyp_after_label(t, "orcid");
}

/* The authors named on a bracketed line get its label as a marker, for the
 * linking (the byline's bracketed letters may be lost). -1 on OOM. */
static int mark_named(state *S, const char *names, const char *lab) {
    for (size_t j = 0; j < S->c.n; j++) {
        const jfy_node *nm = jfyp_node_child(S->c.v[j], JFY_N_NAME);
        const char *sur = nm ? jfyp_node_attr(nm, "surname") : NULL;
        size_t sl = sur ? strlen(sur) : 0;
        if (sl < 2 || marker_in(S->c.markers[j], lab, strlen(lab)))
            continue;
        int hit = 0;
        for (const char *p = strstr(names, sur); p && !hit; p = strstr(p + 1, sur)) {
            unsigned char b = p > names ? (unsigned char)p[-1] : ' ', a = (unsigned char)p[sl];
            hit = (b == ' ' || b == '.') && (a == '\0' || a == ',' || a == ' ');
        }
        if (!hit)
            continue;
        const char *old = S->c.markers[j];
        char *m = old && *old ? jfyp_printf("%s,%s", old, lab) : jfyp_strdup(lab);
        int rc = m ? jfyp_node_set_attr(S->c.v[j], "markers", m) : -1;
        free(m);
        if (rc < 0)
            return -1;
        S->c.markers[j] = jfyp_node_attr(S->c.v[j], "markers");
    }
    return 0;
}

/* Chemistry Europe's first-page notes: "[a] K. Roe, Dr. J. Doe" /
 * "Department of X, University Y," / "Street, City, Country" / "E-mail:
 * x@y" / "[b] ...": each letter over the authors it names and their
 * address. The addresses are read with the letter as label, the authors
 * named marked with it; the names' and addresses' lines leave their block
 * (the e-mail lines stay for the correspondence readers). Looked for in
 * the first blocks, in one block or over several (pdfminer parts each
 * names' line from its address). 1 when read, 0 not, -1 on OOM. */
#define MAX_BRACKET 12
static int take_bracket_names(state *S) {
    jfy_node *n = jfyp_rec_first(S->r);
    for (int seen = 0; n && seen < 120; n = jfyp_rec_next(S->r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        /* cheap test first: a line opening on "[" */
        char *t = jfyp_front_text(n, 1);
        if (!t)
            return -1;
        int maybe = t[0] == '[' || strstr(t, "\n[") != NULL;
        free(t);
        if (!maybe)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        char lab[8];
        size_t i = 0;
        while (i < l.n && !(bracket_names(S, l.v[i].text, lab, sizeof lab) && lab[0] == 'a'))
            i++;
        int hit = i < l.n;
        jfyp_lines_free(&l);
        if (hit)
            break;
    }
    if (!n)
        return 0;
    /* the run: names' line, address lines up to one ending on a country,
     * note lines, the next names' line; over the blocks that go on */
    jfy_node *blk[MAX_BRACKET];
    size_t from[MAX_BRACKET], to[MAX_BRACKET], nb = 0;
    char labs[MAX_BRACKET][8];
    char *names[MAX_BRACKET] = {0};
    jfyp_buf addr[MAX_BRACKET];
    size_t ns = 0;
    int rc = 0, open = 0, ended = 0;
    for (jfy_node *k = n; k && !ended && nb < MAX_BRACKET && rc == 0; k = jfyp_rec_next(S->r, k)) {
        if (k->type != JFY_N_PARAGRAPH)
            break;
        jfyp_lines l;
        if (jfyp_lines_of(k, &l) < 0) {
            rc = -1;
            break;
        }
        size_t i = 0, first = l.n, last = 0;
        if (k == n)
            while (i < l.n && !(bracket_names(S, l.v[i].text, labs[0], sizeof labs[0]) && labs[0][0] == 'a'))
                i++;
        for (; i < l.n && !ended; i++) {
            const char *x = l.v[i].text;
            char lb[8];
            size_t bl = ns < MAX_BRACKET ? bracket_names(S, x, lb, sizeof lb) : 0;
            if (bl) {
                names[ns] = jfyp_strdup(x + bl);
                if (!names[ns]) {
                    rc = -1;
                    break;
                }
                memcpy(labs[ns], lb, sizeof lb);
                jfyp_buf_init(&addr[ns]);
                ns++;
                open = 1;
            } else if (ns && open && strlen(x) < 200 && !address_note_line(x) &&
                       addr[ns - 1].len + strlen(x) < 400 && !jfyp_front_meta_line(x)) {
                if (addr[ns - 1].len)
                    jfyp_buf_putc(&addr[ns - 1], ' ');
                jfyp_buf_puts(&addr[ns - 1], x);
                /* the address ends on its country */
                open = !ends_with_country(x, strlen(x));
            } else if (ns && address_note_line(x)) {
                open = 0;
                continue; /* stays where it is */
            } else {
                ended = 1;
                break;
            }
            if (first == l.n)
                first = i;
            last = i;
        }
        if (first < l.n) {
            blk[nb] = k;
            from[nb] = first;
            to[nb++] = last;
        }
        jfyp_lines_free(&l);
    }
    /* read only a whole run: every names' line has its address */
    char *at[MAX_BRACKET] = {0};
    int good = rc == 0 && ns > 0;
    for (size_t s = 0; s < ns; s++) {
        at[s] = jfyp_buf_finish(&addr[s]);
        if (!at[s])
            rc = -1;
        good = good && at[s] && addressish(at[s]);
    }
    for (size_t s = 0; s < ns && good && rc == 0; s++)
        if (mark_named(S, names[s], labs[s]) < 0 || add_aff(S, labs[s], at[s], blk[0]) < 0)
            rc = -1;
    for (size_t s = 0; s < ns; s++) {
        free(at[s]);
        free(names[s]);
    }
    if (!good || rc < 0)
        return rc < 0 ? -1 : 0;
    S->marked = 1;
    /* the lines read leave their blocks, the last first; the notes
     * between them stay */
    for (size_t b = nb; b-- > 0;) {
        for (size_t i = to[b] + 1; i-- > from[b];) {
            jfyp_lines l;
            if (jfyp_lines_of(blk[b], &l) < 0)
                return -1;
            int skip = i >= l.n || address_note_line(l.v[i].text);
            int gone = skip ? 0 : jfyp_lines_remove(blk[b], &l, i, i);
            jfyp_lines_free(&l);
            if (gone) {
                jfyp_node_free(blk[b]);
                break;
            }
        }
    }
    return 1;
}

/* A note read as a list's one item ("* Correspondence: x@y" / "y@z" /
 * "1Department of X, ..."): the lines under its last e-mail that open on
 * a label the byline carries are read as the marked addresses they are,
 * and leave the note. 1 when read, 0 when not, -1 on OOM. */
static int list_note_rest(state *S, jfy_node *list, int in_zone) {
    jfy_node *it = list->first;
    if (!it || it != list->last || it->type != JFY_N_ITEM || !it->first || it->first->type != JFY_N_PARAGRAPH)
        return 0;
    jfy_node *p = it->first;
    jfyp_lines l;
    if (jfyp_lines_of(p, &l) < 0)
        return -1;
    size_t k = last_email_line(&l);
    /* an address broken at the line end goes on */
    while (k + 1 < l.n && (*l.v[k + 1].text == '@' || jfyp_starts_lower(l.v[k + 1].text)))
        k++;
    char lab[16];
    int rc = 0;
    if (k + 1 < l.n && correspish_start(l.v[0].text) && aff_label(l.v[k + 1].text, &S->c, lab, sizeof lab) &&
        !is_corresp_marker(lab, strlen(lab)) && addressish(l.v[k + 1].text)) {
        jfyp_buf b;
        jfyp_buf_init(&b);
        for (size_t j = k + 1; j < l.n; j++) {
            if (j > k + 1)
                jfyp_buf_putc(&b, '\n');
            jfyp_buf_puts(&b, l.v[j].text);
        }
        char *rest = jfyp_buf_finish(&b);
        int m = rest ? take_marked(S, list, rest, in_zone) : -1;
        free(rest);
        if (m < 0)
            rc = -1;
        else if (m > 0) {
            jfyp_lines_remove(p, &l, k + 1, l.n - 1);
            rc = 1;
        }
    }
    jfyp_lines_free(&l);
    return rc;
}

static int take_late_notes(state *S, int from) {
    jfy_node *opener = NULL, *between = NULL;
    /* the opener over a biography the page broke into blocks, and how
     * many more blocks it may go on over */
    jfy_node *bio = NULL;
    int bio_left = 0;
    int rc = 0;
    for (jfy_node *n = jfyp_rec_first(S->r), *next; n && rc == 0; n = next) {
        next = jfyp_rec_next(S->r, n);
        /* above the byline (a side column printed first) only a note
         * that names itself */
        int above = n->line && n->line <= from;
        if (n->type != JFY_N_PARAGRAPH && n->type != JFY_N_LIST && n->type != JFY_N_HEADING) {
            opener = between = bio = NULL;
            continue;
        }
        char *t = jfyp_front_text(n, 0);
        if (!t)
            return -1;
        size_t len = strlen(t);
        if (above && !(n->type == JFY_N_PARAGRAPH && strchr(t, '@') && correspish_start(t) &&
                       jfyp_stristr(t, "correspond"))) {
            free(t);
            continue;
        }
        if (len < 40 && jfyp_section_kind(t) == JFYP_SEC_REFS) {
            free(t);
            break;
        }
        if (strchr(t, '@') && journal_facts(t)) {
            opener = between = bio = NULL;
            free(t);
            continue;
        }
        if (bare_opener(t)) {
            opener = n;
            between = NULL;
            free(t);
            continue;
        }
        /* "... prose line\n1" / "Department of X, ...": the label of the
         * first address left at the end of the block above it */
        if (n->type == JFY_N_PARAGRAPH && next && next->type == JFY_N_PARAGRAPH &&
            (S->naff == 0 || S->marked)) {
            jfyp_lines l;
            if (jfyp_lines_of(n, &l) < 0) {
                free(t);
                return -1;
            }
            char lab[16] = "";
            if (l.n > 1) {
                const char *x = l.v[l.n - 1].text;
                size_t xl = strlen(x);
                while (xl && (x[xl - 1] == ' ' || x[xl - 1] == JFYP_SUP))
                    xl--;
                /* (the first letter too: "...attached to" / "a"; a later
                 * one closes the block of the address before it) */
                if (xl && xl <= 2 && (all_digits(x, xl) || (xl == 1 && x[0] == 'a')) &&
                    label_line(S, x, xl) && !has_label(S, x))
                    snprintf(lab, sizeof lab, "%.*s", (int)xl, x);
            }
            int k = *lab ? take_label_pairs(S, next, lab, sizeof lab) : 0;
            if (k > 0 && jfyp_lines_remove(n, &l, l.n - 1, l.n - 1))
                k = 2;
            jfyp_lines_free(&l);
            if (k < 0) {
                free(t);
                return -1;
            }
            if (k > 0) {
                free(t);
                next = jfyp_rec_next(S->r, n);
                if (k == 2)
                    jfyp_node_free(n);
                continue;
            }
        }
        /* notes at the page's foot run into one block: "... no conflicts
         * of interest." / "a" / "Department of X, b Department of Y, ...":
         * a label alone on a line with its addresses under it */
        if (n->type == JFY_N_LIST && !above && (S->naff == 0 || S->marked)) {
            /* a numbered heading ("1. Introduction") made the prose and
             * the notes under it a list item */
            int k = 0;
            for (jfy_node *it = n->first; it && k == 0; it = it->next)
                for (jfy_node *pa = it->first, *pn; pa && k == 0; pa = pn) {
                    pn = pa->next;
                    if (pa->type == JFY_N_PARAGRAPH && (k = take_inner_label(S, pa)) == 2)
                        jfyp_node_free(pa);
                }
            if (k < 0) {
                free(t);
                return -1;
            }
        }
        /* "* Jane Roe, jroe@host.org | 1Department of X, ..., UK.
         * 2School of Y, ..., UK.": the corresponding author's line at the
         * first page's foot runs the numbered addresses on after a bar
         * (its star made it a list item) */
        const char *bar = !above && S->naff == 0 && len < 2000 ? strstr(t, " | ") : NULL;
        char blab[16];
        if (bar && memchr(t, '@', (size_t)(bar - t)) && aff_label(bar + 3, &S->c, blab, sizeof blab) &&
            any_marker(&S->c, blab, strlen(blab))) {
            size_t had = S->naff;
            int k = take_marked(S, n, bar + 3, 1);
            if (k > 0 && S->naff > had) {
                char *who = jfyp_strndup(t, (size_t)(bar - t));
                k = who && add_corresp(S, who, n) >= 0 ? 1 : -1;
                free(who);
                if (k > 0)
                    jfyp_node_free(n);
            }
            if (k != 0) {
                free(t);
                if (k < 0)
                    return -1;
                continue;
            }
        }
        if (n->type == JFY_N_PARAGRAPH && !above && (S->naff == 0 || S->marked) && len < 20000) {
            int k = take_inner_label(S, n);
            /* "14" / "Department ..." / "15" / "Department ...": a column
             * of the list, each label alone over its address */
            for (int more = 0; k == 1 && more < MAX_AFFS; more++) {
                int k2 = take_inner_label(S, n);
                if (k2 == 0)
                    break;
                k = k2;
            }
            if (k < 0) {
                free(t);
                return -1;
            }
            if (k == 2) {
                free(t);
                jfyp_node_free(n);
                continue;
            }
            if (k == 1) {
                free(t);
                if (!(t = jfyp_front_text(n, 0)))
                    return -1;
                len = strlen(t);
            }
        }
        /* "1" alone in its block, then "Department of X, ...": the label
         * printed apart above the first address at the page's foot */
        if (n->type == JFY_N_PARAGRAPH && next && next->type == JFY_N_PARAGRAPH && len <= 4 &&
            (S->naff == 0 || S->marked)) {
            char lab[16];
            snprintf(lab, sizeof lab, "%s", t);
            jfyp_front_unsup(lab);
            jfyp_trim(lab);
            size_t ll = strlen(lab);
            int k = 0;
            if (ll && ll <= 2 && all_digits(lab, ll) && label_line(S, lab, ll) && !has_label(S, lab))
                k = take_label_pairs(S, next, lab, sizeof lab);
            if (k < 0) {
                free(t);
                return -1;
            }
            if (k > 0) {
                free(t);
                next = jfyp_rec_next(S->r, n);
                jfyp_node_free(n);
                continue;
            }
        }
        if (n->type == JFY_N_PARAGRAPH && !above && (S->naff == 0 || S->marked) && len < 800 &&
            strchr(t, '@')) {
            int k = take_address_then_note(S, n, t);
            if (k < 0) {
                free(t);
                return -1;
            }
            if (k > 0) {
                free(t);
                next = jfyp_rec_next(S->r, n);
                jfyp_node_free(n);
                continue;
            }
        }
        jfy_node *was = opener, *mid = between;
        opener = between = NULL;
        jfy_node *was_bio = bio_left-- > 0 ? bio : NULL;
        bio = NULL;
        if (!strchr(t, '@') && n->type == JFY_N_PARAGRAPH && len < 1500 &&
            (was_bio || (was && !mid))) {
            char *first = was_bio ? NULL : jfyp_front_text(n, 1);
            if (!was_bio && !first) {
                free(t);
                return -1;
            }
            if (first)
                first[strcspn(first, "\n")] = '\0';
            if (was_bio || bio_opens(S, first)) {
                bio = was_bio ? was_bio : was;
                bio_left = was_bio ? bio_left : 6;
            }
            free(first);
        }
        /* "* Jane Roe" / "jroe@inst.edu": the starred name and its
         * e-mail each a block of their own (MuPDF) */
        if (n->type == JFY_N_LIST && !above && len < 80 && next && next->type == JFY_N_PARAGRAPH &&
            next->line <= n->end_line + 2 && !S->corresp) {
            int k = starred_then_email(S, n, next);
            if (k < 0) {
                free(t);
                return -1;
            }
            if (k > 0) {
                free(t);
                next = jfyp_rec_next(S->r, next);
                jfyp_node_free(jfyp_rec_next(S->r, n));
                jfyp_node_free(n);
                continue;
            }
        }
        if (!strchr(t, '@') || n->type == JFY_N_HEADING) {
            /* the name and address under the label, the e-mail in the
             * block after them */
            if (was && !mid && n->type == JFY_N_PARAGRAPH && len < 300 &&
                !jfyp_front_meta_line(t)) {
                opener = was;
                between = n;
            }
            free(t);
            continue;
        }
        char *lines = jfyp_front_text(n, 1);
        if (!lines) {
            free(t);
            return -1;
        }
        char lab[16];
        int take = 0;
        jfyp_lines l = {0};
        size_t addr = 0, mail = 0;
        int above_names = 0, head_people = 0;
        if (!was && n->type == JFY_N_PARAGRAPH && len < 600 && S->naff == 0 &&
            jfyp_front_has_institution_word(t) && (above_names = names_blocks_above(S, n)) >= 0) {
            /* "A. Roe  B. Doe" / "Department of X, City, Country" /
             * "e-mail: x@y": the authors' address under their names, in
             * its block or in the blocks above */
            if (jfyp_lines_of(n, &l) < 0)
                rc = -1;
            else if (byline_note(S, &l, &addr, &mail, above_names > 0))
                take = 4;
            else {
                jfyp_lines_free(&l);
                memset(&l, 0, sizeof l);
            }
        }
        if (above_names < 0)
            rc = -1;
        if (!take && rc == 0 && ((was && !mid && len >= 400) || was_bio) &&
            n->type == JFY_N_PARAGRAPH && len < 1500) {
            /* the e-mail under an author's biography */
            if (jfyp_lines_of(n, &l) < 0) {
                rc = -1;
            } else if ((mail = bio_email_line(S, &l, was_bio != NULL)) != 0) {
                take = 7;
                if (was_bio)
                    was = was_bio;
            } else {
                jfyp_lines_free(&l);
                memset(&l, 0, sizeof l);
            }
        }
        if (take || rc < 0)
            ;
        else if (was && len < 400)
            take = 2;
        else if ((email_label_start(t) && len < 300) || (correspish_start(t) && len < 600) ||
                 names_and_emails(S, t))
            take = 1;
        else if (n->type == JFY_N_PARAGRAPH && len < 600 &&
                 (head_people = names_and_emails_head(S, n)) != 0) {
            /* a second corresponding author's name and e-mail, the
             * page's run-on lines under them cut off below */
            if (head_people < 0)
                rc = -1;
            else
                take = 1;
        } else if (n->type == JFY_N_PARAGRAPH && len < 400 && labelled_email_inside(t) &&
                 jfyp_front_has_institution_word(t) && !jfyp_front_stop(n, t, 0))
            take = 1;
        else if (starred_author_note(S, lines, lab, sizeof lab))
            take = 3;
        else if (n->type == JFY_N_LIST && len < 300 && strncmp(lines, "* ", 2) == 0) {
            /* "* Street, City, Country." / "E-mail address: x@y": the
             * starred note of the corresponding author */
            for (const char *q = strchr(lines, '\n'); q && !take; q = strchr(q + 1, '\n'))
                take = email_label_start(q + 1) ? 1 : 0;
        } else if (n->type == JFY_N_PARAGRAPH && len < 1200) {
            if (jfyp_lines_of(n, &l) < 0)
                rc = -1;
            else if (len < 600 && byline_note(S, &l, &addr, &mail, 0))
                take = 4;
            else if (correspish_start(t)) {
                /* the note, then other notes run on: up to its last
                 * e-mail */
                size_t k = l.n, chars = 0;
                for (size_t j = 0; j < l.n && chars < 600; j++) {
                    chars += strlen(l.v[j].text) + 1;
                    if (strchr(l.v[j].text, '@') && chars < 600)
                        k = j;
                }
                if (k + 1 < l.n) {
                    addr = k + 1;
                    take = 6;
                }
            }
            else
                for (size_t i = 1; i < l.n && !take; i++) {
                    const char *x = l.v[i].text;
                    if (!correspish_start(x) && !email_label_start(x))
                        continue;
                    /* the note from that line on, under other notes or
                     * prose the block ran it into */
                    size_t rest = 0, at = 0;
                    for (size_t j = i; j < l.n; j++) {
                        rest += strlen(l.v[j].text) + 1;
                        at |= strchr(l.v[j].text, '@') != NULL;
                    }
                    if (at && rest < 500) {
                        addr = i;
                        take = 5;
                    }
                }
        }
        if ((take == 1 || take == 2) && n->type == JFY_N_PARAGRAPH && rc == 0) {
            /* what the page ran on after the note's last e-mail (a
             * licence, the history lines) stays for its readers */
            jfyp_lines_free(&l);
            memset(&l, 0, sizeof l);
            if (jfyp_lines_of(n, &l) < 0) {
                rc = -1;
            } else {
                size_t k = last_email_line(&l);
                /* an address broken at the line end goes on */
                while (k + 1 < l.n && (*l.v[k + 1].text == '@' || jfyp_starts_lower(l.v[k + 1].text)))
                    k++;
                if (k + 1 < l.n) {
                    char *head = jfyp_lines_join(&l, 0, k);
                    if (!head || !jfyp_lines_split(n, &l, k + 1)) {
                        rc = -1;
                        free(head);
                    } else {
                        free(t);
                        t = head;
                        len = strlen(t);
                        next = jfyp_rec_next(S->r, n);
                    }
                }
            }
        }
        if (rc < 0) {
            take = 0;
        } else if (take == 2) {
            char *o = jfyp_front_text(was, 0);
            char *m = mid ? jfyp_front_text(mid, 0) : jfyp_strdup("");
            size_t bl = o && m ? strlen(o) + strlen(m) + len + 3 : 0;
            char *j = bl ? malloc(bl) : NULL;
            if (j)
                snprintf(j, bl, "%s %s%s%s", o, m, *m ? " " : "", t);
            if (!j || add_corresp(S, j, n) < 0)
                rc = -1;
            free(o);
            free(m);
            free(j);
            jfyp_node_free(was);
            jfyp_node_free(mid);
        } else if (take == 1) {
            if (add_corresp(S, t, n) < 0)
                rc = -1;
        } else if (take == 3) {
            char *x = jfyp_strdup(lines + 2);
            char *nl = x ? strchr(x, '\n') : NULL;
            if (nl) {
                *nl = ' ';
                char *nl2 = strchr(nl, '\n');
                if (nl2)
                    *nl2 = '\0';
            }
            if (!x || add_corresp(S, x, n) < 0)
                rc = -1;
            free(x);
            if (rc == 0 && take_label_pairs(S, next, lab, sizeof lab) < 0)
                rc = -1;
            next = jfyp_rec_next(S->r, n);
        } else if (take == 7) {
            /* the note is the opener and the e-mail; the blocks stay as
             * they are, the biography and what the page ran on after the
             * e-mail for the readers after this one */
            char *o = jfyp_front_text(was, 0);
            char *m = jfyp_lines_join(&l, mail, mail);
            char *j = o && m ? jfyp_printf("%s %s", o, m) : NULL;
            if (!j || add_corresp(S, j, n) < 0)
                rc = -1;
            free(o);
            free(m);
            free(j);
            take = 0;
        } else if (take == 6) {
            char *x = jfyp_lines_join(&l, 0, addr - 1);
            if (!x || !jfyp_lines_split(n, &l, addr) || add_corresp(S, x, n) < 0)
                rc = -1;
            free(x);
            next = jfyp_rec_next(S->r, n);
        } else if (take == 5) {
            char *x = jfyp_lines_join(&l, addr, l.n - 1);
            jfy_node *tail = x ? jfyp_lines_split(n, &l, addr) : NULL;
            if (!tail || add_corresp(S, x, n) < 0)
                rc = -1;
            free(x);
            if (tail)
                jfyp_node_free(tail);
            take = 0; /* the block above the note stays */
            next = jfyp_rec_next(S->r, n);
        } else if (take == 4) {
            char *a = jfyp_lines_join(&l, addr, mail - 1);
            char *m = a ? jfyp_lines_join(&l, mail, mail) : NULL;
            if (!m)
                rc = -1;
            if (rc == 0 && S->naff == 0 && addressish(a) && add_aff(S, NULL, a, n) < 0)
                rc = -1;
            if (rc == 0 && add_corresp(S, m, n) < 0)
                rc = -1;
            free(a);
            free(m);
            /* the names over it repeat the byline */
            for (int k = 0; k < above_names && rc == 0 && n->prev; k++)
                jfyp_node_free(n->prev);
        }
        jfyp_lines_free(&l);
        free(lines);
        free(t);
        if (take && rc == 0)
            jfyp_node_free(n);
    }
    return rc;
}

/* The one address and its note printed at the page's foot, run into the
 * block of prose above them: "... prose and" / "Laboratory X, University
 * Y, Road," / "City, 110042, Country. Correspondence and requests ...
 * (email: x@y)". Read after the abstract, which lies above it. */
static int take_foot_address(state *S, int from) {
    int rc = 0;
    for (jfy_node *n = jfyp_rec_first(S->r), *next; n && rc == 0 && S->naff == 0; n = next) {
        next = jfyp_rec_next(S->r, n);
        if (n->type != JFY_N_PARAGRAPH || (n->line && n->line <= from))
            continue;
        char *t = jfyp_front_text(n, 0);
        if (!t)
            return -1;
        int hit = strlen(t) < 20000 && strchr(t, '@') && strstr(t, ". ");
        free(t);
        if (!hit)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        /* the line the note opens on, and the one its e-mail ends: the
         * last lines of the block, or the page's foot run into a
         * paragraph that goes on under it */
        size_t k = l.n, e = l.n;
        for (size_t j = 0; j < l.n && k == l.n && rc == 0; j++) {
            if (!strstr(l.v[j].text, ". "))
                continue;
            size_t m = j;
            while (m < l.n && m < j + 3 && !strchr(l.v[m].text, '@'))
                m++;
            if (m == l.n || !strchr(l.v[m].text, '@'))
                continue;
            char *tail = jfyp_lines_join(&l, j, m);
            const char *q = tail ? note_after_address(tail) : NULL;
            if (!tail)
                rc = -1;
            else if (q && (size_t)(q - tail) < strlen(l.v[j].text))
                k = j, e = m;
            free(tail);
            /* an e-mail broken at its '@' ("x@" / "gmail.com)") ends on a
             * word alone */
            while (k == j && e + 1 < l.n && !strchr(l.v[e + 1].text, ' '))
                e++;
        }
        size_t s = k < l.n ? address_lines_before(&l, k) : l.n;
        char *a = s < l.n ? jfyp_lines_join(&l, s, e) : NULL;
        char *cut = a ? (char *)note_after_address(a) : NULL;
        if (s < l.n && !a)
            rc = -1;
        if (cut) {
            *cut = '\0';
            if (!addressish(a)) {
                cut = NULL;
            } else if (add_aff(S, NULL, a, n) < 0 || add_corresp(S, cut + 2, n) < 0) {
                rc = -1;
            } else if (e + 1 < l.n) {
                /* the prose under the foot goes on */
                if (jfyp_lines_remove(n, &l, s, e) == 1)
                    jfyp_node_free(n);
                next = NULL;
            } else if (s > 0) {
                /* the prose above the address stays */
                jfy_node *tail = jfyp_lines_split(n, &l, s);
                if (!tail)
                    rc = -1;
                jfyp_node_free(tail);
                next = jfyp_rec_next(S->r, n);
            } else {
                jfyp_node_free(n);
            }
        }
        free(a);
        jfyp_lines_free(&l);
    }
    return rc;
}

/* The references' heading: the addresses a page prints are above it.
 * 1 or 0, or -1 on OOM. */
static int refs_heading(const jfy_node *n) {
    if (n->type != JFY_N_HEADING)
        return 0;
    char *h = jfyp_front_text(n, 0);
    if (!h)
        return -1;
    int refs = strlen(h) < 40 && jfyp_section_kind(h) == JFYP_SEC_REFS;
    free(h);
    return refs;
}

/* A byline read without markers (its superscripts lost, or a summary
 * page's copy of it read first), yet a page's foot lists the addresses
 * numbered from 1, one a line or wrapped ("1Institute A, City, China" /
 * "2School B, ..." / "6These authors contributed equally"): the numbered
 * lines that read as addresses, each ending in its country, are the
 * byline's; the notes numbered after them stay. 0, or -1 on OOM. */
static int take_foot_numbered(state *S, int from) {
    int rc = 0;
    for (jfy_node *n = jfyp_rec_first(S->r); n && rc == 0 && S->naff == 0; n = jfyp_rec_next(S->r, n)) {
        if (n->line && n->line <= from)
            continue;
        int refs = refs_heading(n);
        if (refs < 0)
            return -1;
        if (refs)
            break;
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        size_t start[MAX_AFFS + 1], k = 0, end = l.n;
        for (size_t i = 0; i < l.n && k < MAX_AFFS; i++) {
            const char *x = l.v[i].text;
            char want[8];
            int wl = snprintf(want, sizeof want, "%zu", k + 1);
            if (strncmp(x, want, (size_t)wl) == 0 &&
                (is_upper_ascii_or_utf8(x + wl) || (x[wl] == ' ' && is_upper_ascii_or_utf8(x + wl + 1)))) {
                start[k++] = i;
            } else if (i == 0 || (x[0] >= '0' && x[0] <= '9') || symbol_len(x)) {
                end = i;
                break;
            }
        }
        if (k == MAX_AFFS)
            end = start[--k];
        start[k] = end;
        /* the leading run of labelled lines that read as addresses */
        char *texts[MAX_AFFS];
        size_t na = 0;
        for (size_t a = 0; a < k; a++) {
            char *x = jfyp_lines_join(&l, start[a], start[a + 1] - 1);
            if (!x) {
                rc = -1;
                break;
            }
            char lab[8];
            size_t ll = (size_t)snprintf(lab, sizeof lab, "%zu", a + 1);
            memmove(x, x + ll, strlen(x) - ll + 1);
            jfyp_trim(x);
            size_t xl = strlen(x);
            if (!(addressish(x) && jfyp_front_has_institution_word(x) && !strchr(x, '@') && xl < 300 &&
                  ends_with_country(x, xl))) {
                free(x);
                break;
            }
            texts[na++] = x;
        }
        if (rc == 0 && na >= 2) {
            for (size_t a = 0; a < na && rc == 0; a++) {
                char lab[8];
                snprintf(lab, sizeof lab, "%zu", a + 1);
                if (add_aff(S, lab, texts[a], n) < 0)
                    rc = -1;
            }
            /* the notes numbered after the addresses stay */
            if (rc == 0 && jfyp_lines_remove(n, &l, 0, start[na] - 1) == 1) {
                jfyp_lines_free(&l);
                jfyp_node_free(n);
                for (size_t a = 0; a < na; a++)
                    free(texts[a]);
                return 0;
            }
        }
        for (size_t a = 0; a < na; a++)
            free(texts[a]);
        jfyp_lines_free(&l);
        if (na >= 2)
            break;
    }
    return rc;
}

/* ---- the first address's label lost ---- */

/* Whether every word of t reads as an address's: capitalised, a number,
 * or a joining word; a sentence has its verbs and articles in lower case. */
static int address_words(const char *t) {
    static const char *const small[] = {"of", "and", "for", "the", "de", "da", "do", "dos", "das",
                                        "des", "di", "del", "della", "la", "le", "y", "e", "et",
                                        "in", "at", "on", "und", "f\xc3\xbcr", "van", "von", "der",
                                        "du", "&", NULL};
    size_t words = 0;
    /* "Department of neurosurgery, ...": the department's subject set in
     * lower case, once, right after its unit word and "of" */
    int unit_of = 0, subject = 0;
    for (const char *p = t; *p;) {
        while (*p == ' ' || *p == ',' || *p == '(' || *p == '\n')
            p++;
        if (!*p)
            break;
        const char *w = p;
        while (*p && *p != ' ' && *p != '\n')
            p++;
        size_t n = (size_t)(p - w);
        while (n && (w[n - 1] == ',' || w[n - 1] == '.' || w[n - 1] == ';' || w[n - 1] == ')'))
            n--;
        words++;
        int after_unit = unit_of == 2;
        if (unit_of == 1)
            unit_of = n == 2 && strncmp(w, "of", 2) == 0 ? 2 : 0;
        else
            unit_of = (n == 10 && strncmp(w, "Department", 10) == 0) ||
                      (n == 8 && strncmp(w, "Division", 8) == 0);
        if (!n || is_upper_ascii_or_utf8(w) || (*w >= '0' && *w <= '9'))
            continue;
        int ok = 0;
        for (size_t i = 0; small[i] && !ok; i++)
            ok = strlen(small[i]) == n && strncmp(small[i], w, n) == 0;
        if (!ok && after_unit && !subject && w[n] == ',')
            ok = subject = 1;
        if (!ok)
            return 0;
    }
    return words >= 3 && words <= 40;
}

/* "1Department of X, ..." / ... / "..., Korea. *email: x@y" / "building.
 * The model ...": the notes at a page's foot end on an e-mail, and the
 * next page's prose, which goes on in lower case, was joined on to them.
 * After the abstract's reader (an address block past the abstract would
 * hide it), a block under the byline opening with a label a name carries
 * is split after its e-mail line and read as the addresses; the prose
 * stays a paragraph. 0, or -1 on OOM. */
static int take_foot_before_prose(state *S, int from) {
    int rc = 0;
    for (jfy_node *n = jfyp_rec_first(S->r), *next; n && rc == 0; n = next) {
        next = jfyp_rec_next(S->r, n);
        if (n->line && n->line <= from)
            continue;
        int refs = refs_heading(n);
        if (refs)
            return refs < 0 ? -1 : 0;
        const jfy_node *f = n->first;
        char lab[16];
        if (n->type != JFY_N_PARAGRAPH || !f || f->type != JFY_N_TEXT || !f->text ||
            !aff_label(f->text, &S->c, lab, sizeof lab) || has_label(S, lab) ||
            !any_marker(&S->c, lab, strlen(lab)))
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        size_t cut = 0;
        for (size_t k = 0; k + 1 < l.n && k < 16 && !cut; k++)
            if (strchr(l.v[k].text, '@') && jfyp_starts_lower(l.v[k + 1].text) &&
                strchr(l.v[k + 1].text, ' ') && !strchr(l.v[k + 1].text, '@'))
                cut = k + 1;
        jfyp_buf b;
        jfyp_buf_init(&b);
        for (size_t k = 0; k < cut; k++) {
            if (k)
                jfyp_buf_putc(&b, '\n');
            jfyp_buf_puts(&b, l.v[k].text);
        }
        char *head = cut ? jfyp_buf_finish(&b) : NULL;
        if (!cut)
            jfyp_buf_free(&b);
        int m = head ? take_marked(S, n, head, 0) : cut ? -1 : 0;
        free(head);
        if (m < 0)
            rc = -1;
        else if (m > 0 && jfyp_lines_remove(n, &l, 0, cut - 1) == 1)
            jfyp_node_free(n);
        jfyp_lines_free(&l);
    }
    return rc;
}

/* "Sea Mammal Research Unit, ..., University of" / "St Andrews, ...,
 * UK" / "School of X, ..., UK": every label of the addresses lost (MuPDF
 * sets each raised number apart and the page's numbers go with them).
 * Lines i..end of l (of block n) are taken as the addresses the byline's numbers name
 * in turn when each ends on its country line, a few lines each. 1 when
 * taken, 0, -1 on OOM. */
static int lost_labels(state *S, const jfy_node *n, const jfyp_lines *l, size_t i, size_t end) {
    const char *last = l->v[end].text;
    if (end - i > 16 || !ends_with_country(last, strlen(last)))
        return 0;
    size_t breaks = 0, run = 0;
    for (size_t j = i; j < end; j++) {
        const char *y = l->v[j].text;
        run++;
        if (ends_with_country(y, strlen(y)) && is_upper_ascii_or_utf8(l->v[j + 1].text)) {
            breaks++;
            run = 0;
        } else if (run >= 4) {
            return 0;
        }
    }
    if (!breaks)
        return 0;
    jfyp_buf b;
    jfyp_buf_init(&b);
    jfyp_buf_puts(&b, "1");
    for (size_t j = i; j <= end; j++) {
        jfyp_buf_putc(&b, '\n');
        jfyp_buf_puts(&b, l->v[j].text);
    }
    char *t = jfyp_buf_finish(&b);
    if (!t)
        return -1;
    int m = take_marked(S, n, t, 0);
    free(t);
    return m;
}

/* Lines i..end of n, read as addresses, leave it: the block goes when
 * nothing else is left of it. 0, or -1 on OOM. */
static int drop_taken(jfy_node *n, jfyp_lines *l, size_t i, size_t end) {
    if (end + 1 < l->n) {
        if (jfyp_lines_remove(n, l, i, end) == 1)
            jfyp_node_free(n);
    } else if (i == 0) {
        jfyp_node_free(n);
    } else {
        jfy_node *tail = jfyp_lines_split(n, l, i);
        if (!tail)
            return -1;
        jfyp_node_free(tail);
    }
    return 0;
}

/* The highest of the byline's figures when they run 1, 2, ... k without
 * a gap (k >= 2), each name's marks read; 0 otherwise. */
static int figures_in_sequence(const contribs *c) {
    unsigned char seen[MAX_AFFS + 1] = {0};
    int top = 0;
    for (size_t i = 0; i < c->n; i++)
        for (const char *p = c->markers[i]; p && *p;) {
            const char *e = strchr(p, ',');
            size_t n = e ? (size_t)(e - p) : strlen(p);
            if (n && n <= 2 && all_digits(p, n)) {
                int v = atoi(p);
                if (v < 1 || v > MAX_AFFS)
                    return 0;
                seen[v] = 1;
                if (v > top)
                    top = v;
            }
            p = e ? e + 1 : p + n;
        }
    for (int v = 1; v <= top; v++)
        if (!seen[v])
            return 0;
    return top >= 2 ? top : 0;
}

/* Where the address that opens block text t ends: all of it when it
 * closes on a country, or the full stop after the country when a note
 * follows ("..., Washington, DC, United States of America. Send
 * correspondence to ..."); 0 when t is no such address. */
static size_t whole_address_len(const char *t) {
    size_t n = strlen(t);
    if (n < 10 || n > 600 || !jfyp_front_has_institution_word(t))
        return 0;
    for (const char *p = strstr(t, ". "); p; p = strstr(p + 1, ". "))
        if (ends_with_country(t, (size_t)(p - t)))
            return (size_t)(p - t);
    return !strchr(t, '@') && ends_with_country(t, n) ? n : 0;
}

/* The byline's figures run 1 to k, yet no address was found: each figure
 * was printed alone on its line over its address (MuPDF parts a
 * superscript so), and the page numbers' reader took them all. Their k
 * addresses still stand in a row, a block each, after the byline
 * (under the abstract at the page's foot): read in turn as 1 to k. A row
 * of another length is not theirs. 0, or -1 on OOM. */
static int take_unlabelled_row(state *S, int from) {
    int k = figures_in_sequence(&S->c);
    if (!k)
        return 0;
    jfy_node *row[MAX_AFFS];
    size_t cut[MAX_AFFS];
    int nr = 0, seen = 0;
    for (jfy_node *n = jfyp_rec_first(S->r); n && seen < 400; n = jfyp_rec_next(S->r, n), seen++) {
        if (n->line && n->line <= from)
            continue;
        int refs = refs_heading(n);
        if (refs < 0)
            return -1;
        if (refs)
            break;
        size_t al = 0;
        if (n->type == JFY_N_PARAGRAPH) {
            char *t = jfyp_front_text(n, 0);
            if (!t)
                return -1;
            al = whole_address_len(t);
            free(t);
        }
        if (al && nr < MAX_AFFS) {
            cut[nr] = al;
            row[nr++] = n;
            continue;
        }
        if (nr == k)
            break;
        nr = 0;
    }
    if (nr != k)
        return 0;
    for (int i = 0; i < nr; i++) {
        char *t = jfyp_front_text(row[i], 0);
        if (!t)
            return -1;
        char lab[8];
        snprintf(lab, sizeof lab, "%d", i + 1);
        const char *note = t + cut[i];
        while (*note == '.' || *note == ' ')
            note++;
        size_t e = cut[i];
        while (e && (t[e - 1] == '.' || t[e - 1] == ' '))
            e--;
        t[e] = '\0';
        int rc = add_aff(S, lab, t, row[i]);
        /* the note run on after the address: the correspondence's */
        if (rc >= 0 && *note && (strchr(note, '@') || jfyp_stristr(note, "correspond")))
            rc = add_corresp(S, note, row[i]);
        free(t);
        if (rc < 0)
            return -1;
        jfyp_node_free(row[i]);
    }
    return 1;
}

/* The page numbers' reader takes a label printed alone ("1") for one, and
 * joins what it separated: the first address then goes on from prose
 * ("... prose line" / "Department of X, ..., Country. 2Department of Y"),
 * or stands alone unlabelled when all the names share it. Read as the
 * address labelled 1 when the byline carries the label and no address was
 * found: the text up to label 2 (or all of it) must be an address's words
 * ending with a country. 0, or -1 on OOM. */
static int take_lost_first(state *S, int from) {
    if (!any_marker(&S->c, "1", 1) || has_label(S, "1") || (S->naff && !any_marker(&S->c, "2", 1)))
        return 0;
    int only_one = !any_marker(&S->c, "2", 1);
    for (jfy_node *n = jfyp_rec_first(S->r); n; n = jfyp_rec_next(S->r, n)) {
        if (n->line && n->line <= from)
            continue;
        int refs = refs_heading(n);
        if (refs < 0)
            return -1;
        if (refs)
            break;
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        int rc = 0, done = 0;
        for (size_t i = 0; i < l.n && rc == 0 && !done; i++) {
            const char *x = l.v[i].text;
            if (!is_upper_ascii_or_utf8(x) || !jfyp_front_has_institution_word(x))
                continue;
            /* a page's foot run into the paragraph it interrupts (-layout):
             * the addresses end at their country or e-mail line where the
             * prose goes on in lower case */
            size_t end = l.n - 1;
            for (size_t j = i; j + 1 < l.n && j < i + 12; j++) {
                const char *y = l.v[j].text, *z = l.v[j + 1].text;
                if (*z >= 'a' && *z <= 'z' && (strchr(y, '@') || ends_with_country(y, strlen(y)))) {
                    end = j;
                    break;
                }
            }
            if (only_one && end - i > 2)
                continue;
            int lost = !only_one ? lost_labels(S, n, &l, i, end) : 0;
            if (lost < 0) {
                rc = -1;
                break;
            }
            if (lost) {
                done = 1;
                if (drop_taken(n, &l, i, end) < 0)
                    rc = -1;
                break;
            }
            char *rest = jfyp_lines_join(&l, i, end);
            if (!rest) {
                rc = -1;
                break;
            }
            size_t len = 0, pl;
            const char *q = only_one ? NULL : find_label(rest, rest, 2, &len);
            if (q && q - rest >= 2 && q[-1] == ' ' && q[-2] == '.')
                pl = (size_t)(q - 2 - rest);
            else if (only_one && !q)
                pl = strlen(rest);
            else
                pl = 0;
            if (pl && pl < 300) {
                char *first = jfyp_strndup(rest, pl);
                int ok = first && addressish(first) && ends_with_country(first, pl) &&
                         address_words(first);
                if (!first)
                    rc = -1;
                free(first);
                if (ok) {
                    /* the last address cut before its country goes on in
                     * the next block ("..., CSIR-Human Resource Development"
                     * / "Centre Campus, ..., India. Correspondence ...") */
                    const char *lastl = l.v[end].text;
                    jfy_node *nx = end + 1 == l.n && !strchr(lastl, '@') &&
                                           !ends_with_country(lastl, strlen(lastl))
                                       ? jfyp_rec_next(S->r, n)
                                       : NULL;
                    char *more = nx && nx->type == JFY_N_PARAGRAPH ? jfyp_front_text(nx, 1) : NULL;
                    if (more && !(is_upper_ascii_or_utf8(more) && strlen(more) < 400)) {
                        free(more);
                        more = NULL;
                    }
                    int m = 0;
                    for (int pass = more ? 0 : 1; pass < 2 && m == 0; pass++) {
                        char *b = jfyp_printf("1\n%s%s%s", rest, pass ? "" : "\n", pass ? "" : more);
                        m = b ? take_marked(S, n, b, 0) : -1;
                        free(b);
                        if (m > 0 && pass == 0)
                            jfyp_node_free(nx);
                    }
                    free(more);
                    if (m < 0) {
                        rc = -1;
                    } else if (m > 0) {
                        done = 1;
                        if (drop_taken(n, &l, i, end) < 0)
                            rc = -1;
                    }
                }
            }
            free(rest);
        }
        jfyp_lines_free(&l);
        if (rc < 0)
            return -1;
        if (done)
            return 0;
    }
    return 0;
}


/* One piece of a run of addresses, read as the address labelled lab:
 * lines joined, the separator after its country dropped; with cityless,
 * an institution's piece need not end on a country. 1 taken, 0 not an
 * address, -1 on OOM. */
static int add_run_piece(state *S, const char *lab, const char *a, size_t n, const jfy_node *src, int dry,
                         int cityless) {
    char *x = jfyp_strndup(a, n);
    if (!x)
        return -1;
    for (char *q = x; *q; q++)
        if (*q == '\n')
            *q = ' ';
    jfyp_squeeze(x);
    size_t xl = strlen(x);
    while (xl && (x[xl - 1] == '.' || x[xl - 1] == ',' || x[xl - 1] == ';' || x[xl - 1] == ' '))
        x[--xl] = '\0';
    int ok = xl && addressish(x) &&
             (ends_with_country(x, xl) || (cityless && jfyp_front_has_institution_word(x)));
    int rc = ok && !dry ? add_aff(S, lab, x, src) : 0;
    free(x);
    return rc < 0 ? -1 : ok;
}

/* "Department of X, ..., Italy," / "Department of Y, ..., Rome," /
 * "Italy, 3 IRCCS ..., Italy, 4 Department of Z, ..." / "2": the page's
 * foot runs its addresses into one paragraph after their figures, but
 * the first figures were printed apart (pdftotext sets them under the
 * byline or under the list). When the run's first figure is m > 1, the
 * figures from m on follow in turn and the byline carries 1 .. m-1, the
 * text before figure m is those m-1 addresses, parted where one ends on
 * its country and the next opens on a capital. 0, or -1 on OOM. */
static int take_run_first_lost(state *S, int from) {
    if (S->naff || !any_marker(&S->c, "1", 1) || !any_marker(&S->c, "2", 1))
        return 0;
    /* (the first page's blocks: a back page's author details are not it) */
    int blocks = 0;
    for (jfy_node *n = jfyp_rec_first(S->r); n && blocks < 24; n = jfyp_rec_next(S->r, n)) {
        if (n->line && n->line <= from)
            continue;
        blocks++;
        int refs = refs_heading(n);
        if (refs < 0)
            return -1;
        if (refs || n->type == JFY_N_HEADING)
            break;
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        /* the run opens on an address's first line ... */
        size_t i = 0;
        while (i < l.n && i < 3 &&
               !(is_upper_ascii_or_utf8(l.v[i].text) && jfyp_front_has_institution_word(l.v[i].text) &&
                 strchr(l.v[i].text, ','))) {
            /* (a running head over it, not an address's lines; or the
             * byline's last line left over it, a group's name: "and The
             * Regional Laboratory Network Working Group") */
            if (strchr(l.v[i].text, ',') ||
                (!is_upper_ascii_or_utf8(l.v[i].text) && !(i == 0 && strncmp(l.v[i].text, "and ", 4) == 0)))
                i = 3;
            i++;
        }
        /* ... and may end on a figure printed apart */
        size_t end = l.n ? l.n - 1 : 0;
        if (end > i && label_line(S, l.v[end].text, strlen(l.v[end].text)))
            end--;
        if (i >= 3 || i >= l.n || end - i > 30) {
            jfyp_lines_free(&l);
            continue;
        }
        char *t = jfyp_lines_join(&l, i, end);
        if (!t) {
            jfyp_lines_free(&l);
            return -1;
        }
        size_t len = 0;
        const char *at[MAX_AFFS + 1];
        size_t ln[MAX_AFFS + 1];
        int m = 0, np = 0;
        /* (a page's addresses are a few lines: the scans below stay short) */
        for (int k = 2; k <= 4 && !m && strlen(t) < 4000; k++)
            if (find_label(t, t, k, &len))
                m = k;
        int ok = m && !find_label(t, t, 1, &len);
        for (int k = m; ok && np < MAX_AFFS; k++) {
            char want[8];
            snprintf(want, sizeof want, "%d", k);
            const char *q = find_label(t, np ? at[np - 1] + ln[np - 1] : t, k, &len);
            /* (the run holds the figures the byline carries from m on, and no other) */
            if (!q != !any_marker(&S->c, want, strlen(want)))
                ok = 0;
            if (!q || !any_marker(&S->c, want, strlen(want)))
                break;
            at[np] = q;
            ln[np++] = len;
        }
        /* the head's parts: where a country ends one and a capital opens
         * the next ("..., Italy," / "Department of ...") */
        const char *cut[4];
        int nc = 0;
        if (ok && np >= 2) {
            cut[nc++] = t;
            for (const char *p = t; p < at[0] && nc <= m; p++) {
                if (*p != ',' && *p != ';')
                    continue;
                const char *q = p + 1;
                while (*q == ' ' || *q == '\n')
                    q++;
                if (q < at[0] && is_upper_ascii_or_utf8(q) && ends_with_country(t, (size_t)(p - t)))
                    cut[nc++] = q;
            }
        }
        int rc = 0, took = 0;
        /* "..., Incheon; 2Department of Y, X University School of
         * Medicine; ...; 7Department of Z, ..., Seoul, Korea": the page
         * names the country once, after the run's last address, and the
         * pieces before it end on a town or on their institution */
        int once = 0;
        if (ok && np >= 2 && nc == m - 1) {
            const char *a = at[np - 1] + ln[np - 1];
            once = add_run_piece(S, NULL, a, strlen(a), n, 1, 0);
            rc = once < 0 ? -1 : 0;
        }
        /* every piece an address first (dry), then all taken */
        for (int dry = 1; dry >= 0 && ok && np >= 2 && nc == m - 1 && rc >= 0; dry--) {
            int good = 1;
            for (int k = 0; k < nc && good && rc >= 0; k++) {
                char lab[8];
                snprintf(lab, sizeof lab, "%d", k + 1);
                const char *e = k + 1 < nc ? cut[k + 1] : at[0];
                char *h = jfyp_strndup(cut[k], (size_t)(e - cut[k]));
                if (!h) {
                    rc = -1;
                    break;
                }
                good = jfyp_front_has_institution_word(h);
                free(h);
                if (good)
                    rc = add_run_piece(S, lab, cut[k], (size_t)(e - cut[k]), n, dry, once);
                good = good && (rc > 0 || (!dry && rc == 0));
            }
            for (int k = 0; k < np && good && rc >= 0; k++) {
                char lab[8];
                snprintf(lab, sizeof lab, "%d", m + k);
                const char *a = at[k] + ln[k];
                size_t an = k + 1 < np ? (size_t)(at[k + 1] - a) : strlen(a);
                rc = add_run_piece(S, lab, a, an, n, dry, once && k + 1 < np);
                good = rc > 0 || (!dry && rc == 0);
            }
            if (!good)
                break;
            took = !dry;
        }
        if (rc > 0)
            rc = 0;
        free(t);
        if (rc == 0 && took) {
            S->marked = 1;
            if (drop_taken(n, &l, i, l.n - 1) < 0)
                rc = -1;
        }
        jfyp_lines_free(&l);
        if (rc < 0 || took)
            return rc;
    }
    return 0;
}
/* No byline was read (its names and markers interleaved), yet under the
 * title a run of numbered addresses, one a line from 1 on ("1Department
 * of X, City, Country" / "2Institute Y, ..."), maybe one a block, is the
 * page's affiliations all the same. The labelled lines of one block, in
 * texts from *na on; 0 when the block is not all such lines, -1 on OOM. */
static int numbered_lines(jfy_node *n, char (*labels)[16], char **texts, size_t *na,
                          size_t *above) {
    jfyp_lines l;
    if (jfyp_lines_of(n, &l) < 0)
        return -1;
    size_t start[MAX_AFFS], first = *na, k = *na;
    int ok = l.n > 0, rc = 0;
    /* the first address may open under other lines of its block (the
     * names it failed to read as a byline) */
    *above = 0;
    if (k == 0)
        while (*above < l.n && *above < 8 &&
               !(l.v[*above].text[0] == '1' && is_upper_ascii_or_utf8(l.v[*above].text + 1)))
            ++*above;
    if (*above == l.n)
        ok = 0;
    for (size_t i = *above; i < l.n && ok; i++) {
        const char *x = l.v[i].text;
        char want[8];
        int wl = snprintf(want, sizeof want, "%zu", k + 1);
        if (strncmp(x, want, (size_t)wl) == 0 &&
            (is_upper_ascii_or_utf8(x + wl) || (x[wl] == ' ' && is_upper_ascii_or_utf8(x + wl + 1)))) {
            if (k == MAX_AFFS) {
                ok = 0;
                break;
            }
            snprintf(labels[k], sizeof labels[0], "%s", want);
            start[k++] = i;
        } else {
            /* a wrapped address goes on; nothing comes before the first */
            ok = k > first && !(x[0] >= '0' && x[0] <= '9');
        }
    }
    for (size_t a = first; a < k && ok; a++) {
        size_t to = a + 1 < k ? start[a + 1] - 1 : l.n - 1;
        char *x = jfyp_lines_join(&l, start[a], to);
        if (!x) {
            rc = -1;
            break;
        }
        texts[(*na)++] = x;
        memmove(x, x + strlen(labels[a]), strlen(x) - strlen(labels[a]) + 1);
        jfyp_trim(x);
        ok = addressish(x) && jfyp_front_has_institution_word(x) && !strchr(x, '@') &&
             strlen(x) < 300;
    }
    /* "..., riyadh, saudi arabia; 3Department of ...": the next number
     * glued on after the semicolon that ends an address on its country */
    while (ok && rc == 0 && *na > first && *na < MAX_AFFS) {
        char *x = texts[*na - 1], want[8];
        int wl = snprintf(want, sizeof want, "%zu", *na + 1);
        char *q = strstr(x, want);
        while (q && !((q - x >= 3 && q[-1] == ' ' && q[-2] == ';' &&
                       ends_with_country(x, (size_t)(q - 2 - x)) && is_upper_ascii_or_utf8(q + wl)) ||
                      glued_after_country(x, q, (size_t)wl)))
            q = strstr(q + 1, want);
        if (!q)
            break;
        char *rest = jfyp_strdup(q + wl);
        if (!rest) {
            rc = -1;
            break;
        }
        q[-2] = '\0';
        snprintf(labels[*na], sizeof labels[0], "%s", want);
        texts[(*na)++] = rest;
        ok = addressish(x) && addressish(rest) && jfyp_front_has_institution_word(rest);
    }
    jfyp_lines_free(&l);
    return rc < 0 ? -1 : ok;
}

static int take_numbered_unbylined(state *S) {
    char labels[MAX_AFFS][16];
    char *texts[MAX_AFFS];
    jfy_node *blocks[MAX_AFFS];
    size_t na = 0, nb = 0, above = 0, first_above = 0;
    int seen = 0, rc = 0;
    for (jfy_node *n = jfyp_rec_first(S->r), *next; n && seen < 30 && rc == 0 && nb < MAX_AFFS;
         n = next, seen++) {
        next = jfyp_rec_next(S->r, n);
        int ok = 0;
        if (n->type == JFY_N_PARAGRAPH) {
            char *t = jfyp_front_text(n, 0);
            if (!t) {
                rc = -1;
                break;
            }
            int stop = jfyp_front_stop(n, t, 1), small = strlen(t) < 3000;
            free(t);
            if (stop)
                break;
            size_t was = na;
            ok = small ? numbered_lines(n, labels, texts, &na, &above) : 0;
            if (ok < 0) {
                rc = -1;
                break;
            }
            if (ok && !nb)
                first_above = above;
            if (ok)
                blocks[nb++] = n;
            else
                while (na > was)
                    free(texts[--na]);
        }
        if (!ok && na)
            break;
    }
    if (rc == 0 && na >= 2) {
        for (size_t a = 0; a < na && rc == 0; a++)
            if (add_aff(S, labels[a], texts[a], blocks[0]) < 0)
                rc = -1;
        S->marked = 1;
        if (first_above) {
            /* the lines above the first address stay */
            jfyp_lines l;
            jfy_node *tail = NULL;
            if (rc == 0 && jfyp_lines_of(blocks[0], &l) == 0) {
                tail = jfyp_lines_split(blocks[0], &l, first_above);
                jfyp_lines_free(&l);
            }
            if (!tail)
                rc = -1;
            blocks[0] = tail;
        }
        for (size_t b = 0; b < nb; b++)
            jfyp_node_free(blocks[b]);
    }
    for (size_t a = 0; a < na; a++)
        free(texts[a]);
    return rc;
}

/* The author whose surname the name part of a note's item (n bytes) gives,
 * or -1: a short run of name words, no digits in it. */
static int author_in(const state *S, const char *s, size_t n) {
    if (n < 3 || n > 60)
        return -1;
    for (size_t i = 0; i < n; i++)
        if ((s[i] >= '0' && s[i] <= '9') || s[i] == ',')
            return -1;
    for (size_t j = 0; j < S->c.n; j++) {
        const jfy_node *nm = jfyp_node_child(S->c.v[j], JFY_N_NAME);
        const char *sur = nm ? jfyp_node_attr(nm, "surname") : NULL;
        size_t sl = sur ? strlen(sur) : 0;
        if (sl < 2 || sl > n)
            continue;
        /* the surname ends the name ("Krista L. Noe") */
        if (memcmp(s + n - sl, sur, sl) == 0 && (n == sl || s[n - sl - 1] == ' '))
            return (int)j;
    }
    return -1;
}

/* "Present addresses" over "Jane Roe, Zoo X, Town, USA; and Ann Poe,
 * ...": a note naming an author before each address gives each named
 * author that address as one more affiliation, read "Present address:
 * Zoo X, ..." (how the publishers printing this list tag it); a note of
 * one unnamed address under a symbol stays a note. */
static int take_named_present(state *S) {
    jfy_node *notes = jfyp_node_child(S->r->front, JFY_N_AUTHOR_NOTES);
    for (jfy_node *f = notes ? notes->first : NULL, *nx; f; f = nx) {
        nx = f->next;
        const char *ty = jfyp_node_attr(f, "fn-type");
        if (f->type != JFY_N_FOOTNOTE || !ty || strcmp(ty, "present-address") != 0)
            continue;
        char *t = jfyp_node_plain(f);
        if (!t)
            return -1;
        const char *b = jfyp_after_label(t, "present addresses");
        if (!b)
            b = jfyp_after_label(t, "current addresses");
        int who[MAX_AFFS], nseg = 0, ok = b != NULL && *b;
        const char *segs[MAX_AFFS], *ends[MAX_AFFS];
        for (const char *p = b; ok && *p;) {
            const char *e = strstr(p, "; ");
            const char *stop = e ? e : p + strlen(p);
            if (jfyp_after_label(p, "and"))
                p = jfyp_after_label(p, "and");
            const char *c = strstr(p, ", ");
            if (!c || c >= stop || nseg == MAX_AFFS) {
                ok = 0;
                break;
            }
            who[nseg] = author_in(S, p, (size_t)(c - p));
            segs[nseg] = c + 2;
            ends[nseg] = stop;
            if (who[nseg] < 0)
                ok = 0;
            nseg++;
            p = e ? e + 2 : stop;
        }
        if (!ok || nseg < 2) {
            free(t);
            continue;
        }
        int rc = 0;
        for (int i = 0; i < nseg && rc == 0; i++) {
            size_t len = (size_t)(ends[i] - segs[i]);
            while (len && (segs[i][len - 1] == '.' || segs[i][len - 1] == ' '))
                len--;
            char *addr = jfyp_strndup(segs[i], len);
            size_t had = S->naff;
            if (!addr || add_aff(S, NULL, addr, f) < 0) {
                rc = -1;
            } else if (S->naff > had) {
                jfy_node *aff = S->affs[S->naff - 1];
                jfy_node *lead = jfyp_node_new_text(JFY_N_TEXT, "Present address: ");
                if (!lead || add_xref(S->c.v[who[i]], "aff", jfyp_node_attr(aff, "id"), NULL) < 0) {
                    jfyp_node_free(lead);
                    rc = -1;
                } else {
                    jfyp_node_prepend(aff, lead);
                }
            }
            free(addr);
        }
        free(t);
        if (rc < 0)
            return -1;
        jfyp_node_free(f);
    }
    return 0;
}

/* With no byline read, a note that names itself the correspondence
 * ("*Correspondence: x@y", "Corresponding author. ..., E-mail: x@y") is
 * still the authors': it goes to the author notes, where the byline's
 * reader would have put it. Other e-mails on such a page stay where they
 * are (the masthead's, the body's). */
static int take_unbylined_corresp(state *S) {
    int seen = 0, rc = 0;
    for (jfy_node *n = jfyp_rec_first(S->r), *next; n && seen < 60 && rc == 0; n = next, seen++) {
        next = jfyp_rec_next(S->r, n);
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        char *t = jfyp_front_text(n, 0);
        if (!t)
            return -1;
        size_t len = strlen(t);
        if (len < 40 && jfyp_section_kind(t) == JFYP_SEC_REFS) {
            free(t);
            break;
        }
        const char *c = jfyp_stristr(t, "correspond");
        int take = len < 400 && strchr(t, '@') && correspish_start(t) && c && c - t < 40;
        free(t);
        if (!take)
            continue;
        /* the note ends with its last e-mail's line: what the page ran
         * on under it (a DOI, the history lines) stays for its readers */
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        size_t k = 0;
        for (size_t j = 0; j < l.n; j++)
            if (strchr(l.v[j].text, '@'))
                k = j;
        char *note = jfyp_lines_join(&l, 0, k);
        if (!note || (k + 1 < l.n && !jfyp_lines_split(n, &l, k + 1)) || add_corresp(S, note, n) < 0)
            rc = -1;
        free(note);
        jfyp_lines_free(&l);
        next = jfyp_rec_next(S->r, n);
        if (take && rc == 0)
            jfyp_node_free(n);
    }
    return rc;
}

/* ---- the notes MuPDF reads before the title ---- */

/* Whether block q goes on the address or note block p left open: it comes
 * right under it (at most one blank line), opens with no label, and p
 * does not end on its country yet. */
static int goes_on_above(const state *S, const jfy_node *p, const char *pt, const jfy_node *q, int title) {
    if (!q || q->type != JFY_N_PARAGRAPH || q->line >= title || q->line > p->end_line + 2)
        return 0;
    size_t pl = strlen(pt);
    if (!pl || ends_with_country(pt, pl) || pl > 400)
        return 0;
    char *u = jfyp_front_text((jfy_node *)q, 1);
    if (!u)
        return -1;
    char lab[16];
    int on = !aff_label(u, &S->c, lab, sizeof lab) && !jfyp_front_meta_line(u) && !label_line(S, u, strlen(u)) &&
             strlen(u) < 400;
    free(u);
    return on;
}

/* Whether block q goes on the correspondence note p opens: its lines
 * each a block of their own (a blank line between them at most), up to
 * the first e-mail, then only more names and e-mails, a line each ("Jane
 * Roe" / "jroe@x.org" / "Ann Doe" / "adoe@y.org"). -1 on OOM. */
static int note_goes_on(const state *S, const jfy_node *p, const char *pt, const jfy_node *q, int title) {
    if (!q || q->type != JFY_N_PARAGRAPH || q->line >= title || q->line > p->end_line + 2 || strlen(pt) > 500)
        return 0;
    if (!strchr(pt, '@'))
        return 1;
    char *u = jfyp_front_text((jfy_node *)q, 1);
    if (!u)
        return -1;
    int on = strlen(u) < 160;
    for (char *x = u, *e; on && x; x = e ? e + 1 : NULL) {
        e = strchr(x, '\n');
        if (e)
            *e = '\0';
        size_t xl = strlen(x);
        on = xl < 80 && (emails_only(x, xl) || (!strchr(x, '@') && word_count(x) <= 5 && names_author(S, x)));
    }
    free(u);
    return on;
}

/* Whether t reads as a reference entry's: its authors as a citation
 * gives them ("Roe JA, Doe K," twice running, or "et al."), or its source
 * ("2020;136(10):1134" / "2012; 120:905", a year, a semicolon, a volume).
 * No address prints any of these. */
static int reads_as_reference(const char *t) {
    if (strstr(t, "et al."))
        return 1;
    int names = 0;
    for (const char *p = t; *p; p++) {
        /* "Roe JA," : a capitalised word, one or two capitals, a comma */
        if (isupper((unsigned char)p[0]) && (p == t || p[-1] == ' ')) {
            const char *q = p + 1;
            while (islower((unsigned char)*q) || *q == '-' || *q == '\'')
                q++;
            if (q - p >= 2 && *q == ' ' && isupper((unsigned char)q[1])) {
                size_t caps = 1;
                while (isupper((unsigned char)q[1 + caps]))
                    caps++;
                if (caps <= 2 && (q[1 + caps] == ',' || q[1 + caps] == '.')) {
                    if (++names >= 2)
                        return 1;
                    p = q + caps;
                    continue;
                }
            }
            names = 0;
        }
        if (!(p[0] == '1' && p[1] == '9') && !(p[0] == '2' && p[1] == '0'))
            continue;
        if (!isdigit((unsigned char)p[2]) || !isdigit((unsigned char)p[3]) || (p > t && isdigit((unsigned char)p[-1])))
            continue;
        const char *q = p + 4;
        if (*q == ';') {
            q += q[1] == ' ' ? 2 : 1;
            if (isdigit((unsigned char)*q))
                return 1;
        }
    }
    return 0;
}

/* Whether t opens on an entry's number: "12. ", "12 ", "[12] ". */
static int numbered_entry(const char *t) {
    const char *p = t + (*t == '[');
    size_t d = strspn(p, "0123456789");
    if (!d || d > 3)
        return 0;
    p += d;
    if (*t == '[' && *p++ != ']')
        return 0;
    p += *p == '.' || *p == ')';
    return *p == ' ';
}

/* Whether the blocks above the title hold a numbered reference entry: a
 * page that opens on the previous article's references, its numbered
 * entries no addresses of this one. (A journal's citation line or a
 * citation box of the page's own article opens on no number.) -1 on
 * OOM. */
static int references_above(const state *S, int title) {
    for (const jfy_node *n = jfyp_rec_first(S->r); n && n->line < title; n = jfyp_rec_next(S->r, n)) {
        if (n->type != JFY_N_PARAGRAPH && n->type != JFY_N_LIST)
            continue;
        char *t = jfyp_front_text((jfy_node *)n, 1);
        if (!t)
            return -1;
        int c = numbered_entry(t) && reads_as_reference(t);
        free(t);
        if (c)
            return 1;
    }
    return 0;
}

/* MuPDF reads a first page in the order its blocks were drawn: the
 * footnotes at its foot or the side column with the addresses may come
 * before the title ("1 University of X, ... Av. Lothário" / "Meissner,
 * 632, ..., Brasil." / "2 ..."; "Correspondence" / "Jane Roe, Department
 * ..." / "Email: x@y"). Above the title, a block opening with a label a
 * name carries and no address has yet, with the blocks that go on under
 * it, is read as the addresses under the byline would be; so is a
 * correspondence note when none was found. 0, or -1 on OOM. */
static int take_above_title(state *S) {
    int title = 0;
    for (const jfy_node *k = S->r->front->first; k; k = k->next)
        if (k->type == JFY_N_TITLE && k->line > 0 && (!title || k->line < title))
            title = k->line;
    if (!title)
        return 0;
    int refs = references_above(S, title);
    if (refs < 0)
        return -1;
    int rc = 0;
    for (jfy_node *n = jfyp_rec_first(S->r), *next; n && rc >= 0 && n->line < title; n = next) {
        next = jfyp_rec_next(S->r, n);
        if (n->type != JFY_N_PARAGRAPH && n->type != JFY_N_LIST)
            continue;
        char *t = jfyp_front_text(n, 1);
        if (!t)
            return -1;
        char lab[16];
        /* ("*Correspondence" opens a note, whatever its star marks) */
        int opener = !S->corresp && n->type == JFY_N_PARAGRAPH && bare_opener(t);
        int marked = !opener && !refs && aff_label(t, &S->c, lab, sizeof lab) && any_marker(&S->c, lab, strlen(lab)) &&
                     !has_label(S, lab);
        while ((marked || opener) && n->type == JFY_N_PARAGRAPH) {
            int k = opener ? note_goes_on(S, n, t, next, title) : goes_on_above(S, n, t, next, title);
            if (k < 0 || (k > 0 && jfyp_paras_join(n, next) < 0)) {
                rc = -1;
                break;
            }
            if (!k)
                break;
            next = jfyp_rec_next(S->r, n);
            free(t);
            if (!(t = jfyp_front_text(n, 1)))
                return -1;
        }
        int m = 0;
        if (rc < 0) {
            m = -1;
        } else if (marked) {
            m = take_marked(S, n, t, 1);
        } else if (opener && strchr(t, '@') && strlen(t) < 600) {
            for (char *q = t; *q; q++)
                if (*q == '\n')
                    *q = ' ';
            m = add_corresp(S, t, n) < 0 ? -1 : 1;
        }
        free(t);
        if (m < 0)
            rc = -1;
        else if (m > 0)
            jfyp_node_free(n);
    }
    return rc;
}

/* "Corresponding author: Jane Roe, e-mail: jroe@x.org," / "AB:
 * abee@y.org, CD: cdee@z.org": a correspondence note that ends on a comma
 * goes on in the block right under it with the co-authors' e-mails (MuPDF
 * ends a block where the page's line did). 1 when joined, 0, -1 on OOM. */
static int note_cut_at_comma(jfy_node *n, jfy_node *q) {
    if (q->line > n->end_line + 2)
        return 0;
    char *t = jfyp_front_text(n, 0), *u = t ? jfyp_front_text(q, 0) : NULL;
    if (!u) {
        free(t);
        return -1;
    }
    size_t tl = strlen(t);
    int on = tl && tl < 400 && t[tl - 1] == ',' && strchr(t, '@') && correspish_start(t) && strchr(u, '@') &&
             strlen(u) < 300 && !correspish_start(u) && !jfyp_front_meta_line(u) &&
             !jfyp_front_has_institution_word(u);
    free(t);
    free(u);
    if (!on)
        return 0;
    return jfyp_paras_join(n, q) < 0 ? -1 : 1;
}

/* "aDepartment of X, King Y University, P.O. Box" / "2457, Riyadh ...":
 * MuPDF sets a wrapped block's first line as a block of its own, so a
 * labelled address breaks mid-phrase. A one-line labelled block ending on
 * a word, with a block under it that goes on in figures or lowercase, is
 * one block: 1 when joined, 0, -1 on OOM. */
static int cut_first_line(state *S, jfy_node *n, jfy_node *q) {
    char *t = jfyp_front_text(n, 1);
    if (!t)
        return -1;
    size_t tl = strlen(t);
    char lab[16];
    int one = !strchr(t, '\n') && tl > 20 && ((t[tl - 1] >= 'a' && t[tl - 1] <= 'z') ||
                                              (t[tl - 1] >= 'A' && t[tl - 1] <= 'Z')) &&
              aff_label(t, &S->c, lab, sizeof lab) && !strchr(t, '@') && !ends_with_country(t, tl);
    /* (the label glued on, as MuPDF prints a raised one) */
    one = one && strlen(lab) < tl && !strncmp(t, lab, strlen(lab)) && is_upper_ascii_or_utf8(t + strlen(lab));
    free(t);
    if (!one)
        return 0;
    char *u = jfyp_front_text(q, 0);
    if (!u)
        return -1;
    int goes_on = ((u[0] >= '0' && u[0] <= '9') || (u[0] >= 'a' && u[0] <= 'z')) && !strstr(u, "://") &&
                  !strchr(u, '@');
    free(u);
    if (!goes_on)
        return 0;
    return jfyp_paras_join(n, q) < 0 ? -1 : 1;
}

/* Whether t's last comma-separated part names a country ("..., CE,
 * Brasil"). */
static int ends_on_country(const char *t) {
    const char *c = strrchr(t, ',');
    c = c ? c + 1 : t;
    while (*c == ' ')
        c++;
    size_t n = strlen(c);
    while (n && (c[n - 1] == ' ' || c[n - 1] == '.' || c[n - 1] == ';'))
        n--;
    if (!n || n > 40)
        return 0;
    char buf[48];
    memcpy(buf, c, n);
    buf[n] = '\0';
    return jfyp_country_code(buf) != NULL;
}

/* A numbered address a layout reader cut in two at a blank line ("1.
 * Universidade ..., Avenida Doutor" / "Silas Muguba, 1700, ..., Brasil"),
 * the next address's number maybe run on under the second part: the part
 * that closes on the country goes back on the address it ends. 0, or -1
 * on OOM. */
static int join_cut_addresses(jfyp_rec *r) {
    int seen = 0;
    for (jfy_node *a = jfyp_rec_first(r); a && seen < 60; a = jfyp_rec_next(r, a), seen++) {
        jfy_node *b = jfyp_rec_next(r, a);
        /* (a number and its stop open an ordered list's item: "1.
         * Universidade ...") */
        jfy_node *ap = a;
        if (a->type == JFY_N_LIST && a->last && a->last->type == JFY_N_ITEM)
            ap = a->last->last;
        if (!ap || ap->type != JFY_N_PARAGRAPH || !b || b->type != JFY_N_PARAGRAPH || b->line > a->end_line + 2)
            continue;
        /* (the address's last line: the block may hold the addresses
         * before it, a line each) */
        jfyp_lines al;
        if (jfyp_lines_of(ap, &al) < 0)
            return -1;
        const char *ta = al.n ? al.v[al.n - 1].text : "";
        const char *p = ta;
        while (*p >= '0' && *p <= '9')
            p++;
        int numbered = (ap != a && al.n == 1) || (p > ta && p - ta <= 2 && (*p == '.' || *p == ' '));
        int open = numbered && jfyp_front_has_institution_word(ta) && strchr(ta, ',') && !strchr(ta, '@') &&
                   !ends_on_country(ta) && jfyp_count_words(ta) <= 60;
        jfyp_lines_free(&al);
        if (!open)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(b, &l) < 0)
            return -1;
        /* (b's first line closes the address; a number opens the next) */
        /* (an author's e-mail may follow the country: "..., USA;
         * jroe@example.edu") */
        const char *f = l.n ? l.v[0].text : "";
        const char *semi = strchr(f, ';');
        int mail = semi && strchr(semi, '@') &&
                   (jfyp_count_words(semi + 1) == 1 ||
                    (email_label_start(semi + 1 + strspn(semi + 1, " ")) &&
                     !jfyp_front_has_institution_word(semi + 1)));
        /* (MDPI's "...; E-Mails: x@y (J.R.);" goes on over lines of
         * e-mails alone: they stay with the address) */
        int mails_under = mail && l.n > 1 && l.n <= 3;
        for (size_t j = 1; j < l.n && mails_under; j++)
            mails_under = strchr(l.v[j].text, '@') && !jfyp_front_has_institution_word(l.v[j].text) &&
                          jfyp_count_words(l.v[j].text) <= 6;
        char *head = jfyp_strndup(f, mail ? (size_t)(semi - f) : strlen(f));
        if (!head) {
            jfyp_lines_free(&l);
            return -1;
        }
        /* (a number of two figures or fewer opens the next address; a
         * street's of more goes on this one: "2101 Constant Ave., ...") */
        size_t fig = strspn(f, "0123456789");
        int tail = l.n && (fig == 0 || fig > 2) && strchr(head, ',') && !strchr(head, '@') &&
                   jfyp_count_words(f) <= 25 && ends_on_country(head) &&
                   (l.n == 1 || mails_under || (l.v[1].text[0] >= '0' && l.v[1].text[0] <= '9'));
        free(head);
        jfy_node *q = tail && l.n > 1 && !mails_under ? jfyp_lines_split(b, &l, 1) : b;
        jfyp_lines_free(&l);
        if (!q)
            return -1;
        int b_end = b->end_line; /* the join frees b */
        if (tail && jfyp_paras_join(ap, b) < 0)
            return -1;
        if (tail && ap != a && b_end > a->end_line)
            a->end_line = ap->end_line;
    }
    return 0;
}

/* Whether a block is a long list of addresses, not prose: its first line
 * an address with its country, and two lines at least opening on labels
 * the byline carries ("3" / "Department of ...", "4Institute ..."). */
static int address_list(const state *S, const char *lines) {
    const char *nl = strchr(lines, '\n');
    if (!nl || !jfyp_front_has_institution_word(lines) || !ends_with_country(lines, (size_t)(nl - lines)))
        return 0;
    int labelled = 0;
    char lab[16];
    for (const char *q = nl; q && labelled < 2; q = strchr(q + 1, '\n'))
        if (aff_label(q + 1, &S->c, lab, sizeof lab) && any_marker(&S->c, lab, strlen(lab)))
            labelled++;
    return labelled >= 2;
}

/* The addresses after "From the " when a letter the byline carries
 * follows ("From the a Institute X, ..., b ..."), else t. */
static const char *from_the_letter(const state *S, const char *t) {
    char lab[16];
    if (strncmp(t, "From the ", 9) == 0 && aff_label(t + 9, &S->c, lab, sizeof lab) && label_kind(lab) == 2)
        return t + 9;
    return t;
}

/* "Jane Roe" / "Institute X, City, Country" / "John Doe" / "School Y,
 * ..., USA": each name on a line of its own over its address, the byline
 * unmarked (the addresses, one a name, are read in turn). 0, or -1 on
 * OOM. */
static int take_between_names(state *S, const jfy_node *group) {
    if (label_marks(&S->c) || group->end_line <= group->line)
        return 0;
    for (size_t i = 0; i < S->c.n; i++)
        if (S->c.markers[i] && *S->c.markers[i])
            return 0;
    int rc = 0;
    for (jfy_node *n = jfyp_rec_first(S->r), *next; n && rc == 0; n = next) {
        next = jfyp_rec_next(S->r, n);
        if (n->line <= group->line || n->line > group->end_line || n->type != JFY_N_PARAGRAPH)
            continue;
        char *t = jfyp_front_text(n, 0);
        if (!t)
            return -1;
        size_t tl = strlen(t);
        if (tl < 300 && !strchr(t, '@') && is_upper_ascii_or_utf8(t) && jfyp_front_has_institution_word(t) &&
            ends_with_country(t, tl) && !names_author(S, t)) {
            rc = add_aff(S, NULL, t, n) < 0 ? -1 : 0;
            if (rc == 0)
                jfyp_node_free(n);
        }
        free(t);
    }
    return rc;
}

/* "Background COVID-19 is associated with ...": a structured abstract's
 * part, its name run in before the first sentence; "... but when to start
 * is not known, and": prose a column break cut off mid-sentence (a word
 * like "hospitalized" inside either is no address). */
static int run_in_part(const char *t) {
    /* (not " a": a letter label left at a block's end) */
    static const char *const ends[] = {" and", " the", " of", " to", " in", " with", " for", " or",
                                       " by", " that", " is", " are", " was", " were", NULL};
    size_t tl = strlen(t);
    for (size_t i = 0; ends[i]; i++) {
        size_t n = strlen(ends[i]);
        if (tl > n && strcmp(t + tl - n, ends[i]) == 0 && word_count(t) >= 12)
            return 1;
    }
    static const char *const parts[] = {"Background", "Objective", "Objectives", "Aims", "Aim", "Purpose",
                                        "Methods", "Context", "Introduction", "Study Design", NULL};
    for (size_t i = 0; parts[i]; i++) {
        size_t n = strlen(parts[i]);
        if (strncmp(t, parts[i], n) == 0 && t[n] == ' ' && (is_upper_ascii_or_utf8(t + n + 1)) &&
            word_count(t) >= 12)
            return 1;
    }
    return 0;
}

/* Length of the label OCR reads a raised affiliation figure as, opening
 * p: a quote, an apostrophe, a degree, copyright or registered sign, "?"
 * or "!", with a space after it or not, before a capitalized word
 * ("‘Department of ...", "° Anand Hospital"); 0 when none. */
static size_t ocr_glyph_label(const char *p) {
    static const char *const g[] = {"'", "\"", "?", "!", "\xe2\x80\x98", "\xe2\x80\x99", "\xe2\x80\x9c",
                                    "\xe2\x80\x9d", "\xc2\xb0", "\xc2\xa9", "\xc2\xae", NULL};
    for (size_t i = 0; g[i]; i++) {
        size_t l = strlen(g[i]);
        if (strncmp(p, g[i], l) != 0)
            continue;
        if (p[l] == ' ')
            l++;
        return p[l] >= 'A' && p[l] <= 'Z' && p[l + 1] >= 'a' && p[l + 1] <= 'z' ? l : 0;
    }
    return 0;
}

/* "° Anand Hospital, Meerut, India" / "© Department of ..., India": the
 * addresses under an OCR'd byline, their raised figures read as glyphs
 * (with a figure read right here and there, "3Department"). The block
 * right under the byline whose lines open so, two or more, one of them
 * with a glyph, each an address, has its glyphs made the figures they
 * stand for, counted down the block (a figure read right must be its
 * count). 0, or -1 on OOM. */
static int ocr_aff_labels(state *S, int from) {
    jfy_node *n = jfyp_rec_first(S->r);
    while (n && n->line && n->line <= from)
        n = jfyp_rec_next(S->r, n);
    /* the lines: the block's, and the blocks' right under it with no
     * blank line between (a line opening on a glyph may be cut off as
     * a block of its own) */
    jfy_node *lines[MAX_AFFS], *blocks[MAX_AFFS];
    size_t nl = 0, nb = 0;
    for (jfy_node *b = n; b && b->type == JFY_N_PARAGRAPH && nb < MAX_AFFS &&
                          (b == n || (b->line == blocks[nb - 1]->end_line + 1));
         b = jfyp_rec_next(S->r, b)) {
        blocks[nb++] = b;
        for (jfy_node *t = b->first; t && nl < MAX_AFFS; t = t->next)
            if (t->type == JFY_N_TEXT && t->text && (!t->prev || t->prev->type == JFY_N_SOFTBREAK))
                lines[nl++] = t;
    }
    if (nl < 2 || lines[0] != n->first)
        return 0;
    int count = 0, glyphs = 0;
    for (int pass = 0; pass < 2; pass++) {
        count = 0;
        for (size_t i = 0; i < nl; i++) {
            const char *x = lines[i]->text;
            size_t gl = ocr_glyph_label(x), dl = 0;
            if (!gl)
                while (dl < 3 && x[dl] >= '0' && x[dl] <= '9')
                    dl++;
            char c = dl && x[dl] == ' ' ? x[dl + 1] : x[dl];
            int digit = dl > 0 && dl < 3 && c >= 'A' && c <= 'Z';
            if (!gl && !digit) {
                if (i == 0)
                    return 0; /* the first address must open so */
                continue;
            }
            count++;
            if (digit && atoi(x) != count)
                return 0;
            const char *rest = x + (gl ? gl : dl + (x[dl] == ' '));
            if (!pass) {
                glyphs += gl != 0;
                if (!jfyp_front_has_institution_word(rest) && !strchr(rest, ','))
                    return 0;
                continue;
            }
            if (!gl)
                continue;
            char *nt = jfyp_printf("%d %s", count, rest);
            if (!nt)
                return -1;
            jfyp_node_take_text(lines[i], nt);
        }
        if (!pass && (count < 2 || !glyphs))
            return 0;
    }
    for (size_t i = 0; i < nb; i++)
        jfyp_node_changed(blocks[i]);
    return 0;
}

/* Length of the run of glyphs OCR reads a raised address label as, one
 * to three of them ("‘", "*“", "™", "°"; a star too: a run-in list's
 * stars are its labels), a space after it or not, before a capitalized
 * word; 0 when none. */
static size_t ocr_glyph_run(const char *p) {
    static const char *const g[] = {"'", "\"", "?", "!", "*", "\xe2\x80\x98", "\xe2\x80\x99",
                                    "\xe2\x80\x9c", "\xe2\x80\x9d", "\xc2\xb0", "\xc2\xa9", "\xc2\xae",
                                    "\xe2\x84\xa2", NULL};
    size_t l = 0;
    for (int k = 0; k < 3; k++) {
        size_t i = 0;
        while (g[i] && strncmp(p + l, g[i], strlen(g[i])) != 0)
            i++;
        if (!g[i])
            break;
        l += strlen(g[i]);
    }
    if (!l)
        return 0;
    if (p[l] == ' ')
        l++;
    return p[l] >= 'A' && p[l] <= 'Z' && p[l + 1] >= 'a' && p[l + 1] <= 'z' ? l : 0;
}

/* Whether the label opening p is stars alone ("**Department"): a label
 * as printed, not a misread figure. */
static int star_run(const char *p) {
    size_t n = strspn(p, "*");
    return n && (p[n] == ' ' || (p[n] >= 'A' && p[n] <= 'Z'));
}

/* Whether the address opening at p holds an institution word within its
 * first few words (an OCR'd label may have misread its first word). -1
 * out of memory. */
static int institution_near(const char *p) {
    size_t n = 0;
    for (int words = 0; p[n] && words < 12; n++)
        words += p[n] == ' ' || p[n] == '\n';
    char *w = jfyp_strndup(p, n);
    if (!w)
        return -1;
    int hit = jfyp_front_has_institution_word(w);
    free(w);
    return hit;
}

/* Whether the labelled text at p ends on a country within a few lines:
 * an address, when its name has no institution word ("Genotypic
 * Technology Private Limited, Bengaluru, ..., India"). */
static int country_soon(const char *p) {
    for (size_t q = 1; q < 240 && p[q - 1]; q++)
        if ((p[q] == ',' || p[q] == '.' || p[q] == ';' || p[q] == '|' || p[q] == '\n' || !p[q]) &&
            ends_with_country(p, q))
            return 1;
    return 0;
}

/* "‘Department of ..., Guntur, India. 2Department of ..., India
 * Department of ..., India." / "... Estonia, and ‘Institute of ...": a
 * run-in list of addresses under an OCR'd byline, each ending on its
 * country, the raised figures that open them read as glyphs, read right
 * or lost (under an "Author details" heading too). A text that opens on
 * an address and breaks after a country (a comma, stop, bar or semicolon, maybe
 * "and", between) before a label and an address, or an institution's name
 * alone, one glyph among the labels at least (stars alone are labels as
 * printed), becomes one line an address, each opening on the figure
 * counted down the list (a figure read right must be its count); a note
 * after the last country ("*Corresponding author ...") a line of its own.
 * This text j's list as those lines in *out (malloc'd): 1, 0 when j is
 * none, -1 on OOM. */
static int ocr_run_in_text(const char *j, char **out) {
    size_t L = strlen(j);
    /* starts and ends of the addresses, and where a note after the last
     * one starts */
    size_t st[MAX_AFFS], en[MAX_AFFS], tail = L;
    int count = 0, glyphs = 0, figures = 1;
    size_t gl = ocr_glyph_run(j), lab = gl;
    *out = NULL;
    if (!gl && j[0] == '1' && (j[1] == ' ' ? is_upper_start(j + 2) : is_upper_start(j + 1)))
        lab = j[1] == ' ' ? 2 : 1;
    if (L > 4000 || (!lab && !opens_institution(j)))
        return 0;
    int near = institution_near(j + lab);
    if (near <= 0)
        return near;
    glyphs += gl != 0 && !star_run(j);
    st[count++] = lab;
    for (size_t q = lab; q < L && count < MAX_AFFS; q++) {
        char c = j[q];
        if (c != ',' && c != '.' && c != '|' && c != ';' && c != '\n')
            continue;
        size_t r = q + 1;
        while (j[r] == ' ' || j[r] == '\n')
            r++;
        if (strncmp(j + r, "and ", 4) == 0)
            r += 4;
        size_t g = ocr_glyph_run(j + r), d = 0;
        if (!g)
            while (d < 2 && j[r + d] >= '0' && j[r + d] <= '9')
                d++;
        size_t w = r + g + d + (d && j[r + d] == ' ');
        if (!(j[w] >= 'A' && j[w] <= 'Z' && j[w + 1] >= 'a' && j[w + 1] <= 'z'))
            continue;
        if (d && atoi(j + r) != count + 1)
            continue;
        if (!ends_with_country(j + st[count - 1], q - st[count - 1]))
            continue;
        if (opens_note(j + w) || jfyp_front_meta_line(j + r)) {
            /* "..., India" / "*Corresponding Author; E-mail: ...": the
             * list ends on its country */
            tail = r;
            en[count - 1] = q;
            break;
        }
        int inst = g || d ? institution_near(j + w) : opens_institution(j + w);
        if (inst < 0)
            return -1;
        if (!inst && !((g || d) && country_soon(j + w)))
            continue;
        en[count - 1] = q;
        st[count++] = w;
        glyphs += g != 0 && !star_run(j + r);
        figures &= d != 0;
        q = w - 1;
    }
    if (tail == L)
        en[count - 1] = L;
    /* (or the first figure lost, the others read right: "Division of ...,
     * Japan" / "2Department of ..., Japan") */
    if (count < 2 || (!glyphs && (lab || !figures)))
        return 0;
    jfyp_buf b;
    jfyp_buf_init(&b);
    for (int i = 0; i < count; i++) {
        char num[16];
        snprintf(num, sizeof num, "%s%d ", i ? "\n" : "", i + 1);
        jfyp_buf_puts(&b, num);
        size_t e = en[i];
        /* the separator after it, "and" too, is no part of it */
        while (e > st[i] && (j[e - 1] == ' ' || j[e - 1] == '\n' || j[e - 1] == ',' || j[e - 1] == '|' ||
                             j[e - 1] == ';'))
            e--;
        if (e >= st[i] + 4 && strncmp(j + e - 4, " and", 4) == 0)
            e -= 4;
        for (size_t p = st[i]; p < e; p++)
            if (j[p] != '\n')
                jfyp_buf_putc(&b, j[p]);
            else if (p == st[i] || j[p - 1] != '-')
                jfyp_buf_putc(&b, ' ');
    }
    if (tail < L) {
        jfyp_buf_putc(&b, '\n');
        jfyp_buf_puts(&b, j + tail);
    }
    *out = jfyp_buf_finish(&b);
    return *out ? 1 : -1;
}

/* Whether the block t goes on with the OCR'd list of addresses a above
 * it, a blank line between: the last address is cut off at a comma, or it
 * ended on its country and t opens on the next one, its label a glyph
 * ("*Professor and Head, Department of ..."). -1 out of memory. */
static int run_in_goes_on(const char *a, size_t n, const char *t) {
    if (n && a[n - 1] == ',')
        return 1;
    size_t ls = n;
    while (ls && a[ls - 1] != '\n')
        ls--;
    size_t g = ocr_glyph_run(t);
    if (!g || jfyp_front_meta_line(t) || opens_note(t + g))
        return 0;
    int near = institution_near(t + g);
    return near <= 0 ? near : ends_with_country(a + ls, n - ls) != 0;
}

/* The block right under the byline, with the ones it goes on into a blank
 * line under it, read by ocr_run_in_text: its lines are the addresses
 * then. 0, or -1 on OOM. */
static int ocr_run_in_affs(state *S, int from) {
    jfy_node *n = jfyp_rec_first(S->r);
    while (n && n->line && n->line <= from)
        n = jfyp_rec_next(S->r, n);
    /* (the byline's last line OCR set apart: names, no address) */
    if (n && n->type == JFY_N_PARAGRAPH && n->line == from + 1) {
        char *t = jfyp_front_text(n, 0);
        if (!t)
            return -1;
        int names = strlen(t) < 200 && strchr(t, ',') && !jfyp_front_has_institution_word(t) &&
                    !strchr(t, '@') && !ends_with_country(t, strlen(t));
        free(t);
        if (names)
            n = jfyp_rec_next(S->r, n);
    }
    if (!n || n->type != JFY_N_PARAGRAPH)
        return 0;
    for (jfy_node *k = n->first; k; k = k->next)
        if (k->type != JFY_N_TEXT && k->type != JFY_N_SOFTBREAK)
            return 0;
    jfy_node *blocks[8];
    size_t nb = 0;
    jfyp_buf J;
    jfyp_buf_init(&J);
    for (jfy_node *b = n; b && b->type == JFY_N_PARAGRAPH && nb < 8; b = jfyp_rec_next(S->r, b)) {
        if (nb && (b->line > blocks[nb - 1]->end_line + 2 || !J.len))
            break;
        char *t = jfyp_front_text(b, 1);
        if (!t) {
            jfyp_buf_free(&J);
            return -1;
        }
        int on = nb ? run_in_goes_on(J.data, J.len, t) : 1;
        if (on <= 0) {
            free(t);
            if (on < 0) {
                jfyp_buf_free(&J);
                return -1;
            }
            break;
        }
        if (nb)
            jfyp_buf_putc(&J, '\n');
        jfyp_buf_puts(&J, t);
        free(t);
        blocks[nb++] = b;
        while (J.len && J.data[J.len - 1] == ' ')
            J.data[--J.len] = '\0';
    }
    char *j = jfyp_buf_finish(&J), *lines = NULL;
    if (!j)
        return -1;
    int rc = ocr_run_in_text(j, &lines);
    free(j);
    if (rc <= 0)
        return rc;
    while (n->first)
        jfyp_node_free(n->first);
    rc = 0;
    for (char *p = lines; p && !rc;) {
        char *e = strchr(p, '\n');
        jfy_node *t = jfyp_node_new_textn(JFY_N_TEXT, p, e ? (size_t)(e - p) : strlen(p));
        jfy_node *br = t && p != lines ? jfyp_node_new(JFY_N_SOFTBREAK) : NULL;
        if (!t || (p != lines && !br)) {
            if (t)
                jfyp_node_free(t);
            rc = -1;
            break;
        }
        if (br)
            jfyp_node_append(n, br);
        jfyp_node_append(n, t);
        p = e ? e + 1 : NULL;
    }
    free(lines);
    if (!rc) {
        n->end_line = blocks[nb - 1]->end_line;
        for (size_t i = 1; i < nb; i++)
            jfyp_node_free(blocks[i]);
        jfyp_node_changed(n);
    }
    return rc;
}

int jfyp_recognize_affiliations(jfyp_rec *r) {
    if (join_cut_addresses(r) < 0)
        return -1;
    state S = {0};
    S.r = r;
    jfy_node *group = NULL;
    for (jfy_node *k = r->front->first; k; k = k->next)
        if (k->type == JFY_N_CONTRIBS && jfyp_node_attr(k, "content-type") &&
            strcmp(jfyp_node_attr(k, "content-type"), "author") == 0)
            group = k;
    jfy_node *cv[256];
    S.c.v = cv;
    if (group)
        for (jfy_node *k = group->first; k && S.c.n < 256; k = k->next)
            if (k->type == JFY_N_CONTRIB) {
                S.c.markers[S.c.n] = jfyp_node_attr(k, "markers");
                cv[S.c.n++] = k;
            }
    /* Affiliations and correspondence belong to a byline: without one,
     * addresses and emails on the page are the masthead's or the body's. */
    if (!S.c.n) {
        if (group)
            return 0;
        int rc = take_numbered_unbylined(&S);
        return rc < 0 ? rc : take_unbylined_corresp(&S);
    }
    int from = group->end_line;
    if (ocr_aff_labels(&S, from) < 0 || ocr_run_in_affs(&S, from) < 0)
        return -1;
    int rc0 = !label_marks(&S.c) ? take_from_the_named(&S, from) : 0;
    if (rc0 >= 0)
        rc0 = take_run_first_lost(&S, from);
    if (rc0 >= 0)
        rc0 = take_before_byline(&S, group);
    if (rc0 >= 0)
        rc0 = take_between_names(&S, group);
    if (rc0 >= 0)
        rc0 = take_bracket_names(&S);
    if (rc0 < 0)
        return -1;

    int in_zone = 1, misses = 0, extra = 0, adjacent = 1, rc = 0, after_marked = 0;
    int continued = 0, field_open = 0, since_aff = 99;
    jfy_node *pends[MAX_LEAD]; /* paragraphs holding only a label */
    size_t npend = 0;
    jfy_node *lead[MAX_LEAD];
    int lead_ok[MAX_LEAD];
    size_t nlead = 0;
    int byline_marks = 0;
    for (size_t i = 0; i < S.c.n; i++)
        if (S.c.markers[i] && *S.c.markers[i])
            byline_marks = 1;
    char pendlab[16] = "";
    int present = 0;
    jfy_node *present_fn = NULL, *opener = NULL, *opener_name = NULL;
    jfy_node *n = jfyp_rec_first(r);
    while (n && rc == 0) {
        jfy_node *next = jfyp_rec_next(r, n);
        if (n->line && n->line <= from) {
            n = next;
            continue;
        }
        if (n->type != JFY_N_PARAGRAPH && n->type != JFY_N_LIST && n->type != JFY_N_HEADING) {
            adjacent = 0;
            if (!in_zone && ++extra > EXTRA_BLOCKS)
                break;
            n = next;
            continue;
        }
        if (n->type == JFY_N_LIST && list_note_rest(&S, n, in_zone) < 0) {
            rc = -1;
            break;
        }
        if (n->type == JFY_N_PARAGRAPH) {
            if (split_kinds(&S, n, !(in_zone || npend)) < 0) {
                rc = -1;
                break;
            }
            next = jfyp_rec_next(r, n);
            if (in_zone && next && next->type == JFY_N_PARAGRAPH) {
                int k = cut_first_line(&S, n, next);
                if (k == 0)
                    k = note_cut_at_comma(n, next);
                if (k < 0) {
                    rc = -1;
                    break;
                }
                if (k)
                    next = jfyp_rec_next(r, n);
            }
        }
        /* a marked address, maybe with its last lines joined on, is
         * right above */
        int follows_aff = in_zone && (after_marked || continued);
        continued = 0;
        if (in_zone && after_marked) {
            int k = continue_last_aff(&S, n);
            if (k < 0) {
                rc = -1;
                break;
            }
            after_marked = 0;
            /* (the block may have parted from the addresses under it) */
            next = jfyp_rec_next(r, n);
            if (k > 0) {
                continued = 1;
                /* the last of the addresses run on may be cut again */
                after_marked = k == 2;
                next = jfyp_rec_next(r, n);
                jfyp_node_free(n);
                n = next;
                continue;
            }
        }
        size_t naff_before = S.naff;
        char *t = jfyp_front_text(n, 0), *lines = t ? jfyp_front_text(n, 1) : NULL;
            if (!t || !lines) {
            free(t);
            free(lines);
            rc = -1;
            break;
        }
        /* "Funding: This work was supported by the" / "Deanship of X,
         * King Y University, ...": a field's sentence broken off mid-way
         * goes on in the blocks after it, up to a labelled one */
        int cont = field_open;
        {
            size_t tz = strlen(t);
            char lb[16];
            field_open = n->type == JFY_N_PARAGRAPH && tz && t[tz - 1] >= 'a' && t[tz - 1] <= 'z' &&
                         (jfyp_front_meta_line(t) || (cont && !aff_label(t, &S.c, lb, sizeof lb)));
        }
        /* Items of a list ("* Corresponding author", "1. Department") read
         * as the lines the page printed. */
        const char *body = lines;
        int claimed = 0, m0;
        /* (a notice's page is short: its references' heading, a line of
         * its own no reader has made a heading yet, may follow the front
         * matter after a paragraph too short to end it) */
        int stopped = in_zone && (jfyp_front_stop(n, t, 1) || (strlen(t) < 40 && !strchr(lines, '\n') &&
                                                              jfyp_section_kind(t) == JFYP_SEC_REFS)) &&
                      !address_list(&S, lines);
        if (stopped)
            in_zone = 0;
        if (!in_zone || n->type != JFY_N_PARAGRAPH)
            present = 0;
        if (!in_zone && ++extra > EXTRA_BLOCKS) {
            free(t);
            free(lines);
            break;
        }
        if ((n->type == JFY_N_PARAGRAPH || (n->type == JFY_N_LIST && strcmp(t, "*") == 0)) &&
            (in_zone || S.naff || lone_letter(n, t)) && label_line(&S, t, strlen(t))) {
            /* "1" printed apart from its address, or left behind it; "1",
             * "2", "*" each alone above the addresses they mark */
            char *u = jfyp_front_unsup(jfyp_strdup(t));
            if (!u) {
                rc = -1;
            } else {
                jfyp_trim(u);
                if (S.naff && has_label(&S, u)) {
                    if (in_zone)
                        jfyp_node_free(n);
                } else if (npend < MAX_LEAD && !is_corresp_marker(u, strlen(u))) {
                    if (!npend)
                        snprintf(pendlab, sizeof pendlab, "%s", u);
                    pends[npend++] = n;
                }
            }
            free(u);
            free(t);
            free(lines);
            n = next;
            continue;
        }
        int neutral = 0;
        size_t tl0 = strlen(t);
        jfy_node *was_opener = opener, *was_name = opener_name;
        opener = opener_name = NULL;
        if (present && n->type == JFY_N_PARAGRAPH && tl0 < 600 && !strchr(t, '@')) {
            /* the present-address note goes on until its full stop */
            if (add_present_note(&S, &present_fn, t, n) < 0)
                rc = -1;
            if (tl0 && t[tl0 - 1] == '.')
                present = 0;
            claimed = neutral = 1;
        } else if (in_zone && n->type == JFY_N_PARAGRAPH && (present_opener(lines) || present_note_start(t)) &&
                   tl0 < 600 && !strchr(t, '@')) {
            /* "Present address: Fund X, Town, USA." (its label alone over it,
             * or its symbol printed apart): a note, not one of the byline's
             * addresses */
            if (nlead && flush_lead(&S, lead, lead_ok, &nlead, &adjacent, &misses) < 0)
                rc = -1;
            present = !(tl0 && t[tl0 - 1] == '.');
            present_fn = NULL;
            if (rc == 0 && add_present_note(&S, &present_fn, t, n) < 0)
                rc = -1;
            claimed = neutral = 1;
        } else if (in_zone && n->type == JFY_N_PARAGRAPH && bare_corresp_label(t)) {
            /* "Corresponding author." left alone when its address was
             * split off: the star on the name says it already */
            claimed = 1;
        } else if (in_zone && bare_opener(t)) {
            /* "*Correspondence:" over a note below: kept for it, and the
             * addresses around it still read as the byline's; the
             * addresses kept before it end there */
            if (nlead && flush_lead(&S, lead, lead_ok, &nlead, &adjacent, &misses) < 0)
                rc = -1;
            neutral = 1;
            opener = n;
        } else if (was_opener && !was_name && n->type == JFY_N_PARAGRAPH && tl0 < 120 &&
                   !strchr(t, '@') && names_author(&S, t)) {
            /* "Correspondence" / "Jane Roe" / "Email: x@y" */
            opener = was_opener;
            opener_name = n;
            neutral = 1;
        } else if ((correspish(t) || starred_emails(&S, t)) && strchr(t, '@') && !journal_facts(t) &&
                   (in_zone || jfyp_stristr(t, "correspond") ||
                    (since_aff <= 2 && S.marked && starred_emails(&S, t)))) {
            /* past the front matter, the star's e-mails just under the
             * marked addresses read there are still their page's */
            /* the addresses kept before the note end there */
            if (in_zone && nlead && flush_lead(&S, lead, lead_ok, &nlead, &adjacent, &misses) < 0)
                rc = -1;
            /* "* Correspondence: x@y; z@w" / "Department of X, ..., USA":
             * the one address all the authors share printed under the
             * note */
            size_t cut = !was_opener && !S.naff && !label_marks(&S.c) ? address_after_note(lines) : 0;
            if (cut) {
                char *addr = jfyp_strdup(lines + cut);
                for (char *q = addr; q && *q; q++)
                    if (*q == '\n')
                        *q = ' ';
                if (!addr || add_aff(&S, NULL, addr, n) < 0)
                    rc = -1;
                free(addr);
            }
            /* a sentence of its own under the note's last e-mail line ("†
             * Equal contribution.", another symbol's note): a note of its
             * own, not the correspondence */
            size_t tail = !cut && !was_opener && n->type == JFY_N_PARAGRAPH ? note_tail_at(n) : 0;
            if (tail == (size_t)-1) {
                rc = -1;
                tail = 0;
            }
            char *one = was_opener ? jfyp_front_text(was_opener, 0)
                        : cut      ? jfyp_strndup(lines, cut - 1)
                        : tail     ? note_head(&S, n, tail)
                                   : jfyp_strdup(t);
            for (char *q = cut ? one : NULL; q && *q; q++)
                if (*q == '\n')
                    *q = ' ';
            char *who = was_name ? jfyp_front_text(was_name, 0) : NULL;
            if (one && was_opener) {
                char *j = jfyp_printf("%s %s%s%s", one, who ? who : "", who ? " " : "", t);
                free(one);
                one = j;
            }
            if (!one || (was_name && !who) ||
                add_corresp(&S, one + (strncmp(one, "* ", 2) == 0 ? 2 : 0), n) < 0)
                rc = -1;
            free(one);
            free(who);
            if (rc == 0 && was_opener) {
                jfyp_node_free(was_opener);
                jfyp_node_free(was_name);
            }
            claimed = 1;
        } else if (in_zone && n->type == JFY_N_PARAGRAPH && jfyp_after_label(t, "communicated by") &&
                   strlen(t) < 400) {
            if (add_edited_by(&S, n, t) < 0)
                rc = -1;
            claimed = 1;
        } else if (in_zone && n->type == JFY_N_PARAGRAPH && correspish_start(t) && strlen(t) < 600 &&
                   (jfyp_stristr(t, "correspond") || jfyp_stristr(t, "reprint"))) {
            /* "For reprints and all correspondence: name, address", its
             * e-mail maybe in the next block */
            if (nlead && flush_lead(&S, lead, lead_ok, &nlead, &adjacent, &misses) < 0)
                rc = -1;
            char *one = jfyp_strdup(t);
            if (!one || add_corresp(&S, one, n) < 0)
                rc = -1;
            free(one);
            claimed = 1;
        } else if (strlen(t) >= 600 && n->type == JFY_N_PARAGRAPH && !S.corresp &&
                   (long_block_address(&S, lines, n) < 0 || long_block_corresp(&S, t, n) < 0)) {
            rc = -1;
        } else if (in_zone && n->type == JFY_N_PARAGRAPH && (m0 = take_note(&S, n, t)) != 0) {
            if (m0 < 0)
                rc = -1;
            claimed = 1;
        } else if (n->type != JFY_N_HEADING) {
            const char *from_lab = body[0] == '*' && body[1] == ' ' && !star_item_address(&S, n, body)
                                       ? body + 2
                                       : from_the_letter(&S, body);
            int m = 0;
            char tmp[16];
            int labelled = aff_label(from_lab, &S.c, tmp, sizeof tmp) != 0;
            /* "*" and "†" printed apart over unlabelled addresses while the
             * byline's numbers point to none yet: the symbols are the
             * notes', and the addresses take the numbers */
            char num[1][16];
            if (npend && !labelled && in_zone && label_kind(pendlab) == 1 &&
                missing_labels(&S, NULL, 0, num, 1, 0) && !S.naff) {
                for (size_t i = 0; i < npend; i++)
                    jfyp_node_free(pends[i]);
                npend = 0;
            }
            if (nlead && labelled) {
                m = take_lead(&S, lead, nlead, label_kind(tmp), tmp);
                if (m > 0)
                    nlead = 0;
                m = m < 0 ? -1 : 0;
            }
            /* "Jane Roe jroe@inst.org" under a correspondence heading:
             * the domain may hold an institution word */
            int people = strchr(t, '@') && names_and_emails(&S, t);
            int unmarked_ok = in_zone && !cont && n->type == JFY_N_PARAGRAPH && addressish(t) && !run_in_part(t) &&
                              !jfyp_front_meta_line(t) && strlen(t) < 600 && !people &&
                              !field_heading(lines) && !prose_not_address(t);
            int deferrable = in_zone && !cont && byline_marks && !S.naff && nlead < MAX_LEAD &&
                             n->type == JFY_N_PARAGRAPH && !labelled && strlen(t) < 1000 && !run_in_part(t) &&
                             !correspish_start(t) &&
                             !jfyp_front_meta_line(t) && !npend && !people && !field_heading(lines) &&
                             (!strchr(t, '@') || jfyp_front_has_institution_word(t));
            /* (the labels printed after the addresses were kept apart) */
            if (nlead && npend && m == 0 && !deferrable && !labelled) {
                m = take_labels_after(&S, lead, nlead, pends, npend, pendlab);
                if (m > 0)
                    nlead = npend = 0;
                m = m < 0 ? -1 : 0;
            }
            if (nlead && m == 0 && !deferrable)
                m = flush_lead(&S, lead, lead_ok, &nlead, &adjacent, &misses);
            if (m == 0 && npend && !labelled) {
                size_t bl = strlen(pendlab) + 1 + strlen(from_lab) + 1;
                char *joined = malloc(bl);
                if (!joined) {
                    m = -1;
                } else {
                    snprintf(joined, bl, "%s\n%s", pendlab, from_lab);
                    m = take_marked(&S, n, joined, in_zone);
                    free(joined);
                    if (m > 0) {
                        for (size_t i = 0; i < npend; i++)
                            jfyp_node_free(pends[i]);
                        npend = 0;
                    }
                }
            }
            if (m == 0 && from_lab != body && !nlead && !npend) {
                jfy_node *more[4];
                size_t nmore = 0;
                int oom = 0;
                char *all = from_the_more(&S, n, from_lab, more, &nmore, &oom);
                size_t had = S.naff;
                /* the byline's letters after "From the " place it in the
                 * front matter wherever the page put it */
                m = oom ? -1 : all ? take_marked(&S, n, all, 1) : 0;
                free(all);
                if (m > 0 && S.naff > had + 1) {
                    for (size_t k = 0; k < nmore; k++)
                        jfyp_node_free(more[k]);
                    next = jfyp_rec_next(r, n);
                }
            }
            if (m == 0)
                m = take_marked(&S, n, from_lab, in_zone);

            if (m < 0) {
                rc = -1;
            } else if (m > 0) {
                claimed = 1;
            } else if (deferrable) {
                /* An address whose marker the byline took, maybe broken
                 * into several blocks: kept until a marked one follows,
                 * or read at once when the block goes on to marked ones. */
                lead_ok[nlead] = unmarked_ok;
                lead[nlead++] = n;
                int inner = 0;
                for (const char *q = strchr(lines, '\n'); q && !inner; q = strchr(q + 1, '\n'))
                    inner = aff_label(q + 1, &S.c, tmp, sizeof tmp) != 0;
                if (inner) {
                    int k = take_lead(&S, lead, nlead, label_kind(tmp), tmp);
                    if (k < 0)
                        rc = -1;
                    else if (k > 0)
                        nlead = 0;
                }
                free(t);
                free(lines);
                npend = 0;
                n = next;
                continue;
            } else if (follows_aff && unmarked_ok && !strchr(t, '@') &&
                       (m = take_next_label(&S, n, from_lab)) != 0) {
                /* "1", "2", "3" printed as a column of their own beside
                 * the addresses: the first went to the first address, the
                 * next ones go to the addresses after it in turn */
                if (m < 0)
                    rc = -1;
                else
                    claimed = 1;
            } else if (adjacent && !S.marked && unmarked_ok) {
                int u = add_unmarked_lines(&S, n);
                /* the blocks it took after this one are freed: step over
                 * what follows them, not a freed block */
                if (u > 0)
                    next = jfyp_rec_next(r, n);
                char *clean = u ? NULL : jfyp_front_unsup(jfyp_strdup(t));
                if (u < 0 || (!u && (!clean || add_aff(&S, NULL, clean, n) < 0)))
                    rc = -1;
                free(clean);
                claimed = 1;
            }
        }
        free(t);
        free(lines);
        npend = 0;
        after_marked = claimed && S.marked && S.naff > naff_before;
        since_aff = S.naff > naff_before ? 0 : since_aff + 1;
        /* a long run of marked addresses ("1 Institute A, ..., 13
         * Ministry M, ...") read as prose: the notes under it are still
         * the front matter's */
        if (stopped && after_marked && n->type == JFY_N_PARAGRAPH)
            in_zone = 1;
        if (claimed) {
            jfyp_node_free(n);
        } else if (!neutral) {
            adjacent = 0;
            if (in_zone && ++misses > 12)
                in_zone = 0;
        }
        n = next;
    }
    if (rc == 0 && nlead && flush_lead(&S, lead, lead_ok, &nlead, &adjacent, &misses) < 0)
        rc = -1;
    if (rc == 0 && byline_marks)
        rc = take_details(&S);
    if (rc == 0 && !byline_marks)
        rc = take_unmarked_details(&S);
    if (rc == 0 && byline_marks)
        rc = take_side_column(&S);
    if (rc == 0)
        rc = take_late_notes(&S, from);
    if (rc == 0 && byline_marks)
        rc = take_above_title(&S);
    if (rc == 0 && S.naff == 0 && take_bracketed(&S) < 0)
        rc = -1;
    if (rc == 0 && S.naff == 0 && S.c.n && take_from_the(&S) < 0)
        rc = -1;
    /* Only the last addresses read, each under its own figure ("10" /
     * "Beijing ..., China."), while the run before them, its figures glued
     * on ("..., China. 2College of ..."), lost its "1" to a line of its
     * own at the page's foot: the run is still the byline's. */
    if (rc == 0 && byline_marks && S.naff && S.naff < 8)
        rc = take_lost_first(&S, from);
    if (rc == 0 && byline_marks && S.naff == 0 && take_unlabelled_row(&S, from) < 0)
        rc = -1;
    if (rc == 0)
        rc = link(&S);
    if (rc == 0)
        rc = assign_emails(&S);
    if (rc == 0)
        rc = take_named_present(&S);
    /* the late pass reads the markers when no address was found */
    if (!(S.naff == 0 && byline_marks))
        for (size_t i = 0; i < S.c.n; i++)
            if (jfyp_node_set_attr(S.c.v[i], "markers", NULL) < 0)
                rc = -1;
    return rc;
}

/* ---- "Name − Address" at the end of the article ---- */

/* Where the dash between a name and its address ends ("Ann Roe − Dept",
 * "Ann Roe – Dept"), spaces on both sides, or NULL. */
static const char *name_dash_end(const char *p) {
    static const char *const dashes[] = {" \xe2\x88\x92 ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", " - ", NULL};
    for (size_t i = 0; dashes[i]; i++) {
        size_t dl = strlen(dashes[i]);
        if (strncmp(p, dashes[i], dl) == 0)
            return p + dl;
    }
    return NULL;
}

/* The author whose whole name ("Given Surname") ends t just before e, or
 * -1; where that name starts in *at. */
static int author_before(const state *S, const char *t, const char *e, const char **at) {
    for (size_t j = 0; j < S->c.n; j++) {
        const jfy_node *nm = jfyp_node_child(S->c.v[j], JFY_N_NAME);
        const char *sur = nm ? jfyp_node_attr(nm, "surname") : NULL;
        const char *giv = nm ? jfyp_node_attr(nm, "given") : NULL;
        if (!sur || !giv || !*sur || !*giv)
            continue;
        size_t sl = strlen(sur), gl = strlen(giv);
        if ((size_t)(e - t) < sl + gl + 1)
            continue;
        const char *s = e - sl - gl - 1;
        if (strncmp(s, giv, gl) == 0 && s[gl] == ' ' && strncmp(s + gl + 1, sur, sl) == 0 &&
            (s == t || s[-1] == ' ' || s[-1] == '\n')) {
            *at = s;
            return (int)j;
        }
    }
    return -1;
}

/* The address after a name's dash ends at the next name, at "; " (an
 * ORCID, the e-mail follow) or at "Email". */
static size_t named_address_len(const char *a, const char *next) {
    const char *e = next ? next : a + strlen(a);
    const char *s = strstr(a, "; ");
    if (s && s < e)
        e = s;
    static const char *const stops[] = {"Email", "E-mail", "orcid.org", NULL};
    for (size_t i = 0; stops[i]; i++) {
        s = strstr(a, stops[i]);
        if (s && s < e)
            e = s;
    }
    return (size_t)(e - a);
}

/* The author whose whole name ("Given Surname") is all the line s (n
 * bytes) holds, or -1. */
static int author_line(const state *S, const char *s, size_t n) {
    while (n && s[n - 1] == ' ')
        n--;
    while (n && *s == ' ') {
        s++;
        n--;
    }
    const char *at;
    int j = author_before(S, s, s + n, &at);
    return j >= 0 && at == s ? j : -1;
}

typedef struct {
    int who;
    char *addr;
} named_hit;

/* "..., Southampton SO17 1BJ, United Kingdom Complete contact information
 * is available at: ...": a sentence run on after the country that closes
 * the address is cut off (the last country a capital follows). */
static void cut_after_country(char *x) {
    size_t n = strlen(x);
    if (n > 600 || ends_with_country(x, n))
        return;
    for (size_t p = n; p > 0; p--)
        if (x[p - 1] != ',' && x[p] == ' ' && is_upper_ascii_or_utf8(x + p + 1) && ends_with_country(x, p)) {
            x[p] = '\0';
            return;
        }
}

/* The address gathered in la under the name of author *who, read as one
 * hit or, when "; " parts each read as an address, one hit a part; la is
 * emptied and *who reset. -1 on OOM. */
static int name_line_hit(named_hit *hit, size_t *nh, int *who, jfyp_buf *la) {
    if (la->failed)
        return -1;
    int w = *who, want = w >= 0 && la->len;
    char *x = want ? jfyp_strndup(la->data, la->len) : NULL;
    la->len = 0;
    *who = -1;
    if (!x)
        return want ? -1 : 0;
    jfyp_squeeze(x);
    size_t xl = strlen(x);
    while (xl && strchr(" .,;", x[xl - 1]))
        x[--xl] = '\0';
    int parts = 1;
    char *q0 = strstr(x, "; ");
    if (q0) {
        *q0 = '\0';
        parts = addressish(x) != 0;
        *q0 = ';';
    }
    /* each part after a "; " up to the next reads as an address too */
    for (char *q = x; parts && (q = strstr(q, "; ")) != NULL; q += 2) {
        char *nx = strstr(q + 2, "; ");
        if (nx)
            *nx = '\0';
        parts &= addressish(q + 2) != 0;
        if (nx)
            *nx = ';';
    }
    char *p = x;
    while (p && *nh < MAX_AFFS) {
        char *q = parts ? strstr(p, "; ") : NULL;
        if (q)
            *q = '\0';
        if (strlen(p) <= 300 && addressish(p)) {
            char *a = jfyp_strdup(p);
            if (!a) {
                free(x);
                return -1;
            }
            hit[*nh].who = w;
            hit[(*nh)++].addr = a;
        }
        p = q ? q + 2 : NULL;
    }
    free(x);
    return 0;
}

/* ACS prints no address under the byline: its "Author Information" at
 * the end gives each author's whole name, a dash and the address
 * ("Ann Roe − Dept X, Univ Y, Town 1000, China; Email: ..."), the
 * corresponding authors first. With no address found elsewhere, each
 * address read so (the same one once) goes to the author named before it;
 * the text stays where it is. 1 taken, 0 not, -1 on OOM. */
static int take_named_addresses(state *S) {
    named_hit hit[MAX_AFFS];
    size_t nh = 0;
    int rc = 0;
    /* Ubiquity's "Author Affiliations" at the end: each author's whole
     * name on a line of its own (its ORCID after it or under it), the
     * addresses under it ("Town, Country; Institute B, Town, Country"),
     * up to the next name; an address closed when its block ends goes no
     * further (a running head may follow). */
    int lwho = -1;
    jfyp_buf la;
    jfyp_buf_init(&la);
    jfy_node *notes = jfyp_node_child(S->r->front, JFY_N_AUTHOR_NOTES);
    jfy_node *f = notes ? notes->first : NULL;
    for (jfy_node *n = jfyp_rec_first(S->r); rc == 0 && (n || f);) {
        jfy_node *cur;
        if (f) {
            cur = f;
            f = f->next;
            if (cur->type != JFY_N_CORRESP)
                continue;
        } else {
            cur = n;
            n = jfyp_rec_next(S->r, n);
            if (cur->type != JFY_N_PARAGRAPH)
                continue;
        }
        if (cur->type == JFY_N_PARAGRAPH && lwho >= 0 && la.len && !strchr(";,", la.data[la.len - 1]) &&
            name_line_hit(hit, &nh, &lwho, &la) < 0)
            rc = -1;
        char *ls = cur->type == JFY_N_PARAGRAPH ? jfyp_front_text(cur, 1) : NULL;
        for (char *l = ls; l && *l && rc == 0;) {
            char *e = strchr(l, '\n');
            size_t ln = e ? (size_t)(e - l) : strlen(l);
            /* (looked for in the line alone: searched to the block's end
             * from every line, a long block was quadratic) */
            if (e)
                *e = '\0';
            char *o = strstr(l, "orcid.org/");
            if (e)
                *e = '\n';
            size_t nl = o ? (size_t)(o - l) : ln;
            int j = author_line(S, l, nl);
            if (j >= 0) {
                if (name_line_hit(hit, &nh, &lwho, &la) < 0)
                    rc = -1;
                lwho = j;
            } else if (lwho >= 0 && memchr(l, '@', ln)) {
                /* the e-mail under a correspondent's address ends it */
                if (name_line_hit(hit, &nh, &lwho, &la) < 0)
                    rc = -1;
            } else if (lwho >= 0 && nl) {
                if (la.len)
                    jfyp_buf_putc(&la, ' ');
                jfyp_buf_put(&la, l, nl);
            }
            l = e ? e + 1 : l + ln;
        }
        free(ls);
        if (rc < 0)
            break;
        char *t = cur->type == JFY_N_CORRESP ? jfyp_node_plain(cur) : jfyp_front_text(cur, 0);
        if (!t) {
            jfyp_buf_free(&la);
            return -1;
        }
        if (strlen(t) > 3000) {
            free(t);
            continue;
        }
        const char *at[MAX_AFFS], *addr[MAX_AFFS];
        int who[MAX_AFFS];
        size_t k = 0;
        for (const char *p = t; *p && k < MAX_AFFS; p++) {
            const char *d = *p == ' ' ? name_dash_end(p) : NULL;
            const char *s;
            int j = d ? author_before(S, t, p, &s) : -1;
            if (j >= 0) {
                at[k] = s;
                addr[k] = d;
                who[k++] = j;
                p = d - 1;
            }
        }
        for (size_t i = 0; i < k && nh < MAX_AFFS; i++) {
            size_t len = named_address_len(addr[i], i + 1 < k ? at[i + 1] : NULL);
            while (len && strchr(" .,;\n", addr[i][len - 1]))
                len--;
            char *x = jfyp_strndup(addr[i], len);
            if (!x) {
                rc = -1;
                break;
            }
            for (char *q = x; *q; q++)
                if (*q == '\n')
                    *q = ' ';
            jfyp_squeeze(x);
            /* "Yanxia Liu − Zhengzhou Institute of Emerging Industrial" /
             * "" / "Technology, Zhengzhou 450001, China": the last address
             * of the block cut by a blank line (pdfminer) ends in the
             * next block, a short one closed on its country */
            if (i + 1 == k && cur->type == JFY_N_PARAGRAPH && n && n->type == JFY_N_PARAGRAPH &&
                !ends_with_country(x, strlen(x))) {
                char *y = jfyp_front_text(n, 1);
                if (!y) {
                    free(x);
                    rc = -1;
                    break;
                }
                /* its first lines, up to the one closed on the country,
                 * no name with its dash among them */
                size_t yl = 0;
                int end = 0;
                while (y[yl] && !end && yl < 200) {
                    size_t ln = strcspn(y + yl, "\n");
                    const char *d = NULL;
                    for (const char *q = memchr(y + yl, ' ', ln); q && q < y + yl + ln && !d; q = strchr(q + 1, ' '))
                        d = name_dash_end(q);
                    if (d)
                        break;
                    char c = y[yl + ln];
                    y[yl + ln] = '\0';
                    end = ends_on_country(y) && !strchr(y, '@') && !jfyp_front_meta_line(y + yl);
                    y[yl + ln] = c;
                    yl += ln + (c ? 1 : 0);
                }
                char *xy = end ? jfyp_printf("%s %.*s", x, (int)yl, y) : NULL;
                if (end && !xy) {
                    free(y);
                    free(x);
                    rc = -1;
                    break;
                }
                if (xy) {
                    free(x);
                    x = xy;
                    for (char *q = x; *q; q++)
                        if (*q == '\n')
                            *q = ' ';
                    jfyp_squeeze(x);
                    size_t xl = strlen(x);
                    while (xl && strchr(" .,;", x[xl - 1]))
                        x[--xl] = '\0';
                }
                free(y);
            }
            cut_after_country(x);
            if (strlen(x) > 300 || !addressish(x)) {
                free(x);
                continue;
            }
            hit[nh].who = who[i];
            hit[nh++].addr = x;
        }
        free(t);
    }
    if (rc == 0 && name_line_hit(hit, &nh, &lwho, &la) < 0)
        rc = -1;
    jfyp_buf_free(&la);
    /* two names at least, so that a name and a dash in prose is not read
     * as the list */
    size_t nwho = 0;
    for (size_t i = 0; i < nh; i++) {
        size_t j = 0;
        while (j < i && hit[j].who != hit[i].who)
            j++;
        nwho += j == i;
    }
    int took = 0;
    jfy_node *affof[MAX_AFFS] = {0};
    for (size_t i = 0; i < nh && rc == 0 && nwho >= 2; i++) {
        jfy_node *c = S->c.v[hit[i].who];
        /* the same address named before: its aff */
        for (size_t j = 0; j < i && !affof[i]; j++)
            if (strcmp(hit[j].addr, hit[i].addr) == 0)
                affof[i] = affof[j];
        if (!affof[i]) {
            size_t had = S->naff;
            if (add_aff(S, NULL, hit[i].addr, c) < 0) {
                rc = -1;
                break;
            }
            if (S->naff == had)
                continue;
            affof[i] = S->affs[S->naff - 1];
            took = 1;
        }
        const char *id = jfyp_node_attr(affof[i], "id");
        if (!points_to(c, id) && add_xref(c, "aff", id, NULL) < 0)
            rc = -1;
    }
    for (size_t i = 0; i < nh; i++)
        free(hit[i].addr);
    return rc < 0 ? -1 : took;
}

/* ---- e-mails no note carried ---- */

/* A mailbox of an office, not of an author: a role word in its local part
 * ("journals.permissions@", "editor@"), or the local part the domain's own
 * name ("jced@jced.es"). */
static int office_mailbox(const char *em) {
    static const char *const roles[] = {"permission", "editor", "office", "journal", "reprint",
                                        "subscri", "support", "noreply", "no-reply", NULL};
    static const char *const whole[] = {"info", "contact", "admin", "help", "mail", NULL};
    const char *at = strchr(em, '@');
    char local[96];
    size_t n = at ? (size_t)(at - em) : 0;
    if (!n || n >= sizeof local)
        return 1;
    memcpy(local, em, n);
    local[n] = '\0';
    for (size_t i = 0; roles[i]; i++)
        if (jfyp_stristr(local, roles[i]))
            return 1;
    for (size_t i = 0; whole[i]; i++)
        if (jfyp_strieq(local, whole[i]))
            return 1;
    size_t d = strcspn(at + 1, ".");
    return d == n && jfyp_strnieq(at + 1, local, n);
}

/* Where a line gives e-mails and nothing else: "E-mail: x@y",
 * "(e-mail: x@y).", "a e-mail: x@y" (a footnote's letter), "*x@y" (the
 * starred note at a column's foot, its mark on the name): the e-mails'
 * start, else NULL; *note gets where the note opens after its mark. */
static const char *lone_email_line(const char *t, const char **note) {
    const char *p = t;
    size_t k;
    for (int marks = 0; marks < 3; marks++) {
        if (*p == ' ' || *p == '(' || *p == JFYP_SUP)
            p++;
        else if ((k = symbol_len(p)) > 0)
            p += k;
        else
            break;
    }
    const char *letter = NULL;
    if (*p >= 'a' && *p <= 'z' && p[1] == ' ')
        letter = p, p += 2;
    *note = p;
    int label = 0;
    if (jfyp_strnieq(p, "e-mail", 6))
        p += 6, label = 1;
    else if (jfyp_strnieq(p, "email", 5))
        p += 5, label = 1;
    if (label) {
        if (jfyp_strnieq(p, " address", 8))
            p += 8 + (jfyp_strnieq(p + 8, "es", 2) ? 2 : 0);
        if (*p == ':')
            p++;
        while (*p == ' ')
            p++;
    } else if (letter) {
        return NULL;
    }
    const char *from = p;
    /* the e-mails and their separators, nothing else */
    int seen = 0;
    while (*p) {
        if (*p == ' ' || *p == ',' || *p == ';' || *p == '.' || *p == ')') {
            p++;
            continue;
        }
        const char *s = p;
        while (*p && *p != ' ' && *p != ',' && *p != ';' && *p != ')')
            p++;
        const char *at = memchr(s, '@', (size_t)(p - s));
        if (!at || at == s || !memchr(at, '.', (size_t)(p - at)))
            return NULL;
        seen++;
    }
    return seen ? from : NULL;
}

static int front_has_email(const jfy_node *front, const char *em, size_t n) {
    for (const jfy_node *k = front->first; k; k = jfyp_node_next_in(front, k))
        if (k->type == JFY_N_EMAIL && k->text && strlen(k->text) == n && jfyp_strnieq(k->text, em, n))
            return 1;
    return 0;
}

/* A line that gives an author's e-mail alone, which no note under the
 * byline took: the corresponding author's line printed at the first
 * column's foot, in the column beside the title, or with the
 * correspondence address after the references. Read as a note of its
 * own; the line stays where it is: taken out of the prose it broke into,
 * it moved the paragraphs and headings read around it both ways. 0, or -1
 * on OOM. */
static int take_lone_emails(state *S) {
    int rc = 0, taken = 0;
    for (jfy_node *n = jfyp_rec_first(S->r), *next; n && rc == 0 && taken < MAX_LONE_EMAILS; n = next) {
        next = jfyp_rec_next(S->r, n);
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        char *t = jfyp_front_text(n, 0);
        if (!t)
            return -1;
        int any = strchr(t, '@') != NULL;
        free(t);
        if (!any)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        for (size_t j = 0; j < l.n && rc == 0 && taken < MAX_LONE_EMAILS; j++) {
            const char *note, *e = lone_email_line(l.v[j].text, &note);
            if (!e)
                continue;
            char **em;
            size_t ne;
            if (jfyp_front_emails(e, &em, NULL, &ne) < 0) {
                rc = -1;
                break;
            }
            int fresh = 0;
            for (size_t i = 0; i < ne; i++)
                fresh |= !office_mailbox(em[i]) && !front_has_email(S->r->front, em[i], strlen(em[i]));
            jfyp_front_strv_free(em, ne);
            if (!fresh)
                continue;
            if (add_corresp(S, note, n) < 0) {
                rc = -1;
                break;
            }
            taken++;
        }
        jfyp_lines_free(&l);
    }
    return rc;
}

/* ---- the fallback: an author's e-mail no reader placed ---- */

/* Where the addresses after an e-mail label at p start ("E-mail:",
 * "email", "E-mail addresses:", "(email: x@y)", "e-mail “x@y”"), else
 * NULL: the label must be a word of its own and an address its next
 * word. */
static const char *after_email_label(const char *t, const char *p) {
    if (p > t && (isalnum((unsigned char)p[-1]) || strchr("@.-_/", p[-1])))
        return NULL;
    const char *q;
    if (jfyp_strnieq(p, "e-mail", 6))
        q = p + 6;
    else if (jfyp_strnieq(p, "email", 5))
        q = p + 5;
    else
        return NULL;
    if (*q == 's' || *q == 'S')
        q++;
    if (jfyp_strnieq(q, " address", 8)) {
        q += 8;
        if (jfyp_strnieq(q, "es", 2))
            q += 2;
    }
    if (isalnum((unsigned char)*q))
        return NULL;
    /* "contact us via e-mail (x@y)" is prose, not a note's label */
    while (*q == ' ' || *q == ':' || *q == '"')
        q++;
    if (strncmp(q, "\xe2\x80\x9c", 3) == 0)
        q += 3;
    size_t tl = strcspn(q, " ,;()");
    const char *at = memchr(q, '@', tl);
    return at && at > q ? q : NULL;
}

/* The end of the run of addresses that starts at q: "x@y, z@w", "x@y
 * (A.B.); z@w (C.D.)", "x@y and z@w". */
static const char *email_run_end(const char *q) {
    const char *end = q, *p = q;
    for (;;) {
        while (*p == ' ' || *p == ',' || *p == ';')
            p++;
        if (jfyp_strnieq(p, "and ", 4) || jfyp_strnieq(p, "or ", 3)) {
            p += *p == 'a' || *p == 'A' ? 4 : 3;
            continue;
        }
        if (*p == '(' && end > q) {
            size_t pl = strcspn(p, ")@");
            if (p[pl] != ')' || pl > 40)
                break;
            p += pl + 1;
            continue;
        }
        size_t tl = strcspn(p, " ,;()");
        if (!tl || !memchr(p, '@', tl))
            break;
        p += tl;
        end = p;
    }
    return end;
}

/* The address a note opens on, after its star: "* x@y (AB)", else NULL. */
static const char *lead_email(const char *t) {
    while (*t == ' ' || *t == '*')
        t++;
    size_t tl = strcspn(t, " ,;()");
    const char *at = memchr(t, '@', tl);
    return at && at > t ? t : NULL;
}

static int front_any_email(const jfy_node *front) {
    for (const jfy_node *k = front->first; k; k = jfyp_node_next_in(front, k))
        if (k->type == JFY_N_EMAIL)
            return 1;
    return 0;
}

/* Whether [s, e) holds an address that is an author's and not yet read. */
static int fresh_emails(const state *S, const char *s, const char *e, int *oom) {
    char *x = jfyp_strndup(s, (size_t)(e - s));
    char **em = NULL;
    size_t ne = 0;
    if (!x || jfyp_front_emails(x, &em, NULL, &ne) < 0) {
        free(x);
        *oom = 1;
        return 0;
    }
    int fresh = 0;
    for (size_t i = 0; i < ne; i++)
        fresh |= !office_mailbox(em[i]) && !front_has_email(S->r->front, em[i], strlen(em[i]));
    jfyp_front_strv_free(em, ne);
    free(x);
    return fresh;
}

/* When no reader found any e-mail, the corresponding author's address as
 * any page prints it, inside the line or prose it ran into: after an
 * e-mail label ("..., Turkey. email: x@y", "Tel: ..., E-mail: x@y; Fax:",
 * "(email: x@y)"), after a correspondence opener in the same sentence run
 * ("Corresponding author: A. Name, x@y, 404-..."), or opening a block
 * after its star or none ("* x@y (AB); z@w (CD)"). Only when nothing else was read:
 * a page whose readers found its e-mails keeps what they found. 0, or -1
 * on OOM. */
static int take_labelled_emails(state *S) {
    if (front_any_email(S->r->front))
        return 0;
    int rc = 0, taken = 0;
    for (jfy_node *n = jfyp_rec_first(S->r); n && rc == 0 && taken < MAX_FALLBACK_NOTES;
         n = jfyp_rec_next(S->r, n)) {
        if (n->type != JFY_N_PARAGRAPH && n->type != JFY_N_LIST)
            continue;
        char *t = jfyp_front_text(n, 0);
        if (!t)
            return -1;
        if (!strchr(t, '@')) {
            free(t);
            continue;
        }
        jfyp_front_mend_emails(jfyp_front_unsup(t));
        for (const char *p = t; *p && rc == 0 && taken < MAX_FALLBACK_NOTES; p++) {
            const char *from = NULL, *q = NULL;
            if ((*p == 'e' || *p == 'E') && (q = after_email_label(t, p)) != NULL) {
                from = p;
            } else if (p == t && lead_email(t)) {
                q = lead_email(t);
                from = p;
            } else if ((*p == 'c' || *p == 'C') && jfyp_strnieq(p, "correspond", 10) &&
                       (p == t || *p == 'C' || !isalpha((unsigned char)p[-1]))) {
                /* a capital opens the note even glued to the prose two
                 * columns ran it into ("the numCorrespondence") */
                /* the first address within the note's reach, no label on the way */
                const char *at = NULL;
                for (const char *x = p; *x && x - p < 300; x++) {
                    if (*x == '@') {
                        at = x;
                        break;
                    }
                    if ((*x == 'e' || *x == 'E') && after_email_label(t, x))
                        break;
                }
                if (at) {
                    q = at;
                    while (q > p && q[-1] != ' ' && q[-1] != ',' && q[-1] != ';' && q[-1] != ':')
                        q--;
                    from = p;
                }
            }
            if (!q || !from)
                continue;
            const char *end = email_run_end(q);
            if (end == q)
                continue;
            int oom = 0;
            if (fresh_emails(S, q, end, &oom)) {
                char *note = jfyp_strndup(from, (size_t)(end - from));
                if (!note || add_corresp(S, note, n) < 0)
                    rc = -1;
                free(note);
                taken++;
            }
            if (oom)
                rc = -1;
            p = end - 1;
        }
        free(t);
    }
    return rc;
}

/* After the abstract's reader: an address found at the page's foot lies
 * past the abstract, and the abstract is looked for under the byline and
 * its addresses. */
static int late_addresses(jfyp_rec *r);
static int share_run_country(jfyp_rec *r);
/* ---- the last resort: addresses no reader placed ---- */

/* The label line x opens, alone on it ("†" over its address) or ahead
 * of its text: the length aff_label reads, 0 when none. */
static size_t line_label(const state *S, const char *x, char *lab, size_t labsz) {
    size_t ll = aff_label(x, &S->c, lab, labsz);
    if (ll || strlen(x) > 8)
        return ll;
    char buf[16];
    snprintf(buf, sizeof buf, "%s\nA", x);
    ll = aff_label(buf, &S->c, lab, labsz);
    return ll > strlen(x) ? strlen(x) : ll;
}

/* Whether line x ends the run of addresses above it: a note's opening, an
 * e-mail, the history or a field's line. A label alone on its line ("†")
 * looks at the line under it. */
static int ends_address_run(const state *S, const jfyp_lines *l, size_t k) {
    const char *x = l->v[k].text;
    char lab[16];
    size_t ll = line_label(S, x, lab, sizeof lab);
    if (ll && !x[ll] && k + 1 < l->n)
        x = l->v[k + 1].text;
    else if (ll)
        x += ll;
    return !*x || strchr(x, '@') || correspish_start(x) || jfyp_front_meta_line(x) || present_note_start(x) ||
           jfyp_stristr(x, "correspond") != NULL || jfyp_stristr(x, "reprint") != NULL;
}

/* Lines i.. of l that run on as one address list, up to the line that
 * ends it on a country with no label after it: the index of that last
 * line, or (size_t)-1 when no country closes the run within a few lines. */
static size_t address_run_end(const state *S, const jfyp_lines *l, size_t i, size_t maxl) {
    char lab[16];
    size_t last = (size_t)-1;
    for (size_t j = i; j < l->n && j < i + maxl; j++) {
        if (j > i && ends_address_run(S, l, j))
            break;
        const char *y = l->v[j].text;
        size_t yl = strlen(y);
        /* a long line is prose's, unless addresses run on in it, each
         * after a country and the next one's letter ("..., Nepal; bMinistry") */
        char nx[2];
        if ((yl > 160 && !(yl < 600 && glued_next_letter(S, NULL, y, nx))) || strchr(y, '@'))
            break;
        if (ends_with_country(y, yl)) {
            last = j;
            if (j + 1 >= l->n || !line_label(S, l->v[j + 1].text, lab, sizeof lab))
                break;
        }
    }
    return last;
}

/* The lines i..j (the first from byte skip) as one text when they hold
 * an institution and read as an address list, not prose: no sentence
 * ends inside them, few words in lower case. "" when they do not, NULL
 * on OOM. */
static char *address_run_text(const jfyp_lines *l, size_t i, size_t j, size_t skip) {
    jfyp_buf b;
    jfyp_buf_init(&b);
    for (size_t k = i; k <= j; k++) {
        if (k > i)
            jfyp_buf_putc(&b, '\n');
        jfyp_buf_puts(&b, l->v[k].text + (k == i ? skip : 0));
    }
    char *t = jfyp_buf_finish(&b);
    if (!t)
        return NULL;
    size_t lower = 0, words = 0;
    for (char *p = t; *p; p++) {
        if (p == t || p[-1] == ' ' || p[-1] == '\n') {
            words++;
            size_t wl = strcspn(p, " \n,;");
            lower += *p >= 'a' && *p <= 'z' && wl > 3;
        }
        /* ". The" inside: a sentence, not an address */
        if (p[0] == '.' && p[1] == ' ' && p[2] >= 'A' && p[2] <= 'Z' && p > t + 3 && p[-1] >= 'a' &&
            p[-1] <= 'z' && p[-2] >= 'a' && p[-2] <= 'z' && p[-3] >= 'a' && p[-3] <= 'z') {
            t[0] = '\0';
            break;
        }
    }
    if (!*t || words > 120 || lower * 4 > words || !jfyp_front_has_institution_word(t)) {
        free(t);
        return jfyp_strdup("");
    }
    return t;
}

/* Whether line i of l opens an unmarked address: an institution's name
 * of two words or more before its first comma, at a block's head or
 * under a line that is not an address going on (one naming an
 * institution, ending on a comma or on "of": "..., dTexas-Tech" /
 * "University, Lubbock, ..."). */
static int unmarked_opens(const jfyp_lines *l, size_t i) {
    const char *x = l->v[i].text;
    if (!opens_institution(x))
        return 0;
    const char *sp = strchr(x, ' '), *cm = strchr(x, ',');
    if (!sp || (cm && cm < sp))
        return 0;
    if (i == 0)
        return 1;
    const char *u = l->v[i - 1].text;
    size_t ul = strlen(u);
    if (!ul || ends_with_country(u, ul))
        return 1;
    char c = u[ul - 1];
    if (c == '.' || c == ':')
        return 1;
    if (c == ',' || c == ';' || c == '-' || c == '&' || jfyp_front_has_institution_word(u))
        return 0;
    /* nor a name going on ("of", "and", "the") */
    size_t w = ul;
    while (w > 0 && u[w - 1] != ' ')
        w--;
    static const char *const on[] = {"of", "and", "the", "for", "de", "da", "do", "di", "del", "y", "e", "et", NULL};
    for (size_t k = 0; on[k]; k++)
        if (strcmp(u + w, on[k]) == 0)
            return 0;
    return 1;
}

/* Whether t holds a label glued between two addresses ("..., Shiraz, IR
 * Iran 2 Student Research Committee, ..."): one or two figures alone
 * between words, a capital after them. */
static int inner_number_label(const char *t) {
    for (const char *p = t + 1; *p; p++) {
        if ((p[-1] != ' ' && p[-1] != '\n') || !(*p >= '0' && *p <= '9'))
            continue;
        size_t d = digits_at(p);
        if (d <= 2 && p[d] == ' ' && p[d + 1] >= 'A' && p[d + 1] <= 'Z' && p - t > 1 && p[-2] != ',')
            return 1;
    }
    return 0;
}

/* Whether the lines l read as prose: a dozen words or more, over a
 * third of them longer than three letters and in lower case ("who died
 * on 12 January, mapped the soils ..."), where an address has few. */
static int prose_block(const jfyp_lines *l) {
    size_t words = 0, lower = 0;
    for (size_t i = 0; i < l->n; i++)
        for (const char *x = l->v[i].text, *p = x; *p; p++)
            if (*p != ' ' && (p == x || p[-1] == ' ')) {
                words++;
                lower += *p >= 'a' && *p <= 'z' && strcspn(p, " ,;.") > 3;
            }
    return words >= 12 && lower * 3 > words;
}

/* Whether x opens with a telephone's, a fax's or an e-mail's label. */
static int contact_line(const char *x) {
    static const char *const lead[] = {"Tel", "Fax", "Phone", "T:", "F:", "E-mail", "Email", NULL};
    for (size_t k = 0; lead[k]; k++)
        if (strncmp(x, lead[k], strlen(lead[k])) == 0)
            return 1;
    return 0;
}

/* When no reader placed an address though the article has a byline: the
 * addresses a name's marks point to, printed anywhere on the first pages
 * before the references ("*Tan Tock Seng Hospital, Singapore; †National
 * ...", "*1" / "Faculty of X, Y University, Town, Country.", "From the
 * *Institut ..."), or, with no marks, an institution's line run on to its
 * country. Each run ends on a country, so a sentence naming an
 * institution is not taken. One pass over the blocks. With unmarked the
 * names' marks are set aside (they mark no address). 0, or -1 on OOM. */
static int take_last_resort(state *S, int from, int unmarked) {
    int marks = 0, blocks = 0, rc = 0;
    for (size_t i = 0; i < S->c.n && !unmarked; i++)
        marks |= S->c.markers[i] && *S->c.markers[i];
    jfy_node *held = NULL;
    char *last = NULL; /* the last unmarked address taken */
    int since = 0;
    for (jfy_node *n = jfyp_rec_first(S->r), *next; n && rc == 0 && blocks < (S->solo ? 12 : 120); n = next) {
        next = jfyp_rec_next(S->r, n);
        if (n->line && n->line <= from)
            continue;
        /* unmarked, the addresses are printed together, a signature's
         * name at most between them: the same address again further on
         * is the correspondence's */
        if (!marks && S->naff && n != held && ++since > 2)
            break;
        blocks++;
        int refs = refs_heading(n);
        if (refs) {
            rc = refs < 0 ? -1 : 0;
            break;
        }
        if (n->type != JFY_N_PARAGRAPH && S->solo)
            break;
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0) {
            rc = -1;
            break;
        }
        /* with no byline, the address is the authors' only above the
         * prose: under it, a signature's (read at the end) or a sentence's */
        if (S->solo && prose_block(&l)) {
            jfyp_lines_free(&l);
            break;
        }
        for (size_t i = 0; i < l.n && rc == 0; i++) {
            const char *x = l.v[i].text;
            size_t skip = strncmp(x, "From the ", 9) == 0 ? 9 : 0;
            /* "aDepartment of X, ..., Nepal; bMinistry of Y": the run's
             * first letter glued on, the byline's letters lost */
            char nx[2];
            if (!marks && x[0] == 'a' && opens_institution(x + 1) && strlen(x) < 600 &&
                glued_next_letter(S, NULL, x, nx))
                skip = 1;
            char lab[16];
            size_t ll = line_label(S, x + skip, lab, sizeof lab);
            int marked = ll && any_marker(&S->c, lab, strlen(lab)) && !has_label(S, lab);
            if (marks ? !marked : (skip == 0 && !unmarked_opens(&l, i)))
                continue;
            if (marks && !x[skip + ll] && i + 1 < l.n && !jfyp_front_has_institution_word(l.v[i + 1].text))
                continue;
            if (marks && x[skip + ll] && !is_upper_ascii_or_utf8(x + skip + ll))
                continue;
            size_t j = address_run_end(S, &l, i, marks ? 12 : 4);
            if (j == (size_t)-1)
                continue;
            /* a masthead's office ("Management Offices, New York" /
             * "Publisher X, 75 Y Street, ..., USA" / "Tel: ...") */
            if (!marks && ((i > 0 && jfyp_stristr(l.v[i - 1].text, "office")) ||
                           (j + 1 < l.n && (strncmp(l.v[j + 1].text, "Tel", 3) == 0 ||
                                            strncmp(l.v[j + 1].text, "Fax", 3) == 0 ||
                                            strncmp(l.v[j + 1].text, "Phone", 5) == 0))))
                continue;
            /* with no byline the masthead's office is likelier than not
             * ("Head Office" / its street / "T: +1 ..."): no office named,
             * no contact line under it */
            if (S->solo && (jfyp_stristr(l.v[i].text, "office") ||
                            (j + 1 < l.n && contact_line(l.v[j + 1].text))))
                continue;
            if (!marks && j + 1 == l.n && next && next->type == JFY_N_PARAGRAPH && next->first &&
                next->first->type == JFY_N_TEXT && next->first->text &&
                (strncmp(next->first->text, "Tel", 3) == 0 || strncmp(next->first->text, "Fax", 3) == 0 ||
                 strncmp(next->first->text, "Phone", 5) == 0))
                continue;
            char *t = address_run_text(&l, i, j, skip);
            if (!t) {
                rc = -1;
                break;
            }
            size_t had = S->naff;
            if (*t && strlen(t) < 1500 && (marks || !inner_number_label(t))) {
                if (marks) {
                    if (take_marked(S, n, t, 0) < 0)
                        rc = -1;
                } else {
                    for (char *q = t; *q; q++)
                        if (*q == '\n')
                            *q = ' ';
                    const char *a = t + (strncmp(t, "Address: ", 9) == 0 ? 9 : 0);
                    if (last && strcmp(last, a) == 0) {
                        /* the same address again: left where it is */
                    } else if (add_aff(S, NULL, a, n) < 0) {
                        rc = -1;
                    } else {
                        free(last);
                        if (!(last = jfyp_strdup(a)))
                            rc = -1;
                    }
                }
            }
            free(t);
            if (rc == 0 && S->naff > had) {
                if (jfyp_lines_remove(n, &l, i, j))
                    jfyp_node_free(n);
                else if (!marks)
                    next = held = n;
                since = 0;
                break;
            }
        }
        jfyp_lines_free(&l);
    }
    free(last);
    return rc;
}

int jfyp_recognize_affiliations_late(jfyp_rec *r) {
    if (late_addresses(r) < 0 || share_run_country(r) < 0)
        return -1;
    int byline = 0;
    for (jfy_node *k = r->front->first; k; k = k->next)
        byline |= k->type == JFY_N_CONTRIBS;
    state S = {0};
    S.r = r;
    if (byline && take_lone_emails(&S) < 0)
        return -1;
    return take_labelled_emails(&S);
}

/* Whether the names carry marks and every one is the correspondence's
 * star. */
static int corresp_marks_only(const contribs *c) {
    int any = 0;
    for (size_t i = 0; i < c->n; i++)
        for (const char *p = c->markers[i]; p && *p;) {
            const char *e = strchr(p, ',');
            size_t n = e ? (size_t)(e - p) : strlen(p);
            if (!is_corresp_marker(p, n))
                return 0;
            any = 1;
            p = e ? e + 1 : p + n;
        }
    return any;
}

/* The author whose whole name ("Given Surname") opens t, followed by ", ",
 * or -1; the length of name and comma in *len. */
static int author_opens(const state *S, const char *t, size_t *len) {
    for (size_t j = 0; j < S->c.n; j++) {
        const jfy_node *nm = jfyp_node_child(S->c.v[j], JFY_N_NAME);
        const char *sur = nm ? jfyp_node_attr(nm, "surname") : NULL;
        const char *giv = nm ? jfyp_node_attr(nm, "given") : NULL;
        if (!sur || !giv || !*sur || !*giv)
            continue;
        size_t sl = strlen(sur), gl = strlen(giv);
        if (strncmp(t, giv, gl) == 0 && t[gl] == ' ' && strncmp(t + gl + 1, sur, sl) == 0 &&
            strncmp(t + gl + 1 + sl, ", ", 2) == 0) {
            *len = gl + sl + 3;
            return (int)j;
        }
    }
    return -1;
}

/* An editorial signed at its end, or in a box beside its text: the
 * author's whole name, a comma and the address run on after it, the
 * e-mail closing it ("Jane Roe, Department of X, University Y, Town
 * 60611, USA. Email: jroe@y.edu"). With no address found elsewhere, the
 * address goes to the author named; the text stays where it is. 1 taken,
 * 0 not, -1 on OOM. */
static int take_signed_address(state *S) {
    int rc = 0, seen = 0;
    for (jfy_node *n = jfyp_rec_first(S->r); n && rc >= 0 && S->naff < MAX_AFFS && seen < 400;
         n = jfyp_rec_next(S->r, n), seen++) {
        int refs = refs_heading(n);
        if (refs)
            return refs < 0 ? -1 : rc;
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        char *t = jfyp_front_text(n, 0);
        if (!t)
            return -1;
        size_t nl = 0;
        int j = strlen(t) < 1200 ? author_opens(S, t, &nl) : -1;
        char *x = j >= 0 ? jfyp_strndup(t + nl, strnlen(t + nl, 400)) : NULL;
        free(t);
        if (j < 0)
            continue;
        if (!x)
            return -1;
        static const char *const stops[] = {" Email", " E-mail", " e-mail", NULL};
        for (size_t i = 0; stops[i]; i++) {
            char *s = strstr(x, stops[i]);
            if (s)
                *s = '\0';
        }
        size_t xl = strlen(x);
        while (xl && strchr(" .,;", x[xl - 1]))
            x[--xl] = '\0';
        cut_after_country(x);
        xl = strlen(x);
        if (xl < 300 && !strchr(x, '@') && ends_with_country(x, xl) && addressish(x) &&
            jfyp_front_has_institution_word(x)) {
            size_t had = S->naff;
            if (add_aff(S, NULL, x, n) < 0) {
                rc = -1;
            } else if (S->naff > had) {
                const char *id = jfyp_node_attr(S->affs[S->naff - 1], "id");
                rc = add_xref(S->c.v[j], "aff", id, NULL) < 0 ? -1 : 1;
            }
        }
        free(x);
    }
    return rc;
}

/* Whether line x ends on a name's footnote symbol ("Jane Roe,* John
 * Doe,†‡", "and Ann Poe*"), the symbol sym among those closing it: the
 * last line of a letter's names signing under its text. */
static int names_end_on(const char *x, const char *sym, size_t sl) {
    size_t n = strlen(x);
    while (n && (x[n - 1] == ' ' || x[n - 1] == ','))
        n--;
    int hit = 0;
    size_t k;
    while (n && (k = n >= 3 && symbol_len(x + n - 3) == 3 ? 3 : n >= 2 && symbol_len(x + n - 2) == 2 ? 2 : symbol_len(x + n - 1) == 1 ? 1 : 0) != 0) {
        hit |= k == sl && strncmp(x + n - k, sym, sl) == 0;
        n -= k;
    }
    /* the name before the symbols: a word of letters */
    return hit && n > 3 && ((x[n - 1] >= 'a' && x[n - 1] <= 'z') || (unsigned char)x[n - 1] >= 0x80) &&
           !strchr(x, '@') && strlen(x) < 120;
}

/* A letter signed under its text, its names read by no byline: the last
 * names' line ends on a symbol ("and Michael E. Hahn*") and the addresses
 * open on it just under ("*University of X, Town," / "State, USA"), in
 * the same block or the next. The lines up to the country are read as
 * the address that symbol marks (the ones run on after it, "; †Y, ...",
 * each as its own). 1 taken, 0 not, -1 on OOM. */
static int take_star_signature(state *S) {
    const char *prev_last = NULL; /* the last line of the block before */
    char *keep = NULL;
    int rc = 0, seen = 0;
    for (jfy_node *n = jfyp_rec_first(S->r), *next; n && rc == 0 && seen < 600; n = next, seen++) {
        next = jfyp_rec_next(S->r, n);
        if (n->type != JFY_N_PARAGRAPH) {
            free(keep);
            keep = NULL;
            prev_last = NULL;
            continue;
        }
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0) {
            rc = -1;
            break;
        }
        for (size_t i = 0; i < l.n && rc == 0; i++) {
            const char *x = l.v[i].text, *above = i ? l.v[i - 1].text : prev_last;
            size_t sl = symbol_len(x);
            if (!sl || !above || !is_upper_ascii_or_utf8(x + sl) || !names_end_on(above, x, sl))
                continue;
            /* the address: its lines up to the one closed on a country */
            size_t j = i;
            while (j < l.n && j < i + 5) {
                const char *y = l.v[j].text;
                if (ends_with_country(y, strlen(y)) && !strchr(y, '@'))
                    break;
                j++;
            }
            if (j == l.n || j == i + 5)
                break;
            char *a = jfyp_lines_join(&l, i, j);
            if (!a) {
                rc = -1;
                break;
            }
            char lab[8];
            snprintf(lab, sizeof lab, "%.*s", (int)sl, x);
            size_t al = strlen(a);
            while (al && (a[al - 1] == '.' || a[al - 1] == ' '))
                a[--al] = '\0';
            if (al < 600 && addressish(a + sl) && jfyp_front_has_institution_word(a + sl)) {
                rc = add_aff(S, lab, a + sl, n) < 0 ? -1 : 1;
                if (rc > 0 && jfyp_lines_remove(n, &l, i, j) == 1) {
                    jfyp_lines_free(&l);
                    jfyp_node_free(n);
                    free(a);
                    free(keep);
                    return 1;
                }
            }
            free(a);
            break;
        }
        free(keep);
        keep = l.n && rc == 0 ? jfyp_strdup(l.v[l.n - 1].text) : NULL;
        prev_last = keep;
        jfyp_lines_free(&l);
    }
    free(keep);
    return rc;
}

static int late_addresses(jfyp_rec *r) {
    state S = {0};
    S.r = r;
    jfy_node *group = NULL;
    int found = 0;
    for (jfy_node *k = r->front->first; k; k = k->next) {
        if (k->type == JFY_N_CONTRIBS && jfyp_node_attr(k, "content-type") &&
            strcmp(jfyp_node_attr(k, "content-type"), "author") == 0)
            group = k;
        found |= k->type == JFY_N_AFF;
    }
    if (!group) {
        /* No byline was read (a letter's names in capitals with their
         * degrees, a name alone over its address): the address under the
         * title, above the first heading, is still the authors', and
         * unmarked the last resort takes only an institution's run ending
         * on a country. */
        int k = found ? 0 : take_star_signature(&S);
        if (k)
            return k < 0 ? -1 : 0;
        const jfy_node *t = jfyp_node_child(r->front, JFY_N_TITLE);
        if (found || !t || t->end_line <= 0)
            return 0;
        S.solo = 1;
        return take_last_resort(&S, t->end_line, 0);
    }
    jfy_node *cv[256];
    S.c.v = cv;
    int marks = 0;
    for (jfy_node *k = group->first; k && S.c.n < 256; k = k->next)
        if (k->type == JFY_N_CONTRIB) {
            S.c.markers[S.c.n] = jfyp_node_attr(k, "markers");
            marks |= S.c.markers[S.c.n] != NULL;
            cv[S.c.n++] = k;
        }
    if (!found) {
        int k = take_named_addresses(&S);
        if (k == 0)
            k = take_signed_address(&S);
        if (k != 0) {
            for (size_t i = 0; i < S.c.n; i++)
                if (jfyp_node_set_attr(cv[i], "markers", NULL) < 0)
                    k = -1;
            return k < 0 ? -1 : 0;
        }
    }
    if (!found && !label_marks(&S.c)) {
        int k = take_note_address(&S, group->end_line);
        if (k > 0) {
            k = link(&S);
            if (k == 0)
                k = assign_emails(&S);
            for (size_t i = 0; i < S.c.n; i++)
                if (jfyp_node_set_attr(cv[i], "markers", NULL) < 0)
                    k = -1;
            return k;
        }
        if (k < 0)
            return -1;
    }
    if (!marks) {
        int k = found ? 0 : take_foot_address(&S, group->end_line);
        if (k == 0 && !found && S.naff == 0)
            k = take_foot_numbered(&S, group->end_line);
        if (k == 0 && !found && S.naff == 0)
            k = take_last_resort(&S, group->end_line, 0);
        /* (the byline's block going on under the names, as below) */
        if (k == 0 && !found && S.naff == 0 && group->line > 0 && group->line < group->end_line) {
            k = take_last_resort(&S, group->line - 1, 0);
            if (k == 0 && S.naff)
                k = link(&S);
        }
        return k;
    }
    int rc = found ? 0 : take_foot_before_prose(&S, group->end_line);
    if (rc == 0 && !found && S.naff == 0)
        rc = take_lost_first(&S, group->end_line);
    if (rc == 0 && !found && S.naff == 0)
        rc = take_last_resort(&S, group->end_line, 0);
    /* names read out of a block that goes on under them (a letter's
     * signature run on into its addresses, "Jane Roe,* John Doe†" /
     * "*Hospital X, Town, Peru; †Institute Y, ..."): the byline's extent
     * holds its addresses too, so they are looked for from its first line */
    if (rc == 0 && !found && S.naff == 0 && group->line > 0 && group->line < group->end_line)
        rc = take_last_resort(&S, group->line - 1, 0);
    /* a letter's signature ("Jane Roe*" / "John Doe" / "Institute of X,
     * Town, Country" / "*Corresponding author. ..."): the star marks the
     * correspondence, not an address; no address carried it, so the
     * names' address is read as if none were marked */
    if (rc == 0 && !found && S.naff == 0 && corresp_marks_only(&S.c)) {
        rc = take_last_resort(&S, group->line - 1, 1);
        if (rc == 0 && S.naff)
            rc = link(&S);
    }
    for (size_t i = 0; i < S.c.n && rc == 0 && S.naff; i++) {
        const char *ms = S.c.markers[i];
        for (const char *p = ms; p && *p && rc == 0;) {
            const char *e = strchr(p, ',');
            size_t n = e ? (size_t)(e - p) : strlen(p);
            int hit = link_label(&S, cv[i], p, n);
            if (hit == 0 && n > 1 && all_digits(p, n))
                for (size_t q = 0; q < n && hit >= 0; q++)
                    hit = link_label(&S, cv[i], p + q, 1) < 0 ? -1 : hit;
            if (hit < 0)
                rc = -1;
            p = e ? e + 1 : p + n;
        }
    }
    for (size_t i = 0; i < S.c.n; i++)
        if (jfyp_node_set_attr(cv[i], "markers", NULL) < 0)
            rc = -1;
    return rc;
}


/* ---- one country for a run of addresses ---- */

/* Whether an address without a country ends on a city: its last comma
 * segment a capitalised word or three, maybe with a postal code
 * ("Seoul", "Padova 35128"), not an institution, not a US state's code
 * ("Boston, MA", where the country left unsaid is not the run's). */
static int city_tail_n(const char *t, size_t n) {
    while (n && (t[n - 1] == ' ' || t[n - 1] == '.' || t[n - 1] == ';' || t[n - 1] == ','))
        n--;
    size_t i = n;
    while (i > 0 && t[i - 1] != ',')
        i--;
    if (i == 0)
        return 0;
    const char *c = t + i;
    while (*c == ' ')
        c++;
    size_t cn = n - (size_t)(c - t), words = 1;
    if (cn < 3 || cn > 30 || !is_upper_start(c))
        return 0;
    for (size_t k = 0; k < cn; k++) {
        if (c[k] == ' ')
            words++;
        else if (c[k] == '(' || c[k] == ')' || c[k] == '@' || c[k] == ':')
            return 0;
    }
    if (words > 3 || state_code(c, cn) || (cn > 3 && state_code(c, 2) && c[2] == ' '))
        return 0;
    char *x = jfyp_strndup(c, cn);
    if (!x)
        return -1;
    size_t skip;
    int ok = !jfyp_front_has_institution_word(x) && !country_of(x, cn, &skip);
    free(x);
    return ok;
}

/* Gives a country-less address of the run the run's country; 0 when its
 * text does not end on a city, -1 on OOM. */
static int give_run_country(jfy_node *aff, const jfy_node *country) {
    if (jfyp_node_child(aff, JFY_N_EMAIL) || jfyp_node_child(aff, JFY_N_STATE))
        return 0;
    char *t = aff_text_of(aff);
    if (!t)
        return -1;
    int ok = city_tail_n(t, strlen(t));
    if (ok <= 0) {
        free(t);
        return ok;
    }
    size_t n = strlen(t);
    while (n && (t[n - 1] == ' ' || t[n - 1] == '.' || t[n - 1] == ';' || t[n - 1] == ','))
        n--;
    jfyp_buf b;
    jfyp_buf_init(&b);
    jfyp_buf_put(&b, t, n);
    jfyp_buf_puts(&b, ", ");
    jfyp_buf_puts(&b, country->text);
    char *full = jfyp_buf_finish(&b);
    free(t);
    if (!full)
        return -1;
    jfy_node *k = aff->first;
    if (k && k->type == JFY_N_LABEL)
        k = k->next;
    while (k) {
        jfy_node *nx = k->next;
        jfyp_node_free(k);
        k = nx;
    }
    int rc = fill_aff(aff, full, aff);
    free(full);
    return rc;
}

/* "1Department ..., Seoul; 2Department ..., Incheon; 3..., Seoul, Korea":
 * a run of addresses printed as one block names its country once, at its
 * end, for all of them (the publisher's own record gives each address its
 * country). Only when the run names no other country. */
static int share_run_country(jfyp_rec *r) {
    jfy_node *v[MAX_AFFS];
    size_t n = 0;
    for (jfy_node *k = r->front->first; k && n < MAX_AFFS; k = k->next)
        if (k->type == JFY_N_AFF)
            v[n++] = k;
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && v[j]->line > 0 && v[j]->line == v[i]->line &&
               v[j]->end_line == v[i]->end_line && v[j]->col == v[i]->col)
            j++;
        const jfy_node *cty = j - i >= 2 ? jfyp_node_child(v[j - 1], JFY_N_COUNTRY) : NULL;
        const char *code = cty && cty->text ? jfyp_node_attr(cty, "code") : NULL;
        for (size_t k = i; code && k < j; k++) {
            const jfy_node *c = jfyp_node_child(v[k], JFY_N_COUNTRY);
            const char *ck = c ? jfyp_node_attr(c, "code") : NULL;
            if (c && (!ck || strcmp(ck, code) != 0))
                code = NULL;
        }
        for (size_t k = i; code && k + 1 < j; k++)
            if (!jfyp_node_child(v[k], JFY_N_COUNTRY) && give_run_country(v[k], cty) < 0)
                return -1;
        i = j;
    }
    return 0;
}
