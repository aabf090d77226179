
#![allow(dead_code)]
//! A crate-level doc comment.
use std::collections::HashMap;
use std::fmt::{self, Display as D};

mod shapes {
    pub mod inner {
        pub const N: usize = 4;
        pub static NAME: &str = "inner";
    }
    #[derive(Debug, Clone)]
    pub struct Point<T> {
        pub x: T,
        pub y: T,
    }
    impl<T: Copy + std::ops::Add<Output = T>> Point<T> {
        pub fn new(x: T, y: T) -> Self {
            Point { x, y }
        }
        pub fn sum(&self) -> T {
            self.x + self.y
        }
    }
    pub enum Shape {
        Circle { r: f64 },
        Rect(f64, f64),
        Empty,
    }
}

#[cfg(a)]
fn only_a() -> u8 { 1 }
#[cfg(not(a))]
fn only_a() -> u8 { 2 }
#[cfg_attr(feature = "x", inline)]
#[cfg(any(feature = "x", all(a, not(b))))]
fn featured() {}

trait Visit {
    type Out;
    const K: u32 = 3;
    fn visit(&mut self, v: u32) -> Self::Out;
    fn twice(&mut self, v: u32) -> (Self::Out, Self::Out) {
        (self.visit(v), self.visit(v + 1))
    }
}

struct Counter(u32);

impl Visit for Counter {
    type Out = u32;
    fn visit(&mut self, v: u32) -> u32 {
        self.0 += v;
        self.0
    }
}

fn apply<F, G>(f: F, g: G, x: i64) -> i64
where
    F: Fn(i64) -> i64,
    G: FnOnce(i64) -> Option<i64>,
{
    g(f(x)).map(|v| v * 2).unwrap_or(-1)
}

fn adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

async fn fetch(x: u8) -> u8 {
    let c = async move { x + 1 };
    c.await
}

fn patterns(v: &[Option<(i32, &str)>]) -> i32 {
    let mut total = 0;
    for item in v.iter() {
        match item {
            Some((n @ 1..=9, _)) => total += n,
            Some((n, "x" | "y")) if *n > 100 => total -= 1,
            Some((_, s)) => total += s.len() as i32,
            None => continue,
        }
    }
    let [a, b, ..] = [1, 2, 3, 4];
    let Some(q) = v.first() else { return a + b; };
    if let Some((k, _)) = q { total += k; }
    while total > 1000 { total /= 2; }
    'outer: loop {
        loop { break 'outer; }
    }
    total
}

fn main() {
    let p = shapes::Point::new(1, 2);
    let mut c = Counter(0);
    let _ = c.twice(p.sum() as u32);
    let f = |x| x + 1;
    let r = apply(f, |y| Some(y), 3);
    let add = adder(4);
    let v: Vec<i32> = (0..10).map(|i| i * 2).filter(|&i| i % 3 == 0).collect();
    let mut m: HashMap<String, usize> = HashMap::new();
    m.insert("k".to_string(), v.len());
    let t = (1u8, 2.5f32, 'c', b'x', "s", r"raw", br"bytes", 0x_ff_u16, 1e10);
    let arr = [0u8; shapes::inner::N];
    let neg = -(r as i32) + !0 - *&add(1) << 2 >> 1 & 3 | 4 ^ 5;
    let closures = || { || (); async || {}; };
    let s = &mut [1, 2][..];
    s[0] = arr.len() as i32 as _;
    println!("{} {:?} {} {}", r, t, neg, only_a());
    closures();
}
