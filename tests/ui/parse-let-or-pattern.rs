//@ compile-flags: --edition 2021
//@ rustc-agrees
fn main() {
    let r: Result<i32, i32> = Ok(1);
    let Ok(n) | Err(n) = r;
    println!("{}", n);
}
