// Slicing a str inside a multi-byte char panics with core's message, at the `[`.
fn pick(n: usize) -> usize {
    n
}

fn main() {
    let s = String::from("héllo");
    println!("{}", &s[..1]);
    println!("{}", &s[0..pick(2)]);
}
