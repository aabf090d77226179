//@ compile-flags: --edition 2021
// Float methods on f64 and f32: abs, sqrt, floor, ceil, round, powi, max, min, and mixing
// them with casts.

fn hypot(a: f64, b: f64) -> f64 {
    (a.powi(2) + b.powi(2)).sqrt()
}

fn main() {
    assert_eq!(hypot(3.0, 4.0), 5.0);
    assert_eq!((-2.5f64).abs(), 2.5);
    assert_eq!(2.7f64.floor(), 2.0);
    assert_eq!(2.1f64.ceil(), 3.0);
    assert_eq!(2.5f64.round(), 3.0);
    assert_eq!(1.5f32.max(0.5), 1.5);
    assert_eq!(1.5f32.min(0.5), 0.5);
    let x: f32 = 9.0;
    let root = x.sqrt();
    let steps = (10.0f64 / 3.0).floor() as u32;
    println!("{} {} {}", hypot(5.0, 12.0), root, steps);
}
