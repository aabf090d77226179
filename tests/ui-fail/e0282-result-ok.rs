//@ error: E0282
//@ compile-flags: --edition 2021
// `Ok(1)` alone does not say what the error type is.
pub fn f() -> bool {
    let r = Ok(1); //~ ERROR E0282
    r.is_ok()
}
