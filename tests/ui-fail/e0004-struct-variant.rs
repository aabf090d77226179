//@ error: E0004
//@ compile-flags: --edition 2021
// A struct-variant pattern matching only one field value.
pub enum Shape { Circle { r: u32 }, Square { side: u32 } }
pub fn f(s: Shape) -> u32 {
    match s { //~ ERROR E0004
        Shape::Circle { r } => r,
        Shape::Square { side: 0 } => 0,
    }
}
