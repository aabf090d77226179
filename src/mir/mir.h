/*
 * mir.h — the mid-level IR: each body as basic blocks of statements over
 * places, ending in terminators.  The whole public face of src/mir.
 *
 *   mir_built(def)       a fn body lowered from its syntax and typeck results
 *   optimized_mir(def)   what the back end reads (today: mir_built, validated)
 *
 * Bodies keep their generic parameters (TY_PARAM): the back end substitutes
 * them per instance.  A construct the lowering does not handle yet is an
 * error "... is not supported by smelt yet" at its span, never a guess.
 *
 * Locals: 0 is the return place, 1..nargs the arguments, then user
 * variables and temporaries.  Integer arithmetic that can overflow, divide
 * by zero or shift too far is RV_CHECKED: the check and its panic (with
 * rustc's message and the statement's span) are part of the statement, as
 * rustc's debug builds put an Assert after a Checked* operation.
 */
#ifndef SMELT_MIR_H
#define SMELT_MIR_H

#include "../sema/sema.h"

typedef struct {
    uint32_t file;
    uint32_t lo; /* absolute byte offset in the file */
} MirSpan;

enum { PJ_FIELD, PJ_DEREF, PJ_INDEX, PJ_DOWNCAST };

typedef struct {
    uint8_t kind;
    uint32_t idx; /* field number; PJ_INDEX: the local holding the index; PJ_DOWNCAST: variant */
} Proj;

typedef struct {
    uint32_t local;
    uint32_t nproj;
    Proj *proj;
} Place;

enum { OPND_COPY, OPND_MOVE, OPND_CONST };
enum { CV_INT, CV_FLOAT, CV_BOOL, CV_CHAR, CV_STR, CV_UNIT, CV_FN };

typedef struct {
    uint8_t kind;  /* OPND_* */
    uint8_t ckind; /* CV_* for constants */
    Place place;
    Ty *ty;        /* a constant's type */
    uint64_t lo, hi; /* CV_INT: 128-bit two's complement; CV_BOOL/CV_CHAR: lo; CV_FLOAT: double bits */
    Symbol sym;      /* CV_STR: the bytes */
    DefId def;       /* CV_FN: the fn item, with its generic args */
    Ty **args;
    uint32_t nargs;
} Operand;

typedef enum {
    BIN_ADD, BIN_SUB, BIN_MUL, BIN_DIV, BIN_REM, BIN_AND, BIN_OR, BIN_XOR, BIN_SHL, BIN_SHR,
    BIN_EQ, BIN_NE, BIN_LT, BIN_LE, BIN_GT, BIN_GE
} BinOp;
typedef enum { UN_NEG, UN_NOT } UnOp;

enum {
    RV_USE,         /* a */
    RV_BIN,         /* a op b, wrapping / comparison / float */
    RV_CHECKED_BIN, /* a op b on integers, panicking on overflow, /0, %0, shift too far */
    RV_UN,          /* op a (UN_NEG on floats, UN_NOT) */
    RV_CHECKED_NEG, /* -a on signed integers, panicking on overflow */
    RV_REF,         /* &place / &mut place */
    RV_CAST,        /* a as ty */
    RV_TUPLE,       /* (ops...) */
    RV_ADT,         /* ty { ops... } of variant `variant` */
    RV_ARRAY,       /* [ops...] of element type ty */
    RV_REPEAT,      /* [a; count] */
    RV_DISCR,       /* the variant index of an enum place */
    RV_LEN,         /* the length of an array, slice or Vec place */
    RV_CLOSURE,     /* a closure value of type ty: its captures (by value, or references) */
    RV_COERCE,      /* a of its type to ty: &String -> &str, &Vec<T> / &[T; N] -> &[T], &&T -> &T */
    RV_SUBSLICE,    /* &(*a)[b..ops[0]] as ty (&[T] or &str), a a reference to a Vec, array, slice,
                     * str or String; op: 1 has a start, 2 has an end, 4 the end is inclusive;
                     * bounds (and char boundaries) checked, panicking as core does */
};

typedef struct {
    uint8_t kind;
    uint8_t op; /* BinOp / UnOp */
    bool mut;   /* RV_REF */
    Operand a, b;
    Place place; /* RV_REF, RV_DISCR */
    Ty *ty;      /* RV_CAST target, RV_ADT type, RV_ARRAY / RV_REPEAT element, RV_COERCE target */
    Ty *src;     /* RV_COERCE to a fn pointer: the fn item's or closure's type */
    uint32_t variant;
    uint32_t nops;
    Operand *ops;
    uint64_t count;
} Rvalue;

/* One piece of a formatted print: literal text, or an argument with its spec. */
enum { FMT_LIT, FMT_DISPLAY, FMT_DEBUG, FMT_LOWER_HEX, FMT_UPPER_HEX, FMT_OCTAL, FMT_BINARY,
       FMT_LOWER_EXP, FMT_UPPER_EXP };
/* A format spec `{:[[fill]align][+][#][0][width][.precision][type]}` (-1: absent). */
typedef struct {
    uint32_t fill; /* a char */
    uint8_t align; /* 0 none, 1 <, 2 >, 3 ^ */
    bool plus, alt, zero;
    int32_t width, precision;
} FmtSpec;
typedef struct {
    uint8_t kind;
    FmtSpec spec;
    bool width_dyn, prec_dyn; /* `{:w$}`, `{:.p$}`, `{:.*}`: from these operands (usize) */
    Operand width_op, prec_op;
    Symbol lit;  /* FMT_LIT */
    Operand arg; /* the value (a reference is followed to what it points at) */
    Ty *ty;      /* the value's type, references removed */
    uint32_t derefs; /* how many references to follow */
} FmtPiece;

enum { ST_ASSIGN, ST_BOUNDS, ST_PRINT, ST_NOP };

typedef struct {
    uint8_t kind;
    MirSpan span;
    Place place; /* ST_ASSIGN */
    Rvalue rv;
    Operand idx; /* ST_BOUNDS: idx < len (or < lenop when has_lenop), else the panic */
    uint64_t len;
    Operand lenop;
    bool has_lenop;
    uint8_t stream; /* ST_PRINT: 1 stdout, 2 stderr, 0 into the String at `place` (format!),
                     * 3 appended to the String at `place` (write! on a Formatter or String) */
    uint32_t npieces;
    FmtPiece *pieces;
} Stmt;

enum { T_GOTO, T_SWITCH, T_RETURN, T_UNREACHABLE, T_CALL, T_PANIC };

typedef struct {
    uint8_t kind;
    MirSpan span;
    uint32_t target; /* T_GOTO; T_CALL: where it returns to */
    Operand discr;   /* T_SWITCH on an integer, bool or char */
    uint32_t ncases;
    uint64_t *values;
    uint32_t *targets;
    uint32_t otherwise;
    Operand func; /* T_CALL: a CV_FN constant */
    bool call_value; /* T_CALL of a value (a closure, or an F: Fn): args[0] points at it */
    Ty *callee_ty;   /* ... and this is its type */
    uint32_t nargs;
    Operand *args;
    Place dest;
    uint32_t npieces; /* T_PANIC: the message, formatted */
    FmtPiece *pieces;
} Term;

typedef struct {
    uint32_t nstmts, cap;
    Stmt *stmts;
    Term term;
    bool terminated;
} Block;

typedef struct {
    Ty *ty;
    Symbol name; /* 0 for temporaries */
    bool mut;
} MirLocal;

typedef struct {
    DefId def;
    uint32_t nargs;
    uint32_t nlocals;
    MirLocal *locals;
    uint32_t nblocks;
    Block *blocks;
    bool ok; /* false: an error was reported; not for codegen */
    bool placeholder; /* an async closure or its by-move body: not run yet, no C emitted */
    DefId by_move;    /* an async closure: its synthetic by-move body (`{synthetic#0}`) */
} Mir;

const Mir *mir_built(QCtx *q, DefId def);
/*
 * by_move_body(async closure)  the synthetic definition of its by-move body,
 * created inside this query through the engine's in-query definition API
 * (q_create_entity): DefPathData SYNTHETIC_BODY under the closure, printed
 * `main::{closure#2}::{synthetic#0}`, so that it can never take a user
 * closure's path; a green by_move_body re-creates it with the same
 * DefPathHash when replayed.
 */
DefId by_move_body(QCtx *q, DefId async_closure);
const Mir *optimized_mir(QCtx *q, DefId def);

/* Query functions (table: src/driver/queries.c). */
const void *compute_mir_built(QCtx *q, QKey key);
const void *compute_optimized_mir(QCtx *q, QKey key);
Fingerprint hash_mir(QCtx *q, const void *r);
const void *compute_by_move_body(QCtx *q, QKey key);
Fingerprint hash_by_move_body(QCtx *q, const void *r);

/* The textual form, as `smelt build --dump-mir` prints it (stable: hashed). */
void mir_dump(QCtx *q, const Mir *m, Buf *out);
/* Checks the invariants (types of locals, block targets, terminators); false + message. */
bool mir_validate(const Mir *m, char *why, size_t n);

#endif
