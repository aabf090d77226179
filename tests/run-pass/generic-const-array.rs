// Generic code over arrays and slices of different lengths and element types.
fn sum_slice(xs: &[i64]) -> i64 {
    let mut s = 0;
    for x in xs {
        s += *x;
    }
    s
}

fn first_last<T: Copy>(xs: &[T]) -> Option<(T, T)> {
    if xs.is_empty() {
        None
    } else {
        Some((xs[0], xs[xs.len() - 1]))
    }
}

fn count_if<T, F: Fn(&T) -> bool>(xs: &[T], pred: F) -> usize {
    let mut n = 0;
    for x in xs {
        if pred(x) {
            n += 1;
        }
    }
    n
}

fn main() {
    let a = [1i64, 2, 3, 4];
    let b = [10i64; 7];
    println!("{} {}", sum_slice(&a), sum_slice(&b));
    println!("{}", sum_slice(&a[1..3]));
    println!("{:?}", first_last(&a));
    println!("{:?}", first_last(&['x', 'y', 'z']));
    let empty: [u8; 0] = [];
    println!("{:?}", first_last(&empty));
    println!("{}", count_if(&a, |x| *x % 2 == 0));
    println!("{}", count_if(&["a", "bb", "ccc"], |s| s.len() > 1));
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6];
    println!("{}", count_if(&v, |&x| x > 3));
    println!("{:?}", &v[2..5]);
    println!("{:?}", &v[..2]);
    println!("{:?}", &v[6..]);
}
