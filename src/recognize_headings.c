/* recognize_headings.c - headings of plain text: the lines that stand alone
 * above the text they name.
 *
 * Extraction output marks no headings; the page shows them by shape: a
 * paragraph of one short line that does not end a sentence, set in
 * capitals ("MATERIALS AND METHODS"), numbered ("2.1 Cell culture",
 * "II. METHODS"; CommonMark reads "1. Introduction" as a one-item list), or
 * in ordinary case above the paragraphs it heads; a Markdown page may set a
 * heading as a bold line alone. Such blocks become HEADINGs with a level:
 * the numbering's depth, else capitals over ordinary case, else the
 * conventional top-level names (Introduction, Methods...) over the rest.
 * A Markdown page that marks its headings with '#' is trusted: its plain
 * lines are left as paragraphs.
 *
 * It also holds the section names and heading shapes the back-matter and
 * section recognizers share. */
#include "front.h"
#include "recognize.h"
#include "refparse.h"
#include "textlines.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* ---- conventional section names ---- */

enum { K_BODY, K_TOP, K_ACK, K_FUNDING, K_BACKSEC, K_FRONT, K_REFS };

static const struct {
    const char *name, *type;
    int kind;
} names[] = {
    {"introduction", "intro", K_TOP},
    {"background", "intro", K_TOP},
    {"backgrounds", "intro", K_TOP}, /* as "discussions" */
    {"introdução", "intro", K_TOP},
    {"introducción", "intro", K_TOP},
    {"methods", "methods", K_TOP},
    {"method", "methods", K_TOP},
    {"methodology", "methods", K_TOP},
    /* a study protocol's (BMC's template) */
    {"methods/design", "methods", K_TOP},
    {"methods and design", "methods", K_TOP},
    {"materials and methods", "materials|methods", K_TOP},
    {"material and methods", "materials|methods", K_TOP},
    {"material and method", "materials|methods", K_TOP},
    {"materials and method", "materials|methods", K_TOP},
    {"methods and materials", "materials|methods", K_TOP},
    {"patients and methods", "methods", K_TOP},
    {"subjects and methods", "methods", K_TOP},
    {"experimental", "methods", K_TOP},
    {"experimental section", "methods", K_TOP},
    {"experimental procedures", "methods", K_TOP},
    {"methodological procedures", "methods", K_TOP},
    {"procedimentos metodológicos", "methods", K_TOP},
    {"procedimientos metodológicos", "methods", K_TOP},
    {"metodologia", "methods", K_TOP},
    {"metodología", "methods", K_TOP},
    {"método", "methods", K_TOP},
    {"métodos", "methods", K_TOP},
    {"material e métodos", "materials|methods", K_TOP},
    {"materiais e métodos", "materials|methods", K_TOP},
    {"materiales y métodos", "materials|methods", K_TOP},
    {"results", "results", K_TOP},
    {"experimental results", "results", K_TOP},
    {"results and analysis", "results", K_TOP},
    {"resultados", "results", K_TOP},
    {"results and discussion", "results|discussion", K_TOP},
    {"results and discussions", "results|discussion", K_TOP},
    {"resultados e discussão", "results|discussion", K_TOP},
    {"resultados y discusión", "results|discussion", K_TOP},
    {"discussion", "discussion", K_TOP},
    {"discussions", "discussion", K_TOP},
    {"discussão", "discussion", K_TOP},
    {"discusión", "discussion", K_TOP},
    {"conclusion", "conclusions", K_TOP},
    {"conclusions", "conclusions", K_TOP},
    {"concluding remarks", "conclusions", K_TOP},
    {"conclusion and recommendations", "conclusions", K_TOP},
    {"conclusions and recommendations", "conclusions", K_TOP},
    {"conclusión", "conclusions", K_TOP},
    {"conclusão", "conclusions", K_TOP},
    {"conclusões", "conclusions", K_TOP},
    {"conclusiones", "conclusions", K_TOP},
    {"summary", NULL, K_TOP},
    /* a trial protocol's (the SPIRIT guideline's, which protocols in
     * any journal follow) */
    {"methods: participants, interventions and outcomes", "methods", K_TOP},
    {"methods: participants, interventions, and outcomes", "methods", K_TOP},
    {"methods: assignment of interventions", "methods", K_TOP},
    {"methods: assignment of interventions (for controlled trials)", "methods", K_TOP},
    {"methods: data collection, management and analysis", "methods", K_TOP},
    {"methods: data collection, management, and analysis", "methods", K_TOP},
    {"methods: monitoring", "methods", K_TOP},
    {"ethics and dissemination", NULL, K_TOP},
    {"case report", "cases", K_TOP},
    {"case presentation", "cases", K_TOP},
    {"case description", "cases", K_TOP},
    {"supplementary material", "supplementary-material", K_TOP},
    {"supplementary materials", "supplementary-material", K_TOP},
    {"supplementary information", "supplementary-material", K_TOP},
    {"supplementary data", "supplementary-material", K_TOP},
    {"supplemental information", "supplementary-material", K_TOP},
    {"supplemental material", "supplementary-material", K_TOP},
    {"supporting information", "supplementary-material", K_TOP},
    {"electronic supplementary material", "supplementary-material", K_TOP},
    {"additional files", "supplementary-material", K_TOP},
    {"appendix", NULL, K_TOP},
    {"acknowledgments", NULL, K_ACK},
    {"acknowledgements", NULL, K_ACK},
    {"acknowledgment", NULL, K_ACK},
    {"acknowledgement", NULL, K_ACK},
    {"agradecimentos", NULL, K_ACK},
    {"agradecimientos", NULL, K_ACK},
    {"remerciements", NULL, K_ACK},
    {"funding", NULL, K_FUNDING},
    {"funding information", NULL, K_FUNDING},
    {"funding statement", NULL, K_FUNDING},
    {"financial support", NULL, K_FUNDING},
    {"financial disclosure", NULL, K_FUNDING},
    {"sources of funding", NULL, K_FUNDING},
    {"financiamento", NULL, K_FUNDING},
    {"financiación", NULL, K_FUNDING},
    {"competing interests", "COI-statement", K_BACKSEC},
    {"competing interest", "COI-statement", K_BACKSEC},
    {"conflict of interest", "COI-statement", K_BACKSEC},
    {"conflicts of interest", "COI-statement", K_BACKSEC},
    {"conflict of interests", "COI-statement", K_BACKSEC},
    {"potential conflict of interest", "COI-statement", K_BACKSEC},
    {"potential conflicts of interest", "COI-statement", K_BACKSEC},
    {"declaration of interests", "COI-statement", K_BACKSEC},
    {"declaration of competing interest", "COI-statement", K_BACKSEC},
    {"conflito de interesses", "COI-statement", K_BACKSEC},
    {"conflicto de intereses", "COI-statement", K_BACKSEC},
    {"author contributions", "author-contributions", K_BACKSEC},
    {"authors' contributions", "author-contributions", K_BACKSEC},
    {"author's contributions", "author-contributions", K_BACKSEC},
    {"authors contributions", "author-contributions", K_BACKSEC},
    {"contributors", "author-contributions", K_BACKSEC},
    {"contribuição dos autores", "author-contributions", K_BACKSEC},
    {"contribuições dos autores", "author-contributions", K_BACKSEC},
    {"data availability", "data-availability", K_BACKSEC},
    {"availability of data and materials", "data-availability", K_BACKSEC},
    {"data accessibility", "data-availability", K_BACKSEC},
    {"data and code availability", "data-availability", K_BACKSEC},
    {"disponibilidade de dados", "data-availability", K_BACKSEC},
    {"ethics statement", "ethics-statement", K_BACKSEC},
    {"ethics", "ethics-statement", K_BACKSEC},
    {"ethics approval", "ethics-statement", K_BACKSEC},
    {"ethics approval and consent to participate", "ethics-statement", K_BACKSEC},
    {"ethical approval", "ethics-statement", K_BACKSEC},
    {"consent for publication", "consent-statement", K_BACKSEC},
    /* a glossary, a publisher's disclaimer and the authors' ORCID list are
     * back matter wherever the page prints them */
    {"abbreviations", "abbreviations", K_BACKSEC},
    {"list of abbreviations", "abbreviations", K_BACKSEC},
    {"publisher's note", NULL, K_BACKSEC},
    /* a letter's or a dispatch's note on its author (EID's) */
    {"about the author", NULL, K_BACKSEC},
    {"about the authors", NULL, K_BACKSEC},
    {"author biographies", NULL, K_BACKSEC},
    {"biographies", NULL, K_BACKSEC},
    /* a dedication closes the text, in no section of the body */
    {"dedication", NULL, K_BACKSEC},
    {"disclosure", "COI-statement", K_BACKSEC},
    {"disclosures", "COI-statement", K_BACKSEC},
    {"orcid", NULL, K_BACKSEC},
    /* the heading over the statements as a group (PeerJ); ACS's over the
     * corresponding author's address, the authors' list and notes, and
     * over the list of supporting files, which their JATS keeps out of
     * the body */
    {"additional information and declarations", NULL, K_BACKSEC},
    {"author information", NULL, K_BACKSEC},
    {"associated content", NULL, K_BACKSEC},
    {"abstract", NULL, K_FRONT},
    {"resumo", NULL, K_FRONT},
    {"resumen", NULL, K_FRONT},
    {"keywords", NULL, K_FRONT},
    {"references", NULL, K_REFS},
    {"reference", NULL, K_REFS},
    {"referências", NULL, K_REFS},
    {"referencias", NULL, K_REFS},
    {"bibliography", NULL, K_REFS},
    {"literature cited", NULL, K_REFS},
    {"works cited", NULL, K_REFS},
};

/* Length of a section number at the start of s ("2.1 ", "3.1. ", "II. "),
 * 0 when none; *depth gets the number of levels. */
size_t jfyp_section_number(const char *s, int *depth) {
    const char *p = s;
    int d = 0;
    if (isdigit((unsigned char)*p)) {
        while (isdigit((unsigned char)*p)) {
            const char *q = p;
            while (isdigit((unsigned char)*q))
                q++;
            if (q - p > 2)
                return 0;
            d++;
            p = q;
            if (*p == '.' && isdigit((unsigned char)p[1]))
                p++;
            else
                break;
        }
        if (*p == '.' || *p == ')')
            p++;
        /* "2 | MATERIALS AND METHODS": a bar between number and name,
         * maybe set apart by wide or fixed spaces ("1\u202F|\u202FIntroduction") */
        else if (jfyp_typeset_space_len(p)) {
            const char *q = p;
            for (size_t k; (k = jfyp_typeset_space_len(q));)
                q += k;
            if (*q == '|' && jfyp_typeset_space_len(q + 1)) {
                p = q + 1;
                for (size_t k; (k = jfyp_typeset_space_len(p));)
                    p += k;
                if (depth)
                    *depth = d;
                return (size_t)(p - s);
            }
        }
    } else {
        size_t n = strspn(p, "IVX");
        if (n == 0 || n > 4 || p[n] != '.')
            return 0;
        p += n + 1;
        d = 1;
    }
    if (*p != ' ')
        return 0;
    while (*p == ' ')
        p++;
    if (depth)
        *depth = d;
    return (size_t)(p - s);
}

/* The text t (numbering off) normalized the way the names are written:
 * lower case, curly apostrophes straight, spaces squeezed, trailing
 * punctuation off, in place in s (an allocation of t's lowered copy, or
 * the caller's buffer); returns s. */
static char *normalize_name(char *s) {
    /* in place: an apostrophe is shorter than a curly one */
    char *w = s;
    for (const char *p = s; *p; p++) {
        if ((unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
            ((unsigned char)p[2] == 0x99 || (unsigned char)p[2] == 0x98)) {
            *w++ = '\'';
            p += 2;
        } else {
            *w++ = *p;
        }
    }
    *w = '\0';
    jfyp_squeeze(s);
    size_t n = strlen(s);
    while (n && strchr(":. ", s[n - 1]))
        s[--n] = '\0';
    return s;
}

#define NAMES (sizeof names / sizeof *names)

/* The longest normalized text a name can be found in: the longest name
 * with " statement" after it. The names' indexes in order of their first
 * byte, those with byte c at by_first[first_at[c]] up to
 * by_first[first_at[c + 1]], so that a text is compared with the few
 * names it could be (the whole table was most of a lookup's cost). */
static size_t name_room;
static unsigned short by_first[NAMES], first_at[257];
/* Bit b of pair_mask[a]: a name opens with the ASCII letters 'a' + a,
 * 'b' + b. */
static uint32_t pair_mask[26];
static pthread_once_t name_room_once = PTHREAD_ONCE_INIT;

static void measure_names(void) {
    size_t most = 0;
    for (size_t i = 0; i < NAMES; i++) {
        if (strlen(names[i].name) > most)
            most = strlen(names[i].name);
        first_at[(unsigned char)names[i].name[0] + 1]++;
        unsigned a = (unsigned char)names[i].name[0] - 'a', b = (unsigned char)names[i].name[1] - 'a';
        if (a < 26 && b < 26)
            pair_mask[a] |= (uint32_t)1 << b;
    }
    name_room = most + strlen(" statement");
    for (size_t c = 1; c < 257; c++)
        first_at[c] += first_at[c - 1];
    /* in table order within a byte: the first name that matches wins */
    unsigned short at[256];
    memcpy(at, first_at, sizeof at);
    for (size_t i = 0; i < NAMES; i++)
        by_first[at[(unsigned char)names[i].name[0]]++] = (unsigned short)i;
}

static int find_name(const char *s) {
    unsigned char c = (unsigned char)s[0];
    for (size_t k = first_at[c]; k < first_at[c + 1]; k++)
        if (names[by_first[k]].name[1] == s[1] && strcmp(s, names[by_first[k]].name) == 0)
            return by_first[k];
    return -1;
}

/* A closing section's name and a few words more joined by "and" or "&"
 * ("Conclusion and future prospects", "Discussion & future works",
 * "Summary and outlook"): the section it names, which the page closes its
 * research with, whatever it adds. s is normalized; -1 when not so. */
static int closing_name_and(char *s) {
    static const char *const closing[] = {"conclusion", "conclusions", "concluding remarks",
                                          "discussion", "discussions", "summary"};
    for (size_t k = 0; k < sizeof closing / sizeof *closing; k++) {
        size_t n = strlen(closing[k]);
        if (strncmp(s, closing[k], n) != 0)
            continue;
        const char *tail = s + n;
        if (strncmp(tail, " and ", 5) == 0)
            tail += 5;
        else if (strncmp(tail, " & ", 3) == 0)
            tail += 3;
        else
            continue;
        int words = 1;
        for (const char *p = tail; *p; p++)
            words += *p == ' ';
        if (!*tail || words > 4)
            return -1;
        char c = s[n];
        s[n] = '\0';
        int found = find_name(s);
        s[n] = c;
        return found;
    }
    return -1;
}

static int lookup(const char *title, int *oom) {
    /* Each printing ASCII character after the numbering but ':' and '.'
     * stays a byte of the normalized text: a text with more of them than
     * a name can hold is none, and is not normalized (most texts asked
     * about are lines of prose). An ASCII text, as nearly every one is,
     * is lowered into buf as it is counted, in one pass; another is
     * lowered into an allocation of its own once counted (the allocation
     * and the passes were most of a lookup's cost: bench/instructions). */
    pthread_once(&name_room_once, measure_names);
    const char *t = title + jfyp_section_number(title, NULL);
    /* Its first two letters (past spaces) are its normalized text's: no
     * name opening with them, no name (most texts asked about open with
     * letters no name does, "Table", "The") */
    const unsigned char *u = (const unsigned char *)t;
    while (*u == ' ' || (*u >= '\t' && *u <= '\r'))
        u++;
    unsigned a = (u[0] | 0x20u) - 'a', b;
    if (a < 26 && (b = (u[1] | 0x20u) - 'a') < 26 && !(pair_mask[a] >> b & 1))
        return -1;
    char buf[128];
    size_t printing = 0, i = 0;
    for (unsigned char c; i + 1 < sizeof buf && printing <= name_room && (c = (unsigned char)t[i]) - 1u < 0x7Fu;
         i++) {
        printing += c > ' ' && c != ':' && c != '.' && c != 0x7F;
        buf[i] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : (char)c;
    }
    buf[i] = '\0';
    for (const unsigned char *p = (const unsigned char *)t + i; *p && printing <= name_room; p++)
        printing += *p > ' ' && *p < 0x7F && *p != ':' && *p != '.';
    if (printing > name_room)
        return -1;
    char *s = t[i] ? jfyp_utf8_lower(t) : buf;
    if (!s) {
        if (oom)
            *oom = 1;
        return -1;
    }
    normalize_name(s);
    int found = find_name(s);
    /* "Appendix A", "Conflict of Interest Statement" */
    if (found < 0 && strncmp(s, "appendix", 8) == 0 && strlen(s) <= 12)
        found = 0 + (int)NAMES; /* marker below */
    if (found < 0) {
        size_t n = strlen(s);
        if (n > 10 && strcmp(s + n - 10, " statement") == 0) {
            s[n - 10] = '\0';
            found = find_name(s);
        }
    }
    /* an ampersand for the "and" of a conventional name ("Materials &
     * methods", "Results & Discussion"), as a narrow column sets it */
    if (found < 0 && strstr(s, " & ")) {
        char amp[sizeof buf + 64];
        size_t w = 0;
        for (const char *p = s; *p && w + 6 < sizeof amp; p++) {
            if (strncmp(p, " & ", 3) == 0) {
                memcpy(amp + w, " and ", 5);
                w += 5;
                p += 2;
            } else {
                amp[w++] = *p;
            }
        }
        amp[w] = '\0';
        found = find_name(amp);
    }
    if (found < 0)
        found = closing_name_and(s);
    if (s != buf)
        free(s);
    return found;
}

static int name_kind(const char *title) {
    int i = lookup(title, NULL);
    if (i < 0)
        return -1;
    if ((size_t)i >= sizeof names / sizeof *names)
        return K_TOP;
    return names[i].kind;
}

int jfyp_is_section_name(const char *title) { return name_kind(title) >= 0; }

/* The name before a parenthesis that glosses it ("Introduction (why
 * herbal genomics?)") copied to buf; NULL when t is not so shaped. */
static const char *before_gloss(const char *t, char *buf, size_t size) {
    const char *o = strstr(t, " (");
    size_t n = strlen(t);
    if (!o || !n || t[n - 1] != ')' || (size_t)(o - t) >= size)
        return NULL;
    memcpy(buf, t, (size_t)(o - t));
    buf[o - t] = '\0';
    return buf;
}

int jfyp_glossed_section_kind(const char *title) {
    char buf[64];
    const char *name = before_gloss(title, buf, sizeof buf);
    int k = jfyp_section_kind(title);
    return k == JFYP_SEC_NONE && name ? jfyp_section_kind(name) : k;
}

const char *jfyp_glossed_section_type(const char *title) {
    char buf[64];
    const char *name = before_gloss(title, buf, sizeof buf);
    const char *type = jfyp_section_type(title);
    return !type && name ? jfyp_section_type(name) : type;
}

const char *jfyp_section_type(const char *title) {
    int i = lookup(title, NULL);
    if (i < 0 || (size_t)i >= sizeof names / sizeof *names)
        return NULL;
    return names[i].type;
}

int jfyp_section_kind(const char *title) {
    switch (name_kind(title)) {
    case K_ACK: return JFYP_SEC_ACK;
    case K_FUNDING: return JFYP_SEC_FUNDING;
    case K_BACKSEC: return JFYP_SEC_BACK;
    case K_FRONT: return JFYP_SEC_FRONT;
    case K_REFS: return JFYP_SEC_REFS;
    case K_TOP: return JFYP_SEC_TOP;
    default: return JFYP_SEC_NONE;
    }
}

/* ---- heading shapes ---- */

/* Every letter of t a capital, and letters enough to tell. */
static int all_caps(const char *t) {
    int letters = 0, upper = 0;
    jfyp_utf8_case_counts(t, &letters, &upper);
    return letters >= 3 && upper == letters;
}

static int starts_with_word(const char *s, const char *w) {
    size_t n = strlen(w);
    return jfyp_strnieq(s, w, n) && !isalpha((unsigned char)s[n]);
}

/* A caption's label: "Figure 1", "Fig. 2", "Table S1", "FIGURE 3". */
int jfyp_is_caption_start(const char *s) {
    static const char *const words[] = {"figure", "fig.", "fig", "table", "scheme", "plate",
                                        "chart", "box", "supplementary figure",
                                        "supplementary table", "figura", "figuras",
                                        "tabela", "tabla", NULL};
    for (int i = 0; words[i]; i++)
        if (starts_with_word(s, words[i])) {
            const char *p = s + strlen(words[i]);
            while (*p == ' ' || *p == '.' || (*p == '-' && isdigit((unsigned char)p[1])))
                p++;
            return isdigit((unsigned char)*p) || ((*p == 'S' || *p == 'A') && isdigit((unsigned char)p[1])) || *p == '\0' ||
                   *p == ':' || strncmp(p, "\xE2\x80\x94", 3) == 0;
        }
    return 0;
}

/* A line cut at the column's edge mid-sentence ("Prior to this study,
 * the staff of the", "rated their level as") ends on a word that opens
 * or links what follows; no heading ends so. */
static int ends_function_word(const char *t) {
    static const char *const words[] = {"and", "of", "the", "for", "in", "at", "to", "a", "an",
                                        "on", "with", "from", "by", "as", "that", "which",
                                        "is", "are", "was", "were", "than", "or", "into",
                                        "their", "its", "our", "&", NULL};
    const char *w = strrchr(t, ' ');
    w = w ? w + 1 : t;
    /* "The" too, but not "A" ("Vitamin A") */
    for (int i = 0; words[i]; i++)
        if (strcmp(w, words[i]) == 0 || (strlen(w) >= 3 && jfyp_strieq(w, words[i])))
            return 1;
    return 0;
}

/* A sentence ends inside the text: a lower-case word, a period, a
 * capital ("as necessary. We sought"). Headings are names, not prose. */
static int sentence_inside(const char *t) {
    for (const char *p = strstr(t, ". "); p; p = strstr(p + 1, ". ")) {
        const char *w = p;
        while (w > t && isalpha((unsigned char)w[-1]))
            w--;
        if (p - w >= 3 && islower((unsigned char)*w) && isupper((unsigned char)p[2]))
            return 1;
    }
    return 0;
}

static int unclosed_paren(const char *t) {
    int depth = 0;
    for (; *t; t++)
        depth += (*t == '(') - (*t == ')');
    return depth > 0;
}

/* Text a font without a usable encoding left: most of its letters
 * accented capitals and modifier letters ("ÅÉÊ·É ·ÊÈÅËʸ"), which no
 * language writes so. */
static int garbled(const char *t) {
    int letters = 0, odd = 0, prev = 0;
    for (const char *p = t; *p;) {
        size_t n;
        int cp = jfyp_utf8_decode(p, &n);
        p += n ? n : 1;
        /* a mathematical font read through the wrong table: its Greek
         * as control pictures ("␥i,j"), its parentheses as ideographs
         * between Latin letters ("A共t兲"), which Chinese text is not */
        if ((cp >= 0x2400 && cp <= 0x243F) ||
            (cp >= 0x4E00 && cp <= 0x9FFF && prev < 0x80 && isalnum(prev) &&
             isalnum((unsigned char)*p)))
            return 1;
        prev = cp;
        if (cp < 0x80) {
            letters += isalpha(cp) != 0;
        } else if (cp >= 0xC0 && cp <= 0x2FF && cp != 0xD7 && cp != 0xF7) {
            letters++;
            odd++;
        }
    }
    return letters >= 3 && 2 * odd > letters;
}

/* A formula's sign, which names do not hold: a mathematical operator
 * (U+2200-U+22FF: "RVA = 8.33 \u22C5 SF") but the star and the minus of a
 * name ("DPPH\u2217", "e+\u2212H"), a minus between spaces ("Tw \u2212 Ta"), a
 * vulgar quarter between spaces (the equals sign of a math font read
 * through the text font's table: "RVA \u00BC 8:33"), or the replacement
 * character for a glyph the extraction could not map ("dSi,j\uFFFDt\uFFFD"). */
static int formula_sign(const char *t) {
    for (const char *p = t; *p;) {
        size_t n;
        int cp = jfyp_utf8_decode(p, &n);
        int spaced = p > t && p[-1] == ' ' && p[n ? n : 1] == ' ';
        if (cp == 0xFFFD || (cp >= 0x2200 && cp <= 0x22FF && cp != 0x2212 && cp != 0x2217) ||
            ((cp == 0x2212 || cp == 0xBC) && spaced))
            return 1;
        p += n ? n : 1;
    }
    return 0;
}

/* A label naming the kind of article in words with "article" ("Review
 * Article", "Original Article"), which the page prints apart from the title
 * and an extraction may give anywhere on the first page: no heading. */
static int type_label(const char *t) {
    char *printed = NULL;
    const char *type = jfyp_article_type_label(t, &printed);
    int label = type && printed && strchr(printed, ' ') && jfyp_stristr(printed, "article");
    free(printed);
    return label;
}

/* A caption's label set in spaced capitals ("TA BL E 1", "F I G U R E 2"):
 * the letters closed up ("TABLE1") open a caption. */
static int spaced_caption(const char *t) {
    const char *sp = strchr(t, ' ');
    if (!sp || sp - t > 3)
        return 0;
    char buf[24];
    size_t k = 0;
    for (const char *p = t; *p && k + 1 < sizeof buf; p++)
        if (*p != ' ')
            buf[k++] = *p;
    buf[k] = '\0';
    return jfyp_is_caption_start(buf);
}

/* A running head or foot: the page number, then the journal, its volume
 * and pages, closed by the year ("836 EXPERIMENTAL AND THERAPEUTIC
 * MEDICINE 11: 832-840, 2016"). No section is numbered in the hundreds. */
static int page_number_and_year(const char *t, size_t n) {
    size_t d = strspn(t, "0123456789");
    return d >= 3 && t[d] == ' ' && n >= d + 6 && isdigit((unsigned char)t[n - 1]) &&
           isdigit((unsigned char)t[n - 4]) && strspn(t + n - 4, "0123456789") == 4 &&
           (t[n - 5] == ' ' || t[n - 5] == ',') && (strncmp(t + n - 4, "19", 2) == 0 || strncmp(t + n - 4, "20", 2) == 0);
}

/* A nucleotide sequence (a primer's "5'-GGCATGGACTGTGGTC-3'"): a dozen
 * letters or more of A, C, G, T or U in a row. */
static int nucleotides(const char *t) {
    size_t run = 0;
    for (const char *p = t; *p; p++) {
        run = strchr("ACGTU", *p) && *p ? run + 1 : 0;
        if (run >= 12)
            return 1;
    }
    return 0;
}

/* A first page's side column labels the article's editor and reviewers
 * in capitals on a line of their own, their names and addresses under it
 * ("REVIEWED BY" / "Jane Roe," / "Example University, Country"): a fact,
 * no heading. */
static int side_label(const char *t) {
    return jfyp_strieq(t, "edited by") || jfyp_strieq(t, "reviewed by") ||
           jfyp_strieq(t, "edited and reviewed by");
}

/* A sentence's opening words, their comma, then the sentence going on in
 * lower case ("Here, we reveal an enhanced...", "Recently, the
 * recognition of..."): a paragraph's first line that the extraction set
 * apart, no heading (headings name, they do not argue). */
static int sentence_opening(const char *t) {
    static const char *const words[] = {
        "here", "however", "therefore", "recently", "moreover", "furthermore", "thus", "hence",
        "finally", "additionally", "interestingly", "notably", "similarly", "consequently",
        "nevertheless", "nonetheless", "importantly", "indeed", "specifically", "accordingly",
        "subsequently", "thereafter", "currently", "previously", "conversely", "alternatively",
        "meanwhile", "likewise", "in addition", "in contrast", "in this study", "in this work",
        "in this paper", "in summary", "in conclusion", "in particular", "taken together",
        "as a result", "to date", "for example", "on the other hand", NULL};
    for (int i = 0; words[i]; i++) {
        size_t n = strlen(words[i]);
        if (jfyp_strnieq(t, words[i], n) && t[n] == ',' && t[n + 1] == ' ' && islower((unsigned char)t[n + 2]))
            return 1;
    }
    /* any such opening as a preposition or a sequence word starts it, a
     * few words to its comma, the sentence going on for four words more
     * ("In early December 2019, reports of the disease", "Lastly, as
     * required by the city's health commission"); a heading's comma
     * parts a list of names ("Diagnosis, treatment and outcome") */
    static const char *const opens[] = {"in", "on", "at", "during", "after", "before", "since",
                                        "over", "for", "from", "by", "with", "within", "among",
                                        "despite", "following", "given", "although", "while",
                                        "when", "because", "as", "lastly", "first", "firstly",
                                        "second", "secondly", "third", "thirdly", "overall",
                                        "unfortunately", "surprisingly", "fortunately", NULL};
    size_t w = strcspn(t, " ,");
    int opener = 0;
    for (int i = 0; opens[i] && !opener; i++)
        opener = strlen(opens[i]) == w && jfyp_strnieq(t, opens[i], w);
    if (!opener || !isupper((unsigned char)t[0]))
        return 0;
    const char *c = strchr(t, ',');
    const char *stop = strpbrk(t, ".:;()");
    if (!c || c[1] != ' ' || !islower((unsigned char)c[2]) || (stop && stop < c))
        return 0;
    int before = 1;
    for (const char *p = t; p < c; p++)
        before += *p == ' ';
    return before <= 6 && jfyp_count_words(c + 1) >= 4;
}

/* An author's degree closing a byline or an address block's name line
 * ("A. S. Teope, BSN", "J. Somani, MD"): a person, no heading. */
static int ends_degree(const char *t, size_t n) {
    static const char *const degrees[] = {"MD", "M.D.", "PhD", "Ph.D.", "MBBS", "BSN", "RN", "MPH",
                                          "MSc", "BSc", "DVM", "BSRT", "FRCPC", "MBChB", "PharmD",
                                          "DMD", "DDS", "MSN", NULL};
    for (int i = 0; degrees[i]; i++) {
        size_t d = strlen(degrees[i]);
        if (n > d + 2 && strcmp(t + n - d, degrees[i]) == 0 && t[n - d - 1] == ' ' &&
            t[n - d - 2] == ',')
            return 1;
    }
    return 0;
}

/* A first page's labelled facts, which no heading opens with: the
 * article's history, the corresponding author's contact ("CONTACT Jane
 * Roe", "Address correspondence to Jane Roe"), a letter's word count. */
static int fact_label(const char *t) {
    static const char *const labels[] = {"article history", "address correspondence",
                                         "corresponding author", "word count", NULL};
    for (int i = 0; labels[i]; i++)
        if (starts_with_word(t, labels[i]))
            return 1;
    /* the label in capitals, the name after it: "Contact tracing" may
     * head a section, "CONTACT Jane Roe" does not */
    return strncmp(t, "CONTACT ", 8) == 0 && isupper((unsigned char)t[8]) &&
           islower((unsigned char)t[9]);
}

/* A word cut at the line's end ("acute respira-"), a sentence's subject
 * after its opening ("During 2019, we performed..."), a corresponding
 * author's star ("Jane Roe*"): a lone line that is a paragraph's first or
 * last or a byline, no heading: 2 when the sentence goes on after it (a
 * cut word, no sentence's end), 1 otherwise. (Not asked of the lines of a
 * block, whose readers join a cut word to the line after it.) */
static int sentence_piece(const char *t) {
    size_t n = strlen(t);
    /* (a heading wrapped at a cut word is short: "Participation as a
     * govern-" / "ance function") */
    if (n >= 3 && t[n - 1] == '-' && islower((unsigned char)t[n - 2]) && islower((unsigned char)t[n - 3]) &&
        jfyp_count_words(t) >= 6)
        return 2;
    if (strstr(t, ", we ") && n && !strchr(".!?:;", t[n - 1]))
        return 2;
    /* (a name: a table's column head "P-val*" is one word) */
    return strstr(t, ", we ") ||
           (n >= 2 && t[n - 1] == '*' && isalpha((unsigned char)t[n - 2]) && jfyp_count_words(t) >= 2);
}

/* Whether the block x's text opens in other than a capital (the rest of
 * a word or a sentence: "moquest-Finnigan", "(ThermoFisher"), so that no
 * heading of its own opens it. -1 on out of memory. */
static int opens_uncapital(const jfy_node *x) {
    char *u = jfyp_node_plain(x);
    if (!u)
        return -1;
    const char *p = u + strspn(u, " ");
    int on = *p && !isupper((unsigned char)*p) && (unsigned char)*p < 0x80;
    free(u);
    return on;
}

/* A page's furniture that extraction sets as a line of its own: a
 * publisher's banner ("Contents lists available at ScienceDirect",
 * "Available online 3 May 2020", "ARTICLE INFO", "Open Access Full Text
 * Article", "ARTICLE IN PRESS"), an advertisement's line closing the
 * article ("Submit your next manuscript to...", "Publish your work in
 * this journal"), a running head's citation ("Journal. 2020; 8(1): e74",
 * "No of Pages 4") or copyright ("Journal \u00a9 2020 Society"). Headings
 * name a part of the article, never these. */
static int banner_line(const char *t) {
    static const char *const starts[] = {"contents lists available", "available online",
                                         "article info", "articleinfo",
                                         "article in press", "open access full text",
                                         "publish your work in", "submit your next manuscript",
                                         "access this article online", NULL};
    for (int i = 0; starts[i]; i++)
        if (jfyp_strnieq(t, starts[i], strlen(starts[i])))
            return 1;
    /* (the journal's name before it: "Health Letters journal homepage:") */
    if (strstr(t, "\xc2\xa9") || jfyp_stristr(t, "journal homepage") || jfyp_stristr(t, "no of pages") ||
        jfyp_stristr(t, "no. of pages"))
        return 1;
    /* "2020; 8(1)": a year, then a volume and its issue */
    for (const char *p = t; (p = strpbrk(p, "12")) != NULL; p++) {
        if (!(strncmp(p, "19", 2) == 0 || strncmp(p, "20", 2) == 0) || strspn(p, "0123456789") != 4 ||
            (p > t && isdigit((unsigned char)p[-1])))
            continue;
        const char *q = p + 4;
        if (*q != ';' && *q != ',')
            continue;
        q += 1 + strspn(q + 1, " ");
        size_t v = strspn(q, "0123456789");
        if (v && q[v] == '(' && isdigit((unsigned char)q[v + 1]))
            return 1;
    }
    return 0;
}

/* A lone Roman number with no full stop ("II", "XI"): an affiliation's
 * mark the extraction set on a line of its own. (A section's number over
 * its name, "II." / "SURVEY DESIGN", keeps its stop and is joined to it.) */
static int roman_alone(const char *t) {
    size_t n = strspn(t, "IVX");
    return n && n <= 5 && !t[n];
}

/* Whether the text of a lone line could be a heading. */
static int line_could_head(const char *t) {
    size_t n = strlen(t);
    if (n < 2 || n > 300)
        return 0;
    int letters = 0, upper = 0;
    jfyp_utf8_case_counts(t, &letters, &upper);
    if (letters < 2 || garbled(t))
        return 0;
    int digits = 0, nonspace = 0;
    for (const char *p = t; *p; p++) {
        if (isdigit((unsigned char)*p))
            digits++;
        if (*p != ' ')
            nonspace++;
    }
    if (digits * 10 > nonspace * 3 || spaced_caption(t) || page_number_and_year(t, n) || nucleotides(t))
        return 0;
    /* a running head of the authors and the title, the page number after
     * them ("SMITH et al: GARLIC IN ENDODONTICS 837") */
    if (jfyp_stristr(t, " et al") && n > 3 && isdigit((unsigned char)t[n - 1]) &&
        isdigit((unsigned char)t[n - 2]))
        return 0;
    if (strchr(".,;", t[n - 1]) && !(letters == upper && t[n - 1] == '.'))
        return 0;
    /* a running header's authors ("MAYER ET AL.", "J. Nan et al.") */
    if (n >= 6 && jfyp_strieq(t + n - 6, "et al."))
        return 0;
    /* ... and with no full stop ("Simand et al", "Dovepress Li et al") */
    if (n >= 6 && jfyp_strieq(t + n - 6, " et al"))
        return 0;
    if (banner_line(t) || roman_alone(t))
        return 0;
    if (t[n - 1] == ':' && !jfyp_is_section_name(t))
        return 0;
    if (strpbrk(t, "=@<>\\") || strchr(t + jfyp_section_number(t, NULL), '|') || jfyp_stristr(t, "http") || jfyp_stristr(t, "www.") ||
        jfyp_stristr(t, "doi:") || jfyp_is_caption_start(t))
        return 0;
    /* a running footer's citation ("Name et al. (2017), Journal, DOI
     * 10.5555/x"); a line cut inside a parenthesis ("candidate (compound") */
    size_t dl;
    if (jfyp_find_doi(t, &dl) || unclosed_paren(t))
        return 0;
    /* two initials end it: a name the column cut before its surname
     * ("...a working group chaired by A P" / "Hungin, and...") */
    if (n >= 4 && isupper((unsigned char)t[n - 1]) && t[n - 2] == ' ' &&
        isupper((unsigned char)t[n - 3]) && t[n - 4] == ' ')
        return 0;
    /* one word joined by underscores is a file's or a variable's name, a
     * table's cell in a software paper ("02_fit_model.ipynb"), and no
     * heading: headings are words */
    if (strchr(t, '_') && !strchr(t, ' '))
        return 0;
    static const char *const front[] = {"keywords", "key words", "received", "accepted",
                                        "published", "correspondence", "e-mail", "email",
                                        "copyright", "citation", "editor", "doi",
                                        "academic editor", "handling editor", "how to cite",
                                        "cite this article", "please cite",
                                        /* ACS's first page: "Cite This: J. Chem.
                                         * Educ. 2025, 102, 2720-2731" */
                                        "cite this", "suggested citation",
                                        /* an open-access article's licence
                                         * line ("This article is licensed
                                         * under CC-BY 4.0", "Creative Commons
                                         * Attribution License") */
                                        "this article is licensed", "creative commons",
                                        /* Spanish and Portuguese journals' ("Como
                                         * citar este artigo/How to cite this
                                         * article") */
                                        "como citar", "c\xc3\xb3mo citar",
                                        /* the Crossmark badge's words, which
                                         * extraction sets as a line of their
                                         * own on a first page */
                                        "check for updates", NULL};
    for (int i = 0; front[i]; i++)
        if (starts_with_word(t, front[i]))
            return 0;
    if (side_label(t) || fact_label(t) || ends_degree(t, n))
        return 0;
    /* a preprint's running head ("Journal, Publish Ahead of Print") */
    if (jfyp_stristr(t, "ahead of print"))
        return 0;
    /* the licence's words cut from their sentence ("Commons Attribution
     * License", "...is licensed under a"), and a running head's page count
     * ("Smith et al. Trials (2021) 22:209 Page 2 of 3") */
    if (jfyp_furniture_words(t) || sentence_opening(t))
        return 0;
    /* the kind of article under its label in a first page's side column
     * ("TYPE Original Research", "TYPE Opinion"): a fact, no heading */
    if (starts_with_word(t, "type") && t[4] == ' ') {
        char *printed = NULL;
        const char *kind = jfyp_article_type_label(t + 5, &printed);
        free(printed);
        if (kind)
            return 0;
    }
    if (jfyp_count_words(t) > 40)
        return 0;
    /* a year and a full stop open a reference's line cut after its
     * authors ("2025. \u201cA Survey of...\u201d"), never a section's number */
    if (n >= 6 && (strncmp(t, "19", 2) == 0 || strncmp(t, "20", 2) == 0) &&
        isdigit((unsigned char)t[2]) && isdigit((unsigned char)t[3]) && t[4] == '.' && t[5] == ' ')
        return 0;
    const char *body = t + jfyp_section_number(t, NULL);
    /* two names as reference lists print them open a numbered entry's
     * first line, which a layout reader set in a box of its own ("37.
     * Lund, P.A.; Berg, K. The use of..."); no heading names people so */
    size_t nm = body > t ? jfyp_ref_name_at(body) : 0;
    if (nm && (body[nm] == ';' || body[nm] == ',') && body[nm + 1] == ' ' &&
        jfyp_ref_name_at(body + nm + 2))
        return 0;
    size_t l;
    int cp = jfyp_utf8_decode(body, &l);
    utf8proc_category_t c = utf8proc_category(cp);
    if (c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_ND)
        return 1;
    if (c == UTF8PROC_CATEGORY_LL) {
        /* "cBIN1 recruitment...", "miRE prediction": a name set lower first */
        for (const char *p = body + l; *p && *p != ' '; p++)
            if (isupper((unsigned char)*p) || isdigit((unsigned char)*p))
                return 1;
        return 0;
    }
    /* "…and the rest" */
    return cp == 0x2026 || cp == '"' || cp == 0x201C;
}

static int is_break(const jfy_node *n) {
    return n->type == JFY_N_SOFTBREAK || n->type == JFY_N_LINEBREAK;
}

static int one_line(const jfy_node *p) {
    for (const jfy_node *k = p->first; k; k = k->next)
        if (is_break(k))
            return 0;
    return p->first != NULL;
}

/* A side column's label set apart from the names it labels (a reader
 * gave the label a block of its own) goes back over them: one fact, one
 * paragraph. */
static int join_side_labels(jfyp_rec *r) {
    for (jfy_node *n = jfyp_rec_first(r); n; n = jfyp_rec_next(r, n)) {
        jfy_node *x = jfyp_rec_next(r, n);
        if (n->type != JFY_N_PARAGRAPH || !one_line(n) || !x || x->type != JFY_N_PARAGRAPH ||
            jfyp_node_attr(n, "running-header") || jfyp_node_attr(x, "running-header"))
            continue;
        char *t = jfyp_range_text(n->first, n->last);
        if (!t)
            return -1;
        int label = side_label(t);
        free(t);
        if (label && jfyp_paras_join(n, x) < 0)
            return -1;
    }
    return 0;
}


/* ---- headings set in spaced letters ----
 *
 * Display type may letter-space a heading, and the extraction then cuts
 * it wherever the gap between two letters looked wide: "I N T RODUC T
 * ION", "ACC R E DI TAT ION A N D", "C ON F L IC T OF I N T E R E ST". Real
 * word gaps are among the cuts but nothing marks which. Such a line is set
 * whole again: the letters closed up, a space kept before and after a
 * linking word that stands whole in the cuts ("A N D", "OF"), and a run of
 * pieces that spells words of the conventional section names split into
 * them ("INTEREST STATEMENT", "SUPPORTING INFORMATION"). */

#define MAX_PIECES 64

/* Whether piece s[0..n) is capitals (with a dash, a question mark...). */
static int caps_piece(const char *s, size_t n, int *letters) {
    *letters = 0;
    for (size_t i = 0; i < n;) {
        size_t l;
        int cp = jfyp_utf8_decode(s + i, &l);
        if (!l)
            return 0;
        utf8proc_category_t c = utf8proc_category(cp);
        if (c == UTF8PROC_CATEGORY_LU)
            (*letters)++;
        else if (!(cp == 0x2014 || cp == 0x2013 || (cp < 0x80 && strchr("-?:,&'()", cp))))
            return 0;
        i += l;
    }
    return 1;
}

/* Whether s[0..n) is a word of the conventional section names. */
static int name_word(const char *s, size_t n) {
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        for (const char *w = names[i].name; *w;) {
            size_t k = strcspn(w, " ");
            if (k == n && jfyp_strnieq(w, s, n))
                return 1;
            w += k;
            while (*w == ' ')
                w++;
        }
    return 0;
}

/* Pieces p[from, to) split into words of the section names at the cuts
 * (fewest words); the word starts marked in brk, 0 when they do not. */
static int name_words(const char *const *p, const size_t *len, size_t from, size_t to,
                      unsigned char *brk) {
    int best[MAX_PIECES + 1];
    size_t prev[MAX_PIECES + 1];
    char buf[128];
    best[0] = 0;
    for (size_t j = 1; j <= to - from; j++) {
        best[j] = -1;
        for (size_t i = 0; i < j; i++) {
            if (best[i] < 0 || (best[j] >= 0 && best[i] + 1 >= best[j]))
                continue;
            size_t n = 0;
            int fits = 1;
            for (size_t k = from + i; k < from + j && fits; k++) {
                fits = n + len[k] < sizeof buf;
                if (fits) {
                    memcpy(buf + n, p[k], len[k]);
                    n += len[k];
                }
            }
            if (fits && name_word(buf, n)) {
                best[j] = best[i] + 1;
                prev[j] = i;
            }
        }
    }
    if (best[to - from] < 0)
        return 0;
    for (size_t j = to - from; j > 0; j = prev[j])
        brk[from + prev[j]] = 1;
    return 1;
}

/* The pieces closed up, a space where brk marks a word's start; NULL
 * (and *oom) when out of memory. */
static char *join_pieces(const char *const *p, const size_t *len, size_t n, const unsigned char *brk,
                         int *oom) {
    jfyp_buf b;
    jfyp_buf_init(&b);
    for (size_t i = 0; i < n; i++) {
        if (i && brk[i])
            jfyp_buf_put(&b, " ", 1);
        jfyp_buf_put(&b, p[i], len[i]);
    }
    char *out = jfyp_buf_finish(&b);
    if (!out)
        *oom = 1;
    return out;
}

/* The line t closed up, or NULL (*oom set on out of memory) when it is not
 * set in spaced letters; after a spaced line in the same block (follow) a
 * wrapped heading's last short line needs fewer cuts ("H I STORY"). */
static char *close_spaced(const char *t, int follow, int *oom) {
    const char *p[MAX_PIECES];
    size_t len[MAX_PIECES], n = 0;
    int singles = 0;
    for (const char *s = t; *s;) {
        while (*s == ' ')
            s++;
        if (!*s)
            break;
        if (n == MAX_PIECES)
            return NULL;
        size_t k = strcspn(s, " ");
        int letters;
        if (!caps_piece(s, k, &letters))
            return NULL;
        singles += letters == 1;
        p[n] = s;
        len[n++] = k;
        s += k;
    }
    if (n < 2)
        return NULL;
    if (follow ? singles < 1 : singles < 3 || singles * 10 < (int)n * 3) {
        /* or cut into runs of a few letters, not single ones, where the
         * runs close up into the section names' words and nothing else
         * ("DISC USS I ON", "S UP PO RT ING IN FOR MAT ION") */
        unsigned char brk[MAX_PIECES + 1] = {0};
        size_t words = 0;
        if (follow || !name_words(p, len, 0, n, brk))
            return NULL;
        for (size_t i = 0; i < n; i++)
            words += brk[i];
        if (words >= n)
            return NULL;
        return join_pieces(p, len, n, brk, oom);
    }
    /* linking words whole in the cuts; "THE", "FOR" open longer words
     * ("THE R A P Y", "FOR M S") unless a longer piece follows */
    static const char *const links[] = {"AND", "OF", "WITH", "FROM", "THE", "FOR", NULL};
    unsigned char brk[MAX_PIECES + 1] = {0};
    for (size_t i = 0; i < n; i++)
        for (int w = 0; links[w]; w++) {
            size_t wl = strlen(links[w]), got = 0, j = i;
            while (j < n && got < wl && got + len[j] <= wl &&
                   memcmp(links[w] + got, p[j], len[j]) == 0)
                got += len[j++];
            if (got != wl)
                continue;
            if (w >= 4 && j < n && len[j] < 2)
                continue;
            brk[i] = brk[j] = 1;
            i = j - 1;
            break;
        }
    brk[0] = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && !brk[j])
            j++;
        name_words(p, len, i, j, brk);
        i = j;
    }
    return join_pieces(p, len, n, brk, oom);
}

/* close_spaced for a line that may open with a section number, which
 * stays as printed: Wiley's template tracks its headings' capitals after
 * the number and a bar ("3 | R E S U LT S"). */
static char *close_numbered_spaced(const char *t, int follow, int *oom) {
    size_t num = jfyp_section_number(t, NULL);
    if (!num)
        return close_spaced(t, follow, oom);
    int letters = 0;
    for (const char *p = t + num; *p; p++)
        letters += isupper((unsigned char)*p) != 0;
    char *c = letters >= 4 ? close_spaced(t + num, follow, oom) : NULL;
    if (!c)
        return NULL;
    size_t cl = strlen(c);
    char *out = malloc(num + cl + 1);
    if (out) {
        memcpy(out, t, num);
        memcpy(out + num, c, cl + 1);
    } else
        *oom = 1;
    free(c);
    return out;
}

/* Every line of the unclaimed blocks set in spaced letters, closed up. */
static int close_spaced_lines(jfyp_rec *r) {
    for (jfy_node *n = jfyp_rec_first(r); n; n = jfyp_rec_next(r, n)) {
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        int follow = 0;
        for (jfy_node *k = n->first; k; k = k->next) {
            if (is_break(k))
                continue;
            int whole = k->type == JFY_N_TEXT && k->text && (!k->prev || is_break(k->prev)) &&
                        (!k->next || is_break(k->next));
            int oom = 0;
            char *c = whole ? close_numbered_spaced(k->text, follow, &oom) : NULL;
            if (oom)
                return -1;
            follow = c != NULL;
            if (c) {
                int rc = jfyp_node_set_text(k, c);
                free(c);
                if (rc < 0)
                    return -1;
            }
        }
    }
    return 0;
}
/* The paragraph is one bold span and nothing else. */
static int bold_only(const jfy_node *p) {
    const jfy_node *k = p->first;
    return k && k == p->last && k->type == JFY_N_STRONG && one_line(k);
}

/* A one-item ordered list whose item is one short line: CommonMark's
 * reading of "1. Introduction". */
static const jfy_node *numbered_item(const jfy_node *n) {
    if (n->type != JFY_N_LIST || !jfyp_node_attr(n, "ordered") || !n->first ||
        n->first != n->last)
        return NULL;
    const jfy_node *it = n->first;
    if (!it->first || it->first != it->last || it->first->type != JFY_N_PARAGRAPH ||
        !one_line(it->first))
        return NULL;
    return it->first;
}

int jfyp_heading_text(const jfy_node *n, char **text) {
    *text = NULL;
    const jfy_node *src = n;
    const char *num = NULL;
    if (n->type == JFY_N_LIST && !jfyp_node_attr(n, "ordered")) {
        /* a heading in capitals led by a square ("■ INTRODUCTION", as ACS
         * sets every section's), which the bullets' reader took for a
         * one-item list; capitals alone on a line are no list's item */
        const jfy_node *it = n->first;
        if (!it || it != n->last || !it->first || it->first != it->last ||
            it->first->type != JFY_N_PARAGRAPH || !one_line(it->first))
            return 0;
        src = it->first;
        char *t = jfyp_node_plain(src);
        if (!t)
            return -1;
        jfyp_squeeze(t);
        int caps = all_caps(t) && jfyp_count_words(t) <= 12 && line_could_head(t) && !ends_function_word(t);
        if (!caps) {
            free(t);
            return 0;
        }
        *text = t;
        return 1;
    } else if (n->type == JFY_N_LIST) {
        if (!(src = numbered_item(n)))
            return 0;
        num = jfyp_node_attr(n, "start");
        if (!num)
            num = "1";
    } else if (n->type == JFY_N_PARAGRAPH) {
        if (!one_line(n) || jfyp_node_attr(n, "running-header"))
            return 0;
    } else if (n->type != JFY_N_HEADING) {
        return 0;
    }
    char *t = jfyp_node_plain(src);
    if (!t)
        return -1;
    jfyp_squeeze(t);
    if (num) {
        char *u = jfyp_printf("%s. %s", num, t);
        free(t);
        if (!u)
            return -1;
        t = u;
    }
    if (n->type != JFY_N_HEADING && !bold_only(n) && (!line_could_head(t) || ends_function_word(t))) {
        free(t);
        return 0;
    }
    if (n->type != JFY_N_HEADING && bold_only(n) &&
        (strlen(t) > 200 || strchr(".,;:", t[strlen(t) - 1]) || jfyp_is_caption_start(t))) {
        free(t);
        return 0;
    }
    *text = t;
    return 1;
}

/* ---- levels ---- */

static int is_upper_style(const char *t) {
    const char *body = t + jfyp_section_number(t, NULL);
    int letters = 0, upper = 0;
    jfyp_utf8_case_counts(body, &letters, &upper);
    /* small capitals may extract with a last plural s in lower case
     * ("MATERIALS AND METHODs") */
    size_t bl = strlen(body);
    if (letters >= 8 && upper == letters - 1 && bl >= 2 && body[bl - 1] == 's' &&
        isupper((unsigned char)body[bl - 2]))
        upper++;
    if (letters < 4 || upper != letters)
        return 0;
    /* a lone acronym ("DBLP") is a name, not a capitalised heading */
    return jfyp_count_words(body) >= 2 || letters >= 6 || jfyp_is_section_name(body);
}

/* A word of four or five capitals alone that reads as a word ("STORY",
 * "AIMS"), not as an acronym's letters ("DBLP", "IJCPD": no vowel, or a
 * run of four consonants): a heading on a page whose headings are set in
 * capitals. */
static int lone_caps_word(const char *t) {
    const char *body = t + jfyp_section_number(t, NULL);
    int letters = 0, upper = 0, vowels = 0, run = 0;
    jfyp_utf8_case_counts(body, &letters, &upper);
    if (letters < 4 || upper != letters || jfyp_count_words(body) != 1)
        return 0;
    for (const char *p = body; *p; p++) {
        if (!isupper((unsigned char)*p))
            continue;
        if (strchr("AEIOUY", *p)) {
            vowels++;
            run = 0;
        } else if (++run >= 4) {
            return 0;
        }
    }
    return vowels > 0;
}

/* How a heading in ordinary case is cased: 1 Title Case ("Problems Using
 * Digital Libraries"), 2 sentence case ("Summary of libraries"), 0 too
 * short to tell. The first word, short words and acronyms do not count. */
static int case_style(const char *t) {
    int cap = 0, low = 0, first = 1;
    const char *p = t + jfyp_section_number(t, NULL);
    while (*p) {
        while (*p == ' ')
            p++;
        const char *w = p;
        while (*p && *p != ' ')
            p++;
        if (p == w)
            break;
        if (first) {
            first = 0;
            continue;
        }
        while (w < p && strchr("(\"'[", *w))
            w++;
        int letters = 0, up = 0, digit = 0;
        for (const char *q = w; q < p; q++) {
            letters += isalpha((unsigned char)*q) || (unsigned char)*q >= 0x80;
            up += isupper((unsigned char)*q) != 0;
            digit += isdigit((unsigned char)*q) != 0;
        }
        if (letters < 4 || digit || up == letters)
            continue;
        if (isupper((unsigned char)*w))
            cap++;
        else if (islower((unsigned char)*w))
            low++;
    }
    if (cap >= 2 && !low)
        return 1;
    return low && low > cap ? 2 : 0;
}

/* The conventional names of the research sections proper (methods,
 * results, discussion), under which unnamed headings are subheadings. */
static int imrad_core(const char *t) {
    const char *type = jfyp_section_type(t);
    return type && (strstr(type, "methods") || strstr(type, "results") ||
                    strstr(type, "discussion"));
}

/* Whether t names a part of the section named open, of type open_type:
 * its conventional type is one of open's ("Methods" under "Experimental"
 * or "Materials and methods"), and it is not open's name again. */
static int within_type(const char *t, const char *open, const char *open_type) {
    if (!open || !open_type || jfyp_section_kind(t) != JFYP_SEC_TOP || jfyp_strieq(t, open))
        return 0;
    const char *type = jfyp_section_type(t);
    if (!type || strchr(type, '|'))
        return 0;
    size_t n = strlen(type);
    for (const char *p = strstr(open_type, type); p; p = strstr(p + 1, type))
        if ((p == open_type || p[-1] == '|') && (p[n] == '\0' || p[n] == '|'))
            return 1;
    return 0;
}

/* Which of the research sections proper (1 methods, 2 results, 4
 * discussion) a conventional name names. */
static int core_bits(const char *t) {
    const char *type = jfyp_section_kind(t) == JFYP_SEC_TOP ? jfyp_section_type(t) : NULL;
    if (!type)
        return 0;
    return (strstr(type, "methods") ? 1 : 0) | (strstr(type, "results") ? 2 : 0) |
           (strstr(type, "discussion") ? 4 : 0);
}

typedef struct {
    jfy_node *n;
    char *text;
    int style; /* 0 Markdown, 1 numbered, 2 capitals, 3 ordinary, 4 bold */
    int depth;
    int stray; /* a references line their reader left */
    int paren; /* numbered "1)" rather than "1." */
    int space; /* 1 blank above, text right below; 2 the other way round */
    int repeated; /* its words stand alone on three lines or more */
} cand;

static int cand_text_cmp(const void *a, const void *b) {
    return strcmp((*(const cand *const *)a)->text, (*(const cand *const *)b)->text);
}

/* A line of the page's own words in capitals or ordinary case that no
 * section is named by, printed alone three times or more ("CCARPD" in a
 * table's column of exposures, a running head), is a cell or a page's
 * furniture: a heading names its section once. Marks them and takes
 * them out of the counts of the page's styles. -1 out of memory. */
static int mark_repeated(cand *v, size_t len, int *upper, int *titled, int *sentenced) {
    if (len < 3)
        return 0;
    cand **w = malloc(len * sizeof *w);
    if (!w)
        return -1;
    size_t m = 0;
    for (size_t i = 0; i < len; i++)
        if ((v[i].style == 2 || v[i].style == 3) && jfyp_section_kind(v[i].text) == JFYP_SEC_NONE)
            w[m++] = &v[i];
    if (m < 3) {
        free(w);
        return 0;
    }
    qsort(w, m, sizeof *w, cand_text_cmp);
    for (size_t i = 0, j; i < m; i = j) {
        for (j = i + 1; j < m && strcmp(w[i]->text, w[j]->text) == 0; j++)
            ;
        if (j - i < 3)
            continue;
        for (size_t k = i; k < j; k++) {
            w[k]->repeated = 1;
            if (w[k]->style == 2) {
                (*upper)--;
            } else {
                int cs = case_style(w[k]->text);
                *titled -= cs == 1;
                *sentenced -= cs == 2;
            }
        }
    }
    free(w);
    return 0;
}

/* How the blank lines about a heading fall: pdftotext leaves one where
 * the page has more space than a line's, and publishers space a section's
 * heading from the text above and a subsection's from the text below. */
static int spacing(const jfy_node *n) {
    const jfy_node *p = n->prev, *x = n->next;
    if (!n->line || !n->end_line || !x || !x->line)
        return 0;
    int above = !p || (p->end_line && n->line - p->end_line >= 2);
    int tight_above = p && p->end_line && n->line - p->end_line == 1;
    if (above && x->line - n->end_line == 1)
        return 1;
    if (tight_above && x->line - n->end_line >= 2)
        return 2;
    return 0;
}

/* Whether a numbered line prints its number closed by a parenthesis
 * ("3) Process of repetition"); a list's item keeps the marker it printed. */
static int paren_numbered(const jfy_node *n, const char *t) {
    const char *m = NULL;
    if (n->type == JFY_N_LIST && n->first)
        m = jfyp_node_attr(n->first, "marker");
    else if (n->type == JFY_N_PARAGRAPH)
        m = t;
    if (!m)
        return 0;
    while (isdigit((unsigned char)*m))
        m++;
    return *m == ')';
}

/* The top-level block before n, or NULL. */
static const jfy_node *prev_block(const jfy_node *n) {
    const jfy_node *x = n->prev;
    while (x && (x->type == JFY_N_FRONT || x->type == JFY_N_BODY || x->type == JFY_N_BACK))
        x = x->prev;
    return x;
}

static int make_heading(jfy_node *n, int level, const char *text) {
    jfy_node *h = jfyp_node_new(JFY_N_HEADING);
    char lv[8];
    snprintf(lv, sizeof lv, "%d", level < 1 ? 1 : level > 6 ? 6 : level);
    if (!h || jfyp_node_set_attr(h, "level", lv) < 0) {
        jfyp_node_free(h);
        return -1;
    }
    jfyp_node_span_from(h, n);
    /* a number set apart from the name (recognize_pages.c) is its label */
    if (jfyp_node_attr(n, "label-apart") && jfyp_node_set_attr(h, "label-apart", "yes") < 0) {
        jfyp_node_free(h);
        return -1;
    }
    if (n->type == JFY_N_LIST) {
        /* the list number is the heading's; its text is the item's */
        jfy_node *t = jfyp_node_new_text(JFY_N_TEXT, text);
        if (!t) {
            jfyp_node_free(h);
            return -1;
        }
        jfyp_node_append(h, t);
    } else if (n->first && n->first == n->last && n->first->type == JFY_N_STRONG) {
        jfyp_node_move_children(n->first, h);
    } else {
        jfyp_node_move_children(n, h);
    }
    jfyp_node_insert_before(n, h);
    jfyp_node_free(n);
    return 0;
}

/* ---- headings run into the text (PDF extraction) ----
 *
 * pdftotext puts no blank line under a heading: "Methods" (or a heading
 * wrapped over two lines, "Genome sequencing and" / "annotation") arrives
 * as the first line(s) of the paragraph it heads. In justified text only
 * a paragraph's last line falls short of the column, so a short
 * heading-shaped first line over a full line is a heading. A numbered
 * heading run into its text ("1. Introduction" / "Fusarium head ...")
 * reads in CommonMark as a list item; such a list is taken apart. */

static int comma_count(const char *s);

static size_t cp_count(const char *s) { return jfyp_utf8_count(s, strlen(s)); }

/* The text column's width read from the widths of its lines (sorted in
 * place): justified lines of the text cluster just short of the measure;
 * the wider lines of a full-width abstract, a table or a second column run
 * on may be more than a tenth of all: the measure is read in the densest
 * band of line widths (a band an eighth wide), at the 90th percentile of
 * the lines near it. */
size_t jfyp_dense_measure(size_t *w, size_t len) {
    if (!len)
        return 0;
    jfyp_sort_sizes(w, len);
    size_t best = 0, top = len - 1;
    for (size_t i = 0, j = 0; i < len; i++) {
        if (w[i] < 20)
            continue;
        while (w[j] * 100 < w[i] * 88)
            j++;
        if (i - j + 1 >= best) {
            best = i - j + 1;
            top = i;
        }
    }
    size_t c = w[top], lo = 0, hi = 0;
    while (lo < len && w[lo] * 100 < c * 75)
        lo++;
    for (hi = lo; hi < len && w[hi] * 100 <= c * 115; hi++)
        ;
    return hi > lo ? w[lo + (hi - lo) * 9 / 10] : w[len * 9 / 10];
}

/* The text column's width: the 90th percentile of the line lengths of the
 * multi-line paragraphs; 0 when there are too few lines to tell. */
static int column_measure(jfyp_rec *r, size_t *measure) {
    size_t len = 0, cap = 0, *w = NULL;
    *measure = 0;
    for (jfy_node *b = jfyp_rec_first(r); b; b = jfyp_rec_next(r, b)) {
        /* the paragraphs of list items too: numbered headings run into
         * their text make lists of the sections */
        jfy_node *n = b->type == JFY_N_LIST && b->first ? b->first->first : b;
        for (; n; n = n->parent->type == JFY_N_ITEM && n->parent->next
                         ? n->parent->next->first : NULL) {
        if (n->type != JFY_N_PARAGRAPH || one_line(n))
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0) {
            free(w);
            return -1;
        }
        for (size_t i = 0; i < l.n; i++) {
            if (jfyp_sizes_push(&w, &len, &cap, cp_count(l.v[i].text)) < 0) {
                free(w);
                jfyp_lines_free(&l);
                return -1;
            }
        }
        jfyp_lines_free(&l);
        }
    }
    if (len >= 24)
        *measure = jfyp_dense_measure(w, len);
    free(w);
    return 0;
}

static int ends_glue(const char *t) {
    static const char *const glue[] = {"and", "of", "the", "for", "in", "at", "to", "a", "an",
                                       "on", "with", "from", "by", "de", "da", "do", "e",
                                       "y", "&", NULL};
    const char *w = strrchr(t, ' ');
    w = w ? w + 1 : t;
    for (int i = 0; glue[i]; i++)
        if (strcmp(w, glue[i]) == 0)
            return 1;
    return 0;
}

/* A line stopped by a slash glued to its last word ("Medical
 * Diagnosis/" over "Prediction"): a pair of words a heading names
 * together, broken where the slash let the line break; an address breaks
 * at its slashes too, so none here. */
static int ends_slash(const char *t) {
    size_t n = strlen(t);
    return n >= 2 && t[n - 1] == '/' && isalpha((unsigned char)t[n - 2]) && !strstr(t, "//") &&
           !jfyp_stristr(t, "www.") && !strchr(t, '@');
}

/* A word of t an auxiliary verb ("are", "was", "can"): a clause, which
 * a sentence's lines hold ("Longer consultations are associated with a
 * range" / "of better outcomes"), and a heading in sentence case seldom. */
static int auxiliary_inside(const char *t) {
    static const char *const aux[] = {"is", "are", "was", "were", "be", "been", "being", "can",
                                      "could", "should", "would", "will", "may", "might",
                                      "must", "has", "have", "had", "does", "did", NULL};
    const char *p = t;
    while (*p) {
        while (*p == ' ')
            p++;
        const char *w = p;
        while (*p && *p != ' ')
            p++;
        for (int i = 0; aux[i] && p > w; i++)
            if ((size_t)(p - w) == strlen(aux[i]) && strncmp(w, aux[i], (size_t)(p - w)) == 0)
                return 1;
    }
    return 0;
}

/* A line that opens with a dash or a star glued to a word ("-E.faecalis",
 * "-Effective in removing...", "*The angiogenesis of..."): an item of a
 * table's cell, which the table sets an item a line; prose breaks no line
 * before a dash, and a list sets a space after its bullet. */
static int dash_item(const char *t) {
    return (t[0] == '-' || t[0] == '*') && isalpha((unsigned char)t[1]);
}

/* A line of running text under a heading: a full line, or the first of
 * the one-word lines a justified narrow column breaks into. */
static int text_line_at(const jfyp_lines *l, size_t i, size_t measure) {
    if (i >= l->n || jfyp_starts_lower(l->v[i].text) || dash_item(l->v[i].text))
        return 0;
    if (cp_count(l->v[i].text) * 10 >= measure * 7)
        return 1;
    return i + 2 < l->n && jfyp_count_words(l->v[i].text) == 1 && jfyp_count_words(l->v[i + 1].text) == 1;
}

/* A line closed by a parenthesis it opened on a name, not a citation:
 * "Garlic (Allium Sativum)", "Model for Data Evaluation (MoFoDatEv)"; a
 * line of text ends on a year or a reference ("(Name, 2002)", "(Table 2)"). */
static int ends_named_paren(const char *t) {
    size_t n = strlen(t);
    if (!n || t[n - 1] != ')')
        return 0;
    /* the heading's words open with a capital, after its number ("1.
     * Introduction (why herbal genomics?)") */
    const char *o = strrchr(t, '('), *w = t + jfyp_section_number(t, NULL);
    if (!o || o == t || o[-1] != ' ' || !isupper((unsigned char)*w))
        return 0;
    for (const char *p = o + 1; p < t + n - 1; p++)
        if (isdigit((unsigned char)*p) || *p == ',' || *p == ';' || *p == '(')
            return 0;
    return o + 2 < t + n && !jfyp_is_caption_start(o + 1) && !jfyp_stristr(o, "et al") &&
           !jfyp_stristr(o, "see ");
}

static int short_line_head(const char *t, size_t measure) {
    size_t n = strlen(t);
    /* a numbered heading, set in a larger type, may run nearly to the
     * column's edge before it wraps */
    int numbered = jfyp_section_number(t, NULL) && atoi(t) <= 20;
    size_t most = numbered && comma_count(t) < 3 ? 9 : 6;
    /* and may be long when every word of it is capitalised ("2. Control
     * of Food Borne Bacteria by Volatiles in Small Fruits") */
    int words = jfyp_count_words(t);
    return n && cp_count(t) * 10 <= measure * most &&
           (words <= 10 || (numbered && words <= 16 && case_style(t) == 1)) &&
           (!strchr(".,;:)", t[n - 1]) || ends_named_paren(t)) && line_could_head(t) &&
           !formula_sign(t);
}

/* A heading of one line: it cannot end on "the", "of", "and". */
static int short_head(const char *t, size_t measure) {
    return short_line_head(t, measure) && !ends_glue(t);
}

/* Whether the first word of b is a word of a ("Data management" under
 * "Data collection and management"), case aside. */
static int names_part(const char *a, const char *b) {
    size_t k = strcspn(b, " ");
    if (k < 3)
        return 0;
    for (const char *p = a; *p;) {
        size_t w = strcspn(p, " ");
        if (w == k && jfyp_strnieq(p, b, k))
            return 1;
        p += w;
        p += strspn(p, " ");
    }
    return 0;
}

/* Whether a and b, two short lines, are one heading wrapped: a ends on a
 * word that cannot end one, or b goes on in lower case, or b is a last
 * word or two. */
static int wrapped_pair(const char *a, const char *b, size_t measure) {
    /* a long heading in Title Case wraps into Title Case ("Threshold
     * Rules for Sensor Network Performance" / "Evaluation"): its type is
     * larger, so its first line may reach 9/10 of the column; a line of
     * text has words in lower case, a subheading under it a shape of its
     * own (numbered, sentence case, a conventional name). A first line
     * short of 7/10 did not wrap: a subheading in Title Case may follow
     * it ("Biosynthesis of Copper Nanoparticles" / "Parts of Plant Used") */
    int titled_long = cp_count(a) * 10 > measure * 7 && case_style(a) == 1 && jfyp_count_words(a) >= 4 &&
                      isupper((unsigned char)b[0]) &&
                      case_style(b) != 2 && !jfyp_section_number(b, NULL) && !jfyp_is_section_name(a) &&
                      !jfyp_is_section_name(b) && short_line_head(a, measure * 9 / 6);
    /* a heading in sentence case wraps the same way, its last words
     * going on in lower case ("Practical rules for skipping stations
     * during" / "high water periods"); a line of text over a paragraph's
     * last line would leave that line its full stop, and a sentence's
     * lines in a box of points hold its verb and its commas */
    int sentenced_long = cp_count(a) * 10 > measure * 6 && case_style(a) == 2 &&
                         jfyp_count_words(a) >= 4 && jfyp_starts_lower(b) &&
                         !jfyp_is_section_name(a) && !sentence_inside(a) && !strchr(a, ',') &&
                         !auxiliary_inside(a) && !auxiliary_inside(b) &&
                         short_line_head(a, measure * 9 / 6);
    /* a heading's type is larger than the text's: wrapped before a word
     * that cannot end it ("Longer consultations: benefits for" /
     * "patients") or before its last word alone ("Natural Immunity:
     * Uterine Defense" / "Mechanism"), its first line may reach 7/10 of
     * the column */
    if (!(short_line_head(a, measure) || titled_long || sentenced_long ||
          ((ends_glue(a) || jfyp_count_words(b) == 1) && short_line_head(a, measure * 7 / 6)) ||
          /* broken at its slash, it may run to the column's edge: a
           * line of text would not stop on a slash */
          (ends_slash(a) && short_line_head(a, measure * 10 / 6))) ||
        cp_count(b) * 10 > measure * 6 || jfyp_count_words(b) > 6 || ends_glue(b))
        return 0;
    size_t n = strlen(b);
    if (!n || strchr(".,;:", b[n - 1]) || jfyp_is_caption_start(b))
        return 0;
    /* a line closed by a number (a running foot's "Journal, City,
     * 33:e200068, 2021") over a section's conventional name alone: the
     * name heads a section of its own; a heading wraps before a word
     * that cannot end it, not after its volume or year */
    size_t an = strlen(a);
    if (an && isdigit((unsigned char)a[an - 1]) && jfyp_is_section_name(b))
        return 0;
    /* a numbered heading in Title Case that wrapped well into the
     * column goes on in Title Case ("2. Notch Signalling Is Aberrantly" /
     * "Activated in Breast Cancer"); a subheading under it would be
     * numbered or in sentence case */
    int titled_on = jfyp_section_number(a, NULL) && !jfyp_section_number(b, NULL) &&
                    cp_count(a) * 10 >= measure * 4 && case_style(a) == 1 &&
                    case_style(b) != 2 && !jfyp_is_section_name(b);
    /* capitals over capitals, the first no section's name: one heading
     * in capitals wrapped */
    int caps_on = all_caps(a) && all_caps(b) && !jfyp_is_section_name(a);
    /* a section's conventional name is whole: a line in lower case under
     * it is a subheading set in small capitals, which pdfminer gives in
     * lower case ("Materials and methods" / "chemicals and plants") */
    int lower_on = jfyp_starts_lower(b) && !jfyp_is_section_name(a);
    /* a last word or two; but a heading in sentence case goes on in
     * lower case, so a line under it capitalising a word of its own
     * names a part of it, a subheading ("Data collection and management"
     * / "Data management") */
    int tail_on = jfyp_count_words(b) <= 2 && !jfyp_is_section_name(a) &&
                  !(case_style(a) == 2 && isupper((unsigned char)b[0]) && islower((unsigned char)b[1]) &&
                    names_part(a, b));
    if (!(ends_glue(a) || ends_slash(a) || lower_on || titled_on || titled_long || caps_on || tail_on))
        return 0;
    return jfyp_count_words(a) + jfyp_count_words(b) <= 18;
}

static int comma_count(const char *s) {
    int n = 0;
    for (; *s; s++)
        n += *s == ',';
    return n;
}

/* Whether line b goes on the heading line a stops in: a ends on a comma
 * or a word that cannot end a heading, or b goes on in lower case. */
static int goes_on(const char *a, const char *b) {
    size_t n = strlen(a);
    return (n && a[n - 1] == ',') || ends_glue(a) || jfyp_starts_lower(b);
}

#define MAX_HEAD_LINES 8

/* Whether lines i..i+k-1, a heading in Title Case, broke only where the
 * next word would not fit ("Control and Prevention Measures" / "for
 * COVID-19 Among Pregnant" / "Women in Chengdu"): a wrapped heading fills
 * its lines to the widest of them, while a subheading under a heading
 * opens on a line of its own though its first word would have fit after
 * the heading's last, and a short heading over a wider subheading leaves
 * its line well short of the widest. The first line no conventional name
 * and no line after it numbered: a heading over its subheadings. */
static int titled_wraps(const jfyp_lines *l, size_t i, size_t k, size_t widest) {
    if (jfyp_is_section_name(l->v[i].text))
        return 0;
    for (size_t j = i + 1; j < i + k; j++) {
        const char *a = l->v[j - 1].text, *b = l->v[j].text;
        if (goes_on(a, b))
            continue;
        size_t w = strcspn(b, " ");
        if (!isupper((unsigned char)b[0]) || jfyp_section_number(b, NULL) || jfyp_is_section_name(b) ||
            case_style(a) == 2 || cp_count(a) * 10 < widest * 8 ||
            cp_count(a) + 1 + jfyp_utf8_count(b, w) <= widest)
            return 0;
    }
    return 1;
}
#define HEAD_OOM ((size_t)-1) /* head_lines() ran out of memory */

/* A long heading a narrow column wraps over three lines or more ("Name,
 * Professor of / Medicine, University / of Somewhere, City, Country"):
 * short lines, every one but the last of two words or more (not the
 * one-word lines of a justified line broken up), none ending a sentence.
 * They are one heading when the lines run on into each other at every
 * break, or the heading is a list of commas (a name and affiliation, a
 * place); otherwise a heading over a subheading is likelier. A line
 * of a long heading may be longer than a short heading's (the heading
 * type is larger), but falls short of the full lines of the text. Returns the
 * number of lines from i on, 0 when they are not one such heading; lines
 * up to the end of l count when next_len, the width of the line of text
 * that follows l, is given. HEAD_OOM on out of memory. */
static size_t long_head_lines(const jfyp_lines *l, size_t i, size_t measure, size_t next_len) {
    size_t k = 0, widest = 0;
    int runs = 1, words = 0;
    while (i + k < l->n && k <= MAX_HEAD_LINES) {
        const char *t = l->v[i + k].text;
        size_t n = strlen(t), w = cp_count(t);
        if (!n || w * 10 >= measure * 7 || strchr(".;:", t[n - 1]))
            break;
        if (k && !goes_on(l->v[i + k - 1].text, t))
            runs = 0;
        words += jfyp_count_words(t);
        if (w > widest)
            widest = w;
        k++;
    }
    if (k < 3 || k > MAX_HEAD_LINES)
        return 0;
    if (!runs)
        runs = titled_wraps(l, i, k, widest);
    if (i + k < l->n) {
        if (!text_line_at(l, i + k, measure))
            return 0;
        next_len = cp_count(l->v[i + k].text);
    }
    /* clearly narrower than the text under it and the text over it in
     * the block: ragged-right text has runs of lines short of the
     * measure too */
    size_t over = 0;
    for (size_t j = 0; j < i; j++)
        if (cp_count(l->v[j].text) > over)
            over = cp_count(l->v[j].text);
    if (widest * 10 > next_len * 8 || (i && widest * 10 > over * 8))
        return 0;
    const char *last = l->v[i + k - 1].text;
    if (last[strlen(last) - 1] == ',' || ends_glue(last) || words > 40)
        return 0;
    char *t = jfyp_lines_join(l, i, i + k - 1);
    if (!t)
        return HEAD_OOM;
    /* a word alone on a line: a justified line broken up, unless the
     * heading is in capitals (spaced letters closed up make long words) */
    for (size_t j = i; j + 1 < i + k; j++)
        if (jfyp_count_words(l->v[j].text) < 2 && !all_caps(t)) {
            free(t);
            return 0;
        }
    /* a heading in capitals wraps into capitals; no subheading is set so */
    int ok = line_could_head(t) && (runs || comma_count(t) >= 2 || all_caps(t)) &&
             !ends_function_word(t) && !sentence_inside(t);
    free(t);
    return ok ? k : 0;
}

/* Whether b, under a section's conventional name a, is a short
 * subheading in small capitals that the extraction gave in lower case, or
 * one led by a dash as some journals mark theirs ("-Microbial culture"). */
static int small_caps_under(const char *a, const char *b, size_t measure) {
    size_t n = strlen(b);
    return jfyp_is_section_name(a) && (jfyp_starts_lower(b) || (dash_item(b) && isupper((unsigned char)b[1]))) &&
           n && !strchr(".,;:", b[n - 1]) &&
           jfyp_count_words(b) <= 6 && cp_count(b) * 10 <= measure * 6;
}

#define MAX_CAPS_LINES 4

/* A heading in capitals of the article's own words wrapped over two to
 * four lines ("CLIMATE CHANGE IS HAVING STRONG IMPACTS" / "ON YOUTH
 * MENTAL HEALTH IN LOW- AND" / "MIDDLE-INCOME COUNTRIES"), over a full
 * line of text in ordinary case: capitals wrap into capitals, and no
 * subheading is set in them under a heading of the page's own words. Its
 * display type is larger than the text's, so a line of it may run wider
 * than short_line_head allows; and the page's measure, taken over the
 * whole text, may be wider than the column, so the line of text under it
 * is only asked to be the widest of the lines. A conventional name ends
 * it ("METHODS" / "STUDY DESIGN" are two levels). How many lines, 0 when
 * they are not one such heading; HEAD_OOM on out of memory. */
static size_t caps_head_lines(const jfyp_lines *l, size_t i, size_t measure) {
    size_t k = 0, widest = 0;
    int words = 0;
    for (; i + k < l->n && k <= MAX_CAPS_LINES; k++) {
        const char *t = l->v[i + k].text;
        size_t n = strlen(t), w = cp_count(t);
        /* (a comma ends a line the heading goes on from, in capitals:
         * "CLEANING, STERILIZATION," / "AND HIGH-LEVEL DISINFECTION") */
        int goes_on = n && t[n - 1] == ',' && i + k + 1 < l->n && all_caps(l->v[i + k + 1].text);
        if (!n || !all_caps(t) || w * 10 > measure * 9 || (strchr(".,;:", t[n - 1]) && !goes_on) ||
            jfyp_is_section_name(t) || jfyp_section_number(t, NULL))
            break;
        words += jfyp_count_words(t);
        if (w > widest)
            widest = w;
    }
    if (k < 2 || k > MAX_CAPS_LINES || i + k >= l->n || words > 20)
        return 0;
    const char *x = l->v[i + k].text;
    size_t xw = cp_count(x);
    if (!isupper((unsigned char)x[0]) || all_caps(x) || jfyp_count_words(x) < 5 ||
        xw * 10 < measure * 6 || xw < widest)
        return 0;
    char *t = jfyp_lines_join(l, i, i + k - 1);
    if (!t)
        return HEAD_OOM;
    int ok = line_could_head(t) && !ends_function_word(t) && !jfyp_is_section_name(t);
    free(t);
    return ok ? k : 0;
}

/* A debate's side heading, its label then its claim ("Pro: Screening
 * lowers mortality in" / "adults over fifty"), set in a type larger than
 * the text's, so its lines run near the column's edge, wrapped over up to
 * four lines each going on from the last, over running text: the claim
 * is no sentence a paragraph would end with its full stop. How many
 * lines, 0 when they are not one. */
static size_t debate_head_lines(const jfyp_lines *l, size_t i, size_t measure) {
    static const char *const side[] = {"Pro: ", "Con: ", "Yes: ", "No: ", "Rebuttal: ",
                                       "Resolution: ", NULL};
    const char *a = l->v[i].text;
    int lab = 0;
    for (int s = 0; side[s] && !lab; s++)
        lab = strncmp(a, side[s], strlen(side[s])) == 0;
    if (!lab)
        return 0;
    size_t k = 1;
    int words = jfyp_count_words(a);
    while (i + k < l->n && k < 4 && goes_on(l->v[i + k - 1].text, l->v[i + k].text)) {
        words += jfyp_count_words(l->v[i + k].text);
        k++;
    }
    for (size_t j = i; j < i + k; j++) {
        const char *t = l->v[j].text;
        size_t n = strlen(t);
        if (!n || strchr(".;:", t[n - 1]) || (j + 1 == i + k && t[n - 1] == ',') ||
            cp_count(t) > measure)
            return 0;
    }
    if (words > 36 || !text_line_at(l, i + k, measure))
        return 0;
    return k;
}

/* How many lines of l from i on are a heading over running text;
 * HEAD_OOM on out of memory. */
static size_t head_lines(const jfyp_lines *l, size_t i, size_t measure) {
    size_t k = long_head_lines(l, i, measure, 0);
    if (k)
        return k;
    if ((k = debate_head_lines(l, i, measure)) != 0)
        return k;
    if ((k = caps_head_lines(l, i, measure)) != 0)
        return k;
    if (i + 2 > l->n)
        return 0;
    const char *a = l->v[i].text;
    if (short_head(a, measure) && text_line_at(l, i + 1, measure))
        return 1;
    if (i + 3 > l->n)
        return 0;
    const char *b = l->v[i + 1].text;
    if (wrapped_pair(a, b, measure) &&
        (text_line_at(l, i + 2, measure) ||
         (i + 4 <= l->n && short_head(l->v[i + 2].text, measure) && text_line_at(l, i + 3, measure)) ||
         /* over its first subheading wrapped too */
         (i + 5 <= l->n && wrapped_pair(l->v[i + 2].text, l->v[i + 3].text, measure) &&
          text_line_at(l, i + 4, measure))))
        return 2;
    /* a heading right over its first subheading, maybe wrapped; the
     * subheading maybe in small capitals given in lower case */
    if (short_head(a, measure) && (short_head(b, measure) || small_caps_under(a, b, measure)) &&
        text_line_at(l, i + 2, measure))
        return 1;
    if (i + 4 <= l->n && short_head(a, measure) && !ends_glue(a) &&
        wrapped_pair(b, l->v[i + 2].text, measure) && text_line_at(l, i + 3, measure))
        return 1;
    /* a section's conventional name right over its first numbered
     * subheading, run into its text and wrapped however it falls ("2.
     * RESULTS AND DISCUSSION" / "2.1. Synthesis and Structures of" /
     * "[Cu6Ag(CO)12]2− Clusters. The direct reaction..."): the subheading
     * number says the line above it heads a section; a subheading alone
     * in its block is left to the readers of wrapped headings */
    int depth = 0;
    if (i + 4 <= l->n && short_head(a, measure) && jfyp_section_kind(a) == JFYP_SEC_TOP &&
        jfyp_section_type(a) && jfyp_section_number(b, &depth) && depth >= 2 && line_could_head(b) &&
        (text_line_at(l, i + 2, measure) || text_line_at(l, i + 3, measure)))
        return 1;
    return 0;
}

static int ends_sentence(const char *t) {
    size_t n = strlen(t);
    /* a sentence's reference after its period: "...root canals. [54]" */
    if (n >= 4 && t[n - 1] == ']') {
        size_t k = n - 1;
        while (k && (isdigit((unsigned char)t[k - 1]) || strchr(", -", t[k - 1])))
            k--;
        if (k >= 2 && k < n - 1 && t[k - 1] == '[' && t[k - 2] == ' ')
            n = k - 2;
    }
    while (n && strchr(" )\"'", t[n - 1]))
        n--;
    /* a closing curly quote */
    if (n >= 3 && (unsigned char)t[n - 3] == 0xE2 && (unsigned char)t[n - 2] == 0x80 &&
        ((unsigned char)t[n - 1] == 0x9D || (unsigned char)t[n - 1] == 0x99))
        n -= 3;
    return n && strchr(".!?", t[n - 1]);
}

/* Moves the first h lines of para into a paragraph before it, on one
 * line (a heading) or as printed. */
static int cut_lines(jfy_node *para, const jfyp_lines *l, size_t h, int one) {
    jfy_node *hp = jfyp_node_new(JFY_N_PARAGRAPH);
    if (!hp)
        return -1;
    jfy_node *stop = l->v[h].first;
    for (jfy_node *k = para->first; k && k != stop;) {
        jfy_node *nx = k->next;
        jfyp_node_unlink(k);
        if (is_break(k) && nx == stop) {
            jfyp_node_free(k);
        } else if (is_break(k) && one) {
            jfyp_node_free(k);
            jfy_node *sp = jfyp_node_new_text(JFY_N_TEXT, " ");
            if (!sp) {
                jfyp_node_free(hp);
                return -1;
            }
            jfyp_node_append(hp, sp);
        } else {
            jfyp_node_append(hp, k);
        }
        k = nx;
    }
    hp->line = para->line;
    hp->col = para->col;
    hp->end_line = para->line ? para->line + (int)h - 1 : 0;
    hp->end_col = 0;
    if (para->line)
        para->line += (int)h;
    jfyp_node_insert_before(para, hp);
    return 0;
}

/* Line i ends a paragraph's sentence, not a justified line pdftotext broke
 * into words: two words or more, or a word alone under a full line of
 * text ("...among Chinese" / "adults."). */
static int sentence_end_line(const jfyp_lines *l, size_t i, size_t measure) {
    if (jfyp_count_words(l->v[i].text) > 1)
        return 1;
    return i && measure >= 20 && cp_count(l->v[i - 1].text) * 10 >= measure * 8;
}

static int goes_on_lower(const jfy_node *x, int *oom);

/* A block of a few short lines alone, a heading and its first subheading
 * ("Methods" / "Study design and participants", "3. Materials and Methods"
 * / "3.1. Plant Material") with the text under them set apart by a blank
 * line: how many of its lines head the rest, read as if the text's first
 * line went on under them (0 when none; HEAD_OOM on out of memory). */
static size_t head_over_block(jfyp_rec *r, jfy_node *para, const jfyp_lines *l, size_t from,
                              size_t measure) {
    if (!r || l->n < from + 2 || l->n > from + 3 ||
        (from && (!ends_sentence(l->v[from - 1].text) || !sentence_end_line(l, from - 1, measure))))
        return 0;
    /* a heading in capitals, wide in its display type, is asked no
     * more than caps_head_lines asks */
    int caps = 1;
    for (size_t i = from; i < l->n && caps; i++)
        caps = all_caps(l->v[i].text) && cp_count(l->v[i].text) * 10 <= measure * 9;
    for (size_t i = from; i < l->n && !caps; i++)
        if (!short_line_head(l->v[i].text, measure) && !(i > from && cp_count(l->v[i].text) * 10 <= measure * 6) &&
            !(i + 1 < l->n && (ends_glue(l->v[i].text) || jfyp_count_words(l->v[i + 1].text) == 1) &&
              short_line_head(l->v[i].text, measure * 7 / 6)) &&
            /* or one heading wrapped over the line after it */
            !(i + 1 < l->n && wrapped_pair(l->v[i].text, l->v[i + 1].text, measure)))
            return 0;
    jfy_node *x = jfyp_rec_next(r, para);
    if (!x || x->type != JFY_N_PARAGRAPH || jfyp_node_attr(x, "running-header"))
        return 0;
    if (one_line(x)) {
        /* the text's first line set apart from the rest, which goes on
         * in lower case (MuPDF's block for an indented first line) */
        int oom = 0;
        const jfy_node *y = jfyp_rec_next(r, x);
        int on = y && goes_on_lower(y, &oom);
        if (oom)
            return HEAD_OOM;
        if (!on)
            return 0;
    }
    jfyp_lines lx;
    if (jfyp_lines_of(x, &lx) < 0)
        return HEAD_OOM;
    jfyp_line v[4];
    for (size_t i = from; i < l->n; i++)
        v[i - from] = l->v[i];
    v[l->n - from] = lx.v[0];
    jfyp_lines with = {v, l->n - from + 1};
    size_t h = text_line_at(&lx, 0, measure) ? head_lines(&with, 0, measure) : 0;
    jfyp_lines_free(&lx);
    return h;
}

/* The lines of para set on one line: it is all one heading. */
static int one_heading_line(jfy_node *para) {
    for (jfy_node *c = para->first; c; c = c->next)
        if (is_break(c)) {
            jfy_node *sp = jfyp_node_new_text(JFY_N_TEXT, " ");
            if (!sp)
                return -1;
            jfyp_node_insert_before(c, sp);
            jfyp_node_unlink(c);
            jfyp_node_free(c);
            c = sp;
        }
    return 0;
}

static int ends_cited_sentence(const char *t);

/* Whether line i of l is a run-in subheading the extraction set on a line
 * of its own ("Settlement plates." over the text it opens, as MuPDF cuts
 * a bold label from its text): a few words in a capital closed by the one
 * full stop, over a line of text. */
static int runin_label_line(const jfyp_lines *l, size_t i) {
    if (i + 1 >= l->n || jfyp_count_words(l->v[i + 1].text) < 3)
        return 0;
    const char *t = l->v[i].text;
    t += strspn(t, " ");
    size_t n = strlen(t);
    while (n && t[n - 1] == ' ')
        n--;
    int words = jfyp_count_words(t);
    if (n < 4 || t[n - 1] != '.' || words < 1 || words > 6 || !isupper((unsigned char)t[0]))
        return 0;
    return memchr(t, '.', n - 1) == NULL && memchr(t, ',', n) == NULL;
}

/* A DOI link alone on its line ("https://doi.org/10.1371/journal.pone.0349705.t002"):
 * a figure's or a table's own, the last line of its block, which a page
 * break's seam ran into the next page's text; what follows it opens a new
 * block as after a sentence's end. */
static int doi_line(const char *t) {
    t += strspn(t, " ");
    if (strncmp(t, "https://", 8) && strncmp(t, "http://", 7))
        return 0;
    const char *d = strstr(t, "doi.org/10.");
    return d && !strchr(t, ' ') && d - t <= 14;
}

/* Splits the headings out of para: at its first line, or at a line after
 * one that ends a sentence. 1 when it cut one after a DOI line, which is
 * left a block alone for its float to take. */
static int split_runin(jfyp_rec *r, jfy_node *para, size_t measure) {
    int after_doi = 0;
    for (;;) {
        jfyp_lines l;
        if (jfyp_lines_of(para, &l) < 0)
            return -1;
        size_t i = 0, h = 0;
        for (; i + 1 < l.n && !h; i++)
            /* after a sentence's end, maybe with its citation's number
             * ("...and apoptosis.37"); not after a word alone, a justified
             * line pdftotext broke up */
            if (i == 0 || (ends_cited_sentence(l.v[i - 1].text) && jfyp_count_words(l.v[i - 1].text) > 1) ||
                doi_line(l.v[i - 1].text))
                h = head_lines(&l, i, measure);
        i--;
        /* a conventional section's name alone on a block's first line
         * heads the block whatever follows: the text under it may open
         * mid-sentence where the extraction took a column's lines out of
         * order ("Introduction" / "been reported from the provinces...") */
        if (!h && l.n >= 3 && jfyp_section_kind(l.v[0].text) == JFYP_SEC_TOP &&
            short_head(l.v[0].text, measure) &&
            (jfyp_count_words(l.v[1].text) >= 3 || runin_label_line(&l, 1))) {
            h = 1;
            i = 0;
        }
        /* or over the next block: the whole block, or its last lines
         * after a sentence's end ("...adults." / "Methods" / "Study
         * design and participants") */
        if (!h) {
            size_t at[3] = {0, l.n >= 3 ? l.n - 2 : 0, l.n >= 4 ? l.n - 3 : 0};
            for (int k = 0; k < 3 && !h; k++)
                if (!k || at[k]) {
                    h = head_over_block(r, para, &l, at[k], measure);
                    i = at[k];
                }
        }
        int rc = 0;
        if (h == HEAD_OOM) {
            jfyp_lines_free(&l);
            return -1;
        }
        if (h && i == 0 && h == l.n) {
            /* the whole block one heading wrapped */
            jfyp_lines_free(&l);
            return one_heading_line(para);
        }
        if (h && i > 0) {
            after_doi |= doi_line(l.v[i - 1].text);
            rc = cut_lines(para, &l, i, 0);
        }
        else if (h)
            rc = cut_lines(para, &l, h, 1);
        else if (l.n >= 2 && ends_cited_sentence(l.v[l.n - 2].text) &&
                 jfyp_section_kind(l.v[l.n - 1].text) != JFYP_SEC_NONE)
            /* a conventional heading closing the block: its text starts
             * in the next column or on the next page ("...apoptosis." /
             * "Conclusion", "...apoptosis.37" / "Conclusion") */
            rc = cut_lines(para, &l, l.n - 1, 0);
        jfyp_lines_free(&l);
        if (rc < 0)
            return -1;
        if (!h)
            return after_doi;
    }
}

/* A paragraph that is all one long heading wrapped (long_head_lines),
 * over a paragraph of running text, set on one line. */
static int join_long_head(jfyp_rec *r, jfy_node *p, size_t measure) {
    jfy_node *x = jfyp_rec_next(r, p);
    if (!x || x->type != JFY_N_PARAGRAPH || one_line(x))
        return 0;
    jfyp_lines l, lx;
    if (jfyp_lines_of(p, &l) < 0)
        return -1;
    if (jfyp_lines_of(x, &lx) < 0) {
        jfyp_lines_free(&l);
        return -1;
    }
    int over_text = text_line_at(&lx, 0, measure);
    size_t k = long_head_lines(&l, 0, measure, over_text ? cp_count(lx.v[0].text) : 0);
    size_t n = l.n;
    jfyp_lines_free(&l);
    jfyp_lines_free(&lx);
    if (k == HEAD_OOM)
        return -1;
    if (k != n || !over_text)
        return 0;
    return one_heading_line(p);
}

/* A long heading (long_head_lines) an earlier stage split into blocks of
 * a line or a few, the last block maybe running on into the text: the
 * blocks touch (no blank line between them, or one where the line before
 * it goes on). They are joined into one
 * paragraph, the heading then read off its first lines as usual. */
static int join_long_run(jfyp_rec *r, jfy_node *p, size_t measure) {
    enum { MAXB = MAX_HEAD_LINES + 1 };
    jfy_node *blk[MAXB];
    jfyp_lines part[MAXB];
    jfyp_line v[MAX_HEAD_LINES + 2];
    size_t nb = 0, nl = 0;
    int rc = 0, text_seen = 0;
    for (jfy_node *q = p; q && nb < MAXB && nl <= MAX_HEAD_LINES && !text_seen;
         q = jfyp_rec_next(r, q)) {
        if (q->type != JFY_N_PARAGRAPH || jfyp_node_attr(q, "running-header") || !q->line ||
            (nb && (q->line < blk[nb - 1]->end_line + 1 || q->line > blk[nb - 1]->end_line + 2)))
            break;
        if (jfyp_lines_of(q, &part[nb]) < 0) {
            rc = -1;
            goto out;
        }
        /* a layout extraction's empty line inside the heading: only where
         * the line before it goes on */
        if (nb && q->line == blk[nb - 1]->end_line + 2 &&
            !(part[nb].n && goes_on(part[nb - 1].v[part[nb - 1].n - 1].text, part[nb].v[0].text))) {
            jfyp_lines_free(&part[nb]);
            break;
        }
        blk[nb++] = q;
        for (size_t i = 0; i < part[nb - 1].n && nl < MAX_HEAD_LINES + 2; i++) {
            v[nl++] = part[nb - 1].v[i];
            if (cp_count(v[nl - 1].text) * 10 >= measure * 7) {
                text_seen = 1;
                break;
            }
        }
    }
    if (nb < 2)
        goto out;
    jfyp_lines l = {v, nl};
    size_t to_end = 0;
    if (!text_seen) {
        jfy_node *x = jfyp_rec_next(r, blk[nb - 1]);
        jfyp_lines lx;
        if (x && x->type == JFY_N_PARAGRAPH && !one_line(x)) {
            if (jfyp_lines_of(x, &lx) < 0) {
                rc = -1;
                goto out;
            }
            to_end = text_line_at(&lx, 0, measure) ? cp_count(lx.v[0].text) : 0;
            jfyp_lines_free(&lx);
        }
    }
    size_t k = long_head_lines(&l, 0, measure, to_end);
    if (k == HEAD_OOM) {
        rc = -1;
        goto out;
    }
    if (!k || k <= part[0].n)
        goto out;
    /* the blocks the heading spans, and the one its last line runs into */
    size_t upto = 0, seen = 0;
    while (seen + part[upto].n < k)
        seen += part[upto++].n;
    for (size_t b = 1; b <= upto; b++) {
        jfy_node *br = jfyp_node_new(JFY_N_SOFTBREAK);
        if (!br) {
            rc = -1;
            goto out;
        }
        jfyp_node_append(p, br);
        jfyp_node_move_children(blk[b], p);
        p->end_line = blk[b]->end_line;
        p->end_col = blk[b]->end_col;
        jfyp_node_free(blk[b]);
        blk[b] = NULL;
    }
out:
    for (size_t b = 0; b < nb; b++)
        jfyp_lines_free(&part[b]);
    return rc;
}

/* A heading in capitals whose first line the run-on reader set apart
 * (its display type ran wide) over the rest of it, maybe run into its
 * text: "CLIMATE CHANGE IS HAVING STRONG IMPACTS" / "ON YOUTH MENTAL
 * HEALTH IN LOW- AND" / "MIDDLE-INCOME COUNTRIES" / "The accelerating...".
 * The lines caps_head_lines takes for one heading are joined into p. -1
 * out of memory. */
static int join_caps_head(jfyp_rec *r, jfy_node *p, size_t measure) {
    /* the lines of p and the blocks after it, each block's as read */
    jfy_node *blk[MAX_CAPS_LINES + 2];
    jfyp_lines bl[MAX_CAPS_LINES + 2];
    jfyp_line v[MAX_CAPS_LINES + 2];
    size_t from[MAX_CAPS_LINES + 2]; /* the block of each line */
    size_t nb = 0, n = 0;
    int rc = 0;
    if (!one_line(p) || !p->line)
        return 0;
    for (jfy_node *b = p; b && n < MAX_CAPS_LINES + 2; b = jfyp_rec_next(r, b)) {
        if (b->type != JFY_N_PARAGRAPH || jfyp_node_attr(b, "running-header") ||
            (nb && (!b->line || b->line < blk[nb - 1]->end_line + 1 ||
                    b->line > blk[nb - 1]->end_line + 2)))
            break;
        if (jfyp_lines_of(b, &bl[nb]) < 0) {
            rc = -1;
            break;
        }
        blk[nb] = b;
        for (size_t i = 0; i < bl[nb].n && n < MAX_CAPS_LINES + 2; i++) {
            from[n] = nb;
            v[n++] = bl[nb].v[i];
        }
        nb++;
        /* a block that is not all capitals holds the text under them */
        if (!all_caps(v[n - 1].text) || (nb == 1 && !all_caps(v[0].text)))
            break;
    }
    jfyp_lines with = {v, n};
    size_t k = rc || nb < 2 ? 0 : caps_head_lines(&with, 0, measure);
    if (k == HEAD_OOM)
        rc = -1;
    else if (k >= 2) {
        /* the last block the heading reaches, cut after its lines */
        size_t last = from[k - 1], in_last = 0;
        for (size_t i = 0; i < k; i++)
            in_last += from[i] == last;
        jfy_node *h = blk[last];
        if (in_last < bl[last].n) {
            rc = cut_lines(h, &bl[last], in_last, 1);
            h = rc ? NULL : jfyp_rec_next(r, blk[last - 1]);
        } else if (one_heading_line(h) < 0) {
            h = NULL;
            rc = -1;
        }
        for (size_t b = 1; b <= last && rc == 0; b++) {
            jfy_node *x = b == last ? h : blk[b];
            if (b < last && one_heading_line(x) < 0) {
                rc = -1;
                break;
            }
            jfy_node *sp = jfyp_node_new_text(JFY_N_TEXT, " ");
            if (!sp) {
                rc = -1;
                break;
            }
            jfyp_node_append(p, sp);
            jfyp_node_move_children(x, p);
            p->end_line = x->end_line;
            p->end_col = x->end_col;
            jfyp_node_free(x);
        }
    }
    for (size_t b = 0; b < nb; b++)
        jfyp_lines_free(&bl[b]);
    return rc;
}

/* Two adjacent one-line blocks that are one heading wrapped, joined. A
 * layout extraction may leave empty lines between a heading's lines
 * (the other column's lines beside them were full): the first then ends on a
 * word no heading ends on ("Malaria Epidemic of the" / "World") or the
 * second goes on in lower case ("in Comoros"). */
static int join_wrapped(jfyp_rec *r, jfy_node *p, size_t measure) {
    jfy_node *q = jfyp_rec_next(r, p);
    if (!q || q->type != JFY_N_PARAGRAPH || p->type != JFY_N_PARAGRAPH || !one_line(p) ||
        !one_line(q) || !p->line || q->line < p->end_line + 1 || q->line > p->end_line + 4)
        return 0;
    jfy_node *x = jfyp_rec_next(r, q);
    if (!x || x->type != JFY_N_PARAGRAPH)
        return 0;
    char *a = jfyp_node_plain(p), *b = jfyp_node_plain(q), *c = jfyp_node_plain(x);
    int rc = -1;
    if (a && b && c) {
        jfyp_squeeze(a);
        jfyp_squeeze(b);
        rc = 0;
        /* a first line no heading ends so cannot stand alone: the text
         * under the pair may then be anything */
        int open = ends_glue(a) || jfyp_starts_lower(b);
        /* such a first line wrapped because it filled the column */
        size_t m = ends_glue(a) ? measure * 10 / 6 : measure;
        /* the text's first line set apart from the rest, which goes on
         * in lower case (MuPDF's block for an indented first line), is
         * text over many lines too */
        const jfy_node *y = one_line(x) ? jfyp_rec_next(r, x) : NULL;
        int oom = 0;
        /* goes_on_lower copies y's paragraph: asked last */
        int join = (q->line == p->end_line + 1 || open) && wrapped_pair(a, b, m) &&
                   !jfyp_starts_lower(c) &&
                   (ends_glue(a) || !one_line(x) || (y && goes_on_lower(y, &oom)));
        if (oom)
            rc = -1;
        else if (join) {
            jfy_node *sp = jfyp_node_new_text(JFY_N_TEXT, " ");
            if (!sp) {
                rc = -1;
            } else {
                jfyp_node_append(p, sp);
                jfyp_node_move_children(q, p);
                p->end_line = q->end_line;
                p->end_col = q->end_col;
                jfyp_node_free(q);
            }
        }
    }
    free(a);
    free(b);
    free(c);
    return rc;
}

/* The number item it was printed with, then a space, as a text node to
 * set before its text: its marker as printed ("1)" tells a step from a
 * section "1."), else num. NULL out of memory. */
static jfy_node *item_number(const jfy_node *it, int num) {
    char lab[24];
    const char *mk = jfyp_node_attr(it, "marker");
    if (mk && strlen(mk) < 16)
        snprintf(lab, sizeof lab, "%s ", mk);
    else
        snprintf(lab, sizeof lab, "%d. ", num);
    return jfyp_node_new_text(JFY_N_TEXT, lab);
}

/* "1. Introduction" / "Fusarium head blight ...": every item of an
 * ordered list opens with a short heading-shaped line, one at least over
 * running text. The items go back to paragraphs, "N. heading" first. */
static int running_text(const jfy_node *x, size_t measure, int *oom);

static int unlist_headings(jfyp_rec *r, jfy_node *list, size_t measure) {
    jfy_node *last = NULL;
    if (!jfyp_node_attr(list, "ordered"))
        return 0;
    int over_text = 0, named = 1;
    const char *st0 = jfyp_node_attr(list, "start");
    int num0 = st0 ? atoi(st0) : 1;
    for (jfy_node *it = list->first; it; it = it->next, num0++) {
        jfy_node *p = it->first;
        if (!p || p->type != JFY_N_PARAGRAPH)
            return 0;
        jfyp_lines l;
        if (jfyp_lines_of_own(p, &l) < 0)
            return -1;
        /* the heading as printed, with its number: a numbered heading
         * may run wider before it wraps (short_line_head) */
        const char *own = l.n ? l.v[0].text : NULL;
        char *numbered = own ? jfyp_printf("%d. %s", num0, own) : NULL;
        if (own && !numbered) {
            jfyp_lines_free(&l);
            return -1;
        }
        int ok = l.n == 1 ? short_head(own, measure)
                 : l.n >= 2 && (short_line_head(own, measure) || short_line_head(numbered, measure));
        named = named && l.n == 1 && jfyp_section_kind(own) == JFYP_SEC_TOP;
        size_t h = 0;
        if (ok && l.n >= 2) {
            /* under it running text, or a numbered subheading over it */
            h = head_lines(&l, 0, measure);
            if (!h) {
                /* or the heading wraps, as read with its number
                 * (wrapped_pair) */
                l.v[0].text = numbered;
                h = head_lines(&l, 0, measure);
                l.v[0].text = own;
            }
            /* or the last item over the block after the list (read with
             * its number too: a numbered heading may run wider) */
            if (!h && !it->next)
                h = head_over_block(r, list, &l, 0, measure);
            if (!h && !it->next) {
                l.v[0].text = numbered;
                h = head_over_block(r, list, &l, 0, measure);
                l.v[0].text = own;
            }
            if (h)
                over_text = 1;
            else
                ok = 0;
        }
        free(numbered);
        jfyp_lines_free(&l);
        if (h == HEAD_OOM)
            return -1;
        if (!ok)
            return 0;
    }
    /* or items of a line each, all conventional section names, over
     * running text: two columns' headings set level ("1. Introduction"
     * beside "2. Methods"), each column's text after them */
    if (!over_text && named && list->first && list->first->next) {
        const jfy_node *x = jfyp_rec_next(r, list);
        int oom = 0;
        over_text = x && running_text(x, measure, &oom);
        if (oom)
            return -1;
    }
    if (!over_text)
        return 0;
    const char *st = jfyp_node_attr(list, "start");
    int num = st ? atoi(st) : 1;
    for (jfy_node *it = list->first; it; it = it->next, num++) {
        /* a list no CommonMark marker started (a checklist's rows read
         * from "7.2. Consent for publication" over its text) keeps each
         * item's number in its text: no second number before it */
        jfy_node *t = st || jfyp_node_attr(it, "marker") ? item_number(it, num) : NULL;
        if ((st || jfyp_node_attr(it, "marker")) && !t)
            return -1;
        for (jfy_node *p = it->first; p;) {
            jfy_node *nx = p->next;
            if (p == it->first && t)
                jfyp_node_prepend(p, t);
            jfyp_node_unlink(p);
            jfyp_node_insert_before(list, p);
            /* the last one may head the block after the list */
            if (!it->next && !nx)
                last = p;
            else if (p->type == JFY_N_PARAGRAPH && split_runin(NULL, p, measure) < 0)
                return -1;
            p = nx;
        }
    }
    jfyp_node_free(list);
    if (last && last->type == JFY_N_PARAGRAPH && split_runin(r, last, measure) < 0)
        return -1;
    return 0;
}

static int heads_text(jfyp_rec *r, const jfy_node *n, size_t measure, int hops);

/* Whether numbered line t repeats the words of numbered block x under
 * another number, maybe with a form's option letter after them. -1 out
 * of memory. */
static int same_words_numbered(const jfy_node *x, const char *t) {
    char *u;
    int s = x ? jfyp_heading_text(x, &u) : 0;
    if (s <= 0)
        return s;
    size_t ku = jfyp_section_number(u, NULL), kt = jfyp_section_number(t, NULL);
    int same = 0;
    if (ku && kt && atoi(u) != atoi(t)) {
        const char *a = u + ku, *b = t + kt;
        size_t la = strlen(a), lb = strlen(b);
        /* "Write down your answer" / "Write down your answer B" */
        if (la > lb) {
            const char *w = a;
            a = b;
            b = w;
            size_t n = la;
            la = lb;
            lb = n;
        }
        same = la >= 8 && strncmp(a, b, la) == 0 &&
               (lb == la || (lb == la + 2 && b[la] == ' ' && isupper((unsigned char)b[la + 1])));
    }
    free(u);
    return same;
}

/* A form printed in the text numbers its blanks alike ("1. Write down
 * your answer" / "2. Write down your answer" / "3. Write down your
 * answer", the option's letter maybe joined to the last): two sections
 * are never headed by the same words under consecutive numbers, so a
 * numbered line whose words the numbered block before or after it
 * repeats is a blank, no heading. -1 out of memory. */
static int form_blank(jfyp_rec *r, const jfy_node *n, const char *t) {
    int s = same_words_numbered(prev_block(n), t);
    return s ? s : same_words_numbered(jfyp_rec_next(r, n), t);
}

/* Whether item it of ordered list `list` is a numbered section heading
 * the list read as one more item: its first line alone a conventional
 * section's name ("Introduction", "Methods") over text or a subheading
 * over text; or, the last item and nothing but that name, numbered out
 * of the list's order ("3." then "2. Methods") over the blocks after the
 * list that head text ("2.1. Study design" / "This study..."). -1 out of
 * memory. */
static int named_item(jfyp_rec *r, const jfy_node *list, const jfy_node *it, size_t measure) {
    jfy_node *p = it->first;
    if (!p || p->type != JFY_N_PARAGRAPH || p->next)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of_own(p, &l) < 0)
        return -1;
    size_t h = 0;
    if (l.n >= 1 && jfyp_section_kind(l.v[0].text) == JFYP_SEC_TOP && jfyp_section_type(l.v[0].text) &&
        short_head(l.v[0].text, measure)) {
        if (l.n >= 2) {
            h = head_lines(&l, 0, measure);
        } else if (it == list->last && it->prev) {
            const char *mk = jfyp_node_attr(it, "marker"), *pm = jfyp_node_attr(it->prev, "marker");
            if (mk && pm && isdigit((unsigned char)*mk) && isdigit((unsigned char)*pm) &&
                atoi(mk) != atoi(pm) + 1) {
                int ht = heads_text(r, list, measure, 0);
                h = ht < 0 ? HEAD_OOM : (size_t)ht;
            }
        }
    }
    jfyp_lines_free(&l);
    return h == HEAD_OOM ? -1 : h > 0;
}

/* Item it, numbered num in the list, back to a paragraph, its number
 * first, before or after list. The heading is split out of one set
 * before (the blocks after the list are still to be read). -1 out of
 * memory. */
static int lift_item(jfyp_rec *r, jfy_node *list, jfy_node *it, int num, int before, size_t measure) {
    jfy_node *p = it->first;
    jfy_node *t = item_number(it, num);
    if (!t)
        return -1;
    jfyp_node_prepend(p, t);
    jfyp_node_unlink(p);
    if (before)
        jfyp_node_insert_before(list, p);
    else
        jfyp_node_insert_after(list, p);
    jfyp_node_unlink(it);
    jfyp_node_free(it);
    return before ? split_runin(r, p, measure) : 0;
}

/* An ordered list of the text's own ("1. Resistance training will
 * reduce...") set next to a numbered heading ("1. Introduction" / "The
 * increasing survival...") reads the heading as its first or last item:
 * such an item whose first line alone is a conventional section's name
 * over text goes back out of the list. -1 out of memory. */
static int lift_named_items(jfyp_rec *r, jfy_node *list, size_t measure) {
    if (!jfyp_node_attr(list, "ordered") || !list->first || list->first == list->last)
        return 0;
    const char *st = jfyp_node_attr(list, "start");
    int first = st ? atoi(st) : 1, last = first - 1, nm;
    for (const jfy_node *it = list->first; it; it = it->next)
        last++;
    while (list->first && (nm = named_item(r, list, list->first, measure)) != 0)
        if (nm < 0 || lift_item(r, list, list->first, first++, 1, measure) < 0)
            return -1;
    while (list->last && (nm = named_item(r, list, list->last, measure)) != 0)
        if (nm < 0 || lift_item(r, list, list->last, last--, 0, measure) < 0)
            return -1;
    return 0;
}

static int lower_word_first(const char *t);

/* ---- what a heading stands over ----
 *
 * A heading heads running text, or a subheading over running text. A short
 * line over another short line over another is a table's cells or a
 * figure's axis labels and legend, which an extraction prints a line
 * each. Figures and tables float: a heading may stand over one. */

/* A list whose items hold no text: a table's dashes for empty cells
 * ("-" a line), which Markdown reads as bullets, or the numbers of a
 * numbered list that extraction set apart from their entries. */
static int empty_list(const jfy_node *x) {
    if (x->type != JFY_N_LIST)
        return 0;
    for (const jfy_node *it = x->first; it; it = it->next)
        for (const jfy_node *k = it->first; k; k = k->next)
            if (k->type != JFY_N_PARAGRAPH || k->first)
                return 0;
    return 1;
}

/* Three lines or more, each short and none ending a sentence: a table's
 * header cells or a figure's labels, one a line ("Shrub" / "Tree" /
 * "P (%)"); or lines among which a cell's item opens with a glued dash
 * ("Liquorice extract" / "-E.faecalis"). -1 on out of memory. */
static int short_lines(jfy_node *x, size_t measure) {
    jfyp_lines l;
    if (jfyp_lines_of(x, &l) < 0)
        return -1;
    /* in a block that ends no sentence (a cell ends on its reference,
     * "Silva et al 2012"): prose may break a hyphenated name before its
     * hyphen ("Al" / "-Azhar University, Cairo."); a star's items make a
     * third of the lines, as a footnote's mark ("*Present address") may
     * open one line of a long paragraph */
    size_t items = 0, dashes = 0;
    for (size_t i = 0; i < l.n; i++) {
        items += dash_item(l.v[i].text);
        dashes += dash_item(l.v[i].text) && l.v[i].text[0] == '-';
    }
    int listed = (dashes && l.n && !ends_sentence(l.v[l.n - 1].text)) ||
                 (items && items * 3 >= l.n);
    if (measure < 20 || listed) {
        jfyp_lines_free(&l);
        return listed;
    }
    int cells = l.n >= 2;
    for (size_t i = 0; i < l.n && cells; i++) {
        size_t n = strlen(l.v[i].text);
        cells = cp_count(l.v[i].text) * 10 < measure * 3 && n && !strchr(".:;,", l.v[i].text[n - 1]);
    }
    jfyp_lines_free(&l);
    return cells;
}

/* A bulleted list of two words or more, a word an item: a side box's
 * links ("Review" / "Repository" / "Archive") or a table's column the
 * extraction bulleted, not a section's text. -1 on out of memory. */
static int word_list(const jfy_node *x) {
    if (x->type != JFY_N_LIST || jfyp_node_attr(x, "ordered") || !x->first || x->first == x->last)
        return 0;
    for (const jfy_node *it = x->first; it; it = it->next) {
        if (!it->first || it->first != it->last || it->first->type != JFY_N_PARAGRAPH)
            return 0;
        char *t = jfyp_node_plain(it->first);
        if (!t)
            return -1;
        int word = jfyp_count_words(jfyp_trim(t)) == 1;
        free(t);
        if (!word)
            return 0;
    }
    return 1;
}

/* A block of running text: sentences, or lines that fill the column. */
static int running_text(const jfy_node *x, size_t measure, int *oom) {
    /* what the cells reader kept of a table's figures */
    if (x->type == JFY_N_CODE_BLOCK || empty_list(x))
        return 0;
    int w = word_list(x);
    if (w) {
        *oom = w < 0;
        return 0;
    }
    if (x->type != JFY_N_PARAGRAPH)
        return 1;
    if (!one_line(x)) {
        int s = short_lines((jfy_node *)x, measure);
        if (s < 0)
            *oom = 1;
        return s == 0;
    }
    char *t = jfyp_node_plain(x);
    if (!t) {
        *oom = 1;
        return 0;
    }
    jfyp_squeeze(t);
    size_t n = strlen(t);
    int text = n && (ends_sentence(t) || t[n - 1] == ':' ||
                     (measure ? cp_count(t) * 10 >= measure * 7 : jfyp_count_words(t) >= 12));
    free(t);
    return text;
}

/* The block opens with a word in lower case: it goes on with a sentence. */
static int goes_on_lower(const jfy_node *x, int *oom) {
    if (x->type != JFY_N_PARAGRAPH)
        return 0;
    char *t = jfyp_node_plain(x);
    if (!t) {
        *oom = 1;
        return 0;
    }
    int lower = lower_word_first(jfyp_trim(t));
    free(t);
    return lower;
}

/* The block opens with a sentence's last word in lower case, its stop
 * after it ("pathway.7 β-Catenin binds", "critical. While", "much."):
 * the end of a sentence whose start a box of its own took away. A name
 * set lower first ("arXiv.org", "cBIN1") goes on in letters or figures
 * after its stop, and an abbreviation ("e.g. the") opens no sentence;
 * neither ends a word in lower case with a stop over a space, a figure
 * or the end. */
static int ends_lower_word(const jfy_node *x, int *oom) {
    if (x->type != JFY_N_PARAGRAPH)
        return 0;
    char *t = jfyp_node_plain(x);
    if (!t) {
        *oom = 1;
        return 0;
    }
    const char *p = jfyp_trim(t);
    size_t k = 0;
    while (p[k] >= 'a' && p[k] <= 'z')
        k++;
    /* a citation's figures (",7" or ".12,13") or a closing quote may
     * follow the stop; a letter after it is an abbreviation or a name */
    int ends = k >= 2 && (p[k] == '.' || p[k] == ',' || p[k] == ';') &&
               (!p[k + 1] || p[k + 1] == ' ' || isdigit((unsigned char)p[k + 1]) ||
                (unsigned char)p[k + 1] >= 0x80 || p[k + 1] == '"' || p[k + 1] == ')');
    free(t);
    return ends;
}

/* Whether numbered line p (an ordered item's paragraph, its number
 * kept apart) and line q, the next block, are one heading in Title Case
 * wrapped, which pdfminer cuts into boxes ("2. Detection of Primary Hepatic" / "Carcinoma by US"), running
 * text under them: q no subheading (numbered, in sentence case, or a
 * conventional name), p no conventional name, which is whole. 1, 0, or -1
 * out of memory. */
static int wrapped_title(jfyp_rec *r, const jfy_node *p, const jfy_node *q, size_t measure) {
    const jfy_node *y = jfyp_rec_next(r, q);
    if (!y || y->type != JFY_N_PARAGRAPH || one_line(y))
        return 0;
    char *a = jfyp_node_plain(p), *b = jfyp_node_plain(q);
    int rc = -1;
    if (a && b) {
        jfyp_squeeze(jfyp_trim(a));
        jfyp_squeeze(jfyp_trim(b));
        size_t nb = strlen(b);
        rc = jfyp_section_kind(a) == JFYP_SEC_NONE && cp_count(a) * 10 >= measure * 4 &&
             cp_count(a) * 10 <= measure * 9 && case_style(a) == 1 && line_could_head(a) && nb &&
             !jfyp_section_number(b, NULL) && case_style(b) != 2 && jfyp_section_kind(b) == JFYP_SEC_NONE &&
             jfyp_count_words(b) <= 4 && cp_count(b) * 10 <= measure * 6 && !ends_glue(b) &&
             !strchr(".,;:", b[nb - 1]) && !jfyp_is_caption_start(b) && line_could_head(b);
    }
    free(a);
    free(b);
    return rc;
}

/* A one-item ordered list n, its line and the next block one heading
 * wrapped (wrapped_title): the block joins the item. -1 out of memory. */
static int join_wrapped_item(jfyp_rec *r, jfy_node *n, size_t measure) {
    jfy_node *x = jfyp_rec_next(r, n);
    jfy_node *item = jfyp_node_attr(n, "ordered") && n->last && !n->last->prev && n->last->last &&
                             n->last->last->type == JFY_N_PARAGRAPH && one_line(n->last->last)
                         ? n->last->last
                         : NULL;
    if (!item || !x || x->type != JFY_N_PARAGRAPH || !one_line(x) || jfyp_node_attr(x, "running-header"))
        return 0;
    int wrapped = wrapped_title(r, item, x, measure);
    if (wrapped <= 0)
        return wrapped;
    jfy_node *sp = jfyp_node_new_text(JFY_N_TEXT, " ");
    if (!sp)
        return -1;
    jfyp_node_append(item, sp);
    jfyp_node_move_children(x, item);
    item->end_line = n->end_line = x->end_line;
    item->end_col = n->end_col = x->end_col;
    jfyp_node_free(x);
    return 0;
}

static int prepend_line(jfy_node *n, jfy_node *x, jfy_node **joined);

/* In hard-wrapped text, a line alone whose next block goes on in lower
 * case is a sentence's start the extraction set apart ("The specific objectives were to
 * assess" / "the budget..."): it goes back into that paragraph, set in
 * *joined (n is then gone). -1 on out of memory. */
static int join_sentence_start(jfyp_rec *r, jfy_node *n, jfy_node **joined) {
    jfy_node *x = jfyp_rec_next(r, n);
    int oom = 0;
    *joined = NULL;
    /* a numbered item's first line, its words going on in the next box
     * (pdfminer: "1. The choice of data sources, given their" / "costs
     * and gaps."): the item goes on, no heading */
    jfy_node *item = n->type == JFY_N_LIST && jfyp_node_attr(n, "ordered") && n->last && !n->last->prev &&
                             n->last->last && n->last->last->type == JFY_N_PARAGRAPH && one_line(n->last->last)
                         ? n->last->last
                         : NULL;
    if (x && x->type == JFY_N_PARAGRAPH && item && goes_on_lower(x, &oom)) {
        jfy_node *br = jfyp_node_new(JFY_N_SOFTBREAK);
        if (!br)
            return -1;
        jfyp_node_append(item, br);
        jfyp_node_move_children(x, item);
        item->end_line = n->end_line = x->end_line;
        item->end_col = n->end_col = x->end_col;
        jfyp_node_free(x);
        *joined = n;
        return 0;
    }
    if (!x || n->type != JFY_N_PARAGRAPH || !(goes_on_lower(x, &oom) || ends_lower_word(x, &oom)))
        return oom ? -1 : 0;
    return prepend_line(n, x, joined);
}

/* Line n's words before the next block x's: one paragraph, set in
 * *joined (n is then gone). -1 on out of memory. */
static int prepend_line(jfy_node *n, jfy_node *x, jfy_node **joined) {
    jfy_node *br = jfyp_node_new(JFY_N_SOFTBREAK);
    if (!br)
        return -1;
    jfyp_node_prepend(x, br);
    while (n->last) {
        jfy_node *k = n->last;
        jfyp_node_unlink(k);
        jfyp_node_prepend(x, k);
    }
    x->line = n->line;
    x->col = n->col;
    jfyp_node_free(n);
    *joined = x;
    return 0;
}

/* Paragraph n, one line opening a sentence (sentence_opening) and not
 * ending it, over a paragraph: the line goes back before that paragraph,
 * set in *joined. -1 on out of memory. */
static int opening_apart(jfyp_rec *r, jfy_node *n, jfy_node **joined) {
    *joined = NULL;
    if (n->type != JFY_N_PARAGRAPH || !one_line(n) || jfyp_node_attr(n, "running-header"))
        return 0;
    jfy_node *x = jfyp_rec_next(r, n);
    if (!x || x->type != JFY_N_PARAGRAPH || jfyp_node_attr(x, "running-header"))
        return 0;
    char *t = jfyp_node_plain(n);
    if (!t)
        return -1;
    jfyp_squeeze(jfyp_trim(t));
    size_t len = strlen(t);
    int apart = len && sentence_opening(t) && !strchr(".!?:;", t[len - 1]);
    free(t);
    return apart ? prepend_line(n, x, joined) : 0;
}

/* A line as wide as the column over another such line alone: text a
 * line a block, as pdftotext prints two columns it interleaves ("Ocimum
 * spp. have been used in folk medicine due to their diverse" / "(Name,
 * 2002), molecular mapping,"). A heading that wide would wrap. -1 on out
 * of memory. */
static int full_line_over_line(jfyp_rec *r, const jfy_node *n, const char *t, size_t measure) {
    size_t w = cp_count(t);
    if (measure < 20 || w * 100 < measure * 85 || w * 100 > measure * 110 ||
        jfyp_section_number(t, NULL) || is_upper_style(t))
        return 0;
    const jfy_node *x = jfyp_rec_next(r, n);
    if (!x || x->type != JFY_N_PARAGRAPH || !one_line(x))
        return 0;
    char *u = jfyp_node_plain(x);
    if (!u)
        return -1;
    jfyp_squeeze(u);
    size_t wu = cp_count(u);
    int wide = wu * 100 >= measure * 85 && wu * 100 <= measure * 110;
    free(u);
    return wide;
}

#define MAX_SUBHEADS 1 /* a heading over a subheading over text */
#define MAX_CAPS_SUBHEADS 3 /* a heading in capitals over subheadings */

/* 1 when block n, a heading candidate, stands over running text (figures
 * and tables skipped) directly or through subheadings; -1 on out of
 * memory. */
/* A paragraph of lines of a letter or three ("O", "OH", "HO"): the atoms
 * or marks of a drawing. */
static int atoms_only(const jfy_node *x) {
    if (x->type != JFY_N_PARAGRAPH || !x->first)
        return 0;
    for (const jfy_node *k = x->first; k; k = k->next)
        if (!is_break(k) && !(k->type == JFY_N_TEXT && k->text && cp_count(k->text) <= 3))
            return 0;
    return 1;
}

static int heads_text(jfyp_rec *r, const jfy_node *n, size_t measure, int hops) {
    const jfy_node *x = jfyp_rec_next(r, n);
    /* a lone line of figures is a running footer ("Journal 2014; 9: e5 |
     * 2"); numbers a numbered list's extraction set apart go with entries
     * further on */
    for (;;) {
        while (x && (x->type == JFY_N_FIG || x->type == JFY_N_TABLE_WRAP ||
                     (x->type == JFY_N_CODE_BLOCK && x->text && !strchr(x->text, '\n')) ||
                     (empty_list(x) && jfyp_node_attr(x, "ordered"))))
            x = jfyp_rec_next(r, x);
        /* a drawing's atoms or marks, each a line of a letter or three
         * ("O", "OH", "HO"), on the way to its caption */
        const jfy_node *y = x;
        while (y && atoms_only(y))
            y = jfyp_rec_next(r, y);
        if (y == x || !y || y->type != JFY_N_FIG)
            break;
        x = y;
    }
    if (!x)
        return 0;
    if (x->type == JFY_N_HEADING)
        return 1;
    int oom = 0;
    if (running_text(x, measure, &oom))
        return 1;
    if (oom)
        return -1;
    if (hops >= MAX_SUBHEADS)
        return 0;
    char *t;
    int s = jfyp_heading_text(x, &t);
    if (s <= 0)
        return s;
    /* a conventional section (Results, References) is no line's subheading;
     * the stack under a heading in capitals is short lines in ordinary
     * case, not a table's rows set out with spaces */
    int deeper = hops < 0 && hops > 1 - MAX_CAPS_SUBHEADS; /* past the first subheading */
    int named = jfyp_section_kind(t) != JFYP_SEC_NONE ||
                (deeper && (is_upper_style(t) || jfyp_count_words(t) > 6 || strstr(t, "  ")));
    free(t);
    return named ? 0 : heads_text(r, x, measure, hops + 1);
}

/* Whether the block after n is running text longer than a line (a
 * table's cell, "Smith et al. [9]", ends like a sentence too): -1 on out
 * of memory. */
static int over_running_text(jfyp_rec *r, const jfy_node *n, size_t measure) {
    const jfy_node *x = jfyp_rec_next(r, n);
    int oom = 0;
    if (!x || !running_text(x, measure, &oom))
        return oom ? -1 : 0;
    char *t = jfyp_node_plain(x);
    if (!t)
        return -1;
    int longer = cp_count(t) > measure;
    free(t);
    return longer;
}

/* ---- '#' lines of extracted text ----
 *
 * CommonMark reads a line opening with "# " as a heading; in text taken
 * from a PDF such a line is a table's column head ("# of clusters", "#
 * Cells": the number sign). A '#' line is no heading when its words go on
 * in lower case, or when the page numbers its own headings in plain lines
 * ("1 Introduction", "2 Data Model", "3 API"...), which a Markdown page
 * marking headings with '#' does not. Such lines go back to paragraphs,
 * as printed. */

/* The number a paragraph's first line gives a top-level heading ("2 Data
 * Model" over text), 0 when none. */
static int plain_heading_number(jfy_node *n, int *oom) {
    /* "1. Introduction" over its text reads in CommonMark as a list */
    if (n->type == JFY_N_LIST && jfyp_node_attr(n, "ordered") && n->first &&
        n->first->first && n->first->first->type == JFY_N_PARAGRAPH) {
        const char *st = jfyp_node_attr(n, "start");
        int num = st ? atoi(st) : 1;
        jfyp_lines l;
        if (jfyp_lines_of(n->first->first, &l) < 0) {
            *oom = 1;
            return 0;
        }
        const char *t = l.n ? l.v[0].text : "";
        if (jfyp_count_words(t) > 8 || !isupper((unsigned char)*t) || ends_sentence(t))
            num = 0;
        jfyp_lines_free(&l);
        return num;
    }
    if (n->type != JFY_N_PARAGRAPH)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(n, &l) < 0) {
        *oom = 1;
        return 0;
    }
    int num = 0, depth = 0;
    if (l.n) {
        const char *t = l.v[0].text;
        size_t k = jfyp_section_number(t, &depth);
        if (k && depth == 1 && jfyp_count_words(t) <= 8 && isupper((unsigned char)t[k]) &&
            !ends_sentence(t))
            num = atoi(t);
    }
    jfyp_lines_free(&l);
    return num;
}

static int plain_numbering(jfyp_rec *r, int *oom) {
    unsigned seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && !*oom; n = jfyp_rec_next(r, n)) {
        int k = plain_heading_number(n, oom);
        if (k >= 1 && k <= 3)
            seen |= 1u << k;
    }
    return seen == 0xEu;
}

/* The text opens with a word in lower case ("of clusters"), not a name
 * set lower first ("miRE prediction", "cBIN1", "arXiv.org"). */
static int lower_word_first(const char *t) {
    if (!jfyp_starts_lower(t))
        return 0;
    /* a heading's label in roman numerals or a letter, "i)", "iv.", "b)" */
    size_t k = strspn(t, "ivxl");
    if ((k || (t[0] >= 'a' && t[0] <= 'z' && (k = 1))) && k <= 4 && (t[k] == ')' || t[k] == '.') &&
        t[k + 1] == ' ')
        return 0;
    for (const char *p = t; *p && *p != ' '; p++)
        if (isupper((unsigned char)*p) || isdigit((unsigned char)*p) || *p == '.')
            return 0;
    return 1;
}

/* ---- underlined lines of extracted text ----
 *
 * CommonMark reads a line over a line of '=' or '-' alone as a heading. A
 * Markdown author underlines one short line; a PDF's extraction sets an
 * equation's "=" or a table's empty-cell dash on a line of its own under
 * whatever came before (a column of figures, a wrapped formula, half a
 * sentence). An underlined block of more than one line, or one that could
 * not be a heading's line, goes back to a paragraph with its sign as its
 * last line, as printed; left a heading, it would also mark the page as
 * one whose headings are marked, and every plain heading would be lost. */

/* The line of an underlined heading's sign: under its text's last line
 * (cmark ends the heading on the line after it). */
static int sign_line(const jfy_node *n) {
    int line = n->line + 1;
    for (const jfy_node *k = n->first; k; k = k->next)
        line += k->type == JFY_N_SOFTBREAK || k->type == JFY_N_LINEBREAK;
    return line;
}

/* 1 when the underlined block n, its sign on line sign_at, went back to a
 * paragraph, 0 when it stays a heading, -1 on out of memory. after_cells:
 * the block just above, on the line before, went back so. */
static int demote_underlined(jfyp_rec *r, jfy_node *n, int sign_at, int after_cells) {
    char *t = jfyp_node_plain(n);
    if (!t)
        return -1;
    /* a dash under a table's cell ("Cultivated (%)" / "-" / "-", "NI" /
     * "-" / "NI" / "-"): the next empty cell or the next cell so underlined
     * follows on the next line (a list of no text, the cells reader's block
     * opening with a dash alone), or such a cell came just before; or the
     * row's values do ("Normal control" / "-" / "5.17 ± 0.23"). A
     * Markdown author sets a blank line between a heading and the blocks
     * around it, and no empty list under it. */
    const jfy_node *x = jfyp_rec_next(r, n);
    int cells = after_cells ||
                (x && x->line == sign_at + 1 &&
                 (empty_list(x) || (x->type == JFY_N_HEADING && x->line < x->end_line) ||
                  x->type == JFY_N_PARAGRAPH ||
                  (x->type == JFY_N_CODE_BLOCK && x->text && x->text[0] == '-' &&
                   (!x->text[1] || x->text[1] == '\n'))));
    int keep = one_line(n) && line_could_head(jfyp_trim(t)) && !cells;
    free(t);
    if (keep)
        return 0;
    const char *ls = jfyp_node_attr(n, "level");
    jfy_node *p = jfyp_node_new(JFY_N_PARAGRAPH);
    jfy_node *br = jfyp_node_new(JFY_N_SOFTBREAK);
    jfy_node *sign = jfyp_node_new_text(JFY_N_TEXT, ls && atoi(ls) == 2 ? "-" : "=");
    if (!p || !br || !sign) {
        jfyp_node_free(p);
        jfyp_node_free(br);
        jfyp_node_free(sign);
        return -1;
    }
    jfyp_node_span_from(p, n);
    jfyp_node_move_children(n, p);
    jfyp_node_append(p, br);
    jfyp_node_append(p, sign);
    jfyp_node_insert_before(n, p);
    jfyp_node_free(n);
    return 1;
}

int jfyp_demote_underlines(jfyp_rec *r) {
    int demoted_end = -1;
    for (jfy_node *n = jfyp_rec_first(r); n;) {
        jfy_node *next = jfyp_rec_next(r, n);
        if (n->type == JFY_N_HEADING && n->line < n->end_line) {
            int end = sign_line(n);
            int d = demote_underlined(r, n, end, demoted_end >= 0 && n->line == demoted_end + 1);
            if (d < 0)
                return -1;
            demoted_end = d ? end : -1;
        }
        n = next;
    }
    return 0;
}

static int demote_number_signs(jfyp_rec *r) {
    int oom = 0, numbered = -1, marked = 0;
    /* a page that marks its headings marks them all: the one line left
     * opening with the sign, and reading as no heading (a formula's
     * sign, a sentence), is a table's row on a page of plain text ("#
     * Households (P = .27)", the sign for "number of") */
    for (jfy_node *n = jfyp_rec_first(r); n && marked < 2; n = jfyp_rec_next(r, n))
        marked += n->type == JFY_N_HEADING;
    for (jfy_node *n = jfyp_rec_first(r); n;) {
        jfy_node *next = jfyp_rec_next(r, n);
        if (n->type == JFY_N_HEADING && n->line == n->end_line) {
            char *t = jfyp_node_plain(n);
            if (!t)
                return -1;
            /* a '#' alone is a table's column head, no heading */
            int lower = lower_word_first(jfyp_trim(t)) || !*t ||
                        (marked == 1 && (formula_sign(t) || !line_could_head(t)));
            free(t);
            if (!lower && numbered < 0) {
                numbered = plain_numbering(r, &oom);
                if (oom)
                    return -1;
            }
            if (lower || numbered) {
                const char *ls = jfyp_node_attr(n, "level");
                char hashes[8] = "#######";
                int lv = ls ? atoi(ls) : 1;
                hashes[lv < 1 ? 1 : lv > 6 ? 6 : lv] = '\0';
                char *pre = jfyp_printf("%s ", hashes);
                jfy_node *p = pre ? jfyp_node_new_with_text(JFY_N_PARAGRAPH, pre) : NULL;
                free(pre);
                if (!p)
                    return -1;
                jfyp_node_span_from(p, n);
                jfyp_node_move_children(n, p);
                jfyp_node_insert_before(n, p);
                jfyp_node_free(n);
            }
        }
        n = next;
    }
    return 0;
}

static int any_md_heading(jfyp_rec *r) {
    for (jfy_node *n = jfyp_rec_first(r); n; n = jfyp_rec_next(r, n))
        if (n->type == JFY_N_HEADING)
            return 1;
    return 0;
}

/* A section number alone on its line: "II.", "3.", "2.1", "2.1." (a bare
 * "3" is likelier a page number or a table's cell). */
static int label_only(const char *t) {
    size_t n = strspn(t, "IVX");
    if (n && n <= 4 && t[n] == '.' && !t[n + 1])
        return 1;
    int dots = 0;
    for (const char *p = t; *p; p++) {
        if (*p == '.')
            dots++;
        else if (!isdigit((unsigned char)*p))
            return 0;
    }
    return dots && isdigit((unsigned char)t[0]) && strlen(t) <= 8;
}

/* "II." / "ULTRA LIGHT BOSONS": an extraction may print a heading's number
 * as a block of its own over the heading; they are set on one line. */
static int join_label_line(jfyp_rec *r, jfy_node *p) {
    jfy_node *q = jfyp_rec_next(r, p);
    if (!q || q->type != JFY_N_PARAGRAPH || !one_line(p) || !one_line(q) ||
        jfyp_node_attr(q, "running-header"))
        return 0;
    char *a = jfyp_node_plain(p), *b = jfyp_node_plain(q);
    int rc = -1;
    if (a && b) {
        jfyp_squeeze(a);
        jfyp_squeeze(b);
        rc = 0;
        jfy_node *f = q->first;
        if (label_only(a) && !jfyp_section_number(b, NULL) && line_could_head(b) &&
            !ends_function_word(b) && f && f->type == JFY_N_TEXT && f->text) {
            /* one text node, so that the section reads its label off it */
            char *u = jfyp_printf("%s %s", a, f->text);
            if (!u || jfyp_node_set_text(f, u) < 0) {
                rc = -1;
            } else {
                while (p->first) {
                    jfy_node *k = p->first;
                    jfyp_node_unlink(k);
                    jfyp_node_free(k);
                }
                jfyp_node_move_children(q, p);
                p->end_line = q->end_line;
                p->end_col = q->end_col;
                jfyp_node_free(q);
            }
            free(u);
        }
    }
    free(a);
    free(b);
    return rc;
}

/* An ordered list opened by a number alone, its item empty, then an item
 * with text: the number is a sentence's last word cut off at a page's end
 * ("...shown in Table" / "1."), the item a numbered heading after it
 * ("3. Exergy model"). The empty item goes, the list starts at the
 * heading's own number. -1 out of memory. */
static int drop_lone_number(jfy_node *list) {
    jfy_node *it = list->first;
    if (!jfyp_node_attr(list, "ordered") || !it || it->first || !it->next || !it->next->first)
        return 0;
    const char *mk = jfyp_node_attr(it->next, "marker");
    if (!mk || !isdigit((unsigned char)*mk) || strlen(mk) > 4)
        return 0;
    char num[8];
    snprintf(num, sizeof num, "%d", atoi(mk));
    if (jfyp_node_set_attr(list, "start", num) < 0)
        return -1;
    jfyp_node_unlink(it);
    jfyp_node_free(it);
    return 0;
}

/* A heading led by a square, in capitals ("■ AQUATION REACTION, GUANINE
 * BINDING, AND", "■ THEORETICAL AND EXPERIMENTAL"), the next block opening
 * with a line in capitals, no section's name, as pdfminer parts a wrapped
 * heading from its second line: that line joins the item (ACS sets its
 * subheadings in ordinary case, never capitals under capitals). 0, or -1
 * on out of memory. */
static int join_square_head(jfyp_rec *r, jfy_node *list, jfy_node *para) {
    jfy_node *x = jfyp_rec_next(r, list);
    if (!x || x->type != JFY_N_PARAGRAPH || jfyp_node_attr(x, "running-header"))
        return 0;
    char *t = jfyp_node_plain(para);
    if (!t)
        return -1;
    jfyp_squeeze(t);
    size_t n = strlen(t);
    if (!n || !all_caps(t)) {
        free(t);
        return 0;
    }
    jfyp_lines l;
    if (jfyp_lines_of(x, &l) < 0) {
        free(t);
        return -1;
    }
    int rc = 0;
    if (l.n && all_caps(l.v[0].text) && !ends_function_word(l.v[0].text) &&
        jfyp_section_kind(l.v[0].text) == JFYP_SEC_NONE &&
        jfyp_count_words(t) + jfyp_count_words(l.v[0].text) <= 12 &&
        (l.n == 1 || !all_caps(l.v[1].text))) {
        jfy_node *sp = jfyp_node_new_text(JFY_N_TEXT, " ");
        if (!sp) {
            rc = -1;
        } else if (l.n == 1) {
            jfyp_node_append(para, sp);
            jfyp_node_move_children(x, para);
            jfyp_node_unlink(x);
            jfyp_node_free(x);
        } else if (cut_lines(x, &l, 1, 1) < 0) {
            jfyp_node_free(sp);
            rc = -1;
        } else {
            jfy_node *hp = x->prev; /* the line cut_lines set before x */
            jfyp_node_append(para, sp);
            jfyp_node_move_children(hp, para);
            jfyp_node_unlink(hp);
            jfyp_node_free(hp);
        }
    }
    jfyp_lines_free(&l);
    free(t);
    return rc;
}

/* A heading led by a square ("■ RESULTS AND DISCUSSION", as ACS sets
 * every section's) whose text runs on under it in the same block, as
 * MuPDF and pdfminer give it, or wrapped over two lines: the bullets'
 * reader made the block a list's one item (whatever its mark: the
 * capitals tell the heading). The heading's lines in capitals stay the
 * item, on one line (jfyp_heading_text reads it), and the text goes after
 * the list as a paragraph of its own. 0, or -1 on out of memory. */
static int split_square_head(jfyp_rec *r, jfy_node *list) {
    if (jfyp_node_attr(list, "ordered") || !list->first || list->first != list->last)
        return 0;
    jfy_node *para = list->first->first;
    if (!para || para != list->first->last || para->type != JFY_N_PARAGRAPH)
        return 0;
    if (one_line(para))
        return join_square_head(r, list, para);
    jfyp_lines l;
    if (jfyp_lines_of(para, &l) < 0)
        return -1;
    size_t k = 0;
    while (k < 3 && k < l.n && all_caps(l.v[k].text))
        k++;
    int rc = 0;
    char *head = k ? jfyp_lines_join(&l, 0, k - 1) : NULL;
    int heads = head && all_caps(head) && jfyp_count_words(head) <= 12 && line_could_head(head) &&
                !ends_function_word(head);
    if (k && !head) {
        rc = -1;
    } else if (heads && k == l.n) {
        rc = one_heading_line(para); /* the heading alone, wrapped */
    } else if (heads && !jfyp_starts_lower(l.v[k].text) && jfyp_count_words(l.v[k].text) >= 3) {
        jfy_node *rest = jfyp_lines_split(para, &l, k);
        if (!rest || one_heading_line(para) < 0) {
            rc = -1;
        } else {
            jfyp_node_unlink(rest);
            jfyp_node_insert_after(list, rest);
        }
    }
    free(head);
    jfyp_lines_free(&l);
    return rc;
}

static int split_runin_headings(jfyp_rec *r, size_t measure) {
    int doi_alone = 0; /* a float's DOI line split off the text it ran into */
    for (jfy_node *n = jfyp_rec_first(r); n;) {
        jfy_node *next = jfyp_rec_next(r, n);
        if (n->type == JFY_N_LIST && (drop_lone_number(n) < 0 || split_square_head(r, n) < 0))
            return -1;
        if (measure < 20) {
            /* too few lines to tell the column's width */
            if (n->type == JFY_N_PARAGRAPH && join_label_line(r, n) < 0)
                return -1;
            n = jfyp_rec_next(r, n);
            continue;
        }
        if (n->type == JFY_N_LIST) {
            if (lift_named_items(r, n, measure) < 0)
                return -1;
            if (!n->first) {
                /* every item was a heading: the list goes */
                next = jfyp_rec_next(r, n);
                jfyp_node_unlink(n);
                jfyp_node_free(n);
                n = next;
                continue;
            }
            if (join_wrapped_item(r, n, measure) < 0)
                return -1;
            next = jfyp_rec_next(r, n); /* (the block it took is gone) */
            if (unlist_headings(r, n, measure) < 0)
                return -1;
        } else if (n->type == JFY_N_PARAGRAPH && !jfyp_node_attr(n, "running-header")) {
            if (join_label_line(r, n) < 0 || join_long_run(r, n, measure) < 0)
                return -1;
            if (!one_line(n)) {
                int sr = split_runin(r, n, measure);
                if (sr < 0 || join_long_head(r, n, measure) < 0)
                    return -1;
                doi_alone |= sr;
            } else if (join_caps_head(r, n, measure) < 0 || join_wrapped(r, n, measure) < 0) {
                return -1;
            }
            next = jfyp_rec_next(r, n);
        }
        n = next;
    }
    /* the DOI line now alone goes to its float's caption, as the ones
     * set apart from the start went */
    return doi_alone ? jfyp_recognize_float_dois(r) : 0;
}

/* ---- run-in headings of a page that has no other ----
 *
 * A review may head its sections only with a label run into the first
 * sentence, set in bold that the extraction loses ("Sealer cements. Calcium
 * silicate cement was..."). On a page with no heading but one at most (a
 * table's cell read as one), three such labels or more, each opening a
 * line after a sentence's end, are its sections. A label is a short noun phrase: a capital, at most six words,
 * no digit or punctuation, none of the words a sentence is made with. */

#define RUNIN_MIN 3

static size_t runin_label_len(const char *t) {
    static const char *const verbs[] = {
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "can", "may", "will",
        "would", "could", "should", "we", "our", "it", "its", "this", "these", "those", "they",
        "there", "here", "which", "that", "not", "also", "he", "she", "i", "you", "all", "no",
        "fig", "figs", "ref", "refs", "vol", "eq", "al", "dr", "mr", "ms", "st", "vs", NULL};
    if (!isupper((unsigned char)t[0]))
        return 0;
    const char *dot = strstr(t, ". ");
    if (!dot || dot - t < 4 || dot - t > 60 || !isupper((unsigned char)dot[2]))
        return 0;
    int words = 1;
    for (const char *p = t; p < dot; p++) {
        if (*p == ' ')
            words++;
        else if (!isalpha((unsigned char)*p) && *p != '-' && (unsigned char)*p < 0x80)
            return 0;
    }
    if (words > 6)
        return 0;
    for (const char *w = t; w < dot;) {
        const char *e = w;
        while (e < dot && *e != ' ')
            e++;
        for (int i = 0; verbs[i]; i++)
            if (strlen(verbs[i]) == (size_t)(e - w) && jfyp_strnieq(w, verbs[i], (size_t)(e - w)))
                return 0;
        /* an initial ("J. Smith") */
        if (e - w == 1)
            return 0;
        w = e < dot ? e + 1 : e;
    }
    return (size_t)(dot - t);
}

/* A line ends a sentence, maybe with the citation's number set after the
 * stop ("...without dentin erosion.28", "...and E.faecalis.6,7"), which
 * follows a word, not a figure ("0.635" is a table's cell). */
static int ends_cited_sentence(const char *t) {
    size_t n = strlen(t);
    while (n && (isdigit((unsigned char)t[n - 1]) || t[n - 1] == ',' || t[n - 1] == '-'))
        n--;
    return ends_sentence(t) || (n >= 2 && n < strlen(t) && t[n - 1] == '.' &&
                                !isdigit((unsigned char)t[n - 2]));
}

/* A label that names a statement of the back matter, not a section. */
static int names_statement(const char *t, size_t len) {
    char buf[64];
    if (len >= sizeof buf)
        return 0;
    memcpy(buf, t, len);
    buf[len] = '\0';
    int k = jfyp_section_kind(buf);
    return k != JFYP_SEC_NONE && k != JFYP_SEC_TOP;
}

/* The line of l from `from` on that opens with a run-in label after a
 * sentence's end, or l.n. */
static size_t runin_line(const jfyp_lines *l, size_t from) {
    for (size_t i = from; i < l->n; i++)
        if ((i == 0 || ends_cited_sentence(l->v[i - 1].text)) && runin_label_len(l->v[i].text) &&
            !names_statement(l->v[i].text, runin_label_len(l->v[i].text)) &&
            l->v[i].first && l->v[i].first->type == JFY_N_TEXT && l->v[i].first->text &&
            strncmp(l->v[i].first->text, l->v[i].text, runin_label_len(l->v[i].text) + 2) == 0)
            return i;
    return l->n;
}

static int split_runin_labels(jfyp_rec *r) {
    size_t count = 0, headings = 0;
    for (jfy_node *n = jfyp_rec_first(r); n; n = jfyp_rec_next(r, n)) {
        headings += n->type == JFY_N_HEADING;
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        for (size_t i = runin_line(&l, 0); i < l.n; i = runin_line(&l, i + 1))
            count++;
        jfyp_lines_free(&l);
    }
    if (count < RUNIN_MIN || headings > 1)
        return 0;
    for (jfy_node *n = jfyp_rec_first(r); n;) {
        jfy_node *after = jfyp_rec_next(r, n); /* the new blocks go before it */
        if (n->type != JFY_N_PARAGRAPH) {
            n = after;
            continue;
        }
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        size_t m = 0, *at = NULL;
        jfy_node **first = NULL;
        for (size_t i = runin_line(&l, 0); i < l.n; i = runin_line(&l, i + 1))
            m++;
        if (m && (!(at = malloc(m * sizeof *at)) || !(first = malloc(m * sizeof *first)))) {
            free(at);
            jfyp_lines_free(&l);
            return -1;
        }
        m = 0;
        for (size_t i = runin_line(&l, 0); i < l.n; i = runin_line(&l, i + 1)) {
            first[m] = l.v[i].first;
            at[m++] = i;
        }
        int rc = 0;
        /* from the last label up: every line moves once */
        for (size_t j = m; j-- > 0 && rc == 0;) {
            jfy_node *p = at[j] ? jfyp_lines_split(n, &l, at[j]) : n;
            jfy_node *k = first[j];
            size_t len = runin_label_len(k->text);
            jfy_node *h = p ? jfyp_node_new_with_textn(JFY_N_HEADING, k->text, len) : NULL;
            if (!h || jfyp_node_set_attr(h, "level", "1") < 0) {
                jfyp_node_free(h);
                rc = -1;
                break;
            }
            jfyp_node_span_from(h, p);
            h->end_line = h->line;
            memmove(k->text, k->text + len + 2, strlen(k->text + len + 2) + 1);
            jfyp_node_changed(k);
            jfyp_node_insert_before(p, h);
        }
        free(at);
        free(first);
        jfyp_lines_free(&l);
        if (rc < 0)
            return -1;
        n = after;
    }
    return 0;
}

/* Whether t is a statement's line: a label of a few words and a colon
 * over a registry's number, six figures in a row ("Trial registration:
 * Eudract number 2020-002027-10", "ClinicalTrials.gov Identifier:
 * NCT04475601"). A heading holds no such number; a line that holds one
 * without the label (a running foot's article number, a grant's number
 * in a sentence cut by the column) is left to the other readers. */
static int registry_number(const char *t) {
    const char *colon = strstr(t, ": ");
    if (!colon || colon - t > 40)
        return 0;
    int words = 1;
    for (const char *p = t; p < colon; p++)
        words += *p == ' ';
    if (words > 4)
        return 0;
    for (const char *p = colon; *p;) {
        size_t run = strspn(p, "0123456789");
        if (run >= 6)
            return 1;
        p += run ? run : 1;
    }
    return 0;
}

/* Whether t is a line of an address the front-matter readers left in the
 * text ("Department of Livestock Services (DLS), Animal Quarantine",
 * "cDepartment of Pediatrics, Queen Sirikit Institute", "Office, Kathmandu,
 * Nepal"): an institution's word first, and the comma between an
 * address's parts. A heading names no institution so. */
static int address_line(const char *t) {
    static const char *const firsts[] = {"department", "dept.", "faculty", "school", "institute",
                                         "institut", "university", "universidad", "universidade",
                                         "laboratory", "division", "hospital", "centre", "center",
                                         "college", "ministry", "office", NULL};
    if (!strchr(t, ',') || strchr(t, ':'))
        return 0;
    /* an affiliation's label set on its first word ("cDepartment") */
    if (islower((unsigned char)t[0]) && isupper((unsigned char)t[1]))
        t++;
    if (!isupper((unsigned char)t[0]))
        return 0;
    for (int i = 0; firsts[i]; i++)
        if (starts_with_word(t, firsts[i]))
            return 1;
    return 0;
}

/* Whether t is a byline its reader left, its names marked with their
 * affiliations' letters after a comma and no space ("Pra-on Supadish,e
 * Piyarat Suntarattiwong,e Anthony R. Jones,a"): a heading's commas are
 * followed by a space. Two such marks make it names. */
static int lettered_names(const char *t) {
    int marks = 0;
    for (const char *p = t; *p; p++) {
        if (*p != ',' || p == t || !isalpha((unsigned char)p[-1]) || !islower((unsigned char)p[1]))
            continue;
        const char *q = p + 2;
        while (q[0] == ',' && islower((unsigned char)q[1]))
            q += 2;
        if (*q == ' ' || !*q)
            marks++;
    }
    return marks >= 2;
}

/* Whether candidate i of v is a topic of a review set under its
 * introduction: a line in ordinary case that the page's conventional names
 * would rank under the introduction, with no text of its own, directly
 * over another such line, short, that heads running text, and after a paragraph
 * that ends its sentence ("Forecasting models of shoreline change" /
 * "Wave-driven models" / text). A review names its topics and their parts
 * in two type sizes the text does not show; the introduction, which has no
 * parts of parts, heads none of them. 1 yes, 0 no, -1 out of memory. */
static int review_topic(jfyp_rec *r, const cand *v, size_t len, size_t i, size_t measure) {
    const cand *c = &v[i], *d = i + 1 < len ? &v[i + 1] : NULL;
    if (c->style != 3 || !d || d->style != 3 || d->repeated || d->stray ||
        d->n != jfyp_rec_next(r, c->n) || strchr(c->text, ',') || jfyp_count_words(d->text) > 10 ||
        jfyp_section_kind(c->text) != JFYP_SEC_NONE || jfyp_section_kind(d->text) != JFYP_SEC_NONE)
        return 0;
    size_t k = strlen(c->text);
    if (!k || c->text[k - 1] == '.')
        return 0;
    const jfy_node *pb = prev_block(c->n);
    if (!pb || pb->type != JFY_N_PARAGRAPH)
        return 0;
    char *pt = jfyp_node_plain(pb);
    if (!pt)
        return -1;
    size_t m = strlen(pt);
    while (m && isspace((unsigned char)pt[m - 1]))
        m--;
    int ends = m && pt[m - 1] == '.';
    free(pt);
    return ends ? over_running_text(r, d->n, measure) : 0;
}

/* Takes out the first page's labels and name lines left alone in the body
 * ("ARTICLE HISTORY" with its dates read, "CONTACT Jane Roe", "A. B. Lund,
 * MD"): the facts they label are read already, and as text they would
 * stand as paragraphs the article does not have. -1 out of memory. */
static int drop_fact_lines(jfyp_rec *r) {
    for (jfy_node *n = jfyp_rec_first(r), *nx; n; n = nx) {
        nx = jfyp_rec_next(r, n);
        if (n->type != JFY_N_PARAGRAPH || !one_line(n) || bold_only(n))
            continue;
        char *t = jfyp_node_plain(n);
        if (!t)
            return -1;
        jfyp_trim(t);
        /* a preprint's running head ("Journal, Publish Ahead of Print")
         * left in the text as a line of its own, a publisher's banner or a
         * running head's citation, a lone affiliation's mark: furniture,
         * no paragraph of the text */
        int drop = fact_label(t) || ends_degree(t, strlen(t)) ||
                   (jfyp_count_words(t) <= 8 && jfyp_stristr(t, "publish ahead of print")) ||
                   (jfyp_count_words(t) <= 16 && banner_line(t)) || roman_alone(t);
        /* an address's line or a byline a reader left alone in the text
         * (a page's foot repeating the author's address), a line's length
         * and no paragraph's written on one line, unless a
         * section's name stands over it (a funder's address under
         * "Funding") */
        if (!drop && jfyp_count_words(t) <= 16 && (address_line(t) || lettered_names(t))) {
            const jfy_node *pb = prev_block(n);
            char *pt = pb && pb->type == JFY_N_PARAGRAPH && one_line(pb) ? jfyp_node_plain(pb) : NULL;
            if (pb && pb->type == JFY_N_PARAGRAPH && one_line(pb) && !pt) {
                free(t);
                return -1;
            }
            drop = !(pt && jfyp_is_section_name(jfyp_trim(pt))) && !(pb && pb->type == JFY_N_HEADING);
            free(pt);
        }
        free(t);
        if (drop) {
            jfyp_node_unlink(n);
            jfyp_node_free(n);
        }
    }
    return 0;
}

#define MIN_INTRO_TOPICS 2
#define MAX_INTRO_TOPICS 7 /* a review's handful at the top */

/* Whether heading h, at the top level, closes the article's own text: the
 * back matter's statements and the supplementary files follow the last
 * section of the text; any other name, or the article's own words, is a
 * section of the text. -1 out of memory. */
static int closing_heading(const jfy_node *h) {
    char *t = jfyp_node_plain(h);
    if (!t)
        return -1;
    jfyp_trim(t);
    int kind = jfyp_section_kind(t);
    const char *type = kind == JFYP_SEC_TOP ? jfyp_section_type(t) : NULL;
    int closing = (kind != JFYP_SEC_NONE && kind != JFYP_SEC_TOP) ||
                  (type && (strcmp(type, "supplementary-material") == 0 || strcmp(type, "appendix") == 0));
    free(t);
    return closing;
}

/* An article is more than its introduction: when the introduction's
 * heading is the last top-level one of the text (the back matter's and
 * the supplementary files' aside), the headings in ordinary case or
 * capitals the conventional names ranked under it ("Introduction" /
 * "Blood-borne infections" / "Airborne infection" / ...) may be the
 * article's own sections, a review's topics, which the type sizes the
 * text does not show set at the introduction's level. A review's topic
 * runs on about as long as its introduction; the short parts of a
 * section whose heading no reader took ("Growth conditions", "Genome
 * annotation", a paragraph each) or a figure's labels are shorter by far,
 * and stay where they are. A dozen such headings are topics and their
 * parts set in one run, two levels the text does not tell apart: they
 * stay too. Numbered headings keep the level their numbers give. -1 out
 * of memory. */
static int lift_intro_topics(jfyp_rec *r) {
    jfy_node *intro = NULL;
    for (jfy_node *n = jfyp_rec_first(r); n; n = jfyp_rec_next(r, n)) {
        if (n->type != JFY_N_HEADING)
            continue;
        const char *ls = jfyp_node_attr(n, "level");
        if (ls && atoi(ls) != 1)
            continue;
        if (!intro) {
            char *t = jfyp_node_plain(n);
            if (!t)
                return -1;
            const char *type = jfyp_glossed_section_type(jfyp_trim(t));
            if (type && strcmp(type, "intro") == 0)
                intro = n;
            free(t);
            continue;
        }
        int cl = closing_heading(n);
        if (cl <= 0)
            return cl; /* the introduction has a section after it */
        break;
    }
    if (!intro)
        return 0;
    /* the topics: its subheadings up to the back matter; the text of the
     * introduction before the first of them, and of the topics */
    size_t topics = 0, intro_text = 0, topic_text = 0;
    for (jfy_node *n = jfyp_rec_next(r, intro); n; n = jfyp_rec_next(r, n)) {
        if (n->type != JFY_N_HEADING) {
            if (n->type == JFY_N_PARAGRAPH || n->type == JFY_N_LIST)
                *(topics ? &topic_text : &intro_text) += jfyp_node_plain_len(n);
            continue;
        }
        const char *ls = jfyp_node_attr(n, "level");
        int level = ls ? atoi(ls) : 1;
        if (level == 1)
            break;
        char *t = level == 2 ? jfyp_node_plain(n) : NULL;
        if (level == 2 && !t)
            return -1;
        topics += t && !jfyp_section_number(jfyp_trim(t), NULL);
        free(t);
    }
    if (topics < MIN_INTRO_TOPICS || topics > MAX_INTRO_TOPICS || topic_text * 2 < intro_text * topics)
        return 0;
    for (jfy_node *n = jfyp_rec_next(r, intro); n; n = jfyp_rec_next(r, n)) {
        if (n->type != JFY_N_HEADING)
            continue;
        const char *ls = jfyp_node_attr(n, "level");
        int level = ls ? atoi(ls) : 1;
        if (level == 1)
            break;
        if (level != 2)
            continue;
        char *t = jfyp_node_plain(n);
        if (!t)
            return -1;
        int numbered = jfyp_section_number(jfyp_trim(t), NULL) != 0;
        free(t);
        if (!numbered && jfyp_node_set_attr(n, "level", "1") < 0)
            return -1;
    }
    return 0;
}

/* A web address alone on its line, a page number perhaps after it
 * ("journalsite.org/journal/abc2", "Annals.org"): the page's furniture.
 * No heading is one word with a dot inside before a domain's letters. */
static int web_address(const char *t) {
    size_t n = strcspn(t, " ");
    if (t[n] && strspn(t + n + 1, "0123456789") != strlen(t + n + 1))
        return 0;
    static const char *const tld[] = {".org", ".com", ".net", ".edu", ".gov", ".int", NULL};
    for (int i = 0; tld[i]; i++) {
        const char *d = jfyp_stristr(t, tld[i]);
        size_t k = strlen(tld[i]);
        if (d && d > t && (size_t)(d - t) + k <= n && (d[k] == '/' || (size_t)(d - t) + k == n))
            return 1;
    }
    return 0;
}

/* A journal's citation line: its volume and issue by their words ("Vol.
 * 68 / No. 21", "Volume 00, Number 00, Month 2020", "Volume 9 Issue 9"),
 * or a proof's placeholders for them ("Journal Name xxx (xxxx) xxx"). */
static int citation_words(const char *t) {
    if (strstr(t, "xxx (xxxx)") || strstr(t, "xxx (20") || strstr(t, "(xxxx) xxx"))
        return 1;
    static const char *const vol[] = {"volume ", "vol. ", NULL};
    static const char *const iss[] = {"issue ", "number ", "no. ", NULL};
    int v = 0, s = 0;
    for (int i = 0; vol[i] && !v; i++) {
        const char *p = jfyp_stristr(t, vol[i]);
        v = p && (p == t || p[-1] == ' ' || p[-1] == '/') && isdigit((unsigned char)p[strlen(vol[i])]);
    }
    for (int i = 0; iss[i] && !s; i++) {
        const char *p = jfyp_stristr(t, iss[i]);
        s = p && p > t && (p[-1] == ' ' || p[-1] == '/') && isdigit((unsigned char)p[strlen(iss[i])]);
    }
    return v && s;
}

/* Whether block x is a lone line other than a section's name: with the
 * furniture beside it, a stack of short lines (a page's foot, "Journal
 * Name" over "02 journal.org"). -1 on out of memory. */
static int furniture_line(const jfyp_rec *r, const jfy_node *n, const char *t);
static int short_line_beside(const jfyp_rec *r, const jfy_node *x) {
    if (!x || x->type != JFY_N_PARAGRAPH || !one_line(x))
        return 0;
    char *u = jfyp_node_plain(x);
    if (!u)
        return -1;
    const char *t = jfyp_trim(u);
    /* (a furniture line beside it makes no stack: the journal's name
     * over "journal.org" alone, both go) */
    int s = !jfyp_is_section_name(t) && !furniture_line(r, x, t);
    free(u);
    return s;
}

/* A lone line that prints the journal's name (alone, with its address or
 * its citation), a web address, or a citation line: the page's furniture,
 * which the banner readers leave where it stands inside the text (a later
 * page's head, a letter's first line over its title). No heading: it goes. */
static int furniture_line(const jfyp_rec *r, const jfy_node *n, const char *t) {
    if (n->type == JFY_N_HEADING || !one_line(n))
        return 0;
    return jfyp_journal_name_line(r->hints, t, 0) || web_address(t) || citation_words(t);
}

int jfyp_recognize_headings(jfyp_rec *r) {
    cand *v = NULL;
    size_t len = 0, cap = 0;
    int rc = -1, md = 0, upper = 0, known = 0, known_upper = 0, numbered = 0;
    int core = 0, titled = 0, sentenced = 0, known_numbered = 0, base_level = 0;
    int dotted = 0, outer_level = 0, numbered_core = 0;
    size_t measure;
    if (drop_fact_lines(r) < 0 || close_spaced_lines(r) < 0 || join_side_labels(r) < 0 ||
        demote_number_signs(r) < 0 || column_measure(r, &measure) < 0)
        return -1;
    if (!any_md_heading(r) && split_runin_headings(r, measure) < 0)
        return -1;
    for (jfy_node *n = jfyp_rec_first(r); n; n = jfyp_rec_next(r, n)) {
        char *t;
        int s = jfyp_heading_text(n, &t);
        if (s < 0)
            goto out;
        if (!s) {
            /* a sentence's opening line that a paragraph break cut from
             * the rest of its sentence ("Here, we reveal an enhanced..."
             * / "Australian coast and..."): it goes back before it */
            jfy_node *joined = NULL;
            if (opening_apart(r, n, &joined) < 0)
                goto out;
            if (joined)
                n = joined;
            continue;
        }
        int fu = furniture_line(r, n, t);
        if (fu) {
            /* (in a stack of short lines, a float's or the page's foot,
             * it is left as it was for the readers of such stacks) */
            int sa = short_line_beside(r, n->prev), sb = sa ? 0 : short_line_beside(r, jfyp_rec_next(r, n));
            if (sa < 0 || sb < 0) {
                free(t);
                goto out;
            }
            fu = !sa && !sb;
        }
        if (fu) {
            free(t);
            jfy_node *pv = n->prev;
            jfyp_node_unlink(n);
            jfyp_node_free(n);
            if (!pv)
                break;
            n = pv;
            continue;
        }
        /* a trial's registration line is a statement, no heading */
        if (n->type != JFY_N_HEADING && registry_number(t)) {
            free(t);
            continue;
        }
        /* a plain line naming the references that their reader left is
         * a table's column ("Reference") or a list it could not read: no
         * section of its own, set under the one it stands in */
        int stray_refs = n->type != JFY_N_HEADING && !bold_only(n) &&
                         jfyp_section_kind(t) == JFYP_SEC_REFS;
        /* the last block heads nothing, unless it names a section whose
         * content went elsewhere (supplementary files) */
        if (n->type != JFY_N_HEADING && !jfyp_rec_next(r, n) &&
            jfyp_section_kind(t) != JFYP_SEC_TOP) {
            free(t);
            continue;
        }
        if (n->type != JFY_N_HEADING && !bold_only(n) && jfyp_section_kind(t) == JFYP_SEC_NONE) {
            jfy_node *joined = NULL;
            if (measure >= 20 && join_sentence_start(r, n, &joined) < 0) {
                free(t);
                goto out;
            }
            if (joined) {
                free(t);
                n = joined; /* the loop goes on after it */
                continue;
            }
            int sp = sentence_piece(t), on = 0;
            jfy_node *x = jfyp_rec_next(r, n);
            /* (a line of hard-wrapped text, not a Markdown paragraph's
             * whole text on its line) */
            if (sp == 2 && measure >= 20 && cp_count(t) * 10 <= measure * 11 && n->type == JFY_N_PARAGRAPH &&
                one_line(n) && x && x->type == JFY_N_PARAGRAPH && !jfyp_node_attr(x, "running-header") &&
                (on = opens_uncapital(x)) != 0) {
                /* its sentence goes on in the next block, which opens
                 * in no capital ("...using a Ther-" / "moquest-Finnigan") */
                free(t);
                if (on < 0)
                    goto out;
                if (prepend_line(n, x, &joined) < 0)
                    goto out;
                n = joined;
                continue;
            }
            jfy_node *pv = n->prev;
            if (sp == 2 && measure >= 20 && cp_count(t) * 10 <= measure * 11 && n->type == JFY_N_PARAGRAPH &&
                one_line(n) && pv && pv->type == JFY_N_PARAGRAPH && !one_line(pv) &&
                !jfyp_node_attr(pv, "running-header")) {
                /* the rest of its sentence went elsewhere (over a
                 * footnote, a float, the next column): the line stays
                 * with the text above it, no paragraph of its own */
                free(t);
                if (jfyp_paras_join(pv, n) < 0)
                    goto out;
                n = pv;
                continue;
            }
            int fl = full_line_over_line(r, n, t, measure);
            if (fl || formula_sign(t) || type_label(t) || sp) {
                free(t);
                if (fl < 0)
                    goto out;
                continue;
            }
            /* a heading in capitals may stand over a short stack of
             * subheadings in ordinary case ("STAR METHODS" / "Key
             * resources table" / "Resource availability" / "Lead contact") */
            int ht = heads_text(r, n, measure, is_upper_style(t) ? 1 - MAX_CAPS_SUBHEADS : 0);
            if (ht <= 0) {
                free(t);
                if (ht < 0)
                    goto out;
                continue;
            }
        }
        if (len == cap) {
            size_t nc = cap ? cap * 2 : 32;
            cand *nv = realloc(v, nc * sizeof *nv);
            if (!nv) {
                free(t);
                goto out;
            }
            v = nv;
            cap = nc;
        }
        cand *c = &v[len++];
        c->n = n;
        c->text = t;
        c->depth = 0;
        c->stray = stray_refs;
        c->paren = 0;
        c->repeated = 0;
        c->space = spacing(n);
        if (n->type == JFY_N_HEADING) {
            c->style = 0;
            md++;
        } else if (bold_only(n)) {
            c->style = 4;
        } else if (jfyp_section_number(t, &c->depth)) {
            c->style = 1;
            numbered++;
            c->paren = c->depth == 1 && paren_numbered(n, t);
            dotted += !c->paren;
        } else if (is_upper_style(t)) {
            c->style = 2;
            upper++;
        } else {
            c->style = 3;
        }
        /* "Summary" and "Appendix" name no part of a paper's usual order:
         * the page's other headings are not ranked under them */
        if (c->style >= 1 && c->style <= 3 && jfyp_section_kind(t) == JFYP_SEC_TOP &&
            jfyp_section_type(t)) {
            known++;
            known_numbered += c->style == 1;
            if (c->style == 1)
                numbered_core |= core_bits(t);
            known_upper += c->style == 2;
        }
        core += c->style >= 1 && c->style <= 3 && imrad_core(t);
        if (c->style == 3 && jfyp_section_kind(t) == JFYP_SEC_NONE) {
            int cs = case_style(t);
            titled += cs == 1;
            sentenced += cs == 2;
        }
    }
    if (mark_repeated(v, len, &upper, &titled, &sentenced) < 0)
        goto out;
    /* the core sections (methods, results, discussion) some line names
     * over running text of its own */
    int core_text = 0;
    for (size_t i = 0; i < len; i++) {
        int cb = v[i].style == 2 || v[i].style == 3 ? core_bits(v[i].text) : 0;
        if (cb && !(core_text & cb)) {
            int ot = over_running_text(r, v[i].n, measure);
            if (ot < 0)
                goto out;
            if (ot)
                core_text |= cb;
        }
    }
    /* An article's body opens with its introduction: a line alone above
     * the "Introduction" or "Background" heading is what the front matter
     * left (a banner, an editor's line, names, addresses), no section. */
    size_t intro = 0;
    for (size_t i = 0; i < len; i++) {
        const char *type = v[i].style ? jfyp_glossed_section_type(v[i].text) : NULL;
        if (type && strcmp(type, "intro") == 0) {
            intro = i;
            break;
        }
    }
    /* A page that spaces its headings two ways, some from the text above
     * and some (never a conventional section's) from the text below,
     * shows two levels by it where case and numbering show none. */
    int spaced_over = 0, spaced_under = 0, known_under = 0;
    for (size_t i = intro; i < len; i++) {
        if (v[i].style < 1 || v[i].style > 3)
            continue;
        int kind = jfyp_section_kind(v[i].text);
        spaced_over += v[i].space == 1;
        if (v[i].space == 2 && v[i].style != 1)
            *(kind == JFYP_SEC_NONE ? &spaced_under : &known_under) += 1;
    }
    int two_spacings = spaced_over >= 2 && spaced_under >= 2 && !known_under;
    int over_level = 0, over_end = 0, over_parent = 0;
    /* the last top-level heading in ordinary case or capitals, its
     * section's type, and whether a subheading has followed it */
    const char *top_text = NULL, *top_type = NULL;
    int top_subs = 0;
    /* the last top-level heading opens the introduction or a topic under
     * it (review_topic) */
    int topics_open = 0;
    int last_level = 0, last_depth = 0, ht;
    /* the conventional names the page has headed a section with */
    unsigned char named_made[sizeof names / sizeof *names] = {0};
    /* the line of the conventional name in capitals heading the section
     * open, and whether capitals have shown two levels under such names */
    int caps_top_line = 0, caps_two = 0;
    int ix;
    int supp_line = 0; /* where the supplementary files' heading just made is */
    const char *last_numbered = NULL; /* the last heading made, when numbered */
    const char *top_numbered = NULL; /* the last numbered top-level heading made */
    int copied = 0; /* a copy of top_numbered dropped, no heading made since */
    for (size_t i = 0; i < len; i++) {
        cand *c = &v[i];
        int level;
        if ((i < intro && c->style) || c->repeated)
            continue;
        if (c->style == 0) {
            const char *ls = jfyp_node_attr(c->n, "level");
            last_level = ls ? atoi(ls) : 1;
            continue;
        }
        if (c->style == 1 && (ht = form_blank(r, c->n, c->text)) != 0) {
            if (ht < 0)
                goto out;
            continue;
        }
        if (c->style == 1 && last_numbered && strcmp(c->text, last_numbered) == 0) {
            /* the heading just made, numbered alike: a page whose text
             * the extraction gave twice (a hidden layer), or a running
             * head naming the section, opens no second one; right under
             * its heading the copy says nothing the page does not, and
             * would stand as a paragraph of its own */
            const jfy_node *pb = prev_block(c->n);
            if ((pb && pb->type == JFY_N_HEADING) || copied) {
                jfyp_node_unlink(c->n);
                jfyp_node_free(c->n);
            }
            continue;
        }
        if (c->style == 1 && c->depth == 1 && top_numbered && strcmp(c->text, top_numbered) == 0) {
            /* the section open, its number and name again further on
             * ("3. Results and Discussion" over "2.2", "2.3", then again
             * over its text): the extraction gave a stretch of the page
             * twice, or a block out of its place; a page numbers each
             * section once, and the copy is no text of the article, nor
             * is the copy of the subheading made last that follows it */
            jfyp_node_unlink(c->n);
            jfyp_node_free(c->n);
            copied = 1;
            continue;
        }
        if (c->style == 4) {
            /* a bold line heads running text, not another bold label */
            jfy_node *nx = jfyp_rec_next(r, c->n);
            char *nt = nx && nx->type == JFY_N_PARAGRAPH && nx->first &&
                               nx->first->type != JFY_N_STRONG
                           ? jfyp_node_plain(nx)
                           : NULL;
            size_t nl = nt ? strlen(nt) : 0;
            free(nt);
            if (nl < 100)
                continue;
            level = last_level ? last_level + 1 : 2;
        } else if (md >= 2) {
            continue; /* the page marks its headings; this line is text */
        } else if (c->style != 1 && known_numbered >= 2 && (core_bits(c->text) & numbered_core)) {
            /* a page numbering its sections ("2. Material and method")
             * prints the name of one of them again unnumbered ("Method"):
             * a table's column head or a label, no second section */
            continue;
        } else if (c->style != 1 && known_numbered >= 2 && jfyp_section_kind(c->text) == JFYP_SEC_TOP &&
                   c->text[0] && c->text[strlen(c->text) - 1] == ':') {
            /* a page numbering its sections ("1. Background") prints
             * "Background:" unnumbered as the label of a structured
             * abstract's part */
            continue;
        } else if (c->style != 1 && known_numbered >= 2 && jfyp_section_kind(c->text) == JFYP_SEC_TOP &&
                   imrad_core(c->text) && (ht = heads_text(r, c->n, measure, 0)) <= 0) {
            /* a page numbering its sections prints an unnumbered "Results"
             * over no text: a table's column head */
            if (ht < 0)
                goto out;
            continue;
        } else if ((c->style == 2 || c->style == 3) && imrad_core(c->text) &&
                   (ix = lookup(c->text, NULL)) >= 0 && (size_t)ix < sizeof named_made &&
                   named_made[ix] &&
                   (ht = over_running_text(r, c->n, measure)) <= 0) {
            /* a section's name printed again, over no text of its own
             * ("Results" among "Author(s)", "Exposure", "Outcome"): a
             * table's column head, no second section */
            if (ht < 0)
                goto out;
            continue;
        } else if ((c->style == 2 || c->style == 3) && (core_bits(c->text) & core_text) &&
                   (ht = over_running_text(r, c->n, measure)) <= 0 &&
                   (ht < 0 || (ht = heads_text(r, c->n, measure, 0)) <= 0)) {
            /* a core section's name over neither text nor a subheading over text
             * ("Method" over "Kmer (k = 3)", "Methods" over "Accuracy")
             * where another line heads that section over its text
             * ("Materials and methods"): a table's column head */
            if (ht < 0)
                goto out;
            continue;
        } else if (c->style == 1 && !known_numbered && known >= 2 && base_level) {
            /* the page names its sections unnumbered: numbered lines
             * under them are its subheadings or a list's items */
            level = base_level + c->depth;
        } else if (c->style == 1 && c->paren && dotted >= 2 && outer_level) {
            /* a page numbering its sections "2." and "2.1." numbers the
             * steps of its deepest ones "1)" (IEEE's "A." then "1)"):
             * under the heading they follow, whatever their number says */
            level = outer_level + 1;
        } else if (c->style == 1) {
            level = last_depth = c->depth;
        } else {
            int kind = jfyp_section_kind(c->text);
            const char *type = kind == JFYP_SEC_TOP ? jfyp_section_type(c->text) : NULL;
            /* the list of supplementary files closes the body, under no
             * section, whatever case the page sets its name in */
            int supp = type && strcmp(type, "supplementary-material") == 0;
            int always_top = (kind != JFYP_SEC_NONE && kind != JFYP_SEC_TOP) || supp;
            if (supp && supp_line && prev_block(c->n) && prev_block(c->n)->type == JFY_N_HEADING &&
                prev_block(c->n)->line == supp_line)
                /* "Electronic supplementary material" / "Supporting
                 * Information", no text between: the second names the
                 * first one's files */
                level = 2;
            else if (c->style == 2 && kind == JFYP_SEC_NONE && caps_top_line &&
                     (caps_two || (prev_block(c->n) && prev_block(c->n)->type == JFY_N_HEADING &&
                                   prev_block(c->n)->line == caps_top_line))) {
                /* "METHODS" / "STUDY DESIGN", no text between: the page
                 * sets two levels in capitals, the conventional names
                 * over the others, here and further on */
                level = 2;
                caps_two = 1;
            } else if (c->style == 2 || always_top)
                level = 1;
            else if (upper >= 2 && known_upper * 2 >= known && known_upper)
                /* capitals head the page; ordinary case is below them,
                 * whatever numbered lines (a table's, a list's) say */
                level = 2;
            else if (numbered >= 2 && (known_numbered || known < 2))
                /* under the page's numbered headings; a page that names
                 * its sections unnumbered numbers only its subheadings
                 * or a list's items */
                level = kind == JFYP_SEC_TOP ? 1 : last_depth + 1;
            else if (upper >= 2 && known_upper * 2 >= known)
                level = 2; /* capitals head the page; ordinary case is below them */
            else if (!core && titled >= 2 && sentenced >= 2)
                /* an essay's own headings in Title Case over subheadings
                 * in sentence case: the case is all the page shows of
                 * the type sizes that told them apart */
                level = kind == JFYP_SEC_TOP || case_style(c->text) == 1 ? 1 : 2;
            else if (known)
                level = kind == JFYP_SEC_TOP ? 1 : 2;
            else
                level = 1;
        }
        if ((c->style == 2 || c->style == 3) && two_spacings && c->space == 2 &&
            jfyp_section_kind(c->text) == JFYP_SEC_NONE && over_level && level <= over_level &&
            (over_level == 1 || over_parent || c->n->line == over_end + 1)) {
            /* spaced from the text below: under a section's heading, or
             * under the one it follows with no text between */
            level = over_level + 1;
            over_parent = 1;
        }
        if (c->style == 3 && upper >= 2 && lone_caps_word(c->text))
            level = 1; /* capitals head the page, this word too */
        if ((c->style == 2 || c->style == 3) && level == 1 && top_subs && within_type(c->text, top_text, top_type))
            /* "Experimental" / "Chemicals" / "Methods": a part of the
             * section it follows, set like the subheading before it */
            level = 2;
        int topic = 0;
        if (level == 2 && topics_open && (topic = review_topic(r, v, len, i, measure)) != 0) {
            if (topic < 0)
                goto out;
            level = 1;
        }
        if (c->stray && !last_level)
            continue; /* under no section: a table's column, no heading */
        if (c->stray)
            level = last_level + 1;
        else if (c->style == 2 || c->style == 3)
            base_level = level;
        supp_line = 0;
        if (c->style >= 2 && c->style <= 3) {
            const char *st = jfyp_section_type(c->text);
            if (st && strcmp(st, "supplementary-material") == 0)
                supp_line = c->n->line;
        }
        if ((c->style == 2 || c->style == 3) && (ix = lookup(c->text, NULL)) >= 0 &&
            (size_t)ix < sizeof named_made)
            named_made[ix] = 1;
        if (level == 1)
            caps_top_line = c->style == 2 && jfyp_section_kind(c->text) == JFYP_SEC_TOP ? c->n->line : 0;
        int end = c->n->end_line; /* make_heading frees the line's node */
        if (make_heading(c->n, level, c->text) < 0)
            goto out;
        if (c->style != 4)
            last_level = level;
        if (level == 1) {
            const char *gt = c->style == 2 || c->style == 3 ? jfyp_glossed_section_type(c->text) : NULL;
            topics_open = topic || (gt && strcmp(gt, "intro") == 0);
        }
        if ((c->style == 2 || c->style == 3) && level == 1) {
            top_text = c->text;
            top_type = jfyp_section_kind(c->text) == JFYP_SEC_TOP ? jfyp_section_type(c->text) : NULL;
            top_subs = 0;
        } else if (c->style != 4 && level > 1) {
            top_subs = 1;
        } else if (c->style == 1 && level == 1) {
            top_text = top_type = NULL;
        }
        last_numbered = c->style == 1 ? c->text : NULL;
        copied = 0;
        if (level == 1 && c->style != 4)
            top_numbered = c->style == 1 ? c->text : NULL;
        if (c->style != 4 && !(c->style == 1 && c->paren))
            outer_level = level;
        if (c->style >= 1 && c->style <= 3 && c->space == 1) {
            over_level = level;
            over_end = end;
            over_parent = 0;
        }
    }
    rc = md ? 0 : lift_intro_topics(r);
    if (!rc && !md)
        rc = split_runin_labels(r);
out:
    for (size_t i = 0; i < len; i++)
        free(v[i].text);
    free(v);
    return rc;
}
