# A fixed-seed run of the randomised edit tester (tests/fuzz-incremental).
# Every 10th step also builds (incrementally and clean) and runs both programs.
BUILD_EVERY=${BUILD_EVERY:-10} bash "$TESTS_DIR/fuzz-incremental/random-edits.sh" 200 1
