//@ error: E0277
//@ compile-flags: --edition 2021
// `{:?}` on a type without Debug.
pub struct Secret { pub v: u8 }
pub fn f(s: Secret) {
    println!("{:?}", s); //~ ERROR E0277
}
