//@ compile-flags: --edition 2021
// Every primitive type in annotations, parameters and return types.

fn ints(a: i8, b: i16, c: i32, d: i64, e: i128, f: isize) -> i128 {
    a as i128 + b as i128 + c as i128 + d as i128 + e + f as i128
}

fn uints(a: u8, b: u16, c: u32, d: u64, e: u128, f: usize) -> u128 {
    a as u128 + b as u128 + c as u128 + d as u128 + e + f as u128
}

fn floats(x: f32, y: f64) -> f64 {
    x as f64 + y
}

fn others(b: bool, c: char, u: ()) -> (bool, char, ()) {
    (b, c, u)
}

fn unit() {}

fn unit_explicit() -> () {
    ()
}

fn main() {
    let a: i8 = -8;
    let b: i16 = -16;
    let c: i32 = -32;
    let d: i64 = -64;
    let e: i128 = -128;
    let f: isize = -1;
    let g: u8 = 8;
    let h: u16 = 16;
    let i: u32 = 32;
    let j: u64 = 64;
    let k: u128 = 128;
    let l: usize = 1;
    let m: f32 = 0.5;
    let n: f64 = 0.25;
    let o: bool = true;
    let p: char = 'p';
    let q: () = ();
    let r: (i32,) = (1,);
    println!("{} {} {}", ints(a, b, c, d, e, f), uints(g, h, i, j, k, l), floats(m, n));
    println!("{:?} {:?} {:?} {:?}", others(o, p, q), unit(), unit_explicit(), r);
}
