//@ error: E0308
//@ compile-flags: --edition 2021
// A method argument of the wrong type.
pub struct Acc { total: i64 }
impl Acc {
    pub fn add(&mut self, v: i64) { self.total += v; }
}
pub fn f(a: &mut Acc) {
    a.add(true); //~ ERROR E0308
}
