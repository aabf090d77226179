//@ compile-flags: --edition 2021
// consts and statics: used in expressions, as array lengths, in patterns, of struct and
// array type, and declared inside a function.

const SIZE: usize = 4;
const LIMIT: u32 = 10 * 10;
static GREETING: &str = "hi";
static WEIGHTS: [u32; SIZE] = [1, 2, 3, 4];

#[derive(Debug, Clone, Copy, PartialEq)]
struct Pt {
    x: i32,
    y: i32,
}

const ORIGIN: Pt = Pt { x: 0, y: 0 };

fn classify(n: u32) -> &'static str {
    match n {
        LIMIT => "at limit",
        0..=99 => "below",
        _ => "above",
    }
}

fn main() {
    const LOCAL: i32 = -3;
    let buf = [0u8; SIZE];
    let mut total = 0;
    for i in 0..SIZE {
        total += WEIGHTS[i];
    }
    let moved = Pt { x: LOCAL, ..ORIGIN };
    assert_eq!(total, 10);
    assert_eq!(buf.len(), 4);
    println!("{} {} {} {:?} {} {}", GREETING, classify(100), classify(5), moved, total, ORIGIN == moved);
}
