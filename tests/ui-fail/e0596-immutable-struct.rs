//@ error: E0596
//@ compile-flags: --edition 2021
// A `&mut self` method on an immutable struct local.
pub struct Counter { n: u32 }
impl Counter {
    pub fn inc(&mut self) { self.n += 1; }
}
pub fn f() -> u32 {
    let c = Counter { n: 0 };
    c.inc(); //~ ERROR E0596
    c.n
}
