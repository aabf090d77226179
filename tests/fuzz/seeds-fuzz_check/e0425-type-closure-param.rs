//@ error: E0425
//@ compile-flags: --edition 2021
// Unknown type in a closure parameter annotation.
pub fn f() -> i32 {
    let g = |m: Meters| 1; //~ ERROR E0425
    let _ = g;
    0
}
