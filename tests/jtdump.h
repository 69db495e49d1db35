/* jtdump.h - a compact tree (src/jtree.h) as text, one line per node, with
 * everything the checks read: for tests that compare the scanner's tree
 * with the one built from libxml2's (tests/fastscan_check.c,
 * tests/xmlfuzz.c). Header-only, for test programs. */
#ifndef JFY_TESTS_JTDUMP_H
#define JFY_TESTS_JTDUMP_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/jtree.h"

/* public_id: the DOCTYPE's public id to print (the scanner keeps it, a tree
 * from libxml2 does not: the caller takes it from libxml2's DTD node).
 * NULL on OOM; the caller frees. */
static char *jt_dump(jt_doc *d, const char *public_id, size_t *outlen) {
    char *buf = NULL;
    FILE *f = open_memstream(&buf, outlen);
    if (!f)
        return NULL;
    size_t n;
    jt_node *const *order = jfyp_jt_order(d, &n);
    jt_node *root = jfyp_jt_root(d);
    fprintf(f, "top %d root %s public %s\n", jfyp_jt_plain_top(d), root ? root->name : "-",
            public_id ? public_id : "-");
    for (size_t i = 0; i < n; i++) {
        const jt_node *k = order[i];
        fprintf(f, "%zu t%d p%zu", k->idx, k->type, k->parent ? k->parent->idx : (size_t)-1);
        if (k->type == JT_ELEM) {
            fprintf(f, " L%d ns%d %s:%s", k->line, k->ns, k->prefix ? k->prefix : "", k->name);
            for (size_t a = 0; a < k->nattrs; a++)
                fprintf(f, " [%d %s %d=%s]", k->attrs[a].ns, k->attrs[a].name, k->attrs[a].odd,
                        k->attrs[a].value);
        } else if (k->type == JT_TEXT || k->type == JT_CDATA) {
            fprintf(f, " {%s}", k->text);
        }
        fputc('\n', f);
    }
    if (fclose(f) != 0) {
        free(buf);
        return NULL;
    }
    return buf;
}

/* The first line where a and b differ, as "  scan: ...\n  libxml2: ...". */
static void jt_dump_first_diff(FILE *out, const char *a, size_t la, const char *b, size_t lb) {
    size_t k = 0;
    while (k < la && k < lb && a[k] == b[k])
        k++;
    size_t s = k;
    while (s > 0 && a[s - 1] != '\n')
        s--;
    int ea = (int)(strchr(a + s, '\n') ? strchr(a + s, '\n') - (a + s) : (long)(la - s));
    int eb = (int)(strchr(b + s, '\n') ? strchr(b + s, '\n') - (b + s) : (long)(lb - s));
    fprintf(out, "  scan:    %.*s\n  libxml2: %.*s\n", ea > 200 ? 200 : ea, a + s,
            eb > 200 ? 200 : eb, b + s);
}

#endif
