//@ error: E0057
//@ compile-flags: --edition 2021
// Calling a closure with too many arguments.
pub fn f() -> i32 {
    let inc = |x: i32| x + 1;
    inc(1, 2) //~ ERROR E0057
}
