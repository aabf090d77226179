//@ compile-flags: --edition 2021
// for over ranges, arrays, Vec by value, &Vec, &mut Vec, .iter(), .iter_mut(), .enumerate().

fn main() {
    let mut total = 0;
    for i in 0..10 {
        total += i;
    }
    for i in (0..=20).rev() {
        total -= i;
    }
    let names = vec![String::from("ann"), String::from("bob")];
    for n in &names {
        println!("borrowed {}", n);
    }
    for n in names.iter() {
        println!("iter {}", n);
    }
    for (i, n) in names.iter().enumerate() {
        println!("{} {}", i, n);
    }
    let mut nums = vec![1, 2, 3];
    for x in &mut nums {
        *x *= 2;
    }
    for x in nums.iter_mut() {
        *x += 1;
    }
    for n in names {
        println!("owned {}", n);
    }
    let arr = [10, 20, 30];
    for x in arr {
        total += x;
    }
    for _ in 0..2 {
        total += 1;
    }
    for (a, b) in vec![(1, 2), (3, 4)] {
        total += a * b;
    }
    for c in "héllo".chars() {
        print!("{}", c);
    }
    println!();
    let start = 2;
    for i in start..start + 3 {
        print!("{} ", i);
    }
    println!();
    println!("{} {:?}", total, nums);
}
