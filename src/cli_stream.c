/* cli_stream.c - `jatsify stream`: newline-delimited JSON in, one JSON line
 * out per document, in input order, whatever -j is.
 *
 * This is the contract of Hadoop Streaming, Spark's RDD.pipe and GNU
 * parallel --pipe: every input line gets exactly one output line, a bad line
 * is answered in its own output line, and nothing a line holds can stop the
 * stream. An output line depends on its input line alone (no line numbers,
 * no state), so splitting the input across processes and concatenating
 * their outputs gives the same bytes as one process. */
#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cli_pool.h"

/* A page is tens of kilobytes; a line this long is a mistake upstream (a
 * whole archive in one record), and refusing it keeps memory bounded. */
#define DEFAULT_MAX_LINE (16u << 20)

static void stream_usage(FILE *f) {
    fputs("Usage: jatsify stream [OPTIONS] < IN.ndjson > OUT.ndjson\n"
          "\n"
          "Reads one JSON document per line on stdin:\n"
          "  {\"id\": ..., \"text\": \"...\", \"metadata\": {...}}\n"
          "and writes one JSON line per input line on stdout, in input order:\n"
          "  {\"id\": ..., \"jats\": \"...\", \"jsonld\": {...}, \"valid\": true|false,\n"
          "   \"errors\": [...], \"warnings\": [...]}\n"
          "\"metadata\" is optional and has the shape of a sidecar file. A line that\n"
          "cannot be read (not JSON, no \"text\", too long) is answered with\n"
          "\"jats\": null and the reason in \"errors\"; blank lines are skipped.\n"
          "\n"
          "  -j, --jobs N           parallel workers (default: one per core)\n"
          "  -m, --metadata FILE    sidecar for lines without \"metadata\"\n"
          "  -s, --schema PATH      official JATS XSD (folder or .xsd file)\n"
          "      --no-validate      do not validate the JATS (\"valid\" then reflects\n"
          "                         conversion errors only)\n"
          "      --max-line BYTES   longest input line read (default 16777216)\n"
          "  -h, --help             show this help\n"
          "\n"
          "Exit status: 0 when every line was answered (whatever the answers say),\n"
          "2 usage error, 3 stdout could not be written.\n",
          f);
}

typedef struct {
    char *line;
    size_t len;
    int oversized;
    char *out;
    size_t out_len;
} item;

typedef struct {
    jfy_meta *meta; /* --metadata, may be NULL */
    jfy_schema *schema;
    size_t max_line;
    int write_failed;
} stream;

static int add_msg(json_t *arr, const char *rule, int line, const char *key, const char *fmt,
                   ...) {
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    json_t *o = json_object();
    if (!o)
        return -1;
    if (line > 0)
        json_object_set_new(o, key, json_integer(line));
    json_object_set_new(o, "rule", json_string(rule));
    json_object_set_new(o, "message", json_string(buf));
    return json_array_append_new(arr, o);
}

static void schema_diag(const jfy_diag *d, void *ud) {
    add_msg(ud, d->rule, d->line, "jats_line", "%s", d->message);
}

/* Fills out's "jats", "jsonld" and "valid" from one parsed line. */
static void convert_line(stream *s, json_t *in, json_t *out, json_t *errors, json_t *warnings) {
    json_t *text = json_object_get(in, "text");
    if (!json_is_string(text)) {
        add_msg(errors, "missing-text", 0, NULL, "the line has no \"text\" string to convert");
        return;
    }
    json_t *id = json_object_get(in, "id");
    const char *name = json_is_string(id) ? json_string_value(id) : NULL;
    json_t *mj = json_object_get(in, "metadata");
    jfy_meta *own = NULL;
    jfy_error err = {0};
    if (mj && !json_is_null(mj)) {
        char *mtext = json_dumps(mj, JSON_COMPACT | JSON_ENCODE_ANY);
        own = mtext ? jfy_meta_from_json(mtext, strlen(mtext), "metadata", &err) : NULL;
        free(mtext);
        if (!own) {
            add_msg(errors, "bad-metadata", 0, NULL, "\"metadata\" is not a usable sidecar: %s",
                    err.text[0] ? err.text : "out of memory");
            return;
        }
    }
    jfy_convert_options opts = {name, NULL, own ? own : s->meta};
    jfy_doc *doc = jfy_convert(json_string_value(text), json_string_length(text), &opts, &err);
    jfy_meta_free(own);
    if (!doc) {
        add_msg(errors, err.code == JFY_ERR_ENCODING ? "decode" : "convert", err.line, "line",
                "%s", err.text);
        return;
    }
    int valid = 1;
    for (size_t i = 0; i < jfy_doc_diag_count(doc); i++) {
        const jfy_diag *d = jfy_doc_diag(doc, i);
        if (d->level == JFY_ERROR)
            valid = 0;
        if (d->level >= JFY_WARNING)
            add_msg(d->level == JFY_ERROR ? errors : warnings, d->rule, d->line, "line", "%s",
                    d->message);
    }
    size_t xlen = 0;
    char *xml = jfy_doc_jats(doc, &xlen);
    char *ld = jfy_doc_jsonld(doc, NULL);
    jfy_doc_free(doc);
    json_t *ldj = ld ? json_loads(ld, 0, NULL) : NULL;
    if (!xml || !ldj) {
        add_msg(errors, "convert", 0, NULL, "out of memory");
        free(xml);
        free(ld);
        json_decref(ldj);
        return;
    }
    free(ld);
    if (s->schema) {
        int n = jfy_schema_validate(s->schema, xml, xlen, schema_diag, errors, &err);
        if (n < 0)
            add_msg(errors, "schema", err.line, "jats_line", "%s", err.text);
        if (n != 0)
            valid = 0;
    }
    json_object_set_new(out, "jats", json_stringn(xml, xlen));
    json_object_set_new(out, "jsonld", ldj);
    json_object_set_new(out, "valid", json_boolean(valid));
    free(xml);
}

static void work(void *it, void *ctx) {
    stream *s = ctx;
    item *t = it;
    json_t *out = json_object(), *errors = json_array(), *warnings = json_array();
    json_t *in = NULL;
    if (out && errors && warnings) {
        json_object_set_new(out, "id", json_null());
        json_object_set_new(out, "jats", json_null());
        json_object_set_new(out, "jsonld", json_null());
        json_object_set_new(out, "valid", json_false());
        if (t->oversized) {
            add_msg(errors, "line-too-long", 0, NULL,
                    "the line is longer than %zu bytes (--max-line) and was not read",
                    s->max_line);
        } else {
            json_error_t je;
            in = json_loadb(t->line, t->len, JSON_ALLOW_NUL | JSON_REJECT_DUPLICATES, &je);
            if (!in)
                add_msg(errors, "malformed-json", 0, NULL,
                        "the line is not valid JSON: %s (at column %d)", je.text, je.column);
            else if (!json_is_object(in))
                add_msg(errors, "malformed-json", 0, NULL,
                        "the line must be a JSON object with \"id\" and \"text\"");
            else {
                json_t *id = json_object_get(in, "id");
                if (id)
                    json_object_set(out, "id", id);
                convert_line(s, in, out, errors, warnings);
            }
        }
        json_object_set(out, "errors", errors);
        json_object_set(out, "warnings", warnings);
    }
    free(t->line);
    t->line = NULL;
    char *text = out ? json_dumps(out, JSON_COMPACT) : NULL;
    if (text) {
        t->out_len = strlen(text);
        t->out = text;
    }
    json_decref(in);
    json_decref(out);
    json_decref(errors);
    json_decref(warnings);
}

static void emit(void *it, void *ctx) {
    stream *s = ctx;
    item *t = it;
    static const char oom[] = "{\"id\":null,\"jats\":null,\"jsonld\":null,\"valid\":false,"
                              "\"errors\":[{\"rule\":\"convert\",\"message\":\"out of "
                              "memory\"}],\"warnings\":[]}";
    const char *o = t->out ? t->out : oom;
    size_t n = t->out ? t->out_len : sizeof oom - 1;
    if (fwrite(o, 1, n, stdout) != n || putchar('\n') == EOF)
        s->write_failed = 1;
    free(t->out);
    free(t);
}

static void drained(void *ctx) {
    stream *s = ctx;
    if (fflush(stdout) != 0)
        s->write_failed = 1;
}

/* One line of at most max bytes (without its newline); longer lines are
 * consumed and flagged, never held. 0 at end of input. */
typedef struct {
    FILE *f;
    char buf[1 << 16];
    size_t pos, len;
} reader;

static int read_line(reader *r, size_t max, char **line, size_t *len, int *over) {
    char *l = NULL;
    size_t n = 0, cap = 0;
    int started = 0;
    *over = 0;
    for (;;) {
        if (r->pos == r->len) {
            r->len = fread(r->buf, 1, sizeof r->buf, r->f);
            r->pos = 0;
            if (r->len == 0)
                break;
        }
        started = 1;
        char *nl = memchr(r->buf + r->pos, '\n', r->len - r->pos);
        size_t k = nl ? (size_t)(nl - (r->buf + r->pos)) : r->len - r->pos;
        if (!*over && n + k > max) {
            *over = 1;
            free(l);
            l = NULL;
            n = cap = 0;
        }
        if (!*over) {
            if (n + k + 1 > cap) {
                size_t nc = cap ? cap : 256;
                while (nc < n + k + 1)
                    nc *= 2;
                char *nb = realloc(l, nc);
                if (!nb) {
                    free(l);
                    return -1;
                }
                l = nb;
                cap = nc;
            }
            memcpy(l + n, r->buf + r->pos, k);
            n += k;
        }
        r->pos += k;
        if (nl) {
            r->pos++;
            break;
        }
    }
    if (!started) {
        free(l);
        return 0;
    }
    if (!l && !*over && !(l = malloc(1)))
        return -1;
    if (l) {
        if (n && l[n - 1] == '\r')
            n--;
        l[n] = '\0';
    }
    *line = l;
    *len = n;
    return 1;
}

static int blank(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t')
            return 0;
    return 1;
}

int jfy_cmd_stream(int argc, char **argv) {
    static const struct option longopts[] = {
        {"jobs", required_argument, NULL, 'j'},
        {"metadata", required_argument, NULL, 'm'},
        {"schema", required_argument, NULL, 's'},
        {"no-validate", no_argument, NULL, 'N'},
        {"max-line", required_argument, NULL, 'L'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *meta_path = NULL, *schema_arg = NULL;
    int jobs = 0, validate = 1, c;
    unsigned long long max_line = DEFAULT_MAX_LINE;
    char *end;
    optind = 1;
    while ((c = getopt_long(argc, argv, "j:m:s:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'j':
            jobs = (int)strtol(optarg, &end, 10);
            if (*end || jobs < 1) {
                fprintf(stderr, "jatsify stream: -j takes a number of workers, not '%s'\n",
                        optarg);
                return JFY_EXIT_USAGE;
            }
            break;
        case 'm': meta_path = optarg; break;
        case 's': schema_arg = optarg; break;
        case 'N': validate = 0; break;
        case 'L':
            errno = 0;
            max_line = strtoull(optarg, &end, 10);
            if (*end || errno || max_line < 1 || max_line > (1ull << 31)) {
                fprintf(stderr, "jatsify stream: --max-line takes bytes (1 to 2^31), not '%s'\n",
                        optarg);
                return JFY_EXIT_USAGE;
            }
            break;
        case 'h': stream_usage(stdout); return JFY_EXIT_OK;
        default: fputs("Try 'jatsify stream --help'.\n", stderr); return JFY_EXIT_USAGE;
        }
    }
    if (optind != argc) {
        fputs("jatsify stream: reads stdin only, takes no INPUT\nTry 'jatsify stream --help'.\n",
              stderr);
        return JFY_EXIT_USAGE;
    }
    stream s = {0};
    s.max_line = (size_t)max_line;
    jfy_error err = {0};
    if (meta_path && !(s.meta = jfy_meta_load(meta_path, &err))) {
        if (err.line)
            fprintf(stderr, "%s:%d:%d: error: %s\n", err.source, err.line, err.column, err.text);
        else
            fprintf(stderr, "%s: error: %s\n", err.source, err.text);
        return err.code == JFY_ERR_IO ? JFY_EXIT_IO : JFY_EXIT_USAGE;
    }
    if (validate) {
        char *xsd = jfy_schema_locate(schema_arg);
        if (!xsd && schema_arg) {
            fprintf(stderr, "%s: error: no JATS 1.4 Publishing XSD there\n", schema_arg);
            jfy_meta_free(s.meta);
            return JFY_EXIT_USAGE;
        }
        if (!xsd)
            fputs("jatsify: note: JATS schema not found, outputs not validated; use --schema "
                  "DIR or set JATSIFY_XSD_DIR to the official JATS XSD folder\n",
                  stderr);
        else if (!(s.schema = jfy_schema_new(xsd, &err))) {
            fprintf(stderr, "%s: error: %s\n", err.source, err.text);
            free(xsd);
            jfy_meta_free(s.meta);
            return JFY_EXIT_USAGE;
        }
        free(xsd);
    }

    jfy_pool_fns fns = {work, emit, drained, &s};
    jfy_pool *pool = jfy_pool_start(jobs > 0 ? jobs : jfy_cli_cores(), &fns);
    if (!pool) {
        fputs("jatsify: error: cannot start worker threads\n", stderr);
        jfy_schema_free(s.schema);
        jfy_meta_free(s.meta);
        return JFY_EXIT_IO;
    }
    static reader r;
    r.f = stdin;
    int rc = JFY_EXIT_OK;
    for (;;) {
        char *line = NULL;
        size_t len = 0;
        int over;
        int got = read_line(&r, s.max_line, &line, &len, &over);
        if (got == 0)
            break;
        item *t = got > 0 ? calloc(1, sizeof *t) : NULL;
        if (!t) {
            free(line);
            fputs("jatsify: error: out of memory\n", stderr);
            rc = JFY_EXIT_IO;
            break;
        }
        if (!over && blank(line, len)) {
            free(line);
            free(t);
            continue;
        }
        t->line = line;
        t->len = len;
        t->oversized = over;
        jfy_pool_submit(pool, t);
    }
    if (ferror(stdin)) {
        fprintf(stderr, "<stdin>: error: cannot read: %s\n", strerror(errno));
        rc = JFY_EXIT_IO;
    }
    jfy_pool_finish(pool);
    if (fflush(stdout) != 0 || s.write_failed) {
        fprintf(stderr, "<stdout>: error: cannot write: %s\n", strerror(errno));
        rc = JFY_EXIT_IO;
    }
    jfy_schema_free(s.schema);
    jfy_meta_free(s.meta);
    return rc;
}
