//@ compile-flags: --edition 2021
// std::cmp::{max, min}, Ordering from cmp(), std::mem::{swap, replace, drop}.
use std::cmp::{self, Ordering};
use std::mem;

fn compare(a: i32, b: i32) -> &'static str {
    match a.cmp(&b) {
        Ordering::Less => "less",
        Ordering::Equal => "equal",
        Ordering::Greater => "greater",
    }
}

fn main() {
    assert_eq!(cmp::max(3, 8), 8);
    assert_eq!(std::cmp::min(5u8, 2), 2);
    let mut a = String::from("left");
    let mut b = String::from("right");
    mem::swap(&mut a, &mut b);
    assert_eq!(a.as_str(), "right");
    let old = mem::replace(&mut a, String::from("new"));
    assert_eq!(old.as_str(), "right");
    let v = vec![1, 2];
    drop(v);
    mem::drop(b);
    println!("{} {} {} {}", compare(1, 2), compare(2, 2), compare(3, 2), a);
}
