//@ error: E0599
//@ compile-flags: --edition 2021
// A closure parameter with an annotated type lacking the method.
pub fn f() -> bool {
    let g = |s: &str| s.is_blank(); //~ ERROR E0599
    g("x")
}
