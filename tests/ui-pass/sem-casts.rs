//@ compile-flags: --edition 2021
// `as` casts between primitives: truncation, sign changes, widening, float to int
// (saturating), int to float, u8 to char, char to u32, bool to int.

fn main() {
    let big: i32 = 300;
    let truncated = big as u8;
    assert_eq!(truncated, 44);
    let neg = -1i32;
    assert_eq!(neg as u32, u32::MAX);
    assert_eq!(neg as i64, -1);
    let widened = 200u8 as i16 + 100;
    assert_eq!(widened, 300);
    assert_eq!(3.99f64 as i32, 3);
    assert_eq!(-7.5f32 as u8, 0);
    assert_eq!(1e10 as i32, i32::MAX);
    let ratio = 7 as f64 / 2 as f64;
    assert_eq!(ratio, 3.5);
    let letter = (b_offset() + 97) as char;
    assert_eq!(letter, 'c');
    assert_eq!('A' as u32 + true as u32, 66);
    let idx = 5i64 as usize;
    let back = idx as isize - 10;
    println!("{} {} {} {} {} {}", truncated, widened, ratio, letter, idx, back);
}

fn b_offset() -> u8 {
    2
}
