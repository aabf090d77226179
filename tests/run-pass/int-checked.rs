// checked_ methods return Option.
fn main() {
    println!("{:?}", 250u8.checked_add(5));
    println!("{:?}", 250u8.checked_add(6));
    println!("{:?}", 5u32.checked_sub(6));
    println!("{:?}", 5i32.checked_sub(6));
    println!("{:?}", i32::MAX.checked_mul(2));
    println!("{:?}", 1000i64.checked_mul(1000));
    println!("{:?}", 10i32.checked_div(0));
    println!("{:?}", 10i32.checked_div(3));
    println!("{:?}", i32::MIN.checked_div(-1));
    println!("{:?}", 10u8.checked_rem(0));
    println!("{:?}", i8::MIN.checked_neg());
    println!("{:?}", i8::MIN.checked_abs());
    println!("{:?}", (-5i8).checked_abs());
    match 100u8.checked_add(100) {
        Some(v) => println!("sum {}", v),
        None => println!("overflow"),
    }
    match 200u8.checked_add(100) {
        Some(v) => println!("sum {}", v),
        None => println!("overflow"),
    }
    let total = 1u64.checked_add(2).and_then(|v| v.checked_mul(10));
    println!("{:?}", total);
}
