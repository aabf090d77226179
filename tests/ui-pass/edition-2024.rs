//@ compile-flags: --edition 2024
// Edition 2024: the subset's code is unchanged; `gen` is reserved, but ordinary code,
// async closures and `impl Trait` captures parse and check as in 2021.

fn is_multiple(k: u32) -> impl Fn(u32) -> bool {
    move |n| n % k == 0
}

fn evens(limit: u32) -> Vec<u32> {
    let even = is_multiple(2);
    let mut v = Vec::new();
    for n in 0..limit {
        if even(n) {
            v.push(n);
        }
    }
    v
}

async fn add(a: u32, b: u32) -> u32 {
    a + b
}

fn main() {
    let v: Vec<u32> = evens(7);
    let sum = async || add(1, 2).await;
    let fut = sum();
    drop(fut);
    let label = match v.len() {
        0 => "none",
        1..=3 => "few",
        _ => "many",
    };
    println!("{:?} {}", v, label);
}
