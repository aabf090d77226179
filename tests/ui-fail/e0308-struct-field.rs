//@ error: E0308
//@ compile-flags: --edition 2021
// A struct literal field of the wrong type.
pub struct P { pub x: f64, pub y: f64 }
pub fn f() -> P {
    P { x: 1.0, y: "2" } //~ ERROR E0308
}
