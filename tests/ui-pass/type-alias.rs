//@ compile-flags: --edition 2021
// Type aliases: plain, generic, for fn pointers and results.
use std::collections::HashMap;

type Id = u64;
type Pair<T> = (T, T);
type Callback = fn(i32) -> i32;
type Res<T> = Result<T, String>;
pub type Table = HashMap<String, Vec<Id>>;
type Grid = [[u8; 3]; 3];

fn parse(s: &str) -> Res<Id> {
    s.parse::<Id>().map_err(|e| e.to_string())
}

fn double(x: i32) -> i32 {
    x * 2
}

fn main() {
    let p: Pair<i32> = (1, 2);
    let cb: Callback = double;
    let mut t: Table = HashMap::new();
    t.insert("a".to_string(), vec![1, 2]);
    let g: Grid = [[0; 3]; 3];
    println!("{:?} {} {:?} {:?} {}", p, cb(p.0 + p.1), parse("12"), t.get("a"), g[1][1]);
}
