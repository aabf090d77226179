//@ error: E0004
//@ compile-flags: --edition 2021
// A match through a reference that misses one variant.
pub enum Cmd { Go(u32), Turn { deg: i32 }, Stop }
pub fn f(c: &Cmd) -> i64 {
    match c { //~ ERROR E0004
        Cmd::Go(n) => *n as i64,
        Cmd::Turn { deg } => *deg as i64,
    }
}
