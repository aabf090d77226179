//@ compile-flags: --edition 2021
//@ rustc-agrees
fn main() {
    let a = 1u7;
    let b = 2.5i32;
    let c = "text"suffix;
    println!("{} {} {}", a, b, c);
}
