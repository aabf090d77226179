//@ error: E0425
//@ compile-flags: --edition 2021
// A type alias to an unknown type.
pub type Id = Identifier; //~ ERROR E0425
