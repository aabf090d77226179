/*
 * lower.c — building MIR from a body's syntax and its typeck results
 * (mir_built).  Expressions are lowered into places: `into` writes an
 * expression's value into a given place, `operand` yields a use of it,
 * `place` yields the place a place expression denotes.  Control flow
 * (if, match, loops, &&, ||) becomes blocks and switches.
 *
 * What is not handled yet is reported as "... is not supported by smelt
 * yet" at its span, and the body is marked not ok (the back end stops).
 */
#include "mir.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    Symbol name;
    uint32_t local;
} Var;

typedef struct {
    Symbol label;
    uint32_t brk, cont;
    bool has_dest; /* `loop` with `break value` */
    Place dest;
} LoopCx;

typedef struct {
    QCtx *q;
    DefTable *t;
    DefId def;
    const TypeckResults *tr;
    const LangItems *li;
    uint32_t file;
    Arena *arena;
    VEC(MirLocal) locals;
    VEC(Block) blocks;
    uint32_t bb;
    VEC(Var) vars;
    VEC(LoopCx) loops;
    uint32_t var_floor; /* variables below are not visible (a constant's body) */
    const ClosureInfo *closure; /* lowering a closure's body: its captures live in *_1 */
    VEC(Var) prebind; /* an or-pattern's variables: its alternatives bind into these */
    bool failed;
} Lower;

typedef VEC(FmtPiece) PieceVec;

/* ---- building blocks ------------------------------------------------------------------ */

static void
unsupported(Lower *L, const Node *at, const char *what)
{
    if (!L->failed || at)
        sema_error(L->q, L->def, at, "", "%s is not supported by smelt yet", what);
    L->failed = true;
}

static MirSpan
span_of(Lower *L, const Node *n)
{
    return (MirSpan){L->file, n ? n->lo : 0};
}

static uint32_t
new_local(Lower *L, Ty *ty, Symbol name, bool mut)
{
    MirLocal l = {ty, name, mut};
    vec_push(&L->locals, l);
    return L->locals.len - 1;
}

static Place
local_place(uint32_t local)
{
    return (Place){local, 0, NULL};
}

static uint32_t
new_block(Lower *L)
{
    Block b;
    memset(&b, 0, sizeof b);
    vec_push(&L->blocks, b);
    return L->blocks.len - 1;
}

static void
push_stmt(Lower *L, Stmt s)
{
    Block *b = &L->blocks.data[L->bb];
    if (b->terminated)
        return; /* unreachable code after a return/break: dropped */
    if (b->nstmts == b->cap) {
        uint32_t cap = b->cap ? b->cap * 2 : 8;
        b->stmts = xrealloc(b->stmts, b->cap * sizeof(Stmt), cap * sizeof(Stmt));
        b->cap = cap;
    }
    b->stmts[b->nstmts++] = s;
}

static void
terminate(Lower *L, Term t)
{
    Block *b = &L->blocks.data[L->bb];
    if (b->terminated)
        return;
    b->term = t;
    b->terminated = true;
}

static void
goto_block(Lower *L, uint32_t target)
{
    Term t;
    memset(&t, 0, sizeof t);
    t.kind = T_GOTO;
    t.target = target;
    terminate(L, t);
}

/* After a diverging expression: the rest goes into a fresh (unreachable) block. */
static void
diverged(Lower *L)
{
    L->bb = new_block(L);
}

static Place
project(Lower *L, Place p, uint8_t kind, uint32_t idx)
{
    Proj *pr = arena_alloc(L->arena, (p.nproj + 1) * sizeof(Proj));
    if (p.nproj)
        memcpy(pr, p.proj, p.nproj * sizeof(Proj));
    pr[p.nproj] = (Proj){kind, idx};
    return (Place){p.local, p.nproj + 1, pr};
}

static void
assign(Lower *L, Place dest, Rvalue rv, const Node *at)
{
    Stmt s;
    memset(&s, 0, sizeof s);
    s.kind = ST_ASSIGN;
    s.span = span_of(L, at);
    s.place = dest;
    s.rv = rv;
    push_stmt(L, s);
}

static Rvalue
rv_use(Operand o)
{
    Rvalue rv;
    memset(&rv, 0, sizeof rv);
    rv.kind = RV_USE;
    rv.a = o;
    return rv;
}

static Operand
const_unit(void)
{
    Operand o;
    memset(&o, 0, sizeof o);
    o.kind = OPND_CONST;
    o.ckind = CV_UNIT;
    o.ty = ty_unit();
    return o;
}

static Operand
const_int(Ty *ty, uint64_t lo, uint64_t hi)
{
    Operand o = const_unit();
    o.ckind = CV_INT;
    o.ty = ty;
    o.lo = lo;
    o.hi = hi;
    return o;
}

static Operand
const_bool(bool v)
{
    Operand o = const_unit();
    o.ckind = CV_BOOL;
    o.ty = ty_bool();
    o.lo = v;
    return o;
}

static bool
is_copy_ty(Ty *t)
{
    switch ((int)t->kind) {
    case TY_BOOL:
    case TY_CHAR:
    case TY_INT:
    case TY_FLOAT:
    case TY_NEVER:
    case TY_FNDEF:
    case TY_FNPTR:
        return true;
    case TY_REF:
        return !t->sub;
    case TY_TUPLE:
        for (uint32_t i = 0; i < t->n; i++)
            if (!is_copy_ty(t->args[i]))
                return false;
        return true;
    case TY_ARRAY:
        return is_copy_ty(t->args[0]);
    default:
        return false;
    }
}

static Operand
use_place(Place p, Ty *ty)
{
    Operand o;
    memset(&o, 0, sizeof o);
    o.kind = is_copy_ty(ty) ? OPND_COPY : OPND_MOVE;
    o.place = p;
    o.ty = ty;
    return o;
}

static Ty *
ty_of(Lower *L, const Node *e)
{
    Ty *t = typeck_node_type(L->tr, e);
    if (!t) {
        unsupported(L, e, "this expression (no type recorded)");
        return ty_error();
    }
    return t;
}

static bool
is_vec(Lower *L, Ty *t)
{
    return t->kind == TY_ADT && t->def == L->li->items[LANG_VEC];
}

/* Box<T> (not of an unsized T): a pointer; `*b` is a place */
static bool
is_box(Lower *L, Ty *t)
{
    return t->kind == TY_ADT && t->def == L->li->items[LANG_BOX] && t->n == 1 &&
           t->args[0]->kind != TY_STR && t->args[0]->kind != TY_SLICE;
}

static Operand operand(Lower *L, const Node *e);
static void assign(Lower *L, Place dest, Rvalue rv, const Node *at);

/* `c[a..b]` (any range form) of a Vec, array, slice, str or String: a reference to the part,
 * in a temporary; the place is what it points at. */
static Place
subslice_place(Lower *L, const Node *e, Place base, Ty *bt, Ty **ty_out)
{
    const Node *ix = e->kids[1];
    while (ix->kind == N_PAREN)
        ix = ix->kids[0];
    Ty *elem = NULL;
    if (bt->kind == TY_STR || (bt->kind == TY_ADT && bt->def == L->li->items[LANG_STRING]))
        elem = ty_str();
    else if ((is_vec(L, bt) || bt->kind == TY_ARRAY || bt->kind == TY_SLICE) && bt->n)
        elem = ty_mk(TY_SLICE, 0, DEF_NONE, 0, 0, &bt->args[0], 1);
    if (!elem) {
        unsupported(L, e, "slicing this type");
        *ty_out = ty_error();
        return base;
    }
    Ty *bref = ty_ref(bt, false);
    uint32_t br = new_local(L, bref, 0, false);
    Rvalue r1;
    memset(&r1, 0, sizeof r1);
    r1.kind = RV_REF;
    r1.place = base;
    assign(L, local_place(br), r1, e);
    Rvalue rv;
    memset(&rv, 0, sizeof rv);
    rv.kind = RV_SUBSLICE;
    rv.a = use_place(local_place(br), bref);
    if (ix->kids[0]->kind != N_NONE) {
        rv.op |= 1;
        rv.b = operand(L, ix->kids[0]);
    }
    if (ix->kids[1]->kind != N_NONE) {
        rv.op |= 2;
        rv.nops = 1;
        rv.ops = arena_alloc(L->arena, sizeof(Operand));
        rv.ops[0] = operand(L, ix->kids[1]);
    }
    if (ix->flags & NF_INCLUSIVE)
        rv.op |= 4;
    Ty *rt = ty_ref(elem, false);
    rv.ty = rt;
    uint32_t tmp = new_local(L, rt, 0, false);
    /* rustc reports a failed slicing at the `[` */
    Node at = *e;
    size_t tl;
    const char *text = sess_file_text(L->q, L->file, &tl);
    uint32_t i = e->kids[0]->hi;
    while (text && i < tl && text[i] != '[')
        i++;
    if (text && i < tl)
        at.lo = i;
    assign(L, local_place(tmp), rv, &at);
    *ty_out = elem;
    return project(L, local_place(tmp), PJ_DEREF, 0);
}

/* An inherent fn of Vec (`with_capacity`, `push`, `len`), as a fn item of Vec<elem>. */
static Ty *
vec_fn(Lower *L, const char *name, Ty *elem)
{
    const Impls *im = impls(L->q);
    Symbol n = sym_cstr(name);
    for (uint32_t i = 0; i < im->n; i++) {
        const ImplInfo *ii = &im->v[i];
        if (ii->trait != DEF_NONE || ii->simp != SIMP_ADT || ii->simp_def != L->li->items[LANG_VEC])
            continue;
        const AssocItems *ai = assoc_items(L->q, ii->impl);
        for (uint32_t k = 0; k < ai->n; k++)
            if (ai->v[k].name == n && ai->v[k].kind == DK_ASSOC_FN) {
                Ty **args = arena_alloc(L->arena, sizeof(Ty *));
                args[0] = elem;
                return ty_mk(TY_FNDEF, 0, ai->v[k].def, 0, 0, args, 1);
            }
    }
    return NULL;
}

/* A free fn of the core library's module `module` (`vec::from_elem`). */
static DefId
core_fn(Lower *L, const char *module, const char *name)
{
    DefId root = core_root(L->q);
    Symbol m = sym_cstr(module), n = sym_cstr(name);
    for (DefId i = root + 1; i < defs_count(L->t); i++) {
        const Def *d = defs_get(L->t, i);
        if (d->kind == DK_FN && d->name == n && d->parent != DEF_NONE &&
            defs_get(L->t, d->parent)->name == m && defs_get(L->t, d->parent)->kind == DK_MOD)
            return i;
    }
    return DEF_NONE;
}

/* ---- variables -------------------------------------------------------------------------- */

static int64_t
find_var(Lower *L, Symbol name)
{
    for (uint32_t i = L->vars.len; i-- > L->var_floor;)
        if (L->vars.data[i].name == name)
            return L->vars.data[i].local;
    return -1;
}

static void
declare(Lower *L, Symbol name, uint32_t local)
{
    Var v = {name, local};
    vec_push(&L->vars, v);
}

/* ---- literals ------------------------------------------------------------------------------ */

/* Parses an integer literal's digits (with _ and 0x/0o/0b) into 128 bits. */
static bool
parse_int(const char *s, uint64_t *lo, uint64_t *hi)
{
    unsigned base = 10;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'o' || s[1] == 'b')) {
        base = s[1] == 'x' ? 16 : s[1] == 'o' ? 8 : 2;
        s += 2;
    }
    unsigned __int128 v = 0;
    for (; *s; s++) {
        if (*s == '_')
            continue;
        unsigned d = *s >= '0' && *s <= '9'   ? (unsigned)(*s - '0')
                     : *s >= 'a' && *s <= 'f' ? (unsigned)(*s - 'a' + 10)
                     : *s >= 'A' && *s <= 'F' ? (unsigned)(*s - 'A' + 10)
                                              : 99;
        if (d >= base)
            break; /* a suffix */
        v = v * base + d;
    }
    *lo = (uint64_t)v;
    *hi = (uint64_t)(v >> 64);
    return true;
}

static uint32_t
utf8_first(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x80)
        return u[0];
    if ((u[0] >> 5) == 6)
        return (uint32_t)(u[0] & 0x1F) << 6 | (u[1] & 0x3F);
    if ((u[0] >> 4) == 14)
        return (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
    return (uint32_t)(u[0] & 0x07) << 18 | (uint32_t)(u[1] & 0x3F) << 12 |
           (uint32_t)(u[2] & 0x3F) << 6 | (u[3] & 0x3F);
}

static Operand
lit_operand(Lower *L, const Node *e, Ty *ty, bool negate)
{
    Operand o = const_unit();
    o.ty = ty;
    switch ((int)e->op) {
    case TK_INT:
    case TK_BYTE:
        if (ty->kind == TY_FLOAT) {
            o.ckind = CV_FLOAT;
            double d = strtod(sym_str(e->sym), NULL);
            if (negate)
                d = -d;
            memcpy(&o.lo, &d, 8);
            return o;
        }
        o.ckind = CV_INT;
        if (e->op == TK_BYTE) {
            o.lo = (unsigned char)sym_str(e->sym)[0];
        } else {
            parse_int(sym_str(e->sym), &o.lo, &o.hi);
        }
        if (negate) {
            unsigned __int128 v = ((unsigned __int128)o.hi << 64) | o.lo;
            v = -v;
            o.lo = (uint64_t)v;
            o.hi = (uint64_t)(v >> 64);
        }
        return o;
    case TK_FLOAT: {
        o.ckind = CV_FLOAT;
        char buf[128];
        size_t j = 0;
        for (const char *s = sym_str(e->sym); *s && j < sizeof buf - 1; s++)
            if (*s != '_')
                buf[j++] = *s;
        buf[j] = 0;
        double d = strtod(buf, NULL);
        if (ty->kind == TY_FLOAT && ty->sub == FK_F32)
            d = (double)(float)d;
        if (negate)
            d = -d;
        memcpy(&o.lo, &d, 8);
        return o;
    }
    case TK_KW_TRUE:
        return const_bool(true);
    case TK_KW_FALSE:
        return const_bool(false);
    case TK_CHAR:
        o.ckind = CV_CHAR;
        o.lo = utf8_first(sym_str(e->sym));
        return o;
    case TK_STR:
        o.ckind = CV_STR;
        o.sym = e->sym;
        return o;
    default:
        unsupported(L, e, "this literal");
        return o;
    }
}

/* ---- expressions ----------------------------------------------------------------------------- */

static void into(Lower *L, const Node *e, Place dest);
static Operand operand(Lower *L, const Node *e);
static Place place_of(Lower *L, const Node *e, Ty **ty_out);
static void block_into(Lower *L, const Node *b, Place dest);

static const Node *
unparen(const Node *e)
{
    while (e->kind == N_PAREN)
        e = e->kids[0];
    return e;
}

/* A captured variable of the closure being lowered, or -1. */
static int64_t
find_capture(Lower *L, Symbol name)
{
    if (!L->closure)
        return -1;
    for (uint32_t i = 0; i < L->closure->ncaptures; i++)
        if (L->closure->captures[i].name == name)
            return i;
    return -1;
}

/* The place of capture i: (*_1).i, through its reference when captured by reference. */
static Place
capture_place(Lower *L, uint32_t i, Ty **ty_out)
{
    const Capture *c = &L->closure->captures[i];
    Place p = project(L, project(L, local_place(1), PJ_DEREF, 0), PJ_FIELD, i);
    if (c->mode != CAPTURE_VALUE)
        p = project(L, p, PJ_DEREF, 0);
    *ty_out = c->ty;
    return p;
}

static bool
is_place_expr(Lower *L, const Node *e)
{
    e = unparen(e);
    switch ((int)e->kind) {
    case N_PATH_EXPR: {
        const Node *p = e->kids[0];
        return p->kind == N_PATH && p->nkids == 1 &&
               (find_var(L, p->kids[0]->sym) >= 0 || find_capture(L, p->kids[0]->sym) >= 0);
    }
    case N_FIELD_EXPR:
    case N_INDEX:
        return true;
    case N_UNARY:
        return e->op == TK_STAR;
    default:
        return false;
    }
}

static Operand
operand(Lower *L, const Node *e)
{
    e = unparen(e);
    if (e->kind == N_LIT)
        return lit_operand(L, e, ty_of(L, e), false);
    if (e->kind == N_UNARY && e->op == TK_MINUS && unparen(e->kids[0])->kind == N_LIT) {
        Ty *t = ty_of(L, e);
        if (t->kind == TY_FLOAT || (t->kind == TY_INT && int_kind_signed((IntKind)t->sub)))
            return lit_operand(L, unparen(e->kids[0]), t, true);
    }
    if (is_place_expr(L, e)) {
        Ty *t;
        Place p = place_of(L, e, &t);
        return use_place(p, t);
    }
    Ty *t = ty_of(L, e);
    uint32_t tmp = new_local(L, t, 0, false);
    into(L, e, local_place(tmp));
    return use_place(local_place(tmp), t);
}

static uint32_t
field_index(Lower *L, const Node *at, Ty *adt, Symbol name, uint32_t variant)
{
    if (adt->kind == TY_TUPLE) {
        const char *s = sym_str(name);
        uint32_t i = (uint32_t)strtoul(s, NULL, 10);
        if (i >= adt->n)
            unsupported(L, at, "this field");
        return i;
    }
    const AdtDef *a = adt_def(L->q, adt->def);
    if (variant >= a->nvariants) {
        unsupported(L, at, "this field");
        return 0;
    }
    const VariantDef *v = &a->variants[variant];
    for (uint32_t i = 0; i < v->nfields; i++)
        if (v->fields[i].name == name)
            return i;
    unsupported(L, at, "this field");
    return 0;
}

static Ty *
field_ty(Lower *L, Ty *adt, uint32_t variant, uint32_t i)
{
    if (adt->kind == TY_TUPLE)
        return i < adt->n ? adt->args[i] : ty_error();
    const AdtDef *a = adt_def(L->q, adt->def);
    if (variant >= a->nvariants || i >= a->variants[variant].nfields)
        return ty_error();
    return ty_subst(a->variants[variant].fields[i].ty, adt->args, adt->n);
}

static Place
place_of(Lower *L, const Node *e, Ty **ty_out)
{
    e = unparen(e);
    switch ((int)e->kind) {
    case N_PATH_EXPR: {
        const Node *p = e->kids[0];
        if (p->kind == N_PATH && p->nkids == 1) {
            int64_t v = find_var(L, p->kids[0]->sym);
            if (v >= 0) {
                *ty_out = L->locals.data[v].ty;
                return local_place((uint32_t)v);
            }
            int64_t c = find_capture(L, p->kids[0]->sym);
            if (c >= 0)
                return capture_place(L, (uint32_t)c, ty_out);
        }
        break;
    }
    case N_FIELD_EXPR: {
        Ty *bt;
        Place base = place_of(L, e->kids[0], &bt);
        while (bt->kind == TY_REF || is_box(L, bt)) {
            base = project(L, base, PJ_DEREF, 0);
            bt = bt->args[0];
        }
        if (bt->kind != TY_TUPLE && !(bt->kind == TY_ADT && !adt_def(L->q, bt->def)->is_enum)) {
            unsupported(L, e, "this field access");
            *ty_out = ty_error();
            return base;
        }
        uint32_t i = field_index(L, e, bt, e->sym, 0);
        *ty_out = field_ty(L, bt, 0, i);
        return project(L, base, PJ_FIELD, i);
    }
    case N_UNARY:
        if (e->op == TK_STAR) {
            Ty *bt;
            Place base = place_of(L, e->kids[0], &bt);
            if (bt->kind != TY_REF && !is_box(L, bt)) {
                unsupported(L, e, "dereferencing this type");
                *ty_out = ty_error();
                return base;
            }
            *ty_out = bt->args[0];
            return project(L, base, PJ_DEREF, 0);
        }
        break;
    case N_INDEX: {
        Ty *bt;
        Place base = place_of(L, e->kids[0], &bt);
        while (bt->kind == TY_REF) {
            base = project(L, base, PJ_DEREF, 0);
            bt = bt->args[0];
        }
        Ty *ixt = ty_of(L, e->kids[1]);
        if (ixt->kind == TY_ADT && unparen(e->kids[1])->kind == N_RANGE)
            return subslice_place(L, e, base, bt, ty_out);
        bool dynamic = is_vec(L, bt) || bt->kind == TY_SLICE;
        if (!dynamic && (bt->kind != TY_ARRAY || bt->idx == UINT64_MAX)) {
            unsupported(L, e, "indexing this type");
            *ty_out = ty_error();
            return base;
        }
        Ty *usize = ty_int(IK_USIZE);
        Ty *it = ty_of(L, e->kids[1]);
        if (it != usize) {
            unsupported(L, e->kids[1], "indexing with a range");
            *ty_out = ty_error();
            return base;
        }
        uint32_t ix = new_local(L, usize, 0, false);
        into(L, e->kids[1], local_place(ix));
        Stmt s;
        memset(&s, 0, sizeof s);
        s.kind = ST_BOUNDS;
        s.span = span_of(L, e);
        s.idx = use_place(local_place(ix), usize);
        if (dynamic) {
            uint32_t ln = new_local(L, usize, 0, false);
            Rvalue rv;
            memset(&rv, 0, sizeof rv);
            rv.kind = RV_LEN;
            rv.place = base;
            assign(L, local_place(ln), rv, e);
            s.lenop = use_place(local_place(ln), usize);
            s.has_lenop = true;
        } else {
            s.len = bt->idx;
        }
        push_stmt(L, s);
        *ty_out = bt->args[0];
        return project(L, base, PJ_INDEX, ix);
    }
    default:
        break;
    }
    /* a value: into a temporary */
    Ty *t = ty_of(L, e);
    uint32_t tmp = new_local(L, t, 0, false);
    into(L, e, local_place(tmp));
    *ty_out = t;
    return local_place(tmp);
}

static BinOp
binop_of(uint16_t op, bool *ok)
{
    *ok = true;
    switch (op) {
    case TK_PLUS: case TK_PLUSEQ: return BIN_ADD;
    case TK_MINUS: case TK_MINUSEQ: return BIN_SUB;
    case TK_STAR: case TK_STAREQ: return BIN_MUL;
    case TK_SLASH: case TK_SLASHEQ: return BIN_DIV;
    case TK_PERCENT: case TK_PERCENTEQ: return BIN_REM;
    case TK_AND: case TK_ANDEQ: return BIN_AND;
    case TK_OR: case TK_OREQ: return BIN_OR;
    case TK_CARET: case TK_CARETEQ: return BIN_XOR;
    case TK_SHL: case TK_SHLEQ: return BIN_SHL;
    case TK_SHR: case TK_SHREQ: return BIN_SHR;
    case TK_EQEQ: return BIN_EQ;
    case TK_NE: return BIN_NE;
    case TK_LT: return BIN_LT;
    case TK_LE: return BIN_LE;
    case TK_GT: return BIN_GT;
    case TK_GE: return BIN_GE;
    default:
        *ok = false;
        return BIN_ADD;
    }
}

static bool
is_scalar(Ty *t)
{
    return t->kind == TY_INT || t->kind == TY_FLOAT || t->kind == TY_BOOL || t->kind == TY_CHAR;
}

/* a op b on scalars; integers' arithmetic is checked. */
/* Can the back end compare these structurally, as the derived / std impls do? */
static bool
comparable(Lower *L, Ty *a, Ty *b, bool eq, uint32_t depth)
{
    if (depth > 32)
        return false;
    while (a->kind == TY_REF && b->kind == TY_REF) {
        a = a->args[0];
        b = b->args[0];
    }
    const LangItems *li = L->li;
    bool a_str = a->kind == TY_STR || (a->kind == TY_ADT && a->def == li->items[LANG_STRING]);
    bool b_str = b->kind == TY_STR || (b->kind == TY_ADT && b->def == li->items[LANG_STRING]);
    if (a_str && b_str)
        return true;
    if ((a->kind == TY_REF && a->args[0]->kind == TY_STR && b_str) ||
        (b->kind == TY_REF && b->args[0]->kind == TY_STR && a_str))
        return true;
    if (a != b)
        return false;
    if (is_scalar(a))
        return true;
    switch ((int)a->kind) {
    case TY_TUPLE:
        for (uint32_t i = 0; i < a->n; i++)
            if (!comparable(L, a->args[i], a->args[i], eq, depth + 1))
                return false;
        return true;
    case TY_ARRAY:
    case TY_SLICE:
        return comparable(L, a->args[0], a->args[0], eq, depth + 1);
    case TY_ADT: {
        if (a->def == li->items[LANG_VEC] || is_box(L, a))
            return comparable(L, a->args[0], a->args[0], eq, depth + 1);
        const AdtDef *ad = adt_def(L->q, a->def);
        uint32_t need = eq ? (1u << LANG_EQ) : (1u << LANG_PARTIAL_ORD);
        if (!(ad->derives & need) && a->def != li->items[LANG_OPTION] &&
            a->def != li->items[LANG_RESULT] && a->def != li->items[LANG_ORDERING])
            return false;
        /* a recursive type (through Box): holds if the rest does */
        static Ty *visiting[40];
        for (uint32_t i = 0; i < depth && i < 40; i++)
            if (visiting[i] == a)
                return true;
        if (depth < 40)
            visiting[depth] = a;
        for (uint32_t v = 0; v < ad->nvariants; v++)
            for (uint32_t f = 0; f < ad->variants[v].nfields; f++) {
                Ty *ft = ty_subst(ad->variants[v].fields[f].ty, a->args, a->n);
                if (!comparable(L, ft, ft, eq, depth + 1))
                    return false;
            }
        return true;
    }
    default:
        return false;
    }
}

static Rvalue
binary_rv(Lower *L, const Node *at, BinOp op, Operand a, Operand b, Ty *lt, Ty *rt)
{
    Rvalue rv;
    memset(&rv, 0, sizeof rv);
    rv.kind = RV_BIN;
    rv.op = (uint8_t)op;
    rv.a = a;
    rv.b = b;
    if (!is_scalar(lt) || !is_scalar(rt)) {
        bool cmp = op == BIN_EQ || op == BIN_NE || op == BIN_LT || op == BIN_LE || op == BIN_GT ||
                   op == BIN_GE;
        bool string_add = op == BIN_ADD && lt->kind == TY_ADT && lt->def == L->li->items[LANG_STRING];
        if (!(cmp && comparable(L, lt, rt, op == BIN_EQ || op == BIN_NE, 0)) && !string_add)
            unsupported(L, at, "this operator on these types");
        return rv; /* the back end compares (or appends) structurally */
    }
    bool arith = op == BIN_ADD || op == BIN_SUB || op == BIN_MUL || op == BIN_DIV ||
                 op == BIN_REM || op == BIN_SHL || op == BIN_SHR;
    if (lt->kind == TY_INT && arith)
        rv.kind = RV_CHECKED_BIN;
    return rv;
}

/* The coercions typeck applies silently, made explicit: a reference to a String, Vec or array
 * where a str or slice reference is expected, a reference to a reference, &mut to &. */
static Operand
coerce(Lower *L, Operand o, Ty *from, Ty *to, const Node *at)
{
    if (from && to && to->kind == TY_FNPTR && (from->kind == TY_FNDEF || from->kind == TY_CLOSURE) &&
        !(to->flags & (TF_HAS_VARS | TF_HAS_ERROR))) {
        /* a fn item or a closure capturing nothing, as a fn pointer */
        Rvalue rv;
        memset(&rv, 0, sizeof rv);
        rv.kind = RV_COERCE;
        rv.a = o;
        rv.ty = to;
        rv.src = from;
        uint32_t tmp = new_local(L, to, 0, false);
        assign(L, local_place(tmp), rv, at);
        return use_place(local_place(tmp), to);
    }
    if (!from || !to || from == to || to->kind != TY_REF || from->kind != TY_REF)
        return o;
    if (to->flags & (TF_HAS_VARS | TF_HAS_ERROR))
        return o;
    Rvalue rv;
    memset(&rv, 0, sizeof rv);
    rv.kind = RV_COERCE;
    rv.a = o;
    rv.ty = to;
    uint32_t tmp = new_local(L, to, 0, false);
    assign(L, local_place(tmp), rv, at);
    return use_place(local_place(tmp), to);
}

static void
call_into(Lower *L, const Node *at, Operand func, Operand *args, uint32_t nargs, Place dest)
{
    Term t;
    memset(&t, 0, sizeof t);
    t.kind = T_CALL;
    t.span = span_of(L, at);
    t.func = func;
    t.nargs = nargs;
    t.args = nargs ? arena_dup(L->arena, args, nargs * sizeof(Operand)) : NULL;
    t.dest = dest;
    uint32_t next = new_block(L);
    t.target = next;
    terminate(L, t);
    L->bb = next;
}

static Operand
fn_operand(Ty *fndef)
{
    Operand o = const_unit();
    o.ckind = CV_FN;
    o.ty = fndef;
    o.def = fndef->def;
    o.args = (Ty **)fndef->args;
    o.nargs = fndef->n;
    return o;
}

/* A path naming a constant: its value, lowered from the constant's own body. */
static bool
const_into(Lower *L, const Node *at, DefId c, Place dest)
{
    const Def *d = defs_get(L->t, c);
    if (d->kind != DK_CONST && d->kind != DK_ASSOC_CONST && d->kind != DK_STATIC)
        return false;
    const Node *cn = owner_node(L->q, c);
    const Node *init = cn && cn->nkids >= 2 ? cn->kids[cn->nkids - 1] : NULL;
    if (!init || init->kind == N_NONE) {
        unsupported(L, at, "this constant");
        return true;
    }
    const TypeckResults *saved = L->tr;
    DefId saved_def = L->def;
    uint32_t saved_floor = L->var_floor;
    L->tr = typeck(L->q, c);
    L->def = c;
    L->var_floor = L->vars.len; /* a constant sees no locals */
    into(L, init, dest);
    L->tr = saved;
    L->def = saved_def;
    L->var_floor = saved_floor;
    return true;
}

static void
adt_into(Lower *L, const Node *at, Ty *adt, uint32_t variant, Operand *ops, uint32_t n, Place dest)
{
    Rvalue rv;
    memset(&rv, 0, sizeof rv);
    rv.kind = RV_ADT;
    rv.ty = adt;
    rv.variant = variant;
    rv.nops = n;
    rv.ops = n ? arena_dup(L->arena, ops, n * sizeof(Operand)) : NULL;
    assign(L, dest, rv, at);
}

/* The variant number of a ctor (or variant) def in its ADT. */
static bool
variant_of_ctor(Lower *L, DefId ctor, DefId *adt, uint32_t *variant)
{
    const Def *d = defs_get(L->t, ctor);
    DefId v = d->kind == DK_CTOR ? d->parent : ctor;
    const Def *vd = defs_get(L->t, v);
    *adt = vd->kind == DK_VARIANT ? vd->parent : v;
    const AdtDef *a = adt_def(L->q, *adt);
    for (uint32_t i = 0; i < a->nvariants; i++)
        if (a->variants[i].def == v || a->variants[i].ctor == ctor) {
            *variant = i;
            return true;
        }
    return false;
}

static void
path_into(Lower *L, const Node *e, Place dest)
{
    Ty *t = ty_of(L, e);
    const Node *p = e->kids[0];
    if (p->kind == N_PATH && p->nkids == 1) {
        int64_t v = find_var(L, p->kids[0]->sym);
        if (v >= 0) {
            assign(L, dest, rv_use(use_place(local_place((uint32_t)v), t)), e);
            return;
        }
        int64_t c = find_capture(L, p->kids[0]->sym);
        if (c >= 0) {
            Ty *ct;
            Place cp = capture_place(L, (uint32_t)c, &ct);
            assign(L, dest, rv_use(use_place(cp, ct)), e);
            return;
        }
    }
    if (t->kind == TY_ADT) {
        /* a unit struct or variant, or a constant of an ADT type */
        const Node *last = p->kind == N_PATH ? p->kids[p->nkids - 1] : NULL;
        const AdtDef *a = adt_def(L->q, t->def);
        for (uint32_t i = 0; last && i < a->nvariants; i++)
            if (a->variants[i].ctor_kind == CTOR_UNIT && a->variants[i].name == last->sym) {
                adt_into(L, e, t, i, NULL, 0, dest);
                return;
            }
    }
    /* an associated constant (`i32::MAX`): typeck recorded which */
    const MethodPick *pk = typeck_method_pick(L->tr, e);
    if (pk && defs_get(L->t, pk->method)->kind == DK_ASSOC_CONST &&
        defs_get(L->t, defs_get(L->t, pk->method)->parent)->kind == DK_TRAIT) {
        /* a trait's constant (`T::SIDES`): the impl's, once the type is known — a call of
         * the constant's own MIR, resolved like a method */
        Ty *ft = ty_mk(TY_FNDEF, 0, pk->method, 0, 0, pk->args, pk->nargs);
        call_into(L, e, fn_operand(ft), NULL, 0, dest);
        return;
    }
    if (pk && const_into(L, e, pk->method, dest))
        return;
    /* a constant: find it by resolving the path again (from the body: block scopes too) */
    if (p->kind == N_PATH) {
        PathCx pc = {L->q, L->def, DEF_NONE, FP_ZERO, 0, true};
        uint32_t stopped;
        Res r = resolve_path(&pc, p, p->nkids, NS_VALUE, &stopped);
        if (r.kind == RES_DEF && stopped == p->nkids && const_into(L, e, r.def, dest))
            return;
    }
    if (t->kind == TY_FNDEF) {
        assign(L, dest, rv_use(fn_operand(t)), e);
        return;
    }
    unsupported(L, e, "this path");
}

static void print_macro(Lower *L, const Node *e, uint8_t stream, bool newline);
static bool ident_variant(Lower *L, const Node *pat, Ty *ty, uint32_t *variant);
static bool printable(Ty *t);
static Mir *finish(Lower *L);
static Mir *placeholder_mir(Lower *L, DefId def);
static void format_into(Lower *L, const Node *e, Place dest);
static void write_into(Lower *L, const Node *e, Place dest, bool newline);
static void match_into(Lower *L, const Node *e, Place dest);
static void if_let_into(Lower *L, const Node *e, Place dest);
static void while_let_into(Lower *L, const Node *e, Place dest);
static bool pat_has_bindings(Lower *L, const Node *pat, Ty *ty);
static bool is_scalar(Ty *t);
static void bind_pat(Lower *L, const Node *pat, Place src, Ty *src_ty);
static void closure_into(Lower *L, const Node *e, Place dest);
static int64_t find_capture(Lower *L, Symbol name);
static Place capture_place(Lower *L, uint32_t i, Ty **ty_out);
static void test_variant(Lower *L, Place p, uint32_t variant, uint32_t fail, const Node *at);
static void test_pat(Lower *L, const Node *pat, Place p, Ty *ty, uint32_t fail);
static void bind_refutable(Lower *L, const Node *pat, Place p, Ty *ty);
static void test_bool(Lower *L, Operand cond, uint32_t fail, const Node *at);
static void try_into(Lower *L, const Node *e, Place dest);
static void panic_macro(Lower *L, const Node *e);
static void assert_macro(Lower *L, const Node *e);

static void
call_expr(Lower *L, const Node *e, Place dest)
{
    const Node *callee = unparen(e->kids[0]);
    Ty *ct = ty_of(L, callee);
    uint32_t nargs = e->nkids - 1;
    Operand *args = nargs ? arena_alloc(L->arena, nargs * sizeof(Operand)) : NULL;
    if (ct->kind != TY_FNDEF) {
        /* a closure, or a value of a type parameter with an Fn bound: args[0] points at it */
        Ty *vt;
        Place cp = place_of(L, callee, &vt);
        if (vt->kind != TY_CLOSURE && vt->kind != TY_PARAM && vt->kind != TY_REF &&
            vt->kind != TY_OPAQUE && vt->kind != TY_FNPTR) {
            unsupported(L, e, "calling this kind of value");
            return;
        }
        Ty *inner = vt;
        while (inner->kind == TY_REF)
            inner = inner->args[0];
        if (inner->kind == TY_CLOSURE && defs_get(L->t, inner->def)->kind == DK_ASYNC_CLOSURE) {
            /* an async closure's call makes its future; nothing runs yet */
            for (uint32_t i = 0; i < nargs; i++)
                (void)operand(L, e->kids[1 + i]);
            assign(L, dest, rv_use(const_unit()), e);
            return;
        }
        Ty *pt = ty_ref(vt, false);
        uint32_t ptr = new_local(L, pt, 0, false);
        Rvalue rv;
        memset(&rv, 0, sizeof rv);
        rv.kind = RV_REF;
        rv.place = cp;
        assign(L, local_place(ptr), rv, e);
        Operand *cargs = arena_alloc(L->arena, (nargs + 1) * sizeof(Operand));
        cargs[0] = use_place(local_place(ptr), pt);
        for (uint32_t i = 0; i < nargs; i++)
            cargs[1 + i] = operand(L, e->kids[1 + i]);
        Term t;
        memset(&t, 0, sizeof t);
        t.kind = T_CALL;
        t.span = span_of(L, e);
        t.func = const_unit();
        t.call_value = true;
        t.callee_ty = vt;
        t.nargs = nargs + 1;
        t.args = cargs;
        t.dest = dest;
        uint32_t next = new_block(L);
        t.target = next;
        terminate(L, t);
        L->bb = next;
        return;
    }
    const Def *d = defs_get(L->t, ct->def);
    if (d->kind == DK_CTOR) {
        DefId adt;
        uint32_t variant;
        if (!variant_of_ctor(L, ct->def, &adt, &variant)) {
            unsupported(L, e, "this constructor");
            return;
        }
        Ty *at = ty_of(L, e);
        const AdtDef *ad = at->kind == TY_ADT ? adt_def(L->q, at->def) : NULL;
        for (uint32_t i = 0; i < nargs; i++) {
            args[i] = operand(L, e->kids[1 + i]);
            if (ad && variant < ad->nvariants && i < ad->variants[variant].nfields)
                args[i] = coerce(L, args[i], ty_of(L, e->kids[1 + i]),
                                 ty_subst(ad->variants[variant].fields[i].ty, at->args, at->n),
                                 e->kids[1 + i]);
        }
        adt_into(L, e, at, variant, args, nargs, dest);
        return;
    }
    if (d->kind != DK_FN && d->kind != DK_ASSOC_FN) {
        unsupported(L, e, "calling this item");
        return;
    }
    const FnSig *sig = fn_sig(L->q, ct->def);
    for (uint32_t i = 0; i < nargs; i++) {
        args[i] = operand(L, e->kids[1 + i]);
        if (i < sig->ninputs)
            args[i] = coerce(L, args[i], ty_of(L, e->kids[1 + i]),
                             ty_subst(sig->inputs[i], ct->args, ct->n), e->kids[1 + i]);
    }
    if (sig->is_async) {
        /* calling an async fn makes its future and runs nothing (never polled yet) */
        assign(L, dest, rv_use(const_unit()), e);
        return;
    }
    call_into(L, e, fn_operand(ct), args, nargs, dest);
}

static void
method_call(Lower *L, const Node *e, Place dest)
{
    const MethodPick *pk = typeck_method_pick(L->tr, e);
    if (!pk) {
        unsupported(L, e, "this method call");
        return;
    }
    if (defs_get(L->t, pk->method)->name == sym_cstr("to_string") && e->nkids == 2) {
        /* x.to_string() of a number, bool, char, str or String: format!("{}", x) */
        Ty *rt = ty_of(L, e->kids[0]);
        uint32_t refs = 0;
        while (rt->kind == TY_REF) {
            rt = rt->args[0];
            refs++;
        }
        bool is_string = rt->kind == TY_ADT && rt->def == L->li->items[LANG_STRING];
        if (printable(rt) || is_string) {
            FmtPiece pc;
            memset(&pc, 0, sizeof pc);
            pc.kind = FMT_DISPLAY;
            pc.spec.fill = ' ';
            pc.spec.width = pc.spec.precision = -1;
            pc.arg = operand(L, e->kids[0]);
            pc.ty = rt;
            pc.derefs = refs;
            Stmt s;
            memset(&s, 0, sizeof s);
            s.kind = ST_PRINT;
            s.span = span_of(L, e);
            s.stream = 0;
            s.place = dest;
            s.npieces = 1;
            s.pieces = arena_dup(L->arena, &pc, sizeof pc);
            push_stmt(L, s);
            return;
        }
    }
    const FnSig *sig = fn_sig(L->q, pk->method);
    Ty *rt;
    Place recv = place_of(L, e->kids[0], &rt);
    for (uint32_t i = 0; i < pk->derefs; i++) {
        if (rt->kind == TY_REF || is_box(L, rt)) {
            recv = project(L, recv, PJ_DEREF, 0);
            rt = rt->args[0];
            continue;
        }
        /* an array, Vec or String receiver of a slice or str method: through &[T] / &str */
        Ty *target = NULL;
        if (rt->kind == TY_ARRAY || is_vec(L, rt))
            target = ty_mk(TY_SLICE, 0, DEF_NONE, 0, 0, &rt->args[0], 1);
        else if (rt->kind == TY_ADT && rt->def == L->li->items[LANG_STRING])
            target = ty_str();
        if (!target) {
            unsupported(L, e->kids[0], "this receiver (a deref other than of a reference)");
            return;
        }
        Ty *from = ty_ref(rt, false), *to = ty_ref(target, false);
        uint32_t r = new_local(L, from, 0, false);
        Rvalue rv;
        memset(&rv, 0, sizeof rv);
        rv.kind = RV_REF;
        rv.place = recv;
        assign(L, local_place(r), rv, e);
        Operand c = coerce(L, use_place(local_place(r), from), from, to, e);
        recv = project(L, c.place, PJ_DEREF, 0);
        rt = target;
    }
    uint32_t nargs = e->nkids - 2 + 1;
    Operand *args = arena_alloc(L->arena, nargs * sizeof(Operand));
    if (sig->is_async) {
        /* an async method's call makes its future; nothing runs yet */
        for (uint32_t i = 2; i < e->nkids; i++)
            (void)operand(L, e->kids[i]);
        assign(L, dest, rv_use(const_unit()), e);
        return;
    }
    if (pk->autoref) {
        Ty *reft = ty_ref(rt, pk->autoref == 2);
        uint32_t tmp = new_local(L, reft, 0, false);
        Rvalue rv;
        memset(&rv, 0, sizeof rv);
        rv.kind = RV_REF;
        rv.mut = pk->autoref == 2;
        rv.place = recv;
        assign(L, local_place(tmp), rv, e);
        args[0] = use_place(local_place(tmp), reft);
    } else {
        args[0] = use_place(recv, rt);
    }
    for (uint32_t i = 2; i < e->nkids; i++) {
        args[i - 1] = operand(L, e->kids[i]);
        if (i - 1 < sig->ninputs)
            args[i - 1] = coerce(L, args[i - 1], ty_of(L, e->kids[i]),
                                 ty_subst(sig->inputs[i - 1], pk->args, pk->nargs), e->kids[i]);
    }
    Ty *fnty = ty_mk(TY_FNDEF, 0, pk->method, 0, 0, pk->args, pk->nargs);
    call_into(L, e, fn_operand(fnty), args, nargs, dest);
}

static void
cond_branch(Lower *L, Operand cond, uint32_t then_bb, uint32_t else_bb, const Node *at)
{
    Term t;
    memset(&t, 0, sizeof t);
    t.kind = T_SWITCH;
    t.span = span_of(L, at);
    t.discr = cond;
    t.ncases = 1;
    t.values = arena_alloc(L->arena, sizeof(uint64_t));
    t.values[0] = 0;
    t.targets = arena_alloc(L->arena, sizeof(uint32_t));
    t.targets[0] = else_bb;
    t.otherwise = then_bb;
    terminate(L, t);
}

static void
if_into(Lower *L, const Node *e, Place dest)
{
    const Node *cond = e->kids[0];
    if (cond->kind == N_LET_COND) {
        if_let_into(L, e, dest);
        return;
    }
    Operand c = operand(L, cond);
    uint32_t then_bb = new_block(L), else_bb = new_block(L), join = new_block(L);
    cond_branch(L, c, then_bb, else_bb, e);
    L->bb = then_bb;
    block_into(L, e->kids[1], dest);
    goto_block(L, join);
    L->bb = else_bb;
    const Node *els = e->kids[2];
    if (els->kind == N_NONE)
        assign(L, dest, rv_use(const_unit()), e);
    else
        into(L, els, dest);
    goto_block(L, join);
    L->bb = join;
}

static LoopCx *
find_loop(Lower *L, Symbol label)
{
    for (uint32_t i = L->loops.len; i-- > 0;)
        if (!label || L->loops.data[i].label == label)
            return &L->loops.data[i];
    return NULL;
}

static void
loop_body(Lower *L, const Node *body)
{
    Ty *bt = typeck_node_type(L->tr, body);
    uint32_t tmp = new_local(L, bt ? bt : ty_unit(), 0, false);
    block_into(L, body, local_place(tmp));
}

static void
while_into(Lower *L, const Node *e, Place dest)
{
    const Node *cond = e->kids[0];
    if (cond->kind == N_LET_COND) {
        while_let_into(L, e, dest);
        return;
    }
    uint32_t head = new_block(L), body = new_block(L), exit = new_block(L);
    goto_block(L, head);
    L->bb = head;
    Operand c = operand(L, cond);
    cond_branch(L, c, body, exit, e);
    LoopCx lc = {e->sym, exit, head, false, {0, 0, NULL}};
    vec_push(&L->loops, lc);
    L->bb = body;
    loop_body(L, e->kids[1]);
    goto_block(L, head);
    L->loops.len--;
    L->bb = exit;
    assign(L, dest, rv_use(const_unit()), e);
}

static void
loop_into(Lower *L, const Node *e, Place dest)
{
    uint32_t body = new_block(L), exit = new_block(L);
    goto_block(L, body);
    LoopCx lc = {e->sym, exit, body, true, dest};
    vec_push(&L->loops, lc);
    L->bb = body;
    loop_body(L, e->kids[0]);
    goto_block(L, body);
    L->loops.len--;
    L->bb = exit;
}

/* `for pat in coll` over a Vec, an array or a slice (by value, or by reference for `&v`,
 * `&mut v` and `v.iter()`): an index loop. */
static bool
for_collection(Lower *L, const Node *e, Place dest)
{
    const Node *pat = e->kids[0], *iter = unparen(e->kids[1]);
    Ty *it = ty_of(L, iter);
    bool by_ref = false, mut_ref = false;
    const Node *src = iter;
    if (it->kind == TY_ADT && iter->kind == N_METHOD_CALL && iter->sym == sym_cstr("iter") &&
        def_crate_root(L->t, it->def) == core_root(L->q) &&
        defs_get(L->t, it->def)->name == sym_cstr("Iter")) {
        /* `coll.iter()`: the core library's slice iterator, by reference */
        src = iter->kids[0];
        by_ref = true;
    } else if (it->kind == TY_REF) {
        by_ref = true;
        mut_ref = it->sub != 0;
    } else if (!is_vec(L, it) && it->kind != TY_ARRAY) {
        return false;
    }
    Ty *ct;
    Place coll = place_of(L, src, &ct);
    while (ct->kind == TY_REF) {
        coll = project(L, coll, PJ_DEREF, 0);
        ct = ct->args[0];
    }
    if (!is_vec(L, ct) && ct->kind != TY_SLICE && !(ct->kind == TY_ARRAY && ct->idx != UINT64_MAX))
        return false;
    Ty *elem = ct->args[0], *usize = ty_int(IK_USIZE);
    uint32_t i = new_local(L, usize, 0, true), len = new_local(L, usize, 0, false);
    assign(L, local_place(i), rv_use(const_int(usize, 0, 0)), e);
    uint32_t head = new_block(L), body = new_block(L), step = new_block(L), exit = new_block(L);
    goto_block(L, head);
    L->bb = head;
    Rvalue rl;
    memset(&rl, 0, sizeof rl);
    rl.kind = RV_LEN;
    rl.place = coll;
    assign(L, local_place(len), rl, e);
    uint32_t cond = new_local(L, ty_bool(), 0, false);
    Rvalue cmp;
    memset(&cmp, 0, sizeof cmp);
    cmp.kind = RV_BIN;
    cmp.op = BIN_LT;
    cmp.a = use_place(local_place(i), usize);
    cmp.b = use_place(local_place(len), usize);
    assign(L, local_place(cond), cmp, e);
    cond_branch(L, use_place(local_place(cond), ty_bool()), body, exit, e);
    L->bb = body;
    uint32_t saved_vars = L->vars.len;
    Place ep = project(L, coll, PJ_INDEX, i);
    if (by_ref) {
        Ty *rt = ty_ref(elem, mut_ref);
        uint32_t r = new_local(L, rt, 0, false);
        Rvalue rv;
        memset(&rv, 0, sizeof rv);
        rv.kind = RV_REF;
        rv.mut = mut_ref;
        rv.place = ep;
        assign(L, local_place(r), rv, pat);
        bind_pat(L, pat, local_place(r), rt);
    } else {
        bind_pat(L, pat, ep, elem);
    }
    LoopCx lc = {e->sym, exit, step, false, {0, 0, NULL}};
    vec_push(&L->loops, lc);
    loop_body(L, e->kids[2]);
    goto_block(L, step);
    L->loops.len--;
    L->vars.len = saved_vars;
    L->bb = step;
    Rvalue inc;
    memset(&inc, 0, sizeof inc);
    inc.kind = RV_BIN;
    inc.op = BIN_ADD;
    inc.a = use_place(local_place(i), usize);
    inc.b = const_int(usize, 1, 0);
    assign(L, local_place(i), inc, e);
    goto_block(L, head);
    L->bb = exit;
    assign(L, dest, rv_use(const_unit()), e);
    return true;
}

/* `for pat in it` over an Iterator (a struct with an `impl Iterator`, e.g. str's Chars):
 * `loop { match Iterator::next(&mut it) { Some(pat) => body, None => break } }`. */
static bool
for_iterator(Lower *L, const Node *e, Place dest)
{
    const Node *pat = e->kids[0], *iter = unparen(e->kids[1]);
    Ty *it = ty_of(L, iter);
    DefId itrait = L->li->items[LANG_ITERATOR], opt = L->li->items[LANG_OPTION];
    if (it->kind != TY_ADT || itrait == DEF_NONE || opt == DEF_NONE)
        return false;
    DefId next = DEF_NONE;
    const AssocItems *ai = assoc_items(L->q, itrait);
    for (uint32_t i = 0; i < ai->n; i++)
        if (ai->v[i].name == sym_cstr("next") && ai->v[i].kind == DK_ASSOC_FN)
            next = ai->v[i].def;
    Ty *item = typeck_node_type(L->tr, pat);
    if (next == DEF_NONE || !item)
        return false;
    const AdtDef *od = adt_def(L->q, opt);
    uint32_t some = 1;
    for (uint32_t i = 0; i < od->nvariants; i++)
        if (od->variants[i].name == sym_cstr("Some"))
            some = i;
    uint32_t itl = new_local(L, it, 0, true);
    into(L, iter, local_place(itl));
    Ty *ot = ty_adt(opt, &item, 1), *rt = ty_ref(it, true);
    uint32_t head = new_block(L), exit = new_block(L);
    goto_block(L, head);
    L->bb = head;
    uint32_t r = new_local(L, rt, 0, false), o = new_local(L, ot, 0, false);
    Rvalue rv;
    memset(&rv, 0, sizeof rv);
    rv.kind = RV_REF;
    rv.mut = true;
    rv.place = local_place(itl);
    assign(L, local_place(r), rv, e);
    Operand arg = use_place(local_place(r), rt);
    Ty **targs = arena_alloc(L->arena, sizeof(Ty *));
    targs[0] = it;
    call_into(L, e, fn_operand(ty_mk(TY_FNDEF, 0, next, 0, 0, targs, 1)), &arg, 1, local_place(o));
    test_variant(L, local_place(o), some, exit, e);
    uint32_t saved_vars = L->vars.len;
    Place ip = project(L, project(L, local_place(o), PJ_DOWNCAST, some), PJ_FIELD, 0);
    bind_pat(L, pat, ip, item);
    LoopCx lc = {e->sym, exit, head, false, {0, 0, NULL}};
    vec_push(&L->loops, lc);
    loop_body(L, e->kids[2]);
    goto_block(L, head);
    L->loops.len--;
    L->vars.len = saved_vars;
    L->bb = exit;
    assign(L, dest, rv_use(const_unit()), e);
    return true;
}

/* `vec![a, b]` (with_capacity, then push each) and `vec![x; n]` (vec::from_elem). */
static void
vec_macro(Lower *L, const Node *e, Place dest)
{
    Ty *vt = ty_of(L, e);
    if (!is_vec(L, vt)) {
        unsupported(L, e, "this `vec!`");
        return;
    }
    Ty *elem = vt->args[0], *usize = ty_int(IK_USIZE);
    if (e->nkids == 1 && e->kids[0]->kind == N_ARRAY_REPEAT) {
        DefId fe = core_fn(L, "vec", "from_elem");
        if (fe == DEF_NONE) {
            unsupported(L, e, "`vec![x; n]` (no vec::from_elem in the core library)");
            return;
        }
        Operand args[2] = {operand(L, e->kids[0]->kids[0]), operand(L, e->kids[0]->kids[1])};
        Ty **ta = arena_alloc(L->arena, sizeof(Ty *));
        ta[0] = elem;
        call_into(L, e, fn_operand(ty_mk(TY_FNDEF, 0, fe, 0, 0, ta, 1)), args, 2, dest);
        return;
    }
    Ty *wc = vec_fn(L, "with_capacity", elem), *push = vec_fn(L, "push", elem);
    if (!wc || !push) {
        unsupported(L, e, "`vec!` (no Vec::with_capacity/push in the core library)");
        return;
    }
    Operand n = const_int(usize, e->nkids, 0);
    call_into(L, e, fn_operand(wc), &n, 1, dest);
    Ty *rt = ty_ref(vt, true);
    for (uint32_t i = 0; i < e->nkids; i++) {
        Operand args[2];
        args[1] = operand(L, e->kids[i]);
        uint32_t r = new_local(L, rt, 0, false);
        Rvalue rv;
        memset(&rv, 0, sizeof rv);
        rv.kind = RV_REF;
        rv.mut = true;
        rv.place = dest;
        assign(L, local_place(r), rv, e);
        args[0] = use_place(local_place(r), rt);
        uint32_t u = new_local(L, ty_unit(), 0, false);
        call_into(L, e->kids[i], fn_operand(push), args, 2, local_place(u));
    }
}

/* `for pat in a..b` / `a..=b` over integers: a counting loop (as Range's next would do). */
static void
for_into(Lower *L, const Node *e, Place dest)
{
    const Node *pat = e->kids[0], *iter = unparen(e->kids[1]);
    Ty *it = ty_of(L, iter);
    if (iter->kind != N_RANGE && for_collection(L, e, dest))
        return;
    if (iter->kind != N_RANGE && !(it->kind == TY_ADT && it->def == L->li->items[LANG_RANGE]) &&
        !(it->kind == TY_ADT && it->def == L->li->items[LANG_RANGE_INCLUSIVE]) &&
        for_iterator(L, e, dest))
        return;
    if (iter->kind != N_RANGE || iter->kids[0]->kind == N_NONE || iter->kids[1]->kind == N_NONE ||
        it->kind != TY_ADT || it->n != 1 || it->args[0]->kind != TY_INT ||
        (pat->kind != N_PAT_IDENT && pat->kind != N_PAT_WILD) ||
        (pat->kind == N_PAT_IDENT && pat->kids[0]->kind != N_NONE)) {
        unsupported(L, e, "this `for` loop (only over integer ranges `a..b`, `a..=b`)");
        return;
    }
    bool inclusive = (iter->flags & NF_INCLUSIVE) != 0;
    Ty *et = it->args[0];
    uint32_t cur = new_local(L, et, 0, true), end = new_local(L, et, 0, false);
    into(L, iter->kids[0], local_place(cur));
    into(L, iter->kids[1], local_place(end));
    uint32_t done = 0;
    if (inclusive) {
        done = new_local(L, ty_bool(), 0, true);
        assign(L, local_place(done), rv_use(const_bool(false)), e);
    }
    uint32_t head = new_block(L), body = new_block(L), step = new_block(L), exit = new_block(L);
    goto_block(L, head);
    L->bb = head;
    uint32_t cond = new_local(L, ty_bool(), 0, false);
    Rvalue cmp;
    memset(&cmp, 0, sizeof cmp);
    cmp.kind = RV_BIN;
    cmp.op = inclusive ? BIN_LE : BIN_LT;
    cmp.a = use_place(local_place(cur), et);
    cmp.b = use_place(local_place(end), et);
    assign(L, local_place(cond), cmp, e);
    if (inclusive) {
        /* exhausted after yielding `end` */
        uint32_t check = new_block(L);
        cond_branch(L, use_place(local_place(done), ty_bool()), exit, check, e);
        L->bb = check;
    }
    cond_branch(L, use_place(local_place(cond), ty_bool()), body, exit, e);
    L->bb = body;
    uint32_t saved_vars = L->vars.len;
    if (pat->kind == N_PAT_IDENT) {
        uint32_t x = new_local(L, et, pat->sym, (pat->flags & NF_MUT) != 0);
        assign(L, local_place(x), rv_use(use_place(local_place(cur), et)), pat);
        declare(L, pat->sym, x);
    }
    LoopCx lc = {e->sym, exit, step, false, {0, 0, NULL}};
    vec_push(&L->loops, lc);
    loop_body(L, e->kids[2]);
    goto_block(L, step);
    L->loops.len--;
    L->vars.len = saved_vars;
    L->bb = step;
    /* cur += 1 without overflow: an inclusive range stops at `end` instead */
    Rvalue inc;
    memset(&inc, 0, sizeof inc);
    inc.kind = RV_BIN;
    inc.op = BIN_ADD;
    inc.a = use_place(local_place(cur), et);
    inc.b = const_int(et, 1, 0);
    if (inclusive) {
        uint32_t at_end = new_local(L, ty_bool(), 0, false), bump = new_block(L),
                 stop = new_block(L);
        Rvalue eq;
        memset(&eq, 0, sizeof eq);
        eq.kind = RV_BIN;
        eq.op = BIN_EQ;
        eq.a = use_place(local_place(cur), et);
        eq.b = use_place(local_place(end), et);
        assign(L, local_place(at_end), eq, e);
        cond_branch(L, use_place(local_place(at_end), ty_bool()), stop, bump, e);
        L->bb = stop;
        assign(L, local_place(done), rv_use(const_bool(true)), e);
        goto_block(L, head);
        L->bb = bump;
    }
    assign(L, local_place(cur), inc, e);
    goto_block(L, head);
    L->bb = exit;
    assign(L, dest, rv_use(const_unit()), e);
}

static void
break_expr(Lower *L, const Node *e)
{
    LoopCx *lc = find_loop(L, e->sym);
    if (!lc) {
        unsupported(L, e, "this `break`");
        return;
    }
    uint32_t brk = lc->brk;
    if (e->kids[0]->kind != N_NONE) {
        if (!lc->has_dest) {
            unsupported(L, e, "`break` with a value here");
            return;
        }
        into(L, e->kids[0], lc->dest);
    } else if (lc->has_dest) {
        assign(L, lc->dest, rv_use(const_unit()), e);
    }
    goto_block(L, brk);
    diverged(L);
}

static void
return_expr(Lower *L, const Node *e)
{
    if (e->kids[0]->kind != N_NONE)
        into(L, e->kids[0], local_place(0));
    else
        assign(L, local_place(0), rv_use(const_unit()), e);
    Term t;
    memset(&t, 0, sizeof t);
    t.kind = T_RETURN;
    t.span = span_of(L, e);
    terminate(L, t);
    diverged(L);
}

/* A variant's explicit discriminant (`Ok = 200`, `A = -1`): false without one. */
static bool
explicit_discr(Lower *L, DefId variant, int64_t *out)
{
    const Node *vn = defs_get(L->t, variant)->node;
    if (!vn || vn->kind != N_VARIANT || !vn->nkids || vn->kids[0]->kind == N_NONE)
        return false;
    const Node *d = unparen(vn->kids[0]);
    bool neg = false;
    if (d->kind == N_UNARY && d->op == TK_MINUS) {
        neg = true;
        d = unparen(d->kids[0]);
    }
    if (d->kind != N_LIT || !d->sym)
        return false;
    char buf[64];
    size_t j = 0;
    for (const char *c = sym_str(d->sym); *c && j + 1 < sizeof buf; c++)
        if (*c != '_')
            buf[j++] = *c;
    buf[j] = 0;
    char *end;
    long long v = strtoll(buf, &end, 0);
    if (end == buf)
        return false;
    *out = neg ? -v : v;
    return true;
}

/* `e as int` of a field-less enum: its discriminant (rustc's: explicit, else one more than
 * the previous variant's). */
static bool
enum_cast_into(Lower *L, const Node *e, Ty *from, Ty *to, Place dest)
{
    const AdtDef *a = adt_def(L->q, from->def);
    if (!a->is_enum || a->nvariants == 0 || a->nvariants > 4096)
        return false;
    int64_t *vals = arena_alloc(L->arena, a->nvariants * sizeof(int64_t));
    bool identity = true;
    for (uint32_t i = 0; i < a->nvariants; i++) {
        if (a->variants[i].nfields)
            return false;
        int64_t v;
        if (!explicit_discr(L, a->variants[i].def, &v)) {
            const Node *vn = defs_get(L->t, a->variants[i].def)->node;
            if (vn && vn->kind == N_VARIANT && vn->nkids && vn->kids[0]->kind != N_NONE)
                return false; /* an explicit one that is not a literal: not yet */
            v = i ? vals[i - 1] + 1 : 0;
        }
        vals[i] = v;
        identity &= v == (int64_t)i;
    }
    Ty *vt;
    Place p = place_of(L, e->kids[0], &vt);
    uint32_t d = new_local(L, ty_int(IK_U32), 0, false);
    Rvalue rv;
    memset(&rv, 0, sizeof rv);
    rv.kind = RV_DISCR;
    rv.place = p;
    assign(L, local_place(d), rv, e);
    if (identity) {
        Rvalue c;
        memset(&c, 0, sizeof c);
        c.kind = RV_CAST;
        c.a = use_place(local_place(d), ty_int(IK_U32));
        c.ty = to;
        assign(L, dest, c, e);
        return true;
    }
    uint32_t join = new_block(L);
    Term t;
    memset(&t, 0, sizeof t);
    t.kind = T_SWITCH;
    t.span = span_of(L, e);
    t.discr = use_place(local_place(d), ty_int(IK_U32));
    t.ncases = a->nvariants;
    t.values = arena_alloc(L->arena, a->nvariants * sizeof(uint64_t));
    t.targets = arena_alloc(L->arena, a->nvariants * sizeof(uint32_t));
    uint32_t *blocks = arena_alloc(L->arena, a->nvariants * sizeof(uint32_t));
    for (uint32_t i = 0; i < a->nvariants; i++) {
        blocks[i] = new_block(L);
        t.values[i] = i;
        t.targets[i] = blocks[i];
    }
    t.otherwise = blocks[a->nvariants - 1];
    terminate(L, t);
    for (uint32_t i = 0; i < a->nvariants; i++) {
        L->bb = blocks[i];
        /* the value as i64, cast (wrapping, as `as` does) to the target */
        Rvalue c;
        memset(&c, 0, sizeof c);
        c.kind = RV_CAST;
        c.a = const_int(ty_int(IK_I64), (uint64_t)vals[i], vals[i] < 0 ? UINT64_MAX : 0);
        c.ty = to;
        assign(L, dest, c, e);
        Term g;
        memset(&g, 0, sizeof g);
        g.kind = T_GOTO;
        g.target = join;
        g.span = span_of(L, e);
        terminate(L, g);
    }
    L->bb = join;
    return true;
}

static void
cast_into(Lower *L, const Node *e, Place dest)
{
    Ty *to = ty_of(L, e), *from = ty_of(L, e->kids[0]);
    if (from->kind == TY_ADT && to->kind == TY_INT && enum_cast_into(L, e, from, to, dest))
        return;
    if (!is_scalar(to) || !is_scalar(from)) {
        unsupported(L, e, "this cast");
        return;
    }
    Rvalue rv;
    memset(&rv, 0, sizeof rv);
    rv.kind = RV_CAST;
    rv.a = operand(L, e->kids[0]);
    rv.ty = to;
    assign(L, dest, rv, e);
}

static void
struct_lit(Lower *L, const Node *e, Place dest)
{
    Ty *t = ty_of(L, e);
    if (t->kind != TY_ADT) {
        unsupported(L, e, "this struct literal");
        return;
    }
    const AdtDef *a = adt_def(L->q, t->def);
    uint32_t variant = 0;
    if (a->is_enum) {
        const Node *path = e->kids[0];
        Symbol vname = path->kind == N_PATH ? path->kids[path->nkids - 1]->sym : 0;
        bool found = false;
        for (uint32_t i = 0; i < a->nvariants; i++)
            if (a->variants[i].name == vname) {
                variant = i;
                found = true;
            }
        if (!found) {
            unsupported(L, e, "this struct literal");
            return;
        }
    }
    const VariantDef *v = &a->variants[variant];
    Operand *ops = arena_alloc(L->arena, (v->nfields + 1) * sizeof(Operand));
    bool *set = arena_alloc(L->arena, v->nfields + 1);
    const Node *base = e->nkids > 1 ? e->kids[e->nkids - 1] : NULL;
    if (base && base->kind == N_FIELD_INIT)
        base = NULL;
    for (uint32_t i = 1; i < e->nkids; i++) {
        const Node *fi = e->kids[i];
        if (fi->kind != N_FIELD_INIT)
            continue;
        uint32_t k = field_index(L, fi, t, fi->sym, variant);
        if (fi->flags & NF_SHORTHAND) {
            int64_t var = find_var(L, fi->sym);
            if (var < 0) {
                unsupported(L, fi, "this field shorthand");
                return;
            }
            ops[k] = use_place(local_place((uint32_t)var), L->locals.data[var].ty);
            ops[k] = coerce(L, ops[k], L->locals.data[var].ty, field_ty(L, t, variant, k), fi);
        } else {
            ops[k] = operand(L, fi->kids[0]);
            ops[k] = coerce(L, ops[k], ty_of(L, fi->kids[0]), field_ty(L, t, variant, k), fi->kids[0]);
        }
        set[k] = true;
    }
    if (base && base->kind != N_NONE) {
        Ty *bt;
        Place bp = place_of(L, base, &bt);
        for (uint32_t k = 0; k < v->nfields; k++)
            if (!set[k]) {
                Ty *ft = field_ty(L, t, variant, k);
                ops[k] = use_place(project(L, bp, PJ_FIELD, k), ft);
                set[k] = true;
            }
    }
    for (uint32_t k = 0; k < v->nfields; k++)
        if (!set[k]) {
            unsupported(L, e, "this struct literal (a field is missing)");
            return;
        }
    adt_into(L, e, t, variant, ops, v->nfields, dest);
}

static void
logic_into(Lower *L, const Node *e, Place dest, bool is_and)
{
    /* a && b: if a { b } else { false };  a || b: if a { true } else { b } */
    Operand a = operand(L, e->kids[0]);
    uint32_t rhs = new_block(L), shortc = new_block(L), join = new_block(L);
    if (is_and)
        cond_branch(L, a, rhs, shortc, e);
    else
        cond_branch(L, a, shortc, rhs, e);
    L->bb = shortc;
    assign(L, dest, rv_use(const_bool(!is_and)), e);
    goto_block(L, join);
    L->bb = rhs;
    into(L, e->kids[1], dest);
    goto_block(L, join);
    L->bb = join;
}

/* An operand of an arithmetic or comparison operator: `&i32` operands (the impls of the
 * operators for references) are read through their references. */
static Operand
scalar_operand(Lower *L, const Node *e, Ty **ty_out)
{
    Ty *t = ty_of(L, e);
    if (t->kind != TY_REF) {
        *ty_out = t;
        return operand(L, e);
    }
    Place p = place_of(L, e, &t);
    while (t->kind == TY_REF) {
        p = project(L, p, PJ_DEREF, 0);
        t = t->args[0];
    }
    *ty_out = t;
    return use_place(p, t);
}

/* `a == b`, `a < b`, ... on a type parameter: the PartialEq / PartialOrd method, resolved per
 * instance (a primitive's impl, a derive, or a hand-written impl). */
static bool
generic_compare(Lower *L, const Node *e, BinOp op, Place dest)
{
    Ty *lt = ty_of(L, e->kids[0]);
    Ty *base = lt;
    while (base->kind == TY_REF)
        base = base->args[0];
    if (base->kind != TY_PARAM)
        return false;
    static const char *const names[] = {[BIN_EQ] = "eq", [BIN_NE] = "ne", [BIN_LT] = "lt",
                                        [BIN_LE] = "le", [BIN_GT] = "gt", [BIN_GE] = "ge"};
    DefId tr = L->li->items[op == BIN_EQ || op == BIN_NE ? LANG_EQ : LANG_PARTIAL_ORD];
    if (tr == DEF_NONE)
        return false;
    DefId m = DEF_NONE;
    const AssocItems *ai = assoc_items(L->q, tr);
    for (uint32_t i = 0; i < ai->n; i++)
        if (ai->v[i].kind == DK_ASSOC_FN && !strcmp(sym_str(ai->v[i].name), names[op]))
            m = ai->v[i].def;
    if (m == DEF_NONE)
        return false;
    Operand args[2];
    for (int k = 0; k < 2; k++) {
        Ty *t;
        Place p = place_of(L, e->kids[k], &t);
        while (t->kind == TY_REF) {
            p = project(L, p, PJ_DEREF, 0);
            t = t->args[0];
        }
        Ty *rt = ty_ref(t, false);
        uint32_t r = new_local(L, rt, 0, false);
        Rvalue rv;
        memset(&rv, 0, sizeof rv);
        rv.kind = RV_REF;
        rv.place = p;
        assign(L, local_place(r), rv, e);
        args[k] = use_place(local_place(r), rt);
    }
    Ty **ta = arena_alloc(L->arena, sizeof(Ty *));
    ta[0] = base;
    call_into(L, e, fn_operand(ty_mk(TY_FNDEF, 0, m, 0, 0, ta, 1)), args, 2, dest);
    return true;
}

static void
binary_into(Lower *L, const Node *e, Place dest)
{
    if (e->op == TK_ANDAND || e->op == TK_OROR) {
        logic_into(L, e, dest, e->op == TK_ANDAND);
        return;
    }
    bool ok;
    BinOp op = binop_of(e->op, &ok);
    if (!ok) {
        unsupported(L, e, "this operator");
        return;
    }
    if (op >= BIN_EQ && generic_compare(L, e, op, dest))
        return;
    Ty *lt, *rt;
    Operand a = scalar_operand(L, e->kids[0], &lt);
    Operand b = scalar_operand(L, e->kids[1], &rt);
    assign(L, dest, binary_rv(L, e, op, a, b, lt, rt), e);
}

static void
assign_op(Lower *L, const Node *e)
{
    bool ok;
    BinOp op = binop_of(e->op, &ok);
    if (!ok) {
        unsupported(L, e, "this operator");
        return;
    }
    Ty *rt;
    Operand b = scalar_operand(L, e->kids[1], &rt);
    Ty *lt;
    Place p = place_of(L, e->kids[0], &lt);
    assign(L, p, binary_rv(L, e, op, use_place(p, lt), b, lt, rt), e);
}

static void
unary_into(Lower *L, const Node *e, Place dest)
{
    if (e->op == TK_STAR) {
        Ty *t;
        Place p = place_of(L, e, &t);
        assign(L, dest, rv_use(use_place(p, t)), e);
        return;
    }
    Ty *t = ty_of(L, e);
    Rvalue rv;
    memset(&rv, 0, sizeof rv);
    if (!is_scalar(t)) {
        unsupported(L, e, "this operator on this type");
        return;
    }
    rv.a = operand(L, e->kids[0]);
    if (e->op == TK_MINUS) {
        rv.kind = t->kind == TY_INT ? RV_CHECKED_NEG : RV_UN;
        rv.op = UN_NEG;
    } else {
        rv.kind = RV_UN;
        rv.op = UN_NOT;
    }
    assign(L, dest, rv, e);
}

static void
aggregate_into(Lower *L, const Node *e, Place dest, uint8_t kind)
{
    Ty *t = ty_of(L, e);
    Rvalue rv;
    memset(&rv, 0, sizeof rv);
    rv.kind = kind;
    rv.nops = e->nkids;
    rv.ops = e->nkids ? arena_alloc(L->arena, e->nkids * sizeof(Operand)) : NULL;
    for (uint32_t i = 0; i < e->nkids; i++) {
        rv.ops[i] = operand(L, e->kids[i]);
        Ty *want = kind == RV_ARRAY ? (t->kind == TY_ARRAY ? t->args[0] : NULL)
                                    : (t->kind == TY_TUPLE && i < t->n ? t->args[i] : NULL);
        rv.ops[i] = coerce(L, rv.ops[i], ty_of(L, e->kids[i]), want, e->kids[i]);
    }
    rv.ty = kind == RV_ARRAY ? (t->kind == TY_ARRAY ? t->args[0] : ty_error()) : t;
    assign(L, dest, rv, e);
}

/* ---- patterns (irrefutable, in let and parameters) ------------------------------------------ */

static void
bind_pat(Lower *L, const Node *pat, Place src, Ty *src_ty)
{
    switch ((int)pat->kind) {
    case N_PAT_WILD:
        return;
    case N_PAT_IDENT: {
        if (pat->kids[0]->kind != N_NONE) {
            unsupported(L, pat, "a binding with a subpattern (`x @ p`)");
            return;
        }
        Ty *bt = typeck_node_type(L->tr, pat);
        if (!bt)
            bt = src_ty;
        uint32_t x = new_local(L, bt, pat->sym, (pat->flags & NF_MUT) != 0);
        if (bt == src_ty) {
            assign(L, local_place(x), rv_use(use_place(src, src_ty)), pat);
        } else if (bt->kind == TY_REF && bt->args[0] == src_ty) {
            Rvalue rv;
            memset(&rv, 0, sizeof rv);
            rv.kind = RV_REF;
            rv.mut = bt->sub != 0;
            rv.place = src;
            assign(L, local_place(x), rv, pat);
        } else {
            unsupported(L, pat, "this binding");
        }
        declare(L, pat->sym, x);
        return;
    }
    case N_PAT_TUPLE: {
        while (src_ty->kind == TY_REF) {
            src = project(L, src, PJ_DEREF, 0);
            src_ty = src_ty->args[0];
        }
        if (src_ty->kind != TY_TUPLE) {
            unsupported(L, pat, "this pattern");
            return;
        }
        for (uint32_t i = 0; i < pat->nkids; i++) {
            if (pat->kids[i]->kind == N_PAT_REST) {
                unsupported(L, pat->kids[i], "`..` in a tuple pattern");
                return;
            }
            if (i < src_ty->n)
                bind_pat(L, pat->kids[i], project(L, src, PJ_FIELD, i), src_ty->args[i]);
        }
        return;
    }
    case N_PAT_REF: {
        if (src_ty->kind != TY_REF) {
            unsupported(L, pat, "this pattern");
            return;
        }
        bind_pat(L, pat->kids[0], project(L, src, PJ_DEREF, 0), src_ty->args[0]);
        return;
    }
    case N_PAT_STRUCT:
    case N_PAT_TUPLE_STRUCT:
        /* irrefutable: a struct's fields (through references, as default binding modes do) */
        bind_refutable(L, pat, src, src_ty);
        return;
    default:
        unsupported(L, pat, "this pattern");
        return;
    }
}

static void
let_stmt(Lower *L, const Node *s)
{
    const Node *pat = s->kids[0], *init = s->kids[2];
    if (s->kids[3]->kind != N_NONE && init->kind != N_NONE) {
        /* let PAT = e else { diverges }; */
        Ty *it;
        Place src = place_of(L, init, &it);
        uint32_t else_bb = new_block(L);
        test_pat(L, pat, src, it, else_bb);
        uint32_t cont = L->bb;
        L->bb = else_bb;
        uint32_t saved = L->vars.len;
        Ty *et = typeck_node_type(L->tr, s->kids[3]);
        uint32_t tmp = new_local(L, et ? et : ty_never(), 0, false);
        block_into(L, s->kids[3], local_place(tmp));
        Term t;
        memset(&t, 0, sizeof t);
        t.kind = T_UNREACHABLE;
        terminate(L, t);
        L->vars.len = saved;
        L->bb = cont;
        bind_refutable(L, pat, src, it);
        return;
    }
    if (init->kind == N_NONE) {
        /* declared, assigned later */
        if (pat->kind != N_PAT_IDENT || pat->kids[0]->kind != N_NONE) {
            unsupported(L, pat, "this pattern without an initializer");
            return;
        }
        Ty *bt = ty_of(L, pat);
        uint32_t x = new_local(L, bt, pat->sym, true);
        declare(L, pat->sym, x);
        return;
    }
    if (pat->kind == N_PAT_IDENT && pat->kids[0]->kind == N_NONE && !(pat->flags & NF_REF)) {
        /* the common case: straight into the variable */
        Ty *bt = ty_of(L, pat);
        uint32_t x = new_local(L, bt, pat->sym, (pat->flags & NF_MUT) != 0);
        Ty *it = ty_of(L, init);
        if (it != bt && it->kind == TY_REF && bt->kind == TY_REF)
            assign(L, local_place(x), rv_use(coerce(L, operand(L, init), it, bt, init)), init);
        else
            into(L, init, local_place(x));
        declare(L, pat->sym, x);
        return;
    }
    Ty *it;
    Place src = place_of(L, init, &it);
    bind_pat(L, pat, src, it);
}

/* ---- refutable patterns (match, if let, while let) ------------------------------------------ */

/* Is this identifier pattern a unit variant of `ty` (`None`) rather than a binding? */
static bool
ident_variant(Lower *L, const Node *pat, Ty *ty, uint32_t *variant)
{
    if (pat->kids[0]->kind != N_NONE || (pat->flags & (NF_REF | NF_MUT)) || ty->kind != TY_ADT)
        return false;
    const AdtDef *a = adt_def(L->q, ty->def);
    if (!a->is_enum)
        return false;
    for (uint32_t i = 0; i < a->nvariants; i++)
        if (a->variants[i].name == pat->sym && a->variants[i].ctor_kind == CTOR_UNIT) {
            *variant = i;
            return true;
        }
    return false;
}

static bool
variant_by_path(Lower *L, const Node *path, Ty *ty, uint32_t *variant)
{
    if (ty->kind != TY_ADT)
        return false;
    const AdtDef *a = adt_def(L->q, ty->def);
    if (!a->is_enum) {
        *variant = 0;
        return true;
    }
    Symbol last = 0;
    if (path->kind == N_PATH && path->nkids)
        last = path->kids[path->nkids - 1]->sym;
    for (uint32_t i = 0; i < a->nvariants; i++)
        if (a->variants[i].name == last) {
            *variant = i;
            return true;
        }
    return false;
}

/* Continue in a fresh block when `cond` holds, else go to `fail`. */
static void
test_bool(Lower *L, Operand cond, uint32_t fail, const Node *at)
{
    uint32_t ok = new_block(L);
    cond_branch(L, cond, ok, fail, at);
    L->bb = ok;
}

static void
test_cmp(Lower *L, BinOp op, Operand a, Operand b, uint32_t fail, const Node *at)
{
    uint32_t c = new_local(L, ty_bool(), 0, false);
    Rvalue rv;
    memset(&rv, 0, sizeof rv);
    rv.kind = RV_BIN;
    rv.op = (uint8_t)op;
    rv.a = a;
    rv.b = b;
    assign(L, local_place(c), rv, at);
    test_bool(L, use_place(local_place(c), ty_bool()), fail, at);
}

static void
test_variant(Lower *L, Place p, uint32_t variant, uint32_t fail, const Node *at)
{
    uint32_t d = new_local(L, ty_int(IK_U32), 0, false);
    Rvalue rv;
    memset(&rv, 0, sizeof rv);
    rv.kind = RV_DISCR;
    rv.place = p;
    assign(L, local_place(d), rv, at);
    test_cmp(L, BIN_EQ, use_place(local_place(d), ty_int(IK_U32)),
             const_int(ty_int(IK_U32), variant, 0), fail, at);
}

static Operand
pat_const(Lower *L, const Node *e, Ty *ty)
{
    e = unparen(e);
    if (e->kind == N_LIT)
        return lit_operand(L, e, ty, false);
    if (e->kind == N_UNARY && e->op == TK_MINUS && unparen(e->kids[0])->kind == N_LIT)
        return lit_operand(L, unparen(e->kids[0]), ty, true);
    if (e->kind == N_PATH_EXPR) {
        const MethodPick *pk = typeck_method_pick(L->tr, e);
        uint32_t tmp = new_local(L, ty, 0, false);
        if (pk && const_into(L, e, pk->method, local_place(tmp)))
            return use_place(local_place(tmp), ty);
    }
    if (e->kind == N_PATH_EXPR || e->kind == N_PATH || e->kind == N_PAT_PATH) {
        const Node *p = e->kind == N_PATH ? e : e->kids[0];
        if (p->kind == N_PATH) {
            PathCx pc = {L->q, def_module(L->t, L->def), DEF_NONE, FP_ZERO, 0, true};
            uint32_t stopped;
            Res r = resolve_path(&pc, p, p->nkids, NS_VALUE, &stopped);
            uint32_t tmp = new_local(L, ty, 0, false);
            if (r.kind == RES_DEF && stopped == p->nkids &&
                const_into(L, e, r.def, local_place(tmp)))
                return use_place(local_place(tmp), ty);
            if (r.kind == RES_PRIM && stopped + 1 == p->nkids) {
                /* `i32::MIN`: a constant of one of the primitive's inherent impls */
                const Impls *im = impls(L->q);
                for (uint32_t k = 0; k < im->n; k++) {
                    const ImplInfo *ii = &im->v[k];
                    if (ii->trait != DEF_NONE || ii->simp != SIMP_PRIM ||
                        ii->simp_sub != (uint16_t)(r.prim << 8 | r.sub))
                        continue;
                    const AssocItems *ai = assoc_items(L->q, ii->impl);
                    for (uint32_t i = 0; i < ai->n; i++)
                        if (ai->v[i].name == p->kids[stopped]->sym &&
                            ai->v[i].kind == DK_ASSOC_CONST &&
                            const_into(L, e, ai->v[i].def, local_place(tmp)))
                            return use_place(local_place(tmp), ty);
                }
            }
        }
    }
    unsupported(L, e, "this pattern bound");
    return const_unit();
}

/* Tests `pat` against the place; on success the current block continues (bindings not made). */
static void
test_pat(Lower *L, const Node *pat, Place p, Ty *ty, uint32_t fail)
{
    bool structural = pat->kind != N_PAT_IDENT && pat->kind != N_PAT_WILD &&
                      pat->kind != N_PAT_REF && pat->kind != N_PAT_OR && pat->kind != N_PAT_REST;
    uint32_t uv;
    if (pat->kind == N_PAT_IDENT && ty->kind == TY_REF && ident_variant(L, pat, ty->args[0], &uv))
        structural = true;
    while (structural && ty->kind == TY_REF) {
        p = project(L, p, PJ_DEREF, 0);
        ty = ty->args[0];
    }
    switch ((int)pat->kind) {
    case N_PAT_WILD:
    case N_PAT_REST:
        return;
    case N_PAT_IDENT:
        if (ident_variant(L, pat, ty, &uv)) {
            test_variant(L, p, uv, fail, pat);
            return;
        }
        if (pat->kids[0]->kind != N_NONE)
            test_pat(L, pat->kids[0], p, ty, fail);
        return;
    case N_PAT_LIT:
        if (!is_scalar(ty) && ty->kind != TY_STR) {
            unsupported(L, pat, "this literal pattern (only numbers, bool, char and str yet)");
            return;
        }
        test_cmp(L, BIN_EQ, use_place(p, ty), pat_const(L, pat->kids[0], ty), fail, pat);
        return;
    case N_PAT_RANGE:
        if (!is_scalar(ty)) {
            unsupported(L, pat, "this range pattern");
            return;
        }
        if (pat->kids[0]->kind != N_NONE)
            test_cmp(L, BIN_GE, use_place(p, ty), pat_const(L, pat->kids[0], ty), fail, pat);
        if (pat->kids[1]->kind != N_NONE)
            test_cmp(L, (pat->flags & NF_INCLUSIVE) ? BIN_LE : BIN_LT, use_place(p, ty),
                     pat_const(L, pat->kids[1], ty), fail, pat);
        return;
    case N_PAT_TUPLE:
        if (ty->kind != TY_TUPLE) {
            unsupported(L, pat, "this pattern");
            return;
        }
        for (uint32_t i = 0, f = 0; i < pat->nkids; i++) {
            if (pat->kids[i]->kind == N_PAT_REST) {
                f = ty->n - (pat->nkids - 1 - i);
                continue;
            }
            if (f < ty->n)
                test_pat(L, pat->kids[i], project(L, p, PJ_FIELD, f), ty->args[f], fail);
            f++;
        }
        return;
    case N_PAT_TUPLE_STRUCT:
    case N_PAT_STRUCT:
    case N_PAT_PATH: {
        uint32_t variant;
        const Node *path = pat->kids[0];
        if (pat->kind == N_PAT_PATH && ty->kind != TY_ADT) {
            test_cmp(L, BIN_EQ, use_place(p, ty), pat_const(L, path, ty), fail, pat);
            return;
        }
        if (!variant_by_path(L, path, ty, &variant)) {
            unsupported(L, pat, "this pattern");
            return;
        }
        const AdtDef *a = adt_def(L->q, ty->def);
        Place vp = p;
        if (a->is_enum) {
            test_variant(L, p, variant, fail, pat);
            vp = project(L, p, PJ_DOWNCAST, variant);
        }
        const VariantDef *v = &a->variants[variant];
        if (pat->kind == N_PAT_TUPLE_STRUCT) {
            for (uint32_t i = 1, f = 0; i < pat->nkids; i++) {
                if (pat->kids[i]->kind == N_PAT_REST) {
                    f = v->nfields - (pat->nkids - 1 - i);
                    continue;
                }
                if (f < v->nfields)
                    test_pat(L, pat->kids[i], project(L, vp, PJ_FIELD, f),
                             field_ty(L, ty, variant, f), fail);
                f++;
            }
        } else if (pat->kind == N_PAT_STRUCT) {
            for (uint32_t i = 1; i < pat->nkids; i++) {
                const Node *fp = pat->kids[i];
                if (fp->kind != N_PAT_FIELD)
                    continue;
                uint32_t f = field_index(L, fp, ty, fp->sym, variant);
                test_pat(L, fp->kids[0], project(L, vp, PJ_FIELD, f), field_ty(L, ty, variant, f),
                         fail);
            }
        }
        return;
    }
    case N_PAT_REF:
        if (ty->kind != TY_REF) {
            unsupported(L, pat, "this pattern");
            return;
        }
        test_pat(L, pat->kids[0], project(L, p, PJ_DEREF, 0), ty->args[0], fail);
        return;
    case N_PAT_OR: {
        /* alternatives without bindings: each tried in turn */
        uint32_t ok = new_block(L);
        for (uint32_t i = 0; i < pat->nkids; i++) {
            uint32_t next = i + 1 < pat->nkids ? new_block(L) : fail;
            test_pat(L, pat->kids[i], p, ty, next);
            goto_block(L, ok);
            L->bb = next;
            if (i + 1 == pat->nkids)
                break;
        }
        L->bb = ok;
        return;
    }
    default:
        unsupported(L, pat, "this pattern");
        return;
    }
}

/* Makes the bindings of a pattern that matched the place. */
static void
bind_refutable(Lower *L, const Node *pat, Place p, Ty *ty)
{
    bool structural = pat->kind != N_PAT_IDENT && pat->kind != N_PAT_WILD &&
                      pat->kind != N_PAT_REF && pat->kind != N_PAT_OR && pat->kind != N_PAT_REST;
    while (structural && ty->kind == TY_REF) {
        p = project(L, p, PJ_DEREF, 0);
        ty = ty->args[0];
    }
    uint32_t uv;
    switch ((int)pat->kind) {
    case N_PAT_IDENT: {
        Ty *inner = ty->kind == TY_REF ? ty->args[0] : ty;
        if (ident_variant(L, pat, ty, &uv) || ident_variant(L, pat, inner, &uv))
            return;
        if (pat->kids[0]->kind != N_NONE)
            bind_refutable(L, pat->kids[0], p, ty);
        Ty *bt = typeck_node_type(L->tr, pat);
        if (!bt)
            bt = ty;
        uint32_t x = UINT32_MAX;
        for (uint32_t i = L->prebind.len; i-- > 0;)
            if (L->prebind.data[i].name == pat->sym) {
                x = L->prebind.data[i].local;
                bt = L->locals.data[x].ty;
                break;
            }
        if (x == UINT32_MAX)
            x = new_local(L, bt, pat->sym, (pat->flags & NF_MUT) != 0);
        if (bt == ty) {
            assign(L, local_place(x), rv_use(use_place(p, ty)), pat);
        } else if (bt->kind == TY_REF && bt->args[0] == ty) {
            Rvalue rv;
            memset(&rv, 0, sizeof rv);
            rv.kind = RV_REF;
            rv.mut = bt->sub != 0;
            rv.place = p;
            assign(L, local_place(x), rv, pat);
        } else {
            unsupported(L, pat, "this binding");
        }
        declare(L, pat->sym, x);
        return;
    }
    case N_PAT_TUPLE:
        if (ty->kind != TY_TUPLE)
            return;
        for (uint32_t i = 0, f = 0; i < pat->nkids; i++) {
            if (pat->kids[i]->kind == N_PAT_REST) {
                f = ty->n - (pat->nkids - 1 - i);
                continue;
            }
            if (f < ty->n)
                bind_refutable(L, pat->kids[i], project(L, p, PJ_FIELD, f), ty->args[f]);
            f++;
        }
        return;
    case N_PAT_TUPLE_STRUCT:
    case N_PAT_STRUCT: {
        uint32_t variant;
        if (!variant_by_path(L, pat->kids[0], ty, &variant))
            return;
        const AdtDef *a = adt_def(L->q, ty->def);
        Place vp = a->is_enum ? project(L, p, PJ_DOWNCAST, variant) : p;
        const VariantDef *v = &a->variants[variant];
        if (pat->kind == N_PAT_TUPLE_STRUCT) {
            for (uint32_t i = 1, f = 0; i < pat->nkids; i++) {
                if (pat->kids[i]->kind == N_PAT_REST) {
                    f = v->nfields - (pat->nkids - 1 - i);
                    continue;
                }
                if (f < v->nfields)
                    bind_refutable(L, pat->kids[i], project(L, vp, PJ_FIELD, f),
                                   field_ty(L, ty, variant, f));
                f++;
            }
        } else {
            for (uint32_t i = 1; i < pat->nkids; i++) {
                const Node *fp = pat->kids[i];
                if (fp->kind != N_PAT_FIELD)
                    continue;
                uint32_t f = field_index(L, fp, ty, fp->sym, variant);
                bind_refutable(L, fp->kids[0], project(L, vp, PJ_FIELD, f),
                               field_ty(L, ty, variant, f));
            }
        }
        return;
    }
    case N_PAT_REF:
        if (ty->kind == TY_REF)
            bind_refutable(L, pat->kids[0], project(L, p, PJ_DEREF, 0), ty->args[0]);
        return;
    case N_PAT_OR:
        for (uint32_t i = 0; i < pat->nkids; i++)
            if (pat_has_bindings(L, pat->kids[i], ty)) {
                unsupported(L, pat, "bindings in an or-pattern");
                return;
            }
        return;
    default:
        return;
    }
}

static bool
pat_has_bindings(Lower *L, const Node *pat, Ty *ty)
{
    uint32_t uv;
    if (pat->kind == N_PAT_IDENT)
        return !ident_variant(L, pat, ty, &uv) &&
               !(ty->kind == TY_REF && ident_variant(L, pat, ty->args[0], &uv));
    for (uint32_t i = 0; i < pat->nkids; i++)
        if (pat->kids[i]->kind != N_PATH && pat_has_bindings(L, pat->kids[i], ty_error()))
            return true;
    return false;
}

/* The bindings of a pattern, in order (identifiers that are not unit variants). */
typedef VEC(const Node *) NodeList;

static void
collect_bindings(Lower *L, const Node *pat, NodeList *out)
{
    if (pat->kind == N_PAT_IDENT) {
        vec_push(out, pat);
        if (pat->kids[0]->kind != N_NONE)
            collect_bindings(L, pat->kids[0], out);
        return;
    }
    if (pat->kind == N_PAT_OR) {
        if (pat->nkids)
            collect_bindings(L, pat->kids[0], out);
        return;
    }
    for (uint32_t i = 0; i < pat->nkids; i++)
        if (pat->kids[i]->kind != N_PATH)
            collect_bindings(L, pat->kids[i], out);
}

/* An arm `A(x) | B(x) [if g] => body`: each alternative is tested in turn, binds into the
 * same variables and checks the guard; the body is lowered once. */
static void
or_arm(Lower *L, const Node *arm, Place sp, Ty *st, uint32_t next, Place dest, uint32_t join)
{
    const Node *pat = arm->kids[0];
    NodeList first = {0};
    collect_bindings(L, pat->kids[0], &first);
    /* the shared variables (unit variants among the identifiers bind nothing: skipped) */
    uint32_t base = L->prebind.len;
    for (uint32_t i = 0; i < first.len; i++) {
        const Node *b = first.data[i];
        Ty *bt = typeck_node_type(L->tr, b);
        uint32_t uv;
        if (!bt || ident_variant(L, b, st, &uv))
            continue;
        Var v = {b->sym, new_local(L, bt, b->sym, (b->flags & NF_MUT) != 0)};
        vec_push(&L->prebind, v);
    }
    vec_free(&first);
    uint32_t body = new_block(L);
    for (uint32_t a = 0; a < pat->nkids; a++) {
        uint32_t fail = a + 1 < pat->nkids ? new_block(L) : next;
        uint32_t saved = L->vars.len;
        test_pat(L, pat->kids[a], sp, st, fail);
        bind_refutable(L, pat->kids[a], sp, st);
        if (arm->kids[1]->kind != N_NONE)
            test_bool(L, operand(L, arm->kids[1]), fail, arm->kids[1]);
        goto_block(L, body);
        L->vars.len = saved;
        L->bb = fail;
        if (a + 1 == pat->nkids)
            break;
    }
    L->bb = body;
    for (uint32_t i = base; i < L->prebind.len; i++)
        declare(L, L->prebind.data[i].name, L->prebind.data[i].local);
    L->prebind.len = base;
    into(L, arm->kids[2], dest);
    goto_block(L, join);
}

static void
match_into(Lower *L, const Node *e, Place dest)
{
    Ty *st;
    Place sp = place_of(L, e->kids[0], &st);
    uint32_t join = new_block(L);
    for (uint32_t i = 1; i < e->nkids; i++) {
        const Node *arm = e->kids[i];
        uint32_t next = new_block(L);
        uint32_t saved = L->vars.len;
        if (arm->kids[0]->kind == N_PAT_OR && pat_has_bindings(L, arm->kids[0], st)) {
            or_arm(L, arm, sp, st, next, dest, join);
            L->vars.len = saved;
            L->bb = next;
            continue;
        }
        test_pat(L, arm->kids[0], sp, st, next);
        bind_refutable(L, arm->kids[0], sp, st);
        if (arm->kids[1]->kind != N_NONE) {
            Operand g = operand(L, arm->kids[1]);
            test_bool(L, g, next, arm->kids[1]);
        }
        into(L, arm->kids[2], dest);
        goto_block(L, join);
        L->vars.len = saved;
        L->bb = next;
    }
    Term t;
    memset(&t, 0, sizeof t);
    t.kind = T_UNREACHABLE;
    terminate(L, t);
    L->bb = join;
}

/* `if let P = e { a } else { b }` */
static void
if_let_into(Lower *L, const Node *e, Place dest)
{
    const Node *cond = e->kids[0];
    Ty *st;
    Place sp = place_of(L, cond->kids[1], &st);
    uint32_t else_bb = new_block(L), join = new_block(L);
    uint32_t saved = L->vars.len;
    test_pat(L, cond->kids[0], sp, st, else_bb);
    bind_refutable(L, cond->kids[0], sp, st);
    block_into(L, e->kids[1], dest);
    goto_block(L, join);
    L->vars.len = saved;
    L->bb = else_bb;
    if (e->kids[2]->kind == N_NONE)
        assign(L, dest, rv_use(const_unit()), e);
    else
        into(L, e->kids[2], dest);
    goto_block(L, join);
    L->bb = join;
}

static void
while_let_into(Lower *L, const Node *e, Place dest)
{
    const Node *cond = e->kids[0];
    uint32_t head = new_block(L), exit = new_block(L);
    goto_block(L, head);
    L->bb = head;
    Ty *st;
    Place sp = place_of(L, cond->kids[1], &st);
    uint32_t saved = L->vars.len;
    test_pat(L, cond->kids[0], sp, st, exit);
    bind_refutable(L, cond->kids[0], sp, st);
    LoopCx lc = {e->sym, exit, head, false, {0, 0, NULL}};
    vec_push(&L->loops, lc);
    loop_body(L, e->kids[1]);
    goto_block(L, head);
    L->loops.len--;
    L->vars.len = saved;
    L->bb = exit;
    assign(L, dest, rv_use(const_unit()), e);
}

/* ---- blocks ------------------------------------------------------------------------------------ */

static void
block_into(Lower *L, const Node *b, Place dest)
{
    if (b->kind != N_BLOCK) {
        into(L, b, dest);
        return;
    }
    if (b->sym) {
        unsupported(L, b, "a labeled block");
        return;
    }
    uint32_t saved_vars = L->vars.len;
    bool tail = false;
    for (uint32_t i = 0; i < b->nkids; i++) {
        const Node *s = b->kids[i];
        switch ((int)s->kind) {
        case N_LET:
            let_stmt(L, s);
            break;
        case N_EXPR_STMT:
            if (i + 1 == b->nkids && !(s->flags & NF_SEMI)) {
                into(L, s->kids[0], dest);
                tail = true;
            } else {
                Ty *t = typeck_node_type(L->tr, s->kids[0]);
                uint32_t tmp = new_local(L, t ? t : ty_unit(), 0, false);
                into(L, s->kids[0], local_place(tmp));
            }
            break;
        case N_ITEM_STMT:
        case N_EMPTY_STMT:
            break;
        default:
            unsupported(L, s, "this statement");
            break;
        }
    }
    if (!tail)
        assign(L, dest, rv_use(const_unit()), b);
    L->vars.len = saved_vars;
}

/* ---- the dispatcher ------------------------------------------------------------------------------ */

static void
into(Lower *L, const Node *e, Place dest)
{
    if (dest.nproj == 0 && dest.local < L->locals.len && L->locals.data[dest.local].ty->kind == TY_FNPTR) {
        /* a fn item or closure into a fn pointer place (a typed let, a match arm, the return) */
        Ty *et = ty_of(L, e);
        if (et->kind == TY_FNDEF || et->kind == TY_CLOSURE) {
            Operand o = operand(L, e);
            assign(L, dest, rv_use(coerce(L, o, et, L->locals.data[dest.local].ty, e)), e);
            return;
        }
    }
    switch ((int)e->kind) {
    case N_PAREN:
        into(L, e->kids[0], dest);
        return;
    case N_LIT:
    case N_UNARY:
        if (e->kind == N_LIT ||
            (e->op == TK_MINUS && unparen(e->kids[0])->kind == N_LIT &&
             ty_of(L, e)->kind != TY_INT) ||
            (e->op == TK_MINUS && unparen(e->kids[0])->kind == N_LIT && ty_of(L, e)->kind == TY_INT &&
             int_kind_signed((IntKind)ty_of(L, e)->sub))) {
            assign(L, dest, rv_use(operand(L, e)), e);
            return;
        }
        unary_into(L, e, dest);
        return;
    case N_PATH_EXPR:
        path_into(L, e, dest);
        return;
    case N_ADDR_OF: {
        Ty *t;
        Place p = place_of(L, e->kids[0], &t);
        Rvalue rv;
        memset(&rv, 0, sizeof rv);
        rv.kind = RV_REF;
        rv.mut = (e->flags & NF_MUT) != 0;
        rv.place = p;
        assign(L, dest, rv, e);
        return;
    }
    case N_BINARY:
        binary_into(L, e, dest);
        return;
    case N_ASSIGN: {
        const Node *lhs = unparen(e->kids[0]);
        if (lhs->kind == N_UNDERSCORE_EXPR || lhs->kind == N_TUPLE) {
            unsupported(L, e, "destructuring assignment");
            return;
        }
        Ty *vt = ty_of(L, e->kids[1]);
        uint32_t tmp = new_local(L, vt, 0, false);
        into(L, e->kids[1], local_place(tmp));
        Ty *lt;
        Place p = place_of(L, lhs, &lt);
        assign(L, p, rv_use(use_place(local_place(tmp), vt)), e);
        assign(L, dest, rv_use(const_unit()), e);
        return;
    }
    case N_ASSIGN_OP:
        assign_op(L, e);
        assign(L, dest, rv_use(const_unit()), e);
        return;
    case N_CAST:
        cast_into(L, e, dest);
        return;
    case N_CALL:
        call_expr(L, e, dest);
        return;
    case N_METHOD_CALL:
        method_call(L, e, dest);
        return;
    case N_FIELD_EXPR:
    case N_INDEX: {
        Ty *t;
        Place p = place_of(L, e, &t);
        assign(L, dest, rv_use(use_place(p, t)), e);
        return;
    }
    case N_TUPLE:
        if (e->nkids == 0) {
            assign(L, dest, rv_use(const_unit()), e);
            return;
        }
        aggregate_into(L, e, dest, RV_TUPLE);
        return;
    case N_ARRAY:
        aggregate_into(L, e, dest, RV_ARRAY);
        return;
    case N_ARRAY_REPEAT: {
        Ty *t = ty_of(L, e);
        if (t->kind != TY_ARRAY || t->idx == UINT64_MAX) {
            unsupported(L, e, "this array");
            return;
        }
        Rvalue rv;
        memset(&rv, 0, sizeof rv);
        rv.kind = RV_REPEAT;
        rv.a = operand(L, e->kids[0]);
        rv.ty = t->args[0];
        rv.count = t->idx;
        assign(L, dest, rv, e);
        return;
    }
    case N_STRUCT_LIT:
        struct_lit(L, e, dest);
        return;
    case N_BLOCK:
        block_into(L, e, dest);
        return;
    case N_IF:
        if_into(L, e, dest);
        return;
    case N_WHILE:
        while_into(L, e, dest);
        return;
    case N_LOOP:
        loop_into(L, e, dest);
        return;
    case N_FOR:
        for_into(L, e, dest);
        return;
    case N_BREAK:
        break_expr(L, e);
        return;
    case N_CONTINUE: {
        LoopCx *lc = find_loop(L, e->sym);
        if (!lc) {
            unsupported(L, e, "this `continue`");
            return;
        }
        goto_block(L, lc->cont);
        diverged(L);
        return;
    }
    case N_RETURN:
        return_expr(L, e);
        return;
    case N_MACRO_CALL: {
        const char *m = sym_str(e->sym);
        if (!strcmp(m, "println") || !strcmp(m, "print") || !strcmp(m, "eprintln") ||
            !strcmp(m, "eprint")) {
            print_macro(L, e, m[0] == 'e' ? 2 : 1, m[strlen(m) - 2] == 'l');
            assign(L, dest, rv_use(const_unit()), e);
            return;
        }
        if (!strcmp(m, "panic") || !strcmp(m, "unreachable") || !strcmp(m, "todo")) {
            panic_macro(L, e);
            return;
        }
        if (!strcmp(m, "vec")) {
            vec_macro(L, e, dest);
            return;
        }
        if (!strcmp(m, "format")) {
            format_into(L, e, dest);
            return;
        }
        if (!strcmp(m, "matches") && e->nkids == 3) {
            /* matches!(e, pat [if guard]): the pattern test, true or false */
            Ty *st;
            Place sp = place_of(L, e->kids[0], &st);
            uint32_t no = new_block(L), join = new_block(L);
            uint32_t saved = L->vars.len;
            test_pat(L, e->kids[1], sp, st, no);
            bind_refutable(L, e->kids[1], sp, st);
            if (e->kids[2]->kind != N_NONE)
                test_bool(L, operand(L, e->kids[2]), no, e->kids[2]);
            assign(L, dest, rv_use(const_bool(true)), e);
            goto_block(L, join);
            L->vars.len = saved;
            L->bb = no;
            assign(L, dest, rv_use(const_bool(false)), e);
            goto_block(L, join);
            L->bb = join;
            return;
        }
        if (!strcmp(m, "write") || !strcmp(m, "writeln")) {
            write_into(L, e, dest, m[5] == 'l');
            return;
        }
        if (!strcmp(m, "assert") || !strcmp(m, "assert_eq") || !strcmp(m, "assert_ne")) {
            assert_macro(L, e);
            assign(L, dest, rv_use(const_unit()), e);
            return;
        }
        char what[96];
        snprintf(what, sizeof what, "the `%s!` macro in compiled code", m);
        unsupported(L, e, what);
        return;
    }
    case N_MATCH:
        match_into(L, e, dest);
        return;
    case N_CLOSURE:
        closure_into(L, e, dest);
        return;
    case N_ASYNC_BLOCK:
        /* a future that is never polled (no executor yet): nothing of it runs; capturing
         * has no effect of its own, so the value carries nothing */
        assign(L, dest, rv_use(const_unit()), e);
        return;
    case N_AWAIT:
        unsupported(L, e, "`.await` in compiled code");
        return;
    case N_TRY:
        try_into(L, e, dest);
        return;
    case N_RANGE: {
        /* a value of core's range struct: its fields by name */
        Ty *t = ty_of(L, e);
        const AdtDef *a = t->kind == TY_ADT ? adt_def(L->q, t->def) : NULL;
        if (!a || a->is_enum || a->nvariants != 1 || a->variants[0].nfields > 3) {
            unsupported(L, e, "this range in compiled code");
            return;
        }
        const VariantDef *v = &a->variants[0];
        Operand ops[3];
        for (uint32_t i = 0; i < v->nfields; i++) {
            const char *fn = sym_str(v->fields[i].name);
            if (!strcmp(fn, "start") && e->kids[0]->kind != N_NONE)
                ops[i] = operand(L, e->kids[0]);
            else if (!strcmp(fn, "end") && e->kids[1]->kind != N_NONE)
                ops[i] = operand(L, e->kids[1]);
            else if (!strcmp(fn, "exhausted"))
                ops[i] = const_bool(false);
            else {
                unsupported(L, e, "this range in compiled code");
                return;
            }
        }
        adt_into(L, e, t, 0, ops, v->nfields, dest);
        return;
    }
    default:
        unsupported(L, e, "this expression in compiled code");
        return;
    }
}

/* `e?` on an Option or a Result: the value, or an early return of None / Err(e). */
static void
try_into(Lower *L, const Node *e, Place dest)
{
    Ty *st;
    Place sp = place_of(L, e->kids[0], &st);
    Ty *rt = L->locals.data[0].ty;
    DefId opt = L->li->items[LANG_OPTION], res = L->li->items[LANG_RESULT];
    if (st->kind != TY_ADT || (st->def != opt && st->def != res) || rt->kind != TY_ADT ||
        rt->def != st->def) {
        unsupported(L, e, "this use of the `?` operator");
        return;
    }
    const AdtDef *a = adt_def(L->q, st->def);
    uint32_t ok = 0, bad = 1;
    for (uint32_t i = 0; i < a->nvariants; i++) {
        const char *n = sym_str(a->variants[i].name);
        if (!strcmp(n, "Some") || !strcmp(n, "Ok"))
            ok = i;
        else
            bad = i;
    }
    if (st->def == res && (st->n < 2 || rt->n < 2 || st->args[1] != rt->args[1])) {
        unsupported(L, e, "`?` converting between error types (`From`)");
        return;
    }
    uint32_t early = new_block(L);
    test_variant(L, sp, ok, early, e);
    Ty *vt = field_ty(L, st, ok, 0);
    assign(L, dest, rv_use(use_place(project(L, project(L, sp, PJ_DOWNCAST, ok), PJ_FIELD, 0), vt)), e);
    uint32_t cont = L->bb;
    L->bb = early;
    if (st->def == res) {
        Ty *et = field_ty(L, st, bad, 0);
        Operand err = use_place(project(L, project(L, sp, PJ_DOWNCAST, bad), PJ_FIELD, 0), et);
        adt_into(L, e, rt, bad, &err, 1, local_place(0));
    } else {
        adt_into(L, e, rt, bad, NULL, 0, local_place(0));
    }
    Term t;
    memset(&t, 0, sizeof t);
    t.kind = T_RETURN;
    t.span = span_of(L, e);
    terminate(L, t);
    L->bb = cont;
}

/* ---- closures ---------------------------------------------------------------------------- */

static const ClosureInfo *
closure_info_of(Lower *L, DefId def)
{
    for (uint32_t i = 0; i < L->tr->nclosures; i++)
        if (L->tr->closures[i].def == def)
            return &L->tr->closures[i];
    return NULL;
}

/* A closure expression: its value holds its captures (the variables, or references to them). */
static void
closure_into(Lower *L, const Node *e, Place dest)
{
    DefId def = sess_def_of_node(L->q, e);
    const ClosureInfo *ci = def == DEF_NONE ? NULL : closure_info_of(L, def);
    Ty *t = ty_of(L, e);
    if (!ci || t->kind != TY_CLOSURE) {
        unsupported(L, e, "this closure");
        return;
    }
    Rvalue rv;
    memset(&rv, 0, sizeof rv);
    rv.kind = RV_CLOSURE;
    rv.ty = t;
    rv.nops = ci->ncaptures;
    rv.ops = ci->ncaptures ? arena_alloc(L->arena, ci->ncaptures * sizeof(Operand)) : NULL;
    for (uint32_t i = 0; i < ci->ncaptures; i++) {
        const Capture *c = &ci->captures[i];
        Ty *vt;
        Place vp;
        int64_t v = find_var(L, c->name);
        if (v >= 0) {
            vp = local_place((uint32_t)v);
            vt = L->locals.data[v].ty;
        } else {
            int64_t k = find_capture(L, c->name);
            if (k < 0) {
                unsupported(L, e, "this capture");
                return;
            }
            vp = capture_place(L, (uint32_t)k, &vt);
        }
        if (c->mode == CAPTURE_VALUE) {
            rv.ops[i] = use_place(vp, vt);
        } else {
            Ty *rt = ty_ref(vt, c->mode == CAPTURE_MUT_REF);
            uint32_t r = new_local(L, rt, 0, false);
            Rvalue rr;
            memset(&rr, 0, sizeof rr);
            rr.kind = RV_REF;
            rr.mut = c->mode == CAPTURE_MUT_REF;
            rr.place = vp;
            assign(L, local_place(r), rr, e);
            rv.ops[i] = use_place(local_place(r), rt);
        }
    }
    assign(L, dest, rv, e);
}

/* ---- formatting macros ------------------------------------------------------------------------ */

static FmtPiece
lit_piece(const char *s, size_t n)
{
    FmtPiece p;
    memset(&p, 0, sizeof p);
    p.kind = FMT_LIT;
    p.lit = sym_intern(s, n);
    return p;
}

static bool
printable(Ty *t)
{
    return t->kind == TY_INT || t->kind == TY_FLOAT || t->kind == TY_BOOL || t->kind == TY_CHAR ||
           t->kind == TY_STR;
}

/* Can the back end print it with `{:?}` itself (as derived and std's Debug impls print)? */
static bool
debuggable(Lower *L, Ty *t, uint32_t depth)
{
    if (depth > 32)
        return false;
    if (printable(t))
        return true;
    switch ((int)t->kind) {
    case TY_REF:
    case TY_ARRAY:
    case TY_SLICE:
        return debuggable(L, t->args[0], depth + 1);
    case TY_TUPLE:
        for (uint32_t i = 0; i < t->n; i++)
            if (!debuggable(L, t->args[i], depth + 1))
                return false;
        return true;
    case TY_ADT: {
        const LangItems *li = L->li;
        if (t->def == li->items[LANG_STRING])
            return true;
        if (t->def == li->items[LANG_VEC])
            return debuggable(L, t->args[0], depth + 1);
        const AdtDef *a = adt_def(L->q, t->def);
        if (!(a->derives & (1u << LANG_DEBUG)) && t->def != li->items[LANG_OPTION] &&
            t->def != li->items[LANG_RESULT])
            return false;
        for (uint32_t v = 0; v < a->nvariants; v++)
            for (uint32_t f = 0; f < a->variants[v].nfields; f++)
                if (!debuggable(L, ty_subst(a->variants[v].fields[f].ty, t->args, t->n), depth + 1))
                    return false;
        return true;
    }
    default:
        return false;
    }
}

static uint32_t
utf8_decode_at(const char *s, size_t *len)
{
    uint32_t c = utf8_first(s);
    *len = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    return c;
}

/* `[[fill]align][+][#][0][width][.precision][type]`; false for what is not handled. */
/* A width or precision given by an argument: `name$`, `N$`, or `*` (the next positional). */
typedef struct {
    char width[64], prec[64]; /* "" none; "*" for `.*`; else a name or a number */
} SpecArgs;

static bool
spec_ref(const char **sp, char *out, size_t n)
{
    const char *s = *sp, *st = s;
    while ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '_')
        s++;
    if (*s != '$' || s == st || (size_t)(s - st) >= n)
        return false;
    snprintf(out, n, "%.*s", (int)(s - st), st);
    *sp = s + 1;
    return true;
}

static bool
parse_spec(const char *s, FmtSpec *fs, uint8_t *kind, SpecArgs *sa)
{
    memset(sa, 0, sizeof *sa);
    memset(fs, 0, sizeof *fs);
    fs->fill = ' ';
    fs->width = fs->precision = -1;
    *kind = FMT_DISPLAY;
    size_t cl;
    if (*s) {
        uint32_t c = utf8_decode_at(s, &cl);
        char next = s[cl];
        if (next == '<' || next == '>' || next == '^') {
            fs->fill = c;
            fs->align = next == '<' ? 1 : next == '>' ? 2 : 3;
            s += cl + 1;
        } else if (*s == '<' || *s == '>' || *s == '^') {
            fs->align = *s == '<' ? 1 : *s == '>' ? 2 : 3;
            s++;
        }
    }
    if (*s == '+') {
        fs->plus = true;
        s++;
    }
    if (*s == '#') {
        fs->alt = true;
        s++;
    }
    if (*s == '0' && s[1] != '$') {
        fs->zero = true;
        s++;
    }
    if (spec_ref(&s, sa->width, sizeof sa->width)) {
        /* width from an argument */
    } else if (*s >= '0' && *s <= '9') {
        fs->width = 0;
        while (*s >= '0' && *s <= '9')
            fs->width = fs->width * 10 + (*s++ - '0');
    } else if (*s && *s != '.' && *s != '?' && *s != 'x' && *s != 'X' && *s != 'o' &&
               *s != 'b' && *s != 'e' && *s != 'E') {
        return false;
    }
    if (*s == '.') {
        s++;
        if (*s == '*') {
            snprintf(sa->prec, sizeof sa->prec, "*");
            s++;
        } else if (spec_ref(&s, sa->prec, sizeof sa->prec)) {
            /* precision from an argument */
        } else {
            if (!(*s >= '0' && *s <= '9'))
                return false;
            fs->precision = 0;
            while (*s >= '0' && *s <= '9')
                fs->precision = fs->precision * 10 + (*s++ - '0');
        }
    }
    if (!strcmp(s, ""))
        *kind = FMT_DISPLAY;
    else if (!strcmp(s, "?"))
        *kind = FMT_DEBUG;
    else if (!strcmp(s, "x"))
        *kind = FMT_LOWER_HEX;
    else if (!strcmp(s, "X"))
        *kind = FMT_UPPER_HEX;
    else if (!strcmp(s, "o"))
        *kind = FMT_OCTAL;
    else if (!strcmp(s, "b"))
        *kind = FMT_BINARY;
    else if (!strcmp(s, "e"))
        *kind = FMT_LOWER_EXP;
    else if (!strcmp(s, "E"))
        *kind = FMT_UPPER_EXP;
    else
        return false;
    return fs->width < 100000 && fs->precision < 100000;
}

/* Pieces of a format string and its arguments (`{}`, `{:?}`, `{0}`, `{name}`). */
static bool
format_pieces(Lower *L, const Node *fmt, const Node *const *args, uint32_t nargs,
              PieceVec *out)
{
    if (fmt->kind != N_LIT || fmt->op != TK_STR) {
        unsupported(L, fmt, "this format string");
        return false;
    }
    const char *s = sym_str(fmt->sym);
    size_t len = sym_len(fmt->sym);
    Buf lit = {0};
    uint32_t next = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if ((c == '{' || c == '}') && i + 1 < len && s[i + 1] == c) {
            buf_bytes(&lit, &c, 1);
            i++;
            continue;
        }
        if (c != '{') {
            buf_bytes(&lit, &c, 1);
            continue;
        }
        size_t j = i + 1;
        while (j < len && s[j] != '}')
            j++;
        char inner[128];
        size_t il = j - i - 1 < sizeof inner - 1 ? j - i - 1 : sizeof inner - 1;
        memcpy(inner, s + i + 1, il);
        inner[il] = 0;
        i = j;
        char *colon = strchr(inner, ':');
        const char *spec = colon ? colon + 1 : "";
        if (colon)
            *colon = 0;
        uint8_t kind;
        FmtSpec fs;
        SpecArgs sa;
        if (!parse_spec(spec, &fs, &kind, &sa)) {
            unsupported(L, fmt, "this format spec in compiled code (width or precision from an "
                                "argument, or this type letter)");
            buf_free(&lit);
            return false;
        }
        /* a width / precision from an argument (`.*` takes the next positional first) */
        Operand wop, pop;
        bool wdyn = false, pdyn = false;
        for (int which = 0; which < 2; which++) {
            const char *ref = which == 0 ? sa.width : sa.prec;
            if (!ref[0])
                continue;
            const Node *ra = NULL;
            if (!strcmp(ref, "*")) {
                uint32_t k = 0;
                for (uint32_t a = 0; a < nargs; a++)
                    if (args[a]->kind != N_ASSIGN && k++ == next) {
                        ra = args[a];
                        break;
                    }
                next++;
            } else if (ref[0] >= '0' && ref[0] <= '9') {
                uint32_t want = (uint32_t)strtoul(ref, NULL, 10), k = 0;
                for (uint32_t a = 0; a < nargs; a++)
                    if (args[a]->kind != N_ASSIGN && k++ == want) {
                        ra = args[a];
                        break;
                    }
            } else {
                Symbol nm = sym_cstr(ref);
                for (uint32_t a = 0; a < nargs; a++)
                    if (args[a]->kind == N_ASSIGN && args[a]->kids[0]->kind == N_PATH_EXPR &&
                        args[a]->kids[0]->kids[0]->nkids == 1 &&
                        args[a]->kids[0]->kids[0]->kids[0]->sym == nm)
                        ra = args[a]->kids[1];
                if (!ra) {
                    int64_t v = find_var(L, nm);
                    if (v < 0) {
                        unsupported(L, fmt, "this format argument");
                        buf_free(&lit);
                        return false;
                    }
                    Operand vo = use_place(local_place((uint32_t)v), L->locals.data[v].ty);
                    if (which == 0) {
                        wop = vo;
                        wdyn = true;
                    } else {
                        pop = vo;
                        pdyn = true;
                    }
                    continue;
                }
            }
            if (!ra) {
                unsupported(L, fmt, "this format argument");
                buf_free(&lit);
                return false;
            }
            if (which == 0) {
                wop = operand(L, ra);
                wdyn = true;
            } else {
                pop = operand(L, ra);
                pdyn = true;
            }
        }
        /* which argument */
        const Node *arg = NULL;
        Operand op;
        Ty *t = NULL;
        if (!inner[0]) {
            uint32_t k = 0;
            for (uint32_t a = 0; a < nargs; a++)
                if (args[a]->kind != N_ASSIGN && k++ == next) {
                    arg = args[a];
                    break;
                }
            next++;
        } else if (inner[0] >= '0' && inner[0] <= '9') {
            uint32_t want = (uint32_t)strtoul(inner, NULL, 10), k = 0;
            for (uint32_t a = 0; a < nargs; a++)
                if (args[a]->kind != N_ASSIGN && k++ == want) {
                    arg = args[a];
                    break;
                }
        } else {
            Symbol nm = sym_cstr(inner);
            for (uint32_t a = 0; a < nargs; a++)
                if (args[a]->kind == N_ASSIGN && args[a]->kids[0]->kind == N_PATH_EXPR &&
                    args[a]->kids[0]->kids[0]->nkids == 1 &&
                    args[a]->kids[0]->kids[0]->kids[0]->sym == nm)
                    arg = args[a]->kids[1];
            if (!arg) {
                int64_t v = find_var(L, nm);
                if (v < 0) {
                    unsupported(L, fmt, "this format argument");
                    buf_free(&lit);
                    return false;
                }
                t = L->locals.data[v].ty;
                op = use_place(local_place((uint32_t)v), t);
            }
        }
        if (arg) {
            t = ty_of(L, arg);
            op = operand(L, arg);
        }
        if (!t) {
            unsupported(L, fmt, "this format argument");
            buf_free(&lit);
            return false;
        }
        if (lit.len) {
            vec_push(out, lit_piece((const char *)lit.data, lit.len));
            lit.len = 0;
        }
        FmtPiece p;
        memset(&p, 0, sizeof p);
        p.kind = kind;
        p.spec = fs;
        p.arg = op;
        p.width_dyn = wdyn;
        p.prec_dyn = pdyn;
        if (wdyn)
            p.width_op = wop;
        if (pdyn)
            p.prec_op = pop;
        while (t->kind == TY_REF) {
            t = t->args[0];
            p.derefs++;
        }
        p.ty = t;
        if ((kind == FMT_LOWER_EXP || kind == FMT_UPPER_EXP) &&
            (t->kind != TY_FLOAT || fs.precision >= 0 || pdyn)) {
            unsupported(L, arg ? arg : fmt,
                        "`{:e}` of this type, or with a precision, in compiled code");
            buf_free(&lit);
            return false;
        }
        if (kind >= FMT_LOWER_HEX && kind <= FMT_BINARY && t->kind != TY_INT) {
            unsupported(L, arg ? arg : fmt, "this format type letter for this type");
            buf_free(&lit);
            return false;
        }
        bool is_string = t->kind == TY_ADT && t->def == L->li->items[LANG_STRING];
        bool plain = fs.fill == ' ' && !fs.align && !fs.plus && !fs.zero &&
                     fs.width < 0 && fs.precision < 0 && !wdyn && !pdyn &&
                     (!fs.alt || kind == FMT_DEBUG); /* `{:#?}`: pretty, no padding */
        bool plain_debug = kind == FMT_DEBUG && plain;
        /* other types (a user type's Display / Debug impl, a type parameter): decided per
         * instance by the back end */
        bool deferred = plain && (kind == FMT_DISPLAY || kind == FMT_DEBUG) &&
                        (t->kind == TY_ADT || t->kind == TY_PARAM || t->kind == TY_TUPLE ||
                         t->kind == TY_ARRAY || t->kind == TY_SLICE);
        /* a spec on a user type: its hand-written impl gets a Formatter with the spec (`f.pad`
         * pads, `write!` does not, as in std); a derived Debug with a spec is not done yet */
        if (!plain && !is_string && t->kind == TY_ADT && !(t->flags & TF_HAS_PARAMS) &&
            (kind == FMT_DISPLAY || kind == FMT_DEBUG))
            deferred = true;
        /* ... and a derived (or built-in) Debug with a spec: the spec goes to every number and
         * bool inside, as std's debug builders pass their Formatter on */
        if (!plain && kind == FMT_DEBUG && !(t->flags & TF_HAS_PARAMS) &&
            (t->kind == TY_TUPLE || t->kind == TY_ARRAY || t->kind == TY_SLICE))
            deferred = true;
        if (!printable(t) && !is_string && !(plain_debug && debuggable(L, t, 0)) && !deferred) {
            unsupported(L, arg ? arg : fmt,
                        "formatting a value of this type in compiled code (only numbers, bool, "
                        "char and str yet)");
            buf_free(&lit);
            return false;
        }
        vec_push(out, p);
    }
    if (lit.len)
        vec_push(out, lit_piece((const char *)lit.data, lit.len));
    buf_free(&lit);
    return true;
}

static void
print_macro(Lower *L, const Node *e, uint8_t stream, bool newline)
{
    PieceVec pieces = {0};
    bool ok = true;
    if (e->nkids)
        ok = format_pieces(L, e->kids[0], (const Node *const *)e->kids + 1, e->nkids - 1,
                           &pieces);
    if (ok && newline)
        vec_push(&pieces, lit_piece("\n", 1));
    Stmt s;
    memset(&s, 0, sizeof s);
    s.kind = ST_PRINT;
    s.span = span_of(L, e);
    s.stream = stream;
    s.npieces = pieces.len;
    s.pieces = pieces.len ? arena_dup(L->arena, pieces.data, pieces.len * sizeof(FmtPiece)) : NULL;
    if (ok)
        push_stmt(L, s);
    vec_free(&pieces);
}

/* format!(...): the text, as a String, into dest. */
static void
format_into(Lower *L, const Node *e, Place dest)
{
    PieceVec pieces = {0};
    bool ok = true;
    if (e->nkids)
        ok = format_pieces(L, e->kids[0], (const Node *const *)e->kids + 1, e->nkids - 1, &pieces);
    Stmt s;
    memset(&s, 0, sizeof s);
    s.kind = ST_PRINT;
    s.span = span_of(L, e);
    s.stream = 0;
    s.place = dest;
    s.npieces = pieces.len;
    s.pieces = pieces.len ? arena_dup(L->arena, pieces.data, pieces.len * sizeof(FmtPiece)) : NULL;
    if (ok)
        push_stmt(L, s);
    vec_free(&pieces);
}

static void
panic_with(Lower *L, const Node *at, FmtPiece *pieces, uint32_t n)
{
    Term t;
    memset(&t, 0, sizeof t);
    t.kind = T_PANIC;
    t.span = span_of(L, at);
    t.npieces = n;
    t.pieces = n ? arena_dup(L->arena, pieces, n * sizeof(FmtPiece)) : NULL;
    terminate(L, t);
    diverged(L);
}

static void
panic_macro(Lower *L, const Node *e)
{
    const char *m = sym_str(e->sym);
    PieceVec pieces = {0};
    if (!strcmp(m, "unreachable"))
        vec_push(&pieces, lit_piece("internal error: entered unreachable code", 40));
    else if (!strcmp(m, "todo"))
        vec_push(&pieces, lit_piece("not yet implemented", 19));
    if (e->nkids) {
        if (pieces.len)
            vec_push(&pieces, lit_piece(": ", 2));
        if (!format_pieces(L, e->kids[0], (const Node *const *)e->kids + 1, e->nkids - 1,
                           &pieces)) {
            vec_free(&pieces);
            return;
        }
    } else if (!pieces.len) {
        vec_push(&pieces, lit_piece("explicit panic", 14));
    }
    panic_with(L, e, pieces.data, pieces.len);
    vec_free(&pieces);
}

/* write!(f, ...) / writeln!: appended to the String of a Formatter (or a String); Ok(()). */
static void
write_into(Lower *L, const Node *e, Place dest, bool newline)
{
    if (e->nkids < 1) {
        unsupported(L, e, "this `write!`");
        return;
    }
    Ty *t;
    Place p = place_of(L, e->kids[0], &t);
    while (t->kind == TY_REF) {
        p = project(L, p, PJ_DEREF, 0);
        t = t->args[0];
    }
    if (t->kind == TY_ADT && t->def == L->li->items[LANG_FORMATTER]) {
        /* its first field: buf: &mut String */
        Ty *bt = field_ty(L, t, 0, 0);
        p = project(L, project(L, p, PJ_FIELD, 0), PJ_DEREF, 0);
        t = bt->kind == TY_REF ? bt->args[0] : bt;
    }
    if (!(t->kind == TY_ADT && t->def == L->li->items[LANG_STRING])) {
        unsupported(L, e, "`write!` to this type");
        return;
    }
    PieceVec pieces = {0};
    bool ok = e->nkids < 2 ||
              format_pieces(L, e->kids[1], (const Node *const *)e->kids + 2, e->nkids - 2, &pieces);
    if (ok && newline)
        vec_push(&pieces, lit_piece("\n", 1));
    if (ok) {
        Stmt s;
        memset(&s, 0, sizeof s);
        s.kind = ST_PRINT;
        s.span = span_of(L, e);
        s.stream = 3;
        s.place = p;
        s.npieces = pieces.len;
        s.pieces = pieces.len ? arena_dup(L->arena, pieces.data, pieces.len * sizeof(FmtPiece)) : NULL;
        push_stmt(L, s);
    }
    vec_free(&pieces);
    Ty *rt = ty_of(L, e);
    if (rt->kind == TY_ADT) {
        const AdtDef *a = adt_def(L->q, rt->def);
        for (uint32_t i = 0; i < a->nvariants; i++)
            if (a->variants[i].name == sym_cstr("Ok")) {
                Operand u = const_unit();
                adt_into(L, e, rt, i, &u, 1, dest);
            }
    }
}

/* assert_eq!(a, b[, fmt...]) / assert_ne!: rustc's message with both values' Debug. */
static void
assert_eq_macro(Lower *L, const Node *e, bool eq)
{
    if (e->nkids < 2)
        return;
    Ty *lt = ty_of(L, e->kids[0]), *rt = ty_of(L, e->kids[1]);
    Operand a = operand(L, e->kids[0]);
    Operand b = operand(L, e->kids[1]);
    uint32_t c = new_local(L, ty_bool(), 0, false);
    assign(L, local_place(c), binary_rv(L, e, eq ? BIN_EQ : BIN_NE, a, b, lt, rt), e);
    uint32_t ok = new_block(L), fail = new_block(L);
    cond_branch(L, use_place(local_place(c), ty_bool()), ok, fail, e);
    L->bb = fail;
    PieceVec pieces = {0};
    const char *head = eq ? "assertion `left == right` failed" : "assertion `left != right` failed";
    vec_push(&pieces, lit_piece(head, strlen(head)));
    if (e->nkids > 2) {
        vec_push(&pieces, lit_piece(": ", 2));
        if (!format_pieces(L, e->kids[2], (const Node *const *)e->kids + 3, e->nkids - 3, &pieces)) {
            vec_free(&pieces);
            return;
        }
    }
    FmtPiece pa, pb;
    memset(&pa, 0, sizeof pa);
    pa.kind = FMT_DEBUG;
    pa.spec.fill = ' ';
    pa.spec.width = pa.spec.precision = -1;
    pb = pa;
    pa.arg = a;
    pb.arg = b;
    pa.ty = lt;
    pb.ty = rt;
    while (pa.ty->kind == TY_REF) {
        pa.ty = pa.ty->args[0];
        pa.derefs++;
    }
    while (pb.ty->kind == TY_REF) {
        pb.ty = pb.ty->args[0];
        pb.derefs++;
    }
    vec_push(&pieces, lit_piece("\n  left: ", 9));
    vec_push(&pieces, pa);
    vec_push(&pieces, lit_piece("\n right: ", 9));
    vec_push(&pieces, pb);
    panic_with(L, e, pieces.data, pieces.len);
    vec_free(&pieces);
    L->bb = ok;
}

static void
assert_macro(Lower *L, const Node *e)
{
    const char *m = sym_str(e->sym);
    if (strcmp(m, "assert") != 0) {
        assert_eq_macro(L, e, !strcmp(m, "assert_eq"));
        return;
    }
    if (e->nkids < 1)
        return;
    Operand c = operand(L, e->kids[0]);
    uint32_t ok = new_block(L), fail = new_block(L);
    cond_branch(L, c, ok, fail, e);
    L->bb = fail;
    PieceVec pieces = {0};
    if (e->nkids > 1) {
        if (!format_pieces(L, e->kids[1], (const Node *const *)e->kids + 2, e->nkids - 2,
                           &pieces)) {
            vec_free(&pieces);
            return;
        }
    } else {
        /* rustc prints the condition as written */
        size_t len;
        const char *text = sess_file_text(L->q, L->file, &len);
        const Node *c0 = e->kids[0];
        Buf b = {0};
        buf_printf(&b, "assertion failed: ");
        if (c0->hi <= len)
            buf_bytes(&b, text + c0->lo, c0->hi - c0->lo);
        vec_push(&pieces, lit_piece((const char *)b.data, b.len));
        buf_free(&b);
    }
    panic_with(L, e, pieces.data, pieces.len);
    vec_free(&pieces);
    L->bb = ok;
}

/* ---- bodies -------------------------------------------------------------------------------- */

static Mir *
finish(Lower *L)
{
    Mir *m = arena_alloc(L->arena, sizeof *m);
    m->def = L->def;
    m->nlocals = L->locals.len;
    m->locals = arena_dup(L->arena, L->locals.data, L->locals.len * sizeof(MirLocal));
    m->nblocks = L->blocks.len;
    m->blocks = arena_alloc(L->arena, L->blocks.len * sizeof(Block));
    for (uint32_t i = 0; i < L->blocks.len; i++) {
        Block b = L->blocks.data[i];
        if (!b.terminated) {
            memset(&b.term, 0, sizeof b.term);
            b.term.kind = T_UNREACHABLE;
            b.terminated = true;
        }
        Stmt *s = b.nstmts ? arena_dup(L->arena, b.stmts, b.nstmts * sizeof(Stmt)) : NULL;
        xfree(b.stmts, b.cap * sizeof(Stmt));
        b.stmts = s;
        b.cap = b.nstmts;
        m->blocks[i] = b;
    }
    m->ok = !L->failed;
    vec_free(&L->locals);
    vec_free(&L->blocks);
    vec_free(&L->vars);
    vec_free(&L->loops);
    vec_free(&L->prebind);
    return m;
}

static Mir *
placeholder_mir(Lower *L, DefId def)
{
    (void)def;
    new_local(L, ty_unit(), 0, false);
    L->bb = new_block(L);
    Term t;
    memset(&t, 0, sizeof t);
    t.kind = T_UNREACHABLE;
    terminate(L, t);
    Mir *m = finish(L);
    m->placeholder = true;
    m->by_move = DEF_NONE;
    return m;
}

/* ---- by_move_body --------------------------------------------------------------------------- */

typedef struct {
    DefId synth;
} ByMove;

const void *
compute_by_move_body(QCtx *q, QKey key)
{
    DefTable *t = sess_defs(q);
    ByMove *b = arena_alloc(q_arena(q), sizeof *b);
    const Def *d = defs_get(t, (DefId)key);
    b->synth = (DefId)q_create_entity(q, d->hash, DPD_SYNTHETIC_BODY, NULL, 0);
    return b;
}

Fingerprint
hash_by_move_body(QCtx *q, const void *r)
{
    const ByMove *b = r;
    StableHasher *h = q_hasher(q);
    if (b->synth != DEF_NONE)
        hasher_fp(h, defs_get(sess_defs(q), b->synth)->hash);
    return hasher_finish(h);
}

DefId
by_move_body(QCtx *q, DefId async_closure)
{
    const ByMove *b = q_get(q, K_BY_MOVE_BODY, async_closure);
    return b ? b->synth : DEF_NONE;
}

/* A closure's body: _1 points at the closure value (its captures), then its parameters. */
static Mir *
closure_mir(Lower *L, DefId def)
{
    /* the closure's syntax is its item's: read through the item's syntax query, so that an
     * edit inside the closure (a literal, which typeck's fingerprint does not see) re-runs it */
    (void)owner_node(L->q, defs_get(L->t, def)->owner);
    sess_force_owner(L->q, defs_get(L->t, def)->owner); /* the closure's node, bound */
    /* ... and its spans (panic locations), which the syntax's shape leaves out */
    q_get(L->q, K_HIR_OWNER_NODES, defs_get(L->t, def)->owner);
    const Node *n = defs_get(L->t, def)->node;
    L->tr = typeck(L->q, def);
    if (L->tr->errors || !n) {
        L->failed = true;
        return finish(L);
    }
    const ClosureInfo *ci = closure_info_of(L, def);
    Ty *ct = typeck_node_type(L->tr, n);
    if (!ci || !ct || ct->kind != TY_CLOSURE) {
        unsupported(L, n, "this closure");
        return finish(L);
    }
    L->closure = ci;
    Ty *sig = ci->sig;
    uint32_t nin = sig->n - 1;
    new_local(L, sig->args[nin], 0, false);
    new_local(L, ty_ref(ct, false), 0, false);
    for (uint32_t i = 0; i < nin; i++)
        new_local(L, sig->args[i], 0, false);
    L->bb = new_block(L);
    const Node *ps = n->kids[0];
    for (uint32_t i = 0; i < ps->nkids && i < nin; i++) {
        const Node *pat = ps->kids[i]->kids[0];
        if (pat->kind == N_PAT_IDENT && pat->kids[0]->kind == N_NONE && !(pat->flags & NF_REF)) {
            L->locals.data[2 + i].name = pat->sym;
            L->locals.data[2 + i].mut = (pat->flags & NF_MUT) != 0;
            declare(L, pat->sym, 2 + i);
        } else {
            bind_pat(L, pat, local_place(2 + i), sig->args[i]);
        }
    }
    into(L, n->kids[2], local_place(0));
    Term t;
    memset(&t, 0, sizeof t);
    t.kind = T_RETURN;
    terminate(L, t);
    Mir *m = finish(L);
    m->nargs = nin + 1;
    return m;
}

const void *
compute_mir_built(QCtx *q, QKey key)
{
    DefId def = (DefId)key;
    Lower L;
    memset(&L, 0, sizeof L);
    L.q = q;
    L.t = sess_defs(q);
    L.def = def;
    L.arena = q_arena(q);
    L.li = lang_items(q);
    const Def *d = defs_get(L.t, def);
    L.file = defs_get(L.t, d->owner)->file;
    if (d->kind == DK_CLOSURE)
        return closure_mir(&L, def);
    if (d->kind == DK_ASYNC_CLOSURE || d->kind == DK_SYNTHETIC_BODY) {
        /* not run yet (no executor): a placeholder body; an async closure's MIR building
         * creates its by-move body, as rustc's does */
        Mir *m = placeholder_mir(&L, def);
        if (d->kind == DK_ASYNC_CLOSURE)
            m->by_move = by_move_body(q, def);
        return m;
    }
    if (d->kind == DK_CTOR) {
        /* a tuple struct's or variant's constructor used as a fn (`.map_err(E::Net)`): its
         * arguments into the variant */
        const FnSig *cs = fn_sig(q, def);
        DefId adt;
        uint32_t variant;
        if (!variant_of_ctor(&L, def, &adt, &variant)) {
            unsupported(&L, NULL, "MIR for this constructor");
            return finish(&L);
        }
        new_local(&L, cs->output, 0, false);
        Operand *ops = arena_alloc(L.arena, (cs->ninputs + 1) * sizeof(Operand));
        for (uint32_t i = 0; i < cs->ninputs; i++) {
            new_local(&L, cs->inputs[i], 0, false);
            ops[i] = use_place(local_place(1 + i), cs->inputs[i]);
        }
        L.bb = new_block(&L);
        adt_into(&L, NULL, cs->output, variant, ops, cs->ninputs, local_place(0));
        Term t;
        memset(&t, 0, sizeof t);
        t.kind = T_RETURN;
        terminate(&L, t);
        Mir *m = finish(&L);
        m->nargs = cs->ninputs;
        return m;
    }
    if (d->kind == DK_CONST || d->kind == DK_ASSOC_CONST) {
        /* a constant as a function of no arguments (a trait's constant through an impl) */
        const Node *cn = owner_node(q, def);
        const Node *init = cn && cn->nkids >= 2 ? cn->kids[cn->nkids - 1] : NULL;
        new_local(&L, type_of(q, def), 0, false);
        L.bb = new_block(&L);
        if (!init || init->kind == N_NONE) {
            unsupported(&L, cn, "a constant without a value as MIR");
            return finish(&L);
        }
        q_get(q, K_HIR_OWNER_NODES, d->owner != DEF_NONE ? d->owner : def);
        L.tr = typeck(q, def);
        if (L.tr->errors) {
            L.failed = true;
            return finish(&L);
        }
        into(&L, init, local_place(0));
        Term t;
        memset(&t, 0, sizeof t);
        t.kind = T_RETURN;
        terminate(&L, t);
        Mir *m = finish(&L);
        m->nargs = 0;
        return m;
    }
    if (d->kind != DK_FN && d->kind != DK_ASSOC_FN) {
        unsupported(&L, NULL, "MIR for this kind of item");
        return finish(&L);
    }
    const FnSig *sig = fn_sig(q, def);
    const Node *n = owner_node(q, def);
    sess_force_owner(q, def); /* the body, parsed */
    /* the MIR keeps spans (panic locations): they come from the item's syntax with spans */
    q_get(q, K_HIR_OWNER_NODES, d->owner != DEF_NONE ? d->owner : def);
    if (sig->is_async) {
        sema_error(q, def, n, "", "compiling an `async fn` is not supported by smelt yet");
        L.failed = true;
        return finish(&L);
    }
    if (!sig->has_body || !n || n->kids[4]->kind == N_NONE) {
        unsupported(&L, n, "a function without a body (an intrinsic) as MIR");
        return finish(&L);
    }
    L.tr = typeck(q, def);
    if (L.tr->errors) {
        L.failed = true;
        return finish(&L);
    }
    new_local(&L, sig->output, 0, false);
    const Node *ps = n->kids[1];
    /* arguments first (locals 1..n), then their patterns' bindings */
    for (uint32_t i = 0; i < sig->ninputs; i++)
        new_local(&L, sig->inputs[i], 0, false);
    L.bb = new_block(&L);
    for (uint32_t i = 0; i < ps->nkids && i < sig->ninputs; i++) {
        const Node *p = ps->kids[i];
        if (p->kind == N_SELF_PARAM) {
            L.locals.data[1 + i].name = sym_cstr("self");
            L.locals.data[1 + i].mut = (p->flags & NF_MUT) && !(p->flags & NF_REF);
            declare(&L, sym_cstr("self"), 1 + i);
            continue;
        }
        const Node *pat = p->kids[0];
        if (pat->kind == N_PAT_IDENT && pat->kids[0]->kind == N_NONE && !(pat->flags & NF_REF)) {
            L.locals.data[1 + i].name = pat->sym;
            L.locals.data[1 + i].mut = (pat->flags & NF_MUT) != 0;
            declare(&L, pat->sym, 1 + i);
        } else {
            bind_pat(&L, pat, local_place(1 + i), sig->inputs[i]);
        }
    }
    L.locals.data[0].ty = sig->output;
    block_into(&L, n->kids[4], local_place(0));
    Term t;
    memset(&t, 0, sizeof t);
    t.kind = T_RETURN;
    terminate(&L, t);
    Mir *m = finish(&L);
    m->nargs = sig->ninputs;
    return m;
}

const void *
compute_optimized_mir(QCtx *q, QKey key)
{
    const Mir *m = mir_built(q, (DefId)key);
    char why[256];
    if (m->ok && !mir_validate(m, why, sizeof why))
        bug("invalid MIR for %s: %s", defs_get(sess_defs(q), (DefId)key)->name
                                          ? sym_str(defs_get(sess_defs(q), (DefId)key)->name)
                                          : "?",
            why);
    return m;
}

const Mir *
mir_built(QCtx *q, DefId def)
{
    return q_get(q, K_MIR_BUILT, def);
}

const Mir *
optimized_mir(QCtx *q, DefId def)
{
    return q_get(q, K_OPTIMIZED_MIR, def);
}

/* ---- the MIR's fingerprint: every field, types by their stable hash, spans relative -------- */

typedef struct {
    StableHasher *h;
    DefTable *t;
    uint32_t base;
} MirHasher;

static void
hash_ty(MirHasher *mh, Ty *t)
{
    hasher_u8(mh->h, t != NULL);
    if (t)
        ty_hash(mh->h, mh->t, t);
}

static void
hash_place(MirHasher *mh, const Place *p)
{
    hasher_u32(mh->h, p->local);
    hasher_u32(mh->h, p->nproj);
    for (uint32_t i = 0; i < p->nproj; i++) {
        hasher_u8(mh->h, p->proj[i].kind);
        hasher_u32(mh->h, p->proj[i].idx);
    }
}

static void
hash_operand(MirHasher *mh, const Operand *o)
{
    hasher_u8(mh->h, o->kind);
    if (o->kind != OPND_CONST) {
        hash_place(mh, &o->place);
        return;
    }
    hasher_u8(mh->h, o->ckind);
    hash_ty(mh, o->ty);
    hasher_u64(mh->h, o->lo);
    hasher_u64(mh->h, o->hi);
    hasher_str(mh->h, o->sym ? sym_str(o->sym) : "");
    if (o->sym)
        hasher_u64(mh->h, sym_len(o->sym));
    if (o->ckind == CV_FN) {
        hasher_fp(mh->h, defs_get(mh->t, o->def)->hash);
        hasher_u32(mh->h, o->nargs);
        for (uint32_t i = 0; i < o->nargs; i++)
            hash_ty(mh, o->args[i]);
    }
}

static void
hash_pieces(MirHasher *mh, const FmtPiece *p, uint32_t n)
{
    hasher_u32(mh->h, n);
    for (uint32_t i = 0; i < n; i++) {
        hasher_u8(mh->h, p[i].kind);
        hasher_bytes(mh->h, &p[i].spec, sizeof p[i].spec);
        if (p[i].kind == FMT_LIT) {
            hasher_bytes(mh->h, sym_str(p[i].lit), sym_len(p[i].lit));
            continue;
        }
        hash_operand(mh, &p[i].arg);
        hash_ty(mh, p[i].ty);
        hasher_u32(mh->h, p[i].derefs);
        hasher_u8(mh->h, p[i].width_dyn);
        hasher_u8(mh->h, p[i].prec_dyn);
        if (p[i].width_dyn)
            hash_operand(mh, &p[i].width_op);
        if (p[i].prec_dyn)
            hash_operand(mh, &p[i].prec_op);
    }
}

static void
hash_span(MirHasher *mh, MirSpan s)
{
    hasher_u32(mh->h, s.lo >= mh->base ? s.lo - mh->base : 0);
}

Fingerprint
hash_mir(QCtx *q, const void *r)
{
    const Mir *m = r;
    MirHasher mh = {q_hasher(q), sess_defs(q), 0};
    const Def *d = defs_get(mh.t, m->def);
    const Node *on = d->owner != DEF_NONE ? defs_get(mh.t, d->owner)->node : NULL;
    mh.base = on ? on->lo : 0;
    StableHasher *h = mh.h;
    hasher_u8(h, m->ok);
    hasher_u8(h, m->placeholder);
    hasher_fp(h, m->by_move != DEF_NONE ? defs_get(mh.t, m->by_move)->hash : FP_ZERO);
    hasher_u32(h, m->nargs);
    hasher_u32(h, m->nlocals);
    for (uint32_t i = 0; i < m->nlocals; i++) {
        hash_ty(&mh, m->locals[i].ty);
        hasher_u8(h, m->locals[i].mut);
    }
    hasher_u32(h, m->nblocks);
    for (uint32_t b = 0; b < m->nblocks; b++) {
        const Block *bl = &m->blocks[b];
        hasher_u32(h, bl->nstmts);
        for (uint32_t i = 0; i < bl->nstmts; i++) {
            const Stmt *st = &bl->stmts[i];
            hasher_u8(h, st->kind);
            hash_span(&mh, st->span);
            hash_place(&mh, &st->place);
            const Rvalue *rv = &st->rv;
            hasher_u8(h, rv->kind);
            hasher_u8(h, rv->op);
            hasher_u8(h, rv->mut);
            hash_operand(&mh, &rv->a);
            hash_operand(&mh, &rv->b);
            hash_place(&mh, &rv->place);
            hash_ty(&mh, rv->ty);
            hash_ty(&mh, rv->src);
            hasher_u32(h, rv->variant);
            hasher_u64(h, rv->count);
            hasher_u32(h, rv->nops);
            for (uint32_t k = 0; k < rv->nops; k++)
                hash_operand(&mh, &rv->ops[k]);
            hash_operand(&mh, &st->idx);
            hasher_u64(h, st->len);
            hasher_u8(h, st->has_lenop);
            hash_operand(&mh, &st->lenop);
            hasher_u8(h, st->stream);
            hash_pieces(&mh, st->pieces, st->npieces);
        }
        const Term *t = &bl->term;
        hasher_u8(h, t->kind);
        hash_span(&mh, t->span);
        hasher_u32(h, t->target);
        hash_operand(&mh, &t->discr);
        hasher_u32(h, t->ncases);
        for (uint32_t i = 0; i < t->ncases; i++) {
            hasher_u64(h, t->values[i]);
            hasher_u32(h, t->targets[i]);
        }
        hasher_u32(h, t->otherwise);
        hash_operand(&mh, &t->func);
        hasher_u8(h, t->call_value);
        hash_ty(&mh, t->callee_ty);
        hasher_u32(h, t->nargs);
        for (uint32_t i = 0; i < t->nargs; i++)
            hash_operand(&mh, &t->args[i]);
        hash_place(&mh, &t->dest);
        hash_pieces(&mh, t->pieces, t->npieces);
    }
    return hasher_finish(h);
}
