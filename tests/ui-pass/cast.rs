//@ compile-flags: --edition 2021
// `as` casts between primitive types.

#[derive(Clone, Copy)]
enum Level {
    Low = 1,
    High = 10,
}

fn main() {
    let i = -1i32;
    let u = i as u32;
    let small = 300i32 as u8;
    let wide = 255u8 as i64;
    let f = 3.99f64 as i32;
    let g = -1.5f32 as u8;
    let to_float = 7 as f64 / 2.0;
    let f32_to_f64 = 1.5f32 as f64;
    let c = 65u8 as char;
    let code = 'z' as u32;
    let b = true as i32 + false as i32;
    let idx = 3i32 as usize;
    let isz = idx as isize;
    let big = u64::MAX as u128;
    let lvl = Level::High as u8 + Level::Low as u8;
    let in_expr = (1u16 as u32) << 20;
    let chained = 1000i32 as u8 as char;
    println!("{} {} {} {} {} {} {} {} {} {}", u, small, wide, f, g, to_float, f32_to_f64, c, code, b);
    println!("{} {} {} {} {} {}", idx, isz, big, lvl, in_expr, chained);
}
