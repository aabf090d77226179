// "Inserting blank lines above items": `moved` and `Moved` are written once
// per revision with identical text, the rpass2 copies several blank lines
// (and a cfg'd-out fn) further down; their absolute positions change but
// their item-relative syntax does not, so they stay green.  rpass3 goes
// back up.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
#[cfg(not(rpass2))]
fn moved(x: i32) -> i32 {
    let f = |y: i32| y + x;
    let _g = async || {};
    f(1)
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
#[cfg(not(rpass2))]
struct Moved {
    a: i32,
}

#[cfg(rpass2)]
fn filler() {

    let _ = 1;

}



#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
#[cfg(rpass2)]
fn moved(x: i32) -> i32 {
    let f = |y: i32| y + x;
    let _g = async || {};
    f(1)
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
#[cfg(rpass2)]
struct Moved {
    a: i32,
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn main() {
    let _ = moved(1);
    let _ = Moved { a: 1 }.a;
}
