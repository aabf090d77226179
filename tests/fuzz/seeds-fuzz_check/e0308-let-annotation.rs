//@ error: E0308
//@ compile-flags: --edition 2021
// An initializer of the wrong type.
pub fn f() {
    let x: bool = 5; //~ ERROR E0308
    let _ = x;
}
