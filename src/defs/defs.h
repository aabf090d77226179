/*
 * defs.h — definitions and their stable identities: the whole public face
 * of src/defs.
 *
 *   DefId       an index into this session's table; never hashed or persisted
 *   DefPath     parent + DefPathData + disambiguator, printed as rustc prints
 *               it: main::{closure#1}::{closure#0}
 *   DefPathHash 128 bits over (crate, parent's hash, data kind, name,
 *               disambiguator): the only form a definition is hashed in
 *
 * Disambiguators are counted per (parent, data kind, name) in source order
 * after cfg stripping.  Synthetic data kinds are created only through
 * defs_create_synthetic (never from syntax) and count in their own space,
 * so a synthetic definition can never share a path with a user one.
 */
#ifndef SMELT_DEFS_H
#define SMELT_DEFS_H

#include "../syntax/syntax.h"

typedef uint32_t DefId;
#define DEF_NONE UINT32_MAX

/* DefPathData kinds: X(name, printed form or NULL for named) */
#define SMELT_DEF_PATH_DATA(X)                                                                     \
    X(CRATE_ROOT, NULL)                                                                            \
    X(TYPE_NS, NULL)                                                                               \
    X(VALUE_NS, NULL)                                                                              \
    X(IMPL, "impl")                                                                                \
    X(USE, "use")                                                                                  \
    X(CLOSURE, "closure")                                                                          \
    X(ANON_CONST, "constant")                                                                      \
    X(CTOR, "constructor")                                                                         \
    /* synthetic: compiler-made only */                                                            \
    X(SYNTHETIC_BODY, "synthetic")                                                                 \
    X(SYNTHETIC_SHIM, "shim")

typedef enum {
#define X(n, s) DPD_##n,
    SMELT_DEF_PATH_DATA(X)
#undef X
    DPD_N
} DefPathData;

#define DPD_FIRST_SYNTHETIC DPD_SYNTHETIC_BODY

/* Def kinds (never 0: the engine stores 0 for "not a def"). */
#define SMELT_DEF_KINDS(X)                                                                         \
    X(CRATE, "crate") X(MOD, "mod") X(STRUCT, "struct") X(ENUM, "enum") X(VARIANT, "variant")     \
    X(TRAIT, "trait") X(TYPE_ALIAS, "type alias") X(FN, "fn") X(ASSOC_FN, "assoc fn")             \
    X(CONST, "const") X(ASSOC_CONST, "assoc const") X(ASSOC_TY, "assoc type")                     \
    X(STATIC, "static") X(IMPL, "impl") X(USE, "use") X(CLOSURE, "closure")                        \
    X(ASYNC_CLOSURE, "async closure") X(COROUTINE, "coroutine") X(ANON_CONST, "anon const")       \
    X(CTOR, "ctor") X(SYNTHETIC_BODY, "synthetic body")

typedef enum {
    DK_INVALID,
#define X(n, s) DK_##n,
    SMELT_DEF_KINDS(X)
#undef X
    DK_N
} DefKind;

typedef struct {
    DefId parent;
    uint8_t data; /* DefPathData */
    uint8_t kind; /* DefKind */
    Symbol name;  /* TypeNs/ValueNs name, else 0 */
    uint32_t disambig;
    Fingerprint hash; /* DefPathHash */
    const Node *node; /* its syntax (session-local), NULL for synthetic */
    uint32_t file;    /* file id of its syntax */
    DefId owner;      /* the item whose hir_owner_nodes holds it (itself for items) */
    /* a fn's: the definitions its body's walk made, body_first .. +body_n (in order) */
    uint32_t body_first, body_n;
    /* in a body that has not been parsed (a LAZY_BODY): node is NULL until
     * defs_bind_body gives it; whoever reads it forces the owner's body first */
    bool lazy;
} Def;

typedef struct DefTable DefTable;

/*
 * A body's definitions without its syntax, as a list in collection order: for each, its
 * parent (0: the body's own parent -- the fn, or an async fn's coroutine; i > 0: the
 * list's i-th, counting from 1), path data and kind.  Closures, async blocks and
 * anonymous constants are the only definitions a lazy body can hold.
 */
typedef struct {
    uint32_t parent;
    uint8_t data, kind;
} BodyDef;

/* Asked for a LAZY_BODY of fn `f` (fn node `fn`, in `file`): its definitions, when known
 * (true, with the list), else false.  `force` then replaces fn->kids[4] by the parsed
 * BLOCK, which is walked as any other. */
typedef struct {
    bool (*lookup)(void *user, DefTable *t, DefId f, const Node *fn, uint32_t file,
                   const BodyDef **list, uint32_t *n);
    void (*force)(void *user, DefTable *t, DefId f, const Node *fn, uint32_t file);
    void *user;
} DefsLazyHooks;
void defs_set_lazy_hooks(DefTable *t, const DefsLazyHooks *hooks);
/* A lazy body of fn f has been parsed into fn->kids[4]: give its definitions their nodes.
 * False (nothing bound) when the body's definitions are not the ones listed. */
bool defs_bind_body(DefTable *t, DefId f);
/* The body definitions of fn f as a BodyDef list (for a later session's lazy parse);
 * false when f has no parsed body.  Appends to *out (xmalloc'd vector storage). */
typedef VEC(BodyDef) BodyDefVec;
bool defs_body_list(const DefTable *t, DefId f, BodyDefVec *out);



DefTable *defs_new(Symbol crate_name);
void defs_free(DefTable *t);
uint32_t defs_count(const DefTable *t);
const Def *defs_get(const DefTable *t, DefId id);
DefId defs_by_hash(const DefTable *t, Fingerprint hash);
/* Adds a user definition (from syntax): data must not be synthetic. */
DefId defs_add(DefTable *t, DefId parent, DefPathData data, Symbol name, DefKind kind,
               const Node *node, uint32_t file, DefId owner);
/* Another crate's root in the same table (the core library); printed by its name. */
DefId defs_add_crate_root(DefTable *t, Symbol name);
/* The only way to make a synthetic definition. */
DefId defs_create_synthetic(DefTable *t, DefId parent, DefPathData data, DefKind kind);
/* The DefPathHash a child (parent, data, disambig) of this table would get. */
Fingerprint defs_path_hash_of_child(const DefTable *t, DefId parent, DefPathData data,
                                    uint32_t disambig);
/* rustc's notation: main::{closure#1}::{closure#0}; `{impl#0}`; crate root "crate" */
void defs_path_str(const DefTable *t, DefId id, Buf *out);
const char *defs_kind_name(DefKind k);
/* Stable hash of a path element, for tests: same inputs, same hash. */
Fingerprint defs_path_hash(Fingerprint crate, Fingerprint parent, DefPathData data, Symbol name,
                           uint32_t disambig);

/* Collects every definition in a crate's (stripped) module files.  `mods`
 * lists, for each module def already added, the tree of its items. */
void defs_collect_items(DefTable *t, DefId parent, const Node *items_owner, uint32_t file);

#endif
