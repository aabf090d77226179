//@ error: E0057
//@ compile-flags: --edition 2021
// Calling an `impl FnMut(u8)` with no arguments.
pub fn f(mut g: impl FnMut(u8)) {
    g(); //~ ERROR E0057
}
