//@ compile-flags: --edition 2021
// where clauses on functions, impls and traits.
use std::fmt::Debug;

fn show_all<T>(items: &[T]) -> usize
where
    T: Debug,
{
    let mut i = 0;
    while i < items.len() {
        println!("{:?}", items[i]);
        i += 1;
    }
    items.len()
}

fn combine<A, B, F>(a: A, b: B, f: F) -> A
where
    A: Copy + Debug,
    B: Clone,
    F: Fn(A, B) -> A,
{
    f(a, b.clone())
}

struct Wrapper<T> {
    inner: T,
}

impl<T> Wrapper<T>
where
    T: Clone + Debug,
{
    fn dup(&self) -> (T, T) {
        (self.inner.clone(), self.inner.clone())
    }
}

trait Describe
where
    Self: Debug,
{
    fn describe(&self) -> String {
        format!("{:?}", self)
    }
}

#[derive(Debug)]
struct Point(i32, i32);

impl Describe for Point {}

fn bounded<'a, T: 'a>(x: &'a T) -> &'a T
where
    T: ?Sized,
{
    x
}

fn main() {
    let n = show_all(&[1, 2, 3]);
    let c = combine(10i64, 5i32, |x, y| x + y as i64);
    let w = Wrapper { inner: String::from("w") };
    let d = w.dup();
    let p = Point(1, 2);
    let s = bounded("slice");
    println!("{} {} {:?} {} {}", n, c, d, p.describe(), s);
}
