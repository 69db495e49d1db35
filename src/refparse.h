/* refparse.h - one printed reference entry split into its parts.
 *
 * The entry's text is kept whole (a JATS mixed-citation keeps every
 * character as printed); the parts it recognizes (authors, year, titles,
 * source, volume, issue, pages, publisher, DOI/PMID) become typed inline
 * nodes around spans of that text, the rest stays TEXT between them. */
#ifndef JFY_REFPARSE_H
#define JFY_REFPARSE_H

#include "node.h"

/* Appends the parts of text (one entry, label already removed) as inline
 * children of cit, a CITATION, and sets its publication-type (journal,
 * book or other). Returns 0, or -1 on out of memory. */
int jfyp_ref_parse(const char *text, jfy_node *cit);

/* Whether the text at s starts with one personal name as reference lists
 * print them ("Smith, A. B.", "Smith AB", "A. B. Smith"); returns the
 * byte length of the name, 0 when none. Used to find where a wrapped
 * author-year entry begins. */
size_t jfyp_ref_name_at(const char *s);

#endif
