//@ error: E0282
//@ compile-flags: --edition 2021
// An empty Vec whose element type is never determined.
pub fn f() -> usize {
    let v = Vec::new(); //~ ERROR E0282
    v.len()
}
