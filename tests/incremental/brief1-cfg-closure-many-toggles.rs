// The brief's first program with the cfg'd closure toggled by revision cfgs
// six times in a row (present in rpass1, rpass3, rpass4, rpass6), including
// one revision (rpass4) that repeats the previous one and must be all green.
//@ revisions: rpass1 rpass2 rpass3 rpass4 rpass5 rpass6
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass4")]
#[rustc_clean(cfg = "rpass5", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass6", except = "hir_owner_nodes, typeck")]
fn main() {
    #[cfg(any(rpass1, rpass3, rpass4, rpass6))]
    || ();
    || {
        Some(())
            .map(|_| ())
            .map(|y| y);
    };
    async || {};
}

struct S;

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass5")]
#[rustc_clean(cfg = "rpass6")]
impl S {
    #[rustc_clean(cfg = "rpass2")]
    #[rustc_clean(cfg = "rpass3")]
    #[rustc_clean(cfg = "rpass6")]
    fn method(&self) -> i32 {
        let c = || 1;
        c()
    }
}
