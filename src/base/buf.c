/*
 * buf.c — growable byte buffers (encoders) and bounds-checked readers.
 * All integers are little-endian fixed width: the on-disk encoding is the
 * same on every machine smelt runs on.
 */
#include "base.h"

#include <stdarg.h>
#include <string.h>

void
buf_reserve(Buf *b, size_t n)
{
    if (b->len + n <= b->cap)
        return;
    size_t c = b->cap ? b->cap : 64;
    while (c < b->len + n)
        c *= 2;
    b->data = xrealloc(b->data, b->cap, c);
    b->cap = c;
}

void
buf_bytes(Buf *b, const void *p, size_t n)
{
    buf_reserve(b, n);
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
}

void
buf_u8(Buf *b, uint8_t v)
{
    buf_bytes(b, &v, 1);
}

void
buf_u16(Buf *b, uint16_t v)
{
    uint8_t x[2] = {(uint8_t)v, (uint8_t)(v >> 8)};
    buf_bytes(b, x, 2);
}

void
buf_u32(Buf *b, uint32_t v)
{
    uint8_t x[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};
    buf_bytes(b, x, 4);
}

void
buf_u64(Buf *b, uint64_t v)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* the bytes below, in one store (the encoding is little-endian everywhere) */
    if (b->len + 8 <= b->cap) {
        memcpy(b->data + b->len, &v, 8);
        b->len += 8;
        return;
    }
#endif
    uint8_t x[8];
    for (int i = 0; i < 8; i++)
        x[i] = (uint8_t)(v >> (8 * i));
    buf_bytes(b, x, 8);
}

void
buf_i64(Buf *b, int64_t v)
{
    buf_u64(b, (uint64_t)v);
}

void
buf_fp(Buf *b, Fingerprint f)
{
    buf_u64(b, f.lo);
    buf_u64(b, f.hi);
}

void
buf_str(Buf *b, const char *s, size_t n)
{
    buf_u32(b, (uint32_t)n);
    buf_bytes(b, s, n);
}

void
buf_printf(Buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    buf_reserve(b, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf((char *)b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void
buf_align(Buf *b, size_t a)
{
    while (b->len % a)
        buf_u8(b, 0);
}

void
buf_free(Buf *b)
{
    xfree(b->data, b->cap);
    memset(b, 0, sizeof *b);
}

/* ---- readers -------------------------------------------------------- */

Reader
rd_make(const void *p, size_t n)
{
    return (Reader){(const uint8_t *)p, (const uint8_t *)p + n, false};
}

const uint8_t *
rd_bytes(Reader *r, size_t n)
{
    if (r->bad || (size_t)(r->end - r->p) < n) {
        r->bad = true;
        return NULL;
    }
    const uint8_t *p = r->p;
    r->p += n;
    return p;
}

uint8_t
rd_u8(Reader *r)
{
    const uint8_t *p = rd_bytes(r, 1);
    return p ? p[0] : 0;
}

uint16_t
rd_u16(Reader *r)
{
    const uint8_t *p = rd_bytes(r, 2);
    return p ? (uint16_t)(p[0] | p[1] << 8) : 0;
}

uint32_t
rd_u32(Reader *r)
{
    const uint8_t *p = rd_bytes(r, 4);
    return p ? (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24
             : 0;
}

uint64_t
rd_u64(Reader *r)
{
    const uint8_t *p = rd_bytes(r, 8);
    uint64_t v = 0;
    if (p)
        for (int i = 7; i >= 0; i--)
            v = v << 8 | p[i];
    return v;
}

int64_t
rd_i64(Reader *r)
{
    return (int64_t)rd_u64(r);
}

Fingerprint
rd_fp(Reader *r)
{
    Fingerprint f;
    f.lo = rd_u64(r);
    f.hi = rd_u64(r);
    return f;
}

const char *
rd_str(Reader *r, uint32_t *len)
{
    uint32_t n = rd_u32(r);
    const uint8_t *p = rd_bytes(r, n);
    *len = p ? n : 0;
    return p ? (const char *)p : "";
}
