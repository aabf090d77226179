/*
 * defs_test.c — unit tests of definition identities: rustc's notation,
 * disambiguators per (parent, data, name), stable DefPathHashes, and
 * synthetic definitions that can never share a path with user ones.
 */
#include "../../src/defs/defs.h"

#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int failures;

static void
check(const char *name, bool ok)
{
    printf("%s %s\n", ok ? "PASS" : "FAIL", name);
    failures += !ok;
}

static const char *
path(DefTable *t, DefId id)
{
    static char out[256];
    Buf b = {0};
    defs_path_str(t, id, &b);
    snprintf(out, sizeof out, "%.*s", (int)b.len, (const char *)b.data);
    buf_free(&b);
    return out;
}

static DefTable *
sample(DefId *main_id, DefId *c0, DefId *c1, DefId *c1c0)
{
    DefTable *t = defs_new(sym_cstr("demo"));
    *main_id = defs_add(t, 0, DPD_VALUE_NS, sym_cstr("main"), DK_FN, NULL, 0, DEF_NONE);
    *c0 = defs_add(t, *main_id, DPD_CLOSURE, 0, DK_CLOSURE, NULL, 0, *main_id);
    *c1 = defs_add(t, *main_id, DPD_CLOSURE, 0, DK_ASYNC_CLOSURE, NULL, 0, *main_id);
    *c1c0 = defs_add(t, *c1, DPD_CLOSURE, 0, DK_COROUTINE, NULL, 0, *main_id);
    return t;
}

/* Runs f in a child; true when the child died by abort (bug()). */
static bool
aborts(void (*f)(void))
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        freopen("/dev/null", "w", stderr);
        f();
        _exit(0);
    }
    int st = 0;
    waitpid(pid, &st, 0);
    return WIFSIGNALED(st) && WTERMSIG(st) == SIGABRT;
}

static void
user_synthetic(void)
{
    DefTable *t = defs_new(sym_cstr("demo"));
    defs_add(t, 0, DPD_SYNTHETIC_BODY, 0, DK_SYNTHETIC_BODY, NULL, 0, DEF_NONE);
}

static void
synthetic_user_kind(void)
{
    DefTable *t = defs_new(sym_cstr("demo"));
    defs_create_synthetic(t, 0, DPD_CLOSURE, DK_CLOSURE);
}

int
main(void)
{
    DefId m, c0, c1, c1c0;
    DefTable *t = sample(&m, &c0, &c1, &c1c0);
    check("path: fn", !strcmp(path(t, m), "main"));
    check("path: first closure", !strcmp(path(t, c0), "main::{closure#0}"));
    check("path: second closure", !strcmp(path(t, c1), "main::{closure#1}"));
    check("path: async closure body", !strcmp(path(t, c1c0), "main::{closure#1}::{closure#0}"));
    DefId s = defs_create_synthetic(t, c1, DPD_SYNTHETIC_BODY, DK_SYNTHETIC_BODY);
    check("synthetic: rustc's notation", !strcmp(path(t, s), "main::{closure#1}::{synthetic#0}"));
    check("synthetic: numbered in its own space", defs_get(t, s)->disambig == 0);
    DefId c1c1 = defs_add(t, c1, DPD_CLOSURE, 0, DK_CLOSURE, NULL, 0, m);
    check("user closure after a synthetic: still {closure#1}",
          !strcmp(path(t, c1c1), "main::{closure#1}::{closure#1}"));
    check("synthetic and user never share a hash",
          !fp_eq(defs_get(t, s)->hash, defs_get(t, c1c1)->hash));
    check("lookup by hash", defs_by_hash(t, defs_get(t, c1c0)->hash) == c1c0);
    check("lookup of an unknown hash", defs_by_hash(t, fp_bytes("x", 1)) == DEF_NONE);

    /* the same paths in another table, built in another order, hash the same */
    DefTable *u = defs_new(sym_cstr("demo"));
    sym_cstr("shift the interner");
    DefId um = defs_add(u, 0, DPD_VALUE_NS, sym_cstr("main"), DK_FN, NULL, 0, DEF_NONE);
    defs_add(u, 0, DPD_VALUE_NS, sym_cstr("other"), DK_FN, NULL, 0, DEF_NONE);
    DefId uc0 = defs_add(u, um, DPD_CLOSURE, 0, DK_CLOSURE, NULL, 0, um);
    check("stable hash: fn", fp_eq(defs_get(u, um)->hash, defs_get(t, m)->hash));
    check("stable hash: closure", fp_eq(defs_get(u, uc0)->hash, defs_get(t, c0)->hash));
    DefTable *w = defs_new(sym_cstr("other_crate"));
    DefId wm = defs_add(w, 0, DPD_VALUE_NS, sym_cstr("main"), DK_FN, NULL, 0, DEF_NONE);
    check("crate name is part of the hash", !fp_eq(defs_get(w, wm)->hash, defs_get(t, m)->hash));
    DefId m2 = defs_add(t, 0, DPD_VALUE_NS, sym_cstr("main"), DK_FN, NULL, 0, DEF_NONE);
    check("duplicate names get distinct disambiguators", defs_get(t, m2)->disambig == 1 &&
                                                              !fp_eq(defs_get(t, m2)->hash,
                                                                     defs_get(t, m)->hash));
    DefId i0 = defs_add(t, 0, DPD_IMPL, 0, DK_IMPL, NULL, 0, DEF_NONE);
    DefId i1 = defs_add(t, 0, DPD_IMPL, 0, DK_IMPL, NULL, 0, DEF_NONE);
    check("impls: {impl#0}, {impl#1}",
          !strcmp(path(t, i0), "{impl#0}") && !strcmp(path(t, i1), "{impl#1}"));
    check("user syntax cannot make a synthetic def (defs_add aborts)", aborts(user_synthetic));
    check("defs_create_synthetic refuses user kinds", aborts(synthetic_user_kind));
    defs_free(t);
    defs_free(u);
    defs_free(w);
    return failures ? 1 : 0;
}
