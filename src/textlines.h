/* textlines.h - the printed lines of a paragraph, for recognizers that read
 * labelled lines ("Received: ...", "Keywords: ...", "Copyright ...") which
 * extraction leaves inside a larger paragraph or wrapped over several lines.
 * Internal. */
#ifndef JFY_TEXTLINES_H
#define JFY_TEXTLINES_H

#include "recognize.h"

typedef struct {
    jfy_node *first, *last; /* the line's inline nodes in its paragraph */
    const char *text;       /* its plain text, white space squeezed */
} jfyp_line;

typedef struct {
    jfyp_line *v;
    size_t n;
} jfyp_lines;

/* Splits a paragraph (or heading) at its soft and hard line breaks. 0, or
 * -1 on out of memory. The lines may be shared with other holders of the
 * same paragraph's lines: read them, do not write into them. */
int jfyp_lines_of(jfy_node *para, jfyp_lines *out);
/* The same, the lines the caller's own to write into. */
int jfyp_lines_of_own(jfy_node *para, jfyp_lines *out);
/* Frees the lines and their texts, which are not the caller's to free one
 * by one. */
void jfyp_lines_free(jfyp_lines *l);
/* jfyp_lines_of reuses the lines it made for a paragraph still unchanged;
 * this drops the lines the calling thread keeps (the end of a document);
 * their table stays for its next document. */
void jfyp_lines_forget(void);

/* Removes lines [from, to] (inclusive) from their paragraph, with the break
 * that separated them from the rest. Returns 1 when the paragraph is left
 * with no text (the caller frees it), else 0. The lines' text stays valid;
 * their node pointers do not, but those of the lines before from do (a
 * caller may remove lines going up with the one l). l becomes the
 * caller's own (jfyp_lines_of). */
int jfyp_lines_remove(jfy_node *para, jfyp_lines *l, size_t from, size_t to);

/* Moves lines [i, end) of para (0 < i < l->n) into a new paragraph right
 * after it, dropping the break between lines i-1 and i. The new paragraph,
 * or NULL when out of memory (para unchanged). */
jfy_node *jfyp_lines_split(jfy_node *para, jfyp_lines *l, size_t i);
/* Moves lines [from, to) of para (0 < from < to <= l->n) into a new
 * paragraph right after it; lines after them stay in para, parted from
 * those before by the break that followed the moved ones. NULL when out of
 * memory (para unchanged). */
jfy_node *jfyp_lines_lift(jfy_node *para, jfyp_lines *l, size_t from, size_t to);

/* Lines joined into one string: a word hyphenated across a line end is
 * made whole again when a lower-case letter follows. malloc'd; NULL on OOM. */
char *jfyp_lines_join(const jfyp_lines *l, size_t from, size_t to);
/* The same for two strings already joined per line (a + next). */
char *jfyp_join_wrapped(const char *a, const char *b);

/* Page furniture a recognizer reading across a page break steps over: a
 * paragraph of page numbers and of lines repeated on the page (running
 * headers and footers). */
int jfyp_is_furniture(const jfyp_rec *r, jfy_node *para);

/* Whether s starts with label (ASCII case-insensitive) as a whole word;
 * returns the text after it and any ":" / "." / "-" and spaces after the
 * label, or NULL. */
const char *jfyp_after_label_rest(const char *s, const char *label);
static inline const char *jfyp_after_label(const char *s, const char *label) {
    /* most tries fail on the first letter: tested here, where the call
     * costs more than the test */
    if (*label && (*s | 0x20) != (*label | 0x20))
        return NULL;
    return jfyp_after_label_rest(s, label);
}

/* A heading-like line on a plain page: short, no sentence end, starts with
 * an upper-case letter or a section number. */
int jfyp_looks_like_heading(const char *s);

/* Whether the text starts with a lower-case letter (a continued sentence). */
int jfyp_starts_lower(const char *s);

/* A line opening a labelled field: "Data Availability: ...", a short
 * label of words and a colon. */
int jfyp_opens_field(const char *s);

/* Continues text over a page break: page furniture stepped over, the next
 * paragraph's lines (up to a labelled one) appended when the text stops
 * mid-sentence and they go on in lower case. Those lines are claimed.
 * 0, or -1 on out of memory. */
int jfyp_take_continuation(jfyp_rec *r, jfy_node *para, char **text);

/* Whether t, a heading or a line of its own, opens the reference list. */
int jfyp_is_references_heading(const char *t);

/* The text after a keyword label ("Keywords:", "KEY WORDS", "Palavras-chave")
 * opening s, or NULL (recognize_keywords.c). */
const char *jfyp_keywords_label(const char *s);

/* The plain text of the inline nodes first..last (siblings), white space
 * collapsed and trimmed. malloc'd; NULL on out of memory. */
char *jfyp_range_text(const jfy_node *first, const jfy_node *last);

/* Runs paragraph q on at the end of p, a line break between, and frees q.
 * 0, or -1 when out of memory (both unchanged). */
int jfyp_paras_join(jfy_node *p, jfy_node *q);

#endif
