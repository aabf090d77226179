// Larger unsigned arithmetic: sums of squares, powers of two, digit sums.
fn digit_sum(mut n: u64) -> u64 {
    let mut s = 0;
    while n > 0 {
        s += n % 10;
        n /= 10;
    }
    s
}

fn main() {
    let mut sum: u64 = 0;
    let mut i: u64 = 1;
    while i <= 1000 {
        sum += i * i;
        i += 1;
    }
    println!("{}", sum);
    let mut p: u64 = 1;
    for _ in 0..63 {
        p *= 2;
    }
    println!("{}", p);
    println!("{}", digit_sum(p));
    println!("{}", u64::MAX);
    println!("{}", u64::MAX / 3);
    let big: u64 = 12345678901234567890;
    println!("{}", big % 1000000007);
}
