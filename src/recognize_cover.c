/* recognize_cover.c - the cover credit: a short paragraph led by a "cover"
 * label ("COVER:", "On the cover:", "Cover illustration by ...") that
 * describes the cover image, often with its title in quotes (or
 * italics) and its artist after "by". It becomes front notes of type
 * "cover" whose paragraph tags the title (content-type "cover-title") and
 * the artist ("artist") so that the JSON-LD can describe the image.
 *
 * Only the label's shape is read, never a name: the title is whatever the
 * quotes hold, the artist whatever capitalised words follow "by". */
#include "recognize.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* A credit is a line or two; a longer paragraph starting with "Cover:" is
 * prose about covers, not a credit. */
#define MAX_CREDIT 600
#define MAX_TITLE 200
#define MAX_SPANS 4

typedef struct {
    size_t start, end; /* byte offsets into the paragraph text */
    const char *type;
} span;

static int is_letter(int cp) {
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

static int is_upper(int cp) {
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

static int is_alnum(int cp) {
    utf8proc_category_t c = utf8proc_category(cp);
    return is_letter(cp) || (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}

/* The closing quotes an opening quote accepts; 0 when cp opens none. Pages
 * mix straight and typographic quotes freely. */
static const int *closers(int cp) {
    static const int apos[] = {0x27, 0x2019, 0}, dq[] = {0x22, 0x201D, 0},
                     lsq[] = {0x2019, 0x27, 0}, ldq[] = {0x201D, 0x22, 0},
                     guil[] = {0xBB, 0}, low9[] = {0x201C, 0x201D, 0},
                     low9s[] = {0x2018, 0x2019, 0}, sguil[] = {0x203A, 0},
                     grave[] = {0x27, 0x60, 0x2019, 0};
    switch (cp) {
    case 0x27: return apos;
    case 0x22: return dq;
    case 0x2018: return lsq;
    case 0x201C: return ldq;
    case 0xAB: return guil;
    case 0x201E: return low9;
    case 0x201A: return low9s;
    case 0x2039: return sguil;
    case 0x60: return grave;
    default: return NULL;
    }
}

/* Bullets, arrows and boxes a layout puts before a credit. */
static size_t skip_decoration(const char *s) {
    size_t i = 0, l;
    while (s[i]) {
        int cp = jfyp_utf8_decode(s + i, &l);
        if (is_alnum(cp) || closers(cp) || cp == '(')
            break;
        i += l;
    }
    return i;
}

/* Length of word w at s (ASCII, case-insensitive) when a word ends there. */
static size_t word_at(const char *s, const char *w) {
    size_t n = strlen(w), l;
    if (!jfyp_strnieq(s, w, n))
        return 0;
    if (s[n] && is_letter(jfyp_utf8_decode(s + n, &l)))
        return 0;
    return n;
}

static size_t skip_spaces(const char *s, size_t i) {
    size_t l;
    while (s[i] && jfyp_is_space_at(s + i, &l))
        i += l;
    return i;
}

/* The label: [On the|About the|Front|...] Cover [image|illustration|...]
 * then an optional colon or dash. Returns the offset after it, 0 if none;
 * *colon tells whether it was set off, *lab_end where its words end. */
static size_t parse_label(const char *s, size_t i, int *colon, size_t *lab_end) {
    static const char *const lead[] = {"on the ", "about the ", "on this issue's ",
                                       "this issue's ", "this month's ", "the ",
                                       "front ", "our ", NULL};
    static const char *const kind[] = {"images", "image", "illustrations", "illustration",
                                       "photographs", "photograph", "photos", "photo",
                                       "picture", "artwork", "art", "design",
                                       "credits", "credit", NULL};
    for (int k = 0; lead[k]; k++)
        if (jfyp_strnieq(s + i, lead[k], strlen(lead[k]))) {
            i += strlen(lead[k]);
            break;
        }
    size_t n = word_at(s + i, "cover");
    if (!n)
        return 0;
    i += n;
    size_t j = skip_spaces(s, i);
    for (int k = 0; kind[k] && j > i; k++)
        if ((n = word_at(s + j, kind[k]))) {
            i = j + n;
            break;
        }
    *lab_end = i;
    j = skip_spaces(s, i);
    *colon = 0;
    if (s[j] == ':') {
        *colon = 1;
        return j + 1;
    }
    size_t l;
    int cp = jfyp_utf8_decode(s + j, &l);
    if ((cp == 0x2013 || cp == 0x2014) && j > i) {
        *colon = 1;
        return j + l;
    }
    return i;
}

/* A quoted title at s: its inside as [*start, *end), the offset after the
 * closing quote returned, 0 when there is none. An apostrophe inside a word
 * ("month's") does not close it. */
static size_t quoted(const char *s, size_t *start, size_t *end) {
    size_t l;
    const int *close = closers(jfyp_utf8_decode(s, &l));
    if (!close)
        return 0;
    *start = l;
    for (size_t i = l; s[i] && i < MAX_TITLE; ) {
        size_t cl;
        int cp = jfyp_utf8_decode(s + i, &cl);
        for (const int *c = close; *c; c++) {
            if (cp != *c)
                continue;
            size_t nl;
            if (s[i + cl] && is_letter(jfyp_utf8_decode(s + i + cl, &nl)))
                break;
            if (i == *start)
                return 0;
            *end = i;
            return i + cl;
        }
        i += cl;
    }
    return 0;
}

static int is_particle(const char *s, size_t n) {
    static const char *const p[] = {"de", "da", "di", "du", "van", "von", "der", "den",
                                    "del", "la", "le", "ter", "ten", "bin", "al", "dos",
                                    "das", "y", NULL};
    for (int k = 0; p[k]; k++)
        if (strlen(p[k]) == n && strncmp(s, p[k], n) == 0)
            return 1;
    return 0;
}

/* Name particles ("de la", "van der") at s, then a capitalised word. */
static int particles_then_name(const char *s) {
    size_t l;
    for (int k = 0; k < 3; k++) {
        const char *e = strchr(s, ' ');
        if (!e || !is_particle(s, (size_t)(e - s)))
            return 0;
        s = e + 1;
        if (is_upper(jfyp_utf8_decode(s, &l)))
            return 1;
    }
    return 0;
}

/* A printed personal name at s: capitalised words, initials and name
 * particles, up to the first word that is none of these or a punctuation
 * mark. Returns its byte length, 0 when s starts no name. */
static size_t name_at(const char *s) {
    size_t i = 0, end = 0, l;
    int words = 0;
    for (;;) {
        size_t w = i;
        while (s[w]) {
            int cp = jfyp_utf8_decode(s + w, &l);
            if (!is_letter(cp) && cp != '-' && cp != '\'' && cp != 0x2019 && cp != '.')
                break;
            w += l;
        }
        if (w == i)
            break;
        int cp = jfyp_utf8_decode(s + i, &l);
        int dot = s[w - 1] == '.';
        size_t letters_end = dot ? w - 1 : w;
        if (is_upper(cp)) {
            /* "J." is an initial; "Crow." ends the sentence. */
            size_t first;
            jfyp_utf8_decode(s + i, &first);
            int initial = dot && letters_end == i + first;
            end = initial ? w : letters_end;
            words++;
            if (dot && !initial)
                break;
        } else if (!(words && words < 3 && particles_then_name(s + i))) {
            break;
        }
        if (s[w] != ' ')
            break;
        i = w + 1;
    }
    return words ? end : 0;
}

/* Whether the word before "by" at s[at] lets "by" name a maker: "image by",
 * "'Title' by", "illustrated by" do; "inspired by", "supported by" do not. */
static int maker_by(const char *s, size_t at) {
    static const char *const makers[] = {"designed", "illustrated", "photographed",
                                         "painted", "drawn", "created", "rendered",
                                         "produced", "made", "taken", "composed", NULL};
    size_t e = at;
    while (e > 0 && s[e - 1] == ' ')
        e--;
    size_t b = e;
    while (b > 0 && s[b - 1] != ' ')
        b--;
    if (e - b < 3 || !jfyp_strnieq(s + e - 2, "ed", 2))
        return 1;
    for (int k = 0; makers[k]; k++)
        if (strlen(makers[k]) == e - b && jfyp_strnieq(s + b, makers[k], e - b))
            return 1;
    return 0;
}

/* The artist(s): "by NAME", "by NAME and NAME". */
static int find_artists(const char *t, size_t from, span *sp, int n) {
    for (size_t i = from; t[i]; i++) {
        if ((i > 0 && t[i - 1] != ' ') || !word_at(t + i, "by") || t[i + 2] != ' ')
            continue;
        if (!maker_by(t, i))
            continue;
        size_t p = i + 3, len = name_at(t + p);
        if (!len)
            continue;
        while (len && n < MAX_SPANS) {
            sp[n++] = (span){p, p + len, "artist"};
            p += len;
            size_t a = 0;
            if (jfyp_strnieq(t + p, " and ", 5))
                a = 5;
            else if (strncmp(t + p, " & ", 3) == 0)
                a = 3;
            if (!a)
                break;
            p += a;
            len = name_at(t + p);
        }
        break;
    }
    return n;
}

static int add_text(jfy_node *parent, const char *s, size_t n) {
    if (!n)
        return 0;
    char *t = jfyp_strndup(s, n);
    jfy_node *x = t ? jfyp_node_new_text(JFY_N_TEXT, t) : NULL;
    free(t);
    if (!x)
        return -1;
    jfyp_node_span_from(x, parent);
    jfyp_node_append(parent, x);
    return 0;
}

/* The paragraph text t with the spans (in order, not overlapping) tagged. */
static jfy_node *tagged_paragraph(const jfy_node *from, const char *t, const span *sp, int n) {
    jfy_node *p = jfyp_node_new(JFY_N_PARAGRAPH);
    if (!p)
        return NULL;
    jfyp_node_span_from(p, from);
    size_t pos = 0;
    for (int k = 0; k < n; k++) {
        jfy_node *named = jfyp_node_new(JFY_N_NAMED);
        if (!named || add_text(p, t + pos, sp[k].start - pos) < 0 ||
            jfyp_node_set_attr(named, "content-type", sp[k].type) < 0) {
            jfyp_node_free(named);
            jfyp_node_free(p);
            return NULL;
        }
        jfyp_node_span_from(named, from);
        jfyp_node_append(p, named);
        if (add_text(named, t + sp[k].start, sp[k].end - sp[k].start) < 0) {
            jfyp_node_free(p);
            return NULL;
        }
        pos = sp[k].end;
    }
    if (add_text(p, t + pos, strlen(t + pos)) < 0) {
        jfyp_node_free(p);
        return NULL;
    }
    return p;
}

/* An italic run right at the start of t is a title set in italics. */
static size_t italic_title(const jfy_node *para, const char *t) {
    for (const jfy_node *n = para->first; n; n = jfyp_node_next_in(para, n)) {
        if (n->type != JFY_N_EMPH)
            continue;
        char *e = jfyp_node_plain(n);
        if (!e)
            return 0;
        jfyp_squeeze(e);
        size_t l = strlen(e);
        int hit = l > 0 && l <= MAX_TITLE && strncmp(t, e, l) == 0;
        free(e);
        return hit ? l : 0;
    }
    return 0;
}

/* The cover notes: title label (NULL for none), then the credit text t of
 * the block para with its title and artists tagged. offset: where in t the
 * credit proper starts (after an unset-off label); italic: whether an
 * italic run at that point may be the title. */
static jfy_node *cover_notes(const jfy_node *para, const char *label, const char *t,
                             size_t offset, int italic) {
    span sp[MAX_SPANS];
    int n = 0;
    size_t qs, qe, title_end = 0, il;
    if ((title_end = quoted(t + offset, &qs, &qe))) {
        sp[n++] = (span){offset + qs, offset + qe, "cover-title"};
        title_end += offset;
    } else if (italic && !offset && (il = italic_title(para, t))) {
        sp[n++] = (span){0, il, "cover-title"};
        title_end = il;
    }
    n = find_artists(t, title_end, sp, n);

    jfy_node *notes = jfyp_node_new(JFY_N_NOTES);
    jfy_node *p = tagged_paragraph(para, t, sp, n);
    jfy_node *title = label ? jfyp_node_new(JFY_N_TITLE) : NULL;
    if (!notes || !p || (label && (!title || add_text(title, label, strlen(label)) < 0)) ||
        jfyp_node_set_attr(notes, "type", "cover") < 0) {
        jfyp_node_free(notes);
        jfyp_node_free(p);
        jfyp_node_free(title);
        return NULL;
    }
    jfyp_node_span_from(notes, para);
    if (title) {
        /* The label is the notes' title, so the paragraph is the caption. */
        jfyp_node_span_from(title, para);
        jfyp_node_append(notes, title);
    }
    jfyp_node_append(notes, p);
    return notes;
}

static char *plain_of(const jfy_node *n) {
    char *s = jfyp_node_plain(n);
    if (s)
        jfyp_squeeze(s);
    return s;
}

/* Reads the block n (and, for a label set alone, the paragraph after it)
 * as a cover credit. Returns 1 with the notes in *out and the number of
 * blocks used in *used, 0 if it is none, -1 on out of memory. */
static int read_credit(const jfyp_rec *r, jfy_node *n, jfy_node **out, int *used) {
    *out = NULL;
    *used = 1;
    if (n->type != JFY_N_PARAGRAPH && n->type != JFY_N_HEADING)
        return 0;
    /* Every label holds the word "cover", which narrowing the spaces
     * leaves as it is: a block without it is let go unsqueezed (most are;
     * squeezing them was half this recognizer's time). */
    char *s = jfyp_node_plain(n);
    if (!s)
        return -1;
    if (!jfyp_stristr(s, "cover")) {
        free(s);
        return 0;
    }
    jfyp_squeeze(s);
    size_t len = strlen(s), start = skip_decoration(s), lab_end = 0;
    int colon = 0;
    size_t after = len <= MAX_CREDIT ? parse_label(s, start, &colon, &lab_end) : 0;
    size_t rest = after ? skip_spaces(s, after) : 0;
    char *label = after ? jfyp_strndup(s + start, lab_end - start) : NULL;
    if (after && !label) {
        free(s);
        return -1;
    }
    int rc = 0;
    if (after && !s[rest]) {
        /* "ON THE COVER" alone, the credit in the paragraph after it. */
        jfy_node *c = jfyp_rec_next(r, n);
        char *t = c && c->type == JFY_N_PARAGRAPH ? plain_of(c) : NULL;
        if (c && c->type == JFY_N_PARAGRAPH && !t)
            rc = -1;
        else if (t && *t && strlen(t) <= MAX_CREDIT) {
            *out = cover_notes(c, label, t, 0, 1);
            rc = *out ? 1 : -1;
            if (*out) {
                (*out)->line = n->line;
                (*out)->col = n->col;
            }
            *used = 2;
        }
        free(t);
    } else if (after && n->type == JFY_N_PARAGRAPH &&
               /* Without a colon the label must lead straight into the
                * credit, or "Cover crops were sown" would be one. */
               (colon || word_at(s + rest, "by") || word_at(s + rest, "courtesy") ||
                closers(jfyp_utf8_decode(s + rest, &(size_t){0})))) {
        const char *t = colon ? s + rest : s + start;
        *out = cover_notes(n, colon ? label : NULL, t, colon ? 0 : rest - start, colon);
        rc = *out ? 1 : -1;
    }
    free(label);
    free(s);
    return rc;
}

int jfyp_recognize_cover(jfyp_rec *r) {
    jfy_node *n = jfyp_rec_first(r);
    while (n) {
        jfy_node *notes;
        int used;
        int rc = read_credit(r, n, &notes, &used);
        if (rc < 0)
            return -1;
        jfy_node *next = jfyp_rec_next(r, n);
        if (rc) {
            jfyp_node_append(r->front, notes);
            if (used == 2) {
                jfy_node *c = next;
                next = jfyp_rec_next(r, c);
                notes->end_line = c->end_line;
                notes->end_col = c->end_col;
                jfyp_node_free(c);
            }
            jfyp_node_free(n);
        }
        n = next;
    }
    return 0;
}
