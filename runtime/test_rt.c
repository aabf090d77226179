/*
 * test_rt.c — the runtime's test program, driven by test.sh. Each mode prints what the same
 * mode of test_rt.rs prints when built by rustc (test.sh compares them):
 *
 *   unit             direct checks of the runtime, one "ok NAME" / "FAIL NAME ..." line each
 *   float-cases      the float cases (one per line: `d|f HEXBITS TOKEN...`, a TOKEN being
 *                    d = {}, g = {:?}, N = {:.N}, N? = {:.N?}), from a fixed seed
 *   float FILE       FILE's cases formatted, one line per token
 *   unicode          per scalar value: Debug as char and as str, case mappings, properties
 *   panic N          panic number N, at the location test_rt.rs has it
 *   partial | interleave | yes | eyes | oom   see test_rt.rs
 */
#define _POSIX_C_SOURCE 200809L

#include "smelt_rt.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ output */

static void
out(const void *p, size_t n)
{
    smelt_rt_write_stdout((const uint8_t *)p, n);
}

static void
outs(const char *s)
{
    out(s, strlen(s));
}

/* ------------------------------------------------------------------ floats */

static uint64_t rng_state = 0x736d656c74727431ull; /* fixed: the expected file depends on it */

static uint64_t
rng(void)
{
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static uint64_t
bits64(double v)
{
    uint64_t b;
    memcpy(&b, &v, sizeof b);
    return b;
}

static uint32_t
bits32(float v)
{
    uint32_t b;
    memcpy(&b, &v, sizeof b);
    return b;
}

static const char *const TOK_G = "g";
static const char *const TOK_DG = "d g";
static const char *const TOK_FEW = "d g 0 1 3 17 3?";
static const char *const TOK_ALL =
    "d g 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 0? 1? 2? 7? 20?";
static const char *const TOK_BIG = "d g 25 50 100 330 767 1074 1075 1100 1101 1500";

static void
case_d(double v, const char *toks)
{
    printf("d %016llx %s\n", (unsigned long long)bits64(v), toks);
}

static void
case_f(float v, const char *toks)
{
    printf("f %08lx %s\n", (unsigned long)bits32(v), toks);
}

static double
d_of(uint64_t b)
{
    double v;
    memcpy(&v, &b, sizeof v);
    return v;
}

static float
f_of(uint32_t b)
{
    float v;
    memcpy(&v, &b, sizeof v);
    return v;
}

/* a random decimal with 1..maxdig significant digits and exponent in [-ex, ex] */
static const char *
random_decimal(int maxdig, int ex)
{
    static char buf[64];
    int nd = 1 + (int)(rng() % (uint64_t)maxdig);
    int n = 0;
    for (int i = 0; i < nd; i++)
        buf[n++] = (char)('0' + (i == 0 ? 1 + rng() % 9 : rng() % 10));
    snprintf(buf + n, sizeof buf - (size_t)n, "e%d", (int)(rng() % (uint64_t)(2 * ex + 1)) - ex);
    return buf;
}

static void
float_cases(void)
{
    /* f64: specials */
    static const double specials[] = {
        0.0, 1.0, 0.1, 0.2, 0.3, 0.5, 1.5, 2.5, 0.25, 0.35, 0.05, 0.125, 0.375, 9.5, 99.5, 0.95,
        0.005, 0.045, 1.0 / 3, 2.0 / 3, 3.141592653589793, 2.718281828459045, 100.0, 1e15,
        1e16, 1e17, 1e21, 1e22, 1e23, 123456789.0, 9007199254740992.0, 9007199254740993.0,
        9007199254740994.0, 18014398509481984.0, 1.7976931348623157e308, 2.2250738585072014e-308,
        2.225073858507201e-308, 4.9406564584124654e-324, 2.220446049250313e-16, 5e-324, 1e-323,
        1e-4, 1e-5, 9.999999999999999e-5, 1.0000000000000001e-4, 9999999999999998.0,
        1125899906842624.25, 1125899906842624.75, 1125899906842625.25,
    };
    for (size_t i = 0; i < sizeof specials / sizeof specials[0]; i++) {
        case_d(specials[i], TOK_ALL);
        case_d(-specials[i], TOK_FEW);
    }
    case_d(INFINITY, TOK_ALL);
    case_d(-INFINITY, TOK_FEW);
    case_d(NAN, TOK_ALL);
    case_d(d_of(0xfff8000000000001ull), TOK_FEW); /* negative NaN with payload */
    case_d(d_of(0x7ff0000000000001ull), TOK_DG);  /* signalling NaN */
    /* f64: powers of ten and their neighbours */
    for (int e = -325; e <= 309; e++) {
        char s[16];
        snprintf(s, sizeof s, "1e%d", e);
        double v = strtod(s, NULL);
        case_d(v, e >= -30 && e <= 30 ? TOK_FEW : (e % 10 == 0 ? TOK_DG : TOK_G));
        case_d(nextafter(v, 0), TOK_G);
        case_d(nextafter(v, INFINITY), TOK_G);
    }
    /* f64: every power of two, the largest odd neighbour below some */
    for (int e = -1074; e <= 1023; e++) {
        double v = ldexp(1.0, e);
        case_d(v, e % 16 == 0 || (e >= -40 && e <= 60) ? TOK_DG : TOK_G);
        if (e % 7 == 0)
            case_d(nextafter(v, 0), TOK_G);
    }
    /* f64: subnormals */
    for (uint64_t m = 1; m < 64; m++)
        case_d(d_of(m), m < 8 ? TOK_DG : TOK_G);
    for (int i = 0; i < 100; i++)
        case_d(d_of(rng() & 0x000fffffffffffffull), TOK_G);
    /* f64: random bit patterns */
    for (int i = 0; i < 3000; i++)
        case_d(d_of(rng()), i < 200 ? TOK_FEW : TOK_G);
    /* f64: random short decimals (shortest output, rounding at every precision) */
    for (int i = 0; i < 1500; i++) {
        double v = strtod(random_decimal(17, 25), NULL);
        case_d(v, i < 300 ? TOK_ALL : TOK_FEW);
    }
    for (int i = 0; i < 600; i++)
        case_d(strtod(random_decimal(6, 8), NULL), TOK_ALL);
    /* f64: exact binary fractions n / 2^j: ties for {:.N} */
    for (int i = 0; i < 400; i++) {
        double v = ldexp((double)(rng() % 2000000), -(int)(1 + rng() % 14));
        case_d(v, TOK_ALL);
    }
    /* f64: ties of shortest digits (ulp 1/4, 1/8 ...: x.25 lies between x.2 and x.3) */
    for (int i = 0; i < 200; i++) {
        int sh = 2 + (int)(rng() % 6);
        double base = ldexp(1.0, 52 - sh);
        double v = base + ldexp((double)(rng() % (1ull << 40)), 0) + ldexp((double)(1 + 2 * (rng() % 4)), -sh);
        case_d(v, TOK_DG);
    }
    /* f64: integers near 2^53 and large exact integers */
    for (int i = -20; i <= 20; i++)
        case_d(9007199254740992.0 + 2.0 * i, "d g 0");
    for (int i = 0; i < 100; i++)
        case_d((double)(rng() >> (rng() % 64)), "d g 0 2");
    for (int i = 0; i < 300; i++) /* integers below 2^53, with trailing zeros too */
        case_d((double)(rng() >> (11 + rng() % 53)) * (i % 3 ? 1.0 : 1000.0), TOK_DG);
    /* f64: large precisions */
    static const double big[] = {5e-324, 0.1, 1.0 / 3, 1e-300, 2.2250738585072014e-308,
                                 1.7976931348623157e308, 123.456, 0.0};
    for (size_t i = 0; i < sizeof big / sizeof big[0]; i++)
        case_d(big[i], TOK_BIG);
    case_d(-5e-324, TOK_BIG);
    case_d(INFINITY, TOK_BIG);
    case_d(NAN, TOK_BIG);

    /* f32: specials */
    static const float fspecials[] = {
        0.0f, 1.0f, 0.1f, 0.2f, 0.3f, 0.5f, 1.5f, 2.5f, 0.25f, 0.35f, 0.05f, 16777216.0f,
        16777217.0f, 3.4028235e38f, 1.1754944e-38f, 1e-45f, 1.4e-45f, 1.1920929e-7f, 1e-4f,
        1e-5f, 9.9999e-5f, 1e16f, 1e15f, 9.999999e15f, 2097152.25f, 2097152.75f, 3.1415927f,
        1.0f / 3,
    };
    for (size_t i = 0; i < sizeof fspecials / sizeof fspecials[0]; i++) {
        case_f(fspecials[i], TOK_ALL);
        case_f(-fspecials[i], TOK_FEW);
    }
    case_f(INFINITY, TOK_ALL);
    case_f(-INFINITY, TOK_FEW);
    case_f(NAN, TOK_ALL);
    for (int e = -46; e <= 39; e++) {
        char s[16];
        snprintf(s, sizeof s, "1e%d", e);
        float v = strtof(s, NULL);
        case_f(v, TOK_FEW);
        case_f(nextafterf(v, 0), TOK_G);
        case_f(nextafterf(v, INFINITY), TOK_G);
    }
    for (int e = -149; e <= 127; e++) {
        float v = ldexpf(1.0f, e);
        case_f(v, TOK_DG);
        case_f(nextafterf(v, 0), TOK_G);
        case_f(nextafterf(v, INFINITY), TOK_G);
    }
    for (uint32_t m = 1; m < 64; m++)
        case_f(f_of(m), TOK_DG);
    for (int i = 0; i < 300; i++) /* integers, below 2^24 and above */
        case_f((float)(rng() >> (rng() % 64)) * (i % 3 ? 1.0f : 100.0f), TOK_DG);
    for (int i = 0; i < 4000; i++)
        case_f(f_of((uint32_t)rng()), i < 300 ? TOK_FEW : (i < 1500 ? TOK_DG : TOK_G));
    for (int i = 0; i < 800; i++)
        case_f(strtof(random_decimal(9, 12), NULL), i < 300 ? TOK_ALL : TOK_FEW);
    for (int i = 0; i < 300; i++) {
        int sh = 2 + (int)(rng() % 4);
        float v = ldexpf(1.0f, 23 - sh) + (float)(rng() % (1u << 16)) +
                  ldexpf((float)(1 + 2 * (rng() % 4)), -sh);
        case_f(v, TOK_DG);
    }
    case_f(1e-45f, TOK_BIG);
    case_f(3.4028235e38f, TOK_BIG);
}

static char fbuf[SMELT_RT_FLOAT_BUF + 1];

static void
float_format_file(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        exit(2);
    }
    char line[512];
    while (fgets(line, sizeof line, f)) {
        char *save = NULL;
        char *ty = strtok_r(line, " \n", &save);
        char *hex = strtok_r(NULL, " \n", &save);
        if (!ty || !hex)
            continue;
        unsigned long long b = strtoull(hex, NULL, 16);
        double d = d_of(b);
        float fl = f_of((uint32_t)b);
        bool finite = ty[0] == 'd' ? isfinite(d) : isfinite(fl);
        for (char *tok; (tok = strtok_r(NULL, " \n", &save)) != NULL;) {
            int32_t prec = -1;
            bool debug = false;
            if (!strcmp(tok, "g"))
                debug = true;
            else if (strcmp(tok, "d") != 0) {
                prec = (int32_t)strtol(tok, NULL, 10);
                debug = tok[strlen(tok) - 1] == '?';
            }
            size_t n;
            if (ty[0] == 'd')
                n = debug ? smelt_rt_f64_debug(d, prec, fbuf) : smelt_rt_f64_display(d, prec, fbuf);
            else
                n = debug ? smelt_rt_f32_debug(fl, prec, fbuf) : smelt_rt_f32_display(fl, prec, fbuf);
            if (n > SMELT_RT_FLOAT_BUF) {
                fprintf(stderr, "buffer overrun: %zu\n", n);
                abort();
            }
            out(fbuf, n);
            for (size_t z = smelt_rt_float_extra_zeros(finite, prec); z > 0; z--)
                out("0", 1);
            out("\n", 1);
        }
    }
    fclose(f);
}

/* ----------------------------------------------------------------- unicode */

static void
put_hexs(const uint32_t *m, size_t n, uint32_t c)
{
    char b[16];
    if (n == 1 && m[0] == c) {
        out("-", 1);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        int len = snprintf(b, sizeof b, i ? ",%lx" : "%lx", (unsigned long)m[i]);
        out(b, (size_t)len);
    }
}

/* lowercases s and reports whether its char number idx (or its last, idx < 0) is 'ς' */
static char
sigma(const uint8_t *s, size_t n, int idx)
{
    uint8_t low[64];
    size_t len = smelt_rt_str_to_lower(s, n, low);
    /* walk chars */
    uint32_t chars[16];
    int count = 0;
    for (size_t i = 0; i < len;) {
        uint32_t c = low[i];
        int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
        c &= extra == 0 ? 0x7F : extra == 1 ? 0x1F : extra == 2 ? 0x0F : 0x07;
        for (int k = 1; k <= extra; k++)
            c = (c << 6) | (low[i + (size_t)k] & 0x3F);
        i += (size_t)extra + 1;
        chars[count++] = c;
    }
    uint32_t c = idx < 0 ? chars[count - 1] : chars[idx];
    return c == 0x3C2 ? 'f' : 's';
}

static void
unicode_dump(void)
{
    char esc[16];
    char b[64];
    for (uint32_t c = 0; c <= 0x10FFFF; c++) {
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        int len = snprintf(b, sizeof b, "%lx\t'", (unsigned long)c);
        out(b, (size_t)len);
        out(esc, smelt_rt_escape_debug_char(c, false, esc));
        out("'\t\"", 3);
        out(esc, smelt_rt_escape_debug_char(c, true, esc));
        out("\"\t", 2);
        uint32_t m[3];
        put_hexs(m, smelt_rt_to_upper(c, m), c);
        out("\t", 1);
        put_hexs(m, smelt_rt_to_lower(c, m), c);
        len = snprintf(b, sizeof b, "\t%d%d%d%d\t", smelt_rt_is_alphabetic(c),
                       smelt_rt_is_numeric(c), smelt_rt_is_lowercase(c), smelt_rt_is_uppercase(c));
        out(b, (size_t)len);
        uint8_t u[4], s[16];
        size_t un = smelt_rt_utf8_encode(c, u);
        static const uint8_t SIG[2] = {0xCE, 0xA3};
        size_t n = 0;
        s[n++] = 'A';
        memcpy(s + n, u, un), n += un;
        memcpy(s + n, SIG, 2), n += 2;
        char r[4] = {sigma(s, n, -1), 0, 0, 0};
        n = 0;
        s[n++] = 'A';
        memcpy(s + n, SIG, 2), n += 2;
        memcpy(s + n, u, un), n += un;
        r[1] = sigma(s, n, 1);
        n = 0;
        memcpy(s + n, u, un), n += un;
        memcpy(s + n, SIG, 2), n += 2;
        r[2] = sigma(s, n, -1);
        out(r, 3);
        out("\t", 1);
        memcpy(s, u, un);
        memcpy(s + un, u, un);
        uint8_t up[24];
        size_t upn = smelt_rt_str_to_upper(s, 2 * un, up);
        out("\"", 1);
        for (size_t i = 0; i < upn;) { /* Debug of the str */
            size_t k = i + 1;
            while (k < upn && (up[k] & 0xC0) == 0x80)
                k++;
            uint32_t ch = up[i] < 0x80 ? up[i] : up[i] < 0xE0 ? up[i] & 0x1Fu : up[i] < 0xF0 ? up[i] & 0x0Fu : up[i] & 0x07u;
            for (size_t j = i + 1; j < k; j++)
                ch = (ch << 6) | (up[j] & 0x3Fu);
            out(esc, smelt_rt_escape_debug_char(ch, true, esc));
            i = k;
        }
        out("\"\n", 2);
    }
}

/* -------------------------------------------------------------- interleave */

static void
err(const char *s)
{
    smelt_rt_write_stderr((const uint8_t *)s, strlen(s));
}

static void
outn(char c, size_t n)
{
    char b[3000];
    memset(b, c, n);
    out(b, n);
}

static void
interleave(void)
{
    outs("a"); err("1\n");
    outs("b\nc"); err("2\n");
    outn('x', 3000); err("3\n");
    outs("d\n"); err("4\n");
    outs("e"); outs("f\n"); err("5\n");
    outs("g\n"); outs("h"); err("6\n");
    outn('y', 1000); err("7\n");
    outn('z', 100); err("8\n");
    outs("1\n2\n3"); outn('w', 1023); err("9\n");
    outs("\n"); err("10\n");
    outs("end"); err("11\n");
}

/* ------------------------------------------------------------------ panics */

/* the panics of test_rt.rs's `panics`, at its lines and columns */
static const char RS[] = "test_rt.rs";

_Noreturn static void
panic_case(int n)
{
    switch (n) {
    case 1: smelt_rt_panic_str("explicit", RS, 198, 14);
    case 2: smelt_rt_panic_add_overflow(RS, 199, 26);
    case 3: smelt_rt_panic_sub_overflow(RS, 200, 26);
    case 4: smelt_rt_panic_mul_overflow(RS, 201, 26);
    case 5: smelt_rt_panic_neg_overflow(RS, 202, 26);
    case 6: smelt_rt_panic_shl_overflow(RS, 203, 26);
    case 7: smelt_rt_panic_shr_overflow(RS, 204, 26);
    case 8: smelt_rt_panic_div_by_zero(RS, 205, 26);
    case 9: smelt_rt_panic_rem_by_zero(RS, 206, 26);
    case 10: smelt_rt_panic_div_overflow(RS, 207, 27);
    case 11: smelt_rt_panic_rem_overflow(RS, 208, 27);
    /* a Vec index (overloaded Index) panics at its `[`, an array or slice index at the
     * start of the indexed expression */
    case 12: smelt_rt_panic_bounds(5, 3, RS, 209, 28);
    case 13: smelt_rt_panic_bounds(SIZE_MAX, 3, RS, 210, 28);
    case 14: smelt_rt_panic_str("", RS, 211, 15);
    case 15: smelt_rt_panic_str("multi\nline\n", RS, 212, 15);
    case 16: smelt_rt_panic_str("ünïcödé ✓", RS, 213, 15);
    case 17: smelt_rt_panic_bounds(7, 3, RS, 214, 27);
    default: exit(0);
    }
}

/* -------------------------------------------------------------------- unit */

static int unit_failed;

static void
check(bool ok, const char *name)
{
    printf("%s %s\n", ok ? "ok" : "FAIL", name);
    if (!ok)
        unit_failed++;
}

static bool
fmt_is(size_t (*fn)(double, int32_t, char *), double v, int32_t prec, const char *want)
{
    char b[SMELT_RT_FLOAT_BUF];
    size_t n = fn(v, prec, b);
    bool ok = n == strlen(want) && memcmp(b, want, n) == 0;
    if (!ok)
        printf("  got \"%.*s\", want \"%s\"\n", (int)n, b, want);
    return ok;
}

static bool
esc_is(uint32_t c, bool in_str, const char *want)
{
    char b[16];
    size_t n = smelt_rt_escape_debug_char(c, in_str, b);
    return n == strlen(want) && memcmp(b, want, n) == 0;
}

static void
unit(void)
{
    /* memory */
    void *z = smelt_rt_alloc(0, 8);
    check(z == (void *)8, "alloc(0, 8) is dangling 8");
    smelt_rt_free(z, 0, 8);
    bool aligned = true;
    for (size_t align = 1; align <= 4096; align *= 2) {
        for (size_t size = 1; size <= 8192; size = size * 3 + 1) {
            unsigned char *p = smelt_rt_alloc(size, align);
            aligned &= ((uintptr_t)p % align) == 0;
            memset(p, 0xAB, size);
            unsigned char *q = smelt_rt_realloc(p, size, align, size * 2 + 5);
            aligned &= ((uintptr_t)q % align) == 0 && q[0] == 0xAB && q[size - 1] == 0xAB;
            q = smelt_rt_realloc(q, size * 2 + 5, align, 1);
            aligned &= ((uintptr_t)q % align) == 0 && q[0] == 0xAB;
            smelt_rt_free(q, 1, align);
            unsigned char *zz = smelt_rt_alloc_zeroed(size, align);
            aligned &= ((uintptr_t)zz % align) == 0 && zz[0] == 0 && zz[size - 1] == 0;
            smelt_rt_free(zz, size, align);
        }
    }
    check(aligned, "alloc/realloc/alloc_zeroed: aligned, contents kept");
    void *r = smelt_rt_realloc((void *)16, 0, 16, 100);
    r = smelt_rt_realloc(r, 100, 16, 0);
    check(r == (void *)16, "realloc from and to size 0");

    /* floats (also checked against rustc by test.sh; these hold without it) */
    check(fmt_is(smelt_rt_f64_display, -0.0, -1, "-0"), "f64 {} -0.0");
    check(fmt_is(smelt_rt_f64_debug, -0.0, -1, "-0.0"), "f64 {:?} -0.0");
    check(fmt_is(smelt_rt_f64_debug, 1e16, -1, "1e16"), "f64 {:?} 1e16");
    check(fmt_is(smelt_rt_f64_debug, 1e15, -1, "1000000000000000.0"), "f64 {:?} 1e15");
    check(fmt_is(smelt_rt_f64_debug, 1.5e-7, -1, "1.5e-7"), "f64 {:?} 1.5e-7");
    check(fmt_is(smelt_rt_f64_debug, 1e-4, -1, "0.0001"), "f64 {:?} 1e-4");
    check(fmt_is(smelt_rt_f64_display, 0.1 + 0.2, -1, "0.30000000000000004"), "f64 {} 0.1+0.2");
    check(fmt_is(smelt_rt_f64_display, 0.25, 1, "0.2"), "f64 {:.1} 0.25");
    check(fmt_is(smelt_rt_f64_display, 0.35, 1, "0.3"), "f64 {:.1} 0.35");
    check(fmt_is(smelt_rt_f64_display, 0.5, 0, "0"), "f64 {:.0} 0.5");
    check(fmt_is(smelt_rt_f64_display, 1.5, 0, "2"), "f64 {:.0} 1.5");
    check(fmt_is(smelt_rt_f64_display, 2.5, 0, "2"), "f64 {:.0} 2.5");
    check(fmt_is(smelt_rt_f64_display, -0.01, 1, "-0.0"), "f64 {:.1} -0.01");
    check(fmt_is(smelt_rt_f64_debug, 1e20, 3, "100000000000000000000.000"), "f64 {:.3?} 1e20");
    check(fmt_is(smelt_rt_f64_display, NAN, 2, "NaN"), "f64 {:.2} NaN");
    check(fmt_is(smelt_rt_f64_display, -INFINITY, -1, "-inf"), "f64 {} -inf");
    char b[SMELT_RT_FLOAT_BUF];
    size_t n = smelt_rt_f64_display(1e300, -1, b);
    check(n == 301 && b[0] == '1' && b[1] == '0' && b[300] == '0', "f64 {} 1e300");
    n = smelt_rt_f32_debug(2097152.25f, -1, b);
    check(n == 9 && !memcmp(b, "2097152.3", 9), "f32 {:?} 2097152.25 (tie rounds up)");
    n = smelt_rt_f32_debug(1e-4f, -1, b);
    check(n == 6 && !memcmp(b, "0.0001", 6), "f32 {:?} 1e-4");
    n = smelt_rt_f64_display(5e-324, SMELT_RT_FLOAT_MAX_PRECISION, b);
    check(n == SMELT_RT_FLOAT_MAX_PRECISION + 2 && b[325] == '4' && b[1075] == '5' && b[1076] == '0',
          "f64 {:.1100} 5e-324");
    check(smelt_rt_float_extra_zeros(true, 2000) == 900 && smelt_rt_float_extra_zeros(false, 2000) == 0 &&
              smelt_rt_float_extra_zeros(true, 5) == 0,
          "float_extra_zeros");

    /* escapes and case */
    check(esc_is('\'', false, "\\'") && esc_is('\'', true, "'"), "escape '");
    check(esc_is('"', false, "\"") && esc_is('"', true, "\\\""), "escape \"");
    check(esc_is(0, true, "\\0") && esc_is('\n', true, "\\n") && esc_is(0x7f, true, "\\u{7f}"),
          "escape \\0 \\n DEL");
    check(esc_is(0x301, true, "\\u{301}") && esc_is(0x10FFFF, false, "\\u{10ffff}"),
          "escape U+301 U+10FFFF");
    check(esc_is(0xE9, true, "\xC3\xA9"), "no escape for e-acute");
    uint32_t m[3];
    check(smelt_rt_to_upper(0xDF, m) == 2 && m[0] == 'S' && m[1] == 'S', "upper sharp s");
    check(smelt_rt_to_lower(0x130, m) == 2 && m[0] == 'i' && m[1] == 0x307, "lower dotted I");
    check(smelt_rt_is_alphabetic(0x4E00) && smelt_rt_is_numeric(0x2163) &&
              smelt_rt_is_lowercase(0x3B1) && smelt_rt_is_uppercase(0x391) &&
              !smelt_rt_is_alphabetic('1'),
          "properties");
    const char *greek = "\xCE\x91\xCE\xA3 \xCE\x91\xCE\xA3\xCE\x91 \xCE\xA3"; /* ΑΣ ΑΣΑ Σ */
    uint8_t low[64];
    n = smelt_rt_str_to_lower((const uint8_t *)greek, strlen(greek), low);
    const char *want = "\xCE\xB1\xCF\x82 \xCE\xB1\xCF\x83\xCE\xB1 \xCF\x83"; /* ας ασα σ */
    check(n == strlen(want) && !memcmp(low, want, n), "str lower final sigma");

    /* stdout buffering: big and small writes come out in order */
    fflush(stdout);
    printf("%d failed\n", unit_failed);
}

/* --------------------------------------------------------------------- main */

int
main(int argc, char **argv)
{
    smelt_rt_init(argc, argv);
    if (argc < 2)
        return 2;
    const char *mode = argv[1];
    if (!strcmp(mode, "unit")) {
        unit();
        return unit_failed ? 1 : 0;
    }
    if (!strcmp(mode, "float-cases")) {
        float_cases();
        return 0;
    }
    if (!strcmp(mode, "float") && argc == 3) {
        float_format_file(argv[2]);
        return smelt_rt_exit();
    }
    if (!strcmp(mode, "unicode")) {
        unicode_dump();
        return smelt_rt_exit();
    }
    if (!strcmp(mode, "panic") && argc == 3)
        panic_case(atoi(argv[2]));
    if (!strcmp(mode, "partial")) {
        outs("partial");
        outs(" line\n");
        outs("abc");
        smelt_rt_panic_str("boom\nsecond line", RS, 147, 13);
    }
    if (!strcmp(mode, "interleave")) {
        interleave();
        return smelt_rt_exit();
    }
    if (!strcmp(mode, "yes"))
        for (;;)
            outs("y\n");
    if (!strcmp(mode, "eyes"))
        for (;;)
            smelt_rt_write_stderr((const uint8_t *)"y\n", 2);
    if (!strcmp(mode, "oom")) {
        smelt_rt_alloc((size_t)1 << 62, 1);
        return smelt_rt_exit();
    }
    return 2;
}
