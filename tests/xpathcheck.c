/* xpathcheck - checks facts about an XML file, written as data:
 *
 *   # comment
 *   XPATH => EXPECTED      string(XPATH) must equal EXPECTED exactly
 *   XPATH ~> SUBSTRING     string(XPATH) must contain SUBSTRING
 *
 * Prints one TAP line per fact, "ok" or "not ok" with what was found, and
 * exits 1 when any fact fails. Namespaces: xlink, ali, mml. */
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: xpathcheck FILE.xml FACTS\n");
        return 2;
    }
    xmlDocPtr doc = xmlReadFile(argv[1], NULL, XML_PARSE_NONET);
    FILE *f = fopen(argv[2], "r");
    if (!f) {
        perror(argv[2]);
        return 2;
    }
    xmlXPathContextPtr ctx = doc ? xmlXPathNewContext(doc) : NULL;
    if (ctx) {
        xmlXPathRegisterNs(ctx, BAD_CAST "xlink", BAD_CAST "http://www.w3.org/1999/xlink");
        xmlXPathRegisterNs(ctx, BAD_CAST "ali", BAD_CAST "http://www.niso.org/schemas/ali/1.0/");
        xmlXPathRegisterNs(ctx, BAD_CAST "mml", BAD_CAST "http://www.w3.org/1998/Math/MathML");
    }
    char line[8192];
    int lineno = 0, failed = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        line[strcspn(line, "\n")] = '\0';
        if (!line[0] || line[0] == '#')
            continue;
        char *op = strstr(line, " => ");
        int contains = 0;
        char *op2 = strstr(line, " ~> ");
        if (!op || (op2 && op2 < op)) {
            op = op2;
            contains = 1;
        }
        if (!op) {
            printf("not ok - %s:%d: no ' => ' or ' ~> ' in the fact\n", argv[2], lineno);
            failed = 1;
            continue;
        }
        *op = '\0';
        const char *expr = line, *want = op + 4;
        char *got = NULL;
        if (ctx) {
            xmlXPathObjectPtr r = xmlXPathEvalExpression(BAD_CAST expr, ctx);
            if (r) {
                got = (char *)xmlXPathCastToString(r);
                xmlXPathFreeObject(r);
            }
        }
        int ok = got && (contains ? strstr(got, want) != NULL : strcmp(got, want) == 0);
        if (ok)
            printf("ok - %s %s %s\n", expr, contains ? "~>" : "=>", want);
        else
            printf("not ok - %s:%d: %s: wanted %s'%s', got '%s'\n", argv[2], lineno, expr,
                   contains ? "something containing " : "", want,
                   got ? got : (doc ? "(bad XPath)" : "(file not parsed)"));
        failed |= !ok;
        xmlFree(got);
    }
    fclose(f);
    xmlXPathFreeContext(ctx);
    xmlFreeDoc(doc);
    xmlCleanupParser();
    return failed;
}
