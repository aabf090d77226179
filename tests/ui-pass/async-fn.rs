//@ compile-flags: --edition 2021
// async fn: free functions, methods, generic and with references.

async fn fetch(id: u32) -> u32 {
    id * 10
}

async fn chain() -> u32 {
    let a = fetch(1).await;
    let b = fetch(2).await;
    a + b
}

async fn borrow_len(s: &str) -> usize {
    s.len()
}

async fn generic<T: Clone>(x: T) -> (T, T) {
    (x.clone(), x)
}

struct Service {
    base: u32,
}

impl Service {
    async fn call(&self, n: u32) -> u32 {
        self.base + fetch(n).await
    }

    async fn reset(&mut self) {
        self.base = 0;
    }
}

pub async fn unit() {}

fn main() {
    let f1 = chain();
    let f2 = borrow_len("hello");
    let f3 = generic(String::from("g"));
    let svc = Service { base: 1 };
    let f4 = svc.call(3);
    let f5 = unit();
    drop(f1);
    drop(f2);
    drop(f3);
    drop(f4);
    drop(f5);
    let mut svc2 = Service { base: 2 };
    let f6 = svc2.reset();
    drop(f6);
    println!("futures created");
}
