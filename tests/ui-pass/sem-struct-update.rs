//@ compile-flags: --edition 2021
// Struct literals with `..base`: from a local, from a call, from Default::default(), with
// field init shorthand, and the base's remaining fields moved or copied.

#[derive(Debug, Clone, PartialEq)]
struct Config {
    name: String,
    retries: u32,
    verbose: bool,
    ratio: f64,
}

impl Default for Config {
    fn default() -> Config {
        Config { name: String::from("default"), retries: 3, verbose: false, ratio: 0.5 }
    }
}

fn quiet() -> Config {
    Config { verbose: false, ..Config::default() }
}

fn main() {
    let retries = 9;
    let base = Config { name: String::from("base"), retries, verbose: true, ratio: 1.0 };
    let tweaked = Config { ratio: 2.0, ..base.clone() };
    let from_default = Config { name: String::from("d"), ..Default::default() };
    let moved = Config { retries: 0, ..base };
    assert_eq!(tweaked.retries, 9);
    assert_eq!(from_default.retries, 3);
    assert_eq!(moved.name.as_str(), "base");
    assert!(quiet() == Config::default());
    println!("{:?} {:?}", tweaked, from_default);
}
