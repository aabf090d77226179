//@ compile-flags: --edition 2021
// Struct patterns: field renaming, shorthand, nested, rest, literal fields, ref/mut shorthand.

struct Point {
    x: i32,
    y: i32,
}

struct Line {
    start: Point,
    end: Point,
}

struct Account {
    id: u32,
    owner: String,
    balance: i64,
}

fn axis(p: &Point) -> &'static str {
    match *p {
        Point { x: 0, y: 0 } => "origin",
        Point { x: 0, .. } => "y axis",
        Point { y: 0, x: _ } => "x axis",
        Point { .. } => "plane",
    }
}

fn main() {
    let p = Point { x: 0, y: 5 };
    let Point { x: px, y: py } = p;
    let line = Line { start: Point { x: 1, y: 2 }, end: Point { x: 3, y: 4 } };
    let Line { start: Point { x: x1, .. }, end: Point { y: y2, .. } } = line;
    let mut acct = Account { id: 7, owner: "kim".to_string(), balance: 100 };
    match acct {
        Account { balance: b, .. } if b < 0 => println!("overdrawn"),
        Account { ref owner, id, .. } => println!("{} {}", owner, id),
    }
    let Account { ref mut balance, .. } = acct;
    *balance += 50;
    let Account { id, owner, balance } = acct;
    println!("{} {} {} {} {} {} {} {}", axis(&Point { x: 0, y: 0 }), px, py, x1, y2, id, owner, balance);
}
