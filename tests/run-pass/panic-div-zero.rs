// Integer division by zero panics.
fn ratio(a: i32, b: i32) -> i32 {
    a / b
}

fn main() {
    let divisors = [5, 2, 1, 0, 3];
    for d in divisors {
        println!("100 / {} = {}", d, ratio(100, d));
    }
    println!("never printed");
}
