//@ error: E0384
//@ compile-flags: --edition 2021
// Bindings from a tuple pattern are immutable too.
pub fn f() -> i32 {
    let (a, b) = (1, 2);
    a = b; //~ ERROR E0384
    a
}
