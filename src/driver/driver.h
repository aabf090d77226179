/*
 * driver.h — the driver's internal interface: the compiler session and its
 * query table (queries.c), used by the command line (main.c).
 */
#ifndef SMELT_DRIVER_H
#define SMELT_DRIVER_H

#include "../codegen/codegen.h"

typedef struct {
    const char *file;
    QOptions q;
    VEC(CfgEntry) cfgs;
    Edition edition;
    const char *crate_name;
    bool query_stats;
    bool print_defs;
    bool print_types;
    bool print_closures;
    bool crate_lib; /* --crate-type lib: no `main` needed */
    FILE *diag_out; /* where diagnostics go; NULL: stderr */
    bool dump_ast;
    bool query_dep_graph; /* -Z query-dep-graph: check #[rustc_clean] */
    bool build;           /* `smelt build` / `smelt run`: the back end after the checks */
    CodegenOptions codegen;
} CompileOptions;

/* `smelt check`: front end (and, as they land, semantics) as queries. */
int compile_check(const CompileOptions *o);

#endif
