// println! of integers, bools, chars and &str; print! without newline.
fn main() {
    let i = 42;
    let neg = -7;
    let t = true;
    let f = false;
    let c = 'x';
    let s = "text";
    println!("{}", i);
    println!("{}", neg);
    println!("{} {}", t, f);
    println!("{}", c);
    println!("{}", s);
    print!("no newline ");
    print!("{}", i);
    print!("\n");
    println!("{}{}{}", c, c, c);
    println!("{:?} {:?} {:?}", c, s, t);
    println!("{:?}", '\n');
    println!("{:?}", "quote\"d");
    println!("{}", 'é');
    println!("{}", "ünïcödé");
}
