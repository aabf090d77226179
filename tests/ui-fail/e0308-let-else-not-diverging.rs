//@ error: E0308
//@ compile-flags: --edition 2021
// The else block of a let-else must diverge; a value of the binding's type is not enough.
pub fn f(o: Option<i32>) -> i32 {
    let Some(n) = o else { 0 }; //~ ERROR E0308
    n
}
