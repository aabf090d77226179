//@ compile-flags: --edition 2021
//@ rustc-agrees
fn main() {
    let opt = Some(3);
    if let Some(x) = opt && x > 2 {
        println!("{}", x);
    }
}
