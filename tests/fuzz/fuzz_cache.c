/*
 * fuzz_cache.c — libFuzzer target: the incremental cache loader
 * (header_check, graph_parse, cache_parse in src/query/persist.c, and what
 * the engine and the toy do with what they load).
 *
 * At startup a fixed toy program is compiled twice with an incremental
 * directory; the second session's dep-graph.bin and query-cache.bin are
 * kept in memory as the pristine session, and the output of the runs as
 * the clean output.  Per input, the directory is restored to the pristine
 * session with one of its files mutated, and toy_main runs again on it.
 *
 * Input: byte 0 selects
 *     bit 0     the file: 0 dep-graph.bin, 1 query-cache.bin
 *     bits 1-2  the mutation: 0 overwrite, 1 xor, 2 truncate, 3 splice
 *               (truncate, then append the data)
 *     bit 3     raw: leave the header alone; otherwise the header's payload
 *               length (offset 32) and XXH3-128 checksum (offset 40) are
 *               recomputed, so the mutation reaches the parsers behind them
 * bytes 1-2 are the offset in the file (u16 little-endian, modulo its
 * length + 1), the rest is the data.
 *
 * Oracles.  Always: no crash, no sanitizer report, no abort from bug(), no
 * guard exit, and toy_main returns 0 or 1.  Raw mutations: the checksum
 * rejects them (or they change nothing), so the run is a clean rebuild:
 * it must return 0 and print exactly the clean output, else __builtin_trap().
 * With a recomputed checksum the output is not compared: a result changed
 * behind a valid checksum is indistinguishable from a real one, and the
 * engine trusts it by design (set FUZZ_CACHE_STRICT=1 to trap on those
 * mismatches too; a summary of how many there were is printed at exit).
 * FUZZ_VERBOSE=1 shows the toy's stderr and, on a mismatch, both outputs.
 */
#include "../../src/toy/toy.h"

#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { STACK_SIZE = 1 << 30, HEADER = 64, PLEN_AT = 32, SUM_AT = 40 };

static const char PROGRAM[] = "# the cache fuzzer's fixed program\n"
                              "a = 1\n"
                              "b = a * 2 + {a + 1}\n"
                              "async c = b - 1\n"
                              "d = {b * {a + 3}} - -4 + {c}\n"
                              "e = (d % 5) / (a - 1)   # a warning: divides by zero\n"
                              "async f = c + e * {d - {b}}\n"
                              "g = f\n";

static char work_dir[512], src_path[600], inc_dir[600];
static char session[256];
static uint8_t *pristine[2];
static size_t pristine_len[2];
static char *clean_out;
static size_t clean_len;
static FILE *real_stderr, *toy_err; /* the toy's stderr while fuzzing */
static volatile int in_toy;
static bool strict, verbose;
static unsigned long long stat_inputs, stat_fixed, stat_fixed_differ, stat_fixed_errors;

static const char *const FILE_NAME[2] = {"dep-graph.bin", "query-cache.bin"};

/* A guard's _Exit(101) inside toy_main becomes a trap; see fuzz_toy_parse.c. */
void
_Exit(int status)
{
    if (in_toy && status == 101) {
        if (real_stderr)
            fprintf(real_stderr, "fuzz_cache: toy_main called _Exit(101): a guard tripped\n");
        __builtin_trap();
    }
    syscall(SYS_exit_group, status);
    __builtin_unreachable();
}

static _Noreturn void
die(const char *what)
{
    fprintf(real_stderr ? real_stderr : stderr, "fuzz_cache: %s\n", what);
    abort();
}

/* ---- files ---------------------------------------------------------- */

/* Whole file, NUL-terminated (malloc'd: not counted by base_mem_live). */
static uint8_t *
slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    uint8_t *p = malloc(cap);
    for (;;) {
        if (p && n + 1 >= cap) {
            cap *= 2;
            p = realloc(p, cap);
        }
        if (!p)
            die("out of memory");
        size_t r = fread(p + n, 1, cap - n - 1, f);
        n += r;
        if (r == 0)
            break;
    }
    fclose(f);
    p[n] = 0;
    *len = n;
    return p;
}

static void
spit(const char *path, const void *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, len, f) != len || fclose(f) != 0)
        die("cannot write a file in the work directory");
}

static void
restore(const uint8_t *graph, size_t glen, const uint8_t *cache, size_t clen)
{
    char path[1024];
    if (!fs_remove_tree(inc_dir) || mkdir(inc_dir, 0755) < 0)
        die("cannot reset the incremental directory");
    snprintf(path, sizeof path, "%s/%s", inc_dir, session);
    if (mkdir(path, 0755) < 0)
        die("cannot create the session directory");
    snprintf(path, sizeof path, "%s/%s/%s", inc_dir, session, FILE_NAME[0]);
    spit(path, graph, glen);
    snprintf(path, sizeof path, "%s/%s/%s", inc_dir, session, FILE_NAME[1]);
    spit(path, cache, clen);
}

static void
cleanup(void)
{
    if (work_dir[0])
        fs_remove_tree(work_dir);
    if (stat_inputs && real_stderr)
        fprintf(real_stderr,
                "fuzz_cache: %llu inputs, %llu behind a recomputed checksum: %llu of those "
                "printed other output, %llu returned 1\n",
                stat_inputs, stat_fixed, stat_fixed_differ, stat_fixed_errors);
}

/* ---- running the toy ------------------------------------------------ */

typedef struct {
    ToyOptions opt;
    int code;
} Job;

static void *
run_thread(void *arg)
{
    Job *j = arg;
    j->code = toy_main(&j->opt);
    return NULL;
}

/*
 * One session on inc_dir.  The toy's stdout is captured in memory and left
 * in *out (malloc'd, NUL-terminated); its stderr goes to `err`.  Both are
 * set by assigning `stdout` and `stderr` (glibc allows it): libFuzzer keeps
 * printing through the stderr stream it saved at startup.
 */
static int
run_toy(FILE *err, bool query_stats, char **out, size_t *out_len)
{
    *out = NULL;
    *out_len = 0;
    FILE *cap = open_memstream(out, out_len);
    if (!cap)
        die("open_memstream failed");
    FILE *saved_out = stdout;
    stdout = cap;
    stderr = err;
    Job job = {0};
    job.opt.file = src_path;
    job.opt.query_stats = query_stats;
    job.opt.q.incr_dir = inc_dir;
    job.code = -1;
    pthread_attr_t attr;
    pthread_t th;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, STACK_SIZE);
    in_toy = 1;
    if (pthread_create(&th, &attr, run_thread, &job) != 0)
        die("pthread_create failed");
    pthread_join(th, NULL);
    in_toy = 0;
    pthread_attr_destroy(&attr);
    fflush(err);
    stdout = saved_out;
    stderr = real_stderr;
    if (fclose(cap) != 0 || !*out)
        die("cannot capture the output");
    return job.code;
}

static ssize_t
discard(void *cookie, const char *buf, size_t size)
{
    (void)cookie;
    (void)buf;
    return (ssize_t)size;
}

/* The newest (only) session directory in inc_dir. */
static void
find_session(void)
{
    DIR *d = opendir(inc_dir);
    if (!d)
        die("no incremental directory after a session");
    struct dirent *e;
    session[0] = 0;
    while ((e = readdir(d)))
        if (!strncmp(e->d_name, "s-", 2) && strcmp(e->d_name, session) > 0)
            snprintf(session, sizeof session, "%s", e->d_name);
    closedir(d);
    if (!session[0])
        die("the toy wrote no session");
}

/*
 * A crash ends the process without the atexit cleanup, so the work
 * directory is named after the pid and those of dead processes are removed
 * by the next run.
 */
static void
make_work_dir(void)
{
    const char *t = getenv("TMPDIR");
    const char *base = t && *t ? t : access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    char prefix[64];
    snprintf(prefix, sizeof prefix, "smelt-fuzz-%s.", "cache");
    DIR *d = opendir(base);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        long pid = strncmp(e->d_name, prefix, strlen(prefix)) ? 0
                                                               : atol(e->d_name + strlen(prefix));
        if (pid > 0 && kill((pid_t)pid, 0) < 0 && errno == ESRCH) {
            char stale[1024];
            snprintf(stale, sizeof stale, "%s/%s", base, e->d_name);
            fs_remove_tree(stale);
        }
    }
    if (d)
        closedir(d);
    snprintf(work_dir, sizeof work_dir, "%s/%s%ld.XXXXXX", base, prefix, (long)getpid());
    if (!mkdtemp(work_dir)) {
        perror("mkdtemp");
        abort();
    }
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    real_stderr = stderr;
    const char *s = getenv("FUZZ_CACHE_STRICT");
    strict = s && *s && strcmp(s, "0");
    s = getenv("FUZZ_VERBOSE");
    verbose = s && *s && strcmp(s, "0");
    make_work_dir();
    atexit(cleanup);
    snprintf(src_path, sizeof src_path, "%s/program.toy", work_dir);
    snprintf(inc_dir, sizeof inc_dir, "%s/inc", work_dir);
    spit(src_path, PROGRAM, sizeof PROGRAM - 1);
    /* not /dev/null: a rustc run with `-o /dev/null` as root makes it a regular file */
    FILE *devnull = fopencookie(NULL, "w", (cookie_io_functions_t){.write = discard});
    char *errs = NULL;
    size_t elen = 0;
    FILE *err = open_memstream(&errs, &elen);
    if (!devnull || !err)
        die("cannot open the output sinks");

    /* session 1 from scratch, session 2 from session 1: the pristine one */
    char *out2;
    size_t len2;
    toy_err = verbose ? real_stderr : devnull;
    if (run_toy(devnull, false, &clean_out, &clean_len) != 0)
        die("the fixed program does not compile cleanly");
    if (run_toy(devnull, false, &out2, &len2) != 0 || len2 != clean_len ||
        memcmp(out2, clean_out, clean_len))
        die("the second (incremental) session printed other output than the first");
    free(out2);
    find_session();
    for (int i = 0; i < 2; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/%s/%s", inc_dir, session, FILE_NAME[i]);
        pristine[i] = slurp(path, &pristine_len[i]);
        if (!pristine[i] || pristine_len[i] < HEADER)
            die("cannot read the pristine session");
    }

    /* the pristine session restored must load (and not be rejected) */
    restore(pristine[0], pristine_len[0], pristine[1], pristine_len[1]);
    int code = run_toy(err, true, &out2, &len2);
    fclose(err);
    if (code != 0 || len2 != clean_len || memcmp(out2, clean_out, clean_len))
        die("the restored pristine session printed other output");
    if (!errs || strstr(errs, "unusable") || !strstr(errs, "query-stats"))
        die("the restored pristine session was not loaded");
    free(out2);
    free(errs);
    return 0;
}

/* ---- one input ------------------------------------------------------ */

static void
put_u64(uint8_t *p, uint64_t v)
{
    for (int i = 0; i < 8; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint8_t sel = size > 0 ? data[0] : 0;
    size_t off = size > 2 ? (size_t)data[1] | (size_t)data[2] << 8 : 0;
    const uint8_t *payload = size > 3 ? data + 3 : data;
    size_t plen = size > 3 ? size - 3 : 0;
    int which = sel & 1, op = (sel >> 1) & 3;
    bool raw = (sel & 8) != 0;

    size_t len = pristine_len[which];
    off %= len + 1;
    size_t cap = len + plen;
    uint8_t *f = malloc(cap ? cap : 1);
    if (!f)
        die("out of memory");
    memcpy(f, pristine[which], len);
    switch (op) {
    case 0: /* overwrite */
        for (size_t i = 0; i < plen && off + i < len; i++)
            f[off + i] = payload[i];
        break;
    case 1: /* xor */
        for (size_t i = 0; i < plen && off + i < len; i++)
            f[off + i] ^= payload[i];
        break;
    case 2: /* truncate */
        len = off;
        break;
    default: /* splice */
        memcpy(f + off, payload, plen);
        len = off + plen;
        break;
    }
    if (!raw && len >= HEADER) {
        Fingerprint sum = fp_bytes(f + HEADER, len - HEADER);
        put_u64(f + PLEN_AT, len - HEADER);
        put_u64(f + SUM_AT, sum.lo);
        put_u64(f + SUM_AT + 8, sum.hi);
    }
    if (which == 0)
        restore(f, len, pristine[1], pristine_len[1]);
    else
        restore(pristine[0], pristine_len[0], f, len);
    bool changed = len != pristine_len[which] || memcmp(f, pristine[which], len) != 0;
    free(f);

    char *out;
    size_t out_len;
    int code = run_toy(toy_err, false, &out, &out_len);
    bool same = out_len == clean_len && memcmp(out, clean_out, clean_len) == 0;
    if (verbose && !same)
        fprintf(real_stderr, "fuzz_cache: clean output:\n%.*sfuzz_cache: this output:\n%.*s",
                (int)clean_len, clean_out, (int)out_len, out);
    free(out);
    stat_inputs++;
    if (code != 0 && code != 1) {
        fprintf(real_stderr, "fuzz_cache: toy_main returned %d\n", code);
        __builtin_trap();
    }
    bool checked = raw || len < HEADER || !changed;
    if (!checked) {
        stat_fixed++;
        stat_fixed_differ += !same;
        stat_fixed_errors += code == 1;
    }
    if ((checked || strict) && (!same || (checked && code != 0))) {
        fprintf(real_stderr,
                "fuzz_cache: %s mutated (%s, op %d at %zu): toy_main returned %d and printed "
                "%s output\n",
                FILE_NAME[which], raw ? "raw" : "checksum recomputed", op, off, code,
                same ? "the clean" : "other");
        __builtin_trap();
    }
    return 0;
}
