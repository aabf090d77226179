//@ error: E0004
//@ compile-flags: --edition 2021
// A nested pattern leaves `Some(Err(_))` uncovered.
pub fn f(o: Option<Result<i32, ()>>) -> i32 {
    match o { //~ ERROR E0004
        Some(Ok(v)) => v,
        None => 0,
    }
}
