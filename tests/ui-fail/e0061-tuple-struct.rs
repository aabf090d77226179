//@ error: E0061
//@ compile-flags: --edition 2021
// Wrong number of fields to a tuple struct constructor.
pub struct Rgb(pub u8, pub u8, pub u8);
pub fn f() -> Rgb {
    Rgb(1, 2) //~ ERROR E0061
}
