/*
 * jatsify.h - plain-text journal pages to JATS XML and schema.org JSON-LD.
 *
 * This header is the whole public interface and its manual.
 *
 * Pipeline, one way only:
 *   decode bytes -> parse text -> recognize structure -> apply sidecar
 *   -> emit JATS / emit JSON-LD -> validate (optional, against a compiled schema)
 *
 * Ownership: every jfy_*_new / jfy_*_load / jfy_*_convert result is owned by
 * the caller and released with the matching jfy_*_free, which accepts NULL.
 * Strings returned as `char *` are malloc'd and freed by the caller with
 * free(); strings returned as `const char *` belong to the object they came
 * from and live as long as it.
 *
 * The library never prints and never exits: problems come back as a
 * jfy_error (fatal, the call failed) or as diagnostics attached to a document
 * (the call succeeded but the input was imperfect).
 *
 * Thread safety: distinct objects may be used from distinct threads at once.
 * A jfy_schema may be shared by any number of threads calling
 * jfy_schema_validate concurrently. Call jfy_global_init() once before
 * starting threads.
 */
#ifndef JATSIFY_H
#define JATSIFY_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Version of the library, as "MAJOR.MINOR.PATCH". */
const char *jfy_version(void);

/* Initializes libxml2 once for the process; safe to call repeatedly. Unless
 * an allocator of its own was set (xmlMemSetup), libxml2's is set to thin
 * wrappers of malloc, realloc and free, through which a document jatsify
 * builds takes its memory from a per-thread arena; every other allocation
 * is malloc's as before. */
void jfy_global_init(void);

/* ---------------------------------------------------------------------- */
/* Errors                                                                  */

typedef enum {
    JFY_OK = 0,
    JFY_ERR_NOMEM,    /* an allocation failed */
    JFY_ERR_IO,       /* a file could not be read or written */
    JFY_ERR_ENCODING, /* input bytes could not be decoded */
    JFY_ERR_JSON,     /* a sidecar is not valid JSON or has a wrong type */
    JFY_ERR_SCHEMA,   /* a schema could not be found or compiled */
    JFY_ERR_XML,      /* an XML document could not be parsed */
    JFY_ERR_USAGE     /* the caller passed arguments that make no sense */
} jfy_code;

/* Filled by a failing call. line and column are 1-based, 0 when unknown;
 * source names the file (or "<stdin>", "<string>"). */
typedef struct {
    jfy_code code;
    int line;
    int column;
    char source[512];
    char text[512];
} jfy_error;

/* ---------------------------------------------------------------------- */
/* Diagnostics: what a successful conversion or validation has to say.   */

typedef enum { JFY_INFO = 0, JFY_WARNING = 1, JFY_ERROR = 2 } jfy_level;

typedef struct {
    jfy_level level;
    int line;            /* 1-based line in the input, 0 when not tied to one */
    int column;          /* 1-based, 0 when unknown */
    const char *rule;    /* stable id such as "missing-issn"; never NULL */
    const char *message; /* one sentence: what is wrong and what to do */
} jfy_diag;

/* ---------------------------------------------------------------------- */
/* Sidecar metadata: the facts a page does not state (journal ids, ISSN,   */
/* volume, date, per-file title/type/doi/pages).                          */

typedef struct jfy_meta jfy_meta;

/* Loads a sidecar JSON file. Returns NULL and fills err on failure: a file
 * that cannot be read (JFY_ERR_IO), JSON that does not parse or a key of the
 * wrong type (JFY_ERR_JSON, with line and column). */
jfy_meta *jfy_meta_load(const char *path, jfy_error *err);

/* Looks for "jatsify.json" in the folder of input_path and then in each
 * parent folder, and loads the first found. Returns NULL with
 * err->code == JFY_OK when there is none, NULL with an error code when one
 * was found but could not be loaded. */
jfy_meta *jfy_meta_discover(const char *input_path, jfy_error *err);

/* The path of the sidecar jfy_meta_discover would load for input_path
 * (malloc'd, absolute), or NULL when there is none. Lets a caller converting
 * many files load each sidecar once and share it. */
char *jfy_meta_find(const char *input_path);

/* Builds a sidecar from JSON text of the same shape as a sidecar file (for
 * metadata that travels with a document, as in `jatsify stream`). name is
 * used in error messages and as jfy_meta_path (NULL: "<string>"). "files"
 * keys are matched against jfy_convert_options.input_path exactly as given,
 * since there is no folder to be relative to. Returns NULL and fills err
 * (JFY_ERR_JSON with line and column) when the text is not JSON or a key
 * has the wrong type. */
jfy_meta *jfy_meta_from_json(const char *json, size_t len, const char *name,
                             jfy_error *err);

/* The path the sidecar was loaded from. */
const char *jfy_meta_path(const jfy_meta *meta);

void jfy_meta_free(jfy_meta *meta);

/* ---------------------------------------------------------------------- */
/* Conversion                                                             */

typedef struct jfy_doc jfy_doc;

typedef struct {
    /* Name used in diagnostics and, when it is a path, to find the per-file
     * entry of the sidecar ("files" keys are relative to the sidecar's
     * folder). May be NULL. */
    const char *input_path;
    /* Input encoding; NULL means detect (BOM, then UTF-8, then Windows-1252). */
    const char *encoding;
    /* Sidecar, may be NULL. Not owned; must outlive the call only. */
    const jfy_meta *meta;
} jfy_convert_options;

/* Converts one page. Returns NULL and fills err only when nothing could be
 * produced (out of memory, undecodable bytes). Imperfect input still yields a
 * document; see jfy_doc_diag_count. */
jfy_doc *jfy_convert(const char *bytes, size_t len,
                     const jfy_convert_options *opts, jfy_error *err);

/* Serialized JATS 1.4 XML (UTF-8, with XML declaration), malloc'd; *len gets
 * its length. NULL on out of memory. The same input gives the same bytes. */
char *jfy_doc_jats(const jfy_doc *doc, size_t *len);

/* Serialized schema.org JSON-LD, malloc'd, ending in a newline. */
char *jfy_doc_jsonld(const jfy_doc *doc, size_t *len);

/* Provenance, malloc'd JSON: {"source": INPUT, "elements": {XPATH: {"line",
 * "column", "end_line", "end_column"}}} for every JATS element made from the
 * page's text, keyed by its XPath in the JATS jfy_doc_jats writes. Lines and
 * columns are 1-based in the input; inline elements carry the span of the
 * block they sit in. */
char *jfy_doc_provenance(const jfy_doc *doc, size_t *len);

/* Diagnostics collected while converting, in input order. */
size_t jfy_doc_diag_count(const jfy_doc *doc);
const jfy_diag *jfy_doc_diag(const jfy_doc *doc, size_t i);

void jfy_doc_free(jfy_doc *doc);

/* ---------------------------------------------------------------------- */
/* Validation against the JATS XSD                                        */

typedef struct jfy_schema jfy_schema;

/* Finds the directory of the official JATS 1.4 Publishing XSD, trying in
 * order: explicit (a directory or the .xsd file itself), $JATSIFY_XSD_DIR,
 * the directory given to configure --with-jats-xsd. Returns a malloc'd path
 * to the driver .xsd file, or NULL when none is found. */
char *jfy_schema_locate(const char *explicit_path);

/* Loads the schema at xsd_path (the driver .xsd). Nothing is compiled yet:
 * compilation happens once, on first use, and is shared by every later
 * validation in the process. Documents without MathML are checked against
 * the same schema with its MathML module replaced by a stub, which compiles
 * in a fraction of the time and gives identical verdicts for them. No file is
 * ever fetched from the network. */
jfy_schema *jfy_schema_new(const char *xsd_path, jfy_error *err);

/* Tells schema that xml (len bytes) is among the documents it will check.
 * When xml may hold a MathML element, schema compiles only its full
 * variant from then on and checks documents without MathML against it too
 * (same verdicts): a run that needs the full schema anyway does not also
 * compile the stubbed one. Returns 1 when xml may hold MathML (a caller
 * scanning a batch can stop there), else 0. Optional: only speed depends on
 * it. Thread-safe. */
int jfy_schema_expect(jfy_schema *schema, const char *xml, size_t len);

/* For a batch driver that keeps every core busy while the schema compiles
 * (seconds for the official one): while schema is held, checkers that
 * defer (jfy_validator_set_defer) put off the documents that need it
 * compiled instead of compiling it, e.g. until a scan with
 * jfy_schema_expect has settled which variant the run needs. Checkers that
 * do not defer compile as usual. Thread-safe. */
void jfy_schema_hold(jfy_schema *schema, int hold);

/* Compiles now, in the calling thread, the variants that documents deferred
 * so far need (none: nothing happens). A failure is not reported here: the
 * checks that need the variant report it. Thread-safe. */
void jfy_schema_compile_wanted(jfy_schema *schema);

/* Called once per validity problem; line is 1-based in the XML. */
typedef void (*jfy_diag_fn)(const jfy_diag *diag, void *userdata);

/* Validates an XML document held in memory. Returns the number of errors
 * (0: valid), or -1 with err filled when the document is not well-formed XML
 * or the schema cannot be compiled. Thread-safe on a shared schema. */
int jfy_schema_validate(jfy_schema *schema, const char *xml, size_t len,
                        jfy_diag_fn fn, void *userdata, jfy_error *err);

/* jfy_doc_jats, and *valid set to 1 when the tree the JATS is written from
 * settles that schema accepts it: a document plainly within jatsify's
 * profile, schema being the profile or the official JATS 1.4 Publishing
 * driver. Those bytes need no jfy_schema_validate, which would read them
 * back for the same verdict. *valid is 0 when not settled (or schema is
 * NULL): validate the bytes with jfy_schema_validate as usual. The bytes
 * are jfy_doc_jats's. */
char *jfy_doc_jats_checked(const jfy_doc *doc, jfy_schema *schema, size_t *len, int *valid);

/* As jfy_schema_locate, for a given JATS Publishing version ("1.4", "1.3";
 * NULL means "1.4"): the folder jats-VERSION-publishing-mathml3/ is looked
 * for in each place, then the installed copy under the package data folder
 * (make install puts the configure-time XSD there). An explicit .xsd file
 * is returned as is, whatever its version. malloc'd, or NULL. */
char *jfy_schema_locate_version(const char *explicit_path, const char *version);

/* jatsify's own profile of JATS 1.4 Publishing, compiled into the library:
 * works with no file installed and compiles in milliseconds. Every document
 * it accepts the official 1.4 schema also accepts; it is stricter (journal
 * title required, ISO 3166 country codes, ISSN pattern, date parts) and has
 * no MathML. The caller frees it with jfy_schema_free. NULL on out of memory. */
jfy_schema *jfy_schema_new_profile(jfy_error *err);

/* The driver file path the schema was loaded from ("<profile>" for the
 * embedded profile). */
const char *jfy_schema_path(const jfy_schema *schema);

/* The JATS version the schema is for ("1.4", "1.3"), "" when unknown (an
 * explicit .xsd whose name does not say). Belongs to the schema. */
const char *jfy_schema_version(const jfy_schema *schema);

/* 1 for the embedded profile, 0 for a schema read from files. */
int jfy_schema_is_embedded(const jfy_schema *schema);

void jfy_schema_free(jfy_schema *schema);

/* ---------------------------------------------------------------------- */
/* Checking any JATS document: schema + the rules an XSD cannot express  */

/* What a document says it is, from its root dtd-version attribute and its
 * DOCTYPE public identifier. Empty strings when it does not say. */
typedef struct {
    char tagset[96];  /* "Journal Publishing", "Journal Archiving and Interchange",
                         "Article Authoring", "NLM Journal Publishing" (pre-JATS) */
    char version[16]; /* "1.4", "1.1d3", "3.0" */
    int line;         /* where it is said (1-based), 0 when not said */
} jfy_declared;

/* Picks the schema for a document once its declaration is known; may
 * return NULL to check the rules only. `userdata` is the one given to
 * jfy_validator_check. */
typedef jfy_schema *(*jfy_schema_choose_fn)(const jfy_declared *declared, void *userdata);

typedef struct {
    /* The schema used when choose is NULL; NULL (and no choose): rules only. */
    jfy_schema *schema;
    jfy_schema_choose_fn choose;
    /* 1: schema only, skip the rules (see jfy_rule_count). */
    int no_rules;
} jfy_validate_options;

/* One checker per thread: it keeps the parser and one schema validation
 * context per schema and reuses them from document to document. Schemas are
 * shared between checkers (not owned; they must outlive it). opts is copied.
 * NULL on out of memory. */
typedef struct jfy_validator jfy_validator;
jfy_validator *jfy_validator_new(const jfy_validate_options *opts, jfy_error *err);

/* Checks one XML document held in memory. Never resolves a DOCTYPE, never
 * loads an external entity or DTD, never touches the network, no XInclude.
 * Every problem goes to fn (may be NULL) with its line, column, level and
 * rule id: "not-well-formed" and "schema" (both errors), "declared-version"
 * (warning: the document declares another tag set or version than the
 * schema's), "entity-not-expanded" (warning: a reference to an external or
 * undeclared entity, dropped unread; internal entities are expanded), and
 * the rules (jfy_rule_at). *declared (may be NULL) gets what the
 * document declares and *used (may be NULL) the schema it was checked
 * against (NULL when none). Returns the number of errors (0: valid), or -1
 * with err filled when the schema does not compile or memory runs out
 * (JFY_CHECK_DEFERRED: see jfy_validator_set_defer).
 * A document that is not well-formed is 1 error, not a failure. */
int jfy_validator_check(jfy_validator *v, const char *xml, size_t len, jfy_diag_fn fn,
                        void *userdata, jfy_declared *declared, jfy_schema **used,
                        jfy_error *err);

/* What jfy_validator_check returns for a document it put off. */
#define JFY_CHECK_DEFERRED (-2)

/* defer 1: jfy_validator_check does not wait for a schema that is not
 * compiled yet while another thread compiles it or it is held
 * (jfy_schema_hold): it reports nothing and returns JFY_CHECK_DEFERRED, and
 * the caller checks the document again later (with defer 0 to wait). A
 * checker starts with defer 0. */
void jfy_validator_set_defer(jfy_validator *v, int defer);

/* 1 when the last jfy_validator_check on v reached its schema verdict
 * (valid) through the built-in profile's tables, compiling and running no
 * XSD: the document is within jatsify's profile of JATS 1.4 Publishing,
 * so the official 1.4 schema accepts it too. 0 otherwise. */
int jfy_validator_last_by_profile(const jfy_validator *v);

void jfy_validator_free(jfy_validator *v);

/* The rules, in a stable order: id ("rid-target"), default level, and one
 * sentence saying what is checked. i < jfy_rule_count(); NULL beyond. */
typedef struct {
    const char *id;
    jfy_level level;
    const char *summary;
} jfy_rule;
size_t jfy_rule_count(void);
const jfy_rule *jfy_rule_at(size_t i);

#ifdef __cplusplus
}
#endif

#endif /* JATSIFY_H */
