//@ compile-flags: --edition 2021
//@ rustc-agrees
fn main() {
    let match = 5;
    println!("{}", match);
}
