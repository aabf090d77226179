// A genuine syntax error confined to one revision: `async` is an ordinary
// identifier in edition 2015 and a keyword from 2018 on, so `fn async()`
// parses in rpass1 and rpass3 (edition 2015) and is a parse error in cfail2
// (edition 2018).  The edition is a compile option, not a cache key:
// rpass3 must reuse rpass1's session.
//@ revisions: rpass1 cfail2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ [rpass1]compile-flags: --edition 2015
//@ [cfail2]compile-flags: --edition 2018
//@ [rpass3]compile-flags: --edition 2015

fn async() -> i32 { //[cfail2]~ ERROR expected identifier, found keyword `async`
    1
}

#[rustc_clean(cfg = "rpass3")]
fn main() {
    let c = || 2;
    let _ = c();
}

#[rustc_clean(cfg = "rpass3")]
struct Plain {
    x: u8,
}
