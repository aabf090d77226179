//@ compile-flags: --edition 2021
// A closure passed where `F: Fn(i64) -> i64` is expected gets i64 parameters; same for
// impl Fn arguments and closures whose parameter types come from the callee.

fn apply<F: Fn(i64) -> i64>(f: F, x: i64) -> i64 {
    f(x)
}

fn apply_pair(f: impl Fn(u8, u8) -> u16, a: u8, b: u8) -> u16 {
    f(a, b)
}

fn for_each_index<F>(n: usize, mut f: F)
where
    F: FnMut(usize),
{
    for i in 0..n {
        f(i);
    }
}

fn main() {
    let big = apply(|x| x * 3_000_000_000, 2);
    assert_eq!(big, 6_000_000_000);
    let wide = apply_pair(|a, b| a as u16 * b as u16, 200, 200);
    assert_eq!(wide, 40_000);
    let mut seen = Vec::new();
    for_each_index(3, |i| seen.push(i * 10));
    assert_eq!(seen, vec![0, 10, 20]);
    let neg = apply(|x| -x, 5);
    println!("{} {} {:?} {}", big, wide, seen, neg);
}
