/*
 * main.c — smelt's command line.
 *
 *   smelt toy FILE [options]       run the toy client of the query engine
 *   smelt [check] FILE.rs          compile Rust (not supported by smelt yet)
 *
 * Everything runs on a thread with a large stack, so that the query-depth
 * guard, not the C stack, bounds recursion.
 */
#include "../toy/toy.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void
usage(FILE *out)
{
    fprintf(out,
            "usage: smelt toy FILE [options]\n"
            "       smelt check FILE.rs        (Rust: not supported by smelt yet)\n"
            "\n"
            "options:\n"
            "  -C incremental=DIR         reuse and update the incremental cache in DIR\n"
            "  --verify-incremental       recompute every reused result and compare (also "
            "SMELT_VERIFY=1)\n"
            "  --max-memory=SIZE          memory budget, e.g. 512M or 4G (default: half the "
            "RAM, at most 8G)\n"
            "  -Z query-stats             per query kind: executed, green, loaded, forced\n"
            "  -Z incremental-info        explain red-green decisions on stderr\n"
            "  -Z query-depth=N           query depth limit (default %d)\n"
            "  --print def-paths          list every definition with its kind and hash\n"
            "environment: SMELT_INCREMENTAL=0 turns incremental off\n",
            Q_DEFAULT_DEPTH);
}

static size_t
default_memory(void)
{
    long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGE_SIZE);
    size_t half = pages > 0 && size > 0 ? (size_t)pages * (size_t)size / 2 : (size_t)4 << 30;
    size_t cap = (size_t)8 << 30;
    return half < cap ? half : cap;
}

typedef struct {
    ToyOptions toy;
    int code;
} Job;

static void *
run(void *arg)
{
    Job *j = arg;
    j->code = toy_main(&j->toy);
    return NULL;
}

/*
 * -Z perturb-ids: shifts every session-local id (interned symbols) by a
 * per-process amount, so a test can show that no id reaches the cache
 * (invariant 1): the files must come out byte-identical anyway.
 */
static void
perturb_ids(void)
{
    unsigned n = 1 + (unsigned)getpid() % 997;
    for (unsigned i = 0; i < n; i++) {
        char name[32];
        snprintf(name, sizeof name, "perturb#%u", i);
        sym_cstr(name);
    }
}

static int
bad_usage(const char *fmt, const char *arg)
{
    fprintf(stderr, "error: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n\n");
    usage(stderr);
    return 2;
}

int
main(int argc, char **argv)
{
    Job job = {0};
    ToyOptions *o = &job.toy;
    o->q.max_memory = default_memory();
    const char *sub = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(a, "--version")) {
            printf("smelt 0.1.0 (build %s)\n", q_build_id);
            return 0;
        } else if (!strcmp(a, "-C") && i + 1 < argc) {
            const char *v = argv[++i];
            if (!strncmp(v, "incremental=", 12) && v[12])
                o->q.incr_dir = v + 12;
            else
                return bad_usage("unknown codegen option `%s`", v);
        } else if (!strncmp(a, "-Cincremental=", 14) && a[14]) {
            o->q.incr_dir = a + 14;
        } else if (!strcmp(a, "--verify-incremental")) {
            o->q.verify = true;
        } else if (!strncmp(a, "--max-memory=", 13)) {
            if (!parse_size(a + 13, &o->q.max_memory) || o->q.max_memory == 0)
                return bad_usage("invalid --max-memory value `%s`", a + 13);
        } else if ((!strcmp(a, "-Z") && i + 1 < argc) || !strncmp(a, "-Z", 2)) {
            const char *z = a[2] ? a + 2 : argv[++i];
            if (!strcmp(z, "query-stats"))
                o->query_stats = true;
            else if (!strcmp(z, "incremental-info"))
                o->q.incr_info = true;
            else if (!strncmp(z, "query-depth=", 12) && atoi(z + 12) > 0)
                o->q.max_depth = (uint32_t)atoi(z + 12);
            else if (!strcmp(z, "toy-legacy-synthetic-names"))
                o->legacy_synthetic_names = true;
            else if (!strncmp(z, "test-sleep-after-lock=", 22))
                o->q.test_sleep_after_lock_ms = (uint32_t)atoi(z + 22);
            else if (!strcmp(z, "test-kill-during-save"))
                o->q.test_kill_during_save = true;
            else if (!strcmp(z, "perturb-ids"))
                perturb_ids();
            else
                return bad_usage("unknown -Z option `%s`", z);
        } else if (!strcmp(a, "--print") && i + 1 < argc) {
            const char *v = argv[++i];
            if (!strcmp(v, "def-paths"))
                o->print_defs = true;
            else
                return bad_usage("unknown --print request `%s`", v);
        } else if (a[0] == '-' && a[1]) {
            return bad_usage("unknown option `%s`", a);
        } else if (!sub && (!strcmp(a, "toy") || !strcmp(a, "check") || !strcmp(a, "build"))) {
            sub = a;
        } else if (!o->file) {
            o->file = a;
        } else {
            return bad_usage("unexpected argument `%s`", a);
        }
    }
    if (!o->file)
        return bad_usage("%s", "no input file");
    if (!sub || strcmp(sub, "toy") != 0) {
        fprintf(stderr, "error: compiling Rust is not supported by smelt yet; the query engine "
                        "runs the toy client: `smelt toy FILE`\n");
        return 1;
    }
    const char *env = getenv("SMELT_INCREMENTAL");
    if (env && !strcmp(env, "0"))
        o->q.incr_dir = NULL;
    env = getenv("SMELT_VERIFY");
    if (env && strcmp(env, "0") && env[0])
        o->q.verify = true;

    pthread_attr_t attr;
    pthread_t th;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, (size_t)1 << 30);
    if (pthread_create(&th, &attr, run, &job) != 0) {
        fprintf(stderr, "error: cannot start the compiler thread\n");
        return 101;
    }
    pthread_join(th, NULL);
    return job.code;
}
