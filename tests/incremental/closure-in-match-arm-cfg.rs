// Closures inside match arms that are themselves behind revision cfgs: the
// arm holding a closure disappears in rpass2 (the closure in the next arm
// is renumbered from main::{closure#1} to main::{closure#0}) and an arm
// holding an async closure appears in rpass3.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
fn pick(n: i32) -> i32 {
    match n {
        #[cfg(rpass1)]
        0 => {
            let f = || 10;
            f()
        }
        #[cfg(rpass3)]
        1 => {
            let _a = async || 11;
            11
        }
        _ => {
            let g = |x: i32| x + 1;
            g(n)
        }
    }
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn stable(n: i32) -> i32 {
    match n {
        0 => {
            let f = || 10;
            f()
        }
        _ => n,
    }
}

fn main() {
    let _ = pick(1) + stable(0);
}
