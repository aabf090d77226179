# Definition paths against rustc's own numbering.  For every
# tests/ui/def-paths-*.rs, the bodies smelt defines (closures, async
# blocks, coroutines, anonymous constants) must be exactly the bodies that
# nightly rustc's `-Z unpretty=mir` names, in rustc's notation.  Synthetic
# bodies are made by the back end (a later issue) and are left out.
# Without a nightly toolchain the test compares with the blessed .stdout.
set -u
: "${SMELT:?}"
cd "$TESTS_DIR/ui" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
have_nightly=0
if command -v rustup >/dev/null 2>&1 && timeout 60 rustup run nightly rustc --version >/dev/null 2>&1; then
    have_nightly=1
fi
for f in def-paths-*.rs; do
    name=${f%.rs}
    flags=$(sed -n 's|^//@ compile-flags: *||p' "$f" | head -1)
    eval "set -- $flags"
    SMELT_INCREMENTAL=0 "$SMELT" check "$f" "$@" >"$tmp/ours" 2>"$tmp/err"
    # bodies only: paths with an anonymous element, synthetic ones excluded
    awk '{print $1}' "$tmp/ours" | grep -E '\{(closure|constant)#' | grep -v '^{impl#' | sort >"$tmp/ours.bodies"
    if [ ! -s "$tmp/ours.bodies" ]; then
        echo "FAIL defpaths/$name: smelt listed no bodies"; cat "$tmp/err"; continue
    fi
    if [ "$have_nightly" = 1 ]; then
        ed=$(sed -n 's|.*--edition[ =]\([0-9]*\).*|\1|p' <<<"$flags")
        cfgs=$(grep -o -- "--cfg [^ ]*" <<<"$flags" | tr '\n' ' ')
        # shellcheck disable=SC2086
        if ! timeout 120 rustup run nightly rustc --edition "${ed:-2015}" $cfgs -Z unpretty=mir \
            "$f" >"$tmp/mir" 2>"$tmp/mirerr"; then
            echo "FAIL defpaths/$name: rustc nightly rejected the file"; head -5 "$tmp/mirerr"; continue
        fi
        # `fn main::{closure#0}(...` / `const K::{closure#0}` / `g::{constant#1}: usize = {`
        sed -n 's/^\(fn \|const \|static \)\{0,1\}\([^ (:<]*\(::[^ (:<]*\)*\).*/\2/p' "$tmp/mir" |
            grep -E '\{(closure|constant)#' | grep -v '{synthetic#' | sort -u >"$tmp/rustc.bodies"
        # rustc names an item nested in a fn by its own name; smelt by its full path
        if diff "$tmp/rustc.bodies" <(sed 's/^main::inner::/inner::/' "$tmp/ours.bodies" | sort -u) >"$tmp/diff"; then
            echo "PASS defpaths/$name (matches rustc nightly)"
        else
            echo "FAIL defpaths/$name: differs from rustc nightly (< rustc, > smelt)"; cat "$tmp/diff"
        fi
    else
        if [ -f "$name.stdout" ] && diff <(awk '{print $1}' "$name.stdout" | grep -E '\{(closure|constant)#' | grep -v '^{impl#' | sort) "$tmp/ours.bodies" >/dev/null; then
            echo "PASS defpaths/$name (blessed; no nightly rustc here)"
        else
            echo "FAIL defpaths/$name: differs from the blessed listing"
        fi
    fi
done
