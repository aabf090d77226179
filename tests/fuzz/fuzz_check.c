/*
 * fuzz_check.c — libFuzzer target: the whole of `smelt check` in process
 * (front end, name resolution, type checking, exhaustiveness), through the
 * driver's compile_check, without an incremental directory.
 *
 * Input: the source file; its first byte selects the edition (bits 0-1:
 * 2015, 2018, 2021, 2024) and whether the crate is a library (bit 2), so
 * any .rs file is a seed as it is (tests/ui-pass, tests/ui-fail).  Inputs
 * that are not UTF-8 are rejected by the reader, as by `smelt check`.
 *
 * Oracles: no crash, no sanitizer report, no abort from bug(); the result
 * is 0 or 1 (a guard's 101 means a runaway: the memory budget is 1 GiB);
 * and checking is deterministic: a second run gives the same code and the
 * same diagnostics, byte for byte.
 */
#include "../../src/driver/driver.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char path[64];

typedef struct {
    CompileOptions *o;
    int code;
} Job;

static void *
run(void *arg)
{
    Job *j = arg;
    j->code = compile_check(j->o);
    return NULL;
}

static int
check_once(Edition ed, bool lib, char **diags, size_t *len)
{
    CompileOptions o;
    memset(&o, 0, sizeof o);
    o.file = path;
    o.edition = ed;
    o.crate_name = "fuzz";
    o.crate_lib = lib;
    o.q.max_memory = (size_t)1 << 30;
    FILE *out = open_memstream(diags, len);
    o.diag_out = out;
    Job j = {&o, 0};
    pthread_attr_t attr;
    pthread_t th;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, (size_t)1 << 30);
    if (pthread_create(&th, &attr, run, &j) != 0)
        abort();
    pthread_join(th, NULL);
    pthread_attr_destroy(&attr);
    fclose(out);
    vec_free(&o.cfgs);
    return j.code;
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    snprintf(path, sizeof path, "/tmp/fuzz_check_%d.rs", (int)getpid());
    return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0 || size > 64 * 1024)
        return 0;
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    fwrite(data, 1, size, f);
    fclose(f);
    static const Edition eds[4] = {EDITION_2015, EDITION_2018, EDITION_2021, EDITION_2024};
    Edition ed = eds[data[0] & 3];
    bool lib = (data[0] & 4) != 0;
    char *d1 = NULL, *d2 = NULL;
    size_t l1 = 0, l2 = 0;
    int c1 = check_once(ed, lib, &d1, &l1);
    int c2 = check_once(ed, lib, &d2, &l2);
    if (c1 != 0 && c1 != 1) {
        fprintf(stderr, "fuzz_check: exit code %d\n%.*s\n", c1, (int)l1, d1);
        abort();
    }
    if (c1 != c2 || l1 != l2 || memcmp(d1, d2, l1) != 0) {
        fprintf(stderr, "fuzz_check: nondeterministic: %d vs %d\n--- first\n%.*s\n--- second\n%.*s\n",
                c1, c2, (int)l1, d1, (int)l2, d2);
        abort();
    }
    free(d1);
    free(d2);
    return 0;
}
