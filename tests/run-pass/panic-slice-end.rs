// A slice's end past its length panics with core's message, at the `[`.
fn pick(n: usize) -> usize {
    n
}

fn main() {
    let v = vec![1, 2, 3];
    println!("{:?}", &v[1..]);
    let w = &v[..pick(7)];
    println!("{:?}", w);
}
