//@ compile-flags: --edition 2021
// impl Trait in argument and return position.
use std::fmt::Display;

fn print_it(x: impl Display) -> String {
    format!("<{}>", x)
}

fn sum_with(v: Vec<i32>, f: impl Fn(i32) -> i32) -> i32 {
    let mut total = 0;
    for x in v {
        total += f(x);
    }
    total
}

fn is_even() -> impl Fn(u32) -> bool {
    |n| n % 2 == 0
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
    let s = sum_with(vec![1, 2, 3], |x| x * x);
    let even = is_even();
    let mut e: Vec<u32> = Vec::new();
    for n in 0..10 {
        if even(n) {
            e.push(n);
        }
    }
    let add5 = adder(5);
    let mut next = counter();
    next();
    let c = both(1.5, &'x');
    println!("{} {} {} {:?} {} {} {}", a, b, s, e, add5(1), next(), c);
}
