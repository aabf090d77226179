/*
 * tctrait.c — trait selection, obligations and method lookup.
 *
 * Selection answers "does `T: Trait` hold?" with yes, no or not yet (T
 * still has inference variables that could decide it).  Built-in impls
 * (Copy for integers, Fn for closures and fn items, tuples and references)
 * come first, then the where-clauses in scope, then impls: the impl whose
 * self type unifies, its own where-clauses checked recursively.
 *
 * Method lookup follows rustc's probe: for each autoderef step S of the
 * receiver, try methods whose receiver type is S, then &S, then &mut S;
 * at each, inherent impls before traits.
 */
#include "typeck.h"

#include <stdlib.h>
#include <string.h>

static bool
is_fn_trait(FnCx *cx, DefId tr)
{
    return tr != DEF_NONE && (tr == cx->li->items[LANG_FN] || tr == cx->li->items[LANG_FN_MUT] ||
                              tr == cx->li->items[LANG_FN_ONCE]);
}

static bool
is_lang(FnCx *cx, DefId tr, LangItem li)
{
    return tr != DEF_NONE && tr == cx->li->items[li];
}

/* Unifies a callable's signature with an expected Fn(in) -> out. */
static Sel
unify_sig(FnCx *cx, Ty *const *inputs, uint32_t n, Ty *output, Ty *fn_in, Ty *fn_out)
{
    if (!fn_in)
        return SEL_YES;
    fn_in = shallow(cx, fn_in);
    if (fn_in->kind == TY_TUPLE && fn_in->n != n)
        return SEL_NO;
    uint32_t s = snapshot(cx);
    Ty *tup = ty_tuple(inputs, n);
    if (!unify(cx, tup, fn_in) || (fn_out && !unify(cx, output, fn_out))) {
        rollback(cx, s);
        return SEL_NO;
    }
    return SEL_YES;
}

static Sel
all_args(FnCx *cx, Ty *const *args, uint32_t n, DefId trait, uint32_t depth)
{
    Sel r = SEL_YES;
    for (uint32_t i = 0; i < n; i++) {
        Sel s = select_trait(cx, args[i], trait, NULL, NULL, depth + 1);
        if (s == SEL_NO)
            return SEL_NO;
        if (s == SEL_AMBIG)
            r = SEL_AMBIG;
    }
    return r;
}

/* Built-in answers; SEL_AMBIG here means "no built-in rule: look at impls". */
static bool
builtin(FnCx *cx, Ty *self, DefId trait, Ty *fn_in, Ty *fn_out, uint32_t depth, Sel *out)
{
    TyKind k = (TyKind)self->kind;
    if (is_lang(cx, trait, LANG_SIZED)) {
        *out = k == TY_STR || k == TY_SLICE ? SEL_NO : SEL_YES;
        return true;
    }
    if (is_fn_trait(cx, trait)) {
        switch ((int)k) {
        case TY_CLOSURE: {
            Ty *sig = self->args[0];
            *out = unify_sig(cx, sig->args, sig->n - 1, sig->args[sig->n - 1], fn_in, fn_out);
            return true;
        }
        case TY_FNPTR:
            *out = unify_sig(cx, self->args, self->n - 1, self->args[self->n - 1], fn_in, fn_out);
            return true;
        case TY_FNDEF: {
            const FnSig *s = fn_sig(cx->q, self->def);
            Ty *in[64];
            uint32_t n = s->ninputs < 64 ? s->ninputs : 64;
            for (uint32_t i = 0; i < n; i++)
                in[i] = subst_n(cx, s->inputs[i], self->args, self->n);
            Ty *o = subst_n(cx, s->output, self->args, self->n);
            if (s->is_async) {
                Ty *oa[1] = {o};
                o = ty_mk(TY_FUTURE, 0, self->def, 0, 0, oa, 1);
            }
            *out = unify_sig(cx, in, n, o, fn_in, fn_out);
            return true;
        }
        case TY_PARAM:
        case TY_OPAQUE:
            return false;
        default:
            *out = SEL_NO;
            return true;
        }
    }
    bool copy = is_lang(cx, trait, LANG_COPY), clone = is_lang(cx, trait, LANG_CLONE);
    if (copy || clone) {
        switch ((int)k) {
        case TY_BOOL:
        case TY_CHAR:
        case TY_INT:
        case TY_FLOAT:
        case TY_NEVER:
        case TY_PTR:
        case TY_FNDEF:
        case TY_FNPTR:
        case TY_CLOSURE:
            *out = SEL_YES;
            return true;
        case TY_REF:
            *out = self->sub ? SEL_NO : SEL_YES;
            return true;
        case TY_TUPLE:
        case TY_ARRAY:
            *out = all_args(cx, self->args, self->n, trait, depth);
            return true;
        case TY_STR:
        case TY_SLICE:
        case TY_FUTURE:
            *out = SEL_NO;
            return true;
        default:
            return false;
        }
    }
    bool structural = is_lang(cx, trait, LANG_EQ) || is_lang(cx, trait, LANG_EQ_TOTAL) ||
                      is_lang(cx, trait, LANG_PARTIAL_ORD) || is_lang(cx, trait, LANG_ORD) ||
                      is_lang(cx, trait, LANG_DEBUG) || is_lang(cx, trait, LANG_DEFAULT);
    if (structural && (k == TY_TUPLE || k == TY_ARRAY || k == TY_SLICE)) {
        if (is_lang(cx, trait, LANG_DEFAULT) && k == TY_SLICE) {
            *out = SEL_NO;
            return true;
        }
        *out = all_args(cx, self->args, self->n, trait, depth);
        return true;
    }
    if (k == TY_REF && (structural || is_lang(cx, trait, LANG_DISPLAY)) &&
        !is_lang(cx, trait, LANG_DEFAULT)) {
        *out = select_trait(cx, self->args[0], trait, NULL, NULL, depth + 1);
        return true;
    }
    if (is_lang(cx, trait, LANG_FUTURE)) {
        *out = k == TY_FUTURE ? SEL_YES : k == TY_PARAM || k == TY_OPAQUE ? SEL_NO : SEL_NO;
        if (k == TY_PARAM || k == TY_OPAQUE)
            return false;
        return true;
    }
    if (k == TY_CLOSURE || k == TY_FUTURE || k == TY_FNDEF || k == TY_FNPTR || k == TY_NEVER) {
        if (k == TY_NEVER) {
            *out = SEL_YES;
            return true;
        }
        return false;
    }
    return false;
}

static bool
simp_match(const ImplInfo *ii, Ty *x)
{
    switch ((int)x->kind) {
    case TY_ADT:
        return ii->simp == SIMP_ADT && ii->simp_def == x->def;
    case TY_BOOL:
    case TY_CHAR:
    case TY_INT:
    case TY_FLOAT:
    case TY_STR:
    case TY_SLICE:
    case TY_ARRAY:
    case TY_TUPLE:
    case TY_NEVER:
        return ii->simp == SIMP_PRIM && ii->simp_sub == (uint16_t)(x->kind << 8 | x->sub);
    case TY_REF:
        return ii->simp == SIMP_REF;
    default:
        return false;
    }
}

/* The bounds that hold for a parameter / opaque type: env (or the opaque's bounds), elaborated. */
static bool
env_has(FnCx *cx, Ty *self, DefId trait, Ty *fn_in, Ty *fn_out, Sel *out)
{
    const Preds *lists[2] = {cx->env, NULL};
    Preds tmp = {0};
    if (self->kind == TY_OPAQUE) {
        const FnSig *s = fn_sig(cx->q, self->def);
        if (self->idx < s->nopaque) {
            tmp = s->opaque_bounds[self->idx];
            lists[0] = &tmp;
        }
    }
    for (int l = 0; l < 2 && lists[l]; l++)
        for (uint32_t i = 0; i < lists[l]->n; i++) {
            const Pred *p = &lists[l]->v[i];
            Ty *ps = p->self;
            if (self->kind == TY_OPAQUE)
                ps = self;
            if (shallow(cx, ps) != self)
                continue;
            bool ok = p->trait == trait;
            /* Fn implies FnMut implies FnOnce */
            if (!ok && is_fn_trait(cx, trait) && is_fn_trait(cx, p->trait)) {
                DefId f = cx->li->items[LANG_FN], fm = cx->li->items[LANG_FN_MUT];
                ok = p->trait == f || (p->trait == fm && trait != f);
            }
            if (!ok)
                continue;
            if (fn_in && p->fn_inputs) {
                Ty *pi = p->fn_inputs, *po = p->fn_output;
                if (self->kind == TY_OPAQUE && self->n) {
                    pi = subst_n(cx, pi, self->args, self->n);
                    po = subst_n(cx, po, self->args, self->n);
                }
                *out = unify_sig(cx, pi->args, pi->n, po, fn_in, fn_out);
                return true;
            }
            *out = SEL_YES;
            return true;
        }
    return false;
}

Sel
select_trait(FnCx *cx, Ty *self, DefId trait, Ty *fn_in, Ty *fn_out, uint32_t depth)
{
    if (trait == DEF_NONE)
        return SEL_YES;
    if (depth > 40)
        return SEL_AMBIG;
    self = shallow(cx, self);
    switch ((int)self->kind) {
    case TY_ERROR:
        return SEL_YES;
    case TY_INFER:
        return SEL_AMBIG;
    case TY_INT_VAR:
    case TY_FLOAT_VAR: {
        /* decided by the fallback type; do not bind the variable here */
        Ty *fb = self->kind == TY_INT_VAR ? ty_int(IK_I32) : ty_float(FK_F64);
        uint32_t s = snapshot(cx);
        Sel r = select_trait(cx, fb, trait, fn_in, fn_out, depth + 1);
        rollback(cx, s);
        return r == SEL_NO ? SEL_NO : SEL_AMBIG;
    }
    default:
        break;
    }
    Sel b;
    if (builtin(cx, self, trait, fn_in, fn_out, depth, &b))
        return b;
    if (self->kind == TY_PARAM || self->kind == TY_OPAQUE || self->kind == TY_PROJ) {
        if (env_has(cx, self, trait, fn_in, fn_out, &b))
            return b;
    }
    /* impls */
    const Impls *im = impls(cx->q);
    int found = -1, count = 0;
    Ty **found_args = NULL;
    for (uint32_t i = 0; i < im->n; i++) {
        const ImplInfo *ii = &im->v[i];
        if (ii->trait != trait)
            continue;
        if (ii->simp != SIMP_PARAM && !simp_match(ii, self))
            continue;
        if (ii->derived) {
            /* derive: every type argument must implement the trait */
            count++;
            found = (int)i;
            continue;
        }
        uint32_t s = snapshot(cx);
        const Generics *g = generics_of(cx->q, ii->impl);
        Ty **args = fresh_args(cx, g, 0, NULL, 0);
        Ty *impl_self = ty_subst(type_of(cx->q, ii->impl), args, g->count);
        if (unify(cx, impl_self, self)) {
            /* a blanket impl must also meet its bounds to count */
            if (ii->simp == SIMP_PARAM) {
                const Preds *p = predicates_of(cx->q, ii->impl);
                bool ok = true;
                for (uint32_t j = 0; j < p->n && ok; j++)
                    ok = select_trait(cx, subst_n(cx, p->v[j].self, args, g->count), p->v[j].trait,
                                      NULL, NULL, depth + 1) != SEL_NO;
                if (!ok) {
                    rollback(cx, s);
                    continue;
                }
            }
            count++;
            found = (int)i;
            found_args = args;
        }
        rollback(cx, s);
    }
    if (count == 0)
        return SEL_NO;
    if (count > 1)
        return SEL_AMBIG;
    const ImplInfo *ii = &im->v[found];
    if (ii->derived) {
        if (is_lang(cx, trait, LANG_COPY)) {
            /* Copy needs Clone too (derive(Copy) without Clone is E0277 at the item) */
        }
        return all_args(cx, self->args, self->n, trait, depth);
    }
    const Generics *g = generics_of(cx->q, ii->impl);
    Ty *impl_self = ty_subst(type_of(cx->q, ii->impl), found_args, g->count);
    unify(cx, impl_self, self);
    const Preds *p = predicates_of(cx->q, ii->impl);
    Sel r = SEL_YES;
    /* bindings first (`I: Iterator<Item = &'a T>` decides T), then the other bounds */
    for (uint32_t jj = 0; jj < 2 * p->n; jj++) {
        uint32_t j = jj % p->n;
        if ((p->v[j].bind_ty != NULL) != (jj < p->n))
            continue;
        Ty *fi = p->v[j].fn_inputs ? subst_n(cx, p->v[j].fn_inputs, found_args, g->count) : NULL;
        Ty *fo = p->v[j].fn_output ? subst_n(cx, p->v[j].fn_output, found_args, g->count) : NULL;
        Ty *pself = subst_n(cx, p->v[j].self, found_args, g->count);
        Sel s = select_trait(cx, pself, p->v[j].trait, fi, fo, depth + 1);
        if (s != SEL_NO && p->v[j].bind_ty) {
            Ty *pj = norm(cx, ty_mk(TY_PROJ, 0, p->v[j].bind_item, 0, 0, &pself, 1), NULL);
            if (!unify(cx, pj, subst_n(cx, p->v[j].bind_ty, found_args, g->count)))
                s = SEL_NO;
        }
        if (s == SEL_NO)
            return SEL_NO;
        if (s == SEL_AMBIG)
            r = SEL_AMBIG;
    }
    return r;
}

bool
is_copy(FnCx *cx, Ty *t)
{
    uint32_t s = snapshot(cx);
    Sel r = select_trait(cx, t, cx->li->items[LANG_COPY], NULL, NULL, 0);
    rollback(cx, s);
    return r == SEL_YES;
}

void
add_oblig(FnCx *cx, Ty *self, DefId trait, Ty *fn_in, Ty *fn_out, const Node *at, uint8_t why)
{
    if (trait == DEF_NONE)
        return;
    Oblig o = {self, trait, fn_in, fn_out, at, why};
    vec_push(&cx->obligs, o);
}

static void
proj_mismatch(FnCx *cx, const Node *at, Ty *proj, Ty *want, Ty *got)
{
    if (!at || ((resolve_deep(cx, want)->flags | resolve_deep(cx, got)->flags) & TF_HAS_ERROR))
        return;
    char *p = tystr(cx, resolve_deep(cx, proj)), *w = tystr(cx, want), *g = tystr(cx, got);
    tc_error(cx, at, "E0271", "type mismatch resolving `%s == %s`: found `%s`", p, w, g);
    tystr_free(p);
    tystr_free(w);
    tystr_free(g);
}

/* ---- projections ----------------------------------------------------------------------------- */

/* 1: *out is what the projection stands for (itself when rigid: a parameter's without a
 * binding in scope); 0: its self type is not known enough yet; -1: no impl provides it. */
static int
project_once(FnCx *cx, Ty *proj, Ty **out, const Node *at)
{
    Ty *self = shallow(cx, proj->args[0]);
    DefId item = proj->def;
    const Def *id = defs_get(cx->t, item);
    DefId trait = id->parent;
    switch ((int)self->kind) {
    case TY_ERROR:
        *out = ty_error();
        return 1;
    case TY_INFER:
    case TY_INT_VAR:
    case TY_FLOAT_VAR:
        return 0;
    case TY_PARAM:
    case TY_PROJ:
    case TY_OPAQUE:
        for (uint32_t i = 0; cx->env && i < cx->env->n; i++) {
            const Pred *p = &cx->env->v[i];
            if (p->bind_ty && p->bind_item == item && shallow(cx, p->self) == self) {
                *out = p->bind_ty;
                return 1;
            }
        }
        *out = self == proj->args[0] ? proj : ty_mk(TY_PROJ, 0, item, 0, 0, &self, 1);
        return 1;
    default:
        break;
    }
    /* ranges: core has an impl per integer type; the item is the bound's type either way */
    if (trait == cx->li->items[LANG_ITERATOR] && self->kind == TY_ADT && self->n &&
        (self->def == cx->li->items[LANG_RANGE] || self->def == cx->li->items[LANG_RANGE_INCLUSIVE] ||
         self->def == cx->li->items[LANG_RANGE_FROM])) {
        *out = self->args[0];
        return 1;
    }
    const Impls *im = impls(cx->q);
    int count = 0;
    const ImplInfo *found = NULL;
    for (uint32_t i = 0; i < im->n; i++) {
        const ImplInfo *ii = &im->v[i];
        if (ii->trait != trait || ii->derived || (ii->simp != SIMP_PARAM && !simp_match(ii, self)))
            continue;
        uint32_t s = snapshot(cx);
        const Generics *g = generics_of(cx->q, ii->impl);
        Ty **args = fresh_args(cx, g, 0, NULL, 0);
        if (unify(cx, ty_subst(type_of(cx->q, ii->impl), args, g->count), self)) {
            count++;
            found = ii;
        }
        rollback(cx, s);
    }
    if (count == 0)
        return -1;
    if (count > 1)
        return 0;
    const Generics *g = generics_of(cx->q, found->impl);
    Ty **args = fresh_args(cx, g, 0, NULL, 0);
    unify(cx, ty_subst(type_of(cx->q, found->impl), args, g->count), self);
    /* the impl's where clauses decide parameters its self type does not (`B` of
     * `impl<B, I, F: FnMut(I::Item) -> B> Iterator for Map<I, F>`) */
    const Preds *p = predicates_of(cx->q, found->impl);
    for (uint32_t jj = 0; jj < 2 * p->n; jj++) {
        uint32_t j = jj % p->n;
        if ((p->v[j].bind_ty != NULL) != (jj < p->n))
            continue;
        Ty *ps = subst_n(cx, p->v[j].self, args, g->count);
        Ty *fi = p->v[j].fn_inputs ? subst_n(cx, p->v[j].fn_inputs, args, g->count) : NULL;
        Ty *fo = p->v[j].fn_output ? subst_n(cx, p->v[j].fn_output, args, g->count) : NULL;
        if (select_trait(cx, ps, p->v[j].trait, fi, fo, 0) == SEL_AMBIG && at)
            add_oblig(cx, ps, p->v[j].trait, fi, fo, at, OB_PLAIN);
        if (p->v[j].bind_ty) {
            /* `I: Iterator<Item = &'a T>` decides T */
            Ty *pj = norm(cx, ty_mk(TY_PROJ, 0, p->v[j].bind_item, 0, 0, &ps, 1), at);
            unify(cx, pj, subst_n(cx, p->v[j].bind_ty, args, g->count));
        }
    }
    DefId ai = assoc_ty_named(cx->q, found->impl, id->name);
    if (ai == DEF_NONE)
        return -1;
    *out = ty_subst(type_of(cx->q, ai), args, g->count);
    return 1;
}

Ty *
norm(FnCx *cx, Ty *t, const Node *at)
{
    if (!(t->flags & TF_HAS_PROJ))
        return t;
    if (t->kind == TY_PROJ) {
        Ty *self = norm(cx, t->args[0], at);
        Ty *p = self == t->args[0] ? t : ty_mk(TY_PROJ, 0, t->def, 0, 0, &self, 1);
        Ty *out;
        int r = project_once(cx, p, &out, at);
        if (r == 1)
            return out == p ? out : norm(cx, out, at);
        if (r < 0) {
            Ty *st = resolve_deep(cx, self);
            if (at && !(st->flags & TF_HAS_ERROR)) {
                char *ss = tystr(cx, st);
                DefId tr = defs_get(cx->t, t->def)->parent;
                tc_error(cx, at, "E0277", "the trait bound `%s: %s` is not satisfied", ss,
                         sym_str(defs_get(cx->t, tr)->name));
                tystr_free(ss);
            }
            return ty_error();
        }
        Ty *v = fresh(cx, TY_INFER);
        struct PendingProj pp = {v, p, at};
        vec_push(&cx->projs, pp);
        return v;
    }
    Ty *small[8];
    Ty **a = t->n <= 8 ? small : xmalloc(t->n * sizeof *a);
    for (uint32_t i = 0; i < t->n; i++)
        a[i] = norm(cx, t->args[i], at);
    Ty *r = ty_mk((TyKind)t->kind, t->sub, t->def, t->idx, t->name, a, t->n);
    if (a != small)
        xfree(a, t->n * sizeof *a);
    return r;
}

Ty *
subst_n(FnCx *cx, Ty *t, Ty *const *args, uint32_t n)
{
    t = ty_subst(t, args, n);
    return (t->flags & TF_HAS_PROJ) ? norm(cx, t, NULL) : t;
}

/* Pending projections whose self type is now known; true when one was settled. */
static bool
settle_projs(FnCx *cx)
{
    bool progress = false;
    for (uint32_t i = 0; i < cx->projs.len;) {
        struct PendingProj pp = cx->projs.data[i];
        Ty *out;
        int r = project_once(cx, pp.proj, &out, pp.at);
        if (r == 0) {
            i++;
            continue;
        }
        cx->projs.data[i] = cx->projs.data[--cx->projs.len];
        progress = true;
        if (r < 0) {
            unify(cx, pp.var, ty_error());
            continue;
        }
        out = norm(cx, out, pp.at);
        if (!unify(cx, pp.var, out))
            proj_mismatch(cx, pp.at, pp.proj, pp.var, out);
    }
    return progress;
}

void
add_preds(FnCx *cx, const Preds *p, Ty *const *args, uint32_t n, const Node *at)
{
    for (uint32_t i = 0; i < p->n; i++) {
        const Pred *pr = &p->v[i];
        if (pr->self->kind == TY_PARAM && pr->self->idx == 0 && pr->self->name == sym_cstr("Self") &&
            pr->trait != DEF_NONE && defs_get(cx->t, pr->trait)->kind == DK_TRAIT && n &&
            pr->fn_inputs == NULL) {
            /* a trait's own `Self: Trait`: added by the caller when it matters */
        }
        Ty *self = subst_n(cx, pr->self, args, n);
        add_oblig(cx, self, pr->trait,
                  pr->fn_inputs ? subst_n(cx, pr->fn_inputs, args, n) : NULL,
                  pr->fn_output ? subst_n(cx, pr->fn_output, args, n) : NULL, at, OB_PLAIN);
        if (pr->bind_ty) {
            /* `Trait<Name = T>`: <self as Trait>::Name is T */
            Ty *pj = norm(cx, ty_mk(TY_PROJ, 0, pr->bind_item, 0, 0, &self, 1), at);
            Ty *want = subst_n(cx, pr->bind_ty, args, n);
            if (!unify(cx, pj, want))
                proj_mismatch(cx, at, ty_mk(TY_PROJ, 0, pr->bind_item, 0, 0, &self, 1), want, pj);
        }
    }
}

static void
report_unsatisfied(FnCx *cx, const Oblig *o)
{
    Ty *self = resolve_deep(cx, o->self);
    if (self->flags & TF_HAS_ERROR)
        return;
    char *s = tystr(cx, self);
    const char *tn = sym_str(defs_get(cx->t, o->trait)->name);
    if (is_lang(cx, o->trait, LANG_DISPLAY))
        tc_error(cx, o->at, "E0277", "`%s` doesn't implement `std::fmt::Display`", s);
    else if (is_lang(cx, o->trait, LANG_DEBUG))
        tc_error(cx, o->at, "E0277", "`%s` doesn't implement `Debug`", s);
    else if (is_fn_trait(cx, o->trait)) {
        if (o->fn_in) {
            Ty *in = resolve_deep(cx, o->fn_in);
            Buf b = {0};
            TyPrinter p = {cx->q, cx->t, NULL, NULL};
            for (uint32_t i = 0; i < in->n; i++) {
                if (i)
                    buf_printf(&b, ", ");
                ty_print(&p, in->args[i], &b);
            }
            tc_error(cx, o->at, "E0277", "expected a `%s(%.*s)` closure, found `%s`", tn,
                     (int)b.len, b.data ? (const char *)b.data : "", s);
            buf_free(&b);
        } else {
            tc_error(cx, o->at, "E0277", "expected a `%s` closure, found `%s`", tn, s);
        }
    } else
        tc_error(cx, o->at, "E0277", "the trait bound `%s: %s` is not satisfied", s, tn);
    tystr_free(s);
}

void
select_obligs(FnCx *cx, bool final)
{
    bool progress = true;
    while (progress) {
        progress = settle_projs(cx);
        for (uint32_t i = 0; i < cx->obligs.len;) {
            Oblig o = cx->obligs.data[i];
            Sel r = select_trait(cx, o.self, o.trait, o.fn_in, o.fn_out, 0);
            if (r == SEL_AMBIG) {
                i++;
                continue;
            }
            if (r == SEL_NO)
                report_unsatisfied(cx, &o);
            cx->obligs.data[i] = cx->obligs.data[--cx->obligs.len];
            progress = true;
        }
    }
    if (!final)
        return;
    for (uint32_t i = 0; i < cx->obligs.len; i++) {
        Oblig *o = &cx->obligs.data[i];
        Ty *self = resolve_deep(cx, o->self);
        if (self->flags & TF_HAS_ERROR)
            continue;
        if (cx->errors == 0)
            tc_error(cx, o->at, "E0282", "type annotations needed");
        break;
    }
    cx->obligs.len = 0;
}

bool
expected_fn_sig(FnCx *cx, Ty *t, Ty **in, Ty **out)
{
    t = shallow(cx, t);
    if (t->kind == TY_FNPTR) {
        *in = ty_tuple(t->args, t->n - 1);
        *out = t->args[t->n - 1];
        return true;
    }
    if (t->kind != TY_INFER)
        return false;
    for (uint32_t i = 0; i < cx->obligs.len; i++) {
        Oblig *o = &cx->obligs.data[i];
        if (shallow(cx, o->self) == t && is_fn_trait(cx, o->trait) && o->fn_in) {
            *in = o->fn_in;
            *out = o->fn_out;
            return true;
        }
    }
    return false;
}

/* ---- method lookup ----------------------------------------------------------------------- */

Ty *
deref_step(FnCx *cx, Ty *t, bool builtin_only)
{
    t = shallow(cx, t);
    if (t->kind == TY_REF || t->kind == TY_PTR)
        return t->kind == TY_REF ? t->args[0] : NULL;
    if (t->kind != TY_ADT)
        return NULL;
    if (t->def == cx->li->items[LANG_BOX] && t->n)
        return t->args[0];
    if (builtin_only)
        return NULL;
    if (t->def == cx->li->items[LANG_STRING])
        return ty_str();
    if (t->def == cx->li->items[LANG_VEC] && t->n)
        return ty_mk(TY_SLICE, 0, DEF_NONE, 0, 0, &t->args[0], 1);
    return NULL;
}

static const AssocItem *
find_item(FnCx *cx, DefId container, Symbol name, bool want_self, bool want_fn_or_const)
{
    const AssocItems *a = assoc_items(cx->q, container);
    for (uint32_t i = 0; i < a->n; i++) {
        const AssocItem *it = &a->v[i];
        if (it->name != name)
            continue;
        if (want_self && (it->kind != DK_ASSOC_FN || !it->has_self))
            continue;
        if (want_fn_or_const && it->kind == DK_ASSOC_TY)
            continue;
        return it;
    }
    return NULL;
}

static uint8_t
self_kind_of(FnCx *cx, DefId method)
{
    return fn_sig(cx->q, method)->self_kind;
}

/* Args of `method` found in container with parent args `pargs` (n): own params fresh. */
static void
method_args(FnCx *cx, DefId method, Ty *const *pargs, uint32_t n, Pick *out)
{
    const Generics *g = generics_of(cx->q, method);
    out->args = fresh_args(cx, g, n, pargs, n);
    out->nargs = g->count;
    out->method = method;
}

/* The one real impl of `trait` whose self type unifies with X (unified, args out), or DEF_NONE. */
static DefId
unique_impl(FnCx *cx, Ty *X, DefId trait, Ty ***args_out, uint32_t *nargs)
{
    const Impls *im = impls(cx->q);
    DefId found = DEF_NONE;
    for (uint32_t i = 0; i < im->n; i++) {
        const ImplInfo *ii = &im->v[i];
        if (ii->trait != trait || ii->derived || (ii->simp != SIMP_PARAM && !simp_match(ii, X)))
            continue;
        uint32_t s = snapshot(cx);
        const Generics *g = generics_of(cx->q, ii->impl);
        Ty **args = fresh_args(cx, g, 0, NULL, 0);
        bool ok = unify(cx, ty_subst(type_of(cx->q, ii->impl), args, g->count), X);
        rollback(cx, s);
        if (!ok)
            continue;
        if (found != DEF_NONE)
            return DEF_NONE;
        found = ii->impl;
        *args_out = args;
        *nargs = g->count;
    }
    if (found != DEF_NONE)
        unify(cx, ty_subst(type_of(cx->q, found), *args_out, *nargs), X);
    return found;
}

/* Which self kinds a probe of adjusted receiver type S accepts, and the Self type each implies. */
static bool
probe_at(FnCx *cx, Ty *X, Symbol name, uint8_t kind_mask, Pick *out, bool assoc, bool *ambiguous)
{
    X = shallow(cx, X);
    if (X->kind == TY_INFER)
        return false;
    const Impls *im = impls(cx->q);
    /* 1. inherent impls */
    for (uint32_t i = 0; i < im->n && !cx->traits_only; i++) {
        const ImplInfo *ii = &im->v[i];
        if (ii->trait != DEF_NONE || !simp_match(ii, X))
            continue;
        const AssocItem *it = find_item(cx, ii->impl, name, !assoc, assoc);
        if (!it)
            continue;
        if (!assoc && !(kind_mask & (1u << self_kind_of(cx, it->def))))
            continue;
        uint32_t s = snapshot(cx);
        const Generics *g = generics_of(cx->q, ii->impl);
        Ty **args = fresh_args(cx, g, 0, NULL, 0);
        if (unify(cx, ty_subst(type_of(cx->q, ii->impl), args, g->count), X)) {
            method_args(cx, it->def, args, g->count, out);
            out->self_ty = X;
            return true;
        }
        rollback(cx, s);
    }
    /* 2. bounds in scope of a parameter / opaque type / rigid projection */
    if (X->kind == TY_PARAM || X->kind == TY_OPAQUE || X->kind == TY_PROJ) {
        const Preds *env = cx->env;
        Preds tmp = {0};
        if (X->kind == TY_OPAQUE) {
            const FnSig *s = fn_sig(cx->q, X->def);
            if (X->idx < s->nopaque)
                tmp = s->opaque_bounds[X->idx];
            env = &tmp;
        }
        for (uint32_t i = 0; env && i < env->n; i++) {
            const Pred *p = &env->v[i];
            if (X->kind != TY_OPAQUE && shallow(cx, p->self) != X)
                continue;
            const AssocItem *it = find_item(cx, p->trait, name, !assoc, assoc);
            if (!it || (!assoc && !(kind_mask & (1u << self_kind_of(cx, it->def)))))
                continue;
            Ty *pa[1] = {X};
            method_args(cx, it->def, pa, 1, out);
            out->self_ty = X;
            return true;
        }
    }
    /* 3. traits with an impl that may apply */
    DefId tried[64];
    uint32_t ntried = 0;
    for (uint32_t i = 0; i < im->n; i++) {
        const ImplInfo *ii = &im->v[i];
        if (ii->trait == DEF_NONE)
            continue;
        if (ii->simp != SIMP_PARAM && !simp_match(ii, X))
            continue;
        bool seen = false;
        for (uint32_t j = 0; j < ntried; j++)
            seen |= tried[j] == ii->trait;
        if (seen)
            continue;
        if (ntried < 64)
            tried[ntried++] = ii->trait;
        if (!trait_in_scope(cx, ii->trait))
            continue;
        const AssocItem *it = find_item(cx, ii->trait, name, !assoc, assoc);
        if (!it || (!assoc && !(kind_mask & (1u << self_kind_of(cx, it->def)))))
            continue;
        uint32_t s = snapshot(cx);
        Sel r = select_trait(cx, X, ii->trait, NULL, NULL, 0);
        rollback(cx, s);
        if (r == SEL_NO)
            continue;
        /* the impl's own item when one impl applies: its signature is normalized
         * (`Option<char>` rather than `Option<Self::Item>`) */
        Ty **iargs = NULL;
        uint32_t niargs = 0;
        DefId impl = unique_impl(cx, X, ii->trait, &iargs, &niargs);
        if (impl != DEF_NONE) {
            const AssocItem *ii_it = find_item(cx, impl, name, !assoc, assoc);
            if (ii_it) {
                method_args(cx, ii_it->def, iargs, niargs, out);
                out->self_ty = X;
                return true;
            }
        }
        Ty *pa[1] = {X};
        method_args(cx, it->def, pa, 1, out);
        out->self_ty = X;
        if (r == SEL_AMBIG && ambiguous)
            *ambiguous = true;
        return true;
    }
    /* built-in trait impls with no impl item: Clone for tuples, refs, closures... */
    if (!assoc) {
        static const LangItem builtin_traits[] = {LANG_CLONE, LANG_EQ, LANG_PARTIAL_ORD, LANG_ORD,
                                                  LANG_DEBUG};
        for (size_t k = 0; k < sizeof builtin_traits / sizeof builtin_traits[0]; k++) {
            DefId tr = cx->li->items[builtin_traits[k]];
            if (tr == DEF_NONE)
                continue;
            const AssocItem *it = find_item(cx, tr, name, true, false);
            if (!it || !(kind_mask & (1u << self_kind_of(cx, it->def))))
                continue;
            uint32_t s = snapshot(cx);
            Sel r = select_trait(cx, X, tr, NULL, NULL, 0);
            rollback(cx, s);
            if (r != SEL_YES)
                continue;
            Ty *pa[1] = {X};
            method_args(cx, it->def, pa, 1, out);
            out->self_ty = X;
            return true;
        }
    }
    return false;
}

bool
trait_in_scope(FnCx *cx, DefId trait)
{
    for (uint32_t i = 0; i < cx->traits.len; i++)
        if (cx->traits.data[i] == trait)
            return true;
    return false;
}

bool
lookup_method(FnCx *cx, Ty *recv, Symbol name, Pick *out, bool *ambiguous)
{
    memset(out, 0, sizeof *out);
    Ty *S = shallow(cx, recv);
    for (uint32_t step = 0; step < 16 && S; step++) {
        S = shallow(cx, S);
        if ((S->kind == TY_INT_VAR || S->kind == TY_FLOAT_VAR) && step > 0 && !cx->traits_only) {
            /* `(&x).cmp(&y)` with x an {integer}: trait methods of the variable, through the
             * references (rustc's autoderef reaches the variable, then probes its traits) */
            if (!lookup_method_numeric(cx, S, name, out))
                return false;
            out->derefs = step;
            return true;
        }
        if (S->kind == TY_INFER || S->kind == TY_INT_VAR || S->kind == TY_FLOAT_VAR)
            return false;
        out->derefs = step;
        /* by value: methods taking Self = S, or &self/&mut self when S is a reference */
        if (probe_at(cx, S, name, 1u << SELF_VALUE | 1u << SELF_BOX, out, false, ambiguous)) {
            out->autoref = 0;
            return true;
        }
        if (S->kind == TY_REF &&
            probe_at(cx, S->args[0], name, 1u << SELF_REF | (S->sub ? 1u << SELF_MUT_REF : 0), out,
                     false, ambiguous)) {
            out->autoref = 0;
            out->derefs = step + 1; /* reborrow */
            out->autoref = S->sub ? 2 : 1;
            return true;
        }
        if (probe_at(cx, S, name, 1u << SELF_REF, out, false, ambiguous)) {
            out->autoref = 1;
            return true;
        }
        if (probe_at(cx, S, name, 1u << SELF_MUT_REF, out, false, ambiguous)) {
            out->autoref = 2;
            return true;
        }
        Ty *next = deref_step(cx, S, false);
        if (!next && S->kind == TY_ARRAY)
            next = ty_mk(TY_SLICE, 0, DEF_NONE, 0, 0, &S->args[0], 1); /* unsize */
        S = next;
    }
    return false;
}

/* A method on `{integer}` / `{float}`: only trait methods, with Self the variable (rustc). */
bool
lookup_method_numeric(FnCx *cx, Ty *var, Symbol name, Pick *out)
{
    Ty *fb = var->kind == TY_INT_VAR ? ty_int(IK_I32) : ty_float(FK_F64);
    uint32_t s = snapshot(cx);
    cx->traits_only = true;
    Pick probe;
    bool ok = lookup_method(cx, fb, name, &probe, NULL);
    cx->traits_only = false;
    rollback(cx, s);
    if (!ok)
        return false;
    DefId m = probe.method;
    DefId container = defs_get(cx->t, m)->parent;
    DefId tr = defs_get(cx->t, container)->kind == DK_TRAIT ? container : impl_trait(cx->q, container);
    if (tr == DEF_NONE)
        return false;
    const AssocItem *it = find_item(cx, tr, name, true, false);
    if (!it)
        return false;
    memset(out, 0, sizeof *out);
    Ty *pa[1] = {var};
    method_args(cx, it->def, pa, 1, out);
    out->autoref = probe.autoref;
    out->self_ty = var;
    return true;
}

bool
lookup_assoc(FnCx *cx, Ty *self, Symbol name, Pick *out)
{
    memset(out, 0, sizeof *out);
    return probe_at(cx, self, name, 0xff, out, true, NULL);
}
