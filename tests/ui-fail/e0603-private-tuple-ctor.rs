//@ error: E0603
//@ compile-flags: --edition 2021
// A tuple struct whose field is private cannot be constructed outside its module.
mod ids {
    pub struct Id(u32);
    pub fn make() -> Id { Id(1) }
}
pub fn f() {
    let i = ids::Id(5); //~ ERROR E0603
    let _ = i;
}
