// while loops with a counter, continue and break.
fn main() {
    let mut i = 0;
    while i < 5 {
        println!("i = {}", i);
        i += 1;
    }
    let mut sum = 0;
    let mut j = 0;
    while j < 100 {
        j += 1;
        if j % 3 != 0 {
            continue;
        }
        if j > 30 {
            break;
        }
        sum += j;
    }
    println!("sum = {}", sum);
    let mut n = 27;
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    println!("collatz steps = {}", steps);
}
