//@ error: E0433
//@ compile-flags: --edition 2021
// A struct literal through an unknown module.
pub fn f() {
    let p = geo::Point { x: 1, y: 2 }; //~ ERROR E0433
    let _ = p;
}
