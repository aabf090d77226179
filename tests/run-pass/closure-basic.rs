// Closures stored in locals, with and without type annotations.
fn main() {
    let add = |a, b| a + b;
    println!("{}", add(2, 3));
    let square = |x: i64| -> i64 { x * x };
    println!("{}", square(12));
    let greet = || println!("hello from a closure");
    greet();
    greet();
    let offset = 100;
    let shifted = |x: i32| x + offset;
    println!("{}", shifted(5));
    let block = |x: u8| {
        let y = x as u32;
        y * y + 1
    };
    println!("{}", block(9));
    let compose = |x: i32| shifted(add(x, 1));
    println!("{}", compose(10));
    let immediate = (|x: i32| x * 3)(7);
    println!("{}", immediate);
    let unit_ret = |s: &str| {
        println!("got {}", s);
    };
    unit_ret("text");
    let tuple = |p: (i32, i32)| p.0 * p.1;
    println!("{}", tuple((6, 7)));
    let pat = |(a, b): (i32, i32)| a - b;
    println!("{}", pat((10, 4)));
}
