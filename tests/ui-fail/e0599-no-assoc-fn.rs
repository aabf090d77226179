//@ error: E0599
//@ compile-flags: --edition 2021
// An associated function the type does not have.
pub struct Acc { total: i64 }
impl Acc {
    pub fn new() -> Acc { Acc { total: 0 } }
}
pub fn f() -> Acc {
    Acc::create() //~ ERROR E0599
}
