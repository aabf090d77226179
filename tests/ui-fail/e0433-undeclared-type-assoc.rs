//@ error: E0433
//@ compile-flags: --edition 2021
// An associated function on a type that does not exist.
pub fn f() {
    let acc = Acc::new(); //~ ERROR E0433
    let _ = acc;
}
