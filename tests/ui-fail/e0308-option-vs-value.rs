//@ error: E0308
//@ compile-flags: --edition 2021
// Returning a bare value where an Option is expected.
pub fn f(v: i32) -> Option<i32> {
    v //~ ERROR E0308
}
