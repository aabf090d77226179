//@ compile-flags: --edition 2021
// for over ranges (exclusive, inclusive, computed bounds), Vec by value, &Vec, .iter(),
// with tuple patterns, `_`, and index loops that mutate through `v[i]`.

fn main() {
    let mut total = 0;
    for i in 0..10 {
        total += i;
    }
    for i in 0..=20 {
        total -= i;
    }
    let names = vec![String::from("ann"), String::from("bob")];
    for n in &names {
        println!("borrowed {}", n);
    }
    let mut idx = 0;
    for n in names.iter() {
        println!("iter {} {}", idx, n);
        idx += 1;
    }
    let mut nums = vec![1, 2, 3];
    for i in 0..nums.len() {
        nums[i] *= 2;
    }
    for n in names {
        println!("owned {}", n);
    }
    let arr = vec![10, 20, 30];
    for x in arr {
        total += x;
    }
    for _ in 0..2 {
        total += 1;
    }
    for (a, b) in vec![(1, 2), (3, 4)] {
        total += a * b;
    }
    for &(a, b) in &vec![(5, 6)] {
        total += a - b;
    }
    println!();
    let start = 2;
    for i in start..start + 3 {
        print!("{} ", i);
    }
    println!();
    println!("{} {:?}", total, nums);
}
