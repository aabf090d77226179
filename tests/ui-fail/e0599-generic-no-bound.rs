//@ error: E0599
//@ compile-flags: --edition 2021
// A method on a type parameter without the bound that provides it.
pub trait Describe { fn describe(&self) -> String; }
pub fn f<T>(t: &T) -> String {
    t.describe() //~ ERROR E0599
}
