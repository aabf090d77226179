//@ error: E0425
//@ compile-flags: --edition 2021
// A function declared inside another function's body is not visible outside it.
pub fn a() -> u32 {
    fn helper() -> u32 { 1 }
    helper()
}
pub fn b() -> u32 {
    helper() //~ ERROR E0425
}
