/*
 * exhaust.h — match checking as rustc does it (rustc_pattern_analysis):
 * exhaustiveness with witnesses (E0004), refutability of let / parameter /
 * `for` patterns (E0005), unreachable patterns, and the two range lints
 * (overlapping_range_endpoints, non_contiguous_range_endpoints).
 *
 * It knows nothing of the AST or of types.  The caller names a type by an
 * opaque handle (XTy) and describes it on demand through a callback
 * (XSpaceFn), so recursive types (`struct List { next: Option<Box<List>> }`)
 * are explored only as deep as the patterns go.  Patterns are lowered by the
 * caller to XPat trees.
 *
 * The algorithm is rustc's usefulness algorithm: specialise the pattern
 * matrix by the constructors of its first column, split integer ranges at
 * the boundaries that occur in that column, add a `Missing` constructor for
 * the rest, skip "irrelevant" constructors, and rebuild witnesses on the way
 * back.  The witness strings, their order, the relevancy shortcuts and the
 * empty-type rules follow rustc 1.95 (checked against it on real programs:
 * see tests/unit/exhaust_test.c).
 *
 * Usage (the caller lowers its patterns with the x_* builders into an arena
 * and describes types through `space`):
 *
 *     XQuery q = {.space = space_of, .ctx = tcx};
 *     XArm arms[] = {{pat0, false}, {pat1, true}};   // pattern, has a guard
 *     XReport r;
 *     if (x_check_match(&q, scrut_ty, known_valid, arms, 2, &r) != X_OK)
 *         ... "not supported by smelt yet" (budget) or a lowering bug
 *     else {
 *         // in rustc's order: the range lints, then unreachable patterns, then E0004
 *         for each r.lints.data[i]        // warning: multiple patterns overlap ... / ranges ...
 *         for each r.redundant.data[i]    // warning: unreachable pattern
 *         if (!r.exhaustive) {            // error[E0004]
 *             x_fmt_e0004(&r, &msg);      // non-exhaustive patterns: `None` not covered
 *             x_fmt_label(&r, &label);    // pattern `None` not covered
 *             for each r.notes.data[i]    // the notes (see XNoteKind)
 *             x_fmt_suggestion(&r, &s);   // None => todo!()
 *         }
 *     }
 *     x_report_free(&r);
 *
 * E0005 is the same with x_check_irrefutable, x_fmt_e0005 and x_fmt_label.
 */
#ifndef SMELT_EXHAUST_H
#define SMELT_EXHAUST_H

#include "../base/base.h"

/* 128-bit integers: pattern values are two's complement (chars: code points). */
__extension__ typedef unsigned __int128 XU128;
__extension__ typedef __int128 XI128;

/* The caller's handle for a type: a pointer (cast through uintptr_t) or an id. */
typedef uint64_t XTy;

/* ---- types: constructor spaces ---------------------------------------- */

typedef enum {
    XS_OPAQUE,   /* not enumerable (str, f32/f64, ...): only a wildcard covers it */
    XS_BOOL,     /* constructors 0 = false, 1 = true */
    XS_INT,      /* integers and char, by XIntTy */
    XS_VARIANTS, /* an enum (n_ctors variants; 0 for an empty enum and for `!`) */
    XS_SINGLE,   /* one constructor: tuple, struct, reference, Box, array */
    XSPACE_KIND_N
} XSpaceKind;

/* isize/usize are 64 bits wide but, as in rustc, have no observable MIN/MAX. */
typedef enum {
    XI_I8, XI_I16, XI_I32, XI_I64, XI_I128, XI_ISIZE,
    XI_U8, XI_U16, XI_U32, XI_U64, XI_U128, XI_USIZE,
    XI_CHAR,
    XINT_N
} XIntTy;

/* How an XS_SINGLE type prints in witnesses. */
typedef enum {
    XK_TUPLE,   /* (a, b)  (a,)  () */
    XK_ADT,     /* a struct: printed by its XCtor (name, style) */
    XK_REF,     /* &a */
    XK_REF_MUT, /* &mut a */
    XK_BOX,     /* box a */
    XK_ARRAY,   /* [a, b] (fixed length; the caller pads `..` with wildcards) */
    XSINGLE_N
} XSingleKind;

/* How a struct or variant prints: `A`, `A(_, _)`, `A { x: true, .. }`. */
typedef enum { XC_UNIT, XC_TUPLE, XC_BRACED, XCTOR_STYLE_N } XCtorStyle;

typedef struct {
    const char *name;               /* as printed: "None", "Foo::B", "S"; unused for tuples etc. */
    XCtorStyle style;
    uint32_t arity;
    const XTy *fields;              /* arity field types, in declaration order */
    const char *const *field_names; /* XC_BRACED: arity names */
    bool empty;                     /* uninhabited (a variant `Err(!)`; for XS_SINGLE the whole
                                       type, ignored for references): the caller computes it */
} XCtor;

typedef struct {
    XSpaceKind kind;
    XIntTy int_ty;        /* XS_INT */
    XSingleKind single;   /* XS_SINGLE */
    uint32_t n_ctors;     /* XS_VARIANTS: variant count; XS_SINGLE: 1 */
    const XCtor *ctors;   /* XS_VARIANTS, XS_SINGLE */
    bool non_exhaustive;  /* XS_VARIANTS: a foreign #[non_exhaustive] enum */
} XSpace;

/*
 * Fills *out for `ty`.  Called at most once per distinct handle during one
 * check; the arrays it points to must stay valid until the check returns.
 * An erroneous type may be described as XS_OPAQUE.
 */
typedef void (*XSpaceFn)(void *ctx, XTy ty, XSpace *out);

/* ---- patterns ----------------------------------------------------------- */

typedef enum {
    XP_WILD,  /* `_` or a binding `x` (with `x @ p`, lower p instead) */
    XP_CTOR,  /* a variant, struct, tuple, reference, box, array or bool literal */
    XP_RANGE, /* an integer or char literal or range */
    XP_OR,    /* p | q */
    XP_LIT,   /* a string literal or an opaque constant: covers only XP_LIT of the same key */
    XP_FLOAT, /* a float literal or range */
    XPAT_KIND_N
} XPatKind;

typedef struct XPat XPat;
struct XPat {
    XPatKind kind;
    uint32_t id;     /* the caller's (a span, an id): not read by the checker */
    uint32_t ctor;   /* XP_CTOR: variant index; 0 for XS_SINGLE; 0 / 1 for false / true */
    uint32_t n;      /* XP_CTOR: == arity (NULL entries are wildcards); XP_OR: alternatives */
    XPat **sub;      /* XP_CTOR may leave it NULL: all fields wild */
    XU128 lo, hi;    /* XP_RANGE, two's complement; lo <= hi (lo < hi when hi_excl) */
    bool lo_open;    /* XP_RANGE `..=hi`: from the type's minimum (-inf for isize) */
    bool hi_open;    /* XP_RANGE `lo..`: to the type's maximum (+inf for isize/usize) */
    bool hi_excl;    /* XP_RANGE `lo..hi`, XP_FLOAT `lo..hi` */
    uint64_t key;    /* XP_LIT: equal keys = equal constants */
    double flo, fhi; /* XP_FLOAT: `1.0` is [1.0, 1.0]; use -INFINITY / INFINITY for open ends */
};

/*
 * Builders (zeroed nodes from the caller's arena).  A string literal
 * `"a"` matched against &str is x_ctor(a, 0, 1, (XPat *[]){x_lit(a, key)})
 * on the reference, as rustc lowers it.
 */
XPat *x_wild(Arena *a);
XPat *x_ctor(Arena *a, uint32_t ctor, uint32_t n, XPat *const *fields);
XPat *x_bool(Arena *a, bool b);
XPat *x_int(Arena *a, XU128 v);
XPat *x_range(Arena *a, XU128 lo, XU128 hi, bool hi_excl);
XPat *x_or(Arena *a, uint32_t n, XPat *const *alts);
XPat *x_lit(Arena *a, uint64_t key);
XPat *x_float(Arena *a, double lo, double hi, bool hi_excl);

/* ---- checking ----------------------------------------------------------- */

typedef struct {
    XSpaceFn space;
    void *ctx;
    uint64_t budget; /* work units before X_TOO_COMPLEX (about 100M a second); 0 = 2^26 */
} XQuery;

typedef struct {
    const XPat *pat;
    bool has_guard; /* checked for reachability, never counts as covering */
} XArm;

typedef enum {
    X_OK,
    X_TOO_COMPLEX, /* the budget ran out: report "not supported by smelt yet" */
    X_BAD_PATTERN, /* a pattern does not fit its type (a caller bug or an earlier error) */
    XSTATUS_N
} XStatus;

/*
 * Why rustc 1.95 adds a note after E0004 for a type found in the first
 * witness (rustc's collect_special_tys); the caller words it by type:
 *   XN_WILDCARD_NEEDED  str:  "`&str` cannot be matched exhaustively, so a wildcard `_` is
 *                             necessary"
 *                       a foreign #[non_exhaustive] enum T: "`T` is marked as non-exhaustive,
 *                             so a wildcard `_` is necessary to match exhaustively"
 *                       floats and other opaque types: no note
 *   XN_UNINHABITED      "`T` is uninhabited but is not being matched by value, so a wildcard
 *                       `_` is required"
 *   XN_PTR_SIZED        "`usize::MAX` is not treated as exhaustive, so half-open ranges are
 *                       necessary to match exhaustively"; for isize: "`isize::MIN` and
 *                       `isize::MAX` are not treated as exhaustive, so half-open ranges are
 *                       necessary to match exhaustively"
 */
typedef enum { XN_WILDCARD_NEEDED, XN_UNINHABITED, XN_PTR_SIZED, XNOTE_N } XNoteKind;

typedef struct {
    XTy ty;
    XNoteKind kind;
} XNote;

/* One `unreachable pattern` warning. */
typedef struct {
    uint32_t arm;
    bool whole_arm;             /* the arm's pattern itself, else an or-alternative in it */
    const XPat *pat;
    const XPat **covered_by;    /* earlier patterns that together cover it, in source order */
    uint32_t n_covered_by;      /* 0: it matches no values (see uninhabited) */
    bool covered_by_catchall;   /* one covering pattern that matches anything: "matches any
                                   value"; else one: "matches all the relevant values"; else
                                   note "multiple earlier patterns match some of the same
                                   values", rustc labelling the first 4 "matches some of the
                                   same values" and the pattern "collectively making this
                                   unreachable" or "...and N other patterns collectively make
                                   this unreachable" */
    XTy uninhabited;            /* n_covered_by == 0: "matches no values because `T` is
                                   uninhabited" */
} XRedundant;

typedef enum {
    XL_OVERLAP, /* warning: multiple patterns overlap on their endpoints */
    XL_GAP,     /* warning: multiple ranges are one apart / exclusive range missing `MAX` */
    XLINT_KIND_N
} XLintKind;

typedef struct {
    XLintKind kind;
    const XPat *pat;     /* OVERLAP: `^ ... with this range`; GAP: the exclusive range `lo..hi` */
    const char *value;   /* OVERLAP: "10_u8" (`this range overlaps on `10_u8`...`); GAP: the
                            value it misses, "5_u8" */
    const XPat **with;   /* OVERLAP: the earlier ranges; GAP: the ranges starting right after
                            the gap (none: `exclusive range missing `u8::MAX``) */
    uint32_t n_with;
    const char *range;      /* GAP: the range as written: "0_u8..5_u8" */
    const char *suggestion; /* GAP: "0_u8..=5_u8" */
} XLint;

typedef struct {
    XStatus status;
    bool exhaustive;
    uint32_t n_witnesses;    /* all of them: "and 2 more" */
    const char *witness[3];  /* the first ones, printed as rustc prints them */
    VEC(XNote) notes;
    uint32_t n_arms;
    bool *arm_reachable;
    VEC(XRedundant) redundant; /* by arm, then position */
    VEC(XLint) lints;          /* in rustc's order; emit them before the unreachable warnings */
    Arena arena;               /* owns the strings and arrays above */
} XReport;

/*
 * Checks a match on a scrutinee of type `scrut`.  `scrut_known_valid` is
 * false when the scrutinee is a place behind a reference or raw pointer or a
 * union field (rustc's is_known_valid_scrutinee): empty types inside it then
 * still need arms.  The report is filled (and must be freed) whatever the
 * status; when the status is not X_OK only `status` is meaningful.
 * An empty match (`match x {}`) on anything but an enum with variants gets
 * rustc's other message: "non-exhaustive patterns: type `T` is non-empty".
 */
XStatus x_check_match(const XQuery *q, XTy scrut, bool scrut_known_valid, const XArm *arms,
                      uint32_t n_arms, XReport *out);

/*
 * A let / function-parameter / `for` pattern (E0005): one arm, no guard.
 * `known_valid` as for a match on the initializer (true for parameters and
 * `for` bindings).
 */
XStatus x_check_irrefutable(const XQuery *q, XTy ty, bool known_valid, const XPat *pat,
                            XReport *out);

void x_report_free(XReport *r);

/*
 * rustc's wording, appended to `b`:
 *   x_fmt_uncovered  `None`  /  `A` and `B`  /  `A`, `B` and `C`  /  `A`, `B`, `C` and 2 more
 *   x_fmt_e0004      non-exhaustive patterns: <uncovered> not covered
 *   x_fmt_label      pattern(s) <uncovered> not covered   (E0004's label, E0005's label)
 *   x_fmt_e0005      refutable pattern in <origin>   ("local binding", "function argument",
 *                                                     "`for` loop binding")
 *   x_fmt_suggestion `None | Some(_) => todo!()`, or `_ => todo!()` for 4 or more witnesses
 */
void x_fmt_uncovered(const XReport *r, Buf *b);
void x_fmt_e0004(const XReport *r, Buf *b);
void x_fmt_label(const XReport *r, Buf *b);
void x_fmt_e0005(const char *origin, Buf *b);
void x_fmt_suggestion(const XReport *r, Buf *b);

/* An integer of type t as rustc prints a constant: `5_i32`, `i32::MIN`, `u8::MAX`, `'a'`. */
void x_fmt_int(XIntTy t, XU128 v, Buf *b);

#endif
