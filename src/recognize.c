#include "recognize.h"
#include "textlines.h"

#include <stdio.h>
#include <stdlib.h>

void jfyp_rec_replace_run(jfyp_rec *r, jfy_node *b, jfy_node *last, jfy_node *with) {
    jfy_node *stop = jfyp_rec_next(r, last);
    jfyp_node_span_from(with, b);
    with->end_line = last->end_line;
    with->end_col = last->end_col;
    jfyp_node_insert_before(b, with);
    for (jfy_node *y = b; y != stop;) {
        jfy_node *nx = jfyp_rec_next(r, y);
        jfyp_node_free(y);
        y = nx;
    }
}

int jfyp_rec_preformat_run(jfyp_rec *r, jfy_node *b, jfy_node *last, jfyp_buf *text) {
    char *t = jfyp_buf_finish(text);
    jfy_node *pre = t ? jfyp_node_new_text(JFY_N_CODE_BLOCK, t) : NULL;
    free(t);
    if (!pre)
        return -1;
    jfyp_rec_replace_run(r, b, last, pre);
    return 0;
}

char *jfyp_rec_id(jfyp_rec *r, int kind, const char *prefix) {
    return jfyp_printf("%s%u", prefix, ++r->counters[kind & 7]);
}

/* Whatever no recognizer claimed is body content, in page order. */
static int claim_rest(jfyp_rec *r) {
    jfy_node *n = jfyp_rec_first(r);
    while (n) {
        jfy_node *next = jfyp_rec_next(r, n);
        jfyp_node_append(r->body, n);
        n = next;
    }
    return 0;
}

/* The order matters: page clean-up before anything reads lines; front
 * matter is read from the top of the page before the masthead and colophon
 * take their blocks; references and back matter before headings become
 * sections; inline meaning (cross-references, citations) last, over the
 * whole tree. */
static const jfyp_recognizer pipeline[] = {
    /* the journal's citation line, read before clean-up drops it as a
     * running head or banner */
    jfyp_recognize_citation_line,
    /* and the kind of article a running head names */
    jfyp_recognize_running_type,
    /* and a copyright statement printed only in the running foot */
    jfyp_recognize_running_copyright,
    /* 1. page clean-up; a two-column page read a line of each column in
     * turn back in column order first, before any reader joins or drops
     * its lines */
    jfyp_recognize_interleaved,
    /* text set sideways, one glyph to a line, before its blocks part
     * the halves of a paragraph a page break cut */
    jfyp_recognize_vertical_text,
    /* a logo OCR read into the journal's name at the page's head, before
     * the name is taken for a running head */
    jfyp_recognize_ocr_logo,
    jfyp_recognize_pdf_furniture,
    /* before page numbers go: a table's figures stand alone like them */
    jfyp_recognize_pdf_tables,
    jfyp_recognize_pages,
    jfyp_recognize_runons,
    jfyp_recognize_dehyphenate,
    /* small capitals read in mixed case, before any reader of heads,
     * labels or bylines */
    jfyp_recognize_smallcaps,
    jfyp_recognize_inline,
    /* copyright and history lines cut from the blocks extraction ran
     * them into, before any reader of those blocks takes them */
    jfyp_recognize_copyright_lines,
    /* a side column's history field run into the byline's first line */
    jfyp_recognize_ocr_front,
    jfyp_recognize_history_lines,
    jfyp_recognize_doi_lines,
    /* 2. front matter at the top of the page; the publisher's logo line,
     * the cover credit and the production notes first, so that no title,
     * label or copyright reader takes them (hard-wrapped text keeps the
     * printer line in the copyright line's paragraph) */
    jfyp_recognize_publisher_line,
    jfyp_recognize_cover,
    jfyp_recognize_colophon,
    jfyp_recognize_article_label,
    jfyp_recognize_reviewed_book,
    /* the journal's citation line, web address and badges above the title,
     * once the logo line, the colophon and a reviewed book's citation are
     * read */
    jfyp_recognize_pdf_banners,
    jfyp_recognize_title,
    jfyp_recognize_bylines,
    jfyp_recognize_affiliations,
    /* a licence paragraph under the abstract is no part of it */
    jfyp_recognize_license_paragraphs,
    jfyp_recognize_abstract,
    jfyp_recognize_affiliations_late,
    jfyp_recognize_keywords,
    jfyp_recognize_dates,
    /* the citation line's year where the page printed no publication date */
    jfyp_recognize_citation_date,
    jfyp_recognize_doi,
    jfyp_recognize_permissions,
    /* 3. masthead, offices (after the bylines: staff who wrote the page
     * get their masthead roles) */
    jfyp_recognize_masthead,
    /* 4. references and back matter */
    jfyp_recognize_references,
    jfyp_recognize_backmatter,
    /* figures left of a table or chart, once the reference list has
     * taken its labels */
    jfyp_recognize_pdf_cells,
    /* lists printed with bullet glyphs, before a lone item is taken for a
     * heading */
    jfyp_recognize_bullets,
    /* 5. headings and sections */
    jfyp_recognize_captions,
    /* a figure's own labels before its caption, a table's after, once
     * the captions are read */
    jfyp_recognize_pdf_figtext,
    /* a figure's or a table's own DOI line into its caption, and a
     * display formula's pieces out of the paragraphs, before a lone piece
     * is taken for a heading */
    jfyp_recognize_float_dois,
    jfyp_recognize_table_notes,
    jfyp_recognize_formula_lines,
    jfyp_recognize_headings,
    jfyp_recognize_sections,
    claim_rest,
    /* a sentence cut between two boxes of the page, in the body's
     * sections once they are read */
    jfyp_recognize_cut_sentences,
    /* the items of the supplementary files' section, once it is made */
    jfyp_recognize_supplementary,
    /* the kind of article, where no label named it, from the shapes read
     * so far (title, salutation, sections) */
    jfyp_recognize_article_shape,
    /* 6. the author-contributions statement, once authors and its section
     * exist, as CRediT roles on the authors */
    jfyp_recognize_contributions,
    /* a chart's or a table's lines left between the paragraphs, once
     * every reader of sections and their paragraphs is done */
    jfyp_recognize_figure_debris,
    /* 7. inline meaning over the whole tree */
    jfyp_recognize_pagerefs,
    jfyp_recognize_citations,
    /* 8. the title kept aside when no reader found one, last: no reader
     * reads the page around it */
    jfyp_recognize_title_fallback,
};

int jfyp_recognize(jfy_node *doc, jfyp_diags *diags, const jfyp_hints *hints) {
    static const jfyp_hints none;
    jfyp_rec r = {0};
    r.doc = doc;
    r.diags = diags;
    r.hints = hints ? hints : &none;
    r.front = jfyp_node_new(JFY_N_FRONT);
    r.journal = jfyp_node_new(JFY_N_JOURNAL);
    r.body = jfyp_node_new(JFY_N_BODY);
    r.back = jfyp_node_new(JFY_N_BACK);
    if (!r.front || !r.journal || !r.body || !r.back) {
        jfyp_node_free(r.front);
        jfyp_node_free(r.journal);
        jfyp_node_free(r.body);
        jfyp_node_free(r.back);
        return -1;
    }
    jfyp_node_append(r.front, r.journal);
    jfyp_node_prepend(doc, r.front);
    jfyp_node_insert_after(r.front, r.body);
    jfyp_node_append(doc, r.back);
    int rc = 0;
    for (size_t i = 0; i < sizeof pipeline / sizeof *pipeline && rc == 0; i++)
        if (pipeline[i](&r) < 0)
            rc = -1;
    jfyp_lines_forget();
    return rc;
}
