/* recognize_backmatter.c - the statements after the article's text:
 * acknowledgements, funding, competing interests, author contributions,
 * data availability, ethics.
 *
 * Each comes either as a section (a heading from the shared section names,
 * then its paragraphs up to the next heading) or as a paragraph that opens
 * with its name ("Funding: This work was supported..."). Acknowledgements
 * become the back's ack; funding the funding-group's statement; the others
 * back sections with their JATS4R sec-type (COI-statement,
 * data-availability, author-contributions, ethics-statement). */
#include "recognize.h"
#include "textlines.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static jfy_node *make_container(int kind, const char *title_text) {
    jfy_node *c;
    if (kind == JFYP_SEC_ACK)
        c = jfyp_node_new(JFY_N_ACK);
    else if (kind == JFYP_SEC_FUNDING)
        c = jfyp_node_new(JFY_N_FUNDING);
    else {
        c = jfyp_node_new(JFY_N_SECTION);
        const char *type = jfyp_section_type(title_text);
        if (c && type && jfyp_node_set_attr(c, "sec-type", type) < 0) {
            jfyp_node_free(c);
            return NULL;
        }
    }
    return c;
}

static size_t inline_label(const jfy_node *p, int *kind, char **title);

/* 1 when list is numbered from 2 on and its first item opens with a
 * heading-shaped line over more text: a numbered section run into its
 * text. -1 on out of memory. */
static int numbered_section(jfy_node *list) {
    const char *st = jfyp_node_attr(list, "start");
    jfy_node *p = list->first ? list->first->first : NULL;
    if (!jfyp_node_attr(list, "ordered") || !st || atoi(st) < 2 || !p || p->type != JFY_N_PARAGRAPH)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(p, &l) < 0)
        return -1;
    int h = 0;
    if (l.n >= 2) {
        const char *t = l.v[0].text;
        size_t n = strlen(t);
        h = n && !jfyp_starts_lower(t) && jfyp_count_words(t) <= 8 && !strchr(".,;:", t[n - 1]);
    }
    jfyp_lines_free(&l);
    return h;
}

/* 1 when paragraph p opens with the name of the supplementary files'
 * section alone on a line (no full stop, colon or text after it) over
 * more lines; -1 on out of memory. */
static int named_first_line(jfy_node *p) {
    jfyp_lines l;
    if (jfyp_lines_of(p, &l) < 0)
        return -1;
    int named = 0;
    if (l.n >= 2) {
        const char *t = l.v[0].text;
        size_t n = strlen(t);
        const char *type = jfyp_section_type(t);
        named = n && !strchr(".:", t[n - 1]) && type && strcmp(type, "supplementary-material") == 0;
    }
    jfyp_lines_free(&l);
    return named;
}

/* Content of a section: blocks up to the next heading or caption. The
 * first block is taken whatever its shape ("None declared." may be a lone
 * short line). */
static int take_content(jfyp_rec *r, jfy_node *c, jfy_node *from, int md_level) {
    jfy_node *n = from;
    int first = 1;
    while (n) {
        jfy_node *next = jfyp_rec_next(r, n);
        /* a list numbered from 9 whose item opens with a heading is the
         * article's next numbered section run into its text ("9.
         * Patient's perspective" / text), the statement's own text
         * printed elsewhere */
        int sect = n->type == JFY_N_LIST ? numbered_section(n) : 0;
        if (sect < 0)
            return -1;
        if (sect)
            break;
        if (n->type == JFY_N_HEADING) {
            const char *ls = jfyp_node_attr(n, "level");
            if (!md_level || !ls || atoi(ls) <= md_level)
                break;
        } else if (n->type != JFY_N_PARAGRAPH && n->type != JFY_N_LIST &&
                   n->type != JFY_N_QUOTE && n->type != JFY_N_TABLE) {
            break;
        } else {
            char *t = NULL;
            int s = jfyp_heading_text(n, &t);
            if (s < 0)
                return -1;
            /* the first block may be a lone short line ("None
             * declared."), but not the name of the next statement: a
             * heading over the statements as a group ("Additional
             * information and declarations" / "Funding") has none of
             * its own */
            int stop = s == 1 && (first && n->type == JFY_N_PARAGRAPH
                                      ? jfyp_section_kind(t) != JFYP_SEC_NONE &&
                                            jfyp_section_kind(t) != JFYP_SEC_TOP
                                      : md_level == 0 || jfyp_section_kind(t) != JFYP_SEC_NONE);
            free(t);
            if (stop)
                break;
        }
        if (n->type == JFY_N_PARAGRAPH) {
            /* the next statement, "Funding: ..." */
            int kind;
            char *lt = NULL;
            size_t cut = inline_label(n, &kind, &lt);
            free(lt);
            if (cut == (size_t)-1)
                return -1;
            if (cut)
                break;
            char *p = jfyp_node_plain(n);
            if (!p)
                return -1;
            int cap = jfyp_is_caption_start(jfyp_trim(p));
            free(p);
            if (cap)
                break;
            /* the supplementary files' section named alone on its
             * block's first line, its text under it ("Supplemental
             * Material" / "Supplemental material for this article is
             * available online."): a section of the body's end, where
             * the statements before it end */
            int named = first ? 0 : named_first_line(n);
            if (named < 0)
                return -1;
            if (named)
                break;
        }
        jfyp_node_append(c, n);
        if (n->end_line > c->end_line) {
            c->end_line = n->end_line;
            c->end_col = n->end_col;
        }
        first = 0;
        n = next;
    }
    return 0;
}

/* FUNDING keeps its text as the statement attribute. */
static int finish_funding(jfy_node *f) {
    jfyp_buf b;
    jfyp_buf_init(&b);
    for (jfy_node *k = f->first; k; k = k->next) {
        if (k->type == JFY_N_TITLE)
            continue;
        char *t = jfyp_node_plain(k);
        if (!t) {
            jfyp_buf_free(&b);
            return -1;
        }
        if (b.len)
            jfyp_buf_putc(&b, ' ');
        jfyp_buf_puts(&b, jfyp_squeeze(t));
        free(t);
    }
    char *s = jfyp_buf_finish(&b);
    if (!s)
        return -1;
    int rc = *s ? jfyp_node_set_attr(f, "statement", s) : 0;
    free(s);
    while (f->first)
        jfyp_node_free(f->first);
    return rc;
}

static void place(jfyp_rec *r, jfy_node *c) {
    if (c->type == JFY_N_FUNDING)
        jfyp_node_append(r->front, c);
    else
        jfyp_node_append(r->back, c);
}

/* A section opened by a heading block h with text t. */
static int from_heading(jfyp_rec *r, jfy_node *h, const char *t, int kind) {
    jfy_node *c = make_container(kind, t);
    jfy_node *title = jfyp_node_new(JFY_N_TITLE);
    if (!c || !title) {
        jfyp_node_free(c);
        jfyp_node_free(title);
        return -1;
    }
    jfyp_node_span_from(c, h);
    jfyp_node_span_from(title, h);
    if (h->type == JFY_N_LIST) {
        jfy_node *x = jfyp_node_new_text(JFY_N_TEXT, t);
        if (!x) {
            jfyp_node_free(c);
            jfyp_node_free(title);
            return -1;
        }
        jfyp_node_append(title, x);
    } else if (h->first && h->first == h->last && h->first->type == JFY_N_STRONG) {
        jfyp_node_move_children(h->first, title);
    } else {
        jfyp_node_move_children(h, title);
    }
    /* "ACKNOWLEDGMENTS:" reads as "ACKNOWLEDGMENTS" */
    jfy_node *lt = title->last;
    if (lt && lt->type == JFY_N_TEXT && lt->text) {
        size_t n = strlen(lt->text);
        while (n && (lt->text[n - 1] == ':' || lt->text[n - 1] == ' '))
            lt->text[--n] = '\0';
        jfyp_node_changed(lt);
    }
    jfyp_node_append(c, title);
    const char *ls = h->type == JFY_N_HEADING ? jfyp_node_attr(h, "level") : NULL;
    int level = ls ? atoi(ls) : 0;
    jfy_node *from = jfyp_rec_next(r, h);
    jfyp_node_free(h);
    if (take_content(r, c, from, level) < 0) {
        jfyp_node_free(c);
        return -1;
    }
    if (c->type == JFY_N_FUNDING && finish_funding(c) < 0) {
        jfyp_node_free(c);
        return -1;
    }
    /* a funding heading whose statement the page printed elsewhere
     * states nothing */
    if (c->type == JFY_N_FUNDING && !jfyp_node_attr(c, "statement")) {
        jfyp_node_free(c);
        return 0;
    }
    /* nor a heading over the statements as a group, none of them
     * itself: they follow as back sections of their own */
    if (c->type == JFY_N_SECTION && c->first == c->last && !jfyp_node_attr(c, "sec-type")) {
        jfyp_node_free(c);
        return 0;
    }
    place(r, c);
    return 0;
}

/* The statements' names the shared section names do not hold (the
 * sections stage reads those): only statements are so named, as a
 * heading or run into their text; "Informed consent" alone may head a
 * part of the methods, "Informed consent statement" may not. */
static const char *const statement_names[] = {
    "patient consent for publication", "provenance and peer review",
    "institutional review board statement",
    "informed consent statement", "author contribution", "declaration of conflicting interests",
    /* BMJ's and SAGE's heading over the authors' ORCID links */
    "orcid id", "orcid ids",
    NULL};

/* The kind of statement name t is: ACK, FUNDING or BACK, or NONE. */
static int statement_kind(const char *t) {
    int kd = jfyp_section_kind(t);
    if (kd == JFYP_SEC_ACK || kd == JFYP_SEC_FUNDING || kd == JFYP_SEC_BACK)
        return kd;
    for (int i = 0; statement_names[i]; i++)
        if (jfyp_strieq(t, statement_names[i]))
            return JFYP_SEC_BACK;
    return JFYP_SEC_NONE;
}

static int has_lower(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (islower((unsigned char)s[i]))
            return 1;
    return 0;
}

/* "Competing interests The authors declare...", "Patient consent for
 * publication Not applicable.": a statement's name set in bold and run
 * into its text, the bold lost in the extraction. The name's words, then
 * a word opening on a capital: a sentence never goes on from the name so
 * ("Ethics approval was obtained" is body text), and the capital tells
 * the name's end ("Ethics approval This study" is not "Ethics" over
 * "approval This study"). A name in capitals has the text's first word in
 * small letters after it ("CONFLICT OF INTEREST None declared."): a heading
 * in capitals over its text ("ETHICS AND DISSEMINATION") is no name run
 * in. Returns what inline_label does. */
static size_t run_in_label(const char *s, int *kind, char **title) {
    size_t e = 0;
    for (int words = 0; words < 7; words++) {
        while (s[e] && s[e] != ' ')
            e++;
        if (s[e] != ' ' || e > 60)
            return 0;
        if (isupper((unsigned char)s[e + 1]) && e >= 4 &&
            (has_lower(s, e) || has_lower(s + e + 1, strcspn(s + e + 1, " ")))) {
            char *t = jfyp_strndup(s, e);
            if (!t)
                return (size_t)-1;
            int kd = statement_kind(t);
            if (kd != JFYP_SEC_NONE) {
                *kind = kd;
                *title = t;
                return e + 1;
            }
            free(t);
        }
        e++;
    }
    return 0;
}

/* "Funding: ...", "**Acknowledgements** We thank...": the name, then ':'
 * or '.', at the paragraph's start. Returns the length of the name plus its
 * punctuation in the first text, 0 when the paragraph does not open so. */
static size_t inline_label(const jfy_node *p, int *kind, char **title) {
    const jfy_node *k = p->first;
    if (!k)
        return 0;
    if (k->type == JFY_N_STRONG) {
        char *t = jfyp_node_plain(k);
        if (!t)
            return (size_t)-1;
        jfyp_trim(t);
        size_t n = strlen(t);
        while (n && (t[n - 1] == ':' || t[n - 1] == '.'))
            t[--n] = '\0';
        int kd = jfyp_section_kind(t);
        if (kd == JFYP_SEC_ACK || kd == JFYP_SEC_FUNDING || kd == JFYP_SEC_BACK) {
            *kind = kd;
            *title = t;
            return 1;
        }
        free(t);
        return 0;
    }
    if (k->type != JFY_N_TEXT || !k->text)
        return 0;
    const char *s = k->text;
    size_t e = strcspn(s, ":.");
    if (!s[e] || e > 60 || e < 4)
        return run_in_label(s, kind, title);
    char *t = jfyp_strndup(s, e);
    if (!t)
        return (size_t)-1;
    jfyp_trim(t);
    int kd = statement_kind(t);
    /* who reviewed the article, among the statements a short article
     * prints at its end ("Reviewed By: Anonymous"); only run in: the
     * label alone heads a side column's reviewers at the article's head */
    if (kd == JFYP_SEC_NONE && jfyp_strieq(t, "reviewed by"))
        kd = JFYP_SEC_BACK;
    if (kd != JFYP_SEC_ACK && kd != JFYP_SEC_FUNDING && kd != JFYP_SEC_BACK) {
        free(t);
        /* "Funding Nil.": the stop ends the statement, not its name */
        return run_in_label(s, kind, title);
    }
    *kind = kd;
    *title = t;
    return e + 1;
}

static int from_paragraph(jfyp_rec *r, jfy_node *p, size_t cut, int kind, const char *t) {
    jfy_node *c = make_container(kind, t);
    jfy_node *title = jfyp_node_new_with_text(JFY_N_TITLE, t);
    if (!c || !title) {
        jfyp_node_free(c);
        jfyp_node_free(title);
        return -1;
    }
    jfyp_node_span_from(c, p);
    jfyp_node_span_from(title, p);
    jfyp_node_append(c, title);
    jfy_node *k = p->first;
    if (k->type == JFY_N_STRONG) {
        jfyp_node_free(k);
    } else {
        memmove(k->text, k->text + cut, strlen(k->text + cut) + 1);
        jfyp_node_changed(k);
    }
    jfyp_node_lstrip(p);
    jfyp_node_append(c, p);
    if (c->type == JFY_N_FUNDING && finish_funding(c) < 0) {
        jfyp_node_free(c);
        return -1;
    }
    place(r, c);
    return 0;
}

/* 1 when block n opens a statement: a heading naming one, or a paragraph
 * with its name run in; -1 on out of memory. */
static int statement_at(jfy_node *n) {
    char *t = NULL;
    int s = jfyp_heading_text(n, &t);
    if (s < 0)
        return -1;
    int kind = s == 1 ? statement_kind(t) : JFYP_SEC_NONE;
    free(t);
    t = NULL;
    if (kind == JFYP_SEC_ACK || kind == JFYP_SEC_FUNDING || kind == JFYP_SEC_BACK)
        return 1;
    if (n->type != JFY_N_PARAGRAPH)
        return 0;
    size_t cut = inline_label(n, &kind, &t);
    free(t);
    return cut == (size_t)-1 ? -1 : cut != 0;
}

int jfyp_recognize_backmatter(jfyp_rec *r) {
    for (jfy_node *n = jfyp_rec_first(r); n;) {
        jfy_node *next = jfyp_rec_next(r, n);
        char *t = NULL;
        int s = jfyp_heading_text(n, &t);
        if (s < 0)
            return -1;
        if (s == 1) {
            int kind = statement_kind(t);
            if (kind == JFYP_SEC_ACK || kind == JFYP_SEC_FUNDING || kind == JFYP_SEC_BACK) {
                /* its content goes with it; carry on after what is left */
                jfy_node *prev = n->prev;
                int rc = from_heading(r, n, t, kind);
                free(t);
                if (rc < 0)
                    return -1;
                n = prev ? jfyp_rec_next(r, prev) : jfyp_rec_first(r);
                continue;
            }
            /* "Declarations" over the statements as a group (BMC,
             * Springer): no statement itself, and no part of the body
             * once they are gone */
            if (jfyp_strieq(t, "declarations") && next) {
                int gs = statement_at(next);
                if (gs < 0) {
                    free(t);
                    return -1;
                }
                if (gs) {
                    free(t);
                    jfyp_node_free(n);
                    n = next;
                    continue;
                }
            }
            free(t);
            t = NULL;
        }
        /* a statement on one line may look like a heading ("Reviewed By:
         * Anonymous"): its label names it all the same */
        if (n->type == JFY_N_PARAGRAPH) {
            int kind = 0;
            size_t cut = inline_label(n, &kind, &t);
            if (cut == (size_t)-1)
                return -1;
            if (cut) {
                int rc = from_paragraph(r, n, cut, kind, t);
                free(t);
                if (rc < 0)
                    return -1;
            }
        }
        n = next;
    }
    return 0;
}
