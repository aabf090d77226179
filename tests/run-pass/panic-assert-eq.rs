// assert_eq! failure prints the left and right values.
fn square(x: i32) -> i32 {
    x * x
}

fn main() {
    assert_eq!(square(3), 9);
    println!("3 ok");
    assert_ne!(square(2), 5);
    println!("2 ok");
    assert_eq!(square(4), 15, "square of {} is wrong", 4);
    println!("never printed");
}
