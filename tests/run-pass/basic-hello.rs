// The simplest program: one line of output.
fn main() {
    println!("Hello, world!");
    println!("second line");
    println!();
    println!("after an empty line");
    let greeting = "hi";
    println!("{}", greeting);
    println!("{} and {}", greeting, "bye");
    println!("braces: {{}} and {{{}}}", 7);
    println!("tab\tnewline-escape done");
}
