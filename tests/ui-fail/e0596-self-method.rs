//@ error: E0596
//@ compile-flags: --edition 2021
// Calling a `&mut self` method through `&self`.
pub struct Acc { total: i64 }
impl Acc {
    pub fn add(&mut self, v: i64) { self.total += v; }
    pub fn add_one(&self) {
        self.add(1); //~ ERROR E0596
    }
}
