/*
 * ty.c — interned types: construction, substitution, printing as rustc
 * prints them, and stable hashing.
 *
 * Types are hash-consed for the whole process: two equal types are the same
 * pointer, so comparing types is comparing pointers.  They mention
 * definitions by session-local DefId; anything persisted or hashed goes
 * through ty_hash, which uses DefPathHashes.
 */
#include "sema.h"

#include <string.h>

static struct {
    Arena arena;
    bool ready;
    HMap map; /* structural key -> Ty*; every hit is compared field by field */
} I;

static uint64_t
mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    h *= 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 31);
}

static bool
same(const Ty *t, TyKind k, uint8_t sub, DefId def, uint64_t idx, Symbol name, Ty *const *args,
     uint32_t n)
{
    if (t->kind != k || t->sub != sub || t->def != def || t->idx != idx || t->name != name ||
        t->n != n)
        return false;
    for (uint32_t i = 0; i < n; i++)
        if (t->args[i] != args[i])
            return false;
    return true;
}

Ty *
ty_mk(TyKind k, uint8_t sub, DefId def, uint64_t idx, Symbol name, Ty *const *args, uint32_t n)
{
    if (!I.ready) {
        arena_init(&I.arena);
        I.ready = true;
    }
    uint64_t a = mix(mix(mix(0x243F6A8885A308D3ull, (uint64_t)k << 8 | sub), def), idx);
    a = mix(mix(a, name), n);
    for (uint32_t i = 0; i < n; i++)
        a = mix(a, (uint64_t)(uintptr_t)args[i]);
    Fingerprint key = {a, mix(a, 0x13198A2E03707344ull)};
    uint64_t *hit;
    /* a colliding key (never seen in practice) probes the next one */
    while ((hit = hmap_get(&I.map, key)) != NULL) {
        Ty *t = (Ty *)(uintptr_t)*hit;
        if (same(t, k, sub, def, idx, name, args, n))
            return t;
        key.hi = mix(key.hi, 1);
    }
    Ty *t = arena_alloc(&I.arena, sizeof *t);
    t->kind = (uint8_t)k;
    t->sub = sub;
    t->def = def;
    t->idx = idx;
    t->name = name;
    t->n = n;
    uint8_t f = 0;
    if (k == TY_INFER || k == TY_INT_VAR || k == TY_FLOAT_VAR)
        f |= TF_HAS_VARS;
    if (k == TY_PARAM)
        f |= TF_HAS_PARAMS;
    if (k == TY_ERROR)
        f |= TF_HAS_ERROR;
    if (k == TY_OPAQUE)
        f |= TF_HAS_OPAQUE;
    if (k == TY_PROJ)
        f |= TF_HAS_PROJ;
    if (n) {
        Ty **arr = arena_alloc(&I.arena, n * sizeof *arr);
        for (uint32_t i = 0; i < n; i++) {
            arr[i] = args[i];
            f |= args[i]->flags;
        }
        t->args = arr;
    }
    t->flags = f;
    hmap_put(&I.map, key, (uint64_t)(uintptr_t)t);
    return t;
}

Ty *
ty_prim(TyKind k, uint8_t sub)
{
    return ty_mk(k, sub, DEF_NONE, 0, 0, NULL, 0);
}

Ty *ty_error(void) { return ty_prim(TY_ERROR, 0); }
Ty *ty_unit(void) { return ty_prim(TY_TUPLE, 0); }
Ty *ty_never(void) { return ty_prim(TY_NEVER, 0); }
Ty *ty_bool(void) { return ty_prim(TY_BOOL, 0); }
Ty *ty_char(void) { return ty_prim(TY_CHAR, 0); }
Ty *ty_str(void) { return ty_prim(TY_STR, 0); }
Ty *ty_int(IntKind k) { return ty_prim(TY_INT, (uint8_t)k); }
Ty *ty_float(FloatKind k) { return ty_prim(TY_FLOAT, (uint8_t)k); }

Ty *
ty_ref(Ty *t, bool mut)
{
    return ty_mk(TY_REF, mut, DEF_NONE, 0, 0, &t, 1);
}

Ty *
ty_tuple(Ty *const *args, uint32_t n)
{
    return ty_mk(TY_TUPLE, 0, DEF_NONE, 0, 0, args, n);
}

Ty *
ty_adt(DefId def, Ty *const *args, uint32_t n)
{
    return ty_mk(TY_ADT, 0, def, 0, 0, args, n);
}

Ty *
ty_param(uint32_t idx, Symbol name)
{
    return ty_mk(TY_PARAM, 0, DEF_NONE, idx, name, NULL, 0);
}

Ty *
ty_var(TyKind k, uint64_t id)
{
    return ty_mk(k, 0, DEF_NONE, id, 0, NULL, 0);
}

Ty *
ty_subst(Ty *t, Ty *const *args, uint32_t n)
{
    if (!(t->flags & TF_HAS_PARAMS))
        return t;
    if (t->kind == TY_PARAM)
        return t->idx < n ? args[t->idx] : t;
    Ty *small[8];
    Ty **a = t->n <= 8 ? small : xmalloc(t->n * sizeof *a);
    for (uint32_t i = 0; i < t->n; i++)
        a[i] = ty_subst(t->args[i], args, n);
    Ty *r = ty_mk((TyKind)t->kind, t->sub, t->def, t->idx, t->name, a, t->n);
    if (a != small)
        xfree(a, t->n * sizeof *a);
    return r;
}

static const char *const INT_NAMES[IK_N] = {"i8",  "i16", "i32", "i64",  "i128", "isize",
                                            "u8",  "u16", "u32", "u64",  "u128", "usize"};

const char *
int_kind_name(IntKind k)
{
    return k < IK_N ? INT_NAMES[k] : "?";
}

bool
int_kind_signed(IntKind k)
{
    return k <= IK_ISIZE;
}

unsigned
int_kind_bits(IntKind k)
{
    static const unsigned bits[IK_N] = {8, 16, 32, 64, 128, 64, 8, 16, 32, 64, 128, 64};
    return k < IK_N ? bits[k] : 64;
}

/* ---- printing ------------------------------------------------------------------ */

static void
print_def_name(const TyPrinter *p, DefId def, Buf *out)
{
    /* rustc's trimmed paths: core items by name, user items by their path */
    DefTable *t = p->t;
    if (def_crate_root(t, def) != 0) {
        buf_printf(out, "%s", sym_str(defs_get(t, def)->name));
        return;
    }
    defs_path_str(t, def, out);
}

static void
print_args(const TyPrinter *p, Ty *const *args, uint32_t n, Buf *out)
{
    for (uint32_t i = 0; i < n; i++) {
        if (i)
            buf_printf(out, ", ");
        ty_print(p, args[i], out);
    }
}

void
ty_print(const TyPrinter *p, Ty *t, Buf *out)
{
    if (p->resolve)
        t = p->resolve(p->ctx, t);
    switch ((int)t->kind) {
    case TY_ERROR:
        buf_printf(out, "{type error}");
        return;
    case TY_BOOL:
        buf_printf(out, "bool");
        return;
    case TY_CHAR:
        buf_printf(out, "char");
        return;
    case TY_INT:
        buf_printf(out, "%s", int_kind_name((IntKind)t->sub));
        return;
    case TY_FLOAT:
        buf_printf(out, "%s", t->sub == FK_F32 ? "f32" : "f64");
        return;
    case TY_STR:
        buf_printf(out, "str");
        return;
    case TY_NEVER:
        buf_printf(out, "!");
        return;
    case TY_TUPLE:
        buf_printf(out, "(");
        print_args(p, t->args, t->n, out);
        buf_printf(out, t->n == 1 ? ",)" : ")");
        return;
    case TY_REF:
        buf_printf(out, t->sub ? "&mut " : "&");
        ty_print(p, t->args[0], out);
        return;
    case TY_PTR:
        buf_printf(out, t->sub ? "*mut " : "*const ");
        ty_print(p, t->args[0], out);
        return;
    case TY_ARRAY:
        buf_printf(out, "[");
        ty_print(p, t->args[0], out);
        if (t->idx == UINT64_MAX)
            buf_printf(out, "; _]");
        else
            buf_printf(out, "; %llu]", (unsigned long long)t->idx);
        return;
    case TY_SLICE:
        buf_printf(out, "[");
        ty_print(p, t->args[0], out);
        buf_printf(out, "]");
        return;
    case TY_ADT:
        print_def_name(p, t->def, out);
        if (t->n) {
            buf_printf(out, "<");
            print_args(p, t->args, t->n, out);
            buf_printf(out, ">");
        }
        return;
    case TY_PARAM:
        buf_printf(out, "%s", sym_str(t->name));
        return;
    case TY_FNDEF: {
        const FnSig *s = fn_sig(p->q, t->def);
        buf_printf(out, "fn(");
        for (uint32_t i = 0; i < s->ninputs; i++) {
            if (i)
                buf_printf(out, ", ");
            ty_print(p, ty_subst(s->inputs[i], t->args, t->n), out);
        }
        buf_printf(out, ")");
        Ty *o = ty_subst(s->output, t->args, t->n);
        if (!(o->kind == TY_TUPLE && o->n == 0)) {
            buf_printf(out, " -> ");
            ty_print(p, o, out);
        }
        buf_printf(out, " {");
        defs_path_str(p->t, t->def, out);
        buf_printf(out, "}");
        return;
    }
    case TY_FNPTR: {
        buf_printf(out, "fn(");
        print_args(p, t->args, t->n - 1, out);
        buf_printf(out, ")");
        Ty *o = t->args[t->n - 1];
        if (p->resolve)
            o = p->resolve(p->ctx, o);
        if (!(o->kind == TY_TUPLE && o->n == 0)) {
            buf_printf(out, " -> ");
            ty_print(p, o, out);
        }
        return;
    }
    case TY_CLOSURE:
    case TY_FUTURE: {
        if (t->kind == TY_FUTURE && (t->def == DEF_NONE || defs_get(p->t, t->def)->kind == DK_FN ||
                                     defs_get(p->t, t->def)->kind == DK_ASSOC_FN)) {
            buf_printf(out, "impl Future<Output = ");
            ty_print(p, t->args[0], out);
            buf_printf(out, ">");
            return;
        }
        if (defs_get(p->t, t->def)->lazy)
            sess_def_node(p->q, t->def);
        const Def *d = defs_get(p->t, t->def);
        const char *what = t->kind == TY_CLOSURE ? "closure" : d->kind == DK_COROUTINE &&
                                                                       d->node && d->node->kind == N_ASYNC_BLOCK
                                                                   ? "async block"
                                                                   : "async closure body";
        if (d->node) {
            const Def *o = defs_get(p->t, d->owner);
            const char *file = sess_file_path(p->q, o->file);
            /* line:col of the node */
            const Node *n = d->node;
            uint32_t line = 1, col = 1;
            size_t len = 0;
            const char *text = NULL;
            (void)len;
            text = sess_file_text(p->q, o->file, &len);
            for (uint32_t i = 0; text && i < n->lo && i < len; i++) {
                if (text[i] == '\n') {
                    line++;
                    col = 1;
                } else if ((text[i] & 0xC0) != 0x80) {
                    col++;
                }
            }
            buf_printf(out, "{%s@%s:%u:%u}", what, file, line, col);
        } else {
            buf_printf(out, "{%s}", what);
        }
        return;
    }
    case TY_OPAQUE:
        buf_printf(out, "impl Trait");
        return;
    case TY_PROJ: {
        const Def *item = defs_get(p->t, t->def);
        buf_printf(out, "<");
        ty_print(p, t->args[0], out);
        buf_printf(out, " as %s>::%s",
                   item->parent != DEF_NONE && defs_get(p->t, item->parent)->name
                       ? sym_str(defs_get(p->t, item->parent)->name) : "?",
                   item->name ? sym_str(item->name) : "?");
        return;
    }
    case TY_INFER:
        buf_printf(out, "_");
        return;
    case TY_INT_VAR:
        buf_printf(out, "{integer}");
        return;
    case TY_FLOAT_VAR:
        buf_printf(out, "{float}");
        return;
    case TY_KIND_N:
        break;
    }
    buf_printf(out, "?");
}

char *
ty_str_of(const TyPrinter *p, Ty *t)
{
    Buf b = {0};
    ty_print(p, t, &b);
    char *s = xstrndup(b.data ? (const char *)b.data : "", b.len);
    buf_free(&b);
    return s;
}

void
ty_hash(StableHasher *h, DefTable *t, Ty *ty)
{
    hasher_u8(h, ty->kind);
    hasher_u8(h, ty->sub);
    if (ty->def != DEF_NONE)
        hasher_fp(h, defs_get(t, ty->def)->hash);
    else
        hasher_fp(h, FP_ZERO);
    if (ty->kind == TY_PARAM)
        hasher_str(h, sym_str(ty->name));
    if (ty->kind != TY_INFER && ty->kind != TY_INT_VAR && ty->kind != TY_FLOAT_VAR)
        hasher_u64(h, ty->idx); /* variable numbers are not stable: never hashed */
    hasher_u32(h, ty->n);
    for (uint32_t i = 0; i < ty->n; i++)
        ty_hash(h, t, ty->args[i]);
}

/* ---- on disk: definitions by their DefPathHash, symbols by their text ---------------------- */

void
ty_encode(DefTable *t, Ty *ty, Buf *out)
{
    buf_u8(out, ty->kind);
    buf_u8(out, ty->sub);
    buf_u8(out, ty->def != DEF_NONE);
    if (ty->def != DEF_NONE)
        buf_fp(out, defs_get(t, ty->def)->hash);
    buf_u64(out, ty->idx);
    const char *name = ty->name ? sym_str(ty->name) : "";
    buf_str(out, name, ty->name ? sym_len(ty->name) : 0);
    buf_u32(out, ty->n);
    for (uint32_t i = 0; i < ty->n; i++)
        ty_encode(t, ty->args[i], out);
}

Ty *
ty_decode(DefTable *t, Reader *r, uint32_t depth)
{
    if (depth > 256) {
        r->bad = true;
        return NULL;
    }
    uint8_t kind = rd_u8(r), sub = rd_u8(r), has_def = rd_u8(r);
    DefId def = DEF_NONE;
    if (has_def) {
        def = defs_by_hash(t, rd_fp(r));
        if (def == DEF_NONE)
            r->bad = true; /* the definition is gone: recompute */
    }
    uint64_t idx = rd_u64(r);
    uint32_t nl;
    const char *name = rd_str(r, &nl);
    uint32_t n = rd_u32(r);
    if (r->bad || kind >= TY_KIND_N || n > 4096)
        return NULL;
    Ty *small[8];
    Ty **args = n <= 8 ? small : xmalloc(n * sizeof(Ty *));
    for (uint32_t i = 0; i < n && !r->bad; i++)
        args[i] = ty_decode(t, r, depth + 1);
    Ty *res = r->bad ? NULL
                     : ty_mk((TyKind)kind, sub, def, idx, nl ? sym_intern(name, nl) : 0, args, n);
    if (args != small)
        xfree(args, n * sizeof(Ty *));
    return res;
}
