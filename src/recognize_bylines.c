/* recognize_bylines.c - the author names under the title: one line of
 * names joined by commas and "and" ("Jane Q. Smith1,2*, A. B. Jones3"), or
 * one name a line ("NICOLA MCCARTHY" in capitals). Each name keeps its
 * markers (affiliation numbers or letters, * for the corresponding author,
 * † ‡ for notes) for recognize_affiliations.c to link. */
#include "front.h"
#include "names.h"
#include "textlines.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

void jfyp_byline_free(jfyp_byname *v, size_t n) {
    for (size_t i = 0; v && i < n; i++) {
        free(v[i].name);
        free(v[i].markers);
        free(v[i].orcid);
    }
    free(v);
}

/* Symbols pages put after a name: corresponding author, equal
 * contribution, deceased, present address. */
static size_t marker_symbol_len(const char *p) {
    static const char *const syms[] = {"*", "#", "\xe2\x80\xa0" /* † */, "\xe2\x80\xa1" /* ‡ */,
                                       "\xc2\xa7" /* § */, "\xc2\xb6" /* ¶ */,
                                       "\xe2\x88\x97" /* ∗ */, "\xe2\x9c\x89" /* ✉ */,
                                       "\xe2\x80\x96" /* ‖ */, "\xe2\x88\xa5" /* ∥ */, "\xe2\x81\x8e" /* ⁎ */,
                                       /* a present address and equal work, as PLOS marks them */
                                       "\xc2\xa4" /* ¤ */, "\xe2\x98\xaf" /* ☯ */,
                                       /* the corresponding author, as some Elsevier journals mark it */
                                       "\xe2\x87\x91" /* ⇑ */, NULL};
    /* every symbol opens on one of four bytes: the letters of a byline,
     * tried at each position, leave on this one test */
    unsigned char c = (unsigned char)*p;
    if (c != '*' && c != '#' && c != 0xe2 && c != 0xc2)
        return 0;
    for (size_t i = 0; syms[i]; i++) /* the first byte first: most differ there */
        if (syms[i][0] == *p && strncmp(p, syms[i], strlen(syms[i])) == 0)
            return strlen(syms[i]);
    return 0;
}

/* Length of the marker symbol that ends at e (exclusive), or 0. */
static size_t marker_symbol_before(const char *s, const char *e) {
    for (size_t l = 1; l <= 3 && e - (ptrdiff_t)l >= s; l++)
        if (marker_symbol_len(e - l) == l)
            return l;
    return 0;
}

/* Length of the Roman numeral (capitals I, V, X, up to four) at p that a
 * comma, a space or the end closes, or 0. */
static size_t roman_len(const char *p) {
    size_t k = 0;
    while (k < 5 && (p[k] == 'I' || p[k] == 'V' || p[k] == 'X'))
        k++;
    return k && k < 5 && (!p[k] || p[k] == ',' || p[k] == ' ') ? k : 0;
}

/* Whether the markers m hold a Roman numeral. */
static int roman_marked(const char *m) {
    for (const char *p = m; *p; p++)
        if ((p == m || p[-1] == ',') && roman_len(p))
            return 1;
    return 0;
}

/* Length of an address number of one to three figures with a section's
 * letter ("37a", "50B", "104c": one institute's groups, as collaborations
 * number them) that a comma, a space or the end closes, or 0. */
static size_t lettered_number_len(const char *p) {
    size_t k = 0;
    while (k < 3 && p[k] >= '0' && p[k] <= '9')
        k++;
    if (!k || !((p[k] >= 'a' && p[k] <= 'z') || (p[k] >= 'A' && p[k] <= 'Z')))
        return 0;
    return !p[k + 1] || p[k + 1] == ',' || p[k + 1] == ' ' ? k + 1 : 0;
}

static void add_marker(jfyp_buf *m, const char *p, size_t n) {
    if (n == 0)
        return;
    if (m->len)
        jfyp_buf_putc(m, ',');
    jfyp_buf_put(m, p, n);
}

/* Splits a marker run "1,2*" or "a,b" into the comma list in m. */
static void add_markers(jfyp_buf *m, const char *p, size_t n) {
    size_t i = 0;
    while (i < n) {
        while (i < n && (p[i] == ',' || p[i] == ' ' || p[i] == ';'))
            i++;
        if (i >= n)
            break;
        size_t sl = marker_symbol_len(p + i);
        if (sl) {
            /* "**", "***": one marker, the symbol counted on */
            size_t run = sl;
            while (i + run + sl <= n && strncmp(p + i + run, p + i, sl) == 0)
                run += sl;
            add_marker(m, p + i, run);
            i += run;
            continue;
        }
        size_t j = i;
        if (p[i] >= '0' && p[i] <= '9') {
            while (j < n && p[j] >= '0' && p[j] <= '9')
                j++;
        } else if (roman_len(p + i) && roman_len(p + i) <= n - i) {
            j = i + roman_len(p + i); /* "II", "IV": one numeral */
        } else {
            /* a letter or anything else, one character */
            size_t l;
            jfyp_utf8_decode(p + i, &l);
            j = i + l;
        }
        add_marker(m, p + i, j - i);
        i = j;
    }
}

/* The markers in s[0, n) added to the name before's (a marker printed
 * after the comma, "Name,1,2"). m is empty before and after. -1 on OOM. */
static int give_markers(jfyp_buf *m, jfyp_byname *prev, const char *s, size_t n) {
    jfyp_buf_puts(m, prev->markers);
    add_markers(m, s, n);
    char *mk = jfyp_buf_finish(m);
    if (!mk)
        return -1;
    free(prev->markers);
    prev->markers = mk;
    return 0;
}

static int degree_word(const char *w, size_t n) {
    static const char *const degrees[] = {"PhD", "Ph.D.", "Ph.D", "MD", "M.D.", "MSc", "M.Sc.",
                                          "BSc", "B.Sc.", "MPH", "DPhil", "RN", "MBBS", "FRCP",
                                          "DVM", "MA", "BA", "MS", "DrPH", "PharmD", "DDS",
                                          "FRS", "MBChB", "MBA", "MSN", "MSW", "BS", "FACC",
                                          "FACP", "FRCPC", "MRCP", "MB", "BCh", "BDS", "MDS",
                                          "MM", "MMed", "MPhil", "FRCS", "MRCS", "DMD", "MCh",
                                          "BPharm", "MPharm", "DNP", "MHS", "MHSc", "BN", "DO",
                                          /* a dental hygienist, a pharmacist, a psychologist */
                                          "RDH", "RPh", "PsyD", "DSc", "MSPH",
                                          /* Chinese medical schools' bachelor and
                                           * master of pharmacy, as LWW prints them */
                                          "BM", "PharM",
                                          NULL};
    /* the degrees are two to six letters long, each opening on one of six
     * capitals: most words of a byline leave on these tests */
    if (n < 2 || n > 6 || !w[0] || !strchr("PMBDRF", w[0]))
        return 0;
    for (size_t i = 0; degrees[i]; i++) /* the first letter first: most words differ there */
        if (degrees[i][0] == w[0] && strlen(degrees[i]) == n && strncmp(w, degrees[i], n) == 0)
            return 1;
    return 0;
}

/* A degree after a name ("MD", "MSc." closing the line), or a degree with
 * the name's marker letters glued on ("MMa", "PhDb": a superscript the
 * extraction set on the line): the length of the degree, the letters
 * after it being markers; 0 when w is no degree. */
static size_t degree_len(const char *w) {
    size_t n = strlen(w);
    if (degree_word(w, n))
        return n;
    if (n > 2 && w[n - 1] == '.' && degree_word(w, n - 1))
        return n;
    for (size_t k = 1; k <= 2 && k + 2 <= n; k++) {
        const char *e = w + n - k;
        int letters = 1;
        for (const char *q = e; *q && letters; q++)
            letters = *q >= 'a' && *q <= 'z';
        if (letters && degree_word(w, n - k))
            return n - k;
    }
    return 0;
}

static int is_degree(const char *w) {
    return degree_len(w) != 0;
}

/* A credential no list can hold ("FACS", "APRN", "DPT", "ScD",
 * "CCC-SLP", "OTR/L", "MScPT"): a word of capitals, three to eight
 * bytes, a lower-case letter or two among them, a hyphen or a slash.
 * Read so only where it stands alone between a name's separators ("Jane
 * Roe, MD, FACS1, John Doe"), where a name would have two words at
 * least. The few of two capitals that name no state (PT, DM, JD) count
 * too; a country's code does not. */
static int credential_word(const char *w) {
    /* (RT: a respiratory or radiologic therapist, as chest journals
     * print "Joe Roe, RT; and Ann Poe, MD") */
    static const char *const two[] = {"PT", "DM", "JD", "NP", "OD", "RT", NULL};
    static const char *const places[] = {"USA", "UAE", "PRC", "ROC", "SAR", NULL};
    size_t n = strlen(w), caps = 0, lower = 0, run = 0;
    if (n == 2) {
        for (size_t i = 0; two[i]; i++)
            if (!strcmp(w, two[i]))
                return 1;
        return 0;
    }
    if (n < 3 || n > 8 || !(w[0] >= 'A' && w[0] <= 'Z'))
        return 0;
    for (size_t i = 0; places[i]; i++)
        if (!strcmp(w, places[i]))
            return 0;
    for (const char *q = w; *q; q++) {
        if (*q >= 'A' && *q <= 'Z')
            caps++, run = 0;
        else if (*q >= 'a' && *q <= 'z') {
            lower++;
            if (++run > 2)
                return 0;
        } else if ((*q == '-' || *q == '/') && q > w && q[1])
            run = 0;
        else
            return 0;
    }
    return caps >= 2 && lower <= 2;
}

/* An ORCID iD printed in the piece: taken out, returned malloc'd. */
static char *take_orcid(char *piece) {
    for (char *p = piece; *p; p++) {
        int ok = 1;
        for (int i = 0; i < 19 && ok; i++) {
            char c = p[i];
            if (i == 4 || i == 9 || i == 14)
                ok = c == '-';
            else if (i == 18)
                ok = (c >= '0' && c <= '9') || c == 'X';
            else
                ok = c >= '0' && c <= '9';
        }
        if (!ok)
            continue;
        char *id = jfyp_strndup(p, 19);
        /* Drop the URL or label before it as well. */
        char *from = p;
        const char *url = jfyp_stristr(piece, "orcid");
        if (url && url < p) {
            from = (char *)url;
            while (from > piece && from[-1] != ' ')
                from--;
        }
        memmove(from, p + 19, strlen(p + 19) + 1);
        return id;
    }
    return NULL;
}

/* (and the word that opens a byline: "By", "BY") */
static char *strip_prefix_titles(char *s) {
    static const char *const titles[] = {"Dr. ", "Dr ", "Prof. ", "Prof ", "Professor ",
                                         "Mr. ", "Mrs. ", "Ms. ", "and ", "& ", "by ", "By ", "BY ",
                                         NULL};
    int again = 1;
    while (again) {
        again = 0;
        for (size_t i = 0; titles[i]; i++)
            if (titles[i][0] == s[0] && strncmp(s, titles[i], strlen(titles[i])) == 0) {
                s += strlen(titles[i]);
                again = 1;
            }
    }
    return s;
}

/* Whether the word ending at e is a degree ("MD", "PhD"). */
static int degree_before(const char *s, const char *e) {
    const char *w = e;
    while (w > s && w[-1] != ' ')
        w--;
    char *d = jfyp_strndup(w, (size_t)(e - w));
    int ok = d && *d && degree_len(d) == strlen(d);
    free(d);
    return ok;
}

static size_t ocr_glyph_len(const char *p);

/* One piece between separators: the name, and its markers into m. */
static char *piece_name(char *piece, jfyp_buf *m, int letters) {
    char *s = jfyp_trim(piece);
    /* A symbol before the name ("*Jane Roe 1"): the corresponding
     * author's mark set first. */
    for (size_t sl; (sl = marker_symbol_len(s)) != 0 && s[sl] >= 'A' && s[sl] <= 'Z';) {
        add_markers(m, s, sl);
        s += sl;
    }
    /* or a symbol and its raised letters, the rest of a name's markers
     * wrapped onto the line of the next name ("‡a Yoshi Kama,a") */
    {
        size_t sl = marker_symbol_len(s), k = sl;
        while (sl && k < sl + 3 && s[k] >= 'a' && s[k] <= 'z')
            k++;
        if (sl && k > sl && s[k] == ' ' && s[k + 1] >= 'A' && s[k + 1] <= 'Z') {
            add_markers(m, s, k);
            s = jfyp_trim(s + k);
        }
    }
    /* Figures glued before the name ("2Jane Roe", "1,3John Doe"): the
     * affiliation markers some publishers set in front. */
    {
        char *q = s;
        while ((*q >= '0' && *q <= '9') || (*q == ',' && q > s && q[1] >= '0' && q[1] <= '9'))
            q++;
        if (q > s && q - s <= 5 && *q >= 'A' && *q <= 'Z' && q[1] >= 'a' && q[1] <= 'z') {
            add_markers(m, s, (size_t)(q - s));
            s = q;
        }
    }
    /* Markers before the name ("¹Jane Smith" in some layouts). */
    while (*s == JFYP_SUP) {
        char *e = strchr(s + 1, JFYP_SUP);
        if (!e)
            break;
        add_markers(m, s + 1, (size_t)(e - s - 1));
        s = jfyp_trim(e + 1);
    }
    char *e = s + strlen(s);
    int marked = 0, degreed = 0, signs = 0;
    for (;;) {
        while (e > s && (e[-1] == ' ' || e[-1] == ','))
            e--;
        if (e > s && e[-1] == JFYP_SUP) {
            char *b = e - 1;
            while (b > s && b[-1] != JFYP_SUP)
                b--;
            if (b > s) {
                add_markers(m, b, (size_t)(e - 1 - b));
                e = b - 1;
                continue;
            }
        }
        size_t sl = marker_symbol_before(s, e);
        if (sl) {
            size_t run = sl;
            while (e - (ptrdiff_t)(run + sl) >= s && marker_symbol_before(s, e - run) == sl &&
                   strncmp(e - run - sl, e - sl, sl) == 0)
                run += sl;
            add_markers(m, e - run, run);
            e -= run;
            continue;
        }
        /* "Guha!*", "Gyawali®", "Shorten’", "Ferretti*-": the signs OCR
         * reads a raised marker or an ORCID icon as, left after a name
         * (a name ends on none of them), and a hyphen among them: the
         * icon's signs (a registered or copyright sign) alone, the others
         * only before markers or signs taken off (a line's "Soils?" or a
         * quote's "’" may close a title's words) */
        {
            size_t g = 0;
            for (size_t l = 1; l <= 3 && e - (ptrdiff_t)l > s + 1 && !g; l++)
                if (ocr_glyph_len(e - l) == l && e[-(ptrdiff_t)l] != '<' && e[-(ptrdiff_t)l] != '>' &&
                    (signs || m->len || (l == 2 && (unsigned char)e[-2] == 0xc2 &&
                                         ((unsigned char)e[-1] == 0xae || (unsigned char)e[-1] == 0xa9))))
                    g = l;
            if (!g && e - s > 3 && e[-1] == '-' &&
                (e[-2] == '*' || (e[-2] != '@' && ocr_glyph_len(e - 2) == 1) || (e - s > 4 && ocr_glyph_len(e - 3) == 2) ||
                 (e - s > 5 && ocr_glyph_len(e - 4) == 3)))
                g = 1;
            if (g) {
                e -= g;
                signs = 1;
                continue;
            }
        }
        /* "Jane Roe1., John Doe1.,": PLOS's equal-contribution sign,
         * which text extraction reads as a full stop after the figures */
        if (e - s > 2 && e[-1] == '.' && e[-2] >= '0' && e[-2] <= '9' && !marked) {
            e--;
            continue;
        }
        /* (the sign closes the piece: "4.0" ending "CC-BY 4.0" is no
         * marker after a figure) */
        marked = 1;
        if (e > s && e[-1] >= '0' && e[-1] <= '9') {
            char *b = e;
            while (b > s && b[-1] >= '0' && b[-1] <= '9')
                b--;
            add_markers(m, b, (size_t)(e - b));
            e = b;
            continue;
        }
        /* "Jane Roe1 Ph.D.": a degree after the name's markers, or one
         * spelt with full stops (a bare "MD" after a surname may be its
         * initials), or one in capitals and small letters ("Jane Roe MD
         * PhD1": no initials), and the degrees before it, while a name
         * of two words stays */
        {
            char *sp = e - 1;
            while (sp > s && *sp != ' ')
                sp--;
            if (sp > s && *sp == ' ') {
                char *dw = jfyp_strndup(sp + 1, (size_t)(e - sp - 1));
                int mixed = 0;
                for (const char *q = dw; q && *q && !mixed; q++)
                    mixed = *q >= 'a' && *q <= 'z';
                int deg = dw && (degree_word(dw, strlen(dw)) || (degree_len(dw) == strlen(dw) && strchr(dw, '.')));
                /* (three capitals of the list after a name of two words
                 * in small letters, "Kate Poe MPH", spell initials
                 * seldom) */
                int three = dw && strlen(dw) >= 3 && !mixed && sp[-1] >= 'a' && sp[-1] <= 'z';
                deg = deg && ((dw && strchr(dw, '.')) || (sp[-1] >= '0' && sp[-1] <= '9') ||
                              marker_symbol_before(s, sp) ||
                              ((mixed || degreed || three) && memchr(s, ' ', (size_t)(sp - s))));
                free(dw);
                if (deg) {
                    e = sp;
                    degreed = 1;
                    continue;
                }
            }
        }
        /* "Barreto I,II": SciELO's raised Roman numerals, glued to the
         * surname ("BarretoI,II"): capitals I, V, X after a lower-case
         * letter end no surname */
        {
            char *b = e;
            while (b > s && e - b < 5 && (b[-1] == 'I' || b[-1] == 'V' || b[-1] == 'X'))
                b--;
            /* (or after "Jr.": "Auler Jr.XI") */
            int jr = b - s >= 3 && b[-1] == '.' && b[-2] == 'r' && b[-3] == 'J';
            if (b < e && b - s >= 3 && ((b[-1] >= 'a' && b[-1] <= 'z') || (unsigned char)b[-1] >= 0x80 || jr)) {
                add_markers(m, b, (size_t)(e - b));
                e = b;
                continue;
            }
        }
        /* "Tanaka *ab": letters raised after the corresponding author's
         * symbol are markers too */
        {
            char *b = e;
            while (b > s && e - b < 3 && b[-1] >= 'a' && b[-1] <= 'z')
                b--;
            if (b < e && b > s && marker_symbol_before(s, b)) {
                add_markers(m, b, (size_t)(e - b));
                e = b;
                continue;
            }
        }
        /* "Smith a" : a lone lower-case letter after the name ("e" and
         * "y" join names, but not after a degree: "MD e"). */
        /* In a byline whose other names carry raised letters, a lone
         * "e" or "y" ending a piece is the fifth or 25th affiliation's
         * letter: a joining word stands between two names, never before
         * a separator ("Costa b e" at a line's end, after another
         * marker, may still join the next line's name). */
        if (e - s > 3 && e[-1] >= 'a' && e[-1] <= 'z' && e[-2] == ' ' &&
            ((e[-1] != 'e' && e[-1] != 'y') || degree_before(s, e - 2) ||
             (letters && e - s > 4 && e[-4] != ' ' &&
              ((e[-3] >= 'a' && e[-3] <= 'z') || (unsigned char)e[-3] >= 0x80)))) {
            add_markers(m, e - 1, 1);
            e -= 2;
            continue;
        }
        break;
    }
    *e = '\0';
    jfyp_front_unsup(s);
    s = strip_prefix_titles(jfyp_trim(s));
    return jfyp_squeeze(s);
}

static int is_marker_only(const char *s) {
    if (!*s)
        return 0;
    for (const char *p = s; *p;) {
        size_t sl = marker_symbol_len(p);
        if (sl) {
            p += sl;
            continue;
        }
        if ((*p >= '0' && *p <= '9') || *p == JFYP_SUP || *p == ' ' || *p == ',') {
            p++;
            continue;
        }
        return 0;
    }
    return 1;
}

/* "Bikila warkineh2": a surname typed in lower case after a capitalized
 * given name, read as a name only with its marker glued on. */
static int lower_surname(const char *name) {
    const char *sp = strrchr(name, ' ');
    if (!sp || strlen(sp + 1) < 4 || strchr(name, ' ') != sp || !(name[0] >= 'A' && name[0] <= 'Z'))
        return 0;
    for (const char *p = sp + 1; *p; p++)
        if (!(*p >= 'a' && *p <= 'z'))
            return 0;
    char *given = jfyp_strndup(name, (size_t)(sp - name));
    char *probe = given ? jfyp_printf("%s Zz", given) : NULL;
    int ok = probe && jfyp_name_plausible(probe) && !jfyp_name_is_particle(sp + 1);
    free(given);
    free(probe);
    return ok;
}

/* Separators between names: , ; " and " " & ", never inside superscripts. */
static size_t separator_len(const char *p, int in_sup) {
    if (in_sup)
        return 0;
    if (*p == ',' || *p == ';')
        return 1;
    /* the rest open with a space, a bullet's first byte or a bar: any
     * other byte (most) is settled without comparing */
    if (*p != ' ' && *p != '\xe2' && *p != '|')
        return 0;
    if (strncmp(p, " and ", 5) == 0)
        return 5;
    if (strncmp(p, " & ", 3) == 0)
        return 3;
    /* "Jane Roe • John Doe", "Jane Roe 1 | John Doe 2": a bullet or a
     * bar between names, as some publishers set bylines */
    if (strncmp(p, "\xe2\x80\xa2", 3) == 0)
        return 3;
    if (strncmp(p, " \xc2\xb7 ", 4) == 0) /* "Jane Roe1 · John Doe2" */
        return 4;
    if (*p == '|')
        return 1;
    /* "Jane Roe . John Doe .": a raised dot between names that a text
     * extractor sets as a full stop with a space either side (an
     * initial's stop has none before it) */
    if (p[1] == '.' && p[2] == ' ' && p[3] >= 'A' && p[3] <= 'Z')
        return 3;
    if (p[1] == '.' && !p[2])
        return 2;
    return 0;
}

/* Whether byte c may open a capitalized name word: an ASCII capital or
 * the lead byte of an accented letter ("Álvaro", "Émile"). */
static int name_cap(unsigned char c) { return (c >= 'A' && c <= 'Z') || (c >= 0xc3 && c <= 0xc5); }

/* "Ana Silva e Pedro Costa", "María López y Juan Pérez": the Portuguese
 * and Spanish "and" at p (" e " or " y ") between two whole names, as
 * SciELO and Iberian journals set bylines. It joins two names when a
 * given name and a surname (its markers glued on or not) stand before it
 * in the piece, or the piece is the last name's markers alone, and a
 * given name and a surname follow; "Albuquerque e Melo" and "Ortega y
 * Gasset" (one word after it, then a marker, a separator or the end)
 * are one surname. Like "and" it comes before the last name only, after
 * list_end: "Ana Luiza e Souza Prado, Rui Melo and Eva Lund" is one
 * name with its "e" among others. digit_marks: the byline's names carry
 * numbers or raised marks. */
static int joining_and(const char *start, const char *p, const char *list_end, int digit_marks) {
    if (p < list_end || p[0] != ' ' || (p[1] != 'e' && p[1] != 'y') || (p[2] != ' ' && p[2] != '\n'))
        return 0;
    const char *w = p;
    while (w > start && w[-1] != ' ' && w[-1] != '\n')
        w--;
    int markers_only = 1;
    for (const char *q = start; q < p && markers_only; q++)
        markers_only = !((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z' && *q != 'I' && *q != 'V' && *q != 'X'));
    if (!markers_only) {
        /* the surname before it, and a given name before that */
        if (!name_cap((unsigned char)w[0]) || !((w[1] >= 'a' && w[1] <= 'z') || (unsigned char)w[1] >= 0x80))
            return 0;
        const char *g = w;
        while (g > start && (g[-1] == ' ' || g[-1] == '\n'))
            g--;
        if (g == start)
            return 0;
        /* where names carry numbers, the name before "and" does too:
         * "Rui Melo1, Ana Luiza e Souza Prado2" is one name */
        int marked = 0;
        for (const char *q = w; q < p && !marked; q++)
            marked = (*q >= '0' && *q <= '9') || *q == JFYP_SUP;
        if (digit_marks && !marked)
            return 0;
    }
    const char *a = p + 3;
    while (*a == ' ' || *a == '\n')
        a++;
    if (!name_cap((unsigned char)*a))
        return 0;
    while (*a && *a != ' ' && *a != '\n') {
        if (!((*a >= 'a' && *a <= 'z') || (*a >= 'A' && *a <= 'Z') || (unsigned char)*a >= 0x80 || *a == '.' ||
              *a == '-' || *a == '\''))
            return 0; /* a marker or a separator glued to the one word */
        a++;
    }
    if (!*a)
        return 0;
    a++;
    /* "Pedro da Costa": a particle before the surname */
    const char *b = a;
    while (*b >= 'a' && *b <= 'z' && b - a < 4)
        b++;
    if (b > a && *b == ' ') {
        char word[5];
        memcpy(word, a, (size_t)(b - a));
        word[b - a] = '\0';
        if (jfyp_name_is_particle(word) && strcmp(word, "e") && strcmp(word, "y"))
            a = b + 1;
    }
    return name_cap((unsigned char)a[0]) &&
           ((a[1] >= 'a' && a[1] <= 'z') || (unsigned char)a[1] >= 0x80 || a[1] == '.');
}

/* "Aurora, CO; Raritan, NJ; Boston, MA": the authors' towns with their
 * state codes, a list some journals print after the byline. Whether p
 * is such a list of two towns or more, up to the end. */
static int town_list(const char *p) {
    int items = 0;
    for (;;) {
        /* capitalized words, then ", XX" */
        if (!(*p >= 'A' && *p <= 'Z'))
            return 0;
        while (*p && *p != ',' && *p != ';') {
            if (*p == ' ' && !(p[1] >= 'A' && p[1] <= 'Z'))
                return 0;
            p++;
        }
        if (p[0] != ',' || p[1] != ' ' || !(p[2] >= 'A' && p[2] <= 'Z') || !(p[3] >= 'A' && p[3] <= 'Z'))
            return 0;
        p += 4;
        items++;
        while (*p == ' ')
            p++;
        if (!*p)
            return items >= 2;
        if (p[0] != ';' || p[1] != ' ')
            return 0;
        p += 2;
    }
}

/* Cuts a town list off the end of s. */
static void cut_town_list(char *s) {
    size_t n = strlen(s);
    if (n < 10 || !strstr(s, "; ") || !(s[n - 1] >= 'A' && s[n - 1] <= 'Z') || !(s[n - 2] >= 'A' && s[n - 2] <= 'Z'))
        return;
    for (char *p = s + 1; *p; p++)
        if (p[-1] == ' ' && town_list(p)) {
            *p = '\0';
            return;
        }
}

/* A word of initials in capitals after a surname ("Roe JA,", "Doe
 * AB1"): the byline sets its names surname first. */
static int initials_after_surname(const char *s) {
    for (const char *p = s; *p; p++) {
        if (p == s || p[-1] != ' ' || p - s < 3 || !(p[-2] >= 'a' && p[-2] <= 'z'))
            continue;
        size_t k = 0;
        while (p[k] >= 'A' && p[k] <= 'Z')
            k++;
        /* (not "ID", the icon's own spelling) */
        if (k >= 1 && k <= 3 && !(k == 2 && p[0] == 'I' && p[1] == 'D') && (!p[k] || p[k] == ',' || p[k] == ';' || (p[k] >= '0' && p[k] <= '9')))
            return 1;
    }
    return 0;
}

/* The ORCID icon some publishers set after a name, which an extraction
 * spells as a word "ID" or "iD": after the name's markers ("Jane Roe 1,*
 * ID ,"), or between the name and its markers ("Jane Roe ID1*") where
 * the byline puts given names first (there "ID" could not be initials),
 * or glued onto the name before its markers.
 * The length to drop at p, or 0. */
static size_t orcid_icon(const char *s, const char *p, int surname_first) {
    if (!((p[0] == 'I' || p[0] == 'i') && p[1] == 'D'))
        return 0;
    const char *a = p + 2;
    /* MuPDF glues it onto the surname, its markers after it ("Jane
     * RoeID1*"), and a layout reader (pdfminer.six) with its markers set
     * on the line above ("Jane RoeID," / "John DoeID"): no word of a name
     * runs from lower case into "ID" */
    if (p > s && p[-1] >= 'a' && p[-1] <= 'z' && p[0] == 'I' &&
        ((*a >= '0' && *a <= '9') || marker_symbol_len(a) || !*a || *a == ' ' || *a == ',' || *a == '\n'))
        return 2;
    if (p > s && p[-1] != ' ')
        return 0;
    if (*a && *a != ' ' && *a != ',' && !(*a >= '0' && *a <= '9') && !marker_symbol_len(a))
        return 0;
    const char *q = p;
    while (q > s && q[-1] == ' ')
        q--;
    if (q == s)
        return 0;
    int after_marks = (q[-1] >= '0' && q[-1] <= '9') || q[-1] == ',' || marker_symbol_before(s, q);
    if (after_marks || p[0] == 'i' || !surname_first)
        return 2;
    return 0;
}

/* "Jane Roe1* John Doe1": names set apart by their glued markers alone,
 * no comma. At p, a space after a name of two to four capitalized words
 * (from start) whose last one ends on a marker glued to a lower-case
 * letter, before a capitalized word that is no degree: the names part
 * there. */
static int glued_marker_break(const char *start, const char *p) {
    /* (the piece may open on the last of the name's markers before it,
     * "Jane Roe1,2 John Doe3" cut at its comma: "2 John Doe3") */
    if (*start >= '0' && *start <= '9') {
        while (start < p && ((*start >= '0' && *start <= '9') || *start == ','))
            start++;
        if (*start != ' ')
            return 0;
        start++;
    }
    if (*p != ' ' || !(p[1] >= 'A' && p[1] <= 'Z') || p - start < 4)
        return 0;
    const char *e = p;
    size_t sl;
    while (e > start && (sl = marker_symbol_before(start, e)) != 0)
        e -= sl;
    const char *d = e;
    while (d > start && ((d[-1] >= '0' && d[-1] <= '9') || d[-1] == ','))
        d--;
    /* or SciELO's raised Roman numerals ("Jane RoeII John Doe") */
    if (d == e)
        while (d > start && (d[-1] == 'I' || d[-1] == 'V' || d[-1] == 'X'))
            d--;
    if (d == e || e - d > 5 || d == start || !((d[-1] >= 'a' && d[-1] <= 'z') || (unsigned char)d[-1] >= 0x80))
        return 0;
    int words = 1;
    for (const char *q = start; q < d && words <= 4; q++) {
        if (*q == ' ')
            words++;
        if ((q == start || q[-1] == ' ') && !(*q >= 'A' && *q <= 'Z') && (unsigned char)*q < 0x80)
            return 0;
    }
    if (words < 2 || words > 4)
        return 0;
    const char *w = p + 1, *we = w;
    while (*we && *we != ' ' && *we != ',')
        we++;
    char *word = jfyp_strndup(w, (size_t)(we - w));
    int deg = !word || is_degree(word);
    free(word);
    return !deg;
}

/* "Ibrahim a,b*, Atef A. El-Helac, Hala M. El-Hefnawy b": the names
 * marked with letters set apart, one name with none whose last letter is
 * the letter after theirs: its marker, printed against it. Cut off and
 * made its marker. Where one name shows it so, the other names with none
 * whose last letter is one of the labels are glued so too ("..., and
 * Shagufta Perveena", as a layout reader, pdfminer.six, sets the last
 * one). With lists glued too ("Jianbo Lia,b", lists set), surnames as
 * short as two letters ("Lisha Wuc"). 0, or -1 on OOM. */
static int glued_letter(jfyp_byname *v, size_t cnt, int lists) {
    char top = 0;
    size_t marked = 0, bare = 0, next = cnt;
    for (size_t i = 0; i < cnt; i++) {
        const char *m = v[i].markers;
        if (!*m) {
            bare++;
            continue;
        }
        int letter = 0;
        for (const char *p = m; *p; p++) {
            if (*p >= 'a' && *p <= 'z' && (p == m || p[-1] == ',') && (!p[1] || p[1] == ',')) {
                letter = 1;
                top = *p > top ? *p : top;
            } else if (*p != ',' && *p != '*' && !(*p & 0x80))
                return 0; /* figures: no letter scheme */
        }
        marked += letter;
    }
    if (marked < 2 || !bare || bare > marked || !top || top == 'z')
        return 0;
    /* each bare name ends on a letter of the scheme after a lower-case
     * one, its surname long enough without it; one on the letter after
     * theirs */
    for (size_t i = 0; i < cnt; i++) {
        if (*v[i].markers)
            continue;
        const char *name = v[i].name;
        size_t n = strlen(name);
        const char *last = strrchr(name, ' ');
        if (!last || n < 2 || name[n - 1] < 'a' || name[n - 1] > top + 1 ||
            !(name[n - 2] >= 'a' && name[n - 2] <= 'z') || strlen(last + 1) < (lists ? 3u : 5u))
            return 0;
        if (name[n - 1] == top + 1)
            next = i;
    }
    if (next == cnt)
        return 0;
    for (size_t i = 0; i < cnt; i++) {
        if (*v[i].markers)
            continue;
        char *name = v[i].name;
        size_t n = strlen(name);
        char *mk = jfyp_strndup(name + n - 1, 1);
        if (!mk)
            return -1;
        name[n - 1] = '\0';
        free(v[i].markers);
        v[i].markers = mk;
    }
    return 0;
}

/* Length of the glyph at p that OCR reads a raised marker as (an
 * affiliation figure or a star too small for it, or an ORCID icon): a
 * quote, an apostrophe, a degree sign, a copyright or registered sign,
 * "!", "?", "<", ">", "@" or a raised "1" read as "}", or 0. */
static size_t ocr_glyph_len(const char *p) {
    static const char *const g[] = {"\xe2\x80\x98" /* ‘ */, "\xe2\x80\x99" /* ’ */, "\xe2\x80\x9c" /* “ */,
                                    "\xe2\x80\x9d" /* ” */, "\xc2\xb0" /* ° */, "\xc2\xa9" /* © */,
                                    "\xc2\xae" /* ® */, "\xe2\x84\xa2" /* ™ */, NULL};
    if (*p == '\'' || *p == '"' || *p == '!' || *p == '?' || *p == '<' || *p == '>' || *p == '@' || *p == '}')
        return 1;
    if ((unsigned char)*p != 0xe2 && (unsigned char)*p != 0xc2)
        return 0;
    for (size_t i = 0; g[i]; i++)
        if (strncmp(p, g[i], strlen(g[i])) == 0)
            return strlen(g[i]);
    return 0;
}

/* Length of a run at p of OCR marker glyphs, with the figures, stars and
 * colons read among them and single spaces between them ("' *", "© !4",
 * "”:*"), that holds one glyph at least; 0 when none. */
static size_t ocr_run_len(const char *p) {
    size_t i = 0, glyphs = 0, l;
    for (;;) {
        if ((l = ocr_glyph_len(p + i)) != 0) {
            glyphs++;
            i += l;
        } else if (p[i] == '*' || p[i] == ':' || p[i] == '+' || (p[i] >= '0' && p[i] <= '9')) {
            i++;
        } else if (p[i] == ' ' && i > 0 && p[i + 1] && p[i + 1] != ' ' &&
                   (ocr_glyph_len(p + i + 1) || p[i + 1] == '*' || (p[i + 1] >= '0' && p[i + 1] <= '9' &&
                                                                  (p[i + 2] == ',' || !p[i + 2])) ||
                    /* "Roe®+ 57”,": two figures, then a glyph */
                    (glyphs && p[i + 1] >= '0' && p[i + 1] <= '9' && p[i + 2] >= '0' && p[i + 2] <= '9' &&
                     ocr_glyph_len(p + i + 3)))) {
            i++;
        } else
            break;
    }
    while (i > 0 && p[i - 1] == ' ')
        i--;
    return glyphs ? i : 0;
}

/* "Jane Roe' * John Doe?* * Kate Poe*": the bullets between the names
 * read by OCR as stars, a space either side and a capital after. Two
 * such or more, in a byline with no comma or semicolon, are made bars (a
 * separator); a star against a name stays its marker. In place. */
static void ocr_bullets(char *s) {
    if (strchr(s, ',') || strchr(s, ';'))
        return;
    /* Springer's middle dots read as hyphens the same way ("Jane Roe' -
     * John Doe! - Kate Poe") */
    static const char *const bullet[] = {" * ", " - "};
    for (size_t b = 0; b < 2; b++) {
        size_t k = 0;
        for (const char *p = s; (p = strstr(p, bullet[b])) != NULL; p += 2)
            if (p[3] >= 'A' && p[3] <= 'Z')
                k++;
        if (k < 2)
            continue;
        for (char *p = s; (p = strstr(p, bullet[b])) != NULL; p += 2)
            if (p[3] >= 'A' && p[3] <= 'Z')
                p[1] = '|';
    }
}

/* Length of the capitalized word at p ("Joshi", "Ana-Lu"), letters of
 * UTF-8 too but no marker glyph, or 0. */
static size_t cap_word_len(const char *p) {
    size_t i = 0;
    if (!(*p >= 'A' && *p <= 'Z'))
        return 0;
    while (((p[i] >= 'a' && p[i] <= 'z') || (p[i] >= 'A' && p[i] <= 'Z') || p[i] == '-' ||
            (unsigned char)p[i] >= 0x80) &&
           !ocr_glyph_len(p + i))
        i++;
    return i >= 2 ? i : 0;
}

/* "Jane Roe', Meena, Joshi’, Kate Poe'": OCR reads a speck between a
 * given name and its surname as a comma. A lone word, no marker after
 * it, before a lone word that carries a marker glyph, in a byline whose
 * names are two words or more (three such at least, and no other lone
 * word: a surname-first list is all lone words) is one name. In place. */
static void ocr_split_name(char *s) {
    size_t wide = 0, lone = 0;
    for (const char *e = s; *e;) {
        while (*e == ' ' || *e == '\n')
            e++;
        const char *c = strchr(e, ',');
        size_t len = c ? (size_t)(c - e) : strlen(e), sp = 0;
        for (size_t i = 0; i < len; i++)
            sp += e[i] == ' ';
        if (len && sp >= 1)
            wide++;
        else if (len)
            lone++;
        e = c ? c + 1 : e + len;
    }
    if (wide < 3 || lone < 2 || lone > 4)
        return;
    char *w = s;
    for (char *p = s; *p;) {
        size_t a = (p == s || p[-1] == ' ' || p[-1] == '\n') ? cap_word_len(p) : 0;
        if (a && (p == s || (p - s >= 2 && p[-2] == ',') || p[-1] == '\n') && p[a] == ',' && p[a + 1] == ' ') {
            size_t b = cap_word_len(p + a + 2), g = b ? ocr_run_len(p + a + 2 + b) : 0;
            const char *q = p + a + 2 + b + g;
            if (b && g && (*q == ',' || *q == '\0' || *q == '\n')) {
                memmove(w, p, a);
                w += a;
                p += a + 1; /* the comma dropped, the space kept */
                continue;
            }
        }
        *w++ = *p++;
    }
    *w = '\0';
}

/* Length of an icon's glyph at p as OCR reads an ORCID iD's mark: a
 * copyright or registered sign, "@", or a guillemet; 0 when none. */
static size_t ocr_icon_len(const char *p) {
    if (*p == '@')
        return 1;
    if ((unsigned char)p[0] == 0xc2 &&
        ((unsigned char)p[1] == 0xa9 || (unsigned char)p[1] == 0xae || (unsigned char)p[1] == 0xab ||
         (unsigned char)p[1] == 0xbb))
        return 2;
    return 0;
}

/* Whether the byte before p ends a name's word in lower case (an ASCII
 * letter or a UTF-8 letter's last byte). */
static int name_end(const char *s, const char *p) {
    return p > s && ((p[-1] >= 'a' && p[-1] <= 'z') || ((unsigned char)p[-1] >= 0x80 && !ocr_glyph_len(p - 2)));
}

/* "Jane Roe ©®,' John Doe®,” and Kate Poe", "Ann Moe 1,*@, Ian Loy 2":
 * OCR reads the ORCID iD's icon before the comma as a sign, the raised
 * marker after it apart, and the byline reader takes no name with a sign
 * on each side of its comma; the icon before the comma goes, with the
 * space before it. And the scraps of the rarer glyphs it reads markers
 * as are made ones the marker reader knows: a guillemet a degree sign, a
 * closing bracket no bracket opened after a surname ("Ann Wang), Bo
 * Li") or a per cent sign closing a run of them ("Roe ®'2%,") an
 * apostrophe, and the colon or hyphen a set-apart list of figures is
 * read with ("Ann Moe 1:2, Ian Loy 1-*") a comma. One pass, in place. */
static void ocr_icon_marks(char *s) {
    char *w = s;
    int open = 0; /* a bracket opened since the last comma */
    for (char *p = s; *p;) {
        size_t l = ocr_icon_len(p), k = 0;
        if (l) {
            while ((l = ocr_icon_len(p + k)) != 0)
                k += l;
            int after_name = name_end(s, p) || (p > s && p[-1] == ' ' && name_end(s, p - 1)) ||
                             (p > s && (p[-1] == '*' || (p[-1] >= '0' && p[-1] <= '9'))) ||
                             (p - s >= 2 && p[-1] == ',' && p[-2] >= '0' && p[-2] <= '9'); /* "Moe 1,@," */
            size_t sp = p[k] == ' ' && p[k + 1] == ','; /* "Roe © ,'" */
            if (after_name && p[k + sp] == ',' && (ocr_glyph_len(p + k + sp + 1) || p[k + sp + 1] == ' ')) {
                if (w > s && w[-1] == ' ' && p > s && p[-1] == ' ')
                    w--;
                p += k + sp;
                continue;
            }
            /* a guillemet left as a marker: a degree sign, byte for byte */
            if ((unsigned char)p[0] == 0xc2 && ((unsigned char)p[1] == 0xab || (unsigned char)p[1] == 0xbb)) {
                *w++ = (char)0xc2;
                *w++ = (char)0xb0;
                p += 2;
                continue;
            }
        }
        /* "... and Kate Poe (*": the ORCID icon closing the byline read
         * as a bracket and a star or a sign: dropped with its space */
        if (*p == '(' && p > s && p[-1] == ' ' && name_end(s, p - 1)) {
            size_t g = 1;
            while (p[g] == '*' || ocr_icon_len(p + g))
                g += p[g] == '*' ? 1 : ocr_icon_len(p + g);
            if (g > 1 && (!p[g] || p[g] == '\n' || p[g] == ',')) {
                if (w > s && w[-1] == ' ')
                    w--;
                p += g;
                continue;
            }
        }
        char c = *p;
        if (c == '(')
            open = 1;
        else if (c == ',')
            open = 0;
        if (c == ')' && !open && name_end(s, p) && (p[1] == ',' || !p[1] || !strncmp(p + 1, " and ", 5)))
            c = '\'';
        else if (c == '%' && p > s && (p[-1] == '\'' || (p[-1] >= '0' && p[-1] <= '9')) && (p[1] == ',' || !p[1]))
            c = '\'';
        else if ((c == ':' || c == '-') && p > s && p[-1] >= '0' && p[-1] <= '9' && p - s >= 3 && p[-2] == ' ' &&
                 name_end(s, p - 2) && ((p[1] >= '0' && p[1] <= '9') || (c == '-' && p[1] == '*')))
            c = ',';
        *w++ = c;
        p++;
    }
    *w = '\0';
}

/* "Jane Roe,' John Doe”, Kate Poe°* and Ann Moe©": an OCR'd byline, its
 * raised markers read as quotes, degree or copyright signs after the
 * surname (or before the given name, "‘Jane Roe, °John Doe"). Two such
 * runs or more, each against a capitalized word and before a separator,
 * tell the shape; the glyphs are dropped and the figures and stars among
 * them kept as the name's markers. One pass over s, in place. */
static void ocr_markers(char *s) {
    size_t runs = 0, apart = 0, words = 0;
    int closing = 0; /* a run ends s */
    for (int pass = 0; pass < 2; pass++) {
        char *w = s;
        const char *word = NULL;    /* where the capitalized word at hand opened */
        const char *cap_end = NULL; /* the end of the last such word of two letters or more */
        unsigned char last = 0, last2 = 0; /* the last two bytes read as text (s is rewritten behind p) */
        int lone = 0;                      /* the word at hand follows a word in lower case */
        for (const char *p = s; *p;) {
            size_t l = 0;
            int after = 0, before = 0;
            if (cap_end && p == cap_end)
                after = 1; /* "Roe'" */
            else if (cap_end && p == cap_end + 1 && (p[-1] == ' ' || p[-1] == ','))
                after = p[-1] == ' ' ? 2 : 3; /* "Roe °", "Roe,'" */
            if (after && (l = ocr_run_len(p)) != 0) {
                const char *q = p + l;
                if (!(*q == '\0' || *q == ',' || *q == ';' || *q == '|' || *q == '\n' ||
                      (*q == ' ' && ((q[1] >= 'A' && q[1] <= 'Z') || !strncmp(q + 1, "and ", 4) || q[1] == '|' ||
                                     q[1] == '&' || q[1] == '\n'))))
                    l = 0;
                if (after == 3 && *q != ' ' && *q != '\n' && *q)
                    l = 0;
                if (l && (!*q || !strcmp(q, " |") || !strcmp(q, "|")))
                    closing = 1; /* (a bar after the last name of a line, Wiley's) */
            } else if ((p == s || (p[-1] == ' ' && p - s >= 2 && (p[-2] == ',' || p[-2] == '\n')) || p[-1] == '\n') &&
                       (l = ocr_glyph_len(p)) != 0 && p[l] >= 'A' && p[l] <= 'Z' && p[l + 1] >= 'a' && p[l + 1] <= 'z')
                before = 1; /* "‘Jane Roe" */
            else
                l = 0;
            if (!l) {
                unsigned char c = (unsigned char)*p;
                if (!pass && after == 2 && c >= '0' && c <= '9') {
                    /* "Ion Pop 13": figures set apart, the byline's other
                     * sign of raised markers */
                    const char *q = p;
                    while ((*q >= '0' && *q <= '9') || *q == '*' || *q == ',')
                        q++;
                    if (!*q || *q == '\n' || *q == ';' || (*q == ' ' && q[1] >= 'A' && q[1] <= 'Z'))
                        apart++;
                }
                if (!pass && c == ' ')
                    words++;
                if (c >= 'A' && c <= 'Z' && (p == s || p[-1] == ' ' || p[-1] == '\n' || p[-1] == '-')) {
                    word = p;
                    lone = last == ' ' && last2 >= 'a' && last2 <= 'z';
                } else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80 || c == '.'))
                    word = NULL;
                /* (a lone capital too when it closes a name, "Seshagiri M?*",
                 * an initial some bylines print after the given name) */
                if (word && c != '.' && !(c & 0x80) &&
                    (p + 1 - word >= 2 || lone))
                    cap_end = p + 1;
                last2 = last;
                last = c;
                if (pass)
                    *w++ = *p;
                p++;
                continue;
            }
            if (!pass) {
                runs++;
                p += l;
                continue;
            }
            if (after == 2)
                w--; /* "Yadav °,": the marker is the name's */
            if (!before)
                for (const char *r = p; r < p + l; r++)
                    if (*r == '*' || (*r >= '0' && *r <= '9'))
                        *w++ = *r;
            p += l;
            word = NULL;
        }
        if (pass)
            *w = '\0';
        /* One run is the shape too beside figures set apart ("Ana Pop }*
         * and Ion Pop 13"), or closing a lone name of two to four words
         * (a byline of one name a line, "Xin Zhou!") */
        if (!pass && runs < 2 && !(runs == 1 && (apart || (closing && words >= 1 && words <= 3))))
            return;
    }
}

/* Whether the byte before p ends a word in lower case (an ASCII letter
 * or a UTF-8 letter's last byte: "Júnior", "Diógenes"). */
static int lower_end(const char *s, const char *p) {
    return p > s && ((p[-1] >= 'a' && p[-1] <= 'z') || (unsigned char)p[-1] >= 0x80);
}

/* "Rocha I,III , Victor Diógenes IV,V": SciELO's raised Roman numerals,
 * which a column-keeping reader (pdftotext -layout) sets a gap apart from
 * the surname where the glyphs stand raised. Joined to the surname, as
 * the glued ones are read ("RochaI,III"), when they are a list or when
 * the byline glues others ("IchiharaI"): a lone "III" after a name in a
 * byline that prints no numeral glued is a name's suffix. */
static void spaced_roman_markers(char *s) {
    int glued = 0;
    for (char *p = s; *p && !glued; p++)
        glued = roman_len(p) && lower_end(s, p);
    char *w = s;
    for (char *p = s; *p; p++) {
        if (*p == ' ' && lower_end(s, p) && roman_len(p + 1)) {
            const char *q = p + 1 + roman_len(p + 1);
            int list = *q == ',' && roman_len(q + 1);
            if (list || (glued && (!*q || *q == ',' || (q[0] == ' ' && q[1] == ','))))
                continue;
        }
        *w++ = *p;
    }
    *w = '\0';
}

/* "Jane Roe2, 6zge Poe3": OCR reads a given name's capital O with its
 * diaeresis as a six (and a bare O as a naught) where the name opens a
 * piece of the byline (the string's start, or after a comma, a line's
 * end or an ampersand), before three lower-case letters or more and the
 * capitalized surname. A new string when mended (s freed), else s. */
static int ocr_digit_capital_at(const char *s, const char *p) {
    if ((*p != '6' && *p != '0') ||
        !(p == s || p[-1] == '\n' || (p - s >= 2 && p[-1] == ' ' && (p[-2] == ',' || p[-2] == '&'))))
        return 0;
    size_t l = 1;
    while (p[l] >= 'a' && p[l] <= 'z')
        l++;
    return l >= 4 && p[l] == ' ' && p[l + 1] >= 'A' && p[l + 1] <= 'Z' && p[l + 2] >= 'a' && p[l + 2] <= 'z';
}

static char *ocr_digit_capital(char *s) {
    size_t k = 0;
    for (const char *p = s; *p; p++)
        k += ocr_digit_capital_at(s, p);
    if (!k)
        return s;
    char *o = malloc(strlen(s) + k + 1), *w = o;
    if (!o)
        return s; /* (read as it is) */
    for (const char *p = s; *p; p++) {
        if (!ocr_digit_capital_at(s, p))
            *w++ = *p;
        else if (*p == '6') {
            *w++ = (char)0xc3; /* U+00D6 */
            *w++ = (char)0x96;
        } else
            *w++ = 'O';
    }
    *w = '\0';
    free(s);
    return o;
}

/* "lan Roe1, lsabel Doe2", "Wi11iam Poe": OCR reads a name's capital I
 * as a small l, and a small l inside it as a one. A word in small letters
 * that opens on l and a consonant no name's small word opens on ("ls",
 * "lv", "lr"; or "lan" itself), beside a capitalized word, gets its
 * capital back; ones between small letters are l's. In place. */
static void ocr_el_capital(char *s) {
    for (char *p = s; *p; p++) {
        if (*p == '1' && p > s && p[-1] >= 'a' && p[-1] <= 'z') {
            char *q = p;
            while (*q == '1')
                q++;
            if (*q >= 'a' && *q <= 'z')
                memset(p, 'l', (size_t)(q - p));
            continue;
        }
        if (*p != 'l' || !(p == s || p[-1] == ' ' || p[-1] == '\n'))
            continue;
        size_t k = 1;
        while (p[k] >= 'a' && p[k] <= 'z')
            k++;
        if (k < 3 || !(!p[k] || p[k] == ' ' || p[k] == ',' || p[k] == '\n' || (p[k] >= '0' && p[k] <= '9')))
            continue;
        int odd = !strchr("aeiouyl", p[1]) || (k == 3 && !strncmp(p, "lan", 3)) || (k == 4 && !strncmp(p, "lain", 4));
        /* a capitalized word after it, or before it */
        int cap_after = p[k] == ' ' && p[k + 1] >= 'A' && p[k + 1] <= 'Z' && p[k + 2] >= 'a' && p[k + 2] <= 'z';
        int cap_before = 0;
        if (p - s >= 3) { /* p - 1 is no pointer at all when p opens the string */
            const char *b = p - 1;
            while (b > s && b[-1] >= 'a' && b[-1] <= 'z')
                b--;
            cap_before = b > s && b < p - 2 && b[-1] >= 'A' && b[-1] <= 'Z' && (b - 1 == s || b[-2] == ' ');
        }
        if (odd && (cap_after || cap_before))
            *p = 'I';
    }
}

int jfyp_byline_weigh(const char *text, size_t *names, int *marked) {
    jfyp_byname *v = NULL;
    int rc = jfyp_byline_read(text, &v, names);
    *marked = 0;
    for (size_t k = 0; k < *names; k++)
        *marked |= *v[k].markers != '\0';
    jfyp_byline_free(v, *names);
    return rc;
}

/* "Jane Roe1, Saranbaatar2, John Doe3": one who goes by one name, a word
 * with its figures among names that have theirs (Mongolian and some
 * Indonesian and Indian authors print no other) */
static int one_word_name(const char *name, const char *mk, const char *prev_mk) {
    if (!strpbrk(mk, "0123456789") || !strpbrk(prev_mk, "0123456789") || !(name[0] >= 'A' && name[0] <= 'Z'))
        return 0;
    size_t k = 1;
    while ((name[k] >= 'a' && name[k] <= 'z') || (unsigned char)name[k] >= 0x80)
        k++;
    return k >= 5 && !name[k];
}

/* "Hong-Dou Jin(金洪斗)1,2": a name's own spelling in its script after it,
 * in brackets, which a font without the glyphs gives as signs ("Jin(7ùÎ)",
 * "Zhou(±|+)", "Hu((cid:7)°²)"): the bracket's length at p, when it
 * closes on a name's letter (w, over the copy s, ends the text before p)
 * and holds letters or signs beyond ASCII, two figures at most (no years,
 * "(1938–2023)", no markers, "(1,2)", "(†)") and no word of four letters
 * or more; else 0. */
static size_t native_name_len(const char *s, const char *w, const char *p) {
    const char *b = w;
    if (b > s && b[-1] == ' ')
        b--;
    if (b == s || !(((b[-1] | 0x20) >= 'a' && (b[-1] | 0x20) <= 'z') || (unsigned char)b[-1] >= 0x80))
        return 0;
    int depth = 0, wide = 0, figures = 0, signs = 1, chars = 0, han = 0;
    size_t run = 0, k = 0;
    for (; p[k] && k < 32; k++) {
        unsigned char c = (unsigned char)p[k];
        depth += c == '(';
        depth -= c == ')';
        if (!depth)
            break;
        if (k > 0 && c != ' ' && c != JFYP_SUP && (c & 0xC0) != 0x80) {
            size_t l;
            chars++;
            han += jfyp_utf8_decode(p + k, &l) >= 0x2E80;
        }
        int letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        run = letter ? run + 1 : 0;
        if (run >= 4)
            return 0;
        figures += c >= '0' && c <= '9';
        /* (a figure standing alone is a marker the bracket ran over: "Roe(
         * 2 °²)" is no one spelling) */
        if (c >= '0' && c <= '9' && p[k - 1] == ' ' && (p[k + 1] == ' ' || p[k + 1] == ','))
            return 0;
        wide |= c >= 0x80 || (c == '(' && !strncmp(p + k, "(cid:", 5));
        size_t ml = k > 0 ? marker_symbol_len(p + k) : 0;
        if (k > 0 && !ml && c != ',' && c != ' ' && (c < 0x80 || (c & 0xC0) == 0xC0))
            signs = 0;
        if (ml)
            k += ml - 1;
    }
    /* (three signs at least, as a name of two or three characters gives,
     * unless they are the characters themselves: "Zhang( °2)" is a
     * degree sign and a marker run together) */
    return p[k] == ')' && k > 1 && wide && figures <= 2 && !signs && (chars >= 3 || han == chars) ? k + 1 : 0;
}

/* A grade of a learned society's membership, as IEEE and others print
 * it after a member's name ("Senior Member", "Life Fellow"). */
static int society_grade(const char *w) {
    static const char *const g[] = {"Member", "Senior Member", "Student Member", "Graduate Student Member",
                                    "Life Member", "Life Senior Member", "Fellow", "Life Fellow", NULL};
    for (size_t i = 0; g[i]; i++)
        if (!strcmp(w, g[i]))
            return 1;
    return 0;
}

/* The society's initials after the grade ("IEEE", "OSA", "SPIE"): two to
 * six capitals. */
static int society_initials(const char *w) {
    size_t k = strspn(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    return k >= 2 && k <= 6 && !w[k];
}

/* Where a name's words run together, as MuPDF prints a byline whose
 * spaces the PDF only positions ("JaneRoe1,2, JohnDoe3"): whether p, a
 * capital after a small letter, opens a word glued to the one before.
 * The word before is three letters or more since the word's (or the
 * hyphen's) start and no prefix a surname keeps its capital after
 * ("McBride", "MacLeod", "DeLuca", "VanDyke", "FitzGerald"). */
static int glued_word_at(const char *s, const char *p) {
    if (!(*p >= 'A' && *p <= 'Z') || !((p[1] >= 'a' && p[1] <= 'z') || (p[1] == '\'' && p[2] >= 'A' && p[2] <= 'Z')))
        return 0;
    if (p == s || !(p[-1] >= 'a' && p[-1] <= 'z'))
        return 0;
    /* back over the small letters only to the word's one capital: a
     * letter before that capital is a capital of the same word too many
     * (and a run of glued words is read once, not once per word) */
    const char *w = p - 1;
    while (w > s && ((w[-1] >= 'a' && w[-1] <= 'z') || (unsigned char)w[-1] >= 0x80))
        w--;
    if (w == s || !(w[-1] >= 'A' && w[-1] <= 'Z'))
        return 0;
    w--;
    if ((w > s && ((w[-1] >= 'a' && w[-1] <= 'z') || (w[-1] >= 'A' && w[-1] <= 'Z') || (unsigned char)w[-1] >= 0x80)) ||
        p - w < 3)
        return 0;
    static const char *const keep[] = {"Mac", "Van", "Von", "Fitz", "Del", "Della", "Des", "Dal", "Ten", "Ter", NULL};
    for (size_t i = 0; keep[i]; i++)
        if (strlen(keep[i]) == (size_t)(p - w) && !strncmp(w, keep[i], (size_t)(p - w)))
            return 0;
    return 1;
}

/* "andTobias Roe1": the "and" MuPDF glued to the last name, at p. */
static int glued_and_at(const char *s, const char *p) {
    return (p == s || p[-1] == ' ' || p[-1] == ',' || p[-1] == '\n') && !strncmp(p, "and", 3) && p[3] >= 'A' &&
           p[3] <= 'Z' && p[4] >= 'a' && p[4] <= 'z';
}

/* s with the glued "and"s parted; s freed when a new string is returned. */
static char *unglue_and(char *s) {
    size_t k = 0;
    for (const char *p = s; *p; p++)
        k += glued_and_at(s, p);
    if (!k)
        return s;
    char *o = malloc(strlen(s) + k + 1), *w = o;
    if (!o)
        return s; /* (read as it is) */
    for (const char *p = s; *p; p++) {
        if (glued_and_at(s, p)) {
            memcpy(w, "and ", 4);
            w += 4;
            p += 2;
            continue;
        }
        *w++ = *p;
    }
    *w = '\0';
    free(s);
    return o;
}

/* The glued words given their space back, where two names or more of
 * the byline show one with its markers glued after it ("DiegoFerreira1,"):
 * a title's words run together ("PubMed", "GitHub") bear no marker. An
 * initial glued to the surname ("K.Larsen") is parted too. s freed when
 * a new string is returned. */
static char *unglue_words(char *s) {
    size_t glued = 0, k = 0;
    const char *e = s; /* where the run of letters after the last glued word ends */
    for (const char *p = s; *p; p++) {
        if (!glued_word_at(s, p))
            continue;
        k++;
        /* (the words glued in one run share its end: found once) */
        if (e <= p) {
            e = p + 1;
            while ((*e >= 'a' && *e <= 'z') || (*e >= 'A' && *e <= 'Z') || *e == '\'' || *e == '-' ||
                   (unsigned char)*e >= 0x80)
                e++;
        }
        glued += (*e >= '0' && *e <= '9') || marker_symbol_len(e);
    }
    if (glued < 2)
        return s;
    for (const char *p = s; *p; p++)
        k += p > s + 1 && *p >= 'A' && *p <= 'Z' && p[-1] == '.' && p[-2] >= 'A' && p[-2] <= 'Z' &&
             p[1] >= 'a' && p[1] <= 'z';
    char *o = malloc(strlen(s) + k + 1), *w = o;
    if (!o)
        return s; /* (read as it is) */
    for (const char *p = s; *p; p++) {
        if (glued_word_at(s, p) || (p > s + 1 && *p >= 'A' && *p <= 'Z' && p[-1] == '.' && p[-2] >= 'A' &&
                                    p[-2] <= 'Z' && p[1] >= 'a' && p[1] <= 'z'))
            *w++ = ' ';
        *w++ = *p;
    }
    *w = '\0';
    free(s);
    return o;
}

/* Whether word w (n bytes) is a name's raised letters printed on the
 * line: one small letter of the first ten or a number, a list of them
 * ("a,c", "1,3"), a star after. */
static int letter_mark(const char *w, size_t n) {
    size_t k = 0, lets = 0;
    while (k < n) {
        /* or an address's number of one or two figures ("1", "2,3") */
        if (w[k] >= '1' && w[k] <= '9') {
            k += k + 1 < n && w[k + 1] >= '0' && w[k + 1] <= '9' ? 2 : 1;
            if (k < n && w[k] >= '0' && w[k] <= '9')
                return 0;
        } else if (w[k] < 'a' || w[k] > 'j' || (k + 1 < n && w[k + 1] >= 'a' && w[k + 1] <= 'z'))
            return 0;
        else
            k++;
        lets++;
        while (k < n && (w[k] == ',' || w[k] == '*'))
            k++;
    }
    return lets > 0;
}

#define LETTER_WORDS 48

/* "Jane Q. Roe a John Doe b,c Ann Poe a": a byline whose names only
 * their raised letters part, no comma between (as Karger prints it, one
 * line of names under the title, "Milton H., Jr. Saier a" keeping a
 * given name's suffix before the surname). Returns the line with a
 * comma after each name's letters ("Jane Q. Roe a, John Doe b,c, ...")
 * and the suffix's comma gone, malloc'd; NULL when t is not so set (or
 * on OOM, *oom set). Two names at least, two to five words each, the
 * line ending on the last one's letters. The same with numbers ("Jane
 * Roe 1 John Doe 2,3"): raised figures an extraction set apart. */
static char *letter_parted(const char *t, int *oom) {
    *oom = 0;
    const char *ws[LETTER_WORDS];
    size_t wl[LETTER_WORDS], nw = 0;
    for (const char *p = t; *p;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        if (nw == LETTER_WORDS || *p == '\n')
            return NULL;
        ws[nw] = p;
        while (*p && *p != ' ')
            p++;
        wl[nw] = (size_t)(p - ws[nw]);
        nw++;
    }
    /* a mark after each name, the marks a list maybe set with spaces
     * ("a, c"): words are name words or marks */
    size_t names = 0, words = 0;
    int last_mark = 0;
    for (size_t i = 0; i < nw; i++) {
        if ((words >= 2 || last_mark) && letter_mark(ws[i], wl[i])) {
            if (!last_mark)
                names++;
            last_mark = 1;
            words = 0;
            continue;
        }
        last_mark = 0;
        if (!name_cap((unsigned char)ws[i][0]) || ++words > 5)
            return NULL;
        for (size_t k = 0; k < wl[i]; k++)
            if ((ws[i][k] >= '0' && ws[i][k] <= '9') || strchr("@();:", ws[i][k]))
                return NULL;
        /* (a comma only in "H., Jr.") */
        const char *c = memchr(ws[i], ',', wl[i]);
        if (c && !(c == ws[i] + wl[i] - 1 && i + 1 < nw &&
                   (!strncmp(ws[i + 1], "Jr.", 3) || !strncmp(ws[i + 1], "Sr.", 3))))
            return NULL;
    }
    if (names < 2 || !last_mark)
        return NULL;
    jfyp_buf b;
    jfyp_buf_init(&b);
    last_mark = 0;
    words = 0;
    for (size_t i = 0; i < nw; i++) {
        int mark = (words >= 2 || last_mark) && letter_mark(ws[i], wl[i]);
        if (!mark && last_mark)
            jfyp_buf_puts(&b, ", ");
        else if (i && !(mark && last_mark))
            jfyp_buf_putc(&b, ' ');
        size_t len = wl[i];
        if (!mark && ws[i][len - 1] == ',')
            len--;
        jfyp_buf_put(&b, ws[i], len);
        words = mark ? 0 : words + 1;
        last_mark = mark;
    }
    char *out = jfyp_buf_finish(&b);
    if (!out) {
        jfyp_buf_free(&b);
        *oom = 1;
    }
    return out;
}

/* Whether w is one surname alone ("Kamarulzaman" after the initial
 * "A"): a capital, then three small letters or more. */
static int one_surname(const char *w) {
    if (!(w[0] >= 'A' && w[0] <= 'Z'))
        return 0;
    size_t k = 1;
    while ((w[k] >= 'a' && w[k] <= 'z') || (w[k] == '-' && w[k + 1] >= 'A' && w[k + 1] <= 'Z'))
        k++;
    return k >= 4 && !w[k];
}

/* "Jane Roe,a John Doe,b,c Kate Poea": names marked with letters after
 * the commas that part them, the last name, which no comma follows, with
 * its one letter glued on. Every name before it marked with letters, it
 * bare, ending on a letter of theirs after a lower-case one: the letter
 * is its marker. 0, -1 on OOM. */
/* The highest single marker letter of the first cnt names, 0 if none. */
static char top_marker_letter(const jfyp_byname *v, size_t cnt) {
    char top = 0;
    for (size_t i = 0; i < cnt; i++)
        for (const char *p = v[i].markers; p && *p; p++)
            if (*p >= 'a' && *p <= 'z' && (p == v[i].markers || p[-1] == ',') && (!p[1] || p[1] == ','))
                top = *p > top ? *p : top;
    return top;
}

/* Whether the last letter of name (length n), taken for a glued marker,
 * may well be its surname's: a vowel after a consonant ("Costa",
 * "Rossi") ends many surnames, so it is read as a marker only when it is
 * the next letter after top, the highest the names before used (an
 * address is lettered in the order the byline first cites it). */
static int glued_letter_doubtful(const char *name, size_t n, char top) {
    if (n < 2)
        return 1;
    char c = name[n - 1], b = name[n - 2];
    return strchr("aeiou", c) && !strchr("aeiouy", b) && c != top + 1;
}

static int last_glued_letter(jfyp_byname *v, size_t cnt) {
    if (cnt < 3 || *v[cnt - 1].markers)
        return 0;
    char top = 0;
    for (size_t i = 0; i + 1 < cnt; i++) {
        const char *m = v[i].markers;
        if (!*m)
            return 0;
        for (const char *p = m; *p; p++) {
            if (*p >= 'a' && *p <= 'z' && (p == m || p[-1] == ',') && (!p[1] || p[1] == ','))
                top = *p > top ? *p : top;
            else if (*p != ',' && *p != '*')
                return 0;
        }
    }
    char *name = v[cnt - 1].name;
    size_t n = strlen(name);
    const char *last = strrchr(name, ' ');
    if (!top || !last || strlen(last + 1) < 5 || name[n - 1] < 'a' || name[n - 1] > top || name[n - 2] < 'a' ||
        name[n - 2] > 'z')
        return 0;
    char *mk = jfyp_strndup(name + n - 1, 1);
    if (!mk)
        return -1;
    name[n - 1] = '\0';
    free(v[cnt - 1].markers);
    v[cnt - 1].markers = mk;
    return 0;
}

/* Whether q holds nothing but single marker letters, commas and stars. */
static int letters_to_end(const char *q) {
    for (; *q; q++)
        if (!(*q == ',' || *q == ' ' || *q == '*' || (*q >= 'a' && *q <= 'z' && !(q[1] >= 'a' && q[1] <= 'z'))))
            return 0;
    return 1;
}

/* Length of a board's diploma at p, one or two capitals and the board's
 * capitals in brackets ("D(ABMM)", "D(ABMLI)"), that a separator, a
 * mark or the end closes; 0 when none. */
static size_t board_degree_len(const char *p) {
    size_t k = 0, b;
    while (k < 2 && p[k] >= 'A' && p[k] <= 'Z')
        k++;
    if (!k || p[k] != '(')
        return 0;
    for (b = k + 1; p[b] >= 'A' && p[b] <= 'Z' && b - k <= 7; b++)
        ;
    if (b - k - 1 < 2 || p[b] != ')')
        return 0;
    b++;
    return !p[b] || p[b] == ',' || p[b] == ' ' || p[b] == '\n' || marker_symbol_len(p + b) ? b : 0;
}

int jfyp_byline_read(const char *text, jfyp_byname **out, size_t *n) {
    *out = NULL;
    *n = 0;
    int oom;
    char *s = letter_parted(text, &oom);
    if (oom)
        return -1;
    if (!s)
        s = jfyp_strdup(text);
    if (!s)
        return -1;
    /* Bold around the line or a name is typography; stars after a name
     * with no bold opening before them ("Roe C**, Doe I***") are its
     * markers. */
    char *w = s;
    int open = 0, surname_first = initials_after_surname(s);
    for (char *p = s; *p; p++) {
        size_t icon = orcid_icon(s, p, surname_first);
        if (icon) {
            p += icon - 1;
            continue;
        }
        /* a glyph of the private-use area (an ORCID or e-mail icon the
         * font draws) is no letter of a name */
        if ((unsigned char)p[0] == 0xEE ||
            ((unsigned char)p[0] == 0xEF && (unsigned char)p[1] >= 0x80 && (unsigned char)p[1] < 0xA4)) {
            if (p[1] && p[2])
                p += 2;
            continue;
        }
        /* an icon's glyph the font does not map (an ORCID iD's, or the
         * corresponding author's envelope): U+FFFD from MuPDF, "(cid:1)"
         * from pdfminer.six, after a name and before a separator */
        if ((unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBF && (unsigned char)p[2] == 0xBD &&
            (!p[3] || p[3] == ',' || p[3] == ' ' || p[3] == '\n')) {
            p += 2;
            continue;
        }
        if (!strncmp(p, "(cid:", 5)) {
            const char *q = p + 5;
            while (*q >= '0' && *q <= '9' && q - p < 10)
                q++;
            if (q > p + 5 && *q == ')' && (!q[1] || q[1] == ',' || q[1] == ' ' || q[1] == '\n')) {
                p = (char *)q;
                continue;
            }
        }
        /* "Ann Roe, MD, PhD, D(ABMM)*": a board's diploma among a name's
         * degrees, its board in brackets: dropped with its comma (the
         * marks after it stay, the last degree's) */
        if (p[0] == ',' && p[1] == ' ' && w > s) {
            size_t k = board_degree_len(p + 2);
            if (k) {
                p += 1 + k;
                continue;
            }
        }
        if (p[0] == '(' && w > s) {
            size_t k = native_name_len(s, w, p);
            if (k) {
                /* its markers after it, the note of its e-mail among them
                 * ("1,2;1)") left out: the note names its author again */
                const char *q = p + k;
                while ((*q >= '0' && *q <= '9') || *q == ',' || (*q == ' ' && q[1] >= '0' && q[1] <= '9'))
                    *w++ = *q++;
                const char *d = *q == ';' ? q + 1 : q;
                while (d > q && *d >= '0' && *d <= '9')
                    d++;
                if (d > q + 1 && *d == ')')
                    q = d + 1;
                p = (char *)q - 1;
                continue;
            }
        }
        /* "Jane Roe (1), John Doe (2, 3)", "Kate Poe(a)": the markers in
         * brackets after the surname, before a separator or the line's
         * end: kept without the brackets */
        if (p[0] == '(' && w > s && (lower_end(s, w) || (w[-1] == ' ' && lower_end(s, w - 1)))) {
            size_t k = 1, figs = 0, lets = 0;
            while (k < 12 && ((p[k] >= '0' && p[k] <= '9') || p[k] == ',' || p[k] == ' ' || p[k] == '*' ||
                              (p[k] >= 'a' && p[k] <= 'z' && !(p[k + 1] >= 'a' && p[k + 1] <= 'z') &&
                               !(p[k - 1] >= 'a' && p[k - 1] <= 'z')))) {
                figs += p[k] >= '0' && p[k] <= '9';
                lets += p[k] >= 'a' && p[k] <= 'z';
                k++;
            }
            const char *a = p + k + 1;
            if (k > 1 && p[k] == ')' && (figs || lets) && figs <= 6 &&
                (!*a || *a == ',' || *a == ';' || *a == '\n' || !strncmp(a, " and ", 5) || !strncmp(a, " & ", 3) ||
                 !strncmp(a, " \xe2\x80\x93 ", 5) || !strncmp(a, " \xe2\x80\x94 ", 5) || (*a == ' ' && !a[1]))) {
                if (w[-1] != ' ' && lets)
                    *w++ = ' ';
                memmove(w, p + 1, k - 1);
                w += k - 1;
                p += k;
                continue;
            }
        }
        /* "Kezi Yao,[a] Arnau Roe,[b, d] and Nicola Doe*[a]": Chemistry
         * Europe's bracketed letters, set after the comma that ends the
         * name, are dropped: the notes they point to ("[a] K. Yao, Dr. N.
         * Doe / Department of ...") name the authors again over the
         * address, and the address reader, which reads the one address of
         * such a page unlabelled, reads none of them as a letter's */
        if (p[0] == '[' && w > s) {
            size_t k = 1;
            while (k < 14 && ((p[k] >= 'a' && p[k] <= 'z') || (p[k] >= '0' && p[k] <= '9') || p[k] == ',' ||
                              p[k] == ' '))
                k++;
            int comma = w[-1] == ',' || (w[-1] == ' ' && w - s >= 2 && w[-2] == ',');
            if (k > 1 && p[k] == ']' && p[1] != ' ' && (comma || w[-1] != ' ')) {
                if (comma)
                    w -= w[-1] == ' ' ? 2 : 1;
                if (comma)
                    *w++ = ',';
                p += k;
                continue;
            }
        }
        /* "Kezi Yao+,[a] Arnau Roe+,[a]": the sign of equal work glued to
         * a surname (a word of three letters or more, no ion's "Na+")
         * before the comma or the bracket: dropped, as the note it points
         * to ("[+] These authors contributed equally") names no one */
        if (p[0] == '+' && (p[1] == ',' || p[1] == '[') && w - s >= 3 && w[-1] >= 'a' && w[-1] <= 'z' &&
            ((w[-2] >= 'a' && w[-2] <= 'z') || (unsigned char)w[-2] >= 0x80) &&
            ((w[-3] >= 'a' && w[-3] <= 'z') || (unsigned char)w[-3] >= 0x80))
            continue;
        if (p[0] == '*' && p[1] == '*' && p[2] != '*' && (p == s || p[-1] != '*')) {
            int opener = (p == s || p[-1] == ' ' || p[-1] == ',') && p[2] && p[2] != ' ';
            char *q = opener ? strstr(p + 2, "**") : NULL;
            if (open || q) {
                open = !open;
                p++;
                continue;
            }
        }
        /* "Natalia Klimowska- Nassar": a double surname the line broke
         * after its hyphen, joined back with a space */
        if (p[0] == '-' && p[1] == ' ' && w > s && w[-1] >= 'a' && w[-1] <= 'z' && p[2] >= 'A' && p[2] <= 'Z' &&
            p[3] >= 'a' && p[3] <= 'z') {
            *w++ = *p++;
            continue;
        }
        /* "Jane Roe,1,a) John Doe2,b)": AIP's letters of the notes, with
         * their bracket after them: the letters alone */
        if (p[0] >= 'a' && p[0] <= 'z' && p[1] == ')' && w > s && w[-1] == ',' &&
            (!p[2] || p[2] == ' ' || p[2] == ',' || p[2] == '\n')) {
            *w++ = *p++;
            continue;
        }
        *w++ = *p;
    }
    *w = '\0';
    s = unglue_and(unglue_words(s));
    s = ocr_digit_capital(s);
    ocr_el_capital(s);
    ocr_icon_marks(s);
    ocr_bullets(s);
    ocr_split_name(s);
    ocr_markers(s);
    spaced_roman_markers(s);
    /* "..., Kate Roe, for the Northern Lymphoma Study Group (NLSG)": the
     * group the authors write for closes the list */
    char *grp = strstr(s, ", for the ");
    if (!grp)
        grp = strstr(s, ", on behalf of ");
    if (grp && grp > s)
        *grp = '\0';
    /* "..., E. Launay cfor the French Pediatric Society": the last name's
     * raised letter glued onto the "for the" that opens the group, which
     * ends the text (not a block whose addresses follow, read whole) */
    for (char *q = strstr(s, "for "); q && !grp; q = strstr(q + 1, "for ")) {
        const char *t = q + 4;
        while (*t == ' ')
            t++;
        const char *nl = strchr(t, '\n');
        if (q - s >= 4 && q[-1] >= 'a' && q[-1] <= 'z' && q[-2] == ' ' && !strncmp(t, "the", 3) &&
            (t[3] == ' ' || t[3] == '\n') && ((q[-3] >= 'a' && q[-3] <= 'z') || (unsigned char)q[-3] >= 0x80) &&
            strlen(t) < 120 && (!nl || !strchr(nl + 1, '\n'))) {
            *q = '\0';
            break;
        }
    }
    cut_town_list(s);
    if (strchr(s, '@') || strchr(s, '(') || (strstr(s, "http") && !jfyp_stristr(s, "orcid"))) {
        free(s);
        return 0;
    }
    /* "Jianbo Lia,b, Naya Huanga,b": a list of raised letters whose first
     * is glued to the surname, read as the name's last letter. Two such
     * lists, each in order ("a,b" after "Li", not "Silva,b" by chance
     * once), tell the byline sets them so. */
    int glued_lists = 0;
    for (const char *q = s; *q && glued_lists < 2; q++)
        if (*q == ',' && q - s >= 2 && q[-1] >= 'a' && q[-1] <= 'z' && q[-2] >= 'a' && q[-2] <= 'z' &&
            q[1] > q[-1] && q[1] <= 'z' && (q[2] == ',' || q[2] == ' ' || q[2] == '\0'))
            glued_lists++;
    /* (or one so glued and one raised apart, in order too: "Yuelong
     * Shua,e and Xiangjun Du a,e", as pdftotext sets a short surname's) */
    for (const char *q = s; *q && glued_lists == 1; q++)
        if (*q == ' ' && q[1] >= 'a' && q[1] <= 'z' && q[2] == ',' && q[3] > q[1] && q[3] <= 'z' &&
            (q[4] == ',' || q[4] == ' ' || q[4] == '\n' || q[4] == '\0'))
            glued_lists++;
    glued_lists = glued_lists >= 2;
    /* "Jane Roe a, John Doe b,c": letters raised apart from the names,
     * as pdftotext sets Elsevier bylines. Two of them, none a joining
     * "e" or "y", tell a lone "e" or "y" before a separator is a marker
     * too ("Ana Silva e Pedro Costa" has none). */
    int letters_marked = glued_lists;
    for (const char *q = s; *q && letters_marked < 2; q++)
        if (*q == ' ' && q > s && ((q[-1] >= 'a' && q[-1] <= 'z') || (q[-1] >= 'A' && q[-1] <= 'Z')) &&
            q[1] >= 'a' && q[1] <= 'z' && q[1] != 'e' && q[1] != 'y' &&
            (q[2] == ',' || q[2] == '\0' || q[2] == '\n' || (q[2] == ' ' && q[3] == ',')))
            letters_marked++;
    letters_marked = letters_marked >= 2;
    /* The last separator between names (a comma ending a name or before
     * one, "and", "&"): a Portuguese or Spanish "and" joins names after
     * it only. */
    const char *list_end = s;
    int digit_marks = 0;
    for (const char *q = s; *q; q++) {
        digit_marks |= (*q >= '0' && *q <= '9') || *q == JFYP_SUP;
        if (*q == ',' || *q == ';') {
            const char *a = q + 1;
            while (*a == ' ' || *a == '\n')
                a++;
            if ((name_cap((unsigned char)a[0]) && ((a[1] >= 'a' && a[1] <= 'z') || (unsigned char)a[1] >= 0x80)) ||
                (q - s >= 2 && ((q[-1] >= 'a' && q[-1] <= 'z') || (unsigned char)q[-1] >= 0x80) &&
                 ((q[-2] >= 'a' && q[-2] <= 'z') || (unsigned char)q[-2] >= 0x80)))
                list_end = q;
        } else if (*q == ' ' && (strncmp(q, " and ", 5) == 0 || strncmp(q, " & ", 3) == 0))
            list_end = q;
    }
    size_t cap = 8, cnt = 0;
    int after_grade = 0; /* the piece before was a society's grade */
    jfyp_byname *v = calloc(cap, sizeof *v);
    if (!v) {
        free(s);
        return -1;
    }
    /* "JANE ROE1, JOHN DOE2 AND ANN POE1": a byline set in capitals
     * joins its last name with "AND", after a list (a title in capitals,
     * "HEAT WAVES AND HOSPITAL ADMISSIONS", has no comma before it), or
     * after "BY", which no title opens on ("BY JANE ROE AND JOHN DOE") */
    int caps_and = 0;
    {
        const char *a = strstr(s, " AND ");
        int lower = 0;
        for (const char *q = s; *q && !lower; q++)
            lower = *q >= 'a' && *q <= 'z';
        caps_and = a && !lower && (memchr(s, ',', (size_t)(a - s)) != NULL || !strncmp(s, "BY ", 3));
    }
    /* "Jane Roe,a John Doe,b": letters raised after the comma that ends
     * each name; two such or more tell a letter glued onto the next name
     * ("Ann Poe,bKate Lee") is a marker */
    int comma_letters = 0;
    for (const char *q = s; *q; q++)
        if (*q == ',' && q > s && q[-1] >= 'a' && q[-1] <= 'z' && q[1] >= 'a' && q[1] <= 'z' &&
            (q[2] == ' ' || q[2] == ',' || q[2] == '\0'))
            comma_letters++;
    /* "Jane Roe,I John Doe,II Kate Poe,I": Roman numerals raised after
     * the comma that ends each name, no space before them (a sentence's
     * ", I think" has one); three such or more tell the byline sets its
     * markers so */
    int comma_romans = 0;
    for (const char *q = s; *q; q++)
        if (*q == ',' && q > s && q[-1] != ' ' && roman_len(q + 1) && q[1 + roman_len(q + 1)] == ' ' &&
            q[2 + roman_len(q + 1)] >= 'A' && q[2 + roman_len(q + 1)] <= 'Z')
            comma_romans++;
    int rc = 1, in_sup = 0, a_initial = 0, degrees = 0, credentials = 0;
    /* the piece before was raised letters after a comma, alone or
     * opening it ("Roe,a John Doe,b,e Kate") */
    int prev_letter = 0, cur_letter = 0, after_comma = 0;
    char *p = s, *start = s;
    for (;;) {
        size_t sep = *p ? separator_len(p, in_sup) : 1;
        if (!sep && caps_and && !in_sup && strncmp(p, " AND ", 5) == 0)
            sep = 5;
        /* "Jane Roe1 – John Doe2": a dash set apart between names, the
         * marker before it (a title's "Soil Carbon – Global Trends" has
         * none), a capital after it */
        if (!sep && !in_sup && p > s && ((p[-1] >= '0' && p[-1] <= '9') || p[-1] == '*') &&
            (!strncmp(p, " \xe2\x80\x93 ", 5) || !strncmp(p, " \xe2\x80\x94 ", 5)) && name_cap((unsigned char)p[5]))
            sep = 5;
        if (!sep && !in_sup && glued_marker_break(start, p))
            sep = 1;
        if (!sep && !in_sup && joining_and(start, p, list_end, digit_marks))
            sep = 3;
        if (*p == JFYP_SUP)
            in_sup = !in_sup;
        if (!sep) {
            p++;
            continue;
        }
        int end = *p == '\0', comma = *p == ',';
        *p = '\0';
        char *orcid = take_orcid(start);
        jfyp_buf m;
        jfyp_buf_init(&m);
        char *piece = jfyp_trim(start);
        /* "Jane Roe,1 John Doe,2": a marker printed after the comma that
         * ends a name opens the next piece; it is the previous name's. */
        if (cnt > 0 && *piece >= '0' && *piece <= '9') {
            char *q = piece;
            while (*q >= '0' && *q <= '9')
                q++;
            /* one to three figures (a collaboration numbers past 99
             * addresses: "104 John Doe"), with their section's letter
             * or not ("37a John Doe", "104b John Doe") */
            size_t figures = (size_t)(q - piece);
            if (lettered_number_len(piece) == figures + 1)
                q++;
            /* (a symbol after them: "Jane Roe,1* John Doe") */
            for (size_t sl; (sl = marker_symbol_len(q)) != 0;)
                q += sl;
            if (*q == ' ' && figures <= 3 && !is_marker_only(q)) {
                if (give_markers(&m, &v[cnt - 1], piece, (size_t)(q - piece)) < 0) {
                    free(orcid);
                    rc = -1;
                    break;
                }
                piece = jfyp_trim(q);
            }
        }
        /* "Jane RoeI,II John Doe": the Roman numerals after the comma are
         * the previous name's when it had one already */
        if (cnt > 0 && roman_len(piece) && (roman_marked(v[cnt - 1].markers) || comma_romans >= 3)) {
            char *q = piece + roman_len(piece);
            if (!*q || (*q == ' ' && q[1] >= 'A' && q[1] <= 'Z')) {
                if (give_markers(&m, &v[cnt - 1], piece, (size_t)(q - piece)) < 0) {
                    free(orcid);
                    rc = -1;
                    break;
                }
                piece = jfyp_trim(q);
            }
        }
        /* "Jane Roe,* John Doe": the star after the comma, set apart from
         * the next name, is the previous name's (a figure or two after
         * it too: "Jane Roe,*1 John Doe") */
        if (cnt > 0 && marker_symbol_len(piece)) {
            char *q = piece;
            for (size_t sl; (sl = marker_symbol_len(q)) != 0;)
                q += sl;
            char *f = q;
            while (*q >= '0' && *q <= '9' && q - f < 2)
                q++;
            if (*q == ' ' && !is_marker_only(q)) {
                if (give_markers(&m, &v[cnt - 1], piece, (size_t)(q - piece)) < 0) {
                    free(orcid);
                    rc = -1;
                    break;
                }
                piece = jfyp_trim(q);
            }
        }
        /* "Jane Roe,a John Doe,‡b": letters raised after the comma, as
         * some chemistry journals set them, with a symbol before them or
         * not, open the next piece; they are the previous name's (a
         * particle, "de Souza", is the next name's) */
        if (cnt > 0) {
            char *q = piece;
            for (size_t sl; (sl = marker_symbol_len(q)) != 0;)
                q += sl;
            char *l0 = q;
            while (*q >= 'a' && *q <= 'z' && q - l0 < 3)
                q++;
            char *word = q > l0 && *q == ' ' && q[1] >= 'A' && q[1] <= 'Z' ? jfyp_strndup(l0, (size_t)(q - l0)) : NULL;
            int particle = !word || jfyp_name_is_particle(word) || !strcmp(word, "e") || !strcmp(word, "y");
            /* "Jane Roe,a John Doe,b,e Kate Poe,c": a lone "e" or "y"
             * glued to the comma after a run of raised letters is the
             * run's last, not the "and" ("Ana Roe, e João Doe" sets a
             * space after the comma, and no letters before it) */
            if (particle && word && !word[1] && (*word == 'e' || *word == 'y') && piece == start && after_comma &&
                comma_letters >= 2 && (prev_letter || cnt == 1))
                particle = 0;
            free(word);
            /* (a letter glued onto the next name, "bAnucha Poe") */
            if (particle && comma_letters >= 2 && q - l0 == 1 && *q >= 'A' && *q <= 'Z' && q[1] >= 'a' && q[1] <= 'z')
                particle = 0;
            if (!particle) {
                cur_letter = q > l0 && piece == start && after_comma;
                if (give_markers(&m, &v[cnt - 1], piece, (size_t)(q - piece)) < 0) {
                    free(orcid);
                    rc = -1;
                    break;
                }
                piece = jfyp_trim(q);
            }
        }
        /* "Jane Roe, PhD" / "John Doe, MD": names a line each, their
         * degrees after a comma, read as one line: the degree opening the
         * piece before a name of two words is the name before's */
        if (cnt > 0) {
            char *sp = strchr(piece, ' ');
            if (sp && sp - piece <= 8 && sp[1] >= 'A' && sp[1] <= 'Z' && strchr(sp + 1, ' ')) {
                char word[9];
                memcpy(word, piece, (size_t)(sp - piece));
                word[sp - piece] = '\0';
                /* (a word in capitals alone may be a given name in a
                 * byline set in capitals: "JULIANA M. ROE") */
                int low = strpbrk(word, "abcdefghijklmnopqrstuvwxyz-/") != NULL;
                if ((degree_word(word, strlen(word)) && (low || strlen(word) >= 3 || !strcmp(word, "MD"))) ||
                    (credential_word(word) && low))
                    piece = jfyp_trim(sp);
            }
        }
        /* "Jane Roe, Senior Member, IEEE, John Doe, Fellow, OSA": a
         * society's grade after the name, then the society's initials,
         * both the name before's, not names */
        if (cnt > 0 && (society_grade(piece) || (after_grade && society_initials(piece)))) {
            after_grade = society_grade(piece);
            jfyp_buf_free(&m);
            free(orcid);
            if (end)
                break;
            p += sep;
            start = p;
            continue;
        }
        after_grade = 0;
        /* "Jane Roe, MD a,b ,": the letter after the comma is a marker */
        int letter = cnt > 0 && piece[0] >= 'a' && piece[0] <= 'z' && piece[1] == '\0' &&
                     ((piece[0] != 'e' && piece[0] != 'y') || *v[cnt - 1].markers || letters_marked);
        /* or with the corresponding author's star after it ("a,b*") */
        letter |= cnt > 0 && piece[0] >= 'a' && piece[0] <= 'z' && piece[1] && marker_symbol_len(piece + 1) &&
                  is_marker_only(piece + 1);
        /* "R. M. Roe, Jr.,9": the suffix after the comma is the name
         * before's, and so are the markers glued to it */
        if (cnt > 0 && (!strncmp(piece, "Jr.", 3) || !strncmp(piece, "Sr.", 3)) &&
            (!piece[3] || is_marker_only(piece + 3))) {
            char *nm = jfyp_printf("%s %.3s", v[cnt - 1].name, piece);
            if (!nm || (piece[3] && give_markers(&m, &v[cnt - 1], piece + 3, strlen(piece + 3)) < 0)) {
                free(nm);
                free(orcid);
                rc = -1;
                break;
            }
            free(v[cnt - 1].name);
            v[cnt - 1].name = nm;
            free(orcid);
            jfyp_buf_free(&m);
            if (end)
                break;
            p += sep;
            start = p;
            continue;
        }
        /* or numbers with their sections' letters ("37a,37b") */
        letter |= cnt > 0 && *piece && lettered_number_len(piece) == strlen(piece);
        if ((letter || is_marker_only(piece)) && cnt > 0) {
            cur_letter = letter && piece == start && after_comma;
            char *pn = v[cnt - 1].name;
            size_t pl = strlen(pn);
            /* (or, names marked with letters after their commas, the
             * last name's first letter, which no comma parts from it, a
             * run of letters ending the line: "..., Kate Poec,d,e") */
            int last_run = !glued_lists && comma_letters >= 2 && after_comma && !end && letters_to_end(p + sep);
            if (letter && (glued_lists || last_run) && piece == start && !*v[cnt - 1].markers && pl >= 4 &&
                pn[pl - 1] >= 'a' && pn[pl - 1] < piece[0] && pn[pl - 2] >= 'a' && pn[pl - 2] <= 'z' &&
                pn[pl - 3] != ' ' && (glued_lists || !glued_letter_doubtful(pn, pl, top_marker_letter(v, cnt - 1)))) {
                add_marker(&m, pn + pl - 1, 1);
                pn[pl - 1] = '\0';
            }
            if (give_markers(&m, &v[cnt - 1], piece, strlen(piece)) < 0) {
                free(orcid);
                rc = -1;
                break;
            }
            if (orcid && !v[cnt - 1].orcid)
                v[cnt - 1].orcid = orcid;
            else
                free(orcid);
        } else if (*piece) {
            char *name = piece_name(piece, &m, letters_marked);
            char *mk = jfyp_buf_finish(&m);
            if (!mk) {
                free(orcid);
                rc = -1;
                break;
            }
            int listed = is_degree(name);
            if ((listed || credential_word(name)) && cnt > 0) {
                /* (a credential of no list counts only in a byline that
                 * shows a listed degree too: "Deep Learning Models, CNN,
                 * LSTM" is a title's line) */
                degrees += listed;
                credentials += !listed;
                /* "Jane Roe, MD a,b": the degree's markers are hers, and
                 * so are the letters glued to it ("MDa") */
                const char *glued = name + (listed ? degree_len(name) : strlen(name));
                if (*glued && *glued != '.') {
                    jfyp_buf_puts(&m, mk);
                    add_markers(&m, glued, strlen(glued));
                    char *all = jfyp_buf_finish(&m);
                    if (!all) {
                        free(mk);
                        free(orcid);
                        rc = -1;
                        break;
                    }
                    free(mk);
                    mk = all;
                }
                int g = *mk ? give_markers(&m, &v[cnt - 1], mk, strlen(mk)) : 0;
                free(mk);
                free(orcid);
                if (g < 0) {
                    rc = -1;
                    break;
                }
            } else if (!jfyp_name_plausible(name) && !(*mk && lower_surname(name)) &&
                       !(cnt > 0 && one_word_name(name, mk, v[cnt - 1].markers)) &&
                       !(name[0] == 'A' && name[1] == ' ' && (jfyp_name_plausible(name + 2) || one_surname(name + 2)) &&
                         ++a_initial)) {
                free(mk);
                free(orcid);
                rc = 0;
                break;
            } else {
                if (cnt == cap) {
                    jfyp_byname *nv = realloc(v, 2 * cap * sizeof *v);
                    if (!nv) {
                        free(mk);
                        free(orcid);
                        rc = -1;
                        break;
                    }
                    v = nv;
                    memset(v + cap, 0, cap * sizeof *v);
                    cap *= 2;
                }
                v[cnt].name = jfyp_strdup(name);
                v[cnt].markers = mk;
                v[cnt].orcid = orcid;
                cnt++;
                if (!v[cnt - 1].name) {
                    rc = -1;
                    break;
                }
            }
        } else {
            jfyp_buf_free(&m);
            free(orcid);
        }
        if (end)
            break;
        prev_letter = cur_letter;
        cur_letter = 0;
        after_comma = comma;
        p += sep;
        start = p;
    }
    free(s);
    /* "A Pali Roe": the initial A, not the article, only among names
     * enough to tell ("A Novel Approach" alone is a title's line), or
     * among names with their degrees ("LH Roe, MD, A Pali, FRACP": no
     * title's words take one) */
    if (rc == 1 && a_initial && cnt < (size_t)a_initial + 2 && !degrees)
        rc = 0;
    if (rc == 1 && credentials && !degrees)
        rc = 0;
    if (rc != 1 || cnt == 0) {
        jfyp_byline_free(v, cnt);
        return rc < 0 ? -1 : 0;
    }
    if (comma_letters >= 2 && last_glued_letter(v, cnt) < 0) {
        jfyp_byline_free(v, cnt);
        return -1;
    }
    if (glued_letter(v, cnt, glued_lists) < 0) {
        jfyp_byline_free(v, cnt);
        return -1;
    }
    *out = v;
    *n = cnt;
    return 1;
}

/* A block of two or more lines, each one name (markers allowed), maybe
 * with the addresses under them in the same block (then split off into a
 * block of their own): 1 with the names in *out, 0 when not, -1 on OOM. */
static int name_per_line(jfy_node *b, jfyp_byname **out, size_t *n) {
    char *t = jfyp_front_text(b, 1);
    if (!t)
        return -1;
    size_t lines = 1;
    for (const char *p = t; *p; p++)
        lines += *p == '\n';
    jfyp_byname *all = lines >= 2 && lines <= 60 ? calloc(lines, sizeof *all) : NULL;
    size_t cnt = 0, rest = 0;
    int rc = lines >= 2 && lines <= 60 ? (all ? 1 : -1) : 0;
    for (char *p = t; p && rc == 1;) {
        char *e = strchr(p, '\n');
        if (e)
            *e = '\0';
        jfyp_byname *v = NULL;
        size_t k = 0;
        int r1 = jfyp_byline_read(jfyp_trim(p), &v, &k);
        if (r1 == 1 && k == 1) {
            all[cnt++] = v[0];
            free(v);
        } else {
            jfyp_byline_free(v, k);
            rc = r1 < 0 ? -1 : 0;
            /* the names' addresses under them */
            if (rc == 0 && cnt >= 2 && jfyp_front_has_institution_word(p))
                rest = cnt;
        }
        p = e ? e + 1 : NULL;
    }
    free(t);
    if (rest) {
        jfyp_lines l;
        rc = jfyp_lines_of(b, &l) < 0 ? -1 : 0;
        if (rc == 0 && l.n == lines)
            rc = jfyp_lines_split(b, &l, rest) ? 1 : -1;
        if (rc == 0 || rc == 1)
            jfyp_lines_free(&l);
    }
    if (rc != 1) {
        jfyp_byline_free(all, cnt);
        return rc;
    }
    *out = all;
    *n = cnt;
    return 1;
}

/* Whether block b reads as a byline too: names one a line. */
static int next_is_name(const jfy_node *b) {
    if (b->type != JFY_N_PARAGRAPH)
        return 0;
    char *t = jfyp_front_text(b, 0);
    if (!t)
        return -1;
    jfyp_byname *v = NULL;
    size_t cnt = 0;
    int rc = jfyp_byline_read(t, &v, &cnt);
    jfyp_byline_free(v, cnt);
    free(t);
    return rc;
}

/* A line that is only an ORCID iD: "ORCID: 0000-0002-1825-0097",
 * "https://orcid.org/0000-...", "iD 0000-...". */
static int orcid_line(const char *t) {
    char *c = jfyp_strdup(t);
    if (!c)
        return 0;
    char *id = take_orcid(c);
    int only = id != NULL;
    /* Left once the iD (and its URL) is out: only the label and stops. */
    for (const char *p = c; *p && only; p++) {
        if (jfyp_strnieq(p, "orcid", 5))
            p += 4;
        else if (strncmp(p, "iD", 2) == 0)
            p += 1;
        else if (*p != ' ' && *p != ':' && *p != '.' && *p != ',' && *p != '(' && *p != ')' &&
                 *p != JFYP_SUP)
            only = 0;
    }
    free(id);
    free(c);
    return only;
}

static int attach_orcid(jfy_node *contrib, const char *t) {
    if (jfyp_node_child(contrib, JFY_N_ORCID))
        return 0;
    char *c = jfyp_strdup(t);
    char *id = c ? take_orcid(c) : NULL;
    char *url = id ? jfyp_printf("https://orcid.org/%s", id) : NULL;
    jfy_node *o = url ? jfyp_node_new_text(JFY_N_ORCID, url) : NULL;
    free(c);
    free(id);
    free(url);
    if (!o)
        return -1;
    jfyp_node_append(contrib, o);
    return 1;
}

/* "SMITH AB, JONES CD": a byline in capitals with the initials after the
 * surname. Read as such only when every name has that shape. */
static int caps_initials_after(const jfyp_byname *v, size_t n) {
    for (size_t i = 0; i < n; i++) {
        int letters, upper;
        jfyp_utf8_case_counts(v[i].name, &letters, &upper);
        const char *sp = strrchr(v[i].name, ' ');
        if (letters == 0 || upper != letters || !sp || strlen(sp + 1) > 3 || strchr(sp + 1, '.') ||
            (size_t)(sp - v[i].name) < 3)
            return 0;
        /* (an initial before the last word, "JANE Q. ROE", puts the
         * given names first) */
        for (const char *w = v[i].name; w < sp; w = strchr(w, ' ') + 1) {
            const char *we = strchr(w, ' ');
            if (we - w == 1 || (we - w == 2 && w[1] == '.'))
                return 0;
        }
    }
    return 1;
}

/* "Seshagiri M" among "Sunil Muddaiah" and "Priya Raman": a byline in
 * reading order where a name ends on one capital, the family name some
 * South Indian authors print as an initial, not a reference's initials
 * after a surname. Whether name i is such a one. */
static int initial_surname(const jfyp_byname *v, size_t n, size_t i) {
    const char *sp = strrchr(v[i].name, ' ');
    if (!sp || strlen(sp + 1) != 1 || !(sp[1] >= 'A' && sp[1] <= 'Z') || strchr(v[i].name, '.'))
        return 0;
    size_t plain = 0;
    for (size_t k = 0; k < n; k++) {
        const char *w = strrchr(v[k].name, ' ');
        w = w ? w + 1 : v[k].name;
        plain += k != i && strlen(w) >= 3 && w[1] >= 'a' && w[1] <= 'z';
    }
    return n >= 3 && plain * 2 >= n;
}

/* "Kanglan LI, Shouchao WEI, Ming ZHAO", "Rafael de FRAGA, Igor DO
 * VALE": given names first, the surname in capitals, as some Chinese and
 * Latin American journals print them. A short one ("LI") reads like a
 * reference's initials after a surname; a byline where every name ends
 * on a word in capitals after a word in lower case, one of them too long
 * for initials, says the words in capitals are the surname, and only
 * they (a particle in lower case is the given name's). Whether the byline
 * has that shape: 1 or 0, or -1 on OOM. */
static int caps_surnames(const jfyp_byname *v, size_t n) {
    int longer = 0;
    for (size_t i = 0; i < n; i++) {
        const char *sp = strrchr(v[i].name, ' ');
        if (!sp || strchr(sp, '.'))
            return 0;
        int letters, upper, gl, gu;
        jfyp_utf8_case_counts(sp + 1, &letters, &upper);
        char *given = jfyp_strndup(v[i].name, (size_t)(sp - v[i].name));
        if (!given)
            return -1;
        jfyp_utf8_case_counts(given, &gl, &gu);
        free(given);
        if (letters < 2 || upper != letters || gu == gl)
            return 0;
        longer |= letters >= 4;
    }
    return n >= 2 && longer;
}

/* "ZHANG Wei1, LI Na2, WANG Xiaoming3": the surname first and in
 * capitals, the given names after it in small letters, as some Chinese
 * and French journals print them. Every name so, one surname too long
 * for initials ("JQ Roe" puts its initials first): 1, else 0. */
static int caps_surname_first(const jfyp_byname *v, size_t n) {
    int longer = 0;
    for (size_t i = 0; i < n; i++) {
        const char *sp = strchr(v[i].name, ' ');
        if (!sp || memchr(v[i].name, '.', (size_t)(sp - v[i].name)))
            return 0;
        int letters = 0, upper = 0;
        for (const char *q = v[i].name; q < sp; q++) {
            letters += (*q >= 'A' && *q <= 'Z') || (*q >= 'a' && *q <= 'z');
            upper += *q >= 'A' && *q <= 'Z';
        }
        if (letters < 2 || upper != letters || sp - v[i].name != letters)
            return 0;
        /* each word after it a capital and small letters */
        for (const char *w = sp + 1; *w; ) {
            if (!(*w >= 'A' && *w <= 'Z') || !(w[1] >= 'a' && w[1] <= 'z'))
                return 0;
            const char *we = strchr(w, ' ');
            w = we ? we + 1 : w + strlen(w);
        }
        longer |= letters >= 4;
    }
    return n >= 2 && longer;
}

/* Whether the name ends on a generation's word ("COSTA NETO", "Roe Jr."),
 * which the name reader keeps apart from the surname. */
static int generation_end(const char *name) {
    jfyp_name nm = {0};
    int rc = jfyp_name_parse(name, &nm), gen = rc == 1 && nm.suffix;
    if (rc == 1)
        jfyp_name_free(&nm);
    return gen;
}

static int add_contrib(jfy_node *group, const jfyp_byname *b, int inverted, const jfy_node *src) {
    jfyp_name nm = {0};
    char *text = NULL;
    if (inverted == 4) {
        /* the first word the surname, "ZHANG Xiao Wei" */
        const char *sp = strchr(b->name, ' ');
        text = jfyp_printf("%.*s, %s", (int)(sp - b->name), b->name, sp + 1);
    } else if (inverted == 3) {
        /* the words in capitals that end the name, "DA LUZ" of "José DA LUZ" */
        const char *sp = strrchr(b->name, ' ');
        for (const char *q = sp; q > b->name;) {
            const char *w = q;
            while (w > b->name && w[-1] != ' ')
                w--;
            if (w == b->name || q - w < 2)
                break;
            char *word = jfyp_strndup(w, (size_t)(q - w));
            int letters = 0, upper = 0, dot = word && strchr(word, '.');
            if (word)
                jfyp_utf8_case_counts(word, &letters, &upper);
            free(word);
            /* (an initial, "K." of "Anna K. ROE", is the given name's) */
            if (letters < 2 || upper != letters || dot)
                break;
            sp = w - 1;
            q = w - 1;
        }
        text = jfyp_printf("%s, %.*s", sp + 1, (int)(sp - b->name), b->name);
    } else if (inverted == 2) {
        const char *sp = strrchr(b->name, ' ');
        text = jfyp_printf("%s, %.*s", sp + 1, (int)(sp - b->name), b->name);
    } else if (inverted) {
        const char *sp = strrchr(b->name, ' ');
        text = jfyp_printf("%.*s, %s", (int)(sp - b->name), b->name, sp + 1);
    } else {
        text = jfyp_strdup(b->name);
    }
    if (!text)
        return -1;
    int rc = jfyp_name_parse(text, &nm);
    free(text);
    if (rc <= 0)
        return rc;
    jfy_node *c = jfyp_node_new(JFY_N_CONTRIB), *name = jfyp_node_new(JFY_N_NAME);
    int bad = !c || !name;
    if (!bad) {
        jfyp_node_span_from(c, src);
        jfyp_node_span_from(name, src);
        jfyp_node_append(c, name);
        bad |= jfyp_node_set_attr(c, "contrib-type", "author") < 0;
        bad |= jfyp_node_set_attr(name, "surname", nm.surname) < 0;
        if (nm.given)
            bad |= jfyp_node_set_attr(name, "given", nm.given) < 0;
        if (nm.suffix)
            bad |= jfyp_node_set_attr(name, "suffix", nm.suffix) < 0;
        if (*b->markers)
            bad |= jfyp_node_set_attr(c, "markers", b->markers) < 0;
        if (b->orcid) {
            char *url = jfyp_printf("https://orcid.org/%s", b->orcid);
            jfy_node *o = url ? jfyp_node_new_text(JFY_N_ORCID, url) : NULL;
            free(url);
            if (!o)
                bad = 1;
            else
                jfyp_node_append(c, o);
        }
    }
    jfyp_name_free(&nm);
    if (bad) {
        jfyp_node_free(c);
        if (!c)
            jfyp_node_free(name);
        return -1;
    }
    jfyp_node_append(group, c);
    return 1;
}

/* Where the byline may start: after the title when there is one, and
 * after its subtitle or its translation; from the page's head when the
 * title reader found the names over the title. */
static int after_line(const jfyp_rec *r) {
    int line = 0;
    if (jfyp_node_attr(r->front, "names-over-title"))
        return 0;
    for (const jfy_node *k = r->front->first; k; k = k->next)
        if ((k->type == JFY_N_TITLE || k->type == JFY_N_SUBTITLE || k->type == JFY_N_TRANS_TITLE) &&
            k->end_line > line)
            line = k->end_line;
    return line;
}

/* The first initial of a citation of a surname that follows at p
 * ("Taipe Velasco CM", "García López, M. J."), '*' for "et al", 0 when
 * no citation follows. */
static char cited_after(const char *p) {
    if (strncmp(p, " et al", 6) == 0)
        return '*';
    if (p[0] == ',' && p[1] == ' ')
        p++;
    if (p[0] != ' ' || !(p[1] >= 'A' && p[1] <= 'Z'))
        return 0;
    p++;
    /* "CM", "M.J.", "RN.", then initials set apart ("M. J."), but not
     * a title's first word after them ("RN. Ultrastructural") */
    size_t k = 0, caps = 0;
    while (k < 6 && ((p[k] >= 'A' && p[k] <= 'Z') || (p[k] == '.' && k > 0 && p[k - 1] != '.')))
        caps += p[k++] != '.';
    while (k > 0 && k < 12 && p[k - 1] == '.' && p[k] == ' ' && p[k + 1] >= 'A' && p[k + 1] <= 'Z' &&
           p[k + 2] == '.')
        k += 3, caps++;
    /* not a word ("Carina") nor one cut by a hyphen ("E-mail"; "J.-P."
     * goes on in a capital) */
    int word = (p[k] >= 'a' && p[k] <= 'z') || (p[k] >= 'A' && p[k] <= 'Z') ||
               (p[k] == '-' && !(p[k + 1] >= 'A' && p[k + 1] <= 'Z'));
    return caps > 0 && !word && (caps <= 3 || memchr(p, '.', k)) ? p[0] : 0;
}

/* s with its letters' accents taken off ("Rodríguez" -> "Rodriguez"), in
 * new memory; NULL on OOM. */
static char *plain_letters(const char *s) {
    /* ASCII is copied as it is and only the other characters are mapped
     * one by one: mapping a whole page's text (the citations are searched
     * in it) cost more than the rest of the page's recognition */
    jfyp_buf b;
    jfyp_buf_init(&b);
    const char *end = s + strlen(s);
    for (const char *p = s; *p;) {
        const char *q = p;
        /* eight bytes a step while none has its high bit set: a page's
         * text is ASCII for long runs */
        for (uint64_t x; end - q >= 8; q += 8) {
            memcpy(&x, q, 8);
            if (x & 0x8080808080808080u)
                break;
        }
        while (q < end && (unsigned char)*q < 0x80)
            q++;
        jfyp_buf_put(&b, p, (size_t)(q - p));
        if (q == end)
            break;
        size_t l;
        utf8proc_int32_t cp = jfyp_utf8_decode(q, &l), out[8];
        int last = 0;
        utf8proc_ssize_t n = utf8proc_decompose_char(cp, out, 8, UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK, &last);
        /* (Hangul syllables stay whole, as recomposition would leave them) */
        if (n < 0 || n > 8 || (cp >= 0xAC00 && cp <= 0xD7A3)) {
            jfyp_buf_put(&b, q, l); /* (kept as it is) */
        } else {
            for (utf8proc_ssize_t i = 0; i < n; i++) {
                utf8proc_uint8_t e[4];
                jfyp_buf_put(&b, (const char *)e, (size_t)utf8proc_encode_char(out[i], e));
            }
        }
        p = q + l;
    }
    return jfyp_buf_finish(&b);
}

#define CITED_NAMES 40 /* names looked up in the page's citations, at most */

/* Whether a word stands just before p in text, so that a surname found
 * at p is the tail of a longer name ("Mei Ling Tan et al.", "Dr. Saoussen
 * Ben Khedher", "Souza de Almeida") and no citation opens on it. A
 * number, an initial or a word in lower case ("and", "by") before it
 * leaves it free; a capitalized word, a particle or a joiner does not. */
static int word_before(const char *text, const char *p) {
    if (p == text)
        return 0;
    char c = p[-1];
    if (c != ' ')
        return !(c == '(' || c == '[' || c == ']' || c == ';' || c == ',' || c == ':' || c == '.' ||
                 c == '"');
    const char *e = p - 1, *s = e;
    while (s > text && ((s[-1] >= 'a' && s[-1] <= 'z') || (s[-1] >= 'A' && s[-1] <= 'Z') ||
                        (unsigned char)s[-1] >= 0x80))
        s--;
    if (s == e || e - s > 12)
        return 0;
    if (!(*s >= 'a' && *s <= 'z'))
        return 1;
    char wd[16];
    memcpy(wd, s, (size_t)(e - s));
    wd[e - s] = '\0';
    return jfyp_name_is_particle(wd) || !strcmp(wd, "e");
}

/* How often text cites the name of n words w (accents off) with its last
 * k words as the surname: initials first ("J. Soares de Oliveira,",
 * "D. Lenardo and") or after ("Soares de Oliveira J,", "Lenardo D,",
 * "Taipe Velasco et al."), those after opening on the given name's
 * initial. -1 on OOM. */
static int split_hits(const char *text, char **w, int n, int k) {
    jfyp_buf b;
    jfyp_buf_init(&b);
    int inits = 0;
    for (int i = 0; i < n - k; i++) {
        if (!(w[i][0] >= 'A' && w[i][0] <= 'Z'))
            continue;
        jfyp_buf_putc(&b, w[i][0]);
        jfyp_buf_puts(&b, ". ");
        inits++;
    }
    size_t lead = b.len;
    for (int i = n - k; i < n; i++) {
        jfyp_buf_puts(&b, w[i]);
        if (i + 1 < n)
            jfyp_buf_putc(&b, ' ');
    }
    char *needle = jfyp_buf_finish(&b);
    if (!needle)
        return -1;
    int hits = 0;
    size_t nl = strlen(needle);
    for (const char *p = inits ? strstr(text, needle) : NULL; p; p = strstr(p + 1, needle)) {
        char before = p > text ? p[-1] : ' ';
        const char *e = p + nl;
        hits += (before == ' ' || before == ']' || before == '(') &&
                (*e == ',' || *e == ';' || strncmp(e, " and ", 5) == 0);
    }
    const char *sur = needle + lead;
    size_t sl = strlen(sur);
    char first = w[0][0];
    for (const char *p = strstr(text, sur); p; p = strstr(p + 1, sur)) {
        char at = word_before(text, p) ? 0 : cited_after(p + sl);
        hits += at == '*' || (at && at == first);
    }
    free(needle);
    return hits;
}

/* "William B. Driggers III" cited "Driggers III WB": the page files the
 * generation with the surname, as its publisher's JATS does; cited
 * "Driggers WB III" or not at all, it stays a suffix. 1 when moved, 0
 * not, -1 on OOM. */
static int suffix_cited(const char *text, jfy_node *nm, const char *g, const char *sn, const char *sx) {
    char *full = jfyp_printf("%s %s", sn, sx), *needle = full ? plain_letters(full) : NULL,
         *gb = plain_letters(g);
    int hit = 0;
    if (needle && gb && gb[0] >= 'A' && gb[0] <= 'Z') {
        size_t nl = strlen(needle);
        for (const char *p = strstr(text, needle); p && !hit; p = strstr(p + 1, needle))
            hit = !word_before(text, p) && cited_after(p + nl) == gb[0];
    }
    int rc = !needle || !gb ? -1 : 0;
    if (hit)
        rc = jfyp_node_set_attr(nm, "surname", full) < 0 || jfyp_node_set_attr(nm, "suffix", NULL) < 0 ? -1 : 1;
    free(full);
    free(needle);
    free(gb);
    return rc;
}

/* The page's text, every block but skip (NULL for none), without its
 * accents: a citation may spell a name without them ("Rodriguez Planes
 * L" for "Lucía Rodríguez Planes"). NULL out of memory. */
static char *page_letters(jfyp_rec *r, const jfy_node *skip) {
    jfyp_buf all;
    jfyp_buf_init(&all);
    for (jfy_node *n = jfyp_rec_first(r); n; n = jfyp_rec_next(r, n)) {
        if (n == skip)
            continue;
        char *t = jfyp_front_text(n, 0);
        if (!t) {
            jfyp_buf_free(&all);
            return NULL;
        }
        jfyp_buf_puts(&all, t);
        /* (a space: a citation line set in a side column is read a line
         * a block, "Rodriguez" / "Planes L") */
        jfyp_buf_putc(&all, ' ');
        free(t);
    }
    char *marked = jfyp_buf_finish(&all);
    char *text = marked ? plain_letters(marked) : NULL;
    free(marked);
    return text;
}

/* Two-word surnames ("Taipe Velasco", "García López", "Soares de
 * Oliveira") print like middle names plus a surname, and a particle may
 * open the surname or close the given names ("David di Lenardo": Lenardo).
 * The page tells them apart where it cites its own authors, in the
 * references, the citation line or a running head: "Taipe Velasco CM et
 * al.", "J. Soares de Oliveira". Each split of a name's words is counted
 * in those citations and the one cited most is taken, the byline's own
 * split kept on a tie ("Imran Din M" once, "Din MI" twice: Din); without
 * such evidence the last word stays the surname. */
static int cited_surnames(jfyp_rec *r, jfy_node *group) {
    int any = 0;
    for (jfy_node *c = group->first; c && !any; c = c->next) {
        jfy_node *nm = c->type == JFY_N_CONTRIB ? jfyp_node_child(c, JFY_N_NAME) : NULL;
        const char *g = nm ? jfyp_node_attr(nm, "given") : NULL;
        any = (g && strchr(g, ' ')) || (nm && jfyp_node_attr(nm, "suffix"));
    }
    if (!any)
        return 0;
    char *text = page_letters(r, NULL);
    if (!text)
        return -1;
    int rc = 0, checked = 0;
    for (jfy_node *c = group->first; c && rc == 0 && checked < CITED_NAMES; c = c->next) {
        jfy_node *nm = c->type == JFY_N_CONTRIB ? jfyp_node_child(c, JFY_N_NAME) : NULL;
        const char *g = nm ? jfyp_node_attr(nm, "given") : NULL;
        const char *sn = nm ? jfyp_node_attr(nm, "surname") : NULL;
        const char *sx = nm ? jfyp_node_attr(nm, "suffix") : NULL;
        if (g && sn && sx && checked < CITED_NAMES) {
            checked++;
            int s = suffix_cited(text, nm, g, sn, sx);
            if (s < 0)
                rc = -1;
            if (s)
                continue;
        }
        if (!g || !sn || (!strchr(g, ' ') && !strchr(sn, ' ')))
            continue;
        checked++;
        char *full = jfyp_printf("%s %s", g, sn), *bare = full ? plain_letters(full) : NULL;
        if (!bare) {
            free(full);
            rc = -1;
            break;
        }
        char *w[12];
        int n = 0, cur = 1;
        for (const char *q = sn; *q; q++)
            cur += *q == ' ';
        for (char *p = bare; *p && n < 12;) {
            while (*p == ' ')
                *p++ = '\0';
            if (!*p)
                break;
            w[n++] = p;
            while (*p && *p != ' ')
                p++;
        }
        int best = cur, best_hits = -1;
        for (int k = n - 1; k >= 1 && rc == 0; k--) {
            const char *s = w[n - k];
            /* an initial or a joiner opens no surname: "R. S.
             * Longchamps" is Ryan S.'s, "Moara e Silva" no "e Silva" */
            if (k != cur && (strchr(s, '.') || strlen(s) < 2 || !strcmp(s, "e")))
                continue;
            int h = split_hits(text, w, n, k);
            if (h < 0)
                rc = -1;
            else if (h > best_hits || (h == best_hits && k == cur))
                best = k, best_hits = h;
        }
        if (rc == 0 && best != cur && best_hits > 0) {
            /* the split as printed: the words of g and sn, best of them
             * the surname */
            char *cut = full;
            for (int i = 0; i < n - best && cut; i++)
                cut = strchr(cut, ' '), cut = cut ? cut + 1 : NULL;
            if (cut && cut > full) {
                cut[-1] = '\0';
                if (jfyp_node_set_attr(nm, "surname", cut) < 0 || jfyp_node_set_attr(nm, "given", full) < 0)
                    rc = -1;
            }
        }
        free(full);
        free(bare);
    }
    free(text);
    return rc;
}

/* Whether sur (accents off, length sl) stands in text as a word of its
 * own: no letter on either side. */
static int word_at(const char *text, const char *p, size_t sl) {
    unsigned char b = p > text ? (unsigned char)p[-1] : ' ', a = (unsigned char)p[sl];
    return !((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b >= 0x80 || b == '-') &&
           !((a >= 'a' && a <= 'z') || (a >= 'A' && a <= 'Z') || a >= 0x80);
}

/* Whether text cites sur (length sl) as an author's surname: after an
 * initial ("M.G. Hemida", "(A. Roe)"), after the given name's first word
 * ("David L. Suarez") or before "et al" ("C. Zhang et al."). */
static int cited_as_surname(const char *text, const char *sur, size_t sl, const char *given) {
    size_t gl = strcspn(given, " ");
    for (const char *p = strstr(text, sur); p; p = strstr(p + 1, sur)) {
        if (!word_at(text, p, sl))
            continue;
        if (!strncmp(p + sl, " et al", 6))
            return 1;
        if (p - text >= 3 && p[-1] == ' ' && p[-2] == '.' && p[-3] >= 'A' && p[-3] <= 'Z')
            return 1;
        if (gl >= 2 && (size_t)(p - text) > gl && p[-1] == ' ' && !strncmp(p - 1 - gl, given, gl))
            return 1;
    }
    return 0;
}

/* Whether the surname of contrib c may end on a raised letter glued onto
 * it ("Hemidaa" with its list "b,*"): a lower-case letter of the first
 * few after a lower-case one. 1 when the markers read name no letter of
 * the scheme at or before it (a list runs in order: "Hemidaa,b"), 2 when
 * they do, 0 when not. */
static int glued_candidate(const jfy_node *c, const char **g, const char **sn) {
    jfy_node *nm = c->type == JFY_N_CONTRIB ? jfyp_node_child(c, JFY_N_NAME) : NULL;
    *g = nm ? jfyp_node_attr(nm, "given") : NULL;
    *sn = nm ? jfyp_node_attr(nm, "surname") : NULL;
    if (!*g || !*sn)
        return 0;
    size_t l = strlen(*sn);
    char e = l >= 3 ? (*sn)[l - 1] : 0;
    if (!(e >= 'a' && e <= 'h') || !((*sn)[l - 2] >= 'a' && (*sn)[l - 2] <= 'z') || strchr(*sn, ' '))
        return 0;
    const char *m = jfyp_node_attr(c, "markers");
    for (const char *q = m; q && *q; q++)
        if (*q >= 'a' && *q <= 'z' && (q == m || q[-1] == ',') && (!q[1] || q[1] == ',') && *q <= e)
            return 2;
    return 1;
}

/* "Maged Gomaa Hemidaa,b,*, Abdelmohsen Alnaeemc": the raised letters
 * glued onto the surnames, with no address label on the page set so to
 * tell (the labels stand apart, "a Department ..."). The page tells it
 * where it cites an author by the surname less its last letter ("M.G.
 * Hemida", "C. Zhang et al.", "Address correspondence to David L.
 * Suarez") and never by the surname as read: that letter is a marker.
 * One name so proven, the other names ending on such a letter that the
 * page never prints whole are glued alike. The letter is dropped, not
 * linked: where the labels stand apart from their addresses (pdftotext
 * sets them a line above or below) the markers read before are all the
 * addresses can be matched by. 0, -1 on OOM. */
static int cited_glued_letters(jfyp_rec *r, jfy_node *group) {
    const char *g, *sn;
    int any = 0;
    for (jfy_node *c = group->first; c && !any; c = c->next)
        any = glued_candidate(c, &g, &sn);
    if (!any)
        return 0;
    /* (the byline left out: it prints every name as read, glued) */
    char *text = page_letters(r, group);
    if (!text)
        return -1;
    /* 1 for a name proven, 2 for one never printed whole, 0 otherwise */
    int proven = 0, rc = 0;
    size_t k = 0;
    char state[CITED_NAMES] = {0};
    for (jfy_node *c = group->first; c && k < CITED_NAMES && rc == 0; c = c->next, k++) {
        int how = glued_candidate(c, &g, &sn);
        if (!how)
            continue;
        char *bare = plain_letters(sn), *gb = plain_letters(g);
        if (!bare || !gb) {
            rc = -1;
        } else {
            size_t l = strlen(bare);
            int whole = 0;
            for (const char *p = strstr(text, bare); p && !whole; p = strstr(p + 1, bare))
                whole = word_at(text, p, l);
            if (!whole) {
                /* (a name whose markers name a letter before its own,
                 * "Alnaeemc" with the first label "a" read under it,
                 * is glued only when proven) */
                state[k] = how == 1 ? 2 : 0;
                bare[l - 1] = '\0';
                if (cited_as_surname(text, bare, l - 1, gb))
                    state[k] = 1, proven = 1;
            }
        }
        free(bare);
        free(gb);
    }
    free(text);
    k = 0;
    for (jfy_node *c = group->first; c && k < CITED_NAMES && rc == 0 && proven; c = c->next, k++) {
        if (!state[k])
            continue;
        jfy_node *nm = jfyp_node_child(c, JFY_N_NAME);
        char *s = jfyp_strdup(jfyp_node_attr(nm, "surname"));
        if (!s)
            return -1;
        s[strlen(s) - 1] = '\0';
        if (jfyp_node_set_attr(nm, "surname", s) < 0)
            rc = -1;
        free(s);
    }
    return rc;
}

/* The single letters of markers m, as a mask (bit 0 for "a"). */
static unsigned marker_letters(const char *m) {
    unsigned set = 0;
    for (const char *p = m; p && *p; p++)
        if (*p >= 'a' && *p <= 'z' && (p == m || p[-1] == ',') && (!p[1] || p[1] == ','))
            set |= 1u << (*p - 'a');
    return set;
}

/* "Ann Roea,b,*, John Doec, Kim Leed,e," / "Lee Poef, and ...": a byline
 * in letters whose bare names each end on the letter after the highest
 * the names before them used. Publishers letter the addresses in the
 * order the byline first cites them, so that letter is the name's marker
 * glued on, whichever line or reader the name came from (a line of bare
 * names alone proves nothing to the line's readers). Only where the
 * first name opens the scheme on "a" and no figure marks any name; each
 * surname keeps four letters. 0, -1 on OOM. */
static int sequence_glued_letters(jfy_node *group) {
    size_t lettered = 0;
    const jfy_node *first = NULL;
    for (const jfy_node *c = group->first; c; c = c->next) {
        if (c->type != JFY_N_CONTRIB)
            continue;
        const char *m = jfyp_node_attr(c, "markers");
        if (!first)
            first = c;
        if (m && strpbrk(m, "0123456789"))
            return 0;
        lettered += marker_letters(m) != 0;
    }
    const char *fm = first ? jfyp_node_attr(first, "markers") : NULL;
    if (lettered < 2 || !fm || !(marker_letters(fm) & 1u))
        return 0;
    int top = -1;
    for (jfy_node *c = group->first; c; c = c->next) {
        if (c->type != JFY_N_CONTRIB)
            continue;
        const char *m = jfyp_node_attr(c, "markers");
        unsigned set = marker_letters(m);
        /* (the last name may have taken the first address's label, set
         * as a line of its own under the byline: "... Lee Poef" / "a") */
        int stray = set == 1u && !strcmp(m, "a") && !c->next && top >= 1;
        if (stray)
            set = 0, m = NULL;
        if (set) {
            for (int k = 25; k >= 0; k--)
                if (set & (1u << k)) {
                    top = k > top ? k : top;
                    break;
                }
            continue;
        }
        jfy_node *nm = jfyp_node_child(c, JFY_N_NAME);
        const char *sn = nm ? jfyp_node_attr(nm, "surname") : NULL;
        size_t l = sn ? strlen(sn) : 0;
        if (top < 0 || top >= 25 || l < 5 || strchr(sn, ' ') || sn[l - 1] != 'a' + top + 1 || sn[l - 2] < 'a' ||
            sn[l - 2] > 'z')
            continue;
        char *s = jfyp_strndup(sn, l - 1);
        char *mk = s ? jfyp_printf("%c%s%s", sn[l - 1], m && *m ? "," : "", m ? m : "") : NULL;
        if (!s || !mk || jfyp_node_set_attr(nm, "surname", s) < 0 || jfyp_node_set_attr(c, "markers", mk) < 0) {
            free(s);
            free(mk);
            return -1;
        }
        free(s);
        free(mk);
        top++;
    }
    return 0;
}

/* A block of nothing but markers and the bars or bullets set between
 * names: what pdftotext leaves of a byline whose superscripts or
 * separators sit apart ("1,2" / ", Jane Roe" / "|"). *nmk gets how many
 * markers it holds, *comma whether a comma separates them. */
static int glue_block(const char *t, int *nmk, int *comma) {
    *nmk = 0;
    *comma = 0;
    int any = 0, in_num = 0;
    for (const char *p = t; *p;) {
        size_t sl = marker_symbol_len(p);
        if (sl || (*p >= '0' && *p <= '9')) {
            if (!in_num || sl)
                (*nmk)++;
            in_num = !sl;
            p += sl ? sl : 1;
            any = 1;
            continue;
        }
        in_num = 0;
        if (*p == ',')
            *comma = 1;
        if (strncmp(p, "\xe2\x80\xa2", 3) == 0) {
            p += 3;
            any = 1;
            continue;
        }
        if (*p != ' ' && *p != ',' && *p != '|' && *p != JFYP_SUP && *p != '\n')
            return 0;
        any |= *p == '|';
        p++;
    }
    return any;
}

/* Adds the markers in t to the contrib c's. -1 on OOM. */
static int add_contrib_markers(jfy_node *c, const char *t) {
    jfyp_buf m;
    jfyp_buf_init(&m);
    jfyp_buf_puts(&m, jfyp_node_attr(c, "markers") ? jfyp_node_attr(c, "markers") : "");
    add_markers(&m, t, strlen(t));
    char *mk = jfyp_buf_finish(&m);
    if (!mk)
        return -1;
    int rc = *mk ? jfyp_node_set_attr(c, "markers", mk) : 0;
    free(mk);
    return rc < 0 ? -1 : 0;
}

/* Whether a block from b on within a few opens with the comma between
 * two names (", Jane Roe"), only glue, sidebar or meta blocks before it:
 * 1, 0, -1 on OOM. */
static int comma_names_below(jfyp_rec *r, jfy_node *b) {
    for (int i = 0; b && i < 5; i++, b = jfyp_rec_next(r, b)) {
        if (b->type != JFY_N_PARAGRAPH && b->type != JFY_N_LIST)
            return 0;
        char *t = jfyp_front_text(b, 0);
        if (!t)
            return -1;
        int rc = 0, stop = jfyp_front_stop(b, t, 1);
        if (!stop && t[0] == ',' && t[1] == ' ' && !strchr(t, '\n')) {
            jfyp_byname *v = NULL;
            size_t cnt = 0;
            rc = jfyp_byline_read(t + 2, &v, &cnt);
            jfyp_byline_free(v, cnt);
        }
        free(t);
        if (rc || stop)
            return rc;
    }
    return 0;
}

/* What pdftotext leaves of a byline line cut at a superscript: the
 * comma or "and" before the next name and a few capitalized words
 * (", Jane Roe", ", and Ana", "and John Doe2"), one line. A layout
 * reader (pdfminer.six) cuts before the raised markers instead, so its
 * scrap opens on the name's markers ("1¶, Jane Roe", "∗1 and John Doe"). */
static int name_fragment(const char *t, int one_line) {
    const char *p = t;
    /* (markers on a line over the rest are the name's before the cut,
     * pdftotext's "1,2," / "and John Doe") */
    while (one_line &&
           ((*p >= '0' && *p <= '9') || marker_symbol_len(p) || (*p == ',' && p[1] >= '0' && p[1] <= '9')))
        p += marker_symbol_len(p) ? marker_symbol_len(p) : 1;
    if (p > t && *p == ' ' && !strncmp(p + 1, "and ", 4))
        p++;
    /* (or on the comma and markers of the name before: ",1 Jane Roe") */
    if (p > t + 1 && t[0] == ',' && *p == ' ' && strncmp(p + 1, "and ", 4) != 0)
        p++;
    else if (p[0] == ',' && p[1] == ' ')
        p += 2;
    else if (strncmp(p, "and ", 4) != 0)
        return 0;
    if (!strncmp(p, "and ", 4))
        p += 4;
    if (strchr(t, '\n') || strchr(t, '@') || strchr(t, ':'))
        return 0;
    int words = 0;
    for (const char *q = p; *q;) {
        while (*q == ' ' || *q == ',')
            q++;
        if (!*q)
            break;
        size_t l;
        int cp = jfyp_utf8_decode(q, &l);
        utf8proc_category_t c = utf8proc_category(cp);
        int mark = (*q >= '0' && *q <= '9') || marker_symbol_len(q);
        const char *we = q + strcspn(q, " ,");
        /* (a name's particles in lower case: "Moara e Silva", "Ana de
         * Souza"; after a word of the name, before another) */
        int particle = 0;
        if (!mark && words && *we == ' ' && we - q <= 5) {
            char w[6];
            memcpy(w, q, (size_t)(we - q));
            w[we - q] = '\0';
            particle = jfyp_name_is_particle(w) || !strcmp(w, "e");
        }
        if (!mark && !particle && c != UTF8PROC_CATEGORY_LU && c != UTF8PROC_CATEGORY_LT)
            return 0;
        words += !mark && !particle;
        q = we;
    }
    return words >= 1 && words <= 5;
}

/* Whether a byline's piece [s, e) ends on a whole name set apart, no
 * marker after it: two words or more after its last comma ("1,2, Dante
 * Di Nucci"). With alone set, the name is the whole piece, a line of its
 * own: a line ending on the first words of a long name wrapped with the
 * names before it ("..., Camilo André" / "Pereira Contreras Sanchez1")
 * has commas. */
static int ends_bare_name(const char *s, const char *e, int alone) {
    if (alone && memchr(s, ',', (size_t)(e - s)))
        return 0;
    unsigned char c = e > s ? (unsigned char)e[-1] : 0;
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80) ||
        (e - s >= 4 && !strncmp(e - 4, " and", 4)))
        return 0;
    const char *p = e;
    while (p > s && p[-1] != ',')
        p--;
    p += strspn(p, " ");
    if (!strncmp(p, "and ", 4))
        p += 4;
    int words = 0;
    for (const char *q = p; q < e; q++) {
        if ((*q >= '0' && *q <= '9') || marker_symbol_len(q))
            return 0;
        words += q == p || (q[-1] == ' ' && *q != ' ');
    }
    return words >= 2;
}

/* Whether a byline's line opens on a whole name with its markers
 * ("Laura Geffner13, ..."): two capitalized words or more, then a marker
 * before any comma; not the rest of a name cut at the line above
 * ("Farzaei 5, 6"). */
static int opens_marked_name(const char *s) {
    int words = 0;
    const char *q = s;
    for (; *q && *q != '\n' && *q != ','; q++) {
        if ((*q >= '0' && *q <= '9') || marker_symbol_len(q))
            return words >= 2;
        if (q == s || (q[-1] == ' ' && *q != ' ')) {
            size_t l;
            if (utf8proc_category(jfyp_utf8_decode(q, &l)) != UTF8PROC_CATEGORY_LU)
                return 0;
            words++;
        }
    }
    return 0;
}

/* A marked byline's block in which a line ends on a bare name and the
 * next opens on a marked one ("Mariana Raño9," / "Dante Di Nucci" /
 * "Laura Geffner13, ..."): a layout reader (pdfminer.six) cut the line
 * after the name, its markers and the next names in a box set elsewhere,
 * and the comma between the two went with them. orphan: a block of
 * markers alone stands under n. The block's text with that comma back
 * (malloc'd), or NULL when there is none to put back (*oom set on
 * allocation failure). */
static char *mend_cut_names(const jfy_node *n, int orphan, int *oom) {
    *oom = 0;
    char *raw = jfyp_front_text(n, 1);
    if (!raw) {
        *oom = 1;
        return NULL;
    }
    int marks = 0, mended = 0;
    for (const char *q = raw; *q; q++)
        marks += *q >= '0' && *q <= '9' && !(q[1] >= '0' && q[1] <= '9');
    jfyp_buf b;
    jfyp_buf_init(&b);
    const char *line = raw;
    for (const char *q = raw;; q++) {
        if (*q && *q != '\n')
            continue;
        const char *e = q;
        while (e > line && e[-1] == ' ')
            e--;
        jfyp_buf_put(&b, line, (size_t)(e - line));
        if (!*q)
            break;
        /* (or a line of marked names ending on a bare one, "..., Anna
         * Roe2, Jodie van de Kamp" / "Matthew C. Smith1, ...", when its
         * raised marker and comma stand on a line of their own under the
         * byline, as pdftotext sets them: a name wrapped at the line's end
         * leaves none) */
        const char *lc = e;
        while (lc > line && lc[-1] != ',')
            lc--;
        int marked_before = 0;
        for (const char *d = line; d < lc && !marked_before; d++)
            marked_before = *d >= '0' && *d <= '9';
        if (marks >= 3 && (ends_bare_name(line, e, 1) || (orphan && marked_before && ends_bare_name(line, e, 0))) &&
            opens_marked_name(q + 1)) {
            jfyp_buf_putc(&b, ',');
            mended = 1;
        }
        if (!(e > line && e[-1] == '-'))
            jfyp_buf_putc(&b, ' ');
        line = q + 1;
    }
    free(raw);
    char *out = jfyp_buf_finish(&b);
    if (!out) {
        *oom = 1;
        return NULL;
    }
    if (!mended) {
        free(out);
        return NULL;
    }
    return out;
}

/* A byline line cut at a superscript: pdftotext prints the line up to
 * the cut, the byline's next lines, then the rest of the cut line in
 * scraps of their own (markers, ", Jane Roe"), maybe past a sidebar. The
 * block n's names read with the scraps set back after the cut line (the
 * first line ending on a letter): 1 with the names in *out and the scraps
 * freed, 0 when n has no such scraps under it, -1 on OOM. */
static int cut_byline(jfyp_rec *r, jfy_node *n, jfyp_byname **out, size_t *cnt) {
    jfy_node *frag[16];
    int nf = 0, named = 0, before = 0;
    for (jfy_node *x = jfyp_rec_next(r, n); x && nf < 16 && before < 6; x = jfyp_rec_next(r, x)) {
        if (x->type != JFY_N_PARAGRAPH && x->type != JFY_N_LIST)
            break;
        /* (the first scrap, ", Jane Roe1,5, John Doe6,", run into the
         * addresses' block under it: parted from them) */
        if (!nf && x->type == JFY_N_PARAGRAPH && x->line != x->end_line) {
            jfyp_lines l;
            if (jfyp_lines_of(x, &l) < 0)
                return -1;
            int inst = 0;
            for (size_t i = 1; i < l.n && i < 4 && !inst; i++)
                inst = jfyp_front_has_institution_word(l.v[i].text);
            int part = inst && l.v[0].text[0] == ',' && name_fragment(l.v[0].text, 1);
            if (part && !jfyp_lines_split(x, &l, 1)) {
                jfyp_lines_free(&l);
                return -1;
            }
            jfyp_lines_free(&l);
        }
        char *t = jfyp_front_text(x, 0);
        if (!t)
            return -1;
        int nmk, comma, fr = x->type == JFY_N_PARAGRAPH && name_fragment(t, x->line == x->end_line),
                        gl = x->type == JFY_N_PARAGRAPH && !fr && glue_block(t, &nmk, &comma);
        int stop = !fr && !gl && jfyp_front_stop(x, t, 1);
        free(t);
        if (fr || gl) {
            frag[nf++] = x;
            named += fr;
            continue;
        }
        if (nf || stop)
            break;
        before++;
    }
    if (!named)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(n, &l) < 0)
        return -1;
    size_t cut = l.n;
    for (size_t i = 0; i < l.n && cut == l.n; i++) {
        const char *s = l.v[i].text;
        size_t k = strlen(s);
        unsigned char e = k ? (unsigned char)s[k - 1] : 0;
        if (((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || e >= 0x80) &&
            !(k >= 4 && !strcmp(s + k - 4, " and")))
            cut = i;
    }
    /* or, where no line ends on a letter and the first scrap opens on a
     * comma, the first that ends on a name's markers glued to it ("Bob
     * Roe2,4", the ORCID icon after them): a line that goes on ends on a
     * comma, an "and", or the markers after a name's comma ("Ivo Poe,2"),
     * or the line under it opens on the comma */
    char *f0 = cut == l.n ? jfyp_front_text(frag[0], 0) : NULL;
    if (cut == l.n && !f0) {
        jfyp_lines_free(&l);
        return -1;
    }
    int comma_scrap = f0 && *f0 == ',';
    free(f0);
    for (size_t i = 0; comma_scrap && cut == l.n && i + 1 < l.n; i++) {
        const char *s = l.v[i].text, *e = s + strlen(s);
        while (e > s && ((e[-1] >= '0' && e[-1] <= '9') || e[-1] == ',' || marker_symbol_before(s, e)))
            e -= marker_symbol_before(s, e) ? marker_symbol_before(s, e) : 1;
        if (*e && *e != ',' && e > s && ((e[-1] >= 'a' && e[-1] <= 'z') || (unsigned char)e[-1] >= 0x80) &&
            s[strlen(s) - 1] != ',' && l.v[i + 1].text[0] != ',')
            cut = i;
    }
    jfyp_buf b;
    jfyp_buf_init(&b);
    size_t piece = 0; /* where the last line or scrap put on starts */
    for (size_t i = 0; i < l.n && i <= cut; i++) {
        if (i)
            jfyp_buf_putc(&b, ' ');
        piece = b.len;
        jfyp_buf_puts(&b, l.v[i].text);
    }
    for (int i = 0; i < nf; i++) {
        char *t = jfyp_front_text(frag[i], 0);
        if (!t) {
            jfyp_buf_free(&b);
            jfyp_lines_free(&l);
            return -1;
        }
        jfyp_buf_putc(&b, ' ');
        piece = b.len;
        jfyp_buf_puts(&b, t);
        free(t);
    }
    for (size_t i = cut + 1; i < l.n; i++) {
        /* (the piece before ending on a bare name, the line opening on a
         * marked one: the comma between them went with a scrap, the line
         * above cut too, as in mend_cut_names) */
        if (!b.failed && ends_bare_name(b.data + piece, b.data + b.len, i > cut + 1 || !nf) &&
            opens_marked_name(l.v[i].text))
            jfyp_buf_putc(&b, ',');
        jfyp_buf_putc(&b, ' ');
        piece = b.len;
        jfyp_buf_puts(&b, l.v[i].text);
    }
    jfyp_lines_free(&l);
    char *all = jfyp_buf_finish(&b);
    if (!all)
        return -1;
    int rc = jfyp_byline_read(all, out, cnt);
    free(all);
    if (rc != 1 || *cnt < 2) {
        jfyp_byline_free(*out, *cnt);
        *out = NULL;
        *cnt = 0;
        return rc < 0 ? -1 : 0;
    }
    for (int i = 0; i < nf; i++)
        jfyp_node_free(frag[i]);
    return 1;
}

/* The letters that label addresses glued onto them, as MuPDF prints a
 * raised label ("aDepartment of ...", "Egypt.bDepartment"): a lowercase
 * letter then a capital at a line's start or after a full stop, in the
 * few blocks under the byline. Bit i set for letter 'a' + i. */
static unsigned glued_labels(jfyp_rec *r, jfy_node *n, int lone) {
    unsigned set = 0;
    int k = 0;
    for (jfy_node *x = jfyp_rec_next(r, n); x && k < 8; x = jfyp_rec_next(r, x), k++) {
        if (x->type != JFY_N_PARAGRAPH)
            break;
        char *t = jfyp_front_text(x, 0);
        if (!t)
            return 0;
        /* (pdftotext may set the first raised letter as a line of its
         * own over its address, "a" / "State Key Laboratory ...", which
         * may end the block above: "... and Yi Lia a"; trusted under a
         * long byline only, where many names ending on "a" are no chance) */
        for (const char *p = t; *p; p++)
            if (lone && *p >= 'a' && *p <= 'z' && (p == t || p[-1] == '\n' || (p[-1] == ' ' && !p[1])) &&
                (!p[1] || p[1] == '\n'))
                set |= 1u << (*p - 'a');
        for (const char *p = t; *p; p++)
            if (*p >= 'a' && *p <= 'z' && p[1] >= 'A' && p[1] <= 'Z' && p[2] >= 'a' && p[2] <= 'z' &&
                (p == t || p[-1] == '\n' || p[-1] == '.' ||
                 /* or run on after the address before, as PNAS sets
                  * them ("...Sweden; bDepartment ...; and cSchool") */
                 (p - t >= 2 && p[-1] == ' ' && p[-2] == ';') || (p - t >= 6 && !strncmp(p - 6, "; and ", 6))))
                set |= 1u << (*p - 'a');
        free(t);
    }
    return set;
}

/* Whether name i of cnt ends on a letter glued on after a lower-case
 * one, its surname left two letters and more ("Lib") when the byline is
 * long enough for the endings to be no chance, else four. */
static int glued_end(const jfyp_byname *v, size_t cnt, size_t i) {
    const char *nm = v[i].name;
    size_t l = strlen(nm);
    const char *sp = strrchr(nm, ' ');
    return l >= 3 && sp && (size_t)(nm + l - sp) >= (cnt >= 4 ? 4u : 5u) && nm[l - 1] >= 'a' && nm[l - 1] <= 'z' &&
           nm[l - 2] >= 'a' && nm[l - 2] <= 'z';
}

/* Whether name i is one the reader has already parted from its list of
 * letters ("Lu Zhanga,d" read as "Lu Zhang" "a,d"): it is left as read,
 * its last letter its own ("Ana Costa" "a,b"), unless that letter comes
 * before the list's first, as a list runs ("Ping Yea,c" read as "Ping
 * Yea" "c"). */
static int letters_parted(const jfyp_byname *v, size_t i) {
    const char *m = v[i].markers, *nm = v[i].name;
    size_t l = strlen(nm);
    return *m >= 'a' && *m <= 'z' && (!m[1] || m[1] == ',') && !(l && nm[l - 1] >= 'a' && nm[l - 1] < *m);
}

/* "Roe1a,b*, Jane Poea": MuPDF glues each raised letter marker onto its
 * surname (and pdftotext too: "Jing Suna*, Kui Zhengc*"). When every name
 * ends in a letter that labels an address on the page, and those letters
 * are two or more, the last letters are the markers; a few names of a long
 * byline may be read with their list already ("Lu Zhanga,d"). 1 when
 * parted, 0 when not, -1 on OOM. */
static int split_glued_letters(jfyp_rec *r, jfy_node *n, jfyp_byname *v, size_t cnt) {
    if (cnt < 2)
        return 0;
    unsigned set = 0, labels = 0;
    size_t listed = 0;
    for (size_t i = 0; i < cnt; i++) {
        if (!glued_end(v, cnt, i) && !letters_parted(v, i))
            return 0;
    }
    for (size_t i = 0; i < cnt; i++)
        for (const char *m = v[i].markers; *m && letters_parted(v, i); m++)
            if (*m >= 'a' && *m <= 'z' && (m == v[i].markers || m[-1] == ',') && (!m[1] || m[1] == ','))
                labels |= 1u << (*m - 'a');
    labels |= glued_labels(r, n, cnt >= 4);
    for (size_t i = 0; i < cnt; i++) {
        const char *nm = v[i].name, *m = v[i].markers;
        if (letters_parted(v, i)) {
            if (cnt >= 4 && ++listed * 4 <= cnt)
                continue;
            return 0;
        }
        /* (figures after the letter are notes: "Roea,1") */
        if (*m && *m != ',' && *m != '*' && !(*m >= 'a' && *m <= 'z') && !(*m >= '0' && *m <= '9'))
            return 0;
        set |= 1u << (nm[strlen(nm) - 1] - 'a');
    }
    if (!(set & (set - 1)) || (set & labels) != set)
        return 0;
    for (size_t i = 0; i < cnt; i++) {
        if (letters_parted(v, i))
            continue;
        char *nm = v[i].name;
        size_t l = strlen(nm);
        size_t ml = strlen(v[i].markers);
        int sep = ml && v[i].markers[0] != ',';
        char *mk = malloc(ml + 3);
        if (!mk)
            return -1;
        mk[0] = nm[l - 1];
        mk[1] = ',';
        memcpy(mk + 1 + sep, v[i].markers, ml + 1);
        nm[l - 1] = '\0';
        free(v[i].markers);
        v[i].markers = mk;
    }
    return 1;
}

/* The block under n when it is the rest of a name cut off by MuPDF,
 * which sets a wrapped block's first line as a block of its own: one line
 * of one to three capitalized words. Its text in *u (to free), NULL when
 * not (or on OOM, with *u NULL and *oom set). */
static jfy_node *name_tail(jfyp_rec *r, jfy_node *n, char **u, int *oom) {
    *u = NULL;
    *oom = 0;
    jfy_node *x = jfyp_rec_next(r, n);
    if (!x || x->type != JFY_N_PARAGRAPH)
        return NULL;
    char *t = jfyp_front_text(x, 0);
    if (!t) {
        *oom = 1;
        return NULL;
    }
    int words = 0, ok = !strchr(t, '\n') && !strchr(t, '@') && !strchr(t, ':') && !jfyp_front_stop(x, t, 1);
    for (const char *q = t; ok && *q; q++)
        if (q == t || q[-1] == ' ') {
            words++;
            ok = (*q >= 'A' && *q <= 'Z') || (unsigned char)*q >= 0x80;
        }
    if (!ok || words < 1 || words > 3) {
        free(t);
        return NULL;
    }
    *u = t;
    return x;
}

/* The byline head[0..hl) read with the name tail under n set after it:
 * 1 with the names in *out and the tail freed, 0, -1 on OOM. */
static int read_with_tail(jfyp_rec *r, jfy_node *n, const char *head, size_t hl, size_t least,
                          jfyp_byname **out, size_t *cnt) {
    char *u;
    int oom;
    jfy_node *x = name_tail(r, n, &u, &oom);
    if (!x)
        return oom ? -1 : 0;
    jfyp_buf b;
    jfyp_buf_init(&b);
    jfyp_buf_put(&b, head, hl);
    jfyp_buf_putc(&b, ' ');
    jfyp_buf_puts(&b, u);
    free(u);
    char *all = jfyp_buf_finish(&b);
    if (!all)
        return -1;
    int rc = jfyp_byline_read(all, out, cnt);
    free(all);
    if (rc != 1 || *cnt < least) {
        jfyp_byline_free(*out, *cnt);
        *out = NULL;
        *cnt = 0;
        return rc < 0 ? -1 : 0;
    }
    jfyp_node_free(x);
    return 1;
}

/* "..., Ruth Osterwalde and Nadia" / "Quiroga": a byline block ending on
 * "and" and a capitalized word, with a name tail under it, reads as one
 * byline: 1 with the names in *out and the tail freed, 0, -1 on OOM. */
static int split_name(jfyp_rec *r, jfy_node *n, const char *t, jfyp_byname **out, size_t *cnt) {
    size_t l = strlen(t);
    while (l && t[l - 1] == ' ')
        l--;
    size_t w = l;
    while (w && t[w - 1] != ' ')
        w--;
    if (w < 5 || w == l || strncmp(t + w - 5, " and ", 5) || !(t[w] >= 'A' && t[w] <= 'Z'))
        return 0;
    return read_with_tail(r, n, t, l, 2, out, cnt);
}

/* "Konrad Roe 1, Hannes Raphael" / "Brunsch" / "1, Anna Poe1, ...": a
 * byline block whose last name MuPDF cut before its surname, which it
 * sets as a block of its own with the name's markers opening the block
 * under it. The block read with the tail: 1 with the names in *out and
 * the tail freed, 0, -1 on OOM. */
static int surname_cut(jfyp_rec *r, jfy_node *n, const char *t, jfyp_byname **out, size_t *cnt) {
    size_t l = strlen(t);
    size_t names;
    int marked;
    if (!l || !((t[l - 1] >= 'a' && t[l - 1] <= 'z') || (unsigned char)t[l - 1] >= 0x80))
        return 0;
    jfy_node *x = jfyp_rec_next(r, n), *y = x ? jfyp_rec_next(r, x) : NULL;
    if (!y || y->type != JFY_N_PARAGRAPH || x->line != x->end_line)
        return 0;
    char *u = jfyp_front_text(y, 0);
    if (!u)
        return -1;
    int mk = (*u >= '0' && *u <= '9') || marker_symbol_len(u);
    free(u);
    if (!mk)
        return 0;
    int rc = jfyp_byline_weigh(t, &names, &marked);
    if (rc <= 0 || names < 2 || !marked)
        return rc < 0 ? -1 : 0;
    return read_with_tail(r, n, t, l, names, out, cnt);
}

/* "..., Emily R. Adams2, Luis" / "E. Cuevas 2,4*": a marked byline
 * wrapped inside its last name, the given name's first word closing the
 * block and the rest of the name, with its markers, set as a one-line
 * block of its own (pdftotext parts them when a sidebar beside the
 * byline changes the lines' widths). The block read with the tail: 1
 * with the names in *out and the tail freed, 0, -1 on OOM. */
static int given_cut(jfyp_rec *r, jfy_node *n, const char *t, jfyp_byname **out, size_t *cnt) {
    size_t l = strlen(t);
    while (l && t[l - 1] == ' ')
        l--;
    size_t w = l;
    while (w && t[w - 1] != ' ' && t[w - 1] != ',')
        w--;
    /* (one capitalized word after the last comma: "Luis", "Ana") */
    if (w < 2 || w == l || t[w - 1] != ' ' || t[w - 2] != ',' || !(t[w] >= 'A' && t[w] <= 'Z'))
        return 0;
    for (size_t i = w + 1; i < l; i++)
        if (!((t[i] >= 'a' && t[i] <= 'z') || (unsigned char)t[i] >= 0x80 || t[i] == '-'))
            return 0;
    jfy_node *x = jfyp_rec_next(r, n);
    if (!x || x->type != JFY_N_PARAGRAPH || x->line != x->end_line || x->line > n->end_line + 2)
        return 0;
    char *u = jfyp_front_text(x, 0);
    if (!u)
        return -1;
    /* (the tail carries the name's markers: a name's end, not a line of
     * its own) */
    int mk = 0;
    for (const char *q = u; *q && !mk; q++)
        mk = (*q >= '0' && *q <= '9') || marker_symbol_len(q);
    free(u);
    if (!mk)
        return 0;
    char *head = jfyp_strndup(t, w - 2);
    if (!head)
        return -1;
    size_t names;
    int marked;
    int rc = jfyp_byline_weigh(head, &names, &marked);
    free(head);
    if (rc <= 0 || names < 2 || !marked)
        return rc < 0 ? -1 : 0;
    return read_with_tail(r, n, t, l, names + 1, out, cnt);
}

/* A block of affiliation, address and e-mail lines only: 1, 0, -1. */
static int author_block(jfy_node *b) {
    if (b->type != JFY_N_PARAGRAPH)
        return 0;
    char *t = jfyp_front_text(b, 1);
    if (!t)
        return -1;
    int ok = *t != '\0';
    for (char *p = t; ok && p;) {
        char *e = strchr(p, '\n');
        if (e)
            *e = '\0';
        ok = jfyp_title_author_block_line(jfyp_trim(p));
        p = e ? e + 1 : NULL;
    }
    free(t);
    return ok;
}

/* Whether a block of one name alone follows within the author blocks
 * from b on, before the front matter ends. */
static int more_names(jfyp_rec *r, jfy_node *b) {
    for (int i = 0; b && i < 8; i++, b = jfyp_rec_next(r, b)) {
        int a = author_block(b);
        if (a < 0)
            return -1;
        if (a)
            continue;
        char *t = jfyp_front_text(b, 0);
        if (!t)
            return -1;
        jfyp_byname *v = NULL;
        size_t cnt = 0;
        int rc = b->type == JFY_N_PARAGRAPH && !jfyp_front_stop(b, t, 1) ? jfyp_byline_read(t, &v, &cnt) : 0;
        jfyp_byline_free(v, cnt);
        free(t);
        return rc < 0 ? -1 : rc == 1 && cnt == 1;
    }
    return 0;
}

/* A line of markers only ("4,5,*"): 1, else 0. */
static int marker_row(const char *t) {
    int nmk, comma;
    return *t && glue_block(t, &nmk, &comma) && nmk > 0 && !strchr(t, '|');
}

/* A byline of two lines whose second line's superscripts pdftotext sets
 * between them, a row of markers a line ("Jane Roe ; John Doe ; Kate" /
 * "1,2,*" / "2" / "3" / "Moss ; Ann Lee ; Tom Ray"), the last rows maybe
 * in the next block: the lines run together (a name wrapped over them
 * made whole), each row given in turn to the second line's names when
 * there are as many. 1 with the names in *out and the next block's part
 * claimed, 0 when n is not so, -1 on OOM. */
static int marker_rows(jfyp_rec *r, jfy_node *n, jfyp_byname **out, size_t *cnt) {
    jfyp_lines l;
    if (jfyp_lines_of(n, &l) < 0)
        return -1;
    size_t i = 1, k = 0;
    const char *top = l.n ? l.v[0].text : "";
    int ok = l.n >= 1 && strpbrk(top, ",;") && !marker_row(top);
    const char *rows[8];
    while (ok && i < l.n && marker_row(l.v[i].text) && k < 8)
        rows[k++] = l.v[i++].text;
    jfy_node *q = NULL;
    jfyp_lines ql = {0};
    size_t qi = 0;
    const char *bottom = NULL;
    if (ok && k > 0 && i + 1 == l.n && !marker_row(l.v[i].text))
        bottom = l.v[i].text;
    else if (ok && i == l.n && (k > 0 || jfyp_names_cut_tail(top))) {
        q = jfyp_rec_next(r, n);
        if (q && q->type == JFY_N_PARAGRAPH && q->line <= n->end_line + 2) {
            if (jfyp_lines_of(q, &ql) < 0) {
                jfyp_lines_free(&l);
                return -1;
            }
            while (qi < ql.n && marker_row(ql.v[qi].text) && k < 8)
                rows[k++] = ql.v[qi++].text;
            if (qi < ql.n && !marker_row(ql.v[qi].text))
                bottom = ql.v[qi].text;
        }
    }
    int rc = 0;
    char *all = bottom ? jfyp_printf("%s %s", top, bottom) : NULL;
    if (bottom && !all)
        rc = -1;
    jfyp_byname *v = NULL;
    size_t nv = 0;
    if (all && (rc = jfyp_byline_read(all, &v, &nv)) == 1 && nv >= 3) {
        /* markers for the names the second line ends, one row each (its
         * first name may be the top line's last, cut by the wrap) */
        size_t nw = 1;
        for (const char *c = bottom; *c; c++)
            nw += *c == ';' || *c == ',';
        if (nw == k && nw <= nv)
            for (size_t j = 0; j < k && rc >= 0; j++) {
                jfyp_buf m;
                jfyp_buf_init(&m);
                jfyp_buf_puts(&m, v[nv - k + j].markers);
                add_markers(&m, rows[j], strlen(rows[j]));
                char *mk = jfyp_buf_finish(&m);
                if (!mk)
                    rc = -1;
                else {
                    free(v[nv - k + j].markers);
                    v[nv - k + j].markers = mk;
                }
            }
        rc = rc < 0 ? -1 : 1;
    } else if (rc >= 0)
        rc = 0;
    free(all);
    if (rc == 1 && q) {
        /* the next block's rows and names are the byline's */
        jfy_node *rest = qi + 1 < ql.n ? jfyp_lines_split(q, &ql, qi + 1) : q;
        if (!rest)
            rc = -1;
        else
            jfyp_node_free(q);
    }
    jfyp_lines_free(&ql);
    jfyp_lines_free(&l);
    if (rc != 1) {
        jfyp_byline_free(v, nv);
        return rc;
    }
    *out = v;
    *cnt = nv;
    return 1;
}

#define ROW_REST_BLOCKS 40 /* blocks after the byline its row's other cells are looked for in */

/* A -layout byline set as a row of names across the page's columns
 * ("Jane Roe1,2      John Doe3      Ann Lee2"): the column reader gives
 * the first column's names and sends the others to the next column, read
 * after the sidebar's affiliations. A block of marked names within the
 * byline's lines, before the front matter ends, is the rest of it. 0, or
 * -1 on OOM. */
static int row_rest(jfyp_rec *r, jfy_node *group, jfy_node *n) {
    for (int seen = 0; n && seen < ROW_REST_BLOCKS; seen++) {
        jfy_node *next = jfyp_rec_next(r, n);
        if (n->type != JFY_N_PARAGRAPH) {
            n = next;
            continue;
        }
        char *t = jfyp_front_text(n, 0);
        if (!t)
            return -1;
        if (jfyp_front_stop(n, t, 1)) {
            free(t);
            return 0;
        }
        jfyp_byname *v = NULL;
        size_t cnt = 0;
        int rc = n->line >= group->line && n->end_line <= group->end_line ? jfyp_byline_read(t, &v, &cnt) : 0;
        free(t);
        int marked = rc == 1;
        for (size_t i = 0; marked && i < cnt; i++)
            marked = *v[i].markers != '\0';
        for (size_t i = 0; rc == 1 && marked && i < cnt; i++)
            if (add_contrib(group, &v[i], 0, n) < 0)
                rc = -1;
        jfyp_byline_free(v, cnt);
        if (rc < 0)
            return -1;
        if (rc == 1 && marked) {
            jfyp_node_free(n);
            return 0;
        }
        n = next;
    }
    return 0;
}

/* Whether the comma list of markers ms holds the marker m (n bytes). */
static int marker_listed(const char *ms, const char *m, size_t n) {
    for (const char *p = ms; p && *p;) {
        const char *e = strchr(p, ',');
        size_t l = e ? (size_t)(e - p) : strlen(p);
        if (l == n && strncmp(p, m, n) == 0)
            return 1;
        p = e ? e + 1 : NULL;
    }
    return 0;
}

/* A byline set in columns side by side comes out of pdftotext with the
 * last column's name alone further down, between the addresses and the
 * abstract ("Jane Q. Roe2,6"): one name on a line of its own with number
 * markers, one of them a number the byline's names carry, is one more
 * author. The group keeps its end, so the addresses between stay the
 * affiliation reader's. 0, or -1 on OOM. */
static int late_name(jfyp_rec *r, jfy_node *group) {
    jfy_node *n = jfyp_rec_first(r);
    while (n && n->line <= group->end_line)
        n = jfyp_rec_next(r, n);
    int seen = 0;
    for (jfy_node *next; n && seen < 30; n = next, seen++) {
        next = jfyp_rec_next(r, n);
        if (n->type == JFY_N_HEADING)
            break;
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        char *t = jfyp_front_text(n, 1);
        if (!t)
            return -1;
        if (jfyp_front_stop(n, t, 1)) {
            free(t);
            break;
        }
        jfyp_byname *v = NULL;
        size_t cnt = 0;
        int rc = strchr(t, '\n') || strlen(t) > 60 ? 0 : jfyp_byline_read(t, &v, &cnt);
        free(t);
        if (rc < 0)
            return -1;
        int take = rc == 1 && cnt == 1 && *v[0].markers && jfyp_name_plausible(v[0].name);
        /* number markers only, one shared with the byline */
        int shared = 0;
        for (const char *p = take ? v[0].markers : NULL; p && *p && take;) {
            const char *e = strchr(p, ',');
            size_t l = e ? (size_t)(e - p) : strlen(p);
            for (size_t i = 0; i < l; i++)
                take &= p[i] >= '0' && p[i] <= '9';
            for (const jfy_node *c = group->first; c && take && !shared; c = c->next)
                shared = c->type == JFY_N_CONTRIB && marker_listed(jfyp_node_attr(c, "markers"), p, l);
            p = e ? e + 1 : NULL;
        }
        /* not a name the byline has already */
        for (const jfy_node *c = group->first; c && take && shared; c = c->next) {
            const jfy_node *nm = c->type == JFY_N_CONTRIB ? jfyp_node_child(c, JFY_N_NAME) : NULL;
            const char *sur = nm ? jfyp_node_attr(nm, "surname") : NULL;
            size_t sl = sur ? strlen(sur) : 0, vl = strlen(v[0].name);
            if (sl && vl >= sl && strcmp(v[0].name + vl - sl, sur) == 0)
                take = 0;
        }
        rc = take && shared ? add_contrib(group, &v[0], 0, n) : 0;
        jfyp_byline_free(v, cnt);
        if (rc < 0)
            return -1;
        if (rc > 0) {
            jfyp_node_free(n);
            break;
        }
    }
    return 0;
}

/* A notice its journal signs (a retraction, an erratum: "Retracted: ..."
 * over "Journal of Immunology Research*"): the block under the title
 * that prints the journal's own name alone, with at most a marker, where
 * the names stand. The journal is the notice's author, set as its
 * publishers' JATS sets it: a name whose surname is the journal's. 0 when
 * the page has no such block, 1 when read, -1 on OOM. */
static int journal_byline(jfyp_rec *r, int from) {
    const jfy_node *title = NULL;
    for (const jfy_node *k = r->front->first; k && !title; k = k->next)
        if (k->type == JFY_N_TITLE)
            title = k;
    if (!title || !from)
        return 0;
    char *tt = jfyp_node_plain(title);
    if (!tt)
        return -1;
    int notice = jfyp_notice_title(tt);
    free(tt);
    jfy_node *n = jfyp_rec_first(r);
    while (n && n->line && n->line <= from)
        n = jfyp_rec_next(r, n);
    if (!notice || !n || n->type != JFY_N_PARAGRAPH)
        return 0;
    char *t = jfyp_front_text(n, 0);
    if (!t)
        return -1;
    size_t e = strlen(t), l;
    while (e > 0 && (l = t[e - 1] == ' ' || t[e - 1] == ',' ? 1 : marker_symbol_before(t, t + e)) > 0)
        e -= l;
    int hit = 0;
    for (size_t i = 0; i < JFYP_HINT_NAMES && !hit && e; i++) {
        const char *j = r->hints->journal_names[i];
        hit = j && strlen(j) == e && strncasecmp(t, j, e) == 0 && strchr(j, ' ');
    }
    int rc = 0;
    if (hit) {
        jfyp_buf m;
        jfyp_buf_init(&m);
        add_markers(&m, t + e, strlen(t + e));
        char *mk = jfyp_buf_finish(&m), *sur = jfyp_strndup(t, e);
        jfy_node *group = jfyp_node_new(JFY_N_CONTRIBS), *c = jfyp_node_new(JFY_N_CONTRIB),
                 *name = jfyp_node_new(JFY_N_NAME);
        rc = mk && sur && group && c && name && jfyp_node_set_attr(group, "content-type", "author") == 0 &&
                     jfyp_node_set_attr(c, "contrib-type", "author") == 0 &&
                     jfyp_node_set_attr(name, "surname", sur) == 0 &&
                     (!*mk || jfyp_node_set_attr(c, "markers", mk) == 0)
                 ? 1
                 : -1;
        if (rc > 0) {
            jfyp_node_span_from(group, n);
            jfyp_node_span_from(c, n);
            jfyp_node_span_from(name, n);
            jfyp_node_append(c, name);
            jfyp_node_append(group, c);
            jfyp_node_append(r->front, group);
            jfyp_node_free(n);
        } else {
            jfyp_node_free(group);
            jfyp_node_free(c);
            jfyp_node_free(name);
        }
        free(mk);
        free(sur);
    }
    free(t);
    return rc;
}

/* "huma ali1", "savita Dixit1", "Bahy a ali2,3": a name set in small
 * capitals that the reader gives in lower case (only the name's true
 * capitals stay), its marker glued on. */
int jfyp_byline_lower_name(const char *t) {
    size_t n = strlen(t);
    int w = jfyp_count_words(t);
    if (w < 2 || w > 5 || n < 4 || n > 60 || strchr(t, '@') || jfyp_front_has_institution_word(t))
        return 0;
    size_t e = n;
    while (e > 0 && ((t[e - 1] >= '0' && t[e - 1] <= '9') || t[e - 1] == ',' || t[e - 1] == '*'))
        e--;
    /* (a reader that sets the raised marker apart gives "huma ali 1") */
    if (e > 1 && e < n && t[e - 1] == ' ')
        e--;
    if (e == n || e == 0 || !(t[e - 1] >= 'a' && t[e - 1] <= 'z') || !(t[n - 1] >= '0' && t[n - 1] <= '9'))
        return 0;
    for (size_t k = 0; k < e; k++) {
        unsigned char c = (unsigned char)t[k];
        if (!(c == ' ' || c == '-' || c == '\'' || c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            return 0;
    }
    return 1;
}

/* The small capitals' name with each word's first letter a capital again
 * ("abdullah a alkahtane2" -> "Abdullah A Alkahtane2"), save a surname's
 * particle ("van", "de"), whose case the small capitals hide. malloc'd. */
static char *small_caps_upper(const char *t) {
    char *s = jfyp_strndup(t, strlen(t));
    for (char *p = s; p && *p;) {
        char *e = p + strcspn(p, " -");
        char c = *e;
        *e = '\0';
        if (*p >= 'a' && *p <= 'z' && (p == s || !jfyp_name_is_particle(p)))
            *p = (char)(*p - 'a' + 'A');
        *e = c;
        p = c ? e + 1 : e;
    }
    return s;
}

/* Three names or more in small capitals, one a block of one line: the
 * first of them, n, and the two after it. */
static int lower_name_run(jfyp_rec *r, jfy_node *n) {
    int k = 0;
    for (jfy_node *x = n; x && k < 3; x = jfyp_rec_next(r, x), k++) {
        if (x->type != JFY_N_PARAGRAPH || x->line != x->end_line)
            return 0;
        char *t = jfyp_front_text(x, 0);
        if (!t)
            return -1;
        int ok = jfyp_byline_lower_name(t);
        free(t);
        if (!ok)
            return 0;
    }
    return k == 3;
}

/* A byline a layout reader cut into a box a name, where each name's raised
 * markers stood ("Nikita  Mehta" / ",  Ferry  Hagen" / ...  / "and  Ann
 * Roe"): a name alone, then boxes of one line each opening on the comma
 * or the "and" before the next name. Joined back into one block, as other
 * readers give the row, when the row reads as that many names. 0, or -1 on
 * OOM. */
static int join_name_boxes(jfyp_rec *r) {
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < 24; n = jfyp_rec_next(r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH || n->line != n->end_line)
            continue;
        char *t = jfyp_front_text(n, 0);
        if (!t)
            return -1;
        int head = jfyp_count_words(t) <= 5 && *t >= 'A' && *t <= 'Z' && !strpbrk(t, ",;@0123456789");
        jfyp_buf b;
        jfyp_buf_init(&b);
        jfyp_buf_puts(&b, t);
        free(t);
        size_t k = 0;
        jfy_node *q = n;
        while (head && k < 12) {
            jfy_node *x = jfyp_rec_next(r, q);
            if (!x || x->type != JFY_N_PARAGRAPH || x->line != x->end_line || x->line > q->end_line + 2)
                break;
            char *u = jfyp_front_text(x, 0);
            if (!u) {
                jfyp_buf_free(&b);
                return -1;
            }
            const char *v = u;
            int on = *v == ',' || jfyp_strnieq(v, "and ", 4);
            on = on && jfyp_count_words(v) <= 6 && !strpbrk(v + 1, ",;@0123456789");
            if (on) {
                jfyp_buf_puts(&b, " ");
                jfyp_buf_puts(&b, u);
            }
            free(u);
            if (!on)
                break;
            q = x;
            k++;
        }
        char *all = jfyp_buf_finish(&b);
        if (!all)
            return -1;
        jfyp_byname *w = NULL;
        size_t cnt = 0;
        int rc = k >= 1 ? jfyp_byline_read(all, &w, &cnt) : 0;
        free(all);
        if (rc < 0)
            return -1;
        jfyp_byline_free(w, cnt);
        if (rc != 1 || cnt != k + 1)
            continue;
        while (k--)
            if (jfyp_paras_join(n, jfyp_rec_next(r, n)) < 0)
                return -1;
    }
    return 0;
}

/* The names one block reads (0 when it reads as none), -1 on OOM; in
 * *bare (when not NULL) whether its last name carries no marker, in
 * *marked (when not NULL) whether every name carries one. */
static int names_in(const char *t, int *bare, int *marked) {
    jfyp_byname *w = NULL;
    size_t cnt = 0;
    int rc = jfyp_byline_read(t, &w, &cnt);
    if (bare)
        *bare = rc == 1 && cnt && !*w[cnt - 1].markers;
    if (marked) {
        *marked = rc == 1 && cnt;
        for (size_t i = 0; i < cnt && rc == 1; i++)
            *marked &= *w[i].markers != '\0';
    }
    jfyp_byline_free(w, cnt);
    return rc < 0 ? -1 : rc == 1 ? (int)cnt : 0;
}

/* A byline MuPDF cut into boxes at its lines' ends, where an ORCID icon or
 * a raised marker stood: the comma after a name opens the box under it
 * (",1 Hana Roe,1 Ivo Poe,2" under "Jana Moe"; a box of a lone "," under
 * "Ann Roe1,2, Bo Poe3"), or the box above ends on that comma and the next
 * line of names opens the box under it. Each box reads as names alone,
 * or as nothing but the comma; joined back into one block, as the other
 * readers give it, when the whole reads as all of their names, each
 * with its markers (and the box above holds no "and" before a last name). A run of such boxes that
 * meets a name cut before its surname ("..., Elzo" over "Pereira Pinto
 * Júnior1", no marker and no comma after the cut) is left whole, boxes
 * and all, to the cut names' mender, which reads them as they stand.
 * 0, or -1 on OOM. */
static int join_comma_boxes(jfyp_rec *r) {
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < 24; n = jfyp_rec_next(r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        char *t = jfyp_front_text(n, 0);
        if (!t)
            return -1;
        int k = 0, cut = 0;
        const jfy_node *x = n;
        for (const jfy_node *y = n; k < 8; y = x, k++) {
            x = jfyp_rec_next(r, y);
            if (!x || x->type != JFY_N_PARAGRAPH || x->line > y->end_line + 2)
                break;
            char *u = jfyp_front_text(x, 0);
            if (!u) {
                free(t);
                return -1;
            }
            size_t tl = strlen(t), ul = strlen(u);
            int opens = *u == ',', ends = tl && t[tl - 1] == ',';
            /* (a box that holds the byline's "and" holds its last name:
             * what opens on a comma under it was cut from a line above) */
            int last = strstr(t, " and ") || strstr(t, " & ");
            char *all = (opens || ends) && !last && !strchr(t, '@') && !strchr(u, '@') ? jfyp_printf("%s %s", t, u) : NULL;
            /* (the markers after the comma are the name above's) */
            const char *v = u + opens;
            while (opens && ((*v >= '0' && *v <= '9') || *v == ',' || *v == ' ' || marker_symbol_len(v)))
                v += marker_symbol_len(v) ? marker_symbol_len(v) : 1;
            int bare = 0, marked = 0, cn = all ? names_in(t, NULL, NULL) : 0, cu = cn > 0 ? names_in(v, &bare, NULL) : 0,
                ca = cn > 0 && cu >= 0 ? names_in(all, NULL, &marked) : 0;
            int lone = opens && !*v;
            /* (its last piece one bare word after a comma: ", Elzo") */
            const char *lp = strrchr(u, ',');
            lp = lp ? lp + 1 + strspn(lp + 1, " ") : NULL;
            cut = cn >= 1 && ul && u[ul - 1] != ',' &&
                  (bare || (lp && *lp >= 'A' && *lp <= 'Z' && !strpbrk(lp, " 0123456789") &&
                            !marker_symbol_len(u + ul - 1)));
            free(u);
            if (cn < 0 || cu < 0 || ca < 0) {
                free(all);
                free(t);
                return -1;
            }
            if (cut || cn < 1 || !marked || !(lone || (cu >= 1 && ca == cn + cu))) {
                free(all);
                break;
            }
            free(t);
            t = all;
        }
        free(t);
        if (cut)
            return 0;
        while (k-- > 0)
            if (jfyp_paras_join(n, jfyp_rec_next(r, n)) < 0)
                return -1;
    }
    return 0;
}

/* Whether t opens on the rest of a name cut at the line above: one or
 * two capitalized words, then the name's marker before any comma
 * ("Seyedmehdi 2, Amir Kavousi 1, ..."). */
static int opens_name_rest(const char *t) {
    int words = 0;
    for (const char *q = t; *q && *q != ',' && *q != '\n'; q++) {
        if ((*q >= '0' && *q <= '9') || marker_symbol_len(q))
            return words >= 1 && words <= 2;
        if (q == t || (q[-1] == ' ' && *q != ' ')) {
            size_t l;
            if (utf8proc_category(jfyp_utf8_decode(q, &l)) != UTF8PROC_CATEGORY_LU)
                return 0;
            words++;
        } else if (*q == '.' || *q == '-' || *q == '\'')
            continue;
        else if (*q != ' ' && !((*q >= 'a' && *q <= 'z') || (unsigned char)*q >= 0x80))
            return 0;
    }
    return 0;
}

/* The names s reads (1, in *w and *cnt), less a last piece of one bare
 * word after a comma ("..., Somaye"), which reads as no name: *tail set
 * when it was left out. 0 when none, -1 on OOM. */
static int read_less_tail(const char *s, jfyp_byname **w, size_t *cnt, int *tail) {
    *tail = 0;
    char *c = jfyp_strdup(s);
    if (!c)
        return -1;
    char *lc = strrchr(c, ',');
    const char *lw = lc ? lc + 1 + strspn(lc + 1, " \n") : NULL;
    if (lw && *lw && !strpbrk(lw, " \n0123456789") && !marker_symbol_len(lw + strlen(lw) - 1)) {
        *lc = '\0';
        *tail = 1;
    }
    int rc = jfyp_byline_read(c, w, cnt);
    free(c);
    return rc;
}

/* A marked byline whose lines a reader set as blocks of their own, a
 * name wrapped between them ("Reza Roe 1, Seyed Mohammad" / "Seyedmehdi
 * 2, Amir Poe 1, Somaye" / "Tahernezhad Doe 1"): the block above ends on
 * the name's first words, the block under opens on its last with the
 * marker. Joined back when the whole reads as marked names only (but
 * for a last word wrapped on again), more than the block above holds
 * marked. 0, or -1 on OOM. */
static int join_wrapped_names(jfyp_rec *r) {
    int seen = 0;
    for (jfy_node *p = jfyp_rec_first(r); p && seen < 24; seen++) {
        jfy_node *x = jfyp_rec_next(r, p);
        if (p->type != JFY_N_PARAGRAPH || !x || x->type != JFY_N_PARAGRAPH || x->line != p->end_line + 1) {
            p = x;
            continue;
        }
        char *t = jfyp_front_text(p, 0), *u = t ? jfyp_front_text(x, 0) : NULL;
        if (!u) {
            free(t);
            return -1;
        }
        size_t tl = strlen(t);
        int ok = tl && ((t[tl - 1] >= 'a' && t[tl - 1] <= 'z') || (unsigned char)t[tl - 1] >= 0x80) &&
                 strchr(t, ',') && !strchr(t, '@') && !strchr(u, '@') && opens_name_rest(u);
        char *all = ok ? jfyp_printf("%s %s", t, u) : NULL;
        if (ok && !all) {
            free(t);
            free(u);
            return -1;
        }
        jfyp_byname *w = NULL;
        size_t c1 = 0, c2 = 0;
        int tail1 = 0, tail2 = 0, rc = all ? read_less_tail(t, &w, &c1, &tail1) : 0, marked = 0;
        /* (above: marked names, then the wrapped one's first words, bare
         * or left out as the tail) */
        size_t m1 = 0;
        for (size_t i = 0; rc == 1 && i < c1; i++)
            m1 += *w[i].markers != '\0';
        ok = rc == 1 && c1 && (tail1 ? m1 == c1 : m1 + 1 == c1 && !*w[c1 - 1].markers);
        jfyp_byline_free(w, c1);
        w = NULL;
        if (ok && rc == 1) {
            rc = read_less_tail(all, &w, &c2, &tail2);
            marked = rc == 1 && c2 > m1;
            for (size_t i = 0; marked && i < c2; i++)
                marked = *w[i].markers != '\0';
            jfyp_byline_free(w, c2);
        }
        free(t);
        free(u);
        free(all);
        if (rc < 0)
            return -1;
        if (ok && marked) {
            if (jfyp_paras_join(p, x) < 0)
                return -1;
            continue; /* (the joined block may go on in the next) */
        }
        p = x;
    }
    return 0;
}

/* The names a line of text cut off at a box's edge, in a box of their own
 * under the addresses that follow the byline's line ("Anne Berg a, Eva
 * Holm b, *" / "a City Hospital, ..." / ... then ", Karl Ek b"): the
 * names go back at the byline's end, so that the byline's markers stay
 * the names' and the addresses theirs. 0, or -1 on OOM. */
static int join_byline_tail(jfyp_rec *r) {
    int seen = 0;
    for (jfy_node *p = jfyp_rec_first(r); p && seen < 24; p = jfyp_rec_next(r, p), seen++) {
        jfy_node *n = jfyp_rec_next(r, p), *b = n ? jfyp_rec_next(r, n) : NULL;
        if (p->type != JFY_N_PARAGRAPH || p->line != p->end_line || !n || n->type != JFY_N_PARAGRAPH ||
            n->line != p->end_line + 1 || !b || b->type != JFY_N_PARAGRAPH || b->line != b->end_line ||
            b->line > n->end_line + 2)
            continue;
        char *u = jfyp_front_text(b, 0);
        if (!u)
            return -1;
        int on = (*u == ',' || jfyp_strnieq(u, "and ", 4)) && jfyp_count_words(u) <= 6 && !strpbrk(u, ";@");
        if (!on) {
            free(u);
            continue;
        }
        char *top = jfyp_front_text(p, 0);
        char *all = top ? jfyp_printf("%s %s", top, u) : NULL;
        free(u);
        jfyp_byname *w = NULL;
        size_t c1 = 0, c2 = 0;
        int rc = all ? jfyp_byline_read(top, &w, &c1) : -1;
        jfyp_byline_free(w, c1);
        if (rc == 1) {
            rc = jfyp_byline_read(all, &w, &c2);
            jfyp_byline_free(w, c2);
        }
        free(all);
        free(top);
        if (rc < 0)
            return -1;
        if (rc != 1 || c1 < 2 || c2 <= c1 || c2 > c1 + 3)
            continue;
        /* (the lines between are addresses, naming nobody: "a City
         * Hospital, Uppsala, Sweden") */
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        int addr = 1;
        for (size_t i = 0; i < l.n && addr; i++)
            addr = jfyp_front_has_institution_word(l.v[i].text) && strchr(l.v[i].text, ',');
        jfyp_lines_free(&l);
        if (!addr)
            continue;
        int end = p->end_line;
        jfyp_node_unlink(b);
        jfyp_node_insert_after(p, b);
        if (jfyp_paras_join(p, b) < 0)
            return -1;
        p->end_line = end;
    }
    return 0;
}

/* Whether every name of v carries markers. */
static int all_marked(const jfyp_byname *v, size_t cnt) {
    for (size_t i = 0; i < cnt; i++)
        if (!*v[i].markers)
            return 0;
    return cnt > 0;
}

/* "(The Lantern Collaboration)", "(for the X Collaboration)": the group
 * a collaboration's byline closes with, on a line of its own. Its name
 * ("Lantern Collaboration", malloc'd), NULL when the line is none (or on
 * OOM, *oom set). */
static char *collab_line(const char *t, int *oom) {
    *oom = 0;
    size_t l = strlen(t);
    if (l < 16 || l > 120 || t[0] != '(' || t[l - 1] != ')' || strchr(t + 1, '(') || strchr(t, ','))
        return NULL;
    const char *w = jfyp_stristr(t, "collaboration)");
    if (!w || w[14])
        return NULL;
    const char *b = t + 1;
    if (!strncasecmp(b, "for the ", 8))
        b += 8;
    else if (!strncasecmp(b, "on behalf of the ", 17))
        b += 17;
    else if (!strncasecmp(b, "the ", 4))
        b += 4;
    if (!(*b >= 'A' && *b <= 'Z') && (unsigned char)*b < 0x80)
        return NULL;
    char *c = jfyp_strndup(b, (size_t)(t + l - 1 - b));
    *oom = !c;
    return c;
}

/* A long byline (a collaboration's hundreds of names, "A. Roe,1 B. C.
 * Poe,2,3 ...") whose last lines the extraction set in one block with
 * what follows them ("(The X Collaboration)", the addresses numbered
 * "1" / "Institut ..." or "1Institut ..."): the block's opening lines that
 * read as marked names are parted from the rest, which becomes a block of
 * its own. (Letters label other bylines' addresses, "a Department ...",
 * whose lines may read as names.) Each line is read once, then the lines
 * taken once more together. 1 parted, 0 not, -1 on OOM. */
static int marked_head(jfy_node *n) {
    jfyp_lines l;
    if (jfyp_lines_of(n, &l) < 0)
        return -1;
    size_t k = 0;
    int rc = 0;
    for (; k < l.n; k++) {
        jfyp_byname *v = NULL;
        size_t c = 0;
        rc = jfyp_byline_read(l.v[k].text, &v, &c);
        int ok = rc == 1 && all_marked(v, c);
        jfyp_byline_free(v, c);
        if (rc < 0 || !ok)
            break;
    }
    int oom = 0;
    char *grp = rc >= 0 && k > 0 && k < l.n ? collab_line(l.v[k].text, &oom) : NULL;
    int below = grp || (k > 0 && k < l.n && l.v[k].text[0] >= '1' && l.v[k].text[0] <= '9');
    free(grp);
    if (oom)
        rc = -1;
    if (rc >= 0 && below) {
        char *head = jfyp_lines_join(&l, 0, k - 1);
        jfyp_byname *v = NULL;
        size_t c = 0;
        rc = head ? jfyp_byline_read(head, &v, &c) : -1;
        free(head);
        if (rc == 1 && !all_marked(v, c))
            rc = 0;
        jfyp_byline_free(v, c);
        if (rc == 1 && !jfyp_lines_split(n, &l, k))
            rc = -1;
    } else
        rc = rc < 0 ? -1 : 0;
    jfyp_lines_free(&l);
    return rc;
}

/* A block of more words than a byline's ("A. Roe,1 B. C. Poe,2,3 ..."
 * over dozens of lines, a collaboration's) that reads as names, each
 * marked, is no running prose. 1, 0, -1 on OOM. */
static int long_byline(const char *t) {
    jfyp_byname *v = NULL;
    size_t c = 0;
    int rc = jfyp_byline_read(t, &v, &c);
    int ok = rc == 1 && c >= 8 && all_marked(v, c);
    jfyp_byline_free(v, c);
    return rc < 0 ? -1 : ok;
}

/* A collaboration's name (collab_line) opening the block n under the
 * byline: a contrib of its own in group, the line taken out of n (n
 * freed when nothing else is left). 1 taken, 0, -1 on OOM. */
static int take_collab(jfy_node *group, jfy_node *n, int *gone) {
    *gone = 0;
    jfyp_lines l;
    if (jfyp_lines_of(n, &l) < 0)
        return -1;
    int oom;
    char *c = l.n ? collab_line(l.v[0].text, &oom) : (oom = 0, NULL);
    if (!c) {
        jfyp_lines_free(&l);
        return oom ? -1 : 0;
    }
    jfy_node *ct = jfyp_node_new(JFY_N_CONTRIB), *cl = jfyp_node_new_text(JFY_N_COLLAB, c);
    free(c);
    if (!ct || !cl || jfyp_node_set_attr(ct, "contrib-type", "author") < 0) {
        jfyp_node_free(ct);
        jfyp_node_free(cl);
        jfyp_lines_free(&l);
        return -1;
    }
    jfyp_node_span_from(ct, n);
    jfyp_node_span_from(cl, n);
    jfyp_node_append(ct, cl);
    jfyp_node_append(group, ct);
    *gone = jfyp_lines_remove(n, &l, 0, 0);
    jfyp_lines_free(&l);
    return 1;
}

/* Where the year that closes the date opening s ends ("Received: 27
 * June 2023"), within its first words, or NULL. */
static const char *date_year_end(const char *s) {
    for (const char *q = s; *q && q - s < 48; q++)
        if ((q[0] == '1' || q[0] == '2') && (q[1] == '9' || q[1] == '0') && q[2] >= '0' && q[2] <= '9' &&
            q[3] >= '0' && q[3] <= '9' && (q == s || q[-1] == ' ') && q[4] == ' ')
            return q + 4;
    return NULL;
}

/* "Received: 27 June 2023   Jane Roe 1 , John Doe 2,3 , ...": a
 * column-keeping extraction (pdftotext -layout) runs the sidebar's dated
 * line on into the byline's first line, as Nature's journals set them
 * side by side. When the block n opens with a dated label whose year is
 * followed by marked names, the dated part is parted into a paragraph of
 * its own before n (the dates reader's), n keeping the names. 1 parted,
 * 0 not, -1 on OOM. */
static int part_dated_sidebar(jfy_node *n, const char *t) {
    jfy_node *x = n->first;
    if (!x || x->type != JFY_N_TEXT || !x->text || !jfyp_opens_dated_label(x->text))
        return 0;
    const char *y = date_year_end(x->text), *ty = date_year_end(t);
    if (!y || !ty)
        return 0;
    const char *rest = y + strspn(y, " ");
    if (!(*rest >= 'A' && *rest <= 'Z') && (unsigned char)*rest < 0x80)
        return 0;
    jfyp_byname *v = NULL;
    size_t c = 0;
    int rc = jfyp_byline_read(ty + strspn(ty, " "), &v, &c);
    int ok = rc == 1 && c >= 2 && all_marked(v, c);
    jfyp_byline_free(v, c);
    if (rc < 0)
        return -1;
    if (!ok)
        return 0;
    jfy_node *p = jfyp_node_new(JFY_N_PARAGRAPH), *d = jfyp_node_new_textn(JFY_N_TEXT, x->text, (size_t)(y - x->text));
    char *keep = jfyp_strdup(rest);
    if (!p || !d || !keep || jfyp_node_set_text(x, keep) < 0) {
        jfyp_node_free(p);
        jfyp_node_free(d);
        free(keep);
        return -1;
    }
    free(keep);
    jfyp_node_span_from(p, n);
    p->end_line = p->line;
    jfyp_node_span_from(d, n);
    jfyp_node_append(p, d);
    jfyp_node_insert_before(n, p);
    return 1;
}

/* "Address:" / "E-mail:": the labelled lines an older template (BioMed
 * Central's before 2010) set under the byline in the same block as it. The
 * length of the label with its colon and spaces, or 0. */
static size_t front_label_len(const char *s) {
    /* (and the article's DOI SciELO sets under the names: "doi: 10....") */
    static const char *const w[] = {"Address", "Addresses", "E-mail", "Email", "E-mails", "Emails", "doi"};
    for (size_t i = 0; i < sizeof w / sizeof *w; i++) {
        size_t k = strlen(w[i]);
        if (!strncasecmp(s, w[i], k) && s[k] == ':')
            return k + 1 + strspn(s + k + 1, " ");
    }
    /* the corresponding author's note under the names, its sign before
     * it or not ("*Corresponding author: ...", "Correspondence: ...") */
    size_t sl = 0;
    for (size_t l; (l = marker_symbol_len(s + sl)) != 0;)
        sl += l;
    sl += strspn(s + sl, " ");
    static const char *const c[] = {"Corresponding author", "Correspondence", NULL};
    for (size_t i = 0; c[i]; i++) {
        size_t k = strlen(c[i]);
        if (!strncasecmp(s + sl, c[i], k)) {
            const char *q = s + sl + k;
            q += *q == 's';
            if (*q == ':' || *q == '.' || (*q == ' ' && strchr(q, '@')))
                return (size_t)(q - s) + 1;
        }
    }
    return 0;
}

static int has_break(const jfy_node *n) {
    for (const jfy_node *k = n->first; k; k = k->next)
        if (jfyp_inline_is_break(k) || has_break(k))
            return 1;
    return 0;
}

/* The byline's lines over such labelled lines: parted from them, so that
 * the names read alone and the addresses as a block of their own. The
 * stars of the corresponding author's name, in the byline and again in the
 * e-mail line ("Jane Roe*1 ..." / "E-mail: Jane Roe* - ..."), were read as
 * an emphasis over the lines between them: undone into the stars printed.
 * 1 when parted, 0 when not, -1 on out of memory. */
static int cut_labelled_lines(jfy_node *n) {
    if (n->type != JFY_N_PARAGRAPH || n->line == n->end_line)
        return 0;
    char *all = jfyp_front_text(n, 1);
    if (!all)
        return -1;
    int lab = 0, nl = 0;
    for (const char *p = strchr(all, '\n'); p && ++nl < 6 && !lab; p = strchr(p + 1, '\n'))
        lab = front_label_len(p + 1) > 0;
    free(all);
    if (!lab)
        return 0;
    for (jfy_node *k = n->first, *nx; k; k = nx) {
        nx = k->next;
        if ((k->type != JFY_N_EMPH && k->type != JFY_N_STRONG) || !has_break(k))
            continue;
        const char *star = k->type == JFY_N_EMPH ? "*" : "**";
        jfy_node *open = jfyp_node_new_text(JFY_N_TEXT, star), *close = jfyp_node_new_text(JFY_N_TEXT, star);
        if (!open || !close) {
            jfyp_node_free(open);
            jfyp_node_free(close);
            return -1;
        }
        jfyp_node_insert_before(k, open);
        while (k->first) {
            jfy_node *c = k->first;
            jfyp_node_unlink(c);
            jfyp_node_insert_before(k, c);
        }
        jfyp_node_insert_before(k, close);
        jfyp_node_free(k);
    }
    jfyp_lines l;
    if (jfyp_lines_of(n, &l) < 0)
        return -1;
    size_t at = 0;
    for (size_t i = 1; i < l.n && i < 6 && !at; i++)
        at = front_label_len(l.v[i].text) ? i : 0;
    int rc = 0;
    if (at) {
        jfyp_buf b;
        jfyp_buf_init(&b);
        for (size_t i = 0; i < at; i++) {
            if (i)
                jfyp_buf_putc(&b, ' ');
            jfyp_buf_puts(&b, l.v[i].text);
        }
        char *t = jfyp_buf_finish(&b);
        jfyp_byname *v = NULL;
        size_t cnt = 0;
        rc = t ? jfyp_byline_read(t, &v, &cnt) : -1;
        free(t);
        jfyp_byline_free(v, cnt);
        jfy_node *tail = rc == 1 ? jfyp_lines_split(n, &l, at) : NULL;
        if (rc == 1 && !tail)
            rc = -1;
        /* (each labelled line after, the e-mails under the addresses, a
         * block of its own too) */
        for (int k = 0; tail && k < 3 && tail->line != tail->end_line; k++) {
            jfyp_lines_free(&l);
            if (jfyp_lines_of(tail, &l) < 0)
                return -1;
            size_t j = 0;
            for (size_t i = 1; i < l.n && i < 12 && !j; i++)
                j = front_label_len(l.v[i].text) ? i : 0;
            if (!j)
                break;
            if (!(tail = jfyp_lines_split(tail, &l, j)))
                rc = -1;
        }
    }
    jfyp_lines_free(&l);
    return rc;
}

/* Whether t, ending on a colon, is a sentence that announces a list of
 * authors: four words or more, two of them in lower case, one "author"
 * ("The updated author list is now:"), no label ("Authors:"). */
static int colon_sentence(const char *t) {
    int words = 0, lower = 0, author = 0;
    for (const char *p = t; *p; p++)
        if (p == t || p[-1] == ' ') {
            words++;
            lower += *p >= 'a' && *p <= 'z';
            author |= strncmp(p, "author", 6) == 0;
        }
    return words >= 4 && lower >= 2 && author;
}

/* Whether the byline's names are marked with letters: a letter among
 * their markers, no figure. */
static int letter_scheme(const jfy_node *group) {
    int letters = 0;
    for (const jfy_node *c = group->first; c; c = c->next) {
        const char *m = c->type == JFY_N_CONTRIB ? jfyp_node_attr(c, "markers") : NULL;
        if (!m)
            continue;
        if (strpbrk(m, "0123456789"))
            return 0;
        int has = 0;
        for (const char *p = m; *p; p++)
            has |= *p >= 'a' && *p <= 'z' && (p == m || p[-1] == ',') && (!p[1] || p[1] == ',');
        letters += has;
    }
    return letters >= 1;
}

/* A block of a name's raised letters alone: "b", "*ac", "a,c". */
static int letters_block(const char *t) {
    size_t letters = 0;
    for (const char *p = t; *p;) {
        size_t sl = marker_symbol_len(p);
        if (sl) {
            p += sl;
            continue;
        }
        if (*p >= 'a' && *p <= 'z')
            letters++;
        else if (*p != ',' && *p != ' ')
            return 0;
        p++;
    }
    return letters >= 1 && letters <= 4;
}

/* The bare names that go on a byline in letters, each ending on its
 * letter glued on ("Ann Poeb"): the letter, one the scheme has used or the
 * one after, parted from the surname when the surname keeps four letters
 * and more. */
static void unglue_letters(const jfy_node *group, jfyp_byname *v, size_t cnt) {
    char top = 0;
    for (const jfy_node *c = group->first; c; c = c->next) {
        const char *m = c->type == JFY_N_CONTRIB ? jfyp_node_attr(c, "markers") : NULL;
        for (const char *p = m; p && *p; p++)
            if (*p >= 'a' && *p <= 'z' && *p > top)
                top = *p;
    }
    for (size_t i = 0; i < cnt && top; i++) {
        char *name = v[i].name;
        size_t n = strlen(name);
        const char *sp = strrchr(name, ' ');
        if (*v[i].markers || !sp || n - (size_t)(sp + 1 - name) < 5 || name[n - 1] < 'a' || name[n - 1] > top + 1 ||
            !(name[n - 2] >= 'a' && name[n - 2] <= 'z'))
            continue;
        char mk[2] = {name[n - 1], '\0'};
        char *d = jfyp_strdup(mk);
        if (!d)
            continue; /* (out of memory: the name keeps its letter) */
        name[n - 1] = '\0';
        free(v[i].markers);
        v[i].markers = d;
    }
}

static int address_label(const char *s, char *lab);

/* Whether line a is an address: an institution's word in a line that
 * opens on a capital or an address's label, its words capitalized but
 * for a few "of", "and" (a sentence that names an institution is not
 * one), no e-mail. */
static int address_line(const char *a) {
    size_t lower = 0, caps = 0;
    for (const char *p = a; *p; p++)
        if (p == a || p[-1] == ' ') {
            lower += *p >= 'a' && *p <= 'z';
            caps += (*p >= 'A' && *p <= 'Z') || (unsigned char)*p >= 0xc3;
        }
    char lab[3];
    return ((*a >= 'A' && *a <= 'Z') || address_label(a, lab)) && !strchr(a, '@') && lower <= caps &&
           jfyp_front_has_institution_word(a);
}

/* ---- a letter's names signed at its end ----
 * Letters and correspondence may print no byline under the title and sign
 * at the end instead, under the text: the names one a line, each with its
 * address markers ("Jane Roe1,2" / "John Doe3"), then their addresses
 * ("1Department of X, University of Y, City, 2..."). (One bare name over
 * its address closing the text is read with the article's kind,
 * recognize_article_type.c, which keeps the address with it.) */

/* Whether the word w[0..n) is a particle a surname may open with, in
 * lower case inside a name (names.c keeps the list; the word is copied
 * out to be ended there). */
static int name_particle(const char *w, size_t n) {
    char b[8];
    if (n >= sizeof b)
        return 0;
    memcpy(b, w, n);
    b[n] = '\0';
    return jfyp_name_is_particle(b);
}

/* Whether name reads as one person's, given names first: two to four
 * words of letters (initials, hyphens, apostrophes), the first and the
 * last capitalised, a particle between. */
static int signed_name(const char *name) {
    size_t words = 0;
    const char *p = name, *last = NULL;
    while (*p) {
        const char *w = p;
        while (*p && *p != ' ')
            p++;
        size_t n = (size_t)(p - w);
        for (size_t k = 0; k < n; k++)
            if ((w[k] >= '0' && w[k] <= '9') || strchr("()[]/:;,&@", w[k]))
                return 0;
        int cap = name_cap((unsigned char)w[0]);
        if (!cap && (words == 0 || !name_particle(w, n)))
            return 0;
        last = w;
        words++;
        while (*p == ' ')
            p++;
    }
    return words >= 2 && words <= 4 && last && name_cap((unsigned char)last[0]);
}

/* Where the degrees after a signer's name start ("Jane Roe, MD, MPH",
 * "John Doe, MB BCh BAO", "Ann Poe, MMed (Family Med)"): the comma
 * before them, the word after it a degree or a credential; NULL when
 * the line names no degree so. A degree stands for the markers a signed
 * name has not: the mark that the line is a person's. */
static const char *degree_comma(const char *t) {
    const char *c = strchr(t, ',');
    if (!c || c == t || c[1] != ' ')
        return NULL;
    char w[12];
    size_t n = strcspn(c + 2, " ,;()");
    if (n == 0 || n >= sizeof w)
        return NULL;
    memcpy(w, c + 2, n);
    w[n] = '\0';
    return is_degree(w) || credential_word(w) ? c : NULL;
}

/* Whether line t is one signed name: *v gets it (one name, its
 * markers; a name with degrees, its markers empty and *deg set). 1, 0,
 * -1 on OOM. */
static int signature_name(const char *t, jfyp_byname **v, int *deg) {
    size_t cnt = 0;
    *v = NULL;
    if (deg)
        *deg = 0;
    if (strlen(t) > 60 || strchr(t, '@') || jfyp_front_has_institution_word(t))
        return 0;
    const char *dc = deg ? degree_comma(t) : NULL;
    char *nm = dc ? jfyp_strndup(t, (size_t)(dc - t)) : NULL;
    if (dc && !nm)
        return -1;
    int rc = jfyp_byline_read(nm ? nm : t, v, &cnt);
    free(nm);
    if (rc == 1 && dc && cnt == 1 && !*(*v)[0].markers)
        *deg = 1;
    if (rc <= 0)
        return rc;
    if (cnt != 1 || (*v)[0].orcid || !signed_name((*v)[0].name)) {
        jfyp_byline_free(*v, cnt);
        *v = NULL;
        return 0;
    }
    return 1;
}

/* Whether line t is a line of a byline's list signed at a letter's end
 * ("Jane Roe,* John Doe,†‡" / "and Ann Poe*", as infectious-disease
 * letters sign): one name as signature_name reads it, or several, each a
 * signed name, all with their marks or none (no degrees: a list of names
 * with degrees is a sentence's as often). *v and *cnt get the names. 1,
 * 0, -1 on OOM. */
static int signature_names(const char *t, jfyp_byname **v, size_t *cnt, int *deg) {
    int rc = signature_name(t, v, deg);
    *cnt = rc == 1;
    if (rc != 0)
        return rc;
    if (strlen(t) > 80 || strchr(t, '@') || jfyp_front_has_institution_word(t))
        return 0;
    size_t n = 0;
    rc = jfyp_byline_read(t, v, &n);
    if (rc <= 0)
        return rc;
    int ok = n >= 2;
    for (size_t k = 0; k < n && ok; k++)
        ok = !*(*v)[k].markers == !*(*v)[0].markers && !(*v)[k].orcid && signed_name((*v)[k].name);
    if (!ok) {
        jfyp_byline_free(*v, n);
        *v = NULL;
        return 0;
    }
    *cnt = n;
    return 1;
}

#define SIG_MAX 40

/* The running text the names sign under: so many characters of long
 * lines read before them. */
#define SIG_PROSE 200
static size_t prose_chars(const char *t) {
    size_t n = strlen(t);
    return n >= 50 ? n : 0;
}

/* The address at line i of block b and the short lines under it (its
 * town, its country: two at most, no figures), as one affiliation of
 * every name of group; the lines leave the block (the block too when
 * they were all of it). 0, -1 on OOM. */
static int signed_address(jfyp_rec *r, jfy_node *group, jfy_node *b, size_t i) {
    jfyp_lines l;
    if (jfyp_lines_of(b, &l) < 0)
        return -1;
    size_t e = i;
    while (e + 1 < l.n && e < i + 2 && strlen(l.v[e + 1].text) <= 40 && name_cap((unsigned char)l.v[e + 1].text[0]) &&
           !strpbrk(l.v[e + 1].text, "0123456789@:.") && !jfyp_front_has_institution_word(l.v[e + 1].text))
        e++;
    jfyp_buf t;
    jfyp_buf_init(&t);
    for (size_t k = i; k <= e; k++) {
        if (k > i)
            jfyp_buf_puts(&t, ", ");
        jfyp_buf_puts(&t, l.v[k].text);
    }
    char *txt = jfyp_buf_finish(&t), *id = txt ? jfyp_rec_id(r, 1, "aff") : NULL;
    jfy_node *a = id ? jfyp_node_new_with_text(JFY_N_AFF, txt) : NULL;
    int bad = !a || jfyp_node_set_attr(a, "id", id) < 0;
    if (!bad) {
        jfyp_node_span_from(a, b);
        for (jfy_node *c = group->first; c && !bad; c = c->next) {
            jfy_node *x = jfyp_node_new(JFY_N_XREF);
            bad = !x || jfyp_node_set_attr(x, "ref-type", "aff") < 0 || jfyp_node_set_attr(x, "rid", id) < 0;
            if (x)
                jfyp_node_append(c, x);
        }
    }
    if (bad)
        jfyp_node_free(a);
    else
        jfyp_node_append(r->front, a);
    free(txt);
    free(id);
    int empty = bad ? 0 : jfyp_lines_remove(b, &l, i, e);
    jfyp_lines_free(&l);
    if (empty)
        jfyp_node_free(b);
    return bad ? -1 : 0;
}

/* A block whose first lines were taken out starts where its first line
 * left does: the readers after this one tell blocks by their lines. */
static void span_from_first_line(jfy_node *b) {
    for (const jfy_node *c = b->first; c; c = c->next)
        if (c->type != JFY_N_SOFTBREAK && c->type != JFY_N_LINEBREAK) {
            if (c->line > b->line && c->line <= b->end_line)
                b->line = c->line, b->col = c->col;
            return;
        }
}

static int signature(jfyp_rec *r) {
    for (const jfy_node *k = r->front->first; k; k = k->next)
        if (k->type == JFY_N_CONTRIBS)
            return 0;
    /* the run of name lines being read, and the last signature found */
    jfy_node *rb[SIG_MAX], *best_b[SIG_MAX], *addr_b = NULL;
    size_t rl[SIG_MAX], best_l[SIG_MAX], run = 0, best = 0, addr_l = 0;
    /* the names of the run signed with degrees, not markers: no labelled
     * address list follows them, the address under them is theirs */
    int degs = 0, best_degs = 0;
    /* names of the run that bear no mark, and whether the best run had
     * some: bare names sign only right over an address, and never take
     * the place of a marked run */
    size_t bare = 0;
    int best_bare = 0;
    /* a line of the run holds several names: the address under the run
     * opens on a mark then, as the names' marks label it, or on its
     * label when the names bear none ("Author affiliations: ...", as
     * the same letters sign in later years) */
    int multi = 0, multi_bare = 0;
    /* the run opens where a list may: on its block's first line (no
     * comma or "and" ending the block before) or under a sentence's end
     * (a run that opens under a list's own line is its tail, the list's
     * head unread) */
    int run_open = 0, opens = 1;
    jfy_node *prev = NULL;
    size_t prose = 0;
    int rc = 0, label = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && rc >= 0; prev = n, n = jfyp_rec_next(r, n)) {
        if (n->type != JFY_N_PARAGRAPH) {
            run = 0;
            continue;
        }
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        for (size_t i = 0; i < l.n && rc >= 0; i++) {
            jfyp_byname *v = NULL;
            size_t cnt = 0;
            int deg = 0;
            int nm = prose >= SIG_PROSE ? signature_names(l.v[i].text, &v, &cnt, &deg) : 0;
            prose += prose_chars(l.v[i].text);
            if (nm < 0) {
                rc = -1;
                break;
            }
            int open_here = i == 0 ? opens : l.v[i - 1].text[0] && l.v[i - 1].text[strlen(l.v[i - 1].text) - 1] == '.';
            {
                const char *x = l.v[i].text;
                size_t xl = strlen(x);
                opens = !(xl && x[xl - 1] == ',') && !(xl >= 4 && !strcmp(x + xl - 4, " and"));
            }
            if (nm == 1) {
                int marked = *v[0].markers != '\0' || deg;
                jfyp_byline_free(v, cnt);
                int several = cnt >= 2;
                /* the names go on from the line before, in this block or
                 * at the end of the one before */
                int on = run && ((rb[run - 1] == n && rl[run - 1] + 1 == i) || (rb[run - 1] == prev && i == 0));
                /* ("Jane Roe*" / "John Doe" / "Ann Poe" / "Department
                 * of ...": the names after the first bare, one a line in
                 * the block) */
                int bare_on = on && !label && rb[run - 1] == n && !deg;
                if (!on || label || (!marked && !bare_on) || run == SIG_MAX) {
                    run = degs = multi = multi_bare = 0;
                    bare = 0;
                }
                if (!run)
                    run_open = open_here;
                label = 0;
                multi |= several;
                multi_bare |= several && !marked;
                if (marked || run) {
                    degs += deg;
                    bare += !marked;
                    rb[run] = n;
                    rl[run++] = i;
                } else if (i + 1 < l.n) {
                    /* (a bare first name opens a run in its block) */
                    bare = 1;
                    rb[run] = n;
                    rl[run++] = i;
                }
                continue;
            }
            /* (the first address's label printed apart, "1" alone) */
            if (run && !label && is_marker_only(l.v[i].text) && strlen(l.v[i].text) <= 3) {
                label = 1;
                continue;
            }
            /* the line after the names: their first address (the last
             * such run on the page: the letter before this one may end
             * on the page's head) */
            char lab[3];
            const char *at = l.v[i].text;
            int take = (run >= 2 || multi) && (!multi || run_open) && jfyp_front_has_institution_word(at) &&
                       (multi_bare ? !strncmp(at, "Author affiliation", 18)
                                   : !multi || marker_symbol_len(at) || address_label(at, lab));
            if (take && bare)
                take = !(best && !best_bare) && rb[run - 1] == n && rl[run - 1] + 1 == i && address_line(l.v[i].text);
            if (take) {
                best_bare = bare != 0;
                memcpy(best_b, rb, run * sizeof *rb);
                memcpy(best_l, rl, run * sizeof *rl);
                best = run;
                best_degs = degs == (int)run;
                addr_b = n;
                addr_l = i;
            }
            run = degs = multi = multi_bare = 0;
            bare = 0;
            label = 0;
        }
        jfyp_lines_free(&l);
    }
    if (rc < 0 || !best)
        return rc;
    jfy_node *group = jfyp_node_new(JFY_N_CONTRIBS);
    if (!group || jfyp_node_set_attr(group, "content-type", "author") < 0) {
        jfyp_node_free(group);
        return -1;
    }
    jfyp_node_span_from(group, best_b[0]);
    group->end_line = best_b[best - 1]->end_line;
    jfyp_node_append(r->front, group);
    /* the names' own lines span the group, not the addresses their
     * block goes on with (the addresses' reader looks past the group) */
    {
        jfyp_lines l;
        if (jfyp_lines_of(best_b[best - 1], &l) < 0)
            return -1;
        const jfy_node *ln = best_l[best - 1] < l.n ? l.v[best_l[best - 1]].last : NULL;
        if (ln && ln->end_line >= group->line && ln->end_line < group->end_line)
            group->end_line = ln->end_line;
        jfyp_lines_free(&l);
    }
    for (size_t j = 0; j < best; j++) {
        jfyp_lines l;
        if (jfyp_lines_of(best_b[j], &l) < 0)
            return -1;
        jfyp_byname *v = NULL;
        size_t cnt = 0;
        int deg;
        int nm = best_l[j] < l.n ? signature_names(l.v[best_l[j]].text, &v, &cnt, &deg) : 0;
        for (size_t k = 0; k < cnt && nm == 1 && rc >= 0; k++)
            if (add_contrib(group, &v[k], 0, best_b[j]) < 0)
                rc = -1;
        if (nm < 0)
            rc = -1;
        jfyp_byline_free(v, cnt);
        jfyp_lines_free(&l);
        if (rc < 0)
            return -1;
    }
    /* the address under names signed with degrees ("Riverside Hospital"
     * / "Leeds, UK"): the names' one affiliation, out of the body, where
     * it would read as a heading */
    if (best_degs && addr_b && signed_address(r, group, addr_b, addr_l) < 0)
        return -1;
    /* the lines out of their blocks, last first: a block's line numbers
     * hold while the lines under them go */
    for (size_t j = best; j-- > 0;) {
        jfyp_lines l;
        if (jfyp_lines_of(best_b[j], &l) < 0)
            return -1;
        int empty = jfyp_lines_remove(best_b[j], &l, best_l[j], best_l[j]);
        jfyp_lines_free(&l);
        if (empty)
            jfyp_node_free(best_b[j]);
        else
            span_from_first_line(best_b[j]);
    }
    return 0;
}

/* Length of the dashes that open a signer's line ("—Jane Roe",
 * "––Jane Roe", "-- Jane Roe") with the spaces after them, or 0. */
static size_t sign_dash_len(const char *t) {
    size_t k = strspn(t, " "), d = 0;
    for (;;) {
        if (!strncmp(t + k, "\xe2\x80\x94", 3) || !strncmp(t + k, "\xe2\x80\x93", 3) ||
            !strncmp(t + k, "\xe2\x80\x95", 3))
            k += 3, d++;
        else if (t[k] == '-' && t[k + 1] == '-')
            k += 2, d++;
        else
            break;
    }
    return d && d <= 3 ? k + strspn(t + k, " ") : 0;
}

/* An editorial signed at its end by one name after a dash, on the line
 * that closes its running text ("... the months ahead." / "—Jane Q.
 * Roe"), as science magazines sign a piece no byline heads. One such line
 * on the page, under running text: a second is an epigraph's or a
 * quotation's attribution, which no page signs twice. */
static int dash_signature(jfyp_rec *r) {
    for (const jfy_node *k = r->front->first; k; k = k->next)
        if (k->type == JFY_N_CONTRIBS)
            return 0;
    jfy_node *at = NULL;
    size_t at_i = 0, prose = 0;
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < 2; n = jfyp_rec_next(r, n)) {
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        for (size_t i = 0; i < l.n && seen < 2; i++) {
            const char *t = l.v[i].text;
            size_t d = sign_dash_len(t);
            if (d) {
                jfyp_byname *v = NULL;
                int nm = signature_name(t + d, &v, NULL);
                if (nm < 0) {
                    jfyp_lines_free(&l);
                    return -1;
                }
                if (nm == 1 && !*v[0].markers) {
                    seen++;
                    if (prose >= SIG_PROSE) {
                        at = n;
                        at_i = i;
                    }
                }
                jfyp_byline_free(v, nm == 1);
            }
            prose += prose_chars(t);
        }
        jfyp_lines_free(&l);
    }
    if (!at || seen != 1)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(at, &l) < 0)
        return -1;
    jfyp_byname *v = NULL;
    int rc = at_i < l.n ? signature_name(l.v[at_i].text + sign_dash_len(l.v[at_i].text), &v, NULL) : 0;
    if (rc == 1) {
        jfy_node *group = jfyp_node_new(JFY_N_CONTRIBS);
        if (!group || jfyp_node_set_attr(group, "content-type", "author") < 0) {
            jfyp_node_free(group);
            rc = -1;
        } else {
            jfyp_node_span_from(group, at);
            jfyp_node_append(r->front, group);
            rc = add_contrib(group, &v[0], 0, at) < 0 ? -1 : 1;
        }
    }
    jfyp_byline_free(v, rc != 0 && v);
    if (rc == 1 && jfyp_lines_remove(at, &l, at_i, at_i)) {
        jfyp_lines_free(&l);
        jfyp_node_free(at);
        return 0;
    }
    jfyp_lines_free(&l);
    return rc < 0 ? -1 : 0;
}

/* "President of EUPHA", "WHO Regional Office for Europe", "Chair of the
 * 19th EPH Conference": the office a signed name holds, on the line under
 * it. 2 when an office's word stands inside the line ("Conference Manager
 * EPH Conference"), which tells it from a name even in capitals, 1 for
 * other offices, 0 for no office. */
static int office_line(const char *t) {
    static const char *const roles[] = {"President", "Director", "Chair", "Editor", "Manager", "Secretary",
                                        "Officer", "Head", "Dean", "Coordinator", "Professor", "Chief",
                                        "Founder", "Member", "Fellow", "Lead", "Rapporteur", NULL};
    size_t len = strlen(t), words = 1;
    if (len < 4 || len > 80 || !name_cap((unsigned char)t[0]) || strchr(t, '@') || t[len - 1] == ',')
        return 0;
    for (const char *p = t; *p; p++)
        words += *p == ' ';
    if (words > 10)
        return 0;
    int hit = jfyp_front_has_institution_word(t);
    for (const char *p = t; *p; p++) {
        if (p != t && p[-1] != ' ' && p[-1] != '-')
            continue;
        for (size_t i = 0; roles[i]; i++) {
            size_t n = strlen(roles[i]);
            if (strncmp(p, roles[i], n) == 0 && !((p[n] >= 'a' && p[n] <= 'z'))) {
                /* (inside the line: no name's first or last word, as
                 * "Mary Dean" or "Dean Roe" are) */
                if (p != t && p[n] == ' ')
                    return 2;
                hit = 1;
            }
        }
    }
    return hit;
}

#define PAIRS_MAX 24

/* A line of the page's unclaimed blocks: its block, its index there, and
 * its place in the run of paragraphs (lines next to each other differ by
 * one; a block of another kind between parts them). */
typedef struct {
    jfy_node *b;
    size_t i, seq;
} sig_at;

/* Text of line at, its block's lines freshly read into l. 0 or -1. */
static int sig_line(sig_at at, jfyp_lines *l, const char **t) {
    if (jfyp_lines_of(at.b, l) < 0)
        return -1;
    *t = at.i < l->n ? l->v[at.i].text : NULL;
    return 0;
}

/* Pieces of news and editorials signed at their end, a name over the
 * office its signer holds ("Tit Albreht" / "President of EUPHA" /
 * "Charlotte Marchandise" / "Executive Director of EUPHA"): two such pairs
 * in a row or more under running text, where no byline names anyone. The
 * names are the authors, the offices their affiliations. */
static int signed_pairs(jfyp_rec *r) {
    for (const jfy_node *k = r->front->first; k; k = k->next)
        if (k->type == JFY_N_CONTRIBS)
            return 0;
    /* the names and offices of the run read so far, of every run kept */
    sig_at rn[PAIRS_MAX], ro[PAIRS_MAX], kn[PAIRS_MAX], ko[PAIRS_MAX], name = {NULL, 0, 0}, last = {NULL, 0, 0};
    size_t run = 0, kept = 0, seq = 1;
    size_t prose = 0;
    int rc = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && rc >= 0; n = jfyp_rec_next(r, n)) {
        if (n->type != JFY_N_PARAGRAPH) {
            seq += 2;
            continue;
        }
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        for (size_t i = 0; i < l.n; i++) {
            sig_at here = {n, i, seq++};
            const char *t = l.v[i].text;
            jfyp_byname *v = NULL;
            int nm = prose >= SIG_PROSE ? signature_name(t, &v, NULL) : 0;
            prose += prose_chars(t);
            int bare = nm == 1 && !*v[0].markers;
            jfyp_byline_free(v, nm == 1);
            if (nm < 0) {
                rc = -1;
                break;
            }
            /* the office under the name just read */
            int office = name.b && name.seq + 1 == here.seq ? office_line(t) : 0;
            if (office == 2 || (office && !nm)) {
                if (!run || last.seq + 1 != name.seq || run == PAIRS_MAX)
                    run = 0;
                rn[run] = name;
                ro[run++] = here;
                last = here;
                name.b = NULL;
                continue;
            }
            name.b = NULL;
            if (bare) {
                name = here;
                continue;
            }
            /* a line of neither kind ends the run */
            if (run >= 2 && kept + run <= PAIRS_MAX) {
                memcpy(kn + kept, rn, run * sizeof *rn);
                memcpy(ko + kept, ro, run * sizeof *ro);
                kept += run;
            }
            run = 0;
        }
        jfyp_lines_free(&l);
        if (rc < 0)
            return -1;
    }
    if (run >= 2 && kept + run <= PAIRS_MAX) {
        memcpy(kn + kept, rn, run * sizeof *rn);
        memcpy(ko + kept, ro, run * sizeof *ro);
        kept += run;
    }
    if (!kept)
        return 0;
    jfy_node *group = jfyp_node_new(JFY_N_CONTRIBS);
    if (!group || jfyp_node_set_attr(group, "content-type", "author") < 0) {
        jfyp_node_free(group);
        return -1;
    }
    jfyp_node_span_from(group, kn[0].b);
    group->end_line = ko[kept - 1].b->end_line;
    jfyp_node_append(r->front, group);
    for (size_t j = 0; j < kept; j++) {
        jfyp_lines l, lo;
        const char *t, *o;
        if (sig_line(kn[j], &l, &t) < 0)
            return -1;
        if (sig_line(ko[j], &lo, &o) < 0) {
            jfyp_lines_free(&l);
            return -1;
        }
        jfyp_byname *v = NULL;
        int nm = t && o ? signature_name(t, &v, NULL) : 0;
        if (nm == 1 && (rc = add_contrib(group, &v[0], 0, kn[j].b)) == 1) {
            char *id = jfyp_rec_id(r, 1, "aff");
            jfy_node *a = jfyp_node_new_with_text(JFY_N_AFF, o), *x = jfyp_node_new(JFY_N_XREF);
            int bad = !id || !a || !x;
            if (!bad) {
                jfyp_node_span_from(a, ko[j].b);
                jfyp_node_append(group->last, x);
                jfyp_node_append(r->front, a);
                bad |= jfyp_node_set_attr(x, "ref-type", "aff") < 0 || jfyp_node_set_attr(x, "rid", id) < 0 ||
                       jfyp_node_set_attr(a, "id", id) < 0;
            } else {
                jfyp_node_free(a);
                jfyp_node_free(x);
            }
            free(id);
            rc = bad ? -1 : 0;
        }
        jfyp_byline_free(v, nm == 1);
        jfyp_lines_free(&l);
        jfyp_lines_free(&lo);
        if (nm < 0 || rc < 0)
            return -1;
    }
    /* the lines out of their blocks, last first: a block's line numbers
     * hold while the lines under them go */
    for (size_t j = 2 * kept; j-- > 0;) {
        sig_at at = j % 2 ? ko[j / 2] : kn[j / 2];
        jfyp_lines l;
        if (jfyp_lines_of(at.b, &l) < 0)
            return -1;
        int empty = jfyp_lines_remove(at.b, &l, at.i, at.i);
        jfyp_lines_free(&l);
        if (empty)
            jfyp_node_free(at.b);
    }
    return 0;
}

/* ---- an editorial signed at its end, each name over its address ----
 * Editorials and letters that print no byline under their title may sign
 * after their text (after the references too, as Elsevier's editorials
 * do), each name on a line of its own over its address, the address
 * wrapped over lines that end on commas and a second address under the
 * first ("Jane Roe*" / "Department of Surgery, Division of Trauma," /
 * "Riverside Medical Center, Miami, FL, USA" / "John Doe" / ...). Two
 * names so signed in a row or more, under running text, are the
 * authors, their addresses their affiliations. */

#define SIGNED_NAMES 12
#define SIGNED_LINES 6

typedef struct {
    sig_at name;
    sig_at line[SIGNED_LINES]; /* its address lines */
    int opens[SIGNED_LINES];   /* the line opens an address */
    size_t nl;
} signed_addr;

/* Whether the text before a run of names announces other people than
 * the authors ("Reviewed by:", "Edited by", "Guest editors:"). */
static int announces_names(const char *t) {
    size_t n = strlen(t);
    return (n && t[n - 1] == ':') || jfyp_stristr(t, "edited by") || jfyp_stristr(t, "reviewed by") ||
           jfyp_stristr(t, "editor");
}

/* The aff of the address lines [from, to) of signer a, linked from its
 * contrib c: one aff for each text (the ids of the texts made so far in
 * ids/texts, *na of them). 0, -1 on OOM. */
static int signed_aff(jfyp_rec *r, jfy_node *c, const signed_addr *a, size_t from, size_t to, char **texts,
                      char **ids, size_t *na) {
    jfyp_buf t;
    jfyp_buf_init(&t);
    for (size_t k = from; k < to; k++) {
        jfyp_lines l;
        const char *x;
        if (sig_line(a->line[k], &l, &x) < 0) {
            jfyp_buf_free(&t);
            return -1;
        }
        if (x) {
            if (t.len)
                jfyp_buf_putc(&t, ' ');
            jfyp_buf_puts(&t, x);
        }
        jfyp_lines_free(&l);
    }
    char *txt = jfyp_buf_finish(&t);
    if (!txt)
        return -1;
    size_t i = 0;
    while (i < *na && strcmp(texts[i], txt))
        i++;
    int rc = 0;
    if (i == *na) {
        char *id = jfyp_rec_id(r, 1, "aff");
        jfy_node *aff = id ? jfyp_node_new_with_text(JFY_N_AFF, txt) : NULL;
        if (!aff || jfyp_node_set_attr(aff, "id", id) < 0) {
            jfyp_node_free(aff);
            free(id);
            free(txt);
            return -1;
        }
        jfyp_node_span_from(aff, a->line[from].b);
        jfyp_node_append(r->front, aff);
        texts[i] = txt;
        ids[i] = id;
        ++*na;
        txt = NULL;
    }
    free(txt);
    jfy_node *x = jfyp_node_new(JFY_N_XREF);
    if (!x || jfyp_node_set_attr(x, "ref-type", "aff") < 0 || jfyp_node_set_attr(x, "rid", ids[i]) < 0)
        rc = -1;
    if (x)
        jfyp_node_append(c, x);
    return rc;
}

static int signed_addresses(jfyp_rec *r) {
    for (const jfy_node *k = r->front->first; k; k = k->next)
        if (k->type == JFY_N_CONTRIBS)
            return 0;
    signed_addr run[SIGNED_NAMES], best[SIGNED_NAMES];
    size_t nrun = 0, nbest = 0, seq = 1, prose = 0;
    /* the line before: its place, whether it ends on a comma, whether it
     * announces the names under it */
    size_t last_seq = 0;
    int last_comma = 0, announced = 0;
    /* where the run stands: 0 none, 1 a name read (its address next), 2
     * in its address */
    int state = 0;
    for (jfy_node *n = jfyp_rec_first(r); n; n = jfyp_rec_next(r, n)) {
        if (n->type != JFY_N_PARAGRAPH) {
            seq += 2;
            continue;
        }
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        for (size_t i = 0; i < l.n; i++) {
            sig_at here = {n, i, seq++};
            const char *t = l.v[i].text;
            int next = state && last_seq + 1 == here.seq;
            int comma = t[0] && t[strlen(t) - 1] == ',';
            if (next && state == 1 && address_line(t)) {
                signed_addr *a = &run[nrun - 1];
                a->line[0] = here;
                a->opens[0] = 1;
                a->nl = 1;
                state = 2;
            } else if (next && state == 2 && run[nrun - 1].nl < SIGNED_LINES &&
                       (last_comma ? !strchr(t, '@') && name_cap((unsigned char)t[0]) && strlen(t) <= 100
                                   : address_line(t))) {
                signed_addr *a = &run[nrun - 1];
                a->opens[a->nl] = !last_comma;
                a->line[a->nl++] = here;
            } else {
                /* a name over the address of the one before, or the run's
                 * first: its lines so far kept when they are two names or
                 * more, each with its address */
                if (state == 1)
                    nrun--;
                if (!(next && state == 2))
                    state = 0;
                jfyp_byname *v = NULL;
                int nm = prose >= SIG_PROSE && !comma ? signature_name(t, &v, NULL) : 0;
                jfyp_byline_free(v, nm == 1);
                if (nm < 0) {
                    jfyp_lines_free(&l);
                    return -1;
                }
                if (!state && nrun >= 2 && !announced) {
                    memcpy(best, run, nrun * sizeof *run);
                    nbest = nrun;
                }
                if (!state)
                    nrun = 0;
                if (nm == 1 && nrun < SIGNED_NAMES) {
                    if (!nrun)
                        announced = last_seq + 1 == here.seq && l.n && i && announces_names(l.v[i - 1].text);
                    run[nrun].name = here;
                    run[nrun++].nl = 0;
                    state = 1;
                } else
                    state = 0;
            }
            prose += prose_chars(t);
            last_seq = here.seq;
            last_comma = comma;
        }
        jfyp_lines_free(&l);
    }
    if (state == 1)
        nrun--;
    if (nrun >= 2 && !announced) {
        memcpy(best, run, nrun * sizeof *run);
        nbest = nrun;
    }
    if (!nbest)
        return 0;
    jfy_node *group = jfyp_node_new(JFY_N_CONTRIBS);
    if (!group || jfyp_node_set_attr(group, "content-type", "author") < 0) {
        jfyp_node_free(group);
        return -1;
    }
    jfyp_node_span_from(group, best[0].name.b);
    jfyp_node_append(r->front, group);
    char *texts[SIGNED_NAMES * SIGNED_LINES], *ids[SIGNED_NAMES * SIGNED_LINES];
    size_t na = 0;
    int rc = 0;
    for (size_t j = 0; j < nbest && rc >= 0; j++) {
        jfyp_lines l;
        const char *t;
        if (sig_line(best[j].name, &l, &t) < 0) {
            rc = -1;
            break;
        }
        jfyp_byname *v = NULL;
        int nm = t ? signature_name(t, &v, NULL) : 0;
        if (nm < 0 || (nm == 1 && add_contrib(group, &v[0], 0, best[j].name.b) < 0))
            rc = -1;
        jfyp_byline_free(v, nm == 1);
        jfyp_lines_free(&l);
        if (nm != 1)
            continue;
        for (size_t k = 0; k < best[j].nl && rc >= 0; k++) {
            size_t e = k + 1;
            while (e < best[j].nl && !best[j].opens[e])
                e++;
            if (signed_aff(r, group->last, &best[j], k, e, texts, ids, &na) < 0)
                rc = -1;
            k = e - 1;
        }
    }
    for (size_t i = 0; i < na; i++) {
        free(texts[i]);
        free(ids[i]);
    }
    if (rc < 0)
        return -1;
    /* the lines out of their blocks, the last first: a block's line
     * numbers hold while the lines under them go */
    sig_at all[SIGNED_NAMES * (SIGNED_LINES + 1)];
    size_t nall = 0;
    for (size_t j = 0; j < nbest; j++) {
        all[nall++] = best[j].name;
        for (size_t k = 0; k < best[j].nl; k++)
            all[nall++] = best[j].line[k];
    }
    group->end_line = all[nall - 1].b->end_line;
    for (size_t j = nall; j-- > 0;) {
        jfyp_lines l;
        if (jfyp_lines_of(all[j].b, &l) < 0)
            return -1;
        int empty = jfyp_lines_remove(all[j].b, &l, all[j].i, all[j].i);
        jfyp_lines_free(&l);
        if (empty)
            jfyp_node_free(all[j].b);
        else
            span_from_first_line(all[j].b);
    }
    return 0;
}

/* Whether line s opens on an address's label ("1Department", "2
 * Institute", "aSchool"): a number of one or two figures or a small
 * letter, then (after a space or not) a capital; the label into lab. */
static int address_label(const char *s, char *lab) {
    size_t k = 0;
    while (k < 2 && s[k] >= '0' && s[k] <= '9')
        k++;
    if (!k && s[0] >= 'a' && s[0] <= 'z')
        k = 1;
    if (!k)
        return 0;
    const char *q = s + k + (s[k] == ' ');
    if (!(*q >= 'A' && *q <= 'Z'))
        return 0;
    memcpy(lab, s, k);
    lab[k] = '\0';
    return 1;
}

/* Whether marker m is one of the comma-separated markers ms. */
static int has_marker(const char *ms, const char *m) {
    size_t k = strlen(m);
    for (const char *p = ms; *p;) {
        size_t e = strcspn(p, ",");
        if (e == k && !strncmp(p, m, k))
            return 1;
        p += e + (p[e] == ',');
    }
    return 0;
}

/* The byline and the addresses under it printed as one block, no blank
 * line between ("Jane Roe,1,2 John Doe,1 and Ann Poe1,*" / "1Department
 * of ...", Cell's and many a journal's head): the names' lines, each
 * name marked, over lines that open on one of those markers and name an
 * institution. The block is split where the addresses start and the
 * names read: 1, 0 when n is no such block, -1 on OOM. */
static int byline_over_addresses(jfy_node *n, jfyp_byname **out, size_t *cnt) {
    if (n->type != JFY_N_PARAGRAPH || n->line == n->end_line)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(n, &l) < 0)
        return -1;
    int rc = 0;
    for (size_t k = 1; k < l.n && k <= 4 && rc == 0; k++) {
        const char *p = l.v[k - 1].text, *s = l.v[k].text;
        size_t pn = strlen(p);
        char lab[3];
        /* (a byline wrapped after a comma or "and" goes on) */
        if (!pn || p[pn - 1] == ',' || (pn >= 4 && !strcmp(p + pn - 4, " and")))
            continue;
        if (!address_label(s, lab) || !jfyp_front_has_institution_word(s))
            continue;
        char *head = jfyp_lines_join(&l, 0, k - 1);
        if (!head) {
            rc = -1;
            break;
        }
        jfyp_byname *v = NULL;
        size_t c = 0;
        int r = jfyp_byline_read(head, &v, &c);
        free(head);
        if (r < 0) {
            rc = -1;
            break;
        }
        int mine = 0;
        for (size_t i = 0; r == 1 && i < c && !mine; i++)
            mine = has_marker(v[i].markers, lab);
        if (r == 1 && c >= 2 && all_marked(v, c) && mine) {
            if (!jfyp_lines_split(n, &l, k)) {
                jfyp_byline_free(v, c);
                rc = -1;
                break;
            }
            *out = v;
            *cnt = c;
            rc = 1;
        } else {
            jfyp_byline_free(v, c);
        }
        /* the first labelled address line ends the names whether or not
         * they read */
        break;
    }
    jfyp_lines_free(&l);
    return rc;
}

/* ---- the page's own citation: "Citation: Roe J, Doe JA and Poe K (2020)
 * ...", "How to cite this article: Roe, J. A., & Doe, K. (2020)",
 * "Citation: Roe, J.; Doe, K. Title ..." ---- */

typedef struct {
    char *sur, *given;
} cite_name;

/* The text after the label that opens a page's citation of itself (a
 * pointer glyph before it or not), or NULL. */
static const char *cite_label_rest(const char *t) {
    static const char *const labels[] = {"how to cite this article", "please cite this article as",
                                         "cite this article as", "cite this article", "to cite this article",
                                         "how to cite", "to cite", "citation", NULL};
    const char *p = t;
    while (*p && (unsigned char)*p >= 0x80 && p - t < 4)
        p++;
    for (size_t i = 0; labels[i]; i++) {
        const char *q = jfyp_after_label(p, labels[i]);
        /* (a label, its colon, or the names straight after it) */
        if (q && (q > p + strlen(labels[i]) || !strncmp(labels[i], "how to cite", 11)))
            return q;
    }
    return NULL;
}

/* Length of the word at p: letters (any beyond ASCII), hyphens,
 * apostrophes. */
static size_t cite_word_len(const char *p) {
    size_t k = 0;
    while ((p[k] >= 'a' && p[k] <= 'z') || (p[k] >= 'A' && p[k] <= 'Z') || (unsigned char)p[k] >= 0x80 ||
           ((p[k] == '-' || p[k] == '\'') && k > 0 && p[k + 1] && p[k + 1] != ' '))
        k++;
    return k;
}

/* Whether the k bytes at p are initials as Vancouver lists print them
 * ("J", "JA", "AJF", "W-C"): one to four capitals, hyphens between. */
static int bare_initials(const char *p, size_t k) {
    size_t caps = 0;
    for (size_t i = 0; i < k; i++) {
        if (p[i] >= 'A' && p[i] <= 'Z')
            caps++;
        else if (!(p[i] == '-' && i > 0 && i + 1 < k))
            return 0;
    }
    return caps >= 1 && caps <= 4;
}

/* Whether a list's item ends at p: a separator, the year's bracket, "et
 * al", a full stop or the end. */
static int cite_item_end(const char *p) {
    return !*p || *p == ',' || *p == ';' || *p == '.' || !strncmp(p, " and ", 5) || !strncmp(p, " & ", 3) ||
           !strncmp(p, " (", 2) || !strncmp(p, " et al", 6);
}

/* Length of dotted initials at p ("J.", "A.M.", "S. S. J. B.", "C.-Y.", or
 * one bare capital before a semicolon or bracket: "Roe, J;"), or 0. */
static size_t dotted_initials(const char *p) {
    size_t k = 0, n = 0;
    for (;;) {
        if (!(p[k] >= 'A' && p[k] <= 'Z'))
            break;
        if (p[k + 1] == '.') {
            k += 2;
            n++;
        } else if (p[k + 1] == '-' && p[k + 2] >= 'A' && p[k + 2] <= 'Z' && p[k + 3] == '.') {
            k += 4;
            n++;
        } else if (!n && (p[k + 1] == ';' || p[k + 1] == ',' || !strncmp(p + k + 1, " (", 2))) {
            return 1;
        } else {
            break;
        }
        if (p[k] == ' ' && p[k + 1] >= 'A' && p[k + 1] <= 'Z' && (p[k + 2] == '.' || p[k + 2] == '-'))
            k++;
    }
    return n ? k : 0;
}

static void cite_names_free(cite_name *v, size_t n) {
    for (size_t i = 0; i < n; i++) {
        free(v[i].sur);
        free(v[i].given);
    }
}

/* The names the citation at s lists, up to max into v: their count (0 when
 * s opens on no such list), -1 on OOM. */
static int cite_names(const char *s, cite_name *v, size_t max, int *etal) {
    const char *p = s;
    *etal = 0;
    size_t n = 0;
    int ended = 0;
    while (n < max && !ended) {
        /* (a quote OCR read a speck before a name as) */
        while (!strncmp(p, "\xe2\x80\x98", 3) || !strncmp(p, "\xe2\x80\x99", 3) || *p == '\'')
            p += *p == '\'' ? 1 : 3;
        const char *w0 = p, *ini = NULL;
        size_t words = 0, il = 0, lower = 0;
        int dotted = 0;
        while (words < 5) {
            size_t k = cite_word_len(p);
            if (!k)
                break;
            if (words && bare_initials(p, k) && cite_item_end(p + k)) {
                ini = p;
                il = k;
                break;
            }
            size_t cl;
            int cap = (*p >= 'A' && *p <= 'Z') ||
                      ((unsigned char)*p >= 0xc3 && utf8proc_category(jfyp_utf8_decode(p, &cl)) == UTF8PROC_CATEGORY_LU);
            char *wd = jfyp_strndup(p, k);
            if (!wd) {
                cite_names_free(v, n);
                return -1;
            }
            int part = jfyp_name_is_particle(wd);
            free(wd);
            if (!cap && !part)
                break;
            for (size_t i = 1; i < k; i++)
                lower += p[i] >= 'a' && p[i] <= 'z';
            words++;
            p += k;
            if (p[0] == ',' && p[1] == ' ' && (il = dotted_initials(p + 2)) > 0) {
                ini = p + 2;
                dotted = 1;
                break;
            }
            if (*p != ' ')
                break;
            p++;
        }
        if (!ini || !lower)
            break;
        const char *se = dotted ? ini - 2 : ini - 1;
        if (!(v[n].sur = jfyp_strndup(w0, (size_t)(se - w0))) || !(v[n].given = jfyp_strndup(ini, il))) {
            free(v[n].sur);
            cite_names_free(v, n);
            return -1;
        }
        char *g = v[n].given;
        for (size_t e = strlen(g); e > 0 && g[e - 1] == ' ';)
            g[--e] = '\0';
        n++;
        p = ini + il;
        /* the separator after it: the list goes on or ends */
        if (!strncmp(p, ", et al", 7) || !strncmp(p, " et al", 6) || !strncmp(p, " (", 2) || !*p) {
            ended = 1;
            *etal = !strncmp(p, ", et al", 7) || !strncmp(p, " et al", 6);
        }
        else if (!strncmp(p, ", and ", 6) || !strncmp(p, ", & ", 4))
            p += 4 + (p[2] == 'a') * 2;
        else if (!strncmp(p, " and ", 5))
            p += 5;
        else if (!strncmp(p, " & ", 3))
            p += 3;
        else if ((p[0] == ',' || p[0] == ';') && p[1] == ' ')
            p += 2;
        else
            ended = 1; /* a full stop, or the title after dotted initials */
    }
    /* a list the year, "et al" or a full stop closes; one that runs on
     * into what no name reads is a sentence's */
    if (n && !ended) {
        cite_names_free(v, n);
        return 0;
    }
    return (int)n;
}

/* The names of the page's citation of itself among the front's first
 * blocks: their count into v (0 when none), -1 on OOM. The label alone,
 * or a line a block, the blocks after it are read on. */
static int page_citation(jfyp_rec *r, cite_name *v, size_t max, int *etal) {
    int k = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && k < 120; n = jfyp_rec_next(r, n), k++) {
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        char *t = jfyp_front_text(n, 0);
        if (!t)
            return -1;
        const char *rest = cite_label_rest(t);
        if (!rest) {
            free(t);
            continue;
        }
        jfyp_buf b;
        jfyp_buf_init(&b);
        jfyp_buf_puts(&b, rest);
        int more = 0;
        for (jfy_node *x = jfyp_rec_next(r, n); x && more < 4 && b.len < 200; x = jfyp_rec_next(r, x), more++) {
            if (x->type != JFY_N_PARAGRAPH)
                break;
            char *u = jfyp_front_text(x, 0);
            if (!u) {
                free(t);
                jfyp_buf_free(&b);
                return -1;
            }
            if (b.len)
                jfyp_buf_putc(&b, ' ');
            jfyp_buf_puts(&b, u);
            free(u);
        }
        free(t);
        char *all = jfyp_buf_finish(&b);
        if (!all)
            return -1;
        int c = cite_names(all, v, max, etal);
        free(all);
        if (c != 0)
            return c;
    }
    return 0;
}

/* Whether surname a and b are one name, read without case and accents. */
static int same_surname(const char *a, const char *b) {
    char *x = plain_letters(a), *y = plain_letters(b);
    int same = x && y && !strcasecmp(x, y);
    free(x);
    free(y);
    return same;
}

/* An author's contrib for a name the citation lists, or NULL on OOM. */
static jfy_node *cited_contrib(const cite_name *c) {
    jfy_node *ct = jfyp_node_new(JFY_N_CONTRIB), *nm = jfyp_node_new(JFY_N_NAME);
    if (!ct || !nm || jfyp_node_set_attr(ct, "contrib-type", "author") < 0 ||
        jfyp_node_set_attr(nm, "surname", c->sur) < 0 || jfyp_node_set_attr(nm, "given", c->given) < 0) {
        jfyp_node_free(ct);
        jfyp_node_free(nm);
        return NULL;
    }
    jfyp_node_append(ct, nm);
    return ct;
}

/* The byline read, checked against the page's citation of itself
 * ("Citation: Roe J, Doe K (2020) ..."): where the names read are none of
 * those the citation lists (a sidebar's reviewer, an address read as a
 * name, taken for the byline on a page whose column order put them
 * first), the citation's names, initials for given names. (Where no
 * byline was read the citation's names are not taken: a group of names
 * with no place on the page moved what the address and abstract readers
 * took on a check half.) 0, -1 on OOM. */
static int cited_byline(jfyp_rec *r) {
    jfy_node *group = NULL;
    for (jfy_node *k = r->front->first; k && !group; k = k->next)
        if (k->type == JFY_N_CONTRIBS)
            group = k;
    if (!group)
        return 0;
    /* (a notice's citation is the article it corrects or retracts) */
    for (const jfy_node *k = r->front->first; k; k = k->next)
        if (k->type == JFY_N_TITLE) {
            char *tt = jfyp_node_plain(k);
            if (!tt)
                return -1;
            int notice = jfyp_notice_title(tt);
            free(tt);
            if (notice)
                return 0;
            break;
        }
    cite_name v[40];
    int etal = 0, c = page_citation(r, v, 40, &etal);
    if (c <= 0)
        return c;
    int rc = 0, keep = 0, all_cited = 1, names = 0;
    jfy_node *at[40] = {0}; /* the byline's contrib of each cited name */
    {
        /* (a byline the citation shows a name of stays, as does one the
         * citation, one name alone, cannot tell wrong) */
        keep = c < 2;
        for (jfy_node *x = group->first; x; x = x->next) {
            jfy_node *nm = x->type == JFY_N_CONTRIB ? jfyp_node_child(x, JFY_N_NAME) : NULL;
            const char *sn = nm ? jfyp_node_attr(nm, "surname") : NULL;
            int hit = 0;
            for (int i = 0; sn && i < c && !hit; i++)
                if (!at[i] && same_surname(sn, v[i].sur)) {
                    at[i] = x;
                    hit = 1;
                }
            keep |= hit;
            all_cited &= hit;
            names++;
        }
    }
    /* A byline whose names the citation all lists, and more besides
     * (none left out as "et al."): the name the byline lost, set apart
     * from it ("S. Roe" over its address alone), goes in at its place. */
    if (keep && all_cited && !etal && c > names && names >= 2) {
        jfy_node *after = NULL;
        for (int i = 0; i < c && rc == 0; i++) {
            if (at[i]) {
                after = at[i];
                continue;
            }
            jfy_node *ct = cited_contrib(&v[i]);
            if (!ct) {
                rc = -1;
                break;
            }
            if (after && after->next)
                jfyp_node_insert_before(after->next, ct);
            else if (!after && group->first)
                jfyp_node_insert_before(group->first, ct);
            else
                jfyp_node_append(group, ct);
            after = ct;
        }
    }
    if (!keep) {
        while (group->first)
            jfyp_node_free(group->first);
        for (int i = 0; i < c && rc == 0; i++) {
            jfy_node *ct = cited_contrib(&v[i]);
            if (!ct) {
                rc = -1;
                break;
            }
            jfyp_node_append(group, ct);
        }
    }
    cite_names_free(v, (size_t)c);
    return rc;
}

/* ---- the last resort: a byline none of the readers above knew ----
 *
 * Where every reader found no name, the front matter is read once more,
 * line by line, for a line that reads as a byline from general evidence
 * alone: capitalized names with their markers and degrees, parted by
 * commas, "and" or "&", no word of a sentence, no institution, no label.
 * Lines a column-keeping extraction set among other text, a byline the
 * title's block swallowed, the names set after the abstract all read so. */

/* Words of a journal's sections, a heading's or a sentence's topic, that
 * no person's name holds ("Communicable Diseases and Outbreak Control",
 * "Technical Supervision and China Consumers Association"). */
static int topic_word(const char *p, size_t n) {
    static const char *const words[] = {
        /* (an institution's words, "Society", "Ministry", "Group", are
         * jfyp_front_has_institution_word's, tested first) */
        "Disease", "Diseases", "Control", "Health", "Medicine", "Medical", "Science",
        "Association", "Supervision", "Technical", "Writing", "Management", "Public",
        "Care", "Surgery", "Nursing", "Education", "Analysis", "International", "National",
        "Global", "Case", "Cases", "Policy", "Practice", "System", "Systems",
        "Outbreak", "Communicable", "Infection", "Infectious", "Cancer",
        "Therapy", "Treatment", "Pandemic", "Epidemic", "Data", "Development", "Quality",
        "Safety", "Prevention", "Special", "Issue", "Section", "Reports", "Bureau",
        "Committee", "Consortium", "Network", "Working", "Team", NULL};
    for (size_t i = 0; words[i]; i++)
        if (strlen(words[i]) == n && !strncmp(p, words[i], n))
            return 1;
    return 0;
}

/* Whether line t can be a byline by its words alone: no e-mail, web
 * address, label, institution or figure run; every lower-case word a
 * name's particle, "and", or a marker letter. */
static int last_resort_words(const jfyp_rec *r, const char *t) {
    size_t n = strlen(t);
    if (n < 5 || n > 400 || strchr(t, '@') || strchr(t, ':') || strchr(t, '(') || strchr(t, '/') ||
        strchr(t, '=') || jfyp_stristr(t, "www.") || jfyp_stristr(t, "http") || jfyp_front_meta_line(t) ||
        jfyp_front_has_institution_word(t) || jfyp_title_label_line(t))
        return 0;
    for (size_t i = 0; i < JFYP_HINT_NAMES; i++) {
        const char *j = r->hints->journal_names[i];
        if (j && *j && jfyp_stristr(t, j))
            return 0;
    }
    int caps = 0;
    for (const char *p = t; *p;) {
        while (*p == ' ' || *p == ',' || *p == ';')
            p++;
        if (!*p)
            break;
        const char *e = p;
        while (*e && *e != ' ' && *e != ',' && *e != ';')
            e++;
        size_t wl = (size_t)(e - p);
        if (*p >= 'a' && *p <= 'z' && wl > 1) {
            char w[16];
            if (wl >= sizeof w)
                return 0;
            memcpy(w, p, wl);
            w[wl] = '\0';
            /* "al-", "bin", "van": a name's particles, and the words
             * that join names */
            size_t k = wl;
            while (k > 0 && (w[k - 1] == '-' || w[k - 1] == '.' || (w[k - 1] >= '0' && w[k - 1] <= '9')))
                w[--k] = '\0';
            int letters_only = 1;
            for (size_t q = 0; q < k && letters_only; q++)
                letters_only = w[q] >= 'a' && w[q] <= 'z';
            if (!(k <= 1 || !strcmp(w, "and") || !strcmp(w, "et") || jfyp_name_is_particle(w) ||
                  !strcmp(w, "al") || !strcmp(w, "bin") || !strcmp(w, "binti") || !strcmp(w, "ibn") ||
                  (k <= 2 && letters_only && strspn(w, "abcdefgh") == k)))
                return 0;
        }
        if (*p >= 'A' && *p <= 'Z' && topic_word(p, wl))
            return 0;
        caps += (*p >= 'A' && *p <= 'Z') || (unsigned char)*p >= 0xc3;
        p = e;
    }
    return caps >= 2;
}

/* Whether line t reads as a byline (1 and its names in *v), by the
 * reader of bylines and the evidence above: two names at least, or one
 * name that bears a marker or a degree; any names when an address
 * stands right under them (loose). 0 when not, -1 on OOM. */
static int last_resort_line(const jfyp_rec *r, const char *t, int loose, jfyp_byname **v, size_t *cnt) {
    *v = NULL;
    *cnt = 0;
    /* (a line opening on "and" goes on a sentence or a line above) */
    if (!strncmp(t, "and ", 4) || !last_resort_words(r, t))
        return 0;
    int rc = jfyp_byline_read(t, v, cnt);
    if (rc <= 0)
        return rc;
    /* two names or more with some mark of a byline: a marker, an
     * initial, the "and" before the last, a degree */
    int marked = 0, initial = 0;
    for (size_t i = 0; i < *cnt; i++) {
        const char *nm = (*v)[i].name;
        marked |= *(*v)[i].markers != '\0';
        for (const char *q = nm; *q && !initial; q++)
            initial = (q == nm || q[-1] == ' ') && *q >= 'A' && *q <= 'Z' && (q[1] == '.' || q[1] == ' ' || !q[1]);
    }
    int degree = strchr(t, ',') && degree_before(t, t + strlen(t));
    int joined = strstr(t, " and ") || strstr(t, " & ");
    int ok = marked || degree || (*cnt >= 2 && (initial || joined)) || loose;
    /* every name two words at least: one word alone is a heading's */
    for (size_t i = 0; i < *cnt && ok; i++)
        ok = strchr((*v)[i].name, ' ') != NULL;
    if (!ok) {
        jfyp_byline_free(*v, *cnt);
        *v = NULL;
        *cnt = 0;
    }
    return ok;
}

static int last_resort_add(jfyp_rec *r, jfy_node **group, jfyp_byname *v, size_t cnt, const jfy_node *src) {
    if (!*group) {
        *group = jfyp_node_new(JFY_N_CONTRIBS);
        if (!*group || jfyp_node_set_attr(*group, "content-type", "author") < 0) {
            jfyp_node_free(*group);
            *group = NULL;
            return -1;
        }
        jfyp_node_span_from(*group, src);
        jfyp_node_append(r->front, *group);
    }
    int inv = caps_initials_after(v, cnt), caps_sur = inv ? 0 : caps_surnames(v, cnt);
    if (!inv && !caps_sur && caps_surname_first(v, cnt))
        inv = 4;
    if (caps_sur < 0)
        return -1;
    for (size_t i = 0; i < cnt; i++) {
        int mode = inv ? inv : 2 * initial_surname(v, cnt, i);
        if (caps_sur && !generation_end(v[i].name))
            mode = 3;
        if (add_contrib(*group, &v[i], mode, src) < 0)
            return -1;
    }
    (*group)->end_line = src->end_line;
    return 0;
}

/* The title's block ran on over the byline ("A Method to ..." / "in the
 * Rabbit" / "Jane Roe a, John Doe b,*" / "a" / "b"): the names and the
 * labels alone under them leave the title. 1 when taken, 0, -1 on OOM. */
static int last_resort_title(jfyp_rec *r, jfy_node **group) {
    jfy_node *title = jfyp_node_child(r->front, JFY_N_TITLE);
    if (!title)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of_own(title, &l) < 0)
        return -1;
    int rc = 0;
    size_t end = l.n;
    while (end > 2 && strlen(l.v[end - 1].text) <= 3 &&
           (is_marker_only(l.v[end - 1].text) || strspn(l.v[end - 1].text, "abcdefgh, ") == strlen(l.v[end - 1].text)))
        end--;
    for (size_t from = end > 1 ? end - 1 : end; from + 2 >= end && from >= 1 && from < end && rc == 0; from--) {
        char *t = jfyp_lines_join(&l, from, end - 1);
        if (!t) {
            rc = -1;
            break;
        }
        jfyp_byname *v;
        size_t cnt;
        int ok = last_resort_line(r, t, 0, &v, &cnt);
        /* (or ended on a degree after a comma, "Ann Roe, MD, MPH", which
         * no title's line is) */
        int degreed = ok > 0 && strchr(t, ',') && degree_before(t, t + strlen(t));
        free(t);
        if (ok < 0) {
            rc = -1;
            break;
        }
        /* a title's line of capitalized words reads as names: only
         * marked ones or ones with degrees, under a title of some words */
        int marked = 0;
        for (size_t i = 0; i < cnt; i++)
            marked |= *v[i].markers != '\0';
        char *head = ok ? jfyp_lines_join(&l, 0, from - 1) : NULL;
        if (ok && !head) {
            jfyp_byline_free(v, cnt);
            rc = -1;
            break;
        }
        if (ok && (marked || degreed) && jfyp_count_words(head) >= 4) {
            if (last_resort_add(r, group, v, cnt, title) < 0)
                rc = -1;
            else {
                jfyp_lines_remove(title, &l, from, l.n - 1);
                rc = 1;
            }
        }
        free(head);
        jfyp_byline_free(v, cnt);
        if (from == 1)
            break;
    }
    jfyp_lines_free(&l);
    return rc;
}

/* Where the front matter ends for the last resort: the body's first
 * section, running prose, a letter's salutation. An abstract's opener
 * does not end it (a byline may follow the abstract), nor its prose when
 * the opener labelled it. 1 at the end, 0, -1 on OOM. */
static int last_resort_stop(const jfy_node *n, int *in_abstract) {
    char *t = jfyp_front_text(n, 0);
    if (!t)
        return -1;
    const char *a = t + strspn(t, "*_# ");
    int abs = jfyp_strnieq(a, "abstract", 8) || jfyp_strnieq(a, "summary", 7);
    int stop = !strncmp(a, "To the Editor", 13) || !strncmp(a, "Dear ", 5) || !strncmp(a, "TO THE EDITOR", 13);
    if (!stop && abs)
        *in_abstract = 0;
    else if (!stop && jfyp_front_stop(n, t, 1))
        stop = *in_abstract < 0 || ++*in_abstract > 6;
    free(t);
    return stop;
}

/* Whether a line next to a byline's says the names are something else's
 * or more than was read: a sentence's line (lower-case words), or a
 * list of names the reader could not read, with commas and no address. */
static int last_resort_neighbour(const char *t, int list_only) {
    int lower = 0, commas = 0, digits = 0;
    for (const char *p = t; *p; p++) {
        if ((p == t || p[-1] == ' ') && *p >= 'a' && *p <= 'z' && p[1] >= 'a' && p[1] <= 'z') {
            const char *e = p;
            while (*e >= 'a' && *e <= 'z')
                e++;
            char w[8];
            size_t wl = (size_t)(e - p);
            if (wl < sizeof w) {
                memcpy(w, p, wl);
                w[wl] = '\0';
            }
            lower += wl >= sizeof w || (strcmp(w, "and") && !jfyp_name_is_particle(w));
        }
        commas += *p == ',';
        digits += *p >= '0' && *p <= '9';
    }
    return (lower >= 3 && !list_only) || (commas >= 2 && lower < 2 && !digits && !strchr(t, '@') && !jfyp_front_has_institution_word(t));
}

/* Whether the line under line k of block n (the block's next line, or
 * the first of the block after) is an address: an institution's word in
 * a line that opens on a capital or an address's label, no sentence.
 * 1, 0, -1 on OOM. */
static int address_under(jfyp_rec *r, const jfy_node *n, const jfyp_lines *l, size_t k) {
    char *own = NULL;
    const char *a;
    if (k + 1 < l->n)
        a = l->v[k + 1].text;
    else {
        jfy_node *x = jfyp_rec_next(r, (jfy_node *)n);
        if (!x || x->type != JFY_N_PARAGRAPH)
            return 0;
        own = jfyp_front_text(x, 0);
        if (!own)
            return -1;
        char *e = strchr(own, '\n');
        if (e)
            *e = '\0';
        a = own;
    }
    int ok = address_line(a);
    free(own);
    return ok;
}

static int last_resort(jfyp_rec *r, int from) {
    jfy_node *group = NULL;
    int rc = from ? last_resort_title(r, &group) : 0;
    if (rc != 0)
        return rc < 0 ? -1 : 0;
    /* the blocks from a few lines over the title down to the body's
     * first heading, forty at most */
    int top = from > 6 ? from - 6 : 0, blocks = 0, single = 0, gap = 0;
    jfy_node *n = jfyp_rec_first(r);
    while (n && n->line && n->line < top)
        n = jfyp_rec_next(r, n);
    int in_abstract = -1, colon = 0, prev_list = 0, under_title = 0;
    /* with no title read, the page's first blocks, their names marked
     * (a masthead's and a list's names bear none) */
    while (n && blocks++ < (from ? 40 : 15)) {
        jfy_node *next = jfyp_rec_next(r, n);
        if (n->type != JFY_N_PARAGRAPH && n->type != JFY_N_HEADING) {
            n = next;
            continue;
        }
        int stop = n->line > from ? last_resort_stop(n, &in_abstract) : 0;
        if (stop < 0)
            return -1;
        if (stop)
            break;
        under_title += from && n->line > from;
        jfyp_lines l;
        if (jfyp_lines_of_own(n, &l) < 0)
            return -1;
        /* (names a sentence announces, "The updated list is now:", are
         * no byline) */
        int after_colon = colon;
        colon = l.n && l.v[l.n - 1].text[0] && l.v[l.n - 1].text[strlen(l.v[l.n - 1].text) - 1] == ':';
        /* one line, or two when the first ends open on a comma or "and" */
        size_t hit = l.n, hit_to = 0;
        int hit_loose = 0;
        jfyp_byname *v = NULL;
        size_t cnt = 0;
        for (size_t i = 0; i < l.n && i < 12 && hit == l.n; i++) {
            const char *a = l.v[i].text;
            size_t al = strlen(a);
            if (i ? l.v[i - 1].text[0] && l.v[i - 1].text[strlen(l.v[i - 1].text) - 1] == ':' : after_colon)
                continue;
            int open = al > 1 && (a[al - 1] == ',' || (al > 4 && !strcmp(a + al - 4, " and")));
            size_t to = open && i + 1 < l.n ? i + 1 : i;
            char *t = jfyp_lines_join(&l, i, to);
            /* (under the title, names bare of any mark read when an
             * address follows them: "Jane Roe, John Doe" / "Department
             * of ...", as any publisher may set a byline) */
            int loose = from && n->line > from && under_title <= 2 ? address_under(r, n, &l, to) : 0;
            if (loose < 0) {
                free(t);
                jfyp_lines_free(&l);
                return -1;
            }
            int ok = t ? last_resort_line(r, t, loose, &v, &cnt) : -1;
            free(t);
            if (ok < 0) {
                jfyp_lines_free(&l);
                return -1;
            }
            if (ok) {
                int marked = 0;
                for (size_t k = 0; k < cnt; k++)
                    marked |= *v[k].markers != '\0';
                /* above the title only marked names: a section's or a
                 * journal's name reads as names */
                if (((!from || n->line <= from) && !marked) || (i > 0 && last_resort_neighbour(l.v[i - 1].text, 0)) || (i == 0 && prev_list) ||
                    (to + 1 < l.n && !loose && last_resort_neighbour(l.v[to + 1].text, 0))) {
                    jfyp_byline_free(v, cnt);
                    v = NULL;
                    cnt = 0;
                    continue;
                }
                hit = i;
                hit_to = to;
                hit_loose = loose;
            }
        }
        prev_list = l.n && last_resort_neighbour(l.v[l.n - 1].text, 1);
        if (hit == l.n) {
            jfyp_lines_free(&l);
            /* names one a block, each with its markers, among a column's
             * lines read across them: a few blocks between */
            if (single && ++gap > 4)
                break;
            n = next;
            continue;
        }
        /* after a first name alone, only more names alone with markers */
        int alone = cnt == 1 && *v[0].markers;
        if (single && !alone) {
            jfyp_byline_free(v, cnt);
            jfyp_lines_free(&l);
            break;
        }
        /* (the address under bare names a block of its own, out of the
         * byline's span, for the reader of addresses) */
        if (hit_loose && hit_to + 1 < l.n && !jfyp_lines_split(n, &l, hit_to + 1)) {
            jfyp_byline_free(v, cnt);
            jfyp_lines_free(&l);
            return -1;
        }
        if (last_resort_add(r, &group, v, cnt, n) < 0) {
            jfyp_byline_free(v, cnt);
            jfyp_lines_free(&l);
            return -1;
        }
        jfyp_byline_free(v, cnt);
        int gone = jfyp_lines_remove(n, &l, hit, hit_to);
        jfyp_lines_free(&l);
        if (gone)
            jfyp_node_free(n);
        if (!alone)
            break;
        single = 1;
        gap = 0;
        n = next;
    }
    return 0;
}

int jfyp_recognize_bylines(jfyp_rec *r) {
    if (join_name_boxes(r) < 0 || join_comma_boxes(r) < 0 || join_byline_tail(r) < 0 || join_wrapped_names(r) < 0)
        return -1;
    int from = after_line(r), skipped = 0, found = 0, prev_comma = 0, prev_colon = 0, affs = 0, small_caps = 0;
    /* the names read last were the block before, ending on a comma; the
     * names' markers are letters */
    int last_names = 0, open_comma = 0, lettered = 0;
    jfy_node *group = NULL;
    /* blocks of markers alone right above the names: their rows, set over
     * the names one block each */
    jfy_node *rows[8];
    size_t nrows = 0;
    jfy_node *n = jfyp_rec_first(r);
    while (n) {
        jfy_node *next = jfyp_rec_next(r, n);
        if (n->line && n->line <= from && from) {
            n = next;
            continue;
        }
        if (!found) {
            int c = cut_labelled_lines(n);
            if (c < 0)
                goto oom;
            if (c)
                next = jfyp_rec_next(r, n);
        }
        char *t = jfyp_front_text(n, 0);
        if (!t)
            goto oom;
        /* (a sidebar's date run into the byline's first line) */
        if (!found && n->type == JFY_N_PARAGRAPH) {
            int d = part_dated_sidebar(n, t);
            if (d < 0) {
                free(t);
                goto oom;
            }
            if (d == 1) {
                free(t);
                if (!(t = jfyp_front_text(n, 0)))
                    goto oom;
            }
        }
        /* (a collaboration's name under its byline) */
        if (found && group && n->type == JFY_N_PARAGRAPH) {
            int gone, c = take_collab(group, n, &gone);
            if (c < 0) {
                free(t);
                goto oom;
            }
            if (c == 1) {
                free(t);
                if (gone) {
                    jfyp_node_free(n);
                    n = next;
                    continue;
                }
                if (!(t = jfyp_front_text(n, 0)))
                    goto oom;
            }
        }
        /* (the names that close a long marked byline, set in one block
         * with what follows them: the names alone read on) */
        if (found && group && group->last && n->type == JFY_N_PARAGRAPH && n->line != n->end_line &&
            jfyp_node_attr(group->last, "markers")) {
            int h = marked_head(n);
            if (h == 1) {
                free(t);
                t = jfyp_front_text(n, 0);
                next = jfyp_rec_next(r, n);
            }
            if (h < 0 || !t) {
                free(t);
                goto oom;
            }
        }
        /* (a sidebar's fact in sentences, "Copyright: ... This is an open
         * access article ...", set before the title's column by a
         * column-keeping extraction, ends no front matter) */
        if (jfyp_front_stop(n, t, 1) && !(!found && jfyp_front_meta_line(t) && !jfyp_stristr(t, "abstract"))) {
            int names = n->type == JFY_N_PARAGRAPH ? long_byline(t) : 0;
            if (names <= 0) {
                free(t);
                if (names < 0)
                    goto oom;
                break;
            }
        }
        /* names in small capitals read in lower case, a block each:
         * read with their capitals back */
        if (n->type == JFY_N_PARAGRAPH && (!found || small_caps)) {
            int run = small_caps ? n->line == n->end_line && jfyp_byline_lower_name(t) : lower_name_run(r, n);
            if (run < 0) {
                free(t);
                goto oom;
            }
            small_caps = run;
            if (run) {
                char *u = small_caps_upper(t);
                free(t);
                if (!(t = u))
                    goto oom;
            }
        }
        jfyp_byname *v = NULL;
        size_t cnt = 0;
        /* Names after a line that ends with a comma continue a list (a
         * masthead's), they do not start a byline; nor do names a
         * sentence announces ("The updated author list is now:", a
         * correction's). */
        int cont = !found && (prev_comma || prev_colon);
        size_t tl = strlen(t);
        prev_comma = tl > 0 && t[tl - 1] == ',';
        /* (the names on one line go on the sentence's paragraph, which
         * they end: no heading of their own) */
        if (!found && prev_colon && n->type == JFY_N_PARAGRAPH && n->line == n->end_line && n->prev &&
            n->prev->type == JFY_N_PARAGRAPH && !strchr(t, ':')) {
            int names = next_is_name(n);
            if (names > 0 && jfyp_paras_join(n->prev, n) < 0)
                names = -1;
            if (names < 0) {
                free(t);
                goto oom;
            }
            if (names) {
                free(t);
                prev_colon = 0;
                n = next;
                continue;
            }
        }
        prev_colon = tl > 0 && t[tl - 1] == ':' && colon_sentence(t);
        int rc = !found && !cont && n->type == JFY_N_PARAGRAPH ? cut_byline(r, n, &v, &cnt) : 0;
        if (rc < 0) {
            free(t);
            goto oom;
        }
        if (rc == 0 && !found && !cont && n->type == JFY_N_PARAGRAPH && (rc = marker_rows(r, n, &v, &cnt)) < 0) {
            free(t);
            goto oom;
        }
        if (rc == 0 && !found && !cont && n->type == JFY_N_PARAGRAPH && (rc = split_name(r, n, t, &v, &cnt)) < 0) {
            free(t);
            goto oom;
        }
        if (rc == 0 && !found && !cont && n->type == JFY_N_PARAGRAPH && (rc = surname_cut(r, n, t, &v, &cnt)) < 0) {
            free(t);
            goto oom;
        }
        if (rc == 0 && !cont && n->type == JFY_N_PARAGRAPH && (rc = given_cut(r, n, t, &v, &cnt)) < 0) {
            free(t);
            goto oom;
        }
        if (rc == 0 && !found && !cont && (rc = byline_over_addresses(n, &v, &cnt)) < 0) {
            free(t);
            goto oom;
        }
        if (rc == 1)
            next = jfyp_rec_next(r, n);
        else if (n->type == JFY_N_CODE_BLOCK && !cont && strchr(t, '|')) {
            /* "Jane Roe1 | John Doe2 |" over lines: a byline whose names
             * bars part, which a table reader took for a table's rows */
            rc = jfyp_byline_read(t, &v, &cnt);
            if (rc == 1 && (cnt < 3 || !all_marked(v, cnt))) {
                jfyp_byline_free(v, cnt);
                v = NULL;
                cnt = 0;
                rc = 0;
            }
        } else if ((n->type == JFY_N_PARAGRAPH || n->type == JFY_N_HEADING) && !cont) {
            int oom;
            /* (a block of markers alone under it: a bare name's, set
             * apart) */
            int orphan = 0;
            jfy_node *x = n->type == JFY_N_PARAGRAPH ? jfyp_rec_next(r, n) : NULL;
            if (x && x->type == JFY_N_PARAGRAPH && x->line == x->end_line) {
                char *xt = jfyp_front_text(x, 0);
                if (!xt) {
                    free(t);
                    goto oom;
                }
                orphan = is_marker_only(xt);
                free(xt);
            }
            char *m = n->type == JFY_N_PARAGRAPH ? mend_cut_names(n, orphan, &oom) : (oom = 0, NULL);
            if (oom) {
                free(t);
                goto oom;
            }
            rc = jfyp_byline_read(m ? m : t, &v, &cnt);
            free(m);
        }
        /* "..., Lúcia Andrade3 and" / "Raquel Fontenelle3": a byline's
         * line that MuPDF set as a block of its own ends on the "and"
         * before the next block's name */
        if (rc == 0 && !cont && n->type == JFY_N_PARAGRAPH && next && next->type == JFY_N_PARAGRAPH) {
            size_t el = strlen(t);
            size_t cut = el > 4 && !strcmp(t + el - 4, " and") ? el - 4 : el > 2 && !strcmp(t + el - 2, " &") ? el - 2 : 0;
            if (cut) {
                t[cut] = '\0';
                rc = jfyp_byline_read(t, &v, &cnt);
                if (rc < 0) {
                    free(t);
                    goto oom;
                }
                if (rc == 0)
                    t[cut] = ' '; /* the rules below read the block whole */
            }
        }
        /* One name a line, each with its markers ("Jane Roe 1,2" /
         * "John Doe 3"): the lines run together read as no byline. */
        if (rc == 0 && !cont && n->type == JFY_N_PARAGRAPH) {
            rc = name_per_line(n, &v, &cnt);
            if (rc < 0) {
                free(t);
                goto oom;
            }
            next = jfyp_rec_next(r, n);
        }
        /* Without a title above, one bare name is more likely a heading
         * ("Ethical Considerations") of a page that starts mid-article. */
        if (rc == 1 && !from && !found && cnt == 1 && !*v[0].markers && !v[0].orcid) {
            int more = next ? next_is_name(next) : 0;
            if (more <= 0) {
                jfyp_byline_free(v, cnt);
                v = NULL;
                cnt = 0;
                rc = more;
            }
        }
        /* "Jane Roe,a John Doe," / "b" / "Ann Poeb and Kim Lee" / "*ac":
         * a byline in letters cut after a comma, the raised letters of a
         * name set as blocks of their own: the letters are the name's
         * before, the names go on in the block after (their letters glued
         * on, as the scheme tells) */
        if (found && group && group->last && n->type == JFY_N_PARAGRAPH && lettered && last_names) {
            if (rc == 0 && letters_block(t)) {
                int o = add_contrib_markers(group->last, t);
                free(t);
                if (o < 0)
                    goto oom;
                jfyp_node_free(n);
                n = next;
                continue;
            }
            if (rc == 1 && open_comma) {
                /* (every name of the line glued to its letter, as on the
                 * line before: the letters, whatever their length) */
                int sg = split_glued_letters(r, n, v, cnt);
                if (sg < 0) {
                    free(t);
                    jfyp_byline_free(v, cnt);
                    goto oom;
                }
                if (!sg)
                    unglue_letters(group, v, cnt);
            }
        }
        /* "1,2, and John Doe *": the markers of the name before, then
         * the next name */
        if (rc == 0 && found && group && group->last && n->type == JFY_N_PARAGRAPH) {
            size_t g = 0;
            while (t[g] && (strchr("0123456789, |", t[g]) || marker_symbol_len(t + g)))
                g += marker_symbol_len(t + g) ? marker_symbol_len(t + g) : 1;
            if (g > 0 && t[g] && (t[0] >= '0' && t[0] <= '9')) {
                rc = jfyp_byline_read(t + g, &v, &cnt);
                /* "3; Kamiar" / "Roe": a given name whose surname MuPDF
                 * set in a block of its own */
                const char *h = t + g + strspn(t + g, "; ");
                if (rc == 0 && !strchr(h, ' ') && *h >= 'A' && *h <= 'Z') {
                    rc = read_with_tail(r, n, h, strlen(h), 1, &v, &cnt);
                    if (rc == 1)
                        next = jfyp_rec_next(r, n);
                }
                if (rc == 1) {
                    char *mk = jfyp_strndup(t, g);
                    if (!mk || add_contrib_markers(group->last, mk) < 0) {
                        free(mk);
                        free(t);
                        jfyp_byline_free(v, cnt);
                        goto oom;
                    }
                    free(mk);
                }
                if (rc < 0) {
                    free(t);
                    goto oom;
                }
            } else if (g > 1 && t[g] && t[0] == ',' && t[1] >= '0' && t[1] <= '9') {
                /* ",1 Hana Roe,1 John Doe,2": the rest of the byline's
                 * first line, which pdfminer set after the lines under it,
                 * opening on the markers of the name it was cut from (no
                 * telling which: they are left out) */
                rc = jfyp_byline_read(t + g, &v, &cnt);
                if (rc == 1 && cnt < 2) {
                    jfyp_byline_free(v, cnt);
                    v = NULL;
                    cnt = 0;
                    rc = 0;
                }
                if (rc < 0) {
                    free(t);
                    goto oom;
                }
            }
        }
        /* Markers and separators set apart from the names: a list of
         * markers ("1,2") is the name's before; one marker alone may be
         * an address's label printed apart, so it is the name's only
         * when more names follow. */
        int nmk, comma;
        if (rc == 0 && found && group && group->last && glue_block(t, &nmk, &comma)) {
            int more = nmk == 0 || comma || nmk > 1 ? 1 : next ? next_is_name(next) : 0;
            if (more < 0) {
                free(t);
                goto oom;
            }
            if (more) {
                int o = nmk ? add_contrib_markers(group->last, t) : 0;
                free(t);
                if (o < 0)
                    goto oom;
                jfyp_node_free(n);
                n = next;
                continue;
            }
        }
        /* An ORCID iD on its own line under a name belongs to that name. */
        if (rc == 0 && found && group && group->last && orcid_line(t)) {
            int o = attach_orcid(group->last, t);
            free(t);
            if (o < 0)
                goto oom;
            jfyp_node_free(n);
            n = next;
            continue;
        }
        /* Affiliations printed above the names do not count against
         * the few blocks the byline may sit below. */
        int affish = rc == 0 && from && !found && !strchr(t, '@') && jfyp_front_has_institution_word(t) &&
                     ++affs <= 16;
        /* nor do a sidebar's facts ("Citation: ...", "Funding: ...") set
         * before the title's column */
        affish |= rc == 0 && from && !found && jfyp_front_meta_line(t) && ++affs <= 16;
        int ends_comma = 0;
        {
            size_t el = strlen(t);
            while (el > 0 && t[el - 1] == ' ')
                el--;
            ends_comma = el > 0 && t[el - 1] == ',';
        }
        free(t);
        last_names -= last_names > 0;
        if (rc < 0)
            goto oom;
        if (rc == 0 && found) {
            /* Names set side by side, each over its affiliation, come out
             * as rows: names, then their affiliation and e-mail blocks,
             * then the next row of names. */
            int more = author_block(n) > 0 ? more_names(r, next) : 0;
            if (more < 0)
                goto oom;
            if (more) {
                n = next;
                continue;
            }
        }
        if (rc == 0 && found) {
            /* A sidebar (DOI, history, licence) set between the first
             * name and the rest, which go on after their markers with
             * the comma between names (", Jane Roe") */
            int more = comma_names_below(r, n);
            if (more < 0)
                goto oom;
            if (more) {
                n = next;
                continue;
            }
        }
        if (rc == 0) {
            char *u = jfyp_front_text(n, 0);
            if (!u)
                goto oom;
            int row = n->type == JFY_N_PARAGRAPH && marker_row(u) && !strchr(u, '\n');
            free(u);
            /* The byline is near the top: a few blocks (a subtitle, a
             * cover line) may sit before it, none after it starts. (The
             * names' markers set over them, a block each, are the
             * byline's own.) */
            if (found || (!affish && !(row && nrows < 8) && ++skipped > (from ? 3 : 6)))
                break;
            {
                if (!row)
                    nrows = 0;
                else if (nrows < 8)
                    rows[nrows++] = n;
            }
            n = next;
            continue;
        }
        /* pdftotext sets each name's raised markers as a block of its own
         * above the row of names ("1,2" / "3,#" / "1,2" / "Jane Roe , Ann
         * Poe , John Doe"): the blocks go to the names the row ends with,
         * in order (the first may have gone with the title) */
        if (!found && nrows && nrows <= cnt && cnt >= 2) {
            int bare = 1;
            for (size_t j = 0; j < cnt; j++)
                bare &= !*v[j].markers;
            for (size_t j = 0; j < nrows && bare; j++) {
                char *u = jfyp_front_text(rows[j], 0);
                jfyp_buf m;
                jfyp_buf_init(&m);
                if (u)
                    add_markers(&m, u, strlen(u));
                free(u);
                char *mk = u ? jfyp_buf_finish(&m) : NULL;
                if (!mk) {
                    jfyp_buf_free(&m);
                    jfyp_byline_free(v, cnt);
                    goto oom;
                }
                free(v[cnt - nrows + j].markers);
                v[cnt - nrows + j].markers = mk;
            }
            for (size_t j = 0; j < nrows && bare; j++)
                jfyp_node_free(rows[j]);
        }
        nrows = 0;
        if (!found && split_glued_letters(r, n, v, cnt) < 0) {
            jfyp_byline_free(v, cnt);
            goto oom;
        }
        if (!group) {
            group = jfyp_node_new(JFY_N_CONTRIBS);
            if (!group || jfyp_node_set_attr(group, "content-type", "author") < 0) {
                jfyp_byline_free(v, cnt);
                goto oom;
            }
            jfyp_node_span_from(group, n);
            jfyp_node_append(r->front, group);
        }
        /* one figure among many names, the others bare (OCR lost the
         * rest of the scheme to quotes and signs: "Roe®2", "Doe@", "Poe"):
         * no link scheme; a lone link would disown every other address */
        if (cnt >= 6) {
            size_t fig = 0, bare = 0, at = 0;
            for (size_t d = 0; d < cnt; d++) {
                int has = strpbrk(v[d].markers, "0123456789") != NULL;
                fig += has;
                at = has ? d : at;
                bare += !*v[d].markers;
            }
            if (fig == 1 && bare + 3 >= cnt) {
                char *w = v[at].markers;
                for (const char *q = v[at].markers; *q; q++)
                    if (!(*q >= '0' && *q <= '9') && *q != ',')
                        *w++ = *q;
                *w = '\0';
            }
        }
        int inv = caps_initials_after(v, cnt), caps_sur = inv ? 0 : caps_surnames(v, cnt);
        if (!inv && !caps_sur && caps_surname_first(v, cnt))
            inv = 4;
        if (caps_sur < 0) {
            jfyp_byline_free(v, cnt);
            return -1;
        }
        for (size_t i = 0; i < cnt; i++) {
            int mode = inv ? inv : 2 * initial_surname(v, cnt, i);
            if (caps_sur && !generation_end(v[i].name))
                mode = 3;
            if (add_contrib(group, &v[i], mode, n) < 0) {
                jfyp_byline_free(v, cnt);
                return -1;
            }
        }
        lettered = letter_scheme(group);
        open_comma = ends_comma;
        jfyp_byline_free(v, cnt);
        group->end_line = n->end_line;
        found = 1;
        last_names = 2;
        jfyp_node_free(n);
        n = next;
    }
    if (group && (row_rest(r, group, n) < 0 || late_name(r, group) < 0))
        return -1;
    if (!group) {
        if (journal_byline(r, from) < 0 || signature(r) < 0 || signed_pairs(r) < 0 || signed_addresses(r) < 0 ||
            dash_signature(r) < 0)
            return -1;
        return jfyp_node_child(r->front, JFY_N_CONTRIBS) ? 0 : last_resort(r, from);
    }
    return sequence_glued_letters(group) < 0 || cited_glued_letters(r, group) < 0 || cited_surnames(r, group) < 0 || cited_byline(r) < 0 ? -1 : 0;
oom:
    if (group && !group->parent)
        jfyp_node_free(group);
    return -1;
}
