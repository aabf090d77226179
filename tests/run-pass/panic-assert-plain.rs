// assert! without a message prints the stringified condition.
fn main() {
    let v = vec![1, 2, 3];
    assert!(v.len() == 3);
    println!("length ok");
    let total = v[0] + v[1] + v[2];
    println!("total {}", total);
    assert!(total > 10);
    println!("never printed");
}
