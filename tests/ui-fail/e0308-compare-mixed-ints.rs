//@ error: E0308
//@ compile-flags: --edition 2021
// Comparing an i32 with an i64 is only E0308 (unlike `+`, which adds E0277).
pub fn f(a: i32, b: i64) -> bool {
    a == b //~ ERROR E0308
}
