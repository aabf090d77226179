//@ error: E0277
//@ compile-flags: --edition 2021
// Adding a float to an integer.
pub fn f() {
    let x = 1 + 1.5; //~ ERROR E0277
    let _ = x;
}
