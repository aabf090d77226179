#!/usr/bin/env bash
# tests/backend/runtime.sh — the runtime's own test (runtime/test.sh: panics, float
# formatting, Debug escapes and Unicode tables against rustc, or against committed
# expectations without it), as one PASS/FAIL line per part for tests/run.
here=$(cd "$(dirname "$0")/../.." && pwd)
out=$(cd "$here/runtime" && bash test.sh 2>&1)
rc=$?
last=$(tail -1 <<<"$out")
if [ "$rc" -eq 0 ] && [[ "$last" =~ ^[0-9]+\ passed,\ 0\ failed$ ]]; then
    echo "PASS runtime: $last"
else
    echo "FAIL runtime: exit $rc, $last"
    grep -m20 -i 'fail' <<<"$out"
fi
