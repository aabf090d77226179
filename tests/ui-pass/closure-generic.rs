//@ compile-flags: --edition 2021
// Closures passed to generic functions with Fn, FnMut and FnOnce bounds.

fn apply<F: Fn(i64) -> i64>(f: F, x: i64) -> i64 {
    f(x)
}

fn apply_mut<F>(mut f: F, times: usize)
where
    F: FnMut(usize),
{
    for i in 0..times {
        f(i);
    }
}

fn apply_once<F: FnOnce() -> Vec<u8>>(f: F) -> usize {
    f().len()
}

fn map_vec<T, U>(v: &[T], f: impl Fn(&T) -> U) -> Vec<U> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < v.len() {
        out.push(f(&v[i]));
        i += 1;
    }
    out
}

fn fold<T, A>(v: Vec<T>, init: A, mut f: impl FnMut(A, T) -> A) -> A {
    let mut acc = init;
    for x in v {
        acc = f(acc, x);
    }
    acc
}

fn takes_fn_ptr(f: fn(u8) -> u8) -> u8 {
    f(1)
}

fn main() {
    let offset = 7;
    let a = apply(|x| x * 2 + offset, 5);
    let mut seen = Vec::new();
    apply_mut(|i| seen.push(i * i), 4);
    let data = vec![1u8, 2, 3];
    let n = apply_once(move || data);
    let lens = map_vec(&["a", "bb", "ccc"], |s| s.len());
    let sum = fold(vec![1, 2, 3, 4], 0, |acc, x| acc + x);
    let joined = fold(vec!["x", "y"], String::new(), |mut acc, s| {
        acc.push_str(s);
        acc
    });
    let non_capturing = takes_fn_ptr(|x| x + 1);
    let picked = Some(3).map_or(0, |x| x * 2);
    println!("{} {:?} {} {:?} {} {} {} {:?}", a, seen, n, lens, sum, joined, non_capturing, picked);
}
