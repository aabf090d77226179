//@ compile-flags: --edition 2021
// Tuples: construction, `.0` indexing (nested, through references), destructuring let,
// returning tuples, unit and one-element tuples, tuple fields assigned.

fn min_max(v: &Vec<i32>) -> (i32, i32) {
    let mut lo = v[0];
    let mut hi = v[0];
    for x in v {
        if *x < lo {
            lo = *x;
        }
        if *x > hi {
            hi = *x;
        }
    }
    (lo, hi)
}

fn main() {
    let (lo, hi) = min_max(&vec![4, -2, 8]);
    assert_eq!((lo, hi), (-2, 8));
    let mut t = (1, ("two", 3.0), [4, 5]);
    t.0 += 10;
    t.1 .1 *= 2.0;
    let r = &t;
    let word = r.1.0;
    let single = (7,);
    let unit = ();
    let ((a, b), c) = ((true, 'c'), single.0);
    assert_eq!(t.0, 11);
    println!("{} {} {} {} {:?} {} {} {}", t.0, t.1.1, word, t.2[1], unit, a, b, c);
}
