//@ compile-flags: --edition 2021
// async fn: free functions and methods awaiting each other, generic async fn, the output
// type of `.await` used in arithmetic; futures are only created and dropped here.

async fn fetch(id: u32) -> u32 {
    id * 10
}

async fn sum_two(a: u32, b: u32) -> u32 {
    fetch(a).await + fetch(b).await
}

async fn first<T: Clone>(v: Vec<T>) -> Option<T> {
    match v.first() {
        Some(x) => Some(x.clone()),
        None => None,
    }
}

struct Cache {
    hits: u32,
}

impl Cache {
    async fn lookup(&mut self, id: u32) -> u32 {
        self.hits += 1;
        let base = sum_two(id, 1).await;
        base + self.hits
    }
}

fn main() {
    let f = sum_two(1, 2);
    let g = first(vec![String::from("a")]);
    let mut c = Cache { hits: 0 };
    let h = c.lookup(3);
    drop(h);
    drop(f);
    drop(g);
    println!("{}", c.hits);
}
