//@ error: E0603
//@ compile-flags: --edition 2021
// Calling a private function of another module.
mod bank {
    fn audit() -> u32 { 0 }
    pub fn open() -> u32 { audit() }
}
pub fn f() -> u32 {
    bank::audit() //~ ERROR E0603
}
