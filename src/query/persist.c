/*
 * persist.c — the incremental directory and the on-disk formats.
 *
 *   <dir>/lock                      flock: one compiler at a time
 *   <dir>/s-<time>-<rand>/          the finalized session
 *        dep-graph.bin              nodes, CSR edges, index, keys, side effects
 *        query-cache.bin            results of Q_CACHE_ON_DISK kinds
 *        client.bin                 the client's own bytes (QClient.save_blob), if any
 *   <dir>/s-<time>-<rand>-working/  a session being written
 *
 * A session is written into its -working directory and finalized by an
 * atomic rename; older sessions are then deleted.  Every file starts with a
 * 64-byte header: magic, format version, file kind, compiler build id,
 * payload length and an XXH3-128 checksum of the payload.  Anything wrong
 * with a file is one warning and a clean build.
 *
 * A second compiler that finds the lock taken does not wait: it warns and
 * compiles without reading or writing the cache (no hang, no corruption).
 */
#include "internal.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

enum {
    FORMAT_VERSION = 2,
    HEADER_SIZE = 64,
    FILE_GRAPH = 0x48505247, /* "GRPH" */
    FILE_CACHE = 0x48434143, /* "CACH" */
    FILE_CLIENT = 0x544e4c43, /* "CLNT" */
};
static const char MAGIC[8] = {'S', 'M', 'E', 'L', 'T', 'I', 'N', 'C'};

_Static_assert(sizeof(Fingerprint) == 16, "fingerprints are stored as 16 raw bytes");
#if __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "the cache format maps little-endian arrays directly"
#endif

static Fingerprint
build_fp(void)
{
    return fp_bytes(q_build_id, strlen(q_build_id));
}

void
persist_warn(QCtx *q, const char *reason)
{
    fprintf(stderr, "warning: incremental cache at %s is unusable (%s); rebuilding from scratch\n",
            q->opt.incr_dir, reason);
}

/* ---- side effects --------------------------------------------------- */

void
fx_encode(QCtx *q, const NodeFx *fx, Buf *b)
{
    (void)q;
    buf_u32(b, fx->diags.len);
    for (uint32_t i = 0; i < fx->diags.len; i++)
        diag_encode(fx->diags.data[i], b);
    buf_u32(b, fx->ents.len);
    for (uint32_t i = 0; i < fx->ents.len; i++) {
        const QEntity *e = &fx->ents.data[i];
        buf_fp(b, e->parent);
        buf_u32(b, e->space);
        buf_u32(b, e->disambig);
        buf_str(b, e->data, e->len);
    }
}

bool
fx_decode(QCtx *q, Reader *r, NodeFx *fx)
{
    (void)q;
    uint32_t nd = rd_u32(r);
    for (uint32_t i = 0; i < nd && !r->bad; i++) {
        Diag *d = diag_decode(r);
        if (d)
            vec_push(&fx->diags, d);
    }
    uint32_t ne = rd_u32(r);
    for (uint32_t i = 0; i < ne && !r->bad; i++) {
        QEntity e;
        e.parent = rd_fp(r);
        e.space = rd_u32(r);
        e.disambig = rd_u32(r);
        const char *data = rd_str(r, &e.len);
        if (r->bad)
            break;
        void *copy = e.len ? xmalloc(e.len) : NULL;
        if (e.len)
            memcpy(copy, data, e.len);
        e.data = copy;
        vec_push(&fx->ents, e);
    }
    return !r->bad;
}

/* ---- the index: (kind, key fingerprint) -> previous node ------------ */

static uint32_t
index_slot(uint32_t kind, Fingerprint fp, uint32_t cap)
{
    uint64_t x = fp.lo ^ (fp.hi >> 7) ^ ((uint64_t)kind * 0x9E3779B97F4A7C15ull);
    x ^= x >> 32;
    return (uint32_t)x & (cap - 1);
}

static uint32_t
fp_tag(Fingerprint fp)
{
    return (uint32_t)(fp.hi >> 32);
}

static bool
prev_matches(const Prev *pv, uint32_t p, uint32_t kind, Fingerprint key_fp)
{
    return pv->kind[p] == kind && fp_eq(pv->key_fp[p], key_fp);
}

uint32_t
prev_find(QCtx *q, uint32_t kind, Fingerprint key_fp, uint8_t def_kind, bool *kind_differs)
{
    Prev *pv = &q->prev;
    *kind_differs = false;
    /* sessions tend to ask in the same order: try the nodes after the last hit */
    for (uint32_t p = q->prev_hint + 1; p < pv->n && p <= q->prev_hint + 2; p++)
        if (prev_matches(pv, p, kind, key_fp) && pv->def_kind[p] == def_kind) {
            q->prev_hint = p;
            return p;
        }
    uint32_t tag = fp_tag(key_fp);
    for (uint32_t i = index_slot(kind, key_fp, pv->idx_cap);; i = (i + 1) & (pv->idx_cap - 1)) {
        uint64_t e = pv->index[i];
        if (!e)
            return NONE;
        if ((uint32_t)(e >> 32) != tag)
            continue;
        uint32_t p = (uint32_t)e - 1;
        if (prev_matches(pv, p, kind, key_fp)) {
            /* def kind is part of a def-keyed node's identity (invariant 2) */
            if (pv->def_kind[p] == def_kind) {
                q->prev_hint = p;
                return p;
            }
            *kind_differs = true;
        }
    }
}

/* ---- file headers --------------------------------------------------- */

static void
header_write(Buf *b, uint32_t file_kind, const uint8_t *payload, size_t len)
{
    uint8_t h[HEADER_SIZE] = {0};
    Buf hb = {0};
    buf_bytes(&hb, MAGIC, 8);
    buf_u32(&hb, FORMAT_VERSION);
    buf_u32(&hb, file_kind);
    buf_fp(&hb, build_fp());
    buf_u64(&hb, len);
    buf_fp(&hb, fp_bytes(payload, len));
    memcpy(h, hb.data, hb.len);
    buf_free(&hb);
    buf_bytes(b, h, HEADER_SIZE);
}

/* Checks a mapped file's header; returns the payload or NULL with a reason. */
static const uint8_t *
header_check(const Mapped *m, uint32_t file_kind, size_t *len, const char **why)
{
    if (m->len < HEADER_SIZE) {
        *why = "file is truncated";
        return NULL;
    }
    Reader r = rd_make(m->data, HEADER_SIZE);
    const uint8_t *magic = rd_bytes(&r, 8);
    uint32_t version = rd_u32(&r), kind = rd_u32(&r);
    Fingerprint build = rd_fp(&r);
    uint64_t plen = rd_u64(&r);
    Fingerprint sum = rd_fp(&r);
    if (memcmp(magic, MAGIC, 8) != 0 || kind != file_kind) {
        *why = "not a smelt cache file";
        return NULL;
    }
    if (version != FORMAT_VERSION) {
        *why = "written in another format version";
        return NULL;
    }
    if (!fp_eq(build, build_fp())) {
        *why = "written by another build of smelt";
        return NULL;
    }
    if (plen != m->len - HEADER_SIZE) {
        *why = "file is truncated";
        return NULL;
    }
    if (!fp_eq(sum, fp_bytes(m->data + HEADER_SIZE, plen))) {
        *why = "checksum mismatch";
        return NULL;
    }
    *len = plen;
    return m->data + HEADER_SIZE;
}

/* ---- the dep-graph payload ----------------------------------------- */

/*
 * Payload: u32 n, m, idx_cap, nkinds; then nkinds names (u32 len + bytes);
 * then 13 section offsets (u64, relative to the payload, 16-aligned):
 * key_fp[n] result_fp[n] kind[n] def_kind[n] flags[n] edge_start[n+1]
 * edges[m] index[idx_cap] key_off[n+1] key_blob fx_off[n+1] fx_blob end
 */
enum { S_KEYFP, S_RESFP, S_KIND, S_DEFKIND, S_FLAGS, S_ESTART, S_EDGES, S_INDEX, S_KEYOFF,
       S_KEYBLOB, S_FXOFF, S_FXBLOB, S_END, S_N };

static const char *
graph_parse(QCtx *q, const uint8_t *pl, size_t len)
{
    Prev *pv = &q->prev;
    Reader r = rd_make(pl, len);
    uint32_t n = rd_u32(&r), m = rd_u32(&r), cap = rd_u32(&r), nk = rd_u32(&r);
    if (r.bad)
        return "file is truncated";
    if (nk != q->nkinds)
        return "written with another query table";
    for (uint32_t i = 0; i < nk; i++) {
        uint32_t l;
        const char *name = rd_str(&r, &l);
        if (r.bad || l != strlen(q->kinds[i].name) || memcmp(name, q->kinds[i].name, l))
            return "written with another query table";
    }
    uint64_t off[S_N];
    for (int i = 0; i < S_N; i++)
        off[i] = rd_u64(&r);
    if (r.bad)
        return "file is truncated";
    if (cap == 0 || (cap & (cap - 1)) || cap < n || n == UINT32_MAX)
        return "corrupt index";
    uint64_t need[S_N] = {
        [S_KEYFP] = (uint64_t)n * 16, [S_RESFP] = (uint64_t)n * 16, [S_KIND] = (uint64_t)n * 2,
        [S_DEFKIND] = n, [S_FLAGS] = n, [S_ESTART] = ((uint64_t)n + 1) * 4,
        [S_EDGES] = (uint64_t)m * 4, [S_INDEX] = (uint64_t)cap * 8,
        [S_KEYOFF] = ((uint64_t)n + 1) * 4, [S_KEYBLOB] = 0, [S_FXOFF] = ((uint64_t)n + 1) * 4,
        [S_FXBLOB] = 0, [S_END] = 0};
    for (int i = 0; i < S_N; i++) {
        if (off[i] % 16 || off[i] > len || (i < S_END && (off[i] > off[i + 1] ||
                                                          off[i + 1] - off[i] < need[i])))
            return "corrupt section table";
    }
    pv->n = n;
    pv->m = m;
    pv->idx_cap = cap;
    pv->key_fp = (const Fingerprint *)(pl + off[S_KEYFP]);
    pv->result_fp = (const Fingerprint *)(pl + off[S_RESFP]);
    pv->kind = (const uint16_t *)(pl + off[S_KIND]);
    pv->def_kind = pl + off[S_DEFKIND];
    pv->flags = pl + off[S_FLAGS];
    pv->edge_start = (const uint32_t *)(pl + off[S_ESTART]);
    pv->edges = (const uint32_t *)(pl + off[S_EDGES]);
    pv->index = (const uint64_t *)(pl + off[S_INDEX]);
    pv->key_off = (const uint32_t *)(pl + off[S_KEYOFF]);
    pv->key_blob = pl + off[S_KEYBLOB];
    pv->fx_off = (const uint32_t *)(pl + off[S_FXOFF]);
    pv->fx_blob = pl + off[S_FXBLOB];
    uint64_t key_len = off[S_FXOFF] - off[S_KEYBLOB], fx_len = off[S_END] - off[S_FXBLOB];

    /* structure: everything a reader indexes must be in bounds */
    if (pv->edge_start[0] != 0 || pv->edge_start[n] != m || pv->key_off[0] != 0 ||
        pv->key_off[n] > key_len || pv->fx_off[0] != 0 || pv->fx_off[n] > fx_len)
        return "corrupt node table";
    for (uint32_t i = 0; i < n; i++) {
        if (pv->edge_start[i] > pv->edge_start[i + 1] || pv->key_off[i] > pv->key_off[i + 1] ||
            pv->fx_off[i] > pv->fx_off[i + 1] || pv->kind[i] >= q->nkinds)
            return "corrupt node table";
        if ((pv->def_kind[i] != 0) != ((q->kinds[pv->kind[i]].flags & Q_DEF_KEYED) != 0))
            return "corrupt node table";
    }
    for (uint32_t e = 0; e < m; e++)
        if (pv->edges[e] >= n)
            return "corrupt edge list";
    uint32_t used = 0;
    for (uint32_t i = 0; i < cap; i++) {
        /* a wrong tag only makes a lookup miss (a recompute), never a wrong match */
        uint32_t e = (uint32_t)pv->index[i];
        if (e > n)
            return "corrupt index";
        used += e != 0;
    }
    if (used != n || (n && used == cap))
        return "corrupt index";
    return NULL;
}

static const char *
cache_parse(QCtx *q, const uint8_t *pl, size_t len)
{
    Prev *pv = &q->prev;
    Reader r = rd_make(pl, len);
    uint32_t n = rd_u32(&r);
    rd_u32(&r);
    rd_u64(&r);
    if (r.bad || n != pv->n)
        return "query cache does not match the dep graph";
    uint64_t need = 16 + ((uint64_t)n + 1) * 8;
    if (len < need)
        return "file is truncated";
    pv->res_off = (const uint64_t *)(pl + 16);
    pv->res_blob = pl + need;
    uint64_t blob = len - need;
    if (pv->res_off[0] != 0 || pv->res_off[n] > blob)
        return "corrupt result table";
    for (uint32_t i = 0; i < n; i++)
        if (pv->res_off[i] > pv->res_off[i + 1])
            return "corrupt result table";
    return NULL;
}

/* ---- session directories -------------------------------------------- */

static bool
is_session(const char *name, bool *working)
{
    size_t n = strlen(name);
    if (strncmp(name, "s-", 2) != 0)
        return false;
    *working = n > 8 && strcmp(name + n - 8, "-working") == 0;
    return true;
}

/* Deletes stale -working directories; returns the newest finalized name. */
static char *
scan_sessions(QCtx *q)
{
    DIR *d = opendir(q->opt.incr_dir);
    if (!d)
        return NULL;
    char *best = NULL;
    struct dirent *e;
    while ((e = readdir(d))) {
        bool working;
        if (!is_session(e->d_name, &working))
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", q->opt.incr_dir, e->d_name);
        if (working) {
            /* we hold the lock: a working directory is a killed session's */
            fs_remove_tree(path);
            continue;
        }
        if (!best || strcmp(e->d_name, best) > 0) {
            if (best)
                xfree(best, strlen(best) + 1);
            best = xstrndup(e->d_name, strlen(e->d_name));
        }
    }
    closedir(d);
    return best;
}

typedef const char *(*ParseFn)(QCtx *q, const uint8_t *payload, size_t len);

/* Maps one file of a session and checks it; false (after one warning) when unusable. */
static bool
load_file(QCtx *q, const char *session, const char *name, uint32_t kind, Mapped *m, ParseFn parse)
{
    char path[4096], reason[200];
    const char *why = NULL;
    size_t len;
    snprintf(path, sizeof path, "%s/%s/%s", q->opt.incr_dir, session, name);
    if (!fs_map(path, m)) {
        if (errno == ENOENT)
            snprintf(reason, sizeof reason, "%s is missing", name);
        else
            snprintf(reason, sizeof reason, "%s: %s", name, strerror(errno));
        persist_warn(q, reason);
        return false;
    }
    const uint8_t *pl = header_check(m, kind, &len, &why);
    if (pl)
        why = parse(q, pl, len);
    if (why) {
        snprintf(reason, sizeof reason, "%s: %s", name, why);
        persist_warn(q, reason);
        return false;
    }
    return true;
}

const uint8_t *
q_prev_blob(QCtx *q, size_t *len)
{
    *len = q->prev.blob ? q->prev.blob_len : 0;
    return q->prev.blob;
}

static void
load_prev(QCtx *q, const char *session)
{
    if (!load_file(q, session, "dep-graph.bin", FILE_GRAPH, &q->prev.gmap, graph_parse) ||
        !load_file(q, session, "query-cache.bin", FILE_CACHE, &q->prev.cmap, cache_parse))
        return;
    /* the client's blob: optional (a client without one writes none); unusable is one
     * warning and no blob, the graph stays good */
    char path[4096];
    snprintf(path, sizeof path, "%s/%s/client.bin", q->opt.incr_dir, session);
    if (fs_map(path, &q->prev.bmap)) {
        const char *why = NULL;
        size_t len;
        const uint8_t *pl = header_check(&q->prev.bmap, FILE_CLIENT, &len, &why);
        if (pl) {
            q->prev.blob = pl;
            q->prev.blob_len = len;
        } else {
            fprintf(stderr, "warning: incremental cache at %s: client.bin is unusable (%s); "
                    "reusing the rest\n", q->opt.incr_dir, why);
            fs_unmap(&q->prev.bmap);
        }
    }
    uint32_t n = q->prev.n;
    q->prev.color = xcalloc(n ? n : 1, 1);
    q->prev.cur = xmalloc((n ? n : 1) * sizeof(uint32_t));
    memset(q->prev.cur, 0xff, (n ? n : 1) * sizeof(uint32_t));
    q->have_prev = true;
    /* one slot per previous node (see node_new), zeroed = vacant; the kernel
     * supplies the zero pages only as slots are used */
    uint32_t cap = n + n / 8 + 64;
    q->nodes.data = xcalloc(cap, sizeof *q->nodes.data);
    q->nodes.cap = cap;
    q->nodes.len = n;
    vec_reserve(&q->edges, q->prev.m);
}

void
persist_start(QCtx *q)
{
    if (!q->opt.incr_dir)
        return;
    char path[4096];
    if (!fs_mkdirs(q->opt.incr_dir)) {
        char reason[300];
        snprintf(reason, sizeof reason, "cannot create the directory: %s", strerror(errno));
        persist_warn(q, reason);
        return;
    }
    snprintf(path, sizeof path, "%s/lock", q->opt.incr_dir);
    q->lock_fd = fs_lock(path, false);
    if (q->lock_fd < 0) {
        if (errno == EWOULDBLOCK)
            fprintf(stderr,
                    "warning: incremental directory %s is in use by another smelt process; "
                    "compiling without incremental reuse\n",
                    q->opt.incr_dir);
        else
            persist_warn(q, strerror(errno));
        return;
    }
    q->incremental = true;
    if (q->opt.test_sleep_after_lock_ms)
        usleep(q->opt.test_sleep_after_lock_ms * 1000u);
    char *session = scan_sessions(q);
    if (session) {
        load_prev(q, session);
        if (q->have_prev)
            q->prev_session = session;
        else
            xfree(session, strlen(session) + 1);
    }
    if (q->opt.incr_info)
        fprintf(stderr, "[incremental] previous session: %s (%u nodes, %u edges)\n",
                q->have_prev ? q->prev_session : "none", q->prev.n, q->prev.m);
}

void
persist_close(QCtx *q)
{
    fs_unmap(&q->prev.gmap);
    fs_unmap(&q->prev.cmap);
    fs_unmap(&q->prev.bmap);
    q->prev.blob = NULL;
    q->prev.blob_len = 0;
    if (q->prev.color) {
        xfree(q->prev.color, q->prev.n ? q->prev.n : 1);
        xfree(q->prev.cur, (q->prev.n ? q->prev.n : 1) * sizeof(uint32_t));
        q->prev.color = NULL;
        q->prev.cur = NULL;
    }
    if (q->prev_session) {
        xfree(q->prev_session, strlen(q->prev_session) + 1);
        q->prev_session = NULL;
    }
    q->have_prev = false;
    if (q->lock_fd >= 0) {
        fs_unlock(q->lock_fd);
        q->lock_fd = -1;
    }
}

/* ---- writing -------------------------------------------------------- */

static void
section(Buf *b, uint64_t *off, int i)
{
    buf_align(b, 16);
    off[i] = b->len;
}

static void
encode_graph(QCtx *q, Buf *b, Buf *cache)
{
    /* the session's nodes, without the slots of previous nodes it never reached */
    uint32_t total = q->nodes.len, n = 0, m = 0;
    uint32_t *live = xmalloc((total ? total : 1) * sizeof(uint32_t));
    uint32_t *remap = xmalloc((total ? total : 1) * sizeof(uint32_t));
    for (uint32_t i = 0; i < total; i++) {
        remap[i] = NONE;
        if (q->nodes.data[i].state == NS_DONE) {
            remap[i] = n;
            live[n++] = i;
            m += q->nodes.data[i].edge_len;
        }
    }
    bool identity = n == total;
    uint32_t cap = 16;
    while (cap < (uint64_t)n * 2)
        cap *= 2;
    /* one allocation of about the final size: no copies while it grows */
    size_t guess = 4096 + (size_t)n * 48 + (size_t)m * 4 + (size_t)cap * 8;
    buf_reserve(b, guess > q->prev.gmap.len ? guess : q->prev.gmap.len + 4096);
    buf_u32(b, n);
    buf_u32(b, m);
    buf_u32(b, cap);
    buf_u32(b, q->nkinds);
    for (uint32_t i = 0; i < q->nkinds; i++)
        buf_str(b, q->kinds[i].name, strlen(q->kinds[i].name));
    size_t offpos = b->len;
    uint64_t off[S_N] = {0};
    for (int i = 0; i < S_N; i++)
        buf_u64(b, 0);
    const QNode *all = q->nodes.data;
#define ND(i) (all[live[i]])

    section(b, off, S_KEYFP);
    for (uint32_t i = 0; i < n; i++)
        buf_fp(b, node_key_fp(q, &ND(i)));
    section(b, off, S_RESFP);
    for (uint32_t i = 0; i < n; i++)
        buf_fp(b, node_result_fp(q, &ND(i)));
    section(b, off, S_KIND);
    for (uint32_t i = 0; i < n; i++)
        buf_u16(b, ND(i).kind);
    section(b, off, S_DEFKIND);
    for (uint32_t i = 0; i < n; i++)
        buf_u8(b, ND(i).def_kind);
    section(b, off, S_FLAGS);
    for (uint32_t i = 0; i < n; i++)
        buf_u8(b, ND(i).no_fp ? NF_NO_FP : 0);
    section(b, off, S_ESTART);
    uint32_t acc = 0;
    for (uint32_t i = 0; i < n; i++) {
        buf_u32(b, acc);
        acc += ND(i).edge_len;
    }
    buf_u32(b, acc);
    section(b, off, S_EDGES);
    for (uint32_t i = 0; i < n; i++) {
        const uint32_t *e = ND(i).edge_lo == EDGES_PREV
                                ? q->prev.edges + q->prev.edge_start[ND(i).prev]
                                : q->edges.data + ND(i).edge_lo;
        if (!ND(i).edge_len)
            continue;
        if (identity) {
            buf_bytes(b, e, ND(i).edge_len * sizeof(uint32_t));
            continue;
        }
        for (uint32_t k = 0; k < ND(i).edge_len; k++) {
            if (remap[e[k]] == NONE)
                bug("an edge to a node that is not in the graph");
            buf_u32(b, remap[e[k]]);
        }
    }
    section(b, off, S_INDEX);
    uint64_t *index = xcalloc(cap, sizeof(uint64_t));
    for (uint32_t i = 0; i < n; i++) {
        Fingerprint kfp = node_key_fp(q, &ND(i));
        uint32_t s = index_slot(ND(i).kind, kfp, cap);
        while (index[s])
            s = (s + 1) & (cap - 1);
        index[s] = (uint64_t)fp_tag(kfp) << 32 | (i + 1);
    }
    buf_bytes(b, index, (size_t)cap * sizeof(uint64_t));
    xfree(index, (size_t)cap * sizeof(uint64_t));

    /* keys: a stable encoding beside the node, for kinds that can decode it */
    Buf blob = {0};
    section(b, off, S_KEYOFF);
    for (uint32_t i = 0; i < n; i++) {
        buf_u32(b, (uint32_t)blob.len);
        const QueryKind *k = &q->kinds[ND(i).kind];
        if (!k->key_encode || (k->flags & Q_DEF_KEYED))
            continue;
        if (ND(i).has_key) {
            k->key_encode(q, ND(i).key, &blob);
        } else if (ND(i).prev != NONE) {
            uint32_t p = ND(i).prev;
            buf_bytes(&blob, q->prev.key_blob + q->prev.key_off[p],
                      q->prev.key_off[p + 1] - q->prev.key_off[p]);
        }
    }
    buf_u32(b, (uint32_t)blob.len);
    section(b, off, S_KEYBLOB);
    buf_bytes(b, blob.data, blob.len);

    /* side effects: diagnostics and created entities */
    blob.len = 0;
    section(b, off, S_FXOFF);
    for (uint32_t i = 0; i < n; i++) {
        buf_u32(b, (uint32_t)blob.len);
        if (ND(i).fx)
            fx_encode(q, &q->fx.data[ND(i).fx], &blob);
    }
    buf_u32(b, (uint32_t)blob.len);
    section(b, off, S_FXBLOB);
    buf_bytes(b, blob.data, blob.len);
    section(b, off, S_END);
    for (int i = 0; i < S_N; i++)
        memcpy(b->data + offpos + 8 * i, &off[i], 8);

    /* results of cache_on_disk kinds */
    blob.len = 0;
    buf_u32(cache, n);
    buf_u32(cache, 0);
    buf_u64(cache, 0);
    for (uint32_t i = 0; i < n; i++) {
        buf_u64(cache, blob.len);
        const QNode *nd = &ND(i);
        const QueryKind *k = &q->kinds[nd->kind];
        if (!(k->flags & Q_CACHE_ON_DISK))
            continue;
        uint32_t p = nd->prev;
        if (nd->green && !nd->computed && p != NONE && q->prev.res_off[p] != q->prev.res_off[p + 1])
            buf_bytes(&blob, q->prev.res_blob + q->prev.res_off[p],
                      q->prev.res_off[p + 1] - q->prev.res_off[p]);
        else if (nd->has_value)
            k->encode_result(q, nd->value, &blob);
    }
    buf_u64(cache, blob.len);
    buf_bytes(cache, blob.data, blob.len);
    buf_free(&blob);
#undef ND
    xfree(live, (total ? total : 1) * sizeof(uint32_t));
    xfree(remap, (total ? total : 1) * sizeof(uint32_t));
}

static bool
write_file(const char *path, uint32_t kind, const Buf *payload, bool kill_midway)
{
    Buf head = {0};
    header_write(&head, kind, payload->data, payload->len);
    if (kill_midway) {
        /* test hook: die with half a file written, as a SIGKILL would leave it */
        FILE *f = fopen(path, "wb");
        if (f) {
            fwrite(head.data, 1, head.len, f);
            fwrite(payload->data, 1, payload->len / 2, f);
            fflush(f);
        }
        raise(SIGKILL);
    }
    /* header and payload written as they are: no second copy of the payload */
    bool ok = fs_write_atomic2(path, head.data, head.len, payload->data, payload->len);
    buf_free(&head);
    return ok;
}

/* Would writing `payload` give the bytes already loaded in `m`?  Only for a file that passed
 * header_check (this kind, this build: the caller knows), whose checksum is of its payload:
 * equal payloads make equal files, without hashing this one. */
static bool
same_as_loaded(const Mapped *m, const Buf *payload)
{
    if (!m->data || m->len != HEADER_SIZE + payload->len)
        return false;
    return payload->len == 0 || memcmp(m->data + HEADER_SIZE, payload->data, payload->len) == 0;
}

void
persist_finish(QCtx *q)
{
    if (!q->incremental || q->errors)
        return;
    struct timeval tv;
    gettimeofday(&tv, NULL);
    unsigned long long t = (unsigned long long)tv.tv_sec * 1000000ull + (unsigned long long)tv.tv_usec;
    unsigned rnd = (unsigned)getpid() ^ (unsigned)(t * 2654435761u);
    char name[64], work[4096], final[4096], path[4200];
    snprintf(name, sizeof name, "s-%016llx-%08x", t, rnd);
    snprintf(work, sizeof work, "%s/%s-working", q->opt.incr_dir, name);
    snprintf(final, sizeof final, "%s/%s", q->opt.incr_dir, name);

    Buf graph = {0}, cache = {0}, blob = {0};
    encode_graph(q, &graph, &cache);
    bool has_blob = q->client.save_blob != NULL;
    if (has_blob)
        q->client.save_blob(q, &blob);
    /* (have_prev: both files passed header_check; a blob is kept only when it did) */
    if (!q->opt.test_kill_during_save && q->have_prev && same_as_loaded(&q->prev.gmap, &graph) &&
        same_as_loaded(&q->prev.cmap, &cache) &&
        (!has_blob || (q->prev.blob && same_as_loaded(&q->prev.bmap, &blob)))) {
        /* nothing changed (a no-op rebuild): the session on disk already says all of it */
        buf_free(&graph);
        buf_free(&cache);
        buf_free(&blob);
        return;
    }
    bool ok = fs_mkdirs(work);
    snprintf(path, sizeof path, "%s/query-cache.bin", work);
    ok = ok && write_file(path, FILE_CACHE, &cache, false);
    if (has_blob) {
        snprintf(path, sizeof path, "%s/client.bin", work);
        ok = ok && write_file(path, FILE_CLIENT, &blob, false);
    }
    buf_free(&blob);
    snprintf(path, sizeof path, "%s/dep-graph.bin", work);
    ok = ok && write_file(path, FILE_GRAPH, &graph, q->opt.test_kill_during_save);
    buf_free(&graph);
    buf_free(&cache);
    ok = ok && rename(work, final) == 0;
    if (!ok) {
        fprintf(stderr, "warning: could not save the incremental cache at %s (%s)\n",
                q->opt.incr_dir, strerror(errno));
        fs_remove_tree(work);
        return;
    }
    /* the new session is durable: older ones go */
    DIR *d = opendir(q->opt.incr_dir);
    if (d) {
        struct dirent *e;
        while ((e = readdir(d))) {
            bool working;
            if (is_session(e->d_name, &working) && !working && strcmp(e->d_name, name)) {
                snprintf(path, sizeof path, "%s/%s", q->opt.incr_dir, e->d_name);
                fs_remove_tree(path);
            }
        }
        closedir(d);
    }
}
