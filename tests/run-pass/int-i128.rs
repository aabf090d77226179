// i128 and u128 arithmetic, printing and comparisons.
fn fact(n: u128) -> u128 {
    if n <= 1 { 1 } else { n * fact(n - 1) }
}

fn main() {
    println!("{}", fact(30));
    println!("{}", fact(34));
    let a: i128 = -170141183460469231731687303715884105728;
    println!("{}", a);
    println!("{}", a + 1);
    let b: i128 = 1 << 100;
    println!("{}", b);
    println!("{}", b / 3);
    println!("{}", b % 1000000007);
    println!("{}", -b * 3);
    let c: u128 = u128::MAX;
    println!("{}", c);
    println!("{}", c >> 64);
    println!("{}", c as u64);
    println!("{:?}", c.checked_add(1));
    println!("{}", 10u128.pow(38));
    println!("{}", (1u128 << 127) > (1u128 << 126));
    println!("{:x}", c);
    println!("{}", (i128::MAX as f64) > 1e38);
    let m = 0xDEADBEEFu128 * 0xCAFEBABEu128;
    println!("{}", m);
}
