/* cli_pool.h - an ordered worker pool for the command's batch modes.
 *
 * Items are submitted in order by one thread, processed by N workers in any
 * order, and handed back ("emitted") one at a time in submission order. At
 * most `window` items are between submission and emission, so memory is
 * bounded by the items in flight, never by the length of the input, and
 * whatever writes the emitter does comes out in the same order for any N. */
#ifndef JFY_CLI_POOL_H
#define JFY_CLI_POOL_H

#include <stddef.h>

typedef struct jfy_pool jfy_pool;

typedef struct {
    /* Runs in a worker thread, on one item at a time per worker. */
    void (*work)(void *item, void *ctx);
    /* Runs on one item at a time, in submission order; owns the item. */
    void (*emit)(void *item, void *ctx);
    /* Optional: runs after a run of emissions, when the next item in order
     * is not ready yet (a moment to flush output). */
    void (*drained)(void *ctx);
    void *ctx;
} jfy_pool_fns;

/* Starts `workers` threads (at least 1). NULL when threads cannot be made. */
jfy_pool *jfy_pool_start(int workers, const jfy_pool_fns *fns);

/* Queues item; blocks while the window is full. */
void jfy_pool_submit(jfy_pool *p, void *item);

/* Waits until every submitted item is emitted, stops the workers and frees
 * the pool. */
void jfy_pool_finish(jfy_pool *p);

/* Number of online processors, at least 1: the default for -j. */
int jfy_cli_cores(void);

#endif
