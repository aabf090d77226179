/*
 * typeck.c — type checking of one body with every closure and async block
 * nested in it, as one inference problem (rustc's typeck(body)).
 *
 * Expressions are checked in order with an expected type flowing down
 * (so `Some(x).map(|v| v * 3)` gives the closure its parameter type from
 * the `F: FnOnce(T) -> U` bound before its body is checked); arguments
 * that are closures are checked after the other arguments, as rustc does.
 * At the end, integer and float variables fall back to i32 and f64,
 * remaining obligations are checked, closures get their kinds and
 * captures, and matches are checked for exhaustiveness.
 */
#include "typeck.h"

#include <stdlib.h>
#include <string.h>

static Ty *check_expr(FnCx *cx, const Node *e, Ty *expect);
static Ty *check_block(FnCx *cx, const Node *b, Ty *expect);
static void check_expr_coerce(FnCx *cx, const Node *e, Ty *expected);
static void sort_node_types(NodeTy *v, uint32_t n);
static void sort_picks(MethodPick *v, uint32_t n);
static void check_mutable_place(FnCx *cx, const Node *place, bool borrow, const Node *at);

/* ---- small helpers ------------------------------------------------------------------------ */

void
record_type(FnCx *cx, const Node *n, Ty *t)
{
    ExprTy et = {n, t};
    vec_push(&cx->types, et);
}

static bool
is_unit(Ty *t)
{
    return t->kind == TY_TUPLE && t->n == 0;
}

static bool
is_lang_adt(FnCx *cx, Ty *t, LangItem li)
{
    return t->kind == TY_ADT && t->def == cx->li->items[li] && t->def != DEF_NONE;
}

static Ty *
lang_adt(FnCx *cx, LangItem li, Ty *const *args, uint32_t n)
{
    DefId d = cx->li->items[li];
    if (d == DEF_NONE)
        return ty_error();
    return ty_adt(d, args, n);
}

static Ty *
fallback_if_var(FnCx *cx, Ty *t)
{
    t = shallow(cx, t);
    return t;
}

/* ---- locals and scopes ------------------------------------------------------------------------ */

static void
push_scope(FnCx *cx)
{
    vec_push(&cx->scope_marks, cx->visible.len);
}

static void
pop_scope(FnCx *cx)
{
    cx->visible.len = cx->scope_marks.data[--cx->scope_marks.len];
}

void
declare_local(FnCx *cx, Symbol name, Ty *ty, bool mut, const Node *decl, bool init)
{
    Local l = {name, ty, mut, init, cx->frames.len - 1, cx->loops.len, 0, decl};
    vec_push(&cx->visible, cx->locals.len);
    vec_push(&cx->locals, l);
}

static int32_t
find_local(FnCx *cx, Symbol name)
{
    for (uint32_t i = cx->visible.len; i-- > 0;)
        if (cx->locals.data[cx->visible.data[i]].name == name)
            return (int32_t)cx->visible.data[i];
    return -1;
}

/* A use of local `li` in the current frame: a capture by every closure it crosses. */
static void
note_use(FnCx *cx, uint32_t li, uint8_t mode, bool by_value)
{
    uint32_t home = cx->locals.data[li].frame;
    for (uint32_t f = cx->frames.len; f-- > home + 1;) {
        int32_t c = cx->frames.data[f].closure;
        if (c < 0)
            continue;
        CapUse u = {(uint32_t)c, li, mode, by_value};
        vec_push(&cx->uses, u);
    }
}

/* ---- literal types ------------------------------------------------------------------------------ */

static bool
int_suffix(Symbol s, IntKind *k)
{
    if (!s)
        return false;
    const char *n = sym_str(s);
    for (int i = 0; i < IK_N; i++)
        if (!strcmp(n, int_kind_name((IntKind)i))) {
            *k = (IntKind)i;
            return true;
        }
    return false;
}

Ty *
lit_type(FnCx *cx, const Node *e, Ty *expect)
{
    switch (e->op) {
    case TK_INT: {
        IntKind k;
        if (e->suffix && !strcmp(sym_str(e->suffix), "f32"))
            return ty_float(FK_F32);
        if (e->suffix && !strcmp(sym_str(e->suffix), "f64"))
            return ty_float(FK_F64);
        if (int_suffix(e->suffix, &k))
            return ty_int(k);
        if (expect) {
            Ty *x = shallow(cx, expect);
            if (x->kind == TY_INT || x->kind == TY_INT_VAR)
                return x;
        }
        return fresh(cx, TY_INT_VAR);
    }
    case TK_FLOAT:
        if (e->suffix && !strcmp(sym_str(e->suffix), "f32"))
            return ty_float(FK_F32);
        if (e->suffix && !strcmp(sym_str(e->suffix), "f64"))
            return ty_float(FK_F64);
        if (expect) {
            Ty *x = shallow(cx, expect);
            if (x->kind == TY_FLOAT || x->kind == TY_FLOAT_VAR)
                return x;
        }
        return fresh(cx, TY_FLOAT_VAR);
    case TK_STR:
        return ty_ref(ty_str(), false);
    case TK_CHAR:
        return ty_char();
    case TK_BYTE:
        return ty_int(IK_U8);
    case TK_BYTE_STR: {
        Ty *u8 = ty_int(IK_U8);
        return ty_ref(ty_mk(TY_SLICE, 0, DEF_NONE, 0, 0, &u8, 1), false);
    }
    case TK_KW_TRUE:
    case TK_KW_FALSE:
        return ty_bool();
    default:
        tc_error(cx, e, "", "this literal is not supported by smelt yet");
        return ty_error();
    }
}

/* ---- coercion ---------------------------------------------------------------------------------- */

/* Coerces `found` to `expected` (unsizing, deref coercions, &mut to &, never, fn items). */
static bool
coerce(FnCx *cx, Ty *found, Ty *expected)
{
    Ty *f = shallow(cx, found), *e = shallow(cx, expected);
    if (f->kind == TY_NEVER)
        return true;
    if (f->kind == TY_REF && e->kind == TY_REF && (f->sub || !e->sub)) {
        /* deref coercion: &String -> &str, &Vec<T> -> &[T], &Box<T> -> &T, &[T; N] -> &[T], &&T -> &T */
        Ty *inner = f->args[0];
        Ty *want = shallow(cx, e->args[0]);
        uint32_t s = snapshot(cx);
        if (unify(cx, inner, want))
            return true;
        rollback(cx, s);
        Ty *cur = shallow(cx, inner);
        for (int i = 0; i < 8; i++) {
            if (cur->kind == TY_ARRAY && want->kind == TY_SLICE) {
                if (unify(cx, cur->args[0], want->args[0]))
                    return true;
                rollback(cx, s);
                break;
            }
            Ty *next = deref_step(cx, cur, false);
            if (!next)
                break;
            cur = shallow(cx, next);
            if (unify(cx, cur, want))
                return true;
            rollback(cx, s);
        }
        return false;
    }
    if (e->kind == TY_FNPTR && (f->kind == TY_FNDEF || f->kind == TY_CLOSURE)) {
        Ty *in, *out;
        Ty *sig = NULL;
        if (f->kind == TY_CLOSURE) {
            sig = f->args[0];
        } else {
            const FnSig *s = fn_sig(cx->q, f->def);
            Ty *a[64];
            uint32_t n = s->ninputs < 63 ? s->ninputs : 63;
            for (uint32_t i = 0; i < n; i++)
                a[i] = subst_n(cx, s->inputs[i], f->args, f->n);
            a[n] = subst_n(cx, s->output, f->args, f->n);
            sig = ty_mk(TY_FNPTR, 0, DEF_NONE, 0, 0, a, n + 1);
        }
        (void)in, (void)out;
        return unify(cx, sig, e);
    }
    return unify(cx, f, e);
}

static void
check_expr_coerce(FnCx *cx, const Node *e, Ty *expected)
{
    Ty *t = check_expr(cx, e, expected);
    if (!coerce(cx, t, expected))
        type_mismatch(cx, e, expected, t);
}

/* ---- paths in expressions -------------------------------------------------------------------- */

static PathCx
path_cx(FnCx *cx)
{
    PathCx p = cx->lcx.p;
    p.quiet = false;
    return p;
}

static Ty *type_prefix(FnCx *cx, const Node *path, uint32_t n, Res r);

Res
resolve_pat_path(FnCx *cx, const Node *path, Ns ns)
{
    PathCx p = path_cx(cx);
    uint32_t stopped;
    Res r = resolve_path(&p, path, path->nkids, ns, &stopped);
    if (r.kind != RES_ERR && stopped < path->nkids) {
        Ty *base = stopped + 1 == path->nkids ? type_prefix(cx, path, stopped, r) : NULL;
        Res vr;
        if (base && variant_of_type(cx, base, path->kids[stopped]->sym, ns, &vr))
            return vr;
        tc_error(cx, path, "", "associated items in patterns are not supported by smelt yet");
        r.kind = RES_ERR;
    }
    if (r.kind == RES_ERR)
        cx->errors++;
    return r;
}

/* Explicit generic args on a path segment (turbofish), or NULL. */
static const Node *
seg_args(const Node *seg)
{
    return seg->nkids && seg->kids[0]->kind == N_GENERIC_ARGS ? seg->kids[0] : NULL;
}

/* `_` placeholders (TY_INFER, sub 1) replaced by fresh variables, one per placeholder. */
static Ty *
fill_placeholders(FnCx *cx, Ty *t, Ty **seen_ph, Ty **seen_var, uint32_t *nseen)
{
    if (t->kind == TY_INFER && t->sub == 1) {
        for (uint32_t i = 0; i < *nseen; i++)
            if (seen_ph[i] == t)
                return seen_var[i];
        Ty *v = fresh(cx, TY_INFER);
        if (*nseen < 64) {
            seen_ph[*nseen] = t;
            seen_var[(*nseen)++] = v;
        }
        return v;
    }
    if (!(t->flags & TF_HAS_VARS) || t->n == 0)
        return t;
    Ty *small[8];
    Ty **a = t->n <= 8 ? small : xmalloc(t->n * sizeof *a);
    for (uint32_t i = 0; i < t->n; i++)
        a[i] = fill_placeholders(cx, t->args[i], seen_ph, seen_var, nseen);
    Ty *r = ty_mk((TyKind)t->kind, t->sub, t->def, t->idx, t->name, a, t->n);
    if (a != small)
        xfree(a, t->n * sizeof *a);
    return r;
}

static Ty *
lower_body_ty(FnCx *cx, const Node *ty)
{
    if (ty->kind == N_TY_INFER)
        return fresh(cx, TY_INFER);
    Ty *t = lower_ty(&cx->lcx, ty);
    if (!t)
        return fresh(cx, TY_INFER);
    if (t->flags & TF_HAS_VARS) {
        Ty *ph[64], *vs[64];
        uint32_t n = 0;
        t = fill_placeholders(cx, t, ph, vs, &n);
    }
    return t;
}

/* Fills generic args from a turbofish into `args` (own params only). */
static void
apply_turbofish(FnCx *cx, const Node *ga, Ty **args, uint32_t first, uint32_t count)
{
    if (!ga)
        return;
    uint32_t k = first;
    for (uint32_t i = 0; i < ga->nkids; i++) {
        if (ga->kids[i]->kind == N_LIFETIME)
            continue;
        if (k >= count) {
            tc_error(cx, ga, "E0107", "function takes %u generic argument%s but more were supplied",
                     count - first, count - first == 1 ? "" : "s");
            return;
        }
        Ty *t = lower_body_ty(cx, ga->kids[i]);
        unify(cx, args[k], t);
        k++;
    }
}

/* The type named by the first `n` segments of a path (for `Type::item`). */
static Ty *
type_prefix(FnCx *cx, const Node *path, uint32_t n, Res r)
{
    const Node *last = path->kids[n - 1];
    switch (r.kind) {
    case RES_PRIM:
        return ty_prim((TyKind)r.prim, r.sub);
    case RES_SELF_TY:
        return cx->self_ty ? cx->self_ty : ty_error();
    case RES_DEF: {
        const Def *d = defs_get(cx->t, r.def);
        if (d->kind == DK_STRUCT || d->kind == DK_ENUM) {
            const Generics *g = generics_of(cx->q, r.def);
            Ty **args = fresh_args(cx, g, 0, NULL, 0);
            apply_turbofish(cx, seg_args(last), args, 0, g->count);
            return ty_adt(r.def, args, g->count);
        }
        if (d->kind == DK_TYPE_ALIAS) {
            const Generics *g = generics_of(cx->q, r.def);
            Ty **args = fresh_args(cx, g, 0, NULL, 0);
            apply_turbofish(cx, seg_args(last), args, 0, g->count);
            return ty_subst(type_of(cx->q, r.def), args, g->count);
        }
        return NULL;
    }
    case RES_PARAM:
        return ty_param(r.idx, r.name);
    default:
        return NULL;
    }
}

static Ty *
fn_item_ty(FnCx *cx, DefId def, Ty *const *parent_args, uint32_t nparent, const Node *seg,
           const Node *at)
{
    const Generics *g = generics_of(cx->q, def);
    Ty **args = fresh_args(cx, g, nparent, parent_args, nparent);
    if (seg)
        apply_turbofish(cx, seg_args(seg), args, g->parent_count, g->count);
    add_preds(cx, predicates_of(cx->q, def), args, g->count, at);
    return ty_mk(TY_FNDEF, 0, def, 0, 0, args, g->count);
}

bool
variant_of_type(FnCx *cx, Ty *base, Symbol name, Ns ns, Res *out)
{
    base = shallow(cx, base);
    if (base->kind != TY_ADT || defs_get(cx->t, base->def)->kind != DK_ENUM)
        return false;
    const AdtDef *a = adt_def(cx->q, base->def);
    for (uint32_t i = 0; i < a->nvariants; i++)
        if (a->variants[i].name == name) {
            memset(out, 0, sizeof *out);
            out->kind = RES_DEF;
            out->def = ns == NS_VALUE && a->variants[i].ctor != DEF_NONE ? a->variants[i].ctor
                                                                          : a->variants[i].def;
            return true;
        }
    return false;
}

/* The value of a constructor `ctor` of an ADT whose type (with its args) is `adt_ty`. */
static Ty *
ctor_value(FnCx *cx, const Node *e, DefId ctor, Ty *adt_ty)
{
    adt_ty = shallow(cx, adt_ty);
    const AdtDef *a = adt_def(cx->q, adt_ty->def);
    for (uint32_t i = 0; i < a->nvariants; i++) {
        const VariantDef *v = &a->variants[i];
        if (v->ctor != ctor && v->def != ctor)
            continue;
        if (v->ctor_kind == CTOR_UNIT)
            return adt_ty;
        if (v->ctor_kind == CTOR_TUPLE)
            return ty_mk(TY_FNDEF, 0, v->ctor, 0, 0, adt_ty->args, adt_ty->n);
        tc_error(cx, e, "E0533", "expected value, found struct variant `%s`", sym_str(v->name));
        return ty_error();
    }
    return ty_error();
}

/* `<T as Trait>::item` and `<T>::item` */
static Ty *
check_qself_path(FnCx *cx, const Node *e, const Node *qs)
{
    Ty *self = lower_body_ty(cx, qs->kids[0]);
    if (qs->nkids != 3) {
        tc_error(cx, e, "", "this qualified path is not supported by smelt yet");
        return ty_error();
    }
    const Node *seg = qs->kids[2];
    Symbol name = seg->sym;
    if (qs->kids[1]->kind == N_PATH) {
        PathCx p = path_cx(cx);
        uint32_t stopped;
        Res tr = resolve_path(&p, qs->kids[1], qs->kids[1]->nkids, NS_TYPE, &stopped);
        if (tr.kind == RES_ERR) {
            cx->errors++;
            return ty_error();
        }
        if (tr.kind != RES_DEF || defs_get(cx->t, tr.def)->kind != DK_TRAIT) {
            tc_error(cx, qs->kids[1], "E0404", "expected trait, found %s", res_descr(cx->t, &tr));
            return ty_error();
        }
        const AssocItems *ai = assoc_items(cx->q, tr.def);
        for (uint32_t i = 0; i < ai->n; i++)
            if (ai->v[i].name == name && ai->v[i].kind != DK_ASSOC_TY) {
                add_oblig(cx, self, tr.def, NULL, NULL, e, OB_PLAIN);
                if (ai->v[i].kind == DK_ASSOC_CONST)
                    return subst_n(cx, type_of(cx->q, ai->v[i].def), &self, 1);
                return fn_item_ty(cx, ai->v[i].def, &self, 1, seg, e);
            }
        tc_error(cx, seg, "E0576", "cannot find method or associated constant `%s` in trait `%s`",
                 sym_str(name), sym_str(defs_get(cx->t, tr.def)->name));
        return ty_error();
    }
    Pick pk;
    if (!lookup_assoc(cx, self, name, &pk)) {
        char *ts = tystr(cx, self);
        tc_error(cx, seg, "E0599", "no function or associated item named `%s` found for type `%s` "
                                   "in the current scope", sym_str(name), ts);
        tystr_free(ts);
        return ty_error();
    }
    if (defs_get(cx->t, pk.method)->kind == DK_ASSOC_CONST)
        return subst_n(cx, type_of(cx->q, pk.method), pk.args, pk.nargs);
    add_preds(cx, predicates_of(cx->q, pk.method), pk.args, pk.nargs, e);
    return ty_mk(TY_FNDEF, 0, pk.method, 0, 0, pk.args, pk.nargs);
}

/* The constant a path names (`N`, `u8::MAX`, `Self::LIMIT`), quietly; DEF_NONE if none. */
DefId
const_of_path(FnCx *cx, const Node *path)
{
    if (path->kind != N_PATH)
        return DEF_NONE;
    PathCx p = path_cx(cx);
    p.quiet = true;
    uint32_t stopped;
    Res r = resolve_path(&p, path, path->nkids, NS_VALUE, &stopped);
    if (r.kind == RES_DEF && stopped == path->nkids) {
        uint8_t k = defs_get(cx->t, r.def)->kind;
        return k == DK_CONST || k == DK_ASSOC_CONST ? r.def : DEF_NONE;
    }
    if (r.kind == RES_ERR || r.kind == RES_NONE || stopped + 1 != path->nkids)
        return DEF_NONE;
    uint32_t snap = snapshot(cx);
    Ty *base = type_prefix(cx, path, stopped, r);
    Pick pk;
    DefId out = DEF_NONE;
    if (base && lookup_assoc(cx, base, path->kids[stopped]->sym, &pk) &&
        defs_get(cx->t, pk.method)->kind == DK_ASSOC_CONST)
        out = pk.method;
    rollback(cx, snap);
    return out;
}

/* The value a path expression names. */
static Ty *
check_path_expr(FnCx *cx, const Node *e)
{
    const Node *path = e->kids[0];
    if (path->kind == N_QSELF)
        return check_qself_path(cx, e, path);
    if (path->kind != N_PATH) {
        tc_error(cx, e, "", "this path is not supported by smelt yet");
        return ty_error();
    }
    if (path->nkids == 1 && !(path->flags & NF_GLOBAL) && !seg_args(path->kids[0])) {
        int32_t li = find_local(cx, path->kids[0]->sym);
        if (li >= 0) {
            Local *l = &cx->locals.data[li];
            Ty *t = l->ty;
            note_use(cx, (uint32_t)li, cx->use_mode, cx->use_mode == CAPTURE_VALUE);
            return t;
        }
        if (path->kids[0]->sym == sym_cstr("self")) {
            tc_error(cx, e, "E0424", "expected value, found module `self`");
            return ty_error();
        }
    }
    PathCx p = path_cx(cx);
    uint32_t stopped;
    Res r;
    r.kind = RES_NONE;
    if (path->nkids == 2 && cx->g && !(path->flags & NF_GLOBAL))
        for (uint32_t i = cx->g->count; i-- > 0;)
            if (cx->g->names[i] == path->kids[0]->sym) {
                /* T::item: a generic parameter's associated item */
                r.kind = RES_PARAM;
                r.idx = i;
                r.name = cx->g->names[i];
                stopped = 1;
                break;
            }
    if (r.kind == RES_NONE)
        r = resolve_path(&p, path, path->nkids, NS_VALUE, &stopped);
    if (r.kind == RES_ERR) {
        cx->errors++;
        return ty_error();
    }
    if (stopped < path->nkids) {
        /* Type::item or Trait::item */
        if (stopped + 1 != path->nkids) {
            tc_error(cx, e, "", "this path is not supported by smelt yet");
            return ty_error();
        }
        const Node *seg = path->kids[stopped];
        Symbol name = seg->sym;
        if (r.kind == RES_DEF && defs_get(cx->t, r.def)->kind == DK_TRAIT) {
            DefId tr = r.def;
            const AssocItems *ai = assoc_items(cx->q, tr);
            for (uint32_t i = 0; i < ai->n; i++)
                if (ai->v[i].name == name && ai->v[i].kind == DK_ASSOC_FN) {
                    Ty *self = fresh(cx, TY_INFER);
                    add_oblig(cx, self, tr, NULL, NULL, e, OB_PLAIN);
                    return fn_item_ty(cx, ai->v[i].def, &self, 1, seg, e);
                }
            tc_error(cx, seg, "E0576", "cannot find method or associated constant `%s` in trait `%s`",
                     sym_str(name), sym_str(defs_get(cx->t, tr)->name));
            return ty_error();
        }
        Ty *base = type_prefix(cx, path, stopped, r);
        if (!base) {
            tc_error(cx, e, "", "this path is not supported by smelt yet");
            return ty_error();
        }
        Res vr;
        if (variant_of_type(cx, base, name, NS_VALUE, &vr))
            return ctor_value(cx, e, vr.def, base);
        Pick pk;
        if (!lookup_assoc(cx, base, name, &pk)) {
            char *s = tystr(cx, base);
            Ty *sb = shallow(cx, base);
            const char *what = sb->kind == TY_ADT
                                   ? (defs_get(cx->t, sb->def)->kind == DK_ENUM ? "enum" : "struct")
                                   : "type";
            if (sb->kind == TY_ADT && defs_get(cx->t, sb->def)->kind == DK_ENUM)
                tc_error(cx, seg, "E0599", "no variant or associated item named `%s` found for "
                                           "enum `%s` in the current scope", sym_str(name), s);
            else
                tc_error(cx, seg, "E0599", "no function or associated item named `%s` found for "
                                           "%s `%s` in the current scope", sym_str(name), what, s);
            tystr_free(s);
            return ty_error();
        }
        const Def *md = defs_get(cx->t, pk.method);
        if (md->kind == DK_ASSOC_CONST) {
            /* which constant: for the back end */
            MethodPick mp = {e, pk.method, pk.args, pk.nargs, 0, 0, 0};
            vec_push(&cx->picks, mp);
            return subst_n(cx, type_of(cx->q, pk.method), pk.args, pk.nargs);
        }
        const Generics *g = generics_of(cx->q, pk.method);
        apply_turbofish(cx, seg_args(seg), pk.args, g->parent_count, g->count);
        add_preds(cx, predicates_of(cx->q, pk.method), pk.args, pk.nargs, e);
        DefId container = md->parent;
        if (defs_get(cx->t, container)->kind == DK_TRAIT)
            add_oblig(cx, pk.args[0], container, NULL, NULL, e, OB_PLAIN);
        return ty_mk(TY_FNDEF, 0, pk.method, 0, 0, pk.args, pk.nargs);
    }
    switch (r.kind) {
    case RES_DEF: {
        const Def *d = defs_get(cx->t, r.def);
        const Node *last = path->kids[path->nkids - 1];
        switch ((int)d->kind) {
        case DK_FN:
        case DK_ASSOC_FN:
            return fn_item_ty(cx, r.def, NULL, 0, last, e);
        case DK_CTOR: {
            const Def *pd = defs_get(cx->t, d->parent);
            DefId adt = pd->kind == DK_VARIANT ? pd->parent : d->parent;
            const Generics *g = generics_of(cx->q, adt);
            Ty **args = fresh_args(cx, g, 0, NULL, 0);
            /* Option::<i32>::None / Foo::<T>(..) */
            for (uint32_t i = 0; i < path->nkids; i++)
                if (seg_args(path->kids[i]))
                    apply_turbofish(cx, seg_args(path->kids[i]), args, 0, g->count);
            const AdtDef *a = adt_def(cx->q, adt);
            for (uint32_t i = 0; i < a->nvariants; i++)
                if (a->variants[i].ctor == r.def && a->variants[i].ctor_kind == CTOR_UNIT)
                    return ty_adt(adt, args, g->count);
            return ty_mk(TY_FNDEF, 0, r.def, 0, 0, args, g->count);
        }
        case DK_CONST:
        case DK_STATIC:
        case DK_ASSOC_CONST:
            return type_of(cx->q, r.def);
        case DK_STRUCT:
        case DK_VARIANT: {
            const char *k = d->kind == DK_STRUCT ? "struct" : "struct variant";
            tc_error(cx, e, "E0423", "expected value, found %s `%s`", k, sym_str(d->name));
            return ty_error();
        }
        default:
            tc_error(cx, e, "E0423", "expected value, found %s `%s`", res_descr(cx->t, &r),
                     sym_str(d->name));
            return ty_error();
        }
    }
    case RES_SELF_TY: {
        Ty *st = cx->self_ty ? shallow(cx, cx->self_ty) : NULL;
        if (st && st->kind == TY_ADT && defs_get(cx->t, st->def)->kind == DK_STRUCT) {
            const AdtDef *a = adt_def(cx->q, st->def);
            if (a->nvariants && a->variants[0].ctor != DEF_NONE)
                return ctor_value(cx, e, a->variants[0].ctor, st);
        }
        tc_error(cx, e, "E0423", "expected value, found self type `Self`");
        return ty_error();
    }
    default:
        tc_error(cx, e, "E0423", "expected value, found %s", res_descr(cx->t, &r));
        return ty_error();
    }
}

/* ---- calls ------------------------------------------------------------------------------------ */

static bool
is_closure_expr(const Node *e)
{
    while (e->kind == N_PAREN)
        e = e->kids[0];
    return e->kind == N_CLOSURE;
}

/* Checks call arguments against parameter types: closures last, as rustc. */
static void
check_args(FnCx *cx, const Node *call, const Node *const *args, uint32_t nargs, Ty *const *params,
           uint32_t nparams, bool is_closure_callee, const char *what)
{
    if (nargs != nparams) {
        const char *code = is_closure_callee ? "E0057" : "E0061";
        tc_error(cx, call, code, "this %s takes %u argument%s but %u argument%s supplied", what,
                 nparams, nparams == 1 ? "" : "s", nargs, nargs == 1 ? " was" : "s were");
        for (uint32_t i = 0; i < nargs; i++)
            check_expr(cx, args[i], i < nparams ? params[i] : NULL);
        return;
    }
    for (int pass = 0; pass < 2; pass++) {
        for (uint32_t i = 0; i < nargs; i++) {
            if (is_closure_expr(args[i]) != (pass == 1))
                continue;
            if (pass == 1)
                select_obligs(cx, false);
            uint8_t saved = cx->use_mode;
            cx->use_mode = CAPTURE_VALUE;
            check_expr_coerce(cx, args[i], params[i]);
            cx->use_mode = saved;
        }
    }
}

static Ty *
call_fn_sig(FnCx *cx, const Node *e, Ty *callee, const Node *const *args, uint32_t nargs,
            Ty *expect)
{
    callee = shallow(cx, callee);
    switch ((int)callee->kind) {
    case TY_FNDEF: {
        const FnSig *s = fn_sig(cx->q, callee->def);
        Ty *params[64];
        uint32_t n = s->ninputs < 64 ? s->ninputs : 64;
        for (uint32_t i = 0; i < n; i++)
            params[i] = subst_n(cx, s->inputs[i], callee->args, callee->n);
        if (expect && !s->is_async) {
            /* the expected result informs the arguments: Some(|| 1) as Option<fn() -> u8> */
            Ty *o = subst_n(cx, s->output, callee->args, callee->n);
            Ty *x = shallow(cx, expect);
            if ((o->flags & TF_HAS_VARS) && x->kind == TY_ADT && shallow(cx, o)->kind == TY_ADT) {
                uint32_t snap = snapshot(cx);
                if (!unify(cx, o, x))
                    rollback(cx, snap);
            }
        }
        const Def *d = defs_get(cx->t, callee->def);
        const char *what = d->kind == DK_CTOR
                               ? (defs_get(cx->t, d->parent)->kind == DK_VARIANT ? "enum variant"
                                                                                 : "struct")
                               : "function";
        check_args(cx, e, args, nargs, params, n, false, what);
        Ty *out = subst_n(cx, s->output, callee->args, callee->n);
        if (s->is_async) {
            Ty *oa[1] = {out};
            out = ty_mk(TY_FUTURE, 0, callee->def, 0, 0, oa, 1);
        }
        if (out->flags & TF_HAS_OPAQUE)
            out = subst_n(cx, out, callee->args, callee->n);
        if (out->kind == TY_OPAQUE && out->n == 0)
            out = ty_mk(TY_OPAQUE, 0, out->def, out->idx, 0, callee->args, callee->n);
        return out;
    }
    case TY_FNPTR:
        check_args(cx, e, args, nargs, callee->args, callee->n - 1, false, "function");
        return callee->args[callee->n - 1];
    case TY_CLOSURE: {
        Ty *sig = shallow(cx, callee->args[0]);
        check_args(cx, e, args, nargs, sig->args, sig->n - 1, true, "function");
        return sig->args[sig->n - 1];
    }
    case TY_REF:
        return call_fn_sig(cx, e, callee->args[0], args, nargs, expect);
    default:
        break;
    }
    /* a parameter, an opaque type or a variable with a Fn bound */
    Ty *in = NULL, *out = NULL;
    if (callee->kind == TY_PARAM || callee->kind == TY_OPAQUE) {
        const Preds *env = cx->env;
        Preds tmp = {0};
        if (callee->kind == TY_OPAQUE) {
            const FnSig *s = fn_sig(cx->q, callee->def);
            if (callee->idx < s->nopaque)
                tmp = s->opaque_bounds[callee->idx];
            env = &tmp;
        }
        for (uint32_t i = 0; env && i < env->n; i++)
            if ((callee->kind == TY_OPAQUE || env->v[i].self == callee) && env->v[i].fn_inputs) {
                in = env->v[i].fn_inputs;
                out = env->v[i].fn_output;
                if (callee->kind == TY_OPAQUE && callee->n) {
                    in = subst_n(cx, in, callee->args, callee->n);
                    out = subst_n(cx, out, callee->args, callee->n);
                }
                break;
            }
    } else if (callee->kind == TY_INFER) {
        expected_fn_sig(cx, callee, &in, &out);
    } else if (callee->kind == TY_ERROR) {
        for (uint32_t i = 0; i < nargs; i++)
            check_expr(cx, args[i], NULL);
        return ty_error();
    }
    if (!in) {
        char *s = tystr(cx, callee);
        if (callee->kind == TY_INFER)
            tc_error(cx, e->kids[0], "E0282", "type annotations needed");
        else
            tc_error(cx, e->kids[0], "E0618", "expected function, found `%s`", s);
        tystr_free(s);
        for (uint32_t i = 0; i < nargs; i++)
            check_expr(cx, args[i], NULL);
        return ty_error();
    }
    in = shallow(cx, in);
    check_args(cx, e, args, nargs, in->args, in->n, true, "function");
    return out;
}

static Ty *
check_call(FnCx *cx, const Node *e, Ty *expect)
{
    uint8_t saved = cx->use_mode;
    cx->use_mode = CAPTURE_REF;
    Ty *callee = check_expr(cx, e->kids[0], NULL);
    cx->use_mode = saved;
    const Node *ce = e->kids[0];
    if (ce->kind == N_PATH_EXPR && ce->kids[0]->kind == N_PATH && ce->kids[0]->nkids == 1) {
        int32_t li = find_local(cx, ce->kids[0]->kids[0]->sym);
        if (li >= 0 && cx->ncalls < 64) {
            cx->calls[cx->ncalls].local = (uint32_t)li;
            cx->calls[cx->ncalls].at = ce;
            cx->ncalls++;
        }
    }
    /* calling a local closure mutably / by value is a capture of that kind: refined later */
    return call_fn_sig(cx, e, callee, (const Node *const *)e->kids + 1, e->nkids - 1, expect);
}

static Ty *
check_method_call(FnCx *cx, const Node *e)
{
    Symbol name = e->sym;
    uint32_t use_mark = cx->uses.len;
    uint8_t saved = cx->use_mode;
    cx->use_mode = CAPTURE_REF;
    Ty *recv = check_expr(cx, e->kids[0], NULL);
    cx->use_mode = saved;
    select_obligs(cx, false);
    Ty *r = shallow(cx, recv);
    const Node *const *args = (const Node *const *)e->kids + 2;
    uint32_t nargs = e->nkids - 2;
    if (r->kind == TY_ERROR) {
        for (uint32_t i = 0; i < nargs; i++)
            check_expr(cx, args[i], NULL);
        return ty_error();
    }
    if (r->kind == TY_INFER) {
        tc_error(cx, e->kids[0], "E0282", "type annotations needed");
        for (uint32_t i = 0; i < nargs; i++)
            check_expr(cx, args[i], NULL);
        return ty_error();
    }
    Pick pk;
    bool amb = false;
    bool found;
    if (r->kind == TY_INT_VAR || r->kind == TY_FLOAT_VAR) {
        found = lookup_method_numeric(cx, r, name, &pk);
        if (!found) {
            tc_error(cx, e, "E0689", "can't call method `%s` on ambiguous numeric type `%s`",
                     sym_str(name), r->kind == TY_INT_VAR ? "{integer}" : "{float}");
            for (uint32_t i = 0; i < nargs; i++)
                check_expr(cx, args[i], NULL);
            return ty_error();
        }
    } else {
        found = lookup_method(cx, recv, name, &pk, &amb);
    }
    if (!found) {
        char *s = tystr(cx, recv);
        /* a field holding a closure? */
        Ty *cur = r;
        bool field_fn = false;
        for (int i = 0; i < 4 && cur && cur->kind != TY_ADT; i++)
            cur = deref_step(cx, cur, true);
        if (cur && cur->kind == TY_ADT) {
            const AdtDef *a = adt_def(cx->q, cur->def);
            if (!a->is_enum && a->nvariants)
                for (uint32_t i = 0; i < a->variants[0].nfields; i++)
                    field_fn |= a->variants[0].fields[i].name == name;
        }
        Ty *rr = shallow(cx, recv);
        while (rr->kind == TY_REF)
            rr = shallow(cx, rr->args[0]);
        const char *what = rr->kind == TY_ADT
                               ? (defs_get(cx->t, rr->def)->kind == DK_ENUM ? "enum" : "struct")
                           : rr->kind == TY_PARAM ? "type parameter"
                                                  : "type";
        Ty *shown = r;
        char *ss = tystr(cx, shown);
        if (field_fn)
            tc_error(cx, e, "E0599", "no method named `%s` found for %s `%s` in the current scope",
                     sym_str(name), what, ss);
        else
            tc_error(cx, e, "E0599", "no method named `%s` found for %s `%s` in the current scope",
                     sym_str(name), what, ss);
        tystr_free(ss);
        tystr_free(s);
        for (uint32_t i = 0; i < nargs; i++)
            check_expr(cx, args[i], NULL);
        return ty_error();
    }
    /* capture modes of the receiver follow the autoref */
    const FnSig *sig = fn_sig(cx->q, pk.method);
    uint8_t mode = sig->self_kind == SELF_MUT_REF ? CAPTURE_MUT_REF
                   : sig->self_kind == SELF_REF   ? CAPTURE_REF
                                                  : CAPTURE_VALUE;
    if (pk.derefs > 0 && mode == CAPTURE_VALUE)
        mode = CAPTURE_REF; /* by value through a deref: a copy out of a place */
    for (uint32_t i = use_mark; i < cx->uses.len; i++)
        if (cx->uses.data[i].mode == CAPTURE_REF) {
            cx->uses.data[i].mode = mode == CAPTURE_VALUE ? CAPTURE_REF : mode;
            cx->uses.data[i].by_value = mode == CAPTURE_VALUE;
        }
    if (sig->self_kind == SELF_MUT_REF) {
        Ty *rt = shallow(cx, recv);
        if (pk.derefs == 0 || rt->kind != TY_REF) {
            if (pk.autoref == 2)
                check_mutable_place(cx, e->kids[0], true, e->kids[0]);
        } else if (!rt->sub) {
            const Node *re = e->kids[0];
            while (re->kind == N_PAREN)
                re = re->kids[0];
            if (re->kind == N_PATH_EXPR && re->kids[0]->kind == N_PATH && re->kids[0]->nkids == 1)
                tc_error(cx, e->kids[0], "E0596", "cannot borrow `*%s` as mutable, as it is behind "
                                                  "a `&` reference",
                         sym_str(re->kids[0]->kids[0]->sym));
            else
                tc_error(cx, e->kids[0], "E0596", "cannot borrow data in a `&` reference as mutable");
        }
    }
    const Generics *g = generics_of(cx->q, pk.method);
    apply_turbofish(cx, e->kids[1]->kind == N_GENERIC_ARGS ? e->kids[1] : NULL, pk.args,
                    g->parent_count, g->count);
    add_preds(cx, predicates_of(cx->q, pk.method), pk.args, pk.nargs, e);
    DefId container = defs_get(cx->t, pk.method)->parent;
    if (defs_get(cx->t, container)->kind == DK_TRAIT)
        add_oblig(cx, pk.args[0], container, NULL, NULL, e, OB_PLAIN);
    Ty *params[64];
    uint32_t n = sig->ninputs < 64 ? sig->ninputs : 64;
    for (uint32_t i = 0; i < n; i++)
        params[i] = subst_n(cx, sig->inputs[i], pk.args, pk.nargs);
    if (n == 0) {
        tc_error(cx, e, "", "internal: method without self");
        return ty_error();
    }
    check_args(cx, e, args, nargs, params + 1, n - 1, false, "method");
    MethodPick mp = {e, pk.method, pk.args, pk.nargs, pk.autoref, pk.derefs, 0};
    vec_push(&cx->picks, mp);
    Ty *out = subst_n(cx, sig->output, pk.args, pk.nargs);
    if (sig->is_async) {
        Ty *oa[1] = {out};
        out = ty_mk(TY_FUTURE, 0, pk.method, 0, 0, oa, 1);
    }
    if (out->kind == TY_OPAQUE && out->n == 0)
        out = ty_mk(TY_OPAQUE, 0, out->def, out->idx, 0, pk.args, pk.nargs);
    return out;
}

/* ---- operators ----------------------------------------------------------------------------------- */

static bool
is_numeric(Ty *t)
{
    return t->kind == TY_INT || t->kind == TY_FLOAT || t->kind == TY_INT_VAR ||
           t->kind == TY_FLOAT_VAR;
}

static bool
is_integral(Ty *t)
{
    return t->kind == TY_INT || t->kind == TY_INT_VAR;
}

static const char *
binop_str(uint16_t op)
{
    switch (op) {
    case TK_PLUS:
    case TK_PLUSEQ:
        return "+";
    case TK_MINUS:
    case TK_MINUSEQ:
        return "-";
    case TK_STAR:
    case TK_STAREQ:
        return "*";
    case TK_SLASH:
    case TK_SLASHEQ:
        return "/";
    case TK_PERCENT:
    case TK_PERCENTEQ:
        return "%";
    case TK_CARET:
    case TK_CARETEQ:
        return "^";
    case TK_AND:
    case TK_ANDEQ:
        return "&";
    case TK_OR:
    case TK_OREQ:
        return "|";
    case TK_SHL:
    case TK_SHLEQ:
        return "<<";
    case TK_SHR:
    case TK_SHREQ:
        return ">>";
    case TK_EQEQ:
        return "==";
    case TK_NE:
        return "!=";
    case TK_LT:
        return "<";
    case TK_LE:
        return "<=";
    case TK_GT:
        return ">";
    case TK_GE:
        return ">=";
    case TK_ANDAND:
        return "&&";
    case TK_OROR:
        return "||";
    default:
        return "?";
    }
}

static const char *
binop_verb(uint16_t op)
{
    switch (op) {
    case TK_PLUS:
    case TK_PLUSEQ:
        return "add";
    case TK_MINUS:
    case TK_MINUSEQ:
        return "subtract";
    case TK_STAR:
    case TK_STAREQ:
        return "multiply";
    case TK_SLASH:
    case TK_SLASHEQ:
        return "divide";
    case TK_PERCENT:
    case TK_PERCENTEQ:
        return "calculate the remainder of";
    default:
        return NULL;
    }
}

static bool
is_cmp(uint16_t op)
{
    return op == TK_EQEQ || op == TK_NE || op == TK_LT || op == TK_LE || op == TK_GT ||
           op == TK_GE;
}

static bool
is_shift(uint16_t op)
{
    return op == TK_SHL || op == TK_SHR || op == TK_SHLEQ || op == TK_SHREQ;
}

static bool
is_bitop(uint16_t op)
{
    return op == TK_AND || op == TK_OR || op == TK_CARET || op == TK_ANDEQ || op == TK_OREQ ||
           op == TK_CARETEQ;
}

static void
binop_error(FnCx *cx, const Node *e, uint16_t op, Ty *l, Ty *r)
{
    char *ls = tystr(cx, l), *rs = tystr(cx, r);
    const char *verb = binop_verb(op);
    bool assign = e->kind == N_ASSIGN_OP;
    Ty *ll = shallow(cx, l);
    if (is_numeric(ll) && verb) {
        if (assign)
            tc_error(cx, e, "E0277", "cannot %s-assign `%s` to `%s`", verb, rs, ls);
        else
            tc_error(cx, e, "E0277", "cannot %s `%s` %s `%s`", verb, rs,
                     op == TK_PLUS ? "to" : op == TK_MINUS ? "from" : op == TK_PERCENT ? "by" : "by",
                     ls);
    } else if (assign) {
        tc_error(cx, e, "E0368", "binary assignment operation `%s=` cannot be applied to type `%s`",
                 binop_str(op), ls);
    } else {
        tc_error(cx, e, "E0369", "binary operation `%s` cannot be applied to type `%s`",
                 binop_str(op), ls);
    }
    tystr_free(ls);
    tystr_free(rs);
}

static Ty *
check_binary(FnCx *cx, const Node *e, Ty *expect)
{
    uint16_t op = e->op;
    uint8_t saved = cx->use_mode;
    if (op == TK_ANDAND || op == TK_OROR) {
        cx->use_mode = CAPTURE_VALUE;
        check_expr_coerce(cx, e->kids[0], ty_bool());
        check_expr_coerce(cx, e->kids[1], ty_bool());
        cx->use_mode = saved;
        return ty_bool();
    }
    /* comparisons and arithmetic read their operands by reference (traits take &self) */
    cx->use_mode = is_cmp(op) ? CAPTURE_REF : CAPTURE_VALUE;
    Ty *l = check_expr(cx, e->kids[0], is_cmp(op) ? NULL : expect);
    Ty *ls = shallow(cx, l);
    Ty *r;
    if (is_shift(op)) {
        r = check_expr(cx, e->kids[1], NULL);
        Ty *rs = shallow(cx, r);
        cx->use_mode = saved;
        if (is_integral(ls) && is_integral(rs))
            return l;
        if (ls->kind == TY_ERROR || rs->kind == TY_ERROR)
            return ty_error();
        binop_error(cx, e, op, l, r);
        return ty_error();
    }
    /* String + &str */
    if (op == TK_PLUS && is_lang_adt(cx, ls, LANG_STRING)) {
        check_expr_coerce(cx, e->kids[1], ty_ref(ty_str(), false));
        cx->use_mode = saved;
        return l;
    }
    r = check_expr(cx, e->kids[1], ls->kind == TY_INFER ? NULL : l);
    cx->use_mode = saved;
    Ty *rs = shallow(cx, r);
    if (ls->kind == TY_ERROR || rs->kind == TY_ERROR)
        return is_cmp(op) ? ty_bool() : ty_error();
    if (is_cmp(op)) {
        /* primitives compare built in; other types through PartialEq / PartialOrd */
        bool prim = (is_numeric(ls) || ls->kind == TY_BOOL || ls->kind == TY_CHAR) &&
                    (is_numeric(rs) || rs->kind == TY_BOOL || rs->kind == TY_CHAR);
        if (prim) {
            if (!unify(cx, l, r)) {
                bool var = ls->kind == TY_INT_VAR || ls->kind == TY_FLOAT_VAR ||
                           rs->kind == TY_INT_VAR || rs->kind == TY_FLOAT_VAR;
                if (var && is_numeric(ls) && is_numeric(rs)) {
                    char *a = tystr(cx, l), *b = tystr(cx, r);
                    tc_error(cx, e, "E0277", "can't compare `%s` with `%s`", a, b);
                    tystr_free(a);
                    tystr_free(b);
                }
                type_mismatch(cx, e->kids[1], l, r);
            }
            return ty_bool();
        }
        if (!coerce(cx, r, l) && !unify(cx, l, r)) {
            type_mismatch(cx, e->kids[1], l, r);
            return ty_bool();
        }
        DefId tr = (op == TK_EQEQ || op == TK_NE) ? cx->li->items[LANG_EQ]
                                                  : cx->li->items[LANG_PARTIAL_ORD];
        uint32_t s = snapshot(cx);
        Sel sel = select_trait(cx, l, tr, NULL, NULL, 0);
        if (sel == SEL_NO) {
            rollback(cx, s);
            binop_error(cx, e, op, l, r);
        } else if (sel == SEL_AMBIG) {
            add_oblig(cx, l, tr, NULL, NULL, e, OB_PLAIN);
        }
        return ty_bool();
    }
    /* arithmetic and bit operators */
    bool lnum = is_numeric(ls), rnum = is_numeric(rs);
    if (lnum && rnum) {
        if (!unify(cx, l, r)) {
            /* two concrete types: rustc reports the operand first, then the operator */
            bool concrete = (ls->kind == TY_INT || ls->kind == TY_FLOAT) &&
                            (rs->kind == TY_INT || rs->kind == TY_FLOAT);
            if (concrete)
                type_mismatch(cx, e->kids[1], l, r);
            binop_error(cx, e, op, l, r);
            return ty_error();
        }
        if (is_bitop(op) && (shallow(cx, l)->kind == TY_FLOAT || shallow(cx, l)->kind == TY_FLOAT_VAR)) {
            binop_error(cx, e, op, l, r);
            return ty_error();
        }
        return l;
    }
    if (is_bitop(op) && ls->kind == TY_BOOL && rs->kind == TY_BOOL)
        return ty_bool();
    if (ls->kind == TY_REF && is_numeric(shallow(cx, ls->args[0])) && rnum) {
        if (unify(cx, ls->args[0], r))
            return shallow(cx, ls->args[0]);
    }
    if (lnum && rs->kind == TY_REF && is_numeric(shallow(cx, rs->args[0]))) {
        if (unify(cx, l, rs->args[0]))
            return l;
    }
    if (ls->kind == TY_REF && rs->kind == TY_REF && is_numeric(shallow(cx, ls->args[0]))) {
        if (unify(cx, ls->args[0], rs->args[0]))
            return shallow(cx, ls->args[0]);
    }
    if (ls->kind == TY_INFER || rs->kind == TY_INFER) {
        if (unify(cx, l, r))
            return l;
    }
    binop_error(cx, e, op, l, r);
    return ty_error();
}

static Ty *
check_unary(FnCx *cx, const Node *e, Ty *expect)
{
    Ty *t;
    switch (e->op) {
    case TK_MINUS: {
        t = check_expr(cx, e->kids[0], expect);
        Ty *s = shallow(cx, t);
        if (s->kind == TY_INT && !int_kind_signed((IntKind)s->sub)) {
            char *ts = tystr(cx, s);
            tc_error(cx, e, "E0600", "cannot apply unary operator `-` to type `%s`", ts);
            tystr_free(ts);
            return ty_error();
        }
        if (is_numeric(s) || s->kind == TY_ERROR)
            return t;
        if (s->kind == TY_REF && is_numeric(shallow(cx, s->args[0])))
            return s->args[0];
        char *ts = tystr(cx, s);
        tc_error(cx, e, "E0600", "cannot apply unary operator `-` to type `%s`", ts);
        tystr_free(ts);
        return ty_error();
    }
    case TK_NOT: {
        t = check_expr(cx, e->kids[0], expect);
        Ty *s = shallow(cx, t);
        if (s->kind == TY_BOOL || is_integral(s) || s->kind == TY_ERROR)
            return t;
        char *ts = tystr(cx, s);
        tc_error(cx, e, "E0600", "cannot apply unary operator `!` to type `%s`", ts);
        tystr_free(ts);
        return ty_error();
    }
    case TK_STAR: {
        t = check_expr(cx, e->kids[0], NULL);
        Ty *s = shallow(cx, t);
        if (s->kind == TY_ERROR)
            return s;
        if (s->kind == TY_REF || s->kind == TY_PTR)
            return s->args[0];
        if (is_lang_adt(cx, s, LANG_BOX))
            return s->args[0];
        if (is_lang_adt(cx, s, LANG_STRING))
            return ty_str();
        if (is_lang_adt(cx, s, LANG_VEC))
            return ty_mk(TY_SLICE, 0, DEF_NONE, 0, 0, &s->args[0], 1);
        char *ts = tystr(cx, s);
        tc_error(cx, e, "E0614", "type `%s` cannot be dereferenced", ts);
        tystr_free(ts);
        return ty_error();
    }
    default:
        tc_error(cx, e, "", "this operator is not supported by smelt yet");
        return ty_error();
    }
}

/* ---- places: mutability -------------------------------------------------------------------------- */

/* The local a place expression is rooted in without passing through a reference, or -1. */
static int32_t
place_root(FnCx *cx, const Node *e, bool *through_ref)
{
    for (;;) {
        if (e->kind == N_PAREN || e->kind == N_FIELD_EXPR) {
            e = e->kids[0];
            continue;
        }
        if (e->kind == N_INDEX) {
            e = e->kids[0];
            continue;
        }
        if (e->kind == N_UNARY && e->op == TK_STAR) {
            *through_ref = true;
            return -1;
        }
        break;
    }
    if (e->kind == N_PATH_EXPR && e->kids[0]->kind == N_PATH && e->kids[0]->nkids == 1)
        return find_local(cx, e->kids[0]->kids[0]->sym);
    return -1;
}

/* Does the place go through a shared reference (its auto-deref'd base is &T)? */
static bool
place_behind_shared_ref(FnCx *cx, const Node *e)
{
    while (e->kind == N_PAREN)
        e = e->kids[0];
    if (e->kind == N_FIELD_EXPR || e->kind == N_INDEX) {
        const Node *b = e->kids[0];
        for (uint32_t i = cx->types.len; i-- > 0;)
            if (cx->types.data[i].node == b) {
                Ty *t = shallow(cx, cx->types.data[i].ty);
                if (t->kind == TY_REF)
                    return !t->sub;
                break;
            }
        return place_behind_shared_ref(cx, b);
    }
    if (e->kind == N_UNARY && e->op == TK_STAR) {
        for (uint32_t i = cx->types.len; i-- > 0;)
            if (cx->types.data[i].node == e->kids[0]) {
                Ty *t = shallow(cx, cx->types.data[i].ty);
                return t->kind == TY_REF && !t->sub;
            }
    }
    return false;
}

static void
check_mutable_place(FnCx *cx, const Node *place, bool borrow, const Node *at)
{
    bool through = false;
    int32_t li = place_root(cx, place, &through);
    if (li < 0) {
        if (place_behind_shared_ref(cx, place)) {
            if (borrow)
                tc_error(cx, at, "E0596", "cannot borrow data in a `&` reference as mutable");
            else
                tc_error(cx, at, "E0594", "cannot assign to data in a `&` reference");
        }
        return;
    }
    Local *l = &cx->locals.data[li];
    Ty *lt = shallow(cx, l->ty);
    bool direct = place->kind == N_PATH_EXPR;
    if (!direct && lt->kind == TY_REF) {
        if (!lt->sub) {
            if (borrow)
                tc_error(cx, at, "E0596", "cannot borrow `*%s` as mutable, as it is behind a `&` "
                                          "reference", sym_str(l->name));
            else
                tc_error(cx, at, "E0594", "cannot assign to `*%s`, which is behind a `&` reference",
                         sym_str(l->name));
        }
        return;
    }
    if (l->mut)
        return;
    if (borrow) {
        tc_error(cx, at, "E0596", "cannot borrow `%s` as mutable, as it is not declared as mutable",
                 sym_str(l->name));
        return;
    }
    if (direct) {
        l->assigns++;
        bool in_loop = cx->loops.len > l->loop_depth;
        if (l->has_init || l->assigns > 1 || in_loop)
            tc_error(cx, at, "E0384", "cannot assign twice to immutable variable `%s`",
                     sym_str(l->name));
        return;
    }
    tc_error(cx, at, "E0594", "cannot assign to `%s`, as `%s` is not declared as mutable",
             sym_str(l->name), sym_str(l->name));
}

/* ---- field access and indexing ---------------------------------------------------------------- */

static Ty *
check_field(FnCx *cx, const Node *e)
{
    Ty *base = check_expr(cx, e->kids[0], NULL);
    Ty *t = shallow(cx, base);
    Symbol name = e->sym;
    const char *ns = sym_str(name);
    bool numeric = ns[0] >= '0' && ns[0] <= '9';
    for (int step = 0; step < 16 && t; step++) {
        t = shallow(cx, t);
        if (t->kind == TY_ERROR)
            return t;
        if (t->kind == TY_TUPLE && numeric) {
            uint32_t i = (uint32_t)strtoul(ns, NULL, 10);
            if (i < t->n)
                return t->args[i];
            break;
        }
        if (t->kind == TY_ADT) {
            const AdtDef *a = adt_def(cx->q, t->def);
            if (!a->is_enum && a->nvariants) {
                const VariantDef *v = &a->variants[0];
                for (uint32_t i = 0; i < v->nfields; i++)
                    if (v->fields[i].name == name) {
                        if (!v->fields[i].pub &&
                            def_crate_root(cx->t, t->def) != def_crate_root(cx->t, cx->root)) {
                            char *ts = tystr(cx, t);
                            tc_error(cx, e, "E0616", "field `%s` of struct `%s` is private", ns, ts);
                            tystr_free(ts);
                            return ty_error();
                        }
                        if (!v->fields[i].pub) {
                            DefId m = def_module(cx->t, t->def), from = def_module(cx->t, cx->root);
                            bool ok = false;
                            for (DefId d = from; d != DEF_NONE; d = defs_get(cx->t, d)->parent)
                                ok |= d == m;
                            if (!ok) {
                                char *ts = tystr(cx, t);
                                tc_error(cx, e, "E0616", "field `%s` of struct `%s` is private",
                                         ns, ts);
                                tystr_free(ts);
                                return ty_error();
                            }
                        }
                        return ty_subst(v->fields[i].ty, t->args, t->n);
                    }
            }
        }
        if (t->kind == TY_INFER) {
            tc_error(cx, e, "E0282", "type annotations needed");
            return ty_error();
        }
        Ty *next = deref_step(cx, t, true);
        if (!next)
            break;
        t = next;
    }
    Ty *bs = shallow(cx, base);
    char *ts = tystr(cx, bs);
    Ty *inner = bs;
    while (inner->kind == TY_REF)
        inner = shallow(cx, inner->args[0]);
    if (inner->kind == TY_INT || inner->kind == TY_FLOAT || inner->kind == TY_BOOL ||
        inner->kind == TY_CHAR || inner->kind == TY_INT_VAR || inner->kind == TY_FLOAT_VAR)
        tc_error(cx, e, "E0610", "`%s` is a primitive type and therefore doesn't have fields", ts);
    else
        tc_error(cx, e, "E0609", "no field `%s` on type `%s`", ns, ts);
    tystr_free(ts);
    return ty_error();
}

static Ty *
check_index(FnCx *cx, const Node *e)
{
    Ty *base = check_expr(cx, e->kids[0], NULL);
    uint8_t saved = cx->use_mode;
    cx->use_mode = CAPTURE_VALUE;
    Ty *idx = check_expr(cx, e->kids[1], NULL);
    cx->use_mode = saved;
    Ty *is = shallow(cx, idx);
    bool range = is_lang_adt(cx, is, LANG_RANGE) || is_lang_adt(cx, is, LANG_RANGE_INCLUSIVE) ||
                 is_lang_adt(cx, is, LANG_RANGE_FROM) || is_lang_adt(cx, is, LANG_RANGE_TO) ||
                 is_lang_adt(cx, is, LANG_RANGE_TO_INCLUSIVE);
    bool full = is_lang_adt(cx, is, LANG_RANGE_FULL);
    if (full) {
        range = true;
        Ty *u = ty_int(IK_USIZE);
        is = ty_adt(is->def, &u, 1); /* carries the index type below */
    }
    Ty *t = shallow(cx, base);
    for (int step = 0; step < 16 && t; step++) {
        t = shallow(cx, t);
        if (t->kind == TY_ERROR)
            return t;
        Ty *elem = NULL;
        bool is_str = false;
        if (t->kind == TY_ARRAY || t->kind == TY_SLICE)
            elem = t->args[0];
        else if (is_lang_adt(cx, t, LANG_VEC))
            elem = t->args[0];
        else if (t->kind == TY_STR || is_lang_adt(cx, t, LANG_STRING))
            is_str = true;
        if (elem || is_str) {
            if (range) {
                if (!unify(cx, is->args[0], ty_int(IK_USIZE)))
                    type_mismatch(cx, e->kids[1], ty_int(IK_USIZE), is->args[0]);
                return is_str ? ty_str() : ty_mk(TY_SLICE, 0, DEF_NONE, 0, 0, &elem, 1);
            }
            if (is_str) {
                tc_error(cx, e, "E0277", "the type `str` cannot be indexed by `%s`", "{integer}");
                return ty_error();
            }
            if (!unify(cx, idx, ty_int(IK_USIZE))) {
                char *ts = tystr(cx, t), *is2 = tystr(cx, idx);
                tc_error(cx, e->kids[1], "E0277", "the type `[%s]` cannot be indexed by `%s`", ts,
                         is2);
                tystr_free(ts);
                tystr_free(is2);
                return ty_error();
            }
            return elem;
        }
        if (t->kind == TY_INFER) {
            tc_error(cx, e, "E0282", "type annotations needed");
            return ty_error();
        }
        Ty *next = deref_step(cx, t, true);
        if (!next)
            break;
        t = next;
    }
    char *ts = tystr(cx, base);
    tc_error(cx, e, "E0608", "cannot index into a value of type `%s`", ts);
    tystr_free(ts);
    return ty_error();
}

/* ---- struct literals ----------------------------------------------------------------------------- */

static Ty *
check_struct_lit(FnCx *cx, const Node *e, Ty *expect)
{
    (void)expect;
    const Node *path = e->kids[0];
    Res r;
    if (path->kind == N_PATH && path->nkids == 1 && path->kids[0]->sym == sym_cstr("Self") &&
        cx->self_ty) {
        Ty *st = cx->self_ty;
        r.kind = RES_DEF;
        r.def = st->kind == TY_ADT ? st->def : DEF_NONE;
        if (r.def == DEF_NONE) {
            tc_error(cx, e, "E0071", "expected struct, variant or union type, found `Self`");
            return ty_error();
        }
    } else {
        r = resolve_pat_path(cx, path, NS_TYPE);
    }
    const Node *base = e->kids[e->nkids - 1];
    if (r.kind != RES_DEF) {
        for (uint32_t i = 1; i < e->nkids; i++)
            if (e->kids[i]->kind == N_FIELD_INIT)
                check_expr(cx, e->kids[i]->kids[0], NULL);
        if (r.kind != RES_ERR)
            tc_error(cx, e, "E0574", "expected struct, variant or union type, found %s",
                     res_descr(cx->t, &r));
        return ty_error();
    }
    const Def *d = defs_get(cx->t, r.def);
    DefId adt = d->kind == DK_VARIANT ? d->parent : r.def;
    if (d->kind != DK_STRUCT && d->kind != DK_VARIANT) {
        tc_error(cx, e, "E0574", "expected struct, variant or union type, found %s `%s`",
                 res_descr(cx->t, &r), sym_str(d->name));
        return ty_error();
    }
    const AdtDef *a = adt_def(cx->q, adt);
    const VariantDef *v = NULL;
    for (uint32_t i = 0; i < a->nvariants; i++)
        if (a->variants[i].def == r.def)
            v = &a->variants[i];
    if (!v)
        return ty_error();
    Ty *adt_ty;
    if (cx->self_ty && path->nkids == 1 && path->kids[0]->sym == sym_cstr("Self")) {
        adt_ty = cx->self_ty;
    } else {
        const Generics *g = generics_of(cx->q, adt);
        Ty **args = fresh_args(cx, g, 0, NULL, 0);
        for (uint32_t i = 0; i < path->nkids; i++)
            if (seg_args(path->kids[i]))
                apply_turbofish(cx, seg_args(path->kids[i]), args, 0, g->count);
        adt_ty = ty_adt(adt, args, g->count);
    }
    if (expect)
        unify(cx, adt_ty, expect);
    bool seen[256] = {0};
    for (uint32_t i = 1; i < e->nkids; i++) {
        const Node *fi = e->kids[i];
        if (fi->kind != N_FIELD_INIT)
            continue;
        uint32_t k;
        for (k = 0; k < v->nfields; k++)
            if (v->fields[k].name == fi->sym)
                break;
        if (k == v->nfields) {
            const char *vn = sym_str(v->name);
            if (a->is_enum)
                tc_error(cx, fi, "E0559", "variant `%s::%s` has no field named `%s`",
                         sym_str(defs_get(cx->t, adt)->name), vn, sym_str(fi->sym));
            else
                tc_error(cx, fi, "E0560", "struct `%s` has no field named `%s`", vn,
                         sym_str(fi->sym));
            check_expr(cx, fi->kids[0], NULL);
            continue;
        }
        if (k < 256) {
            if (seen[k])
                tc_error(cx, fi, "E0062", "field `%s` specified more than once", sym_str(fi->sym));
            seen[k] = true;
        }
        uint8_t saved = cx->use_mode;
        cx->use_mode = CAPTURE_VALUE;
        check_expr_coerce(cx, fi->kids[0], ty_subst(v->fields[k].ty, adt_ty->args, adt_ty->n));
        cx->use_mode = saved;
    }
    if (base->kind != N_NONE && base->kind != N_FIELD_INIT) {
        check_expr_coerce(cx, base, adt_ty);
    } else {
        Buf missing = {0};
        uint32_t nm = 0;
        for (uint32_t k = 0; k < v->nfields && k < 256; k++)
            if (!seen[k]) {
                if (nm < 3)
                    buf_printf(&missing, "%s`%s`", nm ? ", " : "", sym_str(v->fields[k].name));
                nm++;
            }
        if (nm)
            tc_error(cx, e, "E0063", "missing field%s %.*s in initializer of `%s`",
                     nm == 1 ? "" : "s", (int)missing.len, (const char *)missing.data,
                     sym_str(v->name));
        buf_free(&missing);
    }
    return adt_ty;
}

/* ---- closures and async blocks ------------------------------------------------------------------ */

static Ty *check_body_in_frame(FnCx *cx, const Node *body, Ty *ret, int32_t closure, bool is_async);

static Ty *
check_closure(FnCx *cx, const Node *e, Ty *expect)
{
    DefId def = sess_def_of_node(cx->q, e);
    const Node *params = e->kids[0];
    Ty *exp_in = NULL, *exp_out = NULL;
    if (expect)
        expected_fn_sig(cx, expect, &exp_in, &exp_out);
    if (exp_in) {
        exp_in = shallow(cx, exp_in);
        if (exp_in->kind != TY_TUPLE || exp_in->n != params->nkids) {
            if (exp_in->kind == TY_TUPLE)
                tc_error(cx, e, "E0593", "closure is expected to take %u argument%s, but it takes "
                                         "%u argument%s", exp_in->n, exp_in->n == 1 ? "" : "s",
                         params->nkids, params->nkids == 1 ? "" : "s");
            exp_in = NULL;
            exp_out = NULL;
        }
    }
    bool is_async = (e->flags & NF_ASYNC) != 0;
    ClosureRec rec = {def, e, NULL, NULL, is_async, false, (e->flags & NF_MOVE) != 0,
                      cx->frames.len};
    uint32_t ci = cx->closures.len;
    vec_push(&cx->closures, rec);
    Ty *ins[64];
    uint32_t n = params->nkids < 64 ? params->nkids : 64;
    push_scope(cx);
    Frame f = {NULL, (int32_t)ci, is_async, cx->locals.len, cx->loops.len};
    Ty *ret;
    if (e->kids[1]->kind != N_NONE)
        ret = lower_body_ty(cx, e->kids[1]);
    else if (exp_out && !is_async)
        ret = exp_out;
    else
        ret = fresh(cx, TY_INFER);
    f.ret = ret;
    vec_push(&cx->frames, f);
    for (uint32_t i = 0; i < n; i++) {
        const Node *p = params->kids[i];
        Ty *pt;
        if (p->kids[1]->kind != N_NONE) {
            pt = lower_body_ty(cx, p->kids[1]);
            if (exp_in && !unify(cx, pt, exp_in->args[i]))
                type_mismatch(cx, p, exp_in->args[i], pt);
        } else {
            pt = exp_in ? exp_in->args[i] : fresh(cx, TY_INFER);
        }
        ins[i] = pt;
        check_pat(cx, p->kids[0], pt, false, false);
        check_irrefutable(cx, p->kids[0], pt, "function argument");
    }
    Ty *out_ty;
    {
        const Node *body = e->kids[2];
        DefId saved_from = cx->lcx.p.from;
        if (def != DEF_NONE)
            cx->lcx.p.from = def;
        Ty *bt = check_expr(cx, body, ret);
        cx->lcx.p.from = saved_from;
        if (!coerce(cx, bt, ret))
            type_mismatch(cx, body, ret, bt);
    }
    cx->frames.len--;
    pop_scope(cx);
    out_ty = ret;
    if (is_async) {
        /* calling an async closure gives a future of its body */
        DefId body_def = DEF_NONE;
        for (DefId c = def + 1; c < defs_count(cx->t); c++)
            if (defs_get(cx->t, c)->parent == def && defs_get(cx->t, c)->kind == DK_COROUTINE) {
                body_def = c;
                break;
            }
        Ty *oa[1] = {ret};
        out_ty = ty_mk(TY_FUTURE, 0, body_def == DEF_NONE ? def : body_def, 0, 0, oa, 1);
        if (exp_out && !unify(cx, out_ty, exp_out))
            type_mismatch(cx, e, exp_out, out_ty);
    }
    cx->closures.data[ci].inputs = ty_tuple(ins, n);
    cx->closures.data[ci].output = out_ty;
    Ty *sa[65];
    for (uint32_t i = 0; i < n; i++)
        sa[i] = ins[i];
    sa[n] = out_ty;
    Ty *sig = ty_mk(TY_FNPTR, 0, DEF_NONE, 0, 0, sa, n + 1);
    /* then the enclosing fn's own generic parameters (rustc's parent substs): what the
     * closure captures may mention them, and an instance of the fn substitutes them */
    Ty *ca[65];
    uint32_t nc = 0;
    ca[nc++] = sig;
    if (cx->g)
        for (uint32_t i = 0; i < cx->g->count && nc < 65; i++)
            ca[nc++] = ty_param(i, cx->g->names[i]);
    return ty_mk(TY_CLOSURE, 0, def, 0, 0, ca, nc);
}

static Ty *
check_async_block(FnCx *cx, const Node *e)
{
    DefId def = sess_def_of_node(cx->q, e);
    ClosureRec rec = {def, e, ty_unit(), NULL, true, true, (e->flags & NF_MOVE) != 0,
                      cx->frames.len};
    uint32_t ci = cx->closures.len;
    vec_push(&cx->closures, rec);
    Ty *ret = fresh(cx, TY_INFER);
    DefId saved_from = cx->lcx.p.from;
    if (def != DEF_NONE)
        cx->lcx.p.from = def;
    Ty *bt = check_body_in_frame(cx, e->kids[0], ret, (int32_t)ci, true);
    cx->lcx.p.from = saved_from;
    if (!coerce(cx, bt, ret))
        type_mismatch(cx, e->kids[0], ret, bt);
    cx->closures.data[ci].output = ret;
    Ty *oa[1] = {ret};
    return ty_mk(TY_FUTURE, 0, def, 0, 0, oa, 1);
}

static Ty *
check_body_in_frame(FnCx *cx, const Node *body, Ty *ret, int32_t closure, bool is_async)
{
    push_scope(cx);
    Frame f = {ret, closure, is_async, cx->locals.len, cx->loops.len};
    vec_push(&cx->frames, f);
    Ty *t = check_expr(cx, body, ret);
    cx->frames.len--;
    pop_scope(cx);
    return t;
}

/* ---- format macros ------------------------------------------------------------------------------- */

typedef struct {
    uint32_t nexplicit; /* positional arguments consumed implicitly */
    uint32_t max_pos;
} FmtUse;

/* Parses a format string's placeholders; calls back per argument reference. */
static bool
check_format(FnCx *cx, const Node *mac, const Node *fmt, const Node *const *args, uint32_t nargs)
{
    if (fmt->kind != N_LIT || fmt->op != TK_STR) {
        tc_error(cx, fmt, "", "format argument must be a string literal");
        return false;
    }
    const char *s = sym_str(fmt->sym);
    size_t len = sym_len(fmt->sym);
    /* positional args are those not of the form name = expr */
    uint32_t npos = 0;
    bool used[64] = {0};
    for (uint32_t i = 0; i < nargs; i++)
        if (args[i]->kind != N_ASSIGN)
            npos++;
    uint32_t next = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '}') {
            if (i + 1 < len && s[i + 1] == '}') {
                i++;
                continue;
            }
            tc_error(cx, fmt, "", "invalid format string: unmatched `}` found");
            return false;
        }
        if (s[i] != '{')
            continue;
        if (i + 1 < len && s[i + 1] == '{') {
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < len && s[j] != '}')
            j++;
        if (j >= len) {
            tc_error(cx, fmt, "", "invalid format string: expected `}` but string was terminated");
            return false;
        }
        /* {arg:spec} */
        char inner[256];
        size_t il = j - i - 1 < 255 ? j - i - 1 : 255;
        memcpy(inner, s + i + 1, il);
        inner[il] = 0;
        char *colon = strchr(inner, ':');
        char *spec = colon ? colon + 1 : (char *)"";
        if (colon)
            *colon = 0;
        bool debug = strchr(spec, '?') != NULL;
        /* width / precision taken from arguments: `{:w$}`, `{:1$}`, `{:.*}` */
        for (char *d = strchr(spec, '$'); d; d = strchr(d + 1, '$')) {
            char *st = d;
            while (st > spec && (st[-1] == '_' || (st[-1] >= 'a' && st[-1] <= 'z') ||
                                 (st[-1] >= 'A' && st[-1] <= 'Z') || (st[-1] >= '0' && st[-1] <= '9')))
                st--;
            char ref[128];
            snprintf(ref, sizeof ref, "%.*s", (int)(d - st), st);
            if (!ref[0])
                continue;
            if (ref[0] >= '0' && ref[0] <= '9') {
                uint32_t idx = (uint32_t)strtoul(ref, NULL, 10), k = 0;
                for (uint32_t a = 0; a < nargs; a++)
                    if (args[a]->kind != N_ASSIGN && k++ == idx && a < 64)
                        used[a] = true;
            } else {
                Symbol nm = sym_cstr(ref);
                bool got = false;
                for (uint32_t a = 0; a < nargs; a++)
                    if (args[a]->kind == N_ASSIGN && args[a]->kids[0]->kind == N_PATH_EXPR &&
                        args[a]->kids[0]->kids[0]->nkids == 1 &&
                        args[a]->kids[0]->kids[0]->kids[0]->sym == nm && a < 64)
                        used[a] = got = true;
                if (!got && find_local(cx, nm) < 0) {
                    tc_error(cx, fmt, "E0425", "cannot find value `%s` in this scope", ref);
                    return false;
                }
            }
        }
        if (strstr(spec, ".*")) {
            /* the next positional argument is the precision */
            uint32_t k = 0;
            for (uint32_t a = 0; a < nargs; a++)
                if (args[a]->kind != N_ASSIGN && k++ == next && a < 64)
                    used[a] = true;
            next++;
        }
        for (char *c = spec; *c; c++)
            if (strchr("xXobeE", *c) && !debug) {
                /* hex etc.: integer formatting traits, fine for integers */
            }
        Ty *at = NULL;
        const Node *argn = NULL;
        if (inner[0] == 0) {
            if (next < npos) {
                uint32_t k = 0;
                for (uint32_t a = 0; a < nargs; a++)
                    if (args[a]->kind != N_ASSIGN) {
                        if (k == next) {
                            argn = args[a];
                            if (a < 64)
                                used[a] = true;
                            break;
                        }
                        k++;
                    }
            }
            next++;
        } else if (inner[0] >= '0' && inner[0] <= '9') {
            uint32_t idx = (uint32_t)strtoul(inner, NULL, 10);
            uint32_t k = 0;
            for (uint32_t a = 0; a < nargs; a++)
                if (args[a]->kind != N_ASSIGN) {
                    if (k == idx) {
                        argn = args[a];
                        if (a < 64)
                            used[a] = true;
                        break;
                    }
                    k++;
                }
            if (!argn) {
                tc_error(cx, fmt, "", "invalid reference to positional argument %u (there %s %u "
                                      "argument%s)", idx, npos == 1 ? "is" : "are", npos,
                         npos == 1 ? "" : "s");
                return false;
            }
        } else {
            Symbol nm = sym_cstr(inner);
            for (uint32_t a = 0; a < nargs; a++)
                if (args[a]->kind == N_ASSIGN && args[a]->kids[0]->kind == N_PATH_EXPR &&
                    args[a]->kids[0]->kids[0]->nkids == 1 &&
                    args[a]->kids[0]->kids[0]->kids[0]->sym == nm) {
                    argn = args[a]->kids[1];
                    if (a < 64)
                        used[a] = true;
                }
            if (!argn) {
                /* captured identifier: a local or a const */
                int32_t li = find_local(cx, nm);
                if (li >= 0) {
                    note_use(cx, (uint32_t)li, CAPTURE_REF, false);
                    at = cx->locals.data[li].ty;
                } else {
                    tc_error(cx, fmt, "E0425", "cannot find value `%s` in this scope", inner);
                    continue;
                }
            }
        }
        if (argn) {
            for (uint32_t k = 0; k < cx->types.len; k++)
                if (cx->types.data[k].node == argn) {
                    at = cx->types.data[k].ty;
                    break;
                }
        }
        if (at) {
            DefId tr = cx->li->items[debug ? LANG_DEBUG : LANG_DISPLAY];
            add_oblig(cx, at, tr, NULL, NULL, argn ? argn : fmt, debug ? OB_DEBUG : OB_DISPLAY);
        }
        i = j;
    }
    for (uint32_t a = 0; a < nargs && a < 64; a++)
        if (!used[a]) {
            if (args[a]->kind == N_ASSIGN)
                tc_error(cx, args[a], "", "named argument never used");
            else
                tc_error(cx, args[a], "", npos - next > 1 ? "multiple unused formatting arguments"
                                                          : "argument never used");
            return false;
        }
    (void)mac;
    return true;
}

static Ty *
check_macro(FnCx *cx, const Node *e, Ty *expect)
{
    const char *nm = sym_str(e->sym);
    const Node *const *k = (const Node *const *)e->kids;
    uint32_t n = e->nkids;
    uint8_t saved = cx->use_mode;
    cx->use_mode = CAPTURE_REF;
    Ty *result = ty_unit();
    if (!strcmp(nm, "vec")) {
        cx->use_mode = CAPTURE_VALUE;
        Ty *elem = NULL;
        if (expect) {
            Ty *x = shallow(cx, expect);
            if (is_lang_adt(cx, x, LANG_VEC))
                elem = x->args[0];
        }
        if (!elem)
            elem = fresh(cx, TY_INFER);
        if (n == 1 && k[0]->kind == N_ARRAY_REPEAT) {
            check_expr_coerce(cx, k[0]->kids[0], elem);
            check_expr_coerce(cx, k[0]->kids[1], ty_int(IK_USIZE));
            add_oblig(cx, elem, cx->li->items[LANG_CLONE], NULL, NULL, k[0], OB_PLAIN);
        } else {
            for (uint32_t i = 0; i < n; i++)
                check_expr_coerce(cx, k[i], elem);
        }
        cx->use_mode = saved;
        return lang_adt(cx, LANG_VEC, &elem, 1);
    }
    if (!strcmp(nm, "matches")) {
        Ty *t = check_expr(cx, k[0], NULL);
        push_scope(cx);
        check_pat(cx, k[1], t, false, false);
        if (k[2]->kind != N_NONE)
            check_expr_coerce(cx, k[2], ty_bool());
        pop_scope(cx);
        cx->use_mode = saved;
        return ty_bool();
    }
    bool is_assert = !strcmp(nm, "assert") || !strcmp(nm, "debug_assert");
    bool is_assert_eq = !strcmp(nm, "assert_eq") || !strcmp(nm, "assert_ne") ||
                        !strcmp(nm, "debug_assert_eq") || !strcmp(nm, "debug_assert_ne");
    bool is_write = !strcmp(nm, "write") || !strcmp(nm, "writeln");
    uint32_t first_fmt = 0;
    if (is_assert) {
        if (n < 1) {
            tc_error(cx, e, "", "macro requires a boolean expression as an argument");
            cx->use_mode = saved;
            return ty_unit();
        }
        check_expr_coerce(cx, k[0], ty_bool());
        first_fmt = 1;
    } else if (is_assert_eq) {
        if (n < 2) {
            tc_error(cx, e, "", "macro requires two arguments");
            cx->use_mode = saved;
            return ty_unit();
        }
        Ty *a = check_expr(cx, k[0], NULL);
        Ty *b = check_expr(cx, k[1], a);
        if (!unify(cx, a, b) && !coerce(cx, b, a))
            type_mismatch(cx, k[1], a, b);
        add_oblig(cx, a, cx->li->items[LANG_EQ], NULL, NULL, e, OB_PLAIN);
        add_oblig(cx, a, cx->li->items[LANG_DEBUG], NULL, NULL, e, OB_DEBUG);
        first_fmt = 2;
    } else if (is_write) {
        if (n < 1) {
            cx->use_mode = saved;
            return ty_error();
        }
        cx->use_mode = CAPTURE_MUT_REF;
        check_expr(cx, k[0], NULL);
        first_fmt = 1;
        DefId fmt_mod = DEF_NONE;
        (void)fmt_mod;
        /* fmt::Result */
        DefId res = cx->li->items[LANG_RESULT];
        Ty *ra[2] = {ty_unit(), ty_unit()};
        DefId err = DEF_NONE;
        DefId fmtr = cx->li->items[LANG_FORMATTER];
        if (fmtr != DEF_NONE) {
            DefId m = defs_get(cx->t, fmtr)->parent;
            const ModScope *ms = module_scope(cx->q, m);
            const ScopeEntry *se = scope_find(ms, sym_cstr("Error"), NS_TYPE);
            if (se && se->res.kind == RES_DEF)
                err = se->res.def;
        }
        if (err != DEF_NONE)
            ra[1] = ty_adt(err, NULL, 0);
        result = res == DEF_NONE ? ty_error() : ty_adt(res, ra, 2);
    } else if (!strcmp(nm, "panic") || !strcmp(nm, "unreachable") || !strcmp(nm, "todo") ||
               !strcmp(nm, "unimplemented")) {
        result = ty_never();
    } else if (!strcmp(nm, "format")) {
        result = lang_adt(cx, LANG_STRING, NULL, 0);
    } else if (!strcmp(nm, "dbg")) {
        tc_error(cx, e, "", "the macro `dbg!` is not supported by smelt yet");
        cx->use_mode = saved;
        return ty_error();
    }
    /* the format string and its arguments */
    if (first_fmt < n) {
        for (uint32_t i = first_fmt + 1; i < n; i++) {
            const Node *a = k[i];
            if (a->kind == N_ASSIGN)
                record_type(cx, a->kids[1], check_expr(cx, a->kids[1], NULL));
            else
                check_expr(cx, a, NULL);
        }
        check_format(cx, e, k[first_fmt], k + first_fmt + 1, n - first_fmt - 1);
    }
    cx->use_mode = saved;
    return result;
}

/* ---- control flow -------------------------------------------------------------------------------- */

static Ty *
check_if(FnCx *cx, const Node *e, Ty *expect)
{
    push_scope(cx);
    const Node *cond = e->kids[0];
    if (cond->kind == N_LET_COND) {
        Ty *t = check_expr(cx, cond->kids[1], NULL);
        check_pat(cx, cond->kids[0], t, false, false);
    } else {
        check_expr_coerce(cx, cond, ty_bool());
    }
    bool has_else = e->kids[2]->kind != N_NONE;
    bool unit_expected = expect && is_unit(shallow(cx, expect));
    Ty *then_t = check_block(cx, e->kids[1], has_else || unit_expected ? expect : NULL);
    pop_scope(cx);
    if (!has_else) {
        if (!coerce(cx, then_t, ty_unit())) {
            Diag *d = tc_diag(cx, e->kids[1], "E0317", "`if` may be missing an `else` clause");
            tc_emit(cx, d);
        }
        return ty_unit();
    }
    Ty *tsh = shallow(cx, then_t);
    Ty *else_t = check_expr(cx, e->kids[2],
                            expect ? expect : tsh->kind == TY_NEVER ? NULL : then_t);
    Ty *ts = shallow(cx, then_t), *es = shallow(cx, else_t);
    if (ts->kind == TY_NEVER)
        return else_t;
    if (es->kind == TY_NEVER)
        return then_t;
    if (expect && !(shallow(cx, expect)->kind == TY_INFER)) {
        bool a = coerce(cx, then_t, expect), b = coerce(cx, else_t, expect);
        if (a && b)
            return expect;
    }
    if (coerce(cx, else_t, then_t))
        return then_t;
    if (coerce(cx, then_t, else_t))
        return else_t;
    Diag *d = tc_diag(cx, e->kids[2], "E0308", "`if` and `else` have incompatible types");
    char *x = tystr(cx, then_t), *y = tystr(cx, else_t);
    Buf l = {0};
    buf_printf(&l, "expected `%s`, found `%s`", x, y);
    d->label = xstrndup((const char *)l.data, l.len);
    buf_free(&l);
    tystr_free(x);
    tystr_free(y);
    tc_emit(cx, d);
    return ty_error();
}

/* rustc's "match arms have incompatible types" */
static Ty *
check_match(FnCx *cx, const Node *e, Ty *expect)
{
    uint8_t saved = cx->use_mode;
    cx->use_mode = CAPTURE_REF;
    Ty *scrut = check_expr(cx, e->kids[0], NULL);
    cx->use_mode = saved;
    Ty *result = NULL;
    bool all_never = true;
    for (uint32_t i = 1; i < e->nkids; i++) {
        const Node *arm = e->kids[i];
        if (arm->kind != N_ARM)
            continue;
        push_scope(cx);
        check_pat(cx, arm->kids[0], scrut, false, false);
        if (arm->kids[1]->kind != N_NONE) {
            const Node *g = arm->kids[1];
            if (g->kind == N_LET_COND) {
                Ty *t = check_expr(cx, g->kids[1], NULL);
                check_pat(cx, g->kids[0], t, false, false);
            } else {
                check_expr_coerce(cx, g, ty_bool());
            }
        }
        Ty *want = result ? result : expect;
        Ty *t = check_expr(cx, arm->kids[2], want);
        pop_scope(cx);
        Ty *ts = shallow(cx, t);
        if (ts->kind == TY_NEVER)
            continue;
        all_never = false;
        if (!result) {
            if (expect && shallow(cx, expect)->kind != TY_INFER && coerce(cx, t, expect))
                result = expect;
            else
                result = t;
            continue;
        }
        if (coerce(cx, t, result))
            continue;
        Diag *d = tc_diag(cx, arm->kids[2], "E0308", "`match` arms have incompatible types");
        char *x = tystr(cx, result), *y = tystr(cx, t);
        Buf l = {0};
        buf_printf(&l, "expected `%s`, found `%s`", x, y);
        d->label = xstrndup((const char *)l.data, l.len);
        buf_free(&l);
        tystr_free(x);
        tystr_free(y);
        tc_emit(cx, d);
    }
    check_match_exhaustive(cx, e, scrut);
    if (all_never)
        return ty_never();
    return result ? result : ty_unit();
}

static LoopFrame *
find_loop(FnCx *cx, Symbol label, const Node *at)
{
    uint32_t base = cx->frames.data[cx->frames.len - 1].loop_base;
    for (uint32_t i = cx->loops.len; i-- > base;) {
        if (!label || cx->loops.data[i].label == label)
            return &cx->loops.data[i];
    }
    if (label)
        tc_error(cx, at, "E0426", "use of undeclared label `%s`", sym_str(label));
    else
        tc_error(cx, at, "E0268", "`%s` outside of a loop", at->kind == N_BREAK ? "break" : "continue");
    return NULL;
}

/* The element type `for` iterates over. */
static Ty *
iter_item(FnCx *cx, const Node *at, Ty *t)
{
    Ty *s = shallow(cx, t);
    if (is_lang_adt(cx, s, LANG_RANGE) || is_lang_adt(cx, s, LANG_RANGE_INCLUSIVE))
        return s->args[0];
    if (is_lang_adt(cx, s, LANG_VEC))
        return s->args[0];
    if (s->kind == TY_ARRAY)
        return s->args[0];
    if (s->kind == TY_REF) {
        Ty *in = shallow(cx, s->args[0]);
        if (is_lang_adt(cx, in, LANG_VEC) || in->kind == TY_ARRAY || in->kind == TY_SLICE)
            return ty_ref(in->args[0], s->sub);
    }
    if (is_lang_adt(cx, s, LANG_VEC_ITER))
        return ty_ref(s->args[0], false);
    if (s->kind == TY_ERROR)
        return s;
    /* an Iterator impl's `type Item`, or a parameter's bound */
    DefId it = cx->li->items[LANG_ITERATOR];
    DefId item = it != DEF_NONE ? assoc_ty_named(cx->q, it, sym_cstr("Item")) : DEF_NONE;
    if (item != DEF_NONE && (s->kind == TY_ADT || s->kind == TY_PARAM || s->kind == TY_PROJ ||
                             s->kind == TY_OPAQUE) &&
        select_trait(cx, s, it, NULL, NULL, 0) != SEL_NO)
        return norm(cx, ty_mk(TY_PROJ, 0, item, 0, 0, &s, 1), at);
    char *ts = tystr(cx, s);
    if (s->kind == TY_INFER)
        tc_error(cx, at, "E0282", "type annotations needed");
    else
        tc_error(cx, at, "E0277", "`%s` is not an iterator", ts);
    tystr_free(ts);
    return ty_error();
}

static Ty *
check_try(FnCx *cx, const Node *e)
{
    Ty *t = shallow(cx, check_expr(cx, e->kids[0], NULL));
    Frame *f = &cx->frames.data[cx->frames.len - 1];
    Ty *ret = shallow(cx, f->ret);
    if (t->kind == TY_ERROR)
        return t;
    bool opt = is_lang_adt(cx, t, LANG_OPTION), res = is_lang_adt(cx, t, LANG_RESULT);
    if (!opt && !res) {
        char *ts = tystr(cx, t);
        tc_error(cx, e, "E0277", "the `?` operator can only be applied to values that implement "
                                 "`Try`");
        tystr_free(ts);
        return ty_error();
    }
    if (ret->kind == TY_INFER) {
        Ty *a[2] = {fresh(cx, TY_INFER), res ? t->args[1] : NULL};
        unify(cx, ret, lang_adt(cx, opt ? LANG_OPTION : LANG_RESULT, a, opt ? 1 : 2));
        ret = shallow(cx, ret);
    }
    if (opt && !is_lang_adt(cx, ret, LANG_OPTION)) {
        tc_error(cx, e, "E0277", "the `?` operator can only be used on `Option`s in a function "
                                 "that returns `Option`");
        return t->args[0];
    }
    if (res) {
        if (!is_lang_adt(cx, ret, LANG_RESULT)) {
            tc_error(cx, e, "E0277", "the `?` operator can only be used on `Result`s in a function "
                                     "that returns `Result`");
            return t->args[0];
        }
        if (!unify(cx, t->args[1], ret->args[1])) {
            char *a = tystr(cx, ret->args[1]), *b = tystr(cx, t->args[1]);
            tc_error(cx, e, "E0277", "`?` couldn't convert the error to `%s`", a);
            tystr_free(a);
            tystr_free(b);
        }
    }
    return t->args[0];
}

static Ty *
check_cast(FnCx *cx, const Node *e)
{
    Ty *to = lower_body_ty(cx, e->kids[1]);
    Ty *from = check_expr(cx, e->kids[0], NULL);
    Ty *f = shallow(cx, from), *t = shallow(cx, to);
    bool fnum = is_numeric(f) || f->kind == TY_BOOL || f->kind == TY_CHAR;
    bool tnum = is_numeric(t);
    if (f->kind == TY_ERROR || t->kind == TY_ERROR)
        return to;
    if (fnum && tnum) {
        if ((f->kind == TY_BOOL || f->kind == TY_CHAR) && t->kind == TY_FLOAT) {
            char *a = tystr(cx, f), *b = tystr(cx, t);
            tc_error(cx, e, "E0606", "casting `%s` as `%s` is invalid", a, b);
            tystr_free(a);
            tystr_free(b);
        }
        return to;
    }
    if (t->kind == TY_CHAR && f->kind == TY_INT && f->sub == IK_U8)
        return to;
    if (tnum && t->kind != TY_FLOAT && f->kind == TY_ADT) {
        /* a fieldless enum casts to its discriminant */
        const AdtDef *a = adt_def(cx->q, f->def);
        bool fieldless = a->is_enum;
        for (uint32_t i = 0; fieldless && i < a->nvariants; i++)
            fieldless = a->variants[i].nfields == 0 && a->variants[i].ctor_kind == CTOR_UNIT;
        if (fieldless)
            return to;
    }
    if (t->kind == TY_CHAR && f->kind == TY_INT_VAR) {
        unify(cx, f, ty_int(IK_U8));
        return to;
    }
    if (coerce(cx, from, to))
        return to;
    char *a = tystr(cx, f), *b = tystr(cx, t);
    if (t->kind == TY_BOOL || t->kind == TY_CHAR)
        tc_error(cx, e, "E0054", "cannot cast `%s` as `%s`", a, b);
    else
        tc_error(cx, e, "E0605", "non-primitive cast: `%s` as `%s`", a, b);
    tystr_free(a);
    tystr_free(b);
    return to;
}

/* ---- expressions ----------------------------------------------------------------------------------- */

/* One place of a destructuring assignment `(a, b) = ..` / `[a, _] = ..` gets a value of type `from`. */
static void
assign_element(FnCx *cx, const Node *place, Ty *from)
{
    if (place->kind == N_UNDERSCORE_EXPR)
        return;
    uint8_t saved = cx->use_mode;
    cx->use_mode = CAPTURE_MUT_REF;
    Ty *l = check_expr(cx, place, NULL);
    cx->use_mode = saved;
    if (!coerce(cx, from, l))
        type_mismatch(cx, place, l, from);
    check_mutable_place(cx, place, false, place);
}

static Ty *
check_expr_inner(FnCx *cx, const Node *e, Ty *expect)
{
    switch ((int)e->kind) {
    case N_LIT:
        return lit_type(cx, e, expect);
    case N_PATH_EXPR:
        return check_path_expr(cx, e);
    case N_PAREN:
        return check_expr(cx, e->kids[0], expect);
    case N_UNARY:
        return check_unary(cx, e, expect);
    case N_ADDR_OF: {
        bool mut = (e->flags & NF_MUT) != 0;
        Ty *inner_expect = NULL;
        if (expect) {
            Ty *x = shallow(cx, expect);
            if (x->kind == TY_REF)
                inner_expect = x->args[0];
        }
        uint8_t saved = cx->use_mode;
        cx->use_mode = mut ? CAPTURE_MUT_REF : CAPTURE_REF;
        Ty *t = check_expr(cx, e->kids[0], inner_expect);
        cx->use_mode = saved;
        if (mut)
            check_mutable_place(cx, e->kids[0], true, e);
        return ty_ref(t, mut);
    }
    case N_BINARY:
        return check_binary(cx, e, expect);
    case N_ASSIGN: {
        if (e->kids[0]->kind == N_UNDERSCORE_EXPR) {
            check_expr(cx, e->kids[1], NULL);
            return ty_unit();
        }
        if (e->kids[0]->kind == N_TUPLE || e->kids[0]->kind == N_ARRAY) {
            const Node *lhs = e->kids[0];
            bool arr = lhs->kind == N_ARRAY;
            Ty *r = check_expr(cx, e->kids[1], NULL);
            Ty *rs = shallow(cx, r);
            if (arr && rs->kind == TY_ARRAY && rs->idx == lhs->nkids) {
                for (uint32_t i = 0; i < lhs->nkids; i++)
                    assign_element(cx, lhs->kids[i], rs->args[0]);
                return ty_unit();
            }
            if (arr || rs->kind != TY_TUPLE || rs->n != lhs->nkids) {
                if (rs->kind != TY_ERROR) {
                    Ty *a[64];
                    for (uint32_t i = 0; i < lhs->nkids && i < 64; i++)
                        a[i] = fresh(cx, TY_INFER);
                    type_mismatch(cx, e->kids[1], ty_tuple(a, lhs->nkids < 64 ? lhs->nkids : 64), r);
                }
                return ty_unit();
            }
            for (uint32_t i = 0; i < lhs->nkids; i++)
                assign_element(cx, lhs->kids[i], rs->args[i]);
            return ty_unit();
        }
        uint8_t saved = cx->use_mode;
        cx->use_mode = CAPTURE_MUT_REF;
        Ty *l = check_expr(cx, e->kids[0], NULL);
        cx->use_mode = CAPTURE_VALUE;
        check_expr_coerce(cx, e->kids[1], l);
        cx->use_mode = saved;
        check_mutable_place(cx, e->kids[0], false, e);
        return ty_unit();
    }
    case N_ASSIGN_OP: {
        uint8_t saved = cx->use_mode;
        cx->use_mode = CAPTURE_MUT_REF;
        Ty *l = check_expr(cx, e->kids[0], NULL);
        cx->use_mode = CAPTURE_VALUE;
        Ty *r = check_expr(cx, e->kids[1], is_shift(e->op) ? NULL : l);
        cx->use_mode = saved;
        Ty *ls = shallow(cx, l), *rs = shallow(cx, r);
        if (ls->kind == TY_ERROR || rs->kind == TY_ERROR)
            return ty_unit();
        if (e->op == TK_PLUSEQ && is_lang_adt(cx, ls, LANG_STRING)) {
            if (!coerce(cx, r, ty_ref(ty_str(), false)))
                type_mismatch(cx, e->kids[1], ty_ref(ty_str(), false), r);
        } else if (is_shift(e->op)) {
            if (!is_integral(ls) || !is_integral(rs))
                binop_error(cx, e, e->op, l, r);
        } else if (is_numeric(ls) && is_numeric(rs)) {
            if (!unify(cx, l, r))
                binop_error(cx, e, e->op, l, r);
        } else if (ls->kind == TY_BOOL && rs->kind == TY_BOOL && is_bitop(e->op)) {
        } else if (is_numeric(ls) && rs->kind == TY_REF && unify(cx, l, rs->args[0])) {
        } else {
            binop_error(cx, e, e->op, l, r);
        }
        check_mutable_place(cx, e->kids[0], false, e);
        return ty_unit();
    }
    case N_CAST:
        return check_cast(cx, e);
    case N_CALL:
        return check_call(cx, e, expect);
    case N_METHOD_CALL:
        return check_method_call(cx, e);
    case N_FIELD_EXPR:
        return check_field(cx, e);
    case N_INDEX:
        return check_index(cx, e);
    case N_TRY:
        return check_try(cx, e);
    case N_AWAIT: {
        Ty *t = shallow(cx, check_expr(cx, e->kids[0], NULL));
        if (t->kind == TY_FUTURE)
            return t->args[0];
        if (t->kind == TY_ERROR)
            return t;
        char *ts = tystr(cx, t);
        tc_error(cx, e, "E0277", "`%s` is not a future", ts);
        tystr_free(ts);
        return ty_error();
    }
    case N_TUPLE: {
        Ty *a[64];
        uint32_t n = e->nkids < 64 ? e->nkids : 64;
        Ty *x = expect ? shallow(cx, expect) : NULL;
        uint8_t saved = cx->use_mode;
        cx->use_mode = CAPTURE_VALUE;
        for (uint32_t i = 0; i < n; i++) {
            Ty *want = x && x->kind == TY_TUPLE && x->n == n ? x->args[i] : NULL;
            a[i] = check_expr(cx, e->kids[i], want);
            if (want && coerce(cx, a[i], want))
                a[i] = want;
        }
        cx->use_mode = saved;
        return ty_tuple(a, n);
    }
    case N_ARRAY: {
        Ty *x = expect ? shallow(cx, expect) : NULL;
        Ty *elem = x && (x->kind == TY_ARRAY || x->kind == TY_SLICE) ? x->args[0] : NULL;
        uint8_t saved = cx->use_mode;
        cx->use_mode = CAPTURE_VALUE;
        for (uint32_t i = 0; i < e->nkids; i++) {
            if (!elem) {
                elem = check_expr(cx, e->kids[i], NULL);
                continue;
            }
            check_expr_coerce(cx, e->kids[i], elem);
        }
        cx->use_mode = saved;
        if (!elem)
            elem = fresh(cx, TY_INFER);
        return ty_mk(TY_ARRAY, 0, DEF_NONE, e->nkids, 0, &elem, 1);
    }
    case N_ARRAY_REPEAT: {
        Ty *x = expect ? shallow(cx, expect) : NULL;
        Ty *elem = x && x->kind == TY_ARRAY ? x->args[0] : NULL;
        Ty *t = check_expr(cx, e->kids[0], elem);
        if (elem && !coerce(cx, t, elem))
            type_mismatch(cx, e->kids[0], elem, t);
        check_expr_coerce(cx, e->kids[1], ty_int(IK_USIZE));
        uint64_t n = eval_const_usize(&cx->lcx.p, e->kids[1], 0);
        return ty_mk(TY_ARRAY, 0, DEF_NONE, n, 0, elem ? &elem : &t, 1);
    }
    case N_STRUCT_LIT:
        return check_struct_lit(cx, e, expect);
    case N_RANGE: {
        Ty *elem = NULL;
        if (expect) {
            Ty *x = shallow(cx, expect);
            if (is_lang_adt(cx, x, LANG_RANGE) || is_lang_adt(cx, x, LANG_RANGE_INCLUSIVE))
                elem = x->args[0];
        }
        if (e->kids[0]->kind == N_NONE || e->kids[1]->kind == N_NONE) {
            bool has_lo = e->kids[0]->kind != N_NONE, has_hi = e->kids[1]->kind != N_NONE;
            LangItem li = has_lo ? LANG_RANGE_FROM
                          : has_hi ? ((e->flags & NF_INCLUSIVE) ? LANG_RANGE_TO_INCLUSIVE : LANG_RANGE_TO)
                                   : LANG_RANGE_FULL;
            if (cx->li->items[li] == DEF_NONE) {
                tc_error(cx, e, "", "this range is not supported by smelt yet");
                return ty_error();
            }
            if (li == LANG_RANGE_FULL)
                return lang_adt(cx, li, NULL, 0);
            Ty *b = check_expr(cx, has_lo ? e->kids[0] : e->kids[1], NULL);
            return lang_adt(cx, li, &b, 1);
        }
        Ty *lo = check_expr(cx, e->kids[0], elem);
        Ty *hi = check_expr(cx, e->kids[1], lo);
        if (!unify(cx, lo, hi))
            type_mismatch(cx, e->kids[1], lo, hi);
        return lang_adt(cx, (e->flags & NF_INCLUSIVE) ? LANG_RANGE_INCLUSIVE : LANG_RANGE, &lo, 1);
    }
    case N_BLOCK:
        return check_block(cx, e, expect);
    case N_IF:
        return check_if(cx, e, expect);
    case N_MATCH:
        return check_match(cx, e, expect);
    case N_WHILE: {
        LoopFrame lf = {e->sym, NULL, false, false};
        push_scope(cx);
        const Node *cond = e->kids[0];
        if (cond->kind == N_LET_COND) {
            Ty *t = check_expr(cx, cond->kids[1], NULL);
            check_pat(cx, cond->kids[0], t, false, false);
        } else {
            check_expr_coerce(cx, cond, ty_bool());
        }
        vec_push(&cx->loops, lf);
        Ty *bt = check_block(cx, e->kids[1], ty_unit());
        if (!coerce(cx, bt, ty_unit()))
            type_mismatch(cx, e->kids[1], ty_unit(), bt);
        cx->loops.len--;
        pop_scope(cx);
        return ty_unit();
    }
    case N_LOOP: {
        LoopFrame lf = {e->sym, expect ? expect : fresh(cx, TY_INFER), true, false};
        vec_push(&cx->loops, lf);
        Ty *bt = check_block(cx, e->kids[0], ty_unit());
        if (!coerce(cx, bt, ty_unit()))
            type_mismatch(cx, e->kids[0], ty_unit(), bt);
        LoopFrame done = cx->loops.data[--cx->loops.len];
        if (!done.broke)
            return ty_never();
        return done.break_ty;
    }
    case N_FOR: {
        uint8_t saved = cx->use_mode;
        cx->use_mode = CAPTURE_VALUE;
        Ty *it = check_expr(cx, e->kids[1], NULL);
        cx->use_mode = saved;
        Ty *item = iter_item(cx, e->kids[1], it);
        push_scope(cx);
        check_pat(cx, e->kids[0], item, false, false);
        check_irrefutable(cx, e->kids[0], item, "`for` loop binding");
        LoopFrame lf = {e->sym, NULL, false, false};
        vec_push(&cx->loops, lf);
        Ty *bt = check_block(cx, e->kids[2], ty_unit());
        if (!coerce(cx, bt, ty_unit()))
            type_mismatch(cx, e->kids[2], ty_unit(), bt);
        cx->loops.len--;
        pop_scope(cx);
        return ty_unit();
    }
    case N_BREAK: {
        LoopFrame *lf = find_loop(cx, e->sym, e);
        if (lf) {
            lf->broke = true;
            if (e->kids[0]->kind != N_NONE) {
                if (!lf->is_loop) {
                    tc_error(cx, e, "E0571", "`break` with value from a `%s` loop",
                             "while");
                    check_expr(cx, e->kids[0], NULL);
                } else {
                    check_expr_coerce(cx, e->kids[0], lf->break_ty);
                }
            } else if (lf->is_loop) {
                if (!unify(cx, lf->break_ty, ty_unit()))
                    type_mismatch(cx, e, lf->break_ty, ty_unit());
            }
        } else if (e->kids[0]->kind != N_NONE) {
            check_expr(cx, e->kids[0], NULL);
        }
        return ty_never();
    }
    case N_CONTINUE:
        find_loop(cx, e->sym, e);
        return ty_never();
    case N_RETURN: {
        Frame *f = &cx->frames.data[cx->frames.len - 1];
        if (f->closure >= 0 && cx->closures.data[f->closure].is_block) {
            /* `return` in an async block returns from the block */
        }
        uint8_t saved = cx->use_mode;
        cx->use_mode = CAPTURE_VALUE;
        if (e->kids[0]->kind != N_NONE)
            check_expr_coerce(cx, e->kids[0], f->ret);
        else if (!unify(cx, f->ret, ty_unit()))
            type_mismatch(cx, e, f->ret, ty_unit());
        cx->use_mode = saved;
        return ty_never();
    }
    case N_CLOSURE:
        return check_closure(cx, e, expect);
    case N_ASYNC_BLOCK:
        return check_async_block(cx, e);
    case N_MACRO_CALL:
        return check_macro(cx, e, expect);
    case N_LET_COND:
        tc_error(cx, e, "", "`let` expressions in this position are not supported by smelt yet");
        return ty_bool();
    case N_ERROR:
        cx->errors++;
        return ty_error();
    case N_UNDERSCORE_EXPR:
        tc_error(cx, e, "", "in expressions, `_` can only be used on the left-hand side of an "
                            "assignment");
        return ty_error();
    default:
        tc_error(cx, e, "", "this expression is not supported by smelt yet");
        return ty_error();
    }
}

static Ty *
check_expr(FnCx *cx, const Node *e, Ty *expect)
{
    Ty *t = check_expr_inner(cx, e, expect);
    record_type(cx, e, t);
    return t;
}

/* ---- statements and blocks ---------------------------------------------------------------------- */

static void
check_let(FnCx *cx, const Node *s)
{
    const Node *pat = s->kids[0], *ty = s->kids[1], *init = s->kids[2], *els = s->kids[3];
    Ty *t = ty->kind != N_NONE ? lower_body_ty(cx, ty) : NULL;
    if (init->kind != N_NONE) {
        uint8_t saved = cx->use_mode;
        cx->use_mode = CAPTURE_VALUE;
        if (t)
            check_expr_coerce(cx, init, t);
        else
            t = check_expr(cx, init, NULL);
        cx->use_mode = saved;
    }
    if (!t)
        t = fresh(cx, TY_INFER);
    if (els->kind != N_NONE) {
        Ty *et = check_block(cx, els, NULL);
        if (shallow(cx, et)->kind != TY_NEVER && shallow(cx, et)->kind != TY_ERROR)
            tc_error(cx, els, "E0308", "`else` clause of `let...else` does not diverge");
    }
    uint32_t first = cx->locals.len;
    check_pat(cx, pat, t, false, false);
    for (uint32_t i = first; i < cx->locals.len; i++)
        vec_push(&cx->lets, i);
    /* a binding without initializer can be assigned once */
    if (init->kind == N_NONE && pat->kind == N_PAT_IDENT) {
        int32_t li = find_local(cx, pat->sym);
        if (li >= 0)
            cx->locals.data[li].has_init = false;
    }
    if (els->kind == N_NONE)
        check_irrefutable(cx, pat, t, "local binding");
}

static Ty *
check_block(FnCx *cx, const Node *b, Ty *expect)
{
    if (b->kind != N_BLOCK)
        return check_expr(cx, b, expect);
    if (b->flags & NF_UNSAFE) {
        tc_error(cx, b, "", "`unsafe` blocks are not supported by smelt yet");
        return ty_error();
    }
    bool labeled = b->sym != 0;
    if (labeled) {
        LoopFrame lf = {b->sym, expect ? expect : fresh(cx, TY_INFER), true, false};
        vec_push(&cx->loops, lf);
    }
    push_scope(cx);
    Ty *result = ty_unit();
    bool diverged = false;
    for (uint32_t i = 0; i < b->nkids; i++) {
        const Node *s = b->kids[i];
        bool last = i + 1 == b->nkids;
        switch ((int)s->kind) {
        case N_LET:
            check_let(cx, s);
            break;
        case N_EXPR_STMT: {
            const Node *e = s->kids[0];
            if (last && !(s->flags & NF_SEMI)) {
                result = check_expr(cx, e, expect);
                Ty *x = expect ? shallow(cx, expect) : NULL;
                if (x && x->kind != TY_INFER && x->kind != TY_INT_VAR && x->kind != TY_FLOAT_VAR) {
                    if (coerce(cx, result, x)) {
                        if (shallow(cx, result)->kind != TY_NEVER)
                            result = x;
                    } else {
                        type_mismatch(cx, e, x, result);
                        result = ty_error();
                    }
                }
            } else {
                /* block-like expressions without `;` must be unit */
                bool blocklike = e->kind == N_IF || e->kind == N_MATCH || e->kind == N_BLOCK ||
                                 e->kind == N_WHILE || e->kind == N_LOOP || e->kind == N_FOR;
                Ty *t = check_expr(cx, e, blocklike && !(s->flags & NF_SEMI) ? ty_unit() : NULL);
                Ty *ts = shallow(cx, t);
                if (ts->kind == TY_NEVER)
                    diverged = true;
                if (blocklike && !(s->flags & NF_SEMI) && !coerce(cx, t, ty_unit()))
                    type_mismatch(cx, e, ty_unit(), t);
            }
            break;
        }
        case N_ITEM_STMT:
        case N_EMPTY_STMT:
        case N_MACRO_ITEM:
            break;
        default:
            tc_error(cx, s, "", "this statement is not supported by smelt yet");
            break;
        }
    }
    pop_scope(cx);
    if (labeled) {
        LoopFrame lf = cx->loops.data[--cx->loops.len];
        if (lf.broke) {
            if (!coerce(cx, result, lf.break_ty))
                type_mismatch(cx, b, lf.break_ty, result);
            return lf.break_ty;
        }
    }
    if (diverged && is_unit(shallow(cx, result)) &&
        (b->nkids == 0 || (b->kids[b->nkids - 1]->kind != N_EXPR_STMT ||
                           (b->kids[b->nkids - 1]->flags & NF_SEMI))))
        return ty_never();
    return result;
}

/* ---- the body -------------------------------------------------------------------------------------- */

static Ty *
replace_opaque(Ty *t, DefId fn, Ty *const *hidden, uint32_t n)
{
    if (!(t->flags & TF_HAS_OPAQUE))
        return t;
    if (t->kind == TY_OPAQUE && t->def == fn && t->idx < n)
        return hidden[t->idx];
    Ty *a[64];
    uint32_t m = t->n < 64 ? t->n : 64;
    for (uint32_t i = 0; i < m; i++)
        a[i] = replace_opaque(t->args[i], fn, hidden, n);
    return ty_mk((TyKind)t->kind, t->sub, t->def, t->idx, t->name, a, m);
}

bool
is_typeck_root(DefTable *t, DefId def)
{
    const Def *d = defs_get(t, def);
    if (!d->node || d->owner != def)
        return false;
    switch ((int)d->kind) {
    case DK_FN:
    case DK_ASSOC_FN:
        return d->node->kids[4]->kind != N_NONE;
    case DK_CONST:
    case DK_STATIC:
    case DK_ASSOC_CONST:
        return d->node->kids[1]->kind != N_NONE;
    default:
        return false;
    }
}

/*
 * The traits a module scope names, computed once per scope result (a scope
 * is immutable for the session; the caller's read of module_scope records
 * the dependency).
 */
typedef VEC(DefId) DefIds;
static struct {
    HMap cache; /* ModScope* -> index in lists */
    VEC(DefIds) lists;
} traits_cache;

void
sema_session_start(void)
{
    resolve_session_start();
    for (uint32_t i = 0; i < traits_cache.lists.len; i++)
        vec_free(&traits_cache.lists.data[i]);
    vec_free(&traits_cache.lists);
    hmap_free(&traits_cache.cache);
    memset(&traits_cache, 0, sizeof traits_cache);
}

static const DefId *
scope_traits(DefTable *t, const ModScope *ms, uint32_t *n)
{
#define cache traits_cache.cache
#define lists traits_cache.lists
    Fingerprint k = {(uint64_t)(uintptr_t)ms, 0x74726169};
    uint64_t *hit = hmap_get(&cache, k);
    if (!hit) {
        DefIds l = {0};
        for (uint32_t i = 0; i < ms->n; i++)
            if (ms->v[i].ns == NS_TYPE && ms->v[i].res.kind == RES_DEF &&
                defs_get(t, ms->v[i].res.def)->kind == DK_TRAIT)
                vec_push(&l, ms->v[i].res.def);
        hmap_put(&cache, k, lists.len);
        vec_push(&lists, l);
        hit = hmap_get(&cache, k);
    }
    *n = lists.data[*hit].len;
    return lists.data[*hit].data;
#undef cache
#undef lists
}

/* Where-clauses in scope, with supertraits (and Fn -> FnMut -> FnOnce) added. */
static const Preds *
elaborate(FnCx *cx, const Preds *p)
{
    VEC(Pred) v = {0};
    for (uint32_t i = 0; i < p->n; i++)
        vec_push(&v, p->v[i]);
    for (uint32_t i = 0; i < v.len && v.len < 256; i++) {
        Pred pr = v.data[i];
        if (pr.trait == DEF_NONE || defs_get(cx->t, pr.trait)->kind != DK_TRAIT)
            continue;
        const Preds *sup = predicates_of(cx->q, pr.trait);
        for (uint32_t j = 0; j < sup->n; j++) {
            const Pred *s = &sup->v[j];
            if (s->trait == pr.trait)
                continue;
            if (!(s->self->kind == TY_PARAM && s->self->idx == 0))
                continue;
            Pred np = {pr.self, s->trait, pr.fn_inputs, pr.fn_output, DEF_NONE, NULL};
            bool dup = false;
            for (uint32_t k = 0; k < v.len; k++)
                dup |= v.data[k].self == np.self && v.data[k].trait == np.trait;
            if (!dup)
                vec_push(&v, np);
        }
    }
    Preds *r = arena_alloc(q_arena(cx->q), sizeof *r);
    r->n = v.len;
    r->v = sema_dup(cx->q, v.data, v.len * sizeof(Pred));
    vec_free(&v);
    return r;
}

static void
fallback(FnCx *cx)
{
    for (uint32_t i = 0; i < cx->vars.len; i++) {
        if (cx->vars.data[i])
            continue;
        uint8_t k = cx->var_kind.data[i];
        if (k == TY_INT_VAR)
            cx->vars.data[i] = ty_int(IK_I32);
        else if (k == TY_FLOAT_VAR)
            cx->vars.data[i] = ty_float(FK_F64);
    }
}

/* Closure kinds and captures, from the uses recorded while checking. */
static void
finish_closures(FnCx *cx, TypeckResults *r)
{
    r->nclosures = cx->closures.len;
    r->closures = arena_alloc(q_arena(cx->q), (cx->closures.len + 1) * sizeof(ClosureInfo));
    for (uint32_t c = 0; c < cx->closures.len; c++) {
        ClosureRec *cr = &cx->closures.data[c];
        ClosureInfo *ci = &r->closures[c];
        ci->def = cr->def;
        Ty *in = resolve_deep(cx, cr->inputs ? cr->inputs : ty_unit());
        Ty *out = resolve_deep(cx, cr->output ? cr->output : ty_unit());
        Ty *sa[65];
        uint32_t n = in->n < 64 ? in->n : 64;
        for (uint32_t i = 0; i < n; i++)
            sa[i] = in->args[i];
        sa[n] = out;
        ci->sig = ty_mk(TY_FNPTR, 0, DEF_NONE, 0, 0, sa, n + 1);
        ci->is_async = cr->is_async;
        ci->is_block = cr->is_block;
        VEC(Capture) caps = {0};
        VEC(uint32_t) locs = {0};
        uint8_t kind = CK_FN;
        for (uint32_t u = 0; u < cx->uses.len; u++) {
            CapUse *cu = &cx->uses.data[u];
            if (cu->closure != c)
                continue;
            Local *l = &cx->locals.data[cu->local];
            uint8_t mode = cu->mode;
            bool copy = is_copy(cx, resolve_deep(cx, l->ty));
            if (cu->by_value && !copy) {
                mode = CAPTURE_VALUE;
                kind = CK_FN_ONCE;
            } else if (mode == CAPTURE_VALUE) {
                mode = CAPTURE_REF;
            }
            if (mode == CAPTURE_MUT_REF && kind == CK_FN)
                kind = CK_FN_MUT;
            uint32_t k;
            for (k = 0; k < locs.len; k++)
                if (locs.data[k] == cu->local)
                    break;
            if (k == locs.len) {
                Capture cp = {l->name, mode, resolve_deep(cx, l->ty)};
                vec_push(&caps, cp);
                vec_push(&locs, cu->local);
            } else if (mode > caps.data[k].mode) {
                caps.data[k].mode = mode;
            }
        }
        if (cr->is_move || cr->is_block)
            for (uint32_t k = 0; k < caps.len; k++)
                if (cr->is_move)
                    caps.data[k].mode = CAPTURE_VALUE;
        ci->kind = kind;
        ci->ncaptures = caps.len;
        ci->captures = sema_dup(cx->q, caps.data, caps.len * sizeof(Capture));
        vec_free(&caps);
        vec_free(&locs);
    }
}

const void *
compute_typeck(QCtx *q, QKey key)
{
    DefTable *t = sess_defs(q);
    DefId d = (DefId)key;
    TypeckResults *r = arena_alloc(q_arena(q), sizeof *r);
    r->owner = d;
    if (!is_typeck_root(t, d)) {
        /* a closure or async block: answered from its root body */
        DefId root = defs_get(t, d)->owner;
        if (root != d && is_typeck_root(t, root))
            return typeck(q, root);
        return r;
    }
    const Node *n = owner_node(q, d);
    sess_force_owner(q, d); /* the body, parsed */
    FnCx cx;
    memset(&cx, 0, sizeof cx);
    cx.q = q;
    cx.t = t;
    cx.root = d;
    cx.anchor = d;
    cx.li = lang_items(q);
    const Def *dd = defs_get(t, d);
    /* the lowering context: generics and Self of the item */
    cx.lcx.p.q = q;
    cx.lcx.p.from = d;
    cx.lcx.p.self_def = DEF_NONE;
    cx.lcx.opaque_fn = DEF_NONE;
    cx.lcx.allow_infer = true;
    DefId container = DEF_NONE;
    if (dd->kind == DK_ASSOC_FN || dd->kind == DK_ASSOC_CONST)
        container = dd->parent;
    bool has_generics = dd->kind == DK_FN || dd->kind == DK_ASSOC_FN || dd->kind == DK_ASSOC_CONST;
    cx.g = has_generics ? generics_of(q, d) : NULL;
    cx.lcx.g = cx.g;
    /* `impl Trait` parameters are named by their index, not by syntax, in bodies */
    cx.lcx.opaque_next = 1u << 30;
    if (container != DEF_NONE) {
        cx.lcx.p.self_def = container;
        if (defs_get(t, container)->kind == DK_TRAIT)
            cx.self_ty = ty_param(0, sym_cstr("Self"));
        else
            cx.self_ty = type_of(q, container);
        cx.lcx.self_ty = cx.self_ty;
    }
    {
        /* traits in scope: the module's (items and imports) and the prelude's */
        DefId mods[2] = {def_module(t, d), core_prelude(q)};
        for (int m = 0; m < 2; m++) {
            if (mods[m] == DEF_NONE)
                continue;
            const ModScope *ms = module_scope(q, mods[m]);
            uint32_t ntr;
            const DefId *tr = scope_traits(t, ms, &ntr);
            for (uint32_t i = 0; i < ntr; i++)
                vec_push(&cx.traits, tr[i]);
        }
        /* traits declared inside this body */
        for (DefId c = d + 1; c < defs_count(t); c++) {
            DefId a = defs_get(t, c)->parent;
            while (a != DEF_NONE && a != d)
                a = defs_get(t, a)->parent;
            if (a != d)
                break;
            if (defs_get(t, c)->kind == DK_TRAIT)
                vec_push(&cx.traits, c);
        }
        /* a trait's own methods inside its impls and default bodies */
        if (container != DEF_NONE) {
            DefId tr = defs_get(t, container)->kind == DK_TRAIT ? container : impl_trait(q, container);
            if (tr != DEF_NONE)
                vec_push(&cx.traits, tr);
        }
    }
    static const Preds none = {0, NULL};
    cx.env = has_generics ? elaborate(&cx, predicates_of(q, d)) : &none;
    Ty *ret;
    Ty *hidden[16];
    uint32_t nh = 0;
    push_scope(&cx);
    Frame f = {NULL, -1, false, 0, 0};
    const Node *body;
    if (dd->kind == DK_FN || dd->kind == DK_ASSOC_FN) {
        const FnSig *s = fn_sig(q, d);
        ret = s->output;
        f.is_async = s->is_async;
        f.ret = ret;
        vec_push(&cx.frames, f);
        const Node *ps = n->kids[1];
        for (uint32_t i = 0; i < ps->nkids && i < s->ninputs; i++) {
            const Node *p = ps->kids[i];
            if (p->kind == N_SELF_PARAM)
                declare_local(&cx, sym_cstr("self"), s->inputs[i], (p->flags & NF_MUT) && !(p->flags & NF_REF),
                              p, true);
            else {
                check_pat(&cx, p->kids[0], s->inputs[i], false, false);
                check_irrefutable(&cx, p->kids[0], s->inputs[i], "function argument");
            }
        }
        body = n->kids[4];
        if (s->output->flags & TF_HAS_OPAQUE) {
            /* `impl Trait` in return position: inferred from the body, checked against its bounds */
            nh = s->nopaque < 16 ? s->nopaque : 16;
            for (uint32_t k = 0; k < nh; k++)
                hidden[k] = fresh(&cx, TY_INFER);
            ret = replace_opaque(s->output, d, hidden, nh);
            cx.frames.data[0].ret = ret;
            for (uint32_t k = 0; k < nh; k++)
                for (uint32_t j = 0; j < s->opaque_bounds[k].n; j++) {
                    const Pred *pr = &s->opaque_bounds[k].v[j];
                    add_oblig(&cx, hidden[k], pr->trait,
                              pr->fn_inputs ? replace_opaque(pr->fn_inputs, d, hidden, nh) : NULL,
                              pr->fn_output ? replace_opaque(pr->fn_output, d, hidden, nh) : NULL,
                              body, OB_PLAIN);
                }
        }
        if (s->is_async) {
            /* the body is its own coroutine: a closure frame for captures of the params */
            DefId co = DEF_NONE;
            for (DefId c = d + 1; c < defs_count(t); c++)
                if (defs_get(t, c)->parent == d && defs_get(t, c)->kind == DK_COROUTINE) {
                    co = c;
                    break;
                }
            ClosureRec rec = {co, body, ty_unit(), s->output, true, true, true, 1};
            vec_push(&cx.closures, rec);
            if (co != DEF_NONE)
                cx.lcx.p.from = co;
            Ty *bt = check_body_in_frame(&cx, body, ret, 0, true);
            cx.lcx.p.from = d;
            if (!coerce(&cx, bt, ret))
                type_mismatch(&cx, body, ret, bt);
        } else {
            Ty *bt = check_expr(&cx, body, ret);
            if (!coerce(&cx, bt, ret)) {
                const Node *at = body;
                if (body->kind == N_BLOCK && body->nkids &&
                    body->kids[body->nkids - 1]->kind == N_EXPR_STMT &&
                    !(body->kids[body->nkids - 1]->flags & NF_SEMI))
                    at = body->kids[body->nkids - 1]->kids[0];
                type_mismatch(&cx, at, ret, bt);
            }
        }
    } else {
        ret = type_of(q, d);
        f.ret = ret;
        vec_push(&cx.frames, f);
        body = n->kids[1];
        check_expr_coerce(&cx, body, ret);
    }
    pop_scope(&cx);
    select_obligs(&cx, false);
    fallback(&cx);
    select_obligs(&cx, true);
    /* opaque return types: the hidden type must meet the bounds */
    if (dd->kind == DK_FN || dd->kind == DK_ASSOC_FN) {
        const FnSig *s = fn_sig(q, d);
        (void)s;
    }
    run_pattern_checks(&cx);
    finish_closures(&cx, r);
    /* what each `impl Trait` stands for: the back end reveals it */
    r->nhidden = nh;
    r->hidden = arena_alloc(q_arena(q), (nh + 1) * sizeof(Ty *));
    for (uint32_t k = 0; k < nh; k++)
        r->hidden[k] = resolve_deep(&cx, hidden[k]);
    /* calls of FnMut closures need a mutable binding */
    for (uint32_t i = 0; i < cx.ncalls; i++) {
        Local *l = &cx.locals.data[cx.calls[i].local];
        Ty *lt = resolve_deep(&cx, l->ty);
        bool fn_mut = false;
        if (lt->kind == TY_CLOSURE) {
            for (uint32_t c = 0; c < r->nclosures; c++)
                if (r->closures[c].def == lt->def)
                    fn_mut = r->closures[c].kind == CK_FN_MUT;
        } else if (lt->kind == TY_PARAM) {
            bool has_fn = false;
            for (uint32_t k = 0; k < cx.env->n; k++)
                if (cx.env->v[k].self == lt && cx.env->v[k].fn_inputs) {
                    if (cx.env->v[k].trait == cx.li->items[LANG_FN])
                        has_fn = true;
                    if (cx.env->v[k].trait == cx.li->items[LANG_FN_MUT])
                        fn_mut = true;
                }
            if (has_fn)
                fn_mut = false;
        }
        if (fn_mut && !l->mut)
            tc_error(&cx, cx.calls[i].at, "E0596",
                     "cannot borrow `%s` as mutable, as it is not declared as mutable",
                     sym_str(l->name));
    }
    /* a `let` whose type was never inferred */
    if (cx.errors == 0)
        for (uint32_t i = 0; i < cx.lets.len; i++) {
            Local *l = &cx.locals.data[cx.lets.data[i]];
            Ty *lt = resolve_deep(&cx, l->ty);
            if (lt->flags & TF_HAS_VARS) {
                char *ts = tystr(&cx, lt);
                if (lt->kind == TY_INFER)
                    tc_error(&cx, l->decl, "E0282", "type annotations needed");
                else
                    tc_error(&cx, l->decl, "E0282", "type annotations needed for `%s`", ts);
                tystr_free(ts);
                break;
            }
        }
    /* every expression's type and method pick: for the back end, and the result's fingerprint */
    StableHasher *h = hasher_new();
    r->ntypes = cx.types.len;
    r->types = arena_alloc(q_arena(q), (cx.types.len + 1) * sizeof(NodeTy));
    for (uint32_t i = 0; i < cx.types.len; i++) {
        Ty *ty = resolve_deep(&cx, cx.types.data[i].ty);
        r->types[i] = (NodeTy){cx.types.data[i].node, ty, i};
        ty_hash(h, t, ty);
    }
    r->npicks = cx.picks.len;
    r->picks = arena_alloc(q_arena(q), (cx.picks.len + 1) * sizeof(MethodPick));
    for (uint32_t i = 0; i < cx.picks.len; i++) {
        MethodPick mp = cx.picks.data[i];
        Ty **args = arena_alloc(q_arena(q), (mp.nargs + 1) * sizeof(Ty *));
        for (uint32_t k = 0; k < mp.nargs; k++)
            args[k] = resolve_deep(&cx, mp.args[k]);
        mp.args = args;
        mp.seq = i;
        r->picks[i] = mp;
        hasher_fp(h, defs_get(t, mp.method)->hash);
        hasher_u32(h, mp.nargs);
        for (uint32_t k = 0; k < mp.nargs; k++)
            ty_hash(h, t, args[k]);
        hasher_u8(h, mp.autoref);
        hasher_u32(h, mp.derefs);
    }
    /* sorted by node for lookup; a node checked twice keeps its last record */
    sort_node_types(r->types, r->ntypes);
    sort_picks(r->picks, r->npicks);
    hasher_u32(h, r->nhidden);
    for (uint32_t k = 0; k < r->nhidden; k++)
        ty_hash(h, t, r->hidden[k]);
    r->types_fp = hasher_finish(h);
    hasher_free(h);
    r->errors = cx.errors;
    vec_free(&cx.vars);
    vec_free(&cx.var_kind);
    vec_free(&cx.trail);
    vec_free(&cx.locals);
    vec_free(&cx.visible);
    vec_free(&cx.traits);
    vec_free(&cx.lets);
    vec_free(&cx.scope_marks);
    vec_free(&cx.frames);
    vec_free(&cx.loops);
    vec_free(&cx.obligs);
    vec_free(&cx.projs);
    vec_free(&cx.closures);
    vec_free(&cx.uses);
    vec_free(&cx.types);
    vec_free(&cx.picks);
    if (cx.pchecks)
        xfree(cx.pchecks, cx.pchecks_cap * sizeof *cx.pchecks);
    (void)fallback_if_var;
    return r;
}

/* Sorted by node address, then by order of recording. */
static int
cmp_node_ty(const void *a, const void *b)
{
    const NodeTy *x = a, *y = b;
    if (x->node != y->node)
        return (uintptr_t)x->node < (uintptr_t)y->node ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static int
cmp_pick(const void *a, const void *b)
{
    const MethodPick *x = a, *y = b;
    if (x->node != y->node)
        return (uintptr_t)x->node < (uintptr_t)y->node ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void
sort_node_types(NodeTy *v, uint32_t n)
{
    if (n > 1)
        qsort(v, n, sizeof *v, cmp_node_ty);
}

static void
sort_picks(MethodPick *v, uint32_t n)
{
    if (n > 1)
        qsort(v, n, sizeof *v, cmp_pick);
}

Ty *
typeck_node_type(const TypeckResults *r, const Node *n)
{
    /* the last record of the node: the first index past it, minus one */
    uint32_t lo = 0, hi = r->ntypes;
    while (lo < hi) {
        uint32_t m = lo + (hi - lo) / 2;
        if ((uintptr_t)r->types[m].node <= (uintptr_t)n)
            lo = m + 1;
        else
            hi = m;
    }
    return lo > 0 && r->types[lo - 1].node == n ? r->types[lo - 1].ty : NULL;
}

const MethodPick *
typeck_method_pick(const TypeckResults *r, const Node *call)
{
    uint32_t lo = 0, hi = r->npicks;
    while (lo < hi) {
        uint32_t m = lo + (hi - lo) / 2;
        if ((uintptr_t)r->picks[m].node <= (uintptr_t)call)
            lo = m + 1;
        else
            hi = m;
    }
    return lo > 0 && r->picks[lo - 1].node == call ? &r->picks[lo - 1] : NULL;
}

Fingerprint
hash_typeck(QCtx *q, const void *res)
{
    const TypeckResults *r = res;
    DefTable *t = sess_defs(q);
    StableHasher *h = q_hasher(q);
    hasher_fp(h, r->types_fp);
    hasher_u32(h, r->errors);
    hasher_u32(h, r->nclosures);
    for (uint32_t i = 0; i < r->nclosures; i++) {
        const ClosureInfo *c = &r->closures[i];
        hasher_fp(h, c->def == DEF_NONE ? FP_ZERO : defs_get(t, c->def)->hash);
        ty_hash(h, t, c->sig);
        hasher_u8(h, c->kind);
        hasher_u8(h, c->is_async);
        hasher_u32(h, c->ncaptures);
        for (uint32_t j = 0; j < c->ncaptures; j++) {
            hasher_str(h, sym_str(c->captures[j].name));
            hasher_u8(h, c->captures[j].mode);
        }
    }
    return hasher_finish(h);
}

const TypeckResults *
typeck(QCtx *q, DefId body)
{
    return q_get(q, K_TYPECK, body);
}

/* ---- --print types / --print closures -------------------------------------------------------------- */

static void
print_sig(QCtx *q, DefTable *t, Ty *const *in, uint32_t n, Ty *out, Buf *b)
{
    TyPrinter p = {q, t, NULL, NULL};
    buf_printf(b, "(");
    for (uint32_t i = 0; i < n; i++) {
        if (i)
            buf_printf(b, ", ");
        ty_print(&p, in[i], b);
    }
    buf_printf(b, ")");
    if (!is_unit(out)) {
        buf_printf(b, " -> ");
        ty_print(&p, out, b);
    }
}

static const ClosureInfo *
closure_info(const TypeckResults *r, DefId def)
{
    for (uint32_t i = 0; i < r->nclosures; i++)
        if (r->closures[i].def == def)
            return &r->closures[i];
    return NULL;
}

static const char *const KIND_NAMES[] = {"Fn", "FnMut", "FnOnce"};
static const char *const MODE_NAMES[] = {"by ref", "by mut ref", "by value"};

/* One closure's (or async block's) line. */
static void
closure_line(QCtx *q, DefTable *t, DefId d, const ClosureInfo *ci, bool closures_only, Buf *b)
{
    defs_path_str(t, d, b);
    Ty *sig = ci->sig;
    if (ci->is_block)
        buf_printf(b, ": async block");
    else
        buf_printf(b, ": %sclosure", ci->is_async ? "async " : "");
    if (ci->is_block) {
        TyPrinter p = {q, t, NULL, NULL};
        buf_printf(b, " -> ");
        ty_print(&p, sig->args[sig->n - 1], b);
    } else {
        Ty *out = sig->args[sig->n - 1];
        if (ci->is_async && out->kind == TY_FUTURE)
            out = out->args[0];
        print_sig(q, t, sig->args, sig->n - 1, out, b);
    }
    if (closures_only) {
        buf_printf(b, "; %s; captures:", ci->is_block ? "async block" : KIND_NAMES[ci->kind]);
        if (!ci->ncaptures)
            buf_printf(b, " none");
        for (uint32_t i = 0; i < ci->ncaptures; i++)
            buf_printf(b, "%s %s %s", i ? "," : "", sym_str(ci->captures[i].name),
                       MODE_NAMES[ci->captures[i].mode]);
    }
    buf_printf(b, "\n");
}

/*
 * One owner's lines: its signature (a fn, for --print types) and its
 * closures' in def order.  A query of its own, cached on disk, so that a
 * listing after an edit re-checks nothing that did not change.
 */
static const void *
item_listing(QCtx *q, DefId o, bool closures_only)
{
    DefTable *t = sess_defs(q);
    const Def *x = defs_get(t, o);
    Buf b = {0};
    /* which closures the owner has is its syntax: read it (tracked) */
    owner_node(q, o);
    const TypeckResults *r = is_typeck_root(t, o) ? typeck(q, o) : NULL;
    if (!closures_only && (x->kind == DK_FN || x->kind == DK_ASSOC_FN)) {
        const FnSig *s = fn_sig(q, o);
        defs_path_str(t, o, &b);
        buf_printf(&b, ": %sfn", s->is_async ? "async " : "");
        const Generics *g = generics_of(q, o);
        if (g->count > g->parent_count) {
            buf_printf(&b, "<");
            for (uint32_t i = g->parent_count; i < g->count; i++)
                buf_printf(&b, "%s%s", i > g->parent_count ? ", " : "", sym_str(g->names[i]));
            buf_printf(&b, ">");
        }
        print_sig(q, t, s->inputs, s->ninputs, s->output, &b);
        buf_printf(&b, "\n");
    }
    if (r) {
        for (DefId d = o + 1; d < defs_count(t); d++) {
            DefId a = defs_get(t, d)->parent;
            while (a != DEF_NONE && a != o)
                a = defs_get(t, a)->parent;
            if (a != o)
                break; /* past the owner's definitions */
            const Def *c = defs_get(t, d);
            if (c->owner != o || (c->kind != DK_CLOSURE && c->kind != DK_ASYNC_CLOSURE &&
                                  c->kind != DK_COROUTINE))
                continue;
            const ClosureInfo *ci = closure_info(r, d);
            if (ci)
                closure_line(q, t, d, ci, closures_only, &b);
        }
    }
    const QStr *s = q_str_new(q, b.data ? (const char *)b.data : "", b.len);
    buf_free(&b);
    return s;
}

const void *
compute_item_types(QCtx *q, QKey key)
{
    return item_listing(q, (DefId)key, false);
}

const void *
compute_item_closures(QCtx *q, QKey key)
{
    return item_listing(q, (DefId)key, true);
}

static const void *
print_listing(QCtx *q, bool closures_only)
{
    DefTable *t = sess_read_defs(q);
    Buf b = {0};
    for (DefId d = 1; d < defs_count(t); d++) {
        const Def *x = defs_get(t, d);
        if (def_crate_root(t, d) != 0 || x->owner != d || !x->node)
            continue;
        bool fn = x->kind == DK_FN || x->kind == DK_ASSOC_FN;
        if (!fn && !is_typeck_root(t, d))
            continue;
        const QStr *part = q_get(q, closures_only ? K_ITEM_CLOSURES : K_ITEM_TYPES, d);
        buf_bytes(&b, part->text, part->len);
    }
    const QStr *s = q_str_new(q, b.data ? (const char *)b.data : "", b.len);
    buf_free(&b);
    return s;
}

const void *
compute_print_types(QCtx *q, QKey key)
{
    (void)key;
    return print_listing(q, false);
}

const void *
compute_print_closures(QCtx *q, QKey key)
{
    (void)key;
    return print_listing(q, true);
}
