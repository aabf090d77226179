//@ error: E0614
//@ compile-flags: --edition 2021
// Dereferencing a bool local.
pub fn f() -> bool {
    let b = true;
    *b //~ ERROR E0614
}
