//@ compile-flags: --edition 2021
//@ rustc-agrees
fn in_range(a: i32, b: i32, c: i32) -> bool {
    a < b < c
}

fn main() {
    println!("{}", in_range(1, 2, 3));
}
