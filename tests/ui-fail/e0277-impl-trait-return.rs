//@ error: E0277
//@ compile-flags: --edition 2021
// A function returning `impl Display` whose body returns a struct without Display.
use std::fmt::Display;
pub struct Point { pub x: i32 }
pub fn f() -> impl Display { //~ ERROR E0277
    Point { x: 1 }
}
