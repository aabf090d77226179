//@ compile-flags: --edition 2021
//@ rustc-agrees
fn main() {
    let s = "never closed;
    println!("{}", s);
}
