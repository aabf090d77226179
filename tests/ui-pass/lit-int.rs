//@ compile-flags: --edition 2021
// Integer literals: decimal, hex, octal, binary, underscores, every suffix.

fn main() {
    let dec = 1_000_000;
    let hex = 0xFF_u8;
    let hex_lower = 0xdead_beef_u32;
    let oct = 0o755;
    let bin = 0b1010_1010;
    let bin_suffixed = 0b1111_0000u8;
    let a = 1i8 + 2i8;
    let b = 300i16;
    let c = 70_000i32;
    let d = 5_000_000_000i64;
    let e = 1i128 << 100;
    let f = -3isize;
    let g = 255u8;
    let h = 65_535u16;
    let i = 4_294_967_295u32;
    let j = 18_446_744_073_709_551_615u64;
    let k = 1u128;
    let l = 42usize;
    let m = 0_1;
    let n = 1__2;
    let o = 0x_1;
    let big: u64 = 0xFFFF_FFFF_FFFF_FFFF;
    let neg = -128i8;
    let min = i64::MIN;
    println!("{} {} {} {} {} {} {}", dec, hex, hex_lower, oct, bin, bin_suffixed, a);
    println!("{} {} {} {} {} {} {}", b, c, d, e, f, g, h);
    println!("{} {} {} {} {} {} {}", i, j, k, l, m, n, o);
    println!("{} {} {}", big, neg, min);
}
