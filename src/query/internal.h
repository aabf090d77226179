/*
 * internal.h — shared between the engine (engine.c) and persistence
 * (persist.c).  Not part of the query subsystem's public face.
 */
#ifndef SMELT_QUERY_INTERNAL_H
#define SMELT_QUERY_INTERNAL_H

#include "query.h"

#define NONE UINT32_MAX
/* QNode.edge_lo of a green node whose reads are its previous node's */
#define EDGES_PREV UINT32_MAX

/* NS_VACANT: a slot kept for a previous node not reached (yet) this session */
enum { NS_VACANT, NS_MARKING, NS_RUNNING, NS_DONE };
enum { C_UNKNOWN, C_ACTIVE, C_GREEN, C_RED };
enum { F_MARK, F_RUN, F_RECOMPUTE, F_IGNORE };
/* per-node flags on disk */
enum { NF_NO_FP = 1 };

/*
 * A node of this session's graph.  Kept small (a million of them is the
 * benchmark): a node continuing a previous node takes its fingerprints from
 * the mapped previous graph; only others own an entry in QCtx.fps.
 */
typedef struct {
    QKey key;
    const void *value;
    uint32_t edge_lo, edge_len;
    uint32_t prev;  /* index in the previous graph, or NONE */
    uint32_t fx;    /* side effects, index into QCtx.fx; 0 = none */
    uint32_t frame; /* frame index while marking or running */
    uint32_t fpi;   /* its fingerprints in QCtx.fps, or NONE: the previous node's */
    uint16_t kind;
    uint8_t state, green, has_key, has_value, computed, no_fp, def_kind, loaded;
} QNode;

typedef struct {
    Fingerprint key, result;
} NodeFps;

typedef struct {
    VEC(Diag *) diags;
    VEC(QEntity) ents; /* data owned (xmalloc'd) */
    VEC(QKey) ent_keys;
    bool inconsistent; /* reported once: its record did not match its query */
} NodeFx;

typedef struct {
    uint32_t node;  /* current node, or NONE for a previous-only marking frame */
    uint32_t prev;  /* previous node, or NONE */
    uint32_t edges_base; /* start of this task's reads in task_edges */
    uint32_t ent_ordinal;
    QKey key;
    uint16_t kind;
    uint8_t mode, has_key;
} Frame;

typedef struct {
    Mapped gmap, cmap, bmap;
    const uint8_t *blob; /* the client's blob (client.bin's payload), or NULL */
    size_t blob_len;
    uint32_t n, m, idx_cap;
    const Fingerprint *key_fp, *result_fp;
    const uint16_t *kind;
    const uint8_t *def_kind, *flags;
    const uint32_t *edge_start, *edges, *key_off, *fx_off;
    const uint64_t *index; /* (32 bits of the key fingerprint) << 32 | node + 1 */
    const uint8_t *key_blob, *fx_blob;
    const uint64_t *res_off;
    const uint8_t *res_blob;
    uint8_t *color; /* C_* per previous node */
    uint32_t *cur;  /* current node (GREEN/RED) or frame (ACTIVE) */
} Prev;

typedef struct {
    uint64_t executed, green, loaded, forced, recomputed, total;
} KindStats;

typedef struct {
    QKey key;
    uint32_t kind, node;
} MemoSlot;

/*
 * --time-passes buckets: one per query kind (0 .. nkinds-1), then the
 * engine's own phases at nkinds + T_*.  Only touched when the option is on.
 */
enum { T_LOAD, T_SAVE, T_MARK, T_DECODE, T_N };

typedef struct {
    uint64_t ns, runs; /* self time: nested timed work excluded */
} PassTime;

struct QCtx {
    const QueryKind *kinds;
    uint32_t nkinds;
    QClient client;
    QOptions opt;
    Arena arena;
    VEC(QNode) nodes;
    VEC(uint32_t) edges;
    VEC(uint32_t) task_edges;
    VEC(Frame) frames;
    VEC(NodeFx) fx;
    VEC(NodeFps) fps;
    MemoSlot *memo;
    uint32_t memo_cap, memo_len;
    struct DenseMemo {
        uint32_t *node; /* key -> node + 1, 0 = none */
        uint32_t cap;
    } *dense; /* per kind, for Q_DENSE_KEY */
    uint32_t prev_hint; /* the previous node found last: lookups often go in order */
    Prev prev;
    bool have_prev;
    KindStats *stats;
    PassTime *times;          /* --time-passes: nkinds + T_N buckets */
    VEC(uint64_t) time_child; /* per open timed region: time of its timed children */
    uint64_t time_start;      /* q_new */
    VEC(Diag *) loose; /* diagnostics emitted outside any query (owned) */
    VEC(Diag *) shown; /* every diagnostic to print, in emission order */
    HMap cycles_seen;
    uint32_t errors;
    StableHasher *hasher;
    int lock_fd;
    char *prev_session; /* path of the loaded session directory */
    bool incremental;   /* loading and saving enabled */
    bool naming_cycle;  /* report_cycle is formatting frames: recover no keys */
};

/* engine.c */
Fingerprint node_key_fp(const QCtx *q, const QNode *n);
Fingerprint node_result_fp(const QCtx *q, const QNode *n);

/* persist.c */
void persist_start(QCtx *q);
void persist_finish(QCtx *q);
void persist_close(QCtx *q);
void persist_warn(QCtx *q, const char *reason);
uint32_t prev_find(QCtx *q, uint32_t kind, Fingerprint key_fp, uint8_t def_kind, bool *kind_differs);
void fx_encode(QCtx *q, const NodeFx *fx, Buf *b);
bool fx_decode(QCtx *q, Reader *r, NodeFx *fx);

#endif
