//@ compile-flags: --edition 2021
// Operator precedence and associativity across the whole table.

fn main() {
    let a = 2;
    let b = 3;
    let c = 4;
    // * before +
    let p1 = a + b * c;
    // unary before binary
    let p2 = -a * b;
    // as binds tighter than *
    let p3 = a as i64 * b as i64;
    // + before <<
    let p4 = 1 << a + 1;
    // << before &
    let p5 = 0xF0 & 1 << 4;
    // & before ^ before |
    let p6 = 1 | 2 ^ 3 & 4;
    // | before comparison
    let p7 = a | b == 3;
    // comparison before &&
    let p8 = a < b && b < c;
    // && before ||
    let p9 = false || true && false;
    // .. is lower than ||
    let r = a - 1..b + c;
    let mut r_len = 0;
    for _ in r {
        r_len += 1;
    }
    // method call and field before unary
    let s = "abc";
    let p10 = -(s.len() as i32);
    let p11 = !vec![true][0];
    // ? and index are postfix
    let v = vec![10, 20];
    let p12 = v[1] - v[0] * 2;
    // left associativity
    let p13 = 20 - 5 - 3;
    let p14 = 64 / 4 / 2;
    let p15 = 2 * 3 % 4;
    let p16 = 1 << 2 << 3;
    // casts chain left to right
    let p17 = 300i32 as u8 as i32;
    // deref and reference
    let rr = &&5;
    let p18 = **rr + 1;
    // unary minus binds tighter than method? no: method first
    let p19 = -2i32.pow(2);
    println!("{} {} {} {} {} {} {} {} {} {}", p1, p2, p3, p4, p5, p6, p7, p8, p9, r_len);
    println!("{} {} {} {} {} {} {} {} {} {}", p10, p11, p12, p13, p14, p15, p16, p17, p18, p19);
}
