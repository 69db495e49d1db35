/* emit_check - the JSON-LD writer next to jansson, which it stands in for,
 * for tests/emit.sh.
 *
 *   emit_check FILE...
 *
 * Each FILE is converted; then its tree, and the same tree with bytes that
 * need escaping (<>&"' CR LF TAB, entity and character references,
 * control bytes, backslashes, invalid UTF-8) put into every text and
 * attribute, is emitted as JSON-LD, whose dump must equal jansson's
 * json_dumps(JSON_INDENT(2)) of what jansson reads back from it, plus a
 * newline. One line per difference; exit status 1 if any. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/jatsify.h"
#include "../src/jsonld.h"
#include "../src/node.h"

static const char *const specials[] = {
    "<", ">", "&", "\"", "'", "\r", "\n", "\t", "&amp;", "&#x41;", "&#65;", "&foo;", "a&b",
    "\x01", "\x1f", "\\", "\xc3\xa9", "\xc3", "\xed\xa0\x80", "", "  ", "]]>", "\x7f",
    "http://e.org/?a=1&b=2",
};
#define NSPECIALS (sizeof specials / sizeof *specials)

static unsigned next_special;

static char *with_special(const char *s, int replace) {
    const char *sp = specials[next_special++ % NSPECIALS];
    size_t a = replace ? 0 : strlen(s), b = strlen(sp);
    char *r = malloc(a + b + 1);
    if (r) {
        memcpy(r, s, a);
        memcpy(r + a, sp, b + 1);
    }
    return r;
}

static void mutate(jfy_node *n, int replace) {
    for (; n; n = n->next) {
        char *t;
        /* through node.c: a text or value may be in the document's arena */
        if (n->text && (t = with_special(n->text, replace)))
            jfyp_node_take_text(n, t);
        for (jfy_attr *a = n->attrs; a; a = a->next)
            if ((t = with_special(a->value, replace))) {
                jfyp_node_set_attr(n, a->key, t);
                free(t);
            }
        mutate(n->first, replace);
    }
}

static int check(const jfy_node *tree, const char *what) {
    int bad = 0;
    size_t len = 0;
    jfyp_jsonld *l = jfyp_jsonld_build(tree);
    char *ours = l ? jfyp_jsonld_dump(l, &len) : NULL;
    json_t *back = ours ? json_loads(ours, 0, NULL) : NULL;
    char *dumped = back ? json_dumps(back, JSON_INDENT(2)) : NULL;
    size_t dlen = dumped ? strlen(dumped) : 0;
    if (!dumped || dlen + 1 != len || memcmp(ours, dumped, dlen) != 0 || ours[dlen] != '\n') {
        printf("JSON-LD differs from jansson's dump: %s\n", what);
        bad = 1;
    }
    free(dumped);
    json_decref(back);
    free(ours);
    jfyp_jsonld_free(l);
    return bad;
}

int main(int argc, char **argv) {
    int bad = 0;
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f) {
            printf("cannot read %s\n", argv[i]);
            bad = 1;
            continue;
        }
        char *buf = NULL;
        size_t n = 0, cap = 0, got;
        do {
            if (n == cap && !(buf = realloc(buf, cap = cap ? 2 * cap : 65536)))
                return 2;
            got = fread(buf + n, 1, cap - n, f);
            n += got;
        } while (got);
        fclose(f);
        jfy_convert_options o = {0};
        o.input_path = argv[i];
        for (int round = 0; round < 3; round++) {
            jfy_error e;
            jfy_doc *d = jfy_convert(buf, n, &o, &e);
            if (!d) {
                printf("does not convert: %s\n", argv[i]);
                bad = 1;
                break;
            }
            jfy_node *tree = (jfy_node *)jfyp_doc_tree(d);
            next_special = (unsigned)i;
            if (round)
                mutate(tree, round == 2);
            char what[1024];
            snprintf(what, sizeof what, "%s (%s)", argv[i],
                     round == 0 ? "as converted" : round == 1 ? "bytes appended" : "bytes alone");
            bad |= check(tree, what);
            jfy_doc_free(d);
        }
        free(buf);
    }
    return bad;
}
