/*
 * syntax.h — the syntax subsystem: tokens, the lexer, the AST, the parser
 * and cfg evaluation.  Its whole public face.
 *
 * The AST is a uniform tree: every node has a kind, flags, an absolute byte
 * span, an optional symbol, an operator, attributes and positional children
 * (absent optional children are N_NONE nodes).  One shape for every node
 * keeps hashing (with spans relative to an item), encoding, cfg stripping
 * and definition collection generic: each is one walk.  The layout of each
 * kind's children is documented beside it below.
 */
#ifndef SMELT_SYNTAX_H
#define SMELT_SYNTAX_H

#include "../query/query.h"
#include "token.h"

/* X(name) — node kinds; children in [brackets], sym/op/flags after. */
#define SMELT_NODES(X)                                                                             \
    X(NONE)          /* an absent optional child */                                               \
    X(ERROR)         /* a construct that failed to parse (an error was emitted) */                \
    /* ---- items; sym = name; flags NF_PUB ---- */                                                \
    X(CRATE)         /* [items...] (attrs: inner attributes) */                                   \
    X(FN)            /* [generics, params, ret|NONE, where|NONE, body|NONE]; NF_ASYNC NF_CONST NF_UNSAFE */ \
    X(PARAMS)        /* [PARAM|SELF_PARAM...] */                                                  \
    X(PARAM)         /* [pat, ty] */                                                              \
    X(SELF_PARAM)    /* [ty|NONE]; NF_REF NF_MUT (NF_REF: &self / &mut self) */                  \
    X(GENERICS)      /* [TYPE_PARAM|LIFETIME_PARAM|CONST_PARAM...] */                             \
    X(TYPE_PARAM)    /* [bounds..., default?]; sym */                                             \
    X(LIFETIME_PARAM)/* [bounds...]; sym */                                                       \
    X(CONST_PARAM)   /* [ty]; sym */                                                              \
    X(WHERE)         /* [WHERE_PRED...] */                                                        \
    X(WHERE_PRED)    /* [ty, bounds...] */                                                        \
    X(BOUND)         /* [path]; NF_MAYBE for ?Trait */                                            \
    X(LIFETIME)      /* sym = name */                                                             \
    X(STRUCT)        /* [generics, where|NONE, fields...]; NF_TUPLE | NF_UNIT */                  \
    X(FIELD)         /* [ty]; sym = name (0 for tuple fields); NF_PUB */                          \
    X(ENUM)          /* [generics, where|NONE, variants...] */                                    \
    X(VARIANT)       /* [disc|NONE, fields...]; NF_TUPLE | NF_UNIT */                             \
    X(TYPE_ALIAS)    /* [generics, ty|NONE, bounds...] (ty NONE in traits) */                     \
    X(IMPL)          /* [generics, trait path|NONE, self ty, where|NONE, items...]; NF_NEG */     \
    X(TRAIT)         /* [generics, supertrait bounds BOUNDS, where|NONE, items...] */             \
    X(BOUNDS)        /* [BOUND|LIFETIME...] */                                                    \
    X(CONST)         /* [ty, expr|NONE]; sym (sym 0 for `const _`) */                             \
    X(STATIC)        /* [ty, expr]; NF_MUT */                                                     \
    X(MOD)           /* [items...]; NF_INLINE for `mod a { }`, else `mod a;` */                   \
    X(USE)           /* [tree] */                                                                 \
    X(USE_PATH)      /* [segments as IDENT..., tail]: tail is USE_NAME|USE_GLOB|USE_GROUP; NF_GLOBAL */ \
    X(USE_NAME)      /* sym = name, op: 0 or TK_KW_AS with rename in kids[0] (IDENT) */          \
    X(USE_GLOB)      /* * */                                                                      \
    X(USE_GROUP)     /* [USE_PATH...] */                                                          \
    X(IDENT)         /* sym */                                                                    \
    X(EXTERN_CRATE)  /* sym */                                                                    \
    X(MACRO_ITEM)    /* an item macro invocation; sym = macro name */                             \
    /* ---- attributes ---- */                                                                     \
    X(ATTR)          /* [meta]; NF_INNER */                                                       \
    X(META_WORD)     /* sym = path (e.g. "cfg", "rustc_clean") */                                 \
    X(META_NV)       /* [LIT]; sym = name */                                                      \
    X(META_LIST)     /* [meta...]; sym = name */                                                  \
    /* ---- paths and types ---- */                                                                \
    X(PATH)          /* [SEG...]; NF_GLOBAL for a leading :: */                                   \
    X(SEG)           /* [GENERIC_ARGS|FN_SUGAR|NONE]; sym = name (self/super/crate/Self too) */  \
    X(GENERIC_ARGS)  /* [ty|LIFETIME|ASSOC_BINDING|expr...] */                                    \
    X(FN_SUGAR)      /* [inputs TUPLE_TY, output|NONE]  (Fn(A, B) -> C) */                         \
    X(ASSOC_BINDING) /* [ty]; sym  (Item = T) */                                                  \
    X(QSELF)         /* [ty, trait path|NONE, SEG...] <T as Trait>::name */                       \
    X(TY_PATH)       /* [PATH|QSELF] */                                                           \
    X(TY_REF)        /* [LIFETIME|NONE, ty]; NF_MUT */                                            \
    X(TY_PTR)        /* [ty]; NF_MUT */                                                           \
    X(TY_TUPLE)      /* [ty...] (unit: no children) */                                            \
    X(TY_ARRAY)      /* [ty, len expr] */                                                         \
    X(TY_SLICE)      /* [ty] */                                                                   \
    X(TY_FN)         /* [params TY_TUPLE, ret|NONE] */                                            \
    X(TY_IMPL)       /* [BOUND|LIFETIME...] */                                                    \
    X(TY_DYN)        /* [BOUND|LIFETIME...] */                                                    \
    X(TY_NEVER)      /* ! */                                                                      \
    X(TY_INFER)      /* _ */                                                                      \
    /* ---- patterns ---- */                                                                       \
    X(PAT_WILD)      /* _ */                                                                      \
    X(PAT_IDENT)     /* [sub|NONE]; sym; NF_REF NF_MUT */                                         \
    X(PAT_LIT)       /* [LIT or UNARY(-, LIT)] */                                                 \
    X(PAT_RANGE)     /* [lo|NONE, hi|NONE]; NF_INCLUSIVE */                                       \
    X(PAT_TUPLE)     /* [pat...] */                                                               \
    X(PAT_STRUCT)    /* [PATH, PAT_FIELD...]; NF_REST */                                          \
    X(PAT_FIELD)     /* [pat]; sym; NF_SHORTHAND */                                               \
    X(PAT_TUPLE_STRUCT) /* [PATH, pat...] */                                                      \
    X(PAT_PATH)      /* [PATH|QSELF] */                                                           \
    X(PAT_REF)       /* [pat]; NF_MUT */                                                          \
    X(PAT_OR)        /* [pat...] */                                                               \
    X(PAT_REST)      /* .. */                                                                     \
    X(PAT_SLICE)     /* [pat...] */                                                               \
    /* ---- statements ---- */                                                                     \
    X(BLOCK)         /* [stmt...]; NF_UNSAFE; sym = label */                                      \
    X(LET)           /* [pat, ty|NONE, init|NONE, else BLOCK|NONE] */                             \
    X(EXPR_STMT)     /* [expr]; NF_SEMI */                                                        \
    X(ITEM_STMT)     /* [item] */                                                                 \
    X(EMPTY_STMT)    /* ; */                                                                      \
    /* ---- expressions ---- */                                                                    \
    X(LIT)           /* op = TK_INT/FLOAT/STR/CHAR/BYTE/BYTE_STR/KW_TRUE/KW_FALSE; sym; suffix */ \
    X(PATH_EXPR)     /* [PATH|QSELF] */                                                           \
    X(UNARY)         /* [e]; op = TK_MINUS | TK_NOT | TK_STAR */                                  \
    X(ADDR_OF)       /* [e]; NF_MUT */                                                            \
    X(BINARY)        /* [l, r]; op = operator token */                                            \
    X(ASSIGN)        /* [place, value] */                                                         \
    X(ASSIGN_OP)     /* [place, value]; op = TK_PLUSEQ, ... */                                    \
    X(CAST)          /* [e, ty] */                                                                \
    X(CALL)          /* [callee, args...] */                                                      \
    X(METHOD_CALL)   /* [receiver, GENERIC_ARGS|NONE, args...]; sym = method */                   \
    X(FIELD_EXPR)    /* [e]; sym = field name or tuple index digits */                            \
    X(INDEX)         /* [e, index] */                                                             \
    X(TRY)           /* [e]  e? */                                                                \
    X(AWAIT)         /* [e]  e.await */                                                           \
    X(PAREN)         /* [e] */                                                                    \
    X(TUPLE)         /* [e...] */                                                                 \
    X(ARRAY)         /* [e...] */                                                                 \
    X(ARRAY_REPEAT)  /* [e, count] */                                                             \
    X(STRUCT_LIT)    /* [PATH, FIELD_INIT..., base|NONE] */                                       \
    X(FIELD_INIT)    /* [e]; sym; NF_SHORTHAND */                                                 \
    X(RANGE)         /* [lo|NONE, hi|NONE]; NF_INCLUSIVE */                                       \
    X(IF)            /* [cond, then BLOCK, else IF|BLOCK|NONE] */                                 \
    X(LET_COND)      /* [pat, e]  (`let P = e` in if/while conditions) */                         \
    X(MATCH)         /* [scrutinee, ARM...] */                                                    \
    X(ARM)           /* [pat, guard|NONE, body] */                                                \
    X(WHILE)         /* [cond, body]; sym = label */                                              \
    X(LOOP)          /* [body]; sym = label */                                                    \
    X(FOR)           /* [pat, iter, body]; sym = label */                                         \
    X(BREAK)         /* [e|NONE]; sym = label */                                                  \
    X(CONTINUE)      /* sym = label */                                                            \
    X(RETURN)        /* [e|NONE] */                                                               \
    X(CLOSURE)       /* [CLOSURE_PARAMS, ret|NONE, body]; NF_MOVE NF_ASYNC */                     \
    X(CLOSURE_PARAMS)/* [CLOSURE_PARAM...] */                                                     \
    X(CLOSURE_PARAM) /* [pat, ty|NONE] */                                                         \
    X(ASYNC_BLOCK)   /* [BLOCK]; NF_MOVE */                                                       \
    X(MACRO_CALL)    /* [args...]; sym = name (println, vec, ...); op = delimiter token */        \
    X(UNDERSCORE_EXPR) /* _ (in assignment destructuring) */                                      \
    /* a fn body not parsed yet (parse_file_lazy): lo..hi its braces; see syntax_parse_body */    \
    X(LAZY_BODY)

typedef enum {
#define X(n) N_##n,
    SMELT_NODES(X)
#undef X
    N_KIND_N
} NodeKind;

enum {
    NF_PUB = 1 << 0,
    NF_MUT = 1 << 1,
    NF_ASYNC = 1 << 2,
    NF_MOVE = 1 << 3,
    NF_CONST = 1 << 4,
    NF_UNSAFE = 1 << 5,
    NF_REF = 1 << 6,
    NF_INCLUSIVE = 1 << 7,
    NF_SEMI = 1 << 8,
    NF_SHORTHAND = 1 << 9,
    NF_GLOBAL = 1 << 10,
    NF_TUPLE = 1 << 11,
    NF_UNIT = 1 << 12,
    NF_INNER = 1 << 13,
    NF_REST = 1 << 14,
    NF_INLINE = 1 << 15,
};
/* Node.info: derived facts, never hashed (the same text always gives the same bits) */
enum {
    /* no definition-making node (closure, async block, item, array length, generic
     * arguments) anywhere in this subtree: the definition collector skips it */
    NI_NO_DEFS = 1 << 0,
    /* on an item fn's body (a BLOCK or a LAZY_BODY): the parser's nesting depth before it,
     * which a later parse of the body alone starts from */
    NI_DEPTH_SHIFT = 4,
    NI_DEPTH_MASK = 0x3ff << NI_DEPTH_SHIFT,
};

/* flags that reuse bits on kinds that cannot carry the original meaning */
#define NF_MAYBE NF_INLINE
#define NF_NEG NF_INCLUSIVE

typedef struct Node Node;
struct Node {
    uint16_t kind; /* NodeKind */
    uint16_t flags;
    uint16_t op;   /* TokKind */
    uint16_t info; /* NI_ bits: facts the parser learnt about the subtree (not syntax) */
    uint32_t nattrs; /* 32 bits: a file may stack more than 65,535 attributes on one item */
    uint32_t nkids;
    uint32_t lo, hi; /* absolute byte span in its file */
    Symbol sym;
    Symbol suffix;
    Node **kids;
    Node **attrs; /* ATTR nodes */
};

const char *node_kind_name(NodeKind k);

/* ---- parsing ---------------------------------------------------------- */

typedef struct {
    uint32_t lo, hi;
    const char *code;
    char *msg;   /* xmalloc'd */
    char *label; /* xmalloc'd or NULL */
} SyntaxError;

typedef VEC(SyntaxError) SyntaxErrors;
void syntax_error(SyntaxErrors *errs, uint32_t lo, uint32_t hi, const char *code, const char *fmt,
                  ...) __attribute__((format(printf, 5, 6)));

typedef struct {
    Node *root; /* N_CRATE (for a module file too) */
    SyntaxErrors errors;
    uint32_t *cfg_pos; /* where each `cfg`/`cfg_attr` attribute starts, ascending (arena) */
    uint32_t ncfg;     /* how many: none means cfg_strip has nothing to do */
    uint32_t nlazy;    /* fn bodies left unparsed (parse_file_lazy) */
} Parsed;

/* Parses a whole file; nodes live in `arena`.  Never fails: errors are data. */
void parse_file(const char *src, uint32_t len, Edition ed, Arena *arena, Parsed *out);
/*
 * The same, except that the body of a fn that is an item (not inside a block) becomes a
 * LAZY_BODY when nothing in it can matter before the body itself is needed: no attribute,
 * no item, no `cfg`.  Such a body's closures are definitions all the same (src/defs asks
 * its caller for them); syntax_parse_body gives the very BLOCK parse_file would have made.
 */
void parse_file_lazy(const char *src, uint32_t len, Edition ed, Arena *arena, Parsed *out);
/* Parses a LAZY_BODY of `fn` (in the same text and edition); errors go to errs. */
Node *syntax_parse_body(const char *src, uint32_t len, Edition ed, const Node *fn, Arena *arena,
                        SyntaxErrors *errs);
void parsed_free_errors(Parsed *p);
/* A parse (without errors) as bytes, and back (see pack.c); unpacking fails
 * (false) unless the bytes were packed from exactly this text. */
void syntax_pack(const Parsed *p, const char *src, uint32_t len, Buf *out);
bool syntax_unpack(const uint8_t *blob, size_t blob_len, const char *src, uint32_t len,
                   Arena *arena, Parsed *out);

/* ---- cfg ---------------------------------------------------------------- */

typedef struct {
    Symbol name;
    Symbol value; /* 0 for a bare name */
} CfgEntry;

typedef struct {
    CfgEntry *v;
    uint32_t n;
} CfgSet;

/* Evaluates a cfg predicate (the META node inside #[cfg(...)]); errors go to `err`. */
bool cfg_eval(const CfgSet *cfg, const Node *pred, SyntaxErrors *err);
/* Returns a copy of the tree with cfg'd-out nodes removed and cfg_attr expanded. */
/*
 * Removes what `cfg` configures out.  With the file's cfg attribute
 * positions (Parsed.cfg_pos) it visits only the subtrees whose spans hold
 * one; if the attributes it then accounts for are not exactly the file's,
 * it strips the whole tree instead.  NULL positions: the whole tree.
 */
Node *cfg_strip(const CfgSet *cfg, const Node *root, const uint32_t *cfg_pos, uint32_t ncfg,
                Arena *arena, SyntaxErrors *err);
/* How often cfg_strip fell back to the whole tree (the fuzzer's oracle). */
uint32_t cfg_strip_fallbacks(void);

/* ---- hashing and encoding --------------------------------------------- */

/* Hashes a subtree with spans relative to `base` (stable under edits above it). */
void syntax_hash(StableHasher *h, const Node *n, uint32_t base);
/*
 * An owner's syntax, hashed three ways in one walk:
 *  - nodes: as rustc's hir_owner_nodes sees it, spans relative to `base`,
 *    without attributes and without nested owners (items in bodies,
 *    associated items, module items), which are only referenced by kind
 *    and name;
 *  - shape: the same without any span (what type checking reads, so that
 *    whitespace and comments inside an item re-run nothing semantic);
 *  - attrs: the attributes of those nodes (rustc's hir_attrs), except the
 *    test-only ones (`rustc_clean`, `rustc_partition_*`).
 * The three hashers are reset here; `hs` is hashers[0..3].
 */
typedef struct {
    Fingerprint nodes, shape, attrs;
} OwnerHashes;
void syntax_hash_owner(StableHasher *hs[3], const Node *owner, uint32_t base, OwnerHashes *out);
/* The attrs hash of syntax_hash_owner for an owner none of whose nodes below it has
 * attributes: its own (the same value, without the walk). */
Fingerprint syntax_hash_own_attrs(StableHasher *h, const Node *owner, uint32_t base);
/* Is parent->kids[i] an owner of its own (see above)? */
bool syntax_is_nested_owner(const Node *parent, uint32_t i);
/* An indented dump of a tree, one node per line (-Z dump=ast). */
void syntax_dump(const Node *n, Buf *out);

#endif
