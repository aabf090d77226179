// Integer overflow on addition panics in debug builds.
fn fib(n: u32) -> u8 {
    let mut a: u8 = 0;
    let mut b: u8 = 1;
    for _ in 0..n {
        let t = a + b;
        a = b;
        b = t;
        println!("{}", a);
    }
    a
}

fn main() {
    let r = fib(20);
    println!("never printed {}", r);
}
