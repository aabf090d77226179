//@ error: E0308
//@ compile-flags: --edition 2021
// An async closure body whose value does not match its annotated use.
pub async fn f() -> u64 {
    let c = async |x: u64| x > 1;
    let r: u64 = c(2).await; //~ ERROR E0308
    r
}
