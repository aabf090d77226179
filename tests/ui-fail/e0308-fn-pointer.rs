//@ error: E0308
//@ compile-flags: --edition 2021
// A fn item whose signature differs from the fn pointer type it is assigned to.
fn name(x: &str) -> usize { x.len() }
pub fn f() -> usize {
    let g: fn(i32) -> i32 = name; //~ ERROR E0308
    g(1) as usize
}
