#!/usr/bin/env bash
# tests/backend/build.sh — `smelt build` / `smelt run` / `smelt clean`, codegen-unit reuse,
# byte-identical C between clean and incremental builds, and the async closure's synthetic
# by-move body (the brief's definition) across edits.
. "$(dirname "$0")/../lib.sh"

mkdir -p proj/src
cat >proj/src/main.rs <<'EOF'
mod shapes {
    pub fn area(w: i64, h: i64) -> i64 {
        w * h
    }
}

mod text {
    pub fn greet(n: i64) -> i64 {
        n + 1
    }
}

fn main() {
    let a = shapes::area(3, 4);
    let b = text::greet(41);
    println!("{} {}", a, b);
}
EOF

# run FILE: builds into target/smelt/ beside the file (the default incremental directory)
run run proj/src/main.rs --edition 2021 -v
check "run: prints the program's output" eq "$OUT" "12 42"
check "run: exit 0" eq "$RC" 0
check "run: the default incremental directory" test -d proj/src/target/smelt/incremental
check "run: three codegen units (one per module), all compiled" has "$ERR" "codegen units: 3 (3 compiled, 0 reused)"

run run proj/src/main.rs --edition 2021 -v
check "no-op run: every unit reused" has "$ERR" "codegen units: 3 (0 compiled, 3 reused)"
check "no-op run: same output" eq "$OUT" "12 42"

# an edit of one module's fn body recompiles that module's unit only
sed -i 's/w \* h/w * h + 1/' proj/src/main.rs
run run proj/src/main.rs --edition 2021 -v
check "body edit: new output" eq "$OUT" "13 42"
check "body edit: one unit compiled, two reused" has "$ERR" "codegen units: 3 (1 compiled, 2 reused)"
check "body edit: the edited module's unit is the compiled one" has "$ERR" "unit shapes: compiled"
grep '^unit ' err.txt | sort >units-incr.txt

# the same text built clean (a fresh directory): identical C (objects are named by the
# hash of their unit's C text)
mkdir -p clean/src && cp proj/src/main.rs clean/src/main.rs
run build proj/src/main.rs --edition 2021 -v -C incremental=clean-inc -o clean/prog
grep '^unit ' err.txt | sed 's/: compiled /: reused /' | sort >units-clean.txt
check "clean build: the same C for every unit as the incremental build" \
    eq "$(sed 's/: compiled /: reused /' units-incr.txt | sort)" "$(cat units-clean.txt)"
check "clean build: the program prints the same" eq "$(./clean/prog)" "13 42"

# build -o, SMELT_INCREMENTAL=0, --cc, clean
run build proj/src/main.rs --edition 2021 -o prog2
check "build -o: writes the executable" test -x prog2
SMELT_INCREMENTAL=0 "$SMELT" build clean/src/main.rs --edition 2021 -o prog3 >out.txt 2>err.txt
check "SMELT_INCREMENTAL=0: builds" eq "$(./prog3)" "13 42"
check "SMELT_INCREMENTAL=0: no incremental directory" test ! -d clean/src/target/smelt/incremental
run build proj/src/main.rs --edition 2021 -o prog4 --cc /nonexistent/cc -C incremental=cc-inc
check "--cc missing: a clean error" eq "$RC" 1
check "--cc missing: says so" has "$ERR" "could not run the C compiler"
run clean proj/src/main.rs
check "clean: removes target/smelt" test ! -d proj/src/target/smelt

# a panic: exit 101 and rustc's message
cat >panic.rs <<'EOF'
fn main() {
    let v = [1, 2, 3];
    let i = v.len() + 2;
    println!("before");
    println!("{}", v[i]);
}
EOF
run run panic.rs --edition 2021
check "panic: exit code 101" eq "$RC" 101
check "panic: stdout before the panic" eq "$OUT" "before"
check "panic: rustc's message" has "$ERR" "index out of bounds: the len is 3 but the index is 5"
check "panic: at the indexing expression" has "$ERR" "panic.rs:5:20"

# an unsupported construct: a clean error, nothing built
cat >unsup.rs <<'EOF'
fn main() {
    let x = 1234.5;
    println!("{:.2e}", x);
}
EOF
run build unsup.rs --edition 2021 -o unsup
check "unsupported: says so" has "$ERR" "not supported by smelt yet"
check "unsupported: exit 1" eq "$RC" 1
check "unsupported: no executable" test ! -e unsup

# The brief's async closure: its by-move body is `{synthetic#N}` under the async closure,
# wherever the cfg'd closure before it puts it, and never a user closure's path.
cat >brief.rs <<'EOF'
fn main() {
    #[cfg(a)]
    let _gone = || ();
    let chain = || Some(1).map(|x| x + 1).map(|y| y * 2);
    println!("{:?}", chain());
    let _never = async || {};
    let last = || 7;
    println!("{}", last());
}
EOF
for step in 1 2 3 4; do
    cfg=()
    [ $((step % 2)) = 0 ] && cfg=(--cfg a)
    run build brief.rs --edition 2021 "${cfg[@]}" -C incremental=brief-inc -o brief --dump-mir -Z query-stats
    incr_mir=$(grep -E '^fn |by-move' out.txt)
    check "brief step $step: builds" eq "$RC" 0
    check "brief step $step: runs" eq "$(./brief)" "$(printf 'Some(4)\n7')"
    if [ ${#cfg[@]} = 0 ]; then n=1; else n=2; fi
    check "brief step $step: the async closure is main::{closure#$n}" has "$incr_mir" "fn main::{closure#$n}() -> ()"
    check "brief step $step: its by-move body is main::{closure#$n}::{synthetic#0}" \
        has "$incr_mir" "by-move body: main::{closure#$n}::{synthetic#0}"
    paths=$(grep -oE 'main::\{[a-z]+#[0-9]+\}(::\{[a-z]+#[0-9]+\})*' out.txt | sort -u)
    check "brief step $step: no synthetic path is also a closure's" \
        eq "$(grep -c synthetic <<<"$paths")" "$(grep synthetic <<<"$paths" | sed 's/::{synthetic#0}$//' | sort -u | wc -l)"
    "$SMELT" build brief.rs --edition 2021 "${cfg[@]}" -C incremental="clean-$step" -o brief-clean --dump-mir >clean.txt 2>/dev/null
    check "brief step $step: incremental MIR equals a clean build's" eq "$(cat out.txt)" "$(cat clean.txt)"
done
run build brief.rs --edition 2021 --cfg a -C incremental=brief-inc -o brief --dump-mir -Z query-stats
check "brief no-op: by_move_body reused green" eq "$(stat by_move_body green)" 1
check "brief no-op: by_move_body not executed" eq "$(stat by_move_body executed)" 0
check "brief no-op: the synthetic body re-created with the same path" has "$OUT" "by-move body: main::{closure#2}::{synthetic#0}"
# a no-op build re-creates the synthetic definition lazily: nothing needs the definition
# table, so the file is not even parsed; --verify-incremental recomputes the green nodes,
# which then ask for the definition (the table is built, the pending one created in order)
SMELT_VERIFY=0 run build brief.rs --edition 2021 --cfg a -C incremental=brief-inc -o brief -Z time-passes
check "brief no-op build: no parse, no def_table" eq "$(grep -cE ' (parse|def_table)$' err.txt)" 0
run build brief.rs --edition 2021 --cfg a -C incremental=brief-inc -o brief --verify-incremental --dump-mir
check "brief no-op build, verified: builds" eq "$RC" 0
check "brief no-op build, verified: the synthetic body's path" has "$OUT" "by-move body: main::{closure#2}::{synthetic#0}"
check "brief no-op build, verified: runs" eq "$(./brief)" "$(printf 'Some(4)\n7')"
# an edit after the replay: the table is built once the edited body needs it
sed -i 's/let last = || 7;/let last = || 8;/' brief.rs
run build brief.rs --edition 2021 --cfg a -C incremental=brief-inc -o brief --dump-mir
check "brief edit after a lazy replay: builds" eq "$RC" 0
check "brief edit after a lazy replay: runs" eq "$(./brief)" "$(printf 'Some(4)\n8')"
check "brief edit after a lazy replay: the synthetic body's path" has "$OUT" "by-move body: main::{closure#2}::{synthetic#0}"
"$SMELT" build brief.rs --edition 2021 --cfg a -C incremental=clean-edit -o brief-clean --dump-mir >clean.txt 2>/dev/null
check "brief edit after a lazy replay: MIR equals a clean build's" eq "$OUT" "$(cat clean.txt)"
