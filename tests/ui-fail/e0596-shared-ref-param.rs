//@ error: E0596
//@ compile-flags: --edition 2021
// Mutating through a shared-reference parameter.
pub fn f(v: &Vec<u8>) {
    v.push(0); //~ ERROR E0596
}
