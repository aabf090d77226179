//@ error: E0425
//@ compile-flags: --edition 2021
// A generic parameter used outside its item.
pub fn first<T: Clone>(v: &Vec<T>) -> T {
    v[0].clone()
}
pub fn second(x: T) -> i32 { //~ ERROR E0425
    let _ = x;
    0
}
