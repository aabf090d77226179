//@ error: E0277
//@ compile-flags: --edition 2021
// `{}` on a type without Display.
#[derive(Debug)]
pub struct Point { pub x: i32 }
pub fn f(p: Point) -> String {
    format!("{}", p) //~ ERROR E0277
}
