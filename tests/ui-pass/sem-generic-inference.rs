//@ compile-flags: --edition 2021
// Type inference for generic calls: Vec::new() from a later push, None from a later
// assignment, Default::default() from the expected type, turbofish where nothing else says.

#[derive(Debug, PartialEq)]
struct Stats {
    count: u32,
}

impl Default for Stats {
    fn default() -> Stats {
        Stats { count: 0 }
    }
}

fn identity<T>(x: T) -> T {
    x
}

fn pair_of<T: Clone>(x: T) -> (T, T) {
    (x.clone(), x)
}

fn main() {
    let mut names = Vec::new();
    names.push(String::from("a"));
    let mut best = None;
    if names.len() > 0 {
        best = Some(names.len());
    }
    let s: Stats = Default::default();
    let n: u64 = Default::default();
    let explicit = identity::<i8>(-5);
    let p = pair_of(2.5);
    let empty = Vec::<bool>::with_capacity(1);
    assert_eq!(s, Stats { count: 0 });
    assert_eq!(best, Some(1));
    println!("{:?} {:?} {} {} {:?} {}", names, best, n, explicit, p, empty.len());
}
