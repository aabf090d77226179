/*
 * toy.c — the toy client: a cell language whose every step is a query.
 *
 * Queries (the whole client, as a table at the bottom of this file):
 *   source_text()   input: the file's bytes
 *   parse()         cells with expression trees; spans relative to each cell
 *   defs()          the definition table: cells and their {anon#N} sub-cells
 *   lookup(name)    name -> DefPathHash, a projection of defs()
 *   cell_expr(def)  one cell's expression (relative spans: stable under edits above it)
 *   value(def)      a cell's value (evaluates its {…} sub-cells inline, like
 *                   typeck checks a body's closures with it)
 *   anon_info(def)  a sub-cell's span; for a synthetic def, its parent's value
 *   lower(def)      lowers an `async` cell, creating c::{synthetic#0}
 *   report()        the output
 */
#include "toy.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define NONE UINT32_MAX

enum { K_SOURCE, K_PARSE, K_DEFS, K_LOOKUP, K_CELL_EXPR, K_VALUE, K_ANON_INFO, K_LOWER, K_REPORT,
       K_N };
/* def kinds (0 is "not a def" on disk) */
enum { DK_CELL = 1, DK_ANON, DK_SYNTH };
/* path namespaces (DefPathData) */
enum { SP_CELL = 1, SP_ANON, SP_SYNTH };

typedef enum { E_INT, E_REF, E_NEG, E_BIN, E_ANON, E_ENV } ExprKind;

typedef struct Expr {
    ExprKind kind;
    char op;
    int64_t v;
    Symbol name;
    uint32_t lo, hi;  /* relative to the cell's start */
    uint32_t anon;    /* E_ANON: disambiguator among its parent's sub-cells */
    struct Expr *a, *b;
} Expr;

typedef struct {
    Symbol name;
    bool is_async;
    Expr *e;
    uint32_t start, name_lo, name_hi; /* start is absolute; name_* relative */
} Cell;

typedef struct {
    Cell *cells;
    uint32_t n;
} Parsed;

typedef struct {
    Fingerprint hash;
    uint32_t parent; /* DefId, NONE for cells */
    uint8_t kind;
    uint32_t space, disambig;
    Symbol name;
    uint32_t cell; /* index of its cell in Parsed */
    const char *path;
} Def;

typedef struct {
    Def *defs;
    uint32_t n;
} DefList;

typedef struct {
    const char *text;
    size_t len;
    bool ok;
} Source;

typedef struct {
    bool is_async;
    Expr *e;
} CellExpr;

typedef struct {
    bool found;
    Fingerprint hash;
} Lookup;

typedef struct {
    int64_t v;
} Value;

typedef struct {
    int64_t v;
    uint32_t lo, hi;
} AnonInfo;

typedef QStr Str;

typedef struct {
    const ToyOptions *opt;
    QCtx *q;
    const DefList *live; /* installed on first use */
    VEC(Def) synth;      /* created by queries; DefIds after the live list */
    HMap by_hash;        /* DefPathHash -> DefId */
    const Parsed *parsed;
    Fingerprint file_anchor;
} Toy;

static Toy *
toy(QCtx *q)
{
    return q_user(q);
}

/* ---- definitions ---------------------------------------------------- */

static Fingerprint
def_path_hash(QCtx *q, Fingerprint parent, uint32_t space, Symbol name, uint32_t dis)
{
    StableHasher *h = q_hasher(q);
    hasher_str(h, "toy-crate");
    hasher_fp(h, parent);
    hasher_u32(h, space);
    hasher_str(h, name ? sym_str(name) : "");
    hasher_u32(h, dis);
    return hasher_finish(h);
}

static const Def *
def_get(Toy *t, QKey id)
{
    if (t->live && id < t->live->n)
        return &t->live->defs[id];
    if (t->live && id - t->live->n < t->synth.len)
        return &t->synth.data[id - t->live->n];
    bug("bad DefId %llu", (unsigned long long)id);
}

/* What a query in a cycle gets: empty, and never installed as the live table. */
static const Source no_source = {"", 0, false};
static const Parsed no_parse = {NULL, 0};
static const DefList no_defs = {NULL, 0};
static const Lookup no_lookup = {false, {0, 0}};
static const CellExpr no_cell_expr = {false, NULL};

static const void *
recover_source(QCtx *q, QKey key)
{
    (void)q, (void)key;
    return &no_source;
}

static const void *
recover_parse(QCtx *q, QKey key)
{
    (void)q, (void)key;
    return &no_parse;
}

static const void *
recover_defs(QCtx *q, QKey key)
{
    (void)q, (void)key;
    return &no_defs;
}

static const void *
recover_lookup(QCtx *q, QKey key)
{
    (void)q, (void)key;
    return &no_lookup;
}

static const void *
recover_cell_expr(QCtx *q, QKey key)
{
    (void)q, (void)key;
    return &no_cell_expr;
}

static void
install_defs(Toy *t, const DefList *dl)
{
    if (t->live || dl == &no_defs)
        return;
    t->live = dl;
    hmap_init(&t->by_hash, dl->n);
    for (uint32_t i = 0; i < dl->n; i++)
        hmap_put(&t->by_hash, dl->defs[i].hash, i);
}

static const DefList *
get_defs(QCtx *q)
{
    const DefList *dl = q_get(q, K_DEFS, 0);
    install_defs(toy(q), dl);
    return dl;
}

static QKey
def_by_hash(Toy *t, Fingerprint h)
{
    uint64_t *v = hmap_get(&t->by_hash, h);
    return v ? *v : NONE;
}

/* ---- source_text() -------------------------------------------------- */

static const void *
compute_source(QCtx *q, QKey key)
{
    (void)key;
    Toy *t = toy(q);
    Source *s = arena_alloc(q_arena(q), sizeof *s);
    size_t len;
    char *text = fs_read_file(t->opt->file, &len);
    if (!text) {
        q_emit(q, diag_new(DIAG_ERROR, "", (DiagSpan){FP_ZERO, 0, 0}, "couldn't read %s: %s",
                           t->opt->file, strerror(errno)));
        s->text = "";
        return s;
    }
    s->text = arena_dup(q_arena(q), text, len + 1);
    s->len = len;
    s->ok = true;
    xfree(text, len + 1);
    return s;
}

static Fingerprint
hash_source(QCtx *q, const void *r)
{
    const Source *s = r;
    StableHasher *h = q_hasher(q);
    hasher_u8(h, s->ok);
    hasher_bytes(h, s->text, s->len);
    return hasher_finish(h);
}

/* ---- parse() -------------------------------------------------------- */

typedef struct {
    QCtx *q;
    const char *src;
    uint32_t pos, end, cell_start;
    uint32_t anon_count; /* sub-cells of the innermost enclosing parent */
    bool failed;
} P;

static void
skip_ws(P *p)
{
    while (p->pos < p->end && (p->src[p->pos] == ' ' || p->src[p->pos] == '\t' ||
                               p->src[p->pos] == '\r'))
        p->pos++;
}

static void
parse_error(P *p, const char *msg)
{
    if (p->failed)
        return;
    p->failed = true;
    Toy *t = toy(p->q);
    uint32_t hi = p->pos < p->end ? p->pos + 1 : p->pos;
    Diag *d = diag_new(DIAG_ERROR, "", (DiagSpan){t->file_anchor, p->pos, hi}, "%s", msg);
    q_emit(p->q, d);
}

static bool
is_ident(char c, bool first)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           (!first && c >= '0' && c <= '9');
}

static Expr *parse_expr(P *p, int depth);

static Expr *
mk(P *p, ExprKind k, uint32_t lo)
{
    Expr *e = arena_alloc(q_arena(p->q), sizeof *e);
    e->kind = k;
    e->lo = lo - p->cell_start;
    e->hi = p->pos - p->cell_start;
    return e;
}

/* atom := INT | NAME | env(NAME) | '(' expr ')' | '{' expr '}' | '-' atom */
static Expr *
parse_atom(P *p, int depth)
{
    skip_ws(p);
    uint32_t lo = p->pos;
    if (depth > 200) {
        parse_error(p, "expression is nested too deeply (limit 200)");
        return NULL;
    }
    if (p->pos >= p->end) {
        parse_error(p, "expected an expression");
        return NULL;
    }
    char c = p->src[p->pos];
    if (c >= '0' && c <= '9') {
        uint64_t v = 0;
        while (p->pos < p->end && p->src[p->pos] >= '0' && p->src[p->pos] <= '9') {
            uint64_t d = (uint64_t)(p->src[p->pos] - '0');
            if (v > (UINT64_MAX - d) / 10 || v * 10 + d > (uint64_t)INT64_MAX) {
                parse_error(p, "integer literal is too large");
                return NULL;
            }
            v = v * 10 + d;
            p->pos++;
        }
        Expr *e = mk(p, E_INT, lo);
        e->v = (int64_t)v;
        return e;
    }
    if (is_ident(c, true)) {
        while (p->pos < p->end && is_ident(p->src[p->pos], false))
            p->pos++;
        Symbol s = sym_intern(p->src + lo, p->pos - lo);
        if (s == sym_cstr("env")) {
            skip_ws(p);
            if (p->pos < p->end && p->src[p->pos] == '(') {
                p->pos++;
                skip_ws(p);
                uint32_t nlo = p->pos;
                while (p->pos < p->end && is_ident(p->src[p->pos], false))
                    p->pos++;
                if (nlo == p->pos) {
                    parse_error(p, "expected a variable name in env(...)");
                    return NULL;
                }
                Symbol var = sym_intern(p->src + nlo, p->pos - nlo);
                skip_ws(p);
                if (p->pos >= p->end || p->src[p->pos] != ')') {
                    parse_error(p, "expected `)`");
                    return NULL;
                }
                p->pos++;
                Expr *e = mk(p, E_ENV, lo);
                e->name = var;
                return e;
            }
        }
        Expr *e = mk(p, E_REF, lo);
        e->name = s;
        return e;
    }
    if (c == '-') {
        p->pos++;
        Expr *a = parse_atom(p, depth + 1);
        if (!a)
            return NULL;
        Expr *e = mk(p, E_NEG, lo);
        e->a = a;
        return e;
    }
    if (c == '(' || c == '{') {
        p->pos++;
        uint32_t my_anon = 0, saved = p->anon_count;
        if (c == '{') {
            my_anon = p->anon_count++;
            p->anon_count = 0; /* its own sub-cells count from 0 */
        }
        Expr *inner = parse_expr(p, depth + 1);
        if (c == '{')
            p->anon_count = saved + 1;
        if (!inner)
            return NULL;
        skip_ws(p);
        char close = c == '(' ? ')' : '}';
        if (p->pos >= p->end || p->src[p->pos] != close) {
            parse_error(p, close == ')' ? "expected `)`" : "expected `}`");
            return NULL;
        }
        p->pos++;
        if (c == '(')
            return inner;
        Expr *e = mk(p, E_ANON, lo);
        e->a = inner;
        e->anon = my_anon;
        return e;
    }
    parse_error(p, "expected an expression");
    return NULL;
}

static int
prec(char op)
{
    return op == '+' || op == '-' ? 1 : op == '*' || op == '/' || op == '%' ? 2 : 0;
}

/* expr := atom (op atom)*, with precedence climbing; all operators left-assoc */
static Expr *
parse_binary(P *p, int min_prec, int depth)
{
    uint32_t lo;
    skip_ws(p);
    lo = p->pos;
    Expr *lhs = parse_atom(p, depth);
    while (lhs) {
        skip_ws(p);
        if (p->pos >= p->end)
            break;
        char op = p->src[p->pos];
        int pr = prec(op);
        if (!pr || pr < min_prec)
            break;
        p->pos++;
        Expr *rhs = parse_binary(p, pr + 1, depth + 1);
        if (!rhs)
            return NULL;
        Expr *e = mk(p, E_BIN, lo);
        e->op = op;
        e->a = lhs;
        e->b = rhs;
        lhs = e;
    }
    return lhs;
}

static Expr *
parse_expr(P *p, int depth)
{
    return parse_binary(p, 1, depth);
}

static const void *
compute_parse(QCtx *q, QKey key)
{
    (void)key;
    const Source *s = q_get(q, K_SOURCE, 0);
    VEC(Cell) cells = {0};
    P p = {q, s->text, 0, 0, 0, 0, false};
    uint32_t len = (uint32_t)(s->len > UINT32_MAX - 1 ? UINT32_MAX - 1 : s->len);
    uint32_t line = 0;
    while (line < len) {
        uint32_t eol = line;
        while (eol < len && s->text[eol] != '\n')
            eol++;
        p.pos = line;
        p.end = eol;
        p.failed = false;
        /* strip a trailing comment */
        for (uint32_t i = line; i < eol; i++)
            if (s->text[i] == '#') {
                p.end = i;
                break;
            }
        skip_ws(&p);
        if (p.pos < p.end) {
            Cell c = {0};
            c.start = line;
            p.cell_start = line;
            p.anon_count = 0;
            uint32_t nlo = p.pos;
            while (p.pos < p.end && is_ident(s->text[p.pos], p.pos == nlo))
                p.pos++;
            if (p.pos - nlo == 5 && !memcmp(s->text + nlo, "async", 5)) {
                c.is_async = true;
                skip_ws(&p);
                nlo = p.pos;
                while (p.pos < p.end && is_ident(s->text[p.pos], p.pos == nlo))
                    p.pos++;
            }
            if (p.pos == nlo) {
                parse_error(&p, "expected a cell name");
            } else {
                c.name = sym_intern(s->text + nlo, p.pos - nlo);
                c.name_lo = nlo - line;
                c.name_hi = p.pos - line;
                skip_ws(&p);
                if (p.pos >= p.end || s->text[p.pos] != '=') {
                    parse_error(&p, "expected `=`");
                } else {
                    p.pos++;
                    c.e = parse_expr(&p, 0);
                    skip_ws(&p);
                    if (c.e && p.pos < p.end)
                        parse_error(&p, "expected an operator or the end of the line");
                }
            }
            if (!p.failed)
                vec_push(&cells, c);
        }
        line = eol + 1;
    }
    Parsed *r = arena_alloc(q_arena(q), sizeof *r);
    r->n = cells.len;
    r->cells = arena_dup(q_arena(q), cells.data, cells.len * sizeof(Cell));
    vec_free(&cells);
    return r;
}

static void
hash_expr(StableHasher *h, const Expr *e)
{
    if (!e) {
        hasher_u8(h, 0xff);
        return;
    }
    hasher_u8(h, (uint8_t)e->kind);
    hasher_u8(h, (uint8_t)e->op);
    hasher_i64(h, e->v);
    hasher_str(h, e->name ? sym_str(e->name) : "");
    hasher_u32(h, e->lo);
    hasher_u32(h, e->hi);
    hasher_u32(h, e->anon);
    if (e->kind == E_NEG || e->kind == E_BIN || e->kind == E_ANON)
        hash_expr(h, e->a);
    if (e->kind == E_BIN)
        hash_expr(h, e->b);
}

static Fingerprint
hash_parse(QCtx *q, const void *r)
{
    const Parsed *pr = r;
    StableHasher *h = q_hasher(q);
    hasher_u32(h, pr->n);
    for (uint32_t i = 0; i < pr->n; i++) {
        const Cell *c = &pr->cells[i];
        hasher_str(h, sym_str(c->name));
        hasher_u8(h, c->is_async);
        hasher_u32(h, c->start);
        hasher_u32(h, c->name_lo);
        hasher_u32(h, c->name_hi);
        hash_expr(h, c->e);
    }
    return hasher_finish(h);
}

/* ---- defs() --------------------------------------------------------- */

typedef VEC(Def) DefVec;

static void
collect_anons(QCtx *q, DefVec *out, uint32_t parent, uint32_t cell, const Expr *e)
{
    if (!e)
        return;
    switch (e->kind) {
    case E_INT:
    case E_REF:
    case E_ENV:
        return;
    case E_NEG:
        collect_anons(q, out, parent, cell, e->a);
        return;
    case E_BIN:
        collect_anons(q, out, parent, cell, e->a);
        collect_anons(q, out, parent, cell, e->b);
        return;
    case E_ANON: {
        Def d = {0};
        d.parent = parent;
        d.kind = DK_ANON;
        d.space = SP_ANON;
        d.disambig = e->anon;
        d.cell = cell;
        d.hash = def_path_hash(q, out->data[parent].hash, SP_ANON, 0, e->anon);
        size_t n = strlen(out->data[parent].path) + 24;
        char *path = arena_alloc(q_arena(q), n);
        snprintf(path, n, "%s::{anon#%u}", out->data[parent].path, e->anon);
        d.path = path;
        vec_push(out, d);
        collect_anons(q, out, out->len - 1, cell, e->a);
        return;
    }
    }
    unreachable();
}

static const void *
compute_defs(QCtx *q, QKey key)
{
    (void)key;
    const Parsed *pr = q_get(q, K_PARSE, 0);
    DefVec v = {0};
    HMap seen = {0};
    for (uint32_t i = 0; i < pr->n; i++) {
        const Cell *c = &pr->cells[i];
        Def d = {0};
        d.parent = NONE;
        d.kind = DK_CELL;
        d.space = SP_CELL;
        d.name = c->name;
        Fingerprint nk = {c->name, 0};
        uint64_t *count = hmap_get(&seen, nk);
        d.disambig = count ? (uint32_t)*count : 0;
        hmap_put(&seen, nk, d.disambig + 1);
        if (d.disambig) {
            Diag *dg = diag_new(DIAG_ERROR, "E0428",
                                (DiagSpan){toy(q)->file_anchor, c->start + c->name_lo,
                                           c->start + c->name_hi},
                                "the cell `%s` is defined multiple times", sym_str(c->name));
            q_emit(q, dg);
        }
        d.cell = i;
        d.hash = def_path_hash(q, FP_ZERO, SP_CELL, c->name, d.disambig);
        d.path = d.disambig ? "(duplicate)" : sym_str(c->name);
        vec_push(&v, d);
        collect_anons(q, &v, v.len - 1, i, c->e);
    }
    hmap_free(&seen);
    DefList *dl = arena_alloc(q_arena(q), sizeof *dl);
    dl->n = v.len;
    dl->defs = arena_dup(q_arena(q), v.data, v.len * sizeof(Def));
    vec_free(&v);
    return dl;
}

static Fingerprint
hash_defs(QCtx *q, const void *r)
{
    const DefList *dl = r;
    StableHasher *h = q_hasher(q);
    hasher_u32(h, dl->n);
    for (uint32_t i = 0; i < dl->n; i++) {
        hasher_fp(h, dl->defs[i].hash);
        hasher_u8(h, dl->defs[i].kind);
    }
    return hasher_finish(h);
}

/* ---- lookup(name) --------------------------------------------------- */

static const void *
compute_lookup(QCtx *q, QKey key)
{
    Toy *t = toy(q);
    get_defs(q); /* the read that makes this a projection of defs() */
    Lookup *l = arena_alloc(q_arena(q), sizeof *l);
    Fingerprint h = def_path_hash(q, FP_ZERO, SP_CELL, (Symbol)key, 0);
    QKey id = def_by_hash(t, h);
    if (id != NONE && def_get(t, id)->kind == DK_CELL) {
        l->found = true;
        l->hash = h;
    }
    return l;
}

static Fingerprint
hash_lookup(QCtx *q, const void *r)
{
    const Lookup *l = r;
    StableHasher *h = q_hasher(q);
    hasher_u8(h, l->found);
    hasher_fp(h, l->hash);
    return hasher_finish(h);
}

/* ---- cell_expr(def) ------------------------------------------------- */

static const void *
compute_cell_expr(QCtx *q, QKey key)
{
    Toy *t = toy(q);
    const Parsed *pr = q_get(q, K_PARSE, 0);
    const Def *d = def_get(t, key);
    CellExpr *ce = arena_alloc(q_arena(q), sizeof *ce);
    /* the def table was built from this session's parse(): its index is valid */
    if (d->cell >= pr->n || pr->cells[d->cell].name != d->name)
        bug("def table and parse disagree about %s", d->path);
    ce->is_async = pr->cells[d->cell].is_async;
    ce->e = pr->cells[d->cell].e;
    return ce;
}

static Fingerprint
hash_cell_expr(QCtx *q, const void *r)
{
    const CellExpr *ce = r;
    StableHasher *h = q_hasher(q);
    hasher_u8(h, ce->is_async);
    hash_expr(h, ce->e);
    return hasher_finish(h);
}

static void
encode_expr(Buf *b, const Expr *e)
{
    if (!e) {
        buf_u8(b, 0xff);
        return;
    }
    buf_u8(b, (uint8_t)e->kind);
    buf_u8(b, (uint8_t)e->op);
    buf_i64(b, e->v);
    const char *name = e->name ? sym_str(e->name) : "";
    buf_str(b, name, strlen(name));
    buf_u32(b, e->lo);
    buf_u32(b, e->hi);
    buf_u32(b, e->anon);
    if (e->kind == E_NEG || e->kind == E_BIN || e->kind == E_ANON)
        encode_expr(b, e->a);
    if (e->kind == E_BIN)
        encode_expr(b, e->b);
}

static Expr *
decode_expr(QCtx *q, Reader *r, int depth)
{
    uint8_t kind = rd_u8(r);
    if (kind == 0xff || r->bad)
        return NULL;
    if (kind > E_ENV || depth > 400) {
        r->bad = true;
        return NULL;
    }
    Expr *e = arena_alloc(q_arena(q), sizeof *e);
    e->kind = (ExprKind)kind;
    e->op = (char)rd_u8(r);
    e->v = rd_i64(r);
    uint32_t n;
    const char *name = rd_str(r, &n);
    e->name = n ? sym_intern(name, n) : 0;
    e->lo = rd_u32(r);
    e->hi = rd_u32(r);
    e->anon = rd_u32(r);
    if (e->kind == E_NEG || e->kind == E_BIN || e->kind == E_ANON) {
        e->a = decode_expr(q, r, depth + 1);
        if (!e->a)
            r->bad = true;
    }
    if (e->kind == E_BIN) {
        e->b = decode_expr(q, r, depth + 1);
        if (!e->b)
            r->bad = true;
    }
    if ((e->kind == E_REF || e->kind == E_ENV) && !e->name)
        r->bad = true;
    return r->bad ? NULL : e;
}

static void
encode_cell_expr(QCtx *q, const void *r, Buf *b)
{
    (void)q;
    const CellExpr *ce = r;
    buf_u8(b, ce->is_async);
    encode_expr(b, ce->e);
}

static const void *
decode_cell_expr(QCtx *q, Reader *r)
{
    CellExpr *ce = arena_alloc(q_arena(q), sizeof *ce);
    ce->is_async = rd_u8(r) != 0;
    ce->e = decode_expr(q, r, 0);
    return r->bad ? NULL : ce;
}

/* ---- value(def) ----------------------------------------------------- */

static int64_t
eval(QCtx *q, const Def *cell, uint32_t parent, const Expr *e)
{
    Toy *t = toy(q);
    if (!e)
        return 0;
    switch (e->kind) {
    case E_INT:
        return e->v;
    case E_ENV: {
        /* deliberately untracked: --verify-incremental must catch it */
        const char *s = getenv(sym_str(e->name));
        return s ? strtoll(s, NULL, 10) : 0;
    }
    case E_REF: {
        const Lookup *l = q_get(q, K_LOOKUP, e->name);
        if (!l || !l->found) {
            Diag *d = diag_new(DIAG_ERROR, "E0425", (DiagSpan){cell->hash, e->lo, e->hi},
                               "cannot find cell `%s` in this file", sym_str(e->name));
            d->label = xstrndup("not found in this file", 22);
            q_emit(q, d);
            return 0;
        }
        QKey id = def_by_hash(t, l->hash);
        if (id == NONE)
            bug("lookup returned a dead def");
        const Value *v = q_get(q, K_VALUE, id);
        return v ? v->v : 0;
    }
    case E_NEG:
        return (int64_t)(0 - (uint64_t)eval(q, cell, parent, e->a));
    case E_BIN: {
        uint64_t a = (uint64_t)eval(q, cell, parent, e->a);
        uint64_t b = (uint64_t)eval(q, cell, parent, e->b);
        switch (e->op) {
        case '+':
            return (int64_t)(a + b);
        case '-':
            return (int64_t)(a - b);
        case '*':
            return (int64_t)(a * b);
        case '/':
        case '%':
            if (b == 0 || ((int64_t)b == -1 && (int64_t)a == INT64_MIN)) {
                Diag *d = diag_new(DIAG_WARNING, "", (DiagSpan){cell->hash, e->lo, e->hi},
                                   "this operation divides by zero or overflows; its value is 0");
                d->label = xstrndup("evaluates to 0", 14);
                q_emit(q, d);
                return 0;
            }
            return e->op == '/' ? (int64_t)a / (int64_t)b : (int64_t)a % (int64_t)b;
        default:
            unreachable();
        }
    }
    case E_ANON: {
        Fingerprint h = def_path_hash(q, def_get(t, parent)->hash, SP_ANON, 0, e->anon);
        QKey id = def_by_hash(t, h);
        if (id == NONE)
            bug("sub-cell without a definition");
        q_get(q, K_ANON_INFO, id);
        return eval(q, cell, (uint32_t)id, e->a);
    }
    }
    unreachable();
}

static const void *
compute_value(QCtx *q, QKey key)
{
    Toy *t = toy(q);
    const CellExpr *ce = q_get(q, K_CELL_EXPR, key);
    Value *v = arena_alloc(q_arena(q), sizeof *v);
    v->v = eval(q, def_get(t, key), (uint32_t)key, ce->e);
    return v;
}

static Fingerprint
hash_value(QCtx *q, const void *r)
{
    StableHasher *h = q_hasher(q);
    hasher_i64(h, ((const Value *)r)->v);
    return hasher_finish(h);
}

static void
encode_value(QCtx *q, const void *r, Buf *b)
{
    (void)q;
    buf_i64(b, ((const Value *)r)->v);
}

static const void *
decode_value(QCtx *q, Reader *r)
{
    Value *v = arena_alloc(q_arena(q), sizeof *v);
    v->v = rd_i64(r);
    return r->bad ? NULL : v;
}

static const void *
recover_value(QCtx *q, QKey key)
{
    (void)key;
    return arena_alloc(q_arena(q), sizeof(Value));
}

/* ---- anon_info(def) ------------------------------------------------- */

static const Expr *
find_anon(const Expr *e, const uint32_t *chain, uint32_t depth)
{
    /* chain[0] is the outermost disambiguator */
    if (!e)
        return NULL;
    switch (e->kind) {
    case E_INT:
    case E_REF:
    case E_ENV:
        return NULL;
    case E_NEG:
        return find_anon(e->a, chain, depth);
    case E_BIN: {
        const Expr *x = find_anon(e->a, chain, depth);
        return x ? x : find_anon(e->b, chain, depth);
    }
    case E_ANON:
        if (e->anon != chain[0])
            return NULL;
        return depth == 1 ? e : find_anon(e->a, chain + 1, depth - 1);
    }
    unreachable();
}

static const void *
compute_anon_info(QCtx *q, QKey key)
{
    Toy *t = toy(q);
    const Def *d = def_get(t, key);
    AnonInfo *ai = arena_alloc(q_arena(q), sizeof *ai);
    if (d->kind == DK_SYNTH) {
        /* like a by-move body reading its parent's typeck */
        const Value *v = q_get(q, K_VALUE, d->parent);
        ai->v = v ? v->v : 0;
        return ai;
    }
    uint32_t chain[256], depth = 0;
    const Def *x = d;
    while (x->kind == DK_ANON && depth < 256) {
        chain[depth++] = x->disambig;
        x = def_get(t, x->parent);
    }
    for (uint32_t i = 0; i < depth / 2; i++) {
        uint32_t tmp = chain[i];
        chain[i] = chain[depth - 1 - i];
        chain[depth - 1 - i] = tmp;
    }
    QKey cell = (QKey)(x - t->live->defs);
    const CellExpr *ce = q_get(q, K_CELL_EXPR, cell);
    const Expr *e = find_anon(ce->e, chain, depth);
    if (e) {
        ai->lo = e->lo;
        ai->hi = e->hi;
    }
    return ai;
}

static Fingerprint
hash_anon_info(QCtx *q, const void *r)
{
    const AnonInfo *ai = r;
    StableHasher *h = q_hasher(q);
    hasher_i64(h, ai->v);
    hasher_u32(h, ai->lo);
    hasher_u32(h, ai->hi);
    return hasher_finish(h);
}

static void
encode_anon_info(QCtx *q, const void *r, Buf *b)
{
    (void)q;
    const AnonInfo *ai = r;
    buf_i64(b, ai->v);
    buf_u32(b, ai->lo);
    buf_u32(b, ai->hi);
}

static const void *
decode_anon_info(QCtx *q, Reader *r)
{
    AnonInfo *ai = arena_alloc(q_arena(q), sizeof *ai);
    ai->v = rd_i64(r);
    ai->lo = rd_u32(r);
    ai->hi = rd_u32(r);
    return r->bad ? NULL : ai;
}

static const void *
recover_anon_info(QCtx *q, QKey key)
{
    (void)key;
    return arena_alloc(q_arena(q), sizeof(AnonInfo));
}

/* ---- lower(def) ----------------------------------------------------- */

static const void *
compute_lower(QCtx *q, QKey key)
{
    Toy *t = toy(q);
    const CellExpr *ce = q_get(q, K_CELL_EXPR, key);
    Str *s = arena_alloc(q_arena(q), sizeof *s);
    s->text = "";
    if (!ce->is_async)
        return s;
    /* the compiler-made definition: created through the engine, replayed when green */
    const Def *d = def_get(t, key);
    QKey synth = q_create_entity(q, d->hash, SP_SYNTH, NULL, 0);
    const AnonInfo *ai = q_get(q, K_ANON_INFO, synth);
    Buf b = {0};
    buf_printf(&b, " (lowered to %s, which captured %lld)", def_get(t, synth)->path,
               (long long)(ai ? ai->v : 0));
    s->text = arena_strndup(q_arena(q), (const char *)b.data, b.len);
    s->len = (uint32_t)b.len;
    buf_free(&b);
    return s;
}

static const void *
recover_str(QCtx *q, QKey key)
{
    (void)key;
    Str *s = arena_alloc(q_arena(q), sizeof *s);
    s->text = "";
    return s;
}

/* ---- report() ------------------------------------------------------- */

static const void *
compute_report(QCtx *q, QKey key)
{
    (void)key;
    const DefList *dl = get_defs(q);
    Buf b = {0};
    for (uint32_t i = 0; i < dl->n; i++) {
        const Def *d = &dl->defs[i];
        if (d->kind != DK_CELL || d->disambig)
            continue;
        const Value *v = q_get(q, K_VALUE, i);
        const Str *low = q_get(q, K_LOWER, i);
        buf_printf(&b, "%s = %lld%.*s\n", d->path, (long long)(v ? v->v : 0),
                   (int)(low ? low->len : 0), low ? low->text : "");
    }
    Str *s = arena_alloc(q_arena(q), sizeof *s);
    s->text = arena_strndup(q_arena(q), b.data ? (const char *)b.data : "", b.len);
    s->len = (uint32_t)b.len;
    buf_free(&b);
    return s;
}

/* ---- keys ----------------------------------------------------------- */

static Fingerprint
def_key_fp(QCtx *q, QKey key)
{
    return def_get(toy(q), key)->hash;
}

static void
def_key_fmt(QCtx *q, QKey key, Buf *out)
{
    buf_printf(out, "%s", def_get(toy(q), key)->path);
}

static Fingerprint
name_key_fp(QCtx *q, QKey key)
{
    (void)q;
    return fp_bytes(sym_str((Symbol)key), sym_len((Symbol)key));
}

static void
name_key_fmt(QCtx *q, QKey key, Buf *out)
{
    (void)q;
    buf_printf(out, "%s", sym_str((Symbol)key));
}

static void
name_key_encode(QCtx *q, QKey key, Buf *out)
{
    (void)q;
    buf_str(out, sym_str((Symbol)key), sym_len((Symbol)key));
}

static bool
name_key_decode(QCtx *q, Reader *r, QKey *key)
{
    (void)q;
    uint32_t n;
    const char *s = rd_str(r, &n);
    if (r->bad || n == 0)
        return false;
    *key = sym_intern(s, n);
    return true;
}

/* ---- client hooks --------------------------------------------------- */

static bool
toy_def_from_hash(QCtx *q, Fingerprint hash, QKey *def)
{
    Toy *t = toy(q);
    get_defs(q);
    if (!t->live)
        return false;
    QKey id = def_by_hash(t, hash);
    if (id == NONE)
        return false;
    *def = id;
    return true;
}

static uint8_t
toy_def_kind(QCtx *q, QKey def)
{
    return def_get(toy(q), def)->kind;
}

static const char *
toy_def_kind_name(uint8_t k)
{
    return k == DK_CELL ? "cell" : k == DK_ANON ? "anon" : k == DK_SYNTH ? "synthetic" : "?";
}

static QKey
toy_entity_create(QCtx *q, const QEntity *e)
{
    Toy *t = toy(q);
    get_defs(q);
    if (!t->live)
        return Q_NO_KEY;
    QKey parent = def_by_hash(t, e->parent);
    if (parent == NONE)
        return Q_NO_KEY; /* a record from a cache that does not fit: re-run the query */
    const Def *pd = def_get(t, parent);
    Def d = {0};
    d.parent = (uint32_t)parent;
    d.kind = DK_SYNTH;
    d.cell = pd->cell;
    char path[512];
    if (t->opt->legacy_synthetic_names) {
        /* rustc before #139153: the synthetic body numbered like a user closure */
        uint32_t anons = 0;
        for (uint32_t i = 0; i < t->live->n; i++)
            anons += t->live->defs[i].parent == parent && t->live->defs[i].kind == DK_ANON;
        d.space = SP_ANON;
        d.disambig = anons + e->disambig;
        snprintf(path, sizeof path, "%s::{anon#%u}", pd->path, d.disambig);
    } else {
        d.space = SP_SYNTH;
        d.disambig = e->disambig;
        snprintf(path, sizeof path, "%s::{synthetic#%u}", pd->path, d.disambig);
    }
    d.hash = def_path_hash(q, pd->hash, d.space, 0, d.disambig);
    d.path = arena_strndup(q_arena(q), path, strlen(path));
    QKey existing = def_by_hash(t, d.hash);
    if (existing != NONE) {
        if (existing >= t->live->n)
            return Q_NO_KEY; /* replayed twice from a corrupt cache: re-run instead */
        bug("DefPathHash collision: %s is defined twice", path);
    }
    vec_push(&t->synth, d);
    QKey id = t->live->n + t->synth.len - 1;
    hmap_put(&t->by_hash, d.hash, id);
    return id;
}

static bool
toy_resolve_anchor(void *ctx, Fingerprint anchor, const char **file, const char **text,
                   size_t *len, uint32_t *base)
{
    Toy *t = ctx;
    const Source *s = q_get(t->q, K_SOURCE, 0);
    const Parsed *pr = q_get(t->q, K_PARSE, 0);
    get_defs(t->q);
    if (!t->live)
        return false;
    *file = t->opt->file;
    *text = s->text;
    *len = s->len;
    if (fp_eq(anchor, t->file_anchor)) {
        *base = 0;
        return true;
    }
    QKey id = def_by_hash(t, anchor);
    if (id == NONE)
        return false;
    uint32_t cell = def_get(t, id)->cell;
    if (cell >= pr->n)
        return false;
    *base = pr->cells[cell].start;
    return true;
}

/* ---- the query table ------------------------------------------------ */

#define DEF_KEY def_key_fp, def_key_fmt, NULL, NULL

static const QueryKind toy_kinds[K_N] = {
    [K_SOURCE] = {"source_text", Q_EVAL_ALWAYS, Q_UNIT_KEY, compute_source, hash_source, NULL, NULL,
                  recover_source},
    [K_PARSE] = {"parse", 0, Q_UNIT_KEY, compute_parse, hash_parse, NULL, NULL, recover_parse},
    [K_DEFS] = {"defs", 0, Q_UNIT_KEY, compute_defs, hash_defs, NULL, NULL, recover_defs},
    [K_LOOKUP] = {"lookup", 0, name_key_fp, name_key_fmt, name_key_encode, name_key_decode,
                  compute_lookup, hash_lookup, NULL, NULL, recover_lookup},
    [K_CELL_EXPR] = {"cell_expr", Q_DEF_KEYED | Q_CACHE_ON_DISK | Q_DENSE_KEY, DEF_KEY, compute_cell_expr,
                     hash_cell_expr, encode_cell_expr, decode_cell_expr, recover_cell_expr},
    [K_VALUE] = {"value", Q_DEF_KEYED | Q_CACHE_ON_DISK | Q_DENSE_KEY, DEF_KEY, compute_value, hash_value,
                 encode_value, decode_value, recover_value},
    [K_ANON_INFO] = {"anon_info", Q_DEF_KEYED | Q_CACHE_ON_DISK | Q_DENSE_KEY, DEF_KEY, compute_anon_info,
                     hash_anon_info, encode_anon_info, decode_anon_info, recover_anon_info},
    [K_LOWER] = {"lower", Q_DEF_KEYED | Q_CACHE_ON_DISK | Q_DENSE_KEY, DEF_KEY, compute_lower, q_str_hash,
                 q_str_encode, q_str_decode, recover_str},
    [K_REPORT] = {"report", Q_CACHE_ON_DISK, Q_UNIT_KEY, compute_report, q_str_hash, q_str_encode,
                  q_str_decode, recover_str},
};

int
toy_main(const ToyOptions *opt)
{
    Toy t = {0};
    t.opt = opt;
    t.file_anchor = fp_bytes("toy-file", 8);
    QClient client = {&t, toy_def_from_hash, toy_def_kind, toy_def_kind_name, toy_entity_create,
                      toy_resolve_anchor, NULL, NULL, NULL};
    QCtx *q = q_new(toy_kinds, K_N, &client, &opt->q);
    t.q = q;
    q_start(q);
    const Str *out = q_get(q, K_REPORT, 0);
    fwrite(out->text, 1, out->len, stdout);
    if (opt->print_defs && (get_defs(q), t.live)) {
        for (uint32_t i = 0; i < t.live->n + t.synth.len; i++) {
            const Def *d = def_get(&t, i);
            char hex[33];
            fp_hex(d->hash, hex);
            printf("def %-24s %-9s %s\n", d->path, toy_def_kind_name(d->kind), hex);
        }
    }
    fflush(stdout);
    q_print_diags(q, stderr);
    if (opt->query_stats)
        q_print_stats(q, stderr);
    int code = q_error_count(q) ? 1 : 0;
    q_finish(q);
    q_free(q);
    hmap_free(&t.by_hash);
    vec_free(&t.synth);
    return code;
}
