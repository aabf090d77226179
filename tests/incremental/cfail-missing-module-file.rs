// cfail2 declares an out-of-line module whose file does not exist
// (E0583); rpass3 drops it again and reuses rpass1's session.  The
// inline module next to it stays green throughout.
//@ revisions: rpass1 cfail2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[cfg(cfail2)]
mod missing; //[cfail2]~ ERROR file not found for module `missing`

#[rustc_clean(cfg = "rpass3")]
mod present {
    pub fn f() -> i32 {
        let c = || 1;
        c()
    }
}

#[rustc_clean(cfg = "rpass3")]
fn main() {
    let _ = present::f();
    let _ = async || {};
}
