// NaN, infinities, signed zero and their comparisons.
fn main() {
    let inf = 1.0f64 / 0.0;
    let ninf = -1.0f64 / 0.0;
    let nan = 0.0f64 / 0.0;
    println!("{} {} {}", inf, ninf, nan);
    println!("{:?} {:?} {:?}", inf, ninf, nan);
    println!("{}", f64::INFINITY == inf);
    println!("{}", nan == nan);
    println!("{}", nan != nan);
    println!("{}", nan < 1.0 || nan > 1.0);
    println!("{}", nan.is_nan());
    println!("{}", inf.is_infinite());
    println!("{}", inf.is_finite());
    println!("{}", 1.0f64.is_finite());
    println!("{}", (-0.0f64).is_sign_negative());
    println!("{}", 0.0f64 == -0.0f64);
    println!("{}", inf - inf);
    println!("{}", inf * 0.0);
    println!("{}", f32::NAN.max(1.0));
    println!("{}", f32::NEG_INFINITY);
    println!("{:.2}", f64::INFINITY);
    println!("{:>6}|", f64::NAN);
    println!("{}", 1e308f64 * 10.0);
}
