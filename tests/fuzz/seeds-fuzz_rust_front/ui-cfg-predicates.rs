//@ compile-flags: --cfg a --cfg 'feature="x"' --print def-paths
#[cfg(a)]
fn only_a() {}
#[cfg(not(a))]
fn not_a() {}
#[cfg(all(a, feature = "x"))]
fn both() {}
#[cfg(any(b, feature = "y"))]
fn neither() {}
#[cfg_attr(a, cfg(b))]
fn gone_by_cfg_attr() {}
struct P {
    #[cfg(a)]
    kept: i32,
    #[cfg(b)]
    dropped: i32,
}
enum E {
    #[cfg(b)]
    Gone,
    Here,
}
fn main() {
    #[cfg(b)]
    let _c = || 1;
    let _d = || 2;
    match 1 {
        #[cfg(b)]
        0 => {}
        _ => {}
    }
}
