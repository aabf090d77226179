// Shadowing changes type and value; inner scopes restore the outer binding.
fn main() {
    let value = "5";
    let value = value.len();
    let value = value as i64 * 10;
    println!("{}", value);
    let spaces = "   ";
    let spaces = spaces.len();
    println!("{}", spaces);
    let x = 1;
    {
        let x = x + 1;
        {
            let x = x * 10;
            println!("innermost {}", x);
        }
        println!("inner {}", x);
    }
    println!("outer {}", x);
    let mut y = 0;
    for y in 0..3 {
        print!("{}", y);
    }
    println!();
    y += 100;
    println!("{}", y);
}
