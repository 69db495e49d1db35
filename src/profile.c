/* profile.c - jatsify's own JATS 1.4 profile, compiled into the library. */
#include "jatsify.h"
#include "schema.h"
#include "util.h"

jfy_schema *jfy_schema_new_profile(jfy_error *err) {
    jfyp_error_set(err, JFY_ERR_SCHEMA, "<profile>", 0, 0, "the profile is not built in yet");
    return NULL;
}
