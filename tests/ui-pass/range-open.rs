//@ compile-flags: --edition 2021
// Range forms outside smelt's subset (wave 1 has only a..b and a..=b): a.., ..b, ..=b, ..,
// slicing by ranges, and std::ops::Range in a signature. Kept for the parser.
use std::ops::Range;

fn span() -> Range<usize> {
    1..3
}

fn main() {
    let v = vec![10, 20, 30, 40, 50];
    let middle = &v[1..4];
    let head = &v[..2];
    let tail = &v[3..];
    let upto = &v[..=1];
    let all = &v[..];
    let from = 5..;
    let s = span();
    let text = "hello world";
    let word = &text[6..];
    println!("{:?} {:?} {:?} {:?} {:?} {:?} {:?} {}", middle, head, tail, upto, all, from, s, word);
}
