# Invariant 1: nothing session-local reaches a fingerprint or the cache.
# Two clean builds whose session-local ids differ (-Z perturb-ids shifts
# every interned symbol) must write byte-identical cache files; an
# incremental session must reach the same fingerprints as a clean one.
. "$TESTS_DIR/lib.sh"

cat >p.toy <<'T'
a = 40
b = a + 2 + {a / 0} + {{a} * 3}
async c = b * 2
d = c - a
T
files() { local s; s=$(ls -d "$1"/s-* | grep -v working); cat "$s/dep-graph.bin" "$s/query-cache.bin" | cksum; }
run toy p.toy -C incremental=one
run toy p.toy -C incremental=two -Z perturb-ids
check "perturbed ids: both succeed" eq "$RC" 0
check "perturbed ids: byte-identical cache files" eq "$(files one)" "$(files two)"

# the same program reached incrementally leaves the same fingerprints:
# the next no-change session over either cache is all green
printf 'a = 1\nb = a\nd = 5\n' >p2.toy
run toy p2.toy -C incremental=three
run toy p.toy -C incremental=three -Z perturb-ids
cp p.toy q.toy
run toy q.toy -C incremental=three -Z query-stats
check "reached incrementally: success" eq "$RC" 0
expect_stat "reached incrementally: no value executed next time" value executed 0
expect_stat "reached incrementally: no lower executed next time" lower executed 0
