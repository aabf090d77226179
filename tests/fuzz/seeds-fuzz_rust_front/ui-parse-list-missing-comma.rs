//@ compile-flags: --edition 2021
//@ rustc-agrees
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn call() -> i32 {
    add(1 2)
}

fn tuple() -> (i32, i32) {
    (1 2)
}

fn array() -> [i32; 2] {
    [1 2]
}

fn format() {
    let x = 1;
    println!("{}" x);
}

fn vector() -> Vec<i32> {
    vec![1, 2 3]
}

struct Point {
    x: i32
    y: i32,
}

fn main() {}
