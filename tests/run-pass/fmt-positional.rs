// Positional and named arguments, inline captured identifiers.
fn main() {
    println!("{0} {1} {0}", "a", "b");
    println!("{1} {} {0} {}", 1, 2);
    let name = "Ferris";
    let age = 7;
    println!("{name} is {age} years old");
    println!("{name:>10}|{age:<4}|");
    println!("{n} and {m}", n = 10, m = 20);
    println!("{x} {x:?} {x:5}|", x = "q");
    let pi = 3.14159;
    println!("{pi:.2} {pi:8.1}|");
    println!("{0:?} {0}", 'z');
    let width = 6;
    println!("{age:>width$}|");
    println!("{:>1$}|{2}", "v", 3, "third");
    let s = format!("{name}-{age}");
    println!("{}", s);
    println!("{{{name}}}");
}
