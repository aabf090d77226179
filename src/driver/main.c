/*
 * main.c — smelt's command line.
 *
 *   smelt check FILE.rs [options]   front end (and, as it lands, semantics)
 *   smelt toy FILE [options]        the toy client of the query engine
 *
 * Everything runs on a thread with a large stack, so that the query-depth
 * guard and the parser's nesting limit, not the C stack, bound recursion.
 */
#include "../toy/toy.h"
#include "driver.h"

#include <errno.h>
#include <pthread.h>
#include <sys/stat.h>
#include <sys/resource.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void
usage(FILE *out)
{
    fprintf(out,
            "usage: smelt check FILE.rs [options]   check a crate (parse, resolve, type-check)\n"
            "       smelt build FILE.rs [-o OUT]     compile to an executable (default: ./STEM)\n"
            "       smelt run FILE.rs [-- ARGS]      build into target/smelt/ beside FILE and run it\n"
            "       smelt clean FILE.rs              remove target/smelt/ beside FILE\n"
            "       smelt toy FILE [options]        run the query engine's toy client\n"
            "\n"
            "options:\n"
            "  --cfg NAME | --cfg 'NAME=\"VALUE\"'  set a configuration option\n"
            "  --edition 2015|2018|2021|2024      the Rust edition (default 2015, as rustc)\n"
            "  --crate-name NAME                  the crate's name (default: the file's stem)\n"
            "  -C incremental=DIR                 reuse and update the incremental cache in DIR\n"
            "  --error-format=human|json          how diagnostics are printed\n"
            "  --print def-paths                  list every definition: path, kind, hash\n"
            "  --print types                      every fn and closure signature as inferred\n"
            "  --print closures                   each closure's signature, kind and captures\n"
            "  --crate-type bin|lib               a library needs no `main`\n"
            "  --verify-incremental               recompute every reused result and compare "
            "(also SMELT_VERIFY=1)\n"
            "  --max-memory=SIZE                  memory budget, e.g. 512M (default: half the "
            "RAM, at most 8G)\n"
            "  -Z query-stats                     per query kind: executed, green, loaded, forced\n"
            "  -Z query-stats=user                the same, leaving out the core library's queries\n"
            "  --time-passes, -Z time-passes      per query kind: self time and runs; cache load/save "
            "(stderr)\n"
            "  -Z incremental-info                explain red-green decisions on stderr\n"
            "  -Z query-depth=N                   query depth limit (default %d)\n"
            "  -Z dump=ast                        print the cfg-stripped syntax tree\n"
            "  -o OUT                             (build) the executable to write\n"
            "  --cc CC                            (build, run) the C compiler (default $CC, else tcc for\n"
            "                                     the units it can compile and clang or cc for the rest;\n"
            "                                     SMELT_TCC=0: no tcc)\n"
            "  --dump-mir                         (build, run) print the MIR of every compiled fn\n"
            "  -v                                 (build, run) say which codegen units were reused\n"
            "  -h, --help                         this text\n"
            "build and run keep their incremental cache in target/smelt/incremental beside FILE\n"
            "unless -C incremental=DIR says otherwise (-C incremental= turns it off)\n"
            "environment: SMELT_INCREMENTAL=0 turns incremental off; SMELT_VERIFY=1 verifies\n",
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
    bool toy;
    ToyOptions toy_opt;
    CompileOptions opt;
    int code;
} Job;

static void *
run(void *arg)
{
    Job *j = arg;
    j->code = j->toy ? toy_main(&j->toy_opt) : compile_check(&j->opt);
    return NULL;
}

static int
bad_usage(const char *fmt, const char *arg)
{
    fprintf(stderr, "error: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n\nFor more information, try `smelt --help`.\n");
    return 2;
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

/* --cfg NAME or NAME="VALUE" */
static bool
parse_cfg(const char *s, CfgEntry *out)
{
    const char *eq = strchr(s, '=');
    size_t n = eq ? (size_t)(eq - s) : strlen(s);
    if (n == 0)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
                  (i > 0 && c >= '0' && c <= '9');
        if (!ok)
            return false;
    }
    out->name = sym_intern(s, n);
    out->value = 0;
    if (eq) {
        const char *v = eq + 1;
        size_t vn = strlen(v);
        if (vn < 2 || v[0] != '"' || v[vn - 1] != '"')
            return false;
        out->value = sym_intern(v + 1, vn - 2);
    }
    return true;
}

static bool
on_path(const char *prog)
{
    const char *path = getenv("PATH");
    if (!path)
        return false;
    char buf[4096];
    for (const char *p = path; *p;) {
        const char *colon = strchr(p, ':');
        size_t n = colon ? (size_t)(colon - p) : strlen(p);
        if (n && n < sizeof buf - 64) {
            snprintf(buf, sizeof buf, "%.*s/%s", (int)n, p, prog);
            if (access(buf, X_OK) == 0)
                return true;
        }
        if (!colon)
            break;
        p = colon + 1;
    }
    return false;
}

/* The C compiler when neither --cc nor CC says: clang when it is installed (its -O0 compiles
 * the emitted C about twice as fast as gcc's), else cc. */
static const char *
default_cc(void)
{
    return on_path("clang") ? "clang" : "cc";
}

/* The fast C compiler for units that need nothing more (no 128-bit integers): tcc, about
 * fifteen times as fast as clang -O0 on the emitted C, when it is installed and neither
 * --cc nor CC chose the compiler; SMELT_TCC=0 turns it off. */
static const char *
default_fast_cc(void)
{
    const char *e = getenv("SMELT_TCC");
    if (e && !strcmp(e, "0"))
        return NULL;
    return on_path("tcc") ? "tcc" : NULL;
}

/*
 * The compiler thread's stack: 1 GiB of address space (touched only as deep
 * as the recursion goes), or a quarter of an address-space limit
 * (`ulimit -v`) when one is set, so that smelt still starts under it.
 */
static size_t
compiler_stack_size(void)
{
    size_t want = (size_t)1 << 30;
    struct rlimit rl;
    if (getrlimit(RLIMIT_AS, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) {
        size_t quarter = (size_t)(rl.rlim_cur / 4);
        size_t floor = (size_t)16 << 20;
        if (quarter < want)
            want = quarter > floor ? quarter : floor;
    }
    return want;
}

int
main(int argc, char **argv)
{
    static Job job;
    base_tune_malloc();
    CompileOptions *o = &job.opt;
    QOptions *qo = &o->q;
    qo->max_memory = default_memory();
    o->edition = EDITION_2015;
    const char *sub = NULL, *file = NULL, *crate_name = NULL, *out = NULL, *cc = NULL;
    bool print_defs = false, query_stats = false, legacy = false, incr_set = false;
    bool dump_mir = false, verbose = false;
    char **run_args = NULL;
    int nrun_args = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *val = NULL;
#define OPT_WITH_VALUE(name)                                                                       \
    ((!strcmp(a, name) && i + 1 < argc && (val = argv[++i])) ||                                    \
     (!strncmp(a, name "=", strlen(name) + 1) && (val = a + strlen(name) + 1)))
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(a, "--version") || !strcmp(a, "-V")) {
            printf("smelt 0.1.0 (build %s)\n", q_build_id);
            return 0;
        } else if (!strcmp(a, "-C") && i + 1 < argc) {
            const char *v = argv[++i];
            if (!strncmp(v, "incremental=", 12)) {
                qo->incr_dir = v[12] ? v + 12 : NULL;
                incr_set = true;
            }
            else if (!strncmp(v, "debug-assertions", 16) || !strncmp(v, "opt-level", 9) ||
                     !strncmp(v, "debuginfo", 9) || !strncmp(v, "codegen-units", 13) ||
                     !strncmp(v, "overflow-checks", 15) || !strncmp(v, "panic", 5))
                ; /* accepted: meaningful once the back end exists */
            else
                return bad_usage("unknown codegen option: `%s`", v);
        } else if (!strncmp(a, "-Cincremental=", 14)) {
            qo->incr_dir = a[14] ? a + 14 : NULL;
            incr_set = true;
        } else if (!strcmp(a, "--")) {
            run_args = argv + i + 1;
            nrun_args = argc - i - 1;
            break;
        } else if (OPT_WITH_VALUE("-o")) {
            out = val;
        } else if (OPT_WITH_VALUE("--cc")) {
            cc = val;
        } else if (!strcmp(a, "--dump-mir")) {
            dump_mir = true;
        } else if (!strcmp(a, "-v") || !strcmp(a, "--verbose")) {
            verbose = true;
        } else if (!strcmp(a, "-O") || !strcmp(a, "-g") || !strcmp(a, "--test")) {
            /* rustc flags: meaningful once the back end exists; accepted */
        } else if (!strcmp(a, "--time-passes")) {
            qo->time_passes = true;
        } else if (!strcmp(a, "--verify-incremental")) {
            qo->verify = true;
        } else if (!strncmp(a, "--max-memory=", 13)) {
            if (!parse_size(a + 13, &qo->max_memory) || qo->max_memory == 0)
                return bad_usage("invalid --max-memory value `%s`", a + 13);
        } else if (OPT_WITH_VALUE("--cfg")) {
            CfgEntry e;
            if (!parse_cfg(val, &e))
                return bad_usage("invalid `--cfg` argument: `%s` (expected `key` or "
                                 "`key=\"value\"`)",
                                 val);
            vec_push(&o->cfgs, e);
        } else if (OPT_WITH_VALUE("--edition")) {
            if (!strcmp(val, "2015"))
                o->edition = EDITION_2015;
            else if (!strcmp(val, "2018"))
                o->edition = EDITION_2018;
            else if (!strcmp(val, "2021"))
                o->edition = EDITION_2021;
            else if (!strcmp(val, "2024"))
                o->edition = EDITION_2024;
            else
                return bad_usage("argument for `--edition` must be one of: 2015|2018|2021|2024. "
                                 "(instead was `%s`)",
                                 val);
        } else if (OPT_WITH_VALUE("--crate-name")) {
            crate_name = val;
        } else if (OPT_WITH_VALUE("--error-format")) {
            if (!strcmp(val, "json"))
                qo->json_diags = true;
            else if (strcmp(val, "human") != 0 && strcmp(val, "short") != 0)
                return bad_usage("unknown error format: `%s`", val);
        } else if (OPT_WITH_VALUE("--print")) {
            if (!strcmp(val, "def-paths"))
                print_defs = true;
            else if (!strcmp(val, "types"))
                o->print_types = true;
            else if (!strcmp(val, "closures"))
                o->print_closures = true;
            else
                return bad_usage("unknown print request: `%s`", val);
        } else if (OPT_WITH_VALUE("--crate-type")) {
            if (!strcmp(val, "lib") || !strcmp(val, "rlib"))
                o->crate_lib = true;
            else if (strcmp(val, "bin") != 0)
                return bad_usage("unknown crate type: `%s`", val);
        } else if ((!strcmp(a, "-Z") && i + 1 < argc) || (!strncmp(a, "-Z", 2) && a[2])) {
            const char *z = a[2] ? a + 2 : argv[++i];
            if (!strcmp(z, "query-stats"))
                query_stats = true;
            else if (!strcmp(z, "query-stats=user")) {
                query_stats = true;
                qo->stats_user_only = true;
            }
            else if (!strcmp(z, "time-passes"))
                qo->time_passes = true;
            else if (!strcmp(z, "incremental-info"))
                qo->incr_info = true;
            else if (!strncmp(z, "query-depth=", 12) && atoi(z + 12) > 0)
                qo->max_depth = (uint32_t)atoi(z + 12);
            else if (!strcmp(z, "dump=ast"))
                o->dump_ast = true;
            else if (!strcmp(z, "toy-legacy-synthetic-names"))
                legacy = true;
            else if (!strncmp(z, "test-sleep-after-lock=", 22))
                qo->test_sleep_after_lock_ms = (uint32_t)atoi(z + 22);
            else if (!strcmp(z, "test-kill-during-save"))
                qo->test_kill_during_save = true;
            else if (!strcmp(z, "perturb-ids"))
                perturb_ids();
            else if (!strcmp(z, "query-dep-graph"))
                o->query_dep_graph = true;
            else if (!strcmp(z, "incremental-verify-ich"))
                qo->verify = true;
            else if (!strcmp(z, "incremental-ignore-spans") || !strncmp(z, "unstable-options", 16) ||
                     !strncmp(z, "incremental-relative-spans", 26))
                ; /* rustc flags that change nothing here: accepted, ignored */
            else
                return bad_usage("unknown -Z option: `%s`", z);
        } else if (a[0] == '-' && a[1]) {
            return bad_usage("unrecognized option: `%s`", a);
        } else if (!sub && !file && (!strcmp(a, "toy") || !strcmp(a, "check") ||
                                      !strcmp(a, "build") || !strcmp(a, "run") ||
                                      !strcmp(a, "clean"))) {
            sub = a;
        } else if (!file) {
            file = a;
        } else {
            return bad_usage("multiple input files: `%s`", a);
        }
#undef OPT_WITH_VALUE
    }
    if (!file)
        return bad_usage("%s", "no input filename given");
    bool building = sub && (!strcmp(sub, "build") || !strcmp(sub, "run"));
    bool running = sub && !strcmp(sub, "run");
    /* target/smelt beside the file, as cargo's target/ */
    char target[4096], incr_default[4200], run_out[4400];
    {
        const char *slash = strrchr(file, '/');
        snprintf(target, sizeof target, "%.*starget/smelt", slash ? (int)(slash - file + 1) : 0, file);
    }
    if (sub && !strcmp(sub, "clean")) {
        struct stat st;
        if (stat(target, &st) == 0 && !fs_remove_tree(target)) {
            fprintf(stderr, "error: could not remove %s: %s\n", target, strerror(errno));
            return 1;
        }
        return 0;
    }
    if (building && !incr_set) {
        snprintf(incr_default, sizeof incr_default, "%s/incremental", target);
        qo->incr_dir = incr_default;
    }
    const char *env = getenv("SMELT_INCREMENTAL");
    if (env && !strcmp(env, "0"))
        qo->incr_dir = NULL;
    env = getenv("SMELT_VERIFY");
    if (env && strcmp(env, "0") && env[0])
        qo->verify = true;

    char stem[256] = "";
    if (!crate_name) {
        const char *base = strrchr(file, '/');
        base = base ? base + 1 : file;
        size_t n = strcspn(base, ".");
        if (n >= sizeof stem)
            n = sizeof stem - 1;
        for (size_t i = 0; i < n; i++)
            stem[i] = base[i] == '-' ? '_' : base[i];
        stem[n] = 0;
        crate_name = n ? stem : "main";
    }
    o->file = file;
    o->crate_name = crate_name;
    if (building) {
        o->build = true;
        bool chosen = cc || (getenv("CC") && getenv("CC")[0]);
        o->codegen.cc = cc ? cc : chosen ? getenv("CC") : default_cc();
        o->codegen.fast_cc = chosen ? NULL : default_fast_cc();
        /* linking: gcc's driver starts faster than clang's, lld links faster than bfd */
        o->codegen.link_cc = chosen || !on_path("cc") ? o->codegen.cc : "cc";
        o->codegen.lld = !chosen && on_path("ld.lld");
        o->codegen.dump_mir = dump_mir;
        o->codegen.verbose = verbose;
        o->codegen.work_dir = qo->incr_dir;
        o->codegen.crate_file = file;
        if (running) {
            if (!fs_mkdirs(target)) {
                fprintf(stderr, "error: could not create %s: %s\n", target, strerror(errno));
                return 1;
            }
            snprintf(run_out, sizeof run_out, "%s/%s", target, stem[0] ? stem : crate_name);
            o->codegen.out = out ? out : run_out;
        } else {
            o->codegen.out = out ? out : (stem[0] ? stem : crate_name);
        }
    }
    o->print_defs = print_defs;
    o->query_stats = query_stats;
    if (sub && !strcmp(sub, "toy")) {
        job.toy = true;
        job.toy_opt.file = file;
        job.toy_opt.q = *qo;
        job.toy_opt.query_stats = query_stats;
        job.toy_opt.print_defs = print_defs;
        job.toy_opt.legacy_synthetic_names = legacy;
    }

    pthread_attr_t attr;
    pthread_t th;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, compiler_stack_size());
    if (pthread_create(&th, &attr, run, &job) != 0) {
        fprintf(stderr, "error: cannot start the compiler thread\n");
        return 101;
    }
    pthread_join(th, NULL);
    vec_free(&o->cfgs);
    if (running && job.code == 0) {
        /* the program's own exit code becomes ours */
        fflush(stdout);
        char **args = xmalloc((size_t)(nrun_args + 2) * sizeof(char *));
        args[0] = (char *)o->codegen.out;
        for (int i = 0; i < nrun_args; i++)
            args[i + 1] = run_args[i];
        args[nrun_args + 1] = NULL;
        const char *prog = o->codegen.out;
        char local[4500];
        if (!strchr(prog, '/')) {
            snprintf(local, sizeof local, "./%s", prog);
            prog = local;
        }
        execv(prog, args);
        fprintf(stderr, "error: could not run %s: %s\n", prog, strerror(errno));
        return 101;
    }
    return job.code;
}
