//@ error: E0057
//@ compile-flags: --edition 2021
// Calling a zero-argument closure with an argument.
pub fn f() -> u32 {
    let make = || 42u32;
    make(1) //~ ERROR E0057
}
