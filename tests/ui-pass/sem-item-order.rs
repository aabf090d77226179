//@ compile-flags: --edition 2021
// Items are visible regardless of order: functions, structs, consts and impls used before
// their declaration, items declared inside a function body after their use, and
// mutually recursive functions.

fn main() {
    let p = make(LIMIT);
    assert_eq!(p.total(), 12);
    assert!(is_even(10) && is_odd(7));
    let local = helper(2);
    fn helper(x: u32) -> u32 {
        x * SCALE
    }
    const SCALE: u32 = 5;
    assert_eq!(local, 10);
    println!("{} {}", p.total(), local);
}

fn make(n: u32) -> Pair {
    Pair { a: n, b: n * 2 }
}

impl Pair {
    fn total(&self) -> u32 {
        self.a + self.b
    }
}

struct Pair {
    a: u32,
    b: u32,
}

const LIMIT: u32 = 4;

fn is_even(n: u32) -> bool {
    if n == 0 { true } else { is_odd(n - 1) }
}

fn is_odd(n: u32) -> bool {
    if n == 0 { false } else { is_even(n - 1) }
}
