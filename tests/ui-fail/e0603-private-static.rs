//@ error: E0603
//@ compile-flags: --edition 2021
// Reading a private static through a `crate::` path.
mod cfg {
    static LEVEL: u8 = 3;
    pub fn level() -> u8 { LEVEL }
}
pub fn f() -> u8 {
    crate::cfg::LEVEL //~ ERROR E0603
}
