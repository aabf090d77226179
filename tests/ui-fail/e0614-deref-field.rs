//@ error: E0614
//@ compile-flags: --edition 2021
// Dereferencing a non-reference field through a reference.
pub struct W { pub n: i64 }
pub fn f(w: &W) -> i64 {
    *w.n //~ ERROR E0614
}
