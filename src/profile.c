/* profile.c - jatsify's own profile of JATS 1.4 Journal Publishing,
 * compiled into the library from xsd/ (see xsd/make-profile.py for how it
 * stays a subset of the official schema). Its imported parts (the
 * XLink and xml: attributes, two ALI elements) are served from memory by the entity loader,
 * so the profile needs no file at all. */
#include <string.h>

#include "jatsify.h"
#include "schema.h"
#include "util.h"

/* Generated into profile_xsd.c by make. */
extern const char jfyp_jatsify_profile[], jfyp_jatsify_profile_xlink[],
    jfyp_jatsify_profile_xml[], jfyp_jatsify_profile_ali[];
extern const size_t jfyp_jatsify_profile_len, jfyp_jatsify_profile_xlink_len,
    jfyp_jatsify_profile_xml_len, jfyp_jatsify_profile_ali_len;

jfy_schema *jfy_schema_new_profile(jfy_error *err) {
    return jfyp_schema_new_embedded("<profile>", "1.4", jfyp_jatsify_profile,
                                    jfyp_jatsify_profile_len, err);
}

static int ends_with(const char *s, const char *suffix) {
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0 && (a == b || s[a - b - 1] == '/');
}

const char *jfyp_profile_part(const char *url, size_t *len) {
    if (!url)
        return NULL;
    if (ends_with(url, "jatsify-profile-xlink.xsd")) {
        *len = jfyp_jatsify_profile_xlink_len;
        return jfyp_jatsify_profile_xlink;
    }
    if (ends_with(url, "jatsify-profile-ali.xsd")) {
        *len = jfyp_jatsify_profile_ali_len;
        return jfyp_jatsify_profile_ali;
    }
    if (ends_with(url, "jatsify-profile-xml.xsd")) {
        *len = jfyp_jatsify_profile_xml_len;
        return jfyp_jatsify_profile_xml;
    }
    return NULL;
}
