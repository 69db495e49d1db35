/* front.h - reading the top of a page, shared by the front-matter
 * recognizers (title, bylines, affiliations): a block's text as printed,
 * and where the front matter ends. */
#ifndef JFY_FRONT_H
#define JFY_FRONT_H

#include "recognize.h"

/* Superscript text (SUP nodes, <sup>..</sup>, ^..^, Unicode superscript
 * digits) is wrapped in this byte on both sides in front texts. */
#define JFYP_SUP '\x1f'

/* A block's text as the page printed it: emphasis marks restored ("*",
 * "**") because the Markdown parser reads the asterisks of author markers
 * as emphasis; line ends as spaces, except that a word broken across lines
 * is rejoined ("Calvo-" + "Bado" -> "Calvo-Bado", "Uni-" + "versity" ->
 * "University"). With lines set, line ends are kept as '\n' instead and
 * list items become lines "* text" / "N text". malloc'd; NULL on OOM. */
char *jfyp_front_text(const jfy_node *block, int lines);

/* Removes the superscript marks in place; returns s. */
char *jfyp_front_unsup(char *s);

/* Whether the text starts with a front-matter label other recognizers
 * own or that is never a title, byline or affiliation: Received, DOI,
 * Keywords, Copyright, Abstract, Citation, Edited by and the like. */
int jfyp_front_meta_line(const char *text);

/* Whether a block ends the front matter at the top of the page: an
 * "Abstract" or "Introduction" line, running prose, and with headings set
 * any heading below level 1. */
int jfyp_front_stop(const jfy_node *block, const char *text, int headings);

/* The email addresses in text, in order: *n of them, each malloc'd, and
 * their byte offsets in *at (may be NULL). -1 on OOM. */
int jfyp_front_emails(const char *text, char ***out, size_t **at, size_t *n);
void jfyp_front_strv_free(char **v, size_t n);

/* Mends in place the e-mail addresses extraction broke: a line end before
 * or after the "@" ("name @host.org", "name@ host.org"), inside the
 * domain before its first dot ("name@host. org"), and the underscore
 * drawn as a rule and lost after "; " ("; first last@host.org"). Returns s. */
char *jfyp_front_mend_emails(char *s);

/* Institution words ("University", "Department", "Institute" in several
 * languages): how an affiliation shows itself. */
int jfyp_front_has_institution_word(const char *text);

/* The JATS article-type a printed label names ("RESEARCH ARTICLE" ->
 * research-article), or NULL; *printed gets the label as printed, without
 * typography (malloc'd, NULL when no type or on OOM). */
const char *jfyp_article_type_label(const char *text, char **printed);
/* Whether a block is a scrap of a page head broken a word a line: at most
 * two words, no sentence. */
int jfyp_article_type_fragment(const char *text);

/* Whether a line is an article-type label ("Research Article",
 * "CORRECTION") or a journal's running header ("eLife 2015; 4: e07586"),
 * as the title reader takes them (recognize_title.c). */
int jfyp_title_label_line(const char *t);

/* Whether a title opens on the words of a notice about another paper
 * ("Retracted: ...", "Erratum to ...", "Corrigendum", "Expression of
 * Concern"), which its journal may sign (recognize_title.c). */
int jfyp_notice_title(const char *t);
int jfyp_title_running_header(const char *t);
/* The language of text t, or of the article's title as read: 1 English,
 * 2 a Romance language, 0 unclear (by the small words). */
int jfyp_lang_of(const char *t);
int jfyp_title_lang(const jfyp_rec *r);
/* Whether a line reads as part of an author block printed under a name
 * (an institution, an address, an e-mail, an acronym alone). */
int jfyp_title_author_block_line(const char *t);

/* ---- bylines (recognize_bylines.c) ---- */

/* One name of a byline as printed: "Jane Q. Smith1,2*" gives name
 * "Jane Q. Smith", markers "1,2,*". */
typedef struct {
    char *name;
    char *markers; /* comma-separated, "" when none */
    char *orcid;   /* the iD when printed beside the name, else NULL */
} jfyp_byname;

/* Whether text (a jfyp_front_text) reads as a byline: names separated by
 * commas, semicolons, "and" or "&", each with its markers. 1 and out, n
 * filled, 0 when it does not (nothing allocated), -1 on OOM. */
int jfyp_byline_read(const char *text, jfyp_byname **out, size_t *n);
void jfyp_byline_free(jfyp_byname *v, size_t n);
/* jfyp_byline_read for readers that weigh a byline without keeping it:
 * how many names it holds and whether any carries a marker (0 and 0 when
 * it is no byline). Same return. */
int jfyp_byline_weigh(const char *text, size_t *names, int *marked);
/* Whether text is one name set in small capitals that a reader gave in
 * lower case, with its marker ("huma ali1", "Bahy a ali2,3"). */
int jfyp_byline_lower_name(const char *text);

#endif
