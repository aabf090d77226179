//@ error: E0061
//@ compile-flags: --edition 2021
// Wrong number of fields to a tuple variant.
pub enum Shape { Rect(u32, u32), Dot }
pub fn f() -> Shape {
    Shape::Rect(4) //~ ERROR E0061
}
