/*
 * cfg.c — conditional compilation: evaluating `#[cfg(...)]` predicates,
 * expanding `#[cfg_attr(pred, attrs...)]`, and stripping what is
 * configured out, before definitions are collected (so a cfg'd-out closure
 * takes no number).  Also the AST's stable hash and its debug dump.
 */
#include "syntax.h"

#include <string.h>

static bool
has_entry(const CfgSet *cfg, Symbol name, Symbol value)
{
    for (uint32_t i = 0; i < cfg->n; i++)
        if (cfg->v[i].name == name && cfg->v[i].value == value)
            return true;
    return false;
}

/* `attr` is the whole #[...] for rustc's "malformed `cfg` attribute input" errors. */
static bool
eval_pred(const CfgSet *cfg, const Node *pred, const Node *attr, SyntaxErrors *err)
{
    switch ((int)pred->kind) {
    case N_META_WORD:
        return has_entry(cfg, pred->sym, 0);
    case N_META_NV:
        if (pred->kids[0]->kind != N_LIT || pred->kids[0]->op != TK_STR) {
            syntax_error(err, pred->kids[0]->lo, pred->kids[0]->hi, "E0565",
                         "literal in `cfg` predicate value must be a string");
            return false;
        }
        return has_entry(cfg, pred->sym, pred->kids[0]->sym);
    case N_META_LIST: {
        const char *op = sym_str(pred->sym);
        if (!strcmp(op, "not")) {
            if (pred->nkids != 1) {
                syntax_error(err, attr->lo, attr->hi, "E0805", "malformed `cfg` attribute input");
                return false;
            }
            return !eval_pred(cfg, pred->kids[0], attr, err);
        }
        bool all = !strcmp(op, "all");
        if (!all && strcmp(op, "any") != 0) {
            syntax_error(err, pred->lo, pred->hi, "E0537", "invalid predicate `%s`", op);
            return false;
        }
        bool r = all;
        for (uint32_t i = 0; i < pred->nkids; i++) {
            bool v = eval_pred(cfg, pred->kids[i], attr, err);
            r = all ? (r && v) : (r || v);
        }
        return r;
    }
    default:
        syntax_error(err, attr->lo, attr->hi, "E0539", "malformed `cfg` attribute input");
        return false;
    }
}

bool
cfg_eval(const CfgSet *cfg, const Node *pred, SyntaxErrors *err)
{
    return eval_pred(cfg, pred, pred, err);
}

/* Expands cfg_attr (repeatedly) into `out`; returns false when a #[cfg] is false. */
typedef VEC(Node *) NodeVec;

static bool
eval_attrs(const CfgSet *cfg, Node **attrs, uint32_t n, NodeVec *out, SyntaxErrors *err,
           Arena *arena, int depth)
{
    bool keep = true;
    for (uint32_t i = 0; i < n; i++) {
        Node *a = attrs[i];
        Node *meta = a->nkids ? a->kids[0] : NULL;
        const char *name = meta && meta->sym ? sym_str(meta->sym) : "";
        if (!strcmp(name, "cfg")) {
            if (meta->kind != N_META_LIST || meta->nkids != 1) {
                syntax_error(err, a->lo, a->hi, meta->kind == N_META_LIST ? "E0805" : "E0539",
                             "malformed `cfg` attribute input");
                continue;
            }
            if (!eval_pred(cfg, meta->kids[0], a, err))
                keep = false;
        } else if (!strcmp(name, "cfg_attr")) {
            if (meta->kind != N_META_LIST || meta->nkids < 1) {
                syntax_error(err, a->lo, a->hi, "", "malformed `cfg_attr` attribute input");
                continue;
            }
            if (depth > 32) {
                syntax_error(err, a->lo, a->hi, "", "`cfg_attr` nested too deeply");
                continue;
            }
            if (!eval_pred(cfg, meta->kids[0], a, err))
                continue;
            /* the attributes it stands for, as if written in its place */
            for (uint32_t j = 1; j < meta->nkids; j++) {
                Node *synth = meta->kids[j];
                Node wrapped = *a;
                Node *kid = synth;
                wrapped.kids = &kid;
                wrapped.nkids = 1;
                Node *one[1] = {&wrapped};
                NodeVec sub = {0};
                if (!eval_attrs(cfg, one, 1, &sub, err, arena, depth + 1))
                    keep = false;
                for (uint32_t k = 0; k < sub.len; k++) {
                    if (sub.data[k] == &wrapped) {
                        /* a plain attribute: needs a node of its own */
                        Node *copy = arena_dup(arena, &wrapped, sizeof wrapped);
                        copy->kids = arena_alloc(arena, sizeof(Node *));
                        copy->kids[0] = synth;
                        vec_push(out, copy);
                    } else {
                        vec_push(out, sub.data[k]);
                    }
                }
                vec_free(&sub);
            }
        } else {
            vec_push(out, a);
        }
    }
    return keep;
}

typedef struct {
    const CfgSet *cfg;
    Arena *arena;
    SyntaxErrors *err;
    const uint32_t *pos; /* cfg attribute positions, or NULL: visit everything */
    uint32_t npos;
    uint32_t accounted; /* positions evaluated or removed with their node */
} Strip;

static bool
is_cfg_attr(const Node *a)
{
    const Node *meta = a->nkids ? a->kids[0] : NULL;
    if (!meta || !meta->sym)
        return false;
    const char *name = sym_str(meta->sym);
    return !strcmp(name, "cfg") || !strcmp(name, "cfg_attr");
}

/* The node's span with its attributes (which the parser puts before it). */
static uint32_t
ext_lo(const Node *n)
{
    uint32_t lo = n->lo;
    for (uint32_t i = 0; i < n->nattrs; i++)
        if (n->attrs[i]->lo < lo)
            lo = n->attrs[i]->lo;
    return lo;
}

/* How many cfg attribute positions lie in [lo, hi]. */
static uint32_t
positions_in(const Strip *s, uint32_t lo, uint32_t hi)
{
    uint32_t a = 0, b = s->npos;
    while (a < b) {
        uint32_t m = a + (b - a) / 2;
        if (s->pos[m] < lo)
            a = m + 1;
        else
            b = m;
    }
    uint32_t n = 0;
    while (a + n < s->npos && s->pos[a + n] <= hi)
        n++;
    return n;
}

/* Returns NULL when `n` is configured out, `n` itself when nothing changed. */
static Node *
strip(Strip *s, Node *n)
{
    if (s->pos && !positions_in(s, ext_lo(n), n->hi))
        return n; /* no cfg attribute in here */
    Node **attrs = n->attrs;
    uint32_t nattrs = n->nattrs;
    bool attrs_changed = false;
    NodeVec kept = {0};
    if (nattrs) {
        if (!eval_attrs(s->cfg, n->attrs, n->nattrs, &kept, s->err, s->arena, 0)) {
            vec_free(&kept);
            if (s->pos)
                s->accounted += positions_in(s, ext_lo(n), n->hi);
            return NULL;
        }
        for (uint32_t i = 0; i < n->nattrs; i++)
            s->accounted += is_cfg_attr(n->attrs[i]);
        attrs_changed = kept.len != nattrs;
        for (uint32_t i = 0; !attrs_changed && i < kept.len; i++)
            attrs_changed = kept.data[i] != n->attrs[i];
        if (attrs_changed) {
            attrs = kept.len ? arena_dup(s->arena, kept.data, kept.len * sizeof(Node *)) : NULL;
            nattrs = kept.len;
        }
        vec_free(&kept);
    }
    Node **kids = n->kids;
    uint32_t nkids = n->nkids;
    bool kids_changed = false;
    Node **fresh = NULL;
    for (uint32_t i = 0; i < n->nkids; i++) {
        Node *k = n->kids[i];
        Node *r = strip(s, k);
        if (r == k && !fresh)
            continue;
        if (!r && n->kind == N_ITEM_STMT) {
            /* the item's attributes live on the item: it goes, its statement goes */
            return NULL;
        }
        if (!fresh) {
            fresh = arena_alloc(s->arena, n->nkids * sizeof(Node *));
            memcpy(fresh, n->kids, i * sizeof(Node *));
            nkids = i;
            kids_changed = true;
        }
        if (r)
            fresh[nkids++] = r;
        else if (n->kind == N_VARIANT && i == 0)
            fresh[nkids++] = k; /* positional slots are never removed */
    }
    if (fresh)
        kids = fresh;
    if (!attrs_changed && !kids_changed)
        return n;
    Node *c = arena_dup(s->arena, n, sizeof *n);
    c->attrs = attrs;
    c->nattrs = nattrs;
    c->kids = kids;
    c->nkids = nkids;
    return c;
}

static uint32_t fallbacks;

uint32_t
cfg_strip_fallbacks(void)
{
    return fallbacks;
}

static void
truncate_errors(SyntaxErrors *err, uint32_t len)
{
    for (uint32_t i = len; i < err->len; i++) {
        xfree(err->data[i].msg, strlen(err->data[i].msg) + 1);
        if (err->data[i].label)
            xfree(err->data[i].label, strlen(err->data[i].label) + 1);
    }
    err->len = len;
}

Node *
cfg_strip(const CfgSet *cfg, const Node *root, const uint32_t *cfg_pos, uint32_t ncfg,
          Arena *arena, SyntaxErrors *err)
{
    uint32_t nerr = err->len;
    Strip s = {cfg, arena, err, cfg_pos, ncfg, 0};
    Node *r = strip(&s, (Node *)root);
    if (cfg_pos && s.accounted != ncfg) {
        /* a span that does not cover its attributes: do it the slow, sure way */
        fallbacks++;
        truncate_errors(err, nerr);
        Strip all = {cfg, arena, err, NULL, 0, 0};
        r = strip(&all, (Node *)root);
    }
    if (!r) {
        /* #![cfg(false)] on the crate: an empty crate */
        r = arena_dup(arena, root, sizeof *root);
        r->nkids = 0;
        r->kids = NULL;
        r->nattrs = 0;
    }
    return r;
}

/* ---- hashing ------------------------------------------------------------ */

void
syntax_hash(StableHasher *h, const Node *n, uint32_t base)
{
    hasher_u32(h, n->kind);
    hasher_u32(h, n->flags);
    hasher_u32(h, n->op);
    hasher_str(h, n->sym ? sym_str(n->sym) : "");
    if (n->sym)
        hasher_u64(h, sym_len(n->sym)); /* symbols may hold NUL bytes */
    hasher_str(h, n->suffix ? sym_str(n->suffix) : "");
    hasher_u32(h, n->lo - base);
    hasher_u32(h, n->hi - base);
    hasher_u32(h, n->nattrs);
    for (uint32_t i = 0; i < n->nattrs; i++)
        syntax_hash(h, n->attrs[i], base);
    hasher_u32(h, n->nkids);
    for (uint32_t i = 0; i < n->nkids; i++)
        syntax_hash(h, n->kids[i], base);
}

bool
syntax_is_nested_owner(const Node *parent, uint32_t i)
{
    switch ((int)parent->kind) {
    case N_ITEM_STMT:
    case N_MOD:
        return true;
    case N_IMPL:
        return i >= 4;
    case N_TRAIT:
        return i >= 3;
    default:
        return false;
    }
}

/* Attributes that only steer the compiler's tests never change a result. */
static bool
ignored_attr(const Node *a)
{
    const Node *meta = a->nkids ? a->kids[0] : NULL;
    if (!meta || !meta->sym)
        return false;
    const char *name = sym_str(meta->sym);
    return !strcmp(name, "rustc_clean") || !strcmp(name, "rustc_partition_reused") ||
           !strcmp(name, "rustc_partition_codegened");
}

/* One owner's words, gathered and then hashed in one call per stream. */
typedef struct {
    VEC(uint64_t) shape, spans;
    StableHasher *attrs;
    uint32_t base;
} OwnerHash;

static void
hash_owner(OwnerHash *oh, const Node *n)
{
    /* per node: its fields in one word, then only the words it has (symbols by their
     * stable text hash); the first word says which follow, so records cannot run together */
    if (n->kind == N_LAZY_BODY)
        bug("hashing a fn body that was not parsed (the caller must force it first)");
    vec_reserve(&oh->shape, oh->shape.len + 4);
    uint64_t *w = oh->shape.data + oh->shape.len;
    uint64_t nk = n->nkids < 0x3FFF ? n->nkids : 0x3FFF;
    w[0] = (uint64_t)n->kind | (uint64_t)n->flags << 16 | (uint64_t)n->op << 32 | nk << 48 |
           (uint64_t)(n->sym != 0) << 62 | (uint64_t)(n->suffix != 0) << 63;
    uint32_t len = 1;
    if (nk == 0x3FFF)
        w[len++] = n->nkids;
    if (n->sym)
        w[len++] = sym_hash_fast(n->sym);
    if (n->suffix)
        w[len++] = sym_hash_fast(n->suffix);
    oh->shape.len += len;
    vec_push(&oh->spans, (uint64_t)(n->lo - oh->base) | (uint64_t)(n->hi - oh->base) << 32);
    for (uint32_t i = 0; i < n->nattrs; i++)
        if (!ignored_attr(n->attrs[i]))
            syntax_hash(oh->attrs, n->attrs[i], oh->base);
    /* only these kinds hold nested owners (syntax_is_nested_owner) */
    bool may_nest = n->kind == N_ITEM_STMT || n->kind == N_MOD || n->kind == N_IMPL ||
                    n->kind == N_TRAIT;
    for (uint32_t i = 0; i < n->nkids; i++) {
        const Node *k = n->kids[i];
        if (may_nest && syntax_is_nested_owner(n, i)) {
            /* a nested item is its own owner: only a reference to it is ours */
            vec_push(&oh->shape, 0xFFFFu);
            vec_push(&oh->shape, k->kind);
            vec_push(&oh->shape, sym_hash_fast(k->sym));
            continue;
        }
        hash_owner(oh, k);
    }
}

Fingerprint
syntax_hash_own_attrs(StableHasher *h, const Node *owner, uint32_t base)
{
    hasher_reset(h);
    for (uint32_t i = 0; i < owner->nattrs; i++)
        if (!ignored_attr(owner->attrs[i]))
            syntax_hash(h, owner->attrs[i], base);
    return hasher_finish(h);
}

void
syntax_hash_owner(StableHasher *hs[3], const Node *owner, uint32_t base, OwnerHashes *out)
{
    static OwnerHash oh; /* its vectors are kept for the next owner */
    oh.shape.len = oh.spans.len = 0;
    oh.attrs = hs[2];
    oh.base = base;
    hasher_reset(hs[2]);
    hash_owner(&oh, owner);
    out->attrs = hasher_finish(hs[2]);
    hasher_reset(hs[0]);
    hasher_bytes_raw(hs[0], oh.shape.data, oh.shape.len * sizeof(uint64_t));
    out->shape = hasher_finish(hs[0]);
    hasher_reset(hs[1]);
    hasher_bytes_raw(hs[1], oh.spans.data, oh.spans.len * sizeof(uint64_t));
    Fingerprint spans = hasher_finish(hs[1]);
    /* the nodes with their spans: the shape and the spans together */
    hasher_reset(hs[0]);
    hasher_fp(hs[0], out->shape);
    hasher_fp(hs[0], spans);
    out->nodes = hasher_finish(hs[0]);
}

/* ---- dump (-Z dump=ast) -------------------------------------------------- */

static void
dump(const Node *n, Buf *out, int indent)
{
    buf_printf(out, "%*s%s", indent * 2, "", node_kind_name((NodeKind)n->kind));
    if (n->sym)
        buf_printf(out, " `%s`", sym_str(n->sym));
    if (n->op)
        buf_printf(out, " %s", tok_kind_name((TokKind)n->op));
    if (n->suffix)
        buf_printf(out, " suffix=%s", sym_str(n->suffix));
    static const char *flag_names[] = {"pub", "mut", "async", "move", "const", "unsafe", "ref",
                                       "inclusive", "semi", "shorthand", "global", "tuple",
                                       "unit", "inner", "rest", "inline"};
    for (int i = 0; i < 16; i++)
        if (n->flags & (1u << i))
            buf_printf(out, " %s", flag_names[i]);
    buf_printf(out, " @%u..%u\n", n->lo, n->hi);
    for (uint32_t i = 0; i < n->nattrs; i++)
        dump(n->attrs[i], out, indent + 2);
    for (uint32_t i = 0; i < n->nkids; i++)
        dump(n->kids[i], out, indent + 1);
}

void
syntax_dump(const Node *n, Buf *out)
{
    dump(n, out, 0);
}
