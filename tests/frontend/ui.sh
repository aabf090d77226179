# UI tests: every tests/ui/*.rs is checked with `smelt check` and its
# stderr (and stdout, exit code) compared with the .stderr/.stdout/.exit
# files beside it.  A first line `//@ compile-flags: ...` adds flags.
# BLESS=1 rewrites the expectations (make bless).  When rustc is on PATH
# and a file has `//@ rustc-agrees`, rustc must agree on success/failure
# and on the error codes.
set -u
: "${SMELT:?}"
ui=$TESTS_DIR/ui
cd "$ui" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in *.rs; do
    [ -f "$f" ] || continue
    name=${f%.rs}
    flags=$(sed -n 's|^//@ compile-flags: *||p' "$f" | head -1)
    eval "set -- $flags"
    SMELT_INCREMENTAL=0 "$SMELT" check "$f" "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    if [ -n "${BLESS:-}" ]; then
        cp "$tmp/err" "$name.stderr"
        if [ -s "$tmp/out" ]; then cp "$tmp/out" "$name.stdout"; else rm -f "$name.stdout"; fi
        echo "$rc" >"$name.exit"
        echo "PASS ui/$name (blessed)"
        continue
    fi
    want_rc=$(cat "$name.exit" 2>/dev/null || echo 0)
    ok=1 why=""
    if [ "$rc" != "$want_rc" ]; then ok=0; why="exit code $rc, expected $want_rc"; fi
    if ! diff -u "$name.stderr" "$tmp/err" >"$tmp/diff" 2>&1; then ok=0; why="stderr differs"; fi
    if [ -f "$name.stdout" ] && ! diff -u "$name.stdout" "$tmp/out" >>"$tmp/diff" 2>&1; then
        ok=0; why="stdout differs"
    fi
    if [ "$ok" = 1 ]; then echo "PASS ui/$name"; else echo "FAIL ui/$name: $why"; head -30 "$tmp/diff"; fi
    if grep -q '^//@ rustc-agrees' "$f" && command -v rustc >/dev/null 2>&1; then
        ed=$(sed -n 's|.*--edition[ =]\([0-9]*\).*|\1|p' <<<"$flags")
        cfgs=$(grep -o -- "--cfg [^ ]*" <<<"$flags" | tr '\n' ' ')
        # shellcheck disable=SC2086
        rustc --edition "${ed:-2015}" $cfgs --crate-type lib --emit=metadata -o "$tmp/x.rmeta" "$f" \
            >/dev/null 2>"$tmp/rerr"
        rrc=$?
        smelt_codes=$(grep -o '^error\[E[0-9]*\]' "$tmp/err" | sort -u | tr '\n' ' ')
        rustc_codes=$(grep -o '^error\[E[0-9]*\]' "$tmp/rerr" | sort -u | tr '\n' ' ')
        if [ $((rrc != 0)) != $((rc != 0)) ]; then
            echo "FAIL ui/$name (rustc): rustc exit $rrc, smelt exit $rc"; head -20 "$tmp/rerr"
        elif [ "$smelt_codes" != "$rustc_codes" ]; then
            echo "FAIL ui/$name (rustc): codes [$smelt_codes] vs rustc [$rustc_codes]"
        else
            echo "PASS ui/$name (rustc agrees)"
        fi
    fi
done
