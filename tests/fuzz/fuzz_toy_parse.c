/*
 * fuzz_toy_parse.c — libFuzzer target: the toy client on arbitrary source.
 *
 * Each input is written to a temp file and compiled by toy_main with
 * incremental off and the default guards, on a thread with the driver's
 * 1 GiB stack (so that only the query-depth guard, not the C stack, bounds
 * recursion, as in ./smelt).  toy_main must return 0 or 1; a crash, a
 * sanitizer report, an abort from bug(), or a guard's _Exit(101) is a
 * finding (libFuzzer then saves the input as crash-*).
 *
 * The toy's output is discarded once at startup: `stdout` and `stderr` are
 * pointed at a stream that drops what it is given (glibc lets a program
 * assign them).  Not freopen: libFuzzer prints through the stderr stream it
 * saved at startup, which must stay the real one (sanitizers write to fd 2
 * directly), and not /dev/null: a rustc run with `-o /dev/null` as root
 * replaces it with a regular file, which the toy's output would then fill.
 * FUZZ_VERBOSE=1 keeps the toy's output (to replay a crash with its
 * `internal compiler error` message).
 */
#include "../../src/toy/toy.h"

#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { STACK_SIZE = 1 << 30 };

static char work_dir[512], src_path[600];
static FILE *real_stderr;
static volatile int in_toy;

/*
 * The engine's guards end the process with _Exit(101), which libFuzzer would
 * not notice as a crash; this definition takes precedence over libc's, so
 * that such an exit during toy_main becomes a trap (and a saved input).
 * Every other caller (libFuzzer itself) gets the real exit.
 */
void
_Exit(int status)
{
    if (in_toy && status == 101) {
        if (real_stderr)
            fprintf(real_stderr, "fuzz_toy_parse: toy_main called _Exit(101): a guard tripped\n");
        __builtin_trap();
    }
    syscall(SYS_exit_group, status);
    __builtin_unreachable();
}

static ssize_t
discard(void *cookie, const char *buf, size_t size)
{
    (void)cookie;
    (void)buf;
    return (ssize_t)size;
}

static void
cleanup(void)
{
    if (src_path[0])
        unlink(src_path);
    if (work_dir[0])
        rmdir(work_dir);
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
    snprintf(prefix, sizeof prefix, "smelt-fuzz-%s.", "parse");
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
    make_work_dir();
    snprintf(src_path, sizeof src_path, "%s/input.toy", work_dir);
    atexit(cleanup);
    real_stderr = stderr;
    const char *v = getenv("FUZZ_VERBOSE");
    if (v && *v && strcmp(v, "0"))
        return 0;
    FILE *sink = fopencookie(NULL, "w", (cookie_io_functions_t){.write = discard});
    if (!sink) {
        perror("fuzz_toy_parse: fopencookie");
        abort();
    }
    fflush(stdout);
    stdout = sink;
    stderr = sink;
    return 0;
}

typedef struct {
    ToyOptions opt;
    int code;
} Job;

static void *
run_toy(void *arg)
{
    Job *j = arg;
    j->code = toy_main(&j->opt);
    return NULL;
}

static bool
write_input(const uint8_t *data, size_t size)
{
    FILE *f = fopen(src_path, "wb");
    if (!f)
        return false;
    bool ok = fwrite(data, 1, size, f) == size;
    return fclose(f) == 0 && ok;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!write_input(data, size)) {
        fprintf(real_stderr, "fuzz_toy_parse: cannot write %s\n", src_path);
        abort();
    }
    Job job = {0};
    job.opt.file = src_path;
    job.opt.q.incr_dir = NULL;
    job.opt.q.max_memory = 0;
    job.opt.q.max_depth = 0;
    job.code = -1;

    pthread_attr_t attr;
    pthread_t th;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, STACK_SIZE);
    in_toy = 1;
    if (pthread_create(&th, &attr, run_toy, &job) != 0) {
        fprintf(real_stderr, "fuzz_toy_parse: pthread_create failed\n");
        abort();
    }
    pthread_join(th, NULL);
    in_toy = 0;
    pthread_attr_destroy(&attr);
    if (job.code != 0 && job.code != 1) {
        fprintf(real_stderr, "fuzz_toy_parse: toy_main returned %d\n", job.code);
        __builtin_trap();
    }
    return 0;
}
