// Unsigned subtraction below zero panics in debug builds.
fn countdown(start: u32, step: u32) -> u32 {
    let mut n = start;
    let mut steps = 0;
    while steps < 5 {
        n = n - step;
        println!("n = {}", n);
        steps += 1;
    }
    n
}

fn main() {
    println!("{}", countdown(100, 7));
    println!("{}", countdown(10, 3));
    println!("never printed");
}
