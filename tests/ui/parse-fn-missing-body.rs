//@ compile-flags: --edition 2021
//@ rustc-agrees
fn helper(x: i32) -> i32;

fn main() {
    println!("{}", helper(1));
}
