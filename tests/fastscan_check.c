/* fastscan_check - the scanner's tree (src/jtree.c, jfyp_jt_scan) against
 * libxml2's, parsed as jfy_validator_check parses. For each FILE prints
 *   scan ok       the scanner built a tree and it equals libxml2's
 *   scan DIFF     it built one that differs (a bug), with the first difference
 *   scan BAD      it built one but libxml2 finds the file not well-formed (a bug)
 *   libxml2 ok    the scanner gave way and libxml2 parsed it
 *   libxml2 bad   neither (not well-formed)
 * Exit status 1 when any DIFF or BAD. */
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/jtree.h"

static void silent(void *ud, xmlErrorPtr e) {
    (void)ud;
    (void)e;
}

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *b = malloc(cap);
    size_t k;
    while (b && (k = fread(b + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap) {
            char *nb = realloc(b, cap *= 2);
            if (!nb) {
                free(b);
                b = NULL;
            }
            b = nb;
        }
    }
    fclose(f);
    *len = n;
    return b;
}

/* Everything the checks read, one line per node. */
static char *dump(jt_doc *d, size_t *outlen) {
    char *buf = NULL;
    FILE *f = open_memstream(&buf, outlen);
    size_t n;
    jt_node *const *order = jfyp_jt_order(d, &n);
    jt_node *root = jfyp_jt_root(d);
    fprintf(f, "top %d root %s public %s\n", jfyp_jt_plain_top(d), root ? root->name : "-",
            jfyp_jt_public_id(d) ? jfyp_jt_public_id(d) : "-");
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
    fclose(f);
    return buf;
}

int main(int argc, char **argv) {
    xmlInitParser();
    xmlSetStructuredErrorFunc(NULL, silent);
    jt_doc *a = jfyp_jt_new(), *b = jfyp_jt_new();
    xmlParserCtxtPtr pc = xmlNewParserCtxt();
    int bad = 0;
    for (int i = 1; i < argc; i++) {
        size_t len = 0;
        char *xml = slurp(argv[i], &len);
        if (!xml) {
            printf("unreadable %s\n", argv[i]);
            continue;
        }
        int scanned = jfyp_jt_scan(a, xml, len);
        xmlDocPtr doc = xmlCtxtReadMemory(pc, xml, (int)len, "document.xml", NULL,
                                          XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                                              XML_PARSE_BIG_LINES | XML_PARSE_COMPACT);
        if (scanned < 0) {
            printf("oom %s\n", argv[i]);
            bad = 1;
        } else if (!scanned) {
            printf("libxml2 %s %s\n", doc ? "ok" : "bad", argv[i]);
        } else if (!doc) {
            printf("scan BAD %s\n", argv[i]);
            bad = 1;
        } else if (jfyp_jt_from_xml(b, doc) < 0) {
            printf("oom %s\n", argv[i]);
            bad = 1;
        } else {
            size_t la, lb;
            char *da = dump(a, &la);
            /* libxml2's public id is the DOCTYPE's; the scanner keeps it. */
            const char *pid = doc->intSubset && doc->intSubset->ExternalID
                                  ? (const char *)doc->intSubset->ExternalID
                                  : NULL;
            char *db = dump(b, &lb);
            char *nl = strchr(db, '\n');
            char *db2 = NULL;
            size_t l2 = 0;
            FILE *f = open_memstream(&db2, &l2);
            jt_node *root = jfyp_jt_root(b);
            fprintf(f, "top %d root %s public %s%s", jfyp_jt_plain_top(b), root ? root->name : "-",
                    pid ? pid : "-", nl ? nl : "\n");
            fclose(f);
            if (la == l2 && memcmp(da, db2, la) == 0) {
                printf("scan ok %s\n", argv[i]);
            } else {
                size_t k = 0;
                while (k < la && k < l2 && da[k] == db2[k])
                    k++;
                size_t s = k;
                while (s > 0 && da[s - 1] != '\n')
                    s--;
                printf("scan DIFF %s\n  scan:    %.200s\n  libxml2: %.200s\n", argv[i], da + s,
                       db2 + s);
                bad = 1;
            }
            free(da);
            free(db);
            free(db2);
        }
        xmlFreeDoc(doc);
        free(xml);
    }
    xmlFreeParserCtxt(pc);
    jfyp_jt_free(a);
    jfyp_jt_free(b);
    return bad;
}
