/* arena.c - the bump allocator of arena.h. */
#include "arena.h"

#include <stdlib.h>
#include <string.h>

/* A page's JSON-LD values take a few of these. */
#define BLOCK_BYTES ((size_t)32768)

void *jfyp_arena_alloc_block(jfyp_arena *a, size_t n) {
    jfyp_arena_block *b = a->blocks;
#ifndef JFYP_ARENA_MALLOC_EACH
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
