//@ compile-flags: --edition 2021
// Unit structs as markers and values.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Marker;

struct Logger;

impl Logger {
    fn log(&self, msg: &str) {
        println!("[log] {}", msg);
    }
}

trait Named {
    fn name(&self) -> &'static str;
}

impl Named for Marker {
    fn name(&self) -> &'static str {
        "marker"
    }
}

fn main() {
    let m = Marker;
    let n = Marker;
    Logger.log("start");
    let l = Logger;
    l.log(m.name());
    assert_eq!(m, n);
    println!("{:?}", m);
}
