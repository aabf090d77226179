/*
 * toy.h — the toy client of the query engine: cells defined by expressions
 * over other cells, one query per cell.  It exists to prove the engine
 * (red-green, cycles, side effects, synthetic definitions, the on-disk
 * cache) before the compiler stands on it.
 *
 * Language, one cell per line:
 *     # a comment
 *     a = 1
 *     b = a * 2 + {a + 1}     # {…} is an anonymous sub-cell: b::{anon#0}
 *     async c = b - 1         # lowering creates a synthetic def c::{synthetic#0}
 *     d = env(HOME_COUNT)     # an untracked read, to prove --verify-incremental
 */
#ifndef SMELT_TOY_H
#define SMELT_TOY_H

#include "../query/query.h"

typedef struct {
    const char *file;
    QOptions q;
    bool query_stats;
    bool print_defs;
    bool legacy_synthetic_names; /* -Z toy-legacy-synthetic-names */
} ToyOptions;

/* Runs one session; returns the process exit code. */
int toy_main(const ToyOptions *opt);

#endif
