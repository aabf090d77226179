//@ compile-flags: --edition 2021
// `impl Trait` in return position for non-closure types: a user trait, Display, Clone +
// Debug, and a returned value used only through the trait's methods.
use std::fmt::{Debug, Display};

trait Sound {
    fn sound(&self) -> String;
}

struct Cat;

impl Sound for Cat {
    fn sound(&self) -> String {
        String::from("meow")
    }
}

fn pet() -> impl Sound {
    Cat
}

fn label(n: u32) -> impl Display {
    format!("#{}", n)
}

fn copyable() -> impl Clone + Debug {
    (1, 'x')
}

fn main() {
    let p = pet();
    let l = label(7);
    let c = copyable();
    let c2 = c.clone();
    assert_eq!(p.sound().as_str(), "meow");
    assert_eq!(l.to_string().as_str(), "#7");
    println!("{} {} {:?} {:?}", p.sound(), l, c, c2);
}
