//@ error: E0432
//@ compile-flags: --edition 2021
// Importing a variant an enum does not have.
pub enum Dir { North, South }
use Dir::East; //~ ERROR E0432
pub fn f() {}
