/* recognize_inline.c - inline clean-up every later recognizer relies on:
 * adjacent text runs merged (the Markdown parser splits them at every
 * punctuation mark it considered), and drop caps read as part of their word. */
#include "recognize.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* A run of adjacent texts is joined in one pass: joining pairwise would
 * copy the growing text once per piece, quadratic on a long paragraph. */
static int merge_texts(jfy_node *root) {
    for (jfy_node *n = root->first; n; n = jfyp_node_next_in(root, n)) {
        if (n->type != JFY_N_TEXT || !n->next || n->next->type != JFY_N_TEXT)
            continue;
        jfyp_buf b;
        jfyp_buf_init(&b);
        jfyp_buf_puts(&b, n->text ? n->text : "");
        while (n->next && n->next->type == JFY_N_TEXT) {
            jfy_node *m = n->next;
            jfyp_buf_puts(&b, m->text ? m->text : "");
            n->end_line = m->end_line;
            n->end_col = m->end_col;
            jfyp_node_free(m);
        }
        char *t = jfyp_buf_finish(&b);
        if (!t)
            return -1;
        jfyp_node_take_text(n, t);
    }
    return 0;
}

static int is_single_letter(const char *s, int want_upper) {
    size_t l;
    if (!s || !*s)
        return 0;
    int cp = jfyp_utf8_decode(s, &l);
    if (s[l] != '\0')
        return 0;
    utf8proc_category_t c = utf8proc_category(cp);
    return want_upper ? c == UTF8PROC_CATEGORY_LU : c == UTF8PROC_CATEGORY_LL;
}

/* A drop cap is the paragraph's first letter set apart by emphasis
 * ("**M**etastases"): one capital in bold or italic, glued to lower-case
 * text. Joined back so the word reads whole. */
static int join_drop_caps(jfy_node *root) {
    for (jfy_node *p = root->first; p; p = jfyp_node_next_in(root, p)) {
        if (p->type != JFY_N_PARAGRAPH)
            continue;
        jfy_node *cap = p->first, *rest = cap ? cap->next : NULL;
        if (!cap || !rest || (cap->type != JFY_N_STRONG && cap->type != JFY_N_EMPH) ||
            !cap->first || cap->first != cap->last || cap->first->type != JFY_N_TEXT ||
            !is_single_letter(cap->first->text, 1) || rest->type != JFY_N_TEXT || !rest->text)
            continue;
        size_t l;
        if (utf8proc_category(jfyp_utf8_decode(rest->text, &l)) != UTF8PROC_CATEGORY_LL)
            continue;
        char *t = jfyp_printf("%s%s", cap->first->text, rest->text);
        if (!t)
            return -1;
        jfyp_node_take_text(rest, t);
        rest->col = cap->col;
        jfyp_node_free(cap);
    }
    return 0;
}

int jfyp_recognize_inline(jfyp_rec *r) {
    if (merge_texts(r->doc) < 0 || join_drop_caps(r->doc) < 0)
        return -1;
    return 0;
}
