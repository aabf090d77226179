// Bitwise operators and shifts, signed and unsigned.
fn main() {
    let a: u8 = 0b1100_1010;
    let b: u8 = 0b1010_0110;
    println!("{}", a & b);
    println!("{}", a | b);
    println!("{}", a ^ b);
    println!("{}", !a);
    println!("{}", a << 2);
    println!("{}", a >> 3);
    let s: i32 = -64;
    println!("{}", s >> 2);
    println!("{}", s << 3);
    println!("{}", !s);
    println!("{}", (s as u32) >> 28);
    println!("{}", 1u64 << 63);
    println!("{}", -1i64 as u64 >> 60);
    let mut flags = 0u32;
    flags |= 1 << 3;
    flags |= 1 << 5;
    flags &= !(1 << 3);
    flags ^= 0xF;
    flags <<= 1;
    flags >>= 2;
    println!("{}", flags);
    println!("{:b}", 10);
    println!("{:x} {:X} {:o}", 255, 255, 8);
    println!("{:#x} {:#b} {:#o}", 255, 5, 8);
    println!("{:08b}", 5u8);
    println!("{:x}", -1i8);
}
