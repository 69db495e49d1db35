/* cli_pool.c - ordered worker pool (see cli_pool.h). */
#include "cli_pool.h"

#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

enum { SLOT_FREE, SLOT_QUEUED, SLOT_DONE };

struct jfy_pool {
    pthread_mutex_t mu;
    pthread_cond_t can_submit; /* a slot was freed (or all emitted) */
    pthread_cond_t can_take;   /* an item was queued (or the pool closed) */
    jfy_pool_fns fns;
    void **items;
    unsigned char *state;
    size_t window;
    /* Sequence numbers: submitted >= taken >= emitted; slot = seq % window. */
    size_t submitted, taken, emitted;
    int closed, emitting;
    pthread_t *threads;
    int nthreads;
};

/* Whoever finishes an item becomes the emitter if nobody is; emission
 * happens outside the lock so workers keep taking items meanwhile. Called
 * and returns with the lock held. */
static void emit_ready(jfy_pool *p) {
    if (p->emitting)
        return;
    p->emitting = 1;
    for (;;) {
        int any = 0;
        while (p->emitted < p->submitted && p->state[p->emitted % p->window] == SLOT_DONE) {
            size_t i = p->emitted % p->window;
            void *it = p->items[i];
            pthread_mutex_unlock(&p->mu);
            p->fns.emit(it, p->fns.ctx);
            pthread_mutex_lock(&p->mu);
            p->state[i] = SLOT_FREE;
            p->emitted++;
            any = 1;
            pthread_cond_broadcast(&p->can_submit);
        }
        if (!any || !p->fns.drained)
            break;
        pthread_mutex_unlock(&p->mu);
        p->fns.drained(p->fns.ctx);
        pthread_mutex_lock(&p->mu);
    }
    p->emitting = 0;
}

static void *worker(void *arg) {
    jfy_pool *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (p->taken == p->submitted && !p->closed)
            pthread_cond_wait(&p->can_take, &p->mu);
        if (p->taken == p->submitted)
            break;
        size_t i = p->taken++ % p->window;
        void *it = p->items[i];
        pthread_mutex_unlock(&p->mu);
        p->fns.work(it, p->fns.ctx);
        pthread_mutex_lock(&p->mu);
        p->state[i] = SLOT_DONE;
        emit_ready(p);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

jfy_pool *jfy_pool_start(int workers, const jfy_pool_fns *fns) {
    if (workers < 1)
        workers = 1;
    jfy_pool *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->fns = *fns;
    /* Enough slack that a slow document does not idle the other workers
     * for long, small enough that memory stays a few documents per worker. */
    p->window = (size_t)workers * 4;
    p->items = calloc(p->window, sizeof *p->items);
    p->state = calloc(p->window, 1);
    p->threads = calloc((size_t)workers, sizeof *p->threads);
    if (!p->items || !p->state || !p->threads) {
        free(p->items);
        free(p->state);
        free(p->threads);
        free(p);
        return NULL;
    }
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->can_submit, NULL);
    pthread_cond_init(&p->can_take, NULL);
    for (int i = 0; i < workers; i++) {
        if (pthread_create(&p->threads[i], NULL, worker, p) != 0)
            break;
        p->nthreads++;
    }
    if (p->nthreads == 0) {
        jfy_pool_finish(p);
        return NULL;
    }
    return p;
}

void jfy_pool_submit(jfy_pool *p, void *item) {
    pthread_mutex_lock(&p->mu);
    while (p->submitted >= p->emitted + p->window)
        pthread_cond_wait(&p->can_submit, &p->mu);
    size_t i = p->submitted % p->window;
    p->items[i] = item;
    p->state[i] = SLOT_QUEUED;
    p->submitted++;
    pthread_cond_signal(&p->can_take);
    pthread_mutex_unlock(&p->mu);
}

void jfy_pool_finish(jfy_pool *p) {
    if (!p)
        return;
    pthread_mutex_lock(&p->mu);
    p->closed = 1;
    pthread_cond_broadcast(&p->can_take);
    while (p->nthreads && p->emitted < p->submitted)
        pthread_cond_wait(&p->can_submit, &p->mu);
    pthread_mutex_unlock(&p->mu);
    for (int i = 0; i < p->nthreads; i++)
        pthread_join(p->threads[i], NULL);
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->can_submit);
    pthread_cond_destroy(&p->can_take);
    free(p->items);
    free(p->state);
    free(p->threads);
    free(p);
}

int jfy_cli_cores(void) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 256 ? 256 : (int)n;
}
