//@ compile-flags: --edition 2021
// Operators on primitives: arithmetic, remainder of negatives, bit operations and shifts,
// comparison and lazy boolean operators, compound assignment on locals, fields and elements.

struct Counter {
    hits: u32,
}

fn must_not_run() -> bool {
    panic!("&& must short-circuit")
}

fn main() {
    let a = 17;
    let b = 5;
    assert_eq!((a + b, a - b, a * b), (22, 12, 85));
    assert_eq!((a / b, a % b), (3, 2));
    assert_eq!(-7 % 3, -1);
    let x: u8 = 0b1100;
    assert_eq!((x & 0b1010, x | 1, x ^ 0xff), (8, 13, 243));
    assert_eq!((!x, x << 2, x >> 3), (243, 48, 1));
    let f = 7.0 / 2.0 - 0.5;
    assert!(f == 3.0 && f >= 3.0 && f < 3.1);
    let lazy = false && must_not_run();
    assert!(!lazy || a > b);
    let mut c = Counter { hits: 1 };
    c.hits += 2;
    c.hits *= 3;
    c.hits <<= 1;
    let mut arr = [1i64, 2];
    arr[1] -= 5;
    arr[0] |= 6;
    let mut s = 1.5f32;
    s /= 2.0;
    println!("{} {:?} {} {}", c.hits, arr, s, 'a' < 'b' && "x" != "y");
}
