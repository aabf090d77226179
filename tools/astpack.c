/*
 * astpack — parses the core library at build time and writes its packed
 * tree (src/syntax/pack.c), which smelt compiles in.  It unpacks what it
 * wrote and compares the two trees' hashes, so a packing bug fails the
 * build instead of reaching a user.
 *
 *   astpack PRELUDE.rs OUT.ast
 */
#include "../src/syntax/syntax.h"

#include <stdio.h>
#include <stdlib.h>

static Fingerprint
tree_hash(const Node *root)
{
    StableHasher *h = hasher_new();
    syntax_hash(h, root, 0);
    Fingerprint f = hasher_finish(h);
    hasher_free(h);
    return f;
}

int
main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: astpack PRELUDE.rs OUT.ast\n");
        return 2;
    }
    size_t len;
    char *src = fs_read_file(argv[1], &len);
    if (!src) {
        fprintf(stderr, "astpack: cannot read %s\n", argv[1]);
        return 1;
    }
    Arena arena;
    arena_init(&arena);
    Parsed p;
    parse_file(src, (uint32_t)len, EDITION_2021, &arena, &p);
    if (p.errors.len) {
        fprintf(stderr, "astpack: %s has syntax errors (first: %s)\n", argv[1], p.errors.data[0].msg);
        return 1;
    }
    Buf b = {0};
    syntax_pack(&p, src, (uint32_t)len, &b);
    Parsed back;
    if (!syntax_unpack(b.data, b.len, src, (uint32_t)len, &arena, &back) ||
        !fp_eq(tree_hash(back.root), tree_hash(p.root)) || back.ncfg != p.ncfg) {
        fprintf(stderr, "astpack: the packed tree of %s does not unpack to the same tree\n",
                argv[1]);
        return 1;
    }
    if (!fs_write_atomic(argv[2], b.data, b.len)) {
        fprintf(stderr, "astpack: cannot write %s\n", argv[2]);
        return 1;
    }
    buf_free(&b);
    parsed_free_errors(&p);
    arena_free(&arena);
    xfree(src, len + 1);
    return 0;
}
