/* recognize_permissions.c - copyright and licence statements anywhere on
 * the page. A copyright line opens with "Copyright", "©" or "(c)" (after
 * an optional "Copyright:" label) and names a year and a holder:
 * "Copyright © 2009 Nature Publishing Group", "© 2012, Pickett",
 * "© The Author(s) 2017". A licence is the paragraph (or the rest of the
 * copyright field) that grants reuse: Creative Commons wording, a
 * creativecommons.org URL, "CC BY 4.0", or an open-access article statement;
 * its canonical URL is given when the text fixes type and version. */
#include "recognize.h"
#include "textlines.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LICENSE 1500 /* longer "licences" are running text about them */

/* An ISSN and a slash printed before the sign ("1234-5678/© 2020 The
 * Authors"): the journal's number, not the statement's. */
static const char *after_issn(const char *s) {
    for (int i = 0; i < 9; i++) {
        char c = s[i];
        if (i == 4 ? c != '-' : !((c >= '0' && c <= '9') || (i == 8 && (c == 'X' || c == 'x'))))
            return s;
    }
    if (s[9] != '/')
        return s;
    /* (some set a space after the slash: "2352-7714/ © 2019 The Authors";
     * Elsevier's clinics the volume's year between: "0272-2712/20/ª 2020
     * Elsevier Inc.") */
    s += 10;
    if (s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9' && s[2] == '/')
        s += 3;
    while (*s == ' ')
        s++;
    return s;
}

/* After the word "Copyright" opening s, or NULL; "Copyrights ©" (a
 * plural some pages print) is the word too, before its sign. */
static const char *after_copyright_word(const char *s) {
    const char *a = jfyp_after_label(s, "Copyright");
    if (!a && strncmp(s, "Copyrights \xc2\xa9", 13) == 0)
        a = s + 11;
    return a;
}

static int opens_sign(const char *s) {
    return strncmp(s, "\xc2\xa9", 2) == 0;
}

static int opens_licence(const char *s);

static const char *after_copyright_label(const char *s) {
    s = after_issn(s);
    const char *a = jfyp_after_label(s, "Copyright");
    /* "Copyright: ..." is a label when the statement after it has its own
     * sign, word or year; "Copyright: Name, et al." keeps it as the sign */
    if (a && a > s + 9 && memchr(s + 9, ':', (size_t)(a - s - 9)) && *a &&
        (opens_sign(a) || jfyp_strnieq(a, "Copyright", 9) || jfyp_strnieq(a, "(c)", 3) ||
         (*a >= '1' && *a <= '2' && a[1] >= '0' && a[1] <= '9') || opens_licence(a)))
        return a;
    return s;
}

static int find_year(const char *s, const char **at);

/* "(c) " opening s is a copyright sign only with a year close after it, never
 * among a figure's panel labels ("(c) June 2008; (d) August 2008", "(C)
 * Substrate curves ... and (D) ..."). */
static int sign_in_parens(const char *s) {
    const char *y;
    if (!find_year(s, &y) || y - s > 40)
        return 0;
    for (const char *p = s + 3; (p = strchr(p, '(')); p++)
        if (p[1] && strchr("abdefABDEF", p[1]) && p[2] == ')')
            return 0;
    return 1;
}

/* Whether s opens a copyright statement. */
static int opens_copyright(const char *s) {
    while (*s == '*' || *s == '_')
        s++;
    s = after_issn(s);
    if (strncmp(s, "\xc2\xa9", 2) == 0)
        return 1;
    if (strncmp(s, "(c) ", 4) == 0 || strncmp(s, "(C) ", 4) == 0)
        return sign_in_parens(s);
    const char *a = after_copyright_word(s);
    if (!a || (s[1] != 'o' && s[1] != 'O'))
        return 0;
    /* "Copyright ©", "Copyright 2014", "Copyright: ...", "COPYRIGHT" */
    return strncmp(a, "\xc2\xa9", 2) == 0 || (*a >= '0' && *a <= '9') || a[-1] == ':' ||
           memchr(s + 9, ':', (size_t)(a - s - 9)) || strncmp(a, "(c)", 3) == 0 ||
           jfyp_strnieq(a, "by ", 3) || jfyp_strnieq(a, "retained", 8) ||
           jfyp_strnieq(a, "the author", 10);
}

/* The cues are lower case: one ASCII-lower-cased copy of s is searched
 * with strstr, which finds what jfyp_stristr finds in s. */
static int has_license_cue(const char *s) {
    static const char *const cues[] = {
        "creative commons", "creativecommons.org", "cc by", "cc-by", "cc0", "cc 0",
        "open access article", "open-access article", "open access this article",
        "licença", "licencia", "licence", "license", "public domain",
    };
    static const char *const terms[] = {
        "distributed", "permits", "terms of", "acesso aberto", "acceso abierto", "licensed under",
    };
    char *low = jfyp_strdup(s);
    if (low)
        for (char *p = low; *p; p++)
            if (*p >= 'A' && *p <= 'Z')
                *p += 32;
    int cue = 0;
    for (size_t i = 0; i < sizeof cues / sizeof *cues; i++)
        if (low ? strstr(low, cues[i]) != NULL : jfyp_stristr(s, cues[i]) != NULL) {
            cue = i < 6;
            for (size_t k = 0; !cue && k < sizeof terms / sizeof *terms; k++)
                cue = low ? strstr(low, terms[k]) != NULL : jfyp_stristr(s, terms[k]) != NULL;
            break;
        }
    /* "This is a work of the U.S. Government and is not subject to
     * copyright protection ...": a public work's terms, no licence named */
    if (!cue)
        cue = low ? strstr(low, "not subject to copyright") != NULL : jfyp_stristr(s, "not subject to copyright") != NULL;
    free(low);
    return cue;
}

/* The words a licence sentence opens with. */
static const char *const licence_starts[] = {
    "This is an", "This article", "This work", "Open Access", "Open access", "Distributed under",
    "Licensed under", "Published under", "Licensee", "Exclusive licensee", "Este é um", "Este es un",
    "Este artigo", "Este artículo", "Cet article", "The work is", "Articles are", "Content from this work",
    "This is a work",
};

/* Whether a licence sentence opens s: what most callers ask, settled
 * without license_start's search of the whole line. */
static int opens_licence(const char *s) {
    /* a start's first byte is tested before its length is taken: most
     * lines are asked here, and most open on none of them */
    for (size_t i = 0; i < sizeof licence_starts / sizeof *licence_starts; i++)
        if (s[0] == licence_starts[i][0] && strncmp(s, licence_starts[i], strlen(licence_starts[i])) == 0)
            return 1;
    return 0;
}

/* Where in a copyright field the licence sentence starts, or NULL. */
static const char *license_start(const char *s) {
    const char *best = NULL;
    for (size_t i = 0; i < sizeof licence_starts / sizeof *licence_starts; i++) {
        /* "; licensee ..." names the licensee in the statement; after a
         * full stop it opens the licence ("... et al. Exclusive licensee X.
         * No claim to original U.S. Government Works. Distributed under
         * ..." too). "© The Author(s). 2020 Open Access This article
         * ...": the licence after the year. */
        int licensee = strstr(licence_starts[i], "icensee") != NULL;
        int open = strncmp(licence_starts[i], "Open", 4) == 0;
        const char *p = strstr(s, licence_starts[i]), *q = p;
        while (p && p > s) {
            /* (a stray quote OCR reads before it: "et al. ‘This is ...") */
            q = p - s >= 4 && strncmp(p - 3, "\xe2\x80\x98", 3) == 0 ? p - 3 : p;
            if (q[-1] == ' ' && q - s >= 2 &&
                (q[-2] == '.' || (q[-2] == ';' && !licensee) ||
                 (open && q - s >= 5 && q[-2] >= '0' && q[-2] <= '9' && q[-5] >= '0' && q[-5] <= '9')))
                break;
            p = strstr(p + 1, licence_starts[i]);
        }
        if (p && (!best || (p > s ? q : p) < best))
            best = p > s ? q : p;
    }
    return best;
}

/* A line naming the licence below it: "License", "Licence", "License
 * statement". Its length, or 0. */
static size_t license_label_line(const char *s) {
    static const char *const labels[] = {"License", "Licence", "Licensing", "License statement",
                                         "Licence statement", "License information"};
    for (size_t i = 0; i < sizeof labels / sizeof *labels; i++) {
        size_t n = strlen(labels[i]);
        if (jfyp_strnieq(s, labels[i], n) && (!s[n] || (s[n] == ':' && !s[n + 1])))
            return n;
    }
    return 0;
}

/* A caption's label opening line s ("Figure 1. Nafion tubing ...",
 * "Table 2 Counts ..."): the block after a licence, run on to it. */
static int caption_line(const char *s) {
    const char *a = NULL;
    if (strncmp(s, "Figure ", 7) == 0)
        a = s + 7;
    else if (strncmp(s, "Fig. ", 5) == 0)
        a = s + 5;
    else if (strncmp(s, "Table ", 6) == 0)
        a = s + 6;
    return a && *a >= '1' && *a <= '9';
}

/* Whether line s ends a sentence or a field: a "License" line under it
 * is a label, not the word a narrow column wrapped ("Creative Commons
 * Attribution 4.0" over "International" over "License"). */
static int ends_sentence(const char *s) {
    size_t n = strlen(s);
    while (n && s[n - 1] == ' ')
        n--;
    return !n || strchr(".:;)]!?", s[n - 1]) != NULL;
}

/* A short label before the licence sentence, up to its colon ("License
 * statement: This is ...", "Creative Commons Non Commercial CC BY-NC:
 * This article ..."); the length to skip, or 0. */
static size_t license_field_label(const char *s) {
    const char *c = strstr(s, ": ");
    if (!c || c - s > 60 || memchr(s, '.', (size_t)(c - s)))
        return 0;
    const char *a = c + 2;
    while (*a == ' ')
        a++;
    return opens_licence(a) ? (size_t)(a - s) : 0;
}

/* A side column's other notes the block runs into the licence's sentence
 * ("Reviewing editor: X, University of Y" over "Copyright Name et al. This
 * article is distributed under ..."): where the block opens on no licence's
 * words and a licence's sentence starts after a full stop, with no word of
 * a licence before it, the licence starts there. The length to skip, or 0. */
static size_t lead_before_licence(const char *s) {
    if (opens_licence(s))
        return 0;
    const char *ls = license_start(s);
    if (!ls || ls == s || ls - s >= 300 || !has_license_cue(ls))
        return 0;
    char *pre = jfyp_strndup(s, (size_t)(ls - s));
    int cue = !pre || has_license_cue(pre) || jfyp_stristr(pre, "creative") || jfyp_stristr(pre, "licen");
    /* (a short tail is a licensee's name the line above began, "Licensee:
     * X" over "Journals. This work is licensed ...": the licence's own) */
    if (pre && ls - s < 40 && !jfyp_stristr(pre, "copyright"))
        cue = 1;
    free(pre);
    return cue ? 0 : (size_t)(ls - s);
}

/* A journal's citation line run under a statement at a page's foot
 * ("Journal Name. 2025;56:e70005."): a year, a semicolon, a volume. */
static int citation_line(const char *s) {
    for (const char *p = s; *p; p++)
        if (p[0] >= '1' && p[0] <= '2' && p[1] >= '0' && p[1] <= '9' && p[2] >= '0' && p[2] <= '9' &&
            p[3] >= '0' && p[3] <= '9' && p[4] == ';' && (p == s || p[-1] == ' ') &&
            ((p[5] >= '0' && p[5] <= '9') || (p[5] == ' ' && p[6] >= '0' && p[6] <= '9')))
            return 1;
    return 0;
}

/* A sentence after the licence's that is another matter: the data's own
 * waiver ("Data associated with the article are available under ... CC0"),
 * or a heading in capitals run on ("SUPPLEMENTARY MATERIAL (only ...)"). */
static int not_the_licence(const char *q) {
    if (jfyp_strnieq(q, "data ", 5) || jfyp_strnieq(q, "the data ", 9))
        return 1;

    int caps = 0;
    const char *p = q;
    for (int words = 0; words < 2; words++) {
        const char *w = p;
        while (*p >= 'A' && *p <= 'Z')
            p++;
        if (p - w < 4 || (*p != ' ' && *p != '\0'))
            return 0;
        caps++;
        while (*p == ' ')
            p++;
    }
    /* "OPEN ACCESS This article is licensed ...": the licence itself */
    return caps == 2 && !has_license_cue(q);
}

/* The journal's note on the page's foot, run on after the licence ("Annals
 * of X is a peer-reviewed open access journal published by Y"): it speaks
 * of access and publishing, but of the journal, not of this work's use. */
static int journal_note(const char *q) {
    size_t n = 0;
    while (q[n] && n < 120 && !(q[n] == '.' && q[n + 1] == ' '))
        n++;
    for (size_t i = 0; i + 18 <= n; i++)
        if (q[i] == ' ' && jfyp_strnieq(q + i, " is a peer-reviewed", 19))
            return 1;
    return 0;
}

/* "... please contact journals.permissions@example.com" closing the
 * licence, the column's text run on after the address in lower case: the
 * address's end, or NULL. */
static char *after_contact_address(char *s) {
    char *c = (char *)jfyp_stristr(s, "contact ");
    if (!c)
        return NULL;
    char *w = c + 8, *e = w;
    while (*e && *e != ' ')
        e++;
    if (!memchr(w, '@', (size_t)(e - w)) || e[0] != ' ' || !(e[1] >= 'a' && e[1] <= 'z'))
        return NULL;
    return e;
}

/* Whether the sentence at q (to its full stop) speaks of the work's use,
 * rights or source, as every sentence of a licence does ("You are free to
 * copy ...", "The full terms of the License are available at ...").
 * Column text run on after the licence ("Ocimum sanctum (tulsi) ... are
 * being searched out ...") does not. */
static int about_reuse(const char *q) {
    static const char *const words[] = {
        "licen", "creative", "commons", "permi", "distribut", "reproduc", "reuse", "use", "credit",
        "cite", "attribut", "waiver", "copyright", "commercial", "terms", "right", "http", "www.",
        "author", "publish", "work", "article", "access", "free", "adapt", "share", "copy",
        "claim", /* "No claim to original U.S. Government Works." */
    };
    /* (the sentence's end sought by hand: strstr may read the whole rest,
     * as a sanitizer's does, at each of a long licence's sentences) */
    size_t n = 0;
    while (q[n] && !(q[n] == '.' && q[n + 1] == ' '))
        n++;
    char *low = jfyp_strndup(q, n);
    if (!low)
        return 1;
    for (char *p = low; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p += 32;
    int yes = 0;
    for (size_t i = 0; i < sizeof words / sizeof *words && !yes; i++)
        yes = strstr(low, words[i]) != NULL;
    free(low);
    return yes;
}

/* Whether the full stop ending the text s..p (the text kept so far)
 * ends an address the line wrapped at its dot, the rest of it, at q, in
 * lower case on the next line: ".../terms." over "php and incorporate
 * ...". The length of the rest, or 0. */
static size_t url_rest(const char *s, const char *p, const char *q) {
    const char *w = p;
    while (w > s && w[-1] != ' ')
        w--;
    if (!((p - w > 7 && (jfyp_strnieq(w, "http", 4) || jfyp_strnieq(w, "(http", 5))) || jfyp_strnieq(w, "www.", 4)))
        return 0;
    size_t n = 0;
    while (q[n] >= 'a' && q[n] <= 'z')
        n++;
    /* a name's ending ("php", "html", "org"), not a word of a sentence */
    if (n < 2 || n > 4 || !(q[n] == ' ' || q[n] == '\0' || q[n] == ')' || q[n] == '/'))
        return 0;
    static const char *const ends[] = {"php", "html", "htm", "aspx", "asp", "pdf", "org", "com", "net", "gov", "edu"};
    for (size_t i = 0; i < sizeof ends / sizeof *ends; i++)
        if (strlen(ends[i]) == n && strncmp(q, ends[i], n) == 0)
            return n;
    return 0;
}

/* Column text that extraction ran into the end of a licence: after a
 * sentence's full stop, words going on in lower case, or a sentence that
 * says nothing of the work's use, are not the licence's. Cut there. The
 * text is copied onto itself as it is read (o, the kept text's end, never
 * past p), so that dropping a wrapped address's space costs no move of
 * the rest, and the first address is sought once: a licence run on for
 * pages stays linear. */
static char *cut_run_on(char *s) {
    char *addr = after_contact_address(s);
    if (addr)
        *addr = '\0';
    const char *http = jfyp_stristr(s, "http");
    char *o = s;
    int closed = 0; /* (the address's close asked about once: linear) */
    for (const char *p = s; *p; p++, o++) {
        *o = *p;
        /* an address wrapped at its dot is joined again, not cut */
        if (*p == '.' && p[1] == ' ' && url_rest(s, o, p + 2)) {
            p++;
            continue;
        }
        /* "... (http://creativecommons.org/licenses/by-nc-nd/4.0/) equal
         * to 5 micrometers), and ...": a licence closing on its address,
         * with no full stop, that a page break joined to the body's text
         * going on in lower case on the next page */
        if (!closed && *p == ')' && o - s >= 2 && o[-1] == '/' && http && http < p && p[1] == ' ' &&
            jfyp_starts_lower(p + 2) && (closed = 1) && !about_reuse(p + 2)) {
            o[1] = '\0';
            return (char *)p + 2; /* (o never passes p: the rest is whole) */
        }
        /* "cited. against", and after a closing address "...sage). was",
         * ".../by/4.0/. Annals of ..." */
        if (*p != '.' || p[1] != ' ' || o - s < 2 ||
            !((o[-1] >= 'a' && o[-1] <= 'z' && o[-2] >= 'a' && o[-2] <= 'z') ||
              ((o[-1] == ')' || o[-1] == '/') && http && http < p)))
            continue;
        const char *q = p + 2;
        while (*q == ' ')
            q++;
        /* "... properly cited. Copyright © 2016 by X": the statement the
         * foot prints under the licence, given back to be read as one */
        if (opens_copyright(q)) {
            o[1] = '\0';
            return (char *)q;
        }
        if (jfyp_starts_lower(q) || not_the_licence(q) || journal_note(q) || !about_reuse(q)) {
            o[1] = '\0';
            return NULL;
        }
    }
    *o = '\0';
    return NULL;
}

/* The body's text cut_run_on cut off a licence, a paragraph again after
 * para. 0, or -1 out of memory. */
static int put_back(jfy_node *para, const char *rest) {
    if (!rest || !*rest)
        return 0;
    jfy_node *q = jfyp_node_new_with_text(JFY_N_PARAGRAPH, rest);
    if (!q)
        return -1;
    jfyp_node_span_from(q, para);
    jfyp_node_insert_after(para, q);
    return 0;
}

/* "creativecommons.org/licenses/by-nc/4.0" or "CC BY-NC 4.0" -> canonical URL. */
static char *canonical_href(const char *s) {
    const char *u = jfyp_stristr(s, "creativecommons.org/");
    char type[32] = "", ver[8] = "";
    if (u) {
        const char *p = u + 20;
        if (jfyp_strnieq(p, "publicdomain/zero", 17))
            return jfyp_strdup("https://creativecommons.org/publicdomain/zero/1.0/");
        if (jfyp_strnieq(p, "licenses/", 9)) {
            p += 9;
            size_t n = 0;
            while (n < sizeof type - 1 && ((p[n] >= 'a' && p[n] <= 'z') || p[n] == '-'))
                n++;
            memcpy(type, p, n);
            type[n] = '\0';
            p += n;
            if (*p == '/' && p[1] >= '1' && p[1] <= '9' && p[2] == '.' && p[3] >= '0' && p[3] <= '9') {
                memcpy(ver, p + 1, 3);
                ver[3] = '\0';
            }
        }
    } else {
        const char *c = jfyp_stristr(s, "CC BY");
        if (!c)
            c = jfyp_stristr(s, "CC-BY");
        if (c) {
            const char *p = c + 5;
            strcpy(type, "by");
            while (*p == '-' || *p == ' ') {
                const char *q = p + 1;
                if (jfyp_strnieq(q, "NC-ND", 5) || jfyp_strnieq(q, "NC-SA", 5)) {
                    snprintf(type, sizeof type, "by-%c%c-%c%c", 'n', 'c', q[3] | 32, q[4] | 32);
                    p = q + 5;
                } else if (jfyp_strnieq(q, "NC", 2) || jfyp_strnieq(q, "ND", 2) ||
                           jfyp_strnieq(q, "SA", 2)) {
                    size_t tl = strlen(type);
                    snprintf(type + tl, sizeof type - tl, "-%c%c", q[0] | 32, q[1] | 32);
                    p = q + 2;
                } else {
                    break;
                }
            }
            while (*p == ' ')
                p++;
            if (p[0] >= '1' && p[0] <= '9' && p[1] == '.' && p[2] >= '0' && p[2] <= '9') {
                memcpy(ver, p, 3);
                ver[3] = '\0';
            }
        } else if (jfyp_stristr(s, "CC0") || (jfyp_stristr(s, "creative commons") &&
                                              jfyp_stristr(s, "public domain dedication"))) {
            return jfyp_strdup("https://creativecommons.org/publicdomain/zero/1.0/");
        } else if ((c = jfyp_stristr(s, "Creative Commons Attribution"))) {
            /* "Creative Commons Attribution 4.0 International License" */
            const char *p = c + 28;
            strcpy(type, "by");
            static const char *const parts[][2] = {
                {"-NonCommercial", "-nc"}, {" NonCommercial", "-nc"}, {"-NoDerivatives", "-nd"},
                {" NoDerivatives", "-nd"}, {"-NoDerivs", "-nd"}, {" NoDerivs", "-nd"},
                {"-ShareAlike", "-sa"}, {" ShareAlike", "-sa"}};
            for (int again = 1; again;) {
                again = 0;
                for (size_t i = 0; i < sizeof parts / sizeof *parts; i++)
                    if (jfyp_strnieq(p, parts[i][0], strlen(parts[i][0]))) {
                        strcat(type, parts[i][1]);
                        p += strlen(parts[i][0]);
                        again = 1;
                    }
            }
            while (*p == ' ')
                p++;
            if (p[0] >= '1' && p[0] <= '9' && p[1] == '.' && p[2] >= '0' && p[2] <= '9') {
                memcpy(ver, p, 3);
                ver[3] = '\0';
            }
        }
    }
    if (!*type || !*ver || strncmp(type, "by", 2) != 0)
        return NULL;
    return jfyp_printf("https://creativecommons.org/licenses/%s/%s/", type, ver);
}

static int find_year(const char *s, const char **at) {
    for (const char *p = s; *p; p++) {
        if ((p == s || !(p[-1] >= '0' && p[-1] <= '9')) && (p[0] == '1' || p[0] == '2') &&
            p[1] >= '0' && p[1] <= '9' && p[2] >= '0' && p[2] <= '9' && p[3] >= '0' &&
            p[3] <= '9' && !(p[4] >= '0' && p[4] <= '9')) {
            int y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
            if (y >= 1800 && y <= 2199) {
                *at = p;
                return y;
            }
        }
    }
    return 0;
}

/* The holder: what the statement names besides the word "Copyright", the
 * sign and the year, up to "; licensee" or the sentence's end. */
static char *holder_of(const char *stmt) {
    char *h = jfyp_strdup(stmt);
    if (!h)
        return NULL;
    const char *yat;
    if (find_year(h, &yat)) {
        char *y = (char *)yat;
        memmove(y, y + 4, strlen(y + 4) + 1);
    }
    char *p = h;
    for (int again = 1; again;) {
        again = 0;
        while (*p == ' ' || *p == ',' || *p == ':' || *p == '*')
            p++, again = 1;
        const char *a;
        if ((a = after_copyright_word(p)) && a != p) {
            p = (char *)a;
            again = 1;
        }
        if (strncmp(p, "\xc2\xa9", 2) == 0 || strncmp(p, "(c)", 3) == 0 || strncmp(p, "(C)", 3) == 0) {
            p += p[0] == '(' ? 3 : 2;
            again = 1;
        }
        if (jfyp_strnieq(p, "by ", 3)) {
            p += 3;
            again = 1;
        }
        if (strncmp(p, "This journal is ", 16) == 0) {
            p += 16;
            again = 1;
        }
    }
    memmove(h, p, strlen(p) + 1);
    /* Stop at "; ", ". " (not after "al"), "All rights reserved". */
    for (char *q = h; *q; q++) {
        if (*q == ';' || (*q == '.' && (q[1] == ' ' || !q[1]) &&
                          !(q - h >= 2 && q[-2] == 'a' && q[-1] == 'l') &&
                          !(q - h >= 2 && q[-2] == ' ' && q[-1] >= 'A' && q[-1] <= 'Z') &&
                          !(q - h >= 3 && jfyp_strnieq(q - 3, "Ltd", 3)) &&
                          !(q - h >= 3 && jfyp_strnieq(q - 3, "Inc", 3)))) {
            *q = '\0';
            break;
        }
    }
    char *arr = (char *)jfyp_stristr(h, "all rights reserved");
    if (arr)
        *arr = '\0';
    jfyp_trim(h);
    size_t n = strlen(h);
    while (n && (h[n - 1] == ',' || h[n - 1] == ' '))
        h[--n] = '\0';
    if (!*h || jfyp_strnieq(h, "retained", 8) || jfyp_strnieq(h, "held", 4)) {
        free(h);
        return jfyp_strdup("");
    }
    return h;
}

static jfy_node *permissions(jfyp_rec *r) {
    jfy_node *p = jfyp_node_child(r->front, JFY_N_PERMISSIONS);
    if (!p && (p = jfyp_node_new(JFY_N_PERMISSIONS)))
        jfyp_node_append(r->front, p);
    return p;
}

/* The open-access badge a page prints on the statement's line, right of
 * it ("© The Author(s) 2021    OPEN"): its length at the end of s after
 * the year, else 0. */
static size_t badge_after_year(const char *s) {
    static const char *const badges[] = {" OPEN ACCESS", " OPEN"};
    size_t n = strlen(s);
    for (size_t b = 0; b < sizeof badges / sizeof *badges; b++) {
        size_t k = strlen(badges[b]);
        if (n >= k + 4 && strcmp(s + n - k, badges[b]) == 0 && s[n - k - 1] >= '0' && s[n - k - 1] <= '9' &&
            s[n - k - 4] >= '0' && s[n - k - 4] <= '9')
            return k;
    }
    return 0;
}

/* The length of the statement without what a page's foot ran into it:
 * the article's DOI ("Copyright © 2019, The Authors; DOI:10.3399/..."),
 * the journal's web addresses after its last sentence ("... All rights
 * reserved. www.example.com www.example.org"), the journal's citation
 * ("© 2009 Blackwell Publishing Ltd, Journal of X, 3, 205–206"). */
static size_t foot_tail_cut(const char *s) {
    size_t n = strlen(s);
    const char *d = jfyp_stristr(s, "doi");
    /* (only closing it: "The Authors. Journal X DOI:10... published by
     * ..." keeps the holder's words after it) */
    const char *de = d && d[3] ? d + 4 : NULL; /* (a statement ending on "doi" has no byte after) */
    while (de && *de == ' ')
        de++;
    while (de && *de && *de != ' ')
        de++;
    if (d && d - s > 10 && (d[3] == ':' || strncmp(d + 3, " 10.", 4) == 0) && d[-1] == ' ' && !*de) {
        n = (size_t)(d - s);
        while (n && (s[n - 1] == ' ' || s[n - 1] == ';' || s[n - 1] == ','))
            n--;
        return n;
    }
    /* addresses after a full stop */
    for (;;) {
        size_t w = n;
        while (w && s[w - 1] != ' ')
            w--;
        if (!w || !(jfyp_strnieq(s + w, "www.", 4) || jfyp_strnieq(s + w, "http", 4)))
            break;
        size_t k = w;
        while (k && s[k - 1] == ' ')
            k--;
        if (!k || !(s[k - 1] == '.' || jfyp_strnieq(s + k, " www.", 5) || jfyp_strnieq(s + k, " http", 5)))
            break;
        n = k;
        if (s[k - 1] == '.')
            break;
    }
    /* ", Name of Journal, 3, 205–206" closing it */
    size_t e = n, k = e;
    for (;;) {
        if (k && ((s[k - 1] >= '0' && s[k - 1] <= '9') || s[k - 1] == '-'))
            k--;
        else if (k >= 3 && strncmp(s + k - 3, "\xe2\x80\x93", 3) == 0)
            k -= 3; /* an en dash between the pages */
        else
            break;
    }
    if (k == e || k < 2 || s[k - 1] != ' ' || s[k - 2] != ',')
        return n;
    k -= 2;
    size_t v = k;
    while (k && s[k - 1] >= '0' && s[k - 1] <= '9')
        k--;
    if (k == v || k < 2 || s[k - 1] != ' ' || s[k - 2] != ',')
        return n;
    k -= 2;
    size_t j = k;
    while (j && s[j - 1] != ',' && s[j - 1] != '.' && k - j < 80)
        j--;
    if (j && s[j - 1] == ',' && j < k && s[j] == ' ' && s[j + 1] >= 'A' && s[j + 1] <= 'Z')
        return j - 1;
    return n;
}

/* "© 2020 The Authors. Published by Elsevier Ltd." and "© The Author(s),
 * 2020. Published by Cambridge University Press.": where the authors hold
 * the work, these two publishers' statement is the holder's sentence
 * alone, the publisher's sentence after it the page's imprint (others,
 * "... The Author(s). Published by Oxford University Press on behalf of
 * X.", "... Published by Informa UK Limited", keep it whole). The length
 * of the holder's sentence in the first n bytes of s, else n. */
static size_t imprint_after_authors(const char *s, size_t n) {
    static const char *const imprints[] = {". Published by Elsevier", ". Published by Cambridge University Press"};
    for (size_t i = 0; i < sizeof imprints / sizeof *imprints; i++) {
        const char *p = strstr(s, imprints[i]);
        if (!p || (size_t)(p - s) > n || p - s > 40)
            continue;
        /* the holder's words before it: "The Author(s)", maybe a year after */
        const char *q = p;
        while (q > s && ((q[-1] >= '0' && q[-1] <= '9') || q[-1] == ' ' || q[-1] == ','))
            q--;
        static const char *const holders[] = {"The Authors", "The Author(s)"};
        for (size_t k = 0; k < sizeof holders / sizeof *holders; k++) {
            size_t hn = strlen(holders[k]);
            if ((size_t)(q - s) >= hn && jfyp_strnieq(q - hn, holders[k], hn))
                return (size_t)(p - s);
        }
    }
    return n;
}

/* "© 2010 American College of X. Reproduction of this article is
 * prohibited without written permission from ...": the notice after the
 * statement forbids reuse; it is none of the statement's words. The
 * length before it in the first n bytes of s, else n. */
static size_t reproduction_notice(const char *s, size_t n) {
    static const char *const notices[] = {". Reproduction of this article is prohibited",
                                          ". Unauthorized reproduction of this article is prohibited"};
    for (size_t i = 0; i < sizeof notices / sizeof *notices; i++) {
        const char *p = strstr(s, notices[i]);
        if (p && p > s && (size_t)(p - s) < n)
            return (size_t)(p - s) + 1;
    }
    return n;
}

/* What a side-by-side extraction ran onto the statement's line from the
 * column beside it: the journal's numbers ("... Internal Medicine pISSN
 * 1226-3303", "..., 2016 pISSN 2005-6419 • eISSN 2005-7563"), an
 * affiliation after its number ("... Published by BMJ. 1 Improving Global
 * Health ..."). The length before it in the first n bytes of s, else n. */
static size_t column_run_on(const char *s, size_t n) {
    for (size_t i = 1; i < n; i++) {
        if (s[i - 1] != ' ')
            continue;
        const char *p = s + i;
        if (strncmp(p, "pISSN ", 6) == 0 || strncmp(p, "eISSN ", 6) == 0 || strncmp(p, "ISSN ", 5) == 0 ||
            strncmp(p, "p-ISSN ", 7) == 0 || strncmp(p, "e-ISSN ", 7) == 0)
            return i - 1;
        /* ". 1 Name", ". 1Name" (the number set as a superscript): no
         * statement's sentence opens on a small number */
        if (i >= 2 && s[i - 2] == '.' && p[0] >= '1' && p[0] <= '9') {
            size_t k = p[1] >= '0' && p[1] <= '9' ? 2 : 1;
            if (p[k] == ' ')
                k++;
            if (p[k] >= 'A' && p[k] <= 'Z' && p[k + 1] >= 'a' && p[k + 1] <= 'z')
                return i - 1;
        }
    }
    return n;
}

/* labelled: the statement printed under a "Copyright:" field label, which
 * gives it whole as the publisher set it (a page's imprint after the
 * holder's sentence is an imprint only on a foot's line). */
static int set_copyright(jfyp_rec *r, const char *stmt, const jfy_node *from, int labelled) {
    jfy_node *p = permissions(r);
    if (!p)
        return -1;
    if (jfyp_node_attr(p, "statement"))
        return 0;
    if (!p->line)
        jfyp_node_span_from(p, from);
    size_t badge = badge_after_year(stmt), keep = foot_tail_cut(stmt);
    if (keep > strlen(stmt) - badge)
        keep = strlen(stmt) - badge;
    if (!labelled)
        keep = imprint_after_authors(stmt, keep);
    keep = column_run_on(stmt, reproduction_notice(stmt, keep));
    char *cut = keep < strlen(stmt) ? jfyp_strndup(stmt, keep) : NULL;
    if (keep < strlen(stmt) && !cut)
        return -1;
    if (cut)
        stmt = cut;
    int rc = jfyp_node_set_attr(p, "statement", stmt);
    const char *at;
    int y = find_year(stmt, &at);
    if (y) {
        char b[8];
        snprintf(b, sizeof b, "%d", y);
        rc |= jfyp_node_set_attr(p, "year", b);
    }
    char *h = holder_of(stmt);
    free(cut);
    if (!h)
        return -1;
    if (*h)
        rc |= jfyp_node_set_attr(p, "holder", h);
    free(h);
    return rc ? -1 : 0;
}

static int licensee_first(jfyp_rec *r, const char *licensee);

static int set_license(jfyp_rec *r, const char *text, const jfy_node *from) {
    jfy_node *p = permissions(r);
    if (!p)
        return -1;
    if (jfyp_node_child(p, JFY_N_LICENSE))
        return 0;
    jfy_node *lic = jfyp_node_new(JFY_N_LICENSE), *para = jfyp_node_new_with_text(JFY_N_PARAGRAPH, text);
    char *href = canonical_href(text);
    int rc = (!lic || !para) ? -1 : 0;
    if (rc == 0 && href)
        rc = jfyp_node_set_attr(lic, "href", href);
    free(href);
    if (rc < 0) {
        jfyp_node_free(lic);
        jfyp_node_free(para);
        return -1;
    }
    jfyp_node_span_from(lic, from);
    jfyp_node_span_from(para, from);
    jfyp_node_append(lic, para);
    jfyp_node_append(p, lic);
    const char *licensee = jfyp_node_attr(p, "licensee");
    if (licensee) {
        char *held = jfyp_strdup(licensee);
        int rc2 = held && jfyp_node_set_attr(p, "licensee", NULL) == 0 ? licensee_first(r, held) : -1;
        free(held);
        return rc2;
    }
    return 0;
}

/* The licence's text node, or NULL. */
static jfy_node *licence_text(jfy_node *perm) {
    jfy_node *lic = perm ? jfyp_node_child(perm, JFY_N_LICENSE) : NULL;
    jfy_node *p = lic ? lic->first : NULL;
    return p && p->first && p->first->type == JFY_N_TEXT && p->first->text ? p->first : NULL;
}

/* "© 2026 by the authors." over "Licensee X, City, Country.": the
 * licensee's sentence opens the licence (as "... the authors. Licensee X.
 * This article is an open access article ..." printed in one block has it),
 * whether the licence was read before it (a side column's sentence under the
 * abstract) or is read after; kept on the permissions till then. */
static int licensee_first(jfyp_rec *r, const char *licensee) {
    jfy_node *perm = permissions(r), *t = licence_text(perm);
    if (!perm)
        return -1;
    if (!t)
        return jfyp_node_set_attr(perm, "licensee", licensee);
    if (jfyp_stristr(t->text, "licensee"))
        return 0;
    char *both = jfyp_printf("%s %s", licensee, t->text);
    int rc = both ? jfyp_node_set_text(t, both) : -1;
    free(both);
    return rc;
}

static int opens_other_field(const char *s) {
    return !opens_copyright(s) && jfyp_opens_field(s);
}

#define WRAPPED_BLOCKS 8 /* a side column's licence set a line to a block */

/* A side column's licence that an extraction set a line to a block ("This
 * article is an open access article" / "distributed under the terms and" /
 * "conditions of the Creative Commons" / "Attribution (CC BY) license."):
 * the blocks right under para, a line's words each, joined to *text till a
 * sentence ends. Only a licence's opening sentence with no cue yet is so
 * gone on. 0, or -1 out of memory. */
static int take_wrapped_blocks(jfyp_rec *r, jfy_node *para, char **text) {
    int last = para->end_line, k = 0;
    char *all = jfyp_strdup(*text);
    if (!all)
        return -1;
    /* the blocks are read first and taken only when the sentence they
     * make ends and grants a licence (no badge's "Open Access" over the
     * title and the headings under it) */
    for (jfy_node *x = jfyp_rec_next(r, para); k < WRAPPED_BLOCKS && !ends_sentence(all);
         x = jfyp_rec_next(r, x), k++) {
        if (!x || x->type != JFY_N_PARAGRAPH || x->line > last + 2)
            break;
        jfyp_lines l;
        if (jfyp_lines_of(x, &l) < 0) {
            free(all);
            return -1;
        }
        /* (a justified line MuPDF may give a word a line: "distributed" /
         * "under" / "the" / "terms" / "and") */
        int ok = l.n >= 1 && l.n <= 6;
        size_t len = 0;
        for (size_t i = 0; ok && i < l.n; i++)
            ok = (len += strlen(l.v[i].text) + 1) < 80 && !opens_other_field(l.v[i].text) &&
                 !opens_copyright(l.v[i].text) && !opens_licence(l.v[i].text) &&
                 l.v[i].first->type == JFY_N_TEXT;
        char *more = ok ? jfyp_lines_join(&l, 0, l.n - 1) : NULL;
        char *both = more ? jfyp_join_wrapped(all, more) : NULL;
        free(more);
        jfyp_lines_free(&l);
        if (ok && !both) {
            free(all);
            return -1;
        }
        if (!ok)
            break;
        free(all);
        all = both;
        last = x->end_line;
    }
    if (!k || !ends_sentence(all) || !has_license_cue(all)) {
        free(all);
        return 0;
    }
    for (int i = 0; i < k; i++)
        jfyp_node_free(jfyp_rec_next(r, para));
    free(*text);
    *text = all;
    return 0;
}

/* The block x's lines l, when ok, joined to *text, and x taken; l is
 * freed either way. 0, or -1 out of memory. */
static int absorb_lines(jfyp_lines *l, int ok, char **text, jfy_node *x) {
    char *more = ok ? jfyp_lines_join(l, 0, l->n - 1) : NULL;
    char *all = more ? jfyp_join_wrapped(*text, more) : NULL;
    free(more);
    jfyp_lines_free(l);
    if (ok && !all)
        return -1;
    if (all) {
        free(*text);
        *text = all;
        jfyp_node_free(x);
    }
    return 0;
}

/* "... under the terms of the Creative Commons" over a block "Attribution
 * License (http://creativecommons.org/licenses/by/4.0/), which permits" /
 * ... / "work is properly cited.": the licence's name cut between blocks
 * (MuPDF, pdfminer give a side column's lines a block each). The block,
 * opening with the name's rest and ending the sentence in a few lines, is
 * joined to *text and taken. 0, or -1 out of memory. */
static int take_licence_name(jfyp_rec *r, jfy_node *para, char **text) {
    size_t n = strlen(*text);
    /* "... the Creative Commons Attribution Non-Commercial" over "License
     * (http://...).": the name cut before its last word */
    const char *cc = n >= 16 ? jfyp_stristr(*text + (n > 80 ? n - 80 : 0), "Creative Commons") : NULL;
    int named = cc && !jfyp_stristr(cc, "licen") && !ends_sentence(*text) && !strchr(cc, ',');
    if (!named)
        return 0;
    int whole = jfyp_strieq(*text + n - 16, "Creative Commons");
    jfy_node *x = jfyp_rec_next(r, para);
    if (!x || x->type != JFY_N_PARAGRAPH || x->line > para->end_line + 2)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(x, &l) < 0)
        return -1;
    const char *t0 = l.n ? l.v[0].text : "";
    /* (or the name's last words, "International License (CC BY 4.0).":
     * a capital word or two, then the word itself) */
    const char *lw = strstr(t0, "License");
    if (!lw)
        lw = strstr(t0, "Licence");
    int tail = lw && lw - t0 <= 40 && t0[0] >= 'A' && t0[0] <= 'Z' && !memchr(t0, '.', (size_t)(lw - t0)) &&
               !memchr(t0, ',', (size_t)(lw - t0)) && !memchr(t0, ':', (size_t)(lw - t0));
    int ok = l.n >= 1 && l.n <= 6 &&
             (((strncmp(t0, "Attribution", 11) == 0 || strncmp(t0, "CC BY", 5) == 0) && whole) ||
              (tail && lw[7] && lw[7] != ':')) &&
             ends_sentence(l.v[l.n - 1].text);
    for (size_t i = 0; ok && i < l.n; i++)
        ok = strlen(l.v[i].text) < 120 && !opens_other_field(l.v[i].text) && l.v[i].first->type == JFY_N_TEXT;
    return absorb_lines(&l, ok, text, x);
}

/* Whether every line of para, a few at most, opens a labelled field
 * ("Categories: ...", "Keywords: ..."): a side column's fields between the
 * halves of a licence's sentence. -1 out of memory. */
static int field_block(jfy_node *para) {
    jfyp_lines l;
    if (!para || para->type != JFY_N_PARAGRAPH)
        return 0;
    if (jfyp_lines_of(para, &l) < 0)
        return -1;
    int yes = l.n >= 1 && l.n <= 3;
    for (size_t i = 0; yes && i < l.n; i++)
        yes = jfyp_opens_field(l.v[i].text) && !opens_copyright(l.v[i].text);
    jfyp_lines_free(&l);
    return yes;
}

/* A side column's licence whose sentence the column's fields cut ("...
 * CC-BY 4.0., which permits unrestricted" / "Keywords: ..." / "use,
 * distribution, and reproduction in any" / "medium, provided ...
 * credited."): the block past the fields, opening on a small letter in
 * lines as narrow as the column's and ending the sentence, is joined to
 * *text and taken; the fields stay. 0, or -1 out of memory. */
static int take_past_fields(jfyp_rec *r, jfy_node *para, char **text) {
    if (ends_sentence(*text))
        return 0;
    jfy_node *f = jfyp_rec_next(r, para);
    int fb = field_block(f);
    if (fb <= 0)
        return fb;
    jfy_node *x = jfyp_rec_next(r, f);
    if (!x || x->type != JFY_N_PARAGRAPH)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(x, &l) < 0)
        return -1;
    int ok = l.n >= 1 && l.n <= 6 && jfyp_starts_lower(l.v[0].text) && ends_sentence(l.v[l.n - 1].text);
    for (size_t i = 0; ok && i < l.n; i++)
        ok = strlen(l.v[i].text) < 80 && !jfyp_opens_field(l.v[i].text) && l.v[i].first->type == JFY_N_TEXT;
    return absorb_lines(&l, ok, text, x);
}

/* "Licensee X, City, Country." a block of its own under the statement (an
 * extraction parts a side column's lines): the licensee, taken. */
static int licensee_block(jfyp_rec *r, jfy_node *para) {
    jfy_node *x = jfyp_rec_next(r, para);
    if (!x || x->type != JFY_N_PARAGRAPH || x->line > para->end_line + 2)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(x, &l) < 0)
        return -1;
    int rc = 0;
    if (l.n == 1 && strncmp(l.v[0].text, "Licensee ", 9) == 0 && strlen(l.v[0].text) < 120 &&
        !strstr(l.v[0].text, ". ")) {
        char *t = jfyp_strdup(l.v[0].text);
        rc = t ? licensee_first(r, t) : -1;
        free(t);
        if (rc == 0 && jfyp_lines_remove(x, &l, 0, 0))
            jfyp_node_free(x);
    }
    jfyp_lines_free(&l);
    return rc;
}

/* A line of one capital letter: the second glyph of a sign drawn in two
 * ("C" over "V"), under the statement it opened. */
static int glyph_line(const char *s) {
    return s[0] >= 'A' && s[0] <= 'Z' && !s[1];
}

/* A sign OCR read into a figure's labels or a formula ("\xc2\xa9 (5) and (8).",
 * "\xc2\xa9 LiFePO,/graphiene", a sign alone): no year, and no holder's name
 * after the sign, which a statement with no year names ("\xc2\xa9 EJManager.",
 * "Copyright: Name, et al."). */
static int junk_statement(const char *s) {
    const char *y;
    if (find_year(s, &y))
        return 0;
    const char *a = after_copyright_word(s);
    if (a && a != s)
        s = a;
    while (*s == ' ' || *s == ':')
        s++;
    if (opens_sign(s))
        s += 2;
    else if (jfyp_strnieq(s, "(c)", 3))
        s += 3;
    while (*s == ' ')
        s++;
    /* ("Copyright \xc2\xa9 retained by original authors": words all the same) */
    if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || (unsigned char)*s >= 0x80))
        return 1;
    for (const char *p = s; *p && *p != ' '; p++)
        if ((*p >= '0' && *p <= '9') || (*p == ',' && p[1] && p[1] != ' '))
            return 1;
    /* (a chart's legend: "\xc2\xa9 Experimental LiFePO/C \xc2\xb0", "\xc2\xa9 Simulated
     * LiFePO, 100 Sg N oo 50"; a holder's name holds no figures) */
    for (const char *p = s; *p && p - s < 60; p++)
        if (*p == '/' || *p == '|' || (*p >= '0' && *p <= '9') || strncmp(p, "\xc2\xb0", 2) == 0)
            return 1;
    return 0;
}

/* "For numbered affiliations see end of article", "For author
 * affiliations, see end of text": the side column's note under the
 * notice, no sentence of it. */
static int affiliations_note(const char *s) {
    return strncmp(s, "For ", 4) == 0 && jfyp_stristr(s, " affiliation") != NULL;
}

#define HOLDER_LINE 100 /* bytes: a holder's name, a line of its own */

/* "Copyright © 2016" over "The Korean Society of X." over "All rights
 * reserved.", each line a block of its own (an extraction parts a foot's
 * short lines): a statement of a sign and a year alone names its holder on
 * the line under it. The holder's line, a capital opening it and a full
 * stop closing it, and the reservation after it, are joined to *stmt and
 * taken. 0, or -1 out of memory. */
static int take_holder_blocks(jfyp_rec *r, jfy_node *para, char **stmt) {
    const char *y;
    char *h = holder_of(*stmt);
    int bare = h && !*h && find_year(*stmt, &y) && strlen(*stmt) < 30;
    free(h);
    if (!h)
        return -1;
    int last = para->end_line;
    jfy_node *x = jfyp_rec_next(r, para);
    for (int k = 0; bare && k < 2 && x && x->type == JFY_N_PARAGRAPH && x->line == last + 1; k++) {
        jfyp_lines l;
        if (jfyp_lines_of(x, &l) < 0)
            return -1;
        const char *t = l.n == 1 ? l.v[0].text : "";
        size_t n = strlen(t);
        int ok = n > 4 && n < HOLDER_LINE && t[n - 1] == '.' && l.v[0].first->type == JFY_N_TEXT &&
                 (k == 0 ? t[0] >= 'A' && t[0] <= 'Z' && !opens_other_field(t) && !opens_copyright(t) &&
                               !opens_licence(t) && !has_license_cue(t) && !jfyp_strnieq(t, "All rights", 10)
                         : jfyp_strnieq(t, "All rights reserved", 19));
        int xe = x->end_line;
        jfy_node *nx = jfyp_rec_next(r, x);
        /* (the page's text going on in lower case after the foot is joined
         * to the block before it later: the reservation's block is read but
         * left to it, as it stood, so that no other block takes it) */
        jfy_node *on = nx;
        while (on && jfyp_is_furniture(r, on))
            on = jfyp_rec_next(r, on);
        if (ok && k == 1 && on && on->type == JFY_N_PARAGRAPH && on->first && on->first->type == JFY_N_TEXT &&
            on->first->text && jfyp_starts_lower(on->first->text)) {
            char *all = jfyp_join_wrapped(*stmt, t);
            jfyp_lines_free(&l);
            if (!all)
                return -1;
            free(*stmt);
            *stmt = all;
            break;
        }
        if (absorb_lines(&l, ok, stmt, x) < 0)
            return -1;
        if (!ok)
            break;
        last = xe;
        x = nx;
    }
    return 0;
}

/* early: only a licence sentence opening the paragraph, taken before the
 * abstract and body readers can swallow it (it sits under an abstract or
 * at a column's foot); the rest of the fields wait for the full scan. */
static int scan(jfyp_rec *r, jfy_node *para, int *gone, int early) {
    jfyp_lines l;
    *gone = 0;
    if (jfyp_lines_of(para, &l) < 0)
        return -1;
    int rc = 0;
    jfy_node *perm = jfyp_node_child(r->front, JFY_N_PERMISSIONS);
    int want_c = !early && (!perm || !jfyp_node_attr(perm, "statement"));
    int want_l = !perm || !jfyp_node_child(perm, JFY_N_LICENSE);
    if (early && (!l.n || !opens_licence(l.v[0].text)))
        want_l = 0;
    for (size_t i = 0; i < l.n && rc == 0 && !*gone; i++) {
        const char *t = l.v[i].text;
        int is_c = want_c && opens_copyright(t);
        /* a licence opens its paragraph, follows a "License" label line,
         * or opens a line with its sentence (after text run into it) */
        size_t label = !is_c && want_l && i + 1 < l.n ? license_label_line(t) : 0;
        int is_l = !is_c && want_l && !label &&
                   ((i == 0 && !jfyp_strnieq(t, "Data", 4) && !jfyp_strnieq(t, "Fig", 3) &&
                     !jfyp_strnieq(t, "Table", 5) && !(t[0] == '[' || (t[0] >= '0' && t[0] <= '9')) &&
                     (!opens_other_field(t) || license_field_label(t))) ||
                    opens_licence(t) || (i > 0 && license_field_label(t)));
        if (!is_c && !is_l && !label)
            continue;
        size_t from = i + (label ? 1 : 0), end = from + 1;
        while (end < l.n && !opens_other_field(l.v[end].text) && !opens_copyright(l.v[end].text) &&
               !citation_line(l.v[end].text) && !affiliations_note(l.v[end].text) &&
               !((caption_line(l.v[end].text) || (end + 1 < l.n && license_label_line(l.v[end].text))) &&
                 ends_sentence(l.v[end - 1].text)))
            end++;
        for (size_t k = from + 1; is_c && k < end; k++)
            if (glyph_line(l.v[k].text) && ends_sentence(l.v[k - 1].text)) {
                end = k + 1;
                break;
            }
        char *field = jfyp_lines_join(&l, from, end - 1);
        if (!field) {
            rc = -1;
            break;
        }
        /* "C The Author(s) (2020). Published by ... CAS." over "V": the
         * sign drawn in two glyphs, the second alone on the line under the
         * statement, no word of it (nor a sentence going on after it) */
        size_t fl = strlen(field);
        if (is_c && end - from >= 2 && glyph_line(l.v[end - 1].text) && fl > 2 && field[fl - 2] == ' ')
            field[fl - 2] = '\0';
        if (is_l || label) {
            size_t skip = license_field_label(field);
            if (!skip)
                skip = lead_before_licence(field);
            if (skip)
                memmove(field, field + skip, strlen(field + skip) + 1);
            if (!has_license_cue(field) && opens_licence(field) && strlen(field) < 120 && end == l.n &&
                (rc = take_wrapped_blocks(r, para, &field)) < 0) {
                free(field);
                break;
            }
            const char *lw = jfyp_stristr(field, "licen");
            int ok = strlen(field) <= MAX_LICENSE && has_license_cue(field) &&
                     (size_t)(lw ? lw - field : 0) < (i == 0 || label || skip ? 300 : 200);
            if (ok && end == l.n)
                rc = jfyp_take_continuation(r, para, &field);
            if (ok && end == l.n && rc == 0)
                rc = take_past_fields(r, para, &field);
            if (ok && end == l.n && rc == 0)
                rc = take_licence_name(r, para, &field);
            if (ok && rc == 0)
                rc = put_back(para, cut_run_on(field));
            if (ok && rc == 0 && (rc = set_license(r, field, para)) == 0) {
                *gone = jfyp_lines_remove(para, &l, i, end - 1);
                want_l = 0;
            }
            free(field);
            if (ok)
                break;
            continue;
        }
        /* A copyright field: the statement, then maybe the licence. */
        char *stmt = jfyp_strdup(after_copyright_label(field));
        char *lic = NULL, *licensee = NULL;
        if (stmt && junk_statement(stmt)) {
            free(stmt);
            free(field);
            continue;
        }
        if (stmt) {
            char *ls = (char *)license_start(stmt);
            /* "© 2018 Yang et al. This work is published and licensed by
             * Dove Medical Press Limited. The full terms of this license
             * ...": the publisher's claim is the statement's; the licence
             * is the sentence after it, if any */
            int claim = ls && jfyp_strnieq(ls, "This work is published", 22);
            if (claim) {
                char *e = strstr(ls, ". ");
                ls = e ? e + 2 : NULL;
                while (ls && *ls == ' ')
                    ls++;
                if (ls && !*ls)
                    ls = NULL;
            }
            /* "This is an open access article, free of all copyright": a
             * grant; "This article is published with open access at
             * ...": none, where the licence is printed further on */
            if (ls && (has_license_cue(ls) || jfyp_stristr(ls, "open access article") ||
                       jfyp_stristr(ls, "open-access article"))) {
                if (!(lic = jfyp_strdup(strncmp(ls, "\xe2\x80\x98", 3) == 0 ? ls + 3 : ls)))
                    rc = -1;
                /* "... exclusive licensee X. No claim to original U.S.
                 * Government Works. Distributed under a Creative Commons
                 * Attribution License 4.0 (CC BY).": the licence only
                 * named, as the terms the licensee holds it on, closes the
                 * statement (and is the licence too, no other printed) */
                char sv = ls[0];
                ls[0] = '\0';
                int named = strncmp(lic ? lic : "", "Distributed under", 17) == 0 && strlen(lic) < 120 &&
                            strstr(stmt, " licensee ") && !jfyp_stristr(lic, "permit");
                if (named)
                    ls[0] = sv;
                jfyp_trim(stmt);
            } else if (ls && ls > stmt) {
                /* "... 2014. This article is published with open access
                 * at ...": a note after the statement, no part of it;
                 * "Licensee X, City, Country." opens the licence, which a
                 * side column may print apart from it */
                if (strncmp(ls, "Licensee ", 9) == 0 && strlen(ls) < 120 && !(licensee = jfyp_strdup(ls)))
                    rc = -1;
                ls[0] = '\0';
                jfyp_trim(stmt);
            } else if (!ls && !claim && jfyp_stristr(stmt, "creative commons") &&
                       (jfyp_stristr(stmt, "under the terms") || jfyp_stristr(stmt, "licensed under"))) {
                /* "© 2015 The Authors. Published by X under the terms of
                 * the Creative Commons Attribution License ...": one
                 * sentence both states the copyright and grants the
                 * licence; it is both. ("Re-use permitted under CC
                 * BY-NC" only points to a licence printed elsewhere.)
                 * "© 2021 The Authors. Published by X under the terms
                 * ...": the holder's sentence is the statement, the
                 * publisher's the licence. */
                char *pub = strstr(stmt, ". Published by ");
                if (pub && pub - stmt < 60 &&
                    (jfyp_stristr(pub, "under the terms") || jfyp_stristr(pub, "licensed under"))) {
                    if (!(lic = jfyp_strdup(pub + 2)))
                        rc = -1;
                    pub[1] = '\0';
                } else if (!(lic = jfyp_strdup(stmt)))
                    rc = -1;
            }
        }
        /* "©The Author(s) 2021. Ths article is licensed under ...": no
         * licence sentence's opening words known (OCR misread them), the
         * statement runs on into a licence; its sentence with the year is
         * the statement, the rest the licence where it grants one */
        const char *yr, *stop;
        if (stmt && rc == 0 && strlen(stmt) >= 300 && !licensee && find_year(stmt, &yr) &&
            (stop = strstr(yr, ". ")) && stop - stmt < 120 && has_license_cue(stop + 2)) {
            free(lic);
            if (!(lic = jfyp_strdup(stop + 2)))
                rc = -1;
            stmt[stop + 1 - stmt] = '\0';
        }
        if (!stmt || rc < 0) {
            rc = -1;
        } else if ((*stmt && strlen(stmt) < 300) || (!*stmt && lic)) {
            /* "Copyright: This is an open access article, free of all
             * copyright ...": a licence under the copyright label. */
            /* "... on behalf of International Asso-" over a blank line
             * and "ciation of X.": OCR parts the statement's last line
             * from the word it broke */
            size_t sn = strlen(stmt);
            if (*stmt && end == l.n && sn > 2 && stmt[sn - 1] == '-' && stmt[sn - 2] >= 'a' && stmt[sn - 2] <= 'z')
                rc = jfyp_take_continuation(r, para, &stmt);
            if (rc == 0 && *stmt && end == l.n)
                rc = take_holder_blocks(r, para, &stmt);
            if (rc == 0 && *stmt)
                rc = set_copyright(r, stmt, para, after_copyright_label(field) != after_issn(field));
            if (rc == 0 && licensee && !lic)
                rc = licensee_first(r, licensee);
            if (rc == 0 && *stmt && !licensee && !lic && end == l.n)
                rc = licensee_block(r, para);
            if (rc == 0 && lic && want_l) {
                if (end == l.n)
                    rc = jfyp_take_continuation(r, para, &lic);
                if (rc == 0 && end == l.n)
                    rc = take_past_fields(r, para, &lic);
                if (rc == 0)
                    rc = put_back(para, cut_run_on(lic));
                if (rc == 0)
                    rc = set_license(r, lic, para);
            }
            if (rc == 0)
                *gone = jfyp_lines_remove(para, &l, i, end - 1);
        }
        free(stmt);
        free(lic);
        free(licensee);
        free(field);
        break;
    }
    jfyp_lines_free(&l);
    return rc;
}

/* A licence that says who keeps the copyright ("Authors retain copyright
 * and release the work under ...") is the copyright statement too, where
 * no other is printed: its first sentence. */
static int retained_copyright(jfyp_rec *r) {
    jfy_node *perm = jfyp_node_child(r->front, JFY_N_PERMISSIONS);
    jfy_node *lic = perm ? jfyp_node_child(perm, JFY_N_LICENSE) : NULL;
    if (!lic || jfyp_node_attr(perm, "statement"))
        return 0;
    char *t = jfyp_node_plain(lic);
    if (!t)
        return -1;
    const char *k = jfyp_stristr(t, "retain");
    if (k && (jfyp_strnieq(k, "retain copyright", 16) || jfyp_strnieq(k, "retains copyright", 17) ||
              jfyp_strnieq(k, "retain the copyright", 20) || jfyp_strnieq(k, "retains the copyright", 21))) {
        char *e = t;
        while (*e && !(*e == '.' && (e[1] == ' ' || !e[1])))
            e++;
        *e = '\0';
        int rc = k < e ? set_copyright(r, t, lic, 0) : 0;
        if (rc == 0 && k < e && k > t) {
            /* the holder: who retains it */
            char *h = jfyp_strndup(t, (size_t)(k - t));
            rc = h ? jfyp_node_set_attr(perm, "holder", jfyp_trim(h)) : -1;
            free(h);
        }
        free(t);
        return rc;
    }
    free(t);
    return 0;
}

/* "© The Author(s) 2020. Published by X on behalf of Y. All rights
 * reserved. For permissions, please e-mail: journals.permissions@x.com", a
 * foot's block of its own: its address made it a correspondence note
 * before the statements were read. Where no other statement was printed
 * it is the statement, up to the request for permissions, and no note. */
static int statement_in_notes(jfyp_rec *r) {
    jfy_node *perm = jfyp_node_child(r->front, JFY_N_PERMISSIONS);
    jfy_node *notes = jfyp_node_child(r->front, JFY_N_AUTHOR_NOTES);
    if (!notes || (perm && jfyp_node_attr(perm, "statement")))
        return 0;
    for (jfy_node *c = notes->first; c; c = c->next) {
        if (c->type != JFY_N_CORRESP)
            continue;
        char *t = jfyp_node_plain(c);
        if (!t)
            return -1;
        const char *y;
        int sign_year = opens_sign(t) && find_year(t, &y) && y - t < 80;
        char *ask = sign_year ? (char *)jfyp_stristr(t, " For permission") : NULL;
        int rc = 0;
        /* "© Author(s) (or their employer(s)) 2021. Re-use permitted under
         * CC BY. Published by BMJ." over "For numbered affiliations see end
         * of article." and "Correspondence to ...": a side column's notice
         * run into the note under it; the notice's sentences are the
         * statement, the note keeps the rest */
        char *rest = NULL;
        if (sign_year && !(ask && ask - t < 300)) {
            char *f = strstr(y, ". For "), *k = strstr(y, ". Correspondence");
            rest = f && (!k || f < k) ? f : k;
            size_t n0 = c->first && c->first->type == JFY_N_TEXT && c->first->text ? strlen(c->first->text) : 0;
            if (rest && (rest - t >= 300 || (size_t)(rest - t) + 2 >= n0 || strncmp(c->first->text, t, (size_t)(rest - t)) != 0))
                rest = NULL;
        }
        if (rest) {
            size_t at = (size_t)(rest - t) + 2;
            rest[1] = '\0';
            rc = set_copyright(r, jfyp_trim(t), c, 0);
            char *keep = rc == 0 ? jfyp_strdup(c->first->text + at) : NULL;
            if (rc == 0 && (!keep || jfyp_node_set_text(c->first, keep) < 0))
                rc = -1;
            free(keep);
            free(t);
            return rc;
        }
        if (ask && ask - t < 300) {
            *ask = '\0';
            rc = set_copyright(r, jfyp_trim(t), c, 0);
            if (rc == 0) {
                jfyp_node_free(c);
                if (!notes->first)
                    jfyp_node_free(notes);
            }
        }
        free(t);
        if (ask || rc < 0)
            return rc;
    }
    return 0;
}

static int each_paragraph(jfyp_rec *r, int early) {
    jfy_node *n = jfyp_rec_first(r);
    while (n) {
        jfy_node *next;
        if (n->type == JFY_N_PARAGRAPH) {
            int gone;
            if (scan(r, n, &gone, early) < 0)
                return -1;
            next = jfyp_rec_next(r, n);
            if (gone)
                jfyp_node_free(n);
        } else {
            next = jfyp_rec_next(r, n);
        }
        n = next;
    }
    return 0;
}

#define COVER_PARAS 12 /* blocks from the top a cover's grant is sought in (a
                         * line a block where the extraction spaced them) */
#define COVER_GAP 4     /* lines between the note's blocks and the grant's */

/* The grantor of a re-use grant opening t: the words before " hereby
 * grant" ("Elsevier hereby grants permission ..."), copied; else NULL. */
static char *grant_subject(const char *t) {
    const char *h = jfyp_stristr(t, " hereby grant");
    if (!h || h == t || h - t > 60)
        return NULL;
    return jfyp_strndup(t, (size_t)(h - t));
}

/* t, joined to *acc as wrapped text; 0, or -1 out of memory. */
static int join_to(char **acc, const char *t) {
    char *j = *acc ? jfyp_join_wrapped(*acc, t) : jfyp_strdup(t);
    if (!j)
        return -1;
    free(*acc);
    *acc = j;
    return 0;
}

/* The plain text of blocks [from, to) joined as wrapped lines, or NULL
 * (out of memory, or *oom set). */
static char *blocks_text(jfyp_rec *r, jfy_node *from, jfy_node *to, int *oom) {
    char *acc = NULL;
    for (jfy_node *n = from; n && n != to; n = jfyp_rec_next(r, n)) {
        char *t = jfyp_node_plain(n);
        if (!t || join_to(&acc, jfyp_trim(t)) < 0) {
            free(t);
            free(acc);
            *oom = 1;
            return NULL;
        }
        free(t);
    }
    return acc;
}

/* A cover page's re-use grant, printed above the article as a publisher's
 * note and a grant ("Since January 2020 X has created a resource centre
 * ..." over "X hereby grants permission to make all its related research
 * ... available in PubMed Central ..."): the licence, note and grant
 * together, and no part of the body. The grant runs on through the blocks
 * right under it till a block ends on a full stop (what follows, "selected
 * reports" over the title, may open in lower case); the
 * note is what stands above it from the page's first block on, naming the
 * same grantor. 0, or -1 out of memory. */
static int cover_grant(jfyp_rec *r) {
    jfy_node *first = NULL, *g = NULL, *prev = NULL;
    int paras = 0;
    char *who = NULL;
    for (jfy_node *n = jfyp_rec_first(r); n && paras < COVER_PARAS; n = jfyp_rec_next(r, n)) {
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        paras++;
        /* (the note's run of blocks restarts where one stands apart) */
        if (!first || !prev || prev->end_line + COVER_GAP < n->line || n->line <= prev->end_line)
            first = n;
        char *t = jfyp_node_plain(n);
        if (!t)
            return -1;
        who = grant_subject(t);
        free(t);
        if (who) {
            g = n;
            break;
        }
        prev = n;
    }
    if (!g)
        return 0;
    /* the grant's end: blocks a line apart, the text going on */
    int oom = 0;
    jfy_node *end = g;
    char *grant = NULL;
    for (int k = 0; end && end->type == JFY_N_PARAGRAPH && k < COVER_PARAS; k++) {
        char *t = jfyp_node_plain(end);
        if (!t || join_to(&grant, jfyp_trim(t)) < 0) {
            free(t);
            oom = 1;
            break;
        }
        free(t);
        jfy_node *x = jfyp_rec_next(r, end);
        size_t gl = strlen(grant);
        int on = x && x->type == JFY_N_PARAGRAPH && x->line <= end->end_line + 2 && gl && grant[gl - 1] != '.' &&
                 gl < MAX_LICENSE;
        end = x;
        if (!on)
            break;
    }
    int rc = oom ? -1 : 0;
    if (rc == 0 && jfyp_stristr(grant, "permission") &&
        (jfyp_stristr(grant, "PubMed Central") || jfyp_stristr(grant, "repositor"))) {
        char *note = prev && first != g ? blocks_text(r, first, g, &oom) : NULL;
        size_t nl = note ? strlen(note) : 0;
        int with_note = note && *jfyp_trim(who) && nl > 80 && note[nl - 1] == '.' && strstr(note, who);
        char *text = with_note ? jfyp_printf("%s %s", note, grant) : jfyp_strdup(grant);
        free(note);
        rc = oom || !text ? -1 : set_license(r, text, with_note ? first : g);
        free(text);
        for (jfy_node *n = with_note ? first : g; rc == 0 && n && n != end;) {
            jfy_node *x = jfyp_rec_next(r, n);
            jfyp_node_free(n);
            n = x;
        }
    }
    free(who);
    free(grant);
    return rc;
}

int jfyp_recognize_license_paragraphs(jfyp_rec *r) {
    return each_paragraph(r, 1);
}

/* A block holding nothing but a Creative Commons address, "(http://
 * creativecommons.org/licenses/by/4.0/).": a licence's last line that a
 * foot's layout set apart from its sentence. */
static int lone_cc_address(const jfy_node *n) {
    if (n->type != JFY_N_PARAGRAPH || !n->first || n->first != n->last || n->first->type != JFY_N_TEXT ||
        !n->first->text)
        return 0;
    const char *t = n->first->text;
    int paren = *t == '(';
    t += paren;
    while (*t == ' ')
        t++;
    if (strncmp(t, "http", 4) != 0)
        return 0;
    const char *u = t + 4 + (t[4] == 's');
    if (strncmp(u, "://creativecommons.org/", 23) != 0)
        return 0;
    u += 23;
    while (*u && *u != ' ' && *u != ')')
        u++;
    while (*u == ' ')
        u++;
    if (paren && *u++ != ')')
        return 0;
    if (*u == '.')
        u++;
    return *u == '\0';
}

/* The licence as read, set right where its sentence was read apart from
 * the text around it: "Published by X Ltd. This is an open access article
 * ...", the copyright notice's last sentence run into the licence's line,
 * is the notice's; "... under the CC BY license" with its address a block
 * of its own further on ("(http://creativecommons.org/licenses/by/4.0/).")
 * gets it back. 0, or -1 out of memory. */
static int tidy_licence(jfyp_rec *r) {
    jfy_node *perm = jfyp_node_child(r->front, JFY_N_PERMISSIONS);
    jfy_node *t = licence_text(perm);
    if (!t)
        return 0;
    if (strncmp(t->text, "Published by ", 13) == 0) {
        const char *e = strstr(t->text, ". ");
        if (e && e - t->text < 120 && opens_licence(e + 2)) {
            char *pre = jfyp_strndup(t->text, (size_t)(e - t->text));
            int cue = pre ? has_license_cue(pre) : -1;
            free(pre);
            if (cue < 0)
                return -1;
            if (!cue) {
                char *rest = jfyp_strdup(e + 2);
                int rc = rest ? jfyp_node_set_text(t, rest) : -1;
                free(rest);
                if (rc < 0)
                    return -1;
            }
        }
    }
    size_t n = strlen(t->text);
    if (!n || t->text[n - 1] == '.' || jfyp_stristr(t->text, "http") || jfyp_stristr(t->text, "creativecommons"))
        return 0;
    for (jfy_node *x = jfyp_rec_first(r); x; x = jfyp_rec_next(r, x)) {
        if (!lone_cc_address(x))
            continue;
        char *both = jfyp_printf("%s %s", t->text, x->first->text);
        if (!both || jfyp_node_set_text(t, both) < 0) {
            free(both);
            return -1;
        }
        jfy_node *lic = jfyp_node_child(perm, JFY_N_LICENSE);
        char *href = jfyp_node_attr(lic, "href") ? NULL : canonical_href(both);
        free(both);
        int rc = href ? jfyp_node_set_attr(lic, "href", href) : 0;
        free(href);
        if (rc < 0)
            return -1;
        jfyp_node_unlink(x);
        jfyp_node_free(x);
        break;
    }
    return 0;
}

static int read_permissions(jfyp_rec *r);

int jfyp_recognize_permissions(jfyp_rec *r) {
    if (read_permissions(r) < 0)
        return -1;
    return tidy_licence(r);
}

static int read_permissions(jfyp_rec *r) {
    if (each_paragraph(r, 0) < 0)
        return -1;
    /* a licensee with no licence printed is nobody's */
    jfy_node *perm = jfyp_node_child(r->front, JFY_N_PERMISSIONS);
    if (perm && jfyp_node_attr(perm, "licensee") && jfyp_node_set_attr(perm, "licensee", NULL) < 0)
        return -1;
    if (retained_copyright(r) < 0 || statement_in_notes(r) < 0)
        return -1;
    /* the running foot's statement, where no other was printed */
    const char *running = perm ? jfyp_node_attr(perm, "running") : NULL;
    if (running && !jfyp_node_attr(perm, "statement")) {
        char *t = jfyp_strdup(running);
        int rc = t ? set_copyright(r, t, perm, 0) : -1;
        free(t);
        if (rc < 0)
            return -1;
    }
    if (running && jfyp_node_set_attr(perm, "running", NULL) < 0)
        return -1;
    /* and its licence, where none was read or only its tail was (the
     * foot's wrapped line alone, "(http://creativecommons.org/...)") */
    const char *rl = perm ? jfyp_node_attr(perm, "running-licence") : NULL;
    if (!rl)
        return 0;
    jfy_node *t = licence_text(perm);
    int rc = 0;
    if (!jfyp_node_child(perm, JFY_N_LICENSE))
        rc = set_license(r, rl, perm);
    else if (t && strlen(t->text) < strlen(rl) && strstr(rl, t->text))
        rc = jfyp_node_set_text(t, rl);
    else if (t && t->text[0] == '(' && !ends_sentence(rl)) {
        /* the foot's lines a block each (MuPDF): the licence read was the
         * address closing the foot's sentence */
        char *both = jfyp_join_wrapped(rl, t->text);
        rc = both ? jfyp_node_set_text(t, both) : -1;
        free(both);
    }
    return rc < 0 ? -1 : jfyp_node_set_attr(perm, "running-licence", NULL);
}

/* ---- copyright lines set apart before the front matter is read ---- */

/* "Ó Springer-Verlag 2004", "(cid:2) Canadian Anesthesiologists' Society
 * 2020": a line of a sign the font garbled (s's first n bytes), the holder
 * and the year closing it, as Springer prints the statement under the
 * dates. Only a glyph no word is made of stands for the sign here (a
 * symbol, "Ó", MuPDF's replacement character, pdfminer's cid), and the
 * line is a name's, no sentence. */
static int name_then_year(const char *p);

static int holder_then_year(const char *s, size_t n) {
    unsigned char c = (unsigned char)s[0];
    return (c == 0xc2 || (c == 0xc3 && (unsigned char)s[1] == 0x93) || c == 0xef || c == '(') &&
           name_then_year(s + n + 1);
}

/* A holder's name and the year closing p, all of it ("Springer-Verlag
 * 2004"). */
static int name_then_year(const char *p) {
    size_t len = strlen(p);
    if (len < 10 || len > 90 || !(*p >= 'A' && *p <= 'Z') || strstr(p, ". ") || strchr(p, ':'))
        return 0;
    const char *y = p + len - 4;
    if (y[-1] != ' ' || !((y[0] == '1' && y[1] == '9') || (y[0] == '2' && y[1] == '0')) || !(y[2] >= '0' && y[2] <= '9') ||
        !(y[3] >= '0' && y[3] <= '9'))
        return 0;
    /* (no other number in the name: a citation's volume and pages) */
    for (const char *q = p; q < y; q++)
        if (*q >= '0' && *q <= '9')
            return 0;
    /* a name's words are capitalised but for its small joining words
     * ("Society for Hygiene", "Ltd., part of Springer Nature"); a list's
     * bullet before a sentence ending on a year ("• The explosion in Wuhan
     * at the end of January 2020") is none */
    static const char *const small[] = {"of ", "for ", "and ", "the ", "in ", "de ", "on ", "part "};
    for (const char *q = p; q < y; q++) {
        if (q > p && q[-1] != ' ')
            continue;
        if (*q >= 'a' && *q <= 'z') {
            size_t k = 0;
            while (k < sizeof small / sizeof *small && strncmp(q, small[k], strlen(small[k])) != 0)
                k++;
            if (k == sizeof small / sizeof *small)
                return 0;
        }
    }
    return 1;
}

/* Length of the copyright sign as some PDF fonts extract it: one odd glyph
 * ("#", "&", "Ó", "ª", "ß", "C", "c") where "©" was drawn, then "The Author(s)"
 * or a year and a holder. 0 when s opens with no such glyph. */
static size_t garbled_sign(const char *s) {
    unsigned char c = (unsigned char)s[0];
    size_t n = 0;
    /* LaTeX draws the sign as a "c" in a circle: the circle comes out a
     * combining enclosing circle (MuPDF: "c\u20dd") or pdfminer's name for
     * its glyph ("c(cid:13)") */
    if (c == 'c' && strncmp(s + 1, "\xe2\x83\x9d", 3) == 0)
        n = 4;
    else if (c == 'c' && strncmp(s + 1, "(cid:", 5) == 0) {
        n = 6;
        while (n < 10 && s[n] >= '0' && s[n] <= '9')
            n++;
        if (n == 6 || s[n] != ')')
            return 0;
        n++;
    } else if (c == '#' || c == '&' || c == 'C' || c == 'c')
        n = 1;
    else if (c >= 0xc2 && c <= 0xdf && !(c == 0xc2 && (unsigned char)s[1] == 0xa9))
        n = 2; /* one two-byte character other than the sign itself */
    else if (strncmp(s, "\xef\xbf\xbd", 3) == 0)
        n = 3; /* MuPDF's replacement character for a glyph it cannot map */
    else if (strncmp(s, "(cid:", 5) == 0) {
        /* pdfminer's name for the same: "(cid:1)" */
        n = 5;
        while (n < 10 && s[n] >= '0' && s[n] <= '9')
            n++;
        if (n == 5 || s[n] != ')')
            return 0;
        n++;
    } else
        return 0;
    if (s[n] != ' ')
        return 0;
    const char *p = s + n + 1;
    if (jfyp_strnieq(p, "The Author", 10))
        return n;
    if (holder_then_year(s, n))
        return n;
    /* (a comma may close the year: "ª 2020, Formosan Medical Association") */
    if (!((p[0] == '1' && p[1] == '9') || (p[0] == '2' && p[1] == '0')) || !(p[2] >= '0' && p[2] <= '9') ||
        !(p[3] >= '0' && p[3] <= '9') || !(p[4] == ' ' || (p[4] == ',' && p[5] == ' ')))
        return 0;
    p += p[4] == ',' ? 6 : 5;
    return (*p >= 'A' && *p <= 'Z') || jfyp_strnieq(p, "by the author", 13) ? n : 0;
}

/* A paragraph opening on a year and "The Author(s)", the sign before them
 * lost in extraction (a symbol font pdftotext could not map). */
static int lost_sign(const char *s) {
    return (s[0] == '1' || s[0] == '2') && (s[1] == '9' || s[1] == '0') && s[2] >= '0' && s[2] <= '9' &&
           s[3] >= '0' && s[3] <= '9' && s[4] == ' ' && jfyp_strnieq(s + 5, "The Author", 10);
}

/* "2021 The Authors. Published by ...": the holder's sentence closed and
 * the publisher named after it, which marks a lost sign's statement
 * inside a block of text (where a year opening a line is common). */
static int published_by_after(const char *s) {
    const char *p = s + 15; /* after "2021 The Author", which lost_sign saw */
    while (*p && *p != '.' && *p != ' ')
        p++;
    return p[0] == '.' && strncmp(p + 1, " Published by ", 14) == 0;
}

/* A line that opens a copyright statement with its sign or word and a year
 * or holder: where a block holding other text is cut. */
static int copyright_line(const char *s) {
    s = after_issn(s);
    if (opens_sign(s))
        return 1;
    const char *a = after_copyright_word(s);
    return a && a > s + 9 && (opens_sign(a) || (*a >= '1' && *a <= '2'));
}

/* A line that opens a licence sentence ("This is an Open Access article
 * distributed under the terms of the Creative Commons ..."), its cue on it
 * or on the line after: where a block holding other text is cut. */
static int licence_line(const char *s, const char *next) {
    return opens_licence(s) && (has_license_cue(s) || (next && has_license_cue(next)));
}

/* Where a garbled sign may stand in s: after the journal's ISSN and slash
 * ("2405-8440/Ó 2019 The Authors"), or after the field's label
 * ("Copyright: ß 2014 Name et al.", a side column's field). */
static size_t sign_offset(const char *s) {
    size_t off = (size_t)(after_issn(s) - s);
    const char *a = jfyp_after_label(s + off, "Copyright");
    /* (without the colon after the ISSN, "0929-6646/Copyright ª 2020, ...",
     * where the glyph is no letter) */
    if (a && a > s + off + 9 && garbled_sign(a) &&
        (memchr(s + off + 9, ':', (size_t)(a - s - off - 9)) || (off && (unsigned char)*a >= 0x80)))
        return (size_t)(a - s);
    return off;
}

/* A line ending a sentence: "... (CC BY).", maybe with the page's number
 * after it ("... (CC BY). 5") */
static int closes_sentence(const char *s) {
    size_t n = strlen(s);
    while (n && s[n - 1] == ' ')
        n--;
    size_t k = n;
    while (k && s[k - 1] >= '0' && s[k - 1] <= '9')
        k--;
    if (k < n && n - k <= 4 && k >= 2 && s[k - 1] == ' ')
        n = k - 1;
    return n && s[n - 1] == '.';
}

/* A line holding nothing but a page's number */
static int page_number_line(const char *s) {
    size_t i = 0;
    while (s[i] >= '0' && s[i] <= '9')
        i++;
    return i && i <= 4 && !s[i];
}

/* A line opening a numbered list's entry: "4 Nord, K.", "4. Nord", "[4]"
 * (no more than three digits: a year opens statements' lines) */
static int opens_numbered_entry(const char *s) {
    size_t i = *s == '[' ? 1 : 0, d = i;
    while (s[i] >= '0' && s[i] <= '9')
        i++;
    if (i == d || i - d > 3)
        return 0;
    if (d ? s[i] == ']' : s[i] == '.')
        i++;
    else if (d || s[i] != ' ')
        return 0;
    while (s[i] == ' ')
        i++;
    return (s[i] >= 'A' && s[i] <= 'Z') || (unsigned char)s[i] >= 0xc3 || s[i] == '\0';
}

/* Sets right a sign a font garbled in para, and cuts para before its
 * first copyright or licence line after the first: the new paragraph, NULL
 * when none (*oom set on allocation failure). */
static jfy_node *cut_copyright(jfy_node *para, int *oom, int *lifted) {
    jfyp_lines l;
    *oom = 0;
    *lifted = 0;
    if (jfyp_lines_of(para, &l) < 0) {
        *oom = 1;
        return NULL;
    }
    size_t cut = 0;
    for (size_t i = 0; i < l.n; i++) {
        jfy_node *f = l.v[i].first;
        /* the ISSN or the label before it is kept */
        size_t off = sign_offset(l.v[i].text);
        size_t g = garbled_sign(l.v[i].text + off);
        if (g && f->type == JFY_N_TEXT && f->text && strncmp(f->text, l.v[i].text, off + g + 1) == 0) {
            char *fixed = jfyp_printf("%.*s\xc2\xa9%s", (int)off, f->text, f->text + off + g);
            if (!fixed || jfyp_node_set_text(f, fixed) < 0) {
                free(fixed);
                jfyp_lines_free(&l);
                *oom = 1;
                return NULL;
            }
            free(fixed);
            if (i > 0 && !cut)
                cut = i;
        } else if (lost_sign(l.v[i].text) && (i == 0 || (!cut && published_by_after(l.v[i].text))) &&
                   f->type == JFY_N_TEXT && f->text && strncmp(f->text, l.v[i].text, 5) == 0) {
            char *fixed = jfyp_printf("\xc2\xa9 %s", f->text);
            if (!fixed || jfyp_node_set_text(f, fixed) < 0) {
                free(fixed);
                jfyp_lines_free(&l);
                *oom = 1;
                return NULL;
            }
            free(fixed);
            if (i > 0)
                cut = i;
        } else if (i > 0 && !cut && f->type == JFY_N_TEXT &&
                   (copyright_line(l.v[i].text) ||
                    licence_line(l.v[i].text, i + 1 < l.n ? l.v[i + 1].text : NULL))) {
            cut = i;
        }
    }
    /* A running foot's statement inside a numbered list ("... (CC BY).",
     * then the page's number or "4 Nord, K. (2018) ..."): only its own
     * lines are taken, the entries after it stay with those before */
    size_t end = l.n;
    for (size_t j = cut + 1; cut && j < l.n && end == l.n; j++)
        if (closes_sentence(l.v[j - 1].text) && (opens_numbered_entry(l.v[j].text) || page_number_line(l.v[j].text)))
            end = j;
    /* The foot may fall inside an entry the page broke ("4 Nord, K. (2018)
     * Dry summers in the" / the foot / "north. Clim. Res. 9, 30-39"), or
     * the page's running head follow it before the next entry: the
     * statement ends at its first sentence's close there too, where the
     * entry's tail follows (a small letter, as no sentence of a statement
     * opens) or the list goes on within a few lines with no other
     * statement between */
    int listed = 0; /* an entry's number before the foot, maybe on a line of its own */
    for (size_t j = 0; j < cut && !listed; j++)
        listed = opens_numbered_entry(l.v[j].text) || (page_number_line(l.v[j].text) && strlen(l.v[j].text) <= 3);
    for (size_t j = cut + 1; listed && j < l.n; j++)
        if (closes_sentence(l.v[j - 1].text)) {
            int resumes = jfyp_starts_lower(l.v[j].text);
            for (size_t k = j; !resumes && k < l.n && k < j + 6; k++) {
                if (opens_copyright(l.v[k].text) || opens_licence(l.v[k].text))
                    break;
                resumes = k > j && (opens_numbered_entry(l.v[k].text) || page_number_line(l.v[k].text));
            }
            if (resumes && j < end)
                end = j;
            break;
        }
    jfy_node *rest = !cut ? NULL : end < l.n ? jfyp_lines_lift(para, &l, cut, end) : jfyp_lines_split(para, &l, cut);
    *lifted = rest && end < l.n;
    jfyp_lines_free(&l);
    *oom = cut && !rest;
    return rest;
}

/* Whether s names a publisher or a society, a holder no person is (a
 * heading of a Markdown page that names a year is none). */
static int names_publisher(const char *s) {
    static const char *const words[] = {"Verlag", "Springer", "Elsevier", "Wiley", "Society", "Association",
                                        "Ltd", "Inc", "LLC", "GmbH", "Media", "Press", "Publish"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strstr(s, words[i]))
            return 1;
    return 0;
}

/* A sign read as "#" opens a line Markdown takes for a heading ("# The
 * Author(s) 2015. This article ..."): made the copyright line it is. */
static int heading_sign(jfy_node *h) {
    const char *lv = jfyp_node_attr(h, "level");
    jfy_node *f = h->first;
    if (!lv || strcmp(lv, "1") != 0 || !f || f->type != JFY_N_TEXT || !f->text)
        return 0;
    const char *t = f->text, *y = t;
    int authors = jfyp_strnieq(t, "The Author", 10);
    for (y = authors ? t + 10 : t; *y && *y != ' ';)
        y++;
    authors = authors && y[0] == ' ' && (y[1] == '1' || y[1] == '2') &&
                  y[2] >= '0' && y[2] <= '9' && y[3] >= '0' && y[3] <= '9' && y[4] >= '0' && y[4] <= '9';
    /* "# Springer-Verlag 2011", "# 2020 Elsevier Inc. All rights
     * reserved.": a publisher and the year, all of the heading */
    int publisher = !authors && f == h->last && strlen(t) < 100 && names_publisher(t) &&
                    (name_then_year(t) || ((t[0] == '1' || t[0] == '2') && (t[1] == '9' || t[1] == '0') &&
                                           t[2] >= '0' && t[2] <= '9' && t[3] >= '0' && t[3] <= '9' &&
                                           t[4] == ' ' && t[5] >= 'A' && t[5] <= 'Z'));
    if (!authors && !publisher)
        return 0;
    char *fixed = jfyp_printf("\xc2\xa9 %s", t);
    int rc = fixed ? jfyp_node_set_text(f, fixed) : -1;
    free(fixed);
    if (rc == 0)
        rc = jfyp_node_set_attr(h, "level", NULL);
    h->type = JFY_N_PARAGRAPH;
    jfyp_node_changed(h);
    return rc;
}

/* A side column's field label on a line of its own ("COPYRIGHT",
 * "Copyright:") over the statement it names. */
static int lone_copyright_label(const char *s) {
    return jfyp_strnieq(s, "Copyright", 9) && (!s[9] || (s[9] == ':' && !s[10]));
}

/* A year and a holder's name, all of a line ("2016 Xia et al.", "2025
 * Temesgen and Warkineh"): what a copyright label stands over when the
 * sign between was lost. No date ("2016 Jan 3") nor sentence. */
static int year_holder(const char *s) {
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (!((s[0] == '1' && s[1] == '9') || (s[0] == '2' && s[1] == '0')) || !(s[2] >= '0' && s[2] <= '9') ||
        !(s[3] >= '0' && s[3] <= '9') || s[4] != ' ' || !(s[5] >= 'A' && s[5] <= 'Z'))
        return 0;
    for (size_t i = 0; i < sizeof months / sizeof *months; i++)
        if (strncmp(s + 5, months[i], 3) == 0)
            return 0;
    size_t n = strlen(s);
    return n < 80 && !strstr(s, ". ") && !strchr(s, ':') && !strchr(s, ';');
}

/* The label a side column prints over the statement ("COPYRIGHT" over "©
 * 2026 Name and Name. This is an open-access article ...") is the
 * statement's first word, as "Copyright ©" printed on one line is:
 * extraction leaves it at the foot of the block above (pdftotext) or at
 * the head of the statement's own, where the statement is cut from it.
 * It is set before the sign and taken from where it stood. */
static int label_over_sign(jfyp_rec *r) {
    jfy_node *next;
    for (jfy_node *n = jfyp_rec_first(r); n; n = next) {
        next = jfyp_rec_next(r, n);
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        size_t i = 0;
        while (i < l.n && !lone_copyright_label(l.v[i].text))
            i++;
        jfy_node *f = NULL;
        int lost = 0; /* "Copyright" over "2016 Xia et al." */
        if (i + 1 < l.n) {
            f = l.v[i + 1].first;
            lost = !opens_sign(l.v[i + 1].text) && year_holder(l.v[i + 1].text);
        } else if (i + 1 == l.n && next && next->type == JFY_N_PARAGRAPH) {
            jfyp_lines m;
            if (jfyp_lines_of(next, &m) < 0) {
                jfyp_lines_free(&l);
                return -1;
            }
            if (m.n) {
                f = m.v[0].first;
                lost = !opens_sign(m.v[0].text) && year_holder(m.v[0].text) && m.v[0].first == m.v[0].last &&
                       next->line <= n->end_line + 2;
            }
            jfyp_lines_free(&m);
        }
        int rc = 0;
        /* the sign, drawn from a symbol font, lost between label and year
         * (the label then stays a label, as a lost sign's statement reads
         * without it); where the sign is there, the label is its first word */
        if (f && f->type == JFY_N_TEXT && f->text && (opens_sign(f->text) || (lost && year_holder(f->text)))) {
            char *fixed = jfyp_printf(lost ? "\xc2\xa9 %s" : "Copyright %s", f->text);
            rc = fixed ? jfyp_node_set_text(f, fixed) : -1;
            free(fixed);
            /* (a label closing the block above the year is left to it, the
             * side column's fields it ends: no statement's word) */
            if (rc == 0 && !(lost && i + 1 == l.n) && jfyp_lines_remove(n, &l, i, i))
                jfyp_node_free(n);
        }
        jfyp_lines_free(&l);
        if (rc < 0)
            return -1;
    }
    return 0;
}

#define NARROW_LINE 32 /* bytes: a side column's line ("No claim to original U.S.") */

/* Whether every line of paragraph n is as narrow as a side column's:
 * -1 on allocation failure. *opens_c: whether its first line opens a
 * copyright statement; *opens_l, a licence; *licensee, whether it names
 * the statement's licensee. */
static int narrow_lines(jfy_node *n, int *opens_c, int *opens_l, int *licensee) {
    jfyp_lines l;
    if (jfyp_lines_of(n, &l) < 0)
        return -1;
    int narrow = l.n > 0;
    for (size_t i = 0; i < l.n && narrow; i++) {
        narrow = strlen(l.v[i].text) <= NARROW_LINE;
        if (strstr(l.v[i].text, "licensee "))
            *licensee = 1;
    }
    *opens_c = l.n && opens_copyright(l.v[0].text);
    *opens_l = l.n && opens_licence(l.v[0].text);
    jfyp_lines_free(&l);
    return narrow;
}

/* A statement printed in a narrow side column, a few words a line
 * ("Copyright © 2023 The" / "Authors, some rights" / ...): page clean-up
 * measures its short lines against the body's and cuts the block into
 * paragraphs at every one ending a sentence or standing alone. The
 * paragraphs that follow it with no blank line between, all as narrow,
 * are set back into its own: a licence's among them only where the
 * statement names the licensee that holds the work on its terms
 * ("Copyright" / "2025 Name and Name" over "Distributed under" /
 * "Creative Commons CC-BY 4.0" are the column's two fields). */
static int join_narrow_statement(jfyp_rec *r, jfy_node *para) {
    int opens_c = 0, opens_l = 0, licensee = 0, k = narrow_lines(para, &opens_c, &opens_l, &licensee);
    if (k <= 0 || !opens_c)
        return k;
    jfy_node *x;
    while ((x = jfyp_rec_next(r, para)) && x->type == JFY_N_PARAGRAPH && x->line == para->end_line + 1) {
        int named = licensee;
        if ((k = narrow_lines(x, &opens_c, &opens_l, &licensee)) <= 0 || opens_c || (opens_l && !named))
            return k < 0 ? -1 : 0;
        jfy_node *sb = jfyp_node_new(JFY_N_SOFTBREAK);
        if (!sb)
            return -1;
        jfyp_node_append(para, sb);
        jfyp_node_move_children(x, para);
        para->end_line = x->end_line;
        jfyp_node_free(x);
        jfyp_node_changed(para);
    }
    return 0;
}

/* pdftotext runs the copyright line into the block above it (the
 * affiliations, the correspondence note, the end of a column), where the
 * readers of those blocks take it for theirs. The sign a font garbled is
 * set right, and a block is cut before a copyright line inside it. A note
 * printed "* Correspondence: ..." is a list item to Markdown: the lines cut
 * from its end go after the list. */
int jfyp_recognize_copyright_lines(jfyp_rec *r) {
    /* (before the title's reader, which would take the cover's first
     * line for the title) */
    if (cover_grant(r) < 0 || label_over_sign(r) < 0)
        return -1;
    for (jfy_node *n = jfyp_rec_first(r); n; n = jfyp_rec_next(r, n)) {
        jfy_node *para = n;
        if (n->type == JFY_N_HEADING && heading_sign(n) < 0)
            return -1;
        if (n->type == JFY_N_LIST && n->last && n->last->type == JFY_N_ITEM && n->last->last &&
            n->last->last->type == JFY_N_PARAGRAPH)
            para = n->last->last;
        else if (n->type != JFY_N_PARAGRAPH)
            continue;
        int oom, lifted;
        jfy_node *rest = cut_copyright(para, &oom, &lifted);
        if (oom)
            return -1;
        /* the same foot again further down the list (a bound keeps a
         * block of many statements linear enough) */
        for (int k = 0; lifted && para == n && k < 8; k++)
            if (!cut_copyright(para, &oom, &lifted) && oom)
                return -1;
        if (rest && para != n) {
            jfyp_node_unlink(rest);
            jfyp_node_insert_after(n, rest);
        }
        /* (after the cut, which would set the licence's sentence apart
         * from a statement that runs on into it) */
        if (!rest && para == n && join_narrow_statement(r, para) < 0)
            return -1;
    }
    return 0;
}

/* ---- a statement printed only in the running foot ---- */

/* "This journal is © The Royal Society of Chemistry 2020", "This journal
 * is q 2012 The Royal Society" (the sign in a symbol font): the foot's
 * words before the sign, their length, or 0. */
static size_t journal_is_sign(const char *s) {
    static const char lead[] = "This journal is ";
    size_t n = sizeof lead - 1;
    if (strncmp(s, lead, n) != 0)
        return 0;
    const char *p = s + n;
    if (opens_sign(p) || garbled_sign(p))
        return n;
    /* one glyph of any font, then the year */
    return p[0] && p[1] == ' ' && find_year(p + 2, &p) && p == s + n + 2 ? n : 0;
}

#define RUNNING_CANDIDATES 8 /* distinct copyright lines counted */
#define RUNNING_LINE 200     /* bytes: a foot's line, not a paragraph */

/* Some publishers print the statement only in every page's foot ("Ó The
 * Author(s) 2016. This article is published with open access at ...", "ª
 * 2020 British Society for Haematology and John Wiley & Sons Ltd"), which
 * page clean-up drops as a running foot. Read before it: a copyright line,
 * its sign maybe garbled, printed alike twice or more, is kept on the
 * permissions till the full scan, which takes it where no other statement
 * was printed. */
int jfyp_recognize_running_copyright(jfyp_rec *r) {
    char *cand[RUNNING_CANDIDATES];
    size_t len[RUNNING_CANDIDATES]; /* the line's own bytes, before a wrapped line joined */
    int count[RUNNING_CANDIDATES], nc = 0, rc = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && rc == 0; n = jfyp_rec_next(r, n)) {
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0) {
            rc = -1;
            break;
        }
        for (size_t i = 0; i < l.n; i++) {
            /* (after the journal's ISSN: "2405-8440/Ó 2019 The Authors";
             * "This journal is © The Royal Society of X 2020", whose words
             * before the sign are the statement's) */
            const char *t = after_issn(l.v[i].text);
            size_t tn = strlen(t), jn = journal_is_sign(t);
            if (tn >= RUNNING_LINE || !(jn || opens_sign(t) || garbled_sign(t)))
                continue;
            int k = 0;
            /* (the whole line alike: a sign alone, a figure's "©", or a
             * "© 2020" cut short is no second print of a longer one) */
            while (k < nc && (len[k] != tn || strncmp(cand[k], t, tn) != 0))
                k++;
            if (k < nc) {
                count[k]++;
            } else if (nc < RUNNING_CANDIDATES) {
                /* a licence's sentence wrapped onto the line under it,
                 * "(http://creativecommons.org/licenses/by-nc-nd/4.0/)." */
                const char *u = i + 1 < l.n ? l.v[i + 1].text : "";
                int wrapped = tn && !strchr(".)", t[tn - 1]) && (*u == '(' || jfyp_starts_lower(u)) &&
                              strlen(u) < RUNNING_LINE;
                if (!(cand[nc] = wrapped ? jfyp_join_wrapped(t, u) : jfyp_strdup(t))) {
                    rc = -1;
                    break;
                }
                len[nc] = tn;
                count[nc++] = 1;
            }
        }
        jfyp_lines_free(&l);
    }
    int best = -1;
    for (int k = 0; k < nc; k++)
        /* (a foot's "This journal is ©" line is the statement however
         * few pages print it) */
        if ((count[k] >= 2 || journal_is_sign(cand[k])) && (best < 0 || count[k] > count[best]))
            best = k;
    if (rc == 0 && best >= 0) {
        const char *t = cand[best];
        size_t jn = journal_is_sign(t);
        /* (the sign's bytes: its own two, a garbled glyph's, or the one
         * glyph journal_is_sign took for it) */
        size_t g = opens_sign(t + jn) ? 2 : garbled_sign(t + jn);
        if (!g)
            g = 1;
        char *stmt = jfyp_printf("%.*s\xc2\xa9%s", (int)jn, t, t + jn + g);
        jfy_node *p = stmt ? permissions(r) : NULL;
        if (!p) {
            rc = -1;
        } else {
            /* "... 2016. This article is published with open access at
             * Springerlink.com": a note after the statement, no part of
             * it; "... Ltd. This is an open access article under the CC
             * BY-NC-ND license (http://...)": the licence */
            char *ls = (char *)license_start(stmt);
            if (ls && ls > stmt && has_license_cue(ls) && strlen(ls) <= MAX_LICENSE)
                rc = jfyp_node_set_attr(p, "running-licence", ls);
            if (ls && ls > stmt)
                *ls = '\0';
            jfyp_trim(stmt);
            if (rc == 0 && *stmt)
                rc = jfyp_node_set_attr(p, "running", stmt);
        }
        free(stmt);
    }
    for (int k = 0; k < nc; k++)
        free(cand[k]);
    return rc;
}
