//@ error: E0425
//@ compile-flags: --edition 2021
// Unknown type in an enum variant.
pub enum Shape {
    Circle(f64),
    Poly(Vec<Vertex>), //~ ERROR E0425
}
