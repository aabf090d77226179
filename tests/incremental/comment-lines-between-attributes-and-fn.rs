// "Inserting comment lines above an item": `target` has one variant per
// revision, identical but for the comment lines between its attributes
// and `fn` in rpass2/rpass3, so it starts further down the file; its own
// syntax and item-relative spans are unchanged, so it stays green, and so
// do the items after it.  A comment inserted *inside* a body (`shifted`)
// moves that body's spans relative to its item: red.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
#[cfg(rpass1)]
fn target() -> i32 {
    let c = || 1;
    c()
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
#[cfg(not(rpass1))]
// A comment line inserted above the item,
// and a second one.
//
fn target() -> i32 {
    let c = || 1;
    c()
}

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes")]
#[rustc_clean(cfg = "rpass3")]
#[cfg(rpass1)]
fn shifted() -> i32 {
    let c = || 1;
    c()
}

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes")]
#[rustc_clean(cfg = "rpass3")]
#[cfg(not(rpass1))]
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
