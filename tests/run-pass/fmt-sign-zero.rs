// {:+}, {:08}, {:08.3}, zero padding with signs and prefixes.
fn main() {
    println!("{:+}", 5);
    println!("{:+}", -5);
    println!("{:+}", 0);
    println!("{:05}", 42);
    println!("{:05}", -42);
    println!("{:+05}", 42);
    println!("{:08.3}", 3.14159);
    println!("{:08.3}", -3.14159);
    println!("{:+08.2}", 2.5);
    println!("{:08}", 1.5);
    println!("{:+.1}", 0.0);
    println!("{:+}", -0.0);
    println!("{:02}:{:02}:{:02}", 7, 5, 30);
    println!("{:#06x}", 255);
    println!("{:#010b}", 5);
    println!("{:<05}", 7);
    println!("{:^+9}", 12);
    println!("{:03}", 1234);
    println!("{:+}", i64::MIN);
    println!("{:020}", u64::MAX);
}
