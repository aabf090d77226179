//@ error: E0425
//@ compile-flags: --edition 2021
// The binding of an `if let` is not in scope in its else branch.
pub fn f(o: Option<i32>) -> i32 {
    if let Some(n) = o {
        n
    } else {
        n + 1 //~ ERROR E0425
    }
}
