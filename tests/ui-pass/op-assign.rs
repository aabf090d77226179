//@ compile-flags: --edition 2021
// Assignment and every compound assignment operator; right associativity of `=`.

struct P {
    x: i32,
}

fn main() {
    let mut a = 10;
    a += 5;
    a -= 3;
    a *= 2;
    a /= 4;
    a %= 4;
    let mut b: u32 = 0b1111;
    b &= 0b1010;
    b |= 0b0100;
    b ^= 0b0001;
    b <<= 2;
    b >>= 1;
    let mut f = 1.5;
    f *= 2.0;
    f -= 0.5;
    let mut p = P { x: 0 };
    p.x = 3;
    p.x += 1;
    let mut arr = [0; 3];
    arr[0] = 1;
    arr[1] += arr[0] * 2;
    let mut s = String::from("a");
    s.push_str("bc");
    let mut x;
    let y;
    x = 5;
    y = x;
    x = y + 1;
    let (mut m, mut n) = (1, 2);
    (m, n) = (n, m);
    [m, _] = [n, 9];
    let unit = a = 0;
    println!("{} {} {} {} {:?} {} {} {} {} {} {:?}", a, b, f, p.x, arr, s, x, y, m, n, unit);
}
