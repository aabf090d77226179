//@ error: E0603
//@ compile-flags: --edition 2021
// A sibling module's private function reached through `super::`.
mod a {
    fn secret() -> u8 { 1 }
    pub fn open() -> u8 { secret() }
}
mod b {
    pub fn peek() -> u8 {
        super::a::secret() //~ ERROR E0603
    }
}
pub fn f() -> u8 { b::peek() + a::open() }
