# File modules, found as rustc finds them: `mod a;` in a crate root or a
# mod.rs looks beside it (a.rs or a/mod.rs); in any other file x.rs it looks
# in x/; an inline module adds its name.  E0583 and E0761 as rustc.
. "$TESTS_DIR/lib.sh"

mkdir -p src/net/ip src/util
cat >src/main.rs <<'T'
mod net;
mod util;
mod inline {
    pub mod deeper;
}
fn main() {}
T
echo 'pub mod ip; pub mod tcp; pub fn f() { let _c = || 1; }' >src/net/mod.rs
echo 'pub fn v4() {}' >src/net/ip/mod.rs
echo 'pub fn connect() {}' >src/net/tcp.rs
echo 'pub mod strings;' >src/util.rs
echo 'pub fn trim() {}' >src/util/strings.rs
mkdir -p src/inline
echo 'pub fn deep() {}' >src/inline/deeper.rs
run check src/main.rs --print def-paths
check "module tree: success" eq "$RC" 0
check "module tree: no diagnostics" eq "$ERR" ""
for p in "net::f::{closure#0}" "net::ip::v4" "net::tcp::connect" "util::strings::trim" "inline::deeper::deep"; do
    check "module tree: $p" grep -q "^$p " out.txt
done

echo 'pub mod missing;' >src/util.rs
run check src/main.rs
check "E0583: code" has "$ERR" "error[E0583]: file not found for module \`missing\`"
check "E0583: where" has "$ERR" " --> src/util.rs:1:1"
check "E0583: help names both candidates" has "$ERR" 'create file "src/util/missing.rs" or "src/util/missing/mod.rs"'
check "E0583: exit 1" eq "$RC" 1

echo 'pub mod strings;' >src/util.rs
mkdir -p src/util/strings
echo 'pub fn other() {}' >src/util/strings/mod.rs
run check src/main.rs
check "E0761: both files" has "$ERR" "error[E0761]: file for module \`strings\` found at both \"src/util/strings.rs\" and \"src/util/strings/mod.rs\""
check "E0761: exit 1" eq "$RC" 1
rm -r src/util/strings

# incremental: editing one module file re-parses only that file
run check src/main.rs -C incremental=inc -Z query-stats=user
echo 'pub fn trim() { let _x = 1; }' >src/util/strings.rs
run check src/main.rs -C incremental=inc -Z query-stats=user
expect_stat "module edit: one file re-parsed" parse executed 1
expect_stat "module edit: the others green" parse green 6

# rustc agrees that the tree is well formed (when rustc is here)
if command -v rustc >/dev/null 2>&1; then
    if rustc --edition 2021 --emit=metadata -o x.rmeta src/main.rs 2>rerr.txt; then
        pass "rustc accepts the same module tree"
    else
        fail "rustc accepts the same module tree" "$(head -5 rerr.txt)"
    fi
fi
