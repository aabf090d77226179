//@ error: E0425
//@ compile-flags: --edition 2021
// Calling a function that does not exist.
pub fn f() -> i32 {
    helper(3) //~ ERROR E0425
}
