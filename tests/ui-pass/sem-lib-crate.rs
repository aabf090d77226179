//@ compile-flags: --edition 2021 --crate-type lib
// A library crate (no main): pub items, a pub generic API, private helpers, unused-by-crate
// functions that still have to type-check.

pub struct Queue<T> {
    items: Vec<T>,
}

impl<T> Queue<T> {
    pub fn new() -> Queue<T> {
        Queue { items: Vec::new() }
    }

    pub fn push(&mut self, x: T) {
        self.items.push(x);
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.items.is_empty() {
            None
        } else {
            Some(self.items.remove(0))
        }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }
}

pub fn drain_sum(q: &mut Queue<i64>) -> i64 {
    let mut total = 0;
    while let Some(x) = q.pop() {
        total += checked(x);
    }
    total
}

fn checked(x: i64) -> i64 {
    x.saturating_add(0)
}
