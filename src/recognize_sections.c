/* recognize_sections.c - headings still unclaimed open sections; a section
 * runs to the next heading of the same or a higher level, so deeper
 * headings nest. A printed section number stays in the title as printed
 * ("2.1 Cell culture", "II. METHODS"): publishers' own JATS keeps it there
 * about twice as often as in a label, and the page does not show which it
 * is. A number set apart by a bar ("2 | METHODS") is a label, typeset
 * apart from the name; so is a Roman one ("II. METHODS"), the physics
 * journals' numbering, which their JATS (APS, AIP, IOP) keeps in the
 * label as printed. A conventional title (Introduction, Materials and
 * methods...) gives the sec-type. */
#include "recognize.h"
#include "textlines.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Moves a leading section number set apart by a bar ("2 | METHODS"), in
 * a box of its own (apart: "2" / "Born cross-section", recognize_pages.c)
 * or written in Roman numerals ("II. METHODS") out of the title into a
 * LABEL before it. */
static int split_label(jfy_node *sec, jfy_node *title, int apart) {
    jfy_node *t = title->first;
    if (!t || t->type != JFY_N_TEXT || !t->text)
        return 0;
    size_t n = jfyp_section_number(t->text, NULL);
    /* jfyp_section_number reads a Roman number only with its full stop */
    int roman = n && strchr("IVX", t->text[0]);
    if (!n || !t->text[n] || (!roman && !apart && !memchr(t->text, '|', n)))
        return 0;
    /* the number without the bar and the spaces, fixed-width ones too; a
     * Roman one keeps its full stop, as its publishers' labels do */
    const unsigned char *u = (const unsigned char *)t->text;
    size_t e = n;
    for (;;) {
        if (e && strchr(roman ? " " : " .)|", u[e - 1]))
            e--;
        else if (e >= 2 && u[e - 2] == 0xC2 && u[e - 1] == 0xA0)
            e -= 2;
        else if (e >= 3 && u[e - 3] == 0xE2 && u[e - 2] == 0x80 &&
                 ((u[e - 1] >= 0x80 && u[e - 1] <= 0x8A) || u[e - 1] == 0xAF))
            e -= 3;
        else
            break;
    }
    char *num = jfyp_strndup(t->text, e);
    char *rest = jfyp_strdup(t->text + n);
    jfy_node *label = num ? jfyp_node_new_text(JFY_N_LABEL, num) : NULL;
    free(num);
    if (!label || !rest) {
        free(rest);
        jfyp_node_free(label);
        return -1;
    }
    jfyp_node_take_text(t, rest);
    jfyp_node_span_from(label, title);
    jfyp_node_prepend(sec, label);
    return 0;
}

static int set_type(jfy_node *sec, const jfy_node *title) {
    char *plain = jfyp_node_plain(title);
    if (!plain)
        return -1;
    const char *type = jfyp_section_type(jfyp_trim(plain));
    int rc = type ? jfyp_node_set_attr(sec, "sec-type", type) : 0;
    free(plain);
    return rc;
}

/* An article's body opens with its introduction. Paragraphs printed above
 * the "Introduction" heading that no front-matter reader took (a banner,
 * a citation line, names, addresses a PDF's side box spreads between the
 * title and the text) are front matter, not body text: they go into a
 * front-matter note, as printed. */
static int lift_preamble(jfyp_rec *r) {
    jfy_node *first = NULL;
    for (jfy_node *n = jfyp_rec_first(r); n && !first; n = jfyp_rec_next(r, n))
        if (n->type == JFY_N_SECTION)
            first = n;
    const char *type = first ? jfyp_node_attr(first, "sec-type") : NULL;
    if (!type || strcmp(type, "intro") != 0)
        return 0;
    jfy_node *notes = NULL;
    for (jfy_node *n = jfyp_rec_first(r); n && n != first;) {
        jfy_node *next = jfyp_rec_next(r, n);
        if (n->type == JFY_N_PARAGRAPH) {
            if (!notes) {
                notes = jfyp_node_new(JFY_N_NOTES);
                if (!notes || jfyp_node_set_attr(notes, "type", "front-matter") < 0) {
                    jfyp_node_free(notes);
                    return -1;
                }
                jfyp_node_span_from(notes, n);
                jfyp_node_append(r->front, notes);
            }
            jfyp_node_unlink(n);
            jfyp_node_append(notes, n);
            notes->end_line = n->end_line;
            notes->end_col = n->end_col;
        }
        n = next;
    }
    return 0;
}

/* Whether type, a section's, names one of the research sections proper
 * (methods, results, discussion) and not the introduction. */
static int core_type(const char *type) {
    return type && !strstr(type, "intro") &&
           (strstr(type, "methods") || strstr(type, "results") || strstr(type, "discussion"));
}

#define MAX_INTRO_SUBSECTIONS 8 /* a letter's findings under their headings */

/* Running text above an article's first heading, when that heading opens
 * one of the research sections proper ("Results", "Methods"), is the
 * introduction the journal prints with no heading of its own (Nature's
 * journals, many letters): it opens a section of that type, named as
 * the publisher's own JATS names it. Text over any other first heading
 * (an essay's own, "Background") stays as printed. */
static int open_unheaded_intro(jfyp_rec *r) {
    jfy_node *first = NULL, *lead = NULL;
    for (jfy_node *n = jfyp_rec_first(r); n && !first; n = jfyp_rec_next(r, n)) {
        if (n->type == JFY_N_SECTION)
            first = n;
        else if (n->type == JFY_N_PARAGRAPH && !lead) {
            /* from its first paragraph of running text: a line alone
             * above it is what the front matter left (a banner, a
             * journal's name), left where it is */
            char *t = jfyp_node_plain(n);
            if (!t)
                return -1;
            if (jfyp_count_words(t) >= 20)
                lead = n;
            free(t);
        }
    }
    if (!first || !lead)
        return 0;
    /* or over sections of the article's own words that run up to one of
     * the research sections proper: the unheaded introduction went on
     * into results under headings of their own and no "Results" heading
     * (Nature's letters and articles, "Methods" at the end): they are
     * the introduction's subsections, as the publisher's JATS sets them */
    jfy_node *stop = first;
    if (!jfyp_node_attr(first, "sec-type")) {
        /* the first a finding in words ("Faster decay of litter under
         * warming"), not a section's name one word long the names do not
         * know (a language's "Introduccion") */
        char *t = first->first && first->first->type == JFY_N_TITLE ? jfyp_node_plain(first->first) : NULL;
        if (first->first && first->first->type == JFY_N_TITLE && !t)
            return -1;
        int words = t ? jfyp_count_words(t) : 0;
        free(t);
        if (words < 3)
            return 0;
    }
    int skipped = 0;
    while (stop && stop->type == JFY_N_SECTION && !jfyp_node_attr(stop, "sec-type")) {
        stop = jfyp_rec_next(r, stop);
        skipped++;
    }
    if (!stop || stop->type != JFY_N_SECTION || !core_type(jfyp_node_attr(stop, "sec-type")))
        return 0;
    /* a handful of them, as a letter's findings run: a paper that goes
     * from its text into a dozen sections of its own (a trial's design,
     * a review) has no results hidden in its introduction */
    if (stop != first && skipped > MAX_INTRO_SUBSECTIONS)
        return 0;
    first = stop;
    jfy_node *sec = jfyp_node_new(JFY_N_SECTION), *title = jfyp_node_new_with_text(JFY_N_TITLE, "Introduction");
    if (!sec || !title || jfyp_node_set_attr(sec, "sec-type", "intro") < 0) {
        jfyp_node_free(sec);
        jfyp_node_free(title);
        return -1;
    }
    jfyp_node_append(sec, title);
    jfyp_node_span_from(sec, lead);
    jfyp_node_insert_before(lead, sec);
    for (jfy_node *n = lead; n && n != first;) {
        jfy_node *next = jfyp_rec_next(r, n);
        jfyp_node_unlink(n);
        jfyp_node_append(sec, n);
        if (n->end_line > sec->end_line) {
            sec->end_line = n->end_line;
            sec->end_col = n->end_col;
        }
        n = next;
    }
    return 0;
}

/* Whether section sec is titled an appendix ("Appendix", "Appendix 4",
 * "Appendix B"); -1 on out of memory. */
static int appendix_title(const jfy_node *sec) {
    const jfy_node *title = sec->first && sec->first->type == JFY_N_TITLE ? sec->first : NULL;
    char *t = title ? jfyp_node_plain(title) : NULL;
    if (title && !t)
        return -1;
    const char *w = t ? jfyp_trim(t) : "";
    int is = strlen(w) <= 12 && jfyp_strnieq(w, "appendix", 8);
    free(t);
    return is;
}

/* The appendices a page prints after its reference list are back matter,
 * as the publisher's JATS keeps them (its app-group): they leave the body
 * for the back, whole. Appendices before the references stay where they
 * are, as printed. */
static int move_late_appendices(jfyp_rec *r) {
    int refs_line = 0;
    for (const jfy_node *b = r->back ? r->back->first : NULL; b && !refs_line; b = b->next)
        if (b->type == JFY_N_REF_LIST)
            refs_line = b->line;
    if (!refs_line)
        return 0;
    for (jfy_node *n = jfyp_rec_first(r); n;) {
        jfy_node *next = jfyp_rec_next(r, n);
        if (n->type == JFY_N_SECTION && n->line > refs_line) {
            int a = appendix_title(n);
            if (a < 0)
                return -1;
            if (a) {
                jfyp_node_unlink(n);
                jfyp_node_append(r->back, n);
            }
        }
        n = next;
    }
    return 0;
}

/* ---- paragraphs a column or page break cut ----
 *
 * An extraction sets a blank line where the text leaves a column or a
 * page, and prints a figure or table set there between the halves of the
 * paragraph it cut. A paragraph stops on a sentence's end; one that stops
 * mid-sentence ("... the number of", "... were sampled in") over a block
 * that goes on in lower case is one paragraph in two. Headings are read
 * by now, so no heading is taken for half a paragraph. */

static int is_break(const jfy_node *n) {
    return n->type == JFY_N_SOFTBREAK || n->type == JFY_N_LINEBREAK;
}

/* Length of t without the closing marks after its last word (spaces,
 * brackets, straight and curly quotes, emphasis stars). */
static size_t before_closers(const char *t) {
    size_t n = strlen(t);
    while (n && strchr(" )\"'*", t[n - 1]))
        n--;
    while (n >= 3 && (unsigned char)t[n - 3] == 0xE2 && (unsigned char)t[n - 2] == 0x80 &&
           ((unsigned char)t[n - 1] == 0x9D || (unsigned char)t[n - 1] == 0x99))
        n -= 3;
    return n;
}

static int ends_link(const char *t);

static int stops_mid_sentence(const char *t) {
    size_t n = before_closers(t);
    return n && (!strchr(".!?:", t[n - 1]) || (n == strlen(t) && ends_link(t)));
}

/* The plain text of para's last line (last) or first, or of the whole
 * paragraph when that line alone cannot say how the text ends or starts
 * (blank, or only closing marks). NULL on out of memory. */
static char *edge_line_plain(const jfy_node *para, int last) {
    const jfy_node *from = para->first, *to = para->last;
    if (last) {
        while (from != to && !is_break(to->prev))
            to = to->prev;
        from = to;
        to = para->last;
    } else {
        while (to != from && !is_break(from->next))
            from = from->next;
        to = from;
        from = para->first;
    }
    jfyp_buf b;
    jfyp_buf_init(&b);
    for (const jfy_node *k = from;; k = k->next) {
        char *t = jfyp_node_plain(k);
        if (!t) {
            jfyp_buf_free(&b);
            return NULL;
        }
        jfyp_buf_puts(&b, t);
        free(t);
        if (k == to)
            break;
    }
    char *s = jfyp_buf_finish(&b);
    if (!s)
        return NULL;
    const char *e = jfyp_trim(s);
    if (before_closers(e) && (last || *e))
        return s;
    free(s);
    return jfyp_node_plain(para);
}

/* A line that stops on a word or mark that links to what follows ("the
 * number of", "was measured by", "Smith,"): its sentence goes on whatever
 * the next word ("Table 2", "(n = 12)", a name). */
static int ends_link(const char *t) {
    static const char *const words[] = {"of", "the", "and", "by", "in", "to", "with", "a", "an",
                                        "for", "from", "on", "at", "was", "were", "is", "are",
                                        "that", "as", "than", "or", "between", "into", NULL};
    /* an abbreviation that stands before what it names ("Accession no."
     * / "NC_008334", "Fig." / "2") */
    static const char *const before[] = {"no.", "No.", "Fig.", "Figs.", "Eq.", "Ref.", "ref.",
                                         "vs.", "cf.", "e.g.", "i.e.", NULL};
    size_t n = strlen(t);
    if (n && t[n - 1] == ',')
        return 1;
    const char *w = strrchr(t, ' ');
    w = w ? w + 1 : t;
    for (int i = 0; words[i]; i++)
        if (strcmp(w, words[i]) == 0)
            return 1;
    for (int i = 0; before[i]; i++)
        if (strcmp(w, before[i]) == 0)
            return 1;
    return 0;
}

/* What follows a linking word mid-sentence but opens no sentence: a
 * figure, a bracket, an acronym, a label and its number ("Table 2"). A
 * capitalised word ("We further...") may open the next paragraph after
 * text the extraction lost. */
static int goes_on_after_link(const char *b) {
    if (isdigit((unsigned char)*b) || *b == '(' || *b == '[')
        return 1;
    size_t w = strcspn(b, " ");
    int caps = w >= 2;
    for (size_t i = 0; i < w && caps; i++)
        caps = !islower((unsigned char)b[i]);
    return caps || (isupper((unsigned char)*b) && b[w] == ' ' && isdigit((unsigned char)b[w + 1]));
}

/* b opens on a word all in lower case letters ("carries", not "mRNA",
 * "kgCO2" or "p-value"), of two letters at least. */
static int lower_word(const char *b) {
    size_t i = 0;
    while (b[i] >= 'a' && b[i] <= 'z')
        i++;
    return i >= 2 && (b[i] == ' ' || b[i] == ',' || b[i] == '.' || b[i] == ';' || b[i] == ')' || !b[i]);
}

/* Floats a cut paragraph's halves may stand around. */
static int is_float(const jfy_node *n) {
    return n->type == JFY_N_FIG || n->type == JFY_N_TABLE_WRAP || n->type == JFY_N_CODE_BLOCK ||
           n->type == JFY_N_FOOTNOTES;
}

#define MAX_SET_INSIDE 2 /* blocks a page sets inside a cut paragraph */
#define CUT_OOM ((jfy_node *)-1)

/* The block that carries on a paragraph cut mid-sentence past what the
 * page set between its halves (a table's note, a footnote, a caption line
 * the caption reader left, "Page 3 of 12"): a paragraph opening in lower
 * case within MAX_SET_INSIDE short blocks after x, each a paragraph of a
 * few lines or a float; NULL when none, CUT_OOM on out of memory. The
 * blocks between stay where they are, after the joined paragraph. */
static jfy_node *cut_goes_on(jfyp_rec *r, jfy_node *x) {
    for (int k = 0; x && k < MAX_SET_INSIDE; k++) {
        if (x->type == JFY_N_PARAGRAPH) {
            if (jfyp_node_attr(x, "running-header"))
                return NULL;
            jfyp_lines l;
            if (jfyp_lines_of(x, &l) < 0)
                return CUT_OOM;
            size_t n = l.n;
            jfyp_lines_free(&l);
            if (n > 3)
                return NULL;
        } else if (!is_float(x)) {
            return NULL;
        }
        x = jfyp_rec_next(r, x);
        while (x && is_float(x))
            x = jfyp_rec_next(r, x);
        if (x && x->type == JFY_N_PARAGRAPH && !jfyp_node_attr(x, "running-header")) {
            char *b = edge_line_plain(x, 0);
            if (!b)
                return CUT_OOM;
            /* a word in lower case, not a unit or a name ("kgCO2") */
            const char *w = jfyp_trim(b);
            int lower = jfyp_starts_lower(w);
            for (const char *c = w; lower && *c && *c != ' '; c++)
                lower = !isupper((unsigned char)*c) && !isdigit((unsigned char)*c);
            free(b);
            if (lower)
                return x;
        }
    }
    return NULL;
}

/* A numbered display formula set as a block of its own, one line with an
 * equals sign and its number at the right ("Q = m c dT (4)"): the text
 * that leads into it ("is given by:", "... the heat loss,") goes on
 * through it, in one paragraph. */
static int numbered_formula(const jfy_node *q, const char *b) {
    for (const jfy_node *k = q->first; k; k = k->next)
        if (is_break(k))
            return 0;
    size_t n = strlen(b);
    while (n && b[n - 1] == ' ')
        n--;
    if (n < 5 || n > 160 || b[n - 1] != ')' || !strchr(b, '='))
        return 0;
    size_t k = n - 1, d = 0;
    while (k && isdigit((unsigned char)b[k - 1]) && d < 3)
        k--, d++;
    return d && k >= 2 && b[k - 1] == '(' && b[k - 2] == ' ';
}

static int join_cut_paragraphs(jfyp_rec *r) {
    jfy_node *p = jfyp_rec_first(r);
    while (p) {
        jfy_node *q = jfyp_rec_next(r, p);
        while (q && is_float(q))
            q = jfyp_rec_next(r, q);
        if (!q)
            break;
        if (p->type != JFY_N_PARAGRAPH || q->type != JFY_N_PARAGRAPH ||
            jfyp_node_attr(p, "running-header") || jfyp_node_attr(q, "running-header") || !p->last ||
            is_break(p->last)) {
            p = q;
            continue;
        }
        /* p's last line and q's first decide, not their whole text: p grows
         * with every join, and reading it whole each time was quadratic */
        char *a = edge_line_plain(p, 1), *b = edge_line_plain(q, 0);
        if (!a || !b) {
            free(a);
            free(b);
            return -1;
        }
        jfyp_trim(b);
        /* a line alone ("Source: Name (2006)" over "where:", a heading
         * missed) is a label or a cell, not half of a wrapped paragraph */
        int lines = 0;
        for (const jfy_node *k = p->first; k && !lines; k = k->next)
            lines = is_break(k);
        /* one line over the rest of its sentence when it ends on a word
         * that links to what follows ("... genome of O. sanctum is") */
        int cut = *jfyp_trim(a) && stops_mid_sentence(a) && (lines || ends_link(a));
        int join = cut && (jfyp_starts_lower(b) || (ends_link(a) && goes_on_after_link(b)));
        /* no paragraph opens on a word in lower case: a block that does
         * carries on the one before, whose end a column or page break (or
         * a formula, lines set between) took elsewhere */
        if (!join && lines && lower_word(b))
            join = 1;
        if (!join && *a && (stops_mid_sentence(a) || a[strlen(a) - 1] == ':') &&
            numbered_formula(q, b))
            join = 1;
        free(a);
        free(b);
        if (cut && !join && q->type == JFY_N_PARAGRAPH) {
            jfy_node *on = cut_goes_on(r, q);
            if (on == CUT_OOM)
                return -1;
            if (on) {
                q = on;
                join = 1;
            }
        }
        if (!join) {
            p = q;
            continue;
        }
        if (jfyp_paras_join(p, q) < 0)
            return -1;
        /* p may go on again in the next block */
    }
    return 0;
}

/* Page footnotes numbered in brackets, "(4) For a discussion see ...": a
 * paragraph of its own at a page's foot, the number a superscript glued to
 * a word of the text above ("perspective,4", "strategy6"), which the text
 * layer prints as plain digits. Such notes number on through the article,
 * so the paragraphs opening "(N) " are taken for notes only when there are
 * FN_MIN of them, numbered upwards, and most numbers stand glued to a word
 * somewhere in the text: an equation's number run into the paragraph
 * under it ("(25) The variable EP ...") is not glued to a word. */
#define FN_MAX 100
#define FN_MIN 3

/* The note number a paragraph opens with, "(N) " and a capital or a quote
 * after it; 0 when none. */
static int note_number(const jfy_node *p) {
    if (p->type != JFY_N_PARAGRAPH || jfyp_node_attr(p, "running-header") || !p->first ||
        p->first->type != JFY_N_TEXT || !p->first->text || p->first->text[0] != '(')
        return 0;
    const char *t = p->first->text + 1;
    size_t d = strspn(t, "0123456789");
    if (!d || d > 2 || t[d] != ')' || t[d + 1] != ' ')
        return 0;
    unsigned char c = (unsigned char)t[d + 2];
    if (!(isupper(c) || c >= 0x80 || c == '"' || c == '\''))
        return 0;
    int num = atoi(t);
    return num > 0 && num < FN_MAX ? num : 0;
}

/* Marks in glued[] the numbers of FN_MAX printed right after a word or its
 * closing punctuation ("growth,4 "), in the texts under n. */
static void mark_glued(const jfy_node *n, unsigned char *glued) {
    for (; n; n = n->next) {
        if (n->type == JFY_N_TEXT && n->text) {
            const char *t = n->text;
            for (const char *c = t; *c; c++) {
                if (!isdigit((unsigned char)*c) || c == t)
                    continue;
                unsigned char b = (unsigned char)c[-1];
                size_t d = strspn(c, "0123456789");
                unsigned char a = (unsigned char)c[d];
                if (d <= 2 && (islower(b) || strchr(".,;:)", b) || b >= 0x80) &&
                    (a == 0 || a == ' ' || strchr(".,;:)", a))) {
                    int v = atoi(c);
                    if (v > 0 && v < FN_MAX)
                        glued[v] = 1;
                }
                c += d - 1;
            }
        }
        if (n->first)
            mark_glued(n->first, glued);
    }
}

static int page_footnotes(jfyp_rec *r) {
    unsigned char glued[FN_MAX] = {0};
    int cands = 0, marked = 0, last = 0;
    for (jfy_node *n = jfyp_rec_first(r); n; n = jfyp_rec_next(r, n)) {
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        int v = note_number(n);
        if (v) {
            if (v <= last)
                return 0;
            last = v;
            cands++;
        }
    }
    if (cands < FN_MIN)
        return 0;
    /* the page's text is read for glued numbers only on a page with notes */
    for (jfy_node *n = jfyp_rec_first(r); n; n = jfyp_rec_next(r, n))
        if (n->type == JFY_N_PARAGRAPH)
            mark_glued(n->first, glued);
    for (jfy_node *n = jfyp_rec_first(r); n; n = jfyp_rec_next(r, n)) {
        int v = note_number(n);
        marked += v && glued[v];
    }
    if (marked * 3 < cands * 2)
        return 0;
    for (jfy_node *n = jfyp_rec_first(r); n;) {
        jfy_node *next = jfyp_rec_next(r, n);
        if (note_number(n)) {
            jfy_node *group = n->prev && n->prev->type == JFY_N_FOOTNOTES ? n->prev : NULL;
            jfy_node *fn = jfyp_node_new(JFY_N_FOOTNOTE);
            if (!fn || (!group && !(group = jfyp_node_new(JFY_N_FOOTNOTES)))) {
                jfyp_node_free(fn);
                return -1;
            }
            if (group != n->prev) {
                jfyp_node_span_from(group, n);
                jfyp_node_insert_before(n, group);
            }
            jfyp_node_span_from(fn, n);
            jfyp_node_unlink(n);
            jfyp_node_append(fn, n);
            jfyp_node_append(group, fn);
        }
        n = next;
    }
    return 0;
}

#define MAX_DEPTH 6 /* Markdown has six heading levels */

/* The Crossmark badge's words ("Check for updates"), which publishers
 * print on a first page and extraction sets as a block of their own, left
 * over by the front-matter readers: furniture, no paragraph of the text.
 * So are a line alone of the page's other furniture the headings reader
 * refused: ACS's "Cite This: J. Chem. Educ. 2025, 102, 2720-2731", a
 * licence's words cut from their statement ("This article is licensed
 * under CC-BY 4.0", "Commons Attribution License"; the permissions
 * reader has read the licence by now) and a running head's page count
 * ("Smith et al. Trials (2021) 22:209 Page 2 of 3"). */
static int badge(const jfy_node *n) {
    const jfy_node *k = n->first;
    if (n->type != JFY_N_PARAGRAPH || !k || k != n->last || k->type != JFY_N_TEXT || !k->text)
        return 0;
    const char *t = k->text;
    while (*t == ' ')
        t++;
    size_t len = strlen(t);
    while (len && t[len - 1] == ' ')
        len--;
    if (len == 17 && jfyp_strnieq(t, "check for updates", 17))
        return 1;
    /* a line, not a statement: a sentence of the licence's own ends in
     * a stop */
    return len && len <= 160 && t[len - 1] != '.' &&
           (jfyp_strnieq(t, "cite this:", 10) || jfyp_furniture_words(t));
}

int jfyp_recognize_sections(jfyp_rec *r) {
    /* a statement's name run into its text on a PDF page ("Competing
     * Interests" / "The authors declare...") is a heading only once the
     * headings reader split it off: the statement goes to the back as the
     * back-matter reader takes those it found alone */
    if (jfyp_recognize_backmatter(r) < 0 || page_footnotes(r) < 0 || join_cut_paragraphs(r) < 0)
        return -1;
    jfy_node *open[MAX_DEPTH + 1] = {0};
    int levels[MAX_DEPTH + 1] = {0};
    int depth = 0;
    jfy_node *n = jfyp_rec_first(r);
    while (n) {
        jfy_node *next = jfyp_rec_next(r, n);
        if (badge(n)) {
            jfyp_node_unlink(n);
            jfyp_node_free(n);
        } else if (n->type == JFY_N_HEADING) {
            const char *ls = jfyp_node_attr(n, "level");
            int level = ls ? atoi(ls) : 1;
            while (depth > 0 && levels[depth - 1] >= level)
                depth--;
            if (depth == MAX_DEPTH)
                depth--;
            jfy_node *sec = jfyp_node_new(JFY_N_SECTION), *title = jfyp_node_new(JFY_N_TITLE);
            if (!sec || !title) {
                jfyp_node_free(sec);
                jfyp_node_free(title);
                return -1;
            }
            jfyp_node_span_from(sec, n);
            jfyp_node_span_from(title, n);
            jfyp_node_move_children(n, title);
            jfyp_node_append(sec, title);
            if (split_label(sec, title, jfyp_node_attr(n, "label-apart") != NULL) < 0 ||
                set_type(sec, title) < 0) {
                jfyp_node_free(sec);
                return -1;
            }
            if (depth > 0)
                jfyp_node_append(open[depth - 1], sec);
            else
                jfyp_node_insert_before(n, sec);
            jfyp_node_free(n);
            open[depth] = sec;
            levels[depth] = level;
            depth++;
        } else if (depth > 0) {
            jfyp_node_append(open[depth - 1], n);
            if (n->end_line > open[0]->end_line)
                for (int i = 0; i < depth; i++)
                    open[i]->end_line = n->end_line;
        }
        n = next;
    }
    /* the front matter's leftovers go before an introduction is made of
     * the unheaded text after them */
    if (lift_preamble(r) < 0 || open_unheaded_intro(r) < 0)
        return -1;
    return move_late_appendices(r);
}
