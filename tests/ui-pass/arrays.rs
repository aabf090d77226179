//@ compile-flags: --edition 2021
// Array expressions [a, b] and [x; N], nested, const lengths, slices of arrays.

const N: usize = 4;

fn total(xs: [i32; 3]) -> i32 {
    xs[0] + xs[1] + xs[2]
}

fn main() {
    let a = [1, 2, 3];
    let b = [0u8; 16];
    let c = [[1, 2], [3, 4]];
    let d = [0.5; N];
    let e: [bool; 0] = [];
    let f = [String::new(), String::from("x")];
    let g = [[0; 3]; 2];
    let h = [N; 2 * 2];
    let trailing = [1, 2, 3,];
    let from_exprs = [a[0] + 1, total(a), c[1][1]];
    let s: &[i32] = &a;
    let len = b.len() + d.len() + e.len();
    let copy = a;
    let strs = ["a", "b"];
    println!("{:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?}", a, c, d, f, g, h, trailing, from_exprs);
    println!("{} {:?} {} {:?} {:?}", len, s, total(copy), strs, b[15]);
}
