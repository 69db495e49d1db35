/* recognize_smallcaps.c - small capitals an extractor read in mixed case
 * ("bACkgrOund", "rEFErEnCEs", "John W cherrie,1 andrew apsley,2").
 *
 * Some fonts draw small capitals with glyphs mapped partly to upper and
 * partly to lower case, so MuPDF and pdfminer (sometimes pdftotext) give
 * words no language spells: a lower-case letter before capitals, or the
 * case flipping three times and more. Such a word alone says little (gene,
 * chemical and product names mix cases too: "GlcNAc", "mRNAs",
 * "ImageNet"), so a line is repaired only where the evidence is strong:
 * - a short line made only of such words and capitals, two of them at
 *   least; or a line of one word in mixed case, neither capitalised nor
 *   in capitals, that upper-cased is a word heads and labels are made of
 *   ("rEFErEnCEs", "METHOds", "ReseaRch"): it is set in capitals, as the
 *   heading and label readers know them, and as its sibling heads read;
 * - a byline (three names or more, each followed by its affiliation
 *   numbers) with a name capitalised and two or more not: a name word the
 *   font left lower case is capitalised, a particle ("van", "de") is not;
 * - a numbered reference opening on such a surname and its initials
 *   ("4 langrish JP,"): the surname is capitalised, so the list's items
 *   are told apart.
 * Each line is read once; a line never changes length. */
#include "recognize.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* Case flips in a word of ASCII letters. */
static int flips(const char *w, size_t n) {
    int f = 0;
    for (size_t i = 1; i < n; i++)
        f += !!islower((unsigned char)w[i]) != !!islower((unsigned char)w[i - 1]);
    return f;
}

/* A word no language spells: the case flips three times or more ("rEsulTs",
 * "ReseaRch"), or twice after a lower-case first letter ("researCh"). */
static int garbled(const char *w, size_t n) {
    if (n < 4)
        return 0;
    int f = flips(w, n);
    return f >= 3 || (f >= 2 && islower((unsigned char)w[0]));
}

static int all_upper(const char *w, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (!isupper((unsigned char)w[i]))
            return 0;
    return 1;
}

/* The words heads and labels are made of, that a line of one garbled word
 * must read as. */
static const char *const head_words[] = {
    "ABSTRACT",     "ACKNOWLEDGEMENTS", "ACKNOWLEDGMENTS", "APPENDIX",       "ARTICLE",
    "BACKGROUND",   "BIBLIOGRAPHY",     "COMMENTARY",      "CONCLUSION",     "CONCLUSIONS",
    "CONTRIBUTORS", "CORRESPONDENCE",   "DESIGN",          "DISCUSSION",     "EDITORIAL",
    "FINDINGS",     "FUNDING",          "INTERPRETATION",  "INTRODUCTION",   "KEYWORDS",
    "LETTER",       "LIMITATIONS",      "METHODS",         "NOTES",          "OBJECTIVE",
    "OBJECTIVES",   "PARTICIPANTS",     "REFERENCES",      "RESEARCH",       "RESULTS",
    "REVIEW",       "SETTING",          "SUMMARY",
};

static int head_word(const char *w, size_t n) {
    for (size_t i = 0; i < sizeof head_words / sizeof *head_words; i++)
        if (strlen(head_words[i]) == n && strncasecmp(head_words[i], w, n) == 0)
            return 1;
    return 0;
}

/* Neither in capitals, nor capitalised, nor in lower case. */
static int mixed(const char *w, size_t n) {
    size_t up = 0;
    for (size_t i = 0; i < n; i++)
        up += !!isupper((unsigned char)w[i]);
    return up > 0 && up < n && !(up == 1 && isupper((unsigned char)w[0]));
}

/* A head or label line in mixed-case small capitals: letters, spaces and a
 * little punctuation only. */
static int garbled_head(const char *s) {
    if (strlen(s) > 60)
        return 0;
    int words = 0, odd = 0, plain = 0;
    const char *first = NULL;
    size_t first_n = 0;
    for (const char *p = s; *p;) {
        unsigned char c = (unsigned char)*p;
        if (isalpha(c)) {
            const char *w = p;
            while (isalpha((unsigned char)*p))
                p++;
            size_t n = (size_t)(p - w);
            if (!words++) {
                first = w;
                first_n = n;
            }
            if (garbled(w, n))
                odd++;
            else if (n > 1 && !all_upper(w, n))
                plain++;
            continue;
        }
        if (c != ' ' && c != '&' && c != ':' && c != ',' && c != '-' && c != '.')
            return 0;
        p++;
    }
    if (words == 1)
        return mixed(first, first_n) && head_word(first, first_n);
    return words <= 6 && odd >= 2 && !plain;
}

static int particle(const char *w, size_t n) {
    static const char *const p[] = {"and", "da", "de", "del", "der", "di", "dos", "du",
                                    "la",  "le", "van", "von", "y",  "e",  "bin", "al"};
    for (size_t i = 0; i < sizeof p / sizeof *p; i++)
        if (strlen(p[i]) == n && memcmp(p[i], w, n) == 0)
            return 1;
    return 0;
}

/* A byline: runs of two to four name words, each followed by its
 * affiliation numbers ("John W cherrie,1,2 andrew apsley,1"), three runs
 * at least and a capitalised name word among them; returns how many name
 * words start in lower case, when two or more do. */
static int byline_lowers(const char *s) {
    int runs = 0, lowers = 0, capitals = 0, in_run = 0, run_words = 0;
    const char *p = s;
    for (;;) {
        unsigned char c = (unsigned char)*p;
        if (isalpha(c)) {
            const char *w = p;
            while (isalpha((unsigned char)*p) || *p == '-' || *p == '\'')
                p++;
            size_t n = (size_t)(p - w);
            if (*p == '.' && n <= 2)
                p++; /* an initial */
            if (!in_run) {
                in_run = 1;
                run_words = 0;
            }
            run_words++;
            if (islower(c)) {
                lowers += !particle(w, n);
                for (size_t i = 1; i < n; i++)
                    if (isupper((unsigned char)w[i]))
                        return 0;
            } else if (n > 2 && islower((unsigned char)w[1]))
                capitals++;
            if (*p != ' ' && *p != ',' && !isdigit((unsigned char)*p))
                return 0;
            continue;
        }
        if (in_run && c != ' ') {
            /* the run ends: its numbers follow, set close after the name
             * or its comma ("cherrie,1", "loh1"), not a word apart ("el 4") */
            int glued = p > s && isalpha((unsigned char)p[-1]) &&
                        (isdigit(c) || (c == ',' && isdigit((unsigned char)p[1])));
            if (run_words < 2 || run_words > 4 || !glued)
                return 0;
            runs++;
            in_run = 0;
        }
        if (!c)
            break;
        if (c != ' ' && c != ',' && c != '*' && !isdigit(c))
            return 0;
        p++;
    }
    /* one lower-case name is how an author may spell it; several in a
     * row of three names are the font's */
    if (runs < 3 || !capitals || lowers < 2)
        return 0;
    return lowers;
}

/* A numbered reference opening on a surname the font left lower case, its
 * initials after it ("4 langrish JP, Mills nl"): returns the surname. */
static char *reference_surname(char *s) {
    char *p = s;
    while (*p == ' ')
        p++;
    int digits = 0;
    while (isdigit((unsigned char)*p))
        p++, digits++;
    if (digits < 1 || digits > 3)
        return NULL;
    if (*p == '.')
        p++;
    if (*p != ' ' && *p != '\t')
        return NULL;
    while (*p == ' ' || *p == '\t')
        p++;
    char *w = p;
    if (!islower((unsigned char)*w))
        return NULL;
    while (islower((unsigned char)*p) || *p == '-' || *p == '\'')
        p++;
    if (p - w < 3 || *p != ' ' || particle(w, (size_t)(p - w)))
        return NULL;
    p++;
    int caps = 0;
    while (isupper((unsigned char)*p))
        p++, caps++;
    /* the same font may have left an initial lower case too ("Sa,") */
    if (caps == 1 && islower((unsigned char)*p) && p[1] == ',')
        return w;
    return caps >= 1 && caps <= 3 && (*p == ',' || *p == '.') ? w : NULL;
}

static void capitalise_names(char *s) {
    for (char *p = s; *p;) {
        if (isalpha((unsigned char)*p)) {
            char *w = p;
            while (isalpha((unsigned char)*p) || *p == '-' || *p == '\'')
                p++;
            if (islower((unsigned char)*w) && !particle(w, (size_t)(p - w)))
                *w = (char)toupper((unsigned char)*w);
            continue;
        }
        p++;
    }
}

int jfyp_recognize_smallcaps(jfyp_rec *r) {
    for (jfy_node *n = r->doc->first; n; n = jfyp_node_next_in(r->doc, n)) {
        if (n->type != JFY_N_TEXT || !n->text || !n->text[0])
            continue;
        int head = garbled_head(n->text);
        int names = head ? 0 : byline_lowers(n->text);
        char *sur = head || names ? NULL : reference_surname(n->text);
        if (!head && !names && !sur)
            continue;
        char *t = jfyp_strndup(n->text, strlen(n->text));
        if (!t)
            return -1;
        if (head)
            for (char *p = t; *p; p++)
                *p = (char)toupper((unsigned char)*p);
        else if (names)
            capitalise_names(t);
        else
            t[sur - n->text] = (char)toupper((unsigned char)*sur);
        jfyp_node_take_text(n, t);
    }
    return 0;
}
