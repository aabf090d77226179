/*
 * infer.c — inference variables and unification for the type checker.
 *
 * Three kinds of variables, as rustc: general (`_`), integer ({integer},
 * which only unifies with integer types and falls back to i32) and float
 * ({float}, falls back to f64).  Bindings are recorded in a trail, so that
 * trait selection and method probing can try a unification and roll it
 * back.
 */
#include "typeck.h"

#include <stdarg.h>
#include <string.h>

Ty *
fresh(FnCx *cx, TyKind k)
{
    uint32_t id = cx->vars.len;
    vec_push(&cx->vars, (Ty *)NULL);
    vec_push(&cx->var_kind, (uint8_t)k);
    return ty_var(k, id);
}

static bool
is_var(const Ty *t)
{
    return t->kind == TY_INFER || t->kind == TY_INT_VAR || t->kind == TY_FLOAT_VAR;
}

Ty *
shallow(FnCx *cx, Ty *t)
{
    while (is_var(t) && t->idx < cx->vars.len && cx->vars.data[t->idx])
        t = cx->vars.data[t->idx];
    return t;
}

Ty *
resolve_deep(FnCx *cx, Ty *t)
{
    t = shallow(cx, t);
    if (!(t->flags & TF_HAS_VARS) || t->n == 0)
        return t;
    Ty *small[8];
    Ty **a = t->n <= 8 ? small : xmalloc(t->n * sizeof *a);
    for (uint32_t i = 0; i < t->n; i++)
        a[i] = resolve_deep(cx, t->args[i]);
    Ty *r = ty_mk((TyKind)t->kind, t->sub, t->def, t->idx, t->name, a, t->n);
    if (a != small)
        xfree(a, t->n * sizeof *a);
    return r;
}

static void
bind(FnCx *cx, Ty *var, Ty *val)
{
    if (var->idx >= cx->vars.len)
        return; /* not a variable of this body (a placeholder never filled): nothing to record */
    cx->vars.data[var->idx] = val;
    vec_push(&cx->trail, (uint32_t)var->idx);
}

uint32_t
snapshot(FnCx *cx)
{
    return cx->trail.len;
}

void
rollback(FnCx *cx, uint32_t snap)
{
    while (cx->trail.len > snap)
        cx->vars.data[cx->trail.data[--cx->trail.len]] = NULL;
}

static bool
occurs(FnCx *cx, Ty *var, Ty *t)
{
    t = shallow(cx, t);
    if (t == var)
        return true;
    for (uint32_t i = 0; i < t->n; i++)
        if (occurs(cx, var, t->args[i]))
            return true;
    return false;
}

bool
unify(FnCx *cx, Ty *a, Ty *b)
{
    a = shallow(cx, a);
    b = shallow(cx, b);
    if (a == b)
        return true;
    if (a->kind == TY_ERROR || b->kind == TY_ERROR)
        return true;
    if (is_var(b) && !is_var(a)) {
        Ty *t = a;
        a = b;
        b = t;
    }
    if (is_var(a)) {
        if (is_var(b)) {
            /* the more specific kind survives: int/float over general */
            if (a->kind == TY_INFER) {
                bind(cx, a, b);
                return true;
            }
            if (b->kind == TY_INFER) {
                bind(cx, b, a);
                return true;
            }
            if (a->kind != b->kind)
                return false;
            bind(cx, a, b);
            return true;
        }
        if (a->kind == TY_INT_VAR && b->kind != TY_INT)
            return false;
        if (a->kind == TY_FLOAT_VAR && b->kind != TY_FLOAT)
            return false;
        if (occurs(cx, a, b))
            return false;
        bind(cx, a, b);
        return true;
    }
    if (a->kind != b->kind || a->sub != b->sub || a->n != b->n)
        return false;
    switch ((int)a->kind) {
    case TY_ADT:
    case TY_FNDEF:
    case TY_CLOSURE:
    case TY_FUTURE:
    case TY_OPAQUE:
        if (a->def != b->def || a->idx != b->idx)
            return false;
        break;
    case TY_ARRAY:
        if (a->idx != b->idx && a->idx != UINT64_MAX && b->idx != UINT64_MAX)
            return false;
        break;
    case TY_PARAM:
        return a->idx == b->idx;
    default:
        break;
    }
    for (uint32_t i = 0; i < a->n; i++)
        if (!unify(cx, a->args[i], b->args[i]))
            return false;
    return true;
}

Ty **
fresh_args(FnCx *cx, const Generics *g, uint32_t from, Ty *const *prefix, uint32_t nprefix)
{
    Ty **a = arena_alloc(q_arena(cx->q), (g->count + 1) * sizeof(Ty *));
    for (uint32_t i = 0; i < g->count; i++)
        a[i] = i < nprefix && i < from ? prefix[i] : fresh(cx, TY_INFER);
    return a;
}

/* ---- messages -------------------------------------------------------------------------- */

static Ty *
printer_resolve(void *ctx, Ty *t)
{
    return shallow(ctx, t);
}

char *
tystr(FnCx *cx, Ty *t)
{
    TyPrinter p = {cx->q, cx->t, printer_resolve, cx};
    return ty_str_of(&p, t);
}

void
tystr_free(char *s)
{
    xfree(s, strlen(s) + 1);
}

static Diag *
tc_vdiag(FnCx *cx, const Node *at, const char *code, const char *fmt, va_list ap)
{
    return sema_vdiag(cx->q, cx->anchor, at, code, fmt, ap);
}

Diag *
tc_diag(FnCx *cx, const Node *at, const char *code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Diag *d = tc_vdiag(cx, at, code, fmt, ap);
    va_end(ap);
    return d;
}

void
tc_emit(FnCx *cx, Diag *d)
{
    cx->errors++;
    q_emit(cx->q, d);
}

void
tc_error(FnCx *cx, const Node *at, const char *code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Diag *d = tc_vdiag(cx, at, code, fmt, ap);
    va_end(ap);
    tc_emit(cx, d);
}

void
type_mismatch(FnCx *cx, const Node *at, Ty *expected, Ty *found)
{
    expected = shallow(cx, expected);
    found = shallow(cx, found);
    if ((expected->flags | found->flags) & TF_HAS_ERROR)
        return;
    char *e = tystr(cx, expected), *f = tystr(cx, found);
    Diag *d = tc_diag(cx, at, "E0308", "mismatched types");
    Buf l = {0};
    buf_printf(&l, "expected `%s`, found `%s`", e, f);
    d->label = xstrndup((const char *)l.data, l.len);
    buf_free(&l);
    tc_emit(cx, d);
    tystr_free(e);
    tystr_free(f);
}
