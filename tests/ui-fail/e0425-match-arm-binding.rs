//@ error: E0425
//@ compile-flags: --edition 2021
// A binding from one match arm is not visible in another.
pub fn f(o: Option<i32>) -> i32 {
    match o {
        Some(n) => n,
        None => n + 1, //~ ERROR E0425
    }
}
