// Iterator::sum and count over ranges and collections.
fn main() {
    let s: i32 = (1..=100).sum();
    println!("{}", s);
    let v = vec![1.5, 2.5, 3.0];
    let fs: f64 = v.iter().sum();
    println!("{}", fs);
    let c = (0..1000).filter(|x| x % 7 == 0).count();
    println!("{}", c);
    let sq: u64 = (1..=10u64).map(|x| x * x).sum();
    println!("{}", sq);
    let words = vec!["a", "bb", "ccc"];
    let total_len: usize = words.iter().map(|w| w.len()).sum();
    println!("{}", total_len);
    println!("{}", words.iter().count());
    println!("{}", "hello world".chars().filter(|c| *c == 'o').count());
    let empty: Vec<i32> = Vec::new();
    let zero: i32 = empty.iter().sum();
    println!("{} {}", zero, empty.iter().count());
    let nested = vec![vec![1, 2], vec![3], vec![]];
    let deep: i32 = nested.iter().map(|v| v.iter().sum::<i32>()).sum();
    println!("{}", deep);
}
