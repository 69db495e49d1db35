/* recognize_abstract.c - the abstract and its kin (author summary, digest),
 * opened by a heading ("## Abstract"), a line of its own ("ABSTRACT",
 * "**Summary**", "Resumo") or a run-in label ("Abstract: ..."), and running
 * to the next heading, the keywords, or another labelled front-matter line.
 * Across a page break it steps over page numbers and running heads and
 * joins a sentence cut in two. A structured abstract's parts ("Background:",
 * "**Methods**", "### Results") become sections. The first abstract on the
 * page is the main one; a later one (a translation) is kept as printed. */
#include "front.h"
#include "recognize.h"
#include "textlines.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PARAS 16   /* an "abstract" longer than this is the body */
#define MAX_CHARS 6000
#define TRANSLATION_GAP 4 /* blocks between an abstract and its translation */
#define MAX_SIDE_BLOCKS 12 /* side-column blocks between an opener and its text */
#define PROSE_CHARS 400    /* bytes: an unlabelled abstract is no shorter */
#define FRAMED_CHARS 150   /* nor one between the history and the DOI lines */
#define HISTORY_GAP 6      /* lines from the byline to the history line's next */
#define PART_CHARS 100     /* bytes: nor its first part, when labelled */
#define PART_MAX_CHARS 2000 /* nor longer, a part of a structured one */
#define BODY_CHARS 200     /* bytes: a block this long, if no abstract, is the body */
#define MAX_PIECES 8       /* pieces of one block cut apart by the extraction */
#define SIDE_LINE 48       /* bytes: a side column's lines are shorter */
#define TAIL_BLOCKS 6      /* short blocks between a cut sentence and its tail */
#define CUT_WORD_BLOCKS 4  /* more of them when a word is cut there */
#define SIDE_FACTS 12      /* and a side column's labelled facts */
#define SIDE_LINES 48      /* lines of a side column set between two parts */
#define SIDE_FACT_CHARS 300 /* bytes: a side column's few-line block is no longer */
#define SIDE_TO_PART 24    /* side blocks between an opener and its first part */
#define OPEN_GAP 8         /* lines from a paragraph's open sentence to its rest, a
                            * margin's mark dropped between (a badge, the hidden
                            * figures, padded with blank lines by a column-keeping
                            * reader) */

static const struct {
    const char *word;
    const char *type; /* NULL: the main abstract */
    int late;         /* may stand after the body has begun */
} openers[] = {
    {"Abstract", NULL, 0},
    {"Summary", NULL, 0},
    {"Resumo", NULL, 0},
    {"Resumen", NULL, 0},
    {"Résumé", NULL, 0},
    {"Zusammenfassung", NULL, 0},
    {"Synopsis", NULL, 0},
    {"Author summary", "summary", 1},
    {"Author's summary", "summary", 1},
    {"Authors' summary", "summary", 1},
    {"eLife digest", "executive-summary", 1},
    {"Digest", "executive-summary", 0},
    {"Editors' summary", "editor-summary", 1},
    {"Editor's summary", "editor-summary", 1},
    {"Editors summary", "editor-summary", 1},
    {"Plain language summary", "plain-language-summary", 1},
    {"Lay summary", "lay-summary", 1},
    {"Graphical abstract", "graphical", 1},
};

/* Parts of a structured abstract. */
static const char *const parts[] = {
    "Background", "Backgrounds", "Introduction", "Context", "Objective", "Objectives", "Aim",
    "Aims", "Aims and objectives", "Purpose", "Methods", "Method", "Methodology",
    "Materials and methods", "Methods and materials", "Methods and findings", "Design",
    "Study design", "Setting", "Settings", "Participants", "Patients", "Subjects",
    "Interventions", "Intervention", "Main outcome measures", "Main outcomes and measures",
    "Outcome measures", "Primary and secondary outcome measures", "Primary outcome measures",
    "Primary outcome measure", "Secondary outcome measures", "Main outcome measure",
    "Design, setting, and participants", "Design, setting and participants",
    "Setting and participants", "Measurements", "Results", "Findings", "Principal findings",
    "Conclusion", "Conclusions", "Conclusions and relevance", "Conclusions/significance",
    "Interpretation", "Discussion", "Significance", "Implications", "Limitations",
    "Importance", "Exposures", "Exposure", "Evidence acquisition", "Evidence synthesis",
    "Data sources", "Study selection", "Data extraction", "Data synthesis", "Review methods",
    "Case presentation", "Case report", "Case summary", "Trial registration", "Funding",
    /* a trial protocol's structured summary (a trials journal's letter) */
    "Trial design", "Intervention and comparator", "Interventions and comparator", "Main outcomes",
    "Randomisation", "Randomization", "Blinding (masking)", "Numbers to be randomised (sample size)",
    "Numbers to be randomized (sample size)", "Trial status", "Full protocol",
    "Methodology/principal findings", "Rationale", "Hypothesis", "Problem", "Approach",
    /* two words joined, as clinical journals print them ("Patients and
     * Methods:"); the first alone would not take the colon */
    "Patients and methods", "Subjects and methods", "Material and methods", "Methods and results",
    "Background and aims", "Background and objectives", "Background and purpose",
    "Introdução", "Objetivo", "Objetivos", "Método", "Métodos", "Resultados", "Conclusão",
    "Conclusões", "Contexto", "Introducción", "Antecedentes", "Conclusión", "Conclusiones",
    "Material e métodos", "Material y métodos", "Materiais e métodos",
    /* capitals: the case folding is ASCII's, the accented letter is not
     * folded ("MÉTODOS:") */
    "INTRODUÇÃO", "MÉTODO", "MÉTODOS", "CONCLUSÃO", "CONCLUSÕES", "INTRODUCCIÓN", "CONCLUSIÓN",
    "MATERIAL E MÉTODOS", "MATERIAL Y MÉTODOS", "MATERIAIS E MÉTODOS",
};

/* Front-matter lines that end an abstract. */
static const char *const enders[] = {
    "Received", "Accepted", "Published", "Copyright", "Citation", "Editor", "Academic editor",
    "Edited by", "Reviewed by", "Correspondence", "Corresponding author", "Abbreviations",
    "Funding", "Competing interests", "Conflict of interest", "Data availability",
    "Subjects", "Subject areas", "Introduction", "DOI", "doi", "Article history",
    "Recebido", "Recibido", "Highlights", "JEL", "Please cite this article", "Cite this article",
    "How to cite this article",
};

static int strip_eq(const char *t, const char *word) {
    const char *a = jfyp_after_label(t, word);
    if (!a)
        return 0;
    while (*a == '*' || *a == '_' || *a == ':' || *a == '.' || *a == ' ')
        a++;
    return *a == '\0';
}

/* Index of the opener t is (alone: "Abstract", "ABSTRACT:", "**Summary**",
 * "A B S T R A C T" as some layouts letter-space it), or -1. */
static int opener_alone(const char *t) {
    while (*t == '*' || *t == '_' || *t == '#' || *t == ' ')
        t++;
    char squeezed[64];
    size_t n = strlen(t), k = 0;
    if (n >= 5 && n < sizeof squeezed && t[1] == ' ' && t[3] == ' ') {
        for (size_t i = 0; i < n; i++)
            if (t[i] != ' ')
                squeezed[k++] = t[i];
        squeezed[k] = '\0';
        t = squeezed;
    }
    for (size_t i = 0; i < sizeof openers / sizeof *openers; i++)
        if (strip_eq(t, openers[i].word))
            return (int)i;
    return -1;
}

static int is_part(const char *t) {
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++)
        if (strip_eq(t, parts[i]))
            return 1;
    return 0;
}

/* Length of a part label with its colon at s ("Methods:", "RESULTS:"),
 * or 0. The label ends in a colon; a bold label may end in a full stop. */
static size_t part_label_at(const char *s, int bold) {
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
        size_t n = strlen(parts[i]);
        if (!jfyp_strnieq(s, parts[i], n))
            continue;
        if (!(s[0] >= 'A' && s[0] <= 'Z') && (unsigned char)s[0] < 0x80)
            continue;
        const char *p = s + n;
        while (*p == ' ')
            p++;
        if (*p == ':' || (bold && (*p == '.' || *p == '\0')))
            return (size_t)(p - s) + (*p ? 1 : 0);
    }
    return 0;
}

static int opens_front_field(const char *t) {
    while (*t == '*' || *t == '_')
        t++;
    /* a pointer glyph before the label ("►Please cite this article as:") */
    while (strncmp(t, "\xe2\x96\xba", 3) == 0 || strncmp(t, "\xe2\x96\xb6", 3) == 0 || *t == ' ')
        t += *t == ' ' ? 1 : 3;
    if (jfyp_keywords_label(t) || strncmp(t, "\xc2\xa9", 2) == 0)
        return 1;
    /* "Copyright © 2021 The Author(s). Published by ...": the sign makes the
     * word a label however long the sentence after it */
    if (jfyp_strnieq(t, "copyright \xc2\xa9", 12) || jfyp_strnieq(t, "copyright (c)", 13))
        return 1;
    /* "2405-8440/© 2023 The Author(s)": the ISSN before the sign */
    if (strlen(t) > 11 && t[4] == '-' && t[9] == '/' && strncmp(t + 10, "\xc2\xa9", 2) == 0)
        return 1;
    /* the labels are capitalized; a justified narrow column leaves words of
     * the sentence alone on their lines ("recebido", "funding") */
    if (!(*t >= 'A' && *t <= 'Z'))
        return 0;
    for (size_t i = 0; i < sizeof enders / sizeof *enders; i++) {
        const char *a = jfyp_after_label(t, enders[i]);
        if (a && (a > t + strlen(enders[i]) || !*a) &&
            (a[-1] == ':' || a[-1] == ' ' || !*a || a[-1] == '.'))
            if (strchr(t, ':') || !*a || strlen(t) < 60)
                return 1;
    }
    return 0;
}

/* Splits a text node at byte k; returns the node holding the tail. */
static jfy_node *split_text(jfy_node *t, size_t k) {
    jfy_node *tail = jfyp_node_new_text(JFY_N_TEXT, t->text + k);
    if (!tail)
        return NULL;
    jfyp_node_span_from(tail, t);
    t->text[k] = '\0';
    jfyp_node_changed(t);
    jfyp_node_insert_after(t, tail);
    return tail;
}

/* A word hyphenated over a line end inside the abstract made whole. */
static int dehyphenate(jfy_node *p) {
    for (jfy_node *n = p->first; n; n = n->next) {
        jfy_node *br = n->next, *m = br ? br->next : NULL;
        if (n->type != JFY_N_TEXT || !br || br->type != JFY_N_SOFTBREAK || !m ||
            m->type != JFY_N_TEXT || !n->text || !m->text)
            continue;
        size_t len = strlen(n->text);
        if (len < 2 || n->text[len - 1] != '-' || !jfyp_starts_lower(m->text))
            continue;
        char *j = jfyp_join_wrapped(n->text, m->text);
        if (!j)
            return -1;
        if (strlen(j) != len - 1 + strlen(m->text)) {
            free(j);
            continue;
        }
        jfyp_node_take_text(n, j);
        n->end_line = m->end_line;
        jfyp_node_free(br);
        jfyp_node_free(m);
    }
    return 0;
}

/* Length of a dash separating a run-in opener from its text ("—", " - ",
 * "-"), spaces included, or 0. */
static size_t dash_after(const char *a) {
    const char *p = a;
    while (*p == ' ')
        p++;
    size_t d = *p == '-' ? 1
               : (strncmp(p, "\xe2\x80\x94", 3) == 0 || strncmp(p, "\xe2\x80\x93", 3) == 0) ? 3
                                                                                   : 0;
    if (!d || p[d] == '-')
        return 0;
    p += d;
    while (*p == ' ')
        p++;
    if (!(*p >= 'A' && *p <= 'Z') && (unsigned char)*p < 0x80)
        return 0;
    return (size_t)(p - a);
}

/* Drops an opener at the start of a paragraph ("**Abstract**", "Abstract:
 * ", "ABSTRACT "), leaving the text after it. 1 if one was dropped. */
static int drop_runin_opener(jfy_node *p, int *kind, int apply) {
    jfy_node *f = p->first;
    if (!f)
        return 0;
    if ((f->type == JFY_N_STRONG || f->type == JFY_N_EMPH)) {
        char *t = jfyp_node_plain(f);
        if (!t)
            return -1;
        int k = opener_alone(jfyp_trim(t));
        free(t);
        if (k < 0 || !f->next)
            return 0;
        *kind = k;
        if (!apply)
            return 1;
        jfyp_node_free(f);
        f = p->first;
        if (f && f->type == JFY_N_TEXT && f->text) {
            char *s = f->text;
            while (*s == ':' || *s == '.' || *s == ' ' || *s == '-')
                s++;
            memmove(f->text, s, strlen(s) + 1);
            jfyp_node_changed(f);
        }
        return 1;
    }
    if (f->type != JFY_N_TEXT || !f->text)
        return 0;
    for (size_t i = 0; i < sizeof openers / sizeof *openers; i++) {
        const char *w = openers[i].word;
        size_t n = strlen(w);
        if (!jfyp_strnieq(f->text, w, n))
            continue;
        const char *a = f->text + n;
        int upper = f->text[1] >= 'A' && f->text[1] <= 'Z';
        /* "Abstract: text" or "ABSTRACT text"; not "Abstracts of ..." */
        int sep = *a == ':' || (*a == '.' && a[1] == ' ') || (upper && *a == ' ');
        size_t dash = dash_after(a);
        if (dash) {
            /* "Abstract—Text", "Abstract - Text" (IEEE) */
            a += dash - 1;
            sep = 1;
        } else if (!sep && !openers[i].type && *a == ' ' && a[1] >= 'A' && a[1] <= 'Z' &&
                   jfyp_starts_lower(a + 2) && (f->next || strlen(a) > 80)) {
            /* "Abstract The text" with no stop (Springer's lecture notes):
             * the main abstract's word, a capital, a sentence going on */
            sep = 1;
        }
        if (sep) {
            a++;
            while (*a == ' ')
                a++;
            if (!*a && !f->next)
                return 0;
            *kind = (int)i;
            if (apply) {
                memmove(f->text, a, strlen(a) + 1);
                jfyp_node_changed(f);
            }
            return 1;
        }
    }
    return 0;
}

typedef struct {
    jfyp_rec *r;
    jfy_node *abs;     /* ABSTRACT being filled */
    jfy_node *sec;     /* current SECTION of it, or NULL */
    jfy_node *last;    /* last PARAGRAPH added */
    int paras;
    size_t chars;
    int heading_parts; /* parts came as headings or lines of their own */
} builder;

static int add_section(builder *b, const char *title, const jfy_node *from) {
    jfy_node *s = jfyp_node_new(JFY_N_SECTION), *t = jfyp_node_new(JFY_N_TITLE);
    char *clean = jfyp_strdup(title);
    jfy_node *x = clean ? jfyp_node_new_text(JFY_N_TEXT, "") : NULL;
    if (!s || !t || !clean || !x) {
        jfyp_node_free(s);
        jfyp_node_free(t);
        jfyp_node_free(x);
        free(clean);
        return -1;
    }
    size_t n = strlen(jfyp_trim(clean));
    while (n && (clean[n - 1] == ':' || clean[n - 1] == '.' || clean[n - 1] == '*'))
        clean[--n] = '\0';
    char *c = clean;
    while (*c == '*' || *c == '#' || *c == ' ')
        c++;
    if (jfyp_node_set_text(x, c) < 0) {
        free(clean);
        jfyp_node_free(s);
        jfyp_node_free(t);
        jfyp_node_free(x);
        return -1;
    }
    free(clean);
    jfyp_node_span_from(s, from);
    jfyp_node_span_from(t, from);
    jfyp_node_append(t, x);
    jfyp_node_append(s, t);
    jfyp_node_append(b->abs, s);
    b->sec = s;
    return 0;
}

/* The part label opening p, taken off it ("Background:", "**Methods.**"),
 * malloc'd; NULL with *oom 0 when p opens with none. */
static char *take_label(jfy_node *p, int *oom) {
    jfy_node *f = p->first;
    *oom = 0;
    if (f && (f->type == JFY_N_STRONG || f->type == JFY_N_EMPH)) {
        char *t = jfyp_node_plain(f);
        if (!t) {
            *oom = 1;
            return NULL;
        }
        if (!part_label_at(jfyp_trim(t), 1)) {
            free(t);
            return NULL;
        }
        jfyp_node_free(f);
        f = p->first;
        if (f && f->type == JFY_N_TEXT && f->text) {
            char *s = f->text;
            while (*s == ':' || *s == ' ' || *s == '.')
                s++;
            memmove(f->text, s, strlen(s) + 1);
            jfyp_node_changed(f);
        }
        return t;
    }
    if (f && f->type == JFY_N_TEXT && f->text) {
        size_t k = part_label_at(f->text, 0);
        if (!k)
            return NULL;
        char *label = jfyp_strndup(f->text, k);
        if (!label) {
            *oom = 1;
            return NULL;
        }
        char *s = f->text + k;
        while (*s == ' ')
            s++;
        memmove(f->text, s, strlen(s) + 1);
        jfyp_node_changed(f);
        if (!*f->text && f->next && jfyp_inline_is_break(f->next)) {
            /* the label ended its line: the text starts on the next */
            jfyp_node_free(f->next);
            jfyp_node_free(f);
        }
        return label;
    }
    return NULL;
}

/* Whether the text before position s (in text node n) ends a sentence. */
static int after_sentence_end(const jfy_node *n, const char *s) {
    const char *base = n->text;
    if (s == base) {
        const jfy_node *b = n->prev;
        if (!b || (b->type != JFY_N_SOFTBREAK && b->type != JFY_N_LINEBREAK) || !b->prev ||
            b->prev->type != JFY_N_TEXT || !b->prev->text || !*b->prev->text)
            return 0;
        base = b->prev->text;
        s = base + strlen(base);
    } else if (s[-1] != ' ') {
        return 0;
    }
    const char *q = s - 1;
    while (q > base && *q == ' ')
        q--;
    return *q == '.' || *q == '?' || *q == '!' || *q == ')';
}

/* Cuts p before its next part label (after a sentence end, not at its very
 * start); returns the detached tail paragraph, or NULL when there is none.
 * *oom set on allocation failure. */
static jfy_node *cut_at_next_label(jfy_node *p, int *oom) {
    jfy_node *cut = NULL;
    *oom = 0;
    for (jfy_node *n = p->first; n && !cut; n = n->next) {
        if (n->type == JFY_N_STRONG || n->type == JFY_N_EMPH) {
            char *t = jfyp_node_plain(n);
            if (!t) {
                *oom = 1;
                return NULL;
            }
            if (n != p->first && part_label_at(jfyp_trim(t), 1))
                cut = n;
            free(t);
        } else if (n->type == JFY_N_TEXT && n->text) {
            for (char *s = n->text; *s && !cut; s++) {
                if ((n == p->first && s == n->text) || !after_sentence_end(n, s) ||
                    !part_label_at(s, 0))
                    continue;
                if (s == n->text) {
                    cut = n;
                } else if (!(cut = split_text(n, (size_t)(s - n->text)))) {
                    *oom = 1;
                    return NULL;
                }
            }
        }
    }
    if (!cut)
        return NULL;
    jfy_node *rest = jfyp_para_split_before(p, cut);
    if (!rest) {
        *oom = 1;
        return NULL;
    }
    jfyp_node_unlink(rest);
    if (p->last && p->last->type == JFY_N_TEXT && p->last->text) {
        jfyp_trim(p->last->text);
        jfyp_node_changed(p->last);
    }
    return rest;
}

/* Places a detached paragraph, splitting a run-in structured one ("Background:
 * ... Methods: ...") into sections. */
static int add_runin_parts(builder *b, jfy_node *p) {
    while (p) {
        int oom;
        char *label = take_label(p, &oom);
        if (oom) {
            jfyp_node_free(p);
            return -1;
        }
        if (label) {
            int rc = add_section(b, label, p);
            free(label);
            if (rc < 0) {
                jfyp_node_free(p);
                return -1;
            }
        }
        jfy_node *rest = label || b->sec ? cut_at_next_label(p, &oom) : NULL;
        jfyp_node_append(b->sec ? b->sec : b->abs, p);
        b->last = p;
        if (oom)
            return -1;
        p = rest;
    }
    return 0;
}

/* Length of a part label without a colon opening s ("Purpose This paper"),
 * or 0: the label, a space, a capital. */
static size_t bare_label_at(const char *s) {
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
        size_t n = strlen(parts[i]);
        if (jfyp_strnieq(s, parts[i], n) && s[0] >= 'A' && s[0] <= 'Z' && s[n] == ' ' &&
            s[n + 1] >= 'A' && s[n + 1] <= 'Z')
            return n;
    }
    return 0;
}

/* Some layouts set a structured abstract's labels without colons, each
 * part on a new line ("Purpose This paper ..."). When two lines or more
 * open so, the labels get the colon the run-in reading expects. */
static int mark_bare_labels(jfy_node *p) {
    jfyp_lines l;
    if (jfyp_lines_of(p, &l) < 0)
        return -1;
    int count = 0;
    for (size_t i = 0; i < l.n; i++)
        if (bare_label_at(l.v[i].text) && l.v[i].first->type == JFY_N_TEXT)
            count++;
    int rc = 0;
    if (count >= 2 && l.n && bare_label_at(l.v[0].text)) {
        for (size_t i = 0; i < l.n && rc == 0; i++) {
            jfy_node *t = l.v[i].first;
            size_t k = bare_label_at(l.v[i].text);
            if (!k || t->type != JFY_N_TEXT || !t->text || strncmp(t->text, l.v[i].text, k) != 0)
                continue;
            char *nt = jfyp_printf("%.*s:%s", (int)k, t->text, t->text + k);
            if (!nt)
                rc = -1;
            else {
                jfyp_node_take_text(t, nt);
            }
        }
    }
    jfyp_lines_free(&l);
    return rc;
}

static int add_paragraph(builder *b, jfy_node *p) {
    jfyp_node_unlink(p);
    if (mark_bare_labels(p) < 0) {
        jfyp_node_free(p);
        return -1;
    }
    if (dehyphenate(p) < 0) {
        jfyp_node_free(p);
        return -1;
    }
    char *t = jfyp_node_plain(p);
    if (!t) {
        jfyp_node_free(p);
        return -1;
    }
    b->chars += strlen(t);
    free(t);
    b->paras++;
    return add_runin_parts(b, p);
}

/* Appends paragraph p to the last one: a sentence cut by a page break. */
static int join_to_last(builder *b, jfy_node *p) {
    jfy_node *last = b->last, *lt = last ? last->last : NULL, *pf = p->first;
    jfyp_node_unlink(p);
    if (lt && lt->type == JFY_N_TEXT && lt->text && pf && pf->type == JFY_N_TEXT && pf->text) {
        char *j = jfyp_join_wrapped(lt->text, pf->text);
        if (!j) {
            jfyp_node_free(p);
            return -1;
        }
        jfyp_node_take_text(lt, j);
        jfyp_node_free(pf);
    } else {
        jfy_node *sb = jfyp_node_new(JFY_N_SOFTBREAK);
        if (!sb) {
            jfyp_node_free(p);
            return -1;
        }
        jfyp_node_append(last, sb);
    }
    jfyp_node_move_children(p, last);
    last->end_line = p->end_line;
    jfyp_node_free(p);
    if (dehyphenate(last) < 0)
        return -1;
    int oom;
    jfy_node *rest = b->sec ? cut_at_next_label(last, &oom) : NULL;
    if (b->sec && oom)
        return -1;
    return rest ? add_runin_parts(b, rest) : 0;
}

static int last_ends_open(const builder *b, int lower_next) {
    if (!b->last)
        return 0;
    char *t = jfyp_node_plain(b->last);
    if (!t)
        return 0;
    jfyp_trim(t);
    size_t n = strlen(t);
    int open = n && t[n - 1] != '.' && t[n - 1] != '!' && t[n - 1] != '?' && t[n - 1] != ')';
    /* a bracket closes a line inside a sentence as often as the sentence
     * ("resolving power (6.285)" / "depicted through ..."): the next
     * block's lower case tells */
    if (n && t[n - 1] == ')' && lower_next)
        open = 1;
    free(t);
    return open;
}

/* Whether the abstract's last block stops inside a sentence's words (on
 * a word, a comma, a hyphen), not on a number (a citation line's pages,
 * a DOI) that closes a line of its own. */
static int last_ends_in_word(const builder *b) {
    char *t = b->last ? jfyp_node_plain(b->last) : NULL;
    if (!t)
        return 0;
    jfyp_trim(t);
    size_t n = strlen(t);
    unsigned char c = n ? (unsigned char)t[n - 1] : 0;
    /* a Latin letter's lead byte (U+00C0 to U+024F): another script's
     * lines (an Arabic abstract) come in an order of their own */
    while (n > 1 && c >= 0x80 && c < 0xC0)
        c = (unsigned char)t[--n - 1];
    free(t);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC3 && c <= 0xC9) || c == ',' ||
           c == '-';
}

/* Whether line t is a heading set in capitals: two words at least, no
 * lower-case letter, no sentence's end. */
static int capitals_heading(const char *t) {
    if (!jfyp_looks_like_heading(t) || !strchr(t, ' '))
        return 0;
    int letters, upper;
    jfyp_utf8_case_counts(t, &letters, &upper);
    return letters >= 6 && upper == letters;
}

/* Whether t, a line of its own, names a body section ("INTRODUCTION"). */
static int names_body_section(const char *t) {
    static const char *const names[] = {"Introduction", "Background", "Methods", "Results",
                                        "Discussion", "Materials and methods", "Introdução",
                                        "Introducción", "Main text", "Main"};
    /* (the square some chemistry journals set before every heading:
     * "■ INTRODUCTION") */
    if (!strncmp(t, "\xe2\x96\xa0 ", 4))
        t += 4;
    while ((*t >= '0' && *t <= '9') || *t == '.' || *t == ' ')
        t++;
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strip_eq(t, names[i]))
            return 1;
    return 0;
}

/* A page with no keywords and none of the usual sections (Introduction,
 * Methods, Results, Discussion) after its "Summary" is a software or
 * teaching paper opening its body with a summary of the tool, over
 * headings of its own ("Statement of need"); an abstract headed "Summary"
 * is followed by keywords or by those sections. 1 when the summary at n
 * opens the body, -1 on out of memory. Read once, for the first
 * "Summary" only. */
static int summary_opens_body(jfyp_rec *r, jfy_node *n) {
    /* "SUMMARY" in capitals is set as the front matter's labels are
     * ("ABSTRACT", "KEYWORDS"), over an abstract whatever follows it (a
     * perspective's body under headings of its own); the software
     * paper's is one heading among the body's, in their case */
    char *t = jfyp_node_plain(n);
    if (!t)
        return -1;
    int capitals = 1;
    for (const char *c = t; *c && *c != '\n'; c++)
        capitals &= !(*c >= 'a' && *c <= 'z');
    free(t);
    if (capitals)
        return 0;
    for (jfy_node *x = jfyp_rec_next(r, n); x; x = jfyp_rec_next(r, x)) {
        if (x->type != JFY_N_PARAGRAPH && x->type != JFY_N_HEADING)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(x, &l) < 0)
            return -1;
        int usual = l.n && (jfyp_keywords_label(l.v[0].text) || names_body_section(l.v[0].text));
        jfyp_lines_free(&l);
        if (usual)
            return 0;
    }
    return 1;
}

static int is_continued_line(const char *t, const char *where) {
    const char *a = jfyp_after_label(t[0] == '(' ? t + 1 : t, "Continued");
    if (!a)
        return 0;
    if (jfyp_strnieq(a, "on ", 3) || jfyp_strnieq(a, "from ", 5))
        a += a[0] == 'o' || a[0] == 'O' ? 3 : 5;
    return jfyp_strnieq(a, where, strlen(where));
}

/* An abstract that stops with "(Continued on next page)" goes on after
 * "(Continued from previous page)" on the next page, past the notes and
 * the licence printed at the foot. Both lines go; the block the abstract
 * goes on with is returned (NULL: none found). When the first line stood
 * alone in *np, that block is freed and *np moves on to the one after it
 * (NULL at the end): the caller must not read the freed one. *oom on
 * allocation failure. */
static jfy_node *continued(builder *b, jfy_node **np, int *oom) {
    jfy_node *n = *np;
    *oom = 0;
    if (!b->last)
        return NULL;
    jfyp_lines l;
    int marked = 0;
    /* the line ends the abstract's last paragraph or stands alone */
    if (n->type == JFY_N_PARAGRAPH) {
        if (jfyp_lines_of(n, &l) < 0) {
            *oom = 1;
            return NULL;
        }
        marked = l.n == 1 && is_continued_line(l.v[0].text, "next page");
        jfyp_lines_free(&l);
        if (marked) {
            jfy_node *x = n;
            n = *np = jfyp_rec_next(b->r, n);
            jfyp_node_free(x);
        }
    }
    if (!marked) {
        if (jfyp_lines_of(b->last, &l) < 0) {
            *oom = 1;
            return NULL;
        }
        marked = l.n > 1 && is_continued_line(l.v[l.n - 1].text, "next page");
        if (marked)
            jfyp_lines_remove(b->last, &l, l.n - 1, l.n - 1);
        jfyp_lines_free(&l);
    }
    if (!marked)
        return NULL;
    for (int seen = 0; n && seen < 12; n = jfyp_rec_next(b->r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        if (jfyp_lines_of(n, &l) < 0) {
            *oom = 1;
            return NULL;
        }
        int from = l.n && is_continued_line(l.v[0].text, "previous page");
        jfy_node *go = n;
        if (from && jfyp_lines_remove(n, &l, 0, 0)) {
            go = jfyp_rec_next(b->r, n);
            jfyp_node_free(n);
        }
        jfyp_lines_free(&l);
        if (from)
            return go;
    }
    return NULL;
}

static int opens_with_label(const char *t);
static int caps_part_alone(const char *t);
static int licence_worded(const char *s);
static int ends_open(const char *t);

/* Whether a block is a side column's facts rather than running text: a
 * front-matter label opens it ("Article history", "Keywords:"), or all its
 * lines are short and none closes a sentence ("Submitted 6 May 2021",
 * "Academic editor") or one holds an e-mail address. */
static int side_block(const jfyp_lines *l) {
    const char *first = l->v[0].text;
    if ((opens_front_field(first) && !opens_with_label(first)) ||
        jfyp_after_label(first, "Address for correspondence"))
        return 1;
    int sentence = 0, mail = 0;
    for (size_t i = 0; i < l->n; i++) {
        const char *t = l->v[i].text;
        size_t n = strlen(t);
        if (n >= SIDE_LINE)
            return 0;
        /* (the copyright's holder, "2016 Roe et al.", ends on no
         * sentence's stop) */
        int holder = n >= 7 && !strcmp(t + n - 7, " et al.");
        sentence |= n && ((t[n - 1] == '.' && !holder) || strstr(t, ". "));
        mail |= strchr(t, '@') != NULL;
    }
    /* an address for correspondence has its stops ("Lucknow, India.
     * Email:") */
    return !sentence || mail;
}

/* The paragraph after n, at most a few short blocks on (side notes,
 * running heads), that opens in lower case: where a sentence cut by a page
 * break goes on. NULL when a heading, a long block or nothing comes first
 * (*oom set on allocation failure). */
static jfy_node *open_tail(jfyp_rec *r, jfy_node *n, int more, int *oom) {
    *oom = 0;
    for (int seen = 0, side = 0; n && seen < TAIL_BLOCKS + more + side && side < SIDE_FACTS;
         n = jfyp_rec_next(r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH)
            return NULL;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0) {
            *oom = 1;
            return NULL;
        }
        const char *t = l.n ? l.v[0].text : "";
        /* a web address opens in lower case too, and so do the check
         * marks a form's hidden layer prints ("a1111111111"): a word of
         * letters opens the sentence's rest */
        size_t wl = strcspn(t, " ");
        int lower = jfyp_starts_lower(t) && strncmp(t, "http", 4) != 0 && strncmp(t, "www.", 4) != 0 &&
                    strncmp(t, "doi", 3) != 0 && !memchr(t, '@', wl) && strcspn(t, "0123456789") >= wl,
            shortish = l.n <= 3, marks = l.n > 0;
        for (size_t i = 0; i < l.n && marks; i++)
            marks = !strchr(l.v[i].text, ' ') && strpbrk(l.v[i].text, "0123456789") &&
                    jfyp_starts_lower(l.v[i].text);
        /* a side column's labelled facts ("Citation: ...", "Copyright:
         * ...", "Funding: ..."), which a layout reader (pdfminer.six) sets
         * between a page's last line and the next page's first, are
         * passed over whatever their length, as are those marks */
        int fact = !lower && strchr(t, ':') && strchr(t, ':') - t < 40 && opens_front_field(t) &&
                   !jfyp_keywords_label(t) && !names_body_section(t);
        jfyp_lines_free(&l);
        if (lower)
            return seen ? n : NULL;
        if (fact || marks) {
            side++;
            continue;
        }
        if (!shortish)
            return NULL;
    }
    return NULL;
}

/* Whether the block after n goes on with n's sentence (opens in lower case
 * or with a bracket): then n, one line shaped like a heading, is a
 * sentence's first line the extraction cut off. */
static int continues_sentence(const char *t) {
    return jfyp_starts_lower(t) || (t[0] == '(' && (jfyp_starts_lower(t + 1) || (unsigned char)t[1] >= 0x80));
}

/* Whether line t ends on a word no heading ends on ("..., with", "of",
 * "the"): a sentence's line that an extraction interleaving a side
 * column's lines with the abstract's (MuPDF, pdfminer.six) gave as a block
 * of its own. */
static int ends_on_function_word(const char *t) {
    static const char *const words[] = {"a", "an", "the", "of", "with", "and", "or", "in", "on",
                                        "to", "for", "by", "from", "that", "at", "as", "into",
                                        "between", "than", "which", "whose"};
    const char *w = strrchr(t, ' ');
    if (!w)
        return 0;
    w++;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strcmp(w, words[i]) == 0)
            return 1;
    return 0;
}

/* Whether paragraph p's text opens in lower case, going on with a
 * sentence cut above it. */
static int opens_lower(const jfy_node *p) {
    return p->first && p->first->type == JFY_N_TEXT && p->first->text && jfyp_starts_lower(p->first->text);
}

static int goes_on_below(jfyp_rec *r, jfy_node *n) {
    jfy_node *x = jfyp_rec_next(r, n);
    return x && x->type == JFY_N_PARAGRAPH && x->first && x->first->type == JFY_N_TEXT && x->first->text &&
           continues_sentence(x->first->text);
}

/* A side note or running head the page set between the abstract's open
 * last sentence and where it goes on (from `from` on): the sentence's rest
 * is joined to it and *next set past it. 1 when joined, 0 when the
 * abstract ends there, -1 on OOM. */
static int join_open_tail(builder *b, jfy_node *from, jfy_node **next) {
    if (!last_ends_open(b, 0))
        return 0;
    /* a word cut at the line's end ("anxi-") goes on for sure: its rest
     * is looked for past a longer side column (an address's lines, the
     * funding facts a line at a time) */
    char *t = jfyp_node_plain(b->last);
    if (!t)
        return -1;
    jfyp_trim(t);
    size_t n = strlen(t);
    int cut = n >= 2 && t[n - 1] == '-' && t[n - 2] >= 'a' && t[n - 2] <= 'z';
    free(t);
    int oom = 0;
    jfy_node *tail = open_tail(b->r, from, cut ? CUT_WORD_BLOCKS : 0, &oom);
    if (oom)
        return -1;
    if (!tail)
        return 0;
    *next = jfyp_rec_next(b->r, tail);
    return join_to_last(b, tail) < 0 ? -1 : 1;
}

/* *wide: the length of para's longest line, the abstract's measure a
 * side column's narrower lines are told by. -1 on out of memory. */
static int widest_line(jfy_node *para, size_t *wide) {
    jfyp_lines w;
    if (jfyp_lines_of(para, &w) < 0)
        return -1;
    *wide = 0;
    for (size_t i = 0; i < w.n; i++)
        if (strlen(w.v[i].text) > *wide)
            *wide = strlen(w.v[i].text);
    jfyp_lines_free(&w);
    return 0;
}

/* A structured abstract's run-in parts ("OBJECTIVE: ..." then
 * "METHODS: ...") the page set on both sides of a side column's blocks
 * (addresses, the correspondence note, dates, how to cite), which a
 * reader of the content stream gives between them: the paragraph, at most
 * SIDE_LINES lines of narrow or labelled blocks on from `from`, that opens
 * with the next part's label, or NULL. Only under a closed sentence of an
 * abstract whose parts are run in. *oom set on allocation failure. */
static jfy_node *part_after_side(builder *b, jfy_node *from, int *oom) {
    *oom = 0;
    if (!b->sec || b->heading_parts || !b->last || last_ends_open(b, 0))
        return NULL;
    /* the side column is narrower than the abstract: its blocks' lines
     * are shorter than two thirds of the abstract's widest (a narrow
     * column's own next paragraph is as wide as the one before) */
    size_t wide = 0, lines = 0;
    if (widest_line(b->last, &wide) < 0) {
        *oom = 1;
        return NULL;
    }
    for (int seen = 0; from && lines <= SIDE_LINES; from = jfyp_rec_next(b->r, from), seen++) {
        if (from->type != JFY_N_PARAGRAPH)
            return NULL;
        jfyp_lines l;
        if (jfyp_lines_of(from, &l) < 0) {
            *oom = 1;
            return NULL;
        }
        int part = 0, side = l.n > 0, narrow = 1;
        lines += l.n ? l.n : 1;
        if (l.n) {
            const char *t = l.v[0].text;
            part = seen && l.v[0].first->type == JFY_N_TEXT && part_label_at(t, 0) &&
                   !opens_front_field(t) && opener_alone(t) < 0;
            side = opens_front_field(t) && !opens_with_label(t);
            for (size_t i = 0; i < l.n && narrow; i++)
                narrow = strlen(l.v[i].text) * 3 < wide * 2;
        }
        /* another abstract's opener ("ABSTRACT" under a "RESUMO"): its
         * parts are its own */
        int opener = l.n && opener_alone(l.v[0].text) >= 0;
        jfyp_lines_free(&l);
        if (part)
            return from;
        if (opener || (!side && !narrow))
            return NULL;
    }
    return NULL;
}

/* Whether t cites by number: a reference mark after a word's full stop or
 * comma ("cellulitis.1 The", "healing.2", "bacteria,3,4"), in brackets
 * ("[12]"), or in parentheses after a word and before a stop or comma
 * ("receptors (6).", "(6, 19-25),"; not a list's "(1) to assess").
 * Abstracts do not cite so; the body's first paragraph, run on under an
 * abstract with no heading between, does. */
static int cites_by_number(const char *t) {
    for (const char *p = t; *p; p++) {
        if (*p == '(' && p - t >= 2 && p[-1] == ' ' && p[-2] >= 'a' && p[-2] <= 'z' && p[1] >= '1' &&
            p[1] <= '9') {
            const char *q = p + 1;
            while ((*q >= '0' && *q <= '9') || *q == ',' || *q == ' ' || *q == '-' ||
                   strncmp(q, "\xe2\x80\x93", 3) == 0)
                q += strncmp(q, "\xe2\x80\x93", 3) == 0 ? 3 : 1;
            if (*q == ')' && q - p <= 24 && (q[1] == '.' || q[1] == ',' || q[1] == ';'))
                return 1;
            continue;
        }
        if (*p == '[' && p[1] >= '1' && p[1] <= '9') {
            const char *q = p + 1;
            while (*q >= '0' && *q <= '9')
                q++;
            if (q - p <= 4 && (*q == ']' || *q == ',' || *q == '-'))
                return 1;
            continue;
        }
        if ((*p != '.' && *p != ',') || p - t < 2 || !(p[-1] >= 'a' && p[-1] <= 'z') ||
            !(p[-2] >= 'a' && p[-2] <= 'z') || !(p[1] >= '1' && p[1] <= '9'))
            continue;
        const char *q = p + 1;
        while (*q >= '0' && *q <= '9')
            q++;
        if (q - p > 3)
            continue;
        if (*q == '\0' || (*q == ' ' && q[1] >= 'A' && q[1] <= 'Z') ||
            ((*q == ',' || *q == '-') && q[1] >= '1' && q[1] <= '9'))
            return 1;
    }
    return 0;
}

/* Where the abstract's open last sentence goes on past a run of blocks
 * (from n on, the first closed) narrower than the abstract, a side
 * column's (at most SIDE_LINES lines): the first block after them that
 * opens in lower case, or NULL. *oom set on allocation failure. */
static jfy_node *narrow_then_tail(builder *b, jfy_node *n, int *oom) {
    *oom = 0;
    size_t wide = 0, lines = 0;
    if (widest_line(b->last, &wide) < 0) {
        *oom = 1;
        return NULL;
    }
    for (jfy_node *x = n; x && x->type == JFY_N_PARAGRAPH && lines <= SIDE_LINES; x = jfyp_rec_next(b->r, x)) {
        jfyp_lines l;
        if (jfyp_lines_of(x, &l) < 0) {
            *oom = 1;
            return NULL;
        }
        int narrow = l.n > 0;
        for (size_t i = 0; i < l.n && narrow; i++)
            narrow = strlen(l.v[i].text) * 3 < wide * 2;
        int lower = x != n && l.n && continues_sentence(l.v[0].text) && strncmp(l.v[0].text, "http", 4) != 0;
        /* the run opens with a note closed on its own, not with the
         * sentence's next line ("... they have not been used exten-") */
        if (x == n && l.n && ends_open(l.v[l.n - 1].text)) {
            const char *e = l.v[l.n - 1].text;
            size_t k = strlen(e);
            narrow &= k && e[k - 1] >= '0' && e[k - 1] <= '9'; /* a running foot's page or date */
        }
        lines += l.n;
        jfyp_lines_free(&l);
        if (lower)
            return x;
        if (!narrow)
            return NULL;
    }
    return NULL;
}

/* Where an unlabelled abstract closed above the side column's facts
 * ("Correspondence ...", "Funding information ...") goes on below them:
 * the first run of wide blocks (a line apart at most) after a run of
 * narrow ones, running text of three lines or more citing nothing, with
 * the copyright, the licence or the keywords right after it (the body opens after them,
 * under a heading; a side note after it is the page's second column,
 * read after the body's first). The run's first block, *last its last; NULL if none;
 * *oom set on allocation failure. */
static int narrow(const jfyp_lines *l);
static jfy_node *prose_past_side(builder *b, jfy_node *from, jfy_node **last, int *oom) {
    *oom = 0;
    if (b->sec || b->heading_parts || !b->paras)
        return NULL;
    int side = 0, lines = 0, pieces = 0;
    jfy_node *first = NULL, *x = from;
    for (; x && x->type == JFY_N_PARAGRAPH && side <= MAX_SIDE_BLOCKS && pieces < MAX_PIECES;
         x = jfyp_rec_next(b->r, x)) {
        if (first && x->line > (*last)->end_line + 1)
            break;
        jfyp_lines l;
        if (jfyp_lines_of(x, &l) < 0) {
            *oom = 1;
            return NULL;
        }
        int thin = narrow(&l);
        lines += first || !thin ? (int)l.n : 0;
        jfyp_lines_free(&l);
        if (thin && !first) {
            side++;
            continue;
        }
        if (thin || !side)
            break;
        if (!first)
            first = x;
        *last = x;
        pieces++;
    }
    if (!first || lines < 3 || (x && x->type != JFY_N_PARAGRAPH))
        return NULL;
    jfyp_buf t;
    jfyp_buf_init(&t);
    for (jfy_node *y = first;; y = jfyp_rec_next(b->r, y)) {
        char *p = jfyp_node_plain(y);
        if (!p) {
            t.failed = 1;
            break;
        }
        if (t.len)
            jfyp_buf_putc(&t, ' ');
        jfyp_buf_puts(&t, jfyp_trim(p));
        free(p);
        if (y == *last)
            break;
    }
    jfyp_buf_putc(&t, '\0');
    char *u = x ? jfyp_node_plain(x) : NULL;
    if (t.failed || (x && !u)) {
        jfyp_buf_free(&t);
        free(u);
        *oom = 1;
        return NULL;
    }
    const char *s = t.data;
    int ok = u && s[0] >= 'A' && s[0] <= 'Z' && !ends_open(s) && !opens_front_field(s) && !part_label_at(s, 0) &&
             !cites_by_number(s) && !jfyp_stristr(s, "et al") &&
             (jfyp_keywords_label(jfyp_trim(u)) || strncmp(u, "\xc2\xa9", 2) == 0 ||
              jfyp_strnieq(u, "copyright", 9) || jfyp_stristr(u, "creative commons"));
    jfyp_buf_free(&t);
    free(u);
    return ok ? first : NULL;
}

/* Fills the abstract from the blocks after its opener. */
/* Whether block n cites the article itself, as a reference ("Roe J, Doe
 * K. <its title>. J Ex 2018; 21:347-58. doi: ..."): what a "Please cite
 * this article as" label over the abstract prints beside it, and a layout
 * reader (pdfminer.six) gives after the abstract's last line. 1, 0, -1 on
 * OOM. */
static int cites_itself(jfyp_rec *r, jfy_node *n) {
    jfy_node *tn = jfyp_node_child(r->front, JFY_N_TITLE);
    if (!tn)
        return 0;
    char *title = jfyp_node_plain(tn), *t = title ? jfyp_node_plain(n) : NULL;
    if (!t) {
        free(title);
        return -1;
    }
    const char *tt = jfyp_trim(title);
    const char *at = strlen(tt) >= 20 ? jfyp_stristr(t, tt) : NULL;
    int yes = at && at > t && (jfyp_stristr(at, "doi") || strstr(at, "19") || strstr(at, "20"));
    free(title);
    free(t);
    return yes;
}

/* Whether lines l are the issue's citation of the article under its
 * abstract, in a block of its own: a DOI line ("doi: 10.1234/...") and
 * at most two short lines with a year and the volume's punctuation
 * beside it ("Gulf Dent J 2021; Vol. 14 (3): 211-219"), no title. */
static int cites_issue(const jfyp_lines *l) {
    int doi = 0;
    if (l->n == 0 || l->n > 3)
        return 0;
    for (size_t i = 0; i < l->n; i++) {
        const char *t = l->v[i].text;
        if ((jfyp_strnieq(t, "doi:", 4) || jfyp_strnieq(t, "https://doi.org/10.", 19)) && strstr(t, "10.")) {
            doi = 1;
            continue;
        }
        const char *y = t;
        while (*y && !((y[0] == '1' && y[1] == '9') || (y[0] == '2' && y[1] == '0')))
            y++;
        int year = *y && y[2] >= '0' && y[2] <= '9' && y[3] >= '0' && y[3] <= '9' &&
                   !(y[4] >= '0' && y[4] <= '9');
        if (strlen(t) >= SIDE_LINE * 2 || !year || !(strchr(t, ';') || strchr(t, ':')))
            return 0;
    }
    return doi;
}

/* Whether a narrow block (lines l) under a side column's facts, with
 * another labelled fact right after it (`next`: "Editor: ..."), is the
 * side column's too: the rest of a citation note the extraction cut
 * where its lines repeat the title ("Citation: Roe J (2024) ..." /
 * "... functional groups. PLoS One 21: e1."), not the abstract. */
static int between_side_facts(const jfyp_lines *l, const jfy_node *next) {
    for (size_t i = 0; i < l->n; i++)
        if (strlen(l->v[i].text) >= SIDE_LINE)
            return 0;
    if (!next || next->type != JFY_N_PARAGRAPH || !next->first || next->first->type != JFY_N_TEXT ||
        !next->first->text)
        return 0;
    const char *t = next->first->text;
    return opens_front_field(t) && !opens_with_label(t) && !jfyp_keywords_label(t);
}

/* Whether all lines l holds are a side column's, short. */
static int narrow(const jfyp_lines *l) {
    for (size_t i = 0; i < l->n; i++)
        if (strlen(l->v[i].text) >= SIDE_LINE)
            return 0;
    return 1;
}

/* Whether a block may be a side column's: its lines short, or a labelled
 * fact ("How to cite: ...", "Copyright: ..."), or a few lines at most
 * (the rest of such a fact, a DOI); none going on with a sentence in
 * lower case (an abstract's tail an extraction set apart). */
static int passable(const jfyp_lines *l) {
    const char *t = l->n ? l->v[0].text : "";
    int web = !strncmp(t, "http", 4) || !strncmp(t, "www.", 4) || !strncmp(t, "doi", 3);
    if (!l->n || opener_alone(t) >= 0 || is_part(t) || (jfyp_starts_lower(t) && !web))
        return 0;
    size_t len = 0;
    for (size_t i = 0; i < l->n; i++)
        len += strlen(l->v[i].text);
    return narrow(l) || opens_front_field(t) || (l->n <= 3 && len < SIDE_FACT_CHARS);
}

/* Whether a structured abstract's first part ("OBJECTIVE: ...") opens a
 * paragraph at most `blocks` side blocks on from n: the side column's
 * affiliations, address and citation ("Instituto de Saude Coletiva.
 * Universidade Federal da Bahia.", their stops read as sentences') that a
 * column-keeping extraction sets between the opener and the abstract's
 * text. -1 out of memory. */
static int part_below(jfyp_rec *r, jfy_node *n, int blocks) {
    for (int seen = 0; n && seen < blocks; n = jfyp_rec_next(r, n), seen++) {
        if (n->type != JFY_N_PARAGRAPH)
            return 0;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        int part = l.n && l.v[0].first->type == JFY_N_TEXT && part_label_at(l.v[0].text, 0) &&
                   !opens_front_field(l.v[0].text),
            side = passable(&l);
        jfyp_lines_free(&l);
        if (part)
            return 1;
        if (!side)
            return 0;
    }
    return 0;
}

/* Whether the block at n is a part's running text (short, as a
 * structured abstract's parts are) with the next part's name alone on a
 * line under it ("Methods"). -1 out of memory. */
static int part_under_text(jfyp_rec *r, jfy_node *n) {
    if (!n || n->type != JFY_N_PARAGRAPH)
        return 0;
    jfy_node *x = jfyp_rec_next(r, n);
    if (!x || x->type != JFY_N_PARAGRAPH)
        return 0;
    char *t = jfyp_node_plain(n);
    if (!t)
        return -1;
    size_t len = strlen(jfyp_trim(t));
    free(t);
    jfyp_lines l;
    if (jfyp_lines_of(x, &l) < 0)
        return -1;
    int part = l.n == 1 && is_part(l.v[0].text) && !strip_eq(l.v[0].text, "Introduction");
    jfyp_lines_free(&l);
    return part && len >= PART_CHARS && len < PART_MAX_CHARS;
}

static int collect(builder *b, jfy_node *n, int level) {
    int skipped = 0;
    while (n && b->paras < MAX_PARAS && b->chars < MAX_CHARS) {
        int oom;
        jfy_node *go = continued(b, &n, &oom);
        if (oom)
            return -1;
        if (go)
            n = go;
        if (!n)
            break;
        jfy_node *next = jfyp_rec_next(b->r, n);
        if (n->type == JFY_N_HEADING) {
            const char *ls = jfyp_node_attr(n, "level");
            int hl = ls ? atoi(ls) : 1;
            char *t = jfyp_node_plain(n);
            if (!t)
                return -1;
            jfyp_trim(t);
            int part = is_part(t) && (hl > level || level == 0) && !(b->paras && !b->heading_parts);
            if (part) {
                int rc = add_section(b, t, n);
                free(t);
                if (rc < 0)
                    return -1;
                b->heading_parts = 1;
                jfyp_node_free(n);
                n = next;
                continue;
            }
            free(t);
            break;
        }
        if (n->type == JFY_N_LIST && b->paras == 0 && n->next) {
            /* highlights as a list */
            jfyp_node_unlink(n);
            jfyp_node_append(b->sec ? b->sec : b->abs, n);
            b->paras++;
            n = next;
            continue;
        }
        if (n->type != JFY_N_PARAGRAPH)
            break;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        if (l.n == 0) {
            jfyp_lines_free(&l);
            n = next;
            continue;
        }
        const char *first = l.v[0].text;
        /* (under an abstract whose last sentence is closed: a side column's
         * citation fact set inside an open sentence is passed over below) */
        int self = b->paras && !last_ends_open(b, 0) ? cites_itself(b->r, n) : 0;
        /* a figure's caption after the abstract's closed last sentence (a
         * one-page report's figure under it): the abstract ended above */
        if (!self && b->paras && !last_ends_open(b, 0) && (cites_issue(&l) || jfyp_is_caption_start(first))) {
            jfyp_lines_free(&l);
            break;
        }
        if (self) {
            /* the body's first heading run on under it ("Introduction")
             * stays the body's */
            jfy_node *cut = NULL;
            for (size_t i = 1; i < l.n && !cut && self > 0; i++)
                if (names_body_section(l.v[i].text))
                    cut = l.v[i].first;
            jfyp_lines_free(&l);
            if (self < 0 || (cut && !jfyp_para_split_before(n, cut)))
                return -1;
            break;
        }
        int below = 0;
        if (!b->paras && !b->abs->first && opener_alone(first) < 0 && !is_part(first) &&
            ((skipped < MAX_SIDE_BLOCKS && (side_block(&l) || (skipped && between_side_facts(&l, next)))) ||
             (skipped < SIDE_TO_PART && passable(&l) && !part_label_at(first, 0) &&
              (below = part_below(b->r, next, SIDE_TO_PART - skipped)) > 0))) {
            /* the side column's facts, printed between the opener and its
             * text, are left to their own readers */
            jfyp_lines_free(&l);
            skipped++;
            n = next;
            continue;
        }
        if (below < 0) {
            jfyp_lines_free(&l);
            return -1;
        }
        if (b->paras && !part_label_at(first, 0) && !jfyp_starts_lower(first)) {
            int lost;
            jfy_node *part = part_after_side(b, n, &lost);
            if (lost) {
                jfyp_lines_free(&l);
                return -1;
            }
            if (part) {
                jfyp_lines_free(&l);
                n = part;
                continue;
            }
        }
        /* "Introduction" alone right under the opener, and a part's name
         * alone under its text ("Methods"): the first part of a
         * structured abstract, named like the body's first heading */
        if (!b->paras && !b->abs->first && l.n == 1 && is_part(first) && names_body_section(first)) {
            int titled = part_under_text(b->r, next);
            if (titled < 0) {
                jfyp_lines_free(&l);
                return -1;
            }
            if (titled) {
                int rc = add_section(b, first, n);
                jfyp_lines_free(&l);
                if (rc < 0)
                    return -1;
                b->heading_parts = 1;
                jfyp_node_free(n);
                n = next;
                continue;
            }
        }
        /* "Introduction In patients ...": the first part of a structured
         * abstract, not the body's heading */
        if ((opens_front_field(first) && !(!b->paras && opens_with_label(first))) ||
            opener_alone(first) >= 0) {
            jfyp_lines_free(&l);
            /* a side note set between the two pages of a sentence the
             * abstract left open: the sentence goes on after it */
            int joined = join_open_tail(b, n, &next);
            if (joined < 0)
                return -1;
            if (!joined) {
                int lost;
                jfy_node *last = NULL, *more = prose_past_side(b, n, &last, &lost);
                if (lost)
                    return -1;
                if (!more)
                    break;
                next = jfyp_rec_next(b->r, last);
                for (jfy_node *y = more, *after; y; y = after) {
                    after = y == last ? NULL : jfyp_rec_next(b->r, y);
                    if ((y == more ? add_paragraph(b, y) : join_to_last(b, y)) < 0)
                        return -1;
                }
            }
            n = next;
            continue;
        }
        /* A part or section name alone on the first line: the next part, or
         * where the abstract has none so, the body's first heading (PDF text
         * runs it into its paragraph), a name of the article's own in
         * capitals too ("FLOODS KEEP CHILDREN OUT OF SCHOOL", a
         * perspective's). Tested before the furniture, which counts the
         * abstract's own part titles as repeats. */
        int named = b->paras > 0 && !strchr(first, ':') &&
                    (is_part(first) || names_body_section(first) || (l.n > 1 && capitals_heading(first)));
        /* the first part's name on a line of its own above its text
         * ("Background" / "Ursolic acid is ..."): the parts are titled so */
        if (!b->paras && !b->abs->first && l.n > 1 && !strchr(first, ':') && is_part(first)) {
            named = 1;
            b->heading_parts = 1;
        }
        if (named && (!b->heading_parts || !is_part(first))) {
            jfyp_lines_free(&l);
            break;
        }
        if (named) {
            jfy_node *rest = l.n > 1 ? jfyp_para_split_before(n, l.v[1].first) : next;
            int rc = rest || l.n == 1 ? add_section(b, first, n) : -1;
            jfyp_lines_free(&l);
            if (rc < 0)
                return -1;
            jfyp_node_free(n);
            n = rest;
            continue;
        }
        if (jfyp_is_furniture(b->r, n)) {
            jfyp_lines_free(&l);
            n = next;
            continue;
        }
        if (l.n == 1 && b->sec && !b->heading_parts && strchr(first, ':') && is_part(first)) {
            /* a run-in label the extraction left on a line of its own */
            int rc = add_section(b, first, n);
            jfyp_lines_free(&l);
            if (rc < 0)
                return -1;
            jfyp_node_free(n);
            n = next;
            continue;
        }
        if (l.n == 1 && is_part(first) && !(b->paras && !b->heading_parts)) {
            int rc = add_section(b, first, n);
            jfyp_lines_free(&l);
            if (rc < 0)
                return -1;
            b->heading_parts = 1;
            jfyp_node_free(n);
            n = next;
            continue;
        }
        if (continues_sentence(first) && last_ends_open(b, jfyp_starts_lower(first))) {
            /* a front-matter line in it ("Keywords ...") ends the abstract */
            jfy_node *cut = NULL;
            for (size_t i = 1; i < l.n && !cut; i++)
                if (opens_front_field(l.v[i].text))
                    cut = l.v[i].first;
            jfyp_lines_free(&l);
            if (cut && !jfyp_para_split_before(n, cut))
                return -1;
            if (join_to_last(b, n) < 0)
                return -1;
            if (cut)
                break;
            n = next;
            continue;
        }
        if (jfyp_starts_lower(first) && b->paras > 0) {
            /* a sentence's tail after the abstract's closed one: text the
             * extraction brought from another column or page */
            jfyp_lines_free(&l);
            break;
        }
        /* the side column's lines the page set beside the abstract's open
         * last sentence (a licence's last words, "Attribution (CC BY)
         * license.", or an address), before the running heads of the next
         * page where the sentence goes on; an abstract of one paragraph
         * or of parts (several paragraphs so cut are a body's, read as
         * an abstract on a page that has none) */
        if (b->paras > 0 && first[0] >= 'A' && first[0] <= 'Z' && last_ends_in_word(b)) {
            char *t = jfyp_node_plain(n);
            /* (an address for correspondence stays where it is: its
             * e-mail address is read there) */
            int side = t && l.n <= 3 && !strchr(t, '@') && (b->paras == 1 || b->sec) &&
                       (side_block(&l) || (licence_worded(t) && !ends_open(t)));
            free(t);
            if (!t) {
                jfyp_lines_free(&l);
                return -1;
            }
            int joined = side ? join_open_tail(b, n, &next) : 0;
            if (joined < 0) {
                jfyp_lines_free(&l);
                return -1;
            }
            if (joined) {
                jfyp_lines_free(&l);
                n = next;
                continue;
            }
            /* or a longer run of them, narrower than the abstract (a
             * funding note run over from the first page's side column) */
            jfy_node *tail = narrow_then_tail(b, n, &joined);
            if (joined) {
                jfyp_lines_free(&l);
                return -1;
            }
            if (tail) {
                jfyp_lines_free(&l);
                next = jfyp_rec_next(b->r, tail);
                if (join_to_last(b, tail) < 0)
                    return -1;
                n = next;
                continue;
            }
        }
        if (l.n == 1 && jfyp_looks_like_heading(first) && b->paras > 0 && !goes_on_below(b->r, n) &&
            !ends_on_function_word(first)) {
            jfyp_lines_free(&l);
            break; /* the body's first heading on a plain page */
        }
        /* A front-matter line inside the paragraph ends the abstract there. */
        jfy_node *cut = NULL;
        for (size_t i = 1; i < l.n && !cut; i++)
            if (opens_front_field(l.v[i].text))
                cut = l.v[i].first;
        jfyp_lines_free(&l);
        if (cut) {
            jfy_node *rest = jfyp_para_split_before(n, cut);
            if (!rest)
                return -1;
            /* a lone heading-like line before the cut ("OPEN ACCESS") is
             * not the abstract's */
            char *t = jfyp_node_plain(n);
            if (!t)
                return -1;
            int alone = !strchr(jfyp_trim(t), '.') && jfyp_looks_like_heading(t) && b->paras > 0;
            free(t);
            if (!alone && add_paragraph(b, n) < 0)
                return -1;
            /* the side note the page put under a sentence the abstract
             * left open ("Competing interests: ..."): the sentence goes on
             * after it, on the next page */
            int joined = alone ? 0 : join_open_tail(b, rest, &next);
            if (joined < 0)
                return -1;
            if (!joined && !alone) {
                int lost;
                next = part_after_side(b, rest, &lost);
                if (lost)
                    return -1;
                joined = next != NULL;
            }
            if (!joined)
                break;
            n = next;
            continue;
        }
        if (b->paras > 0 && !b->sec && !b->heading_parts) {
            char *t = jfyp_node_plain(n);
            if (!t)
                return -1;
            int cites = cites_by_number(t);
            free(t);
            if (cites)
                break;
        }
        if (add_paragraph(b, n) < 0)
            return -1;
        n = next;
    }
    return 0;
}

/* An unlabelled abstract found opening at first: collected as a
 * labelled one is, and dropped when nothing in it reads as abstract. */
static int abstract_from(jfyp_rec *r, jfy_node *first) {
    jfy_node *abs = jfyp_node_new(JFY_N_ABSTRACT);
    if (!abs)
        return -1;
    jfyp_node_span_from(abs, first);
    jfyp_node_append(r->front, abs);
    builder b = {r, abs, NULL, NULL, 0, 0, 0};
    if (collect(&b, first, 0) < 0)
        return -1;
    if (!abs->first)
        jfyp_node_free(abs);
    return 0;
}


/* Whether an opener of kind k may open an abstract here: summaries and
 * digests anywhere; the main abstract before the body begins; a second one
 * (its translation) in another word and right after the first. An
 * extractor that keeps the content stream's order (MuPDF) may give the
 * first page's opening column before the head and its abstract: a main
 * opener other than "Summary" (which also closes many a body) still
 * opens the abstract when no abstract came before and the body began with
 * a section name on a line of its own, not with a marked-up heading
 * (body_begun 2). */
static int acceptable(int k, int body_begun, int first_kind, int since) {
    if (openers[k].type)
        return openers[k].late || !body_begun;
    if (first_kind < 0)
        return !body_begun || (body_begun == 2 && strcmp(openers[k].word, "Summary") != 0);
    return k != first_kind && since <= TRANSLATION_GAP &&
           strcmp(openers[k].word, "Summary") != 0 && strcmp(openers[first_kind].word, "Summary") != 0;
}

/* Length of a part label closed by a full stop opening s ("Objectives. The
 * ..."), up to the stop, or 0. */
static size_t dotted_label_at(const char *s) {
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
        size_t n = strlen(parts[i]);
        if (jfyp_strnieq(s, parts[i], n) && s[0] >= 'A' && s[0] <= 'Z' && s[n] == '.' &&
            (s[n + 1] == '\0' || (s[n + 1] == ' ' && ((s[n + 2] >= 'A' && s[n + 2] <= 'Z') ||
                                                      (unsigned char)s[n + 2] >= 0x80))))
            return n;
    }
    return 0;
}

/* Counts the part labels (colon, full stop or none before a capital) that
 * open p or a sentence in it; with mark, a full stop closing one becomes
 * the colon the run-in reading expects. */
static int count_parts(jfy_node *p, int mark) {
    int count = 0;
    for (jfy_node *n = p->first; n; n = n->next) {
        if (n->type != JFY_N_TEXT || !n->text)
            continue;
        for (char *s = n->text; *s; s++) {
            if (!((n == p->first && s == n->text) || after_sentence_end(n, s)))
                continue;
            size_t k = dotted_label_at(s);
            if (k && mark) {
                s[k] = ':';
                jfyp_node_changed(n);
            }
            /* a label alone on its line gets the colon too */
            int alone = s == n->text && caps_part_alone(s);
            if (alone && mark) {
                /* and the line under it runs on after it, as a run-in
                 * part's text does */
                char *nt = jfyp_printf("%s: ", s);
                if (!nt)
                    return -1;
                jfyp_node_take_text(n, nt);
                if (n->next && jfyp_inline_is_break(n->next)) {
                    jfy_node *br = n->next;
                    jfyp_node_unlink(br);
                    jfyp_node_free(br);
                }
                break;
            }
            if (k || part_label_at(s, 0) || bare_label_at(s) || alone)
                count++;
        }
    }
    return count;
}

/* A part's label in capitals alone on its line, its text under it
 * ("AIMS" / "The aim of this study ..."), as some journals set a
 * structured abstract with no opener. */
static int caps_part_alone(const char *t) {
    for (const char *p = t; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            return 0;
    /* (the body's own headings in capitals, never an abstract's alone) */
    return *t >= 'A' && *t <= 'Z' && !strchr(t, ':') && is_part(t) && !strip_eq(t, "Introduction") &&
           !strip_eq(t, "Discussion");
}

/* A part's run-in label alone on its line, its colon after it
 * ("Results:"), its text in the block under it. */
static int colon_part_alone(const char *t) {
    size_t n = strlen(t);
    return n > 1 && t[n - 1] == ':' && is_part(t) && !strip_eq(t, "Introduction") && !strip_eq(t, "Discussion");
}

/* Whether paragraph p ends on such a label, a line of its own (its text
 * then in the block under it: "AIMS" / "The aim ...", "Results:" /
 * "Twenty studies ..."). */
static int ends_on_label(const jfy_node *p) {
    const jfy_node *t = p->last;
    return t && t->type == JFY_N_TEXT && t->text && (!t->prev || jfyp_inline_is_break(t->prev)) &&
           (caps_part_alone(t->text) || colon_part_alone(t->text));
}

static int opens_with_label(const char *t) {
    return dotted_label_at(t) || part_label_at(t, 0) || bare_label_at(t) || caps_part_alone(t);
}

/* 1 when paragraph p opens with a part label on its first line, 0 when
 * not, -1 out of memory. */
static int opens_part_paragraph(jfy_node *p) {
    if (p->type != JFY_N_PARAGRAPH || !p->first || p->first->type != JFY_N_TEXT)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(p, &l) < 0)
        return -1;
    int yes = l.n && opens_with_label(l.v[0].text);
    jfyp_lines_free(&l);
    return yes;
}

/* A structured abstract printed with no opener ("Objectives. ... Methods.
 * ..."): in the page's front, before the body begins, a line opening with a
 * part label, another one after a sentence further on. PDF text may run it
 * into the block above it (the licence, the affiliations): cut there. */
static int unlabelled_structured(jfyp_rec *r) {
    for (jfy_node *n = jfyp_rec_first(r); n; n = jfyp_rec_next(r, n)) {
        if (n->type == JFY_N_HEADING)
            return 0;
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        if (l.n && names_body_section(l.v[0].text)) {
            jfyp_lines_free(&l);
            return 0;
        }
        size_t at = 0;
        while (at < l.n && !(l.v[at].first->type == JFY_N_TEXT && opens_with_label(l.v[at].text)))
            at++;
        int labels = 0;
        for (size_t i = at; i < l.n; i++)
            for (const char *t = l.v[i].text; *t; t++)
                if ((t == l.v[i].text || (t[-1] == ' ' && t - l.v[i].text >= 2 && t[-2] == '.')) &&
                    opens_with_label(t))
                    labels++;
        /* a run opening on a label alone that heads a body's section too
         * ("METHODS" / "We sampled ...") is the body's */
        if (at < l.n && caps_part_alone(l.v[at].text) && names_body_section(l.v[at].text))
            labels = 0;
        jfy_node *from = at < l.n ? l.v[at].first : NULL;
        jfyp_lines_free(&l);
        /* the parts may come as paragraphs of their own, one label or more
         * each */
        jfy_node *end = jfyp_rec_next(r, n), *prev = n;
        while (labels >= 1 && end && end->type == JFY_N_PARAGRAPH) {
            int more = opens_part_paragraph(end);
            if (more < 0)
                return -1;
            /* or the text of a label set alone in a block of its own
             * ("AIMS" / "" / "The aim of this study ...") */
            int under = !more && ends_on_label(prev);
            /* or a part's sentence the extraction cut ("Patients were" /
             * "randomly assigned ..."): it goes on in lower case */
            if (!more && !under) {
                if (!opens_lower(end))
                    break;
                char *t = jfyp_node_plain(prev);
                if (!t)
                    return -1;
                int open = ends_open(jfyp_trim(t));
                free(t);
                if (!open)
                    break;
            }
            labels += more;
            prev = end;
            end = jfyp_rec_next(r, end);
        }
        if (labels < 2)
            continue;
        jfy_node *p = n;
        if (at > 0 && !(p = jfyp_para_split_before(n, from)))
            return -1;
        jfy_node *abs = jfyp_node_new(JFY_N_ABSTRACT);
        if (!abs)
            return -1;
        jfyp_node_span_from(abs, p);
        jfyp_node_append(r->front, abs);
        builder b = {r, abs, NULL, NULL, 0, 0, 0};
        while (p && p != end) {
            /* a front-matter line inside it ("Keywords: ...") ends the
             * abstract there; a part's label ("Funding:") does not */
            jfyp_lines pl;
            if (jfyp_lines_of(p, &pl) < 0)
                return -1;
            jfy_node *cut = NULL;
            for (size_t i = 1; i < pl.n && !cut; i++)
                if (opens_front_field(pl.v[i].text) && !part_label_at(pl.v[i].text, 0))
                    cut = pl.v[i].first;
            jfyp_lines_free(&pl);
            if (cut && !jfyp_para_split_before(p, cut))
                return -1;
            jfy_node *next = cut ? end : jfyp_rec_next(r, p);
            /* a label closing its block takes its text's block in:
             * "AIMS" / "The aim ..." reads "AIMS: The aim ..." */
            while (!cut && next && next != end && next->type == JFY_N_PARAGRAPH && ends_on_label(p)) {
                char *nt = jfyp_printf(colon_part_alone(p->last->text) ? "%s " : "%s: ", p->last->text);
                if (!nt)
                    return -1;
                jfyp_node_take_text(p->last, nt);
                jfy_node *q = next;
                next = jfyp_rec_next(r, q);
                jfyp_node_unlink(q);
                jfyp_node_move_children(q, p);
                p->end_line = q->end_line;
                jfyp_node_free(q);
            }
            if (count_parts(p, 1) < 0)
                return -1;
            int tail = b.paras && opens_lower(p) && last_ends_open(&b, 1);
            if ((tail ? join_to_last(&b, p) : add_paragraph(&b, p)) < 0)
                return -1;
            p = next;
        }
        return 0;
    }
    return 0;
}

/* Words of copyright and licence sentences; a web address among them
 * only when web (the list's last two words, which must stay last). */
static int licence_words(const char *s, int web) {
    static const char *const words[] = {
        "licen", "creative commons", "creativecommons", "copyright", "\xc2\xa9", "open access",
        "open-access", "permit", "reproduc", "cited", "credited", "attribution", "rights reserved",
        "published by", "publisher", "terms and conditions", "http", "www.",
    };
    size_t n = sizeof words / sizeof *words - (web ? 0 : 2);
    for (size_t i = 0; i < n; i++)
        if (jfyp_stristr(s, words[i]))
            return 1;
    return 0;
}

static int licence_worded(const char *s) {
    return licence_words(s, 1);
}

/* Whether running text s is a licence's or a copyright's: one of their
 * own words, or three of the words they share with an abstract's prose
 * ("licensed vaccines", "reproducible", "cited"), each opening a word. */
static int licence_prose(const char *s, int web) {
    static const char *const own[] = {
        "creative commons", "creativecommons", "copyright", "\xc2\xa9", "open access", "open-access",
        "rights reserved", "published by", "terms and conditions", "http", "www.",
    };
    static const char *const shared[] = {"licen", "permit", "reproduc", "cited", "credited", "attribution", "publisher"};
    size_t n = sizeof own / sizeof *own - (web ? 0 : 2);
    for (size_t i = 0; i < n; i++)
        if (jfyp_stristr(s, own[i]))
            return 1;
    int found = 0;
    for (size_t i = 0; i < sizeof shared / sizeof *shared && found < 3; i++)
        for (const char *h = jfyp_stristr(s, shared[i]); h; h = jfyp_stristr(h + 1, shared[i]))
            if (h == s || !isalpha((unsigned char)h[-1])) {
                found++;
                break;
            }
    return found >= 3;
}

/* Whether text[k] is a full stop ending a sentence: after a word of two
 * letters or more (not an initial: "Mehmet I. Buget"), a digit or ")". */
static int stop_at(const char *text, size_t k) {
    if (text[k] != '.' || k == 0)
        return 0;
    char c = text[k - 1];
    if (c == ')' || (c >= '0' && c <= '9'))
        return 1;
    return k >= 2 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) &&
           ((text[k - 2] >= 'a' && text[k - 2] <= 'z') || (text[k - 2] >= 'A' && text[k - 2] <= 'Z'));
}

/* Whether a sentence opens at o: on a capital, or on a figure going on
 * in words ("32-year-old", "45 patients"), as one does when the drop
 * cap's letter before it is lost ("A 32-year-old ..."). */
static int sentence_opens(const char *o) {
    if (*o >= 'A' && *o <= 'Z')
        return 1;
    size_t d = 0;
    while (d < 4 && o[d] >= '0' && o[d] <= '9')
        d++;
    return d && (o[d] == '-' || o[d] == ' ') && o[d + 1] >= 'a' && o[d + 1] <= 'z';
}

/* Whether the sentence opening at byte j of text node at holds an e-mail
 * address: the licence's contact note ("For commercial re-use, please
 * contact journals.permissions@..."), whose address a stop inside cuts
 * short, is no abstract's first sentence. */
static int contact_note(const jfy_node *at, size_t j) {
    for (const jfy_node *m = at; m; m = m->next, j = 0) {
        if (m->type != JFY_N_TEXT || !m->text)
            continue;
        for (const char *c = m->text + j; *c; c++) {
            if (*c == '@')
                return 1;
            if ((*c == '.' || *c == '?' || *c == '!') && (c[1] == ' ' || !c[1]) && c > m->text + j)
                return 0;
        }
    }
    return 0;
}

/* Where the abstract opens in a copyright-and-licence paragraph p: the
 * first sentence after a licence sentence that carries no licence word.
 * Sets *node (a TEXT node of p, split when the sentence opens inside it);
 * 0 none, 1 found, -1 out of memory. */
static int after_licence(jfy_node *p, jfy_node **node) {
    jfyp_buf sent;
    jfyp_buf_init(&sent);
    int seen = 0, rc = 0;
    *node = NULL;
    for (jfy_node *n = p->first; n && rc == 0; n = n->next) {
        if (jfyp_inline_is_break(n)) {
            jfyp_buf_putc(&sent, ' ');
            continue;
        }
        if (n->type != JFY_N_TEXT || !n->text) {
            char *t = jfyp_node_plain(n);
            if (!t) {
                rc = -1;
                break;
            }
            jfyp_buf_puts(&sent, t);
            free(t);
            continue;
        }
        const char *t = n->text;
        for (size_t k = 0; t[k]; k++) {
            jfyp_buf_putc(&sent, t[k]);
            if (!stop_at(t, k))
                continue;
            /* the next sentence opens after spaces here, or on the next line */
            size_t j = k + 1;
            while (t[j] == ' ')
                j++;
            jfy_node *at = n;
            if (!t[j] && n->next && jfyp_inline_is_break(n->next) && n->next->next &&
                n->next->next->type == JFY_N_TEXT && n->next->next->text) {
                at = n->next->next;
                j = 0;
            } else if (j == k + 1 || !t[j]) {
                continue;
            }
            const char *o = at->text + j;
            if (!sentence_opens(o))
                continue;
            if (sent.failed) {
                rc = -1;
                break;
            }
            jfyp_buf_putc(&sent, '\0');
            if (!licence_worded(sent.data))
                break; /* running text: what follows is no licence's */
            seen |= jfyp_stristr(sent.data, "licen") || jfyp_stristr(sent.data, "creative commons") ||
                    jfyp_stristr(sent.data, "open access") || jfyp_stristr(sent.data, "open-access");
            sent.len = 0;
            if (!seen)
                continue;
            /* the candidate sentence: the text up to the next stop */
            const char *e = strchr(o, '.');
            char *cand = jfyp_strndup(o, e ? (size_t)(e - o) : strlen(o));
            if (!cand) {
                rc = -1;
                break;
            }
            int lic = licence_worded(cand) || contact_note(at, j);
            free(cand);
            if (lic)
                continue;
            /* licence words further on: the licence goes on after text that
             * column interleaving put inside it, and that text is no abstract */
            int more = 0;
            for (const jfy_node *m = at; m && !more; m = m->next)
                if (m->type == JFY_N_TEXT && m->text)
                    more = jfyp_stristr(m == at ? m->text + j : m->text, "licen") ||
                           jfyp_stristr(m->text, "creative commons") ||
                           jfyp_stristr(m->text, "permitted") || jfyp_stristr(m->text, "credited");
            if (more)
                break;
            if (j == 0) {
                *node = at;
            } else if (!(*node = split_text(at, j))) {
                rc = -1;
                break;
            } else {
                jfyp_trim(at->text);
                jfyp_node_changed(at);
            }
            rc = 1;
            break;
        }
    }
    jfyp_buf_free(&sent);
    return rc;
}

/* An abstract printed with no opener right after the copyright line and
 * licence (a layout several publishers share): in the page's front, a
 * paragraph opening with the copyright sign or word and granting reuse,
 * then running text, in the same paragraph or the next one. */
static int unlabelled_after_licence(jfyp_rec *r) {
    for (jfy_node *n = jfyp_rec_first(r); n; n = jfyp_rec_next(r, n)) {
        if (n->type == JFY_N_HEADING)
            return 0;
        if (n->type != JFY_N_PARAGRAPH)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        if (l.n && names_body_section(l.v[0].text)) {
            jfyp_lines_free(&l);
            return 0;
        }
        size_t c = 0;
        while (c < l.n && !(strncmp(l.v[c].text, "\xc2\xa9", 2) == 0 ||
                            (jfyp_strnieq(l.v[c].text, "Copyright", 9) &&
                             !(l.v[c].text[9] >= 'a' && l.v[c].text[9] <= 'z'))))
            c++;
        jfy_node *from = c < l.n ? l.v[c].first : NULL;
        char *rest = c < l.n ? jfyp_lines_join(&l, c, l.n - 1) : NULL;
        int oom = c < l.n && !rest;
        jfyp_lines_free(&l);
        if (oom)
            return -1;
        if (!rest)
            continue;
        int granted = jfyp_stristr(rest, "licen") || jfyp_stristr(rest, "creative commons") ||
                      jfyp_stristr(rest, "open access") || jfyp_stristr(rest, "open-access");
        free(rest);
        if (!granted)
            continue;
        /* read from the copyright line on: the lines above are others' */
        jfy_node *p = n;
        if (from != n->first && !(p = jfyp_para_split_before(n, from)))
            return -1;
        jfy_node *start = NULL;
        int rc = after_licence(p, &start);
        if (rc < 0)
            return -1;
        jfy_node *abs_first;
        if (rc == 1) {
            if (!(abs_first = jfyp_para_split_before(p, start)))
                return -1;
        } else {
            /* the licence closes its paragraph: the abstract is the next one,
             * running text of some length */
            abs_first = jfyp_rec_next(r, p);
            if (!abs_first || abs_first->type != JFY_N_PARAGRAPH)
                return 0;
            char *t = jfyp_node_plain(abs_first);
            if (!t)
                return -1;
            jfyp_trim(t);
            int prose = strlen(t) >= 200 && sentence_opens(t) && strchr(t, '.') &&
                        !opens_front_field(t) && opener_alone(t) < 0 && !licence_worded(t) &&
                        !names_body_section(t);
            free(t);
            if (!prose)
                return 0;
        }
        return abstract_from(r, abs_first);
    }
    return 0;
}

/* Whether t reads as an abstract's running text: least bytes long,
 * opening with a capital, that many sentences or more in lines of some
 * width, and none of the front matter's words. */
static int prose_of(const char *t, size_t lines, size_t least, int sentences) {
    size_t n = strlen(t);
    if (n < least || !lines || n / lines < 40)
        return 0;
    if (!((*t >= 'A' && *t <= 'Z') || (unsigned char)*t >= 0x80))
        return 0;
    int stops = 0;
    for (size_t k = 2; k + 1 < n; k++)
        if (t[k + 1] == ' ' && stop_at(t, k))
            stops++;
    /* one web address is no licence's: an abstract may close on where its
     * code or data are kept ("available at https://..."); a list of them
     * is a reference list's or a licence's */
    const char *web = jfyp_stristr(t, "http");
    int webs = web && jfyp_stristr(web + 4, "http");
    return stops + 1 >= sentences && !opens_front_field(t) && opener_alone(t) < 0 && !licence_prose(t, webs) &&
           !names_body_section(t) && !jfyp_stristr(t, "et al.");
}

static int prose(const char *t, size_t lines) {
    return prose_of(t, lines, PROSE_CHARS, 3);
}

/* Whether block n is the history line alone ("(Received 1 May 2018;
 * published 2 July 2018)"): front matter, never the abstract's first
 * lines. -1 out of memory. */
static int history_alone(jfy_node *n) {
    jfyp_lines l;
    if (jfyp_lines_of(n, &l) < 0)
        return -1;
    const char *t = l.n == 1 ? l.v[0].text : "";
    /* (a sign before it, the icon of an ORCID link as OCR reads it: "®
     * (Received ...") */
    size_t k;
    int cp = *t ? jfyp_utf8_decode(t, &k) : 0;
    if (((cp >= 0xa1 && cp <= 0xbf) || (cp >= 0x2000 && cp <= 0x2bff)) && t[k] == ' ' && t[k + 1] == '(')
        t += k + 1;
    int h = jfyp_opens_dated_label(t + (*t == '('));
    jfyp_lines_free(&l);
    return h;
}

/* Whether block n is the article's DOI alone on its line ("DOI:
 * 10.1103/..."). -1 out of memory. */
static int doi_alone(jfy_node *n) {
    if (!n || n->type != JFY_N_PARAGRAPH)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(n, &l) < 0)
        return -1;
    size_t len;
    const char *d = l.n == 1 ? jfyp_labelled_doi(l.v[0].text, &len) : NULL;
    int alone = d && !strchr(d + len, ' ') && d - l.v[0].text < 20;
    jfyp_lines_free(&l);
    return alone;
}

static int ends_open(const char *t) {
    size_t n = strlen(t);
    while (n && t[n - 1] == ' ')
        n--;
    return n && t[n - 1] != '.' && t[n - 1] != '!' && t[n - 1] != '?' && t[n - 1] != ')';
}

/* Whether block n goes on with a sentence left open above it: it opens in
 * lower case or on a figure ("2015/16 Tasman Sea ..."). -1 out of
 * memory. */
static int goes_on(jfy_node *n) {
    jfyp_lines l;
    if (jfyp_lines_of(n, &l) < 0)
        return -1;
    const char *t = l.n ? l.v[0].text : "";
    int on = continues_sentence(t) || (t[0] >= '0' && t[0] <= '9');
    jfyp_lines_free(&l);
    return on;
}

/* The plain text of paragraph n and of the pieces after it the extraction
 * or the run-on reader cut from the same block while its sentence was left
 * open (the next paragraph at most a blank line below); *last is set to the
 * last piece, *lines to the line count. NULL on OOM.
 * abut: the pieces right under each other (no blank line between, as a
 * paragraph reader cuts one printed block at its short lines) are joined
 * though closed. */
static char *open_run(jfyp_rec *r, jfy_node *n, jfy_node **last, size_t *lines, int abut) {
    jfyp_buf b;
    jfyp_buf_init(&b);
    *last = n;
    *lines = 0;
    for (int pieces = 0; n && pieces < MAX_PIECES; pieces++) {
        char *t = jfyp_node_plain(n);
        if (!t) {
            jfyp_buf_free(&b);
            return NULL;
        }
        jfyp_trim(t);
        /* the copyright line or a label the column break put next */
        if (pieces && (licence_words(t, 0) || opens_front_field(t) || opener_alone(t) >= 0)) {
            free(t);
            break;
        }
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0) {
            free(t);
            jfyp_buf_free(&b);
            return NULL;
        }
        /* a run of lines of one word each is one printed line MuPDF gave
         * a word at a time (justified wide beside an initial) */
        for (size_t i = 0; i < l.n; i++)
            *lines += !(i && !strchr(l.v[i].text, ' ') && !strchr(l.v[i - 1].text, ' '));
        size_t own = l.n;
        jfyp_lines_free(&l);
        if (b.len)
            jfyp_buf_putc(&b, ' ');
        jfyp_buf_puts(&b, t);
        int open = ends_open(t);
        /* (or the abstract's first line alone, a full line: the column
         * beside it printed the badge and the hidden figures there, and
         * a column-keeping reader set the rest apart under them) */
        int whole = own >= 3 || (pieces == 0 && own == 1 && strlen(t) >= 60);
        free(t);
        *last = n;
        jfy_node *next = jfyp_rec_next(r, n);
        open |= abut && next && next->line == n->end_line + 1;
        int far = next && next->line > n->end_line + 2;
        int on = open && next && next->type == JFY_N_PARAGRAPH && far && whole &&
                         next->line <= n->end_line + OPEN_GAP
                     ? goes_on(next)
                     : 0;
        if (on < 0) {
            jfyp_buf_free(&b);
            return NULL;
        }
        if (!open || !next || next->type != JFY_N_PARAGRAPH || (far && !on))
            break;
        n = next;
    }
    jfyp_buf_putc(&b, '\0');
    if (b.failed) {
        jfyp_buf_free(&b);
        return NULL;
    }
    return b.data;
}

/* Whether every line of l holds an ORCID iD ("MGS, 0000-0003-3455-774X;
 * CB, ..."): the authors' iDs a page lists under its byline, whose open
 * last line would carry the abstract below into a block that is no prose. */
static int orcid_lines(const jfyp_lines *l) {
    for (size_t i = 0; i < l->n; i++) {
        const char *p = l->v[i].text;
        int found = 0;
        for (; *p && !found; p++) {
            found = 1;
            for (int k = 0; k < 19 && found; k++)
                found = k == 4 || k == 9 || k == 14 ? p[k] == '-'
                        : k == 18                   ? (p[k] >= '0' && p[k] <= '9') || p[k] == 'X'
                                                    : p[k] >= '0' && p[k] <= '9';
        }
        if (!found)
            return 0;
    }
    return l->n > 0;
}

/* Whether word w (n bytes) stands in text as a word of its own. */
static int has_word(const char *text, const char *w, size_t n) {
    for (const char *p = text; (p = strstr(p, w)) != NULL; p += n) {
        int before = p == text || !isalpha((unsigned char)p[-1]);
        if (before && !isalpha((unsigned char)p[n]))
            return 1;
    }
    return 0;
}

/* Whether the word a drop cap cut, its capital c and its rest at w
 * (letters up to a non-letter), stands whole in text: what tells the cut
 * word from a word of its own ("I think") or a sentence going on under a
 * float ("the rest ..."). */
static int spelt_whole(char c, const char *w, const char *text) {
    char word[32];
    size_t n = 0;
    word[n++] = c;
    for (; isalpha((unsigned char)*w) && n + 1 < sizeof word; w++)
        word[n++] = *w;
    word[n] = '\0';
    return n >= 4 && has_word(text, word, n);
}

/* Whether line t, the first of block text, opens on a word a drop cap
 * cut, its capital lost ("nfluenza A virus is ...") or set apart by a
 * space ("I nfluenza A virus ..."), the block spelling that word whole
 * further on ("Influenza viremia ..."). A capital other than "A" and "I"
 * set apart by a space is no word of its own ("R ust fungi"). */
static int cut_by_drop_cap(const char *t, const char *text) {
    if (t[0] >= 'a' && t[0] <= 'z') {
        for (char c = 'A'; c <= 'Z'; c++)
            if (spelt_whole(c, t, text))
                return 1;
        return 0;
    }
    if (!(t[0] >= 'A' && t[0] <= 'Z') || t[1] != ' ')
        return 0;
    size_t k = 1;
    while (t[k] == ' ')
        k++;
    if (!(t[k] >= 'a' && t[k] <= 'z' && t[k + 1] >= 'a' && t[k + 1] <= 'z'))
        return 0;
    if ((t[0] != 'A' && t[0] != 'I') || k > 2)
        return 1;
    return spelt_whole(t[0], t + k, text + 1);
}

/* Whether block q opens on a drop cap: a capital alone on its line, the
 * word it begins going on in lower case on the next line or in the next
 * block; or, in a block of some lines, that word cut by a drop cap the
 * extraction lost or set apart. -1 out of memory. */
static int drop_cap_at(jfyp_rec *r, jfy_node *q) {
    if (!q || q->type != JFY_N_PARAGRAPH)
        return 0;
    jfyp_lines l;
    if (jfyp_lines_of(q, &l) < 0)
        return -1;
    int cap = l.n && l.v[0].text[0] >= 'A' && l.v[0].text[0] <= 'Z' && !l.v[0].text[1];
    int dc = cap && l.n >= 2 && jfyp_starts_lower(l.v[1].text);
    if (!cap && l.n >= 2) {
        char *text = jfyp_node_plain(q);
        if (!text) {
            jfyp_lines_free(&l);
            return -1;
        }
        dc = cut_by_drop_cap(l.v[0].text, text);
        free(text);
    }
    size_t n = l.n;
    jfyp_lines_free(&l);
    if (!cap || dc || n != 1)
        return dc;
    jfy_node *x = jfyp_rec_next(r, q);
    if (!x || x->type != JFY_N_PARAGRAPH)
        return 0;
    if (jfyp_lines_of(x, &l) < 0)
        return -1;
    dc = l.n && jfyp_starts_lower(l.v[0].text);
    jfyp_lines_free(&l);
    return dc;
}

static int line_order(const void *a, const void *b) {
    int x = (*(jfy_node *const *)a)->line, y = (*(jfy_node *const *)b)->line;
    return (x > y) - (x < y);
}

/* The last line of the front block the addresses close: title and names
 * (ending on line anchor), then the addresses that sit together under
 * them. An address with a heading or running text between it and the
 * front is the foot of a page or a column's (a two-column extraction
 * sets it down in the body), and the abstract is no further down than
 * that text. -1 out of memory. */
static int front_affs_end(jfyp_rec *r, int anchor) {
    size_t k = 0;
    for (jfy_node *f = r->front->first; f; f = f->next)
        k += f->type == JFY_N_AFF;
    if (!k)
        return anchor;
    jfy_node **v = malloc(k * sizeof *v);
    if (!v)
        return -1;
    k = 0;
    for (jfy_node *f = r->front->first; f; f = f->next)
        if (f->type == JFY_N_AFF)
            v[k++] = f;
    qsort(v, k, sizeof *v, line_order);
    jfy_node *n = jfyp_rec_first(r);
    int cut = 0;
    for (size_t i = 0; i < k && !cut; i++) {
        for (; n && n->line < v[i]->line && !cut; n = jfyp_rec_next(r, n)) {
            if (n->line <= anchor)
                continue;
            if (n->type == JFY_N_HEADING) {
                cut = 1;
                break;
            }
            if (n->type != JFY_N_PARAGRAPH)
                continue;
            jfyp_lines l;
            if (jfyp_lines_of(n, &l) < 0) {
                free(v);
                return -1;
            }
            size_t lines = l.n;
            jfyp_lines_free(&l);
            char *t = jfyp_node_plain(n);
            if (!t) {
                free(v);
                return -1;
            }
            cut = prose(jfyp_trim(t), lines);
            free(t);
        }
        if (!cut && v[i]->end_line > anchor)
            anchor = v[i]->end_line;
    }
    free(v);
    return anchor;
}

/* An abstract printed with no opener between the byline (or the
 * addresses under it) and the body: the first block of running text after
 * the last line of the title, names and addresses, before any heading,
 * with what the extraction cut from it (a sentence left open) joined on;
 * or a structured abstract's first part ("Background: ..."), with the
 * parts after it. The side column's blocks on the way are stepped over.
 * with_affs: the addresses that sit under the names (1) or all of them
 * (2) count among the lines it comes after; before,
 * when not 0: it opens above that line. */
static int unlabelled_after_byline(jfyp_rec *r, int with_affs, int before) {
    /* letters, editorials, commentaries and notices open on their text */
    static const char *const with_abstract[] = {"research-article", "review-article",
                                                "case-report", "brief-report", "research-note",
                                                "rapid-communication", "data-paper", "systematic-review"};
    const char *type = jfyp_node_attr(r->doc, "article-type");
    int fits = !type;
    for (size_t i = 0; type && i < sizeof with_abstract / sizeof *with_abstract; i++)
        fits |= strcmp(type, with_abstract[i]) == 0;
    if (!fits)
        return 0;
    int anchor = 0, named = 0;
    for (jfy_node *f = r->front->first; f; f = f->next) {
        if (f->type == JFY_N_CONTRIBS)
            named = 1;
        if ((f->type == JFY_N_TITLE || f->type == JFY_N_CONTRIBS) && f->end_line > anchor)
            anchor = f->end_line;
    }
    if (!anchor || !named)
        return 0;
    for (jfy_node *f = r->front->first; f && with_affs == 2; f = f->next)
        if (f->type == JFY_N_AFF && f->end_line > anchor)
            anchor = f->end_line;
    if (with_affs == 1 && (anchor = front_affs_end(r, anchor)) < 0)
        return -1;
    int seen = 0, dated = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && seen < MAX_SIDE_BLOCKS; n = jfyp_rec_next(r, n)) {
        if (n->type == JFY_N_HEADING)
            return 0;
        if (n->type != JFY_N_PARAGRAPH || n->line <= anchor)
            continue;
        if (before && n->line >= before)
            return 0;
        seen++;
        /* the history line is never the abstract's head, though the block
         * right under it may be joined to it */
        int under_history = dated;
        dated = history_alone(n);
        if (dated < 0)
            return -1;
        if (dated)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(n, &l) < 0)
            return -1;
        int stop = l.n && (names_body_section(l.v[0].text) || opener_alone(l.v[0].text) >= 0);
        /* the body's drop cap ("N" / "ineteen million ...") inside the
         * block: the abstract ends above it, where the extraction gave
         * no gap */
        for (size_t i = 1; !stop && i + 1 < l.n; i++) {
            const char *c = l.v[i].text;
            if (!(c[0] >= 'A' && c[0] <= 'Z' && !c[1] && jfyp_starts_lower(l.v[i + 1].text)))
                continue;
            char *t = jfyp_inline_text(n->first, l.v[i].first);
            int ok = t && prose(jfyp_trim(t), i);
            free(t);
            if (!t) {
                jfyp_lines_free(&l);
                return -1;
            }
            if (ok && !jfyp_para_split_before(n, l.v[i].first)) {
                jfyp_lines_free(&l);
                return -1;
            }
            if (ok) {
                jfyp_lines_free(&l);
                if (jfyp_lines_of(n, &l) < 0)
                    return -1;
            }
            break;
        }
        int labelled = l.n && l.v[0].first->type == JFY_N_TEXT && part_label_at(l.v[0].text, 0);
        int side = l.n && side_block(&l), narrow = 1, iids = orcid_lines(&l);
        size_t lines_n = l.n;
        for (size_t i = 0; i < l.n && narrow; i++)
            narrow = strlen(l.v[i].text) < SIDE_LINE;
        jfyp_lines_free(&l);
        if (stop)
            return 0;
        if (iids)
            continue;
        /* a side column's narrow block (an author's biography with an
         * e-mail address, a correspondence note) is no abstract, though the run
         * of open pieces would carry it into the one after it */
        if (side && narrow && lines_n >= 3 && !labelled)
            continue;
        jfy_node *last;
        size_t lines;
        char *t = open_run(r, n, &last, &lines, 0);
        if (!t)
            return -1;
        int ok = labelled ? strlen(t) >= PART_CHARS : prose(t, lines);
        /* framed by the history line above and the DOI line below (a
         * physics journal's first page, no "Abstract" printed): the block
         * between is the abstract, however short */
        if (!ok && !labelled && under_history && n->line <= anchor + HISTORY_GAP) {
            jfy_node *q = jfyp_rec_next(r, last);
            int framed = doi_alone(q);
            /* (its last words a blank line under the rest, where OCR
             * widened a line's gap, the sentence they end going on in
             * lower case: "... similar to the CP(N)" / "model is found.") */
            int tail = framed || !q || q->type != JFY_N_PARAGRAPH || q->line != q->end_line ||
                               q->line > last->end_line + 2
                           ? 0
                           : goes_on(q);
            if (framed < 0 || tail < 0) {
                free(t);
                return -1;
            }
            if (tail && (framed = doi_alone(jfyp_rec_next(r, q))) > 0) {
                char *u = jfyp_node_plain(q);
                const char *v = u ? jfyp_trim(u) : NULL;
                size_t tl = strlen(t), vl = v ? strlen(v) : 0;
                char *j = u ? malloc(tl + vl + 2) : NULL;
                if (!j) {
                    free(u);
                    free(t);
                    return -1;
                }
                memcpy(j, t, tl);
                j[tl] = ' ';
                memcpy(j + tl + 1, v, vl + 1);
                free(u);
                free(t);
                t = j;
                lines++;
                last = q;
            }
            if (framed < 0) {
                free(t);
                return -1;
            }
            ok = framed && prose_of(t, lines, FRAMED_CHARS, 2);
        }
        /* a short one closed right over the body's drop cap ("I" /
         * "nfluenza A virus is..."): the drop cap opens the text, and the
         * prose above it is the summary a brief report or a research
         * letter prints in place of an abstract */
        if (!ok && !labelled && !side && !ends_open(t) && prose_of(t, lines, FRAMED_CHARS, 2)) {
            int dc = drop_cap_at(r, jfyp_rec_next(r, last));
            if (dc < 0) {
                free(t);
                return -1;
            }
            ok = dc;
        }
        /* a closed piece too short for an abstract, with more right under
         * it: the abstract's first lines, the block cut at a short line */
        if (!ok && !labelled && !side && strlen(t) < PROSE_CHARS && !ends_open(t)) {
            free(t);
            t = open_run(r, n, &last, &lines, 1);
            if (!t)
                return -1;
            ok = prose(t, lines);
        }
        /* running text that is no abstract: the body has begun (an
         * editorial's first paragraph, opening with a drop cap) */
        int body = !ok && !side && strlen(t) >= BODY_CHARS;
        free(t);
        if (body)
            return 0;
        if (!ok)
            continue;
        jfy_node *abs = jfyp_node_new(JFY_N_ABSTRACT);
        if (!abs)
            return -1;
        jfyp_node_span_from(abs, n);
        jfyp_node_append(r->front, abs);
        builder b = {r, abs, NULL, NULL, 0, 0, 0};
        if (labelled)
            return collect(&b, n, 0);
        jfy_node *next = jfyp_rec_next(r, n);
        int more = n != last;
        if (add_paragraph(&b, n) < 0)
            return -1;
        while (more && next) {
            jfy_node *after = jfyp_rec_next(r, next);
            more = next != last;
            if (join_to_last(&b, next) < 0)
                return -1;
            next = after;
        }
        return 0;
    }
    return 0;
}

/* A page printing its abstract in English first and again in the
 * language of its title ("ABSTRACT - ..." then "RESUMO - ...", under a
 * Portuguese title): the one in the title's language is the article's, the
 * other its translation. 0, or -1 on OOM. */
static int main_in_title_language(jfyp_rec *r) {
    int tl = jfyp_title_lang(r);
    jfy_node *main = NULL, *trans = NULL;
    for (jfy_node *k = r->front->first; k && tl; k = k->next) {
        if (k->type != JFY_N_ABSTRACT)
            continue;
        const char *ty = jfyp_node_attr(k, "type");
        if (!ty && !main)
            main = k;
        else if (ty && !strcmp(ty, "translated") && !trans)
            trans = k;
    }
    if (!main || !trans)
        return 0;
    char *a = jfyp_node_plain(main), *b = jfyp_node_plain(trans);
    int swap = a && b && jfyp_lang_of(a) && jfyp_lang_of(a) != tl && jfyp_lang_of(b) == tl;
    int oom = !a || !b;
    free(a);
    free(b);
    if (oom)
        return -1;
    if (!swap)
        return 0;
    if (jfyp_node_set_attr(main, "type", "translated") < 0 || jfyp_node_set_attr(trans, "type", NULL) < 0)
        return -1;
    jfyp_node_unlink(trans);
    jfyp_node_insert_before(main, trans);
    return 0;
}

/* 1 when most letters of t are Latin, 0 when most are of another script
 * (Arabic, Cyrillic, Greek, CJK), -1 with no letters. */
static int latin_script(const char *t) {
    size_t latin = 0, other = 0;
    for (const char *p = t; p && *p;) {
        size_t l;
        int c = jfyp_utf8_decode(p, &l);
        p += l ? l : 1;
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c < 0x250))
            latin++;
        else if (c >= 0x370 && !(c >= 0x2000 && c < 0x2c00) && !(c >= 0xfb00 && c < 0xfb07))
            other++; /* past Latin, leaving out punctuation, symbols, ligatures */
    }
    return latin + other == 0 ? -1 : latin >= other;
}

/* An abstract printed twice under one opener, first in another script
 * (an Arabic abstract above the English one): when the title is Latin,
 * the leading paragraphs in the other script go to an abstract of their
 * own after it, a translation. */
static int split_other_script(jfyp_rec *r, jfy_node *abs) {
    jfy_node *t = jfyp_node_child(r->front, JFY_N_TITLE), *first = abs->first, *k;
    if (!t || !first || first->type != JFY_N_PARAGRAPH)
        return 0;
    char *s = jfyp_node_plain(t);
    if (!s)
        return -1;
    int title_latin = latin_script(s);
    free(s);
    if (title_latin != 1)
        return 0;
    /* the two may share a block: cut it where the script changes */
    jfyp_lines l;
    if (jfyp_lines_of(first, &l) < 0)
        return -1;
    jfy_node *cut = NULL;
    for (size_t i = 0; i < l.n && !cut; i++) {
        int latin = latin_script(l.v[i].text);
        if (latin == 1 && i > 0)
            cut = l.v[i].first;
        else if (latin == 1)
            break;
    }
    jfyp_lines_free(&l);
    if (cut && !jfyp_para_split_before(first, cut))
        return -1;
    for (k = first; k; k = k->next) {
        if (k->type != JFY_N_PARAGRAPH)
            return 0;
        if (!(s = jfyp_node_plain(k)))
            return -1;
        int latin = latin_script(s);
        free(s);
        if (latin == 1)
            break;
    }
    if (!k || k == first)
        return 0;
    jfy_node *tr = jfyp_node_new(JFY_N_ABSTRACT);
    if (!tr || jfyp_node_set_attr(tr, "type", "translated") < 0) {
        jfyp_node_free(tr);
        return -1;
    }
    while (abs->first != k) {
        jfy_node *p = abs->first;
        jfyp_node_unlink(p);
        jfyp_node_append(tr, p);
    }
    jfyp_node_span_from(tr, tr->first);
    jfyp_node_insert_after(abs, tr);
    return 0;
}

/* The abstract's text above its opener: a layout that boxes the abstract
 * with its keywords and sets the box's label ("A B S T R A C T") beside
 * it, which an extractor that keeps the content stream's order (MuPDF)
 * gives after the box's text. The opener alone, no running text under it,
 * the keywords' line right above it and running text right above that:
 * that block, or NULL (*oom set on allocation failure). */
static jfy_node *text_above(jfyp_rec *r, jfy_node *kw, jfy_node *text, jfy_node *under, int *oom) {
    *oom = 0;
    if (!kw || !text || kw->type != JFY_N_PARAGRAPH || text->type != JFY_N_PARAGRAPH)
        return NULL;
    jfyp_lines l;
    if (jfyp_lines_of(kw, &l) < 0) {
        *oom = 1;
        return NULL;
    }
    int keywords = l.n && jfyp_keywords_label(l.v[0].text);
    jfyp_lines_free(&l);
    if (!keywords)
        return NULL;
    jfy_node *last;
    size_t lines;
    char *t = open_run(r, text, &last, &lines, 0);
    int ok = t && last == text && prose(t, lines);
    free(t);
    if (ok && under && under->type == JFY_N_PARAGRAPH) {
        t = open_run(r, under, &last, &lines, 0);
        ok = t && !prose(t, lines) && strlen(t) < BODY_CHARS;
        free(t);
        if (!t)
            *oom = 1;
    } else if (!t) {
        *oom = 1;
    }
    return ok && !*oom ? text : NULL;
}

/* An unlabelled abstract right over the keywords line ("Keywords: ...")
 * at the page's top, no heading above it: what a page whose byline and
 * addresses no reader took (a scan's OCR garbles their marks) still shows.
 * The block must read as prose (see prose) and be whole in itself. 0, or
 * -1 out of memory. */
static int unlabelled_over_keywords(jfyp_rec *r) {
    int blocks = 0;
    for (jfy_node *n = jfyp_rec_first(r); n && blocks < MAX_SIDE_BLOCKS * 4; n = jfyp_rec_next(r, n), blocks++) {
        if (n->type == JFY_N_HEADING)
            return 0;
        jfy_node *kw = jfyp_rec_next(r, n);
        if (n->type != JFY_N_PARAGRAPH || !kw || kw->type != JFY_N_PARAGRAPH)
            continue;
        jfyp_lines l;
        if (jfyp_lines_of(kw, &l) < 0)
            return -1;
        int keywords = l.n && jfyp_keywords_label(l.v[0].text);
        jfyp_lines_free(&l);
        if (!keywords)
            continue;
        jfy_node *last;
        size_t lines;
        char *t = open_run(r, n, &last, &lines, 0);
        if (!t)
            return -1;
        int ok = last == n && prose(t, lines);
        free(t);
        if (!ok)
            return 0;
        return abstract_from(r, n);
    }
    return 0;
}

int jfyp_recognize_abstract(jfyp_rec *r) {
    int body_begun = 0, first_kind = -1, since = 0, keywords_seen = 0, summary_read = 0;
    jfy_node *prev = NULL, *prev2 = NULL, *n = jfyp_rec_first(r);
    while (n) {
        jfy_node *next = jfyp_rec_next(r, n);
        int kind = -1, level = 0, runin = 0;
        jfy_node *second = NULL; /* the opener's text on its next line */
        since++;
        if (n->type == JFY_N_HEADING) {
            char *t = jfyp_node_plain(n);
            if (!t)
                return -1;
            kind = opener_alone(jfyp_trim(t));
            free(t);
            const char *ls = jfyp_node_attr(n, "level");
            level = ls ? atoi(ls) : 1;
            if (kind < 0 && level >= 2)
                body_begun = 1;
        } else if (n->type == JFY_N_PARAGRAPH) {
            jfyp_lines l;
            if (jfyp_lines_of(n, &l) < 0)
                return -1;
            if (l.n >= 1)
                kind = opener_alone(l.v[0].text);
            if (l.n >= 1 && jfyp_keywords_label(l.v[0].text))
                keywords_seen = 1;
            if (l.n == 1 && kind < 0 && names_body_section(l.v[0].text) && !body_begun)
                body_begun = 2;
            second = kind >= 0 && l.n > 1 ? l.v[1].first : NULL;
            jfyp_lines_free(&l);
            if (kind < 0) {
                int rc = drop_runin_opener(n, &kind, 0);
                if (rc < 0)
                    return -1;
                runin = rc;
            }
            if (kind >= 0 && !acceptable(kind, body_begun, first_kind, since))
                kind = -1;
            if (kind >= 0 && runin && drop_runin_opener(n, &kind, 1) < 0)
                return -1;
            if (kind >= 0 && second) {
                /* the opener on a line of its own, the text on the next */
                if (!jfyp_para_split_before(n, second))
                    return -1;
                next = jfyp_rec_next(r, n);
            }
        }
        if (kind >= 0 && n->type == JFY_N_HEADING && !acceptable(kind, body_begun, first_kind, since))
            kind = -1;
        /* The keywords close the front matter: a page with keywords and no
         * abstract before them that opens "Summary" after them opens its
         * body with it (a software paper's summary of the tool) */
        if (kind >= 0 && keywords_seen && first_kind < 0 && strcmp(openers[kind].word, "Summary") == 0) {
            body_begun = 1;
            kind = -1;
        }
        if (kind >= 0 && !keywords_seen && first_kind < 0 && !summary_read &&
            strcmp(openers[kind].word, "Summary") == 0) {
            summary_read = 1; /* the rest of the page is read once */
            int sb = summary_opens_body(r, n);
            if (sb < 0)
                return -1;
            if (sb) {
                body_begun = 1;
                kind = -1;
            }
        }
        if (kind < 0) {
            prev2 = prev;
            prev = n;
            n = next;
            continue;
        }
        /* the opener alone, drawn after its text and keywords */
        jfy_node *above = NULL;
        if (!runin && !second && first_kind < 0 && !openers[kind].type && n->type == JFY_N_PARAGRAPH) {
            int oom;
            above = text_above(r, prev, prev2, next, &oom);
            if (oom)
                return -1;
        }
        jfy_node *abs = jfyp_node_new(JFY_N_ABSTRACT);
        if (!abs)
            return -1;
        const char *type = openers[kind].type;
        if (!type && first_kind >= 0)
            type = "translated"; /* a second abstract: its translation */
        if (type && jfyp_node_set_attr(abs, "type", type) < 0) {
            jfyp_node_free(abs);
            return -1;
        }
        if (!openers[kind].type && first_kind < 0)
            first_kind = kind;
        jfyp_node_span_from(abs, n);
        jfyp_node_append(r->front, abs);
        builder b = {r, abs, NULL, NULL, 0, 0, 0};
        jfy_node *from = next;
        if (runin) {
            /* a front-matter line inside the run-in paragraph ("Keywords
             * ...") ends the abstract there */
            jfyp_lines l;
            if (jfyp_lines_of(n, &l) < 0)
                return -1;
            jfy_node *cut = NULL;
            for (size_t i = 1; i < l.n && !cut; i++)
                if (opens_front_field(l.v[i].text))
                    cut = l.v[i].first;
            jfyp_lines_free(&l);
            if (cut && !jfyp_para_split_before(n, cut))
                return -1;
            if (add_paragraph(&b, n) < 0)
                return -1;
            if (cut)
                from = NULL;
        } else {
            jfyp_node_free(n);
        }
        if (above) {
            if (add_paragraph(&b, above) < 0)
                return -1;
            from = NULL;
        }
        if (collect(&b, from, level) < 0 || split_other_script(r, abs) < 0)
            return -1;
        if (!abs->first)
            jfyp_node_free(abs); /* a word alone, nothing after it */
        since = 0;
        n = prev ? jfyp_rec_next(r, prev) : jfyp_rec_first(r);
    }
    if (first_kind >= 0)
        return main_in_title_language(r);
    if (unlabelled_structured(r) < 0)
        return -1;
    if (jfyp_node_child(r->front, JFY_N_ABSTRACT))
        return 0;
    if (unlabelled_after_licence(r) < 0)
        return -1;
    /* the addresses printed as the first page's footnotes, which an
     * extraction gives after the abstract (and MuPDF after the body's
     * opening paragraph too): running text between the byline and the
     * first address is the abstract */
    int first_aff = 0;
    for (jfy_node *f = r->front->first; f; f = f->next)
        if (f->type == JFY_N_AFF && (!first_aff || f->line < first_aff))
            first_aff = f->line;
    if (!jfyp_node_child(r->front, JFY_N_ABSTRACT) && first_aff && unlabelled_after_byline(r, 0, first_aff) < 0)
        return -1;
    if (!jfyp_node_child(r->front, JFY_N_ABSTRACT) && unlabelled_after_byline(r, 1, 0) < 0)
        return -1;
    /* the addresses printed as the first page's footnotes (MuPDF gives
     * them after the abstract and the opening column): the abstract is
     * read from under the byline */
    if (!jfyp_node_child(r->front, JFY_N_ABSTRACT) && unlabelled_after_byline(r, 0, 0) < 0)
        return -1;
    if (!jfyp_node_child(r->front, JFY_N_ABSTRACT) && unlabelled_over_keywords(r) < 0)
        return -1;
    /* nothing under the front block reads as an abstract (its first
     * letters lost, a piece of the byline glued on): the last resort is
     * the running text after the last address, wherever it sits */
    return jfyp_node_child(r->front, JFY_N_ABSTRACT) ? 0 : unlabelled_after_byline(r, 2, 0);
}
