# Red-green basics on the toy client: no-change reruns, one changed input,
# early cutoff, removed keys, item-relative spans and replayed diagnostics.
. "$TESTS_DIR/lib.sh"

cat >f.toy <<'T'
a = 1
b = a + 1
c = b * 2
d = 7
e = d / 0
T
toy f.toy
check "fresh session runs" eq "$RC" 0
check "fresh session output" eq "$OUT" "$(printf 'a = 1\nb = 2\nc = 4\nd = 7\ne = 0')"
expect_stat "fresh: every value executed" value executed 5
check "fresh: the warning is printed" has "$ERR" "warning: this operation divides by zero"
clean_out=$OUT
clean_err=$(diags)

# --- no change: only the input executes
toy f.toy
check "no-change: same output" eq "$OUT" "$clean_out"
expect_stat "no-change: source_text executed (input)" source_text executed 1
for k in parse defs lookup cell_expr value lower report; do
    expect_stat "no-change: $k not executed" $k executed 0
done
expect_stat "no-change: report loaded from the cache" report loaded 1
expect_stat "no-change: report green" report green 1
check "no-change: the warning is replayed" has "$ERR" "warning: this operation divides by zero"
check "no-change: diagnostics equal the clean build's" eq "$(diags)" "$clean_err"
check "no-change: replayed warning points at line 5" has "$ERR" " --> f.toy:5:5"

# --- one changed cell: only what depends on it re-executes
sed -i 's/^d = 7$/d = 8/' f.toy
toy f.toy
check "change d: output" has "$OUT" "d = 8"
# e = d / 0 reads d, so it re-executes too; a, b, c do not
expect_stat "change d: value executed for d and e only" value executed 2
expect_stat "change d: a, b, c green" value green 3
expect_stat "change d: lower executed only for d" lower executed 1
expect_stat "change d: report re-executed" report executed 1

# --- early cutoff: a recomputed, equal result stops propagation
sed -i 's/^a = 1$/a = 3 - 2/' f.toy
toy f.toy
expect_stat "cutoff: value(a) re-executed" value executed 1
expect_stat "cutoff: b, c, d, e stay green" value green 4
expect_stat "cutoff: report green (reused)" report green 1
expect_stat "cutoff: report loaded, not executed" report executed 0
check "cutoff: output unchanged" has "$OUT" "a = 1"

# --- inserting lines above an item leaves its fingerprint unchanged
{ printf '# a comment\n\n# another\n'; cat f.toy; } >g.toy && mv g.toy f.toy
toy f.toy
expect_stat "insert above: cell_expr re-executed (parse changed)" cell_expr executed 5
expect_stat "insert above: cell_expr results are all equal (cutoff)" value executed 0
expect_stat "insert above: report reused" report executed 0
check "insert above: replayed warning moved to line 8" has "$ERR" " --> f.toy:8:5"
check "insert above: old line number is gone" hasnt "$ERR" " --> f.toy:5:5"

# --- a removed key: its nodes are gone; the rest stays green
rm -rf inc
printf 'a = 1\nb = 2\nc = a * 2\n' >f.toy
toy f.toy
printf 'a = 1\nc = a * 2\n' >f.toy
toy f.toy
check "removed: output" eq "$OUT" "$(printf 'a = 1\nc = 2')"
check "removed: no error" eq "$RC" 0
expect_stat "removed: no value executed" value executed 0
expect_stat "removed: a and c green" value green 2
expect_stat "removed: report re-executed (the cell list changed)" report executed 1
expect_stat "removed: b's nodes are not in the new graph" value total 2

# --- a removed key that is referenced becomes an error, not a stale value
cat >f.toy <<'T'
a = 1
c = b * 2
T
toy f.toy
check "dangling: exit code 1" eq "$RC" 1
check "dangling: E0425" has "$ERR" "error[E0425]: cannot find cell \`b\` in this file"
check "dangling: points at b" has "$ERR" " --> f.toy:2:5"

# --- incremental output equals a clean build's, every step
cat >f.toy <<'T'
x = 5
y = x * {x + 1}
async z = y - {x / 0}
T
toy f.toy
first_out=$OUT
sed -i 's/^x = 5$/x = 6/' f.toy
toy f.toy
incr_out=$OUT; incr_err=$(diags)
SMELT_INCREMENTAL=0 run toy f.toy
check "incremental equals clean: stdout" eq "$incr_out" "$OUT"
check "incremental equals clean: diagnostics" eq "$incr_err" "$ERR"
SMELT_INCREMENTAL=0 run toy f.toy -C incremental=off-dir
check "SMELT_INCREMENTAL=0: still compiles" eq "$OUT" "$incr_out"
check "SMELT_INCREMENTAL=0 writes no cache even when -C incremental is given" test ! -e off-dir
