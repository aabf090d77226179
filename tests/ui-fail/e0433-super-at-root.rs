//@ error: E0433
//@ compile-flags: --edition 2021
// `super` at the crate root goes too far.
pub fn f() -> i32 {
    super::g() //~ ERROR E0433
}
