# ui-pass tests: every tests/ui-pass/*.rs is a valid program in smelt's subset.
# `smelt check` must accept it: exit 0 and print nothing on stderr.  A line
# `//@ compile-flags: ...` (the first, by convention the file's first line)
# adds flags, to smelt and to rustc alike; without one both use edition 2015.
# When rustc is on PATH, rustc must accept the file too (reported as a
# separate `PASS ui-pass/NAME (rustc agrees)` line); without rustc that
# check is skipped.
set -u
: "${SMELT:?}"
dir=$TESTS_DIR/ui-pass
cd "$dir" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
have_rustc=0
command -v rustc >/dev/null 2>&1 && have_rustc=1
for f in *.rs; do
    [ -f "$f" ] || continue
    name=${f%.rs}
    flags=$(sed -n 's|^//@ compile-flags: *||p' "$f" | head -1)
    eval "set -- $flags"
    SMELT_INCREMENTAL=0 "$SMELT" check "$f" "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    if [ "$rc" != 0 ]; then
        echo "FAIL ui-pass/$name: smelt exited with $rc"; head -20 "$tmp/err"
    elif [ -s "$tmp/err" ]; then
        echo "FAIL ui-pass/$name: smelt printed diagnostics"; head -20 "$tmp/err"
    else
        echo "PASS ui-pass/$name"
    fi
    if [ "$have_rustc" = 1 ]; then
        if rustc "$@" --emit=metadata -o "$tmp/x.rmeta" "$f" >/dev/null 2>"$tmp/rerr"; then
            echo "PASS ui-pass/$name (rustc agrees)"
        else
            echo "FAIL ui-pass/$name (rustc): rustc rejects the program"; grep -A8 '^error' "$tmp/rerr" | head -20
        fi
    fi
done
