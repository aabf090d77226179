//@ compile-flags: --edition 2021
//@ rustc-agrees
fn main() {
    let c = 'a;
    println!("{}", c);
}
