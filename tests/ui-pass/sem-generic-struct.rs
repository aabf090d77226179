//@ compile-flags: --edition 2021
// User generic struct and enum: impl<T> blocks, methods with bounds, type parameters
// inferred from constructor arguments and from later use.

#[derive(Debug)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T: Clone> Stack<T> {
    fn new() -> Stack<T> {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, x: T) {
        self.items.push(x);
    }
    fn top(&self) -> Option<T> {
        match self.items.last() {
            Some(x) => Some(x.clone()),
            None => None,
        }
    }
}

#[derive(Debug, PartialEq)]
enum Maybe<T> {
    Just(T),
    Nothing,
}

fn wrap<T>(x: T) -> Maybe<T> {
    Maybe::Just(x)
}

fn main() {
    let mut s = Stack::new();
    s.push("a");
    s.push("b");
    assert_eq!(s.top(), Some("b"));
    let n = wrap(5u16);
    let none: Maybe<String> = Maybe::Nothing;
    assert_eq!(n, Maybe::Just(5));
    println!("{:?} {:?} {:?}", s, n, none);
}
