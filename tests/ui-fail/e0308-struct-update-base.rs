//@ error: E0308
//@ compile-flags: --edition 2021
// The `..base` of a struct literal must have the struct's own type.
pub struct A { pub x: i32, pub y: i32 }
pub struct B { pub x: i32, pub y: i32 }
pub fn f(b: B) -> A {
    A { x: 1, ..b } //~ ERROR E0308
}
