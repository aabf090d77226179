// for over exclusive and inclusive ranges, and reversed ones.
fn main() {
    for i in 0..3 {
        println!("a {}", i);
    }
    for i in 1..=3 {
        println!("b {}", i);
    }
    let mut total = 0;
    for i in 1..=100 {
        total += i;
    }
    println!("total = {}", total);
    for i in 0..4 {
        print!("{} ", 3 - i);
    }
    println!();
    let n = 5;
    for i in n..n {
        println!("never {}", i);
    }
    let mut fact: u64 = 1;
    for k in 2..=20u64 {
        fact *= k;
    }
    println!("20! = {}", fact);
}
