/*
 * unicode.c — char Debug escaping, Unicode properties and case mappings (see smelt_rt.h),
 * over the range tables that gen_unicode.py derives from rustc 1.95 (unicode_tables.h).
 */
#include "smelt_rt.h"

typedef struct {
    uint32_t lo, hi;
    int32_t stride; /* 1: every code point of [lo, hi]; 2: lo, lo + 2, ... */
    int32_t delta;  /* the mapping is cp + delta */
} SmeltRtCaseRun;

typedef struct {
    uint32_t cp;
    uint32_t to[3]; /* unused tail is 0 */
} SmeltRtCaseMulti;

#include "unicode_tables.h"

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

/* tab: sorted ranges packed as first << 11 | (last - first) */
static bool
in_ranges(const uint32_t *tab, size_t n, uint32_t c)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        uint32_t first = tab[mid] >> 11;
        if (c < first)
            hi = mid;
        else if (c > first + (tab[mid] & 0x7FF))
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

#define IN(tab, c) in_ranges(tab, LEN(tab), c)

bool
smelt_rt_is_alphabetic(uint32_t c)
{
    if (c < 0x80)
        return (c | 0x20) - 'a' < 26;
    return IN(tab_alphabetic, c);
}

bool
smelt_rt_is_numeric(uint32_t c)
{
    if (c < 0x80)
        return c - '0' < 10;
    return IN(tab_numeric, c);
}

bool
smelt_rt_is_lowercase(uint32_t c)
{
    if (c < 0x80)
        return c - 'a' < 26;
    return IN(tab_lowercase, c);
}

bool
smelt_rt_is_uppercase(uint32_t c)
{
    if (c < 0x80)
        return c - 'A' < 26;
    return IN(tab_uppercase, c);
}

/* ------------------------------------------------------------ case mapping */

static size_t
case_map(const SmeltRtCaseRun *runs, size_t nruns, const SmeltRtCaseMulti *multi,
         size_t nmulti, uint32_t c, uint32_t out[3])
{
    size_t lo = 0, hi = nruns;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c < runs[mid].lo)
            hi = mid;
        else if (c > runs[mid].hi)
            lo = mid + 1;
        else {
            if ((c - runs[mid].lo) % (uint32_t)runs[mid].stride == 0) {
                out[0] = (uint32_t)((int32_t)c + runs[mid].delta);
                return 1;
            }
            break;
        }
    }
    lo = 0;
    hi = nmulti;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c < multi[mid].cp)
            hi = mid;
        else if (c > multi[mid].cp)
            lo = mid + 1;
        else {
            size_t n = 0;
            while (n < 3 && multi[mid].to[n])
                out[n] = multi[mid].to[n], n++;
            return n;
        }
    }
    out[0] = c;
    return 1;
}

size_t
smelt_rt_to_upper(uint32_t c, uint32_t out[3])
{
    if (c < 0x80) {
        out[0] = c - 'a' < 26 ? c - 32 : c;
        return 1;
    }
    return case_map(tab_upper_runs, LEN(tab_upper_runs), tab_upper_multi, LEN(tab_upper_multi),
                    c, out);
}

size_t
smelt_rt_to_lower(uint32_t c, uint32_t out[3])
{
    if (c < 0x80) {
        out[0] = c - 'A' < 26 ? c + 32 : c;
        return 1;
    }
    return case_map(tab_lower_runs, LEN(tab_lower_runs), tab_lower_multi, LEN(tab_lower_multi),
                    c, out);
}

/* -------------------------------------------------------------------- UTF-8 */

size_t
smelt_rt_utf8_encode(uint32_t c, uint8_t out[4])
{
    if (c < 0x80) {
        out[0] = (uint8_t)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (uint8_t)(0xC0 | (c >> 6));
        out[1] = (uint8_t)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (uint8_t)(0xE0 | (c >> 12));
        out[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (uint8_t)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (uint8_t)(0xF0 | (c >> 18));
    out[1] = (uint8_t)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (uint8_t)(0x80 | (c & 0x3F));
    return 4;
}

/* Decodes the scalar value at s[*i] (valid UTF-8) and advances *i past it. */
static uint32_t
utf8_next(const uint8_t *s, size_t *i)
{
    uint32_t b = s[(*i)++];
    if (b < 0x80)
        return b;
    if (b < 0xE0)
        return ((b & 0x1F) << 6) | (s[(*i)++] & 0x3Fu);
    if (b < 0xF0) {
        uint32_t c = ((b & 0x0F) << 12) | ((s[*i] & 0x3Fu) << 6) | (s[*i + 1] & 0x3Fu);
        *i += 2;
        return c;
    }
    uint32_t c = ((b & 0x07) << 18) | ((s[*i] & 0x3Fu) << 12) | ((s[*i + 1] & 0x3Fu) << 6) |
                 (s[*i + 2] & 0x3Fu);
    *i += 3;
    return c;
}

/* Decodes the scalar value ending just before s[*i] and moves *i back to its start. */
static uint32_t
utf8_prev(const uint8_t *s, size_t *i)
{
    size_t j = *i - 1;
    while ((s[j] & 0xC0) == 0x80)
        j--;
    *i = j;
    size_t k = j;
    return utf8_next(s, &k);
}

/* -------------------------------------------------------------- str case */

size_t
smelt_rt_str_to_upper(const uint8_t *s, size_t n, uint8_t *out)
{
    size_t o = 0, i = 0;
    while (i < n) {
        uint32_t m[3];
        size_t k = smelt_rt_to_upper(utf8_next(s, &i), m);
        for (size_t j = 0; j < k; j++)
            o += smelt_rt_utf8_encode(m[j], out + o);
    }
    return o;
}

static bool
is_case_ignorable(uint32_t c)
{
    return IN(tab_case_ignorable, c);
}

/* Final_Sigma's test on one side of the Σ: skipping Case_Ignorable chars, is the next a Cased
 * char? (tab_cased holds Cased only for chars outside Case_Ignorable, all that is asked.) */
static bool
ignorable_then_cased(const uint8_t *s, size_t n, size_t i, bool backward)
{
    while (backward ? i > 0 : i < n) {
        uint32_t c = backward ? utf8_prev(s, &i) : utf8_next(s, &i);
        if (!is_case_ignorable(c))
            return IN(tab_cased, c);
    }
    return false;
}

size_t
smelt_rt_str_to_lower(const uint8_t *s, size_t n, uint8_t *out)
{
    size_t o = 0, i = 0;
    while (i < n) {
        size_t start = i;
        uint32_t c = utf8_next(s, &i);
        if (c == 0x3A3) { /* Σ: ς at the end of a word, σ elsewhere */
            bool final = ignorable_then_cased(s, n, start, true) &&
                         !ignorable_then_cased(s, n, i, false);
            o += smelt_rt_utf8_encode(final ? 0x3C2 : 0x3C3, out + o);
            continue;
        }
        uint32_t m[3];
        size_t k = smelt_rt_to_lower(c, m);
        for (size_t j = 0; j < k; j++)
            o += smelt_rt_utf8_encode(m[j], out + o);
    }
    return o;
}

/* ------------------------------------------------------------ Debug escapes */

size_t
smelt_rt_escape_debug_char(uint32_t c, bool in_str, char out[16])
{
    char e = 0;
    switch (c) {
    case 0: e = '0'; break;
    case '\t': e = 't'; break;
    case '\r': e = 'r'; break;
    case '\n': e = 'n'; break;
    case '\\': e = '\\'; break;
    case '"': e = in_str ? '"' : 0; break;
    case '\'': e = in_str ? 0 : '\''; break;
    default: break;
    }
    if (e) {
        out[0] = '\\';
        out[1] = e;
        return 2;
    }
    bool esc = c < 0x80 ? (c < 0x20 || c == 0x7F) : !IN(tab_debug_plain, c);
    if (!esc)
        return smelt_rt_utf8_encode(c, (uint8_t *)out);
    static const char hex[] = "0123456789abcdef";
    size_t n = 0;
    out[n++] = '\\';
    out[n++] = 'u';
    out[n++] = '{';
    int shift = 20;
    while (shift > 0 && ((c >> shift) & 0xF) == 0)
        shift -= 4;
    for (; shift >= 0; shift -= 4)
        out[n++] = hex[(c >> shift) & 0xF];
    out[n++] = '}';
    return n;
}
