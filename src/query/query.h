/*
 * query.h — the incremental query engine: the whole public face of src/query.
 *
 * A client describes its query kinds in a table (QueryKind) and asks for
 * results with q_get(kind, key).  The engine memoises results, records every
 * read as an edge in read order, detects cycles, persists the dependency
 * graph to an incremental directory and, in the next session, reuses what
 * red-green marking proves unchanged.  Nothing here is Rust-specific.
 *
 * Identity (DESIGN.md): a key is a session-local 64-bit value (a DefId, a
 * file id, a symbol); it is persisted only as its stable fingerprint, plus,
 * for kinds that can decode it, a stable encoding.  Def-keyed kinds are
 * recovered through the client's DefPathHash table, and a previous node
 * whose def now has another def kind is red and is never forced.
 */
#ifndef SMELT_QUERY_H
#define SMELT_QUERY_H

#include "../base/base.h"

typedef uint64_t QKey;
#define Q_NO_KEY UINT64_MAX
typedef struct QCtx QCtx;

enum {
    Q_EVAL_ALWAYS = 1 << 0,   /* an input: re-executed every session, then compared */
    Q_NO_HASH = 1 << 1,       /* result never hashed: always red when executed */
    Q_CACHE_ON_DISK = 1 << 2, /* result persisted; a green node loads it */
    Q_DEF_KEYED = 1 << 3,     /* key is a definition; key_fp is its DefPathHash */
    Q_DENSE_KEY = 1 << 4,     /* keys are small integers (DefIds, file ids): array memo */
};

typedef struct QueryKind {
    const char *name;
    unsigned flags;
    /* Stable fingerprint of the key; never of a pointer or session id. */
    Fingerprint (*key_fp)(QCtx *q, QKey key);
    /* Human form of the key, for cycle and guard messages: `a` in `value(a)`. */
    void (*key_fmt)(QCtx *q, QKey key, Buf *out);
    /* Optional stable encoding of non-def keys, so a node can be forced. */
    void (*key_encode)(QCtx *q, QKey key, Buf *out);
    bool (*key_decode)(QCtx *q, Reader *r, QKey *key); /* false: key is gone */
    const void *(*compute)(QCtx *q, QKey key);
    Fingerprint (*hash_result)(QCtx *q, const void *result); /* unless Q_NO_HASH */
    void (*encode_result)(QCtx *q, const void *result, Buf *out); /* Q_CACHE_ON_DISK */
    const void *(*decode_result)(QCtx *q, Reader *r);             /* NULL: bad bytes */
    /* The value a query gets when its request closes a cycle. */
    const void *(*cycle_recovery)(QCtx *q, QKey key);
} QueryKind;

/* An entity (e.g. a synthetic definition) created inside a query. */
typedef struct {
    Fingerprint parent; /* stable identity of its parent */
    uint32_t space;     /* the client's namespace, e.g. a DefPathData kind */
    uint32_t disambig;  /* counted per (creating query, parent, space) */
    const void *data;   /* client payload, stable bytes */
    uint32_t len;
} QEntity;

typedef struct {
    void *user;
    /* DefPathHash -> live def; false when no live def has that hash. */
    bool (*def_from_hash)(QCtx *q, Fingerprint hash, QKey *def);
    /* Kind of a live def (never 0; 0 marks "not def-keyed" on disk). */
    uint8_t (*def_kind)(QCtx *q, QKey def);
    const char *(*def_kind_name)(uint8_t kind);
    /* Register an entity created (or re-created on replay); returns its key,
     * or Q_NO_KEY when a replayed record does not fit this session (the
     * query is then re-executed instead of reused). */
    QKey (*entity_create)(QCtx *q, const QEntity *e);
    /* Where diagnostics' anchors are, when printing them. */
    DiagAnchorFn resolve_anchor;
    /* Optional: is the key (by its fingerprint) part of a library the client
     * always compiles (e.g. smelt's core)?  -Z query-stats=user leaves those out. */
    bool (*key_internal)(QCtx *q, uint32_t kind, Fingerprint key_fp);
    /* Optional: the key entity_create returned, as the client's key now (a client may
     * re-create replayed entities lazily and hand out provisional keys until then). */
    QKey (*entity_key)(QCtx *q, QKey key);
    /* Optional: bytes of the client's own, saved with the session (client.bin) and handed
     * back to the next one (q_prev_blob).  A cache the client keeps beside the graph. */
    void (*save_blob)(QCtx *q, Buf *out);
} QClient;

typedef struct {
    const char *incr_dir; /* NULL: incremental off */
    size_t max_memory;    /* bytes; 0: default */
    uint32_t max_depth;   /* 0: default */
    bool verify;          /* --verify-incremental */
    bool incr_info;       /* -Z incremental-info */
    bool stats_user_only; /* -Z query-stats=user: count no internal keys */
    bool json_diags;      /* --error-format=json */
    bool time_passes;     /* --time-passes: time each query kind (q_print_time_passes) */
    /* test hooks */
    uint32_t test_sleep_after_lock_ms;
    bool test_kill_during_save;
} QOptions;

enum { Q_DEFAULT_DEPTH = 10000 };

QCtx *q_new(const QueryKind *kinds, uint32_t nkinds, const QClient *client, const QOptions *opt);
/* Locks and loads the incremental directory; problems become warnings. */
void q_start(QCtx *q);
const void *q_get(QCtx *q, uint32_t kind, QKey key);
/* A read that records no dependency: only for data that is stable by
 * construction, such as the DefId <-> DefPathHash mapping. */
const void *q_get_untracked(QCtx *q, uint32_t kind, QKey key);
/* Brings a query up to date without loading its value (rustc's ensure). */
void q_ensure(QCtx *q, uint32_t kind, QKey key);
/* Emits a diagnostic as a side effect of the running query (or of the session). */
void q_emit(QCtx *q, Diag *d);
/* Creates an entity inside the running query; see QEntity.  Idempotent per
 * (query, ordinal): a re-run or replay yields the same key. */
QKey q_create_entity(QCtx *q, Fingerprint parent, uint32_t space, const void *data, uint32_t len);
/* The color of (kind, key) in this session, for #[rustc_clean] checks. */
typedef enum { Q_ABSENT, Q_GREEN, Q_RED } QColor;
QColor q_color(QCtx *q, uint32_t kind, QKey key, bool *loaded);
/* Looks a kind up by name; UINT32_MAX when there is none. */
uint32_t q_kind_by_name(const QCtx *q, const char *name);
/* The previous session's client blob (see QClient.save_blob): NULL when there is none.
 * Its bytes passed the file's checksum; their meaning is the client's to check. */
const uint8_t *q_prev_blob(QCtx *q, size_t *len);
/* Persists the session when it had no errors; releases the directory. */
void q_finish(QCtx *q);
void q_free(QCtx *q);

void *q_user(QCtx *q);
Arena *q_arena(QCtx *q);
StableHasher *q_hasher(QCtx *q); /* a scratch hasher, reset */
uint32_t q_error_count(const QCtx *q);
/* Renders all diagnostics emitted or replayed, in a stable order. */
void q_print_diags(QCtx *q, FILE *out);
void q_print_stats(QCtx *q, FILE *out);
/* --time-passes: per query kind, the self time of its executions (nested
 * queries excluded) and their count, plus the engine's own phases (loading
 * and saving the incremental cache, try-mark-green, decoding cached results),
 * sorted by time; then the session's total.  Call after q_finish. */
void q_print_time_passes(QCtx *q, FILE *out);
/* Formats "kind(key)". */
void q_fmt_query(QCtx *q, uint32_t kind, QKey key, Buf *out);

/* Kinds keyed by nothing (one instance per session) use these four. */
Fingerprint q_unit_key_fp(QCtx *q, QKey key);
void q_unit_key_fmt(QCtx *q, QKey key, Buf *out);
void q_unit_key_encode(QCtx *q, QKey key, Buf *out);
bool q_unit_key_decode(QCtx *q, Reader *r, QKey *key);
#define Q_UNIT_KEY q_unit_key_fp, q_unit_key_fmt, q_unit_key_encode, q_unit_key_decode

/* A text result (an output listing, a report) and its hash/encode/decode. */
typedef struct {
    const char *text;
    uint32_t len;
} QStr;
Fingerprint q_str_hash(QCtx *q, const void *result);
void q_str_encode(QCtx *q, const void *result, Buf *out);
const void *q_str_decode(QCtx *q, Reader *r);
/* Copies text into the session arena. */
const QStr *q_str_new(QCtx *q, const char *text, size_t len);

/* The stable identity of this compiler build (the Makefile sets it). */
extern const char q_build_id[];

#endif
