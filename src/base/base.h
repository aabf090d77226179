/*
 * base.h — smelt's base library: the whole public face of src/base.
 *
 * Allocation (with byte accounting that feeds the memory guard), arenas,
 * growable vectors, an open-addressing hash map, a string interner,
 * 128-bit fingerprints over XXH3-128, byte buffers with bounds-checked
 * readers, diagnostics as data, and file helpers (read, atomic write,
 * flock, mmap).  Nothing here knows about queries or Rust.
 */
#ifndef SMELT_BASE_H
#define SMELT_BASE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* ---- bugs (not user errors) ---------------------------------------- */

_Noreturn void base_bug(const char *file, int line, const char *fmt, ...);
#define bug(...) base_bug(__FILE__, __LINE__, __VA_ARGS__)
#define unreachable() base_bug(__FILE__, __LINE__, "unreachable")

/* ---- allocation ----------------------------------------------------- */

/*
 * Every allocation smelt makes goes through these; base_mem_live() is the
 * number of bytes currently held (heap blocks and arena chunks).  The query
 * engine compares it with the memory budget.  Out of memory aborts.
 */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t old_n, size_t new_n);
void xfree(void *p, size_t n);
char *xstrndup(const char *s, size_t n);
size_t base_mem_live(void);
size_t base_mem_peak(void);
/*
 * When live bytes would exceed `limit`, `over` is called once (the limit is
 * lifted first so that it may allocate to report).  It must not return.
 */
void base_mem_limit(size_t limit, void (*over)(size_t live));
/* Big vectors from mmap (grown by mremap, not copied); call first in main. */
void base_tune_malloc(void);

/* ---- arenas --------------------------------------------------------- */

typedef struct ArenaChunk ArenaChunk;
typedef struct {
    ArenaChunk *head;
    unsigned char *cur, *end; /* the free part of the head chunk */
    size_t used;  /* bytes handed out */
    size_t held;  /* bytes of chunks */
} Arena;

void arena_init(Arena *a);
void *arena_alloc_slow(Arena *a, size_t n);
/* Zeroed (chunks are fresh pages, never reused), 16-aligned. */
static inline void *
arena_alloc(Arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if ((size_t)(a->end - a->cur) < n)
        return arena_alloc_slow(a, n);
    void *p = a->cur;
    a->cur += n;
    a->used += n;
    return p;
}
void *arena_dup(Arena *a, const void *p, size_t n);
char *arena_strndup(Arena *a, const char *s, size_t n);
void arena_free(Arena *a);

/* ---- vectors -------------------------------------------------------- */

#define VEC(T)                                                                                     \
    struct {                                                                                       \
        T *data;                                                                                   \
        uint32_t len, cap;                                                                         \
    }

void vec_grow_(void **data, uint32_t *cap, uint32_t need, size_t elem);
#define vec_reserve(v, n)                                                                          \
    ((v)->len + (uint32_t)(n) > (v)->cap                                                           \
         ? vec_grow_((void **)&(v)->data, &(v)->cap, (v)->len + (uint32_t)(n),                     \
                     sizeof(*(v)->data))                                                           \
         : (void)0)
#define vec_push(v, x) (vec_reserve(v, 1), (v)->data[(v)->len++] = (x))
#define vec_free(v)                                                                                \
    (xfree((v)->data, (size_t)(v)->cap * sizeof(*(v)->data)), (v)->data = NULL,                    \
     (v)->len = (v)->cap = 0)

/* ---- fingerprints and the stable hasher ----------------------------- */

typedef struct {
    uint64_t lo, hi;
} Fingerprint;

static inline bool
fp_eq(Fingerprint a, Fingerprint b)
{
    return a.lo == b.lo && a.hi == b.hi;
}
extern const Fingerprint FP_ZERO;
/* 32 lowercase hex digits plus NUL. */
void fp_hex(Fingerprint f, char out[33]);
Fingerprint fp_bytes(const void *p, size_t n);

/*
 * A streaming hasher over a canonical encoding: integers are fixed-width
 * little-endian, strings are length-prefixed, so different sequences of
 * calls never produce the same byte stream.  Never feed it pointers or
 * session-local ids (DESIGN.md invariant 1).
 */
typedef struct StableHasher StableHasher;
StableHasher *hasher_new(void);
void hasher_reset(StableHasher *h);
void hasher_free(StableHasher *h);
void hasher_u8(StableHasher *h, uint8_t v);
void hasher_u32(StableHasher *h, uint32_t v);
void hasher_u64(StableHasher *h, uint64_t v);
void hasher_i64(StableHasher *h, int64_t v);
void hasher_bytes(StableHasher *h, const void *p, size_t n); /* length-prefixed */
/* Raw bytes, not length-prefixed: for fixed-size records whose byte order is the
 * host's (fingerprints are then host-endian; caches are per machine anyway). */
void hasher_bytes_raw(StableHasher *h, const void *p, size_t n);
void hasher_str(StableHasher *h, const char *s);
void hasher_fp(StableHasher *h, Fingerprint f);
Fingerprint hasher_finish(StableHasher *h);

/* ---- hash map: 128-bit key -> 64-bit value, open addressing ---------- */

typedef struct {
    Fingerprint key;
    uint64_t val;
    uint8_t used;
} HMapSlot;

typedef struct {
    HMapSlot *slots;
    uint32_t cap; /* power of two or 0 */
    uint32_t len;
} HMap;

void hmap_init(HMap *m, uint32_t expected);
void hmap_free(HMap *m);
/* Returns a pointer to the value, or NULL. */
uint64_t *hmap_get(const HMap *m, Fingerprint key);
/* Inserts or overwrites. */
void hmap_put(HMap *m, Fingerprint key, uint64_t val);

/* ---- string interner ------------------------------------------------ */

/* Symbols compare with ==; 0 is never a valid symbol. */
typedef uint32_t Symbol;
Symbol sym_intern(const char *s, size_t n);
Symbol sym_cstr(const char *s);
const char *sym_str(Symbol s);
size_t sym_len(Symbol s);
/* A stable 64-bit hash of the symbol's text (0 for no symbol): for stable hashing. */
uint64_t sym_hash(Symbol s);
/* The same without the bounds check, for hot loops over symbols known to exist. */
extern const uint64_t *sym_hashes_;
static inline uint64_t
sym_hash_fast(Symbol s)
{
    return sym_hashes_[s];
}

/* ---- byte buffers and bounds-checked readers ------------------------ */

typedef struct {
    uint8_t *data;
    size_t len, cap;
} Buf;

void buf_reserve(Buf *b, size_t n);
void buf_bytes(Buf *b, const void *p, size_t n);
void buf_u8(Buf *b, uint8_t v);
void buf_u16(Buf *b, uint16_t v);
void buf_u32(Buf *b, uint32_t v);
void buf_u64(Buf *b, uint64_t v);
void buf_i64(Buf *b, int64_t v);
void buf_fp(Buf *b, Fingerprint f);
void buf_str(Buf *b, const char *s, size_t n); /* u32 length + bytes */
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_align(Buf *b, size_t a);
void buf_free(Buf *b);

/*
 * A reader never reads past its end: on a short read it sets `bad`, which
 * stays set (SQLite's sticky error), and returns zeros.  Decoders check
 * `bad` once at the end.
 */
typedef struct {
    const uint8_t *p, *end;
    bool bad;
} Reader;

Reader rd_make(const void *p, size_t n);
uint8_t rd_u8(Reader *r);
uint16_t rd_u16(Reader *r);
uint32_t rd_u32(Reader *r);
uint64_t rd_u64(Reader *r);
int64_t rd_i64(Reader *r);
Fingerprint rd_fp(Reader *r);
const uint8_t *rd_bytes(Reader *r, size_t n);
/* A u32-length-prefixed string; returns a pointer into the buffer. */
const char *rd_str(Reader *r, uint32_t *len);

/* ---- diagnostics as data -------------------------------------------- */

typedef enum { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE, DIAG_LEVEL_N } DiagLevel;

/*
 * A span is relative to an anchor: the stable identity (a DefPathHash, or
 * a file's hash) of the item that owns it.  It becomes a file position only
 * when printed, so a diagnostic replayed after lines were inserted above
 * its item shows the new line.  FP_ZERO anchor = no span.
 */
typedef struct {
    Fingerprint anchor;
    uint32_t lo, hi;
} DiagSpan;

typedef struct {
    DiagLevel level;
    char code[8]; /* "E0391" or "" */
    char *msg;
    DiagSpan span;
    char *label; /* text under the caret, may be NULL */
    VEC(char *) notes;
} Diag;

/* Resolves an anchor to (file name, file text, absolute offset of its start). */
typedef bool (*DiagAnchorFn)(void *ctx, Fingerprint anchor, const char **file, const char **text,
                             size_t *text_len, uint32_t *base);

Diag *diag_new(DiagLevel level, const char *code, DiagSpan span, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void diag_note(Diag *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void diag_free(Diag *d);
void diag_encode(const Diag *d, Buf *b);
Diag *diag_decode(Reader *r); /* NULL when the bytes are bad */
/* Renders rustc-style: `error[E0391]: msg`, ` --> file:line:col`, source, carets, notes. */
void diag_render(const Diag *d, FILE *out, DiagAnchorFn resolve, void *ctx);
/* 1-based line of byte `pos` in `text` (and its line's first byte); cached per text. */
uint32_t diag_line_of(const char *text, size_t len, size_t pos, size_t *line_start);
/* Drops the line index diag_line_of keeps for the last text (its memory is about to go). */
void diag_forget_lines(void);
/* One JSON object per line, in rustc's --error-format=json shape. */
void diag_render_json(const Diag *d, FILE *out, DiagAnchorFn resolve, void *ctx);
const char *diag_level_name(DiagLevel l);

/* ---- files ---------------------------------------------------------- */

/* Whole file, NUL-terminated; NULL with errno set on failure. */
char *fs_read_file(const char *path, size_t *len);
/* Temp file in the same directory, write, rename (no fsync: see fs.c). */
bool fs_write_atomic(const char *path, const void *data, size_t len);
/* The same for a file made of two parts (a header and a payload), without joining them. */
bool fs_write_atomic2(const char *path, const void *a, size_t alen, const void *b, size_t blen);
/* flock on path (created if missing); returns fd or -1 (errno EWOULDBLOCK when busy). */
int fs_lock(const char *path, bool wait);
void fs_unlock(int fd);
typedef struct {
    const uint8_t *data;
    size_t len;
} Mapped;
bool fs_map(const char *path, Mapped *m);
void fs_unmap(Mapped *m);
bool fs_mkdirs(const char *path);
/* rm -r; returns false on failure */
bool fs_remove_tree(const char *path);
/* Parses "512M", "2G", "4096" etc.; false on bad input. */
bool parse_size(const char *s, size_t *out);

#endif
