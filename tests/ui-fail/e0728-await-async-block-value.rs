//@ error: E0728
//@ compile-flags: --edition 2021
// Awaiting an async block from a sync function.
pub fn f() -> i32 {
    let fut = async { 1 + 1 };
    fut.await //~ ERROR E0728
}
