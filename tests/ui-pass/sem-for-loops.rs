//@ compile-flags: --edition 2021
// for loops: over `a..b` and `a..=b` ranges of several integer types, over a Vec by value,
// over `&vec` (element type &T), over `vec.iter()`, with tuple and reference patterns.

fn main() {
    let mut sum = 0u64;
    for i in 1..=10u64 {
        sum += i;
    }
    assert_eq!(sum, 55);
    let mut down = Vec::new();
    for i in 0..3usize {
        down.push(2 - i);
    }
    let names = vec![String::from("ann"), String::from("bo")];
    let mut lens = 0;
    for n in &names {
        lens += n.len();
    }
    let mut initials = String::new();
    for n in names.iter() {
        initials.push_str(&n.to_uppercase());
    }
    let mut owned = Vec::new();
    for n in names {
        owned.push(n);
    }
    let pairs = vec![(1, 'a'), (2, 'b')];
    let mut weight = 0;
    for &(k, _) in &pairs {
        weight += k;
    }
    for (k, c) in pairs {
        println!("{} {}", k, c);
    }
    println!("{} {:?} {} {} {:?} {}", sum, down, lens, initials, owned, weight);
}
