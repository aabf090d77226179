//@ error: E0425
//@ compile-flags: --edition 2021
// A field used as if it were a local variable inside a method.
pub struct Counter { count: u32 }
impl Counter {
    pub fn get(&self) -> u32 {
        count //~ ERROR E0425
    }
}
