/* recognize_references.c - the reference list: a heading that names it
 * ("References", "REFERENCES", "Literature Cited", "Bibliography",
 * "Referências", bold or numbered) and the entries after it.
 *
 * Entries come one per list item (Markdown), one per paragraph, or hard
 * wrapped with several to a paragraph (PDF text). A numbered entry starts
 * at a line that begins with its label ("[3]", "3.", "3)"); an author-year
 * entry at a line that begins with a name after a line that closed an
 * entry. Page furniture caught between entries (page numbers, running
 * headers) is dropped; an entry broken by a page break is rejoined. The
 * list ends at the next heading or the first block that is neither an
 * entry nor furniture. Each entry is kept whole as printed and split into
 * its parts by refparse.c. */
#include "names.h"
#include "recognize.h"
#include "refparse.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* An item label for a list item that continues the entry before it. */
#define CONT_ITEM (-2)
/* Entries per list; a longer list keeps the rest as body text. */
#define MAX_ENTRIES 2000
/* Bytes of a block looked at for the year of the entry it opens. */
#define BLOCK_YEAR_SPAN 400
/* Blocks looked at past a possible piece of page furniture. */
#define LOOKAHEAD 3

static const char *const heading_words[] = {
    "references", "reference", "reference list", "references and notes", "references cited",
    "literature cited", "literature", "bibliography", "works cited", "cited literature",
    "notes and references", "referências", "referências bibliográficas", "referencias",
    "referencias bibliográficas", "bibliografía", "bibliografia", "bibliographie",
    "literatur", "literaturverzeichnis", "références", "références bibliographiques",
    "literatura citada", "referencias bibliograficas", "referências citadas", "referencias citadas",
};

/* Whether low (lower case) is one of the heading words, also when its
 * letters are spaced out as display type prints them ("R EF ER ENCE S"). */
static int heading_word_match(const char *low) {
    char squeezed[64];
    size_t n = 0;
    for (const char *p = low; *p && n + 1 < sizeof squeezed; p++)
        if (*p != ' ')
            squeezed[n++] = *p;
    squeezed[n] = 0;
    for (size_t k = 0; k < sizeof heading_words / sizeof *heading_words; k++) {
        if (strcmp(low, heading_words[k]) == 0)
            return 1;
        /* spaced out: more spaces than the words have */
        const char *w = heading_words[k];
        size_t i = 0, j = 0;
        while (w[j] && i < n) {
            if (w[j] == ' ') {
                j++;
                continue;
            }
            if (w[j] != squeezed[i])
                break;
            i++, j++;
        }
        if (!w[j] && i == n && strchr(low, ' ') && !strchr(w, ' '))
            return 1;
    }
    return 0;
}

/* Words a line of a justified line's pieces holds at most. */
#define PIECE_WORDS 2
/* Bytes such a piece holds at most. */
#define PIECE_MAX 40
/* Pieces in a row that make a justified line read apart. */
#define PIECE_RUN 3

/* Whether the line [s, e) is a piece of a justified line that extraction
 * read word by word: a word or two, not a label alone ("12.", "[3]"). */
static int word_piece(const char *s, const char *e) {
    while (s < e && *s == ' ')
        s++;
    while (e > s && e[-1] == ' ')
        e--;
    if (s == e || e - s > PIECE_MAX)
        return 0;
    int words = 1, digits = 0;
    for (const char *p = s; p < e; p++) {
        words += p > s && *p == ' ' && p[-1] != ' ';
        digits += *p >= '0' && *p <= '9';
    }
    /* a label alone, three digits at most; "(1985)." is a year */
    if (digits <= 3 && strspn(s, "0123456789.[]()") >= (size_t)(e - s))
        return 0;
    return words <= PIECE_WORDS;
}

/* Whether the piece p[0, n) opens with an identifier's label, letters and
 * a colon ("pmid:23782176", "PMCID:PMC123"): the next identifier after
 * the DOI, which no DOI's rest opens on (WHO prints "doi:10.1/x
 * pmid:123"). */
static int id_label(const char *p, size_t n) {
    size_t k = 0;
    while (k < n && ((p[k] >= 'a' && p[k] <= 'z') || (p[k] >= 'A' && p[k] <= 'Z')))
        k++;
    return k >= 2 && k < n && p[k] == ':';
}

/* Whether the token that ends at w (text from t) is a link broken
 * before next ("http://www.who.int/fact" / "sheets/", "doi:" / "10.1000/1"):
 * it goes on without a space. */
static int link_goes_on(const char *t, const char *w, const char *next, const char **seen_w, const char **seen_s) {
    /* the word's start: looked for back to where the last look ended
     * (*seen_w), the one it found (*seen_s) when the word ran on past it;
     * a look back to t every line was quadratic in a run of pieces
     * joined into one long link */
    const char *stop = *seen_w && *seen_w <= w ? *seen_w : t;
    const char *s = w;
    while (s > stop && s[-1] != ' ' && s[-1] != '\n')
        s--;
    if (s == stop && stop != t)
        s = *seen_s;
    *seen_w = w;
    *seen_s = s;
    size_t n = (size_t)(w - s);
    unsigned char c = (unsigned char)*next;
    if (!n || strchr(".,;)", w[-1]) || !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) ||
        id_label(next, strcspn(next, " \n")))
        return 0;
    if (n >= 4 && (jfyp_strnieq(s, "doi:", 4) || jfyp_strnieq(s, "http", 4) || jfyp_strnieq(s, "www.", 4)))
        return 1;
    return n >= 3 && s[0] == '1' && s[1] == '0' && s[2] == '.' && memchr(s, '/', n);
}

/* Whether the line [p, e) is an italic "et al" that pdfminer took out of
 * its entry and set on a line of its own a line or two away ("Agarwal A,"
 * / ". Title ..." / "... 2014;4:e61." / "et al"; or "et" and "al" apart),
 * without its full stop, which the roman type kept in place: the words
 * belong nowhere the reader can tell, and where they stand they cut the
 * entry's journal or pages. A wrapped author list's "et al." keeps its
 * stop. */
static int moved_et_al(const char *p, const char *e) {
    while (p < e && *p == ' ')
        p++;
    while (e > p && e[-1] == ' ')
        e--;
    if (e - p == 2)
        return memcmp(p, "et", 2) == 0 || memcmp(p, "al", 2) == 0;
    if (e - p < 5 || memcmp(p, "et ", 3) != 0)
        return 0;
    p += 3;
    while (p < e && *p == ' ')
        p++;
    return e - p == 2 && memcmp(p, "al", 2) == 0;
}

/* MuPDF reads a justified line whose word spaces are wide as one line a
 * word ("Bailey-Serres," / "J.," / "and" / "Voesenek," / ...): a run of
 * such pieces is one line again, so an entry's first line shows its name
 * and year. A piece that ends on a hyphen runs on without a space.
 * In place; t only shrinks. */
static void join_pieces(char *t) {
    char *w = t, *p = t;
    const char *seen_w = NULL, *seen_s = NULL;
    while (*p) {
        char *le = strchr(p, '\n');
        if (p > t && moved_et_al(p, le ? le : p + strlen(p))) {
            p = le ? le + 1 : p + strlen(p);
            continue;
        }
        /* the run of pieces that starts at p, up to q */
        char *q = p;
        int run = 0;
        for (;;) {
            char *e = strchr(q, '\n');
            char *end = e ? e : q + strlen(q);
            if (q == end || !word_piece(q, end))
                break;
            run++;
            q = e ? e + 1 : end;
            if (!e)
                break;
        }
        if (run >= PIECE_RUN) {
            for (; p < q; p++) {
                if (*p != '\n') {
                    *w++ = *p;
                    continue;
                }
                while (w > t && w[-1] == ' ')
                    w--;
                if (w < seen_w)
                    seen_w = NULL; /* what it saw is rewritten */
                if (p + 1 == q) {
                    *w++ = '\n'; /* the run's end: the line after is not its */
                    continue;
                }
                while (p[1] == ' ')
                    p++;
                if (w > t && w[-1] != '-' && !link_goes_on(t, w, p + 1, &seen_w, &seen_s))
                    *w++ = ' ';
            }
            continue;
        }
        /* one line as it is: a run too short to be a line's words */
        char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) + 1 : strlen(p);
        memmove(w, p, n);
        w += n;
        p += n;
    }
    *w = 0;
}

/* The text of a block, lines separated by '\n'. malloc'd. */
static char *block_text(const jfy_node *b) {
    jfyp_buf buf;
    jfyp_buf_init(&buf);
    if (b->type == JFY_N_CODE_BLOCK && b->text)
        jfyp_buf_puts(&buf, b->text);
    for (const jfy_node *n = b->first; n; n = jfyp_node_next_in(b, n)) {
        if (n->type == JFY_N_SOFTBREAK || n->type == JFY_N_LINEBREAK)
            jfyp_buf_putc(&buf, '\n');
        else if (n->type == JFY_N_PARAGRAPH && buf.len && buf.data[buf.len - 1] != '\n')
            jfyp_buf_putc(&buf, '\n');
        else if ((n->type == JFY_N_TEXT || n->type == JFY_N_CODE) && n->text)
            jfyp_buf_puts(&buf, n->text);
        else if (n->type == JFY_N_CODE_BLOCK && n->text) {
            /* "1.       Abel K, ...": a wide gap after an item's number
             * reads as an indented code block in the item; its text is
             * the entry's */
            if (buf.len && buf.data[buf.len - 1] != '\n')
                jfyp_buf_putc(&buf, '\n');
            jfyp_buf_puts(&buf, n->text);
            while (buf.len && buf.data[buf.len - 1] == '\n')
                buf.len--;
        }
    }
    char *t = jfyp_buf_finish(&buf);
    if (t)
        join_pieces(t);
    return t;
}

/* The text of a paragraph's inlines from `from` on, lines separated by
 * '\n'. malloc'd. */
static char *inline_lines(jfy_node *from) {
    jfyp_buf buf;
    jfyp_buf_init(&buf);
    jfyp_buf_puts(&buf, "");
    for (jfy_node *k = from; k; k = k->next) {
        if (jfyp_inline_is_break(k)) {
            jfyp_buf_putc(&buf, '\n');
            continue;
        }
        jfyp_node_plain_put(k, &buf);
    }
    return jfyp_buf_finish(&buf);
}

/* Past the marks a heading may be printed after: "■ REFERENCES" (a
 * square or a bullet, U+25A0-U+25FF, U+2022), "\fReferences" (a page
 * break). */
static const char *past_marks(const char *s) {
    for (;;) {
        if (*s == ' ' || *s == '\f')
            s++;
        else if ((unsigned char)s[0] == 0xe2 && (((unsigned char)s[1] == 0x96 && (unsigned char)s[2] >= 0xa0) ||
                                                  (unsigned char)s[1] == 0x97 ||
                                                  ((unsigned char)s[1] == 0x80 && (unsigned char)s[2] == 0xa2)))
            s += 3;
        else
            return s;
    }
}

/* Whether t (malloc'd, freed here) names the list. */
static int heading_words_in(char *t);

static int is_heading(const jfy_node *b) {
    if (b->type != JFY_N_HEADING && b->type != JFY_N_PARAGRAPH)
        return 0;
    if (jfyp_node_find(b, JFY_N_SOFTBREAK))
        return 0;
    char *t = jfyp_node_plain(b);
    return t && heading_words_in(t);
}

static int heading_words_in(char *t) {
    jfyp_trim(t);
    size_t len = strlen(t);
    while (len && (t[len - 1] == ':' || t[len - 1] == '.' || t[len - 1] == ' '))
        t[--len] = 0;
    /* "7. References", "VII REFERENCES" */
    char *s = t + (past_marks(t) - t);
    while (*s && (strchr("0123456789.", *s) || ((*s == 'I' || *s == 'V' || *s == 'X') && s[1] != 0 &&
                                                 strchr("IVX. ", s[1]))))
        s++;
    while (*s == ' ')
        s++;
    int hit = 0;
    if (strlen(s) <= 40) {
        char *low = jfyp_utf8_lower(s);
        if (low) {
            hit = heading_word_match(low);
            free(low);
        }
    }
    free(t);
    return hit;
}

/* The letter that marks one part of an entry grouping several works:
 * "(a) " (ACS) or "a) " (Wiley); its length with the space after, 0 when
 * none. */
static size_t part_mark_at(const char *s) {
    size_t i = s[0] == '(';
    if (s[i] < 'a' || s[i] > 'z' || s[i + 1] != ')' || s[i + 2] != ' ')
        return 0;
    return i + 3;
}

/* A label at the start of a line: "[12] ", "12. ", "12) ", or alone on
 * its line, its entry on the next ("[12]" / "Abel K..."). Returns its
 * length (with the space after) and the number, 0 when none. */
static size_t label_at(const char *s, int *num) {
    size_t i = 0;
    /* "[12]", or "(12)" (ACS), three digits at most: "(2009)" is a year */
    char br = s[0] == '[' ? ']' : s[0] == '(' ? ')' : 0;
    if (br)
        i++;
    size_t d = i;
    int v = 0;
    while (s[i] >= '0' && s[i] <= '9' && i - d < (br == ')' ? 3u : 4u))
        v = v * 10 + (s[i++] - '0');
    if (i == d)
        return 0;
    if (br) {
        if (s[i] != br)
            return 0;
    } else if (s[i] != '.' && s[i] != ')') {
        return 0;
    }
    i++;
    /* "1.Abel MA": the space after the label lost */
    int tight = !br && s[i - 1] == '.' && s[i] >= 'A' && s[i] <= 'Z' && s[i + 1] >= 'a' && s[i + 1] <= 'z';
    if (s[i] != ' ' && s[i] != '\t' && s[i] != 0 && s[i] != '\n' && !tight)
        return 0;
    while (s[i] == ' ' || s[i] == '\t')
        i++;
    /* "(83)" alone is a table's cell: ACS's labels open with a name, or
     * with the first part's letter of an entry that groups several works
     * ("(1) (a) Longoni, G.; ... (b) Calabrese, J. C.; ...") */
    if (br == ')' && !jfyp_ref_name_at(s + i) && !(part_mark_at(s + i) && jfyp_ref_name_at(s + i + part_mark_at(s + i))))
        return 0;
    *num = v;
    return i;
}

/* ACS's label before an entry with no author, a web page's or a
 * report's title after it ("(3) Battery Safety and the Small Cell. Energy
 * Office. https://..."): its length and number, 0 when none. label_at
 * turns it away (a bracketed number before a word may be a table's cell
 * or an enumeration's item): it opens an entry only where its number is
 * the one wanted next. */
static size_t title_label_at(const char *s, int *num) {
    if (s[0] != '(')
        return 0;
    size_t i = 1;
    int v = 0;
    while (s[i] >= '0' && s[i] <= '9' && i < 4)
        v = v * 10 + (s[i++] - '0');
    if (i == 1 || s[i] != ')' || s[i + 1] != ' ')
        return 0;
    i += 2;
    /* a capitalised word or an acronym ("(9) UNESCO and ...") */
    if (!(s[i] >= 'A' && s[i] <= 'Z' && isalpha((unsigned char)s[i + 1])))
        return 0;
    *num = v;
    return i;
}

/* Whether s opens with a month's name and a year ("October 2020)."):
 * the day before it is a date's, an access note's wrapped to the line's
 * start ("(Accessed" / "8 October 2020)."), no label. */
static int date_at(const char *s) {
    static const char *const m[] = {"January", "February", "March", "April", "May", "June", "July",
                                    "August", "September", "October", "November", "December"};
    for (size_t k = 0; k < sizeof m / sizeof *m; k++) {
        size_t l = strlen(m[k]);
        if (s[0] == m[k][0] && strncmp(s, m[k], l) == 0 && s[l] == ' ')
            return strspn(s + l + 1, "0123456789") == 4 && (s[l + 1] == '1' || s[l + 1] == '2');
    }
    return 0;
}

/* A bare number as a label, a space and the entry's capitalised first
 * word after it ("1 Abel K, ..."): its length and number, 0 when none.
 * Only the label wanted next is one (a line of an entry may start with a
 * number). */
static size_t bare_label_at(const char *s, int *num) {
    size_t i = 0;
    int v = 0;
    while (s[i] >= '0' && s[i] <= '9' && i < 3)
        v = v * 10 + (s[i++] - '0');
    if (i && (s[i] == 0 || s[i] == '\n')) {
        /* alone on its line, the entry on the lines after it */
        *num = v;
        return i;
    }
    /* "1, Abel K": OCR reads a label's dot as a comma */
    if (i && s[i] == ',' && s[i + 1] == ' ')
        i++;
    /* (a tab after it too: "49\tClinicalTrials.gov", as BMJ's lists
     * set a label whose entry opens without a name) */
    if (!i || (s[i] != ' ' && s[i] != '\t'))
        return 0;
    while (s[i] == ' ' || s[i] == '\t')
        i++;
    /* "4 van der Sluis PC, ...": a surname's lower-case particles (two at
     * most) before its capital; a sentence's "4 do not" has none after */
    size_t w = i;
    for (int k = 0; k < 2 && s[w] >= 'a' && s[w] <= 'z'; k++) {
        char word[8];
        size_t e = w;
        while (s[e] >= 'a' && s[e] <= 'z' && e - w < 6)
            e++;
        if (e - w > 5 || s[e] != ' ')
            return 0;
        memcpy(word, s + w, e - w);
        word[e - w] = 0;
        if (!jfyp_name_is_particle(word))
            return 0;
        w = e + 1;
    }
    unsigned char c = (unsigned char)s[w];
    if (!((c >= 'A' && c <= 'Z') || c >= 0x80) || date_at(s + w))
        return 0;
    *num = v;
    return i;
}

/* A label whose digits OCR lost, its dot left before the entry's first
 * name (". Abel K, Baker L. ...", "|. Abel K"): the length of the dot
 * (and the bar) and the spaces after it, 0 when none. */
static size_t lost_label_at(const char *s) {
    size_t i = s[0] == '|' ? 1 : 0; /* a 1 read as a bar: "|. Abel K" */
    /* the space after the dot lost too (".Abel K, Baker L"): a name's
     * capital and lower case right after it */
    int tight = s[i] == '.' && s[i + 1] >= 'A' && s[i + 1] <= 'Z' && s[i + 2] >= 'a' && s[i + 2] <= 'z';
    if (s[i] != '.' || (s[i + 1] != ' ' && !tight))
        return 0;
    i++;
    while (s[i] == ' ')
        i++;
    return jfyp_ref_name_at(s + i) ? i : 0;
}

/* OCR reads the initial S as a dollar sign ("Hacquard $, Amyotte SG",
 * "Kumar, A., and Srivastava, $. (2013)"): a "$" after a name's word and
 * a space, before the punctuation that ends an initial (or the line's
 * end), is turned back into the letter in place. A price keeps its
 * figures after the sign ("US$ 40"). */
static void ocr_initials(char *ln) {
    if (!ln[0] || !ln[1])
        return; /* no room for a name, a space and the sign */
    /* the signs found by strchr: most lines hold none, and a byte-by-byte
     * walk over every entry line was some 90 K instructions a page */
    for (char *d = strchr(ln + 2, '$'); d; d = strchr(d + 1, '$')) {
        size_t i = (size_t)(d - ln);
        char n = ln[i + 1];
        /* "Hwang, $J.;": the S of two initials run together after a
         * surname and its comma */
        if (n >= 'A' && n <= 'Z' && i >= 2 && ln[i - 1] == ' ' && ln[i - 2] == ',' &&
            (ln[i + 2] == '.' || ln[i + 2] == ';' || ln[i + 2] == ',')) {
            ln[i] = 'S';
            continue;
        }
        if (!(n == ',' || n == '.' || n == ';' || n == 0))
            continue;
        unsigned char p = (unsigned char)ln[i - 2];
        if (ln[i - 1] == ' ' && (isalpha(p) || p == ',' || p >= 0x80))
            ln[i] = 'S';
        /* glued to an initial before it ("Dordevic S$,", "Karatoprak
         * G$,": an S or an S with a cedilla) */
        else if (i >= 3 && isupper((unsigned char)ln[i - 1]) && p == ' ' &&
                 (isalpha((unsigned char)ln[i - 3]) || (unsigned char)ln[i - 3] >= 0x80))
            ln[i] = 'S';
    }
}

/* Whether a year (four digits, 15xx to 20xx: "1101" in "14: 1101-1108"
 * is a page) is among the first lim bytes of s (NUL-terminated or lim
 * long). */
static int year_in(const char *s, size_t lim, size_t *end) {
    /* the text's end found once, not four bytes tested at every step */
    size_t len = strnlen(s, lim);
    for (size_t i = 0; i + 4 <= len; i++)
        if (s[i] == '(' && i + 6 <= lim && strncmp(s + i, "(n.d.)", 6) == 0) {
            *end = i + 6;
            return 1; /* "(n.d.)": no date, printed where the year goes */
        } else if (((s[i] == '1' && s[i + 1] >= '5') || (s[i] == '2' && s[i + 1] == '0')) && s[i + 1] <= '9' &&
                   s[i + 2] >= '0' && s[i + 2] <= '9' && s[i + 3] >= '0' && s[i + 3] <= '9' &&
                   (i == 0 || !(s[i - 1] >= '0' && s[i - 1] <= '9')) &&
                   !(i + 4 < lim && s[i + 4] >= '0' && s[i + 4] <= '9')) {
            /* the byte after the year was read only when within lim */
            *end = i + 4 < lim ? i + 5 : SIZE_MAX;
            return 1;
        }
    return 0;
}

static int has_year(const char *s, size_t lim) {
    size_t end;
    return year_in(s, lim, &end);
}

/* A whole entry on one line, a group as its author before a colon and
 * its year at its end: "Group of Chemists: Methods of Analysis, Place,
 * 2000." */
static int group_colon_entry(const char *line) {
    size_t len = strlen(line);
    while (len && line[len - 1] == ' ')
        len--;
    if (len < 12 || len > 400 || !(line[0] >= 'A' && line[0] <= 'Z') || line[len - 1] != '.')
        return 0;
    size_t y = len - 1;
    if (line[y - 1] >= 'a' && line[y - 1] <= 'z')
        y--; /* "2009a." */
    if (y < 5 || !has_year(line + y - 4, 4) || !(line[y - 5] == ' ' || line[y - 5] == ','))
        return 0;
    const char *c = memchr(line, ':', len < 60 ? len : 60);
    if (!c || c[1] != ' ')
        return 0;
    for (const char *p = line; p < c; p++)
        if ((*p >= '0' && *p <= '9') || *p == '.' || *p == ',')
            return 0;
    return 1;
}

/* Whether line opens as a group's name does: a capital, or figures that
 * are no label ("1000 Genomes Project Consortium 2010.", "23andMe
 * Research Team"): four of them or more, or letters glued to them, then
 * a capitalised word. */
static int caps_open(const char *line) {
    if (line[0] >= 'A' && line[0] <= 'Z')
        return 1;
    size_t i = 0;
    while (line[i] >= '0' && line[i] <= '9')
        i++;
    if (!i)
        return 0;
    size_t d = i;
    while ((line[i] >= 'a' && line[i] <= 'z') || (line[i] >= 'A' && line[i] <= 'Z'))
        i++;
    if (i == d && d < 4)
        return 0;
    return line[i] == ' ' && line[i + 1] >= 'A' && line[i + 1] <= 'Z';
}

/* Whether line opens with a group's name, two to eight capitalised
 * words (lower-case joining words between: "of", "and", "for", "the"),
 * then the year and a full stop or a comma. */
static int group_year_start(const char *line) {
    if (!caps_open(line))
        return 0;
    size_t ye = 0;
    if (!year_in(line, 100, &ye) || ye == SIZE_MAX || ye < 6 || line[ye - 6] != ' ' || !strchr(".,", line[ye - 1]))
        return 0;
    int words = 0;
    for (size_t i = 0; i < ye - 6;) {
        size_t w = i;
        while (w < ye - 6 && line[w] != ' ')
            w++;
        int caps = (line[i] >= 'A' && line[i] <= 'Z') || (i == 0 && line[i] >= '0' && line[i] <= '9');
        if (!caps && !((w - i == 2 && (!memcmp(line + i, "of", 2))) ||
                       (w - i == 3 && (!memcmp(line + i, "and", 3) || !memcmp(line + i, "for", 3) ||
                                       !memcmp(line + i, "the", 3)))))
            return 0;
        for (size_t x = i; x < w; x++)
            if (!isalnum((unsigned char)line[x]) && line[x] != '-' && (unsigned char)line[x] < 0x80)
                return 0;
        words += caps;
        i = w + 1;
    }
    return words >= 2 && words <= 8;
}

/* An author-year entry's first line: a name (or a group) and a year.
 * whole: the line is a whole block, so a short first sentence (a group
 * as author: "World Health Organization. Report 2012.") may do. */
static int author_year_start(const char *line, int whole) {
    size_t len = strlen(line);
    if (whole && len <= 400 && caps_open(line) && line[len - 1] == '.' &&
        has_year(line, len)) {
        const char *stop = strstr(line, ". ");
        if (stop && stop - line < 80)
            return 1;
    }
    if (!has_year(line, 200))
        return 0;
    if (jfyp_ref_name_at(line))
        return 1;
    /* a group as author, its year after its name with no stop between:
     * "Human Microbiome Consortium 2012. Title", "1000 Genomes Project
     * Consortium 2010. A map of ..." */
    if (group_year_start(line))
        return 1;
    /* A group as author, the year as the next sentence: "Flora Group. 2018." */
    const char *st = strstr(line, ". ");
    if (st && st - line <= 100 && caps_open(line) && has_year(st + 2, 4) &&
        (st[6] == '.' || st[6] == ',') && !memchr(line, ',', (size_t)(st - line)))
        return 1;
    /* A group as author: "World Health Organization (2010)."; names
     * printed in full: "Ada Lovelace, & Mary Somerville (eds). (2016)." */
    if (!(caps_open(line)))
        return 0;
    for (const char *p = strchr(line, '('); p && p - line < 120; p = strchr(p + 1, '('))
        if (has_year(p + 1, 5) || has_year(p, 6))
            return 1;
    return 0;
}

static int names_only(const char *s, size_t n);

/* Whether line opens with names only and then the year in brackets
 * ("Wood S (2006b) Title", "Abel K, Brook L (2001) Title"). */
static int names_year_start(const char *line) {
    if (!jfyp_ref_name_at(line))
        return 0;
    for (size_t i = 1; line[i] && i < 120; i++)
        if (line[i] == '(' && line[i - 1] == ' ')
            return has_year(line + i + 1, 4) && (line[i + 5] == ')' || (line[i + 5] >= 'a' && line[i + 5] <= 'z' && line[i + 6] == ')')) &&
                   names_only(line, i);
    return 0;
}

typedef struct {
    jfyp_buf text;
    int label; /* -1 when unnumbered */
    int line, end_line;
    int open;   /* the last line did not close the entry */
    int thread; /* entries whose labels run on from each other share one */
    int alone;  /* its label was printed on a line of its own */
    int guessed; /* its label was not printed with it but counted on */
    int whole;   /* it opened a block (or a list item) */
    /* The end of the bytes that made the text's year a year, 0 when none
     * is known: the text is rescanned for it after every line otherwise,
     * and the bytes before the point a line's append mends from stay. */
    size_t year_end;
    /* How much of the text's start was read and held no year: a yearless
     * entry's later lines are read from there, not from its start (a
     * rescan per line was quadratic in an entry that never closes). */
    size_t year_none;
} entry;

/* The blocks read, in the order read; a list read again or a piece not
 * taken drops the last ones by setting n back. Whether a block was read
 * is asked of every block a scan passes: the hash (pointer -> index in v,
 * an index at or past n or holding another block being stale) answers at
 * once where a walk over v made a list of many blocks quadratic. */
typedef struct {
    jfy_node **v;
    size_t n, cap;
    size_t *slot; /* index in v + 1, 0 empty */
    size_t slots, used;
} blocks;

typedef struct {
    jfyp_rec *r;
    entry *e;
    size_t n, cap;
    int numbered; /* -1 unknown, 0 author-year, 1 numbered */
    const jfy_node *heading; /* where a run read from elsewhere stops */
    jfy_node *stopped;       /* the block read_list stopped at, NULL at the end */
    int gap;                 /* reading a piece found elsewhere: the label it opens with */
    int skipped, noskip;     /* a label skipped ahead; skipping not allowed */
    int threads;             /* threads of labels started */
    int alternate;           /* two columns read line by line: lines go to the threads in turns */
    size_t last;             /* 1 + the entry the last line went to, 0 none */
    size_t said;             /* 1 + the entry the last line of text went to, 0 none */
    int column;              /* labels were printed apart from their entries */
    int edit;                /* the list is read for good: blocks may be cut */
    int lost_apart;          /* the first label lost, the second a block of its own */
    int lost_dots;           /* OCR lost a label, its dot left (lost_label_at) */
    int cited;               /* the article's own citation closed the list (own_citation) */
} list;

/* Entries looked back at for the label a new one continues. */
#define THREADS 12

/* Entries a column may hold, looked back over for the other column's. */
#define COLUMN_ENTRIES 40

static entry *new_entry(list *L, int label, int line) {
    if (L->n == MAX_ENTRIES)
        return NULL;
    if (L->n == L->cap) {
        size_t cap = L->cap ? L->cap * 2 : 32;
        entry *ne = realloc(L->e, cap * sizeof *ne);
        if (!ne)
            return NULL;
        L->e = ne;
        L->cap = cap;
    }
    entry *e = &L->e[L->n++];
    jfyp_buf_init(&e->text);
    e->label = label;
    e->line = e->end_line = line;
    e->open = 0;
    e->thread = 0;
    e->alone = 0;
    e->guessed = 0;
    e->whole = 0;
    e->year_end = e->year_none = 0;
    if (label >= 0) {
        for (size_t k = L->n - 1; k > 0 && k + THREADS >= L->n && !e->thread; k--)
            if (L->e[k - 1].label == label - 1)
                e->thread = L->e[k - 1].thread;
        if (!e->thread)
            e->thread = ++L->threads;
    }
    L->last = L->n;
    return e;
}

/* A label printed alone, as a column of labels apart from the entries
 * prints it: its entry opens, its text to come on the lines after it. */
static entry *alone_entry(list *L, int label, int line) {
    entry *e = new_entry(L, label, line);
    if (e)
        e->open = e->alone = L->column = 1;
    return e;
}

static int label_read(const list *L, int num);

/* Whether num is the label of the next entry: one more than the last
 * label read, or, when reading order took two columns' entries in turns
 * ("23.", "48.", "24.", "49."), one more than another recent label, while
 * not read yet. In a list read in order nothing else is wanted. */
static int wanted(const list *L, int num) {
    if (!L->n || num < 0)
        return 0;
    int prev = 0;
    size_t from = L->n > THREADS ? L->n - THREADS : 0;
    for (size_t k = from; k < L->n; k++) {
        if (L->e[k].label == num)
            return 0;
        if (L->e[k].label == num - 1)
            prev = 1;
    }
    /* the entry the last text went to, further back: the other column's
     * entries came between, then the rest of it (names_cut_elsewhere) */
    if (!prev && L->said && L->said <= L->n && L->e[L->said - 1].label == num - 1 && L->said + THREADS <= L->n)
        prev = !label_read(L, num);
    return prev;
}

/* Longest last word read as a link. Entries grow by their lines and this
 * is asked at every one: a link joined to piece after piece (one-word
 * blocks run on for pages) would be read back whole each time. */
#define URL_TOKEN_MAX 800

static int ends_token_url(const char *t, size_t len) {
    size_t s = len;
    while (s > 0 && t[s - 1] != ' ' && len - s <= URL_TOKEN_MAX)
        s--;
    if (len - s > URL_TOKEN_MAX)
        return 0;
    if (s < len && (t[s] == '(' || t[s] == '['))
        s++; /* "(doi:10.1000/abc." */
    return strstr(t + s, "doi.org/") || strncmp(t + s, "10.", 3) == 0 || strncmp(t + s, "http", 4) == 0 ||
           strncmp(t + s, "doi:", 4) == 0;
}

static int names_only(const char *s, size_t n);

/* Bytes before a year looked back at for the bracket it sits in. */
#define PLACE_YEAR_MAX 40

/* Whether t holds names and then its year only ("Rocha, M.F.G. 2008."):
 * an author-year entry whose title is still to come. */
static int names_then_year(const char *t, size_t n) {
    while (n && strchr(" .)", t[n - 1]))
        n--;
    if (n && t[n - 1] >= 'a' && t[n - 1] <= 'z')
        n--; /* "2008a" */
    if (n < 5 || !has_year(t + n - 4, 4) || !(t[n - 5] == ' ' || t[n - 5] == '('))
        return 0;
    /* "Group: Title, Place, 2000." has its title */
    if (memchr(t, ':', n))
        return 0;
    /* "A. Name et al, Book Title, (New York, 1995)": a book's place
     * and year in brackets close it (an author's year stands alone in
     * them, "Abel, K. (2008)."), its title in Title Case read before */
    for (size_t k = n - 4, commas = 0; k > 0 && n - 4 - k < PLACE_YEAR_MAX; k--) {
        if (t[k - 1] == ')')
            break;
        commas += t[k - 1] == ',';
        if (t[k - 1] == '(')
            return commas ? 0 : names_only(t, n - 4);
    }
    return names_only(t, n - 4);
}

/* Whether line holds only the captions of links printed after an entry
 * ("PubMed Abstract | Publisher Full Text", "Reference Source",
 * "Google Scholar", "Crossref"). */
static int link_captions(const char *line) {
    static const char *const w[] = {"publisher full text", "free full text", "full text", "pubmed abstract",
                                    "reference source", "google scholar", "crossref", "pubmed central",
                                    "pubmed", "web of science", "scopus", "abstract"};
    const char *p = line;
    int n = 0;
    for (;;) {
        while (*p == ' ' || *p == '|' || *p == '\t')
            p++;
        if (!*p)
            return n > 0;
        size_t k = 0;
        for (; k < sizeof w / sizeof *w; k++) {
            /* most lines open with none of the captions' first letters */
            if ((*p | 0x20) != w[k][0])
                continue;
            size_t l = strlen(w[k]);
            if (strncasecmp(p, w[k], l) == 0 && (p[l] == 0 || p[l] == ' ' || p[l] == '|')) {
                p += l;
                n++;
                break;
            }
        }
        if (k == sizeof w / sizeof *w)
            return 0;
    }
}

/* Whether the word that opens line goes on a link: it holds a slash,
 * a dot or a digit ("org/10.1038/...", "1038/abc"), not "empirical". */
static int url_rest(const char *line) {
    size_t n = strcspn(line, " ");
    for (size_t i = 0; i < n; i++)
        if (line[i] == '/' || (line[i] == '.' && i + 1 < n) || (line[i] >= '0' && line[i] <= '9'))
            return 1;
    return 0;
}

/* Whether line opens with the rest of a link broken before its own
 * punctuation: ".2002.11446745", "-8.", "(05)73024-1)". */
static int link_piece(const char *line) {
    if ((line[0] == '.' || line[0] == '-') && isalnum((unsigned char)line[1]))
        return 1;
    if (line[0] != '(')
        return 0;
    size_t k = 1;
    while (isdigit((unsigned char)line[k]))
        k++;
    return k > 1 && line[k] == ')' && isalnum((unsigned char)line[k + 1]);
}

/* Bytes before a line looked back at for the DOI it goes on with. */
#define DOI_LOOKBACK 120
/* Longest piece of a DOI read after a gap. */
#define DOI_PIECE_MAX 30

/* Whether the piece at p (up to a space) goes on with a DOI read up to a
 * gap: it holds a digit, or is the DOI's closing stop, and opens no
 * bracket ("10.1021/cr000 33a00 4.", not "10.1/abc (2010)"). */
static int doi_piece(const char *p) {
    size_t n = strcspn(p, " ");
    if (!n || n > DOI_PIECE_MAX || *p == '(' || *p == '[' || id_label(p, n))
        return 0;
    return strcspn(p, "0123456789") < n || (n == 1 && *p == '.');
}

/* Longest piece of letters only a DOI's gaps leave, and most of them in
 * a row ("j.ijhea tmass trans fer.2017.10.124"). */
#define DOI_WORD_MAX 8
#define DOI_WORDS 3

/* Whether the pieces at p go on with a DOI cut inside a word, the
 * typesetter's breaks every few letters ("10.1038/natre vmats .2016.92",
 * "j.bioma teria ls.2011.11.057"): a few short pieces of lower-case
 * letters, then one that opens on a letter or a stop and holds a stop
 * and a digit after it, no link ("or via https://..." is text after the
 * DOI, as is "2010." or "and 34"). */
static int doi_word_run(const char *p) {
    for (int k = 0; k <= DOI_WORDS; k++) {
        size_t n = strcspn(p, " ");
        if (!n || n > DOI_PIECE_MAX)
            return 0;
        size_t letters = 0;
        while (letters < n && p[letters] >= 'a' && p[letters] <= 'z')
            letters++;
        if (letters == n) {
            if (k == DOI_WORDS || n > DOI_WORD_MAX || p[n] != ' ')
                return 0;
            p += n + 1;
            continue;
        }
        if (letters == 0 && *p != '.')
            return 0;
        for (size_t i = letters; i < n; i++)
            if (p[i] == '/' || p[i] == ':' || p[i] == '(')
                return 0;
        const char *dot = memchr(p, '.', n);
        return dot && dot + 1 < p + n && dot[1] >= '0' && dot[1] <= '9';
    }
    return 0;
}

/* Bytes of an entry's end read as the rest of a DOI broken apart. */
#define DOI_TAIL_MAX 48
/* Pieces of such a rest. */
#define DOI_TAIL_PIECES 3

/* Whether the entry's end from p on is the rest of a DOI broken at its
 * gaps and the entry's close ("10.1016/j." / "matle t.2008.06.051."):
 * short, every piece opening in lower case, on a digit or a stop, never
 * on a capital or a bracket, which a note after the DOI opens on
 * ("PMID: 123", "Epub 2010"). */
static int doi_tail(const char *p) {
    if (strlen(p) > DOI_TAIL_MAX)
        return 0;
    int pieces = 0;
    const char *last = p;
    for (const char *q = p; *q; q++) {
        if (q != p && q[-1] != ' ')
            continue;
        unsigned char c = (unsigned char)*q;
        if (c == ' ')
            continue;
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c >= 0x80) ||
            id_label(q, strcspn(q, " ")))
            return 0;
        pieces++;
        last = q;
    }
    /* a DOI's end: a piece or three, the last with a digit or a few
     * bytes with a stop (".x."); "empirical study of the particles." is
     * a sentence, "in" a word after the DOI */
    size_t n = strcspn(last, " ");
    return pieces <= DOI_TAIL_PIECES && (strcspn(last, "0123456789") < n || (n <= 3 && (n == 1 || memchr(last, '.', n))));
}

/* A DOI the typesetter gave zero-width spaces to break at, read as
 * spaces (MuPDF: "https://doi.org/10.1021/cr000 33a00 4."): its pieces
 * closed up, in place, in t[0, len) (NUL-terminated there). A piece after
 * a stop, a comma, a closing bracket ("(doi:10.1/abc) 86-114") or the
 * prefix's slash is text after the DOI, unless the entry ends there
 * (at_end: t is the whole entry) with the DOI's rest. Returns the new
 * length. */
static size_t doi_gaps(char *t, size_t len, int at_end) {
    const char *p = t, *end = t + len;
    /* Nothing moves before a DOI's prefix, and most text holds none: the
     * walk starts at the first "10." that may open one. */
    for (;;) {
        p = memchr(p, '1', (size_t)(end - p));
        if (!p) {
            t[len] = 0;
            return len;
        }
        if (p[1] == '0' && p[2] == '.' && (p == t || strchr(" /:(", p[-1])))
            break;
        p++;
    }
    char *w = t + (p - t);
    int in_doi = 0;
    while (p < end) {
        if (!in_doi && p[0] == '1' && p[1] == '0' && p[2] == '.' && (p == t || strchr(" /:(", p[-1]))) {
            size_t d = strspn(p + 3, "0123456789");
            in_doi = d >= 4 && p[3 + d] == '/';
        }
        if (*p == ' ' && in_doi) {
            const char *q = p;
            while (*q == ' ')
                q++;
            if (w > t && *q &&
                ((!strchr(".,;:)]/", w[-1]) && doi_piece(q)) || (at_end && !strchr(",;)]/", w[-1]) && doi_tail(q)) ||
                 (w[-1] >= 'a' && w[-1] <= 'z' && doi_word_run(q)))) {
                p = q;
                continue;
            }
            in_doi = 0;
        }
        *w++ = *p++;
    }
    *w = 0;
    return (size_t)(w - t);
}

/* "https ://doi.org/...": a zero-width space the typesetter put in a
 * link to break it at, read as a space (MuPDF), closed up in the text
 * appended from byte from on. */
static void link_gap(jfyp_buf *b, size_t from) {
    /* found by its colon (memchr), not compared at every byte */
    for (size_t j = from + 1; j + 3 <= b->len; j++) {
        const char *c = memchr(b->data + j, ':', b->len - 2 - j);
        if (!c)
            break;
        j = (size_t)(c - b->data);
        size_t i = j - 1;
        if (b->data[i] != ' ' || b->data[j + 1] != '/' || b->data[j + 2] != '/')
            continue;
        size_t w = i >= 5 && memcmp(b->data + i - 5, "https", 5) == 0  ? i - 5
                   : i >= 4 && memcmp(b->data + i - 4, "http", 4) == 0 ? i - 4
                                                                        : SIZE_MAX;
        if (w == SIZE_MAX || (w > 0 && !strchr(" ([", b->data[w - 1])))
            continue;
        memmove(b->data + i, b->data + i + 1, b->len - i - 1);
        b->len--;
        b->data[b->len] = 0;
    }
}

/* Appends a wrapped line: a word hyphenated across the break is joined,
 * a hyphen before a capital kept, a broken link joined without a space. */
/* Whether the entry's text has a year, read from where the last look
 * left off (year_none) or where this line's append mended from (kept),
 * if before: a few bytes back, as a year may straddle the old end, but
 * never from inside a run of figures, which no year opens. Sets
 * year_end as year_in over the whole text would. */
static int year_after(entry *e, size_t kept) {
    const jfyp_buf *b = &e->text;
    size_t from = e->year_none < kept ? e->year_none : kept;
    from = from > 5 ? from - 5 : 0;
    while (from > 0 && from < b->len && b->data[from - 1] >= '0' && b->data[from - 1] <= '9' &&
           b->data[from] >= '0' && b->data[from] <= '9')
        from++;
    size_t end;
    if (!year_in(b->data + from, b->len - from, &end)) {
        e->year_none = b->len;
        return 0;
    }
    e->year_end = end == SIZE_MAX ? SIZE_MAX : end + from;
    return 1;
}

/* Whether line, one word opening on a capital, holding a figure and a
 * stop, is the rest of the DOI that ends t[0, len) on a stop: a DOI's
 * suffix goes on so ("jbc." / "M109.052969."), a sentence after it has
 * words, and an identifier after it its name ("PMC123", "PMID:123"). */
static int doi_rest_line(const char *t, size_t len, const char *line) {
    size_t n = strcspn(line, " ");
    size_t s = len;
    while (s > 0 && t[s - 1] != ' ')
        s--;
    if (!(line[0] >= 'A' && line[0] <= 'Z') || line[n + strspn(line + n, " ")] || n > DOI_PIECE_MAX ||
        strncmp(line, "PM", 2) == 0 || id_label(line, n))
        return 0;
    /* the link is a DOI: "10.1074/jbc.", "doi:10...", "https://doi.org/10..." */
    const char *d = NULL;
    for (size_t k = s; k + 3 < len && !d; k++)
        if (t[k] == '1' && t[k + 1] == '0' && t[k + 2] == '.' && (k == s || strchr("/:", t[k - 1])))
            d = t + k;
    if (!d || !memchr(d, '/', (size_t)(t + len - d)))
        return 0;
    const char *dot = memchr(line, '.', n);
    return dot && strcspn(line, "0123456789") < n;
}

/* Whether line opens with a word of lower-case letters only after a
 * DOI that ends t[0, len) on a figure ("10.1016/j.jep.2008.07.049" /
 * "in the ...", "titanium-dioxide-based"): text after the DOI (pdfminer sets a column's words
 * between), as a DOI's rest would hold a figure, a stop or a slash
 * ("10.1093/bioin" / "formatics/btu820" ends on letters). */
static int word_after_doi(const char *t, size_t len, const char *line) {
    if (!len || !(t[len - 1] >= '0' && t[len - 1] <= '9'))
        return 0;
    size_t n = strcspn(line, " ");
    for (size_t k = 0; k < n; k++)
        if (!(line[k] >= 'a' && line[k] <= 'z') &&
            /* a compound's hyphen ("titanium-dioxide-based") */
            !(line[k] == '-' && k > 0 && k + 1 < n && line[k - 1] >= 'a' && line[k - 1] <= 'z'))
            return 0;
    size_t s = len;
    while (s > 0 && t[s - 1] != ' ')
        s--;
    const char *d = NULL;
    for (size_t k = s; k + 3 < len && !d; k++)
        if (t[k] == '1' && t[k + 1] == '0' && t[k + 2] == '.' && (k == s || strchr("/:", t[k - 1])))
            d = t + k;
    return n >= 2 && d && memchr(d, '/', (size_t)(t + len - d));
}

static void append_line(entry *e, const char *line, int lineno) {
    jfyp_buf *b = &e->text;
    while (*line == ' ' || *line == '\t')
        line++;
    /* the captions of the entry's links (their links are lost) */
    if (!*line || link_captions(line) || (b->len && moved_et_al(line, line + strlen(line))))
        return;
    if (b->len) {
        char last = b->data[b->len - 1];
        char before = b->len > 1 ? b->data[b->len - 2] : 0;
        int low_next = (unsigned char)*line >= 'a' && (unsigned char)*line <= 'z';
        /* a non-breaking hyphen (U+2011) some typesetters break words at */
        int nb_hyphen = b->len > 3 && memcmp(b->data + b->len - 3, "\xe2\x80\x91", 3) == 0 &&
                        b->data[b->len - 4] >= 'a' && b->data[b->len - 4] <= 'z';
        if (last == '-' && before >= 'a' && before <= 'z' && low_next) {
            b->len--;
        } else if (nb_hyphen && low_next) {
            b->len -= 3;
        } else if (*line == ':' && line[1] == '/' && line[2] == '/' && b->len >= 4 &&
                   (memcmp(b->data + b->len - 4, "http", 4) == 0 ||
                    (b->len >= 5 && memcmp(b->data + b->len - 5, "https", 5) == 0))) {
            /* a link broken before its "://" ("https" / "://doi.org/...") */
        } else if (last == '-' || last == '/' ||
                   (b->len > 2 && memcmp(b->data + b->len - 3, "\xe2\x80\x93", 3) == 0 && *line >= '0' &&
                    *line <= '9')) {
            /* joined as printed; a range broken after its en dash too */
        } else if (last == '.' && ends_token_url(b->data, b->len) && doi_rest_line(b->data, b->len, line)) {
            /* a DOI broken after a stop before a capital ("10.1074/jbc." /
             * "M109.052969.") */
        } else if (ends_token_url(b->data, b->len) && !strchr(".,;)", last) && link_piece(line)) {
            /* a link broken before a full stop, a hyphen or a bracket of
             * its own ("10.1080/00306525" / ".2002.11446745", "jds.S0022-0302"
             * / "(05)73024-1)") */
        } else if (ends_token_url(b->data, b->len) && last != ',' && last != ';' &&
                   (low_next || (*line >= '0' && *line <= '9')) && (last != '.' || url_rest(line)) &&
                   !id_label(line, strcspn(line, " ")) && !word_after_doi(b->data, b->len, line)) {
            /* (the next identifier on a line of its own, "pmid:123",
             * follows the link, no rest of it) */
            /* a link broken across lines ("https://doi." / "org/10.1038/...";
             * a link closed by a full stop, then a word, ends there) */
        } else {
            jfyp_buf_putc(b, ' ');
        }
    }
    size_t from = b->len, kept = from; /* the bytes before kept stay as they were */
    jfyp_buf_puts(b, line);
    link_gap(b, from);
    /* a DOI's gaps closed as its lines come, so that the entry's end
     * reads as a link's (a DOI starts at most a line back) */
    if (b->len && !b->failed) {
        size_t s = from > DOI_LOOKBACK ? from - DOI_LOOKBACK : 0;
        for (size_t k = 0; s > 0 && b->data[s - 1] != ' ' && k < DOI_LOOKBACK; k++)
            s--;
        b->len = s + doi_gaps(b->data + s, b->len - s, 0);
        kept = s;
    }
    if (e->year_end > kept)
        e->year_end = 0;
    if (lineno)
        e->end_line = lineno;
    size_t l = strlen(line);
    while (l && line[l - 1] == ' ')
        l--;
    char c = l ? line[l - 1] : 0;
    /* An entry without its year yet is not finished, whatever its end;
     * one may close with its identifiers in brackets ("[PMID: 123]"). */
    /* A link closes an entry too ("Retrieved May 1, 2023, from https://...") */
    e->open = !(c == '.' || c == ')' || c == ']' || (c >= '0' && c <= '9') || ends_token_url(b->data, b->len)) ||
              !(e->year_end || year_after(e, kept)) ||
              names_then_year(b->data, b->len);
    if (e->year_end == SIZE_MAX)
        e->year_end = 0;
}

/* A line that opens with an identifier or a link ("[http://dx.doi.org/...]",
 * "[PMID: 123]", "doi: 10..."): the end of the entry before it, cut off by
 * a page break. */
static int ids_line(const char *s) {
    if (*s == '[')
        s++;
    return strncasecmp(s, "http", 4) == 0 || strncasecmp(s, "doi", 3) == 0 ||
           strncasecmp(s, "pmid", 4) == 0 || strncasecmp(s, "pmcid", 5) == 0;
}

static int page_number_line(const char *s, size_t len);

/* Longest piece of a link read as its rest on a line of its own. */
#define LINK_REST_MAX 40

/* Whether line s is the rest of a link the entry e ends on, broken at
 * one of its stops or slashes ("https://doi.org/10.1080/13504622.2011."
 * / "637157", "https://doi.org/10." / "1186/s40359-024-01942-z"): one
 * word opening on a figure. Extraction may set such a line apart as a
 * block of its own when the entry's lines run longer than it; a page
 * number alone is none. */
static int link_rest_line(const entry *e, const char *s) {
    const jfyp_buf *b = &e->text;
    size_t n = strcspn(s, " \t");
    if (!b->len || s[n] || n > LINK_REST_MAX || !(*s >= '0' && *s <= '9') || page_number_line(s, n))
        return 0;
    char last = b->data[b->len - 1];
    return (last == '.' || last == '/' || last == '-') && ends_token_url(b->data, b->len);
}

static int name_form(const char *s);
static int same_name_form(const list *L, const char *line);

/* A block that opens with a name printed surname first ("Abel, K. L.")
 * as the list's entries print theirs: an entry whose year is further on
 * than the block shows (two columns read block by block put its end
 * elsewhere). Body text does not open so. */
static int inverted_name_block(const list *L, const char *s) {
    return L->n && L->numbered == 0 && name_form(s) == 1 && same_name_form(L, s);
}

static int cut_author_list(const char *t, size_t len);

/* Whether the block's first line starts an entry of the list's kind. */
static int starts_entry(const list *L, const jfy_node *b) {
    if (b->type == JFY_N_LIST)
        return 1;
    if (b->type != JFY_N_PARAGRAPH && b->type != JFY_N_CODE_BLOCK)
        return 0;
    char *t = block_text(b);
    if (!t)
        return 0;
    int num, hit = 0;
    char *s = t;
    while (*s == ' ')
        s++;
    if (label_at(s, &num))
        hit = L->numbered != 0;
    else if (L->numbered == 1 && bare_label_at(s, &num))
        hit = wanted(L, num);
    else if (L->numbered != 1)
        hit = author_year_start(s, strchr(s, '\n') == NULL) ||
              (jfyp_ref_name_at(s) && has_year(s, BLOCK_YEAR_SPAN)) || inverted_name_block(L, s) ||
              cut_author_list(s, strlen(s));
    free(t);
    return hit;
}

/* Labels a list may skip: the entries between were printed elsewhere
 * (the other column, read first). */
#define SKIP_MAX 60

/* Whether label num, past the last read and not read yet, opens an entry
 * that starts with a name and names its year soon (s: the text after the
 * label, save: strtok_r's rest): the list goes on with a later label,
 * its entries between printed elsewhere. */
static int skips_ahead(const list *L, int num, const char *s, const char *save) {
    int top = -1;
    for (size_t k = 0; k < L->n; k++) {
        if (L->e[k].label == num)
            return 0;
        if (L->e[k].label > top)
            top = L->e[k].label;
    }
    if (top < 0 || num <= top + 1 || num > top + SKIP_MAX || !jfyp_ref_name_at(s))
        return 0;
    if (has_year(s, strlen(s)))
        return 1;
    if (!save)
        return 0;
    /* after an entry that closed, the year may come a few lines on (a
     * long title before it) */
    if (L->n && !L->e[L->n - 1].open)
        return has_year(save, BLOCK_YEAR_SPAN);
    const char *nl = strchr(save, '\n');
    size_t next = nl ? (size_t)(nl - save) : strlen(save);
    return has_year(save, next);
}

/* How a name is printed: 1 "Abel, K.", 2 "K. Abel", 3 "Abel K"; 0 no name. */
static int name_form(const char *s) {
    size_t n = s ? jfyp_ref_name_at(s) : 0;
    if (!n)
        return 0;
    if (s[0] >= 'A' && s[0] <= 'Z' && s[1] == '.')
        return 2;
    return memchr(s, ',', n) ? 1 : 3;
}

/* Whether line starts with a name printed as the last entry that opens
 * with one prints it: a line of an entry may start with an editor's name
 * printed the other way ("E. D. Abel (Eds.)"). An entry grouping works
 * opens with its first part's letter, its name after it ("a) N. M.
 * Abel, ..."): a line that opens "Baker, R." under it is a name cut at
 * the line's end ("b) E. F." / "Baker, R. Cole, ..."), no entry. */
static int same_name_form(const list *L, const char *line) {
    int f = name_form(line);
    for (size_t k = L->n; f && k > 0; k--) {
        const char *t = L->e[k - 1].text.data;
        int g = name_form(t ? t + part_mark_at(t) : NULL);
        if (g)
            return f == g;
    }
    return f != 0;
}

/* Whether a label stands inside line ("... 517 565 [2] Abel K") or
 * opens one of the next few lines (strtok_r's rest): the labels are
 * printed here, so a line without one is no entry of its own. */
static int label_within(const char *line, const char *save) {
    for (const char *p = strchr(line + 1, '['); p; p = strchr(p + 1, '[')) {
        int num = -1;
        if (p[-1] == ' ' && label_at(p, &num))
            return 1;
    }
    int k = 0;
    for (const char *p = save; p && *p && k < 4; p = strchr(p, '\n'), k++) {
        while (*p == '\n' || *p == ' ')
            p++;
        int num = -1;
        if (label_at(p, &num))
            return 1;
    }
    return 0;
}

/* Whether strtok_r has lines left after the current one. */
static int save_has_more(const char *save) {
    return save && *save;
}

/* Whether [s, s+n) reads as names only: no lower-case word of four
 * letters or more ("van", "den", "de" are parts of names; a title has
 * longer ones). */
static int names_only(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if ((i == 0 || s[i - 1] == ' ') && s[i] >= 'a' && s[i] <= 'z') {
            size_t w = i;
            while (w < n && s[w] >= 'a' && s[w] <= 'z')
                w++;
            if (w - i >= 4)
                return 0;
        }
    }
    return 1;
}

/* Lines a wrapped author list may take before its year. */
#define AUTHOR_LINES 4

/* A long author list wraps before its year: a line that starts with a
 * name, after an entry that closed, with the year early on the next line,
 * or a list of names over a few lines, the year after the last name. */
static int wrapped_author_start(const char *line, const char *save) {
    size_t len = strlen(line);
    if (len > 200 || !save_has_more(save) || !jfyp_ref_name_at(line) || has_year(line, len))
        return 0;
    const char *nl = strchr(save, '\n');
    size_t next = nl ? (size_t)(nl - save) : strlen(save);
    if (has_year(save, next < 60 ? next : 60))
        return 1;
    if (!names_only(line, len) || !memchr(line, ',', len))
        return 0;
    const char *p = save;
    for (int k = 0; k < AUTHOR_LINES && p && *p; k++) {
        nl = strchr(p, '\n');
        size_t l = nl ? (size_t)(nl - p) : strlen(p);
        /* the year's place on this line, if any */
        size_t y = 0;
        while (y < l && !has_year(p + y, 4))
            y++;
        if (!names_only(p, y))
            return 0;
        if (y < l)
            return y > 0 && (p[y - 1] == ' ' || p[y - 1] == '(');
        p = nl ? nl + 1 : NULL;
    }
    return 0;
}

/* Shortest line that opens an entry with a group as its author. */
#define GROUP_LINE_MIN 60
/* Bytes of the title after the group's name that hold no digit. */
#define GROUP_TITLE_WORDS 20

/* A group as author at the start of a line after an entry that closed,
 * its year later in the entry ("National Board of Examiners. Annual
 * report on the examinations. Lisbon: The Board, 2018."): a first
 * sentence of capitalised words (short lower-case ones between: "of",
 * "and", "de") without digits, then a capitalised sentence or a year and
 * one, on a line that runs on (a publisher's name closing the entry
 * before is a short line). */
static int group_entry_start(const char *line, const char *save) {
    size_t len = strlen(line);
    unsigned char c = (unsigned char)line[0];
    if (len < GROUP_LINE_MIN || !((c >= 'A' && c <= 'Z') || c >= 0x80))
        return 0;
    const char *st = strstr(line, ". ");
    if (!st || st - line < 4 || st - line > 120 || !names_only(line, (size_t)(st - line)))
        return 0;
    /* the sentence's last word is no abbreviation or initial ("Appl.", "J.") */
    const char *w = st;
    while (w > line && w[-1] != ' ')
        w--;
    if (st - w < 3)
        return 0;
    for (const char *p = line; p < st; p++)
        if ((*p >= '0' && *p <= '9') || *p == '(' || *p == ':' || *p == ';')
            return 0;
    /* "Oxford University Press. Oxford, UK": the publisher */
    for (const char *p = line; p + 5 <= st; p++)
        if (strncmp(p, "Press", 5) == 0 || (p + 7 <= st && strncmp(p, "Publish", 7) == 0))
            return 0;
    const char *nx = st + 2;
    if (has_year(nx, 4) && nx[4] == ' ')
        nx += 5;
    if (!(*nx >= 'A' && *nx <= 'Z') && !((unsigned char)*nx >= 0x80))
        return 0;
    /* a title's first words, not a journal's volume and pages ("Plant
     * Physiol. Biochem. 58, 227–235": the journal line of the entry
     * before); a code in a title is no volume ("ILAC G19:06/2022") */
    for (size_t i = 1; i < GROUP_TITLE_WORDS && nx[i]; i++) {
        if (nx[i - 1] != ' ' || !(nx[i] >= '0' && nx[i] <= '9'))
            continue;
        size_t j = i;
        while (nx[j] >= '0' && nx[j] <= '9')
            j++;
        if (nx[j] == ',' || nx[j] == ':' || nx[j] == '(') {
            j += 1 + (nx[j + 1] == ' ');
            if (nx[j] >= '0' && nx[j] <= '9')
                return 0;
        }
    }
    return has_year(line, len) || (save && has_year(save, BLOCK_YEAR_SPAN));
}

/* A block of its own that opens with a name and holds a year a few
 * lines on: an entry whose lines run long (the title before the year
 * takes more than a line), after an entry that closed. */
static int block_entry_start(const char *line, const char *save) {
    if (!jfyp_ref_name_at(line))
        return 0;
    size_t len = strlen(line);
    if (len >= BLOCK_YEAR_SPAN)
        return has_year(line, BLOCK_YEAR_SPAN);
    return has_year(line, len) || (save && has_year(save, BLOCK_YEAR_SPAN - len));
}

/* Lines of an entry looked at for the label of the next. */
#define ENTRY_LINES 8

/* Whether one of the next few lines (strtok_r's rest) opens with label 2. */
static int second_label_below(const char *save) {
    const char *p = save;
    for (int k = 0; p && *p && k < ENTRY_LINES; k++) {
        while (*p == '\n' || *p == ' ')
            p++;
        int num = -1;
        if (label_at(p, &num) && num == 2)
            return 1;
        /* "2 Abel K. ...": a bare number before a name */
        size_t bl = bare_label_at(p, &num);
        if (bl && num == 2 && p[bl] != '\n' && p[bl] && jfyp_ref_name_at(p + bl))
            return 1;
        /* "2" alone, its entry's name on the line under it */
        if (bl && num == 2 && p[bl] == '\n' && jfyp_ref_name_at(p + bl + 1))
            return 1;
        p = strchr(p, '\n');
    }
    return 0;
}

/* Whether one of the next few lines (strtok_r's rest) opens with label 1. */
static int first_label_below(const char *save) {
    const char *p = save;
    for (int k = 0; p && *p && k < ENTRY_LINES; k++) {
        while (*p == '\n' || *p == ' ')
            p++;
        int num = -1;
        if (label_at(p, &num) && num == 1)
            return 1;
        p = strchr(p, '\n');
    }
    return 0;
}

/* A bracketed label inside line ln, past its start, that opens the entry
 * wanted next with a name: extraction ran two lines of two columns into
 * one ("... 45(6): 1735[3] Douglas LJ. ..."). Where it starts, NULL when
 * none. */
static char *label_inside(const list *L, char *ln) {
    if (L->numbered != 1)
        return NULL;
    for (char *p = strchr(ln + 1, '['); p; p = strchr(p + 1, '[')) {
        int num = -1;
        size_t ll = label_at(p, &num);
        if (ll && wanted(L, num) && jfyp_ref_name_at(p + ll))
            return p;
    }
    return NULL;
}

/* Longest line read as the numbers that end the entry before. */
#define TAIL_LINE_MAX 60

static int two_names_at(const char *s);

/* A column of labels printed apart from its entries ("1." "2." "3.",
 * then the entries' text): the text fills the labels' entries in order,
 * the next one from a capitalised line after a line that closed an entry.
 * Returns the entry line ln goes to. */
static entry *text_target(list *L, entry *cur, const char *ln, int block_start) {
    if (L->numbered != 1 || cur != &L->e[L->n - 1] || cur->text.len)
        return cur;
    size_t p = L->n - 1;
    while (p > 0 && !L->e[p - 1].text.len)
        p--;
    unsigned char c = (unsigned char)ln[0];
    /* a block that opens with a name and its year is the next entry,
     * though the one before never showed a year (a web page's) */
    size_t len = strlen(ln);
    int opens = block_start && jfyp_ref_name_at(ln) && has_year(ln, len);
    /* the rest of a journal's name and its numbers ("Reprod., 14:
     * 118-119."): the end of the entry before, though that one read as
     * closed at "Indian J. Anim." */
    int tail = len < TAIL_LINE_MAX && !jfyp_ref_name_at(ln) && !has_year(ln, len) && strpbrk(ln, "0123456789");
    /* the entry before is the one the last line of text went to: a
     * column of labels printed apart is out of step with the entries */
    entry *prev = L->said && L->said <= L->n && L->e[L->said - 1].text.len ? &L->e[L->said - 1]
                  : p > 0                                                 ? &L->e[p - 1]
                                                                          : NULL;
    /* a surname's particle opens the next entry in lower case ("de
     * Souza AF, Lima R: ..."): a name and another after its comma, as no
     * wrapped title's words read */
    int particle = c >= 'a' && c <= 'z' && two_names_at(ln);
    if (prev && !((!prev->open || opens) && !tail && ((c >= 'A' && c <= 'Z') || c >= 0x80 || particle)))
        return prev;
    /* Two columns' labels read in turns ("7." "2.", then entry 2 and
     * entry 7): the left column's entry comes first, so the smallest
     * label waiting takes the text. */
    size_t m = p;
    for (size_t k = p + 1; k < L->n; k++)
        if (L->e[k].label >= 0 && L->e[k].label < L->e[m].label)
            m = k;
    if (m != p) {
        int lab = L->e[p].label, th = L->e[p].thread;
        L->e[p].label = L->e[m].label;
        L->e[p].thread = L->e[m].thread;
        L->e[m].label = lab;
        L->e[m].thread = th;
    }
    return &L->e[p];
}

static int tail_shaped(const char *t, size_t lim, int max_lines);
#define TAIL_LINES 4

/* Two columns read line by line into each other take turns, line by
 * line: the latest entry of the thread the last line did not go to, NULL
 * when none. */
static entry *other_thread(list *L) {
    if (!L->last || L->last > L->n)
        return NULL;
    int th = L->e[L->last - 1].thread;
    for (size_t k = L->n; k > 0 && k + THREADS > L->n; k--)
        if (L->e[k - 1].thread && L->e[k - 1].thread != th)
            return &L->e[k - 1];
    return NULL;
}

/* Whether the entries were read from two columns line by line: the
 * thread of labels changes between one entry and the next at least once
 * in four (a list printed in pieces changes a few times). */
static int threads_interleaved(const list *L) {
    size_t turns = 0, alone = 0;
    /* a label printed alone is out of step with the entries' text by
     * the column's own order, no turn of the reading */
    for (size_t k = 1; k < L->n; k++)
        turns += L->e[k].thread && L->e[k - 1].thread && L->e[k].thread != L->e[k - 1].thread && !L->e[k].alone &&
                 !L->e[k - 1].alone;
    size_t whole = 0;
    for (size_t k = 0; k < L->n; k++) {
        alone += L->e[k].alone;
        whole += L->e[k].whole;
    }
    /* labels printed on lines of their own are a column apart from the
     * entries, whose lines come whole, block by block, not in turns; so
     * do entries that open blocks of their own, the two columns' blocks
     * in turns ("1." "11." "12." "2." "13.": each a paragraph) */
    return L->n >= 6 && turns >= 4 && turns * 4 >= L->n && alone * 2 < L->n && whole * 4 < L->n * 3;
}

/* Whether line ln and the lines after it (strtok_r's rest) read as the
 * rest of an entry (see tail_shaped). */
static int rest_shaped(const char *ln, const char *save) {
    int lines = 1;
    for (const char *p = save; p && *p; p++)
        lines += *p == '\n';
    return lines <= TAIL_LINES && (tail_shaped(ln, strlen(ln), 1) || (save && *save && tail_shaped(save, strlen(save), TAIL_LINES)));
}

static int opens_entry(const char *p);

/* Bytes of a line looked at for the name an entry opens with. */
#define NAME_SPAN 160

/* Whether line ln (save: the lines after it) opens an entry printed as
 * the list's entries print theirs, a name and a year a few lines on.
 * pdfminer keeps a justified line's word spaces wide ("Oda,  Y.  (1999)
 * Choline"): they are read as one. */
static int column_entry_start(const list *L, const char *ln, const char *save) {
    char buf[NAME_SPAN + 1];
    size_t n = 0;
    for (const char *p = ln; *p && n < NAME_SPAN; p++)
        if (!(*p == ' ' && n && buf[n - 1] == ' '))
            buf[n++] = *p;
    buf[n] = 0;
    return same_name_form(L, buf) && block_entry_start(buf, save);
}

static int author_list_at(const char *s);

/* Lines of a block looked at for the second entry it holds. */
#define DROPPED_LINES 12

/* Whether a block that opens with line ln (save: the lines after it)
 * holds the entries of a column of labels printed apart and dropped
 * ("[2]" "[3]" ... each a box of its own over the box of their entries,
 * read as page numbers): it opens with an author list printed as the
 * list's entries print theirs, and a line after one that closed opens
 * another so. Body text does not open with an author list, let alone
 * two. */
static int dropped_labels_block(const list *L, const char *ln, const char *save) {
    if (!author_list_at(ln) || !column_entry_start(L, ln, save))
        return 0;
    size_t n = strlen(ln);
    while (n && ln[n - 1] == ' ')
        n--;
    char end = n ? ln[n - 1] : 0;
    const char *p = save;
    for (int k = 0; p && *p && k < DROPPED_LINES; k++) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        char buf[NAME_SPAN + 1];
        size_t m = len < NAME_SPAN ? len : NAME_SPAN;
        memcpy(buf, p, m);
        buf[m] = 0;
        int closed = end == '.' || end == ')' || (end >= '0' && end <= '9');
        if (closed && author_list_at(buf) && column_entry_start(L, buf, nl ? nl + 1 : NULL))
            return 1;
        while (len && p[len - 1] == ' ')
            len--;
        end = len ? p[len - 1] : 0;
        p = nl ? nl + 1 : NULL;
    }
    return 0;
}

/* Longest name read before the comma that ends it. */
#define NAME_COMMA_MAX 40

/* Whether line s opens with a name and a comma after it ("Baker LE, Cole
 * X", "Oda,  Y."), as an author list does and a journal's name wrapped
 * onto a line of its own ("Saudi J. Biol. Sci. 22: 637") does not. */
static int name_then_comma(const char *s) {
    size_t i = 0;
    while (i < NAME_COMMA_MAX && s[i] && s[i] != ',') {
        unsigned char c = (unsigned char)s[i];
        int initial = c == '.' && i && isupper((unsigned char)s[i - 1]);
        if (!(isalpha(c) || c >= 0x80 || c == ' ' || c == '-' || c == '\'' || initial))
            return 0;
        /* one abbreviated word: an initial, not "Biol." */
        if (c == '.' && i > 1 && isalpha((unsigned char)s[i - 2]))
            return 0;
        i++;
    }
    return i > 1 && s[i] == ',';
}

/* Whether line s opens an author list, a name and a comma and more than
 * "et al." after it: a running footer cites its article as "Abel K, et
 * al. J Biol 2015;3:12", an entry that cuts its authors short names a
 * few first. */
static int author_list_at(const char *s) {
    if (!name_then_comma(s))
        return 0;
    const char *c = strchr(s, ',');
    return strncmp(c, ", et al", 7) != 0;
}

/* Whether line s opens with two names in a row ("Abel K, Baker L"): an
 * author list whatever comes after it. */
static int two_names_at(const char *s) {
    size_t n = jfyp_ref_name_at(s);
    return n && s[n] == ',' && s[n + 1] == ' ' && jfyp_ref_name_at(s + n + 2);
}

/* Whether t (len bytes) is an author list the extraction cut from its
 * entry at the line's end, its block of one line: names only, two at
 * least, closed by the semicolon or the comma that leads to the next
 * ("Abreu, A.; Borba, L.A.; Estes, F.;" over a blank line, then "Faria,
 * J.V.; Gomes, D.F. 2004. Title..."): MuPDF parts a hanging-indented
 * entry's first line from the rest. */
static int cut_author_list(const char *t, size_t len) {
    while (len && t[len - 1] == ' ')
        len--;
    if (len < 8 || len > 200 || memchr(t, '\n', len) || (t[len - 1] != ';' && t[len - 1] != ','))
        return 0;
    return jfyp_ref_name_at(t) && (two_names_at(t) || memchr(t, ';', len - 1)) && names_only(t, len) &&
           !has_year(t, len);
}

/* One more than the largest label of the last entries read. */
static int next_label(const list *L) {
    int top = 0;
    for (size_t k = L->n; k > 0 && k + THREADS > L->n; k--)
        if (L->e[k - 1].label > top)
            top = L->e[k - 1].label;
    return top + 1;
}

/* A label printed alone and waiting for its entry's text among the last
 * entries read, the smallest; NULL when none. */
static entry *waiting_label(list *L) {
    entry *w = NULL;
    for (size_t k = L->n; k > 0 && k + THREADS > L->n; k--) {
        entry *e = &L->e[k - 1];
        if (e->alone && !e->text.len && e->label >= 0 && (!w || e->label < w->label))
            w = e;
    }
    return w;
}

/* Whether entry e names its year: year_end, where the year reader kept
 * one, else a scan of the text (bounded by the entry, which a few blocks
 * close: an entry with no year is read again only while it stays open). */
static int entry_has_year(const entry *e) {
    return e->year_end || has_year(e->text.data, e->text.len);
}

/* Whether line ln goes on with the numbers entry e stopped in: e ends
 * with a comma or a dash after its year ("2016," "2038–"; a comma after
 * the names waits for the journal) and ln opens with a digit. */
static int numbers_go_on(const entry *e, const char *ln) {
    const jfyp_buf *b = &e->text;
    size_t n = b->len;
    while (n && b->data[n - 1] == ' ')
        n--;
    int cut = n && (b->data[n - 1] == ',' || b->data[n - 1] == '-' ||
                    (n >= 3 && memcmp(b->data + n - 3, "\xe2\x80\x93", 3) == 0));
    return cut && ln[0] >= '0' && ln[0] <= '9' && entry_has_year(e);
}

/* Whether b ends with a hyphen after a letter (a word broken at the
 * line's end; U+2010 and U+2011 as some typesetters print it). */
static int ends_hyphen(const jfyp_buf *b) {
    size_t n = b->len;
    while (n && b->data[n - 1] == ' ')
        n--;
    if (n >= 2 && b->data[n - 1] == '-')
        return isalpha((unsigned char)b->data[n - 2]);
    return n >= 4 &&
           (memcmp(b->data + n - 3, "\xe2\x80\x90", 3) == 0 || memcmp(b->data + n - 3, "\xe2\x80\x91", 3) == 0) &&
           isalpha((unsigned char)b->data[n - 4]);
}

/* Two columns of entries read into each other block by block, an entry
 * of each cut before its end ("3 Okoro K, ..., Chem." then "6 Berg L,
 * ..., 2014, 53, 2038–"), their ends after them in the columns' order:
 * the latest entry of the thread other than cur's, when it is open, its
 * label before cur's (the first column's) and the block that opens with
 * line ln fits it and not cur: ln names a year, that entry has none yet
 * and cur has one, or ln goes on with its numbers and not with cur's
 * (numbers_go_on).
 * NULL when none: the block is cur's. A list read in order has one
 * thread. */
static entry *older_open(list *L, const entry *cur, const char *ln) {
    /* labels printed apart wait for their text: text_target reads it */
    if (!cur->open || cur->label < 0 || !cur->text.len || L->column)
        return NULL;
    for (size_t k = L->n - 1; k > 0 && k + THREADS > L->n; k--) {
        entry *e = &L->e[k - 1];
        if (e->label < 0 || e->thread == cur->thread)
            continue;
        if (!e->open || !e->text.len || e->label > cur->label)
            return NULL;
        if (has_year(ln, strlen(ln)) && !entry_has_year(e) && entry_has_year(cur))
            return e;
        /* "25 Du H, ... Slow N-" then "40 Nahid P, ..., Brozek JL," then
         * "acetyltransferase 2 genotype ...": the word goes on, not the
         * names */
        if (*ln >= 'a' && *ln <= 'z' && ends_hyphen(&e->text) && cut_author_list(cur->text.data, cur->text.len))
            return e;
        return numbers_go_on(e, ln) && !numbers_go_on(cur, ln) ? e : NULL;
    }
    return NULL;
}

/* Two columns read into each other block by block, the second's entry
 * cut in its author list ("40 Nahid P, Dorman SE, ..., Brozek JL,"), the
 * first's entries read on to their column's end, then the rest of the
 * names ("Cattamanchi A, et al. Official ..."): after cur, closed, a block
 * that opens with a name goes on with the latest entry of another thread
 * when that one stopped after a comma in its names, with no year yet, its
 * next label not read. NULL when none. */
static entry *names_cut_elsewhere(list *L, const entry *cur, const char *ln) {
    if (L->numbered != 1 || L->column || cur->open || cur->label < 0 || !jfyp_ref_name_at(ln))
        return NULL;
    for (size_t k = L->n - 1; k > 0 && k + COLUMN_ENTRIES > L->n; k--) {
        entry *e = &L->e[k - 1];
        if (e->label < 0 || e->thread == cur->thread)
            continue;
        if (e->open && e->text.len && cut_author_list(e->text.data, e->text.len) && !label_read(L, e->label + 1))
            return e;
        return NULL;
    }
    return NULL;
}

/* Whether line opens the article's own citation, printed under the list
 * on its last page ("Cite this article as: Abel et al.: Title. Journal
 * 2010, 5:3."): back matter, though it reads as an entry. */
static int own_citation(const char *line) {
    static const char *const heads[] = {"Cite this article", "Please cite this article", "How to cite this article",
                                        NULL};
    for (int k = 0; heads[k]; k++)
        if (strncasecmp(line, heads[k], strlen(heads[k])) == 0)
            return 1;
    return 0;
}

/* Adds the lines of text (one block) to the list. Returns 1 when the block
 * belonged to the list, 0 when it does not (the list ends), -1 on OOM. */
static int add_lines(list *L, char *t, int line0, int from_item, int item_label, int indented) {
    int taken = 0;
    if (L->cited)
        return 0;
    char *save = NULL, *rest = NULL;
    entry *filled = NULL;
    int k = 0;
    for (char *ln = strtok_r(t, "\n", &save); ln;
         ln = rest ? rest : strtok_r(NULL, "\n", &save), k += !rest, rest = NULL) {
        char *head = ln;
        while (*ln == ' ' || *ln == '\t')
            ln++;
        if (!*ln)
            continue;
        if (L->n && own_citation(ln))
            return 1;
        ocr_initials(ln);
        char *in = head > t ? label_inside(L, ln) : NULL;
        if (in) {
            /* the line ends where the label starts: its text moves back
             * a byte, over the end of the line before, read already */
            size_t hl = (size_t)(in - ln);
            memmove(head - 1, ln, hl);
            head[hl - 1] = 0;
            ln = head - 1;
            rest = in;
        }
        int lineno = line0 ? line0 + k : 0;
        int num = -1;
        size_t ll = label_at(ln, &num), bl = 0;
        /* the list's first entry may be one too, "(1)" right under the
         * heading: its label is not the entry's text */
        if (!ll && (L->numbered == 1 || (L->numbered < 0 && !L->n && k == 0 && !from_item)) &&
            (ll = title_label_at(ln, &num)) != 0 && !(L->numbered < 0 ? num == 1 : wanted(L, num))) {
            ll = 0;
            num = -1;
        }
        int bnum = -1;
        size_t lost = !ll && L->numbered != 0 ? lost_label_at(ln) : 0;
        /* OCR over a list whose labels were read apart ("14." alone
         * over its entry, the others lost or a run of them pages on), its
         * entries blocks of their own: with no label left waiting for its
         * text, a block that opens with a lost label's dot, or with an
         * author list and its year (or two names in a row), opens the
         * next entry, its label counted on (a run of labels later claims
         * it) */
        int column_block = L->column && k == 0 && !from_item && !ll && L->numbered == 1 && !waiting_label(L) &&
                           (lost || (author_list_at(ln) && (block_entry_start(ln, save) || two_names_at(ln) ||
                                                            /* its year blocks on ("Nat. Geosci. 8," /
                                                             * "759-762 (2015).") */
                                                            same_name_form(L, ln))));
        entry *cur = L->n ? &L->e[L->n - 1] : NULL;
        /* the labels printed apart were dropped before the list was read
         * (see dropped_labels_block): entries whose labels are counted on,
         * as when the column is read */
        int dropped = !L->column && k == 0 && !from_item && !ll && !lost && L->numbered == 1 && cur &&
                      cur->label >= 0 && !cur->open && dropped_labels_block(L, ln, save);
        /* the entry the last line of text went to */
        entry *at = L->said && L->said <= L->n ? &L->e[L->said - 1] : cur;
        entry *fill = NULL;
        int start = 0, guessed = 0;
        /* a block that opens with a label read already is not the list's
         * ("8. Conclusion" after entry 24: a numbered section the other
         * column put here) */
        if (k == 0 && !from_item && ll && L->numbered == 1 && label_read(L, num) && !jfyp_ref_name_at(ln + ll) &&
            !opens_entry(ln + ll))
            return 0;
        if (!cur && !from_item && k == 0 && lost && L->numbered < 0) {
            /* OCR lost the first label to a dot (". Abel K, Baker L.
             * ..."), the list's first block */
            start = 1;
            num = 1;
            ll = lost;
            L->numbered = 1;
        } else if (!cur && !from_item && !ll && L->numbered < 0 && !(bare_label_at(ln, &bnum) && bnum == 1) &&
            ((second_label_below(save) && !first_label_below(save)) || L->lost_apart)) {
            /* the first label was lost (taken for a page number, "[1]") */
            start = 1;
            num = 1;
            L->numbered = 1;
        } else if (from_item && k == 0) {
            /* a label inside an item is text ("1. [1] Smith" never happens) */
            start = item_label != CONT_ITEM;
            num = item_label;
            ll = 0;
            if (!start && !cur)
                return 0;
        } else if (!ll && L->numbered != 0 && (bl = bare_label_at(ln, &bnum)) != 0 &&
                   ((!cur && bnum == 1) || wanted(L, bnum) ||
                    /* a block that opens with a later bare label ("37 Z.
                     * Zhang, ..., 2016," after entry 19): the other
                     * column's entries, read in turns with these */
                    (k == 0 && !from_item && cur && cur->label >= 0 && !L->noskip &&
                     skips_ahead(L, bnum, ln + bl, save) && (L->skipped = 1)))) {
            start = 1;
            L->numbered = 1;
            ll = bl;
            num = bnum;
        } else if (ll && L->numbered != 0 &&
                   (!cur || cur->label < 0 || wanted(L, num) || (k == 0 && (!L->gap || num == L->gap)) ||
                    (!L->noskip && skips_ahead(L, num, ln + ll, save) && (L->skipped = 1)))) {
            start = 1;
            if (L->numbered < 0)
                L->numbered = 1;
        } else if (!ll && L->numbered == 1 && (k > 0 || (!from_item && (L->column ? column_block : lost || dropped || (L->lost_dots && author_list_at(ln))))) &&
                   cur &&
                   cur->label >= 0 && (!cur->open || (k == 0 && lost)) &&
                   (!from_item || (name_then_comma(ln) && column_entry_start(L, ln, save))) &&
                   !label_read(L, cur->label + 1) && !label_within(ln, save) && same_name_form(L, ln + lost) &&
                   (block_entry_start(ln + lost, save) || lost || (k == 0 && L->lost_dots && two_names_at(ln)) ||
                    column_block)) {
            /* a numbered list whose labels extraction dropped (printed
             * as a column of their own, or lost to OCR, a dot or nothing
             * left): an entry that closed, then a line that opens with a
             * name printed as the entries print theirs. A block of its
             * own opens one when a dot a lost label left stands before
             * its name: sign enough, one author or several, without the
             * year (OCR parts an entry's lines at a wide space: the year
             * may be blocks on) or the entry before closed ("34:413-34,").
             * Once OCR's lost labels were seen (lost_dots), so does a
             * block that opens with an author list (author_list_at; not a
             * running footer's "Abel K, et al. J Biol 2015;3:12"), or
             * with two names in a row, its year blocks on. A text layer's
             * block may open so (a column's line: "K. Kang, Energy ...",
             * "H. Kim, G. Yoon, ... and").
             * Where labels were printed apart, they come later
             * (label_column reads them). */
            start = 1;
            num = cur->label + 1;
            ll = lost;
            guessed = 1;
            L->column |= dropped;
        } else if (!ll && L->numbered == 1 && k > 0 && cur && cur->text.len && at->label >= 0 && at->text.len &&
                   !at->open && waiting_label(L) && !label_within(ln, save) && column_entry_start(L, ln, save)) {
            /* a label printed alone over the entry before ("7." over "6.
             * Fonseca MB. ..."): the next line that opens an entry after
             * one that closed is its text */
            fill = waiting_label(L);
        } else if (!ll && L->numbered == 1 && L->column && k > 0 && cur && cur->text.len && at->label >= 0 &&
                   at->text.len && !at->open && !label_within(ln, save) && column_entry_start(L, ln, save)) {
            /* labels printed apart and none waiting: the line that opens
             * an entry after one that closed is the next entry, its label
             * counted on (the column may print it later, see
             * claim_guessed) */
            start = 1;
            num = next_label(L);
            guessed = 1;
        } else if (ll && L->numbered == 0 && (k == 0 || !cur || !cur->open) && jfyp_ref_name_at(ln + ll)) {
            /* labels read as an author-year list: the labels alone on
             * their lines were dropped as page numbers, later ones kept */
            start = 1;
        } else if (!ll && L->numbered == 0 && cur && cur->open && k > 0 && names_year_start(ln) &&
                   same_name_form(L, ln) && has_year(cur->text.data, cur->text.len) &&
                   !names_then_year(cur->text.data, cur->text.len)) {
            /* an entry that ends without a full stop ("... CRC Press,
             * Boca Raton, Florida"), its year and title read, then a
             * line that opens as the list's entries do, names and the
             * year in brackets ("Wood S (2006b) ...") */
            start = 1;
            num = -1;
        } else if (!ll && L->numbered != 1 &&
                   (!cur || !cur->open || k == 0) &&
                   (author_year_start(ln, k == 0 && !save_has_more(save)) ||
                    ((!cur || !cur->open) && wrapped_author_start(ln, save)) ||
                    ((!cur || !cur->open) && (k == 0 || (cur && same_name_form(L, ln))) &&
                     block_entry_start(ln, save)) ||
                    ((!cur || !cur->open) && group_entry_start(ln, save)) ||
                    /* two names in a row printed as the list's are, after
                     * an entry that closed, the year cut off by the page's
                     * end ("Kim HJ, Lee J, Park M, et al. Lower education
                     * level is a" and a line more, the rest pages on) */
                    (k > 0 && cur && !cur->open && two_names_at(ln) && same_name_form(L, ln)) ||
                    (k == 0 && !from_item && inverted_name_block(L, ln)) ||
                    (k == 0 && !from_item && (!cur || !cur->open) && !save_has_more(save) &&
                     cut_author_list(ln, strlen(ln))) ||
                    (!cur && group_colon_entry(ln))) &&
                   !(cur && k == 0 && cur->open && *ln >= 'a' && *ln <= 'z') &&
                   /* the rest of an author list cut at its block's end */
                   !(cur && k == 0 && cur->open && cut_author_list(cur->text.data, cur->text.len))) {
            start = 1;
            if (L->numbered < 0)
                L->numbered = 0;
            num = -1;
        }
        if (start) {
            L->lost_dots |= lost && ll == lost;
            entry *e = new_entry(L, num, lineno);
            if (!e)
                return L->n == MAX_ENTRIES ? (taken ? 1 : 0) : -1;
            e->guessed = guessed;
            e->whole = k == 0;
            filled = NULL;
            append_line(e, ln + ll, lineno);
            if (e->text.len)
                L->said = L->n;
            /* a label alone: its entry is on the lines after it */
            if (!e->text.len)
                e->open = e->alone = L->column = 1;
            taken = 1;
            continue;
        }
        if (fill) {
            filled = fill;
            append_line(fill, ln, lineno);
            L->last = L->said = (size_t)(fill - L->e) + 1;
            taken = 1;
            continue;
        }
        if (!cur) {
            /* the other column's lines before the first label */
            if (L->numbered != 0 && !from_item && first_label_below(save))
                continue;
            return taken;
        }
        entry *names_cut = NULL;
        if (k == 0 && !from_item) {
            /* A block that does not start an entry continues the last one
             * only when that one was cut off (a page break inside it). */
            int low = (unsigned char)*ln >= 'a' && (unsigned char)*ln <= 'z';
            int link_rest = link_rest_line(cur, ln);
            if (!(cur->open || low || indented || ids_line(ln) || link_rest) &&
                !(names_cut = names_cut_elsewhere(L, cur, ln)))
                return 0;
            /* a piece read from elsewhere ends at text that is not its own;
             * labels printed alone wait for the text after them */
            if (L->gap && !ids_line(ln) && !link_rest && !(cur->alone && !cur->text.len) &&
                (!cur->open || (!low && !rest_shaped(ln, save))))
                return 0;
        }
        /* the lines after a waiting label's first go on with its entry */
        entry *to = filled ? filled : L->alternate ? other_thread(L) : NULL;
        if (!to && names_cut)
            to = filled = names_cut;
        if (!to && k == 0 && !from_item && (to = older_open(L, cur, ln)) != NULL)
            filled = to; /* the block's lines after its first go with it */
        if (!to)
            to = text_target(L, cur, ln, k == 0 && !from_item);
        append_line(to, ln, lineno);
        L->last = L->said = (size_t)(to - L->e) + 1;
        taken = 1;
    }
    return taken;
}

/* Whether a list item's text goes on with the entry before it: a line of
 * a wrapped entry that begins with a number and a dot ("587. doi:...",
 * the end of a page range; "2010. Title", an author-year entry's year)
 * reads as a numbered list item, so the item holds no entry's start: it is
 * empty, or opens on a digit, punctuation, a link or a lower-case word
 * that is no name ("van Dijk A" is one). */
static int item_continues(const list *L, const char *t) {
    while (*t == ' ' || *t == '\t')
        t++;
    unsigned char c = (unsigned char)*t;
    if (!c)
        return 1;
    if (strncasecmp(t, "doi", 3) == 0 || strncasecmp(t, "http", 4) == 0 || strncasecmp(t, "www.", 4) == 0 ||
        strncasecmp(t, "pmid", 4) == 0 || strncasecmp(t, "pmcid", 5) == 0)
        return 1;
    if ((c >= '0' && c <= '9') || (c < 0x80 && strchr(".,;:-)]/", c)))
        return 1;
    if (c >= 'a' && c <= 'z' && !jfyp_ref_name_at(t))
        return 1;
    /* an author-year list reads its entries by their shape */
    return L->numbered == 0 && !author_year_start(t, strchr(t, '\n') == NULL);
}

/* Whether a list item's printed number is too long for a label: the end
 * of a link or a page range wrapped onto a line of its own ("20056)"), or
 * one no label is printed as, with a leading zero (".../issn.0412-
 * 4081.2017.09." wrapped before "005. Chinese."). */
static int label_too_long(const char *printed) {
    return printed &&
           (strspn(printed, "0123456789") > 4 || (printed[0] == '0' && printed[1] >= '0' && printed[1] <= '9'));
}

/* Moves the items of list b from it on into a list of their own after b,
 * numbered from it's printed number. -1 on OOM. */
static int list_split_before(jfy_node *b, jfy_node *it, const char *printed) {
    jfy_node *q = jfyp_node_new(JFY_N_LIST);
    char *st = jfyp_printf("%d", atoi(printed));
    if (!q || !st || jfyp_node_set_attr(q, "ordered", "1") < 0 || jfyp_node_set_attr(q, "start", st) < 0) {
        free(st);
        jfyp_node_free(q);
        return -1;
    }
    free(st);
    jfyp_node_span_from(q, b);
    q->line = it->line;
    q->col = it->col;
    jfyp_node_move_from(it, q);
    jfyp_node_insert_after(b, q);
    if (b->last) {
        b->end_line = b->last->end_line;
        b->end_col = b->last->end_col;
    }
    return 0;
}

/* Entries looked back at for the one a label printed alone belongs to. */
#define CLAIM_BACK 8

/* Whether an entry among the last read has label num counted on, not
 * printed with it (a column of labels printed later claims it). */
static int label_guessed(const list *L, int num) {
    for (size_t k = L->n; k > 0 && k + CLAIM_BACK > L->n; k--)
        if (L->e[k - 1].label == num && L->e[k - 1].guessed)
            return 1;
    return 0;
}

/* pdfminer may print a column of labels after the box of entries they
 * label ("Abel K ..." "Baker L ..." then "2." "3."): the entries read
 * already, their labels counted on, so a label alone that one of them was
 * given is that entry's, printed late, and no entry of its own. Returns 1
 * when num was such a label. */
static int claim_guessed(list *L, int num) {
    for (size_t k = L->n; k > 0 && k + CLAIM_BACK > L->n; k--)
        if (L->e[k - 1].label == num && L->e[k - 1].guessed) {
            L->e[k - 1].guessed = 0;
            L->e[k - 1].alone = L->column = 1;
            return 1;
        }
    return 0;
}

/* Whether label num, not read yet, is a few past the largest of the
 * last entries read. */
static int label_ahead(const list *L, int num) {
    int top = -1;
    for (size_t k = L->n; k > 0 && k + THREADS > L->n; k--) {
        if (L->e[k - 1].label == num)
            return 0;
        if (L->e[k - 1].label > top)
            top = L->e[k - 1].label;
    }
    return top >= 0 && num > top && num <= top + THREADS && !label_read(L, num);
}

/* Whether a number printed alone on its line is an entry's year, far
 * past the list's labels ("2011." under "... Oxid Med Cell Longev 2011:
 * 962025,": OCR parts an entry's lines at blank lines, and the year
 * alone reads as a list item) after an entry left open, in a list whose
 * labels OCR lost to dots, no label of a column printed apart (pdfminer's
 * boxes may put a year alone after an entry not its own). */
static int year_alone(const list *L, const char *printed) {
    const entry *at = L->said && L->said <= L->n ? &L->e[L->said - 1] : NULL;
    return L->lost_dots && printed && at && at->open && strspn(printed, "0123456789") == 4 && has_year(printed, 4) &&
           atoi(printed) > next_label(L) + THREADS;
}

/* Whether a number printed alone as a list item is far past the labels
 * read: the end of a page range cut at its dash ("2038–" / "2054."),
 * read as an item, no label. */
static int label_far(const list *L, const char *printed) {
    return printed && L->n && atoi(printed) > next_label(L) + SKIP_MAX;
}

/* A column of labels printed apart from the entries reads as a numbered
 * list of empty items ("1." "2." "3."): each is an entry whose text comes
 * after (see text_target). Returns 1 when b was one, 0 when not, -1 on
 * OOM. */
static int label_column(list *L, jfy_node *b, int num) {
    for (jfy_node *it = b->first; it; it = it->next)
        if (it->first || label_too_long(jfyp_node_attr(it, "marker")) || year_alone(L, jfyp_node_attr(it, "marker")) ||
            label_far(L, jfyp_node_attr(it, "marker")))
            return 0;
    for (jfy_node *it = b->first; it; it = it->next) {
        const char *printed = jfyp_node_attr(it, "marker");
        if (printed && claim_guessed(L, atoi(printed))) {
            num = atoi(printed) + 1;
            continue;
        }
        entry *e = alone_entry(L, printed ? atoi(printed) : num, it->line);
        if (!e)
            return L->n == MAX_ENTRIES ? 1 : -1;
        num = e->label + 1;
    }
    L->numbered = 1;
    return 1;
}

/* The first of the items at the end of list b that hold their labels
 * only, NULL when the last holds more. */
static const jfy_node *labels_alone_tail(const jfy_node *b) {
    const jfy_node *from = NULL;
    for (const jfy_node *it = b->first; it; it = it->next)
        if (it->first || label_too_long(jfyp_node_attr(it, "marker")))
            from = NULL;
        else if (!from)
            from = it;
    return from;
}

static int add_block(list *L, jfy_node *b) {
    if (b->type == JFY_N_LIST) {
        const char *o = jfyp_node_attr(b, "ordered");
        const char *st = jfyp_node_attr(b, "start");
        int num = st ? atoi(st) : 1;
        int ordered = o && strcmp(o, "1") == 0;
        int taken = 0;
        if (ordered && L->numbered != 0) {
            int rc = label_column(L, b, num);
            if (rc)
                return rc;
        }
        /* a list printed with its labels is numbered from its first item
         * on: a line inside that item that opens with a name is the next
         * entry, its label printed apart, not an author-year list's */
        if (ordered && L->numbered < 0 && b->first && jfyp_node_attr(b->first, "marker"))
            L->numbered = 1;
        const jfy_node *tail_from = labels_alone_tail(b);
        int in_tail = 0;
        for (jfy_node *it = b->first; it; it = it->next) {
            const char *printed = jfyp_node_attr(it, "marker");
            in_tail |= it == tail_from;
            char *t = block_text(it);
            if (!t)
                return -1;
            /* an item printed with a label not wanted next that does not
             * open with a name and a year is no entry: a number wrapped
             * onto a line of its own ("36. Vienna. pp 108.", a series'),
             * or, when the label was read already, a numbered section of
             * the other column ("8. Conclusion"), where the list ends */
            if (!*t && ordered && printed && L->numbered == 1 && claim_guessed(L, atoi(printed))) {
                free(t);
                taken = 1;
                num = atoi(printed) + 1;
                continue;
            }
            if (!*t && ordered && printed && L->numbered == 1 && L->n &&
                (!L->e[L->n - 1].open || !L->e[L->n - 1].text.len) && label_ahead(L, atoi(printed))) {
                /* a label alone, a few past the last read, after an entry
                 * that closed: a column of labels printed apart ran it
                 * ahead of its entry ("7." over "6. Fonseca ..."); it
                 * waits for the text that opens its entry */
                free(t);
                entry *e = alone_entry(L, atoi(printed), it->line);
                if (!e)
                    return L->n == MAX_ENTRIES ? 1 : -1;
                taken = 1;
                continue;
            }
            int stray = ordered && printed && L->numbered == 1 && L->n && !label_too_long(printed) &&
                        !wanted(L, atoi(printed)) && !jfyp_ref_name_at(t) && !opens_entry(t);
            /* "6. https://doi.org/..." after an entry cut at "1250–": the
             * end of a page range wrapped onto a line of its own, the
             * entry's link after it; "68." after ".../journal.pbio.00402":
             * the end of a link */
            const entry *last = L->n ? &L->e[L->n - 1] : NULL;
            /* "...0412-4081.2017.09." / "005. Chinese.": a link broken
             * after a dot goes on with digits no label is printed with,
             * a leading zero */
            int link_rest = last && printed && printed[0] == '0' && printed[1] &&
                            ends_token_url(last->text.data, last->text.len);
            int tail = last && (ids_line(t) || link_rest ||
                                (item_continues(L, t) &&
                                 (last->open || ends_token_url(last->text.data, last->text.len))));
            /* a label read already alone in its item, the next label and
             * its entry after it ("6." "7. Hinsinger, P.; ..."): a column
             * of labels printed apart ran one label on into the entries'
             * box; the item is passed over */
            const char *np = it->next ? jfyp_node_attr(it->next, "marker") : NULL;
            if (stray && !tail && !*t && np && label_read(L, atoi(printed)) && wanted(L, atoi(np))) {
                free(t);
                continue;
            }
            if (stray && !tail && label_read(L, atoi(printed))) {
                free(t);
                if (it == b->first)
                    return 0;
                if (L->edit && list_split_before(b, it, printed) < 0)
                    return -1;
                break;
            }
            /* the list's last items empty, their labels the next ones
             * ("12. Abel K, ..." "13." "14."): a column of labels printed
             * apart from the entries that follow, as label_column reads */
            if (!*t && printed && ordered && L->numbered != 0 && wanted(L, atoi(printed)) && in_tail) {
                free(t);
                entry *e = alone_entry(L, atoi(printed), it->line);
                if (!e)
                    return L->n == MAX_ENTRIES ? 1 : -1;
                taken = 1;
                num = e->label + 1;
                continue;
            }
            /* an item printed with the next label is an entry, whatever
             * it holds ("9. doi:10.1601/nm.808") */
            int cont = L->n && (item_continues(L, t) || label_too_long(printed) || stray || link_rest) &&
                       !(ordered && printed && L->numbered != 0 && wanted(L, atoi(printed)));
            int label = cont ? CONT_ITEM : !ordered ? -1 : printed ? atoi(printed) : num;
            /* a bullet's item that opens with a name in a numbered list
             * whose last entry closed: OCR read the entry's label as a
             * dash ("- Abel, K., ..."); its label is counted on */
            int dash = !cont && !ordered && L->numbered == 1 && L->n && L->e[L->n - 1].label >= 0 &&
                       !L->e[L->n - 1].open && jfyp_ref_name_at(t);
            if (dash)
                label = next_label(L);
            if (cont && printed) {
                /* the marker was the line's text: "276." */
                char *whole = jfyp_printf("%s%s%s", printed, *t ? " " : "", t);
                free(t);
                if (!(t = whole))
                    return -1;
            }
            size_t n0 = L->n;
            int rc = add_lines(L, t, it->line, 1, label, 0);
            free(t);
            if (rc < 0)
                return -1;
            if (dash && L->n > n0)
                L->e[n0].guessed = 1;
            taken |= rc;
            /* The list's own count runs on from a number that was no
             * label; the entries go on from the last label read. */
            if (cont && it == b->first && L->e[L->n - 1].label >= 0)
                num = L->e[L->n - 1].label + 1;
            else if (!cont)
                num++;
        }
        if (ordered && L->numbered < 0)
            L->numbered = 1;
        return taken;
    }
    if (b->type != JFY_N_PARAGRAPH && b->type != JFY_N_CODE_BLOCK)
        return 0;
    char *t = block_text(b);
    if (!t)
        return -1;
    int rc = add_lines(L, t, b->line, 0, -1, b->type == JFY_N_CODE_BLOCK);
    free(t);
    return rc;
}

/* Whether a line reads as a page number: "14", "| 3", "Journal 2008; 1: 8 | 3". */
static int page_number_line(const char *s, size_t len) {
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\f'))
        len--;
    size_t e = len;
    while (e && s[e - 1] >= '0' && s[e - 1] <= '9')
        e--;
    if (e == len || len - e > 4)
        return 0;
    while (e && (s[e - 1] == ' ' || s[e - 1] == '\f'))
        e--;
    return e == 0 || s[e - 1] == '|';
}

/* Page furniture between entries: a short block (page number, running
 * header or footer) with more entries right after it. marked: only blocks
 * that show a page number or a page break, since a short block may also
 * be the end of an entry cut by the page. */
static int is_furniture(const jfyp_rec *r, const list *L, const jfy_node *b, int marked);

/* Whether b is a short block with a page mark: a page number or a page break. */
static int page_marked(const jfyp_rec *r, const list *L, const jfy_node *b) {
    return b && is_furniture(r, L, b, 2);
}

/* Whether text t is glyphs set apart: a word set up the page margin
 * ("R" "." "S" "o" "c", a running title or the article's number printed
 * sideways), that pdfminer prints a glyph to a line (or, lines joined, a
 * glyph to a word: "R . S o c"), or a dot alone. Every word is one glyph;
 * a digit or a letter alone is not one (a label, a page number). */
static int glyph_lines(const char *t) {
    const unsigned char *p = (const unsigned char *)t;
    int n = 0, alnum = 0;
    while (*p) {
        if (*p == ' ' || *p == '\t' || *p == '\f' || *p == '\n') {
            p++;
            continue;
        }
        alnum |= isalnum(*p);
        n++;
        /* one glyph: a byte and its UTF-8 continuation bytes */
        p++;
        while ((*p & 0xC0) == 0x80)
            p++;
        if (*p && *p != ' ' && *p != '\t' && *p != '\f' && *p != '\n')
            return 0;
    }
    return n >= 2 || (n == 1 && !alnum);
}

static int is_furniture(const jfyp_rec *r, const list *L, const jfy_node *b, int marked) {
    if (b->type == JFY_N_RULE)
        return 1;
    if (b->type != JFY_N_PARAGRAPH || (marked != 2 && starts_entry(L, b)))
        return 0;
    char *t = block_text(b);
    if (!t)
        return 0;
    int lines = 1, mark = 0;
    const char *ls = t;
    for (const char *p = t;; p++) {
        if (*p == '\f')
            mark = 1;
        if (*p == '\n' || !*p) {
            mark |= page_number_line(ls, (size_t)(p - ls));
            ls = p + 1;
            if (!*p)
                break;
            lines++;
        }
    }
    size_t len = strlen(t);
    int glyphs = glyph_lines(t);
    free(t);
    if (glyphs && marked != 2)
        return 1;
    if (lines > 2 || len > 100)
        return 0;
    if (marked == 2)
        return mark;
    /* The running header next to the page number is furniture too. */
    if (marked && !mark && !(lines == 1 && (page_marked(r, L, b->prev) || page_marked(r, L, jfyp_rec_next(r, b)))))
        return 0;
    const jfy_node *x = jfyp_rec_next(r, b);
    for (int k = 0; x && k < LOOKAHEAD; k++, x = jfyp_rec_next(r, x)) {
        if (x->type == JFY_N_HEADING)
            return 0;
        if (starts_entry(L, x))
            return 1;
        if (x->type == JFY_N_PARAGRAPH && L->n && L->e[L->n - 1].open)
            return 1; /* the cut-off entry goes on after it */
    }
    return 0;
}

/* Lines that may be the rest of an entry that read as finished (a title
 * ends with a dot, the journal and pages come after the page break): a
 * few lines with a number or a link in them. A heading or a paragraph of
 * body text that reading order put between two entries has neither. lim:
 * the lines looked at, up to the first line end past it. */
static int tail_shaped(const char *t, size_t lim, int max_lines) {
    int lines = 1, digit = 0;
    for (size_t i = 0; t[i] && i < lim; i++) {
        if (t[i] == '\n')
            lines++;
        else if (t[i] >= '0' && t[i] <= '9')
            digit = 1;
    }
    if (lines > max_lines)
        return 0;
    return digit || jfyp_stristr(t, "doi") || jfyp_stristr(t, "http");
}

/* Whether, in a numbered list, the entry after the last one read starts
 * within the next few blocks. */
static int next_label_follows(const jfyp_rec *r, const list *L, const jfy_node *b) {
    if (L->numbered != 1 || !L->n || L->e[L->n - 1].label < 0 || b->type != JFY_N_PARAGRAPH)
        return 0;
    if (!L->e[L->n - 1].open) {
        char *t = block_text(b);
        int ok = t && tail_shaped(t, strlen(t), TAIL_LINES);
        free(t);
        if (!ok)
            return 0;
    }
    int want = L->e[L->n - 1].label + 1;
    const jfy_node *x = jfyp_rec_next(r, b);
    for (int k = 0; x && k < LOOKAHEAD; k++, x = jfyp_rec_next(r, x)) {
        if (x->type == JFY_N_HEADING)
            return 0;
        if (x->type == JFY_N_LIST) {
            /* CommonMark counts a list's items from its first number: when
             * the extraction interleaved two columns' entries, the count
             * drifts from the printed labels, so a list that starts near
             * the label wanted goes on with it */
            const char *st = jfyp_node_attr(x, "start");
            int s = st ? atoi(st) : 1;
            return s > 1 && s >= want - 5 && s <= want + 5;
        }
        if (x->type != JFY_N_PARAGRAPH)
            return 0;
        char *t = block_text(x);
        if (!t)
            return 0;
        int num = -1;
        size_t ll = label_at(t, &num);
        free(t);
        if (ll)
            return wanted(L, num);
    }
    return 0;
}

/* Whether a line of block b (not its first) starts the entry after the
 * last one read: the block is the rest of that entry, cut by a page break,
 * run on with the entries after it (CommonMark lets no list but one
 * numbered 1 interrupt a paragraph). */
static int next_label_inside(const list *L, const jfy_node *b) {
    if (L->numbered != 1 || !L->n || L->e[L->n - 1].label < 0 || b->type != JFY_N_PARAGRAPH)
        return 0;
    int hit = 0;
    char *t = block_text(b);
    if (!t)
        return 0;
    for (char *p = strchr(t, '\n'); p && !hit; p = strchr(p + 1, '\n')) {
        int num = -1;
        size_t bl = 0;
        /* "14 A. Abel": a bare label before a name, as the list prints
         * its labels, after the page's furniture run into the block */
        hit = (label_at(p + 1, &num) || ((bl = bare_label_at(p + 1, &num)) && jfyp_ref_name_at(p + 1 + bl))) &&
              wanted(L, num) && (L->e[L->n - 1].open || tail_shaped(t, (size_t)(p - t), ENTRY_LINES));
    }
    free(t);
    return hit;
}

/* Entries by label; read in turn (same label) as read. */
static int by_label(const void *a, const void *b) {
    const entry *x = a, *y = b;
    if (x->label != y->label)
        return x->label < y->label ? -1 : 1;
    return x->line < y->line ? -1 : x->line > y->line;
}

/* A numbered list read in pieces (two columns read in turns, pages out
 * of order) is put back in the order of its labels. */
static void sort_by_label(list *L) {
    int sorted = 1;
    for (size_t k = 0; k < L->n; k++) {
        if (L->e[k].label < 0)
            return;
        sorted &= !k || L->e[k - 1].label <= L->e[k].label;
    }
    if (!sorted)
        qsort(L->e, L->n, sizeof *L->e, by_label);
}

/* "B12", "12": an entry's id or label written into buf (24 bytes) by
 * hand, not by a formatted print and an allocation for each entry. */
static const char *number_text(char *buf, char prefix, size_t v) {
    char *p = buf + 23;
    *p = '\0';
    do {
        *--p = (char)('0' + v % 10);
    } while (v /= 10);
    if (prefix)
        *--p = prefix;
    return p;
}

/* In an entry grouping works, where the work lettered want opens past
 * t: the space before its mark ("... 7231. (b) Calabrese, J. C.;" or
 * "...; b) Brandt, E."), a name after it; NULL when none. paren: the
 * marks are bracketed. One pass over t. */
static char *next_part(char *t, int paren, char want) {
    for (char *p = strchr(t, ' '); p; p = strchr(p + 1, ' ')) {
        if (p == t || !strchr(".;,", p[-1]))
            continue;
        const char *m = p + 1;
        if (paren != (*m == '('))
            continue;
        size_t ml = part_mark_at(m);
        if (ml && m[paren] == want && jfyp_ref_name_at(m + ml))
            return p;
    }
    return NULL;
}

/* The article's own DOI (read before the references), NULL when none. */
static const char *own_doi(const jfyp_rec *r) {
    for (const jfy_node *c = r->front->first; c; c = c->next)
        if (c->type == JFY_N_ARTICLE_ID && c->text && strcmp(jfyp_node_attr(c, "type"), "doi") == 0)
            return c->text;
    return NULL;
}

/* Whether t[0, at) ends with a running footer's citation stub, "(2019)
 * 6:318 " (Nature): the year bracketed, the volume and the page; returns
 * where it starts, or at when there is none. */
static size_t stub_before(const char *t, size_t at) {
    size_t end = at;
    while (end && t[end - 1] == ' ')
        end--;
    size_t i = end;
    while (i && end - i < 16 && t[i - 1] != '(')
        i--;
    if (!i || t[i - 1] != '(')
        return at;
    const char *s = t + i - 1, *e = t + end;
    if (strspn(s + 1, "0123456789") != 4 || s[5] != ')' || s[6] != ' ')
        return at;
    const char *v = s + 7;
    size_t vl = strspn(v, "0123456789");
    if (!vl || v[vl] != ':')
        return at;
    const char *pg = v + vl + 1;
    size_t pl = strspn(pg, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    if (!pl || pg + pl != e)
        return at;
    return i - 1;
}

/* A running footer caught in an entry: the article's own DOI, printed at
 * the foot of every page ("(2019) 6:318 | https://doi.org/10.1038/x",
 * "...; 56:4178 https://doi.org/10.1590/x") and read into the entry the
 * page ended in, where it stands for the entry's DOI. Cut, with its
 * link prefix, the stub before it and the bar-separated site after it,
 * when the footer shows: another DOI or a link before it in the entry,
 * a bar beside it or the stub. In place; one pass over t per own DOI found. */
static void cut_own_doi(const jfyp_rec *r, char *t) {
    const char *own = own_doi(r);
    size_t ol = own ? strlen(own) : 0;
    if (ol < 7)
        return;
    size_t from = 0;
    for (;;) {
        const char *d = jfyp_stristr(t + from, own);
        if (!d)
            return;
        size_t at = (size_t)(d - t), end = at + ol;
        from = at + 1;
        /* the same DOI goes on ("10.1/abc.2" found in "10.1/abc.23") */
        if (t[end] && t[end] != ' ' && t[end] != '|' && !(strchr(".,;", t[end]) && (!t[end + 1] || t[end + 1] == ' ')))
            continue;
        if (at && t[at - 1] != ' ' && t[at - 1] != '/' && t[at - 1] != ':')
            continue;
        size_t s = at;
        static const char *const pre[] = {"https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
                                          "http://dx.doi.org/", "doi.org/", "doi:", "doi"};
        for (size_t k = 0; k < sizeof pre / sizeof *pre; k++) {
            size_t pl = strlen(pre[k]);
            if (s >= pl && jfyp_strnieq(t + s - pl, pre[k], pl)) {
                s -= pl;
                break;
            }
        }
        /* inside some other link ("https://pubs.x.org/doi/<own>", the
         * article's supporting files): the page's text, no footer */
        if (s == at && at && t[at - 1] != ' ')
            continue;
        while (s && t[s - 1] == ' ')
            s--;
        int bar = 0;
        if (s && t[s - 1] == '|') {
            bar = 1;
            s--;
        }
        size_t st = stub_before(t, s);
        int stub = st < s;
        s = st;
        while (s && t[s - 1] == ' ')
            s--;
        if (!s)
            return;
        size_t e = end;
        if (t[e] && t[e] != ' ' && t[e] != '|')
            e++;
        while (t[e] == ' ')
            e++;
        if (t[e] == '|') {
            bar = 1;
            e++;
            while (t[e] == ' ')
                e++;
            /* the site's address beside it ("| www.nature.com/x") */
            if (jfyp_strnieq(t + e, "www.", 4))
                e += strcspn(t + e, " ");
            while (t[e] == ' ')
                e++;
        }
        int other = 0;
        for (const char *q = t; q < t + s && !other; q++) {
            size_t dl;
            const char *o = jfyp_find_doi(q, &dl);
            if (!o || o >= t + s)
                break;
            other = 1;
        }
        /* or a link ("Available from: https://x.org/a.pdf https://doi.org/<own>") */
        const char *ln = strstr(t, "http");
        other |= ln && ln < t + s;
        if (!bar && !stub && !other)
            continue;
        /* keep one space between what was before and what follows */
        if (t[e])
            t[s++] = ' ';
        memmove(t + s, t + e, strlen(t + e) + 1);
        from = s;
    }
}

/* Builds the list after heading (titled: the heading's words are its
 * title; else heading is the list's first block, for its span). */
static int build_list(jfyp_rec *r, jfy_node *heading, int titled, list *L) {
    sort_by_label(L);
    jfy_node *rl = jfyp_node_new(JFY_N_REF_LIST);
    jfy_node *title = titled ? jfyp_node_new(JFY_N_TITLE) : NULL;
    if (!rl || (titled && !title)) {
        jfyp_node_free(rl);
        jfyp_node_free(title);
        return -1;
    }
    jfyp_node_span_from(rl, heading);
    if (title) {
        jfyp_node_span_from(title, heading);
        jfyp_node_move_children(heading, title);
        /* "**References**" keeps its words, not its bold */
        if (title->first && title->first == title->last && title->first->type == JFY_N_STRONG) {
            jfy_node *st = title->first;
            jfyp_node_unlink(st);
            jfyp_node_move_children(st, title);
            jfyp_node_free(st);
        }
        /* "■ REFERENCES" keeps its words, not its mark */
        jfy_node *tx = title->first;
        if (tx && tx->type == JFY_N_TEXT && tx->text) {
            const char *w = past_marks(tx->text);
            if (w != tx->text && *w) {
                memmove(tx->text, w, strlen(w) + 1);
                jfyp_node_changed(tx);
            }
        }
        jfyp_node_append(rl, title);
    }
    jfyp_node_append(r->back, rl);
    size_t id = 0;
    for (size_t k = 0; k < L->n; k++) {
        entry *e = &L->e[k];
        /* a label whose text never came (the labels' column ran longer) */
        if (!e->text.len)
            continue;
        char *text = jfyp_buf_finish(&e->text);
        if (!text)
            return -1;
        jfyp_trim(text);
        doi_gaps(text, strlen(text), 1);
        cut_own_doi(r, text);
        jfyp_trim(text);
        jfy_node *ref = jfyp_node_new(JFY_N_REF);
        char rid[24], lab[24];
        int bad = !ref || jfyp_node_set_attr(ref, "id", number_text(rid, 'B', ++id)) < 0;
        if (!bad && e->label >= 0) {
            jfy_node *ln = jfyp_node_new_text(JFY_N_LABEL, number_text(lab, 0, (size_t)e->label));
            if (!ln)
                bad = 1;
            else
                jfyp_node_append(ref, ln);
        }
        if (bad) {
            free(text);
            jfyp_node_free(ref);
            return -1;
        }
        ref->line = e->line;
        ref->end_line = e->end_line;
        ref->col = 1;
        jfyp_node_append(rl, ref);
        /* an entry grouping several works, each opened by its letter
         * ("(1) (a) Abel, K. ... (b) Brandt, E. ..."): one reference
         * with a citation for each work, as publishers tag it; the
         * letter is no part of a work's citation */
        size_t pm = part_mark_at(text);
        int paren = text[0] == '(';
        char letter = pm ? text[paren] : 0;
        char *piece = text;
        if (letter == 'a' && jfyp_ref_name_at(text + pm) && next_part(text + pm, paren, 'b'))
            piece = text + pm;
        else
            letter = 0;
        while (piece) {
            char *next = letter ? next_part(piece, paren, (char)(letter + 1)) : NULL;
            char *after = NULL;
            if (next) {
                *next = '\0';
                after = next + 1 + part_mark_at(next + 1);
            }
            jfyp_trim(piece);
            jfy_node *cit = jfyp_node_new(JFY_N_CITATION);
            if (!cit) {
                free(text);
                return -1;
            }
            cit->line = e->line;
            cit->end_line = e->end_line;
            cit->col = 1;
            jfyp_node_append(ref, cit);
            if (jfyp_ref_parse(piece, cit) < 0) {
                free(text);
                return -1;
            }
            piece = after;
            letter++;
        }
        free(text);
    }
    return 0;
}

/* Whether inline f's text opens on a byte no label opens on (a label
 * opens on a bracket or a digit). */
static int opens_off_label(const jfy_node *f) {
    return f->text && f->text[0] && !strchr("[(0123456789", f->text[0]);
}

/* Whether paragraph x's text may open with a label ("[1]", "(1)", "1."
 * or a bare number): its text opens with its first text's first byte
 * (the joining of pieces keeps it), so most blocks are told without the
 * text of all their lines. */
static int may_open_label(const jfy_node *x) {
    const jfy_node *f = x->first;
    return !(f && (f->type == JFY_N_TEXT || f->type == JFY_N_CODE) && opens_off_label(f));
}

/* Blocks looked at for the next label past text that is not the list's. */
#define INTERLEAVE_WINDOW 40

/* The label paragraph x opens with ("12. Smith"; with bare, also "20
 * Abel K": a bare number before a name) in *num, and in *named (when
 * not NULL) whether a name follows it. Returns 1 when x opens with one,
 * 0 when not, -1 on OOM. */
static int opening_label(const jfy_node *x, int bare, int *num, int *named) {
    if (!may_open_label(x))
        return 0;
    char *t = block_text(x);
    if (!t)
        return -1;
    size_t ll = label_at(t, num);
    if (!ll && bare && (ll = bare_label_at(t, num)) != 0 && !jfyp_ref_name_at(t + ll))
        ll = 0;
    if (named)
        *named = ll && jfyp_ref_name_at(t + ll);
    free(t);
    return ll != 0;
}

/* Whether block x opens with the next entry's label: "12. Smith" as a
 * paragraph's first line, or a numbered list that starts at it. */
static int opens_with_label(const list *L, const jfy_node *x) {
    if (x->type == JFY_N_LIST) {
        const char *o = jfyp_node_attr(x, "ordered");
        const char *st = jfyp_node_attr(x, "start");
        /* or a column of labels printed apart that claims the entries
         * read before it, their labels counted on */
        return o && strcmp(o, "1") == 0 && st && (wanted(L, atoi(st)) || label_guessed(L, atoi(st)));
    }
    if (x->type != JFY_N_PARAGRAPH)
        return 0;
    int num = -1;
    return opening_label(x, 1, &num, NULL) > 0 && wanted(L, num);
}

/* Lines of page furniture (a licence line, a running title) looked at
 * before the entries run into them. */
#define FURNITURE_LINES 3
/* Lines of a figure's caption looked at before the entries run into it. */
#define CAPTION_LINES 12

/* In an author-year list, a paragraph whose first few lines are not the
 * list's and whose next line starts an entry with another entry after it:
 * the page's furniture that extraction ran into the entries on the next
 * page. Returns the inline the entries start at, NULL when none; *oom on
 * OOM. */
/* Whether the lines at p open an author-year entry: a name or a group
 * and a year, or a name and a year a few lines on. */
static int opens_entry(const char *p) {
    if (author_year_start(p, 0) || (jfyp_ref_name_at(p) && has_year(p, BLOCK_YEAR_SPAN)))
        return 1;
    char line[BLOCK_YEAR_SPAN + 1];
    size_t n = strcspn(p, "\n");
    if (n > BLOCK_YEAR_SPAN)
        return 0;
    memcpy(line, p, n);
    line[n] = 0;
    return group_colon_entry(line);
}

static jfy_node *entries_below(const jfy_node *n, int *oom) {
    if (n->type != JFY_N_PARAGRAPH)
        return NULL;
    int line = 0, lines = FURNITURE_LINES;
    /* a figure's caption at the page's foot, joined to the entries of the
     * next page with the page break between */
    if (n->first && n->first->type == JFY_N_TEXT && n->first->text && jfyp_is_caption_start(n->first->text))
        lines = CAPTION_LINES;
    for (jfy_node *c = n->first; c && line < lines; c = c->next) {
        if (!jfyp_inline_is_break(c) || !c->next)
            continue;
        line++;
        char *t = inline_lines(c->next);
        if (!t) {
            *oom = 1;
            return NULL;
        }
        int hit = opens_entry(t);
        if (hit) {
            /* another entry further on, so one line of text that opens
             * with a name and a year is not taken */
            hit = 0;
            int k = 0;
            for (char *p = strchr(t, '\n'); p && !hit && k < 2 * ENTRY_LINES; p = strchr(p + 1, '\n'), k++)
                hit = opens_entry(p + 1);
        }
        free(t);
        if (hit)
            return c->next;
    }
    return NULL;
}

/* Whether block b reads as page furniture: it holds a page break, or it
 * is short (a page number, a running title, a label printed apart). */
/* A paragraph's text (NULL for any other block, or out of memory), with
 * its length and its number of lines. */
static char *para_text(const jfy_node *b, size_t *len, int *lines) {
    char *t = b->type == JFY_N_PARAGRAPH ? block_text(b) : NULL;
    if (!t)
        return NULL;
    *len = strlen(t);
    *lines = 1;
    for (const char *p = t; *p; p++)
        *lines += *p == '\n';
    return t;
}

static int furniture_shaped(const jfy_node *b) {
    size_t len;
    int lines;
    char *t = para_text(b, &len, &lines);
    if (!t)
        return 0;
    int hit = strchr(t, '\f') || (lines <= 2 && len <= 100);
    free(t);
    return hit;
}

/* Lines and bytes of a piece of an entry that reading order put apart. */
#define FRAGMENT_LINES 6
#define FRAGMENT_MAX 600

/* Whether block b reads as a piece of an entry put apart from it: a few
 * lines with a year or a link. */
static int fragment_shaped(const jfy_node *b) {
    size_t len;
    int lines;
    char *t = para_text(b, &len, &lines);
    if (!t)
        return 0;
    int hit = lines <= FRAGMENT_LINES && len <= FRAGMENT_MAX &&
              (has_year(t, len) || jfyp_stristr(t, "http") || jfyp_stristr(t, "doi"));
    free(t);
    return hit;
}

/* Whether block b reads as the middle of an entry that pdfminer's boxes
 * put apart: a few lines that open in lower case ("in European
 * Pharmacopoeia, 3rd Edn (Strasbourg: ...), 121–122."), as no body
 * paragraph opens. */
static int lower_piece(const jfy_node *b) {
    size_t len;
    int lines;
    char *t = para_text(b, &len, &lines);
    if (!t)
        return 0;
    int hit = lines <= FRAGMENT_LINES && len <= FRAGMENT_MAX && t[0] >= 'a' && t[0] <= 'z' && !strchr(t, '\f');
    free(t);
    return hit;
}

/* In an author-year list, the block where the next entry starts after
 * page furniture (a page break, a running title, the labels of a column
 * printed apart) and nothing else. NULL when none. */
static jfy_node *resumes_after_page(const jfyp_rec *r, const list *L, const jfy_node *b) {
    if (!furniture_shaped(b) && !fragment_shaped(b))
        return NULL;
    jfy_node *x = jfyp_rec_next(r, b);
    for (int k = 0; x && k < INTERLEAVE_WINDOW; k++, x = jfyp_rec_next(r, x)) {
        if (starts_entry(L, x))
            return x;
        if (!furniture_shaped(x) && !fragment_shaped(x) && !lower_piece(x)) {
            int oom = 0;
            return entries_below(x, &oom) ? x : NULL;
        }
    }
    return NULL;
}

/* Blocks of the other column looked past for an author-year list's
 * next entry. */
#define OTHER_TEXT_WINDOW 8

/* The first letter of an entry's text in upper case, 0 when it opens on
 * no ASCII letter. */
static int sort_letter(const char *t) {
    unsigned char c = t ? (unsigned char)t[0] : 0;
    return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c >= 'A' && c <= 'Z' ? c : 0;
}

/* In an author-year list whose last entry closed, the block where the
 * list goes on when reading order put text of the other column before
 * it (a figure's caption, a paragraph of the body, the page's foot): the
 * first of two blocks in a row, not far on, that open entries, the
 * first's name not sorted before the last entry's (author-year lists
 * run in alphabetical order). NULL when none. */
static jfy_node *resumes_after_text(const jfyp_rec *r, const list *L, const jfy_node *b) {
    const entry *last = &L->e[L->n - 1];
    if (b->type == JFY_N_HEADING || last->open || !last->text.len)
        return NULL;
    int from = sort_letter(last->text.data);
    jfy_node *x = jfyp_rec_next(r, b);
    for (int k = 0; x && k < OTHER_TEXT_WINDOW && x->type != JFY_N_HEADING; k++, x = jfyp_rec_next(r, x)) {
        if (x->type == JFY_N_LIST || !starts_entry(L, x))
            continue;
        jfy_node *y = jfyp_rec_next(r, x);
        if (!y || y->type == JFY_N_LIST || !starts_entry(L, y))
            continue;
        char *t = block_text(x);
        if (!t)
            return NULL;
        int at = sort_letter(t);
        free(t);
        if (from && at && at >= from)
            return x;
    }
    return NULL;
}

/* Blocks of back matter looked past for an author-year list's entries. */
#define BACK_WINDOW 16
/* Bytes of a statement's heading run into its paragraph. */
#define HEADING_RUNIN_MAX 40
/* Bytes of an entry's first line, at least, after back matter. */
#define ENTRY_LINE_MIN 40
/* Lines of a block looked at for a second entry's start. */
#define SECOND_ENTRY_LINES 8

/* Whether back-matter heading b names a statement (acknowledgements,
 * funding, contributions, conflicts), not a part that holds text of its
 * own the list could run into. */
static int statement_heading(const jfy_node *b) {
    if (b->type != JFY_N_HEADING && b->type != JFY_N_PARAGRAPH)
        return 0;
    char *t = block_text(b);
    if (!t)
        return 0;
    /* or a paragraph the heading runs into, on a line of its own or
     * before a colon ("AUTHOR CONTRIBUTIONS" "WS wrote ...", "Funding:
     * This work ...") */
    if (b->type == JFY_N_PARAGRAPH) {
        size_t n = strcspn(t, "\n:");
        if (n > HEADING_RUNIN_MAX || !t[n]) {
            free(t);
            return 0;
        }
        t[n] = 0;
    }
    int k = jfyp_section_kind(past_marks(t));
    free(t);
    return k == JFYP_SEC_ACK || k == JFYP_SEC_FUNDING || k == JFYP_SEC_BACK;
}

/* Whether the lines after the first of paragraph text t open another
 * entry, soon. */
static int second_entry_in(const char *t) {
    const char *p = strchr(t, '\n');
    for (int k = 0; p && k < SECOND_ENTRY_LINES; k++, p = strchr(p + 1, '\n'))
        if (opens_entry(p + 1))
            return 1;
    return 0;
}

/* In an author-year list whose last entry closed, the block where the
 * list goes on after statements of back matter set between its entries
 * (reading order put "Author contributions", "Funding",
 * "Acknowledgments" of one column between the entries of the other):
 * after statement headings and their paragraphs, a block that opens two
 * entries of the list's shape, or opens one with another block after it
 * that does. The statements stay where they are. NULL when none. */
static jfy_node *resumes_after_back(const jfyp_rec *r, const list *L, const jfy_node *b) {
    const entry *last = &L->e[L->n - 1];
    if (!statement_heading(b) || last->open || !last->text.len || L->n < 2)
        return NULL;
    jfy_node *x = jfyp_rec_next(r, b);
    for (int k = 0; x && k < BACK_WINDOW; k++, x = jfyp_rec_next(r, x)) {
        if (x->type == JFY_N_HEADING) {
            if (!statement_heading(x))
                return NULL;
            continue;
        }
        if (x->type != JFY_N_PARAGRAPH || statement_heading(x) || !starts_entry(L, x))
            continue;
        char *t = block_text(x);
        if (!t)
            return NULL;
        /* an entry's first line runs the column's width; a table's
         * "Abel (1967)" rows do not */
        int two = second_entry_in(t);
        int wide = strcspn(t, "\n") >= ENTRY_LINE_MIN;
        free(t);
        if (!wide)
            return NULL;
        jfy_node *y = jfyp_rec_next(r, x);
        if (two || (y && y->type == JFY_N_PARAGRAPH && starts_entry(L, y)))
            return x;
        return NULL;
    }
    return NULL;
}

/* Whether x is a numbered list that opens a few labels past the last
 * read ("36." "37. Dornfeld K ..." after entry 28): the other column's
 * entries, which pdfminer's boxes put before the rest of this one's. */
static int later_list(const list *L, const jfy_node *x) {
    const char *o = jfyp_node_attr(x, "ordered");
    const char *st = jfyp_node_attr(x, "start");
    return x->type == JFY_N_LIST && !L->noskip && o && strcmp(o, "1") == 0 && st && label_ahead(L, atoi(st));
}

/* Whether paragraph x opens with a label a few past the last read and a
 * name after it. -1 on OOM. */
static int label_ahead_opens(const list *L, const jfy_node *x) {
    int num = -1, named = 0;
    int got = opening_label(x, 0, &num, &named);
    return got < 0 ? -1 : got && named && label_ahead(L, num);
}

/* In a numbered list, the block where the entry after the last one read
 * starts, when text that is not the list's comes first: reading order
 * that runs a column of body text, a figure caption or a table into the
 * list (the list goes on in the next column or page). NULL when none;
 * *oom set on OOM. */
static jfy_node *resumes_after(const jfyp_rec *r, const list *L, const jfy_node *b, int *oom) {
    if (L->numbered == 0 && L->n) {
        jfy_node *x = resumes_after_page(r, L, b);
        if (!x)
            x = resumes_after_back(r, L, b);
        return x ? x : resumes_after_text(r, L, b);
    }
    if (L->numbered != 1 || !L->n || L->e[L->n - 1].label < 0)
        return NULL;
    jfy_node *x = jfyp_rec_next(r, b);
    for (int k = 0; x && k < INTERLEAVE_WINDOW; k++, x = jfyp_rec_next(r, x))
        if (opens_with_label(L, x) || (k < LOOKAHEAD && next_label_inside(L, x)))
            return x;
    /* none: the other column's entries first, when they come soon */
    x = jfyp_rec_next(r, b);
    for (int k = 0; x && k < LOOKAHEAD; k++, x = jfyp_rec_next(r, x))
        if (later_list(L, x))
            return x;
    /* none: OCR lost the labels of the entries that follow (read as
     * text that is no entry's, or as glyphs in the margin) and prints
     * a later one ("(10) Miller J ..." after entry 2): the list goes on
     * there */
    x = jfyp_rec_next(r, b);
    for (int k = 0; x && k < INTERLEAVE_WINDOW && x->type != JFY_N_HEADING; k++, x = jfyp_rec_next(r, x)) {
        int hit = x->type == JFY_N_PARAGRAPH ? label_ahead_opens(L, x) : 0;
        if (hit < 0) {
            *oom = 1;
            return NULL;
        }
        if (hit)
            return x;
    }
    return NULL;
}

static size_t block_hash(const jfy_node *n, size_t slots) {
    uintptr_t h = (uintptr_t)n;
    h ^= h >> 17;
    h *= (uintptr_t)0x9e3779b97f4a7c15u;
    return (size_t)(h ^ (h >> 29)) & (slots - 1);
}

/* The slot of block n, or the empty slot it would go in. */
static size_t *block_slot(const blocks *B, const jfy_node *n) {
    size_t i = block_hash(n, B->slots);
    while (B->slot[i] && B->v[B->slot[i] - 1] != n)
        i = (i + 1) & (B->slots - 1);
    return &B->slot[i];
}

/* Whether index+1 x is a live entry of v (not dropped by setting n back). */
static int slot_live(const blocks *B, size_t x) {
    return x && x - 1 < B->n;
}

/* Whether n is one of the blocks read. */
static int block_kept(const blocks *B, const jfy_node *n) {
    if (!B->slots)
        return 0;
    size_t i = block_hash(n, B->slots);
    /* a slot past n may still hold a block taken back: v keeps its bytes
     * up to cap, so the probe reads on past it */
    for (; B->slot[i]; i = (i + 1) & (B->slots - 1))
        if (B->v[B->slot[i] - 1] == n && slot_live(B, B->slot[i]))
            return 1;
    return 0;
}

static int keep_block(blocks *B, jfy_node *n) {
    if (B->n == B->cap) {
        size_t cap = B->cap ? B->cap * 2 : 64;
        jfy_node **nv = realloc(B->v, cap * sizeof *nv);
        if (!nv)
            return -1;
        B->v = nv;
        B->cap = cap;
    }
    if ((B->used + 1) * 2 > B->slots) {
        /* rebuilt from the live blocks only: the stale go */
        size_t slots = B->slots ? B->slots : 128;
        while ((B->n + 1) * 2 > slots / 2)
            slots *= 2;
        size_t *ns = calloc(slots, sizeof *ns);
        if (!ns)
            return -1;
        free(B->slot);
        B->slot = ns;
        B->slots = slots;
        B->used = 0;
        for (size_t k = 0; k < B->n; k++) {
            size_t *sl = block_slot(B, B->v[k]);
            if (!*sl) {
                *sl = k + 1;
                B->used++;
            }
        }
    }
    B->v[B->n++] = n;
    size_t i = block_hash(n, B->slots), *free_at = NULL;
    for (; B->slot[i]; i = (i + 1) & (B->slots - 1)) {
        if (B->v[B->slot[i] - 1] == n && slot_live(B, B->slot[i]) && B->slot[i] != B->n)
            return 0; /* read before and still read: the first index stays */
        if (!free_at && !slot_live(B, B->slot[i]))
            free_at = &B->slot[i];
    }
    if (free_at) {
        *free_at = B->n; /* a stale slot reused */
    } else {
        B->slot[i] = B->n;
        B->used++;
    }
    return 0;
}

/* Blocks looked at for the first entry past text that is not the list's:
 * reading order may put the other column's text between the heading and
 * its list. */
#define FIRST_WINDOW 4

/* Whether block x opens with label want: "[12]" or "12.". */
static int opens_with_num(const jfy_node *x, int want) {
    if (x->type == JFY_N_LIST) {
        const char *o = jfyp_node_attr(x, "ordered");
        const char *st = jfyp_node_attr(x, "start");
        return o && strcmp(o, "1") == 0 && (st ? atoi(st) : 1) == want;
    }
    if (x->type != JFY_N_PARAGRAPH)
        return 0;
    if (!may_open_label(x))
        return 0;
    char *t = block_text(x);
    if (!t)
        return 0;
    int num = -1;
    size_t ll = label_at(t, &num);
    free(t);
    return ll && num == want;
}

/* Whether block x opens with the first label, "[1]" or "1.". */
static int opens_with_label_one(const jfy_node *x) {
    return opens_with_num(x, 1);
}

/* The block, a few after b, where a numbered list read from its start
 * begins ("[1] ...", "1. ..."), when the list has no entry yet. */
static jfy_node *first_label_after(const jfyp_rec *r, const jfy_node *b) {
    jfy_node *x = jfyp_rec_next(r, b);
    for (int k = 0; x && k < FIRST_WINDOW; k++, x = jfyp_rec_next(r, x))
        if (opens_with_label_one(x))
            return x;
    return NULL;
}

/* Boxes an entry's first line may be cut into, at most. */
#define PIECES_MAX 3
/* Bytes of such a box. */
#define BOX_MAX 100

/* The text of a short box of one line (NULL when b is none). */
static char *piece_line(const jfy_node *b) {
    size_t len;
    int lines;
    char *t = para_text(b, &len, &lines);
    if (t && (lines > 1 || len > BOX_MAX || strchr(t, '\f'))) {
        free(t);
        t = NULL;
    }
    return t;
}

/* pdfminer cuts a justified entry's first line into boxes of its own:
 * "Adams, R. P." "(2007)." "Identification of ...", or "AOAC: Official
 * Methods of Analysis, ... Ana-" "lytical Chemists, ..., 2000.". When
 * block b is such a box that opens with a name or a capital and reads as
 * no entry's end (no year, no link), and it and the boxes
 * after it (each of one line but the last) read as an entry's start once
 * joined on one line, returns the joined text (malloc'd) and in *end the
 * block after the last box; NULL when they do not (*end NULL), or on OOM
 * (*end set). */
static char *pieces_text(const jfyp_rec *r, const jfy_node *b, jfy_node **end) {
    *end = NULL;
    char *t = piece_line(b);
    if (!t)
        return NULL;
    if (!(jfyp_ref_name_at(t) || (t[0] >= 'A' && t[0] <= 'Z')) || opens_entry(t) || fragment_shaped(b)) {
        free(t);
        return NULL;
    }
    jfyp_buf j;
    jfyp_buf_init(&j);
    jfyp_buf_puts(&j, t);
    free(t);
    const jfy_node *x = jfyp_rec_next(r, b);
    for (int k = 1; x && k < PIECES_MAX; k++, x = jfyp_rec_next(r, x)) {
        size_t len;
        int lines;
        char *u = para_text(x, &len, &lines);
        /* a box that opens an entry of its own is the next entry's
         * start: b was the end of another entry ("Cambridge, MA: MIT
         * Press.") */
        if (!u || strchr(u, '\f') || opens_entry(u)) {
            free(u);
            break;
        }
        /* a word hyphenated across the boxes is joined ("Ana-" "lytical") */
        int hyph = !j.failed && j.len > 1 && j.data[j.len - 1] == '-' && j.data[j.len - 2] >= 'a' && j.data[j.len - 2] <= 'z' &&
                   u[0] >= 'a' && u[0] <= 'z';
        if (hyph)
            j.data[--j.len] = 0;
        else
            jfyp_buf_putc(&j, ' ');
        jfyp_buf_puts(&j, u);
        free(u);
        if (j.failed)
            break;
        if (opens_entry(j.data)) {
            *end = jfyp_rec_next(r, x);
            if (!*end)
                break;
            char *out = jfyp_buf_finish(&j);
            if (!out)
                *end = (jfy_node *)x; /* OOM */
            return out;
        }
        if (lines > 1 || len > BOX_MAX)
            break;
    }
    *end = j.failed ? (jfy_node *)b : NULL;
    jfyp_buf_free(&j);
    return NULL;
}

/* Before an author-year list's first entry, the block where it starts
 * when b is a piece of an entry that reading order put first (pdfminer's
 * boxes: the end of an entry in the other column, "Front. Microbiol.
 * 6:1459. doi: ...", right under the heading). NULL when none. */
static jfy_node *first_entry_after(const jfyp_rec *r, const list *L, const jfy_node *b) {
    if (!fragment_shaped(b))
        return NULL;
    jfy_node *x = jfyp_rec_next(r, b);
    if (!x || starts_entry(L, x))
        return x;
    jfy_node *end = NULL;
    char *jt = pieces_text(r, x, &end);
    int hit = jt != NULL;
    free(jt);
    return hit ? x : NULL;
}

/* Entries longer than this are text that is not a list's (a section of a
 * table of contents read as entries). */
#define ENTRY_MAX 1200

/* Whether block b, in an author-year list, is an entry that reads as no
 * entry's start: the entry before closed, the block after opens one, and
 * b opens on a capitalised word and a comma and names its year early.
 * On a hit *text is b's text, the caller's to free (it reads the entry
 * from it). */
static int between_entries(const jfyp_rec *r, const list *L, const jfy_node *b, char **text) {
    if (L->numbered != 0 || !L->n || L->e[L->n - 1].open || b->type != JFY_N_PARAGRAPH)
        return 0;
    const jfy_node *x = jfyp_rec_next(r, b);
    if (!x || !starts_entry(L, x))
        return 0;
    char *t = block_text(b);
    if (!t)
        return 0;
    size_t w = 0;
    while (t[w] && ((t[w] >= 'a' && t[w] <= 'z') || (w == 0 && t[w] >= 'A' && t[w] <= 'Z')))
        w++;
    int hit = w > 1 && t[w] == ',' && t[w + 1] == ' ' && t[w + 2] >= 'A' && t[w + 2] <= 'Z' &&
              strlen(t) <= ENTRY_MAX && has_year(t, BLOCK_YEAR_SPAN);
    if (hit)
        *text = t;
    else
        free(t);
    return hit;
}

/* Longest block read as the end of the entry before it. */
#define TAIL_MAX 40

/* In a numbered list whose labels OCR lost to dots (". Abel K, ..."),
 * whether block b, which opens no entry as the list's do ("World Health
 * Organization: The top 10 causes of death", a group as author), is one
 * of the list's all the same: it opens on a capital after an entry that
 * closed, and the next block that opens on no lower-case word and no
 * entry's tail (OCR parts an entry's lines at blank lines) opens with a
 * lost label's dot or the label wanted next. -1 on OOM. */
static int lost_list_goes_on(const jfyp_rec *r, const list *L, const jfy_node *b) {
    if (!L->lost_dots || L->numbered != 1 || !L->n || L->e[L->n - 1].label < 0 || b->type != JFY_N_PARAGRAPH)
        return 0;
    char *t = block_text(b);
    if (!t)
        return -1;
    int cap = t[0] >= 'A' && t[0] <= 'Z' && strlen(t) <= ENTRY_MAX;
    free(t);
    if (!cap)
        return 0;
    const jfy_node *x = jfyp_rec_next(r, b);
    for (int k = 0; x && k < LOOKAHEAD && x->type == JFY_N_PARAGRAPH; k++, x = jfyp_rec_next(r, x)) {
        char *xt = block_text(x);
        if (!xt)
            return -1;
        int num = -1;
        size_t ll = label_at(xt, &num);
        int hit = lost_label_at(xt) || (ll && wanted(L, num));
        int on = !hit && ((xt[0] >= 'a' && xt[0] <= 'z') || tail_shaped(xt, strlen(xt), 1));
        free(xt);
        if (hit)
            return 1;
        if (!on)
            return 0;
    }
    return 0;
}

/* In a numbered list, whether block b is an entry whose label was lost
 * (OCR or a text layer past a page break dropped the labels printed
 * apart, "20." "21." left somewhere else): after an entry that closed, it
 * opens with two names in a row printed as the list's entries print
 * theirs ("Olsen PV, Pratt CE, ...") and names its year a few lines on.
 * Body text opens with no author list and its year. -1 on OOM. */
static int names_block_goes_on(const jfyp_rec *r, const list *L, const jfy_node *b) {
    if (L->numbered != 1 || !L->n || L->e[L->n - 1].label < 0 || L->e[L->n - 1].open || L->gap ||
        b->type != JFY_N_PARAGRAPH)
        return 0;
    /* labels a few blocks on, whatever their number: the labels are
     * printed here, b is a piece of an entry the other column's
     * ("C. Orvig, Dalton Trans., 2005, 654-655." between "21 T. Storr,
     * ..." and "22 V. ...") */
    const jfy_node *x = jfyp_rec_next(r, b);
    for (int k = 0; x && k < LOOKAHEAD; k++, x = jfyp_rec_next(r, x)) {
        if (x->type != JFY_N_PARAGRAPH)
            continue;
        char *xt = block_text(x);
        if (!xt)
            return -1;
        int num = -1;
        int lab = label_at(xt, &num) || bare_label_at(xt, &num);
        free(xt);
        if (lab)
            return 0;
    }
    char *t = block_text(b);
    if (!t)
        return -1;
    char *nl = strchr(t, '\n');
    if (nl)
        *nl = 0;
    int hit = strlen(t) + (nl ? strlen(nl + 1) + 1 : 0) <= ENTRY_MAX && (two_names_at(t) || author_list_at(t)) && same_name_form(L, t) &&
              block_entry_start(t, nl ? nl + 1 : NULL);
    free(t);
    return hit;
}

/* Bytes after an entry's year that leave room for its title. */
#define TITLE_ROOM 10
/* Longest block read as the source an entry lacks. */
#define SOURCE_BLOCK_MAX 160

/* Whether entry e closed on its title's full stop with no source after
 * it: its year read, a title's room after the year, no figure there
 * ("Abel, K. (2003). Title of it."): the numbers and the journal, or the
 * publisher, are still to come. */
static int lacks_source(const entry *e) {
    const char *t = e->text.data;
    size_t n = e->text.len, end;
    /* (the year among the first bytes, a title's length after it: the
     * look is bounded, whatever furniture follows a long entry) */
    if (!n || e->open || t[n - 1] != '.' || !year_in(t, n < BLOCK_YEAR_SPAN ? n : BLOCK_YEAR_SPAN, &end) ||
        end == SIZE_MAX || end + TITLE_ROOM > n || n - end > BLOCK_YEAR_SPAN)
        return 0;
    for (size_t i = end; i < n; i++)
        if (t[i] >= '0' && t[i] <= '9')
            return 0;
    return 1;
}

/* Whether block text t reads as an entry's source: a line or two of
 * words, with the figures of a journal's numbers or a publisher's place
 * before a colon ("Oikos, 76: 70-82.", "Global Health, 6(4), 103-113.
 * https://doi.org/...", "Boston, MA: Allyn and Bacon."); no year before
 * a link, which a running footer prints ("Ambio 2016, 45:S276-S286") and
 * an entry of its own; no page number alone ("S284"); no line that asks
 * for more ("Choose us and benefit from:"). */
static int source_block(const char *t) {
    size_t n = strlen(t);
    const char *nl = strchr(t, '\n');
    if (!n || n > SOURCE_BLOCK_MAX || (nl && strchr(nl + 1, '\n')) || strchr(":;,?", t[n - 1]) ||
        !strchr(t, ' '))
        return 0;
    const char *link = strstr(t, "http");
    const char *doi = strstr(t, "doi");
    size_t pre = link ? (size_t)(link - t) : n;
    if (doi && (size_t)(doi - t) < pre)
        pre = (size_t)(doi - t);
    if (has_year(t, pre))
        return 0;
    /* a book's ISBN after its publisher ("CRC Press. 978-0-367-61007-4"):
     * the title before it is the book's, which the entry holds already */
    const char *d = strpbrk(t, "0123456789");
    if (strstr(t, "ISBN") || (d && (strncmp(d, "978", 3) == 0 || strncmp(d, "979", 3) == 0) &&
                              (d[3] == '-' || strncmp(d + 3, "\xe2\x80\x93", 3) == 0)))
        return 0;
    return d || strstr(t, ": ");
}

/* Appends a block's lines (text t, its first line at line) to entry e,
 * each numbered for the provenance map. Cuts t up. */
static void append_block_lines(entry *e, char *t, int line) {
    int k = 0;
    char *save = NULL;
    for (char *ln = strtok_r(t, "\n", &save); ln; ln = strtok_r(NULL, "\n", &save), k++)
        append_line(e, ln, line + k);
}

/* Reads the list from block n on into L; the blocks read go to B (NULL:
 * not kept). Returns 0, -1 on OOM. */
/* Whether line s is the first label ("1.", "[1]") and nothing else. */
static int one_alone(const char *s) {
    while (*s == ' ')
        s++;
    int num = -1;
    size_t ll = label_at(s, &num);
    return ll && num == 1 && !s[ll];
}

/* Whether paragraph n's last line is the label "1." (or "[1]") alone,
 * the entry on the blocks after it: that label read as the list's first
 * entry, 1; -1 on OOM. */
static int label_one_last(list *L, const jfy_node *n) {
    if (n->type != JFY_N_PARAGRAPH || !n->last || n->last->type != JFY_N_TEXT || !n->last->text ||
        !n->last->prev || !jfyp_inline_is_break(n->last->prev) || !one_alone(n->last->text))
        return 0;
    char *t = jfyp_strdup(n->last->text);
    if (!t)
        return -1;
    int r = add_lines(L, t, n->end_line, 0, -1, 0);
    free(t);
    return r < 0 ? -1 : L->n > 0;
}

static int read_list(jfyp_rec *r, list *L, blocks *B, jfy_node *n) {
    while (n) {
        if (n == L->heading || (B && block_kept(B, n)))
            break; /* a run read from elsewhere met the list read before */
        if (n->type == JFY_N_HEADING) {
            int oom = 0;
            jfy_node *on = resumes_after(r, L, n, &oom);
            if (oom)
                return -1;
            if (!on)
                break;
            n = on;
            continue;
        }
        if (L->numbered <= 0 && n->type == JFY_N_PARAGRAPH && !starts_entry(L, n)) {
            /* an entry's first line cut into boxes of its own ("Adams,
             * R. P." "(2007)." "Identification of ..."): read as one */
            jfy_node *end = NULL;
            char *jt = pieces_text(r, n, &end);
            if (!jt && end)
                return -1;
            if (jt) {
                int t = add_lines(L, jt, n->line, 0, -1, 0);
                free(jt);
                if (t < 0)
                    return -1;
                if (t) {
                    for (jfy_node *x = n; B && x != end; x = jfyp_rec_next(r, x))
                        if (keep_block(B, x) < 0)
                            return -1;
                    n = end;
                    continue;
                }
            }
        }
        if (L->n && is_furniture(r, L, n, 1)) {
            if (B) {
                jfyp_diags_add(r->diags, JFY_INFO, n->line, n->col, "refs-furniture",
                               "page furniture between references dropped");
                if (keep_block(B, n) < 0)
                    return -1;
            }
            n = jfyp_rec_next(r, n);
            continue;
        }
        if (!L->n && !opens_with_label_one(n)) {
            /* reading order put text of the other column (a running
             * footer, a paragraph) before the first label */
            jfy_node *on = first_label_after(r, n);
            if (on) {
                n = on;
                continue;
            }
            /* a note under the heading ("Papers of special note have been
             * highlighted as: ...") with the first label, set alone on its
             * line, run into it: the list opens at that label, its entry
             * the block after */
            int t = label_one_last(L, n);
            if (t < 0)
                return -1;
            if (t) {
                n = jfyp_rec_next(r, n);
                continue;
            }
        }
        int t = add_block(L, n);
        if (!t && next_label_inside(L, n)) {
            char *bt = block_text(n);
            t = bt ? add_lines(L, bt, n->line, 0, -1, 1) : -1;
            free(bt);
        }
        if (t < 0)
            return -1;
        if (!t && ((B && L->numbered == 0 && L->n) || (!L->n && L->numbered < 0))) {
            /* the page's furniture run into the entries after it; before
             * the first entry, the end of the other column's last entry
             * ("6:1459. doi: 10.3389/...", then "Abel, K. (2014). ...") */
            int oom = 0;
            jfy_node *at = entries_below(n, &oom);
            if (oom)
                return -1;
            if (at && !B) {
                /* only scoring the list: read it from there, the block uncut */
                char *bt = inline_lines(at);
                t = bt ? add_lines(L, bt, at->line, 0, -1, 0) : -1;
                free(bt);
                if (t < 0)
                    return -1;
                if (t) {
                    n = jfyp_rec_next(r, n);
                    continue;
                }
            } else if (at) {
                jfy_node *q = jfyp_para_split_before(n, at);
                if (!q)
                    return -1;
                n = q;
                continue;
            }
        }
        char *et = NULL;
        if (!t && B && between_entries(r, L, n, &et)) {
            /* an entry whose first line reads as no entry's ("Abel,
             * Karl, Baker, Lena, ..." with full given names), between two
             * that do: the list's own */
            entry *e = new_entry(L, -1, n->line);
            if (e)
                append_block_lines(e, et, n->line);
            free(et);
            if (!e)
                return L->n == MAX_ENTRIES ? 0 : -1;
            t = 1;
        }
        int goes_on = t ? 0 : lost_list_goes_on(r, L, n);
        if (goes_on == 0 && !t)
            goes_on = names_block_goes_on(r, L, n);
        if (goes_on < 0)
            return -1;
        if (goes_on) {
            /* the entry's own block, or the rest of the entry before
             * where a short block ends it ("Accessed May, 2014.") */
            char *bt = block_text(n);
            if (!bt)
                return -1;
            int rest = !strchr(bt, '\n') && strlen(bt) < TAIL_MAX && tail_shaped(bt, strlen(bt), 1);
            entry *e = rest ? &L->e[L->n - 1] : new_entry(L, L->e[L->n - 1].label + 1, n->line);
            if (e && !rest)
                e->guessed = e->whole = 1;
            if (e)
                append_block_lines(e, bt, n->line);
            free(bt);
            if (!e)
                return L->n == MAX_ENTRIES ? 0 : -1;
            L->last = L->said = (size_t)(e - L->e) + 1;
            t = 1;
        }
        if (!t && next_label_follows(r, L, n)) {
            /* between entry k and entry k+1: the rest of entry k, cut by a
             * page break */
            char *bt = block_text(n);
            if (!bt)
                return -1;
            append_block_lines(&L->e[L->n - 1], bt, n->line);
            free(bt);
            t = 1;
        }
        if (!t) {
            if (L->n && !L->gap && is_furniture(r, L, n, 0)) {
                char *bt = lacks_source(&L->e[L->n - 1]) ? block_text(n) : NULL;
                if (bt && source_block(bt)) {
                    /* the entry's source and numbers, set apart as a
                     * block of their own after its title's full stop
                     * ("Oikos, 76: 70-82.", "Cambridge, MA: MIT Press."):
                     * short, with entries after it, it read as furniture */
                    append_block_lines(&L->e[L->n - 1], bt, n->line);
                    L->last = L->said = L->n;
                } else if (B) {
                    jfyp_diags_add(r->diags, JFY_INFO, n->line, n->col, "refs-furniture",
                                   "page furniture between references dropped");
                }
                free(bt);
            } else {
                /* text that is not the list's stays where it is */
                int oom = 0;
                jfy_node *on = L->n ? resumes_after(r, L, n, &oom) : first_label_after(r, n);
                if (oom)
                    return -1;
                if (!on && !L->n && L->numbered < 0)
                    on = first_entry_after(r, L, n);
                if (!on)
                    break;
                n = on;
                continue;
            }
        }
        if (B && keep_block(B, n) < 0)
            return -1;
        n = jfyp_rec_next(r, n);
    }
    L->stopped = n;
    return 0;
}

static void list_free(list *L) {
    for (size_t k = 0; k < L->n; k++)
        jfyp_buf_free(&L->e[k].text);
    free(L->e);
    L->e = NULL;
    L->n = L->cap = 0;
}

/* How much a list read looks like references: its entries of an entry's
 * length with a year, a link or nothing yet (a label alone), less the
 * others. A table of contents with "References" in it reads sections as
 * entries; they have neither. *good gets the first count. */
static int ref_score(const list *L, int *good) {
    int s = 0, bad = 0;
    for (size_t k = 0; k < L->n; k++) {
        const jfyp_buf *b = &L->e[k].text;
        if (b->len <= ENTRY_MAX &&
            (!b->len || has_year(b->data, b->len < 400 ? b->len : 400) ||
             (b->len < 400 && jfyp_stristr(b->data, "http"))))
            s++;
        else
            bad++;
    }
    if (good)
        *good = s;
    return s - bad;
}

/* A place the list may start: a heading block, or a paragraph whose first
 * or last line is the heading (extraction left no blank line around it;
 * cut: the inline after that line's break). */
typedef struct {
    jfy_node *block, *cut;
    int last;
    int score, good, entries;
    jfy_node *mid; /* a heading line inside the paragraph: its first inline */
} cand;

/* Scores the list that would follow candidate c. -1 on OOM. */
static int try_cand(jfyp_rec *r, cand *c) {
    list L = {.r = r, .numbered = -1};
    int rc = 0;
    if (c->cut && !c->last) {
        char *t = inline_lines(c->cut);
        if (!t)
            return -1;
        rc = add_lines(&L, t, c->cut->line, 0, -1, 0);
        if (rc >= 0 && !L.n) {
            /* a note before the first label alone on its line
             * (label_one_last): the list opens there */
            char *nl = strrchr(t, '\n');
            if (nl && one_alone(nl + 1))
                rc = add_lines(&L, nl + 1, c->cut->line, 0, -1, 0);
        }
        free(t);
        if (rc > 0 && !L.n)
            rc = 0;
        if (rc < 0) {
            list_free(&L);
            return -1;
        }
    }
    jfy_node *n = jfyp_rec_next(r, c->block);
    rc = n ? read_list(r, &L, NULL, n) : 0;
    c->score = ref_score(&L, &c->good);
    c->entries = (int)L.n;
    list_free(&L);
    return rc;
}

/* Whether a line of text (malloc'd, freed here) is the list's heading
 * as a heading prints it, capitalised: "see the references" is text. */
static int capitalised_heading(char *t) {
    size_t i = (size_t)(past_marks(t) - t);
    i += strspn(t + i, "0123456789. ");
    if (!((unsigned char)t[i] >= 'A' && (unsigned char)t[i] <= 'Z')) {
        free(t);
        return 0;
    }
    return heading_words_in(t);
}

/* Whether the line from inline f on may open as capitalised_heading
 * wants (a mark, a number, a capital): its text opens with its first
 * text's first byte, so most lines are told without their text. */
static int may_open_heading(const jfy_node *f) {
    if (!f || f->type != JFY_N_TEXT || !f->text || !f->text[0])
        return 1;
    unsigned char c = (unsigned char)f->text[0];
    return c >= 0x80 || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == ' ' || c == '\f';
}

/* The run-in candidates of paragraph n: its first line or its last line
 * the heading, or a line between (reading order ran the end of the text
 * before it and the entries after it into one block). Returns how many
 * were stored (up to max), -1 on OOM. */
static int runin_cands(jfy_node *n, cand *out, int max) {
    jfy_node *first_br = NULL, *last_br = NULL;
    for (jfy_node *c = n->first; c; c = c->next)
        if (jfyp_inline_is_break(c)) {
            if (!first_br)
                first_br = c;
            last_br = c;
        }
    if (!first_br || !last_br->next || !first_br->next)
        return 0;
    int k = 0;
    if (may_open_heading(last_br->next)) {
        char *t = jfyp_inline_text(last_br->next, NULL);
        if (!t)
            return -1;
        if (capitalised_heading(t))
            out[k++] = (cand){n, last_br->next, 1, 0, 0, 0, NULL};
    }
    if (may_open_heading(n->first)) {
        char *h = jfyp_inline_text(n->first, first_br);
        if (!h)
            return -1;
        if (capitalised_heading(h))
            out[k++] = (cand){n, first_br->next, 0, 0, 0, 0, NULL};
    }
    for (jfy_node *c = first_br; c != last_br && k < max; c = c->next) {
        if (!jfyp_inline_is_break(c))
            continue;
        jfy_node *br = c->next;
        while (br && !jfyp_inline_is_break(br))
            br = br->next;
        if (!br || !br->next || br == c->next || !may_open_heading(c->next))
            continue;
        char *m = jfyp_inline_text(c->next, br);
        if (!m)
            return -1;
        if (capitalised_heading(m))
            out[k++] = (cand){n, br->next, 0, 0, 0, 0, c->next};
    }
    return k;
}

/* Whether line s opens with the label "1." or "[1]" and an entry. */
static int label_one_opens(const char *s) {
    int num = -1;
    size_t ll = label_at(s, &num);
    return ll && num == 1 && s[ll] && s[ll] != '\n';
}

/* A numbered list's last item ran on over the heading and the entries
 * after it, no blank line between ("3. Hyperlink to the registration:" /
 * "Not applicable." / "References" / "[1] Centers for ..."): the text
 * from the heading's line on is moved after the list, a paragraph whose
 * first line is the heading. 1 when moved, -1 on OOM. */
static int heading_inside_item(jfy_node *lst, jfy_node *p) {
    for (jfy_node *c = p->first; c; c = c->next) {
        if (!jfyp_inline_is_break(c) || !c->next || !may_open_heading(c->next))
            continue;
        jfy_node *br = c->next;
        while (br && !jfyp_inline_is_break(br))
            br = br->next;
        if (!br || !br->next)
            continue;
        char *m = jfyp_inline_text(c->next, br);
        if (!m)
            return -1;
        if (!capitalised_heading(m))
            continue;
        char *nx = inline_lines(br->next);
        if (!nx)
            return -1;
        int hit = label_one_opens(nx);
        free(nx);
        if (!hit)
            return 0;
        jfy_node *q = jfyp_para_split_before(p, c->next);
        if (!q)
            return -1;
        jfyp_node_unlink(q);
        jfyp_node_insert_after(lst, q);
        return 1;
    }
    return 0;
}

/* "6. REFERENCES" reads as a numbered list's item, its last (with the
 * entries in it when no blank line follows): made a paragraph again after
 * the list, its number put back. */
static int numbered_heading_items(jfyp_rec *r) {
    for (jfy_node *n = jfyp_rec_first(r); n; n = jfyp_rec_next(r, n)) {
        const char *o = jfyp_node_attr(n, "ordered");
        if (n->type != JFY_N_LIST || !o || strcmp(o, "1") != 0 || !n->last)
            continue;
        jfy_node *it = n->last, *p = it->first;
        /* (items left empty after it: a number alone on a line read as
         * one, "PMID:" / "32527804.") */
        while (it->prev && (!p || (p->type == JFY_N_PARAGRAPH && !p->first && p == it->last))) {
            it = it->prev;
            p = it->first;
        }
        if (!p || p->type != JFY_N_PARAGRAPH || p != it->last)
            continue;
        int moved = heading_inside_item(n, p);
        if (moved < 0)
            return -1;
        if (moved || it != n->last)
            continue;
        jfy_node *br = NULL;
        for (jfy_node *c = p->first; c && !br; c = c->next)
            if (jfyp_inline_is_break(c))
                br = c;
        char *h = jfyp_inline_text(p->first, br);
        if (!h)
            return -1;
        if (!heading_words_in(h))
            continue;
        const char *mk = jfyp_node_attr(it, "marker");
        const char *st = jfyp_node_attr(n, "start");
        char *lab = mk ? jfyp_printf("%s ", mk) : jfyp_printf("%s. ", st ? st : "1");
        jfy_node *tx = lab ? jfyp_node_new_text(JFY_N_TEXT, lab) : NULL;
        free(lab);
        if (!tx)
            return -1;
        jfyp_node_unlink(p);
        jfyp_node_prepend(p, tx);
        jfyp_node_span_from(p, it);
        jfyp_node_insert_after(n, p);
        if (n->first == it) {
            jfyp_node_free(n);
        } else {
            jfyp_node_free(it);
            n->end_line = n->last->end_line;
            n->end_col = n->last->end_col;
        }
        n = p;
    }
    return 0;
}

/* Candidates looked at; a page has a handful at most. */
#define MAX_CANDS 16

/* The best place the list starts (cut into its own block when run in),
 * NULL when none; -1 in *oom on OOM. */
static jfy_node *find_heading(jfyp_rec *r, int *oom) {
    cand c[MAX_CANDS];
    int nc = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && nc < MAX_CANDS - 2; n = jfyp_rec_next(r, n)) {
        if (is_heading(n) && jfyp_rec_next(r, n)) {
            c[nc++] = (cand){n, NULL, 0, 0, 0, 0, NULL};
        } else if (n->type == JFY_N_PARAGRAPH) {
            int k = runin_cands(n, c + nc, MAX_CANDS - 2 - nc);
            if (k < 0) {
                *oom = 1;
                return NULL;
            }
            nc += k;
        }
    }
    /* the best score wins; a tie goes to a heading block, then to the
     * later. None with a year or a link: the last heading block. */
    int best = -1, fallback = -1;
    for (int k = 0; k < nc; k++) {
        if (try_cand(r, &c[k]) < 0) {
            *oom = 1;
            return NULL;
        }
        if (!c[k].cut && c[k].entries)
            fallback = k;
        if (c[k].good > 0 && (best < 0 || c[k].score > c[best].score ||
                              (c[k].score == c[best].score && (!c[k].cut || c[best].cut))))
            best = k;
    }
    if (best < 0)
        best = fallback;
    if (best < 0)
        return NULL;
    if (!c[best].cut)
        return c[best].block;
    if (c[best].mid) {
        /* the text before the heading line stays where it is */
        jfy_node *h = jfyp_para_split_before(c[best].block, c[best].mid);
        if (!h || !jfyp_para_split_before(h, c[best].cut)) {
            *oom = 1;
            return NULL;
        }
        return h;
    }
    jfy_node *q = jfyp_para_split_before(c[best].block, c[best].cut);
    if (!q) {
        *oom = 1;
        return NULL;
    }
    return c[best].last ? q : c[best].block;
}

/* Entries a list without a heading must show. */
#define HEADLESS_MIN 3

/* A list printed without a heading ("[1] Abel K..." after the last
 * paragraph): the last block that opens with "[1]" and reads as at least
 * a few references. */
/* Whether the first lim bytes of s hold a year its volume follows after a
 * semicolon ("2003;52(RR-17):1-61", "1985; 34:681"): the journal detail
 * of the Vancouver style, which a list of steps or findings does not
 * print. */
static int year_volume_in(const char *s, size_t lim) {
    size_t len = strnlen(s, lim), end;
    for (size_t i = 0; i < len && year_in(s + i, len - i, &end); i += end - 1) {
        if (end == SIZE_MAX || i + end > len)
            return 0;
        const char *p = s + i + end - 1;
        if (*p == ';') {
            p += p[1] == ' ';
            if (p[1] >= '0' && p[1] <= '9')
                return 1;
        }
    }
    return 0;
}

/* Whether nearly every entry read opens with a personal name and names
 * its year, or prints a journal's year and volume (a list whose authors
 * are often agencies and committees: "Centers for Disease Control.
 * Title. MMWR 1987;36:1-18."). */
static int name_led(const list *L) {
    size_t named = 0, detailed = 0;
    for (size_t k = 0; k < L->n; k++) {
        const jfyp_buf *b = &L->e[k].text;
        size_t lim = b->len < 400 ? b->len : 400;
        if (b->len && jfyp_ref_name_at(b->data) && has_year(b->data, lim))
            named++;
        if (b->len && year_volume_in(b->data, lim))
            detailed++;
    }
    return named * 4 >= L->n * 3 || (named * 2 >= L->n && detailed * 4 >= L->n * 3);
}

/* Whether block x is label num alone, printed apart from its entry. */
static int label_apart(const jfy_node *x, int num) {
    if (!x || x->type != JFY_N_PARAGRAPH)
        return 0;
    char *t = block_text(x);
    int got = -1;
    size_t n = t ? bare_label_at(t, &got) : 0;
    int hit = n && !t[n] && got == num;
    free(t);
    return hit;
}

/* The line of paragraph n that opens "[1] Name ..." with a year, a line
 * below it opening with "[2]": an unheaded list whose first entries were
 * joined to the paragraph a page or column ended before them (its last
 * line cut at a comma). Its first inline, NULL when none; *oom on OOM. */
static int label_below(const char *t, int num);

static jfy_node *first_label_inside(jfy_node *n, int *oom) {
    for (jfy_node *c = n->first; c; c = c->next) {
        if (!jfyp_inline_is_break(c) || !c->next)
            continue;
        /* most lines are told by their first text's first bytes */
        const jfy_node *f = c->next;
        if (f->type != JFY_N_TEXT || !f->text || strncmp(f->text, "[1]", 3) != 0)
            continue;
        char *t = inline_lines(c->next);
        if (!t) {
            *oom = 1;
            return NULL;
        }
        int num = -1;
        size_t ll = label_at(t, &num);
        int hit = ll && num == 1 && jfyp_ref_name_at(t + ll) && has_year(t + ll, BLOCK_YEAR_SPAN) &&
                  label_below(t, 2);
        free(t);
        /* only the first such line is read: the text below it is read
         * once a paragraph */
        return hit ? c->next : NULL;
    }
    return NULL;
}

static jfy_node *headless_start(jfyp_rec *r, int *oom, int *lost_first) {
    jfy_node *found = NULL;
    for (jfy_node *n = jfyp_rec_first(r); n; n = jfyp_rec_next(r, n)) {
        if (n->type != JFY_N_PARAGRAPH && n->type != JFY_N_LIST)
            continue;
        char *t = block_text(n);
        if (!t) {
            *oom = 1;
            return NULL;
        }
        int num = -1;
        int hit = t[0] == '[' && label_at(t, &num) && num == 1;
        free(t);
        if (!hit && n->type == JFY_N_PARAGRAPH) {
            jfy_node *cut = first_label_inside(n, oom);
            if (*oom)
                return NULL;
            if (cut) {
                /* the list opens a paragraph of its own: the lines
                 * before it stay the text they are */
                if (!(n = jfyp_para_split_before(n, cut))) {
                    *oom = 1;
                    return NULL;
                }
                hit = 1;
            }
        }
        /* "1. Abel K, ..." as a list of its own: only when its entries
         * open with names (a list of steps or findings does not) */
        int plain = 0, lost = 0, apart = 0;
        if (!hit && opens_with_label_one(n))
            hit = plain = 1;
        /* "1 Abel K, ..." or "1" alone, the entry after it */
        if (!hit && n->type == JFY_N_PARAGRAPH) {
            t = block_text(n);
            if (!t) {
                *oom = 1;
                return NULL;
            }
            hit = plain = bare_label_at(t, &num) && num == 1;
            /* the first label lost (taken for a page number): an entry
             * that opens with a name, the second label a few lines on */
            char *nl = strchr(t, '\n');
            if (!hit && nl && jfyp_ref_name_at(t) && second_label_below(nl + 1))
                hit = plain = lost = 1;
            /* or the second label printed apart, a block of its own
             * before its entry ("2" / "Abel K, ...") */
            if (!hit && jfyp_ref_name_at(t) && label_apart(jfyp_rec_next(r, n), 2))
                hit = plain = lost = apart = 1;
            free(t);
        }
        if (!hit)
            continue;
        list L = {.r = r, .numbered = lost ? -1 : 1, .lost_apart = apart};
        int rc = read_list(r, &L, NULL, n);
        int good = 0;
        int ok = rc == 0 && L.n >= HEADLESS_MIN && ref_score(&L, &good) > 0 && (!plain || name_led(&L));
        list_free(&L);
        if (rc < 0) {
            *oom = 1;
            return NULL;
        }
        if (ok) {
            found = n;
            *lost_first = lost + apart;
        }
    }
    return found;
}

/* Runs of a numbered list read from elsewhere, at most. */
#define GAP_RUNS 8

/* Whether label num was read. */
static int label_read(const list *L, int num) {
    for (size_t k = 0; k < L->n; k++)
        if (L->e[k].label == num)
            return 1;
    return 0;
}

/* Whether more than a quarter of the entries read hold another's label
 * ("... 45: 1735 [3] Abel K. ..."): lines of two columns read into each
 * other, the entries mixed. */
static int labels_inside(const list *L) {
    size_t mixed = 0;
    for (size_t k = 0; k < L->n; k++) {
        const char *t = L->e[k].text.data;
        for (const char *p = t ? strchr(t + 1, '[') : NULL; p; p = strchr(p + 1, '[')) {
            int num = -1;
            size_t ll = label_at(p, &num);
            if (ll && p[ll] >= 'A' && p[ll] <= 'Z' && jfyp_ref_name_at(p + ll)) {
                mixed++;
                break;
            }
        }
    }
    return mixed * 4 > L->n;
}

/* The smallest label above floor that follows one read and was not
 * read itself; -1 when none. */
static int missing_after(const list *L, int floor) {
    int best = -1;
    for (size_t k = 0; k < L->n; k++) {
        int m = L->e[k].label + 1;
        if (L->e[k].label < 0 || m <= floor || (best >= 0 && m >= best))
            continue;
        if (!label_read(L, m))
            best = m;
    }
    return best;
}

/* The line of paragraph n, among its first few, that opens with label
 * num after lines shaped as an entry's end (the piece starts with the
 * rest of the entry before it): its first inline, NULL when none. *oom on
 * OOM. */
/* Whether a line of t after its first opens with label num. */
static int label_below(const char *t, int num) {
    for (const char *p = strchr(t, '\n'); p; p = strchr(p + 1, '\n')) {
        int got = -1;
        if (label_at(p + 1, &got) && got == num)
            return 1;
    }
    return 0;
}

/* Last lines of a paragraph looked at for the entry it ran on into. */
#define RUNON_LINES 6

/* The line among the last few of paragraph n that opens with label num
 * and reads as a whole entry, the next block opening with label num+1:
 * the page's last paragraph joined over the page break to the first
 * entry of the list's other column. Its first inline, NULL when none. */
static jfy_node *runon_label_line(jfy_node *n, int num, int *oom) {
    if (!n->next || !opens_with_num(n->next, num + 1))
        return NULL;
    int lines = 0;
    for (jfy_node *c = n->first; c; c = c->next)
        lines += jfyp_inline_is_break(c) && c->next;
    int line = 0;
    for (jfy_node *c = n->first; c; c = c->next) {
        if (!jfyp_inline_is_break(c) || !c->next)
            continue;
        if (++line <= TAIL_LINES || line <= lines - RUNON_LINES)
            continue;
        const jfy_node *f = c->next;
        if (f->type == JFY_N_TEXT && opens_off_label(f))
            continue;
        char *t = inline_lines(c->next);
        if (!t) {
            *oom = 1;
            return NULL;
        }
        int got = -1;
        size_t ll = label_at(t, &got);
        int hit = ll && got == num && jfyp_ref_name_at(t + ll) && has_year(t + ll, BLOCK_YEAR_SPAN);
        free(t);
        if (hit)
            return c->next;
    }
    return NULL;
}

static jfy_node *label_line(jfy_node *n, int num, int *oom) {
    int line = 0;
    for (jfy_node *c = n->first; c && line < TAIL_LINES; c = c->next) {
        if (!jfyp_inline_is_break(c) || !c->next)
            continue;
        line++;
        /* the line's text opens with its first text's first byte: a
         * label opens on a bracket or a digit, without the text of the
         * paragraph's lines from there on */
        const jfy_node *f = c->next;
        if (f->type == JFY_N_TEXT && opens_off_label(f))
            continue;
        char *t = inline_lines(c->next);
        char *h = t ? jfyp_inline_text(n->first, c) : NULL;
        if (!h) {
            free(t);
            *oom = 1;
            return NULL;
        }
        int got = -1;
        size_t ll = label_at(t, &got);
        /* text before it that is no entry's tail (the last lines of the
         * page's paragraph, joined over the page break to the entries
         * the next page opens with): the label opens the piece when its
         * line reads as an entry and the next block opens with the next
         * label */
        int hit = ll && got == num &&
                  (tail_shaped(h, strlen(h), TAIL_LINES) ||
                   (jfyp_ref_name_at(t + ll) && has_year(t + ll, BLOCK_YEAR_SPAN) &&
                    (label_below(t, num + 1) || (n->next && opens_with_num(n->next, num + 1)))));
        free(t);
        free(h);
        if (hit)
            return c->next;
    }
    return runon_label_line(n, num, oom);
}

/* The unread block that opens with label num, NULL when none; *cut: the
 * inline it starts at when a paragraph holds it after an entry's end. */
static jfy_node *label_block(const jfyp_rec *r, const list *L, const blocks *B, jfy_node *from, int num,
                             jfy_node **cut, int *oom) {
    *cut = NULL;
    for (jfy_node *n = from; n; n = jfyp_rec_next(r, n)) {
        if (n == L->heading || block_kept(B, n))
            continue;
        if (opens_with_num(n, num))
            return n;
        if (n->type == JFY_N_PARAGRAPH && (*cut = label_line(n, num, oom)) != NULL)
            return n;
        if (*oom)
            return NULL;
    }
    return NULL;
}

/* Bytes of an entry's start looked at for an "et al." after its names. */
#define ET_AL_SPAN 100

/* Whether t opens with names given first and then "et al." ("Yu Dong,
 * Lina Zhu, et al. ..."), a form the name reader does not take: commas
 * and capitalised words only before it. */
static int names_et_al(const char *t) {
    const char *e = jfyp_stristr(t, ", et al");
    if (!e || e - t > ET_AL_SPAN)
        return 0;
    int cap = 1;
    for (const char *p = t; p < e; p++) {
        if (*p == ',' || *p == ' ' || *p == '-' || *p == '.') {
            cap = 1;
            continue;
        }
        if (cap && !(*p >= 'A' && *p <= 'Z') && !((unsigned char)*p >= 0x80))
            return 0;
        if (*p >= '0' && *p <= '9')
            return 0;
        cap = 0;
    }
    return 1;
}

/* Entries of a piece read elsewhere of which one may open with no name. */
#define GAP_NAMED_MIN 5

/* Reading order may print a numbered list in pieces: its first entries
 * after the heading and the rest before it (the other column, read
 * first), or entries of another page between. Each piece that opens with
 * a label missing after one read is read where it is, when its entries
 * read as references; the piece the list stopped at is read on after it.
 * Returns 0, -1 on OOM. */
static int read_gaps(jfyp_rec *r, list *L, blocks *B) {
    jfy_node *resume = L->stopped;
    int floor = 0, want = -1;
    jfy_node *from = NULL;
    for (int runs = 0; runs < GAP_RUNS;) {
        if (!from) {
            want = missing_after(L, floor);
            if (want < 0)
                return 0;
            from = jfyp_rec_first(r);
        }
        jfy_node *cut = NULL;
        int oom = 0;
        jfy_node *at = label_block(r, L, B, from, want, &cut, &oom);
        if (oom)
            return -1;
        if (!at) {
            floor = want;
            from = NULL;
            continue;
        }
        runs++;
        from = jfyp_rec_next(r, at);
        if (cut) {
            /* the lines before the label: the end of the entry before,
             * when that one was cut off and they are few; else text that
             * stays */
            int before = 0;
            for (jfy_node *c = at->first; c && c != cut; c = c->next)
                before += jfyp_inline_is_break(c);
            jfy_node *q = jfyp_para_split_before(at, cut);
            if (!q)
                return -1;
            entry *prev = NULL;
            for (size_t k = 0; k < L->n; k++)
                if (L->e[k].label == want - 1)
                    prev = &L->e[k];
            if (prev && prev->open && before <= TAIL_LINES) {
                char *bt = block_text(at);
                if (!bt)
                    return -1;
                char *save = NULL;
                int k = 0;
                for (char *ln = strtok_r(bt, "\n", &save); ln; ln = strtok_r(NULL, "\n", &save), k++)
                    append_line(prev, ln, at->line + k);
                free(bt);
                if (keep_block(B, at) < 0)
                    return -1;
            }
            at = q;
        }
        size_t n0 = L->n, b0 = B->n;
        /* the piece may open with the rest of the entry before its first
         * label, cut off where that one was read */
        for (size_t k = 0; k < L->n; k++)
            if (L->e[k].label == want - 1)
                L->said = k + 1;
        L->gap = want;
        int rc = read_list(r, L, B, at);
        L->gap = 0;
        if (rc < 0)
            return -1;
        int good = 0, named = 0, all = 0;
        for (size_t k = n0; k < L->n; k++) {
            const jfyp_buf *b = &L->e[k].text;
            all++;
            good += b->len <= ENTRY_MAX && b->len && has_year(b->data, b->len < 400 ? b->len : 400);
            /* a person or a group ("World Health Organization (2013)"),
             * maybe after the mark of the entry's first part ("(a)
             * Abel, K.; ... (b) Baker, L.; ...") */
            named += b->len && (jfyp_ref_name_at(b->data + part_mark_at(b->data)) ||
                                (b->data[0] >= 'A' && b->data[0] <= 'Z' &&
                                 (has_year(b->data, b->len < 120 ? b->len : 120) || names_et_al(b->data))));
        }
        /* one entry of a few may open with a group's long name ("Asia
         * Dry Eye Association China Branch, ...") */
        if (!all || good * 10 < all * 9 || (named * 10 < all * 9 && !(all >= GAP_NAMED_MIN && named + 1 == all))) {
            /* not this piece: the next block that opens with the label */
            for (size_t k = n0; k < L->n; k++)
                jfyp_buf_free(&L->e[k].text);
            L->n = n0;
            B->n = b0;
            continue;
        }
        from = NULL;
        if (resume && !block_kept(B, resume)) {
            if (read_list(r, L, B, resume) < 0)
                return -1;
            resume = L->stopped;
        }
    }
    return 0;
}

int jfyp_recognize_references(jfyp_rec *r) {
    if (numbered_heading_items(r) < 0)
        return -1;
    int oom = 0;
    jfy_node *heading = find_heading(r, &oom), *start = NULL;
    int lost_first = 0;
    if (oom)
        return -1;
    if (heading) {
        start = jfyp_rec_next(r, heading);
    } else {
        start = headless_start(r, &oom, &lost_first);
        if (oom)
            return -1;
        if (!start)
            return 0;
    }
    list L = {.r = r,
              .numbered = heading || lost_first ? -1 : 1,
              .heading = heading,
              .edit = 1,
              .lost_apart = lost_first == 2};
    blocks B = {0};
    int rc = read_list(r, &L, &B, start);
    if (rc == 0 && L.numbered == 1)
        rc = read_gaps(r, &L, &B);
    if (rc == 0 && L.skipped && labels_inside(&L)) {
        /* two columns read line by line into each other: the skip was
         * the other column's label, not the list going on */
        for (size_t k = 0; k < L.n; k++)
            jfyp_buf_free(&L.e[k].text);
        L.n = 0;
        L.said = 0;
        L.column = 0;
        B.n = 0;
        L.numbered = heading || lost_first ? -1 : 1;
        L.noskip = 1;
        rc = read_list(r, &L, &B, start);
        if (rc == 0 && L.numbered == 1)
            rc = read_gaps(r, &L, &B);
    }
    if (rc == 0 && L.numbered == 1 && threads_interleaved(&L)) {
        /* read again, the lines that open no entry given to the two
         * threads in turns */
        for (size_t k = 0; k < L.n; k++)
            jfyp_buf_free(&L.e[k].text);
        L.n = 0;
        L.said = 0;
        L.column = 0;
        B.n = 0;
        L.threads = 0;
        L.last = 0;
        L.numbered = heading || lost_first ? -1 : 1;
        L.alternate = 1;
        rc = read_list(r, &L, &B, start);
        if (rc == 0 && L.numbered == 1)
            rc = read_gaps(r, &L, &B);
    }
    int filled = 0;
    for (size_t k = 0; k < L.n; k++)
        filled |= L.e[k].text.len > 0;
    if (rc == 0 && filled) {
        rc = build_list(r, heading ? heading : start, heading != NULL, &L);
        /* The blocks read are now the list's: drop them. */
        for (size_t k = 0; k < B.n; k++)
            jfyp_node_free(B.v[k]);
        if (heading)
            jfyp_node_free(heading);
    }
    free(B.v);
    free(B.slot);
    list_free(&L);
    return rc;
}
