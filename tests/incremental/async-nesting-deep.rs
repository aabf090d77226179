// Closures, async closures and async blocks nested four levels deep, with
// an extra level inserted in the middle in rpass2 and an async closure at
// the bottom replaced by a plain closure in rpass3.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
fn main() {
    let _l1 = || {
        let _l2 = async || {
            #[cfg(rpass1)]
            let _l3 = async {
                let _l4 = async || {};
            };
            #[cfg(rpass2)]
            let _l3 = async {
                let _extra = || {
                    let _l4 = async || {};
                };
            };
            #[cfg(rpass3)]
            let _l3 = async {
                let _extra = || {
                    let _l4 = || {};
                };
            };
        };
    };
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn shallow() {
    let _l1 = || async {};
}
