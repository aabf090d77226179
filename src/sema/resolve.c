/*
 * resolve.c — module scopes, imports and paths.
 *
 * resolve_imports() computes every module's scope at once, as rustc's
 * resolver does: items first, then `use` declarations to a fixpoint (an
 * import may depend on another module's imports), then globs.  Each
 * module's scope is then its own query, module_scope(mod), so that a body
 * reads only the scopes it uses and an unchanged scope cuts off.
 */
#include "sema.h"

#include <stdlib.h>
#include <string.h>

typedef VEC(ScopeEntry) Entries;

typedef struct {
    DefId mod;
    Entries e;
    HMap idx; /* (name, ns) -> first entry with them */
} ModBuild;

typedef struct {
    DefId mod;      /* where the use is */
    DefId use_def;  /* anchor */
    const Node *at; /* for spans */
    Symbol segs[32];
    uint32_t nsegs;
    bool global;
    Symbol name;   /* last segment (0 for glob) */
    Symbol rename; /* `as` name, or name */
    bool glob;
    bool self_import; /* `use a::b::{self}` */
    bool pub;
    bool done;
} Import;

typedef struct {
    uint32_t nmods;
    ModScope *mods; /* sorted by mod */
} AllScopes;

/* ---- small helpers ------------------------------------------------------------------ */

DefId
def_module(DefTable *t, DefId d)
{
    while (d != DEF_NONE) {
        const Def *x = defs_get(t, d);
        if (x->kind == DK_MOD || x->kind == DK_CRATE)
            return d;
        d = x->parent;
    }
    return 0;
}

DefId
def_crate_root(DefTable *t, DefId d)
{
    while (d != DEF_NONE && defs_get(t, d)->parent != DEF_NONE)
        d = defs_get(t, d)->parent;
    return d == DEF_NONE ? 0 : d;
}

static const DefTable *core_cached_table;
static DefId core_cached;

DefId
core_root(QCtx *q)
{
    /* the second crate root; found once per table (an identity: untracked) */
    DefTable *t = sess_defs(q);
    if (t != core_cached_table) {
        core_cached = DEF_NONE;
        for (DefId i = defs_count(t); i-- > 1;)
            if (defs_get(t, i)->kind == DK_CRATE) {
                core_cached = i;
                break;
            }
        core_cached_table = t;
    }
    return core_cached;
}

DefId
core_prelude(QCtx *q)
{
    DefId root = core_root(q);
    if (root == DEF_NONE)
        return DEF_NONE;
    const ModScope *s = module_scope(q, root);
    const ScopeEntry *e = scope_find(s, sym_cstr("prelude"), NS_TYPE);
    return e && e->res.kind == RES_DEF ? e->res.def : DEF_NONE;
}

static int
entry_cmp(const void *a, const void *b)
{
    const ScopeEntry *x = a, *y = b;
    if (x->name != y->name)
        return x->name < y->name ? -1 : 1;
    return (int)x->ns - (int)y->ns;
}

const ScopeEntry *
scope_find(const ModScope *s, Symbol name, Ns ns)
{
    uint32_t lo = 0, hi = s->n;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        const ScopeEntry *e = &s->v[mid];
        if (e->name < name || (e->name == name && e->ns < ns))
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < s->n && s->v[lo].name == name && s->v[lo].ns == ns)
        return &s->v[lo];
    return NULL;
}

static Res
res_def(DefId d)
{
    Res r = {0};
    r.kind = RES_DEF;
    r.def = d;
    return r;
}

const char *
res_descr(DefTable *t, const Res *r)
{
    switch (r->kind) {
    case RES_DEF:
        switch ((int)defs_get(t, r->def)->kind) {
        case DK_MOD:
        case DK_CRATE:
            return "module";
        case DK_STRUCT:
            return "struct";
        case DK_ENUM:
            return "enum";
        case DK_VARIANT:
            return "variant";
        case DK_TRAIT:
            return "trait";
        case DK_TYPE_ALIAS:
            return "type alias";
        case DK_FN:
            return "function";
        case DK_ASSOC_FN:
            return "associated function";
        case DK_CONST:
        case DK_ASSOC_CONST:
            return "constant";
        case DK_STATIC:
            return "static";
        case DK_CTOR: {
            const Def *p = defs_get(t, defs_get(t, r->def)->parent);
            return p->kind == DK_VARIANT ? "tuple variant" : "tuple struct constructor";
        }
        default:
            return "item";
        }
    case RES_PRIM:
        return "builtin type";
    case RES_LOCAL:
        return "local variable";
    case RES_PARAM:
        return "type parameter";
    case RES_SELF_TY:
        return "self type";
    default:
        return "item";
    }
}

/* Is `item` (defined in module `owner_mod`, with pub flag) visible from `from`? */
static bool
visible(DefTable *t, const ScopeEntry *e, DefId from)
{
    if (e->pub)
        return true;
    /* private: visible in e->vis and its descendants */
    for (DefId m = from; m != DEF_NONE; m = defs_get(t, m)->parent)
        if (m == e->vis)
            return true;
    return false;
}

/* ---- building all scopes -------------------------------------------------------------- */

typedef struct {
    QCtx *q;
    DefTable *t;
    VEC(ModBuild) mods;
    VEC(Import) imports;
    HMap mod_index; /* mod DefId -> index in mods */
    Edition edition;
} Build;

static ModBuild *
mod_of(Build *b, DefId m)
{
    Fingerprint k = {m, 0x6d6f64};
    uint64_t *v = hmap_get(&b->mod_index, k);
    return v ? &b->mods.data[*v] : NULL;
}

static const ScopeEntry *
build_find(ModBuild *m, Symbol name, Ns ns)
{
    uint64_t *v = hmap_get(&m->idx, (Fingerprint){(uint64_t)name << 1 | (uint64_t)ns, 0x656e74});
    return v ? &m->e.data[*v] : NULL;
}

static void
add_entry(ModBuild *m, Symbol name, Ns ns, Res r, bool pub, bool import, DefId vis)
{
    ScopeEntry e = {name, (uint8_t)ns, pub, import, r, vis};
    Fingerprint k = {(uint64_t)name << 1 | (uint64_t)ns, 0x656e74};
    if (!hmap_get(&m->idx, k))
        hmap_put(&m->idx, k, m->e.len);
    vec_push(&m->e, e);
}

static bool
item_pub(const Def *d)
{
    return d->node && (d->node->flags & NF_PUB);
}

static void
collect_use_tree(Build *b, DefId mod, DefId use_def, const Node *tree, Symbol *prefix,
                 uint32_t nprefix, bool global, bool pub)
{
    if (tree->kind != N_USE_PATH)
        return;
    Symbol segs[32];
    uint32_t n = nprefix < 32 ? nprefix : 32;
    memcpy(segs, prefix, n * sizeof(Symbol));
    if (tree->flags & NF_GLOBAL)
        global = true;
    const Node *tail = NULL;
    for (uint32_t i = 0; i < tree->nkids; i++) {
        const Node *k = tree->kids[i];
        if (k->kind == N_IDENT) {
            if (n < 32)
                segs[n++] = k->sym;
        } else {
            tail = k;
        }
    }
    if (!tail)
        return;
    if (tail->kind == N_USE_GROUP) {
        for (uint32_t i = 0; i < tail->nkids; i++)
            collect_use_tree(b, mod, use_def, tail->kids[i], segs, n, global, pub);
        return;
    }
    Import im = {0};
    im.mod = mod;
    im.use_def = use_def;
    im.at = tree;
    im.global = global;
    im.pub = pub;
    if (tail->kind == N_USE_GLOB) {
        im.glob = true;
        memcpy(im.segs, segs, n * sizeof(Symbol));
        im.nsegs = n;
        vec_push(&b->imports, im);
        return;
    }
    /* USE_NAME: the last segment */
    Symbol name = tail->sym;
    if (name == sym_cstr("self")) {
        if (n == 0)
            return;
        im.self_import = true;
        name = segs[n - 1];
        n--;
    }
    memcpy(im.segs, segs, n * sizeof(Symbol));
    im.nsegs = n;
    im.name = name;
    im.rename = tail->op == TK_KW_AS && tail->nkids ? tail->kids[0]->sym : name;
    vec_push(&b->imports, im);
}

/* Resolves an import's prefix to a module-like def (module, enum, crate root). */
static DefId
import_prefix(Build *b, const Import *im, bool *pending, bool *failed, uint32_t *bad_seg)
{
    DefTable *t = b->t;
    DefId cur = im->mod;
    uint32_t i = 0;
    *pending = *failed = false;
    DefId root = def_crate_root(t, im->mod);
    if (im->global || (b->edition == EDITION_2015 && def_crate_root(t, im->mod) == 0 && im->nsegs &&
                       im->segs[0] != sym_cstr("self") && im->segs[0] != sym_cstr("super"))) {
        cur = root;
        if (im->global && im->nsegs && (im->segs[0] == sym_cstr("std") ||
                                        im->segs[0] == sym_cstr("core"))) {
            cur = core_root(b->q);
            i = 1;
        }
    }
    for (; i < im->nsegs; i++) {
        Symbol s = im->segs[i];
        if (i == 0 && s == sym_cstr("crate")) {
            cur = root;
            continue;
        }
        if (s == sym_cstr("self") && i == 0) {
            cur = im->mod;
            continue;
        }
        if (s == sym_cstr("super")) {
            DefId p = defs_get(t, def_module(t, cur))->parent;
            if (p == DEF_NONE) {
                *failed = true;
                *bad_seg = i;
                return DEF_NONE;
            }
            cur = def_module(t, p);
            continue;
        }
        if (i == 0 && (s == sym_cstr("std") || s == sym_cstr("core"))) {
            ModBuild *m = mod_of(b, cur);
            if (!m || !build_find(m, s, NS_TYPE)) {
                cur = core_root(b->q);
                if (cur == DEF_NONE) {
                    *failed = true;
                    *bad_seg = i;
                    return DEF_NONE;
                }
                continue;
            }
        }
        const Def *cd = defs_get(t, cur);
        if (cd->kind == DK_ENUM) {
            *failed = true; /* enum::variant::x */
            *bad_seg = i;
            return DEF_NONE;
        }
        ModBuild *m = mod_of(b, cur);
        const ScopeEntry *e = m ? build_find(m, s, NS_TYPE) : NULL;
        /* a block's scope, then the enclosing ones */
        while (!e && i == 0 && cur != DEF_NONE && defs_get(t, cur)->kind != DK_MOD &&
               defs_get(t, cur)->kind != DK_CRATE) {
            cur = defs_get(t, cur)->parent;
            m = cur != DEF_NONE ? mod_of(b, cur) : NULL;
            e = m ? build_find(m, s, NS_TYPE) : NULL;
        }
        if (!e) {
            /* might come from a pending import of that module */
            for (uint32_t j = 0; j < b->imports.len; j++) {
                const Import *o = &b->imports.data[j];
                if (!o->done && o->mod == cur && (o->glob || o->rename == s)) {
                    *pending = true;
                    return DEF_NONE;
                }
            }
            *failed = true;
            *bad_seg = i;
            return DEF_NONE;
        }
        if (e->res.kind != RES_DEF) {
            *failed = true;
            *bad_seg = i;
            return DEF_NONE;
        }
        DefKind k = (DefKind)defs_get(t, e->res.def)->kind;
        if (k != DK_MOD && k != DK_CRATE && k != DK_ENUM) {
            *failed = true;
            *bad_seg = i;
            return DEF_NONE;
        }
        cur = e->res.def;
    }
    return cur;
}

static void
add_enum_variant(Build *b, ModBuild *m, DefId variant, Symbol as, bool pub)
{
    DefTable *t = b->t;
    add_entry(m, as, NS_TYPE, res_def(variant), pub, true, m->mod);
    DefId ctor = DEF_NONE;
    for (DefId c = variant + 1; c < defs_count(t) && c < variant + 4; c++)
        if (defs_get(t, c)->parent == variant && defs_get(t, c)->kind == DK_CTOR)
            ctor = c;
    if (ctor != DEF_NONE)
        add_entry(m, as, NS_VALUE, res_def(ctor), pub, true, m->mod);
}

/* Does the import name the standard library (which smelt's core only partly has)? */
static bool
from_std(const Import *im)
{
    return im->nsegs > 0 && (im->segs[0] == sym_cstr("std") || im->segs[0] == sym_cstr("core") ||
                             im->segs[0] == sym_cstr("alloc"));
}

/* rustc would accept it: say what smelt lacks, not that the path is wrong. */
static void
std_unsupported(Build *b, const Import *im)
{
    Buf p = {0};
    for (uint32_t i = 0; i < im->nsegs; i++)
        buf_printf(&p, "%s%s", i ? "::" : "", sym_str(im->segs[i]));
    if (im->name)
        buf_printf(&p, "::%s", sym_str(im->name));
    sema_error(b->q, im->use_def, im->at, "",
               "`%.*s` is not supported by smelt yet (smelt's core library does not have it)",
               (int)p.len, (const char *)p.data);
    buf_free(&p);
}

/* One attempt at an import; true when it is settled (resolved or failed). */
static bool
try_import(Build *b, Import *im, bool final)
{
    DefTable *t = b->t;
    bool pending, failed;
    uint32_t bad = 0;
    DefId target = import_prefix(b, im, &pending, &failed, &bad);
    ModBuild *here = mod_of(b, im->mod);
    if (pending && !final)
        return false;
    if (pending || failed) {
        Res er = {0};
        er.kind = RES_ERR;
        if (!im->glob)
            for (int ns = 0; ns < NS_N; ns++)
                if (!build_find(here, im->rename, (Ns)ns))
                    add_entry(here, im->rename, (Ns)ns, er, true, true, im->mod);
        Buf p = {0};
        for (uint32_t i = 0; i <= bad && i < im->nsegs; i++)
            buf_printf(&p, "%s%s", i ? "::" : "", sym_str(im->segs[i]));
        if (im->nsegs == 0 || bad >= im->nsegs)
            buf_printf(&p, "%s", im->name ? sym_str(im->name) : "*");
        Symbol seg = bad < im->nsegs ? im->segs[bad] : im->name;
        if (from_std(im) && bad > 0) {
            std_unsupported(b, im); /* a std module smelt's core lacks */
        } else if (bad == 0 && im->nsegs > 0 && b->edition >= EDITION_2018 && !im->global)
            sema_error(b->q, im->use_def, im->at, "E0432",
                       "unresolved import `%.*s`", (int)p.len, (const char *)p.data);
        else
            sema_error(b->q, im->use_def, im->at, "E0432",
                       "unresolved import `%.*s`", (int)p.len, (const char *)p.data);
        (void)seg;
        buf_free(&p);
        return true;
    }
    const Def *td = defs_get(t, target);
    if (im->glob) {
        if (td->kind == DK_ENUM) {
            for (DefId v = target + 1; v < defs_count(t); v++)
                if (defs_get(t, v)->parent == target && defs_get(t, v)->kind == DK_VARIANT)
                    if (!build_find(here, defs_get(t, v)->name, NS_TYPE))
                        add_enum_variant(b, here, v, defs_get(t, v)->name, im->pub);
            return true;
        }
        ModBuild *m = mod_of(b, target);
        if (!final) {
            for (uint32_t j = 0; j < b->imports.len; j++) {
                const Import *o = &b->imports.data[j];
                if (!o->done && o->mod == target && o != im)
                    return false;
            }
        }
        for (uint32_t i = 0; m && i < m->e.len; i++) {
            ScopeEntry e = m->e.data[i];
            if (!visible(t, &e, im->mod))
                continue;
            if (build_find(here, e.name, (Ns)e.ns))
                continue; /* items and explicit imports shadow globs */
            add_entry(here, e.name, (Ns)e.ns, e.res, im->pub, true, im->mod);
        }
        return true;
    }
    if (td->kind == DK_ENUM) {
        for (DefId v = target + 1; v < defs_count(t); v++)
            if (defs_get(t, v)->parent == target && defs_get(t, v)->kind == DK_VARIANT &&
                defs_get(t, v)->name == im->name) {
                add_enum_variant(b, here, v, im->rename, im->pub);
                return true;
            }
        sema_error(b->q, im->use_def, im->at, "E0432", "unresolved import `%s::%s`",
                   sym_str(td->name), sym_str(im->name));
        Res er = {0};
        er.kind = RES_ERR;
        add_entry(here, im->rename, NS_TYPE, er, true, true, im->mod);
        add_entry(here, im->rename, NS_VALUE, er, true, true, im->mod);
        return true;
    }
    ModBuild *m = mod_of(b, target);
    bool found = false, private_hit = false;
    for (int ns = 0; ns < (im->self_import ? 1 : NS_N) && m; ns++) {
        const ScopeEntry *e = build_find(m, im->name, (Ns)ns);
        if (!e)
            continue;
        if (!visible(t, e, im->mod)) {
            private_hit = true;
            continue;
        }
        found = true;
        if (!build_find(here, im->rename, (Ns)ns) || build_find(here, im->rename, (Ns)ns)->import)
            add_entry(here, im->rename, (Ns)ns, e->res, im->pub, true, im->mod);
    }
    if (found)
        return true;
    if (!final) {
        for (uint32_t j = 0; j < b->imports.len; j++) {
            const Import *o = &b->imports.data[j];
            if (!o->done && o->mod == target && o != im && (o->glob || o->rename == im->name))
                return false;
        }
    }
    {
        Res er = {0};
        er.kind = RES_ERR;
        for (int ns = 0; ns < NS_N; ns++)
            if (!build_find(here, im->rename, (Ns)ns))
                add_entry(here, im->rename, (Ns)ns, er, true, true, im->mod);
    }
    if (private_hit) {
        const ScopeEntry *e = build_find(m, im->name, NS_TYPE);
        if (!e)
            e = build_find(m, im->name, NS_VALUE);
        sema_error(b->q, im->use_def, im->at, "E0603", "%s `%s` is private",
                   res_descr(t, &e->res), sym_str(im->name));
        return true;
    }
    Buf p = {0};
    for (uint32_t i = 0; i < im->nsegs; i++)
        buf_printf(&p, "%s::", sym_str(im->segs[i]));
    buf_printf(&p, "%s", sym_str(im->name));
    Diag *d = sema_diag(b->q, im->use_def, im->at, "E0432", "unresolved import `%.*s`",
                        (int)p.len, (const char *)p.data);
    buf_free(&p);
    Buf l = {0};
    buf_printf(&l, "no `%s` in `", sym_str(im->name));
    if (target == 0 || td->kind == DK_CRATE)
        buf_printf(&l, "the root");
    else
        defs_path_str(t, target, &l);
    buf_printf(&l, "`");
    d->label = xstrndup((const char *)l.data, l.len);
    buf_free(&l);
    if (from_std(im))
        diag_note(d, "smelt's core library has only part of std (lib/README.md): if std has this "
                     "item, it is not supported by smelt yet");
    q_emit(b->q, d);
    return true;
}

static int
scope_mod_cmp(const void *a, const void *b)
{
    const ModScope *x = a, *y = b;
    return x->mod < y->mod ? -1 : x->mod > y->mod;
}

const void *
compute_resolve_imports(QCtx *q, QKey key)
{
    (void)key;
    DefTable *t = sess_read_defs(q);
    const CrateOptions *o = q_get(q, K_CRATE_OPTIONS, 0);
    Build b = {0};
    b.q = q;
    b.t = t;
    b.edition = o->edition;
    /* modules, and bodies that declare items (a block's items and uses) */
    for (DefId d = 0; d < defs_count(t); d++) {
        const Def *x = defs_get(t, d);
        bool scope = x->kind == DK_MOD || x->kind == DK_CRATE;
        if (!scope && x->parent != DEF_NONE &&
            (x->data == DPD_TYPE_NS || x->data == DPD_VALUE_NS || x->kind == DK_USE)) {
            uint8_t pk = defs_get(t, x->parent)->kind;
            scope = pk == DK_FN || pk == DK_ASSOC_FN || pk == DK_CONST || pk == DK_STATIC ||
                    pk == DK_CLOSURE || pk == DK_ASYNC_CLOSURE || pk == DK_COROUTINE ||
                    pk == DK_ASSOC_CONST;
            if (scope) {
                if (mod_of(&b, x->parent))
                    continue;
                ModBuild m = {x->parent, {0}, {0}};
                hmap_put(&b.mod_index, (Fingerprint){x->parent, 0x6d6f64}, b.mods.len);
                vec_push(&b.mods, m);
                continue;
            }
        }
        if (scope) {
            ModBuild m = {d, {0}, {0}};
            hmap_put(&b.mod_index, (Fingerprint){d, 0x6d6f64}, b.mods.len);
            vec_push(&b.mods, m);
        }
    }
    /* items */
    for (DefId d = 1; d < defs_count(t); d++) {
        const Def *x = defs_get(t, d);
        if (x->parent == DEF_NONE)
            continue;
        ModBuild *m = mod_of(&b, x->parent);
        if (!m)
            continue;
        if (x->data != DPD_TYPE_NS && x->data != DPD_VALUE_NS && x->kind != DK_USE)
            continue;
        /* visibility and use trees live in the item's syntax */
        q_ensure(q, K_HIR_OWNER_SHAPE, d);
        if (x->kind == DK_USE) {
            Symbol none[1];
            collect_use_tree(&b, x->parent, d, x->node->kids[0], none, 0, false, item_pub(x));
            continue;
        }
        Ns ns = x->data == DPD_TYPE_NS ? NS_TYPE : NS_VALUE;
        if (x->name == sym_cstr("_"))
            continue;
        if (build_find(m, x->name, ns)) {
            sema_error(q, d, x->node, "E0428", "the name `%s` is defined multiple times",
                       sym_str(x->name));
            continue;
        }
        add_entry(m, x->name, ns, res_def(d), item_pub(x), false, x->parent);
        if (x->kind == DK_STRUCT) {
            for (DefId c = d + 1; c < defs_count(t); c++) {
                const Def *cd = defs_get(t, c);
                if (cd->parent == d && cd->kind == DK_CTOR) {
                    bool fields_pub = true;
                    for (uint32_t f = 2; f < x->node->nkids; f++)
                        if (x->node->kids[f]->kind == N_FIELD && !(x->node->kids[f]->flags & NF_PUB))
                            fields_pub = false;
                    add_entry(m, x->name, NS_VALUE, res_def(c), item_pub(x) && fields_pub, false,
                              x->parent);
                    break;
                }
                if (cd->owner != d)
                    break;
            }
        }
    }
    /* imports to a fixpoint; what is left is unresolved */
    bool progress = true;
    while (progress) {
        progress = false;
        for (uint32_t i = 0; i < b.imports.len; i++) {
            Import *im = &b.imports.data[i];
            if (!im->done && try_import(&b, im, false)) {
                im->done = true;
                progress = true;
            }
        }
    }
    for (uint32_t i = 0; i < b.imports.len; i++) {
        Import *im = &b.imports.data[i];
        if (!im->done) {
            try_import(&b, im, true);
            im->done = true;
        }
    }
    AllScopes *all = arena_alloc(q_arena(q), sizeof *all);
    all->nmods = b.mods.len;
    all->mods = arena_alloc(q_arena(q), (b.mods.len + 1) * sizeof(ModScope));
    for (uint32_t i = 0; i < b.mods.len; i++) {
        ModBuild *m = &b.mods.data[i];
        ModScope *s = &all->mods[i];
        s->mod = m->mod;
        s->n = m->e.len;
        s->v = sema_dup(q, m->e.data, m->e.len * sizeof(ScopeEntry));
        qsort(s->v, s->n, sizeof(ScopeEntry), entry_cmp);
        vec_free(&m->e);
        hmap_free(&m->idx);
    }
    qsort(all->mods, all->nmods, sizeof(ModScope), scope_mod_cmp);
    vec_free(&b.mods);
    vec_free(&b.imports);
    hmap_free(&b.mod_index);
    return all;
}

static int
entry_str_cmp(const void *a, const void *b)
{
    const ScopeEntry *x = *(const ScopeEntry *const *)a, *y = *(const ScopeEntry *const *)b;
    int c = strcmp(sym_str(x->name), sym_str(y->name));
    return c ? c : (int)x->ns - (int)y->ns;
}

static void
hash_scope(StableHasher *h, DefTable *t, const ModScope *s)
{
    hasher_fp(h, defs_get(t, s->mod)->hash);
    hasher_u32(h, s->n);
    /* entries are sorted by session-local symbol ids: hash them in name order */
    const ScopeEntry **order = xmalloc((s->n + 1) * sizeof *order);
    for (uint32_t i = 0; i < s->n; i++)
        order[i] = &s->v[i];
    qsort(order, s->n, sizeof *order, entry_str_cmp);
    for (uint32_t i = 0; i < s->n; i++) {
        const ScopeEntry *e = order[i];
        hasher_str(h, sym_str(e->name));
        hasher_u8(h, e->ns);
        hasher_u8(h, e->pub);
        hasher_u8(h, e->import);
        hasher_u8(h, e->res.kind);
        hasher_u8(h, e->res.prim);
        hasher_u8(h, e->res.sub);
        hasher_fp(h, e->res.def != DEF_NONE && e->res.kind == RES_DEF
                         ? defs_get(t, e->res.def)->hash
                         : FP_ZERO);
        hasher_fp(h, e->vis != DEF_NONE ? defs_get(t, e->vis)->hash : FP_ZERO);
    }
    xfree(order, (s->n + 1) * sizeof *order);
}

const void *
compute_module_scope(QCtx *q, QKey key)
{
    const AllScopes *all = q_get(q, K_RESOLVE_IMPORTS, 0);
    uint32_t lo = 0, hi = all->nmods;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (all->mods[mid].mod < (DefId)key)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < all->nmods && all->mods[lo].mod == (DefId)key)
        return &all->mods[lo];
    ModScope *s = arena_alloc(q_arena(q), sizeof *s);
    s->mod = (DefId)key;
    return s;
}

Fingerprint
hash_module_scope(QCtx *q, const void *r)
{
    StableHasher *h = q_hasher(q);
    hash_scope(h, sess_defs(q), r);
    return hasher_finish(h);
}

const ModScope *
module_scope(QCtx *q, DefId mod)
{
    return q_get(q, K_MODULE_SCOPE, mod);
}

/* ---- paths ------------------------------------------------------------------------------- */

static const struct {
    const char *name;
    TyKind k;
    uint8_t sub;
} PRIMS[] = {
    {"bool", TY_BOOL, 0},     {"char", TY_CHAR, 0},      {"str", TY_STR, 0},
    {"i8", TY_INT, IK_I8},    {"i16", TY_INT, IK_I16},   {"i32", TY_INT, IK_I32},
    {"i64", TY_INT, IK_I64},  {"i128", TY_INT, IK_I128}, {"isize", TY_INT, IK_ISIZE},
    {"u8", TY_INT, IK_U8},    {"u16", TY_INT, IK_U16},   {"u32", TY_INT, IK_U32},
    {"u64", TY_INT, IK_U64},  {"u128", TY_INT, IK_U128}, {"usize", TY_INT, IK_USIZE},
    {"f32", TY_FLOAT, FK_F32}, {"f64", TY_FLOAT, FK_F64},
};

static bool
prim_of(Symbol s, Res *r)
{
    const char *n = sym_str(s);
    for (size_t i = 0; i < sizeof PRIMS / sizeof PRIMS[0]; i++)
        if (!strcmp(PRIMS[i].name, n)) {
            memset(r, 0, sizeof *r);
            r->kind = RES_PRIM;
            r->prim = (uint8_t)PRIMS[i].k;
            r->sub = PRIMS[i].sub;
            return true;
        }
    return false;
}

static struct {
    const DefTable *table;
    uint8_t *has;
    uint32_t n;
} items_cache;

void
resolve_session_start(void)
{
    core_cached_table = NULL;
    if (items_cache.has)
        xfree(items_cache.has, items_cache.n ? items_cache.n : 1);
    memset(&items_cache, 0, sizeof items_cache);
}

/* Does a body declare items or uses directly in it (a block scope)?  Computed once per table. */
static bool
body_has_items(DefTable *t, DefId d)
{
    if (items_cache.table != t || items_cache.n != defs_count(t)) {
        if (items_cache.has)
            xfree(items_cache.has, items_cache.n ? items_cache.n : 1);
        items_cache.n = defs_count(t);
        items_cache.has = xcalloc(items_cache.n ? items_cache.n : 1, 1);
        for (DefId i = 1; i < items_cache.n; i++) {
            const Def *x = defs_get(t, i);
            if (x->parent != DEF_NONE &&
                (x->data == DPD_TYPE_NS || x->data == DPD_VALUE_NS || x->kind == DK_USE))
                items_cache.has[x->parent] = 1;
        }
        items_cache.table = t;
    }
    return d < items_cache.n && items_cache.has[d];
}

/* Looks a first segment up lexically: block items, the module, the prelude. */
static bool
lexical(const PathCx *cx, Symbol s, Ns ns, Res *out, bool *private_hit)
{
    QCtx *q = cx->q;
    DefTable *t = sess_defs(q);
    /* items and uses declared in enclosing bodies */
    for (DefId d = cx->from; d != DEF_NONE; d = defs_get(t, d)->parent) {
        const Def *dd = defs_get(t, d);
        if (dd->kind == DK_MOD || dd->kind == DK_CRATE)
            break;
        if (dd->kind != DK_FN && dd->kind != DK_ASSOC_FN && dd->kind != DK_CONST &&
            dd->kind != DK_STATIC && dd->kind != DK_ASSOC_CONST && dd->kind != DK_CLOSURE &&
            dd->kind != DK_ASYNC_CLOSURE && dd->kind != DK_COROUTINE)
            continue;
        /* only bodies that declare items have a scope; which do is part of the body's
         * own syntax (its nested owners), which every reader of the body depends on */
        if (!body_has_items(t, d))
            continue;
        const ScopeEntry *be = scope_find(module_scope(q, d), s, ns);
        if (be) {
            *out = be->res;
            return true;
        }
    }
    DefId mod = def_module(t, cx->from);
    const ScopeEntry *e = scope_find(module_scope(q, mod), s, ns);
    if (e) {
        *out = e->res;
        return true;
    }
    (void)private_hit;
    if (ns == NS_TYPE && (s == sym_cstr("std") || s == sym_cstr("core"))) {
        DefId r = core_root(q);
        if (r != DEF_NONE) {
            *out = res_def(r);
            return true;
        }
    }
    DefId pre = core_prelude(q);
    if (pre != DEF_NONE) {
        e = scope_find(module_scope(q, pre), s, ns);
        if (e) {
            *out = e->res;
            return true;
        }
    }
    if (ns == NS_TYPE && prim_of(s, out))
        return true;
    return false;
}

static void
path_prefix_str(const Node *path, uint32_t n, Buf *out)
{
    for (uint32_t i = 0; i < n && i < path->nkids; i++)
        buf_printf(out, "%s%s", i ? "::" : "", sym_str(path->kids[i]->sym));
}

static const char *
ns_what(Ns ns, bool last_is_call)
{
    (void)last_is_call;
    return ns == NS_TYPE ? "type" : "value";
}

Res
resolve_path(const PathCx *cx, const Node *path, uint32_t nsegs, Ns ns, uint32_t *stopped)
{
    QCtx *q = cx->q;
    DefTable *t = sess_defs(q);
    Res err = {0};
    err.kind = RES_ERR;
    *stopped = nsegs;
    if (path->kind != N_PATH || nsegs == 0)
        return err;
    Res cur = {0};
    uint32_t i = 0;
    Symbol s0 = path->kids[0]->sym;
    DefId here = def_module(t, cx->from);
    DefId root = def_crate_root(t, cx->from);
    const CrateOptions *o = q_get(q, K_CRATE_OPTIONS, 0);
    if (path->flags & NF_GLOBAL) {
        if (o->edition >= EDITION_2018 || s0 == sym_cstr("std") || s0 == sym_cstr("core")) {
            if (s0 != sym_cstr("std") && s0 != sym_cstr("core")) {
                if (!cx->quiet)
                    sema_error(q, cx->self_def == DEF_NONE ? cx->from : cx->from, path->kids[0],
                               "E0433", "failed to resolve: could not find `%s` in the list of "
                               "imported crates", sym_str(s0));
                return err;
            }
            cur = res_def(core_root(q));
            i = 1;
        } else {
            cur = res_def(root);
        }
    } else if (s0 == sym_cstr("crate")) {
        cur = res_def(root);
        i = 1;
    } else if (s0 == sym_cstr("self") && nsegs > 1) {
        cur = res_def(here);
        i = 1;
    } else if (s0 == sym_cstr("super")) {
        cur = res_def(here);
        while (i < nsegs && path->kids[i]->sym == sym_cstr("super")) {
            DefId p = defs_get(t, def_module(t, cur.def))->parent;
            if (p == DEF_NONE) {
                if (!cx->quiet)
                    sema_error(q, cx->from, path->kids[i], "E0433",
                               "failed to resolve: there are too many leading `super` keywords");
                return err;
            }
            cur = res_def(def_module(t, p));
            i++;
        }
    } else if (s0 == sym_cstr("Self") && cx->self_def != DEF_NONE) {
        cur.kind = RES_SELF_TY;
        cur.def = cx->self_def;
        i = 1;
        if (nsegs > 1) {
            *stopped = 1;
            return cur;
        }
    }
    if (i == 0) {
        Ns first_ns = nsegs == 1 ? ns : NS_TYPE;
        bool priv = false;
        bool found = lexical(cx, s0, first_ns, &cur, &priv);
        if (found && cur.kind == RES_ERR)
            return err;
        if (!found) {
            if (!cx->quiet) {
                if (nsegs == 1) {
                    Diag *d = sema_diag(q, cx->from, path->kids[0], "E0425",
                                        "cannot find %s `%s` in this scope", ns_what(ns, false),
                                        sym_str(s0));
                    d->label = xstrndup("not found in this scope", 23);
                    q_emit(q, d);
                } else {
                    /* rustc: a capitalised name is an undeclared type, else a module/crate */
                    const char *n = sym_str(s0);
                    if (n[0] >= 'A' && n[0] <= 'Z')
                        sema_error(q, cx->from, path->kids[0], "E0433",
                                   "failed to resolve: use of undeclared type `%s`", n);
                    else
                        sema_error(q, cx->from, path->kids[0], "E0433",
                                   "failed to resolve: use of unresolved module or unlinked "
                                   "crate `%s`", n);
                }
            }
            return err;
        }
        i = 1;
    }
    for (; i < nsegs; i++) {
        Symbol s = path->kids[i]->sym;
        if (cur.kind != RES_DEF) {
            *stopped = i; /* a primitive type or Self: associated item */
            return cur;
        }
        const Def *cd = defs_get(t, cur.def);
        Ns sns = i + 1 == nsegs ? ns : NS_TYPE;
        if (cd->kind == DK_MOD || cd->kind == DK_CRATE) {
            const ModScope *ms = module_scope(q, cur.def);
            const ScopeEntry *e = scope_find(ms, s, sns);
            if (!e && i + 1 < nsegs)
                e = scope_find(ms, s, NS_VALUE) ? NULL : NULL;
            if (!e) {
                if (!cx->quiet && def_crate_root(t, cur.def) != 0 && i + 1 < nsegs) {
                    /* a path into the standard library that smelt's core lacks */
                    Buf p = {0};
                    path_prefix_str(path, i + 1, &p);
                    sema_error(q, cx->from, path, "",
                               "`%.*s` is not supported by smelt yet (smelt's core library does "
                               "not have it)", (int)p.len, (const char *)p.data);
                    buf_free(&p);
                    return err;
                }
                if (!cx->quiet) {
                    Buf p = {0};
                    if (cur.def == root || cd->kind == DK_CRATE)
                        buf_printf(&p, "the crate root");
                    else
                        path_prefix_str(path, i, &p);
                    if (i + 1 == nsegs) {
                        Diag *d = sema_diag(q, cx->from, path->kids[i], "E0425",
                                            "cannot find %s `%s` in %s%.*s%s", ns_what(ns, false),
                                            sym_str(s), cd->kind == DK_CRATE ? "" : "module `",
                                            (int)p.len, (const char *)p.data,
                                            cd->kind == DK_CRATE ? "" : "`");
                        q_emit(q, d);
                    } else {
                        const char *n = sym_str(s);
                        sema_error(q, cx->from, path->kids[i], "E0433",
                                   "failed to resolve: could not find `%s` in `%.*s`", n,
                                   (int)p.len, (const char *)p.data);
                    }
                    buf_free(&p);
                }
                return err;
            }
            if (e->res.kind == RES_ERR)
                return err;
            if (!visible(t, e, cx->from)) {
                if (!cx->quiet)
                    sema_error(q, cx->from, path->kids[i], "E0603", "%s `%s` is private",
                               res_descr(t, &e->res), sym_str(s));
                return err;
            }
            cur = e->res;
            continue;
        }
        if (cd->kind == DK_ENUM) {
            DefId found = DEF_NONE;
            for (DefId v = cur.def + 1; v < defs_count(t); v++) {
                const Def *vd = defs_get(t, v);
                if (vd->owner != cur.def && vd->parent != cur.def)
                    break;
                if (vd->parent == cur.def && vd->kind == DK_VARIANT && vd->name == s) {
                    found = v;
                    break;
                }
            }
            if (found != DEF_NONE) {
                cur = res_def(found);
                if (sns == NS_VALUE && i + 1 == nsegs) {
                    for (DefId c = found + 1; c < defs_count(t) && c < found + 3; c++)
                        if (defs_get(t, c)->parent == found && defs_get(t, c)->kind == DK_CTOR)
                            cur = res_def(c);
                }
                continue;
            }
            *stopped = i; /* an associated item of the enum */
            return cur;
        }
        /* a type or trait: the rest is an associated item */
        *stopped = i;
        return cur;
    }
    /* a tuple struct named in the value namespace through a module path */
    return cur;
}
