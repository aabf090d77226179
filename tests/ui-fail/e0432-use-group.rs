//@ error: E0432
//@ compile-flags: --edition 2021
// One name of a use group is missing.
mod math {
    pub fn add(a: i32, b: i32) -> i32 { a + b }
    pub fn sub(a: i32, b: i32) -> i32 { a - b }
}
use math::{add, mul, sub}; //~ ERROR E0432
pub fn f() -> i32 { add(1, sub(3, 2)) }
