//@ compile-flags: --edition 2021
// impl Trait in argument and return position.
use std::fmt::Display;

fn print_it(x: impl Display) -> String {
    format!("<{}>", x)
}

fn sum_all(it: impl Iterator<Item = i32>) -> i32 {
    let mut total = 0;
    for x in it {
        total += x;
    }
    total
}

fn evens(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).filter(|n| n % 2 == 0)
}

fn adder(k: i32) -> impl Fn(i32) -> i32 {
    move |x| x + k
}

fn counter() -> impl FnMut() -> u32 {
    let mut c = 0;
    move || {
        c += 1;
        c
    }
}

fn both(a: impl Display + Clone, b: &impl Display) -> String {
    format!("{}{}", a.clone(), b)
}

fn main() {
    let a = print_it(42);
    let b = print_it("str");
    let s = sum_all(vec![1, 2, 3].into_iter());
    let e: Vec<u32> = evens(10).collect();
    let add5 = adder(5);
    let mut next = counter();
    next();
    let c = both(1.5, &'x');
    println!("{} {} {} {:?} {} {} {}", a, b, s, e, add5(1), next(), c);
}
