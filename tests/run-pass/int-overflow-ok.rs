// Arithmetic right at the edges that must not panic.
fn main() {
    let a: u8 = 255;
    println!("{}", a - 255);
    println!("{}", a / 255 + 254);
    let b: i8 = -128;
    println!("{}", b + 127);
    println!("{}", b / 2);
    println!("{}", b % 3);
    let c: i32 = i32::MAX;
    println!("{}", c - 1 + 1);
    let d: u64 = u64::MAX;
    println!("{}", d - d / 2);
    let e = i64::MIN;
    println!("{}", e / 2 * 2);
    println!("{}", (e + 1).abs());
    let f: u32 = 1 << 31;
    println!("{}", f);
    println!("{}", 0u8.wrapping_sub(1) as i8);
    println!("{}", -(i16::MIN + 1));
}
