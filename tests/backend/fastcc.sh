#!/usr/bin/env bash
# tests/backend/fastcc.sh — the fast C compiler (tcc) path: units without 128-bit integers go
# to tcc, the rest to the full compiler; the preamble's portable overflow checks (tcc has no
# __builtin_*_overflow) agree with the builtins on every 8-bit pair and on edge and random
# pairs of the wider types; programs print the same whichever compiler built them.
. "$(dirname "$0")/../lib.sh"

if ! command -v tcc >/dev/null 2>&1; then
    pass "tcc not installed: the fast path is off (nothing to test)"
    exit 0
fi
CC_FULL=$(command -v clang || command -v cc)

cat >p.rs <<'EOF'
fn main() {
    let a: i64 = 40;
    let b: u64 = 7;
    let c: i8 = -3;
    println!("{} {} {} {}", a * 2 + 1, b as f64 / 2.0, c * 42, 2.5f64.powi(3));
}
EOF
SMELT_KEEP_C=1 run build p.rs --edition 2021 -C incremental=inc -o p -v
check "a program without 128-bit integers: built" eq "$RC" 0
check "the unit's object is a tcc unit (t-)" test -n "$(ls inc/work-products/t-*.c 2>/dev/null)"
check "it runs" eq "$(./p)" "81 3.5 -126 15.625"
SMELT_TCC=0 run build p.rs --edition 2021 -C incremental=inc2 -o p2
check "SMELT_TCC=0: the full compiler only (no t- units)" test -z "$(ls inc2/work-products/t-* 2>/dev/null)"
check "both builds print the same" eq "$(./p)" "$(./p2)"

cat >w.rs <<'EOF'
fn main() {
    let big: i128 = 170141183460469231731687303715884105727;
    let x: u32 = 4000000000;
    println!("{} {}", big, x);
}
EOF
SMELT_KEEP_C=1 run build w.rs --edition 2021 -C incremental=inc3 -o w
check "a unit with 128-bit integers goes to the full compiler (u-)" test -n "$(ls inc3/work-products/u-*.c 2>/dev/null)"
check "and runs" eq "$(./w)" "170141183460469231731687303715884105727 4000000000"

# the preamble's overflow macros, compiled by tcc (portable) and by the full compiler
# (builtins): the same results and overflow flags on every case
unit=$(ls inc/work-products/t-*.c | head -1)
sed -n '/^#ifdef __SIZEOF_INT128__/,/^typedef struct { const uint8_t \*ptr/p' "$unit" | sed '$d' >macros.h
check "the preamble has the overflow macros" grep -q smelt_ovf_mul_s macros.h
cat >ovf.c <<'EOF'
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "macros.h"
static uint64_t s = 0x9e3779b97f4a7c15u;
static uint64_t rnd(void) { s ^= s << 13; s ^= s >> 7; s ^= s << 17; return s; }
#define CASE(T, U, W, a, b) do { T a_ = (T)(a), b_ = (T)(b), r_; int o; \
    o = smelt_ovf_add_##W(T, U, a_, b_, r_); printf("+ %d %llu\n", o, (unsigned long long)(U)r_); \
    o = smelt_ovf_sub_##W(T, U, a_, b_, r_); printf("- %d %llu\n", o, (unsigned long long)(U)r_); \
} while (0)
#define MUL(T, U, M, Wd, a, b) do { T a_ = (T)(a), b_ = (T)(b), r_; \
    int o = smelt_ovf_mul_##M(T, Wd, a_, b_, r_); printf("* %d %llu\n", o, (unsigned long long)(U)r_); } while (0)
static const uint64_t edge[] = {0, 1, 2, 3, 0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0xffff, 0xb504, 0xb505,
    0x7fffffff, 0x80000000u, 0xffffffffu, 0xb504f333u, 0xb504f334u, 0x7fffffffffffffffu,
    0x8000000000000000u, 0xffffffffffffffffu, 0xfffffffffffffffeu, 0x8000000000000001u,
    0xb504f333f9de6484u, 0x100000000u, 0xffffffff00000000u};
int main(void) {
    for (int a = 0; a < 256; a++)
        for (int b = 0; b < 256; b++) {
            CASE(int8_t, uint8_t, s, a, b); MUL(int8_t, uint8_t, n, int64_t, a, b);
            CASE(uint8_t, uint8_t, u, a, b); MUL(uint8_t, uint8_t, n, uint64_t, a, b);
        }
    size_t ne = sizeof edge / sizeof edge[0];
    for (size_t i = 0; i < ne + 300; i++)
        for (size_t j = 0; j < ne + 300; j++) {
            uint64_t a = i < ne ? edge[i] : rnd(), b = j < ne ? edge[j] : rnd();
            if (j >= ne && (rnd() & 1)) b = -b;
            if (i >= ne && (rnd() & 3) == 0) a >>= rnd() % 64;
            CASE(int16_t, uint16_t, s, a, b); MUL(int16_t, uint16_t, n, int64_t, a, b);
            CASE(uint16_t, uint16_t, u, a, b); MUL(uint16_t, uint16_t, n, uint64_t, a, b);
            CASE(int32_t, uint32_t, s, a, b); MUL(int32_t, uint32_t, n, int64_t, a, b);
            CASE(uint32_t, uint32_t, u, a, b); MUL(uint32_t, uint32_t, n, uint64_t, a, b);
            CASE(int64_t, uint64_t, s, a, b); MUL(int64_t, uint64_t, s, uint64_t, a, b);
            CASE(uint64_t, uint64_t, u, a, b); MUL(uint64_t, uint64_t, u, uint64_t, a, b);
            /* negated edges too */
            CASE(int64_t, uint64_t, s, -a, b); MUL(int64_t, uint64_t, s, uint64_t, -a, b);
        }
    return 0;
}
EOF
tcc -w -o ovf_tcc ovf.c && ./ovf_tcc >tcc.txt
"$CC_FULL" -w -fwrapv -o ovf_full ovf.c && ./ovf_full >full.txt
check "the portable checks ran ($(wc -l <tcc.txt) results)" test "$(wc -l <tcc.txt)" -gt 1000000
check "the portable checks equal the builtins on every case" cmp -s tcc.txt full.txt
check "some cases overflow" grep -q '^\* 1' tcc.txt
