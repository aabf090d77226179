//@ error: E0433
//@ compile-flags: --edition 2021
// A path through a module that does not exist.
pub fn f() -> i32 {
    geometry::area(2) //~ ERROR E0433
}
