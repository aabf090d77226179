// Every integer type: MIN, MAX and arithmetic in its own width.
fn main() {
    println!("i8 {} {}", i8::MIN, i8::MAX);
    println!("i16 {} {}", i16::MIN, i16::MAX);
    println!("i32 {} {}", i32::MIN, i32::MAX);
    println!("i64 {} {}", i64::MIN, i64::MAX);
    println!("i128 {} {}", i128::MIN, i128::MAX);
    println!("isize {} {}", isize::MIN, isize::MAX);
    println!("u8 {} {}", u8::MIN, u8::MAX);
    println!("u16 {} {}", u16::MIN, u16::MAX);
    println!("u32 {} {}", u32::MIN, u32::MAX);
    println!("u64 {} {}", u64::MIN, u64::MAX);
    println!("u128 {} {}", u128::MIN, u128::MAX);
    println!("usize {} {}", usize::MIN, usize::MAX);
    let a: i8 = -100;
    let b: u8 = 200;
    let c: i16 = -30000;
    let d: u16 = 60000;
    let e: u32 = 4000000000;
    let f: isize = -5;
    let g: usize = 7;
    println!("{} {} {} {} {} {} {}", a / 3, b / 3, c / 7, d % 1000, e / 2, f * 3, g * g);
    println!("{} {}", 0x1F, 0o17);
    println!("{} {}", 0b1010_1010, 1_000_000);
    println!("{} {}", 255u8, -128i8);
    println!("{}", 1_000_000_000_000i64 * 3);
}
