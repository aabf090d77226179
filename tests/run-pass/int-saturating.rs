// saturating_ methods clamp at the type's bounds.
fn main() {
    println!("{}", 250u8.saturating_add(10));
    println!("{}", 5u8.saturating_sub(10));
    println!("{}", 100i8.saturating_add(100));
    println!("{}", (-100i8).saturating_sub(100));
    println!("{}", i32::MAX.saturating_mul(2));
    println!("{}", i32::MIN.saturating_mul(2));
    println!("{}", (-5i32).saturating_mul(3));
    println!("{}", 300u16.saturating_mul(300));
    println!("{}", u64::MAX.saturating_add(1));
    println!("{}", 0usize.saturating_sub(1));
    let mut hp: u8 = 20;
    for dmg in [5u8, 10, 10, 10] {
        hp = hp.saturating_sub(dmg);
        println!("hp {}", hp);
    }
    let mut score: i16 = 32000;
    for _ in 0..3 {
        score = score.saturating_add(500);
    }
    println!("score {}", score);
}
