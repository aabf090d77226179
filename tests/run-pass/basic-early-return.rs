// Early returns from nested control flow.
fn find_first_multiple(limit: i32, k: i32) -> i32 {
    let mut i = 1;
    loop {
        if i > limit {
            return -1;
        }
        if i % k == 0 {
            return i;
        }
        i += 1;
    }
}

fn sign(x: i32) -> i32 {
    if x > 0 {
        return 1;
    }
    if x < 0 {
        return -1;
    }
    0
}

fn search(target: i32) -> bool {
    for a in 0..10 {
        for b in 0..10 {
            if a * b == target {
                println!("{} * {} = {}", a, b, target);
                return true;
            }
        }
    }
    false
}

fn main() {
    println!("{}", find_first_multiple(20, 7));
    println!("{}", find_first_multiple(5, 7));
    println!("{} {} {}", sign(5), sign(-5), sign(0));
    println!("{}", search(42));
    println!("{}", search(97));
}
