// Tuples: construction, indexing, destructuring, returned from functions.
fn divmod(a: i32, b: i32) -> (i32, i32) {
    (a / b, a % b)
}

fn swap(p: (i32, char)) -> (char, i32) {
    (p.1, p.0)
}

fn main() {
    let t = (1, 'a', true);
    println!("{} {} {}", t.0, t.1, t.2);
    let (q, r) = divmod(47, 5);
    println!("{} {}", q, r);
    let s = swap((9, 'z'));
    println!("{} {}", s.0, s.1);
    let mut m = (0, 0);
    m.0 = 5;
    m.1 += 3;
    println!("{} {}", m.0, m.1);
    let nested = ((1, 2), (3, (4, 5)));
    println!("{}", (nested.1).1 .1);
    let ((a, _), (_, (_, e))) = nested;
    println!("{} {}", a, e);
    println!("{:?}", t);
}
