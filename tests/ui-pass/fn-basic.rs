//@ compile-flags: --edition 2021
// Plain functions: parameters, return types, unit return, nested items.

fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn greet(name: &str) {
    println!("hello, {}", name);
}

fn nothing() -> () {}

fn early(x: i32) -> i32 {
    if x < 0 {
        return 0;
    }
    x * 2
}

fn mut_param(mut n: u32) -> u32 {
    n += 1;
    n
}

fn pattern_param((a, b): (i32, i32), _unused: bool) -> i32 {
    a - b
}

fn main() {
    fn inner(x: i64) -> i64 {
        x * x
    }
    let s = add(1, 2);
    greet("world");
    nothing();
    let e = early(-5) + early(3);
    let m = mut_param(41);
    let d = pattern_param((10, 4), true);
    println!("{} {} {} {} {}", s, e, m, d, inner(7));
}
