# Bad input of every kind: `smelt check` answers with diagnostics and exit
# code 1 (or, for valid input, 0) — never a crash, a hang, a sanitizer
# report, or an exit code like 101/134/139.  Every run is under `timeout`.
#
#   - files that cannot be read: invalid UTF-8, a directory, an unreadable
#     path, a missing file, a path through a regular file, /dev/null;
#   - lexing errors: NUL bytes, unterminated comments, strings, chars, ...;
#   - 100,000-deep nesting of every nestable construct (each its own file):
#     it must finish within DEEP_SECONDS and either succeed or report an
#     error with a location (the parser's depth limit);
#   - more than 65,535 attributes on one item (Node.nattrs is 16 bits);
#   - a 100 MB file of valid items (10 MB under SANITIZED=1; BADINPUT_BIG_MB
#     overrides): it must finish within 120 s, and its time and peak RSS are
#     printed on its PASS line;
#   - every tests/fuzz/regressions/front-*.rs in each edition.
. "$TESTS_DIR/lib.sh"

N=100000
if [ -n "${SANITIZED:-}" ]; then
    DEEP_SECONDS=${DEEP_SECONDS:-20} BIG_MB=${BADINPUT_BIG_MB:-10}
else
    # 50 MB is 1.3M fns; with type checking a fn costs ~3.2 KB, so 100 MB would need ~8.3 GB,
    # over the default memory budget (that case is the guard's: see incremental/guards.sh)
    DEEP_SECONDS=${DEEP_SECONDS:-5} BIG_MB=${BADINPUT_BIG_MB:-50}
fi
BIG_RSS_LIMIT_MB=${BIG_RSS_LIMIT_MB:-8192} # smelt's own default budget cap (8G)

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# smelt_run SECONDS ARGS...: `run` under timeout; also sets $MS (elapsed ms)
smelt_run() {
    local secs=$1; shift
    local t0
    t0=$(now_ms)
    timeout -k 5 "$secs" "$SMELT" "$@" >out.txt 2>err.txt
    RC=$?
    MS=$(($(now_ms) - t0))
    OUT=$(cat out.txt)
    ERR=$(cat err.txt)
}

# fail, with at most 20 lines of each output
fail() {
    echo "FAIL $1: $2"
    echo "--- stdout:"; head -n 20 out.txt 2>/dev/null | cut -c1-200
    echo "--- stderr:"; head -n 20 err.txt 2>/dev/null | cut -c1-200
    echo "---"
}

# why_bad: empty when the last run ended normally, else what went wrong
why_bad() {
    case $RC in
    0 | 1) ;;
    124 | 137) echo "timed out (exit $RC after ${MS} ms)"; return ;;
    *) echo "exit code $RC"; return ;;
    esac
    if grep -qE 'AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|runtime error:|internal compiler error|panicked' err.txt; then
        echo "sanitizer report or internal error on stderr"
        return
    fi
    if [ "$RC" -eq 1 ] && ! grep -qE '^error|"level":"error"' err.txt; then
        echo "exit 1 without an error message"
    fi
}

# expect_error NAME MESSAGE ARGS...: exit 1, MESSAGE on stderr, nothing bad
expect_error() {
    local name=$1 msg=$2; shift 2
    smelt_run 10 "$@"
    local why
    why=$(why_bad)
    if [ -n "$why" ]; then
        fail "$name" "$why"
    elif [ "$RC" -ne 1 ]; then
        fail "$name" "exit $RC, expected 1"
    elif ! has "$ERR" "$msg"; then
        fail "$name" "stderr lacks: $msg"
    else
        pass "$name"
    fi
}

# expect_sane NAME SECONDS ARGS...: exit 0, or exit 1 with an error that has
# a location; within SECONDS; nothing bad
expect_sane() {
    local name=$1 secs=$2; shift 2
    smelt_run $((secs + 30)) "$@"
    local why
    why=$(why_bad)
    if [ -n "$why" ]; then
        fail "$name" "$why"
    elif [ "$MS" -gt $((secs * 1000)) ]; then
        fail "$name" "took ${MS} ms (limit ${secs} s)"
    elif [ "$RC" -eq 1 ] && ! grep -qE -- '--> |"line_start"' err.txt; then
        fail "$name" "the error has no location"
    else
        pass "$name"
    fi
}

# ---- files that cannot be read --------------------------------------------

printf 'fn main() {\n    let s = "caf\xe9";\n}\n' >latin1.rs
expect_error "invalid UTF-8" \
    "error: couldn't read latin1.rs: stream did not contain valid UTF-8" check latin1.rs
printf 'fn main() {}\n\xff\xfe\xfd\n' >junk.rs
expect_error "invalid UTF-8: junk bytes" "stream did not contain valid UTF-8" check junk.rs
printf 'fn main() { let s = "\xed\xa0\x80"; }\n' >surrogate.rs
expect_error "invalid UTF-8: an encoded surrogate" "stream did not contain valid UTF-8" \
    check surrogate.rs
printf 'fn main() { let s = "\xc0\xaf"; }\n' >overlong.rs
expect_error "invalid UTF-8: an overlong encoding" "stream did not contain valid UTF-8" \
    check overlong.rs

mkdir -p adir.rs
expect_error "a directory" "error: couldn't read adir.rs: Is a directory" check adir.rs
expect_error "a missing file" "error: couldn't read missing.rs: No such file or directory" \
    check missing.rs
echo 'fn main() {}' >plain.rs
expect_error "a path through a regular file" "error: couldn't read plain.rs/x.rs: Not a directory" \
    check plain.rs/x.rs

echo 'fn main() {}' >locked.rs
chmod 000 locked.rs
if [ "$(id -u)" -ne 0 ]; then
    expect_error "an unreadable file" "error: couldn't read locked.rs: Permission denied" \
        check locked.rs
elif command -v setpriv >/dev/null &&
    setpriv --reuid=65534 --regid=65534 --clear-groups test -x "$SMELT" 2>/dev/null; then
    # root reads anything: run as nobody, in a world-readable directory
    mkdir -p open && chmod 755 "$WORK" open && cp locked.rs open/ 2>/dev/null
    chmod 000 open/locked.rs
    (cd open && timeout 10 setpriv --reuid=65534 --regid=65534 --clear-groups \
        "$SMELT" check locked.rs >../out.txt 2>../err.txt)
    RC=$? MS=0
    why=$(why_bad)
    if [ -n "$why" ]; then
        fail "an unreadable file (as nobody)" "$why"
    elif [ "$RC" -eq 1 ] && grep -qF "error: couldn't read locked.rs: Permission denied" err.txt; then
        pass "an unreadable file (as nobody)"
    else
        fail "an unreadable file (as nobody)" "exit $RC, expected 1 with Permission denied"
    fi
else
    pass "an unreadable file: skipped (root without setpriv)"
fi

smelt_run 10 check /dev/null
why=$(why_bad)
if [ -n "$why" ]; then
    fail "/dev/null" "$why"
elif has "$ERR" ": Success"; then
    fail "/dev/null" "an error that says \"Success\" (rustc reads it as an empty file)"
else
    pass "/dev/null"
fi

: >empty.rs
expect_sane "an empty file" 10 check empty.rs

# ---- lexing errors ----------------------------------------------------------

printf 'fn main() {}\n\0\0fn f() {}\n' >nul.rs
expect_error "NUL bytes in the middle" 'error: unknown start of token: \u{0}' check nul.rs
printf 'fn main() { let s = "a\0b"; }\n' >nul-str.rs
expect_sane "a NUL byte in a string" 10 check nul-str.rs
printf 'fn main() {}\n/* never /* closed */\n' >comment.rs
expect_error "an unterminated block comment" "error[E0758]: unterminated block comment" \
    check comment.rs
printf 'fn main() {\n    let s = "never closed;\n}\n' >string.rs
expect_error "an unterminated string" "error[E0765]: unterminated double quote string" \
    check string.rs
printf 'fn main() { let s = r##"never closed"#; }\n' >raw.rs
expect_error "an unterminated raw string" "error[E0748]: unterminated raw string" check raw.rs
printf 'fn main() { let s = b"never closed; }\n' >bstr.rs
expect_error "an unterminated byte string" "error[E0766]: unterminated double quote byte string" \
    check bstr.rs
printf "fn main() { let c = 'ab; }\n" >char.rs
expect_sane "an unterminated char" 10 check char.rs
printf 'fn main() { let c = "\\q"; }\n' >escape.rs
expect_error "an unknown escape" "unknown character escape" check escape.rs
printf 'fn main() { let c = "\\u{110000}"; }\n' >uni.rs
expect_error "an escape out of range" "error" check uni.rs
printf 'fn main() { let x = 1 € 2; }\n' >euro.rs
expect_error "an unknown character" "unknown start of token" check euro.rs
printf 'fn main() { let x = 0x; let y = 1e; let z = 0b2; }\n' >nums.rs
expect_error "malformed numbers" "error" check nums.rs
printf '/// doc\r\nfn main() {}\n//! late inner doc\n' >cr.rs
expect_sane "CRLF and a misplaced inner doc comment" 10 check cr.rs
printf '\xef\xbb\xbf#!/usr/bin/env run\nfn main() {}\n' >bom.rs
expect_sane "a BOM and a shebang" 10 check bom.rs

# ---- deep nesting ----------------------------------------------------------

rep() { # rep STRING COUNT
    awk -v s="$1" -v n="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", s }'
}
deep() { # deep NAME PREFIX-UNIT MIDDLE SUFFIX-UNIT [TAIL]
    { printf 'fn main() { let _x = '; rep "$2" "$N"; printf '%s' "$3"; rep "$4" "$N"
      printf '%s; }\n' "${5:-}"; } >"$1.rs"
}
deep paren '(' 1 ')'
deep bracket '[' 1 ']'
deep closure '|x| ' 1 ''
deep async-closure 'async move |x| ' 1 ''
deep neg '-' 1 ''
deep not '!' true ''
deep deref '*' p ''
deep ref '&' 1 ''
deep refmut '&mut ' 1 ''
deep andand '&&' 1 ''
deep method 1 '' '.a()'
deep field s '' '.f'
deep index a '' '[0]'
deep try s '' '?'
deep await s '' '.await'
deep call f '' '(1)'
deep binary 1 '' '+1'
deep binary-mixed 1 '' '*2-3/4%5<<1|6&7^8'
deep compare 1 '' '<1'
deep cast 1 '' ' as u8'
deep range 1 '' '..1'
deep tuple '(1, ' 1 ')'
deep array-repeat '[' 1 '; 1]'
deep unary-mix '-!*&' 1 ''
deep ifelse 'if c { 1 } else ' '{ 0 }' ''
deep if-cond 'if ' c ' { 1 } else { 0 }'
deep match 'match 1 { _ => ' 1 ' }'
deep async-block 'async { ' 1 ' }'
deep loop 'loop { break ' 1 ' }'
deep struct-lit 'S { f: ' 1 ' }'
deep return 'return ' '' ''
deep unclosed '(' '' ''
deep assign 'a = ' 1 ''
{ printf 'fn main() '; rep '{' $N; rep '}' $N; echo; } >block.rs
{ printf 'fn main() { '; rep '{ ' $N; rep '} ' $N; echo '}'; } >block-stmt.rs
{ printf 'fn main() { let '; rep '(' $N; printf _x; rep ')' $N; echo ' = 1; }'; } >pat.rs
{ printf 'fn main() { let '; rep '&' $N; echo '_x = 1; }'; } >pat-ref.rs
{ printf 'fn main() { let '; rep '[' $N; printf _x; rep ']' $N; echo ' = 1; }'; } >pat-slice.rs
{ printf 'fn f(_: '; rep 'Vec<' $N; printf u8; rep '>' $N; echo ') {}'; } >generic-type.rs
{ printf 'fn f(_: '; rep '&' $N; echo 'u8) {}'; } >ref-type.rs
{ printf 'fn f(_: '; rep '(' $N; printf u8; rep ',)' $N; echo ') {}'; } >tuple-type.rs
{ printf 'fn f(_: '; rep '[' $N; printf u8; rep ']' $N; echo ') {}'; } >slice-type.rs
{ printf 'fn f(_: '; rep 'fn() -> ' $N; echo 'u8) {}'; } >fn-type.rs
{ printf 'fn f(_: '; rep '*const ' $N; echo 'u8) {}'; } >ptr-type.rs
{ rep 'mod m { ' $N; rep '} ' $N; echo 'fn main() {}'; } >mods.rs
{ rep 'fn f() { ' $N; rep '} ' $N; echo 'fn main() {}'; } >fns.rs
{ printf '#[cfg('; rep 'not(' $N; printf a; rep ')' $N; echo ')] fn main() {}'; } >cfg-pred.rs
{ printf '#['; rep 'cfg_attr(a, ' $N; printf inline; rep ')' $N; echo '] fn main() {}'; } >cfg-attr.rs
{ printf '#[doc('; rep 'a(' $N; rep ')' $N; echo ')] fn main() {}'; } >meta.rs
{ printf 'use a::'; rep '{b::' $N; printf c; rep '}' $N; echo '; fn main() {}'; } >use-tree.rs
{ printf 'fn main() { m!'; rep '(' $N; rep ')' $N; echo '; }'; } >macro-args.rs
{ printf 'fn f<T: '; rep 'Fn(' $N; printf u8; rep ')' $N; echo '>() {}'; } >fn-bound.rs
{ printf 'fn main() { let _x = '; rep '1' $N; echo '; }'; } >long-literal.rs
{ printf 'fn main() { let _x = "'; rep 'a' $((N * 10)); echo '"; }'; } >long-string.rs
{ printf 'fn '; rep 'a' $((N * 10)); echo '() {} fn main() {}'; } >long-ident.rs
{ printf 'fn main() {}\n'; rep '/* ' $N; rep '*/ ' $N; echo; } >nested-comment.rs
{ printf 'fn main() {}\n'; rep '/* ' $N; echo; } >nested-comment-open.rs

for f in paren bracket closure async-closure neg not deref ref refmut andand method field index \
    try await call binary binary-mixed compare cast range tuple array-repeat unary-mix ifelse \
    if-cond match async-block loop struct-lit return unclosed assign block block-stmt pat \
    pat-ref pat-slice generic-type ref-type tuple-type slice-type fn-type ptr-type mods fns \
    cfg-pred cfg-attr meta use-tree macro-args fn-bound long-literal long-string long-ident \
    nested-comment nested-comment-open; do
    expect_sane "deep: $f" "$DEEP_SECONDS" check "$f.rs" --edition 2021
done
# the depth limit is reported as such (not as a parse error) for the plain cases
for f in paren bracket block closure neg ref method; do
    expect_sane "deep: $f (again)" "$DEEP_SECONDS" check "$f.rs" --edition 2021
    check "deep: $f is too deep" has "$ERR" "nested too deeply"
done
# the cache survives deep trees too
expect_sane "deep: ifelse, incremental" "$DEEP_SECONDS" check ifelse.rs --edition 2021 \
    -C incremental=inc-deep
expect_sane "deep: ifelse, incremental again" "$DEEP_SECONDS" check ifelse.rs --edition 2021 \
    -C incremental=inc-deep
expect_sane "deep: closure, --print def-paths, JSON" "$DEEP_SECONDS" check closure.rs \
    --edition 2021 --print def-paths --error-format=json

# ---- more attributes than a 16-bit count holds --------------------------------

{ rep '#[cfg(a)]\n' 65536; echo 'fn gone() {}'; echo 'fn main() {}'; } >attrs.rs
expect_sane "65,536 attributes" 10 check attrs.rs --print def-paths
if grep -q '^gone ' out.txt; then
    fail "65,536 attributes: the cfg'd-out fn is gone" "\`gone\` is still defined (the count wrapped?)"
else
    pass "65,536 attributes: the cfg'd-out fn is gone"
fi
{ printf '#[cfg_attr(all(), '; rep 'inline, ' 65535; echo 'frobnicate)]'; echo 'fn f() {}'
  echo 'fn main() {}'; } >cfg-attrs.rs
expect_error "65,536 attributes from one cfg_attr: the last is checked" \
    "cannot find attribute \`frobnicate\` in this scope" check cfg-attrs.rs

# ---- a big file ---------------------------------------------------------------

# lines of ~38 bytes; BIG_MB of them
lines=$((BIG_MB * 1000000 / 38))
awk -v n="$lines" 'BEGIN {
    for (i = 0; i < n; i++) printf "fn f%d(x: u32) -> u32 { x + %d }\n", i, i % 1000
    print "fn main() {}"
}' >big.rs
size=$(wc -c <big.rs)
if [ -x /usr/bin/time ]; then
    t0=$(now_ms)
    timeout -k 5 120 /usr/bin/time -f '%M' -o rss.txt "$SMELT" check big.rs >out.txt 2>err.txt
    RC=$?
    MS=$(($(now_ms) - t0))
    rss_mb=$(($(tail -1 rss.txt 2>/dev/null || echo 0) / 1024))
else
    smelt_run 120 check big.rs
    rss_mb=0
fi
why=$(why_bad)
what="$((size / 1000000)) MB, $lines fns: $((MS / 1000)).$(((MS % 1000) / 100)) s, peak RSS $rss_mb MB"
if [ -n "$why" ]; then
    fail "big file ($what)" "$why"
elif [ "$RC" -ne 0 ]; then
    fail "big file ($what)" "exit $RC, expected 0"
elif [ "$rss_mb" -gt "$BIG_RSS_LIMIT_MB" ]; then
    fail "big file ($what)" "peak RSS over $BIG_RSS_LIMIT_MB MB"
else
    pass "big file ($what)"
fi
rm -f big.rs

# ---- fuzzer regressions --------------------------------------------------------

for f in "$TESTS_DIR"/fuzz/regressions/front-*.rs; do
    [ -f "$f" ] || continue
    for ed in 2015 2018 2021 2024; do
        expect_sane "regression $(basename "$f") (edition $ed)" 10 check "$f" --edition "$ed"
    done
done
