/* names_check - runs tests/names.data: each line "INPUT => given | surname |
 * suffix" must split that way. Prints TAP. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/names.h"
#include "../src/util.h"

static const char *or_empty(const char *s) { return s ? s : ""; }

int main(int argc, char **argv) {
    FILE *f = fopen(argc > 1 ? argv[1] : "tests/names.data", "r");
    if (!f) {
        perror("names.data");
        return 2;
    }
    char line[1024];
    int n = 0, failed = 0;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = '\0';
        char *arrow = strstr(line, " => ");
        if (line[0] == '#' || !arrow)
            continue;
        *arrow = '\0';
        char want[1024];
        snprintf(want, sizeof want, "%s", arrow + 4);
        jfyp_name nm = {0};
        int rc = jfyp_name_parse(line, &nm);
        char got[1024];
        snprintf(got, sizeof got, "%s | %s | %s", or_empty(nm.given), or_empty(nm.surname),
                 or_empty(nm.suffix));
        jfyp_trim(got);
        jfyp_trim(want);
        int ok = rc == 1 && strcmp(got, want) == 0;
        printf("%sok %d - %s => %s%s%s\n", ok ? "" : "not ", ++n, line, want,
               ok ? "" : ", got ", ok ? "" : got);
        failed |= !ok;
        jfyp_name_free(&nm);
    }
    fclose(f);
    printf("1..%d\n", n);
    return failed;
}
