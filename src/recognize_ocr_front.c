/* recognize_ocr_front.c - a side column's history field run into the line
 * beside it. Nature's journals (and others setting "Received", "Accepted",
 * "Published online" down a narrow column left of the byline) put the
 * first field on the byline's first line; a reader that takes each line
 * across the page, OCR above all, gives "Received: 27 June 2023 Jane
 * Roe1, John Doe2 &" as one line, and neither the history reader nor the
 * byline reader takes it. The field is cut off into a block of its own
 * before the rest. And a publisher's logo OCR reads into the journal's
 * name over the title ("Food Science & Nutrition" / "WILEY oe") goes.
 * A side column OCR reads whole before the page beside it is put where
 * it keeps out of the title's and the byline's way: Frontiers' (editors,
 * reviewers, citation) after the keywords, BMJ's (citation,
 * history, correspondence) after the byline it stands above. */
#include "front.h"
#include "recognize.h"
#include "textlines.h"

#include <stdlib.h>
#include <string.h>

#define FRONT_BLOCKS 40 /* the blocks of a first page, and some */

/* Length of an English month's name opening p, spelled in full and
 * followed by a space, or 0: an abbreviated one ("Jun. 27") is not read,
 * and a field dated so stays run into the byline. */
static size_t month_len(const char *p) {
    static const char *const months[] = {"January", "February", "March",     "April",   "May",      "June",
                                         "July",    "August",   "September", "October", "November", "December"};
    for (size_t i = 0; i < sizeof months / sizeof *months; i++) {
        size_t n = strlen(months[i]);
        if (strncmp(p, months[i], n) == 0 && p[n] == ' ')
            return n;
    }
    return 0;
}

static int digit(char c) { return c >= '0' && c <= '9'; }

/* Length of the date opening p, "27 June 2023" or "June 27, 2023", or 0. */
static size_t date_len(const char *p) {
    size_t i = 0, m;
    if (digit(p[0])) {
        i = digit(p[1]) ? 2 : 1;
        if (p[i] != ' ' || !(m = month_len(p + i + 1)))
            return 0;
        i += 1 + m + 1;
    } else if ((m = month_len(p)) != 0) {
        i = m + 1;
        if (!digit(p[i]))
            return 0;
        i += digit(p[i + 1]) ? 2 : 1;
        if (p[i] == ',')
            i++;
        if (p[i++] != ' ')
            return 0;
    } else {
        return 0;
    }
    for (int k = 0; k < 4; k++, i++)
        if (!digit(p[i]))
            return 0;
    return digit(p[i]) ? 0 : i;
}

/* Length of "Received: 27 June 2023" opening t when a name's capitalised
 * word follows it on the line (the column beside), or 0: another field
 * after it ("Received: ...; Accepted: ...", "Received ... Revised ...")
 * is the history line as some pages print it whole. */
static size_t glued_field(const char *t) {
    static const char *const labels[] = {"Received", "Accepted", "Published online", "Published", NULL};
    for (size_t i = 0; labels[i]; i++) {
        size_t n = strlen(labels[i]);
        if (strncmp(t, labels[i], n) != 0)
            continue;
        const char *p = t + n;
        if (*p == ':')
            p++;
        if (*p++ != ' ')
            return 0;
        size_t d = date_len(p);
        if (!d)
            return 0;
        const char *rest = p + d;
        if (rest[0] != ' ' || !(rest[1] >= 'A' && rest[1] <= 'Z') || !(rest[2] >= 'a' && rest[2] <= 'z'))
            return 0;
        if (jfyp_opens_dated_label(rest + 1))
            return 0;
        return (size_t)(rest - t);
    }
    return 0;
}

/* Whether line t is a publisher's logo as OCR reads it: its name in
 * capitals, a few scraps of the mark after it ("WILEY oe"). */
static int logo_line(const char *t) {
    size_t caps = 0;
    while (t[caps] >= 'A' && t[caps] <= 'Z')
        caps++;
    if (caps < 4 || (t[caps] != ' ' && t[caps] != '\0') || strlen(t) > 20)
        return 0;
    int tokens = 0;
    for (const char *p = t + caps; *p;) {
        while (*p == ' ')
            p++;
        size_t k = 0;
        while (p[k] && p[k] != ' ')
            k++;
        if (k > 3)
            return 0;
        tokens += k > 0;
        p += k;
    }
    /* (the name alone is an acronym's line, "IJCPD" over "IJCPD") */
    return tokens >= 1 && tokens <= 2;
}

/* "Food Science & Nutrition" / "WILEY oe": the journal's name at the
 * page's head with the publisher's logo beside it, read by OCR into the
 * name's block. Left there, the block is no longer the name the title
 * reader passes over, and it takes it for the title. The logo's line
 * goes. 0, or -1 on OOM. */
static int drop_logo_under_name(jfyp_rec *r) {
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < 10; n = jfyp_rec_next(r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH || n->end_line - n->line > 2)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        int go = l.n == 2 && logo_line(l.v[1].text) && jfyp_journal_name_line(r->hints, l.v[0].text, 0);
        if (go)
            jfyp_lines_remove(n, &l, 1, 1);
        jfyp_lines_free(&l);
    }
    return 0;
}

int jfyp_recognize_ocr_logo(jfyp_rec *r) { return drop_logo_under_name(r); }

/* Whether block n's text opens with the words w. */
static int opens(const jfy_node *n, const char *w) {
    const jfy_node *t = n->type == JFY_N_PARAGRAPH ? n->first : NULL;
    return t && t->type == JFY_N_TEXT && t->text && strncmp(t->text, w, strlen(w)) == 0;
}

/* "OPEN ACCESS" / "Edited by:" ... "Citation:" ... "doi: 10.3389/...":
 * the side column Frontiers printed down the first page's left margin
 * (its template of 2013 to 2021), which OCR reads whole before the page
 * beside it. Above the title, its editors, reviewers and the citation
 * (which repeats the title) leave the title reader no title. The run,
 * from "OPEN ACCESS" over an "Edited by:" block to the doi that closes
 * it, is moved after the keywords, where the page's own front matter
 * ends; without a keywords block in reach it stays. */
static void side_column_after_keywords(jfyp_rec *r) {
    jfy_node *open = NULL, *doi = NULL, *kw = NULL;
    int seen = 0, edited = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < FRONT_BLOCKS; n = jfyp_rec_next(r, n), seen++) {
        if (!open) {
            if (seen < 8 && n->type == JFY_N_PARAGRAPH && n->first && n->first->type == JFY_N_TEXT &&
                n->first->text && !strcmp(n->first->text, "OPEN ACCESS") && !n->first->next)
                open = n;
        } else if (!doi) {
            edited |= opens(n, "Edited by:");
            if (opens(n, "doi: 10."))
                doi = n;
        } else if (opens(n, "Keywords:")) {
            kw = n;
            break;
        }
    }
    if (!kw || !edited)
        return;
    jfy_node *at = kw, *stop = jfyp_rec_next(r, doi);
    for (jfy_node *n = open, *next; n && n != stop; n = next) {
        next = jfyp_rec_next(r, n);
        jfyp_node_unlink(n);
        jfyp_node_insert_after(at, n);
        at = n;
    }
}

/* "To cite: ..." ... "Correspondence to" / "...; e-mail" then the byline
 * and "ABSTRACT": BMJ's first page sets the citation, history, licence
 * and correspondence down a side column left of the byline, and OCR
 * reads the column whole between the title and the byline, which the
 * byline reader then never reaches from the title. The byline's blocks
 * (up to four, between the correspondence and the abstract's heading)
 * are moved before the column. 0, or -1 on OOM. */
static int byline_before_cite_column(jfyp_rec *r) {
    jfy_node *cite = NULL, *corr = NULL, *abs = NULL;
    int seen = 0, after = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < FRONT_BLOCKS; n = jfyp_rec_next(r, n), seen++) {
        if (!cite) {
            if (seen < 16 && opens(n, "To cite:"))
                cite = n;
        } else if (!corr) {
            if (opens(n, "Correspondence to"))
                corr = n;
        } else if (opens(n, "ABSTRACT") && !strcmp(n->first->text, "ABSTRACT")) {
            abs = n;
            break;
        } else if (++after > 4) {
            break;
        }
    }
    if (!abs || !after)
        return 0;
    /* (the first of them read as names: a label there, "Protocol", is
     * the column's own) */
    char *t = jfyp_node_plain(jfyp_rec_next(r, corr));
    size_t names = 0;
    int marked = 0;
    if (!t || jfyp_byline_weigh(t, &names, &marked) < 0) {
        free(t);
        return -1;
    }
    free(t);
    if (names < 2)
        return 0;
    for (jfy_node *n = jfyp_rec_next(r, corr), *next; n && n != abs; n = next) {
        next = jfyp_rec_next(r, n);
        jfyp_node_unlink(n);
        jfyp_node_insert_before(cite, n);
    }
    return 0;
}

/* "Western-central tropical Pacific" / "Received: 22 July 2023 Jane
 * Roe1, ...": the glued field inside a block, not at its head, where a
 * running head dropped between the title and the byline ("Article" on
 * each of Nature's pages) let the page-break join run the title's block
 * on into the byline's. The block is parted before that line, which
 * the loop below then cuts as it cuts one opening a block. 0, or -1 on
 * OOM. */
static int part_glued_line(jfy_node *n) {
    if (n->line == n->end_line)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(n, &l) < 0)
        return -1;
    size_t at = 0;
    for (size_t i = 1; i < l.n && !at; i++)
        if (l.v[i].first && l.v[i].first->type == JFY_N_TEXT && glued_field(l.v[i].text))
            at = i;
    int rc = at && !jfyp_lines_split(n, &l, at) ? -1 : 0;
    if (at && rc == 0)
        jfyp_node_changed(n);
    jfyp_lines_free(&l);
    return rc;
}

int jfyp_recognize_ocr_front(jfyp_rec *r) {
    side_column_after_keywords(r);
    if (byline_before_cite_column(r) < 0)
        return -1;
    int seen = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < FRONT_BLOCKS; n = jfyp_rec_next(r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        jfy_node *t = n->first;
        if (!t || t->type != JFY_N_TEXT || !t->text)
            continue;
        size_t k = glued_field(t->text);
        if (!k) {
            if (part_glued_line(n) < 0)
                return -1;
            continue;
        }
        jfy_node *p = jfyp_node_new_with_textn(JFY_N_PARAGRAPH, t->text, k);
        char *rest = p ? jfyp_strdup(t->text + k + 1) : NULL;
        if (!rest) {
            jfyp_node_free(p);
            return -1;
        }
        /* (the field is the line's head alone: its span ends there, not
         * with the byline's last line) */
        jfyp_node_span_from(p, n);
        p->end_line = p->line;
        p->end_col = p->col > 0 ? p->col + (int)k - 1 : p->end_col;
        jfyp_node_span_from(p->first, p);
        jfyp_node_insert_before(n, p);
        jfyp_node_take_text(t, rest);
        jfyp_node_changed(n);
    }
    return 0;
}
