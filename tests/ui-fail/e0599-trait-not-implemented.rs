//@ error: E0599
//@ compile-flags: --edition 2021
// A trait's default method on a type that does not implement the trait.
pub trait Describe {
    fn describe(&self) -> String { String::from("thing") }
}
pub struct Cat;
pub struct Dog;
impl Describe for Cat {}
pub fn f(d: Dog) -> String {
    d.describe() //~ ERROR E0599
}
