# Lazy fn bodies: with an incremental directory, a changed file is parsed without the fn
# bodies whose text is as it was (their closures' definitions come from the last session's
# client.bin); a body is parsed when something reads it.  Every session here is compared
# with a clean check (types, closures, def paths, diagnostics); the counts come from an
# unverified run, which a verified no-op session then follows (SMELT_VERIFY=1: every
# result recomputed, and every body left unparsed parsed at the end and its definitions
# checked against the list they were made from).
. "$TESTS_DIR/lib.sh"

# session STEP FILE [ARGS]: an incremental check of FILE equals a clean one
session() {
    STEP=$1
    local f=$2; shift 2
    SMELT_VERIFY=0 run check "$f" -C incremental=inc -Z incremental-info --edition 2021 \
        --print types --print closures --print def-paths "$@"
    INCR_RC=$RC
    INCR_OUT=$OUT
    INCR_DIAGS=$(grep -v '^\[incremental\]\|^warning: incremental cache' err.txt)
    LAZY=$(grep '^\[incremental\] fn bodies' err.txt)
    "$SMELT" check "$f" --edition 2021 --print types --print closures --print def-paths "$@" \
        >clean.txt 2>clean_err.txt
    CLEAN_RC=$?
    check "$STEP: exit code equals clean" eq "$INCR_RC" "$CLEAN_RC"
    check "$STEP: output equals clean" eq "$INCR_OUT" "$(cat clean.txt)"
    check "$STEP: diagnostics equal clean" eq "$INCR_DIAGS" "$(cat clean_err.txt)"
    local lazy=$LAZY
    SMELT_VERIFY=1 run check "$f" -C incremental=inc --edition 2021 --print types \
        --print closures --print def-paths "$@"
    check "$STEP: a verified no-op after it equals clean" eq "$OUT" "$(cat clean.txt)"
    check "$STEP: and verifies" hasnt "$ERR" "verif"
    LAZY=$lazy
}
# lazy LEFT LISTED PARSED: the counts of the -Z incremental-info line
lazy() {
    check "$STEP: bodies left unparsed / listed / parsed later" eq "$LAZY" \
        "[incremental] fn bodies: $1 left unparsed ($2 with their definitions listed), $3 parsed later"
}

cat >base.rs <<'T'
struct Acc {
    total: i64,
}

impl Acc {
    fn new() -> Acc {
        Acc { total: 0 }
    }
    fn add(&mut self, x: i64) {
        let f = |v: i64| v + 1;
        self.total += f(x);
    }
}

fn apply<F: Fn(i64) -> i64>(f: F, x: i64) -> i64 {
    f(x)
}

fn closures(x: i64) -> i64 {
    let k = 10;
    let a = |v: i64| {
        let inner = |w: i64| w * k;
        inner(v) + 1
    };
    let arr = [0i64; 3];
    apply(|v| v * k, a(x)) + arr.len() as i64
}

async fn later(x: i64) -> i64 {
    let c = async |y: i64| y + 1;
    let b = async move { x * 2 };
    c(x).await + b.await
}

fn gated(x: i64) -> i64 {
    let mut y = x;
    #[cfg(feature_x)]
    {
        y += 1;
    }
    y
}

fn nested(x: i64) -> i64 {
    fn helper(v: i64) -> i64 {
        let h = |w: i64| w - 1;
        h(v)
    }
    helper(x)
}

fn uses_cfg_macro() -> bool {
    let cfg = true;
    cfg
}

#[cfg(feature_y)]
fn off(x: i64) -> i64 {
    let z = |v: i64| v;
    z(x) + 1
}

fn main() {
    let mut acc = Acc::new();
    acc.add(closures(1));
    let _f = later(2);
    println!("{} {} {} {}", acc.total, gated(3), nested(4), uses_cfg_macro());
}
T

cp base.rs main.rs
session "first session (no list yet: every body parsed)" main.rs
check "first session: no lazy parse" eq "$LAZY" ""
check "first session: wrote client.bin" eq "$(ls inc/s-*/client.bin | wc -l)" 1

# bodies with an attribute, an item or the word `cfg` (cfg!) inside are always parsed:
# gated, nested, uses_cfg_macro (and helper, inside nested); the other six are left unparsed
session "no-op" main.rs
check "no-op: nothing parsed, so no count" eq "$LAZY" ""

sed 's/inner(v) + 1/inner(v) + 2/' base.rs >main.rs
session "literal edit in a body with closures" main.rs
# parsed later: the edited body (its list is not known), and Acc's two methods, whose syntax
# is hashed again when a green value of theirs is recomputed to be read; `off`, which the
# cfg set removes, has a list all the same (made when it was first parsed, then kept)
lazy 7 5 3

sed 's/let k = 10;/let k = 10; let extra = |q: i64| q;/' base.rs >main.rs
session "a closure added to a body" main.rs
lazy 7 5 3
check "a closure added: the others renumbered" has "$INCR_OUT" "closures::{closure#2}"

sed 's/y + 1;/y + 7;/' base.rs >main.rs
session "edit in an async fn body's async closure" main.rs
# closures' body is back to a text the last session did not have: two bodies unlisted
lazy 7 4 4

# every body one module deeper: another nesting depth, so no list applies
{ echo "mod m {"; sed 's/^fn main() {/pub fn main2() {/; s/^fn /pub fn /; s/^struct/pub struct/; s/^async fn/pub async fn/' base.rs; echo "}"; echo "fn main() { m::main2(); }"; } >main.rs
session "bodies moved into a module (another depth)" main.rs
lazy 8 0 8
cp base.rs main.rs
session "and back" main.rs

# a syntax error in a body left unparsed by an earlier session's list: a clean build's errors
sed 's/Acc { total: 0 }/Acc { total: 0 + }/' base.rs >main.rs
session "a syntax error in a body" main.rs
check "a syntax error: reported" has "$INCR_DIAGS" "error"
sed 's/f(x)$/f(x) +/' base.rs >main.rs
session "another syntax error, elsewhere" main.rs
check "another syntax error: reported" has "$INCR_DIAGS" "error"
sed 's/z(x) + 1/z(x) + /' base.rs >main.rs
session "a syntax error in the body of a fn the cfg set removes" main.rs
check "a syntax error in a removed fn: reported (as rustc, which parses before it configures)" has "$INCR_DIAGS" "error"
cp base.rs main.rs
session "fixed" main.rs

# the cfg set changes which statements exist, not the unparsed bodies' lists
session "--cfg feature_x" main.rs --cfg feature_x
session "--cfg feature_x, an edit" main.rs --cfg feature_x
sed 's/v \* k, a(x)/v * k + 1, a(x)/' base.rs >main.rs
session "--cfg feature_x, a body edit" main.rs --cfg feature_x
lazy 7 5 3
# `off` enters the crate: its definitions from the list made while the cfg set removed it
sed 's/v \* k, a(x)/v * k + 2, a(x)/' base.rs >main.rs
session "--cfg feature_y: a removed fn's list used" main.rs --cfg feature_y
# (with a new cfg set every body is read again: all seven are parsed later)
lazy 7 6 7
check "--cfg feature_y: off's closure" has "$INCR_OUT" "off::{closure#0}"

# a damaged client.bin: one warning, the rest reused, the answer right
cp base.rs main.rs
session "before damaging" main.rs
s=$(ls -d inc/s-* | grep -v -- -working | head -1)
printf 'garbage' | dd of="$s/client.bin" bs=1 seek=70 conv=notrunc status=none
sed 's/x \* 2/x * 3/' base.rs >main.rs
run check main.rs -C incremental=inc -Z incremental-info --edition 2021 --print types
check "damaged client.bin: one warning" eq "$(grep -c 'client.bin is unusable (checksum mismatch); reusing the rest' err.txt)" 1
check "damaged client.bin: no lazy parse" hasnt "$ERR" "fn bodies"
"$SMELT" check main.rs --edition 2021 --print types >clean.txt 2>/dev/null
check "damaged client.bin: types equal clean" eq "$OUT" "$(cat clean.txt)"
session "after damage: a list again" main.rs
rm -f inc/s-*/client.bin
sed 's/x \* 3/x * 4/' base.rs >main.rs
run check main.rs -C incremental=inc -Z incremental-info --edition 2021
check "client.bin missing: no warning" hasnt "$ERR" "warning"
check "client.bin missing: no lazy parse" hasnt "$ERR" "fn bodies"

# off by the environment
cp base.rs main.rs
SMELT_LAZY_BODIES=0 run check main.rs -C incremental=inc -Z incremental-info --edition 2021
check "SMELT_LAZY_BODIES=0: no lazy parse" hasnt "$ERR" "fn bodies"

# a build whose closures live in bodies left unparsed: MIR parses them, the program runs
cat >prog.rs <<'T'
fn twice<F: Fn(i64) -> i64>(f: F, x: i64) -> i64 {
    f(f(x))
}

fn add_k(x: i64) -> i64 {
    let k = 3;
    twice(|v| v + k, x)
}

fn mul(x: i64) -> i64 {
    let m = |v: i64| v * 2;
    m(x)
}

fn main() {
    println!("{} {}", add_k(1), mul(5));
}
T
if [ -n "$(command -v cc)" ]; then
    run build prog.rs -o prog1 -C incremental=binc --edition 2021
    check "build: first" eq "$RC" 0
    sed -i 's/v \* 2/v * 4/' prog.rs
    run build prog.rs -o prog2 -C incremental=binc --edition 2021 -Z incremental-info
    check "build: an edit, bodies left unparsed" has "$ERR" "[incremental] fn bodies: 4 left unparsed (3 with their definitions listed)"
    check "build: runs as a clean build" eq "$(./prog2)" "7 20"
fi
