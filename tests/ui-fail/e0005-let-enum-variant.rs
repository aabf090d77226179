//@ error: E0005
//@ compile-flags: --edition 2021
// `let` with one variant of a multi-variant enum.
pub enum Msg { Quit, Move(i32, i32) }
pub fn f(m: Msg) -> i32 {
    let Msg::Move(x, y) = m; //~ ERROR E0005
    x + y
}
