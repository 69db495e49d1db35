/* decode.h - first stage: input bytes to clean, NFC-normalized UTF-8. */
#ifndef JFY_DECODE_H
#define JFY_DECODE_H

#include "util.h"

/* Decodes bytes (BOM, then UTF-8, then Windows-1252 unless encoding is
 * given), normalizes line ends to LF, drops characters XML cannot carry,
 * expands typographic ligatures and composes to NFC. Returns malloc'd text
 * or NULL with err filled. Recoverable oddities go to diags. */
char *jfyp_decode(const char *bytes, size_t len, const char *encoding,
                  const char *source, jfyp_diags *diags, jfy_error *err);

#endif
