/* recognize_captions.c - figure and table captions: a paragraph that opens
 * with a label ("Figure 1.", "Fig. 2", "**Table 1.**", "Figure 1—figure
 * supplement 2.") is a legend, not body text. It becomes a FIG or
 * TABLE_WRAP with the label and a caption whose title is the first
 * sentence; a Markdown table right after a table caption goes inside.
 * "Figure 1 shows..." is body text: a label counts only when punctuation
 * (a bar set between spaces too: "FIGURE 1 | ..."), bold or a capitalised
 * word follows it, or when it ends its line over a line opening with a
 * capital (a bold label set on a line of its own). A label alone in its
 * block names a figure set as an image: a float with no caption. */
#include "recognize.h"
#include "textlines.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static const char *skip_spaces(const char *p) {
    for (size_t n; (n = jfyp_typeset_space_len(p));)
        p += n;
    return p;
}

/* Length of a caption label at the start of s, 0 if none; *table set for
 * tables; *sep gets the length of the label plus its punctuation. */
static size_t label_len(const char *s, int *table, size_t *sep, int bold) {
    static const char *const words[] = {"figure", "fig.", "fig", "table", "scheme",
                                        "figura", "tabela", "tabla", NULL};
    const char *p = NULL;
    for (int i = 0; words[i] && !p; i++) {
        size_t n = strlen(words[i]);
        if (jfyp_strnieq(s, words[i], n) && !isalpha((unsigned char)s[n])) {
            p = s + n;
            *table = jfyp_strnieq(words[i], "tab", 3);
        }
    }
    if (!p)
        return 0;
    /* "Table-2:", "Figure-1:": the number hyphened to the word */
    if (*p == '-' && isdigit((unsigned char)p[1]))
        p++;
    p = skip_spaces(p);
    int has_num = 0;
    if (*p == 'S' && isdigit((unsigned char)p[1]))
        p++;
    while (isdigit((unsigned char)*p)) {
        p++;
        has_num = 1;
    }
    if (has_num && isalpha((unsigned char)*p) && !isalpha((unsigned char)p[1]))
        p++; /* "Figure 3a" */
    /* eLife's "Figure 1—figure supplement 2" */
    if (has_num && strncmp(p, "\xE2\x80\x94", 3) == 0 && jfyp_strnieq(p + 3, "figure supplement ", 18)) {
        const char *q = p + 21;
        if (isdigit((unsigned char)*q)) {
            while (isdigit((unsigned char)*q))
                q++;
            p = q;
        }
    }
    size_t len = (size_t)(p - s);
    while (len && s[len - 1] == ' ')
        len--;
    const char *q = p;
    /* "FIGURE 1 | Caption", "Fig. 2 | Caption": Frontiers and Nature set
     * the bar between spaces, so it reads as the label's stop only there */
    if (has_num && *q == ' ' && q[1] == '|' && (q[2] == ' ' || !q[2]))
        q++;
    if (*q == '.' || *q == ':' || *q == '|')
        q++;
    else if (!has_num && !bold)
        return 0;
    else if (!bold && has_num && !*q)
        ; /* the label alone: take_label reads the line under it */
    else if (!bold) {
        /* no punctuation: a capitalised word must follow ("Table 1 Baseline") */
        size_t sp = jfyp_typeset_space_len(q);
        const char *w = skip_spaces(q);
        if (!sp || !(isupper((unsigned char)*w) || (unsigned char)*w >= 0x80))
            return 0;
        if (!has_num)
            return 0;
    }
    if (!has_num && !bold)
        return 0;
    q = skip_spaces(q);
    *sep = (size_t)(q - s);
    return len;
}

static int is_abbrev(const char *t, size_t dot) {
    static const char *const ab[] = {"al", "vs", "e.g", "i.e", "sp", "spp", "cf", "ca", "approx",
                                     "no", "fig", "figs", "ref", "refs", "eq", "resp", "var", "subsp", NULL};
    size_t s = dot;
    while (s > 0 && (isalpha((unsigned char)t[s - 1]) || t[s - 1] == '.'))
        s--;
    size_t n = dot - s;
    if (n == 1 && isupper((unsigned char)t[s]))
        return 1; /* an initial */
    for (int i = 0; ab[i]; i++)
        if (strlen(ab[i]) == n && jfyp_strnieq(t + s, ab[i], n))
            return 1;
    return 0;
}

/* Where the first sentence ends inside text node t: index after the
 * full stop, or 0. */
static size_t sentence_end(const char *t, int last_node) {
    for (size_t i = 0; t[i]; i++) {
        if (t[i] != '.' || i == 0)
            continue;
        char nx = t[i + 1];
        if (!(nx == ' ' || nx == '(' || (nx == '\0' && !last_node)))
            continue;
        if (is_abbrev(t, i))
            continue;
        if (nx == ' ' && islower((unsigned char)t[i + 2]))
            continue;
        return i + 1;
    }
    return 0;
}

/* Splits the caption's inline nodes (children of para) into title and
 * paragraph at the end of the first sentence. */
static int split_caption(jfy_node *para, jfy_node *title, jfy_node *rest) {
    jfy_node *k = para->first;
    while (k) {
        jfy_node *next = k->next;
        if (k->type == JFY_N_TEXT && k->text) {
            size_t e = sentence_end(k->text, next == NULL);
            if (e) {
                size_t s = e;
                while (k->text[s] == ' ')
                    s++;
                if (k->text[s]) {
                    jfy_node *tail = jfyp_node_new_text(JFY_N_TEXT, k->text + s);
                    if (!tail)
                        return -1;
                    k->text[e] = '\0';
                    jfyp_node_changed(k);
                    jfyp_node_insert_after(k, tail);
                    next = tail;
                }
                jfyp_node_append(title, k);
                jfyp_node_move_children(para, rest);
                return 0;
            }
        }
        jfyp_node_append(title, k);
        k = next;
    }
    return 0;
}

static int make_float(jfyp_rec *r, jfy_node *p, char *label, int table) {
    jfy_node *f = jfyp_node_new(table ? JFY_N_TABLE_WRAP : JFY_N_FIG);
    jfy_node *lab = jfyp_node_new_text(JFY_N_LABEL, label);
    jfy_node *cap = jfyp_node_new(JFY_N_CAPTION);
    jfy_node *title = jfyp_node_new(JFY_N_TITLE);
    jfy_node *rest = jfyp_node_new(JFY_N_PARAGRAPH);
    char *id = jfyp_rec_id(r, table ? 7 : 6, table ? "tbl" : "fig");
    if (!f || !lab || !cap || !title || !rest || !id || jfyp_node_set_attr(f, "id", id) < 0) {
        free(id);
        jfyp_node_free(f);
        jfyp_node_free(lab);
        jfyp_node_free(cap);
        jfyp_node_free(title);
        jfyp_node_free(rest);
        return -1;
    }
    free(id);
    jfyp_node_span_from(f, p);
    jfyp_node_span_from(lab, p);
    jfyp_node_span_from(cap, p);
    jfyp_node_span_from(title, p);
    jfyp_node_span_from(rest, p);
    jfyp_node_append(f, lab);
    jfyp_node_append(f, cap);
    jfyp_node_append(cap, title);
    if (split_caption(p, title, rest) < 0) {
        jfyp_node_free(rest);
        jfyp_node_free(f);
        return -1;
    }
    if (rest->first)
        jfyp_node_append(cap, rest);
    else
        jfyp_node_free(rest);
    if (!title->first)
        jfyp_node_free(title);
    if (!cap->first)
        jfyp_node_free(cap); /* a label alone */
    jfy_node *next = p->next;
    jfyp_node_insert_before(p, f);
    jfyp_node_free(p);
    if (table && next && next->type == JFY_N_TABLE) {
        jfyp_node_unlink(next);
        jfyp_node_append(f, next);
    }
    return 0;
}

#define TEXT_LINE 40 /* bytes: a last line this long is running text's */

/* Whether the paragraph before p is running text that ends on a word
 * asking for what follows ("... are presented in", "... drug reaction
 * or"): a label alone on the line under it ("Figure 3.") is that word's
 * object, the sentence cut at a column's or a page's end, and the line
 * after it opens the next sentence. Text a float cut elsewhere ("... the
 * conjugate allowed") is over a caption all the same, and a figure's own
 * short lines ("30 basis functions") are no running text. Only the last
 * line is read. -1 on out of memory. */
static int after_open_sentence(const jfy_node *p) {
    const jfy_node *q = p->prev;
    if (!q || q->type != JFY_N_PARAGRAPH || !q->last)
        return 0;
    const jfy_node *k = q->last;
    while (k->prev && !jfyp_inline_is_break(k->prev))
        k = k->prev;
    if (jfyp_inline_is_break(k))
        return 0;
    char *t = jfyp_range_text(k, q->last);
    if (!t)
        return -1;
    size_t n = strlen(t);
    while (n && t[n - 1] == ' ')
        n--;
    static const char *const ask[] = {"in", "of", "to", "on", "at", "by", "for", "from", "with", "into",
                                      "see", "and", "or", "the", "as", "than", "under", "within", NULL};
    size_t w = n;
    while (w && islower((unsigned char)t[w - 1]))
        w--;
    /* the last word whole, on a line as long as running text's */
    int open = 0, whole = n >= TEXT_LINE && (!w || t[w - 1] == ' ');
    for (int i = 0; whole && ask[i] && !open; i++)
        open = strlen(ask[i]) == n - w && strncmp(t + w, ask[i], n - w) == 0;
    free(t);
    return open;
}

/* Reads the label off the paragraph's start; returns it malloc'd, or NULL
 * (with *oom set on out of memory) when the paragraph is no caption. */
static char *take_label(jfy_node *p, int *table, int *oom) {
    jfy_node *k = p->first;
    size_t sep = 0;
    if (k && k->type == JFY_N_STRONG) {
        char *t = jfyp_node_plain(k);
        if (!t) {
            *oom = 1;
            return NULL;
        }
        jfyp_trim(t);
        size_t n = label_len(t, table, &sep, 1);
        if (!n || t[sep] != '\0') {
            free(t);
            return NULL;
        }
        t[n] = '\0';
        jfyp_node_free(k);
        jfyp_node_lstrip(p);
        return t;
    }
    if (!k || k->type != JFY_N_TEXT || !k->text)
        return NULL;
    size_t n = label_len(k->text, table, &sep, 0);
    if (n && !k->text[sep]) {
        /* the label on a line of its own, its caption on the lines under
         * it ("Fig. 1." then "Weekly survival..."): MuPDF and pdftotext
         * set a bold label apart so. A capital must open the next line;
         * body text broken after "Table 1" goes on in lower case. */
        int open = after_open_sentence(p);
        if (open) {
            *oom = open < 0;
            return NULL;
        }
        jfy_node *br = k->next, *t = br ? br->next : NULL;
        if (!br) {
            /* the label alone in its block ("Figure 1" between two
             * paragraphs): the figure was set as an image with its
             * caption in it, and the label names it; no prose */
            char *label = jfyp_strndup(k->text, n);
            if (!label)
                *oom = 1;
            else
                jfyp_node_free(k);
            return label;
        }
        if (!jfyp_inline_is_break(br) || !t || t->type != JFY_N_TEXT || !t->text)
            return NULL;
        const char *w = skip_spaces(t->text);
        if (!(isupper((unsigned char)*w) || isdigit((unsigned char)*w) || *w == '(' || (unsigned char)*w >= 0x80))
            return NULL;
        char *label = jfyp_strndup(k->text, n);
        if (!label) {
            *oom = 1;
            return NULL;
        }
        jfyp_node_free(k);
        jfyp_node_free(br);
        jfyp_node_lstrip(p);
        return label;
    }
    if (!n)
        return NULL;
    char *label = jfyp_strndup(k->text, n);
    if (!label) {
        *oom = 1;
        return NULL;
    }
    memmove(k->text, k->text + sep, strlen(k->text + sep) + 1);
    jfyp_node_changed(k);
    return label;
}

int jfyp_recognize_captions(jfyp_rec *r) {
    for (jfy_node *n = jfyp_rec_first(r); n;) {
        jfy_node *next = jfyp_rec_next(r, n);
        if (n->type == JFY_N_PARAGRAPH) {
            int table = 0, oom = 0;
            char *label = take_label(n, &table, &oom);
            if (oom)
                return -1;
            if (label) {
                /* the table it captions may follow; keep iterating past it */
                if (table && next && next->type == JFY_N_TABLE)
                    next = jfyp_rec_next(r, next);
                int rc = make_float(r, n, label, table);
                free(label);
                if (rc < 0)
                    return -1;
            }
        }
        n = next;
    }
    return 0;
}

/* ---- the list of supplementary files ---- */

/* Length of a file type in brackets opening t ("(TIF)", "(DOCX)",
 * "(XLSX 186 kb)" is not one: the size goes with the item), 0 if none. */
static size_t file_type_len(const char *t) {
    if (*t != '(')
        return 0;
    size_t n = 1;
    while (isupper((unsigned char)t[n]) || (n > 1 && isdigit((unsigned char)t[n])))
        n++;
    return n >= 3 && n <= 5 && t[n] == ')' ? n + 1 : 0;
}

/* Whether t opens with a supplementary item's label: "Additional file 2",
 * "S1 Fig", "S3 Appendix", "S2. Guiding questions", "Supplementary File 1",
 * "Supplementary file 2", "Figure S1", "Table S2". */
static int supp_label(const char *t) {
    static const char *const kinds[] = {"Fig", "Table", "Appendix", "File", "Text", "Data", "Dataset",
                                        "Video", "Movie", "Checklist", "Protocol", "Material",
                                        "Information", NULL};
    if (strncmp(t, "Additional file ", 16) == 0)
        return isdigit((unsigned char)t[16]);
    if (t[0] == 'S' && isdigit((unsigned char)t[1])) {
        const char *p = t + 1;
        while (isdigit((unsigned char)*p))
            p++;
        if (p[0] == '.' && p[1] == ' ')
            return 1;
        if (*p == ' ')
            p++;
        for (int i = 0; kinds[i]; i++) {
            size_t n = strlen(kinds[i]);
            if (strncmp(p, kinds[i], n) == 0 && !islower((unsigned char)p[n]))
                return 1;
        }
        return 0;
    }
    const char *p = NULL;
    if (strncmp(t, "Supplementary ", 14) == 0)
        p = t + 14;
    else if (strncmp(t, "Supplemental ", 13) == 0)
        p = t + 13;
    if (p) {
        while (isalpha((unsigned char)*p))
            p++;
        if (*p++ != ' ')
            return 0;
        if (*p == 'S')
            p++;
        return isdigit((unsigned char)*p);
    }
    if (strncmp(t, "Figure S", 8) == 0)
        return isdigit((unsigned char)t[8]);
    if (strncmp(t, "Fig. S", 6) == 0)
        return isdigit((unsigned char)t[6]);
    if (strncmp(t, "Table S", 7) == 0)
        return isdigit((unsigned char)t[7]);
    return 0;
}

#define SUPP_NOTE 400 /* bytes: a sentence saying where the files are */

/* The first cap bytes at most of paragraph p's plain text into buf,
 * terminated; its whole length returned, a longer text cut. */
static size_t lead_text(const jfy_node *p, char *buf, size_t cap) {
    size_t len = 0, all = 0;
    for (const jfy_node *n = p->first; n; n = jfyp_node_next_in(p, n)) {
        const char *t = jfyp_inline_is_break(n) ? " " : (n->type == JFY_N_TEXT || n->type == JFY_N_CODE) ? n->text : NULL;
        if (!t)
            continue;
        size_t l = strlen(t);
        all += l;
        if (len < cap) {
            size_t k = l < cap - len ? l : cap - len;
            memcpy(buf + len, t, k);
            len += k;
        }
    }
    buf[len] = '\0';
    return all;
}

/* Whether paragraph p, in the supplementary files' section, names those
 * files: an item (its label first, a bullet before it, or the type of the
 * item above: PLOS's "(TIF)" on a line of its own, or run into the next
 * item's label), or the sentence saying where they are ("Supplementary
 * data are available at ... online", "The online version contains
 * supplementary material available at"). Anything else there (a
 * declaration, a citation line a reader ran in) is left as it is. */
static int names_files(const jfy_node *p, int *type_only) {
    char buf[SUPP_NOTE + 1];
    size_t n = lead_text(p, buf, SUPP_NOTE);
    const char *t = buf;
    *type_only = 0;
    if (strncmp(t, "\xE2\x80\xA2 ", 4) == 0)
        t += 4; /* • */
    else if (strncmp(t, "\xC2\xB7 ", 3) == 0)
        t += 3; /* · */
    size_t k = file_type_len(t);
    if (k) {
        t += k;
        while (*t == ' ')
            t++;
        if (!*t) {
            *type_only = 1;
            return 1;
        }
    }
    if (supp_label(t))
        return 1;
    if (k || n > SUPP_NOTE)
        return 0;
    return (jfyp_stristr(t, "supplement") || jfyp_stristr(t, "supporting") || jfyp_stristr(t, "additional")) &&
           (jfyp_stristr(t, "available") || jfyp_stristr(t, "online") || jfyp_stristr(t, "can be found") ||
            jfyp_stristr(t, "downloaded"));
}

/* The paragraphs naming files in a supplementary section (and the
 * sections under it) are its items, no body text: each is marked for
 * <supplementary-material>, a type alone on its line going with the item
 * above it. -1 on out of memory. */
static int mark_items(jfy_node *sec) {
    jfy_node *item = NULL;
    for (jfy_node *c = sec->first, *next; c; c = next) {
        next = c->next;
        if (c->type == JFY_N_SECTION) {
            if (mark_items(c) < 0)
                return -1;
            item = NULL;
            continue;
        }
        int type_only = 0;
        if (c->type != JFY_N_PARAGRAPH || !names_files(c, &type_only)) {
            item = NULL;
            continue;
        }
        if (type_only && item) {
            jfy_node *br = jfyp_node_new(JFY_N_SOFTBREAK);
            if (!br)
                return -1;
            jfyp_node_append(item, br);
            jfyp_node_move_children(c, item);
            jfyp_node_free(c);
            continue;
        }
        if (jfyp_node_set_attr(c, "supplementary", "yes") < 0)
            return -1;
        item = c;
    }
    return 0;
}

/* Whether paragraph p opens with the supplementary files' name as a
 * run-in label ("Supplementary Materials: The following are available
 * online at ..."), MDPI's, where the list follows the acknowledgements:
 * 2 when the label is all it holds (the text went to a block of its own),
 * 1 when the text follows it, else 0. */
static int supp_run_in(const jfy_node *p) {
    char buf[40];
    size_t n = lead_text(p, buf, sizeof buf - 1);
    static const char *const labels[] = {"Supplementary Materials:", "Supplementary Material:", NULL};
    for (int i = 0; labels[i]; i++) {
        size_t k = strlen(labels[i]);
        if (strncmp(buf, labels[i], k) == 0)
            return n == k ? 2 : buf[k] == ' ' ? 1 : 0;
    }
    return 0;
}

/* "The following are available online at", "The following supporting
 * information can be downloaded at": the list's text under its label. */
static int opens_following(const jfy_node *p) {
    char buf[16];
    lead_text(p, buf, sizeof buf - 1);
    return strncmp(buf, "The following ", 14) == 0;
}

/* The supplementary sections among the sections under n (and theirs),
 * and the paragraphs opening with the list's run-in label. */
static int supp_sections(jfy_node *n) {
    for (jfy_node *c = n->first; c; c = c->next) {
        if (c->type == JFY_N_PARAGRAPH) {
            int k = supp_run_in(c), type_only;
            if (k && jfyp_node_set_attr(c, "supplementary", "yes") < 0)
                return -1;
            /* "Supplementary Materials:" / "The following are available
             * online at ...": the label and its text */
            if (k == 2 && c->next && c->next->type == JFY_N_PARAGRAPH &&
                ((names_files(c->next, &type_only) && !type_only) || opens_following(c->next))) {
                c = c->next;
                if (jfyp_node_set_attr(c, "supplementary", "yes") < 0)
                    return -1;
            }
            continue;
        }
        if (c->type != JFY_N_SECTION)
            continue;
        const char *st = jfyp_node_attr(c, "sec-type");
        if (st && strcmp(st, "supplementary-material") == 0 ? mark_items(c) < 0 : supp_sections(c) < 0)
            return -1;
    }
    return 0;
}

/* Publishers tag the list of supplementary files as such, no paragraphs
 * of the body's; read once the sections are made. */
int jfyp_recognize_supplementary(jfyp_rec *r) { return supp_sections(r->body); }
