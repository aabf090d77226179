// Functions defined inside functions, constants and statics.
const LIMIT: i32 = 4;
static GREETING: &str = "hello";

fn outer(n: i32) -> i32 {
    fn helper(x: i32) -> i32 {
        x * 3
    }
    const BONUS: i32 = 100;
    helper(n) + BONUS
}

fn main() {
    println!("{}", outer(5));
    println!("{}", GREETING);
    let mut i = 0;
    while i < LIMIT {
        print!("{}", i);
        i += 1;
    }
    println!();
    fn local() -> &'static str {
        "local fn"
    }
    println!("{}", local());
    println!("{}", LIMIT * LIMIT);
}
