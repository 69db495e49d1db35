/* country.h - country names as printed on pages to ISO 3166-1 codes. */
#ifndef JFY_COUNTRY_H
#define JFY_COUNTRY_H

/* The alpha-2 code for a country name ("United Kingdom", "UK", "USA",
 * "Japan", "Brasil", alpha-3 codes), case-insensitive, a trailing full stop
 * or comma ignored. NULL when the text is not a country. */
const char *jfyp_country_code(const char *name);

/* A lower-case name for a code (the first listed), or NULL. */
const char *jfyp_country_name(const char *code);

#endif
