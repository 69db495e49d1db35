/* cli_batch.c - `jatsify convert -d OUTDIR INPUT...`: whole archives.
 *
 * The main thread walks the inputs (sorted, one folder at a time, never the
 * whole list in memory) and feeds an ordered pool (cli_pool.h). Workers
 * read, convert, validate and write each page to temporary files beside
 * their outputs. The pool hands pages back in input order, in groups, to a
 * syncer thread that makes a group durable with one sync, then renames its
 * outputs into place, prints its messages and moves the progress line. So:
 * - a kill at any moment leaves only whole outputs (renames are atomic) and
 *   temporaries under fixed names that the next run reuses and renames;
 * - outputs depend on their input and sidecar alone, whatever -j is, and
 *   even two inputs mapped to one output end the same way every time;
 * - memory is bounded by the pages in flight (a few per worker).
 * Output folders are opened one component at a time without following
 * symbolic links, so nothing is ever written outside OUTDIR. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "cli_pool.h"
#include "report.h"

/* Problems kept per page for --report; more are counted only. */
#define MAX_REPORTED 1000

enum { R_CONVERTED, R_INVALID, R_FAILED, R_SKIPPED };

/* A sidecar, loaded once for every page below it. */
typedef struct sidecar {
    char *path;
    jfy_meta *meta; /* NULL when it could not be loaded */
    char *error;    /* then why */
    struct timespec mtime;
    struct sidecar *next;
} sidecar;

typedef struct job {
    char *in;      /* input path, as opened and named in messages */
    char *rel;     /* output path below OUTDIR, without extension */
    char *early;   /* set by the walker: why the page is not converted */
    int early_io;  /* ... and whether that is an I/O failure */
    const sidecar *sc;
    /* Filled by the worker. */
    int result, io;
    int sync_errno;
    struct job *next_pending;
    char *msgs;
    size_t msgs_len;
    int dirfd;
    char *name[2]; /* output file names in dirfd: .xml, .jsonld */
    char *tmp[2];  /* their temporaries, written, synced before renaming */
    int fd[2];     /* held open (and locked) until renamed */
    jfy_file_result res; /* its entry in the --report, when one is asked */
    int res_oom;
} job;

typedef struct {
    const jfy_batch_opts *o;
    int outfd;
    dev_t out_dev;
    ino_t out_ino;
    jfy_schema *schema;
    /* Walker state (main thread). */
    int counting;
    size_t total;
    jfy_pool *pool;
    sidecar *sidecars, *fixed;
    char *memo_dir;
    const sidecar *memo_sc;
    /* Syncer state: counts and progress. */
    size_t count[4], done;
    int io_failed, tty, bar_shown;
    struct timespec start, last;
    /* Pages written but not yet renamed: one sync serves them all. */
    job *pend_head, *pend_tail;
    size_t npend;
    struct timespec pend_since;
    /* Syncer thread: the renaming, messages and progress happen there. */
    pthread_t syncer;
    int syncer_started, closing;
    pthread_mutex_t smu;
    pthread_cond_t scond;
    job *handoff;
    /* --report: every page's entry, in input order (syncer thread). */
    jfy_file_result *results;
    size_t nresults, capresults;
    int report_oom;
} batch;

/* ---------------------------------------------------------------------- */
/* Paths                                                                   */

static char *join(const char *a, const char *b) {
    char *r = NULL;
    size_t n = strlen(a);
    if (asprintf(&r, "%s%s%s", a, n && a[n - 1] == '/' ? "" : "/", b) < 0)
        return NULL;
    return r;
}

/* "a/b/page.txt" -> "a/b/page": the last extension of the last component. */
static void strip_ext(char *rel) {
    char *base = strrchr(rel, '/');
    base = base ? base + 1 : rel;
    char *dot = strrchr(base, '.');
    if (dot && dot != base)
        *dot = '\0';
}

/* A file named on the command line lands at its own relative path below
 * OUTDIR. Absolute paths and ".." would land elsewhere: NULL. */
static char *safe_rel(const char *arg) {
    if (arg[0] == '/')
        return NULL;
    char *r = malloc(strlen(arg) + 1);
    if (!r)
        return NULL;
    size_t n = 0;
    const char *p = arg;
    while (*p) {
        const char *e = strchr(p, '/');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len == 2 && p[0] == '.' && p[1] == '.') {
            free(r);
            return NULL;
        }
        if (len && !(len == 1 && p[0] == '.')) {
            if (n)
                r[n++] = '/';
            memcpy(r + n, p, len);
            n += len;
        }
        p += len;
        if (*p == '/')
            p++;
    }
    r[n] = '\0';
    if (!n) {
        free(r);
        return NULL;
    }
    return r;
}

/* ---------------------------------------------------------------------- */
/* Sidecars                                                                */

static sidecar *sidecar_load(batch *b, char *path) {
    sidecar *s = calloc(1, sizeof *s);
    if (!s) {
        free(path);
        return NULL;
    }
    s->path = path;
    jfy_error err = {0};
    s->meta = jfy_meta_load(path, &err);
    if (!s->meta) {
        int rc = err.line ? asprintf(&s->error, "%s:%d:%d: %s", err.source, err.line,
                                     err.column, err.text)
                          : asprintf(&s->error, "%s: %s", err.source, err.text);
        if (rc < 0)
            s->error = NULL;
    }
    struct stat st;
    if (stat(path, &st) == 0)
        s->mtime = st.st_mtim;
    s->next = b->sidecars;
    b->sidecars = s;
    return s;
}

/* The sidecar for an input: one lookup per folder, one load per sidecar. */
static const sidecar *sidecar_for(batch *b, const char *in) {
    if (b->o->meta_path)
        return b->fixed;
    const char *slash = strrchr(in, '/');
    char *dir = slash ? strndup(in, (size_t)(slash - in)) : strdup(".");
    if (dir && b->memo_dir && strcmp(dir, b->memo_dir) == 0) {
        free(dir);
        return b->memo_sc;
    }
    char *path = jfy_meta_find(in);
    sidecar *s = NULL;
    if (path) {
        for (s = b->sidecars; s && strcmp(s->path, path) != 0; s = s->next)
            ;
        if (s)
            free(path);
        else
            s = sidecar_load(b, path);
    }
    free(b->memo_dir);
    b->memo_dir = dir;
    b->memo_sc = s;
    return s;
}

static void sidecars_free(sidecar *s) {
    while (s) {
        sidecar *n = s->next;
        jfy_meta_free(s->meta);
        free(s->path);
        free(s->error);
        free(s);
        s = n;
    }
}

/* ---------------------------------------------------------------------- */
/* The walker                                                              */

static void add_job(batch *b, char *in, char *rel, char *early, int early_io) {
    if (b->counting) {
        b->total++;
        free(in);
        free(rel);
        free(early);
        return;
    }
    job *j = calloc(1, sizeof *j);
    if (!j || !in || (!rel && !early)) {
        fputs("jatsify: error: out of memory\n", stderr);
        exit(JFY_EXIT_IO);
    }
    j->in = in;
    j->rel = rel;
    j->early = early;
    j->early_io = early_io;
    j->dirfd = j->fd[0] = j->fd[1] = -1;
    if (!early) {
        j->sc = sidecar_for(b, in);
        if (j->sc && !j->sc->meta &&
            asprintf(&j->early, "%s: error: not converted, its sidecar is unusable: %s\n", in,
                     j->sc->error ? j->sc->error : "?") < 0)
            j->early = NULL;
    }
    jfy_pool_submit(b->pool, j);
}

static int by_name(const struct dirent **a, const struct dirent **b) {
    return strcmp((*a)->d_name, (*b)->d_name);
}

static int ends_with(const char *s, const char *suffix) {
    size_t a = strlen(s), n = strlen(suffix);
    return a > n && strcmp(s + a - n, suffix) == 0;
}

/* Every *.txt below dir, in name order; hidden entries, OUTDIR and folders
 * reached through symbolic links (which could loop) are left out. */
static void walk(batch *b, const char *dir, const char *relprefix) {
    struct dirent **list;
    int n = scandir(dir, &list, NULL, by_name);
    if (n < 0) {
        char *msg = NULL;
        if (asprintf(&msg, "%s: error: cannot read folder: %s\n", dir, strerror(errno)) < 0)
            msg = NULL;
        add_job(b, strdup(dir), NULL, msg, 1);
        return;
    }
    for (int i = 0; i < n; i++) {
        const char *name = list[i]->d_name;
        unsigned char type = list[i]->d_type;
        if (name[0] == '.' || (type != DT_DIR && type != DT_UNKNOWN && type != DT_LNK &&
                               !(type == DT_REG && ends_with(name, ".txt")))) {
            free(list[i]);
            continue;
        }
        char *path = join(dir, name);
        char *rel = relprefix ? join(relprefix, name) : strdup(name);
        struct stat st;
        if (!path || !rel) {
            fputs("jatsify: error: out of memory\n", stderr);
            exit(JFY_EXIT_IO);
        }
        if (type != DT_REG) {
            struct stat lst;
            if (lstat(path, &lst) < 0 || stat(path, &st) < 0)
                st.st_mode = 0;
            else if (S_ISLNK(lst.st_mode) && S_ISDIR(st.st_mode))
                st.st_mode = 0;
        } else {
            st.st_mode = S_IFREG;
        }
        if (S_ISDIR(st.st_mode)) {
            if (!(st.st_dev == b->out_dev && st.st_ino == b->out_ino))
                walk(b, path, rel);
            free(path);
            free(rel);
        } else if (S_ISREG(st.st_mode) && ends_with(name, ".txt")) {
            strip_ext(rel);
            add_job(b, path, rel, NULL, 0);
        } else {
            free(path);
            free(rel);
        }
        free(list[i]);
    }
    free(list);
}

static void walk_arg(batch *b, const char *arg) {
    struct stat st;
    if (stat(arg, &st) < 0) {
        char *msg = NULL;
        if (asprintf(&msg, "%s: error: cannot read: %s\n", arg, strerror(errno)) < 0)
            msg = NULL;
        add_job(b, strdup(arg), NULL, msg, 1);
        return;
    }
    if (S_ISDIR(st.st_mode)) {
        walk(b, arg, NULL);
        return;
    }
    char *rel = safe_rel(arg);
    if (!rel) {
        char *msg = NULL;
        if (asprintf(&msg,
                     "%s: error: refused: its output would be outside the output folder "
                     "(absolute or '..' path); name its folder instead, or run from above it\n",
                     arg) < 0)
            msg = NULL;
        add_job(b, strdup(arg), NULL, msg, 0);
        return;
    }
    strip_ext(rel);
    add_job(b, strdup(arg), rel, NULL, 0);
}

/* ---------------------------------------------------------------------- */
/* The worker                                                              */

static void put_diag(FILE *f, const char *file, const jfy_diag *d) {
    static const char *const level[] = {"note", "warning", "error"};
    if (d->line > 0)
        fprintf(f, "%s:%d: %s: %s [%s]\n", file, d->line, level[d->level], d->message, d->rule);
    else
        fprintf(f, "%s: %s: %s [%s]\n", file, level[d->level], d->message, d->rule);
}

/* The page's entry in the --report: a problem at LINE of file (NULL: the
 * input). Nothing when no report is asked. */
static void record(const batch *b, job *j, jfy_level level, int line, int col, const char *rule,
                   const char *file, const char *fmt, ...) {
    if (!b->o->nreports)
        return;
    va_list ap;
    va_start(ap, fmt);
    char *msg = NULL;
    if (vasprintf(&msg, fmt, ap) < 0)
        msg = NULL;
    va_end(ap);
    if (!msg || jfy_file_result_add(&j->res, MAX_REPORTED, level, line, col, rule, msg, file,
                                    NULL) < 0)
        j->res_oom = 1;
    free(msg);
}

typedef struct {
    FILE *f;
    const char *file;
    const batch *b;
    job *j;
} sink;

static void schema_diag(const jfy_diag *d, void *ud) {
    sink *s = ud;
    put_diag(s->f, s->file, d);
    record(s->b, s->j, d->level, d->line, d->column, d->rule, s->file, "%s", d->message);
}

/* The folder of rel below OUTDIR, created as needed, never through a
 * symbolic link. -1 with a message in m. */
static int open_outdir(batch *b, job *j, FILE *m) {
    char *path = strdup(j->rel);
    if (!path)
        return -1;
    int cur = dup(b->outfd);
    char *p = path;
    for (char *slash; cur >= 0 && (slash = strchr(p, '/')); p = slash + 1) {
        *slash = '\0';
        int fd = openat(cur, p, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0 && errno == ENOENT) {
            if (mkdirat(cur, p, 0777) < 0 && errno != EEXIST)
                fd = -1;
            else
                fd = openat(cur, p, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        }
        if (fd < 0) {
            int e = errno;
            struct stat st;
            if (fstatat(cur, p, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode)) {
                fprintf(m,
                        "%s: error: refused: %s/%s is a symbolic link, and outputs are never "
                        "written outside the output folder\n",
                        j->in, b->o->outdir, j->rel);
                record(b, j, JFY_ERROR, 0, 0, "refused", NULL,
                       "refused: %s/%s is a symbolic link, and outputs are never written "
                       "outside the output folder",
                       b->o->outdir, j->rel);
                j->io = 0;
            } else {
                fprintf(m, "%s: error: cannot create the folder for %s/%s.xml: %s\n", j->in,
                        b->o->outdir, j->rel, strerror(e));
                record(b, j, JFY_ERROR, 0, 0, "io", NULL,
                       "cannot create the folder for %s/%s.xml: %s", b->o->outdir, j->rel,
                       strerror(e));
                j->io = 1;
            }
            close(cur);
            free(path);
            return -1;
        }
        close(cur);
        cur = fd;
        *slash = '/';
    }
    if (cur < 0) {
        int e = errno;
        fprintf(m, "%s: error: %s\n", j->in, strerror(e));
        record(b, j, JFY_ERROR, 0, 0, "io", NULL, "%s", strerror(e));
        j->io = 1;
    }
    free(path);
    return cur;
}

static int newer(const struct timespec *a, const struct timespec *b) {
    return a->tv_sec > b->tv_sec || (a->tv_sec == b->tv_sec && a->tv_nsec > b->tv_nsec);
}

/* Both outputs exist and are newer than the input and its sidecar. Equal
 * times count as older: a coarse clock must not hide an edit. */
static int up_to_date(const job *j, const struct stat *in) {
    for (int k = 0; k < 2; k++) {
        struct stat st;
        if (fstatat(j->dirfd, j->name[k], &st, AT_SYMLINK_NOFOLLOW) < 0 || !S_ISREG(st.st_mode))
            return 0;
        if (!newer(&st.st_mtim, &in->st_mtim))
            return 0;
        if (j->sc && !newer(&st.st_mtim, &j->sc->mtime))
            return 0;
    }
    return 1;
}


/* Opens name's temporary and locks it. The name is fixed, so what a killed
 * run left behind is taken over (its lock died with it) and renamed away;
 * when another live writer holds it, a name of our own is used. */
static int open_temp(int dirfd, const char *name, char **tmpp) {
    static unsigned long serial;
    char *tmp = NULL;
    if (asprintf(&tmp, ".%s.jatsify-tmp", name) < 0)
        return -1;
    int fd = openat(dirfd, tmp, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd < 0) {
        free(tmp);
        return -1;
    }
    struct stat a, b;
    if (flock(fd, LOCK_EX | LOCK_NB) < 0 || fstat(fd, &a) < 0 ||
        fstatat(dirfd, tmp, &b, AT_SYMLINK_NOFOLLOW) < 0 || a.st_ino != b.st_ino ||
        a.st_dev != b.st_dev) {
        close(fd);
        free(tmp);
        unsigned long n = __atomic_fetch_add(&serial, 1, __ATOMIC_RELAXED);
        if (asprintf(&tmp, ".%s.jatsify-tmp.%ld.%lu", name, (long)getpid(), n) < 0)
            return -1;
        fd = openat(dirfd, tmp, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd < 0) {
            free(tmp);
            return -1;
        }
    }
    *tmpp = tmp;
    return fd;
}

static int write_temp(job *j, int k, const char *data, size_t len) {
    int fd = open_temp(j->dirfd, j->name[k], &j->tmp[k]);
    if (fd < 0)
        return -1;
    j->fd[k] = fd;
    if (ftruncate(fd, 0) < 0 || jfy_cli_write_all(fd, data, len) < 0)
        return -1;
    return 0;
}

static void drop_temps(job *j) {
    for (int k = 0; k < 2; k++) {
        if (j->tmp[k])
            unlinkat(j->dirfd, j->tmp[k], 0);
        if (j->fd[k] >= 0)
            close(j->fd[k]);
        j->fd[k] = -1;
        free(j->tmp[k]);
        j->tmp[k] = NULL;
    }
}

/* A page that no longer converts gets no outputs, so nothing would take
 * over what a killed run left for it: removed here, unless a live writer
 * holds it. */
static void drop_stale_temps(job *j) {
    for (int k = 0; k < 2; k++) {
        char *tmp = NULL;
        if (asprintf(&tmp, ".%s.jatsify-tmp", j->name[k]) < 0)
            continue;
        int fd = openat(j->dirfd, tmp, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        struct stat a, b;
        if (fd >= 0 && flock(fd, LOCK_EX | LOCK_NB) == 0 && fstat(fd, &a) == 0 &&
            fstatat(j->dirfd, tmp, &b, AT_SYMLINK_NOFOLLOW) == 0 && a.st_ino == b.st_ino &&
            a.st_dev == b.st_dev)
            unlinkat(j->dirfd, tmp, 0);
        if (fd >= 0)
            close(fd);
        free(tmp);
    }
}

static void convert_one(batch *b, job *j, FILE *m) {
    static const char *const ext[2] = {".xml", ".jsonld"};
    const jfy_batch_opts *o = b->o;
    j->result = R_FAILED;
    const char *base = strrchr(j->rel, '/');
    base = base ? base + 1 : j->rel;
    for (int k = 0; k < 2; k++)
        if (asprintf(&j->name[k], "%s%s", base, ext[k]) < 0) {
            j->name[k] = NULL;
            fprintf(m, "%s: error: out of memory\n", j->in);
            record(b, j, JFY_ERROR, 0, 0, "io", NULL, "out of memory");
            j->io = 1;
            return;
        }
    struct stat ist;
    if (stat(j->in, &ist) < 0) {
        int e = errno;
        fprintf(m, "%s: error: cannot read: %s\n", j->in, strerror(e));
        record(b, j, JFY_ERROR, 0, 0, "io", NULL, "cannot read: %s", strerror(e));
        j->io = 1;
        return;
    }
    if ((j->dirfd = open_outdir(b, j, m)) < 0)
        return;
    if (!o->force && up_to_date(j, &ist)) {
        j->result = R_SKIPPED;
        return;
    }
    for (int k = 0; k < 2; k++) {
        struct stat st;
        if (fstatat(j->dirfd, j->name[k], &st, 0) == 0 && st.st_dev == ist.st_dev &&
            st.st_ino == ist.st_ino) {
            fprintf(m, "%s: error: refused: its output %s/%s%s is the input itself\n", j->in,
                    o->outdir, j->rel, ext[k]);
            record(b, j, JFY_ERROR, 0, 0, "refused", NULL,
                   "refused: its output %s/%s%s is the input itself", o->outdir, j->rel, ext[k]);
            return;
        }
    }

    size_t len;
    char *bytes = jfy_cli_read(j->in, &len);
    if (!bytes) {
        int e = errno;
        fprintf(m, "%s: error: cannot read: %s\n", j->in, strerror(e));
        record(b, j, JFY_ERROR, 0, 0, "io", NULL, "cannot read: %s", strerror(e));
        j->io = 1;
        return;
    }
    jfy_error err = {0};
    jfy_convert_options opts = {j->in, o->encoding, j->sc ? j->sc->meta : NULL};
    jfy_doc *doc = jfy_convert(bytes, len, &opts, &err);
    free(bytes);
    if (!doc) {
        if (err.line)
            fprintf(m, "%s:%d: error: %s\n", j->in, err.line, err.text);
        else
            fprintf(m, "%s: error: %s\n", j->in, err.text);
        record(b, j, JFY_ERROR, err.line, err.column, err.code == JFY_ERR_NOMEM ? "io" : "input",
               NULL, "%s", err.text);
        j->io = err.code == JFY_ERR_NOMEM;
        drop_stale_temps(j);
        return;
    }
    int invalid = 0;
    for (size_t i = 0; i < jfy_doc_diag_count(doc); i++) {
        const jfy_diag *d = jfy_doc_diag(doc, i);
        invalid |= d->level == JFY_ERROR;
        if (!o->quiet || d->level == JFY_ERROR)
            put_diag(m, j->in, d);
        record(b, j, d->level, d->line, d->column, d->rule, NULL, "%s", d->message);
    }
    size_t xlen = 0, jlen = 0;
    int accepted = 0;
    char *xml = jfy_doc_jats_checked(doc, b->schema, &xlen, &accepted);
    char *jsonld = jfy_doc_jsonld(doc, &jlen);
    jfy_doc_free(doc);
    if (!xml || !jsonld) {
        fprintf(m, "%s: error: out of memory\n", j->in);
        record(b, j, JFY_ERROR, 0, 0, "io", NULL, "out of memory");
        j->io = 1;
        free(xml);
        free(jsonld);
        return;
    }
    if (b->schema && !accepted) {
        char *shown = NULL;
        if (asprintf(&shown, "%s/%s.xml", o->outdir, j->rel) < 0)
            shown = NULL;
        sink s = {m, shown ? shown : j->in, b, j};
        int n = jfy_schema_validate(b->schema, xml, xlen, schema_diag, &s, &err);
        if (n < 0) {
            fprintf(m, "%s: error: %s\n", s.file, err.text);
            record(b, j, JFY_ERROR, err.line, err.column, "schema", s.file, "%s", err.text);
        }
        else if (n > 0)
            fprintf(m, "%s: error: %d schema error%s\n", s.file, n, n == 1 ? "" : "s");
        invalid |= n != 0;
        free(shown);
    }
    if (write_temp(j, 0, xml, xlen) < 0 || write_temp(j, 1, jsonld, jlen) < 0) {
        int e = errno;
        fprintf(m, "%s: error: cannot write %s/%s: %s\n", j->in, o->outdir, j->rel,
                strerror(e));
        record(b, j, JFY_ERROR, 0, 0, "io", NULL, "cannot write %s/%s: %s", o->outdir, j->rel,
               strerror(e));
        j->io = 1;
        drop_temps(j);
    } else {
        j->result = invalid ? R_INVALID : R_CONVERTED;
    }
    free(xml);
    free(jsonld);
}

/* A page's messages, kept for their turn. A stream of our own, not
 * open_memstream: that one calloc'd its 8 KB buffer for every page, most
 * of which print nothing, and a request that large made malloc
 * consolidate its fast bins each time; this one's buffer comes at the
 * first message. */
static ssize_t append_msgs(void *cookie, const char *bytes, size_t n) {
    job *j = cookie;
    char *grown = realloc(j->msgs, j->msgs_len + n + 1);
    if (!grown)
        return -1;
    memcpy(grown + j->msgs_len, bytes, n);
    j->msgs = grown;
    j->msgs_len += n;
    grown[j->msgs_len] = '\0';
    return (ssize_t)n;
}

static void work(void *item, void *ctx) {
    job *j = item;
    if (j->early) {
        j->result = R_FAILED;
        j->io = j->early_io;
        return;
    }
    cookie_io_functions_t io = {NULL, append_msgs, NULL, NULL};
    FILE *m = fopencookie(j, "w", io);
    convert_one(ctx, j, m ? m : stderr);
    if (m)
        fclose(m);
}

/* ---------------------------------------------------------------------- */
/* In input order: renames, messages, progress                             */

static double since(const struct timespec *t0) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - t0->tv_sec) + (double)(now.tv_nsec - t0->tv_nsec) / 1e9;
}

static void fmt_eta(char *buf, size_t n, double s) {
    if (s < 0 || s > 1e7)
        snprintf(buf, n, "?");
    else if (s >= 3600)
        snprintf(buf, n, "%dh%02dm", (int)s / 3600, (int)s % 3600 / 60);
    else if (s >= 60)
        snprintf(buf, n, "%dm%02ds", (int)s / 60, (int)s % 60);
    else
        snprintf(buf, n, "%ds", (int)(s + 0.5));
}

static void clear_bar(batch *b) {
    if (b->bar_shown)
        fputs("\r\033[K", stderr);
    b->bar_shown = 0;
}

/* A bar redrawn at most ten times a second on a terminal; elsewhere (a log
 * file, CI) a plain line every five seconds. */
static void progress(batch *b) {
    if (b->o->quiet)
        return;
    double since_last = since(&b->last);
    if (since_last < (b->tty ? 0.1 : 5.0) && b->done < b->total)
        return;
    if (!b->tty && b->done >= b->total)
        return;
    double el = since(&b->start);
    double rate = el > 0 ? (double)b->done / el : 0;
    size_t total = b->total > b->done ? b->total : b->done;
    char eta[32];
    fmt_eta(eta, sizeof eta, rate > 0 ? (double)(total - b->done) / rate : -1);
    if (b->tty) {
        enum { W = 24 };
        int fill = total ? (int)(b->done * W / total) : W;
        fprintf(stderr, "\r\033[K[%.*s%*s] %zu/%zu files  %.1f files/s  ETA %s",
                fill, "########################", W - fill, "", b->done, total, rate, eta);
        b->bar_shown = 1;
    } else {
        fprintf(stderr, "jatsify: %zu/%zu files, %.1f files/s, ETA %s\n", b->done, total, rate,
                eta);
    }
    clock_gettime(CLOCK_MONOTONIC, &b->last);
}

/* The early message "IN: error: why\n" of a page the walker turned down,
 * as a problem: why. */
static void record_early(batch *b, job *j) {
    const char *why = j->early;
    size_t n = strlen(j->in);
    if (strncmp(why, j->in, n) == 0 && strncmp(why + n, ": error: ", 9) == 0)
        why += n + 9;
    size_t len = strlen(why);
    while (len && why[len - 1] == '\n')
        len--;
    record(b, j, JFY_ERROR, 0, 0, j->early_io ? "io" : "refused", NULL, "%.*s", (int)len, why);
}

/* Moves the page's entry into the run's results (input order). */
static void keep_result(batch *b, job *j) {
    static const char *const status[] = {"converted", "invalid", "failed", "skipped"};
    jfy_file_result *r = &j->res;
    if (j->early)
        record_early(b, j);
    r->status = status[j->result];
    r->skipped = j->result == R_SKIPPED;
    r->failed = j->result == R_INVALID || j->result == R_FAILED;
    r->unreadable = j->result == R_FAILED && j->io;
    if (j->rel && j->result != R_FAILED &&
        asprintf(&r->output, "%s/%s.xml", b->o->outdir, j->rel) < 0) {
        r->output = NULL;
        j->res_oom = 1;
    }
    if (b->nresults == b->capresults) {
        size_t cap = b->capresults ? b->capresults * 2 : 256;
        jfy_file_result *nr = realloc(b->results, cap * sizeof *nr);
        if (!nr)
            j->res_oom = 1;
        else {
            b->results = nr;
            b->capresults = cap;
        }
    }
    b->report_oom |= j->res_oom;
    if (b->nresults < b->capresults) {
        r->path = j->in;
        j->in = NULL;
        b->results[b->nresults++] = *r;
    } else {
        jfy_file_result_clear(r);
    }
    j->res = (jfy_file_result){0};
}

static void finish_job(batch *b, job *j) {
    FILE *extra = NULL;
    char *extra_buf = NULL;
    size_t extra_len = 0;
    if (j->result == R_CONVERTED || j->result == R_INVALID) {
        for (int k = 0; k < 2; k++) {
            if (j->sync_errno || renameat(j->dirfd, j->tmp[k], j->dirfd, j->name[k]) < 0) {
                int e = j->sync_errno ? j->sync_errno : errno;
                extra = open_memstream(&extra_buf, &extra_len);
                fprintf(extra ? extra : stderr, "%s: error: cannot write %s/%s%s: %s\n", j->in,
                        b->o->outdir, j->rel, k ? ".jsonld" : ".xml", strerror(e));
                record(b, j, JFY_ERROR, 0, 0, "io", NULL, "cannot write %s/%s%s: %s",
                       b->o->outdir, j->rel, k ? ".jsonld" : ".xml", strerror(e));
                j->result = R_FAILED;
                j->io = 1;
                drop_temps(j);
                break;
            }
            free(j->tmp[k]);
            j->tmp[k] = NULL;
        }
    }
    if (extra)
        fclose(extra);
    for (int k = 0; k < 2; k++) {
        if (j->fd[k] >= 0)
            close(j->fd[k]);
        free(j->tmp[k]);
        free(j->name[k]);
    }
    if (j->dirfd >= 0)
        close(j->dirfd);
    const char *early = j->early;
    if (early || j->msgs_len || extra_len) {
        clear_bar(b);
        if (early)
            fputs(early, stderr);
        if (j->msgs_len)
            fwrite(j->msgs, 1, j->msgs_len, stderr);
        if (extra_len)
            fwrite(extra_buf, 1, extra_len, stderr);
    }
    b->count[j->result]++;
    b->io_failed |= j->io;
    b->done++;
    progress(b);
    if (b->o->nreports)
        keep_result(b, j);
    free(extra_buf);
    free(j->msgs);
    free(j->early);
    free(j->in);
    free(j->rel);
    free(j);
}

/* Renames a group of pages into place, in order, once their bytes are on
 * disk: the same guarantee as an fsync per file (no rename can survive a
 * crash without its data) at the cost of one sync per group, since an
 * fsync costs milliseconds on a real disk and a page's conversion less. */
static void sync_group(batch *b, job *head) {
    int written = 0;
    for (job *j = head; j; j = j->next_pending)
        written |= j->fd[0] >= 0;
    if (written && syncfs(b->outfd) < 0)
        for (job *j = head; j; j = j->next_pending)
            for (int k = 0; k < 2; k++)
                if (j->fd[k] >= 0 && !j->sync_errno && fsync(j->fd[k]) < 0)
                    j->sync_errno = errno;
    while (head) {
        job *j = head;
        head = j->next_pending;
        finish_job(b, j);
    }
}

/* The syncer thread takes groups in order and syncs them while the workers
 * go on converting; one group waits while another is being synced. */
static void *syncer(void *arg) {
    batch *b = arg;
    pthread_mutex_lock(&b->smu);
    for (;;) {
        while (!b->handoff && !b->closing)
            pthread_cond_wait(&b->scond, &b->smu);
        if (!b->handoff)
            break;
        job *g = b->handoff;
        b->handoff = NULL;
        pthread_cond_broadcast(&b->scond);
        pthread_mutex_unlock(&b->smu);
        sync_group(b, g);
        pthread_mutex_lock(&b->smu);
    }
    pthread_mutex_unlock(&b->smu);
    return NULL;
}

static void flush_pending(batch *b) {
    job *g = b->pend_head;
    b->pend_head = b->pend_tail = NULL;
    b->npend = 0;
    if (!g)
        return;
    if (!b->syncer_started) {
        sync_group(b, g);
        return;
    }
    pthread_mutex_lock(&b->smu);
    while (b->handoff)
        pthread_cond_wait(&b->scond, &b->smu);
    b->handoff = g;
    pthread_cond_broadcast(&b->scond);
    pthread_mutex_unlock(&b->smu);
}

static void emit(void *item, void *ctx) {
    batch *b = ctx;
    job *j = item;
    if (!b->npend)
        clock_gettime(CLOCK_MONOTONIC, &b->pend_since);
    if (b->pend_tail)
        b->pend_tail->next_pending = j;
    else
        b->pend_head = j;
    b->pend_tail = j;
    b->npend++;
    /* Each waiting page holds three descriptors: groups stay small. */
    if (b->npend >= 32 || since(&b->pend_since) >= 0.25)
        flush_pending(b);
}

/* ---------------------------------------------------------------------- */


/* The --report files: every page in input order, counted as in the
 * summary line. */
static int write_reports(batch *b) {
    if (b->report_oom) {
        fputs("jatsify: error: out of memory: no report written\n", stderr);
        return -1;
    }
    char *label = b->schema ? jfy_schema_label(b->schema) : NULL;
    jfy_run_result run = {.files = b->results, .nfiles = b->nresults, .command = "convert"};
    run.schemas = label ? label : "";
    run.converted = b->count[R_CONVERTED];
    run.invalid = b->count[R_INVALID];
    run.failed = b->count[R_FAILED];
    run.skipped = b->count[R_SKIPPED];
    for (size_t i = 0; i < b->nresults; i++) {
        const jfy_file_result *r = &b->results[i];
        run.unreadable += r->unreadable != 0;
        run.errors += (size_t)r->errors;
        run.warnings += (size_t)r->warnings;
        run.notes += (size_t)r->notes;
    }
    int rc = 0;
    for (int i = 0; i < b->o->nreports; i++) {
        const char *file = b->o->reports[i].file;
        if (jfy_report_write(b->o->reports[i].format, file, &run) < 0) {
            fprintf(stderr, "jatsify: error: cannot write the %s report to %s: %s\n",
                    b->o->reports[i].format, file ? file : "stdout", strerror(errno));
            rc = -1;
        }
    }
    free(label);
    return rc;
}

int jfy_cli_batch(const jfy_batch_opts *o, char **inputs, int n) {
    batch b = {0};
    b.o = o;
    struct stat st;
    if (jfy_cli_mkdirs(o->outdir) < 0 ||
        (b.outfd = open(o->outdir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0 ||
        fstat(b.outfd, &st) < 0) {
        fprintf(stderr, "%s: error: cannot use as the output folder: %s\n", o->outdir,
                strerror(errno));
        return JFY_EXIT_IO;
    }
    b.out_dev = st.st_dev;
    b.out_ino = st.st_ino;

    int rc = JFY_EXIT_OK;
    if (o->meta_path) {
        char *p = strdup(o->meta_path);
        b.fixed = p ? sidecar_load(&b, p) : NULL;
        if (!b.fixed || !b.fixed->meta) {
            fprintf(stderr, "%s: error: %s\n", o->meta_path,
                    b.fixed && b.fixed->error ? b.fixed->error : "out of memory");
            rc = JFY_EXIT_USAGE;
            goto done;
        }
    }
    if (o->validate) {
        char *xsd = jfy_schema_locate(o->schema_arg);
        if (!xsd && o->schema_arg) {
            fprintf(stderr, "%s: error: no JATS 1.4 Publishing XSD there\n", o->schema_arg);
            rc = JFY_EXIT_USAGE;
            goto done;
        }
        if (!xsd) {
            if (!o->quiet)
                fputs("jatsify: note: JATS schema not found, outputs not validated; use "
                      "--schema DIR or set JATSIFY_XSD_DIR to the official JATS XSD folder\n",
                      stderr);
        } else {
            jfy_error err = {0};
            b.schema = jfy_schema_new(xsd, &err);
            free(xsd);
            if (!b.schema) {
                fprintf(stderr, "%s: error: %s\n", err.source, err.text);
                rc = JFY_EXIT_USAGE;
                goto done;
            }
        }
    }

    /* Counting first (names only, fast) gives the progress line its total. */
    b.counting = 1;
    for (int i = 0; i < n; i++)
        walk_arg(&b, inputs[i]);
    b.counting = 0;

    /* Each page in flight holds up to three descriptors until renamed. */
    int jobs = o->jobs > 0 ? o->jobs : jfy_cli_cores();
    if (jobs > 64)
        jobs = 64;
    jfy_pool_fns fns = {work, emit, NULL, &b};
    if (!(b.pool = jfy_pool_start(jobs, &fns))) {
        fputs("jatsify: error: cannot start worker threads\n", stderr);
        rc = JFY_EXIT_IO;
        goto done;
    }
    b.tty = isatty(2);
    clock_gettime(CLOCK_MONOTONIC, &b.start);
    b.last = b.start;
    pthread_mutex_init(&b.smu, NULL);
    pthread_cond_init(&b.scond, NULL);
    b.syncer_started = pthread_create(&b.syncer, NULL, syncer, &b) == 0;
    for (int i = 0; i < n; i++)
        walk_arg(&b, inputs[i]);
    jfy_pool_finish(b.pool);
    flush_pending(&b);
    if (b.syncer_started) {
        pthread_mutex_lock(&b.smu);
        b.closing = 1;
        pthread_cond_broadcast(&b.scond);
        pthread_mutex_unlock(&b.smu);
        pthread_join(b.syncer, NULL);
    }
    pthread_mutex_destroy(&b.smu);
    pthread_cond_destroy(&b.scond);
    clear_bar(&b);

    double el = since(&b.start);
    if (!o->quiet) {
        if (!b.done)
            fputs("jatsify: warning: no input pages found (folders are searched for "
                  "*.txt)\n",
                  stderr);
        fprintf(stderr,
                "jatsify: %zu converted, %zu invalid, %zu failed, %zu skipped in %.2f s "
                "(%.1f files/s)\n",
                b.count[R_CONVERTED], b.count[R_INVALID], b.count[R_FAILED],
                b.count[R_SKIPPED], el, el > 0 ? (double)b.done / el : 0.0);
    }
    rc = b.io_failed                                    ? JFY_EXIT_IO
         : b.count[R_INVALID] || b.count[R_FAILED] ? JFY_EXIT_INVALID
                                                        : JFY_EXIT_OK;
    if (o->nreports && write_reports(&b) < 0)
        rc = JFY_EXIT_IO;
done:
    for (size_t i = 0; i < b.nresults; i++) {
        jfy_file_result_clear(&b.results[i]);
        free(b.results[i].path);
    }
    free(b.results);
    jfy_schema_free(b.schema);
    sidecars_free(b.sidecars);
    free(b.memo_dir);
    close(b.outfd);
    return rc;
}
