//@ error: E0277
//@ compile-flags: --edition 2021
// A closure whose argument must implement a user trait bound.
pub trait Score { fn score(&self) -> u32; }
fn run<T: Score, F: Fn(&T) -> u32>(t: T, f: F) -> u32 { f(&t) }
pub fn f() -> u32 {
    run("text", |_s| 7) //~ ERROR E0277
}
