// Generic functions: identity, pairs, largest, explicit turbofish.
fn id<T>(x: T) -> T {
    x
}

fn pair<A, B>(a: A, b: B) -> (B, A) {
    (b, a)
}

fn largest<T: PartialOrd + Copy>(items: &[T]) -> T {
    let mut m = items[0];
    for &i in items {
        if i > m {
            m = i;
        }
    }
    m
}

fn repeat<T: Clone>(x: T, n: usize) -> Vec<T> {
    let mut v = Vec::new();
    for _ in 0..n {
        v.push(x.clone());
    }
    v
}

fn main() {
    println!("{}", id(5));
    println!("{}", id("str"));
    println!("{:?}", id::<Option<u8>>(None));
    println!("{:?}", pair(1, 'a'));
    println!("{}", largest(&[3, 9, 2]));
    println!("{}", largest(&[1.5, -2.0]));
    println!("{}", largest(&['x', 'y', 'a']));
    println!("{:?}", repeat("ab", 3));
    println!("{:?}", repeat(String::from("s"), 2));
    let v: Vec<u64> = repeat(7, 4);
    println!("{:?}", v);
}
