//@ error: E0608
//@ compile-flags: --edition 2021
// Indexing a tuple with brackets instead of `.0`.
pub fn f(t: (i32, i32)) -> i32 {
    t[0] //~ ERROR E0608
}
