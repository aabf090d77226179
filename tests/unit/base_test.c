/*
 * base_test.c — unit tests of src/base: allocation accounting and the memory
 * guard, arenas, vectors, the hash map, the interner, fingerprints and the
 * stable hasher, byte buffers and readers, diagnostics (encoding, decoding
 * and rendering), the file helpers and parse_size.  Every check prints
 * `PASS name` or `FAIL name: why`; the exit status is 1 when any failed.
 */
#include "../../src/base/base.h"

#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xxhash.h>

static int failures;
static char tmpdir[512];

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

/* Compares `got_len` bytes at `got` with the C string `want`. */
static bool
check_mem(const char *name, const void *got, size_t got_len, const char *want)
{
    size_t want_len = strlen(want);
    if (got && got_len == want_len && memcmp(got, want, want_len) == 0) {
        pass(name);
        return true;
    }
    fail(name, "got [%.*s] (%zu bytes), expected [%s] (%zu bytes)", got ? (int)got_len : 6,
         got ? (const char *)got : "(null)", got_len, want, want_len);
    return false;
}

/*
 * A check that fails because of a known bug in src/ (named in `bug`): it
 * prints XFAIL and does not count.  When the bug is fixed it FAILs, so that
 * the check is moved back among the ordinary ones.
 */
static __attribute__((unused)) void
known_bug(const char *name, bool ok, const char *bug)
{
    if (ok)
        fail(name, "passes now: move it out of the known-bug list (%s)", bug);
    else
        printf("XFAIL %s: known bug: %s\n", name, bug);
}

static void
tmp_path(char *out, size_t n, const char *name)
{
    int k = snprintf(out, n, "%s/%s", tmpdir, name);
    if (k < 0 || (size_t)k >= n) {
        printf("FAIL setup: path %s/%s is too long\n", tmpdir, name);
        exit(1);
    }
}

/* Runs fn in a forked child; returns the raw wait status (or -1). */
static int
in_child(void (*fn)(void), bool quiet)
{
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        alarm(20); /* a hung child must not hang the suite */
        if (quiet && !freopen("/dev/null", "w", stderr))
            _exit(120);
        fn();
        _exit(0);
    }
    int st;
    if (waitpid(pid, &st, 0) != pid)
        return -1;
    return st;
}

static bool
check_exit(const char *name, int st, int want)
{
    if (st != -1 && WIFEXITED(st) && WEXITSTATUS(st) == want) {
        pass(name);
        return true;
    }
    if (st == -1)
        fail(name, "fork or waitpid failed: %s", strerror(errno));
    else if (WIFSIGNALED(st))
        fail(name, "child killed by signal %d, expected exit %d", WTERMSIG(st), want);
    else
        fail(name, "child exited with %d, expected %d", WEXITSTATUS(st), want);
    return false;
}

/* ---- allocation and the memory guard -------------------------------- */

static void
test_alloc(void)
{
    size_t live0 = base_mem_live();
    char *p = xmalloc(100);
    check_u("alloc: xmalloc(100) adds 100 live bytes", base_mem_live() - live0, 100);
    p = xrealloc(p, 100, 1000);
    check_u("alloc: xrealloc(100 -> 1000) accounts the difference", base_mem_live() - live0, 1000);
    p = xrealloc(p, 1000, 10);
    check_u("alloc: xrealloc(1000 -> 10) shrinks the count", base_mem_live() - live0, 10);
    xfree(p, 10);
    check_u("alloc: xfree returns live bytes to the baseline", base_mem_live(), live0);

    unsigned char *z = xcalloc(50, 8);
    bool zero = true;
    for (int i = 0; i < 400; i++)
        zero = zero && z[i] == 0;
    CHECK("alloc: xcalloc memory is zeroed", zero);
    check_u("alloc: xcalloc(50, 8) adds 400 live bytes", base_mem_live() - live0, 400);
    xfree(z, 400);

    char *s = xstrndup("hello world", 5);
    check_mem("alloc: xstrndup copies n bytes", s, strlen(s), "hello");
    check_u("alloc: xstrndup accounts n + 1 bytes", base_mem_live() - live0, 6);
    xfree(s, 6);

    xfree(NULL, 123);
    check_u("alloc: xfree(NULL, n) changes nothing", base_mem_live(), live0);

    size_t big = (size_t)8 << 20;
    void *b = xmalloc(big);
    xfree(b, big);
    CHECK("alloc: base_mem_peak remembers an 8 MiB block after it is freed",
          base_mem_peak() >= live0 + big);
    CHECK("alloc: base_mem_peak is never below base_mem_live", base_mem_peak() >= base_mem_live());
}

static size_t guard_limit;
static int guard_calls;
static jmp_buf guard_jmp;

static void
guard_exit(size_t live)
{
    /* called once: the limit is lifted, so allocating to report is fine */
    void *p = xmalloc((size_t)1 << 20);
    xfree(p, (size_t)1 << 20);
    _exit(live > guard_limit && live == base_mem_live() ? 42 : 43);
}

static void
child_guard_trips(void)
{
    guard_limit = base_mem_live() + 4096;
    base_mem_limit(guard_limit, guard_exit);
    void *small = xmalloc(1000); /* under the limit: no call */
    void *p = xmalloc(8192);     /* over it */
    xfree(p, 8192);
    xfree(small, 1000);
    _exit(1); /* the handler never ran */
}

static void
child_guard_quiet(void)
{
    base_mem_limit(base_mem_live() + (1 << 20), guard_exit);
    for (int i = 0; i < 10000; i++) {
        void *p = xmalloc(4000);
        xfree(p, 4000); /* freed bytes do not count towards the limit */
    }
    _exit(0);
}

static void
guard_returns(size_t live)
{
    (void)live;
}

static void
child_guard_returns(void)
{
    base_mem_limit(base_mem_live() + 10, guard_returns);
    void *p = xmalloc(100);
    (void)p;
    _exit(0); /* base_bug should have aborted */
}

static void
guard_jump(size_t live)
{
    (void)live;
    guard_calls++;
    longjmp(guard_jmp, 1);
}

static void
child_guard_longjmp(void)
{
    base_mem_limit(base_mem_live() + 100, guard_jump);
    if (!setjmp(guard_jmp))
        xmalloc(1000);
    /* the handler ran once and the limit is gone: this must not call it again */
    void *p = xmalloc((size_t)4 << 20);
    xfree(p, (size_t)4 << 20);
    _exit(guard_calls == 1 ? 0 : 10 + guard_calls);
}

static void
test_mem_limit(void)
{
    check_exit("mem-limit: exceeding the limit calls the handler with the live bytes",
               in_child(child_guard_trips, false), 42);
    check_exit("mem-limit: allocations that stay under the limit never call the handler",
               in_child(child_guard_quiet, false), 0);
    int st = in_child(child_guard_returns, true);
    if (st != -1 && WIFSIGNALED(st) && WTERMSIG(st) == SIGABRT)
        pass("mem-limit: a handler that returns is a bug (abort)");
    else
        fail("mem-limit: a handler that returns is a bug (abort)", "wait status 0x%x", st);
    check_exit("mem-limit: the handler is called once; the limit is lifted before the call",
               in_child(child_guard_longjmp, false), 0);
}

/* ---- arenas --------------------------------------------------------- */

typedef struct {
    bool aligned, zeroed, disjoint;
    size_t requested, count;
} FillResult;

/* Allocates 429 blocks of odd sizes (1..2997 bytes), checking and dirtying each. */
static FillResult
fill_arena(Arena *a)
{
    FillResult f = {true, true, true, 0, 0};
    unsigned char *prev = NULL;
    size_t prev_n = 0;
    for (size_t n = 1; n < 3000; n += 7) {
        unsigned char *p = arena_alloc(a, n);
        if ((uintptr_t)p % 16)
            f.aligned = false;
        for (size_t i = 0; i < n; i++)
            if (p[i])
                f.zeroed = false;
        if (prev && p < prev + prev_n && p + n > prev)
            f.disjoint = false;
        memset(p, 0xAB, n); /* dirty it: nothing handed out later may see this */
        prev = p;
        prev_n = n;
        f.requested += n;
        f.count++;
    }
    return f;
}

static void
test_arena(void)
{
    size_t live0 = base_mem_live();
    Arena a;
    memset(&a, 0x5A, sizeof a);
    arena_init(&a);
    CHECK("arena: a fresh arena holds nothing", a.head == NULL && a.used == 0 && a.held == 0);

    FillResult f = fill_arena(&a);
    CHECK("arena: allocations of odd sizes are 16-aligned", f.aligned);
    CHECK("arena: allocations are zeroed", f.zeroed);
    CHECK("arena: consecutive allocations do not overlap", f.disjoint);
    CHECK("arena: used counts the requested bytes rounded up to 16",
          a.used >= f.requested && a.used <= f.requested + 15 * f.count && a.used % 16 == 0);
    CHECK("arena: held covers used", a.held >= a.used);
    check_u("arena: live bytes grow by exactly the bytes held", base_mem_live() - live0, a.held);
    arena_free(&a);
    check_u("arena: arena_free returns live bytes to the baseline", base_mem_live(), live0);
    CHECK("arena: arena_free resets the arena", a.head == NULL && a.used == 0 && a.held == 0);

    /* reuse of freed (dirtied) memory: still zeroed */
    arena_init(&a);
    f = fill_arena(&a);
    CHECK("arena: memory reused after arena_free is zeroed again", f.zeroed);
    arena_free(&a);

    /* a big block gets its own chunk and does not retire the current one */
    arena_init(&a);
    unsigned char *s1 = arena_alloc(&a, 16);
    size_t held0 = a.held;
    size_t big = 100000;
    unsigned char *p = arena_alloc(&a, big);
    bool big_zero = true;
    for (size_t i = 0; i < big; i++)
        big_zero = big_zero && p[i] == 0;
    memset(p, 0xCD, big);
    CHECK("arena: a 100000-byte block is 16-aligned", (uintptr_t)p % 16 == 0);
    CHECK("arena: a 100000-byte block is zeroed", big_zero);
    CHECK("arena: a big block adds its own size (plus a chunk header, rounded to pages) to held",
          a.held - held0 >= big && a.held - held0 < big + 256 + 4096);
    size_t held1 = a.held;
    unsigned char *s2 = arena_alloc(&a, 32);
    check_u("arena: a small allocation after a big block reuses the current chunk", a.held,
            held1);
    CHECK("arena: small allocations do not overlap the big block",
          (s2 + 32 <= p || s2 >= p + big) && (s1 + 16 <= p || s1 >= p + big));
    CHECK("arena: the small allocation after the big block is zeroed", s2[0] == 0 && s2[31] == 0);
    check_u("arena: live bytes still equal held after the big block", base_mem_live() - live0,
            a.held);
    arena_free(&a);

    /* big block first, in an empty arena */
    arena_init(&a);
    unsigned char *q = arena_alloc(&a, 70000);
    unsigned char *r = arena_alloc(&a, 16);
    CHECK("arena: big-then-small in an empty arena gives disjoint zeroed memory",
          q && r && (r + 16 <= q || r >= q + 70000) && r[0] == 0 && r[15] == 0);
    arena_free(&a);
    check_u("arena: live bytes back at the baseline after big blocks", base_mem_live(), live0);

    arena_init(&a);
    const char src[] = "hello world";
    char *dup = arena_dup(&a, src, sizeof src);
    CHECK("arena: arena_dup copies the bytes", memcmp(dup, src, sizeof src) == 0 && dup != src);
    char *str = arena_strndup(&a, src, 5);
    check_mem("arena: arena_strndup copies n bytes and terminates", str, strlen(str), "hello");
    void *empty = arena_dup(&a, NULL, 0);
    CHECK("arena: arena_dup of 0 bytes returns a usable pointer", empty != NULL);
    arena_free(&a);
    check_u("arena: live bytes back at the baseline after dup/strndup", base_mem_live(), live0);
}

/* ---- vectors -------------------------------------------------------- */

typedef struct {
    uint64_t a, b;
    char tag[24];
} Wide;

static void
test_vec(void)
{
    size_t live0 = base_mem_live();
    VEC(int) v = {0};
    for (int i = 0; i < 1000; i++)
        vec_push(&v, i * 3);
    check_u("vec: len after 1000 pushes", v.len, 1000);
    bool ok = true;
    for (int i = 0; i < 1000; i++)
        ok = ok && v.data[i] == i * 3;
    CHECK("vec: elements survive growth in order", ok);
    CHECK("vec: capacity is a power of two at least len", v.cap >= 1000 && (v.cap & (v.cap - 1)) == 0);
    check_u("vec: live bytes equal cap * sizeof(elem)", base_mem_live() - live0,
            (uint64_t)v.cap * sizeof(int));
    vec_reserve(&v, 5000);
    CHECK("vec: vec_reserve makes room for len + n", v.cap >= 6000 && v.len == 1000);
    uint32_t cap = v.cap;
    vec_reserve(&v, 10);
    check_u("vec: vec_reserve within capacity does not reallocate", v.cap, cap);
    CHECK("vec: elements survive vec_reserve", v.data[999] == 2997 && v.data[0] == 0);
    vec_free(&v);
    CHECK("vec: vec_free resets the vector", v.data == NULL && v.len == 0 && v.cap == 0);
    check_u("vec: vec_free returns live bytes to the baseline", base_mem_live(), live0);

    VEC(Wide) w = {0};
    for (uint64_t i = 0; i < 300; i++) {
        Wide x = {i, ~i, {0}};
        snprintf(x.tag, sizeof x.tag, "item-%" PRIu64, i);
        vec_push(&w, x);
    }
    ok = w.len == 300;
    for (uint64_t i = 0; i < 300 && ok; i++) {
        char tag[24];
        snprintf(tag, sizeof tag, "item-%" PRIu64, i);
        ok = w.data[i].a == i && w.data[i].b == ~i && strcmp(w.data[i].tag, tag) == 0;
    }
    CHECK("vec: 40-byte elements round-trip through growth", ok);
    vec_free(&w);
    check_u("vec: wide vector freed to the baseline", base_mem_live(), live0);
}

/* ---- hash map ------------------------------------------------------- */

static Fingerprint
key_of(uint32_t i)
{
    return fp_bytes(&i, sizeof i);
}

static void
test_hmap(void)
{
    size_t live0 = base_mem_live();
    HMap z = {0};
    CHECK("hmap: get on a zeroed map is NULL", hmap_get(&z, key_of(1)) == NULL);
    hmap_put(&z, key_of(1), 11);
    uint64_t *zv = hmap_get(&z, key_of(1));
    CHECK("hmap: put on a zeroed map works", zv && *zv == 11 && z.len == 1);
    hmap_free(&z);
    CHECK("hmap: hmap_free resets the map", z.slots == NULL && z.cap == 0 && z.len == 0);

    HMap m;
    hmap_init(&m, 100);
    CHECK("hmap: hmap_init(100) leaves room for 100 keys below 3/4 load",
          m.cap >= 134 && (m.cap & (m.cap - 1)) == 0 && m.len == 0);
    enum { N = 20000 };
    for (uint32_t i = 0; i < N; i++)
        hmap_put(&m, key_of(i), (uint64_t)i * 3);
    check_u("hmap: len after 20000 distinct inserts", m.len, N);
    CHECK("hmap: capacity grew to a power of two under 3/4 load",
          (m.cap & (m.cap - 1)) == 0 && (uint64_t)m.len * 4 <= (uint64_t)m.cap * 3);
    uint32_t wrong = 0;
    for (uint32_t i = 0; i < N; i++) {
        uint64_t *v = hmap_get(&m, key_of(i));
        wrong += !v || *v != (uint64_t)i * 3;
    }
    check_u("hmap: every inserted key is found with its value", wrong, 0);
    for (uint32_t i = 0; i < N; i += 2)
        hmap_put(&m, key_of(i), (uint64_t)i * 3 + 1);
    check_u("hmap: overwriting does not change len", m.len, N);
    wrong = 0;
    for (uint32_t i = 0; i < N; i++) {
        uint64_t *v = hmap_get(&m, key_of(i));
        wrong += !v || *v != (uint64_t)i * 3 + (i % 2 == 0);
    }
    check_u("hmap: overwritten keys have the new value, others the old", wrong, 0);
    uint32_t found = 0;
    for (uint32_t i = N; i < N + 10000; i++)
        found += hmap_get(&m, key_of(i)) != NULL;
    check_u("hmap: absent keys are not found", found, 0);

    /* keys that differ only in one half, and the zero key */
    for (uint64_t i = 0; i < 64; i++) {
        hmap_put(&m, (Fingerprint){7, i}, 1000 + i);
        hmap_put(&m, (Fingerprint){i, 7}, 2000 + i);
    }
    wrong = 0;
    for (uint64_t i = 0; i < 64; i++) {
        uint64_t *a = hmap_get(&m, (Fingerprint){7, i}), *b = hmap_get(&m, (Fingerprint){i, 7});
        if (i == 7)
            wrong += !a || *a != 2000 + i; /* {7,7} was overwritten by the second put */
        else
            wrong += !a || *a != 1000 + i || !b || *b != 2000 + i;
    }
    check_u("hmap: keys equal in lo or in hi are distinct", wrong, 0);
    check_u("hmap: len counts the 127 half-equal keys", m.len, N + 127);
    CHECK("hmap: the zero fingerprint is absent before it is put", hmap_get(&m, FP_ZERO) == NULL);
    hmap_put(&m, FP_ZERO, 5);
    uint64_t *zero = hmap_get(&m, FP_ZERO);
    CHECK("hmap: the zero fingerprint is a valid key", zero && *zero == 5);
    *zero = 77;
    zero = hmap_get(&m, FP_ZERO);
    CHECK("hmap: the returned pointer writes the stored value", zero && *zero == 77);
    hmap_free(&m);
    check_u("hmap: hmap_free returns live bytes to the baseline", base_mem_live(), live0);
}

/* ---- interner ------------------------------------------------------- */

static void
test_interner(void)
{
    Symbol a = sym_intern("alpha", 5);
    Symbol b = sym_cstr("alpha");
    CHECK("intern: a symbol is never 0", a != 0);
    check_u("intern: the same text gives the same symbol", b, a);
    char copy[] = "alpha";
    check_u("intern: the same text at another address gives the same symbol",
            sym_intern(copy, 5), a);
    check_u("intern: a slice of a longer buffer interns the slice", sym_intern("alphabet", 5), a);
    CHECK("intern: different text gives a different symbol", sym_cstr("alphb") != a);
    CHECK("intern: case matters", sym_cstr("Alpha") != a);
    CHECK("intern: a prefix is a different symbol", sym_cstr("alph") != a);
    check_mem("intern: sym_str round-trips", sym_str(a), strlen(sym_str(a)), "alpha");
    check_u("intern: sym_len round-trips", sym_len(a), 5);

    Symbol e = sym_intern("", 0);
    CHECK("intern: the empty string has a non-zero symbol", e != 0 && e != a);
    CHECK("intern: the empty string round-trips", sym_len(e) == 0 && sym_str(e)[0] == 0);
    check_u("intern: the empty string interns once", sym_cstr(""), e);

    enum { L = 300 };
    static Symbol syms[L];
    char buf[L + 1];
    bool round = true, terminated = true, stable = true;
    for (size_t n = 0; n < L; n++) {
        for (size_t i = 0; i < n; i++)
            buf[i] = (char)('a' + (i * 7 + n) % 26);
        buf[n] = 'X'; /* not part of the string: must not leak into it */
        syms[n] = sym_intern(buf, n);
        round = round && sym_len(syms[n]) == n && memcmp(sym_str(syms[n]), buf, n) == 0;
        terminated = terminated && sym_str(syms[n])[n] == 0;
    }
    for (size_t n = 0; n < L; n++) {
        for (size_t i = 0; i < n; i++)
            buf[i] = (char)('a' + (i * 7 + n) % 26);
        stable = stable && sym_intern(buf, n) == syms[n];
    }
    size_t dups = 0;
    for (size_t i = 0; i < L; i++)
        for (size_t j = i + 1; j < L; j++)
            dups += syms[i] == syms[j];
    CHECK("intern: strings of lengths 0..299 round-trip through sym_str/sym_len", round);
    CHECK("intern: sym_str is NUL-terminated at sym_len", terminated);
    CHECK("intern: re-interning 300 strings gives the same symbols", stable);
    check_u("intern: 300 strings of distinct lengths give 300 distinct symbols", dups, 0);

    /* many distinct short names: growth of the interner's own tables */
    bool grow_ok = true;
    Symbol first = 0;
    for (int i = 0; i < 5000; i++) {
        char name[16];
        int n = snprintf(name, sizeof name, "cell_%d", i);
        Symbol s = sym_intern(name, (size_t)n);
        if (i == 0)
            first = s;
        grow_ok = grow_ok && sym_len(s) == (size_t)n && strcmp(sym_str(s), name) == 0;
    }
    CHECK("intern: 5000 names round-trip while the interner grows", grow_ok);
    check_u("intern: symbols stay valid after growth", sym_cstr("cell_0"), first);
    check_mem("intern: strings stay valid after growth", sym_str(a), strlen(sym_str(a)), "alpha");
}

/* ---- fingerprints and the stable hasher ----------------------------- */

static Fingerprint
fp_of(const void *p, size_t n)
{
    XXH128_hash_t h = XXH3_128bits(p, n);
    return (Fingerprint){h.low64, h.high64};
}

static bool
hex_ok(const char *h)
{
    if (strlen(h) != 32)
        return false;
    for (int i = 0; i < 32; i++)
        if (!((h[i] >= '0' && h[i] <= '9') || (h[i] >= 'a' && h[i] <= 'f')))
            return false;
    return true;
}

static void
test_fingerprint(void)
{
    static unsigned char big[1000];
    for (int i = 0; i < 1000; i++)
        big[i] = (unsigned char)(i * 31 + 7);
    CHECK("fp: fp_bytes is XXH3-128 (low half in lo) of the empty input",
          fp_eq(fp_bytes("", 0), fp_of("", 0)));
    CHECK("fp: fp_bytes is XXH3-128 of \"abc\"", fp_eq(fp_bytes("abc", 3), fp_of("abc", 3)));
    CHECK("fp: fp_bytes is XXH3-128 of 1000 bytes", fp_eq(fp_bytes(big, 1000), fp_of(big, 1000)));
    CHECK("fp: fp_bytes is deterministic", fp_eq(fp_bytes(big, 1000), fp_bytes(big, 1000)));
    Fingerprint before = fp_bytes(big, 1000);
    big[500] ^= 1;
    CHECK("fp: one flipped bit changes the fingerprint", !fp_eq(before, fp_bytes(big, 1000)));
    CHECK("fp: a shorter input changes the fingerprint",
          !fp_eq(fp_bytes(big, 1000), fp_bytes(big, 999)));
    CHECK("fp: FP_ZERO is zero", FP_ZERO.lo == 0 && FP_ZERO.hi == 0);
    CHECK("fp: fp_eq compares both halves",
          fp_eq((Fingerprint){1, 2}, (Fingerprint){1, 2}) &&
              !fp_eq((Fingerprint){1, 2}, (Fingerprint){1, 3}) &&
              !fp_eq((Fingerprint){1, 2}, (Fingerprint){0, 2}));

    char hex[33];
    memset(hex, 'Z', sizeof hex);
    fp_hex((Fingerprint){0x0123456789abcdefull, 0xfedcba9876543210ull}, hex);
    check_mem("fp: fp_hex prints hi then lo as 32 lowercase digits", hex, strnlen(hex, 33),
              "fedcba98765432100123456789abcdef");
    fp_hex(FP_ZERO, hex);
    check_mem("fp: fp_hex pads with zeros", hex, strnlen(hex, 33),
              "00000000000000000000000000000000");
    fp_hex((Fingerprint){1, 0}, hex);
    check_mem("fp: fp_hex of lo = 1", hex, strnlen(hex, 33), "00000000000000000000000000000001");
    fp_hex(fp_bytes("x", 1), hex);
    CHECK("fp: fp_hex of a real fingerprint is 32 lowercase hex digits", hex_ok(hex));

    size_t live0 = base_mem_live();
    StableHasher *h = hasher_new();
    hasher_str(h, "ab");
    hasher_str(h, "c");
    Fingerprint abc1 = hasher_finish(h);
    hasher_reset(h);
    hasher_str(h, "a");
    hasher_str(h, "bc");
    Fingerprint abc2 = hasher_finish(h);
    CHECK("hasher: str(\"ab\")+str(\"c\") differs from str(\"a\")+str(\"bc\")", !fp_eq(abc1, abc2));
    hasher_reset(h);
    hasher_str(h, "ab");
    hasher_str(h, "c");
    CHECK("hasher: the same calls after reset give the same fingerprint",
          fp_eq(hasher_finish(h), abc1));

    hasher_reset(h);
    hasher_str(h, "ab");
    const unsigned char enc_ab[] = {2, 0, 0, 0, 0, 0, 0, 0, 'a', 'b'};
    CHECK("hasher: str is a u64 little-endian length prefix then the bytes",
          fp_eq(hasher_finish(h), fp_of(enc_ab, sizeof enc_ab)));
    hasher_reset(h);
    hasher_bytes(h, "\0x\0", 3);
    const unsigned char enc_b[] = {3, 0, 0, 0, 0, 0, 0, 0, 0, 'x', 0};
    CHECK("hasher: bytes are length-prefixed and may contain NULs",
          fp_eq(hasher_finish(h), fp_of(enc_b, sizeof enc_b)));
    hasher_reset(h);
    hasher_u32(h, 0x04030201u);
    const unsigned char enc_u32[] = {1, 2, 3, 4};
    CHECK("hasher: u32 is 4 bytes little-endian", fp_eq(hasher_finish(h), fp_of(enc_u32, 4)));
    hasher_reset(h);
    hasher_u64(h, 0x0807060504030201ull);
    const unsigned char enc_u64[] = {1, 2, 3, 4, 5, 6, 7, 8};
    CHECK("hasher: u64 is 8 bytes little-endian", fp_eq(hasher_finish(h), fp_of(enc_u64, 8)));
    hasher_reset(h);
    hasher_i64(h, -2);
    const unsigned char enc_i64[] = {0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
    CHECK("hasher: i64 -2 is two's complement little-endian",
          fp_eq(hasher_finish(h), fp_of(enc_i64, 8)));
    hasher_reset(h);
    hasher_u8(h, 0x7f);
    CHECK("hasher: u8 is one byte", fp_eq(hasher_finish(h), fp_of("\x7f", 1)));
    hasher_reset(h);
    hasher_fp(h, (Fingerprint){0x0807060504030201ull, 0x100f0e0d0c0b0a09ull});
    const unsigned char enc_fp[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
    CHECK("hasher: a fingerprint is lo then hi, little-endian",
          fp_eq(hasher_finish(h), fp_of(enc_fp, 16)));
    hasher_reset(h);
    CHECK("hasher: a reset hasher is the hash of nothing", fp_eq(hasher_finish(h), fp_of("", 0)));

    hasher_reset(h);
    hasher_u8(h, 1);
    Fingerprint w8 = hasher_finish(h);
    hasher_reset(h);
    hasher_u32(h, 1);
    Fingerprint w32 = hasher_finish(h);
    hasher_reset(h);
    hasher_u64(h, 1);
    Fingerprint w64 = hasher_finish(h);
    CHECK("hasher: u8, u32 and u64 of the same value differ",
          !fp_eq(w8, w32) && !fp_eq(w32, w64) && !fp_eq(w8, w64));
    hasher_reset(h);
    hasher_str(h, "");
    Fingerprint empty_str = hasher_finish(h);
    CHECK("hasher: an empty string still adds its length",
          !fp_eq(empty_str, fp_of("", 0)) && fp_eq(empty_str, fp_of("\0\0\0\0\0\0\0\0", 8)));

    StableHasher *h2 = hasher_new();
    hasher_u32(h2, 99);
    hasher_str(h2, "ab");
    hasher_reset(h);
    hasher_u32(h, 99);
    hasher_str(h, "ab");
    CHECK("hasher: two hashers fed the same calls agree", fp_eq(hasher_finish(h), hasher_finish(h2)));
    hasher_free(h2);
    hasher_free(h);
    check_u("hasher: hasher_free returns live bytes to the baseline", base_mem_live(), live0);
}

/* ---- byte buffers and readers --------------------------------------- */

static void
test_buf(void)
{
    size_t live0 = base_mem_live();
    Buf b = {0};
    Fingerprint f = {0x1122334455667788ull, 0x99aabbccddeeff00ull};
    buf_u8(&b, 0xA5);
    buf_u16(&b, 0x1234);
    buf_u32(&b, 0x11223344u);
    buf_u64(&b, 0x0102030405060708ull);
    buf_i64(&b, -5);
    buf_fp(&b, f);
    buf_str(&b, "hey", 3);
    buf_bytes(&b, "\0\1\2", 3);
    buf_str(&b, "", 0);
    buf_printf(&b, "x=%d,%s", 42, "yo");
    size_t before_align = b.len;
    buf_align(&b, 16);

    const unsigned char want[] = {
        0xA5,                                           /* u8 */
        0x34, 0x12,                                     /* u16 */
        0x44, 0x33, 0x22, 0x11,                         /* u32 */
        0x08, 0x07, 0x06, 0x05, 0x04, 0x03, 0x02, 0x01, /* u64 */
        0xfb, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, /* i64 -5 */
        0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11, /* fp lo */
        0x00, 0xff, 0xee, 0xdd, 0xcc, 0xbb, 0xaa, 0x99, /* fp hi */
        3, 0, 0, 0, 'h', 'e', 'y',                      /* str */
        0, 1, 2,                                        /* bytes */
        0, 0, 0, 0,                                     /* empty str */
        'x', '=', '4', '2', ',', 'y', 'o',              /* printf, no NUL */
    };
    check_u("buf: encoded length before alignment", before_align, sizeof want);
    CHECK("buf: integers are fixed-width little-endian, strings u32-length-prefixed",
          b.len >= sizeof want && memcmp(b.data, want, sizeof want) == 0);
    check_u("buf: buf_align pads to the alignment", b.len, 64);
    bool pad_zero = true;
    for (size_t i = sizeof want; i < b.len; i++)
        pad_zero = pad_zero && b.data[i] == 0;
    CHECK("buf: alignment padding is zero bytes", pad_zero);
    size_t aligned_len = b.len;
    buf_align(&b, 16);
    check_u("buf: aligning an aligned buffer adds nothing", b.len, aligned_len);

    Reader r = rd_make(b.data, b.len);
    check_u("reader: u8", rd_u8(&r), 0xA5);
    check_u("reader: u16", rd_u16(&r), 0x1234);
    check_u("reader: u32", rd_u32(&r), 0x11223344u);
    check_u("reader: u64", rd_u64(&r), 0x0102030405060708ull);
    CHECK("reader: i64 keeps the sign", rd_i64(&r) == -5);
    CHECK("reader: fp", fp_eq(rd_fp(&r), f));
    uint32_t n = 99;
    const char *s = rd_str(&r, &n);
    check_mem("reader: str", s, n, "hey");
    CHECK("reader: str points into the buffer", (const uint8_t *)s == b.data + 43);
    const uint8_t *raw = rd_bytes(&r, 3);
    CHECK("reader: bytes", raw && raw[0] == 0 && raw[1] == 1 && raw[2] == 2);
    s = rd_str(&r, &n);
    CHECK("reader: an empty str has length 0", n == 0 && s != NULL);
    raw = rd_bytes(&r, 7);
    check_mem("reader: the printf text", raw, raw ? 7 : 0, "x=42,yo");
    CHECK("reader: no error after exact reads", !r.bad);
    rd_bytes(&r, b.len - sizeof want);
    CHECK("reader: reading the last byte reaches the end without error", r.p == r.end && !r.bad);
    CHECK("reader: a 0-byte read at the end is fine", rd_bytes(&r, 0) != NULL && !r.bad);
    check_u("reader: a read past the end returns 0", rd_u8(&r), 0);
    CHECK("reader: a read past the end sets bad", r.bad);

    /* short reads and the sticky flag */
    const uint8_t three[] = {1, 2, 3};
    Reader t = rd_make(three, 3);
    check_u("reader: u32 from 3 bytes returns 0", rd_u32(&t), 0);
    CHECK("reader: u32 from 3 bytes sets bad", t.bad);
    CHECK("reader: a failed read does not advance", t.p == three);
    check_u("reader: bad is sticky: a u8 that would fit returns 0", rd_u8(&t), 0);
    CHECK("reader: bad stays set", t.bad && t.p == three);
    CHECK("reader: rd_bytes after bad is NULL, even for 0 bytes", rd_bytes(&t, 0) == NULL);

    Reader t2 = rd_make(three, 3);
    check_u("reader: u16 within bounds still reads", rd_u16(&t2), 0x0201);
    check_u("reader: u16 crossing the end returns 0", rd_u16(&t2), 0);
    CHECK("reader: u16 crossing the end sets bad and keeps position", t2.bad && t2.p == three + 2);

    const uint8_t long_len[] = {100, 0, 0, 0, 'a', 'b', 'c'};
    Reader t3 = rd_make(long_len, sizeof long_len);
    n = 77;
    s = rd_str(&t3, &n);
    CHECK("reader: str longer than the rest gives \"\" with length 0",
          s != NULL && s[0] == 0 && n == 0);
    CHECK("reader: str longer than the rest sets bad", t3.bad);

    const uint8_t huge_len[] = {0xff, 0xff, 0xff, 0xff, 'a'};
    Reader t4 = rd_make(huge_len, sizeof huge_len);
    n = 77;
    rd_str(&t4, &n);
    CHECK("reader: a 4 GiB length prefix is a short read, not an overflow", t4.bad && n == 0);

    Reader t5 = rd_make(want, 15);
    rd_fp(&t5);
    CHECK("reader: fp from 15 bytes sets bad", t5.bad);
    Reader t5b = rd_make(want, 7);
    CHECK("reader: fp from 7 bytes is zero and bad", fp_eq(rd_fp(&t5b), FP_ZERO) && t5b.bad);
    Reader t6 = rd_make(want, 7);
    CHECK("reader: u64 from 7 bytes is zero and bad", rd_u64(&t6) == 0 && t6.bad);
    Reader t7 = rd_make(three, 0);
    CHECK("reader: an empty reader fails its first read", rd_u8(&t7) == 0 && t7.bad);

    buf_free(&b);
    CHECK("buf: buf_free resets the buffer", b.data == NULL && b.len == 0 && b.cap == 0);

    /* growth over many appends */
    Buf g = {0};
    for (uint32_t i = 0; i < 100000; i++)
        buf_u32(&g, i * 2654435761u);
    bool ok = g.len == 400000 && g.cap >= g.len;
    Reader gr = rd_make(g.data, g.len);
    for (uint32_t i = 0; i < 100000 && ok; i++)
        ok = rd_u32(&gr) == i * 2654435761u;
    CHECK("buf: 100000 u32s round-trip through growth", ok && !gr.bad && gr.p == gr.end);
    check_u("buf: live bytes equal the capacity", base_mem_live() - live0, g.cap);
    size_t cap = g.cap;
    buf_reserve(&g, 0);
    check_u("buf: buf_reserve(0) keeps the capacity", g.cap, cap);
    buf_free(&g);

    Buf p = {0};
    for (int i = 0; i < 200; i++)
        buf_printf(&p, "%d;", i);
    Buf want_p = {0};
    for (int i = 0; i < 200; i++) {
        char tmp[8];
        int k = snprintf(tmp, sizeof tmp, "%d;", i);
        buf_bytes(&want_p, tmp, (size_t)k);
    }
    CHECK("buf: repeated buf_printf appends without NULs",
          p.len == want_p.len && memcmp(p.data, want_p.data, p.len) == 0);
    buf_free(&p);
    buf_free(&want_p);
    check_u("buf: live bytes back at the baseline", base_mem_live(), live0);
}

/* ---- diagnostics ---------------------------------------------------- */

static bool
diag_same(const Diag *a, const Diag *b)
{
    if (a->level != b->level || strcmp(a->code, b->code) || strcmp(a->msg, b->msg) ||
        !fp_eq(a->span.anchor, b->span.anchor) || a->span.lo != b->span.lo ||
        a->span.hi != b->span.hi || (!a->label != !b->label) ||
        (a->label && strcmp(a->label, b->label)) || a->notes.len != b->notes.len)
        return false;
    for (uint32_t i = 0; i < a->notes.len; i++)
        if (strcmp(a->notes.data[i], b->notes.data[i]))
            return false;
    return true;
}

static void
test_diag_codec(void)
{
    size_t live0 = base_mem_live();
    Fingerprint anchor = fp_bytes("anchor", 6);
    Diag *d = diag_new(DIAG_WARNING, "W0001", (DiagSpan){anchor, 3, 9}, "unused %s #%d", "cell", 7);
    d->label = xstrndup("here", 4);
    diag_note(d, "first note %d", 1);
    diag_note(d, "second note");
    check_mem("diag: diag_new formats the message", d->msg, strlen(d->msg), "unused cell #7");
    check_mem("diag: diag_new keeps the code", d->code, strlen(d->code), "W0001");
    CHECK("diag: diag_note appends notes in order",
          d->notes.len == 2 && !strcmp(d->notes.data[0], "first note 1") &&
              !strcmp(d->notes.data[1], "second note"));

    Buf b = {0};
    diag_encode(d, &b);
    Reader r = rd_make(b.data, b.len);
    Diag *e = diag_decode(&r);
    CHECK("diag: decode of an encoded diagnostic succeeds", e != NULL && !r.bad);
    CHECK("diag: decode consumes exactly the encoding", r.p == r.end);
    CHECK("diag: encode/decode round-trips every field", e && diag_same(d, e));
    if (e) {
        Buf b2 = {0};
        diag_encode(e, &b2);
        CHECK("diag: re-encoding the decoded diagnostic gives the same bytes",
              b2.len == b.len && memcmp(b2.data, b.data, b.len) == 0);
        buf_free(&b2);
    }
    diag_free(e);

    /* every truncation is rejected, without reading past the end */
    size_t accepted = 0, not_bad = 0;
    size_t live_before = base_mem_live();
    for (size_t k = 0; k < b.len; k++) {
        uint8_t *copy = xmalloc(k ? k : 1); /* exact size: the sanitizer sees overreads */
        memcpy(copy, b.data, k);
        Reader rk = rd_make(copy, k);
        Diag *x = diag_decode(&rk);
        accepted += x != NULL;
        not_bad += !rk.bad;
        diag_free(x);
        xfree(copy, k ? k : 1);
    }
    check_u("diag: every truncated encoding decodes to NULL", accepted, 0);
    check_u("diag: every truncated encoding sets bad", not_bad, 0);
    check_u("diag: failed decodes free what they allocated", base_mem_live(), live_before);

    /* bad fields */
    uint8_t *bytes = xmalloc(b.len);
    size_t blen = b.len;
    memcpy(bytes, b.data, b.len);
    bytes[0] = DIAG_LEVEL_N;
    Reader rl = rd_make(bytes, b.len);
    CHECK("diag: an out-of-range level decodes to NULL", diag_decode(&rl) == NULL && rl.bad);
    memcpy(bytes, b.data, b.len);
    bytes[1] = 8; /* code length: 8 does not fit code[8] with its NUL */
    Reader rc = rd_make(bytes, b.len);
    CHECK("diag: an 8-byte code decodes to NULL", diag_decode(&rc) == NULL && rc.bad);
    buf_free(&b);
    xfree(bytes, blen);

    Diag *inv = diag_new(DIAG_ERROR, NULL, (DiagSpan){anchor, 9, 3}, "inverted");
    Buf bi = {0};
    diag_encode(inv, &bi);
    Reader ri = rd_make(bi.data, bi.len);
    CHECK("diag: a span with lo > hi decodes to NULL", diag_decode(&ri) == NULL && ri.bad);
    buf_free(&bi);
    diag_free(inv);

    /* minimal diagnostic: no code, no label, no notes, no span */
    Diag *m = diag_new(DIAG_NOTE, NULL, (DiagSpan){FP_ZERO, 0, 0}, "%s", "plain");
    CHECK("diag: a NULL code is the empty code", m->code[0] == 0);
    Buf bm = {0};
    diag_encode(m, &bm);
    diag_encode(d, &bm); /* two in a row: the reader carries on */
    Reader rm = rd_make(bm.data, bm.len);
    Diag *m2 = diag_decode(&rm), *d2 = diag_decode(&rm);
    CHECK("diag: a minimal diagnostic round-trips (NULL label stays NULL)",
          m2 && diag_same(m, m2) && m2->label == NULL);
    CHECK("diag: two diagnostics decode back to back", d2 && diag_same(d, d2) && rm.p == rm.end);
    diag_free(m2);
    diag_free(d2);
    buf_free(&bm);
    diag_free(m);

    Diag *lc = diag_new(DIAG_ERROR, "E12345678", (DiagSpan){FP_ZERO, 0, 0}, "long code");
    check_mem("diag: a code longer than 7 characters is cut to 7", lc->code, strlen(lc->code),
              "E123456");
    diag_free(lc);
    diag_free(d);
    check_u("diag: diagnostics free to the baseline", base_mem_live(), live0);

    check_mem("diag: level names", diag_level_name(DIAG_ERROR), strlen(diag_level_name(DIAG_ERROR)),
              "error");
    CHECK("diag: warning and note names", !strcmp(diag_level_name(DIAG_WARNING), "warning") &&
                                              !strcmp(diag_level_name(DIAG_NOTE), "note"));
}

typedef struct {
    Fingerprint anchor;
    const char *file, *text;
    uint32_t base;
    int calls;
} FakeSrc;

static bool
fake_resolve(void *ctx, Fingerprint anchor, const char **file, const char **text, size_t *len,
             uint32_t *base)
{
    FakeSrc *s = ctx;
    s->calls++;
    if (!fp_eq(anchor, s->anchor))
        return false;
    *file = s->file;
    *text = s->text;
    *len = strlen(s->text);
    *base = s->base;
    return true;
}

static void
check_render(const char *name, const Diag *d, FakeSrc *src, const char *want)
{
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    if (!f) {
        fail(name, "open_memstream failed");
        return;
    }
    diag_render(d, f, src ? fake_resolve : NULL, src);
    fclose(f);
    check_mem(name, out, len, want);
    free(out);
}

static void
test_diag_render(void)
{
    FakeSrc src = {fp_bytes("cell bb", 7), "demo.toy", "a = 1\nbb = a +  zz\nc = 3\n", 6, 0};
    /* relative to line 2 (base 6): `zz` is at 10..12 */
    Diag *d = diag_new(DIAG_ERROR, "E0425", (DiagSpan){src.anchor, 10, 12},
                       "cannot find cell `%s` in this file", "zz");
    d->label = xstrndup("not found in this file", 22);
    diag_note(d, "cells are defined with `name = expr`");
    check_render("render: error with code, span, label and note", d, &src,
                 "error[E0425]: cannot find cell `zz` in this file\n"
                 " --> demo.toy:2:11\n"
                 "  |\n"
                 "2 | bb = a +  zz\n"
                 "  |           ^^ not found in this file\n"
                 "  |\n"
                 "  = note: cells are defined with `name = expr`\n"
                 "\n");
    CHECK("render: the anchor was resolved through the callback", src.calls > 0);
    diag_free(d);

    Diag *w = diag_new(DIAG_WARNING, "", (DiagSpan){FP_ZERO, 0, 0}, "careful");
    diag_note(w, "n1");
    src.calls = 0;
    check_render("render: no span: header and notes only", w, &src,
                 "warning: careful\n"
                 "  = note: n1\n"
                 "\n");
    check_u("render: FP_ZERO anchor is never resolved", (uint64_t)src.calls, 0);
    diag_free(w);

    Diag *u = diag_new(DIAG_NOTE, NULL, (DiagSpan){fp_bytes("gone", 4), 1, 2}, "hi");
    check_render("render: an unresolvable anchor prints no location", u, &src, "note: hi\n\n");
    check_render("render: no resolver prints no location", u, NULL, "note: hi\n\n");
    diag_free(u);

    FakeSrc ten = {fp_bytes("file", 4), "f.toy", "l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\nl9\nj = 10\n", 0,
                   0};
    Diag *e = diag_new(DIAG_ERROR, "", (DiagSpan){ten.anchor, 29, 29}, "bad");
    check_render("render: two-digit line numbers widen the gutter; empty span has one caret", e,
                 &ten,
                 "error: bad\n"
                 "  --> f.toy:10:3\n"
                 "   |\n"
                 "10 | j = 10\n"
                 "   |   ^\n"
                 "\n");
    diag_free(e);

    FakeSrc two = {fp_bytes("file", 4), "g.toy", "abc def\nxyz\n", 0, 0};
    Diag *c = diag_new(DIAG_ERROR, "", (DiagSpan){two.anchor, 4, 10}, "multi");
    check_render("render: carets stop at the end of the first line", c, &two,
                 "error: multi\n"
                 " --> g.toy:1:5\n"
                 "  |\n"
                 "1 | abc def\n"
                 "  |     ^^^\n"
                 "\n");
    diag_free(c);

    FakeSrc tiny = {fp_bytes("file", 4), "h.toy", "ab\n", 0, 0};
    Diag *o = diag_new(DIAG_ERROR, "", (DiagSpan){tiny.anchor, 50, 60}, "beyond");
    check_render("render: a span past the end of the text is clamped to the end", o, &tiny,
                 "error: beyond\n"
                 " --> h.toy:2:1\n"
                 "  |\n"
                 "2 | \n"
                 "  | ^\n"
                 "\n");
    diag_free(o);
}

/* ---- files ---------------------------------------------------------- */

static size_t
count_dir_entries(const char *dir, const char *except)
{
    DIR *d = opendir(dir);
    if (!d)
        return 999;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)))
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..") && strcmp(e->d_name, except))
            n++;
    closedir(d);
    return n;
}

static char lock_path[1024];

static void
child_try_lock(void)
{
    int fd = fs_lock(lock_path, false);
    if (fd >= 0)
        _exit(1);
    _exit(errno == EWOULDBLOCK ? 0 : 2);
}

static void
child_wait_lock(void)
{
    int fd = fs_lock(lock_path, true);
    if (fd < 0)
        _exit(2);
    fs_unlock(fd);
    _exit(0);
}

static void
test_fs(void)
{
    size_t live0 = base_mem_live();
    char dir[512], path[1024], other[1024];
    struct stat st;
    tmp_path(dir, sizeof dir, "files");
    CHECK("fs: fs_mkdirs creates a directory", fs_mkdirs(dir));
    snprintf(path, sizeof path, "%s/data.bin", dir);

    size_t n = 100000;
    unsigned char *data = xmalloc(n);
    for (size_t i = 0; i < n; i++)
        data[i] = (unsigned char)((i * 7) % 251); /* includes NUL bytes */
    CHECK("fs: fs_write_atomic writes a new file", fs_write_atomic(path, data, n));
    size_t len = 0;
    char *got = fs_read_file(path, &len);
    CHECK("fs: fs_read_file reads it back", got != NULL);
    check_u("fs: the length round-trips", len, n);
    CHECK("fs: the bytes round-trip (NULs included)", got && memcmp(got, data, n) == 0);
    CHECK("fs: fs_read_file NUL-terminates", got && got[len] == 0);
    xfree(got, len + 1);
    check_u("fs: xfree(p, len + 1) accounts a read file exactly", base_mem_live() - live0, n);
    check_u("fs: no temporary file is left beside the target",
            count_dir_entries(dir, "data.bin"), 0);

    CHECK("fs: fs_write_atomic replaces an existing file", fs_write_atomic(path, "short", 5));
    got = fs_read_file(path, &len);
    check_mem("fs: the replaced file has only the new content", got, got ? len : 0, "short");
    if (got)
        xfree(got, len + 1);

    snprintf(other, sizeof other, "%s/empty", dir);
    CHECK("fs: fs_write_atomic writes an empty file", fs_write_atomic(other, "", 0));
    got = fs_read_file(other, &len);
    CHECK("fs: an empty file reads as \"\" with length 0", got && len == 0 && got[0] == 0);
    if (got)
        xfree(got, len + 1);

    snprintf(other, sizeof other, "%s/no/such/dir/file", dir);
    errno = 0;
    CHECK("fs: fs_write_atomic into a missing directory fails with ENOENT",
          !fs_write_atomic(other, "x", 1) && errno == ENOENT);
    snprintf(other, sizeof other, "%s/missing", dir);
    errno = 0;
    CHECK("fs: fs_read_file of a missing file is NULL with ENOENT",
          fs_read_file(other, &len) == NULL && errno == ENOENT);
    errno = 0;
    CHECK("fs: fs_read_file of a directory is NULL with EISDIR",
          fs_read_file(dir, &len) == NULL && errno == EISDIR);
    /* (/dev/null itself may be a regular file: rustc -o /dev/null run as root replaces it) */
    const char *cdev = NULL;
    static const char *const devs[] = {"/dev/zero", "/dev/null", "/dev/full", "/dev/urandom"};
    for (size_t i = 0; i < sizeof devs / sizeof devs[0] && !cdev; i++)
        if (stat(devs[i], &st) == 0 && S_ISCHR(st.st_mode))
            cdev = devs[i];
    if (cdev) {
        errno = 0;
        got = fs_read_file(cdev, &len);
        int e = errno;
        CHECK("fs: fs_read_file of a character device is NULL", got == NULL);
        if (got)
            xfree(got, len + 1);
        CHECK("fs: fs_read_file of a character device sets errno", e != 0);
    } else {
        printf("SKIP fs: fs_read_file of a character device: no character device in /dev\n");
    }

    /* mmap */
    CHECK("fs: rewrite the 100000-byte file", fs_write_atomic(path, data, n));
    Mapped m;
    CHECK("fs: fs_map maps a file", fs_map(path, &m));
    CHECK("fs: the mapping has the file's length and bytes",
          m.len == n && m.data && memcmp(m.data, data, n) == 0);
    fs_unmap(&m);
    CHECK("fs: fs_unmap resets the mapping", m.data == NULL && m.len == 0);
    snprintf(other, sizeof other, "%s/empty", dir);
    CHECK("fs: fs_map of an empty file succeeds with length 0",
          fs_map(other, &m) && m.len == 0 && m.data != NULL);
    fs_unmap(&m);
    snprintf(other, sizeof other, "%s/missing", dir);
    CHECK("fs: fs_map of a missing file fails", !fs_map(other, &m) && m.data == NULL && m.len == 0);
    CHECK("fs: fs_map of a directory fails", !fs_map(dir, &m));
    xfree(data, n);

    /* mkdir -p and rm -r */
    char deep[768], file_in[1024];
    snprintf(deep, sizeof deep, "%s/a/b/c", dir);
    CHECK("fs: fs_mkdirs creates nested directories", fs_mkdirs(deep));
    CHECK("fs: the nested directory exists", stat(deep, &st) == 0 && S_ISDIR(st.st_mode));
    CHECK("fs: fs_mkdirs of an existing directory succeeds", fs_mkdirs(deep));
    snprintf(file_in, sizeof file_in, "%s/x.txt", deep);
    fs_write_atomic(file_in, "x", 1);
    snprintf(other, sizeof other, "%s/x.txt/sub", deep);
    CHECK("fs: fs_mkdirs through a regular file fails", !fs_mkdirs(other));
    snprintf(other, sizeof other, "%s/a", dir);
    CHECK("fs: fs_remove_tree removes a tree with files", fs_remove_tree(other));
    CHECK("fs: the tree is gone", stat(other, &st) < 0 && errno == ENOENT);
    CHECK("fs: fs_remove_tree of a missing path succeeds", fs_remove_tree(other));

    /* flock */
    snprintf(lock_path, sizeof lock_path, "%s/lock", dir);
    int fd = fs_lock(lock_path, false);
    CHECK("fs: fs_lock takes a free lock and creates the file",
          fd >= 0 && stat(lock_path, &st) == 0);
    check_exit("fs: a second fs_lock(path, false) from another process fails with EWOULDBLOCK",
               in_child(child_try_lock, false), 0);

    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        alarm(20);
        child_wait_lock();
    }
    usleep(200 * 1000);
    int st_w = 0;
    pid_t early = pid > 0 ? waitpid(pid, &st_w, WNOHANG) : -1;
    CHECK("fs: fs_lock(path, true) waits while the lock is held", pid > 0 && early == 0);
    fs_unlock(fd);
    if (pid > 0 && early == 0 && waitpid(pid, &st_w, 0) != pid)
        st_w = -1;
    check_exit("fs: the waiting fs_lock gets the lock once it is released", st_w, 0);
    int fd2 = fs_lock(lock_path, false);
    CHECK("fs: after fs_unlock the lock can be taken again", fd2 >= 0);
    fs_unlock(fd2);

    CHECK("fs: fs_remove_tree removes the test directory", fs_remove_tree(dir));
    check_u("fs: live bytes back at the baseline", base_mem_live(), live0);
}

/* ---- parse_size ----------------------------------------------------- */

static void
test_parse_size(void)
{
    static const struct {
        const char *in;
        bool ok;
        unsigned long long want;
    } cases[] = {
        {"512M", true, 512ull << 20},
        {"2G", true, 2ull << 30},
        {"4096", true, 4096},
        {"1k", true, 1024},
        {"1K", true, 1024},
        {"3m", true, 3ull << 20},
        {"8g", true, 8ull << 30},
        {"0", true, 0},
        {"2GiB", true, 2ull << 30},
        {"10MB", true, 10ull << 20},
        {"17179869183G", true, 17179869183ull << 30},
        {"", false, 0},
        {"-1", false, 0},
        {"-1G", false, 0},
        {"12Q", false, 0},
        {"99999999999999999999G", false, 0},
        {"99999999999999999999", false, 0},
        {"17179869184G", false, 0}, /* 2^64: overflows */
        {"G", false, 0},
        {"1.5G", false, 0},
        {"1 G", false, 0},
        {"1GG", false, 0},
        {"1T", false, 0},
        {"1Gx", false, 0},
        {"1i", false, 0},
        {"0x10", false, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char name[96];
        size_t out = 12345;
        bool ok = parse_size(cases[i].in, &out);
        snprintf(name, sizeof name, "parse_size: \"%s\" %s", cases[i].in,
                 cases[i].ok ? "parses" : "is rejected");
        if (ok != cases[i].ok)
            fail(name, "returned %s (value %zu)", ok ? "true" : "false", out);
        else if (ok && out != cases[i].want)
            fail(name, "value %zu, expected %llu", out, cases[i].want);
        else if (!ok && out != 12345)
            fail(name, "wrote %zu to *out on failure", out);
        else
            pass(name);
    }

    size_t out = 12345;
    CHECK("parse_size: \" -1\" is rejected", !parse_size(" -1", &out));
}

/* ---- main ----------------------------------------------------------- */

int
main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    const char *t = getenv("TMPDIR");
    snprintf(tmpdir, sizeof tmpdir, "%s/smelt-base-test.XXXXXX", t && *t ? t : "/tmp");
    if (!mkdtemp(tmpdir)) {
        printf("FAIL setup: mkdtemp %s: %s\n", tmpdir, strerror(errno));
        return 1;
    }
    test_alloc();
    test_mem_limit();
    test_arena();
    test_vec();
    test_hmap();
    test_interner();
    test_fingerprint();
    test_buf();
    test_diag_codec();
    test_diag_render();
    test_fs();
    test_parse_size();
    fs_remove_tree(tmpdir);
    return failures ? 1 : 0;
}
