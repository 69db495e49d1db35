/* main.c - the jatsify command: argument parsing, files, messages and exit
 * codes. Everything else is the library's. */
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <malloc.h>
#include <sys/mman.h>

#include <jansson.h>

#include "cli.h"
#include "jatsify.h"

static void usage(FILE *f) {
    fputs("Usage: jatsify COMMAND [OPTIONS] ...\n"
          "\n"
          "Turns plain-text journal pages into JATS XML (Journal Publishing 1.4)\n"
          "and schema.org JSON-LD.\n"
          "\n"
          "Commands:\n"
          "  convert INPUT [-o OUT.xml]   convert one page (see 'jatsify convert --help')\n"
          "  convert -d OUTDIR INPUT...   convert folders of pages, in parallel, resumably\n"
          "  validate FILE_OR_DIR...      check JATS XML files (see 'jatsify validate --help')\n"
          "  stream                       NDJSON documents on stdin, NDJSON results on\n"
          "                               stdout (see 'jatsify stream --help')\n"
          "\n"
          "Options:\n"
          "  -h, --help      show this help\n"
          "  -V, --version   show the version\n"
          "\n"
          "Exit status: 0 converted and valid, 1 converted but invalid or with input\n"
          "errors, 2 usage error, 3 a file could not be read or written.\n",
          f);
}

/* A page fault costs more than converting a kilobyte of text on the
 * machines this runs on (some 14 us each in a small VM), and a page's
 * conversion touches a few hundred kilobytes of heap: one 4 KB fault each.
 * So the heap starts on a 2 MB boundary that the kernel may back with one
 * transparent huge page (one fault, zeroed at memory speed), malloc is told
 * to grow the heap by whole huge pages and never to hand memory back (a
 * trim would split the huge page and the next page fault it in again, 4 KB
 * at a time), and allocations up to a few megabytes come from the heap
 * instead of mmaps of their own. Only where THP is "madvise" or "always";
 * elsewhere the calls change nothing but the pad. Runs before the first
 * malloc (a constructor ahead of the C++ runtime's, whose exception pool
 * is the first allocation of a static build): malloc's own first chunk and
 * tcache land on the one small page left below the boundary. */
__attribute__((constructor(101))) static void heap_on_huge_pages(void) {
#if defined(__linux__) && defined(MADV_HUGEPAGE) && defined(M_TOP_PAD)
    const uintptr_t huge = (uintptr_t)2 << 20, small = 4096;
    void *cur = sbrk(0);
    if (cur == (void *)-1)
        return;
    uintptr_t c = (uintptr_t)cur;
    uintptr_t boundary = (c + small + huge - 1) & ~(huge - 1);
    if (sbrk((intptr_t)(boundary - small - c)) == (void *)-1)
        return;
    mallopt(M_TOP_PAD, (int)(2 * huge + small));
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    mallopt(M_MMAP_THRESHOLD, 4 << 20);
    void *p = malloc(1);
    uintptr_t end = (uintptr_t)sbrk(0);
    if (p && (uintptr_t)p < boundary && end >= boundary + huge)
        madvise((void *)boundary, (end - boundary) & ~(huge - 1), MADV_HUGEPAGE);
    free(p);
#endif
}

int main(int argc, char **argv) {
    if (argc < 2) {
        usage(stderr);
        return JFY_EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) {
        usage(stdout);
        return JFY_EXIT_OK;
    }
    if (strcmp(cmd, "-V") == 0 || strcmp(cmd, "--version") == 0) {
        printf("jatsify %s\n", jfy_version());
        return JFY_EXIT_OK;
    }
    /* jansson seeds its hash tables from /dev/urandom on first use (an open,
     * a read and a close per run); the clock, the pid and where the stack
     * landed (ASLR) vary as much between runs and cost no system call beyond
     * the vDSO's. The seed only spreads keys: output order does not depend
     * on it. */
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    json_object_seed(((size_t)ts.tv_nsec ^ ((size_t)ts.tv_sec << 20) ^ (size_t)getpid() ^
                      (size_t)(uintptr_t)&ts) | 1);
    jfy_global_init();
    if (strcmp(cmd, "convert") == 0)
        return jfy_cmd_convert(argc - 1, argv + 1);
    if (strcmp(cmd, "validate") == 0)
        return jfy_cmd_validate(argc - 1, argv + 1);
    if (strcmp(cmd, "stream") == 0)
        return jfy_cmd_stream(argc - 1, argv + 1);
    fprintf(stderr, "jatsify: unknown command '%s'\nTry 'jatsify --help'.\n", cmd);
    return JFY_EXIT_USAGE;
}
