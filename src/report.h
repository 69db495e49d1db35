/* report.h - the results of `jatsify validate` and of `jatsify convert -d`,
 * and the formats they are written in (text, json, junit, github, html).
 * Part of the command, not of the library. */
#ifndef JFY_REPORT_H
#define JFY_REPORT_H

#include <stdio.h>

#include "jatsify.h"

/* One problem, owned by its file result. */
typedef struct {
    jfy_level level;
    int line, column;
    char *rule;
    char *message;
    char *context; /* the source line it is on (trimmed, capped), or NULL */
    char *file;    /* the file LINE is in, when not the result's path (a
                      schema error is in the written XML, not the input) */
} jfy_problem;

/* What was found in one file. */
typedef struct {
    char *path;
    int unreadable;       /* the file could not be read: problems[0] says why */
    int failed;           /* invalid: errors, or warnings under --strict */
    int errors, warnings, notes;
    size_t omitted;       /* problems past the per-file cap, counted only */
    jfy_problem *problems; /* sorted by line, then column */
    size_t nproblems, cap;
    jfy_declared declared;
    const char *schema;   /* label of the schema used, NULL when none */
    int by_profile;       /* found valid from the built-in profile's tables,
                             no schema compiled (jfy_validator_last_by_profile) */
    /* convert runs: the page's outcome ("converted", "invalid", "failed",
     * "skipped") and where its JATS went. NULL in validate runs. */
    const char *status;
    char *output;
    int skipped;
} jfy_file_result;

typedef struct {
    jfy_file_result *files; /* sorted by path */
    size_t nfiles;
    size_t valid, invalid, unreadable;
    size_t errors, warnings, notes;
    size_t by_profile; /* files whose schema verdict came from the built-in profile */
    int strict;
    const char *schemas; /* "official JATS Journal Publishing 1.4 XSD (PATH)", ... */
    /* "convert" for convert -d runs (NULL: validate). Their counts are
     * converted, invalid, failed and skipped; unreadable counts the failed
     * pages that are I/O failures (an <error> in JUnit, not a <failure>).
     * Files are in input order, and json lists every one. */
    const char *command;
    size_t converted, failed, skipped;
} jfy_run_result;

/* Each writes the whole report to f; 0, or -1 when memory ran out. */
int jfy_report_text(FILE *f, const jfy_run_result *r);
int jfy_report_json(FILE *f, const jfy_run_result *r);
int jfy_report_junit(FILE *f, const jfy_run_result *r);
int jfy_report_github(FILE *f, const jfy_run_result *r);
int jfy_report_html(FILE *f, const jfy_run_result *r);

typedef int (*jfy_report_fn)(FILE *f, const jfy_run_result *r);

/* The writer for "text", "json", "junit", "github" or "html"; NULL for
 * anything else. */
jfy_report_fn jfy_report_for(const char *format);

/* Writes the report in format to file (NULL: stdout), atomically (a whole
 * report or none). 0, or -1 with errno. */
int jfy_report_write(const char *format, const char *file, const jfy_run_result *r);

/* "official JATS Journal Publishing 1.4 XSD (PATH)" or the built-in
 * profile's name, for summaries. malloc'd; NULL on out of memory. */
char *jfy_schema_label(jfy_schema *s);

/* Adds a problem to r, counting it by level; past `cap` problems it is
 * counted only (r->omitted). Strings are copied; file and context may be
 * NULL. 0, or -1 when memory ran out. */
int jfy_file_result_add(jfy_file_result *r, size_t cap, jfy_level level, int line, int column,
                        const char *rule, const char *message, const char *file,
                        const char *context);

/* Frees what r owns (problems, output), not r->path. */
void jfy_file_result_clear(jfy_file_result *r);

/* "error", "warning", "note". */
const char *jfy_level_name(jfy_level level);

#endif
