/*
 * tcexhaust.c — match exhaustiveness (E0004) and refutability (E0005).
 *
 * The checks run at the end of a body, when every type is resolved: the
 * typed patterns are lowered to exhaust.h's abstract form (a reference the
 * default binding mode looks through becomes an explicit `&` constructor,
 * as rustc lowers it) and types are described to the checker on demand.
 */
#include "exhaust.h"
#include "typeck.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    FnCx *cx;
    Arena *a;
} Lower;

static void
push_check(FnCx *cx, const Node *n, Ty *ty, const char *what)
{
    if (cx->npchecks == cx->pchecks_cap) {
        uint32_t nc = cx->pchecks_cap ? cx->pchecks_cap * 2 : 16;
        cx->pchecks = xrealloc(cx->pchecks, cx->pchecks_cap * sizeof *cx->pchecks,
                               nc * sizeof *cx->pchecks);
        cx->pchecks_cap = nc;
    }
    cx->pchecks[cx->npchecks].node = n;
    cx->pchecks[cx->npchecks].ty = ty;
    cx->pchecks[cx->npchecks].what = what;
    cx->npchecks++;
}

void
check_match_exhaustive(FnCx *cx, const Node *match, Ty *scrut)
{
    push_check(cx, match, scrut, NULL);
}

bool
check_irrefutable(FnCx *cx, const Node *pat, Ty *ty, const char *what)
{
    if (!pat_irrefutable_simple(pat))
        push_check(cx, pat, ty, what);
    return true;
}

/* ---- types as constructor spaces ------------------------------------------------ */

static void
space_of(void *ctx, XTy handle, XSpace *out)
{
    Lower *l = ctx;
    FnCx *cx = l->cx;
    Ty *t = resolve_deep(cx, (Ty *)(uintptr_t)handle);
    memset(out, 0, sizeof *out);
    out->kind = XS_OPAQUE;
    switch ((int)t->kind) {
    case TY_BOOL:
        out->kind = XS_BOOL;
        return;
    case TY_INT:
        out->kind = XS_INT;
        out->int_ty = (XIntTy)t->sub; /* IntKind and XIntTy share their order */
        return;
    case TY_CHAR:
        out->kind = XS_INT;
        out->int_ty = XI_CHAR;
        return;
    case TY_NEVER:
        out->kind = XS_VARIANTS;
        out->n_ctors = 0;
        return;
    case TY_TUPLE:
    case TY_REF:
    case TY_ARRAY: {
        XCtor *c = arena_alloc(l->a, sizeof *c);
        XTy *f = arena_alloc(l->a, (t->n + 1) * sizeof *f);
        uint32_t n = t->kind == TY_ARRAY ? (t->idx > 64 ? 0 : (uint32_t)t->idx) : t->n;
        if (t->kind == TY_ARRAY) {
            if (t->idx > 64) /* long arrays: opaque */
                return;
            f = arena_alloc(l->a, (n + 1) * sizeof *f);
            for (uint32_t i = 0; i < n; i++)
                f[i] = (XTy)(uintptr_t)t->args[0];
        } else {
            for (uint32_t i = 0; i < t->n; i++)
                f[i] = (XTy)(uintptr_t)t->args[i];
        }
        c->arity = n;
        c->fields = f;
        out->kind = XS_SINGLE;
        out->single = t->kind == TY_TUPLE ? XK_TUPLE : t->kind == TY_ARRAY ? XK_ARRAY
                      : t->sub                ? XK_REF_MUT
                                              : XK_REF;
        out->n_ctors = 1;
        out->ctors = c;
        return;
    }
    case TY_ADT: {
        if (t->def == cx->li->items[LANG_BOX] && t->n) {
            XCtor *c = arena_alloc(l->a, sizeof *c);
            XTy *f = arena_alloc(l->a, sizeof *f);
            f[0] = (XTy)(uintptr_t)t->args[0];
            c->arity = 1;
            c->fields = f;
            out->kind = XS_SINGLE;
            out->single = XK_BOX;
            out->n_ctors = 1;
            out->ctors = c;
            return;
        }
        const AdtDef *a = adt_def(cx->q, t->def);
        if (!a->is_enum && def_crate_root(cx->t, t->def) != 0 && a->nvariants &&
            a->variants[0].nfields && !a->variants[0].fields[0].pub)
            return; /* a library type with private fields (String, Vec): opaque */
        XCtor *cs = arena_alloc(l->a, (a->nvariants + 1) * sizeof *cs);
        for (uint32_t v = 0; v < a->nvariants; v++) {
            const VariantDef *vd = &a->variants[v];
            XCtor *c = &cs[v];
            Buf b = {0};
            if (def_crate_root(cx->t, t->def) != 0 && a->is_enum &&
                (t->def == cx->li->items[LANG_OPTION] || t->def == cx->li->items[LANG_RESULT]))
                buf_printf(&b, "%s", sym_str(vd->name));
            else if (def_crate_root(cx->t, t->def) != 0)
                buf_printf(&b, "%s%s%s", a->is_enum ? sym_str(defs_get(cx->t, t->def)->name) : "",
                           a->is_enum ? "::" : "", sym_str(vd->name));
            else
                defs_path_str(cx->t, vd->def, &b);
            c->name = arena_strndup(l->a, b.data ? (const char *)b.data : "", b.len);
            buf_free(&b);
            c->style = vd->ctor_kind == CTOR_UNIT ? XC_UNIT : vd->ctor_kind == CTOR_TUPLE ? XC_TUPLE
                                                                                       : XC_BRACED;
            c->arity = vd->nfields;
            XTy *f = arena_alloc(l->a, (vd->nfields + 1) * sizeof *f);
            const char **names = arena_alloc(l->a, (vd->nfields + 1) * sizeof *names);
            for (uint32_t i = 0; i < vd->nfields; i++) {
                f[i] = (XTy)(uintptr_t)ty_subst(vd->fields[i].ty, t->args, t->n);
                names[i] = sym_str(vd->fields[i].name);
            }
            c->fields = f;
            c->field_names = names;
        }
        if (a->is_enum) {
            out->kind = XS_VARIANTS;
            out->n_ctors = a->nvariants;
        } else {
            out->kind = XS_SINGLE;
            out->single = XK_ADT;
            out->n_ctors = 1;
        }
        out->ctors = cs;
        return;
    }
    default:
        return;
    }
}

/* ---- patterns --------------------------------------------------------------------- */

static bool lit_int_in(FnCx *cx, const Node *lit, XU128 *out, uint32_t depth);

static bool
lit_int(const Node *lit, XU128 *out);

/* An integer constant expression: literals, -, + - *, and paths to constants. */
static bool
lit_int_in(FnCx *cx, const Node *e, XU128 *out, uint32_t depth)
{
    if (depth > 16)
        return false;
    switch ((int)e->kind) {
    case N_PAT_LIT:
    case N_PAREN:
        return lit_int_in(cx, e->kids[0], out, depth + 1);
    case N_LIT:
        return lit_int(e, out);
    case N_UNARY: {
        XU128 v;
        if (e->op != TK_MINUS || !lit_int_in(cx, e->kids[0], &v, depth + 1))
            return false;
        *out = (XU128)(-(XI128)v);
        return true;
    }
    case N_BINARY: {
        XU128 a, b;
        if (!lit_int_in(cx, e->kids[0], &a, depth + 1) || !lit_int_in(cx, e->kids[1], &b, depth + 1))
            return false;
        if (e->op == TK_PLUS)
            *out = a + b;
        else if (e->op == TK_MINUS)
            *out = a - b;
        else if (e->op == TK_STAR)
            *out = a * b;
        else
            return false;
        return true;
    }
    case N_PATH_EXPR:
    case N_PAT_PATH: {
        DefId c = const_of_path(cx, e->kids[0]);
        if (c == DEF_NONE)
            return false;
        const Node *cn = owner_node(cx->q, c);
        if (!cn || cn->kind != N_CONST || cn->kids[1]->kind == N_NONE)
            return false;
        return lit_int_in(cx, cn->kids[1], out, depth + 1);
    }
    default:
        return false;
    }
}

static bool
lit_int(const Node *lit, XU128 *out)
{
    bool neg = false;
    if (lit->kind == N_PAT_LIT)
        lit = lit->kids[0];
    if (lit->kind == N_UNARY && lit->op == TK_MINUS) {
        neg = true;
        lit = lit->kids[0];
    }
    if (lit->kind != N_LIT)
        return false;
    if (lit->op == TK_CHAR) {
        const unsigned char *s = (const unsigned char *)sym_str(lit->sym);
        uint32_t cp = s[0];
        if (s[0] >= 0xF0)
            cp = (s[0] & 7u) << 18 | (s[1] & 63u) << 12 | (s[2] & 63u) << 6 | (s[3] & 63u);
        else if (s[0] >= 0xE0)
            cp = (s[0] & 15u) << 12 | (s[1] & 63u) << 6 | (s[2] & 63u);
        else if (s[0] >= 0xC0)
            cp = (s[0] & 31u) << 6 | (s[1] & 63u);
        *out = cp;
        return true;
    }
    if (lit->op == TK_BYTE) {
        *out = (unsigned char)sym_str(lit->sym)[0];
        return true;
    }
    if (lit->op != TK_INT)
        return false;
    const char *s = sym_str(lit->sym);
    unsigned base = 10;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'o' || s[1] == 'b')) {
        base = s[1] == 'x' ? 16 : s[1] == 'o' ? 8 : 2;
        s += 2;
    }
    XU128 v = 0;
    for (; *s; s++) {
        unsigned d;
        if (*s == '_')
            continue;
        if (*s >= '0' && *s <= '9')
            d = (unsigned)(*s - '0');
        else if (*s >= 'a' && *s <= 'f')
            d = (unsigned)(*s - 'a' + 10);
        else if (*s >= 'A' && *s <= 'F')
            d = (unsigned)(*s - 'A' + 10);
        else
            break;
        v = v * base + d;
    }
    *out = neg ? (XU128)(-(XI128)v) : v;
    return true;
}

static XPat *lower_pat(Lower *l, const Node *p, Ty *ty);

static XPat *
peel(Lower *l, const Node *p, Ty *ty, Ty **inner)
{
    /* default binding modes: a non-reference pattern against &T matches through it */
    Ty *t = resolve_deep(l->cx, ty);
    if (t->kind == TY_REF) {
        XPat *in = peel(l, p, t->args[0], inner);
        return x_ctor(l->a, 0, 1, (XPat *const[]){in});
    }
    *inner = t;
    return NULL;
}

static XPat *
lower_inner(Lower *l, const Node *p, Ty *t)
{
    FnCx *cx = l->cx;
    switch ((int)p->kind) {
    case N_PAT_LIT: {
        const Node *lit = p->kids[0];
        if (lit->kind == N_LIT && lit->op == TK_STR) {
            Fingerprint f = fp_bytes(sym_str(lit->sym), sym_len(lit->sym));
            return x_lit(l->a, f.lo); /* under the `&` peeled for &str */
        }
        if (lit->kind == N_LIT && (lit->op == TK_KW_TRUE || lit->op == TK_KW_FALSE))
            return x_bool(l->a, lit->op == TK_KW_TRUE);
        const Node *fl = lit->kind == N_UNARY ? lit->kids[0] : lit;
        if (fl->kind == N_LIT && fl->op == TK_FLOAT) {
            double v = strtod(sym_str(fl->sym), NULL);
            if (lit->kind == N_UNARY)
                v = -v;
            return x_float(l->a, v, v, false);
        }
        XU128 v;
        if (lit_int(lit, &v))
            return x_int(l->a, v);
        return x_wild(l->a);
    }
    case N_PAT_RANGE: {
        XU128 lo = 0, hi = 0;
        bool has_lo = p->kids[0]->kind != N_NONE && lit_int_in(cx, p->kids[0], &lo, 0);
        bool has_hi = p->kids[1]->kind != N_NONE && lit_int_in(cx, p->kids[1], &hi, 0);
        if ((p->kids[0]->kind != N_NONE && !has_lo) || (p->kids[1]->kind != N_NONE && !has_hi))
            return x_lit(l->a, (uint64_t)(uintptr_t)p); /* floats, consts: opaque */
        XPat *r = x_range(l->a, lo, hi, !(p->flags & NF_INCLUSIVE) && has_hi);
        r->lo_open = !has_lo;
        r->hi_open = !has_hi;
        return r;
    }
    case N_PAT_TUPLE: {
        uint32_t n = t->kind == TY_TUPLE ? t->n : 0;
        XPat **f = arena_alloc(l->a, (n + 1) * sizeof *f);
        uint32_t rest = UINT32_MAX;
        for (uint32_t i = 0; i < p->nkids; i++)
            if (p->kids[i]->kind == N_PAT_REST)
                rest = i;
        for (uint32_t i = 0, k = 0; i < p->nkids && k <= n; i++) {
            if (i == rest) {
                k = n - (p->nkids - 1 - i);
                continue;
            }
            if (k < n)
                f[k] = lower_pat(l, p->kids[i], t->args[k]);
            k++;
        }
        return x_ctor(l->a, 0, n, f);
    }
    case N_PAT_TUPLE_STRUCT:
    case N_PAT_STRUCT:
    case N_PAT_PATH:
    case N_PAT_IDENT: {
        Res r;
        if (p->kind == N_PAT_IDENT) {
            if (!ident_is_path(cx, p, &r))
                return x_wild(l->a);
        } else {
            r = resolve_pat_path(cx, p->kids[0], p->kind == N_PAT_STRUCT ? NS_TYPE : NS_VALUE);
        }
        if (r.kind != RES_DEF)
            return x_wild(l->a);
        uint8_t k = defs_get(cx->t, r.def)->kind;
        if (k == DK_CONST || k == DK_ASSOC_CONST)
            return x_lit(l->a, defs_get(cx->t, r.def)->hash.lo);
        DefId adt;
        const VariantDef *v = variant_of(cx, r.def, &adt);
        if (!v || t->kind != TY_ADT)
            return x_wild(l->a);
        const AdtDef *a = adt_def(cx->q, adt);
        uint32_t vi = 0;
        for (uint32_t i = 0; i < a->nvariants; i++)
            if (&a->variants[i] == v)
                vi = i;
        XPat **f = arena_alloc(l->a, (v->nfields + 1) * sizeof *f);
        if (p->kind == N_PAT_TUPLE_STRUCT) {
            uint32_t n = p->nkids - 1, rest = UINT32_MAX;
            for (uint32_t i = 0; i < n; i++)
                if (p->kids[i + 1]->kind == N_PAT_REST)
                    rest = i;
            for (uint32_t i = 0, kk = 0; i < n && kk <= v->nfields; i++) {
                if (i == rest) {
                    kk = v->nfields - (n - 1 - i);
                    continue;
                }
                if (kk < v->nfields)
                    f[kk] = lower_pat(l, p->kids[i + 1], ty_subst(v->fields[kk].ty, t->args, t->n));
                kk++;
            }
        } else if (p->kind == N_PAT_STRUCT) {
            for (uint32_t i = 1; i < p->nkids; i++) {
                const Node *pf = p->kids[i];
                if (pf->kind != N_PAT_FIELD)
                    continue;
                for (uint32_t kk = 0; kk < v->nfields; kk++)
                    if (v->fields[kk].name == pf->sym)
                        f[kk] = lower_pat(l, pf->kids[0], ty_subst(v->fields[kk].ty, t->args, t->n));
            }
        }
        return x_ctor(l->a, a->is_enum ? vi : 0, v->nfields, f);
    }
    default:
        return x_wild(l->a);
    }
}

static XPat *
lower_pat(Lower *l, const Node *p, Ty *ty)
{
    switch ((int)p->kind) {
    case N_PAT_WILD:
    case N_PAT_REST:
        return x_wild(l->a);
    case N_PAT_IDENT: {
        Res r;
        if (p->kids[0]->kind != N_NONE)
            return lower_pat(l, p->kids[0], ty);
        if (!ident_is_path(l->cx, p, &r))
            return x_wild(l->a);
        break;
    }
    case N_PAT_REF: {
        Ty *t = resolve_deep(l->cx, ty);
        XPat *in = lower_pat(l, p->kids[0], t->kind == TY_REF ? t->args[0] : ty_error());
        return x_ctor(l->a, 0, 1, (XPat *const[]){in});
    }
    case N_PAT_OR: {
        XPat **alts = arena_alloc(l->a, (p->nkids + 1) * sizeof *alts);
        for (uint32_t i = 0; i < p->nkids; i++)
            alts[i] = lower_pat(l, p->kids[i], ty);
        return x_or(l->a, p->nkids, alts);
    }
    default:
        break;
    }
    /* a constructor pattern: through any references first */
    Ty *t = resolve_deep(l->cx, ty);
    bool is_str_lit = p->kind == N_PAT_LIT && p->kids[0]->kind == N_LIT && p->kids[0]->op == TK_STR;
    if (t->kind == TY_REF && !is_str_lit) {
        Ty *inner;
        XPat *outer = peel(l, p, t, &inner);
        /* replace the innermost placeholder with the lowered pattern */
        XPat *cur = outer;
        while (cur->sub && cur->sub[0] && cur->sub[0]->kind == XP_CTOR && cur->sub[0]->sub &&
               cur->sub[0]->n == 1 && cur->sub[0]->sub[0] == NULL)
            cur = cur->sub[0];
        XPat *deepest = outer;
        while (deepest->n == 1 && deepest->sub && deepest->sub[0])
            deepest = deepest->sub[0];
        (void)cur;
        deepest->sub = arena_alloc(l->a, sizeof(XPat *));
        deepest->n = 1;
        deepest->sub[0] = lower_inner(l, p, inner);
        return outer;
    }
    if (is_str_lit) {
        XPat *in = lower_inner(l, p, t);
        return x_ctor(l->a, 0, 1, (XPat *const[]){in});
    }
    return lower_inner(l, p, t);
}

/* ---- the checks --------------------------------------------------------------------- */

static const Node *
match_arm_pat(const Node *arm, bool *guard)
{
    *guard = arm->kids[1]->kind != N_NONE;
    return arm->kids[0];
}

static void
report_e0004(FnCx *cx, const Node *match, XReport *r)
{
    Buf msg = {0}, label = {0};
    x_fmt_e0004(r, &msg);
    x_fmt_label(r, &label);
    Diag *d = tc_diag(cx, match->kids[0], "E0004", "%.*s", (int)msg.len, (const char *)msg.data);
    d->label = xstrndup((const char *)label.data, label.len);
    Ty *st = NULL;
    (void)st;
    tc_emit(cx, d);
    buf_free(&msg);
    buf_free(&label);
}

void
run_pattern_checks(FnCx *cx)
{
    if (cx->errors)
        return; /* as rustc: no match checking of a body with type errors */
    Arena a;
    arena_init(&a);
    Lower l = {cx, &a};
    XQuery xq = {space_of, &l, 0};
    for (uint32_t i = 0; i < cx->npchecks; i++) {
        const Node *n = cx->pchecks[i].node;
        Ty *ty = resolve_deep(cx, cx->pchecks[i].ty);
        if (ty->flags & (TF_HAS_ERROR | TF_HAS_VARS))
            continue;
        XReport r;
        memset(&r, 0, sizeof r);
        XStatus st;
        if (!cx->pchecks[i].what) {
            uint32_t narms = 0;
            for (uint32_t k = 1; k < n->nkids; k++)
                narms += n->kids[k]->kind == N_ARM;
            XArm *arms = arena_alloc(&a, (narms + 1) * sizeof *arms);
            uint32_t j = 0;
            for (uint32_t k = 1; k < n->nkids; k++) {
                if (n->kids[k]->kind != N_ARM)
                    continue;
                bool guard;
                const Node *p = match_arm_pat(n->kids[k], &guard);
                arms[j].pat = lower_pat(&l, p, ty);
                arms[j].has_guard = guard;
                j++;
            }
            st = x_check_match(&xq, (XTy)(uintptr_t)ty, true, arms, narms, &r);
            if (st == X_TOO_COMPLEX)
                tc_error(cx, n, "", "this `match` is too complex for smelt's exhaustiveness "
                                    "checker (not supported by smelt yet)");
            else if (st == X_OK && !r.exhaustive)
                report_e0004(cx, n, &r);
        } else {
            XPat *p = lower_pat(&l, n, ty);
            st = x_check_irrefutable(&xq, (XTy)(uintptr_t)ty, true, p, &r);
            if (st == X_TOO_COMPLEX) {
                tc_error(cx, n, "", "this pattern is too complex for smelt's exhaustiveness "
                                    "checker (not supported by smelt yet)");
            } else if (st == X_OK && !r.exhaustive) {
                Buf msg = {0}, label = {0};
                x_fmt_e0005(cx->pchecks[i].what, &msg);
                x_fmt_label(&r, &label);
                Diag *d = tc_diag(cx, n, "E0005", "%.*s", (int)msg.len, (const char *)msg.data);
                d->label = xstrndup((const char *)label.data, label.len);
                tc_emit(cx, d);
                buf_free(&msg);
                buf_free(&label);
            }
        }
        x_report_free(&r);
    }
    arena_free(&a);
}
