//@ error: E0277
//@ compile-flags: --edition 2021
// Indexing a Vec with an i32.
pub fn f(v: Vec<u8>, i: i32) -> u8 {
    v[i] //~ ERROR E0277
}
