/*
 * gen.c — a generator of single-file Rust crates in smelt's subset (wave 1),
 * with knobs for the mix of constructs and an edit mode, for benchmarks of
 * clean and incremental builds.  See bench/README-gen.md.
 *
 *   gen [--fns N] [--closures K] [--chains L] [--structs S] [--generic G]
 *       [--async A] [--cfg C] [--mods M] [--lines N] [--seed X]
 *       [--edit literal|signature|comment|cfg|closure] [--edit-index I]
 *       [-o FILE]
 *
 * The crate: N functions `f<i>(x: i64) -> i64` spread over M inline modules
 * `m<j>` (contiguous blocks; M = 0 puts everything at the crate root).  Each
 * body has K closures (some nested, some FnMut), L Option chains
 * (map/and_then/unwrap_or/is_some/match), a Vec filled in a `for` loop, an
 * `if`, uses of one or more structs (`new`, a `&mut self` and a `&self`
 * method), calls of the generic fns `apply<g>` with closures, and one call of
 * a function of lower index.  Function i has level i % 8 and calls one
 * function of level (i % 8) - 1, so calls nest at most 8 deep and a run is
 * fast.  The S structs, G generic fns, A async units (an `async fn` holding
 * an awaited async closure, plus an async closure in a host fn whose future
 * is dropped) and C gated units (`#[cfg(feature_x)] fn gated<k>` called from
 * a `#[cfg(feature_x)] { }` block of its host fn) live next to their host
 * function.  main calls every function and prints a checksum.  Arithmetic is
 * wrapping, so debug builds never panic.
 *
 * Every random choice is a hash of (seed, what, index), so the output depends
 * only on the knobs, and an edit changes nothing but its own lines.  The
 * header names the resolved knobs, never the edit.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum { EDIT_NONE, EDIT_LITERAL, EDIT_SIGNATURE, EDIT_COMMENT, EDIT_CFG, EDIT_CLOSURE } Edit;

static const char *const edit_names[] = {"none", "literal", "signature", "comment", "cfg", "closure"};

typedef struct {
    long fns, closures, chains, structs, generic, async, cfg, mods; /* -1: not given */
    long lines;
    uint64_t seed;
    Edit edit;
    long edit_index; /* -1: the middle one */
} Knobs;

typedef struct {
    char *p;
    size_t n, cap;
} Buf;

/* what a hash is drawn for */
enum { R_LIT, R_CLOSURE, R_CHAIN, R_STRUCT, R_GENERIC, R_CALLEE, R_VEC, R_UNIT, R_MISC };

static uint64_t seed;

/* ---- output -------------------------------------------------------- */

static void
die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("gen: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(2);
}

static void
buf_grow(Buf *b, size_t more)
{
    if (b->n + more + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 1 << 16;
    while (cap < b->n + more + 1)
        cap *= 2;
    b->p = realloc(b->p, cap);
    if (!b->p)
        die("out of memory");
    b->cap = cap;
}

static int depth; /* indentation of the next line, in units of 4 spaces */

/* One line at the current depth; an empty format gives an empty line. */
static void
line(Buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    int ind = *fmt ? 4 * depth : 0;
    buf_grow(b, (size_t)(ind + n + 1));
    memset(b->p + b->n, ' ', (size_t)ind);
    b->n += (size_t)ind;
    va_start(ap, fmt);
    vsnprintf(b->p + b->n, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->n += (size_t)n;
    b->p[b->n++] = '\n';
}

static long
count_lines(const Buf *b)
{
    long n = 0;
    for (size_t i = 0; i < b->n; i++)
        n += b->p[i] == '\n';
    return n;
}

/* ---- deterministic numbers ----------------------------------------- */

static uint64_t
mix64(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBull;
    x ^= x >> 31;
    return x;
}

/* A number in [0, n) for (what, i, k). */
static long
rnd(int what, long i, long k, long n)
{
    uint64_t h = mix64(seed ^ mix64((uint64_t)what * 0x9E3779B97F4A7C15ull ^
                                    mix64((uint64_t)i * 0x100000001B3ull + (uint64_t)k)));
    return n > 0 ? (long)(h % (uint64_t)n) : 0;
}

/* ---- the plan ------------------------------------------------------- */

typedef struct {
    long mod;    /* module, or -1 at the crate root */
    long callee; /* function called, or -1 (level 0) */
} Fn;

typedef struct {
    Knobs k;
    Fn *fn;
    long edit_fn;   /* function edited (literal, signature, closure), or -1 */
    long edit_gate; /* gated unit toggled, or -1 */
} Plan;

/* Unit u of n spread over the functions: its host. */
static long
host(const Plan *p, long u, long n)
{
    return (long)((long long)u * p->k.fns / n);
}

/* The units of n hosted by function i: [*lo, *hi). */
static void
hosted(const Plan *p, long i, long n, long *lo, long *hi)
{
    /* the smallest u with host(u) >= i, for i and i + 1 */
    long a = (long)(((long long)i * n + p->k.fns - 1) / p->k.fns);
    long b = (long)(((long long)(i + 1) * n + p->k.fns - 1) / p->k.fns);
    *lo = a < n ? a : n;
    *hi = b < n ? b : n;
}

static void
plan_make(Plan *p, const Knobs *k)
{
    p->k = *k;
    p->fn = calloc((size_t)k->fns, sizeof *p->fn);
    if (!p->fn)
        die("out of memory");
    for (long i = 0; i < k->fns; i++) {
        Fn *f = &p->fn[i];
        f->mod = k->mods > 0 ? (long)((long long)i * k->mods / k->fns) : -1;
        /* level i % 8 calls level i % 8 - 1: i - 1 - 8r, mostly nearby */
        f->callee = -1;
        if (i % 8 != 0) {
            long span = (i - 1) / 8 + 1;
            long r = rnd(R_CALLEE, i, 0, span < 24 ? span : 24);
            f->callee = i - 1 - 8 * r;
        }
    }
    p->edit_fn = -1;
    p->edit_gate = -1;
    switch (k->edit) {
    case EDIT_LITERAL:
    case EDIT_SIGNATURE:
    case EDIT_CLOSURE:
        p->edit_fn = k->edit_index >= 0 ? k->edit_index : k->fns / 2;
        if (p->edit_fn >= k->fns)
            die("--edit-index %ld: there are %ld fns", p->edit_fn, k->fns);
        break;
    case EDIT_CFG:
        if (k->cfg <= 0)
            die("--edit cfg needs --cfg C with C > 0");
        p->edit_gate = k->edit_index >= 0 ? k->edit_index : k->cfg / 2;
        if (p->edit_gate >= k->cfg)
            die("--edit-index %ld: there are %ld gated items", p->edit_gate, k->cfg);
        break;
    case EDIT_NONE:
    case EDIT_COMMENT:
        break;
    }
}

/* The path to item NAME<idx> of module `to`, written in module `from`. */
static const char *
path(long from, long to, const char *name, long idx)
{
    static char bufs[4][64];
    static int next;
    char *s = bufs[next++ & 3];
    if (to < 0 || from == to)
        snprintf(s, sizeof bufs[0], "%s%ld", name, idx);
    else if (from < 0)
        snprintf(s, sizeof bufs[0], "m%ld::%s%ld", to, name, idx);
    else
        snprintf(s, sizeof bufs[0], "crate::m%ld::%s%ld", to, name, idx);
    return s;
}

/* The module an item unit of n lives in: its host's. */
static long
unit_mod(const Plan *p, long u, long n)
{
    return p->fn[host(p, u, n)].mod;
}

/* ---- items ------------------------------------------------------------ */

static void
emit_struct(Buf *b, long s)
{
    line(b, "pub struct S%ld {", s);
    line(b, "    pub a: i64,");
    line(b, "    pub b: i32,");
    line(b, "    pub on: bool,");
    line(b, "}");
    line(b, "");
    line(b, "impl S%ld {", s);
    line(b, "    pub fn new(a: i64) -> S%ld {", s);
    line(b, "        S%ld { a, b: %ld, on: a %% 2 == 0 }", s, rnd(R_STRUCT, s, 0, 1000));
    line(b, "    }");
    line(b, "");
    line(b, "    pub fn get(&self) -> i64 {");
    line(b, "        if self.on {");
    line(b, "            self.a.wrapping_add(self.b as i64)");
    line(b, "        } else {");
    line(b, "            self.a ^ %ld", rnd(R_STRUCT, s, 1, 1000));
    line(b, "        }");
    line(b, "    }");
    line(b, "");
    line(b, "    pub fn bump(&mut self, d: i64) {");
    line(b, "        self.a = self.a.wrapping_add(d);");
    line(b, "        self.on = !self.on;");
    line(b, "    }");
    line(b, "}");
    line(b, "");
}

static void
emit_generic(Buf *b, long g)
{
    long lit = rnd(R_GENERIC, g, 0, 1000);
    if (g % 2 == 0) {
        line(b, "pub fn apply%ld<F: Fn(i64) -> i64>(f: F, v: i64) -> i64 {", g);
        line(b, "    f(v).wrapping_add(%ld)", lit);
    } else {
        line(b, "pub fn apply%ld<F>(f: F, v: i64) -> i64", g);
        line(b, "where");
        line(b, "    F: Fn(i64) -> i64,");
        line(b, "{");
        line(b, "    f(f(v) ^ %ld)", lit);
    }
    line(b, "}");
    line(b, "");
}

static void
emit_async(Buf *b, long a)
{
    line(b, "pub async fn af%ld(x: i64) -> i64 {", a);
    line(b, "    let c = async |y: i64| y.wrapping_add(%ld);", rnd(R_UNIT, a, 0, 1000));
    line(b, "    c(x).await");
    line(b, "}");
    line(b, "");
}

static void
emit_gated(Buf *b, const Plan *p, long c)
{
    line(b, p->edit_gate == c ? "#[cfg(not(feature_x))]" : "#[cfg(feature_x)]");
    line(b, "pub fn gated%ld(x: i64) -> i64 {", c);
    line(b, "    x.wrapping_mul(%ld).wrapping_add(1)", 2 + rnd(R_UNIT, c, 1, 50));
    line(b, "}");
    line(b, "");
}

/* ---- function bodies -------------------------------------------------- */

/* Closure k of function i, of kind t, then its use. */
static void
emit_closure(Buf *b, long i, long k, long t)
{
    long n = 1 + rnd(R_CLOSURE, i, 2 * k, 97), m = rnd(R_CLOSURE, i, 2 * k + 1, 1000);
    switch (t) {
    case 0: /* plain */
        line(b, "let c%ld = |a: i64| a.wrapping_mul(%ld).wrapping_add(%ld);", k, n, m);
        line(b, "acc = acc.wrapping_add(c%ld(acc));", k);
        break;
    case 1: /* move, with a nested closure capturing x */
        line(b, "let c%ld = move |a: i64| {", k);
        line(b, "    let inner = |b: i64| b.wrapping_add(x);");
        line(b, "    inner(a) ^ %ld", m);
        line(b, "};");
        line(b, "acc = acc.wrapping_add(c%ld(acc));", k);
        break;
    case 2: /* FnMut: captures a counter by mutable reference */
        line(b, "let mut h%ld: i64 = 0;", k);
        line(b, "let mut c%ld = |d: i64| {", k);
        line(b, "    h%ld = h%ld.wrapping_add(d);", k, k);
        line(b, "};");
        line(b, "c%ld(acc %% %ld);", k, n);
        line(b, "c%ld(%ld);", k, m);
        line(b, "acc = acc.wrapping_add(h%ld);", k);
        break;
    case 3: /* nested two deep, the inner ones capturing the outer's parameter */
        line(b, "let c%ld = |a: i64| {", k);
        line(b, "    let m = |b: i64| {");
        line(b, "        let n = |c: i64| c ^ %ld;", m);
        line(b, "        n(b).wrapping_add(a)");
        line(b, "    };");
        line(b, "    m(a)");
        line(b, "};");
        line(b, "acc = acc.wrapping_add(c%ld(acc));", k);
        break;
    default: /* captures a local by shared reference */
        line(b, "let base%ld = acc;", k);
        line(b, "let c%ld = |a: i64| a.wrapping_sub(base%ld).wrapping_mul(%ld);", k, k, n);
        line(b, "acc = acc.wrapping_add(c%ld(small as i64));", k);
        break;
    }
}

static void
emit_chain(Buf *b, long i, long k)
{
    long n = rnd(R_CHAIN, i, 2 * k, 1000), m = 1 + rnd(R_CHAIN, i, 2 * k + 1, 100);
    switch ((i + k) % 3) {
    case 0:
        line(b, "let o%ld: Option<i64> = Some(acc)", k);
        line(b, "    .map(|v| v.wrapping_add(%ld))", n);
        line(b, "    .and_then(|v| if v %% 2 == 0 { Some(v) } else { None });");
        line(b, "acc = acc.wrapping_add(o%ld.unwrap_or(%ld));", k, m);
        break;
    case 1:
        line(b, "let o%ld: Option<i64> = if flag { Some(small as i64) } else { None };", k);
        line(b, "match o%ld.map(|v| v.wrapping_mul(%ld)) {", k, m);
        line(b, "    Some(v) => {");
        line(b, "        acc = acc.wrapping_add(v);");
        line(b, "    }");
        line(b, "    None => {");
        line(b, "        acc = acc.wrapping_sub(%ld);", n);
        line(b, "    }");
        line(b, "}");
        break;
    default:
        line(b, "let o%ld = Some(acc ^ %ld)", k, n);
        line(b, "    .and_then(|v| if v > %ld { Some(v.wrapping_sub(%ld)) } else { None })", m, m);
        line(b, "    .map(|v| v %% 1000);");
        line(b, "if o%ld.is_some() {", k);
        line(b, "    acc = acc.wrapping_add(o%ld.unwrap_or(0));", k);
        line(b, "}");
        break;
    }
}

static void
emit_fn(Buf *b, const Plan *p, long i)
{
    const Knobs *k = &p->k;
    long mod = p->fn[i].mod, lo, hi;
    long lit = rnd(R_LIT, i, 0, 1000);
    if (p->edit_fn == i && k->edit == EDIT_LITERAL)
        lit = (lit + 1) % 1000;
    if (p->edit_fn == i && k->edit == EDIT_SIGNATURE)
        line(b, "pub fn f%ld(x: i64, _e: i64) -> i64 {", i);
    else
        line(b, "pub fn f%ld(x: i64) -> i64 {", i);
    depth++;
    line(b, "let mut acc: i64 = x.wrapping_add(%ld);", lit);
    line(b, "let small: i32 = (acc %% %ld) as i32;", 10 + rnd(R_MISC, i, 0, 990));
    line(b, "let flag: bool = small > %ld;", rnd(R_MISC, i, 1, 100));

    for (long c = 0; c < k->closures; c++)
        emit_closure(b, i, c, (i + c) % 5);
    if (p->edit_fn == i && k->edit == EDIT_CLOSURE) {
        line(b, "let added = |a: i64| a.wrapping_mul(7).wrapping_add(1);");
        line(b, "acc = acc.wrapping_add(added(acc));");
    }
    for (long c = 0; c < k->chains; c++)
        emit_chain(b, i, c);

    /* the structs hosted here, or one at random */
    if (k->structs > 0) {
        hosted(p, i, k->structs, &lo, &hi);
        if (lo == hi) {
            lo = rnd(R_STRUCT, i, 2, k->structs);
            hi = lo + 1;
        }
        for (long s = lo; s < hi; s++) {
            const char *ty = path(mod, unit_mod(p, s, k->structs), "S", s);
            line(b, "let mut s%ld = %s::new(acc);", s, ty);
            line(b, "s%ld.bump(%ld);", s, rnd(R_STRUCT, i, 3, 100));
            line(b, "acc = acc.wrapping_add(s%ld.get());", s);
        }
    }

    /* the generic fns hosted here, or one at random, with a closure each */
    if (k->generic > 0) {
        hosted(p, i, k->generic, &lo, &hi);
        if (lo == hi) {
            lo = rnd(R_GENERIC, i, 1, k->generic);
            hi = lo + 1;
        }
        for (long g = lo; g < hi; g++) {
            const char *fn = path(mod, unit_mod(p, g, k->generic), "apply", g);
            long n = 1 + rnd(R_GENERIC, i, 2, 30);
            if (g % 2 == 0)
                line(b, "acc = %s(|v| v.wrapping_mul(%ld).wrapping_add(x), acc);", fn, n);
            else
                line(b, "acc = %s(|v: i64| v ^ %ld, acc);", fn, n);
        }
    }

    long n = 3 + rnd(R_VEC, i, 0, 4);
    line(b, "let mut v: Vec<i64> = Vec::new();");
    line(b, "for k in 0..%ld {", n);
    line(b, "    v.push(acc.wrapping_add(k));");
    line(b, "}");
    line(b, "if v.len() > %ld {", 2 + rnd(R_VEC, i, 1, 4));
    line(b, "    acc = acc.wrapping_add(v.len() as i64);");
    line(b, "} else {");
    line(b, "    acc = acc.wrapping_sub(1);");
    line(b, "}");

    long j = p->fn[i].callee;
    if (j >= 0) {
        const char *fn = path(mod, p->fn[j].mod, "f", j);
        if (p->edit_fn == j && k->edit == EDIT_SIGNATURE)
            line(b, "acc = acc.wrapping_add(%s(acc %% 1000, 1));", fn);
        else
            line(b, "acc = acc.wrapping_add(%s(acc %% 1000));", fn);
    }

    if (k->async > 0) {
        hosted(p, i, k->async, &lo, &hi);
        for (long a = lo; a < hi; a++) {
            line(b, "let ac%ld = async |y: i64| y.wrapping_add(%ld);", a, rnd(R_UNIT, a, 2, 1000));
            line(b, "let _fut%ld = ac%ld(acc);", a, a);
            line(b, "let _af%ld = af%ld(acc);", a, a);
        }
    }
    if (k->cfg > 0) {
        hosted(p, i, k->cfg, &lo, &hi);
        for (long c = lo; c < hi; c++) {
            line(b, "#[cfg(feature_x)]");
            line(b, "{");
            line(b, "    acc = acc.wrapping_add(gated%ld(acc));", c);
            line(b, "}");
        }
    }

    line(b, "if flag {");
    line(b, "    acc = acc.wrapping_add(small as i64);");
    line(b, "}");
    line(b, "acc");
    depth--;
    line(b, "}");
    line(b, "");
}

/* Function i with the items it hosts in front of it. */
static void
emit_unit(Buf *b, const Plan *p, long i)
{
    const Knobs *k = &p->k;
    long lo, hi;
    if (k->structs > 0) {
        hosted(p, i, k->structs, &lo, &hi);
        for (long s = lo; s < hi; s++)
            emit_struct(b, s);
    }
    if (k->generic > 0) {
        hosted(p, i, k->generic, &lo, &hi);
        for (long g = lo; g < hi; g++)
            emit_generic(b, g);
    }
    if (k->async > 0) {
        hosted(p, i, k->async, &lo, &hi);
        for (long a = lo; a < hi; a++)
            emit_async(b, a);
    }
    if (k->cfg > 0) {
        hosted(p, i, k->cfg, &lo, &hi);
        for (long c = lo; c < hi; c++)
            emit_gated(b, p, c);
    }
    emit_fn(b, p, i);
}

static void
emit_crate(Buf *b, const Plan *p)
{
    const Knobs *k = &p->k;
    depth = 0;
    if (k->edit == EDIT_COMMENT)
        line(b, "// a comment inserted by bench/gen --edit comment");
    line(b, "// generated by bench/gen: --fns %ld --closures %ld --chains %ld --structs %ld"
            " --generic %ld --async %ld --cfg %ld --mods %ld --seed %llu",
         k->fns, k->closures, k->chains, k->structs, k->generic, k->async, k->cfg, k->mods,
         (unsigned long long)k->seed);
    line(b, "// rustc --edition 2021 [--cfg feature_x]; prints a checksum");
    line(b, "#![allow(dead_code, unused_variables, unused_mut, unused_assignments, "
            "unexpected_cfgs)]");
    line(b, "");
    for (long i = 0; i < k->fns;) {
        long mod = p->fn[i].mod;
        if (mod >= 0) {
            line(b, "mod m%ld {", mod);
            depth++;
        }
        for (; i < k->fns && p->fn[i].mod == mod; i++)
            emit_unit(b, p, i);
        if (mod >= 0) {
            b->n--; /* no blank line before the closing brace */
            depth--;
            line(b, "}");
            line(b, "");
        }
    }
    line(b, "fn main() {");
    depth++;
    line(b, "let mut total: i64 = 0;");
    for (long i = 0; i < k->fns; i++) {
        const char *fn = path(-1, p->fn[i].mod, "f", i);
        if (p->edit_fn == i && k->edit == EDIT_SIGNATURE)
            line(b, "total = total.wrapping_add(%s(total %% 1000, 1));", fn);
        else
            line(b, "total = total.wrapping_add(%s(total %% 1000));", fn);
    }
    line(b, "println!(\"{}\", total);");
    depth--;
    line(b, "}");
}

/* ---- knobs ---------------------------------------------------------- */

/* The default mix for N fns, in every knob not given. */
static Knobs
knobs_resolve(Knobs k, long fns)
{
    k.fns = fns;
    if (k.closures < 0)
        k.closures = 3;
    if (k.chains < 0)
        k.chains = 2;
    if (k.structs < 0)
        k.structs = fns / 8 > 0 ? fns / 8 : 1;
    if (k.generic < 0)
        k.generic = fns / 16 > 0 ? fns / 16 : 1;
    if (k.async < 0)
        k.async = fns / 16 > 0 ? fns / 16 : 1;
    if (k.cfg < 0)
        k.cfg = fns / 16 > 0 ? fns / 16 : 1;
    if (k.mods < 0)
        k.mods = fns >= 80 ? fns / 40 : fns >= 2 ? 2 : 0;
    if (k.mods > fns)
        k.mods = fns;
    return k;
}

static long
lines_for(const Knobs *k, long fns, Buf *b)
{
    Knobs r = knobs_resolve(*k, fns);
    r.edit = EDIT_NONE;
    Plan p;
    plan_make(&p, &r);
    b->n = 0;
    emit_crate(b, &p);
    free(p.fn);
    return count_lines(b);
}

/* The fns count whose crate is nearest to k->lines lines, by bisection. */
static long
fns_for_lines(const Knobs *k)
{
    Buf b = {0};
    long lo = 1, hi = 2;
    while (lines_for(k, hi, &b) < k->lines)
        hi *= 2;
    while (hi - lo > 1) {
        long mid = lo + (hi - lo) / 2;
        if (lines_for(k, mid, &b) < k->lines)
            lo = mid;
        else
            hi = mid;
    }
    long best = k->lines - lines_for(k, lo, &b) <= lines_for(k, hi, &b) - k->lines ? lo : hi;
    free(b.p);
    return best;
}

static long
num(const char *flag, const char *s)
{
    char *end;
    errno = 0;
    long v = s ? strtol(s, &end, 10) : -1;
    if (!s || errno || *end || v < 0)
        die("%s needs a number >= 0", flag);
    return v;
}

static void
usage(void)
{
    fputs("usage: gen [--fns N] [--closures K] [--chains L] [--structs S] [--generic G]\n"
          "           [--async A] [--cfg C] [--mods M] [--lines N] [--seed X]\n"
          "           [--edit literal|signature|comment|cfg|closure] [--edit-index I]\n"
          "           [-o FILE]\n",
          stderr);
    exit(2);
}

int
main(int argc, char **argv)
{
    Knobs k = {-1, -1, -1, -1, -1, -1, -1, -1, -1, 1, EDIT_NONE, -1};
    const char *out = NULL;
    for (int a = 1; a < argc; a++) {
        const char *f = argv[a], *v = a + 1 < argc ? argv[a + 1] : NULL;
        long *slot = !strcmp(f, "--fns")        ? &k.fns
                     : !strcmp(f, "--closures") ? &k.closures
                     : !strcmp(f, "--chains")   ? &k.chains
                     : !strcmp(f, "--structs")  ? &k.structs
                     : !strcmp(f, "--generic")  ? &k.generic
                     : !strcmp(f, "--async")    ? &k.async
                     : !strcmp(f, "--cfg")      ? &k.cfg
                     : !strcmp(f, "--mods")     ? &k.mods
                     : !strcmp(f, "--lines")    ? &k.lines
                     : !strcmp(f, "--edit-index") ? &k.edit_index
                                                  : NULL;
        if (slot) {
            *slot = num(f, v);
            a++;
        } else if (!strcmp(f, "--seed")) {
            k.seed = (uint64_t)num(f, v);
            a++;
        } else if (!strcmp(f, "--edit")) {
            int e = EDIT_NONE + 1;
            while (e <= EDIT_CLOSURE && !(v && !strcmp(v, edit_names[e])))
                e++;
            if (e > EDIT_CLOSURE)
                die("--edit: literal, signature, comment, cfg or closure");
            k.edit = (Edit)e;
            a++;
        } else if (!strcmp(f, "-o") && v) {
            out = v;
            a++;
        } else {
            usage();
        }
    }
    seed = mix64(k.seed + 0x5eed);
    if (k.fns == 0)
        die("--fns must be at least 1");

    long fns = k.fns > 0 ? k.fns : k.lines > 0 ? fns_for_lines(&k) : 100;
    Knobs r = knobs_resolve(k, fns);
    Plan p;
    plan_make(&p, &r);
    Buf b = {0};
    emit_crate(&b, &p);

    FILE *fp = out ? fopen(out, "w") : stdout;
    if (!fp)
        die("%s: %s", out, strerror(errno));
    if (fwrite(b.p, 1, b.n, fp) != b.n || (out ? fclose(fp) : fflush(fp)) != 0)
        die("%s: write failed", out ? out : "stdout");
    free(b.p);
    free(p.fn);
    return 0;
}
