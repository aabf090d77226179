/*
 * emit.c — mono items, codegen units and C emission.
 *
 * An instance is a fn and its generic args (no parameters left).  From
 * `main`, every call in an instance's MIR names another instance (a trait
 * method on a known type is resolved to its impl's fn first).  Instances
 * are grouped by the module of their fn into codegen units; each unit is
 * one C file holding the type definitions it needs, prototypes of what it
 * calls, and its functions.  Everything is named by stable hashes (def
 * paths and types), never by session ids, so identical input gives
 * byte-identical C whatever the edit history.
 *
 * Types in C: integers as <stdint.h> types (i128 as __int128), bool as
 * uint8_t, char as uint32_t, unit and fn items as uint8_t, tuples, structs
 * and arrays as structs, enums as a tag and a union of variant structs,
 * references as pointers (&str and &[T] as pointer and length).
 */
#include "codegen.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* Paths here are built in fixed buffers from a directory checked to be short (codegen_crate
 * refuses one longer than MAX_DIR), so that no snprintf can truncate. */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wformat-truncation"
#endif
enum { MAX_DIR = 3000 };
/* How units are compiled: a debug build, as rustc's dev profile (overflow checks are in the C). */
#define C_OPT "-O0"
#define C_NOUNWIND "-fno-asynchronous-unwind-tables"
#define C_FLAGS "-std=gnu11 " C_OPT " -w -fwrapv " C_NOUNWIND
/* ... or by the fast compiler (tcc: no optimiser, wrapping arithmetic) */
#define TCC_FLAGS "-w"

extern const struct {
    const char *name;
    const char *text;
    size_t len;
} smelt_runtime_files[];
extern const unsigned smelt_runtime_nfiles;

/* ---- instances ------------------------------------------------------------------------- */

typedef struct {
    DefId def;
    Ty **args;
    uint32_t nargs;
    Fingerprint fp; /* of (def path hash, args) */
    DefId cgu;      /* its module */
    char name[64];  /* C name */
} Inst;

typedef struct {
    QCtx *q;
    DefTable *t;
    const CodegenOptions *o;
    VEC(Inst) insts;
    HMap by_fp; /* instance fp -> index */
    VEC(DefId) asyncs; /* async closures made (their MIR holds the by-move body) */
    bool failed;
    const char *file_path;
} Gen;

static Fingerprint
inst_fp(Gen *g, DefId def, Ty **args, uint32_t n)
{
    StableHasher *h = hasher_new();
    hasher_fp(h, defs_get(g->t, def)->hash);
    hasher_u32(h, n);
    for (uint32_t i = 0; i < n; i++)
        ty_hash(h, g->t, args[i]);
    Fingerprint f = hasher_finish(h);
    hasher_free(h);
    return f;
}

static void
gen_error(Gen *g, DefId at_def, const char *fmt, const char *what)
{
    Buf b = {0};
    defs_path_str(g->t, at_def, &b);
    char msg[512];
    snprintf(msg, sizeof msg, fmt, what);
    q_emit(g->q, diag_new(DIAG_ERROR, "", (DiagSpan){FP_ZERO, 0, 0}, "%s (in `%.*s`)", msg,
                          (int)b.len, (const char *)b.data));
    buf_free(&b);
    g->failed = true;
}

/* Binds an impl's parameters so that its self type `pat` equals `ty`. */
static bool
match_ty(Ty *pat, Ty *ty, Ty **binds, uint32_t nbinds)
{
    if (pat->kind == TY_PARAM && pat->idx < nbinds) {
        if (binds[pat->idx] && binds[pat->idx] != ty)
            return false;
        binds[pat->idx] = ty;
        return true;
    }
    if (pat == ty)
        return true;
    if (pat->kind != ty->kind || pat->sub != ty->sub || pat->def != ty->def || pat->n != ty->n ||
        (pat->kind == TY_ARRAY && pat->idx != ty->idx))
        return false;
    for (uint32_t i = 0; i < pat->n; i++)
        if (!match_ty(pat->args[i], ty->args[i], binds, nbinds))
            return false;
    return true;
}

static bool is_derived_call(Gen *g, DefId def, Ty **args, uint32_t nargs);

/* A trait method called on a known type: the impl's fn (or the trait's default). */
static bool
resolve_fn(Gen *g, DefId def, Ty **args, uint32_t nargs, DefId *out, Ty ***out_args,
           uint32_t *out_n)
{
    const Def *d = defs_get(g->t, def);
    const Def *parent = d->parent != DEF_NONE ? defs_get(g->t, d->parent) : NULL;
    *out = def;
    *out_args = args;
    *out_n = nargs;
    if (!parent || parent->kind != DK_TRAIT)
        return true;
    if (nargs == 0)
        return false;
    Ty *self = args[0];
    if (d->parent == lang_items(g->q)->items[LANG_CLONE] &&
        ((self->kind == TY_REF && !self->sub) || self->kind == TY_TUPLE || self->kind == TY_ARRAY))
        return true; /* built in: derived_c copies it */
    const Generics *tg = generics_of(g->q, d->parent);
    const Impls *im = impls(g->q);
    for (uint32_t i = 0; i < 2 * im->n; i++) {
        /* specific impls before blanket ones */
        const ImplInfo *ii = &im->v[i % im->n];
        if (ii->trait != d->parent || (ii->simp == SIMP_PARAM) != (i >= im->n))
            continue;
        if (ii->derived) {
            /* #[derive(..)]: no body; the back end implements the method (derived_call) */
            if (self->kind == TY_ADT && self->def == ii->impl)
                return true; /* *out stays the trait's method */
            continue;
        }
        const Generics *gi = generics_of(g->q, ii->impl);
        Ty *binds[32] = {0};
        if (gi->count > 32 || !impl_args_for(g->q, ii->impl, self, binds, gi->count, 0))
            continue;
        const AssocItems *ai = assoc_items(g->q, ii->impl);
        for (uint32_t k = 0; k < ai->n; k++)
            if (ai->v[k].name == d->name && ai->v[k].kind == d->kind) {
                /* the impl's args, then the method's own (after the trait's) */
                uint32_t own = nargs - tg->count;
                uint32_t n = gi->count + own;
                Ty **a = n ? arena_alloc(q_arena(g->q), n * sizeof(Ty *)) : NULL;
                for (uint32_t j = 0; j < gi->count; j++)
                    a[j] = binds[j];
                for (uint32_t j = 0; j < own; j++)
                    a[gi->count + j] = args[tg->count + j];
                *out = ai->v[k].def;
                *out_args = a;
                *out_n = n;
                return true;
            }
        /* the trait's default body, with Self = the type */
        return true;
    }
    /* comparisons of references, tuples and arrays: written by the back end (derived_c) */
    return is_derived_call(g, def, args, nargs);
}

static bool
has_params(Ty **args, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (args[i]->flags & (TF_HAS_PARAMS | TF_HAS_VARS | TF_HAS_ERROR))
            return true;
    return false;
}

static void
sanitize(const char *s, char *out, size_t n)
{
    size_t j = 0;
    for (; *s && j + 1 < n; s++)
        out[j++] = ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9'))
                       ? *s
                       : '_';
    out[j] = 0;
}

static int64_t
intern_inst(Gen *g, DefId def, Ty **args, uint32_t nargs)
{
    Fingerprint fp = inst_fp(g, def, args, nargs);
    uint64_t *v = hmap_get(&g->by_fp, fp);
    if (v)
        return (int64_t)*v;
    Inst in;
    memset(&in, 0, sizeof in);
    in.def = def;
    in.args = args;
    in.nargs = nargs;
    in.fp = fp;
    in.cgu = def_module(g->t, def);
    char nm[40];
    sanitize(defs_get(g->t, def)->name ? sym_str(defs_get(g->t, def)->name) : "fn", nm, 24);
    snprintf(in.name, sizeof in.name, "%s_%016llx", nm, (unsigned long long)fp.lo);
    vec_push(&g->insts, in);
    hmap_put(&g->by_fp, fp, g->insts.len - 1);
    return g->insts.len - 1;
}

/* The session whose typeck results reveal `impl Trait` types (set where a Gen is made: the
 * back end's queries run on the one compiler thread). */
static QCtx *reveal_q;

/* `impl Trait` replaced by the type the fn's body returns (typeck's hidden types: a tracked
 * read, so an edit of that body reaches the units that use it). */
static Ty *
reveal(Ty *t, uint32_t depth)
{
    if (!(t->flags & TF_HAS_OPAQUE) || !reveal_q || depth > 64)
        return t;
    if (t->kind == TY_OPAQUE) {
        const TypeckResults *r = typeck(reveal_q, t->def);
        if (!r || t->idx >= r->nhidden || !r->hidden[t->idx])
            return t;
        return reveal(ty_subst(r->hidden[t->idx], t->args, t->n), depth + 1);
    }
    Ty *small[8];
    Ty **a = t->n <= 8 ? small : xmalloc(t->n * sizeof(Ty *));
    for (uint32_t i = 0; i < t->n; i++)
        a[i] = reveal(t->args[i], depth + 1);
    Ty *r = ty_mk((TyKind)t->kind, t->sub, t->def, t->idx, t->name, a, t->n);
    if (a != small)
        xfree(a, t->n * sizeof(Ty *));
    return r;
}

static Ty *
mono(const Inst *in, Ty *t)
{
    /* revealed first: the fn's own `impl Trait` (inside its body) carries no args, its hidden
     * type is in the fn's parameters, which the instance's args then replace */
    if (t->flags & TF_HAS_OPAQUE)
        t = reveal(t, 0);
    t = in->nargs ? ty_subst(t, in->args, in->nargs) : t;
    /* `<X as Iterator>::Item` once X is known */
    return (t->flags & TF_HAS_PROJ) && reveal_q ? ty_normalize(reveal_q, t) : t;
}

/* A trait method (Clone::clone, PartialEq::eq, Ord::cmp, ...) on a type that derives the
 * trait: the back end writes it (derived_c). */
static bool derived_supported(Gen *g, DefId def);

/* Is the type's Default all zero bytes in the back end's layout (numbers, bool, char, empty
 * String and Vec, None, and derived Defaults of such)? Then a derived `default()` is a
 * memset. */
static bool
zero_default(Gen *g, Ty *t, uint32_t depth)
{
    if (depth > 32)
        return false;
    const LangItems *li = lang_items(g->q);
    switch ((int)t->kind) {
    case TY_INT:
    case TY_FLOAT:
    case TY_BOOL:
    case TY_CHAR:
        return true;
    case TY_TUPLE:
        for (uint32_t i = 0; i < t->n; i++)
            if (!zero_default(g, t->args[i], depth + 1))
                return false;
        return true;
    case TY_ARRAY:
        return zero_default(g, t->args[0], depth + 1);
    case TY_ADT: {
        if (t->def == li->items[LANG_STRING] || t->def == li->items[LANG_VEC] ||
            t->def == li->items[LANG_OPTION])
            return true;
        const AdtDef *a = adt_def(g->q, t->def);
        if (a->is_enum || !(a->derives & (1u << LANG_DEFAULT)) || a->nvariants != 1)
            return false;
        for (uint32_t f = 0; f < a->variants[0].nfields; f++)
            if (!zero_default(g, ty_subst(a->variants[0].fields[f].ty, t->args, t->n), depth + 1))
                return false;
        return true;
    }
    default:
        return false;
    }
}

static bool
is_derived_call(Gen *g, DefId def, Ty **args, uint32_t nargs)
{
    const Def *d = defs_get(g->t, def);
    if (d->parent == DEF_NONE || defs_get(g->t, d->parent)->kind != DK_TRAIT || nargs < 1)
        return false;
    /* a method the back end does not write but the trait has a body for (Ord::max): that
     * body, with Self = the type, calling the derived ones */
    if (!derived_supported(g, def) && fn_sig(g->q, def)->has_body)
        return false;
    Ty *self = args[0];
    const LangItems *li = lang_items(g->q);
    /* Clone of a shared reference, a tuple or an array: built into the language */
    if (d->parent == li->items[LANG_CLONE] &&
        ((self->kind == TY_REF && !self->sub) || self->kind == TY_TUPLE || self->kind == TY_ARRAY))
        return true;
    /* comparisons of references, tuples and arrays: structural, as std's impls */
    if ((d->parent == li->items[LANG_EQ] || d->parent == li->items[LANG_PARTIAL_ORD] ||
         d->parent == li->items[LANG_ORD]) &&
        (self->kind == TY_REF || self->kind == TY_TUPLE || self->kind == TY_ARRAY))
        return true;
    if (self->kind != TY_ADT)
        return false;
    const Impls *im = impls(g->q);
    for (uint32_t i = 0; i < im->n; i++)
        if (im->v[i].derived && im->v[i].trait == d->parent && im->v[i].impl == self->def)
            return true;
    return false;
}

static bool
derived_supported(Gen *g, DefId def)
{
    Symbol n = defs_get(g->t, def)->name;
    const char *m = n ? sym_str(n) : "";
    static const char *const ok[] = {"clone", "eq", "ne", "cmp", "partial_cmp", "lt", "le",
                                     "gt", "ge", "default", NULL};
    for (const char *const *p = ok; *p; p++)
        if (!strcmp(*p, m))
            return true;
    return false;
}

/* ---- intrinsics ---------------------------------------------------------------------------- */

static bool
is_intrinsic(Gen *g, DefId def)
{
    DefKind k = (DefKind)defs_get(g->t, def)->kind;
    if (k == DK_CONST || k == DK_ASSOC_CONST)
        return false; /* a constant's MIR computes it */
    const FnSig *s = fn_sig(g->q, def);
    return s->intrinsic || !s->has_body;
}

static const char *
intrinsic_name(Gen *g, DefId def)
{
    Symbol n = defs_get(g->t, def)->name;
    return n ? sym_str(n) : "";
}

/* Which intrinsic: its owner (the impl's self type head, or the module) and name. */
enum { IO_NONE, IO_INT, IO_FLOAT, IO_VEC, IO_SLICE, IO_STR, IO_CHAR_MOD, IO_MEM, IO_STR_MOD, IO_BOX };

static int
intrinsic_owner(Gen *g, DefId def)
{
    const Def *d = defs_get(g->t, def);
    if (d->parent == DEF_NONE)
        return IO_NONE;
    const Def *p = defs_get(g->t, d->parent);
    if (p->kind == DK_IMPL) {
        Ty *self = type_of(g->q, d->parent);
        if (self->kind == TY_INT)
            return IO_INT;
        if (self->kind == TY_FLOAT)
            return IO_FLOAT;
        if (self->kind == TY_SLICE)
            return IO_SLICE;
        if (self->kind == TY_STR)
            return IO_STR;
        if (self->kind == TY_ADT && self->def == lang_items(g->q)->items[LANG_VEC])
            return IO_VEC;
        if (self->kind == TY_ADT && self->def == lang_items(g->q)->items[LANG_BOX])
            return IO_BOX;
        return IO_NONE;
    }
    if (p->kind == DK_MOD && p->name) {
        const char *m = sym_str(p->name);
        if (!strcmp(m, "char"))
            return IO_CHAR_MOD;
        if (!strcmp(m, "mem"))
            return IO_MEM;
        if (!strcmp(m, "str"))
            return IO_STR_MOD;
    }
    return IO_NONE;
}

static bool
intrinsic_supported_in(int owner, const char *n)
{
    static const char *const ints[] = {"wrapping_add", "wrapping_sub", "wrapping_mul", NULL};
    static const char *const floats[] = {"sqrt", "floor", "ceil", "powi", NULL};
    static const char *const vecs[] = {"new", "with_capacity", "push", "pop", "len", "capacity",
                                       "clear", "as_slice", "as_mut_slice", NULL};
    static const char *const slices[] = {"len", "swap", "subslice", NULL};
    static const char *const strs[] = {"as_bytes", "to_uppercase", "to_lowercase", NULL};
    static const char *const chars[] = {"from_u32_unchecked", "unicode_is_alphabetic",
                                        "unicode_is_numeric", "unicode_is_lowercase",
                                        "unicode_is_uppercase", NULL};
    static const char *const mems[] = {"swap", NULL};
    static const char *const strmods[] = {"from_utf8_unchecked", NULL};
    static const char *const boxes[] = {"new", NULL};
    const char *const *list = owner == IO_INT      ? ints
                              : owner == IO_FLOAT  ? floats
                              : owner == IO_VEC    ? vecs
                              : owner == IO_SLICE  ? slices
                              : owner == IO_STR    ? strs
                              : owner == IO_CHAR_MOD ? chars
                              : owner == IO_MEM    ? mems
                              : owner == IO_STR_MOD ? strmods
                              : owner == IO_BOX    ? boxes
                                                   : NULL;
    for (; list && *list; list++)
        if (!strcmp(*list, n))
            return true;
    return false;
}

static bool
intrinsic_supported(Gen *g, DefId def)
{
    return intrinsic_supported_in(intrinsic_owner(g, def), intrinsic_name(g, def));
}

/* ---- closures ------------------------------------------------------------------------------- */

static const ClosureInfo *
closure_info(Gen *g, DefId def)
{
    const TypeckResults *r = typeck(g->q, def);
    for (uint32_t i = 0; i < r->nclosures; i++)
        if (r->closures[i].def == def)
            return &r->closures[i];
    return NULL;
}

/* The generic args of a closure's enclosing fn, recovered from the closure type's signature
 * (a closure's captures may mention the fn's parameters); false if some cannot be. */
static bool
closure_parent_args(Gen *g, Ty *ct, Ty ***args, uint32_t *n)
{
    const ClosureInfo *ci = closure_info(g, ct->def);
    DefId owner = defs_get(g->t, ct->def)->owner;
    const Generics *gp = generics_of(g->q, owner);
    *n = gp->count;
    *args = NULL;
    if (!ci)
        return false;
    if (!gp->count)
        return true;
    Ty **b = arena_alloc(q_arena(g->q), gp->count * sizeof(Ty *));
    if (ct->n == gp->count + 1) {
        /* the closure type carries its fn's args after its signature */
        for (uint32_t i = 0; i < gp->count; i++)
            b[i] = (Ty *)ct->args[1 + i];
        *args = b;
        return true;
    }
    if (gp->count > 64 || !match_ty(ci->sig, ct->args[0], b, gp->count))
        return false;
    for (uint32_t i = 0; i < gp->count; i++)
        if (!b[i])
            return false;
    *args = b;
    return true;
}

/* What a T_CALL of a value calls, once the callee's type is known: a closure's body, or a fn
 * item passed as an `F: Fn`.  *derefs: references to follow from args[0]'s pointee. */
static bool
value_callee(Gen *g, const Inst *in, Ty *callee_ty, DefId *def, Ty ***args, uint32_t *n,
             uint32_t *derefs, bool *is_fn_item)
{
    Ty *ct = mono(in, callee_ty);
    *derefs = 0;
    while (ct->kind == TY_REF) {
        ct = ct->args[0];
        (*derefs)++;
    }
    *is_fn_item = false;
    if (ct->kind == TY_CLOSURE) {
        *def = ct->def;
        return closure_parent_args(g, ct, args, n);
    }
    if (ct->kind == TY_FNDEF) {
        *is_fn_item = true;
        return resolve_fn(g, ct->def, (Ty **)ct->args, ct->n, def, args, n);
    }
    return false;
}

/* ---- formatting through Display / Debug impls --------------------------------------------- */

static bool
native_debug(Gen *g, Ty *t, uint32_t depth)
{
    if (depth > 32)
        return false;
    const LangItems *li = lang_items(g->q);
    switch ((int)t->kind) {
    case TY_INT:
    case TY_FLOAT:
    case TY_BOOL:
    case TY_CHAR:
    case TY_STR:
        return true;
    case TY_REF:
    case TY_ARRAY:
    case TY_SLICE:
        return native_debug(g, t->args[0], depth + 1);
    case TY_TUPLE:
        for (uint32_t i = 0; i < t->n; i++)
            if (!native_debug(g, t->args[i], depth + 1))
                return false;
        return true;
    case TY_ADT: {
        if (t->def == li->items[LANG_STRING])
            return true;
        if (t->def == li->items[LANG_VEC] || (t->def == li->items[LANG_BOX] && t->n == 1))
            return native_debug(g, t->args[0], depth + 1);
        const AdtDef *a = adt_def(g->q, t->def);
        if (!(a->derives & (1u << LANG_DEBUG)) && t->def != li->items[LANG_OPTION] &&
            t->def != li->items[LANG_RESULT])
            return false;
        /* a recursive type (through Box): the type being asked about holds if the rest does */
        static Ty *visiting[40];
        for (uint32_t i = 0; i < depth && i < 40; i++)
            if (visiting[i] == t)
                return true;
        if (depth < 40)
            visiting[depth] = t;
        for (uint32_t v = 0; v < a->nvariants; v++)
            for (uint32_t f = 0; f < a->variants[v].nfields; f++)
                if (!native_debug(g, ty_subst(a->variants[v].fields[f].ty, t->args, t->n), depth + 1))
                    return false;
        return true;
    }
    default:
        return false;
    }
}

/* Does the back end print this piece itself (no Display / Debug impl called)? */
static bool
native_piece(Gen *g, uint8_t kind, Ty *t)
{
    const LangItems *li = lang_items(g->q);
    bool scalar = t->kind == TY_INT || t->kind == TY_FLOAT || t->kind == TY_BOOL ||
                  t->kind == TY_CHAR || t->kind == TY_STR ||
                  (t->kind == TY_ADT && t->def == li->items[LANG_STRING]);
    if (scalar)
        return true;
    return kind == FMT_DEBUG && native_debug(g, t, 0);
}

/* The instance of `<t as Display|Debug>::fmt`, or false. */
static bool
fmt_instance(Gen *g, uint8_t kind, Ty *t, DefId *def, Ty ***args, uint32_t *n)
{
    const LangItems *li = lang_items(g->q);
    DefId tr = li->items[kind == FMT_DEBUG ? LANG_DEBUG : LANG_DISPLAY];
    if (tr == DEF_NONE)
        return false;
    const AssocItems *ai = assoc_items(g->q, tr);
    DefId fmt = DEF_NONE;
    for (uint32_t i = 0; i < ai->n; i++)
        if (ai->v[i].name == sym_cstr("fmt") && ai->v[i].kind == DK_ASSOC_FN)
            fmt = ai->v[i].def;
    if (fmt == DEF_NONE)
        return false;
    Ty **a = arena_alloc(q_arena(g->q), sizeof(Ty *));
    a[0] = t;
    if (!resolve_fn(g, fmt, a, 1, def, args, n) || *def == fmt)
        return false;
    return !has_params(*args, *n);
}

/* Formatter::new, the core library's constructor of a formatter over a String. */
static DefId
formatter_new(Gen *g)
{
    const LangItems *li = lang_items(g->q);
    const Impls *im = impls(g->q);
    for (uint32_t i = 0; i < im->n; i++) {
        const ImplInfo *ii = &im->v[i];
        if (ii->trait != DEF_NONE || ii->simp != SIMP_ADT || ii->simp_def != li->items[LANG_FORMATTER])
            continue;
        const AssocItems *ai = assoc_items(g->q, ii->impl);
        for (uint32_t k = 0; k < ai->n; k++)
            if (ai->v[k].name == sym_cstr("new") && ai->v[k].kind == DK_ASSOC_FN)
                return ai->v[k].def;
    }
    return DEF_NONE;
}

static void collect(Gen *g, uint32_t idx);

/* The pieces formatted through impls need their fmt (and Formatter::new) as instances. */
static void
collect_pieces(Gen *g, const Inst *in, const FmtPiece *ps, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        if (ps[i].kind == FMT_LIT)
            continue;
        Ty *t = mono(in, ps[i].ty);
        while (t->kind == TY_REF)
            t = t->args[0]; /* a reference prints as what it points at */
        if (native_piece(g, ps[i].kind, t))
            continue;
        DefId fd, nd = formatter_new(g);
        Ty **fa;
        uint32_t fn;
        if (nd == DEF_NONE || !fmt_instance(g, ps[i].kind, t, &fd, &fa, &fn)) {
            TyPrinter tp = {g->q, g->t, NULL, NULL};
            Buf b = {0};
            ty_print(&tp, t, &b);
            buf_bytes(&b, "", 1);
            char what[300];
            snprintf(what, sizeof what, "formatting `%s` with `%s` (no %s impl found)",
                     (const char *)b.data, ps[i].kind == FMT_DEBUG ? "{:?}" : "{}",
                     ps[i].kind == FMT_DEBUG ? "Debug" : "Display");
            buf_free(&b);
            gen_error(g, in->def, "%s is not supported by smelt yet", what);
            continue;
        }
        int64_t before = g->insts.len;
        int64_t k = intern_inst(g, nd, NULL, 0);
        if (k == before)
            collect(g, (uint32_t)k);
        before = g->insts.len;
        k = intern_inst(g, fd, fa, fn);
        if (k == before)
            collect(g, (uint32_t)k);
    }
}

/* ---- collecting --------------------------------------------------------------------------- */

/* What a body mentions, for the collector: its calls (fn items with their generic args, and
 * calls of values), the types it formats, the async closures it makes.  A query of its own,
 * fingerprinted by that list only, so that a body edit that changes no call leaves
 * mono_items green. */
enum { MI_CALL, MI_VALUE_CALL, MI_PIECE, MI_ASYNC };

typedef struct {
    uint8_t kind;
    uint8_t fmt; /* MI_PIECE: FMT_* */
    DefId def;
    Ty **args;
    uint32_t nargs;
    Ty *ty; /* MI_VALUE_CALL: the callee's type; MI_PIECE: the formatted type */
} Mentioned;

typedef struct {
    bool ok;
    uint32_t n;
    Mentioned *v;
} MentionedItems;

typedef VEC(Mentioned) MentionedVec;

static void
mention_pieces(MentionedVec *out, const FmtPiece *ps, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (ps[i].kind != FMT_LIT) {
            Mentioned m = {MI_PIECE, ps[i].kind, DEF_NONE, NULL, 0, ps[i].ty};
            vec_push(out, m);
        }
}

const void *
compute_mentioned_items(QCtx *q, QKey key)
{
    DefTable *t = sess_defs(q);
    const Mir *m = optimized_mir(q, (DefId)key);
    MentionedItems *r = arena_alloc(q_arena(q), sizeof *r);
    r->ok = m->ok;
    if (!m->ok)
        return r;
    MentionedVec v = {0};
    for (uint32_t b = 0; b < m->nblocks; b++) {
        for (uint32_t i = 0; i < m->blocks[b].nstmts; i++) {
            const Stmt *st = &m->blocks[b].stmts[i];
            if (st->kind == ST_PRINT)
                mention_pieces(&v, st->pieces, st->npieces);
            if (st->kind == ST_ASSIGN && st->rv.kind == RV_COERCE && st->rv.src) {
                /* a fn item or closure made a fn pointer: what a call through it runs */
                Mentioned mm = {MI_VALUE_CALL, 0, DEF_NONE, NULL, 0, st->rv.src};
                vec_push(&v, mm);
            }
            if (st->kind == ST_ASSIGN && st->rv.kind == RV_CLOSURE && st->rv.ty->kind == TY_CLOSURE &&
                defs_get(t, st->rv.ty->def)->kind == DK_ASYNC_CLOSURE) {
                /* building its MIR creates its by-move body */
                (void)optimized_mir(q, st->rv.ty->def);
                Mentioned mm = {MI_ASYNC, 0, st->rv.ty->def, NULL, 0, NULL};
                vec_push(&v, mm);
            }
        }
        const Term *tm = &m->blocks[b].term;
        if (tm->kind == T_PANIC)
            mention_pieces(&v, tm->pieces, tm->npieces);
        if (tm->kind != T_CALL)
            continue;
        Mentioned mm;
        if (tm->call_value)
            mm = (Mentioned){MI_VALUE_CALL, 0, DEF_NONE, NULL, 0, tm->callee_ty};
        else
            mm = (Mentioned){MI_CALL, 0, tm->func.def, tm->func.args, tm->func.nargs, NULL};
        vec_push(&v, mm);
    }
    r->n = v.len;
    r->v = v.len ? arena_dup(q_arena(q), v.data, v.len * sizeof(Mentioned)) : NULL;
    vec_free(&v);
    return r;
}

Fingerprint
hash_mentioned_items(QCtx *q, const void *res)
{
    const MentionedItems *r = res;
    DefTable *t = sess_defs(q);
    StableHasher *h = q_hasher(q);
    hasher_u8(h, r->ok);
    hasher_u32(h, r->n);
    for (uint32_t i = 0; i < r->n; i++) {
        const Mentioned *m = &r->v[i];
        hasher_u8(h, m->kind);
        hasher_u8(h, m->fmt);
        hasher_fp(h, m->def != DEF_NONE ? defs_get(t, m->def)->hash : FP_ZERO);
        hasher_u32(h, m->nargs);
        for (uint32_t k = 0; k < m->nargs; k++)
            ty_hash(h, t, m->args[k]);
        hasher_u8(h, m->ty != NULL);
        if (m->ty)
            ty_hash(h, t, m->ty);
    }
    return hasher_finish(h);
}

static void
collect(Gen *g, uint32_t idx)
{
    Inst in = g->insts.data[idx];
    const MentionedItems *mi = q_get(g->q, K_MENTIONED_ITEMS, in.def);
    if (!mi->ok) {
        g->failed = true;
        return;
    }
    for (uint32_t j = 0; j < mi->n; j++) {
        const Mentioned *mm = &mi->v[j];
        if (mm->kind == MI_ASYNC) {
            bool seen = false;
            for (uint32_t k = 0; k < g->asyncs.len; k++)
                seen |= g->asyncs.data[k] == mm->def;
            if (!seen)
                vec_push(&g->asyncs, mm->def);
            continue;
        }
        if (mm->kind == MI_PIECE) {
            FmtPiece pc;
            memset(&pc, 0, sizeof pc);
            pc.kind = mm->fmt;
            pc.ty = mm->ty;
            collect_pieces(g, &in, &pc, 1);
            continue;
        }
        if (mm->kind == MI_VALUE_CALL) {
            DefId cd;
            Ty **ca;
            uint32_t cn, derefs;
            bool fn_item;
            Ty *vt = mono(&in, mm->ty);
            while (vt->kind == TY_REF)
                vt = vt->args[0];
            if (vt->kind == TY_FNPTR)
                continue; /* a call through a fn pointer: what it points at was collected where
                           * the pointer was made */
            if (!value_callee(g, &in, mm->ty, &cd, &ca, &cn, &derefs, &fn_item)) {
                gen_error(g, in.def, "%s", "calling this value is not supported by smelt yet");
                continue;
            }
            if (fn_item && is_intrinsic(g, cd)) {
                gen_error(g, in.def, "%s", "passing an intrinsic as a value is not supported by smelt yet");
                continue;
            }
            int64_t before = g->insts.len;
            int64_t k = intern_inst(g, cd, ca, cn);
            if (k == before)
                collect(g, (uint32_t)k);
            continue;
        }
        uint32_t n = mm->nargs;
        Ty **args = n ? arena_alloc(q_arena(g->q), n * sizeof(Ty *)) : NULL;
        for (uint32_t i = 0; i < n; i++)
            args[i] = mono(&in, mm->args[i]);
        DefId rd;
        Ty **rargs;
        uint32_t rn;
        if (!resolve_fn(g, mm->def, args, n, &rd, &rargs, &rn)) {
            gen_error(g, in.def, "%s", "calling this trait method is not supported by smelt yet");
            continue;
        }
        if (has_params(rargs, rn)) {
            gen_error(g, in.def, "%s", "an unresolved generic call is not supported by smelt yet");
            continue;
        }
        if (rd == mm->def && is_derived_call(g, rd, rargs, rn)) {
            if (rn && !strcmp(sym_str(defs_get(g->t, rd)->name), "default") &&
                !zero_default(g, rargs[0], 0))
                gen_error(g, in.def, "%s",
                          "`#[derive(Default)]` of a type with a field whose default is not zero "
                          "(a hand-written Default) is not supported by smelt yet");
            else if (!derived_supported(g, rd)) {
                char what[160];
                snprintf(what, sizeof what, "the derived method `%s`",
                         sym_str(defs_get(g->t, rd)->name));
                gen_error(g, in.def, "%s is not supported by smelt yet", what);
            }
            continue;
        }
        if (is_intrinsic(g, rd)) {
            if (!intrinsic_supported(g, rd)) {
                char what[128];
                snprintf(what, sizeof what, "the intrinsic `%s`", intrinsic_name(g, rd));
                gen_error(g, in.def, "%s is not supported by smelt yet", what);
            }
            continue;
        }
        int64_t before = g->insts.len;
        int64_t k = intern_inst(g, rd, rargs, rn);
        if (k == before)
            collect(g, (uint32_t)k);
    }
}

/* ---- C types ------------------------------------------------------------------------------- */

typedef struct {
    Gen *g;
    Buf defs;  /* type definitions, dependencies first */
    HMap done; /* type -> 1 (defined) */
    Buf dbg;   /* Debug printers of compound types */
    HMap dbg_done;
    Buf cmp;   /* structural equality / ordering of compound types */
    HMap cmp_done;
    Buf fwd;                /* prototypes of the printers / comparers / cloners (recursive types) */
    uint32_t depth;         /* of define_type calls in progress */
    VEC(Ty *) after;        /* pointees of boxes: defined once the outermost type is */
} Types;

static void type_name(Types *T, Ty *t, Buf *out);
static void define_type_in(Types *T, Ty *t);
static void option_variants(Gen *g, Ty *opt, uint32_t *none, uint32_t *some);

static Fingerprint
ty_fp(Gen *g, Ty *t)
{
    StableHasher *h = hasher_new();
    ty_hash(h, g->t, t);
    Fingerprint f = hasher_finish(h);
    hasher_free(h);
    return f;
}

static const char *
int_c(IntKind k)
{
    static const char *const names[] = {"int8_t",  "int16_t",  "int32_t",  "int64_t",
                                        "__int128", "int64_t", "uint8_t",  "uint16_t",
                                        "uint32_t", "uint64_t", "unsigned __int128", "uint64_t"};
    return names[k];
}

static bool
is_unsized(Ty *t)
{
    return t->kind == TY_STR || t->kind == TY_SLICE;
}

static void
define_type(Types *T, Ty *t)
{
    Fingerprint key = {(uint64_t)(uintptr_t)t, 0x747970};
    if (hmap_get(&T->done, key))
        return;
    T->depth++;
    define_type_in(T, t);
    if (--T->depth == 0)
        /* a box's pointee after the type that holds the box: a recursive type through a box
         * (`struct Node { next: Option<Box<Node>> }`) is complete before it is held by value */
        while (T->after.len) {
            Ty *p = T->after.data[--T->after.len];
            T->depth++;
            define_type_in(T, p);
            T->depth--;
        }
}

static void
define_type_in(Types *T, Ty *t)
{
    Fingerprint key = {(uint64_t)(uintptr_t)t, 0x747970};
    if (hmap_get(&T->done, key))
        return;
    hmap_put(&T->done, key, 1);
    Gen *g = T->g;
    Buf body = {0};
    Fingerprint fp = ty_fp(g, t);
    switch ((int)t->kind) {
    case TY_TUPLE:
        for (uint32_t i = 0; i < t->n; i++)
            define_type(T, t->args[i]);
        buf_printf(&body, "struct T_%016llx {", (unsigned long long)fp.lo);
        for (uint32_t i = 0; i < t->n; i++) {
            buf_printf(&body, " ");
            type_name(T, t->args[i], &body);
            buf_printf(&body, " f%u;", i);
        }
        if (!t->n)
            buf_printf(&body, " uint8_t _;");
        buf_printf(&body, " };\n");
        break;
    case TY_ARRAY:
        define_type(T, t->args[0]);
        buf_printf(&body, "struct T_%016llx { ", (unsigned long long)fp.lo);
        type_name(T, t->args[0], &body);
        buf_printf(&body, " a[%llu]; };\n", (unsigned long long)(t->idx ? t->idx : 1));
        break;
    case TY_SLICE:
        define_type(T, ty_ref(t, false));
        break;
    case TY_REF:
    case TY_PTR:
        if (t->args[0]->kind == TY_SLICE) {
            define_type(T, t->args[0]->args[0]);
            buf_printf(&body, "struct T_%016llx { ", (unsigned long long)fp.lo);
            type_name(T, t->args[0]->args[0], &body);
            buf_printf(&body, " *ptr; size_t len; };\n");
        } else if (!is_unsized(t->args[0])) {
            /* a pointer needs only a declaration of what it points at */
            Ty *p = t->args[0];
            define_type(T, p);
        }
        break;
    case TY_FNPTR: {
        /* inputs..., output last */
        for (uint32_t i = 0; i < t->n; i++)
            define_type(T, t->args[i]);
        buf_printf(&body, "typedef ");
        type_name(T, t->args[t->n - 1], &body);
        buf_printf(&body, " (*T_%016llx)(", (unsigned long long)fp.lo);
        for (uint32_t i = 0; i + 1 < t->n; i++) {
            if (i)
                buf_printf(&body, ", ");
            type_name(T, t->args[i], &body);
        }
        buf_printf(&body, t->n == 1 ? "void);\n" : ");\n");
        break;
    }
    case TY_CLOSURE: {
        const ClosureInfo *ci = closure_info(g, t->def);
        Ty **pa;
        uint32_t pn;
        bool ok = ci && closure_parent_args(g, t, &pa, &pn);
        buf_printf(&body, "struct T_%016llx {", (unsigned long long)fp.lo);
        for (uint32_t i = 0; ok && i < ci->ncaptures; i++) {
            Ty *ft = ty_subst(ci->captures[i].ty, pa, pn);
            if (ci->captures[i].mode != CAPTURE_VALUE)
                ft = ty_ref(ft, ci->captures[i].mode == CAPTURE_MUT_REF);
            define_type(T, ft);
            buf_printf(&body, " ");
            type_name(T, ft, &body);
            buf_printf(&body, " f%u;", i);
        }
        buf_printf(&body, " uint8_t _; };\n");
        break;
    }
    case TY_ADT: {
        if (t->def == lang_items(g->q)->items[LANG_BOX] && t->n == 1) {
            /* a pointer (type_name): what it points at is defined later (define_type) */
            vec_push(&T->after, t->args[0]);
            break;
        }
        if (t->def == lang_items(g->q)->items[LANG_VEC]) {
            /* the back end's layout: pointer, capacity, length */
            define_type(T, t->args[0]);
            buf_printf(&body, "struct T_%016llx { ", (unsigned long long)fp.lo);
            type_name(T, t->args[0], &body);
            buf_printf(&body, " *ptr; size_t cap; size_t len; };\n");
            break;
        }
        const AdtDef *a = adt_def(g->q, t->def);
        for (uint32_t v = 0; v < a->nvariants; v++)
            for (uint32_t f = 0; f < a->variants[v].nfields; f++)
                define_type(T, ty_subst(a->variants[v].fields[f].ty, t->args, t->n));
        buf_printf(&body, "struct T_%016llx { ", (unsigned long long)fp.lo);
        if (a->is_enum) {
            buf_printf(&body, "uint32_t tag; union {");
            for (uint32_t v = 0; v < a->nvariants; v++) {
                buf_printf(&body, " struct {");
                for (uint32_t f = 0; f < a->variants[v].nfields; f++) {
                    buf_printf(&body, " ");
                    type_name(T, ty_subst(a->variants[v].fields[f].ty, t->args, t->n), &body);
                    buf_printf(&body, " f%u;", f);
                }
                buf_printf(&body, " uint8_t _; } v%u;", v);
            }
            buf_printf(&body, " } u; };\n");
        } else {
            const VariantDef *v = a->nvariants ? &a->variants[0] : NULL;
            for (uint32_t f = 0; v && f < v->nfields; f++) {
                type_name(T, ty_subst(v->fields[f].ty, t->args, t->n), &body);
                buf_printf(&body, " f%u; ", f);
            }
            if (!v || !v->nfields)
                buf_printf(&body, "uint8_t _; ");
            buf_printf(&body, "};\n");
        }
        break;
    }
    default:
        break;
    }
    buf_bytes(&T->defs, body.data, body.len);
    buf_free(&body);
}

static void
type_name(Types *T, Ty *t, Buf *out)
{
    switch ((int)t->kind) {
    case TY_STR:
        buf_printf(out, "smelt_str"); /* a str place is its fat pointer */
        return;
    case TY_SLICE:
        type_name(T, ty_ref(t, false), out);
        return;
    case TY_INT:
        buf_printf(out, "%s", int_c((IntKind)t->sub));
        return;
    case TY_FLOAT:
        buf_printf(out, t->sub == FK_F32 ? "float" : "double");
        return;
    case TY_BOOL:
        buf_printf(out, "uint8_t");
        return;
    case TY_CHAR:
        buf_printf(out, "uint32_t");
        return;
    case TY_REF:
    case TY_PTR:
        if (t->args[0]->kind == TY_STR) {
            buf_printf(out, "smelt_str");
            return;
        }
        if (t->args[0]->kind == TY_SLICE) {
            buf_printf(out, "struct T_%016llx", (unsigned long long)ty_fp(T->g, t).lo);
            return;
        }
        type_name(T, t->args[0], out);
        buf_printf(out, "*");
        return;
    case TY_TUPLE:
        if (!t->n) {
            buf_printf(out, "uint8_t");
            return;
        }
        /* fallthrough */
    case TY_ADT:
        if (t->def == lang_items(T->g->q)->items[LANG_BOX] && t->n == 1) {
            type_name(T, t->args[0], out);
            buf_printf(out, "*");
            return;
        }
        /* fallthrough */
    case TY_ARRAY:
    case TY_CLOSURE:
        buf_printf(out, "struct T_%016llx", (unsigned long long)ty_fp(T->g, t).lo);
        return;
    case TY_FNPTR:
        buf_printf(out, "T_%016llx", (unsigned long long)ty_fp(T->g, t).lo);
        return;
    default:
        buf_printf(out, "uint8_t"); /* never, fn items: no data */
        return;
    }
}

/* ---- Debug printing of compound values, as derived and std's impls print ------------------- */

static void debug_value_p(Types *T, Ty *t, const char *v, Buf *out, bool pretty);

/* The printer of t (emitted on first use): `void dbg_X(smelt_sink *, const T *)`, or for
 * `{:#?}` `void dbgp_X(smelt_sink *, const T *, int ind)`: one field / element per line,
 * each indented 4 more than its container, with a trailing comma (std's PadAdapter). */
static void
debug_fn(Types *T, Ty *t, char *name, size_t n, bool pretty)
{
    Fingerprint fp = ty_fp(T->g, t);
    snprintf(name, n, "%s_%016llx", pretty ? "dbgp" : "dbg", (unsigned long long)fp.lo);
    Fingerprint key = {(uint64_t)(uintptr_t)t, pretty ? 0x64626770u : 0x646267u};
    if (hmap_get(&T->dbg_done, key))
        return;
    hmap_put(&T->dbg_done, key, 1);
    define_type(T, t);
    Buf body = {0}, tn = {0};
    type_name(T, t, &tn);
    buf_printf(&T->fwd, "static void %s(smelt_sink *k, const %.*s *v%s);\n", name, (int)tn.len,
               (const char *)tn.data, pretty ? ", int ind" : "");
    buf_printf(&body, "static void %s(smelt_sink *k, const %.*s *v%s) {\n", name, (int)tn.len,
               (const char *)tn.data, pretty ? ", int ind" : "");
    if (pretty)
        buf_printf(&body, "    int ind0 = ind; ind += 4; (void)ind0;\n");
    const LangItems *li = lang_items(T->g->q);
#define LIT(s) buf_printf(&body, "    smelt_put(k, (const uint8_t *)\"%s\", %zu);\n", s, strlen(s))
    /* one item of a list: pretty: a new line, the indent, the item, a comma */
#define ITEM_BEGIN(first)                                                                          \
    do {                                                                                           \
        if (pretty) {                                                                              \
            buf_printf(&body, "    smelt_put(k, (const uint8_t *)\"\\n\", 1);\n");                                                                            \
            buf_printf(&body, "    smelt_fill(k, ' ', ind);\n");                                   \
        } else if (!(first))                                                                       \
            LIT(", ");                                                                             \
    } while (0)
#define ITEM_END()                                                                                 \
    do {                                                                                           \
        if (pretty)                                                                                \
            LIT(",");                                                                              \
    } while (0)
#define CLOSE(c)                                                                                   \
    do {                                                                                           \
        if (pretty) {                                                                              \
            buf_printf(&body, "    smelt_put(k, (const uint8_t *)\"\\n\", 1);\n");                                                                            \
            buf_printf(&body, "    smelt_fill(k, ' ', ind0);\n");                                  \
        }                                                                                          \
        LIT(c);                                                                                    \
    } while (0)
    if (t->kind == TY_TUPLE) {
        LIT("(");
        for (uint32_t i = 0; i < t->n; i++) {
            ITEM_BEGIN(i == 0);
            char acc[64];
            snprintf(acc, sizeof acc, "v->f%u", i);
            debug_value_p(T, t->args[i], acc, &body, pretty);
            ITEM_END();
        }
        if (t->n == 1 && !pretty)
            LIT(",");
        if (t->n)
            CLOSE(")");
        else
            LIT(")");
    } else if (t->kind == TY_ARRAY || (t->kind == TY_ADT && t->def == li->items[LANG_VEC]) ||
               (t->kind == TY_REF && t->args[0]->kind == TY_SLICE)) {
        Ty *et = t->kind == TY_REF ? t->args[0]->args[0] : t->args[0];
        if (t->kind == TY_ARRAY)
            buf_printf(&body, "    size_t n_ = %llu;\n", (unsigned long long)t->idx);
        else
            buf_printf(&body, "    size_t n_ = v->len;\n");
        LIT("[");
        buf_printf(&body, "    for (size_t i_ = 0; i_ < n_; i_++) {\n");
        if (pretty) {
            buf_printf(&body, "    smelt_put(k, (const uint8_t *)\"\\n\", 1);\n");
            buf_printf(&body, "    smelt_fill(k, ' ', ind);\n");
        } else {
            buf_printf(&body, "        if (i_) smelt_put(k, (const uint8_t *)\", \", 2);\n");
        }
        debug_value_p(T, et, t->kind == TY_ARRAY ? "v->a[i_]" : "v->ptr[i_]", &body, pretty);
        if (pretty)
            LIT(",");
        buf_printf(&body, "    }\n");
        if (pretty) {
            buf_printf(&body, "    if (n_) { smelt_put(k, (const uint8_t *)\"\\n\", 1); smelt_fill(k, ' ', ind0); }\n");
        }
        LIT("]");
    } else if (t->kind == TY_ADT && t->def == li->items[LANG_STRING]) {
        buf_printf(&body, "    smelt_fmt_str(k, (smelt_str){v->f0.ptr, v->f0.len}, 1);\n");
    } else if (t->kind == TY_ADT) {
        const AdtDef *a = adt_def(T->g->q, t->def);
        if (a->is_enum)
            buf_printf(&body, "    switch (v->tag) {\n");
        for (uint32_t vi = 0; vi < a->nvariants; vi++) {
            const VariantDef *vd = &a->variants[vi];
            if (a->is_enum)
                buf_printf(&body, "    case %u:\n", vi);
            char nm[256];
            snprintf(nm, sizeof nm, "%s", vd->name ? sym_str(vd->name)
                                                   : sym_str(defs_get(T->g->t, t->def)->name));
            if (!a->is_enum)
                snprintf(nm, sizeof nm, "%s", sym_str(defs_get(T->g->t, t->def)->name));
            LIT(nm);
            bool tuple = vd->ctor_kind == CTOR_TUPLE;
            if (vd->nfields)
                LIT(tuple ? "(" : (pretty ? " {" : " { "));
            for (uint32_t f = 0; f < vd->nfields; f++) {
                ITEM_BEGIN(f == 0);
                if (!tuple) {
                    char fl[300];
                    snprintf(fl, sizeof fl, "%s: ", sym_str(vd->fields[f].name));
                    LIT(fl);
                }
                char acc[64];
                if (a->is_enum)
                    snprintf(acc, sizeof acc, "v->u.v%u.f%u", vi, f);
                else
                    snprintf(acc, sizeof acc, "v->f%u", f);
                debug_value_p(T, ty_subst(vd->fields[f].ty, t->args, t->n), acc, &body, pretty);
                ITEM_END();
            }
            if (vd->nfields) {
                if (pretty)
                    CLOSE(tuple ? ")" : "}");
                else
                    LIT(tuple ? ")" : " }");
            }
            if (a->is_enum)
                buf_printf(&body, "        break;\n");
        }
        if (a->is_enum)
            buf_printf(&body, "    }\n");
    }
#undef LIT
#undef ITEM_BEGIN
#undef ITEM_END
#undef CLOSE
    buf_printf(&body, "}\n");
    buf_bytes(&T->dbg, body.data, body.len);
    buf_free(&body);
    buf_free(&tn);
}

/* Prints value `v` (a C lvalue of type t) with `{:?}` (pretty: `{:#?}`, at indent `ind`). */
static void
debug_value_p(Types *T, Ty *t, const char *v, Buf *out, bool pretty)
{
    char cur[600], tmp[620];
    snprintf(cur, sizeof cur, "%s", v);
    while ((t->kind == TY_REF && t->args[0]->kind != TY_STR && t->args[0]->kind != TY_SLICE) ||
           (t->kind == TY_ADT && t->def == lang_items(T->g->q)->items[LANG_BOX] && t->n == 1)) {
        /* Debug of &T (and of Box<T>) is T's */
        snprintf(tmp, sizeof tmp, "(*%s)", cur);
        snprintf(cur, sizeof cur, "%s", tmp);
        t = t->args[0];
    }
    v = cur;
    switch ((int)t->kind) {
    case TY_INT: {
        IntKind k = (IntKind)t->sub;
        buf_printf(out, "    smelt_dbg_%s(k, %s);\n", int_kind_signed(k) ? "i" : "u", v);
        return;
    }
    case TY_FLOAT:
        buf_printf(out, "    smelt_dbg_f(k, %s, %d);\n", v, t->sub == FK_F32);
        return;
    case TY_BOOL:
        buf_printf(out, "    smelt_dbg_b(k, %s);\n", v);
        return;
    case TY_CHAR:
        buf_printf(out, "    smelt_fmt_char(k, %s, 1);\n", v);
        return;
    case TY_REF:
        if (t->args[0]->kind == TY_STR) {
            buf_printf(out, "    smelt_fmt_str(k, %s, 1);\n", v);
            return;
        }
        break;
    default:
        break;
    }
    char name[64];
    char vcopy[600];
    snprintf(vcopy, sizeof vcopy, "%s", v);
    debug_fn(T, t, name, sizeof name, pretty);
    if (pretty)
        buf_printf(out, "    %s(k, &%s, ind);\n", name, vcopy);
    else
        buf_printf(out, "    %s(k, &%s);\n", name, vcopy);
}

static void
debug_value(Types *T, Ty *t, const char *v, Buf *out)
{
    debug_value_p(T, t, v, out, false);
}

/* ---- structural comparison, as derived and std's PartialEq / PartialOrd compare ------------- */

static bool
str_like(Gen *g, Ty *t)
{
    return t->kind == TY_STR || (t->kind == TY_ADT && t->def == lang_items(g->q)->items[LANG_STRING]);
}

/* A view of a str-like C lvalue as smelt_str. */
static void
str_view(Gen *g, Ty *t, const char *v, Buf *out)
{
    (void)g;
    if (t->kind == TY_STR)
        buf_printf(out, "(%s)", v);
    else
        buf_printf(out, "((smelt_str){(%s).f0.ptr, (%s).f0.len})", v, v);
}

static void cmp_expr(Types *T, Ty *t, const char *a, const char *b, bool eq, Buf *out);

static bool
is_scalar_ty(Ty *t)
{
    return t->kind == TY_INT || t->kind == TY_FLOAT || t->kind == TY_BOOL || t->kind == TY_CHAR;
}

/* The comparison function of t: `int cmp_X(const T *a, const T *b)`: equality (1/0) or the
 * ordering (-1/0/1). */
static void
cmp_fn(Types *T, Ty *t, bool eq, char *name, size_t n)
{
    Fingerprint fp = ty_fp(T->g, t);
    snprintf(name, n, "%s_%016llx", eq ? "eqf" : "cmpf", (unsigned long long)fp.lo);
    Fingerprint key = {(uint64_t)(uintptr_t)t, eq ? 0x6571u : 0x636d70u};
    if (hmap_get(&T->cmp_done, key))
        return;
    hmap_put(&T->cmp_done, key, 1);
    define_type(T, t);
    Buf body = {0}, tn = {0};
    type_name(T, t, &tn);
    buf_printf(&T->fwd, "static int %s(const %.*s *a, const %.*s *b);\n", name, (int)tn.len,
               (const char *)tn.data, (int)tn.len, (const char *)tn.data);
    buf_printf(&body, "static int %s(const %.*s *a, const %.*s *b) {\n    int r_;\n", name,
               (int)tn.len, (const char *)tn.data, (int)tn.len, (const char *)tn.data);
    const LangItems *li = lang_items(T->g->q);
    if (t->kind == TY_TUPLE) {
        for (uint32_t i = 0; i < t->n; i++) {
            char fa[64], fb[64];
            snprintf(fa, sizeof fa, "a->f%u", i);
            snprintf(fb, sizeof fb, "b->f%u", i);
            buf_printf(&body, "    r_ = ");
            cmp_expr(T, t->args[i], fa, fb, eq, &body);
            buf_printf(&body, ";\n    if (%s) return r_;\n", eq ? "!r_" : "r_");
        }
        buf_printf(&body, "    return %d;\n", eq ? 1 : 0);
    } else if (t->kind == TY_ARRAY || (t->kind == TY_ADT && t->def == li->items[LANG_VEC]) ||
               t->kind == TY_SLICE) {
        Ty *et = t->args[0];
        bool arr = t->kind == TY_ARRAY;
        if (arr)
            buf_printf(&body, "    size_t na_ = %llu, nb_ = %llu;\n", (unsigned long long)t->idx,
                       (unsigned long long)t->idx);
        else
            buf_printf(&body, "    size_t na_ = a->len, nb_ = b->len;\n");
        if (eq)
            buf_printf(&body, "    if (na_ != nb_) return 0;\n");
        buf_printf(&body, "    for (size_t i_ = 0; i_ < na_ && i_ < nb_; i_++) {\n        r_ = ");
        cmp_expr(T, et, arr ? "a->a[i_]" : "a->ptr[i_]", arr ? "b->a[i_]" : "b->ptr[i_]", eq, &body);
        buf_printf(&body, ";\n        if (%s) return r_;\n    }\n", eq ? "!r_" : "r_");
        if (eq)
            buf_printf(&body, "    return 1;\n");
        else
            buf_printf(&body, "    return na_ < nb_ ? -1 : na_ > nb_;\n");
    } else if (t->kind == TY_ADT) {
        const AdtDef *ad = adt_def(T->g->q, t->def);
        if (ad->is_enum) {
            buf_printf(&body, "    if (a->tag != b->tag) return %s;\n    switch (a->tag) {\n",
                       eq ? "0" : "a->tag < b->tag ? -1 : 1");
        }
        for (uint32_t v = 0; v < ad->nvariants; v++) {
            const VariantDef *vd = &ad->variants[v];
            if (ad->is_enum)
                buf_printf(&body, "    case %u:\n", v);
            for (uint32_t f = 0; f < vd->nfields; f++) {
                char fa[64], fb[64];
                if (ad->is_enum) {
                    snprintf(fa, sizeof fa, "a->u.v%u.f%u", v, f);
                    snprintf(fb, sizeof fb, "b->u.v%u.f%u", v, f);
                } else {
                    snprintf(fa, sizeof fa, "a->f%u", f);
                    snprintf(fb, sizeof fb, "b->f%u", f);
                }
                buf_printf(&body, "    r_ = ");
                cmp_expr(T, ty_subst(vd->fields[f].ty, t->args, t->n), fa, fb, eq, &body);
                buf_printf(&body, ";\n    if (%s) return r_;\n", eq ? "!r_" : "r_");
            }
            if (ad->is_enum)
                buf_printf(&body, "    break;\n");
        }
        if (ad->is_enum)
            buf_printf(&body, "    }\n");
        buf_printf(&body, "    return %d;\n", eq ? 1 : 0);
    } else {
        buf_printf(&body, "    return %d;\n", eq ? 1 : 0);
    }
    buf_printf(&body, "    (void)r_;\n}\n");
    buf_bytes(&T->cmp, body.data, body.len);
    buf_free(&body);
    buf_free(&tn);
}

/* An expression comparing C lvalues a and b of type t: 1/0 for equality, -1/0/1 for order. */
static void
cmp_expr(Types *T, Ty *t, const char *a, const char *b, bool eq, Buf *out)
{
    char ca[600], cb[600], tmp[620];
    snprintf(ca, sizeof ca, "%s", a);
    snprintf(cb, sizeof cb, "%s", b);
    while ((t->kind == TY_REF && t->args[0]->kind != TY_STR && t->args[0]->kind != TY_SLICE) ||
           (t->kind == TY_ADT && t->def == lang_items(T->g->q)->items[LANG_BOX] && t->n == 1)) {
        snprintf(tmp, sizeof tmp, "(*%s)", ca);
        snprintf(ca, sizeof ca, "%s", tmp);
        snprintf(tmp, sizeof tmp, "(*%s)", cb);
        snprintf(cb, sizeof cb, "%s", tmp);
        t = t->args[0];
    }
    if (t->kind == TY_REF)
        t = t->args[0]; /* &str, &[T]: the fat pointer is the value */
    if (is_scalar_ty(t)) {
        if (eq)
            buf_printf(out, "((%s) == (%s))", ca, cb);
        else
            buf_printf(out, "((%s) < (%s) ? -1 : (%s) > (%s))", ca, cb, ca, cb);
        return;
    }
    if (str_like(T->g, t)) {
        Buf va = {0}, vb = {0};
        str_view(T->g, t, ca, &va);
        str_view(T->g, t, cb, &vb);
        buf_printf(out, "smelt_str_%s(%.*s, %.*s)", eq ? "eq" : "cmp", (int)va.len,
                   (const char *)va.data, (int)vb.len, (const char *)vb.data);
        buf_free(&va);
        buf_free(&vb);
        return;
    }
    char name[64];
    cmp_fn(T, t, eq, name, sizeof name);
    buf_printf(out, "%s(&%s, &%s)", name, ca, cb);
}

/* ---- C functions -------------------------------------------------------------------------- */

typedef struct {
    Gen *g;
    Types *T;
    const Inst *in;
    const Mir *m;
    Buf *out;
    Buf *protos;
    HMap *declared; /* instance index -> 1 */
    const char *text; /* the file's text, for line numbers */
    size_t text_len;
    const char *path;
} FnEmit;

/* Line starts of the file last asked about (spans come in runs from one file). */
static struct {
    const char *text;
    size_t len;
    VEC(uint32_t) starts;
} lines_cache;

static void
loc_of(FnEmit *E, MirSpan sp, uint32_t *line, uint32_t *col)
{
    size_t len;
    const char *text = sess_file_text(E->g->q, sp.file, &len);
    if (lines_cache.text != text || lines_cache.len != len) {
        lines_cache.text = text;
        lines_cache.len = len;
        lines_cache.starts.len = 0;
        vec_push(&lines_cache.starts, 0);
        for (size_t i = 0; i < len; i++)
            if (text[i] == '\n')
                vec_push(&lines_cache.starts, (uint32_t)(i + 1));
    }
    uint32_t lo = 0, hi = lines_cache.starts.len;
    while (hi - lo > 1) {
        uint32_t m = lo + (hi - lo) / 2;
        if (lines_cache.starts.data[m] <= sp.lo)
            lo = m;
        else
            hi = m;
    }
    uint32_t c = 1;
    for (size_t i = lines_cache.starts.data[lo]; i < sp.lo && i < len; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80)
            c++;
    *line = lo + 1;
    *col = c;
}

static void
loc_args(FnEmit *E, MirSpan sp, Buf *out)
{
    uint32_t line, col;
    loc_of(E, sp, &line, &col);
    const char *path = sess_file_path(E->g->q, sp.file);
    if (!strncmp(path, "<smelt>/", 8))
        path = "library/core/src/lib.rs";
    buf_printf(out, "\"");
    for (const char *p = path; *p; p++)
        if (*p == '"' || *p == '\\')
            buf_printf(out, "\\%c", *p);
        else
            buf_printf(out, "%c", *p);
    buf_printf(out, "\", %u, %u", line, col);
}

/* The type of field i (of variant `variant`) of a tuple, ADT or closure type. */
static Ty *
field_of(FnEmit *E, Ty *t, uint32_t variant, uint32_t i)
{
    if (t->kind == TY_TUPLE)
        return i < t->n ? t->args[i] : ty_error();
    if (t->kind == TY_ADT) {
        const AdtDef *a = adt_def(E->g->q, t->def);
        if (variant < a->nvariants && i < a->variants[variant].nfields)
            return ty_subst(a->variants[variant].fields[i].ty, t->args, t->n);
        return ty_error();
    }
    if (t->kind == TY_CLOSURE) {
        const ClosureInfo *ci = closure_info(E->g, t->def);
        Ty **pa;
        uint32_t pn;
        if (!ci || i >= ci->ncaptures || !closure_parent_args(E->g, t, &pa, &pn))
            return ty_error();
        Ty *ft = ty_subst(ci->captures[i].ty, pa, pn);
        return ci->captures[i].mode == CAPTURE_VALUE
                   ? ft
                   : ty_ref(ft, ci->captures[i].mode == CAPTURE_MUT_REF);
    }
    return ty_error();
}

static void
place_c(FnEmit *E, const Place *p, Buf *out)
{
    Ty *t = E->m->locals[p->local].ty;
    t = mono(E->in, t);
    /* build from the inside out */
    Buf b = {0};
    buf_printf(&b, "_%u", p->local);
    uint32_t variant = 0;
    for (uint32_t i = 0; i < p->nproj; i++) {
        const Proj *pr = &p->proj[i];
        Buf nb = {0};
        switch (pr->kind) {
        case PJ_DEREF:
            t = t->kind == TY_REF || t->kind == TY_PTR ||
                        (t->kind == TY_ADT && t->def == lang_items(E->g->q)->items[LANG_BOX] && t->n)
                    ? t->args[0]
                    : t;
            if (t->kind == TY_SLICE || t->kind == TY_STR)
                buf_printf(&nb, "%.*s", (int)b.len, (const char *)b.data); /* a fat pointer */
            else
                buf_printf(&nb, "(*%.*s)", (int)b.len, (const char *)b.data);
            variant = 0;
            break;
        case PJ_DOWNCAST:
            buf_printf(&nb, "%.*s", (int)b.len, (const char *)b.data);
            variant = pr->idx;
            break;
        case PJ_FIELD:
            if (t->kind == TY_ADT && adt_def(E->g->q, t->def)->is_enum)
                buf_printf(&nb, "%.*s.u.v%u.f%u", (int)b.len, (const char *)b.data, variant, pr->idx);
            else
                buf_printf(&nb, "%.*s.f%u", (int)b.len, (const char *)b.data, pr->idx);
            t = field_of(E, t, variant, pr->idx);
            variant = 0;
            break;
        case PJ_INDEX:
            buf_printf(&nb, t->kind == TY_ARRAY ? "%.*s.a[_%u]" : "%.*s.ptr[_%u]", (int)b.len,
                       (const char *)b.data, pr->idx);
            t = t->args[0];
            break;
        default:
            buf_printf(&nb, "%.*s", (int)b.len, (const char *)b.data);
            break;
        }
        buf_free(&b);
        b = nb;
    }
    buf_bytes(out, b.data, b.len);
    buf_free(&b);
}

static void
int_const(Ty *t, uint64_t lo, uint64_t hi, Buf *out)
{
    IntKind k = (IntKind)t->sub;
    unsigned bits = int_kind_bits(k);
    if (bits == 128) {
        buf_printf(out, "((%s)(((unsigned __int128)0x%016llxull << 64) | 0x%016llxull))", int_c(k),
                   (unsigned long long)hi, (unsigned long long)lo);
        return;
    }
    uint64_t mask = bits == 64 ? UINT64_MAX : ((1ull << bits) - 1);
    uint64_t v = lo & mask;
    buf_printf(out, "((%s)0x%llxull)", int_c(k), (unsigned long long)v);
}

static void
str_lit(const char *s, size_t n, Buf *out)
{
    buf_printf(out, "\"");
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            buf_printf(out, "\\%c", c);
        else if (c >= 0x20 && c < 0x7f && c != '?')
            buf_printf(out, "%c", c);
        else
            buf_printf(out, "\\%03o", c);
    }
    buf_printf(out, "\"");
}

static void
operand_c(FnEmit *E, const Operand *o, Buf *out)
{
    if (o->kind != OPND_CONST) {
        place_c(E, &o->place, out);
        return;
    }
    Ty *t = mono(E->in, o->ty);
    switch (o->ckind) {
    case CV_INT:
        if (t->kind == TY_FLOAT) {
            double d;
            memcpy(&d, &o->lo, 8);
            buf_printf(out, "((%s)%a)", t->sub == FK_F32 ? "float" : "double", d);
        } else {
            int_const(t, o->lo, o->hi, out);
        }
        return;
    case CV_FLOAT: {
        double d;
        memcpy(&d, &o->lo, 8);
        buf_printf(out, "((%s)%a)", t->sub == FK_F32 ? "float" : "double", d);
        return;
    }
    case CV_BOOL:
        buf_printf(out, "((uint8_t)%u)", (unsigned)o->lo);
        return;
    case CV_CHAR:
        buf_printf(out, "((uint32_t)0x%llxu)", (unsigned long long)o->lo);
        return;
    case CV_STR:
        buf_printf(out, "((smelt_str){(const uint8_t *)");
        str_lit(sym_str(o->sym), sym_len(o->sym), out);
        buf_printf(out, ", %zu})", sym_len(o->sym));
        return;
    default:
        buf_printf(out, "((uint8_t)0)");
        return;
    }
}

static const char *const C_BINOP[] = {"+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>",
                                      "==", "!=", "<", "<=", ">", ">="};

static void
checked_bin(FnEmit *E, const Stmt *s, Ty *t, Buf *out)
{
    const Rvalue *rv = &s->rv;
    IntKind k = (IntKind)t->sub;
    bool sgn = int_kind_signed(k);
    unsigned bits = int_kind_bits(k);
    Buf a = {0}, b = {0}, p = {0}, loc = {0};
    operand_c(E, &rv->a, &a);
    operand_c(E, &rv->b, &b);
    place_c(E, &s->place, &p);
    loc_args(E, s->span, &loc);
#define S(x) (int)(x).len, (const char *)(x).data
    const char *ty = int_c(k);
    switch (rv->op) {
    case BIN_ADD:
    case BIN_SUB:
    case BIN_MUL: {
        const char *fn = rv->op == BIN_ADD ? "add" : rv->op == BIN_SUB ? "sub" : "mul";
        /* the builtins where the C compiler has them (and always for 128 bits: such a unit
         * goes to the full C compiler), else portable checks (the preamble's macros) */
        const char *uty = int_c((IntKind)(sgn ? k + 6 : k));
        if (k == IK_ISIZE)
            uty = "uint64_t";
        if (bits == 128)
            buf_printf(out, "    { %s a_ = %.*s, b_ = %.*s, r_; if (__builtin_%s_overflow(a_, b_, &r_)) "
                            "smelt_rt_panic_%s_overflow(%.*s); %.*s = r_; }\n",
                       ty, S(a), S(b), fn, fn, S(loc), S(p));
        else
            buf_printf(out, "    { %s a_ = %.*s, b_ = %.*s, r_; if (smelt_ovf_%s_%s(%s, %s, a_, b_, r_)) "
                            "smelt_rt_panic_%s_overflow(%.*s); %.*s = r_; }\n",
                       ty, S(a), S(b), fn,
                       rv->op != BIN_MUL ? (sgn ? "s" : "u") : bits <= 32 ? "n" : sgn ? "s" : "u", ty,
                       rv->op == BIN_MUL && bits <= 32 ? (sgn ? "int64_t" : "uint64_t") : uty, fn,
                       S(loc), S(p));
        break;
    }
    case BIN_DIV:
    case BIN_REM: {
        const char *what = rv->op == BIN_DIV ? "div" : "rem";
        buf_printf(out, "    { %s a_ = %.*s, b_ = %.*s; if (b_ == 0) smelt_rt_panic_%s_by_zero(%.*s);",
                   ty, S(a), S(b), what, S(loc));
        if (sgn) {
            /* MIN / -1 */
            buf_printf(out, " if (b_ == -1 && a_ == (%s)((%s)1 << %u)) smelt_rt_panic_%s_overflow(%.*s);",
                       ty, bits == 128 ? "unsigned __int128" : "uint64_t", bits - 1, what, S(loc));
        }
        buf_printf(out, " %.*s = a_ %s b_; }\n", S(p), rv->op == BIN_DIV ? "/" : "%");
        break;
    }
    case BIN_SHL:
    case BIN_SHR: {
        Ty *bt = mono(E->in, rv->b.kind == OPND_CONST ? rv->b.ty : E->m->locals[rv->b.place.local].ty);
        (void)bt;
        const char *what = rv->op == BIN_SHL ? "shl" : "shr";
        const char *uty = int_c((IntKind)(sgn ? k + 6 : k));
        if (k == IK_ISIZE)
            uty = "uint64_t";
        buf_printf(out, "    { %s a_ = %.*s; smelt_umax b_ = (smelt_umax)(%.*s); "
                        "if (b_ >= %u) smelt_rt_panic_%s_overflow(%.*s); ",
                   ty, S(a), S(b), bits, what, S(loc));
        if (rv->op == BIN_SHL)
            buf_printf(out, "%.*s = (%s)((%s)a_ << (unsigned)b_); }\n", S(p), ty, uty);
        else
            buf_printf(out, "%.*s = (%s)(a_ >> (unsigned)b_); }\n", S(p), ty);
        break;
    }
    default:
        buf_printf(out, "    %.*s = %.*s %s %.*s;\n", S(p), S(a), C_BINOP[rv->op], S(b));
        break;
    }
#undef S
    buf_free(&a);
    buf_free(&b);
    buf_free(&p);
    buf_free(&loc);
}

static Ty *
operand_ty(FnEmit *E, const Operand *o)
{
    if (o->kind == OPND_CONST)
        return mono(E->in, o->ty);
    Ty *t = mono(E->in, E->m->locals[o->place.local].ty);
    uint32_t variant = 0;
    for (uint32_t i = 0; i < o->place.nproj; i++) {
        const Proj *pr = &o->place.proj[i];
        if (pr->kind == PJ_DEREF)
            t = t->args[0];
        else if (pr->kind == PJ_INDEX)
            t = t->args[0];
        else if (pr->kind == PJ_DOWNCAST) {
            variant = pr->idx;
            continue;
        } else if (pr->kind == PJ_FIELD) {
            t = field_of(E, t, variant, pr->idx);
        }
        variant = 0;
    }
    return t;
}

static void
cast_c(FnEmit *E, const Stmt *s, Buf *out)
{
    const Rvalue *rv = &s->rv;
    Ty *to = mono(E->in, rv->ty), *from = operand_ty(E, &rv->a);
    Buf a = {0}, p = {0}, tn = {0};
    operand_c(E, &rv->a, &a);
    place_c(E, &s->place, &p);
    type_name(E->T, to, &tn);
    if (from->kind == TY_FLOAT && to->kind == TY_INT) {
        /* saturating, NaN to 0, as Rust's `as` */
        IntKind k = (IntKind)to->sub;
        bool sgn = int_kind_signed(k);
        unsigned bits = int_kind_bits(k);
        buf_printf(out, "    { double v_ = (double)%.*s; ", (int)a.len, (const char *)a.data);
        if (bits == 128)
            buf_printf(out, "%.*s = v_ != v_ ? 0 : (%.*s)v_; }\n", (int)p.len,
                       (const char *)p.data, (int)tn.len, (const char *)tn.data);
        else if (sgn)
            buf_printf(out, "%.*s = v_ != v_ ? 0 : v_ <= -0x1p%u ? (%.*s)(-((uint64_t)1 << %u)) : v_ >= 0x1p%u ? (%.*s)((((uint64_t)1) << %u) - 1) : (%.*s)v_; }\n",
                       (int)p.len, (const char *)p.data, bits - 1, (int)tn.len,
                       (const char *)tn.data, bits - 1, bits - 1, (int)tn.len,
                       (const char *)tn.data, bits - 1, (int)tn.len, (const char *)tn.data);
        else
            buf_printf(out, "%.*s = v_ != v_ || v_ <= 0 ? 0 : v_ >= 0x1p%u ? (%.*s)~(%.*s)0 : (%.*s)v_; }\n",
                       (int)p.len, (const char *)p.data, bits, (int)tn.len,
                       (const char *)tn.data, (int)tn.len, (const char *)tn.data, (int)tn.len,
                       (const char *)tn.data);
    } else {
        buf_printf(out, "    %.*s = (%.*s)%.*s;\n", (int)p.len, (const char *)p.data, (int)tn.len,
                   (const char *)tn.data, (int)a.len, (const char *)a.data);
    }
    buf_free(&a);
    buf_free(&p);
    buf_free(&tn);
}

static void declare_fn(FnEmit *E, const Inst *in);

static void
pieces_c(FnEmit *E, const FmtPiece *ps, uint32_t n, const char *sink, Buf *out)
{
    for (uint32_t i = 0; i < n; i++) {
        const FmtPiece *pc = &ps[i];
        if (pc->kind == FMT_LIT) {
            buf_printf(out, "    smelt_put(%s, (const uint8_t *)", sink);
            str_lit(sym_str(pc->lit), sym_len(pc->lit), out);
            buf_printf(out, ", %zu);\n", sym_len(pc->lit));
            continue;
        }
        Buf a = {0};
        operand_c(E, &pc->arg, &a);
        Ty *t = mono(E->in, pc->ty);
        uint32_t derefs = pc->derefs;
        while (t->kind == TY_REF && t->args[0]->kind != TY_SLICE) {
            /* a type parameter that was a reference */
            t = t->args[0];
            derefs++;
        }
        if (t->kind == TY_SLICE && derefs > 0) {
            /* a slice is printed through its reference (its C value is the fat pointer) */
            t = ty_ref(t, false);
            derefs--;
        }
        Buf v = {0};
        for (uint32_t d = 0; d < derefs; d++)
            buf_printf(&v, "*");
        buf_printf(&v, "(%.*s)", (int)a.len, (const char *)a.data);
        bool dbg = pc->kind == FMT_DEBUG;
        const FmtSpec *fs = &pc->spec;
        bool plain = fs->fill == ' ' && !fs->align && !fs->plus && !fs->zero &&
                     fs->width < 0 && fs->precision < 0 && pc->kind <= FMT_DEBUG &&
                     !pc->width_dyn && !pc->prec_dyn && (!fs->alt || dbg);
        bool user_type = t->kind == TY_ADT && t->def != lang_items(E->g->q)->items[LANG_STRING];
        bool compound = dbg && (t->kind == TY_TUPLE || t->kind == TY_ARRAY ||
                                (t->kind == TY_REF && t->args[0]->kind == TY_SLICE));
        if (!plain && !user_type && !compound && !(dbg && (t->kind == TY_STR || t->kind == TY_CHAR))) {
            /* through a spec: build the text, then pad it as Formatter::pad does */
            buf_printf(out, "    { smelt_spec s_ = {%uu, %d, %d, %d, %d, %d, %d}; ", fs->fill, fs->align,
                       fs->plus, fs->alt, fs->zero, fs->width, fs->precision);
            if (pc->width_dyn || pc->prec_dyn) {
                Buf w = {0};
                if (pc->width_dyn) {
                    operand_c(E, &pc->width_op, &w);
                    buf_printf(out, "s_.width = (int)(%.*s); ", (int)w.len, (const char *)w.data);
                    w.len = 0;
                }
                if (pc->prec_dyn) {
                    operand_c(E, &pc->prec_op, &w);
                    buf_printf(out, "s_.prec = (int)(%.*s); ", (int)w.len, (const char *)w.data);
                }
                buf_free(&w);
            }
            if (t->kind == TY_INT) {
                IntKind k = (IntKind)t->sub;
                int radix = pc->kind == FMT_LOWER_HEX || pc->kind == FMT_UPPER_HEX ? 16
                            : pc->kind == FMT_OCTAL                                ? 8
                            : pc->kind == FMT_BINARY                               ? 2
                                                                                   : 10;
                const char *ut = int_c((IntKind)(int_kind_signed(k) ? k + 6 : k));
                if (k == IK_ISIZE)
                    ut = "uint64_t";
                if (radix == 10 && int_kind_signed(k))
                    buf_printf(out, "smelt_imax v_ = %.*s; smelt_fmt_int_spec(%s, &s_, v_ < 0 ? -(smelt_umax)v_ : (smelt_umax)v_, v_ < 0, 10, 0); }\n",
                               (int)v.len, (const char *)v.data, sink);
                else
                    buf_printf(out, "smelt_fmt_int_spec(%s, &s_, (smelt_umax)(%s)%.*s, 0, %d, %d); }\n",
                               sink, ut, (int)v.len, (const char *)v.data, radix,
                               pc->kind == FMT_UPPER_HEX);
            } else if (t->kind == TY_FLOAT && (pc->kind == FMT_LOWER_EXP || pc->kind == FMT_UPPER_EXP)) {
                buf_printf(out, "smelt_fmt_exp_spec(%s, &s_, (double)%.*s, %d, %d); }\n", sink,
                           (int)v.len, (const char *)v.data, t->sub == FK_F32,
                           pc->kind == FMT_UPPER_EXP);
            } else if (t->kind == TY_FLOAT) {
                buf_printf(out, "smelt_fmt_float_spec(%s, &s_, (double)%.*s, %d, %d); }\n", sink,
                           (int)v.len, (const char *)v.data, t->sub == FK_F32, dbg);
            } else if (t->kind == TY_STR) {
                Buf w = {0};
                for (uint32_t d = 1; d < derefs; d++)
                    buf_printf(&w, "*");
                buf_printf(out, "smelt_fmt_str_spec(%s, &s_, %.*s(%.*s)); }\n", sink, (int)w.len,
                           (const char *)w.data, (int)a.len, (const char *)a.data);
                buf_free(&w);
            } else if (t->kind == TY_ADT) {
                /* a String */
                buf_printf(out, "smelt_fmt_str_spec(%s, &s_, (smelt_str){(%.*s).f0.ptr, (%.*s).f0.len}); }\n",
                           sink, (int)v.len, (const char *)v.data, (int)v.len, (const char *)v.data);
            } else if (t->kind == TY_BOOL) {
                buf_printf(out, "smelt_fmt_str_spec(%s, &s_, %.*s ? (smelt_str){(const uint8_t *)\"true\", 4} : (smelt_str){(const uint8_t *)\"false\", 5}); }\n",
                           sink, (int)v.len, (const char *)v.data);
            } else {
                buf_printf(out, "uint8_t u_[4]; smelt_str c_ = {u_, smelt_rt_utf8_encode(%.*s, u_)}; smelt_fmt_str_spec(%s, &s_, c_); }\n",
                           (int)v.len, (const char *)v.data, sink);
            }
            buf_free(&a);
            buf_free(&v);
            continue;
        }
        if (!native_piece(E->g, pc->kind, t)) {
            /* through the type's Display / Debug impl, into a String of its own */
            DefId fd, nd = formatter_new(E->g);
            Ty **fa;
            uint32_t fn;
            const Inst *fi = NULL, *ni = NULL;
            if (nd != DEF_NONE && fmt_instance(E->g, pc->kind, t, &fd, &fa, &fn)) {
                uint64_t *x = hmap_get(&E->g->by_fp, inst_fp(E->g, fd, fa, fn));
                uint64_t *y = hmap_get(&E->g->by_fp, inst_fp(E->g, nd, NULL, 0));
                fi = x ? &E->g->insts.data[*x] : NULL;
                ni = y ? &E->g->insts.data[*y] : NULL;
            }
            if (!fi || !ni) {
                buf_printf(out, "    abort(); /* no fmt impl */\n");
            } else {
                declare_fn(E, fi);
                declare_fn(E, ni);
                Ty *st = ty_adt(lang_items(E->g->q)->items[LANG_STRING], NULL, 0);
                define_type(E->T, st);
                define_type(E->T, t);
                Buf sn = {0}, tn = {0};
                type_name(E->T, st, &sn);
                type_name(E->T, t, &tn);
                Buf opts = {0};
                if (!plain) {
                    /* the spec into the Formatter: fill, align, width, precision, flags */
                    Ty *ft = mono(ni, fn_sig(E->g->q, ni->def)->output);
                    uint32_t none, some;
                    option_variants(E->g, field_of(E, ft, 0, 3), &none, &some);
                    buf_printf(&opts, "f_.f1 = %uu; f_.f2 = %uu; ",
                               (fs->plus ? 1u : 0u) | (fs->alt ? 4u : 0u) | (fs->zero ? 8u : 0u),
                               fs->fill);
                    if (fs->align)
                        buf_printf(&opts, "f_.f3.tag = %u; f_.f3.u.v%u.f0.tag = %d; ", some, some,
                                   fs->align - 1);
                    Buf w = {0};
                    if (pc->width_dyn)
                        operand_c(E, &pc->width_op, &w);
                    else if (fs->width >= 0)
                        buf_printf(&w, "%d", fs->width);
                    if (w.len)
                        buf_printf(&opts, "f_.f4.tag = %u; f_.f4.u.v%u.f0 = (size_t)(%.*s); ", some,
                                   some, (int)w.len, (const char *)w.data);
                    w.len = 0;
                    if (pc->prec_dyn)
                        operand_c(E, &pc->prec_op, &w);
                    else if (fs->precision >= 0)
                        buf_printf(&w, "%d", fs->precision);
                    if (w.len)
                        buf_printf(&opts, "f_.f5.tag = %u; f_.f5.u.v%u.f0 = (size_t)(%.*s); ", some,
                                   some, (int)w.len, (const char *)w.data);
                    buf_free(&w);
                }
                buf_printf(out, "    { %.*s s_; memset(&s_, 0, sizeof s_); %.*s v_ = %.*s; "
                                "__typeof__(%s(&s_)) f_ = %s(&s_); %.*s(void)%s(&v_, &f_);\n"
                                "      smelt_put(%s, s_.f0.ptr, s_.f0.len); }\n",
                           (int)sn.len, (const char *)sn.data, (int)tn.len, (const char *)tn.data,
                           (int)v.len, (const char *)v.data, ni->name, ni->name, (int)opts.len,
                           opts.data ? (const char *)opts.data : "", fi->name, sink);
                buf_free(&opts);
                buf_free(&sn);
                buf_free(&tn);
            }
            buf_free(&a);
            buf_free(&v);
            continue;
        }
        if (t->kind == TY_ADT && t->def == lang_items(E->g->q)->items[LANG_STRING] && !dbg) {
            buf_printf(out, "    smelt_fmt_str(%s, (smelt_str){(%.*s).f0.ptr, (%.*s).f0.len}, 0);\n", sink,
                       (int)v.len, (const char *)v.data, (int)v.len, (const char *)v.data);
            buf_free(&a);
            buf_free(&v);
            continue;
        }
        if (dbg && (t->kind == TY_TUPLE || t->kind == TY_ARRAY || t->kind == TY_ADT ||
                    (t->kind == TY_REF && t->args[0]->kind == TY_SLICE))) {
            buf_printf(out, "    { smelt_sink *k = %s; int ind = 0; (void)k; (void)ind;\n", sink);
            if (!plain) {
                buf_printf(out, "    smelt_spec s_ = {%uu, %d, %d, %d, %d, %d, %d}; ", fs->fill, fs->align,
                           fs->plus, fs->alt, fs->zero, fs->width, fs->precision);
                Buf w = {0};
                if (pc->width_dyn) {
                    operand_c(E, &pc->width_op, &w);
                    buf_printf(out, "s_.width = (int)(%.*s); ", (int)w.len, (const char *)w.data);
                    w.len = 0;
                }
                if (pc->prec_dyn) {
                    operand_c(E, &pc->prec_op, &w);
                    buf_printf(out, "s_.prec = (int)(%.*s); ", (int)w.len, (const char *)w.data);
                }
                buf_free(&w);
                buf_printf(out, "smelt_dspec = &s_;\n");
            }
            Buf vv = {0};
            buf_printf(&vv, "%.*s", (int)v.len, (const char *)v.data);
            buf_bytes(&vv, "", 1);
            debug_value_p(E->T, t, (const char *)vv.data, out, fs->alt);
            buf_printf(out, plain ? "    }\n" : "    smelt_dspec = NULL; }\n");
            buf_free(&vv);
            buf_free(&a);
            buf_free(&v);
            continue;
        }
        switch ((int)t->kind) {
        case TY_INT: {
            IntKind k = (IntKind)t->sub;
            if (int_kind_bits(k) == 128)
                buf_printf(out, "    smelt_fmt_%s128(%s, %.*s);\n", int_kind_signed(k) ? "i" : "u",
                           sink, (int)v.len, (const char *)v.data);
            else
                buf_printf(out, "    smelt_fmt_%s64(%s, %.*s);\n", int_kind_signed(k) ? "i" : "u",
                           sink, (int)v.len, (const char *)v.data);
            break;
        }
        case TY_FLOAT:
            buf_printf(out, "    smelt_fmt_f%s(%s, %.*s, %d);\n", t->sub == FK_F32 ? "32" : "64",
                       sink, (int)v.len, (const char *)v.data, dbg);
            break;
        case TY_BOOL:
            buf_printf(out, "    smelt_fmt_bool(%s, %.*s);\n", sink, (int)v.len,
                       (const char *)v.data);
            break;
        case TY_CHAR:
            buf_printf(out, "    smelt_fmt_char(%s, %.*s, %d);\n", sink, (int)v.len,
                       (const char *)v.data, dbg);
            break;
        case TY_STR: {
            /* a str is only ever reached through its reference: one deref fewer */
            Buf w = {0};
            for (uint32_t d = 1; d < derefs; d++)
                buf_printf(&w, "*");
            buf_printf(out, "    smelt_fmt_str(%s, %.*s(%.*s), %d);\n", sink, (int)w.len,
                       (const char *)w.data, (int)a.len, (const char *)a.data, dbg);
            buf_free(&w);
            break;
        }
        default:
            break;
        }
        buf_free(&a);
        buf_free(&v);
    }
}

/* Comparisons of compound values, and String + &str. */
static void
binary_compound(FnEmit *E, const Rvalue *rv, Ty *at, Ty *bt, const Buf *p, const Buf *a,
                const Buf *b, Buf *out)
{
    Gen *g = E->g;
    Buf tn = {0};
    if (rv->op == BIN_ADD) {
        /* String + &str: append to the left operand's buffer */
        Buf vb = {0};
        char bb[600];
        snprintf(bb, sizeof bb, "%.*s", (int)b->len, (const char *)b->data);
        Ty *bs = bt;
        while (bs->kind == TY_REF && bs->args[0]->kind != TY_STR)
            bs = bs->args[0];
        str_view(g, bs->kind == TY_REF ? bs->args[0] : bs, bb, &vb);
        type_name(E->T, at, &tn);
        buf_printf(out, "    { %.*s r_ = %.*s; smelt_str s_ = %.*s; size_t n_ = r_.f0.len + s_.len;\n"
                        "      if (n_ > r_.f0.cap) { size_t c_ = r_.f0.cap ? r_.f0.cap : 8; while (c_ < n_) c_ *= 2;\n"
                        "        r_.f0.ptr = r_.f0.cap ? smelt_rt_realloc(r_.f0.ptr, r_.f0.cap, 1, c_) : smelt_rt_alloc(c_, 1); r_.f0.cap = c_; }\n"
                        "      if (s_.len) memcpy(r_.f0.ptr + r_.f0.len, s_.ptr, s_.len); r_.f0.len = n_; %.*s = r_; }\n",
                   (int)tn.len, (const char *)tn.data, (int)a->len, (const char *)a->data,
                   (int)vb.len, (const char *)vb.data, (int)p->len, (const char *)p->data);
        buf_free(&vb);
        buf_free(&tn);
        return;
    }
    bool eq = rv->op == BIN_EQ || rv->op == BIN_NE;
    /* a temporary for each side, so that their addresses can be taken */
    Buf ta = {0}, tb = {0};
    type_name(E->T, at, &ta);
    type_name(E->T, bt, &tb);
    buf_printf(out, "    { %.*s x_ = %.*s; %.*s y_ = %.*s; int c_ = ", (int)ta.len, (const char *)ta.data,
               (int)a->len, (const char *)a->data, (int)tb.len, (const char *)tb.data, (int)b->len,
               (const char *)b->data);
    Ty *as = at, *bs = bt;
    while (as->kind == TY_REF && as->args[0]->kind != TY_STR)
        as = as->args[0];
    while (bs->kind == TY_REF && bs->args[0]->kind != TY_STR)
        bs = bs->args[0];
    if (as->kind == TY_REF)
        as = as->args[0];
    if (bs->kind == TY_REF)
        bs = bs->args[0];
    if (str_like(g, as) && str_like(g, bs)) {
        /* str and String, in any mix (through references) */
        char xa[64] = "x_", yb[64] = "y_";
        Ty *t = at;
        while (t->kind == TY_REF && t->args[0]->kind != TY_STR) {
            char tmp[64];
            snprintf(tmp, sizeof tmp, "(*%s)", xa);
            snprintf(xa, sizeof xa, "%s", tmp);
            t = t->args[0];
        }
        t = bt;
        while (t->kind == TY_REF && t->args[0]->kind != TY_STR) {
            char tmp[64];
            snprintf(tmp, sizeof tmp, "(*%s)", yb);
            snprintf(yb, sizeof yb, "%s", tmp);
            t = t->args[0];
        }
        Buf va = {0}, vb = {0};
        str_view(g, as, xa, &va);
        str_view(g, bs, yb, &vb);
        buf_printf(out, "smelt_str_%s(%.*s, %.*s)", eq ? "eq" : "cmp", (int)va.len,
                   (const char *)va.data, (int)vb.len, (const char *)vb.data);
        buf_free(&va);
        buf_free(&vb);
    } else {
        cmp_expr(E->T, at, "x_", "y_", eq, out);
    }
    static const char *const rel[] = {"", "", "", "", "", "", "", "", "", "", "c_", "!c_",
                                      "c_ < 0", "c_ <= 0", "c_ > 0", "c_ >= 0"};
    buf_printf(out, "; %.*s = %s; }\n", (int)p->len, (const char *)p->data, rel[rv->op]);
    buf_free(&ta);
    buf_free(&tb);
}

static void declare_fn(FnEmit *E, const Inst *in);

/* A fn item or a closure capturing nothing made a fn pointer: the instance's address, or for a
 * closure a shim (static in this unit) that calls its body with an empty environment. */
static void
fnptr_c(FnEmit *E, const Rvalue *rv, const Buf *p, Buf *out)
{
    DefId cd;
    Ty **ca;
    uint32_t cn, derefs;
    bool fn_item;
    Ty *to = mono(E->in, rv->ty);
    define_type(E->T, to);
    const Inst *c = NULL;
    if (value_callee(E->g, E->in, rv->src, &cd, &ca, &cn, &derefs, &fn_item)) {
        uint64_t *v = hmap_get(&E->g->by_fp, inst_fp(E->g, cd, ca, cn));
        c = v ? &E->g->insts.data[*v] : NULL;
    }
    if (!c) {
        buf_printf(out, "    abort(); /* unresolved fn pointer */\n");
        return;
    }
    declare_fn(E, c);
    if (fn_item) {
        buf_printf(out, "    %.*s = &%s;\n", (int)p->len, (const char *)p->data, c->name);
        return;
    }
    Ty *ct = mono(E->in, rv->src);
    Fingerprint key = {(uint64_t)(uintptr_t)c, 0x7368696d};
    if (!hmap_get(E->declared, key)) {
        hmap_put(E->declared, key, 1);
        define_type(E->T, ct);
        Buf *d = E->protos;
        buf_printf(d, "static ");
        type_name(E->T, to->args[to->n - 1], d);
        buf_printf(d, " shim_%s(", c->name);
        for (uint32_t i = 0; i + 1 < to->n; i++) {
            buf_printf(d, i ? ", " : "");
            type_name(E->T, to->args[i], d);
            buf_printf(d, " a%u", i);
        }
        buf_printf(d, to->n == 1 ? "void) { " : ") { ");
        type_name(E->T, ct, d);
        buf_printf(d, " c_; memset(&c_, 0, sizeof c_); return %s(&c_", c->name);
        for (uint32_t i = 0; i + 1 < to->n; i++)
            buf_printf(d, ", a%u", i);
        buf_printf(d, "); }\n");
    }
    buf_printf(out, "    %.*s = &shim_%s;\n", (int)p->len, (const char *)p->data, c->name);
}

static void
stmt_c(FnEmit *E, const Stmt *s, Buf *out)
{
    Buf p = {0};
    switch (s->kind) {
    case ST_ASSIGN: {
        const Rvalue *rv = &s->rv;
        Ty *pt = operand_ty(E, &(Operand){OPND_COPY, 0, s->place, NULL, 0, 0, 0, 0, NULL, 0});
        place_c(E, &s->place, &p);
        switch (rv->kind) {
        case RV_USE: {
            Buf a = {0};
            operand_c(E, &rv->a, &a);
            buf_printf(out, "    %.*s = %.*s;\n", (int)p.len, (const char *)p.data, (int)a.len,
                       (const char *)a.data);
            buf_free(&a);
            break;
        }
        case RV_CHECKED_BIN:
            checked_bin(E, s, operand_ty(E, &rv->a), out);
            break;
        case RV_BIN: {
            Buf a = {0}, b = {0};
            operand_c(E, &rv->a, &a);
            operand_c(E, &rv->b, &b);
            Ty *at = operand_ty(E, &rv->a);
            Ty *bt = operand_ty(E, &rv->b);
            if (!is_scalar_ty(at) || !is_scalar_ty(bt)) {
                binary_compound(E, rv, at, bt, &p, &a, &b, out);
                buf_free(&a);
                buf_free(&b);
                break;
            }
            if (rv->op == BIN_REM && at->kind == TY_FLOAT)
                buf_printf(out, "    %.*s = fmod(%.*s, %.*s);\n", (int)p.len, (const char *)p.data,
                           (int)a.len, (const char *)a.data, (int)b.len, (const char *)b.data);
            else if (at->kind == TY_INT && (rv->op == BIN_ADD || rv->op == BIN_SUB ||
                                            rv->op == BIN_MUL)) {
                /* wrapping: through the unsigned type */
                IntKind k = (IntKind)at->sub;
                const char *u = int_kind_bits(k) == 128 ? "unsigned __int128" : "uint64_t";
                buf_printf(out, "    %.*s = (%s)((%s)%.*s %s (%s)%.*s);\n", (int)p.len,
                           (const char *)p.data, int_c(k), u, (int)a.len, (const char *)a.data,
                           C_BINOP[rv->op], u, (int)b.len, (const char *)b.data);
            } else
                buf_printf(out, "    %.*s = %.*s %s %.*s;\n", (int)p.len, (const char *)p.data,
                           (int)a.len, (const char *)a.data, C_BINOP[rv->op], (int)b.len,
                           (const char *)b.data);
            buf_free(&a);
            buf_free(&b);
            break;
        }
        case RV_CHECKED_NEG:
        case RV_UN: {
            Buf a = {0}, loc = {0};
            operand_c(E, &rv->a, &a);
            Ty *at = operand_ty(E, &rv->a);
            if (rv->kind == RV_CHECKED_NEG && int_kind_signed((IntKind)at->sub)) {
                loc_args(E, s->span, &loc);
                IntKind k = (IntKind)at->sub;
                buf_printf(out, "    { %s a_ = %.*s; if (a_ == (%s)((%s)1 << %u)) smelt_rt_panic_neg_overflow(%.*s); %.*s = -a_; }\n",
                           int_c(k), (int)a.len, (const char *)a.data, int_c(k),
                           int_kind_bits(k) == 128 ? "unsigned __int128" : "uint64_t",
                           int_kind_bits(k) - 1, (int)loc.len, (const char *)loc.data, (int)p.len,
                           (const char *)p.data);
            } else if (rv->op == UN_NEG) {
                buf_printf(out, "    %.*s = -%.*s;\n", (int)p.len, (const char *)p.data, (int)a.len,
                           (const char *)a.data);
            } else if (at->kind == TY_BOOL) {
                buf_printf(out, "    %.*s = !%.*s;\n", (int)p.len, (const char *)p.data, (int)a.len,
                           (const char *)a.data);
            } else {
                Buf tn = {0};
                type_name(E->T, at, &tn);
                buf_printf(out, "    %.*s = (%.*s)~%.*s;\n", (int)p.len, (const char *)p.data,
                           (int)tn.len, (const char *)tn.data, (int)a.len, (const char *)a.data);
                buf_free(&tn);
            }
            buf_free(&a);
            buf_free(&loc);
            break;
        }
        case RV_REF: {
            Buf a = {0};
            place_c(E, &rv->place, &a);
            Ty *rt = operand_ty(E, &(Operand){OPND_COPY, 0, rv->place, NULL, 0, 0, 0, 0, NULL, 0});
            /* &*fat: a slice or str place is its fat pointer already */
            bool fat = rt->kind == TY_SLICE || rt->kind == TY_STR;
            buf_printf(out, "    %.*s = %s%.*s;\n", (int)p.len, (const char *)p.data, fat ? "" : "&",
                       (int)a.len, (const char *)a.data);
            buf_free(&a);
            break;
        }
        case RV_CAST:
            cast_c(E, s, out);
            break;
        case RV_TUPLE:
        case RV_ADT:
        case RV_CLOSURE:
        case RV_ARRAY: {
            Ty *t = rv->kind == RV_ADT || rv->kind == RV_CLOSURE ? mono(E->in, rv->ty) : pt;
            bool is_enum = t->kind == TY_ADT && adt_def(E->g->q, t->def)->is_enum;
            Buf tn = {0};
            type_name(E->T, t, &tn);
            buf_printf(out, "    { %.*s v_; memset(&v_, 0, sizeof v_);", (int)tn.len,
                       (const char *)tn.data);
            if (is_enum)
                buf_printf(out, " v_.tag = %u;", rv->variant);
            for (uint32_t i = 0; i < rv->nops; i++) {
                Buf a = {0};
                operand_c(E, &rv->ops[i], &a);
                if (rv->kind == RV_ARRAY)
                    buf_printf(out, " v_.a[%u] = %.*s;", i, (int)a.len, (const char *)a.data);
                else if (is_enum)
                    buf_printf(out, " v_.u.v%u.f%u = %.*s;", rv->variant, i, (int)a.len,
                               (const char *)a.data);
                else
                    buf_printf(out, " v_.f%u = %.*s;", i, (int)a.len, (const char *)a.data);
                buf_free(&a);
            }
            buf_printf(out, " %.*s = v_; }\n", (int)p.len, (const char *)p.data);
            buf_free(&tn);
            break;
        }
        case RV_REPEAT: {
            Buf a = {0};
            operand_c(E, &rv->a, &a);
            buf_printf(out, "    for (size_t i_ = 0; i_ < %llu; i_++) %.*s.a[i_] = %.*s;\n",
                       (unsigned long long)rv->count, (int)p.len, (const char *)p.data, (int)a.len,
                       (const char *)a.data);
            buf_free(&a);
            break;
        }
        case RV_SUBSLICE: {
            Ty *ct = operand_ty(E, &rv->a)->args[0];
            const LangItems *li = lang_items(E->g->q);
            Buf a = {0}, lo = {0}, hi = {0}, loc = {0};
            operand_c(E, &rv->a, &a);
            if (rv->op & 1)
                operand_c(E, &rv->b, &lo);
            if ((rv->op & 2) && rv->nops)
                operand_c(E, &rv->ops[0], &hi);
            loc_args(E, s->span, &loc);
#define AX (int)a.len, (const char *)a.data
            bool is_str = ct->kind == TY_STR || (ct->kind == TY_ADT && ct->def == li->items[LANG_STRING]);
            Buf pe = {0}, le = {0};
            if (ct->kind == TY_STR || ct->kind == TY_SLICE) {
                buf_printf(&pe, "(%.*s).ptr", AX);
                buf_printf(&le, "(%.*s).len", AX);
            } else if (ct->kind == TY_ARRAY) {
                buf_printf(&pe, "(%.*s)->a", AX);
                buf_printf(&le, "(size_t)%llu", (unsigned long long)ct->idx);
            } else if (is_str) {
                buf_printf(&pe, "(%.*s)->f0.ptr", AX);
                buf_printf(&le, "(%.*s)->f0.len", AX);
            } else {
                buf_printf(&pe, "(%.*s)->ptr", AX);
                buf_printf(&le, "(%.*s)->len", AX);
            }
#undef AX
#define B(x) (int)(x).len, (const char *)(x).data
            buf_printf(out, "    { size_t len_ = %.*s, lo_ = %s%.*s%s, hi_;", B(le),
                       (rv->op & 1) ? "(size_t)(" : "0", B(lo), (rv->op & 1) ? ")" : "");
            if ((rv->op & 4) && is_str)
                buf_printf(out, " if ((size_t)(%.*s) == SIZE_MAX) smelt_rt_panic_slice(4, 0, 0, %.*s);"
                                " hi_ = (size_t)(%.*s) + 1;",
                           B(hi), B(loc), B(hi));
            else if (rv->op & 4) /* (rustc names the inclusive end) */
                buf_printf(out, " if ((size_t)(%.*s) >= len_) smelt_rt_panic_slice(1, (size_t)(%.*s), len_, %.*s);"
                                " hi_ = (size_t)(%.*s) + 1;",
                           B(hi), B(hi), B(loc), B(hi));
            else if (rv->op & 2)
                buf_printf(out, " hi_ = (size_t)(%.*s);", B(hi));
            else
                buf_printf(out, " hi_ = len_;");
            if (is_str)
                buf_printf(out, " smelt_rt_str_slice_check(%.*s, len_, lo_, hi_, %.*s);", B(pe), B(loc));
            else if (rv->op & 2)
                buf_printf(out, " if (lo_ > hi_) smelt_rt_panic_slice(2, lo_, hi_, %.*s);"
                                " if (hi_ > len_) smelt_rt_panic_slice(1, hi_, len_, %.*s);",
                           B(loc), B(loc));
            else
                buf_printf(out, " if (lo_ > len_) smelt_rt_panic_slice(0, lo_, len_, %.*s);", B(loc));
            buf_printf(out, " %.*s.ptr = %.*s + lo_; %.*s.len = hi_ - lo_; }\n", B(p), B(pe), B(p));
#undef B
            buf_free(&a);
            buf_free(&lo);
            buf_free(&hi);
            buf_free(&loc);
            buf_free(&pe);
            buf_free(&le);
            break;
        }
        case RV_COERCE: {
            if (rv->src) {
                fnptr_c(E, rv, &p, out);
                break;
            }
            Ty *from = operand_ty(E, &rv->a), *to = mono(E->in, rv->ty);
            Buf a = {0};
            operand_c(E, &rv->a, &a);
            const LangItems *li = lang_items(E->g->q);
            /* follow references until the source's pointee is what is wanted or can be unsized */
            Ty *src = from->args[0], *want = to->args[0];
            Buf e = {0};
            buf_printf(&e, "(%.*s)", (int)a.len, (const char *)a.data);
            while (src != want && (src->kind == TY_REF ||
                                   (src->kind == TY_ADT && src->n == 1 &&
                                    src->def == lang_items(E->g->q)->items[LANG_BOX]))) {
                Buf ne = {0};
                if (src->args[0]->kind == TY_STR || src->args[0]->kind == TY_SLICE)
                    buf_printf(&ne, "(*%.*s)", (int)e.len, (const char *)e.data);
                else
                    buf_printf(&ne, "(*%.*s)", (int)e.len, (const char *)e.data);
                buf_free(&e);
                e = ne;
                src = src->args[0];
            }
#define EX (int)e.len, (const char *)e.data
#define PX (int)p.len, (const char *)p.data
            if (src == want || (src->kind == want->kind && src->kind != TY_ADT)) {
                buf_printf(out, "    %.*s = %.*s;\n", PX, EX);
            } else if (want->kind == TY_STR && src->kind == TY_ADT && src->def == li->items[LANG_STRING]) {
                buf_printf(out, "    %.*s.ptr = %.*s->f0.ptr; %.*s.len = %.*s->f0.len;\n", PX, EX, PX, EX);
            } else if (want->kind == TY_SLICE && src->kind == TY_ADT && src->def == li->items[LANG_VEC]) {
                buf_printf(out, "    %.*s.ptr = %.*s->ptr; %.*s.len = %.*s->len;\n", PX, EX, PX, EX);
            } else if (want->kind == TY_SLICE && src->kind == TY_ARRAY) {
                buf_printf(out, "    %.*s.ptr = %.*s->a; %.*s.len = %llu;\n", PX, EX, PX,
                           (unsigned long long)src->idx);
            } else {
                buf_printf(out, "    %.*s = %.*s; /* coercion */\n", PX, EX);
            }
#undef EX
#undef PX
            buf_free(&a);
            buf_free(&e);
            break;
        }
        case RV_LEN: {
            Ty *lt = operand_ty(E, &(Operand){OPND_COPY, 0, rv->place, NULL, 0, 0, 0, 0, NULL, 0});
            if (lt->kind == TY_ARRAY) {
                buf_printf(out, "    %.*s = %llu;\n", (int)p.len, (const char *)p.data,
                           (unsigned long long)lt->idx);
            } else {
                Buf a = {0};
                place_c(E, &rv->place, &a);
                buf_printf(out, "    %.*s = %.*s.len;\n", (int)p.len, (const char *)p.data, (int)a.len,
                           (const char *)a.data);
                buf_free(&a);
            }
            break;
        }
        case RV_DISCR: {
            Buf a = {0};
            place_c(E, &rv->place, &a);
            buf_printf(out, "    %.*s = %.*s.tag;\n", (int)p.len, (const char *)p.data, (int)a.len,
                       (const char *)a.data);
            buf_free(&a);
            break;
        }
        default:
            break;
        }
        break;
    }
    case ST_BOUNDS: {
        Buf a = {0}, loc = {0}, ln = {0};
        operand_c(E, &s->idx, &a);
        loc_args(E, s->span, &loc);
        if (s->has_lenop)
            operand_c(E, &s->lenop, &ln);
        else
            buf_printf(&ln, "%llu", (unsigned long long)s->len);
        buf_printf(out, "    if ((size_t)(%.*s) >= (size_t)(%.*s)) smelt_rt_panic_bounds((size_t)(%.*s), (size_t)(%.*s), %.*s);\n",
                   (int)a.len, (const char *)a.data, (int)ln.len, (const char *)ln.data, (int)a.len,
                   (const char *)a.data, (int)ln.len, (const char *)ln.data, (int)loc.len,
                   (const char *)loc.data);
        buf_free(&ln);
        buf_free(&a);
        buf_free(&loc);
        break;
    }
    case ST_PRINT: {
        if (s->stream == 3) {
            /* write!: appended to the String at the place */
            Buf d = {0};
            place_c(E, &s->place, &d);
            buf_printf(out, "    { smelt_sink k_ = {0, %.*s.f0.ptr, %.*s.f0.len, %.*s.f0.cap};\n",
                       (int)d.len, (const char *)d.data, (int)d.len, (const char *)d.data,
                       (int)d.len, (const char *)d.data);
            pieces_c(E, s->pieces, s->npieces, "&k_", out);
            buf_printf(out, "    %.*s.f0.ptr = k_.p; %.*s.f0.cap = k_.cap; %.*s.f0.len = k_.n; }\n",
                       (int)d.len, (const char *)d.data, (int)d.len, (const char *)d.data,
                       (int)d.len, (const char *)d.data);
            buf_free(&d);
            break;
        }
        buf_printf(out, "    { smelt_sink k_ = {%u, NULL, 0, 0};\n", s->stream);
        pieces_c(E, s->pieces, s->npieces, "&k_", out);
        if (s->stream == 0) {
            /* format!: the buffer becomes the String's */
            Buf d = {0};
            place_c(E, &s->place, &d);
            buf_printf(out, "    %.*s.f0.ptr = k_.p; %.*s.f0.cap = k_.cap; %.*s.f0.len = k_.n;\n",
                       (int)d.len, (const char *)d.data, (int)d.len, (const char *)d.data,
                       (int)d.len, (const char *)d.data);
            buf_free(&d);
        }
        buf_printf(out, "    }\n");
        break;
    }
    default:
        break;
    }
    buf_free(&p);
}

static const Inst *
callee(FnEmit *E, const Term *t, bool *intrinsic, DefId *def_out)
{
    Gen *g = E->g;
    uint32_t n = t->func.nargs;
    Ty **args = n ? arena_alloc(q_arena(g->q), n * sizeof(Ty *)) : NULL;
    for (uint32_t i = 0; i < n; i++)
        args[i] = mono(E->in, t->func.args[i]);
    DefId rd;
    Ty **rargs;
    uint32_t rn;
    *intrinsic = false;
    if (!resolve_fn(g, t->func.def, args, n, &rd, &rargs, &rn))
        return NULL;
    *def_out = rd;
    if (is_intrinsic(g, rd)) {
        *intrinsic = true;
        return NULL;
    }
    Fingerprint fp = inst_fp(g, rd, rargs, rn);
    uint64_t *v = hmap_get(&g->by_fp, fp);
    return v ? &g->insts.data[*v] : NULL;
}

/* An instance's C parameter and return types (a closure's first parameter: its value). */
static uint32_t
inst_types(FnEmit *E, const Inst *in, Ty **ins, uint32_t max, Ty **out)
{
    const Def *d = defs_get(E->g->t, in->def);
    if (d->kind == DK_CLOSURE || d->kind == DK_CONST || d->kind == DK_ASSOC_CONST) {
        const Mir *m = optimized_mir(E->g->q, in->def);
        uint32_t n = m->nargs < max ? m->nargs : max;
        for (uint32_t i = 0; i < n; i++)
            ins[i] = mono(in, m->locals[1 + i].ty);
        *out = mono(in, m->locals[0].ty);
        return n;
    }
    const FnSig *sig = fn_sig(E->g->q, in->def);
    uint32_t n = sig->ninputs < max ? sig->ninputs : max;
    for (uint32_t i = 0; i < n; i++)
        ins[i] = mono(in, sig->inputs[i]);
    *out = mono(in, sig->output);
    return n;
}

static void
signature(FnEmit *E, const Inst *in, Buf *out)
{
    Ty *ins[64], *ret;
    uint32_t n = inst_types(E, in, ins, 64, &ret);
    Buf r = {0};
    type_name(E->T, ret, &r);
    buf_printf(out, "%.*s %s(", (int)r.len, (const char *)r.data, in->name);
    for (uint32_t i = 0; i < n; i++) {
        if (i)
            buf_printf(out, ", ");
        type_name(E->T, ins[i], out);
        buf_printf(out, " _%u", i + 1);
    }
    if (!n)
        buf_printf(out, "void");
    buf_printf(out, ")");
    buf_free(&r);
}

static void
declare_fn(FnEmit *E, const Inst *in)
{
    Fingerprint key = {(uint64_t)(uintptr_t)in, 0x6465636c};
    if (hmap_get(E->declared, key))
        return;
    hmap_put(E->declared, key, 1);
    Ty *ins[64], *ret;
    uint32_t n = inst_types(E, in, ins, 64, &ret);
    define_type(E->T, ret);
    for (uint32_t i = 0; i < n; i++)
        define_type(E->T, ins[i]);
    signature(E, in, E->protos);
    buf_printf(E->protos, ";\n");
}

/* The variant numbers of Option's None and Some. */
static void
option_variants(Gen *g, Ty *opt, uint32_t *none, uint32_t *some)
{
    const AdtDef *a = adt_def(g->q, opt->def);
    *none = 0;
    *some = 1;
    for (uint32_t i = 0; i < a->nvariants; i++) {
        if (a->variants[i].name == sym_cstr("None"))
            *none = i;
        if (a->variants[i].name == sym_cstr("Some"))
            *some = i;
    }
}

/* The intrinsics other than integer wrapping arithmetic; false when not one of these. */
static bool
intrinsic_c(FnEmit *E, const Term *t, DefId rd, const Buf *dest, Buf *out)
{
    int owner = intrinsic_owner(E->g, rd);
    const char *n = intrinsic_name(E->g, rd);
    Buf a[3] = {{0}, {0}, {0}};
    for (uint32_t i = 0; i < t->nargs && i < 3; i++)
        operand_c(E, &t->args[i], &a[i]);
#define A(i) (int)a[i].len, (const char *)a[i].data
#define D (int)dest->len, (const char *)dest->data
    bool done = true;
    Ty *elem = NULL;
    if (owner == IO_VEC || owner == IO_SLICE || owner == IO_BOX) {
        /* the element type: the impl's parameter */
        elem = t->func.nargs ? mono(E->in, t->func.args[0]) : ty_unit();
    }
    Buf et = {0};
    if (elem)
        type_name(E->T, elem, &et);
#define ET (int)et.len, (const char *)et.data
    if (owner == IO_BOX && !strcmp(n, "new")) {
        /* (no destructors yet: a box is never freed) */
        buf_printf(out, "    %.*s = smelt_rt_alloc(sizeof(%.*s), _Alignof(%.*s)); *%.*s = %.*s;\n", D, ET,
                   ET, D, A(0));
    } else if (owner == IO_VEC && !strcmp(n, "new")) {
        buf_printf(out, "    memset(&%.*s, 0, sizeof %.*s);\n", D, D);
    } else if (owner == IO_VEC && !strcmp(n, "with_capacity")) {
        buf_printf(out, "    { size_t n_ = %.*s; %.*s.ptr = n_ ? smelt_rt_alloc(n_ * sizeof(%.*s), _Alignof(%.*s)) : NULL; %.*s.cap = n_; %.*s.len = 0; }\n",
                   A(0), D, ET, ET, D, D);
    } else if (owner == IO_VEC && !strcmp(n, "push")) {
        buf_printf(out, "    { __typeof__(%.*s) s_ = %.*s; if (s_->len == s_->cap) { size_t nc_ = s_->cap ? s_->cap * 2 : 4; "
                        "s_->ptr = s_->cap ? smelt_rt_realloc(s_->ptr, s_->cap * sizeof(%.*s), _Alignof(%.*s), nc_ * sizeof(%.*s)) : smelt_rt_alloc(nc_ * sizeof(%.*s), _Alignof(%.*s)); s_->cap = nc_; } "
                        "s_->ptr[s_->len++] = %.*s; }\n",
                   A(0), A(0), ET, ET, ET, ET, ET, A(1));
    } else if (owner == IO_VEC && !strcmp(n, "pop")) {
        Ty *opt = operand_ty(E, &(Operand){OPND_COPY, 0, t->dest, NULL, 0, 0, 0, 0, NULL, 0});
        uint32_t none, some;
        option_variants(E->g, opt, &none, &some);
        buf_printf(out, "    { __typeof__(%.*s) s_ = %.*s; memset(&%.*s, 0, sizeof %.*s); if (s_->len) { %.*s.tag = %u; %.*s.u.v%u.f0 = s_->ptr[--s_->len]; } else %.*s.tag = %u; }\n",
                   A(0), A(0), D, D, D, some, D, some, D, none);
    } else if (owner == IO_VEC && (!strcmp(n, "len") || !strcmp(n, "capacity"))) {
        buf_printf(out, "    %.*s = (%.*s)->%s;\n", D, A(0), n[0] == 'l' ? "len" : "cap");
    } else if (owner == IO_VEC && !strcmp(n, "clear")) {
        buf_printf(out, "    (%.*s)->len = 0;\n", A(0));
    } else if (owner == IO_VEC && (!strcmp(n, "as_slice") || !strcmp(n, "as_mut_slice"))) {
        buf_printf(out, "    %.*s.ptr = (%.*s)->ptr; %.*s.len = (%.*s)->len;\n", D, A(0), D, A(0));
    } else if (owner == IO_SLICE && !strcmp(n, "len")) {
        buf_printf(out, "    %.*s = (%.*s).len;\n", D, A(0));
    } else if (owner == IO_SLICE && !strcmp(n, "swap")) {
        Buf loc = {0};
        loc_args(E, t->span, &loc);
        buf_printf(out, "    { __typeof__(%.*s) s_ = %.*s; size_t i_ = %.*s, j_ = %.*s; "
                        "if (i_ >= s_.len) smelt_rt_panic_bounds(i_, s_.len, %.*s); "
                        "if (j_ >= s_.len) smelt_rt_panic_bounds(j_, s_.len, %.*s); "
                        "%.*s t_ = s_.ptr[i_]; s_.ptr[i_] = s_.ptr[j_]; s_.ptr[j_] = t_; }\n",
                   A(0), A(0), A(1), A(2), (int)loc.len, (const char *)loc.data, (int)loc.len,
                   (const char *)loc.data, ET);
        buf_free(&loc);
    } else if (owner == IO_SLICE && !strcmp(n, "subslice")) {
        buf_printf(out, "    %.*s.ptr = (%.*s).ptr + (%.*s); %.*s.len = (%.*s) - (%.*s);\n", D, A(0),
                   A(1), D, A(2), A(1));
    } else if ((owner == IO_STR && !strcmp(n, "as_bytes")) ||
               (owner == IO_STR_MOD && !strcmp(n, "from_utf8_unchecked"))) {
        buf_printf(out, "    %.*s.ptr = (void *)(%.*s).ptr; %.*s.len = (%.*s).len;\n", D, A(0), D, A(0));
    } else if (owner == IO_STR && (!strcmp(n, "to_uppercase") || !strcmp(n, "to_lowercase"))) {
        /* a new String: at most three bytes out per byte in */
        buf_printf(out, "    { smelt_str s_ = %.*s; size_t c_ = 3 * s_.len; uint8_t *b_ = c_ ? smelt_rt_alloc(c_, 1) : NULL; "
                        "size_t n_ = c_ ? smelt_rt_str_to_%s(s_.ptr, s_.len, b_) : 0; memset(&%.*s, 0, sizeof %.*s); "
                        "%.*s.f0.ptr = b_; %.*s.f0.len = n_; %.*s.f0.cap = c_; }\n",
                   A(0), n[3] == 'u' ? "upper" : "lower", D, D, D, D, D);
    } else if (owner == IO_FLOAT) {
        Ty *ft = operand_ty(E, &t->args[0]);
        bool f32 = ft->sub == FK_F32;
        if (!strcmp(n, "powi"))
            buf_printf(out, "    %.*s = %s(%.*s, %.*s);\n", D, f32 ? "smelt_powif" : "smelt_powi",
                       A(0), A(1));
        else
            buf_printf(out, "    %.*s = %s%s(%.*s);\n", D, n, f32 ? "f" : "", A(0));
    } else if (owner == IO_CHAR_MOD && !strcmp(n, "from_u32_unchecked")) {
        buf_printf(out, "    %.*s = %.*s;\n", D, A(0));
    } else if (owner == IO_CHAR_MOD && !strncmp(n, "unicode_", 8)) {
        buf_printf(out, "    %.*s = smelt_rt_%s(%.*s);\n", D, n + 8, A(0));
    } else if (owner == IO_MEM && !strcmp(n, "swap")) {
        buf_printf(out, "    { __typeof__(*(%.*s)) t_ = *(%.*s); *(%.*s) = *(%.*s); *(%.*s) = t_; }\n",
                   A(0), A(0), A(0), A(1), A(1));
    } else {
        done = false;
    }
#undef A
#undef D
#undef ET
    for (int i = 0; i < 3; i++)
        buf_free(&a[i]);
    buf_free(&et);
    return done;
}

/* ---- derived methods ----------------------------------------------------------------------- */

static void clone_expr(Types *T, Ty *t, const char *src, const char *dst, Buf *out);

/* `void clonef_X(T *dst, const T *src)`: a deep copy, as derived and std's Clone impls make. */
static void
clone_fn(Types *T, Ty *t, char *name, size_t n)
{
    Fingerprint fp = ty_fp(T->g, t);
    snprintf(name, n, "clonef_%016llx", (unsigned long long)fp.lo);
    Fingerprint key = {(uint64_t)(uintptr_t)t, 0x636c6fu};
    if (hmap_get(&T->cmp_done, key))
        return;
    hmap_put(&T->cmp_done, key, 1);
    define_type(T, t);
    Buf body = {0}, tn = {0};
    type_name(T, t, &tn);
    buf_printf(&T->fwd, "static void %s(%.*s *dst, const %.*s *src);\n", name, (int)tn.len,
               (const char *)tn.data, (int)tn.len, (const char *)tn.data);
    buf_printf(&body, "static void %s(%.*s *dst, const %.*s *src) {\n    *dst = *src;\n", name,
               (int)tn.len, (const char *)tn.data, (int)tn.len, (const char *)tn.data);
    const LangItems *li = lang_items(T->g->q);
    if (t->kind == TY_TUPLE) {
        for (uint32_t i = 0; i < t->n; i++) {
            char a[64], b[64];
            snprintf(a, sizeof a, "src->f%u", i);
            snprintf(b, sizeof b, "dst->f%u", i);
            clone_expr(T, t->args[i], a, b, &body);
        }
    } else if (t->kind == TY_ARRAY) {
        buf_printf(&body, "    for (size_t i_ = 0; i_ < %llu; i_++) {\n", (unsigned long long)t->idx);
        clone_expr(T, t->args[0], "src->a[i_]", "dst->a[i_]", &body);
        buf_printf(&body, "    }\n");
    } else if (t->kind == TY_ADT && t->def == li->items[LANG_VEC]) {
        Buf et = {0};
        type_name(T, t->args[0], &et);
        buf_printf(&body, "    dst->cap = src->len; dst->ptr = src->len ? smelt_rt_alloc(src->len * sizeof(%.*s), _Alignof(%.*s)) : NULL;\n"
                          "    for (size_t i_ = 0; i_ < src->len; i_++) {\n",
                   (int)et.len, (const char *)et.data, (int)et.len, (const char *)et.data);
        clone_expr(T, t->args[0], "src->ptr[i_]", "dst->ptr[i_]", &body);
        buf_printf(&body, "    }\n");
        buf_free(&et);
    } else if (t->kind == TY_ADT && t->def == li->items[LANG_BOX] && t->n == 1) {
        /* a new box holding a clone */
        Buf et = {0};
        type_name(T, t->args[0], &et);
        buf_printf(&body, "    *dst = smelt_rt_alloc(sizeof(%.*s), _Alignof(%.*s));\n", (int)et.len,
                   (const char *)et.data, (int)et.len, (const char *)et.data);
        clone_expr(T, t->args[0], "(**src)", "(**dst)", &body);
        buf_free(&et);
    } else if (t->kind == TY_ADT && t->def == li->items[LANG_STRING]) {
        buf_printf(&body, "    dst->f0.cap = src->f0.len; dst->f0.ptr = src->f0.len ? smelt_rt_alloc(src->f0.len, 1) : NULL;\n"
                          "    if (src->f0.len) memcpy(dst->f0.ptr, src->f0.ptr, src->f0.len);\n");
    } else if (t->kind == TY_ADT) {
        const AdtDef *ad = adt_def(T->g->q, t->def);
        if (ad->is_enum)
            buf_printf(&body, "    switch (src->tag) {\n");
        for (uint32_t v = 0; v < ad->nvariants; v++) {
            if (ad->is_enum)
                buf_printf(&body, "    case %u:\n", v);
            for (uint32_t f = 0; f < ad->variants[v].nfields; f++) {
                char a[64], b[64];
                if (ad->is_enum) {
                    snprintf(a, sizeof a, "src->u.v%u.f%u", v, f);
                    snprintf(b, sizeof b, "dst->u.v%u.f%u", v, f);
                } else {
                    snprintf(a, sizeof a, "src->f%u", f);
                    snprintf(b, sizeof b, "dst->f%u", f);
                }
                clone_expr(T, ty_subst(ad->variants[v].fields[f].ty, t->args, t->n), a, b, &body);
            }
            if (ad->is_enum)
                buf_printf(&body, "        break;\n");
        }
        if (ad->is_enum)
            buf_printf(&body, "    }\n");
    }
    buf_printf(&body, "}\n");
    buf_bytes(&T->cmp, body.data, body.len);
    buf_free(&body);
    buf_free(&tn);
}

/* dst = a deep copy of src (C lvalues of type t). */
static void
clone_expr(Types *T, Ty *t, const char *src, const char *dst, Buf *out)
{
    bool plain = t->kind == TY_INT || t->kind == TY_FLOAT || t->kind == TY_BOOL ||
                 t->kind == TY_CHAR || (t->kind == TY_REF && !t->sub) || t->kind == TY_FNDEF ||
                 (t->kind == TY_TUPLE && t->n == 0);
    if (plain) {
        buf_printf(out, "    %s = %s;\n", dst, src);
        return;
    }
    char name[64];
    clone_fn(T, t, name, sizeof name);
    buf_printf(out, "    %s(&%s, &%s);\n", name, dst, src);
}

/* Can the back end write this type's derived/std Clone itself? */
static bool
cloneable(Gen *g, Ty *t, uint32_t depth)
{
    if (depth > 32)
        return false;
    const LangItems *li = lang_items(g->q);
    switch ((int)t->kind) {
    case TY_INT:
    case TY_FLOAT:
    case TY_BOOL:
    case TY_CHAR:
    case TY_FNDEF:
        return true;
    case TY_REF:
        return !t->sub;
    case TY_TUPLE:
        for (uint32_t i = 0; i < t->n; i++)
            if (!cloneable(g, t->args[i], depth + 1))
                return false;
        return true;
    case TY_ARRAY:
        return cloneable(g, t->args[0], depth + 1);
    case TY_ADT: {
        if (t->def == li->items[LANG_STRING])
            return true;
        if (t->def == li->items[LANG_VEC] || (t->def == li->items[LANG_BOX] && t->n == 1))
            return cloneable(g, t->args[0], depth + 1);
        const AdtDef *a = adt_def(g->q, t->def);
        if (!(a->derives & (1u << LANG_CLONE)) && t->def != li->items[LANG_OPTION] &&
            t->def != li->items[LANG_RESULT])
            return false;
        static Ty *visiting[40];
        for (uint32_t i = 0; i < depth && i < 40; i++)
            if (visiting[i] == t)
                return true;
        if (depth < 40)
            visiting[depth] = t;
        for (uint32_t v = 0; v < a->nvariants; v++)
            for (uint32_t f = 0; f < a->variants[v].nfields; f++)
                if (!cloneable(g, ty_subst(a->variants[v].fields[f].ty, t->args, t->n), depth + 1))
                    return false;
        return true;
    }
    default:
        return false;
    }
}

/* The Ordering value (Less / Equal / Greater) of a -1/0/1 int expression `c`, into `dest`. */
static void
ordering_into(Gen *g, Ty *ord, const char *c, const Buf *dest, Buf *out)
{
    const AdtDef *a = adt_def(g->q, ord->def);
    uint32_t vl = 0, ve = 1, vg = 2;
    for (uint32_t i = 0; i < a->nvariants; i++) {
        const char *n = sym_str(a->variants[i].name);
        if (!strcmp(n, "Less"))
            vl = i;
        else if (!strcmp(n, "Equal"))
            ve = i;
        else if (!strcmp(n, "Greater"))
            vg = i;
    }
    buf_printf(out, "    memset(&%.*s, 0, sizeof %.*s); %.*s.tag = (%s) < 0 ? %u : (%s) > 0 ? %u : %u;\n",
               (int)dest->len, (const char *)dest->data, (int)dest->len, (const char *)dest->data,
               (int)dest->len, (const char *)dest->data, c, vl, c, vg, ve);
}

/* A derived method call: clone, eq/ne, cmp/partial_cmp/lt/le/gt/ge. */
static void
derived_c(FnEmit *E, const Term *t, DefId def, Ty *self, const Buf *dest, Buf *out)
{
    const char *m = sym_str(defs_get(E->g->t, def)->name);
    Buf a0 = {0}, a1 = {0};
    if (t->nargs > 0)
        operand_c(E, &t->args[0], &a0);
    if (t->nargs > 1)
        operand_c(E, &t->args[1], &a1);
    /* the arguments are references to self */
    Buf x = {0}, y = {0};
    buf_printf(&x, "(*%.*s)", (int)a0.len, (const char *)a0.data);
    buf_printf(&y, "(*%.*s)", (int)a1.len, (const char *)a1.data);
    buf_bytes(&x, "", 1);
    buf_bytes(&y, "", 1);
    if (!strcmp(m, "default")) {
        buf_printf(out, "    memset(&%.*s, 0, sizeof %.*s);\n", (int)dest->len, (const char *)dest->data,
                   (int)dest->len, (const char *)dest->data);
    } else if (!strcmp(m, "clone")) {
        if (!cloneable(E->g, self, 0)) {
            buf_printf(out, "    abort(); /* clone of a type with a hand-written Clone field */\n");
        } else {
            char d[600];
            snprintf(d, sizeof d, "%.*s", (int)dest->len, (const char *)dest->data);
            clone_expr(E->T, self, (const char *)x.data, d, out);
        }
    } else if (!strcmp(m, "eq") || !strcmp(m, "ne")) {
        buf_printf(out, "    %.*s = %s", (int)dest->len, (const char *)dest->data, m[0] == 'n' ? "!" : "");
        cmp_expr(E->T, self, (const char *)x.data, (const char *)y.data, true, out);
        buf_printf(out, ";\n");
    } else {
        Buf c = {0};
        cmp_expr(E->T, self, (const char *)x.data, (const char *)y.data, false, &c);
        buf_bytes(&c, "", 1);
        Ty *rt = operand_ty(E, &(Operand){OPND_COPY, 0, t->dest, NULL, 0, 0, 0, 0, NULL, 0});
        if (!strcmp(m, "cmp")) {
            ordering_into(E->g, rt, (const char *)c.data, dest, out);
        } else if (!strcmp(m, "partial_cmp")) {
            /* Some(ordering) */
            const AdtDef *oa = adt_def(E->g->q, rt->def);
            uint32_t some = 1;
            for (uint32_t i = 0; i < oa->nvariants; i++)
                if (!strcmp(sym_str(oa->variants[i].name), "Some"))
                    some = i;
            Buf inner = {0};
            buf_printf(&inner, "%.*s.u.v%u.f0", (int)dest->len, (const char *)dest->data, some);
            buf_printf(out, "    memset(&%.*s, 0, sizeof %.*s); %.*s.tag = %u;\n", (int)dest->len,
                       (const char *)dest->data, (int)dest->len, (const char *)dest->data,
                       (int)dest->len, (const char *)dest->data, some);
            ordering_into(E->g, field_of(E, rt, some, 0), (const char *)c.data, &inner, out);
            buf_free(&inner);
        } else {
            const char *rel = !strcmp(m, "lt") ? "< 0" : !strcmp(m, "le") ? "<= 0"
                              : !strcmp(m, "gt") ? "> 0" : ">= 0";
            buf_printf(out, "    %.*s = (%s) %s;\n", (int)dest->len, (const char *)dest->data,
                       (const char *)c.data, rel);
        }
        buf_free(&c);
    }
    buf_free(&a0);
    buf_free(&a1);
    buf_free(&x);
    buf_free(&y);
}

static void
term_c(FnEmit *E, const Term *t, Buf *out)
{
    switch (t->kind) {
    case T_GOTO:
        buf_printf(out, "    goto bb%u;\n", t->target);
        return;
    case T_RETURN:
        buf_printf(out, "    return _0;\n");
        return;
    case T_UNREACHABLE:
        buf_printf(out, "    __builtin_unreachable();\n");
        return;
    case T_SWITCH: {
        Buf d = {0};
        operand_c(E, &t->discr, &d);
        buf_printf(out, "    switch ((uint64_t)(%.*s)) {", (int)d.len, (const char *)d.data);
        for (uint32_t i = 0; i < t->ncases; i++)
            buf_printf(out, " case %lluull: goto bb%u;", (unsigned long long)t->values[i],
                       t->targets[i]);
        buf_printf(out, " default: goto bb%u; }\n", t->otherwise);
        buf_free(&d);
        return;
    }
    case T_PANIC: {
        Buf loc = {0};
        loc_args(E, t->span, &loc);
        buf_printf(out, "    { smelt_sink k_ = {0, NULL, 0, 0};\n");
        pieces_c(E, t->pieces, t->npieces, "&k_", out);
        buf_printf(out, "    smelt_rt_panic(k_.p, k_.n, %.*s); }\n", (int)loc.len,
                   (const char *)loc.data);
        buf_free(&loc);
        return;
    }
    case T_CALL: {
        if (t->call_value) {
            DefId cd;
            Ty **ca;
            uint32_t cn, derefs;
            bool fn_item;
            Buf dest = {0};
            place_c(E, &t->dest, &dest);
            Ty *vt = mono(E->in, t->callee_ty);
            uint32_t nderef = 0;
            while (vt->kind == TY_REF) {
                vt = vt->args[0];
                nderef++;
            }
            if (vt->kind == TY_FNPTR) {
                /* through a fn pointer: args[0] points at it */
                Buf a0 = {0};
                operand_c(E, &t->args[0], &a0);
                buf_printf(out, "    %.*s = (", (int)dest.len, (const char *)dest.data);
                for (uint32_t i = 0; i <= nderef; i++)
                    buf_printf(out, "*");
                buf_printf(out, "(%.*s))(", (int)a0.len, (const char *)a0.data);
                for (uint32_t i = 1; i < t->nargs; i++) {
                    Buf a = {0};
                    operand_c(E, &t->args[i], &a);
                    buf_printf(out, "%s%.*s", i > 1 ? ", " : "", (int)a.len, (const char *)a.data);
                    buf_free(&a);
                }
                buf_printf(out, ");\n    goto bb%u;\n", t->target);
                buf_free(&a0);
                buf_free(&dest);
                return;
            }
            if (!value_callee(E->g, E->in, t->callee_ty, &cd, &ca, &cn, &derefs, &fn_item)) {
                buf_printf(out, "    abort(); /* unresolved value call */\n");
            } else {
                Fingerprint fp = inst_fp(E->g, cd, ca, cn);
                uint64_t *v = hmap_get(&E->g->by_fp, fp);
                const Inst *c = v ? &E->g->insts.data[*v] : NULL;
                if (!c) {
                    buf_printf(out, "    abort(); /* unresolved value call */\n");
                } else {
                    declare_fn(E, c);
                    Buf a0 = {0};
                    operand_c(E, &t->args[0], &a0);
                    buf_printf(out, "    %.*s = %s(", (int)dest.len, (const char *)dest.data, c->name);
                    bool first = true;
                    if (!fn_item) {
                        /* the closure's value: follow references down to it */
                        buf_printf(out, "%s", "");
                        for (uint32_t i = 0; i < derefs; i++)
                            buf_printf(out, "*");
                        buf_printf(out, "(%.*s)", (int)a0.len, (const char *)a0.data);
                        first = false;
                    }
                    for (uint32_t i = 1; i < t->nargs; i++) {
                        Buf a = {0};
                        operand_c(E, &t->args[i], &a);
                        buf_printf(out, "%s%.*s", first ? "" : ", ", (int)a.len, (const char *)a.data);
                        first = false;
                        buf_free(&a);
                    }
                    buf_printf(out, ");\n");
                    buf_free(&a0);
                }
            }
            buf_printf(out, "    goto bb%u;\n", t->target);
            buf_free(&dest);
            return;
        }
        bool intrinsic;
        DefId rd = DEF_NONE;
        const Inst *c = callee(E, t, &intrinsic, &rd);
        Buf dest = {0};
        place_c(E, &t->dest, &dest);
        Ty *self0 = t->func.nargs ? mono(E->in, t->func.args[0]) : NULL;
        Ty *self_args[1] = {self0};
        if (!c && rd == t->func.def && self0 && is_derived_call(E->g, rd, self_args, 1)) {
            derived_c(E, t, rd, self0, &dest, out);
        } else if (intrinsic) {
            const char *n = intrinsic_name(E->g, rd);
            Ty *at = t->nargs ? operand_ty(E, &t->args[0]) : ty_unit();
            if (intrinsic_c(E, t, rd, &dest, out)) {
                /* emitted */
            } else if (intrinsic_owner(E->g, rd) == IO_INT && t->nargs == 2 && at->kind == TY_INT) {
                Buf a = {0}, b = {0};
                operand_c(E, &t->args[0], &a);
                operand_c(E, &t->args[1], &b);
                IntKind k = (IntKind)at->sub;
                const char *u = int_kind_bits(k) == 128 ? "unsigned __int128" : "uint64_t";
                const char *op = !strcmp(n, "wrapping_add") ? "+" : !strcmp(n, "wrapping_sub") ? "-" : "*";
                buf_printf(out, "    %.*s = (%s)((%s)%.*s %s (%s)%.*s);\n", (int)dest.len,
                           (const char *)dest.data, int_c(k), u, (int)a.len, (const char *)a.data,
                           op, u, (int)b.len, (const char *)b.data);
                buf_free(&a);
                buf_free(&b);
            } else {
                buf_printf(out, "    abort(); /* intrinsic %s */\n", n);
            }
        } else if (c) {
            declare_fn(E, c);
            buf_printf(out, "    %.*s = %s(", (int)dest.len, (const char *)dest.data, c->name);
            for (uint32_t i = 0; i < t->nargs; i++) {
                Buf a = {0};
                operand_c(E, &t->args[i], &a);
                buf_printf(out, "%s%.*s", i ? ", " : "", (int)a.len, (const char *)a.data);
                buf_free(&a);
            }
            buf_printf(out, ");\n");
        } else {
            buf_printf(out, "    abort(); /* unresolved call */\n");
        }
        buf_printf(out, "    goto bb%u;\n", t->target);
        buf_free(&dest);
        return;
    }
    default:
        return;
    }
}

static void
emit_fn(FnEmit *E)
{
    const Mir *m = E->m;
    Buf *out = E->out;
    for (uint32_t i = 0; i < m->nlocals; i++)
        define_type(E->T, mono(E->in, m->locals[i].ty));
    Buf path = {0};
    defs_path_str(E->g->t, E->in->def, &path);
    buf_printf(out, "\n/* %.*s */\n", (int)path.len, (const char *)path.data);
    buf_free(&path);
    signature(E, E->in, out);
    buf_printf(out, " {\n");
    for (uint32_t i = 0; i < m->nlocals; i++) {
        if (i >= 1 && i <= m->nargs)
            continue;
        buf_printf(out, "    ");
        type_name(E->T, mono(E->in, m->locals[i].ty), out);
        buf_printf(out, " _%u;\n", i);
    }
    buf_printf(out, "    memset(&_0, 0, sizeof _0);\n");
    for (uint32_t b = 0; b < m->nblocks; b++) {
        buf_printf(out, "bb%u:;\n", b);
        const Block *bl = &m->blocks[b];
        for (uint32_t i = 0; i < bl->nstmts; i++)
            stmt_c(E, &bl->stmts[i], out);
        term_c(E, &bl->term, out);
    }
    buf_printf(out, "}\n");
}

/* The C every unit starts with: the runtime's interface and the print helpers. */
static const char PREAMBLE[] =
    "/* generated by smelt: do not edit */\n"
    "#include <stdint.h>\n#include <stddef.h>\n#include <string.h>\n#include <stdlib.h>\n"
    "#include <math.h>\n#include \"smelt_rt.h\"\n"
    "#ifdef __SIZEOF_INT128__\n"
    "typedef unsigned __int128 smelt_umax; typedef __int128 smelt_imax;\n"
    "#else\n"
    "typedef uint64_t smelt_umax; typedef int64_t smelt_imax;\n"
    "#endif\n"
    "#ifdef __TINYC__\n"
    "#define smelt_ovf_add_s(T, U, a, b, r) (r = (T)((U)(a) + (U)(b)), (((a) ^ (r)) & ((b) ^ (r))) < 0)\n"
    "#define smelt_ovf_add_u(T, U, a, b, r) (r = (T)((a) + (b)), (r) < (a))\n"
    "#define smelt_ovf_sub_s(T, U, a, b, r) (r = (T)((U)(a) - (U)(b)), (((a) ^ (b)) & ((a) ^ (r))) < 0)\n"
    "#define smelt_ovf_sub_u(T, U, a, b, r) (r = (T)((a) - (b)), (a) < (b))\n"
    "#define smelt_ovf_mul_n(T, W, a, b, r) (r = (T)((W)(a) * (W)(b)), (W)(a) * (W)(b) != (W)(r))\n"
    "#define smelt_ovf_mul_s(T, U, a, b, r) (r = (T)((U)(a) * (U)(b)), (a) != 0 && (((a) == -1 && (b) == (T)((U)1 << 63)) || (r) / (a) != (b)))\n"
    "#define smelt_ovf_mul_u(T, U, a, b, r) (r = (T)((a) * (b)), (a) != 0 && (r) / (a) != (b))\n"
    "#define __builtin_unreachable() abort()\n"
    "static double smelt_powi(double a, int b) { int rc = b < 0; double r = 1; for (;;) { if (b & 1) r *= a; b /= 2; if (!b) break; a *= a; } return rc ? 1 / r : r; }\n"
    "static float smelt_powif(float a, int b) { int rc = b < 0; float r = 1; for (;;) { if (b & 1) r *= a; b /= 2; if (!b) break; a *= a; } return rc ? 1 / r : r; }\n"
    "#else\n"
    "#define smelt_ovf_add_s(T, U, a, b, r) __builtin_add_overflow(a, b, &(r))\n"
    "#define smelt_ovf_add_u(T, U, a, b, r) __builtin_add_overflow(a, b, &(r))\n"
    "#define smelt_ovf_sub_s(T, U, a, b, r) __builtin_sub_overflow(a, b, &(r))\n"
    "#define smelt_ovf_sub_u(T, U, a, b, r) __builtin_sub_overflow(a, b, &(r))\n"
    "#define smelt_ovf_mul_n(T, W, a, b, r) __builtin_mul_overflow(a, b, &(r))\n"
    "#define smelt_ovf_mul_s(T, U, a, b, r) __builtin_mul_overflow(a, b, &(r))\n"
    "#define smelt_ovf_mul_u(T, U, a, b, r) __builtin_mul_overflow(a, b, &(r))\n"
    "#define smelt_powi __builtin_powi\n"
    "#define smelt_powif __builtin_powif\n"
    "#endif\n"
    "typedef struct { const uint8_t *ptr; size_t len; } smelt_str;\n"
    "typedef struct { int stream; uint8_t *p; size_t n, cap; } smelt_sink;\n"
    "static void smelt_put(smelt_sink *k, const uint8_t *p, size_t n) {\n"
    "    if (k->stream == 1) { smelt_rt_write_stdout(p, n); return; }\n"
    "    if (k->stream == 2) { smelt_rt_write_stderr(p, n); return; }\n"
    "    if (k->n + n > k->cap) { size_t c = k->cap ? k->cap * 2 : 64; while (c < k->n + n) c *= 2;\n"
    "        k->p = realloc(k->p, c); if (!k->p) abort(); k->cap = c; }\n"
    "    memcpy(k->p + k->n, p, n); k->n += n;\n}\n"
    "static void smelt_fmt_u128(smelt_sink *k, smelt_umax v) {\n"
    "    char b[48]; int i = 48; do { b[--i] = (char)('0' + (int)(v % 10)); v /= 10; } while (v);\n"
    "    smelt_put(k, (const uint8_t *)b + i, (size_t)(48 - i));\n}\n"
    "static void smelt_fmt_i128(smelt_sink *k, smelt_imax v) {\n"
    "    if (v < 0) { smelt_put(k, (const uint8_t *)\"-\", 1); smelt_fmt_u128(k, -(smelt_umax)v); }\n"
    "    else smelt_fmt_u128(k, (smelt_umax)v);\n}\n"
    "static void smelt_fmt_u64(smelt_sink *k, uint64_t v) { smelt_fmt_u128(k, v); }\n"
    "static void smelt_fmt_i64(smelt_sink *k, int64_t v) { smelt_fmt_i128(k, v); }\n"
    "static void smelt_fmt_f64(smelt_sink *k, double v, int dbg) {\n"
    "    static char b[SMELT_RT_FLOAT_BUF]; size_t n = dbg ? smelt_rt_f64_debug(v, -1, b) : smelt_rt_f64_display(v, -1, b);\n"
    "    smelt_put(k, (const uint8_t *)b, n);\n}\n"
    "static void smelt_fmt_f32(smelt_sink *k, float v, int dbg) {\n"
    "    static char b[SMELT_RT_FLOAT_BUF]; size_t n = dbg ? smelt_rt_f32_debug(v, -1, b) : smelt_rt_f32_display(v, -1, b);\n"
    "    smelt_put(k, (const uint8_t *)b, n);\n}\n"
    "static void smelt_fmt_bool(smelt_sink *k, uint8_t v) {\n"
    "    if (v) smelt_put(k, (const uint8_t *)\"true\", 4); else smelt_put(k, (const uint8_t *)\"false\", 5);\n}\n"
    "static void smelt_fmt_char(smelt_sink *k, uint32_t c, int dbg) {\n"
    "    uint8_t u[4]; char e[16];\n"
    "    if (!dbg) { smelt_put(k, u, smelt_rt_utf8_encode(c, u)); return; }\n"
    "    smelt_put(k, (const uint8_t *)\"'\", 1); smelt_put(k, (const uint8_t *)e, smelt_rt_escape_debug_char(c, 0, e));\n"
    "    smelt_put(k, (const uint8_t *)\"'\", 1);\n}\n"
    "static void smelt_fmt_str(smelt_sink *k, smelt_str s, int dbg) {\n"
    "    if (!dbg) { smelt_put(k, s.ptr, s.len); return; }\n"
    "    smelt_put(k, (const uint8_t *)\"\\\"\", 1);\n"
    "    for (size_t i = 0; i < s.len;) {\n"
    "        uint32_t c = s.ptr[i]; size_t w = 1;\n"
    "        if (c >= 0xF0) { c = (c & 7u) << 18 | (s.ptr[i+1] & 63u) << 12 | (s.ptr[i+2] & 63u) << 6 | (s.ptr[i+3] & 63u); w = 4; }\n"
    "        else if (c >= 0xE0) { c = (c & 15u) << 12 | (s.ptr[i+1] & 63u) << 6 | (s.ptr[i+2] & 63u); w = 3; }\n"
    "        else if (c >= 0xC0) { c = (c & 31u) << 6 | (s.ptr[i+1] & 63u); w = 2; }\n"
    "        char e[16]; smelt_put(k, (const uint8_t *)e, smelt_rt_escape_debug_char(c, 1, e)); i += w;\n"
    "    }\n"
    "    smelt_put(k, (const uint8_t *)\"\\\"\", 1);\n}\n"
    "static int smelt_str_eq(smelt_str a, smelt_str b) { return a.len == b.len && (a.len == 0 || !memcmp(a.ptr, b.ptr, a.len)); }\n"
    "static int smelt_str_cmp(smelt_str a, smelt_str b) {\n"
    "    size_t n = a.len < b.len ? a.len : b.len; int c = n ? memcmp(a.ptr, b.ptr, n) : 0;\n"
    "    return c < 0 ? -1 : c > 0 ? 1 : a.len < b.len ? -1 : a.len > b.len;\n}\n"
    "typedef struct { uint32_t fill; int align, plus, alt, zero, width, prec; } smelt_spec;\n"
    "static void smelt_fill(smelt_sink *k, uint32_t c, long n) {\n"
    "    uint8_t u[4]; size_t l = smelt_rt_utf8_encode(c, u); while (n-- > 0) smelt_put(k, u, l);\n}\n"
    "static void smelt_pad(smelt_sink *k, const smelt_spec *s, const uint8_t *b, size_t n, int numeric, size_t sign_len) {\n"
    "    size_t ch = 0; for (size_t i = 0; i < n; i++) ch += (b[i] & 0xC0) != 0x80;\n"
    "    if (s->width < 0 || (size_t)s->width <= ch) { smelt_put(k, b, n); return; }\n"
    "    long pad = s->width - (long)ch;\n"
    "    if (numeric && s->zero) { smelt_put(k, b, sign_len); smelt_fill(k, '0', pad); smelt_put(k, b + sign_len, n - sign_len); return; }\n"
    "    int align = s->align ? s->align : numeric ? 2 : 1;\n"
    "    long pre = align == 1 ? 0 : align == 2 ? pad : pad / 2;\n"
    "    smelt_fill(k, s->fill, pre); smelt_put(k, b, n); smelt_fill(k, s->fill, pad - pre);\n}\n"
    "static void smelt_fmt_int_spec(smelt_sink *k, const smelt_spec *s, smelt_umax mag, int neg, int radix, int upper) {\n"
    "    char b[200]; int i = 200;\n"
    "    do { int d = (int)(mag % (unsigned)radix); b[--i] = (char)(d < 10 ? '0' + d : (upper ? 'A' : 'a') + d - 10); mag /= (unsigned)radix; } while (mag);\n"
    "    int pre = s->alt && radix != 10;\n"
    "    if (pre) { b[--i] = radix == 16 ? 'x' : radix == 8 ? 'o' : 'b'; b[--i] = '0'; }\n"
    "    if (neg) b[--i] = '-'; else if (s->plus) b[--i] = '+';\n"
    "    smelt_pad(k, s, (const uint8_t *)b + i, (size_t)(200 - i), 1, (size_t)((neg || s->plus) + 2 * pre));\n}\n"
    "static void smelt_fmt_float_spec(smelt_sink *k, const smelt_spec *s, double v, int is32, int dbg) {\n"
    "    static char b[SMELT_RT_FLOAT_BUF + 1]; char *p = b + 1; int prec = s->prec;\n"
    "    if (prec > SMELT_RT_FLOAT_MAX_PRECISION) prec = SMELT_RT_FLOAT_MAX_PRECISION;\n"
    "    size_t n = is32 ? (dbg ? smelt_rt_f32_debug((float)v, prec, p) : smelt_rt_f32_display((float)v, prec, p))\n"
    "                    : (dbg ? smelt_rt_f64_debug(v, prec, p) : smelt_rt_f64_display(v, prec, p));\n"
    "    size_t sign = 0;\n"
    "    if (p[0] == '-') sign = 1; else if (s->plus && v == v) { *--p = '+'; n++; sign = 1; }\n"
    "    smelt_pad(k, s, (const uint8_t *)p, n, 1, sign);\n}\n"
    "static void smelt_fmt_exp_spec(smelt_sink *k, const smelt_spec *s, double v, int is32, int upper) {\n"
    "    static char b[SMELT_RT_FLOAT_BUF + 1]; char *p = b + 1;\n"
    "    size_t n = is32 ? smelt_rt_f32_exp((float)v, upper, p) : smelt_rt_f64_exp(v, upper, p);\n"
    "    size_t sign = 0;\n"
    "    if (p[0] == '-') sign = 1; else if (s->plus && v == v) { *--p = '+'; n++; sign = 1; }\n"
    "    smelt_pad(k, s, (const uint8_t *)p, n, 1, sign);\n}\n"
    "static void smelt_fmt_str_spec(smelt_sink *k, const smelt_spec *s, smelt_str v) {\n"
    "    size_t n = v.len;\n"
    "    if (s->prec >= 0) { long c = 0; for (n = 0; n < v.len; n++) if ((v.ptr[n] & 0xC0) != 0x80 && c++ == s->prec) break; }\n"
    "    smelt_pad(k, s, v.ptr, n, 0, 0);\n}\n"
    /* `{:>10?}` of a derived Debug value: the spec applies to each number and bool inside,
     * as std's debug builders pass the Formatter on (strings and chars do not pad) */
    "static const smelt_spec *smelt_dspec;\n"
    "static void smelt_dbg_u(smelt_sink *k, smelt_umax v) {\n"
    "    if (smelt_dspec) smelt_fmt_int_spec(k, smelt_dspec, v, 0, 10, 0); else smelt_fmt_u128(k, v);\n}\n"
    "static void smelt_dbg_i(smelt_sink *k, smelt_imax v) {\n"
    "    if (smelt_dspec) smelt_fmt_int_spec(k, smelt_dspec, v < 0 ? -(smelt_umax)v : (smelt_umax)v, v < 0, 10, 0);\n"
    "    else smelt_fmt_i128(k, v);\n}\n"
    "static void smelt_dbg_f(smelt_sink *k, double v, int is32) {\n"
    "    if (smelt_dspec) smelt_fmt_float_spec(k, smelt_dspec, v, is32, 1);\n"
    "    else if (is32) smelt_fmt_f32(k, (float)v, 1); else smelt_fmt_f64(k, v, 1);\n}\n"
    "static void smelt_dbg_b(smelt_sink *k, uint8_t v) {\n"
    "    smelt_str s = v ? (smelt_str){(const uint8_t *)\"true\", 4} : (smelt_str){(const uint8_t *)\"false\", 5};\n"
    "    if (smelt_dspec) smelt_fmt_str_spec(k, smelt_dspec, s); else smelt_put(k, s.ptr, s.len);\n}\n";

/* ---- units, files, the C compiler ----------------------------------------------------------- */

static bool
write_file(const char *path, const void *data, size_t len)
{
    return fs_write_atomic(path, data, len);
}

static int
run_cc(const char *cc, char *const argv[])
{
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        execvp(argv[0], argv);
        fprintf(stderr, "error: could not run the C compiler `%s`: %s\n", cc, strerror(errno));
        _exit(127);
    }
    int st;
    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR)
            return -1;
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128;
}

static bool
file_exists(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* The runtime's sources, written once per their contents, and compiled into one object. */
static bool
runtime_object(const CodegenOptions *o, const char *dir, char *rt_dir, size_t rt_n, char *obj,
               size_t objn)
{
    StableHasher *h = hasher_new();
    for (unsigned i = 0; i < smelt_runtime_nfiles; i++) {
        hasher_str(h, smelt_runtime_files[i].name);
        hasher_bytes(h, smelt_runtime_files[i].text, smelt_runtime_files[i].len);
    }
    /* the fast compiler when there is one: the runtime's tests pass with it too */
    const char *rcc = o->fast_cc ? o->fast_cc : o->cc;
    hasher_str(h, rcc);
    Fingerprint fp = hasher_finish(h);
    hasher_free(h);
    snprintf(rt_dir, rt_n, "%s/runtime-%016llx", dir, (unsigned long long)fp.lo);
    snprintf(obj, objn, "%s/runtime.a", rt_dir);
    if (file_exists(obj))
        return true;
    if (!fs_mkdirs(rt_dir))
        return false;
    char paths[16][4400];
    char objs[16][4400];
    unsigned nc = 0;
    for (unsigned i = 0; i < smelt_runtime_nfiles; i++) {
        char p[4400];
        snprintf(p, sizeof p, "%s/%s", rt_dir, smelt_runtime_files[i].name);
        if (!write_file(p, smelt_runtime_files[i].text, smelt_runtime_files[i].len))
            return false;
        size_t nl = strlen(smelt_runtime_files[i].name);
        if (nl > 2 && !strcmp(smelt_runtime_files[i].name + nl - 2, ".c") && nc < 16) {
            snprintf(paths[nc], sizeof paths[nc], "%s", p);
            snprintf(objs[nc], sizeof objs[nc], "%.*s.o", (int)(strlen(p) - 2), p);
            nc++;
        }
    }
    for (unsigned i = 0; i < nc; i++) {
        char *argv[] = {(char *)o->cc, "-std=gnu11", "-O2", "-w", "-c", paths[i], "-o", objs[i], NULL};
        char *targv[] = {(char *)rcc, "-w", "-c", paths[i], "-o", objs[i], NULL};
        if (run_cc(rcc, o->fast_cc ? targv : argv) != 0) {
            fprintf(stderr, "error: the C compiler failed on the runtime (%s)\n", paths[i]);
            return false;
        }
    }
    char tmp[4500];
    snprintf(tmp, sizeof tmp, "%s.tmp%d", obj, (int)getpid());
    char *argv[24];
    unsigned k = 0;
    argv[k++] = "ar";
    argv[k++] = "rcs";
    argv[k++] = tmp;
    for (unsigned i = 0; i < nc; i++)
        argv[k++] = objs[i];
    argv[k] = NULL;
    if (run_cc("ar", argv) != 0 || rename(tmp, obj) != 0) {
        fprintf(stderr, "error: could not archive the runtime\n");
        return false;
    }
    return true;
}

static DefId
find_main(Gen *g)
{
    for (DefId i = 1; i < defs_count(g->t); i++) {
        const Def *d = defs_get(g->t, i);
        if (d->kind == DK_FN && d->parent == 0 && d->name == sym_cstr("main"))
            return i;
    }
    return DEF_NONE;
}

static int
cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* ---- the back end's queries --------------------------------------------------------------
 *
 *   mono_items()          every instance reachable from `main`, and its codegen unit (its
 *                         fn's module); fingerprinted by the instances, so an edit that
 *                         changes no call graph leaves it green
 *   codegen_unit(module)  the unit's C, split by size into files named by the hash of their
 *                         text (and the C compiler): the list of objects it needs; reads the
 *                         MIR of its instances and their items' positions only
 *   link_objects()        every unit's objects: what the link step links
 *
 * Objects are work products: the driver compiles those missing (in parallel) and links.  A
 * green codegen_unit is reused without emitting C; a red one whose C text comes out the same
 * names the same object, which is reused without running the C compiler.
 */

typedef struct {
    uint32_t ninsts;
    Inst *insts;
    uint32_t nasyncs;
    DefId *asyncs;
    uint32_t nunits;
    DefId *units; /* modules, in first-use order */
    bool failed;
} MonoItems;

const void *
compute_mono_items(QCtx *q, QKey key)
{
    (void)key;
    Gen g;
    memset(&g, 0, sizeof g);
    g.q = q;
    reveal_q = q;
    g.t = sess_defs(q);
    MonoItems *mi = arena_alloc(q_arena(q), sizeof *mi);
    DefId main_def = find_main(&g);
    if (main_def == DEF_NONE) {
        q_emit(q, diag_new(DIAG_ERROR, "E0601", (DiagSpan){FP_ZERO, 0, 0},
                           "no `main` function to build"));
        mi->failed = true;
        return mi;
    }
    intern_inst(&g, main_def, NULL, 0);
    collect(&g, 0);
    mi->failed = g.failed;
    mi->ninsts = g.insts.len;
    mi->insts = arena_alloc(q_arena(q), (g.insts.len + 1) * sizeof(Inst));
    memcpy(mi->insts, g.insts.data, g.insts.len * sizeof(Inst));
    mi->nasyncs = g.asyncs.len;
    mi->asyncs = arena_alloc(q_arena(q), (g.asyncs.len + 1) * sizeof(DefId));
    if (g.asyncs.len)
        memcpy(mi->asyncs, g.asyncs.data, g.asyncs.len * sizeof(DefId));
    VEC(DefId) units = {0};
    for (uint32_t i = 0; i < g.insts.len; i++) {
        bool seen = false;
        for (uint32_t k = 0; k < units.len; k++)
            seen |= units.data[k] == g.insts.data[i].cgu;
        if (!seen)
            vec_push(&units, g.insts.data[i].cgu);
    }
    mi->nunits = units.len;
    mi->units = arena_alloc(q_arena(q), (units.len + 1) * sizeof(DefId));
    if (units.len)
        memcpy(mi->units, units.data, units.len * sizeof(DefId));
    vec_free(&units);
    hmap_free(&g.by_fp);
    vec_free(&g.insts);
    vec_free(&g.asyncs);
    return mi;
}

Fingerprint
hash_mono_items(QCtx *q, const void *r)
{
    const MonoItems *mi = r;
    DefTable *t = sess_defs(q);
    StableHasher *h = q_hasher(q);
    hasher_u8(h, mi->failed);
    hasher_u32(h, mi->ninsts);
    for (uint32_t i = 0; i < mi->ninsts; i++) {
        hasher_fp(h, mi->insts[i].fp);
        hasher_fp(h, defs_get(t, mi->insts[i].cgu)->hash);
    }
    hasher_u32(h, mi->nasyncs);
    for (uint32_t i = 0; i < mi->nasyncs; i++)
        hasher_fp(h, defs_get(t, mi->asyncs[i])->hash);
    return hasher_finish(h);
}

/* mono_items on disk: a no-op or a body edit loads it instead of collecting again (which
 * would need every body's MIR, and so every body's type check). */
void
encode_mono_items(QCtx *q, const void *r, Buf *out)
{
    const MonoItems *mi = r;
    DefTable *t = sess_defs(q);
    buf_u8(out, mi->failed);
    buf_u32(out, mi->ninsts);
    for (uint32_t i = 0; i < mi->ninsts; i++) {
        const Inst *in = &mi->insts[i];
        buf_fp(out, defs_get(t, in->def)->hash);
        buf_u32(out, in->nargs);
        for (uint32_t k = 0; k < in->nargs; k++)
            ty_encode(t, in->args[k], out);
        buf_fp(out, in->fp);
        buf_fp(out, defs_get(t, in->cgu)->hash);
        buf_str(out, in->name, strlen(in->name));
    }
    buf_u32(out, mi->nasyncs);
    for (uint32_t i = 0; i < mi->nasyncs; i++)
        buf_fp(out, defs_get(t, mi->asyncs[i])->hash);
    buf_u32(out, mi->nunits);
    for (uint32_t i = 0; i < mi->nunits; i++)
        buf_fp(out, defs_get(t, mi->units[i])->hash);
}

const void *
decode_mono_items(QCtx *q, Reader *r)
{
    DefTable *t = sess_defs(q);
    MonoItems *mi = arena_alloc(q_arena(q), sizeof *mi);
    mi->failed = rd_u8(r);
    mi->ninsts = rd_u32(r);
    if (r->bad || mi->ninsts > 10000000)
        return NULL;
    mi->insts = arena_alloc(q_arena(q), (mi->ninsts + 1) * sizeof(Inst));
    for (uint32_t i = 0; i < mi->ninsts && !r->bad; i++) {
        Inst *in = &mi->insts[i];
        in->def = defs_by_hash(t, rd_fp(r));
        in->nargs = rd_u32(r);
        if (in->def == DEF_NONE || in->nargs > 4096)
            return NULL;
        in->args = in->nargs ? arena_alloc(q_arena(q), in->nargs * sizeof(Ty *)) : NULL;
        for (uint32_t k = 0; k < in->nargs && !r->bad; k++)
            in->args[k] = ty_decode(t, r, 0);
        in->fp = rd_fp(r);
        in->cgu = defs_by_hash(t, rd_fp(r));
        uint32_t nl;
        const char *nm = rd_str(r, &nl);
        if (r->bad || in->cgu == DEF_NONE || nl >= sizeof in->name)
            return NULL;
        memcpy(in->name, nm, nl);
        in->name[nl] = 0;
    }
    mi->nasyncs = rd_u32(r);
    if (r->bad || mi->nasyncs > 10000000)
        return NULL;
    mi->asyncs = arena_alloc(q_arena(q), (mi->nasyncs + 1) * sizeof(DefId));
    for (uint32_t i = 0; i < mi->nasyncs && !r->bad; i++)
        if ((mi->asyncs[i] = defs_by_hash(t, rd_fp(r))) == DEF_NONE)
            return NULL;
    mi->nunits = rd_u32(r);
    if (r->bad || mi->nunits > 10000000)
        return NULL;
    mi->units = arena_alloc(q_arena(q), (mi->nunits + 1) * sizeof(DefId));
    for (uint32_t i = 0; i < mi->nunits && !r->bad; i++)
        if ((mi->units[i] = defs_by_hash(t, rd_fp(r))) == DEF_NONE)
            return NULL;
    return r->bad ? NULL : mi;
}

/* A Gen over the mono items (for looking instances up while emitting). */
static void
gen_from_mono(Gen *g, QCtx *q, const MonoItems *mi)
{
    memset(g, 0, sizeof *g);
    g->q = q;
    reveal_q = q;
    g->t = sess_defs(q);
    for (uint32_t i = 0; i < mi->ninsts; i++) {
        vec_push(&g->insts, mi->insts[i]);
        hmap_put(&g->by_fp, mi->insts[i].fp, i);
    }
}

static void
gen_free(Gen *g)
{
    hmap_free(&g->by_fp);
    vec_free(&g->insts);
    vec_free(&g->asyncs);
}

/* Where an item starts (line, column), as a query: a panic's location is its item's position
 * plus its place in the item, so moving an item re-emits its unit and nothing else. */
typedef struct {
    uint32_t line, col;
    Fingerprint newlines; /* where the item's own lines break */
} ItemLocation;

const void *
compute_item_location(QCtx *q, QKey key)
{
    DefTable *t = sess_defs(q);
    const Def *d = defs_get(t, (DefId)key);
    ItemLocation *il = arena_alloc(q_arena(q), sizeof *il);
    const Node *n = sess_def_node(q, (DefId)key);
    const QStr *unused = NULL;
    (void)unused;
    /* the file's syntax as configured: which node is this item's depends on the cfgs too */
    q_get(q, K_EXPAND, d->file);
    size_t len;
    const char *text = sess_file_text(q, d->file, &len);
    uint32_t lo = n ? n->lo : 0, hi = n ? n->hi : 0;
    uint32_t line, col;
    FnEmit fe;
    memset(&fe, 0, sizeof fe);
    Gen g1;
    memset(&g1, 0, sizeof g1);
    g1.q = q;
    reveal_q = q;
    fe.g = &g1;
    loc_of(&fe, (MirSpan){d->file, lo}, &line, &col); /* the file's line index is cached */
    StableHasher *h = hasher_new();
    for (size_t i = lo; i < hi && i < len; i++)
        if (text[i] == '\n')
            hasher_u32(h, (uint32_t)(i - lo));
    il->newlines = hasher_finish(h);
    hasher_free(h);
    il->line = line;
    il->col = col;
    return il;
}

Fingerprint
hash_item_location(QCtx *q, const void *r)
{
    const ItemLocation *il = r;
    StableHasher *h = q_hasher(q);
    hasher_u32(h, il->line);
    hasher_u32(h, il->col);
    hasher_fp(h, il->newlines);
    return hasher_finish(h);
}

/* The size of an instance's C, roughly: for splitting a unit. */
static uint32_t
inst_weight(QCtx *q, const Inst *in)
{
    const Mir *m = optimized_mir(q, in->def);
    uint32_t w = m->nlocals + m->nblocks;
    for (uint32_t b = 0; b < m->nblocks; b++)
        w += m->blocks[b].nstmts;
    return w;
}

enum { UNIT_SPLIT_WEIGHT = 4000 };

/* The C `main`: runs the program's; a `main` returning Err prints `Error: {:?}` of it to
 * stderr and exits with 1, as Rust's Termination does. */
static void
emit_c_main(FnEmit *E, Buf *fns)
{
    const Inst *m = &E->g->insts.data[0];
    Ty *ins[1], *ret;
    inst_types(E, m, ins, 1, &ret);
    const LangItems *li = lang_items(E->g->q);
    buf_printf(fns, "\nint main(int argc, char **argv) {\n    smelt_rt_init(argc, argv);\n");
    if (ret->kind == TY_ADT && ret->def == li->items[LANG_RESULT] && ret->n == 2) {
        const AdtDef *a = adt_def(E->g->q, ret->def);
        uint32_t err = 1;
        for (uint32_t i = 0; i < a->nvariants; i++)
            if (a->variants[i].name == sym_cstr("Err"))
                err = i;
        Buf tn = {0};
        type_name(E->T, ret, &tn);
        buf_printf(fns, "    %.*s r_ = %s();\n    if (r_.tag == %u) {\n        smelt_sink k_ = {2, NULL, 0, 0}; smelt_sink *k = &k_;\n"
                        "        smelt_put(k, (const uint8_t *)\"Error: \", 7);\n",
                   (int)tn.len, (const char *)tn.data, m->name, err);
        char acc[64];
        snprintf(acc, sizeof acc, "r_.u.v%u.f0", err);
        debug_value(E->T, ret->args[1], acc, fns);
        buf_printf(fns, "        smelt_put(k, (const uint8_t *)\"\\n\", 1);\n        smelt_rt_exit();\n        return 1;\n    }\n");
        buf_free(&tn);
    } else {
        buf_printf(fns, "    %s();\n", m->name);
    }
    buf_printf(fns, "    return smelt_rt_exit();\n}\n");
}

/* How units are compiled (an input: a unit's object is named by its C text and this). */
const void *
compute_codegen_options(QCtx *q, QKey key)
{
    (void)key;
    const CodegenOptions *o = sess_codegen_options(q);
    Buf b = {0};
    buf_printf(&b, "cc=%s fast=%s flags=%s fast-flags=%s", o->cc ? o->cc : "",
               o->fast_cc ? o->fast_cc : "", C_FLAGS, TCC_FLAGS);
    const QStr *r = q_str_new(q, (const char *)b.data, b.len);
    buf_free(&b);
    return r;
}

/* A unit the fast compiler cannot take: 128-bit integers (outside the preamble, which
 * adapts to the compiler). */
static bool
needs_full_cc(const Buf *c)
{
    return memmem(c->data + sizeof PREAMBLE - 1, c->len - (sizeof PREAMBLE - 1), "__int128", 8) != NULL;
}

const void *
compute_codegen_unit(QCtx *q, QKey key)
{
    DefId module = (DefId)key;
    const MonoItems *mi = q_get(q, K_MONO_ITEMS, 0);
    const CodegenOptions *o = sess_codegen_options(q);
    q_get(q, K_CODEGEN_OPTIONS, 0);
    Gen g;
    gen_from_mono(&g, q, mi);
    /* this module's instances; split into buckets by a stable hash when large */
    VEC(uint32_t) mine = {0};
    uint64_t weight = 0;
    for (uint32_t i = 0; i < mi->ninsts; i++)
        if (mi->insts[i].cgu == module) {
            vec_push(&mine, i);
            weight += inst_weight(q, &mi->insts[i]);
            /* a panic's line comes from its item's position */
            DefId owner = defs_get(g.t, mi->insts[i].def)->owner;
            if (owner != DEF_NONE)
                q_get(q, K_ITEM_LOCATION, owner);
        }
    uint32_t nb = (uint32_t)(weight / UNIT_SPLIT_WEIGHT) + 1;
    if (nb > 64)
        nb = 64;
    Buf listing = {0};
    Buf mp = {0};
    defs_path_str(g.t, module, &mp);
    for (uint32_t b = 0; b < nb; b++) {
        Types T;
        memset(&T, 0, sizeof T);
        T.g = &g;
        Buf protos = {0}, fns = {0};
        HMap declared = {0};
        bool any = false;
        for (uint32_t k = 0; k < mine.len; k++) {
            const Inst *in = &g.insts.data[mine.data[k]];
            if (nb > 1 && in->fp.lo % nb != b)
                continue;
            any = true;
            FnEmit E = {&g, &T, in, optimized_mir(q, in->def), &fns, &protos, &declared, NULL, 0, NULL};
            declare_fn(&E, in);
            emit_fn(&E);
            if (mine.data[k] == 0)
                emit_c_main(&E, &fns);
        }
        if (any) {
            Buf c = {0};
            buf_bytes(&c, PREAMBLE, sizeof PREAMBLE - 1);
            buf_bytes(&c, T.defs.data, T.defs.len);
            buf_bytes(&c, T.fwd.data, T.fwd.len);
            buf_bytes(&c, protos.data, protos.len);
            buf_bytes(&c, T.dbg.data, T.dbg.len);
            buf_bytes(&c, T.cmp.data, T.cmp.len);
            buf_bytes(&c, fns.data, fns.len);
            /* named by the text and how it is compiled: `t-` units go to the fast compiler */
            bool fast = o->fast_cc && !needs_full_cc(&c);
            StableHasher *h = hasher_new();
            hasher_bytes(h, c.data, c.len);
            hasher_str(h, fast ? o->fast_cc : o->cc);
            hasher_str(h, fast ? TCC_FLAGS : C_FLAGS);
            Fingerprint fp = hasher_finish(h);
            hasher_free(h);
            char name[64], path[4300], opath[4300];
            snprintf(name, sizeof name, "%c-%016llx%016llx", fast ? 't' : 'u',
                     (unsigned long long)fp.hi, (unsigned long long)fp.lo);
            snprintf(path, sizeof path, "%s/%s.c", o->objdir, name);
            snprintf(opath, sizeof opath, "%s/%s.o", o->objdir, name);
            if (!file_exists(opath) && !file_exists(path) && !write_file(path, c.data, c.len))
                q_emit(q, diag_new(DIAG_ERROR, "", (DiagSpan){FP_ZERO, 0, 0},
                                   "could not write %s: %s", path, strerror(errno)));
            buf_printf(&listing, "%.*s\t%s\n", (int)mp.len, (const char *)mp.data, name);
            buf_free(&c);
        }
        buf_free(&protos);
        buf_free(&fns);
        buf_free(&T.defs);
        hmap_free(&T.done);
        buf_free(&T.dbg);
        hmap_free(&T.dbg_done);
        buf_free(&T.cmp);
        hmap_free(&T.cmp_done);
        vec_free(&T.after);
        buf_free(&T.fwd);
        hmap_free(&declared);
    }
    const QStr *r = q_str_new(q, (const char *)listing.data, listing.len);
    buf_free(&listing);
    buf_free(&mp);
    vec_free(&mine);
    gen_free(&g);
    return r;
}

const void *
compute_link_objects(QCtx *q, QKey key)
{
    (void)key;
    const MonoItems *mi = q_get(q, K_MONO_ITEMS, 0);
    Buf all = {0};
    if (!mi->failed)
        for (uint32_t u = 0; u < mi->nunits; u++) {
            const QStr *s = q_get(q, K_CODEGEN_UNIT, mi->units[u]);
            buf_bytes(&all, s->text, s->len);
        }
    const QStr *r = q_str_new(q, (const char *)all.data, all.len);
    buf_free(&all);
    return r;
}

/* Runs up to `jobs` C compilers at once over the units whose objects are missing. */
static bool
compile_missing(const CodegenOptions *o, const char *rt_dir, char **names, uint32_t n,
                CodegenStats *stats, bool *compiled)
{
    long jobs = sysconf(_SC_NPROCESSORS_ONLN);
    const char *env = getenv("SMELT_JOBS");
    if (env && atoi(env) > 0)
        jobs = atoi(env);
    if (jobs < 1)
        jobs = 1;
    if (jobs > 32)
        jobs = 32;
    typedef struct {
        pid_t pid;
        uint32_t idx;
    } Job;
    Job running[32];
    int nrun = 0;
    bool ok = true;
    char inc[4300];
    snprintf(inc, sizeof inc, "-I%s", rt_dir);
    for (uint32_t i = 0; i <= n; i++) {
        /* wait for a slot (or, at the end, for everyone) */
        while (nrun > 0 && (nrun >= jobs || i == n)) {
            int st;
            pid_t p = wait(&st);
            if (p < 0) {
                if (errno == EINTR)
                    continue;
                ok = false;
                nrun = 0;
                break;
            }
            for (int k = 0; k < nrun; k++)
                if (running[k].pid == p) {
                    uint32_t idx = running[k].idx;
                    char c_path[4400], obj[4400], tmp[4500];
                    snprintf(c_path, sizeof c_path, "%s/%s.c", o->objdir, names[idx]);
                    snprintf(obj, sizeof obj, "%s/%s.o", o->objdir, names[idx]);
                    snprintf(tmp, sizeof tmp, "%s.tmp%d", obj, (int)p);
                    if (!WIFEXITED(st) || WEXITSTATUS(st) != 0 || rename(tmp, obj) != 0) {
                        fprintf(stderr, "error: the C compiler failed on %s; this is a bug in smelt\n",
                                c_path);
                        unlink(tmp);
                        ok = false;
                    } else {
                        if (!getenv("SMELT_KEEP_C"))
                            unlink(c_path); /* the object is the work product */
                        stats->compiled++;
                        compiled[idx] = true;
                    }
                    running[k] = running[--nrun];
                    break;
                }
        }
        if (i == n)
            break;
        char c_path[4400], obj[4400], tmp[4500];
        snprintf(obj, sizeof obj, "%s/%s.o", o->objdir, names[i]);
        if (file_exists(obj))
            continue;
        snprintf(c_path, sizeof c_path, "%s/%s.c", o->objdir, names[i]);
        if (!file_exists(c_path)) {
            fprintf(stderr, "error: the work product %s is missing and its C is gone; run "
                            "`smelt clean` and build again\n", obj);
            ok = false;
            continue;
        }
        pid_t pid = fork();
        if (pid < 0) {
            ok = false;
            continue;
        }
        if (pid == 0) {
            snprintf(tmp, sizeof tmp, "%s.tmp%d", obj, (int)getpid());
            char *argv[] = {(char *)o->cc, "-std=gnu11", C_OPT, "-w", "-fwrapv", C_NOUNWIND, inc,
                            "-c", c_path, "-o", tmp, NULL};
            char *targv[] = {(char *)o->fast_cc, "-w", inc, "-c", c_path, "-o", tmp, NULL};
            bool fast = names[i][0] == 't' && o->fast_cc;
            execvp(fast ? targv[0] : argv[0], fast ? targv : argv);
            fprintf(stderr, "error: could not run the C compiler `%s`: %s\n",
                    fast ? o->fast_cc : o->cc, strerror(errno));
            _exit(127);
        }
        running[nrun].pid = pid;
        running[nrun].idx = i;
        nrun++;
    }
    return ok;
}

/* Where tcc keeps libtcc1.a (`tcc -print-search-dirs`). */
static bool
tcc_runtime_lib(const char *tcc, char *out, size_t n)
{
    if (strchr(tcc, '\'') || strlen(tcc) > 1000)
        return false;
    char cmd[1100];
    snprintf(cmd, sizeof cmd, "'%s' -print-search-dirs 2>/dev/null", tcc);
    FILE *f = popen(cmd, "r");
    if (!f)
        return false;
    char line[4200];
    bool next = false, found = false;
    while (fgets(line, sizeof line, f)) {
        if (next && !found) {
            char *p = line;
            while (*p == ' ' || *p == '\t')
                p++;
            p[strcspn(p, "\r\n")] = 0;
            if (*p && strlen(p) < n) {
                snprintf(out, n, "%s", p);
                found = file_exists(out);
            }
            next = false;
        }
        if (!strncmp(line, "libtcc1:", 8))
            next = true;
    }
    pclose(f);
    return found;
}

bool
codegen_prepare(CodegenOptions *o, char *tmpdir, size_t n)
{
    tmpdir[0] = 0;
    const char *dir = o->work_dir;
    if (dir && strlen(dir) > MAX_DIR) {
        fprintf(stderr, "error: the incremental directory's path is too long\n");
        return false;
    }
    if (!dir) {
        snprintf(tmpdir, n, "%s/smelt-build-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
        if (!mkdtemp(tmpdir)) {
            fprintf(stderr, "error: cannot create a temporary directory: %s\n", strerror(errno));
            tmpdir[0] = 0;
            return false;
        }
        dir = tmpdir;
    }
    snprintf(o->objdir, sizeof o->objdir, "%s/work-products", dir);
    if (!fs_mkdirs(o->objdir)) {
        fprintf(stderr, "error: cannot create %s: %s\n", o->objdir, strerror(errno));
        return false;
    }
    return true;
}

void
codegen_done(const char *tmpdir)
{
    if (tmpdir && tmpdir[0])
        fs_remove_tree(tmpdir);
}

int
codegen_crate(QCtx *q, const CodegenOptions *o, CodegenStats *stats)
{
    memset(stats, 0, sizeof *stats);
    if (o->dump_mir) {
        /* (the mono items' value is needed only here: a green link_objects is enough else) */
        const MonoItems *mi = q_get(q, K_MONO_ITEMS, 0);
        for (uint32_t i = 0; i < mi->ninsts; i++) {
            Buf b = {0};
            mir_dump(q, optimized_mir(q, mi->insts[i].def), &b);
            fwrite(b.data, 1, b.len, stdout);
            buf_free(&b);
        }
        for (uint32_t i = 0; i < mi->nasyncs; i++) {
            const Mir *am = optimized_mir(q, mi->asyncs[i]);
            Buf b = {0};
            mir_dump(q, am, &b);
            if (am->by_move != DEF_NONE)
                mir_dump(q, optimized_mir(q, am->by_move), &b);
            fwrite(b.data, 1, b.len, stdout);
            buf_free(&b);
        }
    }
    char rt_dir[4400], rt_obj[4500];
    if (!runtime_object(o, o->objdir, rt_dir, sizeof rt_dir, rt_obj, sizeof rt_obj))
        return 1;
    const QStr *objs = q_get(q, K_LINK_OBJECTS, 0);
    if (q_error_count(q))
        return 1;
    /* nothing changed since the last link of this output: nothing to do */
    char stamp[4400];
    StableHasher *sh = hasher_new();
    hasher_bytes(sh, objs->text, objs->len);
    hasher_str(sh, rt_obj);
    hasher_str(sh, o->cc);
    hasher_str(sh, o->link_cc ? o->link_cc : o->cc);
    hasher_u8(sh, o->lld);
    Fingerprint link_fp = hasher_finish(sh);
    hasher_reset(sh);
    hasher_str(sh, o->out);
    Fingerprint out_fp = hasher_finish(sh);
    hasher_free(sh);
    snprintf(stamp, sizeof stamp, "%s/link-%016llx.stamp", o->objdir, (unsigned long long)out_fp.lo);
    /* "module\tname\n" lines */
    VEC(char *) names = {0};
    VEC(char *) mods = {0};
    const char *p = objs->text, *end = objs->text + objs->len;
    while (p < end) {
        const char *tab = memchr(p, '\t', (size_t)(end - p));
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!tab || !nl || tab > nl)
            break;
        vec_push(&mods, xstrndup(p, (size_t)(tab - p)));
        vec_push(&names, xstrndup(tab + 1, (size_t)(nl - tab - 1)));
        p = nl + 1;
    }
    bool *compiled = xcalloc(names.len + 1, sizeof(bool));
    int rc = compile_missing(o, rt_dir, names.data, names.len, stats, compiled) ? 0 : 1;
    stats->units = names.len;
    stats->reused = names.len - stats->compiled;
    if (o->verbose)
        for (uint32_t i = 0; i < names.len; i++)
            fprintf(stderr, "unit %s: %s %s.o\n", mods.data[i], compiled[i] ? "compiled" : "reused",
                    names.data[i]);
    bool up_to_date = false;
    if (rc == 0 && o->work_dir && !stats->compiled && file_exists(o->out)) {
        size_t sl;
        char *old = fs_read_file(stamp, &sl);
        char want[40];
        snprintf(want, sizeof want, "%016llx%016llx", (unsigned long long)link_fp.hi,
                 (unsigned long long)link_fp.lo);
        up_to_date = old && sl == strlen(want) && !memcmp(old, want, sl);
        if (old)
            xfree(old, sl + 1);
    }
    if (rc == 0 && !up_to_date) {
        /* link (objects in name order: the same command whatever the units' order) */
        char **sorted = xmalloc((names.len + 1) * sizeof(char *));
        for (uint32_t i = 0; i < names.len; i++)
            sorted[i] = names.data[i];
        qsort(sorted, names.len, sizeof(char *), cmp_str);
        char **argv = xmalloc((names.len + 12) * sizeof(char *));
        char **paths = xmalloc((names.len + 1) * sizeof(char *));
        uint32_t k = 0;
        const char *lcc = o->link_cc ? o->link_cc : o->cc;
        argv[k++] = (char *)lcc;
        if (o->lld)
            argv[k++] = "-fuse-ld=lld";
        argv[k++] = "-o";
        argv[k++] = (char *)o->out;
        for (uint32_t i = 0; i < names.len; i++) {
            size_t n = strlen(o->objdir) + strlen(sorted[i]) + 8;
            paths[i] = xmalloc(n);
            snprintf(paths[i], n, "%s/%s.o", o->objdir, sorted[i]);
            argv[k++] = paths[i];
        }
        argv[k++] = rt_obj;
        /* tcc's objects call its helpers (conversions between u64 and double) */
        char tcc_lib[4200];
        bool any_fast = false;
        for (uint32_t i = 0; i < names.len; i++)
            any_fast |= names.data[i][0] == 't';
        if (any_fast && o->fast_cc && tcc_runtime_lib(o->fast_cc, tcc_lib, sizeof tcc_lib))
            argv[k++] = tcc_lib;
        argv[k++] = "-lm";
        argv[k++] = "-Wl,-z,noexecstack"; /* tcc's objects do not say so themselves */
        argv[k] = NULL;
        unlink(stamp);
        if (run_cc(lcc, argv) != 0) {
            fprintf(stderr, "error: linking with `%s` failed\n", lcc);
            rc = 1;
        } else if (o->work_dir) {
            char want[40];
            snprintf(want, sizeof want, "%016llx%016llx", (unsigned long long)link_fp.hi,
                     (unsigned long long)link_fp.lo);
            fs_write_atomic(stamp, want, strlen(want));
        }
        for (uint32_t i = 0; i < names.len; i++)
            xfree(paths[i], strlen(o->objdir) + strlen(sorted[i]) + 8);
        xfree(paths, (names.len + 1) * sizeof(char *));
        xfree(argv, (names.len + 12) * sizeof(char *));
        xfree(sorted, (names.len + 1) * sizeof(char *));
    }
    for (uint32_t i = 0; i < names.len; i++) {
        xfree(names.data[i], strlen(names.data[i]) + 1);
        xfree(mods.data[i], strlen(mods.data[i]) + 1);
    }
    xfree(compiled, (names.len + 1) * sizeof(bool));
    vec_free(&names);
    vec_free(&mods);
    return rc;
}
