/*
 * defs.c — the definition table and definition collection.
 *
 * Collection walks the cfg-stripped AST in source order, exactly as rustc's
 * def collector does: items, associated items, enum variants and their
 * constructors, `{impl#N}`, `{use#N}`, closures (`{closure#N}`; an async
 * closure's body coroutine is its child `{closure#0}`), async blocks and
 * async fn bodies (coroutines, also `{closure#N}`), and anonymous constants
 * (`{constant#N}`: array lengths, repeat counts, discriminants).
 */
#include "defs.h"

#include <string.h>

struct DefTable {
    VEC(Def) defs;
    HMap by_hash;
    HMap counters; /* (parent, data, name) -> next disambiguator */
    Fingerprint crate;
    StableHasher *h;
    DefsLazyHooks lazy;
};

void
defs_set_lazy_hooks(DefTable *t, const DefsLazyHooks *hooks)
{
    t->lazy = *hooks;
}

const char *
defs_kind_name(DefKind k)
{
    switch (k) {
#define X(n, s)                                                                                    \
    case DK_##n:                                                                                   \
        return s;
        SMELT_DEF_KINDS(X)
#undef X
    case DK_INVALID:
    case DK_N:
        break;
    }
    return "?";
}

static const char *
data_anon_name(DefPathData d)
{
    switch (d) {
#define X(n, s)                                                                                    \
    case DPD_##n:                                                                                  \
        return s;
        SMELT_DEF_PATH_DATA(X)
#undef X
    case DPD_N:
        break;
    }
    return NULL;
}

static Fingerprint
path_hash_with(StableHasher *h, Fingerprint crate, Fingerprint parent, DefPathData data,
               Symbol name, uint32_t disambig)
{
    hasher_reset(h);
    hasher_fp(h, crate);
    hasher_fp(h, parent);
    hasher_u8(h, (uint8_t)data);
    hasher_bytes(h, name ? sym_str(name) : "", name ? sym_len(name) : 0);
    hasher_u32(h, disambig);
    return hasher_finish(h);
}

Fingerprint
defs_path_hash(Fingerprint crate, Fingerprint parent, DefPathData data, Symbol name,
               uint32_t disambig)
{
    StableHasher *h = hasher_new();
    Fingerprint f = path_hash_with(h, crate, parent, data, name, disambig);
    hasher_free(h);
    return f;
}

Fingerprint
defs_path_hash_of_child(const DefTable *t, DefId parent, DefPathData data, uint32_t disambig)
{
    return defs_path_hash(t->crate, defs_get(t, parent)->hash, data, 0, disambig);
}

DefTable *
defs_new(Symbol crate_name)
{
    DefTable *t = xcalloc(1, sizeof *t);
    t->crate = fp_bytes(sym_str(crate_name), sym_len(crate_name));
    t->h = hasher_new();
    Def root = {0};
    root.parent = DEF_NONE;
    root.data = DPD_CRATE_ROOT;
    root.kind = DK_CRATE;
    root.hash = defs_path_hash(t->crate, FP_ZERO, DPD_CRATE_ROOT, 0, 0);
    root.owner = 0;
    vec_push(&t->defs, root);
    hmap_put(&t->by_hash, root.hash, 0);
    return t;
}

DefId
defs_add_crate_root(DefTable *t, Symbol name)
{
    Def root = {0};
    root.parent = DEF_NONE;
    root.data = DPD_CRATE_ROOT;
    root.kind = DK_CRATE;
    root.name = name;
    root.hash = defs_path_hash(fp_bytes(sym_str(name), sym_len(name)), FP_ZERO, DPD_CRATE_ROOT, 0, 0);
    DefId id = t->defs.len;
    root.owner = id;
    if (hmap_get(&t->by_hash, root.hash))
        bug("DefPathHash collision");
    vec_push(&t->defs, root);
    hmap_put(&t->by_hash, root.hash, id);
    return id;
}

void
defs_free(DefTable *t)
{
    if (!t)
        return;
    vec_free(&t->defs);
    hmap_free(&t->by_hash);
    hmap_free(&t->counters);
    hasher_free(t->h);
    xfree(t, sizeof *t);
}

uint32_t
defs_count(const DefTable *t)
{
    return t->defs.len;
}

const Def *
defs_get(const DefTable *t, DefId id)
{
    if (id >= t->defs.len)
        bug("bad DefId %u", id);
    return &t->defs.data[id];
}

DefId
defs_by_hash(const DefTable *t, Fingerprint hash)
{
    uint64_t *v = hmap_get(&t->by_hash, hash);
    return v ? (DefId)*v : DEF_NONE;
}

static DefId
add(DefTable *t, DefId parent, DefPathData data, Symbol name, DefKind kind, const Node *node,
    uint32_t file, DefId owner)
{
    /* the disambiguator counts per (parent, data, name) */
    hasher_reset(t->h);
    hasher_u32(t->h, parent);
    hasher_u8(t->h, (uint8_t)data);
    hasher_bytes(t->h, name ? sym_str(name) : "", name ? sym_len(name) : 0);
    Fingerprint ck = hasher_finish(t->h);
    uint64_t *c = hmap_get(&t->counters, ck);
    uint32_t dis = c ? (uint32_t)*c : 0;
    hmap_put(&t->counters, ck, dis + 1);
    Def d = {0};
    d.parent = parent;
    d.data = (uint8_t)data;
    d.kind = (uint8_t)kind;
    d.name = name;
    d.disambig = dis;
    d.hash = path_hash_with(t->h, t->crate, t->defs.data[parent].hash, data, name, dis);
    d.node = node;
    d.file = file;
    DefId id = t->defs.len;
    d.owner = owner == DEF_NONE ? id : owner;
    if (hmap_get(&t->by_hash, d.hash))
        bug("DefPathHash collision");
    vec_push(&t->defs, d);
    hmap_put(&t->by_hash, d.hash, id);
    return id;
}

DefId
defs_add(DefTable *t, DefId parent, DefPathData data, Symbol name, DefKind kind, const Node *node,
         uint32_t file, DefId owner)
{
    if (data >= DPD_FIRST_SYNTHETIC || data == DPD_CRATE_ROOT)
        bug("defs_add with a compiler-only path data kind");
    return add(t, parent, data, name, kind, node, file, owner);
}

DefId
defs_create_synthetic(DefTable *t, DefId parent, DefPathData data, DefKind kind)
{
    if (data < DPD_FIRST_SYNTHETIC || data >= DPD_N)
        bug("defs_create_synthetic with a user path data kind");
    const Def *p = defs_get(t, parent);
    return add(t, parent, data, 0, kind, NULL, p->file, p->owner);
}

void
defs_path_str(const DefTable *t, DefId id, Buf *out)
{
    DefId chain[512];
    uint32_t n = 0;
    for (DefId d = id; d != DEF_NONE && d != 0 && n < 512; d = t->defs.data[d].parent)
        chain[n++] = d;
    if (n == 0) {
        buf_printf(out, "crate");
        return;
    }
    for (uint32_t i = n; i-- > 0;) {
        const Def *d = &t->defs.data[chain[i]];
        const char *anon = data_anon_name((DefPathData)d->data);
        if (anon)
            buf_printf(out, "{%s#%u}", anon, d->disambig);
        else
            buf_printf(out, "%s", d->name ? sym_str(d->name) : "_");
        if (i)
            buf_printf(out, "::");
    }
}

/* ---- collection ---------------------------------------------------------- */

typedef struct {
    DefTable *t;
    uint32_t file;
    /* binding (defs_bind_body): the walk meets the definitions it made before, in order */
    bool bind, bad;
    DefId next, end;
} Coll;

/* A definition the walk meets: made, or (binding) the next of the body's, given its node. */
static DefId
coll_add(Coll *c, DefId parent, DefPathData data, DefKind kind, const Node *node, DefId owner)
{
    if (!c->bind)
        return defs_add(c->t, parent, data, 0, kind, node, c->file, owner);
    if (c->next >= c->end) {
        c->bad = true;
        return c->end ? c->end - 1 : 0;
    }
    Def *d = &c->t->defs.data[c->next];
    if (d->parent != parent || d->data != data || d->kind != kind || !d->lazy)
        c->bad = true;
    else {
        d->node = node;
        d->lazy = false;
    }
    return c->next++;
}

static void walk(Coll *c, DefId parent, DefId owner, const Node *n);
static bool lazy_list_ok(const BodyDef *list, uint32_t n);
static void collect_item(Coll *c, DefId parent, const Node *item, bool assoc, bool in_trait);

static void
anon_const(Coll *c, DefId parent, DefId owner, const Node *expr)
{
    if (!expr || expr->kind == N_NONE)
        return;
    DefId ac = coll_add(c, parent, DPD_ANON_CONST, DK_ANON_CONST, expr, owner);
    walk(c, ac, owner, expr);
}

/* Walks syntax for the definitions inside bodies, signatures and types. */
static void
walk(Coll *c, DefId parent, DefId owner, const Node *n)
{
    if (!n || (n->info & NI_NO_DEFS))
        return;
    switch ((int)n->kind) {
    case N_CLOSURE: {
        bool is_async = (n->flags & NF_ASYNC) != 0;
        DefId cl = coll_add(c, parent, DPD_CLOSURE, is_async ? DK_ASYNC_CLOSURE : DK_CLOSURE, n,
                            owner);
        walk(c, cl, owner, n->kids[0]); /* params */
        walk(c, cl, owner, n->kids[1]); /* return type */
        DefId body_parent = cl;
        if (is_async)
            body_parent = coll_add(c, cl, DPD_CLOSURE, DK_COROUTINE, n->kids[2], owner);
        walk(c, body_parent, owner, n->kids[2]);
        return;
    }
    case N_ASYNC_BLOCK: {
        DefId co = coll_add(c, parent, DPD_CLOSURE, DK_COROUTINE, n, owner);
        for (uint32_t i = 0; i < n->nkids; i++)
            walk(c, co, owner, n->kids[i]);
        return;
    }
    case N_ARRAY_REPEAT:
        walk(c, parent, owner, n->kids[0]);
        anon_const(c, parent, owner, n->kids[1]);
        return;
    case N_TY_ARRAY:
        walk(c, parent, owner, n->kids[0]);
        anon_const(c, parent, owner, n->kids[1]);
        return;
    case N_GENERIC_ARGS:
        for (uint32_t i = 0; i < n->nkids; i++) {
            const Node *k = n->kids[i];
            bool is_const_arg = k->kind == N_LIT || k->kind == N_BLOCK || k->kind == N_UNARY;
            if (is_const_arg)
                anon_const(c, parent, owner, k);
            else
                walk(c, parent, owner, k);
        }
        return;
    case N_ITEM_STMT:
        if (c->bind) /* a lazy body holds no item */
            c->bad = true;
        else
            collect_item(c, parent, n->kids[0], false, false);
        return;
    case N_LAZY_BODY:
        bug("collecting definitions in a fn body that was not parsed");
    default:
        break;
    }
    for (uint32_t i = 0; i < n->nkids; i++) {
        const Node *k = n->kids[i];
        /* a leaf of a kind handled above defines nothing: skip the call */
        if (k && !(k->info & NI_NO_DEFS) &&
            (k->nkids || k->kind == N_CLOSURE || k->kind == N_ASYNC_BLOCK ||
             k->kind == N_ITEM_STMT))
            walk(c, parent, owner, k);
    }
}

static void
collect_fn(Coll *c, DefId parent, const Node *fn, bool assoc)
{
    DefId f = defs_add(c->t, parent, DPD_VALUE_NS, fn->sym, assoc ? DK_ASSOC_FN : DK_FN, fn,
                       c->file, DEF_NONE);
    for (uint32_t i = 0; i < 4; i++)
        walk(c, f, f, fn->kids[i]);
    const Node *body = fn->kids[4];
    if (body->kind == N_NONE)
        return;
    DefTable *t = c->t;
    DefId body_parent = f;
    if (fn->flags & NF_ASYNC)
        body_parent = defs_add(t, f, DPD_CLOSURE, 0, DK_COROUTINE, body, c->file, f);
    DefId first = t->defs.len;
    if (body->kind == N_LAZY_BODY) {
        const BodyDef *list = NULL;
        uint32_t n = 0;
        if (t->lazy.lookup && t->lazy.lookup(t->lazy.user, t, f, fn, c->file, &list, &n) &&
            lazy_list_ok(list, n)) {
            /* the body's definitions as its text made them last time; nodes when parsed */
            if (body_parent != f)
                t->defs.data[body_parent].lazy = true;
            for (uint32_t i = 0; i < n; i++) {
                DefId p = list[i].parent ? first + list[i].parent - 1 : body_parent;
                DefId d = add(t, p, (DefPathData)list[i].data, 0, (DefKind)list[i].kind, NULL,
                              c->file, f);
                t->defs.data[d].lazy = true;
            }
            t->defs.data[f].body_first = first;
            t->defs.data[f].body_n = n;
            return;
        }
        if (t->lazy.force)
            t->lazy.force(t->lazy.user, t, f, fn, c->file);
        body = fn->kids[4];
        if (body->kind == N_LAZY_BODY)
            bug("a lazy fn body was not parsed when forced");
        if (body_parent != f)
            t->defs.data[body_parent].node = body;
    }
    walk(c, body_parent, f, body);
    t->defs.data[f].body_first = first;
    t->defs.data[f].body_n = t->defs.len - first;
}

/* A list from the lookup hook: only what a lazy body can hold, each parent before it. */
static bool
lazy_list_ok(const BodyDef *list, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        const BodyDef *b = &list[i];
        bool closure = b->data == DPD_CLOSURE && (b->kind == DK_CLOSURE ||
                                                  b->kind == DK_ASYNC_CLOSURE ||
                                                  b->kind == DK_COROUTINE);
        bool anon = b->data == DPD_ANON_CONST && b->kind == DK_ANON_CONST;
        if ((!closure && !anon) || b->parent > i)
            return false;
    }
    return true;
}

bool
defs_bind_body(DefTable *t, DefId f)
{
    const Def *fd = defs_get(t, f);
    const Node *fn = fd->node;
    if (!fn || fn->kind != N_FN || fn->kids[4]->kind == N_LAZY_BODY)
        return false;
    const Node *body = fn->kids[4];
    DefId body_parent = f;
    if (fn->flags & NF_ASYNC) {
        /* the coroutine made just before the body's definitions */
        if (fd->body_first == 0)
            return false;
        body_parent = fd->body_first - 1;
        Def *co = &t->defs.data[body_parent];
        if (co->parent != f || co->kind != DK_COROUTINE)
            return false;
        co->node = body;
        co->lazy = false;
    }
    Coll c = {t, fd->file, true, false, fd->body_first, fd->body_first + fd->body_n};
    walk(&c, body_parent, f, body);
    return !c.bad && c.next == c.end;
}

bool
defs_body_list(const DefTable *t, DefId f, BodyDefVec *out)
{
    const Def *fd = defs_get(t, f);
    const Node *fn = fd->node;
    if (!fn || fn->kind != N_FN || fn->kids[4]->kind == N_NONE)
        return false; /* (a lazy body's definitions are listed all the same) */
    DefId body_parent = (fn->flags & NF_ASYNC) ? fd->body_first - 1 : f;
    uint32_t start = out->len;
    for (DefId i = fd->body_first; i < fd->body_first + fd->body_n; i++) {
        const Def *d = defs_get(t, i);
        BodyDef b = {0, d->data, d->kind};
        if (d->parent == body_parent)
            b.parent = 0;
        else if (d->parent >= fd->body_first && d->parent < i)
            b.parent = d->parent - fd->body_first + 1;
        else
            b.parent = UINT32_MAX;
        vec_push(out, b);
    }
    if (out->len > start && !lazy_list_ok(out->data + start, out->len - start)) {
        out->len = start;
        return false;
    }
    return true;
}

static void
collect_items(Coll *c, DefId parent, const Node *owner_node, uint32_t first, bool assoc,
              bool in_trait)
{
    for (uint32_t i = first; i < owner_node->nkids; i++)
        collect_item(c, parent, owner_node->kids[i], assoc, in_trait);
}

static void
collect_item(Coll *c, DefId parent, const Node *item, bool assoc, bool in_trait)
{
    DefTable *t = c->t;
    switch ((int)item->kind) {
    case N_FN:
        collect_fn(c, parent, item, assoc);
        return;
    case N_STRUCT: {
        DefId s = defs_add(t, parent, DPD_TYPE_NS, item->sym, DK_STRUCT, item, c->file, DEF_NONE);
        for (uint32_t i = 0; i < item->nkids; i++)
            walk(c, s, s, item->kids[i]);
        if (item->flags & (NF_TUPLE | NF_UNIT))
            defs_add(t, s, DPD_CTOR, 0, DK_CTOR, item, c->file, s);
        return;
    }
    case N_ENUM: {
        DefId e = defs_add(t, parent, DPD_TYPE_NS, item->sym, DK_ENUM, item, c->file, DEF_NONE);
        walk(c, e, e, item->kids[0]);
        walk(c, e, e, item->kids[1]);
        for (uint32_t i = 2; i < item->nkids; i++) {
            const Node *v = item->kids[i];
            if (v->kind != N_VARIANT)
                continue;
            DefId vd = defs_add(t, e, DPD_TYPE_NS, v->sym, DK_VARIANT, v, c->file, e);
            for (uint32_t j = 1; j < v->nkids; j++)
                walk(c, vd, e, v->kids[j]);
            if (v->flags & (NF_TUPLE | NF_UNIT))
                defs_add(t, vd, DPD_CTOR, 0, DK_CTOR, v, c->file, e);
            anon_const(c, vd, e, v->kids[0]);
        }
        return;
    }
    case N_TRAIT: {
        DefId tr = defs_add(t, parent, DPD_TYPE_NS, item->sym, DK_TRAIT, item, c->file, DEF_NONE);
        for (uint32_t i = 0; i < 3; i++)
            walk(c, tr, tr, item->kids[i]);
        collect_items(c, tr, item, 3, true, true);
        return;
    }
    case N_IMPL: {
        DefId im = defs_add(t, parent, DPD_IMPL, 0, DK_IMPL, item, c->file, DEF_NONE);
        for (uint32_t i = 0; i < 4; i++)
            walk(c, im, im, item->kids[i]);
        collect_items(c, im, item, 4, true, false);
        return;
    }
    case N_TYPE_ALIAS: {
        DefId ta = defs_add(t, parent, DPD_TYPE_NS, item->sym, assoc ? DK_ASSOC_TY : DK_TYPE_ALIAS,
                            item, c->file, DEF_NONE);
        for (uint32_t i = 0; i < item->nkids; i++)
            walk(c, ta, ta, item->kids[i]);
        return;
    }
    case N_CONST:
    case N_STATIC: {
        bool is_static = item->kind == N_STATIC;
        DefKind k = is_static ? DK_STATIC : assoc ? DK_ASSOC_CONST : DK_CONST;
        Symbol name = item->sym ? item->sym : sym_cstr("_");
        DefId d = defs_add(t, parent, DPD_VALUE_NS, name, k, item, c->file, DEF_NONE);
        walk(c, d, d, item->kids[0]);
        walk(c, d, d, item->kids[1]);
        return;
    }
    case N_MOD: {
        DefId m = defs_add(t, parent, DPD_TYPE_NS, item->sym, DK_MOD, item, c->file, DEF_NONE);
        collect_items(c, m, item, 0, false, false);
        return;
    }
    case N_USE:
        defs_add(t, parent, DPD_USE, 0, DK_USE, item, c->file, DEF_NONE);
        return;
    default:
        (void)in_trait;
        return; /* errors, macro items: nothing to define */
    }
}

void
defs_collect_items(DefTable *t, DefId parent, const Node *items_owner, uint32_t file)
{
    Coll c = {.t = t, .file = file};
    collect_items(&c, parent, items_owner, 0, false, false);
}
