/* cli_io.c - file reading, atomic writing and message printing for the
 * command. */
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

int jfy_cli_write(const char *path, const char *data, size_t len) {
    if (strcmp(path, "-") == 0) {
        if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0)
            return -1;
        return 0;
    }
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
    char *tmp = malloc(n);
    if (!tmp)
        return -1;
    snprintf(tmp, n, "%s.tmpXXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        free(tmp);
        return -1;
    }
    /* mkstemp makes the file 0600; outputs are ordinary files. */
    mode_t um = umask(0);
    umask(um);
    fchmod(fd, 0666 & ~um);
    if (jfy_cli_write_all(fd, data, len) < 0 || fsync(fd) < 0) {
        int e = errno;
        close(fd);
        unlink(tmp);
        free(tmp);
        errno = e;
        return -1;
    }
    if (close(fd) < 0 || rename(tmp, path) < 0) {
        int e = errno;
        unlink(tmp);
        free(tmp);
        errno = e;
        return -1;
    }
    free(tmp);
    return 0;
}

void jfy_cli_diag(const char *file, const jfy_diag *d) {
    static const char *const level[] = {"note", "warning", "error"};
    if (d->line > 0)
        fprintf(stderr, "%s:%d: %s: %s [%s]\n", file, d->line, level[d->level], d->message,
                d->rule);
    else
        fprintf(stderr, "%s: %s: %s [%s]\n", file, level[d->level], d->message, d->rule);
}
