# The on-disk cache degrades to one warning and a correct clean build:
# truncated, bit-flipped, foreign-version, foreign-build and missing files,
# a process killed while writing its session, two processes on one directory.
. "$TESTS_DIR/lib.sh"

cat >p.toy <<'T'
a = 40
b = a + 2 + {a / 0}
async c = b * 2
T
SMELT_INCREMENTAL=0 run toy p.toy
clean_out=$OUT
clean_err=$ERR

session() { ls -d inc/s-* | grep -v -- -working | head -1; }
# flip BYTE-OFFSET FILE: xor one byte with 0x5a
flip() {
    local v
    v=$(od -An -tu1 -j "$1" -N1 "$2" | tr -d ' ')
    printf "\\$(printf '%03o' $((v ^ 0x5a)))" | dd of="$2" bs=1 seek="$1" conv=notrunc status=none
}
fresh() { rm -rf inc; toy p.toy >/dev/null; }

# expect_rebuild NAME REASON: the run warned once with REASON and equals a clean build
expect_rebuild() {
    check "$1: exit code 0" eq "$RC" 0
    check "$1: one warning line" eq "$(grep -c 'warning: incremental cache at inc is unusable' err.txt)" 1
    check "$1: reason" has "$ERR" "is unusable ($2); rebuilding from scratch"
    check "$1: output equals a clean build" eq "$OUT" "$clean_out"
    check "$1: diagnostics equal a clean build's" eq "$(diags | grep -v 'is unusable')" "$clean_err"
    expect_stat "$1: rebuilt from scratch" value executed 3
    toy p.toy
    expect_stat "$1: the rebuilt cache is used next time" value executed 0
    check "$1: and has no warning" hasnt "$ERR" "unusable"
}

fresh; s=$(session); truncate -s 100 "$s/dep-graph.bin"; toy p.toy
expect_rebuild "truncated dep-graph" "dep-graph.bin: file is truncated"

fresh; s=$(session); truncate -s 30 "$s/dep-graph.bin"; toy p.toy
expect_rebuild "truncated header" "dep-graph.bin: file is truncated"

fresh; s=$(session); truncate -s 90 "$s/query-cache.bin"; toy p.toy
expect_rebuild "truncated query-cache" "query-cache.bin: file is truncated"

fresh; s=$(session); : >"$s/dep-graph.bin"; toy p.toy
expect_rebuild "empty dep-graph" "dep-graph.bin: file is truncated"

fresh; s=$(session); flip 200 "$s/dep-graph.bin"; toy p.toy
expect_rebuild "bit flip in dep-graph" "dep-graph.bin: checksum mismatch"

fresh; s=$(session); flip 70 "$s/query-cache.bin"; toy p.toy
expect_rebuild "bit flip in query-cache" "query-cache.bin: checksum mismatch"

fresh; s=$(session); flip 8 "$s/dep-graph.bin"; toy p.toy
expect_rebuild "foreign format version" "dep-graph.bin: written in another format version"

fresh; s=$(session); flip 20 "$s/dep-graph.bin"; toy p.toy
expect_rebuild "foreign build" "dep-graph.bin: written by another build of smelt"

fresh; s=$(session); flip 0 "$s/query-cache.bin"; toy p.toy
expect_rebuild "bad magic" "query-cache.bin: not a smelt cache file"

fresh; s=$(session); rm "$s/query-cache.bin"; toy p.toy
expect_rebuild "missing query-cache" "query-cache.bin is missing"

fresh; s=$(session); cp "$s/query-cache.bin" "$s/dep-graph.bin"; toy p.toy
expect_rebuild "swapped files" "dep-graph.bin: not a smelt cache file"

# a directory that cannot be created
: >notadir
run toy p.toy -C incremental=notadir/inc
check "uncreatable dir: exit 0" eq "$RC" 0
check "uncreatable dir: warning" has "$ERR" "warning: incremental cache at notadir/inc is unusable (cannot create the directory"
check "uncreatable dir: output" eq "$OUT" "$clean_out"

# --- killed while writing its session: the last finalized session survives
fresh; before=$(session)
toy p.toy -Z test-kill-during-save
check "killed mid-save: died by SIGKILL" eq "$RC" 137
check "killed mid-save: left a working directory" test -n "$(ls -d inc/*-working 2>/dev/null)"
check "killed mid-save: finalized session intact" eq "$(session)" "$before"
toy p.toy
check "after kill: no warning" hasnt "$ERR" "unusable"
expect_stat "after kill: previous session reused" value executed 0
check "after kill: output" eq "$OUT" "$clean_out"
check "after kill: working directory removed" test -z "$(ls -d inc/*-working 2>/dev/null)"

# --- killed from outside at a random point
fresh
for delay in 0.05 0.15; do
    "$SMELT" toy p.toy -C incremental=inc -Z test-sleep-after-lock=300 >/dev/null 2>&1 &
    pid=$!
    sleep $delay
    kill -9 $pid 2>/dev/null
    wait $pid 2>/dev/null
    toy p.toy
    check "external SIGKILL after ${delay}s: next session correct" eq "$OUT" "$clean_out"
    check "external SIGKILL after ${delay}s: no warning" hasnt "$ERR" "unusable"
done

# --- two processes on one directory: the second does not wait and does not corrupt
fresh
"$SMELT" toy p.toy -C incremental=inc -Z test-sleep-after-lock=1500 >first.out 2>first.err &
pid=$!
sleep 0.5
toy p.toy
check "concurrent: second process warns" has "$ERR" "warning: incremental directory inc is in use by another smelt process; compiling without incremental reuse"
check "concurrent: second process output correct" eq "$OUT" "$clean_out"
check "concurrent: second process exit 0" eq "$RC" 0
wait $pid
check "concurrent: first process succeeded" eq "$?" 0
check "concurrent: first process output correct" eq "$(cat first.out)" "$clean_out"
toy p.toy
check "concurrent: cache consistent afterwards" hasnt "$ERR" "unusable"
expect_stat "concurrent: cache reused afterwards" value executed 0
check "concurrent: one finalized session remains" eq "$(ls -d inc/s-* | wc -l)" 1
