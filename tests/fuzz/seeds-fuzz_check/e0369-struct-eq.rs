//@ error: E0369
//@ compile-flags: --edition 2021
// `==` on a struct that does not derive PartialEq.
pub struct Id { pub n: u32 }
pub fn f(a: Id, b: Id) -> bool {
    a == b //~ ERROR E0369
}
