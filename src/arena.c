/* arena.c - the bump allocator of arena.h. */
#include "arena.h"

#include <stdlib.h>
#include <string.h>

/* Under AddressSanitizer every allocation is a block of its own, so an
 * overflow still lands in a redzone. */
#if defined(__SANITIZE_ADDRESS__)
#define ARENA_MALLOC_EACH 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ARENA_MALLOC_EACH 1
#endif
#endif

struct jfyp_arena_block {
    jfyp_arena_block *next;
    size_t used, cap;
    max_align_t data[];
};

/* A page's JSON-LD values take a few of these. */
#define BLOCK_BYTES ((size_t)32768)

void *jfyp_arena_alloc(jfyp_arena *a, size_t n) {
    n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
    jfyp_arena_block *b = a->blocks;
#ifndef ARENA_MALLOC_EACH
    if (b && b->cap - b->used >= n) {
        void *p = (char *)b->data + b->used;
        b->used += n;
        return p;
    }
    size_t cap = n > BLOCK_BYTES / 4 ? n : BLOCK_BYTES;
#else
    size_t cap = n;
#endif
    jfyp_arena_block *nb = malloc(sizeof *nb + cap);
    if (!nb) {
        a->failed = 1;
        return NULL;
    }
    nb->cap = cap;
    nb->used = n;
    /* A large allocation goes behind the current block, which keeps its room. */
    if (b && cap != BLOCK_BYTES) {
        nb->next = b->next;
        b->next = nb;
    } else {
        nb->next = b;
        a->blocks = nb;
    }
    return nb->data;
}

char *jfyp_arena_strndup(jfyp_arena *a, const char *s, size_t n) {
    char *p = jfyp_arena_alloc(a, n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

void jfyp_arena_free(jfyp_arena *a) {
    for (jfyp_arena_block *b = a->blocks, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    a->blocks = NULL;
    a->failed = 0;
}
