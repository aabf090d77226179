// sqrt, floor, ceil, round, trunc, abs, powi, min/max, and friends.
fn main() {
    println!("{}", 2.0f64.sqrt());
    println!("{}", 16.0f32.sqrt());
    println!("{}", (-1.0f64).sqrt().is_nan());
    println!("{} {}", 2.7f64.floor(), (-2.7f64).floor());
    println!("{} {}", 2.2f64.ceil(), (-2.2f64).ceil());
    println!("{} {}", 2.5f64.round(), (-2.5f64).round());
    println!("{} {}", 2.49f64.round(), 0.5f32.round());
    println!("{} {}", 2.9f64.trunc(), (-2.9f64).trunc());
    println!("{}", 3.75f64.fract());
    println!("{}", (-4.5f64).abs());
    println!("{}", 1.5f64.powi(3));
    println!("{}", 2.0f64.powi(-2));
    println!("{}", 3.0f64.min(1.0));
    println!("{}", 3.0f64.max(1.0));
    println!("{}", 7.5f64.clamp(0.0, 5.0));
    println!("{}", (-3.0f64).signum());
    println!("{}", 4.0f64.recip());
    println!("{}", 180.0f64.to_radians());
    println!("{}", std::f64::consts::PI.to_degrees());
    println!("{}", std::f64::consts::PI);
    println!("{}", std::f32::consts::E);
    let hyp = (3.0f64 * 3.0 + 4.0 * 4.0).sqrt();
    println!("{}", hyp);
}
