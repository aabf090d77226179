// The brief's first program in edition 2024 (the edition of rustc's own
// regression test for #139142), the cfg'd closure toggled off and on.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ [rpass1]compile-flags: --cfg a
//@ [rpass3]compile-flags: --cfg a
//@ edition: 2024

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
fn main() {
    #[cfg(a)]
    || ();
    || {
        Some(())
            .map(|_| ())
            .map(|y| y);
    };
    async || {};
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
async fn untouched() -> u32 {
    let f = async || 1u32;
    f().await
}
