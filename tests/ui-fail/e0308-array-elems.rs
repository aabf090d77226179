//@ error: E0308
//@ compile-flags: --edition 2021
// Array elements must all have one type.
pub fn f() {
    let a = [1, 2, "three"]; //~ ERROR E0308
    let _ = a;
}
