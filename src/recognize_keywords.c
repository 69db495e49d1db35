/* recognize_keywords.c - a labelled keyword line: "Keywords: a, b; c",
 * "KEY WORDS", "Palavras-chave:", "Keywords a · b · c", wrapped over as
 * many lines as it takes, up to the next labelled line. Terms split at
 * semicolons when there are any (terms may hold commas), else at commas or
 * middle dots. */
#include "front.h"
#include "recognize.h"
#include "textlines.h"

#include <stdlib.h>
#include <string.h>

#define TERM_LINE 60      /* bytes: a term printed on a line of its own */
#define MAX_TERM_LINES 16 /* such terms under one label */
#define LIST_TAIL 160     /* bytes: the most a list's wrapped tail holds */
#define MAX_TAIL_WORDS 8  /* words of the wrapped tail's first term */
#define CELL_LIST_PARAS 40 /* paragraphs, from the top, a list in a cell is looked for in */
#define KEYWORDS_GAP 4    /* lines from a label alone to its terms, the other
                           * column's lines between */

static const char *const labels[] = {
    "Keywords", "Keyword", "Key words", "Key-words", "Key phrases", "Index terms", "Index words",
    "Additional keywords", "Author keywords", "Palavras-chave", "Palavras chave",
    "Palabras clave", "Palabras-clave", "Mots-clés", "Mots clés", "Schlüsselwörter",
    "Schlagwörter", "Descritores", "Descriptores", "Descriptors", "Parole chiave", "MeSH Keywords",
};

/* "K EY WOR DS": the label in small capitals, which an extraction
 * breaks into letter runs. What follows it when s opens with the label so
 * spaced, else NULL. */
static const char *spaced_label(const char *s) {
    static const char *const spaced[] = {"KEYWORDS", "KEYWORD", "KEYPHRASES", "INDEXTERMS"};
    size_t k = 0, spaces = 0;
    char sq[16];
    for (const char *p = s; *p && k + 1 < sizeof sq; p++) {
        if (*p == ' ') {
            spaces++;
            continue;
        }
        if (!(*p >= 'A' && *p <= 'Z'))
            return NULL;
        sq[k++] = *p;
        sq[k] = '\0';
        if (spaces < 2 || (p[1] && p[1] != ' ' && p[1] != ':'))
            continue;
        /* "K E Y W O R D S" letter by letter: KEYWORD goes on to its S */
        const char *q = p + 1;
        while (*q == ' ')
            q++;
        int longer = 0, lone = q[0] && (q[1] == ' ' || q[1] == ':' || !q[1]);
        for (size_t i = 0; i < sizeof spaced / sizeof *spaced && lone && *q >= 'A' && *q <= 'Z'; i++)
            longer |= !strncmp(sq, spaced[i], k) && spaced[i][k] == *q;
        for (size_t i = 0; i < sizeof spaced / sizeof *spaced && !longer; i++)
            if (!strcmp(sq, spaced[i])) {
                p++;
                while (*p == ' ' || *p == ':')
                    p++;
                return p;
            }
    }
    return NULL;
}

/* Length of an unmapped glyph opening s (U+FFFD, "(cid:2)"); 0 when
 * none. */
static size_t lost_glyph(const char *s) {
    if ((unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBF && (unsigned char)s[2] == 0xBD)
        return 3;
    if (strncmp(s, "(cid:", 5))
        return 0;
    const char *q = s + 5;
    while (*q >= '0' && *q <= '9' && q - s < 11)
        q++;
    return q > s + 5 && *q == ')' ? (size_t)(q + 1 - s) : 0;
}

/* Length of an unmapped glyph standing alone between two terms at s (" X
 * "): U+FFFD from MuPDF, "(cid:2)" from pdfminer.six, where a symbol
 * font's middle dot or bullet has no Unicode (Springer's "Keywords Fish
 * <dot> Benin"); 0 when none. A glyph inside a word (a lost ligature,
 * "ef(cid:28)cient") is none. */
static size_t lost_dot(const char *s) {
    if (s[0] != ' ')
        return 0;
    size_t n = lost_glyph(s + 1);
    return n && s[1 + n] == ' ' ? n : 0;
}

static int has_lost_dot(const char *s) {
    for (; *s; s++)
        if (lost_dot(s))
            return 1;
    return 0;
}

/* The bytes of t that an unmapped glyph ending it takes, with the space
 * before it ("adaptation (cid:2)", "adaptation \xef\xbf\xbd"): a
 * separator the line ended on, the next term on the next line. 0 when
 * none. Reads t's last bytes only. */
static size_t lost_dot_tail(const char *t) {
    size_t n = strlen(t);
    while (n && t[n - 1] == ' ')
        n--;
    if (n >= 4 && !memcmp(t + n - 3, "\xef\xbf\xbd", 3) && t[n - 4] == ' ')
        return strlen(t) - (n - 4);
    /* " (cid:2)": its opening a dozen bytes back at most */
    if (!n || t[n - 1] != ')')
        return 0;
    size_t k = n - 1;
    while (k > 0 && n - k < 12 && t[k - 1] >= '0' && t[k - 1] <= '9')
        k--;
    if (k >= 6 && k < n - 1 && !memcmp(t + k - 5, "(cid:", 5) && t[k - 6] == ' ')
        return strlen(t) - (k - 6);
    return 0;
}

/* Whether t ends on a separator of terms: a middle dot, a bullet or an
 * unmapped glyph standing for one. */
static int ends_with_dot(const char *t) {
    size_t n = strlen(t);
    while (n && t[n - 1] == ' ')
        n--;
    return (n >= 2 && !memcmp(t + n - 2, "\xc2\xb7", 2)) || (n >= 3 && !memcmp(t + n - 3, "\xe2\x80\xa2", 3)) ||
           lost_dot_tail(t) > 0;
}

/* Whether s separates its terms with spaced hyphens ("Rectal cancer -
 * Surgery - Survival"): a scan's OCR reads Springer's middle dots so. Two
 * at least, so that one hyphenated aside is no list. */
static int hyphen_list(const char *s) {
    const char *p = strstr(s, " - ");
    return p && strstr(p + 3, " - ") != NULL;
}

const char *jfyp_keywords_label(const char *s) {
    while (*s == '*' || *s == '_')
        s++;
    const char *sp = spaced_label(s);
    if (sp)
        return sp;
    if (!(*s >= 'A' && *s <= 'Z') && (unsigned char)*s < 0x80)
        return NULL;
    for (size_t i = 0; i < sizeof labels / sizeof *labels; i++) {
        const char *a = jfyp_after_label(s, labels[i]);
        size_t ll = strlen(labels[i]);
        /* "Index Terms—Tidal load, ...": the label's dash set close
         * against it, as a run-in head prints it */
        if (!a && jfyp_strnieq(s, labels[i], ll) &&
            (!strncmp(s + ll, "\xe2\x80\x94", 3) || !strncmp(s + ll, "\xe2\x80\x93", 3))) {
            a = s + ll + 3;
            while (*a == ' ')
                a++;
            if (*a)
                return a;
        }
        if (!a)
            continue;
        int upper = s[1] >= 'A' && s[1] <= 'Z';
        int marked = memchr(s + ll, ':', (size_t)(a - s - ll)) || memchr(s + ll, '.', (size_t)(a - s - ll)) ||
                     a - s - ll >= 2 || s[ll] == '*' || s[ll] == '_';
        while (*a == '*' || *a == '_' || *a == ':' || *a == ' ')
            a++;
        /* A sentence that starts with the word is not the label. */
        int commas = 0;
        for (const char *c = a; (c = strchr(c, ',')); c++)
            commas++;
        if (!marked && !upper && *a && !strchr(a, ';') && !strstr(a, "\xc2\xb7") &&
            !strstr(a, "\xe2\x80\xa2") && !strstr(a, " . ") && commas < 2 && !has_lost_dot(a) &&
            !(commas == 0 && hyphen_list(a)))
            return NULL;
        return a;
    }
    return NULL;
}

/* The first of seps at or after s, scanning forward once: strstr per
 * separator would read the rest of a long list for each term (and a
 * separator the list never holds to its end every time). */
static const char *find_sep(const char *s, const char *const *seps, size_t nseps, size_t *sl) {
    for (const char *c = s; *c; c++)
        for (size_t i = 0; i < nseps; i++) {
            size_t n = strlen(seps[i]);
            if (*c == *seps[i] && !strncmp(c, seps[i], n)) {
                *sl = n;
                return c;
            }
        }
    return NULL;
}

static int add_terms_of(jfy_node *group, const char *list);

/* Where the page's citation ends the list's line, "... , Hodgkin lymphoma
 * (Clin Nucl Med 2020;45: 00-00)": the " (" opening it, else NULL. A
 * parenthesis closing the list that holds a year run into a volume by ';'
 * or ':' is no term's. */
static const char *cite_tail(const char *list) {
    size_t n = strlen(list);
    while (n && (list[n - 1] == ' ' || list[n - 1] == '.'))
        n--;
    if (!n || list[n - 1] != ')')
        return NULL;
    /* the last " (" before the end, read backwards: a forward strstr per
     * occurrence reads the whole rest of a long list each time */
    const char *open = NULL;
    for (size_t i = n; i-- > 0 && !open;)
        if (list[i] == ' ' && list[i + 1] == '(')
            open = list + i;
    if (!open || memchr(open + 2, ')', (size_t)(list + n - 1 - (open + 2))))
        return NULL;
    for (const char *p = open + 2; p + 4 < list + n; p++)
        if ((p[0] == '1' || p[0] == '2') && p[1] >= '0' && p[1] <= '9' && p[2] >= '0' && p[2] <= '9' &&
            p[3] >= '0' && p[3] <= '9' && (p[4] == ';' || p[4] == ':') && p > open + 3 && p[-1] == ' ')
            return open;
    return NULL;
}

/* The terms of list, its unmapped dots read as middle dots. */
static int add_terms(jfy_node *group, const char *list) {
    /* (a separator opening the list, each term led by its dot or an
     * unmapped glyph, "\xef\xbf\xbd Sepsis \xef\xbf\xbd Biomarkers", as a
     * review series prints its key words: the first term's, no part of
     * it) */
    size_t lead = lost_glyph(list);
    if (lead && list[lead] == ' ') {
        list += lead;
        while (*list == ' ')
            list++;
    }
    const char *cite = cite_tail(list);
    /* (a lost glyph ending the list parts nothing: the list's last line
     * ended on it) */
    size_t tail = cite ? 0 : lost_dot_tail(list);
    if (tail)
        cite = list + strlen(list) - tail;
    if (cite) {
        char *c = jfyp_strndup(list, (size_t)(cite - list));
        if (!c)
            return -1;
        int rc = add_terms(group, c);
        free(c);
        return rc;
    }
    if (!has_lost_dot(list))
        return add_terms_of(group, list);
    char *c = jfyp_strdup(list), *w = c;
    if (!c)
        return -1;
    for (const char *p = list; *p;) {
        size_t n = lost_dot(p);
        if (n) {
            memcpy(w, " \xc2\xb7", 3); /* no longer than what it stands for */
            w += 3;
            p += 1 + n;
        } else {
            *w++ = *p++;
        }
    }
    *w = '\0';
    int rc = add_terms_of(group, c);
    free(c);
    return rc;
}

static int add_terms_of(jfy_node *group, const char *list) {
    static const char *const semi[] = {";"};
    /* " . ": a middle dot as text extraction often renders it */
    static const char *const comma[] = {",", "\xc2\xb7", "\xe2\x80\xa2", " | ", " . "};
    /* "a – b – c": spaced dashes, where no comma or semicolon separates
     * (spaced hyphens too, two at least: OCR's middle dots) */
    static const char *const dash[] = {" \xe2\x80\x93 ", " \xe2\x80\x94 ", " - "};
    int has_semi = strchr(list, ';') != NULL;
    int has_dash = !has_semi && !strchr(list, ',') &&
                   (strstr(list, dash[0]) != NULL || strstr(list, dash[1]) != NULL || hyphen_list(list));
    /* "Knowledge organization. Scholarly productivity. Co-citation
     * analysis": terms ended by full stops, each a few words */
    static const char *const stop[] = {". "};
    /* (commas inside such terms, "Mortality, trends. Socioeconomic
     * Factors. Health Status Disparities", when two stops or more end
     * them: a thesaurus's descriptors with their qualifiers) */
    size_t stops = 0;
    for (const char *q = list; (q = strstr(q, ". ")); q += 2)
        stops++;
    int has_stop = !has_semi && !has_dash && (!strchr(list, ',') || stops >= 2) &&
                   !strstr(list, " . ") && !strstr(list, "\xc2\xb7") &&
                   !strstr(list, "\xe2\x80\xa2") && stops;
    for (const char *p = list, *e; has_stop && *p; p = e ? e + 2 : p + strlen(p)) {
        e = strstr(p, ". ");
        size_t words = 1;
        for (const char *q = p; *q && (!e || q < e); q++)
            words += *q == ' ';
        /* "Ocimum sanctum L. leaves": an abbreviation's stop, no term's end */
        if (words > 6 || (e && e - p >= 2 && e[-2] == ' '))
            has_stop = 0;
    }
    const char *const *seps = has_semi ? semi : has_dash ? dash : has_stop ? stop : comma;
    size_t nseps = has_semi ? 1 : has_dash ? 2 + (size_t)hyphen_list(list) : has_stop ? 1 : sizeof comma / sizeof *comma;
    const char *p = list;
    while (*p) {
        size_t sl = 0;
        const char *e = find_sep(p, seps, nseps, &sl);
        size_t n = e ? (size_t)(e - p) : strlen(p);
        char *t = jfyp_strndup(p, n);
        if (!t)
            return -1;
        jfyp_trim(t);
        size_t tl = strlen(t);
        while (tl && (t[tl - 1] == '.' || t[tl - 1] == ';' || t[tl - 1] == ','))
            t[--tl] = '\0';
        jfyp_trim(t);
        /* "0. sanctum": OCR's zero for a genus's initial O; no number
         * stands before a stop and a word in lower case */
        if (t[0] == '0' && t[1] == '.' && t[2] == ' ' && t[3] >= 'a' && t[3] <= 'z')
            t[0] = 'O';
        if (*t) {
            jfy_node *k = jfyp_node_new_with_text(JFY_N_KEYWORD, t);
            if (!k) {
                free(t);
                return -1;
            }
            jfyp_node_append(group, k);
        }
        free(t);
        p = e ? e + sl : p + n;
    }
    return 0;
}

/* Terms of t ended by full stops: each ". " after a word, and a stop ending
 * t ("Saude Publica. Bibliometria."). */
static size_t stop_terms(const char *t) {
    size_t stops = 0, n = strlen(t);
    for (const char *c = t; (c = strstr(c, ". ")); c++)
        stops += c > t && c[-1] != ' ';
    while (n && t[n - 1] == ' ')
        n--;
    return stops + (n >= 2 && t[n - 1] == '.' && t[n - 2] != ' ');
}

/* Whether line t is a list's next terms, each ended by a full stop: two at
 * least, each opening with a capital and a few words long
 * ("Indicadores Bibliometricos. Bases de Dados. Bibliometria."). */
static int stop_list(const char *t) {
    size_t n = strlen(t);
    if (n < 2 || t[n - 1] != '.' || stop_terms(t) < 2)
        return 0;
    for (const char *p = t; *p;) {
        const char *e = strstr(p, ". ");
        const char *end = e ? e : t + n - 1;
        if (jfyp_starts_lower(p) || !((*p >= 'A' && *p <= 'Z') || (unsigned char)*p >= 0x80))
            return 0;
        size_t words = 1;
        for (const char *c = p; c < end; c++)
            words += *c == ' ';
        if (words > 6)
            return 0;
        p = e ? e + 2 : t + n;
    }
    return 1;
}

/* The block after para, past the page's furniture, as the readers of
 * the tail skip it: where a list cut by a column or a page goes on. */
static jfy_node *block_after(jfyp_rec *r, jfy_node *para) {
    jfy_node *x = jfyp_rec_next(r, para);
    while (x && jfyp_is_furniture(r, x))
        x = jfyp_rec_next(r, x);
    return x;
}

static int ends_list(const char *t);
static int doi_line(const char *t);

/* Whether a keyword list ending its paragraph may go on in the next one:
 * it stops on a separator, or what follows is short, not the body's
 * running text that a column break put below it. */
static int list_goes_on(jfyp_rec *r, jfy_node *para, const char *all) {
    jfy_node *x = block_after(r, para);
    char *t = x && x->type == JFY_N_PARAGRAPH ? jfyp_node_plain(x) : NULL;
    if (x && x->type == JFY_N_PARAGRAPH && !t)
        return 1; /* the reader after reports the failure */
    /* (never into a field, a note or the article's DOI line, however the
     * list ends: "https://doi.org/..." opens in lower case like a wrapped
     * term) */
    if (t && ends_list(t)) {
        free(t);
        return 0;
    }
    size_t n = strlen(all);
    while (n && all[n - 1] == ' ')
        n--;
    if (n && (all[n - 1] == ',' || all[n - 1] == ';' || all[n - 1] == '-')) {
        free(t);
        return 1;
    }
    if (!t)
        return 0;
    /* (" . " parts Springer's terms: no sentence's stop) */
    int stop = 0;
    for (const char *c = t; !stop && (c = strstr(c, ". ")); c++)
        stop = c == t || c[-1] != ' ';
    /* (a list of terms each ended by a full stop goes on in the same
     * shape: "Socioeconomic Factors." / "Health Status Disparities.") */
    size_t tn = strlen(t);
    int stopped = stop_terms(all) >= 2 && tn && t[tn - 1] == '.';
    /* (nor a sentence: the next term, up to its separator, is a few
     * words; the body's first line a column break set below the list,
     * "engineers use green metrics to ...", runs on for many) */
    size_t words = 1;
    for (const char *c = t; *c && *c != ',' && *c != ';' && !(stopped && c[0] == '.' && c[1] == ' '); c++)
        words += *c == ' ';
    int shortish = tn < LIST_TAIL && (!stop || stopped) && words <= MAX_TAIL_WORDS;
    /* (nor the tail of a licence's sentence a side column's fields cut:
     * "use, distribution, and reproduction in any medium, provided ...") */
    if (jfyp_stristr(t, "reproduction in any medium") || jfyp_stristr(t, "provided the original"))
        shortish = 0;
    free(t);
    return shortish;
}

static int lone_field_label(const char *t);

/* A list's last term wrapped onto a line the extraction set apart ("...,
 * China" over "Kadoorie Biobank", "Oxytocin ." over "Pinniped .
 * Recognition"): the next block, one short line at most a blank line
 * below, no sentence (nor a full stop at its end), field, section name,
 * salutation or all-capital heading, joined to the list. Terms open with
 * capitals, which jfyp_take_continuation takes for a new sentence. 0, or
 * -1 out of memory. */
static int capital_tail(jfyp_rec *r, jfy_node *para, char **all) {
    size_t n = strlen(*all);
    while (n && (*all)[n - 1] == ' ')
        n--;
    /* a full stop ends the list, unless it is the list's separator: " ."
     * (Springer), or ". " between its terms ("Acesso Aberto. Brasil e
     * China.") with the next term on the very next line */
    int full_stops = stop_terms(*all) >= 2;
    if (n >= 2 && (*all)[n - 1] == '.' && (*all)[n - 2] != ' ' && !full_stops)
        return 0;
    jfy_node *x = block_after(r, para);
    if (!x || x->type != JFY_N_PARAGRAPH || x->line > para->end_line + 2)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(x, &l) < 0)
        return -1;
    const char *t = l.n == 1 ? l.v[0].text : "";
    int caps = 1, words = 1, sentence = 0;
    for (const char *c = t; *c; c++) {
        caps &= !(*c >= 'a' && *c <= 'z');
        words += *c == ' ';
        /* " . " parts terms (Springer); ". " after a word ends a sentence */
        sentence |= c > t && c[0] == '.' && c[1] == ' ' && c[-1] != ' ';
    }
    int rc = 0;
    size_t tn = strlen(t);
    /* nor a letter's salutation ("Dear Editor,", "Caro Editor:") */
    /* (or, under terms ended by full stops, a line of more such terms) */
    int more_stops = full_stops && tn < LIST_TAIL && stop_list(t);
    /* nor the page's label of the article's kind ("Letter", "Editorial")
     * that a column's order set under the list */
    char *printed = NULL;
    int kind = *t && jfyp_article_type_label(t, &printed) != NULL;
    free(printed);
    if (*t && !kind && !(*t >= '0' && *t <= '9') && ((tn < TERM_LINE && words <= 6) || more_stops) && !caps &&
        (!strchr(",:;.", t[tn - 1]) || (full_stops && t[tn - 1] == '.')) && (!sentence || full_stops) &&
        !jfyp_opens_field(t) && !jfyp_keywords_label(t) && !lone_field_label(t) &&
        jfyp_glossed_section_kind(t) == JFYP_SEC_NONE &&
        !jfyp_strnieq(t, "http", 4) && !doi_line(t) &&
        l.v[0].first->type == JFY_N_TEXT) {
        char *j = jfyp_printf("%s %s", *all, t);
        if (!j) {
            rc = -1;
        } else {
            free(*all);
            *all = j;
            if (jfyp_lines_remove(x, &l, 0, 0))
                jfyp_node_free(x);
        }
    }
    jfyp_lines_free(&l);
    return rc;
}

/* A footnote's line under the list ("*To whom correspondence should be
 * addressed."): a note's mark, then a word. No term opens so. */
static int note_line(const char *t) {
    size_t k = 0;
    if (t[0] == '*')
        k = 1;
    else if (!strncmp(t, "\xe2\x80\xa0", 3) || !strncmp(t, "\xe2\x80\xa1", 3)) /* dagger, double dagger */
        k = 3;
    return k && ((t[k] >= 'A' && t[k] <= 'Z') || (t[k] == ' ' && t[k + 1] >= 'A' && t[k + 1] <= 'Z'));
}

/* A side column's or the back matter's field label alone on its line
 * ("Correspondence" over a name and address, "Author details"): what a
 * list's last block runs on into, never a term. */
static int lone_field_label(const char *t) {
    /* (and a review series' "KEY POINTS" box under its key words) */
    static const char *const fields[] = {"Correspondence", "Correspondence to", "Corresponding author",
                                         "Author details", "Author information", "Abbreviations",
                                         "Key points", "Highlights"};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
        size_t n = strlen(fields[i]);
        if (jfyp_strnieq(t, fields[i], n) && (!t[n] || (t[n] == ':' && !t[n + 1])))
            return 1;
    }
    return 0;
}

/* Whether line t opens on the article's DOI ("doi:10.1234/x",
 * "https://doi.org/10.1234/x", "DOI 10.1234/x" or the bare
 * "10.1234/x"): the line a page prints under its keywords, no term of
 * theirs. Reads t's first bytes only. */
static int doi_line(const char *t) {
    static const char *const doi_labels[] = {"https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
                                             "http://dx.doi.org/", "doi.org/", "doi"};
    const char *p = t;
    for (size_t i = 0; i < sizeof doi_labels / sizeof *doi_labels && p == t; i++)
        if (jfyp_strnieq(t, doi_labels[i], strlen(doi_labels[i])))
            p = t + strlen(doi_labels[i]);
    while (p > t && (*p == ':' || *p == ' '))
        p++;
    if (!(p[0] == '1' && p[1] == '0' && p[2] == '.'))
        return 0;
    size_t digits = 0;
    for (p += 3; *p >= '0' && *p <= '9'; p++)
        digits++;
    return digits >= 4 && *p == '/';
}

/* Whether line t ends the terms above it: a field, a note, an address, a
 * DOI or a field label alone. */
static int ends_list(const char *t) {
    return jfyp_opens_field(t) || jfyp_keywords_label(t) || note_line(t) || jfyp_strnieq(t, "http", 4) ||
           doi_line(t) || lone_field_label(t);
}

/* Whether t can be one term of a list printed a term a line: short, no
 * separator, no sentence. */
static int term_line(const char *t) {
    size_t n = strlen(t);
    return n && n <= TERM_LINE && !strchr(t, ',') && !strchr(t, ';') && t[n - 1] != '.' &&
           !strstr(t, ". ") && !jfyp_opens_field(t) && !jfyp_keywords_label(t) && !lone_field_label(t);
}

/* Whether line t can be a term of a list going on below it: a term line of
 * a few words, no section's name. */
static int more_term(const char *t) {
    return term_line(t) && jfyp_count_words(t) <= 5 && jfyp_section_kind(t) == JFYP_SEC_NONE;
}

/* Paragraphs of a term a line right under line `last` (a line apart at
 * most), added to group and freed; *next moves past them. A run-on page's
 * splitter parts such a list where a term looks like a heading, leaving
 * the terms after it one block of several lines. 0, or -1 on OOM. */
static int more_term_lines(jfyp_rec *r, jfy_node *group, int last, jfy_node **next) {
    for (int count = 0; *next && (*next)->type == JFY_N_PARAGRAPH && (*next)->line <= last + 2 &&
                        count < MAX_TERM_LINES;) {
        jfyp_lines l;
        if (jfyp_lines_of(*next, &l) < 0)
            return -1;
        int ok = l.n >= 1 && count + (int)l.n <= MAX_TERM_LINES;
        for (size_t k = 0; ok && k < l.n; k++)
            ok = more_term(l.v[k].text);
        int rc = 0;
        for (size_t k = 0; ok && rc == 0 && k < l.n; k++)
            rc = add_terms(group, l.v[k].text);
        count += (int)l.n;
        jfyp_lines_free(&l);
        if (rc < 0)
            return -1;
        if (!ok)
            break;
        jfy_node *after = jfyp_rec_next(r, *next);
        last = (*next)->end_line;
        jfyp_node_free(*next);
        *next = after;
    }
    return 0;
}

/* Whether t opens with a list's separator: a middle dot or bullet that an
 * extraction set on a line of its own, breaking the block there. */
static int opens_with_dot(const char *t) {
    return !strncmp(t, "\xc2\xb7", 2) || !strncmp(t, "\xe2\x80\xa2", 3);
}

/* Joins more (lines 0..end-1 of x, already read) onto *all and takes
 * those lines out of x, and x with them when nothing is left: how a list's
 * tail in the block under it joins the list. 0, -1 out of memory. */
static int take_tail(jfy_node *x, jfyp_lines *l, size_t end, const char *more, char **all) {
    char *j = jfyp_printf("%s %s", *all, more);
    if (!j)
        return -1;
    free(*all);
    *all = j;
    if (jfyp_lines_remove(x, l, 0, end - 1))
        jfyp_node_free(x);
    return 0;
}

/* Whether t is a heading in capitals of two words or more ("KEY
 * POINTS"): no lower-case letter, no separator. */
static int caps_heading(const char *t) {
    int words = 1;
    for (const char *c = t; *c; c++) {
        if ((*c >= 'a' && *c <= 'z') || *c == ',' || *c == ';' || (unsigned char)*c == 0xc2)
            return 0;
        words += *c == ' ';
    }
    return words >= 2 && !ends_with_dot(t);
}

/* The list going on in the block right under it that opens with its
 * separator ("Keywords: Azides" over "·" / "Photoactivity" / "·" / ...),
 * or under a list whose line ends on one ("Agriculture (cid:2) Climate
 * adaptation (cid:2)" over "Local knowledge (cid:2) Pastoralism", the
 * block cut there): that block's short lines up to a field, joined to
 * *all; in the second shape up to the first line that ends on no
 * separator, the list's last. 0 (taken or not), -1 out of memory. */
static int dot_tail(jfyp_rec *r, jfy_node *para, char **all) {
    jfy_node *x = block_after(r, para);
    if (!x || x->type != JFY_N_PARAGRAPH || x->line > para->end_line + 2)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(x, &l) < 0)
        return -1;
    size_t end = 0, bytes = 0;
    int opens = l.n && opens_with_dot(l.v[0].text), after = !opens && ends_with_dot(*all);
    if (opens || after)
        while (end < l.n && strlen(l.v[end].text) <= TERM_LINE && !ends_list(l.v[end].text) &&
               (opens || (jfyp_glossed_section_kind(l.v[end].text) == JFYP_SEC_NONE &&
                          !caps_heading(l.v[end].text))) &&
               (bytes += strlen(l.v[end].text)) <= 2 * LIST_TAIL) {
            end++;
            if (after && !ends_with_dot(l.v[end - 1].text))
                break;
        }
    int rc = 0;
    if (end) {
        char *more = jfyp_lines_join(&l, 0, end - 1);
        rc = more ? take_tail(x, &l, end, more, all) : -1;
        free(more);
    }
    jfyp_lines_free(&l);
    return rc;
}

/* Whether a list parted by semicolons goes on in a block of its own that
 * holds one whole term, its semicolon ending it ("meteoropathy; clinical
 * psychology" over "meteosensitivity;"): that block's term is no wrapped
 * tail of the last one. */
static int whole_term_below(jfyp_rec *r, jfy_node *para, const char *all) {
    size_t n = strlen(all);
    if (!strchr(all, ';') || !n || strchr(",;-", all[n - 1]))
        return 0;
    jfy_node *x = block_after(r, para);
    if (!x || x->type != JFY_N_PARAGRAPH || x->line != x->end_line)
        return 0;
    char *t = jfyp_node_plain(x);
    size_t tn = t ? strlen(t) : 0;
    int whole = tn && tn <= TERM_LINE && t[tn - 1] == ';' &&
                jfyp_starts_lower(t) && !memchr(t, ';', tn - 1);
    free(t);
    return whole;
}

/* Whether the block under para may hold more terms: no field, address or
 * label opens it. */
static int next_opens_list(jfyp_rec *r, jfy_node *para) {
    jfy_node *x = block_after(r, para);
    if (!x || x->type != JFY_N_PARAGRAPH)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(x, &l) < 0)
        return 1; /* the reader after reports the failure */
    int ok = l.n && !ends_list(l.v[0].text);
    jfyp_lines_free(&l);
    return ok;
}

/* A list parted by semicolons wrapped onto the block right under it, no
 * blank line between, that a split set apart ("HIV; Costs and Cost
 * Analysis; Text" over "Messaging; Controlled Clinical Trial;"): its next
 * terms open with capitals, which the continuation reader takes for a new
 * sentence. The block joins the list when its lines hold semicolons and
 * every term is a few words. 0 (taken or not), -1 out of memory. */
static int semi_tail(jfyp_rec *r, jfy_node *para, char **all, int *last) {
    size_t n = strlen(*all);
    while (n && (*all)[n - 1] == ' ')
        n--;
    if (!strchr(*all, ';') || !n || (*all)[n - 1] == '.')
        return 0;
    /* (the term the wrap cut opens with a capital too) */
    const char *cut = strrchr(*all, ';') + 1;
    while (*cut == ' ')
        cut++;
    if (!(*cut >= 'A' && *cut <= 'Z') && *cut)
        return 0;
    jfy_node *x = jfyp_rec_next(r, para);
    if (!x || x->type != JFY_N_PARAGRAPH || x->line > *last + 2)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(x, &l) < 0)
        return -1;
    size_t end = 0;
    while (end < l.n && end < 3 && !ends_list(l.v[end].text))
        end++;
    char *more = end ? jfyp_lines_join(&l, 0, end - 1) : NULL;
    size_t mn = more ? strlen(more) : 0;
    /* (or, under a line ending on its semicolon, the list's last term
     * ended by its full stop, a line of its own: "Communicable Diseases.") */
    int ok = more && mn < LIST_TAIL &&
             (strchr(more, ';') || ((*all)[n - 1] == ';' && end == 1 && more[mn - 1] == '.' &&
                                     jfyp_section_kind(more) == JFYP_SEC_NONE));
    /* (never a label's line, an address's or a link's: "Received: ...;
     * Accepted: ...", "e-mail: ...; Tel.: ...") */
    ok = ok && !strchr(more, ':') && !strchr(more, '@') && jfyp_section_kind(more) == JFYP_SEC_NONE;
    for (const char *p = more; ok && *p;) {
        const char *e = strchr(p, ';');
        size_t words = 1;
        for (const char *c = p; *c && (!e || c < e); c++)
            words += *c == ' ' && c > p;
        /* (a sentence's stop inside a term: body text, no terms) */
        for (const char *c = p; ok && *c && (!e || c < e); c++)
            ok = !(c[0] == '.' && c[1] == ' ');
        /* (descriptors are printed in title case; a lower-case term is a
         * scattered justified line of another list shape, or text) */
        ok = ok && words <= 6 && *p >= 'A' && *p <= 'Z';
        p = e ? e + 1 : p + strlen(p);
        while (*p == ' ')
            p++;
    }
    int rc = 0;
    if (ok) {
        int at = l.v[end - 1].first->line > 0 ? l.v[end - 1].first->line : x->end_line;
        rc = take_tail(x, &l, end, more, all);
        if (rc == 0)
            *last = at;
    } else if (end && !more) {
        rc = -1;
    }
    free(more);
    jfyp_lines_free(&l);
    return rc;
}

/* Whether the list's wrapped last line ends it: far shorter than the full
 * line over it ("...; Communicable disease control;" over "Ebolavirus"),
 * so the block under it (a blank line apart) is not its tail. */
static int short_last_line(const jfyp_lines *l, size_t i, size_t end) {
    if (end - i < 2)
        return 0;
    size_t prev = strlen(l->v[end - 2].text), last = strlen(l->v[end - 1].text);
    return prev >= 40 && 2 * last < prev;
}

/* Whether t parts terms with dots: middle dots, bullets or unmapped
 * glyphs. */
static int dot_parted(const char *t) {
    return strstr(t, "\xc2\xb7") || strstr(t, "\xe2\x80\xa2") || has_lost_dot(t);
}

/* Lines [i, end) of a paragraph as a keyword group. */
static int take(jfyp_rec *r, jfy_node *para, jfyp_lines *l, size_t i, int *gone) {
    size_t end = i + 1;
    /* (nor a web address under it: the article's DOI line) */
    while (end < l->n && !ends_list(l->v[end].text))
        end++;
    char *all = jfyp_lines_join(l, i, end - 1);
    if (!all)
        return -1;
    const char *own = jfyp_keywords_label(l->v[i].text);
    int per_line = own && !*own && end - i > 2;
    /* (or a few terms a line, parted by dots: a line break parts two of
     * them where the dot opening the line was lost, as a review series
     * leads every term with its dot) */
    for (size_t k = i + 1; per_line && k < end; k++)
        if (strchr(l->v[k].text, ',') || strchr(l->v[k].text, ';') ||
            strlen(l->v[k].text) > (dot_parted(l->v[k].text) ? LIST_TAIL : 60))
            per_line = 0;
    /* (a list of a term a line goes on in the same shape, below) */
    if (end == l->n && !per_line) {
        size_t before = strlen(all);
        if (dot_tail(r, para, &all) < 0) {
            free(all);
            return -1;
        }
        /* (terms a block each, a blank line between, go on block by block
         * while each ends on its separator) */
        int last = para->end_line;
        for (int k = 0; strlen(all) == before && k < MAX_TERM_LINES && !short_last_line(l, i, end) &&
                        list_goes_on(r, para, all);
             k++) {
            if (k && !next_opens_list(r, para))
                break;
            size_t had = strlen(all);
            char *semi = whole_term_below(r, para, all) ? jfyp_printf("%s;", all) : NULL;
            if (semi) {
                free(all);
                all = semi;
            }
            size_t at = strlen(all);
            if (jfyp_take_continuation(r, para, &all) < 0 ||
                (strlen(all) == at && semi_tail(r, para, &all, &last) < 0) ||
                (k == 0 && strlen(all) == at && capital_tail(r, para, &all) < 0)) {
                free(all);
                return -1;
            }
            if (strlen(all) == at) {
                all[had] = '\0';
                break;
            }
            size_t an = strlen(all);
            if (!an || !strchr(",;", all[an - 1]))
                break;
            before = strlen(all);
        }
    }
    /* (a label alone on its line over a term a line needs no colon to be
     * one: "Keywords" in a side column, its terms under it, which joined
     * read as a sentence opening with the word) */
    int terms_only = per_line;
    for (size_t k = i + 1; terms_only && k < end; k++)
        terms_only = more_term(l->v[k].text);
    const char *list = terms_only ? own : jfyp_keywords_label(all);
    if (!list) {
        free(all);
        return 0;
    }
    jfy_node *group = jfyp_node_new(JFY_N_KEYWORDS);
    int rc = group ? 0 : -1;
    /* "Keywords:" alone, then one term a line */
    for (size_t k = i + 1; rc == 0 && per_line && k < end; k++)
        rc = add_terms(group, l->v[k].text);
    if (rc == 0 && !per_line)
        rc = add_terms(group, list);
    free(all);
    if (rc < 0 || !group->first) {
        jfyp_node_free(group);
        return rc;
    }
    jfyp_node_span_from(group, para);
    jfyp_node_append(r->front, group);
    if (per_line && end == l->n) {
        jfy_node *below = jfyp_rec_next(r, para);
        if (more_term_lines(r, group, para->end_line, &below) < 0)
            return -1;
    }
    *gone = jfyp_lines_remove(para, l, i, end - 1);
    return 1;
}

/* "Keywords:" alone, then its terms a line each, the extraction having
 * made a paragraph of every line: the run of such one-line paragraphs
 * right below it, a blank line apart at most (two at least). 1 taken (*next moved past them, label
 * paragraph to free), 0 none, -1 OOM. */
static int term_lines(jfyp_rec *r, jfy_node *label, jfy_node **next) {
    jfy_node *end = *next, *prev = label;
    int count = 0, last = label->end_line, uneven = 0;
    /* (the first term may sit a few lines under the label: a layout
     * reader sets the other column's line between, "Accepted: ...") */
    while (end && end->type == JFY_N_PARAGRAPH &&
           end->line <= prev->end_line + (prev == label ? KEYWORDS_GAP : 2) && count < MAX_TERM_LINES) {
        jfyp_lines l;
        if (jfyp_lines_of(end, &l) < 0)
            return -1;
        /* (or a few such lines a block: the extraction's paragraph
         * breaks fall between some terms and not others) */
        /* (a section's name, "Introduction", opens the body under them) */
        int ok = l.n == 1 ? term_line(l.v[0].text) && jfyp_section_kind(l.v[0].text) == JFYP_SEC_NONE
                          : l.n > 1 && count + (int)l.n <= MAX_TERM_LINES;
        /* (after such a block, a lone line is held to the same few words:
         * a running head ends the list, "Journal of X 12 (2020) 1-9") */
        for (size_t k = 0; ok && (l.n > 1 || uneven) && k < l.n; k++)
            ok = more_term(l.v[k].text);
        uneven |= l.n > 1;
        size_t lines = l.n;
        jfyp_lines_free(&l);
        if (!ok)
            break;
        count += (int)lines;
        prev = end;
        last = end->end_line;
        end = jfyp_rec_next(r, end);
    }
    if (count < 2)
        return 0;
    jfy_node *group = jfyp_node_new(JFY_N_KEYWORDS);
    if (!group)
        return -1;
    jfyp_node_span_from(group, label);
    for (jfy_node *x = *next; x != end;) {
        jfy_node *after = jfyp_rec_next(r, x);
        jfyp_lines l;
        int rc = jfyp_lines_of(x, &l);
        if (rc == 0) {
            for (size_t k = 0; rc == 0 && k < l.n; k++)
                rc = add_terms(group, l.v[k].text);
            jfyp_lines_free(&l);
        }
        if (rc < 0) {
            jfyp_node_free(group);
            return -1;
        }
        jfyp_node_free(x);
        x = after;
    }
    jfyp_node_append(r->front, group);
    *next = end;
    return more_term_lines(r, group, last, next) < 0 ? -1 : 1;
}

/* Whether the lines before line i are short, field lines ("Article
 * history:", "Received: ...") rather than prose ending on the label. */
static int short_lines(const jfyp_lines *l, size_t i) {
    for (size_t k = 0; k < i; k++)
        if (strlen(l->v[k].text) > TERM_LINE)
            return 0;
    return 1;
}

/* The language of a keyword label: 2 Romance ("Palavras-chave"), 1
 * English, 0 another. */
static int label_lang(const char *t) {
    static const char *const romance[] = {"Palavras", "Palabras", "Mots", "Descritores", "Descriptores",
                                          "Parole", NULL};
    static const char *const other[] = {"Schl", NULL};
    for (size_t i = 0; romance[i]; i++)
        if (jfyp_strnieq(t, romance[i], strlen(romance[i])))
            return 2;
    for (size_t i = 0; other[i]; i++)
        if (jfyp_strnieq(t, other[i], strlen(other[i])))
            return 0;
    return 1;
}

/* Terms listed in several languages: the list in the title's language
 * (just read, the front's last) goes first, the article's own. */
static void own_language_first(jfyp_rec *r, int tl, const char *label) {
    jfy_node *g = r->front->last, *first = jfyp_node_child(r->front, JFY_N_KEYWORDS);
    if (tl && g && g->type == JFY_N_KEYWORDS && first && first != g && label_lang(label) == tl) {
        jfyp_node_unlink(g);
        jfyp_node_insert_before(first, g);
    }
}

/* Files the terms read from the paragraph *next under label line i of
 * para: the group goes to the front, *next is claimed (freed; *next moves
 * on, or keeps the lines after *part), and the label line taken out (*gone
 * when it was all of para). 1. */
static int keep_group(jfyp_rec *r, jfy_node *group, jfy_node *para, jfyp_lines *l, size_t i,
                      jfy_node **next, int *gone, jfyp_lines *part) {
    jfyp_node_span_from(group, para);
    jfyp_node_append(r->front, group);
    /* (part: the lines of *next the terms were, the rest left in it) */
    if (!part || jfyp_lines_remove(*next, part, 0, part->n - 1)) {
        jfy_node *after = jfyp_rec_next(r, *next);
        jfyp_node_free(*next);
        *next = after;
    }
    /* the label, last line of its block */
    *gone = l->n == 1 ? 1 : jfyp_lines_remove(para, l, i, i);
    return 1;
}

/* A -layout line that keeps the page's cells, the keyword list a cell of
 * its own after a gap ("Published September 21, 2016   KEY WORDS: a, b,
 * c"): the list, claimed as a group left in the line. 1 when taken, 0 when
 * none, -1 on OOM. */
static int cell_list(jfyp_rec *r, jfy_node *para) {
    for (const jfy_node *c = r->front->first; c; c = c->next)
        if (c->type == JFY_N_KEYWORDS)
            return 0;
    char *raw = jfyp_front_text(para, 1);
    if (!raw)
        return -1;
    int rc = 0;
    for (char *line = raw; line && rc == 0;) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        /* each gap of three spaces or more, walked by hand: strstr from
         * every gap would (in some libc builds and sanitizers) measure the
         * rest of a long line each time */
        for (char *g = jfyp_trim(line); *g && rc == 0; g++) {
            if (g[0] != ' ' || g[1] != ' ' || g[2] != ' ')
                continue;
            const char *cell = g + 3;
            while (*cell == ' ')
                cell++;
            const char *list = *cell >= 'A' && *cell <= 'Z' ? jfyp_keywords_label(cell) : NULL;
            if (!list || !*list || strstr(list, "   "))
                continue;
            jfy_node *group = jfyp_node_new(JFY_N_KEYWORDS);
            rc = group ? add_terms(group, list) : -1;
            if (rc == 0 && group->first) {
                jfyp_node_span_from(group, para);
                jfyp_node_append(r->front, group);
                rc = 1;
            } else
                jfyp_node_free(group);
        }
        line = nl ? nl + 1 : NULL;
    }
    free(raw);
    return rc;
}

/* Whether t reads as a keyword list and nothing else: two separators at
 * least (semicolons, else commas), each term a few words, no sentence's
 * stop, field or link. */
static int bare_list(const char *t) {
    size_t n = strlen(t);
    if (!n || n >= LIST_TAIL || strchr(".:;,", t[n - 1]) || strchr(t, ':') || strchr(t, '@') || strstr(t, ". "))
        return 0;
    char sep = strchr(t, ';') ? ';' : ',';
    size_t terms = 1, words = 1;
    for (const char *c = t; *c; c++) {
        if (*c == sep) {
            terms++;
            words = 0;
        } else if (*c == ' ' && c > t && c[-1] != sep && c[-1] != ' ' && ++words > 5) {
            return 0;
        }
    }
    return terms >= 3;
}

/* Whether block x is one line that is a keyword list alone: a label's
 * terms further below it than a column's lines set between, where a
 * layout reader left the blank lines of the margin's furniture ("Author
 * Manuscript" printed up the side) between them. */
static int lone_list(const jfy_node *x) {
    if (x->line != x->end_line)
        return 0;
    char *t = jfyp_node_plain(x);
    int ok = t && bare_list(jfyp_trim(t));
    free(t);
    return ok;
}

/* A label alone whose terms the page printed under the abstract, the two
 * headings side by side over the abstract's text ("ABSTRACT" beside
 * "KEYWORDS" reads as the two lines, then the abstract, then the list):
 * the abstract's reader took the list for its last paragraph. That
 * paragraph, below the label, becomes the group. 1 taken, 0 not, -1 OOM. */
static int list_under_abstract(jfyp_rec *r, jfy_node *label) {
    if (jfyp_node_child(r->front, JFY_N_KEYWORDS))
        return 0;
    jfy_node *abs = jfyp_node_child(r->front, JFY_N_ABSTRACT);
    jfy_node *p = abs ? abs->last : NULL;
    if (!p || p == abs->first || p->type != JFY_N_PARAGRAPH || p->line <= label->end_line)
        return 0;
    char *t = jfyp_node_plain(p);
    if (!t)
        return -1;
    jfyp_trim(t);
    int rc = 0;
    if (bare_list(t)) {
        jfy_node *group = jfyp_node_new(JFY_N_KEYWORDS);
        rc = group ? add_terms(group, t) : -1;
        if (rc == 0 && group->first) {
            jfyp_node_span_from(group, label);
            jfyp_node_append(r->front, group);
            jfyp_node_free(p);
            rc = 1;
        } else {
            jfyp_node_free(group);
        }
    }
    free(t);
    return rc;
}

int jfyp_recognize_keywords(jfyp_rec *r) {
    int tl = jfyp_title_lang(r), paras = 0;
    jfy_node *n = jfyp_rec_first(r);
    while (n) {
        jfy_node *next = jfyp_rec_next(r, n);
        if (n->type == JFY_N_PARAGRAPH) {
            jfyp_lines l;
            if (jfyp_lines_of(n, &l) < 0)
                return -1;
            int gone = 0;
            for (size_t i = 0; i < l.n; i++) {
                const char *a = jfyp_keywords_label(l.v[i].text);
                /* A label alone on its line heads the next lines or paragraph. */
                if (!a)
                    continue;
                int rc;
                if (*a || i + 1 < l.n) {
                    rc = take(r, n, &l, i, &gone);
                    /* the terms may have gone on into the blocks after,
                     * which are claimed (freed) with them */
                    next = jfyp_rec_next(r, n);
                } else if (l.n == 1 && (rc = term_lines(r, n, &next)) != 0) {
                    gone = rc > 0;
                } else if (next && next->type == JFY_N_PARAGRAPH && i + 1 == l.n && short_lines(&l, i) &&
                           (next->line <= n->end_line + KEYWORDS_GAP ||
                            (next->line <= n->end_line + 2 * KEYWORDS_GAP && lone_list(next)))) {
                    /* "Keywords" as a heading line, its terms the next paragraph */
                    jfyp_lines l2;
                    if (jfyp_lines_of(next, &l2) < 0) {
                        jfyp_lines_free(&l);
                        return -1;
                    }
                    /* (the terms end where a field opens under them: a side
                     * column's "Mailing Address: ..." or "Correspondence"
                     * over an address, left in the block) */
                    size_t own = 1;
                    while (own < l2.n && !ends_list(l2.v[own].text))
                        own++;
                    int rest = own < l2.n;
                    if (rest)
                        l2.n = own; /* (the lines' list is only read below) */
                    char *joined = jfyp_lines_join(&l2, 0, l2.n ? l2.n - 1 : 0);
                    char *lab = joined ? jfyp_printf("%s: %s", l.v[i].text, joined) : NULL;
                    /* its terms a line each in that paragraph */
                    int per_line = l2.n >= 2 && l2.n <= MAX_TERM_LINES;
                    for (size_t k = 0; per_line && k < l2.n; k++)
                        per_line = term_line(l2.v[k].text) && jfyp_count_words(l2.v[k].text) <= 5;
                    rc = 0;
                    if (!lab) {
                        rc = -1;
                    } else if (per_line) {
                        jfy_node *group = jfyp_node_new(JFY_N_KEYWORDS);
                        int last = next->end_line;
                        rc = group ? 0 : -1;
                        for (size_t k = 0; rc == 0 && k < l2.n; k++)
                            rc = add_terms(group, l2.v[k].text);
                        if (rc == 0)
                            rc = keep_group(r, group, n, &l, i, &next, &gone, rest ? &l2 : NULL);
                        else
                            jfyp_node_free(group);
                        /* the list going on a term a paragraph right under
                         * them (a column-keeping extraction cuts the
                         * sidebar's lines where the column beside breaks) */
                        if (rc > 0 && (rc = more_term_lines(r, group, last, &next)) >= 0)
                            rc = 1;
                    } else if (strlen(joined) < 400 && l2.n <= 4) {
                        jfy_node *group = jfyp_node_new(JFY_N_KEYWORDS);
                        const char *list = jfyp_keywords_label(lab);
                        rc = !group ? -1 : list ? add_terms(group, list) : 0;
                        if (rc == 0 && group->first)
                            rc = keep_group(r, group, n, &l, i, &next, &gone, rest ? &l2 : NULL);
                        else
                            jfyp_node_free(group);
                    }
                    free(joined);
                    free(lab);
                    jfyp_lines_free(&l2);
                } else {
                    rc = 0;
                }
                if (rc == 0 && !*a && l.n == 1 && (rc = list_under_abstract(r, n)) > 0)
                    gone = 1;
                if (rc < 0) {
                    jfyp_lines_free(&l);
                    return -1;
                }
                if (rc > 0) {
                    own_language_first(r, tl, l.v[i].text);
                    break;
                }
            }
            jfyp_lines_free(&l);
            if (gone)
                jfyp_node_free(n);
            else if (++paras <= CELL_LIST_PARAS && cell_list(r, n) < 0)
                return -1;
        }
        n = next;
    }
    return 0;
}
