//@ error: E0369
//@ compile-flags: --edition 2021
// `+` on a type parameter without an Add bound.
pub fn f<T>(a: T, b: T) -> T {
    a + b //~ ERROR E0369
}
