// Iterator::enumerate over Vecs, chars and ranges.
fn main() {
    let v = vec!["zero", "one", "two"];
    for (i, s) in v.iter().enumerate() {
        println!("{} {}", i, s);
    }
    for (i, c) in "abc".chars().enumerate() {
        print!("{}{} ", c, i);
    }
    println!();
    let indexed: Vec<(usize, i32)> = vec![5, 6, 7].into_iter().enumerate().collect();
    println!("{:?}", indexed);
    let mut best = 0;
    let mut best_i = 0;
    for (i, &x) in [3, 9, 2, 9, 1].iter().enumerate() {
        if x > best {
            best = x;
            best_i = i;
        }
    }
    println!("max {} at {}", best, best_i);
    let weighted: usize = (10..13).enumerate().map(|(i, x)| i * x).sum();
    println!("{}", weighted);
}
