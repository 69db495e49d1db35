/* cli.h - shared pieces of the jatsify command (not part of the library). */
#ifndef JFY_CLI_H
#define JFY_CLI_H

#include <stddef.h>

#include "jatsify.h"

/* Exit codes, named as jq names its own. */
enum {
    JFY_EXIT_OK = 0,      /* converted (or checked) and valid */
    JFY_EXIT_INVALID = 1, /* written, but invalid or with input errors */
    JFY_EXIT_USAGE = 2,   /* the command line makes no sense */
    JFY_EXIT_IO = 3       /* a file could not be read or written */
};

int jfy_cmd_convert(int argc, char **argv);
int jfy_cmd_validate(int argc, char **argv);
int jfy_cmd_stream(int argc, char **argv);

/* `convert -d OUTDIR INPUT...`: many pages, mirrored into OUTDIR. */
typedef struct {
    const char *outdir;
    int jobs;               /* workers; <= 0 means one per core */
    int force;              /* convert even when outputs are up to date */
    int quiet;              /* errors only: no progress, warnings or summary */
    int validate;           /* validate against the schema when found */
    const char *schema_arg; /* --schema, may be NULL */
    const char *encoding;   /* --encoding, may be NULL */
    const char *meta_path;  /* --metadata, may be NULL: discover per input */
    /* --report FORMAT[:FILE] (report.h formats; FILE NULL: stdout). */
    struct {
        const char *format;
        const char *file;
    } reports[4];
    int nreports;
} jfy_batch_opts;

int jfy_cli_batch(const jfy_batch_opts *opts, char **inputs, int n);

/* Reads a whole file ("-" is stdin). malloc'd, NULL with errno set. */
char *jfy_cli_read(const char *path, size_t *len);

/* Writes all of data to fd, retrying after signals. 0, or -1 with errno. */
int jfy_cli_write_all(int fd, const char *data, size_t len);

/* Creates dir and its missing parents (mkdir -p). 0, or -1 with errno. */
int jfy_cli_mkdirs(const char *dir);

/* 1 when path names an existing device or pipe (/dev/null, a FIFO): it is
 * written in place, and nothing is written beside it. */
int jfy_cli_is_stream(const char *path);

/* Writes data atomically: a temporary file in the same folder, fsync'd,
 * then renamed over path, so a reader never sees half a file. Missing
 * parent folders are created. "-" writes to stdout; a path naming a device
 * or a pipe (/dev/null) is written in place, never renamed over. 0, or -1
 * with errno. */
int jfy_cli_write(const char *path, const char *data, size_t len);

/* Writes up to 4 files as jfy_cli_write does, as one set, in two steps:
 * begin writes every temporary and starts its writeback; commit, called
 * when the caller's other work is done, fsyncs them all and only then
 * renames them into place, so the disk works while the caller does and a
 * failure before the renames leaves every old file in place. commit must
 * follow begin whatever begin returned (it cleans up). No "-". Both: 0, or
 * -1 with errno; commit sets *failed to the index of the path that failed. */
typedef struct {
    int fd[4];
    char *tmp[4];
    const char *const *path;
    size_t n, bad;
    int err;
} jfy_cli_set;
int jfy_cli_set_begin(jfy_cli_set *w, const char *const *path, const char *const *data,
                      const size_t *len, size_t n);
int jfy_cli_set_commit(jfy_cli_set *w, size_t *failed);

/* Prints a diagnostic as FILE:LINE: level: message (LINE left out when 0). */
void jfy_cli_diag(const char *file, const jfy_diag *d);

#endif
