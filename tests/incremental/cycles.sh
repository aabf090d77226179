# Cycles: always detected and reported with every frame in order, in a fresh
# session and when the cycle appears only while marking the previous graph.
. "$TESTS_DIR/lib.sh"

printf 'a = b + 1\nb = a + 1\n' >c.toy
run toy c.toy
check "fresh cycle: exit code 1" eq "$RC" 1
check "fresh cycle: full path in order" has "$ERR" "error[E0391]: cycle detected when computing value(a) -> value(b) -> value(a)"
check "fresh cycle: note closes the cycle" has "$ERR" "...which again requires computing value(a), completing the cycle"
check "fresh cycle: reported once" eq "$(grep -c 'cycle detected' err.txt)" 1

printf 'a = b + 1\nb = c\nc = d * 2\nd = a\n' >c.toy
run toy c.toy
check "long cycle: every frame" has "$ERR" "cycle detected when computing value(a) -> value(b) -> value(c) -> value(d) -> value(a)"

printf 'a = a\n' >c.toy
run toy c.toy
check "self cycle" has "$ERR" "cycle detected when computing value(a) -> value(a)"

# the cycle appears only in session 2, while try-mark-green walks session 1's graph
printf 'a = b + 1\nb = 2\n' >m.toy
toy m.toy
check "mark-green cycle: session 1 fine" eq "$RC" 0
sessions=$(ls inc | grep '^s-')
printf 'a = b + 1\nb = a + 1\n' >m.toy
toy m.toy
check "mark-green cycle: exit code 1" eq "$RC" 1
check "mark-green cycle: same message as a fresh session" has "$ERR" "error[E0391]: cycle detected when computing value(a) -> value(b) -> value(a)"
check "mark-green cycle: reported once" eq "$(grep -c 'cycle detected' err.txt)" 1
check "error session was not saved" eq "$sessions" "$(ls inc | grep '^s-')"
incr=$(diags)
SMELT_INCREMENTAL=0 run toy m.toy
check "mark-green cycle: diagnostics equal a clean build's" eq "$incr" "$ERR"

# a session with errors leaves the previous finalized session as it was
printf 'a = b + 1\nb = 2\n' >m.toy
toy m.toy
check "after the error: back to green" eq "$RC" 0
expect_stat "after the error: session 1's graph reused" value executed 0

# deeper: the cycle closes through a sub-cell's query
printf 'x = 1\ny = {x} + 1\n' >n.toy
toy n.toy
printf 'x = y\ny = {x} + 1\n' >n.toy
toy n.toy
check "cycle through sub-cells: detected" has "$ERR" "cycle detected when computing value(x) -> value(y) -> value(x)"
