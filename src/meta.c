#include "meta.h"

#include <jansson.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct jfy_meta {
    char *path;
    char *dir; /* absolute folder of the sidecar, for "files" keys */
    json_t *root;
};

const char *jfy_meta_path(const jfy_meta *m) { return m ? m->path : NULL; }

void jfy_meta_free(jfy_meta *m) {
    if (!m)
        return;
    free(m->path);
    free(m->dir);
    json_decref(m->root);
    free(m);
}

/* jansson keeps no positions for values, so a wrongly typed key is located
 * by finding its quoted name in the text, after its parent's name. */
static void locate_key(const char *text, const char *parent, const char *key,
                       int *line, int *col) {
    *line = *col = 0;
    if (!text)
        return;
    char pat[300];
    const char *from = text;
    if (parent) {
        snprintf(pat, sizeof pat, "\"%s\"", parent);
        const char *p = strstr(text, pat);
        if (p)
            from = p + strlen(pat);
    }
    snprintf(pat, sizeof pat, "\"%s\"", key);
    const char *hit = strstr(from, pat);
    if (!hit)
        return;
    *line = 1;
    const char *ls = text;
    for (const char *p = text; p < hit; p++)
        if (*p == '\n')
            (*line)++, ls = p + 1;
    *col = (int)(hit - ls) + 1;
}

typedef struct {
    const char *path;
    const char *text;
    jfy_error *err;
} checker;

static int type_error(checker *c, const char *parent, const char *key, const char *want) {
    int line, col;
    locate_key(c->text, parent, key, &line, &col);
    jfyp_error_set(c->err, JFY_ERR_JSON, c->path, line, col,
                   "key \"%s%s%s\" must be %s; fix the sidecar", parent ? parent : "",
                   parent ? "." : "", key, want);
    return -1;
}

/* Every value of obj must be a string (numbers are accepted for volume-like
 * fields, since "volume": 9 is what people write). */
static int check_strings(checker *c, json_t *obj, const char *parent) {
    const char *k;
    json_t *v;
    json_object_foreach(obj, k, v) {
        if (!json_is_string(v) && !json_is_integer(v))
            return type_error(c, parent, k, "a string");
    }
    return 0;
}

static int check_shape(checker *c, json_t *root) {
    if (!json_is_object(root)) {
        jfyp_error_set(c->err, JFY_ERR_JSON, c->path, 1, 1,
                       "the sidecar must be a JSON object with \"journal\" and \"files\"");
        return -1;
    }
    const char *k;
    json_t *v;
    json_object_foreach(root, k, v) {
        if (strcmp(k, "journal") == 0) {
            if (!json_is_object(v))
                return type_error(c, NULL, k, "an object");
            const char *jk;
            json_t *jv;
            json_object_foreach(v, jk, jv) {
                if (strcmp(jk, "id") == 0 || strcmp(jk, "issn") == 0 ||
                    strcmp(jk, "publisher") == 0) {
                    if (!json_is_object(jv))
                        return type_error(c, "journal", jk, "an object");
                    if (check_strings(c, jv, jk) < 0)
                        return -1;
                } else if (!json_is_string(jv)) {
                    return type_error(c, "journal", jk, "a string");
                }
            }
        } else if (strcmp(k, "files") == 0) {
            if (!json_is_object(v))
                return type_error(c, NULL, k, "an object");
            const char *fk;
            json_t *fv;
            json_object_foreach(v, fk, fv) {
                if (!json_is_object(fv))
                    return type_error(c, "files", fk, "an object");
                if (check_strings(c, fv, fk) < 0)
                    return -1;
            }
        } else if (!json_is_string(v) && !json_is_integer(v)) {
            return type_error(c, NULL, k, "a string");
        }
    }
    return 0;
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    jfyp_buf b;
    jfyp_buf_init(&b);
    char tmp[8192];
    size_t n;
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
        jfyp_buf_put(&b, tmp, n);
    int bad = ferror(f);
    fclose(f);
    *len = b.len;
    char *r = jfyp_buf_finish(&b);
    if (bad) {
        free(r);
        return NULL;
    }
    return r;
}

static char *dir_of(const char *path) {
    char *abs = realpath(path, NULL);
    if (!abs)
        return NULL;
    char *slash = strrchr(abs, '/');
    if (slash == abs)
        slash[1] = '\0';
    else if (slash)
        *slash = '\0';
    return abs;
}

/* Checks and wraps parsed JSON text; dir is the folder "files" keys are
 * relative to, NULL when they are matched as given. */
static jfy_meta *meta_from_text(const char *text, size_t len, const char *name, int has_dir,
                                jfy_error *err) {
    json_error_t je;
    json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &je);
    if (!root) {
        jfyp_error_set(err, JFY_ERR_JSON, name, je.line, je.column,
                       "the sidecar is not valid JSON: %s", je.text);
        return NULL;
    }
    checker c = {name, text, err};
    if (check_shape(&c, root) < 0) {
        json_decref(root);
        return NULL;
    }
    jfy_meta *m = calloc(1, sizeof *m);
    if (!m || !(m->path = jfyp_strdup(name)) || (has_dir && !(m->dir = dir_of(name)))) {
        json_decref(root);
        jfy_meta_free(m);
        jfyp_error_set(err, JFY_ERR_NOMEM, name, 0, 0, "out of memory");
        return NULL;
    }
    m->root = root;
    return m;
}

jfy_meta *jfy_meta_load(const char *path, jfy_error *err) {
    size_t len;
    char *text = read_file(path, &len);
    if (!text) {
        jfyp_error_set(err, JFY_ERR_IO, path, 0, 0,
                       "cannot read the sidecar: %m; check the --metadata path");
        return NULL;
    }
    jfy_meta *m = meta_from_text(text, len, path, 1, err);
    free(text);
    return m;
}

jfy_meta *jfy_meta_from_json(const char *json, size_t len, const char *name, jfy_error *err) {
    if (err)
        err->code = JFY_OK;
    if (!json) {
        jfyp_error_set(err, JFY_ERR_USAGE, name ? name : "<string>", 0, 0, "no JSON given");
        return NULL;
    }
    return meta_from_text(json, len, name ? name : "<string>", 0, err);
}

char *jfy_meta_find(const char *input_path) {
    if (!input_path || strcmp(input_path, "-") == 0)
        return NULL;
    char *dir = dir_of(input_path);
    if (!dir)
        return NULL;
    /* Walk up to the filesystem root; an archive tree keeps one sidecar per
     * journal at its top. */
    for (;;) {
        char *cand = jfyp_printf("%s/jatsify.json", strcmp(dir, "/") == 0 ? "" : dir);
        struct stat st;
        if (cand && stat(cand, &st) == 0 && S_ISREG(st.st_mode)) {
            free(dir);
            return cand;
        }
        free(cand);
        char *slash = strrchr(dir, '/');
        if (!slash || strcmp(dir, "/") == 0)
            break;
        if (slash == dir)
            slash[1] = '\0';
        else
            *slash = '\0';
    }
    free(dir);
    return NULL;
}

jfy_meta *jfy_meta_discover(const char *input_path, jfy_error *err) {
    if (err)
        err->code = JFY_OK;
    char *path = jfy_meta_find(input_path);
    if (!path)
        return NULL;
    jfy_meta *m = jfy_meta_load(path, err);
    free(path);
    return m;
}

/* The sidecar's "files" entry for the input: keys are paths relative to the
 * sidecar's folder. */
static json_t *file_entry(const jfy_meta *m, const char *input_path) {
    json_t *files = json_object_get(m->root, "files");
    if (!files || !input_path)
        return NULL;
    if (!m->dir)
        return json_object_get(files, input_path);
    char *abs = realpath(input_path, NULL);
    json_t *hit = NULL;
    if (abs) {
        size_t dl = strlen(m->dir);
        if (strncmp(abs, m->dir, dl) == 0 && abs[dl] == '/')
            hit = json_object_get(files, abs + dl + 1);
        free(abs);
    }
    return hit;
}

static const char *str_of(json_t *v, char *tmp, size_t n) {
    if (json_is_string(v))
        return json_string_value(v);
    if (json_is_integer(v)) {
        snprintf(tmp, n, "%lld", (long long)json_integer_value(v));
        return tmp;
    }
    return NULL;
}

static jfy_node *ensure_child(jfy_node *parent, jfy_node_type t, int front) {
    jfy_node *c = jfyp_node_child(parent, t);
    if (!c && (c = jfyp_node_new(t))) {
        if (front)
            jfyp_node_prepend(parent, c);
        else
            jfyp_node_append(parent, c);
    }
    return c;
}

/* A date "YYYY", "YYYY-MM" or "YYYY-MM-DD" onto a DATE node's attrs. */
static int set_date(jfy_node *front, const char *type, const char *iso, int replace) {
    jfy_node *d = NULL;
    for (jfy_node *c = front->first; c; c = c->next)
        if (c->type == JFY_N_DATE && jfyp_node_attr(c, "type") &&
            strcmp(jfyp_node_attr(c, "type"), type) == 0)
            d = c;
    if (d && !replace)
        return 0;
    int y = 0, mo = 0, da = 0;
    if (sscanf(iso, "%d-%d-%d", &y, &mo, &da) < 1 || y < 1000 || y > 9999)
        return 1;
    if (!d) {
        if (!(d = jfyp_node_new(JFY_N_DATE)))
            return -1;
        jfyp_node_append(front, d);
    }
    char b[16];
    int rc = jfyp_node_set_attr(d, "type", type);
    snprintf(b, sizeof b, "%04d", y);
    rc |= jfyp_node_set_attr(d, "year", b);
    if (mo >= 1 && mo <= 12) {
        snprintf(b, sizeof b, "%02d", mo);
        rc |= jfyp_node_set_attr(d, "month", b);
    } else {
        rc |= jfyp_node_set_attr(d, "month", NULL);
    }
    if (da >= 1 && da <= 31 && mo) {
        snprintf(b, sizeof b, "%02d", da);
        rc |= jfyp_node_set_attr(d, "day", b);
    } else {
        rc |= jfyp_node_set_attr(d, "day", NULL);
    }
    return rc ? -1 : 0;
}

static int set_article_id(jfy_node *front, const char *type, const char *value) {
    for (jfy_node *c = front->first; c; c = c->next)
        if (c->type == JFY_N_ARTICLE_ID && strcmp(jfyp_node_attr(c, "type"), type) == 0)
            return jfyp_node_set_text(c, value);
    jfy_node *n = jfyp_node_new_text(JFY_N_ARTICLE_ID, value);
    if (!n || jfyp_node_set_attr(n, "type", type) < 0) {
        jfyp_node_free(n);
        return -1;
    }
    /* Article ids lead the front matter. */
    jfyp_node_prepend(front, n);
    return 0;
}

static int set_title(jfy_node *front, jfy_node_type t, const char *value) {
    jfy_node *old = jfyp_node_child(front, t);
    jfy_node *n = jfyp_node_new_with_text(t, value);
    if (!n)
        return -1;
    if (old) {
        jfyp_node_span_from(n, old);
        jfyp_node_insert_before(old, n);
        jfyp_node_free(old);
    } else {
        jfyp_node_append(front, n);
    }
    return 0;
}

static int apply_journal(json_t *j, jfy_node *journal) {
    char tmp[64];
    const char *k;
    json_t *v;
    int rc = 0;
    if (!j)
        return 0;
    const char *t = json_string_value(json_object_get(j, "title"));
    if (t)
        rc |= jfyp_node_set_attr(journal, "title", t);
    if ((t = json_string_value(json_object_get(j, "abbrev_title"))))
        rc |= jfyp_node_set_attr(journal, "abbrev-title", t);
    json_object_foreach(json_object_get(j, "id"), k, v) {
        char key[128];
        snprintf(key, sizeof key, "id:%s", k);
        rc |= jfyp_node_set_attr(journal, key, str_of(v, tmp, sizeof tmp));
    }
    json_object_foreach(json_object_get(j, "issn"), k, v) {
        char key[128];
        snprintf(key, sizeof key, "issn:%s", k);
        rc |= jfyp_node_set_attr(journal, key, str_of(v, tmp, sizeof tmp));
    }
    json_t *pub = json_object_get(j, "publisher");
    if ((t = json_string_value(json_object_get(pub, "name"))))
        rc |= jfyp_node_set_attr(journal, "publisher-name", t);
    if ((t = json_string_value(json_object_get(pub, "location"))))
        rc |= jfyp_node_set_attr(journal, "publisher-loc", t);
    return rc ? -1 : 0;
}

/* Issue-level or per-file article facts. replace: whether they beat what
 * the text says. */
static int apply_article(json_t *o, jfy_node *doc, jfy_node *front, int replace) {
    char tmp[64];
    const char *v;
    int rc = 0;
    static const char *const scalars[] = {"volume", "issue", "fpage", "lpage", "elocation-id"};
    for (size_t i = 0; i < sizeof scalars / sizeof *scalars; i++) {
        if ((v = str_of(json_object_get(o, scalars[i]), tmp, sizeof tmp)) &&
            (replace || !jfyp_node_attr(front, scalars[i])))
            rc |= jfyp_node_set_attr(front, scalars[i], v);
    }
    if ((v = str_of(json_object_get(o, "date"), tmp, sizeof tmp)))
        rc |= set_date(front, "pub", v, replace) < 0;
    if ((v = json_string_value(json_object_get(o, "type"))) &&
        (replace || !jfyp_node_attr(doc, "article-type")))
        rc |= jfyp_node_set_attr(doc, "article-type", v);
    if ((v = json_string_value(json_object_get(o, "lang"))) &&
        (replace || !jfyp_node_attr(doc, "lang")))
        rc |= jfyp_node_set_attr(doc, "lang", v);
    if ((v = json_string_value(json_object_get(o, "doi"))) &&
        (replace || !jfyp_node_find(front, JFY_N_ARTICLE_ID)))
        rc |= set_article_id(front, "doi", v);
    if ((v = json_string_value(json_object_get(o, "title"))) &&
        (replace || !jfyp_node_child(front, JFY_N_TITLE)))
        rc |= set_title(front, JFY_N_TITLE, v);
    if ((v = json_string_value(json_object_get(o, "subtitle"))) &&
        (replace || !jfyp_node_child(front, JFY_N_SUBTITLE)))
        rc |= set_title(front, JFY_N_SUBTITLE, v);
    return rc ? -1 : 0;
}

/* The volume or issue an entry belongs to: its own, else the sidecar's. */
static const char *entry_scalar(const jfy_meta *m, json_t *entry, const char *key,
                                char *tmp, size_t n) {
    const char *v = str_of(json_object_get(entry, key), tmp, n);
    return v ? v : str_of(json_object_get(m->root, key), tmp, n);
}

/* Cross-references to other articles of the issue by page ("see page
 * 274") point at the sidecar's "files" entry whose fpage is that page, in
 * the same volume and issue as this article. Two candidates are a
 * conflict: then the page stays unresolved and the user is told. */
static int resolve_pages(const jfy_meta *m, jfy_node *doc, jfy_node *front,
                         json_t *self, jfyp_diags *diags) {
    json_t *files = json_object_get(m->root, "files");
    if (!json_is_object(files))
        return 0;
    const char *vol = jfyp_node_attr(front, "volume"), *iss = jfyp_node_attr(front, "issue");
    for (jfy_node *n = doc->first; n; n = jfyp_node_next_in(doc, n)) {
        const char *page = jfyp_node_attr(n, "page");
        if (n->type != JFY_N_RELATED || !page || jfyp_node_attr(n, "doi"))
            continue;
        json_t *hit = NULL;
        int hits = 0;
        const char *k;
        json_t *e;
        json_object_foreach(files, k, e) {
            char t1[64], t2[64];
            const char *fp = str_of(json_object_get(e, "fpage"), t1, sizeof t1);
            if (e == self || !fp || strcmp(fp, page) != 0 ||
                !json_string_value(json_object_get(e, "doi")))
                continue;
            const char *ev = entry_scalar(m, e, "volume", t2, sizeof t2);
            if (vol && ev && strcmp(vol, ev) != 0)
                continue;
            const char *ei = entry_scalar(m, e, "issue", t2, sizeof t2);
            if (iss && ei && strcmp(iss, ei) != 0)
                continue;
            hit = e;
            hits++;
        }
        if (hits > 1) {
            jfyp_diags_add(diags, JFY_WARNING, n->line, n->col, "ambiguous-page-reference",
                           "page %s is the first page of %d \"files\" entries in %s; "
                           "the cross-reference is left without a DOI",
                           page, hits, m->path);
            continue;
        }
        if (!hit)
            continue;
        const char *title = json_string_value(json_object_get(hit, "title"));
        if (jfyp_node_set_attr(n, "doi", json_string_value(json_object_get(hit, "doi"))) < 0 ||
            (title && jfyp_node_set_attr(n, "title", title) < 0))
            return -1;
    }
    return 0;
}

/* Whether the article or its issue has a publication date. */
static int publication_dated(const jfy_node *front) {
    for (const jfy_node *c = front->first; c; c = c->next)
        if (c->type == JFY_N_DATE && (strcmp(jfyp_node_attr(c, "type"), "pub") == 0 ||
                                      strcmp(jfyp_node_attr(c, "type"), "collection") == 0))
            return 1;
    return 0;
}

int jfyp_meta_apply(const jfy_meta *m, const char *input_path, jfy_node *doc,
                    jfyp_diags *diags) {
    jfy_node *front = ensure_child(doc, JFY_N_FRONT, 1);
    if (!front)
        return -1;
    jfy_node *journal = ensure_child(front, JFY_N_JOURNAL, 1);
    if (!journal)
        return -1;
    if (m) {
        if (apply_journal(json_object_get(m->root, "journal"), journal) < 0)
            return -1;
        json_t *entry = file_entry(m, input_path);
        if (entry && apply_article(entry, doc, front, 1) < 0)
            return -1;
        if (apply_article(m->root, doc, front, 0) < 0)
            return -1;
        if (resolve_pages(m, doc, front, entry, diags) < 0)
            return -1;
    }
    /* The publisher's name as the page prints it, when the sidecar has
     * none: the sidecar's spelling wins, the page's beats nothing. */
    const char *pt = jfyp_node_attr(journal, "publisher-name-text");
    if (pt && !jfyp_node_attr(journal, "publisher-name") &&
        jfyp_node_set_attr(journal, "publisher-name", pt) < 0)
        return -1;
    /* Where neither the page nor the sidecar dates the publication, the
     * copyright notice's year does: a notice names the year of first
     * publication. Only the year: the notice says no more. */
    const jfy_node *perm = jfyp_node_child(front, JFY_N_PERMISSIONS);
    const char *cy = perm ? jfyp_node_attr(perm, "year") : NULL;
    if (cy && !publication_dated(front) && set_date(front, "pub", cy, 0) < 0)
        return -1;

    /* What JATS Publishing cannot do without, and where it comes from. */
    const char *src = m ? m->path : "a sidecar (--metadata FILE or jatsify.json)";
    int has_id = 0, has_issn = 0;
    for (const jfy_attr *a = journal->attrs; a; a = a->next) {
        has_id |= strncmp(a->key, "id:", 3) == 0;
        has_issn |= strncmp(a->key, "issn:", 5) == 0;
    }
    /* A journal's own acronym is the id many publishers file it under
     * (SciELO's publisher-id, JOSE's "JOSE"); a sidecar made from a
     * publisher's JATS whose journal-id is empty still names it. Better a
     * valid record that says where its id came from than an invalid one. */
    const char *abbrev = jfyp_node_attr(journal, "abbrev-title");
    if (!has_id && abbrev && *abbrev) {
        if (jfyp_node_set_attr(journal, "id:publisher-id", abbrev) < 0)
            return -1;
        has_id = 1;
        jfyp_diags_add(diags, JFY_WARNING, 0, 0, "journal-id-from-abbrev",
                       "no journal id: wrote the journal's abbreviated title \"%s\" as "
                       "its publisher-id; add \"journal\": {\"id\": {\"publisher-id\": ...}} "
                       "to %s to choose another", abbrev, src);
    }
    if (!has_id)
        jfyp_diags_add(diags, JFY_ERROR, 0, 0, "missing-journal-id",
                       "no journal id: JATS needs one; add \"journal\": {\"id\": "
                       "{\"nlm-ta\": ...}} to %s", src);
    if (!has_issn)
        jfyp_diags_add(diags, JFY_ERROR, 0, 0, "missing-issn",
                       "no ISSN: JATS Publishing needs one; add \"journal\": {\"issn\": "
                       "{\"print\": ..., \"electronic\": ...}} to %s", src);
    if (!jfyp_node_attr(journal, "title"))
        jfyp_diags_add(diags, JFY_WARNING, 0, 0, "missing-journal-title",
                       "no journal title; add \"journal\": {\"title\": ...} to %s", src);
    jfy_node *title = jfyp_node_child(front, JFY_N_TITLE);
    char *tt = title ? jfyp_node_plain(title) : NULL;
    if (!tt || !*jfyp_trim(tt))
        jfyp_diags_add(diags, JFY_ERROR, 0, 0, "missing-title",
                       "no article title found in the text; add \"files\": {\"<file>\": "
                       "{\"title\": ...}} to %s", src);
    free(tt);
    if (!publication_dated(front))
        jfyp_diags_add(diags, JFY_WARNING, 0, 0, "missing-pub-date",
                       "no publication date found in the text, written as "
                       "<pub-date-not-available/>; add \"date\": \"YYYY-MM-DD\" "
                       "(issue-wide or per file) to %s", src);
    return 0;
}

void jfyp_meta_hints(const jfy_meta *m, jfyp_hints *h) {
    if (!m)
        return;
    json_t *j = json_object_get(m->root, "journal");
    size_t n = 0;
    const char *t;
    if ((t = json_string_value(json_object_get(j, "title"))))
        h->journal_names[n++] = t;
    if ((t = json_string_value(json_object_get(j, "abbrev_title"))))
        h->journal_names[n++] = t;
    const char *k;
    json_t *v;
    json_object_foreach(json_object_get(j, "id"), k, v) {
        if (n < JFYP_HINT_NAMES && (t = json_string_value(v)))
            h->journal_names[n++] = t;
    }
    h->publisher = json_string_value(json_object_get(json_object_get(j, "publisher"), "name"));
}
