//@ error: E0599
//@ compile-flags: --edition 2021
// `.clone()` on a struct value that does not derive Clone.
pub struct Token { pub kind: u8 }
pub fn f(t: Token) -> (Token, Token) {
    let copy = t.clone(); //~ ERROR E0599
    (t, copy)
}
