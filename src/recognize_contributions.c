/* recognize_contributions.c - who did what: the author-contributions
 * statement's sentences read as CRediT roles on the article's authors.
 *
 * The statement comes in a few shapes: people first ("J.S. designed the
 * study; W.Z. analysed the data", "JS and WZ wrote the paper", "J.S.:
 * Conceptualization, Methodology"), activity first ("Conceptualization,
 * J.Q.S. and A.B.; Methodology, ...", "Performed the experiments: JS WZ"),
 * or everyone at once ("All authors read and approved..."). Each clause
 * is cut into (people, activity) pairs; people are resolved against the
 * front's author contribs by initials ("J.S.", "JQS", "J-PS") or surname
 * ("Smith", "J. Smith"); the activity's wording is mapped to CRediT terms
 * through the table below. Wording the table does not know gives no role,
 * and a name no author answers to gives a warning: no guessing.
 *
 * Roles are added as ROLE children of the contribs in the taxonomy's
 * order, each term at most once, with the JATS4R CRediT attributes; their
 * span is the paragraph they were read from. The section itself stays. */
#include "recognize.h"

#include <stdlib.h>
#include <stdint.h>
#include <string.h>

/* ---- the taxonomy (JATS4R "CRediT taxonomy", credit.niso.org) ---- */

enum { CONCEPT, CURATION, ANALYSIS, FUNDING, INVESTIGATION, METHODOLOGY, ADMIN,
       RESOURCES, SOFTWARE, SUPERVISION, VALIDATION, VISUALIZATION, DRAFT, REVIEW,
       NTERMS };

static const struct {
    const char *term, *slug;
} credit[NTERMS] = {
    {"Conceptualization", "conceptualization"},
    {"Data curation", "data-curation"},
    {"Formal analysis", "formal-analysis"},
    {"Funding acquisition", "funding-acquisition"},
    {"Investigation", "investigation"},
    {"Methodology", "methodology"},
    {"Project administration", "project-administration"},
    {"Resources", "resources"},
    {"Software", "software"},
    {"Supervision", "supervision"},
    {"Validation", "validation"},
    {"Visualization", "visualization"},
    {"Writing \xe2\x80\x93 original draft", "writing-original-draft"},
    {"Writing \xe2\x80\x93 review & editing", "writing-review-editing"},
};

#define CREDIT_VOCAB "https://credit.niso.org/"

/* Activity wording -> term. An activity is lower-cased, its punctuation
 * made spaces, and cut at commas and "and" into pieces; a piece takes the
 * term of the first rule it meets. A rule is one or two sets of stems
 * ('|' between them; a stem matches at a word start, '$' ends a word);
 * with two, the piece needs one of each. The order settles overlaps:
 * "analysis tools" are resources, "designed the experiments" methodology
 * before "experiments" are investigation. */
static const struct {
    int term;
    const char *a, *b;
} rules[] = {
    {SUPERVISION, "supervis|oversaw|oversee|mentor|directed the", NULL},
    {ADMIN, "coordinat|administ|project manag|managed the project|managed the study|"
            "managed the trial", NULL},
    {FUNDING, "fund|grant$|grants$", "obtain|acqui|secur|rais|won$|receiv|provid|attract"},
    {RESOURCES, "reagent|materials$|analysis tool|resources$", NULL},
    {RESOURCES, "sample|specimen|strain|cell line|patient|animal|equipment|instrument",
     "provid|contribut|suppl|gave$|shar|donat"},
    {SOFTWARE, "software|source code|the code$|wrote code|programm|implemented the|script", NULL},
    {VISUALIZATION, "visuali|figure|illustrat|graphic|graphs$|plots$|drew the", NULL},
    {VALIDATION, "validat|replicat|reproduc|verif", NULL},
    {CURATION, "curat|data management|managed the data|data entry|entered the data|"
               "cleaned the data|data cleaning|annotat", NULL},
    {METHODOLOGY, "methodolog|protocol", NULL},
    {METHODOLOGY, "design|develop|devis|establish",
     "method|assay|experiment|technique|procedure|approach|model"},
    {CONCEPT, "conceiv|conceptuali|concept of|the idea|hypothes|initiated the", NULL},
    {CONCEPT, "design|planned|plan$|planning", "stud|research|project|work$|trial|survey|"
                                               "investigation"},
    {REVIEW, "revis|edit|review|proofread|proof read|critical|comment",
     "manuscript|paper|article|draft|text$|version|content|intellectual|report"},
    {DRAFT, "wrote|write|writing|draft|prepar|compos",
     "manuscript|paper|article|draft|report|text$|first version"},
    {ANALYSIS, "analys|analyz|statistic", NULL},
    {INVESTIGATION, "experiment|collect|acquisition|acquired|enrol|recruit|fieldwork|"
                    "field work|measur|sampl|investigat|interview|performed|conducted|"
                    "carried out|did the|undertook", NULL},
};

/* Terms whose verb governs a list: "supervised the enrolment, data
 * collection and entry" is supervision only. */
static int governs(int term) { return term == SUPERVISION || term == ADMIN; }

static int is_alnum_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c >= 0x80;
}

#define PIECE_WORDS 64

/* Where a piece's words start (the start and after each space), and which
 * bytes open them: a stem whose first byte opens no word is passed over
 * without reading the piece again (every piece meets a hundred stems).
 * Past PIECE_WORDS words the starts are not kept: rest is the first one
 * not kept, and the words from there are found again by each stem. */
typedef struct {
    const char *at[PIECE_WORDS];
    size_t n;
    const char *rest; /* NULL when every word's start is in at */
    uint64_t opens[4];
} word_starts;

/* The start of the word after the one at p, NULL at the piece's end:
 * strchr finds the spaces faster than a test of every byte. */
static const char *next_word(const char *p) {
    p = strchr(p, ' ');
    return p && p[1] ? p + 1 : NULL;
}

static void find_starts(const char *piece, word_starts *ws) {
    ws->n = 0;
    ws->rest = NULL;
    memset(ws->opens, 0, sizeof ws->opens);
    for (const char *p = *piece ? piece : NULL; p; p = next_word(p)) {
        unsigned char c = (unsigned char)*p;
        ws->opens[c >> 6] |= (uint64_t)1 << (c & 63);
        if (ws->n < PIECE_WORDS)
            ws->at[ws->n++] = p;
        else if (!ws->rest)
            ws->rest = p;
    }
}

static int stem_at(const char *p, const char *stem, size_t sl, int whole) {
    return *p == *stem && strncmp(p, stem, sl) == 0 && (!whole || !is_alnum_byte((unsigned char)p[sl]));
}

/* Does a stem from set (e.g. "analys|grant$") start a word of the piece? */
static int has_stem(const word_starts *ws, const char *set) {
    while (*set) {
        const char *e = set;
        while (*e && *e != '|')
            e++;
        size_t n = (size_t)(e - set);
        unsigned char c = (unsigned char)*set;
        if (ws->opens[c >> 6] & ((uint64_t)1 << (c & 63))) {
            int whole = n && set[n - 1] == '$';
            size_t sl = whole ? n - 1 : n;
            for (size_t i = 0; i < ws->n; i++)
                if (stem_at(ws->at[i], set, sl, whole))
                    return 1;
            for (const char *p = ws->rest; p; p = next_word(p))
                if (stem_at(p, set, sl, whole))
                    return 1;
        }
        set = *e ? e + 1 : e;
    }
    return 0;
}

static int piece_term(const char *piece) {
    word_starts ws;
    find_starts(piece, &ws);
    for (size_t i = 0; i < sizeof rules / sizeof *rules; i++) {
        const char *a = rules[i].a, *b = rules[i].b;
        if (has_stem(&ws, a) && (!b || has_stem(&ws, b)))
            return rules[i].term;
    }
    return -1;
}

/* A piece opening with a verb starts its own activity: "coordinated the
 * study and supervised the enrolment". */
static int opens_with_verb(const char *piece) {
    static const char *const verbs[] = {"wrote", "did", "led", "drew", "made", "ran", "took",
                                        "gave", "read", "co", "was", "were", "oversaw",
                                        "helped", "built", "won", NULL};
    size_t n = strcspn(piece, " ");
    if (n > 2 && strncmp(piece + n - 2, "ed", 2) == 0)
        return 1;
    for (int i = 0; verbs[i]; i++)
        if (strlen(verbs[i]) == n && strncmp(piece, verbs[i], n) == 0)
            return 1;
    return 0;
}

/* Blanks the first occurrence of phrase in s (with commas, so it splits
 * nothing else); 1 when found. */
static int take_phrase(char *s, const char *phrase) {
    size_t n = strlen(phrase);
    for (char *p = s; (p = strstr(p, phrase)); p++)
        if ((p == s || p[-1] == ' ' || p[-1] == ',') && !is_alnum_byte((unsigned char)p[n])) {
            memset(p, ',', n);
            return 1;
        }
    return 0;
}

/* The CRediT terms an activity's wording names, as a bit mask; -1 on out
 * of memory. */
static long activity_terms(const char *text, size_t len) {
    jfyp_buf b;
    jfyp_buf_init(&b);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c >= 'A' && c <= 'Z')
            jfyp_buf_putc(&b, (char)(c + 32));
        else if (c == '&')
            jfyp_buf_puts(&b, " and ");
        else if (c == 0xe2 && i + 2 < len &&
                 (((unsigned char)text[i + 1] == 0x80 && (unsigned char)text[i + 2] >= 0x90 &&
                   (unsigned char)text[i + 2] <= 0x95) ||
                  ((unsigned char)text[i + 1] == 0x88 && (unsigned char)text[i + 2] == 0x92))) {
            jfyp_buf_putc(&b, ' '); /* a dash (U+2010..2015, U+2212) */
            i += 2;
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ',' || c >= 0x80)
            jfyp_buf_putc(&b, (char)c);
        else
            jfyp_buf_putc(&b, ' ');
    }
    char *s = jfyp_buf_finish(&b);
    if (!s)
        return -1;
    jfyp_squeeze(s);
    long mask = 0;
    /* the two Writing terms' labels hold "and" and a second noun: read
     * them whole before the cut */
    while (take_phrase(s, "writing original draft") || take_phrase(s, "original draft"))
        mask |= 1L << DRAFT;
    while (take_phrase(s, "writing review and editing") || take_phrase(s, "review and editing"))
        mask |= 1L << REVIEW;
    int governing = 0;
    char *p = s;
    while (*p) {
        /* the next piece: up to a comma or a word "and" */
        char *end = p;
        while (*end && *end != ',' && !(end[0] == ' ' && strncmp(end + 1, "and ", 4) == 0) &&
               !(end[0] == ' ' && strcmp(end + 1, "and") == 0))
            end++;
        char save = *end;
        *end = '\0';
        char *piece = jfyp_trim(p);
        if (strncmp(piece, "and ", 4) == 0)
            piece += 4;
        if (*piece) {
            int verb = opens_with_verb(piece);
            if (verb || !governing) {
                int t = piece_term(piece);
                /* the governing verb itself opens the piece ("supervised
                 * the..."), not "was responsible for the supervision, ..." */
                char first[32];
                size_t fl = strcspn(piece, " ");
                governing = 0;
                if (t >= 0 && governs(t) && verb && fl < sizeof first) {
                    memcpy(first, piece, fl);
                    first[fl] = '\0';
                    governing = piece_term(first) == t;
                }
                if (t >= 0)
                    mask |= 1L << t;
            }
        }
        *end = save;
        p = *end ? end + 1 : end;
    }
    free(s);
    return mask;
}

/* ---- the authors and how the statement may name them ---- */

#define KEYMAX 48
typedef struct {
    jfy_node *contrib;
    const char *surname, *given;
    char key[2][3][KEYMAX]; /* tier 1: every given initial; tier 2: the first */
    char given_initials[16];
    const jfy_node *src[NTERMS];
    long mask;
} author;

/* First letters of the parts of s cut at the characters of seps (ASCII
 * upper-cased; a non-ASCII letter is kept whole). Parts written as
 * capital initials ("AB" given names from "SMITH AB") give each letter. */
static void initials_of(const char *s, const char *seps, int caps_only, char *out, size_t cap) {
    size_t o = 0;
    const char *p = s;
    while (*p && o + 5 < cap) {
        while (*p && (strchr(seps, *p) || strncmp(p, "\xe2\x80\x99", 3) == 0))
            p += strncmp(p, "\xe2\x80\x99", 3) == 0 ? 3 : 1;
        if (!*p)
            break;
        const char *w = p;
        while (*p && !strchr(seps, *p) && strncmp(p, "\xe2\x80\x99", 3) != 0)
            p++;
        size_t wl = (size_t)(p - w);
        int allcaps = wl <= 3;
        for (size_t i = 0; i < wl; i++)
            if (!(w[i] >= 'A' && w[i] <= 'Z'))
                allcaps = 0;
        if (allcaps && wl > 1) {
            for (size_t i = 0; i < wl && o + 1 < cap; i++)
                out[o++] = w[i];
            continue;
        }
        unsigned char c = (unsigned char)w[0];
        if (caps_only && c >= 'a' && c <= 'z')
            continue;
        if (c < 0x80) {
            out[o++] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
        } else {
            size_t n = 1;
            while (n < wl && ((unsigned char)w[n] & 0xc0) == 0x80)
                n++;
            memcpy(out + o, w, n);
            o += n;
        }
    }
    out[o] = '\0';
}

/* The first letter (one code point) of s, into out. */
static void first_letter(const char *s, char *out) {
    size_t n = *s ? 1 : 0;
    while (s[n] && ((unsigned char)s[n] & 0xc0) == 0x80)
        n++;
    memcpy(out, s, n);
    out[n] = '\0';
}

/* dst (KEYMAX bytes) = x then y, both shorter than KEYMAX / 2. */
static void join2(char *dst, const char *x, const char *y) {
    size_t lx = strlen(x), ly = strlen(y);
    memcpy(dst, x, lx);
    memcpy(dst + lx, y, ly + 1);
}

/* "Jean-Pierre Van Geertruyden" answers to JPVG, JPV, JVG...; "Ing-Nang
 * Wang" to INW and IW; "Umberto D'Alessandro" to UDA and UD. */
static void author_keys(author *a) {
    char gi[16], sv[3][16], first[8];
    /* particles in given names ("Marcos José da") are not initials */
    initials_of(a->given ? a->given : "", " -.", 1, gi, sizeof gi);
    if (!gi[0])
        initials_of(a->given ? a->given : "", " -.", 0, gi, sizeof gi);
    memcpy(a->given_initials, gi, sizeof gi);
    initials_of(a->surname, " -'", 0, sv[0], sizeof sv[0]);
    initials_of(a->surname, " -'", 1, sv[1], sizeof sv[1]);
    first_letter(sv[0], sv[2]);
    first_letter(gi, first);
    for (int v = 0; v < 3; v++) {
        join2(a->key[0][v], gi, sv[v]);
        join2(a->key[1][v], first, sv[v]);
    }
}

/* A mention's key: its letters without dots, hyphens, apostrophes and
 * spaces, ASCII upper-cased. */
static void mention_key(const char *s, size_t len, char *out, size_t cap) {
    size_t o = 0;
    for (size_t i = 0; i < len && o + 1 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '.' || c == '-' || c == '\'' || c == ' ')
            continue;
        if (c == 0xe2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80) {
            i += 2; /* typographic apostrophe or dash */
            continue;
        }
        out[o++] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
    }
    out[o] = '\0';
}

enum { WHO_UNKNOWN = -1, WHO_ALL = -2, WHO_AMBIGUOUS = -3 };

/* The author whose initials the key spells: the first tier with one
 * answer wins; two in a tier is ambiguous. */
static int resolve_key(const author *au, int na, const char *key) {
    if (strlen(key) < 2)
        return WHO_UNKNOWN;
    for (int tier = 0; tier < 2; tier++) {
        int found = WHO_UNKNOWN;
        for (int i = 0; i < na; i++)
            for (int v = 0; v < 3; v++)
                if (strcmp(au[i].key[tier][v], key) == 0) {
                    if (found >= 0 && found != i)
                        return WHO_AMBIGUOUS;
                    found = i;
                }
        if (found >= 0)
            return found;
    }
    return WHO_UNKNOWN;
}

/* ---- the statement's tokens ---- */

enum { T_WORD, T_NAME, T_COMMA, T_AND, T_COLON, T_STOP };

typedef struct {
    int t;
    size_t s, e;
    int who;
    int initials; /* a WORD shaped like initials: "JS", "J.S.", "J-P.S." */
} tok;

typedef struct {
    tok *v;
    size_t n, cap;
} toks;

static int push(toks *ts, int t, size_t s, size_t e) {
    if (ts->n == ts->cap) {
        size_t nc = ts->cap ? ts->cap * 2 : 32;
        tok *nv = realloc(ts->v, nc * sizeof *nv);
        if (!nv)
            return -1;
        ts->v = nv;
        ts->cap = nc;
    }
    ts->v[ts->n++] = (tok){t, s, e, WHO_UNKNOWN, 0};
    return 0;
}

/* "J.S.", "JQS", "J.-P.S.", "JPvG": capitals (a lower-case particle
 * before a capital allowed), dots, hyphens; one capital needs its dot. */
static int initials_shape(const char *w, size_t n) {
    int caps = 0, dots = 0;
    for (size_t i = 0; i < n; i++) {
        char c = w[i];
        if (c >= 'A' && c <= 'Z')
            caps++;
        else if (c == '.')
            dots++;
        else if (c == '-' && i > 0)
            ;
        else if (c >= 'a' && c <= 'z' && i > 0 && i + 1 < n && w[i + 1] >= 'A' && w[i + 1] <= 'Z')
            ;
        else
            return 0;
    }
    return caps >= 1 && caps <= 6 && (caps >= 2 || dots);
}

static int is_word(const char *w, size_t n, const char *x) {
    return strlen(x) == n && jfyp_strnieq(w, x, n);
}

static int is_title_word(const char *w, size_t n) {
    return is_word(w, n, "Dr") || is_word(w, n, "Dr.") || is_word(w, n, "Prof") ||
           is_word(w, n, "Prof.") || is_word(w, n, "Professor") || is_word(w, n, "Mr") ||
           is_word(w, n, "Mr.") || is_word(w, n, "Ms") || is_word(w, n, "Ms.") ||
           is_word(w, n, "Mrs") || is_word(w, n, "Mrs.");
}

static int is_abbrev(const char *w, size_t n) {
    static const char *const ab[] = {"e.g", "i.e", "etc", "al", "vs", "cf", "approx", "fig",
                                     "no", "st", NULL};
    for (int i = 0; ab[i]; i++)
        if (is_word(w, n, ab[i]))
            return 1;
    return 0;
}

/* Surname of an author starting at text+i, the longest; *len gets its
 * length. Two authors sharing it: WHO_AMBIGUOUS. */
static int surname_at(const author *au, int na, const char *text, size_t i, size_t *len) {
    unsigned char c0 = (unsigned char)text[i];
    int lower = c0 >= 'a' && c0 <= 'z';
    int who = WHO_UNKNOWN;
    size_t best = 0;
    for (int k = 0; k < na; k++) {
        /* "van der Berg" may open in lower case, "Smith" may not */
        if (lower && au[k].surname[0] != (char)c0)
            continue;
        size_t l = strlen(au[k].surname);
        if (l < 2 || l < best || !jfyp_strnieq(text + i, au[k].surname, l) ||
            is_alnum_byte((unsigned char)text[i + l]))
            continue;
        if (l == best && who != k)
            who = WHO_AMBIGUOUS;
        else
            who = k;
        best = l;
    }
    *len = best;
    return who;
}

static int tokenize(const char *text, const author *au, int na, toks *ts) {
    size_t i = 0, n = strlen(text);
    while (i < n) {
        unsigned char c = (unsigned char)text[i];
        size_t sl;
        if (jfyp_is_space_at(text + i, &sl)) {
            i += sl;
            continue;
        }
        if (c == ',' || c == ';' || c == ':' || c == '.') {
            if (push(ts, c == ',' ? T_COMMA : c == ':' ? T_COLON : T_STOP, i, i + 1) < 0)
                return -1;
            i++;
            continue;
        }
        if (strchr("()[]\"", c)) {
            i++;
            continue;
        }
        size_t len;
        int who = surname_at(au, na, text, i, &len);
        if (who != WHO_UNKNOWN) {
            if (push(ts, T_NAME, i, i + len) < 0)
                return -1;
            ts->v[ts->n - 1].who = who;
            i += len;
            /* possessive "Smith's" */
            if (text[i] == '\'' && text[i + 1] == 's')
                i += 2;
            else if (strncmp(text + i, "\xe2\x80\x99s", 4) == 0)
                i += 4;
            continue;
        }
        size_t s = i;
        while (i < n && !strchr(",;:()[]\"", text[i]) && !jfyp_is_space_at(text + i, &sl))
            i++;
        size_t e = i;
        if (is_title_word(text + s, e - s))
            continue;
        int stop = 0;
        if (text[e - 1] == '.' && e - s > 1) {
            /* "study." and "JS." end a sentence; "J.S.", "J." and "e.g."
             * keep their dot */
            int dotted = memchr(text + s, '.', e - s - 1) != NULL;
            if (!(initials_shape(text + s, e - s) && (dotted || e - s == 2)) &&
                !is_abbrev(text + s, e - s - 1)) {
                e--;
                stop = 1;
            }
        }
        if (is_word(text + s, e - s, "and") || is_word(text + s, e - s, "&")) {
            if (push(ts, T_AND, s, e) < 0)
                return -1;
        } else {
            if (push(ts, T_WORD, s, e) < 0)
                return -1;
            ts->v[ts->n - 1].initials = initials_shape(text + s, e - s);
        }
        if (stop && push(ts, T_STOP, e, e + 1) < 0)
            return -1;
    }
    return 0;
}

static int is_boundary(const toks *ts, size_t k) { return ts->v[k].t == T_STOP; }

static int word_is(const char *text, const tok *t, const char *x) {
    return t->t == T_WORD && is_word(text + t->s, t->e - t->s, x);
}

/* A lower-case verb after a name: "JS wrote", "XY performed". */
static int verb_like(const char *text, const tok *t) {
    if (t->t != T_WORD)
        return 0;
    const char *w = text + t->s;
    size_t n = t->e - t->s;
    if (!(w[0] >= 'a' && w[0] <= 'z'))
        return 0;
    if (n > 2 && w[n - 2] == 'e' && w[n - 1] == 'd')
        return 1;
    static const char *const v[] = {"wrote", "did", "led", "drew", "made", "ran", "took",
                                    "gave", "read", "was", "were", "is", "has", "have",
                                    "co-wrote", "oversaw", "built", "helped", NULL};
    for (int i = 0; v[i]; i++)
        if (is_word(w, n, v[i]))
            return 1;
    return 0;
}

/* Names from the words: surnames with the given names or initials before
 * them ("J. Smith", "John Smith"), "All authors", initials an author
 * answers to, and initials in a person's place that no author answers to
 * (kept, to be warned about). */
static void classify(const char *text, const author *au, int na, toks *ts) {
    tok *v = ts->v;
    size_t n = ts->n;
    for (size_t k = 0; k < n; k++) {
        if (v[k].t != T_NAME)
            continue;
        /* given names or initials just before the surname, which also
         * tell apart two authors of one surname */
        while (k > 0 && v[k - 1].t == T_WORD) {
            const tok *g = &v[k - 1];
            char c = text[g->s];
            if (!(c >= 'A' && c <= 'Z'))
                break;
            int match = WHO_UNKNOWN;
            for (int i = 0; i < na; i++)
                if ((v[k].who == i ||
                     (v[k].who == WHO_AMBIGUOUS && strlen(au[i].surname) == v[k].e - v[k].s &&
                      jfyp_strnieq(text + v[k].e - strlen(au[i].surname), au[i].surname,
                                   strlen(au[i].surname)))) &&
                    strchr(au[i].given_initials, c))
                    match = match == WHO_UNKNOWN ? i : WHO_AMBIGUOUS;
            if (match == WHO_UNKNOWN)
                break;
            v[k].who = match;
            v[k].s = g->s;
            memmove(&v[k - 1], &v[k], (n - k) * sizeof *v);
            n--;
            k--;
        }
        /* initials after it, Vancouver style: "Smith J", "Smith JQ" */
        if (v[k].who >= 0 && k + 1 < n && v[k + 1].t == T_WORD &&
            v[k + 1].e - v[k + 1].s <= 6) {
            char key[KEYMAX], first[8];
            const author *a = &au[v[k].who];
            mention_key(text + v[k + 1].s, v[k + 1].e - v[k + 1].s, key, sizeof key);
            first_letter(a->given_initials, first);
            int caps = 1;
            for (size_t i = v[k + 1].s; i < v[k + 1].e; i++)
                caps &= (text[i] >= 'A' && text[i] <= 'Z') || text[i] == '.' || text[i] == '-';
            if (caps && key[0] && (strcmp(key, a->given_initials) == 0 || strcmp(key, first) == 0)) {
                v[k].e = v[k + 1].e;
                memmove(&v[k + 1], &v[k + 2], (n - k - 2) * sizeof *v);
                n--;
            }
        }
    }
    ts->n = n;
    for (size_t k = 0; k < n; k++) {
        tok *t = &v[k];
        if (t->t != T_WORD)
            continue;
        /* "All authors", "Both authors", "All the authors", "The authors",
         * "Each author", and "All" opening a clause before its verb */
        if (word_is(text, t, "all") || word_is(text, t, "both") || word_is(text, t, "each") ||
            word_is(text, t, "the")) {
            size_t j = k + 1;
            if (j < n && word_is(text, &v[j], "the") && !word_is(text, t, "the"))
                j++;
            if (j < n && (word_is(text, &v[j], "authors") || word_is(text, &v[j], "author"))) {
                t->t = T_NAME;
                t->who = WHO_ALL;
                t->e = v[j].e;
                memmove(t + 1, &v[j + 1], (n - j - 1) * sizeof *t);
                n -= j - k;
                continue;
            }
            if (word_is(text, t, "all") && (k == 0 || is_boundary(ts, k - 1)) && k + 1 < n &&
                verb_like(text, &v[k + 1])) {
                t->t = T_NAME;
                t->who = WHO_ALL;
                continue;
            }
        }
        if (t->initials) {
            char key[KEYMAX];
            mention_key(text + t->s, t->e - t->s, key, sizeof key);
            int who = resolve_key(au, na, key);
            if (who != WHO_UNKNOWN) {
                t->t = T_NAME;
                t->who = who;
            }
        }
    }
    ts->n = n;
    /* initials no author answers to, where a person stands */
    for (size_t k = 0; k < n; k++) {
        tok *t = &v[k];
        if (t->t != T_WORD || !t->initials)
            continue;
        char key[KEYMAX];
        mention_key(text + t->s, t->e - t->s, key, sizeof key);
        if (strlen(key) < 2)
            continue;
        int first = k == 0 || is_boundary(ts, k - 1);
        int last = k + 1 == n || is_boundary(ts, k + 1) || v[k + 1].t == T_COMMA;
        int listed = (k >= 2 && (v[k - 1].t == T_COMMA || v[k - 1].t == T_AND) &&
                      v[k - 2].t == T_NAME) ||
                     (k + 2 < n && (v[k + 1].t == T_COMMA || v[k + 1].t == T_AND) &&
                      v[k + 2].t == T_NAME);
        /* "XY wrote", "XY critically revised", "XY:" */
        size_t nx = k + 1;
        if (nx + 1 < n && v[nx].t == T_WORD && v[nx].e - v[nx].s > 3 &&
            strncmp(text + v[nx].e - 2, "ly", 2) == 0)
            nx++;
        int opens = first && nx < n && (verb_like(text, &v[nx]) || v[k + 1].t == T_COLON);
        int closes = k > 0 && v[k - 1].t == T_COLON && last;
        if (listed || opens || closes) {
            t->t = T_NAME;
            t->who = WHO_UNKNOWN;
        }
    }
}

/* ---- pairing people with activities ---- */

typedef struct {
    jfyp_rec *r;
    const char *text;
    const jfy_node *para;
    author *au;
    int na;
} ctx;

static int credit_group(ctx *c, const toks *ts, size_t g0, size_t g1, size_t a0, size_t a1) {
    long mask = 0;
    if (a1 > a0) {
        mask = activity_terms(c->text + ts->v[a0].s, ts->v[a1 - 1].e - ts->v[a0].s);
        if (mask < 0)
            return -1;
    }
    for (size_t k = g0; k < g1; k++) {
        const tok *t = &ts->v[k];
        if (t->t != T_NAME)
            continue;
        if (t->who == WHO_UNKNOWN || t->who == WHO_AMBIGUOUS) {
            jfyp_diags_add(c->r->diags, JFY_WARNING, c->para->line, c->para->col,
                           t->who == WHO_UNKNOWN ? "contribution-unknown-author"
                                                 : "contribution-ambiguous-author",
                           "author contributions: \"%.*s\" %s; no role given", (int)(t->e - t->s),
                           c->text + t->s,
                           t->who == WHO_UNKNOWN ? "matches no author" : "matches several authors");
            continue;
        }
        for (int i = 0; i < c->na; i++) {
            if (t->who != WHO_ALL && t->who != i)
                continue;
            for (int term = 0; term < NTERMS; term++)
                if ((mask & (1L << term)) && !c->au[i].src[term])
                    c->au[i].src[term] = c->para;
            c->au[i].mask |= mask;
        }
    }
    return 0;
}

/* Joiners inside a group of names: "JS, WZ and AB", "JS WZ". */
static int joins(const toks *ts, size_t k) {
    return ts->v[k].t == T_COMMA || ts->v[k].t == T_AND;
}

static int read_clause(ctx *c, const toks *ts, size_t c0, size_t c1) {
    /* the groups of names in the clause */
    size_t gs[64], ge[64];
    int ng = 0;
    for (size_t k = c0; k < c1 && ng < 64;) {
        if (ts->v[k].t != T_NAME) {
            k++;
            continue;
        }
        size_t e = k + 1;
        for (;;) {
            size_t j = e;
            while (j < c1 && joins(ts, j))
                j++;
            if (j < c1 && ts->v[j].t == T_NAME)
                e = j + 1;
            else
                break;
        }
        gs[ng] = k;
        ge[ng] = e;
        ng++;
        k = e;
    }
    if (!ng)
        return 0;
    int names_first = gs[0] == c0;
    for (int g = 0; g < ng; g++) {
        size_t a0, a1;
        if (names_first) {
            a0 = ge[g];
            a1 = g + 1 < ng ? gs[g + 1] : c1;
        } else {
            a0 = g ? ge[g - 1] : c0;
            a1 = gs[g];
        }
        while (a0 < a1 && (ts->v[a0].t == T_COLON || ts->v[a0].t == T_COMMA))
            a0++;
        if (credit_group(c, ts, gs[g], ge[g], a0, a1) < 0)
            return -1;
    }
    return 0;
}

static int read_paragraph(ctx *c, const jfy_node *p) {
    char *text = jfyp_node_plain(p);
    if (!text)
        return -1;
    jfyp_squeeze(text);
    toks ts = {0};
    int rc = tokenize(text, c->au, c->na, &ts);
    if (rc == 0) {
        classify(text, c->au, c->na, &ts);
        c->text = text;
        c->para = p;
        size_t c0 = 0;
        for (size_t k = 0; k <= ts.n && rc == 0; k++) {
            /* "..., A.B. All authors read...": the dot the initials kept
             * ended the sentence */
            if (k < ts.n && k > c0 && ts.v[k].t == T_NAME && ts.v[k].who == WHO_ALL &&
                ts.v[k - 1].t == T_NAME) {
                rc = read_clause(c, &ts, c0, k);
                c0 = k;
            } else if (k == ts.n || ts.v[k].t == T_STOP) {
                rc = read_clause(c, &ts, c0, k);
                c0 = k + 1;
            }
        }
    }
    free(ts.v);
    free(text);
    return rc;
}

static int add_roles(author *a) {
    for (int term = 0; term < NTERMS; term++) {
        if (!(a->mask & (1L << term)))
            continue;
        jfy_node *role = jfyp_node_new_text(JFY_N_ROLE, credit[term].term);
        char *uri = jfyp_printf(CREDIT_VOCAB "contributor-roles/%s/", credit[term].slug);
        if (!role || !uri || jfyp_node_set_attr(role, "vocab", "credit") < 0 ||
            jfyp_node_set_attr(role, "vocab-identifier", CREDIT_VOCAB) < 0 ||
            jfyp_node_set_attr(role, "vocab-term", credit[term].term) < 0 ||
            jfyp_node_set_attr(role, "vocab-term-identifier", uri) < 0) {
            jfyp_node_free(role);
            free(uri);
            return -1;
        }
        free(uri);
        if (a->src[term])
            jfyp_node_span_from(role, a->src[term]);
        jfyp_node_append(a->contrib, role);
    }
    return 0;
}

static int is_contributions(const jfy_node *n) {
    const char *t = n->type == JFY_N_SECTION ? jfyp_node_attr(n, "sec-type") : NULL;
    return t && strcmp(t, "author-contributions") == 0;
}

int jfyp_recognize_contributions(jfyp_rec *r) {
    const jfy_node *sec = NULL;
    for (const jfy_node *n = r->doc; n && !sec; n = jfyp_node_next_in(r->doc, n))
        if (is_contributions(n))
            sec = n;
    if (!sec)
        return 0;
    int na = 0;
    for (const jfy_node *g = r->front->first; g; g = g->next)
        if (g->type == JFY_N_CONTRIBS)
            for (const jfy_node *k = g->first; k; k = k->next)
                na += k->type == JFY_N_CONTRIB;
    if (!na)
        return 0;
    author *au = calloc((size_t)na, sizeof *au);
    if (!au)
        return -1;
    na = 0;
    for (jfy_node *g = r->front->first; g; g = g->next) {
        if (g->type != JFY_N_CONTRIBS)
            continue;
        for (jfy_node *k = g->first; k; k = k->next) {
            const char *ct = jfyp_node_attr(k, "contrib-type");
            jfy_node *name = jfyp_node_child(k, JFY_N_NAME);
            if (k->type != JFY_N_CONTRIB || !ct || strcmp(ct, "author") != 0 || !name ||
                !jfyp_node_attr(name, "surname"))
                continue;
            author *a = &au[na++];
            a->contrib = k;
            a->surname = jfyp_node_attr(name, "surname");
            a->given = jfyp_node_attr(name, "given");
            author_keys(a);
        }
    }
    ctx c = {r, NULL, NULL, au, na};
    int rc = 0;
    for (; sec && rc == 0; sec = jfyp_node_next_in(r->doc, sec)) {
        if (!is_contributions(sec))
            continue;
        for (const jfy_node *p = sec->first; p && rc == 0; p = jfyp_node_next_in(sec, p))
            if (p->type == JFY_N_PARAGRAPH)
                rc = read_paragraph(&c, p);
    }
    for (int i = 0; i < na && rc == 0; i++)
        rc = add_roles(&au[i]);
    free(au);
    return rc;
}
