// f64 and f32 arithmetic printed with {}.
fn main() {
    let a = 1.5;
    let b = 0.25;
    println!("{}", a + b);
    println!("{}", a - b);
    println!("{}", a * b);
    println!("{}", a / b);
    println!("{}", a % 0.4);
    println!("{}", -a);
    println!("{}", 0.1 + 0.2);
    println!("{}", 1.0 / 3.0);
    println!("{}", 2.0f32 / 3.0);
    println!("{}", 100.0);
    println!("{}", 1e21);
    println!("{}", 1e-7);
    println!("{}", 123456789.125f64);
    println!("{}", 0.3f32);
    println!("{}", 16777217.0f32);
    let mut x = 1.0f64;
    for _ in 0..10 {
        x *= 1.1;
    }
    println!("{}", x);
    let mut y: f32 = 0.0;
    y += 0.1;
    y -= 0.05;
    y *= 3.0;
    y /= 2.0;
    println!("{}", y);
    println!("{}", 5.0f64 > 4.9 && 1.0f32 == 1.0);
}
