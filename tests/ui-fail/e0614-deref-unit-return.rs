//@ error: E0614
//@ compile-flags: --edition 2021
// Dereferencing the `i64` returned by a method.
pub struct Acc { total: i64 }
impl Acc {
    pub fn get(&self) -> i64 { self.total }
}
pub fn f(a: &Acc) -> i64 {
    *a.get() //~ ERROR E0614
}
