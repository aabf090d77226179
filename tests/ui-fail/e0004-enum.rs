//@ error: E0004
//@ compile-flags: --edition 2021
// A match missing an enum variant.
pub enum Dir { N, E, S, W }
pub fn f(d: Dir) -> i32 {
    match d { //~ ERROR E0004
        Dir::N => 0,
        Dir::E => 1,
        Dir::S => 2,
    }
}
