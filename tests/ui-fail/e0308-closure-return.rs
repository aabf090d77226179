//@ error: E0308
//@ compile-flags: --edition 2021
// A closure returning the wrong type for its `Fn` bound.
fn apply<F: Fn(i64) -> i64>(f: F) -> i64 { f(1) }
pub fn f() -> i64 {
    apply(|x| x > 0) //~ ERROR E0308
}
