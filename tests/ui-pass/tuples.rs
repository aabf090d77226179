//@ compile-flags: --edition 2021
// Tuple expressions: unit, singletons, nesting, returning and destructuring.

fn min_max(v: &[i32]) -> (i32, i32) {
    let mut lo = v[0];
    let mut hi = v[0];
    for i in 0..v.len() {
        let x = v[i];
        if x < lo {
            lo = x;
        }
        if x > hi {
            hi = x;
        }
    }
    (lo, hi)
}

fn swap<A, B>(p: (A, B)) -> (B, A) {
    (p.1, p.0)
}

fn main() {
    let unit = ();
    let single = (5,);
    let not_tuple = (5);
    let pair = (1, "two");
    let triple = (1.0, 'c', true);
    let nested = ((1, 2), (3, (4, 5)));
    let (lo, hi) = min_max(&[3, -1, 9]);
    let swapped = swap(pair);
    let trailing = (1, 2, 3,);
    let mixed: (i32, String, Vec<u8>) = (1, String::new(), vec![]);
    let from_exprs = (1 + 2, if true { 'y' } else { 'n' }, [0; 2]);
    println!("{:?} {:?} {} {:?} {:?} {:?}", unit, single, not_tuple, pair, triple, nested);
    println!("{} {} {:?} {:?} {:?} {:?}", lo, hi, swapped, trailing, mixed, from_exprs);
}
