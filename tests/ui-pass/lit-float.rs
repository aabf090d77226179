//@ compile-flags: --edition 2021
// Float literals: decimal point, exponents, suffixes, underscores.

fn main() {
    let a = 1.0;
    let b = 2.5f32;
    let c = 3.75_f64;
    let d = 1e10;
    let e = 1.5e-3;
    let f = 2E+4;
    let g = 6.022_140_76e23;
    let h = 1f32;
    let i = 7f64;
    let j = 0.1 + 0.2;
    let k = 1_000.000_1;
    let l = 3.;
    let m = -0.0;
    let n = 1e0f32;
    let o: f64 = 5.;
    let p = 12E3_f64;
    let q = 1.7976931348623157e308_f64;
    println!("{} {} {} {} {} {} {} {} {}", a, b, c, d, e, f, g, h, i);
    println!("{} {} {} {} {} {} {} {}", j, k, l, m, n, o, p, q);
}
