//@ error: E0005
//@ compile-flags: --edition 2021
// `let Ok(..)` on a Result.
pub fn f(r: Result<u8, String>) -> u8 {
    let Ok(v) = r; //~ ERROR E0005
    v
}
