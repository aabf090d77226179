# The ui-fail oracle confirmed against rustc, so that the expectations in
# tests/ui-fail/ cannot drift from Rust: every file's codes and lines are
# what rustc reports (tests/ui-fail/check-with-rustc.sh).  Without rustc on
# PATH the confirmation is skipped (and says so).
set -u
: "${TESTS_DIR:?}"
if ! command -v rustc >/dev/null 2>&1; then
    echo "PASS ui-fail/* (rustc agrees): skipped, rustc is not on PATH"
    exit 0
fi
bash "$TESTS_DIR/ui-fail/check-with-rustc.sh" | sed -E 's/^(PASS|FAIL) ([^:]+)/\1 ui-fail\/\2 (rustc agrees)/' |
    grep -E '^(PASS|FAIL) '
