/*
 * fuzz_rust_front.c — libFuzzer target: smelt's Rust front end in process,
 * with no query engine around it: the lexer and parser (parse_file), cfg
 * stripping (cfg_strip), definition collection (defs_new +
 * defs_collect_items) and the AST's stable hash (syntax_hash).
 *
 * Input: the whole input is the source file, so that any .rs file is a
 * seed as it is (copy the files of tests/ui-pass into the corpus directory
 * to use them).  Its first byte also selects
 *     bits 0-1  the edition: 2015, 2018, 2021, 2024
 *     bit 2     the cfg set: 0 {a, feature="x"}, 1 empty
 * (`f` selects 2021 without cfgs, `/` 2024 without, `#` 2024 with, a
 * space 2015 with, a tab 2018 with, a newline 2021 with).  Any bytes:
 * invalid UTF-8 and NUL bytes reach the lexer, which `smelt check` would
 * reject before lexing (its reader checks UTF-8), so this is a superset; a
 * reproducer for `smelt check` must be valid UTF-8.  The source is copied
 * into a buffer of its exact size, with no NUL after it, so that reading
 * past its end is caught.
 *
 * Everything runs on a thread with a 1 GiB stack, as in the driver
 * (src/driver/main.c): the parser's nesting limit, not the C stack, must
 * bound recursion, and this reproduces the configuration it is meant for.
 *
 * Oracles: no crash, no sanitizer report, no abort from bug(), and
 *   - every node's span satisfies lo <= hi <= file length (the renderer
 *     slices the file with them);
 *   - a tree holding an N_ERROR node comes with at least one error
 *     (syntax.h: "a construct that failed to parse (an error was emitted)");
 *   - parsing is deterministic: a second parse of the same bytes hashes
 *     the same, as does a second cfg_strip;
 *   - the node layouts of syntax.h hold, in the parsed and in the stripped
 *     tree: kinds with positional children have exactly (or at least) that
 *     many, none NULL (def collection and later phases index them: a
 *     stripped-out fn body once left an N_FN with 4 children).  FUZZ_SHAPE=0
 *     turns this check off;
 *   - lazy bodies (parse_file_lazy, as `smelt check` with an incremental
 *     directory parses): when the whole parse has errors, the lazy one has,
 *     or one of its lazy bodies (syntax_parse_body) has -- the driver then
 *     parses whole (the converse only costs time: a body the lexer's scan
 *     took for a fn body where the grammar has none, say); when neither has,
 *     definition collection with each lazy body's list taken from the whole
 *     parse gives the same definitions, every body parsed later binds its
 *     listed definitions, and the tree then hashes as the whole parse's.
 * A broken oracle prints `fuzz_rust_front: ...` and traps.
 */
#include "../../src/defs/defs.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { STACK_SIZE = 1 << 30 };

static CfgEntry cfg_entries[2];
static CfgSet cfg_full, cfg_empty;
static bool check_shape = true;

/* children of kinds with positional slots (syntax.h): exact count, or a
 * minimum when `at_least` (lists follow the fixed slots) */
typedef struct {
    uint8_t n;
    bool at_least;
} Arity;

static Arity arity[N_KIND_N];

static void
init_arity(void)
{
    static const struct {
        NodeKind k;
        uint8_t n;
        bool at_least;
    } t[] = {
        {N_FN, 5, false},          {N_PARAM, 2, false},        {N_SELF_PARAM, 1, false},
        {N_CONST_PARAM, 1, false}, {N_WHERE_PRED, 1, true},    {N_BOUND, 1, false},
        {N_STRUCT, 2, true},       {N_FIELD, 1, false},        {N_ENUM, 2, true},
        {N_VARIANT, 1, true},      {N_TYPE_ALIAS, 2, true},    {N_IMPL, 4, true},
        {N_TRAIT, 3, true},        {N_CONST, 2, false},        {N_STATIC, 2, false},
        {N_USE, 1, false},         {N_ATTR, 1, false},         {N_META_NV, 1, false},
        {N_FN_SUGAR, 2, false},    {N_ASSOC_BINDING, 1, false}, {N_QSELF, 2, true},
        {N_TY_PATH, 1, false},     {N_TY_REF, 2, false},       {N_TY_PTR, 1, false},
        {N_TY_ARRAY, 2, false},    {N_TY_SLICE, 1, false},     {N_TY_FN, 2, false},
        {N_PAT_IDENT, 1, false},   {N_PAT_LIT, 1, false},      {N_PAT_RANGE, 2, false},
        {N_PAT_STRUCT, 1, true},   {N_PAT_FIELD, 1, false},    {N_PAT_TUPLE_STRUCT, 1, true},
        {N_PAT_PATH, 1, false},    {N_PAT_REF, 1, false},      {N_LET, 4, false},
        {N_EXPR_STMT, 1, false},   {N_ITEM_STMT, 1, false},    {N_PATH_EXPR, 1, false},
        {N_UNARY, 1, false},       {N_ADDR_OF, 1, false},      {N_BINARY, 2, false},
        {N_ASSIGN, 2, false},      {N_ASSIGN_OP, 2, false},    {N_CAST, 2, false},
        {N_CALL, 1, true},         {N_METHOD_CALL, 2, true},   {N_FIELD_EXPR, 1, false},
        {N_INDEX, 2, false},       {N_TRY, 1, false},          {N_AWAIT, 1, false},
        {N_PAREN, 1, false},       {N_ARRAY_REPEAT, 2, false}, {N_STRUCT_LIT, 2, true},
        {N_FIELD_INIT, 1, false},  {N_RANGE, 2, false},        {N_IF, 3, false},
        {N_LET_COND, 2, false},    {N_MATCH, 1, true},         {N_ARM, 3, false},
        {N_WHILE, 2, false},       {N_LOOP, 1, false},         {N_FOR, 3, false},
        {N_BREAK, 1, false},       {N_RETURN, 1, false},       {N_CLOSURE, 3, false},
        {N_CLOSURE_PARAM, 2, false}, {N_ASYNC_BLOCK, 1, false},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        arity[t[i].k] = (Arity){t[i].n, t[i].at_least};
}

typedef struct {
    const char *src;
    uint32_t len;
    Edition ed;
    const CfgSet *cfg;
} Job;

static _Noreturn void
oracle(const char *what, uint32_t a, uint32_t b)
{
    fprintf(stderr, "fuzz_rust_front: %s (%u, %u)\n", what, a, b);
    __builtin_trap();
}

/* Checks spans (lo <= hi <= len) and layouts, and counts N_ERROR nodes;
 * iterative, so that the oracle itself never bounds depth. */
static uint32_t
check_tree(const Node *root, uint32_t len)
{
    VEC(const Node *) stack = {0};
    uint32_t errors = 0;
    vec_push(&stack, root);
    while (stack.len) {
        const Node *n = stack.data[--stack.len];
        if (!n)
            oracle("NULL child", 0, 0);
        if (n->kind >= N_KIND_N)
            oracle("bad node kind", n->kind, 0);
        if (n->lo > n->hi || n->hi > len) {
            fprintf(stderr, "fuzz_rust_front: %s node spans %u..%u in a %u-byte file\n",
                    node_kind_name((NodeKind)n->kind), n->lo, n->hi, len);
            __builtin_trap();
        }
        if (n->kind == N_ERROR)
            errors++;
        Arity a = arity[n->kind];
        if (check_shape && a.n && (a.at_least ? n->nkids < a.n : n->nkids != a.n)) {
            fprintf(stderr, "fuzz_rust_front: %s node at %u..%u has %u children, expected %s%u\n",
                    node_kind_name((NodeKind)n->kind), n->lo, n->hi, n->nkids,
                    a.at_least ? "at least " : "", a.n);
            __builtin_trap();
        }
        for (uint32_t i = 0; i < n->nattrs; i++)
            vec_push(&stack, n->attrs[i]);
        for (uint32_t i = 0; i < n->nkids; i++)
            vec_push(&stack, n->kids[i]);
    }
    vec_free(&stack);
    return errors;
}

static Fingerprint
hash_tree(StableHasher *h, const Node *root)
{
    hasher_reset(h);
    syntax_hash(h, root, 0);
    return hasher_finish(h);
}

/* lazy-body hooks: lists from the whole parse's table, by the fn's span */
typedef struct {
    DefTable *whole;
    BodyDefVec lists;
    const Job *job;
    SyntaxErrors errs;
    Arena *arena;
} LazyCx;

static bool
lazy_lookup(void *user, DefTable *t, DefId f, const Node *fn, uint32_t file, const BodyDef **list,
            uint32_t *n)
{
    (void)t, (void)f, (void)file;
    LazyCx *cx = user;
    for (DefId i = 1; i < defs_count(cx->whole); i++) {
        const Def *d = defs_get(cx->whole, i);
        if (d->node && d->node->kind == N_FN && d->node->lo == fn->lo && d->node->hi == fn->hi &&
            d->node->sym == fn->sym) {
            cx->lists.len = 0;
            if (!defs_body_list(cx->whole, i, &cx->lists))
                return false;
            *list = cx->lists.data;
            *n = cx->lists.len;
            return true;
        }
    }
    return false;
}

static void
lazy_force(void *user, DefTable *t, DefId f, const Node *fn, uint32_t file)
{
    (void)t, (void)f, (void)file;
    LazyCx *cx = user;
    ((Node *)fn)->kids[4] =
        syntax_parse_body(cx->job->src, (uint32_t)cx->job->len, cx->job->ed, fn, cx->arena,
                          &cx->errs);
}

static void free_errors(SyntaxErrors *errs);

/* Parses every lazy body below the items of n (not in place). */
static void
parse_lazy_bodies(const Job *j, const Node *n, Arena *arena, SyntaxErrors *errs)
{
    if (n->kind == N_FN && n->nkids == 5 && n->kids[4]->kind == N_LAZY_BODY) {
        syntax_parse_body(j->src, (uint32_t)j->len, j->ed, n, arena, errs);
        return;
    }
    if (n->kind == N_CRATE || n->kind == N_MOD || n->kind == N_IMPL || n->kind == N_TRAIT)
        for (uint32_t i = 0; i < n->nkids; i++)
            parse_lazy_bodies(j, n->kids[i], arena, errs);
}

static void
check_lazy(const Job *j, const Parsed *whole_parse, Fingerprint whole_stripped_hash,
           StableHasher *h)
{
    Arena arena;
    arena_init(&arena);
    Parsed lp;
    parse_file_lazy(j->src, j->len, j->ed, &arena, &lp);
    /* errors: in the lazy parse itself, or in a body (every one is parsed once: the driver
     * does so for each body no list knows) */
    SyntaxErrors body_errs = {0};
    if (!lp.errors.len)
        parse_lazy_bodies(j, lp.root, &arena, &body_errs);
    bool lazy_errors = lp.errors.len || body_errs.len;
    free_errors(&body_errs);
    if (whole_parse->errors.len && !lazy_errors)
        oracle("lazy bodies: the whole parse has errors, the lazy one none", 0,
               whole_parse->errors.len);
    if (lazy_errors) { /* the driver parses it whole then */
        parsed_free_errors(&lp);
        arena_free(&arena);
        return;
    }
    SyntaxErrors e1 = {0}, e2 = {0};
    Node *ws = cfg_strip(j->cfg, whole_parse->root, whole_parse->cfg_pos, whole_parse->ncfg,
                         &arena, &e1);
    Node *ls = cfg_strip(j->cfg, lp.root, lp.cfg_pos, lp.ncfg, &arena, &e2);
    DefTable *whole = defs_new(sym_cstr("fuzz"));
    defs_collect_items(whole, 0, ws, 0);
    LazyCx cx = {whole, {0}, j, {0}, &arena};
    DefTable *t = defs_new(sym_cstr("fuzz"));
    DefsLazyHooks hooks = {lazy_lookup, lazy_force, &cx};
    defs_set_lazy_hooks(t, &hooks);
    defs_collect_items(t, 0, ls, 0);
    if (defs_count(t) != defs_count(whole))
        oracle("lazy bodies: another number of definitions", defs_count(t), defs_count(whole));
    for (DefId i = 0; i < defs_count(t) && i < defs_count(whole); i++) {
        const Def *a = defs_get(t, i), *b = defs_get(whole, i);
        if (!fp_eq(a->hash, b->hash) || a->kind != b->kind || a->parent != b->parent ||
            a->owner != b->owner)
            oracle("lazy bodies: another definition", i, a->kind);
    }
    for (DefId i = 1; i < defs_count(t); i++) {
        const Def *d = defs_get(t, i);
        if (d->node && d->node->kind == N_FN && d->node->kids[4]->kind == N_LAZY_BODY) {
            lazy_force(&cx, t, i, d->node, 0);
            if (!defs_bind_body(t, i) && !cx.errs.len)
                oracle("lazy bodies: a parsed body's definitions are not its list", i, 0);
        }
    }
    if (cx.errs.len)
        oracle("lazy bodies: a body parsed later has errors the whole parse has not", 0, 0);
    if (!fp_eq(hash_tree(h, ls), whole_stripped_hash))
        oracle("lazy bodies: the tree differs from the whole parse's", 0, 0);
    vec_free(&cx.lists);
    free_errors(&cx.errs);
    free_errors(&e1);
    free_errors(&e2);
    defs_free(t);
    defs_free(whole);
    parsed_free_errors(&lp);
    arena_free(&arena);
}

static void
free_errors(SyntaxErrors *errs)
{
    Parsed p = {NULL, *errs};
    parsed_free_errors(&p);
    memset(errs, 0, sizeof *errs);
}

static void
run_front(const Job *j)
{
    StableHasher *h = hasher_new();
    Arena arena;
    arena_init(&arena);

    Parsed parsed;
    parse_file(j->src, j->len, j->ed, &arena, &parsed);
    if (!parsed.root || parsed.root->kind != N_CRATE)
        oracle("parse_file did not return a crate", 0, 0);
    uint32_t nerr_nodes = check_tree(parsed.root, j->len);
    if (nerr_nodes && parsed.errors.len == 0)
        oracle("N_ERROR node(s) without an error", nerr_nodes, 0);
    for (uint32_t i = 0; i < parsed.errors.len; i++) {
        const SyntaxError *e = &parsed.errors.data[i];
        if (e->lo > e->hi || e->hi > j->len)
            oracle("error span out of the file", e->lo, e->hi);
        if (!e->msg || !e->code)
            oracle("error without a message or code", i, 0);
    }
    Fingerprint parsed_hash = hash_tree(h, parsed.root);

    SyntaxErrors cfg_errs = {0};
    Node *stripped = cfg_strip(j->cfg, parsed.root, NULL, 0, &arena, &cfg_errs);
    if (!stripped || stripped->kind != N_CRATE)
        oracle("cfg_strip did not return a crate", 0, 0);
    check_tree(stripped, j->len);
    Fingerprint stripped_hash = hash_tree(h, stripped);

    DefTable *t = defs_new(sym_cstr("fuzz"));
    defs_collect_items(t, 0, stripped, 0);
    for (DefId id = 1; id < defs_count(t); id++) {
        const Def *d = defs_get(t, id);
        if (d->parent >= id)
            oracle("a definition's parent comes after it", id, d->parent);
        if (defs_by_hash(t, d->hash) != id)
            oracle("defs_by_hash does not find a definition", id, defs_by_hash(t, d->hash));
    }
    defs_free(t);

    /* determinism: the same bytes again give the same trees */
    Arena again;
    arena_init(&again);
    Parsed p2;
    parse_file(j->src, j->len, j->ed, &again, &p2);
    if (!fp_eq(hash_tree(h, p2.root), parsed_hash) || p2.errors.len != parsed.errors.len)
        oracle("a second parse differs", p2.errors.len, parsed.errors.len);
    /* the second strip visits only the subtrees holding cfg attributes */
    SyntaxErrors cfg_errs2 = {0};
    uint32_t fell_back = cfg_strip_fallbacks();
    Node *s2 = cfg_strip(j->cfg, p2.root, p2.cfg_pos, p2.ncfg, &again, &cfg_errs2);
    if (!fp_eq(hash_tree(h, s2), stripped_hash) || cfg_errs2.len != cfg_errs.len)
        oracle("the pruned cfg_strip differs from the whole-tree one", cfg_errs2.len,
               cfg_errs.len);
    if (!parsed.errors.len && cfg_strip_fallbacks() != fell_back)
        oracle("a span does not cover a cfg attribute in a file without errors", p2.ncfg, 0);

    check_lazy(j, &p2, stripped_hash, h);

    free_errors(&cfg_errs2);
    parsed_free_errors(&p2);
    arena_free(&again);
    free_errors(&cfg_errs);
    parsed_free_errors(&parsed);
    arena_free(&arena);
    hasher_free(h);
}

static void *
run_thread(void *arg)
{
    run_front(arg);
    return NULL;
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    cfg_entries[0] = (CfgEntry){sym_cstr("a"), 0};
    cfg_entries[1] = (CfgEntry){sym_cstr("feature"), sym_cstr("x")};
    cfg_full = (CfgSet){cfg_entries, 2};
    cfg_empty = (CfgSet){NULL, 0};
    init_arity();
    const char *shape = getenv("FUZZ_SHAPE");
    check_shape = !(shape && !strcmp(shape, "0"));
    return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > UINT32_MAX - 16)
        return 0;
    uint8_t sel = size ? data[0] : 0;
    /* a private copy, so that reading past the end is caught by ASan */
    char *src = malloc(size ? size : 1);
    if (size)
        memcpy(src, data, size);
    Job j = {src, (uint32_t)size, (Edition)(sel & 3), sel & 4 ? &cfg_empty : &cfg_full};

    pthread_attr_t attr;
    pthread_t th;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, STACK_SIZE);
    if (pthread_create(&th, &attr, run_thread, &j) != 0) {
        fprintf(stderr, "fuzz_rust_front: pthread_create failed\n");
        abort();
    }
    pthread_join(th, NULL);
    pthread_attr_destroy(&attr);
    free(src);
    return 0;
}
