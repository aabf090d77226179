//@ error: E0282
//@ compile-flags: --edition 2021
// `None` with nothing fixing the Option's type.
pub fn f() {
    let x = None; //~ ERROR E0282
    let _ = x;
}
