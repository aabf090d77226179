// pow, abs, min, max, signum, rem_euclid, count_ones and friends.
fn main() {
    println!("{}", 2i32.pow(10));
    println!("{}", 3u64.pow(20));
    println!("{}", (-7i32).abs());
    println!("{}", 7i32.abs());
    println!("{}", 3i32.min(9));
    println!("{}", 3i32.max(9));
    println!("{}", (-4i64).signum());
    println!("{}", 0i64.signum());
    println!("{}", (-7i32).rem_euclid(3));
    println!("{}", (-7i32) % 3);
    println!("{}", (-7i32).div_euclid(3));
    println!("{}", 0b1011u8.count_ones());
    println!("{}", 0b1011u8.count_zeros());
    println!("{}", 1u32.leading_zeros());
    println!("{}", 8u32.trailing_zeros());
    println!("{}", 64u32.is_power_of_two());
    println!("{}", 65u32.is_power_of_two());
    println!("{}", 10i32.clamp(0, 5));
    println!("{}", (-10i32).clamp(0, 5));
    println!("{}", std::cmp::max(4, 8));
    println!("{}", std::cmp::min(4u8, 8));
    println!("{}", (-128i8).unsigned_abs());
    println!("{}", 10u32.abs_diff(25));
    println!("{}", (-3i32).is_negative());
    println!("{}", 3i32.is_positive());
}
