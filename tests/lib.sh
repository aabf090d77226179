# tests/lib.sh — helpers for the shell tests.  Source it; every check prints
# `PASS name` or `FAIL name: why`.  $SMELT is the binary under test.
set -u
: "${SMELT:?}"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/smelt-test.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
cd "$WORK" || exit 1
# every incremental run is also verified unless a test says otherwise
export SMELT_VERIFY=${SMELT_VERIFY:-1}

# run ARGS...: runs smelt, leaving stdout in $OUT, stderr in $ERR, status in $RC
run() {
    "$SMELT" "$@" >out.txt 2>err.txt
    RC=$?
    OUT=$(cat out.txt)
    ERR=$(cat err.txt)
}

# toy FILE [ARGS...]: runs the toy client incrementally on ./inc with query stats
toy() {
    local f=$1; shift
    run toy "$f" -C incremental=inc -Z query-stats "$@"
}

# stat KIND COLUMN -> number (columns: executed green loaded forced recomputed total)
stat() {
    local col
    case $2 in executed) col=2;; green) col=3;; loaded) col=4;; forced) col=5;;
        recomputed) col=6;; total) col=7;; *) echo "bad column $2" >&2; return 1;; esac
    awk -v k="$1" -v c="$col" '$1 == k && NF == 7 { print $c; found=1 } END { if (!found) print "missing" }' err.txt
}

pass() { echo "PASS $1"; }
fail() { echo "FAIL $1: $2"; echo "--- stdout:"; cat out.txt 2>/dev/null; echo "--- stderr:"; cat err.txt 2>/dev/null; echo "---"; }

# check NAME CONDITION-COMMAND...: PASS when the command succeeds
check() {
    local name=$1; shift
    if "$@"; then pass "$name"; else fail "$name" "$*"; fi
}

# expect_stat NAME KIND COLUMN VALUE
expect_stat() {
    local got
    got=$(stat "$2" "$3")
    if [ "$got" = "$4" ]; then pass "$1"; else fail "$1" "$2 $3 is $got, expected $4"; fi
}

eq() { [ "$1" = "$2" ]; }
has() { grep -qF -- "$2" <<<"$1"; }
hasnt() { ! grep -qF -- "$2" <<<"$1"; }

# diags: stderr without the query-stats table
diags() { sed '/^query-stats:$/,$d' err.txt; }
