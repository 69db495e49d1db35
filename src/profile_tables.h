/* profile_tables.h - jatsify's profile of JATS 1.4 Journal Publishing
 * (xsd/jatsify-profile.xsd) compiled at build time into tables, so that a
 * document can be checked against it without compiling the XSD
 * (fastcheck.c). profile_tables.c is written by
 * `xsd/make-profile.py --tables xsd`. Internal; not installed. */
#ifndef JFY_PROFILE_TABLES_H
#define JFY_PROFILE_TABLES_H

/* Content of an element type. */
enum { JFYP_PT_EMPTY, JFYP_PT_SIMPLE, JFYP_PT_MIXED, JFYP_PT_ELEMENTS };

/* Built-in XSD type a simple type restricts. */
enum {
    JFYP_PT_STRING, JFYP_PT_ID, JFYP_PT_IDREF, JFYP_PT_IDREFS, JFYP_PT_NMTOKEN,
    JFYP_PT_NMTOKENS, JFYP_PT_NCNAME, JFYP_PT_ANYURI, JFYP_PT_LANGUAGE, JFYP_PT_INTEGER,
    JFYP_PT_NONNEGATIVEINTEGER, JFYP_PT_POSITIVEINTEGER, JFYP_PT_TOKEN
};

/* Namespace of an attribute. */
enum { JFYP_PT_NS_NONE, JFYP_PT_NS_XLINK, JFYP_PT_NS_XML };

typedef struct {
    unsigned char base;     /* JFYP_PT_STRING... */
    signed char pattern;    /* index in jfyp_pt_patterns, -1: none */
    unsigned short enum_first, enum_count; /* sorted values in jfyp_pt_enums; 0: any */
} jfyp_pt_stype;

typedef struct {
    const char *name;
    unsigned char ns;       /* JFYP_PT_NS_... */
    unsigned char required;
    unsigned short stype;   /* index in jfyp_pt_stypes */
    const char *fixed;      /* value it must have, or NULL */
} jfyp_pt_attr;

/* DFA over child element names: from a state, child name -> its element
 * type and the next state. */
typedef struct {
    unsigned short name;    /* index in jfyp_pt_names */
    unsigned short type;    /* index in jfyp_pt_types */
    unsigned short next;    /* index in jfyp_pt_states */
} jfyp_pt_trans;

typedef struct {
    unsigned short first, count; /* transitions, sorted by name */
    unsigned char accepting;
} jfyp_pt_state;

typedef struct {
    const char *name;       /* the XSD type's name without "t-" */
    unsigned char content;  /* JFYP_PT_EMPTY... */
    short stype;            /* JFYP_PT_SIMPLE: the text's simple type */
    unsigned short attr_first, attr_count; /* sorted by (ns, name) */
    unsigned short required; /* how many of them are required */
    unsigned short start;   /* DFA start state */
} jfyp_pt_type;

/* Child element names, sorted (strcmp); an element of the ALI namespace
 * is "ali:" and its local name, the others are in no namespace. */
extern const char *const jfyp_pt_names[];
extern const unsigned jfyp_pt_nnames;
extern const char *const jfyp_pt_enums[];
extern const char *const jfyp_pt_patterns[]; /* XSD regular expressions */
extern const unsigned jfyp_pt_npatterns;
extern const jfyp_pt_stype jfyp_pt_stypes[];
extern const jfyp_pt_attr jfyp_pt_attrs[];
extern const jfyp_pt_trans jfyp_pt_trans_[];
extern const jfyp_pt_state jfyp_pt_states[];
extern const jfyp_pt_type jfyp_pt_types[];
extern const unsigned jfyp_pt_ntypes;
extern const unsigned jfyp_pt_root_type;

#endif
