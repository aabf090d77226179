//@ error: E0425
//@ compile-flags: --edition 2021
// A binding is not visible after its block ends.
pub fn f() -> i32 {
    {
        let inner = 5;
        let _ = inner;
    }
    inner //~ ERROR E0425
}
