//@ error: E0277 E0308
//@ compile-flags: --edition 2021
// Comparing a float with an integer literal: rustc reports two errors on one line,
// E0277 (`{float} == {integer}`) then E0308 (expected floating-point number).
pub fn f() -> bool {
    let a = 1.0;
    a == 1 //~ ERROR E0277 //~ ERROR E0308
}
