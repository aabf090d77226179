//@ error: E0432
//@ compile-flags: --edition 2021
// Importing from a module that does not exist.
use crate::nowhere::thing; //~ ERROR E0432
pub fn f() {}
