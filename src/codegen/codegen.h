/*
 * codegen.h — the back end: monomorphisation, codegen units, C emission,
 * compiling and linking.  The whole public face of src/codegen.
 *
 *   codegen_crate(q, opts)   from `main`: the mono items (generic fns
 *                            instantiated on demand, the core library's
 *                            included), partitioned by module into codegen
 *                            units, each emitted as one C file and compiled
 *                            by the system C compiler into an object that is
 *                            a work product of the incremental directory
 *                            (reused, without running the compiler, when the
 *                            unit's C text is unchanged), then linked with
 *                            the runtime (runtime/, compiled in).
 */
#ifndef SMELT_CODEGEN_H
#define SMELT_CODEGEN_H

#include "../mir/mir.h"

typedef struct {
    const char *out;      /* the executable to write */
    const char *cc;       /* the C compiler ("cc" unless --cc / CC) */
    const char *fast_cc;  /* a fast C compiler (tcc) for units it can compile, or NULL */
    const char *link_cc;  /* the compiler driver that links (cc unless --cc / CC) */
    bool lld;             /* link with -fuse-ld=lld (installed, and the driver was not chosen) */
    const char *work_dir; /* where objects are kept (the incremental dir), or NULL: a temp dir */
    bool dump_mir;        /* print the MIR of every mono item's body */
    bool verbose;         /* say which units were compiled and which reused */
    const char *crate_file; /* the path panics print */
    char objdir[4200];      /* work products: work_dir/work-products (set by codegen_prepare) */
} CodegenOptions;

typedef struct {
    uint32_t units, compiled, reused;
} CodegenStats;

/* 0 on success; otherwise an error was reported (diagnostics, or a message on stderr).
 * codegen_prepare makes the objects' directory (a temporary one without work_dir);
 * codegen_done removes a temporary one. */
bool codegen_prepare(CodegenOptions *o, char *tmpdir, size_t n);
int codegen_crate(QCtx *q, const CodegenOptions *o, CodegenStats *stats);
void codegen_done(const char *tmpdir);

/* The session's options (the driver's), for the queries below. */
const CodegenOptions *sess_codegen_options(QCtx *q);

/* Query functions (table: src/driver/queries.c). */
const void *compute_mentioned_items(QCtx *q, QKey key);
Fingerprint hash_mentioned_items(QCtx *q, const void *r);
const void *compute_mono_items(QCtx *q, QKey key);
Fingerprint hash_mono_items(QCtx *q, const void *r);
void encode_mono_items(QCtx *q, const void *r, Buf *out);
const void *decode_mono_items(QCtx *q, Reader *r);
const void *compute_codegen_unit(QCtx *q, QKey key);
const void *compute_link_objects(QCtx *q, QKey key);
const void *compute_codegen_options(QCtx *q, QKey key);
const void *compute_item_location(QCtx *q, QKey key);
Fingerprint hash_item_location(QCtx *q, const void *r);

#endif
