// unreachable! with a message, reached through a match.
fn kind(n: u32) -> &'static str {
    match n % 3 {
        0 => "fizz",
        1 => "one",
        2 => "two",
        _ => unreachable!(),
    }
}

fn pick(n: u32) -> u32 {
    if n < 4 {
        return n;
    }
    unreachable!("pick called with {}", n)
}

fn main() {
    for i in 0..4 {
        println!("{} {}", kind(i), pick(i));
    }
    println!("{}", pick(9));
}
