//@ error: E0603
//@ compile-flags: --edition 2021
// Reading a private constant of another module.
mod limits {
    const MAX: u32 = 10;
    pub fn get() -> u32 { MAX }
}
pub fn f() -> u32 {
    limits::MAX //~ ERROR E0603
}
