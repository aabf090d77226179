//@ error: E0425
//@ compile-flags: --edition 2021
// An undeclared constant.
const LIMIT: u32 = 10;
pub fn f() -> u32 {
    LIMIT + MAXIMUM //~ ERROR E0425
}
