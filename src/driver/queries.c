/*
 * queries.c — the compiler's query table and session.  Reading the table at
 * the bottom of this file tells a newcomer the whole compiler:
 *
 *   source_text(file)        input: a file's bytes (checked to be UTF-8)
 *   crate_options()          input: edition and crate name
 *   cfg_set()                input: the --cfg set
 *   parse(file)              tokens -> AST; syntax errors            (no_hash)
 *   expand(file)             cfg-stripped AST                        (no_hash)
 *   def_table()              module tree + every definition (DefPath, DefPathHash)
 *   hir_owner_nodes(def)     one item's syntax, hashed with spans relative to
 *                            the item: stable when lines are inserted above it;
 *                            without attributes and nested items (as rustc's)
 *   hir_attrs(def)           the attributes inside one item
 *   check_attrs(def)         the item's attributes are known and well formed
 *   def_paths()              the `--print def-paths` listing
 *   check_crate()            everything `smelt check` does
 */
#include "driver.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>


typedef struct {
    Symbol path;
    Fingerprint anchor;
} FileInfo;

typedef VEC(uint8_t) U8Vec;

typedef struct {
    const CompileOptions *opt;
    QCtx *q;
    VEC(FileInfo) files;
    VEC(DefTable *) tables; /* every def table built (verify mode may build two) */
    DefTable *live;         /* the first: DefIds of this session */
    DefTable *empty;        /* what def_table() gives inside a cycle; never live */
    char dir[4096];         /* directory of the crate root */
    uint32_t prelude_file;  /* file id of the core library */
    HMap node_defs;         /* syntax node -> DefId (closures, async blocks), of the live table */
    StableHasher *owner_hashers[3]; /* for syntax_hash_owner */
    CodegenOptions codegen;         /* build: the back end's options (objdir set) */
    /* synthetic definitions of green nodes, re-created when the live table is first built
     * (a no-op build never builds it): their keys until then are PENDING_ENTITY + index */
    VEC(QEntity) pending;
    VEC(DefId) pending_ids;
    Fingerprint syntax_ctx; /* the edition, hashed (hir_owner_nodes) */
    bool has_syntax_ctx;
    /* lazy fn bodies (parse_file_lazy): the previous session's body definitions by body
     * key (see body_key), an index into its client blob */
    int lazy;           /* -1 undecided, 0 off, 1 on */
    const uint8_t *blob; /* the previous session's (q_prev_blob) */
    size_t blob_len;
    HMap blob_index;     /* body key -> offset of its entry in blob */
    BodyDefVec scratch;  /* a decoded entry */
    U8Vec eager_diags;   /* per file: its eager parse's errors were emitted */
    /* -Z incremental-info: bodies left unparsed, parsed later, and with a list */
    uint32_t nlazy, nforced, nlisted;
    /* lists of bodies the definition table may not reach (a fn the cfg set removes): kept
     * for the next session all the same -- offsets of the last blob's entries, and entries
     * made from bodies parsed with their file */
    VEC(uint32_t) carried;
    Buf extra;
    uint32_t nextra;
} Sess;

#define PENDING_ENTITY (UINT64_C(1) << 40)

/* The core library's text, compiled in (lib/prelude.rs; see Makefile). */
extern const char smelt_prelude_text[];
extern const unsigned smelt_prelude_len;
/* ... and its syntax tree, packed at build time (src/syntax/pack.c). */
extern const char smelt_prelude_ast_text[];
extern const unsigned smelt_prelude_ast_len;
#define PRELUDE_PATH "<smelt>/lib/prelude.rs"

typedef struct {
    const char *text;
    uint32_t len;
    bool ok;
} Source;

typedef struct {
    Node *root;
    const uint32_t *cfg_pos; /* the file's cfg/cfg_attr attributes, as parsed */
    uint32_t ncfg;
} Ast;

typedef QStr Str;

static Sess *
sess(QCtx *q)
{
    return q_user(q);
}

/* ---- files ------------------------------------------------------------------ */

static uint32_t
file_id(Sess *s, const char *path)
{
    Symbol p = sym_cstr(path);
    for (uint32_t i = 0; i < s->files.len; i++)
        if (s->files.data[i].path == p)
            return i;
    FileInfo f = {p, FP_ZERO};
    Buf b = {0};
    buf_printf(&b, "file:%s", path);
    f.anchor = fp_bytes(b.data, b.len);
    buf_free(&b);
    vec_push(&s->files, f);
    return s->files.len - 1;
}

static const char *
file_path(Sess *s, uint32_t id)
{
    if (id >= s->files.len)
        bug("bad file id %u", id);
    return sym_str(s->files.data[id].path);
}

static bool
utf8_valid(const unsigned char *s, size_t n, size_t *bad)
{
    size_t i = 0;
    while (i < n) {
        /* ASCII eight bytes at a time */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        unsigned char c = s[i];
        size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (!len || i + len > n)
            goto fail;
        for (size_t j = 1; j < len; j++)
            if ((s[i + j] & 0xC0) != 0x80)
                goto fail;
        if (len == 2 && c < 0xC2)
            goto fail;
        if (len == 3) {
            unsigned cp = (c & 0x0Fu) << 12 | (s[i + 1] & 0x3Fu) << 6 | (s[i + 2] & 0x3Fu);
            if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))
                goto fail;
        }
        if (len == 4) {
            unsigned cp = (c & 0x07u) << 18 | (s[i + 1] & 0x3Fu) << 12 | (s[i + 2] & 0x3Fu) << 6 |
                          (s[i + 3] & 0x3Fu);
            if (cp < 0x10000 || cp > 0x10FFFF)
                goto fail;
        }
        i += len;
    }
    return true;
fail:
    *bad = i;
    return false;
}

/* ---- inputs -------------------------------------------------------------------- */

static const void *
compute_source_text(QCtx *q, QKey key)
{
    Sess *s = sess(q);
    const char *path = file_path(s, (uint32_t)key);
    Source *src = arena_alloc(q_arena(q), sizeof *src);
    src->text = "";
    if (!strcmp(path, PRELUDE_PATH)) {
        src->text = smelt_prelude_text;
        src->len = smelt_prelude_len;
        src->ok = true;
        return src;
    }
    size_t len;
    char *text = fs_read_file(path, &len);
    if (!text) {
        q_emit(q, diag_new(DIAG_ERROR, "", (DiagSpan){FP_ZERO, 0, 0}, "couldn't read %s: %s", path,
                           strerror(errno)));
        return src;
    }
    size_t bad;
    if (len > UINT32_MAX - 16) {
        q_emit(q, diag_new(DIAG_ERROR, "", (DiagSpan){FP_ZERO, 0, 0},
                           "couldn't read %s: the file is larger than 4 GiB", path));
    } else if (!utf8_valid((const unsigned char *)text, len, &bad)) {
        q_emit(q, diag_new(DIAG_ERROR, "", (DiagSpan){FP_ZERO, 0, 0},
                           "couldn't read %s: stream did not contain valid UTF-8 (at byte %zu)",
                           path, bad));
    } else {
        src->text = arena_dup(q_arena(q), text, len + 1);
        src->len = (uint32_t)len;
        src->ok = true;
    }
    xfree(text, len + 1);
    return src;
}

static Fingerprint
hash_source_text(QCtx *q, const void *r)
{
    const Source *s = r;
    StableHasher *h = q_hasher(q);
    hasher_u8(h, s->ok);
    hasher_bytes(h, s->text, s->len);
    return hasher_finish(h);
}

static const void *
compute_crate_options(QCtx *q, QKey key)
{
    (void)key;
    Sess *s = sess(q);
    CrateOptions *o = arena_alloc(q_arena(q), sizeof *o);
    o->edition = s->opt->edition;
    o->crate_name = sym_cstr(s->opt->crate_name);
    return o;
}

static Fingerprint
hash_crate_options(QCtx *q, const void *r)
{
    const CrateOptions *o = r;
    StableHasher *h = q_hasher(q);
    hasher_u32(h, o->edition);
    hasher_str(h, sym_str(o->crate_name));
    return hasher_finish(h);
}

static int
cfg_cmp(const void *a, const void *b)
{
    const CfgEntry *x = a, *y = b;
    int c = strcmp(sym_str(x->name), sym_str(y->name));
    if (c)
        return c;
    return strcmp(x->value ? sym_str(x->value) : "", y->value ? sym_str(y->value) : "");
}

static const void *
compute_cfg_set(QCtx *q, QKey key)
{
    (void)key;
    Sess *s = sess(q);
    CfgSet *c = arena_alloc(q_arena(q), sizeof *c);
    c->n = s->opt->cfgs.len;
    c->v = arena_dup(q_arena(q), s->opt->cfgs.data, c->n * sizeof(CfgEntry));
    qsort(c->v, c->n, sizeof(CfgEntry), cfg_cmp);
    return c;
}

static Fingerprint
hash_cfg_set(QCtx *q, const void *r)
{
    const CfgSet *c = r;
    StableHasher *h = q_hasher(q);
    hasher_u32(h, c->n);
    for (uint32_t i = 0; i < c->n; i++) {
        hasher_str(h, sym_str(c->v[i].name));
        hasher_str(h, c->v[i].value ? sym_str(c->v[i].value) : "");
        hasher_u8(h, c->v[i].value != 0);
    }
    return hasher_finish(h);
}

/* ---- parse and expand ----------------------------------------------------------- */

static void
emit_syntax_errors(QCtx *q, uint32_t file, SyntaxErrors *errs)
{
    Sess *s = sess(q);
    for (uint32_t i = 0; i < errs->len; i++) {
        SyntaxError *e = &errs->data[i];
        Diag *d = diag_new(DIAG_ERROR, e->code, (DiagSpan){s->files.data[file].anchor, e->lo, e->hi},
                           "%s", e->msg);
        if (e->label) {
            d->label = e->label;
            e->label = NULL;
        }
        q_emit(q, d);
        xfree(e->msg, strlen(e->msg) + 1);
    }
    vec_free(errs);
}

/* ---- lazy fn bodies ---------------------------------------------------------------- */

/*
 * With an incremental directory whose last session left its bodies' definitions (the
 * client blob), a changed file is parsed without its fn bodies (parse_file_lazy): a body
 * whose text is as it was gets its closures' definitions from the blob, keyed by its text,
 * edition, async-ness and nesting depth -- everything its parse depends on -- and is parsed
 * only when something needs it (sess_force_owner).  An edit re-parses the edited body.
 *
 * Blob: "SLZB", version, entry count; per entry: key (16 bytes), n, n x (parent u32,
 * data u8, kind u8, 0 u16), sorted by nothing but written in DefId order.
 */
enum { BLOB_MAGIC = 0x425a4c53, BLOB_VERSION = 1 };

static DefTable *live_defs(QCtx *q);

static bool
lazy_mode(QCtx *q)
{
    Sess *s = sess(q);
    if (s->lazy < 0) {
        const char *env = getenv("SMELT_LAZY_BODIES");
        s->lazy = 0;
        if (s->opt->q.incr_dir && !s->opt->dump_ast &&
            !(env && !strcmp(env, "0"))) {
            s->blob = q_prev_blob(q, &s->blob_len);
            Reader r = rd_make(s->blob ? s->blob : (const uint8_t *)"", s->blob_len);
            if (s->blob && rd_u32(&r) == BLOB_MAGIC && rd_u32(&r) == BLOB_VERSION) {
                uint32_t n = rd_u32(&r);
                for (uint32_t i = 0; i < n && !r.bad; i++) {
                    size_t off = (size_t)(r.p - s->blob);
                    Fingerprint k = rd_fp(&r);
                    uint32_t m = rd_u32(&r);
                    if (r.bad || m > (size_t)(r.end - r.p) / 8) {
                        r.bad = true;
                        break;
                    }
                    r.p += (size_t)m * 8;
                    hmap_put(&s->blob_index, k, off);
                }
                s->lazy = !r.bad && r.p == r.end;
                if (!s->lazy)
                    hmap_free(&s->blob_index);
            }
        }
    }
    return s->lazy == 1;
}

/* What a fn body's parse depends on: its text, the edition, async-ness, nesting depth. */
static Fingerprint
body_key(QCtx *q, const Node *fn, uint32_t file)
{
    const Node *b = fn->kids[4];
    size_t len;
    const char *text = sess_file_text(q, file, &len);
    StableHasher *h = q_hasher(q);
    hasher_str(h, "smelt fn body");
    hasher_u32(h, (uint32_t)(file == sess(q)->prelude_file ? EDITION_2021 : sess(q)->opt->edition));
    hasher_u8(h, (fn->flags & NF_ASYNC) != 0);
    hasher_u32(h, (b->info & NI_DEPTH_MASK) >> NI_DEPTH_SHIFT);
    if (text && b->lo <= b->hi && b->hi <= len)
        hasher_bytes(h, text + b->lo, b->hi - b->lo);
    return hasher_finish(h);
}

static void emit_syntax_errors(QCtx *q, uint32_t file, SyntaxErrors *errs);

/* Parses fn's lazy body in place (the tree is the session's; parsing is deterministic). */
static void
parse_lazy_body(QCtx *q, const Node *fn, uint32_t file)
{
    Sess *s = sess(q);
    size_t len;
    const char *text = sess_file_text(q, file, &len);
    SyntaxErrors errs = {0};
    Node *b = syntax_parse_body(text, (uint32_t)len, s->opt->edition, fn, q_arena(q), &errs);
    ((Node *)fn)->kids[4] = b;
    s->nforced++;
    if (errs.len) {
        /* a clean build's errors: its whole parse, once per file (this tree stays: a session
         * with errors checks nothing further and saves nothing) */
        for (uint32_t i = 0; i < errs.len; i++) {
            xfree(errs.data[i].msg, strlen(errs.data[i].msg) + 1);
            if (errs.data[i].label)
                xfree(errs.data[i].label, strlen(errs.data[i].label) + 1);
        }
        vec_free(&errs);
        while (s->eager_diags.len <= file)
            vec_push(&s->eager_diags, 0);
        if (!s->eager_diags.data[file]) {
            s->eager_diags.data[file] = 1;
            Parsed p;
            Arena scratch;
            arena_init(&scratch);
            parse_file(text, (uint32_t)len, s->opt->edition, &scratch, &p);
            emit_syntax_errors(q, file, &p.errors);
            arena_free(&scratch);
        }
    }
}

/*
 * After a lazy parse: each body left unparsed is either one the blob lists (its LAZY_BODY
 * keeps the entry's offset + 1 in `sym`) or parsed now -- every body of the file, a fn the
 * cfg set removes included, so that a syntax error in a new body is found as the whole
 * parse finds it.  False when one has errors (the caller parses the file whole).
 */
static void
put_body_list(Buf *b, const BodyDefVec *list)
{
    buf_u32(b, list->len);
    for (uint32_t j = 0; j < list->len; j++) {
        buf_u32(b, list->data[j].parent);
        buf_u8(b, list->data[j].data);
        buf_u8(b, list->data[j].kind);
        buf_u8(b, 0);
        buf_u8(b, 0);
    }
}

static bool
resolve_lazy_bodies(QCtx *q, Node *n, uint32_t file)
{
    Sess *s = sess(q);
    uint32_t first = n->kind == N_IMPL ? 4 : n->kind == N_TRAIT ? 3 : 0;
    if (n->kind == N_CRATE || (n->kind == N_MOD && (n->flags & NF_INLINE)) || n->kind == N_IMPL ||
        n->kind == N_TRAIT) {
        for (uint32_t i = first; i < n->nkids; i++)
            if (!resolve_lazy_bodies(q, n->kids[i], file))
                return false;
        return true;
    }
    if (n->kind != N_FN || n->kids[4]->kind != N_LAZY_BODY)
        return true;
    Node *lazy = n->kids[4];
    Fingerprint key = body_key(q, n, file);
    uint64_t *off = hmap_get(&s->blob_index, key);
    if (off && *off < UINT32_MAX) {
        lazy->sym = (Symbol)(*off + 1);
        vec_push(&s->carried, (uint32_t)*off);
        return true;
    }
    size_t len;
    const char *text = sess_file_text(q, file, &len);
    SyntaxErrors errs = {0};
    Node *b = syntax_parse_body(text, (uint32_t)len, s->opt->edition, n, q_arena(q), &errs);
    s->nforced++;
    if (errs.len) {
        Parsed p = {.errors = errs};
        parsed_free_errors(&p);
        return false;
    }
    n->kids[4] = b;
    /* its list, from a table of its own (the session's may never reach this fn) */
    DefTable *t = defs_new(sym_cstr("body"));
    Node root = {.kind = N_CRATE, .nkids = 1, .kids = &n};
    defs_collect_items(t, 0, &root, file);
    BodyDefVec list = {0};
    if (defs_count(t) > 1 && defs_body_list(t, 1, &list)) {
        buf_fp(&s->extra, key);
        put_body_list(&s->extra, &list);
        s->nextra++;
    }
    vec_free(&list);
    defs_free(t);
    return true;
}

static bool
lazy_lookup(void *user, DefTable *t, DefId f, const Node *fn, uint32_t file, const BodyDef **list,
            uint32_t *n)
{
    (void)t, (void)f, (void)file;
    Sess *s = user;
    uint32_t off = fn->kids[4]->sym; /* resolve_lazy_bodies: the entry's offset + 1 */
    if (!off || off - 1 >= s->blob_len)
        return false;
    Reader r = rd_make(s->blob + off - 1, s->blob_len - (off - 1));
    rd_fp(&r);
    uint32_t m = rd_u32(&r);
    s->scratch.len = 0;
    for (uint32_t i = 0; i < m && !r.bad; i++) {
        BodyDef b;
        b.parent = rd_u32(&r);
        b.data = rd_u8(&r);
        b.kind = rd_u8(&r);
        rd_u16(&r);
        vec_push(&s->scratch, b);
    }
    if (r.bad)
        return false;
    s->nlisted++;
    *list = s->scratch.data;
    *n = s->scratch.len;
    return true;
}

static void
lazy_force(void *user, DefTable *t, DefId f, const Node *fn, uint32_t file)
{
    (void)t, (void)f;
    parse_lazy_body(((Sess *)user)->q, fn, file);
}

void
sess_force_owner(QCtx *q, DefId owner)
{
    Sess *s = sess(q);
    DefTable *t = live_defs(q);
    if (owner >= defs_count(t))
        return;
    const Def *d = defs_get(t, owner);
    const Node *fn = d->node;
    if (!fn || fn->kind != N_FN || fn->kids[4]->kind != N_LAZY_BODY)
        return;
    parse_lazy_body(q, fn, d->file);
    if (!defs_bind_body(t, owner)) {
        /* the list came from a session whose checksum held: not a wrong build, a bug */
        Buf p = {0};
        defs_path_str(t, owner, &p);
        buf_u8(&p, 0);
        fprintf(stderr,
                "error: the incremental cache lists other definitions in the body of `%s` than "
                "its text makes; remove %s (or check with SMELT_INCREMENTAL=0)\n"
                "note: this is a bug in smelt; please report it\n",
                (const char *)p.data, s->opt->q.incr_dir);
        exit(101);
    }
    if (s->node_defs.len) {
        d = defs_get(t, owner);
        DefId first = d->body_first ? d->body_first - ((fn->flags & NF_ASYNC) ? 1 : 0) : 0;
        for (DefId i = first; i < d->body_first + d->body_n; i++) {
            const Def *x = defs_get(t, i);
            if (x->node && (x->kind == DK_CLOSURE || x->kind == DK_ASYNC_CLOSURE ||
                            x->kind == DK_COROUTINE))
                hmap_put(&s->node_defs, (Fingerprint){(uint64_t)(uintptr_t)x->node, 0x6e6f6465}, i);
        }
    }
}

const Node *
sess_def_node(QCtx *q, DefId def)
{
    DefTable *t = live_defs(q);
    const Def *d = defs_get(t, def);
    if (d->lazy)
        sess_force_owner(q, d->owner);
    return defs_get(t, def)->node;
}

/* --verify-incremental: every body still unparsed is parsed now and its definitions
 * checked against the list they were made from (sess_force_owner stops on a difference).
 * At the end of the session, so that the session itself ran on the lazy bodies. */
static void
verify_lazy_bodies(QCtx *q)
{
    Sess *s = sess(q);
    if (s->lazy != 1 || !s->live || s->live == s->empty)
        return;
    for (DefId i = 1; i < defs_count(s->live); i++) {
        const Def *d = defs_get(s->live, i);
        if ((d->kind == DK_FN || d->kind == DK_ASSOC_FN) && d->node && d->node->kind == N_FN &&
            d->node->kids[4]->kind == N_LAZY_BODY)
            sess_force_owner(q, i);
    }
}

/* QClient.save_blob: every item fn body's definitions, for the next session's lazy parse. */
static void
hook_save_blob(QCtx *q, Buf *out)
{
    Sess *s = sess(q);
    if (!s->live || s->live == s->empty) {
        /* no definitions this session: the last session's stand */
        if (s->blob_len == 0)
            s->blob = q_prev_blob(q, &s->blob_len);
        if (s->blob)
            buf_bytes(out, s->blob, s->blob_len);
        return;
    }
    DefTable *t = s->live;
    Buf body = {0};
    HMap seen = {0};
    uint32_t count = 0;
    BodyDefVec list = {0};
    for (DefId i = 1; i < defs_count(t); i++) {
        const Def *d = defs_get(t, i);
        if ((d->kind != DK_FN && d->kind != DK_ASSOC_FN) || !d->node || d->node->kind != N_FN ||
            d->file == s->prelude_file || d->file == UINT32_MAX)
            continue;
        const Node *b = d->node->kids[4];
        if ((b->kind != N_BLOCK && b->kind != N_LAZY_BODY) || !(b->info & NI_DEPTH_MASK))
            continue; /* no body, or not an item's (only those are left unparsed) */
        list.len = 0;
        if (!defs_body_list(t, i, &list))
            continue;
        Fingerprint k = body_key(q, d->node, d->file);
        if (hmap_get(&seen, k))
            continue;
        hmap_put(&seen, k, 1);
        buf_fp(&body, k);
        put_body_list(&body, &list);
        count++;
    }
    /* then the bodies the table did not reach: the last blob's entries, and new ones */
    for (uint32_t i = 0; i < s->carried.len; i++) {
        Reader r = rd_make(s->blob + s->carried.data[i], s->blob_len - s->carried.data[i]);
        Fingerprint k = rd_fp(&r);
        uint32_t m = rd_u32(&r);
        if (r.bad || m > (size_t)(r.end - r.p) / 8 || hmap_get(&seen, k))
            continue;
        hmap_put(&seen, k, 1);
        buf_bytes(&body, s->blob + s->carried.data[i], 20 + (size_t)m * 8);
        count++;
    }
    Reader x = rd_make(s->extra.data ? s->extra.data : (const uint8_t *)"", s->extra.len);
    for (uint32_t i = 0; i < s->nextra && !x.bad; i++) {
        const uint8_t *start = x.p;
        Fingerprint k = rd_fp(&x);
        uint32_t m = rd_u32(&x);
        rd_bytes(&x, (size_t)m * 8);
        if (x.bad || hmap_get(&seen, k))
            continue;
        hmap_put(&seen, k, 1);
        buf_bytes(&body, start, (size_t)(x.p - start));
        count++;
    }
    buf_u32(out, BLOB_MAGIC);
    buf_u32(out, BLOB_VERSION);
    buf_u32(out, count);
    if (body.len)
        buf_bytes(out, body.data, body.len);
    buf_free(&body);
    hmap_free(&seen);
    vec_free(&list);
}

static const void *
compute_parse(QCtx *q, QKey key)
{
    const Source *src = q_get(q, K_SOURCE_TEXT, key);
    const CrateOptions *o = q_get(q, K_CRATE_OPTIONS, 0);
    Parsed p;
    bool prelude = (uint32_t)key == sess(q)->prelude_file;
    Edition ed = prelude ? EDITION_2021 : o->edition;
    /* the library's tree was parsed when smelt was built, from this very text (checked) */
    if (prelude && src->text == smelt_prelude_text &&
        syntax_unpack((const uint8_t *)smelt_prelude_ast_text, smelt_prelude_ast_len, src->text,
                      src->len, q_arena(q), &p)) {
        /* the library's tree: unpacked */
    } else if (!prelude && lazy_mode(q)) {
        parse_file_lazy(src->text, src->len, ed, q_arena(q), &p);
        sess(q)->nlazy += p.nlazy;
        bool body_errors =
            !p.errors.len && p.nlazy && !resolve_lazy_bodies(q, p.root, (uint32_t)key);
        if (p.errors.len || body_errors) {
            /* errors come from the whole parse, as a clean build reports them */
            parsed_free_errors(&p);
            parse_file(src->text, src->len, ed, q_arena(q), &p);
        }
    } else {
        parse_file(src->text, src->len, ed, q_arena(q), &p);
    }
    emit_syntax_errors(q, (uint32_t)key, &p.errors);
    Ast *a = arena_alloc(q_arena(q), sizeof *a);
    a->root = p.root;
    a->cfg_pos = p.cfg_pos;
    a->ncfg = p.ncfg;
    return a;
}

static const void *
compute_expand(QCtx *q, QKey key)
{
    const Ast *parsed = q_get(q, K_PARSE, key);
    const CfgSet *cfg = q_get(q, K_CFG_SET, 0);
    if (!parsed->ncfg)
        return parsed; /* nothing to configure: the same tree */
    SyntaxErrors errs = {0};
    Ast *a = arena_alloc(q_arena(q), sizeof *a);
    a->root = cfg_strip(cfg, parsed->root, parsed->cfg_pos, parsed->ncfg, q_arena(q), &errs);
    emit_syntax_errors(q, (uint32_t)key, &errs);
    return a;
}

/* ---- def_table --------------------------------------------------------------------- */

static bool
file_exists(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f)
        fclose(f);
    return f != NULL;
}

typedef VEC(uint32_t) U32Vec;

/*
 * The directory in which `mod m;` inside module `mod` looks for m.rs and
 * m/mod.rs (as rustc): the crate root and mod.rs files own their own
 * directory; another file a.rs owns a/; an inline module adds its name.
 */
static void
module_dir(Sess *s, DefTable *t, const U32Vec *loaded, DefId mod, Buf *out)
{
    while (mod != 0 && defs_get(t, mod)->kind != DK_MOD)
        mod = defs_get(t, mod)->parent;
    if (mod == 0) {
        buf_printf(out, "%s", s->dir);
        return;
    }
    const Def *d = defs_get(t, mod);
    if (d->node->flags & NF_INLINE) {
        module_dir(s, t, loaded, d->parent, out);
        buf_printf(out, "%s/", sym_str(d->name));
        return;
    }
    const char *path = mod < loaded->len && loaded->data[mod] != UINT32_MAX
                           ? file_path(s, loaded->data[mod])
                           : "";
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    size_t dir_len = (size_t)(base - path);
    if (!strcmp(base, "mod.rs")) {
        buf_printf(out, "%.*s", (int)dir_len, path);
    } else {
        size_t stem = strlen(base) > 3 ? strlen(base) - 3 : strlen(base);
        buf_printf(out, "%.*s%.*s/", (int)dir_len, path, (int)stem, base);
    }
}

static const void *
compute_def_table(QCtx *q, QKey key)
{
    (void)key;
    Sess *s = sess(q);
    const CrateOptions *o = q_get(q, K_CRATE_OPTIONS, 0);
    const Ast *root = q_get(q, K_EXPAND, 0);
    DefTable *t = defs_new(o->crate_name);
    vec_push(&s->tables, t);
    DefsLazyHooks hooks = {lazy_lookup, lazy_force, s};
    defs_set_lazy_hooks(t, &hooks);
    defs_collect_items(t, 0, root->root, 0);
    /* file modules, in order; their own file modules are appended as we go */
    U32Vec loaded = {0}; /* DefId -> file of a loaded file module */
    for (DefId id = 1; id < defs_count(t); id++) {
        const Def *d = defs_get(t, id);
        if (d->kind != DK_MOD || (d->node->flags & NF_INLINE))
            continue;
        Buf dir = {0};
        module_dir(s, t, &loaded, d->parent, &dir);
        buf_u8(&dir, 0);
        const char *name = sym_str(d->name);
        char a[4096], b[4096];
        snprintf(a, sizeof a, "%s%s.rs", (const char *)dir.data, name);
        snprintf(b, sizeof b, "%s%s/mod.rs", (const char *)dir.data, name);
        buf_free(&dir);
        bool ha = file_exists(a), hb = file_exists(b);
        DiagSpan span = {d->hash, 0, (uint32_t)(d->node->hi - d->node->lo)};
        if (ha && hb) {
            Diag *dg = diag_new(DIAG_ERROR, "E0761", span,
                                "file for module `%s` found at both \"%s\" and \"%s\"", name, a, b);
            diag_note(dg, "delete or rename one of them to remove the ambiguity");
            q_emit(q, dg);
            continue;
        }
        if (!ha && !hb) {
            Diag *dg = diag_new(DIAG_ERROR, "E0583", span, "file not found for module `%s`", name);
            diag_note(dg, "to create the module `%s`, create file \"%s\" or \"%s\"", name, a, b);
            q_emit(q, dg);
            continue;
        }
        uint32_t f = file_id(s, ha ? a : b);
        while (loaded.len <= id)
            vec_push(&loaded, UINT32_MAX);
        loaded.data[id] = f;
        const Ast *sub = q_get(q, K_EXPAND, f);
        defs_collect_items(t, id, sub->root, f);
    }
    vec_free(&loaded);
    /* the core library: its own crate root in the same table */
    DefId core = defs_add_crate_root(t, sym_cstr("core"));
    const Ast *lib = q_get(q, K_EXPAND, s->prelude_file);
    defs_collect_items(t, core, lib->root, s->prelude_file);
    return t;
}

static Fingerprint
hash_def_table(QCtx *q, const void *r)
{
    const DefTable *t = r;
    StableHasher *h = q_hasher(q);
    uint32_t n = defs_count(t);
    hasher_u32(h, n);
    for (DefId i = 0; i < n; i++) {
        const Def *d = defs_get(t, i);
        hasher_fp(h, d->hash);
        hasher_u8(h, d->kind);
        hasher_fp(h, defs_get(t, d->owner)->hash);
    }
    return hasher_finish(h);
}

/*
 * The live table: the first one built this session (DefIds index it).
 * Reading it for identities (DefId <-> DefPathHash, kind, path) records no
 * dependency: those are stable by construction, as rustc's definitions
 * are.  Queries that depend on *which* definitions exist read def_table().
 */
static QKey create_synthetic(QCtx *q, DefTable *t, const QEntity *e);

static DefTable *
live_defs(QCtx *q)
{
    Sess *s = sess(q);
    if (!s->live) {
        DefTable *t = (DefTable *)q_get_untracked(q, K_DEF_TABLE, 0);
        if (t == s->empty)
            return t; /* inside a cycle: only the crate root exists */
        s->live = t;
        /* the synthetic definitions replayed before the table existed, in replay order:
         * the DefIds they would have had, created eagerly */
        for (uint32_t i = 0; i < s->pending.len; i++) {
            QKey k = create_synthetic(q, t, &s->pending.data[i]);
            vec_push(&s->pending_ids, k == Q_NO_KEY ? DEF_NONE : (DefId)k);
            if (k == Q_NO_KEY)
                q_emit(q, diag_new(DIAG_ERROR, "", (DiagSpan){FP_ZERO, 0, 0},
                                   "the incremental cache records a definition this session cannot "
                                   "re-create; remove the incremental directory (or build with "
                                   "SMELT_INCREMENTAL=0)"));
        }
    }
    return s->live;
}

/* A tracked read of the definition set. */
static DefTable *
read_defs(QCtx *q)
{
    q_get(q, K_DEF_TABLE, 0);
    return live_defs(q);
}

/* ---- services for sema -------------------------------------------------------------- */

DefTable *
sess_defs(QCtx *q)
{
    return live_defs(q);
}

DefTable *
sess_read_defs(QCtx *q)
{
    return read_defs(q);
}

Fingerprint
sess_file_anchor(QCtx *q, uint32_t file)
{
    return sess(q)->files.data[file].anchor;
}

const char *
sess_file_path(QCtx *q, uint32_t file)
{
    return file_path(sess(q), file);
}

const char *
sess_file_text(QCtx *q, uint32_t file, size_t *len)
{
    const Source *src = q_get_untracked(q, K_SOURCE_TEXT, file);
    *len = src->len;
    return src->text;
}

const CodegenOptions *
sess_codegen_options(QCtx *q)
{
    return &sess(q)->codegen;
}

DefId
sess_def_of_node(QCtx *q, const Node *n)
{
    Sess *s = sess(q);
    DefTable *t = live_defs(q);
    if (s->node_defs.len == 0)
        for (DefId i = 1; i < defs_count(t); i++) {
            const Def *d = defs_get(t, i);
            if (d->node && (d->kind == DK_CLOSURE || d->kind == DK_ASYNC_CLOSURE ||
                            d->kind == DK_COROUTINE))
                hmap_put(&s->node_defs, (Fingerprint){(uint64_t)(uintptr_t)d->node, 0x6e6f6465}, i);
        }
    uint64_t *v = hmap_get(&s->node_defs, (Fingerprint){(uint64_t)(uintptr_t)n, 0x6e6f6465});
    return v ? (DefId)*v : DEF_NONE;
}

/* ---- per item ----------------------------------------------------------------------- */

static const void *
compute_hir_owner_nodes(QCtx *q, QKey key)
{
    DefTable *t = live_defs(q);
    const Def *d = defs_get(t, (DefId)key);
    /* the item's file: read so that an edit of it re-runs this query */
    q_get(q, K_EXPAND, d->file);
    OwnerNodes *o = arena_alloc(q_arena(q), sizeof *o);
    o->node = d->node;
    o->def = (DefId)key;
    o->base = d->node ? d->node->lo : 0;
    const Node *n = d->node;
    if (n && n->kind != N_MOD && d->kind != DK_MOD && d->file != UINT32_MAX) {
        /* the same bytes in the same edition parse to the same tree (an item without `cfg`
         * in it does not depend on the cfg set): hash the bytes, not the tree; an edit
         * elsewhere in the file leaves this owner's fingerprint as it was without a walk */
        Sess *s = sess(q);
        const CrateOptions *co = q_get(q, K_CRATE_OPTIONS, 0);
        if (!s->has_syntax_ctx) {
            StableHasher *h = hasher_new();
            hasher_str(h, "smelt item text");
            hasher_u32(h, co->edition);
            s->syntax_ctx = hasher_finish(h);
            s->has_syntax_ctx = true;
            hasher_free(h);
        }
        /* (the item's own attributes are not in its nodes' hash: hir_attrs has them) */
        uint32_t lo = n->lo, hi = n->hi;
        size_t len;
        const char *text = sess_file_text(q, d->file, &len);
        /* an item that mentions `cfg` (attributes, `cfg!`) depends on the cfg set: walked */
        if (text && lo <= hi && hi <= len)
            o->no_inner_attrs = !memchr(text + lo, '#', hi - lo);
        if (text && lo <= hi && hi <= len && !memmem(text + lo, hi - lo, "cfg", 3)) {
            StableHasher *h = hasher_new();
            hasher_fp(h, s->syntax_ctx);
            hasher_u32(h, (uint32_t)n->kind);
            hasher_bytes(h, text + lo, hi - lo);
            o->text_fp = hasher_finish(h);
            o->has_text_fp = true;
            hasher_free(h);
        }
    }
    return o;
}

/* The three hashes of an owner's syntax, computed in one walk the first time one is asked
 * for (a value recomputed only to be read is never hashed). */
static const OwnerHashes *
owner_hashes(QCtx *q, const void *r)
{
    OwnerNodes *o = (OwnerNodes *)r;
    if (!o->hashed && o->node) {
        Sess *s = sess(q);
        sess_force_owner(q, o->def);
        if (!s->owner_hashers[0])
            for (int i = 0; i < 3; i++)
                s->owner_hashers[i] = hasher_new();
        syntax_hash_owner(s->owner_hashers, o->node, o->base, &o->fp);
    }
    o->hashed = true;
    return &o->fp;
}

static Fingerprint
hash_hir_owner_nodes(QCtx *q, const void *r)
{
    const OwnerNodes *o = r;
    if (o->has_text_fp)
        return o->text_fp;
    return owner_hashes(q, r)->nodes;
}

/* The same item's syntax without spans (what semantics reads). */
static const void *
compute_hir_owner_shape(QCtx *q, QKey key)
{
    return q_get(q, K_HIR_OWNER_NODES, key);
}

static Fingerprint
hash_hir_owner_shape(QCtx *q, const void *r)
{
    return owner_hashes(q, r)->shape;
}

/* The same item's attributes: their own query, so that `#[inline]` or a
 * moved attribute does not make the item's syntax red (rustc's hir_attrs). */
static const void *
compute_hir_attrs(QCtx *q, QKey key)
{
    /* Attributes are not in hir_owner_nodes' hash: read the file itself, so that an
     * attribute edit re-runs this query; the syntax (and its hashes) are shared. */
    q_get(q, K_EXPAND, defs_get(live_defs(q), (DefId)key)->file);
    return q_get(q, K_HIR_OWNER_NODES, key);
}

static Fingerprint
hash_hir_attrs(QCtx *q, const void *r)
{
    const OwnerNodes *o = r;
    if (o->no_inner_attrs && o->node && !o->hashed) {
        /* only the item's own attributes: hashed without the walk */
        Sess *s = sess(q);
        if (!s->owner_hashers[0])
            for (int i = 0; i < 3; i++)
                s->owner_hashers[i] = hasher_new();
        return syntax_hash_own_attrs(s->owner_hashers[2], o->node, o->base);
    }
    return owner_hashes(q, r)->attrs;
}

static const char *const KNOWN_ATTRS[] = {
    "allow", "warn", "deny", "forbid", "expect", "inline", "must_use", "doc", "test", "derive",
    "rustc_clean", "rustc_partition_reused", "rustc_partition_codegened", "feature", "crate_type",
    "crate_name", "cold", "track_caller", "non_exhaustive", "repr", "automatically_derived",
    "rustfmt::skip", "clippy::all", NULL};
static const char *const KNOWN_DERIVES[] = {"Debug", "Clone", "Copy", "PartialEq", "Eq",
                                            "PartialOrd", "Ord", "Hash", "Default", NULL};

static bool
in_list(const char *const *list, const char *s)
{
    for (int i = 0; list[i]; i++)
        if (!strcmp(list[i], s))
            return true;
    return false;
}

typedef struct {
    QCtx *q;
    Fingerprint anchor;
    uint32_t base;
    bool core; /* the core library may use its own attributes */
} AttrCheck;

static void
check_attr_list(AttrCheck *c, const Node *n)
{
    for (uint32_t i = 0; i < n->nattrs; i++) {
        const Node *meta = n->attrs[i]->kids[0];
        if (meta->kind == N_ERROR || !meta->sym)
            continue;
        const char *name = sym_str(meta->sym);
        DiagSpan span = {c->anchor, meta->lo - c->base, meta->hi - c->base};
        if (!strncmp(name, "clippy::", 8) || !strncmp(name, "rustfmt::", 9))
            continue;
        if (c->core && (!strcmp(name, "lang") || !strcmp(name, "rustc_intrinsic")))
            continue;
        if (!in_list(KNOWN_ATTRS, name)) {
            q_emit(c->q, diag_new(DIAG_ERROR, "", span, "cannot find attribute `%s` in this scope",
                                  name));
            continue;
        }
        if (!strcmp(name, "derive")) {
            if (meta->kind != N_META_LIST) {
                q_emit(c->q, diag_new(DIAG_ERROR, "", span, "malformed `derive` attribute input"));
                continue;
            }
            for (uint32_t j = 0; j < meta->nkids; j++) {
                const Node *m = meta->kids[j];
                const char *dn = m->sym ? sym_str(m->sym) : "";
                if (m->kind != N_META_WORD || !in_list(KNOWN_DERIVES, dn)) {
                    DiagSpan ds = {c->anchor, m->lo - c->base, m->hi - c->base};
                    q_emit(c->q, diag_new(DIAG_ERROR, "", ds,
                                          "cannot find derive macro `%s` in this scope", dn));
                }
            }
        }
    }
}

static void
check_attrs_walk(AttrCheck *c, const Node *n)
{
    check_attr_list(c, n);
    for (uint32_t i = 0; i < n->nkids; i++)
        if (!syntax_is_nested_owner(n, i)) /* a nested item checks its own */
            check_attrs_walk(c, n->kids[i]);
}

static const void *
compute_check_attrs(QCtx *q, QKey key)
{
    const OwnerNodes *o = q_get(q, K_HIR_ATTRS, key);
    if (o->node) {
        sess_force_owner(q, (DefId)key);
        DefTable *t = live_defs(q);
        AttrCheck c = {q, defs_get(t, (DefId)key)->hash, o->base,
                       def_crate_root(t, (DefId)key) != 0};
        check_attrs_walk(&c, o->node);
    }
    return o; /* any non-null value: the result is its diagnostics */
}

static Fingerprint
hash_unit(QCtx *q, const void *r)
{
    (void)q;
    (void)r;
    return FP_ZERO;
}

/* ---- crate ---------------------------------------------------------------------------- */

static const void *
compute_def_paths(QCtx *q, QKey key)
{
    (void)key;
    DefTable *t = read_defs(q);
    Buf b = {0};
    for (DefId i = 1; i < defs_count(t); i++) {
        const Def *d = defs_get(t, i);
        if (d->kind == DK_USE || def_crate_root(t, i) != 0)
            continue;
        size_t start = b.len;
        defs_path_str(t, i, &b);
        int w = (int)(b.len - start);
        char hex[33];
        fp_hex(d->hash, hex);
        buf_printf(&b, "%*s %-15s %s\n", w < 40 ? 40 - w : 1, "", defs_kind_name((DefKind)d->kind),
                   hex);
    }
    Str *s = arena_alloc(q_arena(q), sizeof *s);
    s->text = arena_strndup(q_arena(q), b.data ? (const char *)b.data : "", b.len);
    s->len = (uint32_t)b.len;
    buf_free(&b);
    return s;
}

static bool
is_owner(const Def *d, DefId id)
{
    return d->owner == id && d->node && d->kind != DK_CRATE;
}

/* `main` exists, unless the crate is a library (--crate-type lib or #![crate_type]). */
static const void *
compute_check_main(QCtx *q, QKey key)
{
    (void)key;
    Sess *s = sess(q);
    DefTable *t = live_defs(q);
    const ModScope *root = module_scope(q, 0);
    const ScopeEntry *m = scope_find(root, sym_cstr("main"), NS_VALUE);
    bool lib_attr = false;
    const Ast *a = q_get(q, K_EXPAND, 0);
    for (uint32_t i = 0; i < a->root->nattrs; i++) {
        const Node *meta = a->root->attrs[i]->kids[0];
        if (meta->sym && !strcmp(sym_str(meta->sym), "crate_type"))
            lib_attr = true;
    }
    if (!lib_attr && (!m || m->res.kind != RES_DEF || defs_get(t, m->res.def)->kind != DK_FN)) {
        Diag *d = diag_new(DIAG_ERROR, "E0601", (DiagSpan){s->files.data[0].anchor, 0, 0},
                           "`main` function not found in crate `%s`", s->opt->crate_name);
        diag_note(d, "consider adding a `main` function to `%s`", s->opt->file);
        q_emit(q, d);
    }
    return a;
}

static const void *
compute_check_crate(QCtx *q, QKey key)
{
    (void)key;
    DefTable *t = read_defs(q);
    /* the front end: every item's syntax and attributes */
    for (DefId i = 1; i < defs_count(t); i++)
        if (is_owner(defs_get(t, i), i)) {
            q_ensure(q, K_HIR_OWNER_NODES, i);
            q_ensure(q, K_CHECK_ATTRS, i);
        }
    /* as rustc, no semantic analysis of a crate that did not parse */
    if (q_error_count(q))
        return t;
    q_ensure(q, K_IMPLS, 0);
    for (DefId i = 1; i < defs_count(t); i++) {
        const Def *d = defs_get(t, i);
        if (!is_owner(d, i))
            continue;
        /* signatures are checked whether or not a body uses them (rustc's wfcheck) */
        switch ((int)d->kind) {
        case DK_FN:
        case DK_ASSOC_FN:
            q_ensure(q, K_GENERICS_OF, i);
            q_ensure(q, K_FN_SIG, i);
            q_ensure(q, K_PREDICATES_OF, i);
            break;
        case DK_STRUCT:
        case DK_ENUM:
            q_ensure(q, K_GENERICS_OF, i);
            q_ensure(q, K_TYPE_OF, i);
            q_ensure(q, K_ADT_DEF, i);
            q_ensure(q, K_PREDICATES_OF, i);
            break;
        case DK_IMPL:
        case DK_TRAIT:
            q_ensure(q, K_GENERICS_OF, i);
            q_ensure(q, K_PREDICATES_OF, i);
            q_ensure(q, K_ASSOC_ITEMS, i);
            if (d->kind == DK_IMPL)
                q_ensure(q, K_TYPE_OF, i);
            break;
        case DK_CONST:
        case DK_STATIC:
        case DK_ASSOC_CONST:
        case DK_TYPE_ALIAS:
            q_ensure(q, K_TYPE_OF, i);
            break;
        case DK_MOD:
            q_ensure(q, K_MODULE_SCOPE, i);
            break;
        default:
            break;
        }
        if (is_typeck_root(t, i))
            q_ensure(q, K_TYPECK, i);
    }
    if (!sess(q)->opt->crate_lib)
        q_ensure(q, K_CHECK_MAIN, 0);
    return t;
}

/* ---- cycle recovery: what a query in a cycle gets ---------------------------------------- */

static const Source no_source = {"", 0, false};
static const CfgSet no_cfg = {NULL, 0};
static const Str no_str = {"", 0};
static OwnerNodes no_owner_nodes = {.node = NULL};

static const void *
recover_source(QCtx *q, QKey key)
{
    (void)q, (void)key;
    return &no_source;
}

static const void *
recover_crate_options(QCtx *q, QKey key)
{
    (void)key;
    CrateOptions *o = arena_alloc(q_arena(q), sizeof *o);
    o->crate_name = sym_cstr("main");
    return o;
}

static const void *
recover_cfg(QCtx *q, QKey key)
{
    (void)q, (void)key;
    return &no_cfg;
}

static const void *
recover_ast(QCtx *q, QKey key)
{
    (void)key;
    Ast *a = arena_alloc(q_arena(q), sizeof *a);
    a->root = arena_alloc(q_arena(q), sizeof(Node));
    a->root->kind = N_CRATE;
    return a;
}

static const void *
recover_def_table(QCtx *q, QKey key)
{
    (void)key;
    Sess *s = sess(q);
    if (!s->empty) {
        s->empty = defs_new(sym_cstr("main"));
        vec_push(&s->tables, s->empty);
    }
    return s->empty;
}

static const void *
recover_str(QCtx *q, QKey key)
{
    (void)q, (void)key;
    return &no_str;
}

static const void *
recover_owner_nodes(QCtx *q, QKey key)
{
    (void)q, (void)key;
    return &no_owner_nodes;
}

static const void *
recover_zeroed(QCtx *q, QKey key)
{
    (void)key;
    return arena_alloc(q_arena(q), 256);
}

static const void *
recover_scopes(QCtx *q, QKey key)
{
    (void)key;
    return arena_alloc(q_arena(q), 64); /* no modules */
}

static const void *
recover_lang_items(QCtx *q, QKey key)
{
    (void)key;
    LangItems *li = arena_alloc(q_arena(q), sizeof *li);
    memset(li, 0xff, sizeof *li); /* DEF_NONE everywhere */
    return li;
}

static const void *
recover_type(QCtx *q, QKey key)
{
    (void)key;
    Ty **t = arena_alloc(q_arena(q), sizeof *t);
    *t = ty_error();
    return t;
}

static const void *
recover_fn_sig(QCtx *q, QKey key)
{
    (void)key;
    FnSig *s = arena_alloc(q_arena(q), sizeof *s);
    s->output = ty_error();
    return s;
}

/* ---- keys ------------------------------------------------------------------------------ */

static Fingerprint
file_key_fp(QCtx *q, QKey key)
{
    const char *p = file_path(sess(q), (uint32_t)key);
    return fp_bytes(p, strlen(p));
}

static void
file_key_fmt(QCtx *q, QKey key, Buf *out)
{
    buf_printf(out, "%s", file_path(sess(q), (uint32_t)key));
}

static void
file_key_encode(QCtx *q, QKey key, Buf *out)
{
    const char *p = file_path(sess(q), (uint32_t)key);
    buf_str(out, p, strlen(p));
}

static bool
file_key_decode(QCtx *q, Reader *r, QKey *key)
{
    uint32_t n;
    const char *p = rd_str(r, &n);
    if (r->bad || !n || n > 4000)
        return false;
    char path[4096];
    memcpy(path, p, n);
    path[n] = 0;
    *key = file_id(sess(q), path);
    return true;
}

static Fingerprint
def_key_fp(QCtx *q, QKey key)
{
    return defs_get(live_defs(q), (DefId)key)->hash;
}

static void
def_key_fmt(QCtx *q, QKey key, Buf *out)
{
    defs_path_str(live_defs(q), (DefId)key, out);
}

/* ---- client hooks ---------------------------------------------------------------------- */

static bool
hook_def_from_hash(QCtx *q, Fingerprint hash, QKey *def)
{
    DefId id = defs_by_hash(live_defs(q), hash);
    if (id == DEF_NONE)
        return false;
    *def = id;
    return true;
}

static uint8_t
hook_def_kind(QCtx *q, QKey def)
{
    return defs_get(live_defs(q), (DefId)def)->kind;
}

static const char *
hook_def_kind_name(uint8_t k)
{
    return defs_kind_name((DefKind)k);
}

static QKey
hook_entity_create(QCtx *q, const QEntity *e)
{
    Sess *s = sess(q);
    if (e->space < DPD_FIRST_SYNTHETIC || e->space >= DPD_N)
        return Q_NO_KEY;
    if (!s->live && s->pending.len < (1u << 20)) {
        /* replaying a green node before anything needed the table: later (or never) */
        QEntity c = *e;
        c.data = NULL;
        c.len = 0;
        vec_push(&s->pending, c);
        return PENDING_ENTITY + (s->pending.len - 1);
    }
    return create_synthetic(q, live_defs(q), e);
}

static QKey
hook_entity_key(QCtx *q, QKey key)
{
    Sess *s = sess(q);
    if (key == Q_NO_KEY || key < PENDING_ENTITY || key - PENDING_ENTITY >= s->pending.len)
        return key;
    live_defs(q);
    uint64_t i = key - PENDING_ENTITY;
    return i < s->pending_ids.len && s->pending_ids.data[i] != DEF_NONE ? s->pending_ids.data[i]
                                                                        : Q_NO_KEY;
}

static QKey
create_synthetic(QCtx *q, DefTable *t, const QEntity *e)
{
    (void)q;
    DefId parent = defs_by_hash(t, e->parent);
    if (parent == DEF_NONE || e->space < DPD_FIRST_SYNTHETIC || e->space >= DPD_N)
        return Q_NO_KEY; /* does not fit this session: the creating query re-runs */
    Fingerprint h = defs_path_hash_of_child(t, parent, (DefPathData)e->space, e->disambig);
    if (defs_by_hash(t, h) != DEF_NONE)
        return Q_NO_KEY;
    DefId id = defs_create_synthetic(t, parent, (DefPathData)e->space, DK_SYNTHETIC_BODY);
    if (defs_get(t, id)->disambig != e->disambig)
        bug("synthetic definition numbered differently on replay");
    return id;
}

static const QueryKind compiler_kinds[K_N];

/* The core library's keys: its definitions and its file. */
static bool
hook_key_internal(QCtx *q, uint32_t kind, Fingerprint key_fp)
{
    const QueryKind *k = &compiler_kinds[kind];
    if (k->flags & Q_DEF_KEYED) {
        DefTable *t = live_defs(q);
        DefId id = defs_by_hash(t, key_fp);
        return id != DEF_NONE && def_crate_root(t, id) != 0;
    }
    if (k->key_fp == file_key_fp)
        return fp_eq(key_fp, fp_bytes(PRELUDE_PATH, strlen(PRELUDE_PATH)));
    return false;
}

static bool
hook_resolve_anchor(void *ctx, Fingerprint anchor, const char **file, const char **text,
                    size_t *len, uint32_t *base)
{
    Sess *s = ctx;
    for (uint32_t i = 0; i < s->files.len; i++)
        if (fp_eq(s->files.data[i].anchor, anchor)) {
            const Source *src = q_get(s->q, K_SOURCE_TEXT, i);
            *file = file_path(s, i);
            *text = src->text;
            *len = src->len;
            *base = 0;
            return true;
        }
    DefTable *t = live_defs(s->q);
    DefId id = defs_by_hash(t, anchor);
    if (id == DEF_NONE)
        return false;
    const Def *d = defs_get(t, id);
    const Def *o = defs_get(t, d->owner);
    const Node *n = o->node ? o->node : d->node;
    if (!n)
        return false;
    const Source *src = q_get(s->q, K_SOURCE_TEXT, o->file);
    *file = file_path(s, o->file);
    *text = src->text;
    *len = src->len;
    *base = n->lo;
    return true;
}

/* ---- the query table -------------------------------------------------------------------- */

#define FILE_KEY file_key_fp, file_key_fmt, file_key_encode, file_key_decode
#define DEF_KEY def_key_fp, def_key_fmt, NULL, NULL

static const QueryKind compiler_kinds[K_N] = {
    [K_SOURCE_TEXT] = {"source_text", Q_EVAL_ALWAYS | Q_DENSE_KEY, FILE_KEY, compute_source_text,
                       hash_source_text, NULL, NULL, recover_source},
    [K_CRATE_OPTIONS] = {"crate_options", Q_EVAL_ALWAYS, Q_UNIT_KEY, compute_crate_options,
                         hash_crate_options, NULL, NULL, recover_crate_options},
    [K_CFG_SET] = {"cfg_set", Q_EVAL_ALWAYS, Q_UNIT_KEY, compute_cfg_set, hash_cfg_set, NULL, NULL,
                   recover_cfg},
    [K_PARSE] = {"parse", Q_NO_HASH | Q_DENSE_KEY, FILE_KEY, compute_parse, NULL, NULL, NULL,
                 recover_ast},
    [K_EXPAND] = {"expand", Q_NO_HASH | Q_DENSE_KEY, FILE_KEY, compute_expand, NULL, NULL, NULL,
                  recover_ast},
    [K_DEF_TABLE] = {"def_table", 0, Q_UNIT_KEY, compute_def_table, hash_def_table, NULL, NULL,
                     recover_def_table},
    [K_HIR_OWNER_NODES] = {"hir_owner_nodes", Q_DEF_KEYED | Q_DENSE_KEY, DEF_KEY,
                           compute_hir_owner_nodes, hash_hir_owner_nodes, NULL, NULL,
                           recover_owner_nodes},
    [K_HIR_ATTRS] = {"hir_attrs", Q_DEF_KEYED | Q_DENSE_KEY, DEF_KEY, compute_hir_attrs,
                     hash_hir_attrs, NULL, NULL, recover_owner_nodes},
    [K_HIR_OWNER_SHAPE] = {"hir_owner_shape", Q_DEF_KEYED | Q_DENSE_KEY, DEF_KEY,
                           compute_hir_owner_shape, hash_hir_owner_shape, NULL, NULL,
                           recover_owner_nodes},
    [K_CHECK_ATTRS] = {"check_attrs", Q_DEF_KEYED | Q_DENSE_KEY, DEF_KEY, compute_check_attrs,
                       hash_unit, NULL, NULL, recover_owner_nodes},
    [K_DEF_PATHS] = {"def_paths", Q_CACHE_ON_DISK, Q_UNIT_KEY, compute_def_paths, q_str_hash,
                     q_str_encode, q_str_decode, recover_str},
    [K_RESOLVE_IMPORTS] = {"resolve_imports", Q_NO_HASH, Q_UNIT_KEY, compute_resolve_imports,
                           NULL, NULL, NULL, recover_scopes},
    [K_MODULE_SCOPE] = {"module_scope", Q_DEF_KEYED | Q_DENSE_KEY, DEF_KEY, compute_module_scope,
                        hash_module_scope, NULL, NULL, recover_zeroed},
    [K_LANG_ITEMS] = {"lang_items", 0, Q_UNIT_KEY, compute_lang_items, hash_lang_items, NULL, NULL,
                      recover_lang_items},
    [K_GENERICS_OF] = {"generics_of", Q_DEF_KEYED | Q_DENSE_KEY, DEF_KEY, compute_generics_of,
                       hash_generics, NULL, NULL, recover_zeroed},
    [K_PREDICATES_OF] = {"predicates_of", Q_DEF_KEYED | Q_DENSE_KEY, DEF_KEY,
                         compute_predicates_of, hash_preds, NULL, NULL, recover_zeroed},
    [K_TYPE_OF] = {"type_of", Q_DEF_KEYED | Q_DENSE_KEY, DEF_KEY, compute_type_of, hash_type_of,
                   NULL, NULL, recover_type},
    [K_ADT_DEF] = {"adt_def", Q_DEF_KEYED | Q_DENSE_KEY, DEF_KEY, compute_adt_def, hash_adt_def,
                   NULL, NULL, recover_zeroed},
    [K_FN_SIG] = {"fn_sig", Q_DEF_KEYED | Q_DENSE_KEY, DEF_KEY, compute_fn_sig, hash_fn_sig, NULL,
                  NULL, recover_fn_sig},
    [K_ASSOC_ITEMS] = {"associated_items", Q_DEF_KEYED | Q_DENSE_KEY, DEF_KEY, compute_assoc_items,
                       hash_assoc_items, NULL, NULL, recover_zeroed},
    [K_IMPLS] = {"impls", 0, Q_UNIT_KEY, compute_impls, hash_impls, NULL, NULL, recover_zeroed},
    [K_TYPECK] = {"typeck", Q_DEF_KEYED | Q_DENSE_KEY, DEF_KEY, compute_typeck, hash_typeck, NULL,
                  NULL, recover_zeroed},
    [K_ITEM_TYPES] = {"item_types", Q_DEF_KEYED | Q_DENSE_KEY | Q_CACHE_ON_DISK, DEF_KEY,
                      compute_item_types, q_str_hash, q_str_encode, q_str_decode, recover_str},
    [K_ITEM_CLOSURES] = {"item_closures", Q_DEF_KEYED | Q_DENSE_KEY | Q_CACHE_ON_DISK, DEF_KEY,
                         compute_item_closures, q_str_hash, q_str_encode, q_str_decode,
                         recover_str},
    [K_PRINT_TYPES] = {"print_types", Q_CACHE_ON_DISK, Q_UNIT_KEY, compute_print_types, q_str_hash,
                       q_str_encode, q_str_decode, recover_str},
    [K_PRINT_CLOSURES] = {"print_closures", Q_CACHE_ON_DISK, Q_UNIT_KEY, compute_print_closures,
                          q_str_hash, q_str_encode, q_str_decode, recover_str},
    [K_CHECK_MAIN] = {"check_main", 0, Q_UNIT_KEY, compute_check_main, hash_unit, NULL, NULL,
                      recover_ast},
    [K_CHECK_CRATE] = {"check_crate", 0, Q_UNIT_KEY, compute_check_crate, hash_unit, NULL, NULL,
                       recover_str},
    [K_MIR_BUILT] = {"mir_built", Q_DEF_KEYED | Q_DENSE_KEY, DEF_KEY, compute_mir_built, hash_mir,
                     NULL, NULL, recover_zeroed},
    [K_OPTIMIZED_MIR] = {"optimized_mir", Q_DEF_KEYED | Q_DENSE_KEY, DEF_KEY,
                         compute_optimized_mir, hash_mir, NULL, NULL, recover_zeroed},
    [K_BY_MOVE_BODY] = {"by_move_body", Q_DEF_KEYED | Q_DENSE_KEY, DEF_KEY, compute_by_move_body,
                        hash_by_move_body, NULL, NULL, recover_zeroed},
    [K_MENTIONED_ITEMS] = {"mentioned_items", Q_DEF_KEYED | Q_DENSE_KEY, DEF_KEY,
                           compute_mentioned_items, hash_mentioned_items, NULL, NULL,
                           recover_zeroed},
    [K_MONO_ITEMS] = {"mono_items", Q_CACHE_ON_DISK, Q_UNIT_KEY, compute_mono_items,
                      hash_mono_items, encode_mono_items, decode_mono_items, recover_zeroed},
    [K_ITEM_LOCATION] = {"item_location", Q_DEF_KEYED | Q_DENSE_KEY, DEF_KEY,
                         compute_item_location, hash_item_location, NULL, NULL, recover_zeroed},
    [K_CODEGEN_UNIT] = {"codegen_unit", Q_DEF_KEYED | Q_DENSE_KEY | Q_CACHE_ON_DISK, DEF_KEY,
                        compute_codegen_unit, q_str_hash, q_str_encode, q_str_decode, recover_str},
    [K_LINK_OBJECTS] = {"link_objects", Q_CACHE_ON_DISK, Q_UNIT_KEY, compute_link_objects,
                        q_str_hash, q_str_encode, q_str_decode, recover_str},
    [K_CODEGEN_OPTIONS] = {"codegen_options", Q_EVAL_ALWAYS, Q_UNIT_KEY, compute_codegen_options,
                           q_str_hash, NULL, NULL, recover_str},
};

/* ---- #[rustc_clean] (-Z query-dep-graph) ------------------------------------------------ */

/*
 * The queries an item's reuse is asserted for by default, per def kind.
 * They grow as semantics (typeck, fn_sig, generics_of, ...) and the back
 * end land; an assertion naming a query smelt lacks is an error.
 */
static const char *const CLEAN_ITEM[] = {"hir_owner_nodes", "hir_attrs", "check_attrs", NULL};
static const char *const CLEAN_FN[] = {"hir_owner_nodes", "hir_attrs", "check_attrs",
                                       "generics_of", "predicates_of", "fn_sig", "typeck", NULL};
static const char *const CLEAN_ADT[] = {"hir_owner_nodes", "hir_attrs", "check_attrs",
                                        "generics_of", "predicates_of", "type_of", "adt_def", NULL};
static const char *const CLEAN_CONST[] = {"hir_owner_nodes", "hir_attrs", "check_attrs", "type_of",
                                          "typeck", NULL};
static const char *const CLEAN_IMPL[] = {"hir_owner_nodes", "hir_attrs", "check_attrs",
                                         "generics_of", "predicates_of", "type_of",
                                         "associated_items", NULL};
static const char *const CLEAN_TRAIT[] = {"hir_owner_nodes", "hir_attrs", "check_attrs",
                                          "generics_of", "predicates_of", "associated_items", NULL};

/* The default set per item kind (documented in docs/incremental-tests.md). */
static const char *const *
clean_defaults(const Def *d)
{
    switch ((int)d->kind) {
    case DK_FN:
    case DK_ASSOC_FN:
        return d->node && d->node->kids[4]->kind != N_NONE ? CLEAN_FN : CLEAN_ITEM;
    case DK_STRUCT:
    case DK_ENUM:
        return CLEAN_ADT;
    case DK_CONST:
    case DK_STATIC:
    case DK_ASSOC_CONST:
        return d->node && d->node->kids[1]->kind != N_NONE ? CLEAN_CONST : CLEAN_ITEM;
    case DK_IMPL:
        return CLEAN_IMPL;
    case DK_TRAIT:
        return CLEAN_TRAIT;
    default:
        return CLEAN_ITEM;
    }
}

static bool
cfg_active(const CompileOptions *o, Symbol name)
{
    for (uint32_t i = 0; i < o->cfgs.len; i++)
        if (o->cfgs.data[i].name == name && !o->cfgs.data[i].value)
            return true;
    return false;
}

static bool
list_has(const char *list, const char *label)
{
    size_t n = strlen(label);
    for (const char *p = list; *p;) {
        while (*p == ' ' || *p == ',')
            p++;
        const char *e = p;
        while (*e && *e != ',' && *e != ' ')
            e++;
        if ((size_t)(e - p) == n && !strncmp(p, label, n))
            return true;
        p = e;
    }
    return false;
}

static void
clean_error(QCtx *q, const Def *d, const Node *attr, const char *fmt, const char *label,
            const char *item)
{
    DiagSpan span = {d->hash, attr->lo - d->node->lo, attr->hi - d->node->lo};
    Diag *dg = diag_new(DIAG_ERROR, "", span, fmt, label, item);
    q_emit(q, dg);
}

static void
check_one_clean(QCtx *q, const CompileOptions *o, DefTable *t, DefId id, const Node *attr)
{
    const Def *d = defs_get(t, id);
    const Node *meta = attr->kids[0];
    const char *except = "", *loaded = "";
    Symbol cfg = 0;
    for (uint32_t i = 0; meta->kind == N_META_LIST && i < meta->nkids; i++) {
        const Node *kv = meta->kids[i];
        if (kv->kind != N_META_NV || kv->kids[0]->kind != N_LIT)
            continue;
        const char *key = sym_str(kv->sym);
        Symbol val = kv->kids[0]->sym;
        if (!strcmp(key, "cfg"))
            cfg = val;
        else if (!strcmp(key, "except"))
            except = sym_str(val);
        else if (!strcmp(key, "loaded_from_disk"))
            loaded = sym_str(val);
    }
    if (!cfg) {
        clean_error(q, d, attr, "%s%sno `cfg` given in `#[rustc_clean]`", "", "");
        return;
    }
    if (!cfg_active(o, cfg))
        return;
    Buf item = {0};
    defs_path_str(t, id, &item);
    buf_u8(&item, 0);
    const char *name = (const char *)item.data;
    /* every label named must be a query smelt has */
    const char *lists[2] = {except, loaded};
    for (int l = 0; l < 2; l++)
        for (const char *p = lists[l]; *p;) {
            while (*p == ' ' || *p == ',')
                p++;
            const char *e = p;
            while (*e && *e != ',' && *e != ' ')
                e++;
            if (e > p) {
                char label[64];
                snprintf(label, sizeof label, "%.*s", (int)(e - p), p);
                if (q_kind_by_name(q, label) == UINT32_MAX)
                    clean_error(q, d, attr, "`%s` is not a query smelt has yet (in `%s`'s #[rustc_clean])",
                                label, name);
            }
            p = e;
        }
    const char *const *defaults = clean_defaults(d);
    for (int i = 0; defaults[i]; i++) {
        const char *label = defaults[i];
        bool loaded_from_disk;
        uint32_t kind = q_kind_by_name(q, label);
        /* as in rustc, where the analysis has requested them all: bring it up to date */
        if (q_color(q, kind, id, &loaded_from_disk) == Q_ABSENT && q_error_count(q) == 0)
            q_ensure(q, kind, id);
        QColor c = q_color(q, kind, id, &loaded_from_disk);
        bool dirty_expected = list_has(except, label);
        char what[512];
        snprintf(what, sizeof what, "%s(%s)", label, name);
        if (dirty_expected && c != Q_RED)
            clean_error(q, d, attr, "`%s`%s should be dirty but is not", what, "");
        else if (!dirty_expected && c != Q_GREEN)
            clean_error(q, d, attr, "`%s`%s should be clean but is not", what, "");
        if (list_has(loaded, label) && !loaded_from_disk)
            clean_error(q, d, attr, "`%s`%s should have been loaded from disk but it was not", what, "");
    }
    buf_free(&item);
}

static void
check_rustc_clean(QCtx *q, const CompileOptions *o)
{
    DefTable *t = live_defs(q);
    for (DefId id = 1; id < defs_count(t); id++) {
        const Def *d = defs_get(t, id);
        if (!d->node || !is_owner(d, id))
            continue;
        for (uint32_t i = 0; i < d->node->nattrs; i++) {
            const Node *a = d->node->attrs[i];
            if (a->nkids && a->kids[0]->sym && !strcmp(sym_str(a->kids[0]->sym), "rustc_clean"))
                check_one_clean(q, o, t, id, a);
        }
    }
}

int
compile_check(const CompileOptions *o)
{
    Sess s = {0};
    s.opt = o;
    sema_session_start();
    const char *slash = strrchr(o->file, '/');
    snprintf(s.dir, sizeof s.dir, "%.*s", slash ? (int)(slash - o->file + 1) : 0, o->file);
    file_id(&s, o->file); /* file 0: the crate root */
    s.prelude_file = file_id(&s, PRELUDE_PATH);
    s.lazy = -1;
    QClient client = {&s, hook_def_from_hash, hook_def_kind, hook_def_kind_name,
                      hook_entity_create, hook_resolve_anchor, hook_key_internal,
                      hook_entity_key, hook_save_blob};
    QCtx *q = q_new(compiler_kinds, K_N, &client, &o->q);
    s.q = q;
    q_start(q);
    q_ensure(q, K_CHECK_CRATE, 0);
    if (o->query_dep_graph)
        check_rustc_clean(q, o);
    if (o->dump_ast) {
        const Ast *a = q_get(q, K_EXPAND, 0);
        Buf b = {0};
        syntax_dump(a->root, &b);
        fwrite(b.data, 1, b.len, stdout);
        buf_free(&b);
    }
    if (o->print_defs) {
        const Str *p = q_get(q, K_DEF_PATHS, 0);
        fwrite(p->text, 1, p->len, stdout);
    }
    if (o->print_types) {
        const Str *p = q_get(q, K_PRINT_TYPES, 0);
        fwrite(p->text, 1, p->len, stdout);
    }
    if (o->print_closures) {
        const Str *p = q_get(q, K_PRINT_CLOSURES, 0);
        fwrite(p->text, 1, p->len, stdout);
    }
    int build_rc = 0;
    char tmpdir[4096] = "";
    if (o->build && !q_error_count(q)) {
        CodegenStats st;
        memset(&st, 0, sizeof st);
        s.codegen = o->codegen;
        build_rc = codegen_prepare(&s.codegen, tmpdir, sizeof tmpdir)
                       ? codegen_crate(q, &s.codegen, &st)
                       : 1;
        if (o->codegen.verbose)
            fprintf(stderr, "codegen units: %u (%u compiled, %u reused)\n", st.units, st.compiled,
                    st.reused);
    }
    fflush(stdout);
    q_print_diags(q, o->diag_out ? o->diag_out : stderr);
    if (o->query_stats)
        q_print_stats(q, stderr);
    if (o->q.incr_info && s.lazy == 1)
        fprintf(stderr, "[incremental] fn bodies: %u left unparsed (%u with their definitions "
                        "listed), %u parsed later\n", s.nlazy, s.nlisted, s.nforced);
    if (o->q.verify)
        verify_lazy_bodies(q);
    int code = q_error_count(q) || build_rc ? 1 : 0;
    q_finish(q);
    q_print_time_passes(q, stderr); /* after q_finish: saving is a row */
    q_free(q);
    /* the texts are gone: another session in this process may get their addresses */
    diag_forget_lines();
    codegen_done(tmpdir);
    for (uint32_t i = 0; i < s.tables.len; i++)
        defs_free(s.tables.data[i]);
    vec_free(&s.tables);
    vec_free(&s.files);
    hmap_free(&s.node_defs);
    hmap_free(&s.blob_index);
    vec_free(&s.carried);
    buf_free(&s.extra);
    vec_free(&s.scratch);
    vec_free(&s.eager_diags);
    vec_free(&s.pending);
    vec_free(&s.pending_ids);
    for (int i = 0; i < 3; i++)
        if (s.owner_hashers[i])
            hasher_free(s.owner_hashers[i]);
    return code;
}
