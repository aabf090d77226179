//@ compile-flags: --edition 2021
// Box<T>: Box::new, explicit deref with `*`, auto-deref for methods and fields, Box in
// recursive enums and in struct fields, moving out of a box.

enum List {
    Cons(i32, Box<List>),
    Nil,
}

fn sum(l: &List) -> i32 {
    match l {
        List::Cons(v, rest) => *v + sum(rest),
        List::Nil => 0,
    }
}

struct Wrapper {
    inner: Box<String>,
}

fn main() {
    let b = Box::new(41);
    let n = *b + 1;
    assert_eq!(n, 42);
    let list = List::Cons(1, Box::new(List::Cons(2, Box::new(List::Nil))));
    assert_eq!(sum(&list), 3);
    let w = Wrapper { inner: Box::new(String::from("boxed")) };
    let len = w.inner.len();
    let s: String = *w.inner;
    let mut counter = Box::new(0u32);
    *counter += 5;
    println!("{} {} {} {}", n, len, s, *counter);
}
