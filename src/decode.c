#include "decode.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

static int line_of(const char *bytes, size_t off) {
    int line = 1;
    for (size_t i = 0; i < off; i++)
        if (bytes[i] == '\n')
            line++;
    return line;
}

/* Converts with iconv; on an invalid sequence reports its line. */
static char *convert(const char *bytes, size_t len, const char *from,
                     const char *source, jfy_error *err) {
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == (iconv_t)-1) {
        jfyp_error_set(err, JFY_ERR_ENCODING, source, 0, 0,
                       "unknown encoding '%s'; give a name iconv knows (see 'iconv -l')",
                       from);
        return NULL;
    }
    size_t cap = len * 4 + 16, inleft = len;
    char *out = malloc(cap);
    if (!out) {
        iconv_close(cd);
        jfyp_error_set(err, JFY_ERR_NOMEM, source, 0, 0, "out of memory");
        return NULL;
    }
    char *in = (char *)bytes, *o = out;
    size_t outleft = cap - 1;
    if (iconv(cd, &in, &inleft, &o, &outleft) == (size_t)-1) {
        size_t off = (size_t)(in - bytes);
        jfyp_error_set(err, JFY_ERR_ENCODING, source, line_of(bytes, off), 0,
                       "byte 0x%02X at offset %zu is not valid %s; convert the file "
                       "to UTF-8 or pass the right --encoding",
                       off < len ? (unsigned char)bytes[off] : 0, off, from);
        free(out);
        iconv_close(cd);
        return NULL;
    }
    *o = '\0';
    iconv_close(cd);
    return out;
}

/* Eight bytes read as one word, for the tests below that look at eight
 * bytes a step (a page is mostly ASCII, read byte by byte twice). */
static uint64_t word8(const char *p) {
    uint64_t w;
    memcpy(&w, p, sizeof w);
    return w;
}

#define BYTES8(b) (0x0101010101010101u * (uint64_t)(b))

/* Whether all eight bytes are printable ASCII, 0x20 to 0x7E, and none a
 * grave accent, which the cleaning pass reads as a spacing accent: none
 * below 0x20, none above 0x7E (the "has less" and "has more" bit tricks,
 * exact for bounds under 0x80) and no 0x60 (the "has zero" trick). */
static int printable8(uint64_t w) {
    uint64_t below = (w - BYTES8(0x20)) & ~w & BYTES8(0x80);
    uint64_t above = ((w + BYTES8(0x7F - 0x7E)) | w) & BYTES8(0x80);
    uint64_t g = w ^ BYTES8(0x60);
    uint64_t grave = (g - BYTES8(0x01)) & ~g & BYTES8(0x80);
    return !(below | above | grave);
}

/* The length of s[0..n)'s leading run of printable8's bytes. */
static size_t printable_run(const char *s, size_t n) {
    size_t i = 0;
#ifdef __SSE2__
    /* sixteen at a time: a signed compare finds the bytes below 0x20 and
     * those from 0x80 up at once */
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i stop = _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
                                    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)),
                                                 _mm_cmpeq_epi8(v, _mm_set1_epi8('`'))));
        unsigned m = (unsigned)_mm_movemask_epi8(stop);
        if (m)
            return i + (size_t)__builtin_ctz(m);
    }
#endif
    while (i + 8 <= n && printable8(word8(s + i)))
        i += 8;
    while (i < n && (unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7F && s[i] != '`')
        i++;
    return i;
}

static int valid_utf8(const char *s, size_t len, size_t *bad) {
    utf8proc_ssize_t i = 0;
    while ((size_t)i < len) {
#ifdef __SSE2__
        if ((size_t)i + 16 <= len &&
            !_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + i)))) {
            i += 16;
            continue;
        }
#endif
        if ((size_t)i + 8 <= len && !(word8(s + i) & BYTES8(0x80))) {
            i += 8;
            continue;
        }
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)len - i, &cp);
        if (k <= 0) {
            *bad = (size_t)i;
            return 0;
        }
        i += k;
    }
    return 1;
}

/* MuPDF writes a character beyond the BMP (the mathematical letters
 * U+1D400.. of an equation) as two UTF-8-encoded UTF-16 surrogates, the
 * form called CESU-8. That is not UTF-8, and as Windows-1252 it fails on
 * the first byte 1252 leaves undefined, so the whole page was lost. A
 * high surrogate followed by a low one is joined into its character; a
 * surrogate alone becomes U+FFFD, which takes as many bytes. Returns the
 * mended copy, or NULL when there is no surrogate or no memory (*oom set,
 * so that a page is not read as Windows-1252 for want of memory). */
static int surrogate_at(const unsigned char *p, size_t left, int low) {
    return left >= 3 && p[0] == 0xED && (p[1] & 0xF0) == (low ? 0xB0 : 0xA0) && (p[2] & 0xC0) == 0x80;
}

static char *join_surrogates(const char *s, size_t len, size_t *pairs, size_t *lone, int *oom) {
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < len && !surrogate_at(u + i, len - i, 0) && !surrogate_at(u + i, len - i, 1))
        i++;
    if (i == len)
        return NULL;
    char *out = malloc(len + 1);
    if (!out) {
        *oom = 1;
        return NULL;
    }
    memcpy(out, s, i);
    size_t o = i;
    *pairs = *lone = 0;
    while (i < len) {
        if (surrogate_at(u + i, len - i, 0) && surrogate_at(u + i + 3, len - i - 3, 1)) {
            unsigned hi = ((u[i + 1] & 0x0Fu) << 6) | (u[i + 2] & 0x3Fu);
            unsigned lo = ((u[i + 4] & 0x0Fu) << 6) | (u[i + 5] & 0x3Fu);
            unsigned cp = 0x10000u + (hi << 10) + lo;
            out[o++] = (char)(0xF0 | (cp >> 18));
            out[o++] = (char)(0x80 | ((cp >> 12) & 0x3F));
            out[o++] = (char)(0x80 | ((cp >> 6) & 0x3F));
            out[o++] = (char)(0x80 | (cp & 0x3F));
            i += 6;
            (*pairs)++;
        } else if (surrogate_at(u + i, len - i, 0) || surrogate_at(u + i, len - i, 1)) {
            memcpy(out + o, "\xEF\xBF\xBD", 3);
            o += 3;
            i += 3;
            (*lone)++;
        } else {
            out[o++] = s[i++];
        }
    }
    out[o] = '\0';
    return out;
}

/* Ligatures that PDF text keeps as single code points: the scorer and every
 * reader expect letters. NFKC would also flatten superscripts and other
 * marks the recognizers read, so only these are expanded. */
static const char *ligature(int cp) {
    switch (cp) {
    case 0xFB00: return "ff";
    case 0xFB01: return "fi";
    case 0xFB02: return "fl";
    case 0xFB03: return "ffi";
    case 0xFB04: return "ffl";
    case 0xFB05: return "st";
    case 0xFB06: return "st";
    default: return NULL;
    }
}

/* Whether NFC may rewrite a text holding cp: when cp has a canonical
 * decomposition, a combining class, is the second of a composition pair
 * (firsts change only before one), is Hangul (composed by rule, not by
 * table) or is unassigned. Below U+0300 nothing does: no combining marks,
 * and the precomposed Latin letters there are NFC's own output. */
static int may_change_under_nfc(int cp) {
    if (cp < 0x300)
        return 0;
    if (cp >= 0x1100 && cp <= 0x11FF)
        return 1;
    if (cp >= 0xAC00 && cp <= 0xD7A3)
        return 1;
#if UTF8PROC_VERSION_MAJOR == 2 && UTF8PROC_VERSION_MINOR >= 6 && UTF8PROC_VERSION_MINOR <= 8
    /* comb_index: none is UINT16_MAX, seconds have bit 15 (these versions). */
    const utf8proc_property_t *pr = utf8proc_get_property(cp);
    return pr->category == UTF8PROC_CATEGORY_CN || pr->combining_class != 0 ||
           (pr->decomp_seqindex != UINT16_MAX && pr->decomp_type == 0) ||
           (pr->comb_index != UINT16_MAX && pr->comb_index >= 0x8000) || pr->comp_exclusion;
#else
    return 1;
#endif
}

/* Invisible format characters PDF text layers strew between words
 * (zero-width space, word joiner, zero-width no-break space, zero-width
 * (non-)joiner, soft hyphen) carry no meaning in extracted text and break
 * every recognizer that reads names, labels and numbers ("Watanabe \u200d
 * \u200d,2", "CC BY-\u00adNC"): they are dropped, with two exceptions.
 * The joiners shape letters in scripts from Hebrew on (Arabic, Persian,
 * Indic scripts, emoji sequences): between two such characters they stay.
 * A soft hyphen ending a line after a letter marks a word broken there and
 * stays for the stages that join it. */
static int invisible(int cp, int prev, const char *next) {
    if (cp == 0x200B || cp == 0x2060 || cp == 0xFEFF)
        return 1;
    if (cp == 0x200C || cp == 0x200D) {
        size_t l;
        int nx = *next ? jfyp_utf8_decode(next, &l) : 0;
        return !(prev >= 0x590 && nx >= 0x590);
    }
    if (cp == 0xAD)
        return !((*next == '\n' || *next == '\r' || !*next) && prev != '-' && prev != 0x2010);
    return 0;
}

/* ---- accents set as glyphs of their own ----
 * A PDF whose typesetter drew an accent as a separate glyph over or under
 * its letter (TeX's \accent, some publishers' name fonts) extracts as a
 * spacing accent beside the letter: MuPDF and pdfminer give "L\u00b4evy",
 * "Cavido\u02d8glu", "Ju\u00a8rges", older pdftotext "Pe\u00b4rez". The
 * accent goes back onto its letter, as the combining mark NFC composes:
 * onto the letter beside it only where a precomposed letter results,
 * onto a dotless i where there is one (the base TeX gives an accented i),
 * else onto the letter its accent is made for (a cedilla or caron on a
 * consonant, the others on a vowel), else the one after (TeX draws the
 * accent first; a dot between letters goes on the one before, as over a
 * derivative's letter). At a word's edge the accent goes only onto such a
 * letter ("Cl\u00b4" is a charge). The ring stays: "\u02daC" is a degree
 * sign. An acute before a word's final s is an apostrophe ("Johne\u00b4s"). */
static int accent_mark(int cp, const char **cons) {
    switch (cp) {
    case 0xB4: *cons = ""; return 0x301;
    case 0x60: *cons = ""; return 0x300;
    case 0xA8: *cons = ""; return 0x308;
    case 0x2C6: *cons = ""; return 0x302;
    case 0x2DC: *cons = "nN"; return 0x303;
    case 0xAF: *cons = ""; return 0x304;
    case 0x2D8: *cons = "gG"; return 0x306;
    case 0x2D9: *cons = "zZgGcCI"; return 0x307;
    case 0x2DD: *cons = ""; return 0x30B;
    case 0x2C7: *cons = "cCsSzZrRnNdDtT"; return 0x30C;
    case 0xB8: *cons = "cCsStTgGkKlLnNrR"; return 0x327;
    case 0x2DB: *cons = ""; return 0x328;
    default: return 0;
    }
}

/* Whether base with mark is one precomposed letter; -1 on OOM. */
static int composes(int base, int mark) {
    utf8proc_uint8_t two[8];
    utf8proc_ssize_t n = utf8proc_encode_char(base, two);
    n += utf8proc_encode_char(mark, two + n);
    two[n] = 0;
    utf8proc_uint8_t *c = utf8proc_NFC(two);
    if (!c)
        return -1;
    size_t l;
    int ok = c[0] && (size_t)jfyp_utf8_decode((const char *)c, &l) && !c[l];
    free(c);
    return ok;
}

static int accent_letter(int cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == 0x131;
}

static int vowel(int cp) {
    return cp < 0x80 && strchr("aeiouyAEIOUY", cp) ? 1 : cp == 0x131;
}

/* The accents of letters, not of mathematics (a hat, bar, breve or dot
 * over a symbol), that an extractor may part from their word by a space. */
static int word_accent(int cp) {
    return cp == 0xB4 || cp == 0x60 || cp == 0xA8 || cp == 0x2DC || cp == 0x2C7 || cp == 0xB8;
}

/* a byte of a letter: ASCII, or any byte of a non-ASCII character */
static int letter_byte(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static int lower_ascii(int c) {
    return c >= 'a' && c <= 'z';
}

/* Which neighbour the accent cp goes on: -1 the letter before, 1 the one
 * after, 0 neither (-2 on OOM). */
static int accent_side(int prev, int cp, const char *next) {
    const char *cons;
    int mark = accent_mark(cp, &cons);
    size_t l;
    int nx = *next ? jfyp_utf8_decode(next, &l) : 0;
    int after = accent_letter(nx) ? nx : 0, before = accent_letter(prev) ? prev : 0;
    if (!mark || (!after && !before))
        return 0;
    /* a grave is also a backquote (code, Markdown, TeX's ``quotes'', an
     * apostrophe in "authors` "): only inside a word or after a dotless i */
    if (cp == 0x60 && !(before && (after || before == 0x131)))
        return 0;
    if (cp == 0xB4 && (nx == 's') && !accent_letter(*next ? (unsigned char)next[1] : 0))
        return 0;
    /* at a word's edge only on a letter the accent is made for: an acute
     * after a consonant is a charge or a prime ("Cl\u00b4") */
    if (!after || !before) {
        int only = after ? after : before;
        if (!vowel(only) && !strchr(cons, only))
            return 0;
    }
    int ca = after ? composes(after == 0x131 ? 'i' : after, mark) : 0;
    int cb = before ? composes(before == 0x131 ? 'i' : before, mark) : 0;
    if (ca < 0 || cb < 0)
        return -2;
    if (!ca || !cb)
        return ca ? 1 : cb ? -1 : 0;
    if (after == 0x131 || before == 0x131)
        return after == 0x131 ? 1 : -1;
    int ka = *cons && strchr(cons, after), kb = *cons && strchr(cons, before);
    if (ka != kb)
        return ka ? 1 : -1;
    /* a dotted i takes no accent: TeX sets one on a dotless i */
    int va = vowel(after) && after != 'i', vb = vowel(before) && before != 'i';
    if (!*cons && va != vb)
        return va ? 1 : -1;
    /* a dot between letters is a time derivative's, over the letter
     * before ("m\u02d9f", "E\u02d9i") */
    return cp == 0x2D9 ? -1 : 1;
}

/* The first capital thorn (U+00DE) in s before the word's end, or NULL. */
static const char *closes_in_word(const char *s) {
    for (; *s && *s != ' ' && *s != '\n' && *s != '\t' && *s != '\f'; s++)
        if ((unsigned char)s[0] == 0xC3 && (unsigned char)s[1] == 0x9E)
            return s;
    return NULL;
}

static int alnum_byte(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Length of a country's or a generic top-level domain of two or three
 * small letters at t that ends the address: the line, a bracket or a
 * list's punctuation after it, never a word of the sentence going on. */
static size_t tld_ends(const char *t) {
    size_t k = 0;
    while (k < 4 && t[k] >= 'a' && t[k] <= 'z')
        k++;
    if (k < 2 || k > 3)
        return 0;
    char c = t[k];
    return c == '\0' || c == '\n' || c == ')' || c == ';' || c == ',' ? k : 0;
}

/* Whether t opens with a generic domain's name ("com") that no letter,
 * figure or further label follows. */
static int generic_tld(const char *t) {
    static const char *const g[] = {"com", "org", "net", "edu", "gov"};
    for (size_t i = 0; i < sizeof g / sizeof *g; i++)
        if (strncmp(t, g[i], 3) == 0 && !alnum_byte((unsigned char)t[3]) && t[3] != '.' && t[3] != '@' &&
            t[3] != '-')
            return 1;
    return 0;
}

/* E-mail addresses a scan's OCR broke with spaces, mended: "name @host.org",
 * "name @ host.org", "name@ host.org", "name@host.ac. kr" (a space after a
 * dot, the last label ending the address) and "name@gmail com" (the dot
 * read as a space). The text keeps its length: the spaces taken out of an
 * address are put back at the next gutter of two spaces or more, or at
 * the line's end, so that a column-keeping extraction's columns further
 * on stay where they were. One pass: every byte is read once and an
 * address's domain looked ahead of at most once. */
static void mend_spaced_emails(char *s) {
    char *w = s;
    const char *r = s;
    size_t pending = 0;
    while (*r) {
        char c = *r;
        if (pending && (c == '\n' || c == '\f' || (c == ' ' && r[1] == ' '))) {
            memset(w, ' ', pending);
            w += pending;
            pending = 0;
        }
        if (c != '@') {
            *w++ = c;
            r++;
            continue;
        }
        /* the local part, a space before the "@" aside */
        int before = w - s >= 2 && w[-1] == ' ' && alnum_byte((unsigned char)w[-2]);
        const char *lp = before ? w - 2 : w - 1;
        int local = lp >= s && (alnum_byte((unsigned char)*lp) || *lp == '_');
        const char *d = r + 1;
        int after = d[0] == ' ' && alnum_byte((unsigned char)d[1]);
        if (after)
            d++;
        /* the domain, looked ahead of: up to four spaces after a dot
         * dropped, one after a dotless name turned into its dot */
        const char *q = d, *drop[4], *dot_at = NULL, *last = d;
        size_t ndrop = 0;
        int dots = 0, ok = local;
        while (ok && q - d < 128) {
            const char *lab = last = q;
            while (alnum_byte((unsigned char)*q) || *q == '-')
                q++;
            if (q == lab) {
                ok = 0;
                break;
            }
            if (q[0] == '.' && alnum_byte((unsigned char)q[1])) {
                q++, dots++;
            } else if (q[0] == '.' && q[1] == ' ' && ndrop < 4 && tld_ends(q + 2)) {
                drop[ndrop++] = q + 1;
                q += 2, dots++;
            } else if (q[0] == ' ' && !dots && !dot_at && generic_tld(q + 1)) {
                dot_at = q;
                q++, dots++;
            } else {
                break;
            }
        }
        /* (a domain's last label opens with a letter: "@ 5.00" is a price) */
        ok = ok && ((*last >= 'a' && *last <= 'z') || (*last >= 'A' && *last <= 'Z'));
        if (!ok || !dots || !(before || after || ndrop || dot_at)) {
            *w++ = c;
            r++;
            continue;
        }
        if (before)
            w--, pending++;
        *w++ = '@';
        if (after)
            pending++;
        size_t k = 0;
        for (const char *x = d; x < q; x++) {
            if (k < ndrop && x == drop[k]) {
                k++, pending++;
                continue;
            }
            *w++ = x == dot_at ? '.' : *x;
        }
        r = q;
    }
    memset(w, ' ', pending);
    w[pending] = '\0';
}

/* ---- ligatures a layout reader lost ----
 * Some readers (MuPDF above all) cannot map a font's ligature glyphs and
 * give what they can of them: a "Th" glyph as its "T" alone ("Te results",
 * "Tis is an open access article", the licence no reader then knows), a
 * "fi" or "fl" glyph with a space after it ("signifi cant", "infl uence").
 * Each is mended only in a text that shows it again and again, from the
 * text's own words. */

static int ascii_lower(int c) { return c >= 'a' && c <= 'z'; }
static int ascii_letter(int c) { return ascii_lower(c | 0x20); }
/* Whether the code point at p is a letter or a mark ("Tè" is no "T"). */
static int letter_at(const char *p) {
    if (!(*p & 0x80))
        return ascii_letter((unsigned char)*p);
    size_t l;
    utf8proc_category_t c = utf8proc_category(jfyp_utf8_decode(p, &l));
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME);
}
/* Whether a letter ends right before p (a word goes on into p). */
static int letter_before(const char *s, const char *p) {
    if (p == s)
        return 0;
    const char *q = p - 1;
    while (q > s && p - q < 4 && (*q & 0xC0) == 0x80)
        q--;
    return letter_at(q);
}

#define FNV_0 1469598103934665603u
static uint64_t fnv_lower(uint64_t h, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)(s[i] | 0x20)) * 1099511628211u;
    return h ? h : 1;
}

/* The words a text prints in small letters only, as hashes. */
typedef struct {
    uint64_t *slot;
    size_t mask;
} word_set;

static int word_set_has(const word_set *w, uint64_t h) {
    for (size_t i = h & w->mask; w->slot[i]; i = (i + 1) & w->mask)
        if (w->slot[i] == h)
            return 1;
    return 0;
}

/* -1 on out of memory. */
static int word_set_make(word_set *w, const char *s) {
    size_t words = 0;
    for (const char *p = s; *p; p++)
        words += ascii_letter((unsigned char)*p) && !letter_before(s, p);
    size_t cap = 64;
    while (cap < words * 2)
        cap *= 2;
    w->slot = calloc(cap, sizeof *w->slot);
    w->mask = cap - 1;
    if (!w->slot)
        return -1;
    for (const char *p = s; *p;) {
        if (!ascii_letter((unsigned char)*p) || letter_before(s, p)) {
            p++;
            continue;
        }
        const char *a = p;
        int lower = 1;
        while (ascii_letter((unsigned char)*p))
            lower &= ascii_lower((unsigned char)*p++);
        if (!lower || letter_at(p))
            continue;
        uint64_t h = fnv_lower(FNV_0, a, (size_t)(p - a));
        size_t i = h & w->mask;
        while (w->slot[i] && w->slot[i] != h)
            i = (i + 1) & w->mask;
        w->slot[i] = h;
    }
    return 0;
}

/* The length of the word of small letters at p ("T" + it is a lost "Th"
 * word's tail), 0 if it is no whole word. */
static size_t lower_tail(const char *p) {
    size_t n = 0;
    while (ascii_lower((unsigned char)p[n]))
        n++;
    return letter_at(p + n) ? 0 : n;
}

static int th_opener(const char *t, size_t n);
/* Whether "T" + tail lost its "h": the text never prints "t" + tail in
 * small letters, and prints "th" + tail so or the word is a common opener
 * (a short page may not print "this" in small letters). */
static int lost_h(const word_set *w, const char *tail, size_t n) {
    if (!n || *tail == 'h')
        return 0;
    return !word_set_has(w, fnv_lower(fnv_lower(FNV_0, "t", 1), tail, n)) &&
           (th_opener(tail, n) >= 0 || word_set_has(w, fnv_lower(fnv_lower(FNV_0, "th", 2), tail, n)));
}

/* Sentence openers that lost their "h": the text's evidence of a lost
 * "Th" glyph, each before a word in small letters; k of them, which tail
 * t[0..n) after the "T" is. */
static const char *const th_openers[] = {"Te", "Tis", "Tese", "Tey", "Teir", "Tus", "Terefore"};
static int th_opener(const char *t, size_t n) {
    for (unsigned k = 0; k < sizeof th_openers / sizeof *th_openers; k++)
        if (strlen(th_openers[k]) == n + 1 && memcmp(th_openers[k] + 1, t, n) == 0)
            return (int)k;
    return -1;
}
static int th_evidence(const char *s) {
    unsigned seen = 0;
    for (const char *p = strchr(s, 'T'); p; p = strchr(p + 1, 'T')) {
        if (letter_before(s, p))
            continue;
        size_t n = lower_tail(p + 1);
        if (!n || p[1 + n] != ' ' || !ascii_lower((unsigned char)p[2 + n]))
            continue;
        int k = th_opener(p + 1, n);
        if (k >= 0)
            seen |= 1u << k;
    }
    return __builtin_popcount(seen);
}

/* "Te" for "The" and the like put right, where the text shows the lost
 * glyph in at least two of its commonest words. A mended word's extra
 * letter is taken back from the next gutter of three spaces or more on its
 * line, so a column-keeping extraction's columns stay where they were.
 * The text, or a new one (s freed); NULL on out of memory. */
static char *mend_lost_th(char *s) {
    if (th_evidence(s) < 2)
        return s;
    word_set w;
    if (word_set_make(&w, s) < 0) {
        free(s);
        return NULL;
    }
    jfyp_buf b;
    jfyp_buf_init(&b);
    size_t owed = 0;
    for (const char *p = s; *p;) {
        if (*p == '\n' || *p == '\f')
            owed = 0;
        if (owed && p[0] == ' ' && p[1] == ' ' && p[2] == ' ') {
            size_t run = 0;
            while (p[run] == ' ')
                run++;
            size_t take = run - 2 < owed ? run - 2 : owed;
            owed -= take;
            jfyp_buf_fill(&b, ' ', run - take);
            p += run;
            continue;
        }
        size_t n;
        if (*p == 'T' && !letter_before(s, p) && (n = lower_tail(p + 1)) &&
            lost_h(&w, p + 1, n)) {
            jfyp_buf_put(&b, "Th", 2);
            jfyp_buf_put(&b, p + 1, n);
            p += 1 + n;
            owed++;
            continue;
        }
        jfyp_buf_putc(&b, *p++);
    }
    free(w.slot);
    free(s);
    return jfyp_buf_finish(&b);
}

/* The length of the small letter at p (any script's), 0 if none. */
static size_t lower_len(const char *p) {
    if (!(*p & 0x80))
        return ascii_lower((unsigned char)*p);
    size_t l;
    return utf8proc_category(jfyp_utf8_decode(p, &l)) == UTF8PROC_CATEGORY_LL ? l : 0;
}

/* A word in small letters ending in a "fi" or "fl" glyph ("científi",
 * "fi" alone), a space, and the word's rest in small letters: the length
 * up to the space, else 0. */
static size_t split_ligature(const char *s, const char *p) {
    if (letter_before(s, p))
        return 0;
    size_t n = 0, k;
    while ((k = lower_len(p + n)))
        n += k;
    if (n < 2 || p[n - 2] != 'f' || (p[n - 1] != 'i' && p[n - 1] != 'l') || p[n] != ' ' ||
        !lower_len(p + n + 1))
        return 0;
    return n;
}

/* "signifi cant" made whole where the text parts three words or more so
 * (a name ending so, "Ashrafi et al.", opens with a capital). The text
 * keeps its length: each space taken out is put back at the line's next
 * gutter or its end. -1 on out of memory. */
static int mend_split_ligatures(char *s) {
    /* a glyph's split leaves "fi " or "fl " before a small letter: a page
     * showing fewer than three of them is left as it is, without reading
     * every word (most pages) */
    size_t seen = 0;
    for (const char *p = strchr(s, 'f'); p && seen < 3; p = strchr(p + 1, 'f'))
        seen += (p[1] == 'i' || p[1] == 'l') && p[2] == ' ' &&
                (ascii_lower((unsigned char)p[3]) || ((unsigned char)p[3] & 0x80));
    if (seen < 3)
        return 0;
    size_t found = 0;
    for (const char *p = s; *p && found < 3;) {
        size_t k = lower_len(p);
        if (!k) {
            p++;
            continue;
        }
        found += split_ligature(s, p) > 0;
        while ((k = lower_len(p)))
            p += k;
    }
    if (found < 3)
        return 0;
    /* (read from a copy: the tests look back past where the text is
     * rewritten) */
    char *from = jfyp_strdup(s);
    if (!from)
        return -1;
    char *w = s;
    size_t pending = 0;
    for (const char *r = from; *r;) {
        if (pending && (*r == '\n' || *r == '\f' || (r[0] == ' ' && r[1] == ' '))) {
            memset(w, ' ', pending);
            w += pending;
            pending = 0;
        }
        size_t n = lower_len(r) ? split_ligature(from, r) : 0;
        if (n) {
            memmove(w, r, n);
            w += n;
            r += n + 1;
            pending++;
            continue;
        }
        size_t k = lower_len(r);
        if (!k) {
            *w++ = *r++;
            continue;
        }
        /* (the rest of a word in small letters is no word's start) */
        do {
            memmove(w, r, k);
            w += k, r += k;
        } while ((k = lower_len(r)));
    }
    memset(w, ' ', pending);
    w[pending] = '\0';
    free(from);
    return 0;
}

/* A copyright sign some publishers draw as a circle glyph over a "C":
 * pdfminer reads the two as one word, "VC The Author(s) 2018." (the
 * other readers set the "V" on a line of its own, and the "C" left is
 * read as the sign it stands for). At a line's start, before "The
 * Author" or a year and a capital, "VC" is the sign: two bytes, as the
 * sign's, so no column moves. */
static void mend_circled_c(char *s) {
    for (char *p = strstr(s, "VC "); p; p = strstr(p + 1, "VC ")) {
        const char *a = p;
        while (a > s && a[-1] == ' ')
            a--;
        if (a > s && a[-1] != '\n' && a[-1] != '\f')
            continue;
        const char *t = p + 3;
        int year = (t[0] == '1' || t[0] == '2') && (t[1] == '9' || t[1] == '0') && t[2] >= '0' && t[2] <= '9' &&
                   t[3] >= '0' && t[3] <= '9' && t[4] == ' ' && t[5] >= 'A' && t[5] <= 'Z';
        if (year || strncmp(t, "The Author", 10) == 0)
            memcpy(p, "\xc2\xa9", 2);
    }
}

/* Korean publishers print the sign as the circled small letter, U+24D2
 * ("Copyright \u24d2 the Korean Society of ..., 2016"). Where it opens a
 * line or follows "Copyright", before a space, it is the sign: one
 * character either way, so no column moves (the text only shrinks). */
static void mend_circled_small_c(char *s) {
    char *w = strstr(s, "\xe2\x93\x92 ");
    if (!w)
        return;
    const char *r = w;
    while (*r) {
        if (strncmp(r, "\xe2\x93\x92 ", 4) == 0 &&
            (w == s || w[-1] == '\n' || w[-1] == '\f' || (w - s >= 10 && jfyp_strnieq(w - 10, "copyright ", 10)))) {
            *w++ = '\xc2';
            *w++ = '\xa9';
            r += 3;
        } else {
            *w++ = *r++;
        }
    }
    *w = '\0';
}

char *jfyp_decode(const char *bytes, size_t len, const char *encoding,
                  const char *source, jfyp_diags *diags, jfy_error *err) {
    char *utf8 = NULL;
    const char *text = bytes;
    size_t tlen = len;

    if (encoding && *encoding) {
        utf8 = convert(bytes, len, encoding, source, err);
        if (!utf8)
            return NULL;
    } else if (len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0) {
        text += 3;
        tlen -= 3;
    } else if (len >= 2 && (memcmp(bytes, "\xFF\xFE", 2) == 0 ||
                            memcmp(bytes, "\xFE\xFF", 2) == 0)) {
        utf8 = convert(bytes, len, "UTF-16", source, err);
        if (!utf8)
            return NULL;
    }
    if (!utf8) {
        size_t bad;
        if (memchr(text, '\0', tlen)) {
            size_t off = (size_t)((const char *)memchr(text, '\0', tlen) - text);
            jfyp_error_set(err, JFY_ERR_ENCODING, source, line_of(text, off), 0,
                           "NUL byte at offset %zu: this looks like a binary file or "
                           "UTF-16 without a byte order mark; pass --encoding", off);
            return NULL;
        }
        size_t pairs = 0, lone = 0, mbad;
        int oom = 0;
        char *mended = NULL;
        /* (mbad: an offset in the mended copy, shorter than text, which
         * the warnings below must not read as one in text) */
        if (valid_utf8(text, tlen, &bad)) {
            utf8 = jfyp_strndup(text, tlen);
        } else if ((mended = join_surrogates(text, tlen, &pairs, &lone, &oom)) != NULL &&
                   valid_utf8(mended, strlen(mended), &mbad)) {
            jfyp_diags_add(diags, JFY_WARNING, line_of(text, bad), 0, "cesu-8",
                           "%zu character%s beyond U+FFFF came as UTF-16 surrogate pairs "
                           "(CESU-8, as MuPDF writes them) and %s joined; %zu lone "
                           "surrogate%s became U+FFFD",
                           pairs, pairs == 1 ? "" : "s", pairs == 1 ? "was" : "were",
                           lone, lone == 1 ? "" : "s");
            utf8 = mended;
            mended = NULL;
        } else if (!oom) {
            jfyp_diags_add(diags, JFY_WARNING, line_of(text, bad), 0, "not-utf8",
                           "byte 0x%02X is not UTF-8; the file was read as "
                           "Windows-1252 (pass --encoding to choose another)",
                           (unsigned char)text[bad]);
            free(mended);
            utf8 = convert(text, tlen, "WINDOWS-1252", source, err);
            if (!utf8)
                return NULL;
        }
        if (!utf8) {
            jfyp_error_set(err, JFY_ERR_NOMEM, source, 0, 0, "out of memory");
            return NULL;
        }
    }

    /* Clean: line ends, characters XML 1.0 forbids, ligatures. */
    jfyp_buf b;
    jfyp_buf_init(&b);
    int line = 1, dropped_line = 0;
    size_t l;
    int composable = 0, prev = '\n';
    const char *close = NULL; /* the thorn closing an eth read as a bracket */
    long shift = 0; /* cells lost (+) or gained (-) on this line so far */
    const char *end = utf8 + strlen(utf8);
    for (const char *p = utf8; *p; p += l) {
        /* Printable ASCII runs are copied as they are, but for a gutter
         * after cells lost or gained. */
        const char *q = p + printable_run(p, (size_t)(end - p));
        if (q > p) {
            prev = (unsigned char)q[-1];
            l = (size_t)(q - p);
            const char *gap = NULL;
            for (const char *g = p; shift && g + 1 < q && !gap; g++)
                if (g[0] == ' ' && g[1] == ' ')
                    gap = g;
            if (gap) {
                /* pdftotext -layout gave every character, invisible ones
                 * too, a cell: the gutter after the text that lost or
                 * gained cells takes the difference, so the columns
                 * further on stay where the page put them. */
                size_t run = 0;
                while (gap + run < q && gap[run] == ' ')
                    run++;
                jfyp_buf_put(&b, p, (size_t)(gap - p));
                long width = (long)run + shift;
                jfyp_buf_fill(&b, ' ', (size_t)(width < 2 ? 2 : width));
                jfyp_buf_put(&b, gap + run, (size_t)(q - gap - run));
                shift = 0;
            } else {
                jfyp_buf_put(&b, p, l);
            }
            continue;
        }
        int cp = jfyp_utf8_decode(p, &l);
        const char *lig;
        if (cp == '\r') {
            if (p[1] != '\n')
                jfyp_buf_putc(&b, '\n'), line++;
            continue;
        }
        if (cp == '\n' || cp == '\f')
            shift = 0;
        if (cp == '\n')
            line++;
        if ((cp < 0x20 && cp != '\n' && cp != '\t' && cp != '\f') || cp == 0xFFFE || cp == 0xFFFF ||
            (cp >= 0x7F && cp < 0xA0 && cp != 0x85)) {
            /* A control character standing as a word of its own between a
             * word and a capitalised one ("oil \x01 Pimenta") is a list
             * separator whose glyph the font did not map (Springer's
             * keyword and author dots): it becomes a middle dot, as
             * dropped the terms would run together once the spaces are
             * collapsed. */
            if (cp < 0x20 && prev == ' ' && b.len >= 2 && letter_byte((unsigned char)b.data[b.len - 2]) &&
                p[l] == ' ' && p[l + 1] >= 'A' && p[l + 1] <= 'Z') {
                jfyp_buf_put_cp(&b, 0xB7);
                continue;
            }
            if (!dropped_line)
                jfyp_diags_add(diags, JFY_WARNING, line, 0, "control-char",
                               "control character U+%04X dropped (XML cannot carry it)", cp);
            dropped_line = line;
            continue;
        }
        /* Form feeds (pdftotext's page breaks) stay: columns.c reads pages. */
        if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
            shift = 0;
            jfyp_buf_putc(&b, '\n');
            line++;
            continue;
        }
        if (invisible(cp, prev, p + l)) {
            shift++;
            continue;
        }
        /* A math font's brackets that pdftotext maps to Latin-1 letters
         * ("CP\u00f0N\u00de", "U\u00f01\u00de" for CP(N), U(1), in the
         * fonts APS and others set formulas in): an eth right after a
         * letter or a figure with a capital thorn later in the same word,
         * which no word of a language written with them has (a thorn only
         * opens a word, and a capital one never follows a small letter). */
        if (cp == 0xF0 && prev < 0x80 && (letter_byte(prev) || (prev >= '0' && prev <= '9')) &&
            (close = closes_in_word(p + l)) != NULL) {
            jfyp_buf_putc(&b, '(');
            prev = '(';
            continue;
        }
        if (cp == 0xDE && p == close) {
            jfyp_buf_putc(&b, ')');
            prev = ')';
            continue;
        }
        const char *cons;
        int side = accent_mark(cp, &cons) ? accent_side(prev, cp, p + l) : 0;
        if (side == -2) {
            free(utf8);
            jfyp_buf_free(&b);
            jfyp_error_set(err, JFY_ERR_NOMEM, source, 0, 0, "out of memory");
            return NULL;
        }
        if (side) {
            int mark = accent_mark(cp, &cons);
            if (side > 0) {
                size_t nl;
                int nx = jfyp_utf8_decode(p + l, &nl);
                /* pdfminer's "Ara \u00b4ujo": the accent's box parts the
                 * word before the letter it goes on; a one-letter word
                 * after it ("est `a") is a word of its own */
                if (prev == ' ' && word_accent(cp) && b.len >= 2 &&
                    lower_ascii((unsigned char)b.data[b.len - 2]) && lower_ascii(nx) &&
                    accent_letter((unsigned char)p[l + nl])) {
                    b.len--;
                    shift++;
                }
                jfyp_buf_put_cp(&b, nx == 0x131 ? 'i' : nx);
                l += nl;
                prev = nx;
            } else {
                if (prev == 0x131 && b.len >= 2) {
                    b.len -= 2;
                    jfyp_buf_putc(&b, 'i');
                }
                /* pdfminer's "Ju\u00a8 rges", "S\u00b8 entu\u00a8rk": the
                 * accent's box parts the word after the letter it goes on;
                 * a lower-case one-letter word before it ("e\u00b4 um")
                 * is a word of its own */
                unsigned char base = b.len ? (unsigned char)b.data[b.len - 1] : 0;
                unsigned char first = b.len >= 2 ? (unsigned char)b.data[b.len - 2] : ' ';
                if (word_accent(cp) && p[l] == ' ' && lower_ascii((unsigned char)p[l + 1]) &&
                    (!lower_ascii(base) || first >= 0x80 || accent_letter(first))) {
                    l++;
                    shift++;
                }
            }
            jfyp_buf_put_cp(&b, mark);
            /* the accent's cell goes when NFC composes the letter */
            shift++;
            composable = 1;
            continue;
        }
        prev = cp;
        if ((lig = ligature(cp))) {
            jfyp_buf_puts(&b, lig);
            shift -= (long)strlen(lig) - 1;
        } else {
            jfyp_buf_put(&b, p, l);
        }
        if (!composable && may_change_under_nfc(cp))
            composable = 1;
    }
    free(utf8);
    char *clean = jfyp_buf_finish(&b);
    if (!clean) {
        jfyp_error_set(err, JFY_ERR_NOMEM, source, 0, 0, "out of memory");
        return NULL;
    }
    if (strchr(clean, '@'))
        mend_spaced_emails(clean);
    mend_circled_c(clean);
    mend_circled_small_c(clean);
    if (mend_split_ligatures(clean) < 0) {
        free(clean);
        clean = NULL;
    } else {
        clean = mend_lost_th(clean);
    }
    if (!clean) {
        jfyp_error_set(err, JFY_ERR_NOMEM, source, 0, 0, "out of memory");
        return NULL;
    }
    /* Text made only of characters NFC leaves alone is NFC already. */
    if (!composable)
        return clean;
    utf8proc_uint8_t *nfc = utf8proc_NFC((const utf8proc_uint8_t *)clean);
    free(clean);
    if (!nfc)
        jfyp_error_set(err, JFY_ERR_NOMEM, source, 0, 0, "out of memory");
    return (char *)nfc;
}
