//@ error: E0599
//@ compile-flags: --edition 2021
// push_str exists on String, not on &str.
pub fn f() -> usize {
    let s = "abc";
    s.push_str("def"); //~ ERROR E0599
    s.len()
}
