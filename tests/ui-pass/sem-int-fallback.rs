//@ compile-flags: --edition 2021
// Integer literal inference: fallback to i32, types fixed by later uses, suffixes, MAX/MIN.

fn takes_u64(x: u64) -> u64 {
    x * 2
}

fn main() {
    let a = 7;
    let b = a * 6;
    assert!(b == i32::MAX - 2147483605);
    let later = 40;
    let doubled = takes_u64(later);
    assert_eq!(doubled, 80);
    let mut v = Vec::new();
    let first = 3;
    v.push(first);
    v.push(200u8);
    let big = 3_000_000_000i64;
    let wide = big + 1;
    let neg = -128;
    let byte: i8 = neg;
    let hex = 0xff;
    let masked: u16 = hex & 0x0f;
    let shift = 1u64 << 40;
    assert_eq!(shift, 1_099_511_627_776);
    println!("{} {} {:?} {} {} {} {}", a, doubled, v, wide, byte, masked, shift);
}
