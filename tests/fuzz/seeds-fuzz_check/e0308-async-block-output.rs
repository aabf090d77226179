//@ error: E0308
//@ compile-flags: --edition 2021
// Awaiting an async block yields its output type, here `&str`, not `i32`.
pub async fn f() -> i32 {
    let fut = async { "one" };
    fut.await //~ ERROR E0308
}
