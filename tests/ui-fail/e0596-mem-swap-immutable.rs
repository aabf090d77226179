//@ error: E0596
//@ compile-flags: --edition 2021
// std::mem::swap needs `&mut` of an immutable local.
pub fn f() -> i32 {
    let a = 1;
    let mut b = 2;
    std::mem::swap(&mut a, &mut b); //~ ERROR E0596
    a + b
}
