/* recognize_article_type.c - what kind of article a page holds, from the
 * label printed above its title ("RESEARCH ARTICLE", "*Commentary*",
 * "Letter to the Editor"), as a JATS article-type value. */
#include "front.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *label; /* lower case, as printed */
    const char *type;  /* JATS article-type */
} label_map;

/* Printed labels to JATS article-type values (JATS 1.4 suggested values,
 * mapped the way publishers' JATS does). */
static const label_map labels[] = {
    {"research article", "research-article"}, {"research articles", "research-article"},
    {"original article", "research-article"}, {"original articles", "research-article"},
    {"original research", "research-article"}, {"original research article", "research-article"},
    {"original paper", "research-article"}, {"research paper", "research-article"},
    {"research", "research-article"}, {"article", "research-article"},
    {"full paper", "research-article"}, {"full-length article", "research-article"},
    {"regular article", "research-article"}, {"methods article", "research-article"},
    {"methodology article", "research-article"}, {"research report", "research-article"},
    {"artigo original", "research-article"}, {"artículo original", "research-article"},
    {"review article", "review-article"}, {"review", "review-article"},
    {"reviews", "review-article"}, {"mini review", "review-article"},
    {"mini-review", "review-article"}, {"minireview", "review-article"},
    {"systematic review", "review-article"}, {"invited review", "review-article"},
    {"review paper", "review-article"}, {"artigo de revisão", "review-article"},
    {"commentary", "article-commentary"}, {"comment", "article-commentary"},
    {"perspective", "article-commentary"}, {"perspectives", "article-commentary"},
    {"viewpoint", "article-commentary"}, {"opinion", "article-commentary"},
    {"essay", "article-commentary"}, {"comentário", "article-commentary"},
    {"editorial", "editorial"}, {"editorials", "editorial"}, {"guest editorial", "editorial"},
    {"letter", "letter"}, {"letters", "letter"}, {"letter to the editor", "letter"},
    {"correspondence", "letter"}, {"research letter", "letter"}, {"carta", "letter"},
    {"carta ao editor", "letter"},
    {"correction", "correction"}, {"corrections", "correction"}, {"erratum", "correction"},
    {"errata", "correction"}, {"corrigendum", "correction"}, {"retraction", "retraction"},
    {"retraction notice", "retraction"}, {"expression of concern", "expression-of-concern"},
    {"book review", "book-review"}, {"book reviews", "book-review"},
    {"product review", "product-review"}, {"discussion", "discussion"},
    {"rapid communication", "rapid-communication"},
    {"short communication", "rapid-communication"}, {"brief communication", "brief-report"},
    {"brief report", "brief-report"}, {"short report", "brief-report"},
    {"research note", "brief-report"}, {"case report", "case-report"},
    {"case reports", "case-report"}, {"case study", "case-report"},
    {"news", "news"}, {"news & views", "news"}, {"news and views", "news"},
    {"in brief", "in-brief"}, {"research highlight", "in-brief"}, {"obituary", "obituary"},
    {"meeting report", "meeting-report"}, {"conference report", "meeting-report"},
    {"addendum", "addendum"}, {"reply", "reply"}, {"author reply", "reply"},
    {"response", "reply"}, {"announcement", "announcement"}, {"other", "other"},
    {"data paper", "data-paper"}, {"data descriptor", "data-paper"}, {"data note", "data-paper"},
    {NULL, NULL}};

/* The label with typography and "Open Access" taken off, lower case. */
static char *label_key(const char *text, char **printed) {
    char *s = jfyp_strdup(text);
    if (!s)
        return NULL;
    char *w = s;
    for (char *p = s; *p; p++)
        if (*p != '*' && *p != '_' && *p != '#' && *p != JFYP_SUP)
            *w++ = *p;
    *w = '\0';
    /* "Research Article | Open Access" */
    char *bar = strchr(s, '|');
    if (bar) {
        char *a = s, *b = bar + 1;
        *bar = '\0';
        jfyp_trim(a);
        jfyp_trim(b);
        if (jfyp_strieq(a, "open access"))
            memmove(s, b, strlen(b) + 1);
    }
    jfyp_squeeze(jfyp_trim(s));
    size_t n = strlen(s);
    while (n && (s[n - 1] == '.' || s[n - 1] == ':'))
        s[--n] = '\0';
    if (n > 12 && jfyp_strieq(s + n - 12, " open access")) {
        s[n - 12] = '\0';
        jfyp_trim(s);
    }
    *printed = s;
    return jfyp_utf8_lower(s);
}

const char *jfyp_article_type_label(const char *text, char **printed) {
    *printed = NULL;
    if (strlen(text) > 60)
        return NULL;
    char *key = label_key(text, printed);
    const char *type = NULL;
    for (size_t i = 0; key && labels[i].label && !type; i++)
        if (strcmp(key, labels[i].label) == 0)
            type = labels[i].type;
    free(key);
    if (!type) {
        free(*printed);
        *printed = NULL;
    }
    return type;
}
