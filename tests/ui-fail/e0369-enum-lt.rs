//@ error: E0369
//@ compile-flags: --edition 2021
// `<` on an enum without PartialOrd.
pub enum Level { Low, High }
pub fn f(a: Level, b: Level) -> bool {
    a < b //~ ERROR E0369
}
