// assert! failing, with and without a custom message.
fn checked_half(n: u32) -> u32 {
    assert!(n % 2 == 0, "odd input: {}", n);
    n / 2
}

fn main() {
    assert!(1 + 1 == 2);
    println!("{}", checked_half(10));
    println!("{}", checked_half(8));
    println!("{}", checked_half(7));
    println!("never printed");
}
