//@ error: E0061
//@ compile-flags: --edition 2021
// Calling a fn pointer with too few arguments is E0061, as for fn items (not E0057).
fn add(a: i32, b: i32) -> i32 { a + b }
pub fn f() -> i32 {
    let g: fn(i32, i32) -> i32 = add;
    g(1) //~ ERROR E0061
}
