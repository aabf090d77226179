#[cfg(maybe(a))]
fn f() {}
#[cfg(not(a, b))]
fn g() {}
fn main() {}
