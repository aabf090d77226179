//@ error: E0608
//@ compile-flags: --edition 2021
// Indexing an Option.
pub fn f(o: Option<Vec<i32>>) -> i32 {
    o[0] //~ ERROR E0608
}
