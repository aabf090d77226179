//@ error: E0061
//@ compile-flags: --edition 2021
// Wrong number of arguments to an associated function.
pub struct P { x: i32, y: i32 }
impl P {
    pub fn new(x: i32, y: i32) -> P { P { x, y } }
}
pub fn f() -> P {
    P::new(1, 2, 3) //~ ERROR E0061
}
