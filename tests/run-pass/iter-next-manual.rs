// Driving iterators by hand with next(), and implementing Iterator for a struct.
struct Fib {
    a: u64,
    b: u64,
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        self.a = self.b;
        self.b += r;
        Some(r)
    }
}

fn main() {
    let mut r = 0..3;
    println!("{:?} {:?} {:?} {:?}", r.next(), r.next(), r.next(), r.next());
    let mut f = Fib { a: 0, b: 1 };
    for _ in 0..10 {
        print!("{} ", f.next().unwrap());
    }
    println!();
    let small: Vec<u64> = Fib { a: 0, b: 1 }.filter(|x| x % 2 == 0).zip(0..5).map(|(x, _)| x).collect();
    println!("{:?}", small);
    let s: u64 = Fib { a: 0, b: 1 }.zip(0..20).map(|(x, _)| x).sum();
    println!("{}", s);
    let mut it = vec![1, 2].into_iter();
    while let Some(x) = it.next() {
        println!("got {}", x);
    }
}
