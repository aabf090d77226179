//@ error: E0277
//@ compile-flags: --edition 2021
// `?` in a function that returns `()`.
pub fn f(o: Option<i32>) {
    let v = o?; //~ ERROR E0277
    let _ = v;
}
