// f32 specifics: precision loss, conversions to and from f64 and ints.
fn main() {
    let a: f32 = 0.1;
    let b: f64 = a as f64;
    println!("{}", a);
    println!("{}", b);
    println!("{}", 0.1f64 as f32);
    println!("{}", 1e40f64 as f32);
    println!("{}", 16777216.0f32 + 1.0);
    println!("{}", 1.0f32 / 3.0);
    println!("{:?}", 1.0f32 / 3.0);
    println!("{}", 7u8 as f32 / 2.0);
    println!("{}", i32::MAX as f32);
    println!("{}", (2.5f32 * 4.0) as i64);
    println!("{}", 3.4028235e38f32);
    println!("{}", 1.17549435e-38f32);
    println!("{}", f32::MIN_POSITIVE);
    println!("{}", 123.456f32);
    println!("{:e}", 1234.5f64);
    println!("{:e}", 0.00012f32);
    let mut sum = 0.0f32;
    for _ in 0..10 {
        sum += 0.1;
    }
    println!("{}", sum);
}
