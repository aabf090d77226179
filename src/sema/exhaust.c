/*
 * exhaust.c — rustc's usefulness algorithm (rustc_pattern_analysis) over
 * the abstract types and patterns of exhaust.h.
 *
 * compute() takes a pattern matrix whose rows are arms (or what is left of
 * them) and whose columns are places of the scrutinee.  It looks at the
 * constructors in the first column, splits the column's type into the
 * constructors present (integer ranges cut at every boundary that occurs)
 * plus one `Missing` constructor standing for all the others, specialises
 * the matrix by each, recurses, and rebuilds the witnesses on the way back.
 * A row that reaches the end of the columns with no unguarded row above it
 * is useful; a witness coming out of the top is a value no arm matches.
 *
 * Like rustc, a constructor is skipped for witnesses when `Missing` already
 * stands for some missing constructor ("relevancy": `(true, true)` on
 * `(bool, bool)` reports only `(false, _)`), or-patterns are expanded as a
 * level of their own, and every branch pattern (an arm's pattern or an
 * or-alternative) records whether some row through it was useful and which
 * earlier rows intersected it, which explains unreachable patterns.
 *
 * Integers are rustc's MaybeInfiniteInt: signed values biased so that the
 * order is unsigned, isize/usize extending to infinity, and a "just after
 * u128::MAX" point so that full 128-bit ranges stay half-open.
 *
 * Memory: lowered patterns and witnesses live in a per-check arena, the
 * matrices on a mark/release stack (each recursion frees what it made).
 * Every matrix row, bitset word and witness node costs a unit of the budget.
 */
#include "exhaust.h"

#include <stdlib.h>
#include <string.h>

/* ---- integers ------------------------------------------------------- */

enum { BD_NEG, BD_FIN, BD_AFTER_MAX, BD_POS };

/* A range boundary: -inf < finite values < u128::MAX + 1 < +inf. */
typedef struct {
    XU128 v;
    uint8_t tag;
} Bd;

/* [lo, hi) */
typedef struct {
    Bd lo, hi;
} IRange;

static const struct {
    const char *name;
    uint8_t bits;
    bool sign, ptr;
} INTS[XINT_N] = {
    [XI_I8] = {"i8", 8, true, false},       [XI_I16] = {"i16", 16, true, false},
    [XI_I32] = {"i32", 32, true, false},    [XI_I64] = {"i64", 64, true, false},
    [XI_I128] = {"i128", 128, true, false}, [XI_ISIZE] = {"isize", 64, true, true},
    [XI_U8] = {"u8", 8, false, false},      [XI_U16] = {"u16", 16, false, false},
    [XI_U32] = {"u32", 32, false, false},   [XI_U64] = {"u64", 64, false, false},
    [XI_U128] = {"u128", 128, false, false}, [XI_USIZE] = {"usize", 64, false, true},
    [XI_CHAR] = {"char", 32, false, false},
};

static XU128
mask_of(unsigned bits)
{
    return bits >= 128 ? ~(XU128)0 : ((XU128)1 << bits) - 1;
}

static XU128
sign_bit(unsigned bits)
{
    return (XU128)1 << (bits - 1);
}

static Bd
bd_fin(XU128 v)
{
    return (Bd){v, BD_FIN};
}

static Bd
bd_tag(uint8_t tag)
{
    return (Bd){0, tag};
}

static int
bd_cmp(Bd a, Bd b)
{
    if (a.tag != b.tag)
        return a.tag < b.tag ? -1 : 1;
    if (a.tag != BD_FIN || a.v == b.v)
        return 0;
    return a.v < b.v ? -1 : 1;
}

static bool
bd_eq(Bd a, Bd b)
{
    return bd_cmp(a, b) == 0;
}

/* rustc's plus_one: false after u128::MAX + 1. */
static bool
bd_plus_one(Bd a, Bd *out)
{
    if (a.tag == BD_FIN)
        *out = a.v == ~(XU128)0 ? bd_tag(BD_AFTER_MAX) : bd_fin(a.v + 1);
    else if (a.tag == BD_AFTER_MAX)
        return false;
    else
        *out = a;
    return true;
}

/* rustc's minus_one: false below 0; u128::MAX + 1 stays (so ranges up to the maximum print
 * as `lo..`, as rustc prints them for i128 and u128). */
static bool
bd_minus_one(Bd a, Bd *out)
{
    if (a.tag == BD_FIN) {
        if (a.v == 0)
            return false;
        *out = bd_fin(a.v - 1);
    } else {
        *out = a;
    }
    return true;
}

static bool
range_singleton(IRange r)
{
    Bd n;
    return bd_plus_one(r.lo, &n) && bd_eq(n, r.hi);
}

static bool
range_subrange(IRange inner, IRange outer)
{
    return bd_cmp(outer.lo, inner.lo) <= 0 && bd_cmp(inner.hi, outer.hi) <= 0;
}

static bool
range_intersect(IRange a, IRange b, IRange *out)
{
    out->lo = bd_cmp(a.lo, b.lo) >= 0 ? a.lo : b.lo;
    out->hi = bd_cmp(a.hi, b.hi) <= 0 ? a.hi : b.hi;
    return bd_cmp(out->lo, out->hi) < 0;
}

/* A two's-complement value of type t, biased so that unsigned order is numeric order. */
static Bd
int_bias(XIntTy t, XU128 raw)
{
    unsigned bits = INTS[t].bits;
    raw &= mask_of(bits);
    return bd_fin(INTS[t].sign ? raw ^ sign_bit(bits) : raw);
}

/* rustc's hoist_pat_range_bdy for a finite boundary: false when it does not fit t. */
static bool
int_unbias(XIntTy t, XU128 v, XU128 *raw)
{
    unsigned bits = INTS[t].bits;
    if (INTS[t].sign)
        v ^= sign_bit(bits);
    if (bits < 128 && v > mask_of(bits))
        return false;
    *raw = v;
    return true;
}

static XU128
int_max_raw(XIntTy t)
{
    if (t == XI_CHAR)
        return 0x10ffff;
    unsigned bits = INTS[t].bits;
    return INTS[t].sign ? sign_bit(bits) - 1 : mask_of(bits);
}

/* The values of t (rustc's ConstructorSet::Integers): one range, two for char. */
static uint32_t
int_ranges(XIntTy t, IRange out[2])
{
    if (t == XI_CHAR) {
        out[0] = (IRange){bd_fin(0), bd_fin(0xd800)};
        out[1] = (IRange){bd_fin(0xe000), bd_fin(0x110000)};
        return 2;
    }
    if (INTS[t].ptr) {
        out[0].lo = INTS[t].sign ? bd_tag(BD_NEG) : bd_fin(0);
        out[0].hi = bd_tag(BD_POS);
        return 1;
    }
    out[0].lo = bd_fin(0);
    bd_plus_one(bd_fin(mask_of(INTS[t].bits)), &out[0].hi);
    return 1;
}

static void
fmt_u128(XU128 v, Buf *b)
{
    char tmp[48];
    int i = (int)sizeof tmp;
    tmp[--i] = 0;
    do {
        tmp[--i] = (char)('0' + (int)(v % 10));
        v /= 10;
    } while (v);
    buf_bytes(b, tmp + i, sizeof tmp - 1 - (size_t)i);
}

static bool char_printable(uint32_t c);

static void
utf8(uint32_t c, Buf *b)
{
    uint8_t s[4];
    size_t n;
    if (c < 0x80) {
        s[0] = (uint8_t)c;
        n = 1;
    } else if (c < 0x800) {
        s[0] = (uint8_t)(0xc0 | (c >> 6));
        s[1] = (uint8_t)(0x80 | (c & 0x3f));
        n = 2;
    } else if (c < 0x10000) {
        s[0] = (uint8_t)(0xe0 | (c >> 12));
        s[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3f));
        s[2] = (uint8_t)(0x80 | (c & 0x3f));
        n = 3;
    } else {
        s[0] = (uint8_t)(0xf0 | (c >> 18));
        s[1] = (uint8_t)(0x80 | ((c >> 12) & 0x3f));
        s[2] = (uint8_t)(0x80 | ((c >> 6) & 0x3f));
        s[3] = (uint8_t)(0x80 | (c & 0x3f));
        n = 4;
    }
    buf_bytes(b, s, n);
}

/* A char as Rust's `{:?}` prints it: '\0', '\'', 'é', '\u{d7ff}'. */
static void
fmt_char(uint32_t c, Buf *b)
{
    buf_u8(b, '\'');
    switch (c) {
    case 0: buf_bytes(b, "\\0", 2); break;
    case '\t': buf_bytes(b, "\\t", 2); break;
    case '\n': buf_bytes(b, "\\n", 2); break;
    case '\r': buf_bytes(b, "\\r", 2); break;
    case '\\': buf_bytes(b, "\\\\", 2); break;
    case '\'': buf_bytes(b, "\\'", 2); break;
    default:
        if ((c >= 0x20 && c < 0x7f) || (c >= 0x80 && char_printable(c)))
            utf8(c, b);
        else
            buf_printf(b, "\\u{%x}", c);
    }
    buf_u8(b, '\'');
}

void
x_fmt_int(XIntTy t, XU128 v, Buf *b)
{
    unsigned bits = INTS[t].bits;
    const char *name = INTS[t].name;
    v &= mask_of(bits);
    if (t == XI_CHAR) {
        fmt_char((uint32_t)v, b);
    } else if (INTS[t].sign) {
        XU128 min = sign_bit(bits);
        if (v == min) {
            buf_printf(b, "%s::MIN", name);
        } else if (v == min - 1) {
            buf_printf(b, "%s::MAX", name);
        } else {
            if (v & min) {
                buf_u8(b, '-');
                v = (~v + 1) & mask_of(bits);
            }
            fmt_u128(v, b);
            buf_printf(b, "_%s", name);
        }
    } else if (v == mask_of(bits)) {
        buf_printf(b, "%s::MAX", name);
    } else {
        fmt_u128(v, b);
        buf_printf(b, "_%s", name);
    }
}

/* rustc's print_pat_range: `5_u8`, `0_u8..=4_u8`, `101_i128..`, `..isize::MIN`, `_`. */
static void
fmt_range(XIntTy t, IRange r, Buf *b)
{
    XU128 raw;
    if (r.lo.tag == BD_NEG && r.hi.tag == BD_POS) {
        buf_u8(b, '_');
        return;
    }
    if (range_singleton(r)) {
        if (r.lo.tag != BD_FIN || !int_unbias(t, r.lo.v, &raw))
            raw = int_max_raw(t);
        x_fmt_int(t, raw, b);
        return;
    }
    const char *end = "..=";
    if (r.lo.tag != BD_NEG) {
        /* a lower bound past the maximum (`usize::MAX + 1..`) prints as the maximum */
        if (r.lo.tag != BD_FIN || !int_unbias(t, r.lo.v, &raw))
            raw = int_max_raw(t);
        x_fmt_int(t, raw, b);
    }
    Bd hi;
    if (!bd_minus_one(r.hi, &hi)) {
        end = "..";
        hi = r.hi;
    }
    if (hi.tag == BD_FIN && int_unbias(t, hi.v, &raw)) {
        buf_printf(b, "%s", end);
        x_fmt_int(t, raw, b);
    } else {
        buf_bytes(b, "..", 2);
    }
}

/* ---- constructors and lowered patterns ------------------------------- */

typedef enum {
    C_WILD,
    C_OR,
    C_VARIANT, /* an enum variant, the single constructor, or a bool (0 false, 1 true) */
    C_RANGE,
    C_LIT,
    C_FLOAT,
    C_MISSING,  /* the constructors not in the column */
    C_NONEXH,   /* what an opaque type or a #[non_exhaustive] enum may hold besides */
    C_NEVER,    /* the value of an empty type (prints `_`) */
    CTOR_KIND_N
} CtorKind;

typedef struct {
    CtorKind kind;
    uint32_t idx;
    bool fhi_excl;
    uint64_t key;
    double flo, fhi;
    IRange r;
} Ctor;

typedef struct DPat DPat;
struct DPat {
    Ctor c;
    uint32_t sp;  /* its type's space */
    uint32_t uid; /* post-order, as rustc numbers them */
    uint32_t n;
    DPat **f;     /* fields (NULL: wildcard) or alternatives */
    const XPat *src;
};

/* ---- witnesses -------------------------------------------------------- */

typedef struct WPat WPat;
struct WPat {
    Ctor c;
    uint32_t sp;
    uint32_t n;
    WPat **f;
};

/* A witness for the columns of a matrix: a list, the first column on top. */
typedef struct WStack WStack;
struct WStack {
    WPat *p;
    WStack *next;
};

typedef VEC(WStack *) WMat;

/* ---- the matrix ------------------------------------------------------- */

typedef struct {
    uint32_t sp;
    bool valid; /* known to hold a valid value (not behind a reference) */
    bool scrut; /* the scrutinee itself */
} Place;

typedef struct {
    DPat **p;        /* columns, the first (head) last; NULL = wildcard */
    uint64_t *isect; /* bitset over the rows above: "intersects at least" */
    uint32_t parent; /* row of the parent matrix (arm index at the top) */
    bool relevant, under_guard, head_is_branch, useful;
} Row;

typedef struct {
    Row *rows;
    uint32_t n_rows;
    Place *pl; /* as Row.p: head last */
    uint32_t n_cols;
    bool wild_relevant;
} Matrix;

/* Usefulness of a branch pattern (an arm's pattern or an or-alternative). */
typedef struct {
    bool seen, useful;
    VEC(DPat *) cov;
} Branch;

/* ---- the mark/release stack the matrices live on ---------------------- */

typedef struct SChunk SChunk;
struct SChunk {
    SChunk *prev;
    size_t cap, used;
    _Alignas(16) unsigned char data[];
};

typedef struct {
    SChunk *chunk;
    size_t used;
} SMark;

typedef struct {
    XTy ty;
    XSpace s;
} SpaceEnt;

typedef struct {
    const XQuery *q;
    XReport *rep;
    XStatus status;
    uint64_t work, budget;
    uint64_t witness_nodes; /* capped apart: witnesses stay in memory until the end */
    uint32_t depth;         /* of lower() and compute(), against stack overflow */
    VEC(SpaceEnt) spaces;
    uint32_t *slots; /* space index + 1, open addressing on ty */
    uint32_t n_slots;
    Arena perm;
    SChunk *stack;
    uint32_t n_uids;
    Branch *br;
} Ck;

enum { SCHUNK = 64 * 1024 };

/*
 * Work units are matrix rows made or scanned, bitset words and witness
 * nodes: about 50-150 million a second.  The default stops a match after
 * roughly a second (rustc takes 7 s on a random 200-arm 12-column match that
 * costs us 128M units); witnesses (~100 bytes a node) are capped apart.
 */
enum { WITNESS_NODES_MAX = 1 << 20, DEPTH_MAX = 4096 };
#define DEFAULT_BUDGET ((uint64_t)1 << 26)

static void *
s_alloc(Ck *ck, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    SChunk *c = ck->stack;
    if (!c || c->cap - c->used < n) {
        size_t cap = n > SCHUNK ? n : SCHUNK;
        SChunk *nc = xmalloc(sizeof *nc + cap);
        nc->prev = c;
        nc->cap = cap;
        nc->used = 0;
        ck->stack = c = nc;
    }
    void *p = c->data + c->used;
    c->used += n;
    memset(p, 0, n);
    return p;
}

static SMark
s_mark(Ck *ck)
{
    return (SMark){ck->stack, ck->stack ? ck->stack->used : 0};
}

static void
s_release(Ck *ck, SMark m)
{
    while (ck->stack != m.chunk) {
        SChunk *c = ck->stack;
        ck->stack = c->prev;
        xfree(c, sizeof *c + c->cap);
    }
    if (ck->stack)
        ck->stack->used = m.used;
}

static bool
charge(Ck *ck, uint64_t units)
{
    ck->work += units;
    if (ck->work > ck->budget && ck->status == X_OK)
        ck->status = X_TOO_COMPLEX;
    return ck->status == X_OK;
}

/* ---- spaces ----------------------------------------------------------- */

static uint64_t
mix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    return x ^ (x >> 33);
}

static uint32_t
space_id(Ck *ck, XTy ty)
{
    if (ck->spaces.len * 2 >= ck->n_slots) {
        uint32_t n = ck->n_slots ? ck->n_slots * 2 : 64;
        xfree(ck->slots, (size_t)ck->n_slots * sizeof *ck->slots);
        ck->slots = xcalloc(n, sizeof *ck->slots);
        ck->n_slots = n;
        for (uint32_t i = 0; i < ck->spaces.len; i++) {
            uint32_t h = (uint32_t)mix(ck->spaces.data[i].ty) & (n - 1);
            while (ck->slots[h])
                h = (h + 1) & (n - 1);
            ck->slots[h] = i + 1;
        }
    }
    uint32_t h = (uint32_t)mix(ty) & (ck->n_slots - 1);
    while (ck->slots[h]) {
        if (ck->spaces.data[ck->slots[h] - 1].ty == ty)
            return ck->slots[h] - 1;
        h = (h + 1) & (ck->n_slots - 1);
    }
    SpaceEnt e = {ty, {0}};
    ck->q->space(ck->q->ctx, ty, &e.s);
    if (e.s.kind >= XSPACE_KIND_N || (e.s.kind == XS_INT && e.s.int_ty >= XINT_N) ||
        ((e.s.kind == XS_VARIANTS || e.s.kind == XS_SINGLE) && e.s.n_ctors && !e.s.ctors) ||
        (e.s.kind == XS_SINGLE && (e.s.n_ctors != 1 || e.s.single >= XSINGLE_N))) {
        /* a malformed description: treat the type as opaque */
        if (ck->status == X_OK)
            ck->status = X_BAD_PATTERN;
        e.s = (XSpace){.kind = XS_OPAQUE};
    }
    vec_push(&ck->spaces, e);
    ck->slots[h] = ck->spaces.len;
    return ck->spaces.len - 1;
}

#define SPACE(ck, id) (&(ck)->spaces.data[id].s)

static bool
space_is_ref(const XSpace *s)
{
    return s->kind == XS_SINGLE && (s->single == XK_REF || s->single == XK_REF_MUT);
}

/* rustc's ConstructorSet::all_empty: no value of this type can exist. */
static bool
space_all_empty(const XSpace *s)
{
    switch (s->kind) {
    case XS_OPAQUE:
    case XS_BOOL:
    case XS_INT:
        return false;
    case XS_SINGLE:
        return !space_is_ref(s) && s->ctors[0].empty;
    case XS_VARIANTS:
        if (s->non_exhaustive)
            return false;
        for (uint32_t i = 0; i < s->n_ctors; i++)
            if (!s->ctors[i].empty)
                return false;
        return true;
    case XSPACE_KIND_N:
        break;
    }
    unreachable();
}

static uint32_t
ctor_arity(Ck *ck, uint32_t sp, const Ctor *c)
{
    const XSpace *s = SPACE(ck, sp);
    if (c->kind == C_VARIANT && (s->kind == XS_VARIANTS || s->kind == XS_SINGLE))
        return s->ctors[c->idx].arity;
    return 0;
}

/* ---- lowering ----------------------------------------------------------- */

static DPat *lower_(Ck *ck, const XPat *p, uint32_t sp);

static DPat *
lower(Ck *ck, const XPat *p, uint32_t sp)
{
    if (++ck->depth > DEPTH_MAX && ck->status == X_OK)
        ck->status = X_TOO_COMPLEX;
    DPat *d = lower_(ck, p, sp);
    ck->depth--;
    return d;
}

static DPat *
lower_(Ck *ck, const XPat *p, uint32_t sp)
{
    DPat *d = arena_alloc(&ck->perm, sizeof *d);
    d->sp = sp;
    d->src = p;
    XSpaceKind kind = SPACE(ck, sp)->kind;
    bool bad = false;
    switch (p->kind) {
    case XP_WILD:
        d->c.kind = C_WILD;
        break;
    case XP_OR:
        d->c.kind = C_OR;
        d->n = p->n;
        d->f = arena_alloc(&ck->perm, (size_t)p->n * sizeof *d->f);
        bad = p->n == 0 || !p->sub;
        for (uint32_t i = 0; !bad && i < p->n && ck->status == X_OK; i++) {
            bad = !p->sub[i];
            if (!bad)
                d->f[i] = lower(ck, p->sub[i], sp);
        }
        break;
    case XP_CTOR: {
        d->c.kind = C_VARIANT;
        d->c.idx = p->ctor;
        if (kind == XS_BOOL) {
            bad = p->ctor > 1 || (p->sub && p->n);
            break;
        }
        if (kind != XS_VARIANTS && kind != XS_SINGLE) {
            bad = true;
            break;
        }
        const XSpace *s = SPACE(ck, sp);
        if (p->ctor >= s->n_ctors || (p->sub && p->n != s->ctors[p->ctor].arity)) {
            bad = true;
            break;
        }
        uint32_t arity = s->ctors[p->ctor].arity;
        const XTy *ftys = s->ctors[p->ctor].fields;
        d->n = arity;
        d->f = arena_alloc(&ck->perm, (size_t)arity * sizeof *d->f);
        for (uint32_t i = 0; p->sub && i < arity && ck->status == X_OK; i++)
            if (p->sub[i])
                d->f[i] = lower(ck, p->sub[i], space_id(ck, ftys[i]));
        break;
    }
    case XP_RANGE: {
        if (kind != XS_INT) {
            bad = true;
            break;
        }
        XIntTy t = SPACE(ck, sp)->int_ty;
        d->c.kind = C_RANGE;
        d->c.r.lo = p->lo_open ? bd_tag(BD_NEG) : int_bias(t, p->lo);
        if (p->hi_open)
            d->c.r.hi = bd_tag(BD_POS);
        else if (p->hi_excl)
            d->c.r.hi = int_bias(t, p->hi);
        else
            bd_plus_one(int_bias(t, p->hi), &d->c.r.hi);
        bad = bd_cmp(d->c.r.lo, d->c.r.hi) >= 0;
        break;
    }
    case XP_LIT:
        d->c.kind = C_LIT;
        d->c.key = p->key;
        break;
    case XP_FLOAT:
        d->c.kind = C_FLOAT;
        d->c.flo = p->flo;
        d->c.fhi = p->fhi;
        d->c.fhi_excl = p->hi_excl;
        bad = kind != XS_OPAQUE;
        break;
    case XPAT_KIND_N:
        bad = true;
        break;
    }
    if (bad && ck->status == X_OK)
        ck->status = X_BAD_PATTERN;
    d->uid = ck->n_uids++;
    return d;
}

/* ---- splitting a column (rustc's ConstructorSet::split) ---------------- */

typedef struct {
    Ctor *present, *missing, *missing_empty;
    uint32_t n_present, n_missing, n_missing_empty;
} Split;

typedef struct {
    Bd b;
    int delta;
} Boundary;

static int
boundary_cmp(const void *a, const void *b)
{
    const Boundary *x = a, *y = b;
    int c = bd_cmp(x->b, y->b);
    return c ? c : (x->delta > y->delta) - (x->delta < y->delta);
}

static Ctor
ctor_range(IRange r)
{
    return (Ctor){.kind = C_RANGE, .r = r};
}

/* Cuts `whole` at the boundaries of the column's ranges (rustc's IntRange::split). */
static void
int_split(Ck *ck, IRange whole, const IRange *col, uint32_t n_col, Split *s)
{
    Boundary *bs = s_alloc(ck, (size_t)(2 * n_col + 1) * sizeof *bs);
    uint32_t n = 0;
    for (uint32_t i = 0; i < n_col; i++) {
        IRange r;
        if (range_intersect(whole, col[i], &r)) {
            bs[n++] = (Boundary){r.lo, 1};
            bs[n++] = (Boundary){r.hi, -1};
        }
    }
    qsort(bs, n, sizeof *bs, boundary_cmp);
    bs[n++] = (Boundary){whole.hi, 0};
    int count = 0;
    Bd prev = whole.lo;
    for (uint32_t i = 0; i < n; i++) {
        if (!bd_eq(prev, bs[i].b)) {
            Ctor c = ctor_range((IRange){prev, bs[i].b});
            if (count > 0)
                s->present[s->n_present++] = c;
            else
                s->missing[s->n_missing++] = c;
        }
        prev = bs[i].b;
        count += bs[i].delta;
    }
}

static void
split(Ck *ck, const Matrix *m, uint32_t sp, Split *s)
{
    const XSpace *x = SPACE(ck, sp);
    uint32_t n = m->n_rows, head = m->n_cols - 1;
    uint32_t cap = 4 * n + 4 + (x->kind == XS_VARIANTS ? x->n_ctors : 0);
    s->present = s_alloc(ck, cap * sizeof(Ctor));
    s->missing = s_alloc(ck, cap * sizeof(Ctor));
    s->missing_empty = s_alloc(ck, cap * sizeof(Ctor));
    s->n_present = s->n_missing = s->n_missing_empty = 0;
    /* opaque constants are always present; wildcards say nothing */
    const DPat **seen = s_alloc(ck, (size_t)(n + 1) * sizeof *seen);
    uint32_t n_seen = 0;
    for (uint32_t i = 0; i < n; i++) {
        const DPat *h = m->rows[i].p[head];
        if (!h || h->c.kind == C_WILD)
            continue;
        if (h->c.kind == C_LIT)
            s->present[s->n_present++] = h->c;
        else
            seen[n_seen++] = h;
    }
    switch (x->kind) {
    case XS_OPAQUE:
        for (uint32_t i = 0; i < n_seen; i++)
            s->present[s->n_present++] = seen[i]->c;
        s->missing[s->n_missing++] = (Ctor){.kind = C_NONEXH};
        break;
    case XS_BOOL: {
        bool has[2] = {false, false};
        for (uint32_t i = 0; i < n_seen; i++)
            if (seen[i]->c.kind == C_VARIANT)
                has[seen[i]->c.idx & 1] = true;
        /* rustc lists true before false */
        for (int b = 1; b >= 0; b--) {
            Ctor c = {.kind = C_VARIANT, .idx = (uint32_t)b};
            if (has[b])
                s->present[s->n_present++] = c;
            else
                s->missing[s->n_missing++] = c;
        }
        break;
    }
    case XS_INT: {
        IRange *col = s_alloc(ck, (size_t)(n_seen + 1) * sizeof *col);
        uint32_t n_col = 0;
        for (uint32_t i = 0; i < n_seen; i++)
            if (seen[i]->c.kind == C_RANGE)
                col[n_col++] = seen[i]->c.r;
        IRange whole[2];
        uint32_t n_whole = int_ranges(x->int_ty, whole);
        for (uint32_t i = 0; i < n_whole; i++)
            int_split(ck, whole[i], col, n_col, s);
        break;
    }
    case XS_VARIANTS: {
        if (x->n_ctors == 0 && !x->non_exhaustive) {
            /* rustc's NoConstructors */
            s->missing_empty[s->n_missing_empty++] = (Ctor){.kind = C_NEVER};
            break;
        }
        bool *has = s_alloc(ck, x->n_ctors + 1);
        for (uint32_t i = 0; i < n_seen; i++)
            if (seen[i]->c.kind == C_VARIANT)
                has[seen[i]->c.idx] = true;
        for (uint32_t v = 0; v < x->n_ctors; v++) {
            Ctor c = {.kind = C_VARIANT, .idx = v};
            if (has[v])
                s->present[s->n_present++] = c;
            else if (x->ctors[v].empty)
                s->missing_empty[s->n_missing_empty++] = c;
            else
                s->missing[s->n_missing++] = c;
        }
        if (x->non_exhaustive)
            s->missing[s->n_missing++] = (Ctor){.kind = C_NONEXH};
        break;
    }
    case XS_SINGLE: {
        Ctor c = {.kind = C_VARIANT, .idx = 0};
        if (n_seen)
            s->present[s->n_present++] = c;
        else if (space_all_empty(x))
            s->missing_empty[s->n_missing_empty++] = c;
        else
            s->missing[s->n_missing++] = c;
        break;
    }
    case XSPACE_KIND_N:
        unreachable();
    }
}

/* rustc's Constructor::is_covered_by: does the row whose head is h match all of c? */
static bool
covers(const DPat *h, const Ctor *c)
{
    if (!h || h->c.kind == C_WILD)
        return true;
    switch (c->kind) {
    case C_MISSING:
    case C_NONEXH:
    case C_NEVER:
        return false;
    case C_VARIANT:
        return h->c.kind == C_VARIANT && h->c.idx == c->idx;
    case C_RANGE:
        return h->c.kind == C_RANGE && range_subrange(c->r, h->c.r);
    case C_LIT:
        return h->c.kind == C_LIT && h->c.key == c->key;
    case C_FLOAT:
        if (h->c.kind != C_FLOAT || !(c->flo >= h->c.flo))
            return false;
        if (c->fhi < h->c.fhi)
            return true;
        return c->fhi == h->c.fhi && c->fhi_excl == h->c.fhi_excl;
    case C_WILD:
    case C_OR:
    case CTOR_KIND_N:
        break;
    }
    unreachable();
}

/* ---- the matrix --------------------------------------------------------- */

static uint32_t
bits_words(uint32_t n)
{
    return (n + 63) / 64;
}

static void
bit_set(uint64_t *s, uint32_t i)
{
    s[i / 64] |= (uint64_t)1 << (i % 64);
}

static bool
bit_has(const uint64_t *s, uint32_t i)
{
    return (s[i / 64] >> (i % 64)) & 1;
}

/* Rows are added in order; row i gets a bitset over rows 0..i-1. */
static bool
new_rows(Ck *ck, Matrix *m, uint32_t cap)
{
    m->rows = s_alloc(ck, (size_t)(cap + 1) * sizeof *m->rows);
    m->n_rows = 0;
    return charge(ck, cap);
}

static Row *
add_row(Ck *ck, Matrix *m, const Row *from, uint32_t parent)
{
    Row *r = &m->rows[m->n_rows];
    r->p = s_alloc(ck, (size_t)(m->n_cols + 1) * sizeof *r->p);
    r->isect = s_alloc(ck, (size_t)bits_words(m->n_rows) * sizeof *r->isect + 8);
    charge(ck, bits_words(m->n_rows));
    r->parent = parent;
    r->relevant = from->relevant;
    r->under_guard = from->under_guard;
    m->n_rows++;
    return r;
}

static void
specialize(Ck *ck, const Matrix *m, const Ctor *c, bool ctor_relevant, Matrix *out)
{
    uint32_t head = m->n_cols - 1;
    Place pl = m->pl[head];
    uint32_t arity = ctor_arity(ck, pl.sp, c);
    out->n_cols = head + arity;
    out->pl = s_alloc(ck, (size_t)(out->n_cols + 1) * sizeof *out->pl);
    memcpy(out->pl, m->pl, (size_t)head * sizeof *out->pl);
    bool valid = pl.valid && !space_is_ref(SPACE(ck, pl.sp));
    for (uint32_t j = 0; j < arity; j++) {
        XTy fty = SPACE(ck, pl.sp)->ctors[c->idx].fields[j];
        out->pl[head + arity - 1 - j] = (Place){space_id(ck, fty), valid, false};
    }
    out->wild_relevant = m->wild_relevant && ctor_relevant;
    if (!new_rows(ck, out, m->n_rows))
        return;
    for (uint32_t i = 0; i < m->n_rows; i++) {
        const Row *row = &m->rows[i];
        DPat *h = row->p[head];
        if (!covers(h, c))
            continue;
        Row *r = add_row(ck, out, row, i);
        memcpy(r->p, row->p, (size_t)head * sizeof *r->p);
        bool wild = !h || h->c.kind == C_WILD;
        for (uint32_t j = 0; j < arity; j++)
            r->p[head + arity - 1 - j] = wild ? NULL : h->f[j];
        r->relevant = row->relevant && (!wild || ctor_relevant);
    }
}

/* The or-level: each or-pattern at the head becomes one row per alternative. */
static void
expand_or(Ck *ck, const Matrix *m, Matrix *out)
{
    uint32_t head = m->n_cols - 1, cap = 0;
    for (uint32_t i = 0; i < m->n_rows; i++) {
        const DPat *h = m->rows[i].p[head];
        cap += h && h->c.kind == C_OR ? h->n : 1;
    }
    out->n_cols = m->n_cols;
    out->pl = m->pl;
    out->wild_relevant = m->wild_relevant;
    if (!new_rows(ck, out, cap))
        return;
    for (uint32_t i = 0; i < m->n_rows; i++) {
        const Row *row = &m->rows[i];
        DPat *h = row->p[head];
        bool is_or = h && h->c.kind == C_OR;
        for (uint32_t a = 0; a < (is_or ? h->n : 1); a++) {
            Row *r = add_row(ck, out, row, i);
            memcpy(r->p, row->p, (size_t)m->n_cols * sizeof *r->p);
            if (is_or)
                r->p[head] = h->f[a];
            r->head_is_branch = is_or;
        }
    }
}

/* Usefulness and intersections of the child rows go to their parents. */
static void
propagate(Matrix *m, const Matrix *c)
{
    for (uint32_t ci = 0; ci < c->n_rows; ci++) {
        const Row *cr = &c->rows[ci];
        Row *pr = &m->rows[cr->parent];
        pr->useful |= cr->useful;
        for (uint32_t j = 0; j < ci; j++) {
            if (!bit_has(cr->isect, j))
                continue;
            uint32_t pj = c->rows[j].parent;
            if (pj != cr->parent)
                bit_set(pr->isect, pj);
        }
    }
}

static void
record_branches(Ck *ck, const Matrix *m)
{
    uint32_t head = m->n_cols - 1;
    for (uint32_t i = 0; i < m->n_rows; i++) {
        const Row *r = &m->rows[i];
        DPat *h = r->p[head];
        if (!r->head_is_branch || !h)
            continue;
        Branch *b = &ck->br[h->uid];
        b->seen = true;
        b->useful |= r->useful;
        if (b->useful)
            continue;
        for (uint32_t j = 0; j < i; j++) {
            /* a guarded arm intersects but covers nothing */
            DPat *hj = m->rows[j].p[head];
            if (!bit_has(r->isect, j) || !hj || m->rows[j].under_guard)
                continue;
            bool dup = false;
            for (uint32_t k = 0; k < b->cov.len && !dup; k++)
                dup = b->cov.data[k] == hj;
            if (!dup)
                vec_push(&b->cov, hj);
        }
    }
}

/* ---- witnesses -------------------------------------------------------- */

static bool
charge_witness(Ck *ck, uint64_t nodes)
{
    ck->witness_nodes += nodes;
    if (ck->witness_nodes > WITNESS_NODES_MAX && ck->status == X_OK)
        ck->status = X_TOO_COMPLEX;
    return charge(ck, nodes);
}

static WPat *
wpat(Ck *ck, Ctor c, uint32_t sp, uint32_t n)
{
    charge_witness(ck, 1 + n);
    WPat *w = arena_alloc(&ck->perm, sizeof *w);
    w->c = c;
    w->sp = sp;
    w->n = n;
    w->f = arena_alloc(&ck->perm, (size_t)n * sizeof *w->f);
    return w;
}

/* rustc's WitnessPat::wildcard: `_`, or the never constructor for an empty type. */
static WPat *
wildcard(Ck *ck, uint32_t sp)
{
    Ctor c = {.kind = space_all_empty(SPACE(ck, sp)) ? C_NEVER : C_WILD};
    return wpat(ck, c, sp, 0);
}

static WPat *
wild_from_ctor(Ck *ck, uint32_t sp, const Ctor *c)
{
    uint32_t n = ctor_arity(ck, sp, c);
    WPat *w = wpat(ck, *c, sp, n);
    for (uint32_t j = 0; j < n; j++)
        w->f[j] = wildcard(ck, space_id(ck, SPACE(ck, sp)->ctors[c->idx].fields[j]));
    return w;
}

static WStack *
wpush(Ck *ck, WPat *p, WStack *next)
{
    charge_witness(ck, 1);
    WStack *s = arena_alloc(&ck->perm, sizeof *s);
    s->p = p;
    s->next = next;
    return s;
}

/* rustc's WitnessMatrix::apply_constructor. */
static void
apply_ctor(Ck *ck, WMat *w, uint32_t sp, const Ctor *missing, uint32_t n_missing,
           const Ctor *c, bool report_individual)
{
    if (!w->len)
        return;
    if (c->kind != C_MISSING) {
        uint32_t arity = ctor_arity(ck, sp, c);
        for (uint32_t i = 0; i < w->len && ck->status == X_OK; i++) {
            WPat *p = wpat(ck, *c, sp, arity);
            WStack *s = w->data[i];
            for (uint32_t j = 0; j < arity; j++, s = s->next)
                p->f[j] = s->p;
            w->data[i] = wpush(ck, p, s);
        }
        return;
    }
    bool nonexh = false;
    for (uint32_t k = 0; k < n_missing; k++)
        nonexh |= missing[k].kind == C_NONEXH;
    if ((n_missing && !report_individual) || nonexh) {
        /* `_` as missing (a note explains it when it is NonExhaustive / never) */
        WPat *p = nonexh && report_individual ? wpat(ck, (Ctor){.kind = C_NONEXH}, sp, 0)
                                              : wildcard(ck, sp);
        for (uint32_t i = 0; i < w->len; i++)
            w->data[i] = wpush(ck, p, w->data[i]);
        return;
    }
    WMat out = {0};
    for (uint32_t k = 0; k < n_missing && ck->status == X_OK; k++) {
        WPat *p = wild_from_ctor(ck, sp, &missing[k]);
        for (uint32_t i = 0; i < w->len; i++)
            vec_push(&out, wpush(ck, p, w->data[i]));
    }
    vec_free(w);
    *w = out;
}

static void
wmat_append(WMat *to, WMat *from)
{
    vec_reserve(to, from->len);
    for (uint32_t i = 0; i < from->len; i++)
        to->data[to->len++] = from->data[i];
    vec_free(from);
}

/* ---- lints ----------------------------------------------------------- */

static const char *
rep_str(XReport *r, const Buf *b)
{
    return arena_strndup(&r->arena, b->len ? (const char *)b->data : "", b->len);
}

static void
add_lint(Ck *ck, XLint l, const DPat **with, uint32_t n_with)
{
    XReport *r = ck->rep;
    /* rustc emits a diagnostic once even when two paths reach it */
    for (uint32_t i = 0; i < r->lints.len; i++) {
        const XLint *o = &r->lints.data[i];
        if (o->kind != l.kind || o->pat != l.pat || o->n_with != n_with ||
            strcmp(o->value, l.value))
            continue;
        bool same = true;
        for (uint32_t j = 0; j < n_with && same; j++)
            same = o->with[j] == with[j]->src;
        if (same)
            return;
    }
    const XPat **w = arena_alloc(&r->arena, (size_t)(n_with + 1) * sizeof *w);
    for (uint32_t j = 0; j < n_with; j++)
        w[j] = with[j]->src;
    l.with = w;
    l.n_with = n_with;
    vec_push(&r->lints, l);
}

/* rustc's collect_overlapping_range_endpoints, for a singleton split range. */
static void
lint_overlap(Ck *ck, const Matrix *m, const Matrix *spec, IRange ov)
{
    uint32_t head = m->n_cols - 1, n = spec->n_rows;
    Bd at = ov.lo, after = ov.hi;
    const DPat **pre = s_alloc(ck, (n + 1) * sizeof *pre),
               **suf = s_alloc(ck, (n + 1) * sizeof *suf);
    const DPat **with = s_alloc(ck, (n + 1) * sizeof *with);
    uint32_t *pre_id = s_alloc(ck, (n + 1) * sizeof *pre_id),
             *suf_id = s_alloc(ck, (n + 1) * sizeof *suf_id);
    uint32_t n_pre = 0, n_suf = 0;
    XIntTy t = SPACE(ck, m->pl[head].sp)->int_ty;
    for (uint32_t ci = 0; ci < n; ci++) {
        const Row *cr = &spec->rows[ci];
        const DPat *p = m->rows[cr->parent].p[head];
        if (!p || p->c.kind != C_RANGE || range_singleton(p->c.r))
            continue;
        bool starts = bd_eq(p->c.r.lo, at), ends = !starts && bd_eq(p->c.r.hi, after);
        if (!starts && !ends)
            continue;
        const DPat **other = starts ? pre : suf;
        uint32_t *other_id = starts ? pre_id : suf_id, n_other = starts ? n_pre : n_suf;
        uint32_t n_with = 0;
        for (uint32_t k = 0; k < n_other; k++)
            if (bit_has(cr->isect, other_id[k]))
                with[n_with++] = other[k];
        if (n_with) {
            Buf b = {0};
            fmt_range(t, ov, &b);
            XLint l = {.kind = XL_OVERLAP, .pat = p->src, .value = rep_str(ck->rep, &b)};
            buf_free(&b);
            add_lint(ck, l, with, n_with);
        }
        if (starts) {
            suf[n_suf] = p;
            suf_id[n_suf++] = ci;
        } else {
            pre[n_pre] = p;
            pre_id[n_pre++] = ci;
        }
    }
}

/* The range as written: `0_u8..5_u8`, or with `..=` for the suggestion. */
static void
fmt_written_range(XIntTy t, const XPat *p, const char *end, Buf *b)
{
    if (!p->lo_open)
        x_fmt_int(t, p->lo, b);
    if (p->hi_open) {
        buf_bytes(b, "..", 2);
    } else {
        buf_printf(b, "%s", end);
        x_fmt_int(t, p->hi, b);
    }
}

/* rustc's collect_non_contiguous_range_endpoints, for a singleton missing range. */
static void
lint_gap(Ck *ck, const Matrix *m, IRange gap)
{
    uint32_t head = m->n_cols - 1, n = m->n_rows;
    XIntTy t = SPACE(ck, m->pl[head].sp)->int_ty;
    const DPat **before = s_alloc(ck, (n + 1) * sizeof *before);
    const DPat **after = s_alloc(ck, (n + 1) * sizeof *after);
    uint32_t n_before = 0, n_after = 0;
    for (uint32_t i = 0; i < n; i++) {
        const DPat *p = m->rows[i].p[head];
        if (!p || p->c.kind != C_RANGE)
            continue;
        if (bd_eq(gap.lo, p->c.r.hi))
            before[n_before++] = p;
        else if (bd_eq(gap.hi, p->c.r.lo))
            after[n_after++] = p;
    }
    for (uint32_t i = 0; i < n_before; i++) {
        const XPat *src = before[i]->src;
        if (!src->hi_excl || src->hi_open)
            continue;
        Buf v = {0}, range = {0}, sugg = {0};
        fmt_range(t, gap, &v);
        fmt_written_range(t, src, "..", &range);
        fmt_written_range(t, src, "..=", &sugg);
        XLint l = {.kind = XL_GAP,
                   .pat = src,
                   .value = rep_str(ck->rep, &v),
                   .range = rep_str(ck->rep, &range),
                   .suggestion = rep_str(ck->rep, &sugg)};
        buf_free(&v);
        buf_free(&range);
        buf_free(&sugg);
        add_lint(ck, l, after, n_after);
    }
}

/* ---- the algorithm ---------------------------------------------------- */

static void compute_(Ck *ck, Matrix *m, WMat *ret);

static void
compute(Ck *ck, Matrix *m, WMat *ret)
{
    if (++ck->depth > DEPTH_MAX && ck->status == X_OK)
        ck->status = X_TOO_COMPLEX;
    compute_(ck, m, ret);
    ck->depth--;
}

/* rustc's compute_exhaustiveness_and_usefulness; appends the witnesses to ret. */
static void
compute_(Ck *ck, Matrix *m, WMat *ret)
{
    if (ck->status != X_OK)
        return;
    if (!m->wild_relevant) {
        /* nothing here can be useful or a witness: skip (an optimisation in rustc too) */
        bool any = false;
        for (uint32_t i = 0; i < m->n_rows && !any; i++)
            any = m->rows[i].relevant;
        if (!any)
            return;
    }
    if (!charge(ck, m->n_rows + 1))
        return;
    if (m->n_cols == 0) {
        /* every value is matched by the first unguarded row; rows above it intersect */
        bool useful = true;
        for (uint32_t i = 0; i < m->n_rows; i++) {
            Row *r = &m->rows[i];
            r->useful = useful;
            for (uint32_t j = 0; j < i; j++)
                bit_set(r->isect, j);
            useful &= r->under_guard;
        }
        if (useful && m->wild_relevant)
            vec_push(ret, NULL);
        return;
    }
    uint32_t head = m->n_cols - 1;
    Place pl = m->pl[head];
    SMark mark = s_mark(ck);
    bool has_or = false;
    for (uint32_t i = 0; i < m->n_rows && !has_or; i++)
        has_or = m->rows[i].p[head] && m->rows[i].p[head]->c.kind == C_OR;
    if (has_or) {
        Matrix ex;
        expand_or(ck, m, &ex);
        compute(ck, &ex, ret);
        propagate(m, &ex);
        s_release(ck, mark);
        record_branches(ck, m);
        return;
    }

    Split s;
    split(ck, m, pl.sp, &s);
    const XSpace *x = SPACE(ck, pl.sp);
    XSpaceKind kind = x->kind;
    bool no_ctors = kind == XS_VARIANTS && x->n_ctors == 0 && !x->non_exhaustive;
    bool toplevel_exception = pl.scrut && no_ctors;
    bool empty_arms_unreachable = pl.valid && toplevel_exception;
    bool can_omit_empty = pl.valid || toplevel_exception;
    bool all_missing = s.n_present == 0;
    bool push_missing = !(s.n_missing == 0 && (s.n_missing_empty == 0 || empty_arms_unreachable));
    /* list the missing constructors, or just `_` when a nested column has none present */
    bool report_individual = pl.scrut || !all_missing;
    uint32_t n_missing = s.n_missing;
    Ctor *missing = s_alloc(ck, (size_t)(s.n_missing + s.n_missing_empty + 1) * sizeof *missing);
    memcpy(missing, s.missing, (size_t)s.n_missing * sizeof *missing);
    if (!can_omit_empty) {
        memcpy(missing + n_missing, s.missing_empty, (size_t)s.n_missing_empty * sizeof *missing);
        n_missing += s.n_missing_empty;
    }

    uint32_t n_split = s.n_present + push_missing;
    for (uint32_t k = 0; k < n_split && ck->status == X_OK; k++) {
        Ctor c = k < s.n_present ? s.present[k] : (Ctor){.kind = C_MISSING};
        bool relevant = c.kind == C_MISSING || n_missing == 0;
        SMark inner = s_mark(ck);
        Matrix spec;
        specialize(ck, m, &c, relevant, &spec);
        WMat w = {0};
        if (ck->status == X_OK)
            compute(ck, &spec, &w);
        if (ck->status == X_OK && c.kind == C_RANGE && range_singleton(c.r) && spec.n_rows >= 2) {
            bool any = false;
            for (uint32_t i = 1; i < spec.n_rows && !any; i++)
                for (uint32_t j = 0; j < bits_words(i) && !any; j++)
                    any = spec.rows[i].isect[j] != 0;
            if (any)
                lint_overlap(ck, m, &spec, c.r);
        }
        apply_ctor(ck, &w, pl.sp, missing, n_missing, &c, report_individual);
        wmat_append(ret, &w);
        if (ck->status == X_OK)
            propagate(m, &spec);
        s_release(ck, inner);
    }
    if (ck->status == X_OK && kind == XS_INT)
        for (uint32_t k = 0; k < s.n_missing; k++)
            if (range_singleton(s.missing[k].r))
                lint_gap(ck, m, s.missing[k].r);
    s_release(ck, mark);
    if (ck->status == X_OK)
        record_branches(ck, m);
}

/* ---- printing witnesses ----------------------------------------------- */

static bool
wit_is_wild(const WPat *w)
{
    switch (w->c.kind) {
    case C_WILD:
    case C_NONEXH:
    case C_NEVER:
    case C_MISSING:
    case C_LIT:
    case C_FLOAT:
    case C_OR:
        return true;
    case C_VARIANT:
    case C_RANGE:
        return false;
    case CTOR_KIND_N:
        break;
    }
    unreachable();
}

static void fmt_wit(Ck *ck, const WPat *w, Buf *b);

static void
fmt_fields(Ck *ck, const WPat *w, const char *open, const char *close, Buf *b)
{
    buf_printf(b, "%s", open);
    for (uint32_t i = 0; i < w->n; i++) {
        if (i)
            buf_bytes(b, ", ", 2);
        fmt_wit(ck, w->f[i], b);
    }
    buf_printf(b, "%s", close);
}

/* rustc's write_struct_like for a variant or a struct. */
static void
fmt_struct_like(Ck *ck, const XCtor *c, const WPat *w, Buf *b)
{
    buf_printf(b, "%s", c->name ? c->name : "");
    if (c->style == XC_BRACED) {
        buf_bytes(b, " { ", 3);
        uint32_t printed = 0;
        for (uint32_t i = 0; i < w->n; i++) {
            if (wit_is_wild(w->f[i]))
                continue;
            buf_printf(b, "%s%s: ", printed ? ", " : "", c->field_names ? c->field_names[i] : "?");
            fmt_wit(ck, w->f[i], b);
            printed++;
        }
        if (printed < w->n)
            buf_printf(b, "%s..", printed ? ", " : "");
        buf_bytes(b, " }", 2);
    } else if (w->n) {
        fmt_fields(ck, w, "(", ")", b);
    }
}

static void
fmt_wit(Ck *ck, const WPat *w, Buf *b)
{
    const XSpace *x = SPACE(ck, w->sp);
    if (wit_is_wild(w)) {
        buf_u8(b, '_');
    } else if (w->c.kind == C_RANGE) {
        fmt_range(x->int_ty, w->c.r, b);
    } else if (x->kind == XS_BOOL) {
        buf_printf(b, "%s", w->c.idx ? "true" : "false");
    } else if (x->kind == XS_VARIANTS) {
        fmt_struct_like(ck, &x->ctors[w->c.idx], w, b);
    } else if (x->kind == XS_SINGLE) {
        switch (x->single) {
        case XK_TUPLE: fmt_fields(ck, w, "(", w->n == 1 ? ",)" : ")", b); break;
        case XK_ADT: fmt_struct_like(ck, &x->ctors[0], w, b); break;
        case XK_REF: fmt_fields(ck, w, "&", "", b); break;
        case XK_REF_MUT: fmt_fields(ck, w, "&mut ", "", b); break;
        case XK_BOX: fmt_fields(ck, w, "box ", "", b); break;
        case XK_ARRAY: fmt_fields(ck, w, "[", "]", b); break;
        case XSINGLE_N: unreachable();
        }
    } else {
        buf_u8(b, '_');
    }
}

static void
add_note(XReport *r, XTy ty, XNoteKind kind)
{
    for (uint32_t i = 0; i < r->notes.len; i++)
        if (r->notes.data[i].ty == ty)
            return;
    vec_push(&r->notes, ((XNote){ty, kind}));
}

/* rustc's collect_special_tys over the first witness. */
static void
collect_notes(Ck *ck, const WPat *w)
{
    XTy ty = ck->spaces.data[w->sp].ty;
    const XSpace *x = SPACE(ck, w->sp);
    if (w->c.kind == C_NONEXH)
        add_note(ck->rep, ty, XN_WILDCARD_NEEDED);
    else if (w->c.kind == C_NEVER)
        add_note(ck->rep, ty, XN_UNINHABITED);
    else if (w->c.kind == C_RANGE && x->kind == XS_INT && INTS[x->int_ty].ptr) {
        XU128 raw;
        const IRange *r = &w->c.r;
        bool lo_past = r->lo.tag == BD_AFTER_MAX || r->lo.tag == BD_POS ||
                       (r->lo.tag == BD_FIN && !int_unbias(x->int_ty, r->lo.v, &raw));
        if (lo_past || (r->hi.tag == BD_FIN && r->hi.v == 0))
            add_note(ck->rep, ty, XN_PTR_SIZED);
    }
    for (uint32_t i = 0; i < w->n; i++)
        collect_notes(ck, w->f[i]);
}

/* ---- unreachable patterns ------------------------------------------------ */

static bool
pat_is_catchall(Ck *ck, const DPat *p)
{
    if (!p || p->c.kind == C_WILD)
        return true;
    if (p->c.kind != C_VARIANT || SPACE(ck, p->sp)->kind != XS_SINGLE)
        return false;
    for (uint32_t i = 0; i < p->n; i++)
        if (!pat_is_catchall(ck, p->f[i]))
            return false;
    return true;
}

/* The first empty type by value in p (rustc's matches_no_values_ty). */
static bool
find_uninhabited(Ck *ck, const DPat *p, XTy *out)
{
    if (!p)
        return false;
    const XSpace *x = SPACE(ck, p->sp);
    if (space_all_empty(x)) {
        *out = ck->spaces.data[p->sp].ty;
        return true;
    }
    if (space_is_ref(x))
        return false;
    for (uint32_t i = 0; i < p->n; i++)
        if (find_uninhabited(ck, p->f[i], out))
            return true;
    return false;
}

static int
dpat_uid_cmp(const void *a, const void *b)
{
    const DPat *x = *(const DPat *const *)a, *y = *(const DPat *const *)b;
    return (x->uid > y->uid) - (x->uid < y->uid);
}

/* rustc's collect_pattern_usefulness: stops at the first redundant branch on each path. */
static void
walk_redundant(Ck *ck, const DPat *p, uint32_t arm, bool top)
{
    if (!p)
        return;
    Branch *b = &ck->br[p->uid];
    if (b->seen && !b->useful) {
        XReport *r = ck->rep;
        XRedundant red = {.arm = arm, .whole_arm = top, .pat = p->src};
        if (b->cov.len > 1)
            qsort(b->cov.data, b->cov.len, sizeof *b->cov.data, dpat_uid_cmp);
        red.n_covered_by = b->cov.len;
        red.covered_by = arena_alloc(&r->arena, (size_t)(b->cov.len + 1) * sizeof(XPat *));
        for (uint32_t i = 0; i < b->cov.len; i++)
            red.covered_by[i] = b->cov.data[i]->src;
        red.covered_by_catchall = b->cov.len == 1 && pat_is_catchall(ck, b->cov.data[0]);
        red.uninhabited = ck->spaces.data[p->sp].ty;
        if (!b->cov.len)
            find_uninhabited(ck, p, &red.uninhabited);
        vec_push(&r->redundant, red);
        if (top)
            r->arm_reachable[arm] = false;
        return;
    }
    for (uint32_t i = 0; i < p->n; i++)
        walk_redundant(ck, p->f[i], arm, false);
}

/* ---- entry points ---------------------------------------------------- */

XStatus
x_check_match(const XQuery *q, XTy scrut, bool scrut_known_valid, const XArm *arms,
              uint32_t n_arms, XReport *out)
{
    memset(out, 0, sizeof *out);
    arena_init(&out->arena);
    out->n_arms = n_arms;
    out->arm_reachable = arena_alloc(&out->arena, (size_t)n_arms + 1);
    for (uint32_t i = 0; i < n_arms; i++)
        out->arm_reachable[i] = true;

    Ck ck = {.q = q, .rep = out, .budget = q->budget ? q->budget : DEFAULT_BUDGET};
    arena_init(&ck.perm);
    uint32_t sp = space_id(&ck, scrut);
    DPat **pats = arena_alloc(&ck.perm, (size_t)(n_arms + 1) * sizeof *pats);
    for (uint32_t i = 0; i < n_arms && ck.status == X_OK; i++) {
        if (!arms[i].pat)
            ck.status = X_BAD_PATTERN;
        else
            pats[i] = lower(&ck, arms[i].pat, sp);
    }
    WMat w = {0};
    if (ck.status == X_OK) {
        ck.br = xcalloc((size_t)ck.n_uids + 1, sizeof *ck.br);
        Matrix top = {.n_cols = 1, .wild_relevant = true};
        top.pl = s_alloc(&ck, sizeof *top.pl);
        top.pl[0] = (Place){sp, scrut_known_valid, true};
        Row arm_row = {.relevant = true};
        if (new_rows(&ck, &top, n_arms)) {
            for (uint32_t i = 0; i < n_arms; i++) {
                arm_row.under_guard = arms[i].has_guard;
                Row *r = add_row(&ck, &top, &arm_row, i);
                r->p[0] = pats[i];
                r->head_is_branch = true;
            }
            compute(&ck, &top, &w);
        }
    }
    if (ck.status == X_OK) {
        out->exhaustive = w.len == 0;
        out->n_witnesses = w.len;
        for (uint32_t i = 0; i < w.len && i < 3; i++) {
            Buf b = {0};
            fmt_wit(&ck, w.data[i]->p, &b);
            out->witness[i] = rep_str(out, &b);
            buf_free(&b);
        }
        if (w.len)
            collect_notes(&ck, w.data[0]->p);
        for (uint32_t i = 0; i < n_arms; i++)
            walk_redundant(&ck, pats[i], i, true);
    }
    out->status = ck.status;

    vec_free(&w);
    if (ck.br)
        for (uint32_t i = 0; i < ck.n_uids; i++)
            vec_free(&ck.br[i].cov);
    xfree(ck.br, ((size_t)ck.n_uids + 1) * sizeof *ck.br);
    s_release(&ck, (SMark){NULL, 0});
    xfree(ck.slots, (size_t)ck.n_slots * sizeof *ck.slots);
    vec_free(&ck.spaces);
    arena_free(&ck.perm);
    return out->status;
}

XStatus
x_check_irrefutable(const XQuery *q, XTy ty, bool known_valid, const XPat *pat, XReport *out)
{
    XArm arm = {pat, false};
    return x_check_match(q, ty, known_valid, &arm, 1, out);
}

void
x_report_free(XReport *r)
{
    vec_free(&r->notes);
    vec_free(&r->redundant);
    vec_free(&r->lints);
    arena_free(&r->arena);
    memset(r, 0, sizeof *r);
}

void
x_fmt_uncovered(const XReport *r, Buf *b)
{
    uint32_t n = r->n_witnesses;
    if (n == 0)
        return;
    uint32_t shown = n <= 3 ? n - 1 : 3;
    for (uint32_t i = 0; i < shown; i++)
        buf_printf(b, "%s`%s`", i ? ", " : "", r->witness[i]);
    if (n == 1)
        buf_printf(b, "`%s`", r->witness[0]);
    else if (n <= 3)
        buf_printf(b, " and `%s`", r->witness[n - 1]);
    else
        buf_printf(b, " and %u more", n - 3);
}

void
x_fmt_e0004(const XReport *r, Buf *b)
{
    buf_printf(b, "non-exhaustive patterns: ");
    x_fmt_uncovered(r, b);
    buf_printf(b, " not covered");
}

void
x_fmt_label(const XReport *r, Buf *b)
{
    buf_printf(b, "pattern%s ", r->n_witnesses == 1 ? "" : "s");
    x_fmt_uncovered(r, b);
    buf_printf(b, " not covered");
}

void
x_fmt_e0005(const char *origin, Buf *b)
{
    buf_printf(b, "refutable pattern in %s", origin);
}

void
x_fmt_suggestion(const XReport *r, Buf *b)
{
    if (r->n_witnesses == 0 || r->n_witnesses >= 4) {
        buf_printf(b, "_ => todo!()");
        return;
    }
    for (uint32_t i = 0; i < r->n_witnesses; i++)
        buf_printf(b, "%s%s", i ? " | " : "", r->witness[i]);
    buf_printf(b, " => todo!()");
}

/* ---- builders ---------------------------------------------------------- */

static XPat *
new_pat(Arena *a, XPatKind kind)
{
    XPat *p = arena_alloc(a, sizeof *p);
    p->kind = kind;
    return p;
}

XPat *
x_wild(Arena *a)
{
    return new_pat(a, XP_WILD);
}

XPat *
x_ctor(Arena *a, uint32_t ctor, uint32_t n, XPat *const *fields)
{
    XPat *p = new_pat(a, XP_CTOR);
    p->ctor = ctor;
    p->n = n;
    if (fields)
        p->sub = arena_dup(a, fields, (size_t)n * sizeof *fields);
    return p;
}

XPat *
x_bool(Arena *a, bool b)
{
    return x_ctor(a, b, 0, NULL);
}

XPat *
x_int(Arena *a, XU128 v)
{
    return x_range(a, v, v, false);
}

XPat *
x_range(Arena *a, XU128 lo, XU128 hi, bool hi_excl)
{
    XPat *p = new_pat(a, XP_RANGE);
    p->lo = lo;
    p->hi = hi;
    p->hi_excl = hi_excl;
    return p;
}

XPat *
x_or(Arena *a, uint32_t n, XPat *const *alts)
{
    XPat *p = new_pat(a, XP_OR);
    p->n = n;
    p->sub = arena_dup(a, alts, (size_t)n * sizeof *alts);
    return p;
}

XPat *
x_lit(Arena *a, uint64_t key)
{
    XPat *p = new_pat(a, XP_LIT);
    p->key = key;
    return p;
}

XPat *
x_float(Arena *a, double lo, double hi, bool hi_excl)
{
    XPat *p = new_pat(a, XP_FLOAT);
    p->flo = lo;
    p->fhi = hi;
    p->hi_excl = hi_excl;
    return p;
}

/* ---- char_printable ------------------------------------------------------ */

/*
 * The chars from U+0080 up that Rust's `{:?}` prints as themselves (the
 * rest print as `\u{...}`), generated with rustc 1.95 by:
 *
 *     for c in 0x80u32..=0x10ffff {
 *         let Some(ch) = char::from_u32(c) else { continue };
 *         if format!("{:?}", ch) == format!("'{}'", ch) { extend or start a range }
 *     }
 */
static const uint32_t PRINTABLE[][2] = {
    {0xa1, 0xac}, {0xae, 0x2ff}, {0x370, 0x377}, {0x37a, 0x37f}, {0x384, 0x38a}, {0x38c, 0x38c},
    {0x38e, 0x3a1}, {0x3a3, 0x482}, {0x48a, 0x52f}, {0x531, 0x556}, {0x559, 0x58a}, {0x58d, 0x58f},
    {0x5be, 0x5be}, {0x5c0, 0x5c0}, {0x5c3, 0x5c3}, {0x5c6, 0x5c6}, {0x5d0, 0x5ea}, {0x5ef, 0x5f4},
    {0x606, 0x60f}, {0x61b, 0x61b}, {0x61d, 0x64a}, {0x660, 0x66f}, {0x671, 0x6d5}, {0x6de, 0x6de},
    {0x6e5, 0x6e6}, {0x6e9, 0x6e9}, {0x6ee, 0x70d}, {0x710, 0x710}, {0x712, 0x72f}, {0x74d, 0x7a5},
    {0x7b1, 0x7b1}, {0x7c0, 0x7ea}, {0x7f4, 0x7fa}, {0x7fe, 0x815}, {0x81a, 0x81a}, {0x824, 0x824},
    {0x828, 0x828}, {0x830, 0x83e}, {0x840, 0x858}, {0x85e, 0x85e}, {0x860, 0x86a}, {0x870, 0x88f},
    {0x8a0, 0x8c9}, {0x903, 0x939}, {0x93b, 0x93b}, {0x93d, 0x940}, {0x949, 0x94c}, {0x94e, 0x950},
    {0x958, 0x961}, {0x964, 0x980}, {0x982, 0x983}, {0x985, 0x98c}, {0x98f, 0x990}, {0x993, 0x9a8},
    {0x9aa, 0x9b0}, {0x9b2, 0x9b2}, {0x9b6, 0x9b9}, {0x9bd, 0x9bd}, {0x9bf, 0x9c0}, {0x9c7, 0x9c8},
    {0x9cb, 0x9cc}, {0x9ce, 0x9ce}, {0x9dc, 0x9dd}, {0x9df, 0x9e1}, {0x9e6, 0x9fd}, {0xa03, 0xa03},
    {0xa05, 0xa0a}, {0xa0f, 0xa10}, {0xa13, 0xa28}, {0xa2a, 0xa30}, {0xa32, 0xa33}, {0xa35, 0xa36},
    {0xa38, 0xa39}, {0xa3e, 0xa40}, {0xa59, 0xa5c}, {0xa5e, 0xa5e}, {0xa66, 0xa6f}, {0xa72, 0xa74},
    {0xa76, 0xa76}, {0xa83, 0xa83}, {0xa85, 0xa8d}, {0xa8f, 0xa91}, {0xa93, 0xaa8}, {0xaaa, 0xab0},
    {0xab2, 0xab3}, {0xab5, 0xab9}, {0xabd, 0xac0}, {0xac9, 0xac9}, {0xacb, 0xacc}, {0xad0, 0xad0},
    {0xae0, 0xae1}, {0xae6, 0xaf1}, {0xaf9, 0xaf9}, {0xb02, 0xb03}, {0xb05, 0xb0c}, {0xb0f, 0xb10},
    {0xb13, 0xb28}, {0xb2a, 0xb30}, {0xb32, 0xb33}, {0xb35, 0xb39}, {0xb3d, 0xb3d}, {0xb40, 0xb40},
    {0xb47, 0xb48}, {0xb4b, 0xb4c}, {0xb5c, 0xb5d}, {0xb5f, 0xb61}, {0xb66, 0xb77}, {0xb83, 0xb83},
    {0xb85, 0xb8a}, {0xb8e, 0xb90}, {0xb92, 0xb95}, {0xb99, 0xb9a}, {0xb9c, 0xb9c}, {0xb9e, 0xb9f},
    {0xba3, 0xba4}, {0xba8, 0xbaa}, {0xbae, 0xbb9}, {0xbbf, 0xbbf}, {0xbc1, 0xbc2}, {0xbc6, 0xbc8},
    {0xbca, 0xbcc}, {0xbd0, 0xbd0}, {0xbe6, 0xbfa}, {0xc01, 0xc03}, {0xc05, 0xc0c}, {0xc0e, 0xc10},
    {0xc12, 0xc28}, {0xc2a, 0xc39}, {0xc3d, 0xc3d}, {0xc41, 0xc44}, {0xc58, 0xc5a}, {0xc5c, 0xc5d},
    {0xc60, 0xc61}, {0xc66, 0xc6f}, {0xc77, 0xc80}, {0xc82, 0xc8c}, {0xc8e, 0xc90}, {0xc92, 0xca8},
    {0xcaa, 0xcb3}, {0xcb5, 0xcb9}, {0xcbd, 0xcbe}, {0xcc1, 0xcc1}, {0xcc3, 0xcc4}, {0xcdc, 0xcde},
    {0xce0, 0xce1}, {0xce6, 0xcef}, {0xcf1, 0xcf3}, {0xd02, 0xd0c}, {0xd0e, 0xd10}, {0xd12, 0xd3a},
    {0xd3d, 0xd3d}, {0xd3f, 0xd40}, {0xd46, 0xd48}, {0xd4a, 0xd4c}, {0xd4e, 0xd4f}, {0xd54, 0xd56},
    {0xd58, 0xd61}, {0xd66, 0xd7f}, {0xd82, 0xd83}, {0xd85, 0xd96}, {0xd9a, 0xdb1}, {0xdb3, 0xdbb},
    {0xdbd, 0xdbd}, {0xdc0, 0xdc6}, {0xdd0, 0xdd1}, {0xdd8, 0xdde}, {0xde6, 0xdef}, {0xdf2, 0xdf4},
    {0xe01, 0xe30}, {0xe32, 0xe33}, {0xe3f, 0xe46}, {0xe4f, 0xe5b}, {0xe81, 0xe82}, {0xe84, 0xe84},
    {0xe86, 0xe8a}, {0xe8c, 0xea3}, {0xea5, 0xea5}, {0xea7, 0xeb0}, {0xeb2, 0xeb3}, {0xebd, 0xebd},
    {0xec0, 0xec4}, {0xec6, 0xec6}, {0xed0, 0xed9}, {0xedc, 0xedf}, {0xf00, 0xf17}, {0xf1a, 0xf34},
    {0xf36, 0xf36}, {0xf38, 0xf38}, {0xf3a, 0xf47}, {0xf49, 0xf6c}, {0xf7f, 0xf7f}, {0xf85, 0xf85},
    {0xf88, 0xf8c}, {0xfbe, 0xfc5}, {0xfc7, 0xfcc}, {0xfce, 0xfda}, {0x1000, 0x102c},
    {0x1031, 0x1031}, {0x1038, 0x1038}, {0x103b, 0x103c}, {0x103f, 0x1057}, {0x105a, 0x105d},
    {0x1061, 0x1070}, {0x1075, 0x1081}, {0x1083, 0x1084}, {0x1087, 0x108c}, {0x108e, 0x109c},
    {0x109e, 0x10c5}, {0x10c7, 0x10c7}, {0x10cd, 0x10cd}, {0x10d0, 0x1248}, {0x124a, 0x124d},
    {0x1250, 0x1256}, {0x1258, 0x1258}, {0x125a, 0x125d}, {0x1260, 0x1288}, {0x128a, 0x128d},
    {0x1290, 0x12b0}, {0x12b2, 0x12b5}, {0x12b8, 0x12be}, {0x12c0, 0x12c0}, {0x12c2, 0x12c5},
    {0x12c8, 0x12d6}, {0x12d8, 0x1310}, {0x1312, 0x1315}, {0x1318, 0x135a}, {0x1360, 0x137c},
    {0x1380, 0x1399}, {0x13a0, 0x13f5}, {0x13f8, 0x13fd}, {0x1400, 0x167f}, {0x1681, 0x169c},
    {0x16a0, 0x16f8}, {0x1700, 0x1711}, {0x171f, 0x1731}, {0x1735, 0x1736}, {0x1740, 0x1751},
    {0x1760, 0x176c}, {0x176e, 0x1770}, {0x1780, 0x17b3}, {0x17b6, 0x17b6}, {0x17be, 0x17c5},
    {0x17c7, 0x17c8}, {0x17d4, 0x17dc}, {0x17e0, 0x17e9}, {0x17f0, 0x17f9}, {0x1800, 0x180a},
    {0x1810, 0x1819}, {0x1820, 0x1878}, {0x1880, 0x1884}, {0x1887, 0x18a8}, {0x18aa, 0x18aa},
    {0x18b0, 0x18f5}, {0x1900, 0x191e}, {0x1923, 0x1926}, {0x1929, 0x192b}, {0x1930, 0x1931},
    {0x1933, 0x1938}, {0x1940, 0x1940}, {0x1944, 0x196d}, {0x1970, 0x1974}, {0x1980, 0x19ab},
    {0x19b0, 0x19c9}, {0x19d0, 0x19da}, {0x19de, 0x1a16}, {0x1a19, 0x1a1a}, {0x1a1e, 0x1a55},
    {0x1a57, 0x1a57}, {0x1a61, 0x1a61}, {0x1a63, 0x1a64}, {0x1a6d, 0x1a72}, {0x1a80, 0x1a89},
    {0x1a90, 0x1a99}, {0x1aa0, 0x1aad}, {0x1b04, 0x1b33}, {0x1b3e, 0x1b41}, {0x1b45, 0x1b4c},
    {0x1b4e, 0x1b6a}, {0x1b74, 0x1b7f}, {0x1b82, 0x1ba1}, {0x1ba6, 0x1ba7}, {0x1bae, 0x1be5},
    {0x1be7, 0x1be7}, {0x1bea, 0x1bec}, {0x1bee, 0x1bee}, {0x1bfc, 0x1c2b}, {0x1c34, 0x1c35},
    {0x1c3b, 0x1c49}, {0x1c4d, 0x1c8a}, {0x1c90, 0x1cba}, {0x1cbd, 0x1cc7}, {0x1cd3, 0x1cd3},
    {0x1ce1, 0x1ce1}, {0x1ce9, 0x1cec}, {0x1cee, 0x1cf3}, {0x1cf5, 0x1cf7}, {0x1cfa, 0x1cfa},
    {0x1d00, 0x1dbf}, {0x1e00, 0x1f15}, {0x1f18, 0x1f1d}, {0x1f20, 0x1f45}, {0x1f48, 0x1f4d},
    {0x1f50, 0x1f57}, {0x1f59, 0x1f59}, {0x1f5b, 0x1f5b}, {0x1f5d, 0x1f5d}, {0x1f5f, 0x1f7d},
    {0x1f80, 0x1fb4}, {0x1fb6, 0x1fc4}, {0x1fc6, 0x1fd3}, {0x1fd6, 0x1fdb}, {0x1fdd, 0x1fef},
    {0x1ff2, 0x1ff4}, {0x1ff6, 0x1ffe}, {0x2010, 0x2027}, {0x2030, 0x205e}, {0x2070, 0x2071},
    {0x2074, 0x208e}, {0x2090, 0x209c}, {0x20a0, 0x20c1}, {0x2100, 0x218b}, {0x2190, 0x2429},
    {0x2440, 0x244a}, {0x2460, 0x2b73}, {0x2b76, 0x2cee}, {0x2cf2, 0x2cf3}, {0x2cf9, 0x2d25},
    {0x2d27, 0x2d27}, {0x2d2d, 0x2d2d}, {0x2d30, 0x2d67}, {0x2d6f, 0x2d70}, {0x2d80, 0x2d96},
    {0x2da0, 0x2da6}, {0x2da8, 0x2dae}, {0x2db0, 0x2db6}, {0x2db8, 0x2dbe}, {0x2dc0, 0x2dc6},
    {0x2dc8, 0x2dce}, {0x2dd0, 0x2dd6}, {0x2dd8, 0x2dde}, {0x2e00, 0x2e5d}, {0x2e80, 0x2e99},
    {0x2e9b, 0x2ef3}, {0x2f00, 0x2fd5}, {0x2ff0, 0x2fff}, {0x3001, 0x3029}, {0x3030, 0x303f},
    {0x3041, 0x3096}, {0x309b, 0x30ff}, {0x3105, 0x312f}, {0x3131, 0x318e}, {0x3190, 0x31e5},
    {0x31ef, 0x321e}, {0x3220, 0xa48c}, {0xa490, 0xa4c6}, {0xa4d0, 0xa62b}, {0xa640, 0xa66e},
    {0xa673, 0xa673}, {0xa67e, 0xa69d}, {0xa6a0, 0xa6ef}, {0xa6f2, 0xa6f7}, {0xa700, 0xa7dc},
    {0xa7f1, 0xa801}, {0xa803, 0xa805}, {0xa807, 0xa80a}, {0xa80c, 0xa824}, {0xa827, 0xa82b},
    {0xa830, 0xa839}, {0xa840, 0xa877}, {0xa880, 0xa8c3}, {0xa8ce, 0xa8d9}, {0xa8f2, 0xa8fe},
    {0xa900, 0xa925}, {0xa92e, 0xa946}, {0xa952, 0xa952}, {0xa95f, 0xa97c}, {0xa983, 0xa9b2},
    {0xa9b4, 0xa9b5}, {0xa9ba, 0xa9bb}, {0xa9be, 0xa9bf}, {0xa9c1, 0xa9cd}, {0xa9cf, 0xa9d9},
    {0xa9de, 0xa9e4}, {0xa9e6, 0xa9fe}, {0xaa00, 0xaa28}, {0xaa2f, 0xaa30}, {0xaa33, 0xaa34},
    {0xaa40, 0xaa42}, {0xaa44, 0xaa4b}, {0xaa4d, 0xaa4d}, {0xaa50, 0xaa59}, {0xaa5c, 0xaa7b},
    {0xaa7d, 0xaaaf}, {0xaab1, 0xaab1}, {0xaab5, 0xaab6}, {0xaab9, 0xaabd}, {0xaac0, 0xaac0},
    {0xaac2, 0xaac2}, {0xaadb, 0xaaeb}, {0xaaee, 0xaaf5}, {0xab01, 0xab06}, {0xab09, 0xab0e},
    {0xab11, 0xab16}, {0xab20, 0xab26}, {0xab28, 0xab2e}, {0xab30, 0xab6b}, {0xab70, 0xabe4},
    {0xabe6, 0xabe7}, {0xabe9, 0xabec}, {0xabf0, 0xabf9}, {0xac00, 0xd7a3}, {0xd7b0, 0xd7c6},
    {0xd7cb, 0xd7fb}, {0xf900, 0xfa6d}, {0xfa70, 0xfad9}, {0xfb00, 0xfb06}, {0xfb13, 0xfb17},
    {0xfb1d, 0xfb1d}, {0xfb1f, 0xfb36}, {0xfb38, 0xfb3c}, {0xfb3e, 0xfb3e}, {0xfb40, 0xfb41},
    {0xfb43, 0xfb44}, {0xfb46, 0xfdcf}, {0xfdf0, 0xfdff}, {0xfe10, 0xfe19}, {0xfe30, 0xfe52},
    {0xfe54, 0xfe66}, {0xfe68, 0xfe6b}, {0xfe70, 0xfe74}, {0xfe76, 0xfefc}, {0xff01, 0xff9d},
    {0xffa0, 0xffbe}, {0xffc2, 0xffc7}, {0xffca, 0xffcf}, {0xffd2, 0xffd7}, {0xffda, 0xffdc},
    {0xffe0, 0xffe6}, {0xffe8, 0xffee}, {0xfffc, 0xfffd}, {0x10000, 0x1000b}, {0x1000d, 0x10026},
    {0x10028, 0x1003a}, {0x1003c, 0x1003d}, {0x1003f, 0x1004d}, {0x10050, 0x1005d},
    {0x10080, 0x100fa}, {0x10100, 0x10102}, {0x10107, 0x10133}, {0x10137, 0x1018e},
    {0x10190, 0x1019c}, {0x101a0, 0x101a0}, {0x101d0, 0x101fc}, {0x10280, 0x1029c},
    {0x102a0, 0x102d0}, {0x102e1, 0x102fb}, {0x10300, 0x10323}, {0x1032d, 0x1034a},
    {0x10350, 0x10375}, {0x10380, 0x1039d}, {0x1039f, 0x103c3}, {0x103c8, 0x103d5},
    {0x10400, 0x1049d}, {0x104a0, 0x104a9}, {0x104b0, 0x104d3}, {0x104d8, 0x104fb},
    {0x10500, 0x10527}, {0x10530, 0x10563}, {0x1056f, 0x1057a}, {0x1057c, 0x1058a},
    {0x1058c, 0x10592}, {0x10594, 0x10595}, {0x10597, 0x105a1}, {0x105a3, 0x105b1},
    {0x105b3, 0x105b9}, {0x105bb, 0x105bc}, {0x105c0, 0x105f3}, {0x10600, 0x10736},
    {0x10740, 0x10755}, {0x10760, 0x10767}, {0x10780, 0x10785}, {0x10787, 0x107b0},
    {0x107b2, 0x107ba}, {0x10800, 0x10805}, {0x10808, 0x10808}, {0x1080a, 0x10835},
    {0x10837, 0x10838}, {0x1083c, 0x1083c}, {0x1083f, 0x10855}, {0x10857, 0x1089e},
    {0x108a7, 0x108af}, {0x108e0, 0x108f2}, {0x108f4, 0x108f5}, {0x108fb, 0x1091b},
    {0x1091f, 0x10939}, {0x1093f, 0x10959}, {0x10980, 0x109b7}, {0x109bc, 0x109cf},
    {0x109d2, 0x10a00}, {0x10a10, 0x10a13}, {0x10a15, 0x10a17}, {0x10a19, 0x10a35},
    {0x10a40, 0x10a48}, {0x10a50, 0x10a58}, {0x10a60, 0x10a9f}, {0x10ac0, 0x10ae4},
    {0x10aeb, 0x10af6}, {0x10b00, 0x10b35}, {0x10b39, 0x10b55}, {0x10b58, 0x10b72},
    {0x10b78, 0x10b91}, {0x10b99, 0x10b9c}, {0x10ba9, 0x10baf}, {0x10c00, 0x10c48},
    {0x10c80, 0x10cb2}, {0x10cc0, 0x10cf2}, {0x10cfa, 0x10d23}, {0x10d30, 0x10d39},
    {0x10d40, 0x10d65}, {0x10d6e, 0x10d85}, {0x10d8e, 0x10d8f}, {0x10e60, 0x10e7e},
    {0x10e80, 0x10ea9}, {0x10ead, 0x10ead}, {0x10eb0, 0x10eb1}, {0x10ec2, 0x10ec7},
    {0x10ed0, 0x10ed8}, {0x10f00, 0x10f27}, {0x10f30, 0x10f45}, {0x10f51, 0x10f59},
    {0x10f70, 0x10f81}, {0x10f86, 0x10f89}, {0x10fb0, 0x10fcb}, {0x10fe0, 0x10ff6},
    {0x11000, 0x11000}, {0x11002, 0x11037}, {0x11047, 0x1104d}, {0x11052, 0x1106f},
    {0x11071, 0x11072}, {0x11075, 0x11075}, {0x11082, 0x110b2}, {0x110b7, 0x110b8},
    {0x110bb, 0x110bc}, {0x110be, 0x110c1}, {0x110d0, 0x110e8}, {0x110f0, 0x110f9},
    {0x11103, 0x11126}, {0x1112c, 0x1112c}, {0x11136, 0x11147}, {0x11150, 0x11172},
    {0x11174, 0x11176}, {0x11182, 0x111b5}, {0x111bf, 0x111bf}, {0x111c1, 0x111c8},
    {0x111cd, 0x111ce}, {0x111d0, 0x111df}, {0x111e1, 0x111f4}, {0x11200, 0x11211},
    {0x11213, 0x1122e}, {0x11232, 0x11233}, {0x11238, 0x1123d}, {0x1123f, 0x11240},
    {0x11280, 0x11286}, {0x11288, 0x11288}, {0x1128a, 0x1128d}, {0x1128f, 0x1129d},
    {0x1129f, 0x112a9}, {0x112b0, 0x112de}, {0x112e0, 0x112e2}, {0x112f0, 0x112f9},
    {0x11302, 0x11303}, {0x11305, 0x1130c}, {0x1130f, 0x11310}, {0x11313, 0x11328},
    {0x1132a, 0x11330}, {0x11332, 0x11333}, {0x11335, 0x11339}, {0x1133d, 0x1133d},
    {0x1133f, 0x1133f}, {0x11341, 0x11344}, {0x11347, 0x11348}, {0x1134b, 0x1134c},
    {0x11350, 0x11350}, {0x1135d, 0x11363}, {0x11380, 0x11389}, {0x1138b, 0x1138b},
    {0x1138e, 0x1138e}, {0x11390, 0x113b5}, {0x113b7, 0x113b7}, {0x113b9, 0x113ba},
    {0x113ca, 0x113ca}, {0x113cc, 0x113cd}, {0x113d1, 0x113d1}, {0x113d3, 0x113d5},
    {0x113d7, 0x113d8}, {0x11400, 0x11437}, {0x11440, 0x11441}, {0x11445, 0x11445},
    {0x11447, 0x1145b}, {0x1145d, 0x1145d}, {0x1145f, 0x11461}, {0x11480, 0x114af},
    {0x114b1, 0x114b2}, {0x114b9, 0x114b9}, {0x114bb, 0x114bc}, {0x114be, 0x114be},
    {0x114c1, 0x114c1}, {0x114c4, 0x114c7}, {0x114d0, 0x114d9}, {0x11580, 0x115ae},
    {0x115b0, 0x115b1}, {0x115b8, 0x115bb}, {0x115be, 0x115be}, {0x115c1, 0x115db},
    {0x11600, 0x11632}, {0x1163b, 0x1163c}, {0x1163e, 0x1163e}, {0x11641, 0x11644},
    {0x11650, 0x11659}, {0x11660, 0x1166c}, {0x11680, 0x116aa}, {0x116ac, 0x116ac},
    {0x116ae, 0x116af}, {0x116b8, 0x116b9}, {0x116c0, 0x116c9}, {0x116d0, 0x116e3},
    {0x11700, 0x1171a}, {0x1171e, 0x1171e}, {0x11720, 0x11721}, {0x11726, 0x11726},
    {0x11730, 0x11746}, {0x11800, 0x1182e}, {0x11838, 0x11838}, {0x1183b, 0x1183b},
    {0x118a0, 0x118f2}, {0x118ff, 0x11906}, {0x11909, 0x11909}, {0x1190c, 0x11913},
    {0x11915, 0x11916}, {0x11918, 0x1192f}, {0x11931, 0x11935}, {0x11937, 0x11938},
    {0x1193f, 0x11942}, {0x11944, 0x11946}, {0x11950, 0x11959}, {0x119a0, 0x119a7},
    {0x119aa, 0x119d3}, {0x119dc, 0x119df}, {0x119e1, 0x119e4}, {0x11a00, 0x11a00},
    {0x11a0b, 0x11a32}, {0x11a39, 0x11a3a}, {0x11a3f, 0x11a46}, {0x11a50, 0x11a50},
    {0x11a57, 0x11a58}, {0x11a5c, 0x11a89}, {0x11a97, 0x11a97}, {0x11a9a, 0x11aa2},
    {0x11ab0, 0x11af8}, {0x11b00, 0x11b09}, {0x11b61, 0x11b61}, {0x11b65, 0x11b65},
    {0x11b67, 0x11b67}, {0x11bc0, 0x11be1}, {0x11bf0, 0x11bf9}, {0x11c00, 0x11c08},
    {0x11c0a, 0x11c2f}, {0x11c3e, 0x11c3e}, {0x11c40, 0x11c45}, {0x11c50, 0x11c6c},
    {0x11c70, 0x11c8f}, {0x11ca9, 0x11ca9}, {0x11cb1, 0x11cb1}, {0x11cb4, 0x11cb4},
    {0x11d00, 0x11d06}, {0x11d08, 0x11d09}, {0x11d0b, 0x11d30}, {0x11d46, 0x11d46},
    {0x11d50, 0x11d59}, {0x11d60, 0x11d65}, {0x11d67, 0x11d68}, {0x11d6a, 0x11d8e},
    {0x11d93, 0x11d94}, {0x11d96, 0x11d96}, {0x11d98, 0x11d98}, {0x11da0, 0x11da9},
    {0x11db0, 0x11ddb}, {0x11de0, 0x11de9}, {0x11ee0, 0x11ef2}, {0x11ef5, 0x11ef8},
    {0x11f02, 0x11f10}, {0x11f12, 0x11f35}, {0x11f3e, 0x11f3f}, {0x11f43, 0x11f59},
    {0x11fb0, 0x11fb0}, {0x11fc0, 0x11ff1}, {0x11fff, 0x12399}, {0x12400, 0x1246e},
    {0x12470, 0x12474}, {0x12480, 0x12543}, {0x12f90, 0x12ff2}, {0x13000, 0x1342f},
    {0x13441, 0x13446}, {0x13460, 0x143fa}, {0x14400, 0x14646}, {0x16100, 0x1611d},
    {0x1612a, 0x1612c}, {0x16130, 0x16139}, {0x16800, 0x16a38}, {0x16a40, 0x16a5e},
    {0x16a60, 0x16a69}, {0x16a6e, 0x16abe}, {0x16ac0, 0x16ac9}, {0x16ad0, 0x16aed},
    {0x16af5, 0x16af5}, {0x16b00, 0x16b2f}, {0x16b37, 0x16b45}, {0x16b50, 0x16b59},
    {0x16b5b, 0x16b61}, {0x16b63, 0x16b77}, {0x16b7d, 0x16b8f}, {0x16d40, 0x16d79},
    {0x16e40, 0x16e9a}, {0x16ea0, 0x16eb8}, {0x16ebb, 0x16ed3}, {0x16f00, 0x16f4a},
    {0x16f50, 0x16f87}, {0x16f93, 0x16f9f}, {0x16fe0, 0x16fe3}, {0x16ff2, 0x16ff6},
    {0x17000, 0x18cd5}, {0x18cff, 0x18d1e}, {0x18d80, 0x18df2}, {0x1aff0, 0x1aff3},
    {0x1aff5, 0x1affb}, {0x1affd, 0x1affe}, {0x1b000, 0x1b122}, {0x1b132, 0x1b132},
    {0x1b150, 0x1b152}, {0x1b155, 0x1b155}, {0x1b164, 0x1b167}, {0x1b170, 0x1b2fb},
    {0x1bc00, 0x1bc6a}, {0x1bc70, 0x1bc7c}, {0x1bc80, 0x1bc88}, {0x1bc90, 0x1bc99},
    {0x1bc9c, 0x1bc9c}, {0x1bc9f, 0x1bc9f}, {0x1cc00, 0x1ccfc}, {0x1cd00, 0x1ceb3},
    {0x1ceba, 0x1ced0}, {0x1cee0, 0x1cef0}, {0x1cf50, 0x1cfc3}, {0x1d000, 0x1d0f5},
    {0x1d100, 0x1d126}, {0x1d129, 0x1d164}, {0x1d16a, 0x1d16c}, {0x1d183, 0x1d184},
    {0x1d18c, 0x1d1a9}, {0x1d1ae, 0x1d1ea}, {0x1d200, 0x1d241}, {0x1d245, 0x1d245},
    {0x1d2c0, 0x1d2d3}, {0x1d2e0, 0x1d2f3}, {0x1d300, 0x1d356}, {0x1d360, 0x1d378},
    {0x1d400, 0x1d454}, {0x1d456, 0x1d49c}, {0x1d49e, 0x1d49f}, {0x1d4a2, 0x1d4a2},
    {0x1d4a5, 0x1d4a6}, {0x1d4a9, 0x1d4ac}, {0x1d4ae, 0x1d4b9}, {0x1d4bb, 0x1d4bb},
    {0x1d4bd, 0x1d4c3}, {0x1d4c5, 0x1d505}, {0x1d507, 0x1d50a}, {0x1d50d, 0x1d514},
    {0x1d516, 0x1d51c}, {0x1d51e, 0x1d539}, {0x1d53b, 0x1d53e}, {0x1d540, 0x1d544},
    {0x1d546, 0x1d546}, {0x1d54a, 0x1d550}, {0x1d552, 0x1d6a5}, {0x1d6a8, 0x1d7cb},
    {0x1d7ce, 0x1d9ff}, {0x1da37, 0x1da3a}, {0x1da6d, 0x1da74}, {0x1da76, 0x1da83},
    {0x1da85, 0x1da8b}, {0x1df00, 0x1df1e}, {0x1df25, 0x1df2a}, {0x1e030, 0x1e06d},
    {0x1e100, 0x1e12c}, {0x1e137, 0x1e13d}, {0x1e140, 0x1e149}, {0x1e14e, 0x1e14f},
    {0x1e290, 0x1e2ad}, {0x1e2c0, 0x1e2eb}, {0x1e2f0, 0x1e2f9}, {0x1e2ff, 0x1e2ff},
    {0x1e4d0, 0x1e4eb}, {0x1e4f0, 0x1e4f9}, {0x1e5d0, 0x1e5ed}, {0x1e5f0, 0x1e5fa},
    {0x1e5ff, 0x1e5ff}, {0x1e6c0, 0x1e6de}, {0x1e6e0, 0x1e6e2}, {0x1e6e4, 0x1e6e5},
    {0x1e6e7, 0x1e6ed}, {0x1e6f0, 0x1e6f4}, {0x1e6fe, 0x1e6ff}, {0x1e7e0, 0x1e7e6},
    {0x1e7e8, 0x1e7eb}, {0x1e7ed, 0x1e7ee}, {0x1e7f0, 0x1e7fe}, {0x1e800, 0x1e8c4},
    {0x1e8c7, 0x1e8cf}, {0x1e900, 0x1e943}, {0x1e94b, 0x1e94b}, {0x1e950, 0x1e959},
    {0x1e95e, 0x1e95f}, {0x1ec71, 0x1ecb4}, {0x1ed01, 0x1ed3d}, {0x1ee00, 0x1ee03},
    {0x1ee05, 0x1ee1f}, {0x1ee21, 0x1ee22}, {0x1ee24, 0x1ee24}, {0x1ee27, 0x1ee27},
    {0x1ee29, 0x1ee32}, {0x1ee34, 0x1ee37}, {0x1ee39, 0x1ee39}, {0x1ee3b, 0x1ee3b},
    {0x1ee42, 0x1ee42}, {0x1ee47, 0x1ee47}, {0x1ee49, 0x1ee49}, {0x1ee4b, 0x1ee4b},
    {0x1ee4d, 0x1ee4f}, {0x1ee51, 0x1ee52}, {0x1ee54, 0x1ee54}, {0x1ee57, 0x1ee57},
    {0x1ee59, 0x1ee59}, {0x1ee5b, 0x1ee5b}, {0x1ee5d, 0x1ee5d}, {0x1ee5f, 0x1ee5f},
    {0x1ee61, 0x1ee62}, {0x1ee64, 0x1ee64}, {0x1ee67, 0x1ee6a}, {0x1ee6c, 0x1ee72},
    {0x1ee74, 0x1ee77}, {0x1ee79, 0x1ee7c}, {0x1ee7e, 0x1ee7e}, {0x1ee80, 0x1ee89},
    {0x1ee8b, 0x1ee9b}, {0x1eea1, 0x1eea3}, {0x1eea5, 0x1eea9}, {0x1eeab, 0x1eebb},
    {0x1eef0, 0x1eef1}, {0x1f000, 0x1f02b}, {0x1f030, 0x1f093}, {0x1f0a0, 0x1f0ae},
    {0x1f0b1, 0x1f0bf}, {0x1f0c1, 0x1f0cf}, {0x1f0d1, 0x1f0f5}, {0x1f100, 0x1f1ad},
    {0x1f1e6, 0x1f202}, {0x1f210, 0x1f23b}, {0x1f240, 0x1f248}, {0x1f250, 0x1f251},
    {0x1f260, 0x1f265}, {0x1f300, 0x1f6d8}, {0x1f6dc, 0x1f6ec}, {0x1f6f0, 0x1f6fc},
    {0x1f700, 0x1f7d9}, {0x1f7e0, 0x1f7eb}, {0x1f7f0, 0x1f7f0}, {0x1f800, 0x1f80b},
    {0x1f810, 0x1f847}, {0x1f850, 0x1f859}, {0x1f860, 0x1f887}, {0x1f890, 0x1f8ad},
    {0x1f8b0, 0x1f8bb}, {0x1f8c0, 0x1f8c1}, {0x1f8d0, 0x1f8d8}, {0x1f900, 0x1fa57},
    {0x1fa60, 0x1fa6d}, {0x1fa70, 0x1fa7c}, {0x1fa80, 0x1fa8a}, {0x1fa8e, 0x1fac6},
    {0x1fac8, 0x1fac8}, {0x1facd, 0x1fadc}, {0x1fadf, 0x1faea}, {0x1faef, 0x1faf8},
    {0x1fb00, 0x1fb92}, {0x1fb94, 0x1fbfa}, {0x20000, 0x2a6df}, {0x2a700, 0x2b81d},
    {0x2b820, 0x2cead}, {0x2ceb0, 0x2ebe0}, {0x2ebf0, 0x2ee5d}, {0x2f800, 0x2fa1d},
    {0x30000, 0x3134a}, {0x31350, 0x33479},
};

static bool
char_printable(uint32_t c)
{
    size_t lo = 0, hi = sizeof PRINTABLE / sizeof PRINTABLE[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < PRINTABLE[mid][0])
            hi = mid;
        else if (c > PRINTABLE[mid][1])
            lo = mid + 1;
        else
            return true;
    }
    return false;
}
