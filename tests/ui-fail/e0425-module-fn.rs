//@ error: E0425
//@ compile-flags: --edition 2021
// The module exists but has no such function.
mod util {
    pub fn double(x: i32) -> i32 { x * 2 }
}
pub fn f() -> i32 {
    util::triple(3) //~ ERROR E0425
}
