//@ error: E0433
//@ compile-flags: --edition 2021
// The outer module exists, the inner one does not.
pub mod shapes {
    pub fn unit() -> i32 { 1 }
}
pub fn f() -> i32 {
    shapes::circle::area() //~ ERROR E0433
}
