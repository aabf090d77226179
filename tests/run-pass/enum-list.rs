// A recursive cons list enum with Box, built and folded recursively.
#[derive(Debug)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

use List::{Cons, Nil};

fn from_slice(xs: &[i32]) -> List {
    let mut l = Nil;
    let mut i = xs.len();
    while i > 0 {
        i -= 1;
        l = Cons(xs[i], Box::new(l));
    }
    l
}

fn sum(l: &List) -> i32 {
    match l {
        Cons(x, rest) => x + sum(rest),
        Nil => 0,
    }
}

fn map(l: &List, f: &impl Fn(i32) -> i32) -> List {
    match l {
        Cons(x, rest) => Cons(f(*x), Box::new(map(rest, f))),
        Nil => Nil,
    }
}

fn show(l: &List) -> String {
    match l {
        Cons(x, rest) => match **rest {
            Nil => format!("{}", x),
            _ => format!("{} -> {}", x, show(rest)),
        },
        Nil => String::from("empty"),
    }
}

fn main() {
    let l = from_slice(&[1, 2, 3, 4]);
    println!("{}", sum(&l));
    println!("{}", show(&l));
    let sq = map(&l, &|x| x * x);
    println!("{}", show(&sq));
    println!("{}", show(&Nil));
    println!("{:?}", from_slice(&[7, 8]));
}
