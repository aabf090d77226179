// Generic structs with impl blocks, including impls for a concrete type.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Pair<T> {
    a: T,
    b: T,
}

impl<T: Copy + PartialOrd> Pair<T> {
    fn largest(&self) -> T {
        if self.a > self.b { self.a } else { self.b }
    }
    fn swap(self) -> Pair<T> {
        Pair { a: self.b, b: self.a }
    }
}

impl Pair<f64> {
    fn mean(&self) -> f64 {
        (self.a + self.b) / 2.0
    }
}

struct Labeled<T, U> {
    label: U,
    value: T,
}

impl<T: std::fmt::Debug, U: std::fmt::Display> Labeled<T, U> {
    fn show(&self) -> String {
        format!("{}={:?}", self.label, self.value)
    }
}

fn main() {
    let p = Pair { a: 3, b: 9 };
    println!("{}", p.largest());
    println!("{:?}", p.swap());
    let q = Pair { a: 'x', b: 'c' };
    println!("{}", q.largest());
    let f = Pair { a: 1.0, b: 4.0 };
    println!("{}", f.mean());
    println!("{}", p == Pair { a: 3, b: 9 });
    let l = Labeled { label: "answer", value: Some(42) };
    println!("{}", l.show());
    let l2 = Labeled { label: 7, value: (1, 2) };
    println!("{}", l2.show());
}
