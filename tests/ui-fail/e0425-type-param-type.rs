//@ error: E0425
//@ compile-flags: --edition 2021
// Unknown type in a parameter.
pub fn f(p: Point) -> i32 { //~ ERROR E0425
    let _ = p;
    0
}
