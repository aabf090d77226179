/*
 * tcpat.c — patterns: types and bindings (with rustc's default binding
 * modes: a non-reference pattern against `&T` matches through the
 * reference and binds by reference), and the hand-off to the
 * exhaustiveness checker.
 */
#include "typeck.h"

#include <string.h>

static Ty *
peel_refs(FnCx *cx, Ty *t, bool *ref_mode, bool *mut_ref)
{
    t = shallow(cx, t);
    while (t->kind == TY_REF) {
        if (!*ref_mode)
            *mut_ref = t->sub;
        else if (!t->sub)
            *mut_ref = false;
        *ref_mode = true;
        t = shallow(cx, t->args[0]);
    }
    return t;
}

static bool
is_int_like(Ty *t)
{
    return t->kind == TY_INT || t->kind == TY_INT_VAR;
}

/* A literal pattern's type: an expression literal's, under the expected type. */
static Ty *
pat_lit_type(FnCx *cx, const Node *lit, Ty *expected)
{
    return lit_type(cx, lit->kind == N_UNARY ? lit->kids[0] : lit, expected);
}

static void
pat_mismatch(FnCx *cx, const Node *p, Ty *expected, Ty *found)
{
    type_mismatch(cx, p, expected, found);
}

/* The variant a constructor or variant def names, with its ADT. */
const VariantDef *
variant_of(FnCx *cx, DefId def, DefId *adt_out)
{
    const Def *d = defs_get(cx->t, def);
    DefId v = d->kind == DK_CTOR ? d->parent : def;
    const Def *vd = defs_get(cx->t, v);
    DefId adt = vd->kind == DK_VARIANT ? vd->parent : v;
    const Def *ad = defs_get(cx->t, adt);
    if (ad->kind != DK_STRUCT && ad->kind != DK_ENUM)
        return NULL;
    const AdtDef *a = adt_def(cx->q, adt);
    *adt_out = adt;
    for (uint32_t i = 0; i < a->nvariants; i++)
        if (a->variants[i].def == v)
            return &a->variants[i];
    return NULL;
}

static Ty *
adt_for_pat(FnCx *cx, DefId adt, Ty *expected, const Node *p)
{
    const Generics *g = generics_of(cx->q, adt);
    Ty **args = fresh_args(cx, g, 0, NULL, 0);
    Ty *t = ty_adt(adt, args, g->count);
    if (!unify(cx, t, expected)) {
        pat_mismatch(cx, p, expected, t);
        return NULL;
    }
    return shallow(cx, t);
}

static void
bind(FnCx *cx, const Node *p, Ty *t, bool ref_mode, bool mut_ref)
{
    Ty *bt = t;
    bool mut = (p->flags & NF_MUT) != 0;
    if (p->flags & NF_REF)
        bt = ty_ref(t, mut);
    else if (ref_mode && !mut)
        bt = ty_ref(t, mut_ref);
    else if (ref_mode && mut) {
        /* `mut x` resets the binding mode (edition 2021 and earlier) */
    }
    declare_local(cx, p->sym, bt, mut && !(p->flags & NF_REF), p, true);
    record_type(cx, p, bt);
}

/* Does a single identifier pattern name a unit struct/variant or a constant? */
bool
ident_is_path(FnCx *cx, const Node *p, Res *out)
{
    if (p->kids[0]->kind != N_NONE || (p->flags & (NF_REF | NF_MUT)))
        return false;
    Node seg = {0};
    seg.kind = N_SEG;
    seg.sym = p->sym;
    seg.lo = p->lo;
    seg.hi = p->hi;
    Node *segp = &seg;
    Node path = {0};
    path.kind = N_PATH;
    path.nkids = 1;
    path.kids = &segp;
    path.lo = p->lo;
    path.hi = p->hi;
    PathCx pc = cx->lcx.p;
    pc.quiet = true;
    uint32_t stopped;
    Res r = resolve_path(&pc, &path, 1, NS_VALUE, &stopped);
    if (r.kind != RES_DEF || stopped < 1)
        return false;
    const Def *d = defs_get(cx->t, r.def);
    if (d->kind == DK_CTOR) {
        DefId adt;
        const VariantDef *v = variant_of(cx, r.def, &adt);
        if (v && v->ctor_kind == CTOR_UNIT) {
            *out = r;
            return true;
        }
        return false;
    }
    if (d->kind == DK_CONST || d->kind == DK_ASSOC_CONST) {
        *out = r;
        return true;
    }
    return false;
}

static void
check_path_pat(FnCx *cx, const Node *p, Res r, Ty *expected, bool ref_mode, bool mut_ref)
{
    (void)ref_mode, (void)mut_ref;
    const Def *d = defs_get(cx->t, r.def);
    if (d->kind == DK_CONST || d->kind == DK_ASSOC_CONST) {
        Ty *t = type_of(cx->q, r.def);
        if (!unify(cx, t, expected))
            pat_mismatch(cx, p, expected, t);
        return;
    }
    DefId adt;
    const VariantDef *v = variant_of(cx, r.def, &adt);
    if (!v)
        return;
    if (v->ctor_kind != CTOR_UNIT) {
        Buf b = {0};
        defs_path_str(cx->t, v->def, &b);
        tc_error(cx, p, "E0533", "expected unit struct, unit variant or constant, found %s `%.*s`",
                 v->ctor_kind == CTOR_TUPLE ? "tuple variant" : "struct variant", (int)b.len,
                 (const char *)b.data);
        buf_free(&b);
        return;
    }
    adt_for_pat(cx, adt, expected, p);
}

void
check_pat(FnCx *cx, const Node *p, Ty *expected, bool ref_mode, bool mut_ref)
{
    record_type(cx, p, expected);
    switch ((int)p->kind) {
    case N_PAT_WILD:
    case N_PAT_REST:
        return;
    case N_PAT_IDENT: {
        Res r;
        if (ident_is_path(cx, p, &r)) {
            Ty *t = peel_refs(cx, expected, &ref_mode, &mut_ref);
            check_path_pat(cx, p, r, t, ref_mode, mut_ref);
            return;
        }
        if (p->kids[0]->kind != N_NONE)
            check_pat(cx, p->kids[0], expected, ref_mode, mut_ref);
        bind(cx, p, expected, ref_mode, mut_ref);
        return;
    }
    case N_PAT_LIT: {
        Ty *t = shallow(cx, expected);
        const Node *lit = p->kids[0];
        /* string literals match &str without peeling */
        bool is_str = (lit->kind == N_LIT && lit->op == TK_STR);
        if (!is_str)
            t = peel_refs(cx, expected, &ref_mode, &mut_ref);
        Ty *lt = pat_lit_type(cx, lit, t);
        if (!unify(cx, lt, t))
            pat_mismatch(cx, p, t, lt);
        return;
    }
    case N_PAT_RANGE: {
        Ty *t = peel_refs(cx, expected, &ref_mode, &mut_ref);
        for (int i = 0; i < 2; i++) {
            const Node *end = p->kids[i];
            if (end->kind == N_NONE)
                continue;
            Ty *et;
            if (end->kind == N_LIT || end->kind == N_UNARY)
                et = pat_lit_type(cx, end, t);
            else if (end->kind == N_PAT_LIT)
                et = pat_lit_type(cx, end->kids[0], t);
            else
                et = t;
            if (!unify(cx, et, t))
                pat_mismatch(cx, p, t, et);
        }
        Ty *s = shallow(cx, t);
        if (!is_int_like(s) && s->kind != TY_CHAR && s->kind != TY_FLOAT && s->kind != TY_ERROR &&
            s->kind != TY_FLOAT_VAR && s->kind != TY_INFER)
            tc_error(cx, p, "E0029", "only `char` and numeric types are allowed in range patterns");
        return;
    }
    case N_PAT_TUPLE: {
        Ty *t = peel_refs(cx, expected, &ref_mode, &mut_ref);
        uint32_t n = p->nkids, rest = UINT32_MAX;
        for (uint32_t i = 0; i < n; i++)
            if (p->kids[i]->kind == N_PAT_REST)
                rest = i;
        if (t->kind == TY_INFER && rest == UINT32_MAX) {
            Ty *a[64];
            for (uint32_t i = 0; i < n && i < 64; i++)
                a[i] = fresh(cx, TY_INFER);
            unify(cx, t, ty_tuple(a, n < 64 ? n : 64));
            t = shallow(cx, t);
        }
        if (t->kind == TY_ERROR)
            return;
        if (t->kind != TY_TUPLE || (rest == UINT32_MAX && t->n != n) ||
            (rest != UINT32_MAX && t->n < n - 1)) {
            Ty *a[64];
            for (uint32_t i = 0; i < n && i < 64; i++)
                a[i] = fresh(cx, TY_INFER);
            pat_mismatch(cx, p, t, ty_tuple(a, n < 64 ? n : 64));
            for (uint32_t i = 0; i < n; i++) /* bind what it names, quietly */
                check_pat(cx, p->kids[i], ty_error(), ref_mode, mut_ref);
            return;
        }
        for (uint32_t i = 0, k = 0; i < n; i++) {
            if (i == rest) {
                k = t->n - (n - 1 - i);
                continue;
            }
            check_pat(cx, p->kids[i], t->args[k++], ref_mode, mut_ref);
        }
        return;
    }
    case N_PAT_TUPLE_STRUCT: {
        Ty *t = peel_refs(cx, expected, &ref_mode, &mut_ref);
        Res r = resolve_pat_path(cx, p->kids[0], NS_VALUE);
        if (r.kind != RES_DEF) {
            if (r.kind != RES_ERR)
                tc_error(cx, p, "E0532", "expected tuple struct or tuple variant, found %s",
                         res_descr(cx->t, &r));
            for (uint32_t i = 1; i < p->nkids; i++)
                check_pat(cx, p->kids[i], ty_error(), ref_mode, mut_ref);
            return;
        }
        DefId adt;
        const VariantDef *v = defs_get(cx->t, r.def)->kind == DK_CTOR ? variant_of(cx, r.def, &adt)
                                                                       : NULL;
        if (!v || v->ctor_kind != CTOR_TUPLE) {
            const Def *d = defs_get(cx->t, r.def);
            tc_error(cx, p, "E0532", "expected tuple struct or tuple variant, found %s `%s`",
                     res_descr(cx->t, &r), sym_str(d->name ? d->name : defs_get(cx->t, d->parent)->name));
            for (uint32_t i = 1; i < p->nkids; i++)
                check_pat(cx, p->kids[i], ty_error(), ref_mode, mut_ref);
            return;
        }
        Ty *at = adt_for_pat(cx, adt, t, p);
        uint32_t n = p->nkids - 1, rest = UINT32_MAX;
        for (uint32_t i = 0; i < n; i++)
            if (p->kids[i + 1]->kind == N_PAT_REST)
                rest = i;
        if ((rest == UINT32_MAX && n != v->nfields) || (rest != UINT32_MAX && n - 1 > v->nfields)) {
            Buf b = {0};
            defs_path_str(cx->t, v->def, &b);
            tc_error(cx, p, "E0023", "this pattern has %u field%s, but the corresponding %s has %u "
                                     "field%s", n, n == 1 ? "" : "s",
                     defs_get(cx->t, adt)->kind == DK_ENUM ? "tuple variant" : "tuple struct",
                     v->nfields, v->nfields == 1 ? "" : "s");
            buf_free(&b);
            return;
        }
        for (uint32_t i = 0, k = 0; i < n; i++) {
            if (i == rest) {
                k = v->nfields - (n - 1 - i);
                continue;
            }
            Ty *ft = at ? ty_subst(v->fields[k].ty, at->args, at->n) : ty_error();
            k++;
            check_pat(cx, p->kids[i + 1], ft, ref_mode, mut_ref);
        }
        return;
    }
    case N_PAT_STRUCT: {
        Ty *t = peel_refs(cx, expected, &ref_mode, &mut_ref);
        Res r;
        const Node *path = p->kids[0];
        if (path->kind == N_PATH && path->nkids == 1 && path->kids[0]->sym == sym_cstr("Self") &&
            cx->self_ty && cx->self_ty->kind == TY_ADT) {
            r.kind = RES_DEF;
            r.def = cx->self_ty->def;
        } else {
            r = resolve_pat_path(cx, path, NS_TYPE);
        }
        if (r.kind != RES_DEF)
            return;
        const Def *d = defs_get(cx->t, r.def);
        if (d->kind != DK_STRUCT && d->kind != DK_VARIANT) {
            tc_error(cx, p, "E0574", "expected struct, variant or union type, found %s `%s`",
                     res_descr(cx->t, &r), sym_str(d->name));
            return;
        }
        DefId adt;
        const VariantDef *v = variant_of(cx, r.def, &adt);
        if (!v)
            return;
        Ty *at = adt_for_pat(cx, adt, t, p);
        uint32_t seen = 0;
        for (uint32_t i = 1; i < p->nkids; i++) {
            const Node *f = p->kids[i];
            if (f->kind != N_PAT_FIELD)
                continue;
            uint32_t k;
            for (k = 0; k < v->nfields; k++)
                if (v->fields[k].name == f->sym)
                    break;
            if (k == v->nfields) {
                tc_error(cx, f, "E0026", "%s `%s` does not have a field named `%s`",
                         defs_get(cx->t, adt)->kind == DK_ENUM ? "variant" : "struct",
                         sym_str(v->name), sym_str(f->sym));
                continue;
            }
            seen++;
            Ty *ft = at ? ty_subst(v->fields[k].ty, at->args, at->n) : ty_error();
            check_pat(cx, f->kids[0], ft, ref_mode, mut_ref);
        }
        if (!(p->flags & NF_REST) && seen < v->nfields) {
            Buf b = {0};
            uint32_t nm = 0;
            for (uint32_t k = 0; k < v->nfields; k++) {
                bool got = false;
                for (uint32_t i = 1; i < p->nkids; i++)
                    got |= p->kids[i]->kind == N_PAT_FIELD && p->kids[i]->sym == v->fields[k].name;
                if (!got)
                    buf_printf(&b, "%s`%s`", nm++ ? ", " : "", sym_str(v->fields[k].name));
            }
            tc_error(cx, p, "E0027", "pattern does not mention field%s %.*s", nm == 1 ? "" : "s",
                     (int)b.len, (const char *)b.data);
            buf_free(&b);
        }
        return;
    }
    case N_PAT_PATH: {
        Ty *t = peel_refs(cx, expected, &ref_mode, &mut_ref);
        const Node *path = p->kids[0];
        if (path->kind != N_PATH) {
            tc_error(cx, p, "", "qualified paths in patterns are not supported by smelt yet");
            return;
        }
        Res r = resolve_pat_path(cx, path, NS_VALUE);
        if (r.kind != RES_DEF)
            return;
        check_path_pat(cx, p, r, t, ref_mode, mut_ref);
        return;
    }
    case N_PAT_REF: {
        Ty *t = shallow(cx, expected);
        bool mut = (p->flags & NF_MUT) != 0;
        if (t->kind == TY_INFER) {
            Ty *inner = fresh(cx, TY_INFER);
            unify(cx, t, ty_ref(inner, mut));
            t = shallow(cx, t);
        }
        if (t->kind != TY_REF || (mut && !t->sub)) {
            if (t->kind != TY_ERROR) {
                Ty *inner = fresh(cx, TY_INFER);
                pat_mismatch(cx, p, t, ty_ref(inner, mut));
            }
            return;
        }
        check_pat(cx, p->kids[0], t->args[0], false, false);
        return;
    }
    case N_PAT_OR:
        for (uint32_t i = 0; i < p->nkids; i++)
            check_pat(cx, p->kids[i], expected, ref_mode, mut_ref);
        return;
    case N_PAT_SLICE:
        tc_error(cx, p, "", "slice patterns are not supported by smelt yet");
        return;
    case N_ERROR:
        cx->errors++;
        return;
    default:
        tc_error(cx, p, "", "this pattern is not supported by smelt yet");
        return;
    }
}

bool
pat_irrefutable_simple(const Node *p)
{
    switch ((int)p->kind) {
    case N_PAT_WILD:
    case N_PAT_REST:
        return true;
    case N_PAT_IDENT:
        return p->kids[0]->kind == N_NONE || pat_irrefutable_simple(p->kids[0]);
    case N_PAT_TUPLE:
    case N_PAT_REF:
        for (uint32_t i = 0; i < p->nkids; i++)
            if (!pat_irrefutable_simple(p->kids[i]))
                return false;
        return true;
    default:
        return false;
    }
}
