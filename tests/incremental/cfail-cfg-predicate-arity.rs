// cfail2 makes a cfg_attr on a statement expand to `cfg(not(a, b))`
// (`not` takes one predicate: rustc 1.95 reports E0805, malformed `cfg`
// attribute input); rpass3 is back to rpass1.
//@ revisions: rpass1 cfail2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass3")]
fn main() {
    #[cfg_attr(cfail2, cfg(not(a, b)))] //[cfail2]~ ERROR malformed `cfg` attribute input
    let _c = || 1;
    let _d = async || {};
}

#[rustc_clean(cfg = "rpass3")]
struct Bystander;
