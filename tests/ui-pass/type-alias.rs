//@ compile-flags: --edition 2021
// Type aliases: plain, generic, for fn pointers, results, nested generics and arrays.

type Id = u64;
type Pair<T> = (T, T);
type Callback = fn(i32) -> i32;
type Res<T> = Result<T, String>;
pub type Table = Vec<(String, Vec<Id>)>;
type Grid = [[u8; 3]; 3];

fn parse(s: &str) -> Res<Id> {
    if s.is_empty() {
        Err(String::from("empty"))
    } else {
        Ok(s.len() as Id)
    }
}

fn double(x: i32) -> i32 {
    x * 2
}

fn main() {
    let p: Pair<i32> = (1, 2);
    let cb: Callback = double;
    let mut t: Table = Vec::new();
    t.push(("a".to_string(), vec![1, 2]));
    let g: Grid = [[0; 3]; 3];
    println!("{:?} {} {:?} {:?} {}", p, cb(p.0 + p.1), parse("12"), t.get(0), g[1][1]);
}
