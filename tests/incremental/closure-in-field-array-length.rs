// Closures inside the array length of a struct field's type (an anon const
// owned by the struct: Grid::{constant#0}::{closure#N}) and of a type
// alias; rpass2 adds a closure to the struct's length block, rpass3 to the
// alias's.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes")]
#[rustc_clean(cfg = "rpass3")]
struct Grid {
    cells: [u8; {
        #[cfg(not(rpass1))]
        let _extra = || 0;
        let _c = || 4;
        4
    }],
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes")]
type Row = [u8; {
    #[cfg(rpass3)]
    let _r = async || {};
    2
}];

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn main() {
    let _g: Option<Grid> = None;
    let _r: Option<Row> = None;
}
