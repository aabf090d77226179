/*
 * engine.c — query execution, dependency recording, cycle detection,
 * red-green marking, forcing, side effects, guards, verify mode and
 * statistics.  Persistence lives in persist.c.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static QCtx *guard_ctx; /* for the memory-limit handler */

/* ---- memo: (kind, key) -> current node ------------------------------ */

static uint32_t
memo_hash(uint32_t kind, QKey key)
{
    uint64_t x = key * 0x9E3779B97F4A7C15ull ^ ((uint64_t)kind << 32 | kind);
    x ^= x >> 31;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 29;
    return (uint32_t)x;
}

enum { DENSE_LIMIT = 1u << 28 };

static uint32_t
memo_get(QCtx *q, uint32_t kind, QKey key)
{
    if ((q->kinds[kind].flags & Q_DENSE_KEY) && key < DENSE_LIMIT) {
        struct DenseMemo *d = &q->dense[kind];
        return key < d->cap && d->node[key] ? d->node[key] - 1 : NONE;
    }
    if (!q->memo_cap)
        return NONE;
    for (uint32_t i = memo_hash(kind, key) & (q->memo_cap - 1);; i = (i + 1) & (q->memo_cap - 1)) {
        MemoSlot *s = &q->memo[i];
        if (s->node == NONE)
            return NONE;
        if (s->key == key && s->kind == kind)
            return s->node;
    }
}

static void memo_put(QCtx *q, uint32_t kind, QKey key, uint32_t node);

static void
memo_grow(QCtx *q)
{
    MemoSlot *old = q->memo;
    uint32_t old_cap = q->memo_cap;
    q->memo_cap = old_cap ? old_cap * 2 : 1024;
    q->memo = xmalloc((size_t)q->memo_cap * sizeof(MemoSlot));
    for (uint32_t i = 0; i < q->memo_cap; i++)
        q->memo[i].node = NONE;
    q->memo_len = 0;
    for (uint32_t i = 0; i < old_cap; i++)
        if (old[i].node != NONE)
            memo_put(q, old[i].kind, old[i].key, old[i].node);
    xfree(old, (size_t)old_cap * sizeof(MemoSlot));
}

static void
memo_put(QCtx *q, uint32_t kind, QKey key, uint32_t node)
{
    if ((q->kinds[kind].flags & Q_DENSE_KEY) && key < DENSE_LIMIT) {
        struct DenseMemo *d = &q->dense[kind];
        if (key >= d->cap) {
            uint32_t cap = d->cap ? d->cap : 256;
            while (cap <= key)
                cap *= 2;
            d->node = xrealloc(d->node, (size_t)d->cap * sizeof(uint32_t),
                               (size_t)cap * sizeof(uint32_t));
            memset(d->node + d->cap, 0, (size_t)(cap - d->cap) * sizeof(uint32_t));
            d->cap = cap;
        }
        if (d->node[key])
            bug("memo: (kind %u, key %llu) inserted twice", kind, (unsigned long long)key);
        d->node[key] = node + 1;
        return;
    }
    if ((q->memo_len + 1) * 4 > q->memo_cap * 3)
        memo_grow(q);
    for (uint32_t i = memo_hash(kind, key) & (q->memo_cap - 1);; i = (i + 1) & (q->memo_cap - 1)) {
        MemoSlot *s = &q->memo[i];
        if (s->node == NONE) {
            *s = (MemoSlot){key, kind, node};
            q->memo_len++;
            return;
        }
        if (s->key == key && s->kind == kind)
            bug("memo: (kind %u, key %llu) inserted twice", kind, (unsigned long long)key);
    }
}

/* ---- --time-passes ------------------------------------------------- */

/*
 * Timed regions nest as the queries do: each open region keeps the time of
 * its timed children on time_child, and charges only the rest (its self
 * time) to its bucket.  With the option off none of this runs: every call
 * site tests q->opt.time_passes first, so there is no clock call.
 */
static uint64_t
now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static uint64_t
time_begin(QCtx *q)
{
    vec_push(&q->time_child, 0);
    return now_ns();
}

static void
time_end(QCtx *q, uint32_t bucket, uint64_t start)
{
    uint64_t dt = now_ns() - start;
    uint64_t child = q->time_child.data[--q->time_child.len];
    q->times[bucket].ns += dt > child ? dt - child : 0;
    q->times[bucket].runs++;
    if (q->time_child.len)
        q->time_child.data[q->time_child.len - 1] += dt;
}

/* ---- context -------------------------------------------------------- */

static void on_memory_exceeded(size_t live);

QCtx *
q_new(const QueryKind *kinds, uint32_t nkinds, const QClient *client, const QOptions *opt)
{
    QCtx *q = xcalloc(1, sizeof *q);
    q->kinds = kinds;
    q->nkinds = nkinds;
    q->client = *client;
    q->opt = *opt;
    if (!q->opt.max_depth)
        q->opt.max_depth = Q_DEFAULT_DEPTH;
    arena_init(&q->arena);
    q->stats = xcalloc(nkinds, sizeof *q->stats);
    q->dense = xcalloc(nkinds, sizeof *q->dense);
    q->prev_hint = UINT32_MAX;
    q->hasher = hasher_new();
    q->lock_fd = -1;
    vec_push(&q->fx, (NodeFx){0}); /* index 0 = no side effects */
    for (uint32_t i = 0; i < nkinds; i++)
        if (!kinds[i].compute || !kinds[i].key_fp || !kinds[i].key_fmt ||
            (!(kinds[i].flags & Q_NO_HASH) && !kinds[i].hash_result) ||
            ((kinds[i].flags & Q_CACHE_ON_DISK) &&
             (!kinds[i].encode_result || !kinds[i].decode_result)) ||
            ((kinds[i].flags & Q_DEF_KEYED) && (!client->def_from_hash || !client->def_kind)))
            bug("query kind %s is incompletely declared", kinds[i].name);
    if (q->opt.time_passes) {
        q->times = xcalloc(nkinds + T_N, sizeof *q->times);
        q->time_start = now_ns();
    }
    guard_ctx = q;
    if (q->opt.max_memory)
        base_mem_limit(q->opt.max_memory, on_memory_exceeded);
    return q;
}

void *
q_user(QCtx *q)
{
    return q->client.user;
}

Arena *
q_arena(QCtx *q)
{
    return &q->arena;
}

StableHasher *
q_hasher(QCtx *q)
{
    hasher_reset(q->hasher);
    return q->hasher;
}

uint32_t
q_error_count(const QCtx *q)
{
    return q->errors;
}

void
q_start(QCtx *q)
{
    uint64_t t0 = q->opt.time_passes ? time_begin(q) : 0;
    persist_start(q);
    if (q->opt.time_passes)
        time_end(q, q->nkinds + T_LOAD, t0);
}

/* ---- frames, names and guards --------------------------------------- */

void
q_fmt_query(QCtx *q, uint32_t kind, QKey key, Buf *out)
{
    buf_printf(out, "%s(", q->kinds[kind].name);
    q->kinds[kind].key_fmt(q, key, out);
    buf_printf(out, ")");
}

static bool recover_key(QCtx *q, uint32_t p, QKey *key);

static void
fmt_frame(QCtx *q, uint32_t fi, Buf *out, bool recover)
{
    Frame f = q->frames.data[fi]; /* a copy: recovering a key may push frames */
    if (f.has_key) {
        q_fmt_query(q, f.kind, f.key, out);
        return;
    }
    /* a previous-graph node whose key was not needed yet: name it if we can */
    QKey key;
    if (recover && !q->naming_cycle && f.prev != NONE) {
        q->naming_cycle = true; /* recovering may run queries: never recursively */
        bool ok = recover_key(q, f.prev, &key);
        q->naming_cycle = false;
        if (ok) {
            q_fmt_query(q, f.kind, key, out);
            return;
        }
    }
    char hex[33];
    fp_hex(f.prev != NONE ? q->prev.key_fp[f.prev] : FP_ZERO, hex);
    buf_printf(out, "%s(#%.12s)", q->kinds[f.kind].name, hex);
}

static _Noreturn void
fatal_with_frames(QCtx *q, const char *what, const char *hint)
{
    /* no query may run now: pending diagnostics are dropped, the guard is the news */
    fflush(stdout);
    fprintf(stderr, "error: %s\n", what);
    fprintf(stderr, "note: the innermost query frames were:\n");
    uint32_t n = q->frames.len, shown = 0;
    Buf b = {0};
    for (uint32_t i = n; i-- > 0 && shown < 12; shown++) {
        b.len = 0;
        fmt_frame(q, i, &b, false);
        fprintf(stderr, "  #%u %.*s%s\n", n - 1 - i, (int)b.len, (const char *)b.data,
                q->frames.data[i].mode == F_MARK ? " (try-mark-green)" : "");
    }
    if (n > shown)
        fprintf(stderr, "  ... and %u outer frames\n", n - shown);
    fprintf(stderr, "note: %s\n", hint);
    fflush(stderr);
    _Exit(101);
}

static void
on_memory_exceeded(size_t live)
{
    QCtx *q = guard_ctx;
    char what[200];
    snprintf(what, sizeof what, "smelt exceeded its memory budget of %zu bytes (%zu bytes live)",
             q->opt.max_memory, live);
    fatal_with_frames(q, what, "raise the budget with --max-memory=SIZE (e.g. --max-memory=8G)");
}

static uint32_t
push_frame(QCtx *q, Frame f)
{
    if (q->frames.len >= q->opt.max_depth) {
        char what[100];
        snprintf(what, sizeof what, "query depth limit of %u exceeded", q->opt.max_depth);
        fatal_with_frames(q, what, "raise the limit with -Z query-depth=N");
    }
    f.edges_base = q->task_edges.len;
    vec_push(&q->frames, f);
    return q->frames.len - 1;
}

static void
pop_frame(QCtx *q)
{
    q->frames.len--;
}

/* ---- diagnostics and cycles ----------------------------------------- */

static NodeFx *
node_fx(QCtx *q, uint32_t idx)
{
    QNode *n = &q->nodes.data[idx];
    if (!n->fx) {
        vec_push(&q->fx, (NodeFx){0});
        n = &q->nodes.data[idx];
        n->fx = q->fx.len - 1;
    }
    return &q->fx.data[n->fx];
}

static Frame *
top_frame(QCtx *q)
{
    return q->frames.len ? &q->frames.data[q->frames.len - 1] : NULL;
}

void
q_emit(QCtx *q, Diag *d)
{
    Frame *f = top_frame(q);
    if (f && f->mode == F_RECOMPUTE) {
        diag_free(d); /* already replayed with the green node */
        return;
    }
    if (d->level == DIAG_ERROR)
        q->errors++;
    if (f && f->mode == F_RUN) {
        NodeFx *fx = node_fx(q, f->node);
        vec_push(&fx->diags, d);
    } else {
        vec_push(&q->loose, d);
    }
    vec_push(&q->shown, d);
}

/* Reports the cycle that starts at frame `start` and closes on `kind(key)`. */
static void
report_cycle(QCtx *q, uint32_t start)
{
    Buf b = {0};
    uint32_t end = q->frames.len;
    for (uint32_t i = start; i < end; i++) {
        fmt_frame(q, i, &b, true);
        buf_printf(&b, " -> ");
    }
    fmt_frame(q, start, &b, true);
    Fingerprint key = fp_bytes(b.data, b.len);
    if (hmap_get(&q->cycles_seen, key)) {
        buf_free(&b);
        /* the same cycle reached again: still an error, reported once */
        return;
    }
    hmap_put(&q->cycles_seen, key, 1);
    Diag *d = diag_new(DIAG_ERROR, "E0391", (DiagSpan){FP_ZERO, 0, 0},
                       "cycle detected when computing %.*s", (int)b.len, (const char *)b.data);
    b.len = 0;
    fmt_frame(q, start, &b, true);
    diag_note(d, "...which again requires computing %.*s, completing the cycle", (int)b.len,
              (const char *)b.data);
    buf_free(&b);
    /* a cycle belongs to the session, not to a node: it is never replayed */
    q->errors++;
    vec_push(&q->loose, d);
    vec_push(&q->shown, d);
}

/* ---- nodes ---------------------------------------------------------- */

/*
 * A node that continues previous node `prev` takes the same index, so a
 * green node's edges are the previous session's edges as they are: no
 * translation, no random reads.  New nodes go after the previous graph.
 */
Fingerprint
node_key_fp(const QCtx *q, const QNode *n)
{
    return n->fpi != NONE ? q->fps.data[n->fpi].key : q->prev.key_fp[n->prev];
}

Fingerprint
node_result_fp(const QCtx *q, const QNode *n)
{
    return n->fpi != NONE ? q->fps.data[n->fpi].result : q->prev.result_fp[n->prev];
}

/* Is this node counted in the statistics (see QOptions.stats_user_only)? */
static bool
counted(QCtx *q, uint32_t idx)
{
    if (!q->opt.stats_user_only || !q->client.key_internal)
        return true;
    const QNode *n = &q->nodes.data[idx];
    if (n->fpi == NONE && n->prev == NONE)
        return true;
    return !q->client.key_internal(q, n->kind, node_key_fp(q, n));
}

/* Gives a node fingerprints of its own (a new node, or one that executed). */
static NodeFps *
node_own_fps(QCtx *q, QNode *n)
{
    if (n->fpi == NONE) {
        NodeFps f = {q->prev.key_fp[n->prev], FP_ZERO};
        vec_push(&q->fps, f);
        n->fpi = q->fps.len - 1;
    }
    return &q->fps.data[n->fpi];
}

static uint32_t
node_new(QCtx *q, uint32_t kind, Fingerprint key_fp, uint8_t def_kind, uint32_t prev)
{
    uint32_t idx;
    if (prev != NONE && prev < q->nodes.len && q->nodes.data[prev].state == NS_VACANT) {
        idx = prev;
    } else {
        vec_reserve(&q->nodes, 1);
        idx = q->nodes.len++;
    }
    QNode *n = &q->nodes.data[idx];
    memset(n, 0, sizeof *n);
    n->kind = (uint16_t)kind;
    n->def_kind = def_kind;
    n->prev = prev;
    n->frame = NONE;
    n->fpi = NONE;
    n->state = NS_MARKING;
    if (prev == NONE) {
        NodeFps f = {key_fp, FP_ZERO};
        vec_push(&q->fps, f);
        q->nodes.data[idx].fpi = q->fps.len - 1;
    }
    if (counted(q, idx))
        q->stats[kind].total++;
    return idx;
}

static void
node_set_key(QCtx *q, uint32_t idx, QKey key)
{
    QNode *n = &q->nodes.data[idx];
    if (n->has_key)
        return;
    n->key = key;
    n->has_key = 1;
    memo_put(q, n->kind, key, idx);
}

static void
read_edge(QCtx *q, uint32_t dep)
{
    Frame *f = top_frame(q);
    if (f && f->mode == F_RUN)
        vec_push(&q->task_edges, dep);
}

/* -Z incremental-info: a previous node whose path now names another def kind. */
static void
note_stale_def(QCtx *q, uint32_t kind, QKey key)
{
    if (!q->opt.incr_info)
        return;
    Buf b = {0};
    q_fmt_query(q, kind, key, &b);
    fprintf(stderr,
            "[incremental] %.*s: the previous node with this path was another kind of "
            "definition; it is red and is not forced\n",
            (int)b.len, (const char *)b.data);
    buf_free(&b);
}

/* Runs the compute function of node `idx` as a task: reads are recorded. */
static void
execute(QCtx *q, uint32_t idx, bool forced)
{
    QNode *n = &q->nodes.data[idx];
    uint32_t kind = n->kind;
    const QueryKind *k = &q->kinds[kind];
    n->state = NS_RUNNING;
    uint32_t fr = push_frame(q, (Frame){idx, n->prev, 0, 0, n->key, (uint16_t)kind, F_RUN, 1});
    n = &q->nodes.data[idx];
    n->frame = fr;
    if (n->prev != NONE) {
        q->prev.color[n->prev] = C_ACTIVE;
        q->prev.cur[n->prev] = fr;
    }
    /* timed: the query itself and the hashing of its result */
    uint64_t t0 = q->opt.time_passes ? time_begin(q) : 0;
    const void *value = k->compute(q, n->key);
    n = &q->nodes.data[idx];
    Frame *f = top_frame(q);
    uint32_t base = f->edges_base, count = q->task_edges.len - base;
    n->edge_lo = q->edges.len;
    n->edge_len = count;
    if (count) {
        vec_reserve(&q->edges, count);
        memcpy(q->edges.data + q->edges.len, q->task_edges.data + base, count * sizeof(uint32_t));
        q->edges.len += count;
    }
    q->task_edges.len = base;
    pop_frame(q);

    n->value = value;
    n->has_value = 1;
    n->computed = 1;
    n->state = NS_DONE;
    n->frame = NONE;
    Fingerprint result = FP_ZERO;
    if (k->flags & Q_NO_HASH)
        n->no_fp = 1;
    else
        result = k->hash_result(q, value);
    if (q->opt.time_passes)
        time_end(q, kind, t0);
    n = &q->nodes.data[idx];
    node_own_fps(q, n)->result = result;
    bool green = n->prev != NONE && !n->no_fp && !(q->prev.flags[n->prev] & NF_NO_FP) &&
                 fp_eq(result, q->prev.result_fp[n->prev]);
    n->green = green;
    if (n->prev != NONE) {
        q->prev.color[n->prev] = green ? C_GREEN : C_RED;
        q->prev.cur[n->prev] = idx;
    }
    if (counted(q, idx)) {
        q->stats[kind].executed++;
        if (forced)
            q->stats[kind].forced++;
    }
}

/* ---- red-green ------------------------------------------------------ */

static bool mark_green(QCtx *q, uint32_t p, uint32_t cur);
static bool walk_reads(QCtx *q, uint32_t p, uint32_t e);
static bool force(QCtx *q, uint32_t p);

static void
fx_clear(NodeFx *fx)
{
    for (uint32_t j = 0; j < fx->diags.len; j++)
        diag_free(fx->diags.data[j]);
    for (uint32_t j = 0; j < fx->ents.len; j++)
        xfree((void *)fx->ents.data[j].data, fx->ents.data[j].len);
    vec_free(&fx->diags);
    vec_free(&fx->ents);
    vec_free(&fx->ent_keys);
}

/*
 * Decodes a previous node's side effects and re-creates its entities.
 * False when they do not decode or do not fit this session: the node is
 * then not reused (its query runs), never a crash.
 */
static bool
decode_fx(QCtx *q, uint32_t p, NodeFx *fx)
{
    uint32_t lo = q->prev.fx_off[p], hi = q->prev.fx_off[p + 1];
    memset(fx, 0, sizeof *fx);
    if (lo == hi)
        return true;
    Reader r = rd_make(q->prev.fx_blob + lo, hi - lo);
    if (!fx_decode(q, &r, fx) || r.p != r.end) {
        fx_clear(fx);
        return false;
    }
    if (fx->ents.len) {
        /* re-creating entities may read the client's tables: not this node's reads */
        push_frame(q, (Frame){NONE, p, 0, 0, 0, q->prev.kind[p], F_IGNORE, 0});
        for (uint32_t i = 0; i < fx->ents.len; i++) {
            QKey key = q->client.entity_create(q, &fx->ents.data[i]);
            if (key == Q_NO_KEY) {
                pop_frame(q);
                fx_clear(fx);
                return false;
            }
            vec_push(&fx->ent_keys, key);
        }
        pop_frame(q);
    }
    return true;
}

static void
replay_fx(QCtx *q, uint32_t idx, NodeFx *fx)
{
    for (uint32_t i = 0; i < fx->diags.len; i++) {
        if (fx->diags.data[i]->level == DIAG_ERROR)
            q->errors++;
        vec_push(&q->shown, fx->diags.data[i]);
    }
    if (fx->diags.len || fx->ents.len) {
        NodeFx *dst = node_fx(q, idx);
        *dst = *fx;
    }
}

/* try-mark-green's walk over a previous node's reads, from read `e` on */
static bool
walk_reads(QCtx *q, uint32_t p, uint32_t e)
{
    Prev *pv = &q->prev;
    bool ok = true;
    for (; ok && e < pv->edge_start[p + 1]; e++) {
        uint32_t d = pv->edges[e];
        switch (pv->color[d]) {
        case C_GREEN:
            break;
        case C_RED:
            ok = false;
            break;
        case C_ACTIVE:
            /*
             * The recorded reads before this one are all green, so executing
             * this node would read `d` again, and `d` is in progress: a cycle.
             */
            report_cycle(q, pv->cur[d]);
            ok = false;
            break;
        case C_UNKNOWN:
            if (!(q->kinds[pv->kind[d]].flags & Q_EVAL_ALWAYS) && mark_green(q, d, NONE))
                break;
            if (pv->color[d] == C_UNKNOWN && !force(q, d))
                ok = false;
            else if (pv->color[d] != C_GREEN)
                ok = false;
            break;
        default:
            unreachable();
        }
    }
    return ok;
}

/*
 * try-mark-green: walks the previous node's reads in their recorded order.
 * `cur` is the current node when the caller knows the key, else NONE.
 */
static bool mark_green_walk(QCtx *q, uint32_t p, uint32_t cur);

static bool
mark_green(QCtx *q, uint32_t p, uint32_t cur)
{
    if (!q->opt.time_passes)
        return mark_green_walk(q, p, cur);
    uint64_t t0 = time_begin(q);
    bool ok = mark_green_walk(q, p, cur);
    time_end(q, q->nkinds + T_MARK, t0);
    return ok;
}

static bool
mark_green_walk(QCtx *q, uint32_t p, uint32_t cur)
{
    Prev *pv = &q->prev;
    uint32_t kind = pv->kind[p];
    /* the common case: every read is already green, nothing to walk into */
    uint32_t e0 = pv->edge_start[p], e1 = pv->edge_start[p + 1], e = e0;
    while (e < e1 && pv->color[pv->edges[e]] == C_GREEN)
        e++;
    bool ok = true;
    if (e < e1) {
        Frame fr = {cur, p, 0, 0, 0, (uint16_t)kind, F_MARK, 0};
        if (cur != NONE) {
            fr.key = q->nodes.data[cur].key;
            fr.has_key = 1;
        }
        uint32_t fi = push_frame(q, fr);
        pv->color[p] = C_ACTIVE;
        pv->cur[p] = fi;
        ok = walk_reads(q, p, e);
        pop_frame(q);
    }
    NodeFx fx = {0};
    if (ok)
        ok = decode_fx(q, p, &fx);
    if (!ok) {
        if (pv->color[p] == C_ACTIVE)
            pv->color[p] = C_UNKNOWN;
        return false;
    }
    /* every read is green: the node is green without running */
    uint32_t idx = cur;
    if (idx == NONE)
        idx = node_new(q, kind, pv->key_fp[p], pv->def_kind[p], p);
    QNode *n = &q->nodes.data[idx];
    n->prev = p;
    n->no_fp = (pv->flags[p] & NF_NO_FP) != 0;
    n->green = 1;
    n->state = NS_DONE;
    n->frame = NONE;
    /* its reads are the previous node's, all green and at the same indices:
     * they stay in the mapped previous graph (EDGES_PREV), nothing is copied */
    n->edge_lo = EDGES_PREV;
    n->edge_len = pv->edge_start[p + 1] - pv->edge_start[p];
    if (q->opt.verify)
        for (uint32_t k = pv->edge_start[p]; k < pv->edge_start[p + 1]; k++)
            if (pv->cur[pv->edges[k]] != pv->edges[k])
                bug("a green node's read is not at its previous index");
    pv->color[p] = C_GREEN;
    pv->cur[p] = idx;
    if (counted(q, idx))
        q->stats[kind].green++;
    replay_fx(q, idx, &fx);
    return true;
}

static bool
recover_key(QCtx *q, uint32_t p, QKey *key)
{
    Prev *pv = &q->prev;
    const QueryKind *k = &q->kinds[pv->kind[p]];
    if (k->flags & Q_DEF_KEYED) {
        Frame fr = {NONE, p, 0, 0, 0, pv->kind[p], F_IGNORE, 0};
        push_frame(q, fr);
        bool found = q->client.def_from_hash(q, pv->key_fp[p], key);
        uint8_t dk = found ? q->client.def_kind(q, *key) : 0;
        pop_frame(q);
        if (!found)
            return false;
        if (dk != pv->def_kind[p]) {
            /* invariant 2: the path now names another kind of definition */
            note_stale_def(q, pv->kind[p], *key);
            pv->color[p] = C_RED;
            pv->cur[p] = NONE;
            return false;
        }
        return true;
    }
    if (!k->key_decode)
        return false;
    uint32_t lo = pv->key_off[p], hi = pv->key_off[p + 1];
    Reader r = rd_make(pv->key_blob + lo, hi - lo);
    bool ok = k->key_decode(q, &r, key) && !r.bad;
    /* a decoded key must still be the same key */
    return ok && fp_eq(k->key_fp(q, *key), pv->key_fp[p]);
}

/* Re-executes a previous node from its recovered key; sets its color. */
static bool
force(QCtx *q, uint32_t p)
{
    Prev *pv = &q->prev;
    uint32_t kind = pv->kind[p];
    QKey key;
    if (!recover_key(q, p, &key)) {
        if (q->opt.incr_info) {
            char hex[33];
            fp_hex(pv->key_fp[p], hex);
            fprintf(stderr, "[incremental] %s(#%.12s) cannot be forced: its key is gone\n",
                    q->kinds[kind].name, hex);
        }
        return false;
    }
    uint32_t idx = memo_get(q, kind, key);
    if (idx != NONE) {
        QNode *n = &q->nodes.data[idx];
        if (n->state != NS_DONE) {
            report_cycle(q, n->frame);
            return false;
        }
        return n->prev == p;
    }
    idx = node_new(q, kind, pv->key_fp[p], pv->def_kind[p], p);
    node_set_key(q, idx, key);
    execute(q, idx, true);
    return true;
}

/* ---- values --------------------------------------------------------- */

static const void *
recompute(QCtx *q, uint32_t idx)
{
    QNode *n = &q->nodes.data[idx];
    Frame fr = {idx, n->prev, 0, 0, n->key, n->kind, F_RECOMPUTE, 1};
    push_frame(q, fr);
    uint32_t kind = n->kind;
    uint64_t t0 = q->opt.time_passes ? time_begin(q) : 0;
    const void *v = q->kinds[kind].compute(q, n->key);
    if (q->opt.time_passes)
        time_end(q, kind, t0);
    pop_frame(q);
    if (counted(q, idx))
        q->stats[q->nodes.data[idx].kind].recomputed++;
    return v;
}

static void
verify_failed(QCtx *q, uint32_t idx)
{
    QNode *n = &q->nodes.data[idx];
    Buf b = {0};
    q_fmt_query(q, n->kind, n->key, &b);
    Diag *d = diag_new(DIAG_ERROR, "", (DiagSpan){FP_ZERO, 0, 0},
                       "incremental verification failed: %.*s recomputed to a different result "
                       "than the one reused from the previous session",
                       (int)b.len, (const char *)b.data);
    diag_note(d, "the query read something it did not record as a dependency; this is a bug "
                 "in smelt");
    buf_free(&b);
    q->errors++;
    vec_push(&q->loose, d);
    vec_push(&q->shown, d);
}

/* The value of a done node: green nodes load from the cache or recompute. */
static const void *
node_value(QCtx *q, uint32_t idx)
{
    QNode *n = &q->nodes.data[idx];
    if (n->has_value)
        return n->value;
    const QueryKind *k = &q->kinds[n->kind];
    const void *v = NULL;
    uint32_t p = n->prev;
    if ((k->flags & Q_CACHE_ON_DISK) && p != NONE && q->prev.res_off &&
        q->prev.res_off[p] != q->prev.res_off[p + 1]) {
        Reader r = rd_make(q->prev.res_blob + q->prev.res_off[p],
                           q->prev.res_off[p + 1] - q->prev.res_off[p]);
        uint64_t t0 = q->opt.time_passes ? time_begin(q) : 0;
        v = k->decode_result(q, &r);
        if (q->opt.time_passes)
            time_end(q, q->nkinds + T_DECODE, t0);
        if (v && !r.bad) {
            if (counted(q, idx))
                q->stats[n->kind].loaded++;
            q->nodes.data[idx].loaded = 1;
        } else {
            v = NULL;
        }
    }
    bool fresh = false;
    if (!v) {
        v = recompute(q, idx);
        fresh = true;
    }
    n = &q->nodes.data[idx];
    if (q->opt.verify && !fresh && !n->no_fp &&
        !fp_eq(k->hash_result(q, v), node_result_fp(q, n))) {
        /* the cached bytes do not decode to the result they were saved as */
        verify_failed(q, idx);
    }
    if (q->opt.verify || fresh) {
        const void *check = fresh ? v : recompute(q, idx);
        n = &q->nodes.data[idx];
        if (!n->no_fp && !fp_eq(k->hash_result(q, check), node_result_fp(q, n))) {
            verify_failed(q, idx);
            v = check;
            n = &q->nodes.data[idx];
        }
    }
    n->value = v;
    n->has_value = 1;
    return v;
}

/* ---- the entry point ------------------------------------------------ */

/* Brings (kind, key) to a done node; NONE when the request closed a cycle. */
static uint32_t
node_for(QCtx *q, uint32_t kind, QKey key)
{
    uint32_t idx = memo_get(q, kind, key);
    if (idx != NONE) {
        QNode *n = &q->nodes.data[idx];
        if (n->state != NS_DONE) {
            report_cycle(q, n->frame);
            return NONE;
        }
        return idx;
    }
    const QueryKind *k = &q->kinds[kind];
    Fingerprint kfp = k->key_fp(q, key);
    uint8_t dk = (k->flags & Q_DEF_KEYED) ? q->client.def_kind(q, key) : 0;
    uint32_t p = NONE;
    if (q->have_prev) {
        bool differs = false;
        p = prev_find(q, kind, kfp, dk, &differs);
        if (differs)
            note_stale_def(q, kind, key);
    }
    if (p != NONE) {
        switch (q->prev.color[p]) {
        case C_GREEN:
        case C_RED:
            if (q->prev.cur[p] == NONE) {
                p = NONE; /* a stale node: this key starts afresh */
                break;
            }
            /* reached earlier from the previous graph, before its key was known */
            idx = q->prev.cur[p];
            node_set_key(q, idx, key);
            return idx;
        case C_ACTIVE: {
            uint32_t fr = q->prev.cur[p];
            report_cycle(q, fr);
            return NONE;
        }
        case C_UNKNOWN:
            break;
        default:
            unreachable();
        }
    }
    idx = node_new(q, kind, kfp, dk, p);
    node_set_key(q, idx, key);
    QNode *n = &q->nodes.data[idx];
    if (p != NONE && !(k->flags & Q_EVAL_ALWAYS)) {
        n->state = NS_MARKING;
        n->frame = q->frames.len;
        if (mark_green(q, p, idx))
            return idx;
        n = &q->nodes.data[idx];
        if (q->prev.color[p] == C_GREEN || q->prev.color[p] == C_RED)
            bug("node marked while its mark failed");
    }
    execute(q, idx, false);
    return idx;
}

const void *
q_get(QCtx *q, uint32_t kind, QKey key)
{
    uint32_t idx = node_for(q, kind, key);
    if (idx == NONE) {
        if (!q->kinds[kind].cycle_recovery) {
            /* no query may run now (not even to print): say it all in one message */
            const char *cycle = "";
            for (uint32_t i = q->loose.len; i-- > 0;)
                if (!strcmp(q->loose.data[i]->code, "E0391")) {
                    cycle = q->loose.data[i]->msg;
                    break;
                }
            Buf what = {0};
            buf_printf(&what, "%s, and `%s` cannot recover from a cycle", cycle,
                       q->kinds[kind].name);
            buf_u8(&what, 0);
            fatal_with_frames(q, (const char *)what.data,
                              "this is a bug in smelt or a corrupt incremental cache; retry "
                              "with SMELT_INCREMENTAL=0");
        }
        return q->kinds[kind].cycle_recovery(q, key);
    }
    read_edge(q, idx);
    return node_value(q, idx);
}

const void *
q_get_untracked(QCtx *q, uint32_t kind, QKey key)
{
    push_frame(q, (Frame){NONE, NONE, 0, 0, key, (uint16_t)kind, F_IGNORE, 1});
    const void *v = q_get(q, kind, key);
    pop_frame(q);
    return v;
}

void
q_ensure(QCtx *q, uint32_t kind, QKey key)
{
    uint32_t idx = node_for(q, kind, key);
    if (idx != NONE)
        read_edge(q, idx);
}

QColor
q_color(QCtx *q, uint32_t kind, QKey key, bool *loaded)
{
    *loaded = false;
    uint32_t idx = memo_get(q, kind, key);
    if (idx == NONE && q->have_prev) {
        /* marked green from the previous graph without its key being asked for */
        const QueryKind *k = &q->kinds[kind];
        bool differs;
        uint8_t dk = (k->flags & Q_DEF_KEYED) ? q->client.def_kind(q, key) : 0;
        uint32_t p = prev_find(q, kind, k->key_fp(q, key), dk, &differs);
        if (p != NONE && (q->prev.color[p] == C_GREEN || q->prev.color[p] == C_RED))
            idx = q->prev.cur[p];
    }
    if (idx == NONE)
        return Q_ABSENT;
    QNode *n = &q->nodes.data[idx];
    if (n->state != NS_DONE)
        return Q_ABSENT;
    *loaded = n->loaded;
    return n->green ? Q_GREEN : Q_RED;
}

uint32_t
q_kind_by_name(const QCtx *q, const char *name)
{
    for (uint32_t i = 0; i < q->nkinds; i++)
        if (!strcmp(q->kinds[i].name, name))
            return i;
    return UINT32_MAX;
}

/* ---- entities ------------------------------------------------------- */

QKey
q_create_entity(QCtx *q, Fingerprint parent, uint32_t space, const void *data, uint32_t len)
{
    Frame *f = top_frame(q);
    if (!f || (f->mode != F_RUN && f->mode != F_RECOMPUTE))
        bug("q_create_entity outside a running query");
    uint32_t ordinal = f->ent_ordinal++;
    uint32_t node = f->node;
    NodeFx *fx = node_fx(q, node);
    if (ordinal < fx->ent_keys.len) {
        /* replayed or created earlier in this session: the same entity */
        QEntity *e = &fx->ents.data[ordinal];
        if (fp_eq(e->parent, parent) && e->space == space && e->len == len &&
            (!len || !memcmp(e->data, data, len)))
            return q->client.entity_key ? q->client.entity_key(q, fx->ent_keys.data[ordinal])
                                        : fx->ent_keys.data[ordinal];
    }
    if (f->mode == F_RECOMPUTE || ordinal < fx->ent_keys.len) {
        /*
         * The node was reused with a record of its entities that its query
         * does not reproduce: only an inconsistent cache does this.  An
         * error (the session is then not saved), never an abort.
         */
        if (!fx->inconsistent) {
            fx->inconsistent = true;
            verify_failed(q, node);
        }
        if (ordinal < fx->ent_keys.len)
            return q->client.entity_key ? q->client.entity_key(q, fx->ent_keys.data[ordinal])
                                        : fx->ent_keys.data[ordinal];
    }
    uint32_t dis = 0;
    for (uint32_t i = 0; i < fx->ents.len; i++)
        dis += fp_eq(fx->ents.data[i].parent, parent) && fx->ents.data[i].space == space;
    QEntity e = {parent, space, dis, NULL, len};
    if (len) {
        void *copy = xmalloc(len);
        memcpy(copy, data, len);
        e.data = copy;
    }
    vec_push(&fx->ents, e);
    QKey key = q->client.entity_create(q, &e);
    fx = node_fx(q, node);
    if (key == Q_NO_KEY)
        fatal_with_frames(q, "the incremental cache records definitions that this session "
                             "cannot re-create",
                          "remove the incremental directory or retry with SMELT_INCREMENTAL=0");
    vec_push(&fx->ent_keys, key);
    return key;
}

/* ---- output --------------------------------------------------------- */

typedef struct {
    Diag *d;
    const char *file;
    size_t pos;
    uint32_t order;
    bool located;
} Placed;

static int
placed_cmp(const void *a, const void *b)
{
    const Placed *x = a, *y = b;
    if (x->located != y->located)
        return x->located ? -1 : 1;
    if (x->located) {
        int c = strcmp(x->file, y->file);
        if (c)
            return c;
        if (x->pos != y->pos)
            return x->pos < y->pos ? -1 : 1;
    }
    return x->order < y->order ? -1 : x->order > y->order;
}

void
q_print_diags(QCtx *q, FILE *out)
{
    uint32_t n = q->shown.len;
    if (!n)
        return;
    Placed *ps = xmalloc(n * sizeof *ps);
    for (uint32_t i = 0; i < n; i++) {
        Diag *d = q->shown.data[i];
        const char *text;
        size_t len;
        uint32_t base = 0;
        ps[i] = (Placed){d, "", 0, i, false};
        if (!fp_eq(d->span.anchor, FP_ZERO) && q->client.resolve_anchor &&
            q->client.resolve_anchor(q->client.user, d->span.anchor, &ps[i].file, &text, &len,
                                     &base)) {
            ps[i].located = true;
            /* by line, then in emission order (rustc's order within a line) */
            ps[i].pos = diag_line_of(text, len, (uint32_t)(base + d->span.lo), NULL);
        }
    }
    qsort(ps, n, sizeof *ps, placed_cmp);
    uint32_t warnings = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (q->opt.json_diags)
            diag_render_json(ps[i].d, out, q->client.resolve_anchor, q->client.user);
        else
            diag_render(ps[i].d, out, q->client.resolve_anchor, q->client.user);
        warnings += ps[i].d->level == DIAG_WARNING;
    }
    xfree(ps, n * sizeof *ps);
    q->shown.len = 0;
    if (q->opt.json_diags)
        return;
    if (warnings)
        fprintf(out, "warning: %u warning%s emitted\n\n", warnings, warnings == 1 ? "" : "s");
    if (q->errors)
        fprintf(out, "error: aborting due to %u previous error%s\n\n", q->errors,
                q->errors == 1 ? "" : "s");
}

void
q_print_stats(QCtx *q, FILE *out)
{
    fprintf(out, "query-stats:\n%-16s %10s %10s %10s %10s %10s %10s\n", "kind", "executed",
            "green", "loaded", "forced", "recomputed", "total");
    KindStats sum = {0};
    for (uint32_t i = 0; i < q->nkinds; i++) {
        KindStats *s = &q->stats[i];
        fprintf(out, "%-16s %10llu %10llu %10llu %10llu %10llu %10llu\n", q->kinds[i].name,
                (unsigned long long)s->executed, (unsigned long long)s->green,
                (unsigned long long)s->loaded, (unsigned long long)s->forced,
                (unsigned long long)s->recomputed, (unsigned long long)s->total);
        sum.executed += s->executed;
        sum.green += s->green;
        sum.loaded += s->loaded;
        sum.forced += s->forced;
        sum.recomputed += s->recomputed;
        sum.total += s->total;
    }
    fprintf(out, "%-16s %10llu %10llu %10llu %10llu %10llu %10llu\n", "(all)",
            (unsigned long long)sum.executed, (unsigned long long)sum.green,
            (unsigned long long)sum.loaded, (unsigned long long)sum.forced,
            (unsigned long long)sum.recomputed, (unsigned long long)sum.total);
}

typedef struct {
    const char *name;
    PassTime t;
} PassRow;

static int
pass_row_cmp(const void *a, const void *b)
{
    const PassRow *x = a, *y = b;
    if (x->t.ns != y->t.ns)
        return x->t.ns > y->t.ns ? -1 : 1;
    return strcmp(x->name, y->name);
}

/* runs 0: a row that is not a count of executions (the rest, the total) */
static void
print_pass_row(FILE *out, const char *name, PassTime t)
{
    if (t.runs)
        fprintf(out, "time: %10.3f ms  (%8llu runs)  %s\n", (double)t.ns / 1e6,
                (unsigned long long)t.runs, name);
    else
        fprintf(out, "time: %10.3f ms  %16s  %s\n", (double)t.ns / 1e6, "", name);
}

void
q_print_time_passes(QCtx *q, FILE *out)
{
    if (!q->opt.time_passes)
        return;
    static const char *const engine_rows[T_N] = {
        [T_LOAD] = "(load incremental cache)",
        [T_SAVE] = "(save incremental cache)",
        [T_MARK] = "(try-mark-green)",
        [T_DECODE] = "(decode cached results)",
    };
    uint32_t n = q->nkinds + T_N, len = 0;
    PassRow *rows = xmalloc(n * sizeof *rows);
    uint64_t timed = 0;
    for (uint32_t i = 0; i < n; i++) {
        timed += q->times[i].ns;
        if (q->times[i].runs)
            rows[len++] = (PassRow){i < q->nkinds ? q->kinds[i].name : engine_rows[i - q->nkinds],
                                    q->times[i]};
    }
    qsort(rows, len, sizeof *rows, pass_row_cmp);
    uint64_t total = now_ns() - q->time_start;
    fprintf(out, "time-passes: self time (nested queries excluded) and runs, by query kind\n");
    for (uint32_t i = 0; i < len; i++)
        print_pass_row(out, rows[i].name, rows[i].t);
    /* the engine's bookkeeping between queries, and the client outside any query */
    print_pass_row(out, "(untimed: engine and driver outside the above)",
                   (PassTime){total > timed ? total - timed : 0, 0});
    print_pass_row(out, "total", (PassTime){total, 0});
    xfree(rows, n * sizeof *rows);
}

void
q_finish(QCtx *q)
{
    if (q->frames.len)
        bug("q_finish with %u active frames", q->frames.len);
    uint64_t t0 = q->opt.time_passes ? time_begin(q) : 0;
    persist_finish(q);
    if (q->opt.time_passes)
        time_end(q, q->nkinds + T_SAVE, t0);
}

void
q_free(QCtx *q)
{
    persist_close(q);
    base_mem_limit(SIZE_MAX, NULL);
    for (uint32_t i = 1; i < q->fx.len; i++)
        fx_clear(&q->fx.data[i]);
    for (uint32_t i = 0; i < q->loose.len; i++)
        diag_free(q->loose.data[i]);
    vec_free(&q->loose);
    vec_free(&q->shown);
    vec_free(&q->fx);
    vec_free(&q->nodes);
    vec_free(&q->fps);
    vec_free(&q->edges);
    vec_free(&q->task_edges);
    vec_free(&q->frames);
    hmap_free(&q->cycles_seen);
    xfree(q->memo, (size_t)q->memo_cap * sizeof(MemoSlot));
    xfree(q->stats, q->nkinds * sizeof *q->stats);
    if (q->times)
        xfree(q->times, (q->nkinds + T_N) * sizeof *q->times);
    vec_free(&q->time_child);
    for (uint32_t i = 0; i < q->nkinds; i++)
        xfree(q->dense[i].node, (size_t)q->dense[i].cap * sizeof(uint32_t));
    xfree(q->dense, q->nkinds * sizeof *q->dense);
    hasher_free(q->hasher);
    arena_free(&q->arena);
    if (guard_ctx == q)
        guard_ctx = NULL;
    xfree(q, sizeof *q);
}

/* ---- helpers for clients ------------------------------------------------ */

Fingerprint
q_unit_key_fp(QCtx *q, QKey key)
{
    (void)q, (void)key;
    return FP_ZERO;
}

void
q_unit_key_fmt(QCtx *q, QKey key, Buf *out)
{
    (void)q, (void)key, (void)out;
}

void
q_unit_key_encode(QCtx *q, QKey key, Buf *out)
{
    (void)q, (void)key, (void)out;
}

bool
q_unit_key_decode(QCtx *q, Reader *r, QKey *key)
{
    (void)q, (void)r;
    *key = 0;
    return true;
}

const QStr *
q_str_new(QCtx *q, const char *text, size_t len)
{
    QStr *s = arena_alloc(&q->arena, sizeof *s);
    s->text = arena_strndup(&q->arena, text ? text : "", text ? len : 0);
    s->len = (uint32_t)(text ? len : 0);
    return s;
}

Fingerprint
q_str_hash(QCtx *q, const void *r)
{
    const QStr *s = r;
    StableHasher *h = q_hasher(q);
    hasher_bytes(h, s->text, s->len);
    return hasher_finish(h);
}

void
q_str_encode(QCtx *q, const void *r, Buf *b)
{
    (void)q;
    const QStr *s = r;
    buf_str(b, s->text, s->len);
}

const void *
q_str_decode(QCtx *q, Reader *r)
{
    uint32_t len;
    const char *text = rd_str(r, &len);
    return r->bad ? NULL : q_str_new(q, text, len);
}

#ifndef SMELT_BUILD_ID
#define SMELT_BUILD_ID "dev"
#endif
const char q_build_id[] = SMELT_BUILD_ID;
