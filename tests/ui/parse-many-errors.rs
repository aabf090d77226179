//@ compile-flags: --edition 2021
//@ rustc-agrees
// Independent errors in separate items: each is reported once, and what
// follows each one still parses.
fn first() {
    let a = 1 +;
    let ok = 2;
}

fn second() -> i32 {
    let b = (3 4);
    5
}

struct Point {
    x: i32
    y: i32,
}

fn third() {
    let c = [1, 2 3];
}

fn fourth(v: Vec<i32>) {
    for x in v {
        if x > 1 { } else if { }
    }
}

fn fifth() -> u8 {
    let d: u8 = 300u7;
    d
}

fn main() {}
