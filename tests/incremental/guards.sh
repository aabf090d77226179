# Guards: the query-depth limit and the memory budget stop the compile with
# an error that prints the innermost query frames, exit code 101; never an
# unbounded recursion or an OOM kill.  Also verify mode and the switches.
. "$TESTS_DIR/lib.sh"

# a chain requested from its deep end: value(c2999) -> value(c2998) -> ...
i=2999; : >deep.toy
while [ $i -gt 0 ]; do echo "c$i = c$((i - 1)) + 1" >>deep.toy; i=$((i - 1)); done
echo "c0 = 0" >>deep.toy
run toy deep.toy -Z query-depth=500
check "depth guard: exit code 101" eq "$RC" 101
check "depth guard: message" has "$ERR" "error: query depth limit of 500 exceeded"
check "depth guard: innermost frame first" has "$ERR" "  #0 value(c2501)"
check "depth guard: then its caller" has "$ERR" "  #1 value(c2502)"
check "depth guard: hint" has "$ERR" "note: raise the limit with -Z query-depth=N"
run toy deep.toy
check "depth: the default limit is enough for 3000" eq "$RC" 0
check "depth: correct value" has "$OUT" "c2999 = 2999"
run toy deep.toy -C incremental=inc -Z query-depth=500
check "depth guard incremental: exit 101" eq "$RC" 101
check "depth guard incremental: no session saved" test -z "$(ls -d inc/s-* 2>/dev/null | grep -v working)"

# memory: a big file under a small budget
i=0; : >big.toy
while [ $i -lt 20000 ]; do echo "c$i = $i + {$i * 2}"; i=$((i + 1)); done >>big.toy
run toy big.toy --max-memory=1M
check "memory guard: exit code 101" eq "$RC" 101
check "memory guard: message" has "$ERR" "error: smelt exceeded its memory budget of 1048576 bytes"
check "memory guard: frames" has "$ERR" "note: the innermost query frames were:"
check "memory guard: innermost frame named" grep -qE '^  #0 [a-z_]+\(' err.txt
check "memory guard: hint" has "$ERR" "raise the budget with --max-memory=SIZE"
run toy big.toy --max-memory=1G
check "memory: enough budget works" eq "$RC" 0
run toy big.toy --max-memory=banana
check "memory: bad size rejected" eq "$RC" 2
check "memory: bad size message" has "$ERR" "invalid --max-memory value \`banana\`"

# verify mode: an untracked read (env) is caught when its result is reused
printf 'a = env(SMELT_TOY_X) + 1\nb = a * 2\n' >v.toy
SMELT_TOY_X=1 toy v.toy
check "verify: session 1" has "$OUT" "b = 4"
SMELT_TOY_X=5 toy v.toy --verify-incremental
check "verify: mismatch is an error" eq "$RC" 1
check "verify: names the query kind and key" has "$ERR" "incremental verification failed: value(a) recomputed to a different result"
SMELT_TOY_X=5 SMELT_VERIFY=0 toy v.toy
check "verify off: the stale (untracked) result is reused silently" has "$OUT" "b = 4"
rm -rf inc
SMELT_TOY_X=1 toy v.toy
SMELT_TOY_X=5 SMELT_VERIFY=1 toy v.toy
check "verify: SMELT_VERIFY=1 turns it on" has "$ERR" "incremental verification failed"
SMELT_TOY_X=1 toy v.toy --verify-incremental
check "verify: a pure reuse passes" eq "$RC" 0

# command line
run toy
check "usage: no file" eq "$RC" 2
run toy v.toy -Z no-such-flag
check "usage: unknown -Z" has "$ERR" "unknown -Z option"
run toy missing.toy
check "missing file: error" has "$ERR" "error: couldn't read missing.toy"
check "missing file: exit 1" eq "$RC" 1
run build main.rs
check "build: a missing file is a clean error" has "$ERR" "couldn't read main.rs"
check "build: a missing file exits 1" eq "$RC" 1
printf '\x00\xff\xfe garbage ((( {{{\n= = =\n' >bad.toy
run toy bad.toy
check "garbage input: clean errors" eq "$RC" 1
check "garbage input: no crash" has "$ERR" "error: "
