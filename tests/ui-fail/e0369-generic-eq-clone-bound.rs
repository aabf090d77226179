//@ error: E0369
//@ compile-flags: --edition 2021
// A Clone bound does not give `==`.
pub fn f<T: Clone>(a: &T, b: &T) -> bool {
    a.clone() == b.clone() //~ ERROR E0369
}
