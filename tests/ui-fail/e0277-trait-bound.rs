//@ error: E0277
//@ compile-flags: --edition 2021
// A generic call whose trait bound is not satisfied.
pub trait Area { fn area(&self) -> f64; }
pub struct Blob;
fn total<T: Area>(t: &T) -> f64 { t.area() }
pub fn f() -> f64 {
    total(&Blob) //~ ERROR E0277
}
