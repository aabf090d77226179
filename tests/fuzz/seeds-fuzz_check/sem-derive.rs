//@ compile-flags: --edition 2021
// derive(Debug, Clone, Copy, PartialEq, Eq) used by `==`/`!=`, `{:?}`, `.clone()` and
// implicit copies, on structs, enums and generic types.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Pos {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Num(i64),
    Word(String),
    End,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Tagged<T> {
    tag: u8,
    value: T,
}

fn main() {
    let a = Pos { x: 1, y: 2 };
    let b = a;
    assert_eq!(a, b);
    assert!(a != Pos { x: 2, y: 1 });
    let toks = vec![Token::Num(1), Token::Word(String::from("w")), Token::End];
    let copy = toks.clone();
    assert!(toks == copy);
    let t = Tagged { tag: 1, value: vec![a, b] };
    let t2 = t.clone();
    assert_eq!(t, t2);
    println!("{:?} {:?} {:?}", a, toks, t2);
}
