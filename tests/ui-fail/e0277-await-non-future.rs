//@ error: E0277
//@ compile-flags: --edition 2021
// `.await` on a value that is not a future.
async fn count() -> u32 { 3 }
pub async fn f() -> u32 {
    let n = count().await;
    n.await //~ ERROR E0277
}
