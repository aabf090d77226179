//@ error: E0369
//@ compile-flags: --edition 2021
// `+` on a struct without an Add impl.
pub struct V2 { pub x: f64, pub y: f64 }
pub fn f(a: V2, b: V2) -> V2 {
    a + b //~ ERROR E0369
}
