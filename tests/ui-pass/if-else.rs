//@ compile-flags: --edition 2021
// if / else if / else as statements and expressions.

fn classify(n: i32) -> &'static str {
    if n < 0 {
        "negative"
    } else if n == 0 {
        "zero"
    } else if n < 10 {
        "small"
    } else {
        "large"
    }
}

struct Limit {
    max: u32,
}

fn main() {
    let x = 7;
    if x > 5 {
        println!("big");
    }
    if x % 2 == 0 {
        println!("even");
    } else {
        println!("odd");
    }
    let y = if x > 3 { x * 2 } else { x };
    let z = 1 + if y > 10 { 100 } else { 0 };
    let lim = Limit { max: 10 };
    if lim.max > 5 && (Limit { max: 1 }).max < 5 {
        println!("limits");
    }
    if (x == 7) {
        println!("parens");
    }
    if { let t = x; t > 0 } {
        println!("block cond");
    }
    let nested = if x > 0 { if x > 5 { "a" } else { "b" } } else { "c" };
    println!("{} {} {} {}", classify(x), y, z, nested);
    for n in vec![-1, 0, 3, 50] {
        print!("{} ", classify(n));
    }
    println!();
}
