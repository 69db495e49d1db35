/* convert.c - the library's front door: runs decode -> columns -> parse -> recognize
 * -> sidecar, and hands the tree to the emitters on request. */
#include "jatsify.h"

#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "columns.h"
#include "decode.h"
#include "jats.h"
#include "jsonld.h"
#include "meta.h"
#include "node.h"
#include "parse.h"
#include "provenance.h"
#include "recognize.h"
#include "schema.h"
#include "util.h"

struct jfy_doc {
    jfy_node *tree;
    jfyp_arena arena; /* the tree's texts and attributes (jfyp_node_arena_begin) */
    char *source; /* input path, NULL for a string */
    jfyp_diags diags;
};

const char *jfy_version(void) { return PACKAGE_VERSION; }

static jfy_doc *convert_into(jfy_doc *d, const char *bytes, size_t len,
                             const jfy_convert_options *opts, jfy_error *err);

jfy_doc *jfy_convert(const char *bytes, size_t len, const jfy_convert_options *opts,
                     jfy_error *err) {
    jfy_convert_options none = {0};
    if (!opts)
        opts = &none;
    const char *src = opts->input_path ? opts->input_path : "<string>";
    if (err)
        err->code = JFY_OK;
    jfy_doc *d = calloc(1, sizeof *d);
    if (!d) {
        jfyp_error_set(err, JFY_ERR_NOMEM, src, 0, 0, "out of memory");
        return NULL;
    }
    jfyp_node_arena_begin(&d->arena);
    d = convert_into(d, bytes, len, opts, err);
    jfyp_node_arena_end();
    return d;
}

/* Fills d, or frees it and returns NULL. */
static jfy_doc *convert_into(jfy_doc *d, const char *bytes, size_t len,
                             const jfy_convert_options *opts, jfy_error *err) {
    const char *src = opts->input_path ? opts->input_path : "<string>";
    char *text = jfyp_decode(bytes, len, opts->encoding, src, &d->diags, err);
    if (!text) {
        jfy_doc_free(d);
        return NULL;
    }
    if (opts->input_path && !(d->source = jfyp_strdup(opts->input_path))) {
        free(text);
        jfyp_error_set(err, JFY_ERR_NOMEM, src, 0, 0, "out of memory");
        jfy_doc_free(d);
        return NULL;
    }
    jfyp_linemap map;
    char *ordered = jfyp_columns(text, strlen(text), &map);
    if (!ordered) {
        jfyp_error_set(err, JFY_ERR_NOMEM, src, 0, 0, "out of memory");
        jfy_doc_free(d);
        return NULL;
    }
    d->tree = jfyp_parse(ordered, strlen(ordered));
    free(ordered);
    if (d->tree)
        jfyp_columns_remap(d->tree, &map);
    jfyp_linemap_free(&map);
    jfyp_hints hints = {{0}, NULL};
    jfyp_meta_hints(opts->meta, &hints);
    if (!d->tree || jfyp_recognize(d->tree, &d->diags, &hints) < 0 ||
        jfyp_meta_apply(opts->meta, opts->input_path, d->tree, &d->diags) < 0) {
        jfyp_error_set(err, JFY_ERR_NOMEM, src, 0, 0, "out of memory");
        jfy_doc_free(d);
        return NULL;
    }
    return d;
}

char *jfy_doc_jats(const jfy_doc *d, size_t *len) { return jfy_doc_jats_checked(d, NULL, len, NULL); }

char *jfy_doc_jats_checked(const jfy_doc *d, jfy_schema *schema, size_t *len, int *valid) {
    if (valid)
        *valid = 0;
    int arena = jfyp_xml_arena_begin();
    xmlDocPtr x = jfyp_jats_build(d->tree);
    char *r = x ? jfyp_jats_serialize(x, len) : NULL;
    /* What the check allocates (its patterns, compiled once) outlives the
     * document. */
    jfyp_xml_arena_pause();
    /* Read from the tree it was written from, the document needs no
     * reading back (a scan of some 50 KB a page) when the tree settles it;
     * a doubt (or no memory for the tree) leaves it to the bytes. */
    if (r && schema && valid)
        *valid = jfyp_schema_accepts_built(schema, x) > 0;
    if (arena)
        jfyp_xml_arena_end(x);
    else
        xmlFreeDoc(x);
    return r;
}

char *jfy_doc_provenance(const jfy_doc *d, size_t *len) {
    xmlDocPtr x = jfyp_jats_build(d->tree);
    if (!x)
        return NULL;
    char *r = jfyp_provenance(x, d->source, len);
    xmlFreeDoc(x);
    return r;
}

char *jfy_doc_jsonld(const jfy_doc *d, size_t *len) {
    jfyp_jsonld *j = jfyp_jsonld_build(d->tree);
    if (!j)
        return NULL;
    char *r = jfyp_jsonld_dump(j, len);
    jfyp_jsonld_free(j);
    return r;
}

const jfy_node *jfyp_doc_tree(const jfy_doc *d) { return d->tree; }

size_t jfy_doc_diag_count(const jfy_doc *d) { return d ? d->diags.len : 0; }

const jfy_diag *jfy_doc_diag(const jfy_doc *d, size_t i) {
    return d && i < d->diags.len ? &d->diags.items[i] : NULL;
}

void jfy_doc_free(jfy_doc *d) {
    if (!d)
        return;
    jfyp_node_free(d->tree);
    jfyp_arena_free(&d->arena);
    free(d->source);
    jfyp_diags_free(&d->diags);
    free(d);
}
