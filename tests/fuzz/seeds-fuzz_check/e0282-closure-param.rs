//@ error: E0282
//@ compile-flags: --edition 2021
// A closure parameter whose type is never determined.
pub fn f() {
    let id = |x| x; //~ ERROR E0282
    let _ = id;
}
