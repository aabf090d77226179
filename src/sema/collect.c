/*
 * collect.c — item signatures as queries: lang_items, generics_of,
 * predicates_of, type_of, adt_def, fn_sig, assoc_items, impls, and the
 * lowering of written types.  Each reads only its item's own syntax
 * (hir_owner_nodes) and the scopes its paths go through, never a body.
 */
#include "sema.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ---- shared helpers ----------------------------------------------------------------- */

Diag *
sema_vdiag(QCtx *q, DefId anchor_def, const Node *at, const char *code, const char *fmt,
           va_list ap)
{
    DefTable *t = sess_defs(q);
    const Def *d = defs_get(t, anchor_def);
    const Def *o = defs_get(t, d->owner);
    const Node *on = o->node ? o->node : d->node;
    DiagSpan span = {FP_ZERO, 0, 0};
    if (at && on) {
        span.anchor = o->hash;
        span.lo = at->lo >= on->lo ? at->lo - on->lo : 0;
        span.hi = at->hi >= on->lo ? at->hi - on->lo : span.lo;
    }
    char msg[1024];
    vsnprintf(msg, sizeof msg, fmt, ap);
    return diag_new(DIAG_ERROR, code, span, "%s", msg);
}

Diag *
sema_diag(QCtx *q, DefId anchor_def, const Node *at, const char *code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Diag *d = sema_vdiag(q, anchor_def, at, code, fmt, ap);
    va_end(ap);
    return d;
}

void
sema_error(QCtx *q, DefId anchor_def, const Node *at, const char *code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Diag *d = sema_vdiag(q, anchor_def, at, code, fmt, ap);
    va_end(ap);
    q_emit(q, d);
}

/* An item's syntax as semantics reads it: without spans (hir_owner_shape), so
 * that whitespace and comments inside it re-run nothing.  A reused result
 * never carries a span: sessions with errors are not persisted. */
const Node *
owner_node(QCtx *q, DefId owner)
{
    const OwnerNodes *o = q_get(q, K_HIR_OWNER_SHAPE, owner);
    return o->node; /* (a fn body may be a LAZY_BODY: readers of bodies force it) */
}

static const Node *
attr_meta(const Node *n, const char *name)
{
    for (uint32_t i = 0; n && i < n->nattrs; i++) {
        const Node *a = n->attrs[i];
        if (a->nkids && a->kids[0]->sym && !strcmp(sym_str(a->kids[0]->sym), name))
            return a->kids[0];
    }
    return NULL;
}

bool
has_attr(const Node *n, const char *name)
{
    return attr_meta(n, name) != NULL;
}

const char *
attr_value(const Node *n, const char *name)
{
    const Node *m = attr_meta(n, name);
    if (m && m->kind == N_META_NV && m->nkids && m->kids[0]->kind == N_LIT)
        return sym_str(m->kids[0]->sym);
    return NULL;
}

static void
hash_res_def(StableHasher *h, DefTable *t, DefId d)
{
    hasher_fp(h, d == DEF_NONE ? FP_ZERO : defs_get(t, d)->hash);
}

/* ---- lang items ------------------------------------------------------------------------- */

static const char *const LANG_NAMES[LANG_N] = {
#define X(n, s) s,
    SMELT_LANG_ITEMS(X)
#undef X
};

const void *
compute_lang_items(QCtx *q, QKey key)
{
    (void)key;
    DefTable *t = sess_read_defs(q);
    LangItems *li = arena_alloc(q_arena(q), sizeof *li);
    for (int i = 0; i < LANG_N; i++)
        li->items[i] = DEF_NONE;
    for (int k = 0; k < TY_KIND_N; k++)
        for (int j = 0; j < IK_N; j++)
            li->prim_impls[k][j] = DEF_NONE;
    DefId root = core_root(q);
    if (root == DEF_NONE)
        return li;
    for (DefId d = root + 1; d < defs_count(t); d++) {
        const Def *x = defs_get(t, d);
        if (!x->node || x->owner != d)
            continue;
        q_ensure(q, K_HIR_ATTRS, d);
        const char *v = attr_value(x->node, "lang");
        if (!v)
            continue;
        for (int i = 0; i < LANG_N; i++)
            if (!strcmp(LANG_NAMES[i], v) && li->items[i] == DEF_NONE)
                li->items[i] = d;
    }
    return li;
}

Fingerprint
hash_lang_items(QCtx *q, const void *r)
{
    const LangItems *li = r;
    StableHasher *h = q_hasher(q);
    DefTable *t = sess_defs(q);
    for (int i = 0; i < LANG_N; i++)
        hash_res_def(h, t, li->items[i]);
    return hasher_finish(h);
}

const LangItems *
lang_items(QCtx *q)
{
    return q_get(q, K_LANG_ITEMS, 0);
}

DefId
lang_item(QCtx *q, LangItem li)
{
    return lang_items(q)->items[li];
}

/* ---- generics ------------------------------------------------------------------------------ */

static const Node *
item_generics_node(const Node *n)
{
    switch ((int)n->kind) {
    case N_FN:
    case N_STRUCT:
    case N_ENUM:
    case N_TYPE_ALIAS:
    case N_IMPL:
    case N_TRAIT:
        return n->kids[0]->kind == N_GENERICS ? n->kids[0] : NULL;
    default:
        return NULL;
    }
}

static bool
has_generics(DefKind k)
{
    switch ((int)k) {
    case DK_FN:
    case DK_ASSOC_FN:
    case DK_STRUCT:
    case DK_ENUM:
    case DK_TYPE_ALIAS:
    case DK_IMPL:
    case DK_TRAIT:
    case DK_ASSOC_CONST:
    case DK_ASSOC_TY:
        return true;
    default:
        return false;
    }
}

/* The definition whose generics an item inherits (impl/trait of an associated item). */
static DefId
generics_parent(DefTable *t, DefId d)
{
    const Def *x = defs_get(t, d);
    if (x->kind == DK_ASSOC_FN || x->kind == DK_ASSOC_CONST || x->kind == DK_ASSOC_TY)
        return x->parent;
    if (x->kind == DK_VARIANT)
        return x->parent;
    if (x->kind == DK_CTOR)
        return generics_parent(t, x->parent) == DEF_NONE && defs_get(t, x->parent)->kind != DK_VARIANT
                   ? x->parent
                   : defs_get(t, x->parent)->kind == DK_VARIANT ? defs_get(t, x->parent)->parent
                                                                : x->parent;
    return DEF_NONE;
}

static void
count_impl_trait(const Node *n, uint32_t *count)
{
    if (!n)
        return;
    if (n->kind == N_TY_IMPL)
        (*count)++;
    for (uint32_t i = 0; i < n->nkids; i++)
        count_impl_trait(n->kids[i], count);
}

const void *
compute_generics_of(QCtx *q, QKey key)
{
    DefTable *t = sess_defs(q);
    DefId d = (DefId)key;
    Generics *g = arena_alloc(q_arena(q), sizeof *g);
    DefId parent = generics_parent(t, d);
    const Generics *pg = parent != DEF_NONE ? generics_of(q, parent) : NULL;
    uint32_t pc = pg ? pg->count : 0;
    const Def *x = defs_get(t, d);
    const Node *n = has_generics((DefKind)x->kind) ? owner_node(q, x->owner) : NULL;
    if (n && x->owner != d)
        n = x->node;
    const Node *gn = n ? item_generics_node(n) : NULL;
    uint32_t own = 0, impl_args = 0;
    bool self = x->kind == DK_TRAIT;
    if (gn)
        for (uint32_t i = 0; i < gn->nkids; i++)
            if (gn->kids[i]->kind == N_TYPE_PARAM)
                own++;
    if (n && n->kind == N_FN)
        count_impl_trait(n->kids[1], &impl_args);
    g->parent_count = pc;
    g->has_self = self;
    g->count = pc + self + own + impl_args;
    g->names = arena_alloc(q_arena(q), (g->count + 1) * sizeof(Symbol));
    for (uint32_t i = 0; i < pc; i++)
        g->names[i] = pg->names[i];
    uint32_t k = pc;
    if (self)
        g->names[k++] = sym_cstr("Self");
    for (uint32_t i = 0; gn && i < gn->nkids; i++) {
        if (gn->kids[i]->kind == N_TYPE_PARAM)
            g->names[k++] = gn->kids[i]->sym;
        else if (gn->kids[i]->kind == N_CONST_PARAM)
            sema_error(q, d, gn->kids[i], "", "const generics are not supported by smelt yet");
    }
    g->impl_trait_first = k;
    for (uint32_t i = 0; i < impl_args; i++)
        g->names[k++] = sym_cstr("impl Trait");
    return g;
}

Fingerprint
hash_generics(QCtx *q, const void *r)
{
    const Generics *g = r;
    StableHasher *h = q_hasher(q);
    hasher_u32(h, g->parent_count);
    hasher_u32(h, g->count);
    hasher_u8(h, g->has_self);
    hasher_u32(h, g->impl_trait_first);
    for (uint32_t i = 0; i < g->count; i++)
        hasher_str(h, sym_str(g->names[i]));
    return hasher_finish(h);
}

const Generics *
generics_of(QCtx *q, DefId def)
{
    return q_get(q, K_GENERICS_OF, def);
}

/* ---- lowering types ------------------------------------------------------------------------ */

static Ty *
identity_args_ty(const Generics *g, DefId adt, uint32_t from, uint32_t n)
{
    Ty *a[64];
    uint32_t m = n < 64 ? n : 64;
    for (uint32_t i = 0; i < m; i++)
        a[i] = ty_param(from + i, g->names[from + i]);
    return ty_adt(adt, a, m);
}

static uint64_t eval_array_len(const Node *e);

/* A constant usize expression: literals, paths to consts, + - * / % on them. */
uint64_t
eval_const_usize(const PathCx *cx, const Node *e, uint32_t depth)
{
    if (depth > 32)
        return UINT64_MAX;
    switch ((int)e->kind) {
    case N_LIT:
        return eval_array_len(e);
    case N_PAREN:
        return eval_const_usize(cx, e->kids[0], depth + 1);
    case N_BLOCK: {
        /* `{ let f = || 0; 4 }`: the tail, when the statements before it are `let`s */
        if (!e->nkids)
            return UINT64_MAX;
        const Node *tail = e->kids[e->nkids - 1];
        for (uint32_t i = 0; i + 1 < e->nkids; i++)
            if (e->kids[i]->kind != N_LET && e->kids[i]->kind != N_EMPTY_STMT &&
                e->kids[i]->kind != N_ITEM_STMT)
                return UINT64_MAX;
        if (tail->kind == N_EXPR_STMT && !(tail->flags & NF_SEMI))
            return eval_const_usize(cx, tail->kids[0], depth + 1);
        return UINT64_MAX;
    }
    case N_BINARY: {
        uint64_t a = eval_const_usize(cx, e->kids[0], depth + 1);
        uint64_t b = eval_const_usize(cx, e->kids[1], depth + 1);
        if (a == UINT64_MAX || b == UINT64_MAX)
            return UINT64_MAX;
        switch (e->op) {
        case TK_PLUS:
            return a + b;
        case TK_MINUS:
            return a >= b ? a - b : UINT64_MAX;
        case TK_STAR:
            return a * b;
        case TK_SLASH:
            return b ? a / b : UINT64_MAX;
        case TK_PERCENT:
            return b ? a % b : UINT64_MAX;
        default:
            return UINT64_MAX;
        }
    }
    case N_PATH_EXPR: {
        const Node *path = e->kids[0];
        if (path->kind != N_PATH)
            return UINT64_MAX;
        PathCx p = *cx;
        p.quiet = true;
        uint32_t stopped;
        Res r = resolve_path(&p, path, path->nkids, NS_VALUE, &stopped);
        if (r.kind != RES_DEF || stopped < path->nkids)
            return UINT64_MAX;
        DefTable *t = sess_defs(cx->q);
        if (defs_get(t, r.def)->kind != DK_CONST)
            return UINT64_MAX;
        const Node *cn = owner_node(cx->q, r.def);
        if (!cn || cn->kids[1]->kind == N_NONE)
            return UINT64_MAX;
        PathCx inner = *cx;
        inner.from = r.def;
        return eval_const_usize(&inner, cn->kids[1], depth + 1);
    }
    default:
        return UINT64_MAX;
    }
}

static uint64_t
eval_array_len(const Node *e)
{
    if (e->kind == N_LIT && e->op == TK_INT) {
        const char *s = sym_str(e->sym);
        uint64_t v = 0;
        int base = 10;
        if (s[0] == '0' && (s[1] == 'x' || s[1] == 'o' || s[1] == 'b')) {
            base = s[1] == 'x' ? 16 : s[1] == 'o' ? 8 : 2;
            s += 2;
        }
        for (; *s; s++) {
            int dgt;
            if (*s == '_')
                continue;
            if (*s >= '0' && *s <= '9')
                dgt = *s - '0';
            else if (*s >= 'a' && *s <= 'f')
                dgt = *s - 'a' + 10;
            else if (*s >= 'A' && *s <= 'F')
                dgt = *s - 'A' + 10;
            else
                break;
            v = v * (uint64_t)base + (uint64_t)dgt;
        }
        return v;
    }
    if (e->kind == N_PAREN || (e->kind == N_BLOCK && e->nkids == 1))
        return eval_array_len(e->kind == N_BLOCK ? e->kids[0]->kids[0] : e->kids[0]);
    return UINT64_MAX;
}


static void item_cx(QCtx *q, DefId d, TyLowerCx *cx);

static Ty *
lower_generic_args(TyLowerCx *cx, DefId def, const Node *seg, uint32_t expected, uint32_t parent_n,
                   const Node *at, bool is_adt)
{
    Ty *a[64];
    uint32_t n = 0;
    const Node *ga = seg && seg->nkids && seg->kids[0]->kind == N_GENERIC_ARGS ? seg->kids[0]
                                                                               : NULL;
    if (ga)
        for (uint32_t i = 0; i < ga->nkids && n < 64; i++) {
            const Node *k = ga->kids[i];
            if (k->kind == N_LIFETIME)
                continue;
            if (k->kind == N_ASSOC_BINDING) {
                sema_error(cx->p.q, cx->p.from, k, "",
                           "associated type bindings are not supported by smelt yet");
                return ty_error();
            }
            a[n++] = lower_ty(cx, k);
        }
    if (n < expected && (n > 0 || !cx->allow_infer)) {
        /* defaults of the remaining parameters: `struct S<T, U = i32>` */
        QCtx *q = cx->p.q;
        const Node *on = owner_node(q, def);
        const Node *gn = on ? item_generics_node(on) : NULL;
        uint32_t k = 0;
        bool ok = gn != NULL;
        for (uint32_t i = 0; ok && gn && i < gn->nkids && n < expected; i++) {
            const Node *tp = gn->kids[i];
            if (tp->kind != N_TYPE_PARAM)
                continue;
            if (k++ < n)
                continue;
            if (tp->nkids < 2 || tp->kids[1]->kind == N_NONE) {
                ok = false;
                break;
            }
            TyLowerCx dcx;
            item_cx(q, def, &dcx);
            Ty *dt = lower_ty(&dcx, tp->kids[1]);
            Ty *filled = dt ? ty_subst(dt, a, n) : ty_error();
            a[n++] = filled;
        }
    }
    if (n != expected) {
        if (n != 0 || !cx->allow_infer) {
            DefTable *t = sess_defs(cx->p.q);
            sema_error(cx->p.q, cx->p.from, at, "E0107",
                       "%s takes %u generic argument%s but %u generic argument%s supplied",
                       is_adt ? (defs_get(t, def)->kind == DK_ENUM ? "enum" : "struct")
                              : "type alias",
                       expected, expected == 1 ? "" : "s", n, n == 1 ? " was" : "s were");
            return ty_error();
        }
        return NULL; /* caller makes variables */
    }
    (void)parent_n;
    if (is_adt)
        return ty_adt(def, a, n);
    return ty_tuple(a, n); /* args carrier */
}

/* The associated type `name` of a trait or an impl, or DEF_NONE. */
DefId
assoc_ty_named(QCtx *q, DefId container, Symbol name)
{
    const AssocItems *a = assoc_items(q, container);
    for (uint32_t i = 0; i < a->n; i++)
        if (a->v[i].kind == DK_ASSOC_TY && a->v[i].name == name)
            return a->v[i].def;
    return DEF_NONE;
}

/* `Self::Name` / `P::Name` in the core library: a projection on a trait's associated type (in
 * an impl, the impl's own type for it). P's trait is the first of core's traits with
 * associated types that has one of that name. NULL when this is no such path. */
static Ty *
lower_projection(TyLowerCx *cx, Symbol s0, Symbol name)
{
    QCtx *q = cx->p.q;
    DefTable *t = sess_defs(q);
    Ty *self = NULL;
    DefId sd = cx->p.self_def;
    if (s0 == sym_cstr("Self") && sd != DEF_NONE && cx->self_ty) {
        const Def *d = defs_get(t, sd);
        DefId it = assoc_ty_named(q, sd, name);
        if (it != DEF_NONE && d->kind == DK_TRAIT)
            return ty_mk(TY_PROJ, 0, it, 0, 0, &cx->self_ty, 1);
        if (it != DEF_NONE)
            return type_of(q, it);
        self = cx->self_ty;
    } else if (cx->g) {
        for (uint32_t i = cx->g->count; i-- > 0;)
            if (cx->g->names[i] == s0) {
                self = ty_param(i, s0);
                break;
            }
    }
    if (!self)
        return NULL;
    static const LangItem cands[] = {LANG_ITERATOR, LANG_INTO_ITERATOR, LANG_FROM_ITERATOR,
                                     LANG_SUMMAND};
    const LangItems *li = lang_items(q);
    for (size_t i = 0; i < sizeof cands / sizeof cands[0]; i++) {
        DefId tr = li->items[cands[i]];
        DefId it = tr != DEF_NONE ? assoc_ty_named(q, tr, name) : DEF_NONE;
        if (it != DEF_NONE)
            return ty_mk(TY_PROJ, 0, it, 0, 0, &self, 1);
    }
    return NULL;
}

Ty *
lower_ty(TyLowerCx *cx, const Node *ty)
{
    QCtx *q = cx->p.q;
    DefTable *t = sess_defs(q);
    switch ((int)ty->kind) {
    case N_TY_PATH: {
        const Node *path = ty->kids[0];
        if (path->kind != N_PATH) {
            sema_error(q, cx->p.from, ty, "", "qualified paths are not supported by smelt yet");
            return ty_error();
        }
        Symbol s0 = path->kids[0]->sym;
        if (path->nkids == 1 && !(path->flags & NF_GLOBAL)) {
            if (s0 == sym_cstr("Self") && cx->self_ty)
                return cx->self_ty;
            if (cx->g)
                for (uint32_t i = cx->g->count; i-- > 0;)
                    if (cx->g->names[i] == s0)
                        return ty_param(i, s0);
        }
        if (path->nkids == 2 && !(path->flags & NF_GLOBAL) && def_crate_root(t, cx->p.from) != 0) {
            /* `Self::Item`, `I::Item` (the core library's: associated types are a later wave) */
            Ty *pj = lower_projection(cx, s0, path->kids[1]->sym);
            if (pj)
                return pj;
        }
        uint32_t stopped;
        Res r = resolve_path(&cx->p, path, path->nkids, NS_TYPE, &stopped);
        if (r.kind == RES_ERR)
            return ty_error();
        if (stopped < path->nkids) {
            /* an associated type: `Self::Item`, `T::Output` */
            sema_error(q, cx->p.from, ty, "", "associated type paths are not supported by smelt yet");
            return ty_error();
        }
        const Node *last = path->kids[path->nkids - 1];
        if (r.kind == RES_PRIM)
            return ty_prim((TyKind)r.prim, r.sub);
        if (r.kind == RES_SELF_TY)
            return cx->self_ty ? cx->self_ty : ty_error();
        if (r.kind != RES_DEF)
            return ty_error();
        const Def *d = defs_get(t, r.def);
        if (d->kind == DK_STRUCT || d->kind == DK_ENUM) {
            const Generics *g = generics_of(q, r.def);
            Ty *res = lower_generic_args(cx, r.def, last, g->count, 0, ty, true);
            return res ? res : ty_error();
        }
        if (d->kind == DK_TYPE_ALIAS) {
            const Generics *g = generics_of(q, r.def);
            Ty *args = lower_generic_args(cx, r.def, last, g->count, 0, ty, false);
            if (!args)
                return ty_error();
            if (args->kind != TY_TUPLE)
                return args;
            return ty_subst(type_of(q, r.def), args->args, args->n);
        }
        if (d->kind == DK_TRAIT) {
            sema_error(q, cx->p.from, ty, "E0782", "expected a type, found a trait");
            return ty_error();
        }
        sema_error(q, cx->p.from, ty, "E0573", "expected type, found %s `%s`", res_descr(t, &r),
                   sym_str(d->name));
        return ty_error();
    }
    case N_TY_REF:
        return ty_ref(lower_ty(cx, ty->kids[1]), (ty->flags & NF_MUT) != 0);
    case N_TY_PTR: {
        Ty *in = lower_ty(cx, ty->kids[0]);
        return ty_mk(TY_PTR, (ty->flags & NF_MUT) != 0, DEF_NONE, 0, 0, &in, 1);
    }
    case N_TY_TUPLE: {
        Ty *a[64];
        uint32_t n = ty->nkids < 64 ? ty->nkids : 64;
        for (uint32_t i = 0; i < n; i++)
            a[i] = lower_ty(cx, ty->kids[i]);
        return ty_tuple(a, n);
    }
    case N_TY_ARRAY: {
        Ty *in = lower_ty(cx, ty->kids[0]);
        uint64_t len = eval_const_usize(&cx->p, ty->kids[1], 0);
        if (len == UINT64_MAX) {
            sema_error(q, cx->p.from, ty->kids[1], "",
                       "this array length expression is not supported by smelt yet");
            return ty_error();
        }
        return ty_mk(TY_ARRAY, 0, DEF_NONE, len, 0, &in, 1);
    }
    case N_TY_SLICE: {
        Ty *in = lower_ty(cx, ty->kids[0]);
        return ty_mk(TY_SLICE, 0, DEF_NONE, 0, 0, &in, 1);
    }
    case N_TY_FN: {
        const Node *ps = ty->kids[0];
        Ty *a[64];
        uint32_t n = 0;
        for (uint32_t i = 0; i < ps->nkids && n < 63; i++)
            a[n++] = lower_ty(cx, ps->kids[i]);
        a[n++] = ty->kids[1]->kind == N_NONE ? ty_unit() : lower_ty(cx, ty->kids[1]);
        return ty_mk(TY_FNPTR, 0, DEF_NONE, 0, 0, a, n);
    }
    case N_TY_NEVER:
        return ty_never();
    case N_TY_INFER:
        if (!cx->allow_infer) {
            sema_error(q, cx->p.from, ty, "E0121",
                       "the placeholder `_` is not allowed within types on item signatures");
            return ty_error();
        }
        /* a placeholder (sub 1) the checker replaces by a fresh variable: each `_` its own */
        return ty_mk(TY_INFER, 1, DEF_NONE, UINT64_MAX - cx->infer_next++, 0, NULL, 0);
    case N_TY_IMPL:
        if (cx->opaque_fn != DEF_NONE) {
            Ty *args[1] = {ty_unit()};
            return ty_mk(TY_OPAQUE, 0, cx->opaque_fn, cx->opaque_next++, 0, args, 0);
        }
        if (cx->g && cx->g->impl_trait_first < cx->g->count) {
            /* argument position: the next anonymous parameter (counted by the caller) */
            uint32_t idx = cx->g->impl_trait_first + cx->opaque_next++;
            if (idx < cx->g->count)
                return ty_param(idx, cx->g->names[idx]);
        }
        sema_error(q, cx->p.from, ty, "E0562",
                   "`impl Trait` is not allowed in this position");
        return ty_error();
    case N_TY_DYN:
        sema_error(q, cx->p.from, ty, "", "trait objects (`dyn Trait`) are not supported by smelt yet");
        return ty_error();
    case N_PAREN:
        return lower_ty(cx, ty->kids[0]);
    default:
        sema_error(q, cx->p.from, ty, "", "this type is not supported by smelt yet");
        return ty_error();
    }
}

/* The lowering context of an item's signature. */
static void
item_cx(QCtx *q, DefId d, TyLowerCx *cx)
{
    DefTable *t = sess_defs(q);
    memset(cx, 0, sizeof *cx);
    cx->p.q = q;
    cx->p.from = d;
    cx->p.self_def = DEF_NONE;
    cx->opaque_fn = DEF_NONE;
    const Def *x = defs_get(t, d);
    DefId gd = d;
    if (x->kind == DK_CTOR || x->kind == DK_VARIANT)
        gd = x->kind == DK_CTOR ? x->parent : d;
    if (defs_get(t, gd)->kind == DK_VARIANT)
        gd = defs_get(t, gd)->parent;
    cx->generics_owner = gd;
    cx->g = generics_of(q, gd);
    DefId container = DEF_NONE;
    const Def *gx = defs_get(t, gd);
    if (gx->kind == DK_IMPL || gx->kind == DK_TRAIT)
        container = gd;
    else if (gx->kind == DK_ASSOC_FN || gx->kind == DK_ASSOC_CONST || gx->kind == DK_ASSOC_TY)
        container = gx->parent;
    else if (gx->kind == DK_STRUCT || gx->kind == DK_ENUM)
        cx->self_ty = identity_args_ty(cx->g, gd, 0, cx->g->count);
    if (container != DEF_NONE) {
        cx->p.self_def = container;
        if (defs_get(t, container)->kind == DK_TRAIT)
            cx->self_ty = ty_param(0, sym_cstr("Self"));
        else if (container != d)
            cx->self_ty = type_of(q, container);
    }
}

/* ---- type_of ------------------------------------------------------------------------------- */

const void *
compute_type_of(QCtx *q, QKey key)
{
    DefTable *t = sess_defs(q);
    DefId d = (DefId)key;
    const Def *x = defs_get(t, d);
    Ty **out = arena_alloc(q_arena(q), sizeof *out);
    *out = ty_error();
    TyLowerCx cx;
    switch ((int)x->kind) {
    case DK_STRUCT:
    case DK_ENUM: {
        const Generics *g = generics_of(q, d);
        *out = identity_args_ty(g, d, 0, g->count);
        break;
    }
    case DK_TYPE_ALIAS:
    case DK_ASSOC_TY: {
        const Node *n = owner_node(q, d);
        item_cx(q, d, &cx);
        if (n->kids[1]->kind != N_NONE)
            *out = lower_ty(&cx, n->kids[1]);
        break;
    }
    case DK_CONST:
    case DK_STATIC:
    case DK_ASSOC_CONST: {
        const Node *n = owner_node(q, d);
        item_cx(q, d, &cx);
        *out = lower_ty(&cx, n->kids[0]);
        if (!*out)
            *out = ty_error();
        break;
    }
    case DK_IMPL: {
        const Node *n = owner_node(q, d);
        item_cx(q, d, &cx);
        cx.self_ty = NULL;
        *out = lower_ty(&cx, n->kids[2]);
        if (!*out)
            *out = ty_error();
        break;
    }
    case DK_FN:
    case DK_ASSOC_FN: {
        const Generics *g = generics_of(q, d);
        Ty *a[64];
        uint32_t n = g->count < 64 ? g->count : 64;
        for (uint32_t i = 0; i < n; i++)
            a[i] = ty_param(i, g->names[i]);
        *out = ty_mk(TY_FNDEF, 0, d, 0, 0, a, n);
        break;
    }
    default:
        break;
    }
    return out;
}

Fingerprint
hash_type_of(QCtx *q, const void *r)
{
    StableHasher *h = q_hasher(q);
    ty_hash(h, sess_defs(q), *(Ty *const *)r);
    return hasher_finish(h);
}

Ty *
type_of(QCtx *q, DefId def)
{
    return *(Ty *const *)q_get(q, K_TYPE_OF, def);
}

/* ---- adt_def -------------------------------------------------------------------------------- */

static void
lower_fields(QCtx *q, TyLowerCx *cx, const Node *owner, const Node *v, uint32_t first,
             VariantDef *vd)
{
    uint32_t n = 0;
    for (uint32_t i = first; i < v->nkids; i++)
        if (v->kids[i]->kind == N_FIELD)
            n++;
    vd->nfields = n;
    vd->fields = arena_alloc(q_arena(q), (n + 1) * sizeof(FieldDef));
    uint32_t k = 0;
    for (uint32_t i = first; i < v->nkids; i++) {
        const Node *f = v->kids[i];
        if (f->kind != N_FIELD)
            continue;
        FieldDef *fd = &vd->fields[k];
        if (f->sym) {
            fd->name = f->sym;
        } else {
            char num[16];
            snprintf(num, sizeof num, "%u", k);
            fd->name = sym_cstr(num);
        }
        fd->ty = lower_ty(cx, f->kids[0]);
        if (!fd->ty)
            fd->ty = ty_error();
        fd->pub = (f->flags & NF_PUB) != 0;
        fd->lo = f->lo - owner->lo;
        fd->hi = f->hi - owner->lo;
        k++;
    }
}

static DefId
ctor_of(DefTable *t, DefId d)
{
    for (DefId c = d + 1; c < defs_count(t); c++) {
        const Def *cd = defs_get(t, c);
        if (cd->parent == d && cd->kind == DK_CTOR)
            return c;
        if (cd->parent == DEF_NONE || (cd->owner != defs_get(t, d)->owner && cd->owner != d))
            break;
    }
    return DEF_NONE;
}

static uint32_t
derives_of(QCtx *q, const Node *n)
{
    uint32_t bits = 0;
    static const struct {
        const char *name;
        LangItem li;
    } D[] = {{"Debug", LANG_DEBUG},     {"Clone", LANG_CLONE},   {"Copy", LANG_COPY},
             {"PartialEq", LANG_EQ},    {"Eq", LANG_EQ_TOTAL},   {"PartialOrd", LANG_PARTIAL_ORD},
             {"Ord", LANG_ORD},         {"Default", LANG_DEFAULT}};
    (void)q;
    for (uint32_t i = 0; i < n->nattrs; i++) {
        const Node *m = n->attrs[i]->kids[0];
        if (!m->sym || strcmp(sym_str(m->sym), "derive") || m->kind != N_META_LIST)
            continue;
        for (uint32_t j = 0; j < m->nkids; j++)
            for (size_t k = 0; k < sizeof D / sizeof D[0]; k++)
                if (m->kids[j]->sym && !strcmp(sym_str(m->kids[j]->sym), D[k].name))
                    bits |= 1u << D[k].li;
    }
    return bits;
}

const void *
compute_adt_def(QCtx *q, QKey key)
{
    DefTable *t = sess_defs(q);
    DefId d = (DefId)key;
    const Node *n = owner_node(q, d);
    q_ensure(q, K_HIR_ATTRS, d);
    AdtDef *a = arena_alloc(q_arena(q), sizeof *a);
    a->def = d;
    TyLowerCx cx;
    item_cx(q, d, &cx);
    if (!n || (n->kind != N_STRUCT && n->kind != N_ENUM))
        return a;
    a->derives = derives_of(q, n);
    if (n->kind == N_STRUCT) {
        a->nvariants = 1;
        a->variants = arena_alloc(q_arena(q), sizeof(VariantDef));
        VariantDef *v = &a->variants[0];
        v->name = n->sym;
        v->def = d;
        v->ctor = ctor_of(t, d);
        v->ctor_kind = (n->flags & NF_TUPLE) ? CTOR_TUPLE : (n->flags & NF_UNIT) ? CTOR_UNIT
                                                                                 : CTOR_NAMED;
        lower_fields(q, &cx, n, n, 2, v);
        return a;
    }
    a->is_enum = true;
    uint32_t nv = 0;
    for (uint32_t i = 2; i < n->nkids; i++)
        if (n->kids[i]->kind == N_VARIANT)
            nv++;
    a->nvariants = nv;
    a->variants = arena_alloc(q_arena(q), (nv + 1) * sizeof(VariantDef));
    uint32_t k = 0;
    for (DefId c = d + 1; c < defs_count(t) && k < nv; c++) {
        const Def *cd = defs_get(t, c);
        if (cd->parent != d || cd->kind != DK_VARIANT)
            continue;
        VariantDef *v = &a->variants[k++];
        const Node *vn = cd->node;
        v->name = cd->name;
        v->def = c;
        v->ctor = ctor_of(t, c);
        v->ctor_kind = (vn->flags & NF_TUPLE) ? CTOR_TUPLE : (vn->flags & NF_UNIT) ? CTOR_UNIT
                                                                                   : CTOR_NAMED;
        lower_fields(q, &cx, n, vn, 1, v);
    }
    a->nvariants = k;
    return a;
}

Fingerprint
hash_adt_def(QCtx *q, const void *r)
{
    const AdtDef *a = r;
    DefTable *t = sess_defs(q);
    StableHasher *h = q_hasher(q);
    hasher_u8(h, a->is_enum);
    hasher_u32(h, a->derives);
    hasher_u32(h, a->nvariants);
    for (uint32_t i = 0; i < a->nvariants; i++) {
        const VariantDef *v = &a->variants[i];
        hasher_str(h, sym_str(v->name));
        hash_res_def(h, t, v->def);
        hash_res_def(h, t, v->ctor);
        hasher_u8(h, v->ctor_kind);
        hasher_u32(h, v->nfields);
        for (uint32_t j = 0; j < v->nfields; j++) {
            hasher_str(h, sym_str(v->fields[j].name));
            ty_hash(h, t, v->fields[j].ty);
            hasher_u8(h, v->fields[j].pub);
        }
    }
    return hasher_finish(h);
}

const AdtDef *
adt_def(QCtx *q, DefId def)
{
    return q_get(q, K_ADT_DEF, def);
}

/* ---- predicates --------------------------------------------------------------------------- */

typedef VEC(Pred) PredVec;

static void
push_bound(TyLowerCx *cx, Ty *self, const Node *b, PredVec *out)
{
    QCtx *q = cx->p.q;
    DefTable *t = sess_defs(q);
    if (b->kind != N_BOUND || (b->flags & NF_MAYBE))
        return; /* lifetimes, ?Sized */
    const Node *path = b->kids[0];
    if (path->kind != N_PATH)
        return;
    uint32_t stopped;
    Res r = resolve_path(&cx->p, path, path->nkids, NS_TYPE, &stopped);
    if (r.kind == RES_ERR)
        return;
    if (r.kind != RES_DEF || stopped < path->nkids || defs_get(t, r.def)->kind != DK_TRAIT) {
        sema_error(q, cx->p.from, path, "E0404", "expected trait, found %s `%s`",
                   res_descr(t, &r), sym_str(path->kids[path->nkids - 1]->sym));
        return;
    }
    Pred p = {self, r.def, NULL, NULL, DEF_NONE, NULL};
    const Node *last = path->kids[path->nkids - 1];
    const Node *ga = last->nkids ? last->kids[0] : NULL;
    const LangItems *li = lang_items(q);
    bool is_fn = r.def == li->items[LANG_FN] || r.def == li->items[LANG_FN_MUT] ||
                 r.def == li->items[LANG_FN_ONCE];
    if (ga && ga->kind == N_FN_SUGAR) {
        if (!is_fn) {
            sema_error(q, cx->p.from, ga, "E0214", "parenthesized type parameters may only be used "
                                                   "with a `Fn` trait");
            return;
        }
        const Node *ins = ga->kids[0];
        Ty *a[64];
        uint32_t n = 0;
        for (uint32_t i = 0; i < ins->nkids && n < 64; i++) {
            Ty *x = lower_ty(cx, ins->kids[i]);
            a[n++] = x ? x : ty_error();
        }
        p.fn_inputs = ty_tuple(a, n);
        p.fn_output = ga->kids[1]->kind == N_NONE ? ty_unit() : lower_ty(cx, ga->kids[1]);
        if (!p.fn_output)
            p.fn_output = ty_error();
    } else if (ga && ga->kind == N_GENERIC_ARGS && ga->nkids == 1 &&
               ga->kids[0]->kind == N_ASSOC_BINDING && def_crate_root(t, cx->p.from) != 0) {
        /* `Iterator<Item = T>`: the core library's (associated types are a later wave) */
        DefId item = assoc_ty_named(q, r.def, ga->kids[0]->sym);
        if (item == DEF_NONE) {
            sema_error(q, cx->p.from, ga, "E0220", "associated type `%s` not found",
                       sym_str(ga->kids[0]->sym));
            return;
        }
        p.bind_item = item;
        p.bind_ty = lower_ty(cx, ga->kids[0]->kids[0]);
        if (!p.bind_ty)
            p.bind_ty = ty_error();
    } else if (ga && ga->kind == N_GENERIC_ARGS && ga->nkids) {
        sema_error(q, cx->p.from, ga, "", "generic traits are not supported by smelt yet");
        return;
    } else if (is_fn && def_crate_root(t, cx->p.from) == 0) {
        sema_error(q, cx->p.from, path, "", "`Fn` traits without `(..)` sugar are not supported "
                                            "by smelt yet");
        return;
    }
    vec_push(out, p);
}

static void
lower_bounds_vec(TyLowerCx *cx, Ty *self, const Node *parent, uint32_t first, PredVec *out)
{
    for (uint32_t i = first; i < parent->nkids; i++) {
        const Node *b = parent->kids[i];
        if (b->kind == N_BOUND)
            push_bound(cx, self, b, out);
        else if (b->kind == N_BOUNDS)
            lower_bounds_vec(cx, self, b, 0, out);
    }
}


static void
impl_trait_preds(TyLowerCx *cx, const Node *n, PredVec *out)
{
    if (!n)
        return;
    if (n->kind == N_TY_IMPL) {
        uint32_t idx = cx->g->impl_trait_first + cx->opaque_next++;
        if (idx < cx->g->count)
            lower_bounds_vec(cx, ty_param(idx, cx->g->names[idx]), n, 0, out);
        return;
    }
    for (uint32_t i = 0; i < n->nkids; i++)
        impl_trait_preds(cx, n->kids[i], out);
}

const void *
compute_predicates_of(QCtx *q, QKey key)
{
    DefTable *t = sess_defs(q);
    DefId d = (DefId)key;
    const Def *x = defs_get(t, d);
    PredVec v = {0};
    DefId parent = generics_parent(t, d);
    if (parent != DEF_NONE && (x->kind == DK_ASSOC_FN || x->kind == DK_ASSOC_CONST ||
                               x->kind == DK_ASSOC_TY)) {
        const Preds *pp = predicates_of(q, parent);
        for (uint32_t i = 0; i < pp->n; i++)
            vec_push(&v, pp->v[i]);
    }
    const Node *n = has_generics((DefKind)x->kind) ? owner_node(q, d) : NULL;
    if (n) {
        TyLowerCx cx;
        item_cx(q, d, &cx);
        const Node *gn = item_generics_node(n);
        if (x->kind == DK_TRAIT) {
            Pred self = {ty_param(0, sym_cstr("Self")), d, NULL, NULL, DEF_NONE, NULL};
            vec_push(&v, self);
            lower_bounds_vec(&cx, self.self, n->kids[1], 0, &v);
        }
        for (uint32_t i = 0; gn && i < gn->nkids; i++) {
            const Node *p = gn->kids[i];
            if (p->kind != N_TYPE_PARAM)
                continue;
            Ty *self = NULL;
            for (uint32_t j = cx.g->count; j-- > 0;)
                if (cx.g->names[j] == p->sym) {
                    self = ty_param(j, p->sym);
                    break;
                }
            if (self)
                lower_bounds_vec(&cx, self, p, 0, &v);
        }
        const Node *wh = NULL;
        if (n->kind == N_FN || n->kind == N_STRUCT || n->kind == N_ENUM)
            wh = n->kids[n->kind == N_FN ? 3 : 1];
        else if (n->kind == N_IMPL || n->kind == N_TRAIT)
            wh = n->kids[n->kind == N_IMPL ? 3 : 2];
        if (wh && wh->kind == N_WHERE)
            for (uint32_t i = 0; i < wh->nkids; i++) {
                const Node *wp = wh->kids[i];
                if (wp->kind != N_WHERE_PRED || wp->kids[0]->kind == N_LIFETIME)
                    continue;
                Ty *self = lower_ty(&cx, wp->kids[0]);
                if (self)
                    lower_bounds_vec(&cx, self, wp, 1, &v);
            }
        if (n->kind == N_FN) {
            cx.opaque_next = 0;
            impl_trait_preds(&cx, n->kids[1], &v);
        }
    }
    Preds *p = arena_alloc(q_arena(q), sizeof *p);
    p->n = v.len;
    p->v = sema_dup(q, v.data, v.len * sizeof(Pred));
    vec_free(&v);
    return p;
}

static void
hash_pred_list(StableHasher *h, DefTable *t, const Preds *p)
{
    hasher_u32(h, p->n);
    for (uint32_t i = 0; i < p->n; i++) {
        ty_hash(h, t, p->v[i].self);
        hash_res_def(h, t, p->v[i].trait);
        hasher_u8(h, p->v[i].fn_inputs != NULL);
        if (p->v[i].fn_inputs) {
            ty_hash(h, t, p->v[i].fn_inputs);
            ty_hash(h, t, p->v[i].fn_output);
        }
        hasher_u8(h, p->v[i].bind_ty != NULL);
        if (p->v[i].bind_ty) {
            hash_res_def(h, t, p->v[i].bind_item);
            ty_hash(h, t, p->v[i].bind_ty);
        }
    }
}

Fingerprint
hash_preds(QCtx *q, const void *r)
{
    StableHasher *h = q_hasher(q);
    hash_pred_list(h, sess_defs(q), r);
    return hasher_finish(h);
}

const Preds *
predicates_of(QCtx *q, DefId def)
{
    return q_get(q, K_PREDICATES_OF, def);
}

/* ---- fn_sig ----------------------------------------------------------------------------------- */

const void *
compute_fn_sig(QCtx *q, QKey key)
{
    DefTable *t = sess_defs(q);
    DefId d = (DefId)key;
    const Def *x = defs_get(t, d);
    FnSig *s = arena_alloc(q_arena(q), sizeof *s);
    s->output = ty_error();
    if (x->kind == DK_CTOR) {
        /* a tuple struct's or tuple variant's constructor */
        const Def *p = defs_get(t, x->parent);
        DefId adt = p->kind == DK_VARIANT ? p->parent : x->parent;
        const AdtDef *a = adt_def(q, adt);
        const VariantDef *v = NULL;
        for (uint32_t i = 0; i < a->nvariants; i++)
            if (a->variants[i].def == x->parent)
                v = &a->variants[i];
        s->output = type_of(q, adt);
        s->has_body = true;
        if (v) {
            s->ninputs = v->nfields;
            s->inputs = arena_alloc(q_arena(q), (v->nfields + 1) * sizeof(Ty *));
            for (uint32_t i = 0; i < v->nfields; i++)
                s->inputs[i] = v->fields[i].ty;
        }
        return s;
    }
    if (x->kind != DK_FN && x->kind != DK_ASSOC_FN)
        return s;
    const Node *n = owner_node(q, d);
    q_ensure(q, K_HIR_ATTRS, d);
    TyLowerCx cx;
    item_cx(q, d, &cx);
    const Node *ps = n->kids[1];
    s->ninputs = ps->nkids;
    s->inputs = arena_alloc(q_arena(q), (ps->nkids + 1) * sizeof(Ty *));
    s->is_async = (n->flags & NF_ASYNC) != 0;
    s->has_body = n->kids[4]->kind != N_NONE;
    s->intrinsic = has_attr(n, "rustc_intrinsic");
    for (uint32_t i = 0; i < ps->nkids; i++) {
        const Node *p = ps->kids[i];
        Ty *ty;
        if (p->kind == N_SELF_PARAM) {
            Ty *self = cx.self_ty ? cx.self_ty : ty_error();
            if (p->kids[0]->kind != N_NONE) {
                ty = lower_ty(&cx, p->kids[0]);
                s->self_kind = SELF_VALUE;
                if (ty && ty->kind == TY_REF)
                    s->self_kind = ty->sub ? SELF_MUT_REF : SELF_REF;
                else if (ty && ty->kind == TY_ADT && ty->def == lang_item(q, LANG_BOX))
                    s->self_kind = SELF_BOX;
            } else if (p->flags & NF_REF) {
                ty = ty_ref(self, (p->flags & NF_MUT) != 0);
                s->self_kind = (p->flags & NF_MUT) ? SELF_MUT_REF : SELF_REF;
            } else {
                ty = self;
                s->self_kind = SELF_VALUE;
            }
        } else {
            ty = lower_ty(&cx, p->kids[1]);
        }
        s->inputs[i] = ty ? ty : ty_error();
    }
    /* return type: `impl Trait` here is opaque */
    cx.opaque_fn = d;
    cx.opaque_next = 0;
    const Node *ret = n->kids[2];
    s->output = ret->kind == N_NONE ? ty_unit() : lower_ty(&cx, ret);
    if (!s->output)
        s->output = ty_error();
    uint32_t nop = 0;
    count_impl_trait(ret, &nop);
    if (nop) {
        s->nopaque = nop;
        s->opaque_bounds = arena_alloc(q_arena(q), nop * sizeof(Preds));
        uint32_t k = 0;
        /* walk the return type for TY_IMPL nodes in order */
        const Node *stack[64];
        uint32_t sp = 0;
        stack[sp++] = ret;
        while (sp && k < nop) {
            const Node *m = stack[--sp];
            if (m->kind == N_TY_IMPL) {
                PredVec v = {0};
                TyLowerCx bcx = cx;
                bcx.opaque_fn = DEF_NONE;
                Ty *self = ty_mk(TY_OPAQUE, 0, d, k, 0, NULL, 0);
                lower_bounds_vec(&bcx, self, m, 0, &v);
                s->opaque_bounds[k].n = v.len;
                s->opaque_bounds[k].v = sema_dup(q, v.data, v.len * sizeof(Pred));
                vec_free(&v);
                k++;
                continue;
            }
            for (uint32_t i = m->nkids; i-- > 0 && sp < 64;)
                stack[sp++] = m->kids[i];
        }
    }
    return s;
}

Fingerprint
hash_fn_sig(QCtx *q, const void *r)
{
    const FnSig *s = r;
    DefTable *t = sess_defs(q);
    StableHasher *h = q_hasher(q);
    hasher_u32(h, s->ninputs);
    for (uint32_t i = 0; i < s->ninputs; i++)
        ty_hash(h, t, s->inputs[i]);
    ty_hash(h, t, s->output);
    hasher_u8(h, s->self_kind);
    hasher_u8(h, s->is_async);
    hasher_u8(h, s->intrinsic);
    hasher_u8(h, s->has_body);
    hasher_u32(h, s->nopaque);
    for (uint32_t i = 0; i < s->nopaque; i++)
        hash_pred_list(h, t, &s->opaque_bounds[i]);
    return hasher_finish(h);
}

const FnSig *
fn_sig(QCtx *q, DefId def)
{
    return q_get(q, K_FN_SIG, def);
}

/* ---- associated items ------------------------------------------------------------------------ */

const void *
compute_assoc_items(QCtx *q, QKey key)
{
    DefTable *t = sess_defs(q);
    DefId d = (DefId)key;
    owner_node(q, d); /* nested items are part of the container's syntax by kind and name */
    VEC(AssocItem) v = {0};
    for (DefId c = d + 1; c < defs_count(t); c++) {
        const Def *cd = defs_get(t, c);
        if (cd->parent == DEF_NONE)
            break;
        if (cd->parent != d)
            continue;
        if (cd->kind != DK_ASSOC_FN && cd->kind != DK_ASSOC_CONST && cd->kind != DK_ASSOC_TY)
            continue;
        AssocItem a = {cd->name, c, cd->kind, false, false};
        const Node *n = cd->node;
        if (cd->kind == DK_ASSOC_FN) {
            a.has_self = n->kids[1]->nkids && n->kids[1]->kids[0]->kind == N_SELF_PARAM;
            a.has_default = n->kids[4]->kind != N_NONE;
        } else if (cd->kind == DK_ASSOC_CONST) {
            a.has_default = n->kids[1]->kind != N_NONE;
        } else {
            a.has_default = n->kids[1]->kind != N_NONE;
        }
        vec_push(&v, a);
    }
    AssocItems *r = arena_alloc(q_arena(q), sizeof *r);
    r->n = v.len;
    r->v = sema_dup(q, v.data, v.len * sizeof(AssocItem));
    vec_free(&v);
    return r;
}

Fingerprint
hash_assoc_items(QCtx *q, const void *r)
{
    const AssocItems *a = r;
    DefTable *t = sess_defs(q);
    StableHasher *h = q_hasher(q);
    hasher_u32(h, a->n);
    for (uint32_t i = 0; i < a->n; i++) {
        hasher_str(h, sym_str(a->v[i].name));
        hash_res_def(h, t, a->v[i].def);
        hasher_u8(h, a->v[i].kind);
        hasher_u8(h, a->v[i].has_self);
        hasher_u8(h, a->v[i].has_default);
    }
    return hasher_finish(h);
}

const AssocItems *
assoc_items(QCtx *q, DefId def)
{
    return q_get(q, K_ASSOC_ITEMS, def);
}

/* ---- impls -------------------------------------------------------------------------------------- */

static void
simplify(Ty *ty, ImplInfo *ii)
{
    ii->simp_def = DEF_NONE;
    switch ((int)ty->kind) {
    case TY_ADT:
        ii->simp = SIMP_ADT;
        ii->simp_def = ty->def;
        return;
    case TY_BOOL:
    case TY_CHAR:
    case TY_INT:
    case TY_FLOAT:
    case TY_STR:
    case TY_SLICE:
    case TY_ARRAY:
    case TY_TUPLE:
    case TY_NEVER:
        ii->simp = SIMP_PRIM;
        ii->simp_sub = (uint16_t)(ty->kind << 8 | ty->sub);
        return;
    case TY_REF:
        ii->simp = SIMP_REF;
        return;
    case TY_PARAM:
        ii->simp = SIMP_PARAM;
        return;
    default:
        ii->simp = SIMP_OTHER;
        return;
    }
}

const void *
compute_impls(QCtx *q, QKey key)
{
    (void)key;
    DefTable *t = sess_read_defs(q);
    VEC(ImplInfo) v = {0};
    for (DefId d = 1; d < defs_count(t); d++) {
        const Def *x = defs_get(t, d);
        if (x->kind == DK_IMPL) {
            const Node *n = owner_node(q, d);
            ImplInfo ii = {d, DEF_NONE, 0, DEF_NONE, 0, false};
            if (n->kids[1]->kind == N_PATH) {
                TyLowerCx cx;
                item_cx(q, d, &cx);
                PredVec pv = {0};
                Node b = {0};
                b.kind = N_BOUND;
                b.nkids = 1;
                Node *kid = n->kids[1];
                b.kids = &kid;
                b.lo = kid->lo;
                b.hi = kid->hi;
                push_bound(&cx, ty_error(), &b, &pv);
                if (!pv.len) {
                    vec_free(&pv);
                    continue;
                }
                ii.trait = pv.data[0].trait;
                vec_free(&pv);
            }
            simplify(type_of(q, d), &ii);
            vec_push(&v, ii);
        } else if (x->kind == DK_STRUCT || x->kind == DK_ENUM) {
            const AdtDef *a = adt_def(q, d);
            for (int li = 0; li < LANG_N && li < 32; li++) /* (derivable traits: bits of `derives`) */
                if (a->derives & (1u << li)) {
                    DefId tr = lang_item(q, (LangItem)li);
                    if (tr == DEF_NONE)
                        continue;
                    ImplInfo ii = {d, tr, SIMP_ADT, d, 0, true};
                    vec_push(&v, ii);
                }
        }
    }
    Impls *r = arena_alloc(q_arena(q), sizeof *r);
    r->n = v.len;
    r->v = sema_dup(q, v.data, v.len * sizeof(ImplInfo));
    vec_free(&v);
    return r;
}

Fingerprint
hash_impls(QCtx *q, const void *r)
{
    const Impls *im = r;
    DefTable *t = sess_defs(q);
    StableHasher *h = q_hasher(q);
    hasher_u32(h, im->n);
    for (uint32_t i = 0; i < im->n; i++) {
        const ImplInfo *ii = &im->v[i];
        hash_res_def(h, t, ii->impl);
        hash_res_def(h, t, ii->trait);
        hasher_u8(h, ii->simp);
        hash_res_def(h, t, ii->simp_def);
        hasher_u32(h, ii->simp_sub);
        hasher_u8(h, ii->derived);
    }
    return hasher_finish(h);
}

const Impls *
impls(QCtx *q)
{
    return q_get(q, K_IMPLS, 0);
}

DefId
impl_trait(QCtx *q, DefId impl)
{
    const Impls *im = impls(q);
    for (uint32_t i = 0; i < im->n; i++)
        if (im->v[i].impl == impl && !im->v[i].derived)
            return im->v[i].trait;
    return DEF_NONE;
}

/* ---- selection on known types (the back end's: no inference variables) ----------------------- */

static bool
cmatch(Ty *pat, Ty *ty, Ty **binds, uint32_t n)
{
    if (pat->kind == TY_PARAM && pat->idx < n) {
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
        if (!cmatch(pat->args[i], ty->args[i], binds, n))
            return false;
    return true;
}

/* A callable's parameter types (a tuple) and result. */
static bool
callable_sig(QCtx *q, Ty *c, Ty **in, Ty **out)
{
    while (c->kind == TY_REF)
        c = c->args[0];
    Ty *sig = NULL;
    if (c->kind == TY_CLOSURE && c->n)
        sig = c->args[0];
    else if (c->kind == TY_FNPTR)
        sig = c;
    if (sig && sig->kind == TY_FNPTR && sig->n) {
        *in = ty_tuple(sig->args, sig->n - 1);
        *out = sig->args[sig->n - 1];
        return true;
    }
    if (c->kind == TY_FNDEF) {
        const FnSig *s = fn_sig(q, c->def);
        Ty *a[64];
        uint32_t n = s->ninputs < 64 ? s->ninputs : 64;
        for (uint32_t i = 0; i < n; i++)
            a[i] = ty_subst(s->inputs[i], c->args, c->n);
        *in = ty_tuple(a, n);
        *out = ty_subst(s->output, c->args, c->n);
        return true;
    }
    return false;
}

/* The impl's args where some may be unbound yet (left as its own parameters). */
static Ty *
subst_partial(QCtx *q, DefId impl, Ty *t, Ty **binds, uint32_t n)
{
    const Generics *g = generics_of(q, impl);
    Ty *a[64];
    for (uint32_t i = 0; i < n && i < 64; i++)
        a[i] = binds[i] ? binds[i] : ty_param(i, g->names[i]);
    return ty_normalize(q, ty_subst(t, a, n < 64 ? n : 64));
}

static bool trait_holds(QCtx *q, Ty *self, DefId trait, uint32_t depth);

/* Binds an impl's parameters for the known type `self` (binds[n], zeroed): from its self type,
 * then from its where clauses' Fn signatures (`B` of `F: FnMut(I::Item) -> B`); an Iterator
 * bound must hold (the blanket `impl<I: Iterator> IntoIterator for I`). */
bool
impl_args_for(QCtx *q, DefId impl, Ty *self, Ty **binds, uint32_t n, uint32_t depth)
{
    if (depth > 16 || n > 64 || !cmatch(type_of(q, impl), self, binds, n))
        return false;
    const Preds *p = predicates_of(q, impl);
    DefId iter = lang_item(q, LANG_ITERATOR);
    for (int pass = 0; pass < 3; pass++)
        for (uint32_t j = 0; j < p->n; j++) {
            Ty *ps = subst_partial(q, impl, p->v[j].self, binds, n);
            if (ps->flags & (TF_HAS_PARAMS | TF_HAS_PROJ))
                continue;
            Ty *in, *out;
            if (p->v[j].bind_ty) {
                Ty *pj = ty_normalize(q, ty_mk(TY_PROJ, 0, p->v[j].bind_item, 0, 0, &ps, 1));
                if (pj->kind != TY_PROJ &&
                    !cmatch(subst_partial(q, impl, p->v[j].bind_ty, binds, n), pj, binds, n))
                    return false;
            }
            if (p->v[j].fn_output && callable_sig(q, ps, &in, &out)) {
                Ty *pi = subst_partial(q, impl, p->v[j].fn_inputs, binds, n);
                Ty *po = subst_partial(q, impl, p->v[j].fn_output, binds, n);
                if (!cmatch(pi, in, binds, n) || !cmatch(po, out, binds, n))
                    return false;
            } else if (pass == 2 && p->v[j].trait == iter && !trait_holds(q, ps, iter, depth + 1)) {
                return false;
            }
        }
    for (uint32_t i = 0; i < n; i++)
        if (!binds[i])
            return false;
    return true;
}

static bool
head_may_match(const ImplInfo *ii, Ty *self)
{
    switch (ii->simp) {
    case SIMP_ADT:
        return self->kind == TY_ADT && self->def == ii->simp_def;
    case SIMP_REF:
        return self->kind == TY_REF;
    case SIMP_PRIM:
        return ii->simp_sub == (uint16_t)(self->kind << 8 | self->sub);
    default:
        return true;
    }
}

/* The impl of `trait` for the known type `self` (a specific one before a blanket one): its
 * args in *binds_out (arena), DEF_NONE when none. */
DefId
impl_for(QCtx *q, DefId trait, Ty *self, Ty ***binds_out, uint32_t depth)
{
    const Impls *im = impls(q);
    for (int blanket = 0; blanket < 2; blanket++)
        for (uint32_t i = 0; i < im->n; i++) {
            const ImplInfo *ii = &im->v[i];
            if (ii->trait != trait || ii->derived || (ii->simp == SIMP_PARAM) != blanket ||
                !head_may_match(ii, self))
                continue;
            const Generics *g = generics_of(q, ii->impl);
            Ty **b = arena_alloc(q_arena(q), (g->count + 1) * sizeof(Ty *));
            if (impl_args_for(q, ii->impl, self, b, g->count, depth)) {
                if (binds_out)
                    *binds_out = b;
                return ii->impl;
            }
        }
    return DEF_NONE;
}

static bool
trait_holds(QCtx *q, Ty *self, DefId trait, uint32_t depth)
{
    return impl_for(q, trait, self, NULL, depth) != DEF_NONE;
}

static Ty *
project_known(QCtx *q, DefId item, Ty *self)
{
    if (self->flags & (TF_HAS_PARAMS | TF_HAS_VARS | TF_HAS_PROJ | TF_HAS_ERROR))
        return NULL;
    DefTable *t = sess_defs(q);
    const Def *id = defs_get(t, item);
    const LangItems *li = lang_items(q);
    if (id->parent == li->items[LANG_ITERATOR] && self->kind == TY_ADT && self->n &&
        (self->def == li->items[LANG_RANGE] || self->def == li->items[LANG_RANGE_INCLUSIVE] ||
         self->def == li->items[LANG_RANGE_FROM]))
        return self->args[0];
    Ty **b;
    DefId impl = impl_for(q, id->parent, self, &b, 0);
    if (impl == DEF_NONE)
        return NULL;
    DefId ai = assoc_ty_named(q, impl, id->name);
    return ai != DEF_NONE ? ty_subst(type_of(q, ai), b, generics_of(q, impl)->count) : NULL;
}

Ty *
ty_normalize(QCtx *q, Ty *t)
{
    if (!(t->flags & TF_HAS_PROJ))
        return t;
    if (t->kind == TY_PROJ) {
        Ty *self = ty_normalize(q, t->args[0]);
        Ty *r = project_known(q, t->def, self);
        if (r)
            return ty_normalize(q, r);
        return self == t->args[0] ? t : ty_mk(TY_PROJ, 0, t->def, 0, 0, &self, 1);
    }
    Ty *small[8];
    Ty **a = t->n <= 8 ? small : xmalloc(t->n * sizeof(Ty *));
    for (uint32_t i = 0; i < t->n; i++)
        a[i] = ty_normalize(q, t->args[i]);
    Ty *r = ty_mk((TyKind)t->kind, t->sub, t->def, t->idx, t->name, a, t->n);
    if (a != small)
        xfree(a, t->n * sizeof(Ty *));
    return r;
}
