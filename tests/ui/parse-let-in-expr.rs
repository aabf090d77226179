//@ compile-flags: --edition 2021
//@ rustc-agrees
fn main() {
    let a = (let b = 1);
    println!("{}", a);
}
