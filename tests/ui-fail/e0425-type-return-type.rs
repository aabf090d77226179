//@ error: E0425
//@ compile-flags: --edition 2021
// Unknown type in a return type.
pub fn f() -> Widget { //~ ERROR E0425
    loop {}
}
