//@ compile-flags: --edition 2021
// Trailing commas everywhere the grammar allows them.
use std::cmp::{max, min,};

#[derive(Debug, Clone,)]
struct S<T, U,>
where
    T: Clone,
    U: Copy,
{
    a: T,
    b: U,
}

#[derive(Debug,)]
struct Tup(i32, u8,);

#[derive(Debug)]
enum E {
    A(i32,),
    B { x: i32, },
    C,
}

fn f<T: Clone,>(a: T, b: T,) -> (T, T,) {
    (a, b,)
}

fn g(cb: fn(i32, i32,) -> i32,) -> i32 {
    cb(1, 2,)
}

fn main() {
    let s = S { a: String::new(), b: 1u8, };
    let t = Tup(1, 2,);
    let e = [E::A(1,), E::B { x: 2, }, E::C,];
    let (x, y,) = f(1, 2,);
    let S { a, b, } = s.clone();
    let Tup(p, q,) = t;
    let n = match e[0] {
        E::A(v,) => v,
        E::B { x, } => x,
        E::C => 0,
    };
    let m: Vec<(i32, i32,),> = Vec::new();
    let hs = max(min(1, 2,), 0,);
    let closure = |a: i32, b: i32,| a + b;
    let arr = [1, 2, 3,];
    println!("{:?} {:?} {} {} {} {} {} {} {} {} {} {} {:?}", s, t, x, y, a, b, p, q, n, m.len() + hs, closure(1, 2,), g(|a, b| a * b,), arr,);
}
