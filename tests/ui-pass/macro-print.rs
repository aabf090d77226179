//@ compile-flags: --edition 2021
// println!, print!, eprintln! with positional, named and inline arguments.

#[derive(Debug)]
struct P {
    x: i32,
}

fn main() {
    let name = "ann";
    let age = 30;
    let p = P { x: 1 };
    println!();
    println!("plain");
    println!("{}", name);
    println!("{} is {}", name, age);
    println!("{:?}", p);
    println!("{:#?}", p);
    println!("{name} is {age}");
    println!("{0} {1} {0}", "a", "b");
    println!("{n} {m}", n = 1, m = 2);
    println!("{0}-{name}-{1}", 'x', 'y');
    println!("{{escaped}} {}", 5);
    println!("{}", p.x + 1,);
    print!("no newline ");
    print!("{}\n", "then newline");
    eprintln!("to stderr {}", age);
    eprintln!();
    eprintln!("{}", "err");
    let v = vec![1, 2];
    println!("{:?} {:?}", v, (1, "t"));
    println!("{x:?}", x = v);
}
