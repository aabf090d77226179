// Implementing Display and Debug by hand, with write! and f.pad.
use std::fmt;

struct Celsius(f64);

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:.1}°C", self.0)
    }
}

struct Name {
    first: &'static str,
    last: &'static str,
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.first, self.last)
    }
}

impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Name<{}>", self.last)
    }
}

struct Tag(&'static str);

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad(self.0)
    }
}

fn main() {
    let c = Celsius(21.456);
    println!("{}", c);
    println!("[{:>10}]", c);
    let n = Name { first: "Ada", last: "Lovelace" };
    println!("{}", n);
    println!("{:?}", n);
    println!("{}", n.to_string().len());
    println!("[{:>6}] [{:<6}] [{:^6}]", Tag("ab"), Tag("cd"), Tag("ef"));
    let s = format!("{}|{:?}", n, Some(Tag("x").to_string()));
    println!("{}", s);
}
