//@ compile-flags: --edition 2021
// Trait default methods calling required methods, overridden defaults, and default methods
// called through a generic bound.

trait Greeter {
    fn name(&self) -> String;
    fn punctuation(&self) -> char {
        '.'
    }
    fn greet(&self) -> String {
        format!("Hello, {}{}", self.name(), self.punctuation())
    }
}

struct Plain;
struct Loud {
    who: String,
}

impl Greeter for Plain {
    fn name(&self) -> String {
        String::from("world")
    }
}

impl Greeter for Loud {
    fn name(&self) -> String {
        self.who.to_uppercase()
    }
    fn punctuation(&self) -> char {
        '!'
    }
}

fn greet_twice<G: Greeter>(g: &G) -> String {
    format!("{} {}", g.greet(), g.greet())
}

fn main() {
    let loud = Loud { who: String::from("ann") };
    assert_eq!(Plain.greet().as_str(), "Hello, world.");
    assert_eq!(loud.greet().as_str(), "Hello, ANN!");
    println!("{}", greet_twice(&loud));
}
