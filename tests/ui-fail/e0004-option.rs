//@ error: E0004
//@ compile-flags: --edition 2021
// A match on Option missing `None`.
pub fn f(o: Option<i32>) -> i32 {
    match o { //~ ERROR E0004
        Some(v) => v,
    }
}
