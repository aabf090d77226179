//@ error: E0061
//@ compile-flags: --edition 2021
// Wrong number of arguments to a method.
pub struct Acc { total: i64 }
impl Acc {
    pub fn add(&mut self, v: i64) { self.total += v; }
}
pub fn f(a: &mut Acc) {
    a.add(); //~ ERROR E0061
}
