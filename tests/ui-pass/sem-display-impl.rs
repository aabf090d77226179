//@ compile-flags: --edition 2021
// A Display impl with write!, used by `{}`, by to_string(), inside format! with other
// arguments, and by a generic function bounded on Display.
use std::fmt;

struct Money {
    cents: i64,
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "${}.{:02}", self.cents / 100, self.cents % 100)
    }
}

enum Light {
    Red,
    Green,
}

impl fmt::Display for Light {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Light::Red => write!(f, "red"),
            Light::Green => write!(f, "green"),
        }
    }
}

fn shout<T: fmt::Display>(x: T) -> String {
    format!("{}!", x)
}

fn main() {
    let m = Money { cents: 1205 };
    let s = m.to_string();
    assert_eq!(s.as_str(), "$12.05");
    assert_eq!(shout(Light::Green).as_str(), "green!");
    println!("{} {} [{}] {}", m, Light::Red, s, shout(7));
}
