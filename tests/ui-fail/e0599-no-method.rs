//@ error: E0599
//@ compile-flags: --edition 2021
// A method the type does not have.
pub struct Counter { n: u32 }
impl Counter {
    pub fn get(&self) -> u32 { self.n }
}
pub fn f(c: &Counter) -> u32 {
    c.increment() //~ ERROR E0599
}
