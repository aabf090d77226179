/*
 * exhaust_test.c — unit tests of the match checker (src/sema/exhaust.c).
 *
 * Each case is a Rust scrutinee type and match arms written in Rust; a small
 * type-directed parser here lowers them to exhaust.h's patterns, and the
 * report is summarised on one line in the form of the diagnostics rustc
 * gives for the same program:
 *
 *   E0004 <the message after `non-exhaustive patterns: `>
 *   E0005 <the label: pattern `None` not covered>
 *   unreachable <pattern> <- <covering patterns, `;`-separated>[*: "matches any value"]
 *               or <- (no values: <type>)
 *   overlap <range> <value> with <earlier ranges>
 *   gap <range> <value> <as written>=><suggestion> with <ranges after the gap>
 *   note <one of rustc's notes on the first witness>
 *
 * Every expected line below was checked against rustc 1.95.0: `exhaust_test
 * --rust` prints the cases as a Rust program (one function per line, case N
 * on line N + 20), `rustc --edition 2021 --crate-type lib --emit=metadata
 * --error-format=json` on it gives the diagnostics, which were summarised the
 * same way (from the spans' text and labels) and compared; `exhaust_test
 * --dump` prints our side.
 *
 * Types are described to the checker lazily, by a callback that builds the
 * space of a type from its Rust text on first use, as the type checker does.
 */
#include "../../src/sema/exhaust.h"

#include <stdlib.h>
#include <string.h>

static int failures;

static void
check(const char *name, bool ok, const char *why)
{
    if (ok)
        printf("PASS %s\n", name);
    else
        printf("FAIL %s: %s\n", name, why);
    failures += !ok;
}

/* ---- a tiny type universe, built lazily from Rust type text ------------- */

/* user types: `enum` / `struct`, then variants or fields */
static const struct {
    const char *name, *def;
} ADTS[] = {
    {"E3", "enum A | B | C"},
    {"E5", "enum A | B | C | D | E"},
    {"Foo", "enum A | B { x: bool, y: u8 } | C(bool, bool)"},
    {"S", "struct S { a: bool, b: Option<bool> }"},
    {"TS", "struct TS(bool, u8)"},
    {"Unit", "struct Unit"},
    {"Empty", "struct Empty {}"},
    {"Void", "enum"},
    {"List", "struct List { next: Option<Box<List>> }"},
    {"Pt", "struct Pt { x: i32, y: i32 }"},
};

static const char *RUST_PRELUDE =
    "#![allow(dead_code, unused_variables, unused_parens, irrefutable_let_patterns)]\n"
    "pub enum E3 { A, B, C }\n"
    "pub enum E5 { A, B, C, D, E }\n"
    "pub enum Foo { A, B { x: bool, y: u8 }, C(bool, bool) }\n"
    "pub struct S { pub a: bool, pub b: Option<bool> }\n"
    "pub struct TS(pub bool, pub u8);\n"
    "pub struct Unit;\n"
    "pub struct Empty {}\n"
    "pub enum Void {}\n"
    "pub struct List { pub next: Option<Box<List>> }\n"
    "pub struct Pt { pub x: i32, pub y: i32 }\n";
enum { RUST_PRELUDE_LINES = 11, FIRST_CASE_LINE = 21 };

enum { MAX_TYS = 1024, MAX_FIELDS = 64 };
static struct {
    char *text;
    bool built, inhabited_known, inhabited, visiting;
    XSpace s;
} tys[MAX_TYS];
static uint32_t n_tys;
static Arena ta;      /* the type universe */
static int n_queries; /* space callbacks made by the checker */

static char *
dup_str(const char *s, size_t n)
{
    return arena_strndup(&ta, s, n);
}

static XTy
ty(const char *text)
{
    for (uint32_t i = 0; i < n_tys; i++)
        if (!strcmp(tys[i].text, text))
            return i;
    if (n_tys == MAX_TYS)
        abort();
    tys[n_tys].text = dup_str(text, strlen(text));
    return n_tys++;
}

static size_t
skip_ws(const char *s, size_t i)
{
    while (s[i] == ' ')
        i++;
    return i;
}

/* The end of one type or field (at a top-level `,`, `|`, `;`, `)`, `}`, `>` or `]`). */
static size_t
item_end(const char *s, size_t i)
{
    int depth = 0;
    for (; s[i]; i++) {
        char c = s[i];
        if (c == '<' || c == '(' || c == '[' || c == '{')
            depth++;
        else if ((c == '>' || c == ')' || c == ']' || c == '}') && depth-- == 0)
            break;
        else if (depth == 0 && (c == ',' || c == '|' || c == ';'))
            break;
    }
    while (i > 0 && s[i - 1] == ' ')
        i--;
    return i;
}

/* Splits "a, b, c" (up to `close`) into interned types; returns the count. */
static uint32_t
type_list(const char *s, size_t i, XTy *out, const char **names)
{
    uint32_t n = 0;
    for (;;) {
        i = skip_ws(s, i);
        if (!s[i] || s[i] == ')' || s[i] == '}' || s[i] == '>' || s[i] == ']')
            return n;
        if (names) {
            size_t c = i;
            while (s[c] != ':')
                c++;
            names[n] = dup_str(s + i, c - i);
            i = skip_ws(s, c + 1);
        }
        size_t e = item_end(s, i);
        char *t = dup_str(s + i, e - i);
        out[n++] = ty(t);
        i = skip_ws(s, e);
        if (s[i] == ',')
            i++;
    }
}

static XCtor
mk_ctor(const char *name, const char *rest)
{
    XCtor c = {.name = name, .style = XC_UNIT};
    XTy f[MAX_FIELDS];
    const char *names[MAX_FIELDS];
    size_t i = skip_ws(rest, 0);
    if (rest[i] == '(') {
        c.style = XC_TUPLE;
        c.arity = type_list(rest, i + 1, f, NULL);
    } else if (rest[i] == '{') {
        c.style = XC_BRACED;
        c.arity = type_list(rest, i + 1, f, names);
        c.field_names = arena_dup(&ta, names, c.arity * sizeof *names + 1);
    }
    c.fields = arena_dup(&ta, f, c.arity * sizeof *f + 1);
    return c;
}

static void build(XTy t);

static bool
inhabited(XTy t)
{
    build(t);
    if (tys[t].inhabited_known)
        return tys[t].inhabited;
    if (tys[t].visiting)
        return true;
    tys[t].visiting = true;
    XSpace *s = &tys[t].s;
    bool inh = true;
    if (s->kind == XS_VARIANTS ||
        (s->kind == XS_SINGLE && s->single != XK_REF && s->single != XK_REF_MUT)) {
        XCtor *cs = (XCtor *)s->ctors;
        bool any = s->non_exhaustive;
        for (uint32_t v = 0; v < s->n_ctors; v++) {
            cs[v].empty = false;
            for (uint32_t j = 0; j < cs[v].arity; j++)
                if (!inhabited(cs[v].fields[j]))
                    cs[v].empty = true;
            any |= !cs[v].empty;
        }
        inh = any;
    }
    tys[t].visiting = false;
    tys[t].inhabited_known = true;
    tys[t].inhabited = inh;
    return inh;
}

static void
build(XTy t)
{
    if (tys[t].built)
        return;
    tys[t].built = true;
    const char *s = tys[t].text;
    XSpace *x = &tys[t].s;
    static const char *ints[XINT_N] = {"i8",  "i16", "i32",  "i64",  "i128", "isize", "u8",
                                       "u16", "u32", "u64", "u128", "usize", "char"};
    for (int k = 0; k < XINT_N; k++)
        if (!strcmp(s, ints[k])) {
            *x = (XSpace){.kind = XS_INT, .int_ty = (XIntTy)k};
            return;
        }
    XCtor *cs = arena_alloc(&ta, 16 * sizeof *cs);
    size_t n = strlen(s);
    if (!strcmp(s, "bool")) {
        *x = (XSpace){.kind = XS_BOOL};
    } else if (!strcmp(s, "str") || !strcmp(s, "f64")) {
        *x = (XSpace){.kind = XS_OPAQUE};
    } else if (s[0] == '&') {
        bool mut = !strncmp(s, "&mut ", 5);
        cs[0] = (XCtor){.arity = 1};
        XTy f = ty(s + (mut ? 5 : 1));
        cs[0].fields = arena_dup(&ta, &f, sizeof f);
        *x = (XSpace){
            .kind = XS_SINGLE, .single = mut ? XK_REF_MUT : XK_REF, .n_ctors = 1, .ctors = cs};
    } else if (s[0] == '(' || s[0] == '[') {
        XTy f[MAX_FIELDS];
        uint32_t k;
        if (s[0] == '[') {
            /* [T; N] */
            const char *semi = strchr(s, ';');
            XTy e = ty(dup_str(s + 1, (size_t)(semi - s - 1)));
            k = (uint32_t)atoi(semi + 1);
            for (uint32_t j = 0; j < k; j++)
                f[j] = e;
        } else {
            k = type_list(s, 1, f, NULL);
        }
        cs[0] = (XCtor){.arity = k, .fields = arena_dup(&ta, f, k * sizeof *f + 1)};
        *x = (XSpace){.kind = XS_SINGLE,
                      .single = s[0] == '[' ? XK_ARRAY : XK_TUPLE,
                      .n_ctors = 1,
                      .ctors = cs};
    } else if (!strncmp(s, "Option<", 7)) {
        cs[0] = mk_ctor("None", "");
        XTy f = ty(dup_str(s + 7, n - 8));
        cs[1] = (XCtor){
            .name = "Some", .style = XC_TUPLE, .arity = 1, .fields = arena_dup(&ta, &f, sizeof f)};
        *x = (XSpace){.kind = XS_VARIANTS, .n_ctors = 2, .ctors = cs};
    } else if (!strncmp(s, "Result<", 7)) {
        XTy f[2];
        type_list(s, 7, f, NULL);
        cs[0] = (XCtor){.name = "Ok",
                        .style = XC_TUPLE,
                        .arity = 1,
                        .fields = arena_dup(&ta, &f[0], sizeof f[0])};
        cs[1] = (XCtor){.name = "Err",
                        .style = XC_TUPLE,
                        .arity = 1,
                        .fields = arena_dup(&ta, &f[1], sizeof f[1])};
        *x = (XSpace){.kind = XS_VARIANTS, .n_ctors = 2, .ctors = cs};
    } else if (!strncmp(s, "Box<", 4)) {
        XTy f = ty(dup_str(s + 4, n - 5));
        cs[0] = (XCtor){.arity = 1, .fields = arena_dup(&ta, &f, sizeof f)};
        *x = (XSpace){.kind = XS_SINGLE, .single = XK_BOX, .n_ctors = 1, .ctors = cs};
    } else {
        for (size_t a = 0; a < sizeof ADTS / sizeof ADTS[0]; a++) {
            if (strcmp(s, ADTS[a].name))
                continue;
            const char *d = ADTS[a].def;
            if (!strncmp(d, "struct ", 7)) {
                size_t e = 7;
                while (d[e] && d[e] != ' ' && d[e] != '(')
                    e++;
                cs[0] = mk_ctor(dup_str(d + 7, e - 7), d + e);
                *x = (XSpace){.kind = XS_SINGLE, .single = XK_ADT, .n_ctors = 1, .ctors = cs};
            } else {
                uint32_t k = 0;
                size_t i = skip_ws(d, 4);
                while (d[i]) {
                    size_t e = i;
                    while (d[e] && d[e] != ' ' && d[e] != '(' && d[e] != '{')
                        e++;
                    char name[64];
                    snprintf(name, sizeof name, "%s::%.*s", s, (int)(e - i), d + i);
                    size_t end = item_end(d, e);
                    cs[k++] = mk_ctor(dup_str(name, strlen(name)), dup_str(d + e, end - e));
                    i = skip_ws(d, end);
                    if (d[i] == '|')
                        i = skip_ws(d, i + 1);
                }
                *x = (XSpace){.kind = XS_VARIANTS, .n_ctors = k, .ctors = cs};
            }
            break;
        }
    }
}

static const XSpace *
space(XTy t)
{
    build(t);
    inhabited(t);
    return &tys[t].s;
}

static void
space_cb(void *ctx, XTy t, XSpace *out)
{
    (void)ctx;
    n_queries++;
    *out = *space(t);
}

/* ---- patterns from Rust text ---------------------------------------------- */

enum { MAX_PATS = 1 << 14 };
static struct {
    const char *src;
    size_t lo, hi;
} spans[MAX_PATS];
static uint32_t n_spans;

typedef struct {
    const char *s;
    size_t i;
    Arena *a;
    bool bad;
} P;

static XPat *p_pat(P *p, XTy t);

static XPat *
mark(P *p, XPat *x, size_t lo)
{
    size_t hi = p->i;
    while (hi > lo && p->s[hi - 1] == ' ')
        hi--;
    if (n_spans == MAX_PATS)
        n_spans = 0; /* only the current case's patterns are looked up */
    x->id = n_spans;
    spans[n_spans].src = p->s;
    spans[n_spans].lo = lo;
    spans[n_spans++].hi = hi;
    return x;
}

static bool
eat(P *p, const char *tok)
{
    p->i = skip_ws(p->s, p->i);
    size_t n = strlen(tok);
    if (strncmp(p->s + p->i, tok, n))
        return false;
    p->i += n;
    return true;
}

static bool
is_word(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == ':';
}

/* An integer bound: -5, 0x10, 'a', '\u{e000}', i32::MIN, u8::MAX. */
static bool
p_int(P *p, XIntTy it, XU128 *v)
{
    p->i = skip_ws(p->s, p->i);
    const char *s = p->s + p->i;
    if (s[0] == '\'') {
        size_t k = 1;
        if (s[1] == '\\' && s[2] == 'u') {
            *v = strtoul(s + 4, NULL, 16);
            while (s[k] != '}')
                k++;
            k++;
        } else if (s[1] == '\\') {
            *v = s[2] == '0' ? 0 : (XU128)(unsigned char)s[2];
            k = 3;
        } else {
            *v = (unsigned char)s[1];
            k = 2;
        }
        p->i += k + 1;
        return true;
    }
    size_t k = 0;
    while (is_word(s[k]) || (k == 0 && s[k] == '-'))
        k++;
    if (!k)
        return false;
    const char *w = s;
    const char *colon = memchr(w, ':', k);
    bool sign = it <= XI_ISIZE;
    unsigned bits = it == XI_I8 || it == XI_U8 ? 8 : it == XI_I16 || it == XI_U16 ? 16
                    : it == XI_I32 || it == XI_U32 ? 32 : it == XI_I128 || it == XI_U128 ? 128 : 64;
    XU128 mask = bits == 128 ? ~(XU128)0 : ((XU128)1 << bits) - 1;
    if (colon) {
        bool max = !strncmp(colon, "::MAX", 5);
        *v = sign ? ((XU128)1 << (bits - 1)) - (max ? 1 : 0) : (max ? mask : 0);
    } else {
        bool neg = w[0] == '-';
        XU128 x = 0;
        size_t j = neg;
        if (w[j] == '0' && w[j + 1] == 'x')
            for (j += 2; j < k; j++)
                x = x * 16 + (XU128)(w[j] <= '9' ? w[j] - '0' : w[j] - 'a' + 10);
        else
            for (; j < k; j++)
                x = x * 10 + (XU128)(w[j] - '0');
        *v = neg ? ~x + 1 : x;
    }
    p->i += k;
    return true;
}

static XPat *
p_range(P *p, const XSpace *x, size_t lo)
{
    XPat *r = x_range(p->a, 0, 0, false);
    if (eat(p, "..=")) {
        r->lo_open = true;
        p->bad |= !p_int(p, x->int_ty, &r->hi);
        return mark(p, r, lo);
    }
    p->bad |= !p_int(p, x->int_ty, &r->lo);
    r->hi = r->lo;
    if (eat(p, "..=")) {
        p->bad |= !p_int(p, x->int_ty, &r->hi);
    } else if (eat(p, "..")) {
        size_t save = p->i;
        if (!p_int(p, x->int_ty, &r->hi)) {
            p->i = save;
            r->hi_open = true;
        } else {
            r->hi_excl = true;
        }
    }
    return mark(p, r, lo);
}

static uint64_t
str_key(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
    return h;
}

/* Fields `(p, q)` / `[p, q]` for a constructor of the given arity. */
static XPat **
p_fields(P *p, const XCtor *c, const char *close)
{
    XPat **f = arena_alloc(p->a, (c->arity + 1) * sizeof *f);
    for (uint32_t j = 0; j < c->arity; j++) {
        if (eat(p, ".."))
            break; /* the rest are wild */
        f[j] = p_pat(p, c->fields[j]);
        if (j + 1 < c->arity)
            p->bad |= !eat(p, ",");
    }
    eat(p, ",");
    p->bad |= !eat(p, close);
    return f;
}

/* `_`, `x`, `_y` (but not `i32::MIN`). */
static bool
is_binding(const char *s)
{
    if (!(s[0] == '_' || (s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z')))
        return false;
    size_t k = 0;
    while (is_word(s[k]))
        k++;
    return !memchr(s, ':', k);
}

static XPat *
p_alt(P *p, XTy t)
{
    const XSpace *x = space(t);
    p->i = skip_ws(p->s, p->i);
    size_t lo = p->i;
    const char *s = p->s + p->i;
    if (x->kind == XS_SINGLE && (x->single == XK_REF || x->single == XK_REF_MUT) && s[0] == '"') {
        /* a string literal: & of an opaque constant */
        const char *e = strchr(s + 1, '"');
        p->i += (size_t)(e - s) + 1;
        XPat *lit = mark(p, x_lit(p->a, str_key(s, (size_t)(e - s))), lo);
        return mark(p, x_ctor(p->a, 0, 1, (XPat *[]){lit}), lo);
    }
    if (s[0] == '&') {
        p->i++;
        eat(p, "mut ");
        XPat *in = p_alt(p, x->ctors[0].fields[0]);
        return mark(p, x_ctor(p->a, 0, 1, (XPat *[]){in}), lo);
    }
    if (s[0] == '(' && !(x->kind == XS_SINGLE && x->single == XK_TUPLE)) {
        p->i++;
        XPat *in = p_pat(p, t);
        p->bad |= !eat(p, ")");
        return in;
    }
    if (s[0] == '(' || s[0] == '[') {
        p->i++;
        XPat **f = p_fields(p, &x->ctors[0], s[0] == '(' ? ")" : "]");
        return mark(p, x_ctor(p->a, 0, x->ctors[0].arity, f), lo);
    }
    if (x->kind == XS_INT && !is_binding(s))
        return p_range(p, x, lo);
    if (x->kind == XS_OPAQUE && ((s[0] >= '0' && s[0] <= '9') || s[0] == '-')) {
        char *end;
        double v = strtod(s, &end);
        p->i += (size_t)(end - s);
        return mark(p, x_float(p->a, v, v, false), lo);
    }
    size_t k = 0;
    while (is_word(s[k]))
        k++;
    p->i += k;
    if (x->kind == XS_BOOL && (k == 4 || k == 5) &&
        (!strncmp(s, "true", k) || !strncmp(s, "false", k)))
        return mark(p, x_bool(p->a, s[0] == 't'), lo);
    if (x->kind == XS_VARIANTS || (x->kind == XS_SINGLE && x->single == XK_ADT)) {
        for (uint32_t v = 0; v < x->n_ctors; v++) {
            const XCtor *c = &x->ctors[v];
            if (strlen(c->name) != k || strncmp(c->name, s, k))
                continue;
            XPat **f = NULL;
            if (eat(p, "(")) {
                f = p_fields(p, c, ")");
            } else if (eat(p, "{")) {
                f = arena_alloc(p->a, (c->arity + 1) * sizeof *f);
                while (!eat(p, "}")) {
                    if (eat(p, "..") || eat(p, ","))
                        continue;
                    p->i = skip_ws(p->s, p->i);
                    size_t n = 0;
                    while (is_word(p->s[p->i + n]) && p->s[p->i + n] != ':')
                        n++;
                    uint32_t j = 0;
                    while (j < c->arity && (strlen(c->field_names[j]) != n ||
                                            strncmp(c->field_names[j], p->s + p->i, n)))
                        j++;
                    if (j == c->arity) {
                        p->bad = true;
                        break;
                    }
                    p->i += n;
                    p->bad |= !eat(p, ":");
                    f[j] = p_pat(p, c->fields[j]);
                }
            }
            return mark(p, x_ctor(p->a, v, c->arity, f), lo);
        }
    }
    if (k == 0)
        p->bad = true;
    return mark(p, x_wild(p->a), lo); /* `_` or a binding */
}

static XPat *
p_pat(P *p, XTy t)
{
    p->i = skip_ws(p->s, p->i);
    size_t lo = p->i;
    XPat *alts[32];
    uint32_t n = 0;
    alts[n++] = p_alt(p, t);
    while (eat(p, "|"))
        alts[n++] = p_alt(p, t);
    return n == 1 ? alts[0] : mark(p, x_or(p->a, n, alts), lo);
}

/* ---- cases ---------------------------------------------------------------- */

typedef enum { MATCH, MATCH_DEREF, LET } CaseKind;

typedef struct {
    const char *name;
    CaseKind kind;
    const char *ty;   /* the scrutinee's Rust type (MATCH_DEREF: matched as *x, x: &ty) */
    const char *arms; /* `;`-separated; a trailing ` if g` is a guard */
    const char *want; /* rustc's diagnostics, summarised (see the top of the file) */
} Case;

/* clang-format off */
static const Case CASES[] = {
    /* bool */
    {"bool missing false", MATCH, "bool", "true", "E0004 `false` not covered"},
    {"bool exhaustive", MATCH, "bool", "true; false", ""},
    {"bool guard does not cover", MATCH, "bool", "_ if g", "E0004 `true` and `false` not covered"},
    {"bool wildcard first", MATCH, "bool", "_; true", "unreachable true <- _*"},
    /* integers */
    {"i32 around zero", MATCH, "i32", "0", "E0004 `i32::MIN..=-1_i32` and `1_i32..=i32::MAX` not covered"},
    {"u8 full range", MATCH, "u8", "0..=255", ""},
    {"u8 max missing", MATCH, "u8", "0..=254", "E0004 `u8::MAX` not covered"},
    {"i8 gap at zero", MATCH, "i8", "-128..=-1; 1..=127", "E0004 `0_i8` not covered"},
    {"i8 min missing", MATCH, "i8", "-127..=127", "E0004 `i8::MIN` not covered"},
    {"u32 singleton", MATCH, "u32", "5", "E0004 `0_u32..=4_u32` and `6_u32..=u32::MAX` not covered"},
    {"u16 three witnesses", MATCH, "u16", "1..=5; 7", "E0004 `0_u16`, `6_u16` and `8_u16..=u16::MAX` not covered"},
    {"u8 or of literals", MATCH, "u8", "0 | 2 | 4", "E0004 `1_u8`, `3_u8` and `5_u8..=u8::MAX` not covered"},
    {"u8 overlapping ranges exhaustive", MATCH, "u8", "0..=100; 50..=200; 100..=255", "overlap 100..=255 100_u8 with 0..=100"},
    {"u8 overlap on endpoint", MATCH, "u8", "0..=10; 5; 10..=20; _", "overlap 10..=20 10_u8 with 0..=10 | unreachable 5 <- 0..=10"},
    {"u8 two overlaps", MATCH, "u8", "0..=10; 10; 20..=30; 30..=40; 30..=50; _", "overlap 30..=40 30_u8 with 20..=30 | overlap 30..=50 30_u8 with 20..=30 | unreachable 10 <- 0..=10"},
    {"u8 overlap in tuple", MATCH, "(u8, u8)", "(0..=10, 0..=10); (10..=20, _); _", "overlap 10..=20 10_u8 with 0..=10"},
    {"i64 extremes", MATCH, "i64", "i64::MIN; i64::MAX", "E0004 `-9223372036854775807_i64..=9223372036854775806_i64` not covered"},
    {"i128 open end", MATCH, "i128", "0..=100", "E0004 `i128::MIN..=-1_i128` and `101_i128..` not covered"},
    {"i128 up to max", MATCH, "i128", "i128::MIN..=0", "E0004 `1_i128..` not covered"},
    {"i128 below", MATCH, "i128", "-5..=i128::MAX", "E0004 `i128::MIN..=-6_i128` not covered"},
    {"i128 full", MATCH, "i128", "i128::MIN..=-1; 0..=i128::MAX", ""},
    {"u128 open end", MATCH, "u128", "0..=100", "E0004 `101_u128..` not covered"},
    {"u128 max", MATCH, "u128", "0..=0xfffffffffffffffffffffffffffffffe", "E0004 `u128::MAX` not covered"},
    {"u128 full", MATCH, "u128", "0..=0xffffffffffffffffffffffffffffffff", ""},
    {"usize full is not enough", MATCH, "usize", "0..=usize::MAX", "E0004 `usize::MAX..` not covered | note ptr-sized usize"},
    {"usize half-open", MATCH, "usize", "0..", ""},
    {"usize zero", MATCH, "usize", "0", "E0004 `1_usize..` not covered"},
    {"isize full is not enough", MATCH, "isize", "isize::MIN..=isize::MAX", "E0004 `..isize::MIN` and `isize::MAX..` not covered | note ptr-sized isize"},
    {"isize zero", MATCH, "isize", "0", "E0004 `..=-1_isize` and `1_isize..` not covered"},
    {"isize half-open both", MATCH, "isize", "..=0; 1..", ""},
    {"char a", MATCH, "char", "'a'", "E0004 `'\\0'..='`'`, `'b'..='\\u{d7ff}'` and `'\\u{e000}'..='\\u{10ffff}'` not covered"},
    {"char full", MATCH, "char", "'\\0'..='\\u{d7ff}'; '\\u{e000}'..='\\u{10ffff}'", ""},
    {"char non-ascii", MATCH, "char", "'\\0'..='\\u{e8}'; '\\u{ea}'..", "E0004 `'é'` not covered"},
    {"u8 gap after exclusive", MATCH, "u8", "0..5; 6..10; _", "gap 0..5 5_u8 0_u8..5_u8=>0_u8..=5_u8 with 6..10"},
    {"u8 gap before literal", MATCH, "u8", "0..5; 6; _", "gap 0..5 5_u8 0_u8..5_u8=>0_u8..=5_u8 with 6"},
    {"u8 no gap: inclusive", MATCH, "u8", "0..=4; 6..=9; _", ""},
    {"u8 no gap: present later", MATCH, "u8", "0..5; 6..=9; 5; _", ""},
    {"u8 gap and overlap order", MATCH, "u8", "30..40; 41..=50; 0..=10; 10..=20; _", "overlap 10..=20 10_u8 with 0..=10 | gap 30..40 40_u8 30_u8..40_u8=>30_u8..=40_u8 with 41..=50"},
    {"u8 exclusive missing max", MATCH, "u8", "0..255; _", "gap 0..255 u8::MAX 0_u8..u8::MAX=>0_u8..=u8::MAX with"},
    {"u8 gap twice", MATCH, "u8", "0..5; 6..=9; 0..5; _", "gap 0..5 5_u8 0_u8..5_u8=>0_u8..=5_u8 with 6..=9 | gap 0..5 5_u8 0_u8..5_u8=>0_u8..=5_u8 with 6..=9 | unreachable 0..5 <- 0..5"},
    {"u8 gap in Option", MATCH, "Option<u8>", "Some(0..5); Some(6..=9); _", "gap 0..5 5_u8 0_u8..5_u8=>0_u8..=5_u8 with 6..=9"},
    /* Option, Result, nesting */
    {"Option only Some(true)", MATCH, "Option<bool>", "Some(true)", "E0004 `None` not covered"},
    {"Option<Option<bool>> relevancy", MATCH, "Option<Option<bool>>", "Some(Some(true))", "E0004 `None` not covered"},
    {"Option<Option<bool>> deep", MATCH, "Option<Option<bool>>", "None; Some(None); Some(Some(true))", "E0004 `Some(Some(false))` not covered"},
    {"Option<Option<bool>> exhaustive", MATCH, "Option<Option<bool>>", "None; Some(None); Some(Some(_))", ""},
    {"Option guards", MATCH, "Option<bool>", "None if g; Some(_) if g", "E0004 `None` and `Some(_)` not covered"},
    {"Option<u8> ranges", MATCH, "Option<u8>", "None; Some(3)", "E0004 `Some(0_u8..=2_u8)` and `Some(4_u8..=u8::MAX)` not covered"},
    {"Option<E5> more", MATCH, "Option<E5>", "Some(E5::A); None", "E0004 `Some(E5::B)`, `Some(E5::C)`, `Some(E5::D)` and 1 more not covered"},
    {"Result Err", MATCH, "Result<u8, bool>", "Ok(0)", "E0004 `Err(_)` not covered"},
    {"Option unreachable Some(_)", MATCH, "Option<bool>", "Some(true); Some(false); None; Some(_)", "unreachable Some(_) <- Some(true);Some(false)"},
    /* tuples */
    {"tuple relevancy", MATCH, "(bool, bool)", "(true, true)", "E0004 `(false, _)` not covered"},
    {"tuple diagonal", MATCH, "(bool, bool)", "(true, _); (_, true)", "E0004 `(false, false)` not covered"},
    {"tuple bool order", MATCH, "(bool, bool)", "(false, false); (true, true)", "E0004 `(true, false)` and `(false, true)` not covered"},
    {"tuple guard", MATCH, "(bool, bool)", "(true, true) if g; (false, false)", "E0004 `(true, false)` and `(false, true)` not covered"},
    {"tuple three", MATCH, "(bool, bool, bool)", "(true, true, true); (false, false, false)", "E0004 `(true, false, _)` and `(false, true, _)` not covered"},
    {"tuple of one", MATCH, "(bool,)", "(true,)", "E0004 `(false,)` not covered"},
    {"tuple int and bools", MATCH, "(u8, bool, bool, bool)", "(0, true, true, true)", "E0004 `(1_u8..=u8::MAX, _, _, _)` not covered"},
    {"tuple bool and int", MATCH, "(bool, u8)", "(true, 0); (false, _)", "E0004 `(true, 1_u8..=u8::MAX)` not covered"},
    {"tuple enums", MATCH, "(E5, E5)", "(E5::A, E5::A)", "E0004 `(E5::B, _)`, `(E5::C, _)`, `(E5::D, _)` and 1 more not covered"},
    {"tuple bool enum", MATCH, "(bool, E5)", "(true, E5::A); (false, _)", "E0004 `(true, E5::B)`, `(true, E5::C)`, `(true, E5::D)` and 1 more not covered"},
    {"tuple variant order", MATCH, "(E3, bool)", "(E3::C, true); (E3::A, true); (E3::B, _)", "E0004 `(E3::A, false)` and `(E3::C, false)` not covered"},
    {"tuple range order", MATCH, "(u8, bool)", "(5, true); (0..=4, true); (6..=255, _)", "E0004 `(0_u8..=4_u8, false)` and `(5_u8, false)` not covered"},
    {"unit struct in tuple", MATCH, "(Unit, bool)", "(Unit, true)", "E0004 `(Unit, false)` not covered"},
    {"empty braced struct", MATCH, "(Empty, bool)", "(Empty {}, true)", "E0004 `(Empty {  }, false)` not covered"},
    {"array", MATCH, "[bool; 2]", "[true, _]", "E0004 `[false, _]` not covered"},
    /* enums and structs */
    {"enum unit and others", MATCH, "Foo", "Foo::A", "E0004 `Foo::B { .. }` and `Foo::C(_, _)` not covered"},
    {"enum struct variant", MATCH, "Foo", "Foo::A; Foo::C(..)", "E0004 `Foo::B { .. }` not covered"},
    {"enum struct variant field", MATCH, "Foo", "Foo::A; Foo::C(..); Foo::B { x: true, .. }", "E0004 `Foo::B { x: false, .. }` not covered"},
    {"enum exhaustive with struct variant", MATCH, "Foo", "Foo::A; Foo::C(true, _); Foo::C(false, _); Foo::B { y: 0, x: _ }; Foo::B { .. }", ""},
    {"enum four missing", MATCH, "E5", "E5::A", "E0004 `E5::B`, `E5::C`, `E5::D` and 1 more not covered"},
    {"enum three missing", MATCH, "E5", "E5::A; E5::B", "E0004 `E5::C`, `E5::D` and `E5::E` not covered"},
    {"enum or-pattern", MATCH, "E5", "E5::A | E5::B", "E0004 `E5::C`, `E5::D` and `E5::E` not covered"},
    {"struct field", MATCH, "S", "S { a: true, b: _ }", "E0004 `S { a: false, .. }` not covered"},
    {"struct nested field", MATCH, "S", "S { a: _, b: None }", "E0004 `S { b: Some(_), .. }` not covered"},
    {"struct all fields", MATCH, "S", "S { a: true, b: None }; S { a: _, b: Some(_) }", "E0004 `S { a: false, b: None }` not covered"},
    {"tuple struct", MATCH, "TS", "TS(true, _)", "E0004 `TS(false, _)` not covered"},
    {"struct ints", MATCH, "Pt", "Pt { x: 0, y: 0 }", "E0004 `Pt { x: i32::MIN..=-1_i32, .. }` and `Pt { x: 1_i32..=i32::MAX, .. }` not covered"},
    /* references */
    {"ref bool", MATCH, "&bool", "&true", "E0004 `&false` not covered"},
    {"ref mut in Option", MATCH, "Option<&mut bool>", "Some(&mut true); None", "E0004 `Some(&mut false)` not covered"},
    {"str literal", MATCH, "&str", "\"a\"", "E0004 `&_` not covered | note wildcard str"},
    {"str literals", MATCH, "&str", "\"a\"; \"b\"; \"a\"; _", "unreachable \"a\" <- \"a\""},
    {"float", MATCH, "f64", "1.0", "E0004 `_` not covered"},
    {"float repeated", MATCH, "f64", "1.0; 1.0; _", "unreachable 1.0 <- 1.0"},
    /* or-patterns and unreachable */
    {"or arm covered whole", MATCH, "E3", "E3::A | E3::B; E3::A | E3::B; E3::C", "unreachable E3::A | E3::B <- E3::A | E3::B"},
    {"or arm alternative", MATCH, "E3", "E3::A; E3::A | E3::B; E3::C", "unreachable E3::A <- E3::A"},
    {"or covered by or", MATCH, "E3", "E3::A | E3::B; E3::A; E3::C", "unreachable E3::A <- E3::A | E3::B"},
    {"or covered by two", MATCH, "E3", "E3::A; E3::B; E3::A | E3::B; E3::C", "unreachable E3::A | E3::B <- E3::A;E3::B"},
    {"or covered by or and arm", MATCH, "E3", "E3::A | E3::B; E3::C; E3::A | E3::C", "unreachable E3::A | E3::C <- E3::A | E3::B;E3::C"},
    {"or nested duplicate", MATCH, "Option<E3>", "Some(E3::A | E3::A); _", "unreachable E3::A <- E3::A"},
    {"or nested whole", MATCH, "Option<E3>", "Some(E3::A | E3::B); Some(E3::B | E3::A); _", "unreachable Some(E3::B | E3::A) <- Some(E3::A | E3::B)"},
    {"or nested in field", MATCH, "(E3, E3)", "(E3::A | E3::B, E3::A); (E3::B, E3::A | E3::B); _", "unreachable E3::A <- E3::A"},
    {"or nested partial", MATCH, "Option<E3>", "Some(E3::A | E3::B); Some(E3::A); _", "unreachable Some(E3::A) <- Some(E3::A | E3::B)"},
    {"or in tuple whole arm", MATCH, "(E3, bool)", "(E3::A | E3::B, _); (E3::A, true); _", "unreachable (E3::A, true) <- (E3::A | E3::B, _)"},
    {"or of tuples", MATCH, "(E3, bool)", "(E3::A, _) | (E3::B, true); (E3::A, true); _", "unreachable (E3::A, true) <- (E3::A, _) | (E3::B, true)"},
    {"or at second column", MATCH, "(bool, E3)", "(_, E3::A | E3::B); (true, E3::A); _", "unreachable (true, E3::A) <- (_, E3::A | E3::B)"},
    {"or of wildcards keeps top level", MATCH, "bool", "_ | _ if g", "E0004 `true` and `false` not covered"},
    {"or of wildcards Option", MATCH, "Option<bool>", "_ | _ if g", "E0004 `None` and `Some(_)` not covered"},
    {"guarded arm still checked", MATCH, "bool", "_; true if g", "unreachable true <- _*"},
    {"guard then same arm", MATCH, "bool", "true if g; true; false", ""},
    /* empty types */
    {"empty variant omitted", MATCH, "Option<Void>", "None", ""},
    {"empty variant behind ref", MATCH, "&Option<Void>", "&None", "E0004 `&Some(_)` not covered | note uninhabited Void"},
    {"wildcard on empty type", MATCH, "Void", "_", "unreachable _ <- (no values: Void)"},
    {"empty variant arm not linted", MATCH, "Option<Void>", "None; Some(_)", ""},
    {"empty variant binding not linted", MATCH, "Option<Void>", "None; Some(_v)", ""},
    {"empty field behind ref", MATCH, "&(Void, bool)", "&(_, true)", "E0004 `&(_, false)` not covered | note uninhabited Void"},
    {"empty struct behind ref", MATCH, "&Option<(Void, bool)>", "&None", "E0004 `&Some(_)` not covered | note uninhabited (Void, bool)"},
    {"deref place is not valid", MATCH_DEREF, "Option<(Void, bool)>", "None", "E0004 `Some(_)` not covered | note uninhabited (Void, bool)"},
    {"empty Err omitted", MATCH, "Result<u8, Void>", "Ok(_)", ""},
    {"empty tuple", MATCH, "(Void, bool)", "(_, true)", ""},
    {"Option of empty tuple", MATCH, "Option<(Void, bool)>", "None", ""},
    {"or of wildcards on empty", MATCH, "Void", "_ | _", "unreachable _ | _ <- (no values: Void)"},
    /* recursive type */
    {"recursive struct", MATCH, "List", "List { next: None }", "E0004 `List { next: Some(_) }` not covered"},
    {"recursive struct deeper", MATCH, "List", "List { next: None }; List { next: Some(_) }", ""},
    {"recursive Option<Box<List>>", MATCH, "Option<Box<List>>", "None", "E0004 `Some(_)` not covered"},
    /* more edges */
    {"empty match on enum", MATCH, "E3", "", "E0004 `E3::A`, `E3::B` and `E3::C` not covered"},
    {"empty match Option<Void>", MATCH, "Option<Void>", "", "E0004 `None` not covered"},
    {"empty match on empty enum", MATCH, "Void", "", ""},
    {"usize in tuple", MATCH, "(usize, bool)", "(0..=usize::MAX, true); (_, false)", "E0004 `(usize::MAX.., true)` not covered | note ptr-sized usize"},
    {"isize below min in tuple", MATCH, "(isize, bool)", "(isize::MIN.., _)", "E0004 `(..isize::MIN, _)` not covered | note ptr-sized isize"},
    {"Option<&str>", MATCH, "Option<&str>", "Some(\"a\"); None", "E0004 `Some(&_)` not covered | note wildcard str"},
    {"Result unit", MATCH, "Result<(), ()>", "Ok(())", "E0004 `Err(_)` not covered"},
    {"struct variant with fields", MATCH, "Foo", "Foo::A; Foo::C(..); Foo::B { x: true, y: 0 }; Foo::B { x: false, .. }", "E0004 `Foo::B { x: true, y: 1_u8..=u8::MAX }` not covered"},
    {"two int columns", MATCH, "(u8, u8)", "(0..=127, _); (_, 0..=127)", "E0004 `(128_u8..=u8::MAX, 128_u8..=u8::MAX)` not covered"},
    {"i16 around zero", MATCH, "i16", "-10..=10", "E0004 `i16::MIN..=-11_i16` and `11_i16..=i16::MAX` not covered"},
    {"covered by two ranges", MATCH, "u8", "0..=5; 3..=8; 0..=8; _", "unreachable 0..=8 <- 0..=5;3..=8"},
    {"overlap with two prefixes", MATCH, "u8", "0..=10; 5..=10; 10..=20; _", "overlap 10..=20 10_u8 with 0..=10;5..=10 | unreachable 5..=10 <- 0..=10"},
    {"overlap, singleton in between", MATCH, "u8", "0..=10; 10; 10..=20; _", "overlap 10..=20 10_u8 with 0..=10 | unreachable 10 <- 0..=10"},
    {"overlap i8 negative", MATCH, "i8", "-10..=-5; -5..=0; _", "overlap -5..=0 -5_i8 with -10..=-5"},
    {"overlap at type max", MATCH, "u8", "200..=255; 255; 0..=199", "unreachable 255 <- 200..=255"},
    {"char combining mark", MATCH, "char", "'\\0'..='\\u{2ff}'; '\\u{301}'..", "E0004 `'\\u{300}'` not covered"},
    {"char overlap", MATCH, "char", "'a'..='m'; 'm'..='z'; _", "overlap 'm'..='z' 'm' with 'a'..='m'"},
    {"nested Option three deep", MATCH, "Option<Option<Option<bool>>>", "None; Some(None); Some(Some(None)); Some(Some(Some(false)))", "E0004 `Some(Some(Some(true)))` not covered"},
    {"missing in middle column", MATCH, "(bool, E3, bool)", "(_, E3::A, _); (_, E3::C, _)", "E0004 `(_, E3::B, _)` not covered"},
    {"guarded or-pattern", MATCH, "Option<bool>", "Some(true) | None if g; Some(_)", "E0004 `None` not covered"},
    {"or with guard then cover", MATCH, "Option<bool>", "Some(true) | None if g; Some(true) | None; Some(false)", ""},
    {"catchall binding", MATCH, "Option<bool>", "x; None", "unreachable None <- x*"},
    {"catchall tuple of bindings", MATCH, "(bool, bool)", "(a, b); (true, false)", "unreachable (true, false) <- (a, b)*"},
    {"redundant or inside useful arm", MATCH, "(bool, Option<bool>)", "(true, Some(true)); (true, Some(true) | None); _", "unreachable Some(true) <- Some(true)"},
    {"ref or-patterns", MATCH, "&Option<bool>", "&Some(true) | &None; &Some(false)", ""},
    {"array exhaustive", MATCH, "[bool; 2]", "[true, _]; [false, true]; [false, false]", ""},
    {"array of three", MATCH, "[u8; 3]", "[0, _, _]; [_, 0, _]", "E0004 `[1_u8..=u8::MAX, 1_u8..=u8::MAX, _]` not covered"},
    {"nested empty variant valid", MATCH, "Option<Result<bool, Void>>", "None; Some(Ok(true))", "E0004 `Some(Ok(false))` not covered"},
    {"unreachable after exhaustive", MATCH, "E3", "E3::A; E3::B; E3::C; _", "unreachable _ <- E3::A;E3::B;E3::C"},
    {"many arms covering", MATCH, "Option<E5>", "Some(E5::A); Some(E5::B); Some(E5::C); Some(E5::D); Some(E5::E); Some(_)", "unreachable Some(_) <- Some(E5::A);Some(E5::B);Some(E5::C);Some(E5::D) +1 | E0004 `None` not covered"},
    {"let int", LET, "u8", "0..=254", "E0005 pattern `u8::MAX` not covered"},
    {"let struct variant", LET, "Foo", "Foo::B { x: true, .. }", "E0005 patterns `Foo::A` and `Foo::C(_, _)` not covered"},
    {"six witnesses", MATCH, "(E3, E3)", "(E3::A, E3::A); (E3::B, E3::B); (E3::C, E3::C)", "E0004 `(E3::A, E3::B)`, `(E3::A, E3::C)`, `(E3::B, E3::A)` and 3 more not covered"},
    {"u8 five witnesses", MATCH, "u8", "1 | 3 | 5 | 7", "E0004 `0_u8`, `2_u8`, `4_u8` and 2 more not covered"},
    {"u8 guarded wildcard", MATCH, "u8", "_ if g", "E0004 `0_u8..=u8::MAX` not covered"},
    {"i32 guarded wildcard", MATCH, "i32", "_ if g", "E0004 `i32::MIN..=i32::MAX` not covered"},
    {"isize guarded wildcard", MATCH, "isize", "_ if g", "E0004 `_` not covered"},
    {"usize guarded wildcard", MATCH, "usize", "_ if g", "E0004 `0_usize..` not covered"},
    {"char guarded wildcard", MATCH, "char", "_ if g", "E0004 `'\\0'..='\\u{d7ff}'` and `'\\u{e000}'..='\\u{10ffff}'` not covered"},
    {"u128 guarded wildcard", MATCH, "u128", "_ if g", "E0004 `0_u128..` not covered"},
    {"i128 guarded wildcard", MATCH, "i128", "_ if g", "E0004 `i128::MIN..` not covered"},
    {"nested int all missing", MATCH, "(u8, bool)", "(_, true)", "E0004 `(_, false)` not covered"},
    {"char before surrogates", MATCH, "char", "'\\0'..'\\u{d7ff}'; '\\u{e000}'..", "gap '\\0'..'\\u{d7ff}' '\\u{d7ff}' '\\0'..'\\u{d7ff}'=>'\\0'..='\\u{d7ff}' with | E0004 `'\\u{d7ff}'` not covered"},
    {"unit", MATCH, "()", "(); ()", "unreachable () <- ()*"},
    {"ref ref", MATCH, "&&bool", "&&true", "E0004 `&&false` not covered"},
    {"struct two fields printed", MATCH, "S", "S { a: true, .. }; S { b: None, .. }; S { b: Some(false), .. }", "E0004 `S { a: false, b: Some(true) }` not covered"},
    {"guards do not make arms unreachable", MATCH, "Option<bool>", "Some(_) if g; Some(_) if g; Some(_); None", ""},
    {"let None of empty", LET, "Option<Void>", "None", ""},
    {"let Ok with empty tuple", LET, "Result<u8, (Void, bool)>", "Ok(_x)", ""},
    {"covered with a guarded arm", MATCH, "Option<bool>", "Some(true) if g; Some(_); Some(true); None", "unreachable Some(true) <- Some(_)"},
    {"or-alternatives of one arm", MATCH, "Option<bool>", "Some(true) | Some(_) | Some(false); None", "unreachable Some(false) <- Some(_)"},
    {"or-alternative covered across arms", MATCH, "(bool, bool)", "(true, _); (false, true) | (true, false); _", "unreachable (true, false) <- (true, _)"},
    {"nested or all redundant", MATCH, "(bool, Option<bool>)", "(_, Some(_)); (true, Some(true) | Some(false)); _", "unreachable (true, Some(true) | Some(false)) <- (_, Some(_))"},
    {"or under wildcard row", MATCH, "(Option<E3>, bool)", "(_, true); (Some(E3::A | E3::B), _); _", ""},
    {"overlap under guard", MATCH, "u8", "0..=10 if g; 10..=20; _", "overlap 10..=20 10_u8 with 0..=10"},
    {"overlap not linted when redundant cover", MATCH, "(u8, bool)", "(0..=10, true); (10..=20, false); _", ""},
    {"nested or-pattern", MATCH, "E3", "E3::A | (E3::B | E3::C); E3::B", "unreachable E3::B <- E3::A | (E3::B | E3::C)"},
    {"nested or-pattern alternative", MATCH, "E3", "E3::A | (E3::A | E3::B); _", "unreachable E3::A <- E3::A"},
    /* let (E0005) */
    {"let Some", LET, "Option<bool>", "Some(_y)", "E0005 pattern `None` not covered"},
    {"let tuple", LET, "(bool, u8)", "(true, _y)", "E0005 pattern `(false, _)` not covered"},
    {"let Ok with empty Err", LET, "Result<u8, Void>", "Ok(_y)", ""},
    {"let E5", LET, "E5", "E5::A", "E0005 patterns `E5::B`, `E5::C`, `E5::D` and 1 more not covered"},
    {"let two", LET, "Foo", "Foo::A", "E0005 patterns `Foo::B { .. }` and `Foo::C(_, _)` not covered"},
    {"let struct", LET, "Pt", "Pt { x: _a, y: _b }", ""},
};
/* clang-format on */
enum { N_CASES = sizeof CASES / sizeof CASES[0] };

static void
span_text(uint32_t id, Buf *b)
{
    buf_bytes(b, spans[id].src + spans[id].lo, spans[id].hi - spans[id].lo);
}

static const char *
bufz(Buf *b)
{
    buf_u8(b, 0);
    b->len--;
    return (const char *)b->data;
}

/* Runs one case; returns the summary in `out`, false if it could not be run. */
static bool
run_case(const Case *c, Buf *out, XReport *r)
{
    Arena pa;
    arena_init(&pa);
    n_spans = 0;
    XTy t = ty(c->ty);
    XArm arms[32];
    uint32_t n = 0;
    P p = {.s = c->arms, .a = &pa};
    while (p.s[skip_ws(p.s, p.i)]) {
        arms[n].pat = p_pat(&p, t);
        arms[n].has_guard = eat(&p, "if g");
        n++;
        if (!eat(&p, ";"))
            break;
    }
    XQuery q = {.space = space_cb};
    XStatus st = c->kind == LET ? x_check_irrefutable(&q, t, true, arms[0].pat, r)
                                : x_check_match(&q, t, c->kind != MATCH_DEREF, arms, n, r);
    bool ok = !p.bad && st == X_OK && p.s[skip_ws(p.s, p.i)] == 0;
    const char *sep = "";
    for (uint32_t i = 0; ok && i < r->lints.len; i++) {
        const XLint *l = &r->lints.data[i];
        buf_printf(out, "%s%s ", sep, l->kind == XL_OVERLAP ? "overlap" : "gap");
        span_text(l->pat->id, out);
        buf_printf(out, " %s", l->value);
        if (l->kind == XL_GAP)
            buf_printf(out, " %s=>%s", l->range, l->suggestion);
        buf_printf(out, " with");
        for (uint32_t j = 0; j < l->n_with; j++) {
            buf_printf(out, "%s", j ? ";" : " ");
            span_text(l->with[j]->id, out);
        }
        sep = " | ";
    }
    for (uint32_t i = 0; ok && i < r->redundant.len; i++) {
        const XRedundant *d = &r->redundant.data[i];
        buf_printf(out, "%sunreachable ", sep);
        span_text(d->pat->id, out);
        buf_printf(out, " <- ");
        if (!d->n_covered_by)
            buf_printf(out, "(no values: %s)", tys[d->uninhabited].text);
        for (uint32_t j = 0; j < d->n_covered_by && j < 4; j++) {
            if (j)
                buf_u8(out, ';');
            span_text(d->covered_by[j]->id, out);
        }
        if (d->n_covered_by > 4) /* rustc: "...and N other patterns collectively make..." */
            buf_printf(out, " +%u", d->n_covered_by - 4);
        if (d->covered_by_catchall) /* rustc: "matches any value" */
            buf_u8(out, '*');
        sep = " | ";
    }
    if (ok && !r->exhaustive) {
        buf_printf(out, "%s", sep);
        if (c->kind == LET) {
            buf_printf(out, "E0005 ");
            x_fmt_label(r, out);
        } else {
            Buf m = {0};
            x_fmt_e0004(r, &m);
            buf_printf(out, "E0004 %s", bufz(&m) + strlen("non-exhaustive patterns: "));
            buf_free(&m);
        }
        /* the notes rustc prints (none for floats) */
        static const char *kinds[XNOTE_N] = {"wildcard", "uninhabited", "ptr-sized"};
        for (uint32_t i = 0; i < r->notes.len; i++) {
            const XNote *nt = &r->notes.data[i];
            if (nt->kind != XN_WILDCARD_NEEDED || !strcmp(tys[nt->ty].text, "str"))
                buf_printf(out, " | note %s %s", kinds[nt->kind], tys[nt->ty].text);
        }
    }
    arena_free(&pa);
    return ok;
}

static void
print_rust(void)
{
    printf("%s", RUST_PRELUDE);
    for (int i = RUST_PRELUDE_LINES; i < FIRST_CASE_LINE - 1; i++)
        printf("\n");
    for (int i = 0; i < N_CASES; i++) {
        const Case *c = &CASES[i];
        if (c->kind == LET) {
            printf("pub fn c%d(x: %s) { let %s = x; }\n", i, c->ty, c->arms);
            continue;
        }
        printf("pub fn c%d(x: %s%s, g: bool) { match %sx { ", i, c->kind == MATCH_DEREF ? "&" : "",
               c->ty, c->kind == MATCH_DEREF ? "*" : "");
        const char *a = c->arms;
        while (*a) {
            const char *e = strchr(a, ';');
            size_t n = e ? (size_t)(e - a) : strlen(a);
            printf("%.*s => {} ", (int)n, a);
            a += n + (e ? 2 : 0);
        }
        printf("} }\n");
    }
}

/* ---- checks beyond the table ---------------------------------------------- */

static XQuery Q = {.space = space_cb};

static void
fmt_checks(void)
{
    Arena a;
    arena_init(&a);
    XReport r;
    Buf b = {0};
    /* x_fmt_int: rustc's constant printing */
    static const struct {
        XIntTy t;
        XU128 v;
        const char *want;
    } ints[] = {
        {XI_I32, (XU128)-1, "-1_i32"},       {XI_I32, 0x80000000u, "i32::MIN"},
        {XI_U8, 255, "u8::MAX"},             {XI_U8, 0, "0_u8"},
        {XI_I8, (XU128)-128, "i8::MIN"},     {XI_USIZE, ~(XU128)0, "usize::MAX"},
        {XI_ISIZE, 5, "5_isize"},            {XI_CHAR, '\'', "'\\''"},
        {XI_CHAR, 0xe9, "'\xc3\xa9'"},       {XI_CHAR, 0x7f, "'\\u{7f}'"},
        {XI_CHAR, 0x300, "'\\u{300}'"},      {XI_I128, (XU128)1 << 127, "i128::MIN"},
    };
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++) {
        b.len = 0;
        x_fmt_int(ints[i].t, ints[i].v, &b);
        char name[96];
        snprintf(name, sizeof name, "x_fmt_int %s", ints[i].want);
        check(name, !strcmp(bufz(&b), ints[i].want), bufz(&b));
    }
    /* the E0004 line, label and suggestion for 1, 2, 3 and 5 witnesses */
    static const struct {
        const char *ty, *arm, *msg, *label, *sugg;
    } msgs[] = {
        {"Option<bool>", "Some(_)", "non-exhaustive patterns: `None` not covered",
         "pattern `None` not covered", "None => todo!()"},
        {"Option<bool>", "_ if g", "non-exhaustive patterns: `None` and `Some(_)` not covered",
         "patterns `None` and `Some(_)` not covered", "None | Some(_) => todo!()"},
        {"E5", "E5::A | E5::B", "non-exhaustive patterns: `E5::C`, `E5::D` and `E5::E` not covered",
         "patterns `E5::C`, `E5::D` and `E5::E` not covered", "E5::C | E5::D | E5::E => todo!()"},
        {"(E5, bool)", "(E5::A, _)",
         "non-exhaustive patterns: `(E5::B, _)`, `(E5::C, _)`, `(E5::D, _)` and 1 more not covered",
         "patterns `(E5::B, _)`, `(E5::C, _)`, `(E5::D, _)` and 1 more not covered",
         "_ => todo!()"},
    };
    for (size_t i = 0; i < sizeof msgs / sizeof msgs[0]; i++) {
        P p = {.s = msgs[i].arm, .a = &a};
        XArm arm = {p_pat(&p, ty(msgs[i].ty)), eat(&p, "if g")};
        x_check_match(&Q, ty(msgs[i].ty), true, &arm, 1, &r);
        const char *what[3] = {msgs[i].msg, msgs[i].label, msgs[i].sugg};
        void (*fn[3])(const XReport *, Buf *) = {x_fmt_e0004, x_fmt_label, x_fmt_suggestion};
        for (int k = 0; k < 3; k++) {
            b.len = 0;
            fn[k](&r, &b);
            char name[160];
            snprintf(name, sizeof name, "%s: %s",
                     k == 0   ? "e0004"
                     : k == 1 ? "label"
                              : "suggestion",
                     what[k]);
            check(name, !strcmp(bufz(&b), what[k]), bufz(&b));
        }
        x_report_free(&r);
    }
    b.len = 0;
    x_fmt_e0005("local binding", &b);
    check("e0005 message", !strcmp(bufz(&b), "refutable pattern in local binding"), bufz(&b));
    buf_free(&b);
    arena_free(&a);
}

static void
api_checks(void)
{
    Arena a;
    arena_init(&a);
    XReport r;

    /* per-arm flags and the catchall explanation */
    {
        P p = {.s = "x; true; false", .a = &a};
        XArm arms[3];
        for (int i = 0; i < 3; i++) {
            arms[i] = (XArm){p_pat(&p, ty("bool")), false};
            eat(&p, ";");
        }
        x_check_match(&Q, ty("bool"), true, arms, 3, &r);
        check("arm flags: binding covers the rest",
              r.exhaustive && r.arm_reachable[0] && !r.arm_reachable[1] && !r.arm_reachable[2] &&
                  r.redundant.len == 2 && r.redundant.data[0].whole_arm &&
                  r.redundant.data[0].covered_by_catchall,
              "flags");
        x_report_free(&r);
    }
    /* an or-alternative is reported, the arm stays reachable */
    {
        P p = {.s = "E3::A; E3::A | E3::B; E3::C", .a = &a};
        XArm arms[3];
        for (int i = 0; i < 3; i++) {
            arms[i] = (XArm){p_pat(&p, ty("E3")), false};
            eat(&p, ";");
        }
        x_check_match(&Q, ty("E3"), true, arms, 3, &r);
        check("or-alternative redundant, arm reachable",
              r.arm_reachable[1] && r.redundant.len == 1 && !r.redundant.data[0].whole_arm &&
                  r.redundant.data[0].arm == 1 && !r.redundant.data[0].covered_by_catchall,
              "flags");
        x_report_free(&r);
    }
    /* laziness: a recursive type is asked for only as deep as the patterns go */
    {
        n_queries = 0;
        P p = {.s = "List { next: Some(_) }; List { next: None }", .a = &a};
        XArm arms[2];
        for (int i = 0; i < 2; i++) {
            arms[i] = (XArm){p_pat(&p, ty("List")), false};
            eat(&p, ";");
        }
        XStatus st = x_check_match(&Q, ty("List"), true, arms, 2, &r);
        char why[64];
        snprintf(why, sizeof why, "%d space queries", n_queries);
        check("recursive type: lazy spaces", st == X_OK && r.exhaustive && n_queries <= 3, why);
        x_report_free(&r);
    }
    /* a pattern that does not fit its type */
    {
        XPat *bad = x_ctor(&a, 7, 0, NULL);
        XArm arm = {bad, false};
        check("bad pattern: variant out of range",
              x_check_match(&Q, ty("E3"), true, &arm, 1, &r) == X_BAD_PATTERN, "status");
        x_report_free(&r);
        XPat *rng = x_range(&a, 5, 3, false);
        arm.pat = rng;
        check("bad pattern: empty range",
              x_check_match(&Q, ty("u8"), true, &arm, 1, &r) == X_BAD_PATTERN, "status");
        x_report_free(&r);
        arm.pat = x_range(&a, 1, 2, false);
        check("bad pattern: range on bool",
              x_check_match(&Q, ty("bool"), true, &arm, 1, &r) == X_BAD_PATTERN, "status");
        x_report_free(&r);
    }
    /* 64 nested pairs of bools: (b, (b, (b, ...))) — bounded, linear with relevancy */
    {
        char tyname[1024];
        size_t tn = 0;
        for (int i = 0; i < 63; i++)
            tn += (size_t)snprintf(tyname + tn, sizeof tyname - tn, "(bool, ");
        tn += (size_t)snprintf(tyname + tn, sizeof tyname - tn, "bool");
        for (int i = 0; i < 63; i++)
            tyname[tn++] = ')';
        tyname[tn] = 0;
        XTy deep = ty(tyname);
        /* arms: all-true, and one arm per position that is false there */
        char pat[8192];
        XArm arms[70];
        for (int k = 0; k <= 64; k++) {
            size_t n = 0;
            for (int i = 0; i < 63; i++)
                n += (size_t)snprintf(pat + n, sizeof pat - n, "(%s, ",
                                      i == k  ? "false"
                                      : i < k ? "true"
                                              : "_");
            n += (size_t)snprintf(pat + n, sizeof pat - n, "%s",
                                  k == 63   ? "false"
                                  : k == 64 ? "true"
                                            : "_");
            for (int i = 0; i < 63; i++)
                pat[n++] = ')';
            pat[n] = 0;
            P p = {.s = arena_strndup(&a, pat, n), .a = &a};
            arms[k] = (XArm){p_pat(&p, deep), false};
        }
        XStatus st = x_check_match(&Q, deep, true, arms, 65, &r);
        check("64 nested bool pairs: exhaustive", st == X_OK && r.exhaustive && !r.redundant.len,
              "status");
        x_report_free(&r);
        st = x_check_match(&Q, deep, true, arms, 64, &r);
        check("64 nested bool pairs: one witness", st == X_OK && r.n_witnesses == 1, "status");
        x_report_free(&r);
    }
    /* a flat 24-tuple of bools with 2^k-ish witnesses: the budget stops it cleanly */
    {
        char tyname[512], pat[512];
        size_t n = (size_t)snprintf(tyname, sizeof tyname, "(");
        size_t m = (size_t)snprintf(pat, sizeof pat, "(");
        for (int i = 0; i < 24; i++) {
            n += (size_t)snprintf(tyname + n, sizeof tyname - n, "%sbool", i ? ", " : "");
            m += (size_t)snprintf(pat + m, sizeof pat - m, "%s_", i ? ", " : "");
        }
        snprintf(tyname + n, sizeof tyname - n, ")");
        snprintf(pat + m, sizeof pat - m, ")");
        XTy wide = ty(tyname);
        /* guarded rows of true/false per column: every row is kept at each split */
        XArm arms[48];
        for (int k = 0; k < 48; k++) {
            char buf[512];
            size_t o = (size_t)snprintf(buf, sizeof buf, "(");
            for (int i = 0; i < 24; i++)
                o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s", i ? ", " : "",
                                      i == k / 2 ? (k % 2 ? "true" : "false") : "_");
            snprintf(buf + o, sizeof buf - o, ")");
            P p = {.s = arena_strndup(&a, buf, strlen(buf)), .a = &a};
            arms[k] = (XArm){p_pat(&p, wide), true};
        }
        XQuery small = {.space = space_cb, .budget = 100000};
        XStatus st = x_check_match(&small, wide, true, arms, 48, &r);
        check("exponential match: small budget exceeded", st == X_TOO_COMPLEX, "status");
        x_report_free(&r);
        /* 2^24 witnesses: the default limits stop it (witness memory is capped) */
        st = x_check_match(&Q, wide, true, arms, 48, &r);
        check("exponential match: default budget exceeded", st == X_TOO_COMPLEX, "status");
        x_report_free(&r);
    }
    /* a pattern nested 10000 deep is refused, not a stack overflow */
    {
        XPat *p = x_wild(&a);
        for (int i = 0; i < 10000; i++)
            p = x_ctor(&a, 0, 1, (XPat *[]){p});
        XArm arm = {p, false};
        check("deep pattern: refused", x_check_match(&Q, ty("&&bool"), true, &arm, 1, &r) != X_OK,
              "status");
        x_report_free(&r);
    }
    arena_free(&a);
}

int
main(int argc, char **argv)
{
    arena_init(&ta);
    if (argc > 1 && !strcmp(argv[1], "--rust")) {
        print_rust();
        return 0;
    }
    bool dump = argc > 1 && !strcmp(argv[1], "--dump");
    for (int i = 0; i < N_CASES; i++) {
        Buf out = {0};
        XReport r;
        bool ok = run_case(&CASES[i], &out, &r);
        const char *got = bufz(&out);
        if (dump) {
            printf("%d\t%s\n", i, ok ? got : "(not run)");
        } else {
            char why[1024];
            snprintf(why, sizeof why, "got \"%s\", want \"%s\"", ok ? got : "(not run)",
                     CASES[i].want);
            check(CASES[i].name, ok && !strcmp(got, CASES[i].want), why);
        }
        x_report_free(&r);
        buf_free(&out);
    }
    if (dump)
        return 0;
    fmt_checks();
    api_checks();
    arena_free(&ta);
    return failures ? 1 : 0;
}
