//@ error: E0061
//@ compile-flags: --edition 2021
// Wrong number of arguments to a generic function.
fn apply<F: Fn(i64) -> i64>(f: F, x: i64) -> i64 { f(x) }
pub fn f() -> i64 {
    apply(|v| v + 1) //~ ERROR E0061
}
