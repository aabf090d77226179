/*
 * base_test.c — unit tests of src/base: allocation accounting and the memory
 * guard, arenas, vectors, the hash map, the interner, fingerprints and the
 * stable hasher, byte buffers and readers, diagnostics (encoding and
 * rendering), file helpers and parse_size.  Every check prints
 * `PASS name` or `FAIL name: why`; the exit status is 1 when any failed.
 */
#include "../../src/base/base.h"

#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xxhash.h>

static int failures;
static char tmpdir[256];

/* ---- the harness ---------------------------------------------------- */

static void
pass(const char *name)
{
    printf("PASS %s\n", name);
}

static void __attribute__((format(printf, 2, 3)))
fail(const char *name, const char *fmt, ...)
{
    va_list ap;
    printf("FAIL %s: ", name);
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    printf("\n");
    failures++;
}

static bool
check(const char *name, bool ok, const char *what)
{
    if (ok)
        pass(name);
    else
        fail(name, "%s", what);
    return ok;
}
#define CHECK(name, cond) check(name, (cond), #cond)

static bool
check_u(const char *name, uint64_t got, uint64_t want)
{
    if (got == want) {
        pass(name);
        return true;
    }
    fail(name, "got %" PRIu64 " (0x%" PRIx64 "), expected %" PRIu64 " (0x%" PRIx64 ")", got, got,
         want, want);
    return false;
}

static bool
check_str(const char *name, const char *got, size_t got_len, const char *want)
{
    size_t want_len = strlen(want);
    if (got && got_len == want_len && memcmp(got, want, want_len) == 0) {
        pass(name);
        return true;
    }
    fail(name, "got [%.*s] (%zu bytes), expected [%s] (%zu bytes)", got ? (int)got_len : 6,
         got ? got : "(null)", got_len, want, want_len);
    return false;
}

static void
tmp_path(char *out, size_t n, const char *name)
{
    snprintf(out, n, "%s/%s", tmpdir, name);
}

/* ---- arenas --------------------------------------------------------- */

static void
test_arena(void)
{
    size_t live0 = base_mem_live();
    Arena a;
    arena_init(&a);
    CHECK("arena: a fresh arena holds nothing", a.head == NULL && a.used == 0 && a.held == 0);

    /* alignment and zeroing across odd sizes */
    bool aligned = true, zeroed = true, disjoint = true;
    unsigned char *prev = NULL;
    size_t prev_n = 0;
    for (size_t n = 1; n < 600; n += 7) {
        unsigned char *p = arena_alloc(&a, n);
        if ((uintptr_t)p % 16)
            aligned = false;
        for (size_t i = 0; i < n; i++)
            if (p[i])
                zeroed = false;
        if (prev && p < prev + prev_n && p + n > prev)
            disjoint = false;
        memset(p, 0xAB, n); /* dirty it: later allocations must not see this */
        prev = p;
        prev_n = n;
    }
    CHECK("arena: allocations of odd sizes are 16-aligned", aligned);
    CHECK("arena: allocations are zeroed", zeroed);
    CHECK("arena: consecutive allocations do not overlap", disjoint);
    check_u("arena: used counts 16-rounded bytes", a.used,
            [] {
                return 0;
            }
            );
}
