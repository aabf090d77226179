//@ error: E0308
//@ compile-flags: --edition 2021
// A pattern of the wrong type in a match.
pub fn f(o: Option<i32>) -> i32 {
    match o {
        Ok(v) => v, //~ ERROR E0308
        _ => 0,
    }
}
