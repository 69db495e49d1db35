/* validate.c - the last stage: JATS against the official XSD.
 *
 * Compiling the official JATS 1.4 schema takes seconds, nearly all of it in
 * the MathML3 module, while validating a page after that takes well under a
 * millisecond. So a schema is compiled once per process, lazily, and in two
 * variants: the full one, and one whose MathML module is swapped for a stub
 * declaring only mml:math (the one MathML name the JATS schema refers to).
 * A document with no element in the MathML namespace cannot reach anything
 * the stub changes, so it gets the same verdict from the fast variant. */
#define _GNU_SOURCE /* memmem */
#include "jatsify.h"
#include "jats.h"
#include "jtree.h"
#include "schema.h"
#include "util.h"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <stddef.h>
#include <string.h>
#include <sys/stat.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "config.h"

#define NS_MML "http://www.w3.org/1998/Math/MathML"

struct jfy_schema {
    char *path;
    char version[8];  /* "1.4", "1.3", "" when the driver name does not say */
    const char *mem;  /* an embedded schema, compiled from memory */
    size_t memlen;
    pthread_mutex_t lock, lock_fast; /* one per variant: both may compile at once */
    xmlSchemaPtr full, fast;
    int full_failed, fast_failed;
    int expect_mathml; /* jfy_schema_expect saw MathML: the full variant serves all */
    int held;          /* jfy_schema_hold: deferring checkers wait for the caller's word */
    int wanted_full, wanted_fast; /* a deferred document needs this variant */
    char full_error[512], fast_error[512];
};

static const char mathml_stub[] =
    "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'"
    " targetNamespace='" NS_MML "' elementFormDefault='qualified'>"
    "<xs:element name='math'><xs:complexType><xs:sequence>"
    "<xs:any processContents='skip' minOccurs='0' maxOccurs='unbounded'/>"
    "</xs:sequence><xs:anyAttribute processContents='skip'/></xs:complexType>"
    "</xs:element></xs:schema>";

static pthread_once_t init_once = PTHREAD_ONCE_INIT;
static xmlExternalEntityLoader default_loader;
/* The entity loader is process-global in libxml2 but runs in the thread
 * that compiles, so a thread-local flag makes the stub swap seen by that
 * compilation only, and the two variants can compile at the same time (a
 * thread checks documents without MathML while another compiles MathML). */
static __thread int loader_stub_mathml;

static int is_remote(const char *url) {
    return url && (strncmp(url, "http://", 7) == 0 || strncmp(url, "https://", 8) == 0 ||
                   strncmp(url, "ftp://", 6) == 0);
}

static int ends_with(const char *s, const char *suffix) {
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

/* Set by a thread while it parses a document to check: nothing a
 * document names (DTD, external entity) is ever loaded, local or not. */
__thread int jfyp_loads_refused;

/* Never touches the network: remote URLs are refused outright. */
static xmlParserInputPtr safe_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt) {
    if (is_remote(url) || jfyp_loads_refused)
        return NULL;
    size_t part_len = 0;
    const char *part = jfyp_profile_part(url, &part_len);
    if (part || (url && loader_stub_mathml && ends_with(url, "mathml3/mathml3.xsd"))) {
        xmlParserInputBufferPtr buf = xmlParserInputBufferCreateMem(
            part ? part : mathml_stub, part ? (int)part_len : (int)sizeof mathml_stub - 1,
            XML_CHAR_ENCODING_NONE);
        if (!buf)
            return NULL;
        xmlParserInputPtr in = xmlNewIOInputStream(ctxt, buf, XML_CHAR_ENCODING_UTF8);
        if (!in)
            xmlFreeParserInputBuffer(buf);
        return in;
    }
    return default_loader(url, id, ctxt);
}

static void global_init(void) {
    /* Before libxml2 allocates anything that lasts (jats.c). */
    jfyp_xml_arena_install();
    xmlInitParser();
    /* Initialized lazily and unguarded by libxml2; done here, once, so
     * that schemas may compile in several threads. */
    xmlSchemaInitTypes();
    default_loader = xmlGetExternalEntityLoader();
    xmlSetExternalEntityLoader(safe_loader);
}

void jfy_global_init(void) { pthread_once(&init_once, global_init); }

/* The official folders and drivers are named after the version with the
 * dot as a dash: jats-1.3-publishing-mathml3/JATS-journalpublishing1-3-mathml3.xsd. */
static char *driver_in(const char *dir, const char *version) {
    struct stat st;
    if (!dir || !*dir)
        return NULL;
    if (stat(dir, &st) == 0 && S_ISREG(st.st_mode))
        return jfyp_strdup(dir);
    if (strlen(version) != 3 || version[1] != '.')
        return NULL;
    char dash[4] = {version[0], '-', version[2], '\0'};
    char *cands[2] = {
        jfyp_printf("%s/JATS-journalpublishing%s-mathml3.xsd", dir, dash),
        jfyp_printf("%s/jats-%s-publishing-mathml3/JATS-journalpublishing%s-mathml3.xsd", dir,
                    version, dash)};
    char *found = NULL;
    for (size_t i = 0; i < 2; i++) {
        if (!found && cands[i] && stat(cands[i], &st) == 0 && S_ISREG(st.st_mode))
            found = cands[i];
        else
            free(cands[i]);
    }
    return found;
}

char *jfy_schema_locate_version(const char *explicit_path, const char *version) {
    if (!version || !*version)
        version = "1.4";
    if (explicit_path && *explicit_path)
        return driver_in(explicit_path, version);
    char *p = driver_in(getenv("JATSIFY_XSD_DIR"), version);
    if (!p)
        p = driver_in(JFY_CONFIGURED_XSD_DIR, version);
    if (!p)
        p = driver_in(JFY_PKGDATA_XSD_DIR, version);
    return p;
}

char *jfy_schema_locate(const char *explicit_path) {
    return jfy_schema_locate_version(explicit_path, "1.4");
}

/* "...publishing1-3-mathml3.xsd" -> "1.3". */
static void version_from_path(const char *path, char out[8]) {
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    const char *p = strstr(b, "publishing");
    out[0] = '\0';
    if (p && p[10] >= '0' && p[10] <= '9' && p[11] == '-' && p[12] >= '0' && p[12] <= '9') {
        out[0] = p[10];
        out[1] = '.';
        out[2] = p[12];
        out[3] = '\0';
    }
}

jfy_schema *jfy_schema_new(const char *xsd_path, jfy_error *err) {
    jfy_global_init();
    struct stat st;
    if (!xsd_path || stat(xsd_path, &st) != 0) {
        jfyp_error_set(err, JFY_ERR_SCHEMA, xsd_path ? xsd_path : "", 0, 0,
                       "schema file not found; point --schema or JATSIFY_XSD_DIR at the "
                       "official JATS XSD folder");
        return NULL;
    }
    jfy_schema *s = calloc(1, sizeof *s);
    if (!s || !(s->path = jfyp_strdup(xsd_path))) {
        free(s);
        jfyp_error_set(err, JFY_ERR_NOMEM, xsd_path, 0, 0, "out of memory");
        return NULL;
    }
    version_from_path(xsd_path, s->version);
    pthread_mutex_init(&s->lock, NULL);
    pthread_mutex_init(&s->lock_fast, NULL);
    return s;
}

jfy_schema *jfyp_schema_new_embedded(const char *name, const char *version, const char *xsd,
                                     size_t len, jfy_error *err) {
    jfy_global_init();
    jfy_schema *s = calloc(1, sizeof *s);
    if (!s || !(s->path = jfyp_strdup(name))) {
        free(s);
        jfyp_error_set(err, JFY_ERR_NOMEM, name, 0, 0, "out of memory");
        return NULL;
    }
    snprintf(s->version, sizeof s->version, "%s", version);
    s->mem = xsd;
    s->memlen = len;
    pthread_mutex_init(&s->lock, NULL);
    pthread_mutex_init(&s->lock_fast, NULL);
    return s;
}

int jfyp_schema_covers_profile(const jfy_schema *s) {
    if (!s)
        return 0;
    if (s->mem)
        return 1; /* the one embedded schema is the profile */
    const char *b = strrchr(s->path, '/');
    return strcmp(b ? b + 1 : s->path, "JATS-journalpublishing1-4-mathml3.xsd") == 0;
}

const char *jfy_schema_path(const jfy_schema *s) { return s ? s->path : NULL; }

const char *jfy_schema_version(const jfy_schema *s) { return s ? s->version : ""; }

int jfy_schema_is_embedded(const jfy_schema *s) { return s && s->mem; }

void jfy_schema_free(jfy_schema *s) {
    if (!s)
        return;
    if (s->full)
        xmlSchemaFree(s->full);
    if (s->fast)
        xmlSchemaFree(s->fast);
    pthread_mutex_destroy(&s->lock);
    pthread_mutex_destroy(&s->lock_fast);
    free(s->path);
    free(s);
}

static void compile_error(void *ud, xmlErrorPtr e) {
    char *buf = ud;
    if (!buf[0] && e && e->level >= XML_ERR_ERROR && e->message)
        snprintf(buf, 512, "%s:%d: %s", e->file ? e->file : "", e->line, e->message);
}

/* Parse errors in a schema's files reach libxml2's per-thread handler,
 * which prints; the library never prints (compile_error keeps the first). */
static void silent(void *ud, xmlErrorPtr e) {}

static xmlSchemaPtr compile(const jfy_schema *s, int stub, char *errbuf) {
    xmlSetStructuredErrorFunc(NULL, silent);
    loader_stub_mathml = stub;
    xmlSchemaParserCtxtPtr pc = s->mem ? xmlSchemaNewMemParserCtxt(s->mem, (int)s->memlen)
                                       : xmlSchemaNewParserCtxt(s->path);
    xmlSchemaPtr schema = NULL;
    if (pc) {
        xmlSchemaSetParserStructuredErrors(pc, compile_error, errbuf);
        schema = xmlSchemaParse(pc);
        xmlSchemaFreeParserCtxt(pc);
    }
    loader_stub_mathml = 0;
    return schema;
}

static xmlSchemaPtr variant(jfy_schema *s, int need_mathml) {
    pthread_mutex_t *lock = need_mathml ? &s->lock : &s->lock_fast;
    pthread_mutex_lock(lock);
    xmlSchemaPtr *slot = need_mathml ? &s->full : &s->fast;
    int *failed = need_mathml ? &s->full_failed : &s->fast_failed;
    if (!*slot && !*failed) {
        xmlSchemaPtr c = compile(s, !need_mathml, need_mathml ? s->full_error : s->fast_error);
        /* Read without the lock by jfyp_schema_defer. */
        __atomic_store_n(failed, c == NULL, __ATOMIC_RELEASE);
        __atomic_store_n(slot, c, __ATOMIC_RELEASE);
    }
    xmlSchemaPtr r = *slot;
    pthread_mutex_unlock(lock);
    return r;
}

/* The variant a document gets: the full one for an embedded schema, or when
 * MathML is expected in the run (see jfy_schema_expect). */
static int full_for(const jfy_schema *s, int need_mathml) {
    return s->mem || need_mathml || __atomic_load_n(&s->expect_mathml, __ATOMIC_ACQUIRE);
}

int jfyp_schema_defer(jfy_schema *s, int need_mathml) {
    int full = full_for(s, need_mathml);
    xmlSchemaPtr *slot = full ? &s->full : &s->fast;
    int *failed = full ? &s->full_failed : &s->fast_failed;
    pthread_mutex_t *lock = full ? &s->lock : &s->lock_fast;
    if (__atomic_load_n(slot, __ATOMIC_ACQUIRE) || __atomic_load_n(failed, __ATOMIC_ACQUIRE))
        return 0;
    int busy = __atomic_load_n(&s->held, __ATOMIC_ACQUIRE);
    if (!busy) {
        /* Free: this thread compiles. Taken: another one is compiling. */
        busy = pthread_mutex_trylock(lock) != 0;
        if (!busy)
            pthread_mutex_unlock(lock);
    }
    if (busy)
        __atomic_store_n(full ? &s->wanted_full : &s->wanted_fast, 1, __ATOMIC_RELEASE);
    return busy;
}

void jfy_schema_hold(jfy_schema *s, int hold) {
    __atomic_store_n(&s->held, hold != 0, __ATOMIC_RELEASE);
}

void jfy_schema_compile_wanted(jfy_schema *s) {
    if (__atomic_load_n(&s->wanted_full, __ATOMIC_ACQUIRE))
        variant(s, 1);
    if (__atomic_load_n(&s->wanted_fast, __ATOMIC_ACQUIRE))
        variant(s, full_for(s, 0));
}

xmlSchemaPtr jfyp_schema_compiled(jfy_schema *s, int need_mathml, jfy_error *err) {
    /* An embedded schema has only the one (full) variant. */
    if (s->mem)
        need_mathml = 1;
    xmlSchemaPtr r = NULL;
    /* The full variant is compiled anyway: it answers for documents without
     * MathML too (it is the schema the stub stands in for). Should it not
     * compile, the stub is still tried. */
    if (!need_mathml && __atomic_load_n(&s->expect_mathml, __ATOMIC_ACQUIRE))
        r = variant(s, 1);
    if (!r)
        r = variant(s, need_mathml);
    if (!r) {
        const char *e = need_mathml ? s->full_error : s->fast_error;
        jfyp_error_set(err, JFY_ERR_SCHEMA, s->path, 0, 0, "the schema does not compile: %s",
                       e[0] ? e : "unknown error");
    }
    return r;
}

/* Where the bytes of what (n bytes) first occur in [p, end), or NULL.
 * Every file of a run is searched whole before any is checked (most hold
 * no MathML), so 16 positions at a time where SSE2 is there: only those
 * whose first and last bytes match are compared (glibc's memmem cost
 * about a tenth of the whole check of a file). */
static const char *find(const char *p, const char *end, const char *what, size_t n) {
#ifdef __SSE2__
    if (n >= 2) {
        const __m128i first = _mm_set1_epi8(what[0]), last = _mm_set1_epi8(what[n - 1]);
        while (end - p >= (ptrdiff_t)(n - 1 + 16)) {
            __m128i a = _mm_loadu_si128((const __m128i *)(const void *)p);
            __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(p + n - 1));
            unsigned bits = (unsigned)_mm_movemask_epi8(
                _mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, last)));
            while (bits) {
                unsigned i = (unsigned)__builtin_ctz(bits);
                if (memcmp(p + i + 1, what + 1, n - 2) == 0)
                    return p + i;
                bits &= bits - 1;
            }
            p += 16;
        }
    }
#endif
    return p < end ? memmem(p, (size_t)(end - p), what, n) : NULL;
}

/* 1 when the bytes may hold an element in the MathML namespace: a prefix
 * bound to it is used in a start tag, or it is bound as a default namespace,
 * or the namespace name appears anywhere else (then it is not worth being
 * sure). Published JATS declares xmlns:mml on the root whether it uses
 * MathML or not, hence the look for "<mml:". */
static int may_have_mathml(const char *xml, size_t len) {
    static const char ns[] = NS_MML;
    const size_t nl = sizeof ns - 1;
    const char *end = xml + len;
    for (const char *hit = find(xml, end, ns, nl); hit; hit = find(hit + nl, end, ns, nl)) {
        /* Back over the quote, blanks, '=', blanks, to the attribute name. */
        const char *q = hit - 1;
        if (q < xml || (*q != '"' && *q != '\''))
            return 1;
        q--;
        while (q >= xml && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r'))
            q--;
        if (q < xml || *q != '=')
            return 1;
        q--;
        while (q >= xml && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r'))
            q--;
        const char *name_end = q + 1;
        while (q >= xml && *q != ' ' && *q != '\t' && *q != '\n' && *q != '\r' && *q != ':' &&
               *q != '<')
            q--;
        if (q < xml || *q != ':' || q - 5 < xml || memcmp(q - 5, "xmlns", 5) != 0)
            return 1; /* xmlns="...MathML" or not a declaration */
        char tag[128];
        size_t pl = (size_t)(name_end - (q + 1));
        if (pl == 0 || pl + 2 >= sizeof tag)
            return 1;
        tag[0] = '<';
        memcpy(tag + 1, q + 1, pl);
        tag[pl + 1] = ':';
        if (find(xml, end, tag, pl + 2))
            return 1;
    }
    return 0;
}

int jfy_schema_expect(jfy_schema *s, const char *xml, size_t len) {
    if (!s || !xml || !may_have_mathml(xml, len))
        return 0;
    __atomic_store_n(&s->expect_mathml, 1, __ATOMIC_RELEASE);
    return 1;
}

int jfyp_has_mathml(xmlNodePtr n) {
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (n->ns && n->ns->href && strcmp((const char *)n->ns->href, NS_MML) == 0)
            return 1;
        if (jfyp_has_mathml(n->children))
            return 1;
    }
    return 0;
}

typedef struct {
    jfy_diag_fn fn;
    void *ud;
    int errors;
} sink;

static void valid_error(void *ud, xmlErrorPtr e) {
    sink *k = ud;
    if (!e || e->level < XML_ERR_ERROR)
        return;
    k->errors++;
    if (!k->fn)
        return;
    char msg[1024];
    snprintf(msg, sizeof msg, "%s", e->message ? e->message : "invalid");
    size_t l = strlen(msg);
    while (l && (msg[l - 1] == '\n' || msg[l - 1] == ' '))
        msg[--l] = '\0';
    jfy_diag d = {JFY_ERROR, e->line, 0, "schema", msg};
    k->fn(&d, k->ud);
}

/* The scanner's tree, one per thread and reset for every document: a new
 * one cost every page its arena's chunks of 64 KB and more (large requests,
 * which make malloc consolidate its fast bins) and its interned names. The
 * key's destructor frees it when the thread ends. */
static pthread_key_t tree_key;
static int tree_key_ok;
static pthread_once_t tree_key_once = PTHREAD_ONCE_INIT;

static void tree_free(void *t) { jfyp_jt_free(t); }
static void tree_key_make(void) { tree_key_ok = pthread_key_create(&tree_key, tree_free) == 0; }

/* This thread's tree; *own is set when the caller must free it (no key). */
static jt_doc *thread_tree(int *own) {
    pthread_once(&tree_key_once, tree_key_make);
    *own = 0;
    if (tree_key_ok) {
        jt_doc *t = pthread_getspecific(tree_key);
        if (t)
            return t;
        t = jfyp_jt_new();
        if (t && pthread_setspecific(tree_key, t) == 0)
            return t;
        jfyp_jt_free(t);
    }
    *own = 1;
    return jfyp_jt_new();
}

int jfyp_schema_accepts_built(jfy_schema *s, xmlDocPtr doc) {
    if (!s || !doc || !jfyp_schema_covers_profile(s))
        return 0;
    jfy_global_init();
    return jfyp_profile_accepts_built(doc);
}

int jfy_schema_validate(jfy_schema *s, const char *xml, size_t len, jfy_diag_fn fn,
                        void *ud, jfy_error *err) {
    jfy_global_init();
    /* jatsify's output is plain XML within the profile: read by the
     * scanner and settled by the tables, it is not parsed again (that
     * cost a page more than the tables, 1.5 to 4 M instructions). */
    if (jfyp_schema_covers_profile(s) && len <= INT_MAX) {
        int own;
        jt_doc *t = thread_tree(&own);
        int sc = t ? jfyp_jt_scan(t, xml, len) : -1;
        int fast = sc > 0 && jfyp_profile_accepts_tree(t);
        if (own)
            jfyp_jt_free(t);
        if (sc < 0) {
            jfyp_error_set(err, JFY_ERR_NOMEM, "", 0, 0, "out of memory");
            return -1;
        }
        if (fast)
            return 0;
    }
    xmlParserCtxtPtr pc = xmlNewParserCtxt();
    if (!pc) {
        jfyp_error_set(err, JFY_ERR_NOMEM, "", 0, 0, "out of memory");
        return -1;
    }
    /* No network, no DTD loading, no entity substitution: a DOCTYPE is read
     * as a declaration and nothing it names is fetched. */
    jfyp_loads_refused = 1;
    xmlDocPtr doc = xmlCtxtReadMemory(pc, xml, (int)len, "document.xml", NULL,
                                      XML_PARSE_NONET | XML_PARSE_NOERROR |
                                          XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
    jfyp_loads_refused = 0;
    if (!doc) {
        xmlErrorPtr e = xmlCtxtGetLastError(pc);
        jfyp_error_set(err, JFY_ERR_XML, "", e ? e->line : 0, e ? e->int2 : 0,
                       "not well-formed XML: %s", e && e->message ? e->message : "parse error");
        size_t l = strlen(err ? err->text : "");
        while (err && l && err->text[l - 1] == '\n')
            err->text[--l] = '\0';
        xmlFreeParserCtxt(pc);
        return -1;
    }
    xmlFreeParserCtxt(pc);
    /* jatsify's output is within the profile: then nothing is compiled. */
    if (jfyp_schema_covers_profile(s) && jfyp_profile_accepts(doc)) {
        xmlFreeDoc(doc);
        return 0;
    }
    xmlSchemaPtr schema = jfyp_schema_compiled(s, jfyp_has_mathml(xmlDocGetRootElement(doc)), err);
    if (!schema) {
        xmlFreeDoc(doc);
        return -1;
    }
    xmlSchemaValidCtxtPtr vc = xmlSchemaNewValidCtxt(schema);
    if (!vc) {
        xmlFreeDoc(doc);
        jfyp_error_set(err, JFY_ERR_NOMEM, "", 0, 0, "out of memory");
        return -1;
    }
    sink k = {fn, ud, 0};
    xmlSchemaSetValidStructuredErrors(vc, valid_error, &k);
    int rc = xmlSchemaValidateDoc(vc, doc);
    xmlSchemaFreeValidCtxt(vc);
    xmlFreeDoc(doc);
    if (rc > 0 && k.errors == 0)
        k.errors = 1;
    if (rc < 0) {
        jfyp_error_set(err, JFY_ERR_SCHEMA, s->path, 0, 0, "internal validation error");
        return -1;
    }
    return k.errors;
}
