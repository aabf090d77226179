//@ error: E0596
//@ compile-flags: --edition 2021
// Calling an FnMut closure bound without `mut`.
pub fn f() -> i32 {
    let mut count = 0;
    let bump = || count += 1;
    bump(); //~ ERROR E0596
    count
}
