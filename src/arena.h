/* arena.h - a bump allocator for an emitter's many small, short-lived nodes:
 * no allocation of its own per node, and all freed at once. */
#ifndef JFY_ARENA_H
#define JFY_ARENA_H

#include <stddef.h>

typedef struct jfyp_arena_block jfyp_arena_block;

/* Zeroed, it is an empty arena. failed latches on out of memory, so a
 * builder checks once at the end. */
typedef struct {
    jfyp_arena_block *blocks;
    int failed;
} jfyp_arena;

/* n bytes aligned for any type, not zeroed; NULL (and failed set) on out of memory. */
void *jfyp_arena_alloc(jfyp_arena *a, size_t n);
/* s[0..n) and a terminator, in the arena. */
char *jfyp_arena_strndup(jfyp_arena *a, const char *s, size_t n);
/* Frees every block; the arena is empty again. */
void jfyp_arena_free(jfyp_arena *a);

#endif
