//@ error: E0599
//@ compile-flags: --edition 2021
// An Option method called on a Result.
pub fn f(r: Result<i32, String>) -> bool {
    r.is_some() //~ ERROR E0599
}
