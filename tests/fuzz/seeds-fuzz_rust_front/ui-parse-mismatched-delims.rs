//@ compile-flags: --edition 2021
//@ rustc-agrees
fn main() {
    let v = vec![1, 2, 3);
    println!("{:?}", v);
}
