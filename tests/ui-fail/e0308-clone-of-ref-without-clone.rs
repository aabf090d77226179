//@ error: E0308
//@ compile-flags: --edition 2021
// `.clone()` on a `&Token` whose struct is not Clone clones the reference
// (`&T: Clone`), so the result is `&Token`, not `Token`: E0308, not E0599.
pub struct Token { pub kind: u8 }
pub fn f(t: &Token) -> Token {
    let owned: Token = t.clone(); //~ ERROR E0308
    owned
}
