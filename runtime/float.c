/*
 * float.c — f32/f64 to text exactly as Rust's {} {:?} {:.N} (core::fmt::float, flt2dec).
 *
 * Shortest mode ({} and {:?}) is the Steele & White / Dragon4 digit generation that
 * flt2dec's `dragon::format_shortest` performs (Rust's Grisu fast path, when it succeeds,
 * gives the same digits): with v's rounding interval (low, high), generate digits of v until
 * the digits so far, or the digits with the last one increased, lie inside it; when both do,
 * the closer one wins and an exact tie rounds up. Fixed mode ({:.N}) rounds the exact binary
 * value at 10^-N, ties to even, as `dragon::format_exact` does: with v = m * 2^e, that is
 * round(m * 10^N / 2^-e), a shift. Both work on exact big integers, so every value is right.
 */
#include "smelt_rt.h"

#include <math.h>
#include <string.h>

/* ------------------------------------------------------------ big integers */

/* 4096 bits: m * 10^1074 (fixed mode's largest) needs 3621, Dragon's numbers about 1200. */
#define BIG_LIMBS 128

typedef struct {
    uint32_t d[BIG_LIMBS]; /* little-endian */
    int n;                 /* limbs in use, d[n-1] != 0 (n == 0 is zero) */
} Big;

static void
big_set(Big *b, uint64_t v)
{
    b->n = 0;
    while (v) {
        b->d[b->n++] = (uint32_t)v;
        v >>= 32;
    }
}

static void
big_mul_small(Big *b, uint32_t m)
{
    uint64_t carry = 0;
    for (int i = 0; i < b->n; i++) {
        uint64_t t = (uint64_t)b->d[i] * m + carry;
        b->d[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry)
        b->d[b->n++] = (uint32_t)carry;
}

static void
big_mul_pow2(Big *b, int bits)
{
    if (b->n == 0 || bits == 0)
        return;
    int limbs = bits / 32, sh = bits % 32;
    if (sh) {
        uint32_t carry = 0;
        for (int i = 0; i < b->n; i++) {
            uint32_t x = b->d[i];
            b->d[i] = (x << sh) | carry;
            carry = x >> (32 - sh);
        }
        if (carry)
            b->d[b->n++] = carry;
    }
    if (limbs) {
        memmove(b->d + limbs, b->d, (size_t)b->n * sizeof b->d[0]);
        memset(b->d, 0, (size_t)limbs * sizeof b->d[0]);
        b->n += limbs;
    }
}

static void
big_mul_pow10(Big *b, int k)
{
    for (; k >= 9; k -= 9)
        big_mul_small(b, 1000000000u);
    static const uint32_t small[9] = {1,      10,      100,      1000,     10000,
                                      100000, 1000000, 10000000, 100000000};
    if (k > 0)
        big_mul_small(b, small[k]);
}

static int
big_cmp(const Big *a, const Big *b)
{
    if (a->n != b->n)
        return a->n < b->n ? -1 : 1;
    for (int i = a->n - 1; i >= 0; i--)
        if (a->d[i] != b->d[i])
            return a->d[i] < b->d[i] ? -1 : 1;
    return 0;
}

/* out = a + b (out may alias a) */
static void
big_add(Big *out, const Big *a, const Big *b)
{
    const Big *lo = a->n < b->n ? a : b, *hi = a->n < b->n ? b : a;
    uint64_t carry = 0;
    int i = 0;
    for (; i < lo->n; i++) {
        uint64_t t = (uint64_t)a->d[i] + b->d[i] + carry;
        out->d[i] = (uint32_t)t;
        carry = t >> 32;
    }
    for (; i < hi->n; i++) {
        uint64_t t = (uint64_t)hi->d[i] + carry;
        out->d[i] = (uint32_t)t;
        carry = t >> 32;
    }
    out->n = hi->n;
    if (carry)
        out->d[out->n++] = (uint32_t)carry;
}

/* a -= b, a >= b */
static void
big_sub(Big *a, const Big *b)
{
    int64_t borrow = 0;
    for (int i = 0; i < a->n; i++) {
        int64_t t = (int64_t)a->d[i] - (i < b->n ? b->d[i] : 0) - borrow;
        borrow = t < 0;
        a->d[i] = (uint32_t)(t + (borrow ? ((int64_t)1 << 32) : 0));
    }
    while (a->n > 0 && a->d[a->n - 1] == 0)
        a->n--;
}

/* dst = src, copying only the limbs in use */
static void
big_copy(Big *dst, const Big *src)
{
    dst->n = src->n;
    memcpy(dst->d, src->d, (size_t)src->n * sizeof src->d[0]);
}

/* compares a * 10 with b */
static int
big_cmp_times10(const Big *a, const Big *b)
{
    Big t;
    big_copy(&t, a);
    big_mul_small(&t, 10);
    return big_cmp(&t, b);
}

/* Decimal digits of b (destroyed) into out, most significant first; returns the count
 * (0 for zero). */
static int
big_to_decimal(Big *b, char *out)
{
    char tmp[BIG_LIMBS * 10 + 10];
    int len = 0;
    while (b->n > 0) {
        uint64_t rem = 0;
        for (int i = b->n - 1; i >= 0; i--) {
            uint64_t cur = (rem << 32) | b->d[i];
            b->d[i] = (uint32_t)(cur / 1000000000u);
            rem = cur % 1000000000u;
        }
        while (b->n > 0 && b->d[b->n - 1] == 0)
            b->n--;
        for (int j = 0; j < 9; j++) {
            tmp[len++] = (char)('0' + rem % 10);
            rem /= 10;
        }
    }
    while (len > 0 && tmp[len - 1] == '0')
        len--;
    for (int i = 0; i < len; i++)
        out[i] = tmp[len - 1 - i];
    return len;
}

/* ------------------------------------------------------------------ decoding */

/* A finite nonzero |v| as flt2dec::decode describes it: v = mant * 2^exp, the values rounding
 * to v are those in (mant - minus, mant + plus) * 2^exp, ends included when inclusive. */
typedef struct {
    uint64_t mant, minus, plus;
    int exp;
    bool inclusive;
} Decoded;

/* mbits: explicit mantissa bits; bias: exponent bias + mbits. fraction/expbits from the
 * bit pattern. Mirrors integer_decode + decode, quirks included (a subnormal's mantissa is
 * doubled before "even" is taken; every normal power of two gets the narrow lower gap). */
static void
decode(uint64_t fraction, int expbits, int mbits, int bias, Decoded *d)
{
    uint64_t mant;
    int exp;
    if (expbits == 0) {
        mant = fraction << 1;
        exp = 1 - bias - 1;
    } else {
        mant = fraction | ((uint64_t)1 << mbits);
        exp = expbits - bias;
    }
    d->inclusive = (mant & 1) == 0;
    if (expbits == 0) {
        d->mant = mant;
        d->minus = d->plus = 1;
        d->exp = exp;
    } else if (mant == (uint64_t)1 << mbits) {
        d->mant = mant << 2;
        d->minus = 1;
        d->plus = 2;
        d->exp = exp - 2;
    } else {
        d->mant = mant << 1;
        d->minus = d->plus = 1;
        d->exp = exp - 1;
    }
}

/* ----------------------------------------------------------- shortest digits */

/* Writes the shortest digits of the decoded value into buf (at most 17) and returns their
 * count; *k_out receives k with value = 0.DIGITS * 10^k. */
static int
format_shortest(const Decoded *dec, char *buf, int *k_out)
{
    Big mant, minus, plus, scale, high;
    big_set(&mant, dec->mant);
    big_set(&minus, dec->minus);
    big_set(&plus, dec->plus);
    big_set(&scale, 1);
    if (dec->exp < 0) {
        big_mul_pow2(&scale, -dec->exp);
    } else {
        big_mul_pow2(&mant, dec->exp);
        big_mul_pow2(&minus, dec->exp);
        big_mul_pow2(&plus, dec->exp);
    }

    /* k: 10^(k-1) < high <= 10^k (10^(k-1) <= high < 10^k when inclusive), estimated from
     * the bit length and corrected exactly */
    int nbits = 0;
    for (uint64_t t = dec->mant + dec->plus; t; t >>= 1)
        nbits++;
    double bits = (double)(nbits + dec->exp);
    int k = (int)ceil(bits * 0.30102999566398120) - 1;
    if (k >= 0)
        big_mul_pow10(&scale, k);
    else {
        big_mul_pow10(&mant, -k);
        big_mul_pow10(&minus, -k);
        big_mul_pow10(&plus, -k);
    }
    for (;;) {
        big_add(&high, &mant, &plus);
        int c = big_cmp(&high, &scale);
        if (dec->inclusive ? c >= 0 : c > 0) { /* high above 10^k */
            big_mul_small(&scale, 10);
            k++;
            continue;
        }
        c = big_cmp_times10(&high, &scale);
        if (dec->inclusive ? c < 0 : c <= 0) { /* high not above 10^(k-1) */
            big_mul_small(&mant, 10);
            big_mul_small(&minus, 10);
            big_mul_small(&plus, 10);
            k--;
            continue;
        }
        break;
    }
    /* now mant / scale = v / 10^(k-1): the first digit comes next */
    big_mul_small(&mant, 10);
    big_mul_small(&minus, 10);
    big_mul_small(&plus, 10);

    Big scale2, scale4, scale8;
    big_copy(&scale2, &scale);
    big_mul_pow2(&scale2, 1);
    big_copy(&scale4, &scale2);
    big_mul_pow2(&scale4, 1);
    big_copy(&scale8, &scale4);
    big_mul_pow2(&scale8, 1);

    int i = 0;
    bool down, up;
    for (;;) {
        int digit = 0;
        if (big_cmp(&mant, &scale8) >= 0) {
            big_sub(&mant, &scale8);
            digit += 8;
        }
        if (big_cmp(&mant, &scale4) >= 0) {
            big_sub(&mant, &scale4);
            digit += 4;
        }
        if (big_cmp(&mant, &scale2) >= 0) {
            big_sub(&mant, &scale2);
            digit += 2;
        }
        if (big_cmp(&mant, &scale) >= 0) {
            big_sub(&mant, &scale);
            digit += 1;
        }
        buf[i++] = (char)('0' + digit);

        /* stop rounding down when what is left is below v - low; stop rounding up when the
         * next value of the last digit is below high */
        int c = big_cmp(&mant, &minus);
        down = dec->inclusive ? c <= 0 : c < 0;
        big_add(&high, &mant, &plus);
        c = big_cmp(&scale, &high);
        up = dec->inclusive ? c <= 0 : c < 0;
        if (down || up)
            break;
        big_mul_small(&mant, 10);
        big_mul_small(&minus, 10);
        big_mul_small(&plus, 10);
    }
    /* both possible: the closer; a tie goes up, as flt2dec (mant * 2 >= scale) */
    if (up && (!down || (big_mul_pow2(&mant, 1), big_cmp(&mant, &scale) >= 0))) {
        int j = i - 1;
        while (j >= 0 && buf[j] == '9')
            j--;
        if (j >= 0) {
            buf[j]++;
            for (int t = j + 1; t < i; t++)
                buf[t] = '0';
        } else { /* all nines: 10^n (cannot happen with k as chosen, kept for fidelity) */
            buf[0] = '1';
            for (int t = 1; t < i; t++)
                buf[t] = '0';
            buf[i++] = '0';
            k++;
        }
    }
    *k_out = k;
    return i;
}

/* ---------------------------------------------------------------- rendering */

static char *
put(char *o, const char *s, size_t n)
{
    memcpy(o, s, n);
    return o + n;
}

static char *
zeros(char *o, int n)
{
    if (n > 0) {
        memset(o, '0', (size_t)n);
        o += n;
    }
    return o;
}

/* flt2dec::digits_to_dec_str: 0.DIGITS * 10^k in positional notation with at least
 * frac_digits decimals (Display 0, Debug 1) */
static char *
digits_to_dec(char *o, const char *digits, int len, int k, int frac_digits)
{
    if (k <= 0) {
        o = put(o, "0.", 2);
        o = zeros(o, -k);
        o = put(o, digits, (size_t)len);
        if (frac_digits > len && frac_digits - len > -k)
            o = zeros(o, frac_digits - len + k);
    } else if (k < len) {
        o = put(o, digits, (size_t)k);
        *o++ = '.';
        o = put(o, digits + k, (size_t)(len - k));
        if (frac_digits > len - k)
            o = zeros(o, frac_digits - (len - k));
    } else {
        o = put(o, digits, (size_t)len);
        o = zeros(o, k - len);
        if (frac_digits > 0) {
            *o++ = '.';
            o = zeros(o, frac_digits);
        }
    }
    return o;
}

/* flt2dec::digits_to_exp_str with no minimum of digits: D[.DIGITS]e[-]EXP */
static char *
digits_to_exp(char *o, const char *digits, int len, int k)
{
    *o++ = digits[0];
    if (len > 1) {
        *o++ = '.';
        o = put(o, digits + 1, (size_t)(len - 1));
    }
    int e = k - 1;
    *o++ = 'e';
    if (e < 0) {
        *o++ = '-';
        e = -e;
    }
    char tmp[8];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + e % 10);
        e /= 10;
    } while (e);
    while (n > 0)
        *o++ = tmp[--n];
    return o;
}

/* ---------------------------------------------------------- the entry points */

typedef struct {
    bool negative, nan, inf, zero;
    uint64_t fraction;
    int expbits;
    int mbits, bias; /* 52, 1075 for f64; 23, 150 for f32 */
} Float;

static Float
float_of_f64(double v)
{
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    Float f = {0};
    f.negative = bits >> 63;
    f.expbits = (int)((bits >> 52) & 0x7ff);
    f.fraction = bits & (((uint64_t)1 << 52) - 1);
    f.mbits = 52;
    f.bias = 1075;
    f.nan = f.expbits == 0x7ff && f.fraction != 0;
    f.inf = f.expbits == 0x7ff && f.fraction == 0;
    f.zero = f.expbits == 0 && f.fraction == 0;
    return f;
}

static Float
float_of_f32(float v)
{
    uint32_t bits;
    memcpy(&bits, &v, sizeof bits);
    Float f = {0};
    f.negative = bits >> 31;
    f.expbits = (int)((bits >> 23) & 0xff);
    f.fraction = bits & ((1u << 23) - 1);
    f.mbits = 23;
    f.bias = 150;
    f.nan = f.expbits == 0xff && f.fraction != 0;
    f.inf = f.expbits == 0xff && f.fraction == 0;
    f.zero = f.expbits == 0 && f.fraction == 0;
    return f;
}

/* {:.prec}: round(|v| * 10^prec), ties to even, printed with prec decimals */
static char *
format_fixed(char *o, const Float *f, int prec)
{
    if (f->zero) {
        *o++ = '0';
        if (prec > 0) {
            *o++ = '.';
            o = zeros(o, prec);
        }
        return o;
    }
    uint64_t m = f->expbits ? f->fraction | ((uint64_t)1 << f->mbits) : f->fraction;
    int e = (f->expbits ? f->expbits : 1) - f->bias; /* |v| = m * 2^e */
    char digits[BIG_LIMBS * 10];
    int len, point; /* digits[0..len) with point decimals, then `extra` zero decimals */
    int extra = 0;
    Big x;
    big_set(&x, m);
    if (e >= 0) {
        big_mul_pow2(&x, e);
        len = big_to_decimal(&x, digits);
        point = 0;
        extra = prec;
    } else {
        /* past 2^e's -e decimals the expansion is exact, the rest are zeros */
        int p = prec < -e ? prec : -e;
        extra = prec - p;
        big_mul_pow10(&x, p);
        int sh = -e;
        /* q = x >> sh; the rounding looks at the bits shifted out */
        int limb = sh / 32, bit = sh % 32;
        bool half = false, below = false; /* bit sh-1 set; any bit below it set */
        {
            int hb = sh - 1;
            if (hb / 32 < x.n)
                half = (x.d[hb / 32] >> (hb % 32)) & 1;
            for (int i = 0; i < x.n && i <= hb / 32 && !below; i++) {
                uint32_t w = x.d[i];
                if (i == hb / 32)
                    w &= (hb % 32) ? ((1u << (hb % 32)) - 1) : 0;
                below = w != 0;
            }
        }
        Big q;
        q.n = 0;
        if (limb < x.n) {
            q.n = x.n - limb;
            for (int i = 0; i < q.n; i++) {
                uint32_t lo = x.d[i + limb] >> bit;
                uint32_t hi = (bit && i + limb + 1 < x.n) ? x.d[i + limb + 1] << (32 - bit) : 0;
                q.d[i] = lo | hi;
            }
            while (q.n > 0 && q.d[q.n - 1] == 0)
                q.n--;
        }
        if (half && (below || (q.n > 0 && (q.d[0] & 1)))) {
            Big one;
            big_set(&one, 1);
            big_add(&q, &q, &one);
        }
        len = big_to_decimal(&q, digits);
        point = p;
    }
    /* integer part */
    if (len > point)
        o = put(o, digits, (size_t)(len - point));
    else
        *o++ = '0';
    if (point + extra > 0) {
        *o++ = '.';
        if (len >= point) {
            o = put(o, digits + len - point, (size_t)point);
        } else {
            o = zeros(o, point - len);
            o = put(o, digits, (size_t)len);
        }
        o = zeros(o, extra);
    }
    return o;
}

enum { MODE_DISPLAY, MODE_DEBUG };

static size_t
format_float(const Float *f, int32_t precision, int mode, bool debug_exp, char *out)
{
    char *o = out;
    if (f->nan)
        return (size_t)(put(o, "NaN", 3) - out);
    if (f->negative)
        *o++ = '-';
    if (f->inf)
        return (size_t)(put(o, "inf", 3) - out);
    if (precision >= 0) {
        if (precision > SMELT_RT_FLOAT_MAX_PRECISION)
            precision = SMELT_RT_FLOAT_MAX_PRECISION;
        return (size_t)(format_fixed(o, f, precision) - out);
    }
    int frac_digits = mode == MODE_DEBUG ? 1 : 0;
    if (f->zero) {
        *o++ = '0';
        if (frac_digits)
            o = put(o, ".0", 2);
        return (size_t)(o - out);
    }
    char digits[32];
    int k, len;
    uint64_t m = f->expbits ? f->fraction | ((uint64_t)1 << f->mbits) : f->fraction;
    int e = (f->expbits ? f->expbits : 1) - f->bias; /* |v| = m * 2^e */
    if (e <= 0 && e > -64 && (m & ((((uint64_t)1) << -e) - 1)) == 0) {
        /* an integer below 2^53 (2^24): its neighbours are at most 1 away, so no shorter
         * digits round to it, and the shortest digits are its own without trailing zeros
         * (what format_shortest gives, only faster) */
        uint64_t n = m >> -e;
        char tmp[24];
        int t = 0;
        do {
            tmp[t++] = (char)('0' + n % 10);
            n /= 10;
        } while (n);
        k = t;
        int z = 0;
        while (z < t - 1 && tmp[z] == '0')
            z++;
        len = t - z;
        int i = 0;
        do /* len >= 1 */
            digits[i] = tmp[t - 1 - i];
        while (++i < len);
    } else {
        Decoded dec;
        decode(f->fraction, f->expbits, f->mbits, f->bias, &dec);
        len = format_shortest(&dec, digits, &k);
    }
    if (debug_exp)
        o = digits_to_exp(o, digits, len, k);
    else
        o = digits_to_dec(o, digits, len, k, frac_digits);
    return (size_t)(o - out);
}

size_t
smelt_rt_f64_display(double v, int32_t precision, char *out)
{
    Float f = float_of_f64(v);
    return format_float(&f, precision, MODE_DISPLAY, false, out);
}

size_t
smelt_rt_f64_debug(double v, int32_t precision, char *out)
{
    Float f = float_of_f64(v);
    double a = fabs(v);
    bool exp = !f.nan && !f.inf && ((a != 0.0 && a < 1e-4) || a >= 1e16);
    return format_float(&f, precision, MODE_DEBUG, exp, out);
}

size_t
smelt_rt_f32_display(float v, int32_t precision, char *out)
{
    Float f = float_of_f32(v);
    return format_float(&f, precision, MODE_DISPLAY, false, out);
}

size_t
smelt_rt_f32_debug(float v, int32_t precision, char *out)
{
    Float f = float_of_f32(v);
    float a = fabsf(v);
    bool exp = !f.nan && !f.inf && ((a != 0.0f && a < 1e-4f) || a >= 1e16f);
    return format_float(&f, precision, MODE_DEBUG, exp, out);
}

/* `{:e}` / `{:E}`: the shortest round-trip digits as D[.DIGITS]e[-]EXP ("0e0" for zero). */
static size_t
format_exp(const Float *f, bool upper, char *out)
{
    size_t n;
    if (f->zero && !f->nan && !f->inf) {
        char *o = out;
        if (f->negative)
            *o++ = '-';
        o = put(o, "0e0", 3);
        n = (size_t)(o - out);
    } else {
        n = format_float(f, -1, MODE_DISPLAY, !f->nan && !f->inf, out);
    }
    if (upper)
        for (size_t i = 0; i < n; i++)
            if (out[i] == 'e')
                out[i] = 'E';
    return n;
}

size_t
smelt_rt_f64_exp(double v, bool upper, char *out)
{
    Float f = float_of_f64(v);
    return format_exp(&f, upper, out);
}

size_t
smelt_rt_f32_exp(float v, bool upper, char *out)
{
    Float f = float_of_f32(v);
    return format_exp(&f, upper, out);
}

size_t
smelt_rt_float_extra_zeros(bool finite, int32_t precision)
{
    if (!finite || precision <= SMELT_RT_FLOAT_MAX_PRECISION)
        return 0;
    return (size_t)(precision - SMELT_RT_FLOAT_MAX_PRECISION);
}
