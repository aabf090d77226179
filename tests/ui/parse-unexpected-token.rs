//@ compile-flags: --edition 2021
//@ rustc-agrees
fn main() {
    let x = 1 + * ;
    let y = 2;
    println!("{}", y);
}
