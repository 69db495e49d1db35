/* cli_convert.c - `jatsify convert`: one page in, JATS and JSON-LD out,
 * validated against the official schema when it can be found. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "report.h"

static void convert_usage(FILE *f) {
    fputs("Usage: jatsify convert INPUT [-o OUT.xml] [OPTIONS]\n"
          "       jatsify convert -d OUTDIR [-j N] [--force] [OPTIONS] INPUT...\n"
          "\n"
          "Converts one plain-text or Markdown page (INPUT, '-' for stdin).\n"
          "With -o OUT.xml the JATS goes to OUT.xml and the JSON-LD to OUT.jsonld\n"
          "(when OUT is a device or a pipe, only the JATS goes to it);\n"
          "without -o (or with -o -) one format goes to stdout.\n"
          "\n"
          "With -d, converts many: each INPUT folder is searched for *.txt and its\n"
          "tree mirrored into OUTDIR (a/b/page.txt -> OUTDIR/a/b/page.xml and\n"
          ".jsonld); an INPUT file lands at its own relative path below OUTDIR.\n"
          "Pages whose outputs are newer than them and their sidecar are skipped.\n"
          "\n"
          "  -d, --outdir DIR       batch mode: write every output below DIR\n"
          "  -j, --jobs N           parallel workers (default: one per core)\n"
          "  -f, --force            convert even pages whose outputs are up to date\n"
          "  -r, --report FMT[:FILE] with -d: a report of every page, as `validate`\n"
          "                         writes it (json, junit, text, github, html), to\n"
          "                         FILE when given, else stdout; may be repeated\n"
          "  -o, --output FILE      where to write ('-' for stdout)\n"
          "  -t, --to FORMAT        jats, jsonld or both (default: both with -o FILE,\n"
          "                         jats on stdout)\n"
          "  -m, --metadata FILE    sidecar JSON with journal facts; by default\n"
          "                         jatsify.json is looked for beside INPUT and above\n"
          "  -s, --schema PATH      official JATS XSD (folder or .xsd file); default:\n"
          "                         $JATSIFY_XSD_DIR, then the configure-time folder\n"
          "      --no-validate      do not validate the JATS\n"
          "  -p, --provenance       also write OUT.prov.json: each JATS element's XPath\n"
          "                         mapped to the input lines it came from\n"
          "  -e, --encoding NAME    input encoding (default: detect UTF-8/UTF-16,\n"
          "                         else Windows-1252)\n"
          "  -q, --quiet            print errors only\n"
          "  -h, --help             show this help\n",
          f);
}

typedef struct {
    const char *file;
    int quiet;
} diag_ctx;

static void print_schema_diag(const jfy_diag *d, void *ud) {
    diag_ctx *c = ud;
    jfy_cli_diag(c->file, d);
}

/* OUT.xml -> OUT<ext>; a name without .xml gets ext appended. */
static char *with_extension(const char *xml_path, const char *ext) {
    size_t n = strlen(xml_path);
    char *r = malloc(n + strlen(ext) + 1);
    if (!r)
        return NULL;
    memcpy(r, xml_path, n + 1);
    if (n > 4 && strcmp(r + n - 4, ".xml") == 0)
        r[n - 4] = '\0';
    strcat(r, ext);
    return r;
}

int jfy_cmd_convert(int argc, char **argv) {
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},
        {"to", required_argument, NULL, 't'},
        {"metadata", required_argument, NULL, 'm'},
        {"schema", required_argument, NULL, 's'},
        {"no-validate", no_argument, NULL, 'N'},
        {"encoding", required_argument, NULL, 'e'},
        {"quiet", no_argument, NULL, 'q'},
        {"provenance", no_argument, NULL, 'p'},
        {"help", no_argument, NULL, 'h'},
        {"outdir", required_argument, NULL, 'd'},
        {"jobs", required_argument, NULL, 'j'},
        {"force", no_argument, NULL, 'f'},
        {"report", required_argument, NULL, 'r'},
        {NULL, 0, NULL, 0},
    };
    const char *out = NULL, *to = NULL, *meta_path = NULL, *schema_arg = NULL,
               *encoding = NULL;
    const char *outdir = NULL;
    int validate = 1, quiet = 0, provenance = 0, c, jobs = 0, force = 0;
    char *end;
    static const char *const fmt_names[] = {"text", "json", "junit", "github", "html"};
    jfy_batch_opts bo = {0};
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:t:m:s:e:qphd:j:fr:", longopts, NULL)) != -1) {
        switch (c) {
        case 'r': {
            const char *colon = strchr(optarg, ':');
            size_t flen = colon ? (size_t)(colon - optarg) : strlen(optarg);
            const char *fmt = NULL;
            for (size_t i = 0; i < 5; i++)
                if (strlen(fmt_names[i]) == flen && strncmp(optarg, fmt_names[i], flen) == 0)
                    fmt = fmt_names[i];
            if (!fmt || (colon && !colon[1]) || bo.nreports == 4) {
                fprintf(stderr,
                        "jatsify convert: --report takes json, junit, text, github or html, "
                        "optionally with :FILE (at most 4), not '%s'\n",
                        optarg);
                return JFY_EXIT_USAGE;
            }
            bo.reports[bo.nreports].format = fmt;
            bo.reports[bo.nreports].file = colon ? colon + 1 : NULL;
            bo.nreports++;
            break;
        }
        case 'd': outdir = optarg; break;
        case 'f': force = 1; break;
        case 'j':
            jobs = (int)strtol(optarg, &end, 10);
            if (*end || jobs < 1) {
                fprintf(stderr, "jatsify convert: -j takes a number of workers, not '%s'\n",
                        optarg);
                return JFY_EXIT_USAGE;
            }
            break;
        case 'o': out = optarg; break;
        case 't': to = optarg; break;
        case 'm': meta_path = optarg; break;
        case 's': schema_arg = optarg; break;
        case 'N': validate = 0; break;
        case 'e': encoding = optarg; break;
        case 'q': quiet = 1; break;
        case 'p': provenance = 1; break;
        case 'h': convert_usage(stdout); return JFY_EXIT_OK;
        default:
            fputs("Try 'jatsify convert --help'.\n", stderr);
            return JFY_EXIT_USAGE;
        }
    }
    if (outdir || optind < argc - 1) {
        const char *why = !outdir ? "several INPUTs need -d OUTDIR"
                          : out || to ? "-d OUTDIR names the outputs itself; drop -o and --to"
                          : optind >= argc ? "no INPUT given"
                                           : NULL;
        if (why) {
            fprintf(stderr, "jatsify convert: %s\nTry 'jatsify convert --help'.\n", why);
            return JFY_EXIT_USAGE;
        }
        bo.outdir = outdir;
        bo.jobs = jobs;
        bo.force = force;
        bo.quiet = quiet;
        bo.validate = validate;
        bo.schema_arg = schema_arg;
        bo.encoding = encoding;
        bo.meta_path = meta_path;
        return jfy_cli_batch(&bo, argv + optind, argc - optind);
    }
    if (jobs || force || bo.nreports) {
        fputs("jatsify convert: -j, --force and --report go with -d OUTDIR\nTry 'jatsify convert --help'.\n",
              stderr);
        return JFY_EXIT_USAGE;
    }
    if (optind != argc - 1) {
        fprintf(stderr, "jatsify convert: %s\nTry 'jatsify convert --help'.\n",
                optind >= argc ? "no INPUT given" : "exactly one INPUT is converted at a time");
        return JFY_EXIT_USAGE;
    }
    const char *input = argv[optind];
    int to_stdout = !out || strcmp(out, "-") == 0;
    /* OUT.jsonld and OUT.prov.json beside a device would be files in /dev. */
    int to_stream = !to_stdout && jfy_cli_is_stream(out);
    if (!to)
        to = to_stdout || to_stream ? "jats" : "both";
    int want_jats = strcmp(to, "jats") == 0 || strcmp(to, "both") == 0;
    int want_jsonld = strcmp(to, "jsonld") == 0 || strcmp(to, "both") == 0;
    if (!want_jats && !want_jsonld) {
        fprintf(stderr, "jatsify convert: --to takes jats, jsonld or both, not '%s'\n", to);
        return JFY_EXIT_USAGE;
    }
    if (to_stdout && want_jats && want_jsonld) {
        fputs("jatsify convert: --to both needs -o OUT.xml (two files); on stdout choose "
              "--to jats or --to jsonld\n",
              stderr);
        return JFY_EXIT_USAGE;
    }

    if (to_stream && ((want_jats && want_jsonld) || provenance)) {
        char *beside = with_extension(out, provenance ? ".prov.json" : ".jsonld");
        fprintf(stderr,
                "jatsify convert: %s is a device or a pipe; nothing is written beside it "
                "(%s). Choose --to jats or --to jsonld without --provenance, or an ordinary "
                "file\n",
                out, beside ? beside : "OUT.jsonld");
        free(beside);
        return JFY_EXIT_USAGE;
    }

    jfy_error err = {0};
    jfy_meta *meta = NULL;
    if (meta_path) {
        meta = jfy_meta_load(meta_path, &err);
    } else if (strcmp(input, "-") != 0) {
        meta = jfy_meta_discover(input, &err);
    }
    if (!meta && err.code != JFY_OK) {
        if (err.line)
            fprintf(stderr, "%s:%d:%d: error: %s\n", err.source, err.line, err.column, err.text);
        else
            fprintf(stderr, "%s: error: %s\n", err.source, err.text);
        return err.code == JFY_ERR_IO ? JFY_EXIT_IO : JFY_EXIT_USAGE;
    }

    size_t len;
    char *bytes = jfy_cli_read(input, &len);
    if (!bytes) {
        fprintf(stderr, "%s: error: cannot read: %s\n", input, strerror(errno));
        jfy_meta_free(meta);
        return JFY_EXIT_IO;
    }
    const char *name = strcmp(input, "-") == 0 ? "<stdin>" : input;
    jfy_convert_options opts = {strcmp(input, "-") == 0 ? NULL : input, encoding, meta};
    if (provenance && (!out || strcmp(out, "-") == 0)) {
        fputs("jatsify convert: --provenance needs -o OUT.xml (it writes OUT.prov.json)\n",
              stderr);
        free(bytes);
        jfy_meta_free(meta);
        return JFY_EXIT_USAGE;
    }
    jfy_doc *doc = jfy_convert(bytes, len, &opts, &err);
    free(bytes);
    if (!doc) {
        if (err.line)
            fprintf(stderr, "%s:%d: error: %s\n", name, err.line, err.text);
        else
            fprintf(stderr, "%s: error: %s\n", name, err.text);
        jfy_meta_free(meta);
        return err.code == JFY_ERR_NOMEM ? JFY_EXIT_IO : JFY_EXIT_INVALID;
    }
    int status = JFY_EXIT_OK;
    for (size_t i = 0; i < jfy_doc_diag_count(doc); i++) {
        const jfy_diag *d = jfy_doc_diag(doc, i);
        if (d->level == JFY_ERROR)
            status = JFY_EXIT_INVALID;
        if (!quiet || d->level == JFY_ERROR)
            jfy_cli_diag(name, d);
    }

    size_t xlen = 0, jlen = 0;
    char *xml = want_jats || validate ? jfy_doc_jats(doc, &xlen) : NULL;
    char *jsonld = want_jsonld ? jfy_doc_jsonld(doc, &jlen) : NULL;
    size_t plen = 0;
    char *prov = provenance ? jfy_doc_provenance(doc, &plen) : NULL;
    jfy_doc_free(doc);
    jfy_meta_free(meta);
    if ((want_jats && !xml) || (want_jsonld && !jsonld) || (provenance && !prov)) {
        fputs("jatsify: error: out of memory\n", stderr);
        free(xml);
        free(jsonld);
        free(prov);
        return JFY_EXIT_IO;
    }

    const char *xml_out = to_stdout ? "-" : out;
    char *jsonld_out = NULL;
    if (want_jsonld)
        jsonld_out = to_stdout ? strdup("-")
                     : want_jats ? with_extension(out, ".jsonld")
                                 : strdup(out);
    char *prov_out = prov ? with_extension(out, ".prov.json") : NULL;
    int io_failed = 0, to_files = 0, bad_schema = 0;
    /* The outputs of one page are written as a set: their writeback runs
     * while the JATS is validated, and they are renamed into place together
     * once all are on disk. */
    const char *paths[3], *datas[3];
    size_t lens[3], nout = 0, failed = 0;
    jfy_cli_set set;
    if ((want_jsonld && !jsonld_out) || (prov && !prov_out)) {
        fputs("jatsify: error: out of memory\n", stderr);
        io_failed = 1;
    } else if (to_stdout) {
        const char *what = want_jats ? xml : jsonld;
        if (jfy_cli_write("-", what, want_jats ? xlen : jlen) < 0) {
            fprintf(stderr, "-: error: cannot write: %s\n", strerror(errno));
            io_failed = 1;
        }
    } else {
        if (want_jats)
            paths[nout] = xml_out, datas[nout] = xml, lens[nout++] = xlen;
        if (want_jsonld)
            paths[nout] = jsonld_out, datas[nout] = jsonld, lens[nout++] = jlen;
        if (prov)
            paths[nout] = prov_out, datas[nout] = prov, lens[nout++] = plen;
        jfy_cli_set_begin(&set, paths, datas, lens, nout);
        to_files = 1;
    }
    free(jsonld);
    free(prov);

    if (validate && xml) {
        char *xsd = jfy_schema_locate(schema_arg);
        const char *shown = want_jats && !to_stdout ? out : "<jats>";
        if (!xsd) {
            if (schema_arg) {
                fprintf(stderr, "%s: error: no JATS 1.4 Publishing XSD there\n", schema_arg);
                bad_schema = 1;
            } else if (!quiet)
                fprintf(stderr,
                        "jatsify: note: JATS schema not found, output not validated; "
                        "use --schema DIR or set JATSIFY_XSD_DIR to the official JATS XSD "
                        "folder\n");
        } else {
            jfy_schema *schema = jfy_schema_new(xsd, &err);
            diag_ctx dc = {shown, quiet};
            int n = schema ? jfy_schema_validate(schema, xml, xlen, print_schema_diag, &dc, &err)
                           : -1;
            if (n < 0) {
                fprintf(stderr, "%s: error: %s\n", err.source[0] ? err.source : shown, err.text);
                status = JFY_EXIT_INVALID;
            } else if (n > 0) {
                fprintf(stderr, "%s: error: %d schema error%s against %s\n", shown, n,
                        n == 1 ? "" : "s", xsd);
                status = JFY_EXIT_INVALID;
            }
            jfy_schema_free(schema);
            free(xsd);
        }
    }
    free(xml);
    if (to_files && jfy_cli_set_commit(&set, &failed) < 0) {
        fprintf(stderr, "%s: error: cannot write: %s\n", paths[failed], strerror(errno));
        io_failed = 1;
    }
    free(jsonld_out);
    free(prov_out);
    return bad_schema ? JFY_EXIT_USAGE : io_failed ? JFY_EXIT_IO : status;
}
