#!/usr/bin/env bash
# Checks every revision of every tests/incremental/*.rs revision test with
# (stable) rustc, so that the tests stay inside the Rust that rustc accepts:
#   rpass/bpass/cpass revisions must be accepted, cfail/bfail revisions
#   rejected with exactly the annotated errors (`//~ ERROR msg` etc., as in
#   revisions.sh: same line, message substring, same number of errors).
# Lines holding #[rustc_clean(...)], #![rustc_partition_*(...)] or #![feature(...)] are blanked first
# (stable rustc rejects them; they are smelt's/rustc's test machinery, not
# the program; blanking keeps the line numbers), and -Z flags are dropped
# from the compile-flags.  Each revision is compiled with `--cfg <revision>`,
# the file's `//@ edition:` (unless the revision's flags give --edition) and
# its common and per-revision `//@ compile-flags:`, as a library crate
# (--emit=metadata: no code generation, `fn main` is just a fn), -A warnings.
# Prints one PASS/FAIL line per revision; with no rustc, PASS ... skipped.
# Usage: bash tests/incremental/check-with-rustc.sh [FILE.rs ...]
# (default: every *.rs beside this script).  Environment: RUSTC (default: rustc).
# Exits non-zero if any revision fails.
set -u
RUSTC=${RUSTC:-rustc}
here=$(cd "$(dirname "$0")" && pwd)
if [ $# -eq 0 ]; then
    set -- "$here"/*.rs
fi
files=("$@")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
have_rustc=1
command -v "$RUSTC" >/dev/null 2>&1 || have_rustc=0
fails=0

# expected "LINE<TAB>MESSAGE" for revision $2 of file $1 (as revisions.sh)
expected_errors() {
    awk -v rev="$2" '
    {
        line = NR
        s = $0
        while ((i = index(s, "//")) > 0) {
            s = substr(s, i + 2)
            revs = ""
            if (substr(s, 1, 1) == "[") { j = index(s, "]"); revs = substr(s, 2, j - 2); s = substr(s, j + 1) }
            if (substr(s, 1, 1) != "~") continue
            s = substr(s, 2)
            up = 0
            while (substr(s, 1, 1) == "^") { up++; s = substr(s, 2) }
            sub(/^ +/, "", s)
            if (substr(s, 1, 5) != "ERROR") continue
            msg = substr(s, 6); sub(/^ +/, "", msg)
            ok = (revs == "")
            n = split(revs, rr, ",")
            for (k = 1; k <= n; k++) { gsub(/ /, "", rr[k]); if (rr[k] == rev) ok = 1 }
            if (ok) printf "%d\t%s\n", line - up, msg
            break
        }
    }' "$1"
}

# actual "LINE<TAB>MESSAGE" from rustc's human diagnostics in $1 for file $2
actual_errors() {
    awk -v f="$2" '
    /^error(\[E[0-9]+\])?: / { msg = $0; sub(/^error(\[E[0-9]+\])?: /, "", msg); pending = 1; next }
    pending && /^ *--> / { split($2, a, ":"); if (a[1] == f) printf "%d\t%s\n", a[2], msg; pending = 0; next }
    pending && /^$/ { printf "0\t%s\n", msg; pending = 0 }
    ' "$1" | grep -v $'\taborting due to'
}

# every expected (line, message) matches one actual error: same line, substring
errors_match() {
    awk -F'\t' 'NR == FNR { want[NR] = $0; n = NR; next }
        { got[FNR] = $0; m = FNR }
        END { if (n != m) exit 1
              for (i = 1; i <= n; i++) { split(want[i], w, "\t"); found = 0
                for (j = 1; j <= m; j++) { if (used[j]) continue; split(got[j], g, "\t")
                  if (w[1] == g[1] && index(g[2], w[2]) > 0) { used[j] = 1; found = 1; break } }
                if (!found) exit 1 } }' "$1" "$2"
}

for f in "${files[@]}"; do
    [ -f "$f" ] || continue
    base=$(basename "$f")
    name=${base%.rs}
    revs=$(sed -n 's|^//@ *revisions: *||p' "$f" | head -1)
    if [ -z "$revs" ]; then echo "FAIL rustc/$name: no //@ revisions line"; fails=$((fails + 1)); continue; fi
    if [ "$have_rustc" = 0 ]; then
        for rev in $revs; do echo "PASS rustc/$name[$rev] skipped (no $RUSTC)"; done
        continue
    fi
    # same file name, so that rustc's diagnostics name the same file
    mkdir -p "$tmp/$name"
    src="$tmp/$name/$base"
    sed -e 's/^.*rustc_clean.*$//' -e 's/^.*rustc_partition_.*$//' -e 's/^ *#!\[feature(.*$//' "$f" >"$src"
    common=$(sed -n 's|^//@ *compile-flags: *||p' "$f" | tr '\n' ' ')
    edition=$(sed -n 's|^//@ *edition: *||p' "$f" | head -1)
    for rev in $revs; do
        own=$(sed -n "s|^//@ *\[$rev\] *compile-flags: *||p" "$f" | tr '\n' ' ')
        eval "set -- $common $own"
        args=()
        while [ $# -gt 0 ]; do
            case $1 in
            -Z | --print) shift; [ $# -gt 0 ] && shift ;;
            -Z* | --print=* | --verify-incremental | --max-memory=*) shift ;;
            *) args+=("$1"); shift ;;
            esac
        done
        # a per-revision --edition replaces the file's //@ edition
        ed=()
        if [ -n "$edition" ]; then
            case " ${args[*]+${args[*]}} " in *" --edition "* | *" --edition="*) ;; *) ed=(--edition "$edition") ;; esac
        fi
        (cd "$tmp/$name" && "$RUSTC" ${ed[@]+"${ed[@]}"} ${args[@]+"${args[@]}"} --cfg "$rev" \
            --crate-type lib --emit=metadata -o "$tmp/$name/out.rmeta" -A warnings "$base") \
            >"$tmp/out" 2>&1
        rc=$?
        what="rustc/$name[$rev]"
        case $rev in
        rpass* | bpass* | cpass*)
            if [ "$rc" = 0 ]; then echo "PASS $what accepted"; else
                echo "FAIL $what: rustc rejects it"; sed 's/^/    /' "$tmp/out" | head -20; fails=$((fails + 1)); fi ;;
        cfail* | bfail*)
            expected_errors "$f" "$rev" | sort >"$tmp/want"
            actual_errors "$tmp/out" "$base" | sort >"$tmp/got"
            if [ "$rc" != 1 ]; then
                echo "FAIL $what: rustc accepts it (exit $rc)"; sed 's/^/    /' "$tmp/out" | head -20; fails=$((fails + 1))
            elif errors_match "$tmp/want" "$tmp/got"; then
                echo "PASS $what rejected as annotated"
            else
                echo "FAIL $what: rustc's errors differ from the annotations"
                echo "  expected:"; sed 's/^/    /' "$tmp/want"; echo "  rustc:"; sed 's/^/    /' "$tmp/got"
                fails=$((fails + 1))
            fi ;;
        *)
            echo "FAIL $what: unknown revision kind"; fails=$((fails + 1)) ;;
        esac
    done
done
[ "$fails" = 0 ]
