//@ compile-flags: --edition 2021
// Range expressions: a..b, a..=b, a.., ..b, ..=b, .., used in loops, slices and values.
use std::ops::Range;

fn span() -> Range<usize> {
    1..3
}

fn main() {
    let v = vec![10, 20, 30, 40, 50];
    let mut total = 0;
    for i in 0..5 {
        total += i;
    }
    for i in 1..=3 {
        total += i;
    }
    let middle = &v[1..4];
    let head = &v[..2];
    let tail = &v[3..];
    let upto = &v[..=1];
    let all = &v[..];
    let r = 2..6;
    let ri = 'a'..='e';
    let contains = (1..10).contains(&5);
    let len = (0..100).len();
    let n = 4;
    let dynamic = n - 2..n + 2;
    let rev: Vec<i32> = (0..3).rev().collect();
    let step: Vec<u32> = (0..10).step_by(3).collect();
    let from = 5..;
    let s = span();
    let text = "hello world";
    let word = &text[6..];
    println!("{} {:?} {:?} {:?} {:?} {:?} {:?} {:?}", total, middle, head, tail, upto, all, r, ri);
    println!("{} {} {:?} {:?} {:?} {:?} {:?} {}", contains, len, dynamic, rev, step, from, s, word);
}
