// Numeric algorithms on f64: Newton's method, series, integration.
fn newton_sqrt(x: f64) -> f64 {
    let mut g = x / 2.0;
    let mut i = 0;
    while i < 20 {
        g = (g + x / g) / 2.0;
        i += 1;
    }
    g
}

fn integrate(n: u32) -> f64 {
    let h = 1.0 / n as f64;
    let mut s = 0.0;
    for i in 0..n {
        let x = (i as f64 + 0.5) * h;
        s += 4.0 / (1.0 + x * x);
    }
    s * h
}

fn main() {
    println!("{}", newton_sqrt(2.0));
    println!("{:.6}", newton_sqrt(10.0));
    println!("{:.8}", integrate(1000));
    let mut e = 1.0;
    let mut term = 1.0;
    for k in 1..15 {
        term /= k as f64;
        e += term;
    }
    println!("{}", e);
    let mut harmonic = 0.0f32;
    for k in 1..=100 {
        harmonic += 1.0 / k as f32;
    }
    println!("{}", harmonic);
    let c = 37.5f64;
    println!("{:.1}F", c * 9.0 / 5.0 + 32.0);
}
