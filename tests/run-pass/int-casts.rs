// `as` casts: truncation, sign extension, float <-> int, bool/char -> int.
fn main() {
    let x: i32 = -1;
    println!("{}", x as u8);
    println!("{}", x as u32);
    println!("{}", x as u64);
    println!("{}", x as i64);
    println!("{}", 300i32 as u8);
    println!("{}", 200u8 as i8);
    println!("{}", 65535u16 as i16);
    println!("{}", -129i32 as i8);
    println!("{}", u64::MAX as i32);
    println!("{}", i64::MIN as u64);
    println!("{}", 3.99f64 as i32);
    println!("{}", -3.99f64 as i32);
    println!("{}", 1e20f64 as i32);
    println!("{}", -1e20f64 as i64);
    println!("{}", -5.0f32 as u8);
    println!("{}", f64::NAN as i32);
    println!("{}", 300.7f64 as u8);
    println!("{}", 7i32 as f64 / 2.0);
    println!("{}", u64::MAX as f64);
    println!("{}", true as i32 + false as i32);
    println!("{}", 'a' as u8);
    println!("{}", '€' as u32);
    println!("{}", 97u8 as char);
    println!("{}", i128::MAX as u128 + 1);
    println!("{}", -1i128 as u128);
    println!("{}", 5usize as i8);
}
