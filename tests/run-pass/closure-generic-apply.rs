// Closures passed to generic higher-order functions: map, fold, filter on Vec by hand.
fn map_vec<T, U, F: Fn(&T) -> U>(v: &Vec<T>, f: F) -> Vec<U> {
    let mut out = Vec::new();
    for x in v {
        out.push(f(x));
    }
    out
}

fn fold<T, A, F: Fn(A, &T) -> A>(v: &Vec<T>, init: A, f: F) -> A {
    let mut acc = init;
    for x in v {
        acc = f(acc, x);
    }
    acc
}

fn keep<T: Clone, F: Fn(&T) -> bool>(v: &Vec<T>, f: F) -> Vec<T> {
    let mut out = Vec::new();
    for x in v {
        if f(x) {
            out.push(x.clone());
        }
    }
    out
}

fn main() {
    let v = vec![1, 2, 3, 4, 5, 6];
    let doubled = map_vec(&v, |x| x * 2);
    println!("{:?}", doubled);
    let sum = fold(&v, 0, |a, x| a + x);
    println!("{}", sum);
    let evens = keep(&v, |x| x % 2 == 0);
    println!("{:?}", evens);
    let threshold = 3;
    let big = keep(&v, |x| *x > threshold);
    println!("{:?}", big);
    let words = vec![String::from("apple"), String::from("fig")];
    let lens = map_vec(&words, |w| w.len());
    println!("{:?}", lens);
    let joined = fold(&words, String::new(), |mut acc, w| {
        acc.push_str(w);
        acc.push(';');
        acc
    });
    println!("{}", joined);
}
