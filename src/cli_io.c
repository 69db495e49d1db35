/* cli_io.c - file reading, atomic writing and message printing for the
 * command. */
#define _GNU_SOURCE /* sync_file_range */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

char *jfy_cli_read(const char *path, size_t *len) {
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        if (n == cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                errno = ENOMEM;
                break;
            }
            buf = nb;
            cap *= 2;
        }
        size_t k = fread(buf + n, 1, cap - n, f);
        n += k;
        if (k == 0) {
            if (ferror(f)) {
                int e = errno;
                free(buf);
                buf = NULL;
                errno = e ? e : EIO;
            }
            break;
        }
    }
    if (f != stdin)
        fclose(f);
    if (buf)
        *len = n;
    return buf;
}

int jfy_cli_mkdirs(const char *dir) {
    char *p = strdup(dir);
    if (!p)
        return -1;
    for (char *s = p + 1; *s; s++) {
        if (*s != '/')
            continue;
        *s = '\0';
        if (mkdir(p, 0777) < 0 && errno != EEXIST) {
            free(p);
            return -1;
        }
        *s = '/';
    }
    int rc = mkdir(p, 0777) < 0 && errno != EEXIST ? -1 : 0;
    free(p);
    return rc;
}

int jfy_cli_write_all(int fd, const char *data, size_t len) {
    while (len) {
        ssize_t k = write(fd, data, len);
        if (k < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        data += k;
        len -= (size_t)k;
    }
    return 0;
}

int jfy_cli_is_stream(const char *path) {
    struct stat st;
    return strcmp(path, "-") != 0 && stat(path, &st) == 0 && !S_ISREG(st.st_mode) &&
           !S_ISDIR(st.st_mode);
}

/* Creates path's folder and a temporary beside path, named from it; the fd,
 * or -1 with errno. *tmp is malloc'd (NULL on failure). */
static int open_temp(const char *path, char **tmp) {
    *tmp = NULL;
    /* a device or a pipe ("-o /dev/null") is written in place: renaming
     * over it would put a file where the device was. *tmp stays NULL. */
    if (jfy_cli_is_stream(path))
        return open(path, O_WRONLY);
    const char *slash = strrchr(path, '/');
    if (slash && slash != path) {
        char *dir = strndup(path, (size_t)(slash - path));
        if (!dir)
            return -1;
        int rc = jfy_cli_mkdirs(dir);
        free(dir);
        if (rc < 0)
            return -1;
    }
    size_t n = strlen(path) + 16;
    if (!(*tmp = malloc(n)))
        return -1;
    snprintf(*tmp, n, "%s.tmpXXXXXX", path);
    int fd = mkstemp(*tmp);
    if (fd < 0) {
        int e = errno;
        free(*tmp);
        *tmp = NULL;
        errno = e;
        return -1;
    }
    /* mkstemp makes the file 0600; outputs are ordinary files. */
    mode_t um = umask(0);
    umask(um);
    fchmod(fd, 0666 & ~um);
    return fd;
}

int jfy_cli_set_begin(jfy_cli_set *w, const char *const *path, const char *const *data,
                      const size_t *len, size_t n) {
    size_t i;
    memset(w, 0, sizeof *w);
    if (n > sizeof w->fd / sizeof w->fd[0]) {
        errno = w->err = EINVAL;
        return -1;
    }
    w->n = n;
    w->path = path;
    for (i = 0; i < n; i++)
        w->fd[i] = -1;
    for (i = 0; i < n; i++)
        if ((w->fd[i] = open_temp(path[i], &w->tmp[i])) < 0 ||
            jfy_cli_write_all(w->fd[i], data[i], len[i]) < 0) {
            w->err = errno;
            w->bad = i;
            return -1;
        }
#ifdef SYNC_FILE_RANGE_WRITE
    /* Starts every file's writeback before waiting on any: it goes on while
     * the caller works, and the first fsync's journal commit then carries
     * them all. */
    for (i = 0; i < n; i++)
        sync_file_range(w->fd[i], 0, 0, SYNC_FILE_RANGE_WRITE);
#endif
    return 0;
}

int jfy_cli_set_commit(jfy_cli_set *w, size_t *failed) {
    size_t i;
    int e = w->err;
    size_t bad = w->bad;
    for (i = 0; i < w->n && !e; i++)
        if (w->tmp[i] && fsync(w->fd[i]) < 0)
            e = errno, bad = i;
    for (i = 0; i < w->n; i++)
        if (w->fd[i] >= 0 && close(w->fd[i]) < 0 && !e)
            e = errno, bad = i;
    for (i = 0; i < w->n && !e; i++) {
        if (w->tmp[i] && rename(w->tmp[i], w->path[i]) < 0) {
            e = errno, bad = i;
            break;
        }
        free(w->tmp[i]);
        w->tmp[i] = NULL;
    }
    for (i = 0; i < w->n; i++) {
        if (w->tmp[i])
            unlink(w->tmp[i]);
        free(w->tmp[i]);
        w->tmp[i] = NULL;
    }
    if (e) {
        if (failed)
            *failed = bad;
        errno = e;
        return -1;
    }
    return 0;
}

int jfy_cli_write(const char *path, const char *data, size_t len) {
    if (strcmp(path, "-") == 0) {
        if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0)
            return -1;
        return 0;
    }
    jfy_cli_set w;
    jfy_cli_set_begin(&w, &path, &data, &len, 1);
    return jfy_cli_set_commit(&w, NULL);
}

void jfy_cli_diag(const char *file, const jfy_diag *d) {
    static const char *const level[] = {"note", "warning", "error"};
    if (d->line > 0)
        fprintf(stderr, "%s:%d: %s: %s [%s]\n", file, d->line, level[d->level], d->message,
                d->rule);
    else
        fprintf(stderr, "%s: %s: %s [%s]\n", file, level[d->level], d->message, d->rule);
}
