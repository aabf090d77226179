#!/usr/bin/env bash
# Re-verifies every tests/ui-fail/*.rs against rustc: the error codes rustc
# reports (distinct, in order of first appearance) must equal the file's
# `//@ error:` header, every error must carry a code, and the set of
# (line, code) pairs rustc reports must equal the `//~ ERROR Ecode` annotations.
# Prints `PASS name` / `FAIL name: why`; skips (exit 0) when rustc is absent.
#   tests/ui-fail/check-with-rustc.sh [filter]
set -u
here=$(cd "$(dirname "$0")" && pwd)
filter=${1:-}
if ! command -v rustc >/dev/null 2>&1; then
    echo "SKIP ui-fail: rustc not on PATH"; exit 0
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
for f in "$here"/*.rs; do
    name=$(basename "$f" .rs)
    [ -n "$filter" ] && [[ "$name" != *"$filter"* ]] && continue
    want=$(sed -n 's|^//@ error:[[:space:]]*||p' "$f" | head -1 | xargs)
    flags=$(sed -n 's|^//@ compile-flags:[[:space:]]*||p' "$f" | head -1)
    if [ -z "$want" ]; then echo "FAIL $name: no //@ error: header"; fail=$((fail+1)); continue; fi
    # shellcheck disable=SC2086
    out=$(rustc $flags --crate-type lib --emit=metadata --error-format=short \
          -o "$tmp/uf.rmeta" "$f" 2>&1); rc=$?
    errs=$(grep -E ': error(\[E[0-9][0-9][0-9][0-9]\])?: ' <<<"$out")
    got=$(grep -oE 'error\[E[0-9][0-9][0-9][0-9]\]' <<<"$errs" | grep -oE 'E[0-9]{4}' | awk '!s[$0]++' | xargs)
    uncoded=$(grep -E ': error: ' <<<"$errs")
    gotpairs=$(sed -nE 's|^[^:]*:([0-9]+):[0-9]+: error\[(E[0-9][0-9][0-9][0-9])\].*|\1 \2|p' <<<"$errs" | sort -u)
    wantpairs=$(awk '{ while (match($0, /\/\/~ ERROR E[0-9][0-9][0-9][0-9]/)) { s = substr($0, RSTART, RLENGTH);
                 sub(/.*ERROR /, "", s); print NR, s; $0 = substr($0, RSTART + RLENGTH) } }' "$f" | sort -u)
    if [ "$rc" -eq 0 ]; then
        echo "FAIL $name: rustc accepted it"; fail=$((fail+1))
    elif [ -n "$uncoded" ]; then
        echo "FAIL $name: error without a code: $(head -1 <<<"$uncoded")"; fail=$((fail+1))
    elif [ "$got" != "$want" ]; then
        echo "FAIL $name: header says '$want', rustc reports '$got'"; fail=$((fail+1))
    elif [ "$gotpairs" != "$wantpairs" ]; then
        echo "FAIL $name: annotations [$(xargs <<<"$wantpairs")] but rustc reports [$(xargs <<<"$gotpairs")]"; fail=$((fail+1))
    else
        echo "PASS $name"; pass=$((pass+1))
    fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
