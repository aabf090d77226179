//@ error: E0384
//@ compile-flags: --edition 2021
// A deferred-initialised immutable local assigned twice.
pub fn f(c: bool) -> i32 {
    let x;
    x = 1;
    if c { x = 2; } //~ ERROR E0384
    x
}
