# Revision tests in the format of rustc's tests/incremental: every
# tests/incremental/*.rs is compiled once per revision, in order, into ONE
# incremental directory with `--cfg <revision>`:
#   //@ revisions: rpass1 cfail2 bpass3     (rpass/bpass/cpass must compile,
#                                           cfail/bfail must fail)
#   //@ compile-flags: ...   //@ [rev]compile-flags: ...   //@ edition: 2021
#   //~ ERROR msg  //[cfail2]~ ERROR msg  //~^ ERROR msg   (expected errors)
#   #[rustc_clean(cfg="rpass2", except="hir_owner_nodes")]  (-Z query-dep-graph)
# Each revision is also compiled in a fresh directory: diagnostics and
# `--print def-paths` and `--print types` must be identical (incremental == clean).  Every
# compile runs with --verify-incremental, a memory budget and a timeout.
set -u
: "${SMELT:?}"
cd "$TESTS_DIR/incremental" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
LIMITS=(--max-memory=512M)

# expected "LINE<TAB>MESSAGE" for revision $2 of file $1
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

# actual "LINE<TAB>MESSAGE" from human diagnostics in $1 for file $2
actual_errors() {
    awk -v f="$2" '
    /^error(\[E[0-9]+\])?: / { msg = $0; sub(/^error(\[E[0-9]+\])?: /, "", msg); pending = 1; next }
    pending && /^ *--> / { split($2, a, ":"); if (a[1] == f) printf "%d\t%s\n", a[2], msg; pending = 0; next }
    pending && /^$/ { printf "0\t%s\n", msg; pending = 0 }
    ' "$1" | grep -v $'\taborting due to'
}

for f in *.rs; do
    [ -f "$f" ] || continue
    name=${f%.rs}
    revs=$(sed -n 's|^//@ *revisions: *||p' "$f" | head -1)
    if [ -z "$revs" ]; then echo "FAIL rev/$name: no //@ revisions line"; continue; fi
    common=$(sed -n 's|^//@ *compile-flags: *||p' "$f" | tr '\n' ' ')
    edition=$(sed -n 's|^//@ *edition: *||p' "$f" | head -1)
    [ -n "$edition" ] && common="$common --edition $edition"
    inc="$tmp/$name.inc"
    rm -rf "$inc"
    for rev in $revs; do
        own=$(sed -n "s|^//@ *\[$rev\] *compile-flags: *||p" "$f" | tr '\n' ' ')
        eval "set -- $common $own"
        timeout 60 "$SMELT" check "$f" "$@" --cfg "$rev" -C incremental="$inc" -Z query-dep-graph \
            --verify-incremental "${LIMITS[@]}" --print def-paths --print types >"$tmp/out" 2>"$tmp/err"
        rc=$?
        # the clean build: a fresh session has nothing to reuse, so no #[rustc_clean] checks
        clean_args=()
        while [ $# -gt 0 ]; do
            if [ "$1" = "-Z" ] && [ "${2:-}" = "query-dep-graph" ]; then shift 2; continue; fi
            [ "$1" = "-Zquery-dep-graph" ] || clean_args+=("$1")
            shift
        done
        SMELT_INCREMENTAL=0 timeout 60 "$SMELT" check "$f" ${clean_args[@]+"${clean_args[@]}"} \
            --cfg "$rev" "${LIMITS[@]}" --print def-paths --print types >"$tmp/cout" 2>"$tmp/cerr"
        crc=$?
        what="rev/$name[$rev]"
        if [ "$rc" -gt 1 ]; then
            echo "FAIL $what: exit code $rc (crash, guard or timeout)"; tail -5 "$tmp/err"; continue
        fi
        case $rev in
        rpass* | bpass* | cpass*)
            if [ "$rc" = 0 ]; then echo "PASS $what compiles"; else
                echo "FAIL $what: should compile"; head -20 "$tmp/err"; fi ;;
        cfail* | bfail*)
            expected_errors "$f" "$rev" | sort >"$tmp/want"
            actual_errors "$tmp/err" "$f" | sort >"$tmp/got"
            if [ "$rc" != 1 ]; then echo "FAIL $what: should fail"
            elif ! [ -s "$tmp/want" ]; then echo "FAIL $what: a fail revision needs //~ ERROR annotations"
            elif diff "$tmp/want" <(cut -c1- "$tmp/got") >/dev/null 2>&1 ||
                 awk -F'\t' 'NR==FNR { want[NR] = $0; n = NR; next }
                     { got[FNR] = $0; m = FNR }
                     END { if (n != m) exit 1
                           for (i = 1; i <= n; i++) { split(want[i], w, "\t"); split(got[i], g, "\t")
                             if (w[1] != g[1] || index(g[2], w[2]) == 0) exit 1 } }' "$tmp/want" "$tmp/got"; then
                echo "PASS $what fails as annotated"
            else
                echo "FAIL $what: errors differ from the annotations"
                echo "  expected:"; sed 's/^/    /' "$tmp/want"; echo "  got:"; sed 's/^/    /' "$tmp/got"
            fi ;;
        *)
            echo "FAIL $what: unknown revision kind (rpass/bpass/cpass/cfail/bfail)" ;;
        esac
        if [ "$rc" = "$crc" ] && cmp -s "$tmp/out" "$tmp/cout" && cmp -s "$tmp/err" "$tmp/cerr"; then
            echo "PASS $what equals a clean build"
        else
            echo "FAIL $what: incremental differs from clean (exit $rc vs $crc)"
            diff "$tmp/out" "$tmp/cout" | head -10; diff "$tmp/err" "$tmp/cerr" | head -10
        fi
    done
done
