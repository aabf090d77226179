//@ error: E0308
//@ compile-flags: --edition 2021
// An async fn body of the wrong output type.
pub async fn f() -> u32 {
    String::new() //~ ERROR E0308
}
