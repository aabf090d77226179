//@ compile-flags: --edition 2021
// Named-field structs: declaration, pub fields, literals, shorthand, update syntax.

#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub name: String,
    verbose: bool,
    level: u8,
    pub(crate) retries: u32,
}

struct Empty {}

struct Trailing {
    a: i32,
    b: i32,
}

fn make(name: &str) -> Config {
    let verbose = true;
    Config { name: name.to_string(), verbose, level: 3, retries: 0 }
}

fn main() {
    let c = make("tool");
    let d = Config { level: 9, ..c.clone() };
    let e = Config {
        name: String::from("other"),
        ..d.clone()
    };
    let _empty = Empty {};
    let t = Trailing { a: 1, b: 2, };
    let Trailing { a, b } = t;
    println!("{:?} {} {} {} {}", e, d.level, c == d, a + b, c.verbose && c.retries == 0);
}
