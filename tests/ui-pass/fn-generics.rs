//@ compile-flags: --edition 2021
// Generic functions: type parameters with bounds, Fn bounds, lifetimes, turbofish.

fn apply<T, U, F: Fn(T) -> U>(x: T, f: F) -> U {
    f(x)
}

fn largest<T: PartialOrd + Copy>(items: &[T]) -> T {
    let mut best = items[0];
    for i in 1..items.len() {
        let it = items[i];
        if it > best {
            best = it;
        }
    }
    best
}

fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn pair<A: Clone, B>(a: &A, b: B) -> (A, B) {
    (a.clone(), b)
}

fn twice<F: FnMut()>(mut f: F) {
    f();
    f();
}

fn consume<F>(f: F) -> String
where
    F: FnOnce() -> String,
{
    f()
}

fn identity<T>(x: T) -> T {
    x
}

fn main() {
    let n = apply(5, |x: i32| x + 1);
    let s = apply("abc", |s: &str| s.len());
    let big = largest(&[3, 9, 2]);
    let l = longest("short", "longer");
    let p = pair(&String::from("a"), 3u8);
    let mut count = 0;
    twice(|| count += 1);
    let owned = String::from("moved");
    let back = consume(move || owned);
    let z = identity::<u64>(7);
    let v = Vec::<i32>::new();
    println!("{} {} {} {} {:?} {} {} {} {}", n, s, big, l, p, count, back, z, v.len());
}
