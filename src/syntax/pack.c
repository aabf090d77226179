/*
 * pack.c — a parsed file as bytes, and back.
 *
 * The core library is parsed at build time (tools/astpack) and its tree is
 * compiled into smelt in this form, so that a session needing the library's
 * syntax rebuilds the tree from a flat list instead of lexing and parsing
 * 7,700 lines again (about a fifth of an edit's cost at 20,000 lines).
 *
 * Layout (little-endian u32 unless noted):
 *   "SAST", version, text fingerprint (16 bytes), symbol count S, node
 *   count N, reference count R, cfg attribute count C;
 *   S-1 symbols (length, bytes, padded to 4), numbered from 1 (0: none);
 *   C cfg attribute positions;
 *   N node records in preorder: kind | flags << 16, op | info << 16, nattrs, nkids, lo,
 *   hi, sym, suffix, first reference;
 *   R references: node numbers, a node's attributes then its kids.
 * Unpacking is a copy and a pointer fix-up.  It checks the text
 * fingerprint, every count and bound, and that every reference points
 * forward (so the result is a tree), and fails (the caller then parses)
 * rather than build a wrong tree.
 */
#include "syntax.h"

#include <string.h>

enum { PACK_VERSION = 3 };

/* ---- writing -------------------------------------------------------------------- */

enum { REC_WORDS = 9 };

typedef struct {
    HMap syms; /* symbol -> packed number */
    VEC(Symbol) order;
    VEC(uint32_t) recs, refs;
    uint32_t nnodes;
} Packer;

static uint32_t
sym_number(Packer *pk, Symbol s)
{
    if (!s)
        return 0;
    Fingerprint key = {s, 0x73796d};
    uint64_t *v = hmap_get(&pk->syms, key);
    if (v)
        return (uint32_t)*v;
    vec_push(&pk->order, s);
    hmap_put(&pk->syms, key, pk->order.len);
    return pk->order.len;
}

/* Writes n's record and (later) its subtree; returns its number. */
static uint32_t
put_node(Packer *pk, const Node *n)
{
    uint32_t id = pk->nnodes++;
    uint32_t first = pk->refs.len;
    uint32_t rec[REC_WORDS] = {(uint32_t)n->kind | (uint32_t)n->flags << 16,
                               (uint32_t)n->op | (uint32_t)n->info << 16, n->nattrs,
                               n->nkids, n->lo, n->hi, sym_number(pk, n->sym),
                               sym_number(pk, n->suffix), first};
    for (uint32_t i = 0; i < REC_WORDS; i++)
        vec_push(&pk->recs, rec[i]);
    /* reserve the reference slots, then fill them as the subtrees get numbers */
    for (uint32_t i = 0; i < n->nattrs + n->nkids; i++)
        vec_push(&pk->refs, 0);
    for (uint32_t i = 0; i < n->nattrs + n->nkids; i++) {
        /* (numbered first: the call may move pk->refs) */
        uint32_t sub = put_node(pk, i < n->nattrs ? n->attrs[i] : n->kids[i - n->nattrs]);
        pk->refs.data[first + i] = sub;
    }
    return id;
}

static void
put32(Buf *b, uint32_t v)
{
    buf_bytes(b, &v, 4);
}

void
syntax_pack(const Parsed *p, const char *src, uint32_t len, Buf *out)
{
    Packer pk = {0};
    put_node(&pk, p->root);
    buf_bytes(out, "SAST", 4);
    put32(out, PACK_VERSION);
    Fingerprint fp = fp_bytes(src, len);
    buf_bytes(out, &fp, sizeof fp);
    put32(out, pk.order.len + 1);
    put32(out, pk.nnodes);
    put32(out, pk.refs.len);
    put32(out, p->ncfg);
    for (uint32_t i = 0; i < pk.order.len; i++) {
        Symbol s = pk.order.data[i];
        uint32_t n = (uint32_t)sym_len(s);
        put32(out, n);
        buf_bytes(out, sym_str(s), n);
        buf_bytes(out, "\0\0\0", (4 - n % 4) % 4);
    }
    for (uint32_t i = 0; i < p->ncfg; i++)
        put32(out, p->cfg_pos[i]);
    buf_bytes(out, pk.recs.data, pk.recs.len * sizeof(uint32_t));
    buf_bytes(out, pk.refs.data, pk.refs.len * sizeof(uint32_t));
    hmap_free(&pk.syms);
    vec_free(&pk.order);
    vec_free(&pk.recs);
    vec_free(&pk.refs);
}

/* ---- reading -------------------------------------------------------------------- */

typedef struct {
    const uint8_t *p, *end;
    bool bad;
} PackReader;

static uint32_t
get32(PackReader *r)
{
    if (r->bad || r->end - r->p < 4) {
        r->bad = true;
        return 0;
    }
    uint32_t v;
    memcpy(&v, r->p, 4);
    r->p += 4;
    return v;
}

bool
syntax_unpack(const uint8_t *blob, size_t blob_len, const char *src, uint32_t len, Arena *arena,
              Parsed *out)
{
    memset(out, 0, sizeof *out);
    PackReader r = {blob, blob + blob_len, false};
    Fingerprint want = fp_bytes(src, len), have;
    if (blob_len < 8 + sizeof have || memcmp(blob, "SAST", 4) != 0)
        return false;
    r.p += 4;
    if (get32(&r) != PACK_VERSION)
        return false;
    memcpy(&have, r.p, sizeof have);
    r.p += sizeof have;
    if (!fp_eq(have, want))
        return false; /* packed from another text */
    uint32_t nsyms = get32(&r), nnodes = get32(&r), nrefs = get32(&r), ncfg = get32(&r);
    if (r.bad || nsyms == 0 || nnodes == 0 || nsyms > blob_len || nnodes > blob_len ||
        nrefs > blob_len || ncfg > blob_len)
        return false;
    Symbol *syms = xmalloc(nsyms * sizeof(Symbol));
    syms[0] = 0;
    for (uint32_t i = 1; i < nsyms && !r.bad; i++) {
        uint32_t n = get32(&r);
        size_t padded = (size_t)n + (4 - n % 4) % 4;
        if (r.bad || (size_t)(r.end - r.p) < padded) {
            r.bad = true;
            break;
        }
        syms[i] = sym_intern((const char *)r.p, n);
        r.p += padded;
    }
    uint32_t *cfg = NULL;
    size_t need = ((size_t)ncfg + (size_t)nnodes * REC_WORDS + nrefs) * 4;
    if (!r.bad && (size_t)(r.end - r.p) == need) {
        const uint8_t *words = r.p;
        if (ncfg) {
            cfg = arena_alloc(arena, ncfg * sizeof(uint32_t));
            memcpy(cfg, words, ncfg * sizeof(uint32_t));
        }
        const uint8_t *recs = words + (size_t)ncfg * 4;
        const uint8_t *refs = recs + (size_t)nnodes * REC_WORDS * 4;
        Node *nodes = arena_alloc(arena, (size_t)nnodes * sizeof(Node));
        Node **ptrs = nrefs ? arena_alloc(arena, (size_t)nrefs * sizeof(Node *)) : NULL;
        for (uint32_t i = 0; i < nnodes && !r.bad; i++) {
            uint32_t w[REC_WORDS];
            memcpy(w, recs + (size_t)i * REC_WORDS * 4, sizeof w);
            Node *n = &nodes[i];
            n->kind = (uint16_t)w[0];
            n->flags = (uint16_t)(w[0] >> 16);
            n->op = (uint16_t)w[1];
            n->info = (uint16_t)(w[1] >> 16);
            n->nattrs = w[2];
            n->nkids = w[3];
            n->lo = w[4];
            n->hi = w[5];
            if (w[6] >= nsyms || w[7] >= nsyms || w[4] > w[5] ||
                w[5] > len || (uint64_t)w[8] + w[2] + w[3] > nrefs) {
                r.bad = true;
                break;
            }
            n->sym = syms[w[6]];
            n->suffix = syms[w[7]];
            n->attrs = w[2] ? ptrs + w[8] : NULL;
            n->kids = w[3] ? ptrs + w[8] + w[2] : NULL;
            /* every reference points forward: the nodes form a tree */
            for (uint32_t k = 0; k < w[2] + w[3]; k++) {
                uint32_t ref;
                memcpy(&ref, refs + ((size_t)w[8] + k) * 4, 4);
                if (ref <= i || ref >= nnodes) {
                    r.bad = true;
                    break;
                }
                ptrs[w[8] + k] = &nodes[ref];
            }
        }
        out->root = r.bad ? NULL : &nodes[0];
    } else {
        r.bad = true;
    }
    xfree(syms, nsyms * sizeof(Symbol));
    if (r.bad)
        return false;
    out->cfg_pos = cfg;
    out->ncfg = ncfg;
    return true;
}
