// Editing a nested owner (a fn nested in a fn body, a method of an impl, a
// default method of a trait, an item of an inline module) changes that
// owner's syntax only: as in rustc, where a parent's HIR refers to nested
// owners by id, the parent's hir_owner_nodes must stay green.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn main() {
    #[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
    #[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
    fn inner() {
        #[cfg(rpass2)]
        let _ = || 1;
    }
    inner();
}

struct S;

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
impl S {
    #[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
    #[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
    fn method(&self) {
        #[cfg(rpass2)]
        let _ = || 1;
    }
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
trait T {
    #[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
    #[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
    fn provided(&self) {
        #[cfg(rpass2)]
        let _ = || 1;
    }
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
mod m {
    #[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
    #[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
    pub fn f() {
        #[cfg(rpass2)]
        let _ = || 1;
    }
}
