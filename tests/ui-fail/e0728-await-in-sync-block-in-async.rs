//@ error: E0728
//@ compile-flags: --edition 2021
// `.await` in a sync fn nested inside an async fn.
pub async fn f() -> i32 {
    fn inner() -> i32 {
        let fut = async { 5 };
        fut.await //~ ERROR E0728
    }
    inner()
}
