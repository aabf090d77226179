//@ compile-flags: --edition 2021
// while loops: counters, complex conditions, break/continue, struct-free conditions.

struct Queue {
    items: Vec<u32>,
}

fn main() {
    let mut n = 10;
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    let mut q = Queue { items: vec![1, 2, 3, 4, 5, 6] };
    let mut sum = 0;
    while !q.items.is_empty() && sum < 10 {
        let x = q.items.remove(0);
        if x == 2 {
            continue;
        }
        sum += x;
    }
    let mut i = 0;
    while i < 100 {
        i += 7;
        if i > 50 {
            break;
        }
    }
    let mut flag = true;
    while flag {
        flag = false;
    }
    while (i > 1000) {}
    let mut count = 0;
    while { count += 1; count < 3 } {}
    println!("{} {} {:?} {} {}", steps, sum, q.items, i, count);
}
