/* refparse.c - one printed reference entry split into its parts.
 *
 * Reference styles differ in order and punctuation, but their parts have
 * shapes that do not: an author list is names ("Smith, A. B.", "Smith AB",
 * "A. B. Smith") joined by commas, "&" or "and", maybe closed by "et al.";
 * a year is four digits, often in parentheses right after the authors; the
 * end of a journal reference is a run of numbers and page punctuation
 * ("329, 1075-1078", "9(1): e86816", "2009;12(3):45-67"); the journal
 * name sits right before that run and the title before the journal, after
 * the last full stop that does not close an abbreviation. The parser finds
 * those shapes left to right and right to left, records them as spans of
 * the entry's text, and leaves everything else as text between them.
 * Every scan moves forward (or backward) over the entry once per part:
 * no backtracking beyond a handful of words. */
#include "refparse.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "names.h"
#include "util.h"

/* An entry longer than this is kept as text without parts: no printed
 * reference is that long, and it caps the work per entry. */
#define MAX_ENTRY 4000
/* Parts per entry; more names than fit are left as text in the group. */
#define MAX_SPANS 240
#define MAX_NAMES 60
/* Words of a group's name as an entry's author, at most. */
#define GROUP_WORDS_MAX 10

/* Words a surname may have ("van der Berg", "Goding Sauer"). */
#define MAX_SURNAME_WORDS 4

typedef struct {
    size_t s, e;
    jfy_node_type type;
} span;

typedef struct {
    const char *t;
    const char *low; /* t with its ASCII letters in lower case (ci_find) */
    size_t n;
    span sp[MAX_SPANS];
    int nsp;
    int extent; /* the tail is a book's page count ("179 p.") */
} ctx;

/* Whether [s,e) ends with the medium the NLM style names after a
 * journal ("Nat Ecol Evol [Internet]", "[serial online]", "[CD-ROM]"):
 * the length of that tail, its space before it too, else 0. */
static size_t medium_tail(const char *low, size_t s, size_t e) {
    static const char *const m[] = {" [internet]", " [serial online]", " [online]", " [cd-rom]", " [serial on the internet]"};
    /* (each ends with its bracket: a part that does not is tried no further) */
    for (size_t k = 0; e > s && low[e - 1] == ']' && k < sizeof m / sizeof *m; k++) {
        size_t l = strlen(m[k]);
        if (e - s > l && memcmp(low + e - l, m[k], l) == 0)
            return l;
    }
    return 0;
}

static void add(ctx *c, size_t s, size_t e, jfy_node_type type) {
    if (c->nsp < MAX_SPANS && s < e && e <= c->n)
        c->sp[c->nsp++] = (span){s, e, type};
}

/* ---- characters ---- */

static int cp_at(const char *t, size_t n, size_t i, size_t *len) {
    if (i >= n) {
        *len = 0;
        return 0;
    }
    int cp = jfyp_utf8_decode(t + i, len);
    if (*len == 0)
        *len = 1;
    return cp;
}

/* ASCII is answered without utf8proc's tables: a reference is read
 * letter by letter, and nearly all its letters are ASCII. */
static int is_up(int cp) {
    if (cp >= 0 && cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

static int is_low(int cp) {
    if (cp >= 0 && cp < 0x80)
        return cp >= 'a' && cp <= 'z';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

static int is_let_multi(int cp) {
    /* a spacing accent that extraction left beside its letter ("Pe´rez") */
    if (cp == 0xB4 || cp == 0xA8 || cp == 0x2DC || cp == 0x2C6)
        return 1;
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL ||
           c == UTF8PROC_CATEGORY_LT || c == UTF8PROC_CATEGORY_LO ||
           c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_MN;
}

/* Inline for ASCII, which nearly every letter of a reference is. */
static inline int is_let(int cp) {
    if (cp >= 0 && cp < 0x80)
        return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
    return is_let_multi(cp);
}

static int is_digit(char ch) {
    return ch >= '0' && ch <= '9';
}

/* En dash, em dash, minus, hyphen: page ranges use any of them. */
static size_t dash_at(const char *t, size_t n, size_t i) {
    if (i < n && t[i] == '-')
        return 1;
    if (i + 2 < n && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
        (unsigned char)t[i + 2] >= 0x90 && (unsigned char)t[i + 2] <= 0x95)
        return 3;
    if (i + 2 < n && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x88 &&
        (unsigned char)t[i + 2] == 0x92)
        return 3;
    return 0;
}

/* A year as references print it: 1500-2099. */
static int year_at(const char *t, size_t n, size_t i) {
    if (i + 4 > n || !is_digit(t[i]) || !is_digit(t[i + 1]) || !is_digit(t[i + 2]) ||
        !is_digit(t[i + 3]))
        return 0;
    if (i + 4 < n && is_digit(t[i + 4]))
        return 0;
    if (i > 0 && is_digit(t[i - 1]))
        return 0;
    int y = (t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10 + (t[i + 3] - '0');
    return y >= 1500 && y <= 2099;
}

/* ---- names ---- */

/* End of the letters (with inner apostrophes and hyphens) from i. */
static size_t word_end(const char *t, size_t n, size_t i) {
    size_t j = i, l;
    for (;;) {
        /* ASCII letters without decoding them (a letter in either case
         * is 'a' to 'z' with the case bit set; other bytes are not) */
        while (j < n && (unsigned)((t[j] | 0x20) - 'a') < 26)
            j++;
        int cp = cp_at(t, n, j, &l);
        if (cp && is_let(cp)) {
            j += l;
            continue;
        }
        if (j > i && (cp == '\'' || cp == 0x2019 || cp == '-' || cp == 0x2010 || cp == 0x2011)) {
            size_t l2;
            int nx = cp_at(t, n, j + l, &l2);
            if (nx && is_let(nx)) {
                j += l;
                continue;
            }
        }
        return j;
    }
}

static int is_particle(const char *t, size_t s, size_t e) {
    char w[16];
    /* the particles (names.c: "van", "della") have five letters at most:
     * a longer word is none without the list's two dozen comparisons */
    if (e - s > 5)
        return 0;
    memcpy(w, t + s, e - s);
    w[e - s] = 0;
    return jfyp_name_is_particle(w);
}

/* Whether [s,e) is a run of one to max capitals: "AB" in "Smith AB",
 * "SLDS" in "Pereira SLDS"; or capitals joined by hyphens, as the
 * Vancouver style prints a hyphenated given name's ("Yang B-Y", "Liu
 * W-K"). */
static int caps_initials_max(const char *t, size_t n, size_t s, size_t e, int max) {
    int k = 0;
    size_t l;
    for (size_t j = s; j < e; j += l) {
        int cp = cp_at(t, n, j, &l);
        if (cp == '-' && k > 0 && j + 1 < e && t[j - 1] != '-')
            continue;
        if (!is_up(cp))
            return 0;
        k++;
    }
    return k >= 1 && k <= max;
}

static int caps_initials(const char *t, size_t n, size_t s, size_t e) {
    return caps_initials_max(t, n, s, e, 3);
}

/* One initial at i: "A.", "Ch.", "J.-P."; a lone lower-case particle
 * letter ("d.") only inside a run. Returns its end, 0 when none. */
static size_t one_initial(const char *t, size_t n, size_t i, int allow_low) {
    size_t l, l2;
    int cp = cp_at(t, n, i, &l);
    size_t k = i;
    if (cp && is_up(cp)) {
        k += l;
        int nx = cp_at(t, n, k, &l2);
        if (nx && is_low(nx) && k + l2 < n && t[k + l2] == '.')
            k += l2;
        /* "B-C.": a double given name's initials joined without the
         * first one's full stop */
        if (k + 1 < n && t[k] == '-' && (nx = cp_at(t, n, k + 1, &l2)) != 0 && is_up(nx) && k + 1 + l2 < n &&
            t[k + 1 + l2] == '.')
            k += 1 + l2;
    } else if (allow_low && cp && is_low(cp)) {
        k += l;
    } else {
        return 0;
    }
    if (k >= n || t[k] != '.')
        return 0;
    k++;
    /* "J.-P.", and Chinese given names' second syllable ("X.-z. Li") */
    if (k + 1 < n && t[k] == '-') {
        int nx = cp_at(t, n, k + 1, &l2);
        if (nx && (is_up(nx) || is_low(nx)) && k + 1 + l2 < n && t[k + 1 + l2] == '.')
            k += 2 + l2;
    }
    return k;
}

/* A run of initials from i ("A. B.", "F. J. M.", "M. d. A."); its end, or
 * i when none. */
static size_t initials_at(const char *t, size_t n, size_t i) {
    size_t j = i, e;
    int count = 0;
    while (count < 6 && (e = one_initial(t, n, j, count > 0)) != 0) {
        j = e;
        count++;
        if (j < n && t[j] == ' ' && one_initial(t, n, j + 1, 1))
            j++;
    }
    return count ? j : i;
}

static int starts_with(const char *t, size_t n, size_t i, const char *w);

/* Surname words from i, separated by single spaces: capitalized words,
 * particles, or camel-cased words ("deKernion"); the last one not a
 * particle. ends[] gets each word's end. Returns how many. */
static int surname_words(const char *t, size_t n, size_t i, size_t *starts, size_t *ends) {
    int k = 0;
    size_t j = i, l;
    while (k < MAX_SURNAME_WORDS) {
        /* Dutch "'t" ("G. ’t Hooft"): a particle that opens with an
         * apostrophe, a capitalised word after it */
        size_t ap = starts_with(t, n, j, "\xe2\x80\x99t ") ? 3 : t[j] == '\'' && starts_with(t, n, j, "'t ") ? 1 : 0;
        if (ap && j + ap + 2 < n && t[j + ap + 2] >= 'A' && t[j + ap + 2] <= 'Z') {
            starts[k] = j;
            ends[k] = j + ap + 1;
            k++;
            j += ap + 2;
            continue;
        }
        int cp = cp_at(t, n, j, &l);
        if (!cp || !is_let(cp))
            break;
        size_t e = word_end(t, n, j);
        int ok = is_up(cp);
        if (!ok) {
            /* camel-cased ("deKernion"), or a particle: those are all in
             * lower case and go on only before a space, so a word that is
             * neither ends the surname without the list looked up ("doi:"
             * after a wrapped line's break) */
            for (size_t x = j; x < e; x += l)
                if (is_up(cp_at(t, n, x, &l))) {
                    ok = 1;
                    break;
                }
            if (!ok && e < n && t[e] == ' ')
                ok = is_particle(t, j, e);
        }
        if (!ok)
            break;
        starts[k] = j;
        ends[k] = e;
        k++;
        if (e < n && t[e] == ' ' && e + 1 < n) {
            int nx = cp_at(t, n, e + 1, &l);
            if (nx && is_let(nx)) {
                j = e + 1;
                continue;
            }
        }
        break;
    }
    /* A trailing particle is not a surname's end. */
    while (k > 0 && !is_up(cp_at(t, n, starts[k - 1], &l)) && is_particle(t, starts[k - 1], ends[k - 1]))
        k--;
    return k;
}

typedef struct {
    size_t s, e, ss, se, gs, ge; /* whole name, surname, given names */
} pname;

/* Capitals OCR left of a name's initials in an author list parted by
 * semicolons, their full stops lost or read as commas ("Abel, K;",
 * "Abel, KL;", "Abel, K.L;", "Abel, K,;", "Abel, K,L."): from g, the
 * semicolon that ends them (the name's end), 0 when none. *ge gets the
 * initials' end. */
static size_t semicolon_initials(const char *t, size_t n, size_t g, size_t *ge) {
    size_t j = g;
    int caps = 0;
    while (caps < 4 && j < n && t[j] >= 'A' && t[j] <= 'Z') {
        j++;
        caps++;
        if (j + 1 < n && (t[j] == '.' || t[j] == ',') &&
            ((t[j + 1] >= 'A' && t[j + 1] <= 'Z') || t[j + 1] == ';' || (t[j + 1] == '.' && t[j] == ',')))
            j++;
        if (j < n && t[j] == '.' && t[j - 1] == ',')
            j++;
    }
    if (!caps || j >= n || t[j] != ';')
        return 0;
    /* a full stop kept ("SJ.;") is the initials', a comma is not */
    *ge = j;
    while (*ge > g && t[*ge - 1] == ',')
        (*ge)--;
    return j;
}

static size_t name_at(const char *t, size_t n, size_t i, pname *p) {
    size_t ws[MAX_SURNAME_WORDS], we[MAX_SURNAME_WORDS];
    /* "A. B. Smith" */
    size_t ie = initials_at(t, n, i);
    if (ie > i && ie < n && t[ie] == ' ') {
        int k = surname_words(t, n, ie + 1, ws, we);
        if (k > 0 && !(k == 1 && caps_initials(t, n, ws[0], we[0]))) {
            *p = (pname){i, we[k - 1], ie + 1, we[k - 1], i, ie};
            return p->e;
        }
    }
    if (ie > i)
        return 0;
    int k = surname_words(t, n, i, ws, we);
    if (k == 0)
        return 0;
    /* "Silveira JF Jr": the generation after the initials (the author
     * list takes it on) */
    if (k >= 3 && we[k - 1] - ws[k - 1] == 2 && memcmp(t + ws[k - 1], "Jr", 2) == 0 &&
        (we[k - 1] == n || strchr(",. ", t[we[k - 1]])) && caps_initials(t, n, ws[k - 2], we[k - 2]))
        k--;
    /* "Smith, A. B." or "Smith, Jane Q."; not "Smith AB, Jones C." */
    size_t se = we[k - 1];
    /* "Balogun,S.O.": the space after the comma lost, initials only */
    int tight = se + 1 < n && t[se] == ',' && t[se + 1] != ' ' && initials_at(t, n, se + 1) > se + 1;
    if (se + 1 < n && t[se] == ',' && (t[se + 1] == ' ' || tight) &&
        !(k > 1 && caps_initials(t, n, ws[k - 1], we[k - 1]))) {
        size_t g = tight ? se + 1 : se + 2;
        size_t ge = initials_at(t, n, g);
        if (ge == g) {
            size_t l;
            int cp = cp_at(t, n, g, &l);
            size_t fe = cp && is_up(cp) ? word_end(t, n, g) : g;
            if (fe > g + l && fe < n && t[fe] == ' ') {
                size_t ge2 = initials_at(t, n, fe + 1);
                if (ge2 > fe + 1)
                    ge = ge2;
            }
        }
        /* OCR lost an initial's full stop before the semicolon */
        size_t oge = g, oe = ge < n && t[ge] == ';' ? 0 : semicolon_initials(t, n, g, &oge);
        if (oe > ge) {
            *p = (pname){i, oe, i, se, g, oge};
            return oe;
        }
        if (ge > g) {
            *p = (pname){i, ge, i, se, g, ge};
            return ge;
        }
    }
    /* "Adger W. N., Huq S., and Hulme M. (2003)": the initials after the
     * surname with their full stops and no comma before them (Springer's
     * author-year lists); a comma or the year must follow them, where a
     * title's first word would not ("Smith J. A study of ..."). The
     * surname's words may have taken an initial ("W" of "W. N."): the
     * last word a space follows is the surname's end. */
    for (int w = k; w >= 1; w--) {
        size_t e1 = we[w - 1];
        if (e1 >= n || t[e1] != ' ')
            continue;
        size_t ge = initials_at(t, n, e1 + 1);
        if (ge > e1 + 1 && (ge == n || t[ge] == ',' || (ge + 1 < n && t[ge] == ' ' && t[ge + 1] == '('))) {
            *p = (pname){i, ge, i, e1, e1 + 1, ge};
            return ge;
        }
        break;
    }
    /* "Smith AB", "Goding Sauer A", "SAYÃO JM JC"; four initials after
     * a surname in lower case ("Pereira SLDS"), where a surname in
     * capitals would take a word of a group's name ("WORLD BANK") */
    int r = k, lower = 0;
    for (size_t x = ws[0]; x < we[0] && !lower; x++)
        lower = t[x] >= 'a' && t[x] <= 'z';
    while (r > 1 && caps_initials_max(t, n, ws[r - 1], we[r - 1], lower ? 4 : 3))
        r--;
    if (r < k) {
        size_t end = we[k - 1];
        char nx = end < n ? t[end] : 0;
        if (nx == 0 || nx == ',' || nx == '.' || nx == ';' || nx == ' ' || nx == ':') {
            *p = (pname){i, end, i, we[r - 1], ws[r], end};
            return end;
        }
    }
    return 0;
}

static int starts_with(const char *t, size_t n, size_t i, const char *w) {
    /* byte by byte: most tries fail on the first byte, before a strlen and
     * a memcmp would have been paid (w is never empty) */
    size_t k = 0;
    while (w[k] && i + k < n && t[i + k] == w[k])
        k++;
    return !w[k];
}

/* After a name: a separator to the next name (returns its end), or
 * "et al." (sets es and ee and returns 0), or nothing (0). */
static size_t sep_at(const char *t, size_t n, size_t i, size_t *es, size_t *ee) {
    /* each opens with a comma, a space or a semicolon */
    if (i >= n || (t[i] != ',' && t[i] != ' ' && t[i] != ';'))
        return 0;
    static const char *etal[] = {", et al.", " et al.", "; et al.", ", et al", " et al", ", et. al.", " et. al."};
    /* (their "e" one byte after a space, two after a comma) */
    size_t e_at = i + (t[i] == ' ' ? 1 : 2);
    for (size_t k = 0; e_at < n && t[e_at] == 'e' && k < sizeof etal / sizeof *etal; k++)
        if (starts_with(t, n, i, etal[k])) {
            *es = i + (etal[k][0] == ',' || etal[k][0] == ';' ? 2 : 1);
            *ee = i + strlen(etal[k]);
            return 0;
        }
    /* ";; ": OCR doubles a semicolon */
    static const char *seps[] = {", & ", ", and ", " & ", " and ", ", ", "; ", ";; ", " y ", " e "};
    for (size_t k = 0; k < sizeof seps / sizeof *seps; k++)
        if (starts_with(t, n, i, seps[k]))
            return i + strlen(seps[k]);
    /* "Das, A.;Vedantam, R.": the space after a semicolon lost (MDPI's
     * author lists, as extracted) */
    if (t[i] == ';' && i + 1 < n && t[i + 1] >= 'A' && t[i + 1] <= 'Z')
        return i + 1;
    return 0;
}

size_t jfyp_ref_name_at(const char *s) {
    pname p;
    size_t n = strnlen(s, 200);
    return name_at(s, n, 0, &p);
}

/* ---- the author list ---- */

/* An author known by one name in a list parted by semicolons, as MDPI's
 * print one, a name surname first after it ("Ahmed, S.; Saifullah;
 * Ahmad, M."): its end, 0 when none is at i. */
static size_t mononym_at(const char *t, size_t n, size_t i, pname *p) {
    size_t l;
    int cp = cp_at(t, n, i, &l);
    if (!cp || !is_up(cp))
        return 0;
    size_t e = word_end(t, n, i);
    pname q;
    if (e - i < 3 || e + 2 >= n || t[e] != ';' || t[e + 1] != ' ' || !name_at(t, n, e + 2, &q) || q.ss != e + 2)
        return 0;
    *p = (pname){i, e, i, e, e, e};
    return e;
}

/* Whether the len bytes at w are a lower-case word that joins the words
 * of a journal's name ("J. Soc. Ouest Afr. de Chim.", "Ann. Inst. of
 * Hyg."). */
static int joining_word(const char *w, size_t len) {
    static const char *const join[] = {"de", "des", "di", "of", "and", "la", "der", "et", "for", NULL};
    for (int k = 0; join[k]; k++)
        if (strlen(join[k]) == len && memcmp(w, join[k], len) == 0)
            return 1;
    return 0;
}

/* Whether the words from i to the volume's figures are the rest of an
 * abbreviated journal's name opened by "J." ("J. Water Resour. Prot. 6,
 * 29", "J. Anim. Plant Sci. 19(1)", "J. Soc. Ouest Afr. de Chim. 29"):
 * short words closed by full stops, a word or two in full, a lower-case
 * joining word; the name's last word abbreviated ("J. High Energy Phys.
 * 1605"), or two abbreviations before it. A surname is followed by a comma, or by its entry's title
 * ("J. Smith. Nanotubes in water. Nature 354": a long or a lower-case
 * word before the figures). */
static int journal_words(const char *t, size_t n, size_t i) {
    int words = 0, dotted = 0, whole = 0, last_dot = 0;
    size_t x = i;
    while (x < n && x < i + 80) {
        if (t[x] >= '0' && t[x] <= '9')
            break;
        size_t w = x;
        while (w < n && t[w] != ' ' && t[w] != ',')
            w++;
        size_t len = w - x;
        int dot = len > 1 && t[w - 1] == '.';
        size_t letters = len - (size_t)dot;
        if (t[x] >= 'A' && t[x] <= 'Z') {
            for (size_t y = x + 1; y < x + letters; y++)
                if (!(t[y] >= 'a' && t[y] <= 'z'))
                    return 0;
            if (dot && letters > 7)
                return 0;
        } else {
            if (!words || !joining_word(t + x, len))
                return 0;
            len = 0; /* a joining word counts for neither side */
        }
        if (len) {
            words++;
            dotted += dot;
            whole += !dot;
        }
        last_dot = dot;
        x = w;
        if (x < n && t[x] == ',')
            x++;
        if (x < n && t[x] == ' ')
            x++;
        else
            break;
    }
    if (x >= n || !(t[x] >= '0' && t[x] <= '9') || words < 2 || whole > 2)
        return 0;
    return last_dot || dotted >= 2;
}

/* Whether the name p is a journal's name opened by "J." ("A. Name,
 * J. Phys. A 44, 1", "J. Cosmol. Astropart. Phys."): the initial J and a
 * word of journal names with its full stop, no surname. */
static int journal_initial(const char *t, size_t n, const pname *p) {
    static const char *w[] = {"Phys", "Chem", "Cosmol", "Math", "Appl", "Comput", "Nucl", "Biol", "Mol", "Stat",
                              "Geophys", "Astrophys", "Opt", "Mater", "Mech", "Theor", "Exp", "Mod"};
    /* "J. Am. Chem. Soc. 2012, 134": read as given names "J. Am." and
     * the surname "Chem", the journal's words from the second on */
    if (p->ge > p->gs + 4 && t[p->gs] == 'J' && t[p->gs + 1] == '.' && t[p->gs + 2] == ' ' && p->ss > p->ge &&
        t[p->gs + 3] >= 'A' && t[p->gs + 3] <= 'Z' && t[p->gs + 4] >= 'a' && t[p->gs + 4] <= 'z')
        return journal_words(t, n, p->gs + 3);
    if (p->ge != p->gs + 2 || t[p->gs] != 'J' || p->se >= n || t[p->se] != '.')
        return 0;
    for (size_t k = 0; k < sizeof w / sizeof *w; k++)
        if (strlen(w[k]) == p->se - p->ss && memcmp(t + p->ss, w[k], p->se - p->ss) == 0)
            return 1;
    return journal_words(t, n, p->ss);
}

/* Reads the names from i; adds their spans. Returns the group's end, or i
 * when no name starts there. */
static size_t authors(ctx *c, size_t i) {
    pname names[MAX_NAMES];
    int nn = 0, last = 0;
    size_t pos = i, end = i, es = 0, ee = 0;
    while (nn < MAX_NAMES) {
        pname p;
        size_t e = name_at(c->t, c->n, pos, &p);
        if (!e && (nn == 0 || (pos >= 2 && c->t[pos - 2] == ';')))
            e = mononym_at(c->t, c->n, pos, &p);
        if (!e || (nn > 0 && journal_initial(c->t, c->n, &p)))
            break;
        /* names printed given names first ("G. Abel, D. Baker, Fermionic
         * UV completions of ..."): a title's first words read as a
         * surname and initials without stops ("Fermionic UV") end the
         * list, no name of its form */
        if (nn > 0 && names[0].gs < names[0].ss && p.ss < p.gs && !memchr(c->t + p.gs, '.', p.ge - p.gs))
            break;
        /* a generation after the name: "Kirkland Jr.", "Smith, Jr.,"; each
         * has a "J" or an "I" after its comma and space or its space, which
         * most names are not followed by: only then are they tried */
        static const char *sfx[] = {", Jr.", " Jr.", ", Jr", " Jr", " II", " III"};
        size_t g = e + (e < c->n && c->t[e] == ',' ? 2 : 1);
        int gen = g < c->n && (c->t[g] == 'J' || c->t[g] == 'I');
        for (size_t k = 0; gen && (c->t[e] == ',' || c->t[e] == ' ') && k < sizeof sfx / sizeof *sfx; k++) {
            size_t l = strlen(sfx[k]);
            if (starts_with(c->t, c->n, e, sfx[k]) &&
                (e + l == c->n || c->t[e + l] == ',' || c->t[e + l] == ' ' || c->t[e + l] == '.')) {
                e += l;
                break;
            }
        }
        if (e < c->n && c->t[e] == '.' && e >= 3 && c->t[e - 3] == ' ' && c->t[e - 2] == 'J' &&
            c->t[e - 1] == 'r')
            e++; /* "J. A. Kirkland Jr." read the generation as a surname word */
        names[nn++] = p;
        end = e;
        es = ee = 0;
        size_t s = sep_at(c->t, c->n, e, &es, &ee);
        if (ee) {
            end = ee;
            break;
        }
        /* the name after "and" is the last ("et al." may follow): "K.-S.
         * Park, J. Am. Chem. Soc." goes on with the journal */
        if (!s || last)
            break;
        last = s - e >= 4 && (memcmp(c->t + s - 4, "and ", 4) == 0 || memcmp(c->t + s - 2, "& ", 2) == 0);
        pos = s;
    }
    if (!nn)
        return i;
    add(c, i, end, JFY_N_PERSON_GROUP);
    for (int k = 0; k < nn; k++) {
        add(c, names[k].s, names[k].e, JFY_N_STRING_NAME);
        if (names[k].gs < names[k].ss) {
            add(c, names[k].gs, names[k].ge, JFY_N_GIVEN);
            add(c, names[k].ss, names[k].se, JFY_N_SURNAME);
        } else {
            add(c, names[k].ss, names[k].se, JFY_N_SURNAME);
            add(c, names[k].gs, names[k].ge, JFY_N_GIVEN);
        }
    }
    if (ee)
        add(c, es, ee, JFY_N_ETAL);
    return end;
}

static const char *find(const char *h, size_t n, const char *w, size_t l);

/* "A. M. Name et al. (CMS Collaboration), Phys. Lett. B": physics
 * styles name the collaboration or group the authors sign for in
 * brackets after them; it belongs to the authors, not to the journal's
 * name. Returns the end of the brackets, or ae when none follows. */
static size_t collab_after(ctx *c, size_t ae) {
    const char *t = c->t;
    size_t i = ae;
    while (i < c->n && t[i] == ' ')
        i++;
    if (ae == 0 || i >= c->n || t[i] != '(')
        return ae;
    size_t j = i + 1;
    while (j < c->n && j < i + 160 && t[j] != ')' && t[j] != '(')
        j++;
    if (j >= c->n || t[j] != ')')
        return ae;
    static const char *w[] = {"Collaboration", "Group", "Consortium", "Collab."};
    for (size_t k = 0; k < sizeof w / sizeof *w; k++) {
        const char *f = find(t + i + 1, j - i - 1, w[k], strlen(w[k]));
        if (f) {
            add(c, i + 1, j, JFY_N_COLLAB);
            return j + 1;
        }
    }
    return ae;
}

/* "Siegel JD, Chiarello L; Healthcare Infection Control Practices
 * Advisory Committee. Title. Journal": Vancouver names the group the
 * authors wrote for after a semicolon (several, a semicolon between
 * them), up to the full stop the title follows; it belongs to the
 * authors, not to the title. Returns the end
 * of the group, or ae when none follows. */
static size_t group_after_names(ctx *c, size_t ae) {
    const char *t = c->t;
    size_t n = c->n, i = ae;
    while (i < n && t[i] == ' ')
        i++;
    if (ae == 0 || i + 1 >= n || t[i] != ';')
        return ae;
    i++;
    while (i < n && t[i] == ' ')
        i++;
    if (i >= n || !(t[i] >= 'A' && t[i] <= 'Z'))
        return ae;
    int words = 1;
    for (size_t j = i + 1; j + 1 < n && j < i + 200; j++) {
        if (t[j] == ' ' && ++words > 16)
            return ae;
        /* a year or brackets: the group ran into the title or the
         * journal's numbers, no part of a group's name */
        if (t[j] == '(' || t[j] == ':' ||
            (j + 4 <= n && is_digit(t[j]) && is_digit(t[j + 1]) && is_digit(t[j + 2]) && is_digit(t[j + 3])))
            return ae;
        if (t[j] == '.' && t[j + 1] == ' ') {
            /* the title and more after it */
            if (n - j < 12 || (!(t[j + 2] >= 'A' && t[j + 2] <= 'Z') && !is_digit(t[j + 2])))
                return ae;
            add(c, i, j, JFY_N_COLLAB);
            return j;
        }
    }
    return ae;
}

static size_t skip_seps(const char *t, size_t n, size_t i) {
    while (i < n && (t[i] == ' ' || t[i] == '.' || t[i] == ',' || t[i] == ':' || t[i] == ';'))
        i++;
    return i;
}

/* "(2009)", "(2009a)", "(2009, May 3)": the year's span and the end of the
 * parentheses; 0 when i does not open one. */
static int month_word(const char *t, size_t s, size_t e);
static int ascii_letter(char ch);

/* months: the issue's months may come before the year ("(March–April
 * 2013)"), as they do right after the authors; inside a title "(July
 * 2010)" is the title's. */
static size_t year_paren_m(const char *t, size_t n, size_t i, size_t *ys, size_t *ye, int months) {
    if (i >= n || t[i] != '(')
        return 0;
    size_t y = i + 1;
    if (!year_at(t, n, y)) {
        if (!months)
            return 0;
        size_t w = y;
        while (w < n && ascii_letter(t[w]))
            w++;
        if (w == y || !month_word(t, y, w))
            return 0;
        while (w < n && w < i + 30 && !is_digit(t[w]))
            w++;
        if (!year_at(t, n, w) || w + 4 >= n || t[w + 4] != ')')
            return 0;
        y = w;
    }
    i = y - 1;
    size_t j = i + 5;
    if (j < n && t[j] >= 'a' && t[j] <= 'z' && j + 1 < n && !((t[j + 1] >= 'a' && t[j + 1] <= 'z')))
        j++;
    *ys = i + 1;
    *ye = j;
    for (size_t k = j; k < n && k < j + 40; k++)
        if (t[k] == ')')
            return k + 1;
    return 0;
}

static size_t year_paren(const char *t, size_t n, size_t i, size_t *ys, size_t *ye) {
    return year_paren_m(t, n, i, ys, ye, 0);
}

/* ---- identifiers at the end ---- */

/* Where w[0..l) first occurs in h[0..n), as memmem finds it: by memchr
 * from one occurrence of w's first byte to the next, which for an entry's
 * few hundred bytes costs a fraction of memmem's set-up. */
static const char *find(const char *h, size_t n, const char *w, size_t l) {
    const char *end = h + n;
    for (const char *p = h; (size_t)(end - p) >= l; p++) {
        if (!(p = memchr(p, w[0], (size_t)(end - p) - l + 1)))
            return NULL;
        if (memcmp(p + 1, w + 1, l - 1) == 0)
            return p;
    }
    return NULL;
}

/* Where w, in lower case, first occurs in [from, n) of the entry, ASCII
 * case ignored. Looked for in the lower-case copy, so memchr does the
 * scanning: the marks of a link are each looked for over every entry, and
 * trying each position in turn was a sixth of reading a reference list
 * (bench/instructions). */
static const char *ci_find(const ctx *c, size_t n, size_t from, const char *w, size_t *at) {
    if (from >= n)
        return NULL;
    const char *p = find(c->low + from, n - from, w, strlen(w));
    if (!p)
        return NULL;
    *at = (size_t)(p - c->low);
    return c->t + *at;
}

/* The marks that end the bibliographic part that may open at p, by its
 * first letter (each a letter of "acdhpw[") and its second: where the
 * entry has one of those letters, only the marks starting with it are
 * tried, and none when the letter after it opens none of them ("a" is
 * one letter of twelve in a reference, "av" and "ac" few). */
static const char *const *marks_at(const char *p) {
    static const char *const a[] = {"available from", "available at", "available online", "accessed", "acesso em",
                                    NULL};
    static const char *const co[] = {"consultado en", "consult\xc3\xa9 le", NULL};
    static const char *const d[] = {"doi:", "doi.org/", "doi ", "dispon\xc3\xadvel em", "disponivel em",
                                    "disponible en", "disponible sur", NULL};
    static const char *const h[] = {"https://", "http://", NULL};
    static const char *const pm[] = {"pmid", "pmcid", NULL};
    static const char *const w[] = {"www.", NULL};
    /* the notes of PubMed Central and Google Scholar, and "[cited ...]" */
    static const char *const br[] = {"[pubmed", "[cited", "[crossref]", "[google scholar]", "[epub ahead",
                                     "[pmc free article]", "[green version]", NULL};
    switch (p[0]) {
    case 'a':
        return p[1] == 'v' || p[1] == 'c' ? a : NULL;
    case 'c':
        return p[1] == 'o' ? co : NULL;
    case 'd':
        return p[1] == 'o' || p[1] == 'i' ? d : NULL;
    case 'h':
        return p[1] == 't' ? h : NULL;
    case 'p':
        return p[1] == 'm' ? pm : NULL;
    case 'w':
        return p[1] == 'w' ? w : NULL;
    default:
        return br;
    }
}

/* Whether mark opens p, compared byte by byte: the entry's copy ends on
 * its NUL, which no mark holds, so the end needs no length; a strlen and a
 * memcmp for each mark tried cost more than the few bytes most tries get
 * through. */
static int mark_opens(const char *p, const char *mark) {
    while (*mark && *p == *mark)
        p++, mark++;
    return !*mark;
}

/* The first letters of the marks (marks_at). */
#define MARK_LETTERS "acdhpw["

/* Whether a mark opens p, whose byte is one of MARK_LETTERS. */
static inline int mark_at(const char *p) {
    const char *const *m = marks_at(p);
    while (m && *m && !mark_opens(p, *m))
        m++;
    return m && *m;
}

/* Where the bibliographic part ends: the first identifier or link. */
static size_t tail_links(ctx *c, size_t from) {
    /* The marks' earliest occurrence, found in one pass over the entry
     * (in lower case, as the marks are) stopping only at their first
     * letters, not one search per mark; "Disponível em", "Acesso em",
     * "Disponible en/sur", "Consultado en", "Consulté le" are the same
     * notes in Portuguese, Spanish, French. A fifth of an entry's bytes
     * are such letters: sixteen bytes are tested at a time for them, and
     * marks_at turns most away by the letter after, where a strpbrk from
     * one letter to the next and the marks tried at each were 2,000
     * instructions an entry (bench/instructions). */
    size_t end = c->n, i = from;
#ifdef __SSE2__
    for (; i + 16 <= c->n && end == c->n; i += 16) {
        /* (the letters of MARK_LETTERS, one compare each) */
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(c->low + i));
        __m128i ac = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('a')), _mm_cmpeq_epi8(v, _mm_set1_epi8('c')));
        __m128i dh = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('d')), _mm_cmpeq_epi8(v, _mm_set1_epi8('h')));
        __m128i pw = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('p')), _mm_cmpeq_epi8(v, _mm_set1_epi8('w')));
        __m128i hit = _mm_or_si128(_mm_or_si128(ac, dh), _mm_or_si128(pw, _mm_cmpeq_epi8(v, _mm_set1_epi8('['))));
        for (unsigned bits = (unsigned)_mm_movemask_epi8(hit); bits; bits &= bits - 1)
            if (mark_at(c->low + i + __builtin_ctz(bits))) {
                end = i + (size_t)__builtin_ctz(bits);
                break;
            }
    }
#endif
    for (; i < c->n && end == c->n; i++)
        if (strchr(MARK_LETTERS, c->low[i]) && mark_at(c->low + i))
            end = i;
    /* "MMWR 2003;52:1-61. <U+201C>www.cdc.gov/mmwr/...<U+201D>. Accessed
     * ...": a link printed in quotes after the journal's numbers, its
     * opening quote no part of the work (left alone it was read as the
     * journal, the journal's numbers as the title's). After a title
     * ("Title. <U+201C>www...") the quote stays: the title is not taken
     * for the journal. */
    size_t q = end < c->n && end >= from + 3 && memcmp(c->t + end - 3, "\xe2\x80\x9c", 3) == 0 ? 3
               : end < c->n && end > from && (c->t[end - 1] == '"' || c->t[end - 1] == '<') ? 1
                                                                                       : 0;
    if (q) {
        size_t b = end - q;
        while (b > from && (c->t[b - 1] == ' ' || c->t[b - 1] == '.' || c->t[b - 1] == ','))
            b--;
        if (b > from && (is_digit(c->t[b - 1]) || c->t[b - 1] == ')'))
            end -= q;
    }
    /* "Br Med Bull. 2002;61:215-30. PubMed PMID: 11997308.": the
     * database named before its number is no part of the work (its word
     * left in the tail read as the journal's) */
    if (end < c->n && c->low[end] == 'p' && end >= from + 7 && memcmp(c->low + end - 7, "pubmed ", 7) == 0)
        end -= 7;
    /* "JHEP 12, 068 (2016). arXiv:1607.0865", "Phys. Rev. D 94, 1 (2016)
     * [arXiv:1605.0773 [hep-ph]]": physics styles close an entry with its
     * preprint's number, which is no volume or year of the journal; only
     * a number closing the entry ("arXiv:1706.03762, 2017" keeps its year),
     * after the journal's numbers */
    size_t ax;
    if (ci_find(c, end, from, "arxiv:", &ax)) {
        size_t j = ax + 6;
        while (j < c->n && (is_digit(c->t[j]) || ascii_letter(c->t[j]) || c->t[j] == '.' || c->t[j] == '/' ||
                            c->t[j] == '-'))
            j++;
        if (j < c->n && c->t[j] == ' ' && j + 1 < c->n && c->t[j + 1] == '[') {
            size_t k = j + 2; /* "[hep-ph]": the preprint's subject */
            while (k < c->n && k < j + 20 && (ascii_letter(c->t[k]) || c->t[k] == '-' || c->t[k] == '.'))
                k++;
            if (k < c->n && c->t[k] == ']')
                j = k + 1;
        }
        while (j < c->n && strchr(".,;)] ", c->t[j]))
            j++;
        size_t b = ax;
        while (b > from && strchr("[( .,;", c->t[b - 1]))
            b--;
        /* (after the journal's numbers only: "Title? arXiv 2020,
         * arXiv:2003.03033" names the preprint as the source, MDPI's way) */
        size_t d = b;
        while (d > from && is_digit(c->t[d - 1]))
            d--;
        int named = d >= from + 6 && memcmp(c->low + d - 6, "arxiv ", 6) == 0;
        if (j >= c->n && j > ax + 10 && b > from && (d < b || c->t[b - 1] == ')') && !named) {
            while (ax > from && (c->t[ax - 1] == '[' || c->t[ax - 1] == '(' || c->t[ax - 1] == ' '))
                ax--;
            end = ax;
        }
    }
    /* A bare DOI */
    for (i = from; i + 8 < end; i++) {
        const char *ten = find(c->t + i, c->n - i, "10.", 3);
        if (!ten || (i = (size_t)(ten - c->t)) + 8 >= end)
            break;
        if ((i == 0 || c->t[i - 1] == ' ') && is_digit(c->t[i + 3]) && is_digit(c->t[i + 4]) &&
            is_digit(c->t[i + 5]) && is_digit(c->t[i + 6])) {
            end = i;
            break;
        }
    }
    return end;
}

static void ids(ctx *c, size_t from) {
    size_t at;
    for (size_t i = from; i + 8 < c->n; i++) {
        const char *ten = find(c->t + i, c->n - i, "10.", 3);
        if (!ten || (i = (size_t)(ten - c->t)) + 8 >= c->n)
            break;
        if (is_digit(c->t[i + 3]) && is_digit(c->t[i + 4]) && is_digit(c->t[i + 5]) &&
            is_digit(c->t[i + 6]) && (i == 0 || !is_digit(c->t[i - 1]))) {
            size_t j = i + 3;
            while (j < c->n && is_digit(c->t[j]))
                j++;
            if (j >= c->n || c->t[j] != '/')
                continue;
            size_t slash = j;
            while (j < c->n && c->t[j] != ' ' && c->t[j] != '\t')
                j++;
            while (j > i && strchr(".,;)]>", c->t[j - 1]))
                j--;
            /* "https://www.frontiersin.org/articles/10.3389/x.2020.1/full":
             * the page's view after the DOI is the link's, not the DOI's */
            static const char *const view[] = {"/full", "/abstract", "/fulltext", "/pdf", "/epdf"};
            for (size_t k = 0; k < sizeof view / sizeof *view; k++) {
                size_t l = strlen(view[k]);
                if (j > slash + l + 1 && jfyp_strnieq(c->t + j - l, view[k], l)) {
                    j -= l;
                    break;
                }
            }
            /* a prefix whose suffix the extractor put elsewhere (the line
             * end cut it off into another block) names no work */
            if (j <= slash + 1)
                continue;
            add(c, i, j, JFY_N_PUB_ID);
            break;
        }
    }
    if (ci_find(c, c->n, from, "pmid", &at)) {
        size_t j = at + 4;
        while (j < c->n && (c->t[j] == ':' || c->t[j] == ' '))
            j++;
        size_t s = j;
        while (j < c->n && is_digit(c->t[j]))
            j++;
        if (j > s)
            add(c, s, j, JFY_N_PUB_ID); /* type set when emitting: digits only */
    }
}

/* ---- the numbers at the end of a journal reference ---- */

static int tail_word(const char *t, size_t s, size_t e) {
    static const char *w[] = {"pp", "p", "v", "vol", "n", "no", "Suppl", "suppl", "pt", "Pt",
                              "Vol", "No", "art", "PP", "article", "Article", "ID",
                              "supplement", "Supplement", "pages", "Epub", "Volume"};
    for (size_t k = 0; k < sizeof w / sizeof *w; k++)
        if (t[s] == w[k][0] && strlen(w[k]) == e - s && memcmp(t + s, w[k], e - s) == 0)
            return 1;
    return 0;
}

/* A month or a season as a journal's issue date prints it before the
 * year ("abr./jun. 2017", "Sept. 2006", "Fall, 2012"). */
static int month_word(const char *t, size_t s, size_t e) {
    static const char *w[] = {"jan", "feb", "fev", "mar", "apr", "abr", "may", "mai", "maio", "jun", "jul",
                              "aug", "ago", "sep", "sept", "set", "oct", "out", "nov", "dec", "dez", "dic",
                              "ene", "january", "february", "march", "april", "june", "july", "august",
                              "september", "october", "november", "december", "spring", "summer", "fall",
                              "autumn", "winter"};
    /* (three to nine letters: other words are not tried against them) */
    for (size_t k = 0; e - s >= 3 && e - s <= 9 && k < sizeof w / sizeof *w; k++)
        if ((t[s] | 0x20) == w[k][0] && strlen(w[k]) == e - s && jfyp_strnieq(t + s, w[k], e - s))
            return 1;
    return 0;
}

static int ascii_letter(char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

/* Whether [s,e) are the letters of an article number: lower case after
 * a first letter of either case ("eabj", "fiw", "Ze"). */
static int elocation_letters(const char *t, size_t s, size_t e) {
    for (size_t k = s + 1; k < e; k++)
        if (!(t[k] >= 'a' && t[k] <= 'z'))
            return 0;
    return 1;
}

/* Start of the run of numbers and page punctuation that ends [s,e), or e
 * when there is none. */
static size_t numeric_tail(const char *t, size_t s, size_t e) {
    size_t i = e;
    int digits = 0;
    while (i > s) {
        unsigned char ch = (unsigned char)t[i - 1];
        if (is_digit((char)ch)) {
            digits = 1;
            i--;
        } else if (ch == ' ' || ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')' || ch == '.' ||
                   ch == '-' || ch == '/' || ch == '[' || ch == ']') {
            i--;
        } else if (ch >= 0x80 && i - s >= 3 && dash_at(t, e, i - 3) == 3) {
            i -= 3;
        } else if (ascii_letter((char)ch)) {
            size_t ls = i - 1;
            while (ls > s && ascii_letter(t[ls - 1]))
                ls--;
            int after_dash = ls - s >= 3 && dash_at(t, e, ls - 3) == 3;
            if (ls > s && !after_dash && (unsigned char)t[ls - 1] >= 0x80)
                break; /* part of a longer word */
            /* "e86816", "R12", "D34-D45", "740S": a page's letter */
            int glued = i - ls == 1 && ((i < e && is_digit(t[i])) || (ls > s && is_digit(t[ls - 1])));
            /* "ZC60-3": two capitals before the page's digits */
            if (i - ls == 2 && i < e && is_digit(t[i]) && t[ls] >= 'A' && t[ls] <= 'Z' && t[ls + 1] >= 'A' &&
                t[ls + 1] <= 'Z')
                glued = 1;
            /* "eabj3593", "aad9837", "fiw123", "Ze01-3": an article's
             * number with its letters, after a space or a stop */
            if (i - ls >= 2 && i - ls <= 4 && i < e && is_digit(t[i]) && (ls == s || strchr(" ,;:.", t[ls - 1])) &&
                elocation_letters(t, ls, i))
                glued = 1;
            /* "2015Aug;26(1)": the month glued to its year */
            if (ls >= s + 4 && year_at(t, e, ls - 4) && month_word(t, ls, i))
                glued = 1;
            /* "Phys. Rev. D 88, 041303(R) (2013)": APS's mark of a rapid
             * communication, a capital in brackets after the page */
            if (i - ls == 1 && i < e && t[i] == ')' && ls >= s + 2 && t[ls - 1] == '(' && is_digit(t[ls - 2]))
                glued = 1;
            if (ls > s && is_digit(t[ls - 1]) && !glued)
                break; /* "F1000Res" */
            if (glued || tail_word(t, ls, i) || month_word(t, ls, i))
                i = ls;
            else
                break;
        } else {
            break;
        }
    }
    if (!digits)
        return e;
    while (i < e && !is_digit(t[i]) && !ascii_letter(t[i]))
        i++;
    return i;
}

/* Whether the tail [s,e) is one number and "p" or "pp" after it: a
 * book's page count, as Brazilian and Springer styles print it ("Springer,
 * New York, 179p.", "Unesp, São Paulo, 496 p."); an article's pages put
 * the mark before them ("p. 45-52"). */
static int extent_tail(const char *t, size_t s, size_t e) {
    size_t i = s;
    while (i < e && !is_digit(t[i]))
        if (strchr(" ,;:(", t[i]))
            i++;
        else
            return 0;
    size_t d = i;
    while (i < e && is_digit(t[i]))
        i++;
    if (i == d || (year_at(t, e, d) && i - d == 4))
        return 0;
    if (i < e && t[i] == ' ')
        i++;
    if (i < e && t[i] == 'p')
        i++;
    else
        return 0;
    if (i < e && t[i] == 'p')
        i++;
    while (i < e && (t[i] == '.' || t[i] == ' '))
        i++;
    return i == e;
}

/* Tags year, volume, issue, pages in the tail [s,e). have_year: a year
 * was already found. Returns 1 when the tail holds more than years. */
static int tag_tail(ctx *c, size_t s, size_t e, int *have_year) {
    const char *t = c->t;
    int vol = 0, iss = 0, fp = 0, lp = 0, other = 0;
    char marker = 0; /* 'p' pages, 'v' volume, 'n' issue */
    char prevp = 0;  /* last punctuation before this token */
    size_t i = s;
    span found[16];
    int nf = 0;
    /* "Phys. Rev. Lett. 43, 1566 (1979)": a year in brackets closing the
     * tail is the year, a bare four-digit number between it and the
     * volume a page ("Journal 2019 (2020)", online and print, keeps the
     * first) */
    size_t py = 0;
    for (size_t j = s; j + 5 < e; j++)
        if (t[j] == '(' && year_at(t, e, j + 1) && t[j + 5] == ')')
            py = j + 1;
    while (i < e && nf < 16) {
        /* "eabj3593": an article number's letters, read with its figures */
        size_t run = 0;
        if (ascii_letter(t[i]) && (i == s || strchr(" ,;:.", t[i - 1])))
            while (i + run < e && ascii_letter(t[i + run]) && run <= 4)
                run++;
        int eloc = run >= 2 && run <= 4 && i + run < e && is_digit(t[i + run]) && elocation_letters(t, i, i + run) &&
                   !tail_word(t, i, i + run);
        if (!eloc && ascii_letter(t[i]) && !(i + 1 < e && is_digit(t[i + 1]))) {
            size_t w = i;
            while (w < e && ascii_letter(t[w]))
                w++;
            if (month_word(t, i, w))
                ; /* a date's month: no marker */
            else if (t[i] == 'p' || t[i] == 'P')
                marker = 'p';
            else if (t[i] == 'v' || t[i] == 'V')
                marker = 'v';
            else if (t[i] == 'n' || t[i] == 'N')
                marker = 'n';
            else if (t[i] == 'a' || t[i] == 'A')
                marker = 'p'; /* "article 7", "Article ID e102761" */
            i = w;
            continue;
        }
        size_t d;
        if (!is_digit(t[i]) && !ascii_letter(t[i])) {
            if ((d = dash_at(t, e, i)) != 0) {
                prevp = '-';
                i += d;
            } else {
                if (t[i] != ' ')
                    prevp = t[i];
                i++;
            }
            continue;
        }
        size_t ns = i;
        int letter = ascii_letter(t[i]);
        if (letter)
            i += eloc ? run : 1;
        while (i < e && is_digit(t[i]))
            i++;
        size_t ne = i;
        size_t k = i;
        while (k < e && t[k] == ' ')
            k++;
        char nextp = k < e ? t[k] : 0;
        int nextdash = k < e && dash_at(t, e, k);
        int yearish = !letter && year_at(t, e, ns);
        jfy_node_type ty = JFY_N__COUNT;
        if (yearish && nextdash && marker != 'p' && prevp != ':') {
            size_t k2 = k + dash_at(t, e, k);
            if (year_at(t, e, k2)) {
                /* "2006-2010": a span of years, not pages */
                i = k2 + 4;
                prevp = 0;
                continue;
            }
        }
        if (eloc && !fp)
            ty = nextdash ? JFY_N_FPAGE : JFY_N_ELOCATION, fp = 1;
        else if (prevp == '(' && nextp == ')' && vol && !iss && !fp && !yearish)
            ty = JFY_N_ISSUE, iss = 1;
        else if (yearish && prevp == '(' && nextp == ')' && !*have_year)
            ty = JFY_N_YEAR, *have_year = 1;
        else if (prevp == '(' && nextp == ')' && vol && !iss && !fp)
            ty = JFY_N_ISSUE, iss = 1;
        else if (marker == 'v' && !vol)
            ty = JFY_N_VOLUME, vol = 1;
        else if (marker == 'n' && !iss)
            ty = JFY_N_ISSUE, iss = 1;
        else if (marker == 'p' && !fp)
            ty = JFY_N_FPAGE, fp = 1;
        else if (prevp == '-' && fp && !lp)
            ty = JFY_N_LPAGE, lp = 1;
        /* "2015 (5): 22": a year, then the issue apart from it (the
         * volume left out); "2015(5)" is a volume numbered so */
        /* "J. High Energy Phys. 1511, 157 (2015)": JHEP's volume is the
         * year and month, the year in brackets closing the tail */
        else if (yearish && !*have_year && nextp != ':' && (nextp != '(' || k > ne) &&
                 (py <= ns || (!vol && !(nextp == ',' && prevp == 0))))
            ty = JFY_N_YEAR, *have_year = 1;
        else if (yearish && *have_year && !vol && !fp && nextp != ':' && nextp != '(' && !nextdash)
            ty = JFY_N__COUNT; /* the year again */
        else if (letter && !fp)
            ty = JFY_N_ELOCATION, fp = 1;
        else if (!vol && !fp && prevp != ':' && !nextdash)
            ty = JFY_N_VOLUME, vol = 1;
        else if (!fp)
            ty = JFY_N_FPAGE, fp = 1;
        if (ty != JFY_N__COUNT) {
            found[nf++] = (span){ns, ne, ty};
            if (ty != JFY_N_YEAR)
                other = 1;
        }
        if (ty == JFY_N_FPAGE || ty == JFY_N_VOLUME || ty == JFY_N_ISSUE)
            marker = 0;
        prevp = 0;
    }
    if (!other)
        return 0;
    for (int k = 0; k < nf; k++)
        add(c, found[k].s, found[k].e, found[k].type);
    return 1;
}

/* ---- title, source, publisher ---- */

/* Whether the word ending at e (before a full stop) is an abbreviation
 * that a journal name carries ("Eur.", "Microbiol.", "J."), not the last
 * word of a title: capitalized, short, ending in a consonant. */
static int abbrev_before(const char *t, size_t s, size_t e) {
    size_t ws = e;
    while (ws > s && (ascii_letter(t[ws - 1]) || (unsigned char)t[ws - 1] >= 0x80))
        ws--;
    /* "Chem.–Eur. J.": the word after an en dash */
    if (e - ws > 3 && dash_at(t, e, ws) == 3)
        ws += 3;
    size_t len = e - ws;
    if (len == 0 || len > 11)
        return 0;
    if (!(t[ws] >= 'A' && t[ws] <= 'Z'))
        return 0;
    for (size_t k = ws + 1; k < e; k++)
        if (!(t[k] >= 'a' && t[k] <= 'z'))
            return 0;
    return len <= 4 || !strchr("aeiouy", t[e - 1]);
}

/* Whether the full stop at e closes no sentence: an initial ("L."; only
 * when letters is set), an "e.g.", "et al.", "sp." and the like. */
static int no_stop_before(const char *t, size_t s, size_t e, int letters) {
    size_t ws = e;
    while (ws > s && ascii_letter(t[ws - 1]))
        ws--;
    size_t len = e - ws;
    int alone = ws == s || t[ws - 1] == ' ' || t[ws - 1] == '.';
    if (len == 1 && t[ws] >= 'A' && t[ws] <= 'Z' && alone && letters)
        return 1;
    if (!alone)
        return 0;
    static const char *w[] = {"al", "sp", "spp", "var", "vs", "ca", "cf", "eg", "ie", "subsp", "nov",
                              "Dr", "St", "Mr", "Ms", "Jr", "Inc", "Ltd", "Co", "Corp", "Ed", "Eds", "eds", "ed"};
    /* (two to five letters: other words are not tried against them) */
    for (size_t k = 0; len >= 2 && len <= 5 && k < sizeof w / sizeof *w; k++)
        if (t[ws] == w[k][0] && strlen(w[k]) == len && memcmp(t + ws, w[k], len) == 0)
            return 1;
    if (len == 1 && ws > s && t[ws - 1] == '.')
        return 1; /* "e.g." */
    return 0;
}

#define MAX_STOPS 32

/* Sentence ends in [s,e) outside brackets: the offset where the sentence
 * ends (after "?" or "!", before "."), and where the next one starts. */
static int stops(const char *t, size_t s, size_t e, size_t *end, size_t *next, int letters) {
    int k = 0, depth = 0;
    for (size_t i = s; i + 1 < e && k < MAX_STOPS; i++) {
        /* brackets and sentence ends only: the bytes between in one call */
        if ((i += strcspn(t + i, "()[].?!")) + 1 >= e)
            break;
        char ch = t[i];
        if (ch == '(' || ch == '[')
            depth++;
        else if ((ch == ')' || ch == ']') && depth > 0)
            depth--;
        if (depth || !(ch == '.' || ch == '?' || ch == '!') || t[i + 1] != ' ')
            continue;
        if (ch == '.' && no_stop_before(t, s, i, letters))
            continue;
        /* a species' authority, a lower-case word after it: "Acorus
         * calamus L. in rats" goes on ("Heat transfer. third ed." ends) */
        if (ch == '.' && i + 2 < e && t[i + 2] >= 'a' && t[i + 2] <= 'z' && abbrev_before(t, s, i))
            continue;
        size_t en = ch == '.' ? i : i + 1;
        if (ch == '.' && i > s && (t[i - 1] == '?' || t[i - 1] == '!'))
            en = i;
        size_t nx = i + 1;
        while (nx < e && t[nx] == ' ')
            nx++;
        if (nx >= e)
            break;
        end[k] = en;
        next[k] = nx;
        k++;
    }
    return k;
}

static size_t rtrim(const char *t, size_t s, size_t e) {
    /* "Liege. (2010) 79": the year's bracket goes with the year */
    while (e > s && strchr(" .,;:(", t[e - 1]))
        e--;
    return e;
}

/* Words that only a publisher's name has. */
static int publisher_words(const ctx *c, size_t s, size_t e) {
    static const char *w[] = {"press", "publish", "verlag", "editora", "springer", "elsevier",
                              "wiley", "academic", "books"};
    size_t at;
    for (size_t k = 0; k < sizeof w / sizeof *w; k++)
        if (ci_find(c, e, s, w[k], &at))
            return 1;
    /* "SAGE Publications", "CSLI Publications, Stanford": the word ends
     * a publisher's name; a journal's opens with it ("Publications of
     * the Astronomical Society") */
    for (size_t from = s; ci_find(c, e, from, "publications", &at); from = at + 1)
        if (at > s && c->t[at - 1] == ' ' && !(at + 15 <= e && memcmp(c->low + at + 12, " of", 3) == 0))
            return 1;
    return 0;
}

/* Words an organisation that publishes has in its name ("Institut" for
 * Institute, Instituto, Institution; "Universi" for University,
 * Universidade, Université). */
static int issuer_words(const ctx *c, size_t s, size_t e) {
    static const char *w[] = {"universi", "organization", "organisation", "institut", "ltd", "inc."};
    size_t at;
    if (publisher_words(c, s, e))
        return 1;
    for (size_t k = 0; k < sizeof w / sizeof *w; k++)
        if (ci_find(c, e, s, w[k], &at))
            return 1;
    return 0;
}

/* Whether [s,e), a short sentence after a title with no volume or pages
 * after it, names who issued the work rather than a journal: a publisher
 * or an organisation ("Houghton Mifflin Harcourt", "R Foundation for
 * Statistical Computing, Vienna", "Pew Research Center"); the word for a
 * journal's kind keeps it a journal's name ("Journal of the American
 * Dental Association", "Annals of the Academy"). */
static int issuer_sentence(const ctx *c, size_t s, size_t e) {
    static const char *const w[] = {"foundation", "company", " co.", "associat", "bureau", "council",
                                    "ministry", "agency", "academy", "center", "centre"};
    /* publishers' own names, as whole words ("Humanas" is no Humana) */
    static const char *const names[] = {"routledge", "gruyter", "norton", "harcourt", "mosby", "saunders",
                                        "mcgraw", "blackwell", "karger", "thieme", "lippincott", "humana",
                                        "cabi"};
    static const char *const j[] = {"journal", "annals", "proc", "bull", "trans", "acta", "rev", "arch"};
    size_t at;
    int any = issuer_words(c, s, e);
    for (size_t k = 0; !any && k < sizeof w / sizeof *w; k++)
        any = ci_find(c, e, s, w[k], &at) != NULL;
    for (size_t k = 0; !any && k < sizeof names / sizeof *names; k++)
        for (size_t from = s; !any && ci_find(c, e, from, names[k], &at); from = at + 1) {
            size_t end = at + strlen(names[k]);
            any = (at == s || !ascii_letter(c->t[at - 1])) && (end >= e || !ascii_letter(c->t[end]));
        }
    /* (at a word's start: "Research" is no "Arch.") */
    for (size_t k = 0; any && k < sizeof j / sizeof *j; k++)
        for (size_t from = s; ci_find(c, e, from, j[k], &at); from = at + 1)
            if (at == s || c->t[at - 1] == ' ')
                return 0;
    return any;
}

/* Cities books are published in, as references name them after the
 * publisher ("Earthscan, London", "CABI, Wallingford"): a name there
 * says the part before it is a publisher's, whatever its words. */
static int place_part(const char *t, size_t s, size_t e) {
    static const char *const w[] = {
        "London", "New York", "Oxford", "Cambridge", "Boston", "Berlin", "Paris", "Geneva",
        "Washington", "Amsterdam", "Philadelphia", "Chicago", "Tokyo", "Heidelberg", "Basel",
        "Nairobi", "Rome", "Vienna", "Madrid", "New Delhi", "Delhi", "Singapore", "Toronto",
        "Sydney", "Melbourne", "Stockholm", "Copenhagen", "Zurich", "Leiden", "Dordrecht",
        "Hoboken", "Princeton", "Baltimore", "St. Louis", "San Diego", "San Francisco",
        "Los Angeles", "Edinburgh", "Beijing", "Moscow", "Cape Town", "Wallingford",
        "Oxfordshire", "Abingdon", "Boca Raton", "Stuttgart", "Munich", "Milan", "Barcelona",
        "Bethesda", "Atlanta", "Ottawa", "Montreal", "Brussels", "Rotterdam", "Leipzig",
        "Hamburg", "Frankfurt", "Lausanne", "Bern", "Bangkok", "Mumbai", "Chennai", "Kolkata",
        "Lucknow", "Tehran", "Cairo", "Lagos", "Ibadan", "Accra", "Kampala", "Dar es Salaam",
        "Addis Ababa", "Pretoria", "Johannesburg", "Seoul", "Shanghai", "Hong Kong", "Manila",
        "Jakarta", "Kuala Lumpur", "Mexico City", "Buenos Aires", "São Paulo", "Rio de Janeiro",
        "Santiago", "Lima", "Bogotá", "Lisbon", "Dublin", "Glasgow", "Manchester", "Chichester",
        "Sunderland", "Thousand Oaks", "Newbury Park", "Englewood Cliffs", "Upper Saddle River",
        "Burlington", "Helsinki", "Oslo", "Warsaw", "Prague", "Budapest", "Athens"};
    size_t pe = s;
    while (pe < e && t[pe] != ',')
        pe++;
    while (pe > s && t[pe - 1] == ' ')
        pe--;
    for (size_t k = 0; k < sizeof w / sizeof *w; k++) {
        size_t l = strlen(w[k]);
        if (pe - s == l && memcmp(t + s, w[k], l) == 0)
            return 1;
    }
    return 0;
}

/* Whether [s,pe) reads as a publisher's name: capitalised, a few words,
 * no figures ("Earthscan", "The Royal Society", "James Currey"). */
static int name_part(const char *t, size_t s, size_t pe) {
    if (s >= pe || !(t[s] >= 'A' && t[s] <= 'Z') || pe - s > 60)
        return 0;
    int words = 1;
    for (size_t x = s; x < pe; x++) {
        if (is_digit(t[x]) || t[x] == ':' || t[x] == ';' || t[x] == '(')
            return 0;
        words += t[x] == ' ';
    }
    return words <= 6;
}

/* Whether [s,e) is "Publisher, Place, ...": its first part a name, its
 * second a city books are published in. */
static int name_then_place(const char *t, size_t s, size_t e) {
    const char *cm = memchr(t + s, ',', e - s);
    if (!cm)
        return 0;
    size_t pe = (size_t)(cm - t), ps = pe + 1;
    while (ps < e && t[ps] == ' ')
        ps++;
    return name_part(t, s, pe) && place_part(t, ps, e);
}

/* "Book Title, Some University Press, City, Country": the first part
 * after a comma (not the first part) that names a publisher, by its
 * words or by the place after it; its start, 0 when none. */
static size_t issuer_part(const ctx *c, size_t s, size_t e) {
    const char *t = c->t;
    for (size_t x = s + 1; x + 2 < e; x++) {
        if (t[x] != ',' || t[x + 1] != ' ')
            continue;
        size_t ps = x + 2, pe = ps;
        while (pe < e && !(t[pe] == ',' && pe + 1 < e && t[pe + 1] == ' '))
            pe++;
        if (ps < e && t[ps] >= 'A' && t[ps] <= 'Z' && (issuer_words(c, ps, pe) || name_then_place(t, ps, e)))
            return ps;
    }
    return 0;
}

/* An edition statement at i, as a book's reference prints it before its
 * publisher ("5th ed.", "2nd edn", "3 ed.", "4th Edition"): its end (the
 * word's, before its full stop), i when none. */
static size_t edition_end(const char *t, size_t i, size_t e) {
    static const char *const ord[] = {"first", "second", "third", "fourth", "fifth", "sixth"};
    size_t j = i;
    while (j < e && j - i < 3 && is_digit(t[j]))
        j++;
    if (j > i) {
        while (j < e && j - i < 6 && ascii_letter(t[j]))
            j++; /* "th", "nd", the ordinal's letters */
    } else {
        /* (the ordinals open with "f", "s" or "t") */
        char f = i < e ? (char)(t[i] | 0x20) : 0;
        for (size_t k = 0; (f == 'f' || f == 's' || f == 't') && k < sizeof ord / sizeof *ord && j == i; k++) {
            size_t l = strlen(ord[k]);
            if (i + l < e && jfyp_strnieq(t + i, ord[k], l) && t[i + l] == ' ')
                j = i + l;
        }
        if (j == i)
            return i;
    }
    if (j >= e || t[j] != ' ')
        return i;
    j++;
    static const char *const w[] = {"edition", "Edition", "edn", "Edn", "ed", "Ed"};
    for (size_t k = 0; k < sizeof w / sizeof *w; k++) {
        size_t l = strlen(w[k]);
        if (j + l <= e && memcmp(t + j, w[k], l) == 0 && (j + l == e || strchr(".,; ", t[j + l])))
            return j + l;
    }
    return i;
}

/* "City: Publisher" or "Publisher, City" as a sentence; an edition
 * before them ("5th ed. Burlington: Elsevier") is the book's too. */
static int publisher_after(ctx *c, size_t s, size_t e, int book);

static int publisher(ctx *c, size_t s, size_t e) {
    size_t ed = edition_end(c->t, s, e);
    if (ed == s)
        return publisher_after(c, s, e, 0);
    size_t ps = skip_seps(c->t, e, ed);
    if (ps >= e || !publisher_after(c, ps, e, 1))
        return 0;
    add(c, s, ed, JFY_N_EDITION);
    return 1;
}

/* book: the entry is known a book (an edition came before), so an
 * institution's name may be the publisher's too; 2: an organisation's
 * (issuer_sentence) too. */
static int publisher_after(ctx *c, size_t s, size_t e, int book) {
    const char *t = c->t;
    if (e - s > 120)
        return 0;
    size_t comma;
    int named = book == 2 ? issuer_sentence(c, s, e) : book ? issuer_words(c, s, e) : publisher_words(c, s, e);
    if (named && !memchr(t + s, ':', e - s)) {
        /* "Oxford University Press, Oxford" */
        const char *cm = memchr(t + s, ',', e - s);
        comma = cm ? (size_t)(cm - t) : e;
        if (cm && place_part(t, s, e)) {
            /* "London, SAGE Publications": the place first */
            add(c, s, comma, JFY_N_PUBLISHER_LOC);
            add(c, skip_seps(t, e, comma), rtrim(t, comma, e), JFY_N_PUBLISHER_NAME);
            return 1;
        }
        add(c, s, comma, JFY_N_PUBLISHER_NAME);
        if (cm)
            add(c, skip_seps(t, e, comma), rtrim(t, comma, e), JFY_N_PUBLISHER_LOC);
        return 1;
    }
    for (size_t i = s; i + 1 < e; i++)
        if (t[i] == ':' && t[i + 1] == ' ' && i - s >= 2 && i - s <= 40) {
            for (size_t k = s; k < i; k++)
                if (is_digit(t[k]))
                    return 0;
            add(c, s, i, JFY_N_PUBLISHER_LOC);
            add(c, i + 2, rtrim(t, i + 2, e), JFY_N_PUBLISHER_NAME);
            return 1;
        }
    return 0;
}

/* An opening quotation mark at i ("“" or a straight one): its length. */
static size_t open_quote_at(const char *t, size_t n, size_t i) {
    if (i < n && t[i] == '"')
        return 1;
    if (i + 2 < n && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
        (unsigned char)t[i + 2] == 0x9C)
        return 3;
    return 0;
}

/* The closing mark for an opening one of length ql, from i on, before
 * e: its offset, or e when none. */
static size_t close_quote(const char *t, size_t i, size_t e, size_t ql) {
    for (size_t k = i; k < e; k++) {
        if (ql == 1 && t[k] == '"')
            return k;
        if (ql == 3 && k + 2 < e + 3 && (unsigned char)t[k] == 0xE2 && (unsigned char)t[k + 1] == 0x80 &&
            (unsigned char)t[k + 2] == 0x9D)
            return k;
    }
    return e;
}

/* A title in quotation marks right after the authors ("A. Abel, “Title
 * of the paper,” Journal Name, vol. 3, ..."), the style of engineering
 * and many numbered lists: the marks bound the title whatever its
 * punctuation; the container follows ("in" a book's, up to its first
 * comma). Returns the type, NULL when the head has no such title. */
static const char *quoted_head(ctx *c, size_t s, size_t e, int journal) {
    const char *t = c->t;
    size_t ql = open_quote_at(t, e, s);
    if (!ql)
        return NULL;
    size_t q = close_quote(t, s + ql, e, ql);
    if (q >= e || q <= s + ql + 1)
        return NULL;
    size_t te = rtrim(t, s + ql, q);
    if (te <= s + ql)
        return NULL;
    size_t r = q + ql;
    /* A quoted word opening a longer title ("“Green” nanotechnologies:
     * synthesis of ...", "“Sweet Dani”: a new basil"): the title goes on
     * after the mark; a quoted title ends with punctuation inside or
     * right after its mark, or the container follows with "in". */
    if (!strchr(",.?!", t[q - 1]) && r < e && !strchr(",.;", t[r]) &&
        !(r + 4 < e && t[r] == ' ' && (t[r + 1] == 'i' || t[r + 1] == 'I') && t[r + 2] == 'n' &&
          (t[r + 3] == ' ' || t[r + 3] == ':')))
        return NULL;
    while (r < e && (t[r] == ' ' || t[r] == ',' || t[r] == '.'))
        r++;
    int in = 0;
    if (r + 3 < e && (t[r] == 'i' || t[r] == 'I') && t[r + 1] == 'n' && (t[r + 2] == ' ' || t[r + 2] == ':')) {
        in = 1;
        r += 2;
        while (r < e && (t[r] == ' ' || t[r] == ':'))
            r++;
    }
    add(c, s + ql, te, in ? JFY_N_CHAPTER_TITLE : JFY_N_ARTICLE_TITLE);
    size_t se = e;
    if (in || !journal) {
        const char *cm = memchr(t + r, ',', e - r);
        if (cm)
            se = (size_t)(cm - t);
    }
    se = rtrim(t, r, se);
    /* "Group, “Report title,” 2016": a year alone after the title is
     * its date, no container */
    if (se == r + 4 && year_at(t, se, r))
        add(c, r, se, JFY_N_YEAR);
    else if (se > r)
        add(c, r, se, JFY_N_SOURCE);
    return in ? "book" : journal ? "journal" : "other";
}

/* Whether [s,e) is only a journal's abbreviated name: a few capitalised
 * words, each but the last closed by a full stop ("J. Infect. Dis",
 * "Proc. Natl. Acad. Sci. USA"). */
static int abbrev_words_only(const char *t, size_t s, size_t e) {
    int words = 0, whole = 0, dotted = 0;
    for (size_t x = s; x < e;) {
        /* "Nature (London)", "Arch. Intern. Med. (Moscow)": a place */
        int place = t[x] == '(' && x + 1 < e && t[x + 1] >= 'A' && t[x + 1] <= 'Z';
        size_t w = x;
        while (w < e && t[w] != ' ')
            w++;
        /* "J. Soc. Ouest Afr. de Chim.": a joining word inside the name */
        if (words && w < e && joining_word(t + x, w - x)) {
            x = w + 1;
            continue;
        }
        if (!(t[x] >= 'A' && t[x] <= 'Z') && !place)
            return 0;
        words++;
        /* a word or two in full: "Emerging Infect. Dis." */
        if (w < e && t[w - 1] != '.' && !place && ++whole > 2)
            return 0;
        dotted += w < e && t[w - 1] == '.';
        x = w + 1;
    }
    /* "Corrigendum. Insect Mol Biol": a title, then a name without dots */
    return words >= 1 && words <= 8 && whole <= dotted;
}

/* Whether the full stop at d closes a taxon's name: "Taxus spp.",
 * "Psoralea corylifolia L." (genus, epithet, the authority's initial). */
static int taxon_end(const char *t, size_t s, size_t d) {
    size_t w = d;
    while (w > s && ascii_letter(t[w - 1]))
        w--;
    size_t len = d - w;
    if ((len == 2 && memcmp(t + w, "sp", 2) == 0) || (len == 3 && memcmp(t + w, "spp", 3) == 0))
        return 1;
    if (len != 1 || !(t[w] >= 'A' && t[w] <= 'Z') || w < s + 2 || t[w - 1] != ' ')
        return 0;
    size_t e2 = w - 1, w2 = e2;
    while (w2 > s && t[w2 - 1] >= 'a' && t[w2 - 1] <= 'z')
        w2--;
    if (e2 - w2 < 4 || w2 < s + 2 || t[w2 - 1] != ' ')
        return 0;
    size_t w3 = w2 - 1;
    while (w3 > s && ascii_letter(t[w3 - 1]))
        w3--;
    return t[w3] >= 'A' && t[w3] <= 'Z' && w2 - 1 - w3 >= 3;
}

/* Whether [x,e), a journal's name of one dotted word, shows it an
 * abbreviation: the word is short ("Sol. Energy 12 (1990)", "Tree Genet.
 * Genomes, 13"); "Brasil. Iheringia, 73" is a place, then the journal. */
static int short_abbrev_journal(const char *t, size_t x, size_t e) {
    if (t[e] != ' ' && t[e] != ',')
        return 0;
    for (size_t w = x; w < e;) {
        size_t v = w;
        while (v < e && t[v] != ' ' && t[v] != '.')
            v++;
        if (v < e && t[v] == '.' && v - w >= 2 && v - w <= 5)
            return 1;
        while (v < e && t[v] != ' ')
            v++;
        w = v + 1;
    }
    return 0;
}

/* Longest journal's name read as the last sentence before a lone year. */
#define LONE_JOURNAL_MAX 40
/* Words such a name has at most. */
#define LONE_JOURNAL_WORDS 5

/* Whether the last sentence of [s,e), after another ("Title. Hum Pathol"),
 * reads as a journal's name: a few capitalised words of letters, maybe
 * abbreviated, nothing else. */
static int journal_sentence(const char *t, size_t s, size_t e) {
    size_t ls = e;
    while (ls > s + 1 && !((t[ls - 2] == '.' || t[ls - 2] == '?') && t[ls - 1] == ' '))
        ls--;
    if (ls <= s + 1 || e - ls > LONE_JOURNAL_MAX || e == ls)
        return 0;
    int words = 0;
    for (size_t x = ls; x < e;) {
        if (!(t[x] >= 'A' && t[x] <= 'Z'))
            return 0;
        size_t w = x;
        while (w < e && t[w] != ' ') {
            if (!ascii_letter(t[w]) && t[w] != '.' && t[w] != '-' && t[w] != '&')
                return 0;
            w++;
        }
        if (++words > LONE_JOURNAL_WORDS)
            return 0;
        x = w < e ? w + 1 : w;
    }
    return words > 0;
}

/* Whether [s,e) reads as a title's sentence, not a journal's words: four
 * words or more, one of them in lower case or with figures. */
static int title_sentence(const char *t, size_t s, size_t e) {
    int words = 0, low = 0;
    for (size_t x = s; x < e; x++)
        if (x == s || t[x - 1] == ' ') {
            words++;
            low |= t[x] >= 'a' && t[x] <= 'z';
        } else {
            low |= is_digit(t[x]); /* a price, a page count */
        }
    return words >= 4 && low;
}

/* Whether [r,e) after a comma is the section of a journal's name, as
 * CAS abbreviations print it ("Cytometry, Part A", "Colloids Surf., B",
 * "Acta Crystallogr., Sect. E"), no journal of its own. */
static int section_mark(const char *t, size_t r, size_t e) {
    if (e - r == 1)
        return t[r] >= 'A' && t[r] <= 'Z';
    return e - r <= 8 && (starts_with(t, e, r, "Part ") || starts_with(t, e, r, "Sect. "));
}

/* "Title of the paper, Appl. Energy 270 (2020) 1": no full stop between
 * title and journal, the journal's name after the last comma. Returns 1
 * when [s,e) splits so. */
static int comma_split(ctx *c, size_t s, size_t e) {
    const char *t = c->t;
    size_t cm = e;
    for (size_t x = e; x > s + 1; x--)
        if (t[x - 2] == ',' && t[x - 1] == ' ') {
            cm = x - 2;
            break;
        }
    size_t l;
    int cp = cm < e ? cp_at(t, e, cm + 2, &l) : 0;
    if (cm < e && section_mark(t, cm + 2, e))
        return 0;
    if (cm < e && cm > s && e - (cm + 2) <= 80 && cp && is_up(cp)) {
        add(c, s, cm, JFY_N_ARTICLE_TITLE);
        add(c, cm + 2, e, JFY_N_SOURCE);
        return 1;
    }
    return 0;
}

/* Whether "In" before i opens a Latin phrase, not a container: "In
 * vitro", "In vivo", "In situ", "In silico". */
static int latin_in(const char *t, size_t i, size_t e) {
    static const char *const w[] = {"vitro", "vivo", "situ", "silico"};
    for (size_t k = 0; k < sizeof w / sizeof *w; k++) {
        size_t l = strlen(w[k]);
        if (i + l <= e && memcmp(t + i, w[k], l) == 0 && (i + l == e || !ascii_letter(t[i + l])))
            return 1;
    }
    return 0;
}

/* Names the author list did not read, closed by "et al." before the
 * title ("Jayamathi, RamaKrishnan, et al. Title", "da Silva MARCP,
 * Froehlich DL, et al. Title", "Aad et al., Title"): where the title
 * starts after them, s when the head opens with no such run. Every word
 * before it is capitalised or a name's particle ("de", "van der"), so a
 * title that cites a paper ("Comment on Smith et al.") keeps it. */
static size_t after_etal(const char *t, size_t s, size_t e) {
    size_t x = s;
    for (int words = 0; x + 7 < e && words < 40; words++) {
        if (t[x] == 'e' && t[x + 1] == 't' && t[x + 2] == ' ' && t[x + 3] == 'a' && t[x + 4] == 'l' &&
            t[x + 5] == '.' && words > 0) {
            x += 6;
            while (x < e && (t[x] == ' ' || t[x] == ',' || t[x] == ':' || t[x] == ';'))
                x++;
            return x < e && !(t[x] >= 'a' && t[x] <= 'z') ? x : s;
        }
        size_t w = x;
        while (w < e && t[w] != ' ')
            w++;
        if (!((unsigned char)t[x] >= 0x80 || (t[x] >= 'A' && t[x] <= 'Z') || is_particle(t, x, w)))
            return s;
        /* a sentence's end before it: the title's, not a name's
         * ("Title of it. Smith A, et al.") */
        if (w - x > 3 && t[w - 1] == '.' && t[w - 2] >= 'a' && t[w - 2] <= 'z' && t[w - 3] >= 'a' &&
            t[w - 3] <= 'z' && t[w - 4] >= 'a' && t[w - 4] <= 'z')
            return s;
        if (w >= e)
            return s;
        x = w + 1;
    }
    return s;
}

/* Bytes of an abbreviated word of a journal's name, at most. */
#define ABBREV_WORD_MAX 13

/* Bytes of a group's name before a quoted title, at most. */
#define GROUP_QUOTE_MAX 120

/* Whether [s,d) (d a full stop) is abbreviated words only, each closed
 * by its stop ("Z. anorg. allg", "J. Chem. Soc", with one also
 * "Gastrointest"): the first capitalised, none longer than an
 * abbreviation is, at most four. */
static int dotted_words(const char *t, size_t s, size_t d, int one) {
    int words = 0;
    for (size_t x = s; x < d;) {
        size_t w = x;
        while (w < d && t[w] != ' ')
            w++;
        if (w - x > ABBREV_WORD_MAX || !ascii_letter(t[x]) || (x == s && !(t[x] >= 'A' && t[x] <= 'Z')))
            return 0;
        for (size_t y = x; y + 1 < w; y++)
            if (!ascii_letter(t[y]))
                return 0;
        if (w < d && t[w - 1] != '.')
            return 0;
        words++;
        x = w + 1;
    }
    return words > 1 ? words <= 4 : words == 1 && one;
}

/* Bytes of a book's place in the bracket its year closes. */
#define PLACE_MAX 30

/* The head [s,e): what sits between the authors/year and the numbers. */
static const char *head(ctx *c, size_t s, size_t e, int journal) {
    const char *t = c->t;
    e = rtrim(t, s, e);
    if (e <= s)
        return "other";
    /* (the names the author list left) */
    s = after_etal(t, s, e);
    /* "Book Title, (New York, 1995)": the bracket the year closes opens
     * on the book's place, its title before it */
    if (!journal) {
        size_t op = e;
        while (op > s && e - op <= PLACE_MAX && t[op - 1] != '(' && t[op - 1] != ')' && !is_digit(t[op - 1]))
            op--;
        if (op > s + 1 && t[op - 1] == '(' && t[op - 2] == ' ' && op < e && t[op] >= 'A' && t[op] <= 'Z') {
            size_t te = op - 2;
            while (te > s && (t[te - 1] == ',' || t[te - 1] == ' '))
                te--;
            if (te > s) {
                /* "(Springer, Berlin, 2004)": the publisher, its place */
                const char *cm = memchr(t + op, ',', e - op);
                size_t ls = cm ? skip_seps(t, e, (size_t)(cm - t)) : op;
                if (cm && ls < e)
                    add(c, op, (size_t)(cm - t), JFY_N_PUBLISHER_NAME);
                add(c, ls < e ? ls : op, e, JFY_N_PUBLISHER_LOC);
                add(c, s, te, JFY_N_SOURCE);
                return "book";
            }
        }
    }
    const char *qt = quoted_head(c, s, e, journal);
    if (qt)
        return qt;
    size_t at;
    /* A chapter: "Chapter title. In: Editors (eds) Book. Place: Publisher" */
    /* also "Chapter title, in: A. Editor (Eds.), Book, Publisher" */
    /* ("Acorus calamus L. in rats": a lower-case "in" without a colon
     * goes on with the title) */
    int in = 0;
    /* ("... blinking. In vitro study of ...": Latin that opens a
     * subtitle) */
    for (size_t from = s; !in && ci_find(c, e, from, ". in", &at) && at + 4 < e; from = at + 1)
        in = t[at + 4] == ':' || (t[at + 4] == ' ' && t[at + 2] == 'I' && !latin_in(t, at + 5, e));
    if (in || (ci_find(c, e, s, ", in: ", &at) && at > s)) {
        add(c, s, at, JFY_N_CHAPTER_TITLE);
        size_t b = at + 4;
        while (b < e && (t[b] == ':' || t[b] == ' '))
            b++;
        /* MDPI's and ACS's chapters: "In Book; Editor, A., Ed.;
         * Publisher: City, Country": the book ends at the semicolon */
        const char *sm = find(t + b, e - b, "; ", 2);
        if (sm) {
            size_t semi = (size_t)(sm - t), ps = semi + 2;
            const char *sm2 = find(t + ps, e - ps, "; ", 2);
            if (sm2 && ((sm2 - t >= (ptrdiff_t)ps + 3 && memcmp(sm2 - 3, "Ed.", 3) == 0) ||
                        (sm2 - t >= (ptrdiff_t)ps + 4 && memcmp(sm2 - 4, "Eds.", 4) == 0)))
                ps = (size_t)(sm2 - t) + 2;
            size_t colon = ps;
            while (colon < e && colon - ps <= 60 && t[colon] != ':' && t[colon] != ';')
                colon++;
            if (colon + 1 < e && t[colon] == ':' && t[colon + 1] == ' ' && colon > ps && t[ps] >= 'A' &&
                t[ps] <= 'Z') {
                add(c, b, rtrim(t, b, semi), JFY_N_SOURCE);
                add(c, ps, colon, JFY_N_PUBLISHER_NAME);
                add(c, colon + 2, rtrim(t, colon + 2, e), JFY_N_PUBLISHER_LOC);
                return "book";
            }
        }
        size_t ed;
        const char *eds[] = {"(eds", "(ed", "editors", "editor", "eds.", "ed."};
        for (size_t k = 0; k < sizeof eds / sizeof *eds; k++)
            if (ci_find(c, e, b, eds[k], &ed)) {
                size_t x = ed;
                while (x < e && t[x] != ')' && t[x] != ' ')
                    x++;
                while (x < e && (t[x] == ')' || t[x] == '.' || t[x] == ',' || t[x] == ' '))
                    x++;
                b = x;
                break;
            }
        size_t en[MAX_STOPS], nx[MAX_STOPS];
        int k = stops(t, b, e, en, nx, 1);
        if (k == 0) {
            add(c, b, e, JFY_N_SOURCE);
        } else {
            add(c, b, en[0], JFY_N_SOURCE);
            publisher(c, nx[k - 1], e);
        }
        return "book";
    }
    /* A book's edition after its title, more after it ("Title. 2nd ed.
     * Boca Raton: CRC", "Title, 3rd ed., Institute, City", "Title. 5th
     * edition. Vol. 2"): the title ends before it */
    for (size_t x = s + 4; x + 4 < e; x++) {
        /* after a space only: from space to space */
        const char *sp = memchr(t + x - 1, ' ', e - (x - 1));
        if (!sp || (x = (size_t)(sp - t) + 1) + 4 >= e)
            break;
        if (t[x - 2] != ',' && t[x - 2] != '.')
            continue;
        size_t ee = edition_end(t, x, e);
        size_t r = skip_seps(t, e, ee);
        if (ee == x || r >= e)
            continue; /* "Title, 2nd ed." alone: the edition may be the title's */
        add(c, s, rtrim(t, s, x - 2), JFY_N_SOURCE);
        add(c, x, ee, JFY_N_EDITION);
        publisher_after(c, r, e, 1);
        return "book";
    }
    /* PNAS's books: "Title (Publisher, City)": the parentheses at the
     * end name the publisher and its place */
    if (!journal && e - s > 8 && t[e - 1] == ')') {
        size_t op = e - 2;
        while (op > s && t[op] != '(' && t[op] != ')')
            op--;
        size_t cm = e - 1;
        while (cm > op && !(t[cm] == ',' && t[cm + 1] == ' '))
            cm--;
        if (t[op] == '(' && op > s + 3 && t[op - 1] == ' ' && cm > op + 1 && t[op + 1] >= 'A' && t[op + 1] <= 'Z' &&
            t[cm + 2] >= 'A' && t[cm + 2] <= 'Z') {
            size_t first = op + 1;
            while (first < cm && !(t[first] == ',' && t[first + 1] == ' '))
                first++;
            add(c, s, rtrim(t, s, op), JFY_N_SOURCE);
            add(c, op + 1, first, JFY_N_PUBLISHER_NAME);
            add(c, first + 2, e - 1, JFY_N_PUBLISHER_LOC);
            return "book";
        }
    }
    /* MDPI's books: "Title; Publisher: City, Country" (the year after,
     * maybe pages: a journal's tail): the first part after a semicolon
     * that runs to a colon names the publisher, its place after the
     * colon; the title ends at the first semicolon ("Title; Series;
     * Press: London, UK", "Station; Lawrence, KS, 1957-1990; University:
     * Lawrence"); editors before the title end with "Eds.;" */
    {
        size_t bs = s, te = 0;
        int depth = 0; /* "Campylocentrum (Vandeae; Orchidaceae): Notes" */
        for (size_t semi = s + 1; semi + 2 < e; semi++) {
            /* only brackets and semicolons matter: the bytes between are
             * passed in one call */
            if ((semi += strcspn(t + semi, "()[];")) + 2 >= e)
                break;
            depth += (t[semi] == '(' || t[semi] == '[') - ((t[semi] == ')' || t[semi] == ']') && depth > 0);
            if (depth || t[semi] != ';' || t[semi + 1] != ' ')
                continue;
            if ((semi >= s + 3 && memcmp(t + semi - 3, "Ed.", 3) == 0) ||
                (semi >= s + 4 && memcmp(t + semi - 4, "Eds.", 4) == 0)) {
                if (!te)
                    bs = semi + 2;
                continue;
            }
            if (!te)
                te = semi;
            size_t colon = semi + 2;
            while (colon < e && colon - semi <= 60 && t[colon] != ':' && t[colon] != ';')
                colon++;
            if (colon + 1 >= e || t[colon] != ':' || t[colon + 1] != ' ' || colon - semi > 60)
                continue;
            size_t ps = semi + 2;
            int digits = 0;
            /* "Water; Beyond Solid, Liquid. Seattle: Ebner": a subtitle */
            for (size_t x = ps; x < colon; x++)
                digits |= is_digit(t[x]) || (t[x] == '.' && x + 1 < colon && t[x + 1] == ' ' && x - ps > 4);
            if (digits || !(t[ps] >= 'A' && t[ps] <= 'Z') || (journal && e - (colon + 2) > 80))
                continue;
            add(c, bs, rtrim(t, bs, te), JFY_N_SOURCE);
            add(c, ps, colon, JFY_N_PUBLISHER_NAME);
            add(c, colon + 2, rtrim(t, colon + 2, e), JFY_N_PUBLISHER_LOC);
            return "book";
        }
    }
    size_t en[MAX_STOPS], nx[MAX_STOPS];
    int k = stops(t, s, e, en, nx, 1);
    if (k == 0 && journal) {
        k = stops(t, s, e, en, nx, 0); /* "... gene S. J Bacteriol" */
        /* "J. High Energy Phys. 10 (2018) 015": a journal's name opened
         * by "J.", no one-letter title before it */
        if (k > 0 && en[0] == s + 1) {
            memmove(en, en + 1, (size_t)(k - 1) * sizeof *en);
            memmove(nx, nx + 1, (size_t)(k - 1) * sizeof *nx);
            k--;
        }
    }
    if (k == 0) {
        /* "Book Title, Publisher, City, 2002, p. 440." */
        size_t ps = issuer_part(c, s, e);
        if (ps) {
            add(c, s, rtrim(t, s, ps - 2), JFY_N_SOURCE);
            const char *cm = memchr(t + ps, ',', e - ps);
            size_t pe = cm ? (size_t)(cm - t) : e;
            add(c, ps, pe, JFY_N_PUBLISHER_NAME);
            if (cm && skip_seps(t, e, pe) < e)
                add(c, skip_seps(t, e, pe), rtrim(t, pe, e), JFY_N_PUBLISHER_LOC);
            return "book";
        }
    }
    if (k == 0 && journal) {
        /* "Title, Thermomonospora sp. Langmuir": the taxon's full stop,
         * none that ends a sentence, ends the title; every word after it
         * capitalised, the journal's name */
        for (size_t x = e; x > s + 2; x--) {
            if (!(t[x - 2] == '.' && t[x - 1] == ' ' && taxon_end(t, s, x - 2)))
                continue;
            int words = 0, caps = 1;
            for (size_t y = x; y < e; y++)
                if (y == x || t[y - 1] == ' ') {
                    words++;
                    caps &= t[y] >= 'A' && t[y] <= 'Z';
                }
            if (caps && words <= 6) {
                add(c, s, x - 1, JFY_N_ARTICLE_TITLE);
                add(c, x, e, JFY_N_SOURCE);
                return "journal";
            }
            break;
        }
    }
    if (k == 0 && journal && comma_split(c, s, e))
        return "journal";
    if (k == 0) {
        add(c, s, e, JFY_N_SOURCE);
        return journal ? "journal" : "book";
    }
    if (journal) {
        int pick = k - 1;
        while (pick > 0 && abbrev_before(t, s, en[pick]))
            pick--;
        if (abbrev_before(t, s, en[pick]) && pick == 0 && abbrev_words_only(t, s, e)) {
            /* every stop closes an abbreviation: the journal name is all
             * ("J. Infect. Dis.", "Nat. Med.") */
            add(c, s, e, JFY_N_SOURCE);
            return "journal";
        }
        if (abbrev_before(t, s, en[pick]) && pick == 0) {
            /* "Title of the paper, Wildl. Soc. Bull. 22 (1994)": no stop
             * ends the title, a comma does, the abbreviated journal after
             * it (the rightmost comma whose rest is one, of two dotted
             * words at least, its last closed so too: "..., Mato Grosso,
             * Brasil. Iheringia, 73" ends its title at the place) */
            size_t w0 = en[0];
            while (w0 > s && t[w0 - 1] != ' ')
                w0--;
            int dots = t[e] == '.'; /* "Biol. Conserv. 12 (2000)" */
            for (size_t x = w0; x + 1 < e; x++)
                dots += t[x] == '.' && t[x + 1] == ' ';
            for (size_t x = w0; x > s + 1; x--) {
                dots += t[x - 2] == '.' && t[x - 1] == ' ';
                if (t[x - 2] == ',' && t[x - 1] == ' ' && (dots >= 2 || short_abbrev_journal(t, x, e)) &&
                    abbrev_words_only(t, x, e) && !section_mark(t, x, e)) {
                    add(c, s, x - 2, JFY_N_ARTICLE_TITLE);
                    add(c, x, e, JFY_N_SOURCE);
                    return "journal";
                }
            }
            /* "... cultures of Taxus spp. Biotechnol. Adv. 2014": the
             * title ends with a taxon's name, its full stop none that
             * ends a sentence, the journal after it */
            for (size_t x = w0; x > s + 2; x--)
                if (t[x - 2] == '.' && t[x - 1] == ' ' && taxon_end(t, s, x - 2) && abbrev_words_only(t, x, e)) {
                    add(c, s, x - 1, JFY_N_ARTICLE_TITLE);
                    add(c, x, e, JFY_N_SOURCE);
                    return "journal";
                }
        }
        /* "Title. Geneva, Switzerland: WHO 1999; 1: 95-104.": a book
         * with its place and publisher, its pages after the year; an
         * edition before the place says so too ("Title. 2nd ed. Lucknow:
         * Institute; 2010. p. 28-47") */
        size_t last = nx[k - 1], colon = last;
        while (colon < e && t[colon] != ':')
            colon++;
        if (colon + 1 < e && t[colon + 1] == ' ' && colon - last <= 40 &&
            (memchr(t + last, ',', colon - last) || publisher_words(c, colon, e) || issuer_sentence(c, colon, e) ||
             edition_end(t, last, e) > last) &&
            publisher(c, last, e)) {
            add(c, s, rtrim(t, s, en[k - 1]), JFY_N_SOURCE);
            return "book";
        }
        /* "Title: Part One. Subtitle of It. J. Chem. Phys. 83": a title
         * of two sentences, their last words capitalised as Title Case
         * prints them (read as abbreviations above); the journal is the
         * first run of abbreviated words that ends the head */
        if (!abbrev_words_only(t, nx[pick], e))
            for (int j = pick + 1; j < k; j++)
                if (abbrev_words_only(t, nx[j], e) && memchr(t + nx[j], '.', e - nx[j])) {
                    /* what moves to the title reads as a sentence: four
                     * words or more, one in lower case ("Colloids Surf, A
                     * Physicochem. Eng. Asp." is all the journal's) */
                    if (title_sentence(t, nx[pick], en[j]))
                        pick = j;
                    break;
                }
        /* "Pavoine S. 2018. adiv: Analysis of Diversity. R package
         * version 1.2.": a program as CRAN cites it, its title the
         * source, the numbers after its version's, no journal's */
        if (starts_with(t, e, nx[k - 1], "R package ")) {
            add(c, s, en[k - 1], JFY_N_SOURCE);
            return "software";
        }
        /* "Gastrointest. Endosc. 2003, 57", "Z. anorg. allg. Chem. 2015,
         * 641", "J. Chem. Soc. Dalton Trans. 1973": what would be the
         * title is abbreviations only, each word closed by its stop, the
         * journal's name all of the head (chemistry's styles print no
         * titles; one such word only after the names' comma: "Abel J.
         * Obesity. Lancet" has a title of one word) */
        if (dotted_words(t, s, en[pick], s > 1 && t[s - 2] == ',' && t[s - 1] == ' ')) {
            add(c, s, e, JFY_N_SOURCE);
            return "journal";
        }
        add(c, s, en[pick], JFY_N_ARTICLE_TITLE);
        add(c, nx[pick], e, JFY_N_SOURCE);
        return "journal";
    }
    /* (an organisation as the publisher: "Title. Pew Research Center.",
     * "Title. R Foundation for Statistical Computing, Vienna") */
    if (publisher(c, nx[k - 1], e) || publisher_after(c, nx[k - 1], e, 2)) {
        add(c, s, rtrim(t, s, en[k - 1]), JFY_N_SOURCE);
        return "book";
    }
    const char *cm = c->extent ? memchr(t + nx[k - 1], ',', e - nx[k - 1]) : NULL;
    if (cm) {
        /* a book by its page count: "Title. Unesp/IRD, São Paulo", the
         * last sentence its publisher and place when a comma parts it */
        size_t comma = (size_t)(cm - t);
        add(c, s, rtrim(t, s, en[k - 1]), JFY_N_SOURCE);
        add(c, nx[k - 1], comma, JFY_N_PUBLISHER_NAME);
        add(c, skip_seps(t, e, comma), rtrim(t, comma, e), JFY_N_PUBLISHER_LOC);
        return "book";
    }
    /* No numbers: "Title. Container." when the last sentence is short
     * enough to name a container; a question and its answer, or a long
     * last sentence, read as one title ("Why so slow?. The Economist":
     * the style's full stop after the question ends the title). */
    size_t words = 1;
    for (size_t x = nx[k - 1]; x < e; x++)
        words += t[x] == ' ';
    int asked = (t[en[k - 1] - 1] == '?' || t[en[k - 1] - 1] == '!') && t[en[k - 1]] != '.';
    /* a medium after it, a volume after the date cited, names the last
     * sentence a journal however long ("Rev Sci Tech Off Int Epiz
     * [Internet]. 2008 [cited 2024 Apr 14];27(2):563-80") */
    const char *cited = medium_tail(c->low, nx[k - 1], e) ? strstr(t + e, "];") : NULL;
    int medium = cited && cited - (t + e) < 40 && is_digit(cited[2]);
    if ((words > 6 && !medium) || asked) {
        add(c, s, e, JFY_N_SOURCE);
        return "other";
    }
    add(c, s, en[k - 1], JFY_N_ARTICLE_TITLE);
    add(c, nx[k - 1], e, JFY_N_SOURCE);
    return "other";
}

/* A book's title that closes with its edition or its volume, as APA
 * and Vancouver print them ("Title (2nd ed.). Routledge", "Title (1st
 * edition)", "Flora of the Ghats, Vol. 3. New Delhi: Regency"): the
 * title stops before them, and they are tagged edition and volume. */
static void book_title_tail(ctx *c, int sk) {
    const char *t = c->t;
    size_t s = c->sp[sk].s, e = c->sp[sk].e;
    if (e - s < 12)
        return;
    if (t[e - 1] == ')') {
        size_t op = e - 1;
        while (op > s && e - op < 24 && t[op] != '(')
            op--;
        if (t[op] != '(' || op < s + 4 || t[op - 1] != ' ')
            return;
        size_t ee = edition_end(t, op + 1, e - 1);
        if (ee == op + 1 || !(ee == e - 1 || (ee + 1 == e - 1 && t[ee] == '.')))
            return;
        c->sp[sk].e = rtrim(t, s, op);
        add(c, op + 1, ee, JFY_N_EDITION);
        return;
    }
    size_t cm = e;
    while (cm > s && e - cm < 16 && !(t[cm] == ',' && t[cm + 1] == ' '))
        cm--;
    if (cm <= s + 4 || t[cm] != ',')
        return;
    size_t v = cm + 2;
    if (!((t[v] == 'V' || t[v] == 'v') && t[v + 1] == 'o' && t[v + 2] == 'l'))
        return;
    v += 3;
    if (starts_with(t, e, v, "ume"))
        v += 3;
    if (v < e && t[v] == '.')
        v++;
    if (v >= e || t[v] != ' ')
        return;
    v++;
    for (size_t x = v; x < e; x++)
        if (!(is_digit(t[x]) || strchr("IVXivx", t[x])))
            return;
    if (v >= e)
        return;
    c->sp[sk].e = cm;
    add(c, v, e, JFY_N_VOLUME);
}

/* ---- building the nodes ---- */

static int span_cmp(const void *a, const void *b) {
    const span *x = a, *y = b;
    if (x->s != y->s)
        return x->s < y->s ? -1 : 1;
    if (x->e != y->e)
        return x->e > y->e ? -1 : 1;
    return 0;
}

static int add_text(jfy_node *parent, const char *t, size_t s, size_t e) {
    if (e <= s)
        return 0;
    jfy_node *n = jfyp_node_new_textn(JFY_N_TEXT, t + s, e - s);
    if (!n)
        return -1;
    jfyp_node_append(parent, n);
    return 0;
}

/* Children of parent from [from,to): spans nested inside become nodes. */
static int build(ctx *c, jfy_node *parent, size_t from, size_t to, int *i) {
    size_t pos = from;
    while (*i < c->nsp && c->sp[*i].s < to) {
        span *x = &c->sp[(*i)++];
        if (x->s < pos || x->e > to)
            continue; /* overlaps what is already built: stays text */
        if (add_text(parent, c->t, pos, x->s) < 0)
            return -1;
        jfy_node *n = x->type == JFY_N_PUB_ID ? jfyp_node_new_textn(x->type, c->t + x->s, x->e - x->s)
                                              : jfyp_node_new(x->type);
        if (!n)
            return -1;
        jfyp_node_append(parent, n);
        if (x->type == JFY_N_PUB_ID) {
            if (jfyp_node_set_attr(n, "type", strchr(n->text, '/') ? "doi" : "pmid") < 0)
                return -1;
        } else if (x->type == JFY_N_PERSON_GROUP && jfyp_node_set_attr(n, "type", "author") < 0) {
            return -1;
        } else if (build(c, n, x->s, x->e, i) < 0) {
            return -1;
        }
        pos = x->e;
    }
    return add_text(parent, c->t, pos, to);
}

/* ---- a DOI's ISSN hyphen, lost at a line end ----
 *
 * Reading-order extraction (pdftotext) drops the hyphen of a line that
 * ends in one and joins the next line's start to it: a DOI broken after
 * the hyphen of the ISSN it embeds comes out as "j.14622920.2009.x". An
 * ISSN is four digits, a hyphen and four (the last may be X), and it
 * stands in a DOI suffix in a few fixed shapes: after "j." (followed by a
 * dot), as an item identifier's head after "S" ("S0038-0717(02)...",
 * "S0100-29452012000200008", a year right after it), after "(SICI)", or
 * opening the suffix before "(" ("0003-2697(85)..."). Eight digits opening
 * the suffix before a dot or a hyphen are left alone: some registrants
 * print the ISSN there without its hyphen ("00221287-143-1-179"). */
static int issn8_at(const char *t, size_t i, size_t e) {
    if (i + 8 > e)
        return 0;
    for (size_t k = 0; k < 7; k++)
        if (!is_digit(t[i + k]))
            return 0;
    return is_digit(t[i + 7]) || t[i + 7] == 'X';
}

/* Whether the eight characters at t are an ISSN by its check digit
 * (weights 8 to 2, modulo 11, X for ten). */
static int issn_checks(const char *t) {
    int sum = 0;
    for (int k = 0; k < 7; k++)
        sum += (t[k] - '0') * (8 - k);
    int ck = (11 - sum % 11) % 11;
    return ck == 10 ? t[7] == 'X' : t[7] == '0' + ck;
}

static int century_at(const char *t, size_t i, size_t e) {
    return i + 4 <= e && ((t[i] == '1' && t[i + 1] == '9') || (t[i] == '2' && t[i + 1] == '0')) &&
           is_digit(t[i + 2]) && is_digit(t[i + 3]);
}

static size_t issn_hyphen_at(const char *t, size_t s, size_t e) {
    for (size_t q = s; q + 8 <= e; q++) {
        /* SciELO's Brazilian journals: the ISSN, its hyphen kept, then
         * the year, its hyphen lost ("0943-74442017-6-436") */
        if (q == s && q + 14 <= e && t[q + 4] == '-' && is_digit(t[q]) && is_digit(t[q + 3]) &&
            is_digit(t[q + 5]) && (is_digit(t[q + 8]) || t[q + 8] == 'X') && century_at(t, q + 9, e) &&
            t[q + 13] == '-') {
            char is[8];
            memcpy(is, t + q, 4);
            memcpy(is + 4, t + q + 5, 4);
            int digits = 1;
            for (int k = 0; k < 7; k++)
                digits &= is_digit(is[k]);
            if (digits && issn_checks(is))
                return q + 9;
        }
        if (!issn8_at(t, q, e) || (q > s && is_digit(t[q - 1])))
            continue;
        char f = q + 8 < e ? t[q + 8] : 0;
        if (is_digit(f)) {
            /* "S" + ISSN + year + item: S0100-29452012000200008; SciELO's
             * DOIs print the item without the "S" ("2318-08892017000100005"),
             * the ISSN's check digit right */
            size_t d = q + 8;
            while (d < e && is_digit(t[d]))
                d++;
            if (q == s + 1 && (t[s] == 'S' || t[s] == 's') && d - (q + 8) >= 9 && century_at(t, q + 8, e))
                return q + 4;
            if (q == s && d - (q + 8) == 13 && (d == e || strchr(".,;)]", t[d])) && century_at(t, q + 8, e) &&
                issn_checks(t + q))
                return q + 4;
            continue;
        }
        /* the ISSN, the year and "v" ("1518-2924.2016v21n47p82"), its
         * check digit right (Taylor & Francis print theirs hyphenless
         * before a year and a full stop: "01904167.2021.1889595") */
        if ((q == s || t[q - 1] == '.') && f == '.' && century_at(t, q + 9, e) && q + 13 < e && t[q + 13] == 'v' &&
            issn_checks(t + q))
            return q + 4;
        if (q == s && f == '(')
            return q + 4;

        if (q == s + 1 && (t[s] == 'S' || t[s] == 's') && (f == '(' || f == '.'))
            return q + 4;
        if (q >= s + 2 && t[q - 2] == 'j' && t[q - 1] == '.' && (q == s + 2 || t[q - 3] == '.') && f == '.')
            return q + 4;
        if (q >= s + 6 && strncmp(t + q - 6, "(SICI)", 6) == 0 && f == '(')
            return q + 4;
    }
    return 0;
}

/* Springer's article identifiers ("s10071-009-0305-1": "s", the
 * journal's five digits, the year's last three, four, a check
 * character; Springer Nature's since 2013 have five after the year, the
 * check a digit or a letter: "s41598-019-52277-4", "s12885-020-07011-z")
 * with a hyphen lost at a line end ("s10071009-0305-1"): the
 * identifier's length from s when it is one so broken, else 0; *digits
 * its characters without the hyphens. */
static size_t springer_id(const char *t, size_t s, size_t e, size_t *digits) {
    if (s >= e || t[s] != 's')
        return 0;
    size_t k = s + 1, d = 0;
    int hy = 0, at[3] = {0, 0, 0};
    while (k < e && (is_digit(t[k]) || t[k] == '-' || ((t[k] == 'X' || t[k] == 'x') && (d == 12 || d == 13)))) {
        if (t[k] == '-') {
            if (hy == 3 || k + 1 >= e || t[k - 1] == '-')
                return 0;
            at[hy++] = (int)d;
        } else {
            d++;
        }
        k++;
    }
    /* a letter as the check character, after its hyphen */
    if (k < e && t[k - 1] == '-' && t[k] >= 'a' && t[k] <= 'z' && (d == 12 || d == 13)) {
        d++;
        k++;
    }
    if ((d != 13 && d != 14) || hy == 3 || (k < e && strchr(".,;)]", t[k]) == NULL))
        return 0;
    /* the hyphens left must stand where the scheme has them */
    for (int h = 0; h < hy; h++)
        if (at[h] != 5 && at[h] != 8 && at[h] != (int)d - 1)
            return 0;
    *digits = d;
    return k - s;
}

/* text (n bytes) with each DOI's lost ISSN hyphen put back, into out
 * (room for 2 n + 1 bytes), NUL-terminated; its length. */
static size_t mend_dois(const char *text, size_t n, char *out) {
    size_t o = 0, i = 0;
    while (i < n) {
        /* the text up to the next "10." copied as it is, in one move */
        const char *ten = strstr(text + i, "10.");
        size_t at = ten ? (size_t)(ten - text) : n;
        memcpy(out + o, text + i, at - i);
        o += at - i;
        i = at;
        if (i >= n)
            break;
        if (is_digit(text[i + 3]) && (i == 0 || !is_digit(text[i - 1]))) {
            size_t j = i + 3;
            while (j < n && is_digit(text[j]))
                j++;
            /* a DOI cut after its prefix's slash, the line end a space
             * ("doi:10.5555/ abc.2019.12"): the word after the space is
             * its suffix when it reads as one (a digit, dot or hyphen in
             * it, no bracket: not the year "(2019)" that may follow) */
            if (j + 2 < n && text[j] == '/' && text[j + 1] == ' ' &&
                ((text[j + 2] >= 'a' && text[j + 2] <= 'z') || (text[j + 2] >= 'A' && text[j + 2] <= 'Z') ||
                 is_digit(text[j + 2]))) {
                size_t k = j + 2;
                int mark = 0;
                for (; k < n && text[k] != ' ' && text[k] != '(' && text[k] != ')'; k++)
                    mark |= is_digit(text[k]) || text[k] == '.' || text[k] == '-';
                if (mark && (k == n || text[k] == ' ')) {
                    memcpy(out + o, text + i, j + 1 - i);
                    o += j + 1 - i;
                    i = j + 2;
                    continue;
                }
            }
            if (j < n && text[j] == '/') {
                size_t s = j + 1, e = s;
                while (e < n && text[e] != ' ' && text[e] != '\t' && text[e] != '\n')
                    e++;
                /* a link's text broken by a space, its rest the entry's
                 * last word ("10.1016/j.colsur fa.2013.12.065.") */
                int letter_end = e > s && ((text[e - 1] >= 'a' && text[e - 1] <= 'z') ||
                                           (text[e - 1] >= 'A' && text[e - 1] <= 'Z'));
                if (letter_end && e + 1 < n && text[e] == ' ' && text[e + 1] >= 'a' && text[e + 1] <= 'z') {
                    size_t k = e + 1;
                    int digit = 0;
                    while (k < n && ((text[k] >= 'a' && text[k] <= 'z') || is_digit(text[k]) || text[k] == '.' ||
                                     text[k] == '-'))
                        digit |= is_digit(text[k++]);
                    if (k == n && digit) {
                        memcpy(out + o, text + i, e - i);
                        o += e - i;
                        memcpy(out + o, text + e + 1, n - e - 1);
                        o += n - e - 1;
                        break;
                    }
                }
                size_t nd = 0, sl = springer_id(text, s, e, &nd);
                if (sl) {
                    /* "s" and 12 digits and a check character, hyphens
                     * put back where the scheme has them */
                    memcpy(out + o, text + i, s - i);
                    o += s - i;
                    out[o++] = 's';
                    size_t d = 0;
                    for (size_t k = s + 1; k < s + sl; k++) {
                        if (text[k] == '-')
                            continue;
                        if (d == 5 || d == 8 || d == nd - 1)
                            out[o++] = '-';
                        out[o++] = text[k];
                        d++;
                    }
                    i = s + sl;
                    continue;
                }
                size_t h = issn_hyphen_at(text, s, e);
                if (h) {
                    memcpy(out + o, text + i, h - i);
                    o += h - i;
                    out[o++] = '-';
                    memcpy(out + o, text + h, e - h);
                    o += e - h;
                    i = e;
                    continue;
                }
            }
        }
        out[o++] = text[i++];
    }
    out[o] = 0;
    return o;
}

/* A group as author named with its acronym, a comma or full stop after
 * ("Centers for Disease Control and Prevention (CDC), Title",
 * "International Monetary Fund (IMF). Title"): the end of the group's
 * name, its acronym's bracket included; 0 when the entry does not open so.
 * The name is capitalised words (and "of", "for", "the", "and"), no
 * sentence ending before the acronym. */
static size_t acronym_group(const char *t, size_t n) {
    if (n < 8 || !(t[0] >= 'A' && t[0] <= 'Z'))
        return 0;
    for (size_t j = 1; j + 1 < n && j < 160; j++) {
        if (t[j] == '.' && t[j + 1] == ' ')
            return 0;
        if (t[j] == ' ' && t[j + 1] >= 'a' && t[j + 1] <= 'z') {
            size_t w = word_end(t, n, j + 1);
            static const char *const low[] = {"of", "for", "the", "and", "on", "de", "du", "des", "la", "el"};
            int ok = 0;
            for (size_t k = 0; k < sizeof low / sizeof *low && !ok; k++)
                ok = strlen(low[k]) == w - j - 1 && memcmp(t + j + 1, low[k], w - j - 1) == 0;
            if (!ok)
                return 0;
        }
        if (t[j] != '(' || t[j - 1] != ' ')
            continue;
        size_t k = j + 1;
        while (k < n && t[k] >= 'A' && t[k] <= 'Z')
            k++;
        if (k - j - 1 < 2 || k - j - 1 > 10 || k + 1 >= n || t[k] != ')' ||
            (t[k + 1] != ',' && t[k + 1] != '.' && !(t[k + 1] == ':' && k + 2 < n && t[k + 2] == ' ')))
            return 0;
        return k + 1;
    }
    return 0;
}

/* "The Acute Respiratory Distress Syndrome Network: Title. Journal"
 * (BMC's and Vancouver's group as author, a colon after it): capitalised
 * words (the short joining words aside) up to the colon, the last a word
 * a group's name ends with; the group's end, 0 when none. A title that
 * opens the entry has no such last word before its colon. */
static size_t group_before_colon(const char *t, size_t n) {
    static const char *const low[] = {"of", "for", "the", "and", "on", "in", "de", "du", "des", "la", "el"};
    static const char *const last[] = {"Network", "Group", "Consortium", "Committee", "Collaboration",
                                       "Collaborative",
                                       "Society", "Team", "Council", "Agency", "Board", "Trialists",
                                       "Investigators", "Panel", "Force", "Project", "Prevention"};
    if (n < 8 || !(t[0] >= 'A' && t[0] <= 'Z'))
        return 0;
    int words = 1;
    size_t ws = 0;
    for (size_t j = 1; j + 2 < n && j < 160; j++) {
        if (t[j] == ':' && t[j + 1] == ' ') {
            if (!(t[j + 2] >= 'A' && t[j + 2] <= 'Z'))
                return 0;
            for (size_t k = 0; k < sizeof last / sizeof *last; k++)
                if (strlen(last[k]) == j - ws && memcmp(t + ws, last[k], j - ws) == 0)
                    return j;
            return 0;
        }
        if (t[j] == '.' || t[j] == ',' || t[j] == ';' || is_digit(t[j]))
            return 0;
        if (t[j] != ' ')
            continue;
        if (++words > GROUP_WORDS_MAX)
            return 0;
        ws = j + 1;
        if (t[ws] >= 'a' && t[ws] <= 'z') {
            size_t w = word_end(t, n, ws);
            int ok = 0;
            for (size_t k = 0; k < sizeof low / sizeof *low && !ok; k++)
                ok = strlen(low[k]) == w - ws && memcmp(t + ws, low[k], w - ws) == 0;
            if (!ok)
                return 0;
        }
    }
    return 0;
}

/* Some fonts' glyph runs come out of MuPDF and pdfminer with a space
 * before each comma and full stop ("Onder G , Rezza G , Brusaferro S .
 * Title"): an author list read so stops at its first name. An entry
 * that shows the space twice at least (before a comma after a letter,
 * before a full stop after an initial) has each such space after a
 * letter dropped (one before a full stop only where a word or the entry
 * ends after it). In place; returns the new length. */
static size_t close_spaced_marks(char *t, size_t n) {
    int seen = 0;
    for (size_t i = 1; i + 1 < n && seen < 2; i++)
        seen += t[i] == ' ' && ascii_letter(t[i - 1]) &&
                (t[i + 1] == ',' || (t[i + 1] == '.' && t[i - 1] >= 'A' && t[i - 1] <= 'Z'));
    if (seen < 2)
        return n;
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (t[i] == ' ' && o > 0 && ascii_letter(t[o - 1]) && i + 1 < n &&
            (t[i + 1] == ',' || t[i + 1] == ';' || (t[i + 1] == '.' && (i + 2 == n || t[i + 2] == ' '))))
            continue;
        t[o++] = t[i];
    }
    t[o] = 0;
    return o;
}

/* dst[0..n) = src[0..n) with its ASCII capitals in lower case. */
static void ascii_lower(char *dst, const char *src, size_t n) {
    size_t i = 0;
#ifdef __SSE2__
    /* sixteen bytes at a time: 0x20 added where a byte is 'A' to 'Z'
     * (signed compares: bytes from 0x80 are below 'A') */
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(src + i));
        __m128i up = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                                   _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
        _mm_storeu_si128((__m128i *)(void *)(dst + i), _mm_add_epi8(v, _mm_and_si128(up, _mm_set1_epi8(0x20))));
    }
#endif
    for (; i < n; i++)
        dst[i] = src[i] >= 'A' && src[i] <= 'Z' ? (char)(src[i] + 32) : src[i];
}

/* A book's year printed after its publisher, none before: "Press:
 * Leeds, UK, 1991; Volume 12" (MDPI), "London: Science Books 2009"
 * (Vancouver without its semicolon). A publisher's name or place never
 * ends with a year, so the year found in one, at its end or before a
 * tail (". Available online", "; Volume"), is the entry's: the span ends
 * before it. Spans from `from` on are looked at. */
static void year_in_publisher(ctx *c, int from) {
    const char *t = c->t;
    for (int k = 0; k < c->nsp; k++)
        if (c->sp[k].type == JFY_N_YEAR)
            return;
    for (int k = from; k < c->nsp; k++) {
        span *sp = &c->sp[k];
        if (sp->type != JFY_N_PUBLISHER_LOC && sp->type != JFY_N_PUBLISHER_NAME)
            continue;
        for (size_t y = sp->s + 2; y + 4 <= sp->e; y++) {
            if (t[y - 1] != ' ' || !year_at(t, c->n, y))
                continue;
            if (y + 4 < sp->e && !strchr(".,;", t[y + 4]))
                continue; /* "1968 Ltd": a name's number */
            size_t e = rtrim(t, sp->s, y);
            if (e <= sp->s)
                break;
            sp->e = e;
            add(c, y, y + 4, JFY_N_YEAR);
            return;
        }
    }
}

/* A group named as author before a quoted title, the engineering
 * style's ("World Health Organization, “Global tuberculosis
 * report,” 2016"): the name's end, at its comma, 0 when the entry
 * does not open so. The name holds no other comma (names of persons
 * the author list did not read are listed with commas). */
static size_t group_before_quote(const char *t, size_t n) {
    if (!(t[0] >= 'A' && t[0] <= 'Z'))
        return 0;
    for (size_t j = 1; j + 2 < n && j < GROUP_QUOTE_MAX; j++) {
        if (t[j] == '"' || t[j] == ';' || t[j] == '(')
            return 0;
        if (t[j] == ',')
            return t[j + 1] == ' ' && open_quote_at(t, n, j + 2) ? j : 0;
    }
    return 0;
}

/* Whether [s,e) holds a year, a comma and a number ("2010, 49"). */
static int year_vol_within(const char *t, size_t s, size_t e) {
    for (size_t y = s; y + 7 <= e; y++)
        if (t[y + 4] == ',' && t[y + 5] == ' ' && is_digit(t[y + 6]) && year_at(t, e, y) &&
            (y == 0 || t[y - 1] == ' '))
            return 1;
    return 0;
}

/* Whether [w,b) is one capitalised word of letters ("Japanease", a
 * language as an author spelt it). */
static int cap_word(const char *t, size_t w, size_t b) {
    if (b - w < 4 || b - w > 12 || t[w] < 'A' || t[w] > 'Z')
        return 0;
    for (size_t k = w + 1; k < b; k++)
        if (t[k] < 'a' || t[k] > 'z')
            return 0;
    /* "(In Press)", "(In Preparation)", "(In Review)": a state, no language */
    return !jfyp_strnieq(t + w, "pre", 3) && !jfyp_strnieq(t + w, "rev", 3) && !jfyp_strnieq(t + w, "pri", 3);
}

/* Where a note closing [s,e) after the journal's numbers opens: the
 * work's language ("Arch. Eisenhüttenwes. 1935, 8, 565-567. (in
 * German)", "[in Chinese]", "(Chinese)", "(in Japanease)") or the pages of a quiz or a discussion printed with
 * the article (PubMed: "2008;87:721-34; quiz 35-8"). e when none. */
static size_t lang_note(const char *t, size_t s, size_t e) {
    static const char *const langs[] = {"english", "german", "french", "spanish", "portuguese", "chinese",
                                        "japanese", "korean", "russian", "italian", "polish", "turkish",
                                        "persian", "arabic", "dutch", "czech", "finnish", "swedish",
                                        "norwegian", "danish", "hungarian", "ukrainian", "greek", "hebrew"};
    size_t b = e;
    while (b > s && (t[b - 1] == '.' || t[b - 1] == ' '))
        b--;
    if (b < s + 6)
        return e;
    if (t[b - 1] != ')' && t[b - 1] != ']') {
        /* "; quiz 35-8", "; discussion 5-6": pages, then the mark */
        size_t w = b;
        while (w > s && b - w < 12 && t[w - 1] != ' ')
            w--;
        if (w > s + 12 && w < b && is_digit(t[w]) && t[w - 1] == ' ') {
            if (jfyp_strnieq(t + w - 7, "; quiz ", 7) && is_digit(t[w - 8]))
                return rtrim(t, s, w - 7);
            if (w > s + 18 && jfyp_strnieq(t + w - 13, "; discussion ", 13) && is_digit(t[w - 14]))
                return rtrim(t, s, w - 13);
        }
        return e;
    }
    char open = t[b - 1] == ')' ? '(' : '[';
    size_t o = b - 1;
    while (o > s && b - o < 16 && t[o - 1] != open)
        o--;
    if (o <= s || t[o - 1] != open)
        return e;
    size_t w = o;
    if (b - 1 - w > 3 && (t[w] == 'i' || t[w] == 'I') && t[w + 1] == 'n' && t[w + 2] == ' ') {
        w += 3;
        /* "(in Xxx)" notes a language however it is spelt */
        if (cap_word(t, w, b - 1))
            return rtrim(t, s, o - 1);
    }
    for (size_t k = 0; k < sizeof langs / sizeof *langs; k++)
        if (strlen(langs[k]) == b - 1 - w && jfyp_strnieq(t + w, langs[k], b - 1 - w))
            return rtrim(t, s, o - 1);
    return e;
}

/* Whether the bibliographic part's end at re opens on an article's DOI
 * or on PubMed's "[Epub ahead of print]" (low: the entry in lower case). */
static int ahead_mark(const char *low, size_t re, size_t n) {
    static const char *const m[] = {"doi", "https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
                                    "http://dx.doi.org/", "[epub ahead"};
    for (size_t k = 0; re < n && k < sizeof m / sizeof *m; k++)
        if (strncmp(low + re, m[k], strlen(m[k])) == 0)
            return 1;
    return 0;
}

/* Where the first of several references in one entry ends: physics
 * styles (APS, PRL) print works cited together under one number, each
 * closed by its year in brackets and a semicolon, the next opened by
 * its names or, for an erratum, its volume ("Phys. Rev. Lett. 119,
 * 051802 (2017); A. B. Roe et al., Phys. Rev. Lett. 122, 1 (2019)",
 * "Phys. Rev. D 74, 095005 (2006); 79, 039902(E) (2009)"). n when the
 * entry holds one. */
static size_t first_of_several(const char *t, size_t n) {
    for (size_t j = 24; j + 4 < n; j++) {
        if (t[j] != ';' || t[j + 1] != ' ')
            continue;
        const char *r = t + j + 2;
        /* chemistry's "Angew. Chem. Int. Ed. 2010, 49, 8905-8908; Angew.
         * Chem. 2010, 122, 9091-9094": a journal's other edition after
         * the year, volume and pages of the first */
        if (is_digit(t[j - 1]) && r[0] >= 'A' && r[0] <= 'Z' && year_vol_within(t, j - 24, j) &&
            year_vol_within(t, j + 2, j + 2 + 60 < n ? j + 2 + 60 : n))
            return j;
        if (t[j - 1] != ')' || t[j - 6] != '(' || !year_at(t, n, j - 5))
            continue;
        size_t d = 0;
        while (j + 2 + d < n && is_digit(r[d]))
            d++;
        if ((d && d <= 4 && r[d] == ',' && r[d + 1] == ' ' && is_digit(r[d + 2])) ||
            (r[0] >= 'A' && r[0] <= 'Z' && r[1] == '.' && jfyp_ref_name_at(r)))
            return j;
    }
    return n;
}

int jfyp_ref_parse(const char *given, jfy_node *cit) {
    /* On the stack: the spans (some 6 KB) are read only up to nsp, and a
     * heap block that size was a tenth of the parse (bench/instructions). */
    ctx cs, *c = &cs;
    c->nsp = 0;
    c->extent = 0;
    /* The mended text (at most twice the entry) and its lower-case copy
     * share one block, on the stack for an entry of ordinary length: two
     * mallocs and two frees were some 300 instructions an entry. */
    char local[4096];
    size_t gn = strlen(given), room = 2 * gn + 1;
    char *text = 2 * room <= sizeof local ? local : malloc(2 * room);
    if (!text)
        return -1;
    char *low = text + room;
    c->t = text;
    c->n = close_spaced_marks(text, mend_dois(given, gn, text));
    ascii_lower(low, text, c->n + 1);
    c->low = low;
    const char *type = "other";
    size_t whole = c->n;
    if (c->n <= MAX_ENTRY) {
        /* the first of several references one entry holds is read, the
         * others left as text */
        c->n = first_of_several(c->t, c->n);
        const char *t = c->t;
        size_t n = c->n;
        int have_year = 0;
        size_t ys = 0, ye = 0;
        size_t rs = 0;
        size_t ae = authors(c, 0);
        ae = collab_after(c, ae);
        ae = group_after_names(c, ae);
        size_t k = ae;
        while (k < n && (t[k] == ' ' || t[k] == '.' || t[k] == ','))
            k++;
        size_t pe = year_paren_m(t, n, k, &ys, &ye, 1);
        if (!pe) {
            /* Authors and the year with something between ("for the X
             * Group"), or a group as author ("World Health Organization
             * (2010)"): the year in parentheses closes the author part. */
            for (size_t j = ae; j < n && j < ae + 200; j++) {
                if (t[j] == '.' && j + 1 < n && t[j + 1] == ' ' && !no_stop_before(t, ae, j, 1))
                    break;
                if (t[j] == '(' && j > 1 && t[j - 1] == ' ' && is_digit(t[j - 2]))
                    break; /* "Appl. Energy 270 (2020)": a volume, then the year */
                if (t[j] == '(' && (pe = year_paren(t, n, j, &ys, &ye)) != 0) {
                    size_t ce = rtrim(t, ae, j);
                    if (ae == 0 && ce > 0)
                        add(c, 0, ce, JFY_N_COLLAB);
                    else if (ce > ae)
                        add(c, ae, ce, JFY_N_COLLAB);
                    break;
                }
            }
            size_t ac = !pe && ae == 0 ? acronym_group(t, n) : 0;
            if (!ac && !pe && ae == 0)
                ac = group_before_colon(t, n);
            size_t gq = !pe && ae == 0 && !ac ? group_before_quote(t, n) : 0;
            if (gq) {
                add(c, 0, gq, JFY_N_COLLAB);
                ae = gq;
            } else if (ac) {
                add(c, 0, ac, JFY_N_COLLAB);
                ae = ac;
            } else if (!pe && ae == 0) {
                /* "World Health Organization. Title." */
                size_t j = 0;
                int words = 1;
                while (j + 1 < n && !(t[j] == '.' && t[j + 1] == ' ' && !no_stop_before(t, 0, j, 1))) {
                    if (t[j] == ' ')
                        words++;
                    j++;
                }
                size_t l;
                int cp = cp_at(t, n, 0, &l);
                /* a longer name when its long words are all capitalised
                 * and no comma parts it ("BLS – US Bureau of Labor
                 * Statistics"; "Kim J-H, Cho H, Ryu S-E" are names) */
                int caps = words <= GROUP_WORDS_MAX && !memchr(t, ',', j);
                for (size_t w = 0; caps && w < j; w++)
                    if ((w == 0 || t[w - 1] == ' ') && t[w] >= 'a' && t[w] <= 'z' &&
                        word_end(t, n, w) - w >= 4)
                        caps = 0;
                /* "Human Microbiome Consortium 2012. Title", "1000
                 * Genomes Project Consortium 2010. Title": the year bare
                 * after the group's name, no stop between (a group's
                 * name may open with figures) */
                int dated = j >= 6 && t[j - 5] == ' ' && year_at(t, n, j - 4);
                if (j + 1 < n && (words <= 6 || caps) && cp && (is_up(cp) || (dated && is_digit(t[0]))) &&
                    !year_at(t, n, 0)) {
                    if (dated) {
                        ys = j - 4;
                        ye = j;
                        pe = j;
                        j = rtrim(t, 0, j - 5);
                    }
                    add(c, 0, j, JFY_N_COLLAB);
                    ae = j;
                }
            }
        }
        if (pe) {
            add(c, ys, ye, JFY_N_YEAR);
            have_year = 1;
            rs = pe;
        } else {
            rs = ae;
        }
        rs = skip_seps(t, n, rs);
        /* "Anon. (2009)": the year after a group named in one word */
        if (!have_year && (pe = year_paren(t, n, rs, &ys, &ye)) != 0) {
            add(c, ys, ye, JFY_N_YEAR);
            have_year = 1;
            rs = skip_seps(t, n, pe);
        }
        /* "Smith J. 2009. Title."; "Smith J et al, 2009 J. Phys. 9 1" */
        /* "Smith J, Abel K. 2009 Title": the year bare between the
         * authors' full stop and a capitalised title */
        size_t q = rs;
        while (q > 0 && t[q - 1] == ' ')
            q--;
        int bare = ae > 0 && rs + 5 < n && t[rs + 4] == ' ' && q > 0 && t[q - 1] == '.' && q <= ae + 1 &&
                   t[rs + 5] >= 'A' && t[rs + 5] <= 'Z';
        /* "Dolgov A D 2002 Phys. Rep. 370 333" (IOP, PTEP): the year
         * bare after the names, a space only between */
        int glued = ae > 0 && rs == ae + 1 && t[ae] == ' ' && rs + 5 < n && t[rs + 5] >= 'A' && t[rs + 5] <= 'Z';
        if (!have_year && year_at(t, n, rs) && rs + 4 < n &&
            (strchr(".,;:)", t[rs + 4]) || (t[rs + 4] == ' ' && (memchr(t + ae, ',', rs - ae) || bare || glued)))) {
            size_t e = rs + 4;
            if (e < n && t[e] >= 'a' && t[e] <= 'z')
                e++;
            add(c, rs, e, JFY_N_YEAR);
            have_year = 1;
            rs = skip_seps(t, n, e);
        }
        size_t re = lang_note(t, rs, tail_links(c, rs));
        ids(c, rs);
        size_t be = rtrim(t, rs, re);
        size_t ts = numeric_tail(t, rs, be);
        int journal = 0, hy = have_year;
        if (ts < be && extent_tail(t, ts, be)) {
            c->extent = 1;
        } else if (ts < be) {
            journal = tag_tail(c, ts, be, &hy);
            if (!journal) {
                size_t p = ts;
                while (p > rs && t[p - 1] == ' ')
                    p--;
                /* "Can J Anesth 2020. DOI: https://doi.org/...": a journal's
                 * year without its volume, the article online before its
                 * issue, a DOI or "[Epub ahead of print]" after it */
                int ahead = !have_year && be - ts == 4 && year_at(t, be, ts) && ahead_mark(c->low, re, n);
                /* "Abel K. Title. JAMA 2020.": a journal's year closing
                 * the entry, the article online before its volume */
                int lone = !have_year && ae > 0 && be - ts == 4 && year_at(t, be, ts) && journal_sentence(t, rs, p);
                if (!lone && (have_year || (p > rs && !strchr("(,.;:", t[p - 1]) && !ahead))) {
                    /* years only, and the year known or part of a name
                     * ("World report 2012"): part of the head */
                    ts = be;
                } else {
                    for (size_t j = ts; j + 4 <= be; j++)
                        if (year_at(t, be, j)) {
                            add(c, j, j + 4, JFY_N_YEAR); /* "Nature ... (2009)." */
                            break;
                        }
                }
            }
        }
        int first = c->nsp;
        /* "Title. 2004. Springer, Heidelberg, pp 333-336": a book's year
         * as a sentence of its own after the title, its publisher after */
        size_t ys2 = 0;
        for (size_t j = rs; !have_year && !hy && j + 10 < ts; j++)
            if (t[j] == '.' && t[j + 1] == ' ' && year_at(t, ts, j + 2) && t[j + 6] == '.' && t[j + 7] == ' ' &&
                j > rs + 8 && t[rs] >= 'A' && t[rs] <= 'Z' &&
                ((t[j - 1] >= 'a' && t[j - 1] <= 'z') || is_digit(t[j - 1]) || t[j - 1] == ')') && t[j - 2] != ' ') {
                /* (not after an initial: "Kim, NG. & Kim, H. R. 2019. Title",
                 * names the author list did not read) */
                ys2 = j + 2;
                break;
            }
        if (ys2) {
            add(c, ys2, ys2 + 4, JFY_N_YEAR);
            head(c, rs, ys2 - 2, 0);
            publisher(c, ys2 + 6 + 2, rtrim(t, ys2 + 8, ts));
            type = "book";
        } else {
            type = head(c, rs, ts, journal);
        }
        /* a journal's name goes without its medium (PLOS, Vancouver):
         * "Nat Ecol Evol [Internet]. 2018 [cited 2024 Apr 15];2(4):15";
         * a book's title keeps it, as SciELO's do */
        for (int sk = first; sk < c->nsp; sk++) {
            span *sp = &c->sp[sk];
            size_t m = sp->type == JFY_N_SOURCE ? medium_tail(c->low, sp->s, sp->e) : 0;
            const char *cited = m ? strstr(t + sp->e, "];") : NULL;
            if (m && sp->e - m > sp->s &&
                (strcmp(type, "journal") == 0 || (cited && cited - (t + sp->e) < 40 && is_digit(cited[2]))))
                sp->e -= m;
        }
        year_in_publisher(c, first);
        if (strcmp(type, "software") == 0) {
            /* (the version's numbers read as a volume and pages) */
            int kept = 0;
            for (int sk = 0; sk < c->nsp; sk++) {
                jfy_node_type ty = c->sp[sk].type;
                if (c->sp[sk].s >= ts && (ty == JFY_N_VOLUME || ty == JFY_N_ISSUE || ty == JFY_N_FPAGE ||
                                          ty == JFY_N_LPAGE || ty == JFY_N_ELOCATION))
                    continue;
                c->sp[kept++] = c->sp[sk];
            }
            c->nsp = kept;
        }
        if (strcmp(type, "book") == 0) {
            /* "New Delhi: Oxford Press; 2003:318": a book's year with its
             * pages after a colon, which the tail read as a journal's
             * volume */
            int yr = 0;
            for (int sk = 0; sk < c->nsp; sk++)
                yr |= c->sp[sk].type == JFY_N_YEAR;
            for (int sk = 0; !yr && sk < c->nsp; sk++)
                if (c->sp[sk].type == JFY_N_VOLUME && c->sp[sk].s >= ts && c->sp[sk].e == c->sp[sk].s + 4 &&
                    year_at(t, n, c->sp[sk].s)) {
                    c->sp[sk].type = JFY_N_YEAR;
                    break;
                }
            int had = 0;
            for (int sk = first; sk < c->nsp; sk++)
                had |= c->sp[sk].type == JFY_N_EDITION || c->sp[sk].type == JFY_N_VOLUME;
            for (int sk = first, n0 = c->nsp; !had && sk < n0; sk++)
                if (c->sp[sk].type == JFY_N_SOURCE) {
                    book_title_tail(c, sk);
                    break;
                }
        }
        /* "Nature 344, 467-468. https://doi.org/10.1038/344467a0 (1990).":
         * Scientific Reports' year in brackets after the link */
        int dated = 0;
        for (int sk = 0; sk < c->nsp; sk++)
            dated |= c->sp[sk].type == JFY_N_YEAR;
        size_t ye2 = n;
        while (ye2 > re && (t[ye2 - 1] == '.' || t[ye2 - 1] == ' '))
            ye2--;
        if (!dated && re < n && ye2 >= re + 7 && t[ye2 - 1] == ')' && t[ye2 - 6] == '(' && t[ye2 - 7] == ' ' &&
            year_at(t, n, ye2 - 5))
            add(c, ye2 - 5, ye2 - 1, JFY_N_YEAR);
        /* stable, as qsort's merge sort is, and cheaper on so few spans,
         * most of them added in order */
        for (int a = 1; a < c->nsp; a++) {
            span x = c->sp[a];
            int b = a;
            for (; b > 0 && span_cmp(&c->sp[b - 1], &x) > 0; b--)
                c->sp[b] = c->sp[b - 1];
            c->sp[b] = x;
        }
    }
    c->n = whole;
    int i = 0;
    int rc = build(c, cit, 0, c->n, &i);
    if (rc == 0 && jfyp_node_set_attr(cit, "publication-type", type) < 0)
        rc = -1;
    if (text != local)
        free(text);
    return rc;
}
