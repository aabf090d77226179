//@ error: E0282
//@ compile-flags: --edition 2021
// A Vec that is only ever popped: its element type is never determined.
pub fn f() -> bool {
    let mut stack = Vec::new(); //~ ERROR E0282
    stack.pop().is_none()
}
