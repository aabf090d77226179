//@ error: E0384
//@ compile-flags: --edition 2021
// A let-else binding is immutable unless declared `mut`.
pub fn f(o: Option<i32>) -> i32 {
    let Some(n) = o else { return 0 };
    n = n * 2; //~ ERROR E0384
    n
}
