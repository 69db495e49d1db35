/* masthead.h - internals shared by the masthead recognizer
 * (recognize_masthead.c: role labels and the people under them) and the
 * office reader (recognize_offices.c: postal addresses and contact lines).
 * Not installed. */
#ifndef JFY_MASTHEAD_H
#define JFY_MASTHEAD_H

#include <stddef.h>

#include "node.h"

/* Whether a line starts with a contact keyword ("Tel:", "Fax", "Tel/Fax",
 * "Telephone", "E-mail", "Email", "Web", "T:" ...) or is only an e-mail
 * address or web address. */
int jfyp_office_is_contact(const char *line);

/* Whether label (n bytes, before a colon) is a contact keyword. */
int jfyp_office_is_contact_label(const char *label, size_t n);

/* Whether a line ends an address: its last part is a country, or it holds
 * a postal code and does not end with a comma. */
int jfyp_office_address_ends(const char *line);

/* Whether the line's last part is a country. */
int jfyp_office_country_ends(const char *line);

/* Whether text has a postal address's look: a digit, a country at the
 * end, an e-mail address or a contact keyword. */
int jfyp_office_address_like(const char *line);

/* Builds an office AFF from its printed lines: address lines and contact
 * lines in any order. dept (may be NULL) names the office (heading and
 * label); content_type (may be NULL) is set on the AFF. The AFF's children
 * are the address parts, phones, faxes and e-mails with TEXT separators so
 * the mixed content reads as printed. NULL on out of memory. */
jfy_node *jfyp_office_build(const char *dept, const char *content_type,
                            char *const *lines, size_t n);

/* Links each article contributor (CONTRIB under a CONTRIBS of front other
 * than the masthead's) to the masthead entry with the same name in
 * journal: the staff member's roles and office cross-references are copied
 * onto the contributor. Returns how many were linked, -1 on out of memory. */
int jfyp_masthead_link_authors(jfy_node *front, jfy_node *journal);

#endif
