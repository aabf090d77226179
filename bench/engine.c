/*
 * engine.c — a benchmark of the query engine on a synthetic dependency graph.
 *
 *   engine build DIR          fresh session: execute the whole graph, save it into DIR
 *   engine load DIR           no change: load DIR, mark every node green, save
 *   engine touch DIR [sig]    one input changed: its body (readers cut off)
 *                             or, with `sig`, its signature (a cascade)
 *
 * A trailing --no-save skips q_finish, to profile a session without its save.
 *
 * The graph: 1,000 inputs `input(i)` (Q_EVAL_ALWAYS) and 1,000,000 queries
 * `node(i)`; node(i) reads exactly 5 dependencies: for i < 1000 the inputs
 * i..i+4 (mod 1000), above that 5 distinct nodes of lower index chosen by an
 * xorshift generator seeded by i.  That is 1,001,000 nodes and 5,000,000
 * edges.  The driver calls q_ensure(node, i) for every i in increasing order
 * at top level, so top-level requests record no edges.
 *
 * An input's value carries a signature (high 32 bits) and a body (low 32
 * bits); nodes reading inputs use only the signatures, like a caller that
 * depends on a function's signature and not on its body.  Every line that
 * bench/run parses starts with "RESULT ".
 */
#include "../src/query/query.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

enum { K_INPUT, K_NODE, K_N };
enum { N_NODES = 1000000, N_INPUTS = 1000, N_DEPS = 5 };

typedef struct {
    int64_t v;
} Value;

typedef struct {
    uint32_t touched; /* input whose seed changes, or UINT32_MAX */
    bool touch_sig;   /* change its signature, not just its body */
    uint64_t edges;   /* reads made by executed compute functions */
} Bench;

typedef enum { M_BUILD, M_LOAD, M_TOUCH } Mode;

static const uint64_t SEED = 0x5eed0f5e1d5eedull;

/* ---- deterministic numbers ----------------------------------------- */

static uint64_t
mix64(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBull;
    x ^= x >> 31;
    return x;
}

static uint64_t
xorshift64(uint64_t *s)
{
    uint64_t x = *s;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    *s = x;
    return x;
}

/* The 5 dependencies of node(i), i >= N_INPUTS: distinct, all below i. */
static void
node_deps(uint64_t i, uint64_t deps[N_DEPS])
{
    uint64_t s = mix64(i + SEED) | 1;
    for (int k = 0; k < N_DEPS; k++) {
        uint64_t d;
        bool dup;
        do {
            d = xorshift64(&s) % i;
            dup = false;
            for (int j = 0; j < k; j++)
                dup |= deps[j] == d;
        } while (dup);
        deps[k] = d;
    }
}

/* ---- queries -------------------------------------------------------- */

static Bench *
bench(QCtx *q)
{
    return q_user(q);
}

static const Value *
new_value(QCtx *q, uint64_t v)
{
    Value *r = arena_alloc(q_arena(q), sizeof *r);
    r->v = (int64_t)v;
    return r;
}

static const void *
compute_input(QCtx *q, QKey key)
{
    Bench *b = bench(q);
    uint64_t sig_seed = SEED, body_seed = SEED;
    if (key == b->touched) {
        if (b->touch_sig)
            sig_seed ^= 1;
        else
            body_seed ^= 1;
    }
    uint64_t sig = mix64(key ^ sig_seed) >> 32;
    uint64_t body = mix64(key * 3 + 1 + body_seed) & 0xffffffffull;
    return new_value(q, sig << 32 | body);
}

static uint64_t
read_value(QCtx *q, uint32_t kind, uint64_t key)
{
    const Value *v = q_get(q, kind, key);
    bench(q)->edges++;
    return (uint64_t)v->v;
}

static const void *
compute_node(QCtx *q, QKey key)
{
    uint64_t acc = mix64(key);
    if (key < N_INPUTS) {
        for (int k = 0; k < N_DEPS; k++)
            acc += read_value(q, K_INPUT, (key + (uint64_t)k) % N_INPUTS) >> 32;
        return new_value(q, mix64(acc));
    }
    uint64_t deps[N_DEPS];
    node_deps(key, deps);
    for (int k = 0; k < N_DEPS; k++)
        acc = mix64(acc ^ read_value(q, K_NODE, deps[k]));
    return new_value(q, acc);
}

static Fingerprint
hash_value(QCtx *q, const void *result)
{
    StableHasher *h = q_hasher(q);
    hasher_i64(h, ((const Value *)result)->v);
    return hasher_finish(h);
}

/* ---- integer keys --------------------------------------------------- */

static Fingerprint
int_key_fp(QCtx *q, QKey key)
{
    (void)q;
    uint8_t le[8];
    for (int i = 0; i < 8; i++)
        le[i] = (uint8_t)(key >> (8 * i));
    return fp_bytes(le, sizeof le);
}

static void
int_key_fmt(QCtx *q, QKey key, Buf *out)
{
    (void)q;
    buf_printf(out, "%llu", (unsigned long long)key);
}

static void
int_key_encode(QCtx *q, QKey key, Buf *out)
{
    (void)q;
    buf_u64(out, key);
}

static bool
input_key_decode(QCtx *q, Reader *r, QKey *key)
{
    (void)q;
    *key = rd_u64(r);
    return !r->bad && *key < N_INPUTS;
}

static bool
node_key_decode(QCtx *q, Reader *r, QKey *key)
{
    (void)q;
    *key = rd_u64(r);
    return !r->bad && *key < N_NODES;
}

static const QueryKind bench_kinds[K_N] = {
    [K_INPUT] = {"input", Q_EVAL_ALWAYS | Q_DENSE_KEY, int_key_fp, int_key_fmt, int_key_encode,
                 input_key_decode, compute_input, hash_value, NULL, NULL, NULL},
    [K_NODE] = {"node", Q_DENSE_KEY, int_key_fp, int_key_fmt, int_key_encode, node_key_decode,
                compute_node, hash_value, NULL, NULL, NULL},
};

/* ---- measuring ------------------------------------------------------ */

static double
now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* CPU time of the process: less disturbed than wall time on a busy machine. */
static double
cpu_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static long
peak_rss_kb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

typedef struct {
    unsigned long long executed, green, loaded, forced, recomputed, total;
} Stats;

/* Reads the engine's statistics through its public printer. */
static bool
read_stats(QCtx *q, Stats out[K_N + 1], char **text)
{
    size_t len = 0;
    FILE *f = open_memstream(text, &len);
    if (!f)
        return false;
    q_print_stats(q, f);
    fclose(f);
    int found = 0;
    for (char *line = *text, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next)
            next++;
        char name[64];
        Stats s;
        if (sscanf(line, "%63s %llu %llu %llu %llu %llu %llu", name, &s.executed, &s.green,
                   &s.loaded, &s.forced, &s.recomputed, &s.total) != 7)
            continue;
        int slot = -1;
        if (!strcmp(name, "input"))
            slot = K_INPUT;
        else if (!strcmp(name, "node"))
            slot = K_NODE;
        else if (!strcmp(name, "(all)"))
            slot = K_N;
        if (slot >= 0) {
            out[slot] = s;
            found++;
        }
    }
    return found == K_N + 1;
}

/* ---- the driver ----------------------------------------------------- */

typedef struct {
    Mode mode;
    const char *dir;
    bool touch_sig;
    bool no_save; /* for profiling the load alone */
    int code;
} Job;

static int
run_session(const Job *job)
{
    Bench b = {UINT32_MAX, false, 0};
    if (job->mode == M_TOUCH) {
        b.touched = 0;
        b.touch_sig = job->touch_sig;
    }
    QClient client = {&b, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL};
    QOptions opt = {0};
    opt.incr_dir = job->dir;
    opt.max_memory = (size_t)16 << 30;
    opt.incr_info = job->mode != M_BUILD; /* prints the previous graph's node and edge counts */

    double c0 = cpu_ms(), t0 = now_ms();
    QCtx *q = q_new(bench_kinds, K_N, &client, &opt);
    q_start(q);
    double t1 = now_ms();
    for (uint64_t i = 0; i < N_NODES; i++)
        q_ensure(q, K_NODE, i);
    double t2 = now_ms(), c2 = cpu_ms();
    long rss_run = peak_rss_kb();
    size_t mem_run = base_mem_peak();

    q_print_diags(q, stderr);
    Stats st[K_N + 1] = {{0}};
    char *table = NULL;
    bool have_stats = read_stats(q, st, &table);
    if (table)
        fputs(table, stdout);
    free(table);
    unsigned errors = q_error_count(q);

    double t3 = now_ms();
    if (!job->no_save)
        q_finish(q);
    double t4 = now_ms();
    q_free(q);

    const char *name = job->mode == M_BUILD ? "build" : job->mode == M_LOAD ? "load" : "touch-body";
    if (job->mode == M_TOUCH && job->touch_sig)
        name = "touch-sig";
    printf("%s: q_new+q_start %.2f ms, ensure all %.2f ms, total %.2f ms (CPU %.2f ms); "
           "q_finish (save) %.2f ms\n",
           name, t1 - t0, t2 - t1, t2 - t0, c2 - c0, t4 - t3);
    printf("%s: peak RSS %ld KiB before save, %ld KiB at exit; engine-accounted peak %zu KiB\n",
           name, rss_run, peak_rss_kb(), mem_run / 1024);
    if (job->mode == M_BUILD)
        printf("build: graph %u nodes (%u node + %u input), %llu edges recorded\n",
               N_NODES + N_INPUTS, N_NODES, N_INPUTS, (unsigned long long)b.edges);
    printf("RESULT mode=%s load_ms=%.3f green_ms=%.3f total_ms=%.3f cpu_ms=%.3f save_ms=%.3f "
           "rss_kb=%ld rss_exit_kb=%ld nodes=%llu executed=%llu green=%llu recomputed=%llu "
           "node_executed=%llu node_green=%llu input_executed=%llu errors=%u\n",
           name, t1 - t0, t2 - t1, t2 - t0, c2 - c0, t4 - t3, rss_run, peak_rss_kb(),
           st[K_N].total, st[K_N].executed, st[K_N].green, st[K_N].recomputed, st[K_NODE].executed,
           st[K_NODE].green, st[K_INPUT].executed, errors);

    if (!have_stats || errors) {
        fprintf(stderr, "engine: %s\n", errors ? "the session had errors" : "no query stats");
        return 1;
    }
    bool ok = st[K_N].total == N_NODES + N_INPUTS;
    if (job->mode == M_BUILD)
        ok = ok && st[K_N].executed == N_NODES + N_INPUTS && b.edges == (uint64_t)N_NODES * N_DEPS;
    if (job->mode == M_LOAD)
        ok = ok && st[K_NODE].executed == 0 && st[K_NODE].green == N_NODES &&
             st[K_INPUT].executed == N_INPUTS;
    if (job->mode == M_TOUCH && !job->touch_sig)
        ok = ok && st[K_NODE].executed == N_DEPS && st[K_NODE].green == N_NODES - N_DEPS;
    if (!ok) {
        fprintf(stderr, "engine: %s session did not do what it should (see the stats above)\n",
                name);
        return 1;
    }
    return 0;
}

static void *
run(void *arg)
{
    Job *job = arg;
    job->code = run_session(job);
    return NULL;
}

static int
usage(void)
{
    fprintf(stderr, "usage: engine build DIR     (DIR must not exist)\n"
                    "       engine load DIR\n"
                    "       engine touch DIR [sig]\n"
                    "a trailing --no-save skips saving the session\n");
    return 2;
}

int
main(int argc, char **argv)
{
    Job job = {0};
    if (argc > 3 && !strcmp(argv[argc - 1], "--no-save")) {
        job.no_save = true;
        argc--;
    }
    if (argc < 3)
        return usage();
    job.dir = argv[2];
    if (!strcmp(argv[1], "build") && argc == 3) {
        job.mode = M_BUILD;
        struct stat st;
        if (stat(job.dir, &st) == 0 || errno != ENOENT) {
            fprintf(stderr, "engine: %s already exists; `build` needs a fresh directory\n",
                    job.dir);
            return 2;
        }
    } else if (!strcmp(argv[1], "load") && argc == 3) {
        job.mode = M_LOAD;
    } else if (!strcmp(argv[1], "touch") && (argc == 3 || (argc == 4 && !strcmp(argv[3], "sig")))) {
        job.mode = M_TOUCH;
        job.touch_sig = argc == 4;
    } else {
        return usage();
    }
    /* a recomputation chain recurses through compute functions: a large stack */
    pthread_attr_t attr;
    pthread_t th;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, (size_t)1 << 30);
    if (pthread_create(&th, &attr, run, &job) != 0) {
        fprintf(stderr, "engine: cannot start the benchmark thread\n");
        return 101;
    }
    pthread_join(th, NULL);
    return job.code;
}
