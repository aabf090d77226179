//@ error: E0308 E0277
//@ compile-flags: --edition 2021
// Adding an i64 to an i32: rustc reports E0308 on the right operand, then E0277 for
// `i32 + i64` on the operator, both on the same line.
pub fn f(a: i32, b: i64) -> i32 {
    a + b //~ ERROR E0308 //~ ERROR E0277
}
