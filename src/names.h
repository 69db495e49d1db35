/* names.h - personal names as pages print them, split into the parts JATS
 * and schema.org want (given names, surname, suffix), and recased when a
 * page prints them in capitals. */
#ifndef JFY_NAMES_H
#define JFY_NAMES_H

typedef struct {
    char *given;   /* "Jane Q.", "A. B."; may be NULL (mononyms) */
    char *surname; /* "Smith", "van der Berg", "Seton-Rogers" */
    char *suffix;  /* "Jr.", "III"; NULL when none */
} jfyp_name;

/* Splits a name written "Given Surname", "Surname, Given" or, in
 * references, "Surname AB" (initials after). Particles (van, de, von, da,
 * ...) stay with the surname. A name written all in capitals is recased
 * ("NICOLA MCCARTHY" -> Nicola McCarthy). Returns 1 when text reads as a
 * name, 0 when it does not (out untouched), -1 on out of memory. */
int jfyp_name_parse(const char *text, jfyp_name *out);
void jfyp_name_free(jfyp_name *n);

/* Whether text has the shape of one person's name: two to six words, each
 * capitalized, an initial or a particle, no digits, no words that name
 * institutions or begin sentences. */
int jfyp_name_plausible(const char *text);

/* Recases an all-capitals name word by word: "MCCARTHY" -> "McCarthy",
 * "O'NEIL" -> "O'Neil", "VAN" -> "van". malloc'd. */
char *jfyp_name_recase(const char *text);

/* Whether word (one token) is a surname particle such as "van" or "de". */
int jfyp_name_is_particle(const char *word);

/* A line of names whose last one the wrap cut after its given name
 * ("Jane Roe ; John Doe ; Kate"): the separator before that one
 * capitalized word, or NULL. */
const char *jfyp_names_cut_tail(const char *t);

#endif
