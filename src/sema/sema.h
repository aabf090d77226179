/*
 * sema.h — semantics: name resolution, types, signatures and type checking
 * of the subset, each an incremental query.  The whole public face of
 * src/sema, and the list of the compiler's query kinds (whose table lives
 * in src/driver/queries.c).
 *
 *   module_scope(mod)      the names a module defines and imports
 *   generics_of(def)       type parameters (parents' first)
 *   predicates_of(def)     trait bounds in scope of an item
 *   type_of(def)           the type of an ADT, alias, const, static, impl self
 *   adt_def(def)           variants and fields of a struct or enum
 *   fn_sig(def)            a fn's parameter and return types
 *   assoc_items(def)       an impl's or trait's associated items
 *   impls()                every impl in both crates, with its trait and self type head
 *   lang_items()           the core library's special items
 *   typeck(body)           a body and all closures and async blocks nested in it
 *
 * A body edit reaches typeck of that body only: signatures are computed from
 * the item's own syntax (hir_owner_nodes), never from a body.
 */
#ifndef SMELT_SEMA_H
#define SMELT_SEMA_H

#include "../defs/defs.h"

#include <stdarg.h>
#include <string.h>

/* ---- the compiler's query kinds (table: src/driver/queries.c) ---------- */

enum {
    K_SOURCE_TEXT, K_CRATE_OPTIONS, K_CFG_SET, K_PARSE, K_EXPAND, K_DEF_TABLE, K_HIR_OWNER_NODES,
    K_HIR_ATTRS, K_HIR_OWNER_SHAPE, K_CHECK_ATTRS, K_DEF_PATHS, K_RESOLVE_IMPORTS, K_MODULE_SCOPE, K_LANG_ITEMS,
    K_GENERICS_OF, K_PREDICATES_OF, K_TYPE_OF, K_ADT_DEF, K_FN_SIG, K_ASSOC_ITEMS, K_IMPLS,
    K_TYPECK, K_ITEM_TYPES, K_ITEM_CLOSURES, K_PRINT_TYPES, K_PRINT_CLOSURES, K_CHECK_MAIN, K_CHECK_CRATE,
    K_MIR_BUILT, K_OPTIMIZED_MIR, K_BY_MOVE_BODY, K_MENTIONED_ITEMS, K_MONO_ITEMS, K_ITEM_LOCATION, K_CODEGEN_UNIT,
    K_LINK_OBJECTS, K_CODEGEN_OPTIONS, K_N
};

typedef struct {
    Edition edition;
    Symbol crate_name;
} CrateOptions;

typedef struct {
    const Node *node;
    DefId def; /* whose */
    uint32_t base;
    OwnerHashes fp; /* when hashed (see syntax_hash_owner) */
    bool hashed;
    /* hir_owner_nodes' fingerprint without walking the tree: the item's source bytes and
     * the edition (the tree is a function of them when the item does not mention `cfg`);
     * not for modules, whose items may come from another file */
    bool has_text_fp;
    Fingerprint text_fp;
    bool no_inner_attrs; /* no `#` in the item's text below its own attributes */
} OwnerNodes;

/* Services of the driver's session, for sema's queries. */
DefTable *sess_defs(QCtx *q);      /* the live table, untracked (identities only) */
DefTable *sess_read_defs(QCtx *q); /* a tracked read of the definition set */
Fingerprint sess_file_anchor(QCtx *q, uint32_t file);
const char *sess_file_path(QCtx *q, uint32_t file);
const char *sess_file_text(QCtx *q, uint32_t file, size_t *len);
/* The DefId of the definition whose syntax is `n` (closures, async blocks), or DEF_NONE. */
DefId sess_def_of_node(QCtx *q, const Node *n);
/* A fn whose body was left unparsed (syntax_parse_body) gets it parsed, and its
 * definitions their nodes: before anything reads the body or one of them. */
void sess_force_owner(QCtx *q, DefId owner);
/* A definition's syntax, its owner's body parsed first when it is in one not parsed yet. */
const Node *sess_def_node(QCtx *q, DefId def);

/* ---- types ---------------------------------------------------------------- */

typedef enum {
    TY_ERROR,     /* an error was reported: unifies with everything */
    TY_BOOL, TY_CHAR, TY_INT, TY_FLOAT, TY_STR, TY_NEVER,
    TY_TUPLE,     /* args */
    TY_REF,       /* args[0]; sub = mutable */
    TY_PTR,       /* args[0]; sub = mutable */
    TY_ARRAY,     /* args[0]; idx = length (UINT64_MAX: unknown) */
    TY_SLICE,     /* args[0] */
    TY_ADT,       /* def; args = generic args */
    TY_PARAM,     /* idx = index in generics_of; name */
    TY_FNDEF,     /* def; args = generic args */
    TY_FNPTR,     /* args = inputs..., output last */
    TY_CLOSURE,   /* def; args = [sig as FNPTR] */
    TY_FUTURE,    /* def = async fn / async block / async closure body; args[0] = output */
    TY_OPAQUE,    /* def = the fn; idx = which `impl Trait`; args = the fn's generic args */
    TY_INFER,     /* idx = variable */
    TY_INT_VAR,   /* idx = variable ({integer}) */
    TY_FLOAT_VAR, /* idx = variable ({float}) */
    TY_PROJ,      /* def = a trait's associated type; args[0] = the self type (`<I as Iterator>::Item`) */
    TY_KIND_N
} TyKind;

typedef enum { IK_I8, IK_I16, IK_I32, IK_I64, IK_I128, IK_ISIZE, IK_U8, IK_U16, IK_U32, IK_U64,
               IK_U128, IK_USIZE, IK_N } IntKind;
typedef enum { FK_F32, FK_F64 } FloatKind;

enum { TF_HAS_VARS = 1, TF_HAS_PARAMS = 2, TF_HAS_ERROR = 4, TF_HAS_OPAQUE = 8, TF_HAS_PROJ = 16 };

typedef struct Ty Ty;
struct Ty {
    uint8_t kind;  /* TyKind */
    uint8_t sub;   /* IntKind, FloatKind, mutability */
    uint8_t flags; /* TF_* of it and its args */
    uint32_t n;    /* args */
    DefId def;
    uint64_t idx;
    Symbol name;
    Ty *const *args;
};

/* Interned: equal types are the same pointer. */
Ty *ty_mk(TyKind k, uint8_t sub, DefId def, uint64_t idx, Symbol name, Ty *const *args,
          uint32_t n);
Ty *ty_prim(TyKind k, uint8_t sub);
Ty *ty_error(void);
Ty *ty_unit(void);
Ty *ty_never(void);
Ty *ty_bool(void);
Ty *ty_char(void);
Ty *ty_str(void);
Ty *ty_int(IntKind k);
Ty *ty_float(FloatKind k);
Ty *ty_ref(Ty *t, bool mut);
Ty *ty_tuple(Ty *const *args, uint32_t n);
Ty *ty_adt(DefId def, Ty *const *args, uint32_t n);
Ty *ty_param(uint32_t idx, Symbol name);
Ty *ty_var(TyKind k, uint64_t id);
/* Replaces TY_PARAM i by args[i] (i < n). */
Ty *ty_subst(Ty *t, Ty *const *args, uint32_t n);
const char *int_kind_name(IntKind k);
bool int_kind_signed(IntKind k);
unsigned int_kind_bits(IntKind k);

/* Printing as rustc prints types in messages; closures need the file map. */
typedef struct {
    QCtx *q;
    DefTable *t;
    Ty *(*resolve)(void *ctx, Ty *t); /* shallow-resolve inference variables, or NULL */
    void *ctx;
} TyPrinter;
void ty_print(const TyPrinter *p, Ty *t, Buf *out);
char *ty_str_of(const TyPrinter *p, Ty *t); /* xmalloc'd; free with xfree(s, strlen(s)+1) */
/* Stable hash (defs by DefPathHash). */
void ty_hash(StableHasher *h, DefTable *t, Ty *ty);
/* On disk: defs by DefPathHash; decoding sets r->bad (NULL) when a def is gone. */
void ty_encode(DefTable *t, Ty *ty, Buf *out);
Ty *ty_decode(DefTable *t, Reader *r, uint32_t depth);

/* ---- names ---------------------------------------------------------------- */

typedef enum { NS_TYPE, NS_VALUE, NS_N } Ns;

typedef enum {
    RES_NONE,
    RES_DEF,   /* def (a module, type, trait, fn, const, static, variant, ...) */
    RES_PRIM,  /* a primitive type: prim = TyKind, sub */
    RES_LOCAL, /* a local variable: local index */
    RES_PARAM, /* a generic type parameter: idx, name */
    RES_SELF_TY, /* `Self`: def = the impl or trait */
    RES_ERR,   /* an error was reported */
} ResKind;

typedef struct {
    uint8_t kind;
    uint8_t prim, sub;
    DefId def;
    uint32_t idx;
    Symbol name;
} Res;

typedef struct {
    Symbol name;
    uint8_t ns;
    bool pub;
    bool import;
    Res res;
    DefId vis; /* visible in this module and below */
} ScopeEntry;

typedef struct {
    DefId mod;
    uint32_t n;
    ScopeEntry *v; /* sorted by (name, ns) */
    bool has_globs_unresolved;
} ModScope;

const ModScope *module_scope(QCtx *q, DefId mod);
const ScopeEntry *scope_find(const ModScope *s, Symbol name, Ns ns);
/* The module a definition is in (itself for a module). */
DefId def_module(DefTable *t, DefId d);
/* The crate root of a definition (0 for the user crate, or core's root). */
DefId def_crate_root(DefTable *t, DefId d);
/* core's root module and its prelude module, DEF_NONE when absent. */
DefId core_root(QCtx *q);
DefId core_prelude(QCtx *q);

/*
 * Resolves a module-level path (in a signature, a use, or a body once locals
 * and generics are ruled out) from module `from`.  `nsegs` segments of the
 * PATH are resolved (the last in `ns`, the others as modules / types);
 * `*stopped` receives the index of a segment that resolved to a type with
 * segments left (an associated item: `Type::new`), else nsegs.  Errors are
 * emitted unless `quiet`; RES_ERR then.
 */
typedef struct {
    QCtx *q;
    DefId from;        /* module (or block owner) the path is written in */
    DefId self_def;    /* impl or trait for `Self`, else DEF_NONE */
    Fingerprint anchor; /* diagnostics' anchor */
    uint32_t base;      /* spans relative to this */
    bool quiet;
} PathCx;
Res resolve_path(const PathCx *cx, const Node *path, uint32_t nsegs, Ns ns, uint32_t *stopped);
const char *res_descr(DefTable *t, const Res *r); /* "function", "struct", ... */

/* ---- lang items ----------------------------------------------------------- */

#define SMELT_LANG_ITEMS(X)                                                                        \
    X(SIZED, "sized") X(COPY, "copy") X(CLONE, "clone") X(FN_ONCE, "fn_once") X(FN_MUT, "fn_mut") \
    X(FN, "fn") X(EQ, "eq") X(EQ_TOTAL, "Eq") X(PARTIAL_ORD, "partial_ord") X(ORD, "Ord")          \
    X(ORDERING, "Ordering") X(OPTION, "Option") X(RESULT, "Result") X(STRING, "String")            \
    X(VEC, "Vec") X(BOX, "Box") X(DEBUG, "Debug") X(DISPLAY, "Display")                           \
    X(FORMATTER, "Formatter") X(DEFAULT, "Default") X(ITERATOR, "Iterator") X(RANGE, "Range")     \
    X(RANGE_INCLUSIVE, "RangeInclusive") X(FUTURE, "future") X(TO_STRING, "ToString")             \
    X(VEC_ITER, "VecIter") X(ARGUMENTS, "Arguments") X(RANGE_FROM, "RangeFrom")                   \
    X(RANGE_TO, "RangeTo") X(RANGE_FULL, "RangeFull") X(RANGE_TO_INCLUSIVE, "RangeToInclusive") \
    X(INTO_ITERATOR, "IntoIterator") X(FROM_ITERATOR, "FromIterator") X(SUMMAND, "Summand")

typedef enum {
#define X(n, s) LANG_##n,
    SMELT_LANG_ITEMS(X)
#undef X
    LANG_N
} LangItem;

typedef struct {
    DefId items[LANG_N];
    DefId prim_impls[TY_KIND_N][IK_N]; /* `impl i32 { }` in core: inherent methods of primitives */
} LangItems;

const LangItems *lang_items(QCtx *q);
DefId lang_item(QCtx *q, LangItem li);

/* ---- signatures ------------------------------------------------------------ */

typedef struct {
    uint32_t parent_count; /* the first parent_count params belong to the parent */
    uint32_t count;
    Symbol *names;
    bool has_self; /* a trait: param 0 is Self */
    uint32_t impl_trait_first; /* own params from this index are `impl Trait` arguments */
} Generics;

/* A trait bound `self: trait` — Fn-family bounds also carry their signature. */
typedef struct {
    Ty *self;
    DefId trait;
    Ty *fn_inputs; /* TY_TUPLE for Fn(A, B) -> C, else NULL */
    Ty *fn_output;
    DefId bind_item; /* `Trait<Name = T>` (the core library only): the associated type ... */
    Ty *bind_ty;     /* ... and T; NULL without a binding */
} Pred;

typedef struct {
    uint32_t n;
    Pred *v;
} Preds;

typedef struct {
    Symbol name;
    Ty *ty;
    bool pub;
    uint32_t lo, hi; /* span (relative to the ADT) */
} FieldDef;

enum { CTOR_NAMED, CTOR_TUPLE, CTOR_UNIT };

typedef struct {
    Symbol name;
    DefId def;  /* the variant (or the struct) */
    DefId ctor; /* its constructor, or DEF_NONE */
    uint8_t ctor_kind;
    uint32_t nfields;
    FieldDef *fields;
} VariantDef;

typedef struct {
    DefId def;
    bool is_enum;
    uint32_t nvariants;
    VariantDef *variants;
    uint32_t derives; /* bit per LangItem derived */
} AdtDef;

enum { SELF_NONE, SELF_VALUE, SELF_REF, SELF_MUT_REF, SELF_BOX };

typedef struct {
    uint32_t ninputs; /* including self */
    Ty **inputs;
    Ty *output; /* for async fns: the declared output; callers see a future */
    uint8_t self_kind;
    bool is_async;
    bool intrinsic;
    bool has_body;
    uint32_t nopaque; /* `impl Trait` in return position: bounds of each */
    Preds *opaque_bounds;
} FnSig;

typedef struct {
    Symbol name;
    DefId def;
    uint8_t kind; /* DefKind: ASSOC_FN, ASSOC_CONST, ASSOC_TY */
    bool has_self;
    bool has_default; /* trait items: a default body/value */
} AssocItem;

typedef struct {
    uint32_t n;
    AssocItem *v;
} AssocItems;

enum { SIMP_NONE, SIMP_ADT, SIMP_PRIM, SIMP_REF, SIMP_PARAM, SIMP_OTHER };

typedef struct {
    DefId impl;  /* an impl, or an ADT with derives */
    DefId trait; /* DEF_NONE for an inherent impl */
    uint8_t simp; /* self type head */
    DefId simp_def;
    uint16_t simp_sub;
    bool derived;
} ImplInfo;

typedef struct {
    uint32_t n;
    ImplInfo *v;
} Impls;

const Generics *generics_of(QCtx *q, DefId def);
const Preds *predicates_of(QCtx *q, DefId def);
Ty *type_of(QCtx *q, DefId def);
const AdtDef *adt_def(QCtx *q, DefId def);
const FnSig *fn_sig(QCtx *q, DefId def);
const AssocItems *assoc_items(QCtx *q, DefId def);
DefId assoc_ty_named(QCtx *q, DefId container, Symbol name);
/* A type with projections (`<X as Iterator>::Item`) whose self types are known, normalized
 * through the impls (the back end's, after substitution); unknown ones are left. */
Ty *ty_normalize(QCtx *q, Ty *t);
/* The impl of `trait` for a known type (its args in *binds, which may be NULL), or DEF_NONE;
 * impl_args_for binds one impl's args (binds[n] zeroed by the caller). */
DefId impl_for(QCtx *q, DefId trait, Ty *self, Ty ***binds, uint32_t depth);
bool impl_args_for(QCtx *q, DefId impl, Ty *self, Ty **binds, uint32_t n, uint32_t depth);
const Impls *impls(QCtx *q);
/* The trait a derived/real impl implements; DEF_NONE for inherent. */
DefId impl_trait(QCtx *q, DefId impl);

/* Lowers a type written in an item's signature. */
typedef struct {
    PathCx p;
    const Generics *g;
    DefId generics_owner;
    Ty *self_ty; /* for `Self`, or NULL */
    bool allow_infer; /* `_` allowed (bodies) */
    uint32_t opaque_next; /* numbering of `impl Trait` in return position */
    uint32_t infer_next;  /* numbering of `_` inside a type in a body (placeholders) */
    DefId opaque_fn;
} TyLowerCx;
Ty *lower_ty(TyLowerCx *cx, const Node *ty);
/* A constant usize expression (array lengths); UINT64_MAX when not constant. */
uint64_t eval_const_usize(const PathCx *cx, const Node *e, uint32_t depth);

/* ---- typeck ----------------------------------------------------------------- */

enum { CAPTURE_REF, CAPTURE_MUT_REF, CAPTURE_VALUE };
enum { CK_FN, CK_FN_MUT, CK_FN_ONCE };

typedef struct {
    Symbol name;
    uint8_t mode;
    Ty *ty; /* the captured variable's type (resolved) */
} Capture;

typedef struct {
    DefId def;
    Ty *sig; /* TY_FNPTR */
    uint8_t kind;
    bool is_async; /* async closure or async block */
    bool is_block; /* async block */
    uint32_t ncaptures;
    Capture *captures;
} ClosureInfo;

/* What the back end reads of a body: each expression's type and each method call's callee,
 * resolved (no inference variables), sorted by node for lookup. */
typedef struct {
    const Node *node;
    Ty *ty;
    uint32_t seq; /* order of recording: a node checked twice keeps its last type */
} NodeTy;

typedef struct {
    const Node *node; /* the METHOD_CALL */
    DefId method;     /* an impl's or a trait's fn */
    Ty **args;        /* its generic args (parent's first) */
    uint32_t nargs;
    uint8_t autoref;  /* 0, 1 = &, 2 = &mut */
    uint32_t derefs;  /* autoderef steps on the receiver before the autoref */
    uint32_t seq;
} MethodPick;

typedef struct {
    DefId owner;
    uint32_t nclosures;
    ClosureInfo *closures;
    Fingerprint types_fp; /* every expression's type and method pick, in order */
    uint32_t errors;
    uint32_t ntypes;
    NodeTy *types;
    uint32_t npicks;
    MethodPick *picks;
    uint32_t nhidden; /* the hidden type of each `impl Trait` the fn returns (resolved) */
    Ty **hidden;
} TypeckResults;

/* The resolved type of an expression or pattern of the body, or NULL. */
Ty *typeck_node_type(const TypeckResults *r, const Node *n);
const MethodPick *typeck_method_pick(const TypeckResults *r, const Node *call);

const TypeckResults *typeck(QCtx *q, DefId body);
/* Does `def` have a body that typeck checks as a root? */
bool is_typeck_root(DefTable *t, DefId def);

/* Forgets the per-session caches (keyed by session objects); call once per compilation. */
void sema_session_start(void);
void resolve_session_start(void);

/* Query computations (registered in the table in queries.c). */
const void *compute_resolve_imports(QCtx *q, QKey key);
const void *compute_module_scope(QCtx *q, QKey key);
Fingerprint hash_module_scope(QCtx *q, const void *r);
const void *compute_lang_items(QCtx *q, QKey key);
Fingerprint hash_lang_items(QCtx *q, const void *r);
const void *compute_generics_of(QCtx *q, QKey key);
Fingerprint hash_generics(QCtx *q, const void *r);
const void *compute_predicates_of(QCtx *q, QKey key);
Fingerprint hash_preds(QCtx *q, const void *r);
const void *compute_type_of(QCtx *q, QKey key);
Fingerprint hash_type_of(QCtx *q, const void *r);
const void *compute_adt_def(QCtx *q, QKey key);
Fingerprint hash_adt_def(QCtx *q, const void *r);
const void *compute_fn_sig(QCtx *q, QKey key);
Fingerprint hash_fn_sig(QCtx *q, const void *r);
const void *compute_assoc_items(QCtx *q, QKey key);
Fingerprint hash_assoc_items(QCtx *q, const void *r);
const void *compute_impls(QCtx *q, QKey key);
Fingerprint hash_impls(QCtx *q, const void *r);
const void *compute_typeck(QCtx *q, QKey key);
Fingerprint hash_typeck(QCtx *q, const void *r);
const void *compute_item_types(QCtx *q, QKey key);
const void *compute_item_closures(QCtx *q, QKey key);
const void *compute_print_types(QCtx *q, QKey key);
const void *compute_print_closures(QCtx *q, QKey key);

/* Copies n bytes (n may be 0) into the session arena. */
static inline void *
sema_dup(QCtx *q, const void *p, size_t n)
{
    void *r = arena_alloc(q_arena(q), n ? n : 1);
    if (n)
        memcpy(r, p, n);
    return r;
}

/* Emits an error anchored at a definition; spans relative to the def's owner node. */
void sema_error(QCtx *q, DefId anchor_def, const Node *at, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
Diag *sema_vdiag(QCtx *q, DefId anchor_def, const Node *at, const char *code, const char *fmt,
                 va_list ap);
Diag *sema_diag(QCtx *q, DefId anchor_def, const Node *at, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* The syntax node of an owner, read tracked (its hir_owner_nodes). */
const Node *owner_node(QCtx *q, DefId owner);
bool has_attr(const Node *n, const char *name);
const char *attr_value(const Node *n, const char *name); /* #[name = "v"] */

#endif
