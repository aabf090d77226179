//@ error: E0308
//@ compile-flags: --edition 2021
// A closure passed to `F: Fn(i32) -> bool` whose body returns an integer.
fn keep<F: Fn(i32) -> bool>(v: Vec<i32>, f: F) -> usize {
    let mut n = 0;
    for x in v { if f(x) { n += 1; } }
    n
}
pub fn f() -> usize {
    keep(vec![1, 2], |x| x * 2) //~ ERROR E0308
}
