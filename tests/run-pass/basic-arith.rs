// Integer arithmetic on i32 with the usual precedence.
fn main() {
    let a = 17;
    let b = 5;
    println!("{}", a + b);
    println!("{}", a - b);
    println!("{}", a * b);
    println!("{}", a / b);
    println!("{}", a % b);
    println!("{}", -a / b);
    println!("{}", -a % b);
    println!("{}", a + b * 2 - 3);
    println!("{}", (a + b) * (a - b));
    println!("{}", 100 / 7 / 2);
    println!("{}", 2 - 3 - 4);
    let c = -a;
    println!("{}", c);
}
