//@ compile-flags: --edition 2021
// Generic structs with bounds, defaults in impls and lifetimes.

#[derive(Debug, Clone)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T: Clone> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }

    fn push(&mut self, x: T) {
        self.items.push(x);
    }

    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }

    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
}

struct View<'a, T> {
    data: &'a [T],
    start: usize,
}

impl<'a, T> View<'a, T> {
    fn first(&self) -> Option<&'a T> {
        if self.start < self.data.len() {
            Some(&self.data[self.start])
        } else {
            None
        }
    }
}

struct KeyValue<K, V = String> {
    key: K,
    value: V,
}

fn main() {
    let mut s: Stack<i32> = Stack::new();
    s.push(1);
    s.push(2);
    let top = s.peek().map(|x| *x);
    let popped = s.pop();
    let arr = [10, 20, 30];
    let v = View { data: &arr, start: 1 };
    let kv: KeyValue<u8> = KeyValue { key: 1, value: String::from("one") };
    println!("{:?} {:?} {:?} {:?} {} {}", s, top, popped, v.first(), kv.key, kv.value);
}
