//@ error: E0282
//@ compile-flags: --edition 2021
// `vec![]` with no element type.
pub fn f() {
    let v = vec![]; //~ ERROR E0282
    let _ = v;
}
