//@ error: E0728
//@ compile-flags: --edition 2021
// `.await` in a plain closure inside an async fn.
async fn fetch() -> u32 { 1 }
pub async fn f() -> u32 {
    let g = || fetch().await; //~ ERROR E0728
    let _ = g;
    0
}
