// wrapping_ methods on several widths.
fn main() {
    println!("{}", 250u8.wrapping_add(10));
    println!("{}", 5u8.wrapping_sub(10));
    println!("{}", 16u8.wrapping_mul(17));
    println!("{}", i8::MAX.wrapping_add(1));
    println!("{}", i8::MIN.wrapping_sub(1));
    println!("{}", i32::MAX.wrapping_mul(2));
    println!("{}", i64::MIN.wrapping_neg());
    println!("{}", 0u32.wrapping_sub(1));
    println!("{}", u64::MAX.wrapping_add(2));
    println!("{}", i16::MIN.wrapping_abs());
    println!("{}", (-7i8).wrapping_neg());
    println!("{}", 0u8.wrapping_neg());
    println!("{}", 3u8.wrapping_mul(3).wrapping_mul(3).wrapping_mul(27));
    let mut h: u32 = 2166136261;
    for b in [104u32, 105, 33] {
        h = (h ^ b).wrapping_mul(16777619);
    }
    println!("fnv = {}", h);
    let mut x: u64 = 88172645463325252;
    for _ in 0..3 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        println!("xorshift {}", x);
    }
}
