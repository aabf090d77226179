// print! building lines piece by piece, and eprintln! (stderr, not compared).
fn main() {
    print!("a");
    print!("b");
    print!("c\n");
    for i in 0..5 {
        if i > 0 {
            print!(", ");
        }
        print!("{}", i);
    }
    println!();
    eprintln!("this goes to stderr");
    eprint!("so does this\n");
    print!("{}-{}", 1, 2);
    println!(" end");
    print!("");
    println!("{}", "");
    println!("last");
}
