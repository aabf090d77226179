// "Inserting comment lines above an item": `target` has one variant per
// revision; the rpass2/rpass3 variant has comment lines between its
// (stripped) cfg attribute and the rest of the item, so the item starts
// further down the file, but its own syntax and item-relative spans are
// unchanged: it stays green, and so do the items after it.  A comment
// inserted *inside* a body (`shifted`) moves that body's spans relative to
// its item: red.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[cfg(rpass1)]
#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn target() -> i32 {
    let c = || 1;
    c()
}

#[cfg(not(rpass1))]
// A comment line inserted above the item,
// and a second one.
//
#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn target() -> i32 {
    let c = || 1;
    c()
}

#[cfg(rpass1)]
#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes")]
#[rustc_clean(cfg = "rpass3")]
fn shifted() -> i32 {
    let c = || 1;
    c()
}

#[cfg(not(rpass1))]
#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes")]
#[rustc_clean(cfg = "rpass3")]
fn shifted() -> i32 {
    // a comment inside the body moves `let c` relative to the item
    let c = || 1;
    c()
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn main() {
    let _ = target() + shifted();
}
