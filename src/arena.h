/* arena.h - a bump allocator for an emitter's many small, short-lived nodes:
 * no allocation of its own per node, and all freed at once. */
#ifndef JFY_ARENA_H
#define JFY_ARENA_H

#include <stddef.h>

/* Under AddressSanitizer every allocation is a block of its own, so an
 * overflow still lands in a redzone. */
#if defined(__SANITIZE_ADDRESS__)
#define JFYP_ARENA_MALLOC_EACH 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define JFYP_ARENA_MALLOC_EACH 1
#endif
#endif

typedef struct jfyp_arena_block jfyp_arena_block;

struct jfyp_arena_block {
    jfyp_arena_block *next;
    size_t used, cap;
    max_align_t data[];
};

/* Zeroed, it is an empty arena. failed latches on out of memory, so a
 * builder checks once at the end. */
typedef struct {
    jfyp_arena_block *blocks;
    int failed;
} jfyp_arena;

/* jfyp_arena_alloc when the newest block has no room (or under
 * AddressSanitizer): a new block. n is rounded already. */
void *jfyp_arena_alloc_block(jfyp_arena *a, size_t n);

/* n bytes aligned for any type, not zeroed; NULL (and failed set) on out of
 * memory. Inline: a page's texts and JSON-LD values take tens of thousands,
 * nearly all from the newest block's room. */
static inline void *jfyp_arena_alloc(jfyp_arena *a, size_t n) {
    n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
#ifndef JFYP_ARENA_MALLOC_EACH
    jfyp_arena_block *b = a->blocks;
    if (b && b->cap - b->used >= n) {
        void *p = (char *)b->data + b->used;
        b->used += n;
        return p;
    }
#endif
    return jfyp_arena_alloc_block(a, n);
}

/* s[0..n) and a terminator, in the arena. */
char *jfyp_arena_strndup(jfyp_arena *a, const char *s, size_t n);
/* Frees every block; the arena is empty again. */
void jfyp_arena_free(jfyp_arena *a);

#endif
