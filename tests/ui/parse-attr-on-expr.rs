//@ compile-flags: --edition 2021
//@ rustc-agrees
fn main() {
    let mut total = 0;
    #[allow(unused)]
    total += 1;
    let x = #[allow(unused)] 5;
    println!("{} {}", total, x);
}
