/*
 * hash.c — fingerprints (XXH3-128 from libxxhash), the stable hasher,
 * the open-addressing hash map and the string interner.
 */
#include "base.h"

#include <string.h>
#include <xxhash.h>

const Fingerprint FP_ZERO = {0, 0};

void
fp_hex(Fingerprint f, char out[33])
{
    snprintf(out, 33, "%016llx%016llx", (unsigned long long)f.hi, (unsigned long long)f.lo);
}

Fingerprint
fp_bytes(const void *p, size_t n)
{
    XXH128_hash_t h = XXH3_128bits(p, n);
    return (Fingerprint){h.low64, h.high64};
}

/* Small writes are gathered and fed to XXH3 in chunks: the digest of a
 * stream does not depend on how it is split, so fingerprints are unchanged. */
enum { HBUF = 512 };

struct StableHasher {
    XXH3_state_t *st;
    size_t len;
    unsigned char buf[HBUF];
};

StableHasher *
hasher_new(void)
{
    StableHasher *h = xmalloc(sizeof *h);
    h->st = XXH3_createState();
    if (!h->st)
        bug("XXH3_createState failed");
    XXH3_128bits_reset(h->st);
    h->len = 0;
    return h;
}

void
hasher_reset(StableHasher *h)
{
    XXH3_128bits_reset(h->st);
    h->len = 0;
}

void
hasher_free(StableHasher *h)
{
    XXH3_freeState(h->st);
    xfree(h, sizeof *h);
}

static void
put(StableHasher *h, const void *p, size_t n)
{
    if (h->len + n > HBUF) {
        XXH3_128bits_update(h->st, h->buf, h->len);
        h->len = 0;
        if (n > HBUF) {
            XXH3_128bits_update(h->st, p, n);
            return;
        }
    }
    memcpy(h->buf + h->len, p, n);
    h->len += n;
}

void
hasher_u8(StableHasher *h, uint8_t v)
{
    put(h, &v, 1);
}

void
hasher_u32(StableHasher *h, uint32_t v)
{
    uint8_t b[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};
    put(h, b, 4);
}

void
hasher_u64(StableHasher *h, uint64_t v)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    put(h, &v, 8); /* the same bytes as below */
#else
    uint8_t b[8];
    for (int i = 0; i < 8; i++)
        b[i] = (uint8_t)(v >> (8 * i));
    put(h, b, 8);
#endif
}

void
hasher_i64(StableHasher *h, int64_t v)
{
    hasher_u64(h, (uint64_t)v);
}

void
hasher_bytes_raw(StableHasher *h, const void *p, size_t n)
{
    put(h, p, n);
}

void
hasher_bytes(StableHasher *h, const void *p, size_t n)
{
    hasher_u64(h, n);
    put(h, p, n);
}

void
hasher_str(StableHasher *h, const char *s)
{
    hasher_bytes(h, s, strlen(s));
}

void
hasher_fp(StableHasher *h, Fingerprint f)
{
    hasher_u64(h, f.lo);
    hasher_u64(h, f.hi);
}

Fingerprint
hasher_finish(StableHasher *h)
{
    if (h->len) {
        XXH3_128bits_update(h->st, h->buf, h->len);
        h->len = 0;
    }
    XXH128_hash_t r = XXH3_128bits_digest(h->st);
    return (Fingerprint){r.low64, r.high64};
}

/* ---- hash map ------------------------------------------------------- */

static uint32_t
slot_of(Fingerprint k, uint32_t cap)
{
    uint64_t x = k.lo ^ (k.hi * 0x9E3779B97F4A7C15ull);
    x ^= x >> 29;
    return (uint32_t)x & (cap - 1);
}

void
hmap_init(HMap *m, uint32_t expected)
{
    uint32_t cap = 16;
    while (cap < expected + expected / 2 + 1)
        cap *= 2;
    m->slots = xcalloc(cap, sizeof(HMapSlot));
    m->cap = cap;
    m->len = 0;
}

void
hmap_free(HMap *m)
{
    xfree(m->slots, (size_t)m->cap * sizeof(HMapSlot));
    memset(m, 0, sizeof *m);
}

uint64_t *
hmap_get(const HMap *m, Fingerprint key)
{
    if (!m->cap)
        return NULL;
    for (uint32_t i = slot_of(key, m->cap);; i = (i + 1) & (m->cap - 1)) {
        HMapSlot *s = &m->slots[i];
        if (!s->used)
            return NULL;
        if (fp_eq(s->key, key))
            return &s->val;
    }
}

static void
hmap_grow(HMap *m)
{
    HMap n;
    hmap_init(&n, m->cap);
    for (uint32_t i = 0; i < m->cap; i++)
        if (m->slots[i].used)
            hmap_put(&n, m->slots[i].key, m->slots[i].val);
    hmap_free(m);
    *m = n;
}

void
hmap_put(HMap *m, Fingerprint key, uint64_t val)
{
    if (!m->cap)
        hmap_init(m, 16);
    if ((m->len + 1) * 4 > m->cap * 3)
        hmap_grow(m);
    for (uint32_t i = slot_of(key, m->cap);; i = (i + 1) & (m->cap - 1)) {
        HMapSlot *s = &m->slots[i];
        if (!s->used) {
            s->used = 1;
            s->key = key;
            s->val = val;
            m->len++;
            return;
        }
        if (fp_eq(s->key, key)) {
            s->val = val;
            return;
        }
    }
}

/* ---- interner ------------------------------------------------------- */

static struct {
    HMap map; /* fingerprint of the text -> symbol */
    VEC(const char *) strs;
    VEC(uint32_t) lens;
    VEC(uint64_t) hashes; /* stable: 64 bits of the text's fingerprint */
    Arena arena;
} interner;

static const uint64_t zero_hash = 0;
const uint64_t *sym_hashes_ = &zero_hash;

Symbol
sym_intern(const char *s, size_t n)
{
    Fingerprint k = fp_bytes(s, n);
    uint64_t *v = hmap_get(&interner.map, k);
    if (v && sym_len((Symbol)*v) == n && memcmp(sym_str((Symbol)*v), s, n) == 0)
        return (Symbol)*v;
    if (v)
        bug("interner: 128-bit fingerprint collision");
    if (interner.strs.len == 0) {
        vec_push(&interner.strs, "");
        vec_push(&interner.lens, 0);
        vec_push(&interner.hashes, 0);
    }
    Symbol id = interner.strs.len;
    vec_push(&interner.strs, arena_strndup(&interner.arena, s, n));
    vec_push(&interner.lens, (uint32_t)n);
    vec_push(&interner.hashes, k.lo);
    sym_hashes_ = interner.hashes.data;
    hmap_put(&interner.map, k, id);
    return id;
}

Symbol
sym_cstr(const char *s)
{
    return sym_intern(s, strlen(s));
}

const char *
sym_str(Symbol s)
{
    if (s == 0 || s >= interner.strs.len)
        bug("bad symbol %u", s);
    return interner.strs.data[s];
}

uint64_t
sym_hash(Symbol s)
{
    if (s == 0)
        return 0;
    if (s >= interner.hashes.len)
        bug("bad symbol %u", s);
    return interner.hashes.data[s];
}

size_t
sym_len(Symbol s)
{
    if (s == 0 || s >= interner.lens.len)
        bug("bad symbol %u", s);
    return interner.lens.data[s];
}
