// Mean, variance, min/max and a histogram over f64 data.
fn mean(xs: &[f64]) -> f64 {
    let mut s = 0.0;
    for x in xs {
        s += x;
    }
    s / xs.len() as f64
}

fn variance(xs: &[f64]) -> f64 {
    let m = mean(xs);
    let mut s = 0.0;
    for x in xs {
        s += (x - m) * (x - m);
    }
    s / xs.len() as f64
}

fn main() {
    let data = [2.5, 3.75, 1.0, 8.25, 4.5, 6.0, 3.0];
    println!("mean {:.4}", mean(&data));
    println!("var {:.4}", variance(&data));
    println!("std {:.4}", variance(&data).sqrt());
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    for &x in &data {
        lo = lo.min(x);
        hi = hi.max(x);
    }
    println!("min {} max {}", lo, hi);
    let mut bins = [0u32; 4];
    for &x in &data {
        let b = ((x - lo) / (hi - lo) * 4.0).floor() as usize;
        bins[if b > 3 { 3 } else { b }] += 1;
    }
    for i in 0..bins.len() {
        println!("bin {}: {}", i, "#".repeat(bins[i] as usize));
    }
}
