//@ compile-flags: --edition 2021
//@ rustc-agrees
fn main() {
    println!("hi");
}
/* this comment /* has a nested one */ but never ends
fn other() {}
