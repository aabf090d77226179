//@ compile-flags: --edition 2021 --print types
// Inferred signatures: integer fallback, expected types flowing into closures, async.
struct Acc {
    total: i64,
}

impl Acc {
    fn new() -> Acc {
        Acc { total: 0 }
    }
    fn add(&mut self, x: i64) -> &mut Acc {
        self.total += x;
        self
    }
}

fn apply<F: Fn(i64) -> i64>(f: F, x: i64) -> i64 {
    f(x)
}

async fn later(x: u8) -> u8 {
    x + 1
}

fn main() {
    let a = apply(|v| v * 3, 4);
    let b = Some(2).map(|v| v + 1);
    let c = |s: &str| s.len() as f64 * 1.5;
    let fut = async { later(1).await };
    let run = async move |n: u32| n * 2;
    let mut acc = Acc::new();
    acc.add(a).add(b.unwrap_or(0));
    let _ = (c("x"), fut, run);
}
