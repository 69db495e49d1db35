/* cli_validate.c - `jatsify validate`: any JATS files or folders, checked
 * against the official XSD (or the embedded profile) and the rules, in
 * parallel, reported in the order of their paths whatever -j is. */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "report.h"

/* A file with more problems than this is broken throughout; the rest are
 * counted, not kept, so memory stays bounded on huge files. */
#define MAX_PROBLEMS_PER_FILE 1000
/* Folders nest deeper than this only through symbolic-link loops. */
#define MAX_WALK_DEPTH 64
/* The source line kept for the HTML report, in bytes. */
#define MAX_CONTEXT 200

static void validate_usage(FILE *f) {
    fputs("Usage: jatsify validate [OPTIONS] FILE_OR_DIR...\n"
          "\n"
          "Checks JATS XML files (folders are walked for *.xml) against the JATS\n"
          "Journal Publishing schema and the rules an XSD cannot express. Prints one\n"
          "line per problem, FILE:LINE:COL: error: message [rule], then a summary.\n"
          "\n"
          "  -s, --schema WHICH      official (the NISO XSD), profile (jatsify's own,\n"
          "                          built in) or PATH (an XSD folder or .xsd file);\n"
          "                          default: official when found, else profile\n"
          "      --jats-version V    1.4 or 1.3 (official schema); default: the version\n"
          "                          the document declares when installed, else 1.4\n"
          "  -r, --report FMT[:FILE] text (default), json, junit, github or html;\n"
          "                          to FILE when given; may be repeated\n"
          "  -j, --jobs N            files checked in parallel (default: cores)\n"
          "      --strict            warnings make a file invalid too\n"
          "      --no-rules          schema only\n"
          "      --list-rules        list the rules (id, level, what is checked)\n"
          "  -q, --quiet             text report: summary only\n"
          "  -h, --help              show this help\n"
          "\n"
          "Exit status: 0 all valid, 1 some invalid, 2 usage error, 3 a file could not\n"
          "be read. Nothing is fetched from the network; DOCTYPEs are not resolved.\n",
          f);
}

/* ---------------------------------------------------------------------- */
/* Collecting the files                                                   */

typedef struct {
    char **paths;
    size_t n, cap;
} path_list;

static int list_add(path_list *l, const char *path) {
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        char **np = realloc(l->paths, cap * sizeof *np);
        if (!np)
            return -1;
        l->paths = np;
        l->cap = cap;
    }
    if (!(l->paths[l->n] = strdup(path)))
        return -1;
    l->n++;
    return 0;
}

static int has_xml_suffix(const char *name) {
    size_t n = strlen(name);
    return n > 4 && strcmp(name + n - 4, ".xml") == 0;
}

/* Adds the *.xml files under dir, skipping hidden entries. -1 on OOM. */
static int walk(path_list *l, const char *dir, int depth) {
    if (depth > MAX_WALK_DEPTH)
        return 0;
    DIR *d = opendir(dir);
    if (!d)
        return list_add(l, dir); /* reported unreadable when checked */
    struct dirent *e;
    int rc = 0;
    while (rc == 0 && (e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        size_t n = strlen(dir) + strlen(e->d_name) + 2;
        char *p = malloc(n);
        if (!p) {
            rc = -1;
            break;
        }
        snprintf(p, n, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", e->d_name);
        struct stat st;
        if (stat(p, &st) == 0 && S_ISDIR(st.st_mode))
            rc = walk(l, p, depth + 1);
        else if (has_xml_suffix(e->d_name))
            rc = list_add(l, p);
        free(p);
    }
    closedir(d);
    return rc;
}

static int cmp_paths(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* ---------------------------------------------------------------------- */
/* Schemas                                                                */

typedef struct {
    jfy_schema *fixed;     /* always this one (profile, PATH, --jats-version) */
    jfy_schema *by_version[2]; /* official 1.4, 1.3 when installed */
    char *labels[3];
} schemas;

static const char *const versions[2] = {"1.4", "1.3"};

static char *label_for(jfy_schema *s) { return jfy_schema_label(s); }

/* ---------------------------------------------------------------------- */
/* Checking                                                               */

typedef struct {
    path_list *files;
    jfy_file_result *results;
    schemas *sch;
    jfy_validate_options opts;
    int strict;
    pthread_mutex_t lock;
    size_t next;
    int fatal;           /* schema does not compile, or out of memory */
    jfy_error fatal_err;
} job;

typedef struct {
    job *j;
    jfy_file_result *res;
    const char *xml;
    size_t len;
    int oom;
    size_t *starts; /* byte offset of each line, built on the first problem */
    size_t nlines;
} file_ctx;

static jfy_schema *choose(const jfy_declared *d, void *ud) {
    file_ctx *fc = ud;
    schemas *s = fc->j->sch;
    jfy_schema *pick = s->fixed;
    size_t label = 2;
    if (!pick) {
        label = 0;
        if (d->version[0] && s->by_version[1] && strcmp(d->version, versions[1]) == 0 &&
            (!d->tagset[0] || strcmp(d->tagset, "Journal Publishing") == 0))
            label = 1;
        pick = s->by_version[label];
    }
    fc->res->schema = s->labels[label];
    return pick;
}

/* The source line a problem is on (for the HTML report), cut at
 * MAX_CONTEXT bytes. The line index is built once per file, so a file with
 * many problems is not rescanned for each. */
static char *context_line(file_ctx *fc, int line) {
    if (line <= 0 || !fc->xml)
        return NULL;
    if (!fc->starts) {
        /* memchr from newline to newline: a byte loop cost ~1M
         * instructions for a published article. */
        size_t cap = 64;
        if (!(fc->starts = malloc(cap * sizeof *fc->starts)))
            return NULL;
        fc->starts[0] = 0;
        fc->nlines = 1;
        const char *p = fc->xml, *end = fc->xml + fc->len;
        while (p < end && (p = memchr(p, '\n', (size_t)(end - p)))) {
            p++;
            if (fc->nlines == cap) {
                size_t *ns = realloc(fc->starts, 2 * cap * sizeof *ns);
                if (!ns) {
                    free(fc->starts);
                    fc->starts = NULL;
                    return NULL;
                }
                fc->starts = ns;
                cap *= 2;
            }
            fc->starts[fc->nlines++] = (size_t)(p - fc->xml);
        }
    }
    if ((size_t)line > fc->nlines)
        return NULL;
    const char *xml = fc->xml;
    size_t len = fc->len, i = fc->starts[line - 1], e = i;
    while (e < len && xml[e] != '\n' && xml[e] != '\r' && e - i < MAX_CONTEXT)
        e++;
    /* Do not cut a UTF-8 sequence in half. */
    while (e > i && e < len && ((unsigned char)xml[e] & 0xC0) == 0x80)
        e--;
    char *c = malloc(e - i + 1);
    if (c) {
        memcpy(c, xml + i, e - i);
        c[e - i] = '\0';
    }
    return c;
}

/* The problem's source line is quoted in reports; looked up only for the
 * problems a report keeps. */
static int add_problem(jfy_file_result *r, jfy_level level, int line, int col, const char *rule,
                       const char *msg, file_ctx *fc) {
    char *ctx = fc && r->nproblems < MAX_PROBLEMS_PER_FILE ? context_line(fc, line) : NULL;
    int rc = jfy_file_result_add(r, MAX_PROBLEMS_PER_FILE, level, line, col, rule, msg, NULL,
                                 ctx);
    free(ctx);
    return rc;
}

static void on_diag(const jfy_diag *d, void *ud) {
    file_ctx *fc = ud;
    if (add_problem(fc->res, d->level, d->line, d->column, d->rule, d->message, fc) < 0)
        fc->oom = 1;
}

static int cmp_problems(const void *a, const void *b) {
    const jfy_problem *x = a, *y = b;
    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    if (x->column != y->column)
        return x->column < y->column ? -1 : 1;
    /* qsort is not stable: ties are broken by content, so the order is
     * the same on every run. */
    int c = strcmp(x->rule, y->rule);
    return c ? c : strcmp(x->message, y->message);
}

static void set_fatal(job *j, const jfy_error *e) {
    pthread_mutex_lock(&j->lock);
    if (!j->fatal) {
        j->fatal = 1;
        j->fatal_err = *e;
    }
    pthread_mutex_unlock(&j->lock);
}

/* 1 when the check was put off (see worker), else 0. */
static int check_one(job *j, jfy_validator *v, size_t i) {
    jfy_file_result *r = &j->results[i];
    size_t len = 0;
    struct stat st;
    char *xml = NULL;
    if (stat(r->path, &st) == 0 && S_ISDIR(st.st_mode))
        errno = EISDIR;
    else
        xml = jfy_cli_read(r->path, &len);
    if (!xml) {
        char msg[512];
        snprintf(msg, sizeof msg, "cannot read: %s", strerror(errno));
        r->unreadable = 1;
        r->failed = 1;
        if (add_problem(r, JFY_ERROR, 0, 0, "unreadable", msg, NULL) < 0) {
            jfy_error e = {JFY_ERR_NOMEM, 0, 0, "", "out of memory"};
            set_fatal(j, &e);
        }
        return 0;
    }
    file_ctx fc = {j, r, xml, len, 0, NULL, 0};
    jfy_error err = {0};
    int n = jfy_validator_check(v, xml, len, on_diag, &fc, &r->declared, NULL, &err);
    r->by_profile = jfy_validator_last_by_profile(v);
    free(xml);
    free(fc.starts);
    if (n == JFY_CHECK_DEFERRED)
        return 1;
    if (n < 0 || fc.oom) {
        if (fc.oom)
            err = (jfy_error){JFY_ERR_NOMEM, 0, 0, "", "out of memory"};
        set_fatal(j, &err);
        return 0;
    }
    if (r->nproblems > 1)
        qsort(r->problems, r->nproblems, sizeof *r->problems, cmp_problems);
    r->failed = r->errors > 0 || (j->strict && r->warnings > 0);
    return 0;
}

static void *worker(void *arg) {
    job *j = arg;
    jfy_error err = {0};
    jfy_validator *v = jfy_validator_new(&j->opts, &err);
    if (!v) {
        set_fatal(j, &err);
        return NULL;
    }
    /* A file that needs the schema while another thread compiles it is put
     * off, not waited for: the thread goes on with the files the profile
     * tables settle, and comes back to the ones put off at the end, so no
     * core idles through the compile. Results stay in file order. */
    size_t *later = NULL, nlater = 0, cap = 0;
    jfy_validator_set_defer(v, 1);
    for (;;) {
        pthread_mutex_lock(&j->lock);
        size_t i = j->next++;
        int stop = j->fatal || i >= j->files->n;
        pthread_mutex_unlock(&j->lock);
        if (stop)
            break;
        if (!check_one(j, v, i))
            continue;
        if (nlater == cap) {
            size_t ncap = cap ? 2 * cap : 16;
            size_t *nl = realloc(later, ncap * sizeof *nl);
            if (!nl) {
                /* No room to remember it: check it now, waiting. */
                jfy_validator_set_defer(v, 0);
                check_one(j, v, i);
                jfy_validator_set_defer(v, 1);
                continue;
            }
            later = nl;
            cap = ncap;
        }
        later[nlater++] = i;
    }
    jfy_validator_set_defer(v, 0);
    for (size_t k = 0; k < nlater && !j->fatal; k++)
        check_one(j, v, later[k]);
    free(later);
    jfy_validator_free(v);
    return NULL;
}

/* Before any file is checked: when one of them holds MathML, the full
 * official schema will be compiled for it, and then it serves the files
 * without MathML too; compiling the MathML-stubbed variant as well would
 * cost more than it saves. Reading stops at the first such file (a byte
 * search, no parse); a file that cannot be read here is reported later. */
/* The schema most files get; a file declaring 1.3 in a default run is
 * not told apart without parsing, so the 1.3 schema keeps both variants,
 * each compiled when needed. NULL when there is nothing to scan for. */
static jfy_schema *scanned_schema(const schemas *sch) {
    jfy_schema *s = sch->fixed ? sch->fixed : sch->by_version[0];
    return s && !jfy_schema_is_embedded(s) ? s : NULL;
}

static void expect_mathml(jfy_schema *s, const path_list *files) {
    for (size_t i = 0; i < files->n; i++) {
        struct stat st;
        if (strcmp(files->paths[i], "-") == 0 || stat(files->paths[i], &st) != 0 ||
            !S_ISREG(st.st_mode))
            continue; /* "-" and pipes are read once, when checked */
        size_t len = 0;
        char *xml = jfy_cli_read(files->paths[i], &len);
        int hit = xml && jfy_schema_expect(s, xml, len);
        free(xml);
        if (hit)
            break;
    }
}

/* ---------------------------------------------------------------------- */
/* Reports                                                                */

typedef struct {
    const char *format;
    char *file; /* NULL: stdout */
} report_spec;

static int write_report(const report_spec *spec, const jfy_run_result *r) {
    return jfy_report_write(spec->format, spec->file, r);
}

static void free_results(jfy_file_result *res, size_t n) {
    for (size_t i = 0; res && i < n; i++)
        jfy_file_result_clear(&res[i]);
    free(res);
}

/* ---------------------------------------------------------------------- */

#define MAX_REPORTS 8

int jfy_cmd_validate(int argc, char **argv) {
    static const struct option longopts[] = {
        {"schema", required_argument, NULL, 's'},
        {"jats-version", required_argument, NULL, 'V'},
        {"report", required_argument, NULL, 'r'},
        {"jobs", required_argument, NULL, 'j'},
        {"strict", no_argument, NULL, 'S'},
        {"no-rules", no_argument, NULL, 'N'},
        {"quiet", no_argument, NULL, 'q'},
        {"list-rules", no_argument, NULL, 'L'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *schema_arg = NULL, *version = NULL;
    report_spec reports[MAX_REPORTS];
    size_t nreports = 0;
    long jobs = 0;
    int strict = 0, no_rules = 0, quiet = 0, c, status = JFY_EXIT_OK;
    optind = 1;
    while ((c = getopt_long(argc, argv, "s:r:j:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 's': schema_arg = optarg; break;
        case 'V': version = optarg; break;
        case 'r': {
            if (nreports == MAX_REPORTS) {
                fputs("jatsify validate: too many --report options\n", stderr);
                status = JFY_EXIT_USAGE;
                break;
            }
            const char *colon = strchr(optarg, ':');
            report_spec *sp = &reports[nreports];
            sp->file = colon ? strdup(colon + 1) : NULL;
            char fmt[16];
            snprintf(fmt, sizeof fmt, "%.*s", colon ? (int)(colon - optarg) : (int)strlen(optarg),
                     optarg);
            jfy_report_fn fn = jfy_report_for(fmt);
            if (!fn || (colon && (!sp->file || !*sp->file))) {
                fprintf(stderr,
                        "jatsify validate: --report takes text, json, junit, github or html, "
                        "optionally with :FILE, not '%s'\n",
                        optarg);
                free(sp->file);
                status = JFY_EXIT_USAGE;
                break;
            }
            /* The name as a literal with static storage, for the spec. */
            static const char *const names[] = {"text", "json", "junit", "github", "html"};
            for (size_t i = 0; i < 5; i++)
                if (strcmp(fmt, names[i]) == 0)
                    sp->format = names[i];
            nreports++;
            break;
        }
        case 'j': {
            char *end;
            jobs = strtol(optarg, &end, 10);
            if (*end || jobs < 1 || jobs > 1024) {
                fprintf(stderr, "jatsify validate: -j takes a number from 1 to 1024, not '%s'\n",
                        optarg);
                status = JFY_EXIT_USAGE;
            }
            break;
        }
        case 'S': strict = 1; break;
        case 'N': no_rules = 1; break;
        case 'q': quiet = 1; break;
        case 'L':
            for (size_t i = 0; i < nreports; i++)
                free(reports[i].file);
            for (size_t i = 0; i < jfy_rule_count(); i++) {
                const jfy_rule *rule = jfy_rule_at(i);
                printf("%-22s %-8s %s\n", rule->id, jfy_level_name(rule->level), rule->summary);
            }
            return JFY_EXIT_OK;
        case 'h':
            for (size_t i = 0; i < nreports; i++)
                free(reports[i].file);
            validate_usage(stdout);
            return JFY_EXIT_OK;
        default: status = JFY_EXIT_USAGE; break;
        }
    }
    if (status == JFY_EXIT_OK && version && strcmp(version, "1.4") != 0 &&
        strcmp(version, "1.3") != 0) {
        fprintf(stderr, "jatsify validate: --jats-version takes 1.4 or 1.3, not '%s'\n", version);
        status = JFY_EXIT_USAGE;
    }
    if (status == JFY_EXIT_OK && optind >= argc) {
        fputs("jatsify validate: no FILE_OR_DIR given\n", stderr);
        status = JFY_EXIT_USAGE;
    }
    schemas sch = {0};
    jfy_error err = {0};
    int use_profile = 0;
    if (status == JFY_EXIT_OK) {
        if (schema_arg && strcmp(schema_arg, "profile") == 0) {
            use_profile = 1;
            if (version && strcmp(version, "1.4") != 0) {
                fputs("jatsify validate: the profile is a profile of JATS 1.4\n", stderr);
                status = JFY_EXIT_USAGE;
            }
        } else {
            const char *where =
                schema_arg && strcmp(schema_arg, "official") != 0 ? schema_arg : NULL;
            for (size_t i = 0; i < 2 && status == JFY_EXIT_OK; i++) {
                if (version && strcmp(version, versions[i]) != 0)
                    continue;
                char *xsd = jfy_schema_locate_version(where, versions[i]);
                if (!xsd)
                    continue;
                sch.by_version[i] = jfy_schema_new(xsd, &err);
                free(xsd);
                if (!sch.by_version[i]) {
                    fprintf(stderr, "jatsify validate: %s\n", err.text);
                    status = err.code == JFY_ERR_NOMEM ? JFY_EXIT_IO : JFY_EXIT_USAGE;
                }
                /* An explicit .xsd file is the same for every version. */
                if (where && sch.by_version[i] && i == 0 && version == NULL) {
                    struct stat st;
                    if (stat(where, &st) == 0 && S_ISREG(st.st_mode))
                        break;
                }
            }
            int found = sch.by_version[0] || sch.by_version[1];
            if (status == JFY_EXIT_OK && !found) {
                if (schema_arg || version) {
                    fprintf(stderr,
                            "jatsify validate: no official JATS %s Publishing XSD %s%s; point "
                            "--schema at the XSD folder or set JATSIFY_XSD_DIR\n",
                            version ? version : "1.4", where ? "in " : "found",
                            where ? where : "");
                    status = JFY_EXIT_USAGE;
                } else {
                    use_profile = 1;
                }
            }
            if (status == JFY_EXIT_OK && found) {
                if (version)
                    sch.fixed = sch.by_version[0] ? sch.by_version[0] : sch.by_version[1];
                else if (!sch.by_version[0])
                    sch.fixed = sch.by_version[1];
            }
        }
        if (status == JFY_EXIT_OK && use_profile) {
            sch.fixed = jfy_schema_new_profile(&err);
            if (!sch.fixed) {
                fprintf(stderr, "jatsify validate: %s\n", err.text);
                status = err.code == JFY_ERR_NOMEM ? JFY_EXIT_IO : JFY_EXIT_USAGE;
            }
        }
        for (size_t i = 0; i < 2 && status == JFY_EXIT_OK; i++)
            if (sch.by_version[i] && !(sch.labels[i] = label_for(sch.by_version[i])))
                status = JFY_EXIT_IO;
        if (status == JFY_EXIT_OK && sch.fixed && !(sch.labels[2] = label_for(sch.fixed)))
            status = JFY_EXIT_IO;
    }

    path_list files = {0};
    for (int i = optind; status == JFY_EXIT_OK && i < argc; i++) {
        struct stat st;
        int rc = stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode) ? walk(&files, argv[i], 0)
                                                                : list_add(&files, argv[i]);
        if (rc < 0)
            status = JFY_EXIT_IO;
    }
    if (status == JFY_EXIT_OK) {
        if (files.n > 1)
            qsort(files.paths, files.n, sizeof *files.paths, cmp_paths);
        /* The same file named twice (or found twice) is checked once. */
        size_t k = 0;
        for (size_t i = 0; i < files.n; i++) {
            if (k && strcmp(files.paths[k - 1], files.paths[i]) == 0)
                free(files.paths[i]);
            else
                files.paths[k++] = files.paths[i];
        }
        files.n = k;
    }

    jfy_file_result *results = NULL;
    if (status == JFY_EXIT_OK && files.n) {
        results = calloc(files.n, sizeof *results);
        if (!results)
            status = JFY_EXIT_IO;
        for (size_t i = 0; results && i < files.n; i++)
            results[i].path = files.paths[i];
    }
    /* The scan for MathML runs here while the workers check the files the
     * profile settles; those that need the schema wait until the scan has
     * said which variant to compile (jfy_schema_hold). */
    jfy_schema *scan = status == JFY_EXIT_OK && files.n > 1 ? scanned_schema(&sch) : NULL;
    if (status == JFY_EXIT_OK && files.n) {
        job j = {&files, results, &sch, {0}, strict, PTHREAD_MUTEX_INITIALIZER, 0, 0, {0}};
        j.opts.choose = choose;
        j.opts.no_rules = no_rules;
        if (jobs == 0) {
            long cores = sysconf(_SC_NPROCESSORS_ONLN);
            jobs = cores > 0 ? cores : 1;
        }
        if ((size_t)jobs > files.n)
            jobs = (long)files.n;
        pthread_t *th = calloc((size_t)jobs, sizeof *th);
        long started = 0;
        if (scan)
            jfy_schema_hold(scan, 1);
        if (th)
            for (; started < jobs; started++)
                if (pthread_create(&th[started], NULL, worker, &j) != 0)
                    break;
        if (scan) {
            expect_mathml(scan, &files);
            jfy_schema_hold(scan, 0);
            /* This thread has nothing else to do: compile what was put off. */
            if (started > 0)
                jfy_schema_compile_wanted(scan);
        }
        if (started == 0)
            worker(&j); /* no thread could start: check in this one */
        for (long t = 0; t < started; t++)
            pthread_join(th[t], NULL);
        free(th);
        pthread_mutex_destroy(&j.lock);
        if (j.fatal) {
            const jfy_error *e = &j.fatal_err;
            fprintf(stderr, "jatsify validate: %s%s%s\n", e->source[0] ? e->source : "",
                    e->source[0] ? ": " : "", e->text);
            status = e->code == JFY_ERR_SCHEMA ? JFY_EXIT_USAGE : JFY_EXIT_IO;
        }
    }

    if (status == JFY_EXIT_OK) {
        jfy_run_result run = {.files = results, .nfiles = files.n, .strict = strict};
        for (size_t i = 0; i < files.n; i++) {
            jfy_file_result *r = &results[i];
            if (r->unreadable)
                run.unreadable++;
            else if (r->failed)
                run.invalid++;
            else
                run.valid++;
            run.errors += (size_t)r->errors;
            run.warnings += (size_t)r->warnings;
            run.notes += (size_t)r->notes;
            run.by_profile += (size_t)r->by_profile;
        }
        /* The schemas actually used, in a fixed order, for the summary. */
        char used[2048] = "";
        for (size_t l = 0; l < 3; l++) {
            size_t count = 0;
            for (size_t i = 0; sch.labels[l] && i < files.n; i++)
                count += results[i].schema == sch.labels[l];
            if (count)
                snprintf(used + strlen(used), sizeof used - strlen(used), "%s%s",
                         used[0] ? "; " : "", sch.labels[l]);
        }
        if (!used[0])
            snprintf(used, sizeof used, "%s",
                     sch.labels[2] ? sch.labels[2] : sch.labels[0] ? sch.labels[0] : "");
        run.schemas = used;
        int wrote_stdout = 0;
        for (size_t i = 0; i < nreports; i++) {
            if (!reports[i].file)
                wrote_stdout = 1;
            if (write_report(&reports[i], &run) < 0) {
                fprintf(stderr, "jatsify validate: cannot write the %s report to %s: %s\n",
                        reports[i].format, reports[i].file ? reports[i].file : "stdout",
                        strerror(errno));
                status = JFY_EXIT_IO;
            }
        }
        if (!wrote_stdout) {
            /* Nothing else on stdout: the text report goes there (with -q,
             * the summary only). */
            jfy_run_result shown = run;
            if (quiet)
                shown.nfiles = 0;
            if (jfy_report_text(stdout, &shown) < 0 || fflush(stdout) != 0)
                status = JFY_EXIT_IO;
        }
        if (status == JFY_EXIT_OK)
            status = run.unreadable ? JFY_EXIT_IO
                     : run.invalid  ? JFY_EXIT_INVALID
                                    : JFY_EXIT_OK;
    }

    free_results(results, files.n);
    for (size_t i = 0; i < files.n; i++)
        free(files.paths[i]);
    free(files.paths);
    for (size_t i = 0; i < nreports; i++)
        free(reports[i].file);
    for (size_t i = 0; i < 3; i++)
        free(sch.labels[i]);
    /* A compiled official schema takes 30 M instructions to free, a
     * tenth of checking a thousand files; the process ends here and gives
     * its memory back at once. Kept reachable (not leaked) until then. */
    static jfy_schema *kept[3];
    for (size_t i = 0; i < 3; i++)
        jfy_schema_free(kept[i]);
    kept[0] = sch.fixed != sch.by_version[0] && sch.fixed != sch.by_version[1] ? sch.fixed : NULL;
    kept[1] = sch.by_version[0];
    kept[2] = sch.by_version[1];
    if (status == JFY_EXIT_USAGE)
        fputs("Try 'jatsify validate --help'.\n", stderr);
    return status;
}
