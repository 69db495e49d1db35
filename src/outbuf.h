/* outbuf.h - inline appends to a jfyp_buf for the JSON-LD writer, which
 * appends tens of thousands of small pieces a page: the room is checked
 * inline and only growing calls into util.c. These appends leave out the
 * terminator jfyp_buf_put writes; jfyp_out_finish puts it back. */
#ifndef JFY_OUTBUF_H
#define JFY_OUTBUF_H

#include <string.h>

#include "util.h"

/* Room for n more bytes and a terminator; 0 when out of memory (then
 * o->failed is set and jfyp_out_finish returns NULL). */
static inline int jfyp_out_room(jfyp_buf *o, size_t n) {
    if (o->len + n + 1 <= o->cap)
        return 1;
    if (o->failed)
        return 0;
    size_t len = o->len;
    jfyp_buf_fill(o, '\0', n); /* grows the buffer as jfyp_buf does */
    o->len = len;
    return !o->failed;
}

static inline void jfyp_out_put(jfyp_buf *o, const char *s, size_t n) {
    if (jfyp_out_room(o, n)) {
        memcpy(o->data + o->len, s, n);
        o->len += n;
    }
}

static inline void jfyp_out_puts(jfyp_buf *o, const char *s) { jfyp_out_put(o, s, strlen(s)); }

static inline void jfyp_out_putc(jfyp_buf *o, char c) {
    if (jfyp_out_room(o, 1))
        o->data[o->len++] = c;
}

/* The NUL-terminated data, its length in *len; NULL on out of memory. */
static inline char *jfyp_out_finish(jfyp_buf *o, size_t *len) {
    if (jfyp_out_room(o, 0))
        o->data[o->len] = '\0';
    size_t n = o->len;
    char *r = jfyp_buf_finish(o);
    if (r && len)
        *len = n;
    return r;
}

#endif
