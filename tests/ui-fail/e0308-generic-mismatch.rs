//@ error: E0308
//@ compile-flags: --edition 2021
// Both arguments must have the same type T.
fn pair<T: Clone>(a: T, b: T) -> (T, T) { (a, b) }
pub fn f() {
    let p = pair(1u8, 'c'); //~ ERROR E0308
    let _ = p;
}
