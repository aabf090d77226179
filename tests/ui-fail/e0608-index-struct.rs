//@ error: E0608
//@ compile-flags: --edition 2021
// Indexing a struct.
pub struct Grid { pub cells: Vec<u8> }
pub fn f(g: &Grid) -> u8 {
    g[1] //~ ERROR E0608
}
