//@ compile-flags: --edition 2021
//@ rustc-agrees
fn main() {
    let newline = '\n;
    println!("{:?}", newline);
}
