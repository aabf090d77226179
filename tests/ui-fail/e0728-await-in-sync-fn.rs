//@ error: E0728
//@ compile-flags: --edition 2021
// `.await` in a non-async function.
async fn fetch() -> u32 { 1 }
pub fn f() -> u32 {
    fetch().await //~ ERROR E0728
}
