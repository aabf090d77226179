//@ compile-flags: --edition 2021
// Slices `&[T]` and `&mut [T]`: made from &Vec and &array by coercion, indexed, measured
// with len, mutated through indexing, generic over T.

fn largest(xs: &[i64]) -> i64 {
    let mut best = xs[0];
    for i in 1..xs.len() {
        if xs[i] > best {
            best = xs[i];
        }
    }
    best
}

fn reverse_in_place(xs: &mut [char]) {
    let n = xs.len();
    for i in 0..n / 2 {
        let t = xs[i];
        xs[i] = xs[n - 1 - i];
        xs[n - 1 - i] = t;
    }
}

fn count<T: PartialEq>(xs: &[T], target: &T) -> usize {
    let mut c = 0;
    for i in 0..xs.len() {
        if xs[i] == *target {
            c += 1;
        }
    }
    c
}

fn main() {
    let v = vec![3, 9, -2];
    let arr = [4, 1];
    assert_eq!(largest(&v), 9);
    assert_eq!(largest(&arr), 4);
    let mut letters = ['a', 'b', 'c'];
    reverse_in_place(&mut letters);
    assert!(letters[0] == 'c' && letters[2] == 'a');
    let words = vec!["x", "y", "x"];
    println!("{} {:?} {}", largest(&v), letters, count(&words, &"x"));
}
