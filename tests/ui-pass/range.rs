//@ compile-flags: --edition 2021
// Range expressions a..b and a..=b: in for loops, with computed bounds, stored in locals,
// over integers of several types, and as values passed to a generic fn.

fn count<R>(r: R, f: fn(R) -> usize) -> usize {
    f(r)
}

fn main() {
    let v = vec![10, 20, 30, 40, 50];
    let mut total = 0;
    for i in 0..5 {
        total += v[i];
    }
    for i in 1..=3 {
        total += i;
    }
    let r = 2..6;
    let mut in_r = 0;
    for _ in r {
        in_r += 1;
    }
    let n = 4;
    let dynamic = n - 2..n + 2;
    let mut last = 0;
    for x in dynamic {
        last = x;
    }
    let mut bytes = 0u8;
    for b in 250u8..=255 {
        bytes = b;
    }
    let mut neg = 0i64;
    for x in -3i64..0 {
        neg += x;
    }
    let len = count(0..10, |r| {
        let mut c = 0;
        for _ in r {
            c += 1;
        }
        c
    });
    println!("{} {} {} {} {} {}", total, in_r, last, bytes, neg, len);
}
