//@ compile-flags: --edition 2021
// A user trait implemented generically: `impl<T: Trait> Trait for Wrapper<T>`, for Vec<T>,
// and called through nested generic types.

trait Score {
    fn score(&self) -> u32;
}

impl Score for u32 {
    fn score(&self) -> u32 {
        *self
    }
}

struct Boosted<T> {
    inner: T,
    bonus: u32,
}

impl<T: Score> Score for Boosted<T> {
    fn score(&self) -> u32 {
        self.inner.score() + self.bonus
    }
}

impl<T: Score> Score for Vec<T> {
    fn score(&self) -> u32 {
        let mut t = 0;
        for x in self {
            t += x.score();
        }
        t
    }
}

fn best<T: Score>(a: T, b: T) -> u32 {
    std::cmp::max(a.score(), b.score())
}

fn main() {
    let b = Boosted { inner: 5u32, bonus: 2 };
    let nested = Boosted { inner: Boosted { inner: 1u32, bonus: 1 }, bonus: 1 };
    let v = vec![Boosted { inner: 1u32, bonus: 0 }, Boosted { inner: 2, bonus: 3 }];
    assert_eq!(b.score() + nested.score() + v.score(), 16);
    println!("{} {}", v.score(), best(vec![1u32, 2], vec![4]));
}
