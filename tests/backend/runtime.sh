#!/usr/bin/env bash
# tests/backend/runtime.sh — the runtime's own test (runtime/test.sh: panics, float
# formatting, Debug escapes and Unicode tables against rustc, or against committed
# expectations without it), as one PASS/FAIL line per part for tests/run: built by the
# default C compiler, and by tcc when it is installed (smelt then compiles the runtime with it).
here=$(cd "$(dirname "$0")/../.." && pwd)
one() { # NAME [ENV...]
    local name=$1; shift
    local out rc last
    out=$(cd "$here/runtime" && env "$@" bash test.sh 2>&1)
    rc=$?
    last=$(tail -1 <<<"$out")
    if [ "$rc" -eq 0 ] && [[ "$last" =~ ^[0-9]+\ passed,\ 0\ failed$ ]]; then
        echo "PASS runtime ($name): $last"
    else
        echo "FAIL runtime ($name): exit $rc, $last"
        grep -m20 -i 'fail' <<<"$out"
    fi
}
one cc
if command -v tcc >/dev/null 2>&1; then
    one tcc CC=tcc CFLAGS=-w
fi
