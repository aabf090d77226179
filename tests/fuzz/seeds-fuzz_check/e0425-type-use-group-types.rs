//@ error: E0425
//@ compile-flags: --edition 2021
// An unknown type in a generic argument of a function signature.
pub fn f(v: Option<Missing>) -> bool { //~ ERROR E0425
    v.is_some()
}
