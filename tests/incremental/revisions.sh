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
#
# With the back end: rpass revisions are built (`smelt build`, the same incremental
# directory) and run, and must exit 0; the clean build's program must print the same, and
# its codegen units must hold the same C (object names are hashes of their C text).
#   #![rustc_partition_reused(module="crate-mod", cfg="rpass2")]     (the unit of `mod`
#   #![rustc_partition_codegened(module="crate-mod", cfg="rpass2")]   was reused / re-emitted)
# A test whose rpass revisions the back end cannot build yet is listed in
# build-unsupported.txt; it is then only checked (and must still say so when built).
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

declare -A no_build=()
while IFS= read -r line || [ -n "$line" ]; do
    line=${line%%#*}; line=$(printf '%s' "$line" | tr -d '[:space:]')
    [ -n "$line" ] && no_build[$line]=1
done <build-unsupported.txt

# the unit path of rustc's partition module name: CRATE-a-b -> a::b, CRATE -> crate
unit_of() {
    case $1 in
    *-*) local rest=${1#*-}; echo "${rest//-/::}" ;;
    *) echo crate ;;
    esac
}

# check_partitions FILE REV VERBOSE-STDERR: the #![rustc_partition_*] attributes for REV
check_partitions() {
    local f=$1 rev=$2 err=$3 line kind module cfg unit got
    grep -oE 'rustc_partition_(reused|codegened)\(module *= *"[^"]*", *cfg *= *"[^"]*"\)' "$f" |
    while IFS= read -r line; do
        kind=$(sed -E 's/rustc_partition_([a-z]+).*/\1/' <<<"$line")
        module=$(sed -E 's/.*module *= *"([^"]*)".*/\1/' <<<"$line")
        cfg=$(sed -E 's/.*cfg *= *"([^"]*)".*/\1/' <<<"$line")
        [ "$cfg" = "$rev" ] || continue
        unit=$(unit_of "$module")
        got=$(grep -E "^unit $unit: " "$err" | awk '{ print $3 }' | sort -u | tr '\n' ' ')
        want=$([ "$kind" = reused ] && echo "reused " || echo "compiled ")
        if [ -z "$got" ]; then
            echo "FAIL rev/${f%.rs}[$rev]: rustc_partition_$kind: no codegen unit for module $module"
        elif [ "$got" = "$want" ]; then
            echo "PASS rev/${f%.rs}[$rev]: module $module $([ "$kind" = reused ] && echo reused || echo codegened)"
        else
            echo "FAIL rev/${f%.rs}[$rev]: rustc_partition_$kind(module=\"$module\"): the unit was ${got% }"
        fi
    done
}

for f in *.rs; do
    [ -f "$f" ] || continue
    name=${f%.rs}
    [ -n "${REV_ONLY:-}" ] && [[ "$name" != *"$REV_ONLY"* ]] && continue
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
        # rpass: the whole compiler (build, then run); the others: check
        sub=check build_args=()
        case $rev in rpass*) [ -z "${no_build[$name]:-}" ] && sub=build && build_args=(-v -o "$tmp/prog") ;; esac
        timeout 120 "$SMELT" $sub "$f" "$@" --cfg "$rev" -C incremental="$inc" -Z query-dep-graph \
            --verify-incremental "${LIMITS[@]}" --print def-paths --print types ${build_args[@]+"${build_args[@]}"} \
            >"$tmp/out" 2>"$tmp/err"
        rc=$?
        # the clean build: a fresh session has nothing to reuse, so no #[rustc_clean] checks
        clean_args=()
        while [ $# -gt 0 ]; do
            if [ "$1" = "-Z" ] && [ "${2:-}" = "query-dep-graph" ]; then shift 2; continue; fi
            [ "$1" = "-Zquery-dep-graph" ] || clean_args+=("$1")
            shift
        done
        cbuild_args=()
        [ "$sub" = build ] && cbuild_args=(-v -o "$tmp/cprog")
        SMELT_INCREMENTAL=0 timeout 120 "$SMELT" $sub "$f" ${clean_args[@]+"${clean_args[@]}"} \
            --cfg "$rev" "${LIMITS[@]}" --print def-paths --print types ${cbuild_args[@]+"${cbuild_args[@]}"} \
            >"$tmp/cout" 2>"$tmp/cerr"
        crc=$?
        what="rev/$name[$rev]"
        if [ "$sub" = build ]; then
            # the units' C (by object name) must be the clean build's; then both programs run
            grep '^unit ' "$tmp/err" | awk '{ print $2, $4 }' | sort >"$tmp/units"
            grep '^unit ' "$tmp/cerr" | awk '{ print $2, $4 }' | sort >"$tmp/cunits"
            if [ "$rc" = 0 ] && [ "$crc" = 0 ]; then
                if cmp -s "$tmp/units" "$tmp/cunits"; then echo "PASS $what the same C as a clean build"
                else echo "FAIL $what: the units' C differs from a clean build's"; diff "$tmp/units" "$tmp/cunits" | head -6; fi
                timeout 20 "$tmp/prog" >"$tmp/run" 2>"$tmp/runerr"; prc=$?
                timeout 20 "$tmp/cprog" >"$tmp/crun" 2>/dev/null; cprc=$?
                if [ "$prc" = 0 ]; then echo "PASS $what runs (exit 0)"
                else echo "FAIL $what: the program exited with $prc"; head -5 "$tmp/runerr"; fi
                if [ "$prc" = "$cprc" ] && cmp -s "$tmp/run" "$tmp/crun"; then echo "PASS $what prints what a clean build prints"
                else echo "FAIL $what: the program's output differs from a clean build's"; fi
                check_partitions "$f" "$rev" "$tmp/err"
            fi
            # the listings compare as for check: drop the unit lines (they differ in reuse)
            sed -i '/^unit /d; /^codegen units: /d' "$tmp/err" "$tmp/cerr"
        elif [ -n "${no_build[$name]:-}" ] && [[ $rev == rpass* ]] && [ "$rc" = 0 ]; then
            SMELT_INCREMENTAL=0 timeout 120 "$SMELT" build "$f" ${clean_args[@]+"${clean_args[@]}"} \
                --cfg "$rev" "${LIMITS[@]}" -o "$tmp/nprog" >/dev/null 2>"$tmp/nerr"
            if grep -q "not supported by smelt yet" "$tmp/nerr"; then
                echo "PASS $what: the back end says it cannot build it yet (build-unsupported.txt)"
            else
                echo "FAIL $what: builds now (exit $?): remove $name from build-unsupported.txt"
            fi
        fi
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
