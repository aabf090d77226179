//@ error: E0596
//@ compile-flags: --edition 2021
// Taking `&mut` of an immutable local.
pub fn f() -> i32 {
    let x = 5;
    let r = &mut x; //~ ERROR E0596
    *r += 1;
    x
}
