//@ error: E0308
//@ compile-flags: --edition 2021
// Destructuring a 3-tuple with a 2-element pattern.
pub fn f() -> i32 {
    let (a, b) = (1, 2, 3); //~ ERROR E0308
    a + b
}
