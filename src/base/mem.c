/*
 * mem.c — the one allocator hook, byte accounting, arenas and vector growth.
 */
#include "base.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

static size_t mem_live, mem_peak;
static size_t mem_limit = SIZE_MAX;
static void (*mem_over)(size_t);

void
base_mem_limit(size_t limit, void (*over)(size_t live))
{
    mem_limit = limit;
    mem_over = over;
}

_Noreturn void
base_bug(const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "error: internal compiler error: %s:%d: ", file, line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nnote: this is a bug in smelt; please report it\n");
    fflush(stderr);
    abort();
}

static void
account(size_t add, size_t sub)
{
    mem_live += add;
    mem_live -= sub;
    if (mem_live > mem_peak)
        mem_peak = mem_live;
    if (mem_live > mem_limit && mem_over) {
        void (*over)(size_t) = mem_over;
        mem_limit = SIZE_MAX;
        mem_over = NULL;
        over(mem_live);
        bug("memory-limit handler returned");
    }
}

static _Noreturn void
out_of_memory(size_t n)
{
    fprintf(stderr, "error: out of memory allocating %zu bytes\n", n);
    exit(101);
}

void *
xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        out_of_memory(n);
    account(n, 0);
    return p;
}

void *
xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        out_of_memory(n * size);
    account(n * size, 0);
    return p;
}

/*
 * Big tables (the dep graph's node and edge vectors, memo arrays) are
 * touched at random: ask for transparent huge pages so that a million
 * nodes cost a few hundred TLB entries, not a quarter million page faults.
 */
static void
advise_huge(void *p, size_t n)
{
    enum { HUGE = 2u << 20 };
    if (n < 2 * HUGE)
        return;
    uintptr_t lo = ((uintptr_t)p + HUGE - 1) & ~(uintptr_t)(HUGE - 1);
    uintptr_t hi = ((uintptr_t)p + n) & ~(uintptr_t)(HUGE - 1);
    if (hi > lo)
        madvise((void *)lo, hi - lo, MADV_HUGEPAGE);
}

void *
xrealloc(void *p, size_t old_n, size_t new_n)
{
    void *q = realloc(p, new_n ? new_n : 1);
    if (!q)
        out_of_memory(new_n);
    account(new_n, old_n);
    if (new_n > old_n)
        advise_huge(q, new_n);
    return q;
}

void
xfree(void *p, size_t n)
{
    if (!p)
        return;
    free(p);
    account(0, n);
}

char *
xstrndup(const char *s, size_t n)
{
    char *p = xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

size_t
base_mem_live(void)
{
    return mem_live;
}

size_t
base_mem_peak(void)
{
    return mem_peak;
}

/* ---- arenas --------------------------------------------------------- */

struct ArenaChunk {
    ArenaChunk *next;
    size_t size, used;
    _Alignas(16) unsigned char data[];
};

enum { ARENA_CHUNK = 64 * 1024 };

void
arena_init(Arena *a)
{
    memset(a, 0, sizeof *a);
}

void *
arena_alloc(Arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    ArenaChunk *c = a->head;
    if (!c || c->size - c->used < n) {
        size_t size = n > ARENA_CHUNK / 4 ? n : ARENA_CHUNK;
        c = xmalloc(sizeof *c + size);
        c->size = size;
        c->used = 0;
        a->held += sizeof *c + size;
        if (size == n && a->head) {
            /* big block: keep the current chunk as head for small ones */
            c->next = a->head->next;
            a->head->next = c;
        } else {
            c->next = a->head;
            a->head = c;
        }
    }
    void *p = c->data + c->used;
    c->used += n;
    a->used += n;
    memset(p, 0, n);
    return p;
}

void *
arena_dup(Arena *a, const void *p, size_t n)
{
    void *q = arena_alloc(a, n);
    if (n)
        memcpy(q, p, n);
    return q;
}

char *
arena_strndup(Arena *a, const char *s, size_t n)
{
    char *q = arena_alloc(a, n + 1);
    memcpy(q, s, n);
    return q;
}

void
arena_free(Arena *a)
{
    ArenaChunk *c = a->head;
    while (c) {
        ArenaChunk *next = c->next;
        xfree(c, sizeof *c + c->size);
        c = next;
    }
    memset(a, 0, sizeof *a);
}

/* ---- vectors -------------------------------------------------------- */

void
vec_grow_(void **data, uint32_t *cap, uint32_t need, size_t elem)
{
    uint64_t c = *cap ? *cap : 8;
    while (c < need)
        c *= 2;
    if (c > UINT32_MAX)
        bug("vector too large");
    *data = xrealloc(*data, (size_t)*cap * elem, (size_t)c * elem);
    *cap = (uint32_t)c;
}
