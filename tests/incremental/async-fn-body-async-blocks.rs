// An async fn whose body awaits async blocks (children of its body
// coroutine); rpass2 adds an async move block in front, rpass3 nests a
// closure inside the remaining block.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
async fn fetch(n: u32) -> u32 {
    #[cfg(rpass2)]
    let _pre = async move { n }.await;
    #[cfg(any(rpass1, rpass2))]
    let v = async { 10 }.await;
    #[cfg(rpass3)]
    let v = async {
        let f = || 10;
        f()
    }
    .await;
    v + n
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn sync_neighbour() -> u32 {
    3
}

fn main() {
    let _ = fetch(1);
}
