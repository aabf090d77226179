// {:.N} precision, with width; rounding is round-half-to-even on the exact value.
fn main() {
    let pi = 3.14159265358979f64;
    println!("{:.0}", pi);
    println!("{:.1}", pi);
    println!("{:.3}", pi);
    println!("{:.10}", pi);
    println!("{:.2}", 2.5f64);
    println!("{:.0}", 2.5f64);
    println!("{:.0}", 3.5f64);
    println!("{:.1}", 0.05f64);
    println!("{:.1}", 0.25f64);
    println!("{:.2}", 1.005f64);
    println!("{:.3}", -0.0005f64);
    println!("{:.3}", 1e10f64);
    println!("{:10.3}|", pi);
    println!("{:<10.3}|", pi);
    println!("{:^10.2}|", pi);
    println!("{:+.2}", pi);
    println!("{:.3}", 2.0f32 / 3.0);
    println!("{:.5}", 100.0f32);
    println!("{:.2?}", 1.0f64 / 7.0);
    let digits = 4;
    println!("{:.*}", digits, pi);
    println!("{:.prec$}", pi, prec = 2);
}
