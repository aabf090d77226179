//@ error: E0596
//@ compile-flags: --edition 2021
// Pushing onto an immutable Vec.
pub fn f() -> usize {
    let v: Vec<i32> = Vec::new();
    v.push(1); //~ ERROR E0596
    v.len()
}
