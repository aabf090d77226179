// A generic Stack<T> built on Vec<T>.
#[derive(Debug)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T: std::fmt::Debug> Stack<T> {
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
        if self.items.is_empty() {
            None
        } else {
            Some(&self.items[self.items.len() - 1])
        }
    }
    fn len(&self) -> usize {
        self.items.len()
    }
}

fn main() {
    let mut s = Stack::new();
    s.push(1);
    s.push(2);
    s.push(3);
    println!("{:?}", s.peek());
    println!("{:?}", s.pop());
    println!("{} {:?}", s.len(), s);
    let mut t: Stack<String> = Stack::new();
    t.push(String::from("a"));
    t.push(format!("{}{}", "b", "c"));
    while let Some(x) = t.pop() {
        println!("popped {}", x);
    }
    println!("{:?}", t.peek());
    let mut balanced = Stack::new();
    let mut ok = true;
    for c in "(()(()))".chars() {
        if c == '(' {
            balanced.push(c);
        } else if balanced.pop().is_none() {
            ok = false;
        }
    }
    println!("balanced {}", ok && balanced.len() == 0);
}
