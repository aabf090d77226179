// A syntax error confined to one revision by the edition: `gen` is an
// ordinary identifier in edition 2021 and a reserved keyword in 2024, so
// `fn gen()` parses in rpass1 and rpass3 and is a parse error in cfail2.
// rpass3 reuses rpass1's session: the items around it stay green.
//@ revisions: rpass1 cfail2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ [rpass1]compile-flags: --edition 2021
//@ [cfail2]compile-flags: --edition 2024
//@ [rpass3]compile-flags: --edition 2021

#[rustc_clean(cfg = "rpass3")]
fn main() {
    || {
        || ();
        || ();
    };
    async || {};
}

fn gen() -> u8 { //[cfail2]~ ERROR expected identifier, found reserved keyword `gen`
    let c = || 1;
    c()
}

#[rustc_clean(cfg = "rpass3")]
fn after() -> u8 {
    let c = || 1;
    c()
}
