/* recognize_masthead.c - a journal's masthead: role labels followed by the
 * people who hold them ("CHIEF EDITOR: Jane Doe", "Associate Editors: A B,
 * C D and E F"), grouped under the offices they work in (address blocks,
 * read by recognize_offices.c), perhaps under headings naming the offices.
 *
 * The page is read as lines, whatever paragraphs the extraction made: a
 * role label ends in a colon and is set in bold or capitals, or is followed
 * by names; a label may wrap onto a second line; its names may follow on
 * the same line, on the next lines, or continue after a trailing comma. An
 * office starts at a short place label (bold, or capitals before an e-mail
 * or street address) or at a bare address or contact line, and runs until
 * its address has ended and its contact lines are done.
 *
 * Staff become journal-meta contributors (contrib-group content-type
 * "masthead"), each with a name, the role (recased from capitals to title
 * case: "SENIOR COPY EDITORS" -> "Senior Copy Editors"; mixed case kept as
 * printed) and an xref to the office they are listed under: the office
 * above them when the masthead opens with an office, else the office
 * after them. Offices become journal-meta affs whose content-type is the
 * heading they stand under ("editorial-offices"), and whose first
 * institution (content-type "dept") names the office: heading and label,
 * so two offices in the same city stay apart.
 *
 * A page counts as having a masthead only with three roles, or one role
 * and an office: a lone "Editor: Jane Doe" in an article is not one. */
#include "masthead.h"
#include "names.h"
#include "recognize.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    jfy_node *block; /* the top-level block the line is in */
    jfy_node *start; /* the block's inline child the line starts at; NULL when nested */
    char *text;      /* trimmed */
    char *bold;      /* one flag per byte of text */
    size_t at;       /* where text and bold start in the pools */
    int heading, barrier, used;
} mline;

enum { IT_ROLE, IT_OFFICE };

typedef struct {
    int kind;
    int first_line;
    char *label;    /* role text as it will be written, or office name */
    char *context;  /* offices: the heading above */
    char **lines;   /* offices: printed lines; roles: unused */
    size_t nlines;
    jfyp_name *names; /* roles */
    size_t nnames;
    int office;     /* roles: index of the office item, -1 none */
    int last_line;  /* offices: their lines are first_line..last_line */
    jfy_node *aff;  /* offices, once built */
} item;

typedef struct {
    mline *l;
    size_t n, cap;
    /* Every line's text, and its flags at the same offsets, end to end
     * with terminators: two allocations for the page, not two a line. */
    jfyp_buf text, bold;
    item *it;
    size_t nit, capit;
    int context; /* a masthead heading is open */
} masthead;

/* ---- the page as lines ---- */

/* Ends the line written to the pools from offset from on: trimmed, kept
 * unless empty. Its pointers are set once the pools stop moving
 * (read_lines). */
static int push_line(masthead *m, jfy_node *block, jfy_node *start, size_t from, int heading) {
    if (m->text.failed || m->bold.failed)
        return -1;
    if (m->text.len == from)
        return 0;
    const char *text = m->text.data + from;
    size_t s = 0, e = m->text.len - from;
    while (s < e && isspace((unsigned char)text[s]))
        s++;
    while (e > s && isspace((unsigned char)text[e - 1]))
        e--;
    m->text.len = m->bold.len = from + e;
    if (s == e) {
        m->text.len = m->bold.len = from;
        return 0;
    }
    jfyp_buf_putc(&m->text, '\0');
    jfyp_buf_putc(&m->bold, '\0');
    if (m->text.failed || m->bold.failed)
        return -1;
    if (m->n == m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 64;
        mline *l = realloc(m->l, cap * sizeof *l);
        if (!l)
            return -1;
        m->l = l;
        m->cap = cap;
    }
    /* A line this long is prose, never part of a masthead. */
    m->l[m->n++] = (mline){block, start, NULL, NULL, from + s, heading, e - s > 240, 0};
    return 0;
}

typedef struct {
    masthead *m;
    jfy_node *block, *start;
    size_t from; /* the line's start in the pools */
    int bold, heading;
} walker;

static int walk(walker *w, jfy_node *parent, int depth) {
    for (jfy_node *c = parent->first; c; c = c->next) {
        if (c->type == JFY_N_SOFTBREAK || c->type == JFY_N_LINEBREAK) {
            if (push_line(w->m, w->block, w->start, w->from, w->heading) < 0)
                return -1;
            w->from = w->m->text.len;
            w->start = depth == 0 ? c->next : NULL;
        } else if (c->type == JFY_N_TEXT || c->type == JFY_N_CODE) {
            const char *s = c->text ? c->text : "";
            size_t n = strlen(s);
            jfyp_buf_put(&w->m->text, s, n);
            jfyp_buf_fill(&w->m->bold, w->bold ? 1 : 0, n);
        } else {
            int strong = c->type == JFY_N_STRONG;
            w->bold += strong;
            int rc = walk(w, c, depth + 1);
            w->bold -= strong;
            if (rc < 0)
                return -1;
        }
    }
    return 0;
}

static int read_lines(masthead *m, jfyp_rec *r) {
    for (jfy_node *n = jfyp_rec_first(r); n; n = jfyp_rec_next(r, n)) {
        if (n->type != JFY_N_PARAGRAPH && n->type != JFY_N_HEADING) {
            size_t from = m->text.len;
            jfyp_buf_putc(&m->text, '-');
            jfyp_buf_putc(&m->bold, 0);
            if (push_line(m, n, NULL, from, 0) < 0)
                return -1;
            m->l[m->n - 1].barrier = 1;
            continue;
        }
        walker w = {m, n, n->first, m->text.len, n->type == JFY_N_HEADING, n->type == JFY_N_HEADING};
        if (walk(&w, n, 0) < 0 || push_line(m, n, w.start, w.from, w.heading) < 0)
            return -1;
    }
    for (size_t i = 0; i < m->n; i++) {
        m->l[i].text = m->text.data + m->l[i].at;
        m->l[i].bold = m->bold.data + m->l[i].at;
    }
    return 0;
}

/* ---- shapes of lines ---- */

static int all_bold(const mline *l) {
    for (size_t i = 0; l->text[i]; i++)
        if (!isspace((unsigned char)l->text[i]) && !l->bold[i])
            return 0;
    return 1;
}

/* Length of the bold run the line opens with (0 when it opens plain). */
static size_t bold_lead(const mline *l) {
    size_t i = 0;
    while (l->text[i] && (l->bold[i] || (l->text[i] == ' ' && l->bold[i + 1])))
        i++;
    return i;
}

static int no_lower(const char *s, size_t n) {
    /* most lines settle at their first small letter, with no copy and no
     * count of the whole line */
    for (size_t i = 0; i < n && s[i]; i++)
        if (s[i] >= 'a' && s[i] <= 'z')
            return 0;
    int letters, upper;
    char *t = jfyp_strndup(s, n);
    if (!t)
        return 0;
    jfyp_utf8_case_counts(t, &letters, &upper);
    free(t);
    return letters >= 2 && letters == upper;
}

static const char *const small_words[] = {"of", "and", "for", "the", "in", "on", "at", "to",
                                          "a", "an", "by", "with", "&", NULL};

static int is_small_word(const char *w, size_t n) {
    for (size_t i = 0; small_words[i]; i++)
        if (strlen(small_words[i]) == n && jfyp_strnieq(w, small_words[i], n))
            return 1;
    return 0;
}

/* Words that head a group of staff or offices, never one person's role. */
static const char *const group_words[] = {"office", "offices", "staff", "board", "team",
                                          "masthead", "contacts", NULL};

static int has_group_word(const char *s, size_t n) {
    for (size_t i = 0; i < n;) {
        while (i < n && !isalpha((unsigned char)s[i]))
            i++;
        size_t j = i;
        while (j < n && isalpha((unsigned char)s[j]))
            j++;
        for (size_t k = 0; group_words[k]; k++)
            if (strlen(group_words[k]) == j - i && jfyp_strnieq(s + i, group_words[k], j - i))
                return 1;
        i = j;
    }
    return 0;
}

static size_t word_count(const char *s, size_t n) {
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        if (!isspace((unsigned char)s[i]) && (i == 0 || isspace((unsigned char)s[i - 1])))
            w++;
    return w;
}

/* Whether s[0..n) holds max words or fewer: the count stops past max, not
 * at the end of a long line. */
static int words_at_most(const char *s, size_t n, size_t max) {
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        if (!isspace((unsigned char)s[i]) && (i == 0 || isspace((unsigned char)s[i - 1])) &&
            ++w > max)
            return 0;
    return 1;
}

/* Labels of other things that are followed by capitalized words. */
static const char *const not_roles[] = {
    "keywords", "keyword", "key", "abbreviations", "correspondence", "received", "accepted",
    "published", "citation", "copyright", "funding", "note", "notes", "source", "figure",
    "fig", "table", "see", "address", "present", "current", NULL};

/* A role names a job: one of these word stems must start a word of it
 * ("editor" covers "Editors", "Editorial"; "direct" "Director"). */
static const char *const job_stems[] = {
    "editor", "direct", "manag", "publish", "assist", "officer", "head", "chief", "control",
    "executive", "president", "secretar", "advis", "coordinat", "produc", "design", "writer",
    "reporter", "correspondent", "chair", "member", "founder", "develop", "administrat",
    "associate", "staff", "sales", "marketing", "deputy", "senior", "lead", "specialist",
    "consultant", "treasurer", "curator", "photograph", "illustrat", "proofread", "copy",
    "typesett", "intern", "fellow", "liaison", "representative", "agent", "account",
    "analyst", "engineer", "programmer", "subscription", "advertis", "circulation",
    "publicist", "press", "art", "graphic", "web", "digital", "news", "features", "review",
    "supervis", "officer", "commission", "acquisition", "business", "technology", "board",
    NULL};

static int names_a_job(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && isalpha((unsigned char)s[i - 1]))
            continue;
        for (size_t k = 0; job_stems[k]; k++) {
            size_t l = strlen(job_stems[k]);
            if (i + l <= n && jfyp_strnieq(s + i, job_stems[k], l))
                return 1;
        }
    }
    return 0;
}

/* The shape of a role label: a few capitalized words (small words and
 * parenthesized abbreviations allowed), no digits, no e-mail, not a
 * contact keyword. */
static int label_shape(const char *s, size_t n) {
    if (n < 2 || n > 100)
        return 0;
    size_t l;
    int cp = jfyp_utf8_decode(s, &l);
    if (!(cp >= 'A' && cp <= 'Z') && cp < 0x80)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (isdigit((unsigned char)s[i]) || s[i] == '@' || s[i] == ':' || s[i] == ';' ||
            s[i] == '"' || s[i] == '\'' || s[i] == '*')
            return 0;
    size_t words = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && s[i] == ' ')
            i++;
        size_t j = i;
        while (j < n && s[j] != ' ')
            j++;
        if (j == i)
            break;
        words++;
        unsigned char c = (unsigned char)s[i];
        /* Sentence case ("Managing editor") is a label too when short. */
        if (!(isupper(c) || c >= 0x80 || c == '(' || c == '&' || c == '/' || c == '-' ||
              is_small_word(s + i, j - i) || (words > 1 && islower(c) && n <= 40)))
            return 0;
        i = j;
    }
    if (words < 1 || words > 10)
        return 0;
    size_t fw = strcspn(s, " ");
    for (size_t k = 0; not_roles[k]; k++)
        if (fw <= n && strlen(not_roles[k]) == fw && jfyp_strnieq(s, not_roles[k], fw))
            return 0;
    return !jfyp_office_is_contact_label(s, n);
}

/* ---- names ---- */

static void free_names(jfyp_name *v, size_t n) {
    for (size_t i = 0; i < n; i++)
        jfyp_name_free(&v[i]);
    free(v);
}

/* Reads text as a list of names joined by commas, semicolons, "and" or
 * "&". Returns how many (0 when any part is not a name), -1 on out of
 * memory; *open is set when the list ends with a comma or "and", so it
 * continues on the next line. When out is not NULL the names are appended
 * to it. */
static int names_list(const char *text, jfyp_name **out, size_t *nout, int *open) {
    char *s = jfyp_strdup(text);
    if (!s)
        return -1;
    /* Parenthesized notes after a name ("(acting)", an affiliation) are
     * not part of it. */
    char *w = s;
    int depth = 0;
    for (char *p = s; *p; p++) {
        if (*p == '(')
            depth++;
        else if (*p == ')' && depth)
            depth--;
        else if (!depth)
            *w++ = *p;
    }
    *w = '\0';
    jfyp_squeeze(s);
    size_t len = strlen(s);
    int op = 0;
    if (len && (s[len - 1] == ',' || s[len - 1] == ';'))
        op = 1;
    if (len >= 4 && (strcmp(s + len - 4, " and") == 0 || strcmp(s + len - 2, " &") == 0))
        op = 1;
    /* Turn the joining words into commas. */
    jfyp_buf b;
    jfyp_buf_init(&b);
    for (char *p = s; *p;) {
        if (strncmp(p, " and ", 5) == 0 || strncmp(p, " & ", 3) == 0) {
            jfyp_buf_putc(&b, ',');
            p += p[1] == '&' ? 2 : 4;
        } else {
            jfyp_buf_putc(&b, *p++);
        }
    }
    free(s);
    if (!(s = jfyp_buf_finish(&b)))
        return -1;
    int count = 0, bad = 0;
    size_t start = out ? *nout : 0;
    /* Not strtok: the name helpers use it too. */
    for (char *tok = s, *next; tok && !bad; tok = next) {
        next = tok + strcspn(tok, ",;");
        if (*next)
            *next++ = '\0';
        else
            next = NULL;
        jfyp_trim(tok);
        size_t tl = strlen(tok);
        if (tl >= 4 && strcmp(tok + tl - 4, " and") == 0)
            tok[tl - 4] = '\0';
        if (strncmp(tok, "and ", 4) == 0)
            tok += 4;
        size_t tn = strlen(tok);
        /* A full stop ends the list, unless it ends an initial. */
        if (tn > 3 && tok[tn - 1] == '.' && tok[tn - 2] != ' ' && tok[tn - 3] != ' ' &&
            tok[tn - 3] != '.')
            tok[tn - 1] = '\0';
        if (!*tok)
            continue;
        if (!jfyp_name_plausible(tok) || strpbrk(tok, "?!\"") || word_count(tok, strlen(tok)) > 4) {
            bad = 1;
            break;
        }
        count++;
        if (!out)
            continue;
        jfyp_name *v = realloc(*out, (*nout + 1) * sizeof *v);
        if (!v) {
            free(s);
            return -1;
        }
        *out = v;
        int rc = jfyp_name_parse(tok, &v[*nout]);
        if (rc < 0) {
            free(s);
            return -1;
        }
        if (rc == 1)
            (*nout)++;
    }
    free(s);
    if (bad) {
        if (out) {
            for (size_t i = start; i < *nout; i++)
                jfyp_name_free(&(*out)[i]);
            *nout = start;
        }
        return 0;
    }
    if (open)
        *open = op;
    return count;
}

/* ---- roles ---- */

/* Role text as it will be written: capitals recased word by word, small
 * words lower case after the first, parenthesized abbreviations kept
 * ("SENIOR COPY EDITOR (NRC)" -> "Senior Copy Editor (NRC)"). Mixed case
 * stays as printed. */
static char *role_text(const char *label) {
    char *s = jfyp_strdup(label);
    if (!s)
        return NULL;
    jfyp_squeeze(s);
    size_t n = strlen(s);
    while (n && (s[n - 1] == ':' || s[n - 1] == ' '))
        s[--n] = '\0';
    if (!no_lower(s, n))
        return s;
    jfyp_buf b;
    jfyp_buf_init(&b);
    int first = 1, paren = 0;
    for (const char *p = s; *p;) {
        if (strchr(" -/,()", *p)) {
            if (*p == '(')
                paren = 1;
            else if (*p == ')')
                paren = 0;
            jfyp_buf_putc(&b, *p++);
            continue;
        }
        size_t k = strcspn(p, " -/,()");
        char *part = jfyp_strndup(p, k);
        char *cased = NULL;
        if (part) {
            if (paren && k <= 5)
                cased = jfyp_strdup(part);
            else if (!first && is_small_word(part, k))
                cased = jfyp_utf8_lower(part);
            else
                cased = jfyp_titlecase(part);
        }
        if (!cased) {
            free(part);
            free(s);
            jfyp_buf_free(&b);
            return NULL;
        }
        jfyp_buf_puts(&b, cased);
        free(part);
        free(cased);
        first = 0;
        p += k;
    }
    free(s);
    return jfyp_buf_finish(&b);
}

/* A role line: "LABEL:" with the label's shape, and either set in bold,
 * printed in capitals, or followed by names (here or on the next line).
 * Returns 1 and the label's end and the names' start, else 0. */
static int role_shape(const masthead *m, size_t i, size_t *label_end, size_t *rest, int job) {
    const mline *l = &m->l[i];
    if (l->heading || l->barrier)
        return 0;
    const char *colon = strchr(l->text, ':');
    if (!colon)
        return 0;
    size_t n = (size_t)(colon - l->text);
    if (!label_shape(l->text, n) || (job && !names_a_job(l->text, n)))
        return 0;
    size_t r = n + 1;
    while (l->text[r] == ' ' || (l->bold[r] && l->text[r] == '*'))
        r++;
    size_t bl = bold_lead(l);
    int strong = (bl >= n) || no_lower(l->text, n);
    const char *after = l->text + r;
    int names = 0;
    if (*after) {
        names = names_list(after, NULL, NULL, NULL);
        if (names <= 0)
            return 0; /* whatever follows must be names */
    } else if (!strong) {
        /* A mixed-case plain label on its own line needs names after it. */
        if (i + 1 >= m->n || m->l[i + 1].heading || m->l[i + 1].barrier ||
            names_list(m->l[i + 1].text, NULL, NULL, NULL) <= 0)
            return 0;
    }
    *label_end = n;
    *rest = r;
    return 1;
}

static int role_line(const masthead *m, size_t i, size_t *label_end, size_t *rest) {
    return role_shape(m, i, label_end, rest, 1);
}

static int ends_with_connector(const char *s) {
    size_t n = strlen(s);
    while (n && s[n - 1] == ' ')
        n--;
    if (n && strchr(",&/-", s[n - 1]))
        return 1;
    size_t w = n;
    while (w && s[w - 1] != ' ')
        w--;
    return is_small_word(s + w, n - w);
}

/* A role label wrapped onto two lines ("HEAD OF ADVERTISING, SALES AND" /
 * "SPONSORSHIP: Jane Doe"): a bold or capitals line with no colon, then a
 * role line. Told from a heading over the roles by a dangling joining
 * word, or by a long first line whose continuation is one or two words. */
static int wrapped_label(const masthead *m, size_t i, size_t *label_end, size_t *rest) {
    const mline *l = &m->l[i];
    if (i + 1 >= m->n || l->heading || l->barrier || strchr(l->text, ':'))
        return 0;
    size_t n = strlen(l->text);
    if (!(all_bold(l) || no_lower(l->text, n)) || !label_shape(l->text, n) ||
        has_group_word(l->text, n))
        return 0;
    if (!role_shape(m, i + 1, label_end, rest, 0))
        return 0;
    const mline *k = &m->l[i + 1];
    /* The job may be named on either line. */
    if (!names_a_job(l->text, n) && !names_a_job(k->text, *label_end))
        return 0;
    if (!(bold_lead(k) >= *label_end || no_lower(k->text, *label_end)))
        return 0;
    return ends_with_connector(l->text) ||
           (word_count(l->text, n) >= 3 && word_count(k->text, *label_end) <= 2);
}

/* ---- offices ---- */

static int has_office_word(const char *s, size_t n) {
    static const char *const w[] = {"office", "address", "headquarters", "contact",
                                    "secretariat", NULL};
    for (size_t k = 0; w[k]; k++) {
        const char *p = jfyp_stristr(s, w[k]);
        if (p && (size_t)(p - s) < n)
            return 1;
    }
    return 0;
}

/* An address with no label over it, seen from its first line: its
 * lines, running on after trailing commas, end in a country or reach
 * contact lines. */
static int office_opens(const masthead *m, size_t i) {
    for (size_t k = i; k < m->n && k < i + 6; k++) {
        const mline *l = &m->l[k];
        if (l->heading || l->barrier || names_list(l->text, NULL, NULL, NULL) > 0)
            return 0;
        if (k > i && jfyp_office_is_contact(l->text))
            return 1;
        size_t n = strlen(l->text);
        if (n && l->text[n - 1] == ',')
            continue;
        char *c = jfyp_strdup(l->text);
        if (!c)
            return 0;
        /* A line ending in a country, not merely in a postal code. */
        int country = jfyp_office_country_ends(c);
        free(c);
        return country;
    }
    return 0;
}

/* An office label stands beside the masthead: under its heading, after
 * its lines, or over an address that ends in a country or contacts. */
static int office_near(const masthead *m, size_t i, size_t label_end) {
    const char *rest = m->l[i].text + label_end;
    while (*rest == ' ')
        rest++;
    return m->context || (i > 0 && m->l[i - 1].used) || office_opens(m, i + 1) ||
           (*rest && (jfyp_office_is_contact(rest) || jfyp_office_country_ends(rest) ||
                      (rest[strlen(rest) - 1] == ',' && office_opens(m, i + 1))));
}

/* Where an office label ends, or 0: a short bold run opening the line, or
 * capitals before an e-mail or street address ("LONDON nature@...",
 * "INDIA 12 Some Road,"), or a "Label:" followed by an address. *rest is
 * where the office's own text starts. */
static size_t office_label(const masthead *m, size_t i, size_t *rest) {
    const mline *l = &m->l[i];
    if (l->heading || l->barrier)
        return 0;
    const char *t = l->text;
    size_t n = strlen(t), bl = bold_lead(l);
    size_t end = 0;
    if (n > 100)
        return 0;
    if (bl && bl < n && t[bl - 1] != ':') {
        end = bl; /* "**LONDON** nature@..." */
    } else if (bl == n && !strchr(t, ':')) {
        end = n; /* "**LONDON**" alone */
    } else if (!bl && words_at_most(t, n, 5) && has_office_word(t, n) &&
               (!strchr(t, ':') || strchr(t, ':') == t + n - 1)) {
        end = t[n - 1] == ':' ? n - 1 : n; /* "Editorial Office" over its address */
    } else if (!bl) {
        /* Capital words, then an address or e-mail. */
        size_t p = 0, last = 0;
        int words = 0;
        while (t[p]) {
            size_t q = p;
            while (t[q] && t[q] != ' ')
                q++;
            if (!no_lower(t + p, q - p) || !label_shape(t + p, q - p))
                break;
            for (size_t z = p; z < q; z++)
                if (!isalpha((unsigned char)t[z]) && t[z] != '-' && t[z] != '&' &&
                    (unsigned char)t[z] < 0x80)
                    goto stop;
            words++;
            last = q;
            p = q;
            while (t[p] == ' ')
                p++;
        }
    stop:
        size_t tok = strcspn(t + p, " ");
        int addr_tok = 0;
        for (size_t z = p; z < p + tok; z++)
            addr_tok |= isdigit((unsigned char)t[z]) || t[z] == '@';
        /* Capitals opening a line are an office label only beside the
         * masthead: under its heading, after its lines, or before contacts. */
        /* office_near reads the lines below: asked last, of few lines */
        if (words >= 1 && words <= 3 && last &&
            (t[last] == '\0' || (t[last] == ' ' && addr_tok)) && office_near(m, i, last))
            end = last;
        else {
            const char *colon = strchr(t, ':');
            if (colon && (size_t)(colon - t) < 60 && has_office_word(t, (size_t)(colon - t))) {
                size_t r = (size_t)(colon - t) + 1;
                while (t[r] == ' ')
                    r++;
                if (t[r] && jfyp_office_address_like(t + r) &&
                    names_list(t + r, NULL, NULL, NULL) <= 0) {
                    *rest = r;
                    return (size_t)(colon - t);
                }
            }
            return 0;
        }
    } else {
        return 0;
    }
    if (!label_shape(t, end) || word_count(t, end) > 5 || !office_near(m, i, end))
        return 0;
    size_t r = end;
    while (t[r] == ' ' || t[r] == ':')
        r++;
    *rest = r;
    if (t[r])
        return jfyp_office_address_like(t + r) ? end : 0;
    /* A label alone: the office's address must follow. */
    if (i + 1 >= m->n)
        return 0;
    const mline *k = &m->l[i + 1];
    size_t d1, d2;
    if (k->heading || k->barrier || bold_lead(k) || role_line(m, i + 1, &d1, &d2) ||
        !jfyp_office_address_like(k->text))
        return 0;
    return end;
}

/* A heading over masthead groups: a Markdown heading, or a line set alone
 * in bold or capitals with a word like "offices" or "staff". */
static int group_heading(const masthead *m, size_t i) {
    const mline *l = &m->l[i];
    if (l->barrier)
        return 0;
    if (l->heading)
        return 1;
    size_t n = strlen(l->text);
    return !strchr(l->text, ':') && (all_bold(l) || no_lower(l->text, n)) &&
           has_group_word(l->text, n) && word_count(l->text, n) <= 6;
}

/* ---- the scan ---- */

static item *new_item(masthead *m, int kind, size_t line) {
    if (m->nit == m->capit) {
        size_t cap = m->capit ? m->capit * 2 : 32;
        item *v = realloc(m->it, cap * sizeof *v);
        if (!v)
            return NULL;
        m->it = v;
        m->capit = cap;
    }
    item *it = &m->it[m->nit++];
    memset(it, 0, sizeof *it);
    it->kind = kind;
    it->first_line = it->last_line = (int)line;
    it->office = -1;
    return it;
}

static int office_add_line(item *it, const char *s, size_t line) {
    it->last_line = (int)line;
    char **v = realloc(it->lines, (it->nlines + 1) * sizeof *v);
    if (!v)
        return -1;
    it->lines = v;
    if (!(v[it->nlines] = jfyp_strdup(s)))
        return -1;
    it->nlines++;
    return 0;
}

static char *titled(const char *s, size_t n) {
    char *t = jfyp_strndup(s, n);
    if (!t)
        return NULL;
    jfyp_squeeze(t);
    size_t l = strlen(t);
    while (l && strchr(":,", t[l - 1]))
        t[--l] = '\0';
    if (!no_lower(t, l))
        return t;
    char *r = role_text(t);
    free(t);
    return r;
}

/* Starts an office at line i with label text[0..label_end), its own text
 * from rest. */
static item *start_office(masthead *m, size_t i, size_t label_end, size_t rest,
                          const char *context) {
    item *it = new_item(m, IT_OFFICE, i);
    if (!it)
        return NULL;
    if (label_end && !(it->label = titled(m->l[i].text, label_end)))
        return NULL;
    if (context && !(it->context = jfyp_strdup(context)))
        return NULL;
    if (m->l[i].text[rest] && office_add_line(it, m->l[i].text + rest, i) < 0)
        return NULL;
    m->l[i].used = 1;
    return it;
}

static int scan(masthead *m) {
    char *context = NULL;
    item *office = NULL; /* the office whose lines are being read */
    int office_done = 0;  /* its address has ended */
    item *role = NULL;    /* the role whose names may continue */
    for (size_t i = 0; i < m->n; i++) {
        mline *l = &m->l[i];
        size_t le, rs;
        if (l->barrier) {
            office = role = NULL;
            continue;
        }
        if (office) {
            if (jfyp_office_is_contact(l->text)) {
                if (office_add_line(office, l->text, i) < 0)
                    return -1;
                l->used = 1;
                office_done = 1;
                continue;
            }
            size_t d;
            /* After a trailing comma the address goes on, whatever the
             * line looks like ("NY 10013, USA" is no office label). */
            const char *pt = m->l[i - 1].text;
            int comma = pt[strlen(pt) - 1] == ',';
            if (!office_done && strlen(l->text) <= 100 && office->nlines < 8 && !l->heading &&
                !bold_lead(l) && !role_line(m, i, &le, &rs) &&
                !group_heading(m, i) && (comma || !office_label(m, i, &d)) &&
                names_list(l->text, NULL, NULL, NULL) <= 0) {
                if (office_add_line(office, l->text, i) < 0)
                    return -1;
                l->used = 1;
                office_done = jfyp_office_address_ends(l->text);
                continue;
            }
            office = NULL;
        }
        if (l->heading || group_heading(m, i)) {
            /* A heading names the groups under it while masthead lines
             * follow it. */
            role = NULL;
            free(context);
            context = NULL;
            size_t d1, d2;
            m->context = 1;
            l->used = 2; /* claimed only if the masthead is */
            if (i + 1 < m->n &&
                (role_line(m, i + 1, &d1, &d2) || wrapped_label(m, i + 1, &d1, &d2) ||
                 office_label(m, i + 1, &d2) || jfyp_office_is_contact(m->l[i + 1].text) ||
                 group_heading(m, i + 1))) {
                if (!(context = titled(l->text, strlen(l->text))))
                    return -1;
            } else {
                m->context = 0;
                l->used = 0;
            }
            continue;
        }
        int wrapped = 0;
        if (role_line(m, i, &le, &rs) || (wrapped = wrapped_label(m, i, &le, &rs))) {
            item *it = new_item(m, IT_ROLE, i);
            if (!it)
                return -1;
            mline *k = &m->l[i + wrapped];
            char *lab = wrapped ? jfyp_printf("%s %.*s", l->text, (int)le, k->text)
                                : jfyp_strndup(k->text, le);
            if (!lab)
                return -1;
            it->label = role_text(lab);
            free(lab);
            if (!it->label)
                return -1;
            int open = 0;
            if (k->text[rs] && names_list(k->text + rs, &it->names, &it->nnames, &open) < 0)
                return -1;
            l->used = k->used = 1;
            i += wrapped;
            role = it;
            continue;
        }
        if ((le = office_label(m, i, &rs))) {
            if (!(office = start_office(m, i, le, rs, context)))
                return -1;
            office_done = 0;
            role = NULL;
            continue;
        }
        if (role && !bold_lead(l)) {
            int open;
            int c = names_list(l->text, &role->names, &role->nnames, &open);
            if (c < 0)
                return -1;
            if (c > 0) {
                l->used = 1;
                continue;
            }
        }
        role = NULL;
        /* An office printed without a label, right after masthead lines. */
        if (i > 0 && m->l[i - 1].used && !bold_lead(l) && !strstr(l->text, "\xc2\xa9") &&
            (jfyp_office_is_contact(l->text) || office_opens(m, i))) {
            if (!(office = start_office(m, i, 0, 0, context)))
                return -1;
            office_done = jfyp_office_address_ends(l->text) || jfyp_office_is_contact(l->text);
        }
    }
    free(context);
    return 0;
}

/* ---- writing the tree ---- */

static int same_name(const jfy_node *a, const jfy_node *b) {
    /* Called for every pair of masthead people: the surnames, which mostly
     * differ, are looked up first. */
    const char *sa = jfyp_node_attr(a, "surname"), *sb = jfyp_node_attr(b, "surname");
    if (!sa || !sb || !jfyp_strieq(sa, sb))
        return 0;
    const char *ga = jfyp_node_attr(a, "given"), *gb = jfyp_node_attr(b, "given");
    if (!ga || !gb)
        return !ga && !gb;
    if (jfyp_strieq(ga, gb))
        return 1;
    /* "N." or "N" against "Nicola": initials match the given name's. */
    int ia = strlen(ga) <= 2 || strchr(ga, '.') != NULL;
    int ib = strlen(gb) <= 2 || strchr(gb, '.') != NULL;
    return (ia || ib) && toupper((unsigned char)ga[0]) == toupper((unsigned char)gb[0]);
}

static int is_editor_role(const char *role) {
    for (const char *p = role; (p = jfyp_stristr(p, "editor")); p += 6) {
        int before = p == role || !isalpha((unsigned char)p[-1]);
        int after = !isalpha((unsigned char)p[6]) || (p[6] == 's' && !isalpha((unsigned char)p[7]));
        if (before && after)
            return 1;
    }
    return 0;
}

static int add_text_child(jfy_node *parent, jfy_node_type type, const char *text) {
    jfy_node *k = jfyp_node_new_text(type, text);
    if (!k)
        return -1;
    jfyp_node_append(parent, k);
    return 0;
}

static int add_xref(jfy_node *contrib, const char *rid) {
    for (jfy_node *x = contrib->first; x; x = x->next)
        if (x->type == JFY_N_XREF && jfyp_node_attr(x, "rid") &&
            strcmp(jfyp_node_attr(x, "rid"), rid) == 0)
            return 0;
    jfy_node *x = jfyp_node_new(JFY_N_XREF);
    if (!x || jfyp_node_set_attr(x, "ref-type", "aff") < 0 ||
        jfyp_node_set_attr(x, "rid", rid) < 0) {
        jfyp_node_free(x);
        return -1;
    }
    jfyp_node_append(contrib, x);
    return 0;
}

static char *slug(const char *s) {
    jfyp_buf b;
    jfyp_buf_init(&b);
    int dash = 0;
    for (const char *p = s; *p; p++) {
        if (isalnum((unsigned char)*p)) {
            if (dash && b.len)
                jfyp_buf_putc(&b, '-');
            jfyp_buf_putc(&b, (char)tolower((unsigned char)*p));
            dash = 0;
        } else {
            dash = 1;
        }
    }
    return jfyp_buf_finish(&b);
}

/* Removes the used lines from the page: a block all used is freed; one
 * partly used keeps its other lines. */
static int remove_used(masthead *m) {
    for (size_t i = 0; i < m->n;) {
        jfy_node *block = m->l[i].block;
        size_t j = i, used = 0;
        while (j < m->n && m->l[j].block == block)
            used += m->l[j++].used != 0;
        if (used == j - i) {
            jfyp_node_free(block);
        } else if (used) {
            /* Cut the unused runs out into paragraphs of their own where
             * the line starts are top-level inlines; else keep the text. */
            for (size_t k = i; k < j;) {
                if (m->l[k].used) {
                    k++;
                    continue;
                }
                size_t e = k;
                while (e < j && !m->l[e].used)
                    e++;
                jfy_node *para = jfyp_node_new(JFY_N_PARAGRAPH);
                if (!para)
                    return -1;
                jfyp_node_span_from(para, block);
                jfy_node *from = m->l[k].start, *to = e < j ? m->l[e].start : NULL;
                if (from && (e == j || to)) {
                    for (jfy_node *c = from; c && c != to;) {
                        jfy_node *nx = c->next;
                        if (nx == to && (c->type == JFY_N_SOFTBREAK || c->type == JFY_N_LINEBREAK))
                            break;
                        jfyp_node_append(para, c);
                        c = nx;
                    }
                } else {
                    jfyp_buf t;
                    jfyp_buf_init(&t);
                    for (size_t q = k; q < e; q++) {
                        if (q > k)
                            jfyp_buf_putc(&t, ' ');
                        jfyp_buf_puts(&t, m->l[q].text);
                    }
                    char *s = jfyp_buf_finish(&t);
                    jfy_node *tx = s ? jfyp_node_new_text(JFY_N_TEXT, s) : NULL;
                    free(s);
                    if (!tx) {
                        jfyp_node_free(para);
                        return -1;
                    }
                    jfyp_node_append(para, tx);
                }
                jfyp_node_insert_before(block, para);
                k = e;
            }
            jfyp_node_free(block);
        }
        i = j;
    }
    return 0;
}

static int build(masthead *m, jfyp_rec *r) {
    int first_office = -1, first_role = -1;
    for (size_t k = 0; k < m->nit; k++) {
        if (m->it[k].kind == IT_OFFICE && first_office < 0)
            first_office = (int)k;
        if (m->it[k].kind == IT_ROLE && m->it[k].nnames && first_role < 0)
            first_role = (int)k;
    }
    /* Offices head their staff when one comes right before the first
     * staff; else each office follows its staff. */
    int heads = first_role > 0 && m->it[first_role - 1].kind == IT_OFFICE;
    (void)first_office;
    for (size_t k = 0; k < m->nit; k++) {
        item *it = &m->it[k];
        if (it->kind != IT_ROLE)
            continue;
        if (heads) {
            for (size_t q = k; q-- > 0;)
                if (m->it[q].kind == IT_OFFICE) {
                    it->office = (int)q;
                    break;
                }
        } else {
            for (size_t q = k + 1; q < m->nit; q++)
                if (m->it[q].kind == IT_OFFICE) {
                    it->office = (int)q;
                    break;
                }
        }
    }
    for (size_t k = 0; k < m->nit; k++) {
        item *it = &m->it[k];
        if (it->kind != IT_OFFICE)
            continue;
        /* An office no staff is listed under is left on the page. */
        int staffed = 0;
        for (size_t q = 0; q < m->nit; q++)
            staffed |= m->it[q].kind == IT_ROLE && m->it[q].nnames && m->it[q].office == (int)k;
        if (!staffed) {
            for (int q = it->first_line; q <= it->last_line; q++)
                m->l[q].used = 0;
            continue;
        }
        char *dept = it->context && it->label ? jfyp_printf("%s, %s", it->context, it->label)
                     : it->label                ? jfyp_strdup(it->label)
                     : it->context              ? jfyp_strdup(it->context)
                                                : NULL;
        char *ct = it->context ? slug(it->context) : jfyp_strdup("office");
        if ((!dept && (it->label || it->context)) || !ct) {
            free(dept);
            free(ct);
            return -1;
        }
        it->aff = jfyp_office_build(dept, ct, it->lines, it->nlines);
        free(dept);
        free(ct);
        char *id = jfyp_rec_id(r, 5, "office");
        if (!it->aff || !id || jfyp_node_set_attr(it->aff, "id", id) < 0) {
            free(id);
            return -1;
        }
        free(id);
        it->aff->line = m->l[it->first_line].block->line;
        jfyp_node_append(r->journal, it->aff);
    }
    jfy_node *group = jfyp_node_new(JFY_N_CONTRIBS);
    if (!group || jfyp_node_set_attr(group, "content-type", "masthead") < 0) {
        jfyp_node_free(group);
        return -1;
    }
    jfyp_node_append(r->journal, group);
    for (size_t k = 0; k < m->nit; k++) {
        item *it = &m->it[k];
        if (it->kind != IT_ROLE)
            continue;
        for (size_t q = 0; q < it->nnames; q++) {
            jfyp_name *nm = &it->names[q];
            jfy_node *name = jfyp_node_new(JFY_N_NAME);
            if (!name || jfyp_node_set_attr(name, "given", nm->given) < 0 ||
                jfyp_node_set_attr(name, "surname", nm->surname) < 0 ||
                jfyp_node_set_attr(name, "suffix", nm->suffix) < 0) {
                jfyp_node_free(name);
                return -1;
            }
            /* One person listed twice is one contributor with two roles. */
            jfy_node *c = NULL;
            for (jfy_node *x = group->first; x && !c; x = x->next)
                if (same_name(jfyp_node_child(x, JFY_N_NAME), name))
                    c = x;
            if (c) {
                jfyp_node_free(name);
            } else {
                c = jfyp_node_new(JFY_N_CONTRIB);
                if (!c) {
                    jfyp_node_free(name);
                    return -1;
                }
                jfyp_node_append(group, c);
                jfyp_node_append(c, name);
                if (jfyp_node_set_attr(c, "contrib-type",
                                       is_editor_role(it->label) ? "editor" : "staff") < 0)
                    return -1;
                c->line = m->l[it->first_line].block->line;
            }
            if (add_text_child(c, JFY_N_ROLE, it->label) < 0)
                return -1;
            if (it->office >= 0 && add_xref(c, jfyp_node_attr(m->it[it->office].aff, "id")) < 0)
                return -1;
        }
    }
    return 0;
}

static void masthead_free(masthead *m) {
    jfyp_buf_free(&m->text);
    jfyp_buf_free(&m->bold);
    free(m->l);
    for (size_t k = 0; k < m->nit; k++) {
        item *it = &m->it[k];
        free(it->label);
        free(it->context);
        for (size_t q = 0; q < it->nlines; q++)
            free(it->lines[q]);
        free(it->lines);
        free_names(it->names, it->nnames);
    }
    free(m->it);
}

/* ---- article authors who are masthead staff ---- */

int jfyp_masthead_link_authors(jfy_node *front, jfy_node *journal) {
    jfy_node *staff = NULL;
    for (jfy_node *g = journal ? journal->first : NULL; g && !staff; g = g->next)
        if (g->type == JFY_N_CONTRIBS && jfyp_node_attr(g, "content-type") &&
            strcmp(jfyp_node_attr(g, "content-type"), "masthead") == 0)
            staff = g;
    if (!staff)
        return 0;
    int linked = 0;
    for (jfy_node *g = front->first; g; g = g->next) {
        if (g->type != JFY_N_CONTRIBS)
            continue;
        for (jfy_node *c = g->first; c; c = c->next) {
            jfy_node *name = c->type == JFY_N_CONTRIB ? jfyp_node_child(c, JFY_N_NAME) : NULL;
            jfy_node *s = NULL;
            for (jfy_node *x = name ? staff->first : NULL; x && !s; x = x->next)
                if (same_name(jfyp_node_child(x, JFY_N_NAME), name))
                    s = x;
            if (!s)
                continue;
            for (jfy_node *k = s->first; k; k = k->next) {
                if (k->type == JFY_N_ROLE) {
                    int have = 0;
                    for (jfy_node *q = c->first; q; q = q->next)
                        have |= q->type == JFY_N_ROLE && q->text && k->text &&
                                strcmp(q->text, k->text) == 0;
                    if (!have && add_text_child(c, JFY_N_ROLE, k->text) < 0)
                        return -1;
                } else if (k->type == JFY_N_XREF && jfyp_node_attr(k, "rid")) {
                    if (add_xref(c, jfyp_node_attr(k, "rid")) < 0)
                        return -1;
                }
            }
            linked++;
        }
    }
    return linked;
}

/* Whether a line has a role label's shape: every role is read from one
 * (a role line's own, or the second of a wrapped label's), so a page
 * with none holds no masthead, and the scan's office, heading and label
 * tests of every line, most of this reader's cost, are spared
 * (bench/instructions). */
static int any_role_shape(const masthead *m) {
    size_t d1, d2;
    for (size_t i = 0; i < m->n; i++)
        if (role_shape(m, i, &d1, &d2, 0))
            return 1;
    return 0;
}

int jfyp_recognize_masthead(jfyp_rec *r) {
    masthead m = {0};
    int rc = -1;
    if (read_lines(&m, r) < 0)
        goto done;
    if (!any_role_shape(&m)) {
        rc = 0;
        goto done;
    }
    if (scan(&m) < 0)
        goto done;
    size_t roles = 0, offices = 0;
    for (size_t k = 0; k < m.nit; k++) {
        if (m.it[k].kind == IT_ROLE && m.it[k].nnames)
            roles++;
        else if (m.it[k].kind == IT_OFFICE)
            offices++;
    }
    if (roles < 3 && !(roles >= 1 && offices >= 1)) {
        rc = 0;
        goto done;
    }
    /* A role label no names came under stays on the page. */
    for (size_t k = 0; k < m.nit; k++)
        if (m.it[k].kind == IT_ROLE && !m.it[k].nnames) {
            mline *l = &m.l[m.it[k].first_line];
            l->used = 0;
            jfyp_diags_add(r->diags, JFY_WARNING, l->block->line, l->block->col,
                           "masthead-role-without-names", "role label with no names: %s",
                           m.it[k].label);
        }
    if (build(&m, r) < 0 || remove_used(&m) < 0)
        goto done;
    rc = jfyp_masthead_link_authors(r->front, r->journal) < 0 ? -1 : 0;
done:
    masthead_free(&m);
    return rc;
}
