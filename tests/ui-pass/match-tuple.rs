//@ compile-flags: --edition 2021
// Tuple patterns: nested, with wildcards and rest `..`.

fn fizz(n: u32) -> String {
    match (n % 3, n % 5) {
        (0, 0) => "FizzBuzz".to_string(),
        (0, _) => "Fizz".to_string(),
        (_, 0) => "Buzz".to_string(),
        _ => n.to_string(),
    }
}

fn main() {
    for i in 1..=15 {
        print!("{} ", fizz(i));
    }
    println!();
    let t = (1, (2, 3), 4, 5);
    match t {
        (1, (a, b), ..) => println!("{} {}", a, b),
        (.., 5) => println!("ends with 5"),
        _ => {}
    }
    let (first, .., last) = (1, 2, 3, 4);
    let (x, (y, z)) = (1, (2.0, "three"));
    let ((a, b), c) = ((true, 'c'), ());
    let single = (7,);
    let (s,) = single;
    match (first, last) {
        (1, 4) | (4, 1) => println!("edges"),
        (_, _) => println!("other"),
    }
    println!("{} {} {} {} {} {} {:?} {}", first, last, x, y, z, a, (b, c), s);
}
