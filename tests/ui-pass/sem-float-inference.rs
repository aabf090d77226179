//@ compile-flags: --edition 2021
// Float literal inference: fallback to f64, f32 fixed by annotation or use, float methods.

fn half(x: f32) -> f32 {
    x / 2.0
}

fn main() {
    let f = 1.5;
    let sum = f + 0.25;
    assert_eq!(sum, 1.75);
    let g: f32 = 2.0;
    let h = g * 3.0;
    let from_use = 9.0;
    let r = half(from_use);
    assert_eq!(r, 4.5);
    let q = 7.0 / 2.0;
    assert_eq!(q, 3.5f64);
    let root = (h as f64 + 10.0).sqrt();
    assert_eq!(root, 4.0);
    let exp = 1e3;
    let mixed = exp * f;
    let whole = 2.9_f64.floor() + 0.1_f64.ceil() + 2.5_f64.round();
    assert_eq!(whole, 6.0);
    let as_int = 3.99 as i32;
    println!("{} {} {} {} {} {} {} {}", sum, h, r, q, root, mixed, whole, as_int);
}
