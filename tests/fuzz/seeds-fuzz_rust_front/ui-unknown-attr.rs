//@ rustc-agrees
#[derive(Debug, Clone, Frobnicate)]
struct S;

#[frobnicate]
fn f() {}

#[allow(dead_code)]
fn main() {}
