//@ compile-flags: --edition 2021
//@ rustc-agrees
fn main() {
    let a = 1i32;
    let b = 2usize;
    if a as usize < b {
        println!("less");
    }
}
