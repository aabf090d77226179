//@ error: E0425
//@ compile-flags: --edition 2021
// An unknown name inside an async block.
pub async fn f() -> i32 {
    let fut = async { total * 2 }; //~ ERROR E0425
    fut.await
}
