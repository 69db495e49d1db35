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

#include "jtdump.h"

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
            /* libxml2's public id is the DOCTYPE's; the scanner keeps it. */
            const char *pid = doc->intSubset && doc->intSubset->ExternalID
                                  ? (const char *)doc->intSubset->ExternalID
                                  : NULL;
            char *da = jt_dump(a, jfyp_jt_public_id(a), &la);
            char *db = jt_dump(b, pid, &lb);
            if (!da || !db) {
                printf("oom %s\n", argv[i]);
                bad = 1;
            } else if (la == lb && memcmp(da, db, la) == 0) {
                printf("scan ok %s\n", argv[i]);
            } else {
                printf("scan DIFF %s\n", argv[i]);
                jt_dump_first_diff(stdout, da, la, db, lb);
                bad = 1;
            }
            free(da);
            free(db);
        }
        xmlFreeDoc(doc);
        free(xml);
    }
    xmlFreeParserCtxt(pc);
    jfyp_jt_free(a);
    jfyp_jt_free(b);
    return bad;
}
