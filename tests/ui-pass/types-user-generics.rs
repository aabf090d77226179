//@ compile-flags: --edition 2021
// User-defined generic structs and enums: multiple params, bounds, nested instantiation, turbofish.

#[derive(Debug, Clone, PartialEq)]
enum Either<L, R> {
    Left(L),
    Right(R),
}

#[derive(Debug, Clone)]
struct Cache<K: PartialEq, V> {
    entries: Vec<(K, V)>,
}

impl<K: PartialEq + Clone, V: Clone> Cache<K, V> {
    fn new() -> Self {
        Cache { entries: Vec::new() }
    }

    fn put(&mut self, k: K, v: V) {
        self.entries.push((k, v));
    }

    fn get(&self, k: &K) -> Option<V> {
        for (key, val) in &self.entries {
            if *key == *k {
                return Some(val.clone());
            }
        }
        None
    }
}

impl<L, R> Either<L, R> {
    fn is_left(&self) -> bool {
        matches!(self, Either::Left(_))
    }
}

fn split<T: Clone>(v: &[Either<T, T>]) -> (Vec<T>, Vec<T>) {
    let mut l = Vec::new();
    let mut r = Vec::new();
    for i in 0..v.len() {
        match &v[i] {
            Either::Left(x) => l.push(x.clone()),
            Either::Right(x) => r.push(x.clone()),
        }
    }
    (l, r)
}

fn main() {
    let items: Vec<Either<i32, i32>> = vec![Either::Left(1), Either::Right(2), Either::Left(3)];
    let (l, r) = split(&items);
    let mut c: Cache<String, Either<u8, char>> = Cache::new();
    c.put("a".to_string(), Either::Right('x'));
    let e = Either::<(), Vec<Cache<u8, u8>>>::Right(vec![Cache::new()]);
    println!("{:?} {:?} {:?} {} {}", l, r, c.get(&"a".to_string()), items[0].is_left(), e.is_left());
}
