# A fixed-seed run of the randomised edit tester (tests/fuzz-incremental).
bash "$TESTS_DIR/fuzz-incremental/random-edits.sh" 200 1
