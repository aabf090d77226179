// Iterator::zip pairs two sequences; stops at the shorter.
fn dot(a: &Vec<i32>, b: &Vec<i32>) -> i32 {
    a.iter().zip(b.iter()).map(|(x, y)| x * y).sum()
}

fn main() {
    let a = vec![1, 2, 3];
    let b = vec![4, 5, 6, 7];
    println!("{}", dot(&a, &b));
    let pairs: Vec<(i32, char)> = a.iter().map(|x| *x).zip("xyz".chars()).collect();
    println!("{:?}", pairs);
    for (n, s) in (1..).zip(["a", "b", "c"].iter()) {
        println!("{}: {}", n, s);
    }
    let names = vec!["ann", "bob"];
    let ages = vec![31, 42];
    for (name, age) in names.iter().zip(ages.iter()) {
        println!("{} is {}", name, age);
    }
    let diffs: Vec<i32> = b.iter().zip(b[1..].iter()).map(|(x, y)| y - x).collect();
    println!("{:?}", diffs);
    let count = (0..100).zip(0..3).count();
    println!("{}", count);
}
