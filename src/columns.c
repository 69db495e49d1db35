/* columns.c - two-column pages read back into reading order.
 *
 * Layout-preserving extraction (pdftotext -layout, many OCR engines) prints
 * a two-column page as lines holding a piece of each column, so every
 * paragraph is interleaved with its neighbour. No recognizer can read that,
 * and the shape is plain in the text: a vertical strip, near the middle of
 * the page, that nearly every line leaves blank while having words on both
 * sides of it. Lines crossing the strip (a title, a wide figure, the
 * running header) cut the page into bands; each band is given left column
 * first, then right. Justified columns pad words with extra spaces, which
 * are squeezed. Single-column text has words across the middle on most
 * lines, so it never shows a strip and passes through untouched. */
#include "columns.h"
#include "util.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

struct part;

/* A line of the input as the page lays it out. */
typedef struct {
    const char *s;  /* its bytes, without the line end */
    size_t len;
    int line;       /* input line, 1-based */
    int col;        /* byte offset of s in that input line */
    int first, end; /* display columns of the first word's start and the last word's end */
    int across;     /* read whole, across the gutter */
    int table;      /* a row of a table set across the page (see find_tables) */
    int drawing;    /* of a drawing's labels, over its caption */
} row;

typedef struct {
    jfyp_buf out;
    jfyp_origin *map;
    size_t n, cap;
    int failed;
    int page; /* pages read before this one */
    int head; /* the last input line of the first page's head, 0 past it */
    int depth; /* bands inside a band: a page of three columns */
    /* a side column of the article's facts held back to the page's end,
     * with the main column's parts beside it */
    struct part *side, *side_other;
    size_t nside;
    int side_width;
    /* the input, and the last character of the text before the page's
     * footer (0 for none) */
    const char *text;
    size_t len;
    char before_foot;
    /* the side column waits for the end of a paragraph past page_n,
     * the first line of the next page */
    int deferred;
    size_t page_n;
    int in_head; /* emitting the head above a page's columns (2: the blank rows under it) */
    /* the head's last line over a side column runs on (see emit_head);
     * lead_on: the main column's first line goes on from it */
    int run_on, lead_on;
    int in_side; /* emitting the held-back side column of the article's facts */
    int beside_facts; /* emitting the main column beside a side column of the facts at its left */
    int side_later; /* a later page's side column at the left: read after the main one */
    size_t defer_len, defer_n; /* where it would have come */
    char *row;                 /* emit_whole's squeezed row, reused row after row */
    uint64_t *head_keys;       /* page_head_keys' */
    size_t nhead_keys;
    size_t row_cap;
} emitter;

static void flush_side(emitter *e, int line);
static void unhold_side(emitter *e);

/* Room for one more entry in the line map; -1 (and e->failed) when it
 * cannot grow. */
static int map_room(emitter *e) {
    if (e->failed)
        return -1;
    if (e->n < e->cap)
        return 0;
    size_t cap = e->cap ? e->cap * 2 : 256;
    jfyp_origin *m = realloc(e->map, cap * sizeof *m);
    if (!m) {
        e->failed = 1;
        return -1;
    }
    e->map = m;
    e->cap = cap;
    return 0;
}

/* A row holding only a page's number. */
static int folio_row(const char *s, size_t len) {
    size_t digits = 0;
    for (size_t i = 0; i < len; i++) {
        if (isdigit((unsigned char)s[i]))
            digits++;
        else if (s[i] != ' ')
            return 0;
    }
    return digits && digits <= 4;
}

static void emit(emitter *e, const char *s, size_t len, int line, int col) {
    /* in a page's head, a word broken at a line's end goes on: no
     * paragraph ends there, blank rows or not (a title's last line set
     * lower than the rest beside a side column) */
    if (len == 0 && e->in_head && e->out.len >= 3 && e->out.data[e->out.len - 2] == '-' &&
        islower((unsigned char)e->out.data[e->out.len - 3]))
        return;
    if (len > 0 && e->in_head == 2)
        e->in_head = 0;
    /* the first line of the page after a side column's page, which was
     * held back as the page ended on a sentence's end: a word in lower
     * case opening it goes on with a sentence the page's foot cut (a
     * licence box under the main column ended the page), so the side
     * column waits for that paragraph's end; any other line, and it
     * comes here */
    if (len > 0 && e->deferred == 2 && e->n >= e->page_n) {
        size_t w = 0;
        while (w < len && islower((unsigned char)s[w]))
            w++;
        if (w > 0 && (w == len || s[w] == ' ' || s[w] == ',')) {
            e->deferred = 1;
        } else {
            e->deferred = 0;
            flush_side(e, line);
            emit(e, "", 0, line, col);
        }
    }
    /* a blank line after a sentence's end on the page after the one a
     * side column was held back on: the paragraph running on over the
     * page has ended, and the side column comes here; so too before the
     * page's number on a row of its own under that sentence */
    if (e->deferred == 1 && e->n > e->page_n && e->out.len >= 2 &&
        memchr(".?!", e->out.data[e->out.len - 2], 3) && (len == 0 || folio_row(s, len))) {
        e->deferred = 0;
        flush_side(e, line);
        if (len)
            emit(e, "", 0, line, col);
    }
    /* a paragraph still going on fifteen lines into the page is no
     * sentence cut by the page break: the side column goes back where
     * it was held from, the first page's end */
    if (e->deferred == 1 && e->n >= e->page_n + 15)
        unhold_side(e);
    if (map_room(e) < 0)
        return;
    e->map[e->n].line = line;
    e->map[e->n].col = col;
    e->n++;
    jfyp_buf_put(&e->out, s, len);
    jfyp_buf_putc(&e->out, '\n');
}

static int last_blank(const emitter *e) {
    size_t l = e->out.len;
    return l == 0 || (l >= 2 && e->out.data[l - 1] == '\n' && e->out.data[l - 2] == '\n');
}

/* The marks pdftotext wraps right-to-left text in (U+202A to U+202E,
 * the embedding controls) take no place in its layout: a line of Arabic
 * beside a column would otherwise reach into the gutter. */
static int embedding_mark(const char *s, size_t left) {
    return left >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
           (unsigned char)s[2] >= 0xAA && (unsigned char)s[2] <= 0xAE;
}

/* The byte offset of display column c in r (tabs to the next stop of 8),
 * or r->len when the line is shorter. */
static size_t byte_at(const row *r, int c) {
    int col = 0;
    size_t i = 0;
    while (i < r->len && col < c) {
        unsigned char ch = (unsigned char)r->s[i];
        if (embedding_mark(r->s + i, r->len - i)) {
            i += 3;
            continue;
        }
        col = ch == '\t' ? (col / 8 + 1) * 8 : col + 1;
        i++;
        while (i < r->len && ((unsigned char)r->s[i] & 0xC0) == 0x80)
            i++;
    }
    return i;
}

/* Calls f for each word (run of non-blank characters) of r with its
 * display columns [a, b). Returns the number of words. */
static int words(const row *r, void (*f)(void *, int, int), void *ud) {
    int col = 0, start = -1, n = 0;
    for (size_t i = 0; i <= r->len; i++) {
        unsigned char ch = i < r->len ? (unsigned char)r->s[i] : ' ';
        if ((ch & 0xC0) == 0x80)
            continue;
        if (i < r->len && embedding_mark(r->s + i, r->len - i)) {
            i += 2;
            continue;
        }
        int blank = ch == ' ' || ch == '\t';
        if (!blank && start < 0)
            start = col;
        if (blank && start >= 0) {
            if (f)
                f(ud, start, col);
            start = -1;
            n++;
        }
        col = ch == '\t' ? (col / 8 + 1) * 8 : col + 1;
    }
    return n;
}

/* cover: a difference array of how many words cover each column */
static void count_word(void *cover, int a, int b) {
    ((int *)cover)[a]++;
    ((int *)cover)[b]--;
}

static void extend(void *ud, int a, int b) {
    row *r = ud;
    if (r->first < 0)
        r->first = a;
    r->end = b;
}

static void measure(row *r) {
    r->first = r->end = -1;
    words(r, extend, r);
}

/* Does a word of r cover display column g? A single space there counts
 * too when the line is one run of text, with no wide gap anywhere: a
 * title or caption set across the page can leave one exactly at the
 * gutter. A line of two columns has its gap, maybe beside g when the
 * gutter is narrow and a ragged column edge drew it off; a narrow side
 * column's line can put a short last word just over g. */
typedef struct {
    int g, hit, prev_end, one_space, wide;
} probe;
static void probe_word(void *ud, int a, int b) {
    probe *p = ud;
    if (a <= p->g && p->g < b)
        p->hit = 1;
    if (p->prev_end == p->g && a == p->g + 1)
        p->one_space = 1;
    if (p->prev_end >= 0 && a - p->prev_end >= 3)
        p->wide = 1;
    p->prev_end = b;
}
static int crosses_at(const row *r, int g, int by_word_only) {
    probe p = {g, 0, -1, 0, 0};
    if (r->first < 0 || g < r->first || g >= r->end)
        return 0;
    words(r, probe_word, &p);
    return p.hit || (!by_word_only && p.one_space && !p.wide && r->end > g + 6);
}
static int crosses(const row *r, int g) { return crosses_at(r, g, 0); }

/* Where the right column's lines start: the display column most of the
 * lines beside the gutter (no word over it) open their right side at,
 * within 255 columns of it; -1 for none. */
typedef struct {
    int g, start;
} right_scan;
static void first_right(void *ud, int a, int b) {
    right_scan *s = ud;
    (void)b;
    if (s->start < 0 && a > s->g)
        s->start = a;
}
static int right_start(const row *rows, size_t n, int g) {
    int count[256] = {0}, best = -1;
    for (size_t i = 0; i < n; i++) {
        if (rows[i].first < 0 || rows[i].end <= g + 1 || crosses_at(&rows[i], g, 1))
            continue;
        right_scan s = {g, -1};
        words(&rows[i], first_right, &s);
        if (s.start >= 0 && s.start - g < 256 && ++count[s.start - g] > (best < 0 ? 0 : count[best]))
            best = s.start - g;
    }
    return best < 0 ? -1 : g + best;
}

/* A line of the left column run a word or two over the gutter (a table's
 * note set wider than the column) beside a short line of the right one,
 * a heading: its one wide gap lies just past the gutter and the text
 * after it opens where the right column's lines do. Returns the display
 * column the right side starts at, or -1. */
typedef struct {
    int g, prev_end, gaps, gap_from, gap_to, hit;
} over_scan;
static void scan_over(void *ud, int a, int b) {
    over_scan *s = ud;
    if (a <= s->g && s->g < b)
        s->hit = 1;
    if (s->prev_end >= 0 && a - s->prev_end >= 3) {
        s->gaps++;
        s->gap_from = s->prev_end;
        s->gap_to = a;
    }
    s->prev_end = b;
}
static int overrun(const row *r, int g, int rs) {
    over_scan s = {g, -1, 0, 0, 0, 0};
    if (rs < 0 || r->first < 0 || r->first + 20 > g)
        return -1;
    words(r, scan_over, &s);
    /* (and the right side a heading: short, no sentence or clause
     * ended; a line of running text beside the overrun is left to the
     * gutter's cut) */
    char c = r->s[r->len - 1];
    return s.hit && s.gaps == 1 && s.gap_from > g && s.gap_from <= g + 6 && abs(s.gap_to - rs) <= 1 &&
                   r->end - s.gap_to <= 30 && isupper((unsigned char)r->s[byte_at(r, s.gap_to)]) &&
                   c != '.' && c != ',' && c != ';' && c != ':'
               ? s.gap_to
               : -1;
}

static int has_wide_gap(const char *text, size_t len);

/* The gutter of a page: a strip of display columns, in the middle half,
 * that almost no line crosses while a good share of the lines have text
 * left of it and a good share right of it (not always on the same line:
 * hanging references and headings leave one side empty). Of several such
 * strips (a hanging list's numbers leave a narrow one inside the right
 * column) the widest is the gutter. Returns a display column in it, or -1
 * when the page is not laid out in two columns. narrow: a narrow column
 * at the left is taken too (see below). */
static int find_gutter_of(row *rows, size_t n, int narrow) {
    int maxend = 0, text = 0;
    for (size_t i = 0; i < n; i++) {
        if (rows[i].first < 0)
            continue;
        text++;
        if (rows[i].end > maxend)
            maxend = rows[i].end;
    }
    if (text < 6 || maxend < 50)
        return -1;
    size_t w = (size_t)maxend + 2;
    int *cover = calloc(w, sizeof *cover), *starts = calloc(w, sizeof *starts),
        *ends = calloc(w, sizeof *ends), *ok = calloc(w, sizeof *ok);
    int best = -1;
    if (!cover || !starts || !ends || !ok)
        goto done;
    for (size_t i = 0; i < n; i++) {
        if (rows[i].first < 0)
            continue;
        words(&rows[i], count_word, cover);
        starts[rows[i].first]++;
        ends[rows[i].end]++;
    }
    /* The gutter lies in the middle half of the page, measured from the
     * left margin to where a fifth of the lines reach on the left side:
     * a header or footer set out to the paper's edge (a publisher's name
     * at the right, a licence line in small type) must not push a narrow
     * side column's gutter out of it. The right end stays the widest
     * line's, so a table's last columns are not taken for a column. */
    int width = maxend, body = maxend;
    for (int reach = 0, k = text / 5 > 2 ? text / 5 : 2; body > 0; body--)
        if ((reach += ends[body]) >= k)
            break;
    /* ok[g]: cover at g + 1 where g qualifies, 0 where it does not. A
     * right column ending high on the page (a reference list's last page,
     * its left column running on alone) has fewer lines beside the strip:
     * a strip no word crosses is taken with an eighth of the lines right
     * of it, when no strip has a quarter (a header's items at the paper's
     * edge would be such a strip too) and the column is at the top. */
    for (int loose = 0; loose < 2 && best < 0; loose++) {
        int c = 0, left = 0, ended = ends[0], cmin = text;
        memset(ok, 0, w * sizeof *ok);
        for (int g = 0; g < width; g++) {
            c += cover[g];
            ended += ends[g + 1];      /* rows ending at or before g + 1 */
            int right = text - ended; /* rows with text beyond g */
            if (g >= body / 4 && g <= width * 3 / 4 && c * 8 <= text && left * 4 >= text &&
                (loose ? c == 0 && right * 8 >= text : right * 4 >= text)) {
                ok[g] = c + 1;
                if (c < cmin)
                    cmin = c;
            }
            left += starts[g];
        }
        int tol = cmin + text / 50 + 1, best_w = 0;
        for (int g = 0; g < width;) {
            if (!ok[g] || ok[g] > tol) {
                g++;
                continue;
            }
            int a = g;
            while (g < width && ok[g] && ok[g] <= tol)
                g++;
            if (g - a > best_w) {
                best_w = g - a;
                /* the least crossed column nearest the strip's middle */
                int mid = (a + g - 1) / 2;
                best = a;
                for (int k = a; k < g; k++)
                    if (ok[k] < ok[best] ||
                        (ok[k] == ok[best] && abs(k - mid) < abs(best - mid)))
                        best = k;
            }
        }
        /* that right column stands at the page's top: three in four of
         * the lines right of the strip lie in the upper half (a band of
         * three columns under a page of one is found from below) */
        if (loose && best >= 0) {
            int seen = 0, upper = 0, all = 0;
            for (size_t i = 0; i < n; i++) {
                if (rows[i].first < 0)
                    continue;
                seen++;
                if (rows[i].end > best + 1) {
                    all++;
                    upper += seen * 2 <= text;
                }
            }
            if (upper * 4 < all * 3)
                best = -1;
        }
    }
    if (best < 0)
        goto done;
    /* Columns of text, not a table: both sides of the gutter hold lines
     * of some length. And columns side by side on a good share of the
     * lines: three long lines of a single column can share a blank column
     * by chance. */
    long lw = 0, rw = 0;
    int nl = 0, nr = 0, both = 0, cells = 0;
    for (size_t i = 0; i < n; i++) {
        const row *r = &rows[i];
        if (r->first < 0 || crosses_at(r, best, 1))
            continue;
        if (r->first < best)
            lw += (r->end < best ? r->end : best) - r->first, nl++;
        if (r->end > best + 1) {
            size_t at = byte_at(r, best), to = byte_at(r, r->end);
            rw += r->end - (r->first > best ? r->first : best), nr++;
            cells += has_wide_gap(r->s + at, to - at);
        }
        both += r->first < best && r->end > best + 1;
    }
    /* A column of the authors' addresses in the margin beside the text
     * (a medical journal's first page, set in three) has short lines:
     * taken when what stands right of it is running text, long lines
     * with no wide gap in them, not a table's cells. */
    int margin_notes = narrow && lw >= 12L * nl && rw >= 40L * nr && cells * 4 <= nr;
    if ((lw < 20L * nl && !margin_notes) || rw < 20L * nr || both < 4 || both * 8 < text)
        best = -1;
done:
    free(cover);
    free(starts);
    free(ends);
    free(ok);
    return best;
}
static int find_gutter(row *rows, size_t n) { return find_gutter_of(rows, n, 0); }

/* A piece of one column on one line. */
typedef struct part {
    const char *s;
    size_t len;
    int line, col, width;
} part;

static part cut(const row *r, size_t from, size_t to) {
    part p = {r->s + from, to - from, r->line, r->col + (int)from, 0};
    while (p.len && (*p.s == ' ' || *p.s == '\t'))
        p.s++, p.len--, p.col++;
    while (p.len && (p.s[p.len - 1] == ' ' || p.s[p.len - 1] == '\t'))
        p.len--;
    for (size_t i = 0; i < p.len; i++) {
        if (embedding_mark(p.s + i, p.len - i))
            i += 2;
        else
            p.width += ((unsigned char)p.s[i] & 0xC0) != 0x80;
    }
    return p;
}

/* Emits a part with the padding of justified text squeezed out. */
static void emit_part(emitter *e, const part *p) {
    char *s = jfyp_strndup(p->s, p->len);
    if (!s) {
        e->failed = 1;
        return;
    }
    for (char *q = s; *q; q++)
        if (*q == '\t')
            *q = ' ';
    jfyp_squeeze(s);
    emit(e, s, strlen(s), p->line, p->col);
    free(s);
}

/* Does a line end its paragraph? Justified lines fill the column; the
 * last line of a paragraph seldom does. */
static int ends_short(int width, int column) { return width * 10 < column * 7; }

static int ends_sentence(const part *p) {
    char c = p->len ? p->s[p->len - 1] : 0;
    return c == '.' || c == '?' || c == '!';
}

/* A heading: a short line opening with a capital or a number, with no
 * full stop or colon at its end. */
static int heading_like(const part *p, int column) {
    unsigned char c0 = p->len ? (unsigned char)p->s[0] : 0;
    char c = p->len ? p->s[p->len - 1] : 0;
    return (isupper(c0) || isdigit(c0) || c0 >= 0xC0) && ends_short(p->width, column) &&
           !ends_sentence(p) && c != ':' && c != ',' && c != ';';
}

/* A numbered heading: "2." or "3.1." and a word. Extraction in reading
 * order sets the heading's first line straight on top of the text under
 * it; a blank line between would turn it into an ordered list's item. */
static int numbered_heading(const part *p, int column) {
    size_t i = 0;
    while (i < p->len && isdigit((unsigned char)p->s[i]))
        i++;
    if (i == 0 || i > 2 || i >= p->len || p->s[i] != '.')
        return 0;
    while (i < p->len && (isdigit((unsigned char)p->s[i]) || p->s[i] == '.'))
        i++;
    return i + 1 < p->len && p->s[i] == ' ' && isupper((unsigned char)p->s[i + 1]) &&
           heading_like(p, column);
}

/* An e-mail or web address or a DOI opening a line: lower case that
 * starts no sentence. */
static int address_like(const part *p) {
    size_t w = 0;
    while (w < p->len && p->s[w] != ' ')
        w++;
    return memchr(p->s, '@', w) || (w >= 4 && !strncmp(p->s, "www.", 4)) ||
           (w >= 4 && !strncmp(p->s, "http", 4)) || (w >= 4 && !strncmp(p->s, "doi", 3) &&
                                                     (p->s[3] == ':' || p->s[3] == '.'));
}

/* Do the rows [i, k) that one column leaves empty all hold text of the
 * other? Then they are the other column's lines falling between this
 * one's (type of another size), not a space in this column. */
static int beside(const part *other, size_t i, size_t k) {
    for (; i < k; i++)
        if (other[i].len == 0)
            return 0;
    return 1;
}

/* A line opening with a word in lower case (not a name such as eLife). */
static int lower_word(const part *p) {
    if (!p->len || !islower((unsigned char)p->s[0]))
        return 0;
    for (size_t i = 1; i < p->len && p->s[i] != ' '; i++)
        if (isupper((unsigned char)p->s[i]))
            return 0;
    return 1;
}

/* A label in capitals (KEYWORDS, ABSTRACT) has none. */
static int has_lower(const part *p) {
    for (size_t i = 0; i < p->len; i++)
        if (islower((unsigned char)p->s[i]))
            return 1;
    return 0;
}

/* One column of a band, top to bottom. A line this column leaves empty
 * while the other has text is a paragraph break only after a short line
 * (the last of a paragraph) or between a sentence's end and a heading;
 * pdftotext also opens such gaps inside a paragraph to keep the columns
 * level. */
/* The measure of a column around a gap in it: its widest line of the
 * two before the gap and the two after. A column's head may be set to
 * another measure than its body (an abstract narrower than the addresses
 * over it), so the widest line of the whole column would make every line
 * of the narrower part look short. */
static int local_measure(const part *ps, size_t n, size_t gap, size_t k) {
    int m = 0, seen = 0;
    for (size_t j = gap; j > 0 && seen < 2; j--)
        if (ps[j - 1].len) {
            seen++;
            if (ps[j - 1].width > m)
                m = ps[j - 1].width;
        }
    seen = 0;
    for (size_t j = k; j < n && seen < 2; j++)
        if (ps[j].len) {
            seen++;
            if (ps[j].width > m)
                m = ps[j].width;
        }
    return m;
}

/* A numbered list's item, a reference's: "12. " and a word or "[12] " and
 * a capital opening the line (a year opening a line of running text has
 * four digits; a citation in brackets goes on in lower case). */
static int numbered_item(const part *p) {
    size_t i = p->len && p->s[0] == '[', d = i;
    while (d < p->len && isdigit((unsigned char)p->s[d]))
        d++;
    if (d == i || d - i > 3 || d >= p->len)
        return 0;
    return p->s[d] == (i ? ']' : '.') && d + 2 < p->len && p->s[d + 1] == ' ' &&
           (i ? isupper((unsigned char)p->s[d + 2]) : isalpha((unsigned char)p->s[d + 2]));
}

/* A sentence's end, maybe with the number of a reference after its stop
 * ("a single study.9)", "as shown.[12]"). */
static int cited_end(const part *p) {
    size_t i = p->len, k = 0;
    while (i > 0 && k < 8 &&
           (isdigit((unsigned char)p->s[i - 1]) || memchr(",-()[]", p->s[i - 1], 6)))
        i--, k++;
    /* not a decimal number's point */
    return i > 0 && (p->s[i - 1] == '.' || p->s[i - 1] == '?' || p->s[i - 1] == '!') &&
           (k == 0 || (i > 1 && !isdigit((unsigned char)p->s[i - 2])));
}

/* A fact's label alone on its line: a capital, at most four words, a
 * colon at its end ("Keywords:", "Author for correspondence:"). */
static int fact_label(const part *p) {
    if (!p->len || !isupper((unsigned char)p->s[0]) || p->s[p->len - 1] != ':' || p->len > 40)
        return 0;
    int spaces = 0;
    for (size_t i = 0; i < p->len; i++)
        spaces += p->s[i] == ' ';
    return spaces <= 3;
}

/* A heading over the text it heads: no stop at its end, and clearly
 * narrower than the lines under the gap, which open with a capital. */
static int heads(const part *p, const part *ps, size_t n, size_t k) {
    int m = 0, seen = 0;
    if (!isupper((unsigned char)ps[k].s[0]))
        return 0;
    for (size_t j = k; j < n && seen < 2; j++)
        if (ps[j].len) {
            seen++;
            if (ps[j].width > m)
                m = ps[j].width;
        }
    unsigned char c0 = (unsigned char)p->s[0];
    char c = p->s[p->len - 1];
    return p->width * 10 < m * 8 && (isupper(c0) || isdigit(c0) || c0 >= 0xC0) &&
           !ends_sentence(p) && c != ':' && c != ',' && c != ';' && c != '-';
}

/* An address's number alone on its line: one or two digits, or a few
 * joined by commas ("1", "2,3"). */
static int lone_label(const part *p) {
    size_t d = 0;
    for (size_t i = 0; i < p->len; i++) {
        if (isdigit((unsigned char)p->s[i])) {
            if (++d > 2)
                return 0;
        } else if (p->s[i] == ',' && d) {
            d = 0;
        } else {
            return 0;
        }
    }
    return d > 0;
}

/* The display column a part starts at in its input line, or -1 when
 * its text is no longer the input's own (a merged mark row). */
static int display_col(const emitter *e, const part *p) {
    if (p->s < e->text || p->s >= e->text + e->len || p->s - e->text < p->col)
        return -1;
    int col = 0;
    for (const char *q = p->s - p->col; q < p->s; q++) {
        if (*q == '\n' || *q == '\f')
            return -1;
        if (*q == '\t')
            col = (col / 8 + 1) * 8;
        else if (((unsigned char)*q & 0xC0) != 0x80)
            col++;
    }
    return col;
}

static void emit_column(emitter *e, const part *ps, size_t n, int width, const part *other) {
    const part *prev = NULL, *above = NULL;
    for (size_t i = 0; i < n; i++) {
        if (ps[i].len == 0) {
            size_t k = i;
            while (k < n && ps[k].len == 0)
                k++;
            int local = local_measure(ps, n, i, k);
            int brk = !prev ? !e->lead_on
                            : ends_short(prev->width, local) ||
                                  (cited_end(prev) && prev->width * 10 < local * 9) ||
                                  (cited_end(prev) && k < n && heading_like(&ps[k], width)) ||
                                  (k < n && (heads(prev, ps, n, k) || numbered_item(&ps[k])));
            if (prev && k < n && k - i <= 2 && numbered_heading(prev, width) &&
                !heading_like(&ps[k], width))
                brk = 0;
            /* A numbered heading's second line comes under a gap too when
             * its larger type falls between the other column's lines: the
             * rows between hold the other column's text, and running text
             * comes straight under that second line, which carries no
             * number of its own. */
            if (prev && k + 1 < n && k - i <= 2 && numbered_heading(prev, width) &&
                beside(other, i, k) && heading_like(&ps[k], width) && !numbered_heading(&ps[k], width) &&
                ps[k + 1].len && !heading_like(&ps[k + 1], width))
                brk = 0;
            /* A sentence going on beside the other column's lines (or
             * a label's value under it): the line after the gap opens in
             * lower case (not an address, not under a label in
             * capitals; past the first page's head, a full line, not
             * a heading's second line, which the headings reader joins), or
             * the full line before it stopped at a comma (a short one
             * may be a byline's or a letter's last, though not in a side
             * column of the article's facts: an editor's or corresponding
             * author's name, then the address). */
            if (prev && k < n && k - i <= 2 &&
                (beside(other, i, k) || prev->s[prev->len - 1] == ':') &&
                ((lower_word(&ps[k]) && !address_like(&ps[k]) && has_lower(prev) &&
                  (ps[k].line <= e->head || prev->s[prev->len - 1] == ':' ||
                   ps[k].width * 100 >= width * 85)) ||
                 (prev->s[prev->len - 1] == ',' && (!ends_short(prev->width, width) || e->in_side))))
                brk = 0;
            /* An address's number set alone on its line on the first
             * page, over the address: rows the other column fills
             * (an abstract in larger type beside the address block) fall
             * between the number and its address, which is no new
             * paragraph, or the number would be left without it. Only
             * in the column's upper half, and not under a note's e-mail
             * line: a number at a column's foot opens its notes, set
             * apart from the text that follows them. */
            if (prev && k < n && k - i <= 2 && i * 2 < n && beside(other, i, k) && e->page == 0 &&
                lone_label(prev) && (isupper((unsigned char)ps[k].s[0]) || ps[k].s[0] & 0x80) &&
                !(above && memchr(above->s, '@', above->len)))
                brk = 0;
            /* Beside a side column of the article's facts, set in
             * smaller type, a single blank row in the main column is one
             * of the side column's lines falling between two of its own,
             * not a paragraph's end, unless the line over it stops short
             * or a heading or an item comes under it. */
            if (e->beside_facts && prev && k < n && k - i == 1 && beside(other, i, k) &&
                !ends_short(prev->width, local) && !heading_like(&ps[k], local) &&
                !numbered_item(&ps[k]))
                brk = 0;
            /* In a side column of the article's facts, a label alone
             * on its line under the gap ("Corresponding author:") opens
             * the next fact, whatever the line over the gap. */
            if (e->in_side && k < n && fact_label(&ps[k]))
                brk = 1;
            if (brk && !last_blank(e))
                emit(e, "", 0, ps[i].line, 0);
            continue;
        }
        /* A paragraph's first line set in from the column's edge under
         * a short line ending a sentence, with no blank row between (a
         * journal marking paragraphs by indenting alone), the line under
         * it back at the edge: a paragraph starts. */
        if (prev && prev == &ps[i - 1] && i + 1 < n && ps[i + 1].len && !last_blank(e) &&
            cited_end(prev) && ends_short(prev->width, width)) {
            int a = display_col(e, prev), b = display_col(e, &ps[i]), c = display_col(e, &ps[i + 1]);
            if (a >= 0 && b >= a + 2 && b <= a + 8 && c == a)
                emit(e, "", 0, ps[i].line, 0);
        }
        emit_part(e, &ps[i]);
        above = prev;
        prev = &ps[i];
    }
}

/* Where the notes at the foot of a left column start (see emit_band), or
 * n when it has none: the column's last blocks, under two blank rows or
 * more that the right column fills, opening with a capital, while the
 * line over the gap stops mid-sentence and the right column opens in
 * lower case. *resume: where the right column's first paragraph ends,
 * which the notes follow. */
static size_t gapless_notes(const part *left, const part *right, size_t n, int lw, size_t *resume);
static size_t foot_notes_gap(const part *left, const part *right, size_t n, int lw, size_t *resume);
static size_t foot_notes(const part *left, const part *right, size_t n, int lw, size_t *resume) {
    size_t r = foot_notes_gap(left, right, n, lw, resume);
    return r < n ? r : gapless_notes(left, right, n, lw, resume);
}

/* Notes at the foot of the left column set straight under its text, no
 * blank row between (the rule over them is no text): the corresponding
 * author's names, marked "(&)" or "*", opening them and an "e-mail:"
 * line under, within the column's last twelve rows, while the line over
 * them runs the column's full measure and stops mid-sentence, a sentence
 * the right column's first line, in lower case, goes on with. */
static int opens_note(const part *p) {
    if (p->len >= 1 && p->s[0] == '*')
        return 1;
    for (size_t i = 0; i + 3 <= p->len && i < 60; i++)
        if (!memcmp(p->s + i, "(&)", 3))
            return 1;
    return 0;
}
static size_t gapless_notes(const part *left, const part *right, size_t n, int lw, size_t *resume) {
    size_t end = n, top = 0, k = n, mail = n;
    while (end > 0 && left[end - 1].len == 0)
        end--;
    /* (rows the notes leave empty beside the right column's lines are
     * no gap) */
    for (size_t i = end; i > 0 && end - i < 12 && (left[i - 1].len || right[i - 1].len); i--) {
        const part *p = &left[i - 1];
        if (!p->len)
            continue;
        if (p->len >= 7 && jfyp_strnieq(p->s, "e-mail:", 7))
            mail = i - 1;
        if (opens_note(p))
            k = i - 1;
    }
    size_t a = k;
    while (a < n && a > 0 && !left[a - 1].len && right[a - 1].len)
        a--;
    if (k == n || a == 0 || mail == n || mail < k || !left[a - 1].len)
        return n;
    while (top < n && right[top].len == 0)
        top++;
    const part *p = &left[a - 1];
    char c = p->s[p->len - 1];
    if (top == n || !lower_word(&right[top]) || ends_short(p->width, lw) || cited_end(p) || c == ':' ||
        c == ';' || !isupper((unsigned char)left[k].s[0]))
        return n;
    /* (when the right column's first paragraph runs to the band's end,
     * the notes come before it, where a reading in order puts them) */
    *resume = top;
    for (size_t j = top + 1; j < n; j++)
        if (right[j].len == 0 && cited_end(&right[j - 1])) {
            *resume = j;
            break;
        }
    return k;
}

static size_t foot_notes_gap(const part *left, const part *right, size_t n, int lw, size_t *resume) {
    size_t end = n, top = 0, k, i;
    while (end > 0 && left[end - 1].len == 0)
        end--;
    /* (the notes' own blocks part with one blank row; ten lines at most) */
    for (k = end;; k = i) {
        while (k > 0 && left[k - 1].len)
            k--;
        i = k;
        while (i > 0 && left[i - 1].len == 0)
            i--;
        if (i == 0 || k - i >= 2 || end - k > 10)
            break;
    }
    while (top < n && right[top].len == 0)
        top++;
    /* Failing that, a single blank row over the notes (the editor's name,
     * the address for correspondence and the authors' addresses, thirty
     * rows at most, their blocks parted by single blank rows too) when
     * the line over it runs the column's full measure and stops on a
     * word in lower case (not a journal's name cut in a citation note),
     * mid-sentence: the abstract's sentence going on
     * at the top of the right column. The highest such row is taken (an
     * address's lines stop mid-phrase too). */
    int single = !(i > 0 && k < end && k - i >= 2 && end - k <= 10);
    if (single) {
        size_t ck = end, ci = 0;
        for (k = end;; k = i) {
            while (k > 0 && left[k - 1].len)
                k--;
            i = k;
            while (i > 0 && left[i - 1].len == 0)
                i--;
            if (i == 0 || k - i >= 2 || end - k > 30)
                break;
            const part *p = &left[i - 1];
            size_t w = p->len;
            while (w > 0 && p->s[w - 1] != ' ')
                w--;
            if (k < end && islower((unsigned char)p->s[w]) && islower((unsigned char)p->s[p->len - 1]) &&
                !ends_short(p->width, lw) && beside(right, i, k))
                ck = k, ci = i;
        }
        k = ck;
        i = ci;
    }
    if (i == 0 || k == end || (!single && (k - i < 2 || end - k > 10)) || !beside(right, i, k) || top == n ||
        !lower_word(&right[top]) || !isupper((unsigned char)left[k].s[0]))
        return n;
    const part *p = &left[i - 1];
    char c = p->s[p->len - 1];
    if (cited_end(p) || c == ':' || c == ';' || c == ',')
        return n;
    /* the right column's first paragraph end: a blank row under a
     * sentence's end */
    for (size_t j = top + 1; j < n; j++)
        if (right[j].len == 0 && cited_end(&right[j - 1])) {
            *resume = j;
            return k;
        }
    return n;
}

static int by_width_desc(const void *a, const void *b) {
    return *(const int *)b - *(const int *)a;
}

/* The width a fifth of a column's lines reach: its measure, which a note
 * set out in the margin beside one line does not stretch. */
static int measure_of(emitter *e, const part *ps, size_t n) {
    int *w = malloc((n ? n : 1) * sizeof *w);
    size_t k = 0;
    if (!w) {
        e->failed = 1;
        return 0;
    }
    for (size_t i = 0; i < n; i++)
        if (ps[i].len)
            w[k++] = ps[i].width;
    int m = 0;
    if (k) {
        qsort(w, k, sizeof *w, by_width_desc);
        m = w[k / 5];
    }
    free(w);
    return m;
}

/* A band of lines between full-width ones: left column, then right.
 * apart: the sides are a head and the side column beside it, which never
 * run on into each other. */
static void emit_band(emitter *e, const row *rows, size_t n, int g, int apart);

/* One side of a band, cut at display column g, as rows of their own
 * (the right side keeps its leading blanks, so its columns stay lined
 * up): a side may hold two columns itself, the page being in three (a
 * side column of the journal's facts beside two of text). Returns the
 * side's own gutter, or -1 (and frees *out) when it has none. */
static int side_gutter(emitter *e, const row *rows, size_t n, int g, int right, row **out) {
    row *sub = malloc((n ? n : 1) * sizeof *sub);
    *out = NULL;
    if (!sub) {
        e->failed = 1;
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        size_t at = byte_at(&rows[i], g);
        sub[i] = rows[i];
        if (right) {
            sub[i].s += at;
            sub[i].len -= at;
            sub[i].col += (int)at;
        } else {
            sub[i].len = at;
        }
        measure(&sub[i]);
    }
    int sg = find_gutter_of(sub, n, !right);
    /* columns of running text on both sides, not a table's cells */
    long lw = 0, rw = 0;
    int nl = 0, nr = 0;
    for (size_t i = 0; sg >= 0 && i < n; i++) {
        size_t at = byte_at(&sub[i], sg);
        part l = cut(&sub[i], 0, at), r = cut(&sub[i], at, sub[i].len);
        if (l.len)
            lw += l.width, nl++;
        if (r.len)
            rw += r.width, nr++;
    }
    if (sg < 0 || (lw < 20L * nl && (right || lw < 12L * nl || rw < 40L * nr)) || rw < 20L * nr) {
        free(sub);
        return -1;
    }
    *out = sub;
    return sg;
}

/* Whether a side column holds the article's facts, not its byline: one
 * of its first lines opens on a fact's label ("Edited by:", "OPEN
 * ACCESS", "Citation:", "Received: ..."). Returns 2 for the label of
 * the article's citation ("Cite this article:", "How to cite:"), which
 * only such a column prints at its head, under the journal's masthead
 * at most (its name, its site, the article's type: three lines); 1 for
 * the others, among the first three lines; 0 for none. */
static int facts_column(const part *ps, size_t n, size_t *at) {
    /* (not a DOI's line, nor "Keywords": they head side columns of the
     * article's own front matter, a software paper's links, an article
     * info box) */
    static const char *const labels[] = {"cite this article", "how to cite", "cite this:", "edited by",
                                         "reviewed by", "open access", "citation",
                                         "academic editor", "handling editor", "received",
                                         "specialty section", "*correspondence", NULL};
    int seen = 0;
    for (size_t i = 0; i < n && seen < 4; i++) {
        if (!ps[i].len)
            continue;
        seen++;
        char *t = jfyp_strndup(ps[i].s, ps[i].len);
        int ok = 0;
        for (size_t k = 0; t && labels[k] && !ok; k++)
            if (jfyp_strnieq(jfyp_trim(t), labels[k], strlen(labels[k])) && (k < 3 || seen < 4))
                ok = k < 3 ? 2 : 1;
        free(t);
        if (ok) {
            *at = i;
            return ok;
        }
    }
    return 0;
}

/* Are the three columns of a band (one side of g, and the two of sub cut
 * at sg) of one measure, each a good many lines long? */
static int even_thirds(emitter *e, const row *rows, size_t n, int g, const row *sub, int sg,
                       int right) {
    part *ps = calloc(n ? n : 1, sizeof *ps);
    if (!ps) {
        e->failed = 1;
        return 0;
    }
    int m[3], lines[3] = {0, 0, 0};
    for (int k = 0; k < 3; k++) {
        for (size_t i = 0; i < n; i++) {
            size_t at;
            if (k == 0) {
                at = byte_at(&rows[i], g);
                ps[i] = right ? cut(&rows[i], 0, at) : cut(&rows[i], at, rows[i].len);
            } else {
                at = byte_at(&sub[i], sg);
                ps[i] = k == 1 ? cut(&sub[i], 0, at) : cut(&sub[i], at, sub[i].len);
            }
            lines[k] += ps[i].len > 0;
        }
        m[k] = measure_of(e, ps, n);
    }
    free(ps);
    int lo = m[0], hi = m[0];
    for (int k = 1; k < 3; k++) {
        if (m[k] < lo)
            lo = m[k];
        if (m[k] > hi)
            hi = m[k];
    }
    return lo > 0 && hi * 10 <= lo * 13 && lines[0] >= 12 && lines[1] >= 12 && lines[2] >= 12;
}

static int label_over(const row *r, const row *below, int g);
static void emit_band(emitter *e, const row *rows, size_t n, int g, int apart) {
    part *left = calloc(n ? n : 1, sizeof *left);
    part *right = calloc(n ? n : 1, sizeof *right);
    if (!left || !right) {
        free(left);
        free(right);
        e->failed = 1;
        return;
    }
    int lw = 0, rw = 0, rs = right_start(rows, n, g);
    /* the head's line over it runs on only into the main column read
     * first; any other reading parts them */
    int run_on = e->run_on;
    e->run_on = 0;
    for (size_t i = 0; i < n; i++) {
        int o = crosses_at(&rows[i], g, 1) ? overrun(&rows[i], g, rs) : -1;
        size_t at = byte_at(&rows[i], o >= 0 ? o : g);
        if (i + 1 < n && label_over(&rows[i], &rows[i + 1], g))
            at = 0;
        left[i] = cut(&rows[i], 0, at);
        right[i] = cut(&rows[i], at, rows[i].len);
        if (left[i].width > lw)
            lw = left[i].width;
        if (right[i].width > rw)
            rw = right[i].width;
    }
    /* three columns on a first page (a side column of the journal's
     * facts beside two of text): the side that holds two is read as a
     * band of its own, and no column runs on into the other side. Later
     * pages' tables would show the same shape; there only three columns
     * of one measure are taken, a reference list set in three. */
    row *lsub = NULL, *rsub = NULL;
    int lg = -1, rg = -1;
    if (!apart && e->depth == 0) {
        rg = side_gutter(e, rows, n, g, 1, &rsub);
        if (rg < 0)
            lg = side_gutter(e, rows, n, g, 0, &lsub);
        if (e->page > 0 && (rsub || lsub) &&
            !even_thirds(e, rows, n, g, rsub ? rsub : lsub, rsub ? rg : lg, rsub != NULL)) {
            free(rsub);
            free(lsub);
            rsub = lsub = NULL;
            rg = lg = -1;
        }
    }
    /* A narrow side column of the article's facts at the left of the
     * first page's head (the editors, the dates, the citation, beside
     * the title and abstract) is read after the main column, at the
     * page's end: the head's readers find title and byline at the top,
     * and the main column's paragraphs run on into the bands below. */
    size_t label = 0;
    int facts = !lsub && !rsub && e->depth == 0 && e->page == 0 && n && rows[0].line <= 40
                    ? facts_column(left, n, &label)
                    : 0;
    if (facts) {
        /* (a column under the citation's label may be nearly as wide
         * as the main one: a margin as wide as a column, the Royal
         * Society's pages) */
        int lm0 = measure_of(e, left, n), rm0 = measure_of(e, right, n);
        if (lm0 > 0 && (lm0 * 2 < rm0 || (facts == 2 && lm0 <= rm0)) && !e->side) {
            /* The masthead over the citation's label (the journal's
             * name and site, the article's type) opens the page, as a
             * reading in order gives it: only the facts wait. Not when
             * the title's first lines, set over the side column, were
             * read already: the masthead would part title and byline. */
            if (facts == 2 && label > 0 && e->n == 0) {
                for (size_t i = 0; i < label; i++)
                    if (left[i].len) {
                        emit_part(e, &left[i]);
                        left[i].len = 0;
                    }
                if (!last_blank(e))
                    emit(e, "", 0, rows[label].line, 0);
            }
            e->beside_facts = 1;
            e->lead_on = run_on;
            emit_column(e, right, n, rw, left);
            e->lead_on = 0;
            e->beside_facts = 0;
            /* the main column goes on in the bands below: the side
             * column waits for the page's end */
            e->side = left;
            e->side_other = right;
            e->nside = n;
            e->side_width = lw;
            return;
        }
    }
    if (run_on && !last_blank(e))
        emit(e, "", 0, rows[0].line, 0);
    /* A later page's side column at the left (a sidebar's last notes
     * beside the main column, which goes on from the page before) comes
     * after the main column, so the paragraph the page break cut is read
     * whole. */
    if (e->side_later && e->depth == 0 && !lsub && !rsub &&
        ends_short(measure_of(e, left, n), measure_of(e, right, n))) {
        e->depth++;
        emit_column(e, right, n, rw, left);
        if (!last_blank(e))
            emit(e, "", 0, rows[n - 1].line, 0);
        emit_column(e, left, n, lw, right);
        e->depth--;
        free(left);
        free(right);
        return;
    }
    /* Notes at the foot of the first page's left column (the address
     * for correspondence, the key words), set off by blank rows while the
     * right column goes on beside them, under a line cut mid-sentence
     * whose sentence goes on at the top of the right column: they come
     * after that paragraph's end, so the paragraph they cut is read
     * whole. */
    size_t foot = n, resume = n;
    if (!lsub && !rsub && !apart && e->page == 0)
        foot = foot_notes(left, right, n, lw, &resume);
    /* (the blank rows over the notes are no paragraph's end: whether
     * the paragraph runs on is decided below) */
    size_t lend = foot;
    while (foot < n && lend > 0 && !left[lend - 1].len)
        lend--;
    e->depth++;
    if (lsub)
        emit_band(e, lsub, n, lg, 0);
    else
        emit_column(e, left, lend, lw, right);
    e->depth--;
    /* The left column's last paragraph runs on at the top of the right
     * one unless its last line ended short or the right one opens with a
     * heading over a longer line. */
    size_t last = foot, top = 0;
    while (last > 0 && left[last - 1].len == 0)
        last--;
    while (top < n && right[top].len == 0)
        top++;
    int heading = top + 1 < n && right[top + 1].len && heading_like(&right[top], rw) &&
                  ends_short(right[top].width, right[top + 1].width);
    /* A side column beside the main one (the journal's facts beside the
     * title and abstract) is no column the text runs on from. */
    int lm = measure_of(e, left, n), rm = measure_of(e, right, n);
    int side = apart || lsub || rsub || ends_short(lm, rm) || ends_short(rm, lm);
    if (last > 0 && (ends_short(left[last - 1].width, lw) || heading || side) && !last_blank(e))
        emit(e, "", 0, rows[n - 1].line, 0);
    e->depth++;
    e->beside_facts = !lsub && !rsub && e->page == 0 && facts_column(left, n, &label);
    if (rsub) {
        emit_band(e, rsub, n, rg, 0);
    } else if (foot < n) {
        /* (a running footer's items on the notes' last row, parted by a
         * wide gap, stay at the page's end) */
        size_t fend = n;
        while (fend > foot && (!left[fend - 1].len || has_wide_gap(left[fend - 1].s, left[fend - 1].len)))
            fend--;
        emit_column(e, right, resume, rw, left);
        if (!last_blank(e))
            emit(e, "", 0, rows[resume].line, 0);
        emit_column(e, left + foot, fend - foot, lw, right + foot);
        if (!last_blank(e))
            emit(e, "", 0, rows[resume].line, 0);
        emit_column(e, right + resume, n - resume, rw, left + resume);
        if (fend < n && !last_blank(e))
            emit(e, "", 0, rows[fend].line, 0);
        emit_column(e, left + fend, n - fend, lw, right + fend);
    } else {
        emit_column(e, right, n, rw, left);
    }
    e->beside_facts = 0;
    e->depth--;
    free(lsub);
    free(rsub);
    free(left);
    free(right);
}

/* A row read whole. A layout reader that keeps a justified line's word
 * spacing (pdfminer.six) parts its words by two spaces here and there
 * ("Wang  LX,  Wang  ZJ."), which no reader of names, labels or
 * references expects: a run of exactly two between words is one space.
 * Runs of three and more (a table's cells, a gutter) and the row's
 * indent are kept as the page set them. */
/* Where s[i..n) first holds two spaces side by side (n if nowhere).
 * Most rows of prose hold none: sixteen bytes are looked at together. */
static size_t space_pair(const char *s, size_t i, size_t n) {
#ifdef __SSE2__
    for (; i + 16 <= n; i += 15) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')));
        m &= m >> 1;
        if (m)
            return i + (size_t)__builtin_ctz(m);
    }
#endif
    for (; i + 1 < n; i++)
        if (s[i] == ' ' && s[i + 1] == ' ')
            return i;
    return n;
}

static void emit_whole(emitter *e, const row *r) {
    size_t k = 0;
    while (k < r->len && r->s[k] == ' ')
        k++;
    /* the row's first run of two after a word */
    size_t w = 0;
    for (size_t j = space_pair(r->s, k + 1, r->len); !w && j + 2 < r->len;
         j = space_pair(r->s, j + 1, r->len))
        if (r->s[j - 1] != ' ' && r->s[j + 2] != ' ')
            w = j;
    if (!w) {
        emit(e, r->s, r->len, r->line, r->col);
        return;
    }
    if (e->row_cap < r->len) {
        char *g = realloc(e->row, r->len);
        if (!g) {
            e->failed = 1;
            return;
        }
        e->row = g;
        e->row_cap = r->len;
    }
    char *s = e->row;
    memcpy(s, r->s, w - 1);
    size_t o = w - 1;
    for (size_t i = w - 1; i < r->len; i++) {
        s[o++] = r->s[i];
        if (r->s[i] != ' ' && i + 3 < r->len && r->s[i + 1] == ' ' && r->s[i + 2] == ' ' && r->s[i + 3] != ' ') {
            s[o++] = ' ';
            i += 2;
        }
    }
    emit(e, s, o, r->line, r->col);
}

/* A caption's label opening r: "Table 2", "TABLE IV", "Fig. 3",
 * "Figure S1". */
static int caption_row(const row *r) {
    static const char *const labels[] = {"Table", "TABLE", "Figure", "FIGURE", "Fig.", "FIG.", "Fig", NULL};
    size_t i = 0;
    while (i < r->len && (r->s[i] == ' ' || r->s[i] == '\t'))
        i++;
    for (int k = 0; labels[k]; k++) {
        size_t l = strlen(labels[k]);
        if (r->len - i <= l || strncmp(r->s + i, labels[k], l) != 0)
            continue;
        size_t j = i + l;
        while (j < r->len && r->s[j] == ' ')
            j++;
        if (j < r->len && r->s[j] == 'S')
            j++;
        return j < r->len && j > i + l && (isdigit((unsigned char)r->s[j]) || strchr("IVX", r->s[j]));
    }
    return 0;
}

/* Where a line outside the columns' flow (running header, the article's
 * label line) divides into its items: the wide gap nearest the gutter,
 * since the items need not line up with the columns. -1 when the line is
 * one item across the gutter. */
typedef struct {
    int g, prev_end, best, best_d;
} gap_search;

static void nearest_gap(void *ud, int a, int b) {
    gap_search *s = ud;
    if (s->prev_end >= 0 && a - s->prev_end >= 3) {
        int d = s->g < s->prev_end ? s->prev_end - s->g : s->g > a ? s->g - a : 0;
        if (s->best < 0 || d < s->best_d) {
            s->best = s->prev_end;
            s->best_d = d;
        }
    }
    s->prev_end = b;
}

static int split_column(const row *r, int g) {
    gap_search s = {g, -1, -1, 0};
    /* a caption's label set apart from its text ("TABLE 2      Marker
     * parameters ...") is one item with it */
    if (r->first < 0 || caption_row(r))
        return -1;
    /* all of it right of the gutter: one item of the right side */
    if (r->first > g)
        return 0;
    words(r, nearest_gap, &s);
    if (s.best >= 0)
        return s.best;
    return crosses(r, g) ? -1 : g;
}

/* An address's label set as a superscript before it (a digit or a
 * letter or two) comes out on a row of its own, just left of where the
 * address starts: beside a narrow gutter it may fall left of it. Such a
 * row, one short mark ending at most two columns short of the gutter,
 * over a row whose text starts right past the gutter, within a few
 * columns of the mark, belongs to the column at the right. */
static int label_over(const row *r, const row *below, int g) {
    if (r->first < 0 || below->first <= g || r->end - r->first > 2 || r->end < g - 1 ||
        below->first > r->end + 4 || has_wide_gap(r->s, r->len))
        return 0;
    size_t a = byte_at(r, r->first), b = byte_at(r, r->end);
    for (size_t k = a; k < b; k++)
        if (!isalnum((unsigned char)r->s[k]))
            return 0;
    return 1;
}

/* A justified line of a footer set across the page ("2405-8440/(c) 2024
 * The Authors.      Published by X.      This is an open access article
 * under the ... license") shows gaps as wide as items' but is one
 * sentence run on to the line under it: that line follows with no blank,
 * from the same margin, across the gap, and opens lower case or with a
 * parenthesis ("(http://creativecommons.org/...)."), while the line above
 * ends with no stop. Items never run on so. */
static int runs_on_below(const row *rows, size_t n, size_t i, int c) {
    if (i + 1 >= n || rows[i + 1].line != rows[i].line + 1 || rows[i + 1].first < 0)
        return 0;
    const row *a = &rows[i], *b = &rows[i + 1];
    right_scan rs = {c, -1};
    probe p = {-1, 0, -1, 0, 0};
    words(a, first_right, &rs);
    words(b, probe_word, &p);
    /* the line under is one item, from the same margin, over the start
     * of the item after the gap: where that item stands, no column does */
    if (c <= a->first || rs.start < 0 || p.wide || b->first > a->first + 1 || b->first + 1 < a->first ||
        b->end <= rs.start)
        return 0;
    size_t k = a->len;
    while (k && a->s[k - 1] == ' ')
        k--;
    if (!k || strchr(".:;!?", a->s[k - 1]))
        return 0;
    const char *t = b->s;
    while (t < b->s + b->len && *t == ' ')
        t++;
    return t < b->s + b->len && (*t == '(' || islower((unsigned char)*t));
}

/* Such lines hold an item on each side: the journal left, the article type
 * or page right. The items have nothing to do with each other, so each side
 * becomes a paragraph of its own, left first. */
static void emit_across(emitter *e, const row *rows, size_t n, int g) {
    part *right = calloc(n ? n : 1, sizeof *right);
    if (!right) {
        e->failed = 1;
        return;
    }
    size_t nr = 0, from = 0, run = 0;
    int lend = 0; /* where the run's left items end, at the widest */
    for (size_t i = 0; i < n; i++) {
        int c = split_column(&rows[i], g);
        if (c >= 0 && runs_on_below(rows, n, i, c))
            c = -1;
        if (i + 1 < n && label_over(&rows[i], &rows[i + 1], g))
            c = rows[i].first;
        size_t at = c >= 0 ? byte_at(&rows[i], c) : 0;
        part rp = c >= 0 ? cut(&rows[i], at, rows[i].len) : (part){0};
        /* a row of the first page set across where the right items
         * stood, with nothing right of the gutter, under rows of two
         * items each (a byline set as a grid of names, a note under
         * it): the right items, those rows' only, read on from the left
         * ones before it (a left column going on under a shorter right
         * one is no wider than its lines beside it) */
        if (!rp.len && rows[i].first >= 0 && run >= 2 && rows[i].end > lend + 2 &&
            e->page == 0 && nr - from == run) {
            for (; from < nr; from++)
                emit_part(e, &right[from]);
        }
        if (rp.len && c >= 0 && rows[i].first < c) {
            lend = run && lend > c ? lend : c;
            run++;
        } else if (rows[i].first >= 0) {
            run = 0;
        }
        if (c < 0) {
            emit_whole(e, &rows[i]);
            continue;
        }
        part l = cut(&rows[i], 0, at);
        if (l.len)
            emit_part(e, &l);
        right[nr] = rp;
        if (right[nr].len)
            nr++;
    }
    right += from;
    nr -= from;
    if (nr && !last_blank(e))
        emit(e, "", 0, right[0].line, 0);
    for (size_t i = 0; i < nr; i++)
        emit_part(e, &right[i]);
    free(right - from);
}

/* A band is read as two columns only when it has the lines to show it. */
static int two_column_band(const row *rows, size_t n, int g) {
    int both = 0;
    for (size_t i = 0; i < n; i++)
        if (rows[i].first >= 0 && rows[i].first < g && rows[i].end > g)
            both++;
    return both >= 3;
}

/* Lines at the top of a band, set off by a blank line, whose right side
 * is short: the journal line with the article type at the right margin.
 * They are not the first lines of both columns (those are full lines on
 * the right, or headings with both columns going on below them), so they
 * are read across. Returns how many rows they take. */
static size_t band_head(const row *rows, size_t n, int g) {
    int rw = 0;
    for (size_t i = 0; i < n; i++)
        if (rows[i].end - g > rw)
            rw = rows[i].end - g;
    for (size_t i = 0; i < n && i < 3; i++) {
        if (rows[i].first < 0) {
            /* Both columns going on below: headings over each, not a
             * label line. */
            size_t k = i;
            while (k < n && rows[k].first < 0)
                k++;
            return k < n && rows[k].first < g && rows[k].end > g ? 0 : i;
        }
        if ((rows[i].end - g) * 10 >= rw * 6)
            return 0;
    }
    return 0;
}

/* Lines at the top of a page's first band with text right of the gutter
 * only, closed off by a line the right side leaves empty: the title,
 * byline and addresses set over the main column beside a sidebar that
 * starts lower down (DOI, dates, licence, the addresses of a medical
 * journal). They come first, as the page's head. A column of running text
 * beside a figure goes on without such a gap. Returns how many rows they
 * take. */
static size_t right_head(const row *rows, size_t n, int g) {
    size_t k = 0, text = 0, cut = 0;
    while (k < n && (rows[k].first < 0 || rows[k].first > g)) {
        if (rows[k].first < 0 && text >= 2 && !cut)
            cut = k;
        text += rows[k].first >= 0;
        k++;
    }
    if (k < n && rows[k].end <= g + 1 && text >= 2)
        cut = k;
    while (cut > 0 && rows[cut - 1].first < 0)
        cut--;
    return cut;
}

/* The running header or footer: at most two lines of text set off from
 * the page by two blank lines. Returns how many rows it takes from the
 * top (dir 1) or the bottom (dir -1) of the page, 0 when there is none. */
static size_t margin(const row *rows, size_t n, int dir) {
    size_t text = 0, blanks = 0;
    for (size_t k = 0; k < n; k++) {
        const row *r = &rows[dir > 0 ? k : n - 1 - k];
        if (r->first >= 0) {
            if (blanks >= 2 && text > 0)
                return k - blanks;
            if (++text > 2)
                return 0;
            blanks = 0;
        } else {
            blanks++;
        }
    }
    return 0;
}

/* Could any line hold two columns? Their gap is three spaces or more after
 * a word; without one there is nothing to do. */
static int has_wide_gap(const char *text, size_t len) {
    const char *p = text, *end = text + len;
#ifdef __SSE2__
    /* Sixteen bytes at a time, where a run of three spaces starts at one
     * of the first fourteen (each start is looked at once); the first
     * space of the run is the one after a word. */
    for (; end - p >= 16; p += 14) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')));
        for (unsigned t = m & (m >> 1) & (m >> 2) & 0x3FFF; t; t &= t - 1) {
            const char *s = p + __builtin_ctz(t);
            if (s > text && s[-1] != ' ' && s[-1] != '\n')
                return 1;
        }
    }
#endif
    while ((p = memchr(p, ' ', (size_t)(end - p))) != NULL) {
        if (p > text && p[-1] != ' ' && p[-1] != '\n' && end - p >= 3 && p[1] == ' ' &&
            p[2] == ' ')
            return 1;
        p++;
    }
    return 0;
}

/* A table set across the page, over both columns: its rows hold four
 * cells and more, set apart by gaps of three spaces or more, none of them
 * as long as a column's line. Three such rows at least, with nothing
 * between them but blank rows and the short lines of wrapped cells, make
 * one. Read as columns, the table's own gaps would be taken for the page's
 * gutter, and every row would be cut in two, half of it read a page of
 * rows later; read as lines of text, its cells run together and each
 * wrapped cell's line stands alone, read as a heading. Two columns of
 * prose never hold such rows (a line of each is longer); a table in one
 * column has the other column's long lines beside it on many of its rows,
 * and is read with its column; a row of names in a byline is one row.
 * The rows are kept as the page set them, fenced (see emit_table), and
 * recognize_pdf_tables.c reads them under their caption. */
#define TABLE_CELL 40 /* display columns: a cell's text, shorter than a column's line */
#define TABLE_TEXT 50 /* a line that long is a column's (a cell's wrapped line is shorter) */
#define TABLE_CELLS 4 /* cells on a table's row */
#define TABLE_MANY 6  /* cells on a row: a long one inside them is a cell too */
#define TABLE_ROWS 3  /* such rows in a table */
#define TABLE_WRAP 10 /* lines between two of them: a cell's wrapped lines */
#define TABLE_NOTES 8 /* lines of notes under a table */
#define TABLE_INDENT 8 /* display columns a cell's line is set in by, past the table's edge */
#define FIGURE_LABEL 40 /* display columns: a label in a drawing */
#define FIGURE_MARK 4   /* display columns: a mark in a drawing */
#define FIGURE_ROWS 80  /* rows a drawing above its caption takes at most */
#define FIGURE_MIN 6    /* rows of labels in one */

typedef struct {
    int cells, start, prev_end, longs, lines, ink, widest, line_at;
} cell_scan;

/* longs: cells longer than TABLE_CELL; lines: longer than TABLE_TEXT,
 * the last of them the line_at'th cell (from 1) */
static void end_cell(cell_scan *s) {
    if (s->cells && s->prev_end - s->start > TABLE_CELL)
        s->longs++;
    if (s->cells && s->prev_end - s->start > TABLE_TEXT) {
        s->lines++;
        s->line_at = s->cells;
    }
    if (s->cells && s->prev_end - s->start > s->widest)
        s->widest = s->prev_end - s->start;
}

static void scan_cell(void *ud, int a, int b) {
    cell_scan *s = ud;
    if (s->prev_end < 0 || a - s->prev_end >= 3) {
        end_cell(s);
        s->cells++;
        s->start = a;
    }
    s->prev_end = b;
    s->ink += b - a;
}

/* ROW_WIDE: a row of cells, some of them long, one at most a column's
 * line (a row's label of several words, the page's other column beside a
 * table in one) */
enum { ROW_BLANK, ROW_CELLS, ROW_SHORT, ROW_WIDE, ROW_LONG };

/* What r is to a table: blank, a row of cells, a line of short cells only
 * (a wrapped cell, a group's label), or a line of text. *cells gets its
 * number of cells, *lines how many of them are as long as a column's line,
 * *sparse whether it is a row of a drawing's labels. */
static int row_kind(const row *r, int *cells, int *lines, int *sparse) {
    cell_scan s = {0, 0, -1, 0, 0, 0, 0, 0};
    if (r->first >= 0)
        words(r, scan_cell, &s);
    end_cell(&s);
    /* a row of many cells is one, a long one inside it (a study's design
     * in a table of trials); a column's line beside a table in one stands
     * at the row's start or end */
    int inside = s.cells >= TABLE_MANY && s.lines == 1 && s.line_at > 1 && s.line_at < s.cells;
    *cells = s.cells;
    *lines = inside ? 0 : s.lines;
    /* a drawing's labels: short items far apart, little ink on the row,
     * or an atom's or a point's mark alone ("O", "CH3") */
    *sparse = (s.cells >= 2 && s.widest <= FIGURE_LABEL && s.ink * 10 < (r->end - r->first) * 3) ||
              (s.cells >= 1 && s.widest <= FIGURE_MARK);
    if (!s.cells)
        return ROW_BLANK;
    if (s.cells >= TABLE_CELLS)
        return s.longs == 0 || inside ? ROW_CELLS : s.lines <= 1 ? ROW_WIDE : ROW_LONG;
    return s.lines ? ROW_LONG : ROW_SHORT;
}

/* Whether r opens with a code fence, which would end the fence a table is
 * kept in. */
static int fence_line(const row *r) {
    size_t i = 0;
    while (i < r->len && (r->s[i] == ' ' || r->s[i] == '\t'))
        i++;
    return r->len - i >= 3 && (strncmp(r->s + i, "```", 3) == 0 || strncmp(r->s + i, "~~~", 3) == 0);
}

/* A figure's caption opening r: "Fig. 5.", "Figure 2". */
static int figure_row(const row *r) {
    size_t i = 0;
    while (i < r->len && r->s[i] == ' ')
        i++;
    return caption_row(r) && r->s[i] == 'F';
}

/* Marks the rows of each table set across the page (row.table, numbered
 * from 1 by table), and of each drawing over its caption. kind is room for
 * 4 * n ints. Returns the number of tables. */
static int find_tables(row *rows, size_t n, int *kind) {
    int *cells = kind + n, *lines = kind + 2 * n, *sparse = kind + 3 * n;
    for (size_t i = 0; i < n; i++) {
        kind[i] = row_kind(&rows[i], &cells[i], &lines[i], &sparse[i]);
        rows[i].table = rows[i].drawing = 0;
    }
    int tables = 0;
    size_t i = 0;
    while (i < n) {
        if (kind[i] != ROW_CELLS) {
            i++;
            continue;
        }
        size_t last = i, k = i + 1;
        int count = 1, left = rows[i].first, since = 0;
        /* a cell's long line is set in from the table's left edge, where
         * a column's line starts at it; blank rows do not count (a page
         * break inside a table leaves a few) */
        for (; k < n && since <= TABLE_WRAP; k++) {
            if (kind[k] == ROW_LONG && rows[k].first < left + TABLE_INDENT)
                break;
            since += kind[k] != ROW_BLANK;
            if (kind[k] == ROW_CELLS || kind[k] == ROW_WIDE) {
                last = k;
                since = 0;
                count += kind[k] == ROW_CELLS;
                if (rows[k].first < left)
                    left = rows[k].first;
            }
        }
        if (count < TABLE_ROWS) {
            i = last + 1;
            continue;
        }
        /* a header's lines above the first row hold cells of their own;
         * a wrapped cell's last lines below the last row are set in from
         * the table's left edge, where the page's footer or the text going
         * on is not */
        size_t a = i, b = last + 1;
        for (size_t j = a; j < b; j++)
            if (rows[j].first >= 0 && rows[j].first < left)
                left = rows[j].first;
        for (size_t up = a; up > 0; up--) {
            const row *h = &rows[up - 1];
            int head = (kind[up - 1] == ROW_SHORT || kind[up - 1] == ROW_WIDE) &&
                       (cells[up - 1] >= 2 || h->first > left) && !caption_row(h);
            /* one blank row may set the header off */
            if (kind[up - 1] == ROW_BLANK && up == a && up >= 2 && kind[up - 2] != ROW_BLANK)
                continue;
            if (!head)
                break;
            a = up - 1;
        }
        while (b < n && kind[b] == ROW_SHORT && rows[b].first > left)
            b++;
        /* the table's notes run on under it, with no blank row: a few
         * lines, where text going on under a table would be a column */
        size_t notes = b;
        while (notes < n && notes - b <= TABLE_NOTES && kind[notes] != ROW_BLANK &&
               !caption_row(&rows[notes]))
            notes++;
        if (notes - b <= TABLE_NOTES)
            b = notes;
        /* a table in one column has the other column's lines beside it:
         * a third of its rows hold one */
        int fenced = 0, text = 0, prose = 0;
        for (size_t j = a; j < b && !fenced; j++) {
            fenced = fence_line(&rows[j]);
            text += kind[j] != ROW_BLANK;
            prose += lines[j] > 0;
        }
        if (!fenced && prose * 3 < text) {
            tables++;
            for (size_t j = a; j < b; j++)
                rows[j].table = tables;
        }
        i = b;
    }
    /* A drawing over its caption (a chemical structure, a diagram's
     * boxes): rows of short labels scattered over the page, which read as
     * columns no better than as text. Kept as they stand too, from the
     * caption up to the first line of text. */
    size_t head = 0; /* the page's first line: its running header */
    while (head < n && kind[head] == ROW_BLANK)
        head++;
    for (size_t c = head + 1; c < n; c++) {
        if (rows[c].table || !figure_row(&rows[c]))
            continue;
        size_t a = c, labels = 0, scattered = 0;
        while (a > head + 1 && c - a < FIGURE_ROWS && !rows[a - 1].table && kind[a - 1] != ROW_LONG &&
               kind[a - 1] != ROW_WIDE && !caption_row(&rows[a - 1])) {
            a--;
            if (kind[a] != ROW_BLANK) {
                /* one label alone on its row: a name under a structure */
                if (cells[a] == 1 && (rows[a].end - rows[a].first > FIGURE_LABEL))
                    break;
                labels++;
                scattered += sparse[a];
            }
        }
        size_t z = c;
        while (a < z && kind[a] == ROW_BLANK)
            a++;
        while (z > a && kind[z - 1] == ROW_BLANK)
            z--;
        if (labels >= FIGURE_MIN && scattered * 2 >= labels) {
            tables++;
            for (size_t j = a; j < z; j++) {
                rows[j].table = tables;
                rows[j].drawing = 1;
            }
        }
    }
    return tables;
}

/* A table's rows as they stand, in a fenced block: the gaps between its
 * cells are all that tells them apart, and the fence keeps every row a
 * line of its own, no paragraph and no heading. */
static void emit_table(emitter *e, const row *rows, size_t n) {
    int left = -1;
    for (size_t i = 0; i < n; i++)
        if (rows[i].first >= 0 && (left < 0 || rows[i].first < left))
            left = rows[i].first;
    if (!last_blank(e))
        emit(e, "", 0, rows[0].line, 0);
    emit(e, "~~~", 3, rows[0].line, 0);
    for (size_t i = 0; i < n; i++) {
        const row *r = &rows[i];
        if (r->first < 0) {
            emit(e, "", 0, r->line, r->col);
            continue;
        }
        size_t from = byte_at(r, left), to = r->len;
        while (to > from && (r->s[to - 1] == ' ' || r->s[to - 1] == '\t'))
            to--;
        emit(e, r->s + from, to - from, r->line, r->col + (int)from);
    }
    emit(e, "~~~", 3, rows[n - 1].line, 0);
    emit(e, "", 0, rows[n - 1].line, 0);
}

/* Sets the tables' rows blank for the gutter's search, their first and
 * end kept in saved (room for 2 * n), and back. A drawing's rows stay:
 * its labels leave the gutter blank as the columns beside do, and a page
 * of a few lines beside one could not show its columns without them. */
static void hide_tables(row *rows, size_t n, int *saved) {
    for (size_t i = 0; i < n; i++)
        if (rows[i].table && !rows[i].drawing) {
            saved[i] = rows[i].first;
            saved[n + i] = rows[i].end;
            rows[i].first = rows[i].end = -1;
        }
}

static void unhide_tables(row *rows, size_t n, const int *saved) {
    for (size_t i = 0; i < n; i++)
        if (rows[i].table && !rows[i].drawing) {
            rows[i].first = saved[i];
            rows[i].end = saved[n + i];
        }
}

/* Superscript marks set on a line of their own: pdftotext -layout puts
 * the raised affiliation numbers of a byline (and the icons beside names)
 * on the row above the names, so a title runs into a row of bare "1,2"s
 * and the names lose their marks. A row of nothing but such marks, each
 * over a gap or word end of the row below it, is put back into that row,
 * after the word it follows; the row itself goes blank. */
static int mark_token(const char *s, size_t len, int loose) {
    if (len == 0 || len > 12)
        return 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isdigit(c) || c == ',' || c == '*' || (loose && c == '#'))
            continue;
        /* dagger, double dagger */
        if (i + 2 < len + 0 && c == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
            ((unsigned char)s[i + 2] == 0xA0 || (unsigned char)s[i + 2] == 0xA1)) {
            i += 2;
            continue;
        }
        /* section sign, pilcrow (a corresponding author's mark) */
        if (i + 1 < len && c == 0xC2 && ((unsigned char)s[i + 1] == 0xA7 || (unsigned char)s[i + 1] == 0xB6)) {
            i++;
            continue;
        }
        return 0;
    }
    return 1;
}

typedef struct {
    const row *r;
    int loose, ok, n, a[16], b[16];
} mark_scan;

static void scan_mark(void *ud, int a, int b) {
    mark_scan *m = ud;
    /* a row already refused stays so: byte_at counts from the row's
     * start, and a long row of words would be walked once per word */
    if (!m->ok)
        return;
    size_t x = byte_at(m->r, a), y = byte_at(m->r, b);
    if (m->n >= 16 || !mark_token(m->r->s + x, y - x, m->loose)) {
        m->ok = 0;
        return;
    }
    m->a[m->n] = a;
    m->b[m->n] = b;
    m->n++;
}

/* A row of marks that cannot be put back where they belong (they do not
 * line up with the names under them, or include marks such as '#' that
 * also open other text): it still parts the title above it from the
 * byline below, as the blank line it becomes. */
static int stray_marks(const row *m, const row *below) {
    mark_scan sc = {m, 1, 1, 0, {0}, {0}};
    if (m->first < 0 || below->first < 0)
        return 0;
    words(m, scan_mark, &sc);
    return sc.ok && sc.n >= 2 && words(below, NULL, NULL) >= 4;
}

/* Merges row i's marks into row i + 1; returns the merged text (malloc'd)
 * or NULL when row i is no mark row over it (or on out of memory, which
 * leaves the rows as they were). */
static char *merge_marks(const row *m, const row *below) {
    mark_scan sc = {m, 0, 1, 0, {0}, {0}};
    if (m->first < 0 || below->first < 0)
        return NULL;
    words(m, scan_mark, &sc);
    if (!sc.ok || sc.n == 0 || words(below, NULL, NULL) < 2)
        return NULL;
    size_t at[16];
    for (int k = 0; k < sc.n; k++) {
        if (sc.a[k] <= below->first || sc.a[k] > below->end + 16)
            return NULL;
        size_t p = byte_at(below, sc.a[k]);
        /* inside a word: after it */
        while (p > 0 && p < below->len && below->s[p] != ' ' && below->s[p - 1] != ' ')
            p++;
        at[k] = p;
    }
    jfyp_buf b;
    jfyp_buf_init(&b);
    size_t from = 0;
    for (int k = 0; k < sc.n; k++) {
        jfyp_buf_put(&b, below->s + from, at[k] - from);
        if (b.len && b.data[b.len - 1] != ' ')
            jfyp_buf_putc(&b, ' ');
        size_t x = byte_at(m, sc.a[k]), y = byte_at(m, sc.b[k]);
        jfyp_buf_put(&b, m->s + x, y - x);
        if (at[k] < below->len && below->s[at[k]] != ' ')
            jfyp_buf_putc(&b, ' ');
        from = at[k];
    }
    jfyp_buf_put(&b, below->s + from, below->len - from);
    return jfyp_buf_finish(&b);
}

/* Returns 1 when the page was read as columns. top: the page's top rows
 * are among them (a running header may lead them). */
static int emit_page_rows(emitter *e, row *rows, size_t n, int g, int top);

/* Where a page's columns start when its head is set across the page (an
 * abstract over the whole width, a title beside a sidebar): after two
 * blank lines, the rows left to the end share a gutter the head's wide
 * lines hide from the whole page's search. The first such start is
 * taken; only the page's first blocks are tried, so a long page costs a
 * few searches. Returns the row it starts at (0 when none) and its
 * gutter in *g. */
/* Are the rows from i no columns' start at g: too few lines with text
 * each side of g, or the block from i (to the next blank row) holding a
 * line set across g as one run of text, no wide gap in it (a note over
 * the columns, not their first lines)? */
static int run_across(const row *rows, size_t n, size_t i, int g) {
    int sides = 0, right = 0;
    for (size_t k = i; k < n; k++) {
        sides += rows[k].first >= 0 && rows[k].first < g && rows[k].end > g + 1 && !crosses(&rows[k], g);
        right += rows[k].first > g && rows[k].end - rows[k].first >= 30;
    }
    /* and a few lines of a single column over a licence note are no
     * columns: a good many lines hold text each side of g, or a few do
     * and the right column's running text also stands alone on lines
     * the left leaves blank (a short first page's columns under a long
     * abstract, the left one broken by a heading or a footnote) */
    if (sides < 8 && (sides < 5 || right < 2))
        return 1;
    for (; i < n && rows[i].first >= 0; i++)
        if (rows[i].first + 10 < g && rows[i].end > g + 10 && !has_wide_gap(rows[i].s, rows[i].len))
            return 1;
    return 0;
}

/* A few lines of two columns closing the first page under its head, too
 * few for find_gutter (the first lines of the body under a long
 * abstract): each row of the block holds a single wide gap with a good
 * length of text on both sides (but one row, a heading at the left), and
 * the gaps share a strip in the
 * middle of the page. Returns a column in it, or -1. */
typedef struct {
    int prev_end, gaps, a, b;
} gap_scan;
static void scan_gap(void *ud, int a, int b) {
    gap_scan *s = ud;
    if (s->prev_end >= 0 && a - s->prev_end >= 3) {
        s->gaps++;
        s->a = s->prev_end;
        s->b = a;
    }
    s->prev_end = b;
}
static int short_gutter(const row *rows, size_t n) {
    int lo = 0, hi = -1, k = 0, maxend = 0, full = 0;
    for (size_t i = 0; i < n && rows[i].first >= 0; i++, k++) {
        gap_scan s = {-1, 0, 0, 0};
        words(&rows[i], scan_gap, &s);
        if (s.gaps != 1 || rows[i].end - s.b < 20)
            return -1;
        /* (a heading may stand at the left of one) */
        full += s.a - rows[i].first >= 20;
        if (s.a > lo)
            lo = s.a;
        if (hi < 0 || s.b < hi)
            hi = s.b;
        if (rows[i].end > maxend)
            maxend = rows[i].end;
    }
    int g = (lo + hi) / 2;
    return k >= 2 && full + 1 >= k && hi - lo >= 2 && g >= maxend / 4 && g <= maxend * 3 / 4 ? g : -1;
}

static size_t columns_below(row *rows, size_t n, int *g, int first_page) {
    /* Failing that, after one blank line: a head closed by a citation
     * note or an abstract box right over the columns' first lines. And
     * failing that, on the first page, with no blank line at all: the
     * first line with a wide gap in it under a line of one run of text
     * (the abstract's last line, then "Introduction" beside the right
     * column's first line; later pages' tables have that shape too). */
    for (int blanks = 2; blanks >= (first_page ? 0 : 1); blanks--) {
        int tries = 0;
        for (size_t i = 2; i < n && tries < 8; i++) {
            if (rows[i].first < 0)
                continue;
            if (blanks == 0 ? rows[i - 1].first < 0 || has_wide_gap(rows[i - 1].s, rows[i - 1].len) ||
                                  !has_wide_gap(rows[i].s, rows[i].len)
                            : rows[i - 1].first >= 0 || (blanks == 2 && rows[i - 2].first >= 0))
                continue;
            tries++;
            if ((*g = find_gutter(rows + i, n - i)) >= 0 && (blanks == 2 || !run_across(rows, n, i, *g)))
                return i;
        }
    }
    /* and failing all that, on the first page, the last block under two
     * blank rows that is a few lines of two columns (a footer may follow) */
    size_t last = 0;
    int lg = -1;
    for (size_t i = 2; first_page && i < n; i++) {
        int sg;
        if (rows[i].first >= 0 && rows[i - 1].first < 0 && rows[i - 2].first < 0 &&
            (sg = short_gutter(rows + i, n - i)) >= 0)
            last = i, lg = sg;
    }
    *g = lg;
    return lg >= 0 ? last : 0;
}

/* The first page's head over its columns, though the whole page shows
 * their gutter: an abstract set across the page (beside a licence box at
 * the right) whose lines mostly run over the gutter by a word, a few
 * leaving a space at it by chance. Read with the columns, those few would
 * be cut there. The head is the rows over two blank rows under which the
 * rest shares a gutter, when two of its lines run over the page's gutter
 * as running text, each well past it on both sides, and another stands
 * on both sides of it without a word over it. Returns the columns' first
 * row and their gutter in *g, or 0. */
static size_t head_over(row *rows, size_t n, int *g) {
    int over = 0, split = 0, tries = 0;
    for (size_t i = 0; i < n && i < 40 && tries < 8; i++) {
        const row *r = &rows[i];
        if (r->first >= 0 && i >= 2 && rows[i - 1].first < 0 && rows[i - 2].first < 0) {
            tries++;
            int sg;
            if (over >= 2 && split >= 1 && (sg = find_gutter(rows + i, n - i)) >= 0) {
                *g = sg;
                return i;
            }
        }
        if (r->first < 0 || r->first + 10 >= *g || r->end <= *g + 10)
            continue;
        if (crosses_at(r, *g, 1))
            over++;
        else
            split += !crosses(r, *g);
    }
    return 0;
}

/* A side column in a block of the page's head: items on the right whose
 * first words line up on one display column, each one run of text (no
 * wide gap in it, so not a table's cells), beside text on the left that
 * stops short of them, no word of either side reaching into the strip
 * between. Too few lines for find_gutter: a title of two lines beside a
 * sidebar of the journal's facts. Returns a column of the strip, or -1. */
typedef struct {
    int from, start, gaps, prev_end;
} right_item;
static void find_item(void *ud, int a, int b) {
    right_item *it = ud;
    if (it->prev_end >= 0 && a - it->prev_end >= 3) {
        if (it->start < 0 && a >= it->from)
            it->start = a;
        else
            it->gaps++;
    } else if (it->prev_end < 0 && a >= it->from) {
        it->start = a;
    }
    it->prev_end = b;
}
static int item_start(const row *r, int from) {
    right_item it = {from, -1, 0, -1};
    if (r->first < 0)
        return -1;
    words(r, find_item, &it);
    return it.gaps ? -1 : it.start;
}
static int side_from(const row *rows, size_t n, int labels, int maxend, int from);
static int find_side_of(const row *rows, size_t n, int labels) {
    int maxend = 0;
    for (size_t i = 0; i < n; i++)
        if (rows[i].end > maxend)
            maxend = rows[i].end;
    if (maxend < 50)
        return -1;
    int x = side_from(rows, n, labels, maxend, maxend / 4);
    /* Notes in a narrow margin (the correspondence address and the dates
     * beside a wide abstract) stand closer to the left edge than a side
     * column does: taken there too, beside long lines of prose. */
    return x >= 0 ? x : side_from(rows, n, labels, maxend, maxend / 8);
}
static int side_from(const row *rows, size_t n, int labels, int maxend, int from) {
    int *count = calloc((size_t)maxend + 1, sizeof *count);
    if (!count)
        return -1;
    int x = -1, k = 0, items = 0, left = 0, nl = 0;
    for (size_t i = 0; i < n; i++) {
        int a = item_start(&rows[i], from);
        if (a >= 0 && ++count[a] > k)
            k = count[a], x = a;
        items += a >= 0;
    }
    free(count);
    if (x < 0 || k < 3 || k * 2 < items)
        return -1;
    long lw = 0, rw = 0;
    for (size_t i = 0; i < n; i++) {
        const row *r = &rows[i];
        if (r->first < 0)
            continue;
        if (crosses_at(r, x - 1, 1) || crosses_at(r, x - 2, 1))
            return -1;
        int a = item_start(r, from);
        if (a == x)
            rw += r->end - x;
        if (r->first < x) {
            lw += (r->end < x ? r->end : x) - r->first, nl++;
            left += a == x;
        }
    }
    /* lines of text on both sides, not a table's labels and numbers;
     * with labels, short lines at the left (an article info box's
     * labels and values) beside long lines of prose (the abstract) */
    if (left < 1 || rw < 15L * k || (lw < 15L * nl && !(labels && rw >= 60L * k && nl >= 3)) ||
        (x < maxend / 4 && (rw < 60L * k || nl < 3)))
        return -1;
    return x - 1;
}
static int find_side(const row *rows, size_t n) { return find_side_of(rows, n, 0); }

/* A side column set flush right beside the head (the journal's name,
 * volume, DOI and licence lines, each ending at the page's right edge
 * and starting where its length puts it) while the title's lines stand
 * at the left: no common start for find_side, but a common end. The
 * rows' last items (after a wide gap, or a row's only item far right)
 * that end near the rightmost end, three or more, mark the column; it
 * starts at the leftmost of them, and no row may cross that start.
 * Returns a column just left of it, or -1. */
typedef struct {
    int run_a, end;
} last_run;
static void find_last(void *ud, int a, int b) {
    last_run *it = ud;
    if (it->end < 0 || a - it->end >= 4)
        it->run_a = a;
    it->end = b;
}
static int find_right_side(const row *rows, size_t n) {
    int maxend = 0;
    for (size_t i = 0; i < n; i++)
        if (rows[i].end > maxend)
            maxend = rows[i].end;
    if (maxend < 60)
        return -1;
    int items = 0, x = maxend, left = 0;
    for (size_t i = 0; i < n; i++) {
        last_run it = {-1, -1};
        if (rows[i].first < 0)
            continue;
        words(&rows[i], find_last, &it);
        if (it.end >= maxend - 8 && it.run_a > maxend / 2 && it.end - it.run_a <= maxend / 3) {
            items++;
            if (it.run_a < x)
                x = it.run_a;
        }
    }
    if (items < 3 || x >= maxend)
        return -1;
    for (size_t i = 0; i < n; i++) {
        const row *r = &rows[i];
        if (r->first < 0)
            continue;
        if (crosses_at(r, x - 1, 1) || crosses_at(r, x - 2, 1))
            return -1;
        left += r->first < x - 2;
    }
    return left >= 2 ? x - 2 : -1;
}

/* A block of the first page's head with no side column as a whole may
 * hold one in a part set off by blank lines: an article info box (its
 * labels and values in short lines) beside the abstract, under the title
 * and addresses set across the page. Each part with such a side is read
 * side by side, left first, the others whole. Returns 0, emitting
 * nothing, when no part has one. */
static int emit_boxes(emitter *e, row *rows, size_t n) {
    int found = 0;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t a = 0; a < n;) {
            size_t b = a;
            while (b < n && rows[b].first >= 0)
                b++;
            int side = b - a >= 6 ? find_side_of(rows + a, b - a, 1) : -1;
            if (pass == 0) {
                found |= side >= 0;
            } else if (side >= 0) {
                if (!last_blank(e))
                    emit(e, "", 0, rows[a].line, 0);
                emit_band(e, rows + a, b - a, side, 1);
            } else {
                for (size_t k = a; k < b; k++)
                    emit_whole(e, &rows[k]);
            }
            for (; b < n && rows[b].first < 0; b++)
                if (pass == 1)
                    emit_whole(e, &rows[b]);
            a = b;
        }
        if (!found)
            return 0;
    }
    return 1;
}

/* The page's head above its columns, block by block (blocks end at two
 * blank lines): a block may hold a side column of its own, the title
 * beside a sidebar of the journal's facts. */
static void emit_head(emitter *e, row *rows, size_t n, int sides_only) {
    e->in_head = 1;
    size_t a = 0;
    while (a < n) {
        size_t b = a;
        while (b < n && !(b >= a + 2 && rows[b].first < 0 && rows[b - 1].first < 0))
            b++;
        int g = sides_only ? -1 : find_gutter(rows + a, b - a);
        int side = g < 0 ? find_side(rows + a, b - a) : -1;
        /* A side column whose first fact stands beside the title's last
         * lines, its next ones under a gap of two blank rows (the
         * citation, then the dates), parts the head into a block of too
         * few lines to show it and a block under it: the two are tried
         * as one, when the first holds lines of both sides, those at the
         * right starting where the main column does. */
        if (g < 0 && side < 0 && e->page == 0 && !sides_only && b < n) {
            size_t c = b;
            while (c < n && rows[c].first < 0)
                c++;
            while (c < n && !(rows[c].first < 0 && rows[c - 1].first < 0))
                c++;
            int joined = find_side(rows + a, c - a), l = 0, r = 0;
            for (size_t k = a; joined >= 0 && k < b; k++) {
                l += rows[k].first >= 0 && rows[k].end <= joined + 1;
                r += rows[k].first == joined + 1;
            }
            if (l && r && find_gutter(rows + a, c - a) < 0)
                b = c, side = joined;
        }
        if (g < 0 && side < 0 && e->page == 0)
            side = find_right_side(rows + a, b - a);
        if (g < 0 && side < 0 && e->page == 0 && emit_boxes(e, rows + a, b - a)) {
            a = b;
            continue;
        }
        if (side >= 0) {
            size_t x = a, y = b;
            while (x < y && rows[x].first < 0)
                emit_whole(e, &rows[x++]);
            while (y > x && rows[y - 1].first < 0)
                y--;
            /* the title and byline over the main column, above a side
             * column's first line: the head's first lines */
            size_t h = right_head(rows + x, y - x, side);
            for (size_t k = x; k < x + h; k++) {
                part p = cut(&rows[k], 0, rows[k].len);
                if (p.len)
                    emit_part(e, &p);
            }
            /* (a title's line cut mid-phrase, the side column's first
             * line under it, goes on in the main column's first line
             * when the side column waits for the page's end) */
            const row *last = h ? &rows[x + h - 1] : NULL;
            char c = last && last->len ? last->s[last->len - 1] : 0;
            e->run_on = last && (islower((unsigned char)c) || c == ',');
            if (h && !e->run_on && !last_blank(e))
                emit(e, "", 0, rows[x + h - 1].line, 0);
            x += h;
            e->head = e->page == 0 ? rows[x].line + 24 : 0;
            emit_band(e, rows + x, y - x, side, 1);
            e->run_on = 0;
            e->head = 0;
            for (; y < b; y++)
                emit_whole(e, &rows[y]);
        } else {
            emit_page_rows(e, rows + a, b - a, g, a == 0);
        }
        a = b;
    }
    /* (and the blank rows right under it) */
    e->in_head = 2;
}

/* Puts the held-back side column at defer_len, moving what came after
 * it (the next page's first lines) behind it. */
static void unhold_side(emitter *e) {
    size_t tl = e->out.len - e->defer_len, tn = e->n - e->defer_n;
    char *t = malloc(tl ? tl : 1);
    jfyp_origin *m = malloc((tn ? tn : 1) * sizeof *m);
    e->deferred = 0;
    if (!t || !m) {
        free(t);
        free(m);
        e->failed = 1;
        return;
    }
    memcpy(t, e->out.data + e->defer_len, tl);
    memcpy(m, e->map + e->defer_n, tn * sizeof *m);
    e->out.len = e->defer_len;
    e->n = e->defer_n;
    flush_side(e, tn ? m[0].line : 0);
    jfyp_buf_put(&e->out, t, tl);
    for (size_t i = 0; i < tn && map_room(e) == 0; i++)
        e->map[e->n++] = m[i];
    free(t);
    free(m);
}

static void flush_side(emitter *e, int line) {
    e->deferred = 0;
    if (!last_blank(e))
        emit(e, "", 0, line, 0);
    e->in_side = 1;
    emit_column(e, e->side, e->nside, e->side_width, e->side_other);
    e->in_side = 0;
    free(e->side);
    free(e->side_other);
    e->side = e->side_other = NULL;
}

/* The first page's head is where bylines are: its mark rows (within its
 * first rows) are merged before the page is read. */
/* Text set sideways in the first page's right margin (a section label
 * running up the page's edge): pdftotext -layout prints it as a word or
 * two at the far right on rows of their own, between the lines of the
 * title at the left, each under blank rows and right over the next line
 * of the title (a label set apart has a blank row under it too). Such a
 * row's text is one run starting past the middle of the page, clear of
 * the lines above and below it, which start in the left quarter (or
 * above it stands only the page's first row, its number), with no side
 * column's lines near. The rows are taken out (into frag, read at the
 * page's end) with the blank rows around them, which they alone opened,
 * so the title's lines meet again as pdftotext's own reading gives them;
 * under the page's first row the blank rows stay. Returns the rows left. */
static int fragment_at(const row *rows, size_t n, size_t i, int maxend) {
    const row *r = &rows[i];
    return i < 40 && r->first >= maxend / 2 && r->end - r->first <= 40 &&
           !has_wide_gap(r->s, r->len) && i > 0 && i + 1 < n;
}
static size_t margin_fragments(row *rows, size_t n, row *frag, size_t *nfrag) {
    int maxend = 0;
    *nfrag = 0;
    for (size_t i = 0; i < n; i++)
        if (rows[i].end > maxend)
            maxend = rows[i].end;
    size_t out = 0, i = 0;
    while (i < n) {
        /* a run of blank and fragment rows between two rows of text */
        size_t a = i, nf = 0;
        while (i < n && (rows[i].first < 0 || fragment_at(rows, n, i, maxend))) {
            nf += rows[i].first >= 0;
            i++;
        }
        int ok = nf > 0 && a > 0 && i < n && out > 0;
        if (ok) {
            const row *above = &rows[out - 1], *below = &rows[i];
            int edge = maxend;
            for (size_t k = a; k < i; k++)
                if (rows[k].first >= 0 && rows[k].first < edge)
                    edge = rows[k].first;
            /* (over the first fragment, blank rows; over them a line of
             * text at the left, or only the page's first row) */
            ok = rows[a].first < 0 && rows[i - 1].first >= 0 &&
                 (out == 1 || (above->first < maxend / 4 && above->end + 10 < edge)) &&
                 below->first < maxend / 4 && below->end + 10 < edge;
            /* no side column there: no row near holding text at the
             * left and, past a wide gap, out at the fragments' place */
            for (size_t k = a > 4 ? a - 4 : 0; ok && k < i + 4 && k < n; k++)
                ok = (k >= a && k < i) || rows[k].end < edge || !has_wide_gap(rows[k].s, rows[k].len);
            if (ok) {
                int top = out == 1;
                for (size_t k = a; k < i; k++) {
                    if (rows[k].first >= 0)
                        frag[(*nfrag)++] = rows[k];
                    else if (top)
                        rows[out++] = rows[k];
                }
            }
        }
        if (!ok)
            for (size_t k = a; k < i; k++)
                rows[out++] = rows[k];
        if (i < n)
            rows[out++] = rows[i++];
    }
    return out;
}

/* Text set sideways up the page's left margin (a licence or "published
 * on ... downloaded on ..." notice running up the edge of every page),
 * beside a page whose text is all set well in from the paper's edge:
 * pdftotext -layout prints it as a row of one run starting at the far
 * left, well before the text's left edge (a long notice may reach past
 * it), then blank rows as tall as the notice is long (right under a line
 * of the text, or under blank rows where the text leaves a gap). Read in place it breaks the title,
 * the byline or a paragraph in two and hides the head's side column.
 * Such rows (a few a page, each of some length, every row starting left
 * of the text's edge being one of them) are taken out (into frag, read
 * at the page's end) with the blank rows they opened. Returns the rows
 * left. */
static size_t left_fragments(row *rows, size_t n, row *frag, size_t *nfrag) {
    /* the text's left edge: where all rows but a few start at or past */
    int low[5], nl = 0, text = 0;
    for (size_t i = 0; i < n; i++) {
        int f = rows[i].first;
        if (f < 0)
            continue;
        text++;
        int k = nl;
        if (nl == 5 && f >= low[4])
            continue;
        if (nl < 5)
            nl++;
        else
            k = 4;
        while (k > 0 && low[k - 1] > f) {
            low[k] = low[k - 1];
            k--;
        }
        low[k] = f;
    }
    int few = text / 8 < 4 ? text / 8 : 4;
    if (few < 1 || nl <= few)
        return n;
    int edge = low[few];
    if (edge < 24)
        return n;
    size_t found = 0;
    for (size_t i = 0; i < n; i++) {
        const row *r = &rows[i];
        if (r->first < 0 || r->first >= edge)
            continue;
        /* one run of text clear of the edge, over two blank rows (or
         * under two) */
        int under = i + 2 < n && rows[i + 1].first < 0 && rows[i + 2].first < 0;
        int over = i >= 2 && rows[i - 1].first < 0 && rows[i - 2].first < 0;
        if (r->first + 10 > edge || r->end - r->first < 10 || has_wide_gap(r->s, r->len) || !(under || over))
            return n;
        found++;
    }
    if (!found)
        return n;
    size_t out = 0;
    for (size_t i = 0; i < n;) {
        const row *r = &rows[i];
        if (r->first < 0 || r->first >= edge) {
            rows[out++] = rows[i++];
            continue;
        }
        frag[(*nfrag)++] = *r;
        if (i + 1 < n && rows[i + 1].first < 0) {
            /* the blank rows under it are its own */
            for (i++; i < n && rows[i].first < 0; i++)
                ;
        } else {
            /* and so are those over it */
            while (out > 0 && rows[out - 1].first < 0)
                out--;
            i++;
        }
    }
    /* The page then stands where the notice's column put it, set in by
     * its width: the text is moved back to the left edge, so that the
     * measures taken from the page's edge (a side column's start, the
     * gutter's place) are those of a page without it. */
    for (size_t i = 0; i < out; i++) {
        row *r = &rows[i];
        int k = 0;
        while (k < edge && (size_t)k < r->len && r->s[k] == ' ')
            k++;
        r->s += k;
        r->len -= (size_t)k;
        r->col += k;
        measure(r);
    }
    return out;
}

/* The page's number printed in its outer margin on a row of the text
 * (a journal setting its folio halfway down the page's edge): a number
 * at the left edge, then a wide gap, beside a text block whose lines
 * all stand well clear of that edge. Read with its row it would open
 * the row's line (a heading's: "10 Conclusion"). It is blanked in a copy
 * of the row (in *copies, to be freed), so the row's other words keep
 * their columns. One or two such rows a page, in pages of eight rows of
 * text and more, four in five of the others set in. Returns the number
 * of copies made. */
typedef struct {
    int n, a0, b0, a1;
} lead_scan;
static void scan_lead(void *ud, int a, int b) {
    lead_scan *s = ud;
    if (s->n == 0)
        s->a0 = a, s->b0 = b;
    else if (s->n == 1)
        s->a1 = a;
    s->n++;
}
static int margin_number(const row *r) {
    lead_scan s = {0, -1, -1, -1};
    if (r->first < 0 || r->first > 5)
        return -1;
    words(r, scan_lead, &s);
    if (s.n < 2 || s.b0 - s.a0 > 4 || s.a1 < s.b0 + 12)
        return -1;
    for (size_t k = byte_at(r, s.a0), to = byte_at(r, s.b0); k < to; k++)
        if (!isdigit((unsigned char)r->s[k]))
            return -1;
    return s.b0;
}
static size_t margin_numbers(row *rows, size_t n, char **copies) {
    size_t at[2], found = 0, text = 0, inset = 0;
    int edge = 0;
    for (size_t i = 0; i < n; i++) {
        int b = margin_number(&rows[i]);
        if (b >= 0) {
            if (found == 2)
                return 0;
            at[found++] = i;
            if (b > edge)
                edge = b;
        }
    }
    if (!found)
        return 0;
    for (size_t i = 0; i < n; i++) {
        if (rows[i].first < 0 || (at[0] == i || (found == 2 && at[1] == i)))
            continue;
        text++;
        inset += rows[i].first >= edge + 12;
    }
    if (text < 8 || inset * 5 < text * 4)
        return 0;
    for (size_t k = 0; k < found; k++) {
        row *r = &rows[at[k]];
        char *t = jfyp_strndup(r->s, r->len);
        if (!t)
            return k;
        for (size_t j = byte_at(r, r->first); j < r->len && t[j] != ' ' && t[j] != '\t'; j++)
            t[j] = ' ';
        copies[k] = t;
        r->s = t;
        measure(r);
    }
    return found;
}

/* The running head's key: an item's text with digit runs as '#' and blank
 * runs as one space (the page's number changes, its padding too). Only
 * the first HEAD_KEY_MAX bytes of that are keyed: corner_head looks up
 * items of 45 columns at most, and page_head_keys keys every item of a
 * row to the row's end, which a row of many items would make quadratic. */
#define HEAD_KEY_MAX 256
static uint64_t head_key(const char *s, size_t len) {
    uint64_t h = 1469598103934665603u;
    int blank = 0, digit = 0, keyed = 0;
    for (size_t i = 0; i < len && keyed <= HEAD_KEY_MAX; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t') {
            blank = 1;
            continue;
        }
        int d = c >= '0' && c <= '9';
        if (d && digit && !blank)
            continue;
        if (blank)
            h = (h ^ ' ') * 1099511628211u, keyed++;
        blank = 0;
        digit = d;
        h = (h ^ (digit ? '#' : c)) * 1099511628211u;
        keyed++;
    }
    return h;
}

static int by_key(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* How many of keys[] (sorted) are k. */
static size_t key_count(const uint64_t *keys, size_t n, uint64_t k) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (keys[mid] < k)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t c = 0;
    while (lo + c < n && keys[lo + c] == k)
        c++;
    return c;
}

/* The keys of the items each page's first rows end on past a wide gap
 * (from each item on to the row's end), sorted: the running head's are
 * on most pages. NULL when there are none, or out of memory (*oom
 * set). */
#define CORNER_GAP 6
static uint64_t *page_head_keys(const char *text, size_t len, size_t *nkeys, int *oom) {
    uint64_t *keys = NULL;
    size_t n = 0, cap = 0;
    *nkeys = 0;
    const char *p = text, *end = text + len;
    while (p < end) {
        /* a page's first eight rows */
        int ff = 0;
        for (int r = 0; r < 8 && p < end && !ff; r++) {
            const char *nl = p;
            while (nl < end && *nl != '\n' && *nl != '\f')
                nl++;
            int col = 0, gap = 0, seen = 0;
            for (const char *q = p; q < nl; q++) {
                unsigned char c = (unsigned char)*q;
                if ((c & 0xC0) == 0x80)
                    continue;
                if (c == ' ' || c == '\t') {
                    gap++;
                } else {
                    if (col >= 40 && (gap >= CORNER_GAP || !seen)) {
                        if (n == cap) {
                            size_t c2 = cap ? cap * 2 : 64;
                            uint64_t *k2 = realloc(keys, c2 * sizeof *k2);
                            if (!k2) {
                                free(keys);
                                *oom = 1;
                                return NULL;
                            }
                            keys = k2;
                            cap = c2;
                        }
                        keys[n++] = head_key(q, (size_t)(nl - q));
                    }
                    gap = 0;
                    seen = 1;
                }
                col++;
            }
            ff = nl < end && *nl == '\f';
            p = nl < end ? nl + 1 : end;
        }
        /* on to the next page */
        if (!ff) {
            const char *f = memchr(p, '\f', (size_t)(end - p));
            if (!f)
                break;
            p = f + 1;
        }
    }
    if (n)
        qsort(keys, n, sizeof *keys, by_key);
    *nkeys = n;
    return keys;
}

/* A running head boxed in the page's top outer corner ("Smith et al.  12",
 * the journal's name, its DOI, a line each) set beside the first lines of
 * the text, which run on to the box (a page opening on a line set full
 * measure): read whole, the head's items would go into those lines. The
 * box is a column two of the page's first four text rows open past a
 * wide gap, right of the page's middle, with text left of it on one of
 * them at least, while none of the page's other rows reaches it (that
 * would be a right column). The items are cut off those rows into
 * corner[] and read before the page, as a head set on rows of its own
 * is. Returns how many rows were cut. */
#define CORNER_ROWS 4
typedef struct {
    int half, prev_end, starts[8], ns;
} corner_scan;
static void scan_corner(void *ud, int a, int b) {
    corner_scan *s = ud;
    if (a >= s->half && (s->prev_end < 0 || a - s->prev_end >= CORNER_GAP) && s->ns < 8)
        s->starts[s->ns++] = a;
    s->prev_end = b;
}
static int opens_at(const corner_scan *s, int c) {
    for (int k = 0; k < s->ns; k++)
        if (s->starts[k] >= c - 1 && s->starts[k] <= c + 1)
            return s->starts[k];
    return -1;
}
static int opens_at_row(const size_t *top, const corner_scan *sc, size_t nt, size_t j, int box) {
    for (size_t k = 0; k < nt; k++)
        if (top[k] == j)
            return opens_at(&sc[k], box) >= 0;
    return 0;
}
static size_t corner_head(row *rows, size_t *np, row *corner, const uint64_t *keys, size_t nkeys) {
    size_t n = *np;
    int maxend = 0;
    for (size_t i = 0; i < n; i++)
        if (rows[i].end > maxend)
            maxend = rows[i].end;
    size_t top[CORNER_ROWS], nt = 0, i = 0;
    for (; i < n && i < 8 && nt < CORNER_ROWS; i++)
        if (rows[i].first >= 0)
            top[nt++] = i;
    if (nt < 2)
        return 0;
    corner_scan sc[CORNER_ROWS];
    for (size_t k = 0; k < nt; k++) {
        sc[k] = (corner_scan){maxend / 2, -1, {0}, 0};
        words(&rows[top[k]], scan_corner, &sc[k]);
    }
    /* the leftmost column two of the top rows open at */
    int box = -1;
    for (size_t k = 0; k < nt; k++)
        for (int w = 0; w < sc[k].ns; w++) {
            int c = sc[k].starts[w], both = 0;
            for (size_t j = 0; j < nt; j++)
                both += opens_at(&sc[j], c) >= 0;
            if (both >= 2 && (box < 0 || c < box))
                box = c;
        }
    if (box < 0)
        return 0;
    /* a running head: an item of the box opens three pages' first rows
     * or more; the text beside it one run of words each, but for a list's
     * bullet (a table's head row, a drawing's labels are cells apart) */
    int glued = 0, running = 0;
    for (size_t k = 0; k < nt; k++) {
        const row *r = &rows[top[k]];
        int a = opens_at(&sc[k], box);
        if (a < 0)
            continue;
        if (r->end - a > 45)
            return 0;
        size_t at = byte_at(r, a);
        running |= key_count(keys, nkeys, head_key(r->s + at, r->len - at)) >= 3;
        if (r->first < a) {
            size_t from = byte_at(r, r->first), w = from;
            while (w < at && r->s[w] != ' ' && r->s[w] != '\t')
                w++;
            if (w - from <= 3)
                from = w;
            while (at > from && (r->s[at - 1] == ' ' || r->s[at - 1] == '\t'))
                at--;
            while (from < at && (r->s[from] == ' ' || r->s[from] == '\t'))
                from++;
            if (has_wide_gap(r->s + from, at - from))
                return 0;
            glued = 1;
        }
    }
    if (!running)
        return 0;
    /* past the top rows, lines opening at the box's column make it a
     * column (a table's cells may run under it) */
    size_t text = 0, under = 0;
    for (size_t j = top[nt - 1] + 1; j < n; j++) {
        if (rows[j].first < 0)
            continue;
        text++;
        corner_scan below = {box - 2, -1, {0}, 0};
        words(&rows[j], scan_corner, &below);
        under += opens_at(&below, box) >= 0;
    }
    if (!glued || text < 8 || under > 2)
        return 0;
    size_t nc = 0;
    for (size_t k = 0; k < nt; k++) {
        int a = opens_at(&sc[k], box);
        if (a < 0)
            continue;
        row *r = &rows[top[k]];
        size_t at = byte_at(r, a), keep = at;
        while (keep > 0 && (r->s[keep - 1] == ' ' || r->s[keep - 1] == '\t'))
            keep--;
        corner[nc] = *r;
        corner[nc].s = r->s + at;
        corner[nc].len = r->len - at;
        corner[nc].col = r->col + (int)at;
        measure(&corner[nc]);
        nc++;
        r->len = keep;
        measure(r);
    }
    /* a row that held only the head goes: left blank, it would part the
     * paragraph running past it */
    size_t out = 0;
    for (size_t j = 0; j < n; j++)
        if (!(j <= top[nt - 1] && rows[j].first < 0 && opens_at_row(top, sc, nt, j, box)))
            rows[out++] = rows[j];
    *np = out;
    return nc;
}

static int emit_page(emitter *e, row *rows, size_t n, int first_page) {
    int g = -1;
    char *merged[8], *numbers[2];
    size_t nm = 0, nnum = 0, below = 0, nfrag = 0, ncorner = 0;
    row *frag = NULL, corner[CORNER_ROWS];
    if (n && has_wide_gap(rows[0].s, (size_t)(rows[n - 1].s + rows[n - 1].len - rows[0].s))) {
        for (size_t i = 0; i < n; i++)
            measure(&rows[i]);
        nnum = margin_numbers(rows, n, numbers);
        if (!first_page)
            ncorner = corner_head(rows, &n, corner, e->head_keys, e->nhead_keys);
        frag = malloc((n ? n : 1) * sizeof *frag);
        if (!frag) {
            e->failed = 1;
            while (nnum)
                free(numbers[--nnum]);
            return 0;
        }
        /* (the left margin's notice first: it moves the page, whose
         * title then no longer stands where a right margin's label would) */
        n = left_fragments(rows, n, frag, &nfrag);
        if (first_page)
            n = margin_fragments(rows, n, frag, &nfrag);
        for (size_t i = 0; first_page && i + 1 < n && i < 40 && nm < 8; i++) {
            char *t = merge_marks(&rows[i], &rows[i + 1]);
            if (!t) {
                if (stray_marks(&rows[i], &rows[i + 1])) {
                    rows[i].len = 0;
                    measure(&rows[i]);
                }
                continue;
            }
            merged[nm++] = t;
            rows[i].len = 0;
            rows[i + 1].s = t;
            rows[i + 1].len = strlen(t);
            measure(&rows[i]);
            measure(&rows[i + 1]);
        }
        /* A table set across the page has its own gaps: the gutter is
         * sought in the rest of the page. */
        int *kind = malloc(6 * n * sizeof *kind), *saved = kind + 4 * n;
        if (!kind) {
            free(frag);
            e->failed = 1;
            return 0;
        }
        int tables = find_tables(rows, n, kind);
        if (tables)
            hide_tables(rows, n, saved);
        g = find_gutter(rows, n);
        if (g < 0)
            below = columns_below(rows, n, &g, first_page);
        else if (first_page)
            below = head_over(rows, n, &g);
        /* (past the first page, whose head has its own readers, the
         * page's running header and footer, set off by blank rows, may
         * run across a side column's gutter: a sidebar's last notes at
         * the top of the next page) */
        if (g < 0) {
            size_t t = first_page ? 0 : margin(rows, n, 1);
            size_t b = !first_page && t < n ? margin(rows + t, n - t, -1) : 0;
            g = find_side(rows + t, n - t - b);
            e->side_later = g >= 0 && !first_page;
        }
        if (tables)
            unhide_tables(rows, n, saved);
        free(kind);
        /* the first page's head has readers of its own */
        for (size_t i = 0; i < below; i++)
            rows[i].table = 0;
    }
    /* the running head cut off the page's first rows, read first */
    for (size_t k = 0; k < ncorner; k++) {
        part p = cut(&corner[k], 0, corner[k].len);
        emit_part(e, &p);
    }
    if (ncorner)
        emit(e, "", 0, corner[ncorner - 1].line, 0);
    /* A page of one column may still open with a head beside a side
     * column: notes in the margin (dates, the access mark) beside the
     * title. Only the first page's first blocks are tried. */
    size_t side_head = 0;
    if (g < 0 && first_page && n) {
        for (size_t a = 0; a < n && a < 40;) {
            size_t b = a;
            while (b < n && !(b >= a + 2 && rows[b].first < 0 && rows[b - 1].first < 0))
                b++;
            if (find_side(rows + a, b - a) >= 0 || find_right_side(rows + a, b - a) >= 0) {
                side_head = b;
            } else {
                /* The side column beside the abstract, the text under
                 * them set across its gutter after one blank row (the
                 * introduction starting a little left of the abstract):
                 * the block's rows above that blank row hold the side. */
                size_t c = a + 6;
                while (c < b && rows[c].first >= 0)
                    c++;
                int x = c + 1 < b ? find_side(rows + a, c - a) : -1;
                if (x >= 0 && rows[c + 1].first >= 0 && crosses_at(&rows[c + 1], x, 1)) {
                    side_head = c;
                    break;
                }
            }
            a = b;
        }
    }
    for (size_t i = 0; i < side_head; i++)
        rows[i].table = 0;
    int r;
    if (side_head) {
        emit_head(e, rows, side_head, 1);
        emit_page_rows(e, rows + side_head, n - side_head, -1, 0);
        r = 1;
    } else if (below) {
        emit_head(e, rows, below, 0);
        /* the columns' first line opens a block, blank line or not */
        if (!last_blank(e))
            emit(e, "", 0, rows[below].line, 0);
        emit_page_rows(e, rows + below, n - below, g, 0);
        r = 1;
    } else {
        r = emit_page_rows(e, rows, n, g, 1);
    }
    e->side_later = 0;
    /* The held-back side column waits past the page break too when the
     * main column's last paragraph runs on into the next page (it ends
     * in a lower-case word or a comma), so that paragraph is read whole:
     * an abstract going on over the page; when it ends otherwise, the
     * next page's first line decides (see emit). Only while its text is
     * the input's own (not a merged mark row, freed below). */
    int defer = 0;
    if (e->side && first_page) {
        defer = islower((unsigned char)e->before_foot) || e->before_foot == ',' ? 1 : 2;
        int own = 1;
        for (size_t i = 0; i < e->nside && own; i++)
            own = (!e->side[i].len || (e->side[i].s >= e->text && e->side[i].s < e->text + e->len)) &&
                  (!e->side_other[i].len ||
                   (e->side_other[i].s >= e->text && e->side_other[i].s < e->text + e->len));
        if (!own)
            defer = 0;
    }
    if (nfrag && !last_blank(e))
        emit(e, "", 0, frag[0].line, 0);
    for (size_t i = 0; i < nfrag; i++) {
        part p = cut(&frag[i], 0, frag[i].len);
        emit_part(e, &p);
    }
    free(frag);
    if (e->side && !defer)
        flush_side(e, n ? rows[n - 1].line : 0);
    e->deferred = defer;
    e->defer_len = e->out.len;
    e->defer_n = e->n;
    e->page_n = e->n + 1; /* past the page break's blank line */
    while (nm)
        free(merged[--nm]);
    while (nnum)
        free(numbers[--nnum]);
    return r;
}

/* The rows of the table row i opens: where they end. */
static size_t table_end(const row *rows, size_t n, size_t i) {
    size_t j = i;
    while (j < n && rows[j].table == rows[i].table)
        j++;
    return j;
}

static int emit_page_rows(emitter *e, row *rows, size_t n, int g, int at_top) {
    if (g < 0) {
        int fenced = 0;
        for (size_t i = 0; i < n;) {
            if (rows[i].table) {
                size_t j = table_end(rows, n, i);
                emit_table(e, rows + i, j - i);
                fenced = 1;
                i = j;
            } else {
                emit_whole(e, &rows[i++]);
            }
        }
        return fenced;
    }
    /* A line of one run of text with a single space at the gutter is
     * read across, as a title or caption set off from the columns, unless
     * it goes on from a line of the left side: the second line of a title
     * whose first stopped short of the gutter stays with its band. */
    int rs = right_start(rows, n, g);
    for (size_t i = 0; i < n; i++) {
        const row *p = i ? &rows[i - 1] : NULL;
        int left = p && !p->across && p->first >= 0 && p->first < g;
        rows[i].across = (crosses_at(&rows[i], g, 1) || (crosses(&rows[i], g) && !left)) &&
                         overrun(&rows[i], g, rs) < 0;
    }
    /* A title's line that reaches just past the gutter, its last short
     * word alone over it ("... signaling and"), over a line of the title
     * read across from the same left edge: across too. */
    for (size_t i = n; i-- > 1;) {
        row *r = &rows[i - 1];
        if (rows[i].across && !r->across && r->first >= 0 && r->first == rows[i].first && r->end > g &&
            !has_wide_gap(r->s, r->len))
            r->across = 1;
    }
    int indent = -1;
    for (size_t i = 0; i < n; i++)
        if (rows[i].first >= 0 && (indent < 0 || rows[i].first < indent))
            indent = rows[i].first;
    size_t top = at_top ? margin(rows, n, 1) : 0;
    size_t bottom = top < n ? margin(rows + top, n - top, -1) : 0;
    for (size_t i = 0; i < top; i++)
        emit_across(e, rows + i, 1, g);
    size_t i = top, stop = n - bottom;
    int first_band = at_top;
    while (i < stop) {
        if (rows[i].table) {
            size_t j = table_end(rows, stop, i);
            emit_table(e, rows + i, j - i);
            first_band = 0;
            i = j;
            continue;
        }
        if (rows[i].across) {
            /* A line across the page set in from the margin (a centred
             * caption, a licence box) right under the columns starts a
             * block of its own; one flush with the margin may be a
             * column's line run over the gutter. */
            if (i > top && rows[i - 1].first >= 0 && !rows[i - 1].across &&
                rows[i].first >= indent + 8 && !last_blank(e))
                emit(e, "", 0, rows[i].line, 0);
            emit_whole(e, &rows[i]);
            first_band = 0;
            i++;
            continue;
        }
        /* Two blank lines across the page end a band too: they set off
         * the article's label line or a figure, and the columns rarely
         * both leave a gap that tall at the same height. */
        size_t j = i;
        while (j < stop && !rows[j].across && !rows[j].table &&
               !(j > i + 1 && rows[j].first < 0 && rows[j - 1].first < 0 &&
                 rows[j - 2].first >= 0))
            j++;
        /* Blank lines at the band's edges belong to neither column. */
        size_t a = i, b = j;
        while (a < b && rows[a].first < 0)
            emit_whole(e, &rows[a++]);
        size_t tail = b;
        while (tail > a && rows[tail - 1].first < 0)
            tail--;
        int columns = two_column_band(rows + a, tail - a, g);
        if (columns) {
            if (first_band) {
                size_t h = right_head(rows + a, tail - a, g);
                for (size_t k = a; k < a + h; k++) {
                    part p = cut(&rows[k], 0, rows[k].len);
                    if (p.len)
                        emit_part(e, &p);
                }
                if (h && !last_blank(e))
                    emit(e, "", 0, rows[a + h - 1].line, 0);
                a += h;
            }
            size_t h = band_head(rows + a, tail - a, g);
            emit_across(e, rows + a, h, g);
            e->head = e->page == 0 && first_band ? rows[a].line + 24 : 0;
            emit_band(e, rows + a + h, tail - a - h, g, 0);
            e->head = 0;
        } else {
            emit_across(e, rows + a, tail - a, g);
        }
        for (size_t k = tail; k < b; k++)
            emit_whole(e, &rows[k]);
        first_band = 0;
        i = j;
    }
    e->before_foot = 0;
    for (size_t l = e->out.len; l > 0; l--)
        if (e->out.data[l - 1] != '\n') {
            e->before_foot = e->out.data[l - 1];
            break;
        }
    for (size_t k = stop; k < n; k++)
        emit_across(e, rows + k, 1, g);
    return 1;
}

char *jfyp_columns(char *text, size_t len, jfyp_linemap *map) {
    map->lines = NULL;
    map->n = 0;
    if (!memchr(text, '\f', len) && !has_wide_gap(text, len))
        return text;
    emitter e = {0};
    e.text = text;
    e.len = len;
    /* a running head set beside the text is read apart from it only on
     * pages enough to show it runs */
    if (memchr(text, '\f', len))
        e.head_keys = page_head_keys(text, len, &e.nhead_keys, &e.failed);
    jfyp_buf_init(&e.out);
    row *rows = NULL;
    size_t n = 0, cap = 0;
    int line = 1, moved = 0, page = 0;
    const char *p = text, *end = text + len, *line_start = text, *nl = NULL;
    while (p < end && !e.failed) {
        /* A row ends at a line end, a form feed or the end of the text
         * (memchr looks at many bytes a step; the line end found is kept
         * while form feeds end rows before it, so no byte is read twice). */
        if (nl < p && !(nl = memchr(p, '\n', (size_t)(end - p))))
            nl = end;
        const char *q = memchr(p, '\f', (size_t)(nl - p));
        if (!q)
            q = nl;
        if (n == cap) {
            size_t c2 = cap ? cap * 2 : 64;
            row *r2 = realloc(rows, c2 * sizeof *r2);
            if (!r2) {
                e.failed = 1;
                break;
            }
            rows = r2;
            cap = c2;
        }
        if (q > p || *q == '\n')
            rows[n++] = (row){p, (size_t)(q - p), line, (int)(p - line_start), -1, -1, 0, 0, 0};
        if (q < end && *q == '\f') {
            e.page = page;
            moved |= emit_page(&e, rows, n, !page++);
            n = 0;
            /* the page break reads as a paragraph break */
            emit(&e, "", 0, line, (int)(q - line_start));
            moved = 1;
        } else if (q < end) {
            line++;
            line_start = q + 1;
        }
        p = q + 1;
    }
    e.page = page;
    if (n)
        moved |= emit_page(&e, rows, n, !page++);
    if (e.side)
        flush_side(&e, line);
    free(rows);
    free(e.row);
    free(e.head_keys);
    /* emit() ends every row with a line end; the input's last line may not
     * have had one. */
    if (!e.failed && e.out.len && len && text[len - 1] != '\n' && text[len - 1] != '\f')
        e.out.data[--e.out.len] = '\0';
    char *r = jfyp_buf_finish(&e.out);
    free(text);
    if (!r || e.failed) {
        free(r);
        free(e.map);
        return NULL;
    }
    if (moved) {
        map->lines = e.map;
        map->n = e.n;
    } else {
        free(e.map);
    }
    return r;
}

void jfyp_columns_remap(jfy_node *tree, const jfyp_linemap *map) {
    if (!map->lines)
        return;
    for (jfy_node *n = tree; n; n = jfyp_node_next_in(tree, n)) {
        if (n->line > 0 && (size_t)n->line <= map->n) {
            const jfyp_origin *o = &map->lines[n->line - 1];
            n->line = o->line;
            n->col += o->col;
        }
        if (n->end_line > 0 && (size_t)n->end_line <= map->n) {
            const jfyp_origin *o = &map->lines[n->end_line - 1];
            n->end_line = o->line;
            n->end_col += o->col;
        }
    }
}

void jfyp_linemap_free(jfyp_linemap *map) {
    free(map->lines);
    map->lines = NULL;
    map->n = 0;
}
