/* recognize_article_type.c - what kind of article a page holds, from the
 * label printed above its title ("RESEARCH ARTICLE", "*Commentary*",
 * "Letter to the Editor"), as a JATS article-type value. */
#include "country.h"
#include "front.h"
#include "names.h"
#include "textlines.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define SIDE_TYPE_BLOCKS 40 /* blocks of the first page a side label is looked for in */

typedef struct {
    const char *label; /* lower case, as printed */
    const char *type;  /* JATS article-type */
} label_map;

/* Printed labels to JATS article-type values (JATS 1.4 suggested values,
 * mapped the way publishers' JATS does). */
static const label_map labels[] = {
    {"research article", "research-article"}, {"research articles", "research-article"},
    {"original article", "research-article"}, {"original articles", "research-article"},
    {"original research", "research-article"}, {"original research article", "research-article"},
    {"original paper", "research-article"}, {"research paper", "research-article"},
    {"research", "research-article"}, {"article", "research-article"},
    {"full paper", "research-article"}, {"full-length article", "research-article"},
    {"regular article", "research-article"}, {"methods article", "research-article"},
    {"methodology article", "research-article"}, {"research report", "research-article"},
    {"artigo original", "research-article"}, {"artículo original", "research-article"},
    {"artigos originais", "research-article"}, {"artículos originales", "research-article"},
    {"review article", "review-article"}, {"review", "review-article"},
    {"reviews", "review-article"}, {"mini review", "review-article"},
    {"focused review", "review-article"}, {"narrative review", "review-article"},
    {"mini-review", "review-article"}, {"minireview", "review-article"},
    /* a review by a protocol of search and appraisal: its own kind in
     * the JATS of publishers that print the label alone (Frontiers) */
    {"systematic review", "systematic-review"}, {"invited review", "review-article"},
    {"review paper", "review-article"}, {"artigo de revisão", "review-article"},
    {"nano review", "review-article"}, {"meta-analysis", "review-article"},
    {"scoping review", "review-article"},
    {"systematic review and meta-analysis", "review-article"},
    {"systematic review and meta-analyses", "review-article"},
    {"meta-analyses", "review-article"},
    {"commentary", "article-commentary"}, {"comment", "article-commentary"},
    {"general commentary", "article-commentary"},
    /* a Perspective surveys a field as a review does, and publishers'
     * JATS tags it so more often than as a commentary */
    {"perspective", "review-article"}, {"perspectives", "review-article"},
    /* an Opinion argues a view of a field, no one article: the invited
     * discussion JATS names (Frontiers' JATS tags it so) */
    {"viewpoint", "article-commentary"}, {"opinion", "discussion"},
    {"essay", "article-commentary"}, {"comentário", "article-commentary"},
    /* an Insight or a Synopsis explains another paper of the same issue
     * to a wider readership (eLife's and PLOS's JATS tag them so) */
    {"insight", "article-commentary"}, {"insights", "article-commentary"},
    {"synopsis", "article-commentary"},
    {"editorial", "editorial"}, {"editorials", "editorial"}, {"guest editorial", "editorial"},
    {"letter", "letter"}, {"letters", "letter"}, {"letter to the editor", "letter"},
    {"correspondence", "letter"}, {"research letter", "letter"}, {"carta", "letter"},
    {"carta ao editor", "letter"},
    {"correction", "correction"}, {"corrections", "correction"}, {"erratum", "correction"},
    {"errata", "correction"}, {"corrigendum", "correction"}, {"retraction", "retraction"},
    {"retraction notice", "retraction"}, {"expression of concern", "expression-of-concern"},
    {"book review", "book-review"}, {"book reviews", "book-review"},
    {"product review", "product-review"}, {"discussion", "discussion"},
    {"rapid communication", "rapid-communication"},
    {"short communication", "brief-report"}, {"brief communication", "brief-report"},
    {"brief report", "brief-report"}, {"short report", "brief-report"},
    {"brief research report", "brief-report"},
    /* the same short kind under the other names journals print for it */
    {"short article", "brief-report"}, {"short paper", "brief-report"},
    {"brief article", "brief-report"},
    /* a short report under its section's name in the plural, the
     * journal's heading for the kind (an emerging-diseases journal's
     * "Dispatches" and "Research Letters", a chest journal's "Selected
     * Reports"): filed as brief reports */
    {"dispatch", "brief-report"}, {"dispatches", "brief-report"},
    {"research letters", "brief-report"}, {"selected reports", "brief-report"},
    /* a genome's sequence announced in a page or two: a brief report in
     * the microbiology journals' JATS */
    {"genome sequences", "brief-report"}, {"genome announcement", "brief-report"},
    {"genome announcements", "brief-report"},
    /* a laboratory's protocol as a section of a journal (the plural
     * heading): a methods article; "Study Protocol" is a trial's plan */
    {"protocols", "methods-article"},
    {"research note", "research-note"}, {"case report", "case-report"},
    /* a trial's report on its patients: the publishers that print this
     * label tag it as a report of cases (JATS has no value of its own) */
    {"clinical trial report", "case-report"},
    {"case reports", "case-report"}, {"case study", "case-report"},
    /* (a report of a few patients alike: filed as a report of cases) */
    {"case series", "case-report"},
    {"news", "news"}, {"news & views", "news"}, {"news and views", "news"},
    {"in brief", "in-brief"}, {"research highlight", "in-brief"}, {"obituary", "obituary"},
    {"meeting report", "meeting-report"}, {"conference report", "meeting-report"},
    {"addendum", "addendum"}, {"reply", "reply"}, {"author reply", "reply"},
    {"response", "reply"}, {"announcement", "announcement"}, {"other", "other"},
    {"data paper", "data-paper"}, {"data descriptor", "data-paper"}, {"data note", "data-paper"},
    /* (a data journal's "Data Article" is filed as no research article:
     * PMC keeps the kind its publisher sent, "other") */
    {"data article", "other"},
    /* the same labels in the plural a journal's contents print them in,
     * and under the other names journals give them */
    {"letters to the editor", "letter"}, {"letter to editor", "letter"},
    {"brief reports", "brief-report"}, {"short reports", "brief-report"},
    {"short communications", "brief-report"}, {"brief communications", "brief-report"},
    {"rapid communications", "rapid-communication"},
    {"commentaries", "article-commentary"}, {"invited commentary", "article-commentary"},
    {"invited editorial", "editorial"},
    /* and as journals printing in Spanish, Portuguese, French and German
     * label them */
    {"artículo de revisión", "review-article"}, {"revisión", "review-article"},
    {"revisão", "review-article"}, {"caso clínico", "case-report"},
    {"reporte de caso", "case-report"}, {"relato de caso", "case-report"},
    {"informe de caso", "case-report"}, {"carta al editor", "letter"},
    {"cartas al editor", "letter"}, {"carta al director", "letter"},
    {"cartas ao editor", "letter"}, {"comunicación breve", "brief-report"},
    {"comunicação breve", "brief-report"}, {"comunicación corta", "brief-report"},
    {"article original", "research-article"}, {"cas clinique", "case-report"},
    {"lettre à l'éditeur", "letter"}, {"lettre à la rédaction", "letter"},
    {"éditorial", "editorial"}, {"mise au point", "review-article"},
    {"originalarbeit", "research-article"}, {"übersichtsarbeit", "review-article"},
    {"fallbericht", "case-report"}, {"kasuistik", "case-report"}, {"leserbrief", "letter"},
    {NULL, NULL}};

/* The update badge's words ("Check for updates", "click for updates")
 * that a label beside it is read with, its logo's marks before them
 * ("RESEARCH NOTE ‘click for updates"), taken off the label's end. */
static void badge_off(char *s) {
    size_t n = strlen(s);
    if (n < 18 || !jfyp_strieq(s + n - 12, " for updates"))
        return;
    char *w = s + n - 12;
    if (w - s < 6 || (!jfyp_strnieq(w - 5, "check", 5) && !jfyp_strnieq(w - 5, "click", 5)))
        return;
    w -= 5;
    /* (the logo's marks, no letter or digit of the label, or the logo
     * read as a short word in brackets, "(R)") */
    for (int more = 1; more;) {
        while (w > s && !((w[-1] >= 'A' && w[-1] <= 'Z') || (w[-1] >= 'a' && w[-1] <= 'z') ||
                          (w[-1] >= '0' && w[-1] <= '9')))
            w--;
        char *o = w;
        while (o > s && o[-1] != ' ' && o[-1] != '(' && w - o <= 3)
            o--;
        more = o > s && o[-1] == '(' && (o - 1 == s || o[-2] == ' ') && *w == ')';
        if (more)
            w = o - 1;
    }
    if (w > s)
        *w = '\0';
}

/* The label with typography and "Open Access" taken off, lower case. */
static char *label_key(const char *text, char **printed) {
    char *s = jfyp_strdup(text);
    if (!s)
        return NULL;
    char *w = s;
    for (char *p = s; *p; p++)
        if (*p != '*' && *p != '_' && *p != '#' && *p != JFYP_SUP)
            *w++ = *p;
    *w = '\0';
    /* "Research Article | Open Access" */
    char *bar = strchr(s, '|');
    if (bar) {
        char *a = s, *b = bar + 1;
        *bar = '\0';
        jfyp_trim(a);
        jfyp_trim(b);
        if (jfyp_strieq(a, "open access"))
            memmove(s, b, strlen(b) + 1);
    }
    jfyp_squeeze(s);
    badge_off(s);
    size_t n = strlen(s);
    while (n && (s[n - 1] == '.' || s[n - 1] == ':'))
        s[--n] = '\0';
    if (n > 12 && jfyp_strieq(s + n - 12, " open access")) {
        s[n - 12] = '\0';
        jfyp_trim(s);
    }
    *printed = s;
    return jfyp_utf8_lower(s);
}

/* A label of two words or more printed with two letters of a word
 * swapped ("REVIEW ARTILCE"): a typesetter's slip a reader still reads
 * as the label. One word alone is left as printed: swapped, it may be
 * another word. */
static int swapped_pair(const char *key, const char *label) {
    size_t n = strlen(key);
    if (n != strlen(label) || n < 10 || !strchr(label, ' '))
        return 0;
    size_t i = 0;
    while (i < n && key[i] == label[i])
        i++;
    return i + 1 < n && key[i] == label[i + 1] && key[i + 1] == label[i] && key[i] != ' ' &&
           key[i + 1] != ' ' && strcmp(key + i + 2, label + i + 2) == 0;
}

/* Whether t is letter-spaced ("R E V I E W", "D A T A P A P E R"): four
 * letters or more, each alone between spaces. A kerned pair the
 * typesetter drew closer stays joined ("R E P O RT"): one such pair in
 * four letters at most. */
static int letter_spaced(const char *t) {
    int letters = 0, pairs = 0;
    for (const char *p = t; *p;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        size_t l, l2 = 0;
        jfyp_utf8_decode(p, &l);
        if (l && p[l] && p[l] != ' ') {
            jfyp_utf8_decode(p + l, &l2);
            if (!l2 || (p[l + l2] && p[l + l2] != ' '))
                return 0;
            pairs++;
        }
        if (!l)
            return 0;
        p += l + l2;
        letters++;
    }
    return letters >= 4 && pairs * 4 <= letters;
}

/* Whether key, letter-spaced and lower case, spells label with its word
 * gaps lost ("d a t a p a p e r" for "data paper"). */
static int spaced_eq(const char *key, const char *label) {
    for (;; key++, label++) {
        while (*key == ' ')
            key++;
        while (*label == ' ')
            label++;
        if (*key != *label)
            return 0;
        if (!*key)
            return 1;
    }
}

/* The type a letter-spaced label names ("R E V I E W"), or NULL. */
static const char *spaced_label(const char *text) {
    char *printed = NULL;
    char *key = strlen(text) <= 60 ? label_key(text, &printed) : NULL;
    const char *type = NULL;
    int spaced = key && letter_spaced(key);
    for (size_t i = 0; spaced && labels[i].label && !type; i++)
        if (spaced_eq(key, labels[i].label))
            type = labels[i].type;
    free(key);
    free(printed);
    return type;
}

/* "Correspondence:" with its colon, or "*CORRESPONDENCE" with the
 * corresponding author's star before it and no closing one (Markdown's
 * "*Correspondence*" is the label in italics), names the field of that
 * author's address under it, no kind of article. */
static int correspondence_field(const char *text) {
    while (*text == ' ')
        text++;
    int star = *text == '*';
    while (*text == '*' || *text == ' ')
        text++;
    size_t n = strlen(text);
    while (n && text[n - 1] == ' ')
        n--;
    return n && (text[n - 1] == ':' || (star && text[n - 1] != '*')) &&
           jfyp_strnieq(text, "correspondence", 14);
}

/* Whether t, a label in small capitals, was read with each word's
 * larger first capital apart from the rest ("R EVIEW A RTICLE"): every
 * word a lone capital followed by a word of capitals. */
static int small_caps_split(const char *t) {
    int words = 0;
    for (const char *p = t; *p;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        if (!(*p >= 'A' && *p <= 'Z') || p[1] != ' ')
            return 0;
        p += 2;
        size_t k = 0;
        while (p[k] >= 'A' && p[k] <= 'Z')
            k++;
        if (k < 2 || (p[k] && p[k] != ' '))
            return 0;
        p += k;
        words++;
    }
    return words > 0;
}

/* The words of a small-caps split label joined again ("REVIEW ARTICLE").
 * NULL on OOM. */
static char *small_caps_joined(const char *t) {
    char *s = jfyp_strdup(t), *w = s;
    if (!s)
        return NULL;
    for (const char *p = t; *p; p++) {
        while (*p == ' ' && p[1] == ' ')
            p++;
        /* (the gap after the lone capital goes, the one between words
         * stays) */
        if (*p == ' ' && p > t && p[-1] >= 'A' && p[-1] <= 'Z' && (p - 1 == t || p[-2] == ' '))
            continue;
        *w++ = *p;
    }
    *w = '\0';
    return s;
}

/* The kind after a banner's bar, set with the gaps of its letter
 * spacing read in the wrong places ("EDI T O R I A L", "RESEA R CH  A RT
 * ICL E": an extractor that places each glyph measures the kerning so):
 * the letters spell a label once the gaps go, in more pieces than the
 * label has words and four at least. NULL when none, and when out of
 * memory: the label reader it serves has no error to give, and misses
 * a label then as it does when its own copy fails. */
static const char *broken_label(const char *text) {
    int pieces = 0;
    for (const char *p = text; *p; p++)
        pieces += *p != ' ' && (p == text || p[-1] == ' ');
    if (pieces < 4 || strlen(text) > 60)
        return NULL;
    char *key = jfyp_utf8_lower(text);
    const char *type = NULL;
    for (size_t i = 0; key && labels[i].label && !type; i++) {
        int words = 1;
        for (const char *a = labels[i].label; *a; a++)
            words += *a == ' ';
        if (pieces > words && spaced_eq(key, labels[i].label))
            type = labels[i].type;
    }
    free(key);
    return type;
}

/* "Chapter Six", "CHAPTER 12", "Chapter IV": a book's chapter, which a
 * journal's archive holds under no kind of article of its own. The word
 * and its number alone (lower case). */
static int chapter_label(const char *key) {
    static const char *const numbers[] = {"one", "two", "three", "four", "five", "six", "seven",
                                          "eight", "nine", "ten", "eleven", "twelve", "thirteen",
                                          "fourteen", "fifteen", "sixteen", "seventeen",
                                          "eighteen", "nineteen", "twenty", NULL};
    if (strncmp(key, "chapter ", 8) != 0 || !key[8])
        return 0;
    const char *k = key + 8;
    size_t digits = strspn(k, "0123456789"), roman = strspn(k, "ivxl");
    if ((digits && digits <= 3 && !k[digits]) || (roman && roman <= 6 && !k[roman]))
        return 1;
    for (size_t i = 0; numbers[i]; i++)
        if (strcmp(k, numbers[i]) == 0)
            return 1;
    return 0;
}

const char *jfyp_article_type_label(const char *text, char **printed) {
    *printed = NULL;
    if (strlen(text) > 60 || correspondence_field(text))
        return NULL;
    char *key = label_key(text, printed);
    const char *type = NULL;
    for (size_t i = 0; key && labels[i].label && !type; i++)
        if (strcmp(key, labels[i].label) == 0)
            type = labels[i].type;
    for (size_t i = 0; key && labels[i].label && !type; i++)
        if (swapped_pair(key, labels[i].label))
            type = labels[i].type;
    if (key && !type && chapter_label(key))
        type = "other";
    /* two kinds joined by a slash ("Review/Meta-analysis"): both must be
     * kinds, and the first names the type */
    char *slash = key && !type ? strchr(key, '/') : NULL;
    if (slash && slash > key && slash[1] && !strchr(slash + 1, '/')) {
        const char *a = NULL, *b = NULL;
        *slash = '\0';
        for (size_t i = 0; labels[i].label; i++) {
            if (!a && strcmp(key, labels[i].label) == 0)
                a = labels[i].type;
            if (!b && strcmp(slash + 1, labels[i].label) == 0)
                b = labels[i].type;
        }
        if (a && b)
            type = a;
    }
    free(key);
    if (!type) {
        free(*printed);
        *printed = NULL;
        /* "SCIENCE ADVANCES | EDITORIAL": the journal's name and the kind
         * on one banner, the kind after the bar */
        const char *bar = strrchr(text, '|');
        if (bar && bar > text && bar - text <= 40 && !strchr(bar + 1, '|')) {
            while (*++bar == ' ')
                ;
            if (*bar)
                type = jfyp_article_type_label(bar, printed);
            if (*bar && !type && (type = broken_label(bar)) && !(*printed = jfyp_strdup(bar)))
                type = NULL;
        }
    }
    return type;
}

int jfyp_article_type_fragment(const char *text) {
    int words = 0, in = 0;
    for (const char *p = text; *p; p++) {
        if (*p == ' ')
            in = 0;
        else if (!in) {
            in = 1;
            words++;
        }
    }
    size_t n = strlen(text);
    if (words > 2 || n >= 30 || (n && text[n - 1] == '.'))
        return 0;
    char *printed = NULL;
    int label = jfyp_article_type_label(text, &printed) != NULL;
    free(printed);
    return !label;
}

/* ---- the label inside a run-on block ---- */

/* A letter opens by addressing the editor. */
static const char *const salutations[] = {"dear editor", "dear editors", "dear sir",
                                          "dear sirs", "dear madam", "to the editor",
                                          "to the editors", "sir,", "sirs,", NULL};

static int starts_with_word(const char *s, const char *prefix) {
    size_t n = strlen(prefix);
    if (!jfyp_strnieq(s, prefix, n))
        return 0;
    char c = s[n];
    return prefix[n - 1] == ':' || prefix[n - 1] == ',' || !c || c == ' ' || c == ':' ||
           c == ',' || c == '.' || c == '-';
}

static int salutation_line(const char *t) {
    while (*t == '*' || *t == '_' || *t == ' ')
        t++;
    for (size_t i = 0; salutations[i]; i++)
        if (starts_with_word(t, salutations[i]))
            return 1;
    return 0;
}

/* "By Carla Jiménez": a news item's byline, a name after "By". */
static int by_line(const char *t) {
    while (*t == ' ')
        t++;
    return strlen(t) < 60 && strncmp(t, "By ", 3) == 0 && jfyp_name_plausible(t + 3) > 0;
}


static int starts_upper(const char *s) {
    size_t l;
    int cp = *s ? jfyp_utf8_decode(s, &l) : 0;
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

/* The plain text of the inlines [from, to) of a block. NULL on OOM. */
char *jfyp_inline_text(jfy_node *from, jfy_node *to) {
    jfyp_buf b;
    jfyp_buf_init(&b);
    jfyp_buf_puts(&b, "");
    for (jfy_node *k = from; k && k != to; k = k->next)
        jfyp_node_plain_put(k, &b);
    return jfyp_buf_finish(&b);
}

/* A line ending in a digit or ")" reads as the journal's running header
 * ("eLife 2015; 4: e07586", "VOL 9 · 2019"), which pdftotext runs into
 * the label below it. */
static int header_end(const char *t) {
    size_t n = strlen(t);
    while (n && t[n - 1] == ' ')
        n--;
    /* or the update badge's name over the label ("CrossMark"), printed
     * beside the masthead */
    if (n >= 9 && jfyp_strnieq(t + n - 9, "crossmark", 9))
        return 1;
    if (n && ((t[n - 1] >= '0' && t[n - 1] <= '9') || t[n - 1] == ')'))
        return 1;
    /* or in the journal's web address, the masthead's last line
     * ("www.mdpi.com/journal/ijms"), which no title's line ends in */
    size_t w = n;
    while (w && t[w - 1] != ' ')
        w--;
    return n - w >= 8 && (jfyp_strnieq(t + w, "www.", 4) || jfyp_strnieq(t + w, "http", 4));
}

/* pdftotext prints the running header, the type label and the title with
 * no blank line between them ("eLife 2015; 4: e07586 / Correction /
 * Correction: Mucosal ..."), so the label is a line inside a block. Such a
 * line is set apart as a block of its own, for the title reader to take as
 * the label. Only the first lines of the first blocks are looked at, and
 * only a line that starts the block or follows a header-shaped line: a
 * wrapped title may well hold a line "review". */
/* "• Repository": a bulleted link of a sidebar, the word alone or with
 * the column beside it after a gap. */
static int link_item(const char *t, const char *word) {
    size_t n = strlen(word);
    while (*t == ' ')
        t++;
    /* (the bullet as OCR reads it: "e", "+", "*", "«", "°") */
    size_t b = strncmp(t, "\xe2\x80\xa2 ", 4) == 0 ? 4
               : (*t == 'e' || *t == '+' || *t == '*') && t[1] == ' ' ? 2
               : (strncmp(t, "\xc2\xab ", 3) == 0 || strncmp(t, "\xc2\xb0 ", 3) == 0) ? 3
                                                                            : 0;
    return b && strncmp(t + b, word, n) == 0 && (t[b + n] == '\0' || t[b + n] == ' ');
}

/* Whether an item of list n reads "Repository" and the next "Archive":
 * the software paper's links. 1, 0, -1 on OOM. */
static int list_links(const jfy_node *n) {
    int prev = 0;
    for (const jfy_node *k = n->first; k; k = k->next) {
        if (k->type != JFY_N_ITEM)
            continue;
        char *s = jfyp_node_plain(k);
        if (!s)
            return -1;
        const char *t = jfyp_trim(s);
        int archive = prev && starts_with_word(t, "Archive");
        prev = starts_with_word(t, "Repository");
        free(s);
        if (archive)
            return 1;
    }
    return 0;
}

/* The labels of a field naming the kind ("Publication Types: Review"). */
static const char *const type_fields[] = {"Article type", "Publication types", "Publication type",
                                          "Type of article", NULL};

/* "Article type: Review article" (or the value on the next line) in the
 * side column of the first page, or "TYPE Editorial" in its banner: the
 * type, where no label over the title names another. Not a label for the
 * title reader: the banner's other lines are no title. 0, or -1 on OOM. */
static int side_type(jfyp_rec *r) {
    int seen = 0, prev_repo = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < SIDE_TYPE_BLOCKS; n = jfyp_rec_next(r, n)) {
        /* (the links read as a list, their bullets as OCR gives them
         * "+ Repository" / "+ Archive") */
        int links = n->type == JFY_N_LIST ? list_links(n) : 0;
        if (links < 0)
            return -1;
        if (links)
            return jfyp_node_set_attr(r->doc, "article-type", "other");
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        seen++;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        const char *type = NULL;
        int below = 0; /* the value in the next block */
        /* the sidebar of a software paper, "Software" over its links
         * ("• Review" / "• Repository" / "• Archive"): a kind JATS has
         * no name for */
        int repo = l.n && prev_repo && link_item(l.v[0].text, "Archive");
        for (size_t i = 0; i + 1 < l.n; i++)
            repo |= link_item(l.v[i].text, "Repository") && link_item(l.v[i + 1].text, "Archive");
        /* (each link a block of its own) */
        prev_repo = l.n && link_item(l.v[l.n - 1].text, "Repository");
        if (repo) {
            jfyp_lines_free(&l);
            return jfyp_node_set_attr(r->doc, "article-type", "other");
        }
        for (size_t i = 0; i < l.n && !type && !below; i++) {
            const char *t = l.v[i].text, *a = NULL;
            size_t ll = 0;
            for (size_t k = 0; type_fields[k] && !a; k++)
                if ((a = jfyp_after_label(t, type_fields[k])))
                    ll = strlen(type_fields[k]);
            if (strncmp(t, "TYPE ", 5) == 0) {
                /* "TYPE Editorial" in the banner over the title */
                char *printed = NULL;
                type = jfyp_article_type_label(t + 5, &printed);
                free(printed);
                continue;
            }
            if (!a || !memchr(t + ll, ':', (size_t)(a - t - ll)))
                continue;
            const char *v = *a ? a : i + 1 < l.n ? l.v[i + 1].text : NULL;
            below = !v;
            char *printed = NULL;
            type = v ? jfyp_article_type_label(v, &printed) : NULL;
            free(printed);
        }
        jfyp_lines_free(&l);
        /* a block that keeps the page's columns, "Article type:" and a
         * gap before the abstract beside it: the value is the first cell
         * of the next row */
        if (!type && !below) {
            char *raw = jfyp_front_text(n, 1);
            if (!raw)
                return -1;
            for (char *p = raw; p && !type; p = strchr(p, '\n'), p = p ? p + 1 : NULL) {
                const char *a = jfyp_after_label(p, "Article type");
                const char *colon = a ? strchr(p, ':') : NULL;
                char *nl = strchr(p, '\n');
                if (!colon || colon > a || !nl || strncmp(colon + 1, "   ", 3) != 0)
                    continue;
                char *cell = nl + 1, *end = cell + strcspn(cell, "\n");
                char *g = strstr(cell, "   ");
                if (g && g < end)
                    end = g;
                char *v = jfyp_strndup(cell, (size_t)(end - cell));
                if (!v) {
                    free(raw);
                    return -1;
                }
                char *printed = NULL;
                type = jfyp_article_type_label(jfyp_trim(v), &printed);
                free(printed);
                free(v);
            }
            free(raw);
        }
        /* the label as the last cell of the page's first line, a
         * column-keeping extraction's banner row ("Veterinary World,
         * EISSN: ...      REVIEW ARTICLE") */
        if (!type && !below && n->line >= 1 && n->line <= 2) {
            char *raw = jfyp_front_text(n, 1);
            if (!raw)
                return -1;
            raw[strcspn(raw, "\n")] = '\0';
            /* the last gap of three spaces, found in one walk (strstr
             * from every gap would measure the rest of a long row each
             * time in some libc builds and sanitizers) */
            char *cell = NULL;
            for (char *g = raw; *g; g++)
                if (g[0] == ' ' && g[1] == ' ' && g[2] == ' ')
                    cell = g;
            /* (or its first cell, the label before the journal's name,
             * "Systematic Review and Meta-Analysis      Medicine": a
             * label of words, as a lone word there may head a name) */
            char *first = raw + strspn(raw, " "), *gap = cell ? strstr(first, "   ") : NULL;
            if (cell) {
                char *printed = NULL;
                type = jfyp_article_type_label(jfyp_trim(cell), &printed);
                free(printed);
            }
            if (!type && gap && gap > first) {
                *gap = '\0';
                char *printed = NULL;
                type = jfyp_article_type_label(first, &printed);
                if (type && !(printed && strchr(printed, ' ')))
                    type = NULL;
                free(printed);
            }
            free(raw);
        }
        jfy_node *x = below ? jfyp_rec_next(r, n) : NULL;
        if (x && x->type == JFY_N_PARAGRAPH && x->line <= n->end_line + 2) {
            if (jfyp_lines_of(x, &l) < 0)
                return -1;
            char *printed = NULL;
            type = l.n ? jfyp_article_type_label(l.v[0].text, &printed) : NULL;
            free(printed);
            jfyp_lines_free(&l);
        }
        if (type)
            return jfyp_node_set_attr(r->doc, "article-type", type);
    }
    return 0;
}

/* Whether a label is two kinds joined by a slash ("Review/Meta-analysis"),
 * no one word alone. */
static int kinds_joined(const char *printed) {
    const char *slash = strchr(printed, '/');
    return slash && slash > printed && slash[1] && slash[1] != ' ' && slash[-1] != ' ';
}

/* The type a label split in small capitals names ("R EVIEW A RTICLE"),
 * or NULL (and *oom set when out of memory). The line is left in place:
 * the title reader does not know the split form as a label. */
static const char *small_caps_label(const char *text, int *oom) {
    if (strlen(text) > 60 || !small_caps_split(text))
        return NULL;
    char *joined = small_caps_joined(text);
    if (!joined) {
        *oom = 1;
        return NULL;
    }
    char *printed = NULL;
    const char *type = jfyp_article_type_label(joined, &printed);
    free(printed);
    free(joined);
    return type;
}

/* Kinds whose names of two words a paper may also print as a heading of
 * its own text or a box ("Case Report", "Original Research" over a
 * subject, "In Brief"), or whose label publishers' JATS files as a
 * research article as often as not ("Short Communication"); the
 * others' ("Data Descriptor", "Guest Editorial") head no section and
 * name the kind. */
static int heading_kind(const char *type) {
    static const char *const kinds[] = {"case-report", "discussion", "research-article",
                                        "review-article", "systematic-review", "in-brief",
                                        "brief-report", "other", NULL};
    for (size_t i = 0; kinds[i]; i++)
        if (strcmp(type, kinds[i]) == 0)
            return 1;
    return 0;
}

/* A short report's label that is the name of the journal's section for
 * the kind ("Genome Sequences", "Selected Reports", "Dispatches"), which
 * heads no text of a paper and which the journals that print it file as
 * a brief report: the kind, wherever an extraction puts it. (Their
 * "Short Communication" is a research article as often.) */
static int section_kind(const char *printed) {
    static const char *const names[] = {"genome sequences", "genome announcement",
                                        "genome announcements", "selected reports",
                                        "research letters", NULL};
    for (size_t i = 0; names[i]; i++)
        if (jfyp_strieq(printed, names[i]))
            return 1;
    return 0;
}

/* A one-word label in capitals ("REVIEW", "EDITORIAL") naming a kind
 * whose name heads no text of a paper: the page's banner, which an
 * extractor keeping the content stream's order (MuPDF) sets anywhere on
 * the first page, under the byline or over the title with a gap between
 * (a section's heading in capitals, "DISCUSSION", names no such kind). */
static int caps_kind(const char *printed, const char *type) {
    static const char *const kinds[] = {"review-article", "editorial", "letter", "correction", NULL};
    int lower = 0;
    for (const char *p = printed; *p && !lower; p++)
        lower = (*p >= 'a' && *p <= 'z') || *p == ' ';
    for (size_t i = 0; kinds[i] && !lower && jfyp_section_kind(printed) == JFYP_SEC_NONE; i++)
        if (strcmp(type, kinds[i]) == 0)
            return 1;
    return 0;
}

/* A label some layouts letter-space ("R E V I E W", "D A T A  P A P E R")
 * or one that names a kind of article ("Review Article"), a block of its
 * own on the first page: the type all the same, where no side label names
 * one (the title reader's label over the title still wins). An extractor
 * that keeps the content stream's order (MuPDF) may give it anywhere on
 * the page. The spaced letters are no text of the article: that block
 * goes. 0, or -1 on OOM. */
static int spaced_type(jfyp_rec *r) {
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < SIDE_TYPE_BLOCKS; n = jfyp_rec_next(r, n)) {
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        seen++;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        const char *type = l.n == 1 ? spaced_label(l.v[0].text) : NULL;
        int spaced = type != NULL, oom = 0;
        /* (a label split in small capitals, a line of its own under the
         * running head or over the title) */
        for (size_t i = 0; i < l.n && i < 3 && !type; i++)
            type = small_caps_label(l.v[i].text, &oom);
        if (oom) {
            jfyp_lines_free(&l);
            return -1;
        }
        if (l.n == 1 && !type) {
            /* or a label of words that name nothing but a kind of
             * article ("Review Article"), left where it was printed for
             * the title reader to find over the title */
            char *printed = NULL;
            type = jfyp_article_type_label(l.v[0].text, &printed);
            /* (or two kinds joined by a slash, "Review/Meta-analysis",
             * or by "and", "Systematic Review and Meta-Analysis", which
             * no section heading is) */
            if (type && !(printed && ((strchr(printed, ' ') && (jfyp_stristr(printed, "article") ||
                                                                 !heading_kind(type) ||
                                                                 section_kind(printed))) ||
                                      kinds_joined(printed) || jfyp_stristr(printed, " and ") ||
                                      caps_kind(printed, type))))
                type = NULL;
            free(printed);
        }
        jfyp_lines_free(&l);
        if (type) {
            if (spaced)
                jfyp_node_free(n);
            return jfyp_node_set_attr(r->doc, "article-type", type);
        }
    }
    return 0;
}

/* The label printed in capitals at q, glued to what precedes it: the
 * longest one whose last letter meets the line's end, a space or another
 * capital (the next text box glued on as well). NULL when none. */
static const char *glued_label_at(const char *q) {
    const char *type = NULL;
    size_t best = 0;
    for (size_t i = 0; labels[i].label; i++) {
        const char *a = labels[i].label;
        size_t k = 0;
        while (a[k] && (unsigned char)a[k] < 0x80 &&
               q[k] == ((a[k] >= 'a' && a[k] <= 'z') ? a[k] - 'a' + 'A' : a[k]))
            k++;
        char c = q[k];
        if (!a[k] && k > best && (!c || c == ' ' || (c >= 'A' && c <= 'Z'))) {
            best = k;
            type = labels[i].type;
        }
    }
    return type;
}

/* A label in capitals glued to the end of the DOI on the same line
 * ("http://dx.doi.org/10.1590/1809-4392201803571SHORT COMMUNICATIONACTA"):
 * an extractor that joins the text boxes of one baseline with no space
 * (pdfminer) puts the page's banner so, under its text and far from the
 * title. The DOI's last digit meets the label's first capital. A reader
 * for first_blocks_type: sets *type where it finds one; 0. */
static int doi_glued_type(jfyp_rec *r, jfy_node *n, const jfyp_lines *l, const char **type) {
    (void)r;
    (void)n;
    for (size_t i = 0; i < l->n && !*type; i++) {
        size_t len;
        const char *d = jfyp_find_doi(l->v[i].text, &len);
        /* (the DOI reader may take the glued capitals into it) */
        for (const char *q = d ? d + 1 : NULL; q && *q && *q != ' ' && !*type; q++)
            if (q[-1] >= '0' && q[-1] <= '9' && *q >= 'A' && *q <= 'Z')
                *type = glued_label_at(q);
    }
    return 0;
}

/* Whether lines [from, l->n) read as a title's: one to four, the first
 * in capitals, none closing a sentence. */
static int title_lines(const jfyp_lines *l, size_t from) {
    if (from >= l->n || l->n - from > 4 || !starts_upper(l->v[from].text))
        return 0;
    for (size_t i = from; i < l->n; i++) {
        size_t k = strlen(l->v[i].text);
        while (k && l->v[i].text[k - 1] == ' ')
            k--;
        if (!k || l->v[i].text[k - 1] == '.')
            return 0;
    }
    return 1;
}

/* The label set right over the title, no blank line between ("Review" /
 * the title's two or three lines), below the side column that an
 * extractor keeping the content stream's order (MuPDF) gives first: the
 * type, where the title reader finds the title under it but looks for a
 * label in the page's first blocks only. Not a section heading's name
 * ("Discussion" over its text). A reader for first_blocks_type: sets
 * *type where it finds one; 0, or -1 on OOM. */
static int label_over_title_block(jfyp_rec *r, jfy_node *n, const jfyp_lines *l, const char **type) {
    /* ("Correspondence" over a name and its address heads the
     * corresponding author's field there, no letter) */
    int label = l->n >= 1 && starts_upper(l->v[0].text) &&
                jfyp_section_kind(l->v[0].text) == JFYP_SEC_NONE &&
                !jfyp_strnieq(l->v[0].text, "correspondence", 14);
    int title = label && title_lines(l, 1);
    /* (or the title in the block right under it, split there) */
    jfy_node *x = label && l->n == 1 ? jfyp_rec_next(r, n) : NULL;
    if (x && x->type == JFY_N_PARAGRAPH && x->line == n->end_line + 1) {
        jfyp_lines t;
        if (jfyp_lines_of(x, &t) < 0)
            return -1;
        title = title_lines(&t, 0);
        jfyp_lines_free(&t);
    }
    if (title) {
        char *printed = NULL;
        *type = jfyp_article_type_label(l->v[0].text, &printed);
        free(printed);
    }
    return 0;
}

/* A label of two words or more that heads no section, run into the
 * start of a title's line ("Data Descriptor Middle East Respiratory"):
 * a layout that sets the label in the margin beside the title's second
 * line, which pdftotext reads as one line. The label's words each in
 * capitals, and the line's next word too. A reader for
 * first_blocks_type: sets *type where it finds one; 0. */
static int glued_start_type(jfyp_rec *r, jfy_node *n, const jfyp_lines *l, const char **type) {
    (void)r;
    (void)n;
    for (size_t i = 0; i < l->n && i < 6 && !*type; i++) {
        const char *t = l->v[i].text;
        for (size_t k = 0; labels[k].label && !*type; k++) {
            const char *a = labels[k].label;
            size_t len = strlen(a);
            if (!strchr(a, ' ') || heading_kind(labels[k].type) || !jfyp_strnieq(t, a, len) ||
                t[len] != ' ' || !(t[len + 1] >= 'A' && t[len + 1] <= 'Z'))
                continue;
            int caps = 1;
            for (size_t j = 0; j < len && caps; j++)
                caps = (j > 0 && t[j - 1] != ' ') || (t[j] >= 'A' && t[j] <= 'Z');
            if (caps)
                *type = labels[k].type;
        }
    }
    return 0;
}

/* Labels the title and byline readers read the page right without,
 * and which taken from the page as labels cost them the lines around
 * (a journal's "Original Investigation" over its title, set in a
 * block with the masthead's lines): read here for the kind only, the
 * line left where it was printed. */
static const label_map quiet_labels[] = {
    {"original investigation", "research-article"}, {"original investigations", "research-article"},
    {"original contribution", "research-article"}, {"original contributions", "research-article"},
    {"review articles", "review-article"}, {NULL, NULL}};

/* The kind a quiet label names, the line printed alone (any case, its
 * typography and "Open Access" off) or after the journal's name and a
 * bar ("JAMA Surgery | Original Investigation"), or NULL. */
static const char *quiet_label(const char *text) {
    const char *bar = strrchr(text, '|');
    if (bar && bar > text && bar - text <= 60 && !memchr(text, '|', (size_t)(bar - text)))
        for (text = bar + 1; *text == ' '; text++)
            ;
    if (strlen(text) > 60 || !starts_upper(text))
        return NULL;
    char *printed = NULL;
    char *key = label_key(text, &printed);
    const char *type = NULL;
    for (size_t i = 0; key && quiet_labels[i].label && !type; i++)
        if (strcmp(key, quiet_labels[i].label) == 0)
            type = quiet_labels[i].type;
    free(key);
    free(printed);
    return type;
}

/* A quiet label as one of the first lines of a block of the first page
 * (the masthead's lines may run on over it). A reader for
 * first_blocks_type: sets *type where it finds one; 0, or -1 on OOM. */
static int quiet_label_block(jfyp_rec *r, jfy_node *n, const jfyp_lines *l, const char **type) {
    (void)r;
    (void)n;
    for (size_t i = 0; i < l->n && i < 6 && !*type; i++) {
        const char *t = l->v[i].text;
        *type = quiet_label(t);
        /* "Open Access Review" / "Article": the badge's words before
         * the label, which wraps in the narrow box beside the DOI */
        while (*t == ' ')
            t++;
        if (*type || !jfyp_strnieq(t, "open access ", 12))
            continue;
        t += 12;
        char *printed = NULL;
        *type = jfyp_article_type_label(t, &printed);
        free(printed);
        printed = NULL;
        int wrap = !*type && i + 1 < l->n;
        char *two = wrap ? jfyp_printf("%s %s", t, l->v[i + 1].text) : NULL;
        if (wrap && !two)
            return -1;
        if (two && (*type = jfyp_article_type_label(two, &printed)) == NULL)
            *type = quiet_label(two);
        free(printed);
        free(two);
    }
    return 0;
}

/* The type the first reader to name one finds in the page's first
 * blocks, set on the article: 0, or -1 on OOM. */
static int first_blocks_type(jfyp_rec *r,
                             int (*reader)(jfyp_rec *, jfy_node *, const jfyp_lines *, const char **)) {
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < SIDE_TYPE_BLOCKS; n = jfyp_rec_next(r, n)) {
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        seen++;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        const char *type = NULL;
        int rc = reader(r, n, &l, &type);
        jfyp_lines_free(&l);
        if (rc < 0)
            return -1;
        if (type)
            return jfyp_node_set_attr(r->doc, "article-type", type);
    }
    return 0;
}

int jfyp_recognize_article_label(jfyp_rec *r) {
    if (side_type(r) < 0)
        return -1;
    if (!jfyp_node_attr(r->doc, "article-type") && spaced_type(r) < 0)
        return -1;
    if (!jfyp_node_attr(r->doc, "article-type") && first_blocks_type(r, doi_glued_type) < 0)
        return -1;
    if (!jfyp_node_attr(r->doc, "article-type") && first_blocks_type(r, label_over_title_block) < 0)
        return -1;
    if (!jfyp_node_attr(r->doc, "article-type") && first_blocks_type(r, glued_start_type) < 0)
        return -1;
    if (!jfyp_node_attr(r->doc, "article-type") && first_blocks_type(r, quiet_label_block) < 0)
        return -1;
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < 5; n = jfyp_rec_next(r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        jfy_node *start = n->first;
        char *prev = NULL;
        for (int line = 0; start && line < 6; line++) {
            jfy_node *end = start;
            while (end && !jfyp_inline_is_break(end))
                end = end->next;
            if (!end && line == 0) {
                /* one line: the title reader sees it whole; "By Carla
                 * Jiménez" alone under the title loses its "By", which
                 * would make it read as the title's last line */
                if (start->type == JFY_N_TEXT && start->text && !start->next &&
                    by_line(start->text) && strncmp(start->text, "By ", 3) == 0) {
                    memmove(start->text, start->text + 3, strlen(start->text + 3) + 1);
                    jfyp_node_changed(start);
                }
                break;
            }
            char *t = jfyp_inline_text(start, end);
            if (!t) {
                free(prev);
                return -1;
            }
            char *printed = NULL;
            int head = line == 0 || header_end(prev);
            const char *type = starts_upper(jfyp_trim(t)) && head
                                   ? jfyp_article_type_label(t, &printed)
                                   : NULL;
            free(printed);
            /* "*CORRESPONDENCE" heads the field of the address under it:
             * set apart all the same, for the note reader to find its
             * field alone */
            if (!type && head && t[0] == '*' && correspondence_field(t))
                type = "";
            /* the shapes of a letter's and a news item's head that
             * pdftotext runs into the text below: the title over "To the
             * Editor:" or over "By Carla Jiménez". The title reader finds
             * the title alone, the letter reader its salutation opening a
             * paragraph, the byline reader the name without its "By". */
            /* with text run on under it: a title's own last line can
             * read "By Remote Sensing" */
            int by = !type && line > 0 && by_line(t) && end && end->next;
            int cut_before = !type && line > 0 && (salutation_line(t) || by);
            int cut_after = by && end && end->next;
            free(prev);
            prev = t;
            if (cut_before || cut_after) {
                if (cut_after && !jfyp_para_split_before(n, end->next)) {
                    free(prev);
                    return -1;
                }
                if (cut_before && !jfyp_para_split_before(n, start)) {
                    free(prev);
                    return -1;
                }
                /* (the block above ends where the cut is: the byline
                 * reader starts below the title's last line) */
                if (cut_before && start->line > n->line)
                    n->end_line = start->line - 1;
                if (by && start->line && start->parent != n)
                    start->parent->end_line = start->line;
                if (by && start->type == JFY_N_TEXT && start->text &&
                    strncmp(jfyp_trim(start->text), "By ", 3) == 0) {
                    memmove(start->text, start->text + 3, strlen(start->text + 3) + 1);
                    jfyp_node_changed(start);
                }
                break;
            }
            if (type) {
                /* label line alone, then whatever followed it */
                if (end && end->next && !jfyp_para_split_before(n, end->next)) {
                    free(prev);
                    return -1;
                }
                if (line > 0 && !jfyp_para_split_before(n, start)) {
                    free(prev);
                    return -1;
                }
                break;
            }
            start = end ? end->next : NULL;
        }
        free(prev);
    }
    return 0;
}

/* ---- the kind of article the running head names ---- */

int jfyp_recognize_running_type(jfyp_rec *r) {
    char *first = NULL; /* the first label's text: a page has one running head */
    const char *type = NULL;
    int count = 0;
    for (jfy_node *n = jfyp_rec_first(r); n; n = jfyp_rec_next(r, n)) {
        if (n->type != JFY_N_PARAGRAPH && n->type != JFY_N_HEADING)
            continue;
        size_t len = 0;
        int broken = 0;
        for (const jfy_node *k = n->first; k && !broken && len <= 60; k = k->next) {
            broken = jfyp_inline_is_break(k);
            len += jfyp_node_plain_len(k);
        }
        if (broken || !len || len > 60)
            continue;
        char *t = jfyp_node_plain(n);
        if (!t) {
            free(first);
            return -1;
        }
        jfyp_trim(t);
        /* (the same label in another case on another page: "Selected
         * Reports" over the text, "selected reports" in the footer; a
         * word alone in another case is a table's row, "OTHER" / "Other") */
        if (first) {
            count += strcmp(t, first) == 0 || (strchr(first, ' ') && jfyp_strieq(t, first));
            free(t);
            continue;
        }
        char *printed = NULL;
        type = jfyp_article_type_label(t, &printed);
        free(printed);
        if (type) {
            first = t;
            count = 1;
        } else {
            free(t);
        }
    }
    free(first);
    r->running_type = count >= 2 ? type : NULL;
    return 0;
}

/* ---- the kind of article from its shape, where no label names it ---- */

typedef struct {
    const char *prefix; /* lower case, as the title starts */
    const char *type;
} prefix_map;

/* Notices name themselves in their titles ("Correction to: Soil ...",
 * "Erratum: ...", "Retraction: ...", "In memoriam: ..."). */
static const prefix_map title_prefixes[] = {
    {"correction to", "correction"}, {"correction:", "correction"},
    {"corrigendum", "correction"},   {"erratum", "correction"},
    {"errata", "correction"},        {"author correction", "correction"},
    {"publisher correction", "correction"}, {"publisher's note", "correction"},
    {"retraction", "retraction"},    {"retracted:", "retraction"},
    {"notice of retraction", "retraction"},
    {"expression of concern", "expression-of-concern"},
    {"editorial expression of concern", "expression-of-concern"},
    {"in memoriam", "obituary"},     {"obituary", "obituary"},
    {"book review", "book-review"},  {"reply to", "reply"},
    {"response to", "reply"},        {"authors' reply", "reply"},
    {"author's reply", "reply"},     {"authors’ reply", "reply"},
    {"comment on", "article-commentary"}, {"commentary on", "article-commentary"},
    {"letter to the editor", "letter"}, {"editorial", "editorial"},
    {NULL, NULL}};


/* What a notice points at (JATS4R: related-article on corrections,
 * retractions and expressions of concern). */
static const char *related_type(const char *type) {
    if (strcmp(type, "correction") == 0)
        return "corrected-article";
    if (strcmp(type, "retraction") == 0)
        return "retracted-article";
    if (strcmp(type, "expression-of-concern") == 0)
        return "object-of-concern";
    return NULL;
}


static const char *type_of_title(const jfy_node *front) {
    const jfy_node *t = jfyp_node_child(front, JFY_N_TITLE);
    char *s = t ? jfyp_node_plain(t) : NULL;
    if (!s)
        return NULL;
    const char *type = NULL;
    const char *p = jfyp_trim(s);
    for (size_t i = 0; title_prefixes[i].prefix && !type; i++)
        if (starts_with_word(p, title_prefixes[i].prefix))
            type = title_prefixes[i].type;
    free(s);
    return type;
}

/* The first paragraphs of the body. */
static int salutation(const jfy_node *body) {
    int seen = 0, found = 0;
    for (const jfy_node *n = body->first; n && seen < 3 && !found; n = jfyp_node_next_in(body, n)) {
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        seen++;
        char *s = jfyp_node_plain(n);
        if (!s)
            return -1;
        const char *p = jfyp_trim(s);
        while (*p == '*' || *p == '_')
            p++;
        for (size_t i = 0; salutations[i] && !found; i++)
            found = starts_with_word(p, salutations[i]);
        free(s);
    }
    return found;
}

/* Whether the body's section n is titled t (any case). -1 on OOM. */
static int section_titled(const jfy_node *n, const char *t) {
    const jfy_node *k = jfyp_node_child(n, JFY_N_TITLE);
    char *s = k ? jfyp_node_plain(k) : NULL;
    if (k && !s)
        return -1;
    int eq = s && jfyp_strieq(jfyp_trim(s), t);
    free(s);
    return eq;
}

/* A one-figure report: its figure and legend first, then "Description"
 * of the finding before its "Methods", with no introduction: the short
 * report of a single result (the way microPublication-type journals lay
 * it out), which publishers' JATS tags brief-report. 1, 0, -1 on OOM. */
static int description_first(const jfy_node *body) {
    int described = 0;
    for (const jfy_node *n = body->first; n; n = n->next) {
        if (n->type != JFY_N_SECTION)
            continue;
        int intro = section_titled(n, "Introduction"), bg = section_titled(n, "Background");
        int d = section_titled(n, "Description"), m = section_titled(n, "Methods");
        int reagents = section_titled(n, "Reagents");
        if (intro < 0 || bg < 0 || d < 0 || m < 0 || reagents < 0)
            return -1;
        if (intro || bg)
            return 0;
        /* (or "Reagents", where an extraction ran "Methods" into
         * the text above it) */
        if (m || reagents)
            return described;
        described |= d;
    }
    return 0;
}

/* The heads under which a report of a patient tells the case. */
static const char *const case_heads[] = {"case report", "case reports", "case presentation",
                                         "case description", "case history", "case summary",
                                         "presentation of case", "presentation of the case",
                                         "case details", NULL};

/* Whether a title names its patient by age ("A 47-Year-Old Woman with
 * ...", "a 6-year-old boy"): the way a report of one case is titled. */
static int patient_title(const char *s) {
    for (const char *p = jfyp_stristr(s, "-year-old "); p; p = jfyp_stristr(p + 1, "-year-old ")) {
        if (p == s || !(p[-1] >= '0' && p[-1] <= '9'))
            continue;
        static const char *const who[] = {"man", "woman", "male", "female", "boy", "girl",
                                          "patient", "child", "infant", "lady", "gentleman", NULL};
        const char *w = p + 10;
        for (size_t i = 0; who[i]; i++) {
            size_t n = strlen(who[i]);
            if (jfyp_strnieq(w, who[i], n) && !((w[n] >= 'a' && w[n] <= 'z') || (w[n] >= 'A' && w[n] <= 'Z')))
                return 1;
        }
    }
    return 0;
}

/* Whether the title holds words (any case), or with by_age names its
 * patient by age. 1, 0, -1 on OOM. */
static int title_says(const jfy_node *front, const char *words, int by_age) {
    const jfy_node *t = jfyp_node_child(front, JFY_N_TITLE);
    char *s = t ? jfyp_node_plain(t) : NULL;
    if (t && !s)
        return -1;
    int found = s && (jfyp_stristr(s, words) != NULL || (by_age && patient_title(s)));
    free(s);
    return found;
}

/* Whether the title calls the article a report of one case ("...: A
 * Case Report", "a case report and review of the literature"). */
static int case_title(const jfy_node *front) {
    return title_says(front, "a case report", 0);
}

/* Whether the body tells a case under a head of its own ("Case
 * presentation", "2. Case Report"), or the title says it reports one
 * ("...: A Case Report and Review of the Literature"): a case report,
 * where no label names the kind. (A "case study" or a "case series" is
 * the publishers' research article more often than not.) 1, 0, -1 on
 * OOM. */
static int case_shape(const jfy_node *front, const jfy_node *body) {
    int found = title_says(front, "case report", 1);
    if (found < 0)
        return -1;
    char *s;
    for (const jfy_node *n = body->first; n && !found; n = n->next) {
        const jfy_node *k = n->type == JFY_N_SECTION ? jfyp_node_child(n, JFY_N_TITLE) : NULL;
        if (!k)
            continue;
        if (!(s = jfyp_node_plain(k)))
            return -1;
        /* the head without its number and closing stop ("2. Case report.") */
        char *h = s;
        while ((*h >= '0' && *h <= '9') || *h == '.' || *h == ' ')
            h++;
        size_t len = strlen(h);
        while (len && (h[len - 1] == '.' || h[len - 1] == ':' || h[len - 1] == ' '))
            h[--len] = '\0';
        for (size_t i = 0; case_heads[i] && !found; i++)
            found = jfyp_strieq(h, case_heads[i]);
        free(s);
    }
    return found;
}

static const char *own_doi(const jfy_node *front) {
    for (const jfy_node *c = front->first; c; c = c->next)
        if (c->type == JFY_N_ARTICLE_ID && strcmp(jfyp_node_attr(c, "type"), "doi") == 0)
            return c->text;
    return NULL;
}

/* The first DOI named on the page, in the body or in blocks left at the
 * top, other than the article's own: the article a notice is about. */
static int related_doi(jfyp_rec *r, const char *rtype) {
    for (jfy_node *c = r->front->first; c; c = c->next)
        if (c->type == JFY_N_RELATED && !strcmp(jfyp_node_attr(c, "type") ? jfyp_node_attr(c, "type") : "", rtype))
            return 0;
    const char *own = own_doi(r->front);
    for (jfy_node *n = r->body->first; n; n = jfyp_node_next_in(r->body, n)) {
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        char *s = jfyp_node_plain(n);
        if (!s)
            return -1;
        const char *p = s;
        size_t len;
        int rc = 0, done = 0;
        while (!done && (p = jfyp_find_doi(p, &len))) {
            if (!(own && strlen(own) == len && jfyp_strnieq(p, own, len))) {
                char *doi = jfyp_strndup(p, len);
                jfy_node *rel = doi ? jfyp_node_new(JFY_N_RELATED) : NULL;
                if (!rel || jfyp_node_set_attr(rel, "type", rtype) < 0 ||
                    jfyp_node_set_attr(rel, "doi", doi) < 0) {
                    jfyp_node_free(rel);
                    rc = -1;
                } else {
                    jfyp_node_span_from(rel, n);
                    jfyp_node_append(r->front, rel);
                }
                free(doi);
                done = 1;
            }
            p += len;
        }
        free(s);
        if (done || rc < 0)
            return rc;
    }
    return 0;
}

/* ---- the signature at the end of a letter, a review, an obituary ---- */

#define SIGNATURE_LINES 6 /* a name and its address; more is a paragraph */

/* Kinds of article whose author signs at the end, under the text, where
 * no byline names one above it. */
static int signed_kind(const char *type) {
    static const char *const kinds[] = {"letter", "book-review", "obituary", "editorial", NULL};
    for (size_t i = 0; kinds[i]; i++)
        if (strcmp(type, kinds[i]) == 0)
            return 1;
    return 0;
}

/* The body's last paragraph, in a section or not. */
static jfy_node *last_paragraph(jfy_node *body) {
    jfy_node *last = NULL;
    for (jfy_node *n = body->first; n; n = jfyp_node_next_in(body, n))
        if (n->type == JFY_N_PARAGRAPH && (n->parent == body || n->parent->type == JFY_N_SECTION))
            last = n;
    return last;
}

static int append_new(jfy_node *parent, jfy_node_type t, const char *text, const jfy_node *src) {
    jfy_node *k = jfyp_node_new_text(t, text);
    if (!k)
        return -1;
    jfyp_node_span_from(k, src);
    jfyp_node_append(parent, k);
    return 0;
}

/* "Marta Kowalczyk, MD" / "Department of ..., Leeds, UK" /
 * "m.kowalczyk@example.org": one name, then its address and email,
 * closing the text. The name becomes the author, the lines under it her
 * affiliation and email. 0, or -1 on OOM. */
static int signature(jfyp_rec *r) {
    for (const jfy_node *c = r->front->first; c; c = c->next)
        if (c->type == JFY_N_CONTRIBS && jfyp_node_child(c, JFY_N_CONTRIB))
            return 0;
    jfy_node *n = last_paragraph(r->body);
    jfyp_lines l;
    if (!n || jfyp_lines_of(n, &l) < 0)
        return n ? -1 : 0;
    int rc = 0, address = 0;
    char *name = NULL, *email = NULL;
    jfyp_buf aff;
    jfyp_buf_init(&aff);
    if (l.n < 2 || l.n > SIGNATURE_LINES)
        goto out;
    /* the name, its degrees after a comma ("Marta Kowalczyk, MD") */
    const char *t0 = l.v[0].text;
    size_t nl = strcspn(t0, ",");
    if (!(name = jfyp_strndup(t0, nl)))
        goto oom;
    jfyp_trim(name);
    if (jfyp_name_plausible(name) <= 0)
        goto out;
    /* only degrees after it: a word in lower case there ("John Smith,
     * the dean of the Faculty, thanked the") is a sentence that opens
     * with a name, the text's own */
    for (const char *d = t0 + nl; *d; d++)
        if ((d == t0 + nl || d[-1] == ' ') && *d >= 'a' && *d <= 'z')
            goto out;
    for (size_t i = 1; i < l.n; i++) {
        const char *t = l.v[i].text, *at = strchr(t, '@');
        if (at) {
            /* the address itself, the word around the "@" */
            const char *a = at, *b = at;
            while (a > t && a[-1] != ' ' && a[-1] != ':')
                a--;
            while (*b && *b != ' ')
                b++;
            while (b > at && (b[-1] == '.' || b[-1] == ','))
                b--;
            if (email || b - a < 5 || a == at)
                goto out;
            if (!(email = jfyp_strndup(a, (size_t)(b - a))))
                goto oom;
            continue;
        }
        if (email || strlen(t) > 160)
            goto out; /* text after the email: no signature */
        address |= jfyp_front_has_institution_word(t);
        if (aff.len)
            jfyp_buf_puts(&aff, " ");
        jfyp_buf_puts(&aff, t);
    }
    if (!address)
        goto out;
    jfyp_name nm = {0};
    int ok = jfyp_name_parse(name, &nm);
    if (ok < 0)
        goto oom;
    if (!ok)
        goto out;
    char *afftext = jfyp_buf_finish(&aff);
    jfyp_buf_init(&aff);
    jfy_node *g = jfyp_node_new(JFY_N_CONTRIBS), *c = jfyp_node_new(JFY_N_CONTRIB),
             *k = jfyp_node_new(JFY_N_NAME), *a = jfyp_node_new(JFY_N_AFF), *x = jfyp_node_new(JFY_N_XREF);
    int bad = !afftext || !g || !c || !k || !a || !x, joined = !bad;
    if (!bad) {
        jfyp_node_span_from(g, n);
        jfyp_node_span_from(c, n);
        jfyp_node_span_from(k, n);
        jfyp_node_span_from(a, n);
        jfyp_node_append(g, c);
        jfyp_node_append(c, k);
        jfyp_node_append(c, x);
        bad |= jfyp_node_set_attr(g, "content-type", "author") < 0;
        bad |= jfyp_node_set_attr(c, "contrib-type", "author") < 0;
        bad |= jfyp_node_set_attr(k, "surname", nm.surname) < 0;
        bad |= nm.given && jfyp_node_set_attr(k, "given", nm.given) < 0;
        bad |= jfyp_node_set_attr(x, "ref-type", "aff") < 0;
        /* (no author named above: no other affiliation holds this id) */
        bad |= jfyp_node_set_attr(x, "rid", "aff-sig") < 0;
        bad |= jfyp_node_set_attr(a, "id", "aff-sig") < 0;
        /* the country closing the address, tagged as the address
         * reader tags it */
        char *comma = afftext ? strrchr(afftext, ',') : NULL;
        const char *code = NULL;
        if (comma) {
            size_t tl = strlen(comma);
            while (tl && comma[tl - 1] == '.')
                comma[--tl] = '\0';
            code = jfyp_country_code(jfyp_trim(comma + 1));
        }
        if (code) {
            *comma = '\0';
            char *head = jfyp_printf("%s, ", afftext);
            jfy_node *co = jfyp_node_new_text(JFY_N_COUNTRY, jfyp_trim(comma + 1));
            bad |= !head || !co || append_new(a, JFY_N_TEXT, head ? head : "", n) < 0 ||
                   jfyp_node_set_attr(co, "code", code) < 0;
            if (co) {
                jfyp_node_span_from(co, n);
                jfyp_node_append(a, co);
            }
            free(head);
        } else {
            bad |= append_new(a, JFY_N_TEXT, afftext, n) < 0;
        }
        bad |= email && append_new(c, JFY_N_EMAIL, email, n) < 0;
    }
    free(afftext);
    jfyp_name_free(&nm);
    if (bad) {
        /* (g holds c, k and x once they were joined) */
        jfyp_node_free(g);
        if (!joined) {
            jfyp_node_free(c);
            jfyp_node_free(k);
            jfyp_node_free(x);
        }
        jfyp_node_free(a);
        goto oom;
    }
    jfyp_node_append(r->front, g);
    jfyp_node_append(r->front, a);
    jfyp_lines_free(&l);
    jfyp_node_free(n);
    free(name);
    free(email);
    return 0;
oom:
    rc = -1;
out:
    jfyp_lines_free(&l);
    jfyp_buf_free(&aff);
    free(name);
    free(email);
    return rc;
}

int jfyp_recognize_article_shape(jfyp_rec *r) {
    const char *type = jfyp_node_attr(r->doc, "article-type");
    if (!type) {
        int letter = salutation(r->body);
        if (letter < 0)
            return -1;
        type = type_of_title(r->front);
        if (!type)
            type = r->running_type;
        if (!type && letter)
            type = "letter";
        int report = type ? 0 : description_first(r->body);
        if (report < 0)
            return -1;
        if (report)
            type = "brief-report";
        int patient = type ? 0 : case_shape(r->front, r->body);
        if (patient < 0)
            return -1;
        if (patient)
            type = "case-report";
        /* no label or shape naming another kind: the kind most of an
         * archive is, the likeliest guess where no other is made (a page
         * with no type is wrong whatever it is), and JATS4R asks for a
         * type on every article */
        if (!type)
            type = "research-article";
        if (type && jfyp_node_set_attr(r->doc, "article-type", type) < 0)
            return -1;
        type = jfyp_node_attr(r->doc, "article-type");
    }
    /* a report of a case a journal prints under its letters' or
     * research's label: the title that names it so is the kind its JATS
     * gives */
    if (type && (strcmp(type, "letter") == 0 || strcmp(type, "research-article") == 0)) {
        int c = case_title(r->front);
        if (c < 0)
            return -1;
        if (c && jfyp_node_set_attr(r->doc, "article-type", "case-report") < 0)
            return -1;
        type = jfyp_node_attr(r->doc, "article-type");
    }
    if (type && signed_kind(type) && signature(r) < 0)
        return -1;
    const char *rtype = type ? related_type(type) : NULL;
    return rtype ? related_doi(r, rtype) : 0;
}
