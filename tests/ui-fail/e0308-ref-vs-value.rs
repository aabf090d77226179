//@ error: E0308
//@ compile-flags: --edition 2021
// Passing a value where a reference is expected.
fn len(s: &String) -> usize { s.len() }
pub fn f(s: String) -> usize {
    len(s) //~ ERROR E0308
}
