/*
 * mem.c — the one allocator hook, byte accounting, arenas and vector growth.
 */
#include "base.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <malloc.h>
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

void
base_tune_malloc(void)
{
    /*
     * A fixed mmap threshold: a vector past 256 KB lives in its own mapping,
     * so doubling it is an mremap (no copy, no fresh faults on the old
     * pages) rather than a copy into a new heap block; and a generous top
     * pad lets the heap grow in steps of 4 MB rather than page by page.
     */
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TOP_PAD, 8 << 20);
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
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
    size_t size;
    size_t map; /* bytes mapped for this chunk (header included) */
    _Alignas(16) unsigned char data[];
};

enum { ARENA_CHUNK = 64 * 1024, ARENA_MAX_CHUNK = 4u << 20, HUGE_PAGE = 2u << 20 };

void
arena_init(Arena *a)
{
    memset(a, 0, sizeof *a);
}

/*
 * Chunks come straight from mmap: fresh pages are already zero (so
 * arena_alloc need not clear them), and chunks grow with the arena up to
 * 4 MB, so a parse of a big file takes huge pages (one fault per 2 MB)
 * rather than a fault per 4 KB page.
 */
static ArenaChunk *
chunk_map(size_t size)
{
    size_t map = (sizeof(ArenaChunk) + size + 4095) & ~(size_t)4095;
    void *p;
    if (map >= HUGE_PAGE) {
        map = (map + HUGE_PAGE - 1) & ~(size_t)(HUGE_PAGE - 1);
        /* over-map, then trim to a 2 MB boundary so the pages can be huge */
        unsigned char *raw = mmap(NULL, map + HUGE_PAGE, PROT_READ | PROT_WRITE,
                                  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (raw == MAP_FAILED)
            out_of_memory(map);
        uintptr_t lo = ((uintptr_t)raw + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
        size_t head = lo - (uintptr_t)raw;
        if (head)
            munmap(raw, head);
        if (HUGE_PAGE - head)
            munmap((unsigned char *)lo + map, HUGE_PAGE - head);
        p = (void *)lo;
        madvise(p, map, MADV_HUGEPAGE);
    } else {
        p = mmap(NULL, map, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            out_of_memory(map);
    }
    account(map, 0);
    ArenaChunk *c = p;
    c->map = map;
    c->size = map - sizeof *c;
    return c;
}

void *
arena_alloc_slow(Arena *a, size_t n)
{
    size_t grow = a->held < ARENA_CHUNK ? ARENA_CHUNK
                  : a->held > ARENA_MAX_CHUNK ? ARENA_MAX_CHUNK : a->held;
    bool big = n > grow / 4;
    ArenaChunk *c = chunk_map(big ? n : grow);
    a->held += c->map;
    a->used += n;
    if (big && a->head) {
        /* big block: keep the current chunk as head for small ones */
        c->next = a->head->next;
        a->head->next = c;
        return c->data;
    }
    c->next = a->head;
    a->head = c;
    a->cur = c->data + n;
    a->end = c->data + c->size;
    return c->data;
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
        size_t map = c->map;
        munmap(c, map);
        account(0, map);
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
