//@ error: E0277
//@ compile-flags: --edition 2021
// Passing an integer where an `Fn(i64) -> i64` is expected.
fn apply<F: Fn(i64) -> i64>(f: F) -> i64 { f(2) }
pub fn f() -> i64 {
    apply(3) //~ ERROR E0277
}
