//@ error: E0061
//@ compile-flags: --edition 2021
// A method called through its path without the receiver argument.
pub struct Acc { pub total: i64 }
impl Acc {
    pub fn add(&mut self, v: i64) { self.total += v; }
}
pub fn f() {
    Acc::add(5); //~ ERROR E0061
}
