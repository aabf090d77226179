//@ compile-flags: --edition 2021
// Tuples, arrays [T; N], slices &[T] and &mut [T], &str, nested compound types.

fn sum_slice(xs: &[i64]) -> i64 {
    let mut t = 0;
    for i in 0..xs.len() {
        t += xs[i];
    }
    t
}

fn zero_out(xs: &mut [u8]) {
    for i in 0..xs.len() {
        xs[i] = 0;
    }
}

fn first_word(s: &str) -> &str {
    s.trim()
}

fn matrix() -> [[f32; 2]; 2] {
    [[1.0, 0.0], [0.0, 1.0]]
}

fn pairs() -> Vec<(String, [u8; 2])> {
    vec![(String::from("a"), [1, 2])]
}

const LEN: usize = 3;

fn main() {
    let t: (i32, f64, &str) = (1, 2.0, "three");
    let nested: ((u8, u8), [char; 2]) = ((1, 2), ['a', 'b']);
    let arr: [i64; 4] = [1, 2, 3, 4];
    let v: Vec<i64> = vec![2, 3, 4];
    let s: &[i64] = &v;
    let mut buf: [u8; LEN] = [9; LEN];
    zero_out(&mut buf);
    let strs: [&str; 2] = ["x", "y"];
    let slice_of_slices: &[&[i32]] = &[&[1], &[2, 3]];
    let empty: [u8; 0] = [];
    let unit_tuple: () = ();
    println!("{:?} {:?} {} {} {:?} {:?}", t, nested, sum_slice(&arr), sum_slice(s), buf, strs);
    println!("{:?} {:?} {:?} {:?} {} {:?}", slice_of_slices, empty, unit_tuple, matrix(), first_word(" hello "), pairs());
}
