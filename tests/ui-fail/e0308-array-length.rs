//@ error: E0308
//@ compile-flags: --edition 2021
// An array literal with the wrong number of elements for its annotated type.
pub fn f() -> i32 {
    let a: [i32; 3] = [1, 2]; //~ ERROR E0308
    a[0]
}
