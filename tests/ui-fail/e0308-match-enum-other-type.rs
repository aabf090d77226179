//@ error: E0308
//@ compile-flags: --edition 2021
// A pattern naming a variant of a different enum than the scrutinee's.
pub enum Light { Red, Green }
pub enum Door { Open, Closed }
pub fn f(l: Light) -> u8 {
    match l {
        Light::Red => 0,
        Door::Open => 1, //~ ERROR E0308
        _ => 2,
    }
}
