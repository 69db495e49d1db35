/* report.c - the formats `jatsify validate` and `convert -d` write. XML and HTML are built
 * by libxml2 and JSON by jansson, so nothing is escaped by hand except the
 * GitHub annotation syntax, which has its own percent-escapes. */
#include "report.h"
#include "cli.h"

#include <jansson.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <stdlib.h>
#include <string.h>

const char *jfy_level_name(jfy_level level) {
    static const char *const names[] = {"note", "warning", "error"};
    return names[level];
}

static const char *plural(size_t n) { return n == 1 ? "" : "s"; }

static int is_convert(const jfy_run_result *r) {
    return r->command && strcmp(r->command, "convert") == 0;
}

static const char *where(const jfy_file_result *fr, const jfy_problem *p) {
    return p->file ? p->file : fr->path;
}

int jfy_file_result_add(jfy_file_result *r, size_t cap, jfy_level level, int line, int column,
                        const char *rule, const char *message, const char *file,
                        const char *context) {
    if (level == JFY_ERROR)
        r->errors++;
    else if (level == JFY_WARNING)
        r->warnings++;
    else
        r->notes++;
    if (r->nproblems >= cap) {
        r->omitted++;
        return 0;
    }
    if (r->nproblems == r->cap) {
        size_t ncap = r->cap ? r->cap * 2 : 8;
        jfy_problem *np = realloc(r->problems, ncap * sizeof *np);
        if (!np)
            return -1;
        r->problems = np;
        r->cap = ncap;
    }
    jfy_problem *p = &r->problems[r->nproblems];
    *p = (jfy_problem){level, line, column, strdup(rule), strdup(message),
                       context ? strdup(context) : NULL, file ? strdup(file) : NULL};
    if (!p->rule || !p->message || (context && !p->context) || (file && !p->file)) {
        free(p->rule);
        free(p->message);
        free(p->context);
        free(p->file);
        return -1;
    }
    r->nproblems++;
    return 0;
}

void jfy_file_result_clear(jfy_file_result *r) {
    for (size_t k = 0; k < r->nproblems; k++) {
        free(r->problems[k].rule);
        free(r->problems[k].message);
        free(r->problems[k].context);
        free(r->problems[k].file);
    }
    free(r->problems);
    free(r->output);
    r->problems = NULL;
    r->output = NULL;
    r->nproblems = r->cap = 0;
}

static void summary(FILE *f, const jfy_run_result *r) {
    if (is_convert(r)) {
        fprintf(f,
                "jatsify convert: %zu file%s: %zu converted, %zu invalid, %zu failed, %zu "
                "skipped (%zu error%s, %zu warning%s); schema: %s\n",
                r->nfiles, plural(r->nfiles), r->converted, r->invalid, r->failed, r->skipped,
                r->errors, plural(r->errors), r->warnings, plural(r->warnings),
                r->schemas && r->schemas[0] ? r->schemas : "none");
        return;
    }
    size_t n = r->valid + r->invalid + r->unreadable;
    fprintf(f, "jatsify validate: %zu file%s: %zu valid, %zu invalid", n, plural(n), r->valid,
            r->invalid);
    if (r->unreadable)
        fprintf(f, ", %zu unreadable", r->unreadable);
    fprintf(f, " (%zu error%s, %zu warning%s%s); schema: %s", r->errors, plural(r->errors),
            r->warnings, plural(r->warnings), r->strict ? ", --strict" : "",
            r->schemas && r->schemas[0] ? r->schemas : "none");
    /* How the verdicts were reached: the rest went through libxml2. */
    if (r->by_profile)
        fprintf(f, "; %zu of %zu file%s accepted by the built-in profile without compiling it",
                r->by_profile, n, plural(n));
    fputc('\n', f);
}

int jfy_report_text(FILE *f, const jfy_run_result *r) {
    for (size_t i = 0; i < r->nfiles; i++) {
        const jfy_file_result *fr = &r->files[i];
        for (size_t k = 0; k < fr->nproblems; k++) {
            const jfy_problem *p = &fr->problems[k];
            if (p->line > 0)
                fprintf(f, "%s:%d:%d: %s: %s [%s]\n", where(fr, p), p->line,
                        p->column > 0 ? p->column : 1, jfy_level_name(p->level), p->message,
                        p->rule);
            else
                fprintf(f, "%s: %s: %s [%s]\n", where(fr, p), jfy_level_name(p->level), p->message,
                        p->rule);
        }
        if (fr->omitted)
            fprintf(f, "%s: note: %zu more problem%s not shown\n", fr->path, fr->omitted,
                    plural(fr->omitted));
    }
    summary(f, r);
    return ferror(f) ? -1 : 0;
}

/* ---------------------------------------------------------------------- */

static const char *status_of(const jfy_file_result *fr) {
    if (fr->status)
        return fr->status;
    return fr->unreadable ? "unreadable" : fr->failed ? "invalid" : "valid";
}

/* One object per file that has problems; valid files without any are
 * counted in the summary only. A convert run lists every page. */
int jfy_report_json(FILE *f, const jfy_run_result *r) {
    json_t *root = json_object(), *files = json_array();
    int oom = !root || !files;
    for (size_t i = 0; !oom && i < r->nfiles; i++) {
        const jfy_file_result *fr = &r->files[i];
        if (!fr->nproblems && !is_convert(r))
            continue;
        json_t *problems = json_array();
        json_t *o = json_pack("{s:s, s:s, s:i, s:i, s:i, s:I}", "file", fr->path, "status",
                              status_of(fr), "errors", fr->errors, "warnings", fr->warnings,
                              "notes", fr->notes, "omitted", (json_int_t)fr->omitted);
        oom = !problems || !o;
        if (!oom && fr->schema)
            oom = json_object_set_new(o, "schema", json_string(fr->schema)) < 0;
        if (!oom && fr->output)
            oom = json_object_set_new(o, "output", json_string(fr->output)) < 0;
        if (!oom && (fr->declared.tagset[0] || fr->declared.version[0]))
            oom = json_object_set_new(o, "declared",
                                      json_pack("{s:s, s:s}", "tagset", fr->declared.tagset,
                                                "version", fr->declared.version)) < 0;
        for (size_t k = 0; !oom && k < fr->nproblems; k++) {
            const jfy_problem *p = &fr->problems[k];
            json_t *po = json_pack("{s:i, s:i, s:s, s:s, s:s}", "line", p->line, "column",
                                   p->column, "level", jfy_level_name(p->level), "rule",
                                   p->rule, "message", p->message);
            oom = !po || (p->file && json_object_set_new(po, "file", json_string(p->file)) < 0);
            if (oom)
                json_decref(po);
            else
                oom = json_array_append_new(problems, po) < 0;
        }
        if (!oom) {
            oom = json_object_set_new(o, "problems", problems) < 0;
            problems = NULL;
        }
        if (!oom) {
            oom = json_array_append_new(files, o) < 0;
            o = NULL;
        }
        json_decref(problems);
        json_decref(o);
    }
    if (!oom && is_convert(r)) {
        json_t *s = json_pack(
            "{s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:s}", "files", (json_int_t)r->nfiles,
            "converted", (json_int_t)r->converted, "invalid", (json_int_t)r->invalid, "failed",
            (json_int_t)r->failed, "skipped", (json_int_t)r->skipped, "errors",
            (json_int_t)r->errors, "warnings", (json_int_t)r->warnings, "notes",
            (json_int_t)r->notes, "schema", r->schemas ? r->schemas : "");
        oom = !s || json_object_set_new(root, "summary", s) < 0 ||
              json_object_set(root, "files", files) < 0;
    } else if (!oom) {
        json_t *s = json_pack(
            "{s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:b, s:s, s:I}", "files",
            (json_int_t)(r->valid + r->invalid + r->unreadable), "valid", (json_int_t)r->valid,
            "invalid", (json_int_t)r->invalid, "unreadable", (json_int_t)r->unreadable, "errors",
            (json_int_t)r->errors, "warnings", (json_int_t)r->warnings, "notes",
            (json_int_t)r->notes, "strict", r->strict, "schema", r->schemas ? r->schemas : "",
            "by_profile", (json_int_t)r->by_profile);
        oom = !s || json_object_set_new(root, "summary", s) < 0 ||
              json_object_set(root, "files", files) < 0;
    }
    int rc = -1;
    if (!oom && json_dumpf(root, f, JSON_INDENT(2)) == 0 && fputc('\n', f) != EOF)
        rc = 0;
    json_decref(files);
    json_decref(root);
    return rc;
}

/* ---------------------------------------------------------------------- */

static char *problem_line(const jfy_file_result *fr, const jfy_problem *p) {
    char *s = NULL;
    size_t n = 0;
    FILE *m = open_memstream(&s, &n);
    if (!m)
        return NULL;
    if (p->line > 0)
        fprintf(m, "%s:%d:%d: %s: %s [%s]", where(fr, p), p->line, p->column > 0 ? p->column : 1,
                jfy_level_name(p->level), p->message, p->rule);
    else
        fprintf(m, "%s: %s: %s [%s]", where(fr, p), jfy_level_name(p->level), p->message,
                p->rule);
    if (fclose(m) != 0) {
        free(s);
        return NULL;
    }
    return s;
}

/* JUnit as GitLab, Jenkins and the GitHub test reporters read it: one
 * testsuite, one testcase per file, a <failure> for an invalid one (its
 * problems in the body), <error> for one that could not be read; in a
 * convert run a page that failed to convert is a <failure> too, and an
 * up-to-date page left alone is <skipped/>. */
int jfy_report_junit(FILE *f, const jfy_run_result *r) {
    xmlBufferPtr buf = xmlBufferCreate();
    xmlTextWriterPtr w = buf ? xmlNewTextWriterMemory(buf, 0) : NULL;
    if (!w) {
        xmlBufferFree(buf);
        return -1;
    }
    char num[32];
    int conv = is_convert(r);
    const char *cls = conv ? "jatsify.convert" : "jatsify.validate";
    int bad = xmlTextWriterSetIndent(w, 1) < 0 ||
              xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL) < 0 ||
              xmlTextWriterStartElement(w, BAD_CAST "testsuites") < 0 ||
              xmlTextWriterStartElement(w, BAD_CAST "testsuite") < 0 ||
              xmlTextWriterWriteAttribute(
                  w, BAD_CAST "name", BAD_CAST(conv ? "jatsify convert" : "jatsify validate")) < 0;
    snprintf(num, sizeof num, "%zu", r->nfiles);
    bad = bad || xmlTextWriterWriteAttribute(w, BAD_CAST "tests", BAD_CAST num) < 0;
    snprintf(num, sizeof num, "%zu",
             conv ? r->invalid + r->failed - r->unreadable : r->invalid);
    bad = bad || xmlTextWriterWriteAttribute(w, BAD_CAST "failures", BAD_CAST num) < 0;
    snprintf(num, sizeof num, "%zu", r->unreadable);
    bad = bad || xmlTextWriterWriteAttribute(w, BAD_CAST "errors", BAD_CAST num) < 0;
    if (conv) {
        snprintf(num, sizeof num, "%zu", r->skipped);
        bad = bad || xmlTextWriterWriteAttribute(w, BAD_CAST "skipped", BAD_CAST num) < 0;
    }
    bad = bad || xmlTextWriterStartElement(w, BAD_CAST "properties") < 0 ||
          xmlTextWriterStartElement(w, BAD_CAST "property") < 0 ||
          xmlTextWriterWriteAttribute(w, BAD_CAST "name", BAD_CAST "schema") < 0 ||
          xmlTextWriterWriteAttribute(w, BAD_CAST "value",
                                      BAD_CAST(r->schemas ? r->schemas : "")) < 0 ||
          xmlTextWriterEndElement(w) < 0 || xmlTextWriterEndElement(w) < 0;
    for (size_t i = 0; !bad && i < r->nfiles; i++) {
        const jfy_file_result *fr = &r->files[i];
        bad = xmlTextWriterStartElement(w, BAD_CAST "testcase") < 0 ||
              xmlTextWriterWriteAttribute(w, BAD_CAST "classname", BAD_CAST cls) < 0 ||
              xmlTextWriterWriteAttribute(w, BAD_CAST "name", BAD_CAST fr->path) < 0 ||
              xmlTextWriterWriteAttribute(w, BAD_CAST "file", BAD_CAST fr->path) < 0;
        if (!bad && (fr->failed || fr->unreadable)) {
            const char *tag = fr->unreadable ? "error" : "failure";
            char msg[128];
            snprintf(msg, sizeof msg, "%d error%s, %d warning%s", fr->errors,
                     plural((size_t)fr->errors), fr->warnings, plural((size_t)fr->warnings));
            const char *type = conv ? status_of(fr) : fr->unreadable ? "unreadable" : "invalid";
            bad = xmlTextWriterStartElement(w, BAD_CAST tag) < 0 ||
                  xmlTextWriterWriteAttribute(
                      w, BAD_CAST "message",
                      BAD_CAST(fr->unreadable && fr->nproblems ? fr->problems[0].message : msg)) <
                      0 ||
                  xmlTextWriterWriteAttribute(w, BAD_CAST "type", BAD_CAST type) < 0;
            for (size_t k = 0; !bad && k < fr->nproblems; k++) {
                char *line = problem_line(fr, &fr->problems[k]);
                bad = !line || xmlTextWriterWriteString(w, BAD_CAST line) < 0 ||
                      xmlTextWriterWriteString(w, BAD_CAST "\n") < 0;
                free(line);
            }
            bad = bad || xmlTextWriterEndElement(w) < 0;
        } else if (!bad && fr->skipped) {
            bad = xmlTextWriterStartElement(w, BAD_CAST "skipped") < 0 ||
                  xmlTextWriterWriteAttribute(w, BAD_CAST "message",
                                              BAD_CAST "outputs up to date") < 0 ||
                  xmlTextWriterEndElement(w) < 0;
        } else if (!bad && fr->nproblems) {
            /* Passed, with warnings or notes: shown as the case's output. */
            bad = xmlTextWriterStartElement(w, BAD_CAST "system-out") < 0;
            for (size_t k = 0; !bad && k < fr->nproblems; k++) {
                char *line = problem_line(fr, &fr->problems[k]);
                bad = !line || xmlTextWriterWriteString(w, BAD_CAST line) < 0 ||
                      xmlTextWriterWriteString(w, BAD_CAST "\n") < 0;
                free(line);
            }
            bad = bad || xmlTextWriterEndElement(w) < 0;
        }
        bad = bad || xmlTextWriterEndElement(w) < 0;
    }
    bad = bad || xmlTextWriterEndDocument(w) < 0;
    xmlFreeTextWriter(w);
    if (!bad)
        bad = fwrite(xmlBufferContent(buf), 1, (size_t)xmlBufferLength(buf), f) !=
              (size_t)xmlBufferLength(buf);
    xmlBufferFree(buf);
    return bad || ferror(f) ? -1 : 0;
}

/* ---------------------------------------------------------------------- */

/* Workflow-command escaping: data and property values differ in ':' and
 * ','. See GitHub's "Workflow commands" documentation. */
static void gh_escape(FILE *f, const char *s, int property) {
    for (; *s; s++) {
        switch (*s) {
        case '%': fputs("%25", f); break;
        case '\r': fputs("%0D", f); break;
        case '\n': fputs("%0A", f); break;
        case ':': property ? fputs("%3A", f) : fputc(':', f); break;
        case ',': property ? fputs("%2C", f) : fputc(',', f); break;
        default: fputc(*s, f);
        }
    }
}

int jfy_report_github(FILE *f, const jfy_run_result *r) {
    static const char *const cmd[] = {"notice", "warning", "error"};
    for (size_t i = 0; i < r->nfiles; i++) {
        const jfy_file_result *fr = &r->files[i];
        for (size_t k = 0; k < fr->nproblems; k++) {
            const jfy_problem *p = &fr->problems[k];
            fprintf(f, "::%s file=", cmd[p->level]);
            gh_escape(f, where(fr, p), 1);
            if (p->line > 0)
                fprintf(f, ",line=%d,col=%d", p->line, p->column > 0 ? p->column : 1);
            fputs(",title=", f);
            gh_escape(f, p->rule, 1);
            fputs("::", f);
            gh_escape(f, p->message, 0);
            fputc('\n', f);
        }
    }
    summary(f, r);
    return ferror(f) ? -1 : 0;
}

/* ---------------------------------------------------------------------- */

static const char html_style[] =
    "body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:70em;padding:0 1em;"
    "color:#222}h1{font-size:1.5em}h2{font-size:1.1em;margin-top:2em;word-break:break-all}"
    ".valid{color:#176f2c}.invalid,.unreadable{color:#b00020}table{border-collapse:collapse;"
    "width:100%}td,th{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left;"
    "vertical-align:top}td.loc{white-space:nowrap;font-family:monospace}"
    ".error{color:#b00020}.warning{color:#8a5a00}.note{color:#555}"
    "pre{margin:.2em 0 0;background:#f6f6f6;padding:.3em;overflow-x:auto;font-size:.9em}";

static xmlNodePtr add(xmlNodePtr parent, const char *name, const char *text, const char *cls) {
    xmlNodePtr n = xmlNewTextChild(parent, NULL, BAD_CAST name, text ? BAD_CAST text : NULL);
    if (n && cls && !xmlNewProp(n, BAD_CAST "class", BAD_CAST cls))
        return NULL;
    return n;
}

/* One self-contained page: the summary, then each file with problems, each
 * problem with the source line it is on. */
int jfy_report_html(FILE *f, const jfy_run_result *r) {
    htmlDocPtr doc = htmlNewDoc(BAD_CAST "about:legacy-compat", NULL);
    if (!doc)
        return -1;
    xmlNodePtr html = xmlNewNode(NULL, BAD_CAST "html");
    int bad = !html;
    if (!bad) {
        xmlDocSetRootElement(doc, html);
        bad = !xmlNewProp(html, BAD_CAST "lang", BAD_CAST "en");
    }
    xmlNodePtr head = bad ? NULL : add(html, "head", NULL, NULL);
    xmlNodePtr meta = head ? add(head, "meta", NULL, NULL) : NULL;
    bad = !meta || !xmlNewProp(meta, BAD_CAST "charset", BAD_CAST "utf-8") ||
          !add(head, "title", is_convert(r) ? "jatsify convert report" : "jatsify validate report",
               NULL) ||
          !add(head, "style", html_style, NULL);
    xmlNodePtr body = bad ? NULL : add(html, "body", NULL, NULL);
    bad = bad || !body || !add(body, "h1", is_convert(r) ? "JATS conversion report" : "JATS validation report",
                          NULL);
    char line[512];
    size_t n = r->valid + r->invalid + r->unreadable;
    if (is_convert(r))
        snprintf(line, sizeof line,
                 "%zu file%s: %zu converted, %zu invalid, %zu failed, %zu skipped; %zu error%s, "
                 "%zu warning%s.",
                 r->nfiles, plural(r->nfiles), r->converted, r->invalid, r->failed, r->skipped,
                 r->errors, plural(r->errors), r->warnings, plural(r->warnings));
    else
        snprintf(line, sizeof line,
                 "%zu file%s: %zu valid, %zu invalid, %zu unreadable; %zu error%s, %zu "
                 "warning%s%s.",
                 n, plural(n), r->valid, r->invalid, r->unreadable, r->errors, plural(r->errors),
                 r->warnings, plural(r->warnings),
                 r->strict ? " (--strict: warnings fail)" : "");
    bad = bad || !add(body, "p", line,
                      r->invalid || r->unreadable || r->failed ? "invalid" : "valid");
    xmlNodePtr sp = bad ? NULL : add(body, "p", "Schema: ", NULL);
    bad = bad || !sp || !add(sp, "code", r->schemas ? r->schemas : "none", NULL);
    for (size_t i = 0; !bad && i < r->nfiles; i++) {
        const jfy_file_result *fr = &r->files[i];
        if (!fr->nproblems)
            continue;
        xmlNodePtr h = add(body, "h2", NULL, NULL);
        bad = !h || !add(h, "code", fr->path, NULL) || !xmlAddChild(h, xmlNewText(BAD_CAST " ")) ||
              !add(h, "span", status_of(fr), status_of(fr));
        xmlNodePtr t = bad ? NULL : add(body, "table", NULL, NULL);
        bad = bad || !t;
        for (size_t k = 0; !bad && k < fr->nproblems; k++) {
            const jfy_problem *p = &fr->problems[k];
            xmlNodePtr tr = add(t, "tr", NULL, NULL);
            char loc[64];
            snprintf(loc, sizeof loc, "%d:%d", p->line, p->column);
            xmlNodePtr msg = NULL;
            bad = !tr || !add(tr, "td", p->line > 0 ? loc : "", "loc") ||
                  !add(tr, "td", jfy_level_name(p->level), jfy_level_name(p->level)) ||
                  !(msg = add(tr, "td", p->message, NULL)) ||
                  !xmlAddChild(msg, xmlNewText(BAD_CAST " ")) ||
                  !add(msg, "code", p->rule, NULL) ||
                  (p->context && !add(msg, "pre", p->context, NULL));
        }
        if (!bad && fr->omitted) {
            snprintf(line, sizeof line, "%zu more problem%s not shown.", fr->omitted,
                     plural(fr->omitted));
            bad = !add(body, "p", line, "note");
        }
    }
    xmlChar *out = NULL;
    int len = 0;
    if (!bad)
        htmlDocDumpMemoryFormat(doc, &out, &len, 1);
    xmlFreeDoc(doc);
    if (!out)
        return -1;
    bad = fwrite(out, 1, (size_t)len, f) != (size_t)len;
    xmlFree(out);
    return bad || ferror(f) ? -1 : 0;
}

/* ---------------------------------------------------------------------- */

jfy_report_fn jfy_report_for(const char *format) {
    static const struct {
        const char *name;
        jfy_report_fn fn;
    } fmts[] = {{"text", jfy_report_text},   {"json", jfy_report_json},
                {"junit", jfy_report_junit}, {"github", jfy_report_github},
                {"html", jfy_report_html}};
    for (size_t i = 0; format && i < sizeof fmts / sizeof fmts[0]; i++)
        if (strcmp(format, fmts[i].name) == 0)
            return fmts[i].fn;
    return NULL;
}

int jfy_report_write(const char *format, const char *file, const jfy_run_result *r) {
    jfy_report_fn fn = jfy_report_for(format);
    if (!fn)
        return -1;
    if (!file)
        return fn(stdout, r) < 0 || fflush(stdout) != 0 ? -1 : 0;
    char *data = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&data, &len);
    if (!m)
        return -1;
    int rc = fn(m, r);
    if (fclose(m) != 0)
        rc = -1;
    if (rc == 0)
        rc = jfy_cli_write(file, data, len);
    free(data);
    return rc;
}

char *jfy_schema_label(jfy_schema *s) {
    char *l = NULL;
    if (jfy_schema_is_embedded(s)) {
        l = strdup("jatsify profile of JATS Journal Publishing 1.4 (built in)");
    } else {
        const char *v = jfy_schema_version(s);
        size_t n = strlen(jfy_schema_path(s)) + 96;
        if ((l = malloc(n)))
            snprintf(l, n, "official JATS Journal Publishing%s%s XSD (%s)", v[0] ? " " : "", v,
                     jfy_schema_path(s));
    }
    return l;
}
