//@ error: E0608
//@ compile-flags: --edition 2021
// Indexing a bool in a closure.
pub fn f() -> bool {
    let g = |b: bool| b[0]; //~ ERROR E0608
    g(true)
}
