/*
 * front.c — a benchmark of smelt's Rust front end, in process, with no
 * query engine around it.
 *
 *   front FILE.rs [--runs N] [--edition 2015|2018|2021|2024] [--cfg NAME[=VALUE]]...
 *
 * Each run times, with CLOCK_MONOTONIC:
 *   lex     lex_file alone (then freed: a separate pass, for the split);
 *   parse   parse_file (which lexes again, then parses);
 *   cfg     cfg_strip of its tree;
 *   defs    defs_new + defs_collect_items on the stripped tree;
 *   hash    syntax_hash of the stripped tree (not part of the total);
 * and reports the median over the runs of each phase.  The total is
 * parse + cfg + defs, i.e. lex + parse + cfg + def collection once each;
 * "parse only" is parse_file minus the lex pass.  Every run starts from a
 * fresh arena; the first run also interns every symbol (it is printed on
 * its own as the cold run).  Peak RSS (getrusage ru_maxrss, whole process,
 * including the file's text) and smelt's own allocation peak
 * (base_mem_peak) are printed at the end.  Every line that bench/front.sh
 * reads starts with "RESULT ".
 */
#include "../src/defs/defs.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

enum { MAX_RUNS = 101, MAX_CFG = 16 };
enum { PH_LEX, PH_PARSE_FILE, PH_CFG, PH_DEFS, PH_HASH, PH_N };

static double
now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int
cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double
median(const double *v, int n)
{
    double s[MAX_RUNS];
    memcpy(s, v, (size_t)n * sizeof *s);
    qsort(s, (size_t)n, sizeof *s, cmp_double);
    return n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

static double
min_of(const double *v, int n)
{
    double m = v[0];
    for (int i = 1; i < n; i++)
        m = v[i] < m ? v[i] : m;
    return m;
}

static double
max_of(const double *v, int n)
{
    double m = v[0];
    for (int i = 1; i < n; i++)
        m = v[i] > m ? v[i] : m;
    return m;
}

static _Noreturn void
usage(void)
{
    fprintf(stderr, "usage: front FILE.rs [--runs N] [--edition 2015|2018|2021|2024] "
                    "[--cfg NAME[=VALUE]]...\n");
    exit(2);
}

typedef struct {
    uint32_t tokens, nodes, defs, errors, depth;
} Counts;

/* counts nodes (iteratively: the tree may be deep) */
static uint32_t
count_nodes(const Node *root)
{
    VEC(const Node *) stack = {0};
    uint32_t n = 0;
    vec_push(&stack, root);
    while (stack.len) {
        const Node *x = stack.data[--stack.len];
        n++;
        for (uint32_t i = 0; i < x->nattrs; i++)
            vec_push(&stack, x->attrs[i]);
        for (uint32_t i = 0; i < x->nkids; i++)
            vec_push(&stack, x->kids[i]);
    }
    vec_free(&stack);
    return n;
}

/* One run of every phase; times in t[PH_*] (ms). */
static void
run_once(const char *src, uint32_t len, Edition ed, const CfgSet *cfg, double t[PH_N], Counts *c)
{
    double t0 = now_ms();
    Lexed lx = {0};
    lex_file(src, len, ed, &lx);
    t[PH_LEX] = now_ms() - t0;
    c->tokens = lx.toks.len;
    lex_free(&lx);

    Arena arena;
    arena_init(&arena);
    t0 = now_ms();
    Parsed parsed;
    parse_file(src, len, ed, &arena, &parsed);
    t[PH_PARSE_FILE] = now_ms() - t0;
    c->errors = parsed.errors.len;

    t0 = now_ms();
    SyntaxErrors errs = {0};
    Node *root = cfg_strip(cfg, parsed.root, &arena, &errs);
    t[PH_CFG] = now_ms() - t0;
    c->errors += errs.len;

    t0 = now_ms();
    DefTable *defs = defs_new(sym_cstr("front"));
    defs_collect_items(defs, 0, root, 0);
    t[PH_DEFS] = now_ms() - t0;
    c->defs = defs_count(defs);

    StableHasher *h = hasher_new();
    t0 = now_ms();
    syntax_hash(h, root, 0);
    Fingerprint fp = hasher_finish(h);
    t[PH_HASH] = now_ms() - t0;
    (void)fp;
    hasher_free(h);

    c->nodes = count_nodes(root);
    defs_free(defs);
    Parsed both = {NULL, errs};
    parsed_free_errors(&both);
    parsed_free_errors(&parsed);
    arena_free(&arena);
}

static Edition
parse_edition(const char *s)
{
    if (!strcmp(s, "2015"))
        return EDITION_2015;
    if (!strcmp(s, "2018"))
        return EDITION_2018;
    if (!strcmp(s, "2021"))
        return EDITION_2021;
    if (!strcmp(s, "2024"))
        return EDITION_2024;
    usage();
}

int
main(int argc, char **argv)
{
    const char *path = NULL;
    int runs = 5;
    Edition ed = EDITION_2021;
    CfgEntry entries[MAX_CFG];
    CfgSet cfg = {entries, 0};
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--runs") && i + 1 < argc) {
            runs = atoi(argv[++i]);
        } else if (!strcmp(argv[i], "--edition") && i + 1 < argc) {
            ed = parse_edition(argv[++i]);
        } else if (!strcmp(argv[i], "--cfg") && i + 1 < argc && cfg.n < MAX_CFG) {
            const char *s = argv[++i], *eq = strchr(s, '=');
            Symbol name = eq ? sym_intern(s, (size_t)(eq - s)) : sym_cstr(s);
            Symbol value = 0;
            if (eq) {
                const char *v = eq + 1;
                size_t n = strlen(v);
                if (n >= 2 && v[0] == '"' && v[n - 1] == '"')
                    value = sym_intern(v + 1, n - 2);
                else
                    value = sym_intern(v, n);
            }
            entries[cfg.n++] = (CfgEntry){name, value};
        } else if (argv[i][0] != '-' && !path) {
            path = argv[i];
        } else {
            usage();
        }
    }
    if (!path || runs < 1 || runs > MAX_RUNS - 1)
        usage();

    size_t size;
    char *src = fs_read_file(path, &size);
    if (!src) {
        fprintf(stderr, "front: couldn't read %s: %s\n", path, strerror(errno));
        return 1;
    }
    if (size > UINT32_MAX - 16) {
        fprintf(stderr, "front: %s is larger than 4 GiB\n", path);
        return 1;
    }
    uint32_t len = (uint32_t)size, lines = 0;
    for (uint32_t i = 0; i < len; i++)
        lines += src[i] == '\n';

    /* the cold run (interns every symbol) and `runs` timed runs */
    double cold[PH_N], t[PH_N][MAX_RUNS], total[MAX_RUNS];
    Counts c = {0};
    run_once(src, len, ed, &cfg, cold, &c);
    for (int r = 0; r < runs; r++) {
        double one[PH_N];
        run_once(src, len, ed, &cfg, one, &c);
        for (int p = 0; p < PH_N; p++)
            t[p][r] = one[p];
        total[r] = one[PH_PARSE_FILE] + one[PH_CFG] + one[PH_DEFS];
    }
    double parse_only[MAX_RUNS];
    for (int r = 0; r < runs; r++)
        parse_only[r] = t[PH_PARSE_FILE][r] - t[PH_LEX][r];

    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    double rss_mb = (double)ru.ru_maxrss / 1024.0;
    double smelt_peak_mb = (double)base_mem_peak() / (1024.0 * 1024.0);

    printf("front: %s: %.1f MB, %u lines, %u tokens, %u nodes after cfg, %u defs, %u errors\n",
           path, (double)len / 1e6, lines, c.tokens, c.nodes, c.defs, c.errors);
    printf("front: median of %d runs (min..max), ms; the cold first run apart\n", runs);
    const struct {
        const char *name;
        const double *v;
        double cold;
    } rows[] = {
        {"lex", t[PH_LEX], cold[PH_LEX]},
        {"parse only (parse_file - lex)", parse_only, cold[PH_PARSE_FILE] - cold[PH_LEX]},
        {"parse_file (lex + parse)", t[PH_PARSE_FILE], cold[PH_PARSE_FILE]},
        {"cfg_strip", t[PH_CFG], cold[PH_CFG]},
        {"defs (collect)", t[PH_DEFS], cold[PH_DEFS]},
        {"total: lex + parse + cfg + defs", total,
         cold[PH_PARSE_FILE] + cold[PH_CFG] + cold[PH_DEFS]},
        {"(syntax_hash of the tree, not in total)", t[PH_HASH], cold[PH_HASH]},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
        printf("  %-40s %9.2f  (%.2f..%.2f)  cold %.2f\n", rows[i].name, median(rows[i].v, runs),
               min_of(rows[i].v, runs), max_of(rows[i].v, runs), rows[i].cold);
    printf("  %-40s %9.1f MB\n", "peak RSS (ru_maxrss)", rss_mb);
    printf("  %-40s %9.1f MB\n", "smelt's allocation peak", smelt_peak_mb);
    printf("RESULT bytes=%u lines=%u tokens=%u nodes=%u defs=%u errors=%u runs=%d lex_ms=%.3f "
           "parse_ms=%.3f parse_file_ms=%.3f cfg_ms=%.3f defs_ms=%.3f total_ms=%.3f "
           "total_min_ms=%.3f total_max_ms=%.3f hash_ms=%.3f cold_total_ms=%.3f "
           "peak_rss_mb=%.1f smelt_peak_mb=%.1f\n",
           len, lines, c.tokens, c.nodes, c.defs, c.errors, runs, median(t[PH_LEX], runs),
           median(parse_only, runs), median(t[PH_PARSE_FILE], runs), median(t[PH_CFG], runs),
           median(t[PH_DEFS], runs), median(total, runs), min_of(total, runs),
           max_of(total, runs), median(t[PH_HASH], runs),
           cold[PH_PARSE_FILE] + cold[PH_CFG] + cold[PH_DEFS], rss_mb, smelt_peak_mb);
    xfree(src, size + 1);
    return 0;
}
