#include "names.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static const char *const particles[] = {
    "van", "von", "de", "der", "den", "del", "della", "delle", "di", "da", "das", "dos",
    "do", "du", "la", "le", "ten", "ter", "bin", "ibn", "al", "el", "zu", "af", "y", NULL};

int jfyp_name_is_particle(const char *w) {
    for (size_t i = 0; particles[i]; i++)
        if (strcmp(w, particles[i]) == 0)
            return 1;
    return 0;
}

/* "e" and "y" join two family names ("Albuquerque e Melo"); unlike the
 * particles they are never recased, since "E" alone is an initial. */
static int is_joiner(const char *w) { return strcmp(w, "e") == 0 || strcmp(w, "y") == 0; }

/* Portuguese particles: Brazilian usage files "Marcos José da Silva" under
 * Silva, the particle staying with the given names. */
static int is_given_particle(const char *w) {
    return strcmp(w, "da") == 0 || strcmp(w, "das") == 0 || strcmp(w, "do") == 0 ||
           strcmp(w, "dos") == 0;
}

static const char *const suffixes[] = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "2nd",
                                       "3rd", NULL};

static int is_suffix(const char *w) {
    for (size_t i = 0; suffixes[i]; i++)
        if (strcmp(w, suffixes[i]) == 0)
            return 1;
    return 0;
}

/* "Neto", "Filho", "Júnior" after a Portuguese name's family names
 * ("Salustiano Vilar Costa Neto"): its generation, as "Jr" is. After a
 * given name alone ("Maria Neto") the word is the family name itself. */
static int generation_word(const char *w) {
    static const char *const words[] = {"Neto", "NETO", "Filho", "FILHO", "Sobrinho", "SOBRINHO",
                                        "J\xc3\xbanior", "J\xc3\x9aNIOR", "Junior", "JUNIOR", NULL};
    for (size_t i = 0; words[i]; i++)
        if (strcmp(w, words[i]) == 0)
            return 1;
    return 0;
}

/* Words that never occur in a personal name but often in lines shaped like
 * one: institutions, headings, sentence starts. */
static const char *const not_name_words[] = {
    "the", "of", "and", "for", "in", "on", "at", "with", "to", "by", "from", "a", "an",
    "university", "department", "institute", "school", "college", "hospital", "centre",
    "center", "laboratory", "faculty", "division", "unit", "foundation", "group", "ltd",
    "inc", "press", "journal", "editorial", "abstract", "introduction", "background",
    "methods", "results", "discussion", "conclusion", "conclusions", "references",
    "keywords", "copyright", "published", "received", "accepted", "review", "article",
    "research", "letter", "editor", "editors", "office", "offices", "tel", "fax", "email",
    "e-mail", "figure", "table", "is", "are", "was", "we", "this", "that", "open", "access",
    "supplementary", "information", "correction", "erratum", "corrigendum", "retraction",
    "commentary", "perspective", "essay", "views", "original", "corresponding", "correspondence", "author",
    "authors", "vol", "volume", "issue", "summary", "highlights", "materials", "contents",
    "reviews", "report", "communication", "notes", "news", "paper", "protocol", "trial",
    "study", "clinical",
    /* back-matter headings in capitals read like two-word names */
    "competing", "interests", "interest", "acknowledgments", "acknowledgements", "funding",
    "availability", "contributions", "declarations", "statement", "ethics", "conflict",
    "appendix",
    /* a title's prepositions, its words in capitals read like a name
     * ("Exhibits Potent, Rapid Activity Against") */
    "against", "versus", "via", "into", "between", "among", "through", "without", "within",
    "towards", "toward", "during", "across",
    /* the nouns of a society, a title or a masthead's job, set in
     * capitals like a name ("Communicable Diseases and Outbreak Control",
     * "Canadian Anesthesiologists' Society", "Lead Technical
     * Writer-Editor") */
    "society", "association", "committee", "diseases", "disease", "control", "outbreak", "syndrome",
    "respiratory", "descriptor", "data", "health", "writer-editor", "writer-editors",
    "specialists", "network", "consortium",
    /* a review's box of its main points over the text ("KEY POINTS") */
    "points",
    /* a place a title's last line names ("... Poultry Workers in Ho" /
     * "Chi Minh City, 2005") */
    "city", NULL};

static int is_not_name_word(const char *w) {
    /* "A." is an initial, not the article. */
    size_t wl = strlen(w);
    if (wl >= 2 && wl <= 3 && w[wl - 1] == '.')
        return 0;
    /* an ASCII word, as nearly every one is, lowered on the stack: the
     * allocation was most of the cost of a short word */
    char buf[64], *low = buf;
    size_t n = 0;
    for (; n + 1 < sizeof buf && (unsigned char)w[n] - 1u < 0x7Fu; n++)
        buf[n] = w[n] >= 'A' && w[n] <= 'Z' ? (char)(w[n] + 32) : w[n];
    buf[n] = '\0';
    if (w[n] && !(low = jfyp_utf8_lower(w)))
        return 0;
    n = strlen(low);
    while (n && (low[n - 1] == ',' || low[n - 1] == ':' || low[n - 1] == '.'))
        low[--n] = '\0';
    int hit = 0;
    /* the first letters compared before the words: a hundred and more
     * strcmp calls per word were most of jfyp_name_plausible */
    for (size_t i = 0; not_name_words[i] && !hit; i++)
        hit = low[0] == not_name_words[i][0] && strcmp(low, not_name_words[i]) == 0;
    if (low != buf)
        free(low);
    return hit;
}

static int first_cp(const char *s) {
    size_t l;
    return *s ? jfyp_utf8_decode(s, &l) : 0;
}

static int is_upper_cp(int cp) {
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

static int is_letter_cp(int cp) {
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL ||
           c == UTF8PROC_CATEGORY_LT || c == UTF8PROC_CATEGORY_LO ||
           c == UTF8PROC_CATEGORY_LM;
}

/* Splits on spaces into at most max words; returns the count, or -1. */
static int split_words(char *s, char **w, int max) {
    int n = 0;
    char *save = NULL; /* strtok_r: pages convert on several threads at once */
    for (char *tok = strtok_r(s, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
        if (n == max)
            return -1;
        w[n++] = tok;
    }
    return n;
}

/* "A." "AB" "J.-P." : initials, as given names are abbreviated. */
static int is_initials(const char *w) {
    int letters = 0;
    size_t l;
    for (const char *p = w; *p; p += l) {
        int cp = jfyp_utf8_decode(p, &l);
        if (cp == '.' || cp == '-')
            continue;
        if (!is_upper_cp(cp))
            return 0;
        letters++;
    }
    return letters >= 1 && letters <= 3;
}

/* Chinese, Japanese and Korean names are printed as one word, surname
 * first, with no capitals: the count of Han or Hangul characters when the
 * word is only those (2 to 4), else 0. */
static int east_asian_name(const char *w) {
    int count = 0;
    size_t l;
    for (const char *p = w; *p; p += l) {
        int cp = jfyp_utf8_decode(p, &l);
        if (!((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
              (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xAC00 && cp <= 0xD7AF)))
            return 0;
        count++;
    }
    return count >= 2 && count <= 4 ? count : 0;
}

/* "bin-Reza", "al-Hassan", "el-Sayed": a particle joined by a hyphen
 * to the capitalised family name it opens. */
static int particle_hyphened(const char *w) {
    const char *h = strchr(w, '-');
    char b[8];
    size_t n = h ? (size_t)(h - w) : 0;
    if (!n || n >= sizeof b)
        return 0;
    memcpy(b, w, n);
    b[n] = '\0';
    return jfyp_name_is_particle(b) && is_upper_cp(first_cp(h + 1));
}

int jfyp_name_plausible(const char *text) {
    /* a short text, as a name is, copied on the stack */
    char buf[256];
    size_t tl = strlen(text);
    char *s = tl < sizeof buf ? memcpy(buf, text, tl + 1) : jfyp_strdup(text);
    if (!s)
        return 0;
    jfyp_squeeze(s);
    char *w[10];
    int n = split_words(s, w, 10), ok = n >= 2 && n <= 8;
    if (n == 1 && east_asian_name(w[0])) {
        if (s != buf)
            free(s);
        return 1;
    }
    int letters, upper;
    jfyp_utf8_case_counts(text, &letters, &upper);
    int all_caps = letters > 0 && upper == letters;
    /* "I N F O": a heading's letters spaced out, no word of a name (a
     * longer run, "O R I G I N A L", is left as it was: the byline reader
     * takes the name-per-line block under it only so) */
    int whole = 0;
    for (int i = 0; i < n && !whole; i++)
        whole = strlen(w[i]) >= 2 && w[i][1] != '.';
    ok = ok && (whole || n > 4);
    for (int i = 0; ok && i < n; i++) {
        int cp = first_cp(w[i]);
        /* "Vladimir A Levchenko": a capital alone inside a name is an
         * initial, not the article. */
        if (i > 0 && w[i][0] >= 'A' && w[i][0] <= 'Z' && w[i][1] == '\0')
            continue;
        /* "Gruia AT": initials after the surname, in capitals while the
         * surname is not, are no word ("at") */
        if (i > 0 && i == n - 1 && is_initials(w[i]) && !strchr(w[i], '.') && !all_caps)
            continue;
        /* "AT Gruia": the same capitals before the surname, as Vancouver
         * bylines print them */
        if (i == 0 && n >= 2 && is_initials(w[i]) && !strchr(w[i], '.') && !all_caps &&
            w[i][1] != '\0')
            continue;
        /* "Soon-Il An", "Jian An": the Korean and Chinese surname, the
         * article only where a title's words open with it */
        if (i > 0 && i == n - 1 && !strcmp(w[i], "An") && !all_caps)
            continue;
        if (strpbrk(w[i], "0123456789@()[]/:;&+=") || is_not_name_word(w[i]))
            ok = 0;
        else if (is_joiner(w[i]) && i > 0 && i < n - 1)
            continue;
        else if (!is_upper_cp(cp) && !jfyp_name_is_particle(w[i]) && !(i > 0 && particle_hyphened(w[i])))
            ok = 0;
        else if (!is_letter_cp(cp))
            ok = 0;
    }
    /* A trailing comma or full stop belongs to the text around the name. */
    if (s != buf)
        free(s);
    return ok;
}

static void put_recased_word(jfyp_buf *b, const char *w) {
    char *low = jfyp_utf8_lower(w);
    if (!low)
        return;
    if (jfyp_name_is_particle(low)) {
        jfyp_buf_puts(b, low);
        free(low);
        return;
    }
    size_t l;
    int start = 1;
    const char *p = low;
    /* McX: the letter after "Mc" is a capital in every such name. */
    if (strncmp(low, "mc", 2) == 0 && strlen(low) > 3) {
        jfyp_buf_puts(b, "Mc");
        p += 2;
    }
    for (; *p; p += l) {
        int cp = jfyp_utf8_decode(p, &l);
        jfyp_buf_put_cp(b, start ? utf8proc_toupper(cp) : cp);
        start = cp == '-' || cp == '\'' || cp == 0x2019 || cp == '.';
    }
    free(low);
}

char *jfyp_name_recase(const char *text) {
    jfyp_buf b;
    jfyp_buf_init(&b);
    const char *p = text;
    while (*p) {
        const char *sp = strchr(p, ' ');
        size_t n = sp ? (size_t)(sp - p) : strlen(p);
        char *w = jfyp_strndup(p, n);
        if (!w) {
            jfyp_buf_free(&b);
            return NULL;
        }
        /* Initials stay as they are. */
        if (is_initials(w) && n <= 4 && (strchr(w, '.') || n == 1))
            jfyp_buf_puts(&b, w);
        else
            put_recased_word(&b, w);
        free(w);
        if (!sp)
            break;
        jfyp_buf_putc(&b, ' ');
        p = sp + 1;
    }
    return jfyp_buf_finish(&b);
}

static char *join(char **w, int from, int to) {
    jfyp_buf b;
    jfyp_buf_init(&b);
    for (int i = from; i < to; i++) {
        if (i > from)
            jfyp_buf_putc(&b, ' ');
        jfyp_buf_puts(&b, w[i]);
    }
    return jfyp_buf_finish(&b);
}

/* A word a page prints in capitals that is a run of initials ("AB", "JD"),
 * as opposed to a short name ("LI"): two letters or fewer without a full
 * stop, or up to three with no vowel. */
static int is_caps_initials(const char *w) {
    size_t n = strlen(w);
    if (n == 0 || n > 3 || strchr(w, '.'))
        return 0;
    for (const char *p = w; *p; p++)
        if (*p < 'A' || *p > 'Z')
            return 0;
    if (n == 1)
        return 1;
    return strpbrk(w, "AEIOUY") == NULL;
}

/* Recases one part of an all-capitals name, leaving initials alone. */
static char *recase_part(const char *part, int keep_initials) {
    if (keep_initials && (is_caps_initials(part) || (strlen(part) <= 3 && !strchr(part, ' '))))
        return jfyp_strdup(part);
    return jfyp_name_recase(part);
}

/* Where the surname starts among n words ("Given ... Surname"). At the
 * first particle after the first word ("van Beethoven", "de la Cruz"),
 * except where Portuguese usage files the name under its last word: after
 * da/das/do/dos, after a joining "e", or when two or more family names
 * follow the particle ("de Castro Lima"). */
static int surname_start(char **w, int n) {
    for (int i = 1; i < n - 1; i++) {
        char *low = jfyp_utf8_lower(w[i]);
        if (!low)
            return n - 1;
        /* "James Y Dai": a capital alone is an initial, never "y". */
        int part = jfyp_name_is_particle(low) && !(w[i][1] == '\0' && w[i][0] >= 'A' && w[i][0] <= 'Z'),
            given_part = is_given_particle(w[i]);
        free(low);
        if (is_joiner(w[i]))
            return n - 1;
        if (!part)
            continue;
        /* "Selene Maia de Morais": a "de" after two names or more and
         * before the last is filed the Portuguese way too (not after an
         * initial: "Menno D. de Jong" is Dutch) */
        if (given_part || (i >= 2 && i == n - 2 && !strcmp(w[i], "de") && !is_initials(w[i - 1])))
            return n - 1;
        int j = i;
        while (j < n - 1) {
            char *l2 = jfyp_utf8_lower(w[j]);
            int p2 = l2 && jfyp_name_is_particle(l2);
            free(l2);
            if (!p2)
                break;
            j++;
        }
        for (int k = j; k < n; k++)
            if (is_joiner(w[k]))
                return n - 1;
        return n - j >= 2 ? n - 1 : i;
    }
    return n - 1;
}

int jfyp_name_parse(const char *text, jfyp_name *out) {
    char *s = jfyp_strdup(text);
    if (!s)
        return -1;
    jfyp_squeeze(s);
    size_t n0 = strlen(s);
    while (n0 && (s[n0 - 1] == ',' || s[n0 - 1] == ';'))
        s[--n0] = '\0';
    int letters, upper;
    jfyp_utf8_case_counts(s, &letters, &upper);
    if (letters == 0) {
        free(s);
        return 0;
    }
    int caps = letters >= 4 && upper == letters;
    jfyp_name nm = {0};
    char *comma = strchr(s, ',');
    char *w[12];
    int n;
    if (comma) {
        /* "Surname, Given" */
        *comma = '\0';
        char *sur = jfyp_trim(s), *given = jfyp_trim(comma + 1);
        if (!*sur || strchr(given, ',')) {
            free(s);
            return 0;
        }
        nm.surname = caps ? jfyp_name_recase(sur) : jfyp_strdup(sur);
        nm.given = !*given ? NULL : caps ? recase_part(given, 1) : jfyp_strdup(given);
        if (!nm.surname || (*given && !nm.given))
            goto oom;
    } else {
        if (caps) {
            /* Recase a copy; the words of s are read first. */
            char *r = jfyp_name_recase(s);
            if (!r)
                goto oom;
            n = split_words(s, w, 12);
            if (n >= 2 && is_caps_initials(w[n - 1]) && !is_caps_initials(w[0])) {
                /* "SMITH JD": a reference-style name in capitals. */
                free(r);
                char *sur = join(w, 0, n - 1);
                nm.surname = sur ? jfyp_name_recase(sur) : NULL;
                free(sur);
                nm.given = jfyp_strdup(w[n - 1]);
                if (!nm.surname || !nm.given)
                    goto oom;
                free(s);
                *out = nm;
                return 1;
            }
            free(s);
            s = r;
        }
        n = split_words(s, w, 12);
        if (n < 1) {
            free(s);
            return 0;
        }
        if ((n >= 2 && is_suffix(w[n - 1])) || (n >= 3 && generation_word(w[n - 1]))) {
            if (!(nm.suffix = jfyp_strdup(w[n - 1])))
                goto oom;
            n--;
        }
        /* "Sandra C. Durán C": a dotted initial between whole words puts
         * the given names first; the capital after the surname is the
         * second surname's initial, as Spanish bylines print it */
        int second_initial = 0;
        if (n >= 4 && w[n - 1][0] >= 'A' && w[n - 1][0] <= 'Z' && !w[n - 1][1] && !is_initials(w[0]) &&
            !is_initials(w[n - 2]))
            for (int i = 1; i < n - 2 && !second_initial; i++)
                second_initial = w[i][0] >= 'A' && w[i][0] <= 'Z' && w[i][1] == '.' && !w[i][2];
        if (second_initial) {
            nm.surname = join(w, n - 2, n);
            nm.given = join(w, 0, n - 2);
        } else if (n >= 2 && is_initials(w[n - 1]) && !strchr(w[n - 1], '.') &&
            !is_initials(w[0])) {
            /* "Smith AB": initials after the surname, as references write. */
            nm.surname = join(w, 0, n - 1);
            nm.given = jfyp_strdup(w[n - 1]);
        } else if (n == 1 && east_asian_name(w[0])) {
            /* surname first: one character, two in a four-character name */
            int k = east_asian_name(w[0]) == 4 ? 2 : 1;
            size_t l, at = 0;
            for (int i = 0; i < k; i++) {
                jfyp_utf8_decode(w[0] + at, &l);
                at += l;
            }
            nm.surname = jfyp_strndup(w[0], at);
            nm.given = jfyp_strdup(w[0] + at);
            if (!nm.given)
                goto oom;
        } else if (n == 1) {
            nm.surname = jfyp_strdup(w[0]);
        } else {
            int sur = surname_start(w, n);
            nm.given = join(w, 0, sur);
            nm.surname = join(w, sur, n);
        }
        if (!nm.surname || (n >= 2 && !nm.given))
            goto oom;
    }
    free(s);
    *out = nm;
    return 1;
oom:
    free(s);
    jfyp_name_free(&nm);
    return -1;
}

void jfyp_name_free(jfyp_name *n) {
    if (!n)
        return;
    free(n->given);
    free(n->surname);
    free(n->suffix);
    n->given = n->surname = n->suffix = NULL;
}

const char *jfyp_names_cut_tail(const char *t) {
    const char *s = strrchr(t, ';');
    const char *c = strrchr(t, ',');
    if (!s || (c && c > s))
        s = c;
    if (!s || s == t)
        return NULL;
    const char *w = s + 1;
    while (*w == ' ')
        w++;
    if (!(*w >= 'A' && *w <= 'Z'))
        return NULL;
    for (const char *p = w + 1; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (unsigned char)*p >= 0x80 || *p == '-'))
            return NULL;
    return s;
}
