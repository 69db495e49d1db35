/* provenance.c - the provenance map: for each JATS element made from the
 * page's text, the input span it came from, keyed by the element's XPath in
 * the JATS that jats.c writes for the same tree. A person checking an
 * archive conversion jumps from any tag to the page. Elements made from the
 * sidecar alone (journal-meta, volume...) have no span and are left out.
 * Block spans are exact lines; inline elements carry their block's span,
 * since the Markdown parser records no positions inside a block. */
#include "provenance.h"
#include "node.h"
#include "util.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static void walk(xmlNodePtr x, json_t *map) {
    for (; x; x = x->next) {
        if (x->type != XML_ELEMENT_NODE)
            continue;
        const jfy_node *n = x->_private;
        if (n && n->line > 0) {
            xmlChar *path = xmlGetNodePath(x);
            json_t *span = json_pack("{s:i, s:i, s:i, s:i}", "line", n->line, "column",
                                     n->col > 0 ? n->col : 1, "end_line",
                                     n->end_line > 0 ? n->end_line : n->line, "end_column",
                                     n->end_col > 0 ? n->end_col : 1);
            if (path && span)
                json_object_set_new(map, (const char *)path, span);
            else
                json_decref(span);
            xmlFree(path);
        }
        walk(x->children, map);
    }
}

char *jfyp_provenance(xmlDocPtr doc, const char *source, size_t *len) {
    json_t *root = json_object(), *map = json_object();
    if (!root || !map) {
        json_decref(root);
        json_decref(map);
        return NULL;
    }
    json_object_set_new(root, "source", source ? json_string(source) : json_null());
    json_object_set_new(root, "elements", map);
    walk(xmlDocGetRootElement(doc), map);
    char *s = json_dumps(root, JSON_INDENT(2));
    json_decref(root);
    if (!s)
        return NULL;
    char *r = jfyp_printf("%s\n", s);
    free(s);
    if (r && len)
        *len = strlen(r);
    return r;
}
