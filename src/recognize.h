/* recognize.h - third stage: scholarly structure from the parsed page.
 *
 * Each recognizer is small, reads one shape of text, and rewrites the tree:
 * it moves what it recognizes out of the DOCUMENT's top-level blocks into
 * FRONT, BODY or BACK as semantic nodes. Recognizers run in a fixed order
 * (see recognize.c); whatever no recognizer claims ends up as body content.
 * A recognizer returns 0, or -1 on out of memory only: text it does not
 * understand is left alone, never an error. */
#ifndef JFY_RECOGNIZE_H
#define JFY_RECOGNIZE_H

#include "node.h"
#include "util.h"

/* Journal-level facts a caller knows apart from the page (convert.c fills
 * them from the sidecar's journal entry): hints, never text to emit. A
 * line that prints the journal's own name is furniture, not a title.
 * Every field may be NULL / empty. */
#define JFYP_HINT_NAMES 8
typedef struct {
    const char *journal_names[JFYP_HINT_NAMES]; /* title, abbreviations, ids */
    const char *publisher;
} jfyp_hints;

typedef struct {
    jfy_node *doc;   /* DOCUMENT; its remaining block children are unclaimed */
    jfy_node *front; /* FRONT, first child of doc */
    jfy_node *journal; /* JOURNAL, first child of front */
    jfy_node *body;  /* BODY, after front */
    jfy_node *back;  /* BACK, last child of doc */
    jfyp_diags *diags;
    const jfyp_hints *hints; /* never NULL */
    unsigned counters[8];
    /* the DOI read early from a line left in its block (recognize_doi.c):
     * the DOI reader's own pass still takes that line out */
    int doi_early;
    /* the journal's citation line at the page's head
     * (recognize_citation_line.c): year, month, volume, issue, 0 if none;
     * the day where the line prints the full date */
    int cite_year, cite_month, cite_volume, cite_issue, cite_day;
    /* the kind of article the running head names
     * (recognize_article_type.c), or NULL */
    const char *running_type;
} jfyp_rec;

typedef int (*jfyp_recognizer)(jfyp_rec *r);

/* Runs every recognizer in order (hints may be NULL). -1 on out of memory. */
int jfyp_recognize(jfy_node *doc, jfyp_diags *diags, const jfyp_hints *hints);

/* Unclaimed top-level blocks, in page order: iterate with
 * for (n = jfyp_rec_first(r); n; n = jfyp_rec_next(r, n)). */
/* Inline: recognizers step through the blocks some 3,600 times a page,
 * and the call cost more than the step (bench/instructions). */
static inline int jfyp_rec_container(const jfy_node *n) {
    return n->type == JFY_N_FRONT || n->type == JFY_N_BODY || n->type == JFY_N_BACK;
}
static inline jfy_node *jfyp_rec_first(const jfyp_rec *r) {
    jfy_node *n = r->doc->first;
    while (n && jfyp_rec_container(n))
        n = n->next;
    return n;
}
static inline jfy_node *jfyp_rec_next(const jfyp_rec *r, const jfy_node *n) {
    (void)r;
    jfy_node *x = n->next;
    while (x && jfyp_rec_container(x))
        x = x->next;
    return x;
}

/* Puts node with in the place of the unclaimed blocks from b through last,
 * spanning their input, and frees them: with takes over their text. */
void jfyp_rec_replace_run(jfyp_rec *r, jfy_node *b, jfy_node *last, jfy_node *with);
/* The same with a preformatted block of the lines in text, which it
 * finishes (a table's cells, a broken formula, kept as printed); 0, or -1
 * on out of memory, the blocks left in place. */
int jfyp_rec_preformat_run(jfyp_rec *r, jfy_node *b, jfy_node *last, jfyp_buf *text);

/* A fresh id "<prefix><n>" for kind k (0..7), deterministic per document.
 * Kinds in use: 1 "aff" (affiliations), 2 "cor" (correspondence). */
char *jfyp_rec_id(jfyp_rec *r, int kind, const char *prefix);

/* Recognizers, in the order they run. Each lives in its own file. */
int jfyp_recognize_inline(jfyp_rec *r);   /* recognize_inline.c */
int jfyp_recognize_title(jfyp_rec *r);    /* recognize_title.c */
int jfyp_recognize_title_fallback(jfyp_rec *r); /* recognize_title.c */
int jfyp_recognize_citation_line(jfyp_rec *r); /* recognize_citation_line.c */
int jfyp_recognize_citation_date(jfyp_rec *r); /* recognize_citation_line.c */
int jfyp_recognize_article_label(jfyp_rec *r); /* recognize_article_type.c */
/* A label naming a kind of article ("Correspondence", "EDITORIAL") that
 * the page gives as a block of its own twice or more: the running head
 * every page prints, which an extractor keeping the content stream's order
 * (MuPDF, pdfminer) sets at each page's seam, far from the title. Read
 * before page clean-up drops it, kept in r->running_type: the type where
 * no label names one. */
int jfyp_recognize_running_type(jfyp_rec *r); /* recognize_article_type.c */
int jfyp_recognize_reviewed_book(jfyp_rec *r); /* recognize_reviewed_book.c */
/* Lines of a run-on paragraph (recognize_article_type.c): the plain text
 * of the inlines [from, to) (malloc'd, NULL on OOM); whether an inline is
 * a line end; the inlines from `first` on moved into a new paragraph after
 * para, the line end before them dropped (NULL on OOM). */
char *jfyp_inline_text(jfy_node *from, jfy_node *to);
int jfyp_recognize_bylines(jfyp_rec *r);  /* recognize_bylines.c */
int jfyp_recognize_affiliations(jfyp_rec *r); /* recognize_affiliations.c */
int jfyp_recognize_affiliations_late(jfyp_rec *r); /* recognize_affiliations.c */
int jfyp_recognize_masthead(jfyp_rec *r); /* recognize_masthead.c, recognize_offices.c */
int jfyp_recognize_publisher_line(jfyp_rec *r); /* recognize_publisher_line.c */
int jfyp_recognize_cover(jfyp_rec *r);    /* recognize_cover.c */
int jfyp_recognize_colophon(jfyp_rec *r); /* recognize_colophon.c */
int jfyp_recognize_sections(jfyp_rec *r); /* recognize_sections.c */
int jfyp_recognize_pagerefs(jfyp_rec *r); /* recognize_pagerefs.c */
int jfyp_recognize_abstract(jfyp_rec *r);    /* recognize_abstract.c */
int jfyp_recognize_keywords(jfyp_rec *r);    /* recognize_keywords.c */
int jfyp_recognize_dates(jfyp_rec *r);       /* recognize_dates.c */
int jfyp_read_published_line(jfyp_rec *r, const char *line, const jfy_node *from); /* recognize_dates.c */
/* Whether t opens with a history label and its date ("Received September
 * 3, 2014; ..."), colon or not. (recognize_dates.c) */
int jfyp_opens_dated_label(const char *t);
int jfyp_recognize_doi(jfyp_rec *r);         /* recognize_doi.c */
/* Finds "10.NNNN/suffix" in s; *len gets its length without trailing
 * punctuation. NULL when none. (recognize_doi.c) */
const char *jfyp_find_doi(const char *s, size_t *len);
/* The DOI in s when a "doi" label (either case: "doi:", "https://doi.org/")
 * comes before it, the way furniture names the article's own; else NULL. */
const char *jfyp_labelled_doi(const char *s, size_t *len);
/* The article's DOI: whether one is set, and setting one (from: provenance). */
int jfyp_has_doi(const jfyp_rec *r);
int jfyp_set_doi(jfyp_rec *r, const char *doi, size_t len, const jfy_node *from);
int jfyp_recognize_article_shape(jfyp_rec *r); /* recognize_article_type.c */
int jfyp_recognize_permissions(jfyp_rec *r);
int jfyp_recognize_copyright_lines(jfyp_rec *r); /* recognize_permissions.c */
int jfyp_recognize_running_copyright(jfyp_rec *r); /* recognize_permissions.c */
int jfyp_recognize_license_paragraphs(jfyp_rec *r); /* recognize_permissions.c */
int jfyp_recognize_history_lines(jfyp_rec *r); /* recognize_dates.c */
int jfyp_recognize_doi_lines(jfyp_rec *r);     /* recognize_doi.c */
int jfyp_recognize_references(jfyp_rec *r); /* recognize_references.c */
int jfyp_recognize_citations(jfyp_rec *r);  /* recognize_citations.c */
int jfyp_recognize_pages(jfyp_rec *r);       /* recognize_pages.c */
int jfyp_recognize_interleaved(jfyp_rec *r); /* recognize_interleaved.c */
int jfyp_recognize_pdf_furniture(jfyp_rec *r); /* recognize_runons.c */
int jfyp_recognize_vertical_text(jfyp_rec *r); /* recognize_vertical_text.c */
int jfyp_recognize_ocr_front(jfyp_rec *r);   /* recognize_ocr_front.c */
int jfyp_recognize_ocr_logo(jfyp_rec *r);    /* recognize_ocr_front.c */
int jfyp_recognize_runons(jfyp_rec *r);      /* recognize_runons.c */
int jfyp_recognize_dehyphenate(jfyp_rec *r); /* recognize_dehyphenate.c */
int jfyp_recognize_smallcaps(jfyp_rec *r);   /* recognize_smallcaps.c */
int jfyp_recognize_backmatter(jfyp_rec *r);  /* recognize_backmatter.c */
int jfyp_recognize_pdf_banners(jfyp_rec *r); /* recognize_pdf_banners.c */
/* Whether line s prints the journal's own name (h->journal_names, any
 * case, spacing or punctuation), alone or with a web address or its
 * citation; with part set, its first or last words alone too ("ACTA" over
 * "AMAZONICA"). (recognize_pdf_banners.c) */
int jfyp_journal_name_line(const jfyp_hints *h, const char *s, int part);
int jfyp_recognize_pdf_tables(jfyp_rec *r);  /* recognize_pdf_tables.c */
int jfyp_recognize_pdf_cells(jfyp_rec *r);   /* recognize_pdf_cells.c */
int jfyp_recognize_pdf_figtext(jfyp_rec *r); /* recognize_pdf_cells.c */
int jfyp_recognize_float_dois(jfyp_rec *r);  /* recognize_figure_text.c */
int jfyp_recognize_formula_lines(jfyp_rec *r); /* recognize_figure_text.c */
int jfyp_recognize_cut_sentences(jfyp_rec *r); /* recognize_runons.c */
int jfyp_recognize_supplementary(jfyp_rec *r); /* recognize_captions.c */
int jfyp_recognize_table_notes(jfyp_rec *r);  /* recognize_figure_text.c */
int jfyp_recognize_figure_debris(jfyp_rec *r); /* recognize_figure_text.c */
int jfyp_recognize_bullets(jfyp_rec *r);     /* recognize_bullets.c */
size_t jfyp_bullet_at(const char *s);        /* recognize_bullets.c */
int jfyp_recognize_captions(jfyp_rec *r);    /* recognize_captions.c */
int jfyp_recognize_headings(jfyp_rec *r);    /* recognize_headings.c */
size_t jfyp_dense_measure(size_t *w, size_t len); /* recognize_headings.c */
int jfyp_recognize_contributions(jfyp_rec *r); /* recognize_contributions.c */

/* Section names and heading shapes (recognize_headings.c), shared by the
 * body and back-matter recognizers. */
enum { JFYP_SEC_NONE, JFYP_SEC_TOP, JFYP_SEC_ACK, JFYP_SEC_FUNDING, JFYP_SEC_BACK,
       JFYP_SEC_FRONT, JFYP_SEC_REFS };
/* What a conventional section title names: JFYP_SEC_TOP for the body's
 * usual top-level sections (Introduction, Methods...), the others for
 * acknowledgements, funding, back-matter statements, front matter
 * (Abstract, Keywords) and references; JFYP_SEC_NONE for any other title. */
int jfyp_section_kind(const char *title);
int jfyp_is_section_name(const char *title);
/* The JATS sec-type of a conventional title, or NULL. */
const char *jfyp_section_type(const char *title);
/* The same, of a title that may gloss the name in a parenthesis after it
 * ("1. Introduction (why herbal genomics?)"). */
int jfyp_glossed_section_kind(const char *title);
const char *jfyp_glossed_section_type(const char *title);
/* Length of a leading section number ("2.1 ", "3. ", "II. "), 0 if none;
 * *depth (may be NULL) gets its number of levels. */
size_t jfyp_section_number(const char *s, int *depth);
/* A caption's opening label ("Figure 1", "Fig. 2", "Table S1"). */
int jfyp_is_caption_start(const char *s);
/* 1 when the top-level block reads as a heading: a Markdown heading, a
 * lone short line, a bold line alone, a one-item numbered list; *text gets
 * its plain text (malloc'd). 0 when not, -1 on out of memory. */
int jfyp_heading_text(const jfy_node *n, char **text);
/* Underlined blocks that are no Markdown headings (a sign alone under
 * text, a table's cells) back to paragraphs, as printed
 * (recognize_headings.c); run in page clean-up, before the cells reader.
 * -1 on out of memory. */
int jfyp_demote_underlines(jfyp_rec *r);

#endif
