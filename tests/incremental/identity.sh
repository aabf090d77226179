# Definition identity: the rust-lang/rust#139142 pattern.  A compiler-made
# (synthetic) definition and a user definition must never be confused, even
# when the toy is told to name synthetic defs the way rustc did before the
# fix (-Z toy-legacy-synthetic-names): invariant 2 then still keeps the old
# node red and unforced, instead of replaying its reads into a cycle.
. "$TESTS_DIR/lib.sh"

# session 1: an async cell; lowering creates a synthetic def that reads value(d)
printf 'async d = 1 + {2}\n' >s.toy
toy s.toy --print def-paths
check "synthetic: lowered" has "$OUT" "d = 3 (lowered to d::{synthetic#0}, which captured 3)"
check "synthetic: listed with its own kind" has "$OUT" "def d::{synthetic#0}         synthetic"

# a no-change rerun re-creates the synthetic def with the same identity, once
hash1=$(grep 'd::{synthetic#0}' out.txt | awk '{print $4}')
toy s.toy --print def-paths
hash2=$(grep 'd::{synthetic#0}' out.txt | awk '{print $4}')
check "synthetic: replayed with the same DefPathHash" eq "$hash1" "$hash2"
check "synthetic: created exactly once" eq "$(grep -c 'synthetic#' out.txt)" 2
expect_stat "synthetic: lower green (replayed, not re-run)" lower executed 0
expect_stat "synthetic: anon_info green" anon_info executed 0

# session 2: a user sub-cell takes the number; user and synthetic never share a path
printf 'd = 1 + {2} + {3}\n' >s.toy
toy s.toy --print def-paths
check "normal names: output" eq "$(head -1 out.txt)" "d = 6"
check "normal names: no cycle" hasnt "$ERR" "cycle"
check "normal names: success" eq "$RC" 0

# the same two sessions with rustc's pre-fix naming: the synthetic def is d::{anon#1}
rm -rf inc
printf 'async d = 1 + {2}\n' >s.toy
toy s.toy --print def-paths -Z toy-legacy-synthetic-names
check "legacy names: the synthetic def is named like a user sub-cell" has "$OUT" "def d::{anon#1}              synthetic"
printf 'd = 1 + {2} + {3}\n' >s.toy
toy s.toy --print def-paths -Z toy-legacy-synthetic-names -Z incremental-info
check "legacy names: the user sub-cell has the old synthetic's path" has "$OUT" "def d::{anon#1}              anon"
check "legacy names: no cycle (the old node's reads are not replayed)" hasnt "$ERR" "cycle detected"
check "legacy names: success" eq "$RC" 0
check "legacy names: correct output" eq "$(head -1 out.txt)" "d = 6"
check "legacy names: the stale node is recognised as another def kind" has "$ERR" "anon_info(d::{anon#1}): the previous node with this path was another kind of definition; it is red and is not forced"
expect_stat "legacy names: nothing forced for anon_info" anon_info forced 0
expect_stat "legacy names: anon_info executed for both sub-cells" anon_info executed 2
SMELT_INCREMENTAL=0 run toy s.toy
check "legacy names: equals a clean build" eq "$(head -1 out.txt)" "d = 6"

# and back: the user sub-cell's node must not answer for a new synthetic def
printf 'async d = 1 + {2}\n' >s.toy
toy s.toy --print def-paths -Z toy-legacy-synthetic-names
check "legacy names, back: lowered again" has "$OUT" "d = 3 (lowered to d::{anon#1}, which captured 3)"
check "legacy names, back: no cycle" hasnt "$ERR" "cycle"
