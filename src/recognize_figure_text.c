/* recognize_figure_text.c - text a PDF's extraction pulls out of what is
 * no prose: the pieces of a display formula and a figure's or a table's
 * own DOI line. Left alone each is a body paragraph of its own, and a page
 * of equations turns into a dozen paragraphs nobody wrote.
 *
 * Display formulas: a block of one to six lines, each one a formula's piece
 * ("Edst,hx1 = Ta ∆Sgen = Ta −", "Et = α × xt + (1 − α) × Et−1", "(3)") or
 * the stop or comma it ends on, alone on its line. A piece holds a sign of
 * mathematics (=, −, ±, ×, ∑, √, a Greek letter, a bracket's piece from a
 * symbol font) and at most one word of prose: a formula's symbols are
 * single letters, capitals and subscripts, where every sentence holding a
 * sign ("Values are means ± SD") holds several words. A run of such blocks
 * is kept line for line as one preformatted block: nothing is lost, and no
 * paragraph is invented. A formula whole on its line is a piece of the
 * paragraph it is set in (publishers tag 157 of 165 so in the real set's
 * JATS): it joins the text going on from it ("where D is ...") and the
 * text leading into it, and a numbered one ("... (3)") joins the text
 * leading into it alone. A block holding only punctuation (the stop after
 * a formula, dot leaders) alone between paragraphs carries no text and is
 * dropped. A run of short lines of letters and digits alone, with no word
 * and no formula beside them ("A" / "B", "M2" / "M3 M4": a figure's panel
 * letters, a chart's labels), is kept as printed too, not as paragraphs,
 * and so is a block of glyphs in a font with no map to Unicode, which
 * pdfminer writes as codes ("(cid:42)(cid:19)") where a chart's labels were.
 *
 * Float DOI lines: PLOS and others print each figure's and table's own DOI
 * under it ("https://doi.org/10.1371/journal.pone.0207763.g001", "...t001"),
 * and extraction leaves it after the figure's caption or the table's
 * cells. It goes into the caption of the figure or table next before it,
 * of the kind its suffix names ('g' a figure, 't' a table), as a paragraph
 * of its own; with no such float near, it is no prose and is dropped. */
#include "recognize.h"
#include "textlines.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define FORMULA_LINES 6 /* lines of one display formula's block */
#define FORMULA_LINE 160 /* bytes: a formula's line, a page's width */

/* Whether code point cp is a sign no prose line is made of: an operator
 * of mathematics, a Greek letter, or a private-use glyph (a big bracket's
 * piece in a symbol font, "\uF8EB"). '+' and '/' are left out: prose holds
 * them ("and/or", "CD4+"). */
static int math_sign(int cp) {
    switch (cp) {
    case '=':
    case 0x00B1: /* ± */
    case 0x00D7: /* × */
    case 0x00F7: /* ÷ */
    case 0x2206: /* ∆ */
    case 0x2211: /* ∑ */
    case 0x2212: /* − */
    case 0x221A: /* √ */
    case 0x221E: /* ∞ */
    case 0x222B: /* ∫ */
    case 0x2248: /* ≈ */
    case 0x2260: /* ≠ */
        return 1;
    default:
        return (cp >= 0x0391 && cp <= 0x03C9) || (cp >= 0xE000 && cp <= 0xF8FF);
    }
}

/* Words of prose in t: runs of three ASCII lower-case letters or more
 * between non-letters ("the", "where"), a function's name ("cos", "exp")
 * left out. A formula's symbols are single letters, capitals ("Edst",
 * "Tw,r") or short subscripts. */
static int prose_words(const char *t) {
    static const char *const fn[] = {"cos", "sin", "tan", "exp", "log", "max", "min", "lim", "det"};
    int words = 0;
    for (const char *p = t; *p;) {
        if (!isalpha((unsigned char)*p)) {
            p++;
            continue;
        }
        const char *s = p;
        int lower = 1;
        while (isalpha((unsigned char)*p)) {
            lower &= islower((unsigned char)*p) != 0;
            p++;
        }
        /* a word glued to a non-ASCII letter ("βcosθ") is a symbol's */
        int glued = (s > t && (unsigned char)s[-1] >= 0x80) || (unsigned char)*p >= 0x80;
        int word = lower && p - s >= 3 && !glued;
        for (size_t i = 0; word && p - s == 3 && i < sizeof fn / sizeof *fn; i++)
            word = strncmp(s, fn[i], 3) != 0;
        words += word;
    }
    return words;
}

/* Whether cp is an operator a formula broken over lines ends or opens a
 * line on ("Edst,pump =", "= χ(...)", "×100"). */
static int operator_sign(int cp) {
    return cp == '=' || cp == '+' || cp == 0x00B1 || cp == 0x00D7 || cp == 0x00F7 || cp == 0x2212;
}

enum { LINE_NONE, LINE_PUNCT, LINE_NUMBER, LINE_SYMBOLS, LINE_FORMULA, LINE_BROKEN };

#define SYMBOL_LINE 12 /* bytes: a formula's denominator or subscript line */

/* Whether t, a line with no sign of mathematics, is a formula's short
 * line of symbols ("A control", "Qb ."): a few bytes, no colon, a word of
 * prose at most, and no capitalised word opening it, which a heading
 * ("Results", "Study area") would show. */
static int symbol_line(const char *t, size_t n) {
    if (n > SYMBOL_LINE || strchr(t, ':') || prose_words(t) > 1)
        return 0;
    size_t w = 0;
    while (isalpha((unsigned char)t[w]))
        w++;
    int title = w >= 3 && isupper((unsigned char)t[0]) && islower((unsigned char)t[1]);
    return !title && !jfyp_is_section_name(t);
}

/* What line t is: a formula's piece (LINE_BROKEN when it is plainly a
 * piece: it opens or ends on an operator, or holds a symbol font's
 * glyph), an equation's number ("(3)"), a line of punctuation alone, or
 * none of them. */
static int line_kind(const char *t) {
    size_t n = strlen(t);
    if (!n || n > FORMULA_LINE)
        return LINE_NONE;
    int signs = 0, alnum = 0, glyph = 0, first = 0, last = 0;
    for (const char *p = t; *p;) {
        size_t k;
        int cp = jfyp_utf8_decode(p, &k);
        p += k ? k : 1;
        if (cp == ' ')
            continue;
        if (!first)
            first = cp;
        last = cp;
        if (math_sign(cp))
            signs++;
        else if (cp < 0x80 ? isalnum(cp) : cp >= 0xC0)
            alnum++;
        glyph |= cp >= 0xE000 && cp <= 0xF8FF;
    }
    if (!alnum && !signs)
        return LINE_PUNCT;
    if (!signs) {
        /* "(3)", "(12a)": the number printed right of a formula */
        const char *p = t;
        if (*p++ != '(' || !isdigit((unsigned char)*p))
            return symbol_line(t, n) ? LINE_SYMBOLS : LINE_NONE;
        while (isdigit((unsigned char)*p))
            p++;
        if (islower((unsigned char)*p))
            p++;
        if (strcmp(p, ")") == 0)
            return LINE_NUMBER;
        return symbol_line(t, n) ? LINE_SYMBOLS : LINE_NONE;
    }
    if (prose_words(t) > 1)
        return LINE_NONE;
    return glyph || operator_sign(first) || operator_sign(last) ? LINE_BROKEN : LINE_FORMULA;
}

enum { BLOCK_NONE, BLOCK_PUNCT, BLOCK_SYMBOLS, BLOCK_FORMULA, BLOCK_BROKEN };

/* What paragraph b is: a formula's block (formula lines, numbers, short
 * symbol lines and punctuation; BLOCK_BROKEN when one line is plainly a
 * piece or a stop stands on a line of its own), a block of symbol lines
 * (BLOCK_SYMBOLS, a formula's only beside a broken one), a block of
 * punctuation alone, or neither.
 * -1 on out of memory. */
static int block_kind(jfy_node *b) {
    if (b->type != JFY_N_PARAGRAPH || jfyp_node_attr(b, "running-header"))
        return BLOCK_NONE;
    jfyp_lines l;
    if (jfyp_lines_of(b, &l) < 0)
        return -1;
    int formulas = 0, broken = 0, punct = 0, symbols = 0, ok = l.n >= 1 && l.n <= FORMULA_LINES;
    for (size_t i = 0; i < l.n && ok; i++) {
        int k = line_kind(l.v[i].text);
        ok = k != LINE_NONE;
        formulas += k == LINE_FORMULA || k == LINE_BROKEN;
        broken += k == LINE_BROKEN;
        punct += k == LINE_PUNCT;
        symbols += k == LINE_SYMBOLS;
    }
    jfyp_lines_free(&l);
    if (!ok)
        return BLOCK_NONE;
    if (!formulas)
        return symbols ? BLOCK_SYMBOLS : BLOCK_PUNCT;
    return broken || punct ? BLOCK_BROKEN : BLOCK_FORMULA;
}

/* Replaces the blocks from b through last with one preformatted block of
 * their lines. -1 on out of memory. */
static int keep_as_printed(jfyp_rec *r, jfy_node *b, jfy_node *last) {
    jfyp_buf out;
    jfyp_buf_init(&out);
    jfy_node *stop = jfyp_rec_next(r, last);
    for (jfy_node *x = b; x != stop; x = jfyp_rec_next(r, x)) {
        jfyp_lines l;
        if (jfyp_lines_of(x, &l) < 0) {
            jfyp_buf_free(&out);
            return -1;
        }
        for (size_t i = 0; i < l.n; i++) {
            if (out.len)
                jfyp_buf_putc(&out, '\n');
            jfyp_buf_puts(&out, l.v[i].text);
        }
        jfyp_lines_free(&l);
    }
    return jfyp_rec_preformat_run(r, b, last, &out);
}

/* How a paragraph's text meets a display formula set under it: 2 when
 * it leads into it ("... is calculated as follows:", "... given by"),
 * 1 when it is running text that ends a sentence, 0 when it is no running
 * text (a heading, a label: under 40 bytes) or no paragraph. -1 on out of
 * memory. */
static int leads_in(jfy_node *p) {
    if (!p || p->type != JFY_N_PARAGRAPH || jfyp_node_attr(p, "running-header"))
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(p, &l) < 0)
        return -1;
    size_t total = 0;
    for (size_t i = 0; i < l.n; i++)
        total += strlen(l.v[i].text);
    const char *t = l.n ? l.v[l.n - 1].text : "";
    size_t n = strlen(t);
    int k = total < 40 || !n ? 0 : strchr(".!?", t[n - 1]) ? 1 : 2;
    jfyp_lines_free(&l);
    return k;
}

/* The text under a formula goes on from it when it opens on a word in
 * lower case ("where D is ..."). */
static int opens_lower(const jfy_node *q) {
    const jfy_node *n = q && q->type == JFY_N_PARAGRAPH ? q->first : NULL;
    if (!n || n->type != JFY_N_TEXT || !n->text)
        return 0;
    return islower((unsigned char)n->text[0]) && islower((unsigned char)n->text[1]);
}

/* Whether the block's last line ends on an equation's number ("... (3)",
 * "(12a)"): a numbered display formula, which publishers tag as one. A
 * formula with no number under text leading into it and over a sentence
 * that opens anew may be a word equation the publisher set as text of its
 * own ("kgCO2 eq = Activity Data x Emission Factor" / "Source: ..."). */
static int numbered(jfy_node *b) {
    const jfy_node *n = b->last;
    while (n && n->type != JFY_N_TEXT)
        n = n->prev;
    const char *t = n && n->text ? n->text : "";
    size_t len = strlen(t);
    while (len && t[len - 1] == ' ')
        len--;
    if (len < 3 || t[len - 1] != ')')
        return 0;
    size_t i = len - 1;
    if (i && islower((unsigned char)t[i - 1]))
        i--;
    size_t d = i;
    while (i && isdigit((unsigned char)t[i - 1]))
        i--;
    return d > i && i && t[i - 1] == '(';
}

/* A display formula whole on its line ("E = m × c2") is a piece of the
 * paragraph it is set in, as publishers tag it (<p>... <disp-formula>
 * where ...</p>): over text that goes on from it ("where D is ..."), or
 * numbered under text that leads into it, it joins that text. *resume
 * gets the block after the text joined; -1 on out of memory. */
static int formula_in_text(jfyp_rec *r, jfy_node *b, jfy_node *last, jfy_node **resume) {
    jfy_node *p = b->prev, *q = last->next;
    int lead = leads_in(p);
    if (lead < 0)
        return -1;
    int on = opens_lower(q);
    if (!lead || (!on && (lead == 1 || !numbered(last))))
        return 0;
    jfy_node *stop = jfyp_rec_next(r, last);
    for (jfy_node *x = b; x != stop;) {
        jfy_node *nx = jfyp_rec_next(r, x);
        if (jfyp_paras_join(p, x) < 0)
            return -1;
        x = nx;
    }
    if (on && jfyp_paras_join(p, q) < 0)
        return -1;
    *resume = jfyp_rec_next(r, p);
    return 0;
}

/* Whether t is a section's number alone ("2.1", "3.", "IV."), which some
 * extractions set apart from its heading's words: the heading's, no
 * stray label. */
static int section_number(const char *t) {
    size_t i = 0;
    if (isdigit((unsigned char)t[0])) {
        while (isdigit((unsigned char)t[i]) || t[i] == '.')
            i++;
    } else {
        while (t[i] && strchr("IVX", t[i]))
            i++;
        if (t[i] == '.')
            i++;
    }
    return i && !t[i];
}

/* Whether t holds a word: three letters in a row ("RTNS", "Ref") or more
 * than three letters in all ("O R C I D": a heading set letter-spaced),
 * which a figure's letters ("A", "M2", "M3 M4") are not. */
static int has_word(const char *t) {
    int run = 0, letters = 0;
    for (; *t && run < 3; t++) {
        int a = isalpha((unsigned char)*t) != 0;
        run = a ? run + 1 : 0;
        letters += a;
    }
    return run >= 3 || letters > 3;
}

/* Whether the run of blocks from b through last, each of short symbol
 * lines and no formula's sign, is labels a figure or a formula left
 * between paragraphs ("A", "M2", "V", "C."): running text on either side
 * (a figure's own words around them are read by the heading and caption
 * readers), a sentence ended over them or going on under them, no word
 * and no section's number among them. -1 on out of memory. */
static int loose_labels(jfyp_rec *r, jfy_node *b, jfy_node *last) {
    int before = leads_in(b->prev), after = leads_in(last->next);
    if (before < 0 || after < 0)
        return -1;
    /* over a sentence that opens anew, text ending without a stop may be
     * a heading the labels' place marks as none, or a paragraph they cut
     * ("... (DP9)." under it) */
    if (!before || !after || (before != 1 && !opens_lower(last->next)))
        return 0;
    jfy_node *stop = jfyp_rec_next(r, last);
    for (jfy_node *x = b; x != stop; x = jfyp_rec_next(r, x)) {
        jfyp_lines l;
        if (jfyp_lines_of(x, &l) < 0)
            return -1;
        int label = 0;
        for (size_t i = 0; i < l.n; i++)
            label |= line_kind(l.v[i].text) != LINE_SYMBOLS || section_number(l.v[i].text) || has_word(l.v[i].text);
        jfyp_lines_free(&l);
        if (label)
            return 0;
    }
    return 1;
}

/* Whether paragraph b is text in a font with no map to Unicode: pdfminer
 * names each such glyph by its code ("(cid:42)(cid:19)"), and a chart's
 * axis labels and legend set in one come out as blocks of codes, digits
 * and stops. A block with no letter outside the codes says nothing a
 * reader could take for prose; a line of prose with a few codes in it (a
 * symbol, a word in a font without a map) holds letters and is kept.
 * -1 on out of memory. */
static int unmapped_block(jfy_node *b) {
    if (b->type != JFY_N_PARAGRAPH || jfyp_node_attr(b, "running-header"))
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(b, &l) < 0)
        return -1;
    int codes = 0, letters = 0;
    for (size_t i = 0; i < l.n && !letters; i++) {
        for (const char *p = l.v[i].text; *p && !letters;) {
            if (!strncmp(p, "(cid:", 5) && isdigit((unsigned char)p[5])) {
                const char *q = p + 5;
                while (isdigit((unsigned char)*q))
                    q++;
                if (*q == ')') {
                    codes++;
                    p = q + 1;
                    continue;
                }
            }
            size_t k;
            int cp = jfyp_utf8_decode(p, &k);
            p += k ? k : 1;
            letters = cp < 0x80 ? isalpha(cp) != 0 : cp >= 0xC0 && !math_sign(cp);
        }
    }
    jfyp_lines_free(&l);
    return codes && !letters;
}

/* A run of blocks one of which is plainly a piece, or a stop cut off, is
 * what extraction made of a display formula. */
int jfyp_recognize_formula_lines(jfyp_rec *r) {
    jfy_node *b = jfyp_rec_first(r);
    while (b) {
        int u = unmapped_block(b);
        if (u < 0)
            return -1;
        if (u) {
            /* a figure's labels in a font with no map: kept as printed,
             * the run of them one block, no paragraph of them */
            jfy_node *last = b, *x = jfyp_rec_next(r, b);
            for (; x; x = jfyp_rec_next(r, x)) {
                int ux = unmapped_block(x);
                if (ux < 0)
                    return -1;
                if (!ux)
                    break;
                last = x;
            }
            if (keep_as_printed(r, b, last) < 0)
                return -1;
            b = x;
            continue;
        }
        int k = block_kind(b);
        if (k < 0)
            return -1;
        if (k == BLOCK_NONE) {
            b = jfyp_rec_next(r, b);
            continue;
        }
        /* the run of formula and punctuation blocks b opens */
        jfy_node *last = b, *x = jfyp_rec_next(r, b);
        int formula = k == BLOCK_FORMULA || k == BLOCK_BROKEN;
        int broken = k == BLOCK_BROKEN || k == BLOCK_PUNCT, symbols = k == BLOCK_SYMBOLS;
        for (; x; x = jfyp_rec_next(r, x)) {
            int kx = block_kind(x);
            if (kx < 0)
                return -1;
            if (kx == BLOCK_NONE)
                break;
            formula |= kx == BLOCK_FORMULA || kx == BLOCK_BROKEN;
            broken |= kx == BLOCK_BROKEN || kx == BLOCK_PUNCT;
            symbols |= kx == BLOCK_SYMBOLS;
            last = x;
        }
        if (formula && broken) {
            if (keep_as_printed(r, b, last) < 0)
                return -1;
        } else if (formula && !symbols) {
            if (formula_in_text(r, b, last, &x) < 0)
                return -1;
        } else if (symbols && !formula) {
            /* a figure's letters or a formula's symbols left between
             * paragraphs: kept as printed, no paragraph of them */
            int loose = loose_labels(r, b, last);
            if (loose < 0 || (loose && keep_as_printed(r, b, last) < 0))
                return -1;
        } else if (!formula && !symbols) {
            /* punctuation alone: no word of the article in it */
            for (jfy_node *y = b; y != x;) {
                jfy_node *nx = jfyp_rec_next(r, y);
                jfyp_node_free(y);
                y = nx;
            }
        }
        b = x;
    }
    return 0;
}

#define DOI_REACH 12 /* blocks back to the float a DOI line belongs to */

/* The kind of float a paragraph of one DOI alone names: 'g' (a figure) or
 * 't' (a table) by its last part (".g001", ".t003"), 0 for any other. */
static int float_doi(jfy_node *p) {
    if (p->type != JFY_N_PARAGRAPH)
        return 0;
    char *t = jfyp_node_plain(p);
    if (!t)
        return -1;
    const char *s = jfyp_trim(t);
    size_t len = 0;
    const char *doi = jfyp_find_doi(s, &len);
    int kind = 0;
    if (doi && !doi[len] && !strchr(s, ' ')) {
        /* ".g001": a letter and three digits after the DOI's last stop */
        const char *dot = strrchr(doi, '.');
        if (dot && (dot[1] == 'g' || dot[1] == 't') && (size_t)(doi + len - dot) == 5 &&
            isdigit((unsigned char)dot[2]) && isdigit((unsigned char)dot[3]) && isdigit((unsigned char)dot[4]))
            kind = dot[1];
    }
    free(t);
    return kind;
}

int jfyp_recognize_float_dois(jfyp_rec *r) {
    for (jfy_node *n = jfyp_rec_first(r); n;) {
        jfy_node *next = jfyp_rec_next(r, n);
        int kind = float_doi(n);
        if (kind < 0)
            return -1;
        jfy_node *f = NULL;
        jfy_node *x = n->prev;
        for (int i = 0; kind && x && i < DOI_REACH && !f; x = x->prev) {
            if (x->type == JFY_N_FRONT || x->type == JFY_N_BODY || x->type == JFY_N_BACK)
                continue;
            i++;
            if (x->type == (kind == 'g' ? JFY_N_FIG : JFY_N_TABLE_WRAP))
                f = x;
            else if (x->type == JFY_N_FIG || x->type == JFY_N_TABLE_WRAP)
                break; /* another float's: this line is not its */
        }
        if (f) {
            jfy_node *cap = jfyp_node_child(f, JFY_N_CAPTION);
            if (!cap) {
                if (!(cap = jfyp_node_new(JFY_N_CAPTION)))
                    return -1;
                jfyp_node_span_from(cap, n);
                jfyp_node_append(f, cap);
            }
            jfyp_node_unlink(n);
            jfyp_node_append(cap, n);
        } else if (kind) {
            /* its float's caption not read (set as an image, or cut off
             * by a page break): an identifier of no prose's */
            jfyp_node_free(n);
        }
        n = next;
    }
    return 0;
}

#define NOTE_BLOCKS 3   /* note paragraphs under one table */
#define NOTE_CHARS 1200 /* bytes: a table's notes, never a page of prose */

/* Whether t opens with a note's label ("Note:", "Sources.", "Fuente:",
 * "Abbreviations:"). */
static int note_label(const char *t) {
    static const char *const labels[] = {"notes", "note", "sources", "source", "fuentes", "fuente",
                                         "fontes", "fonte", "abbreviations", "abbreviation"};
    for (size_t i = 0; i < sizeof labels / sizeof *labels; i++) {
        size_t n = strlen(labels[i]);
        if (isupper((unsigned char)t[0]) && jfyp_strnieq(t, labels[i], n) && (t[n] == ':' || t[n] == '.'))
            return 1;
    }
    return 0;
}

/* Whether t opens with a footnote's mark: "*", "∗", "†", "‡", "§" before
 * its words, or a letter set apart before a capital ("a The given strain
 * ..."), which no sentence opens with. */
static int note_mark(const char *t) {
    static const char *const marks[] = {"*", "\xE2\x88\x97", "\xE2\x80\xA0", "\xE2\x80\xA1", "\xC2\xA7"};
    for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
        if (strncmp(t, marks[i], strlen(marks[i])) == 0)
            return 1;
    return t[0] >= 'a' && t[0] <= 'd' && t[1] == ' ' && isupper((unsigned char)t[2]);
}

/* Whether t says how the table's figures were summarised ("Values are
 * given as means ± SD", "Data represent means ± SE", "Each value is
 * expressed as Mean ± SD"). */
static int note_statistics(const char *t) {
    static const char *const opens[] = {"Values are ", "Values of ", "Data are ", "Data represent ",
                                        "Each value ", "Results are expressed "};
    int open = 0;
    for (size_t i = 0; i < sizeof opens / sizeof *opens && !open; i++)
        open = strncmp(t, opens[i], strlen(opens[i])) == 0;
    return open && (strstr(t, "\xC2\xB1") || strstr(t, "mean") || strstr(t, "Mean"));
}

/* Whether t is a list of abbreviations: two items or more parted by
 * semicolons, most of them a short term, a comma, colon, '=' or dash, and
 * its expansion ("FPKM, fragments per kilobase; DXS, 1-deoxy-D-xylulose
 * ...", "MeJa: Methyl jasmonate; SA: Salicylic acid"). */
static int note_abbreviations(const char *t) {
    int items = 0, terms = 0;
    for (const char *p = t; *p;) {
        while (*p == ' ')
            p++;
        const char *q = p;
        while (*q && *q != ' ' && *q != ',' && *q != ':' && *q != '=' && *q != ';')
            q++;
        size_t n = (size_t)(q - p);
        if (*q == ' ' && (q[1] == '=' || strncmp(q + 1, "\xE2\x80\x93", 3) == 0 || q[1] == '-'))
            q++; /* "BMI = body mass index", "SF – Solar fraction" */
        /* a term is an abbreviation: short, or a capital or a digit past
         * its first letter ("MeJa", "IC50"), where a word opening a
         * clause ("However,") is neither */
        int abbr = n >= 1 && n <= 3;
        for (const char *c = p + 1; c < p + n && !abbr; c++)
            abbr = isupper((unsigned char)*c) || isdigit((unsigned char)*c);
        int term = abbr && n <= 12 &&
                   (*q == ',' || *q == ':' || *q == '=' || (unsigned char)*q == 0xE2 || *q == '-');
        items++;
        terms += term;
        const char *semi = strchr(p, ';');
        if (!semi)
            break;
        p = semi + 1;
    }
    return items >= 2 && 3 * terms >= 2 * items;
}

/* Whether paragraph b is a note printed under a table. -1 on out of
 * memory. */
static int table_note(const jfy_node *b) {
    if (b->type != JFY_N_PARAGRAPH || jfyp_node_attr(b, "running-header"))
        return 0;
    char *t = jfyp_node_plain(b);
    if (!t)
        return -1;
    const char *s = jfyp_trim(t);
    int yes = *s && strlen(s) <= NOTE_CHARS &&
              (note_label(s) || note_mark(s) || note_statistics(s) || note_abbreviations(s));
    free(t);
    return yes;
}

/* Moves the preformatted cells between table wrap w and block stop into
 * w: their lines after the cells w holds, or as its cells. -1 on out of
 * memory. */
static int take_cells(jfyp_rec *r, jfy_node *w, jfy_node *stop) {
    for (jfy_node *x = jfyp_rec_next(r, w); x && x != stop;) {
        jfy_node *after = jfyp_rec_next(r, x);
        jfy_node *cells = jfyp_node_child(w, JFY_N_CODE_BLOCK);
        if (!cells) {
            jfyp_node_unlink(x);
            jfyp_node_append(w, x);
        } else {
            char *t = jfyp_printf("%s\n%s", cells->text ? cells->text : "", x->text ? x->text : "");
            int rc = t ? jfyp_node_set_text(cells, t) : -1;
            free(t);
            if (rc < 0)
                return -1;
            cells->end_line = x->end_line;
            cells->end_col = x->end_col;
            jfyp_node_free(x);
        }
        x = after;
    }
    return 0;
}

/* Table notes: under a table's cells its publisher prints the key to its
 * abbreviations and marks, how its figures were summarised and where they
 * come from ("Values are means ± SD. * p < 0.05", "BMI, body mass index;
 * BP, blood pressure", "Source: ..."). Left alone each is a body
 * paragraph; the blocks of such notes right after a table (and the cells
 * kept with it) go into its foot. */
int jfyp_recognize_table_notes(jfyp_rec *r) {
    for (jfy_node *n = jfyp_rec_first(r); n;) {
        jfy_node *next = jfyp_rec_next(r, n);
        if (n->type != JFY_N_TABLE_WRAP) {
            n = next;
            continue;
        }
        /* the cells extraction left after the caption are the table's */
        jfy_node *x = next;
        while (x && x->type == JFY_N_CODE_BLOCK)
            x = jfyp_rec_next(r, x);
        /* cells and notes can be kept together only where the table
         * holds no cells of its own in rows (a Markdown table) */
        if (x != next && jfyp_node_child(n, JFY_N_TABLE)) {
            n = x;
            continue;
        }
        jfy_node *notes = jfyp_node_child(n, JFY_N_NOTES);
        for (int i = 0; x && i < NOTE_BLOCKS; i++) {
            int k = table_note(x);
            if (k < 0)
                return -1;
            if (!k)
                break;
            jfy_node *after = jfyp_rec_next(r, x);
            if (!notes) {
                /* the cells between the table and its notes go with it */
                if (take_cells(r, n, x) < 0)
                    return -1;
                if (!(notes = jfyp_node_new(JFY_N_NOTES)))
                    return -1;
                jfyp_node_span_from(notes, x);
                jfyp_node_append(n, notes);
            }
            jfyp_node_unlink(x);
            jfyp_node_append(notes, x);
            x = after;
        }
        n = x;
    }
    return 0;
}

#define DEBRIS_CHARS 50 /* code points: a chart's label, a cell, a box */
#define LEAD_PROSE 200  /* bytes: a paragraph of prose a heading opens */

/* What a body paragraph is as a figure's or a table's leftover line:
 * 1 when it is short (under DEBRIS_CHARS), ends on no stop or comma (a
 * sentence, a salutation, a clause going on), holds no "term: " (a
 * formula's key, "EF: Emission factor", "Source: ..."), no address on the
 * web (a byline's ORCID iD) and is no bold line alone (a heading no reader
 * made a section of); 2 when it is such a line holding a digit; 0 when it
 * is none, or no paragraph. *len gets its length in bytes. -1 on out of
 * memory. */
static int debris_line(const jfy_node *p, size_t *len) {
    *len = 0;
    if (p->type != JFY_N_PARAGRAPH || jfyp_node_attr(p, "running-header"))
        return 0;
    if (p->first && p->first == p->last && p->first->type == JFY_N_STRONG)
        return 0;
    char *t = jfyp_node_plain(p);
    if (!t)
        return -1;
    const char *s = jfyp_trim(t);
    size_t n = strlen(s), cps = 0;
    *len = n;
    int digit = 0, ok = n > 0 && !strchr(".!?:;,", s[n - 1]) && !strstr(s, "://");
    for (size_t i = 0; i < n && ok; i++) {
        cps += ((unsigned char)s[i] & 0xC0) != 0x80;
        digit |= isdigit((unsigned char)s[i]) != 0;
        ok = cps < DEBRIS_CHARS && !(s[i] == ':' && s[i + 1] == ' ' && i && isalnum((unsigned char)s[i - 1]));
    }
    free(t);
    return ok ? 1 + digit : 0;
}

/* Keeps each run of two or more such lines among the blocks of container
 * c as printed, and does the same in its sections. A run a section opens
 * on is left alone (headings no reader took, "Polyherbal preparations" /
 * "Triphala"), so is one text leads into ("... marked with posts:", a
 * list's items), and so is a pair of lines with no digit over a long
 * paragraph: a heading and its subheading the prose under them goes on
 * from. -1 on out of memory. */
static int debris_runs(jfyp_rec *r, jfy_node *c) {
    jfy_node *b = c->first;
    while (b) {
        if (b->type == JFY_N_SECTION) {
            if (debris_runs(r, b) < 0)
                return -1;
            b = b->next;
            continue;
        }
        size_t len;
        int k = debris_line(b, &len);
        if (k < 0)
            return -1;
        if (!k) {
            b = b->next;
            continue;
        }
        jfy_node *last = b, *x = b->next;
        int lines = 1, digits = k == 2;
        for (; x; x = x->next) {
            int kx = debris_line(x, &len);
            if (kx < 0)
                return -1;
            if (!kx)
                break;
            digits |= kx == 2;
            lines++;
            last = x;
        }
        int opens = b->prev && (b->prev->type == JFY_N_TITLE || b->prev->type == JFY_N_LABEL);
        if (!opens && b->prev && b->prev->type == JFY_N_PARAGRAPH) {
            /* text leading into a list ("... marked with posts:") */
            const jfy_node *e = b->prev->last;
            while (e && e->type != JFY_N_TEXT)
                e = e->prev;
            size_t n = e && e->text ? strlen(e->text) : 0;
            while (n && e->text[n - 1] == ' ')
                n--;
            opens = n && e->text[n - 1] == ':';
        }
        int heads = 0;
        if (lines == 2 && !digits && x && x->type == JFY_N_PARAGRAPH) {
            heads = jfyp_node_plain_len(x) > LEAD_PROSE;
        }
        if (lines >= 2 && !opens && !heads && keep_as_printed(r, b, last) < 0)
            return -1;
        b = x;
    }
    return 0;
}

/* ---- a page's facts set beside its text ----
 *
 * A first page's side column (Frontiers sets "Edited by:", "Reviewed by:",
 * "*Correspondence:", "Specialty section:" and "Citation:" down its left
 * edge) and the source line under a chart ("Source: NBS (2024).",
 * "Fuente: ...") come out of extraction between the body's paragraphs
 * when no reader took them, each a paragraph nobody wrote as text:
 * publishers' JATS holds no body paragraph that opens on such a label and
 * its colon (none of 9,984 in the real sets' tune halves). A label in
 * capitals with no colon ("EDITED BY", "CITATION") is the newer template's
 * way of printing the same. */

#define FACT_BYTES 600 /* a fact's paragraph, never a paragraph of prose */
#define BOX_BLOCKS 4   /* paragraphs a side box's label holds under it */
#define BOX_LINE 100   /* code points: a name and its address, a line of a citation */
#define BOX_STOP 60    /* code points: a short fact may end on a stop */

/* The labels of a side column's boxes, which go on in the paragraphs
 * under them (names and addresses, the citation's lines). */
static const char *const box_labels[] = {"edited and reviewed by", "edited by", "reviewed by", "academic editor",
                                         "editor", "specialty section", "correspondence", "corresponding author",
                                         "citation", NULL};
static const char *const dated_labels[] = {"received", "accepted", "published", NULL};
/* Labels of facts standing alone. "How to cite this article:" is left
 * out: Nature's JATS keeps it as the body's last paragraph. */
static const char *const lone_labels[] = {"present address", "reprint requests", "cite as", "cite this article",
                                          "trial registration", "peer review history", "sources", "source",
                                          "fuentes", "fuente", "fontes", "fonte", "notes", "note", NULL};
/* Run-in labels a statement opens on with no colon, in words no
 * sentence of the text opens with ("Correspondence and requests for
 * materials should be addressed to ...", a footnote's "These authors
 * contributed equally"). */
static const char *const run_in_labels[] = {"correspondence and requests for materials", "reprints and permissions",
                                            "peer review information", "supplementary information",
                                            "patient and public involvement", "these authors contributed equally",
                                            "these authors have contributed equally", "equal contribution", NULL};

/* Whether s opens on one of labels: followed by its colon, alone, or
 * printed in capitals and followed by a space when caps is set; any
 * word after it will do when run_in is set. */
static int opens_on_label(const char *s, const char *const *labels, int caps, int run_in) {
    for (int i = 0; labels[i]; i++) {
        size_t n = strlen(labels[i]);
        if (!jfyp_strnieq(s, labels[i], n))
            continue;
        const char *p = s + n;
        while (*p == ' ')
            p++;
        if (*p == ':' || (!*p && caps))
            return 1;
        if (run_in && (s[n] == ' ' || !s[n]))
            return 1;
        if (!caps || s[n] != ' ')
            continue;
        int upper = 1;
        for (size_t k = 0; k < n && upper; k++)
            upper = s[k] == ' ' || (s[k] >= 'A' && s[k] <= 'Z');
        if (upper)
            return 1;
    }
    return 0;
}

#define DOI_LINE 160 /* bytes: a citation or a footer line holding a DOI, no paragraph */

/* Whether s holds a DOI marked as one ("doi:10.3390/...", "https://
 * doi.org/10...") that names no figure or table (".g001", ".t002": a
 * float's own DOI line, read with its float). A bare "10.5256/..." is
 * left: a data set's citation in the text carries one. */
static int holds_doi(const char *s) {
    size_t len = 0;
    const char *doi = jfyp_find_doi(s, &len);
    if (!doi)
        return 0;
    int marked = 0;
    for (const char *p = doi; p > s && doi - p < 12 && !marked; p--)
        marked = p - s >= 3 && jfyp_strnieq(p - 3, "doi", 3);
    const char *dot = doi + len;
    while (dot > doi && *dot != '.')
        dot--;
    int floats = dot && (dot[1] == 'g' || dot[1] == 't') && (size_t)(doi + len - dot) == 5 &&
                 isdigit((unsigned char)dot[2]);
    return marked && !floats;
}

/* A fact's paragraph: 2 when it opens on a side box's label, 1 on a lone
 * fact's, 0 when it is none (or longer than a fact). The marks a
 * corresponding author's label or a footnote carries ("*", "†", "‡")
 * are stepped over. */
static int fact_kind(const char *s) {
    if (strlen(s) > FACT_BYTES)
        return 0;
    for (;;) {
        if (*s == '*' || *s == ' ')
            s++;
        else if (strncmp(s, "\xE2\x80\xA0", 3) == 0 || strncmp(s, "\xE2\x80\xA1", 3) == 0 ||
                 strncmp(s, "\xE2\x88\x97", 3) == 0)
            s += 3;
        else
            break;
    }
    if (opens_on_label(s, box_labels, 1, 0))
        return 2;
    /* a short paragraph holding a DOI is the page's foot ("Cancers 2019,
     * 11, 47; doi:10.3390/..."), its own citation or a pointer to its
     * files online: publishers' JATS holds 2 such body paragraphs in
     * 11,992 */
    if (strlen(s) <= DOI_LINE && holds_doi(s))
        return 1;
    return opens_on_label(s, dated_labels, 1, 0) || opens_on_label(s, lone_labels, 0, 0) ||
           opens_on_label(s, run_in_labels, 0, 1);
}

/* Whether s reads as a line of a side box under its label: short, and
 * no sentence unless a short one or a footnote ("â These authors
 * contributed equally to this work."). */
static int box_line(const char *s) {
    size_t n = strlen(s), cps = jfyp_utf8_count(s, n);
    if (!n || cps > BOX_LINE)
        return 0;
    return s[n - 1] != '.' || cps <= BOX_STOP || note_mark(s);
}

/* What paragraph p is: a fact's (fact_kind), 3 when it is a box's line,
 * 0 when neither or no paragraph. -1 on out of memory. */
static int fact_para(const jfy_node *p) {
    if (!p || p->type != JFY_N_PARAGRAPH || jfyp_node_attr(p, "running-header"))
        return 0;
    char *t = jfyp_node_plain(p);
    if (!t)
        return -1;
    const char *s = jfyp_trim(t);
    int k = fact_kind(s);
    if (!k && box_line(s))
        k = 3;
    free(t);
    return k;
}

/* Keeps each fact's paragraph among the blocks of container c as
 * printed, a side box's label with the lines of the box under it, and
 * does the same in its sections. -1 on out of memory. */
static int side_facts(jfyp_rec *r, jfy_node *c) {
    jfy_node *b = c->first;
    while (b) {
        if (b->type == JFY_N_SECTION) {
            if (side_facts(r, b) < 0)
                return -1;
            b = b->next;
            continue;
        }
        int k = fact_para(b);
        if (k < 0)
            return -1;
        if (k != 1 && k != 2) {
            b = b->next;
            continue;
        }
        jfy_node *last = b, *x = b->next;
        for (int i = 0; k == 2 && x && i < BOX_BLOCKS; i++) {
            int kx = fact_para(x);
            if (kx < 0)
                return -1;
            if (!kx)
                break;
            last = x;
            x = x->next;
            if (kx == 2)
                i = -1; /* the next box under this one */
        }
        if (keep_as_printed(r, b, last) < 0)
            return -1;
        b = x;
    }
    return 0;
}

/* Figure and table text: the axis labels, legends, cells and boxes of a
 * chart or a table the extraction left between the paragraphs, line by
 * line ("Gram-positive" / "Gram-negative", "Group A (n=40)" / "Group B
 * (n=40)", "Sensitivity 0.4" / "0.4 AUC"). Each alone is a body paragraph
 * nobody wrote; two or more short lines in a row, none ending a sentence,
 * are no prose (publishers' JATS holds 7 such runs in 9,560 body
 * paragraphs, most of them headings set as text) and are kept as printed,
 * once the headings are sections and no reader will look for a heading
 * among them. */
int jfyp_recognize_figure_debris(jfyp_rec *r) {
    /* the facts first: a box's lines are short and would read as debris */
    if (side_facts(r, r->body) < 0)
        return -1;
    return debris_runs(r, r->body);
}
