// rustc's tests/incremental/hashes idiom: an item is written once per
// revision and only the later variant carries the #[rustc_clean]
// attributes.  Here the two variants are otherwise identical, so the item
// must be green in rpass2: test attributes (and the text of stripped cfg
// attributes) are not the item's syntax.
//@ revisions: rpass1 rpass2
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[cfg(rpass1)]
fn same() -> i32 {
    let c = || 1;
    c()
}

#[cfg(not(rpass1))]
#[rustc_clean(cfg = "rpass2")]
fn same() -> i32 {
    let c = || 1;
    c()
}

fn main() {}
