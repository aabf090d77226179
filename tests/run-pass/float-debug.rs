// {:?} of floats always shows a fractional part or exponent.
fn main() {
    println!("{:?}", 1.0f64);
    println!("{:?}", 0.5f32);
    println!("{:?}", 100.0f64);
    println!("{:?}", -0.0f64);
    println!("{}", -0.0f64);
    println!("{:?}", 1e16f64);
    println!("{:?}", 1e15f64);
    println!("{:?}", 1e-5f64);
    println!("{:?}", 1.5e-5f32);
    println!("{:?}", 0.1f64 + 0.2);
    println!("{:?}", 1.0f64 / 3.0);
    println!("{:?}", f64::MAX);
    println!("{:?}", f64::MIN_POSITIVE);
    println!("{:?}", f32::MAX);
    println!("{:?}", f32::EPSILON);
    println!("{:?}", (1.5, 2.0f32));
    println!("{:?}", [0.25, 1.0]);
    println!("{:?}", Some(3.0));
    println!("{}", f64::MAX);
    println!("{}", f32::MIN);
}
