//@ error: E0425
//@ compile-flags: --edition 2021
// Unknown type in a let annotation.
pub fn f() {
    let v: Vec<Strng> = Vec::new(); //~ ERROR E0425
    let _ = v;
}
