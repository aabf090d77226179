//@ error: E0277
//@ compile-flags: --edition 2021
// A generic function requiring Copy called with a String.
fn twice<T: Copy>(x: T) -> (T, T) { (x, x) }
pub fn f() -> usize {
    let (a, _) = twice(String::from("s")); //~ ERROR E0277
    a.len()
}
