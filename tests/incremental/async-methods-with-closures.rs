// Two async methods of one impl, each holding closures and async blocks;
// only `load` is edited (a closure added in rpass2, an async block in
// rpass3).
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

struct Store {
    items: Vec<i32>,
}

impl Store {
    #[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
    #[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
    async fn load(&self) -> usize {
        #[cfg(any(rpass2, rpass3))]
        let _f = |x: i32| x;
        #[cfg(rpass3)]
        async {}.await;
        let n = async { self.items.len() }.await;
        n
    }

    #[rustc_clean(cfg = "rpass2")]
    #[rustc_clean(cfg = "rpass3")]
    async fn save(&self) {
        let _g = || self.items.len();
        async {}.await;
    }
}

fn main() {
    let s = Store { items: vec![1, 2] };
    let _ = s.load();
    let _ = s.save();
}
