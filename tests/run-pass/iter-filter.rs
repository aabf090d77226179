// Iterator::filter, combined with map, collect and count.
fn is_prime(n: u32) -> bool {
    n >= 2 && (2..n).filter(|d| d * d <= n && n % d == 0).count() == 0
}

fn main() {
    let evens: Vec<i32> = (1..=10).filter(|x| x % 2 == 0).collect();
    println!("{:?}", evens);
    let primes: Vec<u32> = (0..40).filter(|&n| is_prime(n)).collect();
    println!("{:?}", primes);
    let words = vec!["apple", "bob", "kayak", "rust", "level"];
    let long: Vec<&str> = words.iter().filter(|w| w.len() > 4).map(|w| *w).collect();
    println!("{:?}", long);
    let n = words.iter().filter(|w| w.starts_with("b") || w.ends_with("k")).count();
    println!("{}", n);
    let limit = 20;
    let sq: Vec<u32> = (1..10).map(|x| x * x).filter(|&x| x < limit).collect();
    println!("{:?}", sq);
    let odd_sq: Vec<i32> = vec![1, 2, 3, 4, 5].into_iter().filter(|x| x % 2 == 1).map(|x| x * x).collect();
    println!("{:?}", odd_sq);
}
