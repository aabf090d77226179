//@ compile-flags: --edition 2021
// Type aliases: for primitives, tuples, generic aliases, Result with a fixed error,
// fn pointers and arrays; aliases and their targets are the same type.

type Meters = f64;
type Point = (i32, i32);
type Pair<T> = (T, T);
type Res<T> = Result<T, String>;
type Op = fn(i32, i32) -> i32;
type Board = [[char; 3]; 3];

fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn run(op: Op, p: Point) -> Res<i32> {
    if p.0 < 0 {
        return Err(String::from("negative"));
    }
    Ok(op(p.0, p.1))
}

fn swap<T>(p: Pair<T>) -> Pair<T> {
    (p.1, p.0)
}

fn main() {
    let d: Meters = 2.5;
    let plain: f64 = d * 2.0;
    let r = run(add, (2, 3));
    let b: Board = [['.'; 3]; 3];
    let p: Pair<u8> = swap((1, 2));
    assert_eq!(r, Ok(5));
    assert_eq!(p, (2, 1));
    println!("{} {:?} {:?} {} {:?}", plain, r, run(add, (-1, 0)), b[1][1], p);
}
