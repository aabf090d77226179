// assert_ne! failure without a message.
#[derive(Debug, PartialEq)]
struct P(i32, i32);

fn main() {
    let a = P(1, 2);
    let b = P(1, 3);
    assert_ne!(a, b);
    println!("different");
    let c = P(1, 2);
    assert_eq!(a, c);
    println!("equal");
    assert_ne!(a, c);
    println!("never printed");
}
