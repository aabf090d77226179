//@ error: E0432
//@ compile-flags: --edition 2021
// `super::` import of a missing name inside a module.
pub fn top() {}
mod inner {
    use super::bottom; //~ ERROR E0432
    pub fn g() {}
}
