//@ compile-flags: --edition 2021
// Lexing around dots: method calls on integer and float literals, ranges of literals,
// tuple indices that lex as floats, and `>>` / `>>=` closing nested generics.

fn main() {
    let a = 1.max(2);
    let b = 1.5f64.max(2.0);
    let c = 2.0_f64.sqrt();
    let d = 1..2;
    let e = 0..=9;
    let f = 1e3 as i32;
    let g = [0; 3].len();
    let h = 10i32.pow(2) - 3.min(4);
    let t = ((1, 2), (3, (4, 5)));
    let i = t.1.1.0;
    let j = t.0.1;
    let k = (t.1).1.1;
    let v: Vec<Vec<u8>>= vec![vec![1]];
    let mut w: Vec<Option<Vec<i32>>>= Vec::new();
    w.push(None);
    let x: Option<Option<u8>> = Some(Some(1));
    let y = 5 >> 1;
    let mut z = 64;
    z >>= 2;
    let cmp = x != Some(None);
    let nested: Vec<Vec<Vec<u8>>> = vec![vec![vec![]]];
    let u = 1.0 / 3.;
    println!("{} {} {} {:?} {:?} {} {} {} {} {} {:?} {:?} {} {} {} {:?} {}", a, b, c, d, e, f, g, h, i, j, k, v, w.len(), y, z, nested, u);
    println!("{}", cmp);
}
