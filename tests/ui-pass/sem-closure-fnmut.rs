//@ compile-flags: --edition 2021
// FnMut closures: a counter captured by mutable reference, passed to generic functions
// with `F: FnMut`, and the captured variable used again after the closure is done.

fn call_n<F: FnMut() -> u32>(n: u32, mut f: F) -> u32 {
    let mut last = 0;
    for _ in 0..n {
        last = f();
    }
    last
}

fn visit(v: &Vec<i32>, mut f: impl FnMut(i32)) {
    for x in v {
        f(*x);
    }
}

fn main() {
    let mut count = 0;
    let last = call_n(4, || {
        count += 1;
        count * 10
    });
    assert_eq!((count, last), (4, 40));
    let mut evens = Vec::new();
    let mut odd_sum = 0;
    visit(&vec![1, 2, 3, 4, 5], |x| {
        if x % 2 == 0 {
            evens.push(x);
        } else {
            odd_sum += x;
        }
    });
    let mut tick = || count += 100;
    tick();
    tick();
    println!("{} {} {:?} {}", count, last, evens, odd_sum);
}
