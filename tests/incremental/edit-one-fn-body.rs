// Editing one fn body (a cfg'd statement) must leave every other item
// green: fns before and after it, a struct, an impl and its method, a
// trait, a const.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn before() -> i32 {
    let c = || 1;
    c()
}

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
fn edited() -> i32 {
    #[cfg(rpass1)]
    let v = 1;
    #[cfg(rpass2)]
    let v = 2;
    #[cfg(rpass3)]
    let v = { 3 };
    v
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn after() -> i32 {
    let c = || 3;
    c()
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
struct Data {
    x: i32,
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
impl Data {
    #[rustc_clean(cfg = "rpass2")]
    #[rustc_clean(cfg = "rpass3")]
    fn get(&self) -> i32 {
        self.x
    }
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
trait Named {
    fn name(&self) -> &str;
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
const C: i32 = 9;

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn main() {
    let _ = before() + edited() + after() + Data { x: C }.get();
}
