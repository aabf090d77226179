// Integer literal inference: suffixes, expected types, i32 fallback.
fn takes_u8(x: u8) -> u8 {
    x
}

fn takes_i64(x: i64) -> i64 {
    x
}

fn main() {
    let a = 5;
    let b = takes_u8(a);
    println!("{}", b);
    let c = 3_000_000_000;
    println!("{}", takes_i64(c));
    let d = 2147483647;
    println!("{}", d);
    let e = 255u8;
    let f = e as u32 + 1;
    println!("{}", f);
    let g = 1e3;
    println!("{}", g);
    let h = 0xFF_u16;
    println!("{}", h);
    let mut v = 0;
    v += 1u64;
    println!("{}", v);
    let arr = [1, 2, 3u16];
    println!("{}", arr[2]);
    let neg = -(-5i8);
    println!("{}", neg);
}
