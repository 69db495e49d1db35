/* report.h - the results of `jatsify validate` and the formats they are
 * written in (text, json, junit, github, html). Part of the command, not
 * of the library. */
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
} jfy_file_result;

typedef struct {
    jfy_file_result *files; /* sorted by path */
    size_t nfiles;
    size_t valid, invalid, unreadable;
    size_t errors, warnings, notes;
    int strict;
    const char *schemas; /* "official JATS Journal Publishing 1.4 XSD (PATH)", ... */
} jfy_run_result;

/* Each writes the whole report to f; 0, or -1 when memory ran out. */
int jfy_report_text(FILE *f, const jfy_run_result *r);
int jfy_report_json(FILE *f, const jfy_run_result *r);
int jfy_report_junit(FILE *f, const jfy_run_result *r);
int jfy_report_github(FILE *f, const jfy_run_result *r);
int jfy_report_html(FILE *f, const jfy_run_result *r);

/* "error", "warning", "note". */
const char *jfy_level_name(jfy_level level);

#endif
