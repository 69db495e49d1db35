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

/* Reads a whole file ("-" is stdin). malloc'd, NULL with errno set. */
char *jfy_cli_read(const char *path, size_t *len);

/* Writes data atomically: a temporary file in the same folder, fsync'd,
 * then renamed over path, so a reader never sees half a file. Missing
 * parent folders are created. "-" writes to stdout. 0, or -1 with errno. */
int jfy_cli_write(const char *path, const char *data, size_t len);

/* Prints a diagnostic as FILE:LINE: level: message (LINE left out when 0). */
void jfy_cli_diag(const char *file, const jfy_diag *d);

#endif
