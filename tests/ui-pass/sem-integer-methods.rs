//@ compile-flags: --edition 2021
// Integer methods and consts: wrapping_*, checked_*, saturating_*, pow, min, max, abs,
// signum, is_positive, is_negative, count_ones, MIN, MAX.

fn main() {
    assert_eq!(250u8.wrapping_add(10), 4);
    assert_eq!(0u8.wrapping_sub(1), 255);
    assert_eq!(100i8.wrapping_mul(2), -56);
    assert_eq!(i32::MAX.checked_add(1), None);
    assert_eq!(5u32.checked_sub(6), None);
    assert_eq!(6i64.checked_mul(7), Some(42));
    assert_eq!(1i32.checked_div(0), None);
    assert_eq!(250u8.saturating_add(10), u8::MAX);
    assert_eq!(3u8.saturating_sub(5), 0);
    assert_eq!(2i64.pow(40), 1_099_511_627_776);
    assert_eq!(7.min(3), 3);
    assert_eq!((-4i32).max(-9), -4);
    assert_eq!((-17i32).abs(), 17);
    assert_eq!((-5i16).signum(), -1);
    assert!(9i32.is_positive() && (-1i64).is_negative());
    assert_eq!(0b1011u8.count_ones(), 3);
    let n: u16 = 40_000;
    let sum = n.wrapping_add(30_000);
    println!("{} {} {} {}", sum, i8::MIN, u64::MAX, usize::MIN);
}
