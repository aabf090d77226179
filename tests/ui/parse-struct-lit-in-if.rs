//@ compile-flags: --edition 2021
//@ rustc-agrees
#[derive(PartialEq)]
struct S {
    a: i32,
}

fn main() {
    let x = S { a: 1 };
    if x == S { a: 1 } {
        println!("equal");
    }
}
