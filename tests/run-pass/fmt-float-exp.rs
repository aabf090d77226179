// {:e} and {:E} of f64 and f32: shortest digits, zero, signs, padding, extremes, inf and NaN.
fn main() {
    let xs = [0.0, -0.0, 1.0, 1234.5, 0.00012, 1e100, -2.5e-10, 123456789.0, f64::MAX, f64::MIN_POSITIVE, 5e-324];
    for x in xs {
        println!("{:e} {:E} [{:>12e}] [{:+e}] [{:<9e}]", x, x, x, x, x);
    }
    let ys = [0.1f32, 3.0e38, 1.17549435e-38, -7.5];
    for y in ys {
        println!("{:e} {:E}", y, y);
    }
    println!("{:e} {:e} {:e}", f64::INFINITY, f64::NEG_INFINITY, f64::NAN);
}
