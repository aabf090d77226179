// The edition changes between passing revisions (2018, 2021, 2024; the
// brief's closures and an async closure parse the same in all three):
// every revision must equal a clean build with its own edition.  rpass4
// repeats rpass3 exactly and must reuse everything.  (rustc discards its
// whole cache when the edition changes, so no reuse is asserted across an
// edition change.)
//@ revisions: rpass1 rpass2 rpass3 rpass4
//@ compile-flags: -Z query-dep-graph
//@ [rpass1]compile-flags: --edition 2018
//@ [rpass2]compile-flags: --edition 2021
//@ [rpass3]compile-flags: --edition 2024
//@ [rpass4]compile-flags: --edition 2024

#[rustc_clean(cfg = "rpass4")]
fn main() {
    #[cfg(rpass2)]
    || ();
    || {
        Some(())
            .map(|_| ())
            .map(|y| y);
    };
    async || {};
}

#[rustc_clean(cfg = "rpass4")]
async fn body() -> i32 {
    let c = async move || 1;
    c().await
}
