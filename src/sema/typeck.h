/*
 * typeck.h — the type checker's internal interface, shared by typeck.c
 * (inference, expressions, statements), tcpat.c (patterns) and tctrait.c
 * (trait selection and method lookup).  Not part of sema's public face.
 */
#ifndef SMELT_TYPECK_H
#define SMELT_TYPECK_H

#include "sema.h"

typedef struct {
    Symbol name;
    Ty *ty;
    bool mut;
    bool has_init;
    uint32_t frame; /* index of the body frame (fn, closure, async block) it belongs to */
    uint32_t loop_depth;
    uint32_t assigns;
    const Node *decl;
} Local;

typedef struct {
    uint32_t closure; /* index in FnCx.closures */
    uint32_t local;
    uint8_t mode;  /* CAPTURE_* from the use */
    bool by_value; /* a by-value use: a move unless the type is Copy */
} CapUse;

typedef struct {
    DefId def;
    const Node *node;
    Ty *inputs; /* TY_TUPLE */
    Ty *output;
    bool is_async, is_block, is_move;
    uint32_t frame;
} ClosureRec;

typedef struct {
    Ty *ret;            /* return / break-from-body type */
    int32_t closure;    /* index in closures, -1 for the fn itself */
    bool is_async;
    uint32_t first_local;
    uint32_t loop_base;
} Frame;

typedef struct {
    Symbol label;
    Ty *break_ty; /* NULL: `while`/`for` (breaks carry no value) */
    bool is_loop;
    bool broke;
} LoopFrame;

typedef struct {
    Ty *self;
    DefId trait;
    Ty *fn_in, *fn_out;
    const Node *at;
    uint8_t why; /* OB_* */
} Oblig;

enum { OB_PLAIN, OB_DISPLAY, OB_DEBUG, OB_ARG };

typedef struct {
    const Node *node;
    Ty *ty;
} ExprTy;

typedef struct FnCx {
    QCtx *q;
    DefTable *t;
    DefId root;   /* the body owner being checked */
    DefId anchor; /* diagnostics anchor */
    const LangItems *li;
    VEC(Ty *) vars; /* binding of each variable, NULL when unbound */
    VEC(uint8_t) var_kind;
    VEC(uint32_t) trail;
    VEC(Local) locals;      /* every local of the body, append-only */
    VEC(uint32_t) visible;  /* indices of the locals in scope, innermost last */
    VEC(uint32_t) scope_marks;
    VEC(Frame) frames;
    VEC(LoopFrame) loops;
    VEC(Oblig) obligs;
    VEC(struct PendingProj { Ty *var; Ty *proj; const Node *at; }) projs; /* projections whose
                                                                       * self type is not known yet */
    VEC(ClosureRec) closures;
    VEC(CapUse) uses;
    VEC(ExprTy) types;
    VEC(MethodPick) picks;
    struct PatCheck { const Node *node; Ty *ty; const char *what; } *pchecks; /* matches (what NULL) and irrefutable patterns */
    uint32_t npchecks, pchecks_cap;
    VEC(DefId) traits; /* traits in scope for method calls */
    VEC(uint32_t) lets; /* locals declared by `let`, checked for E0282 */
    struct { uint32_t local; const Node *at; } calls[64]; /* calls of local closures */
    uint32_t ncalls;
    const Generics *g;
    const Preds *env; /* where clauses in scope, elaborated */
    TyLowerCx lcx;
    Ty *self_ty;
    uint32_t errors;
    uint8_t use_mode; /* capture mode of the expression being checked */
    bool traits_only; /* method probe: skip inherent impls */
    bool diverges;
} FnCx;

/* inference */
Ty *fresh(FnCx *cx, TyKind k);
Ty *shallow(FnCx *cx, Ty *t);
Ty *resolve_deep(FnCx *cx, Ty *t);
bool unify(FnCx *cx, Ty *a, Ty *b);
uint32_t snapshot(FnCx *cx);
void rollback(FnCx *cx, uint32_t snap);
Ty *instantiate(FnCx *cx, DefId def, Ty **args_out, uint32_t *nargs);
Ty **fresh_args(FnCx *cx, const Generics *g, uint32_t from, Ty *const *prefix, uint32_t nprefix);
/* Projections (`<X as Iterator>::Item`) normalized through impls and where clauses; one whose
 * self type is not known yet becomes a variable, bound once it is (select_obligs). */
Ty *norm(FnCx *cx, Ty *t, const Node *at);
/* ty_subst of a signature's type, normalized. */
Ty *subst_n(FnCx *cx, Ty *t, Ty *const *args, uint32_t n);
void type_mismatch(FnCx *cx, const Node *at, Ty *expected, Ty *found);
char *tystr(FnCx *cx, Ty *t); /* xmalloc'd */
void tystr_free(char *s);
void tc_error(FnCx *cx, const Node *at, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
Diag *tc_diag(FnCx *cx, const Node *at, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void tc_emit(FnCx *cx, Diag *d);

/* traits */
typedef enum { SEL_NO, SEL_YES, SEL_AMBIG } Sel;
Sel select_trait(FnCx *cx, Ty *self, DefId trait, Ty *fn_in, Ty *fn_out, uint32_t depth);
void add_oblig(FnCx *cx, Ty *self, DefId trait, Ty *fn_in, Ty *fn_out, const Node *at, uint8_t why);
void add_preds(FnCx *cx, const Preds *p, Ty *const *args, uint32_t n, const Node *at);
void select_obligs(FnCx *cx, bool final);
bool is_copy(FnCx *cx, Ty *t);
/* The Fn signature expected of a closure of type `t` (a variable), from obligations. */
bool expected_fn_sig(FnCx *cx, Ty *t, Ty **in, Ty **out);

typedef struct {
    DefId method;      /* the fn (an impl's or a trait's) */
    Ty **args;         /* generic args of the method (parent's first) */
    uint32_t nargs;
    uint8_t autoref;   /* 0, 1 = &, 2 = &mut */
    uint32_t derefs;
    Ty *self_ty;       /* the type the method was found on */
} Pick;
/* Finds method `name` on a receiver of type `recv`; false when there is none. */
bool lookup_method(FnCx *cx, Ty *recv, Symbol name, Pick *out, bool *ambiguous);
/* Finds associated item `name` (fn or const) of type `self` (`Vec::new`, `i32::MAX`). */
bool lookup_assoc(FnCx *cx, Ty *self, Symbol name, Pick *out);
bool trait_in_scope(FnCx *cx, DefId trait);
bool lookup_method_numeric(FnCx *cx, Ty *var, Symbol name, Pick *out);
/* `Enum::Variant` through a type (`Self::A`, an alias): the variant's def or ctor. */
bool variant_of_type(FnCx *cx, Ty *base, Symbol name, Ns ns, Res *out);
/* One step of autoderef: &T, &mut T, Box<T>, String -> str, Vec<T> -> [T]; NULL if none. */
Ty *deref_step(FnCx *cx, Ty *t, bool builtin_only);

/* The type of a literal (suffix, else the expected type's, else a fresh {integer}/{float}). */
Ty *lit_type(FnCx *cx, const Node *lit, Ty *expect);

/* patterns */
void check_pat(FnCx *cx, const Node *p, Ty *expected, bool ref_mode, bool mut_ref_mode);
/* Exhaustiveness and refutability are checked at the end of the body, on resolved types. */
void check_match_exhaustive(FnCx *cx, const Node *match, Ty *scrut);
bool check_irrefutable(FnCx *cx, const Node *pat, Ty *ty, const char *what);
void run_pattern_checks(FnCx *cx);
DefId const_of_path(FnCx *cx, const Node *path);
const VariantDef *variant_of(FnCx *cx, DefId def, DefId *adt_out);
bool ident_is_path(FnCx *cx, const Node *p, Res *out);
/* Does the pattern bind or test nothing (always matches)? */
bool pat_irrefutable_simple(const Node *p);
void declare_local(FnCx *cx, Symbol name, Ty *ty, bool mut, const Node *decl, bool init);
DefId path_value_res(FnCx *cx, const Node *path, Ty **ty_out, const Node *at);
void record_type(FnCx *cx, const Node *n, Ty *t);
Res resolve_pat_path(FnCx *cx, const Node *path, Ns ns);

#endif
