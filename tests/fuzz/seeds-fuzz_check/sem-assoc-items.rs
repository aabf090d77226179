//@ compile-flags: --edition 2021
// Associated functions and consts: `Acc::new()`, `Self::LIMIT`, consts in trait impls,
// trait associated functions called through the type and through a generic parameter.

struct Acc {
    total: u32,
}

impl Acc {
    const LIMIT: u32 = 100;
    const EMPTY: Acc = Acc { total: 0 };

    fn new() -> Acc {
        Acc::EMPTY
    }

    fn add(&mut self, n: u32) -> bool {
        if self.total + n > Self::LIMIT {
            return false;
        }
        self.total += n;
        true
    }
}

trait Unit {
    const SYMBOL: &'static str;
    fn zero() -> Self;
}

impl Unit for u32 {
    const SYMBOL: &'static str = "u";
    fn zero() -> u32 {
        0
    }
}

fn fresh<T: Unit>() -> (T, &'static str) {
    (T::zero(), T::SYMBOL)
}

fn main() {
    let mut acc = Acc::new();
    assert!(acc.add(60));
    assert!(!acc.add(50));
    let (z, sym): (u32, &str) = fresh();
    println!("{} {} {} {} {}", acc.total, Acc::LIMIT, z, sym, <u32 as Unit>::SYMBOL);
}
