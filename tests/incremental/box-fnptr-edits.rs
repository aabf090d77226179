// The back end's newer constructs across revisions: a recursive type through Box gains a
// field (rpass2), a table of fn pointers changes one entry to a capture-less closure
// (rpass3), a trait constant changes (rpass4); every revision equals a clean build (its C
// byte for byte) and prints what rustc's build prints.
//@ revisions: rpass1 rpass2 rpass3 rpass4
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021
#![feature(rustc_attrs)]

#[derive(Debug, Clone, PartialEq)]
enum List {
    Nil,
    #[cfg(not(rpass2))]
    Cons(i64, Box<List>),
    #[cfg(rpass2)]
    Cons(i64, Box<List>, bool),
}

fn build(n: i64) -> List {
    let mut l = List::Nil;
    for i in 0..n {
        #[cfg(not(rpass2))]
        {
            l = List::Cons(i, Box::new(l));
        }
        #[cfg(rpass2)]
        {
            l = List::Cons(i, Box::new(l), i % 2 == 0);
        }
    }
    l
}

fn total(l: &List) -> i64 {
    match l {
        List::Nil => 0,
        #[cfg(not(rpass2))]
        List::Cons(x, rest) => x + total(rest),
        #[cfg(rpass2)]
        List::Cons(x, rest, _) => x + total(rest),
    }
}

trait Scale {
    #[cfg(not(rpass4))]
    const K: i64 = 2;
    #[cfg(rpass4)]
    const K: i64 = 5;
}

struct S;
impl Scale for S {}

fn scaled<T: Scale>(v: i64) -> i64 {
    v * T::K
}

fn inc(x: i64) -> i64 {
    x + 1
}

fn dbl(x: i64) -> i64 {
    x * 2
}

fn main() {
    let l = build(4);
    println!("{:?}", l);
    println!("{} {}", total(&l), l.clone() == l);
    #[cfg(not(rpass3))]
    let ops: [fn(i64) -> i64; 2] = [inc, dbl];
    #[cfg(rpass3)]
    let ops: [fn(i64) -> i64; 2] = [inc, |x| x - 100];
    let r: Vec<i64> = ops.iter().map(|f| f(10)).collect();
    println!("{:?} {}", r, scaled::<S>(7));
}
