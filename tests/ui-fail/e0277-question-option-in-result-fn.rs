//@ error: E0277
//@ compile-flags: --edition 2021
// `?` on an Option inside a function returning Result.
pub fn f(v: Vec<i32>) -> Result<i32, String> {
    let first = v.first()?; //~ ERROR E0277
    Ok(*first)
}
