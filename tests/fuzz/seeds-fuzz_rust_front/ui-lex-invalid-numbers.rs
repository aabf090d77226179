//@ compile-flags: --edition 2021
//@ rustc-agrees
fn main() {
    let too_big = 340282366920938463463374607431768211456;
    let bad_digit = 0b1021;
    let bad_octal = 0o78;
    let binary_float = 0b101f32;
    let bad_width = 7i24;
    let bad_float_width = 1.5f16x;
    let no_digits = 0x;
    println!("{} {} {} {} {} {} {}", too_big, bad_digit, bad_octal, binary_float, bad_width, bad_float_width, no_digits);
}
