//@ error: E0425
//@ compile-flags: --edition 2021
// An impl block for a type that does not exist.
impl Counter { //~ ERROR E0425
    pub fn new() -> Self { loop {} }
}
