# ui-fail tests: every tests/ui-fail/*.rs is a program rustc rejects (see
# tests/ui-fail/README.md for the format).  `smelt check FILE <compile-flags>
# --crate-type lib --error-format=json` must exit with 1, report the distinct
# error codes of the `//@ error:` header in that order, report every
# `//~ ERROR Ecode` on its line, and report no error without a code (an
# uncoded error is a parse error or "not supported by smelt yet").
# Prints `PASS ui-fail/NAME` or `FAIL ui-fail/NAME: expected ..., got ...`
# followed by smelt's first diagnostics.
#
# Known gaps: UI_FAIL_ALLOW names a list of tests allowed to fail (default
# tests/ui-fail/known-gaps.txt; UI_FAIL_ALLOW=/dev/null for none).  One name
# per line (with or without .rs), lines starting with `#` are comments, and
# the rest of a line after the name (an optional `#` first) is the reason.
# A listed test that fails prints `XFAIL` (tests/run counts only PASS and
# FAIL lines); one that passes prints `PASS ... (remove from the known-gap list)`.
# Needs neither rustc nor jq.
set -u
export LC_ALL=C
: "${SMELT:?}"
: "${TESTS_DIR:?}"
dir=$TESTS_DIR/ui-fail
allow=${UI_FAIL_ALLOW-$dir/known-gaps.txt}
cd "$dir" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
to=""
command -v timeout >/dev/null 2>&1 && to="timeout 20"

# the allowed-failure names, one per line, with their reasons
: >"$tmp/allow"
if [ -n "$allow" ] && [ -f "$allow" ]; then
    awk '$1 !~ /^#/ && NF { n = $1; sub(/\.rs$/, "", n); $1 = ""; sub(/^[ \t#]+/, "");
        print n "\t" $0 }' "$allow" >"$tmp/allow"
fi

# diags FILE: one line per JSON diagnostic of smelt's stderr:
#   LEVEL<TAB>CODE-or-"-"<TAB>LINE-or-0<TAB>FILE-or-"-"<TAB>MESSAGE
# Every string in the JSON is escaped, so the first `"level":"` is the
# diagnostic's own and the first primary span is the top-level one (spans
# come before children).
diags() {
    awk '
    /^\{"\$message_type":"diagnostic"/ {
        s = $0; lvl = "?"; code = "-"; line = 0; file = "-"; msg = ""
        i = index(s, "\"spans\":"); head = (i ? substr(s, 1, i) : s)
        if (match(head, /"level":"[a-z ]+"/)) lvl = substr(head, RSTART + 9, RLENGTH - 10)
        if (match(head, /"code":\{"code":"[A-Z][0-9][0-9][0-9][0-9]"/)) code = substr(head, RSTART + 16, 5)
        if (match(head, /"message":"([^"\\]|\\.)*"/)) msg = substr(head, RSTART + 11, RLENGTH - 12)
        gsub(/\\"/, "\"", msg); gsub(/\\n/, " ", msg); gsub(/\\\\/, "\\", msg)
        if (match(s, /"file_name":"([^"\\]|\\.)*","byte_start":[0-9]+,"byte_end":[0-9]+,"line_start":[0-9]+,"line_end":[0-9]+,"column_start":[0-9]+,"column_end":[0-9]+,"is_primary":true/)) {
            sp = substr(s, RSTART, RLENGTH)
            file = sp; sub(/^"file_name":"/, "", file); sub(/","byte_start".*/, "", file)
            t = sp; sub(/.*"line_start":/, "", t); sub(/,.*/, "", t); line = t + 0
        }
        print lvl "\t" code "\t" line "\t" file "\t" msg
    }' "$1"
}

# show: the first diagnostics in short form, and any non-JSON stderr lines
show() {
    {
        grep -v '^{"\$message_type"' "$tmp/err" | head -5
        awk -F'\t' '$1 == "error" && $5 !~ /^aborting due to/ { c = ($2 == "-" ? "" : "[" $2 "]");
            print $4 ":" $3 ": " $1 c ": " $5 }' "$tmp/diags"
    } | head -8 | cut -c1-200 | sed 's/^/    /'
}

n=0
for f in *.rs; do
    [ -f "$f" ] || continue
    n=$((n + 1))
    name=${f%.rs}
    want=$(sed -n 's|^//@ error:[[:space:]]*||p' "$f" | head -1 | xargs)
    flags=$(sed -n 's|^//@ compile-flags:[[:space:]]*||p' "$f" | head -1)
    eval "set -- $flags"
    # shellcheck disable=SC2086
    SMELT_INCREMENTAL=0 $to "$SMELT" check "$f" "$@" --crate-type lib --error-format=json \
        >"$tmp/out" 2>"$tmp/err"
    rc=$?
    diags "$tmp/err" >"$tmp/diags"
    errs=$(awk -F'\t' '$1 == "error"' "$tmp/diags")
    got=$(awk -F'\t' '$2 != "-" { print $2 }' <<<"$errs" | awk '!s[$0]++' | xargs)
    # (line, code) pairs smelt reported in the test file, and the annotated ones
    gotpairs=$(awk -F'\t' -v f="$f" '$2 != "-" { n = $4; sub(/.*\//, "", n); if (n == f) print $3, $2 }' <<<"$errs" | sort -u)
    wantpairs=$(awk '{ while (match($0, /\/\/~ ERROR E[0-9][0-9][0-9][0-9]/)) { s = substr($0, RSTART, RLENGTH);
                 sub(/.*ERROR /, "", s); print NR, s; $0 = substr($0, RSTART + RLENGTH) } }' "$f" | sort -u)
    missing=$(comm -23 <(echo "$wantpairs") <(echo "$gotpairs") | awk 'NF { printf "%s%s on line %s", sep, $2, $1; sep = ", " }')
    # uncoded errors, except rustc-style "aborting due to" summaries
    uncoded=$(awk -F'\t' '$2 == "-" && $5 !~ /^aborting due to/ { print $4 ":" $3 ": " $5; exit }' <<<"$errs")
    why=""
    if [ -z "$want" ]; then
        why="no //@ error: header in the test"
    elif [ "$rc" = 124 ] && [ -n "$to" ]; then
        why="smelt timed out"
    elif [ "$rc" = 0 ]; then
        why="expected $want, got success (exit 0)"
    elif [ "$rc" != 1 ]; then
        why="expected $want, got exit code $rc (crash?)"
    elif [ "$got" != "$want" ]; then
        why="expected $want, got ${got:-no error code}"
        [ -n "$uncoded" ] && why="$why (uncoded error at $uncoded)"
    elif [ -n "$missing" ]; then
        reported=$(awk 'NF { printf "%s%s on line %s", sep, $2, $1; sep = ", " }' <<<"$gotpairs")
        why="expected $missing; smelt reported ${reported:-no error in $f}"
    elif [ -n "$uncoded" ]; then
        why="error without a code at $uncoded"
    fi
    reason=$(awk -F'\t' -v n="$name" '$1 == n { print ($2 == "" ? "listed" : $2); exit }' "$tmp/allow")
    if [ -z "$why" ]; then
        if [ -n "$reason" ]; then
            echo "PASS ui-fail/$name (remove from the known-gap list)"
        else
            echo "PASS ui-fail/$name"
        fi
    elif [ -n "$reason" ]; then
        echo "XFAIL ui-fail/$name: $why (known gap: $reason)"
    else
        echo "FAIL ui-fail/$name: $why"
        show
    fi
done
[ "$n" -gt 0 ] || { echo "FAIL ui-fail: no tests found in $dir"; exit 1; }
exit 0
