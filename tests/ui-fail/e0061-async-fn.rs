//@ error: E0061
//@ compile-flags: --edition 2021
// Wrong number of arguments to an async fn.
async fn fetch(id: u32) -> u32 { id }
pub async fn f() -> u32 {
    fetch().await //~ ERROR E0061
}
