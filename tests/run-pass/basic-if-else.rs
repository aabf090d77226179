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

fn main() {
    println!("{}", classify(-5));
    println!("{}", classify(0));
    println!("{}", classify(7));
    println!("{}", classify(42));
    let n = 13;
    let parity = if n % 2 == 0 { "even" } else { "odd" };
    println!("{} is {}", n, parity);
    if n > 10 {
        println!("big");
    }
    if n > 100 {
        println!("huge");
    }
    let m = if n > 5 && n < 20 || n == 0 { 1 } else { 2 };
    println!("m = {}", m);
}
