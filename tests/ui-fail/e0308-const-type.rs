//@ error: E0308
//@ compile-flags: --edition 2021
// A const initializer of the wrong type.
pub const LIMIT: u32 = "ten"; //~ ERROR E0308
