//@ error: E0384
//@ compile-flags: --edition 2021
// A for loop's binding is immutable.
pub fn f() -> i32 {
    let mut t = 0;
    for i in 0..3 {
        i += 1; //~ ERROR E0384
        t += i;
    }
    t
}
