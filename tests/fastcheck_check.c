/* fastcheck_check - the built-in profile's tables (src/fastcheck.c) next
 * to libxml2 running the profile XSD and the official one, for
 * tests/fastcheck.sh.
 *
 *   fastcheck_check [-x OFFICIAL_DRIVER.xsd] FILE...
 *
 * One line per file: "FAST PROFILE OFFICIAL FILE", FAST 1 or 0 (what
 * jfyp_profile_accepts says), PROFILE and OFFICIAL "valid", "invalid" or
 * "-" (not well-formed; OFFICIAL also "-" without -x or when FAST is 0:
 * the official schema is only asked about what the tables accept, with
 * its MathML module stubbed as jatsify does for documents without MathML). */
#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include <stdio.h>
#include <string.h>

#include "../src/jatsify.h"
#include "../src/schema.h"

static void silent(void *ud, xmlErrorPtr e) {
    (void)ud;
    (void)e;
}

/* Parsed as jfy_validator_check parses. */
static xmlDocPtr load(const char *path) {
    return xmlReadFile(path, NULL,
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                           XML_PARSE_BIG_LINES);
}

static const char *verdict(xmlSchemaPtr schema, const char *path) {
    xmlDocPtr doc = load(path);
    if (!doc)
        return "-";
    xmlSchemaValidCtxtPtr vc = xmlSchemaNewValidCtxt(schema);
    xmlSchemaSetValidStructuredErrors(vc, silent, NULL);
    int rc = vc ? xmlSchemaValidateDoc(vc, doc) : -1;
    xmlSchemaFreeValidCtxt(vc);
    xmlFreeDoc(doc);
    return rc == 0 ? "valid" : "invalid";
}

int main(int argc, char **argv) {
    jfy_global_init();
    xmlSetStructuredErrorFunc(NULL, silent);
    jfy_error err = {0};
    int i = 1;
    jfy_schema *official = NULL;
    if (argc > 2 && strcmp(argv[1], "-x") == 0) {
        official = jfy_schema_new(argv[2], &err);
        i = 3;
    }
    jfy_schema *profile = jfy_schema_new_profile(&err);
    xmlSchemaPtr p = profile ? jfyp_schema_compiled(profile, 1, &err) : NULL;
    xmlSchemaPtr o = official ? jfyp_schema_compiled(official, 0, &err) : NULL;
    if (!p || (official && !o)) {
        fprintf(stderr, "fastcheck_check: %s\n", err.text);
        return 2;
    }
    for (; i < argc; i++) {
        xmlDocPtr doc = load(argv[i]);
        int fast = doc ? jfyp_profile_accepts(doc) : 0;
        xmlFreeDoc(doc);
        printf("%d %s %s %s\n", fast, verdict(p, argv[i]), fast && o ? verdict(o, argv[i]) : "-",
               argv[i]);
    }
    jfy_schema_free(profile);
    jfy_schema_free(official);
    xmlCleanupParser();
    return 0;
}
