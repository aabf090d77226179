//@ error: E0433
//@ compile-flags: --edition 2021
// A pattern path through an undeclared enum.
pub fn f(x: i32) -> i32 {
    match x {
        Color::Red => 1, //~ ERROR E0433
        _ => 0,
    }
}
