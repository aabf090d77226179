/*
 * parse.c — the parser: recursive descent over the token vector, with
 * precedence climbing for binary operators exactly as Rust's reference
 * table orders them.  Produces the uniform AST of syntax.h.
 *
 * Errors are data (SyntaxError); after one, the parser is in recovery mode
 * and reports nothing more until it resynchronises at a statement or item
 * boundary, so one mistake gives one error, and independent mistakes in
 * different items each give theirs.  Errors rustc reports without stopping
 * (feature gates, literal checks, missing bodies) do not enter recovery.
 * As in rustc, a file whose delimiters do not balance, or with an
 * unterminated literal or comment, gets only those errors: no parse.
 * Messages, spans and labels follow rustc's.  Constructs outside smelt's
 * subset get "<construct> is not supported by smelt yet".
 */
#include "syntax.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_DEPTH = 1000 };

typedef VEC(Node *) NodeVec;

typedef struct {
    const Token *t;
    uint32_t n, i;
    const char *src;
    Arena *arena;
    SyntaxErrors *errs;
    Edition ed;
    uint32_t depth;
    bool failed;    /* recovering: suppress errors until resynchronised */
    bool too_deep;  /* the nesting limit was hit: unwind */
    Token split;    /* the rest of a compound token split by the grammar */
    bool has_split;
    uint32_t prev_hi; /* end of the last consumed token */
    uint32_t macro_close; /* the token closing the macro arguments being parsed, or 0 */
    bool in_async;        /* in an async fn, block or closure: `.await` is allowed */
    VEC(uint32_t) cfg_pos; /* where the `cfg`/`cfg_attr` attributes start */
    uint32_t ndefs;        /* definition-making nodes made so far (see NI_NO_DEFS) */
    bool lazy;             /* parse_file_lazy */
    uint32_t nlazy;        /* LAZY_BODY nodes made */
    uint32_t blocks;       /* blocks being parsed: an item fn is one outside all of them */
} P;

/* A node's kids are gathered in a vector and copied into the arena.  (A pool of emptied
 * vectors was tried: error-recovery paths that return early would then leak a pooled
 * buffer, which a fresh {0} vector never holds.) */
static NodeVec
nv_take(P *p)
{
    (void)p;
    return (NodeVec){0};
}

static void
nv_give(P *p, NodeVec *v)
{
    (void)p;
    vec_free(v);
}

/* restrictions on expressions */
enum {
    R_NO_STRUCT = 1, /* `if x {` : `x {` is not a struct literal */
    R_STMT = 2,      /* statement start: block-like expressions end the statement */
    R_ALLOW_LET = 4, /* `let P = e` allowed (if/while conditions) */
};

const char *
node_kind_name(NodeKind k)
{
    static const char *names[] = {
#define X(n) #n,
        SMELT_NODES(X)
#undef X
    };
    return k < N_KIND_N ? names[k] : "?";
}

void
syntax_error(SyntaxErrors *errs, uint32_t lo, uint32_t hi, const char *code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *msg = xmalloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(msg, (size_t)n + 1, fmt, ap);
    va_end(ap);
    SyntaxError e = {lo, hi, code ? code : "", msg, NULL};
    vec_push(errs, e);
}

void
parsed_free_errors(Parsed *p)
{
    for (uint32_t i = 0; i < p->errors.len; i++) {
        xfree(p->errors.data[i].msg, strlen(p->errors.data[i].msg) + 1);
        if (p->errors.data[i].label)
            xfree(p->errors.data[i].label, strlen(p->errors.data[i].label) + 1);
    }
    vec_free(&p->errors);
}

/* ---- tokens ------------------------------------------------------------ */

static const Token *
peek(P *p)
{
    return p->has_split ? &p->split : &p->t[p->i];
}

static TokKind
kind(P *p)
{
    return (TokKind)peek(p)->kind;
}

static TokKind
kind_at(P *p, uint32_t ahead)
{
    if (ahead == 0)
        return kind(p);
    uint32_t j = p->i + ahead - (p->has_split ? 1 : 0);
    return j < p->n ? (TokKind)p->t[j].kind : TK_EOF;
}

static const Token *
tok_at(P *p, uint32_t ahead)
{
    if (ahead == 0)
        return peek(p);
    uint32_t j = p->i + ahead - (p->has_split ? 1 : 0);
    return j < p->n ? &p->t[j] : &p->t[p->n - 1];
}

static Token
next(P *p)
{
    Token t = *peek(p);
    if (p->has_split)
        p->has_split = false;
    else if (p->t[p->i].kind != TK_EOF)
        p->i++;
    p->prev_hi = t.hi;
    return t;
}

static bool
at(P *p, TokKind k)
{
    return kind(p) == k;
}

static bool
eat(P *p, TokKind k)
{
    if (!at(p, k))
        return false;
    next(p);
    return true;
}

static bool
is_ident_sym(P *p, const char *name)
{
    return at(p, TK_IDENT) && !strcmp(sym_str(peek(p)->sym), name);
}

/*
 * Splits a compound token whose first character the grammar wants as `want`
 * (`>>` -> `>` `>`, `&&` -> `&` `&`, `||` -> `|` `|`, `>=` -> `>` `=`, ...).
 */
static bool
eat_split(P *p, TokKind want)
{
    if (at(p, want)) {
        next(p);
        return true;
    }
    Token t = *peek(p);
    TokKind rest;
    switch ((int)t.kind) {
    case TK_SHR:
        rest = TK_GT;
        break;
    case TK_GE:
        rest = TK_EQ;
        break;
    case TK_SHREQ:
        rest = TK_GE;
        break;
    case TK_ANDAND:
        rest = TK_AND;
        break;
    case TK_OROR:
        rest = TK_OR;
        break;
    case TK_SHL:
        rest = TK_LT;
        break;
    case TK_LE:
        rest = TK_EQ;
        break;
    case TK_SHLEQ:
        rest = TK_LE;
        break;
    default:
        return false;
    }
    char first = p->src[t.lo];
    char wanted = want == TK_GT ? '>' : want == TK_LT ? '<' : want == TK_AND ? '&' : want == TK_OR ? '|' : 0;
    if (first != wanted)
        return false;
    if (!p->has_split)
        p->i++;
    p->split = t;
    p->split.kind = (uint16_t)rest;
    p->split.lo = t.lo + 1;
    p->split.flags = 0;
    p->has_split = true;
    p->prev_hi = t.lo + 1;
    return true;
}

static void
describe(P *p, const Token *t, char *out, size_t n)
{
    switch ((int)t->kind) {
    case TK_EOF:
        snprintf(out, n, "end of file");
        return;
    case TK_IDENT:
        snprintf(out, n, "`%s`", sym_str(t->sym));
        return;
    default:
        break;
    }
    if (p->macro_close && t == &p->t[p->macro_close]) {
        snprintf(out, n, "end of macro arguments");
        return;
    }
    if (t->kind >= TK_KW_AS && t->kind <= TK_KW_GEN) {
        /* rustc says "reserved keyword" for the ones no grammar uses yet */
        bool reserved = t->kind == TK_KW_ABSTRACT || t->kind == TK_KW_BECOME ||
                        t->kind == TK_KW_BOX || t->kind == TK_KW_DO || t->kind == TK_KW_FINAL ||
                        t->kind == TK_KW_MACRO || t->kind == TK_KW_OVERRIDE ||
                        t->kind == TK_KW_PRIV || t->kind == TK_KW_TYPEOF ||
                        t->kind == TK_KW_UNSIZED || t->kind == TK_KW_VIRTUAL ||
                        t->kind == TK_KW_YIELD || t->kind == TK_KW_TRY || t->kind == TK_KW_GEN;
        snprintf(out, n, "%skeyword %s", reserved ? "reserved " : "",
                 tok_kind_name((TokKind)t->kind));
        return;
    }
    uint32_t len = t->hi - t->lo;
    if (len > 40)
        len = 40;
    snprintf(out, n, "`%.*s`", (int)len, p->src + t->lo);
}

static bool
err_at(P *p, uint32_t lo, uint32_t hi, const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* Reports a syntax error and enters recovery; false when recovering already. */
static bool
err_at(P *p, uint32_t lo, uint32_t hi, const char *fmt, ...)
{
    if (p->failed)
        return false;
    p->failed = true;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    syntax_error(p->errs, lo, hi, "", "%s", msg);
    return true;
}

/* Puts `label` under the caret of the error just reported. */
static void
set_label(P *p, const char *label)
{
    SyntaxError *e = &p->errs->data[p->errs->len - 1];
    if (e->label)
        xfree(e->label, strlen(e->label) + 1);
    e->label = xstrndup(label, strlen(label));
}

/*
 * An error that is not a syntax error (a feature gate, say): reported, but
 * the parse goes on as rustc's does, without entering recovery.
 */
static void
gate_at(P *p, uint32_t lo, uint32_t hi, const char *code, const char *msg)
{
    if (p->failed)
        return;
    syntax_error(p->errs, lo, hi, code, "%s", msg);
}

/* an error with a label under its caret, without entering recovery */
static void
gate_label(P *p, uint32_t lo, uint32_t hi, const char *code, const char *label, const char *fmt,
           ...) __attribute__((format(printf, 6, 7)));

static void
gate_label(P *p, uint32_t lo, uint32_t hi, const char *code, const char *label, const char *fmt,
           ...)
{
    if (p->failed)
        return;
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    syntax_error(p->errs, lo, hi, code, "%s", msg);
    if (label)
        p->errs->data[p->errs->len - 1].label = xstrndup(label, strlen(label));
}

static void
err_expected(P *p, const char *what)
{
    char found[80];
    describe(p, peek(p), found, sizeof found);
    const Token *t = peek(p);
    char label[128];
    if (!strcmp(what, "identifier") && t->kind >= TK_KW_AS && t->kind <= TK_KW_GEN)
        snprintf(label, sizeof label, "expected identifier, found keyword");
    else
        snprintf(label, sizeof label, "expected %s", what);
    if (err_at(p, t->lo, t->hi > t->lo ? t->hi : t->lo, "expected %s, found %s", what, found))
        set_label(p, label);
}

static void
unsupported(P *p, uint32_t lo, uint32_t hi, const char *what)
{
    err_at(p, lo, hi, "%s is not supported by smelt yet", what);
}

/* A missing `;` is reported where it belongs: right after the previous token. */
static bool
expect_semi(P *p)
{
    if (eat(p, TK_SEMI))
        return true;
    char found[80];
    describe(p, peek(p), found, sizeof found);
    if (err_at(p, p->prev_hi, p->prev_hi, "expected `;`, found %s", found))
        set_label(p, "help: add `;` here");
    return false;
}

static bool
expect(P *p, TokKind k)
{
    if (eat_split(p, k))
        return true;
    if (at(p, TK_EOF) && (k == TK_RBRACE || k == TK_RPAREN || k == TK_RBRACKET)) {
        const Token *t = peek(p);
        err_at(p, t->lo, t->hi, "this file contains an unclosed delimiter");
        return false;
    }
    err_expected(p, tok_kind_name(k));
    return false;
}

/* ---- nodes -------------------------------------------------------------- */

static Node *
mk(P *p, NodeKind k, uint32_t lo)
{
    Node *n = arena_alloc(p->arena, sizeof *n);
    n->kind = (uint16_t)k;
    /* the kinds the definition collector (src/defs) acts on (generic arguments: when one is
     * a constant, parse_generic_args) */
    if (k == N_CLOSURE || k == N_ASYNC_BLOCK || k == N_ARRAY_REPEAT || k == N_TY_ARRAY ||
        k == N_ITEM_STMT)
        p->ndefs++;
    n->lo = lo;
    n->hi = p->prev_hi > lo ? p->prev_hi : lo;
    return n;
}

static Node *
none(P *p)
{
    uint32_t at_lo = peek(p)->lo;
    Node *n = arena_alloc(p->arena, sizeof *n);
    n->kind = N_NONE;
    n->lo = n->hi = at_lo;
    return n;
}

static Node *
error_node(P *p, uint32_t lo)
{
    return mk(p, N_ERROR, lo);
}

static void
set_kids(P *p, Node *n, NodeVec *v)
{
    n->nkids = v->len;
    n->kids = v->len ? arena_dup(p->arena, v->data, v->len * sizeof(Node *)) : NULL;
    nv_give(p, v);
}

static Node *
mk1(P *p, NodeKind k, uint32_t lo, Node *a)
{
    Node *n = mk(p, k, lo);
    n->nkids = 1;
    n->kids = arena_alloc(p->arena, sizeof(Node *));
    n->kids[0] = a;
    return n;
}

static Node *
mk2(P *p, NodeKind k, uint32_t lo, Node *a, Node *b)
{
    Node *n = mk(p, k, lo);
    n->nkids = 2;
    n->kids = arena_alloc(p->arena, 2 * sizeof(Node *));
    n->kids[0] = a;
    n->kids[1] = b;
    return n;
}

/*
 * NI_NO_DEFS on n when no definition-making node was made since the count was defs0, for a
 * node whose whole subtree was made since then (the result of a parse function that takes
 * no node: a statement, block, type, pattern or expression).
 */
static Node *
def_free(P *p, uint32_t defs0, Node *n)
{
    if (p->ndefs == defs0)
        n->info |= NI_NO_DEFS;
    return n;
}

static void
finish(P *p, Node *n)
{
    if (p->prev_hi > n->lo)
        n->hi = p->prev_hi;
}

static bool
enter(P *p)
{
    if (p->too_deep) {
        p->failed = true;
        return false;
    }
    if (++p->depth > MAX_DEPTH) {
        const Token *t = peek(p);
        p->failed = false;
        err_at(p, t->lo, t->hi, "this code is nested too deeply (smelt's limit is %d levels)",
               MAX_DEPTH);
        p->too_deep = true;
        p->depth--;
        return false;
    }
    return true;
}

static void
leave(P *p)
{
    p->depth--;
}

/* Skips a balanced token tree starting at an open delimiter. */
static void
skip_tree(P *p)
{
    int depth = 0;
    do {
        TokKind k = kind(p);
        if (k == TK_EOF)
            return;
        if (k == TK_LPAREN || k == TK_LBRACKET || k == TK_LBRACE)
            depth++;
        else if (k == TK_RPAREN || k == TK_RBRACKET || k == TK_RBRACE)
            depth--;
        next(p);
    } while (depth > 0);
}

/* ---- forward declarations ------------------------------------------------ */

static Node *parse_expr_r(P *p, int r);
static Node *parse_expr(P *p);
static Node *parse_type(P *p);
static Node *parse_pat(P *p);
static Node *parse_block(P *p);
/* what a block's inner attributes (`{ #![a] ... }`) may do where it is */
enum { INNER_KEEP, INNER_DENY, INNER_GATE };
static Node *parse_block_in(P *p, int inner);
static void check_inner_attrs(P *p, Node *b, int inner);
/* where an item is: its body may be left out only in a trait */
typedef enum { IN_MOD, IN_TRAIT, IN_IMPL } ItemCtx;

static Node *parse_item(P *p, NodeVec *attrs, ItemCtx ctx);
static void parse_attrs(P *p, NodeVec *out, bool inner);
static Node *parse_path(P *p, bool expr_style);
static Node *parse_generic_args(P *p);
static Node *parse_bounds(P *p, NodeKind kind);
static Node *parse_use_tree(P *p, int depth);
static bool is_lit_tok(TokKind k);
static bool is_open_delim(TokKind k);
static bool is_close_delim(TokKind k);
static Node *parse_pat_bound(P *p);

/* ---- attributes ----------------------------------------------------------- */

/* meta := path | path '=' lit | path '(' meta,* ')' */
static Node *
parse_meta(P *p)
{
    uint32_t lo = peek(p)->lo;
    if (!enter(p))
        return error_node(p, lo);
    Node *r;
    if (at(p, TK_INT) || at(p, TK_STR) || at(p, TK_FLOAT) || at(p, TK_CHAR) ||
        at(p, TK_KW_TRUE) || at(p, TK_KW_FALSE)) {
        Token t = next(p);
        r = mk(p, N_LIT, lo);
        r->op = t.kind;
        r->sym = t.sym;
        r->suffix = t.suffix;
        leave(p);
        return r;
    }
    /* a path: a::b::c, joined into one symbol */
    char buf[256];
    size_t len = 0;
    eat(p, TK_PATHSEP);
    for (;;) {
        const Token *t = peek(p);
        if (t->kind != TK_IDENT && !(t->kind >= TK_KW_AS && t->kind <= TK_KW_GEN)) {
            err_expected(p, "an attribute name");
            leave(p);
            return error_node(p, lo);
        }
        const char *name = t->kind == TK_IDENT ? sym_str(t->sym) : tok_kind_name((TokKind)t->kind);
        if (t->kind != TK_IDENT) {
            name++; /* strip the backticks of "`self`" */
        }
        size_t nl = t->kind == TK_IDENT ? strlen(name) : strlen(name) - 1;
        if (len + nl + 2 < sizeof buf) {
            memcpy(buf + len, name, nl);
            len += nl;
        }
        next(p);
        if (!at(p, TK_PATHSEP))
            break;
        next(p);
        if (len + 2 < sizeof buf) {
            buf[len++] = ':';
            buf[len++] = ':';
        }
    }
    Symbol name = sym_intern(buf, len);
    if (eat(p, TK_EQ)) {
        uint32_t vlo = peek(p)->lo;
        Node *v;
        if (at(p, TK_INT) || at(p, TK_STR) || at(p, TK_FLOAT) || at(p, TK_CHAR) ||
            at(p, TK_KW_TRUE) || at(p, TK_KW_FALSE) || at(p, TK_BYTE_STR)) {
            Token t = next(p);
            v = mk(p, N_LIT, vlo);
            v->op = t.kind;
            v->sym = t.sym;
            v->suffix = t.suffix;
        } else {
            v = parse_expr(p);
        }
        r = mk1(p, N_META_NV, lo, v);
        r->sym = name;
    } else if (at(p, TK_LPAREN)) {
        next(p);
        NodeVec kids = nv_take(p);
        while (!at(p, TK_RPAREN) && !at(p, TK_EOF) && !p->too_deep) {
            vec_push(&kids, parse_meta(p));
            if (p->failed)
                break;
            if (!eat(p, TK_COMMA))
                break;
        }
        expect(p, TK_RPAREN);
        r = mk(p, N_META_LIST, lo);
        set_kids(p, r, &kids);
        r->sym = name;
    } else {
        r = mk(p, N_META_WORD, lo);
        r->sym = name;
    }
    finish(p, r);
    leave(p);
    return r;
}

/* attrs := ('#' '!'? '[' meta ']')* ; doc comments are skipped */
static void
parse_attrs(P *p, NodeVec *out, bool inner)
{
    for (;;) {
        if (at(p, TK_DOC_COMMENT)) {
            if (((peek(p)->flags & TF_INNER) != 0) != inner)
                return;
            next(p);
            continue;
        }
        if (!at(p, TK_POUND))
            return;
        bool is_inner = kind_at(p, 1) == TK_NOT;
        if (is_inner != inner)
            return;
        uint32_t lo = peek(p)->lo;
        next(p);
        if (is_inner)
            next(p);
        if (!expect(p, TK_LBRACKET))
            return;
        Node *meta = parse_meta(p);
        if (!expect(p, TK_RBRACKET)) {
            /* an attribute smelt cannot read: skip to its end */
            while (!at(p, TK_RBRACKET) && !at(p, TK_EOF))
                next(p);
            eat(p, TK_RBRACKET);
        }
        Node *a = mk1(p, N_ATTR, lo, meta);
        if (meta && meta->sym) {
            const char *name = sym_str(meta->sym);
            if (!strcmp(name, "cfg") || !strcmp(name, "cfg_attr"))
                vec_push(&p->cfg_pos, lo);
        }
        if (is_inner)
            a->flags |= NF_INNER;
        vec_push(out, a);
    }
}

static void
attach_attrs(P *p, Node *n, NodeVec *attrs)
{
    if (!attrs || !attrs->len)
        return;
    if (n->kind == N_NONE || n->kind == N_ERROR) {
        nv_give(p, attrs);
        return;
    }
    Node **all = arena_alloc(p->arena, (n->nattrs + attrs->len) * sizeof(Node *));
    memcpy(all, attrs->data, attrs->len * sizeof(Node *));
    if (n->nattrs)
        memcpy(all + attrs->len, n->attrs, n->nattrs * sizeof(Node *));
    n->attrs = all;
    n->nattrs = n->nattrs + attrs->len;
    nv_give(p, attrs);
}

/* ---- paths ------------------------------------------------------------------ */

static bool
is_path_start(TokKind k)
{
    return k == TK_IDENT || k == TK_KW_SELF_VALUE || k == TK_KW_SELF_TYPE || k == TK_KW_SUPER ||
           k == TK_KW_CRATE || k == TK_PATHSEP || k == TK_LT || k == TK_SHL;
}

static Symbol
seg_name(P *p, const Token *t)
{
    switch ((int)t->kind) {
    case TK_IDENT:
        return t->sym;
    case TK_KW_SELF_VALUE:
        return sym_cstr("self");
    case TK_KW_SELF_TYPE:
        return sym_cstr("Self");
    case TK_KW_SUPER:
        return sym_cstr("super");
    case TK_KW_CRATE:
        return sym_cstr("crate");
    default:
        (void)p;
        return 0;
    }
}

/* generic_args := '<' (type | lifetime | name '=' type | const_expr),* '>' */
static Node *
parse_generic_args(P *p)
{
    uint32_t lo = peek(p)->lo;
    if (!eat_split(p, TK_LT)) {
        err_expected(p, "`<`");
        return error_node(p, lo);
    }
    NodeVec kids = nv_take(p);
    while (!at(p, TK_GT) && !at(p, TK_SHR) && !at(p, TK_GE) && !at(p, TK_SHREQ) &&
           !at(p, TK_EOF)) {
        uint32_t alo = peek(p)->lo;
        if (at(p, TK_LIFETIME)) {
            Token t = next(p);
            Node *l = mk(p, N_LIFETIME, alo);
            l->sym = t.sym;
            vec_push(&kids, l);
        } else if (at(p, TK_IDENT) && (kind_at(p, 1) == TK_EQ || kind_at(p, 1) == TK_COLON) &&
                   kind_at(p, 2) != TK_COLON) {
            Token t = next(p);
            if (eat(p, TK_COLON)) {
                unsupported(p, alo, p->prev_hi, "an associated type bound");
                break;
            }
            next(p);
            Node *b = mk1(p, N_ASSOC_BINDING, alo, parse_type(p));
            b->sym = t.sym;
            finish(p, b);
            vec_push(&kids, b);
        } else if (at(p, TK_LBRACE)) {
            vec_push(&kids, parse_block_in(p, INNER_GATE));
        } else if (at(p, TK_MINUS) || is_lit_tok(kind(p))) {
            /* a const argument is a literal, `-` literal or a block: `N<3>` ends at `>` */
            vec_push(&kids, parse_pat_bound(p));
        } else {
            vec_push(&kids, parse_type(p));
        }
        if (p->failed || !eat(p, TK_COMMA))
            break;
    }
    Node *n = mk(p, N_GENERIC_ARGS, lo);
    set_kids(p, n, &kids);
    for (uint32_t i = 0; i < n->nkids; i++) { /* an anonymous constant, to src/defs */
        NodeKind k = (NodeKind)n->kids[i]->kind;
        if (k == N_LIT || k == N_BLOCK || k == N_UNARY) {
            p->ndefs++;
            break;
        }
    }
    if (!p->failed)
        expect(p, TK_GT);
    finish(p, n);
    return n;
}

/* `Fn(A, B) -> C` */
static Node *
parse_fn_sugar(P *p)
{
    uint32_t lo = peek(p)->lo;
    next(p); /* ( */
    NodeVec ins = nv_take(p);
    while (!at(p, TK_RPAREN) && !at(p, TK_EOF)) {
        vec_push(&ins, parse_type(p));
        if (p->failed || !eat(p, TK_COMMA))
            break;
    }
    expect(p, TK_RPAREN);
    Node *tuple = mk(p, N_TY_TUPLE, lo);
    set_kids(p, tuple, &ins);
    Node *out = eat(p, TK_RARROW) ? parse_type(p) : none(p);
    return mk2(p, N_FN_SUGAR, lo, tuple, out);
}

/* qself := '<' type ('as' path)? '>' '::' segs */
static Node *
parse_qself(P *p, bool expr_style)
{
    uint32_t lo = peek(p)->lo;
    eat_split(p, TK_LT);
    NodeVec kids = nv_take(p);
    vec_push(&kids, parse_type(p));
    if (eat(p, TK_KW_AS))
        vec_push(&kids, parse_path(p, false));
    else
        vec_push(&kids, none(p));
    if (!p->failed)
        expect(p, TK_GT);
    while (!p->failed && eat(p, TK_PATHSEP)) {
        uint32_t slo = peek(p)->lo;
        Symbol name = seg_name(p, peek(p));
        if (!name) {
            err_expected(p, "an identifier");
            break;
        }
        next(p);
        Node *seg = mk(p, N_SEG, slo);
        seg->sym = name;
        Node *args = none(p);
        if (expr_style ? (at(p, TK_PATHSEP) && (kind_at(p, 1) == TK_LT || kind_at(p, 1) == TK_SHL))
                       : (at(p, TK_LT) || at(p, TK_SHL))) {
            if (expr_style)
                next(p);
            args = parse_generic_args(p);
        }
        seg->nkids = 1;
        seg->kids = arena_alloc(p->arena, sizeof(Node *));
        seg->kids[0] = args;
        finish(p, seg);
        vec_push(&kids, seg);
    }
    Node *n = mk(p, N_QSELF, lo);
    set_kids(p, n, &kids);
    return n;
}

/*
 * path := '::'? seg ('::' seg)*
 * seg  := name generic_args?        (types: `Vec<T>`; exprs need `::<`: `Vec::<T>`)
 */
static Node *
parse_path(P *p, bool expr_style)
{
    uint32_t lo = peek(p)->lo;
    if (!enter(p))
        return error_node(p, lo);
    Node *n = mk(p, N_PATH, lo);
    if (eat(p, TK_PATHSEP))
        n->flags |= NF_GLOBAL;
    NodeVec segs = nv_take(p);
    for (;;) {
        uint32_t slo = peek(p)->lo;
        Symbol name = seg_name(p, peek(p));
        if (!name) {
            err_expected(p, "an identifier");
            break;
        }
        next(p);
        Node *seg = mk(p, N_SEG, slo);
        seg->sym = name;
        Node *args = NULL;
        if (!expr_style && (at(p, TK_LT) || at(p, TK_SHL)) ) {
            args = parse_generic_args(p);
        } else if (!expr_style && at(p, TK_LPAREN)) {
            args = parse_fn_sugar(p);
        } else if (at(p, TK_PATHSEP) && (kind_at(p, 1) == TK_LT || kind_at(p, 1) == TK_SHL)) {
            next(p);
            args = parse_generic_args(p);
        }
        seg->nkids = 1;
        seg->kids = arena_alloc(p->arena, sizeof(Node *));
        seg->kids[0] = args ? args : none(p);
        finish(p, seg);
        vec_push(&segs, seg);
        if (p->failed || !at(p, TK_PATHSEP) || !is_path_start(kind_at(p, 1)) ||
            kind_at(p, 1) == TK_PATHSEP || kind_at(p, 1) == TK_LT || kind_at(p, 1) == TK_SHL)
            break;
        next(p);
    }
    set_kids(p, n, &segs);
    finish(p, n);
    leave(p);
    return n;
}

static Node *
parse_any_path(P *p, bool expr_style)
{
    if (at(p, TK_LT) || at(p, TK_SHL))
        return parse_qself(p, expr_style);
    return parse_path(p, expr_style);
}

/* ---- types ---------------------------------------------------------------------- */

/* bound := lifetime | '?'? path | '(' bound ')' ; bounds := bound ('+' bound)* */
static Node *
parse_bounds(P *p, NodeKind k)
{
    uint32_t lo = peek(p)->lo;
    NodeVec kids = nv_take(p);
    for (;;) {
        uint32_t blo = peek(p)->lo;
        if (at(p, TK_LIFETIME)) {
            Token t = next(p);
            Node *l = mk(p, N_LIFETIME, blo);
            l->sym = t.sym;
            vec_push(&kids, l);
        } else if (at(p, TK_QUESTION) || is_path_start(kind(p)) || at(p, TK_KW_FOR) ||
                   at(p, TK_KW_ASYNC) || at(p, TK_TILDE) || at(p, TK_KW_CONST)) {
            uint16_t flags = 0;
            if (at(p, TK_KW_FOR)) {
                unsupported(p, blo, peek(p)->hi, "a higher-ranked bound (`for<'a>`)");
                break;
            }
            if (at(p, TK_KW_ASYNC) || at(p, TK_TILDE) || at(p, TK_KW_CONST)) {
                unsupported(p, blo, peek(p)->hi, "this trait bound modifier");
                break;
            }
            if (eat(p, TK_QUESTION))
                flags |= NF_MAYBE;
            Node *b = mk1(p, N_BOUND, blo, parse_path(p, false));
            b->flags = flags;
            finish(p, b);
            vec_push(&kids, b);
        } else if (at(p, TK_LPAREN)) {
            next(p);
            Node *inner = parse_bounds(p, N_BOUNDS);
            expect(p, TK_RPAREN);
            for (uint32_t i = 0; i < inner->nkids; i++)
                vec_push(&kids, inner->kids[i]);
        } else {
            if (kids.len == 0 && k != N_BOUNDS)
                err_expected(p, "a trait bound");
            break;
        }
        if (p->failed || !at(p, TK_PLUS))
            break;
        next(p);
    }
    Node *n = mk(p, k, lo);
    set_kids(p, n, &kids);
    return n;
}

/*
 * type := path | '&' lifetime? 'mut'? type | '*' ('const'|'mut') type
 *       | '(' (type ',')* ')' | '[' type (';' expr)? ']' | 'fn' '(' types ')' ('->' type)?
 *       | 'impl' bounds | 'dyn' bounds | '!' | '_'
 */
static Node *parse_type_inner(P *p);

/* parse_type_inner, its result marked (def_free) */
static Node *
parse_type(P *p)
{
    uint32_t defs0 = p->ndefs;
    return def_free(p, defs0, parse_type_inner(p));
}

static Node *
parse_type_inner(P *p)
{
    uint32_t lo = peek(p)->lo;
    if (!enter(p))
        return error_node(p, lo);
    Node *r;
    switch ((int)kind(p)) {
    case TK_AND:
    case TK_ANDAND: {
        eat_split(p, TK_AND);
        Node *lt = none(p);
        if (at(p, TK_LIFETIME)) {
            uint32_t llo = peek(p)->lo;
            Token t = next(p);
            lt = mk(p, N_LIFETIME, llo);
            lt->sym = t.sym;
        }
        bool m = eat(p, TK_KW_MUT);
        r = mk2(p, N_TY_REF, lo, lt, parse_type(p));
        if (m)
            r->flags |= NF_MUT;
        break;
    }
    case TK_STAR: {
        next(p);
        bool m = false;
        if (eat(p, TK_KW_MUT))
            m = true;
        else if (!eat(p, TK_KW_CONST))
            err_expected(p, "`mut` or `const`");
        r = mk1(p, N_TY_PTR, lo, parse_type(p));
        if (m)
            r->flags |= NF_MUT;
        break;
    }
    case TK_LPAREN: {
        next(p);
        NodeVec kids = nv_take(p);
        bool comma = false;
        while (!at(p, TK_RPAREN) && !at(p, TK_EOF)) {
            vec_push(&kids, parse_type(p));
            comma = false;
            if (p->failed || !eat(p, TK_COMMA))
                break;
            comma = true;
        }
        expect(p, TK_RPAREN);
        if (kids.len == 1 && !comma) {
            r = kids.data[0]; /* parenthesised type */
            nv_give(p, &kids);
        } else {
            r = mk(p, N_TY_TUPLE, lo);
            set_kids(p, r, &kids);
        }
        break;
    }
    case TK_LBRACKET: {
        next(p);
        Node *elem = parse_type(p);
        if (eat(p, TK_SEMI)) {
            Node *len = parse_expr(p);
            expect(p, TK_RBRACKET);
            r = mk2(p, N_TY_ARRAY, lo, elem, len);
        } else {
            expect(p, TK_RBRACKET);
            r = mk1(p, N_TY_SLICE, lo, elem);
        }
        break;
    }
    case TK_KW_FN:
    case TK_KW_UNSAFE:
    case TK_KW_EXTERN: {
        if (!at(p, TK_KW_FN)) {
            unsupported(p, lo, peek(p)->hi, "an `unsafe` or `extern` fn pointer type");
            r = error_node(p, lo);
            break;
        }
        next(p);
        uint32_t plo = peek(p)->lo;
        expect(p, TK_LPAREN);
        NodeVec kids = nv_take(p);
        while (!p->failed && !at(p, TK_RPAREN) && !at(p, TK_EOF)) {
            /* fn(name: T) names are allowed and ignored */
            if ((at(p, TK_IDENT) || at(p, TK_UNDERSCORE)) && kind_at(p, 1) == TK_COLON &&
                kind_at(p, 2) != TK_COLON) {
                next(p);
                next(p);
            }
            vec_push(&kids, parse_type(p));
            if (p->failed || !eat(p, TK_COMMA))
                break;
        }
        expect(p, TK_RPAREN);
        Node *params = mk(p, N_TY_TUPLE, plo);
        set_kids(p, params, &kids);
        Node *ret = eat(p, TK_RARROW) ? parse_type(p) : none(p);
        r = mk2(p, N_TY_FN, lo, params, ret);
        break;
    }
    case TK_KW_IMPL:
        next(p);
        r = parse_bounds(p, N_TY_IMPL);
        r->lo = lo;
        break;
    case TK_KW_DYN:
        next(p);
        r = parse_bounds(p, N_TY_DYN);
        r->lo = lo;
        break;
    case TK_NOT:
        next(p);
        r = mk(p, N_TY_NEVER, lo);
        break;
    case TK_UNDERSCORE:
        next(p);
        r = mk(p, N_TY_INFER, lo);
        break;
    case TK_KW_FOR:
        unsupported(p, lo, peek(p)->hi, "a higher-ranked type (`for<'a>`)");
        r = error_node(p, lo);
        break;
    default:
        if (is_path_start(kind(p))) {
            r = mk1(p, N_TY_PATH, lo, parse_any_path(p, false));
            /* a bare trait object with `+` (edition 2015) */
            break;
        }
        err_expected(p, "type");
        r = error_node(p, lo);
        break;
    }
    finish(p, r);
    leave(p);
    return r;
}

/* ---- patterns ------------------------------------------------------------------- */

static bool
is_lit_tok(TokKind k)
{
    return k == TK_INT || k == TK_FLOAT || k == TK_STR || k == TK_CHAR || k == TK_BYTE ||
           k == TK_BYTE_STR || k == TK_KW_TRUE || k == TK_KW_FALSE || k == TK_C_STR;
}

/* `s` is one of `first` followed by digits only: a width that is not one (`u7`, `f8`) */
static bool
looks_like_width(const char *s, const char *first)
{
    if (!s[0] || !s[1] || !strchr(first, s[0]))
        return false;
    for (const char *c = s + 1; *c; c++)
        if (*c < '0' || *c > '9')
            return false;
    return true;
}

static bool
in_names(const char *s, const char *const *names)
{
    for (int i = 0; names[i]; i++)
        if (!strcmp(s, names[i]))
            return true;
    return false;
}

/*
 * The checks rustc makes when it turns a literal token into a value: valid
 * suffixes (an integer's `f` suffix makes it a float), no decimal point in
 * other bases, and integers that fit in 128 bits.
 */
static void
check_lit(P *p, const Token *t)
{
    static const char *const INT_SUFFIXES[] = {"i8", "i16", "i32", "i64", "i128", "isize", "u8",
                                               "u16", "u32", "u64", "u128", "usize", NULL};
    static const char *const FLOAT_SUFFIXES[] = {"f16", "f32", "f64", "f128", NULL};
    const char *suf = t->suffix ? sym_str(t->suffix) : NULL;
    char label[160];
    switch ((int)t->kind) {
    case TK_INT: {
        const char *digits = sym_str(t->sym);
        int base = 10;
        if (digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'o' || digits[1] == 'b'))
            base = digits[1] == 'x' ? 16 : digits[1] == 'o' ? 8 : 2;
        if (suf && !in_names(suf, INT_SUFFIXES)) {
            if (suf[0] == 'f') {
                if (base != 10) {
                    gate_label(p, t->lo, t->hi, "", "not supported",
                               "%s float literal is not supported",
                               base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary");
                    return;
                }
                break; /* a float: checked below */
            }
            if (looks_like_width(suf, "iu")) {
                gate_label(p, t->lo, t->hi, "", NULL, "invalid width `%s` for integer literal",
                           suf + 1);
            } else {
                snprintf(label, sizeof label, "invalid suffix `%s`", suf);
                gate_label(p, t->lo, t->hi, "", label, "invalid suffix `%s` for number literal",
                           suf);
            }
            return;
        }
        /* at most 2^128 - 1 (lexing already reported digits invalid for the base) */
        uint64_t hi = 0, lo = 0;
        bool big = false;
        for (const char *c = digits + (base != 10 ? 2 : 0); *c && !big; c++) {
            int d = *c >= '0' && *c <= '9'   ? *c - '0'
                    : *c >= 'a' && *c <= 'f' ? *c - 'a' + 10
                    : *c >= 'A' && *c <= 'F' ? *c - 'A' + 10
                                             : -1;
            if (d < 0 || d >= base)
                continue;
            /* (hi, lo) = (hi, lo) * base + d, in 32-bit pieces */
            uint64_t parts[4] = {lo & 0xffffffffu, lo >> 32, hi & 0xffffffffu, hi >> 32};
            uint64_t carry = (uint64_t)d;
            for (int i = 0; i < 4; i++) {
                uint64_t v = parts[i] * (uint64_t)base + carry;
                parts[i] = v & 0xffffffffu;
                carry = v >> 32;
            }
            big = carry != 0;
            lo = parts[0] | parts[1] << 32;
            hi = parts[2] | parts[3] << 32;
        }
        if (big)
            gate_label(p, t->lo, t->hi, "", NULL, "integer literal is too large");
        return;
    }
    case TK_FLOAT:
        break;
    case TK_STR:
    case TK_BYTE_STR:
    case TK_C_STR:
    case TK_CHAR:
    case TK_BYTE:
        if (suf) {
            const char *what = t->kind == TK_STR        ? "string"
                               : t->kind == TK_BYTE_STR ? "byte string"
                               : t->kind == TK_C_STR    ? "C string"
                               : t->kind == TK_CHAR     ? "char"
                                                        : "byte";
            snprintf(label, sizeof label, "invalid suffix `%s`", suf);
            gate_label(p, t->lo, t->hi, "", label, "suffixes on %s literals are invalid", what);
        }
        return;
    default:
        return;
    }
    /* a float, or an integer with an `f` suffix */
    if (!suf || in_names(suf, FLOAT_SUFFIXES))
        return;
    if (looks_like_width(suf, "f")) {
        gate_label(p, t->lo, t->hi, "", NULL, "invalid width `%s` for float literal", suf + 1);
    } else {
        snprintf(label, sizeof label, "invalid suffix `%s`", suf);
        gate_label(p, t->lo, t->hi, "", label, "invalid suffix `%s` for float literal", suf);
    }
}

static Node *
parse_lit(P *p)
{
    uint32_t lo = peek(p)->lo;
    Token t = next(p);
    check_lit(p, &t);
    Node *n = mk(p, N_LIT, lo);
    n->op = t.kind;
    n->sym = t.sym;
    n->suffix = t.suffix;
    if (t.kind == TK_C_STR)
        unsupported(p, t.lo, t.hi, "a C string literal");
    return n;
}

/* a range bound inside a pattern: literal, -literal, or path */
static Node *
parse_pat_bound(P *p)
{
    uint32_t lo = peek(p)->lo;
    if (at(p, TK_MINUS)) {
        next(p);
        if (!at(p, TK_INT) && !at(p, TK_FLOAT)) {
            err_expected(p, "a number");
            return error_node(p, lo);
        }
        Node *u = mk1(p, N_UNARY, lo, parse_lit(p));
        u->op = TK_MINUS;
        return u;
    }
    if (is_lit_tok(kind(p)))
        return parse_lit(p);
    if (is_path_start(kind(p)))
        return mk1(p, N_PATH_EXPR, lo, parse_any_path(p, true));
    err_expected(p, "a pattern");
    return error_node(p, lo);
}

static bool
range_pat_end_start(TokKind k)
{
    return k == TK_MINUS || is_lit_tok(k) || is_path_start(k);
}

/* pat_no_top_alt */
static Node *
parse_pat1(P *p)
{
    uint32_t lo = peek(p)->lo;
    if (!enter(p))
        return error_node(p, lo);
    Node *r = NULL;
    switch ((int)kind(p)) {
    case TK_UNDERSCORE:
        next(p);
        r = mk(p, N_PAT_WILD, lo);
        break;
    case TK_DOTDOT:
        next(p);
        r = mk(p, N_PAT_REST, lo);
        break;
    case TK_DOTDOTEQ: {
        next(p);
        Node *hi = parse_pat_bound(p);
        r = mk2(p, N_PAT_RANGE, lo, none(p), hi);
        r->flags |= NF_INCLUSIVE;
        break;
    }
    case TK_AND:
    case TK_ANDAND: {
        eat_split(p, TK_AND);
        bool m = eat(p, TK_KW_MUT);
        r = mk1(p, N_PAT_REF, lo, parse_pat1(p));
        if (m)
            r->flags |= NF_MUT;
        break;
    }
    case TK_LPAREN: {
        next(p);
        NodeVec kids = nv_take(p);
        bool comma = false;
        while (!at(p, TK_RPAREN) && !at(p, TK_EOF)) {
            vec_push(&kids, parse_pat(p));
            comma = false;
            if (p->failed || !eat(p, TK_COMMA))
                break;
            comma = true;
        }
        expect(p, TK_RPAREN);
        if (kids.len == 1 && !comma && kids.data[0]->kind != N_PAT_REST) {
            r = kids.data[0];
            nv_give(p, &kids);
        } else {
            r = mk(p, N_PAT_TUPLE, lo);
            set_kids(p, r, &kids);
        }
        break;
    }
    case TK_LBRACKET: {
        next(p);
        NodeVec kids = nv_take(p);
        while (!at(p, TK_RBRACKET) && !at(p, TK_EOF)) {
            vec_push(&kids, parse_pat(p));
            if (p->failed || !eat(p, TK_COMMA))
                break;
        }
        expect(p, TK_RBRACKET);
        r = mk(p, N_PAT_SLICE, lo);
        set_kids(p, r, &kids);
        break;
    }
    case TK_KW_REF:
    case TK_KW_MUT: {
        uint16_t flags = 0;
        if (eat(p, TK_KW_REF))
            flags |= NF_REF;
        if (eat(p, TK_KW_MUT))
            flags |= NF_MUT;
        if (!at(p, TK_IDENT)) {
            err_expected(p, "identifier");
            r = error_node(p, lo);
            break;
        }
        Token t = next(p);
        Node *sub = none(p);
        if (eat(p, TK_AT))
            sub = parse_pat1(p);
        r = mk1(p, N_PAT_IDENT, lo, sub);
        r->sym = t.sym;
        r->flags = flags;
        break;
    }
    case TK_KW_BOX:
        unsupported(p, lo, peek(p)->hi, "a `box` pattern");
        r = error_node(p, lo);
        break;
    default:
        break;
    }
    if (!r) {
        TokKind k = kind(p);
        if (k == TK_MINUS || is_lit_tok(k)) {
            Node *a = parse_pat_bound(p);
            if (at(p, TK_DOTDOTEQ) || at(p, TK_DOTDOT) || at(p, TK_DOTDOTDOT)) {
                bool incl = !at(p, TK_DOTDOT);
                bool dots = at(p, TK_DOTDOTDOT);
                if (dots && p->ed < EDITION_2021)
                    unsupported(p, peek(p)->lo, peek(p)->hi, "a `...` range pattern (use `..=`)");
                next(p);
                Node *b = incl || range_pat_end_start(kind(p)) ? parse_pat_bound(p) : none(p);
                if (dots) /* a hard error since 2021 */
                    gate_at(p, lo, p->prev_hi, "E0783", "`...` range patterns are deprecated");
                r = mk2(p, N_PAT_RANGE, lo, a, b);
                if (incl)
                    r->flags |= NF_INCLUSIVE;
            } else {
                r = mk1(p, N_PAT_LIT, lo, a);
            }
        } else if (at(p, TK_IDENT) && kind_at(p, 1) != TK_PATHSEP && kind_at(p, 1) != TK_LPAREN &&
                   kind_at(p, 1) != TK_LBRACE && kind_at(p, 1) != TK_NOT &&
                   kind_at(p, 1) != TK_DOTDOTEQ && kind_at(p, 1) != TK_DOTDOT) {
            Token t = next(p);
            Node *sub = none(p);
            if (eat(p, TK_AT))
                sub = parse_pat1(p);
            r = mk1(p, N_PAT_IDENT, lo, sub);
            r->sym = t.sym;
        } else if (is_path_start(k)) {
            if (at(p, TK_IDENT) && kind_at(p, 1) == TK_NOT) {
                unsupported(p, lo, tok_at(p, 1)->hi, "a macro in pattern position");
                r = error_node(p, lo);
            } else {
                Node *path = parse_any_path(p, true);
                if (at(p, TK_LPAREN)) {
                    next(p);
                    NodeVec kids = nv_take(p);
                    vec_push(&kids, path);
                    while (!at(p, TK_RPAREN) && !at(p, TK_EOF)) {
                        vec_push(&kids, parse_pat(p));
                        if (p->failed || !eat(p, TK_COMMA))
                            break;
                    }
                    expect(p, TK_RPAREN);
                    r = mk(p, N_PAT_TUPLE_STRUCT, lo);
                    set_kids(p, r, &kids);
                } else if (at(p, TK_LBRACE)) {
                    next(p);
                    NodeVec kids = nv_take(p);
                    vec_push(&kids, path);
                    uint16_t flags = 0;
                    while (!at(p, TK_RBRACE) && !at(p, TK_EOF)) {
                        NodeVec fattrs = nv_take(p);
                        parse_attrs(p, &fattrs, false);
                        uint32_t flo = peek(p)->lo;
                        if (eat(p, TK_DOTDOT)) {
                            flags |= NF_REST;
                            nv_give(p, &fattrs);
                            break;
                        }
                        Node *f;
                        bool has_ref = false, has_mut = false;
                        if ((at(p, TK_IDENT) || at(p, TK_INT)) && kind_at(p, 1) == TK_COLON) {
                            Token name = next(p);
                            next(p);
                            f = mk1(p, N_PAT_FIELD, flo, parse_pat(p));
                            f->sym = name.sym;
                        } else {
                            has_ref = eat(p, TK_KW_REF);
                            has_mut = eat(p, TK_KW_MUT);
                            if (!at(p, TK_IDENT)) {
                                err_expected(p, "identifier");
                                nv_give(p, &fattrs);
                                break;
                            }
                            Token name = next(p);
                            Node *bind = mk1(p, N_PAT_IDENT, flo, none(p));
                            bind->sym = name.sym;
                            bind->flags = (uint16_t)((has_ref ? NF_REF : 0) | (has_mut ? NF_MUT : 0));
                            f = mk1(p, N_PAT_FIELD, flo, bind);
                            f->sym = name.sym;
                            f->flags |= NF_SHORTHAND;
                        }
                        finish(p, f);
                        attach_attrs(p, f, &fattrs);
                        vec_push(&kids, f);
                        if (p->failed || !eat(p, TK_COMMA))
                            break;
                    }
                    expect(p, TK_RBRACE);
                    r = mk(p, N_PAT_STRUCT, lo);
                    set_kids(p, r, &kids);
                    r->flags = flags;
                } else if (at(p, TK_DOTDOTEQ) || at(p, TK_DOTDOT)) {
                    bool incl = at(p, TK_DOTDOTEQ);
                    next(p);
                    Node *a = mk1(p, N_PATH_EXPR, lo, path);
                    Node *b = incl || range_pat_end_start(kind(p)) ? parse_pat_bound(p) : none(p);
                    r = mk2(p, N_PAT_RANGE, lo, a, b);
                    if (incl)
                        r->flags |= NF_INCLUSIVE;
                } else {
                    r = mk1(p, N_PAT_PATH, lo, path);
                }
            }
        } else if (k >= TK_KW_AS && k <= TK_KW_GEN) {
            /* `let match = ..`: rustc wants a binding name here */
            char found[80];
            describe(p, peek(p), found, sizeof found);
            if (err_at(p, lo, peek(p)->hi, "expected identifier, found %s", found))
                set_label(p, strncmp(found, "reserved", 8) ? "expected identifier, found keyword"
                                                          : "expected identifier, found reserved keyword");
            r = error_node(p, lo);
        } else {
            err_expected(p, "pattern");
            r = error_node(p, lo);
        }
    }
    finish(p, r);
    leave(p);
    return r;
}

/* pat := '|'? pat1 ('|' pat1)* */
static Node *parse_pat_inner(P *p);

/* parse_pat_inner, its result marked (def_free) */
static Node *
parse_pat(P *p)
{
    uint32_t defs0 = p->ndefs;
    return def_free(p, defs0, parse_pat_inner(p));
}

static Node *
parse_pat_inner(P *p)
{
    uint32_t lo = peek(p)->lo;
    eat(p, TK_OR);
    Node *first = parse_pat1(p);
    if (!at(p, TK_OR))
        return first;
    NodeVec kids = nv_take(p);
    vec_push(&kids, first);
    while (!p->failed && eat(p, TK_OR))
        vec_push(&kids, parse_pat1(p));
    Node *n = mk(p, N_PAT_OR, lo);
    set_kids(p, n, &kids);
    return n;
}

/* ---- expressions ---------------------------------------------------------------- */

static bool
is_block_like(const Node *e)
{
    switch ((int)e->kind) {
    case N_IF:
    case N_MATCH:
    case N_LOOP:
    case N_WHILE:
    case N_FOR:
    case N_BLOCK:
        return true;
    case N_MACRO_CALL:
        return e->op == TK_LBRACE;
    default:
        return false;
    }
}

static bool
can_start_expr(TokKind k)
{
    switch ((int)k) {
    case TK_IDENT: case TK_INT: case TK_FLOAT: case TK_STR: case TK_CHAR: case TK_BYTE:
    case TK_BYTE_STR: case TK_C_STR: case TK_KW_TRUE: case TK_KW_FALSE: case TK_LPAREN:
    case TK_LBRACKET: case TK_LBRACE: case TK_MINUS: case TK_NOT: case TK_STAR: case TK_AND:
    case TK_ANDAND: case TK_OR: case TK_OROR: case TK_KW_SELF_VALUE: case TK_KW_SELF_TYPE:
    case TK_KW_SUPER: case TK_KW_CRATE: case TK_PATHSEP: case TK_LT: case TK_SHL: case TK_KW_IF:
    case TK_KW_MATCH: case TK_KW_LOOP: case TK_KW_WHILE: case TK_KW_FOR: case TK_KW_MOVE:
    case TK_KW_ASYNC: case TK_KW_UNSAFE: case TK_KW_RETURN: case TK_KW_BREAK:
    case TK_KW_CONTINUE: case TK_LIFETIME: case TK_DOTDOT: case TK_DOTDOTEQ: case TK_UNDERSCORE:
    case TK_KW_LET:
        return true;
    default:
        return false;
    }
}

/* what kind of list an expression list is, for rustc's messages */
enum {
    LIST_PLAIN,  /* call arguments, tuple and array elements */
    LIST_FORMAT, /* arguments of println! and the like */
    LIST_RULES,  /* arguments of a macro_rules! macro (vec!) */
};

static int
cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/*
 * rustc's "expected one of `,`, `.`, `?`, or an operator, found `x`": the
 * tokens sorted as rustc sorts them, and the label short when they are many.
 */
static void
err_expected_one_of(P *p, const char **toks, int n)
{
    const Token *t = peek(p);
    char found[80], label[320], msg[256];
    describe(p, t, found, sizeof found);
    qsort(toks, (size_t)n, sizeof toks[0], cmp_str);
    size_t len = 0;
    for (int i = 0; i < n; i++)
        len += (size_t)snprintf(label + len, sizeof label - len, "%s%s", i ? ", " : "", toks[i]);
    snprintf(msg, sizeof msg, "expected one of %.200s, or an operator", label);
    if (n + 1 > 6)
        snprintf(label, sizeof label, "expected one of %d possible tokens", n + 1);
    else
        snprintf(label, sizeof label, "%s", msg);
    if (err_at(p, t->lo, t->hi, "%s, found %s", msg, found))
        set_label(p, label);
}

/*
 * Ends a list after its element `last`: the close token, or rustc's error
 * naming every token that could have come (sorted as rustc sorts them; a
 * path could also have gone on with `!`, `::` or `{`).  `extra` is one more
 * acceptable token (`;` after an array's first element), or NULL.
 */
static void
expect_list_end(P *p, const Node *last, TokKind close, const char *extra, int list, bool first)
{
    if (eat(p, close) || p->failed)
        return;
    if (at(p, TK_EOF) || !last) {
        expect(p, close);
        return;
    }
    const Token *t = peek(p);
    char found[80];
    describe(p, t, found, sizeof found);
    if (list == LIST_RULES) {
        if (err_at(p, t->lo, t->hi, "no rules expected %s", found))
            set_label(p, "no rules expected this token in macro call");
        return;
    }
    if (list == LIST_FORMAT && first) {
        if (err_at(p, t->lo, t->hi, "expected `,`, found %s", found))
            set_label(p, "expected `,`");
        return;
    }
    const char *toks[12];
    int n = 0;
    char closer[8];
    toks[n++] = "`,`";
    toks[n++] = "`.`";
    toks[n++] = "`?`";
    if (list == LIST_PLAIN) {
        snprintf(closer, sizeof closer, "%s", tok_kind_name(close));
        toks[n++] = closer;
    }
    if (extra)
        toks[n++] = extra;
    if (last->kind == N_PATH_EXPR && last->kids[0]->kind == N_PATH) {
        toks[n++] = "`!`";
        toks[n++] = "`::`";
        toks[n++] = "`{`";
    }
    err_expected_one_of(p, toks, n);
}

/* comma-separated expressions up to `close` (`first`: the list's first element is next) */
static void
parse_expr_list(P *p, TokKind close, NodeVec *out, int list, bool first)
{
    Node *last = NULL;
    while (!at(p, close) && !at(p, TK_EOF)) {
        NodeVec attrs = nv_take(p);
        parse_attrs(p, &attrs, false);
        Node *e = parse_expr(p);
        attach_attrs(p, e, &attrs);
        vec_push(out, e);
        last = e;
        if (p->failed || !eat(p, TK_COMMA))
            break;
        last = NULL;
        first = false;
    }
    expect_list_end(p, last, close, NULL, list, first);
}

static const char *const FORMAT_MACROS[] = {
    "println", "print", "eprintln", "eprint", "format", "panic", "assert", "assert_eq",
    "assert_ne", "unreachable", "todo", "unimplemented", "write", "writeln", "dbg",
    "debug_assert", "debug_assert_eq", "debug_assert_ne", NULL};

/* name!(...) with the path already parsed */
static Node *
parse_macro_call(P *p, Node *path, uint32_t lo)
{
    next(p); /* ! */
    Symbol name = path->nkids ? path->kids[path->nkids - 1]->sym : 0;
    const char *nm = name ? sym_str(name) : "";
    TokKind open = kind(p), close;
    if (open == TK_LPAREN)
        close = TK_RPAREN;
    else if (open == TK_LBRACKET)
        close = TK_RBRACKET;
    else if (open == TK_LBRACE)
        close = TK_RBRACE;
    else {
        err_expected(p, "one of `(`, `[`, or `{`");
        return error_node(p, lo);
    }
    Node *n = mk(p, N_MACRO_CALL, lo);
    n->sym = name;
    n->op = (uint16_t)open;
    NodeVec kids = nv_take(p);
    /* the closing delimiter: the file's delimiters are known to balance */
    uint32_t saved_close = p->macro_close;
    if (!p->has_split) {
        int depth = 0;
        for (uint32_t j = p->i; j < p->n; j++) {
            TokKind k = (TokKind)p->t[j].kind;
            depth += is_open_delim(k) ? 1 : is_close_delim(k) ? -1 : 0;
            if (depth == 0) {
                p->macro_close = j;
                break;
            }
        }
    }
    bool known = false;
    for (int i = 0; FORMAT_MACROS[i]; i++)
        if (!strcmp(nm, FORMAT_MACROS[i]))
            known = true;
    if (known) {
        next(p);
        parse_expr_list(p, close, &kids, LIST_FORMAT, true);
    } else if (!strcmp(nm, "vec")) {
        next(p);
        uint32_t alo = peek(p)->lo;
        if (at(p, close)) {
            next(p);
        } else {
            Node *first = parse_expr(p);
            if (eat(p, TK_SEMI)) {
                Node *count = parse_expr(p);
                expect(p, close);
                vec_push(&kids, mk2(p, N_ARRAY_REPEAT, alo, first, count));
            } else {
                vec_push(&kids, first);
                if (!p->failed && eat(p, TK_COMMA))
                    parse_expr_list(p, close, &kids, LIST_RULES, false);
                else
                    expect_list_end(p, first, close, NULL, LIST_RULES, true);
            }
        }
        n->flags |= NF_INLINE; /* vec!: kids are elements, or one ARRAY_REPEAT */
    } else if (!strcmp(nm, "matches")) {
        next(p);
        vec_push(&kids, parse_expr(p));
        expect(p, TK_COMMA);
        vec_push(&kids, parse_pat(p));
        vec_push(&kids, eat(p, TK_KW_IF) ? parse_expr(p) : none(p));
        eat(p, TK_COMMA);
        expect(p, close);
    } else {
        uint32_t tlo = peek(p)->lo;
        skip_tree(p);
        char what[160];
        snprintf(what, sizeof what, "the macro `%s!`", nm);
        unsupported(p, lo, p->prev_hi > tlo ? tlo + 1 : tlo, what);
    }
    p->macro_close = saved_close;
    set_kids(p, n, &kids);
    finish(p, n);
    return n;
}

/* struct_lit := path '{' (name (':' expr)? ),* ('..' expr)? '}' */
static Node *
parse_struct_lit(P *p, Node *path, uint32_t lo)
{
    next(p); /* { */
    NodeVec kids = nv_take(p);
    vec_push(&kids, path);
    Node *base = NULL;
    while (!at(p, TK_RBRACE) && !at(p, TK_EOF)) {
        NodeVec attrs = nv_take(p);
        parse_attrs(p, &attrs, false);
        uint32_t flo = peek(p)->lo;
        if (eat(p, TK_DOTDOT)) {
            base = at(p, TK_RBRACE) ? none(p) : parse_expr(p);
            if (base->kind == N_NONE)
                unsupported(p, flo, p->prev_hi, "`..` without a base expression");
            nv_give(p, &attrs);
            break;
        }
        if (!at(p, TK_IDENT) && !at(p, TK_INT)) {
            err_expected(p, "identifier");
            nv_give(p, &attrs);
            break;
        }
        if (at(p, TK_INT) && kind_at(p, 1) != TK_COLON) {
            err_expected(p, "identifier"); /* no shorthand for a tuple field */
            nv_give(p, &attrs);
            break;
        }
        Token name = next(p);
        Node *f;
        if (eat(p, TK_COLON)) {
            f = mk1(p, N_FIELD_INIT, flo, parse_expr(p));
        } else {
            Node *path_e = mk(p, N_PATH, flo);
            Node *seg = mk(p, N_SEG, flo);
            seg->sym = name.sym;
            seg->nkids = 1;
            seg->kids = arena_alloc(p->arena, sizeof(Node *));
            seg->kids[0] = none(p);
            path_e->nkids = 1;
            path_e->kids = arena_alloc(p->arena, sizeof(Node *));
            path_e->kids[0] = seg;
            f = mk1(p, N_FIELD_INIT, flo, mk1(p, N_PATH_EXPR, flo, path_e));
            f->flags |= NF_SHORTHAND;
        }
        f->sym = name.sym;
        finish(p, f);
        attach_attrs(p, f, &attrs);
        vec_push(&kids, f);
        if (p->failed || !eat(p, TK_COMMA))
            break;
    }
    vec_push(&kids, base ? base : none(p));
    expect(p, TK_RBRACE);
    Node *n = mk(p, N_STRUCT_LIT, lo);
    set_kids(p, n, &kids);
    return n;
}

/* closure := 'async'? 'move'? '|' (pat (':' ty)?),* '|' ('->' ty block | expr) */
static Node *
parse_closure(P *p, int r)
{
    uint32_t lo = peek(p)->lo;
    uint16_t flags = 0;
    if (at(p, TK_KW_ASYNC)) {
        next(p);
        flags |= NF_ASYNC;
    }
    if (eat(p, TK_KW_MOVE))
        flags |= NF_MOVE;
    uint32_t plo = peek(p)->lo;
    NodeVec params = nv_take(p);
    if (eat(p, TK_OROR)) {
        /* no parameters */
    } else if (expect(p, TK_OR)) {
        while (!at(p, TK_OR) && !at(p, TK_EOF)) {
            NodeVec attrs = nv_take(p);
            parse_attrs(p, &attrs, false);
            uint32_t qlo = peek(p)->lo;
            Node *pat = parse_pat1(p);
            Node *ty = eat(p, TK_COLON) ? parse_type(p) : none(p);
            Node *param = mk2(p, N_CLOSURE_PARAM, qlo, pat, ty);
            attach_attrs(p, param, &attrs);
            vec_push(&params, param);
            if (p->failed || !eat(p, TK_COMMA))
                break;
        }
        expect(p, TK_OR);
    }
    Node *pn = mk(p, N_CLOSURE_PARAMS, plo);
    set_kids(p, pn, &params);
    Node *ret = none(p), *body;
    bool was_async = p->in_async;
    p->in_async = (flags & NF_ASYNC) != 0;
    if (eat(p, TK_RARROW)) {
        ret = parse_type(p);
        if (!at(p, TK_LBRACE)) {
            err_expected(p, "`{`");
            body = error_node(p, peek(p)->lo);
        } else {
            body = parse_block_in(p, INNER_GATE);
        }
    } else {
        body = parse_expr_r(p, r & R_NO_STRUCT);
    }
    p->in_async = was_async;
    Node *n = mk(p, N_CLOSURE, lo);
    n->flags = flags;
    n->nkids = 3;
    n->kids = arena_alloc(p->arena, 3 * sizeof(Node *));
    n->kids[0] = pn;
    n->kids[1] = ret;
    n->kids[2] = body;
    return n;
}

/*
 * `let` is allowed in an `if`/`while` condition at the top, or (edition
 * 2024) as an operand of a chain of `&&`: never under `||` or another
 * operator.
 */
static void
check_cond(P *p, const Node *e, bool in_chain)
{
    switch ((int)e->kind) {
    case N_LET_COND:
        if (in_chain && p->ed < EDITION_2024)
            gate_at(p, e->lo, e->hi, "", "let chains are only allowed in Rust 2024 or later");
        return;
    case N_BINARY:
        if (e->op == TK_ANDAND) {
            check_cond(p, e->kids[0], true);
            check_cond(p, e->kids[1], true);
            return;
        }
        if (e->op == TK_OROR) {
            const char *op = strstr(p->src + e->kids[0]->hi, "||");
            uint32_t olo = op ? (uint32_t)(op - p->src) : e->kids[0]->hi;
            bool has_let = false;
            for (int i = 0; i < 2; i++)
                has_let = has_let || e->kids[i]->kind == N_LET_COND;
            if (has_let) {
                gate_at(p, olo, olo + 2, "",
                        "`||` operators are not supported in let chain conditions");
                return;
            }
        }
        break;
    default:
        break;
    }
    /* a `let` anywhere below is in the wrong place */
    for (uint32_t i = 0; i < e->nkids; i++) {
        const Node *k = e->kids[i];
        if (k->kind == N_LET_COND)
            gate_at(p, k->lo, k->hi, "", "expected expression, found `let` statement");
        else if (k->kind == N_BINARY || k->kind == N_UNARY || k->kind == N_ADDR_OF ||
                 k->kind == N_CAST || k->kind == N_RANGE)
            check_cond(p, k, false);
    }
}

static Node *
parse_if(P *p)
{
    uint32_t lo = peek(p)->lo;
    next(p); /* if */
    bool block_first = at(p, TK_LBRACE);
    Node *cond = parse_expr_r(p, R_NO_STRUCT | R_ALLOW_LET);
    check_cond(p, cond, false);
    Node *then;
    if (block_first && cond->kind == N_BLOCK && !at(p, TK_LBRACE)) {
        /* `if { .. }`: rustc takes the block for the body */
        gate_label(p, lo + 2, lo + 2, "", "expected condition here",
                   "missing condition for `if` expression");
        then = cond;
        cond = error_node(p, cond->lo);
    } else if (at(p, TK_LBRACE)) {
        then = parse_block_in(p, INNER_DENY);
    } else {
        err_expected(p, "`{`");
        then = error_node(p, lo);
    }
    Node *els = none(p);
    if (eat(p, TK_KW_ELSE)) {
        if (at(p, TK_KW_IF))
            els = parse_if(p);
        else if (at(p, TK_LBRACE))
            els = parse_block_in(p, INNER_DENY);
        else {
            err_expected(p, "`{`");
            els = error_node(p, peek(p)->lo);
        }
    }
    Node *n = mk(p, N_IF, lo);
    n->nkids = 3;
    n->kids = arena_alloc(p->arena, 3 * sizeof(Node *));
    n->kids[0] = cond;
    n->kids[1] = then;
    n->kids[2] = els;
    return n;
}

static Node *
parse_match(P *p)
{
    uint32_t lo = peek(p)->lo;
    next(p); /* match */
    NodeVec kids = nv_take(p);
    vec_push(&kids, parse_expr_r(p, R_NO_STRUCT));
    if (!expect(p, TK_LBRACE)) {
        Node *n = mk(p, N_MATCH, lo);
        set_kids(p, n, &kids);
        return n;
    }
    NodeVec inner = nv_take(p);
    parse_attrs(p, &inner, true);
    nv_give(p, &inner);
    while (!at(p, TK_RBRACE) && !at(p, TK_EOF) && !p->failed) {
        NodeVec attrs = nv_take(p);
        parse_attrs(p, &attrs, false);
        uint32_t alo = peek(p)->lo;
        Node *pat = parse_pat(p);
        Node *guard = eat(p, TK_KW_IF) ? parse_expr_r(p, R_ALLOW_LET) : none(p);
        check_cond(p, guard, false);
        if (!at(p, TK_FATARROW) && !p->failed && pat->kind == N_PAT_LIT) {
            /* after a literal: a range, an or-pattern, a guard or the arm */
            char found[80];
            describe(p, peek(p), found, sizeof found);
            const char *one_of = "expected one of `...`, `..=`, `..`, `=>`, `if`, or `|`";
            if (err_at(p, peek(p)->lo, peek(p)->hi, "%s, found %s", one_of, found))
                set_label(p, one_of);
        }
        expect(p, TK_FATARROW);
        Node *body = parse_expr_r(p, R_STMT);
        check_inner_attrs(p, body, INNER_GATE);
        Node *arm = mk(p, N_ARM, alo);
        arm->nkids = 3;
        arm->kids = arena_alloc(p->arena, 3 * sizeof(Node *));
        arm->kids[0] = pat;
        arm->kids[1] = guard;
        arm->kids[2] = body;
        finish(p, arm);
        attach_attrs(p, arm, &attrs);
        vec_push(&kids, arm);
        if (eat(p, TK_COMMA))
            continue;
        if (!is_block_like(body) && !at(p, TK_RBRACE)) {
            err_at(p, p->prev_hi, p->prev_hi, "expected `,` following `match` arm");
            break;
        }
    }
    if (!p->failed)
        expect(p, TK_RBRACE);
    else {
        /* recover to the end of the match */
        int depth = 0;
        while (!at(p, TK_EOF)) {
            if (at(p, TK_LBRACE) || at(p, TK_LPAREN) || at(p, TK_LBRACKET))
                depth++;
            else if (at(p, TK_RBRACE) || at(p, TK_RPAREN) || at(p, TK_RBRACKET)) {
                if (depth-- == 0) {
                    next(p);
                    break;
                }
            }
            next(p);
        }
    }
    Node *n = mk(p, N_MATCH, lo);
    set_kids(p, n, &kids);
    finish(p, n);
    return n;
}

/* a labelled loop or block: 'a: loop {} */
static Node *
parse_loopish(P *p, Symbol label, uint32_t lo)
{
    Node *n;
    switch ((int)kind(p)) {
    case TK_KW_LOOP:
        next(p);
        n = mk1(p, N_LOOP, lo, parse_block_in(p, INNER_DENY));
        break;
    case TK_KW_WHILE: {
        next(p);
        Node *cond = parse_expr_r(p, R_NO_STRUCT | R_ALLOW_LET);
        check_cond(p, cond, false);
        n = mk2(p, N_WHILE, lo, cond, parse_block_in(p, INNER_DENY));
        break;
    }
    case TK_KW_FOR: {
        next(p);
        Node *pat = parse_pat(p);
        expect(p, TK_KW_IN);
        Node *iter = parse_expr_r(p, R_NO_STRUCT);
        Node *body = parse_block_in(p, INNER_DENY);
        n = mk(p, N_FOR, lo);
        n->nkids = 3;
        n->kids = arena_alloc(p->arena, 3 * sizeof(Node *));
        n->kids[0] = pat;
        n->kids[1] = iter;
        n->kids[2] = body;
        break;
    }
    case TK_LBRACE:
        n = parse_block_in(p, INNER_GATE);
        n->lo = lo;
        break;
    default:
        err_expected(p, "`while`, `for`, `loop` or `{` after a label");
        return error_node(p, lo);
    }
    n->sym = label;
    finish(p, n);
    return n;
}

static bool
can_begin_type(TokKind k)
{
    return is_path_start(k) || k == TK_LPAREN || k == TK_LBRACKET || k == TK_AND ||
           k == TK_ANDAND || k == TK_STAR || k == TK_NOT || k == TK_UNDERSCORE || k == TK_KW_FN ||
           k == TK_KW_IMPL || k == TK_KW_DYN || k == TK_KW_FOR || k == TK_KW_UNSAFE ||
           k == TK_KW_EXTERN || k == TK_QUESTION || k == TK_LIFETIME;
}

/* At `{`: `{ ident,` and `{ ident: <not a type>` or `{ ident: x,` start no block (as rustc). */
static bool
certainly_not_a_block(P *p)
{
    if (kind_at(p, 1) != TK_IDENT)
        return false;
    TokKind k2 = kind_at(p, 2);
    return k2 == TK_COMMA ||
           (k2 == TK_COLON && (kind_at(p, 4) == TK_COMMA || !can_begin_type(kind_at(p, 3))));
}

static Node *
parse_primary(P *p, int r)
{
    uint32_t lo = peek(p)->lo;
    TokKind k = kind(p);
    if (is_lit_tok(k))
        return parse_lit(p);
    switch ((int)k) {
    case TK_LPAREN: {
        next(p);
        NodeVec kids = nv_take(p);
        bool comma = false;
        uint32_t attrs_lo = 0, attrs_hi = 0; /* of the first element */
        while (!at(p, TK_RPAREN) && !at(p, TK_EOF)) {
            NodeVec attrs = nv_take(p);
            uint32_t alo = peek(p)->lo;
            parse_attrs(p, &attrs, false);
            if (attrs.len && kids.len == 0) {
                attrs_lo = alo;
                attrs_hi = p->prev_hi;
            }
            Node *e = parse_expr(p);
            attach_attrs(p, e, &attrs);
            vec_push(&kids, e);
            comma = false;
            if (p->failed || !eat(p, TK_COMMA))
                break;
            comma = true;
        }
        expect_list_end(p, comma || !kids.len ? NULL : kids.data[kids.len - 1], TK_RPAREN, NULL,
                        LIST_PLAIN, kids.len == 1);
        if (kids.len == 1 && !comma) {
            Node *inner = kids.data[0];
            nv_give(p, &kids);
            if (inner->nattrs) {
                /* attributes are allowed on tuple elements, not in parentheses */
                gate_at(p, attrs_lo, attrs_hi, "E0658",
                        "attributes on expressions are experimental");
                inner->nattrs = 0;
                inner->attrs = NULL;
            }
            return mk1(p, N_PAREN, lo, inner);
        }
        Node *n = mk(p, N_TUPLE, lo);
        set_kids(p, n, &kids);
        return n;
    }
    case TK_LBRACKET: {
        next(p);
        if (eat(p, TK_RBRACKET))
            return mk(p, N_ARRAY, lo);
        NodeVec attrs = nv_take(p);
        uint32_t alo = peek(p)->lo;
        parse_attrs(p, &attrs, false);
        uint32_t ahi = p->prev_hi;
        Node *first = parse_expr(p);
        if (attrs.len && at(p, TK_SEMI)) {
            /* `[#[a] x; N]`: the repeated operand is no list element */
            gate_at(p, alo, ahi, "E0658", "attributes on expressions are experimental");
            nv_give(p, &attrs);
        }
        attach_attrs(p, first, &attrs);
        if (eat(p, TK_SEMI)) {
            Node *count = parse_expr(p);
            expect(p, TK_RBRACKET);
            return mk2(p, N_ARRAY_REPEAT, lo, first, count);
        }
        NodeVec kids = nv_take(p);
        vec_push(&kids, first);
        if (!p->failed && eat(p, TK_COMMA))
            parse_expr_list(p, TK_RBRACKET, &kids, LIST_PLAIN, false);
        else
            expect_list_end(p, first, TK_RBRACKET, "`;`", LIST_PLAIN, true);
        Node *n = mk(p, N_ARRAY, lo);
        set_kids(p, n, &kids);
        return n;
    }
    case TK_LBRACE:
        return parse_block_in(p, (r & R_STMT) ? INNER_KEEP : INNER_GATE);
    case TK_KW_UNSAFE:
        if (kind_at(p, 1) == TK_LBRACE) {
            unsupported(p, lo, peek(p)->hi, "an `unsafe` block");
            next(p);
            Node *b = parse_block_in(p, INNER_GATE);
            b->flags |= NF_UNSAFE;
            return b;
        }
        err_expected(p, "expression");
        return error_node(p, lo);
    case TK_KW_IF:
        return parse_if(p);
    case TK_KW_MATCH:
        return parse_match(p);
    case TK_KW_LOOP:
    case TK_KW_WHILE:
    case TK_KW_FOR:
        return parse_loopish(p, 0, lo);
    case TK_LIFETIME: {
        Token label = next(p);
        if (!eat(p, TK_COLON)) {
            /* `'a` alone: rustc reads a label (or an unclosed char literal) */
            const Token *t = peek(p);
            if (err_at(p, t->lo, t->hi, "expected `while`, `for`, `loop` or `{` after a label"))
                set_label(p, "expected `while`, `for`, `loop` or `{` after a label");
            return error_node(p, lo);
        }
        return parse_loopish(p, label.sym, lo);
    }
    case TK_OR:
    case TK_OROR:
    case TK_KW_MOVE:
        return parse_closure(p, r);
    case TK_KW_ASYNC: {
        TokKind k1 = kind_at(p, 1), k2 = kind_at(p, 2);
        if (k1 == TK_LBRACE || (k1 == TK_KW_MOVE && k2 == TK_LBRACE)) {
            next(p);
            Node *n = mk(p, N_ASYNC_BLOCK, lo);
            if (eat(p, TK_KW_MOVE))
                n->flags |= NF_MOVE;
            bool was_async = p->in_async;
            p->in_async = true;
            Node *b = parse_block_in(p, INNER_GATE);
            p->in_async = was_async;
            n->nkids = 1;
            n->kids = arena_alloc(p->arena, sizeof(Node *));
            n->kids[0] = b;
            finish(p, n);
            return n;
        }
        if (k1 == TK_OR || k1 == TK_OROR || k1 == TK_KW_MOVE) {
            if (p->ed == EDITION_2015) {
                err_at(p, lo, peek(p)->hi, "`async` closures are only allowed in Rust 2018 or later");
                return error_node(p, lo);
            }
            return parse_closure(p, r);
        }
        err_expected(p, "`{`, `move` or `|` after `async`");
        return error_node(p, lo);
    }
    case TK_KW_RETURN: {
        next(p);
        Node *e = can_start_expr(kind(p)) && !(at(p, TK_LBRACE) && (r & R_NO_STRUCT))
                      ? parse_expr_r(p, r & R_NO_STRUCT)
                      : none(p);
        return mk1(p, N_RETURN, lo, e);
    }
    case TK_KW_BREAK: {
        next(p);
        Symbol label = 0;
        if (at(p, TK_LIFETIME))
            label = next(p).sym;
        Node *e = can_start_expr(kind(p)) && !(at(p, TK_LBRACE) && (r & R_NO_STRUCT))
                      ? parse_expr_r(p, r & R_NO_STRUCT)
                      : none(p);
        Node *n = mk1(p, N_BREAK, lo, e);
        n->sym = label;
        return n;
    }
    case TK_KW_CONTINUE: {
        next(p);
        Node *n = mk(p, N_CONTINUE, lo);
        if (at(p, TK_LIFETIME))
            n->sym = next(p).sym;
        finish(p, n);
        return n;
    }
    case TK_KW_LET: {
        if (!(r & R_ALLOW_LET)) {
            err_at(p, lo, peek(p)->hi, "expected expression, found `let` statement");
            return error_node(p, lo);
        }
        next(p);
        Node *pat = parse_pat(p);
        expect(p, TK_EQ);
        /* the scrutinee binds tighter than `&&` and `||` */
        Node *e = parse_expr_r(p, (r & R_NO_STRUCT) | 0x100);
        return mk2(p, N_LET_COND, lo, pat, e);
    }
    case TK_UNDERSCORE:
        next(p);
        return mk(p, N_UNDERSCORE_EXPR, lo);
    case TK_KW_YIELD:
    case TK_KW_BECOME:
    case TK_KW_BOX:
    case TK_KW_TRY:
    case TK_KW_CONST:
    case TK_KW_STATIC:
    case TK_KW_GEN: {
        char what[64];
        snprintf(what, sizeof what, "a %s expression", tok_kind_name(k));
        unsupported(p, lo, peek(p)->hi, what);
        next(p);
        return error_node(p, lo);
    }
    default:
        break;
    }
    if (is_path_start(k)) {
        Node *path = parse_any_path(p, true);
        if (p->ed == EDITION_2015 && at(p, TK_KW_MOVE) && path->kind == N_PATH &&
            path->nkids == 1 && !strcmp(sym_str(path->kids[0]->sym), "async")) {
            /* `async` is an identifier in 2015, but `async move` is recognised */
            err_at(p, lo, peek(p)->hi,
                   "`async move` blocks are only allowed in Rust 2018 or later");
            return error_node(p, lo);
        }
        if (at(p, TK_NOT) && path->kind == N_PATH && kind_at(p, 1) != TK_EQ)
            return parse_macro_call(p, path, lo);
        if (at(p, TK_LBRACE) && !(r & R_NO_STRUCT) && path->kind == N_PATH) {
            /* `x {` is a struct literal only when it looks like one */
            TokKind k1 = kind_at(p, 1), k2 = kind_at(p, 2);
            bool looks = k1 == TK_RBRACE || k1 == TK_DOTDOT ||
                         ((k1 == TK_IDENT || k1 == TK_INT) &&
                          (k2 == TK_COLON || k2 == TK_COMMA || k2 == TK_RBRACE)) ||
                         k1 == TK_POUND;
            if (looks)
                return parse_struct_lit(p, path, lo);
        } else if (at(p, TK_LBRACE) && path->kind == N_PATH && certainly_not_a_block(p)) {
            /* `if x == S { a: 1 } {`: rustc parses the literal, then refuses it */
            Node *lit = parse_struct_lit(p, path, lo);
            gate_at(p, lit->lo, lit->hi, "", "struct literals are not allowed here");
            return lit;
        }
        return mk1(p, N_PATH_EXPR, lo, path);
    }
    err_expected(p, "expression");
    return error_node(p, lo);
}

/* postfix := primary ( '?' | '.' name args? | '.' int | '.await' | '(' args ')' | '[' e ']' )* */
static Node *
parse_postfix(P *p, int r)
{
    uint32_t lo = peek(p)->lo;
    Node *e = parse_primary(p, r);
    bool stmt_block = (r & R_STMT) && is_block_like(e);
    uint32_t links = 0; /* each postfix operator nests the tree one level deeper */
    while (!p->failed) {
        TokKind k = kind(p);
        if (k != TK_QUESTION && k != TK_DOT &&
            (stmt_block || (k != TK_LPAREN && k != TK_LBRACKET)))
            break;
        if (!enter(p))
            break;
        links++;
        if (at(p, TK_QUESTION)) {
            next(p);
            e = mk1(p, N_TRY, lo, e);
        } else if (at(p, TK_DOT)) {
            next(p);
            uint32_t nlo = peek(p)->lo;
            if (at(p, TK_KW_AWAIT)) {
                if (!p->in_async)
                    gate_label(p, peek(p)->lo, peek(p)->hi, "E0728",
                               "only allowed inside `async` functions and blocks",
                               "`await` is only allowed inside `async` functions and blocks");
                next(p);
                e = mk1(p, N_AWAIT, lo, e);
            } else if (at(p, TK_INT)) {
                Token t = next(p);
                e = mk1(p, N_FIELD_EXPR, lo, e);
                e->sym = t.sym;
                if (t.suffix)
                    if (err_at(p, t.lo, t.hi, "suffixes on a tuple index are invalid")) {
                        char label[96];
                        snprintf(label, sizeof label, "invalid suffix `%s`", sym_str(t.suffix));
                        set_label(p, label);
                    }
            } else if (at(p, TK_FLOAT)) {
                /* x.0.1 lexes as x . `0.1`: two tuple indices */
                Token t = next(p);
                const char *s = sym_str(t.sym);
                const char *dot = strchr(s, '.');
                if (!dot || t.suffix || strchr(s, 'e') || strchr(s, 'E') || !dot[1]) {
                    err_at(p, t.lo, t.hi, "unexpected token: `%s`", s);
                    break;
                }
                e = mk1(p, N_FIELD_EXPR, lo, e);
                e->sym = sym_intern(s, (size_t)(dot - s));
                e = mk1(p, N_FIELD_EXPR, lo, e);
                e->sym = sym_cstr(dot + 1);
            } else if (at(p, TK_IDENT) || at(p, TK_KW_SELF_VALUE)) {
                Token t = next(p);
                Node *targs = NULL;
                if (at(p, TK_PATHSEP)) {
                    next(p);
                    targs = parse_generic_args(p);
                }
                if (at(p, TK_LPAREN)) {
                    next(p);
                    NodeVec kids = nv_take(p);
                    vec_push(&kids, e);
                    vec_push(&kids, targs ? targs : none(p));
                    parse_expr_list(p, TK_RPAREN, &kids, LIST_PLAIN, true);
                    e = mk(p, N_METHOD_CALL, lo);
                    set_kids(p, e, &kids);
                    e->sym = t.kind == TK_IDENT ? t.sym : sym_cstr("self");
                } else {
                    if (targs)
                        err_expected(p, "`(`");
                    e = mk1(p, N_FIELD_EXPR, lo, e);
                    e->sym = t.kind == TK_IDENT ? t.sym : sym_cstr("self");
                }
            } else {
                (void)nlo;
                err_expected(p, "identifier");
                break;
            }
        } else if (!stmt_block && at(p, TK_LPAREN)) {
            next(p);
            NodeVec kids = nv_take(p);
            vec_push(&kids, e);
            parse_expr_list(p, TK_RPAREN, &kids, LIST_PLAIN, true);
            e = mk(p, N_CALL, lo);
            set_kids(p, e, &kids);
        } else if (!stmt_block && at(p, TK_LBRACKET)) {
            next(p);
            Node *idx = parse_expr(p);
            expect(p, TK_RBRACKET);
            e = mk2(p, N_INDEX, lo, e, idx);
        } else {
            break;
        }
        finish(p, e);
    }
    p->depth -= links;
    return e;
}

/* unary := ('-' | '!' | '*' | '&' 'mut'? | '&&' 'mut'?) unary | postfix */
static Node *parse_unary_inner(P *p, int r);

/* parse_unary_inner, its result marked (def_free) */
static Node *
parse_unary(P *p, int r)
{
    uint32_t defs0 = p->ndefs;
    return def_free(p, defs0, parse_unary_inner(p, r));
}

static Node *
parse_unary_inner(P *p, int r)
{
    uint32_t lo = peek(p)->lo;
    if (!enter(p))
        return error_node(p, lo);
    Node *n;
    switch ((int)kind(p)) {
    case TK_POUND: {
        /*
         * Outer attributes before an operand: rustc parses them anywhere and
         * allows them only on statements and list elements (parsed there).
         */
        NodeVec attrs = nv_take(p);
        parse_attrs(p, &attrs, false);
        if (!attrs.len) {
            err_expected(p, "expression");
            n = error_node(p, lo);
            break;
        }
        gate_at(p, lo, p->prev_hi, "E0658", "attributes on expressions are experimental");
        nv_give(p, &attrs);
        n = parse_unary(p, r);
        break;
    }
    case TK_MINUS:
    case TK_NOT:
    case TK_STAR: {
        Token t = next(p);
        n = mk1(p, N_UNARY, lo, parse_unary(p, r & ~R_STMT));
        n->op = t.kind;
        break;
    }
    case TK_AND:
    case TK_ANDAND: {
        bool twice = at(p, TK_ANDAND);
        next(p);
        if (is_ident_sym(p, "raw") && (kind_at(p, 1) == TK_KW_CONST || kind_at(p, 1) == TK_KW_MUT)) {
            unsupported(p, lo, tok_at(p, 1)->hi, "a `&raw` borrow");
            n = error_node(p, lo);
            break;
        }
        bool m = eat(p, TK_KW_MUT);
        n = mk1(p, N_ADDR_OF, lo, parse_unary(p, r & ~R_STMT));
        if (m)
            n->flags |= NF_MUT;
        if (twice)
            n = mk1(p, N_ADDR_OF, lo, n);
        break;
    }
    default:
        n = parse_postfix(p, r);
        break;
    }
    finish(p, n);
    leave(p);
    return n;
}

/* Where the parser is, to try a parse and go back. */
typedef struct {
    uint32_t i, prev_hi, nerrs, depth;
    bool has_split, failed;
    Token split;
} Mark;

static Mark
mark(P *p)
{
    return (Mark){p->i, p->prev_hi, p->errs->len, p->depth, p->has_split, p->failed, p->split};
}

static void
reset(P *p, const Mark *m)
{
    p->i = m->i;
    p->prev_hi = m->prev_hi;
    p->depth = m->depth;
    p->has_split = m->has_split;
    p->failed = m->failed;
    p->split = m->split;
    while (p->errs->len > m->nerrs) {
        SyntaxError *e = &p->errs->data[--p->errs->len];
        xfree(e->msg, strlen(e->msg) + 1);
        if (e->label)
            xfree(e->label, strlen(e->label) + 1);
    }
}

/*
 * The type after `as`.  In `x as usize < y` the `<` opens generic arguments
 * that do not parse: like rustc, read it as a comparison and say so.
 */
static Node *
parse_cast_type(P *p)
{
    uint32_t j = 0;
    while (kind_at(p, j) == TK_IDENT && kind_at(p, j + 1) == TK_PATHSEP)
        j += 2;
    TokKind after = kind_at(p, j + 1);
    if (p->too_deep || kind_at(p, j) != TK_IDENT || (after != TK_LT && after != TK_SHL))
        return parse_type(p);
    Mark m = mark(p);
    Node *ty = parse_type(p);
    if (!p->failed || p->too_deep)
        return ty;
    reset(p, &m);
    uint32_t lo = peek(p)->lo;
    ty = mk1(p, N_TY_PATH, lo, parse_path(p, true));
    finish(p, ty);
    const Token *t = peek(p);
    bool shl = t->kind == TK_SHL;
    gate_label(p, t->lo, t->hi, "",
               shl ? "not interpreted as shift" : "not interpreted as comparison",
               "`%s` is interpreted as a start of generic arguments for `%.*s`, not a %s",
               shl ? "<<" : "<", (int)(ty->hi - ty->lo), p->src + ty->lo,
               shl ? "shift" : "comparison");
    return ty;
}

static int
binop_prec(TokKind k)
{
    switch ((int)k) {
    case TK_OROR:
        return 1;
    case TK_ANDAND:
        return 2;
    case TK_EQEQ: case TK_NE: case TK_LT: case TK_GT: case TK_LE: case TK_GE:
        return 3;
    case TK_OR:
        return 4;
    case TK_CARET:
        return 5;
    case TK_AND:
        return 6;
    case TK_SHL: case TK_SHR:
        return 7;
    case TK_PLUS: case TK_MINUS:
        return 8;
    case TK_STAR: case TK_SLASH: case TK_PERCENT:
        return 9;
    case TK_KW_AS:
        return 10;
    default:
        return 0;
    }
}

static Node *
parse_binary(P *p, int min_prec, int r)
{
    uint32_t lo = peek(p)->lo;
    Node *lhs = parse_unary(p, r);
    if ((r & R_STMT) && is_block_like(lhs))
        return lhs;
    r &= ~R_STMT;
    uint32_t links = 0; /* a left-associative chain nests the tree one level per operator */
    while (!p->failed) {
        TokKind op = kind(p);
        int prec = binop_prec(op);
        if (!prec || prec < min_prec)
            break;
        if ((r & 0x100) && prec <= 2)
            break; /* a `let` scrutinee stops before && and || */
        if (!enter(p))
            break;
        links++;
        Token optok = next(p);
        if (op == TK_KW_AS) {
            lhs = mk2(p, N_CAST, lo, lhs, parse_cast_type(p));
            continue;
        }
        Node *rhs = parse_binary(p, prec + 1, r);
        lhs = mk2(p, N_BINARY, lo, lhs, rhs);
        lhs->op = (uint16_t)op;
        if (prec == 3 && binop_prec(kind(p)) == 3) {
            err_at(p, optok.lo, optok.hi, "comparison operators cannot be chained");
            break;
        }
    }
    p->depth -= links;
    return lhs;
}

/* range := binary? ('..' | '..=') binary? */
static Node *
parse_range(P *p, int r)
{
    uint32_t lo = peek(p)->lo;
    Node *start;
    if (at(p, TK_DOTDOT) || at(p, TK_DOTDOTEQ) || at(p, TK_DOTDOTDOT))
        start = none(p);
    else {
        start = parse_binary(p, 1, r);
        if ((r & R_STMT) && is_block_like(start))
            return start;
    }
    if (p->failed || !(at(p, TK_DOTDOT) || at(p, TK_DOTDOTEQ) || at(p, TK_DOTDOTDOT)))
        return start;
    bool incl = !at(p, TK_DOTDOT);
    if (at(p, TK_DOTDOTDOT)) {
        err_at(p, peek(p)->lo, peek(p)->hi, "unexpected token: `...`");
        return start;
    }
    Token optok = next(p);
    Node *end = none(p);
    if (can_start_expr(kind(p)) && !(at(p, TK_LBRACE) && (r & R_NO_STRUCT)))
        end = parse_binary(p, 1, r & ~R_STMT);
    else if (incl)
        gate_at(p, optok.lo, optok.hi, "E0586", "inclusive range with no end");
    Node *n = mk2(p, N_RANGE, lo, start, end);
    if (incl)
        n->flags |= NF_INCLUSIVE;
    return n;
}

/* expr := range (('=' | op'=') expr)?   (right-associative) */
static Node *parse_expr_r_inner(P *p, int r);

/* parse_expr_r_inner, its result marked (def_free) */
static Node *
parse_expr_r(P *p, int r)
{
    uint32_t defs0 = p->ndefs;
    return def_free(p, defs0, parse_expr_r_inner(p, r));
}

static Node *
parse_expr_r_inner(P *p, int r)
{
    uint32_t lo = peek(p)->lo;
    if (!enter(p))
        return error_node(p, lo);
    Node *lhs = parse_range(p, r);
    if (!p->failed && !((r & R_STMT) && is_block_like(lhs))) {
        TokKind k = kind(p);
        if (k == TK_EQ && !(r & 0x100)) {
            next(p);
            lhs = mk2(p, N_ASSIGN, lo, lhs, parse_expr_r(p, r & ~R_STMT));
        } else if (k == TK_PLUSEQ || k == TK_MINUSEQ || k == TK_STAREQ || k == TK_SLASHEQ ||
                   k == TK_PERCENTEQ || k == TK_CARETEQ || k == TK_ANDEQ || k == TK_OREQ ||
                   k == TK_SHLEQ || k == TK_SHREQ) {
            next(p);
            lhs = mk2(p, N_ASSIGN_OP, lo, lhs, parse_expr_r(p, r & ~R_STMT));
            lhs->op = (uint16_t)k;
        }
    }
    leave(p);
    return lhs;
}

static Node *
parse_expr(P *p)
{
    return parse_expr_r(p, 0);
}

/* ---- statements ------------------------------------------------------------------ */

static bool
is_item_start(P *p)
{
    TokKind k = kind(p), k1 = kind_at(p, 1);
    switch ((int)k) {
    case TK_KW_FN: case TK_KW_STRUCT: case TK_KW_ENUM: case TK_KW_TRAIT: case TK_KW_IMPL:
    case TK_KW_MOD: case TK_KW_USE: case TK_KW_TYPE: case TK_KW_PUB: case TK_KW_EXTERN:
        return true;
    case TK_KW_STATIC:
        return k1 == TK_IDENT || k1 == TK_KW_MUT;
    case TK_KW_CONST:
        return k1 != TK_LBRACE && k1 != TK_OR && k1 != TK_OROR && k1 != TK_KW_MOVE;
    case TK_KW_UNSAFE:
        return k1 != TK_LBRACE;
    case TK_KW_ASYNC:
        return k1 == TK_KW_FN || (k1 == TK_KW_UNSAFE && kind_at(p, 2) == TK_KW_FN);
    case TK_IDENT:
        if (is_ident_sym(p, "macro_rules") && k1 == TK_NOT)
            return true;
        if (is_ident_sym(p, "async") && k1 == TK_KW_FN)
            return true; /* edition 2015: an error, but an item */
        if ((is_ident_sym(p, "union") || is_ident_sym(p, "auto")) &&
            (k1 == TK_IDENT || k1 == TK_KW_TRAIT))
            return true;
        return false;
    default:
        return false;
    }
}

/*
 * The delimiters open during recovery: those opened since the start of the
 * construct (an error inside `(`, `[` or `{` leaves them open) and those
 * met while skipping.  Only the innermost 64 kinds are remembered.
 */
typedef struct {
    TokKind open[64];
    int n;     /* remembered */
    int extra; /* deeper than remembered */
} Delims;

static bool
is_open_delim(TokKind k)
{
    return k == TK_LBRACE || k == TK_LPAREN || k == TK_LBRACKET;
}

static bool
is_close_delim(TokKind k)
{
    return k == TK_RBRACE || k == TK_RPAREN || k == TK_RBRACKET;
}

static int
delims_depth(const Delims *d)
{
    return d->n + d->extra;
}

static void
delims_push(Delims *d, TokKind k)
{
    if (d->n < 64 && !d->extra)
        d->open[d->n++] = k;
    else
        d->extra++;
}

/*
 * Closes up to the opener of `k`; a `}` also closes the `(` and `[` left
 * unclosed inside it.  Returns false when nothing open matches: the token
 * closes something outside the construct.
 */
static bool
delims_close(Delims *d, TokKind k)
{
    TokKind want = k == TK_RBRACE ? TK_LBRACE : k == TK_RPAREN ? TK_LPAREN : TK_LBRACKET;
    if (d->extra) {
        d->extra--;
        return true;
    }
    int i = d->n - 1;
    while (i >= 0 && d->open[i] != want)
        i--;
    if (i < 0)
        return k != TK_RBRACE && d->n > 0; /* a stray `)` or `]` inside: skipped */
    d->n = i;
    return true;
}

static void
delims_since(P *p, uint32_t from, Delims *d)
{
    memset(d, 0, sizeof *d);
    for (uint32_t j = from; j < p->i && j < p->n; j++) {
        TokKind k = (TokKind)p->t[j].kind;
        if (is_open_delim(k))
            delims_push(d, k);
        else if (is_close_delim(k) && delims_depth(d) > 0)
            delims_close(d, k);
    }
}

/*
 * Skips to the end of the statement begun at token `from`: past a `;`, or
 * before the `}` that closes the enclosing block (the file's delimiters are
 * known to balance, so the ones the error left open close on the way).
 */
static void
recover_stmt(P *p, uint32_t from)
{
    Delims d;
    delims_since(p, from, &d);
    while (!at(p, TK_EOF)) {
        if (p->too_deep) {
            next(p);
            continue;
        }
        TokKind k = kind(p);
        if (k == TK_SEMI && delims_depth(&d) == 0) {
            next(p);
            break;
        }
        /* a `}` closing nothing here ends the block; a stray `)` or `]` is skipped */
        if (k == TK_RBRACE && (delims_depth(&d) == 0 || !delims_close(&d, k)))
            break;
        if (is_close_delim(k) && k != TK_RBRACE && delims_depth(&d) > 0)
            delims_close(&d, k);
        if (is_open_delim(k))
            delims_push(&d, k);
        next(p);
        if (delims_depth(&d) == 0 && k == TK_RBRACE && is_item_start(p))
            break;
    }
    p->failed = false;
}

/*
 * The `;` after a statement whose expression `last` could have gone on
 * (NULL when none: a `let` without initializer).  A token on the next line
 * gets rustc's "add `;` here"; one on the same line the tokens that could
 * have followed: `else` after a `let` initializer, `}` after an expression.
 */
static void
expect_stmt_semi(P *p, const Node *last, bool is_let)
{
    if (at(p, TK_SEMI) || !last) {
        expect_semi(p);
        return;
    }
    const Token *t = peek(p);
    bool same_line = t->kind != TK_EOF && !memchr(p->src + p->prev_hi, '\n', t->lo - p->prev_hi);
    if (!same_line) {
        expect_semi(p);
        return;
    }
    const char *toks[8];
    int n = 0;
    toks[n++] = "`.`";
    toks[n++] = "`;`";
    toks[n++] = "`?`";
    toks[n++] = is_let ? "`else`" : "`}`";
    if (last->kind == N_PATH_EXPR && last->kids[0]->kind == N_PATH) {
        toks[n++] = "`!`";
        toks[n++] = "`::`";
        toks[n++] = "`{`";
    }
    err_expected_one_of(p, toks, n);
}

/*
 * Attributes before an expression statement belong to its leftmost operand
 * when the expression is a binary one, and rustc allows them there only
 * under a feature gate.
 */
static void
check_stmt_attrs(P *p, const NodeVec *attrs, const Node *e, uint32_t elo)
{
    uint32_t alo = attrs->data[0]->lo, ahi = attrs->data[attrs->len - 1]->hi;
    switch ((int)e->kind) {
    case N_RANGE:
        if (e->kids[0]->kind == N_NONE) {
            uint32_t len = e->flags & NF_INCLUSIVE ? 3 : 2;
            gate_at(p, elo, elo + len, "",
                    "attributes are not allowed on range expressions starting with `..`");
            return;
        }
        /* fall through */
    case N_BINARY:
    case N_CAST:
    case N_ASSIGN:
    case N_ASSIGN_OP:
        gate_at(p, alo, ahi, "E0658", "attributes on expressions are experimental");
        return;
    default:
        return;
    }
}

/* stmt := ';' | 'let' pat (':' ty)? ('=' expr ('else' block)?)? ';' | item | expr ';'? */
static Node *
parse_stmt(P *p, bool *tail)
{
    uint32_t lo = peek(p)->lo;
    uint32_t defs0 = p->ndefs;
    NodeVec attrs = nv_take(p);
    parse_attrs(p, &attrs, false);
    Node *s;
    *tail = false;
    if (at(p, TK_SEMI)) {
        next(p);
        s = mk(p, N_EMPTY_STMT, lo);
    } else if (at(p, TK_KW_LET)) {
        next(p);
        uint32_t plo = peek(p)->lo;
        Node *pat = parse_pat(p);
        if (pat->kind == N_PAT_OR && pat->lo == plo) /* not `(A | B)` */
            gate_at(p, pat->lo, pat->hi, "",
                    "`let` bindings require top-level or-patterns in parentheses");
        Node *ty = eat(p, TK_COLON) ? parse_type(p) : none(p);
        Node *init = none(p), *els = none(p);
        if (eat(p, TK_EQ)) {
            init = parse_expr(p);
            if (eat(p, TK_KW_ELSE))
                els = parse_block_in(p, INNER_DENY);
        }
        if (!p->failed)
            expect_stmt_semi(p, init->kind != N_NONE && els->kind == N_NONE ? init : NULL, true);
        s = mk(p, N_LET, lo);
        s->nkids = 4;
        s->kids = arena_alloc(p->arena, 4 * sizeof(Node *));
        s->kids[0] = pat;
        s->kids[1] = ty;
        s->kids[2] = init;
        s->kids[3] = els;
    } else if (is_item_start(p)) {
        Node *item = parse_item(p, &attrs, IN_MOD);
        return mk1(p, N_ITEM_STMT, lo, item);
    } else {
        uint32_t elo = peek(p)->lo;
        Node *e = parse_expr_r(p, R_STMT);
        if (attrs.len && !p->failed)
            check_stmt_attrs(p, &attrs, e, elo);
        s = mk1(p, N_EXPR_STMT, lo, e);
        if (e->kind == N_BLOCK && e->nattrs) {
            /* `{ #![cfg(x)] .. }` as a statement: the statement's */
            for (uint32_t i = 0; i < e->nattrs; i++)
                vec_push(&attrs, e->attrs[i]);
            e->attrs = NULL;
            e->nattrs = 0;
        }
        if (p->failed) {
            /* leave it to the caller's recovery */
        } else if (eat(p, TK_SEMI)) {
            s->flags |= NF_SEMI;
        } else if (at(p, TK_RBRACE)) {
            *tail = true;
        } else if (!is_block_like(e)) {
            expect_stmt_semi(p, e, false);
        }
    }
    finish(p, s);
    attach_attrs(p, s, &attrs);
    return def_free(p, defs0, s);
}

/* block := '{' inner_attrs stmt* '}' */
static Node *
parse_block(P *p)
{
    uint32_t lo = peek(p)->lo;
    if (!enter(p))
        return error_node(p, lo);
    if (!expect(p, TK_LBRACE)) {
        leave(p);
        return error_node(p, lo);
    }
    uint32_t defs0 = p->ndefs;
    p->blocks++;
    Node *b = mk(p, N_BLOCK, lo);
    NodeVec inner = nv_take(p);
    parse_attrs(p, &inner, true);
    NodeVec stmts = nv_take(p);
    while (!at(p, TK_RBRACE) && !at(p, TK_EOF)) {
        uint32_t before = p->i;
        bool tail;
        Node *s = parse_stmt(p, &tail);
        vec_push(&stmts, s);
        if (p->failed) {
            if (p->too_deep)
                break;
            recover_stmt(p, before);
        }
        if (p->i == before && !p->has_split && !at(p, TK_RBRACE))
            next(p); /* never loop without progress */
    }
    set_kids(p, b, &stmts);
    if (!p->too_deep)
        expect(p, TK_RBRACE);
    finish(p, b);
    attach_attrs(p, b, &inner);
    leave(p);
    p->blocks--;
    return def_free(p, defs0, b);
}

/*
 * Inner attributes annotate what encloses them: a fn body's belong to the
 * fn, a block statement's to the statement (the callers move them).  In a
 * block that is an expression rustc gates them (E0658), and after `if`,
 * `else`, the loops and `let .. else` it refuses them.
 */
static void
check_inner_attrs(P *p, Node *b, int inner)
{
    if (inner == INNER_KEEP || b->kind != N_BLOCK || !b->nattrs)
        return;
    const Node *a = b->attrs[0];
    if (inner == INNER_GATE)
        gate_at(p, a->lo, a->hi, "E0658", "attributes on expressions are experimental");
    else
        gate_at(p, a->lo, a->hi, "", "an inner attribute is not permitted in this context");
    b->nattrs = 0;
    b->attrs = NULL;
}

static Node *
parse_block_in(P *p, int inner)
{
    Node *b = parse_block(p);
    check_inner_attrs(p, b, inner);
    return b;
}

/* ---- items ------------------------------------------------------------------------ */

/* generics := '<' (lifetime (':' lifetimes)? | name (':' bounds)? ('=' ty)? | 'const' name ':' ty),* '>' */
static Node *
parse_generics(P *p)
{
    uint32_t lo = peek(p)->lo;
    if (!at(p, TK_LT))
        return mk(p, N_GENERICS, lo);
    next(p);
    NodeVec kids = nv_take(p);
    while (!at(p, TK_GT) && !at(p, TK_SHR) && !at(p, TK_EOF)) {
        NodeVec attrs = nv_take(p);
        parse_attrs(p, &attrs, false);
        uint32_t glo = peek(p)->lo;
        Node *g;
        if (at(p, TK_LIFETIME)) {
            Token t = next(p);
            NodeVec bounds = nv_take(p);
            if (eat(p, TK_COLON))
                while (at(p, TK_LIFETIME)) {
                    uint32_t llo = peek(p)->lo;
                    Node *l = mk(p, N_LIFETIME, llo);
                    l->sym = next(p).sym;
                    vec_push(&bounds, l);
                    if (!eat(p, TK_PLUS))
                        break;
                }
            g = mk(p, N_LIFETIME_PARAM, glo);
            set_kids(p, g, &bounds);
            g->sym = t.sym;
        } else if (at(p, TK_KW_CONST)) {
            next(p);
            if (!at(p, TK_IDENT)) {
                err_expected(p, "identifier");
                nv_give(p, &attrs);
                break;
            }
            Token t = next(p);
            expect(p, TK_COLON);
            g = mk1(p, N_CONST_PARAM, glo, parse_type(p));
            g->sym = t.sym;
            if (eat(p, TK_EQ))
                unsupported(p, glo, p->prev_hi, "a default for a const parameter");
        } else if (at(p, TK_IDENT)) {
            Token t = next(p);
            Node *bounds = eat(p, TK_COLON) ? parse_bounds(p, N_BOUNDS) : mk(p, N_BOUNDS, glo);
            Node *def = eat(p, TK_EQ) ? parse_type(p) : none(p);
            g = mk2(p, N_TYPE_PARAM, glo, bounds, def);
            g->sym = t.sym;
        } else {
            err_expected(p, "a generic parameter");
            nv_give(p, &attrs);
            break;
        }
        finish(p, g);
        attach_attrs(p, g, &attrs);
        vec_push(&kids, g);
        if (p->failed || !eat(p, TK_COMMA))
            break;
    }
    if (!p->failed)
        expect(p, TK_GT);
    Node *n = mk(p, N_GENERICS, lo);
    set_kids(p, n, &kids);
    return n;
}

/* where := 'where' (ty ':' bounds | lifetime ':' lifetimes),* */
static Node *
parse_where(P *p)
{
    uint32_t lo = peek(p)->lo;
    if (!eat(p, TK_KW_WHERE))
        return none(p);
    NodeVec kids = nv_take(p);
    while (!at(p, TK_LBRACE) && !at(p, TK_LAZY_BODY) && !at(p, TK_SEMI) && !at(p, TK_EOF) &&
           !at(p, TK_EQ)) {
        uint32_t wlo = peek(p)->lo;
        Node *ty;
        if (at(p, TK_LIFETIME)) {
            ty = mk(p, N_LIFETIME, wlo);
            ty->sym = next(p).sym;
        } else if (at(p, TK_KW_FOR)) {
            unsupported(p, wlo, peek(p)->hi, "a higher-ranked where clause (`for<'a>`)");
            break;
        } else {
            ty = parse_type(p);
        }
        expect(p, TK_COLON);
        Node *bounds = parse_bounds(p, N_BOUNDS);
        Node *pred = mk2(p, N_WHERE_PRED, wlo, ty, bounds);
        vec_push(&kids, pred);
        if (p->failed || !eat(p, TK_COMMA))
            break;
    }
    Node *n = mk(p, N_WHERE, lo);
    set_kids(p, n, &kids);
    return n;
}

/* params := '(' (self_param | attrs pat ':' ty),* ')' */
static Node *
parse_fn_params(P *p)
{
    uint32_t lo = peek(p)->lo;
    NodeVec kids = nv_take(p);
    if (!expect(p, TK_LPAREN)) {
        Node *n = mk(p, N_PARAMS, lo);
        return n;
    }
    while (!at(p, TK_RPAREN) && !at(p, TK_EOF)) {
        NodeVec attrs = nv_take(p);
        parse_attrs(p, &attrs, false);
        uint32_t plo = peek(p)->lo;
        Node *param;
        /* self, mut self, &self, &mut self, &'a self, &'a mut self, self: T */
        uint32_t k = 0;
        bool ref = false, mut = false;
        if (kind_at(p, 0) == TK_AND) {
            ref = true;
            k = 1;
            if (kind_at(p, k) == TK_LIFETIME)
                k++;
            if (kind_at(p, k) == TK_KW_MUT) {
                mut = true;
                k++;
            }
        } else if (kind_at(p, 0) == TK_KW_MUT) {
            mut = true;
            k = 1;
        }
        if (kind_at(p, k) == TK_KW_SELF_VALUE && kind_at(p, k + 1) != TK_PATHSEP) {
            for (uint32_t i = 0; i <= k; i++)
                next(p);
            Node *ty = none(p);
            if (!ref && eat(p, TK_COLON))
                ty = parse_type(p);
            param = mk1(p, N_SELF_PARAM, plo, ty);
            if (ref)
                param->flags |= NF_REF;
            if (mut)
                param->flags |= NF_MUT;
        } else {
            Node *pat = parse_pat1(p);
            if (!expect(p, TK_COLON)) {
                nv_give(p, &attrs);
                break;
            }
            if (at(p, TK_DOTDOTDOT)) {
                unsupported(p, peek(p)->lo, peek(p)->hi, "a C-variadic parameter");
                nv_give(p, &attrs);
                break;
            }
            param = mk2(p, N_PARAM, plo, pat, parse_type(p));
        }
        finish(p, param);
        attach_attrs(p, param, &attrs);
        vec_push(&kids, param);
        if (p->failed || !eat(p, TK_COMMA))
            break;
    }
    if (!p->failed)
        expect(p, TK_RPAREN);
    Node *n = mk(p, N_PARAMS, lo);
    set_kids(p, n, &kids);
    return n;
}

/* fields := '{' (attrs vis? name ':' ty),* '}'  |  '(' (attrs vis? ty),* ')' */
static void
parse_fields(P *p, bool tuple, NodeVec *out)
{
    TokKind close = tuple ? TK_RPAREN : TK_RBRACE;
    next(p);
    while (!at(p, close) && !at(p, TK_EOF)) {
        NodeVec attrs = nv_take(p);
        parse_attrs(p, &attrs, false);
        uint32_t flo = peek(p)->lo;
        bool pub = false;
        if (eat(p, TK_KW_PUB)) {
            pub = true;
            if (at(p, TK_LPAREN) && !tuple)
                skip_tree(p);
            else if (at(p, TK_LPAREN) && tuple &&
                     (kind_at(p, 1) == TK_KW_CRATE || kind_at(p, 1) == TK_KW_SUPER ||
                      kind_at(p, 1) == TK_KW_SELF_VALUE || kind_at(p, 1) == TK_KW_IN))
                skip_tree(p);
        }
        Node *f;
        if (tuple) {
            f = mk1(p, N_FIELD, flo, parse_type(p));
        } else {
            if (!at(p, TK_IDENT)) {
                err_expected(p, "identifier");
                nv_give(p, &attrs);
                break;
            }
            Token name = next(p);
            expect(p, TK_COLON);
            f = mk1(p, N_FIELD, flo, parse_type(p));
            f->sym = name.sym;
        }
        if (pub)
            f->flags |= NF_PUB;
        finish(p, f);
        attach_attrs(p, f, &attrs);
        vec_push(out, f);
        if (p->failed || !eat(p, TK_COMMA))
            break;
    }
    if (!p->failed && !tuple && !at(p, close) && !at(p, TK_EOF)) {
        char found[80];
        describe(p, peek(p), found, sizeof found);
        if (err_at(p, p->prev_hi, p->prev_hi, "expected `,`, or `}`, found %s", found))
            set_label(p, "help: try adding a comma: `,`");
    }
    if (!p->failed)
        expect(p, close);
}

/* Skips to the next item boundary after an error in the item begun at token `from`. */
static void
recover_item(P *p, uint32_t from)
{
    Delims d;
    delims_since(p, from, &d);
    while (!at(p, TK_EOF)) {
        if (p->too_deep) {
            next(p);
            continue;
        }
        TokKind k = kind(p);
        if (k == TK_SEMI && delims_depth(&d) == 0) {
            next(p);
            break;
        }
        if (delims_depth(&d) == 0 && (k == TK_RBRACE || is_item_start(p) || k == TK_POUND))
            break;
        if (is_close_delim(k) && !delims_close(&d, k))
            break;
        if (is_open_delim(k))
            delims_push(&d, k);
        next(p);
        if (delims_depth(&d) == 0 && k == TK_RBRACE)
            break;
    }
    p->failed = false;
}

/* items until `}` (or end of file when `close` is TK_EOF) */
static void
parse_items(P *p, TokKind close, NodeVec *out, ItemCtx ctx)
{
    while (!at(p, close) && !at(p, TK_EOF)) {
        uint32_t before = p->i;
        NodeVec attrs = nv_take(p);
        parse_attrs(p, &attrs, false);
        if (at(p, close) || at(p, TK_EOF)) {
            nv_give(p, &attrs);
            break;
        }
        Node *it = parse_item(p, &attrs, ctx);
        vec_push(out, it);
        if (p->failed) {
            if (p->too_deep)
                break;
            recover_item(p, before);
            if (close == TK_EOF && at(p, TK_RBRACE)) {
                err_at(p, peek(p)->lo, peek(p)->hi, "unexpected closing delimiter: `}`");
                next(p);
                p->failed = false;
            }
        }
        if (p->i == before && !p->has_split)
            next(p);
    }
}

/*
 * parse_file_lazy: the body at `{`, skipped to its `}`, as a LAZY_BODY -- or NULL (parse
 * it now) when something in it matters before the body is needed: an attribute (cfg), an
 * item (a definition with a name, an owner of its own), `cfg!`, a macro definition.
 * Delimiters are balanced (check_delims), so the matching `}` is found by counting braces.
 */
static Node *
lazy_body(P *p)
{
    if (!p->lazy || p->failed || p->has_split || !at(p, TK_LBRACE) ||
        p->depth > (NI_DEPTH_MASK >> NI_DEPTH_SHIFT))
        return NULL;
    static Symbol cfg_sym, macro_rules_sym, union_sym;
    if (!cfg_sym) {
        cfg_sym = sym_cstr("cfg");
        macro_rules_sym = sym_cstr("macro_rules");
        union_sym = sym_cstr("union");
    }
    uint32_t open = 0, j = p->i;
    for (; j < p->n; j++) {
        const Token *t = &p->t[j];
        switch ((int)t->kind) {
        case TK_LBRACE:
            open++;
            break;
        case TK_RBRACE:
            open--;
            break;
        case TK_POUND:
        case TK_DOC_COMMENT:
        case TK_LAZY_BODY: /* (a fn inside: the lexer skipped its body) */
        case TK_KW_FN:
        case TK_KW_STRUCT:
        case TK_KW_ENUM:
        case TK_KW_IMPL:
        case TK_KW_TRAIT:
        case TK_KW_MOD:
        case TK_KW_USE:
        case TK_KW_STATIC:
        case TK_KW_CONST:
        case TK_KW_TYPE:
        case TK_KW_EXTERN:
        case TK_KW_MACRO:
        case TK_EOF:
            return NULL;
        case TK_IDENT:
            if (t->sym == cfg_sym || t->sym == macro_rules_sym || t->sym == union_sym)
                return NULL;
            break;
        default:
            break;
        }
        if (open == 0)
            break;
    }
    if (j >= p->n || p->t[j].kind != TK_RBRACE)
        return NULL;
    Node *n = mk(p, N_LAZY_BODY, p->t[p->i].lo);
    n->lo = p->t[p->i].lo;
    n->hi = p->t[j].hi;
    p->i = j + 1;
    p->prev_hi = n->hi;
    p->nlazy++;
    return n;
}

static Node *
parse_item(P *p, NodeVec *attrs, ItemCtx ctx)
{
    uint32_t lo = peek(p)->lo;
    if (!enter(p)) {
        nv_give(p, attrs);
        return error_node(p, lo);
    }
    bool was_async = p->in_async; /* an item's code is never in the enclosing async body */
    p->in_async = false;
    uint16_t flags = 0;
    if (eat(p, TK_KW_PUB)) {
        flags |= NF_PUB;
        if (at(p, TK_LPAREN)) {
            TokKind k1 = kind_at(p, 1);
            if (k1 == TK_KW_CRATE || k1 == TK_KW_SUPER || k1 == TK_KW_SELF_VALUE)
                skip_tree(p);
            else if (k1 == TK_KW_IN)
                skip_tree(p);
        }
    }
    Node *n = NULL;
    /* fn qualifiers */
    uint16_t fq = 0;
    for (;;) {
        if (at(p, TK_KW_CONST) && (kind_at(p, 1) == TK_KW_FN || kind_at(p, 1) == TK_KW_ASYNC ||
                                   kind_at(p, 1) == TK_KW_UNSAFE || kind_at(p, 1) == TK_KW_EXTERN)) {
            next(p);
            fq |= NF_CONST;
        } else if (at(p, TK_KW_ASYNC) && (kind_at(p, 1) == TK_KW_FN || kind_at(p, 1) == TK_KW_UNSAFE)) {
            next(p);
            fq |= NF_ASYNC;
        } else if (is_ident_sym(p, "async") && kind_at(p, 1) == TK_KW_FN) {
            gate_label(p, peek(p)->lo, peek(p)->hi, "E0670",
                       "to use `async fn`, switch to Rust 2018 or later",
                       "`async fn` is not permitted in Rust 2015");
            next(p);
            fq |= NF_ASYNC;
        } else if (at(p, TK_KW_UNSAFE) && kind_at(p, 1) != TK_LBRACE) {
            uint32_t ulo = peek(p)->lo;
            next(p);
            if (!at(p, TK_KW_FN) && !at(p, TK_KW_IMPL) && !at(p, TK_KW_TRAIT) && !at(p, TK_KW_EXTERN)) {
                err_expected(p, "`fn`, `impl` or `trait` after `unsafe`");
                break;
            }
            unsupported(p, ulo, p->prev_hi, "an `unsafe` item");
            break;
        } else if (at(p, TK_KW_EXTERN)) {
            uint32_t elo = peek(p)->lo;
            next(p);
            if (at(p, TK_KW_CRATE))
                unsupported(p, elo, peek(p)->hi, "`extern crate`");
            else
                unsupported(p, elo, peek(p)->hi, "an `extern` block or ABI");
            break;
        } else {
            break;
        }
    }
    if (p->failed) {
        nv_give(p, attrs);
        p->in_async = was_async;
        leave(p);
        return error_node(p, lo);
    }
    switch ((int)kind(p)) {
    case TK_KW_FN: {
        next(p);
        if (!at(p, TK_IDENT)) {
            err_expected(p, "identifier");
            break;
        }
        Token name = next(p);
        Node *gen = parse_generics(p);
        Node *params = parse_fn_params(p);
        Node *ret = eat(p, TK_RARROW) ? parse_type(p) : none(p);
        Node *wh = parse_where(p);
        Node *body;
        p->in_async = (fq & NF_ASYNC) != 0;
        if (at(p, TK_SEMI)) {
            /* the core library declares its intrinsics without bodies */
            bool intrinsic = false;
            for (uint32_t a = 0; a < attrs->len; a++) {
                const Node *m = attrs->data[a]->nkids ? attrs->data[a]->kids[0] : NULL;
                if (m && m->sym && !strcmp(sym_str(m->sym), "rustc_intrinsic"))
                    intrinsic = true;
            }
            if (ctx != IN_TRAIT && !intrinsic)
                gate_at(p, lo, peek(p)->lo, "",
                        ctx == IN_IMPL ? "associated function in `impl` without body"
                                       : "free function without a body");
            next(p);
            body = none(p);
        } else if (at(p, TK_LAZY_BODY) && p->blocks == 0 &&
                   p->depth <= (NI_DEPTH_MASK >> NI_DEPTH_SHIFT)) {
            /* lex_file_lazy skipped it */
            const Token *t = peek(p);
            body = mk(p, N_LAZY_BODY, t->lo);
            body->hi = t->hi;
            body->info |= (uint16_t)(p->depth << NI_DEPTH_SHIFT);
            next(p);
            p->nlazy++;
        } else if (at(p, TK_LBRACE)) {
            uint32_t depth = p->depth;
            body = p->blocks == 0 ? lazy_body(p) : NULL;
            if (!body)
                body = parse_block(p);
            if (p->blocks == 0 && depth <= (NI_DEPTH_MASK >> NI_DEPTH_SHIFT))
                body->info |= (uint16_t)(depth << NI_DEPTH_SHIFT);
        } else {
            err_expected(p, "`;` or `{`");
            body = error_node(p, peek(p)->lo);
        }
        Node **body_attrs = body->attrs; /* inner attributes of the body: the fn's */
        uint32_t body_nattrs = body->nattrs;
        body->attrs = NULL;
        body->nattrs = 0;
        n = mk(p, N_FN, lo);
        n->nkids = 5;
        n->kids = arena_alloc(p->arena, 5 * sizeof(Node *));
        n->kids[0] = gen;
        n->kids[1] = params;
        n->kids[2] = ret;
        n->kids[3] = wh;
        n->kids[4] = body;
        n->sym = name.sym;
        n->flags = (uint16_t)(flags | fq);
        n->attrs = body_attrs;
        n->nattrs = body_nattrs;
        break;
    }
    case TK_KW_STRUCT: {
        next(p);
        if (!at(p, TK_IDENT)) {
            err_expected(p, "identifier");
            break;
        }
        Token name = next(p);
        NodeVec kids = nv_take(p);
        vec_push(&kids, parse_generics(p));
        uint16_t sflags = 0;
        if (at(p, TK_LPAREN)) {
            sflags |= NF_TUPLE;
            NodeVec fields = nv_take(p);
            parse_fields(p, true, &fields);
            vec_push(&kids, parse_where(p));
            for (uint32_t i = 0; i < fields.len; i++)
                vec_push(&kids, fields.data[i]);
            nv_give(p, &fields);
            if (!p->failed)
                expect_semi(p);
        } else {
            vec_push(&kids, parse_where(p));
            if (at(p, TK_SEMI)) {
                next(p);
                sflags |= NF_UNIT;
            } else if (at(p, TK_LBRACE)) {
                parse_fields(p, false, &kids);
            } else {
                err_expected(p, "`where`, `{`, `(`, or `;` after struct name");
            }
        }
        n = mk(p, N_STRUCT, lo);
        set_kids(p, n, &kids);
        n->sym = name.sym;
        n->flags = (uint16_t)(flags | sflags);
        break;
    }
    case TK_KW_ENUM: {
        next(p);
        if (!at(p, TK_IDENT)) {
            err_expected(p, "identifier");
            break;
        }
        Token name = next(p);
        NodeVec kids = nv_take(p);
        vec_push(&kids, parse_generics(p));
        vec_push(&kids, parse_where(p));
        if (expect(p, TK_LBRACE)) {
            while (!at(p, TK_RBRACE) && !at(p, TK_EOF)) {
                NodeVec vattrs = nv_take(p);
                parse_attrs(p, &vattrs, false);
                uint32_t vlo = peek(p)->lo;
                eat(p, TK_KW_PUB);
                if (!at(p, TK_IDENT)) {
                    err_expected(p, "identifier");
                    nv_give(p, &vattrs);
                    break;
                }
                Token vname = next(p);
                NodeVec vk = nv_take(p);
                uint16_t vf = 0;
                vec_push(&vk, NULL); /* discriminant slot */
                if (at(p, TK_LPAREN)) {
                    vf |= NF_TUPLE;
                    parse_fields(p, true, &vk);
                } else if (at(p, TK_LBRACE)) {
                    parse_fields(p, false, &vk);
                } else {
                    vf |= NF_UNIT;
                }
                vk.data[0] = eat(p, TK_EQ) ? parse_expr(p) : none(p);
                Node *v = mk(p, N_VARIANT, vlo);
                set_kids(p, v, &vk);
                v->sym = vname.sym;
                v->flags = vf;
                attach_attrs(p, v, &vattrs);
                vec_push(&kids, v);
                if (p->failed || !eat(p, TK_COMMA))
                    break;
            }
            if (!p->failed)
                expect(p, TK_RBRACE);
        }
        n = mk(p, N_ENUM, lo);
        set_kids(p, n, &kids);
        n->sym = name.sym;
        n->flags = flags;
        break;
    }
    case TK_KW_TYPE: {
        next(p);
        if (!at(p, TK_IDENT)) {
            err_expected(p, "identifier");
            break;
        }
        Token name = next(p);
        NodeVec kids = nv_take(p);
        vec_push(&kids, parse_generics(p));
        Node *bounds = eat(p, TK_COLON) ? parse_bounds(p, N_BOUNDS) : NULL;
        parse_where(p);
        vec_push(&kids, eat(p, TK_EQ) ? parse_type(p) : none(p));
        if (kids.data[1]->kind == N_NONE && ctx != IN_TRAIT && at(p, TK_SEMI))
            gate_at(p, lo, peek(p)->lo, "",
                    ctx == IN_IMPL ? "associated type in `impl` without body"
                                   : "free type alias without body");
        if (bounds)
            for (uint32_t i = 0; i < bounds->nkids; i++)
                vec_push(&kids, bounds->kids[i]);
        if (!p->failed)
            expect_semi(p);
        n = mk(p, N_TYPE_ALIAS, lo);
        set_kids(p, n, &kids);
        n->sym = name.sym;
        n->flags = flags;
        break;
    }
    case TK_KW_IMPL: {
        next(p);
        NodeVec kids = nv_take(p);
        if (at(p, TK_LT) && kind_at(p, 1) != TK_LT)
            vec_push(&kids, parse_generics(p));
        else
            vec_push(&kids, mk(p, N_GENERICS, peek(p)->lo));
        bool neg = eat(p, TK_NOT);
        Node *first = parse_type(p);
        if (eat(p, TK_KW_FOR)) {
            if (first->kind != N_TY_PATH || first->kids[0]->kind != N_PATH) {
                err_at(p, first->lo, first->hi, "expected a trait, found type");
            }
            vec_push(&kids, first->kind == N_TY_PATH ? first->kids[0] : first);
            vec_push(&kids, parse_type(p));
        } else {
            vec_push(&kids, none(p));
            vec_push(&kids, first);
        }
        vec_push(&kids, parse_where(p));
        if (expect(p, TK_LBRACE)) {
            NodeVec inner = nv_take(p);
            parse_attrs(p, &inner, true);
            nv_give(p, &inner);
            parse_items(p, TK_RBRACE, &kids, IN_IMPL);
            expect(p, TK_RBRACE);
        }
        n = mk(p, N_IMPL, lo);
        set_kids(p, n, &kids);
        if (neg)
            n->flags |= NF_NEG;
        break;
    }
    case TK_KW_TRAIT: {
        next(p);
        if (!at(p, TK_IDENT)) {
            err_expected(p, "identifier");
            break;
        }
        Token name = next(p);
        NodeVec kids = nv_take(p);
        vec_push(&kids, parse_generics(p));
        vec_push(&kids, eat(p, TK_COLON) ? parse_bounds(p, N_BOUNDS) : mk(p, N_BOUNDS, peek(p)->lo));
        vec_push(&kids, parse_where(p));
        if (expect(p, TK_LBRACE)) {
            NodeVec inner = nv_take(p);
            parse_attrs(p, &inner, true);
            nv_give(p, &inner);
            parse_items(p, TK_RBRACE, &kids, IN_TRAIT);
            expect(p, TK_RBRACE);
        }
        n = mk(p, N_TRAIT, lo);
        set_kids(p, n, &kids);
        n->sym = name.sym;
        n->flags = flags;
        break;
    }
    case TK_KW_CONST:
    case TK_KW_STATIC: {
        bool is_static = at(p, TK_KW_STATIC);
        next(p);
        bool m = is_static && eat(p, TK_KW_MUT);
        if (m)
            unsupported(p, lo, p->prev_hi, "a `static mut`");
        Symbol name = 0;
        if (at(p, TK_IDENT))
            name = next(p).sym;
        else if (!is_static && at(p, TK_UNDERSCORE))
            next(p);
        else {
            err_expected(p, "identifier");
            break;
        }
        Node *ty;
        if (!eat(p, TK_COLON)) {
            err_at(p, p->prev_hi, p->prev_hi, "missing type for `%s` item",
                   is_static ? "static" : "const");
            ty = error_node(p, lo);
        } else {
            ty = parse_type(p);
        }
        Node *init = eat(p, TK_EQ) ? parse_expr(p) : none(p);
        if (init->kind == N_NONE && ctx != IN_TRAIT && at(p, TK_SEMI))
            gate_at(p, lo, peek(p)->lo, "",
                    is_static        ? "free static item without body"
                    : ctx == IN_IMPL ? "associated constant in `impl` without body"
                                     : "free constant item without body");
        if (!p->failed)
            expect_semi(p);
        n = mk2(p, is_static ? N_STATIC : N_CONST, lo, ty, init);
        n->sym = name;
        n->flags = flags;
        break;
    }
    case TK_KW_MOD: {
        next(p);
        if (!at(p, TK_IDENT)) {
            err_expected(p, "identifier");
            break;
        }
        Token name = next(p);
        NodeVec kids = nv_take(p);
        n = mk(p, N_MOD, lo);
        if (eat(p, TK_SEMI)) {
            /* file module: the module tree loads it */
        } else if (expect(p, TK_LBRACE)) {
            n->flags |= NF_INLINE;
            NodeVec inner = nv_take(p);
            parse_attrs(p, &inner, true);
            parse_items(p, TK_RBRACE, &kids, IN_MOD);
            expect(p, TK_RBRACE);
            attach_attrs(p, n, &inner);
        }
        set_kids(p, n, &kids);
        n->sym = name.sym;
        n->flags |= flags;
        break;
    }
    case TK_KW_USE: {
        next(p);
        Node *tree = parse_use_tree(p, 0);
        if (!p->failed)
            expect_semi(p);
        n = mk1(p, N_USE, lo, tree);
        n->flags = flags;
        break;
    }
    case TK_IDENT:
        if (is_ident_sym(p, "macro_rules")) {
            unsupported(p, lo, tok_at(p, 1)->hi, "`macro_rules!`");
            next(p);
            next(p);
            if (at(p, TK_IDENT))
                next(p);
            if (at(p, TK_LBRACE) || at(p, TK_LPAREN) || at(p, TK_LBRACKET))
                skip_tree(p);
            eat(p, TK_SEMI);
            break;
        }
        if (is_ident_sym(p, "union")) {
            unsupported(p, lo, peek(p)->hi, "a `union`");
            break;
        }
        if (is_ident_sym(p, "auto")) {
            unsupported(p, lo, peek(p)->hi, "an `auto trait`");
            break;
        }
        if (kind_at(p, 1) == TK_NOT) {
            unsupported(p, lo, tok_at(p, 1)->hi, "a macro invocation in item position");
            break;
        }
        /* fall through */
    default: {
        char found[80];
        describe(p, peek(p), found, sizeof found);
        const Token *t = peek(p);
        err_at(p, t->lo, t->hi, "expected item, found %s", found);
        break;
    }
    }
    if (!n)
        n = error_node(p, lo);
    finish(p, n);
    attach_attrs(p, n, attrs);
    p->in_async = was_async;
    leave(p);
    return n;
}

/* use_tree := '::'? (name '::')* ('*' | '{' use_tree,* '}' | name ('as' name)?) */
static Node *
parse_use_tree(P *p, int depth)
{
    uint32_t lo = peek(p)->lo;
    if (depth > 64 || !enter(p)) {
        if (!p->too_deep)
            err_at(p, lo, peek(p)->hi, "`use` tree is nested too deeply");
        return error_node(p, lo);
    }
    Node *n = mk(p, N_USE_PATH, lo);
    NodeVec kids = nv_take(p);
    if (eat(p, TK_PATHSEP))
        n->flags |= NF_GLOBAL;
    for (;;) {
        uint32_t slo = peek(p)->lo;
        if (at(p, TK_STAR)) {
            next(p);
            vec_push(&kids, mk(p, N_USE_GLOB, slo));
            break;
        }
        if (at(p, TK_LBRACE)) {
            next(p);
            NodeVec group = nv_take(p);
            while (!at(p, TK_RBRACE) && !at(p, TK_EOF)) {
                vec_push(&group, parse_use_tree(p, depth + 1));
                if (p->failed || !eat(p, TK_COMMA))
                    break;
            }
            if (!p->failed)
                expect(p, TK_RBRACE);
            Node *g = mk(p, N_USE_GROUP, slo);
            set_kids(p, g, &group);
            vec_push(&kids, g);
            break;
        }
        Symbol name = seg_name(p, peek(p));
        if (!name) {
            err_expected(p, "identifier");
            break;
        }
        next(p);
        if (at(p, TK_PATHSEP)) {
            next(p);
            Node *id = mk(p, N_IDENT, slo);
            id->sym = name;
            vec_push(&kids, id);
            continue;
        }
        Node *last = mk(p, N_USE_NAME, slo);
        last->sym = name;
        if (eat(p, TK_KW_AS)) {
            uint32_t rlo = peek(p)->lo;
            Node *rn = mk(p, N_IDENT, rlo);
            if (at(p, TK_IDENT))
                rn->sym = next(p).sym;
            else if (eat(p, TK_UNDERSCORE))
                rn->sym = sym_cstr("_");
            else
                err_expected(p, "identifier");
            finish(p, rn);
            last->op = TK_KW_AS;
            last->nkids = 1;
            last->kids = arena_alloc(p->arena, sizeof(Node *));
            last->kids[0] = rn;
        }
        finish(p, last);
        vec_push(&kids, last);
        break;
    }
    set_kids(p, n, &kids);
    finish(p, n);
    leave(p);
    return n;
}

/* the spelling of a delimiter token, for messages */
static char
delim_char(TokKind k)
{
    switch ((int)k) {
    case TK_LPAREN:
        return '(';
    case TK_RPAREN:
        return ')';
    case TK_LBRACKET:
        return '[';
    case TK_RBRACKET:
        return ']';
    case TK_LBRACE:
        return '{';
    default:
        return '}';
    }
}

static void
syntax_error_label(SyntaxErrors *errs, uint32_t lo, uint32_t hi, const char *label,
                   const char *msg)
{
    syntax_error(errs, lo, hi, "", "%s", msg);
    errs->data[errs->len - 1].label = xstrndup(label, strlen(label));
}

/*
 * rustc groups tokens into delimited trees before it parses, and when the
 * delimiters do not balance it reports only that, never parse errors (which
 * an unbalanced file would cascade into).  The same recovery as rustc's: a
 * closer that matches an outer opener closes it, leaving the inner ones
 * unclosed (one error, at the innermost); any other mismatched closer is
 * skipped; a closer with nothing open stops the check, and its error takes
 * in the stray `)` and `]` met before (rustc's "missing open" notes).  The
 * mismatches are reported first, then the unclosed or unexpected one.
 * Returns whether the file is balanced.
 */
static int
delim_slot(TokKind k)
{
    return k == TK_LPAREN ? 0 : k == TK_LBRACKET ? 1 : 2;
}

static bool
check_delims(const Lexed *lx, SyntaxErrors *errs)
{
    typedef struct {
        const Token *found, *unclosed;
    } Mismatch;
    VEC(const Token *) open = {0};
    VEC(Mismatch) bad = {0};
    const Token *last_found = NULL; /* a closer already reported */
    uint32_t nopen[3] = {0, 0, 0};  /* open `(`, `[`, `{` on the stack */
    const Token *unexpected = NULL, *eof = NULL;
    for (uint32_t i = 0; i < lx->toks.len; i++) {
        const Token *t = &lx->toks.data[i];
        TokKind k = (TokKind)t->kind;
        if (k == TK_EOF) {
            if (open.len)
                eof = t;
            break;
        }
        if (is_open_delim(k)) {
            vec_push(&open, t);
            nopen[delim_slot(k)]++;
            continue;
        }
        if (!is_close_delim(k))
            continue;
        TokKind want = k == TK_RBRACE ? TK_LBRACE : k == TK_RPAREN ? TK_LPAREN : TK_LBRACKET;
        if (!open.len) {
            unexpected = t;
            break;
        }
        if (open.data[open.len - 1]->kind == want) {
            nopen[delim_slot(want)]--;
            open.len--;
            continue;
        }
        const Token *unclosed = open.data[--open.len];
        nopen[delim_slot((TokKind)unclosed->kind)]--;
        if (last_found != t) {
            last_found = t;
            Mismatch m = {t, unclosed};
            vec_push(&bad, m);
        }
        /* (counts per kind: a stack of 100,000 openers is not scanned per closer) */
        if (nopen[delim_slot(want)] > 0)
            i--; /* it closes an outer opener: see it again */
    }
    char msg[64];
    for (uint32_t i = 0; i < bad.len; i++) {
        const Token *f = bad.data[i].found, *u = bad.data[i].unclosed;
        if (unexpected && f->kind != TK_RBRACE)
            continue; /* part of the unexpected closer's error, as in rustc */
        snprintf(msg, sizeof msg, "mismatched closing delimiter: `%c`", delim_char((TokKind)f->kind));
        syntax_error_label(errs, u->lo, u->hi, "unclosed delimiter", msg);
    }
    if (unexpected) {
        snprintf(msg, sizeof msg, "unexpected closing delimiter: `%c`",
                 delim_char((TokKind)unexpected->kind));
        syntax_error_label(errs, unexpected->lo, unexpected->hi, "unexpected closing delimiter", msg);
    } else if (eof) {
        syntax_error(errs, eof->lo, eof->hi, "", "this file contains an unclosed delimiter");
    }
    bool ok = !bad.len && !unexpected && !eof;
    vec_free(&open);
    vec_free(&bad);
    return ok;
}

/* rustc stops at these lexing errors (all unterminated literals and comments) */
static bool
is_fatal_lex_error(const LexError *e)
{
    static const char *const FATAL[] = {"E0758", "E0765", "E0766", "E0767", "E0748", "E0762",
                                        "E0763", NULL};
    for (int i = 0; FATAL[i]; i++)
        if (!strcmp(e->code, FATAL[i]))
            return true;
    return false;
}

/* file := inner_attrs item* */
static void parse_file_mode(const char *src, uint32_t len, Edition ed, Arena *arena, Parsed *out,
                            bool lazy);

void
parse_file(const char *src, uint32_t len, Edition ed, Arena *arena, Parsed *out)
{
    parse_file_mode(src, len, ed, arena, out, false);
}

void
parse_file_lazy(const char *src, uint32_t len, Edition ed, Arena *arena, Parsed *out)
{
    parse_file_mode(src, len, ed, arena, out, true);
}

Node *
syntax_parse_body(const char *src, uint32_t len, Edition ed, const Node *fn, Arena *arena,
                  SyntaxErrors *errs)
{
    const Node *lazy = fn->kids[4];
    if (lazy->kind != N_LAZY_BODY || lazy->lo >= lazy->hi || lazy->hi > len)
        bug("syntax_parse_body: not a lazy body");
    Lexed lx = {0};
    lex_range(src, lazy->lo, lazy->hi, ed, &lx);
    /* lex_file_lazy did not lex it: its errors are this body's (the caller then parses the
     * whole file, for a clean build's diagnostics) */
    for (uint32_t i = 0; i < lx.errors.len; i++) {
        LexError *e = &lx.errors.data[i];
        SyntaxError se = {e->lo, e->hi, e->code, e->msg, NULL};
        vec_push(errs, se);
    }
    lx.errors.len = 0;
    P p = {0};
    p.t = lx.toks.data;
    p.n = lx.toks.len;
    p.src = src;
    p.arena = arena;
    p.errs = errs;
    p.ed = ed;
    p.depth = (lazy->info & NI_DEPTH_MASK) >> NI_DEPTH_SHIFT;
    p.in_async = (fn->flags & NF_ASYNC) != 0;
    Node *b = parse_block(&p);
    if (!at(&p, TK_EOF) && !p.too_deep && !errs->len)
        syntax_error(errs, b->hi, lazy->hi, "", "the body does not end at its brace");
    b->info |= lazy->info & NI_DEPTH_MASK;
    vec_free(&p.cfg_pos);
    lex_free(&lx);
    return b;
}

static void
parse_file_mode(const char *src, uint32_t len, Edition ed, Arena *arena, Parsed *out, bool lazy)
{
    Lexed lx = {0};
    if (lazy)
        lex_file_lazy(src, len, ed, &lx);
    else
        lex_file(src, len, ed, &lx);
    memset(out, 0, sizeof *out);
    bool fatal = false;
    uint32_t moved = 0;
    for (; moved < lx.errors.len && !fatal; moved++) {
        LexError *e = &lx.errors.data[moved];
        SyntaxError se = {e->lo, e->hi, e->code, e->msg, NULL};
        vec_push(&out->errors, se);
        fatal = is_fatal_lex_error(e);
    }
    /* the messages moved to out->errors; those after a fatal one are dropped */
    for (uint32_t i = moved; i < lx.errors.len; i++)
        xfree(lx.errors.data[i].msg, strlen(lx.errors.data[i].msg) + 1);
    lx.errors.len = 0;
    P p = {0};
    p.t = lx.toks.data;
    p.n = lx.toks.len;
    p.src = src;
    p.arena = arena;
    p.errs = &out->errors;
    p.ed = ed;
    p.lazy = lazy;
    Node *root = mk(&p, N_CRATE, 0);
    if (!fatal && check_delims(&lx, &out->errors)) {
        NodeVec inner = nv_take(&p);
        parse_attrs(&p, &inner, true);
        NodeVec items = nv_take(&p);
        for (;;) {
            parse_items(&p, TK_EOF, &items, IN_MOD);
            if (at(&p, TK_EOF) || p.too_deep)
                break;
        }
        set_kids(&p, root, &items);
        attach_attrs(&p, root, &inner);
    }
    root->lo = 0;
    root->hi = len;
    out->root = root;
    out->ncfg = p.cfg_pos.len;
    out->nlazy = p.nlazy;
    if (p.cfg_pos.len) {
        /* attributes are parsed in source order, but keep the promise anyway */
        uint32_t *v = p.cfg_pos.data;
        for (uint32_t i = 1; i < p.cfg_pos.len; i++)
            for (uint32_t j = i; j > 0 && v[j - 1] > v[j]; j--) {
                uint32_t t = v[j];
                v[j] = v[j - 1];
                v[j - 1] = t;
            }
        out->cfg_pos = arena_dup(arena, v, p.cfg_pos.len * sizeof(uint32_t));
    }
    vec_free(&p.cfg_pos);
    lex_free(&lx);
}
