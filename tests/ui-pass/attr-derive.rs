//@ compile-flags: --edition 2021
// derive on structs, enums and generic types.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Num(f64),
    Op(char),
    Ident { name: String },
    Eof,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Version(u32, u32, u32);

#[derive(Debug)]
#[derive(Clone)]
struct Split<T> {
    value: T,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Only,
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = a;
    assert_eq!(a, b);
    let toks = vec![Token::Num(1.0), Token::Op('+'), Token::Ident { name: "x".to_string() }, Token::Eof];
    let copy = toks.clone();
    let v1 = Version(1, 2, 3);
    let v2 = Version(0, 9, 9);
    let s = Split { value: vec![1] };
    println!("{:?} {} {} {} {:?} {:?}", b, toks == copy, v1.0 > v2.0, v1 != v2, s.clone(), Unit::Only);
}
