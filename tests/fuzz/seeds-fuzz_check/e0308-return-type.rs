//@ error: E0308
//@ compile-flags: --edition 2021
// The tail expression does not match the declared return type.
pub fn f() -> i32 {
    "seven" //~ ERROR E0308
}
